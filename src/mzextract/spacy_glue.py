"""spaCy components over `mzextract.extract`: the rules stay in the core, this is glue.

``mz_sections`` puts the outline in ``doc.spans["mz_sections"]``; ``mz_figures``
puts the figures in ``doc.ents`` and ``doc.spans["mz_figures"]``. Both store the
`Report` on the Doc as plain data (``doc._.mz_data``) so it survives `DocBin`,
pickling and ``nlp.pipe(n_process=...)``; ``doc._.mz_report``, ``span._.figure``
and ``span._.mz_section`` rebuild the core records from it.
"""

import json
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date
from decimal import Decimal
from functools import cached_property
from itertools import pairwise
from typing import Any, TypeVar

from spacy import displacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from mzextract.api import extract
from mzextract.model import (
    Comparison,
    Evidence,
    Figure,
    Kind,
    Meta,
    Period,
    Place,
    Programme,
    Section,
    Subject,
)
from mzextract.report import Report
from mzextract.rules import Rules

SECTION_LABEL = "SECTION"
COLORS: dict[str, str] = {k.label: k.colour for k in Rules.default().kinds}
"""displaCy colour of each entity label of the shipped kinds (a kind's record has its own)."""
_FORMAT = 2  # version of the plain-data encoding in doc._.mz_data

# Records that may appear inside a Report, by name, for decoding.
_RECORDS: dict[str, Any] = {
    cls.__name__: cls
    for cls in (
        Comparison,
        Evidence,
        Figure,
        Kind,
        Meta,
        Period,
        Place,
        Programme,
        Section,
        Subject,
    )
}

if not Doc.has_extension("mz_data"):
    Doc.set_extension("mz_data", default=None)


def _encode(value: Any) -> Any:
    """Core records as msgpack/JSON-safe data, tagged so `_decode` can rebuild them."""
    if isinstance(value, Decimal):
        return {"$dec": str(value)}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if is_dataclass(value) and not isinstance(value, type):
        data = {f.name: _encode(getattr(value, f.name)) for f in fields(value)}
        return {"$rec": type(value).__name__, **data}
    if isinstance(value, tuple | list):
        return [_encode(v) for v in value]
    return value


def _decode(value: Any) -> Any:
    # msgpack (DocBin) may give back tuples where JSON-like data had lists.
    if isinstance(value, list | tuple):
        return tuple(_decode(v) for v in value)
    if isinstance(value, dict):
        if "$dec" in value:
            return Decimal(value["$dec"])
        if "$date" in value:
            return date.fromisoformat(value["$date"])
        cls = _RECORDS[value["$rec"]]
        return cls(**{k: _decode(v) for k, v in value.items() if k != "$rec"})
    return value


# Decoded reports by the identity of their stored data, so span getters over
# many entities decode once; the data object is kept so its id stays unique.
_decoded: "OrderedDict[int, tuple[dict[str, Any], Report]]" = OrderedDict()
_DECODED_MAX = 64


def get_report(doc: Doc) -> Report | None:
    """The `Report` the mzextract components stored on ``doc`` (None if none ran)."""
    data: dict[str, Any] | None = doc._.mz_data
    if data is None:
        return None
    if data.get("format") != _FORMAT:
        raise ValueError(
            "doc._.mz_data was written by another version of mzextract; "
            "run the doc through the pipeline again"
        )
    hit = _decoded.get(id(data))
    if hit is not None and hit[0] is data:
        _decoded.move_to_end(id(data))
        return hit[1]
    report = Report(
        text=doc.text,
        sections=_decode(data["sections"]),
        figures=_decode(data["figures"]),
        meta=_decode(data["meta"]),
        comparisons=_decode(data["comparisons"]),
    )
    _decoded[id(data)] = (data, report)
    if len(_decoded) > _DECODED_MAX:
        _decoded.popitem(last=False)
    return report


_R = TypeVar("_R", Figure, Section)


def _at(records: Sequence[_R], span: Span) -> _R | None:
    """The record whose offsets are the span's (records are in text order)."""
    i = bisect_left(records, span.start_char, key=lambda r: r.start)
    while i < len(records) and records[i].start == span.start_char:
        if records[i].end == span.end_char:
            return records[i]
        i += 1
    return None


def _span_figure(span: Span) -> Figure | None:
    report = get_report(span.doc)
    return None if report is None else _at(report.figures, span)


def _span_section(span: Span) -> Section | None:
    report = get_report(span.doc)
    return None if report is None else _at(report.sections, span)


if not Doc.has_extension("mz_report"):
    Doc.set_extension("mz_report", getter=get_report)
if not Span.has_extension("figure"):
    Span.set_extension("figure", getter=_span_figure)
if not Span.has_extension("mz_section"):
    Span.set_extension("mz_section", getter=_span_section)


def _figure_field(name: str) -> Any:
    def get(span: Span) -> Any:
        f = _span_figure(span)
        return None if f is None else getattr(f, name)

    return get


# The meaning of a figure's span: span._.programme, ._.area, ._.measure, ._.role, ._.period
# and ._.evidence (what decided each); doc._.meta is the report's place, year and period.
for _name in ("programme", "area", "measure", "role", "period", "evidence"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, getter=_figure_field(_name))
if not Doc.has_extension("meta"):
    Doc.set_extension("meta", getter=lambda doc: getattr(get_report(doc), "meta", None))


def build_rules(
    extra_units: Mapping[str, str],
    extra_rules: Mapping[str, list[Any]],
    rules_file: str | None = None,
) -> Rules:
    """The rule set of component config (plain JSON-like data): ``rules_file`` (a file
    written by `Rules.to_file`, its missing tables from the shipped set) or the shipped
    set, extended.

    ``extra_units`` maps a unit word to a kind (``{"床": "beds"}``); ``extra_rules``
    maps a rule table to entries to add, written as in the rule files (a word, or a
    dict of fields). Invalid entries raise `mzextract.rules.RulesError` naming them.
    """
    if "units" in extra_rules:
        raise ValueError("add units with extra_units = {word: kind}, not extra_rules.units")
    tables: dict[str, list[Any]] = dict(extra_rules)
    if extra_units:
        tables["units"] = [{"word": w, "kind": k} for w, k in extra_units.items()]
    rules = Rules.default()
    if rules_file:
        rules = Rules.from_file(rules_file, base=rules)
    return rules.extend(**tables) if tables else rules


@dataclass(frozen=True)
class Params:
    """The settings of both components, validated once: one record, so the two factories
    cannot drift apart (see ``docs/spacy.md`` for each)."""

    spans_key: str
    retokenize: bool = True
    extra_units: Mapping[str, str] = field(default_factory=dict)
    extra_rules: Mapping[str, list[Any]] = field(default_factory=dict)
    rules_file: str | None = None
    meaning: bool = True
    """Label each figure's programme, area, measure, role and period (see docs/meaning.md)."""

    def __post_init__(self) -> None:
        if not isinstance(self.spans_key, str) or not self.spans_key:
            raise ValueError(f"spans_key must be a non-empty string, not {self.spans_key!r}")
        for name in ("retokenize", "meaning"):
            if not isinstance(getattr(self, name), bool):
                raise ValueError(f"{name} must be true or false, not {getattr(self, name)!r}")
        if not isinstance(self.extra_units, Mapping) or not isinstance(self.extra_rules, Mapping):
            raise ValueError("extra_units and extra_rules must be tables ({...})")

    @cached_property
    def rules(self) -> Rules:
        return build_rules(self.extra_units, self.extra_rules, self.rules_file)

    @cached_property
    def key(self) -> str:
        """What makes two components' reports the same: their rules and meaning."""
        settings = [self.extra_units, self.extra_rules, self.rules_file, self.meaning]
        return json.dumps(settings, sort_keys=True, ensure_ascii=False)


class _ReportSource:
    """Runs `extract` once per Doc and settings, shared by both components."""

    def __init__(self, params: Params) -> None:
        self.params = params
        self.rules = params.rules
        self.key = params.key

    def report(self, doc: Doc) -> Report:
        data: dict[str, Any] | None = doc._.mz_data
        if data is not None and data.get("rules") == self.key:
            stored = get_report(doc)
            assert stored is not None
            return stored
        report = extract(doc.text, rules=self.rules, meaning=self.params.meaning)
        doc._.mz_data = {
            "format": _FORMAT,
            "rules": self.key,
            "sections": _encode(report.sections),
            "figures": _encode(report.figures),
            "meta": _encode(report.meta),
            "comparisons": _encode(report.comparisons),
        }
        return report


def split_tokens(doc: Doc, offsets: Iterable[int]) -> None:
    """Split the tokens that have one of ``offsets`` strictly inside their text.

    pkuseg may glue a figure edge into a word (累计达|*万元, 补助金|83万元); after
    this every offset is a token boundary, so spans cover exactly their characters.
    """
    starts = [t.idx for t in doc]
    cuts: dict[int, set[int]] = {}
    for off in offsets:
        i = bisect_right(starts, off) - 1
        if i < 0:
            continue
        token = doc[i]
        if token.idx < off < token.idx + len(token.text):
            cuts.setdefault(i, set()).add(off - token.idx)
    if not cuts:
        return
    # spaCy's split leaves inner pieces of an entity with IOB "I" but no label;
    # the character extents are still valid, so set the entities again after.
    ents = [(e.start_char, e.end_char, e.label, e.kb_id, e.id) for e in doc.ents]
    with doc.retokenize() as retokenizer:
        for i, inner in cuts.items():
            token = doc[i]
            bounds = [0, *sorted(inner), len(token.text)]
            orths = [token.text[a:b] for a, b in pairwise(bounds)]
            # No parse to keep: each piece is its own head.
            heads: list[Token | tuple[Token, int]] = [(token, j) for j in range(len(orths))]
            retokenizer.split(token, orths, heads=heads)
    restored = []
    for start, end, label, kb_id, span_id in ents:
        span = doc.char_span(start, end, label=label, kb_id=kb_id, span_id=span_id)
        if span is not None:
            restored.append(span)
    doc.set_ents(restored, default="unmodified")


def _char_spans(doc: Doc, ranges: Sequence[tuple[int, int, str]], retokenize: bool) -> list[Span]:
    if retokenize:
        split_tokens(doc, {o for start, end, _ in ranges for o in (start, end)})
    mode = "strict" if retokenize else "expand"
    spans = []
    for start, end, label in ranges:
        span = doc.char_span(start, end, label=label, alignment_mode=mode)
        if span is None:  # only whitespace, which no token covers
            continue
        spans.append(span)
    return spans


class SectionsComponent:
    """Puts the report outline in ``doc.spans[spans_key]``, one span per section."""

    def __init__(self, name: str, params: Params) -> None:
        self.name = name
        self.spans_key = params.spans_key
        self.retokenize = params.retokenize
        self.source = _ReportSource(params)

    def __call__(self, doc: Doc) -> Doc:
        report = self.source.report(doc)
        ranges = [(s.start, s.end, SECTION_LABEL) for s in report.sections]
        doc.spans[self.spans_key] = _char_spans(doc, ranges, self.retokenize)
        return doc


class FiguresComponent:
    """Puts figures in ``doc.ents`` and ``doc.spans[spans_key]``.

    Entities that an earlier component set are kept; a figure that overlaps one
    stays only in the span group, unless ``overwrite_ents`` is set.
    """

    def __init__(
        self, name: str, params: Params, kinds: list[str] | None, overwrite_ents: bool
    ) -> None:
        self.source = _ReportSource(params)
        known = [k.name for k in self.source.rules.kinds]
        unknown = sorted(set(kinds or ()) - set(known))
        if unknown:
            raise ValueError(f"{name}: unknown kinds {unknown}; use some of {sorted(known)}")
        self.name = name
        # No list given: every kind of the rule set, a kind added through rules too.
        self.kinds = frozenset(known if kinds is None else kinds)
        self.spans_key = params.spans_key
        self.overwrite_ents = overwrite_ents
        self.retokenize = params.retokenize

    def __call__(self, doc: Doc) -> Doc:
        report = self.source.report(doc)
        ranges = [
            (f.start, f.end, f.kind.label) for f in report.figures if f.kind.name in self.kinds
        ]
        spans = _char_spans(doc, ranges, self.retokenize)
        doc.spans[self.spans_key] = spans
        ours = filter_spans(spans)
        if self.overwrite_ents:
            kept = [e for e in doc.ents if not any(_overlap(e, s) for s in ours)]
        else:
            kept = list(doc.ents)
            ours = [s for s in ours if not any(_overlap(e, s) for e in kept)]
        doc.ents = sorted([*kept, *ours], key=lambda s: s.start)
        return doc


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


_SHARED_CONFIG: dict[str, Any] = {
    "retokenize": True,
    "extra_units": {},
    "extra_rules": {},
    "rules_file": None,
    "meaning": True,
}


@Language.factory(
    "mz_sections",
    default_config={"spans_key": "mz_sections", **_SHARED_CONFIG},
    assigns=["doc.spans", "doc._.mz_data"],
)
def make_sections(
    nlp: Language,
    name: str,
    spans_key: str,
    retokenize: bool,
    extra_units: dict[str, str],
    extra_rules: dict[str, list[Any]],
    rules_file: str | None,
    meaning: bool,
) -> SectionsComponent:
    params = Params(spans_key, retokenize, extra_units, extra_rules, rules_file, meaning)
    return SectionsComponent(name, params)


@Language.factory(
    "mz_figures",
    default_config={
        "kinds": None,
        "spans_key": "mz_figures",
        "overwrite_ents": False,
        **_SHARED_CONFIG,
    },
    assigns=["doc.ents", "doc.spans", "doc._.mz_data"],
)
def make_figures(
    nlp: Language,
    name: str,
    kinds: list[str] | None,
    spans_key: str,
    overwrite_ents: bool,
    retokenize: bool,
    extra_units: dict[str, str],
    extra_rules: dict[str, list[Any]],
    rules_file: str | None,
    meaning: bool,
) -> FiguresComponent:
    params = Params(spans_key, retokenize, extra_units, extra_rules, rules_file, meaning)
    return FiguresComponent(name, params, kinds, overwrite_ents)


def displacy_options(spans_key: str | None = None, rules: Rules | None = None) -> dict[str, Any]:
    """displaCy options with one colour per figure label (of ``rules``' kinds, by default
    the shipped ones)."""
    colours = COLORS if rules is None else {k.label: k.colour for k in rules.kinds}
    options: dict[str, Any] = {"colors": dict(colours)}
    if spans_key is not None:
        options["spans_key"] = spans_key
    return options


def render(
    docs: Doc | Iterable[Doc],
    *,
    style: str = "ent",
    spans_key: str = "mz_figures",
    page: bool = False,
    jupyter: bool = False,
) -> str:
    """HTML of the figures, coloured by label.

    ``style="ent"`` shows ``doc.ents``; ``style="span"`` shows the span group
    ``spans_key``, which also draws figures that overlap other entities.
    """
    if style not in ("ent", "span"):
        raise ValueError(f"render(style={style!r}): use 'ent' or 'span'")
    docs = [docs] if isinstance(docs, Doc) else list(docs)
    options = displacy_options(spans_key if style == "span" else None)
    # A kind added through rules brings its own colour on its figures' records.
    for doc in docs:
        report = get_report(doc)
        for f in report.figures if report is not None else ():
            options["colors"].setdefault(f.kind.label, f.kind.colour)
    html = displacy.render(docs, style=style, options=options, page=page, jupyter=jupyter)
    return str(html or "")
