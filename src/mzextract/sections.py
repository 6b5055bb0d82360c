"""Sections: heading markers at line starts, nested by the order families appear.

A document's outline is not fixed by marker family: ``1.`` may sit right
under ``二、``. The level of a heading is its family's depth in the stack of
families open on the current branch; a family seen higher up closes the deeper
ones. A new outline (another report in the same file) starts at a report-title
line (…工作总结, not a running page header) followed by a heading numbered 1, or
at a family that usually ranks above the outline's top (一、 after an outline that
began at （一）).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

import regex

from mzextract.model import Evidence, Section, built, evidence
from mzextract.numerals import NumeralError, parse_chinese, parse_numeral
from mzextract.rules import Marker, Rules, joined_markers

# Line-start noise that is not part of the heading: indentation, stray quote
# marks, and bracketed leftovers of document conversion ([bookmark: _GoBack]).
# A run of blanks is one step of the repeat: one step per blank kept backtracking state
# for every blank of a long run.
_INDENT = regex.compile(r"(?:[ \t\u3000\xa0>＞]++|\[[^\]\n]{0,40}\])*+")
_INDENT_FIRSTS = frozenset(" \t\u3000\xa0>＞[")
_TITLE_END = regex.compile("[。：:；;\n]")
_SENTENCE_MARKS = "。，,；;：:！？!?"
_SENTENCE_MARK_SET = frozenset(_SENTENCE_MARKS)
# The longest rest of a line after a list of quarters or months (三、四季度…) still read
# as a title.
_SHORT_TITLE = 16


# One per line in a file of headings: slots (no __dict__); not frozen, which would double
# the cost of __init__ (nothing changes one after it is made).
@dataclass(slots=True)
class _Heading:
    start: int
    marker_end: int
    marker: str
    family: str
    number: int
    title_start: int
    title_end: int
    title: str
    rule: str
    outline: Evidence | None = None
    """What opened a new outline at this heading, if anything did."""


# Numberings whose digits are consecutive code points: the first of each run is 1.
_RUNS = {"circled": ("①", "⑴", "⒈"), "roman": ("Ⅰ", "ⅰ"), "latin": ("A", "a")}
_ROMAN = {"I": 1, "V": 5, "X": 10}


def _number(numbering: str, raw: str) -> int:
    """The number a marker's group ``n`` writes, read as its family's numbering says."""
    for first in _RUNS.get(numbering, ()):
        offset = ord(raw[0]) - ord(first)
        if len(raw) == 1 and 0 <= offset < 20:
            return offset + 1
    if numbering == "roman":
        return _roman(raw)
    try:
        return int(parse_numeral(raw)) if numbering == "arabic" else int(parse_chinese(raw))
    except NumeralError:
        return int(parse_numeral(raw))


def _roman(raw: str) -> int:
    values = [_ROMAN.get(ch) for ch in raw.upper()]
    digits = [v for v in values if v is not None]
    if not digits or len(digits) != len(values):
        raise NumeralError(f"not a Roman numeral: {raw!r}")
    return sum(-v if v < w else v for v, w in zip(digits, [*digits[1:], 0], strict=True))


@dataclass(frozen=True)
class _Markers:
    pattern: regex.Pattern[str]
    """All families as one pattern: family i is group ``f{i}``, its number ``n{i}``."""
    families: tuple[Marker, ...]
    rejects: tuple[regex.Pattern[str] | None, ...]
    periods: tuple[str, ...]
    """How a list of quarters or months ends (三、四季度): see ``list_title_ends``."""


@cache
def _markers(rules: Rules) -> _Markers:
    families = rules.heading_markers
    return _Markers(
        regex.compile(joined_markers(families)),
        families,
        tuple(None if m.reject_after is None else regex.compile(m.reject_after) for m in families),
        tuple(rules.list_title_ends),
    )


def marker_pattern(rules: Rules) -> regex.Pattern[str]:
    """Every heading marker family of ``rules`` as one pattern (matched at a line's text)."""
    return _markers(rules).pattern


_NUMBER_CELLS = regex.compile(r"(?:[ \t\u3000]+[0-9０-９]+){2,}[ \t\u3000\r]*$")
"""Two or more numbers apart by blanks that end a line: the cells of a table's row."""


def _heading_at(
    text: str, line_start: int, line_end: int, markers: _Markers, notices: tuple[str, ...]
) -> _Heading | None:
    pos = line_start
    if text[line_start : line_start + 1] in _INDENT_FIRSTS:  # most lines start unindented
        pos = _INDENT.match(text, line_start, line_end).end()
    m = markers.pattern.match(text, pos, line_end)
    if m is None:
        return None
    i = int(m.lastgroup[1:]) if m.lastgroup else 0
    family = markers.families[i]
    try:
        number = _number(family.numbering, m[f"n{i}"])
    except NumeralError:
        return None
    reject = markers.rejects[i]
    listed = None if reject is None else reject.match(text, m.end(), line_end)
    if listed is not None and not (
        listed[0].endswith(markers.periods) and _short_title(text, m.end(), line_end)
    ):
        return None
    t0 = m.end()
    while t0 < line_end and text[t0] in " \t\u3000":
        t0 += 1
    stop = _TITLE_END.search(text, t0, line_end)
    title_end = stop.start() if stop else line_end
    while title_end > t0 and text[title_end - 1] in " \t\u3000\r":
        title_end -= 1
    if "\t" in text[t0:line_end].rstrip(" \t\u3000\r") or _NUMBER_CELLS.search(text, t0, line_end):
        # 三、本年度办理结果⇥（一）予以公开⇥3⇥0⇥3, （七）总计　17　1　18: a table's row, its
        # cells apart by tabs, or numbers apart by blanks at its end.
        return None
    title = text[t0:title_end]
    if any(w in title for w in notices):
        return None  # 1. 仅部分预览的文档…: a download site's notice, not the report's outline
    return _Heading(
        m.start(), m.end(), m.group(), family.family, number, t0, title_end, title, family.id
    )


def _short_title(text: str, start: int, end: int) -> bool:
    """Whether the rest of a line is a title alone: short, with no sentence mark. A list
    of quarters (三、四季度) opens a sentence (三、四季度全县将继续推进社会救助。); a line of
    a title alone is the heading it looks like (三、四季度工作打算). Not other lists
    (一、二级残疾人补贴按时发放 is no heading, however short)."""
    rest = text[start:end].rstrip(" \t\u3000\r")
    return len(rest) <= _SHORT_TITLE and _SENTENCE_MARK_SET.isdisjoint(rest)


def _is_title_line(line: str, words: tuple[str, ...]) -> bool:
    s = line.strip(" \t\u3000\xa0\r>＞")
    return 0 < len(s) <= 40 and _SENTENCE_MARK_SET.isdisjoint(s) and any(w in s for w in words)


def _outranks(family: str, top: str, rules: Rules) -> bool:
    rank = rules.family_rank
    return family in rank and top in rank and rank.index(family) < rank.index(top)


def find_sections(text: str, rules: Rules) -> tuple[Section, ...]:
    """All sections in document order, with levels, parents, children and ends."""
    headings: list[_Heading] = []
    levels: list[int] = []
    block_of: list[int] = []
    block_starts: list[int] = [0]
    stack: list[str] = []
    pending_reset: int | None = None
    title_counts: Counter[str] | None = None
    pos = 0
    n = len(text)
    title_words = rules.section_title_words
    markers = _markers(rules)
    notices = rules.site_notices
    while pos <= n:
        nl = text.find("\n", pos)
        line_end = n if nl < 0 else nl
        h = _heading_at(text, pos, line_end, markers, notices)
        if h is None:
            line = text[pos:line_end]
            if headings and _is_title_line(line, title_words):
                if title_counts is None:
                    title_counts = Counter(
                        t.strip() for t in text.split("\n") if _is_title_line(t, title_words)
                    )
                # A title line seen twice is a running page header, not a new report.
                if title_counts[line.strip()] == 1:
                    pending_reset = pos
        else:
            if pending_reset is not None and h.number == 1:
                stack = []
                block_starts.append(pending_reset)
                stop = text.find("\n", pending_reset)
                line = text[pending_reset : n if stop < 0 else stop]
                title = line.strip()
                at = pending_reset + line.index(title)
                h = replace(
                    h,
                    outline=Evidence("outline", "sections.title_line", at, at + len(title), title),
                )
            elif stack and _outranks(h.family, stack[0], rules):
                stack = []  # 一、 after an outline that began at （一）: a new report
                block_starts.append(pos)
                h = replace(
                    h,
                    outline=Evidence(
                        "outline", "sections.outranks", h.start, h.marker_end, h.marker
                    ),
                )
            pending_reset = None
            if h.family in stack:
                del stack[stack.index(h.family) + 1 :]
            else:
                stack.append(h.family)
            headings.append(h)
            levels.append(len(stack))
            block_of.append(len(block_starts) - 1)
        if nl < 0:
            break
        pos = nl + 1
    return _build(headings, levels, block_of, block_starts, n)


def _build(
    headings: list[_Heading],
    levels: list[int],
    block_of: list[int],
    block_starts: list[int],
    n: int,
) -> tuple[Section, ...]:
    count = len(headings)
    ends = [n] * count
    parents: list[int | None] = [None] * count
    open_at: list[int] = []
    for i, h in enumerate(headings):
        block = block_of[i]
        while open_at and (block_of[open_at[-1]] != block or levels[open_at[-1]] >= levels[i]):
            j = open_at.pop()
            ends[j] = block_starts[block_of[j] + 1] if block_of[j] != block else h.start
        parents[i] = open_at[-1] if open_at else None
        open_at.append(i)
    for j in open_at:
        last = block_of[j] + 1
        ends[j] = block_starts[last] if last < len(block_starts) else n
    children: dict[int, list[int]] = {}  # only for the sections that have any
    for i, p in enumerate(parents):
        if p is not None:
            children.setdefault(p, []).append(i)
    # Each heading goes as its section comes, so the two lists never coexist in full.
    headings.reverse()
    return tuple(_section(i, headings.pop(), levels, ends, parents, children) for i in range(count))


def _section(
    i: int,
    h: _Heading,
    levels: list[int],
    ends: list[int],
    parents: list[int | None],
    children: dict[int, list[int]],
) -> Section:
    return built(
        Section,
        {
            "index": i,
            "level": levels[i],
            "marker": h.marker,
            "number": h.number,
            "family": h.family,
            "title": h.title,
            "start": h.start,
            "marker_end": h.marker_end,
            "title_start": h.title_start,
            "title_end": h.title_end,
            "end": ends[i],
            "parent": parents[i],
            "children": tuple(children.pop(i, ())),
            "evidence": (
                evidence("marker", h.rule, h.start, h.marker_end, h.marker),
                *(() if h.outline is None else (h.outline,)),
            ),
        },
    )
