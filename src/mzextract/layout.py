"""Layout noise inside the running text, blanked before figures and subjects are read.

Page footers of PDF extracts (``— 3 —``, ``第 4 页 共 9 页``) cut sentences in two, and
reports converted to Markdown wrap figures in ``**`` (read as written, the stars would
be a redaction). Each function returns a copy of the same length with that noise
replaced by spaces, so every offset found in the copy indexes the text.
"""

from __future__ import annotations

from functools import cache

import regex

from mzextract.clauses import CELL_SEPARATORS, PROSE_MARKS
from mzextract.rules import Rules

_S = "[ \\t\\u3000]*"
_NL = "\\r?\\n"
_BLANK_LINES = f"(?:{_NL}{_S}(?={_NL}))*"


@cache
def _footer(rules: Rules) -> str:
    return "(?:" + "|".join(f.compiled() for f in rules.page_footers) + ")"


@cache
def _footer_line(rules: Rules) -> regex.Pattern[str]:
    """A line that is a footer alone, from the line break before it (as a footer block
    has it: a line break follows)."""
    return regex.compile(f"\\n{_S}{_footer(rules)}{_S}\\r?(?=\\n)")


@cache
def _footer_block(rules: Rules) -> regex.Pattern[str]:
    # A running header: a short line of words only (no punctuation, no number but a
    # year) that names the report or its issuer, so no line with a figure is blanked.
    words = "|".join(regex.escape(w) for w in rules.running_header_words)
    years = "|".join(regex.escape(d.word) for d in rules.dates("year_unit"))
    # A space may part its words (蓬溪县民政局 2019 年工作总结), not open it; a heading
    # (第二部分 2016年工作计划) is none.
    markers = "|".join(m.pattern.replace("(?P<n>", "(?:") for m in rules.heading_markers)
    header = (
        f"{_S}(?!{markers})(?=[^\\n]{{0,40}}?(?:{words}))"
        f"(?:\\p{{Han}}|[A-Za-z]|[0-9]{{4}}(?={_S}(?:{years})))"
        f"(?:\\p{{Han}}|[A-Za-z]|[0-9]{{4}}(?={_S}(?:{years}))|[ \\u3000](?=\\S)){{3,39}}{_S}"
    )
    # The line break that ends the text line, blank lines, a header, the footer, blank
    # lines, a header; the break after the block stays, so the sentence runs on.
    return regex.compile(
        f"{_NL}(?:{_S}{_NL})*(?:{header}{_NL}(?:{_S}{_NL})*)?"
        f"{_S}{_footer(rules)}{_S}{_BLANK_LINES}(?:{_NL}{header}{_BLANK_LINES})?(?={_NL})"
    )


def blank_footers(text: str, rules: Rules) -> str:
    """``text`` with page footers and running headers (and the break before them)
    replaced by spaces."""
    # The block pattern is tried only where a block can start (its header's look ahead is
    # slow to try at every line break of a long text): the pieces are those a scan of the
    # whole text finds.
    block = _footer_block(rules)
    pieces: list[str] = []
    done = 0
    for at in _block_starts(text, [m.start() for m in _footer_line(rules).finditer(text)]):
        if at >= done and (m := block.match(text, at)) is not None:
            pieces += [text[done:at], " " * (m.end() - at)]
            done = m.end()
    return "".join([*pieces, text[done:]]) if pieces else text


def _block_starts(text: str, footers: list[int]) -> list[int]:
    """Where a footer block may start, for the line breaks before footer lines: each such
    break and those before it back over blank lines and at most one other line (the
    running header), and a ``\\r`` before any of them."""
    fewest: dict[int, int] = {}  # each break: the fewest other lines read back to it
    for k in footers:
        lines = 0
        while fewest.get(k, 2) > lines:
            fewest[k] = lines
            before = text.rfind("\n", 0, k)
            if text[before + 1 : k].strip(" \t\u3000\r"):
                lines += 1
            if before < 0 or lines > 1:
                break
            k = before
    return sorted({a for k in fewest for a in ((k - 1, k) if text[k - 1 : k] == "\r" else (k,))})


@cache
def _emphasis(rules: Rules) -> regex.Pattern[str]:
    # The closing mark must not run into a unit: 救助**5人，资金**万元 is two redactions.
    firsts = {w[0] for w, _ in rules.magnitudes} | {u.word[0] for u in rules.units}
    stops = regex.escape("".join(sorted(firsts)))
    return regex.compile(
        r"(?<![*＊_0-9０-９])(?P<mark>\*\*|__)(?=[^*_\n]{0,3}[0-9０-９])[^*_\n]{1,80}?"
        rf"(?P=mark)(?![*＊_{stops}])"
    )


def blank_emphasis(text: str, rules: Rules) -> str:
    """``text`` with emphasis marks that open on a digit, or a few characters before one
    (**户均5000元**), replaced by spaces."""
    if "**" not in text and "__" not in text:
        return text
    blanked: str = _emphasis(rules).sub(lambda m: "  " + m.group()[2:-2] + "  ", text)
    return blanked


_GAP = regex.compile("(?<=\\S)(?:[ \u3000]{2,}|\u3000(?!\\d)|(?<!\\d)\u3000)(?=\\S)")
"""A run of spaces between two cells of a row laid out by spaces, or one full-width
space beside a cell that is no digit (1月　312对　58对); one space between two digits may
stand inside a number (1 236户)."""


def tab_cells(text: str) -> str:
    """``text`` with the cells of tables laid out by runs of spaces parted by a tab, as
    tables pasted with tabs are: the first space of each run between two cells becomes a
    tab. A table is two or more lines in a row with the same number of cells (two or
    more), no mark of prose (，。；：) and no tab or | of their own, one of them with a
    digit; a single such line (发布时间：…    来源：…) is left as it is."""
    gaps: dict[int, list[int]] = {}  # each line's start: where its gaps start
    for m in _GAP.finditer(text):
        gaps.setdefault(text.rfind("\n", 0, m.start()) + 1, []).append(m.start())
    if not gaps:
        return text
    rows: list[tuple[int, int, list[int]]] = []  # start, end, gaps of each table-like line
    for start, at in gaps.items():
        nl = text.find("\n", start)
        end = len(text) if nl < 0 else nl
        line = text[start:end]
        if not any(c in line for c in PROSE_MARKS + CELL_SEPARATORS):
            rows.append((start, end, at))
    chars: list[str] | None = None
    k = 0
    while k < len(rows):
        j = k + 1
        while (
            j < len(rows)
            and rows[j][0] == rows[j - 1][1] + 1
            and len(rows[j][2]) == len(rows[k][2])
        ):
            j += 1
        block = rows[k:j]
        if len(block) > 1 and any(c.isdigit() for s, e, _ in block for c in text[s:e]):
            chars = list(text) if chars is None else chars
            for _, _, at in block:
                for g in at:
                    chars[g] = "\t"
        k = j
    return text if chars is None else "".join(chars)
