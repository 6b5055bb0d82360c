"""Comparisons: figures that the text links by a change.

- 从A提高到B / 由A调整为B: A is the earlier value of B (lists pair up in order:
  从10144元、9222元提高至10488元、9534元);
- 比上年增加C / 较上年减少C: C is the change of the value before it in the sentence;
- 同比增长4.6% / 下降5.0%: a percentage change of the figure before it (percentages are
  no figures; they ride on the comparison).

Roles come first (``labels``); this module only links what they found.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from functools import cache

import regex

from mzextract.meaning.periods import fold_digits
from mzextract.meaning.text import Breaks, words_pattern
from mzextract.model import Comparison, Figure
from mzextract.rules import Rules


@cache
def _percent(rules: Rules) -> regex.Pattern[str]:
    verbs = words_pattern((*rules.rise_words, *rules.fall_words)).pattern
    fillers = words_pattern(rules.percent_fillers).pattern
    return regex.compile(
        f"(?P<verb>{verbs})(?:{fillers}){{0,3}}\\s*"
        r"(?P<p>[0-9]+(?:\.[0-9]+)?)\s*[%％]"
    )


def find_comparisons(
    text: str,
    figures: Sequence[Figure],
    breaks: Breaks,
    rules: Rules,
    *,
    folded: str | None = None,
) -> tuple[Comparison, ...]:
    """The comparisons among ``figures`` (labelled, in text order); ``folded`` is
    `fold_digits` of ``text``, where the caller has it."""
    found: dict[int, Comparison] = {}
    starts = [f.start for f in figures]
    for run, news in _raises(figures, breaks):
        for p, q in zip(run, news, strict=False):
            if figures[p].kind == figures[q].kind:
                found[q] = Comparison(
                    new=q,
                    old=p,
                    rule="meaning.comparison.raised",
                    start=figures[p].end,
                    end=figures[q].start,
                )
    # The last value (or target) of each kind and rate so far: a change's is found at
    # once, not by a walk back through the sentence.
    last: dict[tuple[str, bool], int] = {}
    for i, f in enumerate(figures):
        like = (f.kind.name, f.rate)
        if f.role == "change":
            j = last.get(like)
            if j is not None and figures[j].start < breaks.sentence(f.start)[0]:
                j = None  # the nearest like value lies in an earlier sentence
            if j is not None:
                before = found.get(j)
                found[j] = Comparison(
                    new=j,
                    old=None if before is None else before.old,
                    change=i,
                    rule="meaning.comparison.change",
                    start=figures[j].end,
                    end=f.start,
                )
        if f.role in ("value", "target"):
            last[like] = i
    falls = set(rules.fall_words)
    for m in _percent(rules).finditer(fold_digits(text, rules) if folded is None else folded):
        j = _before(m.start(), starts, figures, breaks)
        if j is None:
            continue
        try:
            value = Decimal(m["p"])
        except InvalidOperation:
            continue
        if m["verb"] in falls:
            value = -value
        base = found.get(j) or Comparison(new=j, rule="meaning.comparison.percent")
        found[j] = Comparison(
            new=base.new,
            old=base.old,
            change=base.change,
            percent=value,
            percent_span=(m.start(), m.end()),
            rule=base.rule,
            start=base.start if base.end else m.start("verb"),
            end=base.end or m.end("verb"),
        )
    return tuple(found[k] for k in sorted(found))


def _raises(figures: Sequence[Figure], breaks: Breaks) -> list[tuple[list[int], list[int]]]:
    """Runs of earlier values and the new values after them in the same sentence
    (从10144元、9222元提高至10488元、9534元 → [0, 1] and [2, 3])."""
    out: list[tuple[list[int], list[int]]] = []
    i, n = 0, len(figures)
    while i < n:
        if figures[i].role != "previous":
            i += 1
            continue
        _, hi = breaks.sentence(figures[i].start)
        run = [i]
        j = i + 1
        while j < n and figures[j].role == "previous" and figures[j].start < hi:
            run.append(j)
            j += 1
        # Figures are in text order: the new values are the next ones in the sentence.
        news: list[int] = []
        m = j
        while m < n and len(news) < len(run) and figures[m].start < hi:
            news.append(m)
            m += 1
        out.append((run, [m for m in news if figures[m].role != "previous"]))
        i = j
    return out


def _before(pos: int, starts: list[int], figures: Sequence[Figure], breaks: Breaks) -> int | None:
    """The figure a percentage at ``pos`` compares: the last one before it in its sentence
    that is no change itself."""
    lo, _ = breaks.sentence(pos)
    j = bisect_left(starts, pos) - 1
    while j >= 0 and figures[j].start >= lo:
        if figures[j].role in ("value", "target"):
            return j
        j -= 1
    return None
