"""Layout noise: which lines `tab_cells` parts into cells, and words a page footer cuts."""

from __future__ import annotations

import pytest

import mzextract
from mzextract.layout import tab_cells

TABLE = (
    "表1　2015年城乡低保情况\n"
    "项目　　　　保障户数　　　　保障人数\n"
    "城市低保　　1 236户　　　　2 148人\n"
    "合计　　　　11 110户　　　18 680人\n"
)


def test_a_table_of_spaced_cells_is_parted_by_tabs() -> None:
    celled = tab_cells(TABLE)
    lines = celled.split("\n")
    assert lines[0] == "表1　2015年城乡低保情况"  # one gap of one space: a caption, no row
    assert [line.count("\t") for line in lines[1:4]] == [2, 2, 2]
    assert lines[2].split("\t")[0] == "城市低保"
    assert "1 236户" in lines[2]  # one space inside a number parts nothing


@pytest.mark.parametrize(
    "text",
    [
        # A web page's line of facts alone: no table of two rows.
        "发布时间：2022-01-06 16:32    来源：南康区民政局    浏览次数：1289\n正文。",
        # Prose with stray spaces, as OCR leaves it: marks of prose in every line.
        "全县共有低保户  1236户，  保障人数2148人。\n全年发放资金  1086.4万元，  同比增长5%。\n",
        # Two lines of words with gaps, but no digit: a form's labels, no table of figures.
        "单位名称　　联系人　　地址\n民政局　　张三　　城关镇\n",
        # Rows of unequal width: no table the columns of which can be counted.
        "项目　　户数　　人数\n城市低保　　1236户\n",
        # Cells already parted by tabs are left as they are.
        "项目\t户数  人数\n城市低保\t1236户  2148人\n",
    ],
)
def test_lines_that_are_no_spaced_table_are_left_alone(text: str) -> None:
    assert tab_cells(text) == text


# A change verb cut by a page footer: 比上年提⏎— 1 —⏎高25元.
_FOOTER_IN_A_VERB = (
    "全县城市低保标准由每人每月580元提高到620元，农村低保标准每人每年4800元，比上年提\n"
    "— 1 —\n"
    "高25元，全年累计发放城乡低保资金2860万元。\n"
)


def test_a_cue_cut_by_a_page_footer_keeps_its_whole_span() -> None:
    # The footer is blanked to spaces before its line break: the change verb 提高 runs
    # across them, and its evidence starts at 提, not inside the blanked footer.
    text = _FOOTER_IN_A_VERB
    figure = next(f for f in mzextract.extract(text).figures if f.text == "25元")
    why = figure.why("rate")
    assert why is not None and why.rule == "change_verbs:提高"
    assert text[why.start] == "提" and text[why.end - 1] == "高"


def test_a_change_verb_cut_by_a_page_footer_makes_a_change() -> None:
    # 比上年提⏎— 1 —⏎高25元 reads as 比上年提高25元: the cue reaches its figure over the
    # blanked footer as it would on one line.
    text = _FOOTER_IN_A_VERB
    figure = next(f for f in mzextract.extract(text).figures if f.text == "25元")
    why = figure.why("role")
    assert figure.role == "change"
    assert why is not None and text[why.start] == "提" and text[why.end - 1] == "高"
