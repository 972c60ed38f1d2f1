"""The shape of a labeled row: sentence, empty, error and summary rows, flat columns, JSON."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from framing.corpus._base import Record
from framing.types import LABELS, Attribution, Sentence, Span

__all__ = [
    "EMPTY_TEXT",
    "REQUIRED_FIELDS",
    "ROW_FIELDS",
    "SENTENCE_COLUMNS",
    "SENTENCE_FIELDS",
    "SUMMARY_COLUMNS",
    "check_keep_fields",
    "columns",
    "empty_row",
    "encode_json",
    "error_row",
    "flatten",
    "jsonl_of_outcomes",
    "kept_value",
    "sentence_from_row",
    "sentence_row",
]

EMPTY_TEXT = "empty text"
"""The ``warning`` of the one row a document with no sentence gets (empty or blank text)."""


def empty_row(doc_id: Any, lang: str) -> dict[str, Any]:
    """The row of a document that has no sentence (its text is empty or only whitespace), so
    that every input record is visible in the output: ``index`` is null and ``warning`` says
    why."""
    return {"doc_id": doc_id, "index": None, "warning": EMPTY_TEXT, "lang": lang}


def error_row(record: Record, message: str | None = None) -> dict[str, Any]:
    """The row written for a record that could not be labeled."""
    return {
        "doc_id": record.doc_id,
        "file": record.file,
        "line": record.line,
        "error": message if message is not None else record.error,
    }


# The fields of a row, once: every form of it (dicts, flat columns, JSON, the report's reader)
# follows these tuples.

SENTENCE_FIELDS: tuple[tuple[str, str], ...] = (
    ("index", "int"),
    ("start", "int"),
    ("end", "int"),
    ("text", "str"),
    ("label", "str"),
    ("probabilities", "probabilities"),
    ("source", "span"),
    ("cue", "span"),
    ("source_resolved", "span"),
    ("inherited", "bool"),
    ("attributions", "json"),
    ("cues", "json"),
    ("kind", "str"),
    ("source_entity", "entity"),
    ("speaker", "str"),
)
"""The fields of `Sentence.to_dict`, in order, with their kind: a scalar type ("int", "str",
"bool"), "probabilities" (label -> float), "span" (``{"text", "start", "end"}`` or null),
"json" (a list, JSON-encoded in flat rows) or "entity" (``{"name", "title", "type"}`` or null).

``kind`` ("prose", "headline", "metadata", "boilerplate"), ``source_entity`` and ``speaker``
(the speaker tag of a transcript's turn) come from `Sentence.to_dict` when it has them; a
sentence without them is "prose" with no entity and no speaker."""

DEFAULT_KIND = "prose"
"""The ``kind`` of a sentence whose `Sentence.to_dict` has none."""

COUNTED_KINDS: frozenset[str] = frozenset({"prose", "headline"})
"""The kinds of sentence that label shares count (metadata and boilerplate lines are left out)."""

ROW_FIELDS: tuple[str, ...] = ("doc_id", *(name for name, _ in SENTENCE_FIELDS), "lang")
"""The keys of a sentence row (`sentence_row`), in the order they are written."""

REQUIRED_FIELDS: tuple[str, ...] = ("index", "start", "end", "text", "label", "probabilities")
"""What a sentence row must hold to be read back (`sentence_from_row`)."""

_SPAN_PARTS: tuple[tuple[str, str], ...] = (("text", "str"), ("start", "int"), ("end", "int"))
_ENTITY_PARTS: tuple[tuple[str, str], ...] = (("name", "str"), ("title", "str"), ("type", "str"))
_ERROR_COLUMNS: tuple[tuple[str, str], ...] = (("file", "str"), ("line", "int"), ("error", "str"))


def _flat(name: str, kind: str) -> tuple[tuple[str, str], ...]:
    """The flat columns (name, type) of one sentence field."""
    if kind == "probabilities":
        return tuple((f"p_{label}", "float") for label in LABELS)
    if kind == "span":
        return tuple((f"{name}_{part}", typ) for part, typ in _SPAN_PARTS)
    if kind == "entity":
        return tuple((f"{name}_{part}", typ) for part, typ in _ENTITY_PARTS)
    return ((name, "str" if kind == "json" else kind),)


SENTENCE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("doc_id", "str"),
    *(column for name, kind in SENTENCE_FIELDS for column in _flat(name, kind)),
    ("lang", "str"),
    ("warning", "str"),
    *_ERROR_COLUMNS,
)
SUMMARY_COLUMNS: tuple[tuple[str, str], ...] = (
    ("doc_id", "str"),
    ("n_sentences", "int"),
    *((f"n_{label}", "int") for label in LABELS),
    *((f"share_{label}", "float") for label in LABELS),
    ("sources", "str"),
    ("lang", "str"),
    *_ERROR_COLUMNS,
)


def columns(summary: bool = False, keep_fields: tuple[str, ...] = ()) -> list[str]:
    """The column names of flat rows (CSV, Parquet, `label_dataframe`): the fixed columns,
    then the kept input fields."""
    return [name for name, _ in (SUMMARY_COLUMNS if summary else SENTENCE_COLUMNS)] + list(
        keep_fields
    )


_ROW_KEYS = frozenset(
    {*ROW_FIELDS, "warning", "file", "line", "error", "counts", "shares", "n_sentences"}
    | {name for name, _ in (*SENTENCE_COLUMNS, *SUMMARY_COLUMNS)}
)


def check_keep_fields(keep_fields: Any) -> tuple[str, ...]:
    """``keep_fields`` (names, or ``"input=output"`` specs) as a tuple; ValueError for an
    output name that is a column or key of the rows themselves (it would overwrite it: rename
    it, e.g. ``source=outlet``), an empty name or a repeated one."""
    from framing.corpus._base import kept_names

    if keep_fields is None:
        return ()
    if isinstance(keep_fields, str):
        keep_fields = [f.strip() for f in keep_fields.split(",")]
    specs = tuple(str(f) for f in keep_fields)
    keep = kept_names(specs)
    for f in keep:
        if not f:
            raise ValueError("keep_fields: an empty field name")
        if f in _ROW_KEYS:
            raise ValueError(
                f"keep_fields: {f!r} is already a column of the output rows; rename the input field"
            )
    if len(set(keep)) != len(keep):
        raise ValueError("keep_fields: a field is named twice")
    return keep


def kept_value(value: Any) -> Any:
    """A kept field's value in flat rows (CSV, Parquet): a string, JSON for lists and dicts,
    None for null. JSON lines keep the value as it was."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool | int | float):
        return _dumps(value)
    if isinstance(value, list | dict):
        return _dumps(value)
    return str(value)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def flatten(
    row: dict[str, Any],
    summary: bool = False,
    str_ids: bool = True,
    keep_fields: tuple[str, ...] = (),
) -> dict[str, Any]:
    """A row as flat columns: spans split into ``*_text``/``*_start``/``*_end``, the source
    entity into ``source_entity_name``/``_title``/``_type``, probabilities, counts and shares
    into one column per label, lists and dicts JSON-encoded; then the ``keep_fields``
    (`kept_value`; with ``str_ids`` False, as they are)."""
    out = _flatten(row, summary, str_ids)
    for f in keep_fields:
        value = row.get(f)
        out[f] = kept_value(value) if str_ids else value
    return out


def _flatten(row: dict[str, Any], summary: bool, str_ids: bool) -> dict[str, Any]:
    doc_id = row["doc_id"]
    if str_ids and doc_id is not None:
        doc_id = str(doc_id)
    if "error" in row:
        out = dict.fromkeys(columns(summary))
        out.update(doc_id=doc_id, file=row.get("file"), line=row.get("line"), error=row["error"])
        return out
    if summary:
        out = {"doc_id": doc_id, "n_sentences": row["n_sentences"]}
        for label in LABELS:
            out[f"n_{label}"] = row["counts"][label]
        for label in LABELS:
            out[f"share_{label}"] = row["shares"][label]
        out["sources"] = _dumps(row["sources"])
        out["lang"] = row.get("lang")
    elif row.get("index") is None:  # a document with no sentence (`empty_row`)
        out = dict.fromkeys(columns(summary))
        out.update(doc_id=doc_id, lang=row.get("lang"), warning=row.get("warning"))
        return out
    else:
        out = {"doc_id": doc_id}
        for name, kind in SENTENCE_FIELDS:
            value: Any = row.get(name, DEFAULT_KIND if name == "kind" else None)
            if kind == "probabilities":
                for label in LABELS:
                    out[f"p_{label}"] = value[label]
            elif kind == "span":
                for part, _ in _SPAN_PARTS:
                    out[f"{name}_{part}"] = value[part] if value else None
            elif kind == "entity":
                for part, _ in _ENTITY_PARTS:
                    out[f"{name}_{part}"] = value.get(part) if value else None
            elif kind == "json":
                out[name] = _dumps(value)
            else:
                out[name] = value
        out["lang"] = row.get("lang")
        out["warning"] = None
    out.update(file=None, line=None, error=None)
    return out


_JSON = json.JSONEncoder(ensure_ascii=False).encode
encode_json = _JSON
"""A value as JSON, non-ASCII kept: the encoding of every JSON-lines row."""
_FAST_JSON = [True]  # cleared for good if the fast encoding ever disagrees with to_dict


def _json_span(span: Any) -> str:
    if span is None:
        return "null"
    kind = getattr(span, "kind", None)
    tail = "" if kind is None else f', "kind": {_JSON(kind)}'
    return f'{{"text": {_JSON(span.text)}, "start": {span.start!r}, "end": {span.end!r}{tail}}}'


def _json_bool(value: bool) -> str:
    return "true" if value else "false"


def sentence_row(doc_id: Any, s: Any, lang: str) -> dict[str, Any]:
    """The row of one sentence: ``{"doc_id": ..., **s.to_dict(), "lang": ...}``, with
    ``kind`` ("prose") and ``source_entity`` (None) added when `Sentence.to_dict` has none.
    ``lang`` is the document's (`Analysis.lang`); it comes last so that a row still starts
    with its document id and index (`prepare_resume` relies on it)."""
    d = s.to_dict()
    return {
        "doc_id": doc_id,
        **d,
        "kind": d.get("kind", DEFAULT_KIND),
        "source_entity": d.get("source_entity"),
        "speaker": d.get("speaker"),
        "lang": lang,
    }


def _entity_json(s: Any) -> str:
    entity = getattr(s, "source_entity", None)
    if entity is None:
        return "null"
    if not isinstance(entity, dict):
        entity = entity.to_dict()
    return _JSON(entity)


def _speaker_json(s: Any) -> str:
    speaker = getattr(s, "speaker", None)
    return "null" if speaker is None else _JSON(speaker)  # null on every news row: no encoder


_KEYS: dict[str, str] = {}
"""JSON of the strings that recur in every row (labels, probability keys), made once."""


def _json_key(key: str) -> str:
    found = _KEYS.get(key)
    if found is None:
        found = _JSON(key)
        if len(_KEYS) < 64:
            _KEYS[key] = found
    return found


_LABEL_ORDER = ["claim", "fact", "framing"]
_NO_ATTRIBUTION = (
    '"source": null, "cue": null, "source_resolved": null, "inherited": false, "attributions": [], '
)


def _json_sentence(doc: str, s: Any, lang: str) -> str:
    """``_JSON(sentence_row(...))`` without the dicts; ``doc`` and ``lang`` already JSON.
    Its keys are `ROW_FIELDS` in order (tests/test_corpus.py checks)."""
    key = _json_key
    p = s.probabilities
    if list(p) == _LABEL_ORDER:  # the usual keys in the usual order: no loop
        probs = f'"claim": {p["claim"]!r}, "fact": {p["fact"]!r}, "framing": {p["framing"]!r}'
    else:
        probs = ", ".join([f"{key(k)}: {v!r}" for k, v in p.items()])
    if s.attributions:
        main = s.attributions[0]
        attrs = ", ".join(
            f'{{"source": {_json_span(a.source)}, "cue": {_json_span(a.cue)}, '
            f'"source_resolved": {_json_span(a.source_resolved)}, '
            f'"inherited": {_json_bool(a.inherited)}}}'
            for a in s.attributions
        )
        attribution = (
            f'"source": {_json_span(main.source)}, "cue": {_json_span(main.cue)}, '
            f'"source_resolved": {_json_span(main.source_resolved)}, '
            f'"inherited": {_json_bool(bool(main.inherited))}, "attributions": [{attrs}], '
        )
    else:
        attribution = _NO_ATTRIBUTION
    cues = ", ".join([_json_span(c) for c in s.cues]) if s.cues else ""
    return (
        f'{{"doc_id": {doc}, "index": {s.index!r}, "start": {s.start!r}, "end": {s.end!r}, '
        f'"text": {_JSON(s.text)}, "label": {key(s.label)}, "probabilities": {{{probs}}}, '
        f'{attribution}"cues": [{cues}], '
        f'"kind": {key(getattr(s, "kind", DEFAULT_KIND))}, "source_entity": {_entity_json(s)}, '
        f'"speaker": {_speaker_json(s)}, "lang": {lang}}}'
    )


def jsonl_of_outcomes(outcomes: list[tuple[Record, Any]]) -> tuple[bytes, int]:
    """JSON lines of labeled records (sentence rows, or an error row), and the row count.

    Byte for byte what `encode_batch` writes for the same rows, about three times faster: the
    row dicts are never built. Each batch checks its first sentence of each kind (fact, claim,
    framing) against ``Sentence.to_dict()``; on any difference (a field added to the rows) it
    falls back to the generic path for good.
    """
    lines: list[str] = []
    seen: set[tuple[bool, ...]] = set()
    for rec, result in outcomes:
        first = len(lines)
        _record_lines(rec, result, lines, seen)
        if rec.fields is not None:  # the kept fields, after the fixed ones
            tail = "".join(f", {_JSON(k)}: {_JSON(v)}" for k, v in rec.fields.items()) + "}"
            lines[first:] = [line[:-1] + tail for line in lines[first:]]
    data = "\n".join(lines)
    return (data + "\n").encode("utf-8") if lines else b"", len(lines)


def _record_lines(rec: Record, result: Any, lines: list[str], seen: set[tuple[bool, ...]]) -> None:
    """Append the JSON lines of one labeled record to ``lines``."""
    if isinstance(result, str):
        lines.append(_JSON(error_row(rec, result)))
        return
    doc, lang = _JSON(rec.doc_id), _JSON(result.lang)
    if not result.sentences:
        lines.append(_JSON(empty_row(rec.doc_id, result.lang)))
    for s in result.sentences:
        kind = (bool(s.attributions), bool(s.cues), getattr(s, "source_entity", None) is None)
        if _FAST_JSON[0] and kind not in seen:
            seen.add(kind)
            if _json_sentence(doc, s, lang) != _JSON(sentence_row(rec.doc_id, s, result.lang)):
                _FAST_JSON[0] = False
        if _FAST_JSON[0]:
            lines.append(_json_sentence(doc, s, lang))
        else:
            lines.append(_JSON(sentence_row(rec.doc_id, s, result.lang)))


# Reading a row back (the report of a labels file)


def _span(d: Any) -> Span | None:
    if not d:
        return None
    return Span(str(d["text"]), int(d["start"]), int(d["end"]))


def sentence_from_row(row: Mapping[str, Any]) -> Sentence:
    """The `Sentence` of a sentence row (the inverse of `sentence_row`). Rows without
    ``attributions`` fall back to the main ``source``/``cue``/``source_resolved`` fields."""
    if "attributions" in row:
        atts = [
            Attribution(
                cue=_span(a["cue"]),  # type: ignore[arg-type]
                source=_span(a.get("source")),
                source_resolved=_span(a.get("source_resolved")),
                inherited=bool(a.get("inherited", False)),
            )
            for a in row["attributions"]
            if a.get("cue")
        ]
    elif row.get("cue"):
        atts = [
            Attribution(
                cue=_span(row["cue"]),  # type: ignore[arg-type]
                source=_span(row.get("source")),
                source_resolved=_span(row.get("source_resolved")),
                inherited=bool(row.get("inherited", False)),
            )
        ]
    else:
        atts = []
    cues = [c for c in (_span(x) for x in row.get("cues") or []) if c is not None]
    return Sentence(
        index=int(row["index"]),
        text=str(row["text"]),
        start=int(row["start"]),
        end=int(row["end"]),
        label=str(row["label"]),
        probabilities={k: float(v) for k, v in row["probabilities"].items()},
        attributions=atts,
        cues=cues,
        speaker=None if row.get("speaker") is None else str(row["speaker"]),
    )
