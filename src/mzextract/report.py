"""`Report`: everything `extract` found in one text, with its shortcuts to exports.

The records it holds are in `mzextract.model`; exports and views (`mzextract.export`,
`mzextract.view`) are functions over them, which know `Report` only as a type.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from mzextract import export, view
from mzextract.model import Comparison, Figure, Kind, Meta, Section

__all__ = ["Report"]


@dataclass(frozen=True)
class Report:
    """Everything found in one text."""

    text: str
    sections: tuple[Section, ...] = ()
    figures: tuple[Figure, ...] = ()
    source: str | None = field(default=None, compare=False)
    kinds: tuple[Kind, ...] = field(default=(), compare=False, repr=False)
    """The kinds of the rules the report was made with (for legends and schemas)."""
    meta: Meta = field(default_factory=Meta, repr=False)
    comparisons: tuple[Comparison, ...] = field(default=(), repr=False)

    @property
    def roots(self) -> tuple[Section, ...]:
        """Top-level sections, in document order."""
        return tuple(s for s in self.sections if s.parent is None)

    def children(self, section: Section) -> tuple[Section, ...]:
        return tuple(self.sections[i] for i in section.children)

    def parent(self, section: Section) -> Section | None:
        return None if section.parent is None else self.sections[section.parent]

    def path(self, section: Section | None) -> tuple[Section, ...]:
        """The chain of sections from the outermost down to ``section``."""
        chain: list[Section] = []
        while section is not None:
            chain.append(section)
            section = self.parent(section)
        return tuple(reversed(chain))

    def section_of(self, figure: Figure) -> Section | None:
        return None if figure.section is None else self.sections[figure.section]

    def figures_in(self, section: Section) -> Iterator[Figure]:
        """Figures inside ``section``, its subsections included."""
        starts = self._figure_starts
        lo, hi = bisect_left(starts, section.start), bisect_left(starts, section.end)
        yield from self.figures[lo:hi]

    @cached_property
    def _figure_starts(self) -> list[int]:
        # Figures are in text order; computed once per report for bisection.
        return [f.start for f in self.figures]

    # Exports and views are functions of their own modules over the records; these are
    # the shortcuts a notebook user reaches for.
    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data in the versioned shape of ``data/report.schema.json``."""
        return export.to_dict(self)

    def to_json(self, indent: int | None = None) -> str:
        """`to_dict` as JSON text."""
        return export.to_json(self, indent)

    def to_records(self) -> list[dict[str, Any]]:
        """One flat row per figure (see `mzextract.export.COLUMNS`)."""
        return export.to_records(self)

    def _repr_html_(self) -> str:
        return view.notebook_html(self)
