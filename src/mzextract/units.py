"""Units and their context checks: which unit words count what, and whether the words
around a unit let it count (位 after 餐位 is no person, 对 needs a marriage word).

Every word comes from the tables of `Rules`; the checks are records of ``unit_checks``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from mzextract.clauses import clause_before, sentence_before
from mzextract.numerals import WRAP as _WRAP
from mzextract.rules import Rules, UnitRule


@dataclass(frozen=True)
class Units:
    """The unit tables of a rule set in the shape the figure reader uses."""

    units: dict[str, UnitRule]
    magnitudes: dict[str, int]
    unit_chars: str
    """First characters of the unit words, for wrap checks."""
    magnitude_chars: str
    """First characters of the magnitudes, for wrap checks."""
    blockers: dict[str, tuple[str, ...]]
    wrapped_units: dict[str, tuple[tuple[str, regex.Pattern[str]], ...]]


@cache
def units_of(rules: Rules) -> Units:
    """The unit tables of ``rules``, built once per rule set."""
    return Units(
        units={u.word: u for u in rules.units},
        magnitudes=dict(rules.magnitudes),
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
        blockers={
            u.word: tuple(after for w, after in rules.unit_blockers if w == u.word)
            for u in rules.units
        },
    )


def blocked(text: str, unit_end: int, unit: str, u: Units) -> bool:
    """Whether the unit starts another word (人口, 元旦)."""
    blockers = u.blockers.get(unit)
    return blockers is not None and text.startswith(blockers, unit_end)


def money_context(text: str, start: int, end: int, rules: Rules) -> bool:
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


def needs_ok(need: str, text: str, start: int, unit_end: int, rules: Rules) -> bool:
    after = text[unit_end : unit_end + 6]
    if need == "people":
        return not _words_before(text, start, rules).endswith(rules.seat_nouns)
    if need == "household":
        return not _words_before(text, start, rules).endswith(
            rules.business_nouns
        ) and not after.startswith(rules.business_nouns)
    if need == "marriage":
        ctx = sentence_before(text, start, 60) + after[:2]
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
            and any(w in sentence_before(text, start, 60) for w in rules.bed_words)
            and not any(w in clause for w in rules.sheet_nouns)
        )
    if need == "money":
        return after.startswith("钱") or money_context(text, start, unit_end, rules)
    raise ValueError(f"unknown unit check {need!r}; known: people, household, marriage, bed, money")
