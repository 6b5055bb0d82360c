"""One pass over a report text: where its sentences and clauses end, and where the words
of the meaning tables stand. Everything later is a bisection into these lists.

A sentence runs up to 。！？ (or ASCII ``.`` ``!`` ``?`` that ends one), a line break
that is no soft wrap, or a heading; ``；`` does not end it (annotation guide part 2, §7).
A clause also ends at ，；：.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import accumulate
from operator import attrgetter
from typing import Generic, NamedTuple, TypeVar

from mzextract.clauses import blanks_before, is_soft, occurrences, word_pairs
from mzextract.rules import Rules

_SENTENCE = "。！？!?\n.．"
# A parenthesis opens and closes a clause of its own (…822万元（其中分散供养2651人）).
_CLAUSE = "，,；;：:（()）"
_BREAK = re.compile(f"[{re.escape(_SENTENCE + _CLAUSE)}]")
# `is_soft` can hold only for these, and for a comma only before a digit (1,050).
_MAYBE_SOFT = ".．\n"
COMMAS = ",，"
"""The commas that may end a clause (full-width and ASCII)."""
# Breaks that are never soft, open no aside and run on no line (nor is a comma that no
# digit follows).
_PLAIN = frozenset("。！？!?；;：:")
_DIGITS_AFTER_COMMA = frozenset("0123456789０１２３４５６７８９OoIl")
NO_DIGITS = r"\x00-/:-\xb1\u3000-\u9fff\uff00-\uff0f\uff1a-\uffef"
"""Ranges (as a regular expression writes them) of characters none of which is a digit
(``str.isdigit``): ASCII but 0-9, CJK symbols and ideographs, full-width forms but ０-９."""
_MAY_BE_DIGIT = re.compile(f"[^{NO_DIGITS}]")

T = TypeVar("T")


class Mention(NamedTuple, Generic[T]):
    """A word of a meaning table at ``start:end`` and the entry it belongs to; equal to
    another with the same four. A named tuple: a report has a hundred thousand of them,
    made, compared and hashed in C."""

    start: int
    end: int
    word: str
    entry: T


def _runs_on_heading(text: str, start: int, end: int) -> bool:
    """Whether a heading's line that ends at ``end`` is a wrapped paragraph's first line: it
    holds a clause break and its line break is soft."""
    return (
        text[end : end + 1] == "\n"
        and any(text.find(c, start, end) >= 0 for c in COMMAS)
        and is_soft(text, end)
    )


class Breaks:
    """Sentence and clause ends of one text, for bisection."""

    def __init__(
        self,
        text: str,
        sections: Iterable[tuple[int, int]] = (),
        inside: Sequence[tuple[int, int]] = (),
    ) -> None:
        """``inside``: spans (in order) whose characters end nothing, such as the figures
        (the ``.`` of 380元/月.人 is part of its unit)."""
        sentence: list[int] = []
        clause: list[int] = []
        wraps: list[int] = []
        word_in_brackets = False
        asides = _Asides(text)
        # The breaks come in order: the span that may hold one is found by moving on.
        j, n_inside = 0, len(inside)
        span_start = inside[0][0] if inside else len(text)
        span_end = -1
        for m in _BREAK.finditer(text):
            i = m.start()
            if i >= span_start:
                while j < n_inside and inside[j][0] <= i:
                    span_end = inside[j][1]
                    j += 1
                span_start = inside[j][0] if j < n_inside else len(text)
            if i < span_end:
                continue
            ch = m.group()
            if ch in _PLAIN or (ch in COMMAS and text[i + 1 : i + 2] not in _DIGITS_AFTER_COMMA):
                # ，。；： and the like (most breaks): no test to make.
                word_in_brackets = False
                clause.append(i)
                if ch in _SENTENCE:
                    # …发放残疾人两补资金349万元。（生活补贴5356人…）；: an aside in brackets
                    # right after a full stop belongs to the sentence before it, which ends
                    # where the aside closes.
                    sentence.append(asides.end(i) if ch == "。" else i)
                continue
            if ch in _MAYBE_SOFT or (ch in COMMAS and text[i + 1 : i + 2] in _DIGITS_AFTER_COMMA):
                # A table's row (cells between tabs or |) ends at its line break: no soft one.
                if is_soft(text, i):
                    if ch == "\n":
                        wraps.append(i)
                    continue
            if ch in "（(":
                if not asides.with_figure(i):
                    word_in_brackets = True
                    continue  # 下达村（社区）办公经费: a word in brackets is no clause
            elif ch in ")）" and word_in_brackets:
                word_in_brackets = False
                continue
            word_in_brackets = False
            clause.append(i)
            if ch in _SENTENCE and not _runs_on(text, i):
                sentence.append(i)
        # A heading's line is a sentence of its own (its title may end without 。), even
        # where the line before it runs on (…重点抓好以下几方面工作:⏎(一)推动…); but a
        # heading's line that holds clauses and is wrapped goes on (（二）…进行维修改造，新增床位⏎
        # 20张。).
        heads = [
            end
            for start, line_end in sections
            for end in (start - 1, line_end)
            if end >= 0 and not (end == line_end and _runs_on_heading(text, start, end))
        ]
        self.sentence_ends = sorted({*sentence, *heads})
        self.wraps = wraps
        """The line breaks that are soft wraps (a word may run across one: 提高⏎到)."""
        self.clause_ends = sorted({*clause, *heads})
        self.n = len(text)
        self._clauses: dict[tuple[int, int], list[tuple[int, int]]] = {}

    @staticmethod
    def _around(ends: Sequence[int], pos: int, n: int) -> tuple[int, int]:
        i = bisect_left(ends, pos)
        lo = ends[i - 1] + 1 if i > 0 else 0
        hi = ends[i] if i < len(ends) else n
        return lo, hi

    def around(self, places: Sequence[int], *, sentences: bool) -> list[tuple[int, int]]:
        """The sentence (or clause) around each of ``places``, in one go."""
        ends, n = (self.sentence_ends if sentences else self.clause_ends), self.n
        last = len(ends)
        out = []
        for pos in places:
            i = bisect_left(ends, pos)
            out.append((ends[i - 1] + 1 if i > 0 else 0, ends[i] if i < last else n))
        return out

    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence around ``pos``: [start, end)."""
        return self._around(self.sentence_ends, pos, self.n)

    def spans(
        self, places: Iterable[tuple[int, int]], sentences: Iterable[tuple[int, int]] = ()
    ) -> list[tuple[int, int]]:
        """The whole sentences that hold each of ``places`` ([start, end)), and the
        ``sentences`` given, merged, in order: what a reader of those places needs to have
        read."""
        ends, n = self.sentence_ends, self.n
        found = list(sentences)
        for a, b in places:
            i = bisect_left(ends, a)
            k = bisect_left(ends, max(a, b - 1), i)
            found.append((ends[i - 1] + 1 if i > 0 else 0, ends[k] if k < len(ends) else n))
        found.sort()
        merged: list[tuple[int, int]] = []
        for lo, hi in found:
            if merged and lo <= merged[-1][1] + 1:
                if hi > merged[-1][1]:
                    merged[-1] = (merged[-1][0], hi)
            else:
                merged.append((lo, hi))
        return merged

    def clause(self, pos: int) -> tuple[int, int]:
        return self._around(self.clause_ends, pos, self.n)

    def clauses(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The clauses of ``[lo, hi)`` in order."""
        key = (lo, hi)
        if key in self._clauses:
            return self._clauses[key]
        out: list[tuple[int, int]] = []
        i = bisect_right(self.clause_ends, lo - 1)
        start = lo
        while i < len(self.clause_ends) and self.clause_ends[i] < hi:
            out.append((start, self.clause_ends[i]))
            start = self.clause_ends[i] + 1
            i += 1
        out.append((start, hi))
        found = [c for c in out if c[0] < c[1]]
        self._clauses[key] = found
        return found


_CLOSERS = re.compile("[）)]")


class _Asides:
    """Where asides in brackets close, for the breaks of one text read in order. Every
    answer is a bisection into lists found once, or a read that goes on from the last one:
    a search from each bracket to the next ``)`` would read to the end of a text that has
    none (a report in Chinese brackets alone), for every bracket."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.closers = [m.start() for m in _CLOSERS.finditer(text)]
        self.lines: list[int] | None = None
        self.digit = -1
        """The first digit at or after the last place asked about (its length if none)."""

    def closing(self, i: int, hi: int) -> int:
        """Where the first closing bracket after ``i`` stands (before ``hi``), else -1."""
        k = bisect_left(self.closers, i)
        return self.closers[k] if k < len(self.closers) and self.closers[k] < hi else -1

    def end(self, i: int) -> int:
        """Where the sentence whose full stop is at ``i`` ends: at ``i``, or at the close of
        an aside in brackets that opens right after it (within its line)."""
        text = self.text
        if text[i + 1 : i + 2] not in ("（", "("):
            return i
        if self.lines is None:
            self.lines = occurrences(text, "\n")
        k = bisect_left(self.lines, i)
        close = self.closing(i, self.lines[k] if k < len(self.lines) else len(text))
        return close if close >= 0 else i

    def with_figure(self, i: int) -> bool:
        """Whether the bracket at ``i`` opens an aside with a number in it (…822万元（其中
        分散供养2651人）): such an aside is a clause of its own."""
        text = self.text
        n = len(text)
        close = self.closing(i, n)
        # The places asked about come in order: the read for a digit goes on from the last.
        d = self.digit
        if d <= i:
            # Most characters are Han: a search skips them, and only the others are tested.
            m = _MAY_BE_DIGIT.search(text, i + 1)
            while m is not None and not m.group().isdigit():
                m = _MAY_BE_DIGIT.search(text, m.end())
            d = self.digit = n if m is None else m.start()
        return d < n and d < (close if close >= 0 else i + 40)


def _runs_on(text: str, i: int) -> bool:
    """A line break after ；，： does not end the sentence (…批复,…具;⏎落实…): only one
    after a full stop, a line without punctuation, or a blank line does."""
    if text[i] != "\n":
        return False
    j = i - 1
    while j >= 0 and text[j] in " \t\u3000\r":
        j -= 1
    if j < 0 or text[j] not in "；;，,：:、":
        return False
    nxt = text.find("\n", i + 1)
    line = text[i + 1 : len(text) if nxt < 0 else nxt]
    return bool(line.strip())


class Mentions(Generic[T]):
    """The mentions of one table in one text, in order, for range queries."""

    def __init__(self, found: list[Mention[T]]) -> None:
        self.items = found
        self.starts = [m.start for m in found]
        self.ends = [m.end for m in found]
        # Where the ends come in order too (mentions that do not overlap, or overlap only
        # as one made longer by a staff word does), those inside a span are one slice,
        # found by two bisections. Otherwise the running maximum of the ends bounds a
        # slice that needs no test. (A sort of sorted ends is one pass in C; the running
        # maximum is a call per mention.)
        self._sorted = self.ends == sorted(self.ends)
        self._reach = self.ends if self._sorted else list(accumulate(self.ends, max))

    def within(self, lo: int, hi: int) -> list[Mention[T]]:
        """Mentions wholly inside ``[lo, hi)``."""
        i = bisect_left(self.starts, lo)
        if self._sorted:
            return self.items[i : bisect_right(self.ends, hi, i)]
        k = bisect_right(self._reach, hi, i)
        j = bisect_left(self.starts, hi, k)
        if j <= k:
            return self.items[i:k]
        return self.items[i:k] + [m for m in self.items[k:j] if m.end <= hi]


def trie(words: Iterable[str]) -> str:
    """A pattern for a set of words shaped as their prefix tree (低保(?:金|对象)?...): at
    each place the longest word wins, and the regular-expression engine walks the text
    once instead of trying every word (ten times faster than a flat alternation)."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in set(words):
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root) or "(?!)"


@cache
def words_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """One pattern for many words (see `trie`)."""
    return re.compile(trie(words))


@cache
def _finder(words: tuple[str, ...]) -> re.Pattern[str]:
    return words_pattern(words)


def ends_no_sentence(words: Iterable[str]) -> bool:
    """Whether no word has a character that may end a sentence: then every word stands
    inside one sentence, and the words of some whole sentences are found by reading those
    sentences alone, exactly as a reading of the whole text finds them."""
    return not any(ch in _SENTENCE for w in words for ch in w)


@cache
def _in_sentences(words: tuple[str, ...]) -> bool:
    return ends_no_sentence(words)


def find(
    text: str,
    table: dict[str, T],
    spans: Sequence[tuple[int, int]] | None = None,
    wraps: Sequence[int] = (),
) -> Mentions[T]:
    """Every place a word of ``table`` stands in ``text`` (longest first, no overlaps); with
    ``spans`` (whole sentences, from `Breaks.spans`), only those inside them. A word may
    run across one of ``wraps`` (soft line breaks, `Breaks.wraps`): 提高⏎到 is 提高到, its
    span holds the break."""
    words = tuple(table)  # the pattern is the same in any order: no sort on every call
    pattern = _finder(words)
    if spans is None or not _in_sentences(words):
        spans = [(0, len(text))]
    # The tuple made in C, not through the named tuple's own constructor (a call each).
    new = tuple.__new__
    found: list[Mention[T]] = [
        new(Mention, (m.start(), m.end(), word, table[word]))
        for lo, hi in spans
        for m in pattern.finditer(text, lo, hi)
        for word in (m[0],)
    ]
    if wraps and words:
        found = _across(text, found, pattern, table, wraps, words)
    return Mentions(found)


@cache
def _pairs(words: tuple[str, ...]) -> tuple[int, frozenset[str]]:
    """The length of the longest word, and every two characters that stand side by side
    in a word: a word runs across a wrap only where the characters on either side of it
    are such a pair (most wraps fall between two words, or inside no word at all)."""
    return max(map(len, words)), word_pairs(words)


def _across(
    text: str,
    found: list[Mention[T]],
    pattern: re.Pattern[str],
    table: dict[str, T],
    wraps: Sequence[int],
    words: tuple[str, ...],
) -> list[Mention[T]]:
    """``found`` with the words that run across a soft wrap, each in place of the shorter
    words it overlaps."""
    longest, pairs = _pairs(words)
    crossing: list[Mention[T]] = []
    for nl in wraps:
        # A blanked page footer leaves spaces before the break (特殊困难的最⏎— 1 —⏎高可达).
        end = blanks_before(text, nl)
        lo = max(0, end - longest + 1)
        left = text[lo:end]
        j = nl + 1
        while j < len(text) and text[j] in " \t\u3000":
            j += 1
        if not left or left[-1] + text[j : j + 1] not in pairs:
            continue
        joined = left + text[j : j + longest - 1]
        cut = len(left)
        for m in pattern.finditer(joined):
            if m.start() < cut < m.end():
                crossing.append(Mention(lo + m.start(), j + m.end() - cut, m[0], table[m[0]]))
    if not crossing:
        return found
    starts = [m.start for m in found]
    drop: set[int] = set()
    kept: list[Mention[T]] = []
    for c in crossing:
        k = bisect_left(starts, c.start - longest)
        over = []
        while k < len(found) and found[k].start < c.end:
            if found[k].end > c.start:
                over.append(k)
            k += 1
        if all(len(found[k].word) < len(c.word) for k in over):
            drop.update(over)
            kept.append(c)
    if not kept:
        return found
    merged = [m for k, m in enumerate(found) if k not in drop] + kept
    merged.sort(key=_START)
    return merged


_START = attrgetter("start")


def table_of(rules: Rules, name: str) -> dict[str, str]:
    """A word table of ``rules`` as word → rule id."""
    return {e.word: e.id for e in rules.table(name)}
