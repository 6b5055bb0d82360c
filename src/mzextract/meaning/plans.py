"""Whether a title names a plan (工作计划, 2024年工作安排, …“十四五”民政事业发展规划): one
reading for the report's title (meta, labels) and for section titles (labels)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from mzextract.clauses import BLANKS, longest_first, occurrences
from mzextract.meaning.text import words_pattern
from mzextract.rules import Rules

__all__ = ["is_plan", "names_plan", "names_plan_word", "reviewed_plan"]


@dataclass(frozen=True)
class _PlanWords:
    words: tuple[str, ...]
    nouns: tuple[str, ...]
    noun_ends: tuple[str, ...]
    named: tuple[str, ...]
    """Programme names that hold a plan word or noun (明天计划), longest first."""
    any_in: re.Pattern[str]
    summaries: tuple[str, ...]
    reviews: tuple[str, ...]


@cache
def _plan_words(rules: Rules) -> _PlanWords:
    plan = (*rules.plan_words, *rules.plan_nouns)
    names = {
        *(w for d in rules.domains for w in d.words),
        *(
            w
            for p in rules.programmes
            for w in (*p.generic, *p.groups, *p.words, *(o.word for o in p.old_names))
        ),
        # 计划生育特殊家庭关爱扶助工作的汇报: a scheme's name plans nothing.
        *rules.cue_names,
    }
    return _PlanWords(
        words=tuple(rules.plan_words),
        nouns=tuple(rules.plan_nouns),
        noun_ends=tuple(rules.plan_noun_ends),
        named=longest_first(tuple(w for w in sorted(names) if any(p in w for p in plan))),
        any_in=words_pattern(plan),
        summaries=tuple(rules.summary_words),
        reviews=tuple(rules.plan_review_words),
    )


def _unnamed(title: str, t: _PlanWords) -> str:
    """``title`` without the programme names that hold a plan word or noun (明天计划)."""
    for w in t.named:
        title = title.replace(w, "")
    return title


def names_plan(title: str, rules: Rules) -> bool:
    """Whether a title names a plan: a plan word anywhere, or a plan noun that closes the
    title or one of its parts; not one inside a programme's name (明天计划和助学)."""
    t = _plan_words(rules)
    if not t.any_in.search(title):
        return False  # most titles; a named plan holds a plan word or noun
    title = _unnamed(title, t)
    if any(w in title for w in t.words):
        return True
    # 资金安排和使用情况: a noun joined to a part that reports what was done names the
    # money's arrangement, not a plan.
    reported = title.rstrip(BLANKS).endswith(t.summaries)
    for w in t.nouns:
        for at in occurrences(title, w):
            rest = title[at + len(w) :].lstrip(BLANKS)
            if not rest or (rest.startswith(t.noun_ends) and not reported):
                return True
    return False


def is_plan(title: str, rules: Rules) -> bool:
    """Whether a report's title makes it a plan: it names one, and no summary of work done
    (…“十四五”民政事业发展规划, not its 中期评估报告 or 执行情况总结)."""
    return names_plan(title, rules) and not any(w in title for w in _plan_words(rules).summaries)


def names_plan_word(title: str, rules: Rules) -> bool:
    """Whether a title holds a plan word (计划, 打算, 下一步), not only a plan noun (目标)."""
    t = _plan_words(rules)
    title = _unnamed(title, t)
    return any(w in title for w in t.words)


def reviewed_plan(title: str, rules: Rules) -> str | None:
    """The plan word or noun a report's title reviews, where a word of `plan_review_words`
    follows it (重点工作目标完成情况的报告: 目标; 规划实施情况: 规划), else None."""
    t = _plan_words(rules)
    title = _unnamed(title, t)
    for m in t.any_in.finditer(title):
        if any(w in title[m.end() :] for w in t.reviews):
            return m[0]
    return None
