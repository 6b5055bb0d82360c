"""Clause and sentence edges, for reading the words around a figure.

A line break ends a clause, except in hard-wrapped text (PDF extracts, copied
pages), where a long line that stops without punctuation just goes on in the
next one. A full stop ``.`` ends a sentence in ASCII-punctuated text, except
after a digit (1.5, and the marker 1.).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

import regex

from mzextract.rules import Rules, joined_markers

# The punctuation the figure and subject readers share, in one place.
CLAUSE_BREAKS = "，,。；;：:！？!?\n|｜.．"
SENTENCE_BREAKS = "。；;！？!?\n.．"
FULL_STOPS = SENTENCE_BREAKS.replace("；", "").replace(";", "")
"""The sentence breaks but ；: where a sentence ends as a reader takes it."""
LINE_CLAUSE_BREAKS = frozenset(CLAUSE_BREAKS) - {"\n"}
"""The clause breaks a line may hold: a line or a cell with one is prose, no title or head."""
BLANKS = " \t\u3000"
"""Spaces that may stand inside a clause (ASCII, tab, full-width)."""
CELL_SEPARATORS = "\t|｜"
"""What parts the cells of a table's row, in the order they are looked for."""
CELL_MARKS = re.compile(f"[{re.escape(CELL_SEPARATORS)}]")
"""Any one of the separators: where a table's row parts its cells."""
PROSE_MARKS = "，。；：！？;:"
"""Marks of running prose: a line with one is no row of a table laid out by spaces (a
decimal point or a thousands comma may stand in a cell)."""
_TABLE_ROWS = 40
"""How many lines above a table's row `column_head` reads for the table's head."""
LEFT_BREAKS = CLAUSE_BREAKS + "（([【"
"""Where a phrase read before a figure starts: a clause break or an opening bracket."""
RIGHT_BREAKS = LEFT_BREAKS + '）)]】“”"《》' + BLANKS
"""Where a phrase read after a figure ends."""
EDGE_JUNK = "\n\r \t\u3000、，,“”\"‘’'）)（(《》:：-—…·.*_"
"""Punctuation trimmed off a subject's ends; Markdown emphasis (**) counts too: 资金**4.13亿元**
names 资金."""
LIST_MARKS = "、，,"
"""Punctuation that joins the items of a list (75户、86人)."""
COLONS = "：:"
"""Colons, full- and half-width: what closes a label (年度目标：)."""
OPEN_BRACKETS = "（("
CLOSE_BRACKETS = "）)"
BRACKETED_ITEM = regex.compile(
    f"[{CLOSE_BRACKETS}][{BLANKS}]*[{LIST_MARKS}][^{CLAUSE_BREAKS}{OPEN_BRACKETS}]{{1,10}}"
    f"[{OPEN_BRACKETS}]"
)
"""What stands between two bracketed items of a labelled list (淮阳县（218元）、西华县（225元）):
the close of one item, a list mark, a short label and the open of the next."""
NUMBER_PARTS = "0123456789０１２３４５６７８９.．"
"""Digits and decimal points, half- and full-width."""
SEPARATORS = ".．,，"
"""Decimal points and thousands separators."""
MONTH_DASHES = "-—~～"
"""Dashes between the months of a range that opens a subject (1-6月), besides the date
grammar's range words (至); the full-width － is left out, as the subject reader always did."""
_ENDS = "。；;：:！？!?.．，,、"
_CLAUSE_ENDS = "，,、"
"""Punctuation that ends a clause, never a paragraph."""
# Blanks, quotes and brackets that open a line; the rule data adds the first characters of
# heading markers and the bullets (see `line_starts`).
_LINE_OPENERS = " \t\u3000\xa0>＞\n（(【["
_WRAP_MIN = 20
_FOOTER_GAP = 5
"""The fewest blanks that end a line where a page footer was blanked after it (— 1 —)."""
# Digits as OCR leaves them (2,l00元, 4,8OO元): a comma between them groups thousands.
_NUMBER_CHARS = "0123456789０１２３４５６７８９OoIlS"
_NUMBER_OR_BLANK = frozenset(_NUMBER_CHARS + " \t\u3000\r\n")
SOFT_CANDIDATES = frozenset(".．,，\n")
"""The only break characters `is_soft` can find soft."""
_THREE_DIGITS = regex.compile("[0-9０-９OoIlS]{3}(?![0-9０-９])")
# A line that starts with 1. 2、 3) opens a list item; 1.5 does not.
_MARKER_START = regex.compile(r"[0-9０-９]{1,2}(?:[.．](?![0-9０-９])|[、)）])")


@cache
def line_starts(rules: Rules | None = None) -> frozenset[str]:
    """Characters that open a new item at a line start: the first characters of the
    heading markers that are no digits (一、 （三） 第二部分 ⑤ Ⅱ、; a digit opens one only as a
    whole marker, 1. 2、 3)), the bullets, blanks and brackets."""
    rules = rules or Rules.default()
    marks = "".join(m.opens for m in rules.heading_markers if m.numbering != "arabic")
    return frozenset(_LINE_OPENERS + marks + "".join(rules.bullets))


@cache
def _numeral_markers() -> tuple[frozenset[str], regex.Pattern[str]]:
    """The characters that open a heading marker and are numerals too (一 of 一、), and the
    markers that such a character opens, as one pattern (of the default rule set, as
    `line_starts`' default)."""
    rules = Rules.default()
    digits = {c.word for c in rules.numeral_chars}
    families = [m for m in rules.heading_markers if m.opens and set(m.opens) <= digits]
    chars = frozenset("".join(m.opens for m in families))
    return chars, regex.compile(joined_markers(families) or "(?!)")


@cache
def _bracket_markers() -> tuple[frozenset[str], regex.Pattern[str]]:
    """The opening brackets that start a heading marker (（三）, （2）), and those markers as one
    pattern (of the default rule set, as `line_starts`' default)."""
    rules = Rules.default()
    families = [m for m in rules.heading_markers if set(m.opens) & set(OPEN_BRACKETS)]
    chars = frozenset(c for m in families for c in m.opens if c in OPEN_BRACKETS)
    return chars, regex.compile(joined_markers(families) or "(?!)")


def _closes_word(text: str, at: int) -> bool:
    """Whether the bracket opened at ``at`` closes within a few characters on its line and
    words go on right after it (（市）受灾), as a word in brackets does, not an aside."""
    close = -1
    for k in range(at + 1, min(len(text), at + _BRACKET_WORD + 2)):
        if text[k] in CLOSE_BRACKETS:
            close = k
            break
        if text[k] in _LINE_OR_OPEN:
            return False
    return close > at + 1 and close + 1 < len(text) and text[close + 1] not in _LINE_OR_BLANK


_BRACKET_WORD = 4
"""The longest word in brackets a wrapped line may open with (（市）, （社区）, （街道）)."""
_LINE_OR_OPEN = "\n" + OPEN_BRACKETS
_LINE_OR_BLANK = "\n" + BLANKS


def is_soft(text: str, i: int, starts: frozenset[str] | None = None) -> bool:
    """Whether the break character at ``i`` does not end anything; ``starts`` are the
    characters that open a new line's item (`line_starts` of the rule set in use)."""
    ch = text[i]
    if ch in ".．":
        return i > 0 and text[i - 1].isdigit()
    if ch in ",，":
        # 1,050 (also 2⏎,950 in hard-wrapped text): a thousands separator, not a break.
        if i and text[i - 1] not in _NUMBER_OR_BLANK:
            return False  # most commas: what the test below finds, in one step
        before = text[max(0, i - 3) : i].rstrip(" \t\u3000\r\n")
        return (
            before != ""
            and before[-1] in _NUMBER_CHARS
            and _THREE_DIGITS.match(text, i + 1) is not None
        )
    if ch != "\n" or not (ends_open_line(text, i) or _ends_in_list(text, i)) or _is_row(text, i):
        return False
    last = i - 1 if text[i - 1] != "\r" else i - 2
    nxt = i + 1
    if text[nxt : nxt + 1] == " " and text[nxt + 1 : nxt + 2] not in ("", " ", "\t", "\u3000"):
        nxt += 1  # one ASCII space is the gap of spaced text (4,320⏎ 元), not an indent
    if nxt >= len(text):
        return False
    if text[nxt] in (starts or line_starts()):
        # 一、 opens an item; 一 as the first digit of an amount (…下拨救灾资金⏎六百五十万元)
        # goes on with the line before.
        numerals, marker = _numeral_markers()
        brackets, bracketed = _bracket_markers()
        if text[nxt] in brackets:
            # （市）受灾 after a hard-wrapped line goes on with it; （三） opens an item.
            if bracketed.match(text, nxt) is not None or not _closes_word(text, nxt):
                return False
        elif text[nxt] not in numerals or marker.match(text, nxt) is not None:
            return False
    if _is_symbol(text[last]) or _is_symbol(text[nxt]):
        return False  # a line that ends or starts with an emoji or bullet (…3,085元✅, ♿ 两项…)
    return _MARKER_START.match(text, nxt) is None


def occurrences(text: str, word: str, lo: int = 0, hi: int | None = None) -> list[int]:
    """Every offset where ``word`` starts in ``text[lo:hi]`` (overlaps included)."""
    end = len(text) if hi is None else hi
    out = []
    at = text.find(word, lo, end)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1, end)
    return out


def _is_row(text: str, i: int) -> bool:
    """Whether the line that ends at ``i`` is a table's row: a tab or a | parts its cells
    (a tab that indents it, or follows its bullet, parts none). A row ends where its line
    does."""
    lo = text.rfind("\n", 0, i) + 1
    while lo < i and text[lo] in BLANKS:
        lo += 1
    if lo + 1 < i and not text[lo].isalnum() and text[lo + 1] in CELL_SEPARATORS:
        lo += 2  # a bullet and the tab after it (•⇥7月起…) open a line of prose
    return CELL_MARKS.search(text, lo, i) is not None


def _ends_in_list(text: str, i: int) -> bool:
    """Whether the line break at ``i`` ends a long line on 、, between two items of a list
    that a hard wrap split (…调整为610元、⏎510元): the list goes on."""
    last = i - 1 if i and text[i - 1] != "\r" else i - 2
    line_start = text.rfind("\n", 0, i) + 1
    return last - line_start + 1 >= _WRAP_MIN and text[last] == "、"


def ends_open_line(text: str, i: int) -> bool:
    """Whether the line break at ``i`` ends a long line that stops without punctuation,
    as hard-wrapped text does (whatever the next line starts with)."""
    last = i - 1 if i and text[i - 1] != "\r" else i - 2  # CRLF files
    line_start = text.rfind("\n", 0, i) + 1
    seen = last
    while seen >= line_start and text[seen] in BLANKS:
        seen -= 1
    if last - seen >= _FOOTER_GAP and seen >= line_start and text[seen] not in _ENDS:
        # …支出救助资金⏎— 1 —⏎2614万元 with the footer blanked: the page ends, not the
        # sentence, however short its last line.
        return True
    return not (last < line_start or last - line_start + 1 < _WRAP_MIN or text[last] in _ENDS)


def _is_symbol(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "S" or ch == "\ufe0f"


@cache
def _finder(breaks: str) -> regex.Pattern[str]:
    return regex.compile(f"[{regex.escape(breaks)}]", flags=regex.REVERSE)


def last_break(text: str, lo: int, hi: int, breaks: str = CLAUSE_BREAKS) -> int:
    """Index of the last break in ``text[lo:hi]`` that ends something, or ``lo - 1``."""
    find = _finder(breaks).search
    while True:
        m = find(text, lo, hi)
        if m is None:
            return lo - 1
        i: int = m.start()
        if text[i] not in SOFT_CANDIDATES or not is_soft(text, i):
            return i
        hi = i


def has_break(text: str, lo: int, hi: int, breaks: str = SENTENCE_BREAKS) -> bool:
    return last_break(text, lo, hi, breaks) >= lo


def _last_sentence_break(text: str, lo: int, hi: int, breaks: str = SENTENCE_BREAKS) -> int:
    """`last_break` of the sentence breaks in ``text[lo:hi]``, where a line break right after
    a comma (床位6.12万张，⏎较年初新增0.48万张) is a hard wrap inside the sentence: no
    paragraph ends in a comma."""
    at = last_break(text, lo, hi, breaks)
    while at > lo and text[at] == "\n" and text[at - 1] in _CLAUSE_ENDS:
        at = last_break(text, lo, at, breaks)
    return at


def has_sentence_break(text: str, lo: int, hi: int) -> bool:
    """Whether a sentence ends in ``text[lo:hi]`` (…月人均补差112元，⏎比上年提高20元: no)."""
    return _last_sentence_break(text, lo, hi) >= lo


def column_head(text: str, start: int) -> tuple[int, int] | None:
    """The span of the head cell of the column ``start`` stands in, in a table pasted as
    text (cells parted by a tab or |): the cell with as many separators before it in the
    first line of the block of lines the separator parts, where that line is another and
    has as many cells as the row, without the spaces that pad it; None outside such a
    table."""
    line = text.rfind("\n", 0, start) + 1
    if CELL_MARKS.search(text, line, start) is None:
        return None  # most figures: one search for all separators
    sep = next((c for c in CELL_SEPARATORS if _parts_cells(text, line, start, c)), None)
    if sep is None:
        return None  # most figures; a tab that indents a line parts no cells either
    head = line
    for _ in range(_TABLE_ROWS):
        above = text.rfind("\n", 0, max(0, head - 1)) + 1
        if head == 0 or not _parts_cells(text, above, head - 1, sep):
            break
        head = above
    if head == line:
        return None
    head_end = text.find("\n", head)
    row_end = text.find("\n", line)
    cells = text[head:head_end].split(sep)
    if len(cells) != text.count(sep, line, len(text) if row_end < 0 else row_end) + 1:
        return None  # not a head of the row's columns
    k = text.count(sep, line, start)
    cell = cells[k]
    # The cell's words, not the spaces that pad it (a table laid out by spaces).
    lo = head + sum(len(c) + 1 for c in cells[:k]) + len(cell) - len(cell.lstrip(BLANKS))
    return lo, lo + len(cell.strip(BLANKS))


def _parts_cells(text: str, lo: int, hi: int, sep: str) -> bool:
    """Whether ``sep`` parts two cells in ``text[lo:hi]`` (not a tab that indents it)."""
    while lo < hi and text[lo] in BLANKS:
        lo += 1
    return text.find(sep, lo, hi) >= 0


def blanks_before(text: str, at: int) -> int:
    """Where the run of blanks (and a carriage return) right before ``at`` starts: a page
    footer blanked inside a sentence leaves spaces before the line break that ends it."""
    k = at
    while k > 0 and text[k - 1] in _LINE_END_BLANKS:
        k -= 1
    return k


_LINE_END_BLANKS = BLANKS + "\r"


def clause_before(text: str, start: int, limit: int = 60) -> str:
    """The text from the last clause break up to ``start`` (at most ``limit`` characters)."""
    return text[last_break(text, max(0, start - limit), start) + 1 : start]


def clause_after(text: str, end: int, limit: int = 16) -> str:
    """The text from ``end`` up to the next clause break (at most ``limit`` characters)."""
    hi = min(len(text), end + limit)
    m = _FORWARD_BREAK.search(text, end, hi)
    while m is not None and text[m.start()] in SOFT_CANDIDATES and is_soft(text, m.start()):
        m = _FORWARD_BREAK.search(text, m.start() + 1, hi)
    return text[end : hi if m is None else m.start()]


_FORWARD_BREAK = regex.compile(f"[{regex.escape(CLAUSE_BREAKS)}]")


def sentence_before(text: str, start: int, limit: int = 40) -> str:
    """The text from the last sentence break up to ``start`` (at most ``limit`` characters;
    see `_last_sentence_break`)."""
    return text[_last_sentence_break(text, max(0, start - limit), start) + 1 : start]


def full_sentence_before(text: str, start: int, limit: int = 60) -> str:
    """The text from the last full stop up to ``start``: the sentence as a reader takes it,
    which ； does not end (每千名老年人拥有床位３．２张；全年新增…), at most ``limit``
    characters."""
    return text[_last_sentence_break(text, max(0, start - limit), start, FULL_STOPS) + 1 : start]


def sentences_before(text: str, start: int, limit: int = 60) -> str:
    """The text from the start of the sentence before the figure's up to ``start``: each of
    the two sentences read at most ``limit`` characters back (分季度看，一季度4862对 after
    全年办理结婚登记…。)."""
    at = _last_sentence_break(text, max(0, start - limit), start)
    if at > 0:
        at = _last_sentence_break(text, max(0, at - limit), at)
    return text[at + 1 : start]


@cache
def longest_first(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` longest first, so the longest word wins where several would match."""
    return tuple(sorted(words, key=len, reverse=True))


def word_pairs(words: Iterable[str]) -> frozenset[str]:
    """Every two characters that stand side by side in one of ``words``: a line break
    between such a pair may cut a word (户⏎均); between any other two it cuts none."""
    return frozenset(w[k : k + 2] for w in words for k in range(len(w) - 1))


def strip_words(s: str, words: tuple[str, ...], chars: str = BLANKS) -> str:
    """``s`` without the whole ``words`` and blank ``chars`` it ends with, one after another
    (资金共计约 → 资金); give ``words`` `longest_first`, so 折合约 goes as one word."""
    while True:
        s = s.rstrip(chars)
        for w in words:
            if s.endswith(w):
                s = s[: -len(w)]
                break
        else:
            return s
