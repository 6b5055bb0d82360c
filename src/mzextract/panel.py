"""The panel: one row per figure of many reports, keyed by place, period, programme, area,
measure and role, with the evidence of every label, for analysis across reports.

>>> import mzextract
>>> rows = panel_rows(mzextract.extract("截至6月底，城市低保75户。"))
>>> [(r["programme"], r["area"], r["measure"], r["kind"], r["value"]) for r in rows]
[('dibao', 'urban', 'covered', 'households', Decimal('75'))]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas

    from mzextract.report import Report

__all__ = ["LABELS", "PANEL_COLUMNS", "Column", "panel", "panel_rows"]

LABELS = ("programme", "area", "measure", "role", "period")
"""The labels of a figure; each has evidence columns ``<label>_rule``, ``<label>_words``,
``<label>_words_start`` and ``<label>_words_end``."""


@dataclass(frozen=True)
class Column:
    """A panel column: its name, its type (str, int, decimal, bool, date) and meaning."""

    name: str
    type: str
    doc: str


PANEL_COLUMNS: tuple[Column, ...] = (
    Column("source", "str", "the report's path, or its position among the reports"),
    Column("place", "str", "the place the report covers, as written"),
    Column("code", "str", "its GB/T 2260 division code (optional extra 'places')"),
    Column("province", "str", "the province of the code"),
    Column("city", "str", "the city (prefecture) of the code"),
    Column("county", "str", "the county (district) of the code"),
    Column("year", "int", "the year the report covers"),
    Column("period_start", "date", "the figure's period: first day, empty for a date"),
    Column("period_end", "date", "the figure's period: last day, or the date"),
    Column("programme", "str", "the programme key (dibao, tekun, temp_relief...)"),
    Column("programme_name", "str", "the programme's Chinese name"),
    Column("domain", "str", "the programme's domain (sa, el, cw...)"),
    Column("area", "str", "urban, rural or both, where the text says"),
    Column("measure", "str", "covered, added, exited, served, paid, standard..."),
    Column("role", "str", "value, previous, change or target"),
    Column("kind", "str", "money, persons, person_times, households, couples, beds"),
    Column("value", "decimal", "the number in the kind's base unit (元, persons...)"),
    Column("low", "decimal", "a range's low end"),
    Column("high", "decimal", "a range's high end"),
    Column("unit", "str", "the unit as written"),
    Column("approx", "bool", "the text marks the number as approximate"),
    Column("rate", "bool", "an amount per person, household... rather than a total"),
    Column("per", "str", "a rate's basis (person·month)"),
    Column("redacted", "bool", "the number is hidden by *"),
    Column("percent", "decimal", "a percentage change written with the figure (同比增长4.6%)"),
    Column("text", "str", "the figure as written"),
    Column("start", "int", "its offset in the report's text"),
    Column("end", "int", "the offset after it"),
    Column("subject", "str", "the phrase that names what it counts or pays"),
    Column("repeated", "bool", "an earlier row of the report has the same labels and value"),
    *(
        Column(f"{label}_{part}", kind, doc)
        for label in LABELS
        for part, kind, doc in (
            ("rule", "str", f"the rule that decided {label}"),
            ("words", "str", f"the words that decided {label}"),
            ("words_start", "int", f"their offset (the words that decided {label})"),
            ("words_end", "int", "the offset after them"),
        )
    ),
)
"""The panel's columns, in order."""


def panel_rows(report: Report, source: str | None = None) -> list[dict[str, Any]]:
    """The panel rows of one report (see `PANEL_COLUMNS`)."""
    meta = report.meta
    place = meta.place
    percent = {c.new: c.percent for c in report.comparisons if c.percent is not None}
    seen: set[tuple[Any, ...]] = set()
    rows: list[dict[str, Any]] = []
    for i, f in enumerate(report.figures):
        p = f.programme
        row: dict[str, Any] = {
            "source": source if source is not None else report.source,
            "place": None if place is None else place.name,
            "code": None if place is None else place.code,
            "province": None if place is None else place.province,
            "city": None if place is None else place.city,
            "county": None if place is None else place.county,
            "year": meta.year,
            "period_start": None if f.period is None else f.period.start,
            "period_end": None if f.period is None else f.period.end,
            "programme": None if p is None else p.key,
            "programme_name": None if p is None else p.name,
            "domain": None if p is None else p.domain,
            "area": f.area,
            "measure": f.measure,
            "role": f.role,
            "kind": f.kind.name,
            "value": f.value,
            "low": None if f.range is None else f.range[0],
            "high": None if f.range is None else f.range[1],
            "unit": f.unit,
            "approx": f.approx,
            "rate": f.rate,
            "per": f.per,
            "redacted": f.redacted,
            "percent": percent.get(i),
            "text": f.text,
            "start": f.start,
            "end": f.end,
            "subject": None if f.subject is None else f.subject.text,
        }
        key = tuple(
            row[k]
            for k in (
                "period_start",
                "period_end",
                "programme",
                "area",
                "measure",
                "role",
                "kind",
                "value",
                "low",
                "high",
                "rate",
            )
        )
        row["repeated"] = key in seen
        seen.add(key)
        for label in LABELS:
            ev = f.why(label)
            row[f"{label}_rule"] = None if ev is None else ev.rule
            row[f"{label}_words"] = None if ev is None or ev.start == ev.end else ev.text
            row[f"{label}_words_start"] = None if ev is None else ev.start
            row[f"{label}_words_end"] = None if ev is None else ev.end
        rows.append(row)
    return rows


def panel(reports: Report | Iterable[Report]) -> pandas.DataFrame:
    """All figures of one or many reports as a tidy DataFrame, one row per figure
    (``pip install 'mzextract[pandas]'``). Values are floats (NaN where absent), periods
    are dates, labels are strings; rows a report repeats are flagged ``repeated``."""
    if not isinstance(reports, Iterable):  # one report
        reports = [reports]
    rows: list[dict[str, Any]] = []
    for i, r in enumerate(reports):
        rows.extend(panel_rows(r, r.source if r.source else str(i)))
    return _frame(rows, PANEL_COLUMNS)


def _frame(rows: list[dict[str, Any]], columns: tuple[Column, ...]) -> pandas.DataFrame:
    try:
        import pandas as pd
    except ImportError:
        from mzextract.io import MissingExtraError

        raise MissingExtraError("pandas", "pandas", "mzextract.panel()") from None
    df = pd.DataFrame(rows, columns=[c.name for c in columns])
    for c in columns:
        if c.type == "decimal":
            df[c.name] = pd.to_numeric(df[c.name].map(lambda v: None if v is None else float(v)))
        elif c.type == "int":
            df[c.name] = df[c.name].astype("Int64")
        elif c.type == "bool":
            df[c.name] = df[c.name].astype("boolean")
        elif c.type == "date":
            df[c.name] = pd.to_datetime(df[c.name])
        else:
            df[c.name] = df[c.name].astype("string")
    return df
