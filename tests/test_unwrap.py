"""Hard-wrapped lines → paragraphs: boundaries, exact source spans, repaired text."""
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.archive.model import Line, Span
from generator.archive.read import split_lines
from generator.archive.repair import font_doubled_lines, repair_line
from generator.archive.unwrap import column_widths, join_lines, sets_another_measure, source_lines, unwrap

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def page(text: str) -> list[Line]:
    return [Line(number, line) for number, line in enumerate(text.split("\n"), start=1)]


def seed(stem: str) -> list[Line]:
    [path] = SEEDS.glob(f"{stem}_*.txt")
    return split_lines(path.read_text(encoding="utf-8"))


def ranges(paragraphs) -> list[tuple[int, int]]:
    return [(p.first_line, p.last_line) for p in paragraphs]


def paragraph_at(paragraphs, line: int):
    [found] = [p for p in paragraphs if any(s.line == line for s in p.spans)]
    return found


def squeeze(text: str) -> str:
    return re.sub(r"\s", "", text)


# --- crafted pages, one per wrapping style ------------------------------------------------------

# a) a blank line after every wrapped line; the two articles have different column widths.
STYLE_A = """京津冀协同推进口岸合作
本报讯 记者李华报道 近日，京津冀口岸工作联席会议在河北

省唐山市召开。三地商务部门共同签署了合作框架协议，明

确将进一步加强区域口岸合作，提升通关便利化水平。

协议按照优势互补、资源共享、共同发展的原则，从口岸

服务、通关便利、政策协同、“单一窗口”共建等方面提出

合作事项12条。

□ 本报记者 王 进

初冬时节，四川广安依然如春天般温

暖。伫立在青山绿水间的邓小平同志故

居，江水川流不息之声从耳畔拂过。

先行先试
建好首个跨省域“试验田”

推动成渝地区双城经济圈建设是党中

央作出的重大战略决策。广安市主动作

为，在深化川渝合作中扮演着破冰者的角

色。2020年底，川渝高竹新区成立。"""


def test_style_a_every_wrap_has_a_blank_line():
    paragraphs = unwrap(page(STYLE_A))
    assert ranges(paragraphs) == [(1, 1), (2, 6), (8, 12), (14, 14), (16, 20), (22, 22), (23, 23), (25, 31)]
    assert paragraphs[1].text.startswith("本报讯记者李华报道近日，京津冀口岸工作联席会议在河北省唐山市召开。")
    assert paragraphs[3].text == "□本报记者王进"


# b) column-wrapped lines, blank lines at paragraph ends and mid-sentence, stretched lines,
# a heading whose second line is as wide as the column, headlines printed after the body.
STYLE_B = """相向发展
培育发展新质生产力

6 月 21 日上午，重庆市党政代表团
前往川渝高竹新区竹苑平台、四川瑞创
汽车科技有限公司、川渝高竹新区综合
政务服务中心等地，实地考察新区规划
建设等情况。

瑞创是成渝地区双城经济圈众多
企业发展的一个缩影。去年“双圈”经济
总量达到8.19万亿元，占全国比重的

6.5％。四川经济总量去年突破6万亿元，
代 基 础 设 施 项 目 1—5 月 完 成 投 资
1081.4 亿元，现代产业项目 1—5 月完
成投资629.5亿元。

残有所助
设置社区康复机构（站点）超过400个

四川连续 9 年将“发放困难残疾人
生活补贴和重度残疾人护理补贴”纳入
全省民生实事予以推进，86 万困难残
疾人享受生活补贴，107 万一、二级重
度残疾人享受护理补贴；积极推动两项
补贴扩面，惠及 14 万三、四级智力和精
神残疾人。

持续加快民政精神卫生福利机
构建设，全省有 21 家机构，占全国的
1/7 强，开放床位近 2 万张，占全国的
1/4 强，精神卫生福利在机构数量、床
位数量、医院等级、综合实力、社会效
益发挥等多项指标上位居全国前列。
全省将进一步完善服务体系，推动同一
政务服务事项在川渝两地无差别受理。

成都日报锦观新闻记者 刘泰山
制图 江蕊松

省政府新闻办举行“四川强化基本民生保障新闻发布会”

聚焦弱有所扶老有颐养幼有所护残有所助"""


def test_style_b_column_wrapped_lines():
    paragraphs = unwrap(page(STYLE_B))
    assert ranges(paragraphs) == [(1, 1), (2, 2), (4, 8), (10, 17), (19, 19), (20, 20), (22, 28), (30, 37),
                                  (39, 39), (40, 40), (42, 42), (44, 44)]
    assert "经济总量达到8.19万亿元，占全国比重的6.5％。" in paragraphs[3].text  # across the blank line
    assert "代基础设施项目1—5月完成投资1081.4亿元" in paragraphs[3].text  # stretched line
    assert "位居全国前列。全省将进一步完善" in paragraphs[7].text  # flush line after a full stop
    assert paragraphs[8].text == "成都日报锦观新闻记者 刘泰山"  # headline candidate keeps its gap
    assert paragraphs[9].text == "制图 江蕊松"


# c) one paragraph per line, some split mid-word across a blank line.
STYLE_C = """协同创新开新局 八市齐力谱新篇

□ 本报记者 王进

近日，四川省政府新闻办在成都举行系列主题新闻发布会，成都、德阳、绵阳等八个市政府相关负责人出席会议介绍相关情况并回答记者提问。

协同创新 成都强化省会城市担当

成都突出南向开放，深化与川南

经济区合作，加密开行南向班列，启动建设长江上游国际物流园等合作项目。

为助力打造新型产业链，大庆石化公司于2022年6月正式立项40万吨二

氧化碳回收项目。

位于赣州市南康区的赣州国际陆港货运站，龙门吊正在吊运集装箱货柜。 本报记者 刘兴摄

新年伊始，南昌国际陆港门吊耸立，货物进出有序。

重大项目提速建设

今年上半年，川渝谋划实施一批重大项目，进一步夯实了“硬支撑”。

- 今年，川渝共同实施100项重大合作事项
- 嘉陵江利泽航运枢纽正式通航

重大政策加快落地"""


def test_style_c_one_paragraph_per_line():
    paragraphs = unwrap(page(STYLE_C))
    assert ranges(paragraphs) == [(1, 1), (3, 3), (5, 5), (7, 7), (9, 11), (13, 15), (17, 17), (19, 19),
                                  (21, 21), (23, 23), (25, 25), (26, 26), (28, 28)]
    texts = [p.text for p in paragraphs]
    assert texts[0] == "协同创新开新局 八市齐力谱新篇"
    assert texts[3] == "协同创新 成都强化省会城市担当"
    assert "深化与川南经济区合作" in texts[4]
    assert "40万吨二氧化碳回收项目。" in texts[5]
    assert texts[10] == "- 今年，川渝共同实施100项重大合作事项"


def test_lines_with_no_mark_as_wide_as_the_text_beside_them_are_wrapped_text():
    # captions of one sentence a line over a narrow column whose lines often carry no mark at all: the
    # column is still wrapped, not one paragraph a line
    text = "\n\n".join([
        "夏日江畔", "①孩子们在江边嬉水。", "②老人在树荫下下棋。", "③游客在步道上骑行。", "本组图片由记者 王小明 摄",
        "滨江步道全线贯通", "记者 李晓华",
        "近日，滨江步道最后一段完", "工，市民从东到西可一路步行", "至入海口沿途新设观景平台六",
        "处和休息驿站十二个方便游客", "歇脚。", "步道全长二十公里，串起沿江", "五个公园和三处历史街区夜间",
        "灯光同步开启吸引不少市民前", "来散步。"]) + "\n"
    assert ranges(unwrap(page(text)))[-2:] == [(15, 23), (25, 31)]


def test_short_paragraphs_printed_one_per_line_are_not_joined():
    text = ("第一篇的标题\n\n□ 本报记者 张三\n\n"
            "第一段正文，讲述了一件事情的来龙去脉，内容足够长足够长足够长足够长足够长。\n\n"
            "另一篇评论的开头，没有印出标题，但它其实是另一篇文章，讲的是另一件事情。\n\n李四\n")
    assert ranges(unwrap(page(text))) == [(1, 1), (3, 3), (5, 5), (7, 7), (9, 9)]


def test_nothing_joins_into_a_list_item_or_a_byline_marker():
    text = ("今年上半年，川渝围绕基础设施、产业发展、科技创新等重点领域，\n"
            "- 今年，川渝共同实施100项重大合作事项，共建300个重大项目\n"
            "- 嘉陵江利泽航运枢纽正式通航，\n"
            "□ 本报记者 王 进\n")
    assert ranges(unwrap(page(text))) == [(1, 1), (2, 2), (3, 3), (4, 4)]


def test_latin_words_split_at_a_line_end_keep_their_space():
    assert join_lines(["推动全球首条玻璃基Micro", "LED显示屏量产"]) == "推动全球首条玻璃基Micro LED显示屏量产"
    assert join_lines(["全市算力规模达到55", "00P。"]) == "全市算力规模达到5500P。"
    assert join_lines(["实现“川渝", "造”。"]) == "实现“川渝造”。"


def test_spans_cover_the_non_whitespace_extent_of_each_line():
    lines = page(" 相向发展\u3000\n\n  6 月 21 日上午，重庆市党政代表团 \n")
    paragraphs = unwrap(lines)
    assert [p.spans for p in paragraphs] == [(Span(1, 1, 5),), (Span(3, 2, 21),)]
    assert paragraphs[1].text == "6月21日上午，重庆市党政代表团"


def test_an_empty_page_has_no_paragraphs():
    assert unwrap([]) == []
    assert unwrap(page("\n \n\u3000\n")) == []


# --- the seed pages -----------------------------------------------------------------------------

@pytest.mark.parametrize("stem, before, after, joined", [
    ("002", 53, 55, "做好“双向开放、惠通四方”的大文章。"),
    ("003", 92, 94, "正式立项40万吨二氧化碳回收项目。"),
    ("002", 89, 91, "甘肃省统筹推进“省外输出、省内拓岗”"),
])
def test_seed_paragraphs_split_mid_word_are_joined(stem, before, after, joined):
    paragraphs = unwrap(seed(stem))
    paragraph = paragraph_at(paragraphs, before)
    assert paragraph is paragraph_at(paragraphs, after)
    assert joined in paragraph.text


def test_seed_001_mid_sentence_blank_lines_are_bridged():
    paragraphs = unwrap(seed("001"))
    assert "达到8.19万亿元，占全国比重的6.5％。" in paragraph_at(paragraphs, 37).text
    assert paragraph_at(paragraphs, 37) is paragraph_at(paragraphs, 39)


def test_seed_001_boundaries():
    found = set(ranges(unwrap(seed("001"))))
    expected = {
        (1, 1), (2, 2), (4, 4), (6, 12), (14, 18), (20, 30), (32, 40), (42, 48), (50, 59), (61, 61), (62, 62),
        (63, 63), (65, 69), (71, 82), (84, 91), (93, 99), (101, 114), (116, 116), (117, 117), (127, 127),
        (128, 128), (154, 154), (155, 155), (176, 176), (177, 177), (179, 183), (201, 201), (202, 202),
        (204, 210), (227, 227), (229, 229), (231, 231), (233, 233), (235, 235), (236, 236), (238, 238),
        (239, 239), (241, 241), (242, 261), (306, 306), (307, 307), (309, 309), (310, 310), (312, 317),
        (344, 392), (394, 421), (550, 550), (552, 552), (554, 554), (556, 557), (559, 562), (567, 567),
    }
    assert expected <= found, sorted(expected - found)


def test_seed_000_boundaries():
    paragraphs = unwrap(seed("000"))
    found = set(ranges(paragraphs))
    expected = {
        (1, 1), (2, 10), (12, 22), (24, 36), (38, 50), (52, 52), (54, 62), (64, 76), (88, 88), (89, 89),
        (91, 103), (159, 159), (160, 160), (250, 250), (251, 251), (359, 359), (361, 361), (362, 362),
        (364, 364), (365, 365), (366, 370), (372, 372), (373, 381), (417, 417), (418, 426), (454, 462),
    }
    assert expected <= found, sorted(expected - found)
    assert paragraph_at(paragraphs, 52).text == "□本报记者王进"
    assert paragraph_at(paragraphs, 361).text == "中共中央召开党外人士座谈会"


def test_seed_headlines_printed_after_bodies_stay_apart():
    paragraphs = unwrap(seed("004"))
    assert paragraph_at(paragraphs, 68).text == "唱好「双城记」 共建经济圈"
    assert ranges(paragraphs)[-6:] == [(137, 137), (139, 139), (141, 141), (142, 142), (143, 143), (147, 147)]
    assert "成渝一体两核多点多点区域联动" in paragraph_at(paragraphs, 23).text  # printed typo kept


def test_seed_doubled_glyphs_are_collapsed():
    paragraphs = unwrap(seed("001"))
    assert paragraph_at(paragraphs, 564).text == "成渝中线高铁土红"
    assert paragraph_at(paragraphs, 567).text == "西部（成都）科学城"


def test_column_widths_follow_each_article():
    columns = column_widths(seed("000"))
    assert 22 <= columns[20] <= 26  # first article, about 24 ideographs
    assert 16 <= columns[101] <= 19  # second article, about 17.5
    assert 15 <= column_widths(seed("001"))[101] <= 18


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem[:3])
def test_seed_pages_lose_nothing(path):
    lines = split_lines(path.read_text(encoding="utf-8"))
    assert_covered_exactly_once(lines, unwrap(lines))


# --- properties ---------------------------------------------------------------------------------

def assert_covered_exactly_once(lines: list[Line], paragraphs) -> None:
    text = {line.number: line.text for line in lines}
    repeated = font_doubled_lines(lines)
    owners: dict[tuple[int, int], int] = {}
    for paragraph in paragraphs:
        for span in paragraph.spans:
            for position in range(span.start, span.end):
                owners[(span.line, position)] = owners.get((span.line, position), 0) + 1
        sources = [(text[s.line][s.start:s.end], s.line in repeated) for s in paragraph.spans]
        assert squeeze(paragraph.text) == "".join(squeeze(repair_line(s, whole_line=w)) for s, w in sources)
        if len(sources) > 1:  # joined lines are repaired as body text
            assert paragraph.text == join_lines([repair_line(s, whole_line=w) for s, w in sources])
        else:
            (source, whole), = sources
            assert paragraph.text in (repair_line(source, False, whole), repair_line(source, True, whole))
    for line in lines:
        for position, char in enumerate(line.text):
            if not char.isspace():
                assert owners.get((line.number, position)) == 1, (line.number, position, char)
    numbers = [s.line for p in paragraphs for s in p.spans]
    assert numbers == sorted(numbers) and len(numbers) == len(set(numbers))  # source order, one span a line


WORDS = ["成渝地区", "双城经济圈", "建设", "重庆", "四川", "发展", "新质生产力", "8.19万", "2024年", "Micro", "LED",
         "，", "。", "、", "“", "”", "（", "）", "：", "- ", "□ ", "本报讯 ", "摄", "王 进", "中 共 中 央", " ", "\u3000"]
line_texts = st.lists(st.sampled_from(WORDS), max_size=14).map("".join)
random_lines = st.text(alphabet=st.sampled_from(list("中国人民成都，。、“” aZ09-□\u3000")), max_size=30)
pages = st.lists(st.one_of(line_texts, random_lines, st.just("")), max_size=40)


@settings(max_examples=300, deadline=None)
@given(pages)
def test_unwrap_never_loses_or_duplicates_a_character(texts):
    lines = [Line(number, text) for number, text in enumerate(texts, start=1)]
    assert_covered_exactly_once(lines, unwrap(lines))


@settings(max_examples=100, deadline=None)
@given(pages)
def test_unwrap_is_deterministic(texts):
    lines = [Line(number, text) for number, text in enumerate(texts, start=1)]
    assert unwrap(lines) == unwrap(lines)


def test_an_indented_first_line_that_fills_its_column_runs_on():
    from generator.archive.model import Line
    from generator.archive.unwrap import unwrap
    text = ["新探索，复制推广更多自贸区建设的", "成功经验好做法，持续优化营商环境，", "深化对内对外开放。", "",
            "\u3000\u3000江西省2024年政府工作报告", "提出，今年，将促进内陆开放型经济", "试验区建设提质增效，积极对接国际", "高标准经贸规则。"]
    paragraphs = unwrap([Line(n, t) for n, t in enumerate(text, start=1)])
    assert [p.text[:6] for p in paragraphs] == ["新探索，复制", "江西省202"]


def test_a_sentence_end_before_a_blank_line_ends_the_paragraph():
    """A blank line after a finished sentence ends a paragraph even when the next line runs flush:
    joining there would run an unsigned piece printed right below into the article above."""
    text = ("　　开放之门越开越大，开放型经济规模不断壮大。目前，\n全省已与四十二个国家建立友好城市关系，企业累\n"
            "计在一百多个国家和地区设立境外企业和机构，成效显著。\n\n"
            "昨天，川渝两地党政联席会议座谈会在四川广安召开。会\n议聚焦深化改革激发创新活力等议题展开交流。\n")
    assert ranges(unwrap(page(text))) == [(1, 3), (5, 6)]


def test_a_line_without_clause_marks_ends_before_a_sentence_opener():
    lines = page("会议强调，要建成一批数字化车间和智能工厂，推动产业升级。\n\n"
                 "青岛即墨:科技创新助推经济高质量发展\n"
                 "今年以来,青岛市即墨区聚焦“新技术、新产\n"
                 "业、新业态、新模式”发展,围绕汽车、纺织、\n"
                 "造船、高端装备等千亿级产业集群,从政策引\n"
                 "领、平台搭建等方面赋能工业经济。\n")
    assert [p.text for p in unwrap(lines)][1] == "青岛即墨:科技创新助推经济高质量发展"


def test_a_line_that_leaves_a_bracket_open_continues_its_paragraph():
    lines = page("江西制造业量质齐升，产业链现代化建设加快推进，成效明显。\n\n"
                 "2023年7月，江西制定推出了《江西省制造业重\n"
                 "点产业链现代化建设“1269”行动计划（202\n"
                 "3—2026年）》，即电子信息、有色金属、装备制造等产业链。\n")
    assert [p.text[:4] for p in unwrap(lines)] == ["江西制造", "2023"]


def test_in_a_blank_separated_page_a_closing_credit_and_a_last_title_line_end_paragraphs():
    lines = page("京津冀三地共同签署口岸合作框架协议，明确将进一步加强\n\n区域口岸合作，提升三地跨境贸易便利化水平和通关效率\n\n"
                 "进一步加强京津冀区域口岸合作，提升通关便利。（钟思洋）\n\n"
                 "社区开设老年人智能手机课堂，志愿者手把手教授扫码支付\n\n网上挂号，视频通话等操作受到老年人普遍欢迎和一致好评\n\n"
                 "多个社区开设智能手机课堂，帮助老年人跨越数字鸿沟。\n\n"
                 "聚焦弱有所扶老有颐养幼有所护残有所助织密兜牢民生底线\n\n（上接06版）\n\n"
                 "构建年满十八周岁后的孤困儿童教育资助体系，助力成长。\n")
    assert [p.text[:4] for p in unwrap(lines)] == ["京津冀三", "社区开设", "聚焦弱有", "（上接0", "构建年满"]


def test_where_every_line_is_set_apart_a_short_line_after_a_sentence_is_a_headline():
    lines = page("次人才名医名师评价认定和支持办法\n\n(试行)》,靶向引进心内科、消化\n\n内镜、胃肠外科、康复医学、中医学、\n\n"
                 "妇科等学科医疗类人才,成立以名医\n\n姓名命名的“名医工作室”,每年分\n\n别给予国家级、省级、市级“名医工\n\n"
                 "作室”经费支持。（来源：央视新闻）\n\n甘肃外输内拓稳就业促增收\n\n春节将至，在甘肃康乐县苏集镇、流\n\n"
                 "川乡、鸣鹿乡、胭脂镇等乡镇，一些\n\n外出务工人员家里来了一位特殊的客\n\n人。\n")
    assert "甘肃外输内拓稳就业促增收" in [p.text for p in unwrap(lines)]


@pytest.mark.parametrize("date", ["6月21日", "6月21日上午", "2023年以来"])
def test_a_headline_glued_to_its_text_ends_before_a_dated_sentence(date):
    lines = page("本报记者 魏新 通讯员 武敏雯\n聚焦弱有所扶老有颐养幼有所护残有所助\n"
                 f"{date}，四川省人民政府新闻办公室\n举行“四川强化基本民生保障新闻发布会”。\n")
    assert [p.text for p in unwrap(lines)][1] == "聚焦弱有所扶老有颐养幼有所护残有所助"


def test_a_caption_closed_by_a_supplied_picture_credit_ends_its_paragraph():
    lines = page("近日，游客在公园内赏花游\n玩。安亭镇供图\n甘肃外输内拓稳就业促增收\n记者 武杰洋 通讯员 朱光斌\n"
                 "春节将至，在甘肃康乐县苏集镇、流\n川乡、鸣鹿乡等乡镇走访慰问。\n")
    assert [p.text for p in unwrap(lines)][:2] == ["近日，游客在公园内赏花游玩。安亭镇供图", "甘肃外输内拓稳就业促增收"]


def test_a_title_line_under_a_finished_sentence_and_over_a_wider_headline():
    lines = page("加大部门间协同，带着对困难\n\n群众的深厚感情，将党和政府\n\n" * 4 + "对困难群众的关心落到实处。\n\n"
                 "四部门发布就业援助新政策\n\n深化改革激发创新活力相互赋能发展新质生产力\n\n本报讯 记者方嘉报道 6月21日，重庆市党政代表团赴广安考察。\n")
    assert "四部门发布就业援助新政策" in [p.text for p in unwrap(lines)]


def test_where_every_line_is_set_apart_a_full_title_line_over_a_news_opener_is_a_headline():
    """A line with no clause mark under a finished sentence and over a sentence opener cannot end
    the paragraph above, however wide: it is the next story's headline."""
    lines = page("专区，夯实蓉易办、蓉易享、蓉易\n\n见及12345助企热线四位一体、\n\n"
                 "线上线下联动服务机制，做优12\n\n345亲清在线特色营商环境品牌。\n\n"
                 "大庆石化二氧化碳回收项目建成中交\n\n近日,大庆石化公司重点环保项目\n\n"
                 "全面建成中交，运行平稳。\n")
    assert "大庆石化二氧化碳回收项目建成中交" in [p.text for p in unwrap(lines)]


def test_a_dash_subtitle_ends_before_the_first_sentence_of_the_text():
    lines = page("钦州多措并举推进“金融活水”畅流乡村\n\n——截至4月底,今年投入乡村振兴领域资金超过128亿元\n\n"
                 "近年来,广西钦州市通过加大财政\n\n资金投入力度,拓宽金融贷款服务\n\n范围,推动乡村产业高质量发展。\n")
    assert [p.text[:6] for p in unwrap(lines)] == ["钦州多措并举", "——截至4月", "近年来,广西"]


def test_a_paragraph_stopping_mid_word_goes_on_into_a_line_as_wide_beside_wider_captions():
    """The captions around set the local column wider than this one's: a line as wide as the
    running text it goes on from is more of that text all the same."""
    lines = page(
                 "城事图说\n"
                 "川渝高竹新区位于四川省广安市邻水县高滩镇与重庆\n"
                 "市渝北区茨竹镇交界处，目前建成区面积6.5平方\n"
                 "公里，初步形成以汽车研发制造为主的装备制造业集\n"
                 "群，是重庆两江新区配套产业园、四川省新型工业化\n"
                 "示范基地、成渝地区双城经济圈产业合作示范园区。\n"
                 "图为观众在川渝高竹新区规划馆参观。 （受访者供\n"
                 "图）\n"
                 "\n"
                 "1月28日，养殖工人在山东\n"
                 "省荣成市寻山街道的海上养殖\n"
                 "区进行海带养殖冬季管理。目\n"
                 "前，正是当地海带冬管期，养\n"
                 "殖工人冒着严寒清理海带筏架\n"
                 "覆草，积极开展渔业养殖管护\n"
                 "等海上作业。 （通讯员供图）\n"
                 "\n"
                 "5月17日,杭州市临平区塘栖镇一年一\n"
                 "度的枇杷节正式开幕,众多游客参加摘枇\n"
                 "杷、尝枇杷菜、枇杷树下玩卡丁车等活动。\n"
                 "塘栖镇枇杷种植面积约有1.5万亩,成\n"
                 "熟季从5月中旬开始,大约20天,到6\n"
                 "月上旬基本结束。图为游客在塘栖镇塘栖\n"
                 "村的枇杷园中采摘枇杷。\n"
                 "通讯员供图\n"
                 "\n")
    assert (10, 16) in ranges(unwrap(lines))


def test_a_long_kicker_does_not_run_into_the_title_under_it():
    lines = page("经济参考报·区域\nA8\n2024.05.11 星期六\n\n"
                 "成都平原经济区创新推进一体化改革发展,推动构建四川省区域协调高质量发展新格局\n协同创新开新局 八市齐力谱新篇\n"
                 "记者 董伟辉 北京报道\n■导读\n\n近日,四川省政府新闻办在成都举行“五区共兴”系列主题新闻发\n"
                 "布会——成都平原经济区专场,成都、德阳、绵阳、遂宁、乐山、\n雅安、眉山、资阳八个市政府相关负责人出席会议介绍相关情况并\n"
                 "回答记者提问。\n")
    assert "协同创新开新局 八市齐力谱新篇" in [p.text for p in unwrap(lines)]


def test_an_opener_inside_a_clause_does_not_end_the_line_before():
    lines = page("●青少年足球联赛开赛\n\n本届市青少年足球联赛\n\n近日开赛，来自全市的\n\n六十余支队伍参赛。\n")
    assert [p.text for p in unwrap(lines)][1:] == ["本届市青少年足球联赛近日开赛，来自全市的六十余支队伍参赛。"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_schedules_rows_are_one_paragraph_each_however_wrapped(gap):
    rows = ["因线路检修，以下区域将停电：", "7月2日 8:00—1", "7:00 东湖街道滨河路", "沿线", "7月3日 9:00—15", ":00 西山镇五里村",
            "7月4日 8:00—12:00", "南湖街道工业园区", "7月5日 8:00—12:00", "北山村"]
    assert [p.text for p in unwrap(page(gap.join(rows) + "\n\n城区新增一批共享充电桩\n"))] == [
        "因线路检修，以下区域将停电：", "7月2日8:00—17:00东湖街道滨河路沿线", "7月3日9:00—15:00西山镇五里村",
        "7月4日8:00—12:00南湖街道工业园区", "7月5日8:00—12:00北山村", "城区新增一批共享充电桩"]


def test_a_cut_notices_rows_may_give_their_hours_in_words():
    rows = ["因管道维修，以下区域将停水：", "8时至17时 东湖街道某", "某社区", "9时至18时 西山镇某某", "村",
            "22时至次日6时 南湖街", "道某某小区"]
    assert [p.text for p in unwrap(page("\n".join(rows) + "\n\n城区新增一批共享充电桩\n"))] == [
        "因管道维修，以下区域将停水：", "8时至17时东湖街道某某社区", "9时至18时西山镇某某村", "22时至次日6时南湖街道某某小区",
        "城区新增一批共享充电桩"]


def test_a_cut_notices_rows_may_give_their_day_before_the_hours_in_words():
    rows = ["因管道维修，以下区域将停水：", "7月2日8时至17时 东湖街道某", "某社区", "7月2日9时至18时 西山镇某某", "村",
            "7月3日8时至16时 南湖街道某", "某小区"]
    assert [p.text for p in unwrap(page("\n".join(rows) + "\n\n城区新增一批共享充电桩\n"))] == [
        "因管道维修，以下区域将停水：", "7月2日8时至17时东湖街道某某社区", "7月2日9时至18时西山镇某某村",
        "7月3日8时至16时南湖街道某某小区", "城区新增一批共享充电桩"]


def test_a_listings_rows_open_with_their_times_and_a_timelines_sentences_run_on():
    listing = "18:30 新闻联播\n19:40 电视剧：江畔人家（\n5、6）\n21:00 百姓说事\n22:10 晚间新闻\n"
    assert [p.text for p in unwrap(page(listing))] == ["18:30新闻联播", "19:40电视剧：江畔人家（5、6）", "21:00百姓说事",
                                                      "22:10晚间新闻"]
    timeline = "21:30，消防员抵达现场，\n迅速展开救援。21:45，\n火势得到控制。\n"
    assert len(unwrap(page(timeline))) == 1


def test_a_schedules_last_row_runs_on_as_the_rows_above_do():
    # each row wraps once, no blank line inside it, a blank line between rows: the last row takes
    # its second line though that line is wider than the row's first, and not the title set apart under it
    rows = "7月13日 10:30 滨江\n公园 城市阅读分享会（免费）\n\n7月13日 14:00 老街\n西段 亲子手工体验课（免费）\n\n"
    last = "7月14日 15:00 老街\n西段 非遗市集（免费）\n\n"
    assert [p.text for p in unwrap(page(rows + last + "夏夜纳凉\n\n公园湖面上，游客划船游玩。\n"))] == [
        "7月13日10:30滨江公园城市阅读分享会（免费）", "7月13日14:00老街西段亲子手工体验课（免费）",
        "7月14日15:00老街西段非遗市集（免费）", "夏夜纳凉", "公园湖面上，游客划船游玩。"]


def test_an_indented_first_line_with_no_clause_mark_runs_on():
    # a notice's points each on a line, then a paragraph whose indented first line breaks mid-word
    lines = page("征文启事\n　　为丰富社区文化生活，现面向居民征集作品，事项如下：\n"
                 "　　一、征集内容：散文、诗歌和摄影作品。\n　　二、参与对象：本社区居民及在校学生。\n"
                 "　　三、截稿时间：2024年11月3日。\n　　入选作品将在社区文化长廊和公众号刊\n发展示。\n")
    assert [p.text for p in unwrap(lines)][-1] == "入选作品将在社区文化长廊和公众号刊发展示。"


def test_a_papers_short_name_before_xun_opens_a_paragraph_under_a_deck():
    # 晨报讯, 快报讯: a metro paper dates its pieces by its short name, one glyph before 报
    text = ("城东口袋公园 家门口的好去处\n城东新区利用边角地块建设口袋公园,方便市民就近休闲健身\n"
            "晨报讯 城东新区坚持把为民办\n实事放在优先位置,利用边角地\n块建设一批口袋公园。\n")
    assert [p.text for p in unwrap(page(text))][1:] == ["城东新区利用边角地块建设口袋公园,方便市民就近休闲健身",
                                                       "晨报讯城东新区坚持把为民办实事放在优先位置,利用边角地块建设一批口袋公园。"]


def test_an_indented_first_line_as_wide_as_the_text_under_it_runs_on_past_wider_captions():
    # a brief set narrower than the caption above it: its indented first line fills the brief's own measure
    text = ("1月27日，在城东的老街上，民间艺人正在表演非遗项目。随着春节临近，\n"
            "各地举办丰富多彩的活动，为市民游客带来一场场视觉盛宴。本\n报记者 王明远 摄\n\n"
            "社区图书室添新书\n　　本市一间社区图书室日前添置\n图书五百册，方便居民借阅。（记\n者 陈方）\n")
    assert [p.text for p in unwrap(page(text))][-2:] == ["社区图书室添新书", "本市一间社区图书室日前添置图书五百册，方便居民借阅。（记者陈方）"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_time_broken_inside_its_minutes_is_joined(gap):
    rows = ["■列车运行图调整", "部分旅客列车调整", "K1234次 临江—江北 11:1", "5开", "K5678次 江北—临江 15:", "30开",
            "K2468次 临江—南湖 08:3", "0开 周末开行"]
    assert [p.text for p in unwrap(page(gap.join(rows) + "\n"))][2:] == [
        "K1234次临江—江北11:15开", "K5678次江北—临江15:30开", "K2468次临江—南湖08:30开周末开行"]


def test_a_readers_comment_opens_a_paragraph_and_runs_on_to_its_end():
    comments = "看了报道很受启发\n@江边阿明：这样的便民举措越\n多越好，点赞！\n网友“海风”：建议在周末也开\n放，方便上班族。\n"
    assert [p.text for p in unwrap(page(comments))][1:] == ["@江边阿明：这样的便民举措越多越好，点赞！",
                                                          "网友“海风”：建议在周末也开放，方便上班族。"]


def test_a_number_broken_at_the_line_end_and_an_announcing_sentence_run_on():
    lines = page("某某幼儿园秋季招生公告\n为做好秋季学期招生工作，现将有关\n事项公告如下：\n一、招生对象：年满三周岁的适龄儿\n童。\n"
                 "咨询电话：0576-863084\n57。\n")
    assert [p.text for p in unwrap(lines)][1:] == ["为做好秋季学期招生工作，现将有关事项公告如下：", "一、招生对象：年满三周岁的适龄儿童。",
                                                  "咨询电话：0576-86308457。"]


def test_a_byline_broken_after_its_outlet_is_one_paragraph():
    # the paper and its app alone on a line, the role and name under it: one byline, no headline
    paragraphs = unwrap(page("城乡公交一体化全面铺开\n新文化报·彩练新闻 \n记者 王明远\n近日，市里召开城乡公交一\n体化推进会，部署重点任务。"))
    assert ranges(paragraphs) == [(1, 1), (2, 3), (4, 5)]


def test_a_jump_line_broken_before_its_last_characters_is_joined():
    text = ("地“广阔”而物产丰；致“广大”而事业成；业\n“广兴”而城乡美；促“广惠”而民富足。“渝\n"
            "广”合作、“深广”合作、“湖广”合作、“蓉\n广”合作、“川港”合作，五大开放平台互促共\n"
            "融，广安市新时代改革开放渐入佳境。下转第2\n版\n\n快评")
    paragraphs = unwrap(page(text))
    assert ranges(paragraphs) == [(1, 6), (8, 8)]


def test_an_indented_line_opens_a_paragraph_and_a_first_line_counts_its_indent():
    # a title under its byline, with no stop and no blank line, stays over the indented first line
    titled = ("江城夏夜\n图1老街上，游客驻足。\n图2江边，市民合唱。\n图3夜市里，摊主忙碌。\n图1、2、3为本报记者 钟丽超摄\n\n"
              "本报记者 王明远\n城乡公交一体化改革全面铺开\n\u3000\u3000春节将至，市里召开城乡公交一体\n化推进会，部署今年的重点任务，要求\n"
              "各区县加快建设城乡公交网络，让农村\n群众出门就能坐上公交车，逐步实现城\n乡公交站点全覆盖、票价同城化，进一\n步提升群众的获得感和幸福感。")
    assert ranges(unwrap(page(titled)))[-3:] == [(7, 7), (8, 8), (9, 14)]
    # an indented first line stopping inside a book title runs on into lines wider by its indent
    first = ("\u3000\u3000希望有关部门实地看一看，把\n站台往后挪几十米，方便居民出\n行，也让大家走得更安心。\n\n东城区读者 王明\n\n长安观察\n\n"
             "◇李红\n\n\u3000\u3000近日印发的《城乡公交一体\n化发展规划》提出，加快建设城乡公\n交网络，全面提升群众出行的便利\n"
             "度，让大家走得更加安心、舒心。")
    assert ranges(unwrap(page(first)))[-1] == (11, 14)


def test_a_deck_wider_than_the_column_stays_apart_where_every_line_is_set_apart():
    text = ("城乡公交一体化全面铺开\n\n全市新开通公交线路四十条,农村群众出门就能坐上公交车\n\n市里近日召开城乡公交一体化推\n\n"
            "进会，部署今年的重点任务，要求\n\n各区县加快建设城乡公交网络，\n\n让农村群众出行更加方便快捷。")
    assert ranges(unwrap(page(text))) == [(1, 1), (3, 3), (5, 11)]
    # a caption wider than the column, ending its sentence on the next line, is one paragraph
    caption = text.replace("坐上公交车\n\n", "坐上公交\n\n车。\n\n")
    assert ranges(unwrap(page(caption)))[1] == (3, 5)


def test_a_first_line_under_the_page_header_as_wide_as_the_text_is_text():
    # justified lines vary: the first line under the header is as wide as the wider of the two under it
    lines = page("A06\n南宁新闻\n\n城东新建的城乡公交首末站位于江滨大道与兴宁路交汇\n处东侧，占地约1.2万平方米，可同时停放公交车\n"
                 "六十余辆，是全市规模最大的公交首末站之一，设有充\n电桩四十个。图为市民在首末站候车。\n记者 陆敏华 摄")
    assert ranges(unwrap(lines, frozenset({1, 2})))[2] == (4, 7)


def test_a_headline_under_a_boxs_rows_ends_before_its_texts_opener_word():
    # ■银川天气 / intro / rows / / headline / 近日印发的… (no comma after the opener): the headline stands alone
    text = ("■江城天气\n据市气象台预报，未来三天全\n市以晴到多云天气为主，昼夜温差\n较大。\n"
            "城区 晴转多云 19℃～30℃\n江北 多云 15℃～28℃\n南湖 晴 16℃～27℃\n\n"
            "在黄河流域生态保护中走在前列\n近日印发的《中共中央国务院关于\n全面推进美丽中国建设的意见》提\n"
            "出，积极稳妥推进碳达峰碳中和。\n")
    paragraphs = unwrap(page(text))
    assert paragraph_at(paragraphs, 9).text == "在黄河流域生态保护中走在前列"


def test_under_a_bulleted_title_the_line_over_an_opener_word_is_the_briefs_text():
    text = ("●青少年足球联赛开赛\n\n本届市青少年足球联赛\n\n近日开赛，来自全市的\n\n三十支球队参赛。\n")
    paragraphs = unwrap(page(text))
    assert paragraph_at(paragraphs, 3).text == "本届市青少年足球联赛近日开赛，来自全市的三十支球队参赛。"


def test_a_forecasts_rows_open_with_a_date_and_weekday_and_no_time():
    # a weather box's days, each row wrapped by the column (…有几 / 阵骤雨, …干燥 1 / 5～19℃)
    paragraphs = unwrap(page("天文台九天天气预报\n\n12月25日 星期三 天晴 干燥 1\n5～19℃\n\n"
                             "12月26日 星期四 部分时间有阳光\n 13～18℃\n\n12月27日 星期五 大致多云 有几\n阵骤雨 13～19℃\n"))
    assert [squeeze(p.text) for p in paragraphs] == ["天文台九天天气预报", "12月25日星期三天晴干燥15～19℃",
                                                     "12月26日星期四部分时间有阳光13～18℃",
                                                     "12月27日星期五大致多云有几阵骤雨13～19℃"]


def test_a_weeks_forecast_rows_open_with_the_weekday_alone():
    # a week's forecast prints no dates: each row opens with its weekday (星期五 大致多云 25～33 / ℃)
    paragraphs = unwrap(page("本港天气\n星期五 大致多云 25～33\n℃\n星期六 有几阵骤雨及雷暴 2\n7～30℃\n"
                             "星期日 有一两阵骤雨 26～\n30℃\n"))
    assert [squeeze(p.text) for p in paragraphs] == ["本港天气", "星期五大致多云25～33℃", "星期六有几阵骤雨及雷暴27～30℃",
                                                     "星期日有一两阵骤雨26～30℃"]


def test_a_tables_rows_open_with_a_place_and_two_measures():
    # a sea-state box: each row a place, its wave height and water temperature, and a verdict the column wraps
    paragraphs = unwrap(page("海况预报\n三亚湾 浪高0.7米 水温30℃ 较\n适宜游泳\n西岛 浪高1.2米 水温27℃ 适宜\n潜水\n"
                             "大东海 浪高1.1米 水温30℃ 适\n宜潜水\n"))
    assert [squeeze(p.text) for p in paragraphs] == ["海况预报", "三亚湾浪高0.7米水温30℃较适宜游泳", "西岛浪高1.2米水温27℃适宜潜水",
                                                     "大东海浪高1.1米水温30℃适宜潜水"]


def test_a_figure_broken_before_its_decimal_point_is_one_line():
    # a data box's row wrapped inside its figure (…同比增长6 / .8%, …9.2 / %), blank lines between or not
    paragraphs = unwrap(page("数据速览\n\n全国最高用电负荷 14.51亿千瓦 同比增长6\n\n.8%\n\n"
                             "跨省跨区输电 2.1亿千瓦 同比增长9.2\n%\n"))
    assert [squeeze(p.text) for p in paragraphs] == ["数据速览", "全国最高用电负荷14.51亿千瓦同比增长6.8%",
                                                     "跨省跨区输电2.1亿千瓦同比增长9.2%"]


def test_a_figure_whose_unit_the_column_cut_is_one_row_and_the_box_its_rows():
    """社会消费品零售总额 2240.5 / 亿元: a data box's row cut before its unit is one line; the rows, what they count
    running to ten characters or their figure a change (增长6.1%), are the box's rows, not headlines."""
    from generator.archive.classify import classify
    text = ("■数据速览\n\n上半年主要指标\n\n社会消费品零售总额 2240.5\n亿元\n\n规上工业增加值 增长6.1%\n\n"
            "地区生产总值 5154.8亿元\n\n高新技术企业 3860家\n")
    lines = page(text)
    paragraphs = unwrap(lines)
    assert [squeeze(p.text) for p in paragraphs][2] == "社会消费品零售总额2240.5亿元"
    blocks = classify(paragraphs, {line.number: line for line in lines})
    assert [b.kind for b in blocks][2:] == ["listitem"] * 4


def test_a_figure_broken_after_its_decimal_point_is_one_line():
    paragraphs = unwrap(page("数据速览\n\n全国最高用电负荷 14.51亿千瓦 同比增长6.\n8%\n"))
    assert [squeeze(p.text) for p in paragraphs] == ["数据速览", "全国最高用电负荷14.51亿千瓦同比增长6.8%"]



def test_a_code_broken_before_its_last_digits_is_one_line():
    # a box's row wrapped in its last cell, a flight's number (…每周五班 MU5 / 361, …3U / 8802)
    paragraphs = unwrap(page("新开航线\n临江—三亚 每周五班 MU5\n361\n临江—拉萨 每周两班 3U\n8802\n"))
    assert [squeeze(p.text) for p in paragraphs] == ["新开航线", "临江—三亚每周五班MU5361", "临江—拉萨每周两班3U8802"]


def test_a_deck_wider_than_the_column_right_under_its_headline_ends_there():
    """Where no line is set apart, a line far wider than the column under a headline, with no
    sentence in it, over text wrapped at its measure is the deck, not the text's first line."""
    lines = page("10版 城事\n\n◆城区新增一批共享充电桩 方便市民出行\n"
                 "市交通部门加快补齐公共充电设施短板,推动城区绿色出行服务提质增效\n"
                 "近日,市交通部门在城区主干道、\n商圈和居民小区周边新增一批共\n享充电桩,覆盖多个街道,为新\n"
                 "能源汽车车主提供便利服务。\n")
    assert [p.text[:6] for p in unwrap(lines)][-2:] == ["市交通部门加", "近日,市交通"]


def test_a_groups_numbered_caption_runs_on_to_its_stop():
    lines = page("夏日龙江 处处生机\n\n图①：江畔步道上，市民骑行健身。（何红 摄）\n"
                 "图②：农场职工操作植保无人机为大豆田喷施叶面\n肥。（通讯员 孟毅 摄）\n")
    assert [squeeze(p.text) for p in unwrap(lines)][-1] == "图②：农场职工操作植保无人机为大豆田喷施叶面肥。（通讯员孟毅摄）"


def test_a_company_notice_opens_a_paragraph_flush_or_letter_spaced():
    from generator.archive.unwrap import opens_paragraph
    assert opens_paragraph("远航股份（000875）：公司公告称，")
    assert opens_paragraph("■华辰 新 材 （ 6 0 3 0 01）：公司公告称，")
    assert not opens_paragraph("远航股份近日收到政府补助资金，")



def test_a_phone_broken_in_its_area_code_is_one_number():
    paragraphs = unwrap(page("根据评选办法，经逐级推荐、审核，现将拟命\n名名单予以公示（排名不分先后）：\n\n"
                             "　　1.第某师某某团某某连\n2.第某师某某团某某连\n\n　　公示时间为10月12日起五个工作日。\n"
                             "如有异议，请以书面形式反映。联系电话：0\n991-64039691\n\n某某精神文明建设委员会办公室\n2024年10月9日"))
    assert [squeeze(p.text) for p in paragraphs][-3:] == [
        "如有异议，请以书面形式反映。联系电话：0991-64039691", "某某精神文明建设委员会办公室", "2024年10月9日"]


def test_a_phone_under_its_label_and_colon_is_one_number():
    paragraphs = unwrap(page("　　公示时间为10月12日起五个工作日。\n\n如有异议，请以书面形式反映。联系电话：\n"
                             "0991-64039691\n\n某某精神文明建设委员会办公室\n2024年10月9日"))
    assert [squeeze(p.text) for p in paragraphs][-3:] == [
        "如有异议，请以书面形式反映。联系电话：0991-64039691", "某某精神文明建设委员会办公室", "2024年10月9日"]


def test_a_phone_broken_before_its_last_digit_is_one_number():
    paragraphs = unwrap(page("　　由此给您带来的不便，敬请谅解。\n\n报修电话：0472-7722705\n\n9\n\n某某热力有限公司\n\n"
                             "2024年7月30日"))
    assert [squeeze(p.text) for p in paragraphs][-3:] == [
        "报修电话：0472-77227059", "某某热力有限公司", "2024年7月30日"]


def test_a_phone_broken_after_its_area_code_is_one_number():
    paragraphs = unwrap(page("　　由此给您带来的不便，敬请谅解。\n\n如遇雨天，顺延。咨询电话：0574-861\n\n47784\n\n"
                             "某某供电公司\n\n2024年7月30日"))
    assert [squeeze(p.text) for p in paragraphs][-3:] == [
        "如遇雨天，顺延。咨询电话：0574-86147784", "某某供电公司", "2024年7月30日"]


def test_a_phone_broken_before_its_hyphen_is_one_number():
    # the area code ends a line and the hyphen opens the next: no list item's dash
    paragraphs = unwrap(page("　　施工自6月6日开始，请用户提前做好储\n水准备。如有疑问，请拨打服务热线：0579\n-82197916\n\n"
                             "某某市某某供水有限公司\n2024年6月3日"))
    assert [squeeze(p.text) for p in paragraphs][-3:] == [
        "施工自6月6日开始，请用户提前做好储水准备。如有疑问，请拨打服务热线：0579-82197916", "某某市某某供水有限公司",
        "2024年6月3日"]


def test_a_time_range_broken_inside_its_closing_time_is_one_line():
    paragraphs = unwrap(page("【过海提示】\n\n新海港—海安新港 07:00—2\n2:00 约20分钟一班\n\n新海港—徐闻港 07:00—21\n"
                             ":00 约40分钟一班"))
    assert [squeeze(p.text) for p in paragraphs][1:] == ["新海港—海安新港07:00—22:00约20分钟一班",
                                                        "新海港—徐闻港07:00—21:00约40分钟一班"]


def test_a_forecasts_rows_end_on_their_temperatures():
    paragraphs = unwrap(page("今日天气\n\n中部 晴时多云 27～35℃\n\n离岛 多云 27～31℃\n\n北部 多云午后雷阵雨 26～\n34℃\n\n"
                             "东部 晴时多云 26～32℃\n\n湖畔夏日\n\n游客在湖边拍照。"))
    assert [squeeze(p.text) for p in paragraphs][1:] == [
        "中部晴时多云27～35℃", "离岛多云27～31℃", "北部多云午后雷阵雨26～34℃", "东部晴时多云26～32℃", "湖畔夏日", "游客在湖边拍照。"]


def test_a_notices_issuer_over_its_date_opens_a_line_however_full_the_line_above():
    paragraphs = unwrap(page("为确保新供暖季按时供热，我公司将对城区\n供热管网进行注水试运行，敬请大家谅解。\n"
                             "如有异议请反映，联系电话：0472-77736834\n某某热力有限公司\n2024年5月11日"))
    assert [squeeze(p.text) for p in paragraphs][-3:] == [
        "如有异议请反映，联系电话：0472-77736834", "某某热力有限公司", "2024年5月11日"]


def test_a_picture_credit_broken_before_who_gave_the_picture_is_one_line():
    paragraphs = unwrap(page("江畔晚风\n\n飞云江畔，市民在滨江公园散步。 图片由\n飞云街道提供\n\n新区新增一批共享充电桩"))
    assert [squeeze(p.text) for p in paragraphs][1] == "飞云江畔，市民在滨江公园散步。图片由飞云街道提供"


@pytest.mark.parametrize("text, joined", [
    ("飞云江畔，市民在滨江公园散步。图片由飞云\n街道提供", "飞云江畔，市民在滨江公园散步。图片由飞云街道提供"),
    ("飞云江畔，市民在滨江公园散步。图片由飞云街\n道提供", "飞云江畔，市民在滨江公园散步。图片由飞云街道提供"),
])
def test_a_picture_credit_broken_inside_who_gave_the_picture_is_one_line(text, joined):
    paragraphs = unwrap(page("江畔晚风\n\n" + text + "\n\n新区新增一批共享充电桩"))
    assert [squeeze(p.text) for p in paragraphs][1] == joined


def test_two_picture_credits_naming_their_givers_stay_two_lines():
    paragraphs = unwrap(page("江畔晚风\n\n图片由飞云街道提供\n图片由滨江社区提供\n\n新区新增一批共享充电桩"))
    assert [squeeze(p.text) for p in paragraphs][1:3] == ["图片由飞云街道提供", "图片由滨江社区提供"]


def test_a_title_with_a_question_mark_under_a_label_stops_before_a_news_opener():
    paragraphs = unwrap(page("城区新增一批共享充电桩\n\n近日，城区新建的二十个公共充电站投入使用，市民可\n通过手机扫码充电，新能源车主出行更加方便。\n\n"
                             "求证\n\n“夜市下月起全部关停”？不实\n\n近日，有网民发布消息称，城区夜市下月起将全部\n关停，引发不少市民关注。"))
    assert [squeeze(p.text) for p in paragraphs][-3:] == [
        "求证", "“夜市下月起全部关停”？不实", "近日，有网民发布消息称，城区夜市下月起将全部关停，引发不少市民关注。"]


def test_an_indented_line_where_every_line_is_set_apart_runs_on():
    lines = ["城区新增一批共享充电桩", "近日，城区新建的二十个公共充电", "站投入使用，市民可通过手机扫码", "充电，出行更加方便。",
             "　　新建的充电站分布在城区各个", "商圈，高峰时段排队时间明显缩短。", "　　市民王先生说，现在充电方便", "多了，再也不用排长队。"]
    paragraphs = unwrap(page("\n\n".join(lines)))
    assert [squeeze(p.text) for p in paragraphs][-2] == "新建的充电站分布在城区各个商圈，高峰时段排队时间明显缩短。"


def test_numbered_rows_set_apart_by_blank_lines_stay_rows():
    """Where every line is set apart, a row opening with ① ends where the next line opens with ②:
    the next number opens the next row, though the row above ends in no full stop."""
    lines = page("冬季出行提示\n\n①出门前查看路况，预留时间\n\n②路面结冰时放慢车速，保持车距\n\n"
                 "③雪天尽量乘坐公共交通\n")
    assert [p.text for p in unwrap(lines)][1:] == ["①出门前查看路况，预留时间", "②路面结冰时放慢车速，保持车距",
                                                   "③雪天尽量乘坐公共交通"]


def test_a_line_that_leaves_a_quote_open_never_ends_a_title_or_a_paragraph():
    lines = page("据了解，今年持续推进社区养老机构优化\n\n提质和创新转型，积极推动全市十家\n\n养老机构纳入定点服务机构。\n\n"
                 "某市连续5年将“新建社区食堂和老年\n\n活动中心和日间照料中心”纳入\n\n全市民生实事予以推进，三万老人享\n\n"
                 "受助餐服务，一万老人享受上门服务；\n\n积极推动两项服务扩面。\n")
    assert [p.text[:4] for p in unwrap(lines)] == ["据了解，", "某市连续"]


def test_a_wrapped_dash_row_keeps_its_last_line():
    lines = page("今年上半年，全市围绕基础设施、\n产业发展、科技创新等重点领域，\n谋划实施一批支撑性重大项目。\n\n"
                 "- 城东污水处理厂扩建等工程加\n快建设\n\n- 城北至新港快速路主线工程建\n成通车\n\n"
                 "- 滨江公园二期、文化中心等项\n目开工\n")
    assert [p.text for p in unwrap(lines)][1:] == ["- 城东污水处理厂扩建等工程加快建设", "- 城北至新港快速路主线工程建成通车",
                                                   "- 滨江公园二期、文化中心等项目开工"]


def test_a_notices_point_number_reads_counting_numerals_only():
    from generator.archive.unwrap import point_number
    assert [point_number(t) for t in ("一、施工时间", "十一、附则", "二十、其他", "3.报名方式")] == [1, 11, 20, 3]
    assert [point_number(t) for t in ("二三、", "十十、", "2024年")] == [None, None, None]


def test_the_rows_a_colon_announces_stand_a_line_each():
    paragraphs = unwrap(page("道路施工通告\n因道路改造需要，下列路段将实施施工，\n请过往车辆和行人注意绕行：\n"
                             "某某路（某某路至某某路）半幅封闭\n某某大道非机动车道临时借用\n施工期间部分公交站点临时迁移\n"
                             "施工时间自6月10日起，为期约两个月。\n某某工程建设指挥部\n2024年6月7日"))
    assert [squeeze(p.text) for p in paragraphs][1:5] == [
        "因道路改造需要，下列路段将实施施工，请过往车辆和行人注意绕行：", "某某路（某某路至某某路）半幅封闭",
        "某某大道非机动车道临时借用", "施工期间部分公交站点临时迁移"]


def test_a_row_the_column_cut_keeps_its_rest():
    paragraphs = unwrap(page("停气通知\n\n请用户提前做好准备：\n\n1.5月11日8时至18时 湖滨街道某某社区\n\n"
                             "2.5月11日8时至18时 凤里街道某某小区\n\n3.5月11日9时至17时 宝盖镇某某工业\n\n区\n\n"
                             "恢复供气前请勿自行开启燃气阀门。"))
    assert [squeeze(p.text) for p in paragraphs][2:] == [
        "1.5月11日8时至18时湖滨街道某某社区", "2.5月11日8时至18时凤里街道某某小区", "3.5月11日9时至17时宝盖镇某某工业区",
        "恢复供气前请勿自行开启燃气阀门。"]


def test_the_text_under_a_list_runs_on_from_its_first_line():
    paragraphs = unwrap(page("经推荐、评审和审核，现将拟\n\n表彰名单予以公示（排名不分\n\n先后）：\n\n一、某某区某某社区\n\n"
                             "二、某某区某某社区\n\n三、某某新区某某社区\n\n公示期为3月24日至3月3\n\n0日。如有异议，请在公示期\n\n"
                             "内向市文明办反映。"))
    assert [squeeze(p.text) for p in paragraphs][1:] == [
        "一、某某区某某社区", "二、某某区某某社区", "三、某某新区某某社区", "公示期为3月24日至3月30日。如有异议，请在公示期内向市文明办反映。"]


def test_running_text_at_one_measure_under_a_colon_is_no_list():
    text = "春节将至，在甘肃康乐\n县苏集镇、流川乡、鸣\n来了一位特殊的客人：\n厦门百路达公司人力资\n源部经理吴碧莺前来走\n访慰问康乐籍优秀员工\n家属。"
    assert len(unwrap(page(text))) == 1


def test_a_boxs_row_broken_inside_its_range_runs_on_to_the_ranges_far_end():
    rows = ("■出行提示\n\n7路 临时绕行 长江路\n\n—和平街\n\n15路 站点迁移 人民路—\n\n解放街\n\n"
            "21路 首末班调整 东风路—建\n\n设路\n\n站台志愿者\n")
    texts = [p.text for p in unwrap(page(rows))]
    assert texts == ["■出行提示", "7路临时绕行长江路—和平街", "15路站点迁移人民路—解放街", "21路首末班调整东风路—建设路",
                     "站台志愿者"]


def test_a_caption_set_narrower_than_the_text_it_follows_opens_its_own_paragraph():
    lines = ("公园里新修了步道和凉亭，附近居民每天\n\n都来这里散步锻炼，不少老人结伴而来，\n\n大家都说环境比以前好多了。\n\n"
             "夜幕降临后市民在湖边步道上\n\n散步纳凉，孩子们在草坪上追\n\n逐嬉戏。（张某 摄）\n")
    paragraphs = unwrap(page(lines))
    assert [p.text[:6] for p in paragraphs] == ["公园里新修了", "夜幕降临后市"]



def test_a_title_over_a_credited_caption_after_a_finished_sentence_is_a_line_of_its_own():
    body = ["街道为辖区老人开设的社区食堂", "每天中午和傍晚供应两餐，菜品", "以清淡为主，价格也比较实惠，",
            "不少独居老人成了这里的常客，", "食堂还为行动不便的老人送餐上", "门，很受欢迎。"]
    title, caption = "社区食堂让老人吃上热乎饭菜", "老人在社区食堂里用餐。"
    spaced = "\n\n".join([*body, title, caption, "本报记者 张某 摄"]) + "\n"
    assert [p.text for p in unwrap(page(spaced))][1:3] == [title, caption]
    solid = "\n".join([*body, title]) + f"\n\n{caption}\n（张某 摄）\n"
    assert [p.text for p in unwrap(page(solid))][1:3] == [title, caption]


def test_a_line_holding_figures_says_nothing_of_its_measure():
    above, narrow, figures = source_lines(page("从政策引领、平台搭建、数字化转型等方面\n川渝高竹新区位于四川省广安市邻水\n"
                                               "一季度,该区实现生产总值354.15亿"))
    assert sets_another_measure(above, narrow) and not sets_another_measure(above, figures)


def test_a_headline_the_reading_order_set_off_is_joined_to_nothing():
    # two texts read across restored one after the other: the second text's headline, moved over its
    # first line, is as wide as that line and would read as its text's first line
    lines = [Line(4, "市老年大学秋季学期开始招生"), Line(6, "市老年大学秋季招生启动，开设书"),
             Line(8, "法、声乐等课程四十余门，报"), Line(10, "名截至九月十日。（李雪梅）")]
    assert ranges(unwrap(lines)) == [(4, 10)]
    assert ranges(unwrap(lines, frozenset(), frozenset({4}))) == [(4, 4), (6, 10)]
