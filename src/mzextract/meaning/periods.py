"""Period expressions (截至6月底, 1-6月, 上半年, 2023年, 今年以来, 自7月1日起…) and their
normal form: a date for a value at a date, an interval for a value over an interval.

The grammar of dates (years, months, days, ranges) is built here from the ``date_words``
table of the rules; the period words (上半年 → months 1-6) are its ``period_words``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from mzextract.clauses import LIST_MARKS
from mzextract.meaning.text import COMMAS, ends_no_sentence, trie
from mzextract.model import Period
from mzextract.rules import DateWord, PeriodWord, Rules

SINCE_SPAN = 10
"""The most years back a report's work can start (2016年以来, in a report of 2020): 1954年以来
最严重的 is a record, no period."""

_S = "[ \\t\\u3000]*"
_YEARS_SPAN = 10
"""The most years a span of whole years (2006—2010年) may run; more is no period."""
_SINCE_GAP = 8
_UNTIL_GAP = 4
"""Characters that may stand between a year and 以来 (2005年成立以来)."""
# The dashes and tildes of a month range (1-6月, 1～6月); range words (至, 到) are data.
DASHES = "-—－~～"
"""The dashes of a range of dates."""
# Redacted years (20XX年, ****年): their marks, as scans and templates leave them.
_MASKS = "xX×＊*"
QUOTES = '“”"'


@dataclass(frozen=True)
class _Grammar:
    """The date words of a rule set in the shape the pattern and its reader use."""

    pattern: re.Pattern[str]
    lead: str
    """The look ahead that opens ``pattern``: it only skips places where no expression
    starts (the pattern without it, tried at every place but a space, finds the same)."""
    masked: re.Pattern[str]
    """A redacted year (20XX年): where the text has none, it has no masked expression."""
    in_sentences: bool
    """No expression can hold a character that ends a sentence (see `ends_no_sentence`)."""
    digits: dict[str, int]
    letter_zero: re.Pattern[str]
    """Letters O beside a Chinese digit (二O一五年): a scanned 〇 (`fold_digits`)."""
    months: dict[str, int]
    days: dict[str, int]
    parts: dict[str, tuple[int, int]]
    ends: frozenset[str]
    relative: dict[str, DateWord]
    five_year: dict[str, int]
    plan_years: dict[str, int]
    seasons: dict[str, tuple[int, int]]
    """The first and last month of each season word (冬春 → December, April)."""
    words: dict[str, PeriodWord]
    every: tuple[str, ...]
    """Words that make a `recent` period word a frequency (每月发放 is monthly, not June)."""
    durations: tuple[str, ...]
    """Words that make a one-month period word a span of months (连续3个月发放)."""
    until: re.Pattern[str]
    """What may stand between a start (自5月18日) and the day it runs to (至7月31日): a
    verb of a few characters, a comma and a range word (启动，至)."""
    lists: frozenset[str]
    """What joins the months of a list (4月、5月)."""


@dataclass(frozen=True)
class Expression:
    """A period expression at ``start:end``, before its year is known."""

    start: int
    end: int
    rule: str
    mode: str
    """interval (1-6月, 上半年), upto (截至6月底), day (5月31日), from (自7月起),
    since (今年以来), rel (去年同期), at (年底), month (当月)."""
    year: int | None = None
    first: int = 1
    last: int = 12
    day: int | None = None
    years: int = 1
    """How many years an interval spans (十四五 → 5)."""
    shift: int = 0
    """For ``rel`` (and ``at`` of a counted year, 上年底): years back (-1) or ahead (+1) of
    the report's; ``same`` keeps the report's months."""
    same: bool = False
    recent: int = 0
    """For ``recent``: how many months up to the governing date (月发放 → 1)."""
    first_day: int = 1
    """For ``days``: the first day, in the month ``first`` (``day`` is the last, in ``last``)."""
    this_year: bool = False
    """The year is the report's, whatever the section plans (今年12月至明年5月)."""


@cache
def grammar(rules: Rules) -> _Grammar:
    """The compiled date grammar of ``rules`` (its ``date_words`` and ``period_words``)."""

    def role(r: str) -> tuple[str, ...]:
        return tuple(d.word for d in rules.dates(r))

    digits = {d.word: d.value for d in rules.dates("digit")}
    months = {d.word: d.value for d in rules.dates("month")}
    parts = {d.word: (d.value, d.last) for d in rules.dates("part")}
    digit = "[" + re.escape("".join(digits)) + "]" if digits else "(?!)"

    def year(name: str, unit: str = "") -> str:
        return (
            f"(?P<{name}>(?:19|20)[0-9]{{2}}|{digit}{{4}}){_S}(?:{trie(role('year_unit'))}){unit}"
        )

    # 1 2月: a scan's stray space inside a two-digit month, not after another digit
    # (浏览次数：231 2月14日 is February).
    month = f"1[0-2]|(?<![0-9])1[ \u3000][0-2]|0?[1-9]|{trie(months)}"
    month_unit = trie(role("month_unit"))
    part = trie(parts)
    day_unit = trie(role("day_unit"))

    days_named = {d.word: d.value for d in rules.dates("day")}
    day_name = f"|{trie(days_named)}" if days_named else ""

    def day_of(name: str) -> str:
        return f"(?P<{name}>3[01]|[12][0-9]|0?[1-9]{day_name}){_S}(?:{day_unit})"

    # 6月下旬至7月上旬, 12月8日至12月31日: a part of a month or a day at either end.
    # 今年12月至次年5月, 2021年12月至次年3月: a range past the year's end.
    this_year = trie(role("this_year")) if role("this_year") else "(?!)"
    next_year = trie(role("next_year")) if role("next_year") else "(?!)"
    range_ = (
        f"(?:(?:{year('y1')}|(?P<t1>{this_year})){_S})?(?P<m1>{month}){_S}"
        f"(?:(?:{month_unit})(?:(?P<p1>{part})|{_S}{day_of('d1')})?)?{_S}"
        f"(?:[{re.escape(DASHES)}]|{trie(role('range'))}){_S}"
        f"(?:(?:{year('y2')}|(?P<n2>{next_year})){_S})?(?P<m2>{month}){_S}(?:{month_unit})"
        f"(?:(?P<p2>{part})|{_S}{day_of('d2')})?"
    )
    # 6月18日至22日: days of one month, the month written once.
    days = (
        f"(?:{year('y3')}{_S})?(?P<m3>{month}){_S}(?:{month_unit}){_S}{day_of('d3')}{_S}"
        f"(?:[{re.escape(DASHES)}]|{trie(role('range'))}){_S}{day_of('d4')}"
    )
    day = day_of("d")
    at_month = trie((*role("end"), *role("start"), *parts))
    date = (
        f"(?:{year('y')}{_S})?(?P<m>{month}){_S}(?:{month_unit}){_S}(?:{day}|(?P<end>{at_month}))?"
    )
    periods = {p.word: p for p in rules.period_words}
    quote = f"[{QUOTES}]?"
    # Where no expression can start, a cheap look ahead skips the place (the whole pattern
    # is ten times slower tried at every character): first the characters an alternative
    # can open with, then what must follow them. A figure-dense text has numbers
    # everywhere: an ASCII one opens an expression only as at most four digits before a
    # unit, a dash, a range word or a mask (6月, 1-6月, 20XX年; a scan's stray space may
    # stand between the digits, 1 0月), or as a year before a
    # period word (2020全年); a Chinese one only as a year (二〇二四) or a month before its
    # unit or a range (十二月, 一至三月). Words open the others (截至, 上半年, 去年同期,
    # 十四五); masks and quotes stand alone.
    units = (*role("year_unit"), *role("month_unit"), *role("range"))
    after = "".join(sorted({w[0] for w in units} | set(DASHES + _MASKS)))
    to = "".join(sorted({w[0] for w in (*role("month_unit"), *role("range"))} | set(DASHES)))
    words = (
        *role("upto"),
        *role("from"),
        *role("relative"),
        *role("this_year"),
        *role("five_year"),
        *role("first_months"),
        *periods,
    )
    first = set("0123456789" + _MASKS + QUOTES + "".join(digits))
    first |= {w[0] for w in (*months, *words)}
    lead = (
        f"(?=[{re.escape(''.join(sorted(first)))}])"
        f"(?=[0-9](?:[ \u3000]?[0-9]){{0,3}}{_S}[{re.escape(after)}]"
        f"|[0-9]{{4}}{_S}(?:{trie(periods)})"
        f"|{digit}{{4}}|(?:{trie(months)}){_S}[{re.escape(to)}]|{trie(words)}"
        f"|[{re.escape(_MASKS + QUOTES)}])"
    )
    masked = f"(?:20[{re.escape(_MASKS)}]{{2}}|[{re.escape(_MASKS)}]{{4}})"
    plan_year = trie(role("plan_year")) if role("plan_year") else "(?!)"
    plan_end = trie(role("plan_end")) if role("plan_end") else "(?!)"
    # 2006—2010年, 2016年至2020年: a span of whole years (a plan's, a review's).
    # 2014—2015年度冬春: the season of a span of two years, from its winter to its spring.
    season = trie(role("season")) if role("season") else "(?!)"
    # 2021年至2023年6月: whole years up to a month of the last; 2016年以来至2018年6月底: the
    # same, from a year since which.
    years = (
        f"(?P<years>{year('yr1', '?')}{_S}(?:{trie(role('since'))})?{_S}"
        f"(?:[{re.escape(DASHES)}]|{trie(role('range'))}){_S}"
        f"{year('yr2')})(?:{_S}(?P<season>{season})"
        f"|{_S}(?P<ym>{month}){_S}(?:{month_unit})(?:{trie(role('end'))})?)?"
    )
    first_months = trie(role("first_months")) if role("first_months") else "(?!)"
    month_count = trie(role("month_count")) if role("month_count") else "(?!)"
    # 本年度冬春: the season that starts in the report's year.
    this_season = f"(?P<this_season>(?:{this_year}){_S}(?:{season}))"
    pattern = re.compile(
        f"{lead}(?:{years}|(?P<range>{range_})|(?P<days>{days})|{this_season}"
        f"|(?P<upto>{trie(role('upto'))})?(?P<from1>{trie(role('from'))})?{_S}"
        f"(?P<date>{date}){_S}(?:(?P<from2>{trie((*role('from_after'), *role('since')))})"
        f"|(?P<before>{trie(role('upto_after'))}))?"
        # 前10个月, 2019年前五个月: the year's first months (before 2019年's own reading).
        f"|(?:{year('yf')}{_S})?(?P<first_months>{first_months}){_S}(?P<mf>{month}){_S}"
        f"(?:{month_count})"
        # 2020年底: the year's unit is the first character of the word (年底).
        f"|(?:{year('yw', '?')}{_S})?(?P<word>{trie(periods)})"
        # 2005年成立以来: a few words of what began that year may stand before 以来.
        # 2015年起: from a year's first day on (a standard from then takes that date).
        f"|{year('ya')}(?:{_S}(?P<gap>[\\u4e00-\\u9fff]{{1,{_SINCE_GAP}}}?)?(?P<since>{trie(role('since'))})"
        f"|{_S}(?P<ya_from>{trie(role('from_after'))}))?"
        f"|(?P<masked>{masked})"
        f"(?:{trie(role('year_unit'))})"
        # 截至上年底, 去年年末: the end of a year counted from the report's.
        f"|(?P<rel>{trie(role('relative'))})"
        f"(?P<rel_end>(?:{trie(role('year_unit'))})?(?:{trie(role('end'))}))?"
        f"|{quote}(?P<five>{trie(role('five_year'))}){quote}"
        f"(?:{_S}(?P<five_since>{trie(role('since'))})"
        f"|(?P<plan_year>{plan_year})|(?P<plan_end>{plan_end}))?)"
    )
    return _Grammar(
        pattern=pattern,
        lead=lead,
        masked=re.compile(f"{masked}(?:{trie(role('year_unit'))})"),
        # The rest of the grammar (digits, spaces, dashes, quotes, masks) ends no sentence.
        in_sentences=ends_no_sentence(
            (*(d.word for d in rules.date_words), *(p.word for p in rules.period_words))
        ),
        digits=digits,
        letter_zero=re.compile(f"(?<={digit})[OoΟ]+|[OoΟ]+(?={digit})"),
        months=months,
        days=days_named,
        parts=parts,
        ends=frozenset(role("end")),
        relative={d.word: d for d in rules.dates("relative")},
        five_year={d.word: d.value for d in rules.dates("five_year")},
        plan_years={d.word: d.value for d in rules.dates("plan_year")},
        seasons={d.word: (d.value, d.last) for d in rules.dates("season")},
        words=periods,
        every=tuple(role("every")),
        durations=tuple(role("duration")),
        until=re.compile(
            f"[\\u4e00-\\u9fff]{{0,{_UNTIL_GAP}}}[{re.escape(COMMAS)}]?{_S}"
            f"(?:{trie(role('range'))}){_S}"
        ),
        # 4月、5月; 7月和8月: the words that join any list (`list_words`) join months too.
        lists=frozenset((*rules.list_words, *LIST_MARKS)),
    )


def _year(g: _Grammar, raw: str | None) -> int | None:
    if not raw:
        return None
    if raw.isascii():
        return int(raw)
    return int("".join(str(g.digits[c]) for c in raw))


def _month(g: _Grammar, raw: str | None) -> int | None:
    if not raw:
        return None
    raw = raw.replace(" ", "").replace("\u3000", "")
    return int(raw) if raw.isascii() else g.months.get(raw)


def _day(g: _Grammar, raw: str) -> int:
    return int(raw) if raw.isascii() else g.days[raw]


# Digits as scans and converters leave them (２０２４年, 2O14年, l0月): read as digits, in a
# copy of the same length, so offsets stay those of the text.
_FOLDS = tuple(zip("０１２３４５６７８９OoIl", "0123456789" + "0011", strict=True))
# 〇 is a digit of Chinese numerals (二〇一〇年); beside a digit it is a scanned 0 (2〇10年).
_OCR_ZERO = "\u3007"
_ZERO_AMONG_DIGITS = re.compile(f"(?<=[0-9]){_OCR_ZERO}|{_OCR_ZERO}(?=[0-9])")


def fold_digits(text: str, rules: Rules) -> str:
    """``text`` with its look-alike digits as digits. One `str.replace` per character (no
    digit is replaced again): ten times faster than `str.translate` on Chinese text. A
    letter O beside a Chinese digit of ``rules`` is a scanned 〇 (二O一五年), not a 0."""
    if "O" in text or "o" in text or "Ο" in text:
        text = grammar(rules).letter_zero.sub(lambda m: _OCR_ZERO * len(m[0]), text)
    for a, b in _FOLDS:
        if a in text:
            text = text.replace(a, b)
    if _OCR_ZERO in text:
        text = _ZERO_AMONG_DIGITS.sub("0", text)
    return text


def find_expressions(
    text: str,
    rules: Rules,
    *,
    folded: str | None = None,
    spans: Sequence[tuple[int, int]] | None = None,
) -> list[Expression]:
    """Every period expression in ``text``, in order (``folded``: `fold_digits` of it, where
    the caller has it). With ``spans`` (whole sentences, from `Breaks.spans`), only those
    inside them, and a masked one wherever it stands (it masks every period)."""
    g = grammar(rules)
    folded = fold_digits(text, rules) if folded is None else folded
    if spans is None or not g.in_sentences or g.masked.search(folded):
        spans = [(0, len(folded))]
    out: list[Expression] = []
    for lo, hi in spans:
        for m in g.pattern.finditer(folded, lo, hi):
            e = _expression(m, g)
            if e is None:
                continue
            if out and _runs_until(out[-1], e, folded, g):
                joined = _from_until(out[-1], e)
                if joined is not None:
                    out[-1] = joined
                    continue
            if out and _next_in_list(out[-1], e, folded, g):
                out[-1] = replace(out[-1], end=e.end, rule="period.month_list", last=e.last)
                continue
            out.append(e)
    return out


def _next_in_list(before: Expression, e: Expression, folded: str, g: _Grammar) -> bool:
    """Whether ``e`` is the month right after the months ``before`` ends with, joined as a
    list (4月、5月我县先后遭受强降雨: April and May, one span). Months apart (5月和10月) name
    no one span."""
    return (
        e.rule == "period.month"
        and before.rule in ("period.month", "period.month_list")
        and before.mode == e.mode == "interval"
        and before.years == 1
        and e.year is None
        and e.first == before.last + 1
        and folded[before.end : e.start].strip() in g.lists
    )


def _runs_until(start: Expression, until: Expression, folded: str, g: _Grammar) -> bool:
    """Whether ``until`` ends the span ``start`` opens: after a start (自5月18日启动，至), or
    after a day and a verb with no comma (4月1日入汛至8月31日)."""
    if g.until.fullmatch(folded, start.end, until.start) is None:
        return False
    return start.mode == "from" or (
        start.mode == "day" and not any(c in folded[start.end : until.start] for c in COMMAS)
    )


def _from_until(start: Expression, until: Expression) -> Expression | None:
    """One span from ``start`` (自5月18日启动) to the day or month ``until`` names (，至7月31日
    结束; 自3月起至6月): a start and its end, not a start and another date."""
    if start.year is not None and until.year not in (None, start.year):
        return None
    year = start.year if start.year is not None else until.year
    first_day = 1 if start.day is None else start.day
    if until.mode in ("day", "upto") and until.day is not None:
        if (start.first, first_day) > (until.last, until.day):
            return None
        return Expression(
            start.start,
            until.end,
            "period.until",
            "days",
            year,
            start.first,
            until.last,
            until.day,
            first_day=first_day,
        )
    if until.rule == "period.month" and first_day == 1 and start.first <= until.last:
        return Expression(
            start.start, until.end, "period.until", "interval", year, start.first, until.last
        )
    return None


def _expression(m: re.Match[str], g: _Grammar) -> Expression | None:
    s, e = m.span()
    if m["years"]:
        y1, y2 = _year(g, m["yr1"]), _year(g, m["yr2"])
        if y1 is None or y2 is None or not y1 < y2 <= y1 + _YEARS_SPAN:
            return None
        if m["ym"]:
            last = _month(g, m["ym"])
            if last is None:
                return None
            return Expression(s, e, "period.months", "interval", y1, 1, last, years=y2 - y1 + 1)
        if m["season"] and y2 == y1 + 1:  # 2014—2015年度冬春
            winter, spring = g.seasons[m["season"]]
            return Expression(s, e, "period.season", "interval", y1, winter, spring, years=2)
        return Expression(s, e, "period.years", "interval", y1, years=y2 - y1 + 1)
    if m["this_season"]:
        word = m["this_season"]
        winter, spring = next(v for w, v in g.seasons.items() if word.endswith(w))
        return Expression(
            s, e, "period.season", "interval", None, winter, spring, years=2, this_year=True
        )
    if m["days"]:
        month, d3, d4 = _month(g, m["m3"]), _day(g, m["d3"]), _day(g, m["d4"])
        if month is None or d3 > d4:
            return None
        return Expression(
            s, e, "period.days", "days", _year(g, m["y3"]), month, month, d4, first_day=d3
        )
    if m["first_months"]:
        last = _month(g, m["mf"])
        if last is None:
            return None
        return Expression(s, e, "period.first_months", "interval", _year(g, m["yf"]), 1, last)
    if m["range"]:
        first, last = _month(g, m["m1"]), _month(g, m["m2"])
        y1, y2 = _year(g, m["y1"]), _year(g, m["y2"])
        if first is not None and last is not None and y1 is not None and y2 is not None:
            if y1 < y2 and not (m["p1"] or m["p2"] or m["d1"] or m["d2"]):
                # 2021年1月至2023年6月: months of different years.
                return Expression(
                    s, e, "period.months", "interval", y1, first, last, years=y2 - y1 + 1
                )
        if m["n2"] and first is not None and last is not None:
            if m["p1"] or m["p2"] or m["d1"] or m["d2"]:
                return None
            return Expression(
                s, e, "period.months", "interval", y1, first, last, years=2, this_year=bool(m["t1"])
            )
        if first is None or last is None or first > last:
            return None
        year = _year(g, m["y1"] or m["y2"])
        if m["p1"] or m["p2"] or m["d1"] or m["d2"]:
            # 6月下旬至7月上旬, 12月8日至12月31日: from the first day of one part of a month
            # (or one day) to the last of another.
            day0 = _day(g, m["d1"]) if m["d1"] else g.parts.get(m["p1"] or "", (1, 31))[0]
            day1 = _day(g, m["d2"]) if m["d2"] else g.parts.get(m["p2"] or "", (1, 31))[1]
            if first == last and day0 > day1:
                return None
            rule = "period.days" if m["d1"] or m["d2"] else "period.ten_days"
            return Expression(s, e, rule, "days", year, first, last, day1, first_day=day0)
        return Expression(s, e, "period.months", "interval", year, first, last)
    if m["date"]:
        month = _month(g, m["m"])
        if month is None:
            return None
        year, day = _year(g, m["y"]), _day(g, m["d"]) if m["d"] else None
        if m["from1"] or m["from2"]:
            if day is None and m["end"] in g.parts:
                day = g.parts[m["end"]][0]  # 5月下旬以来: from the part's first day
            return Expression(s, e, "period.from", "from", year, month, month, day)
        if m["upto"] or m["before"] or m["end"] in g.ends:
            return Expression(s, e, "period.upto", "upto", year, month, month, day)
        if day is not None:
            return Expression(s, e, "period.day", "day", year, month, month, day)
        if m["end"] in g.parts:
            # 7月下旬: the days of that part of the month.
            day0, day1 = g.parts[m["end"]]
            return Expression(
                s, e, "period.ten_days", "days", year, month, month, day1, first_day=day0
            )
        return Expression(s, e, "period.month", "interval", year, month, month)
    if m["word"]:
        w = g.words[m["word"]]
        if w.recent and g.every and m.string.endswith(g.every, 0, s):
            return None  # 每月发放, 按月发放: paid every month, over the whole period
        if w.recent == 1 and g.durations and m.string.endswith(g.durations, 0, s):
            return None  # 连续3个月发放: paid for three months, not in one
        if w.start:
            # 今年起: from the first day of the period's first month, as 自1月1日起.
            return Expression(s, e, w.id, "from", _year(g, m["yw"]), w.first, w.first, 1)
        mode = "recent" if w.recent else "at" if w.at else "since" if w.since else "interval"
        return Expression(s, e, w.id, mode, _year(g, m["yw"]), w.first, w.last, recent=w.recent)
    if m["ya"]:
        if m["ya_from"]:
            return Expression(s, e, "period.from", "from", _year(g, m["ya"]), 1, 1)
        if m["since"] and m["gap"]:
            # 2002年成立以来: since something began, however long ago (not a record).
            return Expression(s, e, "period.origin", "since", _year(g, m["ya"]))
        mode = "since" if m["since"] else "interval"
        return Expression(s, e, "period.year", mode, _year(g, m["ya"]))
    if m["masked"]:
        return Expression(s, e, "period.masked", "masked")
    if m["rel"]:
        r = g.relative[m["rel"]]
        if m["rel_end"] and not r.same:
            return Expression(s, e, r.id, "at", shift=r.value)
        return Expression(s, e, r.id, "rel", shift=r.value, same=r.same)
    if m["five"]:
        # “十三五”以来: from the plan's first year on, as 2016年以来.
        if m["five_since"]:
            return Expression(s, e, "period.five_year", "since", g.five_year[m["five"]])
        if m["plan_year"]:
            # “十三五”开局之年: one year of the plan, not its five.
            year = g.five_year[m["five"]] + g.plan_years[m["plan_year"]]
            return Expression(s, e, "period.plan_year", "interval", year)
        if m["plan_end"]:
            # 由“十一五”末的1680张: at the end of the plan's last year, as 2010年底.
            year = g.five_year[m["five"]] + 4
            return Expression(s, e, "period.plan_end", "at", year, first=12, last=12)
        return Expression(s, e, "period.five_year", "interval", g.five_year[m["five"]], years=5)
    return None


def recent(e: Expression, end: date, *, at: bool) -> Period:
    """The last ``e.recent`` months up to ``end`` (截至6月底…月发放 → June)."""
    month = end.month - e.recent + 1
    year = end.year
    if month < 1:
        month += 12
        year -= 1
    last = _month_end(end.year, end.month)
    return Period(None, last) if at else Period(date(year, month, 1), last)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _safe(year: int, month: int, day: int | None) -> date:
    if day is None:
        return _month_end(year, month)
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def resolve(e: Expression, year: int | None, report: Period | None, *, at: bool) -> Period | None:
    """The period ``e`` names for a figure, with ``year`` where ``e`` writes none, and the
    report's period for expressions that run to its end (今年以来, 自7月起). ``at`` asks
    for a date (a value at a date: covered, capacity, standard) rather than an interval."""
    y = e.year if e.year is not None else year
    if e.shift and e.mode == "at":
        # 截至上年底: the end of the year before the report's.
        y = None if report is None else report.end.year + e.shift
    if e.mode == "masked":
        return None
    if e.mode == "rel":
        if report is None:
            return None
        if e.same:
            start = report.start or date(report.end.year, 1, 1)
            shifted = Period(_shift(start, e.shift), _shift(report.end, e.shift))
            return Period(None, shifted.end) if at else shifted
        ry = report.end.year + e.shift
        return Period(None, date(ry, 12, 31)) if at else Period(date(ry, 1, 1), date(ry, 12, 31))
    if y is None or not 1900 <= y <= 2100:
        return None
    if e.mode == "interval":
        start = date(y, e.first, 1)
        end = _month_end(y + e.years - 1, e.last)
    elif e.mode == "upto":
        start, end = date(y, 1, 1), _safe(y, e.last, e.day)
    elif e.mode == "day":
        start = end = _safe(y, e.first, e.day)
    elif e.mode == "days":
        start, end = _safe(y, e.first, e.first_day), _safe(y, e.last, e.day)
    elif e.mode == "at":
        return (
            Period(None, _month_end(y, e.last))
            if at
            else Period(date(y, 1, 1), _month_end(y, e.last))
        )
    elif e.mode in ("since", "from"):
        start = date(y, 1, 1) if e.mode == "since" else date(y, e.first, e.day or 1)
        # 2022年以来 in a report on 2024 runs to the report's end; 自7月起 only in its year.
        reaches = report is not None and (
            report.end.year == y or (e.mode == "since" and report.end.year > y)
        )
        end = report.end if report is not None and reaches else date(y, 12, 31)
        if e.mode == "from" and at:
            return Period(None, start)  # a standard from a date on takes that date
        if end < start:
            end = _month_end(y, e.first)
    else:
        return None
    return Period(None, end) if at else Period(start, end)


def _shift(d: date, years: int) -> date:
    """The same day so many years away; a month's last day stays its month's last
    (a year before 2021-02-28 is 2020-02-29)."""
    if d == _month_end(d.year, d.month):
        return _month_end(d.year + years, d.month)
    return d.replace(year=d.year + years)
