"""Exports and views: schema-valid dicts, flat records, DataFrames, highlighted text."""

from __future__ import annotations

import importlib
import json
from decimal import Decimal
from pathlib import Path

import pytest

import mzextract
from mzextract.export import RECORD_FIELDS, number, schema, sentence_of, to_records
from mzextract.model import Figure, Kind, Section, Subject
from mzextract.report import Report
from mzextract.rules import Rules
from mzextract.view import format_outline, highlight_plain, html_page

DOCS = sorted((Path(__file__).resolve().parent.parent / "corpus" / "docs").glob("*.txt"))

# A hand-made report, so these tests don't depend on what the engine finds.
TEXT = "一、社会救助\n城市低保约75户,发放资金3至5万元。\n二、养老\n补贴XX万元。<b>"
S2 = TEXT.index("二、")


def _at(s: str) -> tuple[int, int]:
    start = TEXT.index(s)
    return start, start + len(s)


HAND = Report(
    text=TEXT,
    sections=(
        Section(0, 1, "一、", 1, "cn", "社会救助", 0, 2, 2, 6, S2, None, ()),
        Section(1, 1, "二、", 2, "cn", "养老", S2, S2 + 2, S2 + 2, S2 + 4, len(TEXT), None, ()),
    ),
    figures=(
        Figure(*_at("75户"), "75户", Kind.HOUSEHOLDS, Decimal("75"), "户", approx=True, section=0),
        Figure(
            *_at("3至5万元"),
            "3至5万元",
            Kind.MONEY,
            None,
            "万元",
            range=(Decimal("3E+4"), Decimal("50000.0")),
            subject=Subject("发放资金", *_at("发放资金")),
            section=0,
        ),
        Figure(*_at("XX万元"), "XX万元", Kind.MONEY, None, "万元", redacted=True, section=1),
    ),
    source="hand.txt",
)


@pytest.fixture(scope="module")
def corpus_reports() -> list[Report]:
    return [mzextract.extract(p.read_text(encoding="utf-8")) for p in DOCS]


def test_hand_report_is_consistent() -> None:
    assert all(TEXT[f.start : f.end] == f.text for f in HAND.figures)
    assert all(TEXT[s.start : s.title_end] == s.marker + s.title for s in HAND.sections)


def test_schema_is_valid_and_corpus_output_matches_it(corpus_reports: list[Report]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(schema())
    validator.check_schema(schema())
    for report in [*corpus_reports, HAND]:
        data = json.loads(report.to_json())
        validator.validate(data)
        assert all(data["text"][f["start"] : f["end"]] == f["text"] for f in data["figures"])


def test_schema_rejects_a_float_value() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    data = HAND.to_dict()
    data["figures"][0]["value"] = 75.0
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema())


def test_to_dict_numbers_are_exact_strings() -> None:
    figures = HAND.to_dict()["figures"]
    assert figures[0]["value"] == "75"
    assert figures[1]["range"] == ["30000", "50000"]
    assert figures[1]["subject"] == {"text": "发放资金", "start": 16, "end": 20}
    assert figures[2]["value"] is None and figures[2]["redacted"] is True


@pytest.mark.parametrize(
    ("value", "text"),
    [(Decimal("1E+7"), "10000000"), (Decimal("125000.0"), "125000"), (Decimal("0.50"), "0.5")],
)
def test_number_is_plain_positional(value: Decimal, text: str) -> None:
    assert number(value) == text


def test_records_of_hand_report() -> None:
    rows = HAND.to_records()
    assert [tuple(r) for r in rows] == [RECORD_FIELDS] * 3
    first, ranged, redacted = rows
    assert first["document"] == "hand.txt"
    assert first["section_path"] == "一、社会救助" and first["section_title"] == "社会救助"
    assert first["sentence"] == "城市低保约75户,发放资金3至5万元。"
    assert (ranged["low"], ranged["high"], ranged["subject"]) == (30000, 50000, "发放资金")
    assert redacted["redacted"] and redacted["value"] is None


def test_records_match_figures_on_corpus(corpus_reports: list[Report]) -> None:
    for report in corpus_reports:
        rows = to_records(report, document="d")
        assert len(rows) == len(report.figures)
        for row, f in zip(rows, report.figures, strict=True):
            assert row["text"] == f.text and f.text in row["sentence"]
            section = report.section_of(f)
            if section is not None:
                assert row["section_path"].endswith(report.text[section.start : section.title_end])


def test_sentence_stops_at_breaks() -> None:
    text = "上半年。城市低保75户!农村\n低保86人。"
    assert sentence_of(text, 8, 11) == "城市低保75户!"
    assert sentence_of(text, 17, 20) == "低保86人。"


def test_dataframe_types_and_document_names() -> None:
    pytest.importorskip("pandas")
    anonymous = Report(text=HAND.text, sections=HAND.sections, figures=HAND.figures)
    df = mzextract.to_dataframe([HAND, anonymous])
    assert list(df.columns) == list(RECORD_FIELDS)
    assert list(df["document"]) == ["hand.txt"] * 3 + ["1"] * 3
    assert df["value"].iloc[0] == 75.0 and df["value"].isna().iloc[1]
    assert df["high"].iloc[1] == 50000.0
    assert str(df["approx"].dtype) == "bool"
    assert mzextract.to_dataframe(HAND).shape == (3, len(RECORD_FIELDS))


def test_highlighting_marks_each_figure_once() -> None:
    assert highlight_plain(HAND) == (
        "一、社会救助\n城市低保约[75户|households],发放资金[3至5万元|money]。\n"
        "二、养老\n补贴[XX万元|money]。<b>"
    )
    page = html_page(HAND)
    assert page.count("<mark ") == 3
    assert "&lt;b&gt;" in page and "<b>" not in page  # report text is escaped
    assert 'title="money: 30,000–50,000 元, subject 发放资金' in page
    assert 'title="households: 75 户 (approx.)"' in page
    assert "households (户)" in page  # the legend


def test_notebook_html_has_outline_text_and_table() -> None:
    html = HAND._repr_html_()
    assert "一、社会救助" in html and html.count("<mark ") == 3
    assert "<table" in html


def test_outline_counts_figures() -> None:
    assert format_outline(HAND) == "一、社会救助  [L1, 2 figures]\n二、养老  [L1, 1 figures]"


def test_sentence_of_runs_across_a_soft_wrap() -> None:
    # A hard-wrapped line (no punctuation at its end) goes on in the next line.
    first = "全年共为全县城乡低保对象和特困供养人员发放基本生活保障资金1,234万"
    text = first + "\n元，惠及困难群众5,678人。\n二、养老服务"
    start = text.index("5,678人")
    assert sentence_of(text, start, start + 6) == first + "\n元，惠及困难群众5,678人。"


def test_schema_file_is_the_default_schema() -> None:
    path = Path(mzextract.__file__).parent / "data" / "report.schema.json"
    assert json.loads(path.read_text(encoding="utf-8")) == schema()


def test_schema_takes_the_kinds_of_a_rule_set() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    rules = Rules.default().extend(
        kinds=[
            {
                "name": "machines",
                "label": "MACHINES",
                "base_unit": "台",
                "colour": "#ccc",
                "ansi": "36",
            }
        ],
        units=[{"word": "台", "kind": "machines"}],
    )
    data = mzextract.extract("全年新购置设备12台。", rules=rules).to_dict()
    assert [f["kind"] for f in data["figures"]] == ["machines"]
    jsonschema.validate(data, schema(rules))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema())


def test_to_dict_carries_labels_evidence_meta_and_comparisons() -> None:
    text = (
        "某县民政局2023年工作总结\n一、社会救助\n"
        "城市低保标准从每人每月650元提高到700元，同比增长7.7%。"
    )
    data = mzextract.extract(text).to_dict()
    new = data["figures"][1]
    assert new["programme"]["key"] == "dibao" and new["area"] == "urban"
    assert (new["measure"], new["role"]) == ("standard", "value")
    assert new["period"]["end"].startswith("2023")
    assert all(text[e["start"] : e["end"]] == e["text"] for e in new["evidence"])
    assert data["meta"]["year"] == 2023 and data["meta"]["title"]["text"].endswith("工作总结")
    [c] = data["comparisons"]
    assert (c["old"], c["new"], c["percent"]) == (0, 1, "7.7")


def test_records_carry_labels_and_compact_evidence() -> None:
    text = "二〇二三年，全县城市低保对象1200户。"
    [row] = mzextract.extract(text).to_records()
    assert (row["programme"], row["domain"], row["area"]) == ("dibao", "sa", "urban")
    assert row["measure"] == "covered" and row["period_end"] == "2023-12-31"
    assert "programme=programmes:dibao@" in row["evidence"]


def test_panel_stays_the_function_after_its_module_is_imported() -> None:
    # The module mzextract.panel shares the function's name: importing it must not
    # replace the function on the package.
    first = mzextract.panel
    importlib.import_module("mzextract.panel")
    assert mzextract.panel is first and callable(mzextract.panel)
