"""Rule packs: optional rule files added to a rule set, seen end to end through rules alone.

The institutions pack adds a kind, five units and a context check; a user's pack file
adds a unit to an existing kind and a synonym. Each is followed through `extract`, the
CLI's CSV, the JSON Schema of `export.schema(rules)`, the spaCy component's entity label
and the HTML views' colour.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

import mzextract
from mzextract.cli import main
from mzextract.export import schema
from mzextract.rules import Rules, RulesError
from mzextract.view import html_page, notebook_html

ROOT = Path(__file__).resolve().parent.parent
SETS = [ROOT / "corpus" / "docs", *sorted((ROOT / "tests" / "data").glob("dev*/docs"))]
# Every eighth set (by name) and the corpus: the whole sweep, some two minutes of CPU and
# growing with the sets, is benchmarks/packs_sweep.py.
SAMPLE = [SETS[0], *SETS[1::8]]

INSTITUTIONS = "一、养老服务\n全年新建12所养老机构，建成3个社工站，5家敬老院，发放资金13.2万元。\n"

# A user's pack: a unit on an existing kind (床 counts beds where a bed word is near, as
# 张 does) and a synonym (配套 makes a bare 万 money, as 资金 does).
USER_PACK = """\
format = "mzextract-rules/1"

[figures.units]
entries = [{word = "床", kind = "beds", needs = "bed"}]

[figures.money_nouns]
entries = ["配套"]
"""
USER_TEXT = "一、养老服务\n新增养老床位300床，县级财政配套1000万。发放棉被1000床。\n"


@pytest.fixture(scope="module")
def institutions() -> Rules:
    return Rules.default().with_pack("institutions")


@pytest.fixture(scope="module")
def user_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pack") / "mine.toml"
    path.write_text(USER_PACK, encoding="utf-8")
    return path


def test_packs_are_listed_and_an_unknown_one_names_them() -> None:
    assert "institutions" in Rules.packs()
    with pytest.raises(RulesError, match=r"did you mean 'institutions'\? known packs: \["):
        Rules.default().with_pack("institution")


def test_the_pack_is_off_by_default(institutions: Rules) -> None:
    assert "institutions" not in [k.name for k in Rules.default().kinds]
    assert [f.text for f in mzextract.extract(INSTITUTIONS).figures] == ["13.2万元"]
    kind = institutions.kind("institutions")
    assert (kind.label, kind.base_unit) == ("INSTITUTIONS", "个")
    assert kind.colour not in {k.colour for k in Rules.default().kinds}
    assert kind.ansi not in {k.ansi for k in Rules.default().kinds}


def test_institutions_are_figures_with_the_pack(institutions: Rules) -> None:
    report = mzextract.extract(INSTITUTIONS, rules=institutions)
    got = [(f.text, f.kind.name, f.kind.label, f.value, f.unit) for f in report.figures]
    assert got == [
        ("12所", "institutions", "INSTITUTIONS", 12, "所"),
        ("3个", "institutions", "INSTITUTIONS", 3, "个"),
        ("5家", "institutions", "INSTITUTIONS", 5, "家"),
        ("13.2万元", "money", "MONEY", Decimal(132000), "万元"),
    ]
    first = report.figures[0]
    assert first.subject is not None and first.subject.text == "养老机构"
    unit = first.why("unit")
    assert unit is not None and (unit.rule, unit.text) == ("unit_checks:institution", "养老机构")


@pytest.mark.parametrize(
    ("text", "figure", "word"),
    [
        ("县共有敬老院12所，床位860张。", "12所", "敬老院"),  # the noun before the figure
        ("全市共有养老机构24家。", "24家", "养老机构"),
        ("建成2个社区养老服务站。", "2个", "养老服务站"),  # up to 8 characters after
        ("新建农村幸福院五处。", "五处", "幸福院"),
        ("年内建成城区公益性骨灰堂1处。", "1处", "骨灰堂"),
        ("全年新建村级公益性公墓3座。", "3座", "公墓"),
    ],
)
def test_an_institution_word_before_or_after_lets_the_unit_count(
    institutions: Rules, text: str, figure: str, word: str
) -> None:
    found = mzextract.extract(text, rules=institutions).figures
    [f] = [f for f in found if f.kind == "institutions"]
    unit = f.why("unit")
    assert unit is not None and (f.text, unit.text) == (figure, word)


@pytest.mark.parametrize(
    "text",
    [
        "12个社区全部完成换届。",  # a community is a place, not an institution
        "3个乡镇开展试点。",
        "16个村配备儿童主任。",
        "5家单位参加。",
        "登记社会组织35家。",  # organisations are no institutions
        "实施慈善项目12个。",
        "低保渐退期为3个月。",
        "5个人、3家庭、2所有。",
    ],
)
def test_places_organisations_and_projects_are_no_institutions(
    institutions: Rules, text: str
) -> None:
    assert not [f for f in mzextract.extract(text, rules=institutions).figures]


def test_the_pack_takes_no_figure_from_another_kind(institutions: Rules) -> None:
    """On the reports of the corpus and a fixed sample of the development sets, the
    figures of the shipped kinds are the same with the pack (span, kind, value, flags);
    only institutions are added."""

    def key(f: mzextract.Figure) -> tuple[object, ...]:
        return (f.start, f.end, f.kind.name, f.value, f.range, f.unit, f.approx, f.rate, f.per)

    added = 0
    for folder in SAMPLE:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            base = [key(f) for f in mzextract.extract(text, meaning=False).figures]
            more = mzextract.extract(text, rules=institutions, meaning=False).figures
            assert [key(f) for f in more if f.kind != "institutions"] == base, path.name
            added += sum(f.kind == "institutions" for f in more)
    assert added > 100


def test_a_pack_file_adds_to_a_rule_set(tmp_path: Path, user_pack: Path) -> None:
    rules = Rules.default().with_file(user_pack)
    assert rules.money_nouns == (*Rules.default().money_nouns, "配套")
    assert rules.rule("units:床").kind == "beds"
    assert rules.with_file(user_pack) == rules  # entries it has are kept once
    clash = tmp_path / "clash.toml"
    clash.write_text(
        'format = "mzextract-rules/1"\n[figures.units]\n'
        'entries = [{word = "人", kind = "money"}]\n',
        encoding="utf-8",
    )
    with pytest.raises(RulesError, match=r"clash\.toml: figures\.units '人': the rule set already"):
        rules.with_file(clash)
    bad = tmp_path / "bad.toml"
    bad.write_text(
        'format = "mzextract-rules/1"\n[figures.units]\nentries = [{word = "台"}]\n',
        encoding="utf-8",
    )
    with pytest.raises(RulesError, match=r"bad\.toml: figures\.units entry 0 .*missing field"):
        rules.with_file(bad)


def test_a_rule_set_with_a_pack_survives_its_file(tmp_path: Path, institutions: Rules) -> None:
    path = tmp_path / "with_pack.toml"
    institutions.to_file(path)
    assert Rules.from_file(path) == institutions


@dataclass(frozen=True)
class Case:
    name: str
    options: tuple[str, ...]
    text: str
    want: list[tuple[str, str, str]]
    """(figure, kind, value) of each figure."""


def _cases(user_pack: Path) -> list[Case]:
    return [
        Case(
            "new kind",
            ("--pack", "institutions"),
            INSTITUTIONS,
            [
                ("12所", "institutions", "12"),
                ("3个", "institutions", "3"),
                ("5家", "institutions", "5"),
                ("13.2万元", "money", "132000"),
            ],
        ),
        Case(
            "unit and synonym",
            ("--pack", str(user_pack)),
            USER_TEXT,
            [("300床", "beds", "300"), ("1000万", "money", "10000000")],
        ),
    ]


def _rules_of(case: Case) -> Rules:
    pack = case.options[1]
    if pack in Rules.packs():
        return Rules.default().with_pack(pack)
    return Rules.default().with_file(pack)


@pytest.mark.parametrize("which", [0, 1])
def test_end_to_end_through_rules_alone(
    which: int, user_pack: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = _cases(user_pack)[which]
    rules = _rules_of(case)
    report = mzextract.extract(case.text, rules=rules)
    assert [(f.text, f.kind.name, str(f.value)) for f in report.figures] == case.want

    # The CLI's CSV, with and without the rules
    doc = tmp_path / "report.txt"
    doc.write_text(case.text, encoding="utf-8")
    out = tmp_path / "figures.csv"
    assert main(["extract", str(doc), "-o", str(out), "-q", *case.options]) == 0
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = [(r["text"], r["kind"], r["value"]) for r in csv.DictReader(f)]
    assert rows == case.want
    assert main(["extract", str(doc), "-o", str(out), "-q"]) == 0
    with open(out, encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.DictReader(f))) < len(case.want)

    # The JSON Schema of the rule set
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator(schema(rules)).validate(report.to_dict())

    # spaCy: the figure component with the rule set as a file
    spacy = pytest.importorskip("spacy")
    path = tmp_path / "rules.toml"
    rules.to_file(path)
    pipe = spacy.blank("zh")
    pipe.add_pipe("mz_figures", config={"rules_file": str(path)})
    doc_ = pipe(case.text)
    labels = {k.name: k.label for k in rules.kinds}
    assert [(e.text, e.label_) for e in doc_.ents] == [(t, labels[k]) for t, k, _ in case.want]

    # The HTML views colour each figure with its kind's colour
    for page in (html_page(report), notebook_html(report)):
        for _, k, _ in case.want:
            assert f'<mark class="mz-{k}"' in page
            assert f".mz-{k}{{background:{rules.kind(k).colour}}}" in page
    capsys.readouterr()


def test_the_new_kind_is_refused_by_the_default_schema(institutions: Rules) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    data = mzextract.extract(INSTITUTIONS, rules=institutions).to_dict()
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema())


def test_cli_kinds_follow_the_rule_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "report.txt"
    doc.write_text(INSTITUTIONS, encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["extract", str(doc), "--kinds", "institutions"])
    assert exit_.value.code == 2
    assert "unknown kind institutions" in capsys.readouterr().err
    args = ["extract", str(doc), "--pack", "institutions", "--kinds", "institutions", "-f", "csv"]
    assert main(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4 and all(",institutions," in line for line in lines[1:])


def test_cli_outline_and_show_use_the_pack(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "report.txt"
    doc.write_text(INSTITUTIONS, encoding="utf-8")
    assert main(["outline", str(doc), "--pack", "institutions"]) == 0
    assert "4 figures" in capsys.readouterr().out
    assert main(["show", str(doc), "--pack", "institutions", "--color", "never"]) == 0
    assert "[12所|institutions]" in capsys.readouterr().out
    page = tmp_path / "page.html"
    assert main(["show", str(doc), "--pack", "institutions", "--html", str(page)]) == 0
    assert '<mark class="mz-institutions"' in page.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("option", "content", "message"),
    [
        ("--rules", "[figures\n", "bad.toml: not valid TOML"),
        (
            "--rules",
            'format = "mzextract-rules/1"\n[figures.units]\n'
            'entries = [{word = "台", kind = "devices"}]\n',
            "bad.toml: figures.units entry 0 ({'word': '台', 'kind': 'devices'}): unknown kind",
        ),
        (
            "--pack",
            'format = "mzextract-rules/1"\n[figures.money_nouns]\nentries = [3]\n',
            "bad.toml: figures.money_nouns entry 0 (3): expected a word",
        ),
    ],
)
def test_a_bad_rules_file_is_one_line_and_exit_2(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    option: str,
    content: str,
    message: str,
) -> None:
    doc = tmp_path / "report.txt"
    doc.write_text(INSTITUTIONS, encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(content, encoding="utf-8")
    for command in ("extract", "panel", "outline", "show"):
        assert main([command, str(doc), option, str(bad)]) == 2
        err = capsys.readouterr().err
        assert err.startswith("mzextract: error: ") and err.count("\n") == 1, err
        assert message in err
    assert main(["extract", str(doc), "--pack", "nope"]) == 2
    assert "unknown rule pack 'nope'; known packs: ['institutions'" in capsys.readouterr().err


def test_workers_get_the_rules(tmp_path: Path) -> None:
    """``-j 2``: the rule set reaches the worker processes (rows and whole reports)."""
    docs = []
    for i in range(3):
        doc = tmp_path / f"r{i}.txt"
        doc.write_text(INSTITUTIONS, encoding="utf-8")
        docs.append(str(doc))
    for fmt in ("csv", "reports"):
        outs = []
        for jobs in ("1", "2"):
            command = [sys.executable, "-m", "mzextract", "extract", *docs, "-f", fmt, "-j", jobs]
            run = subprocess.run(
                [*command, "-q", "--pack", "institutions"],
                capture_output=True,
                text=True,
                encoding="utf-8",
                timeout=120,
            )
            assert run.returncode == 0, run.stderr
            outs.append(run.stdout)
        assert outs[0] == outs[1]
        assert outs[1].count("institutions") >= 9
