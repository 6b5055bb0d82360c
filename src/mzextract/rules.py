"""Rule tables: what the engine looks for, as validated data with an id on every entry.

The shipped rule set is the TOML files in ``data/rules/``, one per stage (layout,
sections, figures, subjects, meaning). Each table is a list of entries; each entry
is a record with a stable ``id`` (``money_nouns:资金``, ``units:人次``), so every
decision in a result can name the rule that made it (see ``Figure.evidence``).

>>> rules = Rules.default().extend(money_nouns=["专项彩票金"], units=[{"word": "台",
...     "kind": "persons"}])
>>> rules.rule("money_nouns:专项彩票金").word
'专项彩票金'

A rule set is validated whenever it is built (`from_file`, `extend`, `remove`):
an error names the table, the entry and the fix. The engine reads the tables
through the typed views below (``rules.money_nouns`` is a tuple of words), never
through literals of its own.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import MISSING, asdict, dataclass, field, fields
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar, Generic, TypeVar, cast

import regex

from mzextract.model import Kind

__all__ = [
    "DATE_ROLES",
    "STAGES",
    "TABLES",
    "Basis",
    "Blocker",
    "DateWord",
    "Entry",
    "Footer",
    "FundsWord",
    "KindEntry",
    "Magnitude",
    "Marker",
    "MeasureCue",
    "NumeralChar",
    "PeriodWord",
    "ProgrammeEntry",
    "ReceiverWord",
    "RoleCue",
    "Rules",
    "RulesError",
    "TableSpec",
    "UnitCheck",
    "UnitRule",
    "Word",
]

STAGES = ("layout", "sections", "figures", "subjects", "meaning")
FORMAT = "mzextract-rules/1"


class RulesError(ValueError):
    """A rule table or entry is not valid; the message names the entry and the fix."""


@dataclass(frozen=True)
class Entry:
    """One entry of a rule table. ``id`` is ``table:key`` unless the data gives its own."""

    id: str = field(default="", kw_only=True)
    example: str | None = field(default=None, kw_only=True)
    """A short text where the entry decides something (documentation and tests)."""

    KEY: ClassVar[str] = "word"
    """The field that names the entry within its table (and in its default id)."""

    @property
    def slug(self) -> str:
        """The entry's name within its table (the value of its ``KEY`` field)."""
        return str(getattr(self, self.KEY))


@dataclass(frozen=True)
class Word(Entry):
    """A word (or a single character) the engine looks for."""

    word: str


@dataclass(frozen=True)
class UnitRule(Entry):
    """A unit word as written after a numeral: what it counts and its factor to the base unit."""

    word: str
    kind: Kind
    factor: int = 1
    needs: str | None = None
    """The name of the context check (a record of ``unit_checks``) the unit must pass;
    see ``docs/guide.md`` §5.3."""
    noun_after: bool = False
    """A measure word: the noun right after the figure names what it counts (15名孤儿)."""


CHECK_PLACES = (
    "noun_before",
    "noun_after",
    "after",
    "clause_after",
    "clause_before",
    "sentence_before",
    "full_sentence_before",
    "sentences_before",
    "column_head",
    "lead_after",
)
"""Where a unit check looks for its words (see `UnitCheck`)."""
CHECK_STEPS = ("money",)
"""The checks of the engine a `UnitCheck` may name as its ``step``."""


@dataclass(frozen=True)
class UnitCheck(Entry):
    """A context check a unit must pass to count (``UnitRule.needs`` names it). In order:

    - ``accept_after``: words; the unit counts at once where one follows it (200块钱).
    - ``bare``: the unit fails where a noun follows it (a 张 that names nothing else), unless
      the noun starts with a word of the tables ``bare_after`` (400张以上, 400张目标任务).
    - ``reject_before``, ``reject_after``, ``reject_clause``: tables; the unit fails where the
      noun before the figure ends with one of their words (餐位30位), the text after the unit
      starts with one (5000户企业), or the clause before holds one (宣传单500张).
    - ``require`` (tables) and ``words``: one of these words must stand in one of the places
      ``where``; where none does, the check ``otherwise`` decides, or the unit fails.
    - ``step``: a check of the engine that must pass too (``money``: a money noun before the
      figure or right after it, see ``docs/guide.md`` §5.3).

    The places: ``noun_before`` (the clause before, fillers and approximation marks aside,
    ends with the word), ``noun_after`` (the up to ``reach``, by default five, Chinese
    characters after the unit),
    ``after`` (the two characters after it), ``clause_before`` (up to 16 characters back to
    the clause's start), ``sentence_before`` (up to 60 characters back to the sentence's),
    ``full_sentence_before`` (the same back to the last full stop: ； does not end it),
    ``sentences_before`` (that and the sentence before it, up to 60 characters each),
    ``column_head`` (the head cell of the figure's column, in a table pasted as text:
    床位数 over 4 260张), ``lead_after`` (where the figure opens its line as the lead of the
    line after a dash, the clause after the dash: 3.86万张——全市养老机构床位总数).
    """

    KEY: ClassVar[str] = "name"
    name: str
    require: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    where: tuple[str, ...] = ()
    bare: bool = False
    bare_after: tuple[str, ...] = ()
    reject_before: tuple[str, ...] = ()
    reject_after: tuple[str, ...] = ()
    reject_clause: tuple[str, ...] = ()
    accept_after: tuple[str, ...] = ()
    otherwise: str | None = None
    step: str | None = None
    reach: int = 5
    """How many Chinese characters after the unit ``noun_after`` reads (3个农村日间照料中心
    needs 8)."""

    @property
    def tables(self) -> tuple[str, ...]:
        """Every table the check reads."""
        return (
            self.require
            + self.bare_after
            + self.reject_before
            + self.reject_after
            + self.reject_clause
        )


@dataclass(frozen=True)
class Magnitude(Entry):
    """A magnitude word written between numeral and unit (万 in 1.2万元)."""

    word: str
    factor: int


@dataclass(frozen=True)
class Blocker(Entry):
    """A unit that starts another word when these characters follow it (人口, 元旦)."""

    KEY: ClassVar[str] = "unit"
    unit: str
    after: str

    @property
    def slug(self) -> str:
        return self.unit + self.after


@dataclass(frozen=True)
class Basis(Entry):
    """A word naming the basis of a rate, and its English name (人 → person)."""

    word: str
    basis: str


NUMERAL_ROLES = ("digit", "small_unit", "big_unit", "point", "unknown", "unknown_before_unit")
"""The roles of the numeral characters (see `NumeralChar`)."""


@dataclass(frozen=True)
class NumeralChar(Entry):
    """A character of Chinese numerals and its role in the numeral grammar:

    - digit: ``value`` 0 to 9 (壹 → 1, 〇 → 0); ``alone = false`` where the digit by itself
      before a unit is no count (一人一档; 俩 in 母子俩人 names the pair)
    - small_unit: 十, 百, 千 (``value`` 10, 100, 1000); big_unit: 万, 亿 (10⁴, 10⁸). The
      first character of a value is its plain form, the later ones are financial or
      traditional variants (拾, 萬): after Arabic digits only a variant is read as part of
      the numeral (3萬元); the plain forms there are the ``magnitudes`` table's
    - point: the decimal point of a Chinese numeral (三点二万)
    - unknown: an unknown digit (十几, 几百), read as nothing, or as 1 before a unit; the
      figure is approximate
    - unknown_before_unit: an unknown digit only where a unit follows (数百人)
    """

    word: str
    role: str
    value: int = 0
    alone: bool = True


@dataclass(frozen=True)
class Footer(Entry):
    """A page footer as a pattern on a line of its own; ``{N}`` stands for a page number,
    ``{S}`` for blanks (第{S}{N}{S}页 → 第 4 页)."""

    KEY: ClassVar[str] = "name"
    name: str
    pattern: str

    def compiled(self) -> str:
        """The pattern with its placeholders filled in."""
        return self.pattern.replace("{N}", "[0-9０-９]{1,3}").replace("{S}", "[ \\t\\u3000]*")


NUMBERINGS = ("chinese", "arabic", "circled", "roman", "latin")


@dataclass(frozen=True)
class Marker(Entry):
    """A heading marker family: its pattern (with a group ``n``, the number), tried at a
    line start in table order; ``rank`` is the usual depth, outermost first."""

    KEY: ClassVar[str] = "family"
    family: str
    pattern: str
    rank: int
    numbering: str
    """How the group ``n`` is read: chinese (十二), arabic (12), circled (⑫), roman (Ⅻ),
    latin (C is 3)."""
    opens: str = ""
    """The characters a marker of the family starts with (一二…十 for 一、): a wrapped
    line that starts with one is no continuation of the line before it."""
    reject_after: str | None = None
    """A pattern that, right after the marker, shows a list rather than a heading
    (一、二级残疾人: 一、 before 二级)."""


def joined_markers(families: Iterable[Marker]) -> str:
    """The families' patterns as one alternation, each in a group ``f0``, ``f1``… with its
    number group renamed ``n0``, ``n1``… (group names must be unique in one pattern)."""
    return "|".join(
        f"(?P<f{i}>{m.pattern.replace('(?P<n>', f'(?P<n{i}>')})" for i, m in enumerate(families)
    )


@dataclass(frozen=True)
class KindEntry(Entry):
    """A figure kind as data: see `mzextract.model.Kind`."""

    KEY: ClassVar[str] = "name"
    name: str
    label: str
    base_unit: str
    colour: str
    ansi: str
    description: str = ""

    @cached_property
    def kind(self) -> Kind:
        """The kind record (one object per entry, shared by the units that count it)."""
        return Kind(
            name=self.name,
            label=self.label,
            base_unit=self.base_unit,
            colour=self.colour,
            ansi=self.ansi,
            description=self.description,
        )


MEASURES = (
    "covered",
    "added",
    "exited",
    "served",
    "registered",
    "paid",
    "allocated",
    "raised",
    "standard",
    "average",
    "capacity",
    "other",
)
ROLES = ("value", "previous", "change", "target")
AREAS = ("urban", "rural", "both")


@dataclass(frozen=True)
class OldName:
    """A programme's name of earlier years and the last year it was current (五保 → 2016).
    Where another programme's word stands in it (特困户 of 农村特困户救助, to 2007), it names
    the old programme only in reports of those years."""

    word: str
    until: int


@dataclass(frozen=True)
class ProgrammeEntry(Entry):
    """A programme of the meaning tables: see ``data/rules/meaning.toml``."""

    KEY: ClassVar[str] = "key"
    NESTED: ClassVar[dict[str, type]] = {"old_names": OldName}
    key: str
    domain: str
    name: str
    words: tuple[str, ...] = ()
    """Words that name the programme (a benefit, a service, an activity)."""
    groups: tuple[str, ...] = ()
    """Words that name the people it serves; they give way to another programme's benefit
    named in the same clause (为低保家庭学生发放助学金 is student aid)."""
    generic: tuple[str, ...] = ()
    """Words too general to name it by themselves (救助资金, 老年人): they count only where
    no more specific word stands in the sentence."""
    old_names: tuple[OldName, ...] = ()
    counts: str = "covered"
    """What a count of the programme measures where no word says (临时救助90人 → served)."""
    amounts: str = "paid"
    """What an amount of the programme measures where no word says (社区建设资金5260万元 →
    allocated: funds a community is given, not benefits paid out)."""


@dataclass(frozen=True)
class Domain(Entry):
    """A domain of civil-affairs work and the programme of a figure that names only it."""

    KEY: ClassVar[str] = "key"
    key: str
    name: str
    general: str
    words: tuple[str, ...] = ()


@dataclass(frozen=True)
class AreaWord(Entry):
    """A word that puts a programme in an area (城市 → urban)."""

    word: str
    area: str


@dataclass(frozen=True)
class MeasureCue(Entry):
    """A word that says what a figure measures (发放 → paid)."""

    word: str
    measure: str
    after: str | None = None
    """The measure where the word follows the figure, if another (纳入民政救助保障N人 are
    covered; N人纳入低保 are added)."""


@dataclass(frozen=True)
class FundsWord(Entry):
    """A word of a report's title that makes it a department's accounts (部门预算, 部门决算):
    money there that nothing names a programme for is the department's funds,
    ``programme``."""

    word: str
    programme: str


@dataclass(frozen=True)
class ReceiverWord(Entry):
    """Who receives a visit or a gift, where that makes it another programme's work:
    慰问驻区部队…送去慰问金46万元 is support of the army (``programme`` veterans), not the
    condolence (``over``) of the needy, where these are the only receivers named."""

    word: str
    programme: str
    over: str


@dataclass(frozen=True)
class ContextWord(Entry):
    """A word that makes the work of another programme (``over``) part of ``programme``
    where it stands before the figure in its paragraph or in its section titles: 祭扫 at
    martyrs' cemeteries (烈士) honours martyrs, veterans' work, not funerals. With
    ``words``, only the work those words of ``over`` name (探访关爱 of 留守儿童); with
    ``unless``, not where the figure's sentence names one of them (为2.2万名特殊困难老年人
    开展探访关爱 under a title 养老服务和儿童福利)."""

    word: str
    programme: str
    over: str
    words: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()


@dataclass(frozen=True)
class PaidForWord(Entry):
    """A verb of help that pays for a group what ``programme`` gives (资助 of a medical
    insurance premium): a figure whose clause holds ``word`` (or the clause after it, where
    that opens with a word of ``paid_for_leads``), and whose sentence, the one before or
    its section titles name the help (one of ``names``), is ``programme``'s, not that of
    the group it pays for (one of ``over``): 其中：特困人员2.35万人，按每人250元全额资助
    is medical assistance, not the 特困 roll."""

    word: str
    programme: str
    over: tuple[str, ...]
    names: tuple[str, ...]


@dataclass(frozen=True)
class RoleCue(Entry):
    """A word that makes a figure an earlier value, a change or a target. ``where`` is
    ``adjacent`` (right before the figure, fillers aside), ``compared`` (adjacent, after a
    comparison's lead in its clause: 比全市平均水平低18元, not 最高2万元), ``clause``
    (anywhere before it in its clause) or ``sentence`` (anywhere before it in its
    sentence: 力争全年募集500万元以上,新增社会工作者40名)."""

    word: str
    role: str
    where: str = "clause"
    paired: bool = False
    """An earlier value only where a change verb follows (由A提高到B; not 由民政局发放)."""


@dataclass(frozen=True)
class PeriodWord(Entry):
    """A period word and the months it covers; ``at`` names a date (年底), ``since`` runs
    to the end of the report's period (今年以来), ``start`` names the day a period starts,
    the first of its first month (今年起)."""

    word: str
    first: int
    last: int
    at: bool = False
    since: bool = False
    start: bool = False
    recent: int = 0
    """The last N months up to the date that governs the word (月发放 → 1, 季度发放 → 3)."""


DATE_ROLES = (
    "digit",
    "month",
    "day",
    "year_unit",
    "month_unit",
    "day_unit",
    "part",
    "end",
    "start",
    "upto",
    "upto_after",
    "from",
    "from_after",
    "since",
    "range",
    "this_year",
    "next_year",
    "relative",
    "five_year",
    "plan_year",
    "plan_end",
    "season",
    "every",
    "duration",
    "first_months",
    "month_count",
)
"""The roles of the date words (see `DateWord`)."""


@dataclass(frozen=True)
class DateWord(Entry):
    """A word of the date grammar and its role in it:

    - digit: a digit of a year written in Chinese (二〇二四年); ``value`` is the digit
    - month: a month written in Chinese (十二月); ``value`` is the month
    - day: a day of the month written in Chinese (十五日); ``value`` is the day
    - year_unit, month_unit, day_unit: what follows a year (年, 年度), a month (月, 月份),
      a day (日, 号)
    - part: a part of a month (上旬); ``value`` and ``last`` are its first and last day
    - end: the end of a month (6月底), a value up to that date; start: its start (7月初),
      the month still
    - upto: before a date, up to it (截至6月底); upto_after: after a date, up to it, a
      deadline (7月底前完成); from: before a date, from it on (自7月1日);
      from_after: after a date, from it on (7月1日起); since: after a date or a year, since
      then (2023年以来)
    - range: between the two months of a range (1至6月)
    - this_year, next_year: before the first and the second month of a range that runs
      past the year's end (今年12月至次年5月: December of the year to May of the next)
    - relative: a year counted from the report's (去年); ``value`` is the shift in years,
      ``same`` keeps the report's months (去年同期)
    - five_year: a five-year plan (十四五); ``value`` is its first year
    - plan_year: after a five-year plan, one year of it (“十三五”开局之年); ``value`` is
      its place in the plan, 0 to 4
    - plan_end: after a five-year plan, its end (“十三五”末): a value at the end of its
      last year
    - season: a season that runs past the year's end (冬春: ``value`` its first month,
      ``last`` its last, of the next year), after a span of two years (2014—2015年度冬春)
      or a word of this year (本年度冬春)
    - every: before a period word of payment, a frequency (每月发放, 按季度发放), no period
    - duration: before a one-month word of payment, a span of months (连续3个月发放), no
      period
    """

    word: str
    role: str
    value: int = 0
    last: int = 0
    same: bool = False

    @property
    def slug(self) -> str:
        # One word may play two roles (一 is a digit and a month): ids are role:word.
        return f"{self.role}:{self.word}"


@dataclass(frozen=True)
class TableSpec:
    """What a table holds and in which stage it is read."""

    name: str
    stage: str
    entry: type[Entry]


def _specs() -> dict[str, TableSpec]:
    table: list[tuple[str, str, type[Entry]]] = [
        ("running_header_words", "layout", Word),
        ("bullets", "layout", Word),
        ("site_notices", "layout", Word),
        ("page_footers", "layout", Footer),
        ("heading_markers", "sections", Marker),
        ("section_title_words", "sections", Word),
        ("kinds", "figures", KindEntry),
        ("unit_checks", "figures", UnitCheck),
        ("units", "figures", UnitRule),
        ("magnitudes", "figures", Magnitude),
        ("unit_blockers", "figures", Blocker),
        ("unit_unblockers", "figures", Blocker),
        ("per_words", "figures", Basis),
        ("numeral_chars", "figures", NumeralChar),
        ("domains", "meaning", Domain),
        ("programmes", "meaning", ProgrammeEntry),
        ("area_words", "meaning", AreaWord),
        ("count_cues", "meaning", MeasureCue),
        ("money_cues", "meaning", MeasureCue),
        ("rate_cues", "meaning", MeasureCue),
        ("bed_cues", "meaning", MeasureCue),
        ("couple_cues", "meaning", MeasureCue),
        ("role_cues", "meaning", RoleCue),
        ("funds_words", "meaning", FundsWord),
        ("domain_money_words", "meaning", FundsWord),
        ("receiver_words", "meaning", ReceiverWord),
        ("context_words", "meaning", ContextWord),
        ("paid_for_words", "meaning", PaidForWord),
        ("period_words", "meaning", PeriodWord),
        ("date_words", "meaning", DateWord),
    ]
    words = {
        "sections": "list_title_ends",
        "figures": (
            "rank_prefixes basis_leads basis_verbs deadline_ends surnames surname_verbs "
            "approx_before approx_after approx_blockers approx_inside approx_magnitude "
            "magnitude_leads milestone_words lone_counts range_separators rate_cues_before "
            "rate_cues_after "
            "range_total_words cap_words_after "
            "unit_rate_cues top_up_words change_verbs each_verbs per_marks subsidy_words "
            "total_words basis_ends grant_words grant_fund_nouns periods money_nouns bare_people "
            "marriage_words bed_words bed_goods bare_followers sheet_nouns business_nouns "
            "seat_nouns figure_fillers change_adverbs change_leads change_lead_ends "
            "rate_cue_blockers rate_cue_references compare_ends earlier_values parallel_frames "
            "parallel_items parallel_classes parallel_fillers parallel_blockers level_frames "
            "raise_to_words rate_part_words list_sum_words restate_leads multiple_ends"
        ),
        "subjects": (
            "people_nouns subject_leading subject_bound_words subject_bounds subject_trailing "
            "subject_empty subject_stop_verbs giving_verbs cause_verbs area_tails reach_verbs "
            "flow_verbs flow_qualifiers admission_verbs qualifying_words funding_bodies "
            "invest_verbs generic_funds slot_words payment_names subject_time_leads "
            "subject_time_words money_heads standard_words particles per_classifiers age_units "
            "conjunctions tail_words recipient_marks comparison_more_words place_heads"
        ),
        "meaning": (
            "change_words comparison_words rise_words fall_words beneficiary_words "
            "beneficiary_blockers relative_marks scope_nouns age_marks population_nouns "
            "problem_words reference_fillers reference_tails rate_references multiple_words "
            "money_change_verbs "
            "money_change_nouns breakdown_words summary_words reference_words total_prefixes "
            "group_nouns plan_words plan_nouns plan_noun_ends plan_review_words area_free_names "
            "done_words budget_words opening_leads campaign_words term_words inspection_leads "
            "inspection_verbs event_leads training_words fund_nouns worker_words certified_words "
            "stock_words check_words "
            "roll_words now_words present_openers roll_marks level_words breadcrumb_marks "
            "standard_links average_bases part_helps part_rolls rollless_helps rollless_admits "
            "house_helps house_works cap_words threshold_leads threshold_tails threshold_people "
            "grant_levels cost_cues completion_words cue_names review_words congress_bodies "
            "congress_leads congress_terms issue_words role_blockers trained_programmes "
            "population_programmes linkage_programmes care_modes care_mode_owners resident_groups "
            "resident_programmes workforce_programmes change_heads staff_blockers member_nouns "
            "sum_leads recipient_splits sample_words title_wrappers population_verbs "
            "appendix_marks opening_ends subset_marks reason_words goal_words paid_for_leads "
            "couple_programmes helped_programmes helping_programmes other_count_cues "
            "trained_cadres population_links attribute_marks resident_nouns staff_nouns "
            "staff_links survey_words visit_words same_day_words target_nouns bracket_targets "
            "target_tails target_tail_links about_words generic_place_names recipient_nouns "
            "site_words site_works work_sites fund_programmes place_stop_names posting_words "
            "session_reports report_words title_report_words organ_words organ_ordinals "
            "place_suffixes place_stop_chars town_suffixes staff_suffixes list_words filler_words "
            "percent_fillers period_fillers cohort_words numbered_names population_groups "
            "plan_leads gap_leads gap_marks shortfall_leads need_leads reach_leads "
            "period_joins site_nouns stock_totals roll_leads roll_services "
            "whole_leads have_words compare_leads etc_words need_marks whole_marks admission_marks "
            "admission_stops sequel_marks sequel_stops cause_exits admitted_leads setup_words "
            "build_words setup_stops alone_relatives purchase_words cause_opens cause_closes "
            "frame_opens frame_closes cue_time_marks cue_first_marks finding_leads finding_objects "
            "recipient_frames unified_areas completion_stops near_completion_words "
            "budget_part_cues season_year_words helper_nouns intake_marks respectively_words "
            "redaction_marks place_leads purpose_verbs annual_words monthly_words caption_marks "
            "zone_names midyear_words whole_names enrolment_schemes enrolment_verbs "
            "enrolment_helps enrolment_joins enrolment_tails place_counters goods_values "
            "gift_words gift_leads gift_lead_stops fund_sources weak_money_cues fund_name_heads "
            "weak_count_cues found_count_cues basis_words rural_people own_help_nouns "
            "eligible_words estimate_words estimate_needs target_labels delivery_cues "
            "year_start_words visiting_programmes title_helped title_helps roll_helps frame_rolls "
            "sum_stops average_marks cohort_joins notice_titles help_heads registration_words "
            "area_free_staff name_opening_stops keeping_marks question_marks allocation_words"
        ),
    }
    for stage, names in words.items():
        table.extend((name, stage, Word) for name in names.split())
    return {name: TableSpec(name, stage, entry) for name, stage, entry in table}


TABLES: Mapping[str, TableSpec] = _specs()
"""Every table the engine reads, by name."""

_V = TypeVar("_V")


class _View(Generic[_V]):
    """A typed, cached view of one table in the shape the engine reads it."""

    def __init__(self, build: Callable[[tuple[Any, ...]], _V], table: str | None = None) -> None:
        self.build = build
        self.table = table

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        self.table = self.table or name

    def __get__(self, rules: Rules, owner: type | None = None) -> _V:
        views: dict[str, Any] = rules.__dict__.setdefault("_views", {})
        if self.name not in views:
            views[self.name] = self.build(rules.table(cast(str, self.table)))
        return cast(_V, views[self.name])


def _words(entries: tuple[Word, ...]) -> tuple[str, ...]:
    return tuple(e.word for e in entries)


def _word_view() -> _View[tuple[str, ...]]:
    return _View(_words)


@dataclass(frozen=True)
class Rules:
    """A validated rule set: named tables of entries. Build one with `default`,
    `from_file`, `extend` or `remove`; pass it to ``extract(text, rules=...)``."""

    tables: tuple[tuple[str, tuple[Entry, ...]], ...]
    docs: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    """One line per table saying what it is for (from the data files)."""

    # Views the engine reads; each is built once per rule set.
    units = _View[tuple[UnitRule, ...]](tuple)
    unit_checks = _View[tuple[UnitCheck, ...]](tuple)
    kinds = _View[tuple[Kind, ...]](lambda es: tuple(e.kind for e in es))
    magnitudes = _View[tuple[tuple[str, int], ...]](
        lambda es: tuple((e.word, e.factor) for e in es)
    )
    unit_blockers = _View[tuple[tuple[str, str], ...]](
        lambda es: tuple((e.unit, e.after) for e in es)
    )
    unit_unblockers = _View[tuple[tuple[str, str], ...]](
        lambda es: tuple((e.unit, e.after) for e in es)
    )
    per_words = _View[tuple[tuple[str, str], ...]](lambda es: tuple((e.word, e.basis) for e in es))
    numeral_chars = _View[tuple[NumeralChar, ...]](tuple)
    heading_markers = _View[tuple[Marker, ...]](tuple)
    section_markers = _View[tuple[tuple[str, str], ...]](
        lambda es: tuple((e.family, e.pattern) for e in es), "heading_markers"
    )
    family_rank = _View[tuple[str, ...]](
        lambda es: tuple(e.family for e in sorted(es, key=lambda e: e.rank)), "heading_markers"
    )
    surnames = _View[str](lambda es: "".join(_words(es)))
    surname_verbs = _word_view()
    running_header_words = _word_view()
    bullets = _word_view()
    site_notices = _word_view()
    page_footers = _View[tuple[Footer, ...]](tuple)
    section_title_words = _word_view()
    rank_prefixes = _word_view()
    basis_leads = _word_view()
    basis_verbs = _word_view()
    deadline_ends = _word_view()
    approx_before = _word_view()
    approx_after = _word_view()
    approx_blockers = _word_view()
    approx_inside = _word_view()
    approx_magnitude = _word_view()
    restate_leads = _word_view()
    multiple_ends = _word_view()
    magnitude_leads = _word_view()
    milestone_words = _word_view()
    lone_counts = _word_view()
    range_separators = _word_view()
    rate_cues_before = _word_view()
    rate_cues_after = _word_view()
    range_total_words = _word_view()
    cap_words_after = _word_view()
    unit_rate_cues = _word_view()
    top_up_words = _word_view()
    rate_part_words = _word_view()
    list_sum_words = _word_view()
    change_verbs = _word_view()
    each_verbs = _word_view()
    subsidy_words = _word_view()
    total_words = _word_view()
    basis_ends = _word_view()
    grant_words = _word_view()
    grant_fund_nouns = _word_view()
    periods = _word_view()
    money_nouns = _word_view()
    marriage_words = _word_view()
    bed_words = _word_view()
    bed_goods = _word_view()
    bare_followers = _word_view()
    bare_people = _word_view()
    sheet_nouns = _word_view()
    business_nouns = _word_view()
    seat_nouns = _word_view()
    figure_fillers = _word_view()
    change_adverbs = _word_view()
    change_leads = _word_view()
    change_lead_ends = _word_view()
    rate_cue_blockers = _word_view()
    people_nouns = _word_view()
    subject_leading = _word_view()
    subject_bound_words = _word_view()
    subject_bounds = _word_view()
    subject_trailing = _word_view()
    subject_empty = _word_view()
    subject_stop_verbs = _word_view()
    giving_verbs = _word_view()
    cause_verbs = _word_view()
    area_tails = _word_view()
    reach_verbs = _word_view()
    flow_verbs = _word_view()
    flow_qualifiers = _word_view()
    admission_verbs = _word_view()
    qualifying_words = _word_view()
    funding_bodies = _word_view()
    invest_verbs = _word_view()
    generic_funds = _word_view()
    slot_words = _word_view()
    place_heads = _word_view()
    payment_names = _word_view()
    subject_time_leads = _word_view()
    subject_time_words = _word_view()
    money_heads = _word_view()
    standard_words = _word_view()
    particles = _word_view()
    per_classifiers = _word_view()
    age_units = _word_view()
    conjunctions = _word_view()
    tail_words = _word_view()
    recipient_marks = _word_view()
    comparison_more_words = _word_view()
    domains = _View[tuple[Domain, ...]](tuple)
    programmes = _View[tuple[ProgrammeEntry, ...]](tuple)
    area_words = _View[tuple[AreaWord, ...]](tuple)
    count_cues = _View[tuple[MeasureCue, ...]](tuple)
    money_cues = _View[tuple[MeasureCue, ...]](tuple)
    rate_cues = _View[tuple[MeasureCue, ...]](tuple)
    bed_cues = _View[tuple[MeasureCue, ...]](tuple)
    couple_cues = _View[tuple[MeasureCue, ...]](tuple)
    role_cues = _View[tuple[RoleCue, ...]](tuple)
    funds_words = _View[tuple[FundsWord, ...]](tuple)
    domain_money_words = _View[tuple[FundsWord, ...]](tuple)
    receiver_words = _View[tuple[ReceiverWord, ...]](tuple)
    context_words = _View[tuple[ContextWord, ...]](tuple)
    paid_for_words = _View[tuple[PaidForWord, ...]](tuple)
    period_words = _View[tuple[PeriodWord, ...]](tuple)
    change_words = _word_view()
    comparison_words = _word_view()
    rise_words = _word_view()
    fall_words = _word_view()
    breakdown_words = _word_view()
    beneficiary_words = _word_view()
    beneficiary_blockers = _word_view()
    summary_words = _word_view()
    reference_words = _word_view()
    total_prefixes = _word_view()
    group_nouns = _word_view()
    need_marks = _word_view()
    whole_marks = _word_view()
    admission_marks = _word_view()
    admission_stops = _word_view()
    sequel_marks = _word_view()
    sequel_stops = _word_view()
    cause_exits = _word_view()
    setup_words = _word_view()
    build_words = _word_view()
    setup_stops = _word_view()
    alone_relatives = _word_view()
    purchase_words = _word_view()
    cause_opens = _word_view()
    cause_closes = _word_view()
    frame_opens = _word_view()
    frame_closes = _word_view()
    cue_time_marks = _word_view()
    cue_first_marks = _word_view()
    visiting_programmes = _word_view()
    title_helped = _word_view()
    frame_rolls = _word_view()
    title_helps = _word_view()
    roll_helps = _word_view()
    sum_stops = _word_view()
    average_marks = _word_view()
    cohort_joins = _word_view()
    finding_leads = _word_view()
    finding_objects = _word_view()
    recipient_frames = _word_view()
    unified_areas = _word_view()
    completion_stops = _word_view()
    near_completion_words = _word_view()
    budget_part_cues = _word_view()
    season_year_words = _word_view()
    helper_nouns = _word_view()
    intake_marks = _word_view()
    plan_words = _word_view()
    plan_nouns = _word_view()
    plan_noun_ends = _word_view()
    plan_review_words = _word_view()
    area_free_names = _word_view()
    done_words = _word_view()
    budget_words = _word_view()
    purpose_verbs = _word_view()
    annual_words = _word_view()
    notice_titles = _word_view()
    help_heads = _word_view()
    registration_words = _word_view()
    area_free_staff = _word_view()
    name_opening_stops = _word_view()
    question_marks = _word_view()
    allocation_words = _word_view()
    monthly_words = _word_view()
    caption_marks = _word_view()
    zone_names = _word_view()
    opening_leads = _word_view()
    campaign_words = _word_view()
    term_words = _word_view()
    inspection_leads = _word_view()
    inspection_verbs = _word_view()
    event_leads = _word_view()
    training_words = _word_view()
    fund_nouns = _word_view()
    grant_levels = _word_view()
    cost_cues = _word_view()
    completion_words = _word_view()
    cue_names = _word_view()
    worker_words = _word_view()
    certified_words = _word_view()
    stock_words = _word_view()
    check_words = _word_view()
    list_title_ends = _word_view()
    compare_ends = _word_view()
    earlier_values = _word_view()
    parallel_frames = _word_view()
    parallel_items = _word_view()
    parallel_classes = _word_view()
    rate_cue_references = _word_view()
    parallel_fillers = _word_view()
    parallel_blockers = _word_view()
    level_frames = _word_view()
    raise_to_words = _word_view()
    subset_marks = _word_view()
    reason_words = _word_view()
    goal_words = _word_view()
    paid_for_leads = _word_view()
    session_reports = _word_view()
    roll_words = _word_view()
    now_words = _word_view()
    present_openers = _word_view()
    threshold_leads = _word_view()
    threshold_tails = _word_view()
    threshold_people = _word_view()
    roll_marks = _word_view()
    standard_links = _word_view()
    average_bases = _word_view()
    part_helps = _word_view()
    part_rolls = _word_view()
    rollless_helps = _word_view()
    rollless_admits = _word_view()
    house_helps = _word_view()
    house_works = _word_view()
    level_words = _word_view()
    breadcrumb_marks = _word_view()
    cap_words = _word_view()
    trained_programmes = _word_view()
    couple_programmes = _word_view()
    helped_programmes = _word_view()
    site_works = _word_view()
    fund_programmes = _word_view()
    work_sites = _word_view()
    helping_programmes = _word_view()
    other_count_cues = _word_view()
    attribute_marks = _word_view()
    resident_nouns = _word_view()
    trained_cadres = _word_view()
    population_links = _word_view()
    staff_nouns = _word_view()
    staff_links = _word_view()
    enrolment_schemes = _word_view()
    enrolment_verbs = _word_view()
    enrolment_helps = _word_view()
    enrolment_joins = _word_view()
    enrolment_tails = _word_view()
    place_counters = _word_view()
    goods_values = _word_view()
    gift_words = _word_view()
    gift_leads = _word_view()
    gift_lead_stops = _word_view()
    fund_sources = _word_view()
    weak_money_cues = _word_view()
    fund_name_heads = _word_view()
    weak_count_cues = _word_view()
    found_count_cues = _word_view()
    keeping_marks = _word_view()
    basis_words = _word_view()
    rural_people = _word_view()
    own_help_nouns = _word_view()
    eligible_words = _word_view()
    estimate_words = _word_view()
    estimate_needs = _word_view()
    target_labels = _word_view()
    delivery_cues = _word_view()
    year_start_words = _word_view()
    resident_groups = _word_view()
    resident_programmes = _word_view()
    workforce_programmes = _word_view()
    admitted_leads = _word_view()
    survey_words = _word_view()
    visit_words = _word_view()
    recipient_nouns = _word_view()
    site_words = _word_view()
    same_day_words = _word_view()
    about_words = _word_view()
    generic_place_names = _word_view()
    target_nouns = _word_view()
    bracket_targets = _word_view()
    target_tails = _word_view()
    target_tail_links = _word_view()
    population_programmes = _word_view()
    linkage_programmes = _word_view()
    care_modes = _word_view()
    care_mode_owners = _word_view()
    change_heads = _word_view()
    staff_blockers = _word_view()
    member_nouns = _word_view()
    sum_leads = _word_view()
    recipient_splits = _word_view()
    sample_words = _word_view()
    title_wrappers = _word_view()
    population_verbs = _word_view()
    appendix_marks = _word_view()
    review_words = _word_view()
    congress_bodies = _word_view()
    congress_leads = _word_view()
    congress_terms = _word_view()
    issue_words = _word_view()
    role_blockers = _word_view()
    opening_ends = _word_view()
    relative_marks = _word_view()
    scope_nouns = _word_view()
    age_marks = _word_view()
    population_nouns = _word_view()
    problem_words = _word_view()
    reference_fillers = _word_view()
    rate_references = _word_view()
    reference_tails = _word_view()
    multiple_words = _word_view()
    money_change_verbs = _word_view()
    money_change_nouns = _word_view()
    report_words = _word_view()
    title_report_words = _word_view()
    organ_words = _word_view()
    organ_ordinals = _word_view()
    place_suffixes = _word_view()
    place_stop_chars = _word_view()
    place_stop_names = _word_view()
    posting_words = _word_view()
    town_suffixes = _word_view()
    staff_suffixes = _word_view()
    date_words = _View[tuple[DateWord, ...]](tuple)
    list_words = _word_view()
    midyear_words = _word_view()
    whole_names = _word_view()
    filler_words = _word_view()
    percent_fillers = _word_view()
    period_fillers = _word_view()
    cohort_words = _word_view()
    numbered_names = _word_view()
    population_groups = _word_view()
    plan_leads = _word_view()
    gap_leads = _word_view()
    gap_marks = _word_view()
    shortfall_leads = _word_view()
    need_leads = _word_view()
    reach_leads = _word_view()
    period_joins = _word_view()
    site_nouns = _word_view()
    stock_totals = _word_view()
    roll_leads = _word_view()
    roll_services = _word_view()
    whole_leads = _word_view()
    have_words = _word_view()
    compare_leads = _word_view()
    etc_words = _word_view()
    respectively_words = _word_view()
    redaction_marks = _word_view()
    place_leads = _word_view()
    per_marks = _word_view()

    def dates(self, role: str) -> tuple[DateWord, ...]:
        """The date words of one role (``DATE_ROLES``), in table order."""
        by_role: dict[str, tuple[DateWord, ...]] | None = self.__dict__.get("_dates")
        if by_role is None:
            by_role = {r: tuple(d for d in self.date_words if d.role == r) for r in DATE_ROLES}
            self.__dict__["_dates"] = by_role
        return by_role[role]

    def __hash__(self) -> int:
        # Engines cache their compiled form per rule set; hash the tables once.
        cached: int | None = self.__dict__.get("_hash")
        if cached is None:
            cached = hash(self.tables)
            object.__setattr__(self, "_hash", cached)
        return cached

    # ---------------------------------------------------------------- access

    def table(self, name: str) -> tuple[Any, ...]:
        """The entries of table ``name``, in order."""
        index: dict[str, tuple[Entry, ...]] = self.__dict__.get("_index") or dict(self.tables)
        self.__dict__["_index"] = index
        try:
            return index[name]
        except KeyError:
            raise RulesError(f"no rule table {name!r}; known tables: {sorted(TABLES)}") from None

    def rule(self, rule_id: str) -> Entry:
        """The entry with this id (``money_nouns:资金``)."""
        ids: dict[str, Entry] | None = self.__dict__.get("_ids")
        if ids is None:
            ids = {e.id: e for _, entries in self.tables for e in entries}
            self.__dict__["_ids"] = ids
        try:
            return ids[rule_id]
        except KeyError:
            raise RulesError(f"no rule with id {rule_id!r}") from None

    def ids(self, table: str) -> Mapping[str, str]:
        """The id of each entry of ``table`` by its key (``ids("money_nouns")["资金"]`` is
        ``money_nouns:资金``), for evidence."""
        cached: dict[str, Mapping[str, str]] = self.__dict__.setdefault("_entry_ids", {})
        if table not in cached:
            cached[table] = {e.slug: e.id for e in self.table(table)}
        return cached[table]

    def doc(self, table: str) -> str:
        """What ``table`` is for."""
        self.table(table)
        return dict(self.docs).get(table, "")

    def kind(self, name: str) -> Kind:
        """The kind called ``name``."""
        for k in self.kinds:
            if k.name == name:
                return k
        raise RulesError(f"no kind {name!r}; kinds: {[k.name for k in self.kinds]}")

    # ---------------------------------------------------------------- building

    @staticmethod
    def default() -> Rules:
        """The shipped rule set (``data/rules/*.toml``), loaded once."""
        return _default()

    @classmethod
    def from_data(cls, data: Mapping[str, Any], *, base: Rules | None = None) -> Rules:
        """A rule set from plain data shaped like the files (``{stage: {table: {doc,
        entries}}}``). Tables missing from ``data`` come from ``base``; without a base,
        every table must be there."""
        raw = _raw_tables(data)
        missing = sorted(set(TABLES) - set(raw))
        if missing and base is None:
            raise RulesError(
                f"rule tables missing: {missing}; start from a complete set "
                "(Rules.default().to_file(path)) or pass base=Rules.default()"
            )
        docs = dict(base.docs) if base is not None else {}
        tables: dict[str, tuple[Entry, ...]] = {}
        kinds_raw = raw.get("kinds")
        kinds = (
            _entries("kinds", kinds_raw[1], {})
            if kinds_raw is not None
            else cast(Rules, base).table("kinds")
        )
        kind_of = {cast(KindEntry, k).name: cast(KindEntry, k).kind for k in kinds}
        for name in TABLES:
            if name in raw:
                docs[name] = raw[name][0] or docs.get(name, "")
                tables[name] = kinds if name == "kinds" else _entries(name, raw[name][1], kind_of)
            else:
                tables[name] = cast(Rules, base).table(name)
        return _checked(cls(tuple(tables.items()), tuple(docs.items())))

    @classmethod
    def from_file(cls, path: str | Path, *, base: Rules | None = None) -> Rules:
        """Load a rule set from a ``.toml`` or ``.json`` file (the shape `to_file` writes).
        The tables of the file replace those of ``base`` (see `with_file` to add to them);
        an error names the file and the entry."""
        p = Path(path)
        data = _read_file(p)
        with _naming(p):
            return cls.from_data(data, base=base)

    @staticmethod
    def packs() -> tuple[str, ...]:
        """The names of the rule packs shipped in the package (``data/rules/packs/``):
        optional rule files, off by default, that `with_pack` adds to a rule set."""
        return tuple(sorted(_packs()))

    def with_pack(self, name: str) -> Rules:
        """A copy with the shipped pack ``name`` (one of `packs`) added, as `with_file`
        adds a file: ``Rules.default().with_pack("institutions")`` counts care homes,
        stations and other institutions (12所养老机构) as the kind ``institutions``."""
        found = _packs().get(name)
        if found is None:
            close = difflib.get_close_matches(name, _packs(), n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            raise RulesError(f"unknown rule pack {name!r}; {hint}known packs: {list(self.packs())}")
        return self.with_file(found)

    def with_file(self, path: str | Path) -> Rules:
        """A copy with the entries of a rules file (a pack: the shape `to_file` writes,
        with only the tables it adds to) appended to this set's tables, kinds first.
        An entry the set already has is kept once; one with the same key but other
        fields is an error, as is any invalid entry: the message names the file."""
        p = Path(path)
        data = _read_file(p)
        with _naming(p):
            raw = _raw_tables(data)
            return self.extend(**{name: entries for name, (_, entries) in raw.items()})

    def to_data(self) -> dict[str, Any]:
        """Plain data in the file shape: ``{stage: {table: {doc, entries}}}``."""
        out: dict[str, Any] = {"format": FORMAT}
        docs = dict(self.docs)
        for name, entries in self.tables:
            stage = out.setdefault(TABLES[name].stage, {})
            stage[name] = {"doc": docs.get(name, ""), "entries": [_plain(e) for e in entries]}
        return out

    def to_file(self, path: str | Path) -> None:
        """Write the rule set as TOML (``.toml``) or JSON (``.json``)."""
        p = Path(path)
        data = self.to_data()
        if p.suffix == ".json":
            p.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        elif p.suffix == ".toml":
            import tomli_w

            p.write_text(tomli_w.dumps(data, multiline_strings=False), encoding="utf-8")
        else:
            raise RulesError(f"{p}: write rules to a .toml or .json file")

    def extend(self, **tables: Iterable[Any]) -> Rules:
        """A copy with entries appended to the named tables (an entry already there is
        kept once; one with the same key but other fields is an error: change it with
        `amend`). Entries are words, dicts shaped like the file's, or entry records."""
        kind_of = {k.name: k for k in self.kinds}
        if "kinds" in tables:
            new_kinds = _entries("kinds", _listed("kinds", tables["kinds"]), {})
            kind_of |= {cast(KindEntry, k).name: cast(KindEntry, k).kind for k in new_kinds}
        merged = dict(self.tables)
        for name, extra in tables.items():
            _spec(name, "extend")
            current = merged[name]
            have = {e.slug: e for e in current}
            added = []
            for e in _entries(name, _listed(name, extra), kind_of):
                old = have.get(e.slug)
                if old is None:
                    added.append(e)
                elif old != e:
                    raise RulesError(
                        f"{TABLES[name].stage}.{name} {e.slug!r}: the rule set already "
                        f"has {old.id} with other fields; change it with "
                        f"rules.amend({old.id!r}, ...), or remove it first "
                        f"(rules.remove({name}=[{e.slug!r}])), or leave it out"
                    )
            merged[name] = current + tuple(added)
        return _checked(Rules(tuple(merged.items()), self.docs))

    def amend(self, rule_id: str, **changes: Any) -> Rules:
        """A copy with one entry changed: list fields get the given items appended (a
        synonym for a programme: ``amend("programmes:condolence", words=["暖心券"])``),
        other fields are replaced. The entry keeps its place and id."""
        entry = self.rule(rule_id)
        table = rule_id.split(":", 1)[0]
        spec = _spec(table, "amend")
        names = {f.name for f in fields(entry)} - {"id"}
        unknown = sorted(set(changes) - names)
        if unknown:
            raise RulesError(
                f"amend({rule_id!r}): unknown field(s) {unknown}; fields are {sorted(names)}"
            )
        values: dict[str, Any] = {f.name: getattr(entry, f.name) for f in fields(entry)}
        for name, new in changes.items():
            old = values[name]
            values[name] = (*old, *_listed(name, new)) if isinstance(old, tuple) else new
        if isinstance(entry, UnitRule):
            values["kind"] = values["kind"].name
        kind_of = {k.name: k for k in self.kinds}
        changed = _entry(spec, values, kind_of, f"{spec.stage}.{table} {rule_id!r}")
        merged = dict(self.tables)
        merged[table] = tuple(changed if e.id == rule_id else e for e in merged[table])
        return _checked(Rules(tuple(merged.items()), self.docs))

    def remove(self, **tables: Iterable[str]) -> Rules:
        """A copy without the named entries (given by key, e.g. the word, or by id)."""
        merged = dict(self.tables)
        for name, keys in tables.items():
            _spec(name, "remove")
            gone = set(_listed(name, keys))
            current = merged[name]
            unknown = sorted(gone - {e.slug for e in current} - {e.id for e in current})
            if unknown:
                raise RulesError(f"remove({name}=...): no entries {unknown} in {name}")
            merged[name] = tuple(e for e in current if e.slug not in gone and e.id not in gone)
        return _checked(Rules(tuple(merged.items()), self.docs))


# ---------------------------------------------------------------- loading and validation


def _raw_tables(data: Mapping[str, Any]) -> dict[str, tuple[str, list[Any]]]:
    """The tables of file-shaped data as ``{name: (doc, entries)}``, their shape checked."""
    unknown = sorted(set(data) - set(STAGES) - {"format"})
    if unknown:
        raise RulesError(f"unknown stage(s) {unknown}; stages are {list(STAGES)}")
    raw: dict[str, tuple[str, list[Any]]] = {}
    for stage in STAGES:
        for name, body in dict(data.get(stage) or {}).items():
            spec = TABLES.get(name)
            if spec is None:
                raise RulesError(f"{stage}.{name}: unknown table; known tables: {sorted(TABLES)}")
            if spec.stage != stage:
                raise RulesError(f"{stage}.{name}: this table belongs under [{spec.stage}]")
            if not isinstance(body, Mapping) or not isinstance(body.get("entries"), list):
                raise RulesError(f"{stage}.{name}: give the table as {{doc, entries = [...]}}")
            raw[name] = (str(body.get("doc", "")), body["entries"])
    return raw


@contextmanager
def _naming(path: Path) -> Iterator[None]:
    """Errors of the rules read from ``path`` name it first."""
    try:
        yield
    except RulesError as e:
        if str(e).startswith(f"{path}: "):
            raise
        raise RulesError(f"{path}: {e}") from None


def _spec(name: str, verb: str) -> TableSpec:
    spec = TABLES.get(name)
    if spec is None:
        close = difflib.get_close_matches(name, TABLES, n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        raise RulesError(f"{verb}(): unknown table {name!r}; {hint}known tables: {sorted(TABLES)}")
    return spec


def _listed(name: str, entries: Iterable[Any]) -> list[Any]:
    if isinstance(entries, str | bytes | Mapping | Entry):
        raise RulesError(
            f"{name}: give a list of entries, e.g. {name}=[{entries!r}], "
            "not a single entry (a string would be read as its characters)"
        )
    return list(entries)


def _entries(name: str, raw: list[Any], kinds: Mapping[str, Kind]) -> tuple[Entry, ...]:
    spec = TABLES[name]
    out: list[Entry] = []
    seen: set[str] = set()
    for i, item in enumerate(raw):
        entry = _entry(spec, item, kinds, f"{spec.stage}.{name} entry {i} ({item!r})")
        if entry.slug in seen:
            raise RulesError(f"{spec.stage}.{name}: {entry.slug!r} is listed twice; keep one")
        seen.add(entry.slug)
        out.append(entry)
    return tuple(out)


def _entry(spec: TableSpec, item: Any, kinds: Mapping[str, Kind], where: str) -> Entry:
    if isinstance(item, spec.entry):
        values = {f.name: getattr(item, f.name) for f in fields(item)}
    elif isinstance(item, str) and spec.entry is Word:
        values = {"word": item}
    elif isinstance(item, Mapping):
        values = dict(item)
    else:
        raise RulesError(f"{where}: expected {_shape(spec.entry)}")
    known = {f.name for f in fields(spec.entry)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise RulesError(f"{where}: unknown field(s) {unknown}; fields are {sorted(known)}")
    required = {f.name for f in fields(spec.entry) if f.default is MISSING} - {"kind"}
    missing = sorted(required - set(values))
    if spec.entry is UnitRule and "kind" not in values:
        missing.append("kind")
    if missing:
        raise RulesError(f"{where}: missing field(s) {missing}; expected {_shape(spec.entry)}")
    if spec.entry is UnitRule:
        values["kind"] = _kind(values["kind"], kinds, where)
    for f in fields(spec.entry):
        if f.name in values and "tuple[" in str(f.type):
            values[f.name] = _nested(spec.entry, f.name, values[f.name], where)
    try:
        entry = spec.entry(**values)
    except TypeError as e:
        raise RulesError(f"{where}: {e}; expected {_shape(spec.entry)}") from None
    for f in fields(entry):
        v = getattr(entry, f.name)
        want = {"str": str, "str | None": str, "int": int, "bool": bool}.get(str(f.type))
        if want is not None and v is not None and not isinstance(v, want):
            raise RulesError(f"{where}: {f.name} must be {want.__name__}, not {v!r}")
    if not entry.slug or entry.slug != entry.slug.strip():
        raise RulesError(f"{where}: the {entry.KEY} must be non-empty, without outer spaces")
    if not entry.id:
        object.__setattr__(entry, "id", f"{spec.name}:{entry.slug}")
    _check_entry(spec, entry, where)
    return entry


def _nested(entry: type[Entry], name: str, value: Any, where: str) -> tuple[Any, ...]:
    """A list field of an entry as a tuple: of words, or of records (``old_names``)."""
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise RulesError(f"{where}: {name} must be a list")
    record: type | None = getattr(entry, "NESTED", {}).get(name)
    out: list[Any] = []
    for item in value:
        if record is None:
            if not isinstance(item, str) or not item.strip():
                raise RulesError(f"{where}: {name} holds words (non-empty strings), not {item!r}")
            out.append(item)
        elif isinstance(item, record):
            out.append(item)
        elif isinstance(item, Mapping):
            try:
                out.append(record(**item))
            except TypeError as e:
                raise RulesError(f"{where}: {name} entry {dict(item)!r}: {e}") from None
        else:
            raise RulesError(f"{where}: {name} holds {{...}} records, not {item!r}")
    return tuple(out)


def _kind(value: Any, kinds: Mapping[str, Kind], where: str) -> Kind:
    if isinstance(value, Kind):
        value = value.name
    if value not in kinds:
        raise RulesError(
            f"{where}: unknown kind {value!r}; use one of {sorted(kinds)} or add the kind to "
            "the kinds table first"
        )
    return kinds[value]


def _check_entry(spec: TableSpec, entry: Entry, where: str) -> None:
    if isinstance(entry, Marker):
        try:
            compiled = regex.compile(entry.pattern)
        except regex.error as e:
            raise RulesError(f"{where}: pattern does not compile ({e})") from None
        if "n" not in compiled.groupindex:
            raise RulesError(f"{where}: the pattern needs a group (?P<n>...) for the number")
        if entry.numbering not in NUMBERINGS:
            raise RulesError(f"{where}: numbering must be one of {list(NUMBERINGS)}")
        if entry.example is not None and (
            compiled.match(entry.example) is None
            or (entry.opens and entry.example[0] not in entry.opens)
        ):
            raise RulesError(
                f"{where}: the example {entry.example!r} is no marker of the family "
                "(the pattern must match it, and opens must hold its first character)"
            )
        if entry.reject_after is not None:
            try:
                regex.compile(entry.reject_after)
            except regex.error as e:
                raise RulesError(f"{where}: reject_after does not compile ({e})") from None
    elif isinstance(entry, Footer):
        try:
            regex.compile(entry.compiled())
        except regex.error as e:
            raise RulesError(f"{where}: pattern does not compile ({e})") from None
        if "{N}" not in entry.pattern:
            raise RulesError(f"{where}: a footer pattern holds the page number {{N}}")
        if entry.example is not None and regex.fullmatch(entry.compiled(), entry.example) is None:
            raise RulesError(f"{where}: the pattern does not match its example {entry.example!r}")
    elif isinstance(entry, NumeralChar):
        _check_numeral_char(entry, where)
    elif isinstance(entry, UnitRule | Magnitude) and entry.factor <= 0:
        raise RulesError(f"{where}: factor must be a positive integer")
    elif isinstance(entry, ProgrammeEntry) and entry.counts not in MEASURES:
        raise RulesError(f"{where}: counts must be one of {list(MEASURES)}")
    elif isinstance(entry, ProgrammeEntry) and entry.amounts not in MEASURES:
        raise RulesError(f"{where}: amounts must be one of {list(MEASURES)}")
    elif isinstance(entry, MeasureCue) and not {entry.measure, entry.after or "other"} <= set(
        MEASURES
    ):
        raise RulesError(f"{where}: measure and after must be one of {list(MEASURES)}")
    elif isinstance(entry, RoleCue) and (entry.role not in ROLES or entry.where not in _WHERE):
        raise RulesError(f"{where}: role must be one of {list(ROLES)}, where one of {_WHERE}")
    elif isinstance(entry, AreaWord) and entry.area not in AREAS:
        raise RulesError(f"{where}: area must be one of {list(AREAS)}")
    elif isinstance(entry, PeriodWord) and not 1 <= entry.first <= entry.last <= 12:
        raise RulesError(f"{where}: months must satisfy 1 <= first <= last <= 12")
    elif isinstance(entry, DateWord):
        _check_date_word(entry, where)


def _check_numeral_char(entry: NumeralChar, where: str) -> None:
    if entry.role not in NUMERAL_ROLES:
        raise RulesError(f"{where}: role must be one of {list(NUMERAL_ROLES)}")
    if len(entry.word) != 1:
        raise RulesError(f"{where}: a numeral character is one character, not {entry.word!r}")
    allowed = {
        "digit": range(10),
        "small_unit": (10, 100, 1000),
        "big_unit": (10**4, 10**8),
    }.get(entry.role, (0,))
    if entry.value not in allowed:
        raise RulesError(f"{where}: a {entry.role} has a value in {list(allowed)}")
    if not entry.alone and entry.role != "digit":
        raise RulesError(f"{where}: only a digit can be marked alone = false")


def _check_date_word(entry: DateWord, where: str) -> None:
    if entry.role not in DATE_ROLES:
        raise RulesError(f"{where}: role must be one of {list(DATE_ROLES)}")
    bounds = {
        "digit": (0, 9),
        "month": (1, 12),
        "day": (1, 31),
        "part": (1, 31),
        "relative": (-9, 9),
        "five_year": (1900, 2100),
        "plan_year": (0, 4),
    }.get(entry.role)
    if bounds is not None and not bounds[0] <= entry.value <= bounds[1]:
        raise RulesError(f"{where}: a {entry.role} word needs {bounds[0]} <= value <= {bounds[1]}")
    if entry.role == "season" and not (entry.last < entry.value <= 12 and entry.last >= 1):
        raise RulesError(
            f"{where}: a season past the year's end needs 1 <= last < value <= 12 (its months)"
        )
    if entry.role == "part" and not entry.value <= entry.last <= 31:
        raise RulesError(f"{where}: a part of a month needs value <= last <= 31 (its days)")


_WHERE = ("adjacent", "compared", "clause", "sentence")


def _checked(rules: Rules) -> Rules:
    """Checks across tables, once the set is complete."""
    checks = {c.name: c for c in rules.unit_checks}
    for u in rules.units:
        if u.needs is not None and u.needs not in checks:
            raise RulesError(
                f"figures.units {u.word!r}: unknown check needs={u.needs!r}; "
                f"use one of {sorted(checks)} (the unit_checks table) or none"
            )
    for c in rules.unit_checks:
        _check_unit_check(c, checks)
    keys = {p.key for p in rules.programmes}
    domains = {d.key for d in rules.domains}
    for p in rules.programmes:
        if p.domain not in domains:
            raise RulesError(
                f"meaning.programmes {p.key!r}: unknown domain {p.domain!r}; "
                f"domains are {sorted(domains)}"
            )
    for d in rules.domains:
        if d.general not in keys:
            raise RulesError(f"meaning.domains {d.key!r}: general {d.general!r} is no programme")
    for f in (*rules.funds_words, *rules.domain_money_words):
        if f.programme not in keys:
            raise RulesError(f"meaning.{f.id}: programme {f.programme!r} is no programme key")
    for name in ("receiver_words", "context_words"):
        for r in cast(tuple[ReceiverWord | ContextWord, ...], rules.table(name)):
            for key in (r.programme, r.over):
                if key not in keys:
                    raise RulesError(f"meaning.{name} {r.word!r}: {key!r} is no programme key")
    for pf in rules.paid_for_words:
        stray = sorted({pf.programme, *pf.over} - keys)
        if stray:
            raise RulesError(f"meaning.paid_for_words {pf.word!r}: {stray} are no programme keys")
    named = {
        p.key: {*p.words, *p.groups, *p.generic, *(o.word for o in p.old_names)}
        for p in rules.programmes
    }
    for cw in rules.context_words:
        unknown = sorted(set(cw.words) - named[cw.over])
        if unknown:
            raise RulesError(
                f"meaning.context_words {cw.word!r}: {unknown} are no words of {cw.over!r}; "
                "add them to that programme or leave them out"
            )
    for table in (
        "trained_programmes",
        "population_programmes",
        "linkage_programmes",
        "couple_programmes",
        "helped_programmes",
        "helping_programmes",
        "care_mode_owners",
        "site_works",
        "work_sites",
        "title_helped",
        "title_helps",
        "roll_helps",
        "frame_rolls",
    ):
        stray = sorted(set(getattr(rules, table)) - keys)
        if stray:
            raise RulesError(
                f"meaning.{table}: {stray} are no programme keys; keys are {sorted(keys)}"
            )
    # Count cues that only count or check are read among the count cues found.
    cues = {c.word for c in rules.count_cues}
    for name in ("stock_words", "check_words", "roll_words"):
        loose = [w for w in rules.table(name) if cast(Word, w).word not in cues]
        if loose:
            raise RulesError(
                f"meaning.{name} {loose[0].slug!r}: no count cue; add it to count_cues too"
            )
    for name in ("approx_inside", "surnames", "recipient_marks"):
        long = [w for w in rules.table(name) if len(cast(Word, w).word) != 1]
        if long:
            raise RulesError(f"{name}: entries are single characters, not {long[0].slug!r}")
    _check_approx_marks(rules)
    return rules


def _check_approx_marks(rules: Rules) -> None:
    """Marks the figure reader could not use are refused, each saying why."""
    numeral = {c.word: c for c in rules.numeral_chars}
    for mark in rules.approx_inside:
        if mark in numeral:
            raise RulesError(
                f"figures.approx_inside {mark!r}: {mark} is a numeral character "
                f"({numeral[mark].id}), read as part of the numeral, and an unknown digit "
                "already makes a figure approximate; remove it from approx_inside"
            )
    for mark in rules.approx_after:
        if mark in rules.approx_inside:
            raise RulesError(
                f"figures.approx_after {mark!r}: a mark inside a figure (approx_inside) is read "
                "between numeral and unit; after the unit it starts the next word, so the "
                "reader cannot use it here; remove it"
            )


def _check_unit_check(c: UnitCheck, checks: Mapping[str, UnitCheck]) -> None:
    where = f"figures.unit_checks {c.name!r}"
    words = sorted(n for n, spec in TABLES.items() if spec.entry is Word)
    for name in c.tables:
        if name not in words:
            raise RulesError(f"{where}: {name!r} is no table of words; use one of {words}")
    wrong = sorted(set(c.where) - set(CHECK_PLACES))
    if wrong:
        raise RulesError(f"{where}: unknown place(s) {wrong}; where is a list of {CHECK_PLACES}")
    if (c.require or c.words) and not c.where:
        raise RulesError(f"{where}: say where the required words stand (where = [...])")
    if not 1 <= c.reach <= 12:
        raise RulesError(f"{where}: reach is a number of characters from 1 to 12")
    if c.step is not None and c.step not in CHECK_STEPS:
        raise RulesError(f"{where}: unknown step {c.step!r}; steps are {list(CHECK_STEPS)}")
    seen = {c.name}
    nxt = c.otherwise
    while nxt is not None:
        if nxt not in checks:
            raise RulesError(f"{where}: otherwise names no check {nxt!r}")
        if nxt in seen:
            raise RulesError(f"{where}: otherwise leads back to {nxt!r} (a loop)")
        seen.add(nxt)
        nxt = checks[nxt].otherwise


def _shape(entry: type[Entry]) -> str:
    names = [f.name for f in fields(entry) if f.name not in ("id", "example")]
    if entry is Word:
        return "a word (string) or {word = ...}"
    return "{" + ", ".join(f"{n} = ..." for n in names) + "} (id and example optional)"


def _plain(entry: Entry) -> Any:
    # Fields at their default are left out, as the shipped files leave them out.
    defaults = {f.name: f.default for f in fields(entry) if f.default is not MISSING}
    data = {
        k: list(v) if isinstance(v, tuple) else v
        for k, v in asdict(entry).items()
        if v is not None and not (k in defaults and v == defaults[k])
    }
    if isinstance(entry, UnitRule):
        data["kind"] = entry.kind.name
    if data.get("id") == f"{_table_of(entry)}:{entry.slug}":
        del data["id"]
    if isinstance(entry, Word) and set(data) == {"word"}:
        return entry.word
    return data


def _table_of(entry: Entry) -> str:
    return entry.id.split(":", 1)[0]


def _read_file(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise RulesError(f"{path}: cannot read rules ({e.strerror})") from None
    try:
        if path.suffix == ".json":
            loaded: dict[str, Any] = json.loads(raw)
        else:
            try:
                import tomllib
            except ImportError:  # Python 3.10
                import tomli as tomllib
            loaded = tomllib.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as e:
        raise RulesError(f"{path}: not valid {path.suffix[1:].upper() or 'TOML'} ({e})") from None
    fmt = loaded.get("format", FORMAT)
    if fmt != FORMAT:
        raise RulesError(f"{path}: format {fmt!r} is not {FORMAT!r}")
    return loaded


@cache
def _default() -> Rules:
    folder = resources.files("mzextract").joinpath("data/rules")
    data: dict[str, Any] = {}
    for stage in STAGES:
        part = folder.joinpath(f"{stage}.toml")
        if part.is_file():
            loaded = _read_file(Path(str(part)))
            data[stage] = loaded.get(stage, {})
    return Rules.from_data(data)


@cache
def _packs() -> dict[str, Path]:
    folder = resources.files("mzextract").joinpath("data/rules/packs")
    if not folder.is_dir():
        return {}
    return {
        Path(part.name).stem: Path(str(part))
        for part in folder.iterdir()
        if part.name.endswith(".toml")
    }


def _name_shipped_kinds() -> None:
    # Kind.MONEY and its siblings are the shipped kinds records, for code and docs.
    for k in _default().kinds:
        setattr(Kind, k.name.upper(), k)


_name_shipped_kinds()
