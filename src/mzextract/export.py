"""Exports: a `Report` as a JSON-ready dict (schema ``report.schema.json``), flat rows, a DataFrame.

Numbers are `Decimal` in records and plain decimal strings (``"125000"``, never
an exponent) in JSON and CSV, so no value is rounded on the way out; the
DataFrame turns them into floats for analysis.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from importlib import resources
from typing import TYPE_CHECKING, Any

from mzextract.clauses import is_soft
from mzextract.io import MissingExtraError
from mzextract.model import Comparison, Evidence, Figure, Meta, Period, Section
from mzextract.rules import AREAS, MEASURES, ROLES, Rules

if TYPE_CHECKING:
    import pandas
    import pyarrow

    from mzextract.report import Report

__all__ = [
    "BOOLEAN",
    "COLUMNS",
    "DECIMAL",
    "INTEGER",
    "OUTLINE_COLUMNS",
    "RECORD_FIELDS",
    "SCHEMA_ID",
    "SCHEMA_VERSION",
    "TEXT",
    "Column",
    "ColumnType",
    "arrow_schema",
    "compact_evidence",
    "number",
    "outline_records",
    "schema",
    "sentence_of",
    "to_dataframe",
    "to_dict",
    "to_json",
    "to_records",
]

SCHEMA_VERSION = "1.1"
SCHEMA_ID = "https://mzextract.invalid/report.schema.json"


@dataclass(frozen=True)
class ColumnType:
    """How a column's values are stored in each export (records hold `Decimal`, int, bool, str)."""

    name: str
    arrow: str
    """The pyarrow type (``pyarrow.type_for_alias``) in Parquet."""
    pandas: str
    """The dtype in `to_dataframe`."""
    excel: str
    """The cell number format in .xlsx."""


TEXT = ColumnType("text", "string", "object", "@")
DECIMAL = ColumnType("decimal", "float64", "float64", "General")
"""Exact `Decimal` in records, a plain decimal string in JSON and CSV, a float elsewhere."""
INTEGER = ColumnType("integer", "int64", "int64", "0")
BOOLEAN = ColumnType("boolean", "bool", "bool", "General")


@dataclass(frozen=True)
class Column:
    name: str
    type: ColumnType
    description: str


COLUMNS: tuple[Column, ...] = (
    Column("document", TEXT, "the source path; in to_dataframe of unnamed reports, their position"),
    Column("section_path", TEXT, "headings from the outermost section down, joined by ' > '"),
    Column("section_title", TEXT, "the innermost section's title (empty outside any section)"),
    Column("kind", TEXT, "money, persons, person_times, households, couples or beds"),
    Column("value", DECIMAL, "the value in the kind's base unit; empty for ranges and redactions"),
    Column("low", DECIMAL, "a range's lower end"),
    Column("high", DECIMAL, "a range's upper end"),
    Column("unit", TEXT, "the unit or multiplier as written (万元, 万, 户...)"),
    Column("approx", BOOLEAN, "written as an estimate (约, 余, 近, 多...)"),
    Column("rate", BOOLEAN, "a rate or standard (per month, per person...) rather than a total"),
    Column("per", TEXT, "what a rate is per"),
    Column("redacted", BOOLEAN, "the number is masked (XX万元)"),
    Column("subject", TEXT, "the phrase naming what is counted or paid"),
    Column("programme", TEXT, "the programme key (dibao, tekun...; docs/meaning.md)"),
    Column("domain", TEXT, "the programme's domain (assistance, elderly...)"),
    Column("area", TEXT, "urban, rural or both"),
    Column("measure", TEXT, "covered, added, exited, served, paid, allocated, standard..."),
    Column("role", TEXT, "value, previous, change or target"),
    Column("period_start", TEXT, "first day of the period (ISO date; empty for a date)"),
    Column("period_end", TEXT, "last day of the period, or the date of a value at a date"),
    Column("evidence", TEXT, "what decided each label: field=rule@start-end, joined by '; '"),
    Column("start", INTEGER, "offset of the figure in the document's text"),
    Column("end", INTEGER, "offset after the figure"),
    Column("text", TEXT, "the figure as written"),
    Column("sentence", TEXT, "the sentence around it (up to 。！？ or a line break)"),
)
"""The columns of `to_records` rows, in order: the one table from which the CSV header,
the Parquet schema, the .xlsx formats and the DataFrame dtypes are derived."""

RECORD_FIELDS: tuple[str, ...] = tuple(c.name for c in COLUMNS)
"""The names of `COLUMNS`, in order."""

OUTLINE_COLUMNS: tuple[Column, ...] = (
    Column("document", TEXT, "the source path"),
    Column("index", INTEGER, "the section's position in the report, from 0"),
    Column("level", INTEGER, "1 for top-level headings, 2 below them..."),
    Column("section_path", TEXT, "headings from the outermost section down to this one"),
    Column("marker", TEXT, "the heading's marker as written (一、, （二）, 3.)"),
    Column("title", TEXT, "the heading's title"),
    Column("start", INTEGER, "offset of the heading in the document's text"),
    Column("end", INTEGER, "offset where the section's text ends"),
    Column("figures", INTEGER, "figures in the section, subsections included"),
)
"""The columns of `outline_records` rows (the outline sheet of .xlsx exports)."""

_SENTENCE_ENDS = frozenset("。！？!?\n")
_PATH_SEPARATOR = " > "


def number(d: Decimal | None) -> str | None:
    """A decimal as plain positional notation (``Decimal('1E+7')`` → ``"10000000"``)."""
    if d is None:
        return None
    s = format(d, "f")
    # Trailing fractional zeros carry no information once the unit is the base unit.
    return s.rstrip("0").rstrip(".") if "." in s else s


def heading(report: Report, section: Section) -> str:
    """A section's heading as written: marker and title."""
    return report.text[section.start : section.title_end].strip()


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence (up to 。！？ or a line break that is no soft wrap) around
    ``text[start:end]``; a hard-wrapped line runs on into the next."""

    def ends(i: int) -> bool:
        return text[i] in _SENTENCE_ENDS and not (text[i] == "\n" and is_soft(text, i))

    lo = start
    while lo > 0 and not ends(lo - 1):
        lo -= 1
    hi = end
    while hi < len(text) and not ends(hi):
        hi += 1
    if hi < len(text) and text[hi] != "\n":
        hi += 1
    return text[lo:hi].strip()


def _section_dict(report: Report, s: Section) -> dict[str, Any]:
    return {
        "index": s.index,
        "level": s.level,
        "marker": s.marker,
        "number": s.number,
        "family": s.family,
        "title": s.title,
        "heading": heading(report, s),
        "start": s.start,
        "marker_end": s.marker_end,
        "title_start": s.title_start,
        "title_end": s.title_end,
        "end": s.end,
        "parent": s.parent,
        "children": list(s.children),
        "figures": sum(1 for _ in report.figures_in(s)),
        "evidence": [_evidence_dict(e) for e in s.evidence],
    }


def _span(start: int, end: int, text: str) -> dict[str, Any]:
    return {"text": text, "start": start, "end": end}


def _period_dict(p: Period | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {
        "start": None if p.start is None else p.start.isoformat(),
        "end": p.end.isoformat(),
        "iso": p.iso,
    }


def _evidence_dict(e: Evidence) -> dict[str, Any]:
    return {"field": e.field, "rule": e.rule, "start": e.start, "end": e.end, "text": e.text}


def compact_evidence(evidence: Iterable[Evidence]) -> str:
    """Evidence as one cell: ``field=rule@start-end``, joined by ``'; '``."""
    return "; ".join(f"{e.field}={e.rule}@{e.start}-{e.end}" for e in evidence)


def _meta_dict(m: Meta) -> dict[str, Any]:
    place = m.place
    return {
        "place": None
        if place is None
        else {
            **_span(place.start, place.end, place.name),
            "code": place.code,
            "province": place.province,
            "city": place.city,
            "county": place.county,
        },
        "year": m.year,
        "period": _period_dict(m.period),
        "title": None if m.title is None else _span(m.title.start, m.title.end, m.title.text),
        "issued": None if m.issued is None else m.issued.isoformat(),
        "evidence": [_evidence_dict(e) for e in m.evidence],
    }


def _comparison_dict(c: Comparison) -> dict[str, Any]:
    return {
        "new": c.new,
        "old": c.old,
        "change": c.change,
        "percent": number(c.percent),
        "percent_span": None if c.percent_span is None else list(c.percent_span),
        "rule": c.rule,
        "start": c.start,
        "end": c.end,
    }


def _figure_dict(f: Figure) -> dict[str, Any]:
    p = f.programme
    return {
        "start": f.start,
        "end": f.end,
        "text": f.text,
        "kind": f.kind.value,
        "value": number(f.value),
        "range": None if f.range is None else [number(x) for x in f.range],
        "unit": f.unit,
        "approx": f.approx,
        "rate": f.rate,
        "per": f.per,
        "redacted": f.redacted,
        "subject": None
        if f.subject is None
        else {"text": f.subject.text, "start": f.subject.start, "end": f.subject.end},
        "section": f.section,
        "programme": None if p is None else {"key": p.key, "name": p.name, "domain": p.domain},
        "area": f.area,
        "measure": f.measure,
        "role": f.role,
        "period": _period_dict(f.period),
        "evidence": [_evidence_dict(e) for e in f.evidence],
    }


def to_dict(report: Report) -> dict[str, Any]:
    """The whole report as JSON-ready data, valid against `schema()`."""
    return {
        "schema_version": SCHEMA_VERSION,
        "source": report.source,
        "text": report.text,
        "sections": [_section_dict(report, s) for s in report.sections],
        "figures": [_figure_dict(f) for f in report.figures],
        "meta": _meta_dict(report.meta),
        "comparisons": [_comparison_dict(c) for c in report.comparisons],
    }


def to_json(report: Report, indent: int | None = None) -> str:
    """`to_dict` as JSON text (non-ASCII kept readable)."""
    return json.dumps(to_dict(report), ensure_ascii=False, indent=indent)


def schema(rules: Rules | None = None) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of `to_dict` output (``data/report.schema.json``),
    its enumerations taken from ``rules`` (the kinds a rule set adds are valid kinds)."""
    text = resources.files("mzextract").joinpath("data/report.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    props = loaded["$defs"]["figure"]["properties"]
    props["kind"]["enum"] = [k.name for k in (rules or Rules.default()).kinds]
    # null where the report was made without meaning (extract(text, meaning=False)).
    props["measure"]["enum"] = [*MEASURES, None]
    props["role"]["enum"] = [*ROLES, None]
    props["area"]["enum"] = [*AREAS, None]
    return loaded


def to_records(report: Report, document: str | None = None) -> list[dict[str, Any]]:
    """One flat row per figure, with the columns of `RECORD_FIELDS`.

    ``document`` names the report in the rows; it defaults to ``report.source``.
    """
    doc = document if document is not None else (report.source or "")
    rows: list[dict[str, Any]] = []
    for f in report.figures:
        chain = report.path(report.section_of(f))
        rows.append(
            {
                "document": doc,
                "section_path": _PATH_SEPARATOR.join(heading(report, s) for s in chain),
                "section_title": chain[-1].title if chain else "",
                "kind": f.kind.value,
                "value": f.value,
                "low": None if f.range is None else f.range[0],
                "high": None if f.range is None else f.range[1],
                "unit": f.unit,
                "approx": f.approx,
                "rate": f.rate,
                "per": f.per,
                "redacted": f.redacted,
                "subject": None if f.subject is None else f.subject.text,
                "programme": None if f.programme is None else f.programme.key,
                "domain": None if f.programme is None else f.programme.domain,
                "area": f.area,
                "measure": f.measure,
                "role": f.role,
                "period_start": _iso(None if f.period is None else f.period.start),
                "period_end": _iso(None if f.period is None else f.period.end),
                "evidence": compact_evidence(f.evidence),
                "start": f.start,
                "end": f.end,
                "text": f.text,
                "sentence": sentence_of(report.text, f.start, f.end),
            }
        )
    return rows


def _iso(d: date | None) -> str | None:
    return None if d is None else d.isoformat()


def outline_records(report: Report, document: str | None = None) -> list[dict[str, Any]]:
    """One flat row per section, with the columns of `OUTLINE_COLUMNS`."""
    doc = document if document is not None else (report.source or "")
    return [
        {
            "document": doc,
            "index": s.index,
            "level": s.level,
            "section_path": _PATH_SEPARATOR.join(heading(report, p) for p in report.path(s)),
            "marker": s.marker,
            "title": s.title,
            "start": s.start,
            "end": s.end,
            "figures": sum(1 for _ in report.figures_in(s)),
        }
        for s in report.sections
    ]


def plain(value: Any) -> Any:
    """A record value for binary exports: a `Decimal` as float, the rest as it is."""
    return float(value) if isinstance(value, Decimal) else value


def json_row(row: dict[str, Any]) -> dict[str, Any]:
    """A record with its decimals as strings, ready for `json.dumps` or CSV."""
    return {k: number(v) if isinstance(v, Decimal) else v for k, v in row.items()}


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise MissingExtraError("pandas", "pandas", "to_dataframe()") from None
    return pandas


def frame(rows: Iterable[dict[str, Any]]) -> pandas.DataFrame:
    """Rows of `to_records` as a DataFrame, each column of its `COLUMNS` dtype."""
    pd = _pandas()
    df = pd.DataFrame(
        [[plain(row[c.name]) for c in COLUMNS] for row in rows], columns=list(RECORD_FIELDS)
    )
    for c in COLUMNS:
        # A None among floats becomes NaN; an empty frame gets the dtypes too.
        df[c.name] = df[c.name].astype(c.type.pandas)
    return df


def arrow_schema(columns: tuple[Column, ...] = COLUMNS) -> pyarrow.Schema:
    """The Parquet / Arrow schema of rows with these columns (needs ``mzextract[parquet]``)."""
    try:
        import pyarrow as pa
    except ImportError:
        raise MissingExtraError("parquet", "pyarrow", "Parquet output") from None
    return pa.schema([(c.name, pa.type_for_alias(c.type.arrow)) for c in columns])


def to_dataframe(reports: Report | Iterable[Report]) -> pandas.DataFrame:
    """All figures of one or many reports as a DataFrame (``pip install 'mzextract[pandas]'``).

    One row per figure with the columns of `RECORD_FIELDS`; ``value``,
    ``low`` and ``high`` are floats (NaN when absent). For several reports
    without a source path, ``document`` is the report's position (``"0"``, ``"1"``...).
    """
    _pandas()
    if not isinstance(reports, Iterable):  # one report
        return frame(to_records(reports))
    rows: list[dict[str, Any]] = []
    for i, r in enumerate(reports):
        rows.extend(to_records(r, None if r.source else str(i)))
    return frame(rows)
