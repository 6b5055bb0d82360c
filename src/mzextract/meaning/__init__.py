"""Meaning: what each figure measures, for which programme and period, and where and when
the report is from (annotation guide part 2, ``docs/meaning.md``)."""

from __future__ import annotations

from collections.abc import Sequence

from mzextract.meaning.comparisons import find_comparisons
from mzextract.meaning.labels import Labeller
from mzextract.meaning.meta import find_meta
from mzextract.meaning.periods import fold_digits
from mzextract.model import Comparison, Figure, Meta, Section, collector_paused
from mzextract.rules import Rules

__all__ = ["annotate", "programme_table"]


def annotate(
    text: str,
    sections: tuple[Section, ...],
    figures: Sequence[Figure],
    rules: Rules,
    *,
    read: str | None = None,
) -> tuple[tuple[Figure, ...], Meta, tuple[Comparison, ...]]:
    """The figures with their labels, the report's meta, and the comparisons that link
    its figures. ``read`` is the text with
    page furniture blanked (same offsets), which the labels read; the meta reads ``text``,
    whose running headers may be the only title a page extract has."""
    with collector_paused():  # millions of short-lived objects: see `collector_paused`
        return _annotate(text, sections, figures, rules, text if read is None else read)


def _annotate(
    text: str, sections: tuple[Section, ...], figures: Sequence[Figure], rules: Rules, read: str
) -> tuple[tuple[Figure, ...], Meta, tuple[Comparison, ...]]:
    # The labels read ``read``, the meta ``text``: where they are one, so is its digit fold.
    folded = fold_digits(text, rules)
    meta, reach = find_meta(text, sections, rules, folded=folded)
    labeller = Labeller(
        read, sections, figures, meta, rules, text, folded if read == text else None, reach
    )
    out = []
    new = object.__new__
    for i, f in enumerate(figures):
        labels = labeller.label(i)
        # A copy with the labels set, made as `copy.copy` makes one: the frozen dataclass's
        # constructor sets each of its nineteen fields by a call of its own, three times
        # slower (`dataclasses.replace` goes through it too).
        g = new(Figure)
        g.__dict__.update(
            f.__dict__,
            programme=labels.programme,
            area=labels.area,
            measure=labels.measure,
            role=labels.role,
            period=labels.period,
            evidence=f.evidence + labels.evidence,
        )
        out.append(g)
    labelled = tuple(out)
    comparisons = find_comparisons(
        labeller.text, labelled, labeller.breaks, rules, folded=labeller.folded
    )
    return labelled, meta, comparisons


def programme_table(rules: Rules | None = None) -> str:
    """The programme table of ``rules`` as Markdown (as ``docs/meaning.md`` shows it)."""
    rules = rules or Rules.default()
    domains = {d.key: d.name for d in rules.domains}
    lines = [
        "| key | domain | name | words that name it | groups it serves | generic words "
        "| old names |",
        "|---|---|---|---|---|---|---|",
    ]
    for p in rules.programmes:
        old = "、".join(f"{o.word} (to {o.until})" for o in p.old_names)
        cells = (
            f"`{p.key}`",
            f"{p.domain} {domains[p.domain]}",
            p.name,
            "、".join(p.words),
            "、".join(p.groups),
            "、".join(p.generic),
            old,
        )
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
