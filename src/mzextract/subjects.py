"""Subjects: the phrase that names what a figure counts or pays.

Reports name the thing either before the figure (城市低保75户, 发放救助资金13.2万元)
or after it (15名孤儿, 6.3万元机构责任险, 1000元的慰问金). A figure that names
nothing itself (月发放14.1万元 after 城市低保200户) shares the subject of the
figure before it in the same sentence.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import regex

from mzextract.clauses import (
    BLANKS,
    CELL_SEPARATORS,
    CLAUSE_BREAKS,
    EDGE_JUNK,
    LEFT_BREAKS,
    LINE_CLAUSE_BREAKS,
    LIST_MARKS,
    MONTH_DASHES,
    OPEN_BRACKETS,
    RIGHT_BREAKS,
    SENTENCE_BREAKS,
    SOFT_CANDIDATES,
    column_head,
    has_break,
    has_sentence_break,
    is_soft,
    last_break,
    longest_first,
    occurrences,
    strip_words,
)
from mzextract.figures import RawFigure
from mzextract.model import Kind, Subject, built
from mzextract.qualifiers import alternation, blocker_length_in, unwrapped, wrappable, wrappables
from mzextract.rules import Rules
from mzextract.sections import marker_pattern
from mzextract.units import noun_words


@dataclass(frozen=True)
class _Tables:
    """The subject tables of a rule set in the shape the reader uses, built once."""

    lead: regex.Pattern[str]
    trail: regex.Pattern[str]
    stop: frozenset[str]
    temporal: regex.Pattern[str]
    """A time phrase that opens a subject (截至6月底, 今年以来)."""
    temporal_end: regex.Pattern[str]
    """A date that ends a subject (提高到2020年的)."""
    per_phrase: regex.Pattern[str]
    """A trailing "per" phrase names the basis of a rate, not what is paid: 每个街道, 每人每年."""
    age_start: regex.Pattern[str]
    """129名80周岁以上老年人: an age tier may open the noun after a count."""
    joiners: regex.Pattern[str]
    """What may stand between two figures that share one subject (1486户2196人, 75户、86人)."""
    purpose_verbs: tuple[str, ...]
    """`meaning.purpose_verbs` (新建, 用于), longest first: what an invested amount is for."""
    qualifying: regex.Pattern[str]
    """A phrase before a count that only says the people qualify (符合条件, 因灾致贫): a
    word of `qualifying_words`, after a cause if any."""
    admission: regex.Pattern[str]
    """A verb of admission right after a count (纳入, 及时纳入), with the blanks before it."""
    flow: regex.Pattern[str]
    """A verb of a roll's flow, after a cause if any, that is all a count's phrase holds
    (退出, 因收入增加等原因退出): the count is of what the count before it names."""
    compared: regex.Pattern[str]
    """A comparison that is all that stands before a figure in its clause (比上年末净增,
    较去年同期分别增加, 比去年同期多救助): the figure counts what its base does."""
    fillers: tuple[str, ...]
    """Fillers and approximation marks between a verb and its figure (惠及约1065户)."""
    after_particle: tuple[str, ...]
    """A particle, alone or after a per phrase, that opens the payment after an amount
    (1000元的慰问金, 15元每人的标准)."""
    payment_heads: tuple[str, ...]
    """Money heads and standard words: a list of tiers that names one names a payment."""
    measure_words: tuple[str, ...]
    """Units whose figure counts the noun after them (``noun_after``: 名, 位, 户)."""
    # Word tables read for every figure, looked up once here.
    bound_words: tuple[str, ...]
    bounds: tuple[str, ...]
    approx_blockers: tuple[str, ...]
    giving_verbs: tuple[str, ...]
    cause_verbs: tuple[str, ...]
    area_tails: tuple[str, ...]
    counted_places: regex.Pattern[str]
    """A count of places and nothing more (全镇9个村, 16个乡镇): no name of what is counted."""
    tail_words: tuple[str, ...]
    particles: tuple[str, ...]
    long_nouns: tuple[str, ...]
    """People nouns of two characters or more."""
    stop_verbs: tuple[str, ...]
    stop_verbs_longest: tuple[str, ...]
    loose_verbs_longest: tuple[str, ...]
    """Stop verbs and empty words, longest first (what `_loose_right` skips)."""
    not_nouns: tuple[str, ...]
    """Stop verbs and verbs of change: a phrase after a count that starts with one is none."""
    conjunctions: tuple[str, ...]
    phrase_tails: tuple[str, ...]
    """Words a phrase after a figure does not end with: those of `etc_words` and the
    conjunctions, longest first."""
    standard_words: tuple[str, ...]
    money_heads: tuple[str, ...]
    generic_funds: tuple[str, ...]
    slot_words: frozenset[str]
    place_heads: frozenset[str]
    place_rows: tuple[str, ...]
    """Last characters of places' names: a table row labelled by a place (月湖区) says where."""
    right_stop: regex.Pattern[str]
    """Where the run of text after a figure may stop: a break or a list mark."""
    # The characters a match of ``lead``, ``temporal`` and ``trail`` must start or end
    # with, so that most phrases skip the pattern (None: no such test for these tables).
    lead_firsts: frozenset[str] | None
    temporal_firsts: frozenset[str] | None
    """The first characters of the time phrase (its first alternative)."""
    since_firsts: frozenset[str] | None
    """The first characters of the since words, one of which the second alternative
    holds in the phrase's first nine characters."""
    trail_lasts: frozenset[str] | None
    date_digits: frozenset[str]
    """The digits a date is written with: ``temporal_end`` needs one."""
    per_firsts: frozenset[str] | None
    """The first characters of the per marks, one of which ``per_phrase`` needs."""


_DIGITS = tuple("0123456789０１２３４５６７８９")


def _firsts(words: tuple[str, ...]) -> frozenset[str] | None:
    """The first characters of ``words``; None if one is empty (it would match anywhere)."""
    return None if any(not w for w in words) else frozenset(w[0] for w in words)


@cache
def _tables(rules: Rules) -> _Tables:
    lead = longest_first(rules.subject_leading)
    # An approximation mark before the figure (受益群众超10万人次) is no part of the name.
    trail = longest_first(rules.subject_trailing + rules.approx_before)
    dates = {r: alternation(d.word for d in rules.dates(r)) for r in ("year_unit", "month_unit")}
    digits = "".join(d.word for d in rules.dates("digit"))
    year = f"(?:[0-9０-９]{{4}}|[{digits}]{{4}})(?:{dates['year_unit']})"
    ends = alternation(d.word for d in rules.dates("end"))
    parts = alternation(d.word for r in ("end", "start", "part") for d in rules.dates(r))
    days = alternation(d.word for d in rules.dates("day_unit"))
    seps = alternation(rules.range_separators)
    dashes = f"[{regex.escape(MONTH_DASHES)}]|{alternation(d.word for d in rules.dates('range'))}"
    month = f"[0-9０-９]{{1,2}}(?:{dates['month_unit']})"
    since_words = tuple(d.word for d in rules.dates("since"))
    # A cause that may open a phrase of flow or of qualifying (因收入增加等原因退出, 因灾致贫).
    cause = f"(?:(?:{alternation(rules.cause_opens)})[^，,。；;]{{1,16}}?)?"
    since = wrappables(since_words)
    time_firsts = _firsts(
        rules.subject_time_leads + rules.subject_time_words + tuple(digits) + _DIGITS + ("，", ",")
    )
    return _Tables(
        lead_firsts=_firsts(lead) if lead else None,
        temporal_firsts=time_firsts,
        since_firsts=_firsts(since_words),
        trail_lasts=_firsts(tuple(w[::-1] for w in trail)) if trail else None,
        date_digits=frozenset(digits + "".join(_DIGITS)),
        per_firsts=_firsts(rules.per_marks),
        # Longest word first; the lookahead/lookbehind keep at least one character behind.
        lead=regex.compile(f"(?:{'|'.join(map(wrappable, lead))})(?=.)", regex.DOTALL),
        trail=regex.compile(
            f"(?<=.)(?:{'|'.join(map(wrappable, trail))})$", regex.DOTALL | regex.REVERSE
        ),
        stop=frozenset(rules.subject_empty + lead + trail),
        temporal=regex.compile(
            f"^(?:(?:{alternation(rules.subject_time_leads)})?"
            f"(?:{alternation(rules.subject_time_words)}|{year}"
            f"|[0-9０-９]{{1,2}}(?:(?:{dashes})[0-9０-９]{{1,2}})?(?:{dates['month_unit']})"
            f"(?:{parts})?|[0-9０-９]{{1,2}}(?:{days})|，|,)+"
            f"|[^，,。；;]{{0,8}}(?:{since}))"
        ),
        # Patterns anchored at the end run backwards (REVERSE): tried from the end only.
        temporal_end=regex.compile(
            f"(?<=.)(?:{year}|{month})(?:{ends})?(?:{alternation(rules.particles)})?$",
            regex.DOTALL | regex.REVERSE,
        ),
        per_phrase=regex.compile(
            f"(?:(?:{wrappables(rules.per_marks)})\\n?(?:(?:{wrappables(rules.per_classifiers)})"
            f"\\n?)?\\p{{Han}}\\n?(?:\\p{{Han}}\\n?)?)+$",
            regex.REVERSE,
        ),
        age_start=regex.compile(
            f"[0-9０-９]+(?:(?:{seps})[0-9０-９]+)?(?:{alternation(rules.age_units)})"
        ),
        joiners=regex.compile(
            f"(?:[{regex.escape(BLANKS + LIST_MARKS)}*]|{alternation(rules.list_words)})*"
        ),
        purpose_verbs=longest_first(rules.purpose_verbs),
        qualifying=regex.compile(f"{cause}(?:{alternation(rules.qualifying_words)})"),
        admission=regex.compile(
            f"[{regex.escape(BLANKS)}]*(?:{alternation(rules.admission_verbs)})"
            f"[{regex.escape(BLANKS)}]*"
        ),
        flow=regex.compile(
            f"{cause}(?:{alternation(rules.flow_verbs)})(?:{alternation(rules.flow_qualifiers)})?"
        ),
        compared=regex.compile(
            f"[{regex.escape(BLANKS)}]*(?:{alternation(rules.change_adverbs)})?"
            f"(?:{alternation(rules.change_leads)})[^，,。；;、]{{0,10}}?"
            f"(?:{alternation((*rules.change_verbs, *rules.comparison_more_words))})"
            f"\\p{{Han}}{{0,3}}?(?:{alternation(rules.approx_before)})?[{regex.escape(BLANKS)}]*",
            regex.DOTALL,
        ),
        fillers=longest_first(rules.figure_fillers + rules.approx_before),
        after_particle=tuple(
            cue + p for cue in ("", *rules.rate_cues_after) for p in rules.particles
        ),
        payment_heads=rules.money_heads + rules.standard_words,
        measure_words=tuple(u.word for u in rules.units if u.noun_after),
        bound_words=rules.subject_bound_words,
        bounds=longest_first(rules.subject_bounds),
        approx_blockers=rules.approx_blockers,
        giving_verbs=rules.giving_verbs,
        cause_verbs=rules.cause_verbs,
        area_tails=longest_first(rules.area_tails),
        counted_places=regex.compile(
            f"[{regex.escape(BLANKS)}]*(?:{alternation(rules.subject_leading)})?"
            f"[{regex.escape(BLANKS)}]*[0-9０-９]+[{regex.escape(BLANKS)}]*"
            f"(?:{alternation(rules.per_classifiers)})?"
            f"(?:{alternation(rules.place_heads)})[{regex.escape(BLANKS)}]*"
        ),
        tail_words=rules.tail_words,
        particles=rules.particles,
        long_nouns=longest_first(tuple(p for p in rules.people_nouns if len(p) > 1)),
        stop_verbs=rules.subject_stop_verbs,
        stop_verbs_longest=longest_first(rules.subject_stop_verbs),
        loose_verbs_longest=longest_first(rules.subject_stop_verbs + rules.subject_empty),
        not_nouns=rules.subject_stop_verbs + rules.change_verbs,
        conjunctions=rules.conjunctions,
        phrase_tails=longest_first((*rules.etc_words, *rules.conjunctions)),
        standard_words=rules.standard_words,
        money_heads=rules.money_heads,
        generic_funds=rules.generic_funds,
        slot_words=frozenset(rules.slot_words),
        place_heads=frozenset(rules.place_heads),
        place_rows=tuple(rules.place_suffixes),
        right_stop=regex.compile(f"[{regex.escape(RIGHT_BREAKS + _LIST_MARK)}]"),
    )


_SHARE = regex.compile(r"[0-9０-９.．\s]+[%％]")
"""A percentage alone, which names no thing counted."""
_AREA_TAIL_HEAD = 2
"""The shortest phrase an area word at the end of a subject is stripped from."""
_PLACE_ROW = 8
"""The longest row label read as a place's name."""
_SENTENCE_MAX = 400
"""How far back a sentence's start is looked for (a longer one is read from there)."""
_ADMITTED_TO = 16
"""The longest name of what a count is admitted into (低收入人口动态监测范围)."""
_COUNT_FIRST = regex.compile(r"[0-9０-９]+[ \t\u3000]*\p{Han}")
"""A count and its measure word that open a phrase (42个社区服务用房)."""
_LIST_MARK = "\u3001"
"""The enumeration comma: the run after a figure stops at it before a digit (75户、86人)."""

Named = tuple[Subject, str]
"""A subject and what found it: a step of the reader (``subjects.after``: the noun after
the figure; ``subjects.before``: the phrase before it; ``subjects.shared``: the subject of
the figure it is written next to …), for ``Figure.evidence``."""


def find_subjects(text: str, figures: Sequence[RawFigure], rules: Rules) -> list[Named | None]:
    """One subject (or None) per figure, in the same order, each with what found it."""
    out: list[Named | None] = []
    paired: dict[int, Named] = {}
    for i, f in enumerate(figures):
        prev = figures[i - 1] if i else None
        nxt = figures[i + 1].start if i + 1 < len(figures) else len(text)
        before = out[-1] if out else None
        found = _subject(text, f, prev, None if before is None else before[0], nxt, rules)
        if found is not None and found[1] == "subjects.compared":
            paired.update(_respective(text, figures, i, out, rules))
        if i in paired:
            found = paired[i]
        if f.kind is not Kind.MONEY and (found is None or found[1] == "subjects.before"):
            admitted = _admitted_to(text, figures, i, found, rules)
            if admitted is not None:
                found = admitted, "subjects.admitted"
        out.append(found)
    return out


def _respective(
    text: str,
    figures: Sequence[RawFigure],
    i: int,
    out: list[Named | None],
    rules: Rules,
) -> dict[int, Named]:
    """The subjects of a run of changes after a respectively word (结婚登记2863对、离婚登记
    1064对，较上年分别减少215对、增加36对), by index: the changes of each kind pair, in
    order, with as many items of their kind before them in the sentence (215对 → 结婚登记;
    低保318户、特困27人 in 分别增加318户和27人, each by its kind)."""
    f = figures[i]
    lo = max(figures[i - 1].end, last_break(text, max(0, f.start - 30), f.start, LEFT_BREAKS) + 1)
    if not any(w in text[lo : f.start] for w in rules.respectively_words):
        return {}
    j = i
    while j + 1 < len(figures) and not has_break(
        text, figures[j].end, figures[j + 1].start, CLAUSE_BREAKS
    ):
        j += 1  # 分别减少215对、增加36对: the run is the clause's figures
    opens = last_break(text, max(0, f.start - _SENTENCE_MAX), f.start, SENTENCE_BREAKS)
    first = i
    while first > 0 and figures[first - 1].start > opens:
        first -= 1  # the sentence's figures before the run
    found: dict[int, Named] = {}
    for kind in {figures[k].kind for k in range(i, j + 1)}:
        run = [k for k in range(i, j + 1) if figures[k].kind == kind]
        # One name per item: 由600元提高到650元 and 1486户2196人 name one thing twice.
        names: list[Subject] = []
        for k in range(first, i):
            named = out[k]
            if figures[k].kind == kind and named is not None:
                if not names or names[-1].text != named[0].text:
                    names.append(named[0])
        if len(names) < len(run):
            continue
        for k, name in zip(run, names[-len(run) :], strict=True):
            found[k] = name, "subjects.respective"
    return found


def _admitted_to(
    text: str, figures: Sequence[RawFigure], i: int, found: Named | None, rules: Rules
) -> Subject | None:
    """What a count is admitted into, named after the verb, where the phrase before it
    only says the people qualify (将符合条件的263户718人纳入低保; 将因灾致贫的820户纳入
    农村低保): the roll they join names them (not 将低保边缘家庭2140户纳入…, whose
    phrase names the people)."""
    t = _tables(rules)
    if found is not None and not t.qualifying.fullmatch(unwrapped(found[0].text)):
        return None
    j = i
    while j + 1 < len(figures) and _adjacent(text, figures[j].end, figures[j + 1].start, rules):
        j += 1  # 263户718人纳入低保: the verb stands after the last count of the run
    verb = t.admission.match(text, figures[j].end)
    if verb is None:
        return None
    end = limit = min(len(text), verb.end() + _ADMITTED_TO)
    for stop in t.right_stop.finditer(text, verb.end(), limit):
        if text[stop.start()] not in SOFT_CANDIDATES or not is_soft(text, stop.start()):
            end = stop.start()  # 纳入农村低⏎保: a soft wrap does not end the name
            break
    return _span(text, verb.end(), end, rules)


def _subject(
    text: str,
    f: RawFigure,
    prev: RawFigure | None,
    prev_subject: Subject | None,
    next_start: int,
    rules: Rules,
) -> Named | None:
    right = _right_phrase(text, f, next_start, rules)
    if right is not None:
        return right, "subjects.after"
    if prev_subject is not None and _compared(text, f, prev, rules):
        # 全市城乡低保对象4862户8935人，比上年末净增216人: the change counts its base's.
        return prev_subject, "subjects.compared"
    left = _left_phrase(text, f, prev, rules)
    if (
        left is not None
        and prev_subject is not None
        and _flow(text, left, f, prev, rules)
        and not _flow(text, prev_subject, f, prev, rules)
    ):
        # 全年新增低保对象486户，退出592户: those who left are of the roll named before
        # (not 新纳入86户143人，退出52户, where the count before names no roll either).
        return prev_subject, "subjects.flow"
    if left is not None and _flow_only(left, f, rules):
        # 对全市低保对象进行全面复核，取消不符合条件的4125户: with no count before it in its
        # sentence, the roll the sentence names.
        roll = _beneficiaries(text, f, rules, left.start)
        if roll is not None:
            return roll, "subjects.flow"
    if left is not None and f.rate and unwrapped(left.text) in rules.funding_bodies:
        # 县财政按每个村3000元: who pays a rate says nothing of what it pays for.
        left = None
    if left is not None and f.kind is Kind.MONEY and unwrapped(left.text) in rules.invest_verbs:
        # 投入1860万元新建中心敬老院3所: what the money built names it, not the verb.
        purpose = _purpose(text, f, next_start, rules)
        if purpose is not None:
            return purpose, "subjects.purpose"
    if left is not None and _place_cell(text, left, f.start, rules):
        left = None  # 月湖区⇥1862户: the row's place; its column names what is counted
    if left is not None and left.text in _tables(rules).slot_words:
        indicator = _line_label(text, left.start, rules) or _slot_owner(text, left.end, rules)
        if indicator is not None:
            return indicator, "subjects.indicator"
    if left is not None:
        if left.text in _tables(rules).generic_funds or _tier_list(text, left, f, rules):
            # A figure before it in its clause (医疗救助3200人次、支出资金410万元) ends the
            # search: a name before that one is another list item's.
            joined = prev is not None and not has_break(text, prev.end, f.start, CLAUSE_BREAKS)
            named = _named_payment(text, f, rules, prev.end if joined and prev else 0)
            if named is not None:
                return named, "subjects.named_payment"
        return left, "subjects.before"
    # 城市低保对象4862人，⏎比上年增加317人: a line that ends in a comma goes on.
    same_sentence = prev is not None and not has_sentence_break(text, prev.end, f.start)
    # A list's wrap (…2470人次、⏎586.3万元) is no break: `_adjacent` tests the wraps.
    joinable = same_sentence or (prev is not None and "\n" in text[prev.end : f.start])
    if prev is not None and joinable and _adjacent(text, prev.end, f.start, rules):
        # 1486户2196人, 24156人次、191.267万元
        return None if prev_subject is None else (prev_subject, "subjects.shared")
    reaches = _reaches(text, f, prev, rules)
    for found, rule in (
        (_loose_right(text, f, next_start, rules), "subjects.following"),
        (
            _previous_clause(text, f, prev, rules) if f.kind is Kind.MONEY else None,
            "subjects.clause_before",
        ),
        (_previous_clause(text, f, prev, rules) if reaches else None, "subjects.clause_before"),
        # 发放取暖补贴301.2万元，惠及5020户: whom the payment before reached.
        (prev_subject if reaches and same_sentence else None, "subjects.sentence"),
        (_beneficiaries(text, f, rules) if reaches else None, "subjects.reached"),
    ):
        if found is not None:
            return found, rule
    label = _row_label(text, f, rules)
    if label is not None:
        return label, "subjects.row"
    label = _column_label(text, f, rules)
    if label is not None:
        return label, "subjects.column"
    if same_sentence and prev_subject is not None:
        return prev_subject, "subjects.sentence"
    return None


def _line_label(text: str, at: int, rules: Rules) -> Subject | None:
    """The name before the colon that opens the line of ``at``, where it holds no number
    (城乡低保保障人数：年度目标值…): the indicator the line's slots are of."""
    lo = text.rfind("\n", 0, at) + 1
    while lo < at and text[lo] in BLANKS:
        lo += 1
    marker = marker_pattern(rules).match(text, lo, at)
    if marker is not None:
        lo = marker.end()  # （一）城市低保标准：目标值…
    colon = max(text.rfind("：", lo, at), text.rfind(":", lo, at))
    if colon < 0 or any(ch.isdigit() for ch in text[lo:colon]):
        return None
    return _span(text, lo, colon, rules)


def _slot_owner(text: str, at: int, rules: Rules) -> Subject | None:
    """The name that opens the sentence of ``at`` right before its first slot word
    (特困人员年度指标值为2500人，实际完成值为2531人): the indicator the slots are of."""
    lo = max(text.rfind(b, 0, at) for b in SENTENCE_BREAKS) + 1
    slots = [k for w in _tables(rules).slot_words if (k := text.find(w, lo, at)) >= 0]
    if not slots or any(ch.isdigit() for ch in text[lo : min(slots)]):
        return None
    return _span(text, lo, min(slots), rules)


def _row_label(text: str, f: RawFigure, rules: Rules) -> Subject | None:
    """The nearest cell before the figure's in its table row that holds no number and
    names a thing (五保集中供养 | 12户 | 12人 | 19.2万元; 2 | 支出型临时救助 | 1310人次;
    数量指标 | 城乡低保保障人数 | 不少于13500人 | 13864人): what the row counts."""
    lo = text.rfind("\n", 0, f.start) + 1
    cuts = sorted(k for c in CELL_SEPARATORS for k in occurrences(text, c, lo, f.start))
    places = _tables(rules).place_rows
    for a, b in reversed(list(zip([lo, *(k + 1 for k in cuts)], cuts, strict=False))):
        if any(ch.isdigit() for ch in text[a:b]):
            continue
        cell = text[a:b].strip(BLANKS)
        if (len(cell) <= _PLACE_ROW and cell.endswith(places)) or (
            a == lo and _rows_by_place(text, f.start, rules)
        ):
            # 月湖区 | 1862户 | 3015人: the place a row is of says where, not what: the
            # column's head names what is counted.
            return None
        found = _span(text, a, b, rules)
        if found is not None:
            return found
    return None


def _rows_by_place(text: str, start: int, rules: Rules) -> bool:
    """Whether the first column of the table that holds ``start`` is headed by a unit of
    place (街道 | 低保户数 over 周水子 | 1 126户): its rows are places, whatever their names."""
    head = column_head(text, start)
    if head is None:
        return False
    line = text.rfind("\n", 0, head[0]) + 1
    first = min(
        (k for c in CELL_SEPARATORS if (k := text.find(c, line, head[1])) >= 0), default=line
    )
    return text[line:first].strip(BLANKS) in _tables(rules).place_heads


def _place_cell(text: str, found: Subject, start: int, rules: Rules) -> bool:
    """Whether ``found`` is a table row's cell before the figure at ``start`` that names a
    place (a cell separator stands between them)."""
    if not any(text.find(c, found.end, start) >= 0 for c in CELL_SEPARATORS):
        return False
    if len(found.text) <= _PLACE_ROW and found.text.endswith(_tables(rules).place_rows):
        return True
    first = not text[text.rfind("\n", 0, found.start) + 1 : found.start].strip(BLANKS)
    return first and _rows_by_place(text, start, rules)


def _column_label(text: str, f: RawFigure, rules: Rules) -> Subject | None:
    """The head cell of the figure's column, for a cell whose row names nothing (1月 |
    98人次 | 21.2万元 under 月份 | 救助人次 | 救助金额): what the column counts."""
    head = column_head(text, f.start)
    if head is None or not LINE_CLAUSE_BREAKS.isdisjoint(text[head[0] : head[1]]):
        return None  # not a head that is prose (•⇥…低保金1786.3万元，月人均补差209元；)
    return _span(text, *head, rules)


def _tier_list(text: str, left: Subject, f: RawFigure, rules: Rules) -> bool:
    """70-79周岁、80-89周岁老年人分别按每人每月50元: tiers that say who, not what is paid.

    Only before 分别: 三、四级智力、精神残疾人提高为每人每月52.5元 names one group."""
    return (
        f.kind is Kind.MONEY
        and "、" in left.text
        and any(w in text[left.start : f.start] for w in rules.respectively_words)
        and not any(h in left.text for h in _tables(rules).payment_heads)
    )


def _named_payment(text: str, f: RawFigure, rules: Rules, after: int) -> Subject | None:
    """What "funds" pays, named earlier in the sentence (高龄津贴…，发放资金221.78万元),
    not before ``after``."""
    lo = max(after, last_break(text, max(0, f.start - 80), f.start, SENTENCE_BREAKS) + 1)
    seg = text[lo : f.start]
    end = max((seg.rfind(h) + len(h) for h in rules.payment_names if h in seg), default=-1)
    if end < 0:
        return None
    # The run of Han characters that ends in the name, from after its last verb.
    start = end
    while start > 0 and end - start < 12 and regex.match(r"\p{Han}", seg[start - 1]):
        start -= 1
    verbs = rules.subject_stop_verbs
    cut = max((seg.rfind(v, start, end) + len(v) for v in verbs if v in seg[start:end]), default=0)
    return _span(text, lo + max(start, cut), lo + end, rules)


def _reaches(text: str, f: RawFigure, prev: RawFigure | None, rules: Rules) -> bool:
    """A count that only says whom it reached: 惠及1065户, 覆盖2.3万人."""
    if f.kind is Kind.MONEY:
        return False
    lo = last_break(text, max(0, f.start - 12), f.start, LEFT_BREAKS) + 1
    if prev is not None and prev.end > lo:
        lo = prev.end
    before = strip_words(text[lo : f.start], _tables(rules).fillers, BLANKS + "*")
    return before.endswith(rules.reach_verbs)


def _flow(text: str, left: Subject, f: RawFigure, prev: RawFigure | None, rules: Rules) -> bool:
    """Whether ``left``, the phrase before a count, is only a verb of a roll's flow, after
    a count of people, households or beds in the same sentence."""
    return (
        prev is not None
        and prev.kind in _FLOW_KINDS
        and not has_sentence_break(text, prev.end, f.start)
        and not any(b in text[prev.end : f.start] for b in OPEN_BRACKETS)
        and _flow_only(left, f, rules)
    )


def _flow_only(left: Subject, f: RawFigure, rules: Rules) -> bool:
    """Whether ``left``, the phrase before a count of people, households or beds, is only a
    verb of a roll's flow."""
    return (
        f.kind in _FLOW_KINDS
        and _tables(rules).flow.fullmatch(unwrapped(left.text).replace(" ", "")) is not None
    )


_FLOW_KINDS = (Kind.PERSONS, Kind.HOUSEHOLDS, Kind.BEDS)


def _compared(text: str, f: RawFigure, prev: RawFigure | None, rules: Rules) -> bool:
    """Whether a comparison is all that stands before the figure in its clause, after a
    figure of the same sentence."""
    if prev is None:
        return False
    start = max(prev.end, last_break(text, max(0, f.start - 30), f.start, LEFT_BREAKS) + 1)
    # The short clause first: most figures have no comparison before them, and the
    # stretch back to the figure before may be long.
    return _tables(rules).compared.fullmatch(
        text, start, f.start
    ) is not None and not has_sentence_break(text, prev.end, f.start)


def _adjacent(text: str, a: int, b: int, rules: Rules) -> bool:
    """Whether two figures stand back to back (1486户2196人); not two cells of a table's
    row, which each have their column."""
    if any(text.find(c, a, b) >= 0 for c in CELL_SEPARATORS):
        return False
    wraps = occurrences(text, "\n", a, b)
    if wraps:
        # 专项救助2470人次、⏎586.3万元: a wrap in the list (after its mark, or soft) joins
        # as a blank does.
        if not all(
            text[a:k].rstrip(BLANKS + "\r").endswith(_LIST_MARK) or is_soft(text, k) for k in wraps
        ):
            return False
        seg = text[a:b].replace("\r", " ").replace("\n", " ")
        return _tables(rules).joiners.fullmatch(seg) is not None
    return _tables(rules).joiners.fullmatch(text, a, b) is not None


def _span(text: str, start: int, end: int, rules: Rules, figure: bool = False) -> Subject | None:
    """Trim function words off both ends; None when nothing that names a thing is left.
    ``figure``: the phrase ends right before its figure, where a bound word is stripped."""
    t = _tables(rules)
    if figure:
        end -= next((len(w) for w in t.bounds if text.endswith(w, start, end)), 0)
    while start < end:
        seg = text[start:end]
        if unwrapped(seg) in t.stop or _SHARE.fullmatch(seg):
            return None  # 完成年度任务6.2亿元的110%: a share names nothing
        if _junk(seg[0]) and not _paired_quote(seg, 0):
            start += 1
        elif _junk(seg[-1]) and not _paired_quote(seg, -1):
            end -= 1
        elif (
            _may_open(seg, t.temporal_firsts, t.since_firsts)
            and (m := t.temporal.match(seg))
            and m.end() > 0
        ):
            start += m.end()
        elif not t.date_digits.isdisjoint(seg) and (m := t.temporal_end.search(seg)):
            end = start + m.start()  # 提高到2020年的 → 提高到
        elif (
            (t.lead_firsts is None or seg[0] in t.lead_firsts)
            and (lead := t.lead.match(seg))
            and not seg.startswith(t.bound_words)
        ):
            start += lead.end()
        elif (
            (t.trail_lasts is None or seg[-1] in t.trail_lasts)
            and (trail := t.trail.search(seg))
            and len(trail.group()) > blocker_length_in(seg, t.approx_blockers)
        ):
            end -= len(seg) - trail.start()  # 节约 stays; 折合约 loses 折合约
        elif (t.per_firsts is None or not t.per_firsts.isdisjoint(seg)) and (
            m := t.per_phrase.search(seg)
        ):
            if m.start() == 0:
                return None
            end = start + m.start()  # 临时救助备用金按每个街道 → 临时救助备用金按
        elif tail := _area_tail(seg, t):
            end -= tail  # 月人均补差农村 → 月人均补差; 城市 alone stays
        else:
            # One character left is a verb or a measure word, not a name (发, 花).
            if len(seg) == 1:
                return None
            return built(Subject, {"text": seg, "start": start, "end": end})
    return None


def _area_tail(seg: str, t: _Tables) -> int:
    """The length of the area word that ends ``seg`` after a phrase of its own, else 0."""
    tail = next((w for w in t.area_tails if seg.endswith(w)), "")
    return len(tail) if tail and len(seg) - len(tail) >= _AREA_TAIL_HEAD else 0


def _may_open(seg: str, firsts: frozenset[str] | None, since: frozenset[str] | None) -> bool:
    """Whether a time phrase may open ``seg``: it starts with a character a time phrase
    starts with, or holds a since word's first character in its first nine (8 + 1)."""
    if firsts is None or since is None or seg[0] in firsts:
        return True
    return not since.isdisjoint(seg[:9])


def _junk(ch: str) -> bool:
    """Punctuation, spaces and symbols (▲, emoji) at a subject's edge."""
    found = _JUNK.get(ch)
    if found is None:
        found = _JUNK[ch] = ch in EDGE_JUNK or unicodedata.category(ch)[0] == "S"
    return found


_JUNK: dict[str, bool] = {}
"""`_junk` by character (a text has a few thousand distinct ones)."""


def _paired_quote(seg: str, i: int) -> bool:
    """A quote mark at the edge whose partner is inside: “人情保”“关系保” keeps its marks."""
    q = seg[i]
    if q in "“”":
        return seg.count("“") == seg.count("”")
    return q in "\"'" and seg.count(q) % 2 == 0


def _left_phrase(text: str, f: RawFigure, prev: RawFigure | None, rules: Rules) -> Subject | None:
    start = last_break(text, max(0, f.start - 60), f.start, LEFT_BREAKS) + 1
    if prev is not None and prev.end > start:
        start = prev.end
    seg = text[start : f.start]
    t = _tables(rules)
    cause = max((seg.rfind(v) + len(v) for v in t.cause_verbs if v in seg), default=0)
    if cause and not any(p in seg[cause:] for p in t.particles):
        # 暴雨造成全县2.36万人受灾: what the disaster caused follows its verb (not in a
        # clause that describes people, 因疫情导致生活困难的群众); a count of places alone
        # (造成全镇9个村1.2万人受灾) names nothing.
        start += cause
        if t.counted_places.fullmatch(text, start, f.start):
            return None
    if f.kind is Kind.MONEY:
        # 对获评5A级的社会组织给予一次性奖励10万元: the payment is named after the verb.
        seg = text[start : f.start]
        verbs = _tables(rules).giving_verbs
        cut = max((seg.rfind(v) + len(v) for v in verbs if v in seg), default=0)
        if cut < len(seg):
            found = _span(text, start + cut, f.start, rules, figure=True)
            if found is not None or cut == 0:
                return found  # with no verb cut, the span below is this one
    return _span(text, start, f.start, rules, figure=True)


def _right_text(text: str, f: RawFigure, next_start: int, rules: Rules) -> tuple[int, int]:
    """The run of text after the figure up to the next break or figure."""
    limit = min(next_start, f.end + 30)
    start = f.end
    if text.startswith(("**", "__"), start):
        start += 2  # the end of Markdown emphasis: **1万元**的建设补贴
    # 为 4 530名 经济困难老年人: spaced copy sets a figure apart; its noun follows the space.
    unspaced = start
    while start < limit and text[start] == " ":
        start += 1
    spaced = start > unspaced
    t = _tables(rules)
    if text.startswith(t.tail_words, start):  # one test in C for most figures
        for w in t.tail_words:
            if text.startswith(w, start):
                start += len(w)
    # Only breaks and list marks can stop the run: jump from one to the next.
    find = t.right_stop.search
    end = start
    while end < limit:
        m = find(text, end, limit)
        if m is None:
            end = limit
            break
        end = m.start()
        if text[end] == _LIST_MARK:
            if end + 1 < len(text) and text[end + 1].isdigit():
                break
        elif text[end] not in SOFT_CANDIDATES or not is_soft(text, end):
            break
        end += 1
    if spaced and end >= next_start and text[f.start - 1 : f.start] != " ":
        # 村民代表12人 民主评议低保对象3户: a space that runs on into the next figure parts
        # two clauses, where the figure itself is not set apart.
        return unspaced, end
    return start, end


def _cut_at_verb(text: str, start: int, end: int, rules: Rules) -> int:
    """End the phrase at the first stop verb after its last 的 (符合条件未享受政策的低保对象)."""
    seg = text[start:end]
    t = _tables(rules)
    floor = max((seg.rfind(p) + len(p) for p in t.particles), default=0)
    nouns = t.long_nouns
    best = len(seg)
    for v in t.stop_verbs:
        i = seg.find(v, floor)
        # 对 in 对象 is no verb: skip a match that starts a noun of the tables.
        while 0 <= i < best and seg.startswith(nouns, i):
            i = seg.find(v, i + 1)
        if 0 <= i < best:
            best = i
    return start + best


def _right_phrase(text: str, f: RawFigure, next_start: int, rules: Rules) -> Subject | None:
    start, end = _right_text(text, f, next_start, rules)
    if start >= end:
        return None
    seg = text[start:end]
    t = _tables(rules)
    if seg[0] in EDGE_JUNK or seg.startswith(t.conjunctions):
        return None
    if f.kind is Kind.MONEY:
        return _money_after(text, start, end, rules)
    if seg[0].isdigit() and not t.age_start.match(seg):
        return None  # 倒塌房屋86户210间: another count follows, not a noun
    if seg.startswith(t.not_nouns):
        return None  # 1200户减少到1100户: what follows is the change, not a noun
    cut = _cut_at_verb(text, start, end, rules)
    # 为1860户城市低保家庭和4520户农村低保家庭: the 和 joins the next item.
    phrase = strip_words(text[start:cut], t.phrase_tails, "")
    if not phrase:
        return None
    words = noun_words(f.rule, rules)
    if words:
        # 80张护理型床位, 12所养老机构: the noun runs up to the word its unit's check needs.
        found = [(i, -len(w), w) for w in words if (i := phrase.find(w)) >= 0]
        if not found:
            return None
        i, _, w = min(found)
        return _span(text, start, start + i + len(w), rules)
    # The unit as written ends in a measure word (15名, 3万户; not 2名/人/月).
    if f.unit.endswith(t.measure_words) or phrase.endswith(t.long_nouns):
        return _span(text, start, start + len(phrase), rules)
    return None


def _purpose(text: str, f: RawFigure, next_start: int, rules: Rules) -> Subject | None:
    """What an amount invested is for, named after a verb of building right after it
    (投入4860万元建成镇街养老服务综合体4个 → 镇街养老服务综合体): the object, up to a
    break, a count or the next figure."""
    start, end = _right_text(text, f, next_start, rules)
    seg = text[start:end]
    verb = next((v for v in _tables(rules).purpose_verbs if seg.startswith(v)), None)
    if verb is None:
        return None
    # 中心敬老院3所, 42个社区服务用房: the count of what was built is no part of its name.
    lo = start + len(verb)
    if (lead := _COUNT_FIRST.match(text, lo, end)) is not None:
        lo = lead.end()
    hi = next((k for k in range(lo, end) if text[k].isdigit()), end)
    return _span(text, lo, hi, rules)


def _money_after(text: str, start: int, end: int, rules: Rules) -> Subject | None:
    """What an amount pays, named after it: 1000元的慰问金, 6.3万元机构责任险, 5元给予运营补贴."""
    seg = text[start:end]
    t = _tables(rules)
    if seg.startswith(t.after_particle):
        particle = next(p for p in t.after_particle if seg.startswith(p))
        start += len(particle)
        if standard := next((w for w in rules.standard_words if text.startswith(w, start)), ""):
            start += len(standard)  # 每人15元的标准发放一次价格临时补贴
        found = _span(text, start, end, rules)
        if found is None or (len(found.text) <= 2 and found.text not in rules.money_nouns):
            return None  # 5万元的标准设立: no noun after the amount
        return found
    if seg.startswith(t.stop_verbs_longest):
        start += len(next(v for v in t.stop_verbs_longest if seg.startswith(v)))
    cut = _cut_at_verb(text, start, end, rules)
    if standard := next((w for w in t.standard_words if text.startswith(w, start)), ""):
        start += len(standard)  # 按每人380元标准资助: the standard, then a verb
    if cut > start and text[start:cut].endswith(t.money_heads):
        return _span(text, start, cut, rules)
    return None


def _loose_right(text: str, f: RawFigure, next_start: int, rules: Rules) -> Subject | None:
    """When nothing stands before the figure: what follows, less its verb (为21户发放丧葬救助金)."""
    start, end = _right_text(text, f, next_start, rules)
    seg = text[start:end]
    t = _tables(rules)
    if not seg or seg[0] in EDGE_JUNK or seg.startswith(t.conjunctions):
        return None
    if seg.startswith(rules.change_verbs):
        return None  # 较去年同期的3826万元增长11.6%: the change, not what is counted
    if seg.startswith(t.loose_verbs_longest):
        start += len(next(v for v in t.loose_verbs_longest if seg.startswith(v)))
    return _span(text, start, end, rules) if start < end else None


def _previous_clause(
    text: str, f: RawFigure, prev: RawFigure | None, rules: Rules
) -> Subject | None:
    """The clause before, naming what is paid (发放长寿金，累计发放513万元)."""
    window = max(0, f.start - 60)
    own = last_break(text, window, f.start)
    if own < window or text[own] in SENTENCE_BREAKS:
        return None
    lo = last_break(text, max(0, own - 60), own) + 1
    if prev is not None and prev.end > lo:
        lo = prev.end
    return _span(text, lo, own, rules)


def _beneficiaries(
    text: str, f: RawFigure, rules: Rules, before: int | None = None
) -> Subject | None:
    """Whom a bare count reaches (为困难群众减免费用42.6万元，惠及1065户 → 困难群众, where
    nothing before it names the payment): the nearest people noun of its sentence before
    ``before`` (the figure, by default)."""
    end = f.start if before is None else before
    lo = last_break(text, max(0, f.start - 60), end, SENTENCE_BREAKS) + 1
    seg = text[lo:end]
    nouns = _tables(rules).long_nouns
    best = -1
    best_noun = ""
    for noun in nouns:
        i = seg.rfind(noun)
        if i > best:
            best, best_noun = i, noun
    if best < 0:
        return None
    noun_start = lo + best
    end = noun_start + len(best_noun)
    marks = LEFT_BREAKS + "".join(rules.recipient_marks)
    # Not a mark inside the noun: the 对 of 对象.
    start = last_break(text, max(lo, end - 12), noun_start, marks) + 1
    return _span(text, start, end, rules)
