"""Figures: numeral + magnitude + unit, with value, range, rate and approximation.

One compiled pattern finds candidates (a numeral followed by a unit or a
magnitude); the checks below decide what each candidate is, reading only the
tables of `Rules`. Subjects are found afterwards by `subjects`.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, replace
from decimal import Decimal, localcontext
from functools import cache
from typing import Any, TypeAlias, cast

import regex

from mzextract.clauses import (
    CLAUSE_BREAKS,
    LIST_MARKS,
    NUMBER_PARTS,
    SENTENCE_BREAKS,
    SEPARATORS,
    ends_open_line,
    has_break,
    is_soft,
)
from mzextract.model import Kind
from mzextract.numerals import EXACT, REDACTION_MARKS, Grammar, NumeralError, grammar
from mzextract.numerals import SPACE as _SPACE
from mzextract.numerals import WRAP as _WRAP
from mzextract.qualifiers import (
    NAMED_ITEM_RULE,
    Qualifiers,
    Why,
    alternation,
    approx_around,
    changes_rate,
    column_cue,
    indicator_cue,
    parallel_rate,
    part_of_rate,
    per_from,
    qualifiers_of,
    range_standard,
    rate_cue,
    shares_approx,
)
from mzextract.rules import Rules, UnitRule
from mzextract.units import Units, blocked, check, money_context, units_of

_GAP = _SPACE.replace("\\t", "")
"""The spaces that may stand around a range's dash."""
_REDACTION_SET = frozenset(REDACTION_MARKS)
_ITEM_ENDS = frozenset(CLAUSE_BREAKS + LIST_MARKS)
"""What may close a clause or a list item right after a figure."""

# The candidate pattern needs nothing of `regex` but possessive quantifiers, which `re` has
# from Python 3.11 on, where it runs the pattern two to five times faster.
_ENGINE: Any = re if sys.version_info >= (3, 11) else regex
_Match: TypeAlias = "re.Match[str] | regex.Match[str]"

_MALFORMED_GROUP = regex.compile(r"(?<![0-9０-９.．])(?:[0-9０-９]{1,3}[,，])+$")
_LONG_GROUP = regex.compile(r"[0-9０-９]{4}")
_COMMA_POINT = regex.compile(r"[0-9０-９OoIl]+[,，][0-9０-９]{1,2}$")
_THOUSANDS = regex.compile(r"[0-9０-９lI]{1,3}(?:[,，][0-9０-９OoIl]{3})+(?:[.．][0-9０-９]+)?$")


@dataclass(frozen=True, slots=True)
class _Groups:
    """The candidate pattern's group numbers: a match reads a group by number several
    times faster than by name."""

    near: int
    n1: int
    mag1: int
    sep: int
    n2: int
    a1: int
    mag: int
    a2: int
    mag2: int
    unit: int

    def read(self) -> tuple[int, ...]:
        """The groups `_read` takes, in its order."""
        return (
            self.n1, self.n2, self.mag1, self.mag, self.mag2,
            self.unit, self.near, self.a1, self.a2,
        )  # fmt: skip


@dataclass(frozen=True)
class _Compiled:
    candidate: re.Pattern[str] | regex.Pattern[str]
    starts: re.Pattern[str]
    """A character a candidate may start with: found in one scan, the candidate pattern
    is tried there only (most of the text is no number)."""
    g: _Groups
    read_groups: tuple[int, ...]
    range_gap: regex.Pattern[str]
    units: Units
    qualifiers: Qualifiers
    numerals: Grammar
    unknown: frozenset[str]
    """Unknown digits (几, 数): a figure with one is approximate."""
    unit_char: regex.Pattern[str]
    """A small or big unit of Chinese numerals."""
    approx_chars: str
    """Approximation marks inside a figure (八千⏎余元 goes on after a wrap)."""
    range_starts: str
    """First characters of the range separators (500⏎-800元 goes on after a wrap)."""
    bare_money: UnitRule
    """The rule of a bare 万 or 亿 of money (公益金1000万)."""
    rank_prefixes: tuple[str, ...]
    basis_leads: tuple[str, ...]
    """Also each of them followed by a word of `basis_verbs` (每服务)."""
    basis_reach: int
    """The longest of `basis_leads`: how far back from a numeral they are looked for."""
    magnitude_leads: tuple[str, ...]
    milestone_words: tuple[str, ...]
    lone_counts: tuple[str, ...]
    deadline_ends: tuple[str, ...]
    surname_verbs: tuple[str, ...]


@cache
def _compile(rules: Rules) -> _Compiled:
    units = alternation(u.word for u in rules.units)
    mags = alternation(m for m, _ in rules.magnitudes)
    seps = alternation(rules.range_separators)
    inside = alternation(rules.approx_inside)
    near = alternation(rules.approx_magnitude)
    firsts = regex.escape("".join(sorted(w for w, _ in rules.magnitudes if len(w) == 1)))
    gr = grammar(rules)
    candidate = _ENGINE.compile(
        # Not inside a number, nor inside one that OCR spaced (1 046): every start in a
        # run of '1 1 1 …' would scan the bounded run again. Not after a Latin letter
        # (OCR's l26人 is 126人), unless two capitals that no digit looks like end a name
        # (“鄂汇办”APP1240户).
        f"(?:(?<![0-9０-９.．*＊A-Za-z])|(?<=[A-HJ-NP-Z]{{2}}))(?<!××)(?<![0-9０-９][ \\xa0])"
        # 近万人, 百余万元: a bare magnitude as the number; 百五元 and 千五百元 are numerals.
        f"(?:(?<![{gr.cn_glued}])(?P<near>(?:{near})?)(?=[{firsts}](?![{gr.cn_digits}]))"
        # 1.2 万至2 万元: OCR may space a range's first magnitude off its numeral.
        f"|(?P<n1>{gr.numeral})(?:(?:{_SPACE}+(?=(?:{mags})(?:{_WRAP}|{_SPACE}*)(?:{seps})"
        f"(?:{_WRAP}|{_SPACE}*){gr.numeral}))?(?P<mag1>{mags}))?"
        f"(?:(?:{_WRAP}|{_SPACE}*)(?P<sep>{seps})(?:{_WRAP}|{_SPACE}*)(?P<n2>{gr.numeral}))?)"
        # 3 000 余元, 六百 余万元: a space may stand before the approximation mark.
        f"(?:(?:{_WRAP}|{_SPACE}{{0,2}})(?P<a1>{inside}))?"
        f"(?:(?:{_WRAP}|{_SPACE}*)(?P<mag>{mags}))?(?P<a2>{inside})?"
        # 百余万元: a magnitude of the magnitude, after its approximation mark.
        f"(?(a2)(?P<mag2>{mags})?)"
        f"(?:(?:{_WRAP}|{_SPACE}*)(?P<unit>{units}))?"
        # No unit and no magnitude: a year, a date, a percentage. Fail here, in C.
        f"(?(unit)|(?(mag)|(?(mag1)|(?<=[{gr.big_units}]))))"
    )
    g = _Groups(**{name: candidate.groupindex[name] for name in _Groups.__slots__})
    basis_leads = rules.basis_leads + tuple(
        b + v for b in rules.basis_leads for v in rules.basis_verbs
    )
    # Where a candidate may start: a numeral, an approximation word before a bare
    # magnitude (近万人), or the bare magnitude itself (万余人).
    starts = gr.firsts + "".join(w[0] for w in rules.approx_magnitude)
    starts += "".join(w for w, _ in rules.magnitudes if len(w) == 1)
    return _Compiled(
        candidate=candidate,
        starts=re.compile(f"[{re.escape(''.join(sorted(set(starts))))}]"),
        g=g,
        read_groups=g.read(),
        # Not a tab: it parts the cells of a table row (7015人⇥-183人 is a value and its
        # change, no range).
        range_gap=regex.compile(f"(?:{_WRAP}|{_GAP}*)(?:{seps})(?:{_WRAP}|{_GAP}*)"),
        units=units_of(rules),
        qualifiers=qualifiers_of(rules),
        bare_money=UnitRule("", Kind.MONEY),
        range_starts="".join(sorted({w[0] for w in rules.range_separators})),
        numerals=gr,
        unknown=frozenset(gr.unknown + gr.unknown_before_unit),
        unit_char=regex.compile(f"[{gr.units}]"),
        approx_chars="".join(rules.approx_inside),
        rank_prefixes=rules.rank_prefixes,
        basis_leads=basis_leads,
        basis_reach=max(map(len, basis_leads), default=0),
        magnitude_leads=rules.magnitude_leads,
        milestone_words=rules.milestone_words,
        lone_counts=rules.lone_counts,
        deadline_ends=rules.deadline_ends,
        surname_verbs=rules.surname_verbs,
    )


Decided = tuple[str, str, int, int]
"""What decided a field of a figure: the field, a rule id (or an engine step, such as
``figures.rate.suffix``) and the span of its words."""
FIELDS = ("kind", "unit", "value", "approx", "rate", "per")
"""The fields of a figure the reader gives evidence for, in the order it gives it."""


def _decided(why: tuple[Decided, ...], *more: Decided) -> tuple[Decided, ...]:
    """``why`` with ``more``, replacing the evidence of their fields, in `FIELDS` order."""
    fields = {d[0] for d in more}
    kept = [d for d in why if d[0] not in fields]
    return tuple(sorted((*kept, *more), key=lambda d: FIELDS.index(d[0])))


# A text may hold one every two characters (1人1人…): slots, and not frozen, since a frozen
# dataclass's __init__ costs twice as much; nothing changes one after it is made.
@dataclass(slots=True)
class RawFigure:
    """A figure before its subject and section are known."""

    start: int
    end: int
    kind: Kind
    value: Decimal | None
    range: tuple[Decimal, Decimal] | None
    unit: str
    approx: bool
    rate: bool
    per: str | None
    redacted: bool
    rule: UnitRule
    """The unit's rule (for a bare 万 of money, a rule with no word)."""
    why: tuple[Decided, ...]
    """What decided each field, in `FIELDS` order (see ``Figure.evidence``)."""


def find_figures(text: str, rules: Rules) -> list[RawFigure]:
    """Every figure in ``text``, in order, none overlapping."""
    with localcontext(EXACT):  # 29 nines × 10⁴ stays exact, and quantize never raises
        return _find(text, rules)


def _find(text: str, rules: Rules) -> list[RawFigure]:
    c = _compile(rules)
    found: list[RawFigure] = []
    pos = 0
    while True:
        m = _next(text, pos, c)
        if m is None:
            return _shown_per_unit(text, found, c)
        if "\n" in m.group() and not _wrap_ok(text, m, c):
            # Not a wrapped line: read the same place again, up to the line break only.
            nl = text.index("\n", m.start())
            short = c.candidate.match(text, m.start(), nl)
            if short is None:
                pos = nl + 1
                continue
            m = short
        n1 = m[c.g.n1] or ""
        if (
            len(n1) > 3
            and _LONG_GROUP.match(n1)
            and _MALFORMED_GROUP.search(text, max(0, m.start() - 16), m.start())
        ):
            # 1,2345元: a group of four digits is no thousands group, and 2345 alone would be
            # a wrong value: no figure.
            pos = m.end()
            continue
        comma = _first_comma(n1)
        if comma >= 0:
            # 3,2⏎16: the wrap is no part of the number; in 1,200万3千 the Arabic part is.
            flat = c.unit_char.split("".join(n1.split()), maxsplit=1)[0]
            if not _THOUSANDS.match(flat) and not _COMMA_POINT.match(flat):
                # 1200,300人 is a list, not a number: read on from after the comma.
                pos = m.start() + comma + 1
                continue
        pos = max(m.end(), m.start() + 1)
        fig = _read(text, m, c, rules)
        if fig is not None and comma >= 0 and _fraction_of_count(fig):
            fig = None  # 分别为1，2人: two counts, not 1.2 persons
        if fig is None:
            if comma >= 0:
                pos = m.start() + comma + 1
            elif m.group()[0] in c.numerals.word_ends:
                pos = m.start() + 1  # 队伍三百名: 伍 of 队伍 is no digit, the count follows it
            continue
        pos = fig.end
        if not found:
            found.append(fig)
            continue
        # The checks against the figure before, each called only where it could apply.
        prev = found[-1]
        if prev.rate and not fig.rate and (change := _changes_rate(text, prev, fig, rules)):
            # The change of a rate has the rate's basis.
            per = tuple(d for d in found[-1].why if d[0] == "per")
            why = _decided(fig.why, ("rate", *change), *per)
            fig = replace(fig, rate=True, per=found[-1].per, why=why)
        elif (
            not fig.rate
            and fig.kind is Kind.MONEY
            and (
                joined := _beside_rate(text, found, fig, rules)
                or _part_of_rate(text, found, fig, rules)
            )
        ):
            # An item beside a rate, or a part of one, is a rate on its basis.
            rate, item = joined
            per = tuple(d for d in rate.why if d[0] == "per")
            fig = replace(
                fig, rate=True, per=rate.per, why=_decided(fig.why, ("rate", *item), *per)
            )
        if prev.approx and not fig.approx and (shared := _shares_approx(text, prev, fig, rules)):
            fig = replace(fig, approx=True, why=_decided(fig.why, ("approx", *shared)))
        if prev.kind is fig.kind and (merged := _join_range(text, prev, fig, c, rules)) is not None:
            found[-1] = merged
        else:
            found.append(fig)


def _next(text: str, pos: int, c: _Compiled) -> _Match | None:
    """``c.candidate.search(text, pos)``, trying the pattern only where a candidate may start."""
    find, match = c.starts.search, c.candidate.match
    while (at := find(text, pos)) is not None:
        m = match(text, at.start())
        if m is not None:
            return m
        pos = at.start() + 1
    return None


def _first_comma(numeral: str) -> int:
    a, b = numeral.find(","), numeral.find("，")
    return a if b < 0 else b if a < 0 else min(a, b)


def _join_range(
    text: str, a: RawFigure, b: RawFigure, c: _Compiled, rules: Rules
) -> RawFigure | None:
    """1000元至5000元, 5000元至1万元: a range whose unit is written at both ends."""
    if (
        a.kind is not b.kind
        or a.unit[-1:] != b.unit[-1:]
        or a.value is None
        or b.value is None
        or not c.range_gap.fullmatch(text, a.end, b.start)
    ):
        return None
    low, high = sorted((a.value, b.value))
    rate = a.rate or b.rate or (a.kind is Kind.MONEY and range_standard(text, a.start, rules))
    # Each field's evidence from the end that decided it; the value spans both ends.
    first = {d[0]: d for d in a.why}
    why = {d[0]: d for d in b.why}
    _, rule, lo, _ = first["value"]
    why["value"] = ("value", rule, lo, why["value"][3])
    for name in ("approx", "rate", "per"):
        if name not in why and name in first:
            why[name] = first[name]
    if rate and "rate" not in why:
        why["rate"] = ("rate", _RANGE, a.end, b.start)
    return replace(
        b,
        start=a.start,
        value=None,
        range=(low, high),
        approx=a.approx or b.approx,
        rate=rate,
        per=b.per or a.per,
        why=_decided((), *why.values()),
    )


def _shown_per_unit(text: str, found: list[RawFigure], c: _Compiled) -> list[RawFigure]:
    """给5名孤儿送去1000元的慰问金，合计5000元: where the sentence's own sum shows that an
    amount went to each of the counted (5 × 1000 = 5000), the amount is a rate.

    One pass: each sentence's amounts are indexed by value, so a dense text stays linear.
    Only the shipped kinds count (a rule pack's kind, 2家养老机构, adds figures of its own
    and changes no other figure: 对2家养老机构分别罚款五千元和一万元 stays as it is)."""
    if all(f.kind is not Kind.MONEY for f in found):
        return found
    sentence = _sentence_numbers(text, found)
    last_with: dict[tuple[int, Decimal], int] = {}
    for i, f in enumerate(found):
        if f.kind is Kind.MONEY and f.value is not None:
            last_with[(sentence[i], f.value)] = i
    count = -1  # the last count before the amount
    for i, amount in enumerate(found):
        if amount.kind is not Kind.MONEY:
            if amount.kind in _COUNTED_KINDS:
                count = i
            continue
        if amount.rate or amount.value is None or count < 0:
            continue
        counted = found[count]
        if counted.value is None or counted.rate or sentence[count] != sentence[i]:
            continue
        total = last_with.get((sentence[i], counted.value * amount.value), -1)
        if total > i:
            basis = counted.unit.rstrip()[-1:]
            per = c.qualifiers.per_words.get(basis)
            why: list[Decided] = [("rate", _SUM, found[total].start, found[total].end)]
            if per is not None:
                # The count's unit names the basis: 5名孤儿 → person.
                at = counted.start + len(text[counted.start : counted.end].rstrip()) - 1
                why.append(("per", c.qualifiers.per_ids[basis], at, at + 1))
            found[i] = replace(amount, rate=True, per=per, why=_decided(amount.why, *why))
    return found


def _sentence_numbers(text: str, found: list[RawFigure]) -> list[int]:
    """For each figure, the number of sentence breaks between the first figure and it."""
    numbers = [0] * len(found)
    for i in range(1, len(found)):
        lo, hi = found[i - 1].end, found[i].start
        numbers[i] = numbers[i - 1] + (lo < hi and has_break(text, lo, hi, SENTENCE_BREAKS))
    return numbers


def _changes_rate(text: str, a: RawFigure, b: RawFigure, rules: Rules) -> Why | None:
    """The change of a money rate, or a top-up on it, is a rate (see `changes_rate`)."""
    if a.rate and not b.rate and a.kind is Kind.MONEY and b.kind is Kind.MONEY:
        x, y = a.value, b.value
        same = x is not None and y is not None and _same_order(x, y)
        fits = x is None or y is None or y <= x * 3
        q = _compile(rules).qualifiers
        return changes_rate(text, a.start, a.end, b.start, rules, q, same_order=same, fits=fits)
    return None


def _same_order(a: Decimal, b: Decimal, reach: int = 3) -> bool:
    return a > 0 and b > 0 and a / reach <= b <= a * reach


def _beside_rate(
    text: str, found: list[RawFigure], b: RawFigure, rules: Rules
) -> tuple[RawFigure, Why] | None:
    """The money rate that ``b`` is an item beside, and why (see `parallel_rate`): the
    nearest of the last few figures that is a money rate with a basis, of ``b``'s order."""
    q = _compile(rules).qualifiers
    for a in reversed(found[-_BESIDE_BACK:]):
        if a.rate and a.per is not None and a.kind is Kind.MONEY:
            if a.value is None or b.value is None:
                return None
            item = parallel_rate(text, a.end, b.start, q)
            # 每人每月100元，…，去年同期为88.6万元: a total's; classes by age or grade may
            # lie further apart (90至99周岁200元，100周岁及以上800元).
            reach = _CLASS_REACH if item and item[0].startswith("parallel_classes") else 3
            if item is not None and item[0].startswith("level_frames"):
                # 提高360元，达到2760元: a level is larger than the change that reached it.
                return (a, item) if b.value > a.value else None
            if item is None or not _same_order(a.value, b.value, reach):
                return None
            if item[0] == NAMED_ITEM_RULE and a is not found[-1]:
                return None  # 每所补助3万元，共12万元，村集体捐助8.6万元: a total between
            return a, item
    return None


def _part_of_rate(
    text: str, found: list[RawFigure], b: RawFigure, rules: Rules
) -> tuple[RawFigure, Why] | None:
    """The money rate whose breakdown ``b`` is an item of, and why (see `part_of_rate`):
    back over the parts before it (rates already) to the rate, none of them larger."""
    q = _compile(rules).qualifiers
    for a in reversed(found[-_BESIDE_BACK:]):
        if not (a.rate and a.per is not None and a.kind is Kind.MONEY):
            return None
        most = a.range[1] if a.range is not None else a.value
        if most is None or b.value is None or b.value > most:
            return None  # 每个项目资助0.5-2万元，其中向城市社区项目拨付资金52.6万元: a total
        item = part_of_rate(text, a.end, b.start, q)
        if item is not None:
            return a, item
    return None


def _shares_approx(text: str, a: RawFigure, b: RawFigure, rules: Rules) -> Why | None:
    if a.approx and not b.approx:
        return shares_approx(text, a.start, a.end, b.start, rules, _compile(rules).qualifiers)
    return None


def _fraction_of_count(fig: RawFigure) -> bool:
    return (
        fig.kind is not Kind.MONEY
        and fig.value is not None
        and fig.value != fig.value.to_integral_value()
    )


def _wrap_ok(text: str, m: _Match, c: _Compiled) -> bool:
    """A figure broken over two lines of hard-wrapped text: one break, inside the numeral
    (12⏎3.5万元) or at the end of a long line that stops without punctuation (709⏎人)."""
    if m.group().count("\n") != 1:
        return False
    nl = text.index("\n", m.start())
    before, after = text[nl - 1], text[nl + 1 : nl + 3].lstrip(" \t\u3000")
    # A digit on at least one side: two separators (.⏎,) are no number.
    inside = (
        before in NUMBER_PARTS + ",，"
        and after[:1] in NUMBER_PARTS + ",，"
        and not (before in SEPARATORS and after[:1] in SEPARATORS)
    )
    # 4,386.5万⏎元: a magnitude cannot end a sentence, so the unit after the wrap is its own.
    unit_after_magnitude = before in c.units.magnitude_chars and after[:1] in c.units.unit_chars
    # 每次500⏎-800元: the second end of a range after the wrap.
    range_end = (
        before in NUMBER_PARTS and after[:1] in c.range_starts and after[1:2] in NUMBER_PARTS
    )
    # 四千⏎二百元, 八千⏎余元: a Chinese numeral goes on (a line that starts with 二 is no
    # heading here: the candidate ran on into a unit).
    chinese = (
        before in c.numerals.cn_chars
        and (after[:1] in c.numerals.cn_chars or after[:1] in c.approx_chars)
        and ends_open_line(text, nl)
    )
    return inside or unit_after_magnitude or range_end or chinese or is_soft(text, nl)


def _wrapped_unit(text: str, at: int, unit: str, c: _Compiled) -> tuple[str, int] | None:
    """A longer unit cut by a line wrap after ``unit`` (120人⏎次 is person-times)."""
    if not text[at : at + 1].isspace():
        return None
    for word, pattern in c.units.wrapped_units.get(unit, ()):
        w = pattern.match(text, at)
        if w is not None and is_soft(text, text.index("\n", at)):
            return word, w.end()
    return None


def _read(text: str, m: _Match, c: _Compiled, rules: Rules) -> RawFigure | None:
    n1, n2, mag1, mag, mag2, unit, near, a1, a2 = m.group(*c.read_groups)
    g = c.g
    if mag1 and mag and not n2 and not a1:
        return None  # 2千万 is one magnitude (千万); 2千余万 is 千 × 万
    start, end = m.span()
    why: list[Decided] = []
    if unit is None:
        # A bare 万/亿 is money only where the noun is money (公益金1000万).
        last = g.mag2 if mag2 else g.mag if mag else g.mag1 if mag1 and not n2 else None
        end = m.end(last) if last else -1
        if end < 0 and (n2 or n1 or "")[-1:] in c.numerals.big:
            end = m.end(g.n2 if n2 else g.n1)  # 资金三万, 资金三至五万
        if end < 0:
            return None
        end = _strip_tail(text, start, end)
        noun = money_context(text, start, end, c.units)
        if noun is None:
            return None
        rule = c.bare_money
        why.append(("kind", *noun))
    else:
        rule = c.units.units[unit]
        unit_start, unit_end = m.span(g.unit)
        longer = _wrapped_unit(text, unit_end, unit, c)
        if longer is not None:
            rule, end = c.units.units[longer[0]], longer[1]
        elif blocked(text, unit_end, unit, c.units):
            return None
        why.append(("kind", rule.id, unit_start, end))
        if rule.needs:
            passed = check(rule.needs, text, start, unit_end, c.units)
            if passed is None:
                return None
            why.append(("unit", *passed))
    before = text[max(0, start - 3) : start]
    if before.endswith(c.rank_prefixes) and not before.endswith(c.deadline_ends):
        return None  # 第3名; not 年底前8426户
    if text[max(0, start - c.basis_reach) : start].endswith(c.basis_leads):
        return None  # 每10万人中有百岁老人9.3人, 每服务1人次补贴15元: the ratio's basis
    if (
        n1
        and n1[0] in REDACTION_MARKS
        and text[start - 1 : start] in rules.surnames
        and not before.endswith(c.surname_verbs)  # 拨付**万元: the 付 of a verb
    ):
        return None  # 李**户: a household named by a hidden given name, not a hidden count
    surface = text[start:end]
    if (
        near == ""
        and a2 is None
        and (not before.endswith(c.magnitude_leads) or text.startswith(c.milestone_words, end))
    ):
        # A bare 万 counts only as 万余 (覆盖留守老年人万余人) or after a bound, and not as
        # a milestone (首次突破亿元大关).
        return None
    if (
        near is None
        and ((n1 in c.numerals.not_alone and not n2) or n2 in c.numerals.not_alone)
        and not (surface in c.lone_counts and (end == len(text) or text[end] in _ITEM_ENDS))
    ):
        # 一人一档, 母子俩人: the digit names no count; digit strings (一二级, 二〇二五) the
        # parser rejects. As a range's first end it is a count (每村配备一至二名), and so is
        # a figure of `lone_counts` that closes its clause (另聘公益性岗位一名。).
        return None

    redacted = not _REDACTION_SET.isdisjoint(surface)
    value: Decimal | None = None
    rng: tuple[Decimal, Decimal] | None = None
    if not redacted:
        factor = Decimal(rule.factor)
        scale = Decimal(c.units.magnitudes[mag]) if mag else _ONE
        if mag2:
            scale *= c.units.magnitudes[mag2]
        first_scale = Decimal(c.units.magnitudes[mag1]) if mag1 else scale
        if mag1 and mag and not n2:
            first_scale *= scale
        if n2 and not mag1:
            first_scale *= c.numerals.shared_scale(n1, n2)  # 三至五万元: 万 holds for both ends
        try:
            if near is not None:
                value = factor * scale
            elif n2:
                lo = c.numerals.parse(n1) * first_scale * factor
                hi = c.numerals.parse(n2) * scale * factor
                if not mag1 and lo > hi and first_scale != _ONE:
                    # 5000至2万元: a magnitude shared with the first end would put it far past
                    # the second, so the first end is written in full; the reading whose ends
                    # lie closer wins (3--1万元 stays 1万 to 3万).
                    full = c.numerals.parse(n1) * factor
                    if full > 0 and hi > 0 and lo / hi > max(hi / full, full / hi):
                        lo = full
                rng = (_normal(min(lo, hi)), _normal(max(lo, hi)))
            else:
                value = _normal(c.numerals.parse(n1) * first_scale * factor)
        except NumeralError:
            return None
    why.append(_value_why(m, c, redacted, mag1, mag, mag2, n2))

    q = c.qualifiers
    suffix = q.rate_suffix.match(text, end) if unit else None
    per: str | None = None
    rate_why: Why | None = None
    per_why: Why | None = None
    if suffix:
        rate_why = (_SUFFIX, suffix.start(), suffix.end())
        if basis := per_from(suffix.group(), suffix.start(), q):
            per, per_why = basis
        end = suffix.end()
    approx_why = _approx_why(text, m, end, c, rules, (near, a1, a2), n1)
    kind = rule.kind
    if rate_why is None:
        money = kind is Kind.MONEY
        cue = (
            rate_cue(text, start, end, rules, q, money=money, ranged=rng is not None)
            or indicator_cue(text, start, q)
            or column_cue(text, start, q, money=money)
        )
        if cue is not None:
            rate_why = cue.why
            if basis := per_from(cue.basis, cue.basis_at, q):
                per, per_why = basis
    if rate_why is None and rng is not None and kind is Kind.MONEY:
        if range_standard(text, start, rules):
            rate_why = (_RANGE, m.start(g.sep), m.end(g.sep))
    for name, found in (("approx", approx_why), ("rate", rate_why), ("per", per_why)):
        if found is not None:
            why.append((name, *found))
    return RawFigure(
        start=start,
        end=end,
        kind=kind,
        value=value,
        range=rng,
        unit=text[
            _unit_start(m, g, end, c.numerals.big_units, n1, n2, mag1, mag, mag2, unit) : end
        ],
        approx=approx_why is not None,
        rate=rate_why is not None,
        per=per,
        redacted=redacted,
        rule=rule,
        why=tuple(why),
    )


_MARKS_INSIDE = (("near", "approx_magnitude"), ("a1", "approx_inside"), ("a2", "approx_inside"))
BORROWED_RATES = (
    "figures.rate.list",
    "figures.rate.compared",
    "earlier_values:",
    "parallel_frames:",
    "parallel_items:",
    "raise_to_words:",
)
"""The rules (ids or table prefixes) that make an amount a rate because of a rate before
it, whose basis it takes (分别为每人每月100元、150元; 上年为1010元; 散居孤儿由700元…)."""
_CLASS_REACH = 10
"""How many times larger or smaller an amount beside a rate may be where its item is a
class by number (`parallel_classes`) rather than an area or a way of care."""
_BESIDE_BACK = 4
"""How many figures back an item may stand from the rate it is set beside (机构…由每人每月
1200元提高到1300元，社会散居孤儿由700元…: two)."""
_SUFFIX = "figures.rate.suffix"
_RANGE = "figures.rate.range"
_SUM = "figures.rate.sum"
_COUNTED_KINDS = frozenset(
    (Kind.PERSONS, Kind.PERSON_TIMES, Kind.HOUSEHOLDS, Kind.COUPLES, Kind.BEDS)
)
"""The shipped kinds of count an amount may be shown to go to each of (`_shown_per_unit`)."""
_ONE = Decimal(1)


def _value_why(
    m: _Match,
    c: _Compiled,
    redacted: bool,
    mag1: str | None,
    mag: str | None,
    mag2: str | None,
    n2: str | None,
) -> Decided:
    """The numeral's span (through its magnitudes) and what read it: the magnitude that
    multiplies it (magnitudes:万), else the numeral grammar. The groups come as read."""
    if mag1 or mag or mag2:
        main = mag or mag1 or mag2
        last = c.g.mag2 if mag2 else c.g.mag if mag else c.g.mag1
        return "value", c.units.magnitude_ids[cast(str, main)], m.start(), m.end(last)
    numeral_end = m.end(c.g.n2 if n2 else c.g.n1)
    if redacted:
        return "value", "figures.value.redacted", m.start(), numeral_end
    return "value", "figures.value.numeral", m.start(), numeral_end


def _approx_why(
    text: str,
    m: _Match,
    end: int,
    c: _Compiled,
    rules: Rules,
    marks: tuple[str | None, str | None, str | None],
    n1: str | None,
) -> Why | None:
    """What makes the figure approximate: a mark inside it (近万, 400余万, 十几), before it
    (约) or after it (左右). ``marks`` are the groups near, a1 and a2 as read."""
    if any(marks):
        for mark, (group, table) in zip(marks, _MARKS_INSIDE, strict=True):
            if mark:
                return rules.ids(table)[mark], m.start(group), m.end(group)  # rare: by name
    n1 = n1 or ""
    if not c.unknown.isdisjoint(n1):
        for i, ch in enumerate(n1):
            if ch in c.unknown:
                at = m.start(c.g.n1) + i
                return rules.ids("numeral_chars")[ch], at, at + 1
    return approx_around(text, m.start(), end, rules, c.qualifiers)


def _unit_start(
    m: _Match,
    g: _Groups,
    end: int,
    big_units: str,
    n1: str | None,
    n2: str | None,
    mag1: str | None,
    mag: str | None,
    mag2: str | None,
    unit: str | None,
) -> int:
    """Where the unit as written starts: 万元 in 1.2万元 and in 1万至2万元; 万 in 资金三万.
    The groups come as read (a magnitude or unit that matched is never empty)."""
    groups: tuple[tuple[int, str | None], ...]
    if n2:
        groups = ((g.mag, mag), (g.unit, unit))
    else:
        groups = ((g.mag1, mag1), (g.mag, mag), (g.mag2, mag2), (g.unit, unit))
    for group, found in groups:  # in the order they match
        if found is not None:
            start: int = m.start(group)
            return start
    numeral = n2 or n1 or ""
    return end - (len(numeral) - len(numeral.rstrip(big_units)))


def _normal(d: Decimal) -> Decimal:
    # 1187.26 × 10000 → 11872600, not 11872600.00: exact, and reads as written.
    return d.quantize(Decimal(1)) if d == d.to_integral_value() else d.normalize()


def _strip_tail(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\u3000\xa0\n":
        end -= 1
    return end
