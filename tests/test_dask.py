"""Labeling on a Dask cluster (`framing.dask`): a real multi-process LocalCluster gives the same
rows as a local run, and each worker loads the model at most once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("dask.dataframe", reason="needs the dask extra: pip install 'framing[dask]'")
distributed = pytest.importorskip("distributed", reason="needs the dask extra (distributed)")
pd = pytest.importorskip("pandas")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402

from framing import batch  # noqa: E402
from framing import dask as fdask  # noqa: E402
from framing.cli import main  # noqa: E402

TEXTS = [
    'The port closed on Monday. "We will reopen," the harbour master said.',
    "Officials said the bridge was safe. The decision is a disgrace.",
    "Rain fell for three days.\n\nThe council met on Tuesday evening.",
    "",
    "The strike exposes a deepening rift. Workers told reporters they would stay out.",
] * 4


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory, tiny_model) -> Path:
    from framing.persistence import save_model

    path = tmp_path_factory.mktemp("dask-model") / "tiny"
    save_model(tiny_model, path)
    return path


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    )
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def _frame() -> pd.DataFrame:
    return pd.DataFrame({"key": [f"k{i}" for i in range(len(TEXTS))], "body": TEXTS})


def _same(got: pd.DataFrame, expected: pd.DataFrame) -> None:
    """Equal values, column by column: the Dask rows have pandas' ``string`` dtype (missing
    values ``<NA>``) where `label_dataframe` has ``object`` columns (missing values None)."""
    assert list(got.columns) == list(expected.columns) and len(got) == len(expected)

    def plain(frame: pd.DataFrame) -> pd.DataFrame:
        frame = frame.reset_index(drop=True).astype(object)
        return frame.where(frame.notna(), None)

    pd.testing.assert_frame_equal(plain(got), plain(expected))


def test_dask_dataframe_rows_equal_the_local_run(client, model_dir):
    df = _frame()
    local = batch.label_dataframe(df, "body", "key", model=str(model_dir))
    ddf = dd.from_pandas(df, npartitions=4)
    remote = fdask.label_dask_dataframe(ddf, "body", "key", model=str(model_dir))
    got = remote.compute()
    _same(got, local)
    # both workers took part, and none loaded the model more than once
    loads = client.run(lambda: __import__("framing.dask").dask.LOADS)
    assert len(loads) == 2 and all(n <= 1 for n in loads.values()) and sum(loads.values()) >= 1
    fdask.label_dask_dataframe(ddf, "body", "key", model=str(model_dir)).compute()
    again = client.run(lambda: __import__("framing.dask").dask.LOADS)
    assert again == loads  # the second job reused the cached models


def test_dask_dataframe_by_index_with_a_model_object(client, tiny_model):
    df = _frame().set_index("key")
    local = batch.label_dataframe(df, "body", model=tiny_model, summary=True)
    remote = fdask.label_dask_dataframe(
        dd.from_pandas(df, npartitions=3, sort=False), "body", model=tiny_model, summary=True
    ).compute()
    _same(remote, local)


@pytest.mark.parametrize(
    ("ids", "summary"),
    [
        ("string-column", False),
        ("string-column", True),
        ("int-index", False),
        ("object-column", False),
    ],
)
def test_dask_dataframe_writes_parquet_that_reads_back_as_the_local_run(
    client, model_dir, tmp_path, summary, ids
):
    """docs/batch.md's ``label_dask_dataframe(...).to_parquet(...)``: the Dask frame declares
    the dtypes its partitions hold, Arrow can type every column (text columns of None in some
    partitions, nullable integers and booleans), and the file holds the rows of a local run,
    the blank document's ``warning`` row and a missing text's error row included."""
    import dask

    df = pd.DataFrame({"key": [f"k{i}" for i in range(len(TEXTS))], "body": TEXTS})
    df = pd.concat([df, pd.DataFrame({"key": ["no-text"], "body": [None]})], ignore_index=True)
    id_col = None if ids == "int-index" else "key"
    with dask.config.set({"dataframe.convert-string": ids != "object-column"}):
        ddf = dd.from_pandas(df, npartitions=4)
        # the same data as the partitions hold (Dask may have made the texts pandas strings)
        local = batch.label_dataframe(
            ddf.compute(), "body", id_col, model=str(model_dir), summary=summary
        )
        rows = fdask.label_dask_dataframe(
            ddf, "body", id_col, model=str(model_dir), summary=summary
        )
        computed = rows.compute()
        rows.to_parquet(tmp_path / "out")
    assert computed.dtypes.to_dict() == rows.dtypes.to_dict()  # partitions hold what meta says
    back = pd.read_parquet(tmp_path / "out")
    _same(back, local)
    assert back["error"].notna().sum() == 1
    if not summary:
        blank = back[back["warning"].notna()]
        assert blank["warning"].tolist() == ["empty text"] * TEXTS.count("")
        assert blank["index"].isna().all()


def test_dask_bag_rows_equal_label_corpus(client, model_dir):
    pairs = [(f"k{i}", t) for i, t in enumerate(TEXTS)] + [("bad", 7)]
    local = list(batch.label_corpus(pairs, model=str(model_dir)))
    remote = fdask.label_bag(db.from_sequence(pairs, npartitions=3), model=str(model_dir))
    assert remote.compute() == local
    assert local[-1]["doc_id"] == "bad" and "error" in local[-1]


def test_cli_on_the_cluster_writes_what_a_local_run_writes(client, model_dir, tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": f"k{i}", "text": t}) for i, t in enumerate(TEXTS)]
    src.write_text("\n".join([*lines[:5], "{broken", *lines[5:]]) + "\n", encoding="utf-8")
    args = ["label", str(src), "--id-field", "id", "--model", str(model_dir), "--batch-size", "3"]
    local, remote = tmp_path / "local.jsonl", tmp_path / "remote.jsonl"
    assert main([*args, "-o", str(local)]) == 0
    address = client.scheduler.address
    assert main([*args, "-o", str(remote), "--dask-scheduler", address]) == 0
    assert "1 failed" in capsys.readouterr().err
    assert remote.read_bytes() == local.read_bytes()
