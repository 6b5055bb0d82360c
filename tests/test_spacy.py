"""The spaCy layer: offline pkuseg tokenizer, components, serialization, rendering.

The pipeline is loaded once per module, converting the pkuseg CTB8 model from
the installed ``pkuseg`` wheel into a fresh cache, with sockets forbidden.
Expected figures always come from `mzextract.extract`, never hard-coded, except
in the alignment tests, which feed the glue a known Report.
"""

from __future__ import annotations

import logging
import pickle
import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

import mzextract
from mzextract import Figure, Kind, Report, Section, extract, pkuseg_model, spacy_glue
from mzextract.rules import Rules, RulesError

CORPUS = sorted((Path(__file__).parents[1] / "corpus" / "docs").glob("*.txt"))
TEXTS = [p.read_text(encoding="utf-8") for p in CORPUS]


class NetworkUsed(AssertionError):
    pass


@pytest.fixture(scope="module", autouse=True)
def no_network() -> Iterator[list[str]]:
    """Fail any test of this module that opens a network connection or resolves a name."""
    attempts: list[str] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(repr(args[1:] or args))
        raise NetworkUsed(f"network access attempted: {args!r}")

    def connect(sock: socket.socket, address: Any) -> Any:
        if sock.family == socket.AF_UNIX:
            return real_connect(sock, address)
        return refuse(sock, address)

    real_connect = socket.socket.connect
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(socket.socket, "connect", connect)
        mp.setattr(socket.socket, "connect_ex", connect)
        mp.setattr(socket, "getaddrinfo", refuse)
        yield attempts
    assert not attempts, f"network used: {attempts}"


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("mzcache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MZEXTRACT_CACHE", str(path))
        yield path


class _Said(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


SAID = _Said()


@pytest.fixture(scope="module")
def nlp(no_network: list[str], cache: Path) -> Language:
    logger = logging.getLogger("mzextract")
    logger.addHandler(SAID)
    try:
        return mzextract.load()
    finally:
        logger.removeHandler(SAID)


@pytest.fixture(scope="module")
def docs(nlp: Language) -> list[Doc]:
    return list(nlp.pipe(TEXTS))


def test_network_guard_refuses_connections(no_network: list[str]) -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 9), timeout=1)
    no_network.clear()


def test_model_converted_into_cache_not_site_packages(nlp: Language, cache: Path) -> None:
    converted = pkuseg_model.model_dir()
    assert converted.parent == cache
    assert {p.name for p in converted.iterdir()} == {"weights.npz", "features.msgpack"}
    source = pkuseg_model.source_dir()
    assert not (source / "weights.npz").exists()
    assert not (source / "features.msgpack").exists()
    assert nlp.tokenizer.segmenter == "pkuseg"
    # The first load says what it is doing while it converts, and where to.
    assert any(
        "converting the pkuseg CTB8 model once into" in m and str(cache) in m for m in SAID.messages
    )


def test_tokenizer_segments_words(nlp: Language) -> None:
    words = [t.text for t in nlp.make_doc("全年共发放事实无人抚养儿童基本生活费")]
    # The trained model joins characters into words; the user dictionary keeps
    # the program name whole, which CTB8 alone splits.
    assert "事实无人抚养儿童" in words
    assert "全年" in words
    assert len(words) < 8
    for term in ("城市低保", "特困人员", "残疾人两项补贴", "日间照料中心"):
        assert [t.text for t in nlp.make_doc(f"做好{term}工作")].count(term) == 1


def test_user_dict_has_no_blank_or_comment_lines() -> None:
    lines = pkuseg_model.user_dict_path().read_text(encoding="utf-8").splitlines()
    assert lines and all(
        line.strip() == line and line and not line.startswith("#") for line in lines
    )


def test_cache_dir_follows_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MZEXTRACT_CACHE", str(tmp_path / "mz"))
    assert pkuseg_model.cache_dir() == tmp_path / "mz"
    monkeypatch.delenv("MZEXTRACT_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    if sys.platform != "win32":
        assert pkuseg_model.cache_dir() == tmp_path / "xdg" / "mzextract"


def test_truncated_model_is_refused(tmp_path: Path) -> None:
    (tmp_path / "model.txt").write_text("5\n10\n0.5\n", encoding="utf-8")
    with pytest.raises(ValueError, match="expected 10 weights"):
        pkuseg_model.convert(tmp_path, tmp_path)


def test_missing_model_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> Any:
        raise pkuseg_model.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(pkuseg_model.metadata, "distribution", missing)
    with pytest.raises(FileNotFoundError, match=re.escape("pkuseg==0.0.12")):
        pkuseg_model.source_dir()


def _ents(doc: Doc) -> list[tuple[int, int, str]]:
    return [(e.start_char, e.end_char, e.label_) for e in doc.ents]


def _group(doc: Doc, key: str) -> list[tuple[int, int, str]]:
    return [(s.start_char, s.end_char, s.label_) for s in doc.spans[key]]


def _expected_figures(report: Report) -> list[tuple[int, int, str]]:
    return [(f.start, f.end, f.kind.value.upper()) for f in report.figures]


def test_entities_equal_core_figures_on_corpus(docs: list[Doc]) -> None:
    assert sum(len(doc.spans["mz_figures"]) for doc in docs) > 0, "nothing compared"
    for text, doc in zip(TEXTS, docs, strict=True):
        report = extract(text)
        assert doc._.mz_report == report
        assert _group(doc, "mz_figures") == _expected_figures(report)
        for span in doc.spans["mz_figures"]:
            assert span._.figure == next(
                f for f in report.figures if (f.start, f.end) == (span.start_char, span.end_char)
            )
            assert span.text == span._.figure.text
        # Entities are the figures, less any that overlap an earlier one.
        ents = _ents(doc)
        assert set(ents) <= set(_expected_figures(report))
        covered = [e for e in _expected_figures(report) if e not in ents]
        assert all(any(a < e2 and s < b for s, e2, _ in ents) for a, b, _ in covered)
        assert [s._.mz_section for s in doc.spans["mz_sections"]] == list(report.sections)


def test_blank_pipeline_gives_the_same_annotations(docs: list[Doc]) -> None:
    blank = spacy.blank("zh")
    blank.add_pipe("mz_sections")
    blank.add_pipe("mz_figures")
    for text, doc in zip(TEXTS, docs, strict=True):
        char_doc = blank(text)
        assert _ents(char_doc) == _ents(doc)
        assert _group(char_doc, "mz_figures") == _group(doc, "mz_figures")
        assert _group(char_doc, "mz_sections") == _group(doc, "mz_sections")


# Alignment: a known Report whose figure edges fall inside pkuseg words.
ALIGN_TEXT = "一、救助\n孤儿17人，累计达*万元，公益金1000万,2025年起*户适用，城市低保75户。"


def _fake_extract(text: str, **_: Any) -> Report:
    figures = []
    for m in re.finditer(r"(\d+|\*)(万)?([人户元])?", text):
        if m.group(0).startswith("2025") or not (m.group(2) or m.group(3)):
            continue
        kind = {"人": Kind.PERSONS, "户": Kind.HOUSEHOLDS}.get(m.group(3) or "", Kind.MONEY)
        redacted = m.group(1) == "*"
        figures.append(
            Figure(
                start=m.start(),
                end=m.end(),
                text=m.group(0),
                kind=kind,
                value=None if redacted else Decimal(m.group(1)),
                unit=m.group(3) or "元",
                redacted=redacted,
                section=0,
            )
        )
    section = Section(0, 1, "一、", 1, "cn", "救助", 0, 2, 2, 4, len(text))
    return Report(text=text, sections=(section,), figures=tuple(figures))


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> Report:
    monkeypatch.setattr(spacy_glue, "extract", _fake_extract)
    return _fake_extract(ALIGN_TEXT)


def test_figure_edges_inside_words_are_split(nlp: Language, fake_engine: Report) -> None:
    tokens = nlp.make_doc(ALIGN_TEXT)
    edges = {o for f in fake_engine.figures for o in (f.start, f.end)}
    # The case is only meaningful if pkuseg glues a figure edge into a word (达|*万).
    assert any(t.idx < o < t.idx + len(t.text) for t in tokens for o in edges)
    doc = nlp(ALIGN_TEXT)
    assert [e.text for e in doc.ents] == [f.text for f in fake_engine.figures]
    assert _ents(doc) == _expected_figures(fake_engine)
    assert doc.text == ALIGN_TEXT
    assert [e._.figure for e in doc.ents] == list(fake_engine.figures)
    assert doc.ents[1]._.figure.redacted
    assert not any(t.idx < o < t.idx + len(t.text) for t in doc for o in edges)


@Language.component("test_org_ent")
def _org_ent(doc: Doc) -> Doc:
    doc.ents = [doc.char_span(5, 9, label="ORG")]  # 孤儿17, over the figure 17人
    return doc


def test_earlier_entities_are_kept_unless_overwrite(nlp: Language, fake_engine: Report) -> None:
    def build(overwrite: bool) -> Language:
        pipe = spacy.blank("zh")
        pipe.add_pipe("test_org_ent")
        pipe.add_pipe("mz_figures", config={"overwrite_ents": overwrite})
        return pipe

    kept = build(False)(ALIGN_TEXT)
    assert (5, 9, "ORG") in _ents(kept)
    assert (7, 10, "PERSONS") not in _ents(kept)
    assert (7, 10, "PERSONS") in _group(kept, "mz_figures")
    over = build(True)(ALIGN_TEXT)
    assert _ents(over) == _expected_figures(fake_engine)


def test_split_keeps_an_earlier_entity_whole(nlp: Language, fake_engine: Report) -> None:
    doc = nlp.make_doc(ALIGN_TEXT)
    start = ALIGN_TEXT.index("达*万")
    doc.ents = [doc.char_span(start, start + 3, label="ORG")]  # one pkuseg token
    doc = nlp.get_pipe("mz_figures")(doc)
    assert len(doc.ents[1]) == 2  # the token was split at the figure's start
    assert (start, start + 3, "ORG") in _ents(doc)
    assert all(t.ent_type_ == "ORG" for t in doc.ents[1])


def test_split_tokens_keeps_labels_on_every_piece() -> None:
    vocab = spacy.blank("zh").vocab
    doc = Doc(vocab, words=["孤儿17", "人，", "1000万"], spaces=[False, False, False])
    doc.ents = [Span(doc, 0, 2, label="ORG")]
    spacy_glue.split_tokens(doc, [1, 2, 4, 9, 11])
    assert [t.text for t in doc] == ["孤", "儿", "17", "人，", "100", "0万"]
    assert [t.ent_type_ for t in doc] == ["ORG"] * 4 + ["", ""]
    assert _ents(doc) == [(0, 6, "ORG")]


def test_kinds_setting_filters(fake_engine: Report) -> None:
    pipe = spacy.blank("zh")
    pipe.add_pipe("mz_figures", config={"kinds": ["households"]})
    doc = pipe(ALIGN_TEXT)
    assert {e.label_ for e in doc.ents} == {"HOUSEHOLDS"}
    assert doc._.mz_report == fake_engine  # the Report keeps every kind


def test_settings_are_validated() -> None:
    pipe = spacy.blank("zh")
    with pytest.raises(ValueError, match="unknown kinds"):
        pipe.add_pipe("mz_figures", config={"kinds": ["dollars"]})
    with pytest.raises(ValueError, match="unknown kind"):
        pipe.add_pipe("mz_figures", name="b", config={"extra_units": {"床": "bedz"}})
    with pytest.raises(RulesError, match="unknown table"):
        pipe.add_pipe("mz_figures", name="c", config={"extra_rules": {"nouns": ["x"]}})


def test_extra_rules_reach_the_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Any] = []

    def spy(text: str, **kwargs: Any) -> Report:
        seen.append(kwargs.get("rules"))
        return Report(text=text)

    monkeypatch.setattr(spacy_glue, "extract", spy)
    pipe = spacy.blank("zh")
    config = {"extra_units": {"床": "beds"}, "extra_rules": {"money_nouns": ["专项彩票金"]}}
    pipe.add_pipe("mz_sections", config=config)
    pipe.add_pipe("mz_figures", config=config)
    pipe("养老床位300床。")
    assert len(seen) == 1  # both components share one extraction
    assert "专项彩票金" in seen[0].money_nouns
    assert any(u.word == "床" and u.kind is Kind.BEDS for u in seen[0].units)


def test_docbin_and_pickle_keep_everything(nlp: Language, fake_engine: Report) -> None:
    doc = nlp(ALIGN_TEXT)
    restored_bin = list(
        DocBin(store_user_data=True)
        .from_bytes(DocBin(docs=[doc], store_user_data=True).to_bytes())
        .get_docs(nlp.vocab)
    )
    for copy in (restored_bin[0], pickle.loads(pickle.dumps(doc))):
        assert [t.text for t in copy] == [t.text for t in doc]
        assert _ents(copy) == _ents(doc)
        assert _group(copy, "mz_figures") == _group(doc, "mz_figures")
        assert _group(copy, "mz_sections") == _group(doc, "mz_sections")
        assert copy._.mz_report == fake_engine
        assert [e._.figure for e in copy.ents] == [e._.figure for e in doc.ents]


def test_to_disk_and_load_round_trip(nlp: Language, tmp_path: Path) -> None:
    custom = mzextract.load(pipes=())
    custom.add_pipe("mz_sections")
    custom.add_pipe("mz_figures", config={"kinds": ["money", "persons"], "spans_key": "figs"})
    custom.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    assert loaded.pipe_names == ["mz_sections", "mz_figures"]
    assert loaded.config["components"]["mz_figures"]["kinds"] == ["money", "persons"]
    assert loaded.tokenizer.segmenter == "pkuseg"
    text = TEXTS[0]
    assert [t.text for t in loaded.make_doc(text)] == [t.text for t in nlp.make_doc(text)]
    a, b = custom(text), loaded(text)
    assert _ents(a) == _ents(b)
    assert _group(a, "figs") == _group(b, "figs")
    assert {e.label_ for e in b.ents} <= {"MONEY", "PERSONS"}


def test_pipe_with_two_processes_matches_one_at_a_time(nlp: Language, docs: list[Doc]) -> None:
    parallel = list(nlp.pipe(TEXTS, n_process=2, batch_size=2))
    for one, many in zip(docs, parallel, strict=True):
        assert [t.text for t in many] == [t.text for t in one]
        assert _ents(many) == _ents(one)
        assert _group(many, "mz_figures") == _group(one, "mz_figures")
        assert many._.mz_report == one._.mz_report


def test_render_corpus_to_html(docs: list[Doc]) -> None:
    html = mzextract.render(docs, page=True)
    assert html.startswith("<!DOCTYPE html>") or "<html" in html
    for doc in docs:
        for label in {e.label_ for e in doc.ents}:
            assert spacy_glue.COLORS[label] in html
    spans_html = mzextract.render(docs[0], style="span")
    assert isinstance(spans_html, str)
    with pytest.raises(ValueError, match="style"):
        mzextract.render(docs[0], style="dep")


def test_render_colours_each_label(fake_engine: Report) -> None:
    pipe = spacy.blank("zh")
    pipe.add_pipe("mz_figures")
    html = mzextract.render(pipe(ALIGN_TEXT))
    for label in ("PERSONS", "MONEY", "HOUSEHOLDS"):
        assert label in html and spacy_glue.COLORS[label] in html


def test_import_mzextract_does_not_import_spacy() -> None:
    code = "import sys, mzextract; assert 'spacy' not in sys.modules; mzextract.load"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_factories_come_from_entry_points() -> None:
    code = (
        "import sys, spacy; nlp = spacy.blank('zh'); nlp.add_pipe('mz_sections');"
        "nlp.add_pipe('mz_figures'); assert 'mzextract.spacy_glue' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_span_without_figure_has_none(nlp: Language) -> None:
    doc = nlp("民政工作")
    assert Span(doc, 0, 1)._.figure is None
    assert doc._.mz_report == Report(text="民政工作")


def test_one_params_record_validates_both_components() -> None:
    pipe = spacy.blank("zh")
    with pytest.raises(ValueError, match="spans_key"):
        pipe.add_pipe("mz_sections", config={"spans_key": ""})
    with pytest.raises(ValueError, match="meaning"):
        pipe.add_pipe("mz_figures", config={"meaning": "yes"})


def test_a_kind_added_by_a_rules_file_is_an_entity_label(tmp_path: Path) -> None:
    rules = Rules.default().extend(
        kinds=[
            {
                "name": "machines",
                "label": "MACHINES",
                "base_unit": "台",
                "colour": "#abcdef",
                "ansi": "36",
            }
        ],
        units=[{"word": "台", "kind": "machines"}],
    )
    path = tmp_path / "rules.toml"
    rules.to_file(path)
    pipe = spacy.blank("zh")
    pipe.add_pipe("mz_figures", config={"rules_file": str(path), "meaning": False})
    doc = pipe("全年新购置设备12台，发放资金3万元。")
    assert [(e.text, e.label_) for e in doc.ents] == [("12台", "MACHINES"), ("3万元", "MONEY")]
    assert doc.ents[0]._.measure is None  # meaning off
    assert "#abcdef" in mzextract.render(doc)


def test_meaning_on_spans() -> None:
    pipe = spacy.blank("zh")
    pipe.add_pipe("mz_figures")
    doc = pipe("2023年，全县城市低保对象1200户。")
    [ent] = doc.ents
    assert (ent._.programme.key, ent._.area, ent._.measure) == ("dibao", "urban", "covered")
    assert ent._.period.iso == "2023-12-31"
