"""Property tests: `extract` never fails on any str, and every span it reports is traceable."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mzextract import extract
from mzextract.layout import _footer_block, blank_emphasis, blank_footers, tab_cells
from mzextract.report import Report
from mzextract.rules import Rules

SETTINGS = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

FRAGMENTS = [
    # digits, full-width digits, separators, decimals
    *"0123456789",
    "１",
    "２３",
    "０",
    ".",
    "．",
    ",",
    "，",
    "1,234",
    "1.66",
    "１２．５",
    # Chinese numerals: plain, financial, traditional, mixed, spaced, decimal
    *"零〇一二两三四五六七八九十百千万亿",
    *"壹贰貳兩俩倆叁參肆伍陆陸柒捌玖拾佰仟萬億点點几幾数",
    "三百二十",
    "一千零五",
    "叁仟贰佰",
    "壹萬貳仟",
    "3万2千5百",
    "两千陆",
    "百五",
    "二百 三 十 一",
    "二 十 余 万",
    "零点五万",
    "3万万",
    "1万至2万",
    "1,2345",
    "9" * 29,
    "元/人月",
    "  ",
    " 余",
    # units and nouns
    "元",
    "万元",
    "亿元",
    "千元",
    "块",
    "人",
    "名",
    "位",
    "户",
    "次",
    "人次",
    "对",
    "张",
    "床位",
    "床",
    "周岁",
    "岁",
    "年",
    "月",
    "日",
    "%",
    "㎡",
    "例",
    "具",
    "家",
    "个",
    # redaction, approximation, ranges, rates
    "*",
    "＊",
    "**",
    "__",
    "**3.5万元**",
    "余",
    "多",
    "几",
    "约",
    "近",
    "逾",
    "左右",
    "以上",
    "超过",
    "不少于",
    "不低于",
    "-",
    "--",
    "~",
    "～",
    "—",
    "至",
    "/",
    "/人/月",
    "元/月.人",
    "每人每月",
    "月人均补差",
    "封顶线",
    # nouns
    "城市低保",
    "特困人员",
    "救助资金",
    "孤儿",
    "公益金",
    "脱贫人口",
    "发放",
    "累计",
    # heading markers and line furniture
    "一、",
    "十二、",
    "三．",
    "（一）",
    "(二)",
    "（三)",
    "1.",
    "2．",
    "3、",
    "（1）",
    "(2)",
    "1）",
    "2)",
    "①",
    "⑵",
    "第一部分",
    "第二章",
    "第三节",
    "— 3 —",
    "第 2 页 共 5 页",
    "一是",
    "[bookmark: _GoBack]",
    ">",
    "＞",
    # punctuation and white space
    "。",
    "：",
    ":",
    "；",
    ";",
    "、",
    "（",
    "）",
    "(",
    ")",
    "\n",
    "\n",
    "\r\n",
    " ",
    "　",
    "\t",
]

report_like = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=3)),
    max_size=60,
).map("".join)

any_text = st.one_of(st.text(), report_like)


def check_report(text: str, report: Report) -> None:
    assert isinstance(report, Report)
    assert report.text == text
    n = len(text)

    previous_end = 0
    for f in sorted(report.figures, key=lambda f: (f.start, f.end)):
        assert 0 <= f.start < f.end <= n, f
        assert text[f.start : f.end] == f.text, f
        assert f.start >= previous_end, f"figure {f.text!r}@{f.start} overlaps the one before"
        previous_end = f.end
        if f.subject is not None:
            s = f.subject
            assert 0 <= s.start < s.end <= n, s
            assert text[s.start : s.end] == s.text, s

    for i, s in enumerate(report.sections):
        assert s.index == i
        assert 0 <= s.start < s.marker_end <= s.end <= n, s
        assert text[s.start : s.marker_end] == s.marker, s
        if s.parent is None:
            assert s.level == 1, s
        else:
            p = report.sections[s.parent]
            assert p.start <= s.start and s.end <= p.end, (p, s)
            assert s.level == p.level + 1, (p, s)


@SETTINGS
@given(st.text())
def test_any_text(text: str) -> None:
    check_report(text, extract(text))


@SETTINGS
@given(report_like)
def test_report_like_text(text: str) -> None:
    check_report(text, extract(text))


@SETTINGS
@given(any_text, any_text)
def test_spans_follow_a_prefix(prefix: str, text: str) -> None:
    """Offsets are into the whole text, wherever the report starts in it."""
    whole = prefix + "\n" + text
    check_report(whole, extract(whole))


@SETTINGS
@given(report_like)
def test_emphasis_blanking_keeps_every_offset(text: str) -> None:
    blanked = blank_emphasis(text, Rules.default())
    assert len(blanked) == len(text)
    assert all(a == b or (a in "*_" and b == " ") for a, b in zip(text, blanked, strict=True))


@SETTINGS
@given(report_like)
def test_footer_blanking_keeps_every_offset(text: str) -> None:
    blanked = blank_footers(text, Rules.default())
    assert len(blanked) == len(text)
    assert all(a == b or b == " " for a, b in zip(text, blanked, strict=True))


@SETTINGS
@given(report_like)
def test_tab_cells_keeps_every_offset(text: str) -> None:
    """Parting the cells of a table laid out by spaces turns spaces into tabs, nothing else."""
    celled = tab_cells(text)
    assert len(celled) == len(text)
    assert all(a == b or (a in " \u3000" and b == "\t") for a, b in zip(text, celled, strict=True))


footer_lines = st.lists(
    st.sampled_from(
        [
            "\n",
            "\r\n",
            "  \n",
            "\u3000\n",
            "— 3 —\n",
            "- 12 -\r\n",
            "第 4 页 共 9 页\n",
            "5\n",
            " 17 \n",
            "2/9\n",
            "XX县民政局2024年工作总结\n",
            "民政工作要点\r\n",
            "发放低保金120万元，\n",
            "救助1200人\n",
            "12人。\n",
        ]
    ),
    max_size=14,
).map("".join)


@SETTINGS
@given(footer_lines)
def test_footer_blocks_are_those_a_scan_of_every_position_finds(text: str) -> None:
    """The block pattern tried only where a block may start blanks what it blanks tried
    at every position of the text."""
    block = _footer_block(Rules.default())
    assert blank_footers(text, Rules.default()) == block.sub(lambda m: " " * len(m[0]), text)


@pytest.mark.parametrize("bad", [None, b"\xe4\xb8\x80\xe3\x80\x81", 123, 1.5, ["一、"]])
def test_non_str_raises_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="str"):
        extract(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "hello world 123", "   \n\t\n"])
def test_text_without_report_content_is_empty(text: str) -> None:
    report = extract(text)
    assert report.text == text
    assert report.sections == ()
    assert report.figures == ()
