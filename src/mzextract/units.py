"""Units and their context checks: which unit words count what, and whether the words
around a unit let it count (位 after 餐位 is no person, 对 needs a marriage word).

Every word comes from the tables of `Rules`; the checks are the records of the
``unit_checks`` table (`mzextract.rules.UnitCheck`), read here as data.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from mzextract.clauses import (
    BLANKS,
    CELL_SEPARATORS,
    clause_after,
    clause_before,
    column_head,
    full_sentence_before,
    longest_first,
    sentence_before,
    sentences_before,
    strip_words,
)
from mzextract.numerals import WRAP as _WRAP
from mzextract.rules import Rules, UnitCheck, UnitRule

Found = tuple[str, int, int]
"""What let a unit count: a rule id and the span of its words (empty where none)."""


@dataclass(frozen=True)
class _Check:
    """A `UnitCheck` with its tables read into words."""

    id: str
    required: tuple[str, ...]
    where: tuple[str, ...]
    bare: bool
    bare_after: tuple[str, ...]
    reject_before: tuple[str, ...]
    reject_after: tuple[str, ...]
    reject_clause: tuple[str, ...]
    accept_after: tuple[str, ...]
    otherwise: str | None
    step: str | None
    noun_after: bool
    """Whether the required words are looked for in the noun after the unit."""
    reach: int
    """How many Chinese characters the noun after the unit may have."""


@dataclass(frozen=True)
class Units:
    """The unit tables of a rule set in the shape the figure reader uses."""

    units: dict[str, UnitRule]
    magnitudes: dict[str, int]
    magnitude_ids: dict[str, str]
    unit_chars: str
    """First characters of the unit words, for wrap checks."""
    magnitude_chars: str
    """First characters of the magnitudes, for wrap checks."""
    blockers: dict[str, tuple[str, ...]]
    long_blockers: dict[str, tuple[str, ...]]
    """The blockers of two characters or more, which a hard wrap may cut (三位一⏎体)."""
    unblockers: dict[str, tuple[str, ...]]
    wrapped_units: dict[str, tuple[tuple[str, regex.Pattern[str]], ...]]
    checks: dict[str, _Check]
    fillers: tuple[str, ...]
    """Fillers and approximation marks between a noun and its figure, longest first."""
    money_nouns: tuple[tuple[str, str], ...]
    """(word, rule id), longest first."""
    people_after: tuple[str, ...]
    """`bare_people` words: people a bare 万/亿 right before them counts."""


@cache
def units_of(rules: Rules) -> Units:
    """The unit tables of ``rules``, built once per rule set."""
    ids = {e.word: e.id for e in rules.table("money_nouns")}
    return Units(
        units={u.word: u for u in rules.units},
        magnitudes=dict(rules.magnitudes),
        magnitude_ids=dict(rules.ids("magnitudes")),
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
        long_blockers={
            u.word: tuple(
                after for w, after in rules.unit_blockers if w == u.word and len(after) > 1
            )
            for u in rules.units
        },
        unblockers={
            u.word: tuple(after for w, after in rules.unit_unblockers if w == u.word)
            for u in rules.units
        },
        checks={c.name: _read_check(c, rules) for c in rules.unit_checks},
        fillers=longest_first(rules.figure_fillers + rules.approx_before),
        money_nouns=tuple((w, ids[w]) for w in longest_first(rules.money_nouns)),
        people_after=tuple(rules.bare_people),
    )


def _read_check(c: UnitCheck, rules: Rules) -> _Check:
    def words(tables: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(e.word for t in tables for e in rules.table(t))

    return _Check(
        id=c.id,
        required=words(c.require) + c.words,
        where=c.where,
        bare=c.bare,
        bare_after=longest_first(words(c.bare_after)),
        reject_before=words(c.reject_before),
        reject_after=words(c.reject_after),
        reject_clause=words(c.reject_clause),
        accept_after=c.accept_after,
        otherwise=c.otherwise,
        step=c.step,
        noun_after="noun_after" in c.where,
        reach=c.reach,
    )


def blocked(text: str, unit_end: int, unit: str, u: Units) -> bool:
    """Whether the unit starts another word (人口, 元旦), also one spaced out as a form's
    label is (名　　称：, past two spaces or more)."""
    blockers = u.blockers.get(unit)
    if blockers is None:
        return False
    if text.startswith(blockers, unit_end):
        # 全县104.6万人户籍人口: not every word a blocker opens is one (人户 of 1至3人户).
        return not text.startswith(u.unblockers[unit], unit_end)
    ahead = text[unit_end : unit_end + _WRAP_REACH]
    if "\n" in ahead[1:] and ahead[:1] not in "\r\n":
        # 三位一⏎体 in a hard-wrapped copy: a blocker the wrap cut after its first character.
        joined = _WRAP_BREAK.sub("", ahead)
        if joined.startswith(u.long_blockers[unit]):
            return not joined.startswith(u.unblockers[unit])
    end = unit_end
    while end < len(text) and text[end] in _LABEL_SPACES:
        end += 1
    return end - unit_end >= 2 and text.startswith(blockers, end)


_LABEL_SPACES = " \u3000"
"""The spaces that spread a form's label over its width (名　　称): two or more of them,
where one may be no more than a gap in spaced text (12人 民主评议)."""
# How far after a unit a hard wrap may cut a blocker, and the wrap itself.
_WRAP_REACH = 8
_WRAP_BREAK = regex.compile(_WRAP)


def check(name: str, text: str, start: int, unit_end: int, u: Units) -> Found | None:
    """Whether the unit ending at ``unit_end`` of the figure at ``start`` passes the check
    ``name``: what let it count, or None."""
    c = u.checks[name]
    after = text[unit_end : unit_end + 6]
    for w in c.accept_after:
        if after.startswith(w):
            return c.id, unit_end, unit_end + len(w)
    if c.bare:
        noun = _noun_after(after, 5).strip()
        if noun and not noun.startswith(c.bare_after):
            return None
    if c.reject_before and _noun_before(text, start, u).endswith(c.reject_before):
        return None
    if c.reject_after and after.startswith(c.reject_after):
        return None
    if c.reject_clause and any(w in clause_before(text, start, 16) for w in c.reject_clause):
        return None
    found: Found | None = (c.id, unit_end, unit_end)
    if c.required:
        found = _required(c, text, start, unit_end, after, u)
        if found is None:
            return None if c.otherwise is None else check(c.otherwise, text, start, unit_end, u)
    if c.step is not None:  # the only step is "money" (validated)
        found = money_context(text, start, unit_end, u)
    return found


def _required(
    c: _Check, text: str, start: int, unit_end: int, after: str, u: Units
) -> Found | None:
    """The first required word in the first place that holds one."""
    for place in c.where:
        if place == "noun_before":
            before = _noun_before(text, start, u)
            at = start - len(clause_before(text, start, 16))
            for w in c.required:
                if before.endswith(w):
                    return c.id, at + len(before) - len(w), at + len(before)
            continue
        if place == "noun_after":
            window, at = _noun_after(text[unit_end : unit_end + c.reach + 1], c.reach), unit_end
        elif place == "after":
            window, at = after[:2], unit_end
        elif place == "clause_after":
            window, at = clause_after(text, unit_end), unit_end
        elif place == "column_head":
            head = column_head(text, start)
            if head is None:
                continue
            window, at = text[head[0] : head[1]], head[0]
        elif place == "lead_after":
            lead = _lead_after(text, start, unit_end)
            if lead is None:
                continue
            window, at = lead
        else:  # clause_before, sentence_before, …: text back from the figure
            read, limit = _BEFORE[place]
            window = read(text, start, limit)
            at = start - len(window)
        for w in c.required:
            i = window.find(w)
            if i >= 0:
                return c.id, at + i, at + i + len(w)
    return None


_LEAD_DASH = regex.compile(r"[ \u3000]*(?:\u2014{1,2}|\u2015{1,2}|-{2})[ \u3000]*")
"""The dash that parts a line's leading figure from what it counts (——, ―, --)."""
_CLAUSE_END = regex.compile(r"[\p{Po}\p{Ps}\p{Pe}\n]")
"""What ends the clause after that dash: a mark of punctuation or the line's end."""


def _lead_after(text: str, start: int, unit_end: int) -> tuple[str, int] | None:
    """The clause after the dash that follows a figure opening its line (3.86万张——全市
    养老机构床位总数, 3.12万对——全年办理结婚登记) and where it starts: a line led by its figure,
    as a year's "numbers" are written; None for any other figure."""
    line = text.rfind("\n", 0, start) + 1
    if text[line:start].strip(_LABEL_SPACES):
        return None
    dash = _LEAD_DASH.match(text, unit_end)
    if dash is None:
        return None
    end = _CLAUSE_END.search(text, dash.end())
    return text[dash.end() : len(text) if end is None else end.start()], dash.end()


_BEFORE = {
    "clause_before": (clause_before, 16),
    "sentence_before": (sentence_before, 60),
    "full_sentence_before": (full_sentence_before, 60),
    "sentences_before": (sentences_before, 60),
}
"""The places that read back from the figure: how, and how many characters at most."""


@cache
def _noun_pattern(reach: int) -> regex.Pattern[str]:
    return regex.compile(f"[ \u3000]*\\p{{Han}}{{0,{reach}}}")


def _noun_after(after: str, reach: int) -> str:
    m = _noun_pattern(reach).match(after)
    return "" if m is None else m.group()


def _noun_before(text: str, start: int, u: Units) -> str:
    """The clause before a figure without its fillers and approximation marks (床位约30位 →
    床位): the noun the unit counts, when it is written first."""
    return strip_words(clause_before(text, start, 16), u.fillers)


def money_context(text: str, start: int, end: int, u: Units) -> Found | None:
    """A money noun right before the figure (资金共计1000万; fillers aside) or a
    two-character one right after it (1000万资金): the money noun, or None."""
    if text[end : end + 8].lstrip(BLANKS).startswith(u.people_after):
        return None  # 资助4.26万困难群众参保: people, whatever pays for them
    clause = clause_before(text, start, 12)
    before = strip_words(clause, u.fillers)
    at = start - len(clause)
    for w, rule in u.money_nouns:
        if before.endswith(w):
            return rule, at + len(before) - len(w), at + len(before)
    after = text[end : end + 4]
    for w, rule in u.money_nouns:
        if len(w) > 1 and after.startswith(w):
            return rule, end, end + len(w)
    return _row_head_noun(text, start, u)


def _row_head_noun(text: str, start: int, u: Units) -> Found | None:
    """The money noun that closes the first cell of the table row the figure is a later
    cell of (| 福利彩票销售额 | 4860万 | 5312万 |, cells parted by | or tabs)."""
    line = text.rfind("\n", 0, start) + 1
    body = line
    while body < start and (text[body] in BLANKS or text[body] in CELL_SEPARATORS):
        body += 1
    cut = min(
        (k for k in (text.find(c, body, start) for c in CELL_SEPARATORS) if k >= 0), default=-1
    )
    if cut < 0:
        return None  # no table row, or the figure is in the row's first cell
    head = text[body:cut].rstrip(BLANKS)
    at = body + len(head)
    for w, rule in u.money_nouns:
        if head.endswith(w):
            return rule, at - len(w), at
    return None


def noun_words(rule: UnitRule, rules: Rules) -> tuple[str, ...]:
    """The words the unit's check looks for in the noun after the unit (张: 床位, 床): a
    subject read after such a unit runs up to one of them (80张护理型床位)."""
    if rule.needs is None:
        return ()
    c = units_of(rules).checks[rule.needs]
    return c.required if c.noun_after else ()
