"""The numeral grammar: the case table tests/data/numeral_cases.json through `extract`, and
the parser on its own (against cn2an where cn2an is right)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mzextract import extract
from mzextract.numerals import NumeralError, grammar, parse_chinese, parse_numeral
from mzextract.rules import Rules

CASES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "numeral_cases.json").read_text("utf-8")
)


def test_case_table_is_big_and_unique() -> None:
    assert len(CASES) >= 150
    assert len({c["id"] for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_numeral_case(case: dict[str, Any]) -> None:
    report = extract(case["input"])
    shown = [(f.text, f.kind.value, f.value, f.range) for f in report.figures]
    if case["text"] is None:
        assert report.figures == (), f"{case['why']}: got {shown}"
        return
    (f,) = [f for f in report.figures if f.text == case["text"]] or [None]
    assert f is not None, f"expected {case['text']!r}, got {shown}"
    assert len(report.figures) == 1, f"one figure expected, got {shown}"
    assert f.kind.value == case["kind"]
    want = case["value"]
    if isinstance(want, list):
        assert f.value is None and f.range == (Decimal(want[0]), Decimal(want[1])), shown
    elif want is None:
        assert f.value is None and f.range is None and f.redacted, shown
    else:
        assert f.value == Decimal(str(want)), shown
    assert f.approx == case["approx"], shown
    for field in ("unit", "rate", "per"):
        if field in case:
            assert getattr(f, field) == case[field], (field, getattr(f, field))


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("三百二十", 320),
        ("十", 10),
        ("十几", 10),
        ("几十", 10),
        ("数百", 100),
        ("零", 0),
        ("一百〇八", 108),
        ("四千\n二百", 4200),
        ("三万万", 300_000_000),
        ("一万二", 12_000),
        ("三亿五", 350_000_000),
        ("十万零", 100_000),
        ("3万2千5百", 32_500),
        ("零点五万", 5_000),
        ("三点二", Decimal("3.2")),
    ],
)
def test_parse_chinese(raw: str, value: int | Decimal) -> None:
    assert parse_chinese(raw) == value


@pytest.mark.parametrize(
    "raw",
    [
        *("", "万", "千", "亿万", "一二", "二〇二五", "十百", "五十十", "一百零十", "三万五万"),
        *("点五", "三点", "一万点五", "三点五十", "三点二点一", "3千25", "3二", "abc", "一" * 65),
    ],
)
def test_parse_chinese_rejects(raw: str) -> None:
    with pytest.raises(NumeralError):
        parse_chinese(raw)


@pytest.mark.parametrize(
    "raw", ["9" * 31, "1" + "0" * 40, "1e5", "NaN", "Infinity", "O1", ",", "1" * 65]
)
def test_parse_arabic_rejects_without_other_errors(raw: str) -> None:
    with pytest.raises(NumeralError):
        parse_numeral(raw)


@pytest.mark.parametrize(
    ("first", "second", "scale"),
    [
        ("三", "五万", 10**4),
        ("一百", "五百万", 10**4),
        ("十", "二十万", 10**4),
        ("三", "五千", 1000),
        ("三", "五千万", 10**7),
        ("五", "二十", 1),
        ("三万", "五万", 1),
        ("3", "5", 1),
    ],
)
def test_shared_scale(first: str, second: str, scale: int) -> None:
    assert grammar().shared_scale(first, second) == scale


# cn2an writes every integer in the standard forms, lower case and financial: our parser
# must read them all back.
@settings(max_examples=500, deadline=None)
@given(st.integers(min_value=0, max_value=10**16 - 1), st.sampled_from(["low", "up"]))
def test_reads_every_standard_form(n: int, style: str) -> None:
    written = cn2an.an2cn(n, style)
    assert parse_chinese(written) == n, written


_ALPHABET = "".join(c.word for c in Rules.default().numeral_chars) + "0123456789.． \n"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=30))
def test_parser_raises_only_numeral_error(raw: str) -> None:
    try:
        value = parse_numeral(raw)
    except NumeralError:
        return
    assert value.is_finite() and 0 <= value < Decimal(10) ** 30
