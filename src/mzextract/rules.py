"""Rule tables: the words the engine looks for, kept apart from the engine.

Every table is plain data on a frozen `Rules` record. To extend a table, build
a new record from the default one::

    rules = Rules.default().extend(money_nouns=("专项彩票金",), people_nouns=("网格员",))
    mzextract.extract(text, rules=rules)

The engine (`figures`, `subjects`, `sections`) reads nothing but these tables,
so a user can see and change what counts without forking the code.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from functools import cache

from mzextract.model import Kind


@dataclass(frozen=True)
class UnitRule:
    """A unit word as written after a numeral: what it counts and its factor to the base unit."""

    word: str
    kind: Kind
    factor: int = 1
    needs: str | None = None
    """A context check the unit must pass: people (位), household (户), marriage (对),
    bed (张), money (块)."""


@dataclass(frozen=True)
class Rules:
    """All rule tables. Tuples, so a record is hashable and safe to share."""

    units: tuple[UnitRule, ...]
    """Unit words; longer words win over their prefixes (人次 over 人)."""
    magnitudes: tuple[tuple[str, int], ...]
    """Magnitude words written between numeral and unit (万 in 1.2万元)."""
    unit_blockers: tuple[tuple[str, str], ...]
    """(unit, next characters) pairs where the unit starts another word: 人口, 元旦."""
    rank_prefixes: tuple[str, ...]
    """Words right before a numeral that make it a rank, not a count (第3名)."""
    surnames: str
    """Family names: a redaction right after one hides a given name (李**户), not a number."""
    approx_before: tuple[str, ...]
    approx_after: tuple[str, ...]
    approx_blockers: tuple[str, ...]
    """Words that end in an approximation mark but are not one (节约, 签约, 最近)."""
    approx_inside: tuple[str, ...]
    approx_magnitude: tuple[str, ...]
    """Marks that, before a bare magnitude, make it the number (近万人次 → about 10,000)."""
    range_separators: tuple[str, ...]
    per_words: tuple[tuple[str, str], ...]
    """Basis words of a rate and their English name: 人 → person, 月 → month."""
    rate_cues_before: tuple[str, ...]
    """Words in the clause before a money figure that make it a per-unit amount."""
    rate_cues_after: tuple[str, ...]
    range_total_words: tuple[str, ...]
    """A range of money is a standard that varies by case (每次救助1000元至3000元), except
    in a clause about a total, estimated or missing (总投资3至5亿元, 资金缺口3—5万元)."""
    cap_words_after: tuple[str, ...]
    """Words after an amount that make it a cap or threshold per case (即2400元以内,
    收入在3000元以下的家庭), unless the clause has a total word (全年支出500万元以内)."""
    unit_rate_cues: tuple[str, ...]
    """Cues of an amount or count per unit, for every kind (人均, 户均, 每名经办人员服务530户)."""
    top_up_words: tuple[str, ...]
    """Words of a further amount on top of a rate in the same sentence (每餐补贴3元，
    80周岁以上再补2元): that amount is a rate too."""
    change_verbs: tuple[str, ...]
    """Verbs of change: an amount they end in, after a rate in the same sentence, is the
    rate's change (每人每月820元，较上年增加40元) and so a rate too."""
    each_verbs: tuple[str, ...]
    """Verbs after 各 that make it "each" (各送去两千元), not "all kinds of" (各类)."""
    subsidy_words: tuple[str, ...]
    total_words: tuple[str, ...]
    """With a period (每年给予运营补贴1万元), subsidy words mark a per-unit amount and
    total words (累计, 发放) a sum."""
    grant_words: tuple[str, ...]
    """Verbs of granting: the amount granted (对10名优秀留守儿童给予200元) is what each
    gets, unless the clause has a total word (全年共给予…300万元)."""
    periods: tuple[str, ...]
    """Time words: 每 before one of them marks a period total (每月发放), not a per-unit rate."""
    money_nouns: tuple[str, ...]
    """Nouns that make a bare 万/亿 an amount of money (公益金1000万)."""
    people_nouns: tuple[str, ...]
    marriage_words: tuple[str, ...]
    bed_words: tuple[str, ...]
    sheet_nouns: tuple[str, ...]
    """Things counted with 张 that are no beds: a 张 in their clause is never beds, even
    where 床位 stands earlier in the sentence."""
    business_nouns: tuple[str, ...]
    """Businesses counted with 户 (新增市场主体8000户): no households."""
    seat_nouns: tuple[str, ...]
    """Nouns counted with 位 that are not people (餐位不少于30位)."""
    subject_leading: tuple[str, ...]
    """Function words stripped from the front of a subject phrase (其中, 累计, 为)."""
    subject_bound_words: tuple[str, ...]
    """Words that start with a leading function word but keep it (在册, 在院, 在乡老复员军人)."""
    subject_trailing: tuple[str, ...]
    """Words stripped from the end of a subject phrase (提高至, 达到, 共)."""
    subject_empty: tuple[str, ...]
    """Phrases that name nothing by themselves (发放, 标准): such a subject is dropped."""
    subject_stop_verbs: tuple[str, ...]
    """Verbs that end a subject phrase read after the figure (15名孤儿纳入保障)."""
    giving_verbs: tuple[str, ...]
    """Verbs between the recipients and the payment (对孤儿给予慰问金): a money subject
    starts after them."""
    reach_verbs: tuple[str, ...]
    """Verbs of a count that only says whom it reached (惠及1065户): the subject stands earlier."""
    generic_funds: tuple[str, ...]
    payment_names: tuple[str, ...]
    """A subject that only says "funds" (发放资金) gives way to a payment named earlier in the
    sentence that ends in one of ``payment_names`` (高龄津贴, 临时救助金)."""
    section_markers: tuple[tuple[str, str], ...]
    """Heading marker families, tried in order at a line start: (family, regex with group n)."""
    section_title_words: tuple[str, ...]
    """Words of a report title line; such a line between headings starts a new report."""
    running_header_words: tuple[str, ...]
    """Words of a running page header (XX县民政局2023年工作总结): such a line next to a
    page footer is page furniture, read as white space with the footer."""
    family_rank: tuple[str, ...]
    """Marker families from the usual outermost (第一部分) to innermost (①). Levels follow the
    document, not this order; a family ranked above the outline's top opens a new outline."""

    def __hash__(self) -> int:
        # Engines cache their compiled form per Rules; hashing every table on each call is slow.
        cached: int | None = self.__dict__.get("_hash")
        if cached is None:
            cached = hash(tuple(getattr(self, f.name) for f in fields(self)))
            object.__setattr__(self, "_hash", cached)
        return cached

    @staticmethod
    def default() -> Rules:
        return _default()

    def extend(self, **tables: tuple[object, ...]) -> Rules:
        """A copy with entries added to the named tables (duplicates ignored)."""
        names = {f.name for f in fields(self)}
        unknown = sorted(set(tables) - names)
        if unknown:
            raise TypeError(
                f"Rules.extend() got unknown table(s) {unknown}; known tables: {sorted(names)}"
            )
        merged: dict[str, tuple[object, ...]] = {}
        for name, extra in tables.items():
            current: tuple[object, ...] = getattr(self, name)
            merged[name] = current + tuple(x for x in extra if x not in current)
        return replace(self, **merged)  # type: ignore[arg-type]


_CN = "[一二三四五六七八九十]{1,3}"
_AR = "[0-9０-９]{1,2}"
_SP = "[ \\t\\u3000]?"


@cache
def _default() -> Rules:
    return Rules(
        units=(
            UnitRule("人次", Kind.PERSON_TIMES),
            # Statistics tables write person-times as 人（次）.
            UnitRule("人（次）", Kind.PERSON_TIMES),
            UnitRule("人(次)", Kind.PERSON_TIMES),
            UnitRule("人", Kind.PERSONS),
            UnitRule("名", Kind.PERSONS),
            UnitRule("位", Kind.PERSONS, needs="people"),
            UnitRule("户", Kind.HOUSEHOLDS, needs="household"),
            UnitRule("对", Kind.COUPLES, needs="marriage"),
            UnitRule("张", Kind.BEDS, needs="bed"),
            UnitRule("元", Kind.MONEY),
            UnitRule("块", Kind.MONEY, needs="money"),
        ),
        magnitudes=(
            ("十万", 100_000),
            ("百万", 1_000_000),
            ("千万", 10_000_000),
            ("万亿", 1_000_000_000_000),
            ("十亿", 1_000_000_000),
            ("百亿", 10_000_000_000),
            ("千亿", 100_000_000_000),
            ("万", 10_000),
            ("亿", 100_000_000),
            ("千", 1_000),
            ("百", 100),
        ),
        unit_blockers=(
            ("人", "民"),
            ("人", "大"),
            ("人", "口"),
            ("人", "工"),
            ("人", "力"),
            ("人", "社"),
            ("人", "均"),
            ("名", "称"),
            ("名", "单"),
            ("名", "义"),
            ("名", "录"),
            ("名", "额"),
            ("名", "次"),
            ("户", "籍"),
            ("户", "次"),
            ("位", "一体"),
            ("位", "数"),
            ("位", "置"),
            ("位", "于"),
            ("位", "列"),
            ("位", "居"),
            ("位", "次"),
            ("户", "口"),
            ("户", "型"),
            ("户", "外"),
            ("元", "旦"),
            ("元", "月"),
            ("元", "宵"),
            ("元", "素"),
            ("对", "象"),
            ("对", "于"),
            ("对", "接"),
            ("对", "照"),
            ("对", "比"),
        ),
        rank_prefixes=("第", "前", "排名", "名列"),
        # Common family names, less those that often stand before a figure (金, 万, 高, 余…).
        surnames="王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程"
        "苏魏吕丁任沈姚卢姜崔钟谭陆汪范廖贾夏韦傅付邹孟熊秦邱尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵严"
        "覃武戴莫孔汤",
        approx_before=(
            "折合约",
            "至少",
            "突破",
            "不少于",
            "不低于",
            "超过",
            "大约",
            "将近",
            "接近",
            "约",
            "近",
            "逾",
            "超",
        ),
        approx_after=("左右", "以上", "多", "余"),
        approx_blockers=(
            "节约",
            "签约",
            "预约",
            "制约",
            "合约",
            "公约",
            "条约",
            "契约",
            "履约",
            "违约",
            "简约",
            "集约",
            "最近",
            "附近",
            "邻近",
            "靠近",
            # A cap is no approximation: 最高不超过1万元 is exact, like 以内 and 最高.
            "不超过",
            "不超",
            "就近",
            "亲近",
        ),
        approx_inside=("余", "多", "几"),
        approx_magnitude=("近", "逾", "上"),
        range_separators=("--", "-", "—", "–", "－", "~", "～", "〜", "至", "到"),
        per_words=(
            ("人次", "person-time"),
            ("人", "person"),
            ("位", "person"),
            ("名", "person"),
            ("户", "household"),
            ("床位", "bed"),
            ("床", "bed"),
            ("张", "bed"),
            ("月", "month"),
            ("年", "year"),
            ("季度", "quarter"),
            ("季", "quarter"),
            ("天", "day"),
            ("日", "day"),
            ("次", "time"),
            ("所", "institution"),
            ("家", "institution"),
            ("个", "unit"),
            ("项", "item"),
        ),
        unit_rate_cues=("人均", "户均", "次均", "村均", "床均", "所均", "站均", "平均每", "单次"),
        top_up_words=("再补", "另补", "加补", "再给予", "另给予", "再发", "另发"),
        change_verbs=("增加", "提高", "减少", "降低", "增长", "下降", "上调", "下调", "增"),
        each_verbs=("送", "发", "给", "补", "奖", "资助"),
        subsidy_words=("补贴", "补助", "奖补", "资助", "给予"),
        total_words=("发放", "累计", "共计", "合计", "总计", "共", "全年"),
        grant_words=("给予", "奖励"),
        rate_cues_before=(
            "标准",
            "每人",
            "每户",
            "每位",
            "每名",
            "每床",
            "每张",
            "每个",
            "每所",
            "每家",
            "每项",
            "每年补贴",
            "每月补贴",
            "每年补助",
            "每月补助",
            "封顶",
            "最高",
            "上限",
            "补差",
            "平均",
            "额度",
        ),
        range_total_words=("总", "投资", "缺口", "预计", "募集", "筹集", "配套"),
        cap_words_after=("以内", "以下"),
        rate_cues_after=("每人", "每户", "每位", "每名", "每床", "每月", "每年"),
        periods=("年", "月", "季", "天", "日", "周", "半年", "批"),
        money_nouns=(
            "资金",
            "基金",
            "经费",
            "费用",
            "公益金",
            "金",
            "款",
            "费",
            "债券",
            "补贴",
            "补助",
            "津贴",
            "投资",
            "总投资",
            "销售",
            "销量",
            "销售额",
            "金额",
            "收入",
            "预算",
            "拨付",
            "下拨",
            "筹集",
            "募集",
            "捐赠",
            "捐款",
            "支出",
            "资助",
            "奖励",
            "奖补",
            "额度",
            "总额",
            "价值",
            "工资",
            "彩票",
            "保费",
        ),
        people_nouns=(
            "人",
            "人员",
            "对象",
            "儿童",
            "孤儿",
            "老人",
            "群众",
            "居民",
            "村民",
            "学生",
            "党员",
            "社工",
            "干部",
            "职工",
            "代表",
            "志愿者",
            "专家",
            "同志",
            "家属",
            "者",
            "员",
            "生",
            "户",
        ),
        marriage_words=("婚", "登记", "颁证", "夫妻", "新人", "伴侣", "夫妇", "情侣"),
        bed_words=("床",),
        sheet_nouns=(
            "单",
            "页",
            "纸",
            "海报",
            "卡",
            "证",
            "票",
            "券",
            "表",
            "照片",
            "图",
            "桌",
            "光盘",
            "奖状",
            "彩票",
        ),
        business_nouns=("市场主体", "工商户", "企业", "商户", "经营主体", "纳税人"),
        seat_nouns=("餐位", "床位", "车位", "座位", "席位", "展位", "岗位", "单位", "摊位", "工位"),
        subject_leading=(
            # What the figure before left over (390元左右，…).
            "左右",
            "以上",
            "其中",
            "此外",
            "另外",
            "同时",
            "目前",
            "截至目前",
            "现有",
            "共有",
            "全市",
            "全县",
            "全区",
            "全省",
            "全州",
            "全旗",
            "全镇",
            "我市",
            "我县",
            "我区",
            "今年",
            "上半年",
            "下半年",
            "已经",
            "先后",
            "预计",
            "计划",
            "力争",
            "年人均",
            "月人均",
            "人均",
            "户均",
            "较上年",
            "比上年",
            "较去年",
            "比去年",
            "同比",
            "分别为",
            "分别",
            "累计",
            "共计",
            "合计",
            "总计",
            "共",
            "已",
            "为",
            "给",
            "向",
            "对",
            "按照",
            "按",
            "并",
            "及",
            "和",
            "、",
            "的",
            "有",
            "由",
            "从",
            "在",
            "将",
            "是",
            "一是",
            "二是",
            "三是",
            "四是",
            "五是",
            "六是",
            "七是",
            "八是",
            "九是",
            "十是",
        ),
        subject_bound_words=(
            "在册",
            "在院",
            "在校",
            "在职",
            "在岗",
            "在乡",
            "在读",
            "在园",
            "在押",
        ),
        subject_trailing=(
            "最高不超过",
            "不超过",
            "分别给予",
            "给予",
            "分别为",
            "分别",
            "最高",
            "最低",
            "年人均",
            "月人均",
            "人均",
            "户均",
            "平均",
            "提高",
            "增长",
            "减少",
            "下降",
            "花了",
            "发放了",
            "发放",
            "发了",
            "提高至",
            "提高到",
            "提高为",
            "提升至",
            "提升到",
            "调整为",
            "调整到",
            "调整至",
            "上调至",
            "上调到",
            "增加到",
            "增加至",
            "增至",
            "减少到",
            "减少至",
            "减至",
            "下降到",
            "下降至",
            "降低到",
            "降低至",
            "降至",
            "增加了",
            "增加",
            "达到",
            "达",
            "为",
            "由",
            "从",
            "共计",
            "累计",
            "合计",
            "共",
            "计",
            "约",
            "近",
            "超过",
            "不少于",
            "不低于",
            "逾",
            "有",
            "按",
            "每人每月",
            "每人每年",
            "每人",
            "每户",
            "每月",
            "每年",
            "每项",
            "的",
            "了",
            "：",
            ":",
            "是",
            "均",
        ),
        subject_empty=(
            "以内",
            "以下",
            "发放",
            "共发放",
            "累计发放",
            "发放了",
            "支出",
            "下拨",
            "拨付",
            "服务",
            "组织",
            "折合",
            "到位",
            "实际到位",
            "拨付到位",
            "未拨付到位",
            "安排",
            "每年安排",
            "预算",
            "年初预算",
            "决算",
            "支出决算",
            "增支",
            "增加支出",
            "约合",
            "相当于",
            "年标准",
            "月标准",
            "惠及",
            "覆盖",
            "受益",
            "涉及",
            "达到",
            "标准",
            "合计",
            "共计",
            "累计",
            "其中",
            "总计",
            "计",
            "提高至",
            "提高到",
            "上调至",
            "增加了",
            "基础上增加了",
            "基础上",
            "月",
            "年",
            "季度",
            "月发放",
            "年发放",
            "季度发放",
            "每项",
            "每人",
            "每户",
            "每月",
            "每年",
            "共",
            "人数",
            "完成",
            "实现",
        ),
        subject_stop_verbs=(
            "纳入",
            "参加",
            "参与",
            "发放",
            "享受",
            "进行",
            "开展",
            "提供",
            "购买",
            "送去",
            "给予",
            "获得",
            "得到",
            "入住",
            "移交",
            "前往",
            "实施",
            "接受",
            "办理",
            "完成",
            "申请",
            "用于",
            "帮助",
            "落实",
            "覆盖",
            "惠及",
            "受益",
            "滞留",
            "对",
            "每人",
            "每户",
        ),
        generic_funds=(
            "资金",
            "发放资金",
            "支出资金",
            "拨付资金",
            "下拨资金",
            "累计发放资金",
            "金额",
            "发放金额",
        ),
        payment_names=(
            "津贴",
            "补贴",
            "补助金",
            "救助金",
            "保障金",
            "供养金",
            "低保金",
            "长寿金",
            "保健金",
            "生活费",
            "慰问金",
            "奖励",
        ),
        giving_verbs=("给予", "送去", "送上", "发放给", "发给"),
        reach_verbs=("惠及", "覆盖", "受益", "涉及", "帮扶", "帮助"),
        section_markers=(
            ("part", f"第(?P<n>{_CN}|{_AR})(?:部分|章|节)"),
            ("cn", f"(?P<n>{_CN}){_SP}[、．.]"),
            ("cn_paren", f"[（(]{_SP}(?P<n>{_CN}){_SP}[）)]"),
            # （1）7月底前… is a heading; 1)2 without the opening bracket is not.
            ("ar_paren", f"[（(]{_SP}(?P<n>{_AR}){_SP}[）)]|(?P<n>{_AR}){_SP}[）)](?![0-9０-９])"),
            # 3.3月中旬开展…: item 3 whose text starts with a month, not the decimal 3.3.
            (
                "ar",
                f"(?P<n>{_AR}){_SP}(?:[.．](?![0-9０-９])|[.．](?=[0-9０-９]{{1,2}}月)|、(?![0-9０-９]))",
            ),
            ("circled", "(?P<n>[①-⑳⑴-⒇⒈-⒛])"),
        ),
        section_title_words=("总结", "计划", "报告", "要点", "安排", "打算", "附件"),
        running_header_words=("总结", "计划", "报告", "要点", "汇报", "公报", "民政", "政府", "局"),
        family_rank=("part", "cn", "cn_paren", "ar", "ar_paren", "circled"),
    )
