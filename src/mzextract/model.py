"""Result records: what `extract` returns. All frozen, all plain data.

Offsets are Python ``str`` indices into ``Report.text``; every record with a
``start``/``end`` satisfies ``report.text[start:end] == record.text``.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, ClassVar, TypeVar


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
class Evidence:
    """What decided one field of a result: the rule that fired and the words it read.

    ``rule`` is a rule id (``programmes:dibao``, ``period_words:上半年``) or the name of a
    step of the engine (``meaning.default``); ``text[start:end]`` is the words, which may
    be a section title or the report's title line. ``start == end`` where no words were
    read (a default).
    """

    field: str
    rule: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Programme:
    """A civil-affairs programme of the rule data (``programmes`` table)."""

    key: str
    """The panel label: ``dibao``, ``tekun``, ``temp_relief``..."""
    name: str
    """Its Chinese name (最低生活保障)."""
    domain: str
    """Its domain: ``sa`` social assistance, ``el`` elderly care, ``cw`` child welfare..."""

    def __str__(self) -> str:
        return self.key


@dataclass(frozen=True)
class Period:
    """The time a figure refers to: a date (``start is None``) or an interval."""

    start: date | None
    end: date

    @property
    def iso(self) -> str:
        """ISO 8601: ``2023-06-30`` or ``2023-01-01/2023-06-30``."""
        end = self.end.isoformat()
        return end if self.start is None else f"{self.start.isoformat()}/{end}"

    def __str__(self) -> str:
        return self.iso


@dataclass(frozen=True)
class Place:
    """Where a report is from, as written (``name`` at ``start:end``), with its
    administrative division code where the optional gazetteer resolves it."""

    name: str
    start: int
    end: int
    code: str | None = None
    province: str | None = None
    city: str | None = None
    county: str | None = None

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class Meta:
    """Where and when a report is from."""

    place: Place | None = None
    year: int | None = None
    period: Period | None = None
    title: Subject | None = None
    """The report's title line (text and span), where one is written."""
    issued: date | None = None
    """The date of issue, where written (a sign-off line, a 发布时间 line)."""
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Comparison:
    """Figures linked by a change: an earlier value, a later one, the difference, and
    a percentage change where written (从480元提高到500元, 比上年增加50户, 同比增长4.6%).
    Figures are indices into ``Report.figures``."""

    new: int | None
    old: int | None = None
    change: int | None = None
    percent: Decimal | None = None
    """The relative change in percent (4.6 for 增长4.6%), negative for a fall."""
    percent_span: tuple[int, int] | None = None
    rule: str = ""
    start: int = 0
    end: int = 0
    """The words that link the figures (提高到, 比上年增加, 同比增长)."""


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
    programme: Programme | None = None
    """The programme the figure belongs to; ``other`` where nothing names one (a figure of
    the report's context); None where meaning was not read, or for beds nothing names
    (always some institution's, never context)."""
    area: str | None = None
    """``urban``, ``rural``, ``both`` or None where no area is said."""
    measure: str | None = None
    """What the number measures: covered, added, exited, served, registered, paid,
    allocated, raised, standard, average, capacity or other."""
    role: str | None = None
    """How it stands to its period: value, previous, change or target."""
    period: Period | None = None
    evidence: tuple[Evidence, ...] = ()
    """What decided each field: one record per field, naming the rule and the words."""

    def why(self, field: str) -> Evidence | None:
        """The evidence for ``field`` (``"programme"``, ``"period"``...), or None."""
        return next((e for e in self.evidence if e.field == field), None)


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
    evidence: tuple[Evidence, ...] = field(default=(), repr=False)
    """What made the heading: the marker family's rule (``heading_markers:cn``) on the
    marker, and, where the heading opens another report's outline, what said so (a
    report title line before it, or a family that ranks above the outline's top)."""


_R = TypeVar("_R")


def built(cls: type[_R], fields: dict[str, Any]) -> _R:
    """``cls(**fields)`` for a record of this module, given every field in declaration order.

    A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``;
    filling the new record's ``__dict__`` at once makes the same record in a third of the
    time, which counts where a text holds a figure every 29 characters."""
    record = object.__new__(cls)
    record.__dict__.update(fields)
    return record


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while a report is made.

    Making one makes hundreds of thousands of records and no reference cycles: the
    collector, run every few hundred new objects, would walk the ever larger heap again
    and again (a fifth of `extract`'s time on a long text). Paused, nothing is lost; it
    is left as it was found (a caller may have paused it already)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def evidence(field: str, rule: str, start: int, end: int, text: str) -> Evidence:
    """``Evidence(field, rule, start, end, text)``, made as `built` makes a record."""
    record = object.__new__(Evidence)
    record.__dict__.update({"field": field, "rule": rule, "start": start, "end": end, "text": text})
    return record
