"""Views of a `Report` for people: outline, figures table, highlighted text (terminal, HTML)."""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from mzextract.export import number, to_records
from mzextract.model import Evidence, Figure, Kind
from mzextract.rules import Rules

if TYPE_CHECKING:
    from mzextract.report import Report

__all__ = [
    "format_outline",
    "format_table",
    "format_why",
    "highlight_ansi",
    "highlight_plain",
    "html_page",
    "notebook_html",
]

_TABLE_COLUMNS = ("document", "section_title", "kind", "value", "text", "subject")


def _grouped(d: Decimal | None) -> str:
    """Thousands separated, for reading: 10,000,000."""
    return "" if d is None else format(Decimal(number(d) or "0"), ",f")


def describe(f: Figure) -> str:
    """The normalised reading of a figure, e.g. ``money: 125,000 元 (approx.), subject 低保金``."""
    unit = f.kind.base_unit
    if f.redacted:
        value = "redacted"
    elif f.range is not None:
        value = f"{_grouped(f.range[0])}–{_grouped(f.range[1])} {unit}"
    else:
        value = f"{_grouped(f.value)} {unit}"
    notes = [n for n, on in (("approx.", f.approx), ("rate", f.rate)) if on]
    if f.per:
        notes.append(f"per {f.per}")
    out = f"{f.kind.value}: {value}" + (f" ({', '.join(notes)})" if notes else "")
    out += f", subject {f.subject.text}" if f.subject else ""
    labels = label_text(f)
    return out + (f"\n{labels}" if labels else "")


def label_text(f: Figure) -> str:
    """The figure's meaning in one line: ``dibao · urban · covered · value · 2023-06-30``."""
    parts = [
        None if f.programme is None else f.programme.key,
        f.area,
        f.measure,
        f.role,
        None if f.period is None else f.period.iso,
    ]
    return " · ".join(p for p in parts if p)


def why(f: Figure) -> str:
    """What decided each field, one line each: ``programme ← 城市低保 (programmes:dibao)``."""
    return "\n".join(_evidence_line(e) for e in f.evidence)


def _evidence_line(e: Evidence) -> str:
    words = e.text.replace("\n", " ") if e.start < e.end else "(no words: default)"
    return f"{e.field} ← {words} ({e.rule})"


def format_why(report: Report) -> str:
    """Each figure with its reading and what decided each field, for ``show --why``::

    [312-319] 1187.26万 (line 9)  money: 11,872,600 元, subject 发放低保金
      dibao · urban · paid · value · 2023-01-01/2023-06-30
      kind ← 元 (units:元) @318-319
    """
    blocks = []
    for f in report.figures:
        line = report.text.count("\n", 0, f.start) + 1
        head = f"[{f.start}-{f.end}] {f.text} (line {line})  " + describe(f).replace("\n", "\n  ")
        lines = [head]
        lines.extend(f"  {_evidence_line(e)} @{e.start}-{e.end}" for e in f.evidence)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _spans(report: Report) -> Iterable[tuple[str, Figure | None]]:
    """The text cut into plain stretches and figures; a figure overlapping an earlier one is
    shown as plain text rather than breaking the nesting."""
    pos = 0
    for f in sorted(report.figures, key=lambda f: (f.start, -f.end)):
        if f.start < pos:
            continue
        yield report.text[pos : f.start], None
        yield report.text[f.start : f.end], f
        pos = f.end
    yield report.text[pos:], None


def highlight_ansi(report: Report) -> str:
    """The text with each figure coloured by kind, for a terminal."""
    return "".join(
        s if f is None else f"\x1b[1;{f.kind.ansi}m{s}\x1b[0m" for s, f in _spans(report)
    )


def highlight_plain(report: Report) -> str:
    """The text with figures bracketed and labelled, for pipes: ``[75户|households]``."""
    return "".join(s if f is None else f"[{s}|{f.kind.value}]" for s, f in _spans(report))


def _kinds(report: Report) -> tuple[Kind, ...]:
    """The kinds of the rules the report was made with (the shipped ones if unknown)."""
    return report.kinds or Rules.default().kinds


def _legend_html(report: Report) -> str:
    items = "".join(
        f'<span class="mz-{k.name}">{k.name} ({k.base_unit})</span> ' for k in _kinds(report)
    )
    return f'<p class="mz-legend">{items}</p>'


def _text_html(report: Report) -> str:
    parts = []
    for s, f in _spans(report):
        if f is None:
            parts.append(html.escape(s))
        else:
            tip = html.escape("\n".join(p for p in (describe(f), why(f)) if p))
            parts.append(
                f'<mark class="mz-{f.kind.value}" title="{tip}" data-tip="{tip}">'
                f"{html.escape(s)}</mark>"
            )
    return '<pre class="mz-text">' + "".join(parts) + "</pre>"


def _outline_html(report: Report) -> str:
    if not report.sections:
        return "<p><em>no sections found</em></p>"
    rows = []
    for s in report.sections:
        count = sum(1 for _ in report.figures_in(s))
        indent = (s.level - 1) * 1.5
        rows.append(
            f'<div style="margin-left:{indent}em">{html.escape(s.marker + s.title)} '
            f'<small style="color:#888">L{s.level} · {count} figures</small></div>'
        )
    return '<div class="mz-outline">' + "".join(rows) + "</div>"


def _style(report: Report) -> str:
    colours = "".join(f".mz-{k.name}{{background:{k.colour}}}" for k in _kinds(report))
    return (
        "<style>"
        ".mz-text{white-space:pre-wrap;font-family:inherit;line-height:1.7}"
        "mark[class^=mz-]{position:relative;border-radius:3px;padding:0 1px;cursor:help}"
        "mark[class^=mz-]:hover::after{content:attr(data-tip);position:absolute;left:0;"
        "top:1.6em;z-index:1;white-space:pre;background:#333;color:#fff;padding:2px 6px;"
        "border-radius:3px;font-size:85%}"
        ".mz-legend span{padding:1px 6px;margin-right:4px;border-radius:3px}" + colours + "</style>"
    )


def html_page(report: Report, title: str | None = None) -> str:
    """A standalone HTML page: legend, outline and the text with figures highlighted;
    hovering a figure shows its normalised value."""
    name = html.escape(title or report.source or "mzextract report")
    return (
        '<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8">'
        f"<title>{name}</title>{_style(report)}</head>\n<body>"
        f"<h1>{name}</h1>{_legend_html(report)}<h2>Outline</h2>{_outline_html(report)}"
        f"<h2>Text ({len(report.figures)} figures)</h2>{_text_html(report)}</body></html>\n"
    )


def _figures_table_html(report: Report) -> str:
    """The figures as a table with a labels column; hovering a label shows its evidence."""
    rows = to_records(report)
    cols = [c for c in _TABLE_COLUMNS if c != "document"]
    head = "".join(f"<th>{c}</th>" for c in (*cols, "labels"))
    body = []
    for r, f in zip(rows, report.figures, strict=True):
        cells = "".join(f"<td>{html.escape(_cell(r[c]))}</td>" for c in cols)
        tip = html.escape(why(f))
        cells += f'<td title="{tip}">{html.escape(label_text(f))}</td>'
        body.append(f"<tr>{cells}</tr>")
    return f'<table class="mz-figures"><tr>{head}</tr>{"".join(body)}</table>'


def notebook_html(report: Report) -> str:
    """What a notebook shows for a `Report`: outline, highlighted text, figures table."""
    return (
        # Long reports scroll inside the cell instead of burying the notebook.
        f'<div class="mz-nb">{_style(report)}'
        "<style>.mz-nb .mz-text{max-height:36em;overflow:auto}</style>"
        f"{_legend_html(report)}<details open><summary>Outline "
        f"({len(report.sections)} sections)</summary>{_outline_html(report)}</details>"
        f"<details open><summary>Text ({len(report.figures)} figures)</summary>"
        f"{_text_html(report)}</details><details><summary>Figures table</summary>"
        f"{_figures_table_html(report)}</details></div>"
    )


def format_outline(report: Report) -> str:
    """The section tree, indented by level, with each section's figure count."""
    if not report.sections:
        return "(no sections found)"
    lines = []
    for s in report.sections:
        count = sum(1 for _ in report.figures_in(s))
        lines.append(f"{'  ' * (s.level - 1)}{s.marker}{s.title}  [L{s.level}, {count} figures]")
    return "\n".join(lines)


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _clip(s: str, width: int) -> str:
    if _width(s) <= width:
        return s
    out = ""
    for c in s:
        if _width(out + c) > width - 1:
            break
        out += c
    return out + "…"


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, Decimal):
        return number(v) or ""
    return str(v)


def format_table(
    rows: Sequence[dict[str, Any]], columns: Sequence[str] = _TABLE_COLUMNS, max_width: int = 30
) -> str:
    """Records (see `to_records`) as an aligned text table, CJK-width aware."""
    cells = [[_clip(_cell(r[c]), max_width) for c in columns] for r in rows]
    widths = [max([_width(c), *(_width(row[i]) for row in cells)]) for i, c in enumerate(columns)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(
            v + " " * (w - _width(v)) for v, w in zip(values, widths, strict=True)
        ).rstrip()

    out = [line(columns), line(["-" * w for w in widths])]
    out.extend(line(row) for row in cells)
    return "\n".join(out)
