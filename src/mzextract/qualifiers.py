"""Qualifiers of a figure read from the words around it: approximation (约, 余, 左右),
rate (每人每月, 标准, /人/月) and the basis of a rate (``per``).

Every word comes from the tables of `Rules`. Each reader returns what decided it: a
`Why`, the rule's id and the span of its words in the text, for ``Figure.evidence``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import regex

from mzextract.clauses import (
    BLANKS,
    BRACKETED_ITEM,
    CELL_SEPARATORS,
    LINE_CLAUSE_BREAKS,
    LIST_MARKS,
    NUMBER_PARTS,
    OPEN_BRACKETS,
    SENTENCE_BREAKS,
    clause_before,
    column_head,
    has_break,
    has_sentence_break,
    is_soft,
    last_break,
    longest_first,
    strip_words,
    word_pairs,
)
from mzextract.model import Kind
from mzextract.numerals import SPACE as _SPACE
from mzextract.rules import Rules

_NUMBER_START = regex.compile(r"[0-9０-９*＊]")

Why = tuple[str, int, int]
"""What decided a field: a rule id (or a step of the engine) and the span of its words."""
PERIOD_NAMES = ("month", "year", "quarter", "day")
"""The names of ``per_words`` that are periods: a rate's basis names them last."""

# Kinds whose count before a grant word makes the amount granted theirs together.
_COUNTED = frozenset({Kind.PERSONS, Kind.PERSON_TIMES, Kind.HOUSEHOLDS})


def alternation(words: Iterable[str]) -> str:
    """Words as a regex alternation, longest first (so the longest word wins); one that
    never matches for no words."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(regex.escape(w) for w in ordered) if ordered else "(?!)"


@dataclass(frozen=True)
class Qualifiers:
    """The qualifier tables of a rule set in the shape the readers use."""

    rate_suffix: regex.Pattern[str]
    per_words: dict[str, str]
    per_word: regex.Pattern[str]
    per_basis: regex.Pattern[str]
    """A per-unit basis ending the text before a figure (每人每年, 人均)."""
    per_basis_chars: frozenset[str]
    """Characters one of which any such basis holds (a cheap test first)."""
    per_marks: frozenset[str]
    """The one-character marks of a basis (每)."""
    compared: regex.Pattern[str]
    earlier: regex.Pattern[str]
    """The words of an earlier value between a rate and an amount (，去年同期为)."""
    comparison: regex.Pattern[str]
    change_fillers: tuple[str, ...]
    list_joins: frozenset[str]
    cues: regex.Pattern[str]
    money_cues: regex.Pattern[str]
    total_after: regex.Pattern[str]
    list_sum: regex.Pattern[str]
    """A list mark and a sum word that end the text before an amount (、计46万元)."""
    basis_ends: regex.Pattern[str]
    period: regex.Pattern[str]
    cue_ids: dict[str, str]
    """The rule id of each cue word of the cue patterns."""
    cue_pairs: frozenset[str]
    """Every two characters side by side in a cue word (a line break between them may cut
    the word)."""
    per_ids: dict[str, str]
    cue_groups: tuple[int, int, int]
    """The numbers of the groups word, mark and each of ``cues``."""
    money_cue_groups: tuple[int, int, int]
    """The same of ``money_cues``."""
    entries: dict[str, tuple[tuple[str, str], ...]]
    """(word, rule id) of the tables read word by word, in table order."""
    words: dict[str, tuple[str, ...]]
    """The words of the tables read word by word, for one test in C before the loop."""
    approx_before: tuple[str, ...]
    approx_before_ids: dict[str, str]
    approx_blockers: tuple[str, ...]
    total_words: tuple[str, ...]
    grant_words: tuple[tuple[str, str], ...]
    grant_fund_nouns: tuple[str, ...]
    counted: regex.Pattern[str]
    subsidy_words: tuple[tuple[str, str], ...]
    class_number: regex.Pattern[str]
    """The number of a class (二, 90至99, B) before the end `parallel_classes` gives it:
    digits, numerals of the numeral table and a letter, or a range of them."""


_WORD_TABLES = (
    "respectively_words",
    "parallel_frames",
    "parallel_items",
    "parallel_classes",
    "parallel_fillers",
    "parallel_blockers",
    "level_frames",
    "top_up_words",
    "rate_part_words",
    "approx_after",
    "rate_cues_after",
    "cap_words_after",
    "restate_leads",
    "multiple_ends",
)


@cache
def qualifiers_of(rules: Rules) -> Qualifiers:
    """The qualifier patterns of ``rules``, built once per rule set."""
    per = alternation(w for w, _ in rules.per_words)
    period_words = alternation(w for w, name in rules.per_words if name in PERIOD_NAMES)
    marks = alternation(rules.per_marks)
    periods = alternation(rules.periods)
    # 元/人/月, 元/月.人, 元／（人·月）: the basis, bracketed or not; a period may follow the
    # basis with no separator (元/人月, 元/户月, 元/床月).
    rate_suffix = regex.compile(
        f"{_SPACE}*[/／]{_SPACE}*(?P<open>[（(])?(?:{per})"
        f"(?:{_SPACE}*[/／.．·•]{_SPACE}*(?:{per})|(?:{period_words})){{0,8}}+(?(open)[）)])"
    )
    adverbs = alternation(rules.change_adverbs)
    cues, money_cues = _cue_pattern(rules, money=False), _cue_pattern(rules, money=True)
    return Qualifiers(
        rate_suffix=rate_suffix,
        per_words=dict(rules.per_words),
        per_word=regex.compile(per),
        per_basis=regex.compile(
            f"(?:(?:{marks})\\p{{Han}}){{1,3}}$|(?:{periods})?(?:{alternation(rules.unit_rate_cues)})$"
        ),
        per_marks=frozenset(w for w in rules.per_marks if len(w) == 1),
        per_basis_chars=frozenset(
            [w[0] for w in rules.per_marks] + [w[-1] for w in rules.unit_rate_cues]
        ),
        # An earlier value compared with (，比试点前2014年的980元): a lead, up to twelve
        # characters, then a word of ``compare_ends``.
        compared=regex.compile(
            f"[，,]?[ \t\u3000\r\n]*(?:{alternation(rules.change_leads)})[^，,。；;]{{0,12}}"
            f"(?:{alternation(rules.compare_ends)})[ \t\u3000\r\n]*"
        ),
        earlier=regex.compile(
            f"[，,]?[ \t\u3000\r\n]*(?P<word>{alternation(rules.earlier_values)})[ \t\u3000\r\n]*"
        ),
        # What may stand before a verb of change: 较上年, 比2023年, 同比, 与去年相比.
        comparison=regex.compile(
            f"(?:{adverbs})?(?:(?:{alternation(rules.change_leads)})[^，,。；;]{{0,8}}?"
            f"(?:{alternation(rules.change_lead_ends)})?)?(?:{adverbs})?"
        ),
        change_fillers=longest_first(rules.filler_words + rules.respectively_words),
        list_joins=frozenset(LIST_MARKS) | frozenset(rules.list_words),
        cues=cues,
        money_cues=money_cues,
        cue_groups=_cue_groups(cues),
        money_cue_groups=_cue_groups(money_cues),
        list_sum=regex.compile(
            f"[{regex.escape(LIST_MARKS + OPEN_BRACKETS)}][{regex.escape(_BLANK_OR_BREAK_CHARS)}]*"
            f"(?:{alternation(rules.list_sum_words)})[{regex.escape(_BLANK_OR_BREAK_CHARS)}]*$"
        ),
        total_after=regex.compile(
            f"(?:{alternation(w for w in rules.total_words if len(w) > 1)})\\p{{Han}}{{2,}}"
        ),
        # An amount and its unit, then the words that close its basis (3元标准, 25万元的标准).
        basis_ends=regex.compile(
            f"[0-9０-９.．*＊ ]+\\p{{Han}}{{1,2}}(?:{alternation(rules.basis_ends)})"
        ),
        period=regex.compile(f"(?:{marks})(?:{periods})"),
        cue_ids={
            **rules.ids("each_verbs"),
            **rules.ids("rate_cues_before"),
            **rules.ids("unit_rate_cues"),  # a word in both is a cue for every kind
        },
        cue_pairs=word_pairs((*rules.unit_rate_cues, *rules.rate_cues_before)),
        per_ids=dict(rules.ids("per_words")),
        entries={t: tuple((e.word, e.id) for e in rules.table(t)) for t in _WORD_TABLES},
        words={t: tuple(e.word for e in rules.table(t)) for t in _WORD_TABLES},
        approx_before=rules.approx_before,
        approx_before_ids=dict(rules.ids("approx_before")),
        approx_blockers=rules.approx_blockers,
        total_words=rules.total_words,
        grant_words=tuple((w, rules.ids("grant_words")[w]) for w in rules.grant_words),
        grant_fund_nouns=tuple(rules.grant_fund_nouns),
        # A count of people or households (in any digits: 123名, 一百二十三名) and no per mark
        # after it, up to the clause's end.
        counted=regex.compile(
            f"[\\d{_numeral_chars(rules)}]\\s*"
            f"(?:{alternation(u.word for u in rules.units if u.kind in _COUNTED)})"
            f"[^{regex.escape(''.join(rules.per_marks))}]*$"
        ),
        subsidy_words=tuple((w, rules.ids("subsidy_words")[w]) for w in rules.subsidy_words),
        class_number=_class_number(rules),
    )


def _numeral_chars(rules: Rules) -> str:
    """The digits and small units of Chinese numerals, escaped for a character class."""
    return "".join(
        regex.escape(c.word) for c in rules.numeral_chars if c.role in ("digit", "small_unit")
    )


def _class_number(rules: Rules) -> regex.Pattern[str]:
    digits = f"[0-9０-９{_numeral_chars(rules)}]+"
    seps = alternation(rules.range_separators)
    return regex.compile(f"(?:{digits}|[A-DＡ-Ｄ])(?:(?:{seps}){digits})?")


def _cue_groups(pattern: regex.Pattern[str]) -> tuple[int, int, int]:
    word, mark, each = (pattern.groupindex[g] for g in ("word", "mark", "each"))
    return word, mark, each


def _cue_pattern(rules: Rules, money: bool) -> regex.Pattern[str]:
    """All rate cues as one pattern, so the leftmost is found in one pass.

    每 with any measure but a period is a cue (每具, 每生, 每个社区; across a wrap, 每⏎人):
    每月发放 is a total, and so is 平均每月发放 (a cue that ends in 每, before a period);
    各 before a verb of giving is "each" (各送去两千元); 标准化 is no standard
    (``rate_cue_blockers``)."""
    words = rules.unit_rate_cues + (rules.rate_cues_before if money else ())
    marks = alternation(rules.per_marks)
    periods = alternation(rules.periods)
    totals = "".join(
        f"(?!{regex.escape(w)}(?:{periods}))" for w in words if w.endswith(rules.per_marks)
    )
    # A cue that opens with a time word is a date's after a numeral (1-3月补贴108.45万元:
    # the subsidy of three months, not one per month).
    numerals = "".join(
        regex.escape(c.word) for c in rules.numeral_chars if c.role in ("digit", "small_unit")
    )
    dated = [w for w in words if w.startswith(tuple(rules.periods))]
    months = f"(?!(?<=[0-9\uff10-\uff19{numerals}])(?:{alternation(dated)}))" if dated else ""
    references = (
        f"(?<!{alternation(rules.rate_cue_references)})" if rules.rate_cue_references else ""
    )
    return regex.compile(
        f"{totals}{months}(?!{alternation(rules.rate_cue_blockers)}){references}"
        f"(?P<word>{wrappables(words)})"
        f"|(?P<mark>{marks})\\n?(?!{periods})\\p{{Han}}|(?P<each>{alternation(rules.each_verbs)})"
    )


def wrappable(word: str) -> str:
    """A word as a pattern that a hard line wrap may cut between any two of its characters
    (提高⏎到, 户⏎均876元), also where a blanked page footer left spaces before the break
    (最⏎— 1 —⏎高可达)."""
    return "(?:[ \\t\\u3000]*\\r?\\n)?".join(regex.escape(ch) for ch in word)


def wrappables(words: Iterable[str]) -> str:
    """Words as an alternation of `wrappable` patterns, longest first; one that never
    matches for no words."""
    return "|".join(map(wrappable, sorted(set(words), key=len, reverse=True))) or "(?!)"


def unwrapped(word: str) -> str:
    """A word matched by a `wrappable` pattern, without the line break that cut it (and the
    blanks a footer left before it)."""
    return _BREAK.sub("", word) if "\n" in word or "\r" in word else word


_BREAK = regex.compile("[ \t\u3000]*\r?\n|\r")


def range_standard(text: str, start: int, rules: Rules) -> bool:
    """每次救助1000元至3000元: a range of money is a standard that varies by case, unless
    its clause is about a total (总投资3至5亿元, 资金缺口3—5万元)."""
    clause = clause_before(text, start)
    return not any(w in clause for w in rules.range_total_words)


def shares_approx(
    text: str, a_start: int, a_end: int, b_start: int, rules: Rules, q: Qualifiers
) -> Why | None:
    """分别不低于390元、210元: the mark before 分别's list holds for every item, also one
    with a basis of its own (分别不低于每人每月620元和每人每年3900元)."""
    gap = text[a_end:b_start]
    if gap not in q.list_joins and not any(
        gap.startswith(j) and q.per_basis.fullmatch(gap, len(j)) for j in q.list_joins
    ):
        return None
    clause = clause_before(text, a_start, 16)
    return _word_in(clause, a_start - len(clause), "respectively_words", q)


def _word_in(s: str, at: int, table: str, q: Qualifiers) -> Why | None:
    """The first word of ``table`` that ``s`` (at offset ``at`` of the text) holds."""
    for word, rule in q.entries[table]:
        i = s.find(word)
        if i >= 0:
            return rule, at + i, at + i + len(word)
    return None


def _word_at(s: str, at: int, table: str, q: Qualifiers) -> Why | None:
    """The first word of ``table`` that ``s`` (at offset ``at`` of the text) starts with."""
    if not s.startswith(q.words[table]):
        return None  # most figures: one test in C
    for word, rule in q.entries[table]:
        if s.startswith(word):
            return rule, at, at + len(word)
    return None


def changes_rate(
    text: str,
    a_start: int,
    a_end: int,
    b_start: int,
    rules: Rules,
    q: Qualifiers,
    *,
    same_order: bool = True,
    fits: bool = True,
) -> Why | None:
    """每人每月820元，较上年增加40元: the change of a rate, in the same sentence, is a rate,
    and so is a top-up (每餐补贴3元，80周岁以上再补2元).

    Only when the clause says nothing but the change (较上年增加, 提高了): in
    标准为每人500元，资金增加200万元 the funds changed, not the standard. ``same_order``:
    whether the two amounts are of one order (within a factor of three); ``fits``: whether
    the second is no more than thrice the first, as a change of it must be (次均1686元，比上年
    增加800万元 changed the total paid, not the average)."""
    if text[a_end:b_start].strip(_BLANK_OR_BREAK_CHARS) in _LIST_GAPS or (
        BRACKETED_ITEM.fullmatch(text, a_end, b_start) is not None
    ):
        # 每人每月835元,610元 (分别为每人每月100元、⏎150元, a wrap after the mark), 淮阳县
        # （218元）、西华县（225元）: the next item of a list of rates, its basis left out.
        return "figures.rate.list", a_end, b_start
    if has_sentence_break(text, a_end, b_start):
        return None
    clause = clause_before(text, b_start, 16)
    top_up = _word_in(clause, b_start - len(clause), "top_up_words", q)
    if top_up is not None:
        return top_up
    gap = text[a_end:b_start]
    if same_order and q.compared.fullmatch(gap) is not None:
        # 次均2711元，比试点前2014年的980元: the earlier value the rate is compared with; one
        # of another order is a total's (次均1572元，较去年同期的486.2万元增加131.3万元).
        return "figures.rate.compared", a_end, b_start
    if same_order and (earlier := q.earlier.fullmatch(gap)) is not None:
        # 月人均补差598元，去年同期为571元: the same rate's earlier value; one of another
        # order is a total's (支出资金586.4万元，次均1791元，去年同期为512.6万元).
        word = earlier["word"]
        return (
            rules.ids("earlier_values")[word],
            a_end + earlier.start("word"),
            a_end + earlier.end("word"),
        )
    # Line breaks inside the gap and the clause are soft wraps (a hard one ends the
    # sentence or the clause): 比上年提⏎高25元 is 提高.
    bare = strip_words(gap, q.change_fillers, _BLANK_OR_BREAK_CHARS)
    word = unwrapped(bare)
    if word in rules.raise_to_words:
        # 由700元提高到800元: the new value of a rate.
        at = text.find(bare, a_end, b_start)
        return rules.ids("raise_to_words")[word], at, at + len(bare)
    if word in rules.change_verbs:
        # 980元提高1731元: a change written right after a rate.
        at = text.find(bare, a_end, b_start)
        return rules.ids("change_verbs")[word], at, at + len(bare)
    # 增加40元、45元, 提高40元和55元: the later items of a list share the verb of the first.
    listed = gap in _LIST_MARK_SET or gap in rules.conjunctions
    if not (listed or fits):
        return None
    at = a_start if listed else b_start
    clause = clause_before(text, at, 16)
    before = strip_words(clause, q.change_fillers, _BLANK_OR_BREAK_CHARS)
    flat = unwrapped(before)
    verb = next((v for v in rules.change_verbs if flat.endswith(v)), None)
    if verb is None or q.comparison.fullmatch(flat[: -len(verb)]) is None:
        return None
    i = at - len(clause) + len(before)
    start, left = i, len(verb)
    while left:
        start -= 1
        # What `unwrapped` removed from the verb is no character of it.
        left -= text[start] not in _BLANK_OR_BREAK_CHARS
    return rules.ids("change_verbs")[verb], start, i


def parallel_rate(text: str, a_end: int, b_start: int, q: Qualifiers) -> Why | None:
    """机构养育孤儿基本生活费由每人每月1200元提高到1300元，社会散居孤儿由700元提高到800元:
    an item set beside a rate (a money rate ending at ``a_end``) in the same sentence, in a
    clause of its own that is nothing but the item and a frame word right before its
    amount (由, 提高到, 为), or nothing but an item of `parallel_items` (，农村108元), is a
    rate on the same basis; not an item that names a total (低保资金由1000万元增加到1200万元)
    or holds a number."""
    lo = max(a_end, b_start - _ITEM_MAX)
    brk = last_break(text, lo, b_start)
    if brk < lo or has_break(text, a_end, brk + 1, SENTENCE_BREAKS) or text[brk] in ".．":
        return None
    core = text[brk + 1 : b_start].rstrip(_BLANK_OR_BREAK_CHARS)
    frames = longest_first(q.words["parallel_frames"])
    frame = next((w for w in frames if core.endswith(w)), None)
    if frame is None:
        # 城市低保月人均补差218元，农村108元: an item that is only an area or a way of care
        # needs no frame word.
        # 分散供养不低于1800元, 农村每年1800元: words between the item and its amount.
        fillers = longest_first(q.words["parallel_fillers"])
        bare = strip_words(core, fillers, _BLANK_OR_BREAK_CHARS).lstrip(_BLANK_OR_BREAK_CHARS)
        at = brk + 1 + core.find(bare)
        if bare in q.words["parallel_items"]:
            rule = next(r for w, r in q.entries["parallel_items"] if w == bare)
            return rule, at, at + len(bare)
        # 一类每人每月40元，二类30元; 80至89周岁每人每月100元，90至99周岁200元: a class by
        # number.
        cls = _number_class(bare, q)
        if cls is not None:
            return cls, at, at + len(bare)
        return _named_item(bare, at, q)
    item = core[: -len(frame)].strip(_BLANK_OR_BREAK_CHARS)
    at = brk + 1 + len(core) - len(frame)
    rule = next(r for w, r in q.entries["parallel_frames"] if w == frame)
    if not item and frame in q.words["level_frames"]:
        # 标准每人每年提高360元，达到2760元: the level a rate's change reaches, in the clause
        # right after it, is on the same basis.
        if text[a_end:brk].strip(_BLANK_OR_BREAK_CHARS):
            return None
        level = next(r for w, r in q.entries["level_frames"] if w == frame)
        return level, at, at + len(frame)
    if not item or (any(c in NUMBER_PARTS for c in item) and not _number_class(item, q)):
        return None  # not 低保资金由1000万元…, but 90至99周岁由80元提高到100元
    if any(w in item for w in q.words["parallel_blockers"]):
        return None
    return rule, at, at + len(frame)


def _named_item(item: str, at: int, q: Qualifiers) -> Why | None:
    """集中养育孤儿基本生活费每人每月1200元，社会散居孤儿800元: an item that is a short name
    alone (no number, no word of a total: `parallel_blockers`) is another class beside the
    rate."""
    if _NAMED_ITEM.fullmatch(item) is None or any(w in item for w in q.words["parallel_blockers"]):
        return None
    return NAMED_ITEM_RULE, at, at + len(item)


def _number_class(item: str, q: Qualifiers) -> str | None:
    """The rule of `parallel_classes` where ``item`` is a class by number (二类, 90至99周岁)."""
    found = q.class_number.match(item)
    rest = item[len(found.group()) :] if found else None
    if rest is None or rest not in q.words["parallel_classes"]:
        return None
    return next(r for w, r in q.entries["parallel_classes"] if w == rest)


def part_of_rate(text: str, a_end: int, b_start: int, q: Qualifiers) -> Why | None:
    """重建户每户补助2万元，其中中央补助1万元、省级补助0.6万元: an amount in a breakdown that
    opens the clause right after a money rate (ending at ``a_end``), in its sentence, is a
    part of the rate."""
    if has_break(text, a_end, b_start, SENTENCE_BREAKS):
        return None
    at = a_end
    while at < b_start and text[at] in _BLANK_OR_BREAK_CHARS + "，,":
        at += 1
    if not text[a_end:at].strip(_BLANK_OR_BREAK_CHARS):
        return None  # no comma: the rate's own words go on
    return _word_at(text[at:b_start], at, "rate_part_words", q)


_ITEM_MAX = 24
"""The longest clause an item beside a rate may have, its frame word included."""
# A named item beside a rate: a short run of Han characters and nothing else.
_NAMED_ITEM = regex.compile(r"\p{Han}{2,10}")
NAMED_ITEM_RULE = "figures.rate.parallel_named"
_LIST_MARK_SET = frozenset(LIST_MARKS)
_LIST_GAPS = frozenset(",，、")
_BLANK_OR_BREAK_CHARS = " \t\u3000\r\n"
_BLANK_OR_BREAK = frozenset(_BLANK_OR_BREAK_CHARS)
"""Blanks and line breaks: where the twelve characters before a figure hold none, they are
the words read before it as they stand."""


def approx_around(text: str, start: int, end: int, rules: Rules, q: Qualifiers) -> Why | None:
    """The approximation mark right before the figure (约, 不少于; past a line wrap and a
    rate's basis: 不低于每人每年7500元) or right after it (左右, 以上)."""
    lo = max(0, start - 80)
    before = text[start - 12 : start] if start >= 12 else ""
    if start < 12 or not _BLANK_OR_BREAK.isdisjoint(before):
        # Past blanked page furniture and a line wrap: 共投入资金约⏎420万元.
        raw = text[lo:start].rstrip(_BLANK_OR_BREAK_CHARS)
        before = raw.replace("\r", "").replace("\n", "")[-12:]  # 不少⏎于10名
    if not q.per_basis_chars.isdisjoint(before):
        # 不低于每人每年7500元: the mark stands before the rate's basis.
        before = q.per_basis.sub("", before)
    if before.endswith(q.approx_before):
        # The longer word wins: 节约 is no mark, 折合约 is (折合 + 约).
        mark = max((w for w in q.approx_before if before.endswith(w)), key=len)
        if len(mark) > blocker_length_in(before, q.approx_blockers):
            # Where the mark's characters stand in the text, line breaks left out.
            raw = text[lo:start].rstrip(_BLANK_OR_BREAK_CHARS)
            kept = [lo + i for i, ch in enumerate(raw) if ch not in "\r\n"][-12:]
            at = kept[len(before) - len(mark) : len(before)]
            return q.approx_before_ids[mark], at[0], at[-1] + 1
    after = text[end : end + 7]
    words = after.lstrip(BLANKS)
    pos = end + len(after) - len(words)
    found = _word_at(words, pos, "approx_after", q)
    k = words.find("\n", 0, 3)
    if found is None and k >= 0 and (k > 0 or is_soft(text, pos + k)):
        # 4800元⏎以上 (a soft wrap), 710元左⏎右 (a mark cut by a line break is a wrap): the
        # mark read without the break, its span with it.
        joined = _word_at(words[:k] + words[k + 1 :], pos, "approx_after", q)
        if joined is not None and k < joined[2] - joined[1]:
            rule, lo, hi = joined
            return rule, lo + (k == 0), hi + 1
    return found


def blocker_length(s: str, rules: Rules) -> int:
    """Length of the approximation blocker ``s`` ends with (节约 → 2), or 0. A mark counts
    only where it is longer than the blocker it ends (折合约 is a mark; 合约 is not)."""
    return blocker_length_in(s, rules.approx_blockers)


def blocker_length_in(s: str, blockers: tuple[str, ...]) -> int:
    """`blocker_length` with the blockers of a rule set at hand."""
    if not s.endswith(blockers):
        return 0
    return max(len(w) for w in blockers if s.endswith(w))


@dataclass(frozen=True, slots=True)
class Cue:
    """A rate cue: what made the figure a rate, and the words that name its basis."""

    why: Why
    basis: str
    """The text from the cue on (月人均, 标准为每人每月 → person·month)."""
    basis_at: int
    """Where ``basis`` starts in the text."""


def rate_cue(
    text: str,
    start: int,
    end: int,
    rules: Rules,
    q: Qualifiers,
    *,
    money: bool,
    ranged: bool = False,
) -> Cue | None:
    """The rate cue in the figure's clause (人均, 每人每月, 每个社区; for money also 标准,
    封顶…) or right after it (200元每人); ``ranged``: the figure is a range."""
    after = text[end : end + 3]
    if money and (found := _word_at(after, end, "rate_cues_after", q)):
        return Cue(found, after, end)
    clause = clause_before(text, start)
    at = start - len(clause)
    if (
        at > 1
        and text[at - 1] == "\n"
        and (
            text[at - 2] in q.per_marks
            or q.per_basis.search(text, max(0, at - 13), at - 1)
            or text[at - 2] + text[at : at + 1] in q.cue_pairs
        )
    ):
        # 标准由每人每月⏎490元 (or 每⏎人每月80元; 户⏎均876元): a basis needs its amount, so the
        # line break after it, after its mark or inside a cue word, is a wrap.
        at = start - len(clause_before(text, at - 1)) - len(clause) - 1
        clause = text[at:start]
    row = clause.rfind("\n")
    if row >= 0 and any(c in clause[:row] for c in CELL_SEPARATORS):
        # 类别⇥…⇥月人均补差⏎城市低保⇥1236户⇥2418人⇥836.2万元: a table's head line (cells
        # parted by tabs) runs into its rows unpunctuated; its words name columns, not the
        # row's cells (`column_cue` reads them for the cells under them).
        at += row + 1
        clause = clause[row + 1 :]
    if (
        money
        and (found := _word_at(after, end, "cap_words_after", q))
        and not any(w in clause for w in q.total_words)
    ):
        return Cue(found, after, end)
    if money and (restated := _restated(text, at, clause, q)):
        return restated
    if q.list_sum.search(clause):
        return None  # 每户慰问金200元、计46万元: the sum of the list, not its next rate
    m = (q.money_cues if money else q.cues).search(clause)
    if m is not None:
        first = m.start()
        # By group number: a read by name costs several times more.
        word, mark, each = m.group(*(q.money_cue_groups if money else q.cue_groups))
        rule = q.cue_ids[unwrapped(word or each)] if mark is None else None
        why = (rule or rules.ids("per_marks")[mark], at + first, at + m.end())
    elif money and (found := _period_subsidy(clause, at, q)):
        first, why = found[1] - at, found
    elif money and (found := _grant(clause, at, q, ranged=ranged)):
        first, why = found[1] - at, found
    else:
        return None
    owner = _NUMBER_START.search(clause, first)
    if owner is not None and not money:
        # 按每户3万元、对218户…: a count after the amount a basis has is no rate of it.
        return None
    if owner is not None and q.total_after.search(clause, owner.start()):
        # 按每人每月62元…发放价格临时补贴4620人次: the cue belongs to 62元, not to the total.
        return None
    if owner is not None:
        # 按每餐3元标准拨付助餐补贴93.6万元: the last basis before the figure has its own
        # amount, closed by 标准 (not 每个每年30万元、…按每个每年25万元, the next item's). The
        # bases are the cues of counts (for money, 标准 itself is a cue).
        last = first
        for later in q.cues.finditer(clause, first):
            last = later.end()
        owner = _NUMBER_START.search(clause, last)
        if owner is not None and q.basis_ends.match(clause, owner.start()):
            return None
    basis = max(0, first - 1)
    return Cue(why, clause[basis:], at + basis)


def _restated(text: str, at: int, clause: str, q: Qualifiers) -> Cue | None:
    """一般为月低保标准的3-6倍，即3405-6810元: a clause of a `restate_leads` word alone, after
    one that ends in a multiple of a standard (`multiple_ends`), restates that standard in
    yuan; the multiple's clause is the basis."""
    if at < 1 or clause.strip() not in q.words["restate_leads"]:
        return None
    whole = clause_before(text, at - 1)
    before = whole.rstrip()
    end = next((w for w in q.words["multiple_ends"] if before.endswith(w)), None)
    if end is None:
        return None
    lo = at - 1 - len(whole)
    hi = lo + len(before)
    return Cue((dict(q.entries["multiple_ends"])[end], hi - len(end), hi), before, lo)


def indicator_cue(text: str, start: int, q: Qualifiers) -> Cue | None:
    """每千名老年人拥有养老床位数：2020年基数为38.5张，2025年目标为42张: in a line that
    opens with an indicator's name and a colon, the basis the name holds (每千名老年人, 月人均)
    is that of every figure after the colon in its sentence."""
    line = text.rfind("\n", 0, start) + 1
    colon = max(text.rfind("：", line, start), text.rfind(":", line, start))
    if colon < 0 or colon - line > _NAME_MAX or has_break(text, colon, start, SENTENCE_BREAKS):
        return None
    name = text[line:colon]
    m = q.cues.search(name)
    if m is None:
        return None
    word, mark, each = m.group(*q.cue_groups)
    if each is not None:
        return None  # 各 before a verb of giving is no basis of a name
    rule = q.cue_ids[unwrapped(word)] if mark is None else None
    at = line + m.start()
    return Cue((rule or _INDICATOR_RULE, at, line + m.end()), m.group(), at)


def column_cue(text: str, start: int, q: Qualifiers, *, money: bool) -> Cue | None:
    """项目⇥救助人次⇥救助资金⇥次均救助⏎临时救助⇥1426人次⇥213.9万元⇥1500元: in a table pasted
    as text, the rate cue of the head cell of the figure's column is the figure's; not a
    "head" that is prose (•⇥截至12月底，…: a bullet's tab before a sentence)."""
    span = column_head(text, start)
    if span is None:
        return None
    lo, hi = span
    cell = text[lo:hi]
    if not LINE_CLAUSE_BREAKS.isdisjoint(cell):
        return None
    m = (q.money_cues if money else q.cues).search(cell)
    if m is None:
        return None
    word, mark, each = m.group(*(q.money_cue_groups if money else q.cue_groups))
    if each is not None:
        return None
    rule = q.cue_ids[unwrapped(word)] if mark is None else None
    why = (rule or _COLUMN_RULE, lo + m.start(), lo + m.end())
    return Cue(why, cell[m.start() :], lo + m.start())


_COLUMN_RULE = "figures.rate.column"
"""The rule of a basis that a column's head gives by its mark alone (人均, 每人)."""
_NAME_MAX = 30
"""The longest name of an indicator before the colon of its line."""
_INDICATOR_RULE = "figures.rate.indicator"
"""The rule of a basis that an indicator's name gives by its mark alone (每千名老年人…)."""


def _period_subsidy(clause: str, at: int, q: Qualifiers) -> Why | None:
    """每年给予运营补贴1万元 after the units it goes to: a yearly amount per unit.

    Not when the clause reports a total (每月发放, 累计): that is a sum over everyone."""
    m = q.period.search(clause)
    if m is None or any(w in clause for w in q.total_words):
        return None
    rest = clause[m.end() :]
    rule = next((r for w, r in q.subsidy_words if w in rest), None)
    return None if rule is None else (rule, at + m.start(), at + m.end())


def _grant(clause: str, at: int, q: Qualifiers, *, ranged: bool) -> Why | None:
    """对获评5A级的社会组织给予一次性奖励10万元: what each gets, where no total is said."""
    found = [(clause.rfind(w), w, r) for w, r in q.grant_words if w in clause]
    if not found or any(w in clause for w in q.total_words):
        return None
    i, word, rule = max(found)
    if clause.startswith(q.grant_fund_nouns, i + len(word)):
        return None  # 安排评估奖励资金60万元: a fund's name
    if not ranged and q.counted.search(clause) is not None:
        # 对因病致贫的712户给予救助218.4万元 (给予…医疗救助3264人次、689.3万元): what the
        # households counted got together; a range (给予1至3万元的一次性救助) or a per mark
        # (每户给予3000元) is what each gets.
        return None
    return rule, at + i, at + i + len(word)


def per_from(cue: str, at: int, q: Qualifiers) -> tuple[str, Why] | None:
    """'/月.人' or '每人每月' (at offset ``at`` of the text) → 'person·month' (entity first,
    then period), and its first basis word's rule with the span of the basis words."""
    names: list[str] = []
    first: regex.Match[str] | None = None
    last = 0
    for m in q.per_word.finditer(cue):
        first = first or m
        last = m.end()
        name = q.per_words[m.group()]
        if name not in names:
            names.append(name)
    if first is None:
        return None
    ordered = [n for n in names if n not in PERIOD_NAMES] + [n for n in names if n in PERIOD_NAMES]
    return "·".join(ordered), (q.per_ids[first.group()], at + first.start(), at + last)
