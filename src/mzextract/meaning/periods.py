"""Period expressions (截至6月底, 1-6月, 上半年, 2023年, 今年以来, 自7月1日起…) and their
normal form: a date for a value at a date, an interval for a value over an interval.

The numeral grammar of dates (years, months, days, ranges) is here; the period words
(上半年 → months 1-6) are the ``period_words`` table of the rules.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from functools import cache

import re

from mzextract.meaning.text import trie
from mzextract.model import Period
from mzextract.rules import PeriodWord, Rules

_MONTH_CN = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
             "十": 10, "十一": 11, "十二": 12}  # fmt: skip
_DIGIT_CN = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
             "八": 8, "九": 9}  # fmt: skip
_TEN_DAYS = {"上旬": (1, 10), "中旬": (11, 20), "下旬": (21, 31)}
_FIVE_YEAR = {"十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026}
_S = "[ \\t\\u3000]*"
_YEAR = f"(?P<y>(?:19|20)[0-9]{{2}}|二[〇零][一二三四五六七八九〇零]{{2}}){_S}年(?:度)?"
_MONTH = f"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]){_S}月(?:份)?"
_DAY = f"(?P<d>3[01]|[12][0-9]|0?[1-9]){_S}[日号]"
_UPTO = "(?P<upto>截至|截止到|截止至|截止|截至到)"
_FROM_BEFORE = "(?P<from1>自|从)"
_FROM_AFTER = "(?P<from2>起|开始|以来)"
_MASKED = "(?P<masked>20[xX×＊*]{2}|[xX×＊*]{4})年"
_RELATIVE = "(?P<rel>去年同期|上年同期|同期|去年|上年|上一年|明年|下一年|来年)"
_FIVE = '[“"]?(?P<five>十[一二三四五]五)[”"]?(?:期间|时期)?'


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
    """For ``rel``: years back (-1) or ahead (+1); ``same`` keeps the report's months."""
    same: bool = False
    recent: int = 0
    """For ``recent``: how many months up to the governing date (月发放 → 1)."""
    first_day: int = 1
    """For ``days``: the first day, in the month ``first`` (``day`` is the last, in ``last``)."""


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    if raw.isdigit():
        return int(raw)
    return int("".join(str(_DIGIT_CN[c]) for c in raw))


def _month(raw: str | None) -> int | None:
    if not raw:
        return None
    return int(raw) if raw.isdigit() else _MONTH_CN.get(raw)


@cache
def _pattern(rules: Rules) -> re.Pattern[str]:
    words = trie(p.word for p in rules.period_words)
    month = "1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
    part = "上旬|中旬|下旬"
    y1, y2 = _YEAR.replace("<y>", "<y1>"), _YEAR.replace("<y>", "<y2>")
    range_ = (
        f"(?:{y1}{_S})?(?P<m1>{month}){_S}(?:月份?(?P<p1>{part})?)?{_S}[-—－~～至到]{_S}"
        f"(?:{y2}{_S})?(?P<m2>{month}){_S}月份?(?P<p2>{part})?"
    )
    date = f"(?:{_YEAR}{_S})?{_MONTH}{_S}(?:{_DAY}|(?P<end>底|末|中旬|上旬|下旬|初))?"
    # Every expression starts with one of these characters: a cheap look ahead skips the
    # other places (the whole pattern is ten times slower tried at every character).
    starts = set('0123456789〇零一二三四五六七八九十截至自从xX×＊*“"去上同明下来')
    starts |= {p.word[0] for p in rules.period_words}
    first = "[" + re.escape("".join(sorted(starts))) + "]"
    return re.compile(
        f"(?={first})(?:(?P<range>{range_})"
        f"|{_UPTO}?{_FROM_BEFORE}?{_S}(?P<date>{date}){_S}{_FROM_AFTER}?"
        f"|(?:{_YEAR.replace('<y>', '<yw>')}{_S})?(?P<word>{words})"
        f"|{_YEAR.replace('<y>', '<ya>')}(?:{_S}(?P<since>以来))?"
        f"|{_MASKED}|{_RELATIVE}|{_FIVE})"
    )


# Digits as scans and converters leave them (２０２４年, 2O14年, l0月): read as digits, in a
# copy of the same length, so offsets stay those of the text.
FOLD_DIGITS = str.maketrans("０１２３４５６７８９OoIl", "0123456789" + "0011")


def find_expressions(text: str, rules: Rules) -> list[Expression]:
    """Every period expression in ``text``, in order."""
    words = {p.word: p for p in rules.period_words}
    out: list[Expression] = []
    for m in _pattern(rules).finditer(text.translate(FOLD_DIGITS)):
        e = _expression(m, words)
        if e is not None:
            out.append(e)
    return out


def _expression(m: re.Match[str], words: dict[str, PeriodWord]) -> Expression | None:
    s, e = m.span()
    if m["range"]:
        first, last = _month(m["m1"]), _month(m["m2"])
        if first is None or last is None or first > last:
            return None
        year = _year(m["y1"] or m["y2"])
        if m["p1"] or m["p2"]:
            # 6月下旬至7月上旬: from the first day of one part of a month to the last of another.
            day0 = _TEN_DAYS.get(m["p1"] or "", (1, 31))[0]
            day1 = _TEN_DAYS.get(m["p2"] or "", (1, 31))[1]
            return Expression(
                s, e, "period.ten_days", "days", year, first, last, day1, first_day=day0
            )
        return Expression(s, e, "period.months", "interval", year, first, last)
    if m["date"]:
        month = _month(m["m"])
        if month is None:
            return None
        year, day = _year(m["y"]), int(m["d"]) if m["d"] else None
        if m["from1"] or m["from2"]:
            return Expression(s, e, "period.from", "from", year, month, month, day)
        if m["upto"] or m["end"] in ("底", "末"):
            return Expression(s, e, "period.upto", "upto", year, month, month, day)
        if day is not None:
            return Expression(s, e, "period.day", "day", year, month, month, day)
        return Expression(s, e, "period.month", "interval", year, month, month)
    if m["word"]:
        w = words[m["word"]]
        mode = "recent" if w.recent else "at" if w.at else "since" if w.since else "interval"
        return Expression(s, e, w.id, mode, _year(m["yw"]), w.first, w.last, recent=w.recent)
    if m["ya"]:
        mode = "since" if m["since"] else "interval"
        return Expression(s, e, "period.year", mode, _year(m["ya"]))
    if m["masked"]:
        return Expression(s, e, "period.masked", "masked")
    if m["rel"]:
        rel = m["rel"]
        shift = 1 if rel in ("明年", "下一年", "来年") else -1
        same = "同期" in rel
        return Expression(s, e, "period.relative", "rel", shift=shift, same=same)
    if m["five"]:
        start = _FIVE_YEAR.get(m["five"])
        if start is None:
            return None
        return Expression(s, e, "period.five_year", "interval", start, years=5)
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
        end = report.end if report is not None and report.end.year == y else date(y, 12, 31)
        if e.mode == "from" and at:
            return Period(None, start)  # a standard from a date on takes that date
        if end < start:
            end = _month_end(y, e.first)
    else:
        return None
    return Period(None, end) if at else Period(start, end)


def _shift(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def five_year(word: str) -> int | None:
    return _FIVE_YEAR.get(word)
