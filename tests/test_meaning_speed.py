"""The short cuts of the meaning layer give what the plain reading gives: a digit fold by
`str.replace`, mentions found as one slice, clause breaks on their short path, words and
period expressions found in some sentences alone, and labelled figures made as copies of
the plain ones (benchmarks/meaning_snapshot.py checks the labels themselves on every text)."""

from __future__ import annotations

import dataclasses
import pickle
import random
import re
import types
from bisect import bisect_right
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import mzextract
from mzextract.clauses import is_soft, strip_words
from mzextract.meaning import text as text_module
from mzextract.meaning.labels import Labeller, _evidence, _rstrip_end, _tables
from mzextract.meaning.meta import _lines, _lines_with
from mzextract.meaning.periods import find_expressions, fold_digits, grammar
from mzextract.meaning.text import (
    _SENTENCE,
    Breaks,
    Mention,
    Mentions,
    _runs_on,
    find,
    words_pattern,
)
from mzextract.model import Evidence, Figure
from mzextract.rules import Rules

DOCS = sorted(Path(__file__).parent.glob("data/*/docs/*.txt"))
CORPUS = sorted((Path(__file__).parent.parent / "corpus" / "docs").glob("*.txt"))
LABELS = {"programme", "area", "measure", "role", "period", "evidence"}


def test_labelled_figures_keep_every_other_field() -> None:
    """`annotate` copies each figure with its labels set: every field that is no label
    must be the plain figure's."""
    text = DOCS[0].read_text(encoding="utf-8")
    plain = mzextract.extract(text, meaning=False).figures
    labelled = mzextract.extract(text).figures
    fields = {f.name for f in dataclasses.fields(Figure)}
    assert LABELS <= fields
    assert len(plain) == len(labelled) > 10
    for a, b in zip(plain, labelled, strict=True):
        for name in fields - LABELS:
            assert getattr(a, name) == getattr(b, name), name
        assert b.evidence[: len(a.evidence)] == a.evidence


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="０１２３４５６７８９OoIl0123456789年月x ", max_size=30))
def test_fold_digits_is_the_translation(s: str) -> None:
    table = str.maketrans("０１２３４５６７８９OoIl", "0123456789" + "0011")
    assert fold_digits(s, Rules.default()) == s.translate(table)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="Oo二一〇年 ", max_size=30))
def test_letter_o_beside_a_chinese_digit_is_a_scanned_zero(s: str) -> None:
    folded = fold_digits(s, Rules.default())
    assert len(folded) == len(s)
    for i, (a, b) in enumerate(zip(s, folded, strict=True)):
        if a not in "Oo":
            continue
        run_lo = len(s[:i].rstrip("Oo"))  # the run of letters O that holds this one
        run_hi = i + len(s[i:]) - len(s[i:].lstrip("Oo"))
        beside = run_lo > 0 and s[run_lo - 1] in "二一〇"
        beside = beside or s[run_hi : run_hi + 1] in ("二", "一", "〇")
        assert b == ("〇" if beside else "0")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789〇二一年月 ", max_size=30))
def test_ocr_zero_folds_only_beside_a_digit(s: str) -> None:
    folded = fold_digits(s, Rules.default())
    assert len(folded) == len(s)
    for i, (a, b) in enumerate(zip(s, folded, strict=True)):
        beside = s[i - 1 : i].isdigit() or s[i + 1 : i + 2].isdigit()
        assert b == ("0" if a == "〇" and beside else a)


@settings(max_examples=500, deadline=None)
@given(
    st.sampled_from([60, 300]),
    st.lists(st.tuples(st.integers(0, 300), st.integers(1, 6)), max_size=60),
    st.data(),
)
def test_within_is_every_mention_inside(
    size: int, spans: list[tuple[int, int]], data: st.DataObject
) -> None:
    """One slice where the ends come in order, a filter where they do not."""
    items = [Mention(a % size, a % size + n, "w", None) for a, n in sorted(spans)]
    items.sort(key=lambda m: m.start)
    found = Mentions(items)
    lo = data.draw(st.integers(-5, size + 10))
    hi = data.draw(st.integers(-5, size + 10))
    assert found.within(lo, hi) == [m for m in items if lo <= m.start and m.end <= hi]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["的", "为", "是", "的为", " ", "\u3000", "每人", "元", "x"]), max_size=12
    ),
    st.integers(0, 3),
)
def test_rstrip_by_index_is_rstrip_words(parts: list[str], lo: int) -> None:
    text = "".join(parts)
    words = ("的为", "的", "为", "是")
    lo = min(lo, len(text))
    assert _rstrip_end(text, lo, len(text), words) == lo + len(strip_words(text[lo:], words))


def _closing(text: str, i: int, hi: int | None = None) -> int:
    found = [j for j in (text.find("）", i, hi), text.find(")", i, hi)) if j >= 0]
    return min(found, default=-1)


def _aside_end(text: str, i: int) -> int:
    if text[i + 1 : i + 2] not in ("（", "("):
        return i
    line_end = text.find("\n", i)
    close = _closing(text, i, len(text) if line_end < 0 else line_end)
    return close if close >= 0 else i


def _aside_with_figure(text: str, i: int) -> bool:
    close = _closing(text, i)
    inner = text[i + 1 : close if close >= 0 else i + 40]
    return any(ch.isdigit() for ch in inner)


def _plain_breaks(
    text: str, sections: list[tuple[int, int]], inside: list[tuple[int, int]]
) -> tuple[list[int], list[int]]:
    """Clause and sentence ends as read before the short path: every break tested."""
    sentence: list[int] = []
    clause: list[int] = []
    starts = [a for a, _ in inside]
    word_in_brackets = False
    for i, ch in enumerate(text):
        if ch not in _SENTENCE + "，,；;：:（()）":
            continue
        j = bisect_right(starts, i) - 1
        if j >= 0 and i < inside[j][1]:
            continue
        if is_soft(text, i):
            continue
        if ch in "（(" and not _aside_with_figure(text, i):
            word_in_brackets = True
            continue
        if ch in ")）" and word_in_brackets:
            word_in_brackets = False
            continue
        word_in_brackets = False
        clause.append(i)
        if ch in _SENTENCE and not _runs_on(text, i):
            sentence.append(_aside_end(text, i) if ch == "。" else i)
    heads = [end for _, end in sections]
    return sorted({*clause, *heads}), sorted({*sentence, *heads})


def test_no_digit_stands_where_the_aside_reader_skips() -> None:
    """The characters an aside's read for a digit skips (`text_module.NO_DIGITS`) hold no
    digit: it finds the digit a test of every character finds."""
    skipped = re.compile(f"[{text_module.NO_DIGITS}]")
    assert not [c for c in map(chr, range(0x10000)) if c.isdigit() and skipped.match(c)]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "，",
                ",",
                "。",
                "；",
                "：",
                "\n",
                ".",
                "（",
                "）",
                "(",
                ")",
                "1",
                "23",
                "4,500",
                "元",
                "低保",
                "  ",
                "其中",
                "、",
                "和",
                "！",
                "?",
                "①",
                "²",
                "其中（",
                "。（",
            ]
        ),
        max_size=40,
    ),
    st.data(),
)
def test_breaks_short_path_changes_nothing(parts: list[str], data: st.DataObject) -> None:
    text = "".join(parts)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=6)))
    inside = [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b]
    b = Breaks(text, (), inside)
    assert (b.clause_ends, b.sentence_ends) == _plain_breaks(text, [], inside)


@pytest.mark.parametrize("path", DOCS[::3], ids=lambda p: p.name)
def test_sentences_alone_find_what_the_whole_text_finds(path: Path) -> None:
    """Words and period expressions found in some whole sentences are those the whole
    text has there."""
    rules = Rules.default()
    text = path.read_text(encoding="utf-8")
    report = mzextract.extract(text, meaning=False)
    breaks = Breaks(text, (), [(f.start, f.end) for f in report.figures])
    rng = random.Random(path.name)
    places = [(p, p + rng.randint(0, 40)) for p in rng.sample(range(len(text)), 20)]
    spans = breaks.spans(places)

    def inside(start: int, end: int) -> bool:
        return any(lo <= start and end <= hi for lo, hi in spans)

    t = _tables(rules)
    for table in (t.programmes, t.cues["count"], t.roles, t.changes):
        whole = [(m.start, m.end, m.word) for m in find(text, table).items]
        some = [(m.start, m.end, m.word) for m in find(text, table, spans).items]
        assert some == [m for m in whole if inside(m[0], m[1])]
    whole_e = find_expressions(text, rules)
    # A masked year (20XX年) masks every period, so a text that holds one is read whole.
    if not any(e.mode == "masked" for e in whole_e):
        whole_e = [e for e in whole_e if inside(e.start, e.end)]
    assert find_expressions(text, rules, spans=spans) == whole_e


def test_evidence_record_is_the_constructors() -> None:
    made = _evidence("area", "area_words:城市", 2, 4, "全市城市低保")
    record = Evidence("area", "area_words:城市", 2, 4, "城市")
    assert made == record
    assert hash(made) == hash(record)
    assert repr(made) == repr(record)
    assert pickle.loads(pickle.dumps(made)) == record
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.start = 0  # type: ignore[misc]


class _Every:
    def __contains__(self, pair: object) -> bool:
        return True


@pytest.mark.parametrize("path", DOCS[::2], ids=lambda p: p.name)
def test_wraps_skipped_by_their_characters_hold_no_word(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A wrap between two characters that no word has side by side is not read for words
    across it: reading every wrap finds the same."""
    text = path.read_text(encoding="utf-8")
    breaks = Breaks(text)
    t = _tables(Rules.default())
    tables: list[dict[str, Any]] = [t.programmes, t.areas, t.roles, t.changes, *t.cues.values()]
    skipped = [find(text, table, None, breaks.wraps).items for table in tables]
    pairs = text_module._pairs
    monkeypatch.setattr(text_module, "_pairs", lambda words: (pairs(words)[0], _Every()))
    assert skipped == [find(text, table, None, breaks.wraps).items for table in tables]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["每", "人", "月", "户", "项", "元", "，", "5", "\n", " "]), max_size=40
    ),
    st.data(),
)
def test_basis_read_near_the_end_is_the_whole_clauses(
    parts: list[str], data: st.DataObject
) -> None:
    text = "".join(parts)
    lo = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(lo, len(text)))
    t = _tables(Rules.default())
    reader = types.SimpleNamespace(text=text, t=t)
    assert Labeller._without_basis(reader, lo, end) == t.per_basis.sub("", text[lo:end])  # type: ignore[arg-type]


_DATE_PARTS = [
    *"0123456789",
    *'年月日号至到底末初前起-～—XＸ*×“”" \u3000',
    "年度",
    "月份",
    "上半年",
    "全年",
    "1-3季度",
    "一季度",
    "二〇二四",
    "十二",
    "一",
    "三",
    "十",
    "XXXX",
    "20××",
    "截至",
    "自",
    "以来",
    "去年同期",
    "十四五",
    "万元",
    "人",
    "，",
]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PARTS), max_size=12))
@example(["1", " ", "0", "月"])  # a scan's stray space inside a two-digit month
def test_period_look_ahead_skips_no_expression(parts: list[str]) -> None:
    """The look ahead that opens the period pattern only skips places where the pattern
    matches nothing: tried at every place but a space, the pattern without it finds the
    same."""
    _same_as_bare("".join(parts))


@pytest.mark.parametrize("path", [*DOCS, *CORPUS], ids=lambda p: p.name)
def test_period_look_ahead_on_every_text(path: Path) -> None:
    _same_as_bare(fold_digits(path.read_text(encoding="utf-8"), Rules.default()))


def _same_as_bare(text: str) -> None:
    g = grammar(Rules.default())
    bare = re.compile("(?![ \t\u3000])" + g.pattern.pattern[len(g.lead) :])
    assert [m.span() for m in g.pattern.finditer(text)] == [m.span() for m in bare.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(["总结", "计划", "工作", "\n", " ", "|", "\r", "年"]), max_size=30),
    st.integers(0, 5),
)
def test_lines_read_around_their_words_are_the_lines_that_hold_one(
    parts: list[str], lo: int
) -> None:
    text = "".join(parts)
    words = Rules.default().report_words
    pattern = words_pattern(words)
    lo = min(lo, len(text))
    whole = [ln for ln in _lines(text, lo, len(text)) if pattern.search(ln.text)]
    assert _lines_with(text, lo, len(text), words) == whole
