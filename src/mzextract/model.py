"""Result records: what `extract` returns. All frozen, all plain data.

Offsets are Python ``str`` indices into ``Report.text``; every record with a
``start``/``end`` satisfies ``report.text[start:end] == record.text``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import Any, ClassVar


@dataclass(frozen=True, eq=False)
class Kind:
    """What a figure counts: a record of the rule data (``kinds`` table), so a new kind
    is added through rules alone. Kinds compare and hash by ``name``, also with a plain
    string (``figure.kind == "money"``); the shipped ones are also ``Kind.MONEY``,
    ``Kind.PERSONS``, ``Kind.PERSON_TIMES``, ``Kind.HOUSEHOLDS``, ``Kind.COUPLES``,
    ``Kind.BEDS``."""

    name: str
    """The label used in gold files and exports: ``money``, ``persons``..."""
    label: str = ""
    """The spaCy entity label (``MONEY``)."""
    base_unit: str = ""
    """The unit ``Figure.value`` is counted in (元, 人...)."""
    colour: str = "#dddddd"
    """Background colour in HTML views and displaCy."""
    ansi: str = "1"
    """ANSI colour code on terminals."""
    description: str = ""

    MONEY: ClassVar[Kind]
    PERSONS: ClassVar[Kind]
    PERSON_TIMES: ClassVar[Kind]
    HOUSEHOLDS: ClassVar[Kind]
    COUPLES: ClassVar[Kind]
    BEDS: ClassVar[Kind]

    @property
    def value(self) -> str:
        """The name (as enum members have it), for code that reads ``kind.value``."""
        return self.name

    @property
    def id(self) -> str:
        return f"kinds:{self.name}"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Kind):
            return self.name == other.name
        if isinstance(other, str):
            return self.name == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.name)

    def __str__(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"Kind({self.name!r})"


@dataclass(frozen=True)
class Subject:
    """The phrase that names what a figure counts or pays, with its own span."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Figure:
    """One written quantity.

    ``value`` is in the base unit of ``kind`` (yuan, persons, ...); it is
    ``None`` when the number is redacted or the figure is a range (then
    ``range`` holds ``(low, high)``).
    """

    start: int
    end: int
    text: str
    kind: Kind
    value: Decimal | None
    unit: str
    range: tuple[Decimal, Decimal] | None = None
    approx: bool = False
    rate: bool = False
    per: str | None = None
    redacted: bool = False
    subject: Subject | None = None
    section: int | None = None
    """Index into ``Report.sections`` of the innermost section holding the figure."""


@dataclass(frozen=True)
class Section:
    """A heading and the stretch of text it governs.

    ``start`` is the offset of the marker, ``marker_end`` its end; the title
    runs from ``title_start`` to ``title_end``; the section's content ends at
    ``end`` (the start of the next heading at the same or a higher level, or
    the end of the text / of the report it belongs to).
    """

    index: int
    level: int
    marker: str
    number: int
    family: str
    title: str
    start: int
    marker_end: int
    title_start: int
    title_end: int
    end: int
    parent: int | None = None
    children: tuple[int, ...] = ()


@dataclass(frozen=True)
class Report:
    """Everything found in one text."""

    text: str
    sections: tuple[Section, ...] = ()
    figures: tuple[Figure, ...] = ()
    source: str | None = field(default=None, compare=False)
    kinds: tuple[Kind, ...] = field(default=(), compare=False, repr=False)
    """The kinds of the rules the report was made with (for legends and schemas)."""

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

    # Exports and views live in their own modules (imported here, not at the top,
    # because they import this one).
    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data in the versioned shape of ``data/report.schema.json``."""
        from mzextract.export import to_dict

        return to_dict(self)

    def to_json(self, indent: int | None = None) -> str:
        """`to_dict` as JSON text."""
        from mzextract.export import to_json

        return to_json(self, indent)

    def to_records(self) -> list[dict[str, Any]]:
        """One flat row per figure (see `mzextract.export.RECORD_FIELDS`)."""
        from mzextract.export import to_records

        return to_records(self)

    def _repr_html_(self) -> str:
        from mzextract.view import notebook_html

        return notebook_html(self)
