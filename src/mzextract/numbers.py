"""Numerals as written in reports → `Decimal`.

Arabic numerals may be full-width, carry thousands separators, or be broken
by a line wrap; Chinese numerals go through cn2an once, here.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import lru_cache

import cn2an

# 。 reaches a numeral only where OCR read it for the decimal point (3。26亿元).
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，。", "0123456789.,.")
# OCR slips that read a 0 or 1 as a letter; only applied inside a digit run.
_OCR = str.maketrans("OoIl", "0011")

ARABIC_DIGITS = "0123456789０１２３４５６７８９"
CHINESE_DIGITS = "零〇一二两三四五六七八九"
CHINESE_NUMERAL_CHARS = CHINESE_DIGITS + "十百千万亿"
REDACTION_CHARS = "*＊"


class NumeralError(ValueError):
    """The string is not a numeral this module can read."""


def parse_arabic(raw: str) -> Decimal:
    """``'1,234.5'``, ``'１２３'``, ``'12\\n3'`` (line wrap) → Decimal."""
    s = "".join(raw.split()).translate(_FULLWIDTH)
    if "." not in s and (comma := s.rfind(",")) >= 0 and len(s) - comma - 1 in (1, 2):
        s = s[:comma] + "." + s[comma + 1 :]  # OCR read the decimal point as a comma
    s = s.replace(",", "")
    if s[:1] in "Oo":
        raise NumeralError(f"not an Arabic numeral: {raw!r}")
    try:
        value = Decimal(s.translate(_OCR))
    except InvalidOperation as e:
        raise NumeralError(f"not an Arabic numeral: {raw!r}") from e
    if not value.is_finite():
        raise NumeralError(f"not a finite numeral: {raw!r}")
    return value


@lru_cache(maxsize=4096)
def parse_chinese(raw: str) -> Decimal:
    """``'三百二十'``, ``'两万'``, ``'十几'`` (几 read as nothing: 十几 → 10) → Decimal."""
    # 几 and 数 stand for an unknown digit: 十几 → 10, 数百 → 100 (the caller marks approx).
    s = "".join(raw.split()).replace("几", "").replace("数", "").replace("〇", "零")  # 四千⏎二百
    if not s:
        raise NumeralError(f"not a Chinese numeral: {raw!r}")
    if s[0] in "十百千万亿" and raw[0] in "几数":
        s = "一" + s
    try:
        value = cn2an.cn2an(s, "normal")
    except (ValueError, KeyError, IndexError) as e:
        raise NumeralError(f"not a Chinese numeral: {raw!r}") from e
    return Decimal(str(value))


def parse_numeral(raw: str) -> Decimal:
    """Either kind of numeral."""
    if any(c in ARABIC_DIGITS for c in raw) or raw[:1] in ("l", "I"):  # OCR: 最高l万元
        return parse_arabic(raw)
    return parse_chinese(raw)
