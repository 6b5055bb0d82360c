"""Where and when a report is from: its place, year, period, title line and date of issue.

The title is the first short line before the outline that names a report (工作总结,
工作计划, 年度报告 …); the place is the name before an organ word (襄垣县民政局 →
襄垣县) in the title, an issuer or sign-off line or the opening sentence; the year is the
title's, else the date of issue's, else the first year in the text; the period is what the
title (or, without one, the opening) says: 上半年 → January to June, a year's summary →
the whole year, a plan → the year it plans.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from itertools import pairwise

import regex

from mzextract import places
from mzextract.clauses import LINE_CLAUSE_BREAKS, longest_first, occurrences
from mzextract.meaning.periods import (
    DASHES,
    QUOTES,
    SINCE_SPAN,
    Expression,
    find_expressions,
    fold_digits,
    resolve,
)
from mzextract.meaning.plans import is_plan
from mzextract.meaning.text import COMMAS, trie, words_pattern
from mzextract.model import Evidence, Meta, Period, Place, Section, Subject
from mzextract.rules import Rules

_TITLE_MAX = 80
_NOTICE_LINES = 4
"""How many lines at the top of a document may title it as a notice (an issuer line, a
文号 and a breadcrumb may stand above the notice's own line)."""
_NAME_AFTER_STOP = 3
"""The shortest name a stop character may open at the start of a title (向塘镇)."""
_SUMMED_REACH = 8
"""How far after a year a summary word still names what the year sums up (2018年工作回顾)."""
_PLAN_REACH = 8
"""How far after a year a plan word makes it a plan's year (…及2023年工作打算)."""
_HEADING_ENDS = " \t\u3000。：:"
"""What may end a heading's line after its title."""
_ADDRESS_ENDS = ("：", ":")
"""What ends the line of the organ a report is addressed to (城关区民政局：)."""
_OPENING = 400
"""Characters of the opening read for a year or period when no title line gives one."""
_DATED_LINE = 60
"""The longest line that may be a date line (a posting or issue date with its source)."""
_LETTERHEAD = 30
"""The longest line read as a letterhead of organs (成都市武侯区人民政府玉林街道办事处)."""


@dataclass(frozen=True)
class _Patterns:
    """The meta's patterns, built from the date words and marks of a rule set."""

    year: regex.Pattern[str]
    """A year that a year unit follows (2024年, 二〇二四年)."""
    issued: regex.Pattern[str]
    """A date of issue (2024年12月5日, 2024-12-05, 2024.12.5, 二〇一六年六月三日): read by
    `_issue_date`."""
    months: dict[str, int]
    """The month words (十二 → 12), for a date of issue in Chinese numerals."""
    ten: str
    """The month word of 10 (十), which also writes a day's tens (二十三)."""
    redacted: regex.Pattern[str]
    digits: dict[str, str]
    date_units: tuple[str, ...]
    """The units that end a date's numbers (年, 月, 日): a place starts after them."""
    day_units: tuple[str, ...]
    """The words that close a day (日, 号)."""
    counters: tuple[str, ...]
    """Measure words that end a count's numbers (6个): a place starts after them too."""
    stops: regex.Pattern[str]
    """What cannot stand in a place name: the stop characters, and a day of a date
    (2025年2月10日区民政局); group ``keep``, the names that hold a stop character (万年县)."""
    leads: tuple[str, ...]
    years: regex.Pattern[str]
    """A span of years (2021—2023年), as under a mid-term review's title."""
    since: tuple[str, ...]
    """The words of a start (以来): 1月24日以来 starts the work a report covers."""
    year_since: tuple[str, ...]
    """A year unit and a start word (年以来): 2021年以来 names a span's first year."""
    year_or_plan: regex.Pattern[str]
    """A year, or a five-year plan in or out of quotes (“十四五”): what a title's leading
    place stands before (甘肃省“十四五”民政事业发展情况综述)."""
    counted: regex.Pattern[str]
    """A number right after an organ word (走访乡镇敬老院12所, 镇民政办12个): such organs
    counted in the text, none of them the writer."""


YEAR_END_ISSUE_MONTH = 11
"""A year's report issued from this month on may plan the next year; one issued earlier
(a reply of June) plans the rest of its own."""
_PROSE = "。，"
"""Marks of a sentence, which no title line holds."""
_SPACES = re.compile("[ \u3000]+")
"""Spaces a scan or a layout puts between a title's characters (工作总 结)."""


@cache
def _patterns(rules: Rules) -> _Patterns:
    def role(r: str) -> str:
        return trie(d.word for d in rules.dates(r))

    digits = {d.word: str(d.value) for d in rules.dates("digit")}
    cn = "[" + regex.escape("".join(digits)) + "]" if digits else "(?!)"
    ten = next((d.word for d in rules.dates("month") if d.value == 10), "")
    ten_pattern = regex.escape(ten) if ten else "(?!)"
    units = tuple(d.word for d in rules.date_words if d.role.endswith("_unit"))
    words = words_pattern((*rules.place_stop_chars, *rules.place_leads)).pattern
    names = words_pattern(rules.place_stop_names).pattern if rules.place_stop_names else "(?!)"
    # 二O O七年: an OCR copy may space the digits of a year written in characters.
    year = f"(?<![0-9])(?:(?:19|20)[0-9]{{2}}|{cn}(?: ?{cn}){{3}})(?=\\s*(?:{role('year_unit')}))"
    return _Patterns(
        year=regex.compile(year),
        issued=regex.compile(
            f"(?P<y>(?:19|20)[0-9]{{2}})\\s*(?:[-/.]|{role('year_unit')})\\s*"
            f"(?P<m>1[0-2]|0?[1-9])\\s*(?:[-/.]|{role('month_unit')})\\s*"
            f"(?P<d>3[01]|[12][0-9]|0?[1-9])(?![0-9])(?:{role('day_unit')})?"
            # 二〇一六年六月三日: the sign-off of many official documents.
            f"|(?P<cy>{cn}{{4}})\\s*(?:{role('year_unit')})\\s*(?P<cm>{role('month')})\\s*"
            f"(?:{role('month_unit')})\\s*(?P<cd>(?:{cn}|{ten_pattern}){{1,3}})\\s*(?:{role('day_unit')})"
        ),
        months={d.word: d.value for d in rules.dates("month")},
        ten=ten,
        redacted=words_pattern(rules.redaction_marks),
        digits=digits,
        date_units=units,
        day_units=tuple(d.word for d in rules.dates("day_unit")),
        counters=tuple(rules.place_counters),
        stops=regex.compile(f"(?P<keep>{names})|{words}|[0-9０-９]+(?:{role('day_unit')})"),
        leads=tuple(rules.place_leads),
        years=regex.compile(
            f"(?P<a>(?:19|20)[0-9]{{2}})\\s*(?:{role('year_unit')})?\\s*"
            f"(?:[{regex.escape(DASHES)}–]|{role('range')})\\s*"
            f"(?P<b>(?:19|20)[0-9]{{2}})\\s*(?:{role('year_unit')})"
        ),
        since=tuple(d.word for d in rules.dates("since")),
        year_since=tuple(
            u.word + w.word for u in rules.dates("year_unit") for w in rules.dates("since")
        ),
        year_or_plan=regex.compile(f"{year}|[{regex.escape(QUOTES)}]?(?:{role('five_year')})"),
        # Not a year (区民政局2024年工作总结, 20XX年): at most three digits, no year unit or
        # masked digit after them.
        counted=regex.compile(
            f"\\s*(?:[0-9０-９]{{1,3}}(?![0-9０-９A-Za-zＸｘ*＊])|(?:{cn}|{ten_pattern}){{1,3}}(?!{cn}|{ten_pattern}))"
            f"(?!\\s*(?:{role('year_unit')}))"
        ),
    )


def _year_of(m: regex.Match[str], p: _Patterns) -> int:
    return int("".join(p.digits.get(c, c) for c in m.group() if c != " "))


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str


def _lines(text: str, lo: int, hi: int) -> list[_Line]:
    out: list[_Line] = []
    pos = lo
    while pos < hi:
        nl = text.find("\n", pos, hi)
        end = hi if nl < 0 else nl
        raw = text[pos:end]
        stripped = raw.strip(" \t\u3000\r\xa0|")
        if stripped:
            s = pos + raw.index(stripped[0])
            out.append(_Line(s, s + len(stripped), stripped))
        pos = end + 1
    return out


_STRIPPED = " \t\u3000\r\xa0|\n"
_HAN = regex.compile(r"\p{Han}")
_WRAPPED_TAIL = 16
"""The longest tail of a title that a hard wrap put on the next line (工作情况的报告)."""


def _notice(line: _Line, rules: Rules) -> bool:
    """Whether a line is the title of a notice or of its explanation (…标准的通知)."""
    return _SPACES.sub("", line.text).endswith(tuple(rules.notice_titles))


def _lines_with(text: str, lo: int, hi: int, words: tuple[str, ...]) -> list[_Line]:
    """The lines of `_lines` that hold one of ``words``. A report has thousands of lines
    and few with such a word: the lines are read around the words that one pass over the
    text finds, not all built. (A word that holds a blank or a line break could stand
    across what `_lines` strips or splits: then every line is read.)"""
    pattern = words_pattern(words)
    if any(ch in w for w in words for ch in _STRIPPED):
        return [ln for ln in _lines(text, lo, hi) if pattern.search(ln.text)]
    out: list[_Line] = []
    end = lo - 1
    for m in pattern.finditer(text, lo, hi):
        at = m.start()
        if at < end:
            continue  # in the line just read
        nl = text.find("\n", at, hi)
        end = hi if nl < 0 else nl
        out += _lines(text, text.rfind("\n", lo, at) + 1 or lo, end)
    return out


def _suffixes(rules: Rules) -> str:
    """The place suffixes as one alternation, longest first."""
    return "|".join(regex.escape(w) for w in longest_first(tuple(rules.place_suffixes)))


@cache
def _organ(rules: Rules) -> regex.Pattern[str]:
    """A place name right before an organ word, or an ordinal and one: 襄垣县民政局,
    城关街道办事处, 焦作市第二社会福利院."""
    suffixes = _suffixes(rules)
    organs = words_pattern(rules.organ_words).pattern
    ordinals = words_pattern(rules.organ_ordinals).pattern
    return regex.compile(
        f"(?P<place>(?:[\\p{{Han}}xX×＊*○□]{{1,10}}?(?:{suffixes}))+)(?:{ordinals})?(?:{organs})"
    )


@cache
def _suffix_split(rules: Rules) -> regex.Pattern[str]:
    suffixes = _suffixes(rules)
    # Suffixes may stack (徐州市: 州 and 市; 叙州区): the unit runs to the last of them.
    return regex.compile(f"\\p{{Han}}+?(?:{suffixes})+(?=\\p{{Han}}|$)")


@cache
def _suffix_at_end(rules: Rules) -> regex.Pattern[str]:
    """The one suffix a unit's name ends in (区 of 叙州区, 自治县 of 东乡族自治县)."""
    return regex.compile(f"(?:{_suffixes(rules)})$")


def _lowest_unit(name: str, rules: Rules) -> tuple[int, str]:
    """The last administrative unit of a compound name (鞍山市铁西区 → 铁西区) and its
    offset within ``name``."""
    parts = list(_suffix_split(rules).finditer(name))
    if not parts:
        return 0, name
    last = parts[-1]
    # A one-character stem (市 of 市中区 aside) is no unit of its own: 共青城市 stays whole,
    # and so do 米市巷街道 and 东乡族自治县 (巷, 族); nor is a kind of zone (苏州工业园区:
    # table zone_names), which keeps the unit before it.
    stem = last.group()[: _suffix_at_end(rules).search(last.group()).start()]
    if (len(stem) < 2 or last.group() in rules.zone_names) and len(parts) > 1:
        last = parts[-2]
        return last.start(), name[last.start() :]
    return last.start(), last.group()


def find_meta(
    text: str,
    sections: tuple[Section, ...],
    rules: Rules,
    title_from: int = 0,
    *,
    folded: str | None = None,
) -> tuple[Meta, Period | None]:
    """The meta of the report whose text starts at ``title_from`` (the first report of a
    file, unless asked for a later one), and how far its data reach where that is short of
    its period (a report to a people's congress given in October covers its year, but what
    it plans for the rest of that year is still to come); ``folded`` is `fold_digits` of
    ``text``, where the caller has it."""
    # Read digits as digits (２０２４年, 2O14年) in a copy with the text's offsets; the
    # evidence quotes the text itself.
    shown = text
    text = fold_digits(text, rules) if folded is None else folded
    first_heading = next((s.start for s in sections if s.start >= title_from), len(text))
    head = _lines(text, title_from, first_heading)
    report_words = words_pattern((*rules.report_words, *rules.title_report_words))
    evidence: list[Evidence] = []

    # A list item (▲ 计划新增护理型床位500张…) and a breadcrumb (首页 > 规划计划) are no
    # title, whatever word they hold.
    bullets = tuple(rules.bullets)
    crumbs = tuple(rules.breadcrumb_marks)
    # A periodical's issue line (2019年第5期（总第53期）) is no title, and the line above it
    # is the periodical's name (民政工作简报), not the title of the report it prints.
    # Not prose that counts sessions (全年开展业务培训5期。): a sentence is no issue line.
    issue_lines = [
        ln
        for ln in head
        if _issue(rules).search(_SPACES.sub("", ln.text)) and not any(c in ln.text for c in _PROSE)
    ]
    issues = {ln.start for ln in issue_lines}
    mastheads = {ln.start for ln, below in pairwise(head) if below.start in issues}
    notices = {ln.start for ln in head[:_NOTICE_LINES] if _notice(ln, rules)}
    titles = [
        ln
        for ln in head
        if ln.start not in issues
        and len(ln.text) <= _TITLE_MAX
        # 2024年度民政工作总 结, 工 作 总 结: a scan or a layout may space a title's words.
        and (report_words.search(_SPACES.sub("", ln.text)) or ln.start in notices)
        # Nor a line that ends in a colon: an address (区人大常委会：) or an opening
        # (现将…情况报告如下：), nor prose that holds a full stop or a comma (我局对规划实施
        # 情况进行了中期评估，评估期为2016年1月至⏎2018年6月。…).
        and not ln.text.endswith(("；", "：", ":"))
        and not any(c in ln.text for c in _PROSE)
        and not ln.text.startswith(bullets)
        and not any(c in ln.text for c in crumbs)
    ]
    # The periodical's name stands for a title only where the issue prints no other.
    titles = [t for t in titles if t.start not in mastheads] or titles
    titles = [_wrapped_title(text, t, head, report_words, crumbs) for t in titles]
    if not titles:
        titles = _running_headers(text, rules.report_words, _organ(rules), _patterns(rules))
    p = _patterns(rules)
    headline = (
        None
        if any(p.year.search(t.text) for t in titles)
        else _headline([ln for ln in head if ln.start not in issues], crumbs, p)
    )
    if headline is not None:
        titles = [headline, *titles]
    # A title that names its year or its five-year plan (于都县“十四五”民政事业发展规划) before
    # a wrapped line of prose that happens to hold a year (…二〇三五年远景).
    first = titles[0] if titles else None
    title = next((t for t in titles if p.year_or_plan.search(t.text)), first)
    dated = _issued(text, head, p)
    issued = None if dated is None else dated[0]
    said: list[Evidence] = []
    year = _report_year(text, title, headline, dated, head, first_heading, rules, said)
    # A reposting site's title (2012年乡镇民政工作总结范文) above the report's own
    # (白沙镇2011年民政工作总结): the title is the line the report's year is read from.
    title = next(
        (
            ln
            for ln in titles
            for e in said
            if e.rule == "meta.year.title" and ln.start <= e.start < ln.end
        ),
        title,
    )
    if title is not None:
        evidence.append(Evidence("title", "meta.title", title.start, title.end, title.text))

    found = _place(text, head, title, rules, evidence)
    evidence += said
    place = None if found is None else _coded(found[0], found[1], year, rules)
    period, reach = _report_period(text, title, year, issued, head, issue_lines, rules, evidence)
    evidence = [Evidence(e.field, e.rule, e.start, e.end, shown[e.start : e.end]) for e in evidence]
    title_text = (
        None if title is None else Subject(shown[title.start : title.end], title.start, title.end)
    )
    meta = Meta(
        place=None if place is None else replace(place, name=shown[place.start : place.end]),
        year=year,
        period=period,
        title=title_text,
        issued=issued,
        evidence=tuple(evidence),
    )
    return meta, reach


def report_lines(
    text: str,
    sections: tuple[Section, ...],
    rules: Rules,
    title: Subject | None,
    items: list[tuple[int, int, date, int]],
) -> list[tuple[int, int, int]]:
    """Lines after the first heading that title a further report of the file (XX县民政局
    2024年工作计划 after its 2023 summary), and the headlines of the news ``items`` there
    (`news_items`): the start, end and year of each. No heading, no sentence, and not the
    report's own title again (a running page header)."""
    if not sections:
        return []
    p = _patterns(rules)
    heads = {s.start for s in sections}
    own = None if title is None else title.text
    stops = LINE_CLAUSE_BREAKS
    out = []
    marks = tuple(rules.appendix_marks)
    captions = tuple(rules.caption_marks)
    numerals = tuple(d.word for d in rules.dates("digit"))
    words = tuple(rules.report_words)
    for ln in _lines_with(text, sections[0].start, len(text), words + marks + captions):
        # 附：2016年主要指标完成情况, 附表：2019年日照市民政主要指标: an appendix of data
        # titled by its year, with or without a report word; so is a table's caption
        # (表一　2021年会宁县社会救助情况).
        line = ln.text
        for mark in marks:
            if line.startswith(mark):
                line = line[len(mark) :].lstrip(" \t\u3000：:")  # 附表：…
                break
        else:
            caption = next((w for w in captions if line.startswith(w)), "")
            number = line[len(caption) : len(caption) + 1]
            if caption and (number.isdigit() or (number and number in numerals)):
                line = line[len(caption) :]
            elif not any(w in line for w in words):
                continue
        if (
            len(line) > _TITLE_MAX
            or ln.start in heads
            or ln.text == own
            or not stops.isdisjoint(line)
        ):
            continue
        m = p.year.search(fold_digits(ln.text, rules))
        if m is not None:
            out.append((ln.start, ln.end, _year_of(m, p)))
    # Further news items of a page (…下步打算 of one item, then 双塔街道“慈善一日捐”…).
    starts = {start for start, _, _ in out}
    for start, end, day, _ in items:
        if start >= sections[0].start and start not in starts and start not in heads:
            out.append((start, end, day.year))
    return sorted(out)


def news_items(text: str, rules: Rules) -> list[tuple[int, int, date, int]]:
    """The news items of a page (双塔街道“慈善一日捐”募集善款61.8万元 over 发布时间：
    2019-06-18): a short line without a full stop right above a posting line (table
    `posting_words`) that dates it. For each: the headline's start and end, the posting
    date, and where the item's body starts (the first line after the posting line that
    holds text)."""
    p = _patterns(rules)
    out = []
    for ln in _lines_with(text, 0, len(text), rules.posting_words):
        date = p.issued.search(ln.text)
        if date is None or len(ln.text) > _DATED_LINE:
            continue
        head = _line_above(text, ln.start)
        if head is not None and len(head.text) <= _TITLE_MAX and "。" not in head.text:
            day = _issue_date(date, p)
            if day is not None:
                body = next(iter(_lines(text, ln.end, min(len(text), ln.end + 400))), None)
                out.append((head.start, head.end, day, len(text) if body is None else body.start))
    return out


def _wrapped_title(
    text: str,
    line: _Line,
    head: list[_Line],
    report_words: re.Pattern[str],
    crumbs: tuple[str, ...],
) -> _Line:
    """``line``, or the title it ends where a hard wrap parts it from the line right above
    (六安市民政局关于2016年前三季度民政工作⏎总结和第四季度工作安排的报告): that line, with
    no blank line between, no report word, no prose, no colon (发布时间:2012-01-09) and no
    breadcrumb (首页 > 政务公开 > 区民政局), opens the title."""
    above = next((ln for ln in head if ln.end + 1 == line.start), None)
    if (
        above is None
        or report_words.search(above.text)
        or any(c in above.text for c in crumbs)
        or any(c in above.text for c in _CLAUSE_MARKS + "：:")
        or len(above.text) + len(line.text) > _TITLE_MAX
    ):
        return line
    return _Line(above.start, line.end, text[above.start : line.end])


def _line_above(text: str, start: int) -> _Line | None:
    """The line right above the line that starts at ``start``, whatever blanks indent it,
    or the one above a blank line between them (a page that spaces its lines)."""
    end = text.rfind("\n", 0, start)
    for _ in range(2):
        if end <= 0:
            return None
        above = _lines(text, text.rfind("\n", 0, end) + 1, end)
        if above:
            return above[-1]
        end = text.rfind("\n", 0, end)
    return None


def _running_headers(
    text: str, report_words: tuple[str, ...], organ: regex.Pattern[str], p: _Patterns
) -> list[_Line]:
    """A page extract that starts mid-report may name the report only in a running page
    header: a short line with an organ, a year and a report word (绵阳市民政局2024年上半年
    工作总结), or such a line without the organ written more than once."""
    seen: dict[str, list[_Line]] = {}
    for ln in _lines_with(text, 0, len(text), report_words):
        if len(ln.text) <= 40 and p.year.search(ln.text):
            seen.setdefault(ln.text, []).append(ln)
    return [
        lines[0]
        for line, lines in seen.items()
        if len(lines) > 1 or (organ.search(line) and not any(c in line for c in _CLAUSE_MARKS))
    ]


def _place(
    text: str, head: list[_Line], title: _Line | None, rules: Rules, evidence: list[Evidence]
) -> tuple[Place, str] | None:
    """The place and the words around it (the compound name, the title) for its code:
    an organ's place in the title, the issuer lines or the opening; else the place a title
    opens with before its year; else a sign-off line's (a file of two reports signs off
    the second last)."""
    tail = _lines(text, max(0, len(text) - 300), len(text))
    return (
        _organ_place(([title] if title else []) + head, head, rules, evidence)
        or _leading_place(title, head, rules, evidence)
        or _session_place(head, rules, evidence)
        or _organ_place([ln for ln in tail if len(ln.text) <= 30], head, rules, evidence)
        or _about_place(text, head, rules, evidence)
    )


def _about_place(
    text: str, head: list[_Line], rules: Rules, evidence: list[Evidence]
) -> tuple[Place, str] | None:
    """关于蜀山区城市社区治理现代化的调查与思考: a county or a city that a title names only
    after 关于, where the text names it again and it is no common noun (城市, 山区)."""
    pattern = _about(rules)
    stops = _patterns(rules).stops
    for ln in head:
        lead = len(ln.text) - len(ln.text.lstrip())
        m = pattern.match(ln.text, lead)
        if m is None:
            continue
        name = m["place"]
        if (
            _generic_place(name, rules)
            or any(not s.group("keep") for s in stops.finditer(name))
            or text.count(name) < 2
        ):
            return None
        return _unit_place(
            name, ln.start + m.start("place"), head, rules, evidence, "meta.place.about"
        )
    return None


@cache
def _about(rules: Rules) -> regex.Pattern[str]:
    """A county-level or higher unit's name right after a word of ``about_words``."""
    units = [w for w in rules.place_suffixes if w not in rules.town_suffixes]
    suffixes = "|".join(regex.escape(w) for w in longest_first(tuple(units)))
    return regex.compile(
        f"(?:{words_pattern(rules.about_words).pattern})(?P<place>\\p{{Han}}{{1,4}}?(?:{suffixes}))"
    )


def _organ_place(
    lines: list[_Line], head: list[_Line], rules: Rules, evidence: list[Evidence]
) -> tuple[Place, str] | None:
    """The first place of ``lines`` that an organ word follows (清河县民政局)."""
    organ = _organ(rules)
    p = _patterns(rules)
    organs = words_pattern(rules.organ_words)
    for ln in lines:
        line = ln.text.strip()
        if line.endswith(rules.site_words):
            # 历城区人民政府门户网站 over a street's news item: the site that hosts the page,
            # not who wrote it (来源：洪家楼街道办事处).
            continue
        if line.endswith(_ADDRESS_ENDS) and organ.fullmatch(line[:-1]):
            # 城关区民政局：, a line of its own before the text: the organ the report is
            # addressed to (its superior), not the one that wrote it.
            continue
        cited = [c.span() for c in _CITED.finditer(ln.text)]
        for m in organ.finditer(ln.text):
            if any(a <= m.start() < b for a, b in cited):
                continue  # 按照《甘肃省人民政府办公厅关于…》: the body of a document cited
            raw = m.group("place")
            # No organ (婚姻登记处) and no stop character stands inside a place name; a
            # one-character lead, a preposition after a verb (印发于市民政局), that opens
            # the line or follows a space is the name's own (于都县民政局, 原创 于都县民政局),
            # unlike 中共 (中共清河县民政局党组).
            own_lead = m.start("place") == 0 or not _HAN.match(ln.text, m.start("place") - 1)
            if _DOC_NUMBER.match(ln.text, m.end()):
                continue  # 绵市政协〔2011〕47号: a document number's short issuer, no name
            if p.counted.match(ln.text, m.end()):
                continue  # 走访乡镇敬老院12所: organs counted, not the one that writes
            stops = [
                s.end()
                for s in p.stops.finditer(raw)
                if not s.group("keep")
                and not (
                    own_lead and s.start() == 0 and len(s.group()) == 1 and s.group() in p.leads
                )
            ]
            inner = [o.span() for o in organs.finditer(raw)]
            cut = max([0, *stops, *(end for _, end in inner)])
            after_organ = False
            if inner and len(_lowest_unit(raw[cut:], rules)[1]) < 2:
                # 红花套镇民政办在镇党委: no place after the last organ inside the match, so
                # the name is the one before the first (红花套镇).
                first = inner[0][0]
                cut = max([0, *(end for end in stops if end <= first)])
                raw = raw[cut:first]
            else:
                # 成都市武侯区人民政府玉林街道办事处, a letterhead: the unit after an organ
                # inside the match is the lower one, the organ that writes (not 在镇党委和镇
                # 政府的领导下, a sentence).
                after_organ = (
                    bool(inner)
                    and cut == inner[-1][1]
                    and m.start("place") == 0
                    and len(line) <= _LETTERHEAD
                    and not any(w in raw[cut:] for w in rules.list_words)
                )
                raw = raw[cut:]
            before = ln.text[: m.start("place") + cut]
            unit = next((u for u in (*p.date_units, *p.counters) if raw.startswith(u)), "")
            if before[-1:].isdigit() and unit:
                # 2月10日区民政局: 日 ends a date; 6个社区民政工作: 个 ends a count
                raw, before = raw[len(unit) :], before + unit
            if p.redacted.search(raw) or not raw or not (after_organ or _boundary(before, p)):
                continue
            found = _unit_place(raw, ln.start + m.start("place") + cut, head, rules, evidence)
            if found is not None:
                return found
    return None


def _leading_place(
    title: _Line | None, head: list[_Line], rules: Rules, evidence: list[Evidence]
) -> tuple[Place, str] | None:
    """南平市2023年民政统计年报: the place a title opens with, before its year or its
    five-year plan (or before an about word and the year, 清河县关于2022年…的报告); or,
    where the title opens with its year, the place right after it (2014年绵阳市福利彩票工作
    总结; not a common noun there, 2014年城乡低保工作总结)."""
    if title is None:
        return None
    p = _patterns(rules)
    text = title.text
    # The name runs to the year: read up to it (莱州市 of 莱州市2012年…, where 莱州 alone
    # ends in a suffix too).
    year = p.year_or_plan.search(text)
    m = None
    if year is not None:
        end = year.start()
        about = next((w for w in rules.about_words if text.endswith(w, 0, end)), "")
        m = _leading(rules).fullmatch(text, 0, end - len(about))
    if m is None:
        opening = p.year.match(text, len(text) - len(text.lstrip()))
        at = -1 if opening is None else opening.end()
        unit = next((u.word for u in rules.dates("year_unit") if text.startswith(u.word, at)), "")
        m = _leading(rules).match(text, at + len(unit)) if unit else None
    if m is None or any(
        not s.group("keep") and not _opens_name(s, m[0], rules) for s in p.stops.finditer(m[0])
    ):
        return None
    return _unit_place(m[0], title.start + m.start(), head, rules, evidence)


def _opens_name(stop: regex.Match[str], name: str, rules: Rules) -> bool:
    """Whether a stop character that towns' names may start with only opens a name of
    three characters or more: at the start of its title (向塘镇2017年民政工作总结), or right
    after the whole name of a higher unit (镇雄县以勒镇2022年…), so it cuts off no word."""
    at = stop.start()
    return (
        stop[0] in rules.name_opening_stops
        and (at == 0 or name[:at].endswith(rules.place_suffixes))
        and len(name) - at >= _NAME_AFTER_STOP
    )


def _session_place(
    head: list[_Line], rules: Rules, evidence: list[Evidence]
) -> tuple[Place, str] | None:
    """A report given at a people's congress may name its place only in the line that says
    where: 在扎赉特旗第十六届人民代表大会常务委员会…会议上."""
    pattern = _session(rules)
    for ln in head:
        m = pattern.search(ln.text)
        if m is None or _patterns(rules).redacted.search(m["place"]):
            continue
        at = ln.start + m.start("place")
        found = _unit_place(m["place"], at, head, rules, evidence, "meta.place.session")
        if found is not None:
            return found
    return None


def _unit_place(
    raw: str,
    at: int,
    head: list[_Line],
    rules: Rules,
    evidence: list[Evidence],
    rule: str = "meta.place",
) -> tuple[Place, str] | None:
    """The lowest unit of ``raw`` (written at ``at``) as the report's place, with the words
    around it for its code; None where that unit is no place (one character, place
    suffixes only, or a common noun of `generic_place_names`)."""
    offset, name = _lowest_unit(raw, rules)
    if len(name) < 2 or _generic_place(name, rules):
        return None
    start = at + offset
    evidence.append(Evidence("place", rule, start, start + len(name), name))
    return Place(name, start, start + len(name)), raw + " " + " ".join(x.text for x in head[:6])


def _ordinal(rules: Rules, words: tuple[str, ...]) -> str:
    """A pattern for an ordinal closed by one of ``words``: a rank word (`rank_prefixes`
    of figures, 第), a numeral and the word (第十六届, 第5期)."""
    ranks = words_pattern(rules.rank_prefixes).pattern
    digits = regex.escape("".join(c.word for c in rules.numeral_chars))
    return f"(?:{ranks})?[{digits}\\d]+(?:{words_pattern(words).pattern})"


@cache
def _session(rules: Rules) -> regex.Pattern[str]:
    """A lead (在), a place, its congress's term (第十六届: `congress_terms`) and the
    congress's name."""
    leads = words_pattern(rules.congress_leads).pattern
    bodies = words_pattern(rules.congress_bodies).pattern
    return regex.compile(
        f"(?:{leads})(?P<place>(?:\\p{{Han}}{{1,10}}?(?:{_suffixes(rules)}))+)"
        f"(?:{_ordinal(rules, rules.congress_terms)})?(?:{bodies})"
    )


@cache
def _issue(rules: Rules) -> regex.Pattern[str]:
    """A periodical's issue number (2019年第5期, 总第53期): `issue_words`."""
    return regex.compile(_ordinal(rules, rules.issue_words))


def _generic_place(name: str, rules: Rules) -> bool:
    """Whether a name is no place: a common noun of `generic_place_names` (农村 of
    含农村敬老院), or place suffixes only (乡镇, 县区, 市县), a kind of unit."""
    if name in rules.generic_place_names:
        return True
    suffixes = longest_first(tuple(rules.place_suffixes))
    while name:
        cut = next((s for s in suffixes if name.endswith(s)), None)
        if cut is None:
            return False
        name = name[: -len(cut)]
    return True


@cache
def _leading(rules: Rules) -> regex.Pattern[str]:
    """A place name at the start of a line (南平市 of 南平市2023年民政统计年报)."""
    return regex.compile(f"(?:\\p{{Han}}{{1,10}}?(?:{_suffixes(rules)}))+")


def _boundary(before: str, p: _Patterns) -> bool:
    """A place name starts a line, or follows punctuation, a space, a date or a lead word
    (印发于市民政局); not another word (我代表县民政局 names no place)."""
    return (
        not before
        or not regex.match(r"\p{Han}", before[-1])
        or before.endswith(p.date_units + p.leads)
    )


def _coded(place: Place, context: str, year: int | None, rules: Rules) -> Place:
    """The place with its division code, where the optional gazetteer singles one out."""
    towns = tuple(w for w in rules.place_suffixes if w in rules.town_suffixes)
    d = places.resolve(place.name, year, context, towns=towns, suffixes=rules.place_suffixes)
    if d is None:
        return place
    return replace(place, code=d.code, province=d.province, city=d.city, county=d.county)


def _headline(head: list[_Line], crumbs: tuple[str, ...], p: _Patterns) -> _Line | None:
    """A news page's headline that names a year but no report word (东海街道：2022年民政保障
    惠及困难群众1.2万人次; …召开新闻发布会 通报2019年全省民政事业发展情况): a short line
    without a full stop, right above its posting date, among the page's first lines."""
    lines = [ln for ln in head[:4] if not any(c in ln.text for c in crumbs)]
    return next(
        (
            ln
            for ln, below in pairwise(lines)
            if len(ln.text) <= _TITLE_MAX
            and "。" not in ln.text
            and p.year.search(ln.text)
            # Not a date of its own (（2024年5月16日）, a report's date under its title),
            # and a posting date's line is short (not prose that holds a date).
            and _HAN.search(p.issued.sub("", ln.text))
            and len(below.text) <= _DATED_LINE
            and p.issued.search(below.text)
        ),
        None,
    )


def _issued(text: str, head: list[_Line], p: _Patterns) -> tuple[date, int, int] | None:
    """The date of issue and its span: the first date in a short line before the outline,
    else in one of the text's last lines."""
    tail = _lines(text, max(0, len(text) - 200), len(text))
    for ln in [*head, *reversed(tail)]:
        m = p.issued.search(ln.text)
        if m is not None and len(ln.text) <= _DATED_LINE:
            day = _issue_date(m, p)
            if day is None:
                continue
            return day, ln.start + m.start(), ln.start + m.end()
    return None


def _issue_date(m: regex.Match[str], p: _Patterns) -> date | None:
    """The date a match of `_Patterns.issued` writes, in Arabic or Chinese numerals; None
    for no such day (2023年2月30日)."""
    if m["y"] is not None:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    else:
        y, mo = int("".join(p.digits[c] for c in m["cy"])), p.months[m["cm"]]
        # 三 → 3, 十 → 10, 二十三 → 23 (no 十: the whole is the units).
        tens, ten, units = m["cd"].rpartition(p.ten)
        if any(len(x) > 1 or (x and x not in p.digits) for x in (tens, units)):
            return None
        d = (int(p.digits[tens]) if tens else int(bool(ten))) * 10 + (
            int(p.digits[units]) if units else 0
        )
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def _report_year(
    text: str,
    title: _Line | None,
    headline: _Line | None,
    dated: tuple[date, int, int] | None,
    head: list[_Line],
    body: int,
    rules: Rules,
    evidence: list[Evidence],
) -> int | None:
    """The title's year. Where the lines before the outline name reports of different
    years (a reposting site's 2024 title over a 2023 report; 2023年总结和2024年计划),
    the summary's year wins, then the year the opening sentence names."""
    p = _patterns(rules)
    plans = words_pattern((*rules.plan_words, *rules.plan_nouns))
    if dated is not None and dated[0].month <= _SESSION_MONTHS:
        # 郸城县2014年政府工作报告 / ——2014年2月18日在…人民代表大会…会议上: given at the year's
        # first session, it reviews the year before, whatever year its title names.
        if any(w in ln.text for ln in head for w in rules.session_reports):
            s, e = dated[1], dated[2]
            evidence.append(Evidence("year", "meta.year.session", s, e, text[s:e]))
            return dated[0].year - 1
    mentions = _titled_years(head, rules)
    if mentions:
        summaries = [m for m in mentions if m[3]] or mentions
        years = {y for y, _, _, _ in summaries}
        best = summaries[0]
        # 关于2018年一季度冬春救助工作情况的报告 above 2017年汛期…开展2017—2018年度冬春救助
        # 工作: a title that names a part of one year (一季度, 1-9月) is that year's.
        parted = (
            set()
            if title is None or len(years) < 2
            else {
                e.year
                for e in find_expressions(title.text, rules)
                if e.year in years and e.rule != _YEAR_RULE and e.year is not None
            }
        )
        if len(parted) == 1:
            best = next(m for m in summaries if m[0] in parted)
        elif len(years) > 1:
            opening = text[body : body + 60] if body < len(text) else ""
            if title is not None:
                opening = text[title.end : title.end + 200]
            # The first year the opening names, not the date of issue under the title
            # (北京市顺义区民政局　2017年1月9日 above 2016年，区民政局…).
            # Nor, under a title that plans nothing, a year whose plan the opening announces
            # (…亮点及主要指标完成情况 over 现将全年工作情况及2023年工作打算报告如下).
            summed = title is not None and plans.search(title.text) is None
            first = next(
                (
                    m
                    for m in p.year.finditer(opening)
                    if not p.issued.match(opening, m.start())
                    and not (summed and plans.search(opening, m.end(), m.end() + _PLAN_REACH))
                ),
                None,
            )
            named = None if first is None else _year_of(first, p)
            if first is not None:
                # 做好2014—2015年度冬春…: a season's year is its first.
                named = next(
                    (
                        e.year
                        for e in find_expressions(opening, rules)
                        if e.rule == _SEASON and e.start <= first.start() < e.end
                    ),
                    named,
                )
            if named in years:
                best = next(m for m in summaries if m[0] == named)
        y, s, e, _ = best
        evidence.append(Evidence("year", "meta.year.title", s, e, text[s:e]))
        return y
    planned = _planned_years(title, head, rules)
    named = None if headline is None else p.year.search(headline.text)
    if headline is not None and named is not None and (planned is None or headline != title):
        # A news page's headline (东海街道：2022年民政保障惠及困难群众…): the year of the work
        # it reports, not the posting day's. Not a plan's title (实施方案（2016—2020年）),
        # whose year is its date of issue's, else its first.
        s, e = headline.start + named.start(), headline.start + named.end()
        evidence.append(Evidence("year", "meta.year.headline", s, e, text[s:e]))
        return _year_of(named, p)
    if dated is not None:
        issued = dated[0]
        before = (
            None
            if title is None
            else regex.search(f"(?<![0-9]){issued.year - 1}(?![0-9])", title.text)
        )
        if title is not None and before is not None:
            # 数说2020丨常州民政年度“成绩单”出炉, posted in January 2021: a title that writes
            # the year before its date of issue, if without a year unit, is that year's.
            s, e = title.start + before.start(), title.start + before.end()
            evidence.append(Evidence("year", "meta.year.title", s, e, text[s:e]))
            return issued.year - 1
        # A speech of 22 February 2019 that 总结2018年工作, or whose outline opens with
        # 2018年工作回顾: the year it sums up. From the top: a post's headline (回顾2023年的
        # “民政温度”) may stand above the line taken for its title.
        opening = text[: max(body, (title.end if title else 0) + 300)]
        for word in rules.summary_words:
            for at in occurrences(opening, word):
                m = p.year.match(opening, at + len(word))
                if m is not None and _year_of(m, p) == issued.year - 1:
                    s, e = m.span()
                    evidence.append(Evidence("year", "meta.year.summed_up", s, e, text[s:e]))
                    return issued.year - 1
        summary = words_pattern(rules.summary_words)
        for m in p.year.finditer(opening):
            if _year_of(m, p) == issued.year - 1 and summary.search(
                opening, m.end(), m.end() + _SUMMED_REACH
            ):
                s, e = m.span()
                evidence.append(Evidence("year", "meta.year.summed_up", s, e, text[s:e]))
                return issued.year - 1
        # 一、2020年和“十三五”时期工作回顾: the outline's first heading sums up the year
        # before, however much stands between its year and its summary word.
        end = text.find("\n", body)
        heading = text[body : len(text) if end < 0 else end].rstrip(_HEADING_ENDS)
        m = p.year.search(heading)
        if (
            m is not None
            and _year_of(m, p) == issued.year - 1
            and heading.endswith(tuple(rules.summary_words))
        ):
            s, e = body + m.start(), body + m.end()
            evidence.append(Evidence("year", "meta.year.summed_up", s, e, text[s:e]))
            return issued.year - 1
        s, e = dated[1], dated[2]
        evidence.append(Evidence("year", "meta.year.issued", s, e, text[s:e]))
        return issued.year
    if planned is not None:
        # 湄潭县民政事业发展“十三五”规划 / （2016—2020年), its date of issue unread: the
        # plan's first year.
        y, s, e = planned
        evidence.append(Evidence("year", "meta.year.planned", s, e, text[s:e]))
        return y
    m = p.year.search(text)
    if m is None:
        return None
    evidence.append(Evidence("year", "meta.year.first", m.start(), m.end(), m.group()))
    year = _year_of(m, p)
    # 评估时段为2021年1月至2023年6月: a span of years names its last (as in a title).
    span = next(
        (
            e
            for e in find_expressions(text[m.start() : m.start() + 40], rules)
            if e.start == 0 and e.mode == "interval" and e.years > 1 and e.year is not None
        ),
        None,
    )
    if span is not None and span.year is not None:
        return span.year + span.years - 1
    # The first year written is that of a plan after the summary (…六、2024年工作思路):
    # the summary is of the year before.
    if m.start() > body and plans.search(text, m.end(), m.end() + _PLAN_REACH):
        return year - 1
    return year


def _tail_after(line: str, at: int, stops: tuple[str, ...]) -> int:
    """How much of ``line`` after a report word at ``at`` still belongs to that report
    (工作总结报告): up to four characters, not past a list word or a title's wrapper
    (…和2015年工作安排的报告: that 报告 is the whole document's, not the plan's)."""
    rest = line[at : at + 4]
    return min((k for k in map(rest.find, stops) if k >= 0), default=4)


_CITED = regex.compile(r"《[^《》\n]*》")
"""A document a sentence cites by its title."""
_DOC_NUMBER = regex.compile(r"\s*[〔\[【]\s*(?:19|20)\d\d")
"""The year bracket of a document number (〔2011〕) right after its issuer's short name."""
_CLAUSE_MARKS = "，。；,"
"""Marks of a sentence or its clauses: a line that holds one is no title line."""
_SESSION_MONTHS = 3
"""The last month in which the year's first congress sessions sit (January to March)."""
_YEAR_RULE = "period.year"
"""The rule of a whole year (2018年): no part of one."""
_SEASON = "period.season"
"""The rule of a season past the year's end (see `periods`)."""


def _titled_years(head: list[_Line], rules: Rules) -> list[tuple[int, int, int, bool]]:
    """Years that name a report in the lines before the outline (2023年…工作总结): the
    year, its span, and whether the report it names is a summary."""
    reports = words_pattern(rules.report_words)
    titles = words_pattern((*rules.report_words, *rules.title_report_words))
    summaries = tuple(rules.summary_words)
    stops = (*rules.list_words, *rules.title_wrappers)
    joins = (*rules.list_words, "、")
    p = _patterns(rules)
    out: list[tuple[int, int, int, bool]] = []
    for k, ln in enumerate(head):
        # A title may run long (2019年老年人、残疾人福利和儿童保障政策落实情况, 关于2017年全县
        # 村（居）民委员会换届选举暨城乡社区建设工作的总结: 30 characters on); in a
        # sentence (…于2024年10月启动规划编制工作，现将有关情况说明如下。) the report word
        # must stand close to the year (整理的2023年…工作总结,供大家参考。).
        sentence = len(ln.text) > _TITLE_MAX or ln.text.endswith(("。", "；"))
        reach = 20 if sentence else 40
        years = list(p.year.finditer(ln.text))
        # 对2021年1月至2023年6月规划实施情况开展了评估: a span of years names its last.
        found = find_expressions(ln.text, rules) if years else []
        spans = {
            e.start: (e.end, e.year + e.years - 1)
            for e in found
            if e.mode == "interval" and e.years > 1 and e.year is not None
        }
        # A winter-spring season (2014—2015年度冬春) is its first year's, whichever year of
        # it the year pattern finds.
        seasons = [(e.start, e.end, e.year) for e in found if e.rule == _SEASON and e.year]
        # A title wrapped on the next line (关于2007年全省农村最低生活保障⏎工作情况的报告):
        # a short tail, not a list item or a clause of its own.
        tail_line = head[k + 1].text if k + 1 < len(head) else ""
        wrapped = (
            tail_line
            if tail_line
            and not sentence
            and head[k + 1].start - ln.end <= 2
            and len(tail_line) <= _WRAPPED_TAIL
            and not tail_line.startswith(tuple(rules.bullets))
            and not any(c in tail_line for c in COMMAS)
            else ""
        )
        # 根据《…第十四个五年规划和二〇三五年远景目标纲要》，制定本规划: a sentence's year
        # inside a document it cites names that document.
        cited = [(a.start(), a.end()) for a in _CITED.finditer(ln.text)] if sentence else []
        for m in years:
            if ln.text.startswith(p.year_since, m.end()):  # 现将2021年以来…汇报如下
                continue
            if any(a <= m.start() < b for a, b in cited):
                continue
            day = p.issued.match(ln.text, m.start())
            if day is not None and ln.text.endswith(p.day_units, 0, day.end()):
                continue  # 昭觉县民政局（2020年1月6日）⏎关于2019年…的总结: a day, not a year named
            end, year = spans.get(m.start(), (m.end(), _year_of(m, p)))
            begin = m.start()
            season = next(((a, b, y) for a, b, y in seasons if a <= m.start() < b), None)
            if season is not None:
                begin, end, year = season
            # The report word on the line, else on its wrapped tail (read after the line),
            # before the next year (于2022年2月底前完成了2021年度统计年报 names 2021's) unless
            # a list joins the two (2019年工作和2020年工作安排 names both).
            named = reports if sentence else titles
            following = next(
                (
                    n.start()
                    for n in years
                    if n.start() >= end and not ln.text[: n.start()].rstrip().endswith(joins)
                ),
                len(ln.text),
            )
            # 2024年度民政工作总 结: a scan may space the report word (read without spaces).
            src, lead, at = _SPACES.sub("", ln.text[end:]), "", 0
            limit = len(_SPACES.sub("", ln.text[end : min(end + reach, following)]))
            word = named.search(src, 0, limit)
            if word is None and wrapped:
                src, lead, at = wrapped, ln.text[end:], 0
                word = titles.search(src, 0, max(0, reach - len(lead)))
            if word is None:
                continue
            tail = lead + src[at : word.end() + _tail_after(src, word.end(), stops)]
            out.append((year, ln.start + begin, ln.start + end, any(w in tail for w in summaries)))
    return out


def _report_period(
    text: str,
    title: _Line | None,
    year: int | None,
    issued: date | None,
    head: list[_Line],
    issues: list[_Line],
    rules: Rules,
    evidence: list[Evidence],
) -> tuple[Period | None, Period | None]:
    """The report's period, and how far its data reach where that is less; ``issues`` are
    a periodical's issue lines (2018年第2期（二季度）)."""
    if year is None:
        return None, None
    period = _said_period(text, title, year, issued, head, issues, rules, evidence)
    if period is not None:
        return period, None
    reached: list[Evidence] = []
    since = _data_since(text, title, year, issued, rules, reached)
    # A report to a people's congress given in August reaches as far as its data, as any
    # report signed before its year is out (the gold of 20 such reports; 15 read the year).
    if since is None:
        said = [e for e in evidence if e.field == "year"]
        if said:
            e = said[-1]
            evidence.append(Evidence("period", "meta.period.year", e.start, e.end, e.text))
        whole = Period(date(year, 1, 1), date(year, 12, 31))
        if issued is not None and issued.year == year and issued.month < YEAR_END_ISSUE_MONTH:
            # A reply or a research report of August on its whole year: what it plans for
            # the year's later months (年内将…提高到1950元) is still to come.
            return whole, Period(date(year, 1, 1), issued)
        return whole, since
    evidence += reached
    return since, None


def _said_period(
    text: str,
    title: _Line | None,
    year: int,
    issued: date | None,
    head: list[_Line],
    issues: list[_Line],
    rules: Rules,
    evidence: list[Evidence],
) -> Period | None:
    """The period that the title, the issue line, the lines under the title or the opening
    say the report covers, or the event it reports since; None if they say none."""
    p = _patterns(rules)
    span = _season_span(title, head, year, rules)
    if span is not None:
        worked, s, end = span
        evidence.append(Evidence("period", "meta.period.season_span", s, end, text[s:end]))
        return worked
    # 关于2014—2015年度冬春救助工作情况的报告, 全市2021—2022年度冬春救助工作全面启动: a season
    # that opens the periods of a line before the outline that is no sentence is what the
    # report covers (not in …2021年…救灾工作总结暨2021—2022年冬春救助工作方案).
    for ln in head:
        if any(c in ln.text for c in _CLAUSE_MARKS):
            continue
        e = next(iter(find_expressions(ln.text, rules)), None)
        if e is not None and e.rule == _SEASON and e.year == year:
            s, end = ln.start + e.start, ln.start + e.end
            evidence.append(Evidence("period", "meta.period.season", s, end, text[s:end]))
            return resolve(e, year, None, at=False)
    if title is not None:
        planned = is_plan(title.text, rules)
        # 临江市…“十四五”规划实施中期评估报告 / （2021—2023年）: the years it reviews.
        for a, b, s, end in _title_spans(title, head, p):
            if b == year:
                evidence.append(Evidence("period", "meta.period.years", s, end, text[s:end]))
                return Period(date(a, 1, 1), date(year, 12, 31))
            # 湄潭县民政事业发展“十三五”规划 / （2016—2020年）, issued in 2016: a plan covers
            # the years it plans, from the year before its first on.
            if planned and a - 1 <= year < b:
                evidence.append(Evidence("period", "meta.period.planned", s, end, text[s:end]))
                return Period(date(a, 1, 1), date(b, 12, 31))
        # 湖州市“十二五”民政事业发展规划执行情况总结, dated 2015: the plan's five years,
        # where the report is of its last year (a mid-term review says its own span) and
        # the title writes no year (2015年工作总结暨“十二五”工作回顾 is of 2015).
        plan_only = p.year.search(title.text) is None
        for e in find_expressions(title.text, rules) if plan_only else ():
            if e.rule == "period.five_year" and e.mode == "interval" and e.year is not None:
                last = e.year + e.years - 1
                if last == year or (planned and e.year - 1 <= year < last):
                    s, end = title.start + e.start, title.start + e.end
                    evidence.append(
                        Evidence("period", "meta.period.five_year", s, end, text[s:end])
                    )
                    return Period(date(e.year, 1, 1), date(last, 12, 31))
    # 在全市民政工作年中推进会上的讲话: a mid-year meeting's report covers the first half.
    for ln in [title] if title else head[:3]:
        midyear = next((w for w in rules.midyear_words if w in ln.text), None)
        if midyear is not None:
            s = ln.start + ln.text.find(midyear)
            evidence.append(Evidence("period", "meta.period.midyear", s, s + 2, text[s : s + 2]))
            return Period(date(year, 1, 1), date(year, 6, 30))
    opening = _opening(text, title, head, rules)
    if opening is not None:
        e, lo, termed = opening
        found = resolve(e, year, None, at=False)
        # 评估时段为2021年1月至2023年6月 in a report of 2023: a span that ends in its year;
        # an audit of a term issued after it ended, the term.
        if found is not None and (
            e.year in (None, year) or found.end.year == year or (termed and found.end.year < year)
        ):
            s, end = lo + e.start, lo + e.end
            evidence.append(Evidence("period", "meta.period.opening", s, end, text[s:end]))
            return found
    # The title says what the report covers; only a report without one is read from its
    # first lines (上半年，在市委市政府的领导下…).
    # An issue line may say the period its issue covers (2018年第2期（二季度）).
    sources = ([title] if title else [ln for ln in head][:3]) + issues
    for ln in sources:
        exprs = [
            e
            for e in find_expressions(ln.text, rules)
            if e.mode in ("interval", "upto")
            and (e.first, e.last) != (1, 12)
            and e.rule != _SEASON
            # 市民政局于2024年10月启动规划编制 in a 2025 note: an event, not its period.
            and e.year in (None, year)
        ]
        if exprs:
            # A composite report (上半年总结和下半年计划) covers what its summary covers.
            e = _joined(ln.text, exprs, 0, rules)
            found = resolve(e, year, None, at=False)
            if found is not None:
                evidence.append(
                    Evidence(
                        "period",
                        e.rule,
                        ln.start + e.start,
                        ln.start + e.end,
                        ln.text[e.start : e.end],
                    )
                )
                return found
    return _since_event(text, title, year, issued, rules, evidence)


def _season_span(
    title: _Line | None, head: list[_Line], year: int, rules: Rules
) -> tuple[Period, int, int] | None:
    """The span that a sentence before the outline of a season's report (岷县民政局2011年
    冬春受灾群众生活救助工作总结) gives the season's work, with the report's year in it, and
    where it is written: months over two years (于2010年12月至2011年5月…开展了冬春…救助工作),
    or a start and how far the report reaches (从2009年12月起开展冬春…工作，现将截至2010年
    4月20日的…汇报如下); not a span of an event told before (2009年9月至2010年4月，我区降雨
    持续偏少)."""
    seasons = words_pattern(tuple(d.word for d in rules.dates("season")))
    if title is None or not seasons.search(title.text):
        return None
    for ln in head:
        if ln.start < title.end:
            continue
        found = find_expressions(ln.text, rules)
        for k, e in enumerate(found):
            stop = ln.text.find("。", e.end)
            stop = len(ln.text) if stop < 0 else stop
            # 冬令春荒期间（2004年12月至2005年4月）: the season may come first.
            lo = ln.text.rfind("。", 0, e.start) + 1
            if e.year is None or not seasons.search(ln.text, lo, stop):
                continue
            if e.rule == "period.months" and e.years > 1 and e.year <= year < e.year + e.years:
                p = resolve(e, year, None, at=False)
                if p is not None:
                    return p, ln.start + e.start, ln.start + e.end
            if e.mode == "from" and e.year < year and k + 1 < len(found):
                upto = found[k + 1]
                since = resolve(e, year, None, at=False)
                reach = resolve(upto, year, None, at=False)
                if upto.mode == "upto" and upto.end <= stop and since and reach:
                    return Period(since.start, reach.end), ln.start + e.start, ln.start + upto.end
    return None


def _title_spans(
    title: _Line, head: list[_Line], p: _Patterns
) -> Iterator[tuple[int, int, int, int]]:
    """The spans of years (2016—2020年) on the title's line and the line under it, as first
    year, last year and offsets; not one in the opening sentence (2006—2010年，全省累计支出…)."""
    for ln in [ln for ln in head if ln.start >= title.start][:2]:
        if any(c in ln.text for c in _CLAUSE_MARKS):
            continue
        m = p.years.search(ln.text)
        if m is not None and int(m["a"]) < int(m["b"]):
            yield int(m["a"]), int(m["b"]), ln.start + m.start(), ln.start + m.end()


def _planned_years(
    title: _Line | None, head: list[_Line], rules: Rules
) -> tuple[int, int, int] | None:
    """The first year a plan's title names (a span of years on the title's line or the line
    under it, or “十三五”), and its span; None for a title that names no plan."""
    if title is None or not is_plan(title.text, rules):
        return None
    span = next(_title_spans(title, head, _patterns(rules)), None)
    if span is not None:
        return span[0], span[2], span[3]
    for x in find_expressions(title.text, rules):
        if x.rule == "period.five_year" and x.year is not None:
            return x.year, title.start + x.start, title.start + x.end
    return None


def _joined(line: str, found: list[Expression], k: int, rules: Rules) -> Expression:
    """``found[k]``, or its union with the next period where a join word alone stands between
    them and both are months of one year (第二季度暨上半年 → the half-year)."""
    e = found[k]
    if k + 1 == len(found):
        return e
    nxt = found[k + 1]
    if line[e.end : nxt.start].strip(" \u3000") not in rules.period_joins:
        return e
    if nxt.mode not in ("interval", "upto") or nxt.years != 1 or e.years != 1:
        return e
    if e.year is not None and nxt.year is not None and e.year != nxt.year:
        return e
    return replace(
        e,
        end=nxt.end,
        mode="interval",
        year=e.year if e.year is not None else nxt.year,
        first=min(e.first, nxt.first),
        last=max(e.last, nxt.last),
    )


def _first_sentence(text: str, lo: int, rules: Rules) -> str | None:
    """The sentence that opens at ``lo``: up to its full stop, or to the colon of
    现将…报告如下：, within 300 characters; None if it runs on past them."""
    ends = [at for w in ("。", *rules.opening_ends) if (at := text.find(w, lo, lo + 300)) >= 0]
    return text[lo : min(ends)] if ends else None


def _opening(
    text: str, title: _Line | None, head: list[_Line], rules: Rules
) -> tuple[Expression, int, bool] | None:
    """The period that the opening sentence says the report covers (现将2021年1-9月民政事业
    发展主要情况分析如下), where the sentence starts, and whether the period is an
    office-holder's term (which may end before the report's year)."""
    lo = title.end if title is not None else (head[0].start if head else 0)
    sentence = _first_sentence(text, lo, rules)
    if sentence is None:
        return None
    # 2018年5月，县委第三巡察组…。我局高度重视，…。现将2018年1至10月整改情况报告如下：
    # the sentence that announces the report may close a longer opening paragraph, under
    # a title that names no part of a year (2011年上半年工作总结 says what …现将上半年工作
    # 情况和下半年工作思路报告如下 reports, and 下半年 is its plan).
    ends = [at for w in rules.opening_ends if (at := text.find(w, lo, lo + _ANNOUNCE_REACH)) >= 0]
    parted = title is not None and any(
        (e.first, e.last) != (1, 12) for e in find_expressions(title.text, rules)
    )
    announced = text[lo : min(ends)] if ends and not parted else sentence
    for lead in rules.opening_leads:
        at = announced.find(lead)
        if at < 0:
            continue
        # 评估期为2016年1月至⏎2018年6月: a wrap inside the period is read as a space.
        window = announced[at : at + 40].replace("\n", " ")
        found = find_expressions(window, rules)
        for k, e in enumerate(found):
            # Not a whole year, which the title says as well; a span of years (现将2021—2023
            # 年规划实施情况评估如下, a plan's mid-term evaluation) is the report's.
            if e.mode in ("interval", "upto") and ((e.first, e.last) != (1, 12) or e.years > 1):
                e = _joined(window, found, k, rules)
                return replace(e, start=e.start + at, end=e.end + at), lo, False
    # 我局对2020年1-11月全县社会救助工作进行了认真自查: a span that a word of
    # `inspection_leads` opens and a verb of checking closes in its clause (spaces of an OCR
    # copy aside) is what is reported.
    unspaced = announced.replace("\n", " ")
    for e in find_expressions(unspaced, rules):
        if (
            e.mode in ("interval", "upto")
            and ((e.first, e.last) != (1, 12) or e.years > 1)
            and unspaced[: e.start].endswith(tuple(rules.inspection_leads))
        ):
            stop = min((k for c in COMMAS if (k := unspaced.find(c, e.end)) >= 0), default=None)
            clause = unspaced[e.end : stop].replace(" ", "")
            if any(v in clause for v in rules.inspection_verbs):
                return e, lo, False
    # 换届选举工作从2016年9月1日启动，至11月30日全面完成; 今年4月1日入汛至8月31日，我县…: a
    # report that opens with the span of a work or season that a verb starts (启动, 入汛:
    # `period.until`) reports that span; not one that opens with an event's dates
    # (2023年7月29日至8月1日，受台风…影响), which reports the year.
    found = find_expressions(sentence, rules)
    first = next((e for e in found if (e.first, e.last) != (1, 12)), None)
    before_outline = head[-1].end if head else lo
    if (
        first is not None
        and first.rule == "period.until"
        and first.first < first.last
        and lo + first.start < before_outline
    ):
        return first, lo, False
    # 2016年1月1日至3月31日，我区开展“寒冬送温暖”专项救助行动: a report on a campaign (a
    # word of `campaign_words` in its title) whose opening sentence gives the days the
    # campaign ran, with the campaign after them, reports those days.
    days = next((e for e in found if e.mode == "days"), None)
    if (
        days is not None
        and title is not None
        and any(w in title.text for w in rules.campaign_words)
        and any(w in sentence[days.end :] for w in rules.campaign_words)
    ):
        return days, lo, False
    # 区民政局对2021年1月至2023年6月规划实施情况开展了中期评估: a span of months over
    # years that a report word follows closely is what the report reviews, whatever word
    # leads it (not 2009年9月至2010年5月，我镇遭遇…特大干旱, an event).
    # (我局对2016年⏎1月至2018年6月全市民政事业发展规划的实施情况进行了评估: the report word
    # may stand further on in the span's clause, and a wrap may cut the span.)
    reports = words_pattern(rules.report_words)
    unwrapped = sentence.replace("\n", " ")
    for e in find_expressions(unwrapped, rules) if "\n" in sentence else found:
        stop = min((k for c in COMMAS if (k := unwrapped.find(c, e.end)) >= 0), default=-1)
        reach = e.end + _REPORT_REACH if stop < 0 else min(stop, e.end + _REPORT_REACH)
        if e.rule != "period.months" or e.years < 2:
            continue
        # 对原局长2009年3月至2012年12月任期经济责任履行情况进行了审计: a term the span names.
        termed = unwrapped[e.end :].lstrip(" \u3000").startswith(tuple(rules.term_words))
        if termed or reports.search(unwrapped, e.end, reach):
            return e, lo, termed
    return None


_REPORT_REACH = 20
"""How far after a span of months over years `_opening` looks for a report word."""

_ANNOUNCE_REACH = 400
"""How far into the opening `_opening` looks for the colon of 现将…报告如下："""


_EVENT_DATE = regex.compile(
    r"(?<![0-9.])(?P<m>1[0-2]|0?[1-9])\s*[·•]\s*(?P<d>3[01]|[12][0-9]|0?[1-9])(?![0-9])"
    r"|[“\"](?P<m>1[0-2]|0?[1-9])\.(?P<d>3[01]|[12][0-9]|0?[1-9])[”\"]"
)
"""An event's date as its name (“5·12”, "8.8"); a bare 1.5 is a number, not a date.
The digits are folded before."""


def _since_event(
    text: str,
    title: _Line | None,
    year: int,
    issued: date | None,
    rules: Rules,
    evidence: list[Evidence],
) -> Period | None:
    """A report of the work since an event (“5·12”汶川特大地震发生后…, dated 20 November):
    from the event to the day the report is dated, where both fall in its year and the
    title names no period of its own; not from the event where the title is a summary of its
    whole year (2008年工作总结, whose opening may still start from “5·12”特大地震发生后)."""
    if issued is None or issued.year != year or title is None:
        return None
    opening = text[title.end : title.end + 300]
    annual = any(w in title.text for w in rules.annual_words)
    for m in () if annual else _EVENT_DATE.finditer(opening):
        after = opening[m.end() : m.end() + 20]
        if not any(w in after for w in rules.event_leads):
            continue
        try:
            start = date(year, int(m["m"]), int(m["d"]))
        except ValueError:
            continue
        if start < issued:
            s, e = title.end + m.start(), title.end + m.end()
            evidence.append(Evidence("period", "meta.period.event", s, e, text[s:e]))
            return Period(start, issued)
    # The opening sentence's start of the work (1月24日以来…; 2016年以来, in a report
    # dated 20 November 2020): from then to the day the report is dated.
    hi = opening.find("。")
    p = _patterns(rules)
    for ex in find_expressions(opening[: hi if hi >= 0 else 120], rules):
        # Not 自2012年7月1日起提高…标准: the day a standard took effect, not the work's start.
        if (
            ex.mode == "from"
            and ex.day is not None
            and ex.year in (None, year)
            and opening.endswith(p.since, ex.start, ex.end)
        ):
            try:
                start = date(year, ex.first, ex.day)
            except ValueError:
                continue
        elif (
            ex.mode == "since"
            and not (annual and p.year.search(title.text))
            and ex.year is not None
            and year - SINCE_SPAN <= ex.year < year
        ):
            # Not 1954年以来最严重的冰冻灾害 (a record, not the start of the work); not in a
            # summary that names its year (2010年抗旱救灾工作总结: 2009年秋季以来 dates the
            # drought), unlike 脱贫攻坚兜底保障工作总结 of the years since 2016.
            start = date(ex.year, 1, 1)
        else:
            continue
        if start < issued:
            s, e = title.end + ex.start, title.end + ex.end
            evidence.append(Evidence("period", "meta.period.since", s, e, text[s:e]))
            return Period(start, issued)
    return None


def _data_since(
    text: str,
    title: _Line | None,
    year: int,
    issued: date | None,
    rules: Rules,
    evidence: list[Evidence],
) -> Period | None:
    """A report that opens with 今年以来, or is dated before its year is out (a report of
    2022 signed on 12 October), covers the year up to the month its running totals reach
    (1-10月): the latest such month of the report's year before December and not after the
    date of issue."""
    lo = title.end if title is not None else 0
    opening = text[lo : lo + 200]
    words = [w.word for w in rules.period_words if w.since]
    early = issued is not None and issued.year == year and issued.month < 12
    if issued is not None and issued.year > year:
        return None  # signed after its year was out: a report of the whole year
    if title is not None and any(w in title.text for w in rules.annual_words):
        return None  # 2023年工作总结, signed in December with data to 1-11月: the year
    if title is not None and _notice(title, rules):
        return None  # a notice of June raising a standard: its year, not 1-5月
    if not early and not any(w in opening for w in words):
        return None
    first = _first_sentence(text, lo, rules) or ""
    if any(
        e.mode == "interval" and e.year is None and (e.first, e.last) == (1, 12)
        for e in find_expressions(first, rules)
    ):
        return None  # 今年以来…全年累计发放…: the opening speaks of the whole year
    best: tuple[int, Expression] | None = None
    for e in find_expressions(text, rules):
        # A whole year (2023年, 全年) says nothing of how far the data run.
        # 1-10月: a running total (not 7-9月, a quarter; nor 截至9月底, which a report
        # of the whole year writes of its stocks as often).
        if (
            e.mode == "interval"
            and e.first == 1
            and e.year in (None, year)
            and (e.first, e.last) != (1, 12)
            and (issued is None or issued.year != year or e.last <= issued.month)
        ):
            if best is None or e.last > best[0]:
                best = (e.last, e)
    if best is None or best[0] >= 12:
        return None
    if issued is not None and issued.year == year and issued.month == 12:
        # 关于2019年全县民政工作情况的报告, given on 26 December, its sections counting to
        # 1-11月: the year, unless its title or first sentence says the months it reports.
        told = find_expressions(f"{title.text if title is not None else ''}\n{first}", rules)
        if not any(x.mode == "interval" and x.first == 1 and x.last == best[0] for x in told):
            return None
    _, e = best
    end = resolve(e, year, None, at=False)
    if end is None:
        return None
    evidence.append(Evidence("period", "meta.period.data", e.start, e.end, text[e.start : e.end]))
    if title is not None and any(w in title.text for w in rules.monthly_words):
        # 许家湖镇民政工作月报 over 2015年第6期, whose totals run to 1-6月: that month's issue.
        return Period(date(year, e.last, 1), end.end)
    return Period(date(year, 1, 1), end.end)
