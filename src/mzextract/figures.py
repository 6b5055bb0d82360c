"""Figures: numeral + magnitude + unit, with value, range, rate and approximation.

One compiled pattern finds candidates (a numeral followed by a unit or a
magnitude); the checks below decide what each candidate is, reading only the
tables of `Rules`. Subjects are found afterwards by `subjects`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal, localcontext
from functools import cache

import regex

from mzextract.clauses import SENTENCE_BREAKS, ends_open_line, has_break, is_soft, last_break
from mzextract.model import Kind
from mzextract.numerals import (
    APPROX_CHARS,
    BIG_UNITS,
    CHARS,
    CN_CHARS,
    CN_DIGITS,
    EXACT,
    NUMERAL,
    UNITS,
    NumeralError,
    parse_numeral,
    shared_scale,
)
from mzextract.numerals import SPACE as _SPACE
from mzextract.numerals import WRAP as _WRAP
from mzextract.rules import Rules, UnitRule

_PER_BASIS = regex.compile(r"(?:(?:每\p{Han}){1,3}|[年月]?人均|户均)$")
# What may stand before a verb of change: 较上年, 比2023年, 同比, 与去年相比.
_COMPARISON = regex.compile(
    r"(?:分别|均|各)?(?:(?:同比|环比|较|比|与)[^，,。；;]{0,8}?(?:相比)?)?(?:分别|均|各)?"
)
_NUMBER_START = regex.compile(r"[0-9０-９*＊]")
_NUM_PARTS = "0123456789０１２３４５６７８９.．"
_SEPARATORS = ".．,，"
_PERIOD_NAMES = ("month", "year", "quarter", "day")
_UNKNOWN = frozenset(CHARS.unknown + CHARS.unknown_before_unit)
_MALFORMED_GROUP = regex.compile(r"(?<![0-9０-９.．])(?:[0-9０-９]{1,3}[,，])+$")
_LONG_GROUP = regex.compile(r"[0-9０-９]{4}")
_UNIT_CHAR = regex.compile(f"[{UNITS}]")
_COMMA_POINT = regex.compile(r"[0-9０-９OoIl]+[,，][0-9０-９]{1,2}$")
_THOUSANDS = regex.compile(r"[0-9０-９lI]{1,3}(?:[,，][0-9０-９OoIl]{3})+(?:[.．][0-9０-９]+)?$")


def _alternation(words: Iterator[str] | tuple[str, ...]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class _Compiled:
    candidate: regex.Pattern[str]
    rate_suffix: regex.Pattern[str]
    units: dict[str, UnitRule]
    magnitudes: dict[str, int]
    per_words: dict[str, str]
    per_word: regex.Pattern[str]
    unit_chars: str
    """First characters of the unit words and of the magnitudes, for wrap checks."""
    magnitude_chars: str
    blockers: dict[str, tuple[str, ...]]
    wrapped_units: dict[str, tuple[tuple[str, regex.Pattern[str]], ...]]
    range_gap: regex.Pattern[str]


@cache
def _compile(rules: Rules) -> _Compiled:
    units = _alternation(u.word for u in rules.units)
    mags = _alternation(m for m, _ in rules.magnitudes)
    seps = _alternation(rules.range_separators)
    inside = _alternation(a for a in rules.approx_inside if a != "几")
    near = _alternation(rules.approx_magnitude)
    firsts = regex.escape("".join(sorted(w for w, _ in rules.magnitudes if len(w) == 1)))
    candidate = regex.compile(
        # Not inside a number, nor inside one that OCR spaced (1 046): every start in a
        # run of '1 1 1 …' would scan the bounded run again.
        f"(?<![0-9０-９.．*＊A-Za-z])(?<![0-9０-９][ \\xa0])"
        # 近万人, 百余万元: a bare magnitude as the number; 百五元 and 千五百元 are numerals.
        f"(?:(?<![{CN_CHARS}])(?P<near>(?:{near})?)(?=[{firsts}](?![{CN_DIGITS}]))"
        f"|(?P<n1>{NUMERAL})(?P<mag1>{mags})?"
        f"(?:(?:{_WRAP}|{_SPACE}*)(?P<sep>{seps})(?:{_WRAP}|{_SPACE}*)(?P<n2>{NUMERAL}))?)"
        # 3 000 余元, 六百 余万元: a space may stand before the approximation mark.
        f"(?:(?:{_WRAP}|{_SPACE}{{0,2}})(?P<a1>{inside}))?"
        f"(?:(?:{_WRAP}|{_SPACE}*)(?P<mag>{mags}))?(?P<a2>{inside})?"
        # 百余万元: a magnitude of the magnitude, after its approximation mark.
        f"(?(a2)(?P<mag2>{mags})?)"
        f"(?:(?:{_WRAP}|{_SPACE}*)(?P<unit>{units}))?"
        # No unit and no magnitude: a year, a date, a percentage. Fail here, in C.
        f"(?(unit)|(?(mag)|(?(mag1)|(?<=[{BIG_UNITS}]))))"
    )
    per = _alternation(w for w, _ in rules.per_words)
    periods = _alternation(w for w, name in rules.per_words if name in _PERIOD_NAMES)
    # 元/人/月, 元/月.人, 元／（人·月）: the basis, bracketed or not; a period may follow the
    # basis with no separator (元/人月, 元/户月, 元/床月).
    rate_suffix = regex.compile(
        f"{_SPACE}*[/／]{_SPACE}*(?P<open>[（(])?(?:{per})"
        f"(?:{_SPACE}*[/／.．·•]{_SPACE}*(?:{per})|(?:{periods})){{0,8}}+(?(open)[）)])"
    )
    return _Compiled(
        candidate=candidate,
        rate_suffix=rate_suffix,
        units={u.word: u for u in rules.units},
        magnitudes=dict(rules.magnitudes),
        per_words=dict(rules.per_words),
        per_word=regex.compile(per),
        unit_chars="".join(sorted({u.word[0] for u in rules.units})),
        magnitude_chars="".join(sorted({w[0] for w, _ in rules.magnitudes})),
        wrapped_units={
            u.word: tuple(
                (w.word, regex.compile(_WRAP + regex.escape(w.word[len(u.word) :])))
                for w in rules.units
                if len(w.word) > len(u.word) and w.word.startswith(u.word)
            )
            for u in rules.units
        },
        range_gap=regex.compile(f"(?:{_WRAP}|{_SPACE}*)(?:{seps})(?:{_WRAP}|{_SPACE}*)"),
        blockers={
            u.word: tuple(after for w, after in rules.unit_blockers if w == u.word)
            for u in rules.units
        },
    )


@dataclass(frozen=True, slots=True)  # a text may hold one every two characters (1人1人…)
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


def find_figures(text: str, rules: Rules) -> list[RawFigure]:
    """Every figure in ``text``, in order, none overlapping."""
    with localcontext(EXACT):  # 29 nines × 10⁴ stays exact, and quantize never raises
        return _find(text, rules)


def _find(text: str, rules: Rules) -> list[RawFigure]:
    c = _compile(rules)
    found: list[RawFigure] = []
    pos = 0
    while True:
        m = c.candidate.search(text, pos)
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
        n1 = m["n1"] or ""
        if _LONG_GROUP.match(n1) and _MALFORMED_GROUP.search(
            text, max(0, m.start() - 16), m.start()
        ):
            # 1,2345元: a group of four digits is no thousands group, and 2345 alone would be
            # a wrong value: no figure.
            pos = m.end()
            continue
        comma = _first_comma(n1)
        if comma >= 0:
            # 3,2⏎16: the wrap is no part of the number; in 1,200万3千 the Arabic part is.
            flat = _UNIT_CHAR.split("".join(n1.split()), maxsplit=1)[0]
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
            continue
        pos = fig.end
        if found and _changes_rate(text, found[-1], fig, rules):
            fig = replace(fig, rate=True, per=found[-1].per)
        if found and _shares_approx(text, found[-1], fig):
            fig = replace(fig, approx=True)
        if found and (merged := _join_range(text, found[-1], fig, c, rules)) is not None:
            found[-1] = merged
        else:
            found.append(fig)


def _first_comma(numeral: str) -> int:
    found = [i for i in (numeral.find(","), numeral.find("，")) if i >= 0]
    return min(found) if found else -1


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
    return replace(
        b,
        start=a.start,
        value=None,
        range=(low, high),
        approx=a.approx or b.approx,
        rate=a.rate or b.rate or (a.kind is Kind.MONEY and _range_standard(text, a.start, rules)),
        per=b.per or a.per,
    )


def _shown_per_unit(text: str, found: list[RawFigure], c: _Compiled) -> list[RawFigure]:
    """给5名孤儿送去1000元的慰问金，合计5000元: where the sentence's own sum shows that an
    amount went to each of the counted (5 × 1000 = 5000), the amount is a rate.

    One pass: each sentence's amounts are indexed by value, so a dense text stays linear."""
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
            count = i
            continue
        if amount.rate or amount.value is None or count < 0:
            continue
        counted = found[count]
        if counted.value is None or counted.rate or sentence[count] != sentence[i]:
            continue
        if last_with.get((sentence[i], counted.value * amount.value), -1) > i:
            per = c.per_words.get(counted.unit.strip()[-1:])
            found[i] = replace(amount, rate=True, per=per)
    return found


def _sentence_numbers(text: str, found: list[RawFigure]) -> list[int]:
    """For each figure, the number of sentence breaks between the first figure and it."""
    numbers = [0] * len(found)
    for i in range(1, len(found)):
        lo, hi = found[i - 1].end, found[i].start
        numbers[i] = numbers[i - 1] + (lo < hi and has_break(text, lo, hi, SENTENCE_BREAKS))
    return numbers


def _range_standard(text: str, start: int, rules: Rules) -> bool:
    """每次救助1000元至3000元: a range of money is a standard that varies by case, unless
    its clause is about a total (总投资3至5亿元, 资金缺口3—5万元)."""
    clause = clause_before(text, start)
    return not any(w in clause for w in rules.range_total_words)


def _shares_approx(text: str, a: RawFigure, b: RawFigure) -> bool:
    """分别不低于390元、210元: the mark before 分别's list holds for every item."""
    return (
        a.approx
        and not b.approx
        and text[a.end : b.start] in ("、", "和", "及", "，", ",")
        and "分别" in clause_before(text, a.start, 16)
    )


def _changes_rate(text: str, a: RawFigure, b: RawFigure, rules: Rules) -> bool:
    """每人每月820元，较上年增加40元: the change of a rate, in the same sentence, is a rate,
    and so is a top-up (每餐补贴3元，80周岁以上再补2元).

    Only when the clause says nothing but the change (较上年增加, 提高了): in
    标准为每人500元，资金增加200万元 the funds changed, not the standard."""
    if not a.rate or b.rate or a.kind is not Kind.MONEY or b.kind is not Kind.MONEY:
        return False
    if has_break(text, a.end, b.start, SENTENCE_BREAKS):
        return False
    if any(w in clause_before(text, b.start, 16) for w in rules.top_up_words):
        return True
    # 增加40元、45元: the later items of a list share the verb of the first.
    at = a.start if text[a.end : b.start] in ("、", ",", "，") else b.start
    before = clause_before(text, at, 16).rstrip(" \t\u3000\r\n了分别为")
    verb = next((v for v in rules.change_verbs if before.endswith(v)), None)
    return verb is not None and _COMPARISON.fullmatch(before[: -len(verb)]) is not None


def _fraction_of_count(fig: RawFigure) -> bool:
    return (
        fig.kind is not Kind.MONEY
        and fig.value is not None
        and fig.value != fig.value.to_integral_value()
    )


def _wrap_ok(text: str, m: regex.Match[str], c: _Compiled) -> bool:
    """A figure broken over two lines of hard-wrapped text: one break, inside the numeral
    (12⏎3.5万元) or at the end of a long line that stops without punctuation (709⏎人)."""
    if m.group().count("\n") != 1:
        return False
    nl = text.index("\n", m.start())
    before, after = text[nl - 1], text[nl + 1 : nl + 3].lstrip(" \t\u3000")
    # A digit on at least one side: two separators (.⏎,) are no number.
    inside = (
        before in _NUM_PARTS + ",，"
        and after[:1] in _NUM_PARTS + ",，"
        and not (before in _SEPARATORS and after[:1] in _SEPARATORS)
    )
    # 4,386.5万⏎元: a magnitude cannot end a sentence, so the unit after the wrap is its own.
    unit_after_magnitude = before in c.magnitude_chars and after[:1] in c.unit_chars
    # 每次500⏎-800元: the second end of a range after the wrap.
    range_end = before in _NUM_PARTS and after[:1] in "-－—–~～至到" and after[1:2] in _NUM_PARTS
    # 四千⏎二百元, 八千⏎余元: a Chinese numeral goes on (a line that starts with 二 is no
    # heading here: the candidate ran on into a unit).
    chinese = (
        before in CN_CHARS
        and (after[:1] in CN_CHARS or after[:1] in APPROX_CHARS)
        and ends_open_line(text, nl)
    )
    return inside or unit_after_magnitude or range_end or chinese or is_soft(text, nl)


def _wrapped_unit(text: str, at: int, unit: str, c: _Compiled) -> tuple[str, int] | None:
    """A longer unit cut by a line wrap after ``unit`` (120人⏎次 is person-times)."""
    if not text[at : at + 1].isspace():
        return None
    for word, pattern in c.wrapped_units.get(unit, ()):
        w = pattern.match(text, at)
        if w is not None and is_soft(text, text.index("\n", at)):
            return word, w.end()
    return None


def _read(text: str, m: regex.Match[str], c: _Compiled, rules: Rules) -> RawFigure | None:
    n1, n2, mag1, mag, mag2, unit, near, a1, a2 = m.group(
        "n1", "n2", "mag1", "mag", "mag2", "unit", "near", "a1", "a2"
    )
    if mag1 and mag and not n2 and not a1:
        return None  # 2千万 is one magnitude (千万); 2千余万 is 千 × 万
    end = m.end()
    if unit is None:
        # A bare 万/亿 is money only where the noun is money (公益金1000万).
        last = "mag2" if mag2 else "mag" if mag else "mag1" if mag1 and not n2 else None
        end = m.end(last) if last else -1
        if end < 0 and (n2 or n1 or "")[-1:] in tuple(BIG_UNITS):
            end = m.end("n2" if n2 else "n1")  # 资金三万, 资金三至五万
        if end < 0:
            return None
        end = _strip_tail(text, m.start(), end)
        if not _money_context(text, m.start(), end, rules):
            return None
        rule = UnitRule("", Kind.MONEY)
    else:
        rule = c.units[unit]
        longer = _wrapped_unit(text, m.end("unit"), unit, c)
        if longer is not None:
            rule, end = c.units[longer[0]], longer[1]
        elif _blocked(text, m.end("unit"), unit, c):
            return None
        if rule.needs and not _needs_ok(rule.needs, text, m.start(), m.end("unit"), rules):
            return None
    if _is_rank(text, m.start(), rules):
        return None
    if n1 and n1[0] in "*＊" and text[m.start() - 1 : m.start()] in rules.surnames:
        return None  # 李**户: a household named by a hidden given name, not a hidden count
    surface = text[m.start() : end]
    if near == "" and a2 is None:
        return None  # a bare 万 counts only as 万余 (覆盖留守老年人万余人)
    if near is None and not _plausible_numeral(n1, n2):
        return None

    redacted = any(ch in "*＊" for ch in surface)
    value: Decimal | None = None
    rng: tuple[Decimal, Decimal] | None = None
    if not redacted:
        factor = Decimal(rule.factor)
        scale = Decimal(c.magnitudes[mag]) if mag else Decimal(1)
        if mag2:
            scale *= c.magnitudes[mag2]
        first_scale = Decimal(c.magnitudes[mag1]) if mag1 else scale
        if mag1 and mag and not n2:
            first_scale *= scale
        if n2 and not mag1:
            first_scale *= shared_scale(n1, n2)  # 三至五万元: 万 holds for both ends
        try:
            if near is not None:
                value = factor * scale
            elif n2:
                lo = parse_numeral(n1) * first_scale * factor
                hi = parse_numeral(n2) * scale * factor
                rng = (_normal(min(lo, hi)), _normal(max(lo, hi)))
            else:
                value = _normal(parse_numeral(n1) * first_scale * factor)
        except NumeralError:
            return None

    suffix = c.rate_suffix.match(text, end) if unit else None
    per: str | None = None
    if suffix:
        per = _per_from(suffix.group(), c)
        end = suffix.end()
    approx = bool(
        near
        or a1
        or a2
        or not _UNKNOWN.isdisjoint(n1 or "")
        or _approx_around(text, m.start(), end, rules)
    )
    kind = rule.kind
    rate = suffix is not None
    if not rate:
        cue = _rate_cue(text, m.start(), end, rules, money=kind is Kind.MONEY)
        if cue is not None:
            rate = True
            per = per or _per_from(cue, c)
    rate = rate or (
        rng is not None and kind is Kind.MONEY and _range_standard(text, m.start(), rules)
    )
    return RawFigure(
        start=m.start(),
        end=end,
        kind=kind,
        value=value,
        range=rng,
        unit=text[_unit_start(m, end) : end],
        approx=approx,
        rate=rate,
        per=per,
        redacted=redacted,
    )


def _unit_start(m: regex.Match[str], end: int) -> int:
    """Where the unit as written starts: 万元 in 1.2万元 and in 1万至2万元; 万 in 资金三万."""
    for group in ("mag", "unit") if m["n2"] else ("mag1", "mag", "mag2", "unit"):
        start: int = m.start(group)  # the groups in the order they match; -1 if absent
        if start >= 0:
            return start
    numeral = m["n2"] or m["n1"] or ""
    return end - (len(numeral) - len(numeral.rstrip(BIG_UNITS)))


def _normal(d: Decimal) -> Decimal:
    # 1187.26 × 10000 → 11872600, not 11872600.00: exact, and reads as written.
    return d.quantize(Decimal(1)) if d == d.to_integral_value() else d.normalize()


def _strip_tail(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\u3000\xa0\n":
        end -= 1
    return end


def _plausible_numeral(n1: str | None, n2: str | None) -> bool:
    """Reject a lone 一 (一人一档) and a lone 俩 (母子俩人 names the pair); digit strings
    (一二级, 二〇二五) the parser rejects."""
    return not any(n == "一" or n in CHARS.pairs for n in (n1, n2))


def _blocked(text: str, unit_end: int, unit: str, c: _Compiled) -> bool:
    blockers = c.blockers.get(unit)
    return blockers is not None and text.startswith(blockers, unit_end)


def _is_rank(text: str, start: int, rules: Rules) -> bool:
    return text[max(0, start - 3) : start].endswith(rules.rank_prefixes)


def clause_before(text: str, start: int, limit: int = 60) -> str:
    """The text from the last clause break up to ``start`` (at most ``limit`` characters)."""
    return text[last_break(text, max(0, start - limit), start) + 1 : start]


def _sentence_before(text: str, start: int, limit: int = 40) -> str:
    return text[last_break(text, max(0, start - limit), start, SENTENCE_BREAKS) + 1 : start]


def _money_context(text: str, start: int, end: int, rules: Rules) -> bool:
    before = clause_before(text, start, 12).rstrip(" \t\u3000共计达为约近超过了有尚")
    after = text[end : end + 4]
    return before.endswith(rules.money_nouns) or after.startswith(
        tuple(w for w in rules.money_nouns if len(w) > 1)
    )


def _words_before(text: str, start: int, rules: Rules) -> str:
    """The clause before a figure without its fillers and approximation mark (床位约30位 →
    床位): the noun the unit counts, when it is written first."""
    before = clause_before(text, start, 16).rstrip(" \t\u3000共计达为有")
    for w in rules.approx_before:
        before = before.removesuffix(w)
    return before


def _needs_ok(need: str, text: str, start: int, unit_end: int, rules: Rules) -> bool:
    after = text[unit_end : unit_end + 6]
    if need == "people":
        return not _words_before(text, start, rules).endswith(rules.seat_nouns)
    if need == "household":
        return not _words_before(text, start, rules).endswith(
            rules.business_nouns
        ) and not after.startswith(rules.business_nouns)
    if need == "marriage":
        ctx = _sentence_before(text, start, 60) + after[:2]
        return any(w in ctx for w in rules.marriage_words)
    if need == "bed":
        noun = regex.match(r"[ \u3000]*\p{Han}{0,5}", after)
        clause = clause_before(text, start, 16)
        if any(w in noun.group() or w in clause for w in rules.bed_words):
            return True
        # 护理型床位占比54%，与目标差距约0.5万张: a 张 that names nothing else, in a
        # sentence about beds.
        return (
            not noun.group().strip()
            and any(w in _sentence_before(text, start, 60) for w in rules.bed_words)
            and not any(w in clause for w in rules.sheet_nouns)
        )
    if need == "money":
        return after.startswith("钱") or _money_context(text, start, unit_end, rules)
    raise ValueError(f"unknown unit check {need!r}; known: people, household, marriage, bed, money")


def _approx_around(text: str, start: int, end: int, rules: Rules) -> bool:
    # Past blanked page furniture and a line wrap: 共投入资金约⏎420万元.
    before = text[max(0, start - 80) : start].rstrip(" \t\u3000\r\n")
    before = before.replace("\r", "").replace("\n", "")[-12:]  # 不少⏎于10名
    if "每" in before or "均" in before:
        # 不低于每人每年7500元: the mark stands before the rate's basis.
        before = _PER_BASIS.sub("", before)
    if before.endswith(rules.approx_before):
        # The longer word wins: 节约 is no mark, 折合约 is (折合 + 约).
        mark = max(len(w) for w in rules.approx_before if before.endswith(w))
        if mark > blocker_length(before, rules):
            return True
    return text[end : end + 6].lstrip(" \t\u3000").startswith(_marks_after(rules))


def blocker_length(s: str, rules: Rules) -> int:
    """Length of the approximation blocker ``s`` ends with (节约 → 2), or 0. A mark counts
    only where it is longer than the blocker it ends (折合约 is a mark; 合约 is not)."""
    return max((len(w) for w in rules.approx_blockers if s.endswith(w)), default=0)


@cache
def _marks_after(rules: Rules) -> tuple[str, ...]:
    # 多 and 余 after the unit belong to the next words (200元多次), not to the figure.
    return tuple(w for w in rules.approx_after if w not in ("多", "余"))


def _rate_cue(text: str, start: int, end: int, rules: Rules, *, money: bool) -> str | None:
    """The rate cue in the figure's clause (人均, 每人每月, 每个社区; for money also 标准,
    封顶…) or right after it (200元每人).

    Returns the clause from the first cue on, which names the rate's basis
    (月人均 → person·month, 标准为每人每月 → person·month).
    """
    after = text[end : end + 3]
    if money and after.startswith(rules.rate_cues_after):
        return after
    clause = clause_before(text, start)
    if (
        money
        and after.startswith(rules.cap_words_after)
        and not any(w in clause for w in rules.total_words)
    ):
        return after
    cue = _cue_pattern(rules, money).search(clause)
    first = len(clause) if cue is None else cue.start()
    if money and first == len(clause):
        first = _period_subsidy(clause, rules)
    if money and first == len(clause):
        first = _grant(clause, rules)
    if first == len(clause):
        return None
    owner = _NUMBER_START.search(clause, first)
    if owner is not None and _total_after(rules).search(clause, owner.start()):
        # 按每人每月62元…发放价格临时补贴4620人次: the cue belongs to 62元, not to the total.
        return None
    return clause[max(0, first - 1) :]


def _period_subsidy(clause: str, rules: Rules) -> int:
    """每年给予运营补贴1万元 after the units it goes to: a yearly amount per unit.

    Not when the clause reports a total (每月发放, 累计): that is a sum over everyone."""
    m = _period_pattern(rules).search(clause)
    if m is None or any(w in clause for w in rules.total_words):
        return len(clause)
    return m.start() if any(w in clause[m.end() :] for w in rules.subsidy_words) else len(clause)


def _grant(clause: str, rules: Rules) -> int:
    """对获评5A级的社会组织给予一次性奖励10万元: what each gets, where no total is said."""
    at = max((clause.rfind(w) for w in rules.grant_words), default=-1)
    if at < 0 or any(w in clause for w in rules.total_words):
        return len(clause)
    return at


@cache
def _cue_pattern(rules: Rules, money: bool) -> regex.Pattern[str]:
    """All rate cues as one pattern, so the leftmost is found in one pass.

    每 with any measure but a period is a cue (每具, 每生, 每个社区): 每月发放 is a total,
    and so is 平均每月发放; 各 before a verb of giving is "each" (各送去两千元); 标准化 is
    no standard."""
    words = rules.unit_rate_cues + (rules.rate_cues_before if money else ())
    periods = _alternation(rules.periods)
    return regex.compile(
        f"(?!平均每(?:{periods}))(?:{_alternation(words)})(?!(?<=标准)化)"
        f"|每(?!{periods})\\p{{Han}}|各(?:{_alternation(rules.each_verbs)})"
    )


@cache
def _total_after(rules: Rules) -> regex.Pattern[str]:
    totals = _alternation(w for w in rules.total_words if len(w) > 1)
    return regex.compile(f"(?:{totals})\\p{{Han}}{{2,}}")


@cache
def _period_pattern(rules: Rules) -> regex.Pattern[str]:
    return regex.compile(f"每(?:{_alternation(rules.periods)})")


def _per_from(cue: str, c: _Compiled) -> str | None:
    """'/月.人' or '每人每月' → 'person·month' (entity first, then period)."""
    names: list[str] = []
    for m in c.per_word.finditer(cue):
        name = c.per_words[m.group()]
        if name not in names:
            names.append(name)
    ordered = [n for n in names if n not in _PERIOD_NAMES] + [
        n for n in names if n in _PERIOD_NAMES
    ]
    return "·".join(ordered) or None
