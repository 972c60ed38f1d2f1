"""framing.lexicons: one file per word list, one loader, and the fingerprint the model records."""

from __future__ import annotations

import json
import shutil
import warnings
from pathlib import Path

import pytest

from framing import attribution, features, language, lexicons
from framing.persistence import MANIFEST_FILE, load_model, read_manifest, shipped_model_dir

LEXICON_DIR = Path(lexicons.__file__).parent


def test_every_list_is_a_file_read_by_the_loader() -> None:
    files = sorted(p.stem for p in LEXICON_DIR.glob("*.txt"))
    assert lexicons.names() == files
    assert len(files) > 50
    for name in files:
        entries = lexicons.entries(name)
        assert entries, name
        assert len(set(entries)) == len(entries), f"{name}: an entry is listed twice"
        assert all(e == e.lower() or name == "gendered_titles" for e in entries), name


def test_unknown_list_is_a_key_error() -> None:
    with pytest.raises(KeyError, match="no word list"):
        lexicons.entries("no_such_list")


def test_table_and_words() -> None:
    assert lexicons.table("verb_particles")["point"] == ("out", "to")
    assert "say" in lexicons.words("speech_verbs")
    assert lexicons.table("gendered_titles")["mrs"] == ("f",)


def test_consumers_read_the_lists() -> None:
    assert lexicons.words("english_function_words") == language._EN
    assert lexicons.words("speech_verbs") <= {
        attribution._vocab._lemma_of(f) for f in attribution.REPORTING_VERBS
    }
    # the verbs of the feature regexes are reporting verbs, and the regexes use them
    assert set(lexicons.entries("quote_tail_verbs")) <= attribution.REPORTING_VERBS
    for verb in lexicons.entries("quote_tail_verbs"):
        assert verb in features._ATTRIBUTION_TAIL.pattern
    assert lexicons.words("name_titles") <= attribution.TITLES
    assert "monday" in features._DATE_WORDS and "may" not in features._DATE_WORDS


def test_fingerprint_is_stable_and_covers_names_and_contents(monkeypatch) -> None:
    fp = lexicons.fingerprint()
    assert fp.startswith("sha256:") and len(fp) == len("sha256:") + 64
    assert lexicons.fingerprint() == fp
    files = lexicons._files()
    variants = [
        {**files, "hedges": files["hedges"] + b"mostly\n"},  # an entry added
        {("hedges2" if k == "hedges" else k): v for k, v in files.items()},  # a file renamed
        {k: v for k, v in files.items() if k != "hedges"},  # a file removed
    ]
    try:
        for variant in variants:
            monkeypatch.setattr(lexicons, "_files", lambda v=variant: v)
            lexicons.fingerprint.cache_clear()
            assert lexicons.fingerprint() != fp
    finally:
        monkeypatch.undo()
        lexicons.fingerprint.cache_clear()
    assert lexicons.fingerprint() == fp


@pytest.mark.parametrize(
    ("lists", "readers"),
    [
        (lexicons.DISPLAY_ONLY, ("explain.py",)),
        (lexicons.ENTITY_ONLY, ("entities/_mention.py", "entities/_merge.py", "entities/_text.py")),
    ],
    ids=["display-only lists, read by explain alone", "entity-only lists, read by entities alone"],
)
def test_lists_outside_the_fingerprint_are_read_by_their_module_alone(
    monkeypatch, lists: frozenset[str], readers: tuple[str, ...]
) -> None:
    fp = lexicons.fingerprint()
    files = lexicons._files()
    try:
        for name in sorted(lists):
            assert name in files
            variant = {**files, name: files[name] + b"surely not\n"}
            monkeypatch.setattr(lexicons, "_files", lambda v=variant: v)
            lexicons.fingerprint.cache_clear()
            assert lexicons.fingerprint() == fp
    finally:
        monkeypatch.undo()
        lexicons.fingerprint.cache_clear()
    # no other module names them: a feature counted from one would need a retrain
    package = Path(lexicons.__file__).resolve().parent.parent  # framing/
    for path in sorted(package.rglob("*.py")):
        if path.relative_to(package).as_posix() in readers or path.parent.name == "lexicons":
            continue
        source = path.read_text(encoding="utf-8")
        for name in lists:
            assert f'"{name}"' not in source, f"{path.name} reads {name}"


def test_shipped_model_records_the_lists_it_was_trained_with() -> None:
    # Changed a word list? Retrain the model (docs/architecture.md); this test says so.
    recorded = read_manifest(shipped_model_dir())[lexicons.MANIFEST_KEY]
    assert recorded == lexicons.fingerprint()


def _copy_model(tmp_path: Path, fingerprint: str | None) -> Path:
    out = tmp_path / "model"
    shutil.copytree(shipped_model_dir(), out)
    manifest = json.loads((out / MANIFEST_FILE).read_text())
    if fingerprint is None:
        manifest.pop(lexicons.MANIFEST_KEY)
    else:
        manifest[lexicons.MANIFEST_KEY] = fingerprint
    (out / MANIFEST_FILE).write_text(json.dumps(manifest))
    return out


def test_load_warns_when_the_lists_changed_since_training(tmp_path: Path) -> None:
    old = "sha256:" + "0" * 64
    path = _copy_model(tmp_path, old)
    with pytest.warns(UserWarning, match="word lists") as record:
        load_model(path)
    message = str(record[0].message)
    assert old in message and lexicons.fingerprint() in message


@pytest.mark.parametrize("recorded", ["current", None])
def test_load_is_quiet_when_the_lists_match_or_were_not_recorded(tmp_path, recorded) -> None:
    path = _copy_model(tmp_path, lexicons.fingerprint() if recorded else None)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        load_model(path)
