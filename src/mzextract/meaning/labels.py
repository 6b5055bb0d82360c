"""Labels of each figure: programme, area, measure, role and period, each with the words
(or the section title) that decided it.

Resolution follows the annotation guide, part 2: the figure's own phrase first, then
its clause, the other clauses of its sentence, then its section titles (innermost first);
the report's meta where nothing nearer says. All words come from the ``meaning`` tables
of the rules; this module holds the order in which they are read.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

import regex

from mzextract.meaning.periods import Expression, find_expressions, recent, resolve
from mzextract.meaning.text import Breaks, Mention, Mentions, find
from mzextract.model import Evidence, Figure, Meta, Period, Programme, Section
from mzextract.rules import MeasureCue, Rules

# Measures that are values at a date (annotation guide part 2, §5 rule 2).
_AT_DATE = frozenset({"covered", "capacity", "standard"})
_COUNT_KINDS = frozenset({"persons", "households", "person_times"})
# What may stand between two items of one list (低保、特困人员; 孤儿和事实无人抚养儿童).
_LIST_JOINERS = frozenset("、和及与或 \u3000“”\"")
_JOINS = frozenset("、和及与或")
# What may stand between a role cue and its figure (增加了30元, 由原来的4446元).
_FILLERS = " \t\u3000了的为是达约近共计按"
# A rate's basis between a cue and its figure (由每项60元, 提高到每人每月500元).
_PER_BASIS = regex.compile(r"(?:每\p{Han}{1,2}?)+$")


# How strongly a word names a programme: the programme itself (a benefit, a service),
# a group it serves, a generic word. A weaker word gives way to a stronger one nearby.
WORD, GROUP, GENERIC = 3, 2, 1


@dataclass(frozen=True)
class _Word:
    """A word that names a programme, with its strength."""

    programme: Programme
    level: int
    rule: str


@dataclass(frozen=True)
class Labels:
    programme: Programme | None
    area: str | None
    measure: str
    role: str
    period: Period | None
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class _Tables:
    programmes: dict[str, _Word]
    counts: dict[str, str]
    """What a count of each programme measures where no cue says."""
    areas: dict[str, tuple[str, str]]
    cues: dict[str, dict[str, MeasureCue]]
    roles: dict[str, tuple[str, str, str]]
    changes: dict[str, str]
    plans: tuple[str, ...]
    summaries: tuple[str, ...]
    done: tuple[str, ...]
    breakdowns: tuple[str, ...]
    beneficiaries: tuple[str, ...]
    not_beneficiaries: tuple[str, ...]


@cache
def _tables(rules: Rules) -> _Tables:
    programmes: dict[str, _Word] = {}
    records = {p.key: Programme(p.key, p.name, p.domain) for p in rules.programmes}
    for p in rules.programmes:
        for w in p.generic:
            programmes[w] = _Word(records[p.key], GENERIC, p.id)
    # A domain's own words (社会救助资金) say as much as a group: less than a programme's.
    for d in rules.domains:
        for w in d.words:
            programmes[w] = _Word(records[d.general], GROUP, d.id)
    for p in rules.programmes:
        for w in p.groups:
            programmes[w] = _Word(records[p.key], GROUP, p.id)
        for w in (*p.words, *(o.word for o in p.old_names)):
            programmes[w] = _Word(records[p.key], WORD, p.id)
    return _Tables(
        programmes=programmes,
        counts={p.key: p.counts for p in rules.programmes},
        areas={a.word: (a.area, a.id) for a in rules.area_words},
        cues={
            "count": {c.word: c for c in rules.count_cues},
            "money": {c.word: c for c in rules.money_cues},
            "rate": {c.word: c for c in rules.rate_cues},
            "beds": {c.word: c for c in rules.bed_cues},
            "couples": {c.word: c for c in rules.couple_cues},
        },
        roles={r.word: (r.role, r.where, r.id) for r in rules.role_cues},
        changes={e.word: e.id for e in rules.table("change_words")},
        plans=rules.plan_words,
        summaries=rules.summary_words,
        done=rules.done_words,
        breakdowns=rules.breakdown_words,
        beneficiaries=rules.beneficiary_words,
        not_beneficiaries=rules.beneficiary_blockers,
    )


class Labeller:
    """Labels the figures of one report; built once per report, asked once per figure."""

    def __init__(
        self,
        text: str,
        sections: tuple[Section, ...],
        figures: Sequence[Figure],
        meta: Meta,
        rules: Rules,
    ) -> None:
        self.text = text
        self.sections = sections
        self.figures = figures
        self.meta = meta
        self.t = _tables(rules)
        self.breaks = Breaks(
            text,
            ((s.start, _line_end(text, s.start)) for s in sections),
            [(f.start, f.end) for f in figures],
        )
        self.figure_starts = [f.start for f in figures]
        self.words: Mentions[_Word] = find(text, self.t.programmes)
        self.areas: Mentions[tuple[str, str]] = find(text, self.t.areas)
        self.cues = {k: find(text, v) for k, v in self.t.cues.items()}
        self.roles: Mentions[tuple[str, str, str]] = find(text, self.t.roles)
        self.changes: Mentions[str] = find(text, self.t.changes)
        self.exprs = find_expressions(text, rules)
        self.expr_starts = [e.start for e in self.exprs]
        self.masked = any(e.mode == "masked" for e in self.exprs)
        self.plan_sections = {
            s.index for s in sections if any(w in s.title for w in self.t.plans)
        }
        title = "" if meta.title is None else meta.title.text
        self.plan_report = any(w in title for w in self.t.plans) and not any(
            w in title for w in self.t.summaries
        )
        self.roles_so_far: list[str] = []
        self.measures_so_far: list[tuple[str, bool]] = []
        """Each figure's measure so far, and whether a word (not a default) decided it."""

    # ------------------------------------------------------------------ per figure

    def label(self, i: int) -> Labels:
        f = self.figures[i]
        evidence: list[Evidence] = []
        word = self._programme(i)
        programme = None if word is None else word[1].programme
        if word is not None:
            m, w, source = word
            evidence.append(self._ev("programme", w.rule, m.start, m.end, source))
        area = self._area(i, word)
        if area is not None:
            evidence.append(self._ev("area", area[1], area[2].start, area[2].end, "text"))
        measure, mrule, mspan = self._measure(i, programme)
        worded = mrule == "meaning.measure.list" or not mrule.startswith(("meaning.", "programmes:"))
        self.measures_so_far.append((measure, worded))
        evidence.append(self._ev("measure", mrule, *mspan, "text"))
        role, rrule, rspan = self._role(i)
        self.roles_so_far.append(role)
        evidence.append(self._ev("role", rrule, *rspan, "text"))
        done = rrule == "meaning.role.done"
        period, prule, pspan = self._period(i, measure, role, done)
        evidence.append(self._ev("period", prule, *pspan, "text"))
        return Labels(
            programme=programme,
            area=None if area is None else area[0],
            measure=measure,
            role=role,
            period=period,
            evidence=tuple(evidence),
        )

    def _ev(self, field: str, rule: str, start: int, end: int, _source: str) -> Evidence:
        return Evidence(field, rule, start, end, self.text[start:end])

    # ------------------------------------------------------------------ windows

    def _segment(self, i: int) -> tuple[int, int, int, int]:
        """The figure's clause and the part of it between its neighbours."""
        f = self.figures[i]
        c_lo, c_hi = self.breaks.clause(f.start)
        prev_end = self.figures[i - 1].end if i > 0 else 0
        next_start = self.figures[i + 1].start if i + 1 < len(self.figures) else len(self.text)
        return c_lo, c_hi, max(c_lo, prev_end), min(c_hi, next_start)

    def _list_first(self, m: Mention[_Word], across_figures: bool) -> Mention[_Word]:
        """The first item of the list ``m`` stands in (低保、特困人员共…人 → 低保): items
        joined by 、和及. A list of items with their own figures (15名孤儿、47名事实无人抚养
        儿童) is shared only by a figure after it (``across_figures``)."""
        first = m
        for prev in reversed(self.words.within(max(0, m.start - 60), m.start)):
            gap = (
                self._without_figures(prev.end, first.start)
                if across_figures
                else self.text[prev.end : first.start]
            )
            if not any(ch in _JOINS for ch in gap) or not all(ch in _LIST_JOINERS for ch in gap):
                break
            first = prev
        return first

    def _without_figures(self, lo: int, hi: int) -> str:
        """``text[lo:hi]`` less the figures in it."""
        from bisect import bisect_left

        out = []
        pos = lo
        j = bisect_left(self.figure_starts, lo)
        while j < len(self.figures) and self.figures[j].start < hi:
            g = self.figures[j]
            out.append(self.text[pos : g.start])
            pos = max(pos, g.end)
            j += 1
        out.append(self.text[pos:hi])
        return "".join(out)

    @staticmethod
    def _best(mentions: list[Mention[_Word]], level: int, last: bool) -> Mention[_Word] | None:
        """Of the mentions at ``level`` or above, those of the highest level present; of
        them the last (nearest before a figure) or the first."""
        top = max((m.entry.level for m in mentions), default=0)
        if top < level:
            return None
        found = [m for m in mentions if m.entry.level == top]
        return found[-1] if last else found[0]

    # ------------------------------------------------------------------ programme

    def _programme(self, i: int) -> tuple[Mention[_Word], _Word, str] | None:
        found = self._find_programme(i)
        if found is None:
            return None
        m, source = found
        m = self._list_first(m, across_figures=source != "clause")
        return m, m.entry, source

    def _find_programme(self, i: int) -> tuple[Mention[_Word], str] | None:
        """The word that names the figure's programme: its phrase, its clause, the clauses
        before it in its sentence, its section titles, then what is left (part 2, §1, §7)."""
        f = self.figures[i]
        c_lo, c_hi, _, s_hi = self._segment(i)
        count = f.kind.name in _COUNT_KINDS
        subject = [] if f.subject is None else self.words.within(f.subject.start, f.subject.end)
        before = self.words.within(c_lo, f.start)
        # After the figure: the group it counts (为39名困难群众…), or, for an amount, what it
        # is for (投入资金300万元对敬老院实施改造); not past a parenthesis it closes.
        s_hi = min(s_hi, _close_paren(self.text, f.end, s_hi))
        after = self.words.within(f.end, s_hi)
        own = self._best(subject, WORD, last=True)
        if own is not None:
            return own, "clause"
        if count:
            # 为39名困难群众发放因病救助金: the group helped gives way to what helps it.
            helped_from = f.end if f.subject is None else max(f.end, f.subject.end)
            benefit = next(
                (m for m in after if m.start >= helped_from and m.entry.level == WORD), None
            )
            if benefit is not None:
                return benefit, "clause"
        for mentions in (subject, before, after if count else []):
            found = self._best(mentions, GROUP, last=True)
            if found is not None:
                if count and found.entry.level == GROUP:
                    paid = self._next_payment(i, c_hi)
                    if paid is not None:
                        return paid, "clause"
                return found, "clause"
        if not count:
            found = self._best(after, WORD, last=False)
            if found is not None:
                return found, "clause"
        generic = self._best([*subject, *before, *(after if count else [])], GENERIC, last=True)
        lo, hi = self.breaks.sentence(f.start)
        earlier = self._clauses_before(lo, c_lo)
        for level in (WORD, GROUP):
            for c0, c1 in earlier:
                found = self._best(self.words.within(c0, c1), level, last=True)
                if found is not None:
                    return self._run_first(found, lo), "sentence"
        chain = self._section_chain(f.section)
        for s in chain:
            found = self._best(self.words.within(s.title_start, s.title_end), WORD, last=False)
            if found is not None:
                return found, "section"
        if generic is not None:
            return generic, "clause"
        for c0, c1 in self._clauses_after(c_hi + 1, hi):
            found = self._best(self.words.within(c0, c1), GROUP, last=False)
            if found is not None:
                return found, "sentence"
        for s in chain:
            found = self._best(self.words.within(s.title_start, s.title_end), GENERIC, last=False)
            if found is not None:
                return found, "section"
        return None

    def _clauses_before(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The clauses before ``hi`` in its sentence, nearest first, without breakdowns
        (其中…): a figure after a breakdown refers to the total before it."""
        out = []
        for c0, c1 in reversed(self.breaks.clauses(lo, hi)):
            if self.text[c0:c1].lstrip(" \t\u3000（(").startswith(self.t.breakdowns):
                continue
            out.append((c0, c1))
        return out

    def _clauses_after(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The clauses after the figure's, up to a breakdown (其中…), which names parts."""
        out = []
        for c0, c1 in self.breaks.clauses(lo, hi):
            if self.text[c0:c1].lstrip(" \t\u3000（(").startswith(self.t.breakdowns):
                break
            out.append((c0, c1))
        return out

    def _run_first(self, m: Mention[_Word], lo: int) -> Mention[_Word]:
        """Parallel clauses of one domain (孤儿17人，事实无人抚养儿童46人，按照每人每月1170元):
        a figure after them that names nothing is shared, and takes the first named."""
        first = m
        if not self._parallel(m):
            return m
        for c0, c1 in self._clauses_before(lo, m.start):
            items = self.words.within(c0, c1)
            if len(items) != 1 or items[0].entry.level < GROUP or not self._parallel(items[0]):
                break
            if items[0].entry.programme.domain != m.entry.programme.domain:
                break
            first = items[0]
        return first

    def _parallel(self, m: Mention[_Word]) -> bool:
        """Whether ``m``'s clause is just a name and its figures (全县孤儿17人)."""
        c0, c1 = self.breaks.clause(m.start)
        lead = self.text[c0 : m.start].strip(" \t\u3000")
        rest = self._without_figures(m.end, c1).strip(" \t\u3000、")
        cued = any(self.cues[t].within(c0, m.start) for t in ("count", "money"))
        return (
            len(lead) <= 2
            and not cued
            and not rest
            and any(c0 <= g.start < c1 for g in self.figures)
        )

    def _next_payment(self, i: int, c_hi: int) -> Mention[_Word] | None:
        """The programme named by the next amount's phrase in the clause (为5名孤儿送去
        1000元的慰问金 → 慰问金)."""
        for g in self.figures[i + 1 :]:
            if g.start >= c_hi:
                return None
            if g.kind.name == "money":
                if g.subject is None:
                    return None
                words = self.words.within(g.subject.start, g.subject.end)
                return self._best(words, WORD, last=True)
        return None

    def _section_chain(self, index: int | None) -> list[Section]:
        chain: list[Section] = []
        while index is not None:
            s = self.sections[index]
            chain.append(s)
            index = s.parent
        return chain

    # ------------------------------------------------------------------ area

    def _attached(self, m: Mention[_Word]) -> Mention[tuple[str, str]] | None:
        """The area word of a programme word: inside it (城市低保) or right before it
        (农村特困人员, 城市居民最低生活保障)."""
        for a in reversed(self.areas.within(max(0, m.start - 6), m.end)):
            gap = self.text[a.end : m.start] if a.end <= m.start else ""
            if a.end <= m.end and len(gap) <= 2 and not any(ch in "，,。；;：:" for ch in gap):
                return a
        return None

    def _area(
        self, i: int, word: tuple[Mention[_Word], _Word, str] | None
    ) -> tuple[str, str, Mention[tuple[str, str]]] | None:
        f = self.figures[i]
        c_lo, _, s_lo, _ = self._segment(i)
        # An area word right before the figure: 其中城市1200户, 农村低保1486户.
        for a in reversed(self.areas.within(s_lo, f.start)):
            between = self.text[a.end : f.start]
            if len(between) <= 6 and not any(ch in "，,。；;" for ch in between):
                if not self.words.within(a.end, f.start) or self._attached_any(a, f.start):
                    return a.entry[0], a.entry[1], a
        if word is None:
            return None
        mention, w, source = word
        a = self._attached(mention)
        if a is not None:
            return a.entry[0], a.entry[1], a
        key = w.programme.key
        lo, hi = self.breaks.sentence(f.start)
        # The group helped, in the figure's own clause (为城市低保对象发放慰问金).
        for m in self.words.within(c_lo, f.start):
            a = self._attached(m)
            if a is not None and (m.entry.programme.key == key or m.entry.level < WORD):
                return a.entry[0], a.entry[1], a
        # The same programme with an area word elsewhere in the sentence.
        for m in [*reversed(self.words.within(lo, f.start)), *self.words.within(f.end, hi)]:
            if m.entry.programme.key == key:
                a = self._attached(m)
                if a is not None:
                    return a.entry[0], a.entry[1], a
        for s in self._section_chain(f.section):
            for m in self.words.within(s.title_start, s.title_end):
                if m.entry.programme.key == key:
                    a = self._attached(m)
                    if a is not None:
                        return a.entry[0], a.entry[1], a
        return None

    def _attached_any(self, a: Mention[tuple[str, str]], end: int) -> bool:
        return any(self._attached(m) is a for m in self.words.within(a.start, end))

    # ------------------------------------------------------------------ measure

    def _nearest_cue(
        self, table: str, lo: int, hi: int, *, bare: bool = True
    ) -> Mention[MeasureCue] | None:
        """The last cue of ``table`` in ``[lo, hi)``. With ``bare``, not one that is part of
        a programme's name (救助 in 临时救助90人 names the programme, not the measure)."""
        for c in reversed(self.cues[table].within(lo, hi)):
            inside = [
                m
                for m in self.words.within(max(0, c.start - 8), c.end + 8)
                if m.start <= c.start and c.end <= m.end and m.end - m.start > c.end - c.start
            ]
            # An amount's verb may end a programme's name (进行临时救助240万元); a count's
            # may not (特困供养3人 names the programme).
            if not inside or (not bare and all(m.end == c.end for m in inside)):
                return c
        return None

    def _beneficiary(self, i: int, c_lo: int) -> tuple[int, int] | None:
        """为/给/对 that names whom a count was for: right before it (为全市1263名) or at
        the start of its clause (对没有享受低保的未脱贫人口137人)."""
        f = self.figures[i]
        clause = self.text[c_lo : f.start]
        lead = len(clause) - len(clause.lstrip(" \t\u3000"))
        for w in self.t.beneficiaries:
            at = clause.rfind(w)
            while at >= 0:
                near = len(clause) - at - len(w) <= 3 or at == lead
                if near and not clause.startswith(self.t.not_beneficiaries, at):
                    pos = c_lo + at
                    if not any(m.start <= pos < m.end for m in self.words.within(pos - 6, pos + 6)):
                        return pos, pos + len(w)
                at = clause.rfind(w, 0, at)
        return None

    def _measure(self, i: int, programme: Programme | None) -> tuple[str, str, tuple[int, int]]:
        f = self.figures[i]
        kind = f.kind.name
        c_lo, c_hi, _, s_hi = self._segment(i)
        here = (f.start, f.start)
        if kind == "money":
            if f.rate:
                cue = self._nearest_cue("rate", c_lo, f.start, bare=False)
                if cue is not None:
                    return cue.entry.measure, cue.entry.id, (cue.start, cue.end)
                return "standard", "meaning.measure.rate", here
            table = "money"
        elif kind in _COUNT_KINDS:
            table = "count"
        elif kind in ("beds", "couples"):
            table = kind
        else:
            return "other", "meaning.measure.kind", here
        count = kind in _COUNT_KINDS
        if count and programme is not None and programme.key == "other":
            return "other", "programmes:other", here
        cue = self._nearest_cue(table, c_lo, f.start, bare=count)
        if count and (cue is None or cue.entry.measure != "other"):
            served = self._beneficiary(i, c_lo)
            if served is not None and (cue is None or cue.start < served[0] or cue.end <= served[1]):
                return "served", "beneficiary_words:" + self.text[slice(*served)], served
        if cue is None and kind != "person_times":
            # 99人纳入低保, *万元滞留在县级财政: the verb after the figure.
            cue = self._nearest_cue(table, f.end, min(s_hi, f.end + 4), bare=count)
        if cue is not None:
            return cue.entry.measure, cue.entry.id, (cue.start, cue.end)
        if kind == "person_times":
            return "served", "meaning.measure.person_times", here
        if kind == "beds":
            return "capacity", "meaning.measure.beds", here
        if kind == "couples":
            return "registered", "meaning.measure.couples", here
        carried = self._carried(i)
        if carried is not None and not (
            count and programme is not None and self.t.counts[programme.key] == "served"
        ):
            return carried, "meaning.measure.list", (self.figures[i - 1].start, self.figures[i - 1].end)
        if kind == "money":
            return "paid", "meaning.measure.money", here
        if programme is not None:
            return self.t.counts[programme.key], f"programmes:{programme.key}", here
        return "covered", "meaning.measure.count", here

    def _carried(self, i: int) -> str | None:
        """A list of like figures shares the verb of its first item (审批农村低保26人，城市
        低保6人; 销售福利彩票465万元…其中电脑票450万元): the measure of the nearest like
        figure before in the sentence, where a word decided it, past asides in brackets."""
        f = self.figures[i]
        lo, _ = self.breaks.sentence(f.start)
        count = f.kind.name in _COUNT_KINDS
        for j in range(i - 1, -1, -1):
            g = self.figures[j]
            if g.start < lo:
                return None
            if (g.kind.name in _COUNT_KINDS) != count:
                continue
            c0, _ = self.breaks.clause(g.start)
            if c0 > 0 and self.text[c0 - 1] in "（(":
                continue
            measure, worded = self.measures_so_far[j]
            return measure if worded else None
        return None

    # ------------------------------------------------------------------ role

    def _role(self, i: int) -> tuple[str, str, tuple[int, int]]:
        f = self.figures[i]
        c_lo, c_hi, _, _ = self._segment(i)
        before = self.text[c_lo : f.start]
        trimmed = _PER_BASIS.sub("", before.rstrip(_FILLERS)).rstrip(_FILLERS)
        end = c_lo + len(trimmed)
        # A change verb that sets a new value (提高到, 调整为): the figure is the value.
        for c in self.changes.within(max(c_lo, end - 6), end):
            if c.end == end:
                return "value", c.entry, (c.start, c.end)
        prev = self.figures[i - 1] if i > 0 else None
        joined = prev is not None and self.text[prev.end : f.start] in ("、", "，", ",", "和", "及")
        if joined and prev is not None and self.roles_so_far and self.roles_so_far[-1] in (
            "previous",
            "change",
        ) and prev.start >= c_lo - 1:
            return self.roles_so_far[-1], "meaning.role.list", (prev.start, prev.end)
        for r in reversed(self.roles.within(max(c_lo, end - 8), end)):
            role, where, rule = r.entry
            if where != "adjacent" or r.end != end:
                continue
            if role == "previous" and r.word in ("由", "从", "由原来", "从原来", "由原"):
                if not self.changes.within(f.end, c_hi + 1) and not self._change_ahead(f.end):
                    continue
            return role, rule, (r.start, r.end)
        for r in reversed(self.roles.within(c_lo, f.start)):
            role, where, rule = r.entry
            if where == "clause":
                return role, rule, (r.start, r.end)
        plan = self._plan(f)
        if plan is not None:
            done = next((w for w in self.t.done if w in before), None)
            if done is None:
                return "target", "meaning.role.plan_section", plan
            # 已累计完成投资20万元 in a plan: what was done, in the report's period.
            at = c_lo + before.index(done)
            return "value", "meaning.role.done", (at, at + len(done))
        return "value", "meaning.role.default", (f.start, f.start)

    def _change_ahead(self, pos: int) -> bool:
        """A change verb later in the sentence (从10144元、9222元提高至…)."""
        _, hi = self.breaks.sentence(pos)
        return bool(self.changes.within(pos, min(hi, pos + 40)))

    def _plan(self, f: Figure) -> tuple[int, int] | None:
        for s in self._section_chain(f.section):
            if s.index in self.plan_sections:
                return s.title_start, s.title_end
        if self.plan_report and self.meta.title is not None:
            return self.meta.title.start, self.meta.title.end
        return None

    # ------------------------------------------------------------------ period

    def _governing(self, f: Figure) -> Expression | None:
        """The nearest period expression before the figure in its sentence, not one that
        compares (比上年) nor one inside an aside in brackets that closed before it."""
        lo, _ = self.breaks.sentence(f.start)
        j = bisect_left(self.expr_starts, f.start) - 1
        while j >= 0 and self.exprs[j].start >= lo:
            e = self.exprs[j]
            if e.end <= f.start and not self._comparison_ref(e) and not self._aside(e, f):
                return e
            j -= 1
        return None

    def _aside(self, e: Expression, f: Figure) -> bool:
        between = self.text[e.end : f.start]
        opened = self.text[max(0, e.start - 12) : e.start]
        return any(c in between for c in "）)") and any(c in opened for c in "（(")

    def _comparison_ref(self, e: Expression) -> bool:
        """比上年 / 较去年同期: the period compared with, not the figure's own."""
        return e.mode == "rel" and self.text[max(0, e.start - 1) : e.start] in ("比", "较", "与")

    def _section_expression(self, f: Figure) -> Expression | None:
        for s in self._section_chain(f.section):
            j = bisect_left(self.expr_starts, s.title_start)
            while j < len(self.exprs) and self.exprs[j].start < s.title_end:
                e = self.exprs[j]
                if e.mode not in ("rel", "masked", "recent"):
                    return e
                j += 1
        return None

    def _period(
        self, i: int, measure: str, role: str, done: bool
    ) -> tuple[Period | None, str, tuple[int, int]]:
        f = self.figures[i]
        here = (f.start, f.start)
        if self.masked:
            return None, "meaning.period.masked", here
        at = measure in _AT_DATE
        e = self._governing(f)
        if role == "previous":
            if e is not None and e.mode == "rel" and e.shift < 0:
                return resolve(e, None, self.meta.period, at=at), e.rule, (e.start, e.end)
            return None, "meaning.period.previous", here
        section = None if done else self._section_expression(f)
        year = self.meta.year if section is None or section.year is None else section.year
        if e is not None and e.mode == "recent":
            # 月发放 after 截至6月底: the month (or quarter) up to the date before it.
            outer = self._governing_before(f, e)
            base = (
                resolve(outer, year, self.meta.period, at=True)
                if outer is not None
                else self.meta.period
            )
            if base is None:
                return None, e.rule, (e.start, e.end)
            return recent(e, base.end, at=at), e.rule, (e.start, e.end)
        if e is not None:
            return resolve(e, year, self.meta.period, at=at), e.rule, (e.start, e.end)
        if section is not None:
            return resolve(section, year, self.meta.period, at=at), section.rule, (section.start, section.end)
        p = self.meta.period
        if p is None:
            return None, "meaning.period.meta", here
        span = next(((ev.start, ev.end) for ev in self.meta.evidence if ev.field == "period"), here)
        if role == "target" and p.start is not None:
            # A target with no period of its own is for the report's year (项目估算总投资…).
            p = Period(date(p.end.year, 1, 1), date(p.end.year, 12, 31))
        return (Period(None, p.end) if at else p), "meaning.period.meta", span

    def _governing_before(self, f: Figure, e: Expression) -> Expression | None:
        lo, _ = self.breaks.sentence(f.start)
        j = bisect_left(self.expr_starts, e.start) - 1
        while j >= 0 and self.exprs[j].start >= lo:
            if self.exprs[j].mode not in ("recent", "rel", "masked"):
                return self.exprs[j]
            j -= 1
        return None


def _close_paren(text: str, lo: int, hi: int) -> int:
    """Where a parenthesis that is open at ``lo`` closes before ``hi`` (else ``hi``)."""
    for j in range(lo, hi):
        if text[j] in "）)":
            return j
        if text[j] in "（(":
            return hi
    return hi


def _line_end(text: str, start: int) -> int:
    nl = text.find("\n", start)
    return len(text) if nl < 0 else nl
