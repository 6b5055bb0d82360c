"""Labels of each figure: programme, area, measure, role and period, each with the words
(or the section title) that decided it.

Resolution follows the annotation guide, part 2: the figure's own phrase first, then
its clause, the other clauses of its sentence, then its section titles (innermost first);
the report's meta where nothing nearer says. All words come from the ``meaning`` tables
of the rules; this module holds the order in which they are read.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from operator import attrgetter, itemgetter
from typing import NamedTuple, TypeVar

import regex

from mzextract.clauses import (
    BLANKS,
    CELL_MARKS,
    CELL_SEPARATORS,
    CLAUSE_BREAKS,
    COLONS,
    LINE_CLAUSE_BREAKS,
    LIST_MARKS,
    OPEN_BRACKETS,
    SENTENCE_BREAKS,
    blanks_before,
    is_soft,
    last_break,
    longest_first,
    occurrences,
    strip_words,
)
from mzextract.figures import BORROWED_RATES
from mzextract.meaning.meta import YEAR_END_ISSUE_MONTH, news_items, report_lines
from mzextract.meaning.periods import (
    SINCE_SPAN,
    Expression,
    find_expressions,
    fold_digits,
    recent,
    resolve,
)
from mzextract.meaning.plans import is_plan, names_plan, names_plan_word, reviewed_plan
from mzextract.meaning.text import (
    COMMAS,
    Breaks,
    Mention,
    Mentions,
    ends_no_sentence,
    find,
    trie,
    words_pattern,
)
from mzextract.model import Evidence, Figure, Meta, Period, Programme, Section, Subject
from mzextract.rules import ContextWord, MeasureCue, PaidForWord, ReceiverWord, Rules

# Measures that are values at a date (annotation guide part 2, §5 rule 2).
_AT_DATE = frozenset({"covered", "capacity", "standard"})
_AT_DATE_MODES = frozenset({"at", "upto"})
"""Modes of a period expression that dates a value at a day (截至11月底, 年底)."""
_FLOW_MODES = frozenset({"interval", "since", "recent"})
"""Modes of one over which a flow is counted (上半年, 今年以来, 本月), not a stock's date."""
_ROLL_FLOWS = ("added", "exited")
"""Measures of those who enter or leave a roll."""
_REACHES = ("covered", "served", "added")
"""The measures of a programme's reach: what an audit finds among its people is none, as
what it finds among money paid out is no payment."""
_FIRST_CLAUSE_END = re.compile("[，,；;：:]")
"""What ends a sentence's first clause, the one an audit's finding opens."""
_NO_DATE = ("rel", "masked")
"""Modes of a period expression that give no date of their own (去年同期, 20**年)."""
_COUNT_KINDS = frozenset({"persons", "households", "person_times"})
# The areas a total is split into (其中城镇…，农村…).
_SPLIT_AREAS = frozenset({"urban", "rural"})
# The roles of the value a change goes with; and of the figure a target its clause names
# takes its measure from (下半年新增养老床位120张以上，确保完成全年400张的目标: a plan's too).
_VALUE_ROLE = frozenset({"value"})
_HELD_ROLES = frozenset({"value", "target"})
_START = itemgetter(0)
"""A mention's start (its first field), for bisections over mentions."""
# A generic word this long names a benefit of its own (护理补贴); a shorter one (救助,
# 补贴) ends the names of too many.
_SHORT_NAME = 4
_SHORT_WORD = 3
"""The shortest programme word read as short for a longer name (福利院, not 低保)."""
_AGE_RULE = "age_marks:"
"""The rule id prefix of a population read by its age mark (60周岁以上老年人)."""
_COHORT_REACH = 12
"""How far after a year a cohort's word is read when OCR left blanks inside it."""
_COHORT_JOIN_GAP = 4
"""The most characters between two years of one cohort (冬季和 of 2017年冬季和2018年春季入伍)."""
_PEOPLE_KINDS = frozenset({"persons", "households"})
"""Counts of people or households, not of visits: only these can be a stock."""
# Spaces and quotes that may stand around the words of a list or a cue (低保、 “特困”).
_SPACES = BLANKS
_LOOSE = _SPACES + '“”"'
_DROP_LOOSE = str.maketrans("", "", _LOOSE)
_DROP_LINES = str.maketrans("", "", _LOOSE + "\r\n")
_TITLE_ENDS = _LOOSE + "。.：:"
_OPEN_QUOTE, _CLOSE_QUOTE = "“", "”"
# Punctuation between figures that share a role or count one thing (较上年减少4126户、
# 8350人; 75户86人); the list words (和, 及) are data.
_FIGURE_SEPARATORS = ("", "、", "，", ",")
_PART_SEPARATORS = (*_FIGURE_SEPARATORS, "；", ";")
"""What stands between the parts of a breakdown, each in its clause."""
_PART_REACH = 6
"""The most clauses back a part of a breakdown looks for the 其中 that opens it."""
_WRAPPED = _SPACES + "\r\n"
"""Spaces and line breaks: what a soft wrap leaves between two words or figures."""
_ADJACENT = _SPACES + "、，,"
_GROUP_REACH = 6
"""Characters from an 'other' cue to its count within which a description of people
(受灾困难群众) keeps the cue in the description."""
_CHANGE_REACH = 4
"""How much longer than a cue a change word that starts with it may be (增加 → 增加到)."""
_MONEY_CHANGE_REACH = 48
"""Characters before an amount within which a money-change verb is looked for."""
_BREAKDOWN_REACH = 24
"""How far after a total its breakdown (其中…) may start: past the figures and the
comparison that follow the total (13862户19857人，比上年减少642人，其中…)."""
_PARENS = re.compile("[（()）]")
_COMMAS = tuple(COMMAS)
_THRESHOLD_REACH = 8
"""How far after a threshold's joining word the people it picks may be named."""
_LEAD_BLANKS = BLANKS + "\r\n"
"""What may stand between a plan's lead sentence and the items it announces."""
_GAP_REACH = 16
"""How far before a figure a gap's lead (仍有) may stand, and its mark (未) after it."""
_STAFF_REACH = 16
_NEED_REACH = 8
"""How far before a count of people a word of what could be served (满足, 容纳) may stand:
a noun or an approximation (不少于) may come between."""
_OPENING_REACH = 4
"""How far into a sentence a date may start and still open it (截至2020年12月31日，…)."""
_ENROLLED = "enrolment_verbs:"
"""The rule of a count of people insured (`_enrolment`), which `_measure` reads."""
# How far before a cue of donating its receiver may stand (向对口帮扶的宿迁市泗洪县捐赠).
_GIFT_REACH = 30
"""How far before a count a staff noun and the words of how many after it may start."""
_OF_GAP = 8
"""The most characters of a modifier between a role cue and the particle before its figure."""
_GAP_STOPS = frozenset(CLAUSE_BREAKS + "、")
_HEAD_CELL = 12
"""The longest head cell of a table's column (去年同期, 比上年增减) read for a role."""
_CAPTION = 80
"""The longest line above a table's head read as its caption."""
_SCHEME_NAME = 10
"""How far before a scheme's last word its name may hold an area word (城镇职工基本养老保险)."""
_OPENING_BRACKETS = "（("
_CLOSING_BRACKETS = "）)"
_PERCENT = re.compile(r"[0-9０-９][%％]")
"""A percentage (9.2%): a share, which the figures leave out."""
# An item cut short before the list mark that joins it to a programme word (集中、分散供养).
_ELIDED_ITEM = regex.compile(r"(\p{Han}{1,3})[、/／]")
# A cause runs inside one clause, and is short (因家庭收入增加、死亡等原因).
_CAUSE_REACH = 24
_SAMPLE_REACH = 24
"""How long a survey's sample may run between its word and 中，(受访的312名老年人中，)."""
_BRACKETS = "（()）"
_NEWLINE = re.compile("\n")
_STRAY_SPACE = regex.compile(r"(?<=\p{Han})[ \u3000](?=\p{Han})")
_VERB_AFTER_CHANGE = regex.compile(r"\p{Han}{1,2}")
"""The verb between a change cue and its figure (多发, 少救助)."""
_HAN_CHAR = regex.compile(r"\p{Han}")
_ALIAS_REACH = 12
"""How far back a word may start that ends right before a bracket."""


def _rstrip_end(text: str, lo: int, hi: int, words: tuple[str, ...]) -> int:
    """Where `strip_words` would end ``text[lo:hi]``, without slicing it."""
    while True:
        k = hi
        while k > lo and text[k - 1] in _SPACES:
            k -= 1
        w = ""
        if text.endswith(words, lo, k):
            w = next(w for w in words if text.endswith(w, lo, k))
        if not w and k == hi:
            return hi
        hi = k - len(w)


def _strip_words(s: str, words: tuple[str, ...]) -> str:
    """``s`` without the words, spaces and quotes at either end."""
    while True:
        t = s.strip(_LOOSE)
        head = next((w for w in words if t.startswith(w)), "") if t.startswith(words) else ""
        t = t[len(head) :]
        tail = next((w for w in words if t.endswith(w)), "") if t.endswith(words) else ""
        t = t[: len(t) - len(tail)]
        if t == s:
            return s
        s = t


# How strongly a word names a programme: the programme itself (a benefit, a service),
# a group it serves, a generic word. A weaker word gives way to a stronger one nearby.
WORD, GROUP, GENERIC = 3, 2, 1


def _scheme_areas(rules: Rules) -> dict[str, tuple[str, str]]:
    """The area word each scheme of `area_free_names` opens with (城乡居民医保 → both), the
    longest where several do; names that open with none (晋城市, 新型农村合作医疗) are left out."""
    out: dict[str, tuple[str, str]] = {}
    for name in rules.area_free_names:
        held = [a for a in rules.area_words if name.startswith(a.word)]
        if held:
            a = max(held, key=lambda a: len(a.word))
            out[name] = (a.area, a.id)
    return out


def _words_apart(first: Iterable[str], last: Iterable[str], reach: str) -> re.Pattern[str]:
    """A word of ``first`` (group ``word``), then as many characters of its clause as the
    quantifier ``reach`` allows, then a word of ``last`` (因…等原因, 受访的…中，)."""
    return re.compile(
        f"(?P<word>{trie(first)})[^{re.escape(CLAUSE_BREAKS)}]{reach}(?:{trie(last)})"
    )


def _joined_list(items: Iterable[str], joins: Iterable[str]) -> re.Pattern[str]:
    """A pattern for one or more of ``items`` joined as a list (中央和省, 省、市)."""
    item, join = trie(items), trie((*joins, "、"))
    return re.compile(f"(?:{item})(?:(?:{join})?(?:{item}))*")


_E = TypeVar("_E", ReceiverWord, ContextWord, PaidForWord)


def _by_over(
    entries: tuple[_E, ...], records: dict[str, Programme]
) -> dict[str, tuple[tuple[_E, Programme], ...]]:
    """Entries that make another programme's work their own, by the key (or each of the
    keys) they override, each with the programme it gives."""

    def overs(e: _E) -> tuple[str, ...]:
        return (e.over,) if isinstance(e.over, str) else e.over

    return {
        over: tuple((e, records[e.programme]) for e in entries if over in overs(e))
        for over in {o for e in entries for o in overs(e)}
    }


# A number right after a word (幸福院10处): the word counts things of its own.
_COUNT_AFTER = re.compile(r"[ \t\u3000]?[0-9０-９]")


@dataclass(frozen=True)
class _Word:
    """A word that names a programme, with its strength."""

    programme: Programme
    level: int
    rule: str


class Labels(NamedTuple):
    programme: Programme | None
    area: str | None
    measure: str
    role: str
    period: Period | None
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class _Tables:
    programmes: dict[str, _Word]
    counts: dict[str, str]
    """What a count of each programme measures where no cue says."""
    amounts: dict[str, str]
    """What an amount of each programme measures where no cue says."""
    digits: frozenset[str]
    """The digits of Chinese numerals (二〇一二年 opens a year as 2012年 does)."""
    areas: dict[str, tuple[str, str]]
    scheme_areas: dict[str, tuple[str, str]]
    cues: dict[str, dict[str, MeasureCue]]
    roles: dict[str, tuple[str, str, str, bool]]
    target_words: tuple[str, ...]
    """The words of the role cues that make a target (计划, 力争, 总投资)."""
    changes: dict[str, str]
    area_firsts: frozenset[str]
    """The first characters of the area words."""
    area_reach: int
    """The length of the longest area word (城乡居民)."""
    summaries: tuple[str, ...]
    budgets: tuple[str, ...]
    allocations: tuple[str, ...]
    training: tuple[str, ...]
    population_verbs: tuple[str, ...]
    funds_after: tuple[str, ...]
    grants: re.Pattern[str]
    """Levels of government joined as a list (中央和省): who grants money raised from them."""
    cost_cues: frozenset[str]
    completions: tuple[str, ...]
    completion_stops: tuple[str, ...]
    near_completions: tuple[str, ...]
    budget_parts: frozenset[str]
    season_years: frozenset[str]
    helpers: tuple[str, ...]
    intakes: tuple[str, ...]
    cue_names: dict[str, tuple[tuple[str, int], ...]]
    """Each role cue word, with the names that hold it (计划生育) and where it stands in them."""
    workers: tuple[str, ...]
    certified: tuple[str, ...]
    stocks: frozenset[str]
    checks: frozenset[str]
    subsets: tuple[str, ...]
    reasons: re.Pattern[str]
    causes: re.Pattern[str]
    """A cause, from a word of ``cause_opens`` to one of ``cause_closes`` in one clause."""
    frame_opens: tuple[str, ...]
    frame_closes: tuple[str, ...]
    cue_times: tuple[str, ...]
    findings: tuple[str, ...]
    recipient_frames: tuple[str, ...]
    unified_areas: tuple[str, ...]
    finding_objects: tuple[str, ...]
    cue_firsts: tuple[str, ...]
    goals: tuple[str, ...]
    rolls: tuple[str, ...]
    """The roll words (a tuple, for ``str.endswith``: 新纳入 ends in 纳入)."""
    now: re.Pattern[str]
    present: tuple[str, ...]
    """A comma and a word of `present_openers` (，现有): a clause that counts what is now."""
    roll_marks: re.Pattern[str]
    standard_links: re.Pattern[str]
    average_bases: re.Pattern[str]
    average_reach: int
    levels: re.Pattern[str]
    caps: tuple[str, ...]
    thresholds: tuple[str, ...]
    threshold_tails: tuple[str, ...]
    threshold_people: tuple[str, ...]
    trained_programmes: frozenset[str]
    couple_programmes: frozenset[str]
    registrations: tuple[str, ...]
    """Words right before a count of couples that make it registrations (收养登记18对)."""
    helped_programmes: frozenset[str]
    part_helps: frozenset[str]
    part_rolls: tuple[str, ...]
    rollless_helps: frozenset[str]
    rollless_admits: frozenset[str]
    house_helps: frozenset[str]
    house_works: frozenset[str]
    site_works: frozenset[str]
    fund_keys: frozenset[str]
    work_sites: frozenset[str]
    helping_programmes: frozenset[str]
    visiting_programmes: frozenset[str]
    title_helped: frozenset[str]
    title_helps: frozenset[str]
    roll_helps: frozenset[str]
    frame_rolls: frozenset[str]
    other_counts: frozenset[str]
    attribute_marks: tuple[str, ...]
    trained_cadres: frozenset[str]
    population_links: tuple[str, ...]
    staff_nouns: tuple[str, ...]
    staff_links: tuple[str, ...]
    staff_blockers: tuple[str, ...]
    enrolment_schemes: tuple[str, ...]
    enrolment_verbs: tuple[str, ...]
    enrolment_helps: tuple[str, ...]
    enrolment_joins: tuple[str, ...]
    enrolment_tails: tuple[str, ...]
    goods_values: tuple[str, ...]
    gift_words: tuple[str, ...]
    gift_leads: tuple[str, ...]
    gift_lead_stops: tuple[str, ...]
    fund_sources: tuple[str, ...]
    weak_money_cues: frozenset[str]
    fund_name_heads: tuple[str, ...]
    weak_count_cues: frozenset[str]
    found_count_cues: frozenset[str]
    basis_words: frozenset[str]
    rural_people: tuple[str, ...]
    own_help_nouns: tuple[str, ...]
    eligible_words: tuple[str, ...]
    estimate_words: tuple[str, ...]
    estimate_needs: tuple[str, ...]
    target_labels: re.Pattern[str]
    delivery_cues: frozenset[str]
    year_starts: tuple[str, ...]
    member_nouns: frozenset[str]
    sum_leads: tuple[str, ...]
    recipient_splits: tuple[str, ...]
    sum_stops: tuple[str, ...]
    average_marks: tuple[str, ...]
    sample: re.Pattern[str]
    """A survey's sample that opens a sentence (受访的312名老年人中，)."""
    survey_words: tuple[str, ...]
    visit_words: tuple[str, ...]
    visit_keeps: tuple[str, ...]
    """The visit words and the recipient nouns: a visit's count that ends in one keeps the
    programme named before it."""
    same_day_words: tuple[str, ...]
    target_nouns: tuple[str, ...]
    bracket_targets: tuple[str, ...]
    target_tails: tuple[str, ...]
    target_tail_links: tuple[str, ...]
    populations: frozenset[str]
    linkages: frozenset[str]
    care_modes: frozenset[str]
    resident_groups: frozenset[str]
    resident_programmes: frozenset[str]
    keeping_marks: tuple[str, ...]
    questions: re.Pattern[str]
    """A line that opens a questioner's turn (记者（…）：, 【记者】, 问：)."""
    workforce_programmes: frozenset[str]
    care_owners: frozenset[str]
    change_heads: frozenset[str]
    reviews: tuple[str, ...]
    role_blockers: dict[str, str]
    funds: tuple[tuple[str, Programme, str], ...]
    domain_money: tuple[tuple[str, Programme, str], ...]
    receivers: dict[str, tuple[tuple[ReceiverWord, Programme], ...]]
    contexts: dict[str, tuple[tuple[ContextWord, Programme], ...]]
    paid_for: dict[str, tuple[tuple[PaidForWord, Programme], ...]]
    paid_leads: tuple[str, ...]
    purposes: tuple[str, ...]
    particles: tuple[str, ...]
    """The empty string and the particles that join a date to a figure (2020年底的…)."""
    done: tuple[str, ...]
    done_in: re.Pattern[str]
    """Any of the done words."""
    breakdowns: tuple[str, ...]
    references: tuple[str, ...]
    totals: tuple[str, ...]
    group_nouns: tuple[str, ...]
    nouns_in: re.Pattern[str]
    """Any of the group nouns."""
    generals: dict[str, Programme]
    semicolons: str
    etc_at: re.Pattern[str]
    """The longest etc word (等) at a place."""
    need_at: re.Pattern[str]
    """The longest need mark (困难) at a place."""
    each: tuple[str, ...]
    joins: frozenset[str]
    """What joins two items of a list: the list words and the enumeration comma."""
    join_ends: frozenset[tuple[str, str]]
    """The first and last characters of each join."""
    fillers: tuple[str, ...]
    period_fillers: tuple[str, ...]
    compare_leads: tuple[str, ...]
    cohorts: re.Pattern[str]
    numbered: re.Pattern[str]
    population_groups: frozenset[str]
    cohort_joins: tuple[str, ...]
    plan_leads: tuple[str, ...]
    gap_leads: tuple[str, ...]
    gap_marks: tuple[str, ...]
    shortfalls: tuple[str, ...]
    needs: tuple[str, ...]
    reaches: tuple[str, ...]
    sites: tuple[str, ...]
    stock_totals: tuple[str, ...]
    roll_leads: tuple[str, ...]
    roll_services: frozenset[str]
    wholes: tuple[str, ...]
    haves: tuple[str, ...]
    per_basis: regex.Pattern[str]
    """A rate's basis between a cue and its figure (由每项60元, 提高到每人每月500元)."""
    per_marks: re.Pattern[str]
    """The marks that every basis has (每): without one, no basis to look for."""
    per_reach: int
    """How far before its end a basis's last mark starts, at most: the longest mark, three
    characters (每个社区), and a line break."""
    age_band: re.Pattern[str]
    """An age band that ends a rate's lead (80-89周岁, 100周岁以上)."""
    requirements: frozenset[str]
    staff: tuple[str, ...]
    areas_apart: bool
    """No area word holds a programme word (城市 holds no programme's name)."""
    other: Programme
    """The programme of staff, population and training words (one object per rule set:
    compared by identity)."""
    beneficiaries: tuple[str, ...]
    resident_nouns: tuple[str, ...]
    beneficiary_reach: int
    """How far before a count a beneficiary word may start (three characters between)."""
    not_beneficiaries: tuple[str, ...]
    relatives: tuple[str, ...]
    scopes: tuple[str, ...]
    whole_marks: frozenset[str]
    purchases: frozenset[str]
    fund_names: tuple[str, ...]
    """The fund nouns of more than one character (资金, 经费; not 金): a fund's name."""
    generic_words: tuple[str, ...]
    """The programmes' generic words that may be short for a longer name (护理补贴, not
    救助), longest first."""
    help_heads: tuple[str, ...]
    """The help a generic word starts with (救助 of 救助资金, 救助对象)."""
    area_free_staff: tuple[str, ...]
    """Words of staff whose counts take no area from people named before them: the
    programmes' workers (`worker_words`) and the cadres of `area_free_staff`."""
    benefit_names: dict[tuple[str, str], _Word]
    """A generic word (护理补贴) and another domain, by the one programme of that domain
    whose word is that domain's people and the generic word (失能老年人护理补贴): the bare
    word is that programme's where its domain's people are named before it."""
    short_names: dict[str, str]
    """Each programme's word that ends another programme's word (福利院 of 儿童福利院), by
    the longer word: after the longer name in its paragraph, the bare word is short for it."""
    admission_marks: tuple[str, ...]
    admission_stops: tuple[str, ...]
    sequel_marks: tuple[str, ...]
    sequel_stops: tuple[str, ...]
    cause_exits: tuple[str, ...]
    admitted_leads: tuple[str, ...]
    admitted_firsts: tuple[str, ...]
    setups: frozenset[str]
    builds: tuple[str, ...]
    setup_stops: tuple[str, ...]
    alone_relatives: frozenset[str]
    approx_after: tuple[str, ...]
    ages: tuple[str, ...]
    population: tuple[str, ...]
    approx_before: tuple[str, ...]
    problems: tuple[str, ...]
    reference_fillers: tuple[str, ...]
    rate_refs: tuple[str, ...]
    """References that may only say at what rate (按): not one before a name 每 follows."""
    multiple: re.Pattern[str]
    """A multiple of a level right after a programme's name (标准的6倍)."""
    money_changes: tuple[str, ...]
    money_changes_in: re.Pattern[str]
    spending: tuple[str, ...]
    general_keys: frozenset[Programme]
    """The domains' general programmes (assistance_general…)."""
    dated: dict[str, tuple[int, _Word]]
    """Old names another programme now uses: the last year each was current, and what it
    named then."""


def _short_names(rules: Rules) -> dict[str, str]:
    """The programme words that end a longer word of another programme, by the longer
    word (儿童福利院 → 福利院)."""
    owner = {w: p.key for p in rules.programmes for w in p.words}
    wholes = set(rules.whole_names)
    return {
        full: short
        for full in owner
        for short in owner
        if len(short) >= _SHORT_WORD
        and short not in wholes
        and full != short
        and full.endswith(short)
        and owner[full] != owner[short]
    }


def _benefit_names(
    rules: Rules, records: dict[str, Programme], programmes: dict[str, _Word]
) -> dict[tuple[str, str], _Word]:
    """For each generic word of `_SHORT_NAME` or more characters and each domain, the
    programme of that domain with a word that is its people's name and the generic word
    (失能老年人护理补贴: 失能老年人 and 护理补贴; 残疾人生活补贴), where only one has such a
    word."""
    owners: dict[tuple[str, str], set[str]] = {}
    for g in rules.programmes:
        for word in g.generic:
            if len(word) < _SHORT_NAME:
                continue
            for p in rules.programmes:
                for w in p.words:
                    people = programmes.get(w[: -len(word)]) if w.endswith(word) else None
                    if (
                        people is not None
                        and people.level < WORD
                        and people.programme.domain == p.domain
                    ):
                        owners.setdefault((word, p.domain), set()).add(p.key)
    ids = {p.key: p.id for p in rules.programmes}
    return {
        at: _Word(records[key], WORD, ids[key])
        for at, keys in owners.items()
        if len(keys) == 1
        for key in keys
    }


def _inside_any(text: str, at: int, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` stands over position ``at`` of ``text`` (向 inside 面向, 后
    inside 今后)."""
    return any(text.find(w, max(0, at - len(w) + 1), at + len(w)) >= 0 for w in words)


def _numbered_pattern(names: tuple[str, ...], number: str) -> re.Pattern[str]:
    """The numbered names of `numbered_names`, # as ``number`` (第#号台风)."""
    found = [number.join(re.escape(part) for part in w.split("#")) for w in names]
    return re.compile("|".join(found) or "(?!)")


@cache
def _tables(rules: Rules) -> _Tables:
    programmes: dict[str, _Word] = {}
    records = {p.key: Programme(p.key, p.name, p.domain) for p in rules.programmes}
    for p in rules.programmes:
        for w in p.generic:
            programmes[w] = _Word(records[p.key], GENERIC, p.id)
    # A domain's own words (社会救助资金) say as much as a group: less than a programme's.
    for d in rules.domains:
        for w in d.words:
            programmes[w] = _Word(records[d.general], GROUP, d.id)
    for p in rules.programmes:
        for w in p.groups:
            programmes[w] = _Word(records[p.key], GROUP, p.id)
        for w in p.words:
            programmes[w] = _Word(records[p.key], WORD, p.id)
    # An old name in which another programme's word now stands (特困户: 农村特困户救助 until
    # 2007, 特困供养 since) names the old programme only in reports of its years.
    # An old name of people (五保户, 三无人员: it ends in a noun of people) is a group, as
    # the current names of people (特困人员) are.
    people = tuple(rules.group_nouns)
    dated: dict[str, tuple[int, _Word]] = {}
    for p in rules.programmes:
        for o in p.old_names:
            word = _Word(records[p.key], GROUP if o.word.endswith(people) else WORD, p.id)
            if any(
                w in o.word and v.level > GENERIC and v.programme.key != p.key
                for w, v in programmes.items()
            ):
                dated[o.word] = (o.until, word)
            else:
                programmes[o.word] = word
    generals = {d.key: records[d.general] for d in rules.domains}
    number = f"[0-9０-９.．{re.escape(''.join(c.word for c in rules.numeral_chars))}]{{1,6}}"
    return _Tables(
        programmes=programmes,
        counts={p.key: p.counts for p in rules.programmes},
        amounts={p.key: p.amounts for p in rules.programmes},
        digits=frozenset(c.word for c in rules.numeral_chars if c.role == "digit"),
        # A scheme's name (新型农村合作医疗) is found as one word, so that the area word in it
        # is none; such words are dropped after the search.
        areas={
            **{w: ("", "area_free_names:" + w) for w in rules.area_free_names},
            **{a.word: (a.area, a.id) for a in rules.area_words},
        },
        scheme_areas=_scheme_areas(rules),
        cues={
            "count": {c.word: c for c in rules.count_cues},
            "money": {c.word: c for c in rules.money_cues},
            "rate": {c.word: c for c in rules.rate_cues},
            "beds": {c.word: c for c in rules.bed_cues},
            "couples": {c.word: c for c in rules.couple_cues},
        },
        roles={r.word: (r.role, r.where, r.id, r.paired) for r in rules.role_cues},
        target_words=tuple(r.word for r in rules.role_cues if r.role == "target"),
        changes={e.word: e.id for e in rules.table("change_words")},
        area_firsts=frozenset(a.word[0] for a in rules.area_words),
        area_reach=max((len(a.word) for a in rules.area_words), default=0),
        summaries=rules.summary_words,
        budgets=rules.budget_words,
        allocations=tuple(rules.allocation_words),
        training=longest_first(rules.training_words),
        population_verbs=longest_first(rules.population_verbs),
        funds_after=tuple(rules.fund_nouns),
        grants=_joined_list(rules.grant_levels, rules.list_words),
        cost_cues=frozenset(rules.cost_cues),
        completions=longest_first(rules.completion_words),
        completion_stops=tuple(rules.completion_stops),
        near_completions=longest_first(rules.near_completion_words),
        budget_parts=frozenset(rules.budget_part_cues),
        season_years=frozenset(rules.season_year_words),
        helpers=tuple(rules.helper_nouns),
        intakes=tuple(rules.intake_marks),
        cue_names=_names_holding({c.word for c in rules.role_cues}, rules.cue_names),
        workers=longest_first(rules.worker_words),
        certified=longest_first(rules.certified_words),
        stocks=frozenset(rules.stock_words),
        checks=frozenset(rules.check_words),
        subsets=longest_first(rules.subset_marks),
        reasons=words_pattern(rules.reason_words),
        frame_opens=tuple(rules.frame_opens),
        frame_closes=tuple(rules.frame_closes),
        cue_times=tuple(rules.cue_time_marks),
        findings=longest_first(rules.finding_leads),
        recipient_frames=tuple(rules.recipient_frames),
        unified_areas=longest_first(rules.unified_areas),
        finding_objects=tuple(rules.finding_objects),
        cue_firsts=tuple(rules.cue_first_marks),
        causes=_words_apart(rules.cause_opens, rules.cause_closes, f"{{1,{_CAUSE_REACH}}}?"),
        goals=tuple(rules.goal_words),
        rolls=tuple(rules.roll_words),
        now=words_pattern(rules.now_words),
        present=tuple(c + w for c in COMMAS for w in rules.present_openers),
        roll_marks=words_pattern(rules.roll_marks),
        average_bases=re.compile("(?:" + trie(rules.average_bases) + ")\\s*$"),
        average_reach=max(map(len, rules.average_bases), default=0) + 2,
        standard_links=re.compile("(?:\\s|" + words_pattern(rules.standard_links).pattern + ")*"),
        levels=words_pattern(rules.level_words),
        caps=longest_first(rules.cap_words),
        thresholds=longest_first(rules.threshold_leads),
        threshold_tails=longest_first(rules.threshold_tails),
        threshold_people=(*rules.group_nouns, *rules.threshold_people),
        trained_programmes=frozenset(rules.trained_programmes),
        couple_programmes=frozenset(rules.couple_programmes),
        registrations=tuple(rules.registration_words),
        helped_programmes=frozenset(rules.helped_programmes),
        part_helps=frozenset(rules.part_helps),
        part_rolls=tuple(rules.part_rolls),
        rollless_helps=frozenset(rules.rollless_helps),
        rollless_admits=frozenset(rules.rollless_admits),
        house_helps=frozenset(rules.house_helps),
        house_works=frozenset(rules.house_works),
        site_works=frozenset(rules.site_works),
        fund_keys=frozenset(rules.fund_programmes),
        work_sites=frozenset(rules.work_sites),
        helping_programmes=frozenset(rules.helping_programmes),
        visiting_programmes=frozenset(rules.visiting_programmes),
        title_helped=frozenset(rules.title_helped),
        title_helps=frozenset(rules.title_helps),
        roll_helps=frozenset(rules.roll_helps),
        frame_rolls=frozenset(rules.frame_rolls),
        other_counts=frozenset(rules.other_count_cues),
        attribute_marks=tuple(rules.attribute_marks),
        trained_cadres=frozenset(rules.trained_cadres),
        population_links=longest_first(rules.population_links),
        staff_nouns=longest_first(rules.staff_nouns),
        staff_links=longest_first(rules.staff_links),
        staff_blockers=tuple(rules.staff_blockers),
        enrolment_schemes=tuple(rules.enrolment_schemes),
        enrolment_verbs=longest_first(rules.enrolment_verbs),
        enrolment_helps=tuple(rules.enrolment_helps),
        enrolment_joins=tuple(rules.enrolment_joins),
        enrolment_tails=longest_first(rules.enrolment_tails),
        goods_values=tuple(rules.goods_values),
        gift_words=tuple(rules.gift_words),
        gift_leads=tuple(rules.gift_leads),
        gift_lead_stops=tuple(rules.gift_lead_stops),
        fund_sources=tuple(rules.fund_sources),
        weak_money_cues=frozenset(rules.weak_money_cues),
        fund_name_heads=tuple(rules.fund_name_heads),
        weak_count_cues=frozenset(rules.weak_count_cues),
        found_count_cues=frozenset(rules.found_count_cues),
        basis_words=frozenset(rules.basis_words),
        rural_people=tuple(rules.rural_people),
        own_help_nouns=tuple(rules.own_help_nouns),
        eligible_words=tuple(rules.eligible_words),
        estimate_words=tuple(rules.estimate_words),
        estimate_needs=tuple(rules.estimate_needs),
        delivery_cues=frozenset(rules.delivery_cues),
        year_starts=tuple(rules.year_start_words),
        target_labels=words_pattern(tuple(w + c for w in rules.target_labels for c in COLONS)),
        member_nouns=frozenset(rules.member_nouns),
        sum_leads=tuple(rules.sum_leads),
        recipient_splits=tuple(rules.recipient_splits),
        sum_stops=tuple(rules.sum_stops),
        average_marks=tuple(rules.average_marks),
        sample=_words_apart(
            rules.sample_words,
            [mark + comma for mark in rules.subset_marks for comma in COMMAS],
            f"{{0,{_SAMPLE_REACH}}}",
        ),
        survey_words=longest_first(rules.survey_words),
        visit_words=longest_first(rules.visit_words),
        visit_keeps=(*rules.visit_words, *rules.recipient_nouns),
        same_day_words=tuple(rules.same_day_words),
        target_nouns=longest_first(rules.target_nouns),
        bracket_targets=longest_first(rules.bracket_targets),
        target_tails=tuple(rules.target_tails),
        target_tail_links=longest_first(rules.target_tail_links),
        populations=frozenset(rules.population_programmes),
        linkages=frozenset(rules.linkage_programmes),
        care_modes=frozenset(rules.care_modes),
        resident_groups=frozenset(rules.resident_groups),
        resident_programmes=frozenset(rules.resident_programmes),
        keeping_marks=tuple(rules.keeping_marks),
        questions=_turns(tuple(rules.question_marks)),
        workforce_programmes=frozenset(rules.workforce_programmes),
        care_owners=frozenset(rules.care_mode_owners),
        change_heads=frozenset(rules.change_heads),
        reviews=tuple(rules.review_words),
        role_blockers={w: w for w in rules.role_blockers},
        funds=tuple((w.word, records[w.programme], w.id) for w in rules.funds_words),
        domain_money=tuple((w.word, records[w.programme], w.id) for w in rules.domain_money_words),
        receivers=_by_over(rules.receiver_words, records),
        contexts=_by_over(rules.context_words, records),
        paid_for=_by_over(rules.paid_for_words, records),
        paid_leads=tuple(rules.paid_for_leads),
        purposes=longest_first(rules.purpose_verbs),
        particles=("", *rules.particles),
        done=rules.done_words,
        done_in=words_pattern(rules.done_words),
        breakdowns=rules.breakdown_words,
        references=rules.reference_words,
        totals=rules.total_prefixes,
        group_nouns=rules.group_nouns,
        nouns_in=words_pattern(rules.group_nouns),
        generals=generals,
        semicolons="；;",
        etc_at=words_pattern(rules.etc_words),
        need_at=words_pattern(rules.need_marks),
        each=longest_first(rules.respectively_words),
        joins=frozenset((*rules.list_words, "、")),
        join_ends=frozenset((w[0], w[-1]) for w in (*rules.list_words, "、") if w),
        fillers=longest_first(rules.filler_words),
        period_fillers=longest_first(rules.period_fillers),
        compare_leads=longest_first(rules.compare_leads),
        cohorts=words_pattern(rules.cohort_words),
        numbered=_numbered_pattern(rules.numbered_names, number),
        population_groups=frozenset(rules.population_groups),
        cohort_joins=tuple(rules.cohort_joins),
        plan_leads=tuple(rules.plan_leads),
        gap_leads=tuple(rules.gap_leads),
        gap_marks=tuple(rules.gap_marks),
        shortfalls=longest_first(rules.shortfall_leads),
        needs=longest_first(rules.need_leads),
        reaches=longest_first(rules.reach_leads),
        sites=tuple(rules.site_nouns),
        stock_totals=longest_first(rules.stock_totals),
        roll_leads=tuple(rules.roll_leads),
        roll_services=frozenset(rules.roll_services),
        wholes=longest_first(rules.whole_leads),
        haves=("", *rules.have_words),
        # 由每人每⏎月560元, 由⏎每人每月: a soft wrap may stand inside a basis or before it.
        per_basis=regex.compile(
            f"(?:\\s*(?:{trie(rules.per_marks)})\\s*\\p{{Han}}(?:\\s*\\p{{Han}}){{0,2}}?)+$"
        ),
        per_marks=words_pattern(rules.per_marks),
        per_reach=max(map(len, rules.per_marks), default=0) + 4,
        age_band=re.compile(
            rf"[0-9０-９]{{2,3}}(?:(?:{trie(rules.range_separators)})[0-9０-９]{{2,3}})?"
            rf"(?:{trie((*rules.age_marks, *rules.age_units))})$"
        ),
        requirements=frozenset(
            r.id for r in rules.role_cues if r.where == "adjacent" and r.role == "target"
        ),
        staff=longest_first(rules.staff_suffixes),
        areas_apart=not any(w in a.word for a in rules.area_words for w in programmes),
        other=records["other"],
        beneficiaries=rules.beneficiary_words,
        resident_nouns=tuple(rules.resident_nouns),
        beneficiary_reach=max(map(len, rules.beneficiary_words), default=0) + 3,
        not_beneficiaries=rules.beneficiary_blockers,
        relatives=tuple(rules.relative_marks),
        scopes=tuple(rules.scope_nouns),
        whole_marks=frozenset(rules.whole_marks),
        purchases=frozenset(rules.purchase_words),
        fund_names=tuple(w for w in rules.fund_nouns if len(w) > 1),
        help_heads=tuple(rules.help_heads),
        area_free_staff=(*rules.worker_words, *rules.area_free_staff),
        generic_words=longest_first(
            tuple(w for p in rules.programmes for w in p.generic if len(w) >= _SHORT_NAME)
        ),
        benefit_names=_benefit_names(rules, records, programmes),
        short_names=_short_names(rules),
        admission_marks=tuple(rules.admission_marks),
        admission_stops=tuple(rules.admission_stops),
        sequel_marks=tuple(rules.sequel_marks),
        sequel_stops=tuple(rules.sequel_stops),
        cause_exits=tuple(rules.cause_exits),
        admitted_leads=longest_first(rules.admitted_leads),
        admitted_firsts=tuple({w[0] for w in rules.admitted_leads}),
        setups=frozenset(rules.setup_words),
        builds=tuple(rules.build_words),
        setup_stops=tuple(rules.setup_stops),
        alone_relatives=frozenset(
            e.id
            for e in rules.date_words
            if e.role == "relative" and e.word in rules.alone_relatives
        ),
        approx_after=tuple(rules.approx_after),
        ages=longest_first(rules.age_marks),
        population=tuple(rules.population_nouns),
        approx_before=longest_first(rules.approx_before),
        problems=tuple(rules.problem_words),
        reference_fillers=longest_first(rules.reference_fillers),
        rate_refs=tuple(rules.rate_references),
        multiple=re.compile(
            f"(?:{trie(rules.reference_tails)})?\\s*{number}"
            # 低保标准的２至６倍, 低保标准差额的 6-12 倍: a range of multiples.
            f"(?:\\s*(?:{trie(rules.range_separators)})\\s*{number})?\\s*"
            f"(?:{trie(rules.multiple_words)})"
        ),
        money_changes=longest_first(rules.money_change_verbs),
        money_changes_in=words_pattern(rules.money_change_verbs),
        spending=tuple(rules.money_change_nouns),
        general_keys=frozenset(generals.values()),
        dated=dated,
    )


class Labeller:
    """Labels the figures of one report; built once per report, asked once per figure."""

    # Each figure reads these hundreds of times. As slots, a read is a fixed offset; as
    # entries of an instance dict of some sixty keys (more than CPython shares a key table
    # for), a look-up: annotate -2.8% instructions.
    __slots__ = (
        "_admissions",
        "_areaed_chains",
        "_areas_of",
        "_around",
        "_bare_areas",
        "_bests",
        "_breakdowns",
        "_chains",
        "_cues",
        "_firsts",
        "_governs",
        "_opened",
        "_opening_years",
        "_parallels",
        "_periods",
        "_plan_starts",
        "_plans",
        "_section_exprs",
        "_section_years",
        "_spans",
        "_title_areas",
        "_title_spans",
        "allocation",
        "areaed",
        "areas",
        "areas_so_far",
        "brackets",
        "breakdowns_at",
        "breaks",
        "budget",
        "captions",
        "causes",
        "cells",
        "change_ends",
        "changes",
        "clause_of",
        "compares",
        "demoted",
        "each_at",
        "expr_before",
        "expr_starts",
        "exprs",
        "figure_starts",
        "figures",
        "findings_at",
        "folded",
        "funds",
        "headed",
        "heads",
        "in_full",
        "lead_plans",
        "level_starts",
        "line_ends",
        "marked",
        "marks",
        "masked",
        "measures_so_far",
        "meta",
        "news_leads",
        "news_spans",
        "news_starts",
        "next_money",
        "periods_so_far",
        "plain_before",
        "plan_report",
        "plan_sections",
        "programmes_so_far",
        "reach",
        "report_starts",
        "report_titles",
        "reports",
        "role_starts",
        "roles",
        "roles_so_far",
        "rules",
        "sample_ends",
        "samples",
        "schemes",
        "sections",
        "segments",
        "semicolons",
        "sentence_of",
        "sentence_roles",
        "served_at",
        "shown",
        "surveys",
        "t",
        "text",
        "unified_at",
        "unserved_at",
        "words",
        "year_known",
        "year_written",
    )

    def __init__(
        self,
        text: str,
        sections: tuple[Section, ...],
        figures: Sequence[Figure],
        meta: Meta,
        rules: Rules,
        shown: str | None = None,
        folded: str | None = None,
        reach: Period | None = None,
    ) -> None:
        """``text`` is read for the labels; ``shown`` (the same length, default ``text``)
        is the report's own text, which the evidence quotes; ``folded`` is `fold_digits`
        of ``text``, where the caller has it; ``reach`` is how far the report's data reach
        where that is short of its period, which the roles read (what it plans for the
        rest of its period is a target)."""
        self.text = text
        self.shown = text if shown is None else shown
        self.sections = sections
        self.figures = figures
        self.meta = meta
        self.reach = meta.period if reach is None else reach
        self.t = _tables(rules)
        self.rules = rules
        self.breaks = Breaks(
            text,
            ((s.start, _title_stop(text, s)) for s in sections),
            [(f.start, f.end) for f in figures],
        )
        self.figure_starts = [f.start for f in figures]
        # The next amount after each figure, found once (a long clause of counts is not
        # read again for every count in it).
        self.next_money = [len(figures)] * len(figures)
        upcoming = len(figures)
        for j in range(len(figures) - 1, -1, -1):
            self.next_money[j] = upcoming
            if figures[j].kind.name == "money":
                upcoming = j
        # Every figure's clause and sentence, and the part of its clause between its
        # neighbours: asked for many times per figure, found once.
        self.clause_of = self.breaks.around(self.figure_starts, sentences=False)
        self.sentence_of = self.breaks.around(self.figure_starts, sentences=True)
        n = len(figures)
        ends_before = [0, *(f.end for f in figures)][:n]
        starts_after = [*self.figure_starts[1:], len(text)][:n]
        self.segments = [
            (c_lo, c_hi, end if end > c_lo else c_lo, start if start < c_hi else c_hi)
            for (c_lo, c_hi), end, start in zip(
                self.clause_of, ends_before, starts_after, strict=True
            )
        ]
        self.semicolons = [m.start() for m in re.finditer(f"[{self.t.semicolons}]", text)]
        # Further reports in the file (…2023年工作总结 … XX县民政局2024年工作计划): each
        # gives the figures after it its year, and makes them plans if it is one.
        items = news_items(text, rules)
        self.reports = [
            (lo, hi, year, is_plan(text[lo:hi], rules))
            for lo, hi, year in report_lines(text, sections, rules, meta.title, items)
        ]
        # A page of two or more news items: each item's lead sentence dates the item
        # (3月10日至4月20日，区民政局…开展年度审核), and the figures of its other sentences
        # that name no period.
        paged = items if len(items) > 1 else []
        self.news_starts = [start for start, _, _, _ in paged]
        self.news_leads = [self._item_lead(body) for _, _, _, body in paged]
        # What an item reports since a start runs to the day it was posted (今年以来 in an
        # item posted on 4 August: 1 January to 4 August), not to the end of the page's period.
        self.news_spans = [Period(date(day.year, 1, 1), day) for _, _, day, _ in paged]
        self._chains: dict[int | None, list[Section]] = {}
        self._title_spans: dict[int | None, list[tuple[int, int]]] = {}
        self._plans: dict[int | None, tuple[int, int] | None] = {}
        self._around: dict[tuple[int, int], list[Mention[_Word]]] = {}
        self._admissions: dict[int, Mention[_Word] | None] = {}
        # Where the words of 分别 stand: most clauses have none.
        # 分别, also where a soft wrap cuts it (城市、农村低保月人均补差分⏎别为389元、211元).
        self.each_at = find(text, dict.fromkeys(self.t.each), None, self.breaks.wraps).starts
        # Where the words that open a breakdown stand, also where a soft wrap cuts one
        # (在册低保对象13986户21534人，其⏎中城市低保642户).
        self.breakdowns_at = find(text, dict.fromkeys(self.t.breakdowns), None, self.breaks.wraps)
        # Where the words of an audit's finding stand (审计发现): most texts have none.
        self.findings_at = find(text, dict.fromkeys(self.t.findings), None)
        # Where the words of terms alike in town and country stand (城乡统一): most texts
        # have none.
        self.unified_at = find(
            text, dict.fromkeys(self.t.unified_areas, ("both", "meaning.area.unified")), None
        )
        # Where the words of a survey stand (座谈, 受访): most texts have none.
        self.surveys = find(text, dict.fromkeys(self.t.survey_words), None)
        # A word may run across a soft wrap, or across one space between Han characters, as
        # OCR leaves them (城 市低保标准).
        wraps = sorted([*self.breaks.wraps, *(m.start() for m in _STRAY_SPACE.finditer(text))])
        # Where the words that start like a beneficiary word but name no one (对象, 对于)
        # stand, also where a soft wrap or a stray space cuts one (农村低保对⏎象15326户,
        # 城乡低保对 象2.36万户).
        self.unserved_at = frozenset(
            find(text, dict.fromkeys(self.t.not_beneficiaries), None, wraps).starts
        )
        # Where the beneficiary words (为, 对) stand: most counts have none right before them.
        self.served_at = sorted({j for w in self.t.beneficiaries for j in occurrences(text, w)})
        # Where the training words and age marks stand, for the few clauses that hold one.
        self.marks = {
            w: occurrences(text, w)
            for w in (*self.t.training, *self.t.ages, *self.t.population_verbs)
        }
        self.marked = sorted({j for starts in self.marks.values() for j in starts})
        """Where any of them starts: one bisection tells that a clause holds none (most)."""
        self._governs: dict[int, Expression | None] = {}
        self._breakdowns: dict[tuple[int, int], bool] = {}
        self._opened: dict[int, bool] = {}
        self._bests: dict[tuple[int, int, int, bool, str | None], Mention[_Word] | None] = {}
        self._firsts: dict[tuple[int, int, bool], tuple[Mention[_Word], Mention[_Word]]] = {}
        self._parallels: dict[tuple[int, int], bool] = {}
        self._title_areas: dict[tuple[int | None, str, str], Mention[tuple[str, str]] | None] = {}
        self._bare_areas: dict[int | None, Mention[tuple[str, str]] | None] = {}
        self._opening_years: dict[int, int | None] = {}
        self._areaed_chains: dict[int | None, list[tuple[Section, list[Mention[_Word]]]]] = {}
        self.demoted: set[Mention[_Word]] = set()
        """Programme names that name a group here (低保家庭): they give way to a helper."""
        # Every question about words and periods is about the sentences of a figure (and
        # its phrase), a section title or the report's title: only they are read, unless a
        # list could run on across a sentence's end. (An area word may stand before a line
        # break that ends the sentence: those are all read.)
        # Where lines end and table cells part (| or a tab): found once, bisected per figure.
        self.line_ends = [m.start() for m in _NEWLINE.finditer(text)]
        self.cells = [m.start() for m in CELL_MARKS.finditer(text)]
        self.brackets = {c: [m.start() for m in re.finditer(re.escape(c), text)] for c in _BRACKETS}
        self.heads = _column_heads(text, figures, self.cells, self.line_ends)
        """Each figure in a table row (cells between tabs or |): its column's head cell."""
        self.captions = _captions(text, self.heads, self.line_ends)
        """Each figure in a table row: the line above its table's head (表2 …高龄津贴发放情况)."""
        spans = (
            self.breaks.spans(
                [
                    *self.heads.values(),
                    *self.captions.values(),
                    *(
                        _reach(f)
                        for f, (lo, hi) in zip(figures, self.sentence_of, strict=True)
                        if _out_of(f, lo, hi)
                    ),
                    *((s.title_start, s.title_end) for s in sections),
                    *([] if meta.title is None else [(meta.title.start, meta.title.end)]),
                ],
                dict.fromkeys(self.sentence_of),
            )
            if ends_no_sentence((*self.t.joins, *self.t.group_nouns, *self.t.staff))
            else None
        )
        table = self.t.programmes
        if meta.year is not None and any(meta.year <= y for y, _ in self.t.dated.values()):
            table = {
                **table,
                **{w: old for w, (y, old) in self.t.dated.items() if meta.year <= y},
            }
        self.causes = [m.span() for m in self.t.causes.finditer(text)]
        """Where causes stand (因死亡、退出低保等原因): the words in them name no figure's
        programme. Most texts have a few."""
        # Where a survey's sample stands (受访的312名老年人中，): found once, not searched for
        # again from its sentence's start for every count after it.
        self.samples = list(self.t.sample.finditer(text))
        self.sample_ends = [m.end() for m in self.samples]
        self.words: Mentions[_Word] = self._weighed(find(text, table, spans, wraps))
        self.level_starts = {
            level: [m.start for m in self.words.items if m.entry.level >= level]
            for level in (GROUP, WORD)
        }
        """Where the words of each level or above start: whether a stretch holds one."""
        generics = self.t.generic_words
        self.in_full: dict[str, list[Mention[_Word]]] = {}
        """The programme words that end in a generic word (失能老年人护理补贴 in 护理补贴)
        or in another programme's word (儿童福利院 in 福利院), by that word, in order: what
        the bare word after them is short for."""
        shorts = self.t.short_names
        for m in self.words.items:
            if m.entry.level == WORD and m.word.endswith(generics):
                for g in generics:
                    if m.word.endswith(g) and m.word != g:
                        self.in_full.setdefault(g, []).append(m)
            if m.word in shorts:
                self.in_full.setdefault(shorts[m.word], []).append(m)
        found_areas = find(text, self.t.areas, None, wraps)
        # 桐城市, 盐城市: the report's place may end in an area word (城市) that is its own.
        place = "" if meta.place is None else meta.place.name
        named = [(at, at + len(place)) for at in occurrences(text, place)] if place else []
        self.areas: Mentions[tuple[str, str]] = Mentions(
            [
                a
                for a in found_areas.items
                if a.entry[0] and not any(lo < a.end and a.start < hi for lo, hi in named)
            ]
        )
        self.schemes: Mentions[tuple[str, str]] = Mentions(
            [a for a in found_areas.items if not a.entry[0] and a.word in self.t.scheme_areas]
        )
        self.areaed = self._with_area() if self.t.areas_apart else self.words
        """The programme words that an area word goes with: what the area steps look for."""
        self._spans = spans
        self._cues: dict[str, Mentions[MeasureCue]] = {}
        self.roles: Mentions[tuple[str, str, str, bool]] = find(text, self.t.roles, spans, wraps)
        blocked = find(text, self.t.role_blockers, spans, wraps) if self.t.role_blockers else None
        if blocked is not None and blocked.items:
            # 虚拟养老院: a cue inside a word that holds it is none.
            held = [(b.start, b.end) for b in blocked.items]
            self.roles = Mentions(
                [
                    r
                    for r in self.roles.items
                    if not any(a <= r.start and r.end <= b for a, b in held)
                ]
            )
        # A report's title runs into its first sentence where no stop ends it; its plan word
        # (2011年工作总结和2012年工作计划) makes no target of the figures after it.
        heading = (-1, -1) if meta.title is None else (meta.title.start, meta.title.end)
        self.sentence_roles = Mentions(
            [
                r
                for r in self.roles.items
                if r.entry[1] == "sentence" and not heading[0] <= r.start < heading[1]
            ]
        )
        """The role cues that reach over their sentence (力争, 计划)."""
        self.changes: Mentions[str] = find(text, self.t.changes, spans, wraps)
        self.role_starts = sorted((*self.roles.starts, *self.changes.starts))
        """Where role cues and change words start."""
        # Where the change words that start at each place end: each cue asks (most start none).
        self.change_ends: dict[int, list[int]] = {}
        for ch in self.changes.items:
            self.change_ends.setdefault(ch.start, []).append(ch.end)
        self.folded = fold_digits(text, rules) if folded is None else folded
        # 截至2023年6⏎月30日, 上半⏎年: a soft wrap inside a period expression is no break.
        # 2013年冬季退役士兵: a year that names a cohort of people dates nothing; 较上年末:
        # the end of a counted year compared with is the year compared with.
        found = list(_expressions_across(self.folded, self.breaks.wraps, rules, spans))
        cohort = self._cohorts(text, found)
        # 今年第3号台风: a whole year that opens a numbered name dates nothing, whatever its
        # kind (7月下旬第10号台风 still dates the storm's figures).
        numbered = self.t.numbered.match
        self.exprs = [
            replace(e, mode="rel") if e.shift and self._compared_from(e.start) else e
            for e, named in zip(found, cohort, strict=True)
            if (e.mode != "interval" or not named)
            and not (e.first == 1 and e.last == 12 and numbered(text, e.end))
        ]
        self.expr_starts = [e.start for e in self.exprs]
        self.compares = [self._comparison_ref(e) for e in self.exprs]
        # For each expression, the nearest one up to it that compares nothing: a sentence of
        # many 比上年 is stepped over at once, not one comparison at a time per figure.
        self.plain_before: list[int] = []
        for j, compares in enumerate(self.compares):
            self.plain_before.append(
                self.plain_before[-1] if compares and j else (-1 if compares else j)
            )
        # For each expression, the nearest one up to it that writes the year of a span of
        # months (2024年,全县1-12月…): found once, not by a walk back per figure.
        self.year_written: list[int] = []
        last = -1
        for j, x in enumerate(self.exprs):
            # Not a span of years (围绕“十二五”规划收官，全年…支出: no one year of it).
            if (
                x.year is not None
                and x.mode == "interval"
                and x.years == 1
                and not self.compares[j]
            ):
                last = j
            self.year_written.append(last)
        # The last expression that starts before each figure.
        starts = self.expr_starts
        self.expr_before = [bisect_left(starts, at) - 1 for at in self.figure_starts]
        self._section_exprs: dict[tuple[int | None, bool, bool], Expression | None] = {}
        self._section_years: dict[tuple[int, bool], int | None] = {}
        self._plan_starts: dict[int, int | None] = {}
        self._periods: dict[tuple[int, int | None, bool], Period | None] = {}
        self.masked = any(e.mode == "masked" for e in self.exprs)
        title = "" if meta.title is None else meta.title.text
        # 存在问题和下步打算: the problems come first and are how things stand; the plans
        # that follow say so with their own cues (力争, 计划). 2015年度重点工作目标完成情况的报告:
        # its 一、兜底保障目标 reports what was done (its 五、2016年工作安排 still plans).
        reviewed = reviewed_plan(title, rules)
        # 关于下达2024年困难群众救助补助资金的通知: a notice that hands out money. Its
        # sections that name the money (一、资金安排) are the allocation, not a plan.
        self.allocation = self._allocation(title, meta.title)
        self.plan_sections = {
            s.index
            for s in sections
            if names_plan(head := _title_head(s.title), rules)
            and not (self.allocation is not None and any(w in head for w in self.t.funds_after))
            and not any(w in head for w in self.t.problems)
            and not (reviewed is not None and reviewed in head and not names_plan_word(head, rules))
            # 一、目标任务完成情况: a title that reviews its own plan words reports.
            and reviewed_plan(head, rules) is None
        }
        # 三、困难问题及2022年工作思路 … 才仍然不足。2022年重点抓好以下工作：（一）…: the
        # items a sentence announces as the plan are plans, the problems before them are not.
        self.lead_plans = self._lead_plans(sections, meta.year)
        # 三、2025年重点工作 … 记者（三峡日报）：去年我市在儿童福利方面有哪些举措？ 陈静：…: a
        # transcript's answers report the report's year, not that of the plan before them.
        self.reports = sorted([*self.reports, *self._questions(text, meta)])
        self.report_starts = [r[0] for r in self.reports]
        self.report_titles = {r[:2] for r in self.reports}
        summary = any(w in title for w in self.t.summaries)
        self.budget = None if summary else _word_span(title, self.t.budgets, meta.title)
        self.funds = self._funds(title)
        self.plan_report = self.budget is not None or is_plan(title, rules)
        # A year read from the first year in the text may be any year the report names.
        self.year_known = any(
            ev.field == "year" and ev.rule != "meta.year.first" for ev in meta.evidence
        )
        self.roles_so_far: list[str] = []
        self.periods_so_far: list[Period | None] = []
        self._areas_of: dict[int, Mention[tuple[str, str]] | None] = {}
        self.programmes_so_far: list[tuple[Mention[_Word], str] | None] = []
        self.headed: set[int] = set()
        """Figures measured by their column's head (`_head_cue`), whose word the figures
        after them in the row do not share."""
        self.areas_so_far: list[tuple[str, str, Mention[tuple[str, str]]] | None] = []
        self.measures_so_far: list[tuple[str, bool]] = []
        """Each figure's measure so far, and whether a word (not a default) decided it."""

    # ------------------------------------------------------------------ per figure

    def label(self, i: int) -> Labels:
        shown = self.shown
        evidence: list[Evidence] = []
        word = self._programme(i)
        if word is None:
            self.programmes_so_far.append(None)
            programme = None
        else:
            m, w, source = word
            self.programmes_so_far.append((m, source))
            programme = w.programme
            evidence.append(_evidence("programme", w.rule, m.start, m.end, shown))
        role, rrule, (r0, r1) = self._role(i)
        self.roles_so_far.append(role)
        if role == "change" and word is not None:
            changed = self._change_of(i, word[0])
            if changed is not None:
                word = changed
                self.programmes_so_far[-1] = (changed[0], changed[2])
                programme = changed[1].programme
                evidence[0] = _evidence(
                    "programme", changed[1].rule, changed[0].start, changed[0].end, shown
                )
        area = self._area(i, word, role)
        if area is not None and area[0] != "both":
            area = self._listed_areas(i, area[2]) or area
        self.areas_so_far.append(area)
        if area is not None:
            a = area[2]
            evidence.append(_evidence("area", area[1], a.start, a.end, shown))
        measure, mrule, (m0, m1) = self._measure(i, programme, role)
        f = self.figures[i]
        if measure in (_REACHES if f.kind.name in _COUNT_KINDS else ("paid",)) and not f.rate:
            finding = self._finding(i)
            if finding is not None:
                # 审计发现，…违规享受低保1286户，涉及低保金462万元: what an audit found, not
                # the roll's reach or money paid out.
                measure, mrule, (m0, m1) = "other", "finding_leads:" + finding[0], finding[1]
        if (
            measure == "other"
            and programme is not None
            and programme.key in self.t.trained_programmes
            and mrule.startswith("count_cues:")
            and self._trained_here(i, mrule.removeprefix("count_cues:"))
        ):
            # 培训农村退役士兵523名, 组织860余名退役士兵参加职业技能培训: training that is part
            # of what a programme does for its people serves them (staff trained measure
            # other).
            measure, mrule = "served", "meaning.measure.trained"
        cue = mrule.removeprefix("count_cues:")
        for was, helps, cues, table in (
            ("added", self.t.rollless_helps, self.t.rollless_admits, "rollless_admits"),
            ("other", self.t.house_helps, self.t.house_works, "house_works"),
        ):
            # 审批临时救助68户: a help with no roll to enter serves those it admits; 农村危房
            # 改造…已竣工215户: where the house is the help, its household is served.
            if measure == was and programme is not None and programme.key in helps and cue in cues:
                measure, mrule = "served", f"{table}:{cue}"
                break
        if measure != "other":
            surveyed = self._surveyed(i)
            if surveyed is not None:
                # 随机询问流浪乞讨人员23人: people asked, not served.
                measure, mrule, (m0, m1) = (
                    "other",
                    surveyed.entry.rule,
                    (surveyed.start, surveyed.end),
                )
        if rrule.startswith("cause_exits:"):
            measure, mrule, (m0, m1) = "exited", rrule, (r0, r1)
        worded = mrule == "meaning.measure.list" or not mrule.startswith(
            ("meaning.", "programmes:")
        )
        self.measures_so_far.append((measure, worded))
        evidence.append(_evidence("measure", mrule, m0, m1, shown))
        evidence.append(_evidence("role", rrule, r0, r1, shown))
        done = rrule == "meaning.role.done"
        requirement = rrule in self.t.requirements
        period, prule, (p0, p1) = self._period(i, measure, role, done, requirement)
        self.periods_so_far.append(period)
        evidence.append(_evidence("period", prule, p0, p1, shown))
        if programme is None and self.figures[i].kind.name != "beds":
            # Nothing in its sentence or sections names a programme or a domain: civil
            # affairs' money where the sentence names them as a whole, else a figure of
            # the report's context (GDP, a staff of two, fees), programme other (part 2,
            # §1); not beds, always some institution's, which stay unread. Its measure and
            # area were read as a figure of no programme's.
            programme, rule, (w0, w1) = self._unnamed(i)
            evidence.insert(0, _evidence("programme", rule, w0, w1, shown))
        return Labels(
            programme, None if area is None else area[0], measure, role, period, tuple(evidence)
        )

    def _change_of(self, i: int, m: Mention[_Word]) -> tuple[Mention[_Word], _Word, str] | None:
        """The programme word of the value a change goes with, where the change's clause
        names none and ``m`` (from outside it) names another (80周岁以上老年人1.92万人，
        比上年增加1260人: the change of a population is population too; 社会工作者达到1358人，
        其中社会工作师296人…，比上年末增加312人: of the total, not of its last part's word)."""
        c_lo, c_hi = self.segments[i][:2]
        if c_lo <= m.start < c_hi or self.words.within(c_lo, self.figures[i].start):
            return None
        j = self._changed_index(i)
        found = None if j is None else self.programmes_so_far[j]
        if found is None or found[0].entry.programme is m.entry.programme:
            return None
        return found[0], found[0].entry, "changed"

    def _trained_here(self, i: int, cue: str) -> bool:
        """Whether the figure counts people trained: its cue is a word of training, or one
        stands in its clause (组织860余名退役士兵参加职业技能培训)."""
        if cue in self.t.training:
            return True
        lo, hi = self.clause_of[i]
        return any(self.text.find(w, lo, hi) >= 0 for w in self.t.training)

    def _unnamed(self, i: int) -> tuple[Programme, str, tuple[int, int]]:
        """The programme of a figure nothing names one for, its rule and its evidence:
        the domain's money for an amount whose sentence names civil affairs as a whole
        (全区民政系统上半年共争取上级资金2416.3万元), else other, on the sentence."""
        lo, hi = self.sentence_of[i]
        if self.figures[i].kind.name == "money" and not any(
            m.entry.programme is self.t.other for m in self.words.within(lo, hi)
        ):
            for word, programme, rule in self.t.domain_money:
                at = self.text.find(word, lo, hi)
                if at >= 0:
                    return programme, rule, (at, at + len(word))
        return self.t.other, "meaning.programme.unnamed", (lo, hi)

    # ------------------------------------------------------------------ windows

    def _counted_list_first(self, i: int, m: Mention[_Word], source: str) -> Mention[_Word] | None:
        """For money after a list in its clause whose items have counts of their own (为38名
        孤儿、126名事实无人抚养儿童发放基本生活费162.5万元), the list's first item: the money
        is shared (not 发放低保金1.47亿元、特困供养金4126万元, items with money of their own)."""
        f = self.figures[i]
        if source != "clause" or f.kind.name != "money" or m.end > f.start:
            return None
        if _any_in(self.each_at, m.end, f.start):
            return None  # 孤儿17人、事实无人抚养儿童64人，分别按每人每月1800元、1500元
        first = self._list_first(m, across_figures=True)
        if first is m or first.entry.level == GENERIC or first.start < self.sentence_of[i][0]:
            return None
        starts = self.figure_starts
        items = self.figures[bisect_left(starts, first.start) : bisect_left(starts, m.end)]
        if not items or any(g.kind.name not in _COUNT_KINDS for g in items):
            return None
        return first

    def _list_first(self, m: Mention[_Word], across_figures: bool) -> Mention[_Word]:
        """The first item of the list ``m`` stands in (低保、特困人员共…人 → 低保): items
        joined by 、和及. A list of items with their own figures (15名孤儿、47名事实无人抚养
        儿童) is shared only by a figure after it (``across_figures``). The figures of a
        clause often share their word: answers are kept."""
        key = (m.start, m.end, across_figures)
        kept = self._firsts.get(key)
        if kept is not None and (kept[0] is m or kept[0] == m):
            return kept[1]
        found = self._first_of_list(m, across_figures)
        self._firsts[key] = (m, found)
        return found

    def _first_of_list(self, m: Mention[_Word], across_figures: bool) -> Mention[_Word]:
        first = m
        for prev in reversed(self.words.within(max(0, m.start - 60), m.start)):
            gap = (
                self._without_figures(prev.end, first.start)
                if across_figures
                else self.text[prev.end : first.start]
            )
            if self.t.nouns_in.search(gap):
                for noun in self.t.group_nouns:
                    gap = gap.replace(noun, "")  # 特困供养人员和城市低保对象共计2316人
            if not self._joined(gap, bare=False):
                break
            first = prev
        return first

    def _joined(self, gap: str, *, bare: bool) -> bool:
        """Whether ``gap`` joins two items of a list: a list word or 、 among spaces and
        quotes, or (``bare``) spaces and quotes alone."""
        core = gap.strip(_LOOSE)
        if not core:
            return bare or "" in self.t.joins
        if "\n" in core:
            # A wrap or a blanked page footer inside the list (孤儿⏎— 1 —⏎和事实无人抚养
            # 儿童): the lines part the list's words, not its items; a list word must remain.
            core = core.translate(_DROP_LINES)
            if not core:
                return False
        # Most gaps are long runs of text: their ends already tell that they join nothing.
        if (core[0], core[-1]) not in self.t.join_ends:
            return False
        return core.translate(_DROP_LOOSE) in self.t.joins

    def _area_ending(self, lo: int, end: int) -> int:
        """Where the area word that ends at ``end`` starts (not before ``lo``), else
        ``end``."""
        if not _any_in(self.areas.starts, lo, end):
            return end  # most rates have no area word before their basis
        found = self.areas.within(lo, end)
        return found[-1].start if found and found[-1].end == end else end

    def _list_gap(self, lo: int, hi: int) -> str:
        """What stands between two items of a list of rates (、农村每人每月 → 、): the gap
        less the next item's basis and the area word before it."""
        unbased = self._without_basis(lo, hi)
        return self.text[lo : self._area_ending(lo, lo + len(unbased))].strip(_WRAPPED)

    def _separates(self, gap: str) -> bool:
        """Whether ``gap`` separates figures of one list (4126户、8350人; 820元和640元)."""
        return gap in _FIGURE_SEPARATORS or gap in self.t.joins

    def _without_figures(self, lo: int, hi: int) -> str:
        """``text[lo:hi]`` less the figures in it."""
        out = []
        pos = lo
        j = bisect_left(self.figure_starts, lo)
        while j < len(self.figures) and self.figures[j].start < hi:
            g = self.figures[j]
            out.append(self.text[pos : g.start])
            pos = max(pos, g.end)
            j += 1
        out.append(self.text[pos:hi])
        return "".join(out)

    @staticmethod
    def _best(mentions: list[Mention[_Word]], level: int, last: bool) -> Mention[_Word] | None:
        """Of the mentions at ``level`` or above, those of the highest level present; of
        them the last (nearest before a figure) or the first."""
        top, best = 0, None
        for m in mentions:
            lv = m.entry.level
            if lv > top:
                top, best = lv, m
            elif lv == top and last:
                best = m
        return None if top < level else best

    # ------------------------------------------------------------------ programme

    def _programme(self, i: int) -> tuple[Mention[_Word], _Word, str] | None:
        found = self._find_programme(i)
        if found is None:
            # 基本医保参保人数达45.3万人: the people a scheme insures, though nothing names a
            # programme.
            enrolled = self._enrolment(i)
            return None if enrolled is None else (enrolled, enrolled.entry, "clause")
        m, source = found
        if m.entry.programme is self.t.other and m.word in self.t.training:
            m = self._trainees(i, m)
        if source != "each":  # an item of a list before 分别 is its own
            m = (
                self._etc_total(m)
                or self._counted_list_first(i, m, source)
                or self._list_first(m, across_figures=source != "clause")
            )
        m = self._sum_first(i, m) or m
        m = self._bracketed_alias(m) or m
        if m.entry.programme.key in self.t.receivers:
            m = self._received(i, m)
        if m.entry.programme.key in self.t.contexts:
            m = self._in_context(i, m)
        if m.entry.programme.key in self.t.paid_for:
            m = self._paid_for(i, m)
        if m.entry.programme.key in self.t.helped_programmes:
            m = self._helped_by(i, m)
        if m.entry.programme.key in self.t.title_helped:
            m = self._helped_part(i, m)
        if m.entry.programme.key in self.t.site_works:
            m = self._work_site(m)
        if m.entry.programme.key in self.t.fund_keys and self.figures[i].kind.name != "money":
            m = self._fund_count(i, m)
        if source in ("clause", "sentence") and m.entry.programme.key in self.t.title_helped:
            m = self._title_help(i, m)
        if m.entry.level == GENERIC:
            m = self._short_for(m)
            if m.entry.level == GENERIC:
                m = self._titled_kin(i, m)
        elif m.word in self.in_full:
            m = self._named_in_full(m)
        if m.entry.level < WORD and m.entry.programme in self.t.general_keys:
            # 重点救助对象 in 岷县…冬春受灾群众生活救助工作总结: a domain's people in general,
            # named by the help the title says, are the title's programme's.
            titled = self._titled()
            if (
                titled is not None
                and titled.entry.programme is not m.entry.programme
                and self._title_says(m.word, titled.entry.programme)
            ):
                return titled, titled.entry, "title"
        if m.word in self.t.resident_groups or self.text.endswith(self.t.intakes, 0, m.start):
            m = self._home_of(i, m)
        kept = self._kept_people(i, m)
        if kept is not None:
            return kept, kept.entry, "clause"
        if m.entry.level == GROUP and i > 0:
            helped = self._helped_item(i, m) or self._by_recipient(i, m)
            if helped is not None:
                return helped, helped.entry, "list"
            whole = self._whole_of_part(i, m)
            if whole is not None:
                return whole, whole.entry, "sentence"
        staff = self._staff_count(i, m)
        if staff is not None:
            return staff, staff.entry, "clause"
        enrolled = self._enrolment(i)
        if enrolled is not None:
            return enrolled, enrolled.entry, "clause"
        funded = self._donated_beside(i, m)
        if funded is not None:
            return funded, funded.entry, "list"
        subject = self.figures[i].subject
        if m.start < self.segments[i][0] and (
            subject is None or not subject.text.endswith(self.t.visit_keeps)
        ):
            # 召开座谈会4次，参加座谈85人: people asked, whom their clause names by no programme;
            # not those of a visit that names no one (抽查低保户860户，入户核查2740人) nor the
            # programme's recipients (入户走访补贴对象216户).
            surveyed = self._surveyed(i)
            if surveyed is not None:
                return surveyed, surveyed.entry, "clause"
        return m, m.entry, source

    def _cohorts(self, text: str, found: list[Expression]) -> list[bool]:
        """Whether each expression is a year that names a cohort of people (2013年冬季退役士兵),
        also where OCR left a blank inside the cohort's word (退役士 兵) or a second year of
        the same cohort follows after a join (2017年冬季和2018年春季入伍的义务兵)."""
        cohorts, joins = self.t.cohorts, self.t.cohort_joins
        named = [False] * len(found)
        for k in range(len(found) - 1, -1, -1):
            end = found[k].end
            if cohorts.match(text, end) is not None:
                named[k] = True
                continue
            window = text[end : end + _COHORT_REACH]
            squeezed = "".join(ch for ch in window if ch not in _SPACES)
            if squeezed != window and cohorts.match(squeezed) is not None:
                named[k] = True
                continue
            if k + 1 < len(found) and named[k + 1]:
                gap = text[end : found[k + 1].start]
                named[k] = len(gap) <= _COHORT_JOIN_GAP and gap.endswith(joins)
        return named

    def _holds(self, lo: int, hi: int, words: Iterable[str]) -> bool:
        """Whether ``[lo, hi)`` holds one of ``words`` (a mark of an average, 月人均补差; a
        care mode, 集中供养)."""
        return any(self.text.find(w, lo, hi) >= 0 for w in words)

    def _counts_part(self, a: Mention[tuple[str, str]]) -> bool:
        """Whether a figure follows an area word in its clause (城市低保1026户): the area
        names a part of a split, not only a group."""
        hi = self.breaks.clause(a.start)[1]
        k = bisect_left(self.figure_starts, a.end)
        return k < len(self.figure_starts) and self.figure_starts[k] < hi

    def _unprefixed_area(self, a: Mention[tuple[str, str]]) -> bool:
        """Whether no programme's word starts right after an area word."""
        return not _any_in(self.words.starts, a.end, a.end + 1)

    def _whole_of_part(self, i: int, m: Mention[_Word]) -> Mention[_Word] | None:
        """The programme of the total a part breaks down, where the part's own clause names
        it only by a word of donating (`gift_words`), a group of charity: 接收抗震救灾捐赠款物
        折款1.27亿元，其中捐赠资金9860万元 is disaster relief's, not charity's."""
        c_lo = self.segments[i][0]
        if (
            not m.word.startswith(self.t.gift_words)
            or m.start < c_lo
            or not self._in_parts(i, c_lo)
        ):
            return None
        whole = self._programme_before(c_lo)
        lo, hi = self.sentence_of[i]
        if (
            whole is None
            or whole.entry.programme is m.entry.programme
            or whole.start < self._part(lo, hi, c_lo)[0]
        ):
            return None  # …配套资金95.8万元；接收社会各界捐款23.4万元: a part of its own
        return whole

    def _helped_part(self, i: int, m: Mention[_Word]) -> Mention[_Word]:
        """``m``, or the help a breakdown's total counts where ``m`` names the part in the
        breakdown as a group that help reached (发放丧葬救助金268.4万元，其中城市低保对象126人
        25.2万元: funeral help, see `part_helps`)."""
        c_lo = self.segments[i][0]
        opened = self._breakdown_opening(i, c_lo)
        if opened is None or m.start < opened:
            return m
        if any(self.text.find(w, opened, m.start) >= 0 for w in self.t.part_rolls):
            return m
        j = self._part_total(i, opened)
        total = self.programmes_so_far[j] if j is not None else None
        if total is None or total[0].entry.programme.key not in self.t.part_helps:
            return m
        return total[0]

    def _title_help(self, i: int, m: Mention[_Word]) -> Mention[_Word]:
        """``m``, or the help the innermost section title names (`title_helps`) where the
        figure's clause names the people only as a group the help reaches (（二）住房救助 over
        为136户城镇低保住房困难家庭发放住房租赁补贴: housing assistance, as 资助低保对象参加医保
        is medical assistance; （三）居家托养 over 为1030名重度残疾人提供上门护理); not where the
        title names the group's own programme too, nor where the clause names the programme's
        own help rather than its people (重度残疾人护理补贴)."""
        titles = self._titles(self.figures[i].section)
        if not titles or m.entry.level == WORD:
            return m
        named = self.words.within(*titles[0])
        if any(w.entry.programme is m.entry.programme for w in named):
            return m
        # A help whose sections count rolls too takes a group's visits and money, not its
        # people (全县共有城乡低保对象3.06万人 under （一）资助参保).
        rolled = m.entry.level < WORD and self.figures[i].kind.name not in _PEOPLE_KINDS
        helps = [
            w
            for w in named
            if w.entry.level == WORD
            and w.entry.programme.key in self.t.title_helps
            and (rolled or w.entry.programme.key not in self.t.roll_helps)
        ]
        return helps[-1] if helps else m

    def _sum_first(self, i: int, m: Mention[_Word]) -> Mention[_Word] | None:
        """The first part's word for a sum of parts named by programmes of their own
        (孤儿基本生活费70.39万元、事实无人抚养儿童基本生活费245.44万元，合计315.83万元 →
        孤儿): the programmes share it, and the first named takes it (part 2, §3). The
        parts are the figures of its kind right before its clause, each after its own word."""
        f = self.figures[i]
        c_lo = self.segments[i][0]
        opening = self.text[c_lo : f.start].lstrip(_LOOSE)
        if (
            m.start >= c_lo
            or not opening.startswith(self.t.sum_leads)
            or opening.startswith(self.t.sum_stops)
        ):
            return None
        first: Mention[_Word] | None = None
        hi, j = c_lo, i - 1
        while j >= 0 and self.sentence_of[j] == self.sentence_of[i]:
            part, found = self.figures[j], self.programmes_so_far[j]
            if part.kind is not f.kind or found is None:
                break
            word = found[0]
            lo = self.figures[j - 1].end if j > 0 else 0
            if not lo <= word.start < part.start or (
                self.text[part.end : hi].strip(_LOOSE) not in _FIGURE_SEPARATORS
            ):
                break
            first, hi, j = word, word.start, j - 1
        if first is None or first.entry.programme is m.entry.programme or hi == c_lo:
            return None
        return first

    def _helped_item(self, i: int, m: Mention[_Word]) -> Mention[_Word] | None:
        """The help that the list item before names with its group (临时救助低保对象2103人次、
        特困供养人员312人次、低保边缘家庭1871人次): an item that names only another group,
        right after a count of its kind whose word is a help's (a programme that counts
        people served) followed by a group, is a count of the same help."""
        f, prev = self.figures[i], self.figures[i - 1]
        if (
            f.kind.name not in _COUNT_KINDS
            or prev.kind is not f.kind
            or self.sentence_of[i - 1] != self.sentence_of[i]
        ):
            return None
        if self.text[prev.end : m.start].strip(_LOOSE) not in _FIGURE_SEPARATORS:
            return None
        before = self.programmes_so_far[i - 1]
        help_word = None if before is None else before[0]
        if help_word is None or help_word.entry.level != WORD or not self._helps(help_word, m):
            return None
        groups = self.words.within(help_word.end, prev.start)
        if not any(g.entry.level == GROUP for g in groups):
            return None
        return help_word

    def _by_recipient(self, i: int, m: Mention[_Word]) -> Mention[_Word] | None:
        """The help the sentence before counts, where this sentence opens by splitting it by
        the people it reached (临时救助3862人次…。从救助对象看，低保对象1432人次、特困人员218
        人次): a part named by a group (``m``) counts the same help, in the same paragraph."""
        lo = self.sentence_of[i][0]
        opening = self.text[lo : self.figures[i].start].lstrip(_LOOSE)
        if not opening.startswith(self.t.recipient_splits):
            return None
        j = bisect_left(self.figure_starts, lo) - 1
        before = None if j < 0 else self.programmes_so_far[j]
        if before is None or self.figures[j].start < self._paragraph_start(lo):
            return None
        return before[0] if self._helps(before[0], m) else None

    def _helps(self, help_word: Mention[_Word], m: Mention[_Word]) -> bool:
        """Whether ``help_word`` names a help (a programme whose counts are people served)
        other than the programme of the group ``m``."""
        help_ = help_word.entry.programme
        return help_ is not m.entry.programme and self.t.counts[help_.key] == "served"

    def _home_of(self, i: int, m: Mention[_Word]) -> Mention[_Word]:
        """The home that residents ``m`` live in: the last word of a programme of their
        domain named before them in the sentence (建成农村颐养之家18个，入住老人326人), else
        in their paragraph, else in their titles; ``m`` where that is their own."""
        domain = m.entry.programme.domain
        lo = self.sentence_of[i][0]
        site = next(
            (w for w in reversed(self.words.within(lo, m.start)) if w.entry.level == WORD), None
        )
        if site is not None and site.entry.programme.domain != domain:
            return m  # 敬老院现有床位50张，入住特困人员31人: people of another domain's roll
        if site is None:
            # 全年共投入互助幸福院建设资金1186万元…。省级资金按每院3万元的标准补助，对入住老人
            # 15人以上的村再奖励五千元: the home the paragraph is about, where the sentence
            # names none (nor other words of the domain: 争取省级福彩公益金 says nothing).
            site = self._last_of_domain(self._paragraph_start(lo), lo, domain)
        if site is None:
            # （二）运营补助落实到位 under …农村颐养之家建设工作总结: the home of the titles,
            # innermost first, then the report's.
            spans = self._titles(self.figures[i].section)
            if self.meta.title is not None:
                spans = [*spans, (self.meta.title.start, self.meta.title.end)]
            site = next(
                (w for t in spans if (w := self._last_of_domain(*t, domain)) is not None), None
            )
        if site is not None and site.entry.programme is not m.entry.programme:
            # The rule names the residents: they are on the home's roll (see `_measure`).
            home = _Word(site.entry.programme, site.entry.level, "resident_groups:" + m.word)
            return Mention(site.start, site.end, site.word, home)
        return m

    def _kept_people(self, i: int, m: Mention[_Word]) -> Mention[_Word] | None:
        """The people of a programme a home keeps (`resident_programmes`: 孤残儿童, 特困人员),
        named right before their count after the home ``m`` of another domain and a keeping
        word (`keeping_marks`: 县社会福利院收养孤残儿童38名): the count is theirs, not the
        home's."""
        f = self.figures[i]
        if f.kind.name not in _PEOPLE_KINDS or m.entry.level != WORD or f.start <= m.end:
            return None
        kept = [
            w
            for w in self.words.within(m.end, f.start)
            if w.entry.programme.key in self.t.resident_programmes
            and w.entry.programme.domain != m.entry.programme.domain
            and self.text[w.end : f.start].strip(_LOOSE) == ""
            and self.text[m.end : w.start].rstrip(_LOOSE).endswith(self.t.keeping_marks)
        ]
        return kept[-1] if kept else None

    def _last_of_domain(self, lo: int, hi: int, domain: str) -> Mention[_Word] | None:
        """The last programme word of ``domain`` in ``[lo, hi)``."""
        return next(
            (
                w
                for w in reversed(self.words.within(lo, hi))
                if w.entry.level == WORD and w.entry.programme.domain == domain
            ),
            None,
        )

    def _staff_count(self, i: int, m: Mention[_Word]) -> Mention[_Word] | None:
        """The staff noun right before a count of people (敬老院管理人员仅3人, 殡仪馆现有职工36名),
        as a word of programme other, where ``m`` does not hold it (安置残疾职工1280名)."""
        f = self.figures[i]
        if f.kind.name not in _COUNT_KINDS or m.entry.programme is self.t.other:
            return None
        # The noun and the words of how many after it are short: a window, not the clause.
        c_lo = max(self.segments[i][0], f.start - _STAFF_REACH)
        lead = strip_words(self.text[c_lo : f.start], self.t.staff_links)
        noun = next((w for w in self.t.staff_nouns if lead.endswith(w)), None)
        if noun is None:
            return None
        s = c_lo + len(lead) - len(noun)
        if m.start <= s and s + len(noun) <= m.end:
            return None
        if lead.endswith(self.t.staff_blockers):
            return None  # 走访慰问低保户、特困人员和困难党员154户: people helped, no staff
        if noun in self.t.member_nouns and self._in_breakdown(self.segments[i][0]):
            return None  # 社区工作者1260名，其中党员860名: a part of the total's people
        return Mention(s, s + len(noun), noun, _Word(self.t.other, WORD, f"staff_nouns:{noun}"))

    def _work_site(self, m: Mention[_Word]) -> Mention[_Word]:
        """The institution a work of `site_works` is done to, where the work's clause names it
        before the work (3所乡镇敬老院完成适老化和消防改造，投入资金460万元): the money and beds
        are the institution's. A work whose clause names no such site (完成特殊困难老年人家庭
        适老化改造300户) stays its own."""
        lo = self.breaks.clause(m.start)[0]
        for w in reversed(self.words.within(lo, m.start)):
            if w.entry.level == WORD and w.entry.programme.key in self.t.work_sites:
                return w
        return m

    def _donated_beside(self, i: int, m: Mention[_Word]) -> Mention[_Word] | None:
        """The programme of the public funds an earlier clause of the sentence counts, for a
        donation received after them (共接收上级下拨救灾资金3.82亿元…；接收社会捐赠资金8463.6万元;
        筹集医疗救助资金4890万元，其中中央和省级下拨3960万元…，接收社会捐赠12万元): one more
        source of that programme's money, not charity's. Not where the donation's
        own clause names another word before its gift words (县慈善会接收社会捐赠款物: a
        charity's own)."""
        f = self.figures[i]
        c_lo = self.segments[i][0]
        if (
            f.kind.name != "money"
            or m.start < c_lo
            or not m.word.startswith(self.t.gift_words)
            or any(
                not w.word.startswith(self.t.gift_words) for w in self.words.within(c_lo, m.start)
            )
        ):
            return None
        lo = self.sentence_of[i][0]
        for j in range(i - 1, -1, -1):
            g = self.figures[j]
            if g.start < lo:
                return None
            funded = self.programmes_so_far[j]
            if g.kind is not f.kind or funded is None:
                continue
            word = funded[0]
            g_lo = self.segments[j][0]
            if word.entry.programme.domain in (
                m.entry.programme.domain,
                self.t.other.domain,
            ) or not any(self.text.find(w, g_lo, g.start) >= 0 for w in self.t.fund_sources):
                continue
            return word
        return None

    def _enrolment(self, i: int) -> Mention[_Word] | None:
        """The scheme and the joining word right before a count of people (城乡居民医保参保
        4.12万人, 新农合参合农民5.36万人), as a word of programme other: people insured, not a
        programme's, unless their sentence names help that pays for them (资助…参保).
        `_measure` makes a count so named covered."""
        f = self.figures[i]
        if f.kind.name not in _PEOPLE_KINDS:
            return None
        c_lo = max(self.segments[i][0], f.start - _STAFF_REACH)
        lead = strip_words(self.text[c_lo : f.start], self.t.staff_links)
        if lead.endswith(self.t.enrolment_verbs):
            word = next(w for w in self.t.enrolment_verbs if lead.endswith(w))
            if not lead[: -len(word)].endswith(self.t.enrolment_schemes):
                return None
            s = c_lo + len(lead) - len(word)
        else:
            # 参加城镇职工基本养老保险人数4.12万人: the scheme after a verb of joining.
            tail = next((w for w in self.t.enrolment_tails if lead.endswith(w)), "")
            scheme = lead[: len(lead) - len(tail)]
            if not scheme.endswith(self.t.enrolment_schemes) or not any(
                w in scheme for w in self.t.enrolment_joins
            ):
                return None  # most counts
            word = next(w for w in self.t.enrolment_schemes if scheme.endswith(w))
            s = c_lo + len(scheme) - len(word)
        # 资⏎— 1 —⏎助困难群众参加居民医保4.2万人: a help word a wrap or a footer cuts.
        before = "".join(self.text[self.sentence_of[i][0] : f.start].split())
        if any(w in before for w in self.t.enrolment_helps):
            return None
        return Mention(s, s + len(word), word, _Word(self.t.other, WORD, _ENROLLED + word))

    def _surveyed(self, i: int) -> Mention[_Word] | None:
        """The survey word in a count's clause before it (参加座谈85人, 受访的312名老年人中), as
        a word of programme other; None for an amount or a clause without one."""
        f = self.figures[i]
        if f.kind.name not in _COUNT_KINDS:
            return None
        c_lo = self.segments[i][0]
        asked = self.surveys.within(c_lo, f.start)
        if not asked:
            # Most sentences name no survey: the visit words are read only where one does.
            before = self.surveys.within(self.sentence_of[i][0], c_lo)
            asked = before if before and self._visited(c_lo, f.start) else []
        if not asked:
            return None
        s = asked[-1]
        return Mention(s.start, s.end, s.word, _Word(self.t.other, WORD, f"survey_words:{s.word}"))

    def _visited(self, lo: int, hi: int) -> bool:
        """Whether ``text[lo:hi]`` holds a visit (入户走访农村家庭420户) that is no programme's
        word (走访慰问): in a survey's sentence, the people visited were asked."""
        for w in self.t.visit_words:
            at = self.text.find(w, lo, hi)
            if at >= 0 and not any(
                m.start <= at and at + len(w) <= m.end for m in self.words.within(lo, hi)
            ):
                return True
        return False

    def _titled_kin(self, i: int, m: Mention[_Word]) -> Mention[_Word]:
        """``m``, a generic word, or the word of another programme of its domain that the
        innermost title of the figure's sections names (运营补贴 under （二）农村互助幸福院:
        the home's subsidy, not a care institution's)."""
        for lo, hi in self._titles(self.figures[i].section):
            named = self._last_of_domain(lo, hi, m.entry.programme.domain)
            if named is not None:
                return named if named.entry.programme is not m.entry.programme else m
        return m

    def _short_for(self, m: Mention[_Word]) -> Mention[_Word]:
        """``m``, a generic word (or a programme's word, see `_named_in_full`), or the last
        programme word before it that ends in it and names another programme (失能老年人护理
        补贴…；护理补贴申请人能力评估3500人): the bare word is short for the name written in
        full."""
        fulls = self.in_full.get(m.word)
        if not fulls:
            return m
        k = bisect_left(fulls, m.start, key=_START) - 1
        if k < 0 or fulls[k].entry.programme is m.entry.programme:
            return m
        return fulls[k]

    def _named_in_full(self, m: Mention[_Word]) -> Mention[_Word]:
        """``m``, a programme's word, or the longer name of another programme that ends in
        it, written before it in its paragraph (县儿童福利院…。福利院设置床位150张: the
        children's home, not an elderly one); not where its clause names, before it, people of
        its own domain (为1430名经济困难失能老人发放护理补贴 after 特困人员…照料护理补贴)."""
        full = self._short_for(m)
        if full is m or full.start < self._paragraph_start(m.start):
            return m
        c_lo, _ = self.breaks.clause(m.start)
        domain = m.entry.programme.domain
        if domain != full.entry.programme.domain and any(
            w.entry.level == GROUP and w.entry.programme.domain == domain
            for w in self.words.within(c_lo, m.start)
        ):
            return m
        return full

    def _fund_count(self, i: int, m: Mention[_Word]) -> Mention[_Word]:
        """The programme of a count that ``m``, a fund's name, would give it: a fund counts
        no people (全年使用公益金480万元，救助困难群众4126人次 under 1.临时救助), so the nearest
        other name before the count in its sentence, else in its section's titles, else none
        (带动就业约420人)."""
        f = self.figures[i]

        def other(words: list[Mention[_Word]]) -> Mention[_Word] | None:
            return next(
                (
                    w
                    for w in reversed(words)
                    if w.entry.level > GENERIC and w.entry.programme.key not in self.t.fund_keys
                ),
                None,
            )

        found = other(self.words.within(self.sentence_of[i][0], f.start))
        for lo, hi in self._titles(f.section) if found is None else ():
            found = other(self.words.within(lo, hi))
            if found is not None:
                break
        if found is not None:
            return found
        return Mention(m.start, m.end, m.word, _Word(self.t.other, WORD, "meaning.programme.fund"))

    def _paid_for(self, i: int, m: Mention[_Word]) -> Mention[_Word]:
        """``m``, or the verb of ``paid_for_words`` that makes the figure part of the help
        that pays for the group ``m`` names (资助参保…其中：特困人员2.35万人，按每人250元
        全额资助): in the figure's clause, or in the clause after it where that opens with a
        lead (每人, 按), with a name of the help in its sentence, the one before or its section
        titles."""
        text = self.text
        lo, hi = self.clause_of[i]
        entries = self.t.paid_for[m.entry.programme.key]
        s_hi = self.sentence_of[i][1]
        if not any(text.find(e.word, lo, s_hi) >= 0 for e, _ in entries):
            return m  # most figures: no verb in the rest of the sentence, one test each
        spans = [(lo, hi)]
        if hi < len(text) and text[hi] in _COMMAS:
            n_lo, n_hi = self.breaks.around([hi + 1], sentences=False)[0]
            if text[n_lo:n_hi].lstrip().startswith(self.t.paid_leads):
                spans.append((n_lo, n_hi))
        named: list[tuple[int, int]] = []  # read only where a verb stands (most have none)
        for e, programme in entries:
            at = next((k for a, b in spans if (k := text.find(e.word, a, b)) >= 0), -1)
            if at < 0:
                continue
            if not named:
                s_lo, s_hi = self.sentence_of[i]
                named = [
                    (self.breaks.sentence(s_lo - 1)[0] if s_lo > 0 else s_lo, s_hi),
                    *self._titles(self.figures[i].section),
                ]
            if any(text.find(w, a, b) >= 0 for a, b in named for w in e.names):
                return Mention(at, at + len(e.word), e.word, _Word(programme, WORD, e.id))
        return m

    def _in_context(self, i: int, m: Mention[_Word]) -> Mention[_Word]:
        """``m``, or the word of ``context_words`` that makes its work another programme's
        (烈士陵园…清明期间接待祭扫群众3.6万人次): the last before the figure in its paragraph,
        else one in its section titles, innermost first; not one whose ``unless`` words the
        figure's part of its sentence names."""
        f = self.figures[i]
        start = self._paragraph_start(f.start)
        spans = [(start, f.start), *self._titles(f.section)]
        # 全县21所敬老院共有床位860张；县社会福利中心收养孤儿46名: the figure's part of its
        # sentence (up to ；) is what the ``unless`` words must not name.
        s_lo, s_hi = self._part(*self.sentence_of[i], f.start)
        entries = [
            (c, p)
            for c, p in self.t.contexts[m.entry.programme.key]
            if (m.word in c.words or not c.words)
            and not any(self.text.find(u, s_lo, s_hi) >= 0 for u in c.unless)
        ]
        for lo, hi in spans:
            best = self._last_of(entries, lo, hi)
            if best is not None:
                return best
        return m

    def _last_of(
        self, entries: Iterable[tuple[ReceiverWord | ContextWord, Programme]], lo: int, hi: int
    ) -> Mention[_Word] | None:
        """The last word of ``entries`` in ``[lo, hi)``, as a word of the programme it gives."""
        best: Mention[_Word] | None = None
        for e, programme in entries:
            at = self.text.rfind(e.word, lo, hi)
            if at >= 0 and (best is None or at > best.start):
                best = Mention(at, at + len(e.word), e.word, _Word(programme, WORD, e.id))
        return best

    def _paragraph_start(self, pos: int) -> int:
        """Where the paragraph that holds ``pos`` starts: after the last line break before
        it that is no soft wrap."""
        wraps = self.breaks.wraps
        at = self.text.rfind("\n", 0, pos)
        while at >= 0 and (k := bisect_left(wraps, at)) < len(wraps) and wraps[k] == at:
            at = self.text.rfind("\n", 0, at)
        return at + 1

    def _helped_by(self, i: int, m: Mention[_Word]) -> Mention[_Word]:
        """``m``, or the help an earlier clause of the sentence names where ``m`` names the
        people a clause opening with a beneficiary word helps (实施临时救助2156人次，其中对
        因病致贫边民家庭救助637人次; 对因病、因学等支出型困难家庭，一般按1000～3000元): the
        last word of a programme of `helping_programmes` there."""
        f = self.figures[i]
        m_lo = self.breaks.clause(m.start)[0]
        if m_lo < self.segments[i][0] and bisect_left(self.figure_starts, m_lo) != i:
            return m  # a figure stands between the people and this one
        opening = self.text[m_lo : m.start].lstrip(_LOOSE)
        broken = next((w for w in self.t.breakdowns if opening.startswith(w)), "")
        lead = opening[len(broken) :].lstrip(_LOOSE)
        if not lead.startswith(self.t.beneficiaries):
            return m
        # Its part of the sentence (up to ；), unless it breaks down what was said before:
        # …；对支出型贫困家庭实施生活救助413户 is help of its own.
        lo, hi = self.sentence_of[i]
        if not broken:
            lo = self._part(lo, hi, m_lo)[0]
        helps = [
            w
            for w in self.words.within(lo, m_lo)
            if w.entry.level == WORD and w.entry.programme.key in self.t.helping_programmes
        ]
        return helps[-1] if helps and helps[-1].end <= f.start else m

    def _received(self, i: int, m: Mention[_Word]) -> Mention[_Word]:
        """``m``, or the receiver that makes it another programme's (慰问驻区部队，送去慰问金
        46万元; 走访慰问驻县部队和优抚对象，发放慰问金): where a word of ``receiver_words``
        stands before the figure in its clause, else in its part of the sentence, and no
        programme but the receiver's and ``m``'s is named there."""
        f = self.figures[i]
        lo, hi = self.sentence_of[i]
        p_lo, _ = self._part(lo, hi, f.start)
        receivers = self.t.receivers[m.entry.programme.key]
        # 走访驻县部队和优抚对象，为驻县部队送去慰问金38万元: the figure's own clause, where it
        # names a receiver, before the rest of its part.
        for start in dict.fromkeys((self.clause_of[i][0], p_lo)):
            best = self._last_of(receivers, start, f.start)
            if best is None:
                continue
            named = self.words.within(start, f.start)
            if any(
                w.entry.programme is not m.entry.programme
                and w.entry.programme is not best.entry.programme
                for w in named
            ):
                continue  # 慰问驻县部队和低保户: the needy among the receivers
            return best
        return m

    def _find_programme(self, i: int) -> tuple[Mention[_Word], str] | None:
        """The word that names the figure's programme: its phrase, its clause, the other
        clauses of its part of the sentence (up to ；), its section titles, then what is left
        (part 2, §1 and §7)."""
        f = self.figures[i]
        c_lo, c_hi, s_lo, s_hi = self.segments[i]
        count = f.kind.name in _COUNT_KINDS
        subject = [] if f.subject is None else self.words.within(f.subject.start, f.subject.end)
        if f.subject is not None and f.subject.end < c_lo:
            # …279户，其中低保、特困家庭16户，按每户1500元标准: a subject carried from a
            # breakdown to an amount names a part, not what the later clauses pay (a
            # comparison of the part's own kind, 较去年同期的121对, goes on with the part).
            s0, s1 = self.breaks.clause(f.subject.start)
            if self._breaks_down(s0, s1) and not any(
                g.kind == f.kind
                for g in self.figures[
                    bisect_left(self.figure_starts, s0) : bisect_left(self.figure_starts, s1)
                ]
            ):
                subject = []
        framed = self._framed(i, c_lo) if count else None
        if framed is not None:
            return framed, "sentence"
        admitted = (
            (self._admitted_into(i, c_hi) or self._admitted_before(i, c_lo)) if count else None
        )
        if admitted is not None:
            return admitted, "clause"
        head = self._head_word(i)
        if head is not None:
            return head, "clause"
        basis = self._basis_word(i, c_lo)
        if basis is not None:
            return basis, "clause"
        each = self._respective_programme(i, c_lo)
        if each is not None:
            return each, "each"
        partner = self._respective_partner(i, c_lo)
        if partner is not None and not self.words.within(c_lo, f.start):
            paired = self.programmes_so_far[partner]
            if paired is not None:
                return paired
        before = self._before(i, c_lo, s_lo)
        if isinstance(before, tuple):
            return before  # back to back with the figure before (75户86人): its programme
        reached = self._reached(i, c_lo) if count and not before else None
        if reached is not None:
            return reached
        whole = self._whole(i, c_lo, c_hi)
        if whole is not None:
            return whole, "clause"
        if count and _any_in(self.marked, c_lo, f.start):
            context = (
                self._trained(i, c_lo) or self._population(i, c_lo) or self._counted_by(f, c_lo)
            )
            if context is not None:
                return context, "clause"
        aged = self._population_part(i, c_lo) if count else None
        if aged is not None:
            return aged, "clause"
        if f.kind.name == "money" and _any_in(self.marked, c_lo, f.start):
            # 组织1526名退役士兵参加技能培训，拨付培训经费457.8万元: the cost of training a
            # programme's people (or its own workers) is that programme's.
            trained = self._trained(i, c_lo)
            if trained is not None and trained.entry.programme is not self.t.other:
                return trained, "clause"
        given = self._given_to_list(i, c_lo, c_hi) if count else None
        if given is not None:
            return given, "clause"
        own = self._best(subject, WORD, last=True)
        people = f.subject is not None and f.subject.text.endswith(self.t.group_nouns)
        # 争取上级资金120万元，用于…: where money comes from says nothing of its use.
        if f.kind.name == "money" and all(
            m.entry.programme.domain == self.t.other.domain for m in before
        ):
            purpose = self._purpose(i)
            if purpose is not None:
                return purpose, "clause"
        # A breakdown's part that holds a certificate (社区工作者186名，其中持证社工38名) is a
        # register of its own, not the total's people: asked only of a breakdown's parts.
        part_at = self._count_part(i, c_lo) if count else None
        part = part_at is not None
        if own is not None and people and part:
            # 减免基本殡葬服务费用236户，其中低保对象148户: a part named by the people it
            # counts is the total's, where the total is another domain's.
            total = self._list_total(i, part_at, c_lo, own)
            if total is not None and (
                total.entry.programme.domain != own.entry.programme.domain
                or self._helps_times(f, total, own)
            ):
                return total, "sentence"
        if part and own is None:
            # 困境儿童2418名，其中孤儿186名、事实无人抚养儿童412名: a part named by the people
            # of a programme of the domain whose general programme the total names counts
            # that programme's people.
            kin = self._best(subject, GROUP, last=True)
            total = None if kin is None else self._list_total(i, part_at, c_lo, kin)
            if (
                kin is not None
                and total is not None
                and total.entry.level == GROUP
                and total.entry.programme in self.t.general_keys
                and total.entry.programme is not kin.entry.programme
                and total.entry.programme.domain == kin.entry.programme.domain
            ):
                return kin, "clause"
        group = self._best(subject, GROUP, last=True) if people and not part else None
        if group is not None and f.kind.name == "person_times":
            # …其中低保对象2931人次、救助资金612.8万元，特困供养人员864人次: a later part too.
            opened = self._breakdown_opening(i, c_lo)
            total = None if opened is None else self._breakdown_total(i, opened, group)
            if total is not None and self._helps_times(f, total, group):
                return total, "sentence"
        if own is not None and not people:
            if part:
                # 救助流浪乞讨人员1286人次，其中…精神障碍患者96人次: people of a part named
                # by another domain's word are counted by what the total does for them.
                total = self._list_total(i, part_at, c_lo, own)
                if total is not None and total.entry.programme.domain != own.entry.programme.domain:
                    return total, "sentence"
            return own, "clause"
        # After the figure: the group it counts (为39名困难群众…), or, for an amount, what it
        # is for (投入资金300万元对敬老院实施改造); not past a parenthesis it closes.
        s_hi = min(s_hi, _close_paren(self.text, f.end, s_hi), self._reason(f.end, s_hi))
        after = [m for m in self.words.within(f.end, s_hi) if not self._names_figure(m, s_hi + 1)]
        if own is not None and not any(m.entry.level == WORD for m in after):
            # 为212户分散供养特困老人家庭实施居家适老化改造: a phrase that ends in people
            # names a group, which gives way to what helps it; so does a count of the
            # group to what the clause then pays it (为低保、“三无”等困难家庭1069户发放慰问金
            # 32.1万元), whose word names the amount and so is not among ``after``.
            paid = self._next_payment(i, c_hi) if count and people else None
            return paid or own, "clause"
        if f.subject is not None and f.subject.end < c_lo:
            # 为低保、特困家庭学生发放助学补助，…，全年惠及1.26万人: the group was named earlier
            # in the sentence, and so was what it got.
            given = self._best(self.words.within(f.subject.end, c_lo), WORD, last=False)
            if given is not None and self._best(subject, GROUP, last=True) is not None:
                return given, "sentence"
        # What helps the group (为39名困难群众发放因病救助金; 对城乡低保对象按每人每月20元
        # 发放临时物价补贴; 通过“明天计划”为11名病残孤儿…): a programme's own name in the
        # clause beats the group the figure counts or pays.
        helped_from = f.end if f.subject is None else max(f.end, f.subject.end)
        tail = self.text[f.end : f.end + 4]
        benefit = next((m for m in after if m.start >= helped_from and m.entry.level == WORD), None)
        if benefit is None and count and self._best(subject, GROUP, last=True) is None:
            # 为1.6万名80周岁以上老年人发放高龄津贴418.2万元: where the people counted are
            # named by no programme, the benefit that names the amount is what they get.
            # (Not the word of a later item of a list: 其中未成年人58人次、…、精神障碍患者97人次.)
            benefit = next(
                (
                    m
                    for m in self.words.within(helped_from, c_hi)
                    if m.entry.level == WORD and not self._later_item(f.end, m)
                ),
                None,
            ) or self._paid_next(i, c_hi)
        if benefit is None and f.rate and not count and self._best(before, WORD, last=True) is None:
            # 按每人每月100元标准为1420名80至89周岁老人发放高龄津贴, 分别按每人每月50元、100元、
            # 300元标准发放高龄津贴: a standard whose clause names no benefit before it is of
            # the benefit the clause pays after it, past the people it counts or the other
            # standards of its list.
            paid = self._paid_after_rates(i, c_hi)
            if paid is not None:
                return paid, "clause"
        if benefit is not None and (count or not tail.startswith(tuple(self.t.joins))):
            return benefit, "clause"
        helper = self._best(before, WORD, last=True)
        group = self._best(subject, GROUP, last=True)
        if helper is not None and group is not None and group.entry.programme is not self.t.other:
            return helper, "clause"
        titles = self._titles(f.section)
        caption = self.captions.get(i)
        if caption is not None:
            # A cell whose row and column name no programme is of what its table's caption
            # names, before the section's titles.
            titles = [caption, *titles]
        for mentions in (subject, before, after if count else []):
            found = self._best(mentions, GROUP, last=True)
            if found is not None and mentions is subject:
                found = self._part_of_group(subject, found)
            if found is not None:
                if count and found.entry.level == GROUP:
                    paid = self._next_payment(i, c_hi)
                    if paid is not None:
                        return paid, "clause"
                if (
                    not count
                    and found in self.demoted
                    and not self._standard_of(found, f.start)
                    and not self._own_help(subject, found, f)
                ):
                    # 对低保、特困等困难群众再给予每具800元 in 殡葬: an amount for a group that
                    # another programme helps is that programme's (not the group's own
                    # standard: 低保边缘家庭认定标准提高到每人每月1568元).
                    helper = self._first(titles, WORD)
                    if (
                        helper is not None
                        and helper.entry.programme != found.entry.programme
                        # 对分散供养对象按615元/月… under (一)社会救助: a title that names only
                        # the group's own domain says no more than the group does.
                        and not (
                            helper.entry.programme in self.t.general_keys
                            and helper.entry.programme.domain == found.entry.programme.domain
                        )
                    ):
                        return helper, "section"
                if found.entry.programme is self.t.other or (
                    found.entry.level < WORD
                    # 资助参保资金297.6万元，其中特困人员每人全额资助380元: an amount paid
                    # to a part's people too, also where a programme's name is their group
                    # (发放慰问金…，其中城市低保户每户300元; not 其中养老服务资金4亿元, a
                    # purpose).
                    and (count or found.word.endswith(self.t.group_nouns) or found in self.demoted)
                ):
                    # 发放临时救助金213.6万元，其中对未参保失业人员救助248人; 实施临时救助462人次,
                    # 其中对低保、特困对象救助215人次: the people of a part are counted by what
                    # the total gives them, not by who they are.
                    if count or self._certified(c_lo, f.start):
                        opened = part_at  # a count's, or None: a certificate's register
                    else:
                        opened = self._part_opening(i, c_lo, found)
                    total = self._list_total(i, opened, c_lo, found)
                    if (
                        total is not None
                        and opened != c_lo
                        # …孤儿1320人，其中集中养育186人，事实无人抚养儿童3860人: a later item
                        # of the total's own domain is a roll beside it, not its part.
                        and total.entry.programme.domain == found.entry.programme.domain
                        and self.t.counts[total.entry.programme.key] != "served"
                    ):
                        total = None
                    if (
                        total is not None
                        and total.entry.programme != found.entry.programme
                        # 共归集低收入人口312.8万人，其中低保对象146.5万人: a part of a
                        # population that is another programme's caseload.
                        and not (
                            total.entry.programme.key in self.t.populations
                            and found.entry.programme is not self.t.other
                        )
                        # 农村低保对象11.26万户33.58万人，其中建档立卡贫困人口19.7万人: the
                        # poor on a roll are the linkage's count, not what the roll does.
                        and not (
                            found.entry.programme.key in self.t.linkages
                            and total.entry.programme not in self.t.general_keys
                            and self.measures_so_far[-1][0] == "covered"
                            # …其中建档立卡贫困人口1083人、一类二类重点保障对象418人: not
                            # the next item of its list, which names no people of its own.
                            and not _any_in(self.figure_starts, found.end, f.start)
                        )
                    ):
                        return total, "sentence"
                return found, "clause"
        if not count:
            found = self._best(after, WORD, last=False)
            if found is not None:
                return found, "clause"
        generic = self._best([*subject, *before, *(after if count else [])], GENERIC, last=True)
        lo, hi = self.sentence_of[i]
        p_lo, p_hi = self._part(lo, hi, f.start)
        p_hi = self._reason(f.end, p_hi)
        named = bool(self.words.within(lo, f.start))
        # A later clause of a sentence that a breakdown opens (惠及…10126人。其中80至89周岁
        # 8962人，每人每月100元；90至99周岁1143人…) goes on parting the same total.
        opened = c_lo if self._in_breakdown(c_lo) else lo if self._broken_sentence(i) else -1
        if opened >= 0 and (generic is not None or not named):
            # 其中未成年人37人次: a part of a total named before the breakdown is the total's;
            # so is a part that nothing names (其中，城市居民2134人次).
            total = self._breakdown_total(i, opened)
            if total is not None:
                return total, "sentence"
        context = self._context_total(i, c_lo) if opened >= 0 else None
        if context is not None:
            # 全市死亡8126人，其中城镇1952人、农村6174人; 全县总人口172万人，其中农业人口148万人:
            # the parts of a population (or of staff) that name no programme are context too.
            return context, "sentence"
        # A part of the sentence that names nothing (其中：城关镇412户；新华镇285户), or only
        # generic words (…实施临时救助42人次；1-10月累计救助516人次), goes on from the parts
        # before it.
        bare = all(m.entry.level == GENERIC for m in self.words.within(p_lo, p_hi))
        # A generic word of the figure's own (救助资金, 养老床位) gives way to a word of its
        # own domain before it (临时救助90人，发放救助资金13.2万元), not to another domain's.
        domain = None if generic is None else generic.entry.programme.domain
        # The clauses of each step, listed only where the step's stretch of text holds a
        # word of its level at all (in a long sentence that names nothing, none is).
        stretches = {"earlier": (p_lo, c_lo), "others": (lo, p_lo), "later": (c_hi + 1, p_hi)}
        steps: list[tuple[str, int, bool, str]] = [
            ("earlier", WORD, True, "sentence"),
            ("others" if bare else "", WORD, True, "sentence"),
            ("earlier", GROUP, True, "sentence"),
            ("others" if bare else "", GROUP, True, "sentence"),
            ("titles", WORD, False, "section"),
            ("later", GROUP, False, "sentence"),
            ("others", GROUP, True, "sentence"),
        ]
        for name, level, last, source in steps:
            within = domain if source == "sentence" and level == WORD else None
            for c0, c1 in self._step_clauses(name, stretches, level, titles):
                found = self._best_in(c0, c1, level, last, within)
                if found is not None:
                    if source == "sentence" and generic is not None:
                        total = self._domain_total(found, generic.entry.programme.domain)
                        if total is not None:
                            return total, source
                    if source == "sentence" and last:
                        found = self._run_first(found, lo)
                    if source == "sentence" and found.entry.programme in self.t.general_keys:
                        # 开展社会救助领域…整治，…清退低保对象386户，追回违规资金41.6万元: a
                        # programme of the domain named after its general word is nearer.
                        nearer = self._best(
                            [
                                m
                                for m in self.words.within(max(found.end, p_lo), f.start)
                                if m.entry.programme.domain == found.entry.programme.domain
                                and m.entry.programme not in self.t.general_keys
                            ],
                            GROUP,
                            last=True,
                        )
                        if nearer is not None:
                            return nearer, source
                    return found, source
            if generic is not None and source == "section" and level == WORD:
                # The programme of the report's title, where it is the generic word's domain
                # (救助经费 in the report of a 救助管理站).
                titled = self._titled()
                if titled is not None and (
                    titled.entry.programme.domain == domain
                    # 救助对象 in 岷县…冬春受灾群众生活救助工作总结: the title's help says
                    # the generic word itself, whatever its domain.
                    or self._title_says(generic.word, titled.entry.programme)
                ):
                    return titled, "title"
                # 2.事实无人抚养儿童保障 over …按每人每月1000元发放基本生活补贴: a section titled
                # by a group of another domain is that group's programme, not the generic
                # word's.
                grouped = next(
                    (
                        found
                        for c0, c1 in titles
                        if (found := self._best(self.words.within(c0, c1), GROUP, last=True))
                        is not None
                    ),
                    None,
                )
                if grouped is not None and grouped.entry.programme.domain != domain:
                    return grouped, "section"
                # A generic word of its own says more than other people's groups elsewhere,
                # unless they are people named before it in its sentence (全市共有事实无人
                # 抚养儿童52人；三季度发放基本生活补贴23.4万元).
                if not any(
                    self._best(self.words.within(c0, c1), GROUP, last=True)
                    for name in ("earlier", "others")
                    for c0, c1 in self._step_clauses(name, stretches, GROUP, titles)
                ):
                    return generic, "clause"
        if generic is not None:
            return generic, "clause"
        for c0, c1 in titles:
            mentions = self.words.within(c0, c1)
            if f.kind.name == "money" and c0 <= f.start < c1:
                # A plan item written as a whole sentence holds the amount in its title: the
                # staff a later clause of it pays (争取党建工作经费320万元，指导员补贴提高到…)
                # are not what the amount is for.
                mentions = [
                    m for m in mentions if m.start < c_hi or m.entry.programme is not self.t.other
                ]
            found = self._best(mentions, GENERIC, last=False)
            if found is not None:
                titled = self._titled()
                if (
                    titled is not None
                    and titled.entry.level == WORD
                    and found.entry.programme in self.t.general_keys
                    and titled.entry.programme.domain != found.entry.programme.domain
                ):
                    # 二、应急救助 in …救灾工作总结: a section's general word of another
                    # domain than the report's programme is that programme's help.
                    return titled, "title"
                return found, "section"
        # Nothing nearer names one: the programme the report's title names (XX市儿童福利院
        # 2024年上半年工作总结; 关于抗震救灾工作情况的汇报), as the outline's first section.
        titled = self._titled()
        if titled is None and self.funds is not None and f.kind.name == "money":
            # 本年收入合计27962.15万元 in a department's accounts: the department's funds.
            return self.funds, "title"
        return None if titled is None else (titled, "title")

    def _step_clauses(
        self,
        name: str,
        stretches: dict[str, tuple[int, int]],
        level: int,
        titles: list[tuple[int, int]],
    ) -> Iterable[tuple[int, int]]:
        """The clauses a step of `_find_programme` reads, nearest first: the section titles,
        or the clauses of a stretch of the sentence without breakdowns; none where the
        stretch holds no word of ``level`` or above."""
        if name == "titles":
            return titles
        if not name:
            return []
        lo, hi = stretches[name]
        if not _any_in(self.level_starts[level], lo, hi):
            return []
        if name == "later":
            return self._clauses_after(lo, hi)
        return self._clauses_before(lo, hi)

    def _head_word(self, i: int) -> Mention[_Word] | None:
        """The programme its column's head names, for a table cell whose row names none
        before it (年末保障人数 | 6015人 under 城市低保)."""
        head = self.heads.get(i)
        if head is None:
            return None
        f = self.figures[i]
        if self.words.within(self.text.rfind("\n", 0, f.start) + 1, f.start):
            return None
        return self._best(self.words.within(*head), GROUP, last=True)

    def _head_period(self, i: int) -> Expression | None:
        """The period its column's head names, for a table cell whose row writes none
        before it (项目 | 2021年 | 2020年 above 低保户数 | 1265户 | 1342户)."""
        head = self.heads.get(i)
        if head is None:
            return None
        f = self.figures[i]
        if _any_in(self.expr_starts, self.text.rfind("\n", 0, f.start) + 1, f.start):
            return None
        return next(
            (e for e in self._exprs_in(*head) if e.year is not None and e.mode not in _NO_DATE),
            None,
        )

    def _head_cell(self, i: int) -> bool:
        """Whether the head of the figure's column is a short cell with no clause in it (上年,
        去年同期), not a line of text that lines indented by a tab stand under."""
        head = self.heads.get(i)
        return (
            head is not None
            and head[1] - head[0] <= _HEAD_CELL
            and LINE_CLAUSE_BREAKS.isdisjoint(self.text[head[0] : head[1]])
        )

    def _earlier_column(self, i: int) -> Expression | None:
        """The head's period of a cell in a column of an earlier year than the report's,
        where another head of its table names the report's year or a later one: a table that
        sets this year beside the last (项目 | 2021年 | 2020年) gives the earlier values for
        comparison, and a plan's table of targets (指标 | 2020年 | 2025年 in a plan of 2021)
        its base year's."""
        e = self._head_period(i)
        year = self.meta.year
        if e is None or e.year is None or year is None or e.year >= year:
            return None
        text = self.text
        end = text.find("\n", e.end)
        line = self._exprs_in(text.rfind("\n", 0, e.start) + 1, len(text) if end < 0 else end)
        return e if any(x.year is not None and x.year >= year for x in line) else None

    def _certified(self, lo: int, hi: int) -> bool:
        """Whether a word of ``certified_words`` stands in ``[lo, hi)``."""
        return any(self.text.find(w, lo, hi) >= 0 for w in self.t.certified)

    def _reason(self, lo: int, hi: int) -> int:
        """Where the first word of ``reason_words`` opens a reason in ``[lo, hi)``, else hi."""
        m = self.t.reasons.search(self.text, lo, hi)
        return hi if m is None else m.start()

    def _whole(self, i: int, c_lo: int, c_hi: int) -> Mention[_Word] | None:
        """The programme whose people the figure counts a part of (受助人员中未成年人47人次、
        老年人312人次): its word, where a mark of ``subset_marks`` follows it in the figure's
        clause and no programme's word or group stands between the mark and the figure
        (建档立卡贫困户中的低保对象87户 is 低保's), nor a programme's word after the figure
        (低保对象中的大学生…发放助学金 is the grant's)."""
        f = self.figures[i]
        named = self.words.within(c_lo, f.start)
        for k in range(len(named) - 1, -1, -1):
            m = named[k]
            if m.entry.level == GENERIC or not self.text.startswith(self.t.subsets, m.end):
                continue
            after = self.words.within(f.end, c_hi)
            if any(n.entry.level >= GROUP for n in named[k + 1 :]) or any(
                n.entry.level == WORD and not self._names_figure(n, c_hi + 1) for n in after
            ):
                return None
            return m
        return None

    def _admitted_into(self, i: int, c_hi: int) -> Mention[_Word] | None:
        """The programme a count (or the pair it opens) is admitted into right after it
        (贫困人口99人纳入低保, 593人纳入特困供养, 3256户6872人纳⏎入农村低保), past an area word;
        None where it goes into a list of them (纳入低保或特困供养)."""
        if i in self._admissions:
            return self._admissions[i]  # asked of a count's programme and of its measure
        found = self._admissions[i] = self._admitted_after(i, c_hi)
        return found

    def _admitted_before(self, i: int, c_lo: int) -> Mention[_Word] | None:
        """The programme a count is admitted into right before it (主动发现并新纳入低保对象
        526户891人: 低保's, not the discovery's): the name of its people or of it, right
        after an admission verb (past an area word) and right before the count or its pair."""
        start = self.figures[i].start
        if i > 0 and self._twin_after(i - 1) == i:
            start = max(c_lo, self.figures[i - 1].start)  # 526户891人: the pair's first
        named = self.words.within(c_lo, start)
        if not named or named[-1].entry.level < GROUP:
            return None
        m = named[-1]
        if self.text[m.end : start].strip(_LOOSE):
            return None
        lead = m.start
        area = self.areas.within(max(c_lo, lead - 3), lead)
        if area and area[-1].end == lead:
            lead = area[-1].start  # 新纳入农村低保对象
        if not self.text.endswith(self.t.admitted_leads, c_lo, lead):
            return None
        return m

    def _admitted_after(self, i: int, c_hi: int) -> Mention[_Word] | None:
        f = self.figures[i]
        end = f.end
        twin = self._twin_after(i)
        if twin is not None:
            end = self.figures[twin].end  # 将…贫困户3256户6872人纳入农村低保: the pair's
        # A soft wrap may cut the verb (纳⏎入农村低保): read past line breaks.
        ahead = self.text[end : end + 12]
        if not ahead.lstrip("\n").startswith(self.t.admitted_firsts):
            return None  # most counts: no admission verb after them
        lead = next(
            (w for w in self.t.admitted_leads if ahead.replace("\n", "").startswith(w)), None
        )
        if lead is None:
            return None
        at = end + len(lead) + ahead[: len(lead) + ahead.count("\n")].count("\n")
        named = self.words.within(at, c_hi)
        area = self.areas.within(at, c_hi)
        if area and area[0].start == at and not (named and named[0].start == at):
            at = area[0].end  # 纳入农村特困供养: past the area word (农村低保 is one word)
            named = self.words.within(at, c_hi)
        if not named or named[0].start != at or named[0].entry.level != WORD:
            return None
        if self.text.startswith(tuple(self.t.joins), named[0].end):
            return None
        return named[0]

    def _framed(self, i: int, c_lo: int) -> Mention[_Word] | None:
        """The programme whose caseload an earlier clause of the sentence frames as the
        whole the figure is a part of (在临时救助对象中，低保家庭438户; 从临时救助对象看，城镇
        家庭386户): the programme's people named in that clause (not an action, 在“寒冬送温暖”
        专项救助行动中), where its counts are people served and the figure's own clause names
        no programme but groups. A frame of a group's people alone (全市低保对象中，60周岁以上
        老年人9416人; 受助人员中，未成年人38人次; 生活补贴对象中，城市1286人) parts them
        whatever words name the parts, but for another programme's roll (`frame_rolls`)."""
        own = self.words.within(c_lo, self.figures[i].start)
        worded = any(m.entry.level == WORD for m in own)
        s_lo = self.sentence_of[i][0]
        head = self.text[c_lo : self.figures[i].start].lstrip(_LOOSE)
        frame = next((w for w in self.t.recipient_frames if head.startswith(w)), None)
        if frame is not None and head[len(frame) :].startswith(self.t.frame_closes):
            # …次均救助1217元，救助对象中城市居民3150人次: the help's people just counted,
            # parted in the figure's own clause.
            return None if worded else self._programme_before(c_lo)
        counts = self.t.counts
        for lo, hi in self._clauses_before(s_lo, c_lo - 1):
            clause = self.text[lo:hi].strip(_LOOSE)
            if not clause.endswith(self.t.frame_closes):
                continue
            whole = self.words.within(lo, hi)
            named = self.text[whole[-1].start : whole[-1].end] if whole else ""
            people = self._strip_close(clause)
            if (
                not clause.startswith(self.t.frame_opens)
                and named
                and whole[-1].entry.programme is not self.t.other
                # 生活补贴对象中: a generic benefit names people only with a noun of them.
                and (
                    (whole[-1].entry.level == GROUP and people.endswith(named))
                    or (
                        whole[-1].entry.level in (GROUP, GENERIC)
                        and any(people.endswith(named + noun) for noun in self.t.group_nouns)
                    )
                )
                and bisect_left(self.figure_starts, lo) == bisect_left(self.figure_starts, hi)
                # 全县建档立卡贫困人口中，纳入低保兜底保障的有5.86万人: a part named by a roll
                # of another programme is that roll's.
                and not any(
                    m.entry.programme.key in self.t.frame_rolls
                    and m.entry.programme is not whole[-1].entry.programme
                    for m in own
                )
            ):
                return whole[-1]
            if worded:
                return None
            if clause.startswith(self.t.frame_opens):
                opener = next(w for w in self.t.frame_opens if clause.startswith(w))
                if people[len(opener) :].lstrip(_LOOSE) in self.t.recipient_frames:
                    # 从救助对象看，救助城市低保家庭612户: the help's people just counted.
                    return self._programme_before(s_lo)
                served = [
                    m
                    for m in whole
                    if m.entry.level == GROUP and counts[m.entry.programme.key] == "served"
                ]
                return served[-1] if served else None
            if self._strip_close(clause).endswith(self.t.recipient_frames):
                # 服务对象中，特困老年人1864人: the people the service the sentence before
                # counts, parted by group, are that service's.
                return self._programme_before(s_lo)
            # 住院救助中，救助特困供养人员1124人次: a clause of a help's name alone frames it.
            if (
                len(whole) == 1
                and whole[0].entry.level == WORD
                and counts[whole[0].entry.programme.key] == "served"
                and clause.removeprefix(whole[0].word) in self.t.frame_closes
            ):
                return whole[0]
        return None

    def _strip_close(self, clause: str) -> str:
        """``clause`` without the word of `frame_closes` that ends it."""
        close = next((w for w in self.t.frame_closes if clause.endswith(w)), "")
        return clause[: len(clause) - len(close)]

    def _programme_before(self, lo: int) -> Mention[_Word] | None:
        """The programme word of the last figure before ``lo`` that is no part of a total
        (…救助流浪乞讨人员3562人次。其中…站外临时救助691人次: the total's), where a word
        (not a group) named it."""
        j = bisect_left(self.figure_starts, lo) - 1
        while j > 0 and self._in_parts(j, self.clause_of[j][0]):
            j -= 1
        named = self.programmes_so_far[j] if 0 <= j < len(self.programmes_so_far) else None
        return named[0] if named is not None and named[0].entry.level == WORD else None

    def _trained(self, i: int, c_lo: int) -> Mention[_Word] | None:
        """People trained (培训社区工作者2000人次): programme other (part 2, §1), as a
        mention of the training word."""
        f = self.figures[i]
        for w in self.t.training:
            s = _last_within(self.marks[w], c_lo, f.start - len(w))
            if s is not None:
                # 培训农村退役士兵523名: the training of a programme's people, where it is
                # part of what the programme does for them, is that programme's; so are
                # those its sentence named before, where the clause names no one else
                # (举办退役士兵免费技能培训班8期，培训826人).
                named = [
                    m
                    for m in self.words.within(c_lo, f.start)
                    if m.entry.programme is not self.t.other
                ]
                trainees = self._best(
                    [m for m in named if m.entry.programme.key in self.t.trained_programmes],
                    GROUP,
                    last=True,
                )
                if trainees is None and not named:
                    before = self.words.within(self.sentence_of[i][0], c_lo)
                    trainees = self._trained_people(before)
                    if trainees is None:
                        # 举办养老护理员培训12期，培训1860人次: the cadre the sentence named.
                        trainees = next(
                            (m for m in reversed(before) if m.word in self.t.trained_cadres), None
                        )
                if trainees is not None:
                    return trainees
                # 培训养老护理员400人次: workers the programme's words name as its own.
                cadre = next((m for m in named if m.word in self.t.trained_cadres), None)
                if cadre is not None:
                    return cadre
                return Mention(s, s + len(w), w, _Word(self.t.other, WORD, f"training_words:{w}"))
        return None

    def _trainees(self, i: int, m: Mention[_Word]) -> Mention[_Word]:
        """The people whose training a training word (other) names, where the training is
        part of what their programme does for them: the last programme word before it in
        its sentence, else in the figure's section titles (接收安置退役士兵236名，…，组织215人
        参加职业技能培训; 组织382名退役士兵参加培训，补助培训经费91.7万元，人均2400元)."""
        named = self.words.within(self.sentence_of[i][0], m.start)
        if not any(w.entry.programme is not self.t.other for w in named):
            for s in self._section_chain(self.figures[i].section):
                named = self.words.within(s.title_start, s.title_end)
                if any(w.entry.programme is not self.t.other for w in named):
                    break
        return self._trained_people(named) or m

    def _trained_people(self, named: list[Mention[_Word]]) -> Mention[_Word] | None:
        """Of the programme words ``named`` (other aside), the last of the highest level, if
        its programme trains its own people (`trained_programmes`): the people trained."""
        last = self._best([w for w in named if w.entry.programme is not self.t.other], GROUP, True)
        if last is not None and last.entry.programme.key in self.t.trained_programmes:
            return last
        return None

    def _counted_by(self, f: Figure, c_lo: int) -> Mention[_Word] | None:
        """People counted by what befell them, the word right before the count (全年全县死亡
        2846人): population, programme other, as a mention of the word."""
        for w in self.t.population_verbs:
            s = _last_within(self.marks[w], c_lo, f.start - len(w))
            if s is None or strip_words(
                self.text[s + len(w) : f.start].strip(_SPACES), self.t.approx_before
            ):
                continue
            held = self.words.within(max(0, s - 8), s + len(w))
            if any(m.start <= s and m.end >= s + len(w) for m in held):
                continue  # 因灾死亡5人: a programme's word that holds it says whose count it is
            return Mention(s, s + len(w), w, _Word(self.t.other, WORD, f"population_verbs:{w}"))
        return None

    def _population(self, i: int, c_lo: int) -> Mention[_Word] | None:
        """People counted by age (全县80周岁以上老年人6328人, 现有60周岁以上老年人4126人) with
        nothing done for them in their clause and no programme named before them in their
        sentence: population, programme other (part 2, §1), as a mention of the age mark."""
        f = self.figures[i]
        found = [(w, _last_within(self.marks[w], c_lo, f.start - len(w))) for w in self.t.ages]
        if all(at is None for _, at in found):
            return None  # no age mark before the count: the clause is not read
        clause = self.text[c_lo : f.start]
        for w, start in found:
            if start is None:
                continue
            at = start - c_lo
            rest = strip_words(
                # 80周岁以上老⏎年人2.73万人: a soft wrap inside the noun is no break.
                strip_words(clause[at + len(w) :].replace("\n", "").rstrip(), self.t.approx_before),
                self.t.population_links,
            )
            # 其中80周岁以上1.58万人: the age mark right before the count names them too.
            if rest and (len(rest) > 8 or not rest.endswith(self.t.population)):
                return None
            lo = self.sentence_of[i][0]
            c_hi = self.segments[i][1]
            # 享受高龄津贴老年人23716人，其中…100周岁以上66人: a part by age of a roll that
            # a group's word names is the roll's.
            part = self._in_breakdown(c_lo)
            if self._broken_sentence(i):
                # 惠及80周岁以上老年人10126人。其中…100周岁以上21人: the same in a breakdown
                # that opens the sentence after the roll's.
                total = self._breakdown_total(i, lo)
                if total is not None and total.entry.programme is not self.t.other:
                    return None
            if (
                any(c.word not in self.t.stocks for c in self.cues("count").within(c_lo, f.start))
                # 80周岁以上老年人2168人享受高龄津贴: what is done for them follows.
                or self.cues("count").within(f.end, c_hi)
                or any(b in clause[:at] for b in self.t.beneficiaries)
                or any(
                    (m.entry.level == WORD or (m.entry.level == GROUP and part and m.end <= c_lo))
                    and m.entry.programme is not self.t.other
                    for m in self.words.within(lo, f.start)
                )
            ):
                return None
            s = c_lo + at
            return Mention(s, s + len(w), w, _Word(self.t.other, WORD, f"{_AGE_RULE}{w}"))
        return None

    def _population_part(self, i: int, c_lo: int) -> Mention[_Word] | None:
        """The age mark of the population whose breakdown the figure goes on with, where
        its clause names only `population_groups`, with nothing done for them (60周岁以上
        老年人68.4万人，其中80周岁以上10.2万人，失能、半失能老年人约4.7万人: a part of the
        population, not the roll of the group's programme)."""
        j = i - 1
        if j < 0 or self.figures[j].start < self.sentence_of[i][0]:
            return None
        found = self.programmes_so_far[j]
        if found is None or not found[0].entry.rule.startswith(_AGE_RULE):
            return None
        f = self.figures[i]
        named = self.words.within(c_lo, f.start)
        if (
            not named
            or any(m.word not in self.t.population_groups for m in named)
            or self.cues("count").within(c_lo, f.start)
            or not self._in_parts(i, c_lo)
        ):
            return None
        return found[0]

    def _best_in(
        self, c0: int, c1: int, level: int, last: bool, domain: str | None
    ) -> Mention[_Word] | None:
        """`_best` of a clause's words (of ``domain`` only, if given), without staff,
        population and training words, which name only their own figure. The clauses of a
        sentence are asked about for each of its figures: answers are kept."""
        key = (c0, c1, level, last, domain)
        if key in self._bests:
            return self._bests[key]
        other = self.t.other
        mentions = [m for m in self.words.within(c0, c1) if m.entry.programme is not other]
        if domain is not None:
            mentions = [m for m in mentions if m.entry.programme.domain == domain]
        found = self._bests[key] = self._best(mentions, level, last=last)
        return found

    def _funds(self, title: str) -> Mention[_Word] | None:
        """The title word that makes the report a department's accounts, as a mention of
        the programme its money falls back to (see the ``funds_words`` table)."""
        for w, programme, rule in self.t.funds:
            span = _word_span(title, (w,), self.meta.title)
            if span is not None:
                return Mention(span[0], span[1], w, _Word(programme, GENERIC, rule))
        return None

    def _titled(self) -> Mention[_Word] | None:
        if self.meta.title is None:
            return None
        words = self.words.within(self.meta.title.start, self.meta.title.end)
        # 老年人口信息和老龄事业发展状况报告: a context word (老年人口, of no programme) is
        # not what the report is about where the title names a programme too.
        named = [m for m in words if m.entry.programme.key != "other"]
        return self._best(named or words, GROUP, last=False)

    def _title_says(self, word: str, programme: Programme) -> bool:
        """Whether the report's title holds ``word``, or a generic word it starts with (救助
        of 救助对象), outside the words that name another programme than ``programme``
        there (儿童 of 儿童福利 in a title of disability welfare)."""
        title = self.meta.title
        if title is None:
            return False
        named = [
            (m.start, m.end)
            for m in self.words.within(title.start, title.end)
            if m.entry.level > GENERIC and m.entry.programme is not programme
        ]
        for w in (word, *(g for g in self.t.generic_words if word.startswith(g) and g != word)):
            at = self.text.find(w, title.start, title.end)
            while at >= 0:
                if not any(a <= at and at + len(w) <= b for a, b in named):
                    return True
                at = self.text.find(w, at + 1, title.end)
        # 救助资金 in 岷县2014年冬春救助工作总结: the help a generic word starts with is the
        # help the title's programme gives, inside its own word (冬春救助).
        return any(
            m.entry.programme is programme
            and m.entry.level > GENERIC
            and word.startswith(h)
            and h in m.word
            for m in self.words.within(title.start, title.end)
            for h in self.t.help_heads
        )

    def _first(self, spans: list[tuple[int, int]], level: int) -> Mention[_Word] | None:
        for c0, c1 in spans:
            found = self._best(self.words.within(c0, c1), level, last=False)
            if found is not None:
                return found
        return None

    def _etc_total(self, m: Mention[_Word]) -> Mention[_Word] | None:
        """新纳入低保、特困等救助1126人: a list of programmes of one domain that ends in 等 is
        the domain's total, not its first item's (§7)."""
        if m.entry.level != WORD or self.t.etc_at.match(self.text, m.end) is None:
            return None
        return self._domain_total(m, m.entry.programme.domain)

    def _domain_total(self, m: Mention[_Word], domain: str) -> Mention[_Word] | None:
        """以低保、特困供养、临时救助为重点，共救助城乡困难群众4.6万人: a generic figure after
        a list of programmes of one domain is the domain's total (§7)."""
        first = self._list_first(m, across_figures=False)
        # The generic word's domain counts; other domains' groups in the list do not make it
        # less of a total (对低保、特困、孤寡老人、留守儿童等重点群体逐户排查…排查出生活困难
        # 群众1365户).
        keys = {
            x.entry.programme.key
            for x in self.words.within(first.start, m.end)
            if x.entry.level in (WORD, m.entry.level) and x.entry.programme.domain == domain
        }
        if len(keys) < 2:
            return None
        general = self.t.generals.get(domain)
        if general is None:
            return None
        return Mention(
            first.start,
            m.end,
            self.text[first.start : m.end],
            _Word(general, WORD, f"domains:{general.domain}"),
        )

    def _breakdown_total(
        self, i: int, c_lo: int, part: Mention[_Word] | None = None
    ) -> Mention[_Word] | None:
        """The programme of the total that a breakdown (其中…) parts: named in a clause
        before it in its part of the sentence. ``part`` is the word that names the part."""
        lo, hi = self.sentence_of[i]
        p_lo, _ = self._part(lo, hi, self.figures[i].start)
        # …次均救助1830元；其中低保对象1032人次: a breakdown that opens its part of the
        # sentence parts the total of the part before.
        start = lo if not self.text[p_lo:c_lo].strip(_WRAPPED) else p_lo
        opening = self.text[lo:c_lo].strip(_WRAPPED + COMMAS + "：:")
        if lo > 0 and (not opening or opening in self.t.breakdowns):
            # …平均每人次救助1791元。其中，城市居民2134人次: a breakdown that opens its
            # sentence parts the total of the sentence before, in its paragraph.
            start = max(self.breaks.sentence(lo - 1)[0], self._paragraph_start(lo))
        starts = self.figure_starts
        for c0, c1 in self._clauses_before(start, c_lo):
            if bisect_left(starts, c0) == bisect_left(starts, c1) and _PERCENT.search(
                self.text, c0, c1
            ):
                continue  # …，占常住人口的9.2%，其中…: a share's clause holds no total
            found = self._best(self.words.within(c0, c1), GROUP, last=True)
            if found is not None:
                # 入住老人305人，其中特困人员216人: a home's residents parted by the people
                # a programme keeps there are that programme's (not 其中失能老人31人).
                kept = part is not None and part.entry.programme.key in self.t.resident_programmes
                return None if kept and found.word in self.t.resident_groups else found
        return None

    def _context_total(self, i: int, c_lo: int) -> Mention[_Word] | None:
        """The context word (population, staff: programme other) of the like count right
        before a breakdown's clause in its sentence, where the breakdown parts that count."""
        f = self.figures[i]
        for j in self._earlier_in_sentence(i):
            g = self.figures[j]
            if g.start < c_lo and g.kind == f.kind:
                held = self.programmes_so_far[j]
                if held is not None and held[0].entry.programme is self.t.other:
                    return held[0]
                return None
        return None

    def _later_part(self, i: int) -> bool:
        """Whether the figure is a later item of a breakdown's list of rates in its sentence
        (其中城市低保户每户300元，农村低保户每户200元): one of the like rates before it, each in
        a clause of its own, stands in the clause that opens the breakdown (not a list of
        totals, 其中…临时救助资金…，流浪乞讨人员救助资金86.4万元)."""
        f = self.figures[i]
        if not f.rate:
            return False
        for j in range(i - 1, -1, -1):
            g = self.figures[j]
            if (
                self.sentence_of[j] != self.sentence_of[i]
                or g.kind != f.kind
                or g.rate != f.rate
                or self.segments[j][0] == self.segments[j + 1][0]
            ):
                return False
            if self._in_breakdown(self.segments[j][0]):
                return True
        return False

    def _helps_times(self, f: Figure, total: Mention[_Word], own: Mention[_Word]) -> bool:
        """Whether ``f`` is person-times of the help ``total`` names, whoever got it (实施
        城市医疗救助654人次，其中救助城市低保对象582人次): a help that counts those it
        serves, parted by a roll's people."""
        return (
            f.kind.name == "person_times"
            and self.t.counts[total.entry.programme.key] == "served"
            and self.t.counts[own.entry.programme.key] != "served"
        )

    def _breakdown_opening(self, i: int, c_lo: int) -> int | None:
        """Where the breakdown that holds the figure's clause opens: that clause (其中低保
        对象2931人次), or one before it in its part of the sentence, each clause between
        them ending in a figure and a comma (其中低保对象2931人次、救助资金612.8万元，特困
        供养人员864人次): the parts of one total, of whatever kinds."""
        if self._in_breakdown(c_lo):
            return c_lo
        lo, hi = self.sentence_of[i]
        p_lo, _ = self._part(lo, hi, self.figures[i].start)
        for _ in range(_PART_REACH):
            j = bisect_left(self.figure_starts, c_lo) - 1
            if j < 0 or self.figures[j].start < p_lo:
                return None
            if self.text[self.figures[j].end : c_lo].strip(_LOOSE) not in _FIGURE_SEPARATORS:
                return None
            c_lo = self.segments[j][0]
            if self._in_breakdown(c_lo):
                return c_lo
        return None

    def _breakdown_lead(self, i: int, c_lo: int) -> Mention[MeasureCue] | None:
        """The last money cue of the clause right before the breakdown that holds the figure,
        where that clause, in the figure's sentence, holds no figure (下拨到18个乡镇，其中…;
        下达资金中，城乡低保资金…), or None."""
        opened = self._breakdown_opening(i, c_lo)
        lo = self.sentence_of[i][0]
        if opened is None or opened <= lo:
            return None
        b_lo, _ = self.breaks.clause(opened - 1)
        b_lo = max(b_lo, lo)
        if _any_in(self.figure_starts, b_lo, opened):
            return None
        cues = self.cues("money").within(b_lo, opened)
        return cues[-1] if cues else None

    def _count_part(self, i: int, c_lo: int) -> int | None:
        """Where the breakdown opens whose part the count is: its clause (其中低保对象5210人),
        or, for a later item of its list that opens with what it names (…，其中城市低保对象
        5210人、260.5万元，特困人员268人; not 另有…, 带动志愿者…), the clause that opens the
        list; None where it is no part, or a part that holds a certificate (社区工作者186名，
        其中持证社工38名: a register of its own)."""
        f = self.figures[i]
        if self._certified(c_lo, f.start):
            return None
        if self._in_breakdown(c_lo):
            return c_lo
        opening = self.text[c_lo : f.start].lstrip(_LOOSE)
        if opening.startswith(self.t.sum_leads) and not opening.startswith(self.t.sum_stops):
            # 其中…每人1000元，…每户1500元，共计发放6245人: the sum after the list is the
            # whole's, as its parts are.
            return self._breakdown_opening(i, c_lo)
        named = self.words.within(c_lo, f.start)
        return self._part_opening(i, c_lo, named[0]) if named else None

    def _list_total(
        self, i: int, part_at: int | None, c_lo: int, part: Mention[_Word]
    ) -> Mention[_Word] | None:
        """The total whose breakdown, opened at ``part_at``, the count named by ``part`` is
        a part of; for a later item of the list, not a population's or staff's (全县总人口
        32.6万人，其中农村低保对象3042人，五保供养对象215人: the rolls are their own)."""
        if part_at is None:
            return None
        total = self._breakdown_total(i, part_at, part)
        if total is not None and part_at != c_lo and total.entry.programme is self.t.other:
            return None
        return total

    def _list_opening(self, i: int, c_lo: int) -> int | None:
        """The clause that opens the breakdown list whose later item the figure's clause is
        (`_breakdown_opening`), where that clause holds a figure of the figure's kind (床位
        1260张，其中护理型床位180张，集中供养特困人员536人: the residents are no part of the
        beds)."""
        opened = self._breakdown_opening(i, c_lo)
        if opened is None or opened == c_lo:
            return opened
        kind = self.figures[i].kind
        hi = self.breaks.clause(opened)[1]
        k = bisect_left(self.figure_starts, opened)
        while k < len(self.figures) and self.figures[k].start < hi:
            if self.figures[k].kind is kind:
                return opened
            k += 1
        return None

    def _part_opening(self, i: int, c_lo: int, named: Mention[_Word]) -> int | None:
        """Where the breakdown opens whose part the figure is (see `_count_part`): its clause
        or the clause of the like rates before it (其中城市低保户每户300元，农村低保户每户200元),
        else the clause that opens its list, where its clause opens with ``named``. Not a
        part that holds a certificate: callers ask `_certified` first."""
        if self._in_breakdown(c_lo) or self._later_part(i):
            return c_lo
        if self.text[c_lo : named.start].strip(_LOOSE):
            return None
        return self._list_opening(i, c_lo)

    def _in_breakdown(self, c_lo: int) -> bool:
        """Whether the clause opens a breakdown: 其中…, or an aside in brackets right after
        the total (孤儿425人（集中供养58人，社会散居367人）); asked for many times per clause,
        read once."""
        opened = self._opened.get(c_lo)
        if opened is None:
            opened = self._opens_breakdown(c_lo)
            self._opened[c_lo] = opened
        return opened

    def _attributive(self, lo: int, end: int) -> bool:
        """Whether a mark of `attribute_marks` stands between a cue ending at ``lo`` and the
        figure at ``end``: the cue then says what its people are, in a relative clause
        (对返贫风险较高的104户; 其中救助未纳入低保的…1732人次), not what the figure is."""
        between = self.text[lo:end]
        return any(m in between for m in self.t.attribute_marks)

    def _broken_sentence(self, i: int) -> bool:
        """Whether a breakdown opens the figure's sentence (。其中80至89周岁8962人，…) and
        nothing in it names a programme before the figure: its clauses part the total of the
        sentence before."""
        lo = self.sentence_of[i][0]
        return self._in_breakdown(lo) and not self.words.within(lo, self.figures[i].start)

    def _in_parts(self, i: int, c_lo: int) -> bool:
        """Whether the figure's clause opens a breakdown or goes on with one (其中80至89岁
        1012人，90至99岁118人): a clause right after a part's figure, whose first figure is
        of that part's kind, is the next part, where no verb measured that one (其中新增享受
        对象138人，百岁老人6人按…发放: not a newcomer) but the one this clause has too
        (其中纳入城市特困人员7人，纳入农村特困人员5人), and it names no scope of its own
        (…，全区养老床位总数达到3870张: a new total)."""
        head = self.text[c_lo : self.figures[i].start]
        if any(w in head for w in self.t.wholes):
            return self._in_breakdown(c_lo)
        # The verbs of the figure's kind (用于 of 用于儿童福利3860万元, not 服务 of 养老服务).
        table = "money" if self.figures[i].kind.name == "money" else "count"
        own = self._verbs(table, c_lo, self.figures[i].start)
        while not self._in_breakdown(c_lo):
            if i == 0 or self.sentence_of[i - 1] != self.sentence_of[i]:
                return False
            prev = self.figures[i - 1]
            if prev.kind is not self.figures[i].kind or (
                self.text[prev.end : c_lo].strip(_LOOSE) not in _PART_SEPARATORS
            ):
                return False
            i -= 1
            c_lo = self.segments[i][0]
            if not self._verbs(table, c_lo, prev.start) <= own:
                return False
        return True

    def _verbs(self, table: str, lo: int, hi: int) -> set[str]:
        """The cues of ``table`` in ``[lo, hi)`` outside programmes' names (救助 of 用于社会
        救助, 服务 of 居家养老服务): the verbs of a clause."""
        return {
            c.word
            for c in self.cues(table).within(lo, hi)
            if not self._names_around(c.start, c.end)
        }

    def _opens_breakdown(self, c_lo: int) -> bool:
        if self.text[c_lo : c_lo + 4].lstrip(" \t\u3000（(").startswith(self.t.breakdowns):
            return True
        # 其中，城市居民2134人次: the breakdown word as a clause of its own before.
        base = max(0, c_lo - 6)
        lead = self.text[base:c_lo].rstrip(_LOOSE + COMMAS + "：:")
        if lead.endswith(self.t.breakdowns):
            word = next(w for w in self.t.breakdowns if lead.endswith(w))
            at = base + len(lead) - len(word)
            if self.breaks.clause(at)[0] >= at:
                return True
        return self._bracketed(c_lo, loose=False) is not None

    def _bracketed(self, c_lo: int, *, loose: bool) -> int | None:
        """The figure right before the opening bracket that opens the clause at ``c_lo``
        (孤儿425人（集中供养58人…）); with ``loose``, spaces and commas may stand between them."""
        if c_lo < 1 or self.text[c_lo - 1] not in _OPENING_BRACKETS:
            return None
        j = bisect_left(self.figure_starts, c_lo) - 1
        if j < 0:
            return None
        gap = self.text[self.figures[j].end : c_lo - 1]
        return j if not (gap.strip(_LOOSE) if loose else gap) else None

    def _before(
        self, i: int, c_lo: int, s_lo: int
    ) -> list[Mention[_Word]] | tuple[Mention[_Word], str]:
        """The words before the figure in its clause that can name it: not those that name
        a figure in between (其中孤儿12名、弃婴9名); for a figure right after another (75户
        86人; 10144元、9222元), or after one of another kind with no word of its own between
        (医疗救助3200人次、支出资金410万元), the word of that one."""
        f = self.figures[i]
        own = self.words.within(s_lo, f.start)
        if own and any(m.entry.level > GENERIC for m in own):
            return own
        prev = self.figures[i - 1] if i > 0 else None
        between = "" if prev is None else self.text[prev.end : f.start]
        if (
            prev is not None
            and (
                (prev.end > c_lo and (prev.kind != f.kind or not between.strip(_ADJACENT)))
                # 享受低保419人(4月新纳入99人): an aside that opens right after a figure and names
                # no programme is about that figure's people.
                or (
                    between[:1] in _OPENING_BRACKETS
                    and not any(c in between for c in _CLOSING_BRACKETS)
                )
            )
        ):
            word = self.programmes_so_far[i - 1]
            # 临时救助1524人次、发放救助金356.9万元: a generic word of the figure's own is
            # short for the programme that names the figure before, where that is of its
            # domain (not for a group: 为因病致贫的19户家庭发放救助金9.6万元).
            if word is not None and (
                not own
                or (
                    word[0].entry.level == WORD
                    and word[0].entry.programme.domain == own[-1].entry.programme.domain
                )
            ):
                return word
        if own:
            return own
        aside = self._open_aside(i)
        held = None if aside is None else self.programmes_so_far[aside]
        if held is not None:
            # 城乡低保对象12486户31624人（城市1052户1806人，农村11434户29818人），特困人员…:
            # a later item of the aside's list is still the figure's before the bracket.
            return held
        return [m for m in self.words.within(c_lo, s_lo) if not self._names_figure(m, s_lo)]

    def _open_aside(self, i: int) -> int | None:
        """The figure right before the bracket, still open, that holds the figure, where
        nothing between the bracket and the figure names a programme."""
        f = self.figures[i]
        lo = self.sentence_of[i][0]
        at = _open_bracket(self.text, lo, f.start)
        if at < 0 or self.words.within(at, f.start):
            return None
        return self._bracketed(at + 1, loose=True)

    def _reached(self, i: int, c_lo: int) -> tuple[Mention[_Word], str] | None:
        """For a count whose clause opens with a reach word and names no programme
        (发放价格临时补贴2264万元，惠及9.2万人), the programme of the amount that ends the
        clause before it in its sentence."""
        f = self.figures[i]
        lead = self.text[c_lo : f.start].lstrip(_LOOSE + _WRAPPED)
        if i == 0 or not lead.startswith(self.t.reaches) or self.words.within(c_lo, f.start):
            return None
        g = self.figures[i - 1]
        if g.kind.name != "money" or g.end < self.sentence_of[i][0]:
            return None
        if self.text[g.end : c_lo].strip(_LOOSE + _WRAPPED + "，,"):
            return None  # not the amount that closes the clause before
        return self.programmes_so_far[i - 1]

    def _listed_areas(
        self, i: int, a: Mention[tuple[str, str]]
    ) -> tuple[str, str, Mention[tuple[str, str]]] | None:
        """Both areas, where the area word ``a`` that decided the figure's area ends a list
        of groups that one figure counts, joined by a list word to an earlier group of
        another area (为全县城乡低保对象和农村五保对象共14098户; 城市“三无”人员和农村五保对象共
        212人): the figure counts them all. Not the items of a list with figures of their
        own (城市低保2903人、农村低保16954人)."""
        f = self.figures[i]
        if a.end > f.start or _any_in(self.figure_starts, a.end, f.start):
            return None
        lo = self.breaks.clause(a.start)[0]
        before = self.areas.within(lo, a.start)
        if not before:
            return None
        b = before[-1]
        if b.entry[0] == a.entry[0] or _any_in(self.figure_starts, b.end, a.start):
            return None
        between = self.text[b.end : a.start]
        if (
            not any(j in between for j in self.t.joins)
            or any(c in between for c in _COMMAS)
            # 中心42个、农村幸福院85个: items counted on their own; 城市低保⇥农村低保: cells.
            or any(c.isdigit() for c in between)
            or CELL_MARKS.search(between)
        ):
            return None
        return "both", "meaning.area.list", a

    def _split_by_list(self, a: Mention[tuple[str, str]], c_lo: int) -> bool:
        """Whether the area ``a``, in a clause before ``c_lo``, ends a list of areas that its
        clause splits over its figures (城市、农村特困人员…分别为845元、515元)."""
        a_lo, a_hi = self.breaks.clause(a.start)
        if a_hi > c_lo:
            return False
        listed = self._area_list(a_lo, a_hi)
        return bool(listed) and listed[-1] is a and _any_in(self.each_at, a.end, a_hi)

    def _area_list(self, lo: int, hi: int) -> list[Mention[tuple[str, str]]]:
        """The area words of the clause ``[lo, hi)`` before its first figure, where they are
        a list of more than one area (城市、农村低保标准分别…), else none."""
        j = bisect_left(self.figure_starts, lo)
        first = min(hi, self.figure_starts[j]) if j < len(self.figure_starts) else hi
        listed = self.areas.within(lo, first)
        return listed if len({a.entry[0] for a in listed}) > 1 else []

    def _names_figure(self, m: Mention[_Word], limit: int) -> bool:
        """Whether a figure follows ``m`` at once (孤儿12名): then ``m`` is that one's."""
        j = bisect_left(self.figure_starts, m.end)
        return (
            j < len(self.figures)
            and self.figures[j].start < limit
            and (self.figures[j].start - m.end <= 2)
        )

    def _names_people(self, m: Mention[_Word], limit: int) -> bool:
        """Whether ``m`` names people a visit reaches (走访慰问城市低保户3200户): the first
        figure after it, before ``limit``, counts people, or there is none; not a programme's
        own money (城乡低保金1300万元), which names no one visited."""
        j = bisect_left(self.figure_starts, m.end)
        return not (
            j < len(self.figures)
            and self.figures[j].start < limit
            and self.figures[j].kind.name not in _COUNT_KINDS
        )

    def _earlier_item(self, m: Mention[_Word], start: int, key: str) -> bool:
        """Whether ``m`` opens an earlier item of the list whose item, naming programme
        ``key``, the figure at ``start`` is (城乡低保对象8416户12735人、特困人员2108人; not
        资助城市低保对象6826人、资金102.39万元, one item): ``m`` names a figure of its own,
        and after that figure a list mark opens an item that names ``key``."""
        if m.start >= start or not self._names_figure(m, start):
            return False
        j = bisect_left(self.figure_starts, m.end)
        mark = self.text.rfind("、", self.figures[j].end, start)
        return mark >= 0 and any(
            w.entry.programme.key == key for w in self.words.within(mark, start)
        )

    def _next_item(self, end: int, m: Mention[_Word]) -> bool:
        """Whether ``m``, after a figure that ends at ``end``, opens the next item of a list
        (…638人、农村留守儿童4127人): a list mark between them and a figure of its own."""
        return "、" in self.text[end : m.start] and self._names_figure(m, m.end + 3)

    def _parallel_item(self, f: Figure, named: Mention[_Word], m: Mention[_Word]) -> bool:
        """Whether ``m``, in the clause right after ``f``, is a parallel item: ``f``'s own
        clause names its group just before it, and ``m`` names another one just before a
        figure of the same kind (困境儿童427人，农村留守儿童2135人: the second item's area is
        not the first's)."""
        if named.entry.level != GROUP or not self._names_figure(named, f.start + 1):
            return False
        area = self._attached(m)
        if self.text[f.end : m.start if area is None else area.start].strip(_LOOSE + "，,、"):
            return False
        j = bisect_left(self.figure_starts, m.end)
        return self._names_figure(m, m.end + 3) and self.figures[j].kind is f.kind

    def _other_group_item(self, m: Mention[_Word], f: Figure) -> bool:
        """Whether ``m``, before ``f`` and counting a figure of its own, is an earlier item
        of a list whose item ``f`` names other people of the same programme right before
        it (农村留守儿童18634名、困境儿童2217名), not the same people named again."""
        if not self._names_figure(m, f.start):
            return False
        key = m.entry.programme.key
        return any(
            w.entry.level == GROUP
            and w.entry.programme.key == key
            and self._names_figure(w, f.start + 1)
            and not self._named_again(m, {w.word})
            for w in self.words.within(m.end, f.start)
        )

    def _named_since_site(self, site: Mention[_Word], f: Figure, key: str) -> bool:
        """Whether the figure is no amount for the sites ``site`` names: it counts no money,
        or a word of the programme other than a site stands between them."""
        return f.kind.name != "money" or any(
            w.entry.programme.key == key and not w.word.endswith(self.t.sites)
            for w in self.words.within(site.end, f.start)
        )

    def _later_item(self, end: int, m: Mention[_Word]) -> bool:
        """Whether ``m`` names a later item of a list that the figure ending at ``end`` is an
        item of: a list mark right after the figure, and a figure of ``m``'s own (…58人次、
        老年人412人次、精神障碍患者97人次; not 为2650名独居、空巢老年人提供探访关爱服务)."""
        return self.text[end : end + 2].lstrip(_LOOSE).startswith("、") and self._next_item(end, m)

    def _part(self, lo: int, hi: int, pos: int) -> tuple[int, int]:
        """The part of the sentence ``[lo, hi)`` around ``pos`` between ；."""
        k = bisect_left(self.semicolons, pos)
        start = self.semicolons[k - 1] if k > 0 else -1
        end = self.semicolons[k] if k < len(self.semicolons) else hi
        return (lo if start < lo else start + 1), min(end, hi)

    def _weighed(self, found: Mentions[_Word]) -> Mentions[_Word]:
        """Weigh each word by its neighbours: a programme's name before a noun of people
        names a group (低保家庭, 因病致贫家庭); a generic word after 各类 names its domain's
        total (各类养老床位); a name right after 按照/不低于, or before a multiple of its level
        (低保标准的6倍), is a reference."""
        items = found.items
        out: list[Mention[_Word]] = []
        text, t = self.text, self.t
        for k, m in enumerate(items):
            lead = m.start - 4 if m.start > 4 else 0
            if (
                self._reference_before(lead, m)
                or self._referred(m.start)
                or t.multiple.match(text, m.end)
            ):
                continue
            if self.causes and self._in_cause(m.start):
                continue  # 因死亡、退出低保等原因停发生活补贴126人: why, not whose
            if m.word in t.care_modes and self._kept_by_owner(items, k, out):
                continue  # 孤儿基本生活费集中供养每人每月1000元: how orphans are kept
            if text.startswith(t.staff, m.end) and m.entry.programme is not t.other:
                # 婚姻登记员, 殡改信息员: a job, its people are staff.
                job = next(w for w in t.staff if text.startswith(w, m.end))
                out.append(
                    Mention(m.start, m.end + len(job), m.word, _Word(t.other, GROUP, m.entry.rule))
                )
                continue
            if m.entry.level == GENERIC and t.benefit_names:
                m = self._benefit_of(m, out)
            level = m.entry.level
            demoted = level == WORD and self._names_group(items, k)
            if demoted:
                level = GROUP
            elif level == GENERIC and text.endswith(t.totals, lead, m.start):
                level = WORD
            kept = (
                m
                if level == m.entry.level
                else Mention(m.start, m.end, m.word, _Word(m.entry.programme, level, m.entry.rule))
            )
            if demoted:
                self.demoted.add(kept)
            out.append(kept)
        return Mentions(out)

    def _benefit_of(self, m: Mention[_Word], kept: list[Mention[_Word]]) -> Mention[_Word]:
        """``m``, a generic word, or the name of a programme that ends in it where the last
        programme word before it in its sentence names that programme's people
        (为重度失能的低保、特困老年人发放护理补贴: the elderly's, not the disabled's;
        对低保家庭中的残疾人…发放生活补贴: the disabled's subsidy, not the roll's)."""
        if not kept:
            return m
        last = kept[-1]
        if last.word == m.word:
            return m  # 发放护理补贴，…全年发放护理补贴188.5万元: the same benefit again
        lo, _ = self.breaks.sentence(m.start)
        if last.start < lo:
            return m
        named = self.t.benefit_names.get((m.word, last.entry.programme.domain))
        return m if named is None else Mention(m.start, m.end, m.word, named)

    def _kept_by_owner(
        self, items: list[Mention[_Word]], k: int, kept: list[Mention[_Word]]
    ) -> bool:
        """Whether the care mode ``items[k]`` is that of the people of a programme of
        ``care_owners`` named before it in its sentence with no other programme's word
        between (the last of ``kept``: 全县共有孤儿186名，其中集中供养32名…，按照集中供养每人
        每月1000元) or right after it (集中供养孤老优抚对象)."""
        owners = self.t.care_owners
        m = items[k]
        if kept and kept[-1].entry.programme.key in owners:
            lo, _ = self.breaks.sentence(m.start)
            if kept[-1].start >= lo:
                return True
        after = items[k + 1] if k + 1 < len(items) else None
        return (
            after is not None
            and after.entry.programme.key in owners
            and not self.text[m.end : after.start].strip(_SPACES + "".join(self.t.particles))
        )

    def _in_cause(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a cause."""
        k = bisect_right(self.causes, (pos, len(self.text))) - 1
        return k >= 0 and pos < self.causes[k][1]

    def _reference_before(self, lead: int, m: Mention[_Word]) -> bool:
        """A reference word right before ``m`` (不低于低保标准), but not 按 before the
        programme's own word whose rate the figure is (按集中养育每人每月1000元)."""
        text, t = self.text, self.t
        if not text.endswith(t.references, lead, m.start):
            return False
        weak = [w for w in t.references if text.endswith(w, lead, m.start)]
        if not all(w in t.rate_refs for w in weak):
            return True
        if m.entry.level != WORD or m.entry.programme is t.other or m.word in t.care_modes:
            return True  # 按失能老年人每人, 按常住人口每人, 按照集中供养每人: a basis
        at = m.end
        while at < len(text) and text[at] in _SPACES:
            at += 1
        return t.per_marks.match(text, at) is None

    def _referred(self, pos: int) -> bool:
        """A reference word before a filler right before ``pos`` (不低于当地低保标准)."""
        fillers = self.t.reference_fillers
        if not self.text.endswith(fillers, 0, pos):
            return False  # most words: one test for all the fillers
        for w in fillers:
            if self.text.endswith(w, 0, pos):
                end = pos - len(w)
                return self.text.endswith(self.t.references, max(0, end - 4), end)
        return False

    def _names_group(self, items: list[Mention[_Word]], k: int) -> bool:
        """Whether the name ``items[k]`` stands before a noun of people, itself or as the
        first of a list that does (低保、特困家庭)."""
        m = items[k]
        while True:
            etc = self.t.etc_at.match(self.text, m.end)
            at = m.end
            if etc is not None:
                # 低保、特困等困难群众: need may be said between the list and its people.
                need = self.t.need_at.match(self.text, etc.end())
                at = etc.end() if need is None else need.end()
            if self.text.startswith(self.t.group_nouns, at):
                return True
            if k + 1 >= len(items):
                return False
            nxt = items[k + 1]
            gap = self.text[m.end : nxt.start]
            if not gap or not self._joined(gap, bare=True):
                return False
            if nxt.entry.level == GROUP:
                return True  # 五保、低保对象: the list names people
            k, m = k + 1, nxt

    def _clauses_before(self, lo: int, hi: int) -> Iterator[tuple[int, int]]:
        """The clauses of ``[lo, hi)``, nearest ``hi`` first, without breakdowns (其中…): a
        figure after a breakdown refers to the total before it. Read from ``hi`` back as
        far as the caller goes (most stop at the first clause that names something)."""
        ends = self.breaks.clause_ends
        a = bisect_right(ends, lo - 1)
        end = hi
        for k in range(bisect_left(ends, hi) - 1, a - 1, -1):
            start = ends[k] + 1
            if start < end and not self._breaks_down(start, end):
                yield start, end
            end = ends[k]
        if lo < end and not self._breaks_down(lo, end):
            yield lo, end

    def _clauses_after(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The clauses after the figure's, up to a breakdown (其中…), which names parts."""
        out = []
        for c0, c1 in self.breaks.clauses(lo, hi):
            if self._breaks_down(c0, c1):
                break
            out.append((c0, c1))
        return out

    def _breaks_down(self, c0: int, c1: int) -> bool:
        """Whether the clause starts a breakdown (其中…)."""
        found = self._breakdowns.get((c0, c1))
        if found is None:
            found = self._in_breakdown(c0)
            self._breakdowns[c0, c1] = found
        return found

    def _run_first(self, m: Mention[_Word], lo: int) -> Mention[_Word]:
        """Parallel clauses of one domain (孤儿17人，事实无人抚养儿童46人，按照每人每月1170元):
        a figure after them that names nothing is shared, and takes the first named."""
        first = m
        if not self._parallel(m):
            return m
        for c0, c1 in self._clauses_before(lo, m.start):
            items = self.words.within(c0, c1)
            if len(items) != 1 or items[0].entry.level < GROUP or not self._parallel(items[0]):
                break
            if items[0].entry.programme.domain != m.entry.programme.domain:
                break
            first = items[0]
        return first

    def _parallel(self, m: Mention[_Word]) -> bool:
        """Whether ``m``'s clause is just a name and its figures (全县孤儿17人). The figures
        of a sentence ask about the same words: answers are kept."""
        key = (m.start, m.end)
        found = self._parallels.get(key)
        if found is None:
            found = self._parallels[key] = self._name_and_figures(m.start, m.end)
        return found

    def _name_and_figures(self, start: int, end: int) -> bool:
        c0, c1 = self.breaks.clause(start)
        if len(self.text[c0:start].strip(" \t\u3000")) > 4:
            return False
        if self._without_figures(end, c1).strip(" \t\u3000、"):
            return False
        if any(self.cues(t).within(c0, start) for t in ("count", "money")):
            return False
        j = bisect_left(self.figure_starts, c0)
        return j < len(self.figure_starts) and self.figure_starts[j] < c1

    def _next_payment(self, i: int, c_hi: int) -> Mention[_Word] | None:
        """The programme named by the next amount's phrase in the clause (为5名孤儿送去
        1000元的慰问金 → 慰问金)."""
        j = self.next_money[i]
        if j == len(self.figures) or self.figures[j].start >= c_hi:
            return None
        return self._paid_with(self.figures[j])

    def _given_to_list(self, i: int, c_lo: int, c_hi: int) -> Mention[_Word] | None:
        """What a clause that opens with whom it is for gives, after the list of the people
        it counts (对城市低保对象4326人、农村五保对象2114人和重点优抚对象1237人发放价格临时补贴):
        the programme's word after the list's last count, for every item of the list."""
        first = bisect_left(self.figure_starts, c_lo)
        last = bisect_left(self.figure_starts, c_hi) - 1
        if last <= first:
            return None  # no list: the word after a lone count is read as it stands
        lead = self.text[c_lo : self.figures[first].start].strip(_LOOSE)
        # 春节期间为1860户城市低保家庭和4520户农村低保家庭发放慰问金: the word of whom may
        # also stand right before the first count.
        named = lead.startswith(self.t.beneficiaries) or lead.endswith(self.t.beneficiaries)
        if not named or self._beneficiary(i, c_lo) is None:
            return None
        end = self.figures[last].end
        paid = next(
            (c for c in self.cues("money").within(end, c_hi) if c.entry.measure == "paid"), None
        )
        if paid is None:
            return None
        return next((m for m in self.words.within(paid.end, c_hi) if m.entry.level == WORD), None)

    def _paid_with(self, g: Figure) -> Mention[_Word] | None:
        """The programme an amount's own phrase names (慰问金, 临时救助金)."""
        if g.subject is None:
            return None
        return self._best(self.words.within(g.subject.start, g.subject.end), WORD, last=True)

    def _purpose(self, i: int) -> Mention[_Word] | None:
        """What an amount whose clause names nothing is for, where the next clause opens
        with a verb of building or use (投入资金860万元，新建和改扩建敬老院3所 → 敬老院)."""
        c_hi = self.segments[i][1]
        if self.text[c_hi : c_hi + 1] not in _COMMAS:
            return None
        j = bisect_left(self.figure_starts, c_hi)
        n_lo, n_hi = self.breaks.clause(c_hi + 1)
        if (
            j < len(self.figures)
            and self.figures[j].start < n_hi
            and self.figures[j].kind == self.figures[i].kind
        ):
            return None  # 发放低保金100万元，特困供养金50万元: a list
        head = self.text[n_lo:n_hi].lstrip(_LOOSE)
        if not head.startswith(self.t.purposes):
            return None
        return self._best(self.words.within(n_lo, n_hi), WORD, last=False)

    def _paid_next(self, i: int, c_hi: int) -> Mention[_Word] | None:
        """The programme of the total that opens the next clause of the sentence, after a
        count that ends its own (惠及困难群众3260人，发放临时救助金186万元 → 临时救助金):
        what the people were given."""
        j = i + 1
        if (
            j == len(self.figures)
            or self.clause_of[j][0] != c_hi + 1
            or self.text[c_hi : c_hi + 1] not in _COMMAS
            or self.text[self.figures[i].end : c_hi].strip(_LOOSE)
            or self.sentence_of[j] != self.sentence_of[i]
        ):
            return None
        g = self.figures[j]
        return None if g.kind.name != "money" or g.rate else self._paid_with(g)

    def _section_chain(self, index: int | None) -> list[Section]:
        chain = self._chains.get(index)
        if chain is None:
            chain = []
            at = index
            while at is not None:
                s = self.sections[at]
                chain.append(s)
                at = s.parent
            self._chains[index] = chain
        return chain

    def _titles(self, index: int | None) -> list[tuple[int, int]]:
        """The spans of the section's titles, innermost first."""
        titles = self._title_spans.get(index)
        if titles is None:
            titles = [(s.title_start, s.title_end) for s in self._section_chain(index)]
            self._title_spans[index] = titles
        return titles

    # ------------------------------------------------------------------ area

    def cues(self, table: str) -> Mentions[MeasureCue]:
        """The cues of one table (rate, beds, couples…), found when a figure first asks."""
        found = self._cues.get(table)
        if found is None:
            found = find(self.text, self.t.cues[table], self._spans, self.breaks.wraps)
            # 增加 in 养老床位从3200张增加到6850张 sets a new value of the stock: no measure.
            if self.changes.items:
                starts = self.change_ends
                found = Mentions(
                    [c for c in found.items if c.start not in starts or not self._in_change(c)]
                )
            self._cues[table] = found
        return found

    def _wrap_at(self, i: int) -> bool:
        """Whether the line break at ``i`` is a soft wrap."""
        wraps = self.breaks.wraps
        k = bisect_left(wraps, i)
        return k < len(wraps) and wraps[k] == i

    def _reach_back(self, lo: int, end: int, n: int) -> int:
        """Where ``n`` characters before ``end`` (not before ``lo``) start, a soft wrap and
        the blanks before it not counted: a cue cut by a blanked page footer (比上年提⏎— 1 —⏎
        高25元) is as near its figure as it would be on one line."""
        at = end - n
        wraps = self.breaks.wraps
        k = bisect_left(wraps, at if at > lo else lo)
        if k == len(wraps) or wraps[k] >= end:
            return at if at > lo else lo  # no wrap in reach: most figures
        text = self.text
        at, counted = end, 0
        while at > lo and counted < n:
            at -= 1
            if text[at] not in _SPACES and not (text[at] == "\n" and self._wrap_at(at)):
                counted += 1
        return at

    def _in_change(self, c: Mention[MeasureCue]) -> bool:
        """Whether a cue is the start of a change word (增加 in 增加到)."""
        ends = self.change_ends.get(c.start, ())
        return any(c.end < end <= c.end + _CHANGE_REACH for end in ends)

    def _with_area(self) -> Mentions[_Word]:
        """The programme words with an area word of their own (an area word stands up to six
        characters before them, so only the few words near one are asked). Where no area
        word holds a programme word, a word's area word depends on where it starts alone:
        whichever is asked first, `_attached` gives the same."""
        starts = self.words.starts
        near: set[int] = set()
        for a in self.areas.items:
            j = bisect_left(starts, a.start)
            while j < len(starts) and starts[j] <= a.start + 6:
                near.add(j)
                j += 1
        items = self.words.items
        return Mentions([items[j] for j in sorted(near) if self._area_word(items[j]) is not None])

    def _attached(self, m: Mention[_Word]) -> Mention[tuple[str, str]] | None:
        """The area word of a programme word: inside it (城市低保) or right before it
        (农村特困人员, 城市居民最低生活保障)."""
        if m.start in self._areas_of:
            return self._areas_of[m.start]
        found = self._area_word(m)
        self._areas_of[m.start] = found
        return found

    def _named_again(self, m: Mention[_Word], groups: set[str]) -> bool:
        """Whether one of ``groups`` names the people of ``m`` again, without the area word
        it opens with (农村低保 → 低保对象)."""
        area = self._attached(m)
        bare = m.word[len(area.word) :] if area is not None and area.start == m.start else m.word
        return any(g.startswith(bare) or bare.startswith(g) for g in groups)

    def _residents(self, lo: int, end: int) -> Mention[tuple[str, str]] | None:
        """The area word of the people a help is for, named as residents rather than by a
        programme's group, after a word of `beneficiary_words` in the figure's part of the
        sentence (up to ；) before it (为全县城乡居民减免基本殡葬服务费; 为城乡5742名逝者
        减免…; 为2930户农村家庭发放火化补助): the area of whoever the help reaches."""
        if not _any_in(self.areas.starts, lo, end):
            return None
        for a in reversed(self.areas.within(lo, end)):
            at = a.end
            j = bisect_left(self.figure_starts, at)
            if j < len(self.figures) and not self.text[at : self.figures[j].start].strip(_LOOSE):
                at = self.figures[j].end  # 城乡5742名逝者: the count of them between
            nouns = self.t.resident_nouns
            if not (a.word.endswith(nouns) or self.text.startswith(nouns, at)):
                continue
            start = a.start
            k = bisect_left(self.figure_starts, start) - 1
            if k >= 0 and not self.text[self.figures[k].end : start].strip(_LOOSE):
                start = self.figures[k].start  # 为2930户农村家庭: their count before
            lead = self.text[max(lo, start - self.t.beneficiary_reach - 4) : start]
            lead = lead.rstrip(_LOOSE)
            whole = next((w for w in self.t.wholes if lead.endswith(w)), "")
            # 为全县城乡居民: the whole territory between the word and its people.
            lead = lead[: len(lead) - len(whole)].rstrip(_LOOSE)
            if lead.endswith(self.t.beneficiaries):
                return a
        return None

    def _area_word(self, m: Mention[_Word]) -> Mention[tuple[str, str]] | None:
        lo = max(0, m.start - 6)
        if not _any_in(self.areas.starts, lo, m.end):
            return None
        for a in reversed(self.areas.within(lo, m.end)):
            if m.start < a.start:
                continue  # 新型农村合作医疗: an area word inside a name says nothing
            gap = self.text[a.end : m.start] if a.end <= m.start else ""
            if a.end <= m.end and len(gap) <= 2 and not any(ch in "，,。；;：:" for ch in gap):
                return a
            if self._elided_before(gap, m):
                # 农村集中、分散供养标准: the area word opens a list whose first item is
                # the same name cut short (集中 for 集中供养).
                return a
        return None

    def _elided_before(self, gap: str, m: Mention[_Word]) -> bool:
        """Whether ``gap``, before the programme word ``m``, is an item of a list that ends in
        ``m`` and names a word of its table with ``m``'s tail left out (集中、 before
        分散供养)."""
        found = _ELIDED_ITEM.fullmatch(gap)
        if found is None:
            return False
        head = found.group(1)
        return len(head) < len(m.word) and head + m.word[len(head) :] in self.t.programmes

    def _named_after_previous(self, i: int, at: int) -> bool:
        """Whether figure ``i`` and the figure before it each name their people right after
        them, and ``at`` falls in the earlier one's (the people that count counts)."""
        if i == 0 or not _noun_after(self.figures[i]):
            return False
        g = self.figures[i - 1]
        return _noun_after(g) and g.subject is not None and g.subject.start <= at < g.subject.end

    def _area(
        self, i: int, word: tuple[Mention[_Word], _Word, str] | None, role: str
    ) -> tuple[str, str, Mention[tuple[str, str]]] | None:
        area = self._area_found(i, word, role)
        if area is not None and self._in_inclusion(area[2], self.figures[i]):
            # 其中公办（含农村敬老院）2.28万张、民办1.84万张; 特困供养人员1126人（含原农村五保
            # 对象）: an area word in an aside of what a figure includes is the area of what
            # is included, not of the figures outside the aside.
            return None
        return area

    def _in_inclusion(self, a: Mention[tuple[str, str]], f: Figure) -> bool:
        """Whether ``a`` stands in brackets opened by a breakdown word (含, 包括) that
        do not hold ``f``."""
        at = _open_bracket(self.text, self.breaks.clause(a.start)[0], a.start)
        if at < 0 or not self.text[at + 1 : a.start].lstrip(_LOOSE).startswith(self.t.breakdowns):
            return False
        closes = [c for c in (self.text.find(b, a.end) for b in _CLOSING_BRACKETS) if c >= 0]
        return not (at < f.start and closes and f.end <= min(closes))

    def _area_found(
        self, i: int, word: tuple[Mention[_Word], _Word, str] | None, role: str
    ) -> tuple[str, str, Mention[tuple[str, str]]] | None:
        f = self.figures[i]
        c_lo, _, s_lo, _ = self.segments[i]
        if role == "change" and not self.areas.within(c_lo, f.start):
            # 城市月人均补差218元，较上年增加23元: a change is of the value it changes.
            j = self._changed_index(i)
            if j is not None and _key(self.programmes_so_far[j]) == _key(self.programmes_so_far[i]):
                return self.areas_so_far[self._split_total(j)]
        # An area word right before the figure: 其中城市1200户, 农村低保1486户; where nothing
        # names a programme, a longer phrase may stand between (农村劳动力转移就业1.3万人).
        # (Most figures have none before them in their segment: two bisections spare the
        # query.)
        starts = self.areas.starts
        near = self.areas.within(s_lo, f.start) if _any_in(starts, s_lo, f.start) else []
        for a in reversed(near):
            if self._named_after_previous(i, a.start):
                # 为1860户城市低保家庭和4520户农村低保家庭: 城市 is the first count's people.
                break
            between = self.text[a.end : f.start]
            if (
                (len(between) <= 6 or (word is None and len(between) <= 10))
                and not any(ch in "，,。；;" for ch in between)
                # 城市、农村分别为412人和1451人: the list's areas go one to each figure.
                and not _any_in(self.each_at, a.end, f.start)
            ):
                if all(self._attached(m) in (None, a) for m in self.words.within(a.end, f.start)):
                    return a.entry[0], a.entry[1], a
        # The people counted, named by their area right after the figure (为2860户城乡居民).
        if self.text[f.end : f.end + 1] in self.t.area_firsts:
            after = self.areas.within(f.end, f.end + self.t.area_reach)
            if after and after[0].start == f.end:
                a = after[0]
                return a.entry[0], a.entry[1], a
        # …or inside the noun right after it (对2.4万户倒损农房户, 为3862名农村留守老年人).
        noun = f.subject
        if noun is not None and f.end <= noun.start <= f.end + 1:
            inside = self.areas.within(noun.start, noun.end)
            if inside:
                a = inside[0]
                return a.entry[0], a.entry[1], a
        aside = self._aside_of(i, c_lo)
        if aside is not None:
            # 城市低保对象9860户1.62万人（奎文区3120人、潍城区2860人）: the parts of a figure,
            # in brackets right after it, are in its area.
            return self.areas_so_far[aside]
        if word is None:
            return None
        mention, w, _source = word
        if w.programme is self.t.other:
            scheme = self.schemes.within(c_lo, f.start)
            if scheme:
                # 城乡居民医保参保4.12万人: the scheme itself, not people it helps, so the
                # area its name holds is the figure's.
                area, rule = self.t.scheme_areas[scheme[-1].word]
                return area, rule, scheme[-1]
            if mention.entry.rule.startswith(_ENROLLED) and not self.areas.within(
                mention.start - _SCHEME_NAME, mention.start
            ):
                # 参加新型农村合作医疗农民31.6万人 after 城镇职工…: the people of a scheme whose
                # name opens with no area word have none, whatever the sentence named before.
                return None
        head = self.heads.get(i)
        if head is not None and head[0] <= mention.start < head[1]:
            # 指标 | 城市低保 | 特困供养 above 年末保障人数 | 6015人 | 6834人: the column's
            # area, or none.
            in_head = self.areas.within(*head)
            if in_head:
                return in_head[-1].entry[0], in_head[-1].entry[1], in_head[-1]
            # 表1 2012年农村低保分乡镇保障情况 above 乡镇 | 全年发放低保金: the area the
            # table's caption gives the column's programme.
            caption = self.captions.get(i)
            for m in self.areaed.within(*caption) if caption is not None else ():
                captioned = self._attached(m) if m.entry.programme.key == w.programme.key else None
                if captioned is not None:
                    return captioned.entry[0], captioned.entry[1], captioned
            # （一）城市低保 over a table of the communities' 城市低保对象: the section's.
            return _labelled(self._title_area(f.section, w.programme.key, mention.word))
        # 城乡低保标准分别达到每人每月890元和700元: 城乡 splits over the figures in order.
        each = self._respectively(i, c_lo)
        if each is not None:
            return each
        if mention.start < c_lo:
            # 城镇…优待金由每户每年4800元提高到6000元，农村由2400元提高到3000元: a clause
            # that names only its area goes with the programme named before it.
            said = self.areas.within(c_lo, f.start)
            if said:
                return said[-1].entry[0], said[-1].entry[1], said[-1]
        staff = self._lead(f, c_lo, self.t.area_free_staff)
        if staff is not None and not self.areas.within(c_lo, f.start):
            # 登记农村留守儿童2864名，配备儿童主任218名: the area of the people an earlier
            # clause names is not the area of the staff who serve them.
            return None
        key = w.programme.key
        lo, hi = self.sentence_of[i]
        opening = self.text[c_lo : f.start].lstrip(_LOOSE)
        if opening.startswith(self.t.sum_leads) and not opening.startswith(self.t.sum_stops):
            # 城市低保对象19.6万人、农村低保对象117.2万人，合计136.8万人 (parts named by the
            # programme, in its sentence); 城镇每户每年4800元、农村每户每年2600元，共发放优待金
            # 91.24万元 (parts named by their area alone, in its part of the sentence): the sum
            # of the urban and the rural parts before it is both.
            parts: list[Mention[tuple[str, str]]] = []
            if mention.start < c_lo:
                for m in self.areaed.within(lo, c_lo):
                    part = self._attached(m) if m.entry.programme.key == key else None
                    if part is not None:
                        parts.append(part)
            p_lo = self._part(lo, hi, f.start)[0]
            parts += [a for a in self.areas.within(p_lo, c_lo) if self._unprefixed_area(a)]
            if {"urban", "rural"} <= {p.entry[0] for p in parts}:
                return "both", "meaning.area.split", max(parts, key=attrgetter("start"))
        attached = self._attached(mention)
        if attached is not None:
            return attached.entry[0], attached.entry[1], attached
        unified = self._unified(i, key, lo, hi)
        if unified is not None:
            return unified.entry[0], unified.entry[1], unified
        c_hi = self.segments[i][1]
        # The group helped, in the figure's own clause (为城市低保对象发放慰问金; 对城乡低保、
        # 特困人员按每人15元发放价格临时补贴; 预拨85万元…用于解决城乡困难群众), or a generic
        # group earlier in its part of the sentence (救助城乡困难群众…，支出医疗救助资金1.12亿元).
        areaed = self.areaed.within
        # Most sentences have no word with an area word: then only the clause that named
        # the programme, where that is elsewhere, and the section titles can say.
        here = _any_in(self.areaed.starts, lo, hi) and bool(areaed(lo, hi))
        if here:
            for m in [*reversed(areaed(c_lo, f.start)), *areaed(f.end, c_hi)]:
                if m.start > f.end and self._next_item(f.end, m):
                    continue  # 困境儿童638人、农村留守儿童4127人: the next item's area
                if m.entry.programme.key != key and self._earlier_item(m, f.start, key):
                    continue  # 城乡低保对象8416户12735人、特困人员2108人: the list's first item
                if m.end <= f.start and self._other_group_item(m, f):
                    continue  # 农村留守儿童18634名、困境儿童2217名: an earlier item's area
                helped = self._attached(m)
                if helped is not None and (
                    m.entry.programme.key == key
                    or m.entry.level < WORD
                    # 城乡低保资金68.35亿元、特困供养资金26.4亿元: another programme's word
                    # with its own figure says nothing of this one, nor with its own count of
                    # things (新建农村幸福院10处、新增养老床位200张).
                    or (
                        m.start < f.start
                        and not self._names_figure(m, f.start)
                        and not _COUNT_AFTER.match(self.text, m.end)
                    )
                ):
                    return helped.entry[0], helped.entry[1], helped
        residents = self._residents(self._part(lo, hi, f.start)[0], f.start)
        if residents is not None:
            return residents.entry[0], residents.entry[1], residents
        m_lo, m_hi = self.breaks.clause(mention.start)
        if (m_lo, m_hi) != (c_lo, c_hi):
            # The clause that named the programme (为2140户城市低保家庭发放一次性生活补贴，
            # 每户500元): its group helped.
            for m in areaed(m_lo, m_hi):
                if m.entry.level < WORD or m.entry.programme.key == key:
                    named_area = self._attached(m)
                    if named_area is not None:
                        return named_area.entry[0], named_area.entry[1], named_area
        if here:
            p_lo, p_hi = self._part(lo, hi, f.start)
            for m in reversed(areaed(p_lo, c_lo)):
                if (
                    m.entry.level == GENERIC
                    or (key in self.t.visiting_programmes and self._names_people(m, f.start))
                ) and m.entry.programme.key != key:
                    helped = self._attached(m)
                    if helped is not None:
                        return helped.entry[0], helped.entry[1], helped
            # The programme named with an area word earlier in the sentence (城市低保对象286户…，
            # 累计发放低保金158.36万元), but not a sibling that names another figure when the
            # figure's clause names its own (农村留守儿童2864名、困境儿童413名).
            groups: set[str] | None = None
            found: dict[str, Mention[tuple[str, str]]] = {}
            for m in reversed(areaed(lo, c_lo)):
                if m.entry.programme.key != key or (
                    m.word.endswith(self.t.sites) and self._named_since_site(m, f, key)
                ):
                    # 新建农村公益性公墓8个，…殡葬改革专项经费200万元: where the sites stand
                    # says nothing of money the programme is named for since (but 新建农村
                    # 公益性公墓12个，…下拨补助资金180万元 pays for them).
                    continue
                if m.entry.level == GROUP and self._names_figure(m, f.start):
                    if groups is None:
                        own = (*self.words.within(c_lo, f.start), *self.words.within(f.end, c_hi))
                        groups = {
                            g.word
                            for g in own
                            if g.entry.programme.key == key and g.entry.level == GROUP
                        }
                    # …农村低保对象1126户…，全年新增低保对象87户: the same people named again.
                    if groups and not self._named_again(m, groups):
                        continue
                named = self._attached(m)
                if named is not None:
                    found.setdefault(named.entry[0], named)
            if found:
                nearest = max(found.values(), key=lambda a: a.start)
                # 城市低保436户，农村低保2105户，发放低保金1563.8万元: the parts add up; not
                # where the figure's part of the sentence (up to ；) names its own area
                # (城市低保…发放低保金2986.4万元；农村低保…发放低保金5624.3万元).
                own_part = nearest.start >= p_lo and all(
                    a.start < p_lo for a in found.values() if a is not nearest
                )
                if {"urban", "rural"} <= set(found) and not own_part:
                    if all(self._counts_part(a) for a in found.values()) and (
                        (f.rate and not self._holds(c_lo, f.start, self.t.average_marks))
                        or self._holds(c_lo, f.start, self.t.care_modes)
                    ):
                        # 其中城市特困87人、农村特困1069人；集中供养53人 / 每人每月600元: a
                        # care mode or a standard cuts across a split of counts, in no one
                        # area (an average, 月人均补差427元, is the total's; the groups a
                        # roll was merged from, 将农村五保和城市“三无”人员统一纳入, split none).
                        return None
                    rural = found.get("rural")
                    if rural is not None and self._rural_people(f):
                        # 城市低保…，农村低保3.39万户；纳入低保的建档立卡贫困人口2.13万人:
                        # people only the countryside has are the rural part's.
                        return rural.entry[0], rural.entry[1], rural
                    return "both", "meaning.area.split", nearest
                if not f.rate and self._split_by_list(nearest, c_lo):
                    # 城市、农村特困人员基本生活标准分别为每人每月845元、515元，全年发放特困
                    # 供养资金698.6万元: the money of both areas the list split.
                    return "both", "meaning.area.split", nearest
                return nearest.entry[0], nearest.entry[1], nearest
            if self._split_after(f, key, hi):
                # 全区共有低保对象10862户，其中城市…，农村…: the total has no area of its
                # own, unless its section's title gives the programme one (1.城乡低保提标扩面).
                return _labelled(self._title_area(f.section, key, mention.word))
            for m in areaed(f.end, p_hi):
                # Not a part after 其中 (接收退役士兵4326名，其中城镇退役士兵1150名; 特困人员
                # 9860人，其中集中供养2310人，农村特困人员8420人), nor the next item of a list
                # (困境儿童638人、农村留守儿童4127人), nor a clause with a standard of its own
                # (发放供养金2.15亿元，农村特困人员分散供养标准提高到每人每年4300元; but
                # 发放低保金1236.8万元，保障农村低保对象2512户 is the rural people's money).
                if (
                    m.entry.programme.key == key
                    and not m.word.endswith(self.t.sites)
                    and not self.breakdowns_at.within(f.end, m.start)
                    and not self._next_item(f.end, m)
                    and not self._parallel_item(f, mention, m)
                    and not self._rate_in(m.end, self.breaks.clause(m.start)[1])
                    and not self._sibling_item(f, m)
                ):
                    later = self._attached(m)
                    if later is not None:
                        return later.entry[0], later.entry[1], later
        return _labelled(
            self._title_area(f.section, key, mention.word) or self._bare_area(f.section)
        )

    def _unified(self, i: int, key: str, lo: int, hi: int) -> Mention[tuple[str, str]] | None:
        """A word of `unified_areas` in the figure's part of the sentence that speaks of
        the figure's programme: the programme named nearest before it (or first after it,
        where none is) is the figure's. One in a later clause that names programmes of its
        own must name one the figure's clause names (按时发放抚恤补助金1856.4万元，义务兵
        家庭优待金实现城乡统一标准 says nothing of the 抚恤补助金)."""
        starts = self.unified_at.starts
        if not _any_in(starts, lo, hi):
            return None
        f = self.figures[i]
        p_lo, p_hi = self._part(lo, hi, f.start)
        for u in self.unified_at.within(p_lo, p_hi):
            before = self.words.within(lo, u.start)
            named = before[-1] if before else next(iter(self.words.within(u.end, hi)), None)
            if named is None or named.entry.programme.key != key:
                continue
            c_lo, c_hi = self.segments[i][:2]
            if u.start >= c_hi:
                u_lo, u_hi = self.breaks.clause(u.start)
                own = [m.word for m in self.words.within(c_lo, c_hi)]
                theirs = [m.word for m in self.words.within(u_lo, u_hi)]
                if theirs and not any(a in b or b in a for a in own for b in theirs):
                    continue
            return u
        return None

    def _sibling_item(self, f: Figure, m: Mention[_Word]) -> bool:
        """Whether ``m``, after ``f``, names a later item of ``f``'s list: figures of
        ``f``'s kind stand between them and next after ``m`` (其中残疾军人3184人，“三属”
        2215人，…，农村籍退役士兵15329人: the last item's area is not the first's; but
        新纳入低保4126人，退出2871人，累计发放城乡低保金1.42亿元 names the sentence's
        programme)."""
        j = bisect_left(self.figure_starts, f.end)
        between = False
        while j < len(self.figures) and self.figures[j].start < m.start:
            between = between or self.figures[j].kind is f.kind
            j += 1
        return between and j < len(self.figures) and self.figures[j].kind is f.kind

    def _bracketed_target(self, c_lo: int, start: int) -> tuple[int, int] | None:
        """The target word right before a bracket that holds the figure (距规划目标（30张）
        尚差2.2张; 规划目标（分别不低于3200元和2200元）): the bracket gives the target."""
        text = self.text
        k = _open_bracket(text, max(0, c_lo - 2), start)
        if k < 0:
            return None
        word = next((w for w in self.t.bracket_targets if text.endswith(w, 0, k)), None)
        return None if word is None else (k - len(word), k)

    def _tail_target(self, i: int, c_hi: int) -> tuple[int, int] | None:
        """The target noun right after the figure, with only `target_tail_links` between
        (超额完成省定800户任务, 完成全年新增400张目标任务的70%, 市下达的300张床位建设任务):
        the figure is the target the work is measured by."""
        f = self.figures[i]
        hi = self.figures[i + 1].start if i + 1 < len(self.figures) else c_hi
        after = self.text[f.end : min(c_hi, hi, f.end + 12)]
        for tail in self.t.target_tails:
            at = after.find(tail)
            if at >= 0 and not strip_words(after[:at].strip(_LOOSE), self.t.target_tail_links):
                return f.end + at, f.end + at + len(tail)
        return None

    def _rate_in(self, lo: int, hi: int) -> bool:
        """Whether a rate (a standard, an average) starts in ``[lo, hi)``."""
        j = bisect_left(self.figure_starts, lo)
        while j < len(self.figures) and self.figures[j].start < hi:
            if self.figures[j].rate:
                return True
            j += 1
        return False

    def _aside_of(self, i: int, c_lo: int) -> int | None:
        """The figure whose parts the figure's clause lists: the clause opens a bracket right
        after that figure and names no area or programme before the figure."""
        j = self._bracketed(c_lo, loose=True)
        if j is None:
            return None
        f = self.figures[i]
        if _any_in(self.areas.starts, c_lo, f.start) or self.words.within(c_lo, f.start):
            return None
        return j

    def _bare_area(self, section: int | None) -> Mention[tuple[str, str]] | None:
        """The area word that is the whole title of the section or one above it, innermost
        first (居家养老服务补贴：（1）城市。全年补贴3260人 （2）农村。全年补贴5120人)."""
        if section in self._bare_areas:
            return self._bare_areas[section]
        found = None
        for s in self._section_chain(section):
            named = self.areas.within(s.title_start, s.title_end)
            title = self.text[s.title_start : s.title_end].strip(_TITLE_ENDS)
            if len(named) == 1 and title == named[0].word:
                found = named[0]
                break
        self._bare_areas[section] = found
        return found

    def _title_area(
        self, section: int | None, key: str, word: str
    ) -> Mention[tuple[str, str]] | None:
        """The area word of the programme ``key`` in the section's titles, innermost first
        (the same for every figure of the section that names it by ``word``). A title that
        names two groups of the programme, one with an area word (困境儿童和农村留守儿童…),
        gives it only to the figures of that group."""
        if (section, key, word) in self._title_areas:
            return self._title_areas[section, key, word]
        found = None
        for s, areaed in self._areaed_titles(section):
            for m in areaed:
                if m.entry.programme.key == key and not m.word.endswith(self.t.sites):
                    if m.word != word and self._title_groups(s, key) > 1:
                        continue
                    found = self._attached(m)
                    if found is not None:
                        break
            if found is not None:
                break
        self._title_areas[section, key, word] = found
        return found

    def _areaed_titles(self, section: int | None) -> list[tuple[Section, list[Mention[_Word]]]]:
        """The section's titles, innermost first, that hold programme words with an area
        word, and those words (found once per section: most titles hold none)."""
        found = self._areaed_chains.get(section)
        if found is None:
            starts = self.areaed.starts
            found = self._areaed_chains[section] = [
                (s, areaed)
                for s in self._section_chain(section)
                if _any_in(starts, s.title_start, s.title_end)
                and (areaed := self.areaed.within(s.title_start, s.title_end))
            ]
        return found

    def _title_groups(self, s: Section, key: str) -> int:
        """How many groups of the programme ``key`` a section title names."""
        return len(
            {
                m.word
                for m in self.words.within(s.title_start, s.title_end)
                if m.entry.programme.key == key and m.entry.level == GROUP
            }
        )

    def _respectively(self, i: int, c_lo: int) -> tuple[str, str, Mention[tuple[str, str]]] | None:
        """城乡低保标准分别达到每人每月890元和700元; 城市、农村低保标准分别提高到820元、
        640元: the areas named before 分别 go to the figures after it, in order."""
        at = self._each(i, c_lo)
        if at is None:
            return None
        areas = self.areas.within(c_lo, at)
        if areas and c_lo > 1:
            # 城市,农村月人均补差分别为396元和241元; 将城市,农村低保标准分别提高到…: an area
            # word right before the comma (an ASCII comma for 、, or 、 before a wrap) is an
            # item of the list.
            b_lo, _ = self.breaks.clause(c_lo - 2)
            lone = self.areas.within(b_lo, c_lo)
            gap = self.text[lone[-1].end : c_lo].strip(_LOOSE + _WRAPPED) if lone else ""
            if gap and gap in LIST_MARKS:
                areas = [lone[-1], *areas]
        partner = self._respective_partner(i, c_lo)
        if partner is not None and self.areas_so_far[partner] is not None:
            return self.areas_so_far[partner]
        if not areas:
            if any(mark in self.text[c_lo:at] for mark in LIST_MARKS):
                # 照料护理补贴按全自理、半护理、全护理分别为每人每月60元、300元、600元: the
                # clause's own list is what 分别 goes over, not the areas of clauses before.
                return None
            # 城市低保标准提高到836元，农村低保标准提高到684元，比上年分别提高36元、52元: the
            # areas of the clauses before, one each.
            lo, hi = self.sentence_of[i]
            p_lo, _ = self._part(lo, hi, at)
            before = list(self._clauses_before(p_lo, c_lo))
            areas = [a for c0, c1 in reversed(before) for a in self.areas.within(c0, c1)[:1]]
            # 城市、农村低保标准分别达到每人每月420元和每人每年2300元，月人均补差分别不低于
            # 250元: the list of areas a clause before splits over its own figures.
            listed = next((found for c0, c1 in before if (found := self._area_list(c0, c1))), [])
            if listed:
                areas = listed
            elif c_lo > p_lo + 1 and (parts := self._area_parts(*self.breaks.clause(c_lo - 2))):
                # 其中城镇居民1384名、农村居民4042名，分别减免166.08万元、485.04万元: the
                # parts of the clause right before, each led by its area, one each.
                areas = parts
        order: list[tuple[str, Mention[tuple[str, str]]]] = []
        for a in areas:
            if a.entry[0] == "both":
                order += [("urban", a), ("rural", a)]
            else:
                order.append((a.entry[0], a))
        if len(order) < 2:
            return None
        k, n = self._item(i, at)
        if k >= len(order):
            # 城市、农村…分别由470元、230元提高到510元、260元: the areas go round again.
            if n % len(order):
                return None
            k %= len(order)
        area, a = order[k]
        return area, "meaning.area.respectively", a

    def _area_parts(self, lo: int, hi: int) -> list[Mention[tuple[str, str]]]:
        """The area words of ``[lo, hi)`` where there are two or more and each leads a figure
        of its own before the next (城镇居民1384名、农村居民4042名), else none."""
        areas = self.areas.within(lo, hi)
        if len(areas) < 2:
            return []
        ends = [a.start for a in areas[1:]] + [hi]
        for a, end in zip(areas, ends, strict=True):
            k = bisect_left(self.figure_starts, a.end)
            if k == len(self.figure_starts) or self.figure_starts[k] >= end:
                return []
        return areas

    def _respective_programme(self, i: int, c_lo: int) -> Mention[_Word] | None:
        """发放城市低保金、农村低保金和特困供养金分别为2136.8万元、642万元、318万元: the
        programmes named before 分别 go to the items after it, in order; groups too where
        their list ends at 分别 (孤儿、事实无人抚养儿童分别为47名、186名)."""
        at = self._each(i, c_lo)
        if at is None:
            return None
        found = self.words.within(c_lo, at)
        named = [m for m in found if m.entry.level == WORD]
        first = self.figure_starts[bisect_left(self.figure_starts, at)]
        after = [m for m in self.words.within(at, first) if m.entry.level == WORD]
        if (
            len({m.entry.programme.key for m in named}) < 2
            and len({m.entry.programme.key for m in after}) >= 2
        ):
            # 分别发放低保金、特困供养金1563.8万元、183.4万元: the list after 分别.
            named = after
        if len({m.entry.programme.key for m in named}) < 2:
            # 孤儿、事实无人抚养儿童基本生活费标准分别为…: a list of groups, and what they
            # get between it and 分别 (no word of a programme of its own there).
            named = [m for m in found if m.entry.level >= GROUP]
            if not named:
                # 全县孤儿214人、事实无人抚养儿童586人，基本生活费分别按每人每月1140元、1000元:
                # the groups counted in the clauses before, each right before its count.
                named = self._counted_groups(i, c_lo)
            elif after or any(m.entry.level == WORD for m in found if m.start >= named[-1].end):
                # 对80周岁以上老人和低保、特困老人每餐分别给予助餐补贴3元、5元: the benefit
                # after 分别 is what the groups get, each amount its.
                return None
        if len({m.entry.programme.key for m in named}) < 2:
            return None
        k, _ = self._item(i, at)
        return named[k] if k < len(named) else None

    def _counted_groups(self, i: int, c_lo: int) -> list[Mention[_Word]]:
        """The groups of the figure's part of the sentence before its clause that each stand
        right before a count of their own (孤儿214人、事实无人抚养儿童586人)."""
        lo, hi = self.sentence_of[i]
        p_lo, _ = self._part(lo, hi, self.figures[i].start)
        starts = self.figure_starts
        out = []
        for m in self.words.within(p_lo, c_lo):
            j = bisect_left(starts, m.end)
            if (
                m.entry.level >= GROUP
                and j < len(starts)
                and not self.text[m.end : starts[j]].strip(_LOOSE)
                and self.figures[j].kind.name in _COUNT_KINDS
            ):
                out.append(m)
        return out

    def _item(self, i: int, at: int) -> tuple[int, int]:
        """Which item after 分别 the figure is in (0 for the first), and how many items its
        clause holds."""
        items = self._items(at, self.segments[i][1])
        return next((k for k, item in enumerate(items) if i in item), 0), len(items)

    def _done_since(self, lo: int, c_lo: int, f: Figure) -> bool:
        """Whether a clause after ``lo`` and up to the figure says what was done (已建成, 累计
        完成) or of which months of the reported period (1-6月, 上半年; not 全年): a plan
        named before it then reports its progress, not a target."""
        if c_lo <= lo:
            return False  # the plan's own clause
        if self.t.done_in.search(self.text, lo, f.start):
            return True
        report = self.meta.period
        j = bisect_left(self.expr_starts, lo)
        while j < len(self.exprs) and self.exprs[j].start < f.start:
            e = self.exprs[j]
            j += 1
            if e.mode not in ("interval", "upto", "since") or self.compares[j - 1]:
                continue
            p = self._resolved(e, self.meta.year, False)
            # A stretch of months, not a whole year (全年, 2014年: the plan's own period).
            if (
                p is not None
                and p.start is not None
                and report is not None
                and p.end <= report.end
                and (p.end - p.start).days < 360
            ):
                return True
        return False

    def _lead(
        self, f: Figure, c_lo: int, words: tuple[str, ...]
    ) -> tuple[str, tuple[int, int]] | None:
        """The word of ``words`` that ends the figure's clause before it, fillers (约, 达)
        aside (不超过5万元, 满足3万人, 总数达4120人), and its span."""
        end = _rstrip_end(self.text, c_lo, f.start, self.t.fillers)
        w = next((w for w in words if self.text.endswith(w, c_lo, end)), None)
        return None if w is None else (w, (end - len(w), end))

    def _gap(self, f: Figure, c_lo: int, c_hi: int) -> tuple[str, tuple[int, int]] | None:
        """The word of `gap_leads` a few characters before the figure in its clause, and its
        span, where a word of `gap_marks` follows the figure closely in the clause."""
        lead = self._last_word(self.t.gap_leads, max(c_lo, f.start - _GAP_REACH), f.start)
        if (
            lead is None
            or self._last_word(self.t.gap_marks, f.end, min(c_hi, f.end + _GAP_REACH)) is None
        ):
            return None
        return lead

    def _last_word(
        self, words: tuple[str, ...], lo: int, hi: int
    ) -> tuple[str, tuple[int, int]] | None:
        """The word of ``words`` that starts last in ``[lo, hi)``, and its span."""
        found = ((self.text.rfind(w, lo, hi), w) for w in words)
        at, w = max(found, default=(-1, ""))
        return None if at < 0 else (w, (at, at + len(w)))

    def _picks_people(self, end: int, c_hi: int) -> bool:
        """Whether people are named right after a word of `threshold_tails` that follows the
        amount ending at ``end`` (超过1万元的患者), within a few characters of its clause, or
        the clause ends there (自付费用仍超过3万元的，按60%比例给予倾斜救助: a condition)."""
        tail = next((w for w in self.t.threshold_tails if self.text.startswith(w, end)), None)
        if tail is None:
            return False
        lo = end + len(tail)
        if lo >= c_hi:
            return True
        window = self.text[lo : min(c_hi, lo + _THRESHOLD_REACH)]
        return any(w in window for w in self.t.threshold_people)

    def _removed_after_found(
        self, i: int, cue: Mention[MeasureCue], table: str
    ) -> Mention[MeasureCue] | None:
        """The exit cue that says people found on a roll wrongly (违规享受, 死亡未及时注销)
        were removed: one before the finding in its part of the sentence (清退违规享受低保
        214户; 清退…，其中死亡未及时注销的612户), or one that opens the clause right after
        the count (死亡未及时停发57人，已全部停发)."""
        f = self.figures[i]
        p_lo, _ = self._part(*self.sentence_of[i], f.start)
        exits = self._exit_cues(table, p_lo, cue.start)
        if exits:
            return exits[-1]
        c_hi = self.segments[i][1]
        if c_hi >= self.sentence_of[i][1]:
            return None
        n_lo, n_hi = self.breaks.clause(c_hi + 1)
        if not self.text[n_lo:n_hi].lstrip(_LOOSE).startswith(self.t.done):
            return None
        later = self._exit_cues(table, n_lo, n_hi)
        return later[0] if later else None

    def _exit_cues(self, table: str, lo: int, hi: int) -> list[Mention[MeasureCue]]:
        """The cues of ``table`` in ``[lo, hi)`` that say people left a roll."""
        return [c for c in self.cues(table).within(lo, hi) if c.entry.measure == "exited"]

    def _part_of_group(self, subject: list[Mention[_Word]], m: Mention[_Word]) -> Mention[_Word]:
        """The group before a mark of ``subset_marks`` that ``m`` is picked from, where ``m``
        is of another domain and of no help's people (孤儿和事实无人抚养儿童中的残疾儿童47名,
        低保对象中的重度残疾人: the roll's); else ``m`` (建档立卡贫困户中的低保对象 stays 低保's,
        孤儿中的在校大学生 the student aid's)."""
        if m.entry.level != GROUP:
            return m
        whole = next(
            (
                w
                for w in reversed(subject)
                if w.end <= m.start
                and w.entry.level == GROUP
                and w.entry.programme.domain != m.entry.programme.domain
                and self.t.counts[m.entry.programme.key] != "served"
                and self.text[w.end : m.start].startswith(self.t.subsets)
            ),
            None,
        )
        return m if whole is None else whole

    def _basis_word(self, i: int, c_lo: int) -> Mention[_Word] | None:
        """The programme word of ``basis_words`` that a money rate's basis holds in its
        clause (对特困、低保、80周岁以上老人每餐分别补助5元、3元和2元: meal aid), or None.
        Read from the text: after 按 (按每餐2元) the word search takes it for a reference."""
        f = self.figures[i]
        if f.kind.name != "money" or not f.rate:
            return None
        found = [
            (at, w)
            for w in self.t.basis_words
            if (at := self.text.rfind(w, c_lo, f.start)) >= 0 and w in self.t.programmes
        ]
        if not found:
            return None
        at, w = max(found)
        return Mention(at, at + len(w), w, self.t.programmes[w])

    def _rural_people(self, f: Figure) -> bool:
        """Whether the figure's phrase names people only the countryside has (建档立卡贫困
        人口, 脱贫人口: ``rural_people``)."""
        return f.subject is not None and any(w in f.subject.text for w in self.t.rural_people)

    def _standard_of(self, m: Mention[_Word], end: int) -> bool:
        """Whether a standard's cue stands between the group ``m`` and ``end``: the amount
        is then the group's own standard."""
        return any(c.entry.measure == "standard" for c in self.cues("rate").within(m.end, end))

    def _own_help(self, subject: list[Mention[_Word]], m: Mention[_Word], f: Figure) -> bool:
        """Whether the figure's phrase names, after the group ``m``, only a generic help of
        the group's own domain paid as money (发放低保边缘家庭救助金): the amount is then
        the group's own programme's, not that of a section title of the domain (but goods,
        救助物资, and a bare 补助 stay the title's)."""
        later = [w for w in subject if w.start >= m.end]
        return (
            bool(later)
            and f.subject is not None
            and any(w in self.text[later[0].start : f.subject.end] for w in self.t.own_help_nouns)
            and all(
                w.entry.level == GENERIC and w.entry.programme.domain == m.entry.programme.domain
                for w in later
            )
        )

    def _twin_after(self, i: int) -> int | None:
        """The count right after the figure, back to back with it (1265户2981人), or None."""
        j = i + 1
        if j == len(self.figures) or self.figures[j].kind.name not in _COUNT_KINDS:
            return None
        gap = self.text[self.figures[i].end : self.figures[j].start]
        if gap.strip(_LOOSE) or CELL_MARKS.search(gap):
            return None  # not the next cell of a table row (18452户⇥17896户)
        return j

    def _items(self, lo: int, hi: int) -> list[list[int]]:
        """The figures in ``[lo, hi)`` as the items of a list: figures back to back
        (2860户5310人) are one item."""
        starts = self.figure_starts
        items: list[list[int]] = []
        for j in range(bisect_left(starts, lo), bisect_left(starts, hi)):
            if items and not self.text[self.figures[j - 1].end : self.figures[j].start].strip(
                _LOOSE
            ):
                items[-1].append(j)
            else:
                items.append([j])
        return items

    def _each(self, i: int, c_lo: int) -> int | None:
        """Where 分别 stands in the figure's clause before it."""
        k = bisect_left(self.each_at, c_lo)
        if k == len(self.each_at) or self.each_at[k] >= self.figures[i].start:
            return None
        return self.each_at[k]

    def _respective_partner(self, i: int, c_lo: int) -> int | None:
        """The figure before 分别 that the figure answers to (农村低保对象612户、城市低保对象
        23户，分别比去年同期减少18户、3户: 18户 is 612户's change, 3户 23户's): the like
        figures after 分别 in its clause go, in order, to as many like figures before it in
        its part of the sentence, where its clause names no items of its own before 分别
        (not 农村一类、二类对象分别按425元、398元)."""
        at = self._each(i, c_lo)
        if at is None:
            return None
        if self.areas.within(c_lo, at) or self.words.within(c_lo, at):
            return None
        f = self.figures[i]
        lo, hi = self.sentence_of[i]
        p_lo = self._part(lo, hi, at)[0]
        starts = self.figure_starts
        first = bisect_left(starts, at)
        after = [
            j
            for j in range(first, bisect_left(starts, self.segments[i][1]))
            if self.figures[j].kind == f.kind
        ]
        if len(after) >= 2 and i in after:
            # As many like figures before 分别, read back from it (not the whole part); not
            # the old value of a rise (城市…由705元提高到745元，农村…由465元提高到495元，分别
            # 增加40元和30元: 40元 is 745元's change).
            like = (
                j
                for j in self._back(first, p_lo)
                if self.figures[j].kind == f.kind and self.roles_so_far[j] != "previous"
            )
            before = list(itertools.islice(like, len(after)))[::-1]
            if len(before) == len(after):
                return before[after.index(i)]
        # 农村低保对象1826户3412人、特困人员178人，分别较年初减少43户、增加6人: item by item.
        items_after = self._items(at, self.segments[i][1])
        if len(items_after) < 2:
            return None
        items_before = self._last_items(first, p_lo, len(items_after))
        if len(items_before) < len(items_after):
            return None
        k = next(k for k, item in enumerate(items_after) if i in item)
        return next((j for j in items_before[k] if self.figures[j].kind == f.kind), None)

    def _split_total(self, j: int) -> int:
        """``j``, or the total it is the last part of, where the like figures before it in its
        sentence split that total by area (9215人，其中城镇1308人，农村7907人，比上年末减少386人:
        the change is the total's, not the rural part's)."""
        area = self.areas_so_far[j]
        if area is None or area[0] not in _SPLIT_AREAS:
            return j
        f = self.figures[j]
        split = False
        for k in self._back(j, self.sentence_of[j][0]):
            g = self.figures[k]
            if g.kind != f.kind or g.rate != f.rate:
                continue
            other = self.areas_so_far[k]
            if other is not None and other[0] in _SPLIT_AREAS:
                split = split or other[0] != area[0]
                continue
            return k if split else j
        return j

    def _back(self, first: int, lo: int) -> Iterator[int]:
        """The figures before the one at index ``first`` that start at ``lo`` or later,
        nearest first."""
        j = first - 1
        while j >= 0 and self.figures[j].start >= lo:
            yield j
            j -= 1

    def _last_items(self, first: int, lo: int, n: int) -> list[list[int]]:
        """The last ``n`` items (see `_items`) before the figure at index ``first``, from
        ``lo`` on, in order."""
        items: list[list[int]] = []
        for j in self._back(first, lo):
            gap = self.text[self.figures[j].end : self.figures[j + 1].start] if items else ""
            if items and not gap.strip(_LOOSE):
                items[-1].insert(0, j)
            elif len(items) == n:
                break
            else:
                items.append([j])
        return items[::-1]

    def _paid_after_rates(self, i: int, c_hi: int) -> Mention[_Word] | None:
        """The first programme's own name after figure ``i`` in its clause, where only rates
        and counts stand between them."""
        f = self.figures[i]
        paid = next((m for m in self.words.within(f.end, c_hi) if m.entry.level == WORD), None)
        if paid is None:
            return None
        j = i + 1
        while j < len(self.figures) and self.figures[j].start < paid.start:
            g = self.figures[j]
            if g.kind.name == "money" and not g.rate:
                return None  # an amount of its own before the name: the name is that one's
            j += 1
        return paid

    def _split_after(self, f: Figure, key: str, hi: int) -> bool:
        """Whether a breakdown after the figure splits it into urban and rural parts
        (共有低保对象2.36万户，其中城市低保3562户、农村低保2.0万户): the total then says no
        area of its own."""
        if not self.breakdowns_at.within(f.end, f.end + _BREAKDOWN_REACH):
            return False
        areas: set[str] = set()
        for m in self.areaed.within(f.end, hi):
            if m.entry.programme.key == key:
                a = self._attached(m)
                if a is not None:
                    areas.add(a.entry[0])
        return {"urban", "rural"} <= areas

    def _attached_any(self, a: Mention[tuple[str, str]], end: int) -> bool:
        return any(self._attached(m) is a for m in self.areaed.within(a.start, end))

    # ------------------------------------------------------------------ measure

    def _goal_of(self, i: int) -> tuple[str, str, tuple[int, int]] | None:
        """The measure of the target a clause names by a word of ``target_nouns`` and no cue
        of its own (新增养老床位280张，确保完成全年400张目标任务): that of the like value or
        planned count before it in its sentence, whose count the target is of."""
        c_lo, c_hi = self.segments[i][:2]
        found = next(
            ((w, k) for w in self.t.target_nouns if (k := self.text.find(w, c_lo, c_hi)) >= 0),
            None,
        )
        if found is None:
            return None
        j = self._like_before(i, _HELD_ROLES)
        if j is None or not self.measures_so_far[j][1]:
            return None
        word, at = found
        return self.measures_so_far[j][0], "target_nouns:" + word, (at, at + len(word))

    def _partner(self, i: int) -> tuple[str, str, tuple[int, int]] | None:
        """The measure of the nearest like figure before an earlier value in its sentence
        (年底全区农村低保对象8963人，上年为9412人)."""
        return self._changed(i)

    def _changed_index(self, i: int) -> int | None:
        """The value a change (or an earlier value) goes with: its 分别 partner (比上年分别
        提高40元和55元 after 640元和530元), else the nearest like value before it in its
        sentence."""
        partner = self._respective_partner(i, self.segments[i][0])
        if partner is not None:
            return partner if self.roles_so_far[partner] == "value" else None
        return self._like_before(i, _VALUE_ROLE)

    def _earlier_in_sentence(self, i: int, since: int | None = None) -> Iterator[int]:
        """The figures before ``i`` in its sentence, or from offset ``since``, nearest first."""
        lo = self.sentence_of[i][0] if since is None else since
        for j in range(i - 1, -1, -1):
            if self.figures[j].start < lo:
                return
            yield j

    def _like_before(self, i: int, roles: frozenset[str]) -> int | None:
        """The nearest like figure before ``i`` in its sentence whose role is one of
        ``roles``."""
        f = self.figures[i]
        for j in self._earlier_in_sentence(i):
            g = self.figures[j]
            if g.kind == f.kind and g.rate == f.rate and self.roles_so_far[j] in roles:
                return j
        return None

    def _finding(self, i: int) -> tuple[str, tuple[int, int]] | None:
        """The word of ``finding_leads`` in the first clause of the figure's sentence, where
        it opens what the sentence reports (审计指出2023年度全县有427户…; not 对审计发现的7户,
        which names those it acts on), and its span."""
        lo = self.sentence_of[i][0]
        found = self.findings_at.within(lo, self.clause_of[i][1])
        if not found:
            return None
        text = self.text
        first = _FIRST_CLAUSE_END.search(text, lo, self.clause_of[i][1])
        hi = self.clause_of[i][1] if first is None else first.start()
        m = found[0]
        if m.end > hi:
            return None
        if text.startswith(self.t.attribute_marks, m.end) or any(
            o in text[lo : m.start] for o in self.t.finding_objects
        ):
            return None
        return m.word, (m.start, m.end)

    def _sample_before(self, i: int, c_lo: int) -> re.Match[str] | None:
        """The last survey's sample in the figure's sentence before its clause."""
        k = bisect_right(self.sample_ends, c_lo) - 1
        if k >= 0 and self.samples[k].start() >= self.sentence_of[i][0]:
            return self.samples[k]
        return None

    def _bed_levels(self, i: int, role: str) -> tuple[int, int] | None:
        """The change word between the two ends of a from-to of beds that ``i`` is one of
        (床位由80张增加到120张), in one clause."""
        j = i + 1 if role == "previous" else i - 1
        if not 0 <= j < len(self.figures) or self.clause_of[j] != self.clause_of[i]:
            return None
        a, b = (i, j) if i < j else (j, i)
        if self.figures[j].kind.name != "beds" or self.roles_so_far[a] != "previous":
            return None
        found = self.changes.within(self.figures[a].end, self.figures[b].start)
        return (found[-1].start, found[-1].end) if found else None

    def _standard_basis(self, cue: Mention[MeasureCue], lo: int) -> Mention[MeasureCue] | None:
        """The standard's cue that an average's cue only gives the basis of (低保标准由年人均
        900元提高到1100元: a standard set per person and year), with nothing but
        `standard_links` between them."""
        earlier = self.cues("rate").within(lo, cue.start)
        if not earlier or earlier[-1].entry.measure != "standard":
            return None
        before = earlier[-1]
        if self.t.standard_links.fullmatch(self.text, before.end, cue.start) is None:
            return None
        return before

    def _changed(self, i: int) -> tuple[str, str, tuple[int, int]] | None:
        j = self._changed_index(i)
        if j is None:
            return None
        g = self.figures[j]
        return self.measures_so_far[j][0], "meaning.measure.changed", (g.start, g.end)

    def _nearest_cue(
        self,
        table: str,
        lo: int,
        hi: int,
        *,
        bare: bool = True,
        names: bool = False,
        first: bool = False,
    ) -> Mention[MeasureCue] | None:
        """The last cue of ``table`` in ``[lo, hi)``. With ``bare``, not one that is part of
        a programme's name (救助 in 临时救助90人 names the programme, not the measure)."""
        found = self.cues(table).within(lo, hi)
        held: Mention[MeasureCue] | None = None
        for c in found if first else reversed(found):
            if len(c.word) == 1 and (c.start - lo > 2 if first else hi - c.end > 2):
                continue  # 设 in 设施: a one-character cue stands right next to its figure
            if (
                c.entry.measure != "other"
                and self.text.startswith(self.t.cue_times, c.end)
                and not self.text.startswith(self.t.cue_firsts, c.start - 1)
            ):
                # 改造后床位达到1240张: when the count stands, not what was done (经调解后撤回
                # 申请的105对 still counts no registrations; 先救助后审批 does help).
                continue
            # An amount's verb may end a programme's name (进行临时救助240万元); a count's
            # may not (特困供养3人 names the programme).
            # With ``names``, a cue inside a name counts too (人均 in 人均可支配收入), and so
            # does one of an activity that is no programme's measure (核对 in 家庭经济状况核对),
            # unless it names a group that a verb before it acts on (安置受灾群众32.7万人).
            if names:
                return c
            if c.entry.measure == "other":
                if held is None and not first and self._in_group(c, hi):
                    held = c
                    continue
                return c
            inside = self._names_around(c.start, c.end)
            if inside and table == "money" and self.text.startswith(self.t.funds_after, c.end):
                continue  # 救助 in 筹集冬春救助资金: the fund's name, not the verb
            if (
                not inside
                or (not bare and all(m.end == c.end for m in inside))
                # 安置退役士兵168名: a verb that opens a programme's name acts on the people
                # the name goes on to, unlike the 救助 that closes 临时救助.
                or (
                    table != "money"
                    and all(m.start == c.start and m.entry.level == WORD for m in inside)
                )
            ):
                return c
            if held is not None:
                return None  # 转移安置受灾群众: a programme's verb; its own measure holds
        return held

    def _completed(self, r: Mention[tuple[str, str, str, bool]], i: int) -> tuple[str, int] | None:
        """The word that says the work a cost cue (总投资) prices is complete, in the
        figure's sentence (县社会福利中心一期工程建成投用，总投资3600万元), where no other
        target cue stands there (计划年底建成，估算总投资2860万元), and where it stands."""
        if r.word not in self.t.cost_cues or self._plan(self.figures[i]) is not None:
            return None  # 年内建成区社会福利中心，总投资约8000万元 in a plan: still planned
        lo, hi = self.sentence_of[i]
        # …幸福院正式投入运营，…。该项目总投资85万元: the sentences before it in its
        # paragraph may say the work is done, where none of them plans anything.
        if any(q.entry[0] == "target" and q.word != r.word for q in self.roles.within(lo, hi)):
            return None
        p_lo = self._paragraph_start(lo)
        text = self.text
        if any(text.find(w, p_lo, lo) >= 0 for w in self.t.target_words):
            p_lo = lo
        for words, start in ((self.t.completions, p_lo), (self.t.near_completions, lo)):
            for w in words:
                at = text.find(w, start, hi)
                while at >= 0 and text.startswith(self.t.completion_stops, at):
                    at = text.find(w, at + 1, hi)  # 累计完成投资6800万元: the work goes on
                if at >= 0:
                    return w, at
        return None

    def _granted(self, cue: Mention[MeasureCue], lo: int) -> Mention[MeasureCue]:
        """``cue`` (allocating), or the cue of raising right before it where only the levels
        that grant stand between them (争取上级下拨救灾资金12万元): the level above allocates
        what the report's body raised."""
        before = self.cues("money").within(lo, cue.start)
        if before and before[-1].entry.measure == "raised":
            raised = before[-1]
            if self.t.grants.fullmatch(self.text, raised.end, cue.start) or (
                # 争取中央补助资金450万元: the allocating cue names the level itself.
                raised.end == cue.start and self.t.grants.match(cue.word)
            ):
                return raised
        return cue

    def _given(self, cue: Mention[MeasureCue], lo: int) -> bool:
        """Whether the clause from ``lo`` opens with a word of whom it is for, and names
        people between it and the allocating ``cue`` (为46名重病患者落实, 为优抚对象落实):
        what is allocated to people is paid to them (not 为全区社区落实办公经费)."""
        lead = self.text[lo : cue.start].lstrip(_LOOSE)
        if not lead.startswith(self.t.beneficiaries):
            return False
        return any(
            g.kind.name in _PEOPLE_KINDS
            for g in self.figures[
                bisect_left(self.figure_starts, lo) : bisect_left(self.figure_starts, cue.start)
            ]
        ) or self._without_figures(lo, cue.start).rstrip(_LOOSE).endswith(self.t.group_nouns)

    def _fund_cue(
        self, cue: Mention[MeasureCue], lo: int, hi: int, rate: bool
    ) -> Mention[MeasureCue]:
        """``cue``, or the cue before it in the clause where ``cue`` only names a fund: a
        standard's word right before a fund noun (安排村干部报酬资金4536万元: 报酬 names the
        fund, 安排 the measure) or before a total that is no rate (全年发放村干部报酬226.4万元:
        the pay of all, paid), or a verb of buying with one after it, after a cue of
        allocating (区财政安排政府向社会组织购买服务资金2860万元: the fund was allocated, not
        spent on what it buys), or a word that is part of a fund's name right before its noun
        (安排流浪乞讨人员救助专项资金120万元: 救助 names the fund; a word of two characters,
        专项, may stand between)."""
        if cue.entry.measure == "standard":
            if rate and not self.text.startswith(self.t.fund_names, cue.end):
                return cue
            wanted = None
        elif cue.word in self.t.purchases:
            if not any(w in self.text[cue.end : hi] for w in self.t.fund_names):
                return cue
            wanted = "allocated"
        elif self.text.endswith(self.t.fund_name_heads, lo, cue.start):
            # 争取中央预算内投资1200万元: 投资 names the fund, 争取 what was done with it.
            earlier = self.cues("money").within(lo, cue.start)
            return earlier[-1] if earlier else cue
        elif cue.word in self.t.weak_money_cues:
            if not any(self.text.startswith(self.t.fund_names, cue.end + k) for k in (0, 2)):
                return cue
            # The cue before may name a fund in its turn (安排政府购买社会救助服务资金: 购买).
            earlier = self.cues("money").within(lo, cue.start)
            return self._fund_cue(earlier[-1], lo, hi, rate) if earlier else cue
        else:
            return cue
        before = [
            c
            for c in self.cues("money").within(lo, cue.start)
            if wanted is None or c.entry.measure == wanted
        ]
        return before[-1] if before else cue

    def _head_cue(self, i: int) -> Mention[MeasureCue] | None:
        """The money cue of the short head cell of an amount's column, for a cell whose own
        clause has none (项目 | 年初预算数 | 决算数 above 城市最低生活保障 | 1680.00万元: the
        budget allocated)."""
        if not self._head_cell(i):
            return None
        cue = next(iter(self.cues("money").within(*self.heads[i])), None)
        if cue is not None:
            self.headed.add(i)
        return cue

    def _goods_value(self, i: int, c_lo: int) -> Mention[MeasureCue] | None:
        """The last money cue of the clauses before the figure's in its sentence, where the
        figure's clause is only the value of goods they give away (向困难群众发放衣被11.8万件，
        物资价值172.6万元): a cue of paying, or of donating to a receiver."""
        f = self.figures[i]
        lead = strip_words(self.text[c_lo : f.start], self.t.staff_links).lstrip(
            _LOOSE + LIST_MARKS
        )
        if lead not in self.t.goods_values:
            return None
        before = self.cues("money").within(self.sentence_of[i][0], c_lo)
        if not before:
            return None
        cue = before[-1]
        given = cue.entry.measure == "paid" or (
            cue.word in self.t.gift_words and self._to_receiver(cue)
        )
        return cue if given else None

    def _to_receiver(self, cue: Mention[MeasureCue]) -> bool:
        """Whether a word of `gift_leads` names a receiver before ``cue`` in its clause, with
        no other money cue between (向对口帮扶的泗洪县捐赠帮扶资金300万元)."""
        lo = last_break(self.text, max(0, cue.start - _GIFT_REACH), cue.start) + 1
        window = self.text[lo : cue.start]
        at = max(window.rfind(w) for w in self.t.gift_leads)
        if at < 0 or _inside_any(window, at, self.t.gift_lead_stops):
            return False
        return not self.cues("money").within(lo + at, cue.start)

    def _spent(self, cue: Mention[MeasureCue], lo: int) -> Mention[MeasureCue]:
        """``cue``, or the cue of paying right before it where ``cue`` names a fund
        (支出备用金38.7万元): what was done with the fund, not the fund's allocation."""
        if not cue.word.endswith(self.t.funds_after):
            return cue
        before = self.cues("money").within(lo, cue.start)
        if (
            before
            and before[-1].entry.measure == "paid"
            and before[-1].end == cue.start
            # Not the 救助 of 临时救助备用金: a programme's name, not a verb.
            and not self._names_around(before[-1].start, before[-1].end)
        ):
            return before[-1]
        return cue

    def _in_group(self, c: Mention[MeasureCue], hi: int) -> bool:
        """Whether a cue is part of a programme's group noun (受灾 in 受灾群众), or of a
        short description of people that runs on to ``hi`` (救助受灾困难群众2.6万户, 救治因灾
        受伤群众86人)."""
        rest = self._without_figures(c.end, hi).rstrip(_LOOSE)
        if len(rest) <= _GROUP_REACH and rest.endswith(self.t.group_nouns):
            return True
        return any(
            m.entry.level == GROUP and m.end - m.start > c.end - c.start
            for m in self._names_around(c.start, c.end)
        )

    def _names_around(self, start: int, end: int) -> list[Mention[_Word]]:
        """The programme words that hold ``[start, end)`` and more (a cue's many figures
        ask about it)."""
        key = (start, end)
        found = self._around.get(key)
        if found is None:
            found = [
                m
                for m in self.words.within(max(0, start - 8), end + 8)
                if m.start <= start and end <= m.end and m.end - m.start > end - start
            ]
            self._around[key] = found
        return found

    def _beneficiary(self, i: int, c_lo: int) -> tuple[int, int] | None:
        """为/给/对 that names whom a count was for: right before it (为全市1263名) or at
        the start of its clause (对没有享受低保的未脱贫人口137人)."""
        text = self.text
        end = self.figures[i].start
        lead = c_lo
        while lead < end and text[lead] in " \t\u3000":
            lead += 1
        words = self.t.beneficiaries
        # A date may open the clause before the word (全年为困难残疾人生活补贴对象418人).
        j = bisect_left(self.expr_starts, lead)
        dated = self.exprs[j].end if j < len(self.exprs) and self.exprs[j].start == lead else lead
        reach = max(c_lo, end - self.t.beneficiary_reach)
        if (
            not _any_in(self.served_at, reach, end)
            and not text.startswith(words, lead, end)
            and not text.startswith(words, dated, end)
        ):
            return None
        for w in words:
            # Only a word at the clause's start (or right after a date that opens it) or
            # within three characters of the count can name whom it was for: those few places
            # are read, not every 对 of a long clause (nor the clause copied out for each count).
            tail = max(c_lo, end - len(w) - 3)
            spots = [at for at in range(end - len(w), tail - 1, -1) if text.startswith(w, at, end)]
            spots.extend(
                at
                for at in dict.fromkeys((lead, dated))
                if at < tail and text.startswith(w, at, end)
            )
            for pos in spots:
                near = pos in (lead, dated) or (end - pos - len(w) <= 3 and self._names_after(i))
                if (
                    near
                    and self._copula(i, pos + len(w))
                    and (self._opens(lead, pos) or text.endswith(self.t.group_nouns, c_lo, pos))
                ):
                    # …低保对象最多，为67户142人。, 年底为1196户2188人；, 全县农村低保对象为
                    # 30154户54288人: 为 says what the count is.
                    continue
                # 分别为2860户: after 分别, 为 is a copula.
                if (
                    near
                    and pos not in self.unserved_at
                    and not text.endswith(self.t.each, c_lo, pos)
                    and not any(m.start <= pos < m.end for m in self.words.within(pos - 6, pos + 6))
                    # 调整为目前的9.62万户: the end of a change word sets a value.
                    and not any(
                        c.end == pos + len(w) for c in self.changes.within(pos - 6, pos + len(w))
                    )
                ):
                    return pos, pos + len(w)
        return None

    def _opens(self, lead: int, pos: int) -> bool:
        """Whether ``pos`` opens its clause (``lead``) or stands right after a date that
        does (年底为…)."""
        if pos == lead:
            return True
        j = bisect_left(self.expr_starts, lead)
        return j < len(self.exprs) and self.exprs[j].start == lead and self.exprs[j].end == pos

    def _copula(self, i: int, at: int) -> bool:
        """Whether the counts back to back with the figure (67户142人) start right at ``at``
        (after a 为) and nothing follows them in their clause: the 为 then says what they
        are, not whom they were for."""
        first = i
        while first > 0 and self._twin_after(first - 1) == first:
            first -= 1
        if self.figures[first].start - at > 1:
            return False
        last = i
        while (k := self._twin_after(last)) is not None:
            last = k
        return not self._names_after(last)

    def _names_after(self, i: int) -> bool:
        """Whether words follow the count in its clause (为1046名留守儿童建立档案), as they
        do after a beneficiary word, not after a copula (规划目标为3,000人以上)."""
        text, hi = self.text, self.clause_of[i][1]
        p = self.figures[i].end
        while p < hi and text[p].isspace():
            p += 1
        mark = next((w for w in self.t.approx_after if text.startswith(w, p, hi)), "")
        p += len(mark)
        while p < hi and text[p].isspace():
            p += 1
        return p < hi

    def _rate_before(self, i: int) -> int | None:
        """The nearest money rate before figure ``i`` in its sentence, if any."""
        for j in self._earlier_in_sentence(i):
            g = self.figures[j]
            if g.rate and g.kind.name == "money":
                return j
        return None

    def _measure(
        self, i: int, programme: Programme | None, role: str
    ) -> tuple[str, str, tuple[int, int]]:
        f = self.figures[i]
        kind = f.kind.name
        c_lo, c_hi, _, s_hi = self.segments[i]
        here = (f.start, f.start)
        if kind == "beds" and role in ("previous", "value"):
            levels = self._bed_levels(i, role)
            if levels is not None:
                # 综合楼建成后床位由80张增加到120张: the stock before and after, whatever
                # built it.
                return "capacity", "meaning.measure.levels", levels
        if role in ("change", "previous"):
            # 特困人员2.18万人，较上年增加1200人; 年底8963人，上年为9412人: a change or an
            # earlier value measures what the value it goes with does.
            # Not the A of 从A提高到B, which the words around it measure as they do B
            # (农村低保月人均补差从95元提高到110元 after 城市低保标准…380元: average).
            if role == "change":
                changed = self._changed(i)
                if changed is not None and changed[0] in _ROLL_FLOWS:
                    mark = self.t.roll_marks.search(self.text, c_lo, f.start)
                    if mark is not None and not any(
                        # Not the leavers' own number (退出户数比上年多19户).
                        c.entry.measure in _ROLL_FLOWS
                        for c in self.cues("count").within(c_lo, mark.start())
                    ):
                        # 新纳入低保183人，退出227人，低保人数比上年末减少44人: the roll's
                        # change, not the leavers'.
                        return "covered", "roll_marks:" + mark[0], mark.span()
            elif self.changes.within(f.end, self.segments[i][1] + 1):
                changed = None
            else:
                changed = self._partner(i)
                if changed is not None and kind in _COUNT_KINDS:
                    own = self._nearest_cue("count", c_lo, f.start)
                    if own is not None and own.entry.measure in _ROLL_FLOWS:
                        # …退出35人，去年同期新纳入41人: an earlier value whose clause says
                        # what it counts is measured by its own word.
                        changed = own.entry.measure, own.entry.id, (own.start, own.end)
            if changed is not None:
                return changed
        if kind == "money" and not f.rate:
            parallel = self._parallel_standard(i)
            if parallel is not None:
                return "standard", "meaning.measure.parallel", parallel
            cap = self._lead(f, c_lo, self.t.caps)
            if cap is not None:
                # 特殊个案不超过5万元, 年度救助限额10万元: a cap is a standard (§7).
                return "standard", "cap_words:" + cap[0], cap[1]
            threshold = self._lead(f, c_lo, self.t.thresholds)
            if threshold is not None and self._picks_people(f.end, c_hi):
                # 对年度个人自付费用超过1万元的患者: a threshold that picks people (§7).
                return "standard", "threshold_leads:" + threshold[0], threshold[1]
        sample = self._sample_before(i, c_lo) if kind in _COUNT_KINDS else None
        if sample is not None:
            # 受访的312名老年人中，独居的87人; 抽取的1200户低保家庭中，表示满意的1146户: what a
            # survey found among its sample, people asked, not a programme's reach.
            return "other", "sample_words:" + sample["word"], sample.span("word")
        gap = self._gap(f, c_lo, c_hi)
        if gap is not None:
            # 全县仍有约3400名独居老人未安装, 尚有约480万元未支出: what is still left out or
            # idle, no one served and nothing paid.
            return "other", "gap_leads:" + gap[0], gap[1]
        short = self._lead(f, c_lo, self.t.shortfalls)
        if short is not None:
            # 护理型床位缺口约600张, 护理员缺口约120名: what is lacking, nothing held or done.
            return "other", "shortfall_leads:" + short[0], short[1]
        if kind in _COUNT_KINDS:
            need = self._last_word(self.t.needs, max(c_lo, f.start - _NEED_REACH), f.start)
            if need is not None:
                # 储备物资满足3万人紧急转移安置需要, 避灾安置点17个，可容纳群众4500人: how many
                # could be served or taken in, not who was.
                return "other", "need_leads:" + need[0], need[1]
        if kind == "money":
            if f.rate:
                cue = self._nearest_cue("rate", c_lo, f.start, bare=False, names=True)
                if cue is None and self._head_cell(i):
                    # 类别 | 全年支出 | 月人均补差 above 城市低保 | … | 564元: the column's head
                    # says what the rate measures.
                    cue = self._nearest_cue("rate", *self.heads[i], bare=False, names=True)
                if cue is not None and cue.entry.measure == "average":
                    basis = self._standard_basis(cue, c_lo)
                    cue = basis if basis is not None else cue
                if cue is not None:
                    return cue.entry.measure, cue.entry.id, (cue.start, cue.end)
                why = f.why("rate")
                borrowed = why is not None and why.rule.startswith(BORROWED_RATES)
                beside = self._rate_before(i) if borrowed else None
                if beside is not None:
                    # 城市低保月人均补助水平达到300元，农村达到150元: an amount that is a
                    # rate by the rate before it, its clause naming no measure, measures
                    # what that rate does.
                    g = self.figures[beside]
                    measure = self.measures_so_far[beside][0]
                    return measure, "meaning.measure.beside", (g.start, g.end)
                return "standard", "meaning.measure.rate", here
            if self.budget is not None:
                # 一般公共预算拨款收入2968.6万元: a budget's income is raised, the rest of its
                # money allocated.
                cue = self._nearest_cue("money", c_lo, f.start, bare=False)
                if cue is not None and cue.entry.measure == "raised":
                    return "raised", cue.entry.id, (cue.start, cue.end)
                return "allocated", "budget_words:" + self.text[slice(*self.budget)], self.budget
            table = "money"
        elif kind in _COUNT_KINDS:
            table = "count"
        elif kind in ("beds", "couples"):
            table = kind
        else:
            return "other", "meaning.measure.kind", here
        count = kind in _COUNT_KINDS
        named = self.programmes_so_far[i]
        if named is not None and named[0].entry.rule.startswith(_ENROLLED):
            # 城乡居民医保参保4.12万人: the people a scheme holds at a date.
            enrolled = named[0]
            return "covered", enrolled.entry.rule, (enrolled.start, enrolled.end)
        if count and programme is not None and programme.key == "other":
            # 城镇新增就业6850人: a count of the economy's or the department's own people
            # measures nothing a programme does, but what a cue of `other_count_cues` inside
            # the word that names it says (not 新增社会救助协理员60名: staff are other).
            name = named[0] if named is not None else None
            cued = (
                [
                    c
                    for c in self.cues("count").within(max(c_lo, name.start), f.start)
                    if c.word in self.t.other_counts and c.end <= name.end
                ]
                if name is not None
                else []
            )
            if cued:
                return cued[-1].entry.measure, cued[-1].entry.id, (cued[-1].start, cued[-1].end)
            return "other", "programmes:other", here
        total = self._lead(f, c_lo, self.t.stock_totals) if kind in _PEOPLE_KINDS else None
        if total is not None:
            # 新招录社区工作者286名，全区社区工作者总数达4120人: the stock, not newcomers.
            return "covered", "stock_totals:" + total[0], total[1]
        cue = self._nearest_cue(table, c_lo, f.start, bare=count)
        if count and cue is not None and cue.word in self.t.weak_count_cues:
            # 救助受灾困难群众1500户: the verb before the people's description.
            earlier = self.cues(table).within(c_lo, cue.start)
            cue = earlier[-1] if earlier else cue
        if count and cue is not None and cue.word in self.t.found_count_cues:
            eligible = self._last_word(self.t.eligible_words, cue.end, c_hi)
            removed = self._removed_after_found(i, cue, table)
            if eligible is not None and removed is None:
                # 排查出48名符合条件未享受政策的: people found missing from a roll they are
                # owed, taken on.
                return "added", "eligible_words:" + eligible[0], eligible[1]
            cue = removed or cue
        if kind in _PEOPLE_KINDS and cue is not None and cue.word in self.t.roll_services:
            roll = self._last_word(self.t.roll_leads, c_lo, cue.start)
            if roll is not None and self._last_word(self.t.beneficiaries, c_lo, roll[1][0]) is None:
                # 在册服务对象968人: those on a service's roll, not people served.
                return "covered", "roll_leads:" + roll[0], roll[1]
        if count and cue is not None and self._admitted_into(i, c_hi) is not None:
            # 46户103人纳入低保、9人纳入特困供养: the verb right after the count is its own,
            # not the one the count before it took.
            cue = self._nearest_cue(table, f.end, c_hi, bare=True, first=True) or cue
        if table == "money" and cue is None and not f.rate:
            cue = self._goods_value(i, c_lo) or self._head_cue(i)
        elif (
            table == "money"
            and cue is not None
            and not f.rate
            and self._names_around(cue.start, cue.end)
        ):
            # 临时救助 | 1120万元 under 分配资金: the row's name holds the verb; its column
            # says what the amount is.
            cue = self._head_cue(i) or cue
        if table == "money" and cue is not None:
            cue = self._fund_cue(cue, c_lo, f.start, f.rate)
            if cue.word in self.t.gift_words and self._to_receiver(cue):
                return "paid", "gift_words:" + cue.word, (cue.start, cue.end)
            if cue.word in self.t.purposes and self._in_parts(i, c_lo):
                # 使用福彩公益金3.62亿元，其中用于养老服务2.04亿元，用于儿童福利3860万元: a
                # part by purpose is what its total is, paid or allocated.
                carried = self._carried(i)
                if carried is not None:
                    return carried, "meaning.measure.list", (cue.start, cue.end)
        if table == "money" and cue is not None and cue.entry.measure == "allocated":
            cue = self._spent(self._granted(cue, c_lo), c_lo)
            if cue.entry.measure == "allocated" and self._given(cue, c_lo):
                # 为46名重病患者落实医疗救助资金23.7万元: put in the hands of people.
                return "paid", "beneficiary_words:" + cue.word, (cue.start, cue.end)
        if count and cue is not None and cue.entry.measure == "served":
            # 新纳入低保、特困等救助612人: the help is where they were admitted, the roll's
            # verb before it says what happened; so does a newcomer's word right before the
            # help (新增受益老年人3.2万人, 新增帮扶对象300户).
            admitted = [
                c
                for c in self.cues(table).within(c_lo, cue.start)
                if c.entry.measure == "added"
                and (c.word.endswith(self.t.rolls) or c.end == cue.start)
            ]
            if admitted:
                cue = admitted[-1]
            elif self._attributive(cue.end, f.start):
                # 全区纳入定期定量救助的农村特困户2380户, 享受助餐服务的老年人6847人: the help
                # names what the people on the roll get; the roll's word before it says
                # what they are.
                held = [
                    c
                    for c in self.cues(table).within(c_lo, cue.start)
                    if c.entry.measure == "covered" and not self._attributive(c.end, cue.start)
                ]
                if held:
                    cue = held[-1]
                elif kind == "persons" and (stock := self._stock(i)) is not None:
                    # 截至6月底，接受社区康复服务的精神障碍患者五百余人: those the help
                    # describes, counted at a date, are on its roll.
                    return stock
        if cue is not None and cue.entry.measure == "covered":
            # 新纳入事实无人抚养儿童保障9人, 核查在册低保对象16842户: the event before the
            # stock word says what happened.
            events = [
                c
                for c in self.cues(table).within(c_lo, cue.start)
                if c.entry.measure in ("added", "exited", "other") and len(c.word) > 1
            ]
            if events:
                cue = events[-1]
            elif cue.word.startswith(self.t.rolls) and (
                channel := next(
                    (
                        c
                        for c in self.cues(table).within(c_lo, cue.start)
                        if c.word in self.t.admission_marks
                    ),
                    None,
                )
            ):
                # 主动发现纳入保障*人: the channel that brought them onto the roll.
                return "added", channel.entry.id, (channel.start, channel.end)
            elif count and kind != "person_times" and self._in_parts(i, c_lo):
                # 清退…2318户，其中…违规享受低保的84户: a part that a stock word only
                # describes is what happened to the total.
                carried = self._carried(i)
                if carried is not None and carried != "covered":
                    if (
                        cue.entry.after == "added"
                        and self.figures[i - 1].end <= cue.start
                        and cue.end <= f.start
                        and not self._attributive(cue.end, f.start)
                    ):
                        # 办理落户12人，其中纳入城市特困人员救助供养7人: where an event's
                        # people went, newcomers to the roll the cue names.
                        return "added", cue.entry.id, (cue.start, cue.end)
                    g = self.figures[i - 1]
                    return carried, "meaning.measure.list", (g.start, g.end)
        elif (
            count and cue is not None and cue.entry.measure == "served" and self._in_breakdown(c_lo)
        ):
            # 需政府救助人口6.85万人，其中口粮救助5.2万人: the parts of a need, which name
            # the help needed with the need's own verb, are needs too.
            wanted = self._need_of(cue, i, c_lo)
            if wanted is not None:
                return "other", "meaning.measure.need", (wanted.start, wanted.end)
        if count:
            served = self._beneficiary(i, c_lo)
            if served is not None and cue is not None and cue.entry.measure == "other":
                # 为每个乡镇配备…2名 helps no one; in 为因灾倒损农房的46户 the cue only
                # describes the people the count is for.
                described = served[1] <= cue.start and any(
                    w in self.text[cue.end : f.start] for w in self.t.relatives
                )
                served = served if described else None
            if served is not None and cue is None:
                # 对全县1.86万户农村低保户逐户入户核查: what is done to them is a check.
                check = self._nearest_cue(table, f.end, c_hi, bare=count, first=True)
                if check is not None and check.word in self.t.checks:
                    return "other", check.entry.id, (check.start, check.end)
                done = next(
                    (
                        c
                        for c in self.cues(table).within(f.end, c_hi)
                        if c.entry.measure == "exited"
                        or (c.entry.measure == "added" and c.word in self.t.rolls)
                    ),
                    None,
                )
                if done is not None:
                    # 对不再符合条件的218户及时办理退出: what is done to them, not help.
                    return done.entry.measure, done.entry.id, (done.start, done.end)
            if served is not None and (
                cue is None
                or cue.start < served[0]
                or cue.end <= served[1]
                or cue.entry.measure == "other"
            ):
                return "served", "beneficiary_words:" + self.text[slice(*served)], served
        if cue is None and kind != "person_times":
            # 99人纳入低保, *万元滞留在县级财政: the verb after the figure in its clause.
            reach = s_hi if count else min(s_hi, f.end + 4)
            cell = CELL_MARKS.search(self.text, f.end, reach)
            if cell is not None:
                # 农村低保对象⇥18452户⇥17896户⇥增加556户: a cell's own words only.
                reach = cell.start()
            cue = self._nearest_cue(table, f.end, reach, bare=count, first=True)
            twin = self._twin_after(i) if cue is None and count else None
            if twin is not None:
                # 将1265户2981人纳入低保: the verb after the pair is the first one's too.
                cue = self._nearest_cue(
                    table, self.figures[twin].end, self.segments[twin][3], bare=True, first=True
                )
        if cue is None and kind != "money":
            goal = self._goal_of(i)
            if goal is not None:
                return goal
        if (
            count
            and cue is not None
            and cue.entry.measure == "other"
            and cue.start >= c_lo
            and cue.end <= f.start
            and self._in_parts(i, c_lo)
            and (
                self._in_group(cue, f.start)
                or self._attributive(cue.end, f.start)
                or (i > 0 and cue.end <= self.figures[i - 1].start)
            )
        ):
            # 共救助受灾困难群众4.96万人，其中农村受灾困难群众1.63万户…、城市困难群众0.21万户: a
            # part whose only cue describes its people (or an earlier part's) is what the
            # total is.
            carried = self._carried(i)
            if carried is not None and carried != "other":
                return carried, "meaning.measure.list", (cue.start, cue.end)
        if cue is not None and kind == "person_times" and cue.entry.measure != "other":
            cue = None  # N人次 is people served (§7), whatever else the verb says
        if (
            cue is not None
            and count
            and cue.word in self.t.stocks
            and not any(w in self.text[slice(*self.sentence_of[i])] for w in self.t.certified)
        ):
            # 现有工作人员214名: having staff is no programme's reach (现有养老护理员1126名，
            # 其中持证上岗986名 counts a register, as the certified are counted).
            worker = self._worker(i, c_lo)
            if worker is not None:
                return worker
        if (
            count
            and cue is not None
            and cue.word in self.t.delivery_cues
            and cue.end <= f.start
            and programme is not None
            and self.t.counts[programme.key] == "served"
        ):
            # 落实临时救助386户 were helped; 落实低保416户 are on the roll: the verb says only
            # that the help reached them, the programme what its counts are.
            return "served", cue.entry.id, (cue.start, cue.end)
        if cue is not None:
            measure = cue.entry.measure
            if kind == "beds" and cue.word in self.t.setups:
                # 设置床位56张 is what a site holds; 新建…敬老院，设置床位150张, what it adds.
                built = self.text[self.sentence_of[i][0] : cue.start]
                if any(w in built for w in self.t.builds) and not any(
                    w in built for w in self.t.setup_stops
                ):
                    measure = "added"
            if cue.entry.after is not None and cue.start >= f.end:
                # 99人纳入低保 were admitted; 6218名…纳入低保或特困供养范围 are on its roll.
                rest = self.text[cue.end : self.clause_of[i][1]]
                whole = self.text[f.end : cue.start].strip(_LOOSE + "，,") in self.t.whole_marks
                if not whole and not any(w in rest for w in self.t.scopes):
                    measure = cue.entry.after
            elif cue.entry.after is not None and (
                self._admitted(c_lo, cue.start) or self._after_event(i, c_lo, cue.start)
            ):
                # 上半年单独纳入低保412人: the newcomers of a stretch, not the roll.
                measure = cue.entry.after
            if measure == "added" and cue.word in self.t.rolls:
                # 截至12月底，认定低保边缘家庭642户; 目前已认定1026户; 认定扩面至300户: a
                # roll counted at a date or at the level it reaches, not its newcomers.
                e = self._governing(i)
                if (
                    (e is not None and e.mode in _AT_DATE_MODES)
                    or self.t.now.search(self.text, c_lo, cue.start)
                    or (cue.end <= f.start and self.t.levels.search(self.text, cue.end, f.start))
                    or self._whole_roll(c_lo, cue.start)
                ):
                    measure = "covered"
            return measure, cue.entry.id, (cue.start, cue.end)
        if kind == "person_times":
            end = c_lo + len(self.text[c_lo : f.start].rstrip(_LOOSE + "\n"))
            helpers = next((w for w in self.t.helpers if self.text.endswith(w, c_lo, end)), None)
            if helpers is not None:
                # 动员社会工作者2860名、志愿者3.2万余人次: the helpers' turnout.
                return "other", "helper_nouns:" + helpers, (end - len(helpers), end)
            if self._in_parts(i, c_lo) and self._carried(i) == "other":
                # 培训养老护理员1080人次，其中初级760人次: parts of a turnout, no one served.
                g = self.figures[i - 1]
                return "other", "meaning.measure.list", (g.start, g.end)
            return "served", "meaning.measure.person_times", here
        if count:
            worker = self._worker(i, c_lo)
            if worker is not None:
                return worker
        if kind == "beds":
            # 新增养老床位860张，其中护理型床位520张: a part of the total measures what it does.
            carried = self._carried(i) if self._in_parts(i, c_lo) else None
            if carried is not None:
                return (
                    carried,
                    "meaning.measure.list",
                    (self.figures[i - 1].start, self.figures[i - 1].end),
                )
            return "capacity", "meaning.measure.beds", here
        if kind == "couples":
            if programme is not None and programme.key not in self.t.couple_programmes:
                reg = self._lead(f, c_lo, self.t.registrations)
                if reg is not None:
                    # 全年办理收养登记18对: another programme's registrations are still those.
                    return "registered", "registration_words:" + reg[0], reg[1]
                # 为86对金婚老人举办集体庆典: couples another programme counts are no registrations.
                return "other", "meaning.measure.couples_elsewhere", here
            return "registered", "meaning.measure.couples", here
        if count and i > 0:
            aside = self._paid_before_aside(i)
            if aside is not None:
                return "served", "meaning.measure.aside", aside
        carried = self._carried(i)
        # A programme whose counts are people served lists its people apart (救助…42人次；
        # 慰问…312户), but the parts of a total (享受高龄津贴的老年人14612人，其中城镇3986人)
        # are what the total is, and so are its parts by area (…4988人；城镇1326人、农村3662人).
        if carried is not None and not (
            count
            and programme is not None
            and self.t.counts[programme.key] == "served"
            and not self._in_parts(i, c_lo)
            and not self._area_part(i, c_lo)
        ):
            if carried == "added":
                # 公开招聘社区工作者14名，目前…共186名; 新招募志愿者320名，注册志愿者达4860人:
                # the newcomers, then the stock now or the level it reaches.
                for table, pattern in (("now_words:", self.t.now), ("level_words:", self.t.levels)):
                    found = pattern.search(self.text, c_lo, f.start)
                    if found is not None:
                        return "covered", table + found[0], found.span()
            return (
                carried,
                "meaning.measure.list",
                (self.figures[i - 1].start, self.figures[i - 1].end),
            )
        if kind == "money":
            if programme is None or programme.key == "other":
                # 完成社会总产值28.6亿元, 收费金额0元: no verb, and no programme to pay it
                # out; an amount of the report's context.
                return "other", "meaning.measure.context", here
            opener = self._breakdown_lead(i, c_lo)
            if opener is not None:
                # 资金到位后，及时下拨到18个乡镇，其中城市低保资金4260万元: the parts of money
                # the clause before the breakdown moves, which has no figure of its own.
                return opener.entry.measure, opener.entry.id, (opener.start, opener.end)
            if self.t.amounts[programme.key] != "paid":
                # 社区建设资金5260万元: funds a programme is given, by its table.
                return self.t.amounts[programme.key], f"programmes:{programme.key}", here
            if self.allocation is not None:
                # 一、城乡低保资金6420万元 in a notice that hands money out: allocated.
                said = self.text[slice(*self.allocation)]
                return "allocated", "allocation_words:" + said, self.allocation
            return "paid", "meaning.measure.money", here
        if programme is not None:
            word = self.programmes_so_far[i]
            if word is not None and word[0].entry.rule.startswith("paid_for_words:"):
                # 为低保、特困老年人代缴保费1.12万人: the people a help paid for are served.
                return "served", word[0].entry.rule, (word[0].start, word[0].end)
            if word is not None and word[0].entry.rule.startswith("resident_groups:"):
                # 建成农村颐养之家18个，入住老人326人: the residents a home has now.
                return "covered", word[0].entry.rule, (word[0].start, word[0].end)
            lead = self._territory(i, c_lo) if self.t.counts[programme.key] != "covered" else None
            if lead is not None:
                # 全区百岁老人58人: how many people of the group the territory has.
                return "covered", "whole_leads:" + lead[0], lead[1]
            if self.t.counts[programme.key] == "served" and kind == "persons":
                # 截至6月底，在站流浪乞讨人员31人: people a help serves, counted at a date.
                stock = self._stock(i)
                if stock is not None:
                    return stock
            return self.t.counts[programme.key], f"programmes:{programme.key}", here
        # 配备专兼职工作人员263名, 新发展党员28名: a count no programme's word names is of
        # the report's context (staff, party, jobs), programme other, which measures other.
        return "other", "meaning.measure.context", here

    def _stock(self, i: int) -> tuple[str, str, tuple[int, int]] | None:
        """Covered, with the date that governs the figure as evidence, where that date is
        of a stock (截至6月底, 年底): people counted then are a roll at that date."""
        e = self._governing(i)
        if e is None or e.mode not in _AT_DATE_MODES:
            return None
        return "covered", "meaning.measure.stock", (e.start, e.end)

    def _admitted(self, lo: int, cue: int) -> bool:
        """Whether the words of a clause from ``lo`` to a roll's cue before its count at
        ``cue`` make the count an admission: a manner or channel of one (单独, 转介) or a
        period of a flow (上半年, 1-9月, 今年以来), and no word of the roll itself (已, 全县)."""
        lead = self.text[lo:cue]
        if any(w in lead for w in self.t.admission_stops) or self.t.now.search(lead):
            return False
        return any(w in lead for w in self.t.admission_marks) or any(
            e.end <= cue and e.mode in _FLOW_MODES and e.rule != "period.year"
            for e in self._exprs_in(lo, cue)
        )

    def _bracketed_alias(self, m: Mention[_Word]) -> Mention[_Word] | None:
        """The word right before the bracket that ``m`` opens (养老服务补贴（服务券）): a second
        name or a form of what that word names, which it gives way to."""
        at = m.start - 1
        if at < 1 or self.text[at] not in OPEN_BRACKETS:
            return None
        before = [w for w in self.words.within(max(0, at - _ALIAS_REACH), at) if w.end == at]
        if not before or before[-1].entry.level != WORD:
            return None
        return before[-1]

    def _caused(self, lo: int, at: int) -> bool:
        """Whether a cause (因…等原因) in the clause from ``lo`` closes right before ``at``."""
        end = lo + len(self.text[lo:at].rstrip(_LOOSE))
        k = bisect_left(self.causes, (end, 0)) - 1  # causes do not overlap
        return k >= 0 and self.causes[k][1] == end and self.causes[k][0] >= lo

    def _after_event(self, i: int, c_lo: int, cue: int) -> bool:
        """Whether the figure's part of the sentence says, before a roll's cue at ``cue``,
        that the admission follows an event (`sequel_marks`: 经逐户核实后，将618户…纳入低保;
        对临时救助后生活仍有困难的，及时纳入低保136户; 落户后纳入特困供养6人): newcomers, not
        the roll; not where a word of the roll itself stands before the cue in its clause
        (全县, 已, 累计)."""
        if any(w in self.text[c_lo:cue] for w in self.t.admission_stops):
            return False
        lo = self._part(*self.sentence_of[i], cue)[0]
        lead = self.text[lo:cue]
        for mark in self.t.sequel_marks:
            at = lead.find(mark)
            while at > 0:
                if _HAN_CHAR.match(lead[at - 1]) and not _inside_any(lead, at, self.t.sequel_stops):
                    return True
                at = lead.find(mark, at + 1)
        return False

    def _territory(self, i: int, c_lo: int) -> tuple[str, tuple[int, int]] | None:
        """The word of a whole territory that opens the figure's clause, with nothing but a
        now word and 有 between it and the people the figure counts by who they are
        (目前全市有百岁老人528人), if any."""
        f = self.figures[i]
        subject = f.subject
        if subject is None or subject.start < c_lo or subject.end > f.start:
            return None
        if not subject.text.endswith((*self.t.group_nouns, *self.t.population)):
            return None
        # Not people counted by what was done for them (全市走访慰问困难群众5.6万户), nor a
        # population by age (全县80周岁以上老年人9826人), which is the report's context.
        # A stock word does not say that (全镇颐养之家入住老人386人).
        if any(w in subject.text for w in self.t.ages) or any(
            c.entry.measure != "covered" for c in self.cues("count").within(c_lo, f.start)
        ):
            return None
        lead = self.text[c_lo : subject.start].strip(_WRAPPED)
        now = self.t.now.match(lead)
        if now is not None:
            lead = lead[now.end() :]
        for w in self.t.wholes:
            if lead.startswith(w) and lead[len(w) :] in self.t.haves:
                at = self.text.find(w, c_lo, subject.start)
                return w, (at, at + len(w))
        return None

    def _worker(self, i: int, c_lo: int) -> tuple[str, str, tuple[int, int]] | None:
        """The measure of a count of the people who do the work (护理员9名): other, as
        it measures no programme's reach; or covered, for the certified (持证养老护理员
        1268名: a register's stock at a date, not a ratio of 每万名老年人拥有持证…20名)."""
        f = self.figures[i]
        if f.subject is None or _key(self.programmes_so_far[i]) in self.t.workforce_programmes:
            return None  # 社区专职工作人员320人: community governance's own workforce, its roll
        named = self.text[f.subject.start : f.subject.end]
        for w in self.t.workers:
            at = named.find(w)
            if at >= 0:
                for c in () if f.rate else self.t.certified:
                    held = self.text.rfind(c, c_lo, f.start)
                    if held >= 0:
                        return "covered", f"certified_words:{c}", (held, held + len(c))
                s = f.subject.start + at
                return "other", f"worker_words:{w}", (s, s + len(w))
        return None

    def _parallel_standard(self, i: int) -> tuple[int, int] | None:
        """The standard in a clause before, for an amount in a change (从A提高到B) that
        leaves its basis out as that clause's does not (城市低保标准由每人每月500元提高到
        550元，农村由300元提高到350元): the earlier standard's span."""
        c_lo, c_hi, _, _ = self.segments[i]
        f = self.figures[i]
        if not self.changes.within(c_lo, c_hi + 1):
            return None
        pair = [
            g
            for g in self.figures[
                bisect_left(self.figure_starts, c_lo) : bisect_left(self.figure_starts, c_hi)
            ]
            if g.kind is f.kind
        ]
        if len(pair) < 2 and self.words.within(c_lo, f.start):
            # 散居孤儿由1630元提高到1720元 names its group and still changes a standard;
            # 医疗救助资金力争达到2.5亿元 is a total.
            return None
        for j in self._earlier_in_sentence(i):
            g = self.figures[j]
            if g.end > c_lo:
                continue  # the clause's own figures say no more than this one
            if g.kind.name == "money":
                g_lo, g_hi = self.clause_of[j]
                if (
                    g_hi + 1 == c_lo
                    and g.rate
                    and self.measures_so_far[j][0] == "standard"
                    and self.changes.within(g_lo, g_hi + 1)
                ):
                    return g.start, g.end
                return None
        return None

    def _paid_before_aside(self, i: int) -> tuple[int, int] | None:
        """The amount paid right before the aside in brackets that holds a count (发放残疾人
        两补资金349万元。（生活补贴5356人，护理补贴6416人）): those people were paid, so
        served. Not a breakdown of a total named before (…822万元（其中分散供养2651人）)."""
        f = self.figures[i]
        lo = self.sentence_of[i][0]
        close = max(self._last_bracket("）", lo, f.start), self._last_bracket(")", lo, f.start))
        opened = max(self._last_bracket("（", lo, f.start), self._last_bracket("(", lo, f.start))
        if opened < 0 or close > opened:
            return None
        if self.text[opened + 1 : opened + 5].lstrip(_SPACES).startswith(self.t.breakdowns):
            return None
        k = i - 1
        while k >= 0 and self.figures[k].start > opened:
            if self.figures[k].kind.name not in _COUNT_KINDS:
                return None
            k -= 1
        if k < 0:
            return None
        g = self.figures[k]
        gap = self.text[g.end : opened].strip(CLAUSE_BREAKS + _SPACES)
        if g.kind.name != "money" or gap or self.measures_so_far[k][0] != "paid":
            return None
        return g.start, g.end

    def _last_bracket(self, bracket: str, lo: int, hi: int) -> int:
        """Where the last ``bracket`` in ``[lo, hi)`` stands, or -1 (as `str.rfind`)."""
        at = _last_within(self.brackets[bracket], lo, hi - 1)
        return -1 if at is None else at

    def _whole_roll(self, lo: int, cue: int) -> bool:
        """Whether the clause from ``lo`` names a whole territory before a roll's cue at
        ``cue`` (全县认定低保边缘家庭987户) and no flow of time nor mark of newcomers: the
        territory's roll, covered, not the year's newcomers."""
        lead = self.text[lo:cue]
        return (
            any(w in lead for w in self.t.wholes)
            and not any(w in lead for w in self.t.admission_marks)
            and not any(e.mode in _FLOW_MODES for e in self._exprs_in(lo, cue))
        )

    def _exprs_in(self, lo: int, hi: int) -> list[Expression]:
        """The period expressions that start in ``[lo, hi)``, in order."""
        starts = self.expr_starts
        return self.exprs[bisect_left(starts, lo) : bisect_left(starts, hi)]

    def _dated_between(self, lo: int, hi: int) -> bool:
        """Whether a period expression of a value at a date (截至11月底) starts in
        ``[lo, hi)``."""
        return any(e.mode in _AT_DATE_MODES for e in self._exprs_in(lo, hi))

    def _need_of(self, cue: Mention[MeasureCue], i: int, c_lo: int) -> Mention[MeasureCue] | None:
        """The cue of a need (需政府救助) before figure ``i``'s breakdown clause at ``c_lo`` in
        its sentence that holds the part's own cue (救助), if any."""
        lo, _ = self.sentence_of[i]
        for c in reversed(self.cues("count").within(lo, c_lo)):
            if c.entry.measure == "other" and c.word != cue.word and cue.word in c.word:
                return c
        return None

    def _area_part(self, i: int, c_lo: int) -> bool:
        """Whether nothing but an area word leads the figure in its clause, from the figure
        before it there (城镇1326人、农村3662人): a part of a total by area."""
        lo = c_lo
        if i > 0 and self.figures[i - 1].end > c_lo:
            lo = self.figures[i - 1].end
        lead = self.text[lo : self.figures[i].start].strip(_ADJACENT + _WRAPPED + "；;")
        return self.t.areas.get(lead, ("",))[0] != ""

    def _carried(self, i: int) -> str | None:
        """A list of like figures shares the verb of its first item (审批农村低保26人，城市
        低保6人; 销售福利彩票465万元…其中电脑票450万元): the measure of the nearest like
        figure before in the sentence, where a word decided it, past asides in brackets."""
        f = self.figures[i]
        lo, _ = self.sentence_of[i]
        parts = self.text[lo : lo + 4].lstrip(" \t\u3000").startswith(self.t.breakdowns)
        if parts and lo > 0:
            lo, _ = self.breaks.sentence(lo - 1)  # 其中，城乡低保资金…: the total's sentence
        count = f.kind.name in _COUNT_KINDS
        # 争取专项资金26.3万元；为23名孤儿发放助学金，每人每年1万元，共计23万元: a part after
        # ； whose own verb comes before the figure shares no verb with the parts before it.
        k = bisect_left(self.semicolons, f.start)
        semi = self.semicolons[k - 1] if k > 0 else -1
        if semi < lo:
            semi = -1
        elif f.kind.name == "money":
            if self._nearest_cue("money", semi, f.start) is None:
                semi = -1
        elif not count or not self._names_other_programme(semi, f.start):
            semi = -1
        c_lo = self.segments[i][0]
        if count and c_lo - 1 > max(lo, semi) and self._frames_other_programme(c_lo, f.start):
            # …退出低保1120人，特困人员中集中供养2740人: a clause that frames another
            # programme's people opens another topic too.
            semi = c_lo - 1
        for j in self._earlier_in_sentence(i, max(lo, semi)):
            g = self.figures[j]
            if (g.kind.name in _COUNT_KINDS) != count or g.rate != f.rate or j in self.headed:
                continue  # 年初预算数 | 决算数: a column head's word is no verb of its row
            if (not count and g.kind != f.kind) or self.roles_so_far[j] in (
                "change",
                "previous",
            ):
                continue  # 投入…9.86亿元，比上年增加1.12亿元。其中，城乡低保资金…: the total
            c0, _ = self.breaks.clause(g.start)
            if c0 > 0 and self.text[c0 - 1] in "（(":
                continue
            measure, worded = self.measures_so_far[j]
            if parts and worded and measure == "other":
                continue  # 支出…万元，结转303.6万元。其中城乡低保资金…: parts of what was spent
            if measure not in _AT_DATE and self._dated_between(g.end, f.start):
                # 全年新增…312户，截至11月底，全镇农村低保对象2864户: a count at a date is
                # a stock, not more of what the count before it did.
                return None
            return measure if worded else None
        return None

    def _names_other_programme(self, semi: int, pos: int) -> bool:
        """Whether the part after the ； at ``semi``, before ``pos``, names a programme other
        than that of the figure before the ；: …其中因灾新纳入低保的107户；特困供养人员214人
        opens another topic, whose counts share no verb with the parts before it."""
        j = bisect_left(self.figure_starts, semi) - 1
        if j < 0:
            return False
        before = _key(self.programmes_so_far[j])
        named = self.words.within(semi, pos)
        # The part opens with the other programme's name, not with a verb that acts on
        # people (；对…重度残疾人员实行“单人保”，共186人: still the newcomers).
        return (
            bool(named)
            and not self.text[semi + 1 : named[0].start].strip(_LOOSE)
            and named[0].entry.level >= GROUP
            and named[0].entry.programme.key != before
        )

    def _frames_other_programme(self, c_lo: int, pos: int) -> bool:
        """Whether the clause at ``c_lo`` opens with another programme's people closed by a
        frame word (特困人员中), as `_names_other_programme` reads a part after ；."""
        if not self._names_other_programme(c_lo - 1, pos):
            return False
        named = self.words.within(c_lo, pos)[0]
        return self.text.startswith(self.t.frame_closes, named.end)

    # ------------------------------------------------------------------ role

    def _role(self, i: int) -> tuple[str, str, tuple[int, int]]:
        head = self.heads.get(i)
        if head is not None:
            # 指标 | 年度目标 | 完成: a cell under a head that names a target is one; under
            # 上年 or 去年同期, an earlier value; under 增减, a change.
            # 比上年增减: a change, though its head names the earlier year too.
            cell = self.text[slice(*head)].strip(_LOOSE)
            if cell in self.t.change_heads and self._head_cell(i):
                return "change", "change_heads:" + cell, head
            cue = next(iter(self.roles.within(*head)), None)
            if cue is not None and (
                cue.entry[0] == "target" or (cue.entry[0] == "previous" and self._head_cell(i))
            ):
                return cue.entry[0], cue.entry[2], (cue.start, cue.end)
            earlier = self._earlier_column(i)
            if earlier is not None:
                return "previous", "meaning.role.column", (earlier.start, earlier.end)
        f = self.figures[i]
        text = self.text
        c_lo, c_hi, _, _ = self.segments[i]
        fillers = self.t.fillers
        # Read from the figure back, by index: a clause may be long (and has many figures).
        # A soft wrap right before the figure is no break (从每人每年⏎4920元提高到…).
        bare = f.start
        while bare > c_lo and (
            text[bare - 1] in _SPACES or (text[bare - 1] == "\n" and self._wrap_at(bare - 1))
        ):
            bare -= 1
        end = _rstrip_end(text, c_lo, bare, fillers)
        # A rate's basis ends in a per mark and a character or two; a change verb may end
        # in a filler (提高为每人每月80元).
        based = end
        per_basis = self.t.per_marks.search(text, max(c_lo, end - self.t.per_reach), end)
        if per_basis:
            unbased = self._without_basis(c_lo, end)
            based = c_lo + len(unbased)
            end = c_lo + len(strip_words(unbased, fillers))
            # 由城市每人每月520元: an area word before the basis names whose rate it is, and
            # so does an age band (从80-89周岁每人每月50元提高到60元).
            end = self._area_ending(c_lo, end)
            band = self.t.age_band.search(text, max(c_lo, end - 16), end)
            if band is not None:
                end = band.start()
        # Most figures have no role cue nor change word before them in their clause or
        # sentence: two bisections spare the queries below.
        s_lo = self.sentence_of[i][0]
        cued = _any_in(self.role_starts, s_lo if s_lo < c_lo else c_lo, f.start)
        if cued and not per_basis:
            average = self.t.average_bases.search(text, max(c_lo, end - self.t.average_reach), end)
            if average is not None:
                # 标准由年人均700元提高到800元: the basis of an average, as 每人每年 is a rate's.
                end = based = _rstrip_end(text, c_lo, average.start(), fillers)
        # A change verb that sets a new value (提高到, 调整为): the figure is the new value,
        # unless a plan or a requirement makes it a target.
        reach = bare if bare > end else end
        new = None
        changes = self.changes.within(self._reach_back(c_lo, end, 6), reach) if cued else []
        for c in changes:
            if c.end in (end, bare, based) or (c.end < end and c.end == self._past_date(c_lo, end)):
                new = c
                break
        if new is None:
            prev = self.figures[i - 1] if i > 0 else None
            if (
                prev is not None
                # A table's cells stand in their columns, not in a list (2015年 | 2020年).
                and head is None
                and self.roles_so_far[-1] in ("previous", "change")
                and prev.start >= c_lo - 1
                # 由每人每月470元、每人每年2760元提高到…: a list item may repeat its basis; a
                # soft wrap may part two counts (12.8万户⏎24.6万人).
                and self._separates(self._list_gap(prev.end, f.start))
            ):
                return self.roles_so_far[-1], "meaning.role.list", (prev.start, prev.end)
            adjacent = self.roles.within(self._reach_back(c_lo, end, 8), reach) if cued else []
            for r in reversed(adjacent):
                role, where, rule, paired = r.entry
                if (
                    where not in ("adjacent", "compared")
                    or (
                        where == "compared"
                        and (
                            not self._after_lead(c_lo, r.start)
                            # 对返贫风险较高的104户: a quality of who is counted.
                            or self._attributive(r.end, f.start)
                        )
                    )
                    # 由2020年底的4.36万人下降到…: a date between the cue and the figure.
                    or (
                        r.end != end
                        and r.end != bare
                        and r.end != self._past_date(c_lo, end)
                        and not self._compared_by(r, c_lo, end)
                        and not (paired and self._of_gap(r.end, end, bare))
                    )
                    or self._named(r)
                ):
                    continue
                if (
                    paired
                    and not self.changes.within(f.end, c_hi + 1)
                    and not self._change_ahead(f.end)
                ):
                    continue
                if (
                    role == "change"
                    and r.word in self.t.cause_exits
                    and f.kind.name in _COUNT_KINDS
                    and self._caused(c_lo, r.start)
                ):
                    # 因死亡等原因减少287人: those who left the roll, and why.
                    return "value", "cause_exits:" + r.word, (r.start, r.end)
                return role, rule, (r.start, r.end)
        e = self._compared(i)
        if e is not None:
            # 比“十一五”期间的3.2亿元: the value of the period compared with.
            return "previous", "meaning.role.compared", (e.start, e.end)
        # Clause cues of the figure's clause and sentence cues of its sentence, nearest
        # first (a long sentence's other clauses are not read for every figure).
        cues = (
            sorted(
                [
                    *(r for r in self.roles.within(c_lo, f.start) if r.entry[1] == "clause"),
                    *self.sentence_roles.within(s_lo, f.start),
                ],
                key=lambda r: r.start,
            )
            if cued
            else []
        )
        for r in reversed(cues):
            role, where, rule, _ = r.entry
            if (
                (where == "clause" and r.start >= c_lo)
                # A sentence cue governs its line, not a list item before it (…三年计划;⏎).
                or (where == "sentence" and not _hard_break(text, r.end, f.start))
            ) and not self._named(r):
                if where == "sentence" and role == "target" and self._done_since(r.end, c_lo, f):
                    continue  # 年度计划新建60家，上半年已建成38家: what was done of the plan
                if role == "previous" and new is not None:
                    continue  # 临时救助基数由每月1050元调整为每月1100元: the new base
                if role == "target" and r.word in self.t.budget_parts:
                    raised = self._raised_total(i, c_lo)
                    if raised is not None:
                        # 全年共筹集医疗救助资金1865万元，其中…县级财政预算安排380万元: a part
                        # of what was raised.
                        return "value", "meaning.role.raised_part", (raised.start, raised.end)
                complete = self._completed(r, i) if role == "target" else None
                if complete is not None:
                    # 福利中心一期工程建成投用，总投资3600万元: what the work cost.
                    word, at = complete
                    return "value", "completion_words:" + word, (at, at + len(word))
                if role == "previous" and self._compared_from(r.start):
                    # 比去年同期分别多纳入87人: what the earlier period is exceeded by.
                    grew = [q for q in self.roles.within(r.end, f.start) if q.entry[0] == "change"]
                    if grew:
                        return "change", grew[-1].entry[2], (grew[-1].start, grew[-1].end)
                return role, rule, (r.start, r.end)
        grown = self._money_change(f, c_lo)
        if grown is not None:
            return "change", "money_change_verbs:" + text[slice(*grown)], grown
        aim = self._bracketed_target(c_lo, f.start)
        if aim is not None:
            return "target", "meaning.role.bracketed", aim
        aim = self._tail_target(i, c_hi)
        if aim is not None:
            return "target", "target_tails:" + text[slice(*aim)], aim
        future = self._future(i)
        if future is not None:
            return "target", "meaning.role.future", future
        plan = self._plan(f)
        if plan is not None:
            done = self._done_word(c_lo, f.start)
            if done is not None:
                # 已累计完成投资20万元 in a plan: what was done, in the report's period.
                return "value", "meaning.role.done", done
            whole = self._value_total(i, c_lo)
            if whole is not None:
                # 全县现有特困人员3126人，其中集中供养1208人 in a plan: parts of what stands.
                g = self.figures[whole]
                return "value", "meaning.role.value_part", (g.start, g.end)
            if self.budget is not None:
                # A budget's figures of its own year are what it plans.
                if self._before_report(i):
                    return "value", "meaning.role.before_budget", plan
                staff = self._staff_word(i)
                if staff is not None:
                    # 核定行政编制18名, 实有在职人员57人: the department as it stands.
                    return "value", "meaning.role.budget_staff", staff
                if f.rate and f.kind.name == "money":
                    # 按城市特困人员每人每月990元…的基本生活标准测算: the standard a budget is
                    # reckoned by is in force, not planned; what it sums to is.
                    return "value", "meaning.role.budget_standard", self.budget
                return "target", "budget_words:" + text[slice(*self.budget)], self.budget
            titled = (
                self.meta.title is not None and plan == (self.meta.title.start, self.meta.title.end)
            ) or plan in self.report_titles
            # A plan report (三年行动计划（2023—2025年）) plans the whole of its period; a
            # plan section reports what lies in the report's period (上半年抽查发现37户);
            # neither plans what was done before it (２０２４年共发放… in a 2025 plan).
            review = self._review(f) if titled or self.plan_report else None
            if review is not None:
                # 一、2020年工作基础 in a plan: what was done, not what the plan plans.
                return "value", "review_words", review
            if not self._done_before(i) and (
                titled or self.plan_report or self._goals(plan) or not self._reported(i)
            ):
                return "target", "meaning.role.plan_section", plan
        label = self._target_label(i)
        if label is not None:
            done = self._done_word(c_lo, f.start)
            if done is not None:
                # 年度绩效目标：新增养老床位400张，实际完成420张: what was done beside the aim.
                return "value", "meaning.role.done", done
            # 年度目标：城市低保标准提高到每人每月520元，…: the figures the label opens, the
            # new value a change verb sets too.
            return "target", "target_labels:" + text[label[0] : label[1] - 1], label
        if new is not None:
            return "value", new.entry, (new.start, new.end)
        total = self._target_total(i, c_lo)
        if total is not None:
            # 预算数为98650万元，其中中央补助资金76320万元: the parts of a target are targets.
            return "target", "meaning.role.breakdown", (total.start, total.end)
        estimate = self._estimated_need(i, c_lo)
        if estimate is not None:
            return "target", "estimate_words:" + text[slice(*estimate)], estimate
        return "value", "meaning.role.default", (f.start, f.start)

    def _done_word(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The span of the first done word (已, 实际完成) between ``lo`` and ``hi``, if any."""
        # Most clauses hold no done word: one search spares a search for each.
        for done in self.t.done if self.t.done_in.search(self.text, lo, hi) else ():
            at = self.text.find(done, lo, hi)
            if at >= 0:
                return at, at + len(done)
        return None

    def _target_label(self, i: int) -> tuple[int, int] | None:
        """The target label with its colon before the figure in its sentence (年度目标：), if
        any."""
        label = self.t.target_labels.search(
            self.text, self.sentence_of[i][0], self.figures[i].start
        )
        return None if label is None else label.span()

    def _estimated_need(self, i: int, c_lo: int) -> tuple[int, int] | None:
        """The estimate word before a figure of need (按新标准测算，全年需城乡低保资金4.86亿元):
        where the sentence holds one before the figure's clause or in it, and the clause a
        word of need before the figure."""
        f = self.figures[i]
        if not any(self.text.find(w, c_lo, f.start) >= 0 for w in self.t.estimate_needs):
            return None
        lo = self.sentence_of[i][0]
        for w in self.t.estimate_words:
            at = self.text.rfind(w, lo, f.start)
            if at >= 0:
                return at, at + len(w)
        return None

    def _staff_word(self, i: int) -> tuple[int, int] | None:
        """The span of the word that makes a count (not money) programme other (编制,
        在职人员), if one does."""
        word = self.programmes_so_far[i]
        if word is None or self.figures[i].kind.name == "money":
            return None
        m = word[0]
        return (m.start, m.end) if m.entry.programme is self.t.other else None

    def _target_total(self, i: int, c_lo: int) -> Figure | None:
        """The total a breakdown (其中…) parts, where that total is a target."""
        j = self._part_total(i, c_lo) if self._in_breakdown(c_lo) else None
        return self.figures[j] if j is not None and self.roles_so_far[j] == "target" else None

    def _part_total(self, i: int, opened: int) -> int | None:
        """The index of the total that the breakdown opening at ``opened`` parts: the last
        figure of the figure's kind before it, in the figure's part of the sentence, not one
        in an aside a bracket closes (超过年度目标（1000张），其中…)."""
        f = self.figures[i]
        lo, hi = self.sentence_of[i]
        p_lo, _ = self._part(lo, hi, f.start)
        for j in range(bisect_left(self.figure_starts, opened) - 1, -1, -1):
            g = self.figures[j]
            if g.start < p_lo:
                return None
            if self.text[g.end : g.end + 1] in _CLOSING_BRACKETS:
                continue
            if g.kind == f.kind:
                return j
        return None

    def _season_year(self, e: Expression | None) -> Period | None:
        """The report's period where ``e`` is a word of `season_year_words` (本年度) and
        the report covers a season over two calendar years, less than a year long (a
        winter-spring relief report); else None."""
        p = self.meta.period
        if e is None or p is None or p.start is None or p.start.year == p.end.year:
            return None
        if self.text[e.start : e.end] not in self.t.season_years:
            return None
        return p if (p.end - p.start).days < 366 else None

    def _value_total(self, i: int, c_lo: int) -> int | None:
        """The index of the total a breakdown (其中…, and the parts after its first) parts,
        where that total is a value."""
        opened = self._breakdown_opening(i, c_lo)
        j = self._part_total(i, opened) if opened is not None else None
        return j if j is not None and self.roles_so_far[j] == "value" else None

    def _raised_total(self, i: int, c_lo: int) -> Figure | None:
        """The total a breakdown parts, where that total is money raised in the period, a
        value (全年共筹集…1865万元)."""
        j = self._value_total(i, c_lo)
        if j is None:
            return None
        return self.figures[j] if self.measures_so_far[j][0] == "raised" else None

    def _compared_by(self, r: Mention[tuple[str, str, str, bool]], c_lo: int, end: int) -> bool:
        """A change cue with its verb between it and the figure, after a comparison
        (比上年多发了21.4万元, 较去年少救助12人): the figure is the difference."""
        return (
            r.entry[0] == "change"
            and _VERB_AFTER_CHANGE.fullmatch(self.text, r.end, end) is not None
            and self._after_lead(c_lo, r.start)
        )

    def _after_lead(self, c_lo: int, at: int) -> bool:
        """Whether a comparison's lead (比, 较, 与) stands in ``text[c_lo:at]``."""
        clause = self.text[c_lo:at]
        return any(w in clause for w in self.t.compare_leads)

    def _without_basis(self, lo: int, end: int) -> str:
        """``text[lo:end]`` less the rate's basis it ends in. A basis is a run of units of at
        most ``per_reach`` characters (a mark and a character or two): one that starts
        further back than the last few units has a unit that starts among their first, so
        a match that starts later than that in the last few units is the one a reading of
        the whole clause finds, and no match there means none at all: each figure reads a
        few characters, not its whole clause."""
        text, basis, unit = self.text, self.t.per_basis, self.t.per_reach
        near = end - 4 * unit
        if near > lo:
            tail = text[near:end]
            m = basis.search(tail)
            if m is None:
                return text[lo:end]
            if m.start() >= unit:
                return text[lo : near + m.start()] + tail[m.end() :]
        whole: str = basis.sub("", text[lo:end])
        return whole

    def _money_change(self, f: Figure, c_lo: int) -> tuple[int, int] | None:
        """每月增加低保资金支出约386万元, 每月新增低保金6.8万元: a verb of change whose
        object is the amount itself (a fund or a spending), so the amount is the change."""
        if f.kind.name != "money" or f.rate:
            return None
        # The verb stands a few characters before the amount (its object is at most eight,
        # and an approximation word): a long clause is not read from its start.
        c_lo = max(c_lo, f.start - _MONEY_CHANGE_REACH)
        if not self.t.money_changes_in.search(self.text, c_lo, f.start):
            return None  # most clauses: one search, not one per verb
        clause = self.text[c_lo : f.start]
        for w in self.t.money_changes:
            at = clause.rfind(w)
            if at < 0 or clause.endswith(self.t.estimate_needs, 0, at):
                # 全年需新增社会救助资金6850万元: what is needed, not a change made.
                continue
            rest = strip_words(clause[at + len(w) :].rstrip(" \t\u3000"), self.t.approx_before)
            if len(rest) <= 8 and rest.endswith((*self.t.funds_after, *self.t.spending)):
                return c_lo + at, c_lo + at + len(w)
        return None

    def _named(self, r: Mention[tuple[str, str, str, bool]]) -> bool:
        """Whether a cue is part of a name (预算 in 中央预算内资金, 一般公共预算收入; 计划
        closing a quoted name, 实施“老伙伴计划”, or after one, “雨露”计划; 计划生育)."""
        text = self.text
        if text.startswith(_CLOSE_QUOTE, r.end):
            opened = text.rfind(_OPEN_QUOTE, max(0, r.start - 12), r.start)
            if opened >= 0 and _CLOSE_QUOTE not in text[opened : r.start]:
                return True
        if r.start > 0 and text[r.start - 1] == _CLOSE_QUOTE:
            return True
        if any(
            text.startswith(name, r.start - at) for name, at in self.t.cue_names.get(r.word, ())
        ):
            return True
        return any(
            m.start <= r.start and r.end <= m.end and m.end - m.start > r.end - r.start
            for m in self.words.within(max(0, r.start - 8), r.end + 8)
        )

    def _reported(self, i: int) -> bool:
        """Whether the figure's own period lies in the period the report covers (上半年抽查
        发现…37户, in the problems and plans section of a half-year report): then it reports."""
        e = self._governing(i)
        report = self.reach
        if e is None or report is None or report.start is None:
            return False
        # 全年 under 五、2023年工作打算 in a report of 2022 is 2023's, as its period says.
        titled = self._section_year(self.figures[i])
        p = self._resolved(e, self.meta.year if titled is None else titled, False)
        return (
            p is not None
            and p.start is not None
            and report.start <= p.start
            and p.end <= report.end
        )

    def _dates_previous(self, e: Expression, i: int) -> bool:
        """Whether ``e`` is the date of an earlier value before the figure (由2020年底的
        4.36万人下降到3.92万人: 2020年底 is not the period of 3.92万人)."""
        for j in range(i - 1, -1, -1):
            g = self.figures[j]
            if g.start < e.end:
                return False
            # 由2020年的每人每月680元: a rate's basis may stand between the two (not without a
            # per mark, which every basis starts with: most gaps).
            between = self.text[e.end : g.start]
            if self.t.per_marks.search(between):
                between = self.t.per_basis.sub("", between)
            if between in self.t.particles:
                return j < len(self.roles_so_far) and self.roles_so_far[j] == "previous"
        return False

    def _of_gap(self, lo: int, end: int, bare: int) -> bool:
        """Whether a short modifier joined by a particle stands between a cue that ends at
        ``lo`` and the figure (由改革前的14名, 由年初的41人, 由 2021 年的 16.5 万元, 由2021年初的
        每人每月580元): the cue still reaches the figure. ``end`` is where the figure's lead
        ends without fillers and basis, ``bare`` where the figure starts."""
        text = self.text
        stem = text[lo:end].rstrip()
        particles = self.t.particles[1:]  # without the empty string that leads the table
        joined = next((p for p in particles if stem.endswith(p)), None)
        if joined is not None:
            stem = stem[: -len(joined)]
        elif not text[end:bare].lstrip().startswith(particles):
            return False
        return 0 < len(stem) <= _OF_GAP and not any(c in _GAP_STOPS for c in stem)

    def _past_date(self, lo: int, end: int) -> int:
        """Where a period expression (and 的) that ends at ``end`` starts, else -1."""
        j = bisect_left(self.expr_starts, end) - 1
        while j >= 0 and self.exprs[j].start >= lo:
            e = self.exprs[j]
            if e.end <= end and self.text[e.end : end].strip() in self.t.particles:
                return e.start
            if e.end < end:
                break
            j -= 1
        return -1

    def _future(self, i: int) -> tuple[int, int] | None:
        """The span of a period governing the figure that lies in a year after the report's
        (到2025年达到3.5万张 in a report of 2023): a plan, whatever section it is in; so is a
        figure whose sentence names no period, in a section whose title names a year after the
        report's (三、2016年重点工作 in a government work report on 2015)."""
        e = self._governing(i)
        if e is None:
            c_lo = self.segments[i][0]
            if self.t.done_in.search(self.text, c_lo, self.figures[i].start):
                return None  # 已累计完成投资20万元 under 2024年计划: what was done
            e = self._section_expression(self.figures[i])
        report = self.meta.period
        if e is None or report is None or not self.year_known:
            return None
        if e.mode not in ("interval", "upto") and not (e.mode == "since" and e.year is None):
            return None
        # 今年7月1日起 in a section titled 二、2013年…任务 of a speech reviewing 2012: the
        # section's year is the expression's.
        year = e.year if e.year is not None else self._section_year(self.figures[i])
        if year is None and e.mode == "interval" and e.rule.startswith("period_words:"):
            year = report.end.year  # 下半年, 四季度: of the report's year
        if year is None or year < report.end.year:
            return None
        if year == report.end.year:
            # 下半年要再新增床位414张 in a speech on the first half: a stretch of the
            # report's year after its period is still to come.
            later = self._resolved(e, year, at=False)
            if later is None or later.start is None or later.start <= report.end:
                return None
            return e.start, e.end
        issued = self.meta.issued
        if issued is not None and (year, e.last) < (issued.year, issued.month):
            # 2019年3月入户走访的216户 in a review of 2018 dated April 2019: done before the
            # report was written, no plan.
            return None
        return e.start, e.end

    def _next_year_plan(self, f: Figure) -> bool:
        """Whether the figure stands in the plan section of a summary of a whole year
        (…三、下步打算 in a 2018 年度总结): that section plans the next year."""
        plan = self._plan(f)
        p = self.reach
        issued = self.meta.issued
        return (
            plan is not None
            and not self.plan_report
            and not self._goals(plan)
            and p is not None
            and p.start is not None
            and (p.start.month, p.start.day, p.end.month, p.end.day) == (1, 1, 12, 31)
            and p.start.year == p.end.year
            # A reply of June 2016 on its year's work plans the rest of that year.
            and not (
                issued is not None
                and issued.year == p.end.year
                and issued.month < YEAR_END_ISSUE_MONTH
            )
        )

    def _before_report(self, i: int) -> bool:
        """Whether the figure's own period ends before the report's (a budget's staff 截至
        2023年12月31日, in the budget of 2024): then it is a value, not a target."""
        e = self._governing(i)
        report = self.meta.period
        if e is None or report is None or report.start is None:
            return False
        # 2024年,全县1-12月共保障…: the year written before the months is theirs.
        written = self._written_year(i, e) if e.year is None else None
        if written is not None:
            return written < report.start.year
        p = self._resolved(e, self.meta.year, True)
        return p is not None and p.end < report.start

    def _done_before(self, i: int) -> bool:
        """Whether a date in the figure's own part of its sentence puts it before the report
        (２０２４年全区共发放… in a plan for 2025), not one of an earlier part (完成2024年度
        年检；…对获奖选手奖励3000元)."""
        if not self._before_report(i):
            return False
        e = self._governing(i)
        lo, hi = self.sentence_of[i]
        # A month range that takes its year from the sentence's start counts too (2024年,
        # 全县1-12月共保障…;保障特困人员…).
        if e is None:
            return False
        if e.year is None or e.start >= self._part(lo, hi, self.figures[i].start)[0]:
            return True
        # 2010年，全县民政系统…。2010年全县发放…；农村五保对象6238人: a line that opens with a
        # year before the report's reviews that year in all its parts, and so does a sentence
        # (截至2020年12月31日，全市城乡低保对象6218户…；特困人员2934人 in a plan for 2021).
        report = self.meta.period
        if report is None:
            return False
        opening = next(iter(self._exprs_in(lo, min(hi, lo + _OPENING_REACH))), None)
        first = (report.start or report.end).year
        if opening is not None and opening.year is not None and opening.year < first:
            return True
        year = self._paragraph_year(self.figures[i].start)
        return year is not None and year < report.end.year

    def _review(self, f: Figure) -> tuple[int, int] | None:
        """The title of a section of the figure that reviews work done (一、2020年工作基础,
        一、2014年工作回顾), where the report is a plan."""
        for s in self._section_chain(f.section):
            head = _title_head(s.title)
            if any(w in head for w in self.t.reviews):
                return s.title_start, s.title_end
        return None

    def _change_ahead(self, pos: int) -> bool:
        """A change verb later in the sentence (从10144元、9222元提高至…)."""
        _, hi = self.breaks.sentence(pos)
        return bool(self.changes.within(pos, min(hi, pos + 40)))

    def _lead_plans(
        self, sections: Sequence[Section], year: int | None
    ) -> dict[int, tuple[int, int]]:
        """The sections whose parent's own text ends in a sentence that announces them as
        plans (2022年重点抓好以下工作：, 下一步重点做好以下工作：), each with that sentence's span,
        where the parent is no plan section itself (its title then makes them plans)."""
        text = self.text
        out: dict[int, tuple[int, int]] = {}
        for s in sections:
            if not s.children or s.index in self.plan_sections:
                continue
            hi = sections[s.children[0]].start
            while hi > s.title_end and text[hi - 1] in _LEAD_BLANKS:
                hi -= 1
            if hi <= s.title_end or text[hi - 1] not in COLONS:
                continue
            lo = last_break(text, s.title_end, hi - 1, SENTENCE_BREAKS) + 1
            # Read here: a sentence without figures is not among those periods are read in.
            later = year is not None and any(
                e.year is not None and e.year > year and e.mode != "rel"
                for e in find_expressions(text[lo:hi], self.rules)
            )
            if later or any(text.find(w, lo, hi) >= 0 for w in self.t.plan_leads):
                out.update(dict.fromkeys(s.children, (lo, hi)))
        return out

    def _goals(self, plan: tuple[int, int]) -> bool:
        """Whether a plan's title sets the goals of the report's own period (绩效目标)."""
        return any(w in self.text[plan[0] : plan[1]] for w in self.t.goals)

    def _plan(self, f: Figure) -> tuple[int, int] | None:
        later = self._later_report(f)
        if later is not None:
            return later[:2] if later[3] else None
        if f.section not in self._plans:
            self._plans[f.section] = self._plan_of(f.section)
        return self._plans[f.section]

    def _plan_of(self, section: int | None) -> tuple[int, int] | None:
        for s in self._section_chain(section):
            if s.index in self.plan_sections:
                return s.title_start, s.title_end
            if s.index in self.lead_plans:
                return self.lead_plans[s.index]
        report = self._report_at(0 if section is None else self.sections[section].start)
        if report is not None:
            return report[:2] if report[3] else None
        if self.plan_report and self.meta.title is not None:
            return self.meta.title.start, self.meta.title.end
        return None

    # ------------------------------------------------------------------ period

    def _governing(self, i: int) -> Expression | None:
        """The nearest period expression before the figure in its sentence, not one that
        compares (比上年) nor one inside an aside in brackets that closed before it."""
        f = self.figures[i]
        if f.start in self._governs:
            return self._governs[f.start]
        column = self._head_period(i)
        if column is not None:
            self._governs[f.start] = column
            return column
        lo, _ = self.sentence_of[i]
        # 5月20日，…办理结婚登记236对。当天，登记处还为120对新人颁证: a sentence that says
        # 当天 speaks of the day (or the stretch) the sentences before it named, in its
        # paragraph.
        text = self.text
        j = self.expr_before[i]
        found = None
        while j >= 0 and (j := self.plain_before[j]) >= 0:
            e = self.exprs[j]
            if e.start < lo and (
                text.find("\n\n", e.end, lo) >= 0
                or not any(text.find(w, lo, f.start) >= 0 for w in self.t.same_day_words)
            ):
                break
            if self._present_after(max(e.end, lo), f.start):
                break
            if (
                e.end <= f.start
                and not self._aside(e, f)
                and not self._dates_previous(e, i)
                # 去年同期为32.5万人次，其中上门送餐3.6万人次: a year counted back dates the
                # earlier value it stands with, not the figures of the clauses after it; but
                # one that opens the sentence (去年全县实施医疗救助2146人次，支出资金218.4万元)
                # dates all of it.
                and not (
                    e.mode == "rel"
                    and e.shift < 0
                    and e.start < self.clause_of[i][0]
                    and (e.same or bool(text[lo : e.start].strip(_WRAPPED)))
                )
                and not self._record(e)
                and not self._alone(e)
            ):
                found = e
                break
            j -= 1
        self._governs[f.start] = found
        return found

    def _present_after(self, lo: int, hi: int) -> bool:
        """Whether a clause in ``[lo, hi)`` opens by counting what there is now (本站于2018年
        12月挂牌运行，现有驻站社工3名，其中…1名): from there on the sentence counts at the time
        of writing, not at the date before it."""
        return any(self.text.find(w, lo, hi) >= 0 for w in self.t.present)

    def _alone(self, e: Expression) -> bool:
        """Whether ``e`` is a relative word that opens its clause (；同期退出特困人员580人),
        which names the stretch already spoken of: see `alone_relatives`."""
        if e.rule not in self.t.alone_relatives:
            return False
        lo, _ = self.breaks.clause(e.start)
        return not self.text[lo : e.start].strip(_WRAPPED)

    def _record(self, e: Expression) -> bool:
        """A year since which something is the most (1954年以来最严重的冰冻灾害): no period.
        Not the year something began (自2002年成立以来)."""
        year = self.meta.year
        return (
            e.mode == "since"
            and e.rule != "period.origin"
            and e.year is not None
            and year is not None
            and (e.year < year - SINCE_SPAN)
        )

    def _compared(self, i: int) -> Expression | None:
        """The period compared with, right before the figure (比“十一五”期间的3.2亿元)."""
        f = self.figures[i]
        j = self.expr_before[i]
        if j < 0:
            return None
        e = self.exprs[j]
        if e.end > f.start or not self.compares[j]:
            return None
        if not _strip_words(self.text[e.end : f.start], self.t.period_fillers):
            return e
        # 比2008年调查时的1.8万元增加了1.4万元, 较去年同日的65对增加21对: words between the
        # period and the figure, where the figure's difference follows it in its clause.
        c_lo, c_hi = self.segments[i][:2]
        if e.start < c_lo or i + 1 == len(self.figures) or self.figures[i + 1].start >= c_hi:
            return None
        if bisect_left(self.figure_starts, e.end) != i:
            return None  # another figure stands between the period and this one
        after = self.text[f.end : self.figures[i + 1].start].strip(_LOOSE)
        grew = next(iter(self.roles.within(f.end, self.figures[i + 1].start)), None)
        if grew is None or grew.entry[0] != "change" or not after.startswith(grew.word):
            return None
        rest = strip_words(after[len(grew.word) :].strip(_LOOSE), self.t.fillers)
        return None if rest.strip(_LOOSE) else e

    def _aside(self, e: Expression, f: Figure) -> bool:
        """Whether ``e`` stands in an aside in brackets, opened shortly before it and
        closed before the figure; not after a bracket closed before it (the heading
        marker of （三）补贴发放。2018年为…)."""
        opened = self.text[max(0, e.start - 12) : e.start]
        at = max(opened.rfind("（"), opened.rfind("("))
        if at <= max(opened.rfind("）"), opened.rfind(")")):
            return False
        closes = [
            c for c in (self.text.find(b, e.end, f.start) for b in _CLOSING_BRACKETS) if c >= 0
        ]
        if not closes:
            return False
        # 清明节期间（4月2日至5日），…接待祭扫群众12.4万人次: a bracket that holds the period
        # alone dates the stretch it follows, no aside; not the date of a day compared with
        # (比去年七夕（8月13日）的132对).
        if opened[at + 1 :].strip(_LOOSE) or self.text[e.end : min(closes)].strip(_LOOSE):
            return True
        bracket = e.start - len(opened) + at
        if self.text.startswith(("》", "”"), min(closes) + 1):
            return True  # 《…三年行动方案（2024—2026年）》: part of a name
        lead = self.text[self.breaks.clause(bracket)[0] : bracket]
        # Nor the date of a day a relative word names (去年同日（2018年5月20日）46对).
        named = self._exprs_in(max(0, bracket - 8), bracket)
        return any(w in lead for w in self.t.compare_leads) or (
            bool(named) and named[-1].end == bracket and named[-1].mode == "rel"
        )

    def _comparison_ref(self, e: Expression) -> bool:
        """比上年 / 较去年同期 / 比“十一五”期间: the period compared with, not the figure's own."""
        return self._compared_from(e.start)

    def _compared_from(self, start: int) -> bool:
        """Whether a compare lead (比, 较) stands right before ``start`` (a line's wrap
        between them: 较⏎上年末)."""
        lead = self.text[max(0, start - 8) : start].rstrip(_LOOSE + _WRAPPED)
        return lead.endswith(self.t.compare_leads)

    def _plan_start(self, s: Section) -> int | None:
        """Where the plan starts in a section whose title first states problems, then names
        a period (四、存在问题和2022年工作计划): the first place its body writes that period
        again (农村养老服务设施运营困难，…缺口约1500万元。2022年重点抓好…). The problems
        before it are how things stand, not that period's; None where the body never does."""
        if s.index in self._plan_starts:
            return self._plan_starts[s.index]
        start = None
        head = self.text[s.title_start : s.title_end]
        named = self._title_expression(s)
        if named is not None and any(
            0 <= head.find(w) < named.start - s.title_start for w in self.t.problems
        ):
            # 下半⏎年，我们将重点做好以下工作: a wrap may split the words.
            written = r"\s*".join(map(re.escape, self.text[named.start : named.end]))
            again = re.compile(written).search(self.text, s.title_end, s.end)
            start = None if again is None else again.start()
        self._plan_starts[s.index] = start
        return start

    def _title_expression(self, s: Section) -> Expression | None:
        """The first period expression of ``s``'s title that names a period of its own (not
        去年同期, a masked year or 月发放)."""
        return next(
            (
                e
                for e in self._exprs_in(s.title_start, s.title_end)
                if e.mode not in ("rel", "masked", "recent")
            ),
            None,
        )

    def _dating_chain(self, f: Figure) -> tuple[list[Section], bool]:
        """The sections whose titles may date ``f``, innermost first, and whether one was
        left out because ``f`` states a problem before the plan it names starts."""
        chain = self._section_chain(f.section)
        kept = []
        for s in chain:
            start = self._plan_start(s)
            if start is None or not s.title_end <= f.start < start:
                kept.append(s)
        return kept, len(kept) < len(chain)

    def _section_expression(self, f: Figure) -> Expression | None:
        if self._later_report(f) is not None:
            return None  # its title's year, through _section_year
        chain, early = self._dating_chain(f)
        # A figure in its own section's title (（一）新增床位90张，确保全年累计新增300张。):
        # the title is its sentence, whose periods `_governing` reads; its parents' count.
        own = bool(chain) and chain[0].title_start <= f.start < chain[0].title_end
        key = (f.section, own, early)
        if key in self._section_exprs:
            return self._section_exprs[key]
        found = None
        for s in chain[1:] if own else chain:
            found = self._title_expression(s)
            if found is not None:
                break
        self._section_exprs[key] = found
        return found

    def _section_year(self, f: Figure) -> int | None:
        """The year the innermost section title that writes one names (二、2019年工作计划
        over a heading that says only 全年)."""
        later = self._later_report(f)
        if later is not None:
            return later[2]
        chain, early = self._dating_chain(f)
        key = (-1 if f.section is None else f.section, early)
        if key in self._section_years:
            return self._section_years[key]
        found = None
        for s in chain:
            # Not a span of years (一、“十三五”工作成效) nor a year since (一、2017年以来
            # 主要工作): 今年 and 1-9月 under it are the report's.
            found = next(
                (
                    e.year
                    for e in self._exprs_in(s.title_start, s.title_end)
                    if e.year is not None
                    and e.years == 1
                    and e.mode not in ("rel", "masked", "recent", "since")
                ),
                None,
            )
            if found is not None:
                break
        if found is None:
            report = self._report_at(0 if f.section is None else self.sections[f.section].start)
            found = None if report is None else report[2]
        self._section_years[key] = found
        return found

    def _later_report(self, f: Figure) -> tuple[int, int, int, bool] | None:
        """The further part of the file the figure stands in where its line comes after the
        figure's innermost heading (附：2016年主要指标完成情况 after 三、2017年工作打算): it, not
        that section, says when the figure is and whether it is planned."""
        if not self.reports:
            return None
        report = self._report_at(f.start)
        if report is None or (f.section is not None and report[0] < self.sections[f.section].start):
            return None
        return report

    def _item_lead(self, body: int) -> Expression | None:
        """The first period of a news item's lead sentence (the first after its posting line)
        that names months or days, not a whole year (《2014年…方案》 names no event)."""
        _, hi = self.breaks.sentence(body)
        for e in find_expressions(self.text[body:hi], self.rules):
            if e.mode != "rel" and (e.mode != "interval" or (e.first, e.last) != (1, 12)):
                return replace(e, start=e.start + body, end=e.end + body)
        return None

    def _news_lead(self, f: Figure, section: Expression | None) -> Expression | None:
        """The lead period of the news item the figure stands in, unless a section title
        inside that item names a period (``section``, read first)."""
        k = bisect_left(self.news_starts, f.start + 1) - 1
        if k < 0 or (section is not None and section.start > self.news_starts[k]):
            return None
        return self.news_leads[k]

    def _allocation(self, title: str, span: Subject | None) -> tuple[int, int] | None:
        """The word of a report title that makes it a notice handing out money: a word of
        `allocation_words` with a fund noun after it (关于下达…救助补助资金的通知)."""
        for w in self.t.allocations:
            at = title.find(w)
            if at >= 0 and span is not None:
                rest = title[at + len(w) :]
                if any(n in rest for n in self.t.funds_after):
                    return span.start + at, span.start + at + len(w)
        return None

    def _questions(self, text: str, meta: Meta) -> list[tuple[int, int, int, bool]]:
        """Each questioner's turn, as a further part of the file: no heading before it is
        the answer's. It reports the report's year, unless the question names another
        year or a plan (明年有哪些目标？, 下一步有哪些打算？). Not 去年 or 今年: a question
        asked at a conference of the next January counts them from that day."""
        if meta.year is None:
            return []
        turns = []
        for m in self.t.questions.finditer(text):
            lo, hi = m.start(), self.breaks.sentence(m.start())[1]
            question = text[lo:hi]
            year = next(
                (
                    e.year if e.year is not None else meta.year + e.shift
                    for e in find_expressions(question, self.rules)
                    if e.year is not None or (e.mode == "rel" and e.shift > 0)
                ),
                meta.year,
            )
            turns.append((lo, hi, year, year > meta.year or is_plan(question, self.rules)))
        return turns

    def _report_at(self, pos: int) -> tuple[int, int, int, bool] | None:
        """The further report of the file that ``pos`` stands in, if any."""
        k = bisect_left(self.report_starts, pos)
        return self.reports[k - 1] if k > 0 else None

    def _resolved(self, e: Expression, year: int | None, at: bool) -> Period | None:
        """`resolve` in the report's period, or, for a span since a start (今年以来), in that
        of the news item ``e`` stands in (many figures share an expression)."""
        key = (e.start, year, at)
        if key not in self._periods:
            k = bisect_left(self.news_starts, e.start + 1) - 1 if e.mode == "since" else -1
            within = self.news_spans[k] if k >= 0 else self.meta.period
            self._periods[key] = resolve(e, year, within, at=at)
        return self._periods[key]

    def _year_start(
        self, i: int, e: Expression | None
    ) -> tuple[Period, str, tuple[int, int]] | None:
        """January 1st of the year an earlier value is dated at by a word of
        `year_start_words`, the last before it in its sentence (由年初的2936户, 年初为31人),
        where the year is known: the one written with the word (2021年初), else
        the report's."""
        f = self.figures[i]
        lo = self.segments[i][2]
        found = max(
            ((self.text.rfind(w, lo, f.start), w) for w in self.t.year_starts),
            default=(-1, ""),
        )
        at, word = found
        if at < 0:
            return None
        year = (
            e.year
            if e is not None and e.year is not None and e.start < at < e.end + 1
            else self.meta.year
        )
        if year is None:
            return None
        return Period(None, date(year, 1, 1)), "year_start_words:" + word, (at, at + len(word))

    def _period(
        self, i: int, measure: str, role: str, done: bool, requirement: bool = False
    ) -> tuple[Period | None, str, tuple[int, int]]:
        f = self.figures[i]
        here = (f.start, f.start)
        if self.masked:
            return None, "meaning.period.masked", here
        at = measure in _AT_DATE
        e = self._governing(i)
        season = self._season_year(e) if role != "previous" else None
        if e is not None and season is not None:
            # 本年度共筹措冬春救助资金3650万元 in a report of the 2021—2022 season: that season.
            return (Period(None, season.end) if at else season), e.rule, (e.start, e.end)
        if role == "previous":
            column = self._earlier_column(i)
            if column is not None:
                return (
                    self._resolved(column, column.year, at),
                    column.rule,
                    (column.start, column.end),
                )
            head = self.heads.get(i) if self._head_cell(i) else None
            earlier = (
                next((x for x in self._exprs_in(*head) if x.shift < 0), None)
                if head is not None
                else None
            )
            if earlier is not None:
                # 指标 | 本年 | 上年 | 增减: a cell under 上年 (上年末) is of the year before the
                # report's (at its end).
                found = resolve(earlier, None, self.meta.period, at=at)
                return found, earlier.rule, (earlier.start, earlier.end)
            compared = self._compared(i)
            if compared is not None:
                base = self.meta.period
                if compared.mode == "rel" and compared.same:
                    # 今年1-6月开展探访2.4万人次，比去年同期的2.03万人次: the months of the
                    # value compared with, a year back (not the report's whole year).
                    j = self._changed_index(i)
                    if j is not None and j < len(self.periods_so_far):
                        base = self.periods_so_far[j] or base
                found = resolve(compared, self.meta.year, base, at=at)
                return found, compared.rule, (compared.start, compared.end)
            if e is not None and e.mode == "rel" and e.shift < 0:
                # 7—9月救助56人次，上年同期48人次: the same months of the earlier year.
                outer = self._governing_before(f, e) if e.same else None
                base = (
                    self.meta.period
                    if outer is None
                    else self._resolved(outer, self.meta.year, at=False)
                )
                return resolve(e, None, base, at=at), e.rule, (e.start, e.end)
            start = self._year_start(i, e) if at else None
            if start is not None:
                return start
            if e is not None and e.year is not None and e.mode not in _NO_DATE:
                # 由2016年的每人每年2800元提高到…: a year between 由 and the earlier value is
                # its own (not 2024年，…由600元提高到650元, the report's year); so is the
                # year of a base the clause names after it (2015年基数为每人每月560元).
                c_lo = self.segments[i][0]
                cues = self.roles.within(c_lo, e.start)
                based = c_lo <= e.start and any(
                    c.entry[0] == "previous" and c.entry[1] == "clause" and not c.entry[3]
                    for c in self.roles.within(e.end, f.start)
                )
                if based or (cues and cues[-1].entry[0] == "previous"):
                    return self._resolved(e, e.year, at), e.rule, (e.start, e.end)
            if i > 0 and self.roles_so_far[i - 1] == "previous":
                # 分别由2016年的每人每月260元、500元提高到…: the next earlier value of the
                # list is of the same year; so is the count back to back with the one before
                # (由2015年底的12.8万户24.6万人).
                g = self.figures[i - 1]
                if self._separates(self._list_gap(g.end, f.start)):
                    return self.periods_so_far[i - 1], "meaning.period.list", (g.start, g.end)
            return None, "meaning.period.previous", here
        if role == "change":
            # 比上年减少449人: the period of the value it changes, unless the change's own
            # clause writes one after that value (…外派*名骨干社工…，2023年职业技能考试参考
            # 人数较上年增加*人: 2023年 dates the change).
            j = self._changed_index(i)
            if j is not None and j < len(self.periods_so_far):
                g = self.figures[j]
                own = (
                    e is not None
                    and e.mode not in _NO_DATE
                    and e.start >= max(g.end, self.segments[i][0])
                )
                if not own:
                    changed = self.periods_so_far[j]
                    if at and changed is not None and changed.start is not None:
                        # 新纳入低保183人，…，低保人数比上年末减少44人: the change of a roll
                        # stands at the end of its newcomers' interval.
                        changed = Period(None, changed.end)
                    return changed, "meaning.period.changed", (g.start, g.end)
        section = None if done else self._section_expression(f)
        titled_year = None if done else self._section_year(f)
        year = self.meta.year if titled_year is None else titled_year
        if role == "target" and titled_year is None and self._next_year_plan(f):
            year = None if year is None else year + 1
        if (
            at
            and measure == "standard"
            and role == "value"
            # Not a standard its own clause dates (2020年基期值为885元，自2023年1月起提高到…).
            and (e is None or e.start < self.segments[i][0])
        ):
            effect = self._effect_after(i)
            if effect is not None:
                # …提高到4836元，…提高到685元，均自1月1日起执行: the date the standards take
                # effect, written after them (§7: a standard with 自/从…起 takes that date).
                return self._resolved(effect, year, at), effect.rule, (effect.start, effect.end)
        if at:
            row = self._row_date(f)
            if row is not None:
                # 城市低保 | 每人每月860元 | 2023年7月1日: the date a table row gives the
                # standard it holds.
                return self._resolved(row, row.year, at), row.rule, (row.start, row.end)
        if self._rest_of_year(e if e is not None else section, titled_year):
            # 三、第四季度及2013年工作打算 in a report of January to September 2012: 第四季度
            # is what is left of 2012, not a quarter of the year the section also plans.
            year = self.meta.year
        elif e is not None and e.this_year:
            year = self.meta.year
        elif e is not None and e.year is None and e.mode in ("interval", "upto", "at"):
            # 2024年,全县1-12月共保障…: months take the year written before them in the
            # sentence.
            written = self._written_year(i, e)
            if written is not None:
                year = written
        if e is not None and e.mode == "recent":
            # 月发放 after 截至6月底: the month (or quarter) up to the date before it.
            outer = self._governing_before(f, e)
            base = (
                resolve(outer, year, self.meta.period, at=True)
                if outer is not None
                else self.meta.period
            )
            if base is None:
                return None, e.rule, (e.start, e.end)
            return recent(e, base.end, at=at), e.rule, (e.start, e.end)
        if e is not None and e.mode == "at" and not at and section is not None:
            # 下半年工作打算…年底前完成适老化改造300户: a deadline at the end of the stretch
            # a section plans is work of that stretch, not of the whole year.
            within = self._resolved(section, year, at)
            deadline = self._resolved(e, year, at)
            if (
                within is not None
                and deadline is not None
                and within.end == deadline.end
                and within.start is not None
                and deadline.start is not None
                and within.start > deadline.start
            ):
                return within, section.rule, (section.start, section.end)
        if e is not None and e.mode == "from" and at and measure != "standard":
            # 自7月起按新标准发放…，全县132名孤儿全部纳入保障: the date a standard takes
            # effect is the standard's; a stock under it stands at the stretch's end.
            stretch = self._resolved(e, year, False)
            return (
                (None if stretch is None else Period(None, stretch.end)),
                e.rule,
                (e.start, e.end),
            )
        if e is not None:
            return self._resolved(e, year, at), e.rule, (e.start, e.end)
        lead = None if done else self._news_lead(f, section)
        if lead is not None:
            return self._resolved(lead, year, at), lead.rule, (lead.start, lead.end)
        if section is not None:
            return (
                self._resolved(section, year, at),
                section.rule,
                (section.start, section.end),
            )
        p = self.meta.period
        if p is None:
            return None, "meaning.period.meta", here
        span = next(((ev.start, ev.end) for ev in self.meta.evidence if ev.field == "period"), here)
        if role == "target" and p.start is not None and titled_year is not None:
            # 记者：明年有哪些目标？ … 新增护理型床位不少于800张: the year of the further part
            # of the file it stands in, a requirement too.
            p = Period(date(titled_year, 1, 1), date(titled_year, 12, 31))
        elif role == "target" and p.start is not None and not requirement:
            # A plan with no period of its own is for the report's year (项目估算总投资…);
            # a requirement (不低于450元) holds for the period the report covers.
            y = p.end.year + 1 if self._next_year_plan(f) else p.end.year
            p = Period(date(y, 1, 1), date(y, 12, 31))
        return (Period(None, p.end) if at else p), "meaning.period.meta", span

    def _rest_of_year(self, e: Expression | None, titled_year: int | None) -> bool:
        """Whether ``e`` names, without a year, months of the report's year after the part
        of it the report covers (第四季度 after 1-9月, 12月份 after 1-11月), in a section
        whose title also names the next year."""
        p, year = self.meta.period, self.meta.year
        return (
            e is not None
            and e.year is None
            and e.mode in ("interval", "upto", "at")
            and p is not None
            and year is not None
            and p.end.year == year
            and p.end.month < 12
            and e.first > p.end.month
            and titled_year == year + 1
        )

    def _effect_after(self, i: int) -> Expression | None:
        """A date a standard takes effect from (自/从…起) after it in its part of the
        sentence, where only other rates stand between them (the standards of a list that
        the date closes)."""
        f = self.figures[i]
        lo, hi = self.sentence_of[i]
        _, p_hi = self._part(lo, hi, f.start)
        j = bisect_left(self.expr_starts, f.end)
        k = i + 1
        while j < len(self.exprs) and self.exprs[j].start < p_hi:
            e = self.exprs[j]
            while k < len(self.figures) and self.figures[k].start < e.start:
                if not self.figures[k].rate:
                    return None
                k += 1
            if e.mode == "from":
                # 标准达到每人每年10776元，其中杭州市低保标准自7月1日起…: the date of a
                # part the breakdown names, not of the total's standard.
                broken = any(self.text.find(w, f.end, e.start) >= 0 for w in self.t.breakdowns)
                return None if broken else e
            if e.mode not in _NO_DATE:
                return None  # another period first: the date is not these standards'
            j += 1
        return None

    def _row_date(self, f: Figure) -> Expression | None:
        """A day with its year after the figure in its table row (cells between | or tabs)."""
        k = bisect_left(self.line_ends, f.end)
        end = self.line_ends[k] if k < len(self.line_ends) else len(self.text)
        if not _any_in(self.cells, f.end, end):
            return None
        return next(
            (
                x
                for x in self._exprs_in(f.end, end)
                if x.mode in ("day", "from") and x.year is not None
            ),
            None,
        )

    def _written_year(self, i: int, e: Expression) -> int | None:
        """The year of the nearest expression before ``e`` in its part of the figure's
        sentence that writes one (not a comparison's, nor a year since: 2019年以来)."""
        lo, hi = self.sentence_of[i]
        lo = self._part(lo, hi, e.start)[0]
        j = bisect_left(self.expr_starts, e.start) - 1
        k = self.year_written[j] if j >= 0 else -1
        if k >= 0 and self.exprs[k].start >= lo:
            return self.exprs[k].year
        return self._paragraph_year(e.start)

    def _paragraph_year(self, pos: int) -> int | None:
        """The year that opens the line ``pos`` stands in (2024年，全县民政系统…。截至2024年底…；
        全年发放… in a plan for 2025: the review's 全年 is of 2024), if a bare year does."""
        k = bisect_left(self.line_ends, pos)
        line = self.line_ends[k - 1] + 1 if k > 0 else 0
        if line in self._opening_years:
            return self._opening_years[line]
        found = None
        start = line
        while start < len(self.text) and self.text[start] in _SPACES:
            start += 1
        if start >= len(self.text) or not (
            self.folded[start].isdigit() or self.folded[start] in self.t.digits
        ):
            # Most lines open with no year's digits: no reading of their sentence.
            self._opening_years[line] = None
            return None
        # The opening sentence may hold no figure: its expressions are read here, once, from
        # the sentence alone (a search of the whole text per line would be quadratic).
        lo, hi = self.breaks.sentence(start)
        opening = find_expressions(self.text[lo:hi], self.rules, folded=self.folded[lo:hi])
        if opening and lo + opening[0].start == start:
            e = opening[0]
            if (
                e.year is not None
                and e.mode == "interval"
                and e.years == 1
                and (e.first, e.last) == (1, 12)
                and self.text[lo + e.end : lo + e.end + 1] in _COMMAS
            ):
                found = e.year
        self._opening_years[line] = found
        return found

    def _governing_before(self, f: Figure, e: Expression) -> Expression | None:
        lo, _ = self.breaks.sentence(f.start)
        j = bisect_left(self.expr_starts, e.start) - 1
        while j >= 0 and self.exprs[j].start >= lo:
            # Not a period compared with (截至6月底…，比一季度末增加4户；…本季度新增2人).
            if self.exprs[j].mode not in ("recent", "rel", "masked") and not self.compares[j]:
                return self.exprs[j]
            j -= 1
        return None


def _noun_after(f: Figure) -> bool:
    """Whether the figure's subject is the noun right after it (1860户城市低保家庭)."""
    return f.subject is not None and f.end <= f.subject.start <= f.end + 1


_new = object.__new__


def _evidence(field: str, rule: str, start: int, end: int, shown: str) -> Evidence:
    """``Evidence(field, rule, start, end, shown[start:end])``, its fields set as `copy.copy`
    sets them: the frozen dataclass's constructor makes a call per field (five records a
    figure, two and a half times slower)."""
    e: Evidence = _new(Evidence)
    d = e.__dict__
    d["field"] = field
    d["rule"] = rule
    d["start"] = start
    d["end"] = end
    d["text"] = shown[start:end]
    return e


def _word_span(title: str, words: tuple[str, ...], span: Subject | None) -> tuple[int, int] | None:
    """The span in the text of the first of ``words`` in a title that starts at ``span``."""
    for w in words:
        at = title.find(w)
        if at >= 0 and span is not None:
            return span.start + at, span.start + at + len(w)
    return None


def _any_in(starts: list[int], lo: int, hi: int) -> bool:
    """Whether any of ``starts`` (in order) is in ``[lo, hi)``: what a range query needs,
    and no more (most queries find nothing)."""
    return bisect_left(starts, lo) < bisect_left(starts, hi)


def _hard_break(text: str, lo: int, hi: int) -> bool:
    """Whether a line ends between ``lo`` and ``hi`` that is no soft wrap."""
    at = text.find("\n", lo, hi)
    while at >= 0:
        if not is_soft(text, at):
            return True
        at = text.find("\n", at + 1, hi)
    return False


def _open_bracket(text: str, lo: int, hi: int) -> int:
    """Where a bracket opened in ``[lo, hi)`` still stands open at ``hi`` (else -1)."""
    at = max(text.rfind(b, lo, hi) for b in _OPENING_BRACKETS)
    if at < 0 or any(c in text[at:hi] for c in _CLOSING_BRACKETS):
        return -1
    return at


def _close_paren(text: str, lo: int, hi: int) -> int:
    """Where a parenthesis that is open at ``lo`` closes before ``hi`` (else ``hi``)."""
    m = _PARENS.search(text, lo, hi)
    return m.start() if m is not None and m.group() in "）)" else hi


def _out_of(f: Figure, lo: int, hi: int) -> bool:
    """Whether the figure or its phrase reaches out of ``[lo, hi)`` (few do)."""
    s = f.subject
    return f.start < lo or f.end > hi or (s is not None and (s.start < lo or s.end > hi))


def _reach(f: Figure) -> tuple[int, int]:
    """The figure and its phrase."""
    if f.subject is None:
        return f.start, f.end
    return min(f.start, f.subject.start), max(f.end, f.subject.end)


# A sentence's end in a title: the clauses module's sentence breaks, but a line's end (a
# title has none) and a full stop after a digit (the marker 1.).
_POINTS = ".．"
_FULL_STOP = re.compile(
    f"[{re.escape(SENTENCE_BREAKS.translate(str.maketrans('', '', _POINTS + chr(10))))}]"
    f"|(?<![0-9０-９])[{_POINTS}]"
)


def _last_within(starts: list[int], lo: int, hi: int) -> int | None:
    """The last of the sorted ``starts`` in ``[lo, hi]``, if any."""
    k = bisect_right(starts, hi) - 1
    return starts[k] if k >= 0 and starts[k] >= lo else None


def _labelled(
    m: Mention[tuple[str, str]] | None,
) -> tuple[str, str, Mention[tuple[str, str]]] | None:
    """An area word as the area label, its rule and its evidence; None for no word."""
    return None if m is None else (m.entry[0], m.entry[1], m)


def _key(found: tuple[Mention[_Word], str] | None) -> str | None:
    """The programme key of a figure's programme word, if it has one."""
    return None if found is None else found[0].entry.programme.key


def _column_heads(
    text: str, figures: Sequence[Figure], cells: list[int], ends: list[int]
) -> dict[int, tuple[int, int]]:
    """For each figure in a table row, the span of the head cell of its column: the cell
    with as many separators (tab, or |) before it in the table's first line, where that
    line is another (the block of lines that hold the separator). Lines and separators
    are found once (``cells``, ``ends``: where separators and line breaks stand), so a
    text of one long line costs no more than one of many."""
    if not cells:
        return {}
    kinds: dict[int, set[str]] = {}
    for at in cells:
        kinds.setdefault(bisect_left(ends, at), set()).add(text[at])
    heads: dict[int, tuple[int, int]] = {}
    tops: dict[tuple[int, str], int] = {}
    for i, f in enumerate(figures):
        line = bisect_left(ends, f.start)
        held = kinds.get(line)
        if held is None:
            continue
        sep = next(c for c in CELL_SEPARATORS if c in held)
        top = tops.get((line, sep))
        if top is None:
            top = line
            while top > 0 and sep in kinds.get(top - 1, ()):
                above = tops.get((top - 1, sep))
                if above is not None:
                    top = above
                    break
                top -= 1
            tops[(line, sep)] = top
        if top == line:
            continue
        lo = ends[line - 1] + 1 if line > 0 else 0
        first = ends[top - 1] + 1 if top > 0 else 0
        k = text.count(sep, lo, f.start)
        head = text[first : ends[top]].split(sep)
        if k >= len(head):
            continue
        cell = head[k]
        # The cell's words, not the spaces that pad it (a table laid out by spaces).
        start = first + sum(len(c) + 1 for c in head[:k]) + len(cell) - len(cell.lstrip(BLANKS))
        heads[i] = (start, start + len(cell.strip(BLANKS)))
    return heads


def _captions(
    text: str, heads: dict[int, tuple[int, int]], ends: list[int]
) -> dict[int, tuple[int, int]]:
    """For each figure with a column head: the span of the nearest line above the head's
    line, past at most one blank line, where it is short enough to be the table's caption
    (or the sentence that introduces the table)."""
    captions: dict[int, tuple[int, int]] = {}
    for i, (start, _) in heads.items():
        line = bisect_left(ends, start)
        for above in (line - 1, line - 2):
            if above < 0:
                break
            lo = ends[above - 1] + 1 if above > 0 else 0
            hi = ends[above]
            if text[lo:hi].strip(BLANKS + "\r"):
                if hi - lo <= _CAPTION:
                    captions[i] = (lo, hi)
                break
    return captions


def _turns(speakers: tuple[str, ...]) -> re.Pattern[str]:
    """A line opening with a speaker's label: the word, a bracketed outlet or name at most
    (记者（浏阳日报）), then a colon, or the word in 【】."""
    words = "|".join(re.escape(w) for w in longest_first(speakers)) or "(?!)"
    return re.compile(
        rf"^[ \t\u3000]*(?:【(?:{words})】|(?:{words})(?:[（(][^）)\n]{{0,24}}[）)])?[：:])",
        re.M,
    )


def _title_head(title: str) -> str:
    """A title's first sentence. In ASCII-punctuated text a title runs on to the line's
    end (1.站内救助.全年…按每人每天30元标准安排…): its body's words (安排) name no plan."""
    stop = _FULL_STOP.search(title)
    return title if stop is None else title[: stop.start()]


def _unwrapped(text: str, wraps: Sequence[int]) -> str:
    """``text`` with each soft wrap's line break (and a carriage return before it) as a
    space: same length, same offsets."""
    if not wraps:
        return text
    chars = list(text)
    for at in wraps:
        chars[at] = " "
        if at and chars[at - 1] == "\r":
            chars[at - 1] = " "
    return "".join(chars)


def _expressions_across(
    folded: str,
    wraps: Sequence[int],
    rules: Rules,
    spans: Sequence[tuple[int, int]] | None,
) -> list[Expression]:
    """The period expressions of ``folded`` (see `find_expressions`), read as if each soft
    wrap's line break (and a carriage return before it) were not there: 上半⏎年 is 上半年.
    Their offsets are the text's, so an expression's span holds the break it runs across."""
    # Not between two digits, where a web page's counter ends a line before a date (浏览
    # 次数：231⏎2月14日): joined, they would read as one number; there the break is a space.
    apart = [
        at for at in wraps if folded[at - 1 : at].isdigit() and folded[at + 1 : at + 2].isdigit()
    ]
    glued = [at for at in wraps if at not in apart] if apart else list(wraps)
    folded = _unwrapped(folded, apart)
    if not glued:
        return find_expressions(folded, rules, folded=folded, spans=spans)
    # The blanks before a break go too: a carriage return, or the spaces a blanked page
    # footer left (前⏎— 1 —⏎三季度 is 前三季度).
    gone = sorted({k for at in glued for k in range(blanks_before(folded, at), at + 1)})
    keep = [0, *(at + 1 for at in gone)]
    joined = "".join(folded[a:b] for a, b in zip(keep, [*gone, len(folded)], strict=True))
    # Where each removed character stood in the joined text: the k-th one at its offset
    # less the k removed before it.
    cuts = [at - k for k, at in enumerate(gone)]

    def inward(pos: int) -> int:
        return pos - bisect_left(gone, pos)

    found = find_expressions(
        joined,
        rules,
        folded=joined,
        spans=None if spans is None else [(inward(lo), inward(hi)) for lo, hi in spans],
    )
    out = []
    for e in found:
        start, end = e.start + bisect_right(cuts, e.start), e.end + bisect_left(cuts, e.end)
        if (start, end) != (e.start, e.end):
            # A copy with the span moved, as `copy.copy` makes one (`dataclasses.replace`
            # walks the fields on every call: most expressions of a wrapped text move).
            moved = _new(Expression)
            moved.__dict__.update(e.__dict__, start=start, end=end)
            e = moved
        out.append(e)
    return out


def _names_holding(cues: set[str], names: Iterable[str]) -> dict[str, tuple[tuple[str, int], ...]]:
    """Each cue of ``cues`` that stands in some of ``names``, with those names and the
    offset of the cue in each."""
    held: dict[str, list[tuple[str, int]]] = {}
    for name in names:
        for cue in cues:
            at = name.find(cue)
            while at >= 0:
                held.setdefault(cue, []).append((name, at))
                at = name.find(cue, at + 1)
    return {cue: tuple(found) for cue, found in held.items()}


def _title_stop(text: str, s: Section) -> int:
    """Where a heading's sentence ends: its line's end, or the stop that closes its title
    when the body runs on in the same line (（二）养老服务体系逐步完善。新建…新增⏎养老床位,
    where the line's end is a soft wrap)."""
    nl = text.find("\n", s.start)
    end = len(text) if nl < 0 else nl
    return s.title_end if s.title_end < end else end
