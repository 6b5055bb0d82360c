"""`extract`: text in, `Report` out."""

from __future__ import annotations

from bisect import bisect_right

from mzextract.figures import RawFigure, find_figures
from mzextract.layout import blank_emphasis, blank_footers, tab_cells
from mzextract.meaning import annotate
from mzextract.model import Figure, Section, Subject, built, collector_paused, evidence
from mzextract.report import Report
from mzextract.rules import Rules
from mzextract.sections import find_sections
from mzextract.subjects import Named, find_subjects


def extract(text: str, *, rules: Rules | None = None, meaning: bool = True) -> Report:
    """Find the section outline and the figures of a report text.

    ``text`` is used exactly as given: every offset in the result indexes it. With
    ``meaning`` (the default) each figure also gets its programme, area, measure, role
    and period, and the report its ``meta`` (place, year, period).
    Text with no headings and no figures (empty, or not Chinese) gives an
    empty report.
    """
    if not isinstance(text, str):
        raise TypeError(
            f"extract() takes the report text as str, not {type(text).__name__}; "
            "decode bytes first (text = data.decode('utf-8')) or use mzextract.read(path)"
        )
    if rules is None:
        rules = Rules.default()
    elif not isinstance(rules, Rules):
        raise TypeError(f"rules must be a mzextract.rules.Rules, not {type(rules).__name__}")
    with collector_paused():  # a record or more every few characters: see `collector_paused`
        return _extract(text, rules, meaning)


def _extract(text: str, rules: Rules, meaning: bool) -> Report:
    sections = find_sections(text, rules)
    # Figures and subjects are read with layout noise blanked and the cells of tables laid
    # out by spaces parted by tabs; offsets stay the same.
    base = tab_cells(blank_footers(text, rules))
    raw = find_figures(blank_emphasis(base, rules), rules)
    subjects = find_subjects(base, raw, rules)
    starts = [s.start for s in sections]
    # Each raw figure goes as its figure comes (a text may hold one every two characters).
    raw.reverse()
    subjects.reverse()
    # Subjects read from the text itself (no footers blanked) are its words already.
    own = base is text
    figures = tuple(
        _figure(text, raw.pop(), subjects.pop(), sections, starts, own) for _ in range(len(raw))
    )
    if not meaning:
        return Report(text=text, sections=sections, figures=figures, kinds=rules.kinds)
    labelled, meta, comparisons = annotate(text, sections, figures, rules, read=base)
    return Report(
        text=text,
        sections=sections,
        figures=labelled,
        kinds=rules.kinds,
        meta=meta,
        comparisons=comparisons,
    )


def _figure(
    text: str,
    f: RawFigure,
    named: Named | None,
    sections: tuple[Section, ...],
    starts: list[int],
    own: bool,
) -> Figure:
    # Words are quoted from the text as given (not its copy with page furniture blanked).
    why = [evidence(field, rule, s, e, text[s:e]) for field, rule, s, e in f.why]
    subject = None
    if named is not None:
        found, rule = named
        subject = (
            found
            if own
            else built(
                Subject,
                {"text": text[found.start : found.end], "start": found.start, "end": found.end},
            )
        )
        why.append(evidence("subject", rule, found.start, found.end, subject.text))
    return built(
        Figure,
        {
            "start": f.start,
            "end": f.end,
            "text": text[f.start : f.end],
            "kind": f.kind,
            "value": f.value,
            "unit": f.unit,
            "range": f.range,
            "approx": f.approx,
            "rate": f.rate,
            "per": f.per,
            "redacted": f.redacted,
            "subject": subject,
            "section": _innermost(sections, starts, f.start),
            "programme": None,
            "area": None,
            "measure": None,
            "role": None,
            "period": None,
            "evidence": tuple(why),
        },
    )


def _innermost(sections: tuple[Section, ...], starts: list[int], offset: int) -> int | None:
    i = bisect_right(starts, offset) - 1
    while i >= 0:
        s = sections[i]
        if offset < s.end:
            return i
        i = -1 if s.parent is None else s.parent
    return None
