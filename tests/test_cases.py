"""Golden cases kept as data in tests/data/*.json, checked against `mzextract.extract`.

- figure_cases.json: each expected figure is placed by finding its `text` in the
  input (the N-th match when `occurrence` is given); the set of (start, end, kind)
  found must equal the expected set, and each figure's value (or range), approx,
  rate, redacted and subject must agree (subject as the scorer does: the predicted
  phrase contains the expected one or lies inside it).
- negative_cases.json: inputs that hold no figure at all.
- section_cases.json: the headings found (by marker offset) must equal the expected
  ones, with the same marker, level and title.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from mzextract import extract

DATA = Path(__file__).parent / "data"


def _load(name: str) -> list[dict[str, Any]]:
    with open(DATA / name, encoding="utf-8") as fh:
        cases: list[dict[str, Any]] = json.load(fh)
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), f"duplicate case ids in {name}"
    return cases


FIGURE_CASES = _load("figure_cases.json")
NEGATIVE_CASES = _load("negative_cases.json")
SECTION_CASES = _load("section_cases.json")


def _place(text: str, needle: str, occurrence: int | None) -> int:
    """Offset of `needle` in `text`: the only match, or the `occurrence`-th (1-based)."""
    hits = []
    i = text.find(needle)
    while i >= 0:
        hits.append(i)
        i = text.find(needle, i + 1)
    if occurrence is None:
        assert len(hits) == 1, f"case data: {needle!r} found {len(hits)} times, give an occurrence"
        return hits[0]
    assert 1 <= occurrence <= len(hits), f"case data: occurrence {occurrence} of {needle!r}"
    return hits[occurrence - 1]


def _kind(figure: Any) -> str:
    k = figure.kind
    return str(getattr(k, "value", k))


def _dec(x: Any) -> Decimal:
    return Decimal(str(x))


def _subject(figure: Any) -> str | None:
    s = figure.subject
    return getattr(s, "text", s)


def _show(figures: Any) -> str:
    return ", ".join(f"{f.text!r}@{f.start}:{_kind(f)}" for f in figures) or "nothing"


# ---------------------------------------------------------------- data sanity


def test_case_files_are_big_enough() -> None:
    assert len(FIGURE_CASES) >= 120
    assert len(NEGATIVE_CASES) >= 40
    assert len(SECTION_CASES) >= 40


# -------------------------------------------------------------------- figures


@pytest.mark.parametrize("case", FIGURE_CASES, ids=[c["id"] for c in FIGURE_CASES])
def test_figure_case(case: dict[str, Any]) -> None:
    text = case["input"]
    expected = {}
    for g in case["figures"]:
        start = _place(text, g["text"], g.get("occurrence"))
        expected[(start, start + len(g["text"]), g["kind"])] = g

    report = extract(text)
    found = {(f.start, f.end, _kind(f)): f for f in report.figures}
    missing = [f"{g['text']!r}:{g['kind']}" for key, g in expected.items() if key not in found]
    spurious = [f"{f.text!r}@{f.start}:{_kind(f)}" for k, f in found.items() if k not in expected]
    assert not missing and not spurious, (
        f"in {text!r}: missing {missing}, spurious {spurious}; got {_show(report.figures)}"
    )

    problems = []
    for key, g in expected.items():
        f = found[key]
        label = g["text"]
        want = g["value"]
        if isinstance(want, list):
            lo, hi = (_dec(x) for x in want)
            got = None if f.range is None else tuple(_dec(x) for x in f.range)
            if got != (lo, hi):
                problems.append(f"{label}: range {got} != ({lo}, {hi})")
        elif want is None:
            if f.value is not None or f.range is not None:
                problems.append(f"{label}: value {f.value} / range {f.range}, expected none")
        elif f.value is None or _dec(f.value) != _dec(want):
            problems.append(f"{label}: value {f.value} != {_dec(want)}")
        for flag in ("approx", "rate", "redacted"):
            if bool(getattr(f, flag)) != bool(g[flag]):
                problems.append(f"{label}: {flag} {getattr(f, flag)} != {g[flag]}")
        if g.get("subject"):
            got_subject = _subject(f)
            if not got_subject or not (g["subject"] in got_subject or got_subject in g["subject"]):
                problems.append(f"{label}: subject {got_subject!r} vs {g['subject']!r}")
    assert not problems, f"in {text!r}: " + "; ".join(problems)


def test_noun_after_a_count_ends_before_the_next_item() -> None:
    # The scorer's subject check is by containment, so the exact noun is asked here: a
    # subject read after a count stops before the 和 that joins the next item.
    report = extract("春节期间为1860户城市低保家庭和4520户农村低保家庭发放慰问金。\n")
    assert [_subject(f) for f in report.figures] == ["城市低保家庭", "农村低保家庭"]


@pytest.mark.parametrize("case", NEGATIVE_CASES, ids=[c["id"] for c in NEGATIVE_CASES])
def test_negative_case(case: dict[str, Any]) -> None:
    report = extract(case["input"])
    assert report.figures == (), f"{case['why']}: got {_show(report.figures)}"


# ------------------------------------------------------------------- sections


@pytest.mark.parametrize("case", SECTION_CASES, ids=[c["id"] for c in SECTION_CASES])
def test_section_case(case: dict[str, Any]) -> None:
    text = case["input"]
    expected = {}
    for h in case["headings"]:
        start = _place(text, h["marker"], h.get("occurrence"))
        expected[start] = h

    report = extract(text)
    found = {s.start: s for s in report.sections}
    missing = [
        f"{h['marker']}{h['title']}@{start}" for start, h in expected.items() if start not in found
    ]
    spurious = [f"{text[start : start + 12]!r}@{start}" for start in found if start not in expected]
    assert not missing and not spurious, f"missing headings {missing}, spurious {spurious}"

    problems = []
    for start, h in sorted(expected.items()):
        s = found[start]
        if s.marker != h["marker"]:
            problems.append(f"@{start}: marker {s.marker!r} != {h['marker']!r}")
        if s.level != h["level"]:
            problems.append(f"@{start} {h['marker']}{h['title']}: level {s.level} != {h['level']}")
        if s.title != h["title"]:
            problems.append(f"@{start} {h['marker']}: title {s.title!r} != {h['title']!r}")
    assert not problems, "; ".join(problems)
