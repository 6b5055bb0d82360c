"""The rule set as validated data: files, ids, extend/remove, and errors that name the fix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import mzextract
from mzextract.model import Kind
from mzextract.rules import TABLES, Rules, RulesError, UnitRule, Word


def test_every_entry_has_a_unique_id_in_its_table_namespace() -> None:
    rules = Rules.default()
    ids = [e.id for _, entries in rules.tables for e in entries]
    assert len(ids) == len(set(ids))
    assert rules.rule("money_nouns:资金") == Word("资金", id="money_nouns:资金")
    assert rules.rule("units:人次").kind is Kind.PERSON_TIMES


def test_every_table_is_loaded_and_documented() -> None:
    rules = Rules.default()
    assert {name for name, _ in rules.tables} == set(TABLES)
    assert all(rules.doc(name) for name in TABLES)
    assert all(rules.table(name) for name in TABLES)


@pytest.mark.parametrize("suffix", [".toml", ".json"])
def test_a_rule_set_survives_its_file(tmp_path: Path, suffix: str) -> None:
    rules = Rules.default().extend(money_nouns=["专项彩票金"])
    path = tmp_path / f"rules{suffix}"
    rules.to_file(path)
    again = Rules.from_file(path)
    assert again == rules
    assert again.rule("money_nouns:专项彩票金").word == "专项彩票金"


def test_a_partial_file_needs_a_base(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(
        'format = "mzextract-rules/1"\n[figures.money_nouns]\nentries = ["配套"]\n',
        encoding="utf-8",
    )
    with pytest.raises(RulesError, match="rule tables missing"):
        Rules.from_file(path)
    mine = Rules.from_file(path, base=Rules.default())
    assert mine.money_nouns == ("配套",)
    assert mine.units == Rules.default().units


def test_extend_appends_and_remove_drops() -> None:
    base = Rules.default()
    more = base.extend(money_nouns=["配套", "资金"])  # 资金 is there already: kept once
    assert more.money_nouns == (*base.money_nouns, "配套")
    less = more.remove(money_nouns=["配套", "money_nouns:金"])
    assert "配套" not in less.money_nouns and "金" not in less.money_nouns
    assert base.money_nouns.count("资金") == 1


@pytest.mark.parametrize(
    ("tables", "message"),
    [
        # A bare string would be read as its characters (资, 金, 池).
        ({"money_nouns": "资金池"}, "give a list of entries"),
        ({"units": ["台"]}, "expected {word = ..., kind = ..."),
        ({"units": [{"word": "台"}]}, "missing field(s) ['kind']"),
        ({"units": [{"word": "台", "kind": "devices"}]}, "unknown kind 'devices'"),
        ({"units": [{"word": "台", "kind": "money", "factor": 0}]}, "factor must be a positive"),
        ({"units": [{"word": "台", "kind": "money", "needs": "tables"}]}, "unknown check"),
        ({"units": [{"word": "台", "kind": "money", "colour": "red"}]}, "unknown field"),
        ({"money_noun": ["x"]}, "unknown table 'money_noun'"),
        ({"money_nouns": [" 资金 "]}, "without outer spaces"),
        ({"money_nouns": [3]}, "expected a word"),
        ({"approx_inside": ["余多"]}, "single characters"),
        # Marks the reader could not use are refused, saying why.
        ({"approx_inside": ["几"]}, "几 is a numeral character (numeral_chars:几)"),
        ({"approx_after": ["多"]}, "after the unit it starts the next word"),
        ({"unit_checks": [{"name": "x", "require": ["foo"], "where": ["after"]}]}, "no table"),
        ({"unit_checks": [{"name": "x", "words": ["机构"], "where": ["near"]}]}, "unknown place"),
        ({"unit_checks": [{"name": "x", "words": ["机构"]}]}, "say where the required words"),
        ({"unit_checks": [{"name": "x", "step": "beds"}]}, "unknown step 'beds'"),
        ({"unit_checks": [{"name": "x", "otherwise": "y"}]}, "otherwise names no check 'y'"),
        ({"unit_checks": [{"name": "x", "otherwise": "x"}]}, "leads back to 'x'"),
        ({"unit_checks": [{"name": "x", "words": "机构", "where": ["after"]}]}, "must be a list"),
        ({"numeral_chars": [{"word": "廿", "role": "digit", "value": 20}]}, "value in [0, 1,"),
        ({"numeral_chars": [{"word": "廿", "role": "tens", "value": 20}]}, "role must be one of"),
        ({"numeral_chars": [{"word": "二十", "role": "small_unit", "value": 10}]}, "one character"),
        ({"numeral_chars": [{"word": "兆", "role": "big_unit", "value": 10**6}]}, "value in"),
        ({"numeral_chars": [{"word": "点", "role": "point", "alone": False}]}, "only a digit"),
        (
            {
                "heading_markers": [
                    {"family": "x", "pattern": "[0-9]+", "rank": 9, "numbering": "arabic"}
                ]
            },
            "needs a group",
        ),
        (
            {
                "heading_markers": [
                    {"family": "x", "pattern": "(?P<n>[", "rank": 9, "numbering": "arabic"}
                ]
            },
            "does not compile",
        ),
        (
            {
                "heading_markers": [
                    {"family": "x", "pattern": "(?P<n>x)", "rank": 9, "numbering": "greek"}
                ]
            },
            "numbering must be one of",
        ),
        (
            {
                "heading_markers": [
                    {
                        "family": "x",
                        "pattern": "(?P<n>[a-e])\\)",
                        "rank": 9,
                        "numbering": "arabic",
                        "opens": "abcde",
                        "example": "f)",
                    }
                ]
            },
            "is no marker of the family",
        ),
        (
            {
                "heading_markers": [
                    {
                        "family": "x",
                        "pattern": "(?P<n>x)",
                        "rank": 9,
                        "numbering": "arabic",
                        "reject_after": "(",
                    }
                ]
            },
            "reject_after does not compile",
        ),
        ({"page_footers": [{"name": "x", "pattern": "Page"}]}, "holds the page number {N}"),
        (
            {"page_footers": [{"name": "x", "pattern": "p{N}", "example": "q1"}]},
            "does not match its example",
        ),
        ({"date_words": [{"word": "十三", "role": "month", "value": 13}]}, "1 <= value <= 12"),
        ({"date_words": [{"word": "旬", "role": "decade"}]}, "role must be one of"),
        ({"trained_programmes": ["veteran"]}, "['veteran'] are no programme keys"),
        ({"population_programmes": ["low_incomes"]}, "population_programmes: ['low_incomes']"),
        ({"roll_helps": ["medical"]}, "roll_helps: ['medical'] are no programme keys"),
        (
            {"receiver_words": [{"word": "军营", "programme": "veterans", "over": "condolences"}]},
            "'condolences' is no programme key",
        ),
        (
            {"context_words": [{"word": "英雄", "programme": "veteran", "over": "funeral"}]},
            "meaning.context_words '英雄': 'veteran' is no programme key",
        ),
        (
            {
                "context_words": [
                    {
                        "word": "少年",
                        "programme": "orphan",
                        "over": "elderly_other",
                        "words": ["探访"],
                    }
                ]
            },
            "meaning.context_words '少年': ['探访'] are no words of 'elderly_other'",
        ),
        (
            {
                "paid_for_words": [
                    {
                        "word": "垫付",
                        "programme": "medical_assistance",
                        "over": ["dibao", "tekuns"],
                        "names": ["参保"],
                    }
                ]
            },
            "meaning.paid_for_words '垫付': ['tekuns'] are no programme keys",
        ),
        ({"check_words": ["审计"]}, "'审计': no count cue; add it to count_cues too"),
        (
            {"domain_money_words": [{"word": "民政工作", "programme": "mz_funds"}]},
            "programme 'mz_funds' is no programme key",
        ),
        ({"stock_words": ["拥有"]}, "'拥有': no count cue"),
        (
            {"programmes": [{"key": "x", "domain": "sa", "name": "x", "amounts": "spent"}]},
            "amounts must be one of",
        ),
    ],
)
def test_bad_entries_are_refused_naming_the_entry(tables: dict[str, object], message: str) -> None:
    with pytest.raises(RulesError, match=__import__("re").escape(message)):
        Rules.default().extend(**tables)  # type: ignore[arg-type]


def test_extending_with_a_changed_entry_is_refused_naming_amend() -> None:
    rules = Rules.default()
    assert rules.extend(units=[rules.rule("units:人")]) == rules  # the same entry: kept once
    already = r"figures\.units '人': the rule set already has units:人 "
    with pytest.raises(RulesError, match=already):
        rules.extend(units=[{"word": "人", "kind": "households"}])
    with pytest.raises(RulesError, match=r"rules\.amend\('units:人', \.\.\.\)"):
        rules.extend(units=[{"word": "人", "kind": "households"}])


def test_duplicates_in_a_file_are_refused(tmp_path: Path) -> None:
    data = Rules.default().to_data()
    data["figures"]["money_nouns"]["entries"] += ["资金"]
    path = tmp_path / "dup.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(RulesError, match="'资金' is listed twice"):
        Rules.from_file(path)


def test_a_broken_file_names_itself(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("[figures\n", encoding="utf-8")
    with pytest.raises(RulesError, match=r"broken\.toml: not valid TOML"):
        Rules.from_file(path)
    with pytest.raises(RulesError, match="cannot read rules"):
        Rules.from_file(tmp_path / "missing.toml")


def test_extended_rules_reach_extract() -> None:
    text = "县级财政配套1000万。"
    assert mzextract.extract(text).figures == ()
    rules = Rules.default().extend(money_nouns=["配套"])
    assert [f.text for f in mzextract.extract(text, rules=rules).figures] == ["1000万"]


def test_unit_records_still_build_positionally() -> None:
    unit = UnitRule("床", Kind.BEDS, needs="bed")
    rules = Rules.default().extend(units=[unit])
    assert rules.rule("units:床").kind == "beds"


def test_sections_carry_the_rule_that_made_them() -> None:
    text = (
        "某县民政局2023年工作总结\nⅠ、社会救助\n（一）城乡低保\n"
        "某县民政局2024年工作计划\n一、社会救助"
    )
    sections = mzextract.extract(text).sections
    assert [(s.marker, s.number, s.level) for s in sections] == [
        ("Ⅰ、", 1, 1),
        ("（一）", 1, 2),
        ("一、", 1, 1),
    ]
    assert [e.rule for s in sections for e in s.evidence] == [
        "heading_markers:roman",
        "heading_markers:cn_paren",
        "heading_markers:cn",
        "sections.title_line",
    ]
    assert all(text[e.start : e.end] == e.text for s in sections for e in s.evidence)


def test_a_marker_family_added_through_rules() -> None:
    rules = Rules.default().extend(
        heading_markers=[
            {
                "family": "letter",
                "pattern": "(?P<n>[A-H])[、.．]",
                "rank": 3,
                "numbering": "latin",
                "opens": "ABCDEFGH",
                "example": "C、",
            }
        ]
    )
    text = "一、社会救助\nA、低保\n城市低保75户。"
    with pytest.raises(RulesError):
        Rules.default().remove(heading_markers=["nope"])
    sections = mzextract.extract(text, rules=rules).sections
    assert [(s.family, s.level) for s in sections] == [("cn", 1), ("letter", 2)]


def test_numeral_characters_are_rule_data() -> None:
    # 廿 (twenty) as a digit is refused above; a new financial variant is one entry.
    rules = Rules.default().extend(numeral_chars=[{"word": "弍", "role": "digit", "value": 2}])
    assert [f.value for f in mzextract.extract("救助弍百人", rules=rules).figures] == [200]
    assert mzextract.extract("救助弍百人").figures == ()


def test_ocr_letters_end_a_number_before_any_unit_of_the_rules() -> None:
    # OCR reads 0 as O; the digit run may end in it only before a unit or magnitude.
    machines = Rules.default().extend(
        kinds=[
            {"name": "machines", "label": "MACHINES", "base_unit": "台", "colour": "#ccc"}
            | {"ansi": "37"}
        ],
        units=[{"word": "台", "kind": "machines"}],
    )
    assert mzextract.extract("新购设备12O台").figures == ()
    (f,) = mzextract.extract("新购设备12O台", rules=machines).figures
    assert (f.text, f.kind.name, f.value) == ("12O台", "machines", 120)
