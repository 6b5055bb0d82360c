"""The numeral grammar: the patterns that find a numeral as reports write it, and the
parser from the matched string to `Decimal`.

Arabic numerals may be full-width, carry thousands separators, OCR slips or a line
wrap; Chinese numerals may use the financial (叁仟贰佰) or traditional (壹萬貳仟)
characters, mix Arabic digits with Chinese magnitudes (3万2千5百), elide the last
unit (两千陆 = 2600, 百五 = 150), hold spaces (二百 三 十 一) and a decimal point
(三点二万). Every CJK character the grammar knows is an entry of the ``numeral_chars``
table of the rules, and OCR reads a letter for a digit only before a magnitude or one
of the ``units``: `grammar` builds the patterns and the parser of a rule set once. The
parser raises nothing but `NumeralError`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Context, Decimal, InvalidOperation, localcontext
from functools import cache, lru_cache

from mzextract.rules import Rules

ARABIC_DIGITS = "0123456789０１２３４５６７８９"
_ARABIC_SET = frozenset(ARABIC_DIGITS)
# 。 reaches a numeral only where OCR read it for the decimal point (3。26亿元).
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，。", "0123456789.,.")
# OCR slips that read a 0, 1 or 5 as a letter; only applied inside a digit run.
_OCR = str.maketrans("OoIlS", "00115")
# A numeral longer than this is no amount anyone writes: no figure, and no long scan.
MAX_CHARS = 64
# Values from 10**30 on are no amount either (29 nines still are read, exactly).
_LIMIT = Decimal(10) ** 30
# Exact arithmetic for every value the grammar admits, times any magnitude and factor.
EXACT = Context(prec=100)

# ----------------------------------------------------------------- patterns

SPACE = "[ \\t\\u3000\\xa0]"
# A line wrap inside a figure: checked afterwards by the figure reader.
WRAP = f"{SPACE}*\\r?\\n{SPACE}*"
_DIGIT = "[0-9０-９]"
_N = MAX_CHARS
# OCR leaves letters for digits (2O5, l28, ll7, l 265) and single spaces inside numbers
# (1 046); converters group thousands with a full-width space (2　486), only ever before
# 3 digits; a hard wrap may fall inside the three digits after a comma (3,2⏎16).
_THOUSAND = (
    f"(?:{WRAP})?[0-9０-９OoIlS](?:(?:{WRAP})?[0-9０-９OoIlS]){{2}}(?!(?:{WRAP})?[0-9０-９OoIlS])"
)
REDACTION_MARKS = "*＊×"
"""Marks that hide the digits of a number (**万元, ××万元; × only doubled: 3×5 is no mark)."""
REDACTED = f"{_DIGIT}*+(?:[*＊]|××)[*＊×0-9０-９]*+(?:[.．][*＊×0-9０-９]++)?"


class NumeralError(ValueError):
    """The string is not a numeral this module can read."""


@dataclass(frozen=True, eq=False)  # one per rule set (see `grammar`), compared by identity
class Grammar:
    """The numeral grammar of a rule set: its characters, the pattern that finds a
    numeral, and the parser."""

    digits: Mapping[str, int]
    small: Mapping[str, int]
    """Small units by character: 十 → 10, 佰 → 100."""
    big: Mapping[str, int]
    """Big units by character: 万 → 10⁴, 億 → 10⁸."""
    point: str
    unknown: str
    unknown_before_unit: str
    not_alone: frozenset[str]
    """Digits that by themselves before a unit are no count (一, 俩)."""
    word_ends: str
    """Variant digits that also close a common word (伍 of 队伍, 俩 of 咱俩): a numeral may
    start right after one (队伍三百名)."""
    cn_glued: str
    """The Chinese numeral characters a numeral may not start right after: those of
    ``cn_chars`` that are not ``word_ends``."""
    units: str
    """Every small and big unit character."""
    cn_digits: str
    cn_chars: str
    """Every character a Chinese numeral is written with (not the decimal point)."""
    numeral: str
    """The pattern of a numeral (Arabic, Chinese, mixed or redacted)."""
    big_units: str
    """Every big unit character."""
    unit_set: frozenset[str]
    """`units` as a set, for one test in C per numeral."""
    firsts: str
    """Every character a numeral may start with: a digit, a redaction mark, a letter OCR
    reads for 1, an unknown digit before a unit, a Chinese numeral character."""

    def parse(self, raw: str) -> Decimal:
        """Any numeral the pattern finds."""
        if not self.unit_set.isdisjoint(raw):  # 3万2千, 三百
            return self.parse_chinese(raw)
        if not _ARABIC_SET.isdisjoint(raw) or raw[:1] in ("l", "I"):  # OCR: 最高l万元
            return parse_arabic(raw)
        return self.parse_chinese(raw)

    def parse_chinese(self, raw: str) -> Decimal:
        """A Chinese numeral, or Arabic digits with Chinese units, → Decimal.

        ``'三百二十'`` → 320, ``'叁仟贰佰'`` → 3200, ``'3万2千5百'`` → 32500,
        ``'两千陆'`` → 2600, ``'三点二万'`` → 32000, ``'3万万'`` → 300000000;
        ``'十几'`` → 10 and ``'几十'`` → 10 (the unknown digit read as nothing, or as 1 before
        a unit: the caller marks the figure approximate).
        """
        return _parse_chinese(self, raw)

    def shared_scale(self, first: str, second: str) -> int:
        """The units of a range's second end that hold for its first end too: 万 in 三至五万
        and in 一百至五百万 (10⁴), 千 in 三至五千 (10³); none in 五至二十 or 3万至5万."""
        if any(c in self.big for c in first):
            return 1
        rest = second.rstrip()
        scale = 1
        while rest and rest[-1] in self.big:
            scale *= self.big[rest[-1]]
            rest = rest[:-1]
        small = self.small.get(rest[-1:], 0)
        if (
            small > 10
            and self.digits.get(rest[-2:-1], 0) > 0
            and not any(c in self.units for c in first)
        ):
            scale *= small
        return scale

    def tokens(self, s: str) -> list[_Token]:
        out: list[_Token] = []
        i = 0
        while i < len(s):
            c = s[i]
            if c in ARABIC_DIGITS or c in "OoIlS":
                j = i
                while (
                    j < len(s)
                    and s[j] not in self.digits
                    and s[j] not in self.small
                    and s[j] not in self.big
                ):
                    j += 1
                out.append(("a", parse_arabic(s[i:j])))  # 1,200万3千, l万2千: the Arabic run
                i = j
                continue
            if c in self.digits:
                v = self.digits[c]
                out.append(("z", Decimal(0)) if v == 0 else ("d", Decimal(v)))
            elif c in self.small:
                out.append(("u", Decimal(self.small[c])))
            elif c in self.big:
                out.append(("b", Decimal(self.big[c])))
            elif c in self.point:
                out.append(("p", Decimal(0)))
            elif c in self.unknown or (c in self.unknown_before_unit and i == 0):
                out.append(("?", Decimal(0)))
            else:
                raise NumeralError(f"not a numeral character {c!r} in {s!r}")
            i += 1
        return out


def grammar(rules: Rules | None = None) -> Grammar:
    """The numeral grammar of ``rules`` (the shipped rules by default), built once."""
    return _grammar(rules or Rules.default())


@cache
def _grammar(rules: Rules) -> Grammar:
    chars = rules.numeral_chars

    def of(role: str) -> dict[str, int]:
        return {c.word: c.value for c in chars if c.role == role}

    digits, small, big = of("digit"), of("small_unit"), of("big_unit")
    point, unknown, before_unit = (
        "".join(of(r)) for r in ("point", "unknown", "unknown_before_unit")
    )
    units = "".join(small) + "".join(big)
    # The characters of a unit after its first, plain one (拾, 萬): not in the rules' magnitudes.
    variants = "".join(
        c
        for table in (small, big)
        for i, (c, v) in enumerate(table.items())
        if v in list(table.values())[:i]
    )
    cn_digits = "".join(digits)
    cn_chars = cn_digits + units + unknown
    plain = {v: w for w, v in reversed(digits.items())}
    word_ends = "".join(
        c.word for c in chars if c.role == "digit" and not c.alone and plain[c.value] != c.word
    )
    cn_glued = "".join(ch for ch in cn_chars if ch not in word_ends)
    # What may follow a digit run that OCR ended in O/l: a magnitude, a unit word, or an
    # approximation mark before one (68OO余人).
    firsts = {u.word[0] for u in rules.units} | {w[0] for w in rules.approx_inside}
    stop = f"[{units}{''.join(sorted(firsts))}]"
    return Grammar(
        digits=digits,
        small=small,
        big=big,
        point=point,
        unknown=unknown,
        unknown_before_unit=before_unit,
        not_alone=frozenset(c.word for c in chars if not c.alone),
        word_ends=word_ends,
        cn_glued=cn_glued,
        units=units,
        cn_digits=cn_digits,
        cn_chars=cn_chars,
        numeral=_pattern(
            stop, units, "".join(big), variants, cn_digits, cn_chars, cn_glued, point, before_unit
        ),
        big_units="".join(big),
        unit_set=frozenset(units),
        firsts=ARABIC_DIGITS + REDACTION_MARKS + "lI" + before_unit + cn_chars,
    )


def _pattern(
    stop: str,
    units: str,
    big_units: str,
    variants: str,
    cn_digits: str,
    cn_chars: str,
    cn_glued: str,
    point: str,
    before_unit: str,
) -> str:
    # Bounded, so a run of a million digits or '1 ' pairs costs the same at every start.
    run_body = (
        f"(?:{_DIGIT}|[,，](?={_THOUSAND})|[OoIl](?=[.．]?{_DIGIT}|[.．][OoIl])|S(?={_DIGIT})"
        f"|[OoIl](?=[OoIl]{{0,2}}{stop}|[ \\xa0]{_DIGIT}|[,，]{_THOUSAND})"
        f"|[ \\xa0](?=[OoIl]?{_DIGIT}|[OoIl]{{1,3}}{stop})"
        f"|(?<={_DIGIT})(?<!{_DIGIT}{{4}})\\u3000(?={_DIGIT}{{3}}(?!{_DIGIT}))){{0,{_N}}}+"
    )
    run = (
        f"(?:{_DIGIT}|(?<=[\\u4e00-\\u9fff、，,；;：:（(\\n])[lI]"
        f"(?=[ \\xa0]?[lI]?{_DIGIT}|[.．,，][0-9０-９OoIl]|[lI]?{stop})){run_body}"
    )
    # A decimal point; OCR also reads it as a comma (3215，6万元) when one or two digits end
    # it, and as 。 before the digits of 万/亿 (3。26亿元).
    point_ = (
        f"(?:[.．]|[,，](?={_DIGIT}{{1,2}}(?![0-9０-９,，.．]))"
        f"|(?<=[0-9０-９])。(?={_DIGIT}{{1,2}}[{big_units}]))"
    )
    # At most one wrap inside the integer part, so a figure never runs over many lines.
    # OCR reads a 0 after the point as a letter too (336．O万元), or leaves a space (4.2 6万人).
    fraction = f"(?:{_DIGIT}|[OoIl](?=[0-9０-９OoIl]*{stop})|[ \\xa0](?={_DIGIT})){{1,{_N}}}+"
    arabic = (
        # The part after the wrap may start with the thousands comma (2⏎,950元).
        f"{run}(?:{WRAP}(?={_DIGIT}|[,，]{_DIGIT}){run_body})?"
        f"(?:(?:{WRAP})?{point_}(?:{WRAP})?{fraction}(?:{WRAP}(?={_DIGIT}){_DIGIT}{{1,{_N}}}+)?)?"
    )
    cn = f"[{cn_chars}]"
    unit = f"[{units}]"
    # A space inside a Chinese numeral stands next to a unit (二百 三 十 一, 六百 余万), never
    # between two digits (三 四人 is no numeral).
    inner_space = f"(?:(?<={unit}){SPACE}{{1,2}}+(?={cn})|{SPACE}{{1,2}}+(?={unit}))"
    cn_run = f"{cn}{{1,{_N}}}+(?:{inner_space}{cn}{{1,{_N}}}+){{0,{_N}}}+"
    cn_point = f"(?:{_cls(point)}[{cn_digits}]{{1,{_N}}}+[{big_units}]{{0,3}}+)?"
    # An unknown digit before a magnitude (数百人 → about 100), like 几; not before one a digit
    # follows (供养人数十四人: 人数, then 十四人).
    # One hard wrap may fall inside (四千⏎二百元); the figure reader checks it.
    unknown = f"(?:{_cls(before_unit)}(?={unit}(?![{cn_digits}])))?"
    chinese = f"{unknown}{cn_run}(?:{WRAP}(?={cn}){cn_run})?{cn_point}"
    # Arabic digits with Chinese magnitudes: 3万2千5百, 1万2千, 8亿2万3千1百, 3万万. Tried
    # only where a unit follows the Arabic numeral, and given back when the figure fails with it.
    mixed_tail = (
        f"(?:(?<=[0-9０-９OoIl])(?={unit})(?:"
        f"(?:{unit}{{1,3}}+[0-9０-９{cn_digits}]{{1,{_N}}}+){{1,8}}+{unit}{{0,3}}+"
        f"|[{big_units}]{{2,3}}+"
        # 1.5萬元, 3仟元: a magnitude written with a financial or traditional character.
        f"|(?=[{units}]{{0,2}}{_cls(variants)})[{units}]{{1,3}}+))?"
    )
    return f"(?:{REDACTED}|{arabic}{mixed_tail}|(?<!{_cls(cn_glued)}){chinese})"


def _cls(chars: str) -> str:
    """A character class; one that never matches when the table has no such characters."""
    return f"[{chars}]" if chars else "(?!)"


# ------------------------------------------------------------------ parsers


def parse_arabic(raw: str) -> Decimal:
    """``'1,234.5'``, ``'１２３'``, ``'12\\n3'`` (line wrap) → Decimal."""
    if raw.isascii() and raw.isdigit():
        # Plain ASCII digits, as most numerals are: what the steps below would leave.
        if len(raw) > MAX_CHARS:
            raise NumeralError(f"too long for a numeral: {raw[:20]!r}…")
        plain = Decimal(raw)
        if plain >= _LIMIT:
            raise NumeralError(f"not a sensible numeral: {raw!r}")
        return plain
    s = "".join(raw.split()).translate(_FULLWIDTH)
    if len(s) > MAX_CHARS:
        raise NumeralError(f"too long for a numeral: {raw[:20]!r}…")
    if "." not in s and (comma := s.rfind(",")) >= 0 and len(s) - comma - 1 in (1, 2):
        s = s[:comma] + "." + s[comma + 1 :]  # OCR read the decimal point as a comma
    s = s.replace(",", "")
    if s[:1] in "OoS" or s.strip("0123456789.OoIlS"):  # also no exponent (1e5) nor NaN
        raise NumeralError(f"not an Arabic numeral: {raw!r}")
    try:
        value = Decimal(s.translate(_OCR))
    except InvalidOperation as e:
        raise NumeralError(f"not an Arabic numeral: {raw!r}") from e
    if not value.is_finite() or value >= _LIMIT:
        raise NumeralError(f"not a sensible numeral: {raw!r}")
    return value


def parse_chinese(raw: str, rules: Rules | None = None) -> Decimal:
    """`Grammar.parse_chinese` of the grammar of ``rules`` (the shipped rules by default)."""
    return grammar(rules).parse_chinese(raw)


def parse_numeral(raw: str, rules: Rules | None = None) -> Decimal:
    """`Grammar.parse` of the grammar of ``rules`` (the shipped rules by default)."""
    return grammar(rules).parse(raw)


@lru_cache(maxsize=4096)
def _parse_chinese(g: Grammar, raw: str) -> Decimal:
    s = "".join(raw.split())
    if not s or len(s) > MAX_CHARS:
        raise NumeralError(f"not a Chinese numeral: {raw[:20]!r}")
    with localcontext(EXACT):
        value = _number(g.tokens(s), raw)
    if value >= _LIMIT:
        raise NumeralError(f"not a sensible numeral: {raw!r}")
    return value


# A token: (kind, value). Kinds: d digit, a Arabic number, z zero, ? unknown digit,
# u small unit, b big unit, p point.
_Token = tuple[str, Decimal]


def _number(tokens: list[_Token], raw: str) -> Decimal:
    points = [i for i, (k, _) in enumerate(tokens) if k == "p"]
    if not points:
        return _value(tokens, raw)
    if len(points) > 1:
        raise NumeralError(f"two decimal points in {raw!r}")
    p = points[0]
    whole, rest = tokens[:p], tokens[p + 1 :]
    fraction = ""
    for k, v in rest:
        if k not in ("d", "z"):
            break
        fraction += str(v)
    scales = rest[len(fraction) :]
    if not whole or not fraction or any(k != "b" for k, _ in scales):
        raise NumeralError(f"not a decimal numeral: {raw!r}")  # 一万点五, 三点, 三点五十
    if any(k == "b" for k, _ in whole):
        raise NumeralError(f"a magnitude before the decimal point: {raw!r}")
    value = _section(whole, raw) + Decimal("0." + fraction)
    for _, scale in scales:
        value *= scale
    return value


def _value(tokens: list[_Token], raw: str) -> Decimal:
    """Split at the last of the largest magnitudes: 四千二百六十|万|三千, 三万|万."""
    bigs = [(v, i) for i, (k, v) in enumerate(tokens) if k == "b"]
    if not bigs:
        return _section(tokens, raw)
    top, at = max(bigs)
    left, right = tokens[:at], tokens[at + 1 :]
    if not left:
        raise NumeralError(f"a magnitude without a number: {raw!r}")
    if left[-1][0] not in ("u", "b") and any(k == "b" and v == top for k, v in left):
        raise NumeralError(
            f"a magnitude twice: {raw!r}"
        )  # 三万五万; 三万万 and 一万二千万 are fine
    value = _value(left, raw) * top
    if not right:
        return value
    if len(right) == 1 and right[0][0] in ("d", "a") and _single_digit(right[0][1]):
        return value + right[0][1] * top / 10  # 一万二 = 12000, 三亿五 = 3.5亿
    low = _value(right, raw)
    if low >= top:
        raise NumeralError(f"a lower part as large as its magnitude: {raw!r}")  # 三万五万
    return value + low


def _single_digit(v: Decimal) -> bool:
    return v == v.to_integral_value() and 0 < v < 10


def _section(tokens: list[_Token], raw: str) -> Decimal:
    """A numeral below 万: digits and 十百千, with 零 as a gap mark and the last unit elided
    (两千陆 = 2600, 百五 = 150)."""
    total = Decimal(0)
    pending: tuple[str, Decimal] | None = None
    last_unit: Decimal | None = None
    zero = False
    seen = False
    for k, v in tokens:
        if k == "z":
            if pending is not None and pending[0] != "?":
                raise NumeralError(f"a digit string, not a numeral: {raw!r}")  # 二〇二五
            zero = seen = True
        elif k in ("d", "a", "?"):
            if pending is not None:
                raise NumeralError(f"a digit string, not a numeral: {raw!r}")  # 一二, 3二
            pending, seen = (k, v), True
        elif k == "u":
            if last_unit is not None and v >= last_unit:
                raise NumeralError(f"units out of order: {raw!r}")  # 十百, 五十十
            if pending is None:
                if seen or (v != 10 and not tokens[1:]):
                    raise NumeralError(f"a unit without its digit: {raw!r}")  # 一百零十, 千
                count = Decimal(1)  # 十五, 百五
            else:
                count = Decimal(1) if pending[0] == "?" else pending[1]
            total += count * v
            last_unit, pending, zero, seen = v, None, False, True
        else:
            raise NumeralError(f"not a numeral: {raw!r}")
    if pending is not None:
        kind, v = pending
        if kind == "?":
            pass  # 十几 → 10
        elif last_unit is not None and not zero:
            if not _single_digit(v):
                raise NumeralError(f"digits after a unit: {raw!r}")  # 3千25
            total += v * last_unit / 10  # 两千陆, 百五, 二十五
        else:
            total += v
    elif not seen:
        raise NumeralError(f"not a numeral: {raw!r}")
    return total
