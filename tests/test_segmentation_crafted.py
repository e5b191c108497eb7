"""Pages written from scratch, in the seeds' style but from other newspapers: the rules must
cut them without being tuned to them."""
import re
from pathlib import Path

import pytest
import yaml

from generator.speed.run import build_folder

from .test_segmentation_seeds import describe, expectation, squeeze

PAGES = Path(__file__).parent / "pages"
GAPS = re.compile(r"\s+")


@pytest.fixture(scope="module")
def crafted():
    return {r.page.raw.file: r for r in build_folder(PAGES)}


@pytest.mark.parametrize("expected_file", sorted(PAGES.glob("*.expected.yml")), ids=lambda p: p.stem)
def test_crafted_page(expected_file, crafted):
    expected = yaml.safe_load(expected_file.read_text(encoding="utf-8"))
    result = crafted[expected["page"]]
    assert result.coverage.ok, result.coverage.problems
    got = [describe(item) for item in result.page.items]
    want = [expectation(entry) for entry in expected["items"]]
    assert got == want
    furniture = squeeze("".join(b.text for b in result.page.furniture))
    for record in expected.get("furniture", []):
        assert squeeze(record["text"]) in furniture


def items_of(tmp_path, text):
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    return build_folder(tmp_path)[0].page.items


SECTION_OR_ITEM = """深化川渝产业协作

近日，川渝两地共同签署协议，联合建设产业园区，
推动制造业协同发展，首期规划面积十二平方公里。

{gap}园区配套加快
{after}园区道路、供水、供电等配套设施同步建设，
预计年底前具备企业入驻条件，带动就业五千人。
"""


def test_a_headline_hugging_its_text_heads_a_new_item(tmp_path):
    items = items_of(tmp_path, SECTION_OR_ITEM.format(gap="", after=""))
    assert [i.title for i in items] == ["深化川渝产业协作", "园区配套加快"]


def test_a_headline_set_apart_on_both_sides_is_a_section_heading(tmp_path):
    text = SECTION_OR_ITEM.format(gap="", after="\n").replace("园区配套加快", "配套先行 园区配套加快")
    items = items_of(tmp_path, text)
    assert [i.title for i in items] == ["深化川渝产业协作"]
    assert [b.text for b in items[0].blocks if b.kind == "heading"] == ["配套先行 园区配套加快"]


def test_the_only_plain_heading_after_a_finished_sentence_heads_the_next_story(tmp_path):
    items = items_of(tmp_path, SECTION_OR_ITEM.format(gap="", after="\n"))
    assert [i.title for i in items] == ["深化川渝产业协作", "园区配套加快"]


@pytest.mark.parametrize("tail", ["", "\n乡村道路提速\n\n县乡道路改造同步推进，年内完成改造一百二十公里。\n"])
def test_a_labelled_heading_or_one_of_two_stays_a_section(tmp_path, tail):
    label = "配套先行\n" if not tail else ""  # 配套先行 / 园区配套加快: a label over the heading's phrase
    text = SECTION_OR_ITEM.format(gap=label, after="\n") + tail
    items = items_of(tmp_path, text)
    assert [i.title for i in items] == ["深化川渝产业协作"]


def test_a_heading_in_a_text_signed_at_its_end_stays_a_section(tmp_path):
    text = SECTION_OR_ITEM.format(gap="", after="\n") + "\n本报记者 周航\n"
    items = items_of(tmp_path, text)
    assert [(i.title, list(i.authors)) for i in items] == [("深化川渝产业协作", ["周航"])]


def test_an_interviews_questions_are_its_text_not_headings(tmp_path):
    page = ("园区建设按下快进键\n\n□本报记者 王进\n\n近日，记者专访了园区管委会负责人。\n\n问：园区建设进展如何？\n\n"
            "答：目前园区基础设施已基本完工，首批企业已经入驻，预计年底前全部投产。\n\n记者：下一步有什么打算？\n\n"
            "答：我们将继续推进产业协同发展，重点建设三大园区，力争年内全部投产。\n")
    [item] = items_of(tmp_path, page)
    assert [b.kind for b in item.blocks].count("heading") == 0
    assert [b.text for b in item.blocks if b.kind == "paragraph"][1] == "问：园区建设进展如何？"


@pytest.mark.parametrize("bullet", ["●", "○", "▪", "▷", "▌"])
def test_bulleted_brief_titles_between_briefs_open_items(tmp_path, bullet):
    page = (f"简讯\n\n{bullet}乡村道路安全隐患排查\n\n本报讯（记者 郝嘉英）\n\n县交通运输部门近日对辖区乡村道路开展安全隐患排查，"
            f"重点检查急弯陡坡路段。\n\n{bullet}全民健身步道贯通\n\n沿江全民健身步道近日全线贯通，全长约12公里，沿线设置健身驿站6处。（崔燕静）\n")
    items = items_of(tmp_path, page)
    assert [i.title for i in items] == ["乡村道路安全隐患排查", "全民健身步道贯通"]


def test_a_headline_right_under_the_masthead_is_not_run_into_its_text(tmp_path):
    page = ("上海证券报 2024年8月7日 星期三\n\n江西落实重点产业链现代化建设\n新年伊始，位于南昌县向塘镇的南昌国\n"
            "际陆港，门吊耸立，货物进出有序，一\n派繁忙景象。据统计，南昌国际陆港开\n行外贸班列1519列，增长明显。\n")
    [item] = items_of(tmp_path, page)
    assert item.title == "江西落实重点产业链现代化建设"


def test_a_kicker_closed_by_a_quote_is_no_half_of_the_title(tmp_path):
    page = ("重庆赴广安考察党政代表团热议共同唱好新时代西部“双城记”\n深化改革激发创新活力 相互赋能发展新质生产力\n"
            "□本报记者 梁杰\n\n6月21日，重庆市党政代表团赴四川省广安市考察，两省市召开联席会议座谈会。\n")
    [item] = items_of(tmp_path, page)
    assert item.kicker == "重庆赴广安考察党政代表团热议共同唱好新时代西部“双城记”"
    assert item.title.replace(" ", "") == "深化改革激发创新活力相互赋能发展新质生产力"


def test_a_couplet_with_a_quoted_word_is_one_title(tmp_path):
    # 5 glyphs over 5 and a quoted glyph: the quote marks are no glyphs of the phrase, so the two
    # lines pair up as a couplet, no short kicker over a longer title
    page = ("临江日报 2024年5月6日 星期一\n\n山城有名医\n\n群众有“医”靠\n\n本报讯（记者 周文）近日，一批名医工作室在\n\n"
            "县医院挂牌，群众在家门口就能看名医。\n")
    [item] = items_of(tmp_path, page)
    assert (item.kicker, item.title) == ("", "山城有名医 群众有“医”靠")


@pytest.mark.parametrize("label", ["她影像", "看图", "教师视角"])
def test_a_photo_or_view_columns_label_titles_nothing(tmp_path, label):
    # a photo column's name of one glyph before 影像 too, a bare 看图 and a column's …视角 are labels,
    # furniture, not the title of the untitled picture or piece under them
    page = (f"临江晚报 2024年5月6日 星期一\n\n{label}\n\n社区妇女之家里，志愿者在教居民编织中国结。\n"
            "临江晚报记者 张红梅 摄\n")
    [item] = items_of(tmp_path, page)
    assert item.title == ""


def many_items_page(count: int) -> str:
    """A machine-made page of `count` short items, each with a headline, a byline and text;
    headlines and texts differ so that none is matched to another item's text."""
    digits = "零一二三四五六七八九"
    def number(n: int) -> str:
        return "".join(digits[int(d)] for d in str(n))
    return "".join(f"第{number(n)}号通知发布\n\n本报记者 王明\n\n第{number(n)}号通知今日发布，内容涉及市政。\n\n"
                   for n in range(count))


def test_matching_displaced_headlines_grows_linearly_with_the_page(tmp_path, monkeypatch):
    """A page of thousands of items is cut in time linear in its length: the headline matching
    looks only at nearby items (counted in scoring calls, not timed)."""
    from generator.archive import segment
    calls = []
    real = segment.PairIndex.score_text
    monkeypatch.setattr(segment.PairIndex, "score_text", lambda self, h, t: calls.append(1) or real(self, h, t))
    work = []
    for count in (300, 600):
        calls.clear()
        folder = tmp_path / str(count)
        folder.mkdir()
        assert len(items_of(folder, many_items_page(count))) == count
        work.append(len(calls))
    assert work[1] <= 2.5 * work[0], work


def test_following_starts_names_the_next_block_after_each_block():
    from generator.archive.model import Block, Span
    from generator.archive.segment import following_starts
    blocks = [Block("paragraph", "甲", (Span(1, 0, 1), Span(2, 0, 1))), Block("paragraph", "乙", (Span(4, 0, 1),)),
              Block("headline", "丙", (Span(7, 0, 1),))]
    assert following_starts(blocks) == {1: 4, 2: 4, 4: 7, 7: 0}


BYLINE_BESIDE_TITLE = """城乡供水一体化
全面提速见实效 {byline}
{deck}
近日，记者从市水务局获悉，全市城乡供水一体化
工程已完成投资十二亿元，新建管网四百公里，惠
及农村人口三十万。

下一步，该市将加快推进水厂提标改造，确保年内
实现城乡供水同网同质同价，让农村群众和城里人
一样用上放心水、安全水，同时完善管护机制，落
实运维资金，做到建得好、管得住、用得久。

市民在公园内散步休闲。
视觉中国供图

诚邀合作
招商热线：023-66668888
"""


@pytest.mark.parametrize("byline, authors", [("　晨报记者 周 航 林芳", ["周航", "林芳"]),
                                             ("  新京报讯 记者 马磊", ["马磊"])])
def test_a_byline_printed_beside_the_headline_is_taken_off_it(tmp_path, byline, authors):
    items = items_of(tmp_path, BYLINE_BESIDE_TITLE.format(byline=byline, deck=""))
    assert items[0].title == "城乡供水一体化全面提速见实效"
    assert list(items[0].authors) == authors


def test_a_dateline_beside_the_headline_is_no_part_of_it(tmp_path):
    items = items_of(tmp_path, BYLINE_BESIDE_TITLE.format(byline=" 新华社重庆3月5日电", deck=""))
    assert items[0].title == "城乡供水一体化全面提速见实效"
    assert [b.text for b in items[0].blocks if b.kind == "byline"] == ["新华社重庆3月5日电"]


@pytest.mark.parametrize("deck", ["——全市新建管网四百公里", "全市新建供水管网四百公里,惠及农村人口三十万人次,年内实现同网同质同价\n",
                                  "全市今年新建供水管网四百公里,惠及农村人口三十万人次,年内将全面实现城乡供水同网同质同价目标\n"])
def test_a_deck_under_the_title_and_byline_is_the_subtitle(tmp_path, deck):
    items = items_of(tmp_path, BYLINE_BESIDE_TITLE.format(byline=" 晨报记者 周航", deck=deck))
    assert items[0].title == "城乡供水一体化全面提速见实效"
    assert items[0].subtitle == deck.strip()
    assert body_of(items[0]).startswith("近日，记者从市水务局获悉")


def test_text_over_a_supplied_picture_credit_is_a_caption_and_advert_labels_are_furniture(tmp_path):
    (tmp_path / "page.txt").write_text(BYLINE_BESIDE_TITLE.format(byline=" 晨报记者 周航", deck=""), encoding="utf-8")
    page = build_folder(tmp_path)[0].page
    assert [i.kind for i in page.items] == ["article", "photo"]
    assert body_of(page.items[0]).endswith("管得住、用得久。")
    assert {"诚邀合作", "招商热线：023-66668888"} <= {b.text for b in page.furniture}


def body_of(item) -> str:
    return "".join(b.text for b in item.blocks if b.kind in ("paragraph", "listitem"))


SECTIONED = """江西落实重点产业链现代化建设
上证报记者 朱文 周柏雯
提要
{lead}
{bullet}制造业量质齐升
{section}
{bullet}新兴产业抢赛道
{section}
编辑：秦怡 电话：021-71237872
"""
LEAD = "新年伊始，南昌国际陆港门吊耸立，货物进出有序，一派繁忙景象。" * 2
SECTION = "\n".join(["制造业是江西兴省之本、强省之要，全省出台支持企业技改的政策，推动传统产业改造升级。"[:24]] * 16)


def test_a_summary_label_and_bulleted_sections_stay_in_their_article(tmp_path):
    text = SECTIONED.format(lead=LEAD, bullet="■", section=SECTION)
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    page = build_folder(tmp_path)[0].page
    assert [i.title for i in page.items] == ["江西落实重点产业链现代化建设"]
    assert list(page.items[0].authors) == ["朱文", "周柏雯"]
    assert [b.text for b in page.items[0].blocks if b.kind == "heading"] == ["提要", "■制造业量质齐升", "■新兴产业抢赛道"]
    assert "编辑：秦怡 电话：021-71237872" in {b.text for b in page.furniture}


def test_short_bulleted_items_stay_briefs(tmp_path):
    text = SECTIONED.format(lead=LEAD, bullet="■", section="城区主要河道清淤工程近日完工，共清理淤泥三万余立方米。")
    items = items_of(tmp_path, text)
    assert [i.title for i in items] == ["江西落实重点产业链现代化建设", "制造业量质齐升", "新兴产业抢赛道"]


SIGNED_TWICE_PAGE = """城乡供水一体化全面提速

本报记者 周航

近日，记者从市水务局获悉，全市城乡供水一体化工程已完成投资十二亿元，
新建供水管网四百公里，改造老旧水厂九座，惠及农村人口三十万人。

水务部门负责人介绍，今年将继续推进水厂提标改造和管网延伸，确保农村
供水保证率达到百分之九十五以上，让农村群众和城里人一样用上放心水。

据了解，该市还建立了供水工程运行管护机制，落实运维资金，做到工程建
得好、管得住、用得久，全市农村自来水普及率已提高到百分之九十八。

阅读是一座城市最温柔的底色。走进街角的书房，翻开一本好书，孩子们在
故事里认识世界，老人们在诗词里回望岁月，书香让日子多了几分从容。

一座书香城市，需要更多读者，也需要更好的阅读空间。图书馆延长开放时
间，社区书屋走进小区，流动书车开进乡村，这些举措让阅读触手可及。

愿每一个人都能在书页间找到安放心灵的角落，让全民阅读成为城市的日常
风景，让文化的滋养润泽每一个平凡的日子。

林晓
"""


def test_a_commentary_signed_by_a_bare_name_is_cut_from_the_article_above(tmp_path):
    items = items_of(tmp_path, SIGNED_TWICE_PAGE)
    assert [(i.kind, i.title, list(i.authors)) for i in items] == [
        ("article", "城乡供水一体化全面提速", ["周航"]), ("commentary", "", ["林晓"])]
    assert body_of(items[1]).startswith("阅读是一座城市最温柔的底色")
    assert items[1].meta.provenance["cut"]["confidence"] <= 0.5


@pytest.mark.parametrize("line, caption, photo_title", [
    ("林晓", "市民在湖畔步道上晨练。", ""),
    ("查房", "医生在病房里查房。", "查房"),
])
def test_a_bare_name_between_a_finished_text_and_a_caption_signs_the_text(tmp_path, line, caption, photo_title):
    # the commentary's name over a picture's caption is no title of the picture, unless the caption repeats it
    page = ("2024年7月10日 星期三\n第5版 评论\n\n　　一座书香城市，需要更多读者，也需要更好的阅读空间。近年来，\n"
            "社区书屋走进小区，流动书车开进乡村，这些举措让阅读触手可及。\n\n"
            "　　愿每一个人都能在书页间找到安放心灵的角落，让全民阅读成为城市的\n日常风景。\n\n"
            f"{line}\n\n{caption}\n本报记者 何文涛 摄\n")
    items = items_of(tmp_path, page)
    assert [(i.kind, i.title) for i in items] == [("commentary" if not photo_title else "article", ""),
                                                   ("photo", photo_title)]
    assert list(items[0].authors) == ([line] if not photo_title else [])


SIGNED_BRIEF_PAGE = SIGNED_TWICE_PAGE.split("阅读是")[0] + """日前，县人社局组织技能培训队伍走进乡镇，开展电工、家政、电商等培训课程，
吸引三百余名村民参加。培训合格者可获得相应证书，并享受就业推荐服务。
（本报记者 孔思远）
"""


def test_a_brief_signed_in_brackets_is_cut_from_the_story_signed_above(tmp_path):
    items = items_of(tmp_path, SIGNED_BRIEF_PAGE)
    assert [(i.kind, i.title, list(i.authors)) for i in items] == [
        ("article", "城乡供水一体化全面提速", ["周航"]), ("brief", "", ["孔思远"])]
    assert body_of(items[1]).startswith("日前，县人社局")
    assert items[1].meta.provenance["cut"]["confidence"] < 0.8


SIGNED_BELOW_TOO_PAGE = SIGNED_TWICE_PAGE.split("阅读是")[0] + """记者：下一步还有哪些打算？

王建华：我们将把供水管网延伸到每一个自然村，让更多农村群众喝上
放心水，也请大家一起节约用水、爱护供水设施。
（本报记者 孔思远）
"""


def test_a_story_signed_above_and_below_keeps_its_last_turns(tmp_path):
    # a credit in brackets under an interview's last answer signs the story again: the paragraphs
    # over it are the interview's turns (记者：…？, 王建华：…), which go on the story, so no brief is cut off
    items = items_of(tmp_path, SIGNED_BELOW_TOO_PAGE)
    assert [i.title for i in items] == ["城乡供水一体化全面提速"]
    assert body_of(items[0]).endswith("爱护供水设施。")


@pytest.mark.parametrize("credit, names", [("（白沙镇 王小芳）", ["王小芳"]),
                                           # a justified line's stray spaces between every glyph
                                           ("（ 白 沙 镇\n 王 小 芳 ）", ["王小芳"]),
                                           ("（ 白 沙 镇 融 媒 体\n中 心   李 进 ）", ["李进"]),
                                           # an arts paper's federation or association of artists
                                           ("（某某市文联 王小芳）", ["王小芳"]), ("（ 某 某 市 美 协 王小芳）", ["王小芳"])])
def test_a_brief_closed_by_a_town_and_its_writer(tmp_path, credit, names):
    text = ("◆社区图书馆延长开放时间\n近日，社区图书馆延长开放时间，方\n便居民下班后借阅图书。" + credit + "\n"
            "◆体育馆今起免费开放\n　　本报讯（通讯员 李明）市体育馆今\n起向市民免费开放。\n")
    items = items_of(tmp_path, text)
    assert [(i.kind, i.title, list(i.authors)) for i in items] == [
        ("brief", "社区图书馆延长开放时间", names), ("brief", "体育馆今起免费开放", ["李明"])]


@pytest.mark.parametrize("after", ["", "\n二〇二四年乡村文化节开幕\n\n村民在文化礼堂观看演出。\n本报记者 吴杰 摄\n"])
def test_a_brief_cut_from_the_story_above_takes_its_title_printed_after_it(tmp_path, after):
    # 技能培训走进乡镇 under the brief's credit: alone, or over a picture's own title and caption
    items = items_of(tmp_path, SIGNED_BRIEF_PAGE + "\n技能培训走进乡镇\n" + after)
    assert [(i.title, list(i.authors)) for i in items][:2] == [
        ("城乡供水一体化全面提速", ["周航"]), ("技能培训走进乡镇", ["孔思远"])]
    assert [i.title for i in items[2:]] == (["二〇二四年乡村文化节开幕"] if after else [])


@pytest.mark.parametrize("title, kicker", [("", "新书速递"), ("本周新书", "新书速递")])
def test_a_briefs_label_over_a_box_of_rows_labels_the_box(tmp_path, title, kicker):
    box = "新书速递\n\n" + (title + "\n\n" if title else "") \
        + "书名：《江畔人家》\n作者：周明远\n出版社：某某人民出版社\n定价：58.00元\n\n"
    items = items_of(tmp_path, box + SIGNED_TWICE_PAGE.split("阅读是")[0])
    assert [(i.kind, i.kicker, i.title) for i in items] == [
        ("infobox", kicker if title else "", title or kicker), ("article", "", "城乡供水一体化全面提速")]


def test_one_sentence_lines_under_a_label_and_a_title_are_a_boxs_rows(tmp_path):
    # not the captions of a row of pictures: a box's label over its title heads them
    box = "\n便民提示\n夏季用电高峰到来\n请市民错峰使用大功率电器。\n\n空调温度不宜低于二十六度。\n\n外出时请关闭电源。\n"
    items = items_of(tmp_path, SIGNED_TWICE_PAGE.split("阅读是")[0] + box)
    assert [(i.kind, i.kicker, i.title) for i in items] == [
        ("article", "", "城乡供水一体化全面提速"), ("infobox", "便民提示", "夏季用电高峰到来")]
    assert body_of(items[1]).endswith("外出时请关闭电源。")


def test_a_dateline_in_brackets_opens_the_text_and_signs_no_one(tmp_path):
    # 【本报消息】, as Hong Kong and Macao papers print their dateline: no title, no name, and the
    # credit closing the text is the story's one signature, not a brief's
    text = SIGNED_BRIEF_PAGE.replace("本报记者 周航\n\n近日，", "【本报消息】近日，")
    items = items_of(tmp_path, text)
    assert [(i.title, list(i.authors)) for i in items] == [("城乡供水一体化全面提速", ["孔思远"])]
    assert body_of(items[0]).startswith("近日，记者从市水务局获悉")


def test_a_storys_stack_over_its_byline_under_a_box_is_no_more_rows(tmp_path):
    # the rows end where a headline stack over a reporter's byline and text begins
    box = "【天气趋势】\n哈尔滨 中雨转阵雨 16～27℃\n东南风3级\n上海 中雨转阵雨 25～31℃\n微风\n北京 雷阵雨 22～33℃\n北风1～2级\n\n"
    story = "城乡供水一体化全面提速\n" + SIGNED_TWICE_PAGE.split("阅读是")[0].split("\n", 2)[2]
    items = items_of(tmp_path, box + story)
    assert [(i.title, list(i.authors)) for i in items] == [("天气趋势", []), ("城乡供水一体化全面提速", ["周航"])]


def set_apart(text: str, width: int = 15) -> str:
    """Paragraphs wrapped at a narrow measure, a blank line after every line (headlines kept whole)."""
    lines = []
    for paragraph in text.strip().split("\n"):
        cut = len(paragraph) if len(paragraph) < width + 4 or paragraph.startswith("——") else width
        lines += [paragraph[n:n + cut] for n in range(0, len(paragraph), cut)]
    return "\n\n".join(lines) + "\n"


# the article above has sections of its own: a lone heading would head the next story anyway
DASH_SUBTITLED_PAGE = set_apart("""城乡供水一体化全面提速
本报记者 周航
近日，记者从市水务局获悉，全市城乡供水一体化工程已完成投资十二亿元，新建供水管网四百公里。
管网延伸
水务部门负责人介绍，今年将继续推进水厂提标改造和管网延伸，确保农村供水保证率达到百分之九十五以上。
管护到位
据了解，该市还建立了供水工程运行管护机制，落实运维资金，全市农村自来水普及率已提高到百分之九十八。
钦州多措并举推进“金融活水”畅流乡村
——截至4月底,今年投入乡村振兴领域资金超过128亿元
近年来,钦州市通过加大财政资金投入力度,拓宽金融贷款服务范围,撬动社会资本投入等举措,推动乡村产业高质量发展。
""")


def test_a_headline_over_a_dash_subtitle_heads_a_story_not_a_section(tmp_path):
    items = items_of(tmp_path, DASH_SUBTITLED_PAGE)
    assert [(i.title, i.subtitle) for i in items] == [
        ("城乡供水一体化全面提速", ""),
        ("钦州多措并举推进“金融活水”畅流乡村", "——截至4月底,今年投入乡村振兴领域资金超过128亿元")]
    assert body_of(items[1]).startswith("近年来,钦州市")


CAPTIONS_OVER_A_PAGE_CREDIT = """社区书房开到家门口

本报记者 周航

近日，记者从市文化部门获悉，全市已建成社区书房六十余家，藏书总量超过三十万册，
每家书房每周开放不少于五十个小时，方便居民就近借阅。

今年，全市还将新建社区书房二十家。书房将与学校、图书馆通借通还，让阅读
更加方便。

日前，小朋友在社区书房参加绘本阅读活动。

1月28日，养殖工人在海上养殖区进行海带养
殖冬季管理。目前，正是当地海带冬管期，养
殖工人冒着严寒清理海带筏架覆草。

近日，技术人员在智慧工厂调试设备。

本版图片均由本报记者 毛玉伟 摄
"""


def test_dated_captions_over_a_credit_for_the_pages_pictures_are_photos(tmp_path):
    items = items_of(tmp_path, CAPTIONS_OVER_A_PAGE_CREDIT)
    assert [i.kind for i in items] == ["article", "photo", "photo", "photo"]
    assert body_of(items[0]).endswith("更加方便。")
    assert items[2].blocks[0].text.startswith("1月28日，")


PICTURES_CREDITED_UNDER_THEIR_CAPTIONS = """棚里丰收

大棚里，菜农在采摘西红柿。

（吴海 摄）

1月28日，养殖工人在山东省荣成市寻山街道
的海上养殖区进行海带养殖冬季管理。目前，正
是当地海带冬管期，养殖工人冒着严寒清理海带
筏架覆草。

新华社发

城乡供水一体化全面提速

本报记者 周航

近日，记者从市水务局获悉，全市城乡供水一体化工程已完成投资十二亿元，
农村自来水普及率达到百分之九十八，群众喝上了放心水。
"""


def test_one_short_paragraph_closed_by_a_picture_credit_is_a_photo(tmp_path):
    # a photo is credited, a story signed: its title, if any, then its caption and who took it
    items = items_of(tmp_path, PICTURES_CREDITED_UNDER_THEIR_CAPTIONS)
    assert [(i.kind, i.title, list(i.photographers)) for i in items] == [
        ("photo", "棚里丰收", ["吴海"]), ("photo", "", []), ("article", "城乡供水一体化全面提速", [])]
    assert [b.kind for b in items[0].blocks] == ["headline", "caption", "credit"]


EDITORS_NOTE_PAGE = """城乡供水一体化全面提速

本报记者 周航

近日，记者从市水务局获悉，全市城乡供水一体化工程已完成投资十二亿元。

管网延伸

水务部门负责人介绍，今年将继续推进水厂提标改造和管网延伸。

管护到位

据了解，该市还建立了供水工程运行管护机制，落实运维资金。

城乡融合看越地

编者按：

城乡融合，路在脚下。本报记者近日走进乡镇街道，记录城乡基础设施互联互通、
公共服务共建共享的新变化。
"""


def test_a_headline_over_an_editors_note_heads_a_story_not_a_section(tmp_path):
    items = items_of(tmp_path, EDITORS_NOTE_PAGE)
    assert [i.title for i in items] == ["城乡供水一体化全面提速", "城乡融合看越地"]
    assert body_of(items[1]).startswith("城乡融合，路在脚下。")


NOTICE_THEN_STORY = """■恒瑞达科技（000598）：公司公告称，
控股股东计划在未来六个月内增持公司股份，增持金额不低于五千万元。

债券市场收益率小幅下行

昨日银行间债券市场主要期限国债收益率小幅下行，市场资金面总体平稳。（记者 金丽）
"""


def test_a_headline_after_a_notice_titled_on_its_first_line_heads_the_next_item(tmp_path):
    items = items_of(tmp_path, NOTICE_THEN_STORY)
    assert [i.title for i in items] == ["恒瑞达科技（000598）", "债券市场收益率小幅下行"]


NUMBERED_BRIEFS = """简讯

1.河道清淤工程完工经过两个月施工，城区主要河道清淤工程近日完工，共清理淤泥三万余立方米，
河道行洪能力得到提升，沿岸环境也有了明显改善。（董梅桂）

2.社区图书馆延长开放时间近日，市图书馆各社区分馆调整开放时间，工作日开放至晚上九点，周末
全天开放，方便上班族和学生借阅图书。（冯瑶航）

位于城东的物流园区内，龙门吊正在吊运集装箱货柜。（视觉中国供图）
"""


def test_numbered_briefs_with_run_in_titles_and_a_caption_credited_in_brackets(tmp_path):
    items = items_of(tmp_path, NUMBERED_BRIEFS)
    assert [(i.kind, i.title, list(i.authors)) for i in items] == [
        ("brief", "河道清淤工程完工", ["董梅桂"]), ("brief", "社区图书馆延长开放时间", ["冯瑶航"]), ("photo", "", [])]
    assert body_of(items[0]).startswith("经过两个月施工")
    assert body_of(items[1]).startswith("近日，市图书馆")
    assert [b.text for b in items[2].blocks if b.kind == "credit"] == ["（视觉中国供图）"]


@pytest.mark.parametrize("byline, authors", [("东江日报·东江客户端记者 李 明", ["李明"]),
                                             ("东江报业全媒体记者 李明 通讯员 王芳", ["李明", "王芳"])])
def test_an_outlet_joined_to_its_app_or_group_names_no_one(tmp_path, byline, authors):
    items = items_of(tmp_path, BYLINE_BESIDE_TITLE.format(byline="", deck="").replace(
        "全面提速见实效 \n", f"全面提速见实效\n\n{byline}\n"))
    assert list(items[0].authors) == authors


def test_a_dateline_of_a_paper_and_its_app_opens_the_text(tmp_path):
    text = BYLINE_BESIDE_TITLE.format(byline="", deck="").replace(
        "近日，记者从市水务局获悉", "湖南日报·新湖南客户端12月22日讯（记者 朱涵）近日，记者从市水务局获悉")
    items = items_of(tmp_path, text)
    assert list(items[0].authors) == ["朱涵"]
    assert body_of(items[0]).startswith("近日，记者从市水务局获悉")


def test_a_bulleted_column_label_is_page_furniture(tmp_path):
    (tmp_path / "page.txt").write_text(SIGNED_TWICE_PAGE.replace("阅读是一座", "■编后\n\n阅读是一座"), encoding="utf-8")
    page = build_folder(tmp_path)[0].page
    assert "■编后" in {b.text for b in page.furniture}
    assert [i.title for i in page.items] == ["城乡供水一体化全面提速", ""]


def test_a_dateline_broken_at_a_line_end_and_a_text_and_picture_byline(tmp_path):
    text = ("■老旧小区加装电梯提速 本报\n讯 今年以来，全市老旧小区加装电梯工作加快推进，已完成加装一百二十余部，"
            "相关部门简化审批流程。（周敏）\n\n■城乡供水一体化全面提速\n\n文、图/东江报业全媒体记者 贺立博\n\n"
            "近日，记者从市水务局获悉，全市城乡供水一体化工程已完成投资十二亿元。\n")
    items = items_of(tmp_path, text)
    assert [(i.title, list(i.authors)) for i in items] == [("老旧小区加装电梯提速", ["周敏"]), ("城乡供水一体化全面提速", ["贺立博"])]
    assert body_of(items[0]).startswith("今年以来")


SIGNED_SECTION = """城乡供水一体化全面提速

本报记者 周航

近日，记者从市水务局获悉，全市城乡供水一体化工程已完成投资十二亿元，
新建供水管网四百公里，改造老旧水厂九座，惠及农村人口三十万人。

下一步，该市将加快推进水厂提标改造和管网延伸，确保农村供水保证率达
到百分之九十五以上，让农村群众和城里人一样用上放心水。

全民健身步道贯通

沿江全民健身步道近日全线贯通，全长十二公里，沿途设置休息驿站六处，
市民晨练夜跑更方便。（曾霞欣）
"""


def test_a_heading_over_a_short_text_signed_apart_heads_a_brief(tmp_path):
    items = items_of(tmp_path, SIGNED_SECTION)
    assert [(i.title, list(i.authors)) for i in items] == [("城乡供水一体化全面提速", ["周航"]),
                                                    ("全民健身步道贯通", ["曾霞欣"])]


def test_a_credit_closing_an_article_signed_nowhere_else_signs_all_of_it(tmp_path):
    items = items_of(tmp_path, SIGNED_SECTION.replace("本报记者 周航", "本报讯"))
    assert [(i.title, list(i.authors)) for i in items] == [("城乡供水一体化全面提速", ["曾霞欣"])]


def test_a_reprint_credit_closing_an_article_names_its_source_not_a_section(tmp_path):
    page = SIGNED_SECTION.replace("下一步", "水厂提标改造加快\n\n下一步").replace("（曾霞欣）", "\n（摘自《今晚报》）")
    items = items_of(tmp_path, page)
    assert [(i.title, list(i.authors)) for i in items] == [("城乡供水一体化全面提速", ["周航"])]


HEADLINE_STACK = """{headline}
本报记者 周航 文/图：刘川

日前，市发展改革委等部门联合印发工作要点，提出今年数字经济核心产业增加值
占全市生产总值的比重达到百分之十五以上，建成一批数字化车间和智能工厂。
"""


@pytest.mark.parametrize("headline, parts", [
    # a wider line under a full-length title is a subtitle in smaller type
    ("城乡供水一体化工程全面提速\n今年全市完成投资十二亿元惠及农村人口三十余万", ("", "城乡供水一体化工程全面提速", "今年全市完成投资十二亿元惠及农村人口三十余万")),
    # a short kicker above a title twice its width
    ("八年九次“串门”\n数字经济核心产业增加值比重过半", ("八年九次“串门”", "数字经济核心产业增加值比重过半", "")),
    # the main title wrapped in its own narrower measure under a wider kicker
    ("核心产业增加值占比达百分之十五以上\n市里明确今年数字\n经济发展目标", ("核心产业增加值占比达百分之十五以上", "市里明确今年数字经济发展目标", "")),
    # a title broken where the typesetter liked stays one title
    ("数字经济\n核心产业增加值比重过半", ("", "数字经济核心产业增加值比重过半", "")),
    # a word broken across the line end (改 / 造) is one title wrapped, however wide the line below
    ("老旧小区改\n造工程全面启动惠及千户", ("", "老旧小区改造工程全面启动惠及千户", "")),
    # and so across a blank line, as pages with a blank line after every line print it
    ("城乡供水一体化工程全面提\n\n速惠及农村人口三十余万", ("", "城乡供水一体化工程全面提速惠及农村人口三十余万", "")),
    # a series name in brackets over the title is its kicker, however long
    ("【奋进新征程 建功新时代】\n城乡供水一体化工程全面提速", ("奋进新征程 建功新时代", "城乡供水一体化工程全面提速", "")),
    # a dash subtitle read above its title, on the line before it
    ("——今年全市完成投资十二亿元惠及农村人口三十余万\n城乡供水一体化工程全面提速",
     ("", "城乡供水一体化工程全面提速", "——今年全市完成投资十二亿元惠及农村人口三十余万")),
])
def test_headline_parts_follow_the_type_size(tmp_path, headline, parts):
    items = items_of(tmp_path, HEADLINE_STACK.format(headline=headline))
    assert (items[0].kicker, items[0].title, items[0].subtitle) == parts
    assert list(items[0].authors) == ["周航", "刘川"]


DOUBLE_SPACED = """{headline}

本报记者 周航

日前，市发展改革委等部门联合印发工作要点，

提出今年数字经济核心产业增加值占全市生产

总值的比重达到百分之十五以上，建成一批数

字化车间和智能工厂。

工作要点还提出，全年新增上云企业一千家以上，

培育一批数字化转型服务商，推动中小企业数字

化转型提速，让更多企业享受数字经济的红利。
"""


@pytest.mark.parametrize("headline, parts", [
    # a blank line after every line parts nothing: a title broken anywhere stays one title
    ("数字经济核心产业\n\n增加值比重过半", ("", "数字经济核心产业增加值比重过半", "")),
    ("城乡\n\n供水\n\n全面\n\n提速", ("", "城乡供水全面提速", "")),
    # the type size still parts a kicker, a title wrapped in its own measure and a closed phrase
    ("核心产业增加值占比达百分之十五以上\n\n市里明确今年数字\n\n经济发展目标",
     ("核心产业增加值占比达百分之十五以上", "市里明确今年数字经济发展目标", "")),
    ("市政府新闻办举行“数字经济发展新闻发布会”\n\n核心产业增加值比重过半",
     ("市政府新闻办举行“数字经济发展新闻发布会”", "核心产业增加值比重过半", "")),
    # a label of two to four glyphs over its title is a part of its own, however alike their type
    ("政策解读\n\n数字化转型提速", ("政策解读", "数字化转型提速", "")),
    ("新作品\n\n数字车间", ("新作品", "数字车间", "")),
    # a serial's chapter under the serial's name is its title, the name its kicker
    ("长篇纪实《数字时代》连载（23）\n\n第五章 车间", ("长篇纪实《数字时代》连载（23）", "第五章 车间", "")),
    # a serial's name with the instalment's number is the kicker over the instalment's title, also under a
    # label, and pairs with no phrase under it
    ("长篇纪实连载（24）\n\n数字经济激发创新活力\n\n相互赋能发展新质生产力",
     ("长篇纪实连载（24）", "数字经济激发创新活力相互赋能发展新质生产力", "")),
    ("专家讲座\n\n连载·果树栽培技术讲座（25）\n\n苹果树的春季修剪", ("连载·果树栽培技术讲座（25）", "苹果树的春季修剪", "")),
    ("科学家故事连载（29）\n\n老街有名医\n\n群众有“医”靠", ("科学家故事连载（29）", "老街有名医群众有“医”靠", "")),
    # but a line the next one runs on from is one title wrapped, and a label broken over two short lines one label
    ("数字经济\n\n：核心产业提速", ("", "数字经济：核心产业提速", "")),
    ("两岸\n\n观察\n\n数字化转型提速", ("两岸观察", "数字化转型提速", "")),
])
def test_headline_parts_on_a_double_spaced_page(tmp_path, headline, parts):
    items = items_of(tmp_path, DOUBLE_SPACED.format(headline=headline))
    assert (items[0].kicker, items[0].title, items[0].subtitle) == parts


@pytest.mark.parametrize("line, serial", [
    ("长篇纪实连载（24）", True), ("《老街旧事》（连载24）", True), ("《铁西工人村》连载之十", True),
    ("连载·果树栽培技术讲座（25）", True),
    # a title naming serials, numbered as a series' part, counts no instalment of its own
    ("网络连载小说火了（1）", False), ("连载小说改编剧热播（二）", False)])
def test_a_serials_name_stands_next_to_its_instalments_number(line, serial):
    from generator.archive.segment import is_series_label
    assert is_series_label(line) == serial


@pytest.mark.parametrize("headline, said, parts", [
    # the text lists the halves with its pause marks, which the headline drops: one title broken
    ("聚焦学有所教\n劳有所得病有所医老有所养", "聚焦学有所教、劳有所得、病有所医、老有所养",
     ("", "聚焦学有所教劳有所得病有所医老有所养", "")),
    # a label shorter than the characters compared stays a label, whatever the text lists after it
    ("数据\n今年全市数字经济核心产业增加值", "数据、今年全市数字经济核心产业增加值", ("数据", "今年全市数字经济核心产业增加值", "")),
    # and so does one no list of labels holds, which nothing but that length keeps apart
    ("民生\n今年全市新增就业岗位一万个", "民生、今年全市新增就业岗位一万个", ("民生", "今年全市新增就业岗位一万个", ""))])
def test_headline_halves_the_text_lists_with_pause_marks_are_one_title(tmp_path, headline, said, parts):
    text = HEADLINE_STACK.format(headline=headline) + f"\n会议提出，{said}，持续办好民生实事。\n"
    items = items_of(tmp_path, text)
    assert (items[0].kicker, items[0].title, items[0].subtitle) == parts


def test_headline_parts_the_page_prints_unbroken_are_one_title(tmp_path):
    text = HEADLINE_STACK.format(headline="推动数字经济和实体经济\n深度融合工作推进会议召开") + \
        "\n会议指出，推动数字经济和实体经济深度融合工作推进会议的召开正当其时。\n"
    items = items_of(tmp_path, text)
    assert (items[0].kicker, items[0].title, items[0].subtitle) == ("", "推动数字经济和实体经济深度融合工作推进会议召开", "")


def test_a_teaser_box_is_page_furniture_and_a_lead_label_no_headline(tmp_path):
    text = ("今日导读\n城乡供水一体化全面提速 详见3版\n老旧小区加装电梯提速 详见第5版\n\n"
            + HEADLINE_STACK.format(headline="数字经济核心产业增加值比重过半\n\n导读").replace("本报记者 周航 文/图：刘川\n", ""))
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    page = build_folder(tmp_path)[0].page
    assert {"今日导读", "城乡供水一体化全面提速 详见3版"} <= {b.text for b in page.furniture}
    assert [(i.kicker, i.title, i.subtitle) for i in page.items] == [("", "数字经济核心产业增加值比重过半", "")]
    assert "导读" in [b.text for b in page.items[0].blocks if b.kind == "heading"]


@pytest.mark.parametrize("label, name", [("本报快评", "◇叶丽"), ("一财社论", "邱 娜"), ("【法治时评】", ""), ("自由谈", "石晶俊"), ("长安观察", "顾丽峰"),
                                         ("清风茶座", "◎刘云新"), ("观察家", "◎曹明"), ("新论", "蒋 明"), ("观点", "林鸣雪")])
def test_a_named_commentary_label_and_the_name_under_it(tmp_path, label, name):
    text = (HEADLINE_STACK.format(headline="数字经济核心产业增加值比重过半") + f"\n{label}\n" + (f"{name}\n" if name else "")
            + "走深走实，要深化认识、凝聚共识。统一思想就会统一行动，凝聚共识才能凝聚力量。\n")
    page = items_of(tmp_path, text)
    assert [(i.kind, i.title) for i in page] == [("article", "数字经济核心产业增加值比重过半"), ("commentary", "")]
    assert list(page[1].authors) == ([GAPS.sub("", name.lstrip("◇◎"))] if name else [])


@pytest.mark.parametrize("label", ["【记者手记】", "◎记者观察", "采访札记"])
def test_a_reporters_note_label_opens_an_item_without_a_title(tmp_path, label):
    text = HEADLINE_STACK.format(headline="数字经济核心产业增加值比重过半") + f"\n{label}\n发展的成色，最终要体现在群众的获得感上。\n"
    page = items_of(tmp_path, text)
    assert [i.title for i in page] == ["数字经济核心产业增加值比重过半", ""]


@pytest.mark.parametrize("byline, authors", [("南方周末特约撰稿 孟锋晨", ["孟锋晨"]),
                                             ("每经记者 方辉勇 实习记者 郭平刚 每经编辑 田琳建", ["方辉勇", "郭平刚"]),
                                             ("记者 冯远强 成都报道", ["冯远强"])])
def test_byline_roles_and_the_desk_editor_who_signs_no_text(tmp_path, byline, authors):
    text = HEADLINE_STACK.format(headline="数字经济核心产业增加值比重过半").replace("本报记者 周航 文/图：刘川", byline)
    assert [list(i.authors) for i in items_of(tmp_path, text)] == [authors]


@pytest.mark.parametrize("byline, authors, photographers", [
    ("本报驻京记者 冯远强", ["冯远强"], []),  # a correspondent in a place
    ("本报记者 冯远强 整理", ["冯远强"], []),
    ("文·图/冯远强", ["冯远强"], ["冯远强"]),
    ("本报记者 冯远强/文 刘川/图", ["冯远强"], ["刘川"]),  # the mark after each name
    ("撰文 冯远强 摄影 刘川", ["冯远强"], ["刘川"]),
    ("撰文：冯远强 摄影：刘川", ["冯远强"], ["刘川"]),  # the marks set off by a colon
    ("安吉县融媒体中心记者 冯远强 通讯员 刘川", ["冯远强", "刘川"], []),  # a county's media centre
    ("冯 远 强/著", ["冯远强"], []),  # a serial's or a book's author mark
    ("冯 远 强 著", ["冯远强"], []),
])
def test_byline_forms_of_other_papers(tmp_path, byline, authors, photographers):
    text = HEADLINE_STACK.format(headline="数字经济核心产业增加值比重过半").replace("本报记者 周航 文/图：刘川", byline)
    items = items_of(tmp_path, text)
    assert [(i.title, list(i.authors), list(i.photographers)) for i in items] == [
        ("数字经济核心产业增加值比重过半", authors, photographers)]


def test_a_bracketed_credit_glued_to_the_text_names_the_reporter_without_its_bracket(tmp_path):
    # 【记者X／台中报导】日前，…: the closing bracket is no glyph of the name
    text = "成都明确今年数字经济发展目标\n\n【记者周航／台中报导】" + HEADLINE_STACK.split("\n\n", 1)[1]
    assert [list(i.authors) for i in items_of(tmp_path, text)] == [["周航"]]


def test_a_dateline_broken_before_its_xun_under_the_headline_signs_the_text(tmp_path):
    # 湖南日报·新湖南客户端9月25日 / 讯（记者 X）: the paper, its app and the date fill the first line
    text = ("成都明确今年数字经济发展目标\n\n湖南日报·新湖南客户端9月25日\n讯（记者 周航 通讯员 刘川）\n"
            + HEADLINE_STACK.split("\n\n", 1)[1])
    items = items_of(tmp_path, text)
    assert [(i.title, i.subtitle, list(i.authors)) for i in items] == [("成都明确今年数字经济发展目标", "", ["周航", "刘川"])]


@pytest.mark.parametrize("byline", [
    "大河报·豫视频记者 黎娟丽 金\n\n远琪 通讯员 陶春雯 实习生 马芳鹏",  # broken inside a name, across a blank
    "大河报·豫视频记者 黎娟丽\n金远琪 通讯员 陶春雯 实习生 马芳鹏",  # broken between names
    "■本报记者 黎娟丽 金远琪 特约\n通讯员 陶春雯 实习生 马芳鹏",  # broken inside a role (特约通讯员)
])
def test_a_byline_of_a_paper_and_its_app_wrapped_over_two_lines(tmp_path, byline):
    text = HEADLINE_STACK.format(headline="数字经济核心产业增加值比重过半").replace("本报记者 周航 文/图：刘川", byline)
    items = items_of(tmp_path, text)
    assert [(i.title, list(i.authors)) for i in items] == [("数字经济核心产业增加值比重过半", ["黎娟丽", "金远琪", "陶春雯", "马芳鹏"])]
    assert body_of(items[0]).startswith("日前，市发展改革委")


def test_a_data_table_under_a_box_label_is_an_infobox(tmp_path):
    text = (HEADLINE_STACK.format(headline="数字经济核心产业增加值比重过半")
            + "\n相关链接\n\n近五年研发投入情况\n\n年份  研发投入（亿元）  占营收比重\n2019年  18.6  3.1%\n"
              "2020年  21.3  3.4%\n2021年  25.9  3.6%\n\n数据来源：企业年报\n")
    items = items_of(tmp_path, text)
    assert [(i.kind, i.kicker, i.title) for i in items] == [
        ("article", "", "数字经济核心产业增加值比重过半"), ("infobox", "相关链接", "近五年研发投入情况")]
    assert [b.kind for b in items[1].blocks if b.kind != "headline"] == ["listitem"] * 4 + ["credit"]


def test_a_tables_rows_with_blank_lines_between_them_stay_rows(tmp_path):
    table = ("【市场数据】\n\n5月31日主要指数表现\n\n指数 收盘 涨跌幅\n\n上证指数 3210.54 1.51%\n\n"
             "深证成指 9188.68 -1.53%\n\n创业板指 1795.32 0.85%\n\n数据来源：交易所网站\n")
    items = items_of(tmp_path, ARTICLE_ABOVE + table)
    assert [(i.kind, i.kicker, i.title) for i in items][1:] == [("infobox", "市场数据", "5月31日主要指数表现")]
    assert [b.kind for b in items[1].blocks if b.kind != "headline"] == ["listitem"] * 4 + ["credit"]


def test_a_tables_rows_naming_their_unit_in_brackets_stay_rows(tmp_path):
    # what a row counts carries its unit (…（元/吨）), running past ten characters
    table = ("■建材行情\n本周主要建材价格\n品名 均价 涨跌\nHRB400螺纹钢（元/吨） 3650 +20\n"
             "普通水泥（元/吨） 412 -6\n中空玻璃（元/平米） 86 持平\n红砖（元/块） 0.45 持平\n数据来源：某某建材市场\n")
    items = items_of(tmp_path, ARTICLE_ABOVE + "\n" + table)
    assert [(i.kind, i.kicker, i.title) for i in items][1:] == [("infobox", "建材行情", "本周主要建材价格")]
    assert [b.kind for b in items[1].blocks if b.kind != "headline"] == ["listitem"] * 5 + ["credit"]


@pytest.mark.parametrize("gap", ["", "\n"])
def test_a_tables_row_cut_inside_its_last_figure_stays_a_row(tmp_path, gap):
    table = ("【市场数据】\n\n5月31日主要指数表现\n\n指数 收盘 涨跌幅\n\n上证指数 3210.54 1.51%\n\n"
             f"深证综合指数 1888.68 -1.53\n{gap}%\n\n创业板指 1795.32 0.85%\n\n数据来源：交易所网站\n")
    items = items_of(tmp_path, ARTICLE_ABOVE + table)
    assert [(i.kind, i.kicker, i.title) for i in items][1:] == [("infobox", "市场数据", "5月31日主要指数表现")]
    assert [b.kind for b in items[1].blocks if b.kind != "headline"] == ["listitem"] * 4 + ["credit"]


def test_a_byline_set_apart_under_a_carried_on_story_signs_the_text_below(tmp_path):
    # the story below prints its headline after its text
    text = ("2024年7月2日 星期二 02 要闻\n\n炼厂检修顺利完成\n\n（上接01版）\n\n公司组织员工加班加点，提前两天完成全\n"
            "部检修任务，为下半年生产打下坚实基础\n。检修后装置运行平稳。\n\n本报记者 王进\n\n近日，城区新建的二十个公共充电站投入\n"
            "使用，市民可通过手机扫码充电，高峰时\n段排队时间明显缩短。\n\n城区新增一批共享充电桩\n")
    items = items_of(tmp_path, text)
    assert [(i.kind, i.title, list(i.authors)) for i in items] == [
        ("continuation", "炼厂检修顺利完成", []), ("article", "城区新增一批共享充电桩", ["王进"])]


def test_a_byline_set_apart_under_a_dated_brief_signs_the_text_below(tmp_path):
    # a brief opened by its dateline (（中新社电）) signs there, if at all: the byline set apart under it
    # opens the story below, whose headline is printed after its text
    text = ("2024年7月2日 星期二 02 要闻\n\n公共图书馆延长开放时间\n（中新社电）公共图书馆日前宣布延长开\n"
            "放时间，方便市民下班后借书。\n\n记者 王进 报道\n近日，城区新建的二十个公共充电站投入\n"
            "使用，市民可通过手机扫码充电，高峰时\n段排队时间明显缩短。\n\n城区新增一批共享充电桩\n")
    items = items_of(tmp_path, text)
    assert [(i.title, list(i.authors)) for i in items] == [
        ("公共图书馆延长开放时间", []), ("城区新增一批共享充电桩", ["王进"])]


def test_a_column_of_one_sentence_items_each_an_item(tmp_path):
    text = (HEADLINE_STACK.format(headline="数字经济核心产业增加值比重过半") + "\n一句话新闻\n\n"
            "●市图书馆少儿分馆暑期推出“小小图\n书管理员”体验活动，首批招募一百名\n小学生。\n"
            "●港区至老城区的定制公交线路开通，\n早晚高峰各发两个班次。（程新）\n"
            "●市农业农村部门近日发布夏季农作物\n病虫害防治预警，提醒农户做好防范。\n（谢洋佳）\n")
    items = items_of(tmp_path, text)
    assert [body_of(i)[:8] for i in items[1:]] == ["●市图书馆少儿分", "●港区至老城区的", "●市农业农村部门"]
    assert [list(i.authors) for i in items[1:]] == [[], ["程新"], ["谢洋佳"]]



def test_a_one_sentence_item_whose_first_line_stops_mid_sentence(tmp_path):
    text = (HEADLINE_STACK.format(headline="数字经济核心产业增加值比重过半") + "\n一句话新闻\n\n"
            "●市图书馆少儿分馆暑期推出“小小图\n书管理员”体验活动，首批招募一百名\n小学生。\n"
            "●市民卡服务网点新增社保卡补换、\n医保关系转移等8项业务。\n"
            "●今年首批乡村工匠名单日前公布，\n共有86人入选。\n")
    items = items_of(tmp_path, text)
    assert [body_of(i)[:8] for i in items[1:]] == ["●市图书馆少儿分", "●市民卡服务网点", "●今年首批乡村工"]


def test_a_bulleted_rows_last_words_a_blank_line_below_on_a_double_spaced_page(tmp_path):
    rows = ["■出行提醒", "节日出行提前看", "◆节假日景区周边道路车流量较大，建议", "错峰出行。",
            "◆雷雨天气路面湿滑，驾驶人请开启雾灯，", "保持安全车距。", "◆路况信息可拨打12328服务监督电", "话查询。"]
    text = "\n\n".join(rows) + "\n\n" + HEADLINE_STACK.format(headline="数字经济核心产业增加值比重过半")
    items = items_of(tmp_path, text)
    assert [(i.kind, i.title) for i in items] == [("infobox", "节日出行提前看"), ("article", "数字经济核心产业增加值比重过半")]
    assert body_of(items[0]).endswith("监督电话查询。")


def test_a_titled_box_under_a_bulleted_column_is_no_more_of_the_column(tmp_path):
    text = ("■一句话新闻\n\n●市图书馆少儿分馆暑期推出“小小图书管理员”体验活动，首批招募一百名小学生。\n\n"
            "●今年首批乡村工匠名单日前公布，共有八十六人入选。\n\n【出行小贴士】\n\n"
            "●雷雨天气出行请携带雨具，远离广告牌和大树。\n\n●夜间行车请降低车速，注意避让行人。\n\n"
            "●出行前可拨打便民热线查询路况信息。\n")
    items = items_of(tmp_path, text)
    assert [(i.kind, i.title) for i in items] == [("article", ""), ("article", ""), ("infobox", "出行小贴士")]


def test_a_glyph_and_a_stop_under_a_line_read_as_a_headline_end_its_sentence(tmp_path):
    text = ("社区服务\n\n志愿者在社区广场为居民义务理发。\n\n社区工作人员在广场上整理捐赠物\n\n品。\n\n（记者 林晓 摄）\n\n"
            "本报讯（记者 周航）近日，市发展改革委等部门联合印发工作要点，提出今年数字经济核心产业增加值占全市生产总值的比重"
            "达到百分之十五以上。\n")
    items = items_of(tmp_path, text)
    photo = next(i for i in items if i.kind == "photo")
    caption = "".join(b.text for b in photo.blocks if b.kind == "caption")
    assert (caption, list(photo.photographers)) == ("社区工作人员在广场上整理捐赠物品。", ["林晓"])
    assert not any(i.title.startswith("社区工作人员") for i in items)


def test_captions_stacked_over_a_credit_for_the_whole_page(tmp_path):
    text = ("6月21日，市民在江边步道骑行健身。\n\n位于南康区的国际陆港货运站，龙门吊正在吊运集装箱货柜。\n\n"
            "日前，老街区改造提升工程完工，修缮后的老建筑保留原有风貌。图为游客在街区内游览。\n\n"
            "本版图片均由本报记者 谭光 摄\n\n" + HEADLINE_STACK.format(headline="数字经济核心产业增加值比重过半"))
    items = items_of(tmp_path, text)
    assert [(i.kind, list(i.photographers)) for i in items[:3]] == [("photo", ["谭光"])] * 3
    assert items[3].title == "数字经济核心产业增加值比重过半"


def test_a_pull_quote_and_a_bracketed_lead_label_stay_in_their_article(tmp_path):
    body = "日前，市发展改革委等部门联合印发工作要点，提出建成一批数字化车间和智能工厂。\n"
    text = ("数字经济核心产业增加值比重过半\n\n□本报记者 周航\n\n【导语】\n\n" + body
            + "\n“建成一批数字化\n车间和智能工厂”\n\n会议强调，要建成一批数字化车间和智能工厂，推动产业升级。\n")
    items = items_of(tmp_path, text)
    assert [(i.title, list(i.authors)) for i in items] == [("数字经济核心产业增加值比重过半", ["周航"])]
    assert [b.text for b in items[0].blocks if b.kind == "heading"] == ["【导语】", "“建成一批数字化 车间和智能工厂”"]


def test_bulleted_sections_stop_at_a_box_of_key_figures(tmp_path):
    text = "会议强调，要建成一批数字化车间和智能工厂，推动产业升级，打造数字产业集群发展新质生产力。" * 8
    section = "\n".join(text[i:i + 24] for i in range(0, len(text), 24))
    text = (HEADLINE_STACK.format(headline="数字经济核心产业增加值比重过半")
            + f"■相向发展 培育新质生产力\n{section}\n■相互赋能 共建产业集群\n{section}\n\n■数读\n300个  共建重大项目\n1860亿元　年度计划投资\n52.6%　年度投资完成率\n")
    items = items_of(tmp_path, text)
    assert [(i.kind, i.title) for i in items] == [("article", "数字经济核心产业增加值比重过半"), ("infobox", "数读")]
    assert [b.text for b in items[0].blocks if b.kind == "heading"] == ["■相向发展 培育新质生产力",
                                                                       "■相互赋能 共建产业集群"]


@pytest.mark.parametrize("signature", ["  春城晚报记\n者 汤云", "  本报记\n者 汤云"])
def test_a_closing_byline_broken_inside_its_role(tmp_path, signature):
    text = ("数字经济核心产业增加值比重过半\n\n日前，市发展改革委等部门联合印发工作要点，提出今年建成一批数字化车\n"
            f"间和智能工厂，推动产业升级。{signature}\n\n城乡供水一体化全面提速\n\n近日，记者从市水务局获悉，全市城乡供水一体化工程已完成投资。\n")
    items = items_of(tmp_path, text)
    assert [(i.title, list(i.authors)) for i in items] == [("数字经济核心产业增加值比重过半", ["汤云"]), ("城乡供水一体化全面提速", [])]


def test_a_photo_title_over_its_caption_with_an_article_right_below(tmp_path):
    text = ("杭州塘栖:农文旅助力乡村游\n\n5月17日,杭州市临平区塘栖镇一年一度的枇杷节正式开幕,众多游客参加摘枇杷活动。"
            "图为游客在塘栖镇塘栖村的枇杷园中采摘枇杷。 （陈远阳 摄）\n\n"
            "近日印发的《中共中央国务院关于全面推进美丽中国建设的意见》提出，积极稳妥推进碳达峰碳中和。\n")
    items = items_of(tmp_path, text)
    assert [(i.kind, i.title) for i in items] == [("photo", "杭州塘栖:农文旅助力乡村游"), ("article", "")]


@pytest.mark.parametrize("dateline", ["　　本报北京12月25日电 （记者 秦俊）", "据新华社北京10月11日电 （记者秦俊）"])
def test_a_dateline_with_its_reporter_on_a_line_of_its_own(tmp_path, dateline):
    text = (f"数字经济核心产业增加值比重过半\n\n{dateline}\n"
            "日前，市发展改革委等部门联合印发工作要点，提出今年建成一批数字化车间和智能工厂。\n\n"
            "人民日报海外版 社址：北京金台西路2号 邮政编码：100733\n")
    page = build_page_of(tmp_path, text)
    assert [(i.title, list(i.authors)) for i in page.items] == [("数字经济核心产业增加值比重过半", ["秦俊"])]
    assert body_of(page.items[0]).startswith("日前，")
    assert page.furniture[-1].text.startswith("人民日报海外版")


def build_page_of(tmp_path, text):
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    return build_folder(tmp_path)[0].page


def test_a_lead_label_under_the_byline_and_a_box_label_over_a_table(tmp_path):
    text = ("4年9次“串门”\n双城经济圈建设结出哪些硕果？\n■记者 贺光玉 陶柏 北京报道\n【核心阅读】\n\n"
            "日前，市发展改革委等部门联合印发工作要点，提出今年建成一批数字化车间和智能工厂。\n\n"
            "■数据\n\n样本上市公司一季报概览\n\n板块  公司数（家）  净利润增速\n主板  312  6.8%\n创业板  145  11.2%\n")
    items = items_of(tmp_path, text)
    assert [(i.kind, i.kicker, i.title, list(i.authors)) for i in items] == [
        ("article", "4年9次“串门”", "双城经济圈建设结出哪些硕果？", ["贺光玉", "陶柏"]),
        ("infobox", "数据", "样本上市公司一季报概览", [])]


def test_an_author_note_closes_a_commentary_and_a_reader_signs_a_letter(tmp_path):
    text = ("京华时评\n\n■郑波\n\n办好民生实事，关键在于把群众的“需求清单”变成政府的“履职清单”。\n\n"
            "群众满意不满意，是衡量工作成效的根本标准。（作者为北京市社会科学院研\n究员）\n\n"
            "小区门口的公交站该挪一挪了\n\n我家住在城东一个新建小区，小区门口的公交站台离路口太近，存在安全隐患。\n\n"
            "希望有关部门实地看一看，把站台往后挪几十米。\n\n读者　毛波\n")
    items = items_of(tmp_path, text)
    assert [(i.title, list(i.authors)) for i in items] == [("", ["郑波"]), ("小区门口的公交站该挪一挪了", ["毛波"])]


def test_a_byline_under_the_lead_and_an_end_mark_before_a_related_brief(tmp_path):
    section = "救助对象识别为特困人员、低保对象、低保边缘家庭和支出型困难家庭四类，推动专项救助范围拓展。" * 3
    text = ("聚焦弱有所扶老有颐养幼有所护残有所助\n\n"
            "6月21日，省政府新闻办举行新闻发布会，介绍强化基本民生保障有关情况。\n\n"
            "温州日报全媒体记者 杜 宇\n\n弱有所扶 织密兜牢民生保障底线\n\n" + section + "\n\n"
            "老有颐养 建成社区养老服务综合体\n\n" + section + "（完）\n\n相关新闻\n\n◆温州启动夏季就业服务月\n\n"
            "日前，温州市启动夏季就业服务月活动，计划举办各类招聘会六十余场，提供岗位三万余个。\n")
    items = items_of(tmp_path, text)
    assert [(i.title, list(i.authors)) for i in items] == [("聚焦弱有所扶老有颐养幼有所护残有所助", ["杜宇"]),
                                                      ("温州启动夏季就业服务月", [])]
    assert [b.text for b in items[0].blocks if b.kind == "heading"] == ["弱有所扶 织密兜牢民生保障底线",
                                                                       "老有颐养 建成社区养老服务综合体"]


def test_a_byline_between_the_lead_and_the_rest_of_the_text(tmp_path):
    rest = "建立领导小组、管委会和国有公司三级管理架构，创新小管委会加大公司运行模式，推动政策就高不就低。" * 3
    text = ("四川广安：改革开放风正劲\n\n初冬时节，四川广安依然如春天般温暖，一个个百亿项目纷至沓来。\n\n"
            "广西云-广西日报首席记者 武凯新 通讯员 梁光\n\n" + rest + "\n")
    items = items_of(tmp_path, text)
    assert [(i.title, list(i.authors)) for i in items] == [("四川广安：改革开放风正劲", ["武凯新", "梁光"])]


@pytest.mark.parametrize("notice, close", [("关于开展夏季燃气安全检查的通告", "特此通告。"),
                                           ("2024年夏季燃气安全检查通告", "特此通告。"),
                                           # its issuer before it (a listed company's call to its meeting)
                                           ("某某燃气股份有限公司关于开展夏季燃气安全检查的通知", "特此通知。"),
                                           # no closing formula: the issuer over a bare date signs it all the same
                                           ("2024年夏季燃气安全检查通告", "检查期间给您带来不便，敬请谅解。"),
                                           # what is stopped and the notice's kind, two characters each
                                           ("停气公告", "检查期间给您带来不便，敬请谅解。")])
def test_a_notice_is_an_item_signed_by_its_issuer_and_date(tmp_path, notice, close):
    body = "据了解，为提高劳动者就业技能，甘肃紧盯制造业重点领域、现代服务业和乡村振兴对技能人才的需求。" * 4
    text = ("甘肃外输内拓稳就业促增收\n\n" + body + f"\n\n{notice}\n\n"
            "为保障居民用气安全，市燃气公司将于7月1日至7月31日对城区居民用户开展入户安全检查。\n\n"
            f"请广大用户予以配合。\n\n{close}\n\n市燃气有限公司\n\n2024年12月6日\n\n长江岸线生态修复见成效\n\n"
            "本报讯 近日，记者在长江岸线一处修复点看到，原先的废弃码头已改造成生态湿地。（记者 汪锋立）\n")
    items = items_of(tmp_path, text)
    assert [(i.title, list(i.authors)) for i in items] == [("甘肃外输内拓稳就业促增收", []),
                                                      (notice, []),
                                                      ("长江岸线生态修复见成效", ["汪锋立"])]
    assert body_of(items[1]).endswith(close)


@pytest.mark.parametrize("printed, notice", [("关于开展夏季燃气安全\n检查的通告", "关于开展夏季燃气安全检查的通告"),
                                             ("2024年度某某市\n“最美家庭”拟推荐对象公示", "2024年度某某市“最美家庭”拟推荐对象公示")])
def test_a_notice_titled_over_two_lines_under_a_story_is_an_item(tmp_path, printed, notice):
    """A notice's title wrapped over two headline lines (关于开展夏季燃气安全 / 检查的通告) under a story's
    finished text titles the notice, no section of the story."""
    body = "据了解，为提高劳动者就业技能，甘肃紧盯制造业重点领域、现代服务业和乡村振兴对技能人才的需求。" * 4
    text = ("甘肃外输内拓稳就业促增收\n\n" + body + f"\n\n{printed}\n\n"
            "为保障居民用气安全，市燃气公司将于7月1日至7月31日对城区居民用户开展入户安全检查。\n\n"
            "请广大用户予以配合。\n\n特此通告。\n\n市燃气有限公司\n\n2024年12月6日\n")
    items = items_of(tmp_path, text)
    assert [i.title for i in items] == ["甘肃外输内拓稳就业促增收", notice]


def test_a_notice_title_broken_over_two_lines_ends_before_its_salutation(tmp_path):
    """On a page with a blank line after every line, a notice's title opening `关于…` broken over two
    lines (`关于开展2024年度“江` / `西向上向善好青年”推选活动的通知`) ends where its form ends: the salutation
    under it (`各设区市团委，…`) opens the notice's text, no line of its title."""
    lines = ["青春·校园 05", "关于开展2024年度“江", "西向上向善好青年”推选活动的通知", "各设区市团委，省直属机关团工委，",
             "各高校团委：为选树青年榜样，团", "省委决定开展本年度推选活动。现", "将有关事项通知如下：",
             "一、推选对象：年龄在十八至四十", "周岁之间的优秀青年。", "二、推选程序：由各单位推荐，经",
             "评审后公示。", "请各单位高度重视，认真组织。", "共青团某某省委", "2024年6月15日"]
    items = items_of(tmp_path, "\n\n".join(lines) + "\n")
    assert items[0].title == "关于开展2024年度“江西向上向善好青年”推选活动的通知"
    assert body_of(items[0]).startswith("各设区市团委")


def test_a_notices_phone_wrapped_onto_a_short_line_under_its_rows_ends_its_text(tmp_path):
    """…如有异议，请以书面形式反映。联系 / 电话：0891-6832417 under a 公示's rows: two short lines read
    alone as headlines, but no headline ends on a phone: they are the notice's last words, and the
    issuer and date under them sign it."""
    text = ("协同创新开新局\n\n关于拟推荐市级文明单位的公示\n\n　　经逐级推荐、审核，现将拟推荐名单予以\n公示：\n\n"
            "1.某某县某某乡\n　　2.某某市某某街道某某社区\n3.某某中学\n4.某某医院\n\n"
            "公示期间如有异议，请以书面形式反映。联系\n电话：0891-6832417\n\n某某市精神文明建设委员会\n2024年11月13日\n\n"
            "长江岸线生态修复见成效\n\n"
            "本报讯 近日，记者在长江岸线一处修复点看到，原先的废弃码头已改造成生态湿地。（记者 汪锋立）\n")
    items = items_of(tmp_path, text)
    notice = next(i for i in items if i.title == "关于拟推荐市级文明单位的公示")
    assert body_of(notice).endswith("联系电话：0891-6832417") and not notice.authors


@pytest.mark.parametrize("after", ["临江日报社出版 社址：临江市某某路8号\n",  # at the page's foot
                                   "长江岸线生态修复见成效\n\n本报讯 近日，记者在长江岸线一处修复点看到，"
                                   "原先的废弃码头已改造成生态湿地。（记者 汪锋立）\n"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_phone_over_a_notices_issuer_and_date_ends_its_numbered_clauses(tmp_path, after, gap):
    """咨询电话：… under a notice's last numbered clause, which ends on no stop, over its issuer and the bare
    date it signs with: the notice's last words (at the foot too, where a phone may be the paper's
    hotline, which nobody signs), the issuer and date its signature, no rows."""
    body = "据了解，为提高劳动者就业技能，甘肃紧盯制造业重点领域、现代服务业和乡村振兴对技能人才的需求。" * 4
    notice = gap.join(["招聘公告", "根据工作需要，经研究决定，面向社会公开招聘工作人员，现将有关事项公告如下：",
                       "一、招聘岗位：综合管理岗2名", "二、报名条件：大学本科及以上学历",
                       "三、报名方式：携带身份证到现场报名", "咨询电话：0912-62843085", "某某市某某中心",
                       "2024年10月11日"])
    text = "甘肃外输内拓稳就业促增收\n\n" + body + "\n\n" + notice + "\n\n" + after
    items = items_of(tmp_path, text)
    notice = next(i for i in items if i.title == "招聘公告")
    assert body_of(notice).endswith("咨询电话：0912-62843085") and not notice.authors


@pytest.mark.parametrize("label", ["【编者按】", "编者按："])
@pytest.mark.parametrize("byline", ["记者 卢涵平", "文/卢涵平 图/宋红佳"])
def test_the_editors_note_under_a_headline_is_no_text_its_byline_signs(tmp_path, label, byline):
    """深化改革激发创新活力 / 【编者按】今年是… / 文/X 图/Y / the story: the label opens the editors' own note
    (no run-in title), which no writer signs: the byline under it signs the story below, one item."""
    body = "6月21日，重庆市党政代表团赴四川省广安市考察，两省市召开推动成渝地区双城经济圈建设重庆四川党政联席会议第九次会议座谈会。"
    text = (f"深化改革激发创新活力\n\n{label}今年是学校建校纪念之年。本报推出专题，讲述一代代求是人的故事。\n\n"
            f"{byline}\n\n{body}\n\n{body}\n")
    items = items_of(tmp_path, text)
    assert [(i.title, list(i.authors)) for i in items] == [("深化改革激发创新活力", ["卢涵平"])]
    assert body_of(items[0]).startswith(label + "今年是")


def test_a_byline_on_the_text_under_a_signed_brief_opens_the_next_story(tmp_path):
    body = "近日，四川省政府新闻办在成都举行系列主题新闻发布会，八个市政府相关负责人出席会议介绍相关情况。" * 3
    text = ("小家电企业开拓新市场\n本报讯（记者 秦宁）今年以\n来，我市小家电企业加快开拓\n新兴市场，前五个月出口订单\n"
            "同比有所增长。\n\n记者 魏璐玉 通讯员 蒋锋\n" + "\n".join(body[i:i + 13] for i in range(0, len(body), 13))
            + "\n\n协同创新开新局\n")
    items = items_of(tmp_path, text)
    assert [list(i.authors) for i in items] == [["秦宁"], ["魏璐玉", "蒋锋"]]


def test_a_byline_set_apart_from_an_unsigned_brief_opens_the_next_story(tmp_path):
    # a lead's byline hugs the lead; one set apart from the brief above and printed right on the text
    # under it opens that text's story, though nothing signs the brief
    body = "近日，四川省政府新闻办在成都举行系列主题新闻发布会，八个市政府相关负责人出席会议介绍相关情况。" * 3
    text = ("2024年7月2日 星期二 02 要闻\n\n社区食堂开门迎客\n日前，一家社区食堂开门迎客，老\n人们在家门口就能吃上热乎饭。\n\n"
            "晚报记者 段立松\n" + "\n".join(body[i:i + 15] for i in range(0, len(body), 15)) + "\n")
    items = items_of(tmp_path, text)
    assert [(i.title, list(i.authors)) for i in items] == [("社区食堂开门迎客", []), ("", ["段立松"])]


def test_a_body_signing_a_notice_with_its_date_is_no_author(tmp_path):
    text = ("讣告\n\n某某中学退休教师严霞洋同志，因病于2024年11月17日逝世，享年七十九岁。\n\n"
            "遵照其生前遗愿，丧事从简，特此讣告。\n\n某某中学\n\n2024年11月18日\n")
    items = items_of(tmp_path, text)
    assert [(i.title, list(i.authors)) for i in items] == [("讣告", [])]


def test_a_title_in_narrow_lines_at_the_top_of_a_page(tmp_path):
    body = "6月21日，推动成渝地区双城经济圈建设重庆四川党政联席会议第九次会议在四川省广安市召开，会议审议了有关文件。" * 2
    text = ("新安晚报 2024年11月4日 星期一\nA06\n\n4年9次“串门”\n双城经济圈建\n设结出哪些硕果？\n\n"
            + "\n".join(body[i:i + 10] for i in range(0, len(body), 10)) + "\n")
    items = items_of(tmp_path, text)
    assert len(items) == 1 and (items[0].kicker + items[0].title).endswith("双城经济圈建设结出哪些硕果？")
    assert body_of(items[0]).startswith("6月21日")


@pytest.mark.parametrize("credit", ["图｜贺明博", "■摄影/贺明博"])
def test_a_photo_credited_above_its_caption(tmp_path, credit):
    body = "日前，市发展改革委等部门联合印发工作要点，提出今年建成一批数字化车间和智能工厂，推动产业升级。" * 3
    text = ("数字经济核心产业增加值比重过半\n\n" + body + "\n\n看图\n\n杭州塘栖:农文旅助力乡村游\n\n" + credit + "\n\n"
            "5月17日,杭州市临平区塘栖镇一年一度的枇杷节正式开幕,众多游客参加摘枇杷活动。图为游客在枇杷园中采摘枇杷。\n")
    items = items_of(tmp_path, text)
    assert [(i.kind, i.title) for i in items] == [("article", "数字经济核心产业增加值比重过半"),
                                                  ("photo", "杭州塘栖:农文旅助力乡村游")]
    assert list(items[1].photographers) == ["贺明博"]
    assert "".join(b.text for b in items[1].blocks if b.kind == "caption").startswith("5月17日")


def test_a_dateline_broken_inside_its_bracket_runs_on_into_its_text(tmp_path):
    text = ("上市公司召开业绩说明会\n\n本报讯（沈报全媒体记者 姜\n\n俊杰）多家上市公司近日通过\n\n"
            "网络平台召开年度业绩说明会，公司管理层就经营情况、研发投入等问题回答投资者提问。\n")
    items = items_of(tmp_path, text)
    assert [(i.title, list(i.authors)) for i in items] == [("上市公司召开业绩说明会", ["姜俊杰"])]
    assert body_of(items[0]).startswith("多家上市公司近日通过网络平台")


def test_a_writers_credit_signs_every_unsigned_story_of_the_page(tmp_path):
    text = ("■老粮站变身直播间\n\n镇里把闲置多年的老粮站改造成直播基地，村民在这里学习直播带货，把土特产卖到全国。\n\n"
            "■乡镇卫生院来了城里专家\n\n市级医院的专家每周到乡镇卫生院坐诊，村民在家门口就能看上专家门诊，省去了往返奔波。\n\n"
            "本版文字由记者彭涵、苏倩燕采写\n")
    items = items_of(tmp_path, text)
    assert [(i.title, list(i.authors)) for i in items] == [("老粮站变身直播间", ["彭涵", "苏倩燕"]),
                                                      ("乡镇卫生院来了城里专家", ["彭涵", "苏倩燕"])]


def test_an_editors_note_over_a_series_is_the_editors_not_the_writers(tmp_path):
    text = ("共富工坊里的“家门口”就业\n\n■编者按\n\n近年来，我市依托农村闲置房屋建设共富工坊，把来料加工等项目送到农民家门口。"
            "本版今起推出系列报道。\n\n■老粮站变身直播间\n\n镇里把闲置多年的老粮站改造成直播基地，村民在这里学习直播带货。\n\n"
            "本版文字由记者彭涵、苏倩燕采写\n")
    items = items_of(tmp_path, text)
    assert [(i.kind, i.title, list(i.authors), list(i.photographers)) for i in items] == [
        ("article", "共富工坊里的“家门口”就业", [], []), ("article", "老粮站变身直播间", ["彭涵", "苏倩燕"], [])]


def test_an_editors_note_under_a_signed_headline_stays_in_its_story(tmp_path):
    text = ("委员履职\n\n共富工坊里的“家门口”就业\n\n——访全国政协委员林晓岚\n\n本报记者 彭涵\n\n【编者按】\n\n"
            "　　近年来，我市依托农村闲置房屋建设共富工坊，把来料加工等项目送到农民家门口。\n"
            "村民在家门口就能挣到钱，照顾家庭和增加收入两不误。\n")
    items = items_of(tmp_path, text)
    assert [(i.title, list(i.authors)) for i in items] == [("共富工坊里的“家门口”就业", ["彭涵"])]
    assert body_of(items[0]).startswith("近年来，我市依托")


def test_a_closing_credit_broken_inside_its_last_name_on_a_double_spaced_page(tmp_path):
    text = ("社区食堂开进老小区\n\n本报讯   日 前，一家社区食堂\n\n在城区一处老小区开业，为周\n\n边老人提供午餐和晚餐，六十\n\n"
            "岁以上老人就餐可享受优惠。\n\n（记者 杜俊磊 通讯员 于\n\n艳）\n\n青岛即墨:科技创新助推经济高质量发展\n\n"
            "今年以来,青岛市即墨区聚焦“新技术、\n\n新产业、新业态、新模式”发展。图\n\n为员工在生产特种车产品。\n\n"
            "张家港日报记者 丁斌雪 \n\n摄\n")
    items = items_of(tmp_path, text)
    assert [(i.title, list(i.authors)) for i in items][0] == ("社区食堂开进老小区", ["杜俊磊", "于艳"])


def test_a_picture_credit_between_a_title_and_a_few_sentences_makes_a_photo(tmp_path):
    text = ("●市民半程马拉松报名开启\n\n市民半程马拉松赛今日上午10时开启报名，赛事设三个项目，总规模一万人。（记者程强磊）\n\n"
            "龙舟竞渡\n\n图/本报记者 任辉玉\n\n龙舟队员在内河上进行赛前训练。鼓声阵阵，吸引不少市民在岸边驻足观看。\n")
    items = items_of(tmp_path, text)
    assert [(i.kind, i.title, list(i.photographers)) for i in items] == [
        ("brief", "市民半程马拉松报名开启", []), ("photo", "龙舟竞渡", ["任辉玉"])]


def test_a_byline_marked_only_for_pictures_under_the_stories_byline_names_its_photographer(tmp_path):
    """图/本报记者 X glued after a caption closing the story signed 本报记者 Y Z: X took the picture and wrote
    none of the text."""
    text = SIGNED_TEXT.format(top="本报记者 黎超新 刘华雯", end="").replace(
        "用得久。\n", "用得久。\n图为市民在新建的水厂参观。 图/本报记者\n 方柏\n")
    items = items_of(tmp_path, text)
    assert [(list(i.authors), list(i.photographers)) for i in items if i.kind == "article"] == [
        (["黎超新", "刘华雯"], ["方柏"])]


def test_two_bare_names_under_a_title_sign_it(tmp_path):
    body = "近日，四川省政府新闻办在成都举行系列主题新闻发布会，八个市政府相关负责人出席会议介绍相关情况。" * 3
    text = "学思践悟\n\n协同创新开新局\n八市齐力谱新篇\n\n黎超新 刘华雯\n\n" + body + "\n"
    items = items_of(tmp_path, text)
    assert [(i.title, list(i.authors)) for i in items] == [("协同创新开新局八市齐力谱新篇", ["黎超新", "刘华雯"])]


def test_a_column_piece_signed_under_its_title_after_an_article(tmp_path):
    body = "江西省政府工作报告提出，今年将促进内陆开放型经济试验区建设提质增效，积极对接国际高标准经贸规则。" * 3
    text = ("江西落实重点产业链现代化建设\n\n" + body + "\n\n强军论坛\n\n让碳达峰试点走深走实\n\n陈柏刚\n\n"
            "近日印发的《中共中央国务院关于全面推进美丽中国建设的意见》提出，积极稳妥推进碳达峰碳中和。\n")
    items = items_of(tmp_path, text)
    assert [(i.title, list(i.authors)) for i in items][1:] == [("让碳达峰试点走深走实", ["陈柏刚"])]


def test_a_title_printed_after_its_text_above_a_bulleted_box(tmp_path):
    body = "6月21日，推动成渝地区双城经济圈建设重庆四川党政联席会议第九次会议在四川省广安市召开，会议审议了有关文件。" * 3
    text = ("□记者 付鹏\n\n" + body + "\n\n双城经济圈建设结出哪些硕果？\n◆便民提示\n\n● 市民卡服务网点周六正常办公\n"
            "● 夏季用电高峰请错峰使用大功率电器\n● 暴雨天气请勿在低洼处停放车辆\n")
    items = items_of(tmp_path, text)
    assert [(i.kind, i.title) for i in items] == [("article", "双城经济圈建设结出哪些硕果？"), ("infobox", "便民提示")]


def test_a_timeline_stays_one_article_and_a_dated_caption_after_it_is_a_photo(tmp_path):
    lines = ["一座新桥的合龙之夜", "上游新闻·重庆晨报记者 石磊秀", "经过两年多建设，城区又一座跨江大桥", "迎来合龙。",
             "【19:00】最后一段钢箱梁运抵江", "面，工人们开始检查吊装设备。", "【20:30】起重船缓缓起吊，钢箱",
             "梁一点点升向桥面。", "据介绍，大桥计划年底建成通车。", "1月28日，养殖工人在海上养殖区进行",
             "海带养殖冬季管理。", "上游新闻记者 卢勇艳 摄"]
    items = items_of(tmp_path, "\n\n".join(lines) + "\n")
    assert [(i.kind, i.title) for i in items] == [("article", "一座新桥的合龙之夜"), ("photo", "")]


def test_a_credit_over_a_one_sentence_caption_after_a_brief(tmp_path):
    text = ("●市民半程马拉松报名开启\n\n市民半程马拉松赛今日上午10时开启报名，赛事设半程马拉松、10公里跑和迷你跑三个项目，"
            "总规模一万人。\n\n摄影/郭磊瑶\n\n社区篮球联赛比赛现场，双方球员拼抢篮板球。\n\n龙舟竞渡\n\n"
            "端午龙舟赛临近，城区各支龙舟队陆续开展赛前集训，不少市民驻足观看。（本报记者 陈华辉）\n")
    items = items_of(tmp_path, text)
    assert [(i.kind, i.title) for i in items] == [("article", "市民半程马拉松报名开启"), ("photo", ""),
                                                  ("brief", "龙舟竞渡")]
    assert list(items[1].photographers) == ["郭磊瑶"]


def test_the_papers_desk_signing_a_finished_text_names_no_one_and_heads_nothing(tmp_path):
    # …并向读者致歉。 / 本报编辑部 / the next story's title: the desk signs the correction above, no kicker
    # of the story under it and no writer's name
    page = ("更正启事\n\n本报昨日第3版《社区食堂开业》一文中，开业日期应为本月十日，特此更正，并向读者致歉。\n"
            "本报编辑部\n\n城东社区开设暑期托管班\n\n　　近日，城东社区开设暑期托管班，为双职工家庭的孩子"
            "提供看护和辅导，首批招收学生四十名。\n")
    items = items_of(tmp_path, page)
    assert [(i.kicker, i.title, list(i.authors)) for i in items] == [
        ("", "更正启事", []), ("", "城东社区开设暑期托管班", [])]


def test_a_bracketed_credit_closes_the_caption_above_it_not_the_line_below(tmp_path):
    # （姚晓川 摄）: a credit in brackets is printed under its caption, as a closing credit under its text;
    # the one-sentence text under it opens the next story, whose title is printed under its text
    lines = ["2024年2月14日 星期三", "第8版 民生", "", "滨江步道全线贯通", "", "本报记者 宁远", "",
             "近日，滨江步道最后一段完工，全线", "", "贯通，沿线新设休息驿站六处，市民", "", "出行更加便利。", "",
             "1月28日，市民在滨江步道上晨跑，", "", "享受冬日暖阳。目前，步道绿化提升", "", "工程正在收尾。", "",
             "（姚晓川 摄）", "", "日前，某某街道举办插花培训班，", "", "数十名居民参加。", "",
             "某某街道举办插花培训班", "", "关注“爱临江”客户端"]
    items = items_of(tmp_path, "\n".join(lines) + "\n")
    assert [(i.kind, i.title) for i in items] == [("article", "滨江步道全线贯通"), ("photo", ""),
                                                  ("article", "某某街道举办插花培训班")]
    assert list(items[1].photographers) == ["姚晓川"]
    assert squeeze("".join(b.text for b in items[1].blocks if b.kind == "caption")).startswith("1月28日")


def test_a_headline_set_vertically(tmp_path):
    text = ("贵州日报\n2024-09-30 星期一\n\n" + "\n\n".join("四川广安：改革开放风正劲")
            + "\n\n贵州日报天眼新闻记者 顾 光\n\n初冬时节，四川广安依然如春天般温暖，一个个百亿项目纷至沓来。\n")
    items = items_of(tmp_path, text)
    assert [(i.title, list(i.authors)) for i in items] == [("四川广安：改革开放风正劲", ["顾光"])]


def test_a_credit_in_brackets_read_into_a_headline_stack_is_no_part_of_the_title(tmp_path):
    # the closing credit of a brief, wrapped over two lines, read as headline lines over a photo's title
    text = ("城乡供水一体化工程全面提速\n\n今年以来，全市新建改造供水管网三百公里，农村自来水普及率达到百分之九十九。\n\n"
            "（记者 周航 通讯员刘\n\n川）\n\n社区篮球联赛开赛\n\n6月21日，社区篮球联赛在市体育中心开赛，双方球员拼抢篮板球。\n\n周航 摄\n")
    items = items_of(tmp_path, text)
    assert [(i.kicker, i.title, i.subtitle) for i in items][-1] == ("", "社区篮球联赛开赛", "")


def test_a_column_over_a_bulleted_signature(tmp_path):
    body = "推动成渝地区双城经济圈建设，川渝两地共同唱好新时代西部双城记，携手谱写中国式现代化新篇章。" * 3
    text = ("携手唱好新时代西部“双城记”\n\n" + body + "\n\n长安观察\n\n□董志玉\n\n"
            "近日印发的《中共中央国务院关于全面推进美丽中国建设的意见》提出，积极稳妥推进碳达峰碳中和。\n")
    items = items_of(tmp_path, text)
    assert [(i.kind, list(i.authors)) for i in items][1:] == [("commentary", ["董志玉"])]


def test_a_photo_titled_and_credited_above_its_one_sentence_caption(tmp_path):
    body = "推动成渝地区双城经济圈建设，川渝两地共同唱好新时代西部双城记，携手谱写中国式现代化新篇章。" * 3
    text = ("聚焦民生保障\n\n" + body + "\n\n◆科技馆里乐趣多\n图｜韩锋松\n夜幕降临，江畔城市灯光璀璨。\n\n哈尔滨日报社出品\n")
    items = items_of(tmp_path, text)
    assert [(i.kind, i.title, list(i.photographers)) for i in items][1:] == [("photo", "科技馆里乐趣多", ["韩锋松"])]


def test_a_pull_quote_without_quotation_marks_repeats_a_sentence_of_the_text(tmp_path):
    body = ("遂宁市则围绕建设成渝中部现代化建设示范市和锂电之都的定位发展。据介绍，遂宁正加快建设陆港型国家物流枢纽城市，"
            "与成都合力构建成渝区域产业生态圈。")
    text = ("协同创新开新局\n\n" + body + "\n\n遂宁市则围绕建设成\n渝中部现代化建设示范\n市和锂电之都的定位\n发展\n\n"
            "乐山市委常委、常务副市长说，自成渝地区双城经济圈建设以来，乐山持续深化与成都的合作。\n")
    items = items_of(tmp_path, text)
    assert [i.title for i in items] == ["协同创新开新局"]


CASE_STUDY = """某村干部违规收取服务费如何定性

文/林晓东

{first}基本案情

甲，中共党员，某村村委会主任。2022年，甲在为村民办理宅基地审批手续时，
以“服务费”名义向十二户村民收取费用共计三万余元，全部用于个人开支。

{second}分歧意见

一种意见认为，甲的行为属于违反群众纪律，应当给予党纪处分并责令退还。

另一种意见认为，甲利用职务便利收取财物，应当认定为受贿，依法处理。

{third}评析意见

笔者同意后一种意见。甲收取费用以办理审批为条件，与其职务直接相关。

（作者单位：某县纪委监委）
"""


@pytest.mark.parametrize("marks", [("■", "■", "■"), ("一、", "二、", "三、"), ("【", "【", "【")])
def test_a_case_studys_marked_headings_are_its_sections(tmp_path, marks):
    text = CASE_STUDY.format(first=marks[0], second=marks[1], third=marks[2])
    if marks[0] == "【":
        text = re.sub(r"【(\S+)", r"【\1】", text)
    [item] = items_of(tmp_path, text)
    assert item.title == "某村干部违规收取服务费如何定性"
    assert list(item.authors) == ["林晓东"]
    assert len([b for b in item.blocks if b.kind == "heading"]) == 3
    assert not item.photographers  # the author note names a unit, no person


def test_an_author_note_on_its_own_line_is_a_credit(tmp_path):
    [item] = items_of(tmp_path, "山间的路\n\n文/林晓东\n\n山间的路弯弯曲曲，一头连着村口，一头连着云端。\n\n（作者单位：某县第一中学）\n")
    assert [b.kind for b in item.blocks][-1] == "credit"
    assert list(item.authors) == ["林晓东"] and not item.photographers


def test_a_short_item_closed_by_its_source_in_brackets_is_a_brief(tmp_path):
    [item] = items_of(tmp_path, "全国夏粮收购进度过半\n\n记者从有关部门获悉，今年夏粮收购进度已经过半，各地收购工作平稳有序，"
                                "农民售粮顺畅。（来源：央视新闻）\n")
    assert item.kind == "brief"
    assert not item.photographers and not item.authors


ARTICLE_ABOVE = ("城区新增一批共享充电桩\n\n近日，城区新建的二十个公共充电站投入使用，市民可通过手机扫码充电，\n"
                 "高峰时段排队时间明显缩短，新能源车主出行更加方便。\n\n")


def test_a_label_over_rows_is_a_box_of_its_own(tmp_path):
    rows = "本市天气\n今天 多云 21℃～29℃ 东\n风2级\n明天 小雨 20℃～26℃ \n北风3级\n后天 晴 22℃～30℃ 微风\n\n"
    items = items_of(tmp_path, rows + ARTICLE_ABOVE)
    assert [(i.kind, i.title) for i in items] == [("infobox", "本市天气"), ("article", "城区新增一批共享充电桩")]
    assert squeeze("".join(b.text for b in items[0].blocks if b.kind == "listitem")).endswith("22℃～30℃微风")


@pytest.mark.parametrize("box, title", [
    ("■出行提示\n假期公交调整 注意换乘\n今天 1路 延长至23时\n明天 2路 提前至6时\n", "假期公交调整 注意换乘"),
    ("■今日天气\n雷雨天气 出行带伞\n今天 雷阵雨 24℃～31℃\n明天 多云 23℃～30℃\n", "雷雨天气 出行带伞"),
    ("【防汛提示】\n汛期安全须知\n1.远离河道 不在河边戏水\n2.听到预警 及时转移\n", "汛期安全须知")])
def test_a_line_set_unlike_the_rows_under_a_label_titles_the_box(tmp_path, box, title):
    items = items_of(tmp_path, ARTICLE_ABOVE + box)
    assert [(i.kind, i.kicker, i.title) for i in items][1:] == [("infobox", box[1:5], title)]


@pytest.mark.parametrize("box", ["本市天气\n今天 多云 21℃～29℃\n明天 小雨20℃～26℃东风3级\n",
                                 "限行提示\n周一 尾号3和8 限行\n周二 尾号4和9限行\n"])
def test_a_label_over_two_rows_of_figures_closing_the_page_is_a_box(tmp_path, box):
    items = items_of(tmp_path, ARTICLE_ABOVE + box)
    assert [(i.kind, i.title) for i in items] == [("article", "城区新增一批共享充电桩"), ("infobox", box[:4])]


@pytest.mark.parametrize("ads", [
    "■遗失声明\n\n王某遗失房屋租赁合同一份，\n\n声明作废。\n\n某某市某某商贸有限公司遗\n\n失营业执照副本一份，声明作\n\n"
    "废。\n\n李某遗失道路运输从业资格\n\n证一本，声明作废。\n\n",
    "遗失声明\n王某遗失房屋租赁合同一份，声明\n作废。某某市某某商贸有限公司\n遗失营业执照副本一份，声明作废。\n"])
def test_a_classifieds_block_is_a_box_of_its_ads(tmp_path, ads):
    items = items_of(tmp_path, ARTICLE_ABOVE + ads)
    assert [(i.kind, i.title) for i in items] == [("article", "城区新增一批共享充电桩"), ("infobox", "遗失声明")]


def test_lines_under_a_sentence_left_open_are_no_box(tmp_path):
    text = ("城区新增一批共享充电桩\n\n近日，城区新建的二十个公共充电站投入使用，市民\n\n可通过手机扫码充电。下列区域将暂停供水，请居\n\n"
            "民提前储水：城东某某小区5月27日8时至12时停\n\n水\n\n城西某某路两侧5月\n\n28日13时至22时停水\n")
    assert [i.title for i in items_of(tmp_path, text)] == ["城区新增一批共享充电桩"]


def test_a_profile_box_after_an_article_keeps_its_rows(tmp_path):
    items = items_of(tmp_path, ARTICLE_ABOVE + "■人物档案\n\n林晓东\n1975年生，福建人\n某港口集团总经理\n兼任市港口协会会长\n")
    assert [(i.kind, i.title) for i in items] == [("article", "城区新增一批共享充电桩"), ("infobox", "人物档案")]


POEM = """山间的路

文/林晓东

山间的路
弯弯曲曲
一头连着村口
一头连着云端

走的人多了
石头也有了温度

（作者单位：某县第一中学）

"""


def test_a_poems_verses_are_its_text(tmp_path):
    items = items_of(tmp_path, POEM + ARTICLE_ABOVE)
    assert [(i.kind, i.title, list(i.authors)) for i in items][0] == ("article", "山间的路", ["林晓东"])
    assert len(items) == 2
    assert squeeze(" ".join(b.text for b in items[0].blocks if b.kind == "paragraph")) == \
        "山间的路弯弯曲曲一头连着村口一头连着云端走的人多了石头也有了温度"


def test_a_cycle_of_poems_signed_below_is_one_poem(tmp_path):
    cycle = ("海边短章（组诗）\n\n◎渔港\n\n桅杆排成一行\n等着出海的风\n\n◎灯塔\n\n夜里它醒着\n"
             "替晚归的船\n数着浪花\n\n林晓东\n\n（作者为退休教师）\n\n")
    items = items_of(tmp_path, cycle + ARTICLE_ABOVE)
    assert [(i.kind, i.title, list(i.authors)) for i in items] == [("article", "海边短章（组诗）", ["林晓东"]),
                                                           ("article", "城区新增一批共享充电桩", [])]
    assert [b.text for b in items[0].blocks if b.kind == "heading"] == ["◎渔港", "◎灯塔"]


def test_a_poem_signed_by_a_bare_name_under_its_title_is_one_article(tmp_path):
    # no blank line between title, name and verses: the name under the title opens the poem, no row
    poem = "河边的柳\n林晓东\n河边的柳\n先知道春天\n枝条垂到水面\n替鱼儿梳头\n风一吹\n满河都是绿\n\n"
    items = items_of(tmp_path, ARTICLE_ABOVE + poem)
    assert [(i.kind, i.title, list(i.authors)) for i in items][1] == ("article", "河边的柳", ["林晓东"])
    assert squeeze("".join(b.text for b in items[1].blocks if b.kind == "paragraph")) == \
        "河边的柳先知道春天枝条垂到水面替鱼儿梳头风一吹满河都是绿"


def test_poems_one_after_another_each_signed_under_its_title(tmp_path):
    """晨光 / □林晓东 / verses / 晚风 / □周明 / …: under a title and its writer's name, the short lines before
    the next name are the verses, however alike their widths, and the last of them the next title."""
    page = ("晨光\n□林晓东\n草原把天空\n铺到了脚下\n马蹄声里\n开满了野花\n晚风\n□周明\n紫色的风\n吹过整个六月\n"
            "城区新增一批共享充电桩\n□许刚\n近日，城区新建的二十个公共充电站投入使用，市民可通过手机扫码充电，\n"
            "高峰时段排队时间明显缩短，新能源车主出行更加方便。\n")
    items = items_of(tmp_path, page)
    assert [(i.title, list(i.authors)) for i in items] == [("晨光", ["林晓东"]), ("晚风", ["周明"]),
                                                           ("城区新增一批共享充电桩", ["许刚"])]
    assert squeeze("".join(b.text for b in items[1].blocks if b.kind == "paragraph")) == "紫色的风吹过整个六月"


def test_a_cycle_of_poems_with_marked_parts_under_its_writer_stays_one_poem(tmp_path):
    """边地短章（组诗） / 文/X / ◇梯田 / verses / ◇古镇 / …: a marked part's name read as a signature under
    verses heads the next part; no verse is the title of a piece of its own."""
    cycle = ("边地短章（组诗）\n\n文/秦光英\n\n◇梯田\n\n一层一层的水镜\n映着天空的蓝\n也映着先人的汗水\n\n"
             "◇古镇\n\n石板路被岁月磨亮\n马帮的铃声远了\n檐下的老人还在等\n一封迟到的信\n\n"
             "◇江边\n\n江水向南\n带走了落日\n却把一船灯火\n留给了夜晚\n\n（作者系某某作家协会会员）\n\n")
    items = items_of(tmp_path, cycle + ARTICLE_ABOVE)
    assert [i.title for i in items] == ["边地短章（组诗）", "城区新增一批共享充电桩"]


def test_a_notices_contact_line_is_its_last_paragraph_not_the_next_title(tmp_path):
    """联系人：X 电话：… under a notice's text: the notice's last paragraph, never a line of the next title."""
    notice = ("寻人启事\n　　林某某，男，七十八岁，身高约一米六五，于9月8日上午\n在某某公园附近走失。"
              "如有知情者，请与家属联系。\n联系人：周明 电话：0531-76353517\n")
    items = items_of(tmp_path, ARTICLE_ABOVE + notice + notice.replace("林某某", "许某某").replace("周明", "孔静"))
    assert [i.title for i in items][1:] == ["寻人启事", "寻人启事"]
    assert [squeeze(body_of(i))[-8:] for i in items][1:] == ["76353517", "76353517"]


def test_a_table_set_with_single_spaces_is_a_box_of_rows(tmp_path):
    table = "各区新建充电桩情况\n\n区 新建数量（个） 同比增长\n东城 120 8.1%\n西城 95 6.4%\n南城 76 5.2%\n\n数据来源：市发展改革委\n"
    items = items_of(tmp_path, ARTICLE_ABOVE + table)
    assert [(i.kind, i.title) for i in items] == [("article", "城区新增一批共享充电桩"),
                                                  ("infobox", "各区新建充电桩情况")]
    assert [b.kind for b in items[1].blocks].count("listitem") == 4


def test_rows_of_terms_and_colons_are_a_box(tmp_path):
    card = "人物名片\n姓名：林晓东\n出生：1975年，福建人\n现任：某港口集团总经理\n经历：曾在沿海港口工作二十年，\n2015年回乡创业\n\n"
    items = items_of(tmp_path, card + ARTICLE_ABOVE.replace("\n\n", "\n\n本报记者 王进\n\n", 1))
    assert [(i.kind, i.title) for i in items] == [("infobox", "人物名片"), ("article", "城区新增一批共享充电桩")]
    assert [b.kind for b in items[0].blocks].count("listitem") == 4


def test_a_signed_piece_of_labelled_paragraphs_stays_an_article(tmp_path):
    page = ("小区自来水发黄是污染吗\n\n本报记者 林晓东\n\n网传：某小区自来水发黄，是水源受到了污染。\n\n"
            "真相：供水企业检测发现，水质各项指标合格，发黄是因为二次供水管道老化。\n\n"
            "提示：市民发现水质异常，可拨打供水服务热线反映。\n")
    [item] = items_of(tmp_path, page)
    assert item.kind == "article" and list(item.authors) == ["林晓东"]


def test_an_address_under_a_byline_belongs_to_it(tmp_path):
    [item] = items_of(tmp_path, "城区新增一批共享充电桩\n经济观察报 记者 林晓东 上海报道\nlxd@example.cn\n"
                                "近日，城区新建的二十个公共充电站投入使用，市民可通过手机扫码充电。\n")
    assert list(item.authors) == ["林晓东"]
    assert squeeze("".join(b.text for b in item.blocks if b.kind == "paragraph")).startswith("近日")


@pytest.mark.parametrize("group, photographers", [
    ("夏日江城\n图①：江畔步道上，市民骑行健身。\n 本报记者 林晓东\n 摄\n图②：广场上，游客拍照留念。\n"
     " 本报记者 王进\n 摄\n图③：农场职工操作无人机喷施叶面肥。（通讯员 张明 摄）\n", ["林晓东", "王进", "张明"]),
    ("江城夏夜\n图1 老街上，游客在百年建筑前驻足。\n图2 江边广场上，市民跟着乐队一起\n合唱。\n"
     "图3 游船载着游客缓缓驶过江面。\n图1、2为本报记者 林晓东 摄\n图3为通讯员 张明 摄\n", ["林晓东", "张明"]),
], ids=["circled", "numbered"])
def test_a_numbered_photo_group_is_one_photo(tmp_path, group, photographers):
    items = items_of(tmp_path, group + "\n" + ARTICLE_ABOVE)
    assert [(i.kind, i.title) for i in items] == [("photo", group.split("\n")[0]), ("article", "城区新增一批共享充电桩")]
    assert list(items[0].photographers) == photographers
    assert [b.text[:2] for b in items[0].blocks if b.kind == "caption"] == ["图①", "图②", "图③"] \
        if "①" in group else ["图1", "图2", "图3"]


def test_company_notices_open_with_the_company_and_its_code(tmp_path):
    # a business page's notices column, bulleted or not, a notice's first line broken short
    text = ("公告速递\n\n■青山股份（600123）：公司公告称，年产五万吨新材料项目已完成设备安装调试，进入试生产阶段。\n"
            "远洋科技（002456）：公司公告称，近日收到政府补助资金合计约一千万元，将计入当期损益。\n\n"
            "　　恒通电气（300789）：公司公\n告称，控股股东计划在未来六个月内增持公司股份，增持金额不低于两千万元。\n")
    items = items_of(tmp_path, text)
    assert [i.title for i in items] == ["青山股份（600123）", "远洋科技（002456）", "恒通电气（300789）"]
    assert ["".join(b.text for b in i.blocks if b.kind == "paragraph")[:5] for i in items] == ["公司公告称"] * 3


def test_a_picture_credit_under_the_writers_byline_names_the_photographer(tmp_path):
    text = ("城乡供水一体化工程全面提速\n\n文/北京晚报记者 周航\n\n图/北京晚报记者 韩锋松\n\n"
            "今年以来，全市新建改造供水管网三百公里，农村自来水普及率达到百分之九十九，群众喝上了放心水。\n\n"
            "数据来源：市水务局\n")
    [item] = items_of(tmp_path, text)
    assert (list(item.authors), list(item.photographers)) == (["周航"], ["韩锋松"])


def test_a_dateline_credit_broken_inside_its_closing_baodao(tmp_path):
    text = ("城乡供水一体化工程全面提速\n\n北京晚报讯 记者周航、通讯员刘川报\n"
            "道：今年以来，全市新建改造供水管网三百公里，农村自来水普及率达到百分之九十九，群众喝上了放心水。\n")
    [item] = items_of(tmp_path, text)
    assert list(item.authors) == ["周航", "刘川"]
    assert [b.text for b in item.blocks if b.kind == "paragraph"][0].startswith("今年以来")


def test_a_closing_credit_broken_inside_the_papers_name(tmp_path):
    text = ("城区新增一批口袋公园\n\n今年以来，城区利用边角空地新建口\n袋公园十余处，配备健身器材和休憩\n"
            "座椅，方便居民就近休闲。（北京晚\n报·北晚新视觉记者 周航）\n")
    [item] = items_of(tmp_path, text)
    assert list(item.authors) == ["周航"]


PHOTO_REPORT = ("城乡供水一体化工程全面提速\n\n□记者 周航 报道\n\n本报讯 今年以来，全市新建改造供水管网三百公里，"
                "农村自来水普及率达到百分之九十九。\n\n{last}\n\n□记者 韩锋松 报道\n\n社区篮球联赛开赛\n\n"
                "6月21日，社区篮球联赛在市体育中心开赛，共有十六支队伍参赛，比赛将持续一个月。\n")


def test_a_marked_baodao_credit_under_an_untitled_line_credits_a_photo(tmp_path):
    items = items_of(tmp_path, PHOTO_REPORT.format(last="游客在湖畔湿地公园观鸟。"))
    assert [(i.kind, list(i.authors), list(i.photographers)) for i in items][:2] == [
        ("brief", ["周航"], []), ("photo", [], ["韩锋松"])]


def test_a_marked_baodao_credit_under_an_unsigned_article_signs_it(tmp_path):
    text = PHOTO_REPORT.replace("□记者 周航 报道\n\n本报讯 ", "").format(last="群众喝上了放心水。")
    items = items_of(tmp_path, text)
    assert [(i.kind, list(i.authors)) for i in items][0] == ("article", ["韩锋松"])


@pytest.mark.parametrize("signature, name", [("◇罗桂", "罗桂"), ("□田 超", "田超")])
def test_a_marked_name_closing_a_text_over_the_next_headline_signs_the_text(tmp_path, signature, name):
    body = "推动成渝地区双城经济圈建设，川渝两地共同唱好新时代西部双城记，携手谱写中国式现代化新篇章。"
    text = (f"为科技型中小企业松绑\n\n{body}\n{body}\n{signature}\n\n社区篮球联赛开赛\n\n"
            "6月21日，社区篮球联赛在市体育中心开赛，共有十六支队伍参赛，比赛将持续一个月。\n")
    items = items_of(tmp_path, text)
    assert [(i.title, list(i.authors)) for i in items] == [("为科技型中小企业松绑", [name]), ("社区篮球联赛开赛", [])]


def test_a_titled_piece_under_a_commentary_label_signed_by_a_writer_is_an_article(tmp_path):
    body = "推动成渝地区双城经济圈建设，川渝两地共同唱好新时代西部双城记，携手谱写中国式现代化新篇章。" * 3
    text = ("携手唱好新时代西部“双城记”\n\n" + body + "\n\n江城时评\n\n在细微处见真章\n\n□董志玉\n\n"
            "近日印发的《中共中央国务院关于全面推进美丽中国建设的意见》提出，积极稳妥推进碳达峰碳中和。\n")
    items = items_of(tmp_path, text)
    assert [(i.kind, i.title, list(i.authors)) for i in items][1:] == [("article", "在细微处见真章", ["董志玉"])]


@pytest.mark.parametrize("ask, answer", [("【问】", "【答】"), ("问1：", "答："), ("问题二：", "答："), ("Q1：", "A1：")])
def test_an_interviews_labelled_questions_stay_in_it(tmp_path, ask, answer):
    page = (f"园区建设按下快进键\n\n□本报记者 王进\n\n近日，记者专访了园区管委会负责人。\n\n{ask}园区建设进展如何\n\n"
            f"{answer}目前园区基础设施已基本完工，首批企业已经入驻，预计年底前全部投产。\n\n{ask}下一步有什么打算\n\n"
            f"{answer}我们将继续推进产业协同发展，重点建设三大园区，力争年内全部投产。\n")
    [item] = items_of(tmp_path, page)
    assert [b.kind for b in item.blocks].count("heading") == 0
    assert [b.text for b in item.blocks if b.kind == "paragraph"][1] == f"{ask}园区建设进展如何"


@pytest.mark.parametrize("byline, authors, photographers", [
    ("文/记者 周航 图 | 韩锋松", ["周航"], ["韩锋松"]), ("文/周航  图/记者 韩锋松", ["周航"], ["韩锋松"]),
    ("采写：北京晚报记者 周航 摄影：北京晚报记者 韩锋松", ["周航"], ["韩锋松"]),
    ("报道：周航 摄影：韩锋松", ["周航"], ["韩锋松"]),  # a Malaysian paper's labels
    ("报导：周航", ["周航"], []), ("报导／摄影：周航", ["周航"], ["周航"]),  # spelt 报导, one who did both
    ("本报记者 周航 摄影报道", ["周航"], ["周航"]), ("□记者 周航 文/图", ["周航"], ["周航"])])
def test_who_wrote_and_who_photographed_on_one_byline(tmp_path, byline, authors, photographers):
    text = (f"城乡供水一体化工程全面提速\n\n{byline}\n\n"
            "今年以来，全市新建改造供水管网三百公里，农村自来水普及率达到百分之九十九，群众喝上了放心水。\n")
    [item] = items_of(tmp_path, text)
    assert (list(item.authors), list(item.photographers)) == (authors, photographers)


def test_the_paper_most_bylines_name_is_the_inferred_paper(tmp_path):
    story = "今年以来，全市新建改造供水管网三百公里，农村自来水普及率达到百分之九十九，群众喝上了放心水。\n\n"
    text = (f"城乡供水一体化工程全面提速\n\n广州日报记者 唐琴\n\n{story}社区篮球联赛开赛\n\n北京晚报记者 周航\n\n{story}"
            f"城区新增一批口袋公园\n\n北京晚报记者 韩锋松\n\n{story}")
    items = items_of(tmp_path, text)
    meta = items[0].meta
    assert (meta.newspaper, meta.provenance["newspaper"]["source"]) == ("北京晚报", "inferred")


LABEL_OVER_ROWS = """暑期出行迎来高峰

本报讯（记者 林晓梅）暑假以来，市内各大景区客流明显增加，
地铁日均客运量创今年新高。记者提醒，出行前可先查询客流信息。

▲记者提醒

①乘坐地铁请提前规划线路，
尽量错峰出行。

②节假日热门景区实行预约制，
出行前请提前预约。

③雷雨天气请勿在大树下避雨。
"""


def test_a_label_over_rows_titles_them_though_it_shares_words_with_the_story_above(tmp_path):
    items = items_of(tmp_path, LABEL_OVER_ROWS)
    assert [i.title for i in items] == ["暑期出行迎来高峰", "记者提醒"]


def test_a_short_line_closed_by_its_own_quote_is_the_kicker(tmp_path):
    page = ("3年5次“握手”\n两地合作园区\n结出哪些新成果？\n本报记者 林晓梅\n"
            "三年来，两地先后五次召开联席会议，共建产业园区三个，\n引进项目四十余个，总投资超过两百亿元。\n")
    [item] = items_of(tmp_path, page)
    assert (item.kicker, item.title) == ("3年5次“握手”", "两地合作园区结出哪些新成果？")


@pytest.mark.parametrize("text, spans", [
    # three lines of like width the unwrapping joined as one wrapped text
    ("3年5次“握手”两地合作园区结出哪些新成果？", ((5, 0, 8), (6, 0, 6), (7, 0, 8))),
    # a title printed after its text, its two lines joined as one heading
    ("3年5次“握手” 两地合作园区结出哪些新成果？", ((5, 0, 8), (7, 0, 14)))])
def test_a_quoted_kicker_joined_to_its_titles_lines_is_still_the_kicker(text, spans):
    from generator.archive.model import Block, Draft, Span
    from generator.archive.segment import headline_fields
    item = Draft(kind="article", file="page.txt")
    headline_fields(item, [Block("headline", text, tuple(Span(*s) for s in spans))])
    assert (item.kicker, item.title) == ("3年5次“握手”", "两地合作园区结出哪些新成果？")


@pytest.mark.parametrize("date, above", [("2024年5月6日 临江时间", True), ("2024年5月6日", False),
                                         ("2024年5月6日（一）", True)])
def test_the_pages_date_line_read_into_a_headline_stack_is_no_part_of_the_title(date, above):
    from generator.archive.model import Block, Draft, Span
    from generator.archive.segment import headline_fields
    title = Block("headline", "老街改造让城市更宜居", (Span(5, 0, 10),))
    dated = Block("headline", date, (Span(3 if above else 7, 0, len(date)),))
    item = Draft(kind="article", file="page.txt")
    headline_fields(item, [dated, title] if above else [title, dated])
    assert (item.kicker, item.title, item.subtitle) == ("", "老街改造让城市更宜居", "")


@pytest.mark.parametrize("line, date", [("2024年5月6日（星期一）", True), ("2024年5月6日（月）", True),
                                        ("2024年5月6日（转载）", False), ("2024年5月6日（上）", False)])
def test_a_date_line_in_brackets_holds_only_a_weekday(line, date):
    # the brackets after a date hold its weekday (a paper in Japan's by its own glyph), no note nor a part's mark
    from generator.archive.segment import HEADLINE_DATE
    assert bool(HEADLINE_DATE.match(line)) == date


TITLE_AFTER_TEXT_OVER_PHOTO = """本报记者 林晓梅

今年以来，我市加快建设城乡冷链物流网络，新建冷库十二座，
冷链物流配送车辆增加到三百余辆，生鲜农产品损耗明显下降。
冷链物流网络覆盖所有乡镇，农户的果蔬当天就能送进城区超市。

冷链物流网络覆盖全市乡镇

游客在湖畔步道上散步赏景。
本报记者 赵远航 摄
"""


def test_a_title_printed_after_its_text_over_a_photo_titles_the_text(tmp_path):
    items = items_of(tmp_path, TITLE_AFTER_TEXT_OVER_PHOTO)
    assert [(i.kind, i.title) for i in items] == [("article", "冷链物流网络覆盖全市乡镇"), ("photo", "")]


def test_a_photo_keeps_its_title_when_the_text_right_above_has_one(tmp_path):
    titled_between = "夏季用电高峰来临\n\n本报讯（记者 周敏）入夏以来，全市用电负荷持续攀升，供电部门加强设备巡视，\n确保居民用电安全稳定。\n\n"
    page = TITLE_AFTER_TEXT_OVER_PHOTO.replace("冷链物流网络覆盖全市乡镇\n\n", titled_between + "冷链物流网络覆盖全市乡镇\n")
    items = items_of(tmp_path, page)
    assert [(i.kind, i.title) for i in items] == [("article", ""), ("brief", "夏季用电高峰来临"),
                                                   ("photo", "冷链物流网络覆盖全市乡镇")]


def test_a_line_sharing_nothing_with_the_caption_under_it_titles_the_text_its_writer_closed(tmp_path):
    # the writer's credit closing an untitled text, then one line sharing no word with the caption under
    # it, nor with the text: the text's title printed after it (over a text ending on its sentence alone,
    # such a line stays the picture's: see the story titled over a picture below)
    page = TITLE_AFTER_TEXT_OVER_PHOTO.split("\n\n", 1)[1].replace(
        "超市。\n\n冷链物流网络覆盖全市乡镇", "超市。\n（记者 周敏）\n\n全市新增三座城市书房")
    items = items_of(tmp_path, page)
    assert [(i.kind, i.title) for i in items] == [("brief", "全市新增三座城市书房"), ("photo", "")]
    # a title wrapped over two lines there is the picture's: the text's title printed after it is one line
    items = items_of(tmp_path, page.replace("全市新增三座城市书房", "全市新增三座\n城市书房"))
    assert [(i.kind, i.title) for i in items] == [("brief", ""), ("photo", "全市新增三座城市书房")]


@pytest.mark.parametrize("credit", ["", "（记者 周敏）\n"])  # under a text its writer's credit closes too
def test_a_line_sharing_words_with_the_caption_under_it_stays_the_pictures_title(tmp_path, credit):
    page = TITLE_AFTER_TEXT_OVER_PHOTO.replace("超市。\n\n冷链物流网络覆盖全市乡镇", f"超市。\n{credit}\n湖畔步道赏景")
    items = items_of(tmp_path, page)
    assert [(i.kind == "photo", i.title) for i in items] == [(False, ""), (True, "湖畔步道赏景")]


def test_the_line_over_a_displaced_dash_subtitle_is_its_title(tmp_path):
    page = ("本报记者 林晓梅\n\n今年以来，我市新建冷库十二座，冷链物流配送车辆增加到三百余辆，\n"
            "生鲜农产品损耗率下降到百分之五以下，农户增收明显。\n\n果蔬进城跑出加速度\n\n"
            "——生鲜农产品损耗率下降到百分之五以下\n\n"
            "本报讯（记者 周敏）入夏以来，全市用电负荷持续攀升，供电部门加强设备巡视，\n确保居民用电安全稳定。\n")
    items = items_of(tmp_path, page)
    assert [(i.title, i.subtitle) for i in items] == [("果蔬进城跑出加速度", "——生鲜农产品损耗率下降到百分之五以下"),
                                                      ("", "")]


def test_a_stack_titling_one_item_keeps_the_line_the_pairs_missed(tmp_path):
    page = ("今年以来，我市新建冷库十二座，冷链物流配送车辆增加到三百余辆，\n\n"
            "生鲜农产品损耗率下降到百分之五以下，农户增收明显。\n\n本报记者 林晓梅\n\n"
            "山乡果蔬销路越走越宽\n\n冷链物流跑出加速度\n\n——生鲜农产品损耗率下降到百分之五以下\n\n"
            "夏季用电高峰来临\n\n本报讯（记者 周敏）入夏以来，全市用电负荷持续攀升，供电部门加强设备巡视，\n\n"
            "确保居民用电安全稳定。\n")
    items = items_of(tmp_path, page)
    assert [i.kind for i in items] == ["article", "brief"]
    assert (items[0].kicker + items[0].title) == "山乡果蔬销路越走越宽 冷链物流跑出加速度"


def test_a_short_line_under_a_displaced_title_is_the_rest_of_it(tmp_path):
    page = ("今年以来，我市新建冷库十二座，冷链物流配送车辆增加到三百余辆，\n\n"
            "生鲜农产品损耗率下降到百分之五以下，农户增收明显。\n\n本报记者 林晓梅\n\n"
            "生鲜农产品损耗率\n\n为何降下来？\n")
    [item] = items_of(tmp_path, page)
    assert item.kind == "article" and item.kicker + item.title == "生鲜农产品损耗率为何降下来？"


def test_a_dash_line_amid_a_stack_is_the_subtitle_and_the_line_above_the_title(tmp_path):
    page = ("改革激发新活力 创新赋能\n高质量发展\n——代表委员热议“新质生产力”\n文/视频 本报记者 林 晓 梅\n"
            "今年以来，多地出台专项政策支持科技企业发展，新质生产\n力成为代表委员热议的话题，改革激发了创新活力。\n")
    [item] = items_of(tmp_path, page)
    assert (item.kicker, item.title) == ("", "改革激发新活力 创新赋能高质量发展")
    assert item.subtitle.startswith("——代表委员热议“新质生产力”")


def test_a_headline_with_a_dash_subtitle_between_texts_opens_an_item(tmp_path):
    page = SECTION_OR_ITEM.format(gap="", after="\n").replace(
        "园区配套加快\n", "老粮站变身直播间\n——闲置仓库引来返乡青年\n")
    items = items_of(tmp_path, page)
    assert [(i.title, i.subtitle) for i in items] == [("深化川渝产业协作", ""),
                                                      ("老粮站变身直播间", "——闲置仓库引来返乡青年")]


def test_the_line_over_a_displaced_deck_is_its_title(tmp_path):
    page = ("本报记者 林晓梅\n\n今年以来，我市新建冷库十二座，冷链物流配送车辆增加到三百余辆，\n"
            "生鲜农产品损耗率下降到百分之五以下，农户增收明显。\n\n果蔬进城跑出加速度\n\n"
            "我市新建冷库十二座,生鲜农产品损耗率下降到百分之五以下\n\n夏季用电高峰来临\n\n"
            "本报讯（记者 周敏）入夏以来，全市用电负荷持续攀升，供电部门加强设备巡视，\n确保居民用电安全稳定。\n")
    items = items_of(tmp_path, page)
    assert [i.title for i in items] == ["果蔬进城跑出加速度", "夏季用电高峰来临"]
    assert items[0].subtitle == "我市新建冷库十二座,生鲜农产品损耗率下降到百分之五以下"


def test_a_signed_section_gives_the_untitled_text_above_its_title_printed_after_it(tmp_path):
    page = ("本报记者 林晓梅\n\n今年以来，我市新建冷库十二座，冷链物流配送车辆增加到三百余辆，\n"
            "生鲜农产品损耗率明显下降，果蔬进城跑出加速度。\n\n"
            "冷链物流配送跑出加速度\n\n夏季用电高峰来临\n\n"
            "入夏以来，全市用电负荷持续攀升，供电部门加强设备巡视，\n确保居民用电安全稳定。（周敏）\n")
    items = items_of(tmp_path, page)
    assert [i.title for i in items] == ["冷链物流配送跑出加速度", "夏季用电高峰来临"]


def test_a_headline_over_a_photos_own_title_goes_to_the_untitled_text_above(tmp_path):
    page = TITLE_AFTER_TEXT_OVER_PHOTO.replace("冷链物流网络覆盖全市乡镇\n\n", "冷链进乡村 农户笑开颜\n\n湖畔步道游客多\n\n")
    items = items_of(tmp_path, page)
    assert [(i.kind, i.title) for i in items] == [("article", "冷链进乡村 农户笑开颜"), ("photo", "湖畔步道游客多")]


def test_a_first_line_shorter_than_the_wrapped_headline_under_it_is_a_kicker(tmp_path):
    page = ("以案说纪\n挪用扶贫专项\n资金的行为如何定性\n文/林晓梅\n"
            "某村党支部书记甲在二〇二三年挪用扶贫专项资金十二万元，用于个人经营活动，\n案发前已全部归还。\n")
    [item] = items_of(tmp_path, page)
    assert (item.kicker, item.title) == ("以案说纪", "挪用扶贫专项资金的行为如何定性")


def test_a_short_first_line_over_a_title_line_and_a_wider_subtitle_is_no_kicker(tmp_path):
    page = ("冷链配送\n覆盖全市乡镇\n全市新建冷库十二座配送车辆增加到三百余辆\n■本报记者 林晓梅\n"
            "今年以来，我市加快建设城乡冷链物流网络，新建冷库十二座，\n生鲜农产品损耗明显下降。\n")
    [item] = items_of(tmp_path, page)
    assert (item.kicker, item.title) == ("", "冷链配送覆盖全市乡镇")


def test_a_title_printed_after_its_text_sharing_few_words_still_titles_it(tmp_path):
    page = ("本报记者 林晓梅\n\n今年以来，我市新建冷库十二座，冷链物流配送车辆增加到三百余辆，\n"
            "生鲜农产品损耗明显下降，农户增收明显。\n冷链进乡村 农户笑开颜\n")
    items = items_of(tmp_path, page)
    assert [(i.kind, i.title) for i in items] == [("article", "冷链进乡村 农户笑开颜")]


def test_a_title_set_apart_under_a_box_and_printed_on_a_caption_is_the_pictures(tmp_path):
    page = (ARTICLE_ABOVE + "【电力供需】\n迎峰度夏电力供需\n全国最高用电负荷 14.51亿千瓦 同比增\n长6.8%\n"
            "全国日发电量 318亿千瓦时 创历史新高\n跨省跨区输电 2.1亿千瓦 同比增长9.2\n%\n\n"
            "风起山间\n山坡上，风电机组迎风转动。通讯员 邵鸣 摄\n")
    items = items_of(tmp_path, page)
    assert [(i.kind, i.title) for i in items][-2:] == [("infobox", "迎峰度夏电力供需"), ("photo", "风起山间")]


def test_a_box_label_keeps_the_title_under_it_over_the_rows(tmp_path):
    page = (ARTICLE_ABOVE + "■相关链接\n\n新建公共充电站投入使用 手机扫码充电更加方便\n\n"
            "- 二〇二三年建成公共站点十二座\n- 二〇二四年计划再建八座\n- 累计服务车辆超过五万辆次\n")
    items = items_of(tmp_path, page)
    assert [(i.kicker, i.title) for i in items] == [("", "城区新增一批共享充电桩"),
                                                    ("相关链接", "新建公共充电站投入使用 手机扫码充电更加方便")]


def test_a_line_of_text_read_as_a_heading_mid_sentence_opens_no_story(tmp_path):
    page = ("甘肃外输内拓稳就业促增收\n文、图/西安报业全媒体记者 贺立博\n“我最多一个月拿过4500\n元。”且正草说，织毯拿的是\n"
            "计件工资，织得多工资就高，\n图案简单的藏毯好做，复杂图\n案相对较难，她正在仔细琢磨\n提升织毯水平。雪域藏毯毛织\n"
            "有限责任公司负责人道吉才让\n告诉记者，他们的乡村就业工\n厂有43名员工，员工月平均\n工资为3000元到3500\n元。\n"
            "据了解，为提高劳动者就业技\n能，甘肃紧盯制造业重点领域、\n现代服务业和乡村振兴对技能\n人才的需求。\n")
    assert [i.title for i in items_of(tmp_path, page)] == ["甘肃外输内拓稳就业促增收"]


def test_an_unlabelled_question_between_answers_opens_no_story(tmp_path):
    text = SECTION_OR_ITEM.format(gap="", after="\n").replace("园区配套加快", "园区配套进展如何？")
    assert [i.title for i in items_of(tmp_path, text)] == ["深化川渝产业协作"]


def test_lines_of_a_sentence_read_as_a_heading_open_no_story(tmp_path):
    page = ("成都数字经济提速\n\n在数字产业化方面，加快培育壮大新赛道\n新产业。推动集成电路产业“聚链成群”，\n"
            "2024年全市集成电路产业营收达到7\n50亿元，设计业营收超过300亿元。\n在新型显示产业，今年将推动全球首条玻\n"
            "璃基Micro LED显示屏生产线实\n现量产。在智能终端产业，推动产业高端\n化发展，2024年智能终端产业营收突\n破4300亿元。\n")
    assert [i.title for i in items_of(tmp_path, page)] == ["成都数字经济提速"]


def test_a_run_in_title_over_a_paragraph_its_writer_signs_opens_a_brief(tmp_path):
    page = ("城乡供水一体化全面提速\n\n本报记者 周航\n\n近日，记者从市水务局获悉，全市城乡供水一体化工程已完成投资十二亿元，\n"
            "新建供水管网四百公里，改造老旧水厂九座，惠及农村人口三十万人。\n\n"
            "义诊活动走进社区。近日，市第一人民医院组织多个科室医生走进社区开展义诊，\n"
            "为居民测量血压血糖，讲解慢性病防治知识，服务群众四百余人次。（崔刚涵）\n")
    items = items_of(tmp_path, page)
    assert [(i.kind, i.title, list(i.authors)) for i in items] == [("article", "城乡供水一体化全面提速", ["周航"]),
                                                             ("brief", "义诊活动走进社区", ["崔刚涵"])]


def test_a_credit_in_brackets_closes_a_story_signed_nowhere_above(tmp_path):
    page = ("■楼道堆物何时能清走\n\n家住老城区的王先生反映，他所在单元楼道里堆放着旧家具、纸箱等杂物，\n"
            "占用了近一半通道，存在消防隐患。\n\n"
            "记者将此事反映给所在社区。社区工作人员表示，已联系相关住户限期清理，\n"
            "并将联合物业开展一次楼道堆物集中整治。（半岛全媒体记者 郭琪洋）\n")
    items = items_of(tmp_path, page)
    assert [(i.title, list(i.authors)) for i in items] == [("楼道堆物何时能清走", ["郭琪洋"])]



def test_a_run_in_title_over_a_signed_paragraph_in_another_column_opens_a_brief(tmp_path):
    story = "持续加快民政精神卫生福利机构建设，全省有21家机构，开放床位近2万张，多项指标上位居全国前列。"
    brief = ("甘肃外输内拓稳就业促增收。春节将至，在甘肃康乐县苏集镇、流川乡等乡镇，一些外出务工人员家里来了"
             "一位特殊的客人：厦门百路达公司人力资源部经理前来走访慰问康乐籍优秀员工家属。")
    page = ("残有所助\n\n" + "\n".join(story[i:i + 17] for i in range(0, len(story), 17)) + "\n\n"
            + "\n".join(brief[i:i + 28] for i in range(0, len(brief), 28)) + "（杨辉明 雷涵秋）\n")
    items = items_of(tmp_path, page)
    assert [(i.title, list(i.authors)) for i in items] == [("残有所助", []),
                                                           ("甘肃外输内拓稳就业促增收", ["杨辉明", "雷涵秋"])]



def test_a_title_unwrapped_into_its_text_under_a_closed_brief_titles_the_next_brief(tmp_path):
    page = ("热线追踪\n\n小区充电桩不够用\n市民孙女士反映，她所住小区\n有上百辆电动自行车，但集中\n充电桩只有二十个，晚上经常\n"
            "排不上队。（记者 邓梅）\n公交站亭广告牌松动存隐患\n市民张先生来电反映，他每天\n乘车的公交站亭顶部一块广告\n"
            "牌松动，刮风时晃动明显，担\n心掉落砸伤候车市民。（记者 程航博）\n")
    items = items_of(tmp_path, page)
    assert [(i.title, list(i.authors)) for i in items] == [("小区充电桩不够用", ["邓梅"]),
                                                           ("公交站亭广告牌松动存隐患", ["程航博"])]



@pytest.mark.parametrize("title, text", [
    ("巡回法庭走进田间地头", "县法院日前把巡回法庭开到村\n委会，当场调解一起土地承包\n纠纷，并讲解相关法律知识。"),
    ("老旧小区加装电梯", "春节将至，城东街道多栋住宅\n楼的升降设施陆续建成投用，\n居民上下楼更加方便了。")],
    ids=["who-and-when", "first-words-and-comma"])
def test_a_title_unwrapped_into_a_brief_opening_as_a_news_text_titles_it(tmp_path, title, text):
    # the text under the title neither restates it nor follows a clause mark: it opens as a
    # brief's text does, with who did it and when, or with its first words set apart by a comma
    page = ("热线追踪\n\n小区充电桩不够用\n市民孙女士反映，她所住小区\n有上百辆电动自行车，但集中\n充电桩只有二十个，晚上经常\n"
            f"排不上队。（记者 邓梅）\n{title}\n{text}（记者 程航博）\n")
    items = items_of(tmp_path, page)
    assert [(i.title, list(i.authors)) for i in items] == [("小区充电桩不够用", ["邓梅"]), (title, ["程航博"])]


def test_the_words_after_a_dateline_on_its_line_title_no_brief(tmp_path):
    # 本报讯（记者 X）本届市青少 / 年足球联赛近日开赛，…: a title is printed on lines of its own
    page = ("小区充电桩不够用\n\n本报记者 邓梅\n\n市民孙女士反映，她所住小区\n有上百辆电动自行车，但集中\n充电桩只有二十个，晚上经常\n"
            "排不上队。\n\n本报讯（记者 程航博）本届市青少\n年足球联赛近日开赛，来自全市的六\n"
            "十余支队伍参赛，比赛将持续至八月。\n\n青少年足球联赛开赛\n")
    assert [i.title for i in items_of(tmp_path, page)] == ["小区充电桩不够用", "青少年足球联赛开赛"]


def test_a_line_wrapped_mid_sentence_before_a_comma_titles_no_brief(tmp_path):
    # …传统医药 / 国际合作，…: the line fills its column, so it is the text's first line, no title
    page = ("热线追踪\n\n小区充电桩不够用\n市民孙女士反映，她所住小区\n有上百辆电动自行车，但集中\n充电桩只有二十个，晚上经常\n"
            "排不上队。（记者 邓梅）\n与多个国家开展传统医药\n交流合作，我国将在未来三\n年内培训一千余名相关人才。（记者 程航博）\n")
    assert [i.title for i in items_of(tmp_path, page)] == ["小区充电桩不够用", ""]


def test_a_numbered_title_run_into_its_text_under_a_closed_brief_is_cut_where_the_text_opens(tmp_path):
    page = ("简讯\n\n一、中小学暑期托管服务启动本市中小\n学暑期托管服务日前启动，各校结合实\n际开设阅读、体育、艺术等课程。（张云松）\n\n"
            "二、社区开设老年人智能手机课堂为帮\n助老年人跨越“数字鸿沟”，多个社区\n开设智能手机课堂，志愿者手把手教授\n"
            "扫码支付、网上挂号、视频通话等操作。\n（沈建勇 赵红）\n")
    assert [i.title for i in items_of(tmp_path, page)][-1] == "社区开设老年人智能手机课堂"


BROKEN_CREDITS = [
    "1月28日，养殖工人在山东省荣成市寻山街道的海\n上养殖区进行海带养殖冬季管理。目前，正是当地海\n"
    "带冬管期，养殖工人冒着严寒清理海带筏架覆草，积\n极开展渔业养殖管护等海上作业。中国妇女报全媒体\n记者 吕斌强/摄",
    "1月27日，在安徽省黄山市歙县徽州古城，民间艺人正在表演非遗项\n目。随着春节临近，黄山市各地举办“就在徽州过大年”系列活动，打\n"
    "造独具徽州特色的“年味大餐”，为市民游客带来一场场视觉盛宴。新\n华社记者 罗冬 摄",
    "1月27日，在安徽省黄山市歙县徽州古城，民间艺人\n\n正在表演非遗项目。随着春节临近，黄山市各地举办“\n\n"
    "就在徽州过大年”系列活动，打造独具徽州特色的“年\n\n味大餐”，为市民游客带来一场场视觉盛宴。 贵州日\n\n"
    "报天眼新闻记者 顾波 摄",
]


@pytest.mark.parametrize("caption, photographer", list(zip(BROKEN_CREDITS, ["吕斌强", "罗冬", "顾波"])),
                         ids=["role", "outlet", "double-spaced"])
def test_a_credit_broken_inside_its_outlet_or_role_leaves_the_caption(tmp_path, caption, photographer):
    page = "城乡供水一体化全面提速\n\n本报记者 周航\n\n近日，记者从市水务局获悉，全市城乡供水一体化工\n程已完成投资十二亿元。\n\n"
    items = items_of(tmp_path, page + caption + "\n")
    photo = items[-1]
    assert (photo.kind, len(items)) == ("photo", 2)
    assert "".join(b.text for b in photo.blocks if b.kind == "caption").endswith(("冬季管理。", "作业。", "视觉盛宴。"))
    assert list(photo.photographers) == [photographer]
    assert photo.blocks[-1].text.split()[0].endswith("记者")  # the outlet and role read whole, as printed


TWO_PHRASE_BRIEFS = """街镇传真

纳凉晚会开幕。全市社区纳凉晚会日前开幕，演出将持续进行，
每周末在各社区广场轮流上演，将持续至八月中旬。（陆宁）

山城有名医，群众有“医”靠。福建省浦城县坚持把为民办事实、
保障人民健康放在优先发展的战略位置，柔性引进高层次医疗专家
人才，提升县域医疗服务能力。（毛宇文）
"""


def test_a_run_in_title_of_two_phrases_after_a_closed_brief(tmp_path):
    items = items_of(tmp_path, TWO_PHRASE_BRIEFS)
    assert [(i.kind, i.title) for i in items] == [("brief", "纳凉晚会开幕"), ("brief", "山城有名医，群众有“医”靠")]


def test_a_short_sentence_of_two_phrases_inside_a_brief_titles_nothing(tmp_path):
    text = ("山城有名医 群众有“医”靠\n本报讯 福建省浦城县坚持把为民办事实、保障人民健康放在优先发展的\n战略位置，提升县域医疗服务能力。\n"
            "专家坐诊，优化服务。“名医工作室”专家团队制定坐诊时间和定期查房制度，\n每月两次定期开展坐诊问诊。（魏燕浩）\n")
    assert [i.title for i in items_of(tmp_path, text)] == ["山城有名医 群众有“医”靠"]


NEXT_STORY = "\n\n城市书房开到家门口\n\n第三批城市书房近日向\n市民开放，每家藏书三\n千册以上，实行自助借\n还。\n"


def test_a_plain_heading_after_numbered_sections_heads_the_next_story(tmp_path):
    section = "近日，川渝两地共同签\n署协议，联合建设产业\n园区，首期规划面积十\n二平方公里。"
    text = f"深化川渝产业协作\n\n{section}\n\n一、协同创新\n\n{section}\n\n二、全域联动\n\n{section}" + NEXT_STORY
    assert [i.title for i in items_of(tmp_path, text)] == ["深化川渝产业协作", "城市书房开到家门口"]


SET_ALIKE = "深化川渝产业协作\n\n{s}\n\n协同创新 园区共建\n\n{s}\n\n全域联动 道路共通\n\n{s}\n\n抱团发力 人才共享\n\n{s}"


def test_a_heading_set_unlike_the_sections_above_it_heads_the_next_story(tmp_path):
    section = "近日，川渝两地共同签\n署协议，联合建设产业\n园区，首期规划面积十\n二平方公里。"
    text = SET_ALIKE.format(s=section) + NEXT_STORY
    assert [i.title for i in items_of(tmp_path, text)] == ["深化川渝产业协作", "城市书房开到家门口"]


def test_a_heading_set_unlike_the_rest_between_them_stays_a_section(tmp_path):
    section = "近日，川渝两地共同签\n署协议，联合建设产业\n园区，首期规划面积十\n二平方公里。"
    text = SET_ALIKE.format(s=section).replace("全域联动 道路共通", "城市书房开到家门口") + "\n"
    assert [i.title for i in items_of(tmp_path, text)] == ["深化川渝产业协作"]


def test_an_indented_line_under_headings_set_alike_opens_no_story(tmp_path):
    section = "近日，川渝两地共同签\n署协议，联合建设产业\n园区，首期规划面积十\n二平方公里。"
    text = SET_ALIKE.format(s=section) + "\n\n\u3000\u3000城市书房开到家门口\n\n第三批城市书房近日向\n市民开放。\n"
    assert [i.title for i in items_of(tmp_path, text)] == ["深化川渝产业协作"]


def test_a_line_of_text_read_as_a_heading_is_no_section_of_its_own(tmp_path):
    page = ("甘肃外输内拓稳就业促增收\n文、图/西安报业全媒体记者 贺立博\n“我最多一个月拿过4500\n元。”且正草说，织毯拿的是\n"
            "计件工资，织得多工资就高，\n图案简单的藏毯好做，复杂图\n案相对较难，她正在仔细琢磨\n提升织毯水平。雪域藏毯毛织\n"
            "有限责任公司负责人道吉才让\n告诉记者，他们的乡村就业工\n厂有43名员工，员工月平均\n工资为3000元到3500\n元。\n"
            "据了解，为提高劳动者就业技\n能，甘肃紧盯制造业重点领域、\n现代服务业和乡村振兴对技能\n人才的需求。" + NEXT_STORY)
    assert [i.title for i in items_of(tmp_path, page)] == ["甘肃外输内拓稳就业促增收", "城市书房开到家门口"]


def test_a_byline_glued_to_the_last_sentence_ends_the_paragraph(tmp_path):
    page = ("四川广安：改革开放风正劲\n\n“渝广”合作、“深广”合作、“湖广”合\n作、“蓉广”合作、“川港”合作，五大开\n"
            "放平台互促共融，广安市新时代改革开放渐\n入佳境。 上证报记者 陶波军\n\n"
            "山城有名医，群众有“医”靠。福建省浦城\n县坚持把为民办事实、保障人民健康放在优\n先发展的战略位置。（曾斌）\n")
    items = items_of(tmp_path, page)
    assert [(i.title, list(i.authors)) for i in items] == [("四川广安：改革开放风正劲", ["陶波军"]),
                                                    ("山城有名医，群众有“医”靠", ["曾斌"])]


def test_an_agency_credit_glued_to_a_caption(tmp_path):
    page = ("城乡供水一体化全面提速\n\n本报记者 周航\n\n近日，记者从市水务局获悉，全市城乡供水一\n体化工程已完成投资十二亿元。\n"
            "（下转第二版）\n\n今年以来,青岛市即墨区聚焦“新技术、\n新产业、新业态、新模式”发展,助推区域\n经济高质量发展。图为"
            "工人在生产\n特种车产品。新华社发\n")
    photo = items_of(tmp_path, page)[-1]
    assert [(b.kind, b.text[-6:]) for b in photo.blocks] == [("caption", "特种车产品。"), ("credit", "新华社发")]


def test_a_picture_supplied_by_an_office_is_credited_in_brackets(tmp_path):
    page = ("城乡供水一体化全面提速\n\n本报记者 周航\n\n近日，记者从市水务局获悉，全市城乡供水一\n体化工程已完成投资十二亿元。\n"
            "（下转第二版）\n\n图为苗族群众身着盛装，在村寨广场上跳起芦\n\n笙舞迎接远方的客人。 （黎平县委宣传部供\n\n图）\n")
    photo = items_of(tmp_path, page)[-1]
    assert [(b.kind, b.text[-6:]) for b in photo.blocks] == [("caption", "远方的客人。"), ("credit", "宣传部供图）")]
    assert list(photo.photographers) == []


def test_a_first_line_as_wide_as_the_text_under_the_masthead_is_no_title(tmp_path):
    page = ("温州日报\n2024年5月31日 星期五\n第7版 经济\n\n川渝高竹新区位于四川省广安市邻水县高滩\n镇与重庆市渝北区茨竹镇交界处，目前建成\n"
            "区面积6.5平方公里，初步形成以汽车研\n发制造为主的装备制造业集群，是重庆两江\n新区配套产业园、四川省新型工业化示范基\n"
            "地、成渝地区双城经济圈产业合作示范园区。\n图为观众在川渝高竹新区规划馆参观。\n记者 汤辉俊 摄\n")
    [photo] = items_of(tmp_path, page)
    assert (photo.kind, photo.title, photo.blocks[0].kind, photo.blocks[0].text[:8]) == ("photo", "", "caption", "川渝高竹新区位于")


def test_a_line_cut_off_as_a_headline_mid_sentence_stays_in_its_paragraph(tmp_path):
    page = ("甘肃外输内拓稳就业促增收\n文、图/西安报业全媒体记者 贺立博\n“我最多一个月拿过4500\n元。”且正草说，织毯拿的是\n"
            "计件工资，织得多工资就高，\n图案简单的藏毯好做，复杂图\n案相对较难，她正在仔细琢磨\n提升织毯水平。雪域藏毯毛织\n"
            "有限责任公司负责人道吉才让\n告诉记者，他们的乡村就业工\n厂有43名员工，员工月平均\n工资为3000元到3500\n元。\n"
            "据了解，为提高劳动者就业技\n能，甘肃紧盯制造业重点领域、\n现代服务业和乡村振兴对技能\n人才的需求。\n")
    [item] = items_of(tmp_path, page)
    assert "heading" not in [b.kind for b in item.blocks]
    assert "员工月平均工资为3000元到3500元。" in "".join(b.text for b in item.blocks if b.kind == "paragraph")


def test_a_line_with_latin_words_cut_off_mid_sentence_stays_in_its_paragraph(tmp_path):
    page = ("成都数字经济提速\n\n在数字产业化方面，加快培育\n壮大新赛道新产业。推动集成\n电路产业“聚链成群”，20\n"
            "24年全市集成电路产业营收\n达到750亿元，设计业营收\n超过300亿元。在新型显示\n产业，今年将推动全球首条玻\n"
            "璃基Micro LED显示\n屏生产线实现量产。在智能终\n端产业，推动产业高端化发展。\n")
    [item] = items_of(tmp_path, page)
    assert "heading" not in [b.kind for b in item.blocks]


def test_a_caption_printed_twice_is_one_photo(tmp_path):
    caption = ("1月28日，养殖工人在山东省荣成市寻山街道的海上养殖区进\n行海带养殖冬季管理。目前，正是当地海带冬管期，养殖工人冒\n"
               "着严寒清理海带筏架覆草，积极开展渔业养殖管护等海上作业。\n")
    page = ("四部门发布就业援助新政策\n\n本报讯（记者 孔雪梅）12月9日，人力资源社会保障部等4部门联合发布通知，\n"
            "把党和政府对困难群众的关心落到实处。\n\n" + caption + "本报记者 石一帆 摄\n\n" + caption)
    items = items_of(tmp_path, page)
    assert [i.kind for i in items] == ["brief", "photo"]
    assert body_of(items[0]).endswith("关心落到实处。")
    assert [b.kind for b in items[1].blocks] == ["caption", "credit", "caption"]
    assert list(items[1].photographers) == ["石一帆"]


def test_a_caption_printed_twice_with_its_credit_is_one_photo(tmp_path):
    caption = "\n社区志愿者在广场上为居民义诊。 周小雨/摄\n"
    page = ("四部门发布就业援助新政策\n\n本报讯（记者 孔雪梅）12月9日，人力资源社会保障部等4部门联合发布通知，\n"
            "把党和政府对困难群众的关心落到实处。\n" + caption + caption)
    items = items_of(tmp_path, page)
    assert [i.kind for i in items] == ["brief", "photo"]
    assert list(items[1].photographers) == ["周小雨"]


POWER_CUT = """第11版 综合

计划停水通知

因供水管网检修，以下区域

将暂停供水，请用户提前做

好准备：

8月2日 8:00—1

7:00 东湖街道滨河路

沿线

8月3日 9:00—1

6:00 西山镇五里村

村部

8月4日 8:00—1

2:00 南湖街道工业园

区东区

乡镇传真

◆城区新增一批共享充电桩

本报讯（记者 林晓东）

近日，城区新增共享充电桩二百余个，

方便市民出行。
"""


def test_short_lines_under_an_unfinished_row_go_on_with_the_box(tmp_path):
    items = items_of(tmp_path, POWER_CUT)
    assert [i.title for i in items] == ["计划停水通知", "城区新增一批共享充电桩"]
    assert "".join(b.text for b in items[0].blocks).endswith("区东区")


BOOK_NOTE = ARTICLE_ABOVE + """■书讯

书名：《江河行记》

作者：林晓东

出版社：某某文艺出版社

出版时间：2024年5月

定价：58.00元

城南:老街改造完成
城南老街改造近日完成，沿街二十余栋老建筑保留原有风貌，街面铺装和排水管网同步更新，吸引不少市民前来游览。
"""


def test_a_book_notes_rows_stay_one_box_with_its_writer_and_price(tmp_path):
    items = items_of(tmp_path, BOOK_NOTE)
    assert [i.title for i in items] == ["城区新增一批共享充电桩", "书讯", "城南:老街改造完成"]
    assert [b.text for b in items[1].blocks if b.kind == "listitem"] == [
        "书名：《江河行记》", "作者：林晓东", "出版社：某某文艺出版社", "出版时间：2024年5月", "定价：58.00元"]


def test_an_artists_credit_under_an_artwork_credits_that_picture(tmp_path):
    text = ARTICLE_ABOVE + "山村晨雾（木刻版画）\n\n林晓东 作\n\n本版责编：杨某\n"
    items = items_of(tmp_path, text)
    assert [(i.kind, [b.kind for b in i.blocks]) for i in items][1:] == [("photo", ["caption", "credit"])]


def test_a_cartoon_credited_above_its_caption_keeps_its_title(tmp_path):
    text = ARTICLE_ABOVE + "节约用水好习惯\n\n林晓东 作\n\n拧紧水龙头，一滴也不浪费。\n\n本版责编：杨某\n"
    items = items_of(tmp_path, text)
    assert [(i.kind, i.title, [b.kind for b in i.blocks if b.kind != "headline"]) for i in items][1:] == [
        ("photo", "节约用水好习惯", ["credit", "caption"])]


def test_a_line_without_figures_under_rows_of_figures_titles_the_caption_below(tmp_path):
    rows = ("■水情\n6月3日8时主要河道水情\n1.城北河 北关站 水位12.31米落\n0.05米\n2. 城南河 南关站 水位10.82米 落0\n"
            ".12米\n3.东河 东关站 水位9.47米 涨\n4.西河 西关站 水位11.06米 涨\n\n河道巡查\n"
            "巡查人员在堤防上查看水位。 （林晓东 摄）\n\n社区食堂开门迎客\n近日，城东一处社区食堂开门迎客，老人就餐可享优惠。（王可）\n")
    items = items_of(tmp_path, ARTICLE_ABOVE + rows)
    assert [(i.kind, i.title) for i in items][-2] == ("photo", "河道巡查")
    assert "河道巡查" not in "".join(b.text for b in items[-3].blocks)


def test_a_title_over_a_credited_caption_and_a_signed_text_is_the_pictures_when_it_shares_its_words(tmp_path):
    text = ("2024年5月2日 星期四 05 城事\n\n湖畔留影\n湖畔栈道边，游客拍照留念。\n记者 林晓东 摄\n\n本报记者 王可\n"
            "近日，城区新建的二十个公共充电站投入使用，市民可通过手机扫码充电，\n高峰时段排队时间明显缩短，新能源车主出行更加方便。\n"
            "据介绍，今年城区还将新建一批充电设施，覆盖主要商圈和居民小区。\n")
    items = items_of(tmp_path, text)
    assert [(i.kind, i.title) for i in items] == [("photo", "湖畔留影"), ("article", "")]


def test_a_box_label_over_numbered_rows_that_found_no_body_is_one_box(tmp_path):
    lines = ["2024年7月8日 星期一 A03 城事", "本报记者 王可",
             "近日，城区新建的二十个公共充电", "站投入使用，市民可通过手机扫码", "充电，高峰时段排队时间明显缩短，",
             "新能源车主出行更加方便。据介绍，", "今年城区还将新建一批充电设施，", "覆盖主要商圈和居民小区的充电桩。",
             "城区新增一批共享充电桩", "温馨提示", "假期出行提示", "①出行前查询路况和天气", "②高海拔地区注意防寒防晒",
             "③遇到拥堵服从交警指挥", "本报新闻热线 0971-12345678"]
    items = items_of(tmp_path, "\n\n".join(lines) + "\n")
    assert [(i.kind, i.kicker, i.title) for i in items] == [
        ("article", "", "城区新增一批共享充电桩"), ("infobox", "温馨提示", "假期出行提示")]


def test_key_figures_over_what_they_count_are_a_boxs_rows(tmp_path):
    figures = "■数读\n\n城区充电网络\n\n20个\n公共充电站投入使用\n200余个\n共享充电桩\n30%\n排队时间缩短\n"
    items = items_of(tmp_path, ARTICLE_ABOVE + figures)
    assert [(i.kind, i.title) for i in items][1:] == [("infobox", "城区充电网络")]
    assert [b.text for b in items[1].blocks if b.kind == "listitem"][-1] == "排队时间缩短"


@pytest.mark.parametrize("spacing", ["pairs apart", "every line apart"])
def test_key_figures_set_a_blank_line_apart_are_a_boxs_rows(tmp_path, spacing):
    """17次 / 全场抢断次数，创本赛季新高, each pair a blank line from the next (or a blank line after every
    line): what a figure counts may hold a comma; the label over them titles the box."""
    figures = "\n".join(["数读", "", "17次", "全场抢断次数，创本赛季新高", "", "58.3%", "主队全场投篮命中率", "",
                         "41分", "本场比赛的单节最高得分", ""])
    if spacing == "every line apart":
        figures = "\n\n".join(line for line in figures.split("\n") if line) + "\n"
    items = items_of(tmp_path, ARTICLE_ABOVE + figures)
    assert [(i.kind, i.title) for i in items][1:] == [("infobox", "数读")]
    assert [b.text for b in items[1].blocks if b.kind == "listitem"][:2] == ["17次", "全场抢断次数，创本赛季新高"]


# A narrow column's article, then a data box printed close: what each row counts, a space, its figure.
NARROW_ARTICLE = ("2024年7月2日 星期二 05 要闻\n\n炼厂检修顺利完成\n\n本报记者 王进\n\n"
                  "近日，某某炼化公司年度检修顺利完\n成，各装置一次开车成功，检修期间\n未发生安全事故，实现了安全、质量\n"
                  "和进度的目标。公司组织员工加班加\n点，提前两天完成全部检修任务，为\n下半年生产打下坚实基础。\n\n")


# a bare 00 under a row is the rest of its time, never a page numbered 0
@pytest.mark.parametrize("first", ["6:00—\n21:00", "6:00—21:\n00"])
def test_rows_the_column_cut_inside_their_hours_are_a_boxs_rows(tmp_path, first):
    spots = ("消夏去处\n\n滨江湿地公园 免费 " + first + "\n城市植物园 门票20元 8:00\n—17:30\n"
             "江心岛游船 船票50元 9:00—\n19:00\n")
    items = items_of(tmp_path, NARROW_ARTICLE + spots)
    assert [(i.kind, i.title) for i in items][1:] == [("infobox", "消夏去处")]
    assert sum(b.kind == "listitem" for b in items[1].blocks) >= 3


def test_what_they_count_and_its_figure_on_a_line_each_are_a_boxs_rows(tmp_path):
    figures = ("【数说】\n全年生产数据\n全年发电量 2.1亿千瓦时 同比增长3.5\n%\n新增装机 36万千瓦\n服务用户 1.2万户\n"
               "输电线路 860公里\n\n运维人员在变电站巡检。\n某某供电公司供图\n")
    items = items_of(tmp_path, NARROW_ARTICLE + figures)
    assert [(i.kind, i.title) for i in items][1:] == [("infobox", "全年生产数据"), ("photo", "")]
    assert [b.text for b in items[1].blocks if b.kind == "listitem"] == [
        "全年发电量2.1亿千瓦时同比增长3.5%", "新增装机36万千瓦", "服务用户1.2万户", "输电线路860公里"]


def test_prices_per_their_measure_under_a_label_are_a_boxs_rows(tmp_path):
    prices = "【今日菜价】\n\n黄瓜 3.20元/公斤\n\n茄子 4.60元/斤\n\n菜籽油 15.80元/升\n\n河堤上，市民在散步。\n\n通讯员 王进 摄\n"
    items = items_of(tmp_path, NARROW_ARTICLE + prices)
    assert [(i.kind, i.title) for i in items][1:] == [("infobox", "今日菜价"), ("photo", "")]
    assert [b.kind for b in items[1].blocks] == ["headline", "listitem", "listitem", "listitem"]


# A signed article set in a wider column than the caption under it.
REFINERY_ARTICLE = ("炼厂检修顺利完成\n\n本报记者 王进\n\n近日，某某炼化公司年度检修顺利完成，各装置一次开车\n"
                    "成功，检修期间未发生安全事故，实现了安全、质量和进\n度的目标。公司组织员工加班加点，提前两天完成全部检\n"
                    "修任务，为下半年生产打下坚实基础。\n\n")


def test_a_caption_set_narrower_than_the_text_column_runs_on_over_its_credit(tmp_path):
    photo = "位于南康区的国际陆港货运\n站，龙门吊正在吊运集装箱。\n 本报记者 孙华 摄\n"
    items = items_of(tmp_path, REFINERY_ARTICLE + photo)
    assert [(i.kind, i.title, list(i.photographers)) for i in items] == [
        ("article", "炼厂检修顺利完成", []), ("photo", "", ["孙华"])]
    assert [b.text for b in items[1].blocks if b.kind == "caption"] == ["位于南康区的国际陆港货运站，龙门吊正在吊运集装箱。"]


def test_a_caption_in_its_own_measure_runs_on_over_a_credit_a_blank_line_apart(tmp_path):
    photo = "位于南康区的国际陆港货运\n站，龙门吊正在吊运集装箱。\n\n（受访者供图）\n"
    items = items_of(tmp_path, REFINERY_ARTICLE + photo)
    assert [(i.kind, i.title) for i in items] == [("article", "炼厂检修顺利完成"), ("photo", "")]
    assert [b.text for b in items[1].blocks if b.kind == "caption"] == ["位于南康区的国际陆港货运站，龙门吊正在吊运集装箱。"]


def test_a_caption_in_its_own_measure_opening_the_page_is_no_title(tmp_path):
    page = ("2024年7月2日 星期二 05 要闻\n\n位于南康区的国际陆港货运\n站，龙门吊正在吊运集装箱。\n本报记者 孙华 摄\n\n"
            "炼厂检修顺利完成\n\n本报记者 王进\n\n近日，某某炼化公司年度检修顺利完成，各装置一次开车\n"
            "成功，检修期间未发生安全事故，实现了安全、质量和进\n度的目标。\n")
    items = items_of(tmp_path, page)
    assert [(i.kind, i.title) for i in items] == [("photo", ""), ("article", "炼厂检修顺利完成")]
    assert [b.text for b in items[0].blocks if b.kind == "caption"] == ["位于南康区的国际陆港货运站，龙门吊正在吊运集装箱。"]


@pytest.mark.parametrize("caption, tail, photographers", [
    ("游客在湖畔步道上散步。记者孙", "海华摄", ["孙海华"]),
    ("游客在湖畔步道上散步。 图片来源：", "视觉中国", []),
])
def test_a_picture_credit_glued_after_a_caption_and_broken_anywhere_is_one(tmp_path, caption, tail, photographers):
    article = ("炼厂检修顺利完成\n\n本报记者 王进\n\n近日，某某炼化公司年度检修顺利完成，各装置一次开车\n"
               "成功，检修期间未发生安全事故，实现了安全、质量和进\n度的目标。\n\n")
    items = items_of(tmp_path, article + f"湖畔步道\n{caption}\n{tail}\n")
    assert [(i.kind, i.title) for i in items] == [("article", "炼厂检修顺利完成"), ("photo", "湖畔步道")]
    assert [b.text for b in items[1].blocks if b.kind == "caption"] == ["游客在湖畔步道上散步。"]
    assert list(items[1].photographers) == photographers


def test_a_caption_line_read_as_a_headline_gives_a_credit_broken_after_its_outlet(tmp_path):
    article = ("炼厂检修顺利完成\n\n本报记者 王进\n\n近日，某某炼化公司年度检修顺利完成，各装置一次开车\n"
               "成功，检修期间未发生安全事故，实现了安全、质量和进\n度的目标。\n\n")
    items = items_of(tmp_path, article + "游客在湖畔步道上散步。临江日报·\n临江客户端记者 孙华 摄\n")
    assert [(i.kind, i.title) for i in items] == [("article", "炼厂检修顺利完成"), ("photo", "")]
    assert [b.text for b in items[1].blocks if b.kind == "caption"] == ["游客在湖畔步道上散步。"]
    assert list(items[1].photographers) == ["孙华"]


def test_a_headline_under_an_untitled_story_titles_it_though_they_share_no_words(tmp_path):
    story = ("2024年7月2日 星期二 05 要闻\n\n本报记者 王进\n\n近日，某某炼化公司年度检修顺利完\n成，各装置一次开车成功，检修期间\n"
             "未发生安全事故，实现了安全、质量\n和进度的目标。\n\n公司组织员工加班加点，提前两天完\n成全部检修任务，为下半年生产打下\n"
             "坚实基础。\n\n装置焕新 节日无休\n\n县域传真\n\n◆城区新建一批充电桩\n近日，城区新建一批新能源汽车充电\n"
             "桩，方便市民充电。（通讯员 孙华）\n")
    items = items_of(tmp_path, story)
    assert [(i.kind, i.title, list(i.authors)) for i in items] == [
        ("article", "装置焕新 节日无休", ["王进"]), ("brief", "城区新建一批充电桩", ["孙华"])]


def test_circled_points_with_no_stop_under_a_label_are_a_box(tmp_path):
    tips = "温馨提示\n\n①出门前请查看天气预报\n\n②雨天驾车请减速慢行\n\n③遇积水路段请绕行\n"
    items = items_of(tmp_path, ARTICLE_ABOVE + tips)
    assert [(i.kind, i.title) for i in items][1:] == [("infobox", "温馨提示")]
    assert [b.kind for b in items[1].blocks] == ["headline", "listitem", "listitem", "listitem"]


def test_numbered_one_sentence_rows_under_a_label_are_a_box(tmp_path):
    tips = ("▲出行提醒\n\n①充电前请检查充电枪是否完好。\n\n②充电时请勿在车内长时间停留。\n\n"
            "③充电完成后请及时挪车。\n")
    items = items_of(tmp_path, ARTICLE_ABOVE + tips)
    assert [(i.kind, i.title) for i in items][1:] == [("infobox", "出行提醒")]


PICTURE_BETWEEN_BRIEFS = """社区图书馆延长开放时间

本报讯（记者 王进）近日，市图书馆各社区分馆延长开放时间，
方便居民下班后借阅图书。

{picture}

体育馆今起免费开放

本报讯（记者 李明）市体育馆今起向市民免费开放，
开放时间为每天上午八时至晚上九时。
"""


@pytest.mark.parametrize("picture, photographers", [
    ("3月4日，市民在江滨公园赏花游玩。\n视觉中国供图", []),  # an agency supplied it: no one by name
    ("3月4日，市民在江滨公园赏花游玩。\n（受访者供图）", []),
    ("3月4日，市民在江滨公园赏花游玩。（本报资料图片）", []),
    ("3月4日，市民在江滨公园赏花游玩。\n（资料照）", []),  # a Taiwan paper's file picture
    ("3月4日，市民在江滨公园赏花游玩。\n（取自网络）", []),  # taken from the web: no one by name
    ("3月4日，市民在江滨公园赏花游玩。\n本报记者 张航 通讯员 李岚 摄", ["张航", "李岚"]),  # two roles
    ("3月4日，市民在江滨公园赏花游玩。\n图/本报记者 张航", ["张航"]),
    ("3月4日，市民在江滨公园赏花游玩。\n特约摄影 张航", ["张航"]),
])
def test_a_picture_between_two_briefs_and_its_credit(tmp_path, picture, photographers):
    items = items_of(tmp_path, PICTURE_BETWEEN_BRIEFS.format(picture=picture))
    assert [(i.kind, i.title) for i in items] == [
        ("brief", "社区图书馆延长开放时间"), ("photo", ""), ("brief", "体育馆今起免费开放")]
    assert list(items[1].photographers) == photographers


def test_a_papers_file_picture_by_its_short_name_names_no_one(tmp_path):
    """（江城资料图）: the paper's archive supplied the picture; 江城 is its short name, no one's."""
    text = PICTURE_BETWEEN_BRIEFS.format(picture="古桥新貌\n村口的石拱桥修缮一新，村民在桥上散步。\n（江城资料图）")
    items = items_of(tmp_path, text)
    assert [(list(i.authors), list(i.photographers)) for i in items if "古桥新貌" in i.title] == [([], [])]


def wrapped(paragraphs: list[str], width: int = 18) -> str:
    """Paragraphs hard-wrapped at `width` characters, a blank line after each."""
    return "".join("\n".join(p[n:n + width] for n in range(0, len(p), width)) + "\n\n" for p in paragraphs)


SECTIONS = (
    ("制造业稳中有进", [
        "制造业是城市发展的根基。全市规模以上工业企业去年新增一百三十家，总数突破两千家，"
        "工业增加值同比增长百分之六点八，增速高于全省平均水平一点二个百分点。",
        "在城东的汽车零部件产业园，新建的三条生产线已经全部投产，每天有上百辆货车把零件运往周边整车厂。"
        "园区负责人介绍，园区内企业之间的配套率已经达到百分之四十，物流成本明显下降。",
        "与此同时，一批老企业也在加快技术改造，智能化车间和数字化工厂越来越多，"
        "全市去年完成技改投资一百零八亿元，带动劳动生产率提高百分之十以上。",
        "一家有着四十年历史的机床厂，去年把老厂房改造成了数字化车间，订单交付周期从两个月缩短到三周，"
        "今年上半年的销售额已经超过去年全年。",
        "全市还设立了制造业转型基金，首期规模二十亿元，重点支持中小企业购置新设备、上马新项目。"]),
    ("新兴产业加快成长", [
        "新兴产业正在成为新的增长点。全市集成电路、新能源电池和生物医药三个产业去年产值合计增长百分之二十五，"
        "占规模以上工业的比重提高到百分之十八。",
        "在高新区，一家新能源电池企业的第二期工厂正在加紧建设，建成后年产能将翻一番。"
        "企业负责人说，选择在这里扩产，看中的是完整的上下游配套和充足的技术工人。",
        "为了留住人才，全市今年拿出专项资金用于人才公寓建设，并为新引进的技术骨干提供子女入学、医疗等服务，"
        "已有一千二百多名工程师落户。",
        "生物医药产业园今年又迎来五家研发型企业入驻，其中两家的新药已经进入临床试验阶段，"
        "园区公共实验平台向中小企业开放，一年节省设备投入上亿元。",
        "按照规划，到明年底全市新兴产业产值将突破一千亿元，成为工业增长的主要动力。"]),
    ("开放合作拓展空间", ["开放合作让产业发展空间越来越大。全市今年新开通两条国际货运班列，企业出口通关时间压缩了三分之一。"]),
)


def test_a_signature_after_the_last_bulleted_section_signs_all_the_sections(tmp_path):
    lead = ("今年以来，全市把先进制造业作为稳增长的主攻方向，围绕整车、电子、装备三条产业链招引配套企业，"
            "一季度新签约项目四十二个，协议投资额超过三百亿元，其中十亿元以上项目九个。")
    text = "城市产业结构持续优化\n\n" + wrapped([lead]) + "".join(
        f"■{heading}\n\n" + wrapped(paragraphs) for heading, paragraphs in SECTIONS) + "记者 林晓东 王小雨\n"
    [item] = items_of(tmp_path, text)
    assert item.title == "城市产业结构持续优化"
    assert list(item.authors) == ["林晓东", "王小雨"]
    assert [b.text for b in item.blocks if b.kind == "heading"] == ["■" + heading for heading, _ in SECTIONS]


INTERVIEW = """山区小城的产业新路

——访县政协委员王明远

本报记者 林晓东

初秋时节，县城东边的工业园区里机器
轰鸣，一批新建厂房陆续投入使用，园区
道路两旁停满了前来洽谈的客商车辆。

本报记者：您今年重点关注哪些问题？

王明远：近年来，全县把产业升级作为头
等大事，引进了一批配套企业，本地工人
在家门口就能找到工作。

本报记者：下一步有什么打算？

王明远：继续做好协作这篇大文章。
"""


def test_an_interviews_short_turns_stay_in_it(tmp_path):
    [item] = items_of(tmp_path, INTERVIEW)
    assert [b.text for b in item.blocks if b.kind == "paragraph"][-2:] == [
        "本报记者：下一步有什么打算？", "王明远：继续做好协作这篇大文章。"]


def test_a_photos_title_and_its_captions_first_sentence_are_one_photo_printed_twice_or_not(tmp_path):
    caption = ("入秋以来，湖畔公园每天清晨都有不少市民锻炼身体。", "图为9月2日早晨，市民在湖畔步道上跑步。")
    text = ARTICLE_ABOVE + f"湖畔晨练\n\n{caption[0]}\n\n{caption[1]}\n\n{''.join(caption)}\n"
    items = items_of(tmp_path, text)
    assert [(i.kind, i.title) for i in items] == [("article", "城区新增一批共享充电桩"), ("photo", "湖畔晨练")]
    assert [b.kind for b in items[1].blocks] == ["headline", "caption", "caption", "caption"]


@pytest.mark.parametrize("gap, kinds", [("\n\n", [("article", "湖畔书画展开幕"), ("photo", "")]),
                                        ("\n", [("photo", "湖畔书画展开幕")])])
def test_a_short_story_over_a_caption_saying_first_where_and_what_stays_a_story(tmp_path, gap, kinds):
    # a caption whose 图为 line follows its own sentences, a blank line over it where the lines are set solid,
    # is whole: the titled text over it opens no caption of it (the caption that opens with 图为 takes such a
    # text as its first sentences, above, and so does one run on at its own spacing, broken at a sentence end)
    text = ARTICLE_ABOVE + ("湖畔书画展开幕\n\n近日，一场书画展在湖畔文化馆开幕，\n吸引不少市民前来观展。" + gap +
                            "湖畔文化馆位于城东新区中心，建筑面积一万二千平方米，设有展厅、\n"
                            "报告厅和阅览室，是市民休闲学习的好去处。图为市民在文化馆参观。\n（资料图片）\n")
    items = items_of(tmp_path, text)
    assert [(i.kind, i.title) for i in items[1:]] == kinds


@pytest.mark.parametrize("gap, kinds", [("\n\n\n\n", [("article", "湖畔书画展开幕"), ("photo", "")]),
                                        ("\n\n", [("photo", "湖畔书画展开幕")])])
def test_a_one_line_text_over_a_one_line_caption_is_spaced_as_the_page_is(tmp_path, gap, kinds):
    # blocks of one line show no spacing of their own: on a page with a blank line after every line, a
    # caption a blank line under the text runs on from it, and one two blank lines under it stands apart
    above = ("城区新增一批共享充电桩\n\n近日，城区新建的二十个公共充电站投入使用，\n\n市民可通过手机扫码充电，"
             "高峰时段\n\n排队时间明显缩短，新能源车主出行\n\n更加方便。\n\n")
    text = above + ("湖畔书画展开幕\n\n近日，一场书画展在湖畔文化馆开幕。" + gap +
                    "湖畔文化馆位于城东新区中心，设有展厅和阅览室。图为市民在文化馆参观。\n\n（资料图片）\n")
    items = items_of(tmp_path, text)
    assert [(i.kind, i.title) for i in items[1:]] == kinds


@pytest.mark.parametrize("credit", ["（老通社图片）", "（柬新社图片）"])
def test_a_national_agencys_short_name_credits_a_picture(tmp_path, credit):
    # an overseas paper runs its country's agency's pictures, a glyph or two of the country before 通社, 新社
    # or 联社: the caption's credit, naming no photographer
    text = ARTICLE_ABOVE + f"湖畔晨练\n入秋以来，湖畔公园每天清晨都有不少市民锻炼身体。{credit}\n"
    items = items_of(tmp_path, text)
    assert [(i.kind, i.title, list(i.photographers)) for i in items] == [
        ("article", "城区新增一批共享充电桩", []), ("photo", "湖畔晨练", [])]


def test_a_line_of_text_read_as_a_headline_goes_on_into_its_paragraph(tmp_path):
    lead = "近日，城区第十家城市书房在湖畔社区开放，市民凭身份证即可免费借阅图书，书房内设有儿童阅读区和自习区，可同时容纳八十人。"
    hours = "书房每天开放十二个小时，周末和节假日照常开放，方便上班族利用下班时间阅读，也为社区老人提供了一个休闲去处。"
    text = ("城市书房开到家门口\n\n本报记者 林晓东\n\n" + wrapped([lead, hours], 20)
            + "全面推进全民阅读的基础设施建\n\n设。今年年底前，全区还将新建五家城市书房。\n")
    [item] = items_of(tmp_path, text)
    assert [b.text for b in item.blocks][-1] == "全面推进全民阅读的基础设施建设。今年年底前，全区还将新建五家城市书房。"


def test_a_case_studys_marked_headings_stay_sections_when_its_first_label_reads_as_a_list_line(tmp_path):
    # a byline naming the writer's unit first over the first label, both bulleted: a byline and a label,
    # not two list lines
    text = CASE_STUDY.format(first="■", second="■", third="■").replace("文/林晓东", "■某县纪委监委 林晓东 王小雨")
    [item] = items_of(tmp_path, text)
    assert [b.text for b in item.blocks if b.kind == "heading"] == ["■基本案情", "■分歧意见", "■评析意见"]
    assert item.authors == ("林晓东", "王小雨")


def test_a_headline_no_text_claims_under_a_text_stays_with_it_not_a_photo(tmp_path):
    [item] = items_of(tmp_path, ARTICLE_ABOVE + "湖畔公园夜景迎客\n")
    assert item.kind == "article"
    assert [b.text for b in item.blocks if b.kind == "heading"] == ["湖畔公园夜景迎客"]


def test_a_heading_after_a_briefs_text_heads_no_section_and_the_brief_stays_one(tmp_path):
    text = ("城区新增一批共享充电桩\n\n本报讯（记者 林晓东）近日，城区新建的二十个公共充电站投入使用，市民可通过手机扫码充电，\n"
            "高峰时段排队时间明显缩短，新能源车主出行更加方便。\n\n湖畔公园夜景迎客\n")
    [item] = items_of(tmp_path, text)
    assert (item.kind, list(item.authors)) == ("brief", ["林晓东"])


def test_a_listing_under_its_label_after_an_article_is_a_box_of_its_own(tmp_path):
    listing = "【荧屏导视】\n\n本市新闻综合频道\n\n18:30 本市新闻\n19:40 电视剧：江畔人家（\n5）\n21:00 百姓说事\n22:10 晚间新闻\n"
    items = items_of(tmp_path, ARTICLE_ABOVE.replace("\n\n", "\n", 1) * 2 + listing)
    assert [(i.kind, i.kicker, i.title) for i in items][-1] == ("infobox", "荧屏导视", "本市新闻综合频道")
    assert [b.text for b in items[-1].blocks if b.kind == "listitem"][1] == "19:40电视剧：江畔人家（5）"


def test_a_bracketed_label_right_over_a_tables_title_is_its_kicker(tmp_path):
    table = ("【积分榜】\n中超积分榜\n名次 队名 赛 分\n1 上海海港 15 35\n2 浙江队 14 28\n3 北京国安 15 18\n"
             "4 成都蓉城 15 17\n")
    items = items_of(tmp_path, ARTICLE_ABOVE.replace("\n\n", "\n", 1) * 2 + table)
    assert [(i.kind, i.kicker, i.title) for i in items][-1] == ("infobox", "积分榜", "中超积分榜")


def test_readers_comments_under_a_label_and_title_are_a_boxs_rows(tmp_path):
    comments = ("■网友热议\n你怎么看\n@江边阿明：这样的便民举措越\n多越好，点赞！\n网友“海风”：建议在周末也开\n"
                "放，方便上班族。\n@老街坊：服务好不好，群众心\n里有杆秤。\n")
    items = items_of(tmp_path, ARTICLE_ABOVE + comments)
    assert [(i.kind, i.kicker, i.title, list(i.authors)) for i in items][1:] == [("infobox", "网友热议", "你怎么看", [])]
    assert [b.text for b in items[1].blocks if b.kind == "listitem"] == [
        "@江边阿明：这样的便民举措越多越好，点赞！", "网友“海风”：建议在周末也开放，方便上班族。", "@老街坊：服务好不好，群众心里有杆秤。"]


def test_a_court_notices_cases_are_its_rows_each_run_on_to_its_end(tmp_path):
    cases = ("开庭公告\n\n（2024）某01民初12号 原告某某建设\n有限公司诉被告某某置业有限公司施工合同\n纠纷一案，定于6月8日上午9时开庭。\n"
             "（2024）某01民初35号 原告某某\n银行诉被告某某科技有限公司借款合同纠纷\n一案，定于6月11日上午9时开庭。\n"
             "（2024）某03民初501号 原告某某物业\n公司诉被告某某商贸有限公司服务合同纠纷\n一案，定于6月14日上午9时开庭。\n")
    items = items_of(tmp_path, ARTICLE_ABOVE + cases)
    assert [(i.kind, i.title) for i in items][1:] == [("infobox", "开庭公告")]
    rows = [b.text for b in items[1].blocks if b.kind == "listitem"]
    assert len(rows) == 3 and all(row.endswith("开庭。") for row in rows)


def test_a_short_sentence_announcing_a_list_is_no_row_of_it(tmp_path):
    notice = ("开庭公告\n\n本院定于下列日期开庭审理以下案件：\n\n一、某某公司与某某劳动争议一案\n\n"
              "二、某某与某某民间借贷纠纷一案\n\n三、某某物业公司与某某服务合同纠纷一案\n\n"
              "开庭地点：本院第三审判庭，自6月28日起依次\n\n开庭。咨询电话：025-12345678\n\n某某区人民法院\n\n2024年6月25日\n")
    items = items_of(tmp_path, ARTICLE_ABOVE + notice)
    assert [(i.kind, i.title) for i in items][1:] == [("infobox", "开庭公告")]
    assert [b.text for b in items[1].blocks if b.kind == "listitem"] == [
        "一、某某公司与某某劳动争议一案", "二、某某与某某民间借贷纠纷一案", "三、某某物业公司与某某服务合同纠纷一案"]


def test_a_notices_numbered_points_are_its_rows_and_it_is_a_box(tmp_path):
    notice = ("某某幼儿园秋季招生公告\n为做好秋季学期招生工作，现将有关\n事项公告如下：\n一、招生对象：年满三周岁的适龄儿\n童。\n"
              "二、招生计划：小班四个班，共计一\n百二十名。\n三、报名时间：9月14日至9月2\n1日。\n"
              "咨询电话：0576-863084\n57。\n某某幼儿园\n2024年9月12日\n")
    items = items_of(tmp_path, ARTICLE_ABOVE + notice)
    assert [(i.kind, i.title, list(i.authors)) for i in items][1:] == [("infobox", "某某幼儿园秋季招生公告", [])]
    assert [b.text for b in items[1].blocks if b.kind in ("paragraph", "listitem")] == [
        "为做好秋季学期招生工作，现将有关事项公告如下：", "一、招生对象：年满三周岁的适龄儿童。", "二、招生计划：小班四个班，共计一百二十名。",
        "三、报名时间：9月14日至9月21日。", "咨询电话：0576-86308457。"]


def test_quotes_each_with_its_speaker_are_a_boxs_rows_and_a_headline_after_them_opens_a_story(tmp_path):
    voices = ("■声音\n\n来自一线的声音\n\n“每天带着游客走一遍古镇，我\n\n自己也越讲越爱这片土地。”—\n\n— 景区讲解员 林晓\n\n"
              "“以前山货卖不出去，现在通过\n\n直播，一天能发好几百单。”——返\n\n乡创业青年 王涛\n\n"
              "“我们把手艺带进课堂，让孩子\n\n们从小就喜欢家乡的文化。”\n\n——县文化馆馆员 陈梅\n\n"
              "老旧小区加装电梯提速\n\n今年以来，全市老旧小区加装电梯工作加快推进，已完成加装一百二十余部。\n")
    items = items_of(tmp_path, ARTICLE_ABOVE + voices)
    assert [(i.kind, i.kicker, i.title) for i in items][1:] == [
        ("infobox", "声音", "来自一线的声音"), ("article", "", "老旧小区加装电梯提速")]
    assert [b.text for b in items[1].blocks if b.kind == "listitem"][1] == "“以前山货卖不出去，现在通过直播，一天能发好几百单。”——返乡创业青年王涛"


def test_a_label_over_a_title_over_rows_after_an_article_is_a_box_of_its_own(tmp_path):
    tips = ("\n路况提醒\n\n暑期出行提前看\n\n◆热门景区周边道路早晚高峰车流量\n大，建议错峰出行。\n◆雷雨天气易出现团雾，驾驶人请开\n"
            "启雾灯，保持安全车距。\n◆长途驾驶每两小时应停车休息一次，\n切勿疲劳驾驶。\n")
    items = items_of(tmp_path, ARTICLE_ABOVE.replace("\n\n", "\n", 1) * 2 + tips)
    assert [(i.kind, i.kicker, i.title) for i in items][-1] == ("infobox", "路况提醒", "暑期出行提前看")


def test_a_national_papers_wired_dateline_beside_its_title_is_no_part_of_it(tmp_path):
    text = """城乡公交一体化 全面铺开惠民生 光明日报成都5月6日电（记者 王明远）

　　近日，成都市召开城乡公交一体化推进会，部署下一阶段重点任务，
推动公交线路向农村延伸，方便群众出行。
"""
    items = items_of(tmp_path, text)
    assert [(squeeze(i.title), i.authors) for i in items] == [("城乡公交一体化全面铺开惠民生", ("王明远",))]



QUESTION_COLUMN = """园艺问答
{top}
问：阳台上的月季叶片发黄怎么办？
答：多是浇水过勤或盆土板结所致，应见干见湿，
每月松土一次，并适量追施复合肥。
问：多肉植物夏季能不能晒太阳？
答：夏季应避开正午强光，放在散射光处养护，
同时控制浇水，防止根部腐烂。
{end}
城区新增三处口袋公园
近日，城区三处口袋公园建成开放，为附近居民
提供了休闲健身的好去处。
"""


@pytest.mark.parametrize("top, end", [("某某市园林科学研究所研究员 孔静", ""), ("", "某某市园林科学研究所研究员 孔静"),
                                      ("某某医院皮肤科主任医师 孔静", ""), ("", "某某律师事务所律师 孔静"),
                                      ("", "市园林局某某处 孔静"), ("", "某某市园林协会园艺培训师 孔静"),
                                      ("", "住建部某某司 孔静")])
def test_an_experts_unit_and_title_before_the_name_sign_a_question_column(tmp_path, top, end):
    """Under the column's title or under its last answer: the expert, or the office answering (a ministry's
    department too, 某某部某某司), signs the answers, the unit and the professional title before the name naming
    no one."""
    items = items_of(tmp_path, QUESTION_COLUMN.format(top=top, end=end))
    assert [(squeeze(i.title), list(i.authors)) for i in items] == [("园艺问答", ["孔静"]), ("城区新增三处口袋公园", [])]


def test_an_experts_signature_as_wide_as_the_answers_stays_over_the_first_question(tmp_path):
    # every line set apart by a blank and the signature as wide as the column: the question under it opens its
    # own line all the same, so the unit and title stay a signature, not the first question's opening words
    page = ("农事问答\n\n种植户问\n\n某某县农业技术推广中心农艺师 孔静\n\n问：大棚草莓叶片发黄是什么原因？\n\n"
            "答：多与浇水过多、棚内湿度偏大或缺少\n\n微量元素有关，应及时通风降湿并补施\n\n叶面肥。\n\n"
            "城区新增三处口袋公园\n\n近日，城区三处口袋公园建成开放，为附\n\n近居民提供了休闲健身的好去处。\n")
    items = items_of(tmp_path, page)
    assert [list(i.authors) for i in items] == [["孔静"], []]
    assert body_of(items[0]).startswith("问：大棚草莓")


def test_a_bare_name_over_a_photos_caption_signs_the_text_above(tmp_path):
    text = """◎记者手记

发展的成色，最终要体现在群众的获得
感上。这篇报道里的一个个数字背后，
是一户户家庭生活的改变。

好的做法贵在坚持，也贵在推广。只有
不断总结经验、补齐短板，才能让改革
成果惠及更多人。

林嘉宏

1月28日，养殖工人在山东省荣成市寻
山街道的海上养殖区进行海带养殖冬季管
理。目前，正是当地海带冬管期，养殖工
人冒着严寒清理海带筏架覆草，积极开展
渔业养殖管护等海上作业。

日前，小朋友在社区书房参加绘本阅读活动。

本版图片均由南方周末记者 史梅文 拍摄
"""
    items = items_of(tmp_path, text)
    assert [(i.kind, i.title, i.authors) for i in items][:2] == [("commentary", "", ("林嘉宏",)), ("photo", "", ())]


@pytest.mark.parametrize("credit", ["图据视觉中国", "图片据新华社"])
def test_a_picture_credited_to_its_source_is_a_photo(tmp_path, credit):
    text = f"""地“广阔”而物产丰；致“广大”
而事业成；业“广兴”而城乡美；
促“广惠”而民富足。“渝广”
合作、“深广”合作、“湖广”
合作、“蓉广”合作、“川港”
合作，五大开放平台互促共融，
广安市新时代改革开放渐入佳境。

巷子里的烟火

游客在宽窄巷子品尝小吃。

{credit}
"""
    items = items_of(tmp_path, text)
    assert [(i.kind, i.title) for i in items][-1] == ("photo", "巷子里的烟火")


LIBRARY_QUESTIONS = ("为什么要延长开放时间？", "开放时间延长了，人手够不够用？", "下一步还有哪些打算？")
LIBRARY_ANSWERS = (
    "很多居民白天上班，只有晚上才有时间来图书馆。延长开放时间，就是要让大家下班后也能走进图书馆，享受阅读的乐趣。"
    "去年我们做过一次问卷调查，超过六成的读者希望晚上也能借书还书。",
    "开放时间延长后，我们从各分馆抽调人员组成夜间服务小组，同时招募了一批志愿者，保证每个分馆晚上都有人值守。"
    "目前已有两百多名志愿者报名参加。",
    "继续建城市书房。",
)


def library_interview(ask: str = "", answer: str = "王明：", width: int = 16) -> str:
    """An interview at a column's width whose turns follow one another with no blank line: each
    question set alone (marked by `ask`, a bullet, or not), each answer opened by `answer`."""
    lines = ["让书香浸润城市每个角落", "——访临江市图书馆馆长王明", "", "本报记者 李强", ""]
    lead = "近日，市图书馆各社区分馆延长开放时间，工作日晚间开放至21时，周末全天开放。围绕这一举措，记者专访了市图书馆馆长王明。"
    for text in [lead] + [turn for pair in zip((ask + q for q in LIBRARY_QUESTIONS),
                                              (answer + a for a in LIBRARY_ANSWERS)) for turn in pair]:
        lines += [text[n:n + width] for n in range(0, len(text), width)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("ask, answer, width", [
    ("", "王明：", 16), ("", "", 16), ("●", "王明：", 16), ("■", "", 16), ("【问】", "【答】", 14)])
def test_an_interviews_questions_set_alone_keep_every_turn_in_it(tmp_path, ask, answer, width):
    # a short last turn under an unlabelled question reads as a row of one-line captions, and a
    # bulleted question as a brief's title; so do 【问】 / 【答】 turns, which name no speaker
    [item] = items_of(tmp_path, library_interview(ask, answer, width))
    assert item.title == "让书香浸润城市每个角落"
    assert item.blocks[-1].text == answer + LIBRARY_ANSWERS[-1]


@pytest.mark.parametrize("story", [
    "城市书房如何可持续运营？\n\n本报记者 张华\n\n",
    "城市书房如何可持续运营？\n本报讯（记者 张华）",
    "专家：阅读空间要建在家门口\n\n本报记者 张华\n\n"])
def test_a_question_or_a_speakers_headline_after_an_interview_is_the_next_story(tmp_path, story):
    text = library_interview() + "\n" + story + "近日，市社科院研究员刘方在接受采访时表示，公共阅读空间的布局要贴近居民生活。\n"
    items = items_of(tmp_path, text)
    assert [i.title for i in items] == ["让书香浸润城市每个角落", story.split("\n")[0]]


def test_a_paper_putting_its_questions_by_its_long_name_makes_turns_not_rows(tmp_path):
    # 临江矿业报：…？ asks as 记者：…？ does: the turns are no box's rows with a photo's title under them that
    # opens with a place and a colon (城东:…)
    text = ("对话\n\n矿山安全要抓在日常\n\n本报记者 李强\n\n"
            "近日，记者走进城东一家矿山，与矿长王明聊起安全生产的做法。\n\n"
            "临江矿业报：今年矿山生产有哪些新变化？\n\n王明：产量稳中有升，设备更新加快。\n\n"
            "临江矿业报：安全生产上有哪些好做法？\n\n王明：班前会天天开，隐患当天排查。\n\n"
            "临江矿业报：下一步有什么打算？\n\n王明：继续推进智能矿山建设，让井下少一些人。\n\n"
            "城东:新厂房投入使用\n\n近日，城东工业园一座新厂房投入使用。图为工人在车间作业。\n\n（企业供图）\n")
    items = items_of(tmp_path, text)
    assert [(i.kind, i.title) for i in items] == [("article", "矿山安全要抓在日常"), ("photo", "城东:新厂房投入使用")]


def test_a_phrase_under_a_box_label_over_rows_of_cells_is_the_boxs_title(tmp_path):
    box = ("调图提示\n\n6月1日起部分列车调整\n\nG101次 北京南—济南西 08:00开\n\nD202次 青岛—烟台 09:30开\n\n"
           "K303次 西安—兰州 14:20开 每日\n开行\n\nT404次 郑州—武汉 16:45开 周末\n开行\n")
    items = items_of(tmp_path, ARTICLE_ABOVE + box)
    assert [(i.kind, i.kicker, i.title) for i in items[1:]] == [("infobox", "调图提示", "6月1日起部分列车调整")]
    assert squeeze("".join(b.text for b in items[1].blocks if b.kind == "listitem")).startswith("G101次")


def test_a_short_line_closing_rows_of_figures_is_a_rows_rest_not_a_signature(tmp_path):
    box = ("【水情】\n\n6月2日8时主要江河水情\n\n1. 黄河 花园口站 水位90.12米\n落\n\n2. 淮河 蚌埠站 水位18.32米\n 涨\n\n"
           "3. 汉江 襄阳站 水位62.15\n米涨\n")
    items = items_of(tmp_path, ARTICLE_ABOVE + box)
    assert [(i.kind, i.title, i.authors) for i in items[1:]] == [("infobox", "6月2日8时主要江河水情", ())]
    assert squeeze(items[1].blocks[-1].text) == "米涨" and items[1].blocks[-1].kind == "listitem"
    assert [b.kind for b in items[1].blocks].count("heading") == 0  # 1. 黄河 … is a row, not a section


def test_a_headline_over_a_reporters_byline_after_a_box_heads_the_next_story(tmp_path):
    box = ("【天气趋势】\n北京 雷阵雨 22～33℃ 北风\n1～2级\n上海 中雨转阵雨 25～31℃ \n微风\n广州 雷阵雨 26～34℃ 西北\n"
           "风3～4级\n成都 小雨 20～27℃ \n南风2级\n\n")
    story = ("城区新增一批共享充电桩\n本报记者 王立新\n近日，城区新建的二十个公共充电站投入使用，市民可\n"
             "通过手机扫码充电，高峰时段排队时间明显缩短，新能源车\n主出行更加方便。\n")
    items = items_of(tmp_path, box + story)
    assert [(i.kind, i.title, i.authors) for i in items] == [
        ("infobox", "天气趋势", ()), ("article", "城区新增一批共享充电桩", ("王立新",))]


RESULTS_BOX = "■战况\n\n东城队  1：0  西城队\n南湖队  2：1  北山队\n江滨队  3：3  河口队\n新区队  0：2  老城队\n\n"


def test_a_marked_label_over_rows_names_the_box_not_its_writer(tmp_path):
    items = items_of(tmp_path, ARTICLE_ABOVE + RESULTS_BOX)
    assert [(i.kind, i.title, i.authors) for i in items[1:]] == [("infobox", "战况", ())]


def test_a_picture_credit_under_a_boxs_rows_heads_the_photo_below(tmp_path):
    photo = "■摄影 林晓东\n市青少年游泳锦标赛颁奖仪式上，获得男子接力冠军的小选手们合影留念。\n"
    items = items_of(tmp_path, ARTICLE_ABOVE + RESULTS_BOX + photo)
    assert [(i.kind, i.title) for i in items[1:]] == [("infobox", "战况"), ("photo", "")]
    assert items[2].photographers == ("林晓东",) and squeeze(items[1].blocks[-1].text).endswith("老城队")


def test_a_listings_last_row_ends_before_a_line_after_a_blank(tmp_path):
    rows = ("◎文化周末\n\n6月1日 10:00 \n大剧院歌剧厅 芭蕾舞剧《天\n鹅湖》\n\n6月2日 19:00 \n市文化馆 吕剧经典唱段专场\n\n"
            "6月3日 15:00 \n省会大剧院 话剧《春风里》\n\n湖畔夏日\n\n公园湖面上，游客划船游玩。 \n本报记者 林晓东 摄\n")
    items = items_of(tmp_path, ARTICLE_ABOVE + rows)
    assert [(i.kind, i.title) for i in items[1:]] == [("infobox", "文化周末"), ("photo", "湖畔夏日")]


def test_a_hotline_box_at_the_pages_foot_keeps_its_rows_and_their_rests(tmp_path):
    box = ("\n■便民热线\n防汛值班电话：0571-6269889\n0\n城区公交咨询：0571-6896754\n2\n燃气报修电话：0571-6533669\n4\n"
           "社区医疗服务中心：0571-69452\n436\n\n本版编辑 林晓东 校对 王立新\n")
    items = items_of(tmp_path, ARTICLE_ABOVE + box)
    assert [(i.kind, i.title) for i in items[1:]] == [("infobox", "便民热线")]
    assert squeeze("".join(b.text for b in items[1].blocks if b.kind == "listitem")).endswith("69452436")


def test_a_rows_rest_on_the_line_under_it_stays_in_the_box(tmp_path):
    box = ("◎彩票开奖\n\n双色球第2024001期开奖公告\n\n开奖日期：1月2日\n\n红球：03 12 16 20 \n\n25 26\n\n蓝球：09\n\n"
           "一等奖：8注 单注奖金836万\n\n元\n\n奖池累计：21.53亿元\n\n")
    items = items_of(tmp_path, box + ARTICLE_ABOVE)
    assert [(i.kind, i.kicker, i.title) for i in items] == [
        ("infobox", "彩票开奖", "双色球第2024001期开奖公告"), ("article", "", "城区新增一批共享充电桩")]


def test_short_lines_under_a_text_announcing_a_list_are_its_rows(tmp_path):
    notice = ("关于第二批市级文明社区拟命名名单的公示\n\n根据评选工作安排，经推荐、审核，现将\n\n拟命名名单予以公示（排名不分先后）：\n\n"
              "一、东城区某某街道某某社区\n\n二、西城区某某镇某某社区\n\n三、南湖区某某乡某某村\n\n四、北山县某某镇\n\n"
              "公示期为6月8日至6月14日。如有异\n\n议，请在公示期内向市文明办反映。\n\n市精神文明建设委员会办公室\n\n2024年6月6日\n\n")
    story = ("城区新增一批共享充电桩\n\n近日，城区新建的二十个公共充电站投\n\n入使用，市民可通过手机扫码充电，高\n\n"
             "峰时段排队时间明显缩短，新能源车主\n\n出行更加方便。\n")
    items = items_of(tmp_path, notice + story)
    assert [(i.kind, i.title) for i in items] == [
        ("infobox", "关于第二批市级文明社区拟命名名单的公示"), ("article", "城区新增一批共享充电桩")]


def test_a_calendars_rows_of_days_due_are_a_box_with_a_row_the_column_cut(tmp_path):
    box = ("征期提醒\n\n8月办税日历\n\n8月1日至8月13日 申报缴纳上月增值税、消费税\n\n8月1日至8月14日 申报缴纳文化事业建设费\n\n"
           "8月1日至8月19日 申报缴纳城市维护建设税、教\n育费附加\n\n志愿服务\n\n青年志愿者在办税服务厅引导纳税人。（\n梁航璐 摄）\n")
    items = items_of(tmp_path, box)
    assert [(i.kind, i.kicker, i.title) for i in items] == [("infobox", "征期提醒", "8月办税日历"), ("photo", "", "志愿服务")]
    assert [b.kind for b in items[0].blocks if b.kind != "headline"] == ["listitem"] * 4


def test_a_question_under_a_boxs_credit_over_a_bracketed_dateline_is_the_headline(tmp_path):
    box = ("外汇行情\n今日外汇（每单位兑令吉）\n外币 银行买入 银行卖出\n英镑 5.96 6.03\n人民币 0.65 0.67\n"
           "新元 3.48 3.51\n资料来源：某某银行\n\n")
    story = ("双城经济圈建设\n结出哪些硕果？\n（马六甲讯）6月21日，推动成渝地区双\n城经济圈建设重庆四川党政联席会议第九次\n"
             "会议在四川省广安市召开。\n")
    items = items_of(tmp_path, box + story)
    assert [squeeze(i.title) for i in items] == ["今日外汇（每单位兑令吉）", "双城经济圈建设结出哪些硕果？"]


def test_circled_rows_set_as_headlines_under_a_label_and_title_are_a_box(tmp_path):
    box = "消费提示\n\n购房提醒\n\n①签约前要查验开发商资质\n\n②认真阅读合同条款\n\n③定金和订金要分清\n\n"
    items = items_of(tmp_path, box + ARTICLE_ABOVE)
    assert [(i.kind, i.kicker, i.title) for i in items] == [
        ("infobox", "消费提示", "购房提醒"), ("article", "", "城区新增一批共享充电桩")]


def test_an_index_box_whose_points_have_no_unit_stays_apart_from_the_caption_below(tmp_path):
    # each row: the index, its points (no unit), its change; a blank line between them
    box = "■股市行情\n\n沪深指数 3,512 涨0.6%\n\n创业板指 1,874 跌1.2%\n\n科创指数 906 涨0.3%\n\n"
    photo = "市民在江边步道上晨练，享受清新的空气。\n\n（资料图片）\n\n"
    items = items_of(tmp_path, box + photo)
    assert [(i.kind, i.title) for i in items] == [("infobox", "股市行情"), ("photo", "")]
    assert [b.kind for b in items[0].blocks if b.kind != "headline"] == ["listitem"] * 3


def test_a_readers_letter_signed_after_a_dash_over_the_papers_reply_is_signed_by_the_reader(tmp_path):
    letter = ("小区后门的路灯坏了多日没人修\n\n小区后门的路灯坏了快一个月，晚上\n出门很不方便，老人孩子更是摸黑走\n"
              "路，希望有关部门尽快派人修好。\n\n——城西区读者 柯明远\n\n晚报回音：本报将情况反映给城西街\n"
              "道，工作人员表示已安排维修，本周\n内就能修好，并将加强日常巡查。\n\n")
    story = "城区新增二十个公共充电站\n\n本报记者 宋刚宏\n\n　　城区新增二十个公共充电站，方便新能源车主出行。\n"
    items = items_of(tmp_path, letter + story)
    assert [(i.title, list(i.authors)) for i in items] == [("小区后门的路灯坏了多日没人修", ["柯明远"]),
                                                          ("城区新增二十个公共充电站", ["宋刚宏"])]


def test_a_short_label_ending_in_tixing_over_bracketed_rows_is_a_box(tmp_path):
    # ■金城提醒 as ■温馨提示 is printed: what the box is about, then its kind; never a writer's name
    box = "■金城提醒\n\n【停水】本周六上午，城东片区暂停供水。\n\n【限行】本周机动车尾号限行为3和8。\n\n"\
          "【天气】明天多云转晴，气温12℃至20℃。\n\n"
    story = "城区新增二十个公共充电站\n\n本报记者 宋刚宏\n　　城区新增二十个公共充电站，方便新能源车主出行。\n"
    items = items_of(tmp_path, box + story)
    assert [(i.kind, i.title, list(i.authors)) for i in items] == [("infobox", "金城提醒", []),
                                                                 ("article", "城区新增二十个公共充电站", ["宋刚宏"])]


def test_circled_rows_with_clause_marks_counting_up_under_a_label_are_a_box(tmp_path):
    # rows set as headlines, a comma in each, over the next story's byline: their numbers count up
    box = "【出行提示】\n①雪天出门前查看路况，预留时间\n②路面结冰时放慢车速，保持车距\n③尽量乘坐公共交通\n\n"
    story = "本报记者 宋刚宏\n　　城区新增二十个公共充电站，方便新能源车主出行。充电站分布在各个街道，市民可在手机上查询空闲车位。\n"
    items = items_of(tmp_path, box + story)
    assert [(i.kind, i.title) for i in items] == [("infobox", "出行提示"), ("article", "")]
    assert [b.kind for b in items[0].blocks if b.kind != "headline"] == ["listitem"] * 3


def test_a_circled_row_the_column_cut_keeps_its_rest_in_the_box(tmp_path):
    box = "■消费提示\n\n①购买冷饮要查看生产日期和保\n质期\n②外出就餐要索要消费凭证\n③网购生鲜要当面验货\n\n"
    items = items_of(tmp_path, box + ARTICLE_ABOVE)
    assert [(i.kind, i.title) for i in items] == [("infobox", "消费提示"), ("article", "城区新增一批共享充电桩")]
    assert [b.kind for b in items[0].blocks if b.kind != "headline"] == ["listitem"] * 4


def test_a_title_over_its_caption_under_a_double_spaced_box_is_no_rest_of_a_row(tmp_path):
    box = "■消费提示\n\n①购买冷饮要查看生产日期\n\n②外出就餐要索要消费凭证\n\n③网购生鲜要当面验货\n\n"
    photo = "江畔晨练\n\n市民在江边步道上晨练。\n\n本报记者 宋刚宏 摄\n\n"
    items = items_of(tmp_path, box + photo + ARTICLE_ABOVE)
    assert [(i.kind, i.title) for i in items] == [("infobox", "消费提示"), ("photo", "江畔晨练"),
                                                  ("article", "城区新增一批共享充电桩")]


def test_a_headline_over_its_byline_ends_the_list_a_text_announces(tmp_path):
    # the list's rows run into no story: a headline over a deck and a byline heads the next one
    notice = ("■停气通知\n\n因燃气管道改造，下列区域将暂停供气，\n\n请用户提前做好准备：\n\n东城区某某街道沿线\n\n"
              "西城区某某路一带\n\n南湖区某某小区\n\n")
    story = ("城区新增一批 共享充电桩\n\n二十个公共充电站投入使用,方便新能源车主出行\n\n记者 宋刚宏\n\n"
             "近日，城区新建的二十个公共充电站投入使用，市民可通过手机扫码充电，高峰时段排队时间明显缩短。\n")
    items = items_of(tmp_path, notice + story)
    assert [(i.kind, squeeze(i.title)) for i in items] == [("infobox", "停气通知"), ("article", "城区新增一批共享充电桩")]


def test_a_headline_wrapped_over_its_deck_and_byline_ends_the_list_a_text_announces(tmp_path):
    # every line set apart: the story's headline wraps onto a second line over its deck and byline
    notice = ("【停气通知】\n\n因燃气管道改造，下列区域将暂停供气，\n\n请用户提前做好准备：\n\n东城区某某街道沿线\n\n"
              "西城区某某路一带\n\n南湖区某某小区\n\n")
    story = ("城区新增一批共享充\n\n电桩投入使用\n\n——二十个公共充电站方便新能源车主出行\n\n记者 宋刚宏\n\n"
             "近日，城区新建的二十个公共充电站投入使用，\n\n市民可通过手机扫码充电，高峰时段排队时间明显缩短。\n")
    items = items_of(tmp_path, notice + story)
    assert [(i.kind, squeeze(i.title)) for i in items] == [("infobox", "停气通知"),
                                                          ("article", "城区新增一批共享充电桩投入使用")]


def test_a_pictures_headline_ends_the_list_a_text_announces(tmp_path):
    notice = ("【停电提示】\n\n因线路检修，下列区域将停电，请用\n户提前做好准备：\n\n东城区某某街道沿线 7月2日\n"
              "8时至12时停电\n西城区某某路一带 7月3日\n8时至16时停电\n南湖区某某小区 7月4日\n9时至11时停电\n\n")
    picture = "湖畔晨练\n\n清晨，市民在南湖边打太极拳。 记者 宋刚宏/摄\n"
    items = items_of(tmp_path, ARTICLE_ABOVE + notice + picture)
    assert [(i.kind, squeeze(i.title)) for i in items[1:]] == [("infobox", "停电提示"), ("photo", "湖畔晨练")]


def test_a_pictures_headline_over_a_caption_credited_apart_ends_the_list_a_text_announces(tmp_path):
    notice = ("■停气通知\n\n因燃气管道改造，下列区域将暂停供气，\n\n请用户提前做好准备：\n\n东城区某某街道沿线\n\n"
              "西城区某某路一带\n\n南湖区某某小区\n\n")
    picture = "南湖畔:市民晨练迎朝阳\n\n清晨，市民在南湖边打太极拳。\n\n记者 宋刚宏/摄\n"
    items = items_of(tmp_path, ARTICLE_ABOVE + notice + picture)
    assert [(i.kind, i.title) for i in items[1:]] == [("infobox", "停气通知"), ("photo", "南湖畔:市民晨练迎朝阳")]


def test_a_pictures_title_read_across_with_a_briefs_title_printed_after_it_heads_its_caption(tmp_path):
    text = ("临江日报 2024年5月6日 星期一 第3版\n\n日前，一个社区开设暑期托管班，为双职工\n\n家庭解决后顾之忧。（记者 周娜）\n\n"
            "南湖畔:市民晨练迎朝阳\n\n社区开设暑期托管班\n\n清晨，市民在南湖边打太极拳，享受健康生活。\n\n记者 宋刚宏 摄\n")
    assert [(i.kind, i.title) for i in items_of(tmp_path, text)] == [("brief", "社区开设暑期托管班"),
                                                                    ("photo", "南湖畔:市民晨练迎朝阳")]


def test_a_forecasts_days_with_their_weather_before_the_temperature_are_a_boxs_rows(tmp_path):
    # each day's row wrapped at the column anywhere in its figures: 18℃～2 / 6℃, 17 / ℃～22℃
    box = "■本市天气\n5日 多云 18℃～2\n6℃ 东风2级\n6日 小雨转阴 17\n℃～22℃ 北风3级\n7日 晴 16℃～25℃\n 微风\n\n"
    items = items_of(tmp_path, box + ARTICLE_ABOVE)
    assert [(i.kind, i.title) for i in items] == [("infobox", "本市天气"), ("article", "城区新增一批共享充电桩")]
    assert [squeeze(b.text) for b in items[0].blocks if b.kind == "listitem"] == [
        "5日多云18℃～26℃东风2级", "6日小雨转阴17℃～22℃北风3级", "7日晴16℃～25℃微风"]


def test_a_forecasts_rows_may_name_the_day_as_today_tomorrow_and_the_day_after(tmp_path):
    box = "■本市天气\n今天 多云 18℃～26℃ 东\n风2级\n明天 小雨 17℃～22℃ 北\n风3级\n后天 晴 16℃～25℃ 微\n风\n\n"
    items = items_of(tmp_path, box + ARTICLE_ABOVE)
    assert [(i.kind, i.title) for i in items] == [("infobox", "本市天气"), ("article", "城区新增一批共享充电桩")]
    assert [squeeze(b.text) for b in items[0].blocks if b.kind == "listitem"] == [
        "今天多云18℃～26℃东风2级", "明天小雨17℃～22℃北风3级", "后天晴16℃～25℃微风"]


def test_a_listings_last_row_carries_as_many_lines_as_every_row_above(tmp_path):
    rows = ("■活动预告\n\n本周末文化活动一览\n\n6月1日 10:30 虎丘\n景区 城市阅读分享会（免费）\n\n6月1日 14:00 平江\n"
            "路 亲子手工体验课（免费）\n\n6月2日 13:30 平江\n路 露天电影放映（免费）\n\n6月2日 15:00 平江\n路 非遗市集（免费）\n\n")
    items = items_of(tmp_path, rows + ARTICLE_ABOVE)
    assert [(i.kind, i.title) for i in items] == [("infobox", "本周末文化活动一览"), ("article", "城区新增一批共享充电桩")]
    assert squeeze(items[0].blocks[-1].text).endswith("非遗市集（免费）")


def test_uncredited_one_sentence_lines_under_a_label_and_title_are_a_boxs_rows(tmp_path):
    box = ("\n气象预警\n\n市气象台发布暴雨蓝色预警\n\n城区北部、东部山区有大到暴雨。\n\n南部沿江地区局地有大暴雨。\n\n"
           "请注意防范强降雨可能引发的山洪。\n\n本版校对 林晓东\n")
    items = items_of(tmp_path, ARTICLE_ABOVE + box)
    assert [(i.kind, i.kicker, i.title) for i in items[1:]] == [("infobox", "气象预警", "市气象台发布暴雨蓝色预警")]


def test_a_text_signed_again_under_its_only_heading_is_the_next_story(tmp_path):
    # a commentary signed above, then a reader's letter under a column label and its title, signed at its end
    text = ("为城乡公交一体化点赞\n\n特约评论员\n\n城乡公交一体化，方便的是群众出行，拉近的是城乡距离。近年来，\n"
            "不少地方加快建设城乡公交网络，让农村群众出门就能坐上公交车。\n\n"
            "办好这件实事，既要有线路，也要有服务。优化站点布局、提升车辆\n档次、稳定票价，才能让群众坐得上、坐得好。\n\n"
            "百姓心声\n\n村口的公交站该修个候车亭了\n\n我家住在城郊一个村子，村口的公交站只有一根站牌，\n"
            "刮风下雨时大家只能站在路边等车，很不方便。\n\n希望有关部门实地看一看，在站台边修个候车亭，方便\n大家候车。\n\n"
            "城郊读者 程竹青\n")
    items = items_of(tmp_path, text)
    assert [(i.kind, i.title, i.authors) for i in items] == [
        ("commentary", "为城乡公交一体化点赞", ()), ("article", "村口的公交站该修个候车亭了", ("程竹青",))]


def test_a_commentary_after_an_article_parts_at_the_one_blank_line(tmp_path):
    # paragraphs set with no blank line between them: the one blank line parts the article from the
    # commentary after it, which a bare name signs
    text = ("城乡公交一体化全面铺开\n本报记者 王明远\n\u3000\u3000市里近日召开城乡公交一体化推进会，部署今年的重点任务。\n"
            "\u3000\u3000今年全市将新开通公交线路四十条，农村群众出门就能坐上公交车。\n"
            "\u3000\u3000截至目前，全市已有一百二十个行政村通了公交。\n\n"
            "\u3000\u3000城乡公交一体化，方便的是群众出行，拉近的是城乡距离。\n"
            "\u3000\u3000办好这件实事，既要有线路，也要有服务，让群众坐得上、坐得好。\n韦海婷\n")
    items = items_of(tmp_path, text)
    assert [(i.kind, i.title, i.authors) for i in items] == [
        ("article", "城乡公交一体化全面铺开", ("王明远",)), ("commentary", "", ("韦海婷",))]


def test_a_question_headline_over_a_video_byline_heads_its_story_under_a_box(tmp_path):
    # 文/视频 marks a writer who also filmed; a question broken like a sentence over the byline is the
    # headline; the box's rows above it end at the stack the byline signs
    text = ("江城天气\n今天 雷阵雨24℃～31℃\n东南风3级\n明天晴26℃～33℃南风\n2级\n后天晴22℃～31℃北风\n1～2级\n\n"
            "城乡公交一\n体化怎么推？\n\n文/视频 本报记者 王明远\n\n市里近日召开城乡公交一体化推进会，部署今年的重点任务，要求各区县\n"
            "加快建设城乡公交网络，让农村群众出门就能坐上公交车。\n")
    items = items_of(tmp_path, text)
    assert [(i.title, i.authors) for i in items] == [("江城天气", ()), ("城乡公交一体化怎么推？", ("王明远",))]


def test_a_byline_marked_文_摄_names_its_writer_as_photographer_too(tmp_path):
    text = ("城乡公交一体化全面铺开\n\n□江城晚报记者 王明远 文/摄\n\n市里近日召开城乡公交一体化推进会，部署今年的重点任务，"
            "要求各区县加快建设城乡公交网络。\n")
    [item] = items_of(tmp_path, text)
    assert (item.authors, item.photographers) == (("王明远",), ("王明远",))


def test_a_marked_label_over_a_boxs_title_and_rows_names_no_one(tmp_path):
    text = ("■海都互动\n\n你怎么看\n\n@晋安阿强：停车难的问题终于有人管了。\n网友“小林”：收费标准能不能再公开透明一些？\n"
            "@仓山王老师：支持，规范停车人人有责。\n网友“榕树下”：建议多建一些立体停车场。\n")
    items = items_of(tmp_path, text)
    assert [(i.kind, i.kicker, i.title, list(i.authors)) for i in items] == [("infobox", "海都互动", "你怎么看", [])]


def test_a_byline_under_the_page_header_broken_inside_a_name(tmp_path):
    body = "春节将至，在甘肃康乐县苏集镇、流川乡等乡镇，一些外出务工人员家里来了一位特殊的客人。" * 3
    text = ("A08\n郑州新闻\n\n大河报·豫视频记者 罗秀亮 任\n\n晓松 通讯员 方志婷 实习生 刘琪佳\n\n"
            + "\n\n".join(body[i:i + 18] for i in range(0, len(body), 18)) + "\n")
    items = items_of(tmp_path, text)
    assert [list(i.authors) for i in items] == [["罗秀亮", "任晓松", "方志婷", "刘琪佳"]]


def test_a_fact_check_box_then_a_story_under_a_kicker_and_a_question(tmp_path):
    # the title answers its question in a phrase after it, the byline opens with a listed paper's app,
    # and the next story's kicker and title stand between paragraphs: a section heading has no kicker
    text = ("08\n重庆新闻\n2024年11月4日 周一\n\n真相来了\n\n公园湖水“变绿”是污\n染？专家释疑\n\n上游新闻记者 林小燕\n\n"
            + wrapped(["网传：公园湖水一夜变绿，是有人倾倒了污水。",
                       "真相：园林部门检测发现，湖水各项指标正常，变绿是因为天气转暖，藻类繁殖较快。",
                       "提示：游客请勿向湖中投放食物，发现异常可拨打公园服务电话反映。"], 16)
            + "4年9次“串门”\n\n双城经济圈建设结出哪些硕果？\n\n"
            + wrapped(["6月21日，推动成渝地区双城经济圈建设重庆四川党政联席会议第九次会议在四川省广安市召开。"], 16)
            + "相向发展 共同唱好成渝“双城记”\n\n"
            + wrapped(["作为川渝两地最高行政级别的联席会议，自2020年以来，重庆四川党政联席会议至今一共举行了9次。"], 16)
            + "相互赋能 从“大写意”到“工笔画”\n\n"
            + wrapped(["今年是成渝地区双城经济圈建设的第5个年头，双城经济圈建设从谋篇布局的“大写意”变为精耕细作的“工笔画”。"], 16)
            + "上游新闻记者 孟桂春\n")
    items = items_of(tmp_path, text)
    assert [(i.title, list(i.authors)) for i in items] == [
        ("公园湖水“变绿”是污染？专家释疑", ["林小燕"]), ("双城经济圈建设结出哪些硕果？", ["孟桂春"])]


def test_a_labels_wrapped_rows_over_the_next_storys_headline(tmp_path):
    # a blank line after every line: the box's rows, each with the rest its column cut, then a brief
    rows = ["银沙滩海水浴场 水温20℃", "适宜游泳", "金沙滩海水浴场 水温23℃", "浪大慎游",
            "第二海水浴场 水温22℃ 浪", "大慎游"]
    body = "近日，在吉林省长春市召开的第三届世界中医药科技大会上，我国将对相关国家的中医药人才进行专项培训。（记者 杜超）"
    lines = [body[n:n + 15] for n in range(0, len(body), 15)]
    text = "\n\n".join(["【浴场信息】", *rows, "我国将培训1300名海外中医药人才", *lines]) + "\n"
    items = items_of(tmp_path, text)
    assert [(i.kind, i.title) for i in items] == [("infobox", "浴场信息"), ("brief", "我国将培训1300名海外中医药人才")]


def test_plain_rows_under_a_label_over_the_next_storys_headline(tmp_path):
    # a label, the box's title (shorter than every row), three rows with no figure set apart alike, then a
    # brief's headline and text: the rows are the box's, no headline stack holds three parts of one form
    body = "近日，市图书馆推出夜间借阅服务，每周五开放至晚上九点，市民可凭证借阅。（记者 杜超）"
    lines = [body[n:n + 15] for n in range(0, len(body), 15)]
    box = ["【安全提示】", "防火常识", "离家前记得关闭燃气阀门", "楼道里不要堆放杂物", "电动车不要进楼入户充电"]
    items = items_of(tmp_path, "\n\n".join([*box, "市图书馆推出夜间借阅", *lines]) + "\n")
    assert [(i.kind, i.title) for i in items] == [("infobox", "防火常识"), ("brief", "市图书馆推出夜间借阅")]
    # each row wrapped at the column, its rest set solid under it, longer than a few characters
    rows = ["东湖公园 水位1.2米 游船", "照常开放运营", "南湖公园 水位0.9米 游船", "暂停开放运营", "西湖公园 水位1.1米 游船",
            "照常开放运营"]
    text = "\n\n".join(["【公园信息】", *("\n".join(rows[n:n + 2]) for n in range(0, 6, 2)), "市图书馆推出夜间借阅",
                        "\n".join(lines)]) + "\n"
    items = items_of(tmp_path, text)
    assert [(i.kind, i.title) for i in items] == [("infobox", "公园信息"), ("brief", "市图书馆推出夜间借阅")]


def test_a_longer_rest_under_a_row_on_a_double_spaced_page(tmp_path):
    # the body set with a blank line after every line: the rows come in as headlines, each with the rest
    # the column cut set solid under it (longer than a few characters), the rows standing apart
    body = "近日，在省城召开的中医药科技大会上，有关部门宣布将对海外中医药人才开展专项培训。（记者 杜超）"
    lines = [body[n:n + 15] for n in range(0, len(body), 15)]
    rows = ["银沙滩海水浴场 水温20℃", "较适宜游泳", "金沙滩海水浴场 水温23℃", "浪大请慎游", "第二海水浴场 水温22℃",
            "较适宜游泳"]
    text = "\n\n".join(["【浴场信息】", *("\n".join(rows[n:n + 2]) for n in range(0, 6, 2)), "我国将培训1300名海外中医药人才",
                        *lines]) + "\n"
    items = items_of(tmp_path, text)
    assert [(i.kind, i.title) for i in items] == [("infobox", "浴场信息"), ("brief", "我国将培训1300名海外中医药人才")]


def test_a_headline_set_solid_under_the_last_row_is_no_rest():
    from generator.archive.model import Block, Span
    from generator.archive.segment import rows_over_a_stack
    lines = [(1, "【浴场信息】"), (3, "东湖浴场 水温20℃"), (5, "南湖浴场 水温23℃"), (7, "西湖浴场 水温22℃"),
             (8, "我国将全面培训海外中医药人才"), (10, "助力中医药走向世界")]
    run = [Block("headline", text, (Span(line, 0, len(text)),)) for line, text in lines]
    assert rows_over_a_stack(run) == 4  # the label and its rows; the headline stays the next story's


def test_a_list_of_names_keeps_its_own_title(tmp_path):
    # no plain rows over a headline: the first name is no title, however short, and the list keeps its own
    items = items_of(tmp_path, "\n\n".join(["上榜名单", "王芳", "李建国", "欧阳明华", "张晓东"]) + "\n")
    assert [i.title for i in items] == ["上榜名单"]


def test_no_plain_rows_split_a_headline_on_a_double_spaced_page(tmp_path):
    # a blank line after every line: a two-line headline's lines stand as far apart as the rows over it, so
    # its first line is no fourth row (the rows and headline read at the page's spacing, not one line)
    body = "近日，在省城召开的中医药科技大会上，有关部门宣布将对海外中医药人才开展专项培训，首批学员将于明年春季入学。（记者 杜超）"
    lines = [body[n:n + 15] for n in range(0, len(body), 15)]
    box = ["【律师提醒】", "网购遇纠纷可先与平台协商", "保存好聊天记录和付款截图", "必要时可向消费者协会投诉"]
    items = items_of(tmp_path, "\n\n".join([*box, "四部门发布就业援助", "新政策落地见效", *lines]) + "\n")
    assert "新政策落地见效" not in [i.title for i in items]


def test_plain_rows_numbered_or_holding_a_clause_under_a_label(tmp_path):
    # rows numbered 1. 2. 3. are marked alike, as ①②③ are: their numbers are no figures; a row holding a
    # clause mark (、) is a sentence's part, no row
    body = "近日，市图书馆推出夜间借阅服务，每周五开放至晚上九点，市民可凭借阅证借阅图书，也可在自助机上办理续借手续。（记者 杜超）"
    lines = "\n".join(body[n:n + 15] for n in range(0, len(body), 15))
    rows = ["网购遇纠纷可先与平台协商", "保存好聊天记录和付款截图", "必要时可向消费者协会投诉"]
    numbered = [f"{n}.{row}" for n, row in enumerate(rows, 1)]
    items = items_of(tmp_path, "\n\n".join(["【律师提醒】", *numbered, "市图书馆推出夜间借阅", lines]) + "\n")
    assert [(i.kind, i.title) for i in items] == [("infobox", "律师提醒"), ("brief", "市图书馆推出夜间借阅")]
    clause = ["网购、直播购物遇纠纷先协商", *rows[1:]]
    items = items_of(tmp_path, "\n\n".join(["【律师提醒】", *clause, "市图书馆推出夜间借阅", lines]) + "\n")
    assert "infobox" not in [i.kind for i in items]


def test_a_marked_label_over_plain_rows_names_the_box_not_its_writer(tmp_path):
    # ■安全知识 reads as a byline; over plain rows (marked ①②③ or not) and the next story's headline it is
    # the box's label
    body = "近日，市图书馆推出夜间借阅服务，每周五开放至晚上九点，市民可凭借阅证借阅图书，也可在自助机上办理续借手续。（记者 杜超）"
    lines = "\n".join(body[n:n + 15] for n in range(0, len(body), 15))
    rows = ["离家前记得关闭燃气阀门", "楼道里不要堆放杂物", "电动车不要进楼入户充电"]
    for box in (rows, [mark + row for mark, row in zip("①②③", rows)]):
        items = items_of(tmp_path, "\n\n".join(["■安全知识", *box, "市图书馆推出夜间借阅", lines]) + "\n")
        assert [(i.kind, i.title) for i in items] == [("infobox", "安全知识"), ("brief", "市图书馆推出夜间借阅")]
    # on a page with a blank line after every line the marks part the rows, and the headline from the last
    spaced = "\n\n".join(["■安全知识", *(mark + row for mark, row in zip("①②③", rows)), "市图书馆推出夜间借阅",
                          *lines.split("\n")]) + "\n"
    items = items_of(tmp_path, spaced)
    assert [(i.kind, i.title) for i in items] == [("infobox", "安全知识"), ("brief", "市图书馆推出夜间借阅")]


def test_no_plain_rows_under_a_poems_title_and_its_writer(tmp_path):
    # a title, its writer's bare name, then short lines alike over a headline: verses, no box's rows
    body = "近日，市图书馆推出夜间借阅服务，每周五开放至晚上九点，市民可凭借阅证借阅图书，也可在自助机上办理续借手续。（记者 杜超）"
    lines = "\n".join(body[n:n + 15] for n in range(0, len(body), 15))
    poem = ["山间小路", "□钟文", "晨雾", "漫过青青的石阶", "鸟鸣叫醒了山谷", "溪水唱着远方的歌"]
    items = items_of(tmp_path, "\n\n".join([*poem, "市图书馆推出夜间借阅", lines]) + "\n")
    assert items[0].title == "山间小路" and "infobox" not in [i.kind for i in items]


def test_two_rows_of_figures_set_alike_under_a_label_over_the_next_storys_headline(tmp_path):
    # a box's title and two rows only (the rest of each cut under it), then a brief: the rows' figures
    # are set alike, as no two lines of a headline are; the scores' gaps are repaired away
    body = "即日起，两条公交线路开通夜班车，末班车延长至晚上十一点，方便市民夜间出行。（记者 杜超）"
    lines = [body[n:n + 15] for n in range(0, len(body), 15)]
    weather = ["【天气预报】", "午后有雷阵雨 出行带伞", "今天 多云 16℃～25℃ 东北风2", "级", "明天 雷阵雨 19℃～28℃ 西南",
               "风2级"]
    items = items_of(tmp_path, "\n\n".join([*weather, "两条公交线路开通夜班车", *lines]) + "\n")
    assert [(i.kind, i.title) for i in items] == [("infobox", "午后有雷阵雨 出行带伞"), ("brief", "两条公交线路开通夜班车")]
    scores = ["昨日赛果", "临江队 0∶0 江北队", "城南队 1∶3 城西队"]
    items = items_of(tmp_path, "\n\n".join([*scores, "两条公交线路开通夜班车", *lines]) + "\n")
    assert [(i.kind, i.title) for i in items] == [("infobox", "昨日赛果"), ("brief", "两条公交线路开通夜班车")]


def test_a_pull_quote_in_its_own_narrow_measure_stays_in_its_article(tmp_path):
    # printed without quotation marks, its lines read as headline and text: the text repeats it word for word
    said = "该公司去年开发了15款新车模型，5款成功上市，其中包括长安汽车的阿维塔E11等。"
    before = ("代表团一行走访了川渝高竹新区的多家企业，其中一家从事汽车设计、模型设计制作的公司。" + said
              + "下一步，川渝两地将继续推进产业协作，共建先进制造业集群。") * 2
    after = "“会议深化了我们对双城经济圈的认知，有力提振了信心和决心。”市商务委党组书记表示，将以开放为引领推动发展。" * 2
    text = ("深化改革激发创新活力\n\n□南方周末记者 韩琪\n\n" + wrapped([before], 17)
            + "该公司去年开发了15款\n新车模型，5款成功上市，\n其中包括长安汽车的阿维\n塔E11等\n\n"
            + wrapped(["　　" + after], 17) + "责任编辑：宋蕾勇\n")
    items = items_of(tmp_path, text)
    assert [i.title for i in items] == ["深化改革激发创新活力"]


def test_a_case_studys_byline_names_the_writers_unit_first(tmp_path):
    text = ("以案说纪\n\n长期借用管理服务对象车辆如何定性\n\n■临江市东城区纪委监委 林小燕 王明远\n\n■基本案情\n\n"
            "甲，中共党员，某县市场监管局执法大队副队长。甲向辖区内某公司负责人乙提出借用一辆汽车。\n\n"
            "■分歧意见\n\n第一种意见认为，甲与乙之间系借用关系，车辆所有权未发生转移。\n\n"
            "■评析意见\n\n笔者同意第二种意见，甲借用车辆时间长、价值大，且与其职权密切相关。\n")
    [item] = items_of(tmp_path, text)
    assert (item.title, item.authors) == ("长期借用管理服务对象车辆如何定性", ("林小燕", "王明远"))
    assert body_of(item).startswith("甲，中共党员")


def test_on_a_page_titling_stories_after_their_texts_the_last_title_shares_a_word(tmp_path):
    # a development page (seed text) printing every title under its text, a blank line after every line:
    # the last title shares one place name with its text, too little for a title printed elsewhere
    page = Path(__file__).parent / "corpus" / "pages" / "dev" / "bare_column_2.txt"
    (tmp_path / "page.txt").write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    items = build_folder(tmp_path)[0].page.items
    assert [i.title for i in items][-1] == "甘肃外输内拓稳就业促增收"


def test_a_bulleted_time_of_day_opens_a_timeline_entry_not_a_story(tmp_path):
    entries = ["▶06:10 第一批游客抵达景区", "入口，工作人员引导排队", "检票。", "▶08:40 观光车增开班次，",
               "缩短候车时间。", "▶11:20 景区发布客流提示", "建议游客错峰游览。"]
    page = "\n\n".join(["国庆首日景区见闻", "本报记者 周航", "国庆假期首日，记者在景区", "记录下这一天。", *entries]) + "\n"
    assert [i.title for i in items_of(tmp_path, page)] == ["国庆首日景区见闻"]


def test_a_wider_line_whose_words_the_title_under_it_repeats_is_the_kicker(tmp_path):
    page = ("全市冷链配送车辆增至三百余辆冷库增至十二座\n冷链物流网络覆盖全市乡镇\n■本报记者 林晓梅\n"
            "今年以来，我市加快建设城乡冷链物流网络，新建冷库十二座，\n生鲜农产品损耗明显下降。\n")
    [item] = items_of(tmp_path, page)
    assert (item.kicker, item.title) == ("全市冷链配送车辆增至三百余辆冷库增至十二座", "冷链物流网络覆盖全市乡镇")


@pytest.mark.parametrize("label, title, spacing", [
    ("农技问答", "夏播有疑问 专家来帮忙", "\n\n"),  # a couplet's length, spaced: the label's word parts it
    ("专家支招", "一碗热粥", "\n"),  # four glyphs over four, set solid: no one broken title
    ("晚报面对面", "临江老街完成改造提升", "\n\n"),  # five glyphs, longer than a label set apart by length
    ("税务知识", "个税汇算怎么办", "\n"),  # a column teaching its subject, set solid over its own title
])
def test_a_short_line_ending_in_a_columns_word_is_the_label_over_the_title(tmp_path, label, title, spacing):
    lines = [label, *title.split(" "), "本报记者 林晓梅", "今年以来，我市加快建设城乡冷链物流网络，新建冷库十二座，",
             "生鲜农产品损耗明显下降，农户增收明显。"]
    [item] = items_of(tmp_path, "临江日报 2024年5月6日 星期一\n\n" + spacing.join(lines) + "\n")
    assert (item.kicker, squeeze(item.title)) == (label, squeeze(title))


def test_a_columns_label_over_another_storys_title_leaves_that_title_whole(tmp_path):
    # a question column titled under its text, over the next story's headline: the label is read off
    # no title there, so the next story keeps its own title
    page = ("临江日报 2024年5月6日 星期一\n\n某某农机站 周文\n问：收割机下田前要检查什么？\n"
            "答：先查刀片和链条，再查油路。\n农机问答\n下田有疑问\n这里来解答\n\n"
            "冷链物流网络覆盖全市乡镇\n——全市新建冷库十二座\n■本报记者 林晓梅\n"
            "今年以来，我市加快建设城乡冷链物流网络，生鲜农产品损耗明显下降。\n")
    assert squeeze(items_of(tmp_path, page)[-1].title) == "冷链物流网络覆盖全市乡镇"


@pytest.mark.parametrize("first, second", [("中非合作论坛", "北京峰会隆重开幕"), ("春晚小品", "引发观众热议")])
def test_a_title_whose_subject_ends_in_a_word_columns_share_stays_one_title(tmp_path, first, second):
    # 论坛, 小品: words a headline's subject ends with as often as a column's name, so no label's word
    lines = [first, second, "本报记者 林晓梅", "今年以来，我市加快建设城乡冷链物流网络，新建冷库十二座，",
             "生鲜农产品损耗明显下降，农户增收明显。"]
    [item] = items_of(tmp_path, "临江日报 2024年5月6日 星期一\n\n" + "\n".join(lines) + "\n")
    assert (item.kicker, squeeze(item.title)) == ("", first + second)


def test_a_couplet_whose_first_phrase_ends_in_no_columns_word_stays_one_title(tmp_path):
    page = ("临江日报 2024年5月6日 星期一\n\n梨花开了\n\n游客来了\n\n本报讯（记者 周文）近日，全县梨花进入\n\n"
            "盛花期，游客纷纷前来赏花。\n")
    [item] = items_of(tmp_path, page)
    assert (item.kicker, item.title) == ("", "梨花开了 游客来了")


@pytest.mark.parametrize("label, spacing", [
    ("■科普小站", "\n"),  # marked by a bullet the title under it lacks: no couplet sets one phrase so
    ("周末闲笔", "\n\n"),  # four glyphs over five on a page with a blank line after every line
])
def test_a_label_set_as_no_couplets_phrase_is_the_kicker_over_the_title(tmp_path, label, spacing):
    lines = ["重回老厂房", "本报记者 林晓梅", "今年以来，我市把一批闲置的老厂房改造成文化空", "间，市民在周末纷纷前来参观，",
             "老街区重新热闹起来，附近的小店", "也多了不少顾客。"]
    page = "临江日报 2024年5月6日 星期一\n\n" + label + "\n\n" + spacing.join(lines) + "\n"
    [item] = items_of(tmp_path, page)
    assert (item.kicker, item.title) == (label.lstrip("■"), "重回老厂房")


def test_a_marked_label_in_the_middle_of_three_parts_opens_the_headline(tmp_path):
    # a line read over the marked label (another story's title) is no part of the headline it opens
    lines = ["推动老工业区转型升级的新探索", "", "■科普小站", "", "重回老厂房", "本报记者 林晓梅",
             "今年以来，我市把一批闲置的老厂房改造成文化空", "间，市民在周末纷纷前来参观，"]
    [item] = items_of(tmp_path, "临江日报 2024年5月6日 星期一\n\n" + "\n".join(lines) + "\n")
    assert (item.kicker, item.title, item.subtitle) == ("科普小站", "重回老厂房", "")


def test_a_couplet_of_five_glyphs_over_five_on_a_spaced_page_stays_one_title(tmp_path):
    page = ("临江日报 2024年5月6日 星期一\n\n老街换新颜\n\n居民笑开颜\n\n本报讯（记者 周文）近日，城南老街\n\n"
            "完成改造，居民纷纷点赞。\n")
    [item] = items_of(tmp_path, page)
    assert (item.kicker, item.title) == ("", "老街换新颜 居民笑开颜")


@pytest.mark.parametrize("first, second, kicker", [
    ("老街换新颜", "居民笑了", ""),  # five glyphs over four: no label runs longer than the title under it
    ("老街新颜", "居民笑开颜", "老街新颜"),  # four over five: a label set apart, as a couplet's phrase never is
])
def test_four_glyphs_over_five_on_a_spaced_page_is_a_label_five_over_four_a_couplet(tmp_path, first, second, kicker):
    page = (f"临江日报 2024年5月6日 星期一\n\n{first}\n\n{second}\n\n本报讯（记者 周文）近日，城南老街完成改造提升，\n\n"
            "沿街店铺陆续重新开张，\n\n老街区又热闹起来，附近的居民\n\n纷纷点赞。\n")
    [item] = items_of(tmp_path, page)
    assert (item.kicker, squeeze(item.title)) == (kicker, squeeze((first + second).removeprefix(kicker)))


@pytest.mark.parametrize("title, spacing", [("老街改造进展如何？", "\n"), ("老街改造进展如何？", "\n\n"),
                                            ("老街改造进\n展如何？", "\n"),  # wrapped over two lines too
                                            ("老街能否变身“文化客厅？”", "\n")])  # its question inside a quote
def test_a_quoted_kicker_read_under_a_title_ending_its_question_is_the_kicker(tmp_path, title, spacing):
    lines = [title, "三年“焕新”", "本报记者 林晓梅", "今年以来，我市把一批闲置的老厂房改造成文化空间，",
             "市民在周末纷纷前来参观，老街区重新热闹起来。"]
    [item] = items_of(tmp_path, "临江日报 2024年5月6日 星期一\n\n" + spacing.join(lines) + "\n")
    assert (item.kicker, item.title) == ("三年“焕新”", title.replace("\n", ""))


@pytest.mark.parametrize("label, kicker", [("侨乡人物", "三年五次“回乡”"),
                                           ("侨乡人物故事", "四年“回乡”")])  # as wide as the kicker: no shortest line
def test_a_short_line_over_a_quoted_kicker_is_a_label_no_part_of_it(tmp_path, label, kicker):
    lines = [label, kicker, "老街改造进展如何？", "本报记者 林晓梅",
             "今年以来，我市把一批闲置的老厂房改造成文化空间，", "市民在周末纷纷前来参观，老街区重新热闹起来。"]
    [item] = items_of(tmp_path, "临江日报 2024年5月6日 星期一\n\n" + "\n".join(lines) + "\n")
    assert (item.kicker, item.title) == (kicker, "老街改造进展如何？")


def test_a_plain_headline_line_over_one_set_in_bold_is_no_one_wrapped_title():
    from generator.archive.model import Block, Span
    from generator.archive.segment import spaced_units
    plain = Block("headline", "冷库建设提速增效", (Span(10, 0, 8),))
    bold = Block("headline", "夜市开到家门口", (Span(11, 0, 14),))  # 夜夜市市开开到到家家门门口口
    assert spaced_units([plain, bold], 1) == [[plain], [bold]]


TITLES_AFTER_TEXTS = """第3版 城事
2024年6月3日 星期一

本报记者 林晓梅

今年以来，我市加快建设城乡冷链物流网络，新建冷库十二座，冷链
配送车辆增加到三百余辆，生鲜农产品损耗明显下降。冷链物流网络
覆盖全市乡镇以后，农户的枇杷、杨梅当天就能送进城里的超市。
市商务局负责人介绍，下一步将继续完善冷链物流网络，让更多乡镇
用上冷库。

冷链物流网络覆盖全市乡镇

本报记者 陈立新

夜市开到家门口，是不少市民今年夏天的新体验。入夏以来，城区新
开三处社区夜市，摊位两百余个，小吃、文创、花卉应有尽有，每晚
吸引市民前来逛吃。街道负责人说，社区夜市由居民议事会商定摊位
和营业时间，既热闹又不扰民。冷饮摊的货由覆盖全市乡镇的冷链物流网络配送。

社区夜市开到家门口
"""


def test_a_title_under_an_untitled_text_saying_more_of_it_than_of_the_text_below_is_its(tmp_path):
    items = items_of(tmp_path, TITLES_AFTER_TEXTS)
    assert [i.title for i in items] == ["冷链物流网络覆盖全市乡镇", "社区夜市开到家门口"]


def test_a_subtitle_opened_by_a_horizontal_bar_is_a_subtitle(tmp_path):
    # the dash as some code tables give it (U+2015 twice), as a profile's subtitle opens
    page = ("夜市开到家门口\n\u2015\u2015记社区夜市摊主林晓梅\n通讯员 陈立新\n"
            "\u3000\u3000入夏以来，城区新开三处社区夜市，摊位两百余个，小吃、文创、花卉\n应有尽有，每晚吸引市民前来逛吃。\n")
    [item] = items_of(tmp_path, page)
    assert (item.title, item.subtitle) == ("夜市开到家门口", "\u2015\u2015记社区夜市摊主林晓梅")


SIGNED_TEXT = """城乡供水一体化全面提速见实效

{top}
近日，记者从市水务局获悉，全市城乡供水一体化
工程已完成投资十二亿元，新建管网四百公里，惠
及农村人口三十万。

下一步，该市将加快推进水厂提标改造，确保年内
实现城乡供水同网同质同价，让农村群众和城里人
一样用上放心水、安全水，同时完善管护机制，落
实运维资金，做到建得好、管得住、用得久。
{end}
"""


@pytest.mark.parametrize("top, end, authors", [("张明 整理", "", ["张明"]), ("编译：张明", "", ["张明"]),
                                               ("口述 张明 整理 李华", "", ["张明", "李华"]),
                                               ("", "（本报记者 张明 整理）", ["张明"]), ("", "（张明 编译）", ["张明"])])
def test_a_name_credited_for_putting_the_text_together_signs_it(tmp_path, top, end, authors):
    items = items_of(tmp_path, SIGNED_TEXT.format(top=top, end=end))
    assert [list(i.authors) for i in items] == [authors]


@pytest.mark.parametrize("end, authors", [("（编辑 王芳）", []), ("（本报记者 张明 编辑 王芳）", ["张明"])])
def test_the_desk_editor_closing_a_text_writes_none_of_it(tmp_path, end, authors):
    items = items_of(tmp_path, SIGNED_TEXT.format(top="", end=end))
    assert [list(i.authors) for i in items] == [authors]


@pytest.mark.parametrize("end", ["（转载自人民网）", "（本报综合）", "（综合自新华社、人民网）", "（据“临江发布”）", "（江城综合）"])
def test_a_reprint_or_digest_credit_names_no_one(tmp_path, end):
    items = items_of(tmp_path, SIGNED_TEXT.format(top="", end=end))
    assert [(i.kind, list(i.authors)) for i in items] == [("brief", [])]
    assert [b.text for b in items[0].blocks if b.kind == "credit"] == [end]


@pytest.mark.parametrize("top, authors, photographers", [("本报记者 张明 文 李华 摄", ["张明"], ["李华"]),
                                                         ("记者 张明 文 通讯员 李华 图", ["张明"], ["李华"]),
                                                         ("本报记者 张明 文并摄", ["张明"], ["张明"])])
def test_a_writers_mark_after_the_names_makes_a_byline_not_a_photo_credit(tmp_path, top, authors, photographers):
    items = items_of(tmp_path, SIGNED_TEXT.format(top=top, end=""))
    assert [(i.kind, list(i.authors), list(i.photographers)) for i in items] == [("article", authors, photographers)]


def test_a_photo_report_credited_in_brackets_is_its_writers_too(tmp_path):
    items = items_of(tmp_path, SIGNED_TEXT.format(top="", end="（记者 张明 摄影报道）"))
    assert [(list(i.authors), list(i.photographers)) for i in items] == [(["张明"], ["张明"])]


@pytest.mark.parametrize("top, end, authors, photographers", [("撰文/张明 摄影/李华", "", ["张明"], ["李华"]),
                                                              ("", "（张明/文）", ["张明"], []),
                                                              ("", "（记者 张明/文 李华/图）", ["张明"], ["李华"])])
def test_a_mark_after_a_slash_names_the_writer_in_brackets_too(tmp_path, top, end, authors, photographers):
    items = items_of(tmp_path, SIGNED_TEXT.format(top=top, end=end))
    assert [(list(i.authors), list(i.photographers)) for i in items] == [(authors, photographers)]


ROWS_UNDER_SECTIONS = ["- 全市新建改建城市公园绿地二十处", "- 新增城市公共停车泊位一万个，缓解停车难",
                       "- 老旧小区改造完成八十个", "- 新开通公交线路十二条", "- 建成社区食堂四十家，覆盖老年人三万",
                       "- 新增托育机构床位两千张", "- 城市道路大修工程完工"]
SECTIONS_OVER_ROWS = [("民生项目提速建设", ["今年上半年，全市围绕教育、医疗、", "养老等重点领域，实施一批民生项",
                                        "目，进一步补齐了公共服务短板。"]),
                      ("惠民政策加快落地", ["今年上半年，全市完善就业、社保", "和住房保障政策，群众享受到更多",
                                        "政策红利和办事便利。"]),
                      ("基层治理有序推进", ["今年上半年，全市推进“网格化管", "理”和“一站式服务”改革，推动",
                                        "街道社区减负增效，打造共建共治", "新格局。"])]


def test_dash_rows_set_apart_leave_the_sections_text_wrapped_in_its_column(tmp_path):
    lines = ["城市更新惠及千家万户", "", "近日，记者从市住房和城乡建设局获悉，", "今年以来全市城市更新工作稳步推进，",
             "一批惠民项目建成投用。", ""]
    for heading, text in SECTIONS_OVER_ROWS:
        lines += [heading, ""] + text + [""] + [line for row in ROWS_UNDER_SECTIONS for line in (row, "")]
    items = items_of(tmp_path, "\n".join(lines))
    assert [i.title for i in items] == ["城市更新惠及千家万户"]
    assert [b.text for b in items[0].blocks if b.kind == "heading"] == [h for h, _ in SECTIONS_OVER_ROWS]
    assert [b.text for b in items[0].blocks if b.kind == "paragraph"][1:] == ["".join(t) for _, t in SECTIONS_OVER_ROWS]


def columned(text: str, width: int = 16) -> str:
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


STORY_THEN_COMMENTARY = [
    "　　临江县坚持把群众就医需求放在首位，柔性引进省城医院专家，建成一批名医工作室，让村民在家门口看上专家门诊。",
    "　　县卫生健康局建立专家坐诊排班制度，每月安排专家下沉乡镇卫生院查房带教，累计接诊患者两万余人次，培养本土骨干医师四十名。",
    "　　与此同时，县里为引进专家提供住房、交通等保障，建立定期回访机制，专家团队还与县医院签订带教协议，帮助年轻医生提高诊疗水平。",
    "财经观察\n\n消费回暖需要更多耐心",
    "　　今年以来，城市商圈客流逐步回升，餐饮、文旅消费明显回暖，但居民消费意愿仍需进一步提振，政策效果释放需要时间。",
    "　　稳定就业和收入预期是扩大消费的根本，各地应在优化消费环境、丰富消费场景上持续用力，以更多耐心培育新的消费增长点。",
    "　　从长远看，提振消费既要靠短期刺激，更要靠改革完善收入分配制度，健全社会保障体系，让居民敢消费、愿消费、能消费。",
    "张佳\n\n（作者为资深财经评论员）"]


def test_a_commentary_signed_over_its_writers_note_after_a_signed_story_is_its_own(tmp_path):
    text = "县域医疗服务能力持续提升\n\n本报记者 王明 李华 北京报道\n\n" + "\n\n".join(
        columned(p) if p.startswith("　") else p for p in STORY_THEN_COMMENTARY) + "\n"
    items = items_of(tmp_path, text)
    assert [(i.title, list(i.authors)) for i in items] == [("县域医疗服务能力持续提升", ["王明", "李华"]),
                                                           ("消费回暖需要更多耐心", ["张佳"])]


COMMENTATOR_SET_APART = """冷链物流网络覆盖全市乡镇

本报记者 林晓梅

今年以来，我市加快建设城乡冷链物流网络，新建冷库十二座，
生鲜农产品损耗明显下降，农户的果蔬当天就能送进城区超市。

本报评论员

冷链通了，田间到餐桌的路就短了。让更多乡镇用上冷库，
既是民生实事，也是乡村振兴的一步实招。
"""


def test_a_commentator_set_apart_from_both_texts_signs_the_one_below(tmp_path):
    items = items_of(tmp_path, COMMENTATOR_SET_APART)
    assert [(i.kind, i.title) for i in items] == [("article", "冷链物流网络覆盖全市乡镇"), ("commentary", "")]


JUMPED_TITLE = """江西落实重点产业链现代化建设

（上接第一版）

数据显示，去年全省以太阳能电池、锂电池为代表的
“新三样”出口保持强劲增长，全年出口额增长七成。

深化改革激发创新活力

■通讯员 付涛梅 本报记者 许蕾光

6月21日，重庆赴广安考察党政代表团在广安考察，
双方围绕共建合作平台深入交流，达成多项共识。

　　代表团成员说，将学习江西落实重点产业链现代化
建设的做法，推进产业链现代化建设，共建产业园区。
"""


def test_a_title_printed_over_a_continuation_marker_is_its_own(tmp_path):
    items = items_of(tmp_path, JUMPED_TITLE)
    assert [(i.kind, i.title) for i in items] == [("continuation", "江西落实重点产业链现代化建设"),
                                                  ("article", "深化改革激发创新活力")]


TITLE_AFTER_TEXT_OVER_A_BRIEF = """通讯员 田超波 魏丽波

近日，八个市政府相关负责人在成都出席发布会，介绍协同
创新推进一体化发展的最新情况，八市将共建共享创新平台。

协同创新开新局
八市齐力谱新篇

乡镇开展消防演练

本报讯（记者 韦志洋）近日，一个乡镇开展消防演练，
提高群众应急处置能力。
"""


def test_the_upper_of_two_titles_over_a_text_may_title_the_untitled_text_above(tmp_path):
    items = items_of(tmp_path, TITLE_AFTER_TEXT_OVER_A_BRIEF)
    assert [squeeze(i.title) for i in items] == ["协同创新开新局八市齐力谱新篇", "乡镇开展消防演练"]


PAGE_LED_BY_AN_UNTITLED_STORY = """通讯员 田超波 魏丽波

近日，八个市政府相关负责人在成都出席发布会，介绍
各市推进一体化发展的最新情况，将共建共享创新平台。

　　发布会上，各市负责人表示，将在交通、医疗、教育
等领域加强合作，让群众办事更加方便。

协同创新开新局
八市齐力谱新篇

{kicker}乡镇开展消防演练

本报讯（记者 韦志洋）近日，一个乡镇开展演练，
提高群众应急处置能力。
"""


@pytest.mark.parametrize("kicker", ["", "冬季防火\n"])
def test_a_title_under_the_story_leading_the_page_is_its_own_on_few_shared_words(tmp_path, kicker):
    """The page's first text, printed with no headline over it, takes the upper of the titles under it
    though it shares one word (创新) with it; the brief keeps its own title and kicker."""
    items = items_of(tmp_path, PAGE_LED_BY_AN_UNTITLED_STORY.format(kicker=kicker))
    assert [(squeeze(i.kicker), squeeze(i.title)) for i in items] == [
        ("", "协同创新开新局八市齐力谱新篇"), (kicker.strip(), "乡镇开展消防演练")]


EVERY_TITLE_AFTER_ITS_TEXT = """本报记者 田超波 魏丽波

近日，八个市政府相关负责人在成都出席发布会，介绍
各市推进一体化发展的最新情况，将共建共享创新平台。

　　发布会上，各市负责人表示，将在交通、医疗、教育
等领域加强合作，让群众办事更加方便。

协同创新开新局 八市齐力谱新篇

入夏以来，多个街道开设夜间集市，设置小吃、文创等
摊位，吸引不少市民前来消夏。（本报记者 程丽霞）

夜间集市点亮城市烟火气

乡村游持续升温

5月17日，一个镇的枇杷节开幕，众多游客前来采摘。
本报记者 贺斌 摄
"""


def test_a_brief_titled_after_its_text_leaves_the_headline_over_it_to_the_page_lead(tmp_path):
    """The page's first story has no headline over it and the brief under it has its title printed
    after its text, over the picture's: the headline between them is the story's, printed after it."""
    items = items_of(tmp_path, EVERY_TITLE_AFTER_ITS_TEXT)
    assert [(i.kind, squeeze(i.title)) for i in items] == [
        ("article", "协同创新开新局八市齐力谱新篇"), ("brief", "夜间集市点亮城市烟火气"), ("photo", "乡村游持续升温")]


TITLE_AND_DECK_AFTER_THE_TEXT = """本报记者 田超波

近日，一个县召开乡村振兴推进会，介绍今年以来各乡镇
发展特色产业、完善基础设施的最新进展，部署下一步工作。
会上，各乡镇负责人表示，将继续壮大特色种养业，带动
更多农户增收致富，让乡村面貌持续改善。
今年以来，该县新建产业道路八十余公里，改造农田水利
设施一百多处，新增农产品加工企业十二家。
茶园飘香富农家
山乡振兴开新篇
县里特色产业越做越强，乡村面貌持续改善

乡村游持续升温
5月17日，一个镇的枇杷节开幕，众多游客前来采摘。
本报记者 贺斌 摄
"""


def test_a_title_and_deck_after_an_untitled_text_are_its_title_not_a_box(tmp_path):
    """Two short lines and a deck under an untitled text ending a sentence, a picture's title and caption
    under them: none holds a figure or a row's mark, so they are the story's title stack printed after
    its text, not a label over rows, and the line over the caption titles the picture."""
    items = items_of(tmp_path, TITLE_AND_DECK_AFTER_THE_TEXT)
    assert [(i.kind, squeeze(i.title), i.subtitle) for i in items] == [
        ("article", "茶园飘香富农家山乡振兴开新篇", "县里特色产业越做越强，乡村面貌持续改善"), ("photo", "乡村游持续升温", "")]


SIGNED_BRIEF_UNDER_A_HEADING = """乡村振兴推进会召开

本报记者 田超波

　　近日，一个县召开乡村振兴推进会，介绍今年以来各

乡镇发展特色产业、完善基础设施的最新进展。

壮大特色产业 带动农户增收

　　会上，各乡镇负责人表示，将继续壮大特色种养业，

带动更多农户增收致富，让乡村面貌持续改善，全县

农村居民人均可支配收入稳步增长。

完善基础设施 改善乡村面貌

　　今年以来，该县新建产业道路八十余公里，改造农田

水利设施一百多处，新增农产品加工企业十二家，村集

体经济不断壮大，乡村治理水平持续提升。

山村通上公交 出行更加方便

　　近日，一条连接县城和五个山村的公交线路开通运

营，每天往返六个班次，票价两元，沿线三千多名村民

出行更加方便，山里的土特产也能更快运进县城。（记者 方明远）
"""


def test_a_signed_brief_cut_off_under_a_heading_is_titled_by_it(tmp_path):
    """A story signed above its text, its sections headed by two phrases, closed by a brief under a
    heading set like them and signed in brackets: the brief cut off there is headed by that line."""
    items = items_of(tmp_path, SIGNED_BRIEF_UNDER_A_HEADING)
    assert [(i.kind, i.title) for i in items] == [("article", "乡村振兴推进会召开"), ("brief", "山村通上公交 出行更加方便")]


LABEL_UNDER_A_TITLE_AFTER_ITS_TEXT = """本报记者 田超波

　　近日，一个县召开乡村振兴推进会，介绍今年以来各

乡镇发展特色产业、完善基础设施的最新进展，部署下

一步工作。会上，各乡镇负责人表示，将继续壮大特色

种养业，带动更多农户增收致富，让乡村面貌持续改善。

　　今年以来，该县新建产业道路八十余公里，改造农田

水利设施一百多处，新增农产品加工企业十二家。

产业兴旺 乡村振兴

身边事

●社区开设暑期托管班

　　近日，一个社区开设暑期托管班，志愿者每天陪孩子

们读书写字，家长们纷纷点赞。（记者 方明远）
"""


def test_a_label_over_bulleted_briefs_is_no_line_of_the_title_printed_above_it(tmp_path):
    """Under a text's title printed after it, a short line over a bulleted brief's title labels the
    briefs column starting there: furniture, not the end of the title above."""
    items = items_of(tmp_path, LABEL_UNDER_A_TITLE_AFTER_ITS_TEXT)
    assert [(i.kind, i.title) for i in items] == [("article", "产业兴旺 乡村振兴"), ("brief", "社区开设暑期托管班")]


def test_titles_sharing_nothing_with_the_story_leading_the_page_stay_over_their_text(tmp_path):
    text = PAGE_LED_BY_AN_UNTITLED_STORY.format(kicker="").replace("协同创新开新局\n八市齐力谱新篇", "冬日暖阳\n照进乡村")
    items = items_of(tmp_path, text)
    assert len(items) == 2 and items[0].title == "" and squeeze(items[1].title).endswith("乡镇开展消防演练")


@pytest.mark.parametrize("end, authors", [("（齐鲁石化 郑刚晶 孔静）", ["郑刚晶", "孔静"]), ("（燕山石化 程雯远）", ["程雯远"]),
                                          ("（某某钢铁 贺勇鸣）", ["贺勇鸣"]), ("（某某特钢 李明）", ["李明"]),
                                          ("（某某光伏电站 张力）", ["张力"]), ("（某某镇 王丽）", ["王丽"]),
                                          ("（某某街道 王丽）", ["王丽"]), ("（科教新城 王丽）", ["王丽"]),
                                          ("（某某矿区 王丽）", ["王丽"]), ("（某某乡 王丽）", ["王丽"])])
def test_the_company_before_the_writers_in_a_closing_credit_names_no_one(tmp_path, end, authors):
    items = items_of(tmp_path, SIGNED_TEXT.format(top="", end=end))
    assert [list(i.authors) for i in items] == [authors]


@pytest.mark.parametrize("end, authors", [("（临沂 程雯远 报道）", ["程雯远"]), ("（某某镇 程雯远 孔静 报道）", ["程雯远", "孔静"]),
                                          ("（ 营 山 孔宁）", ["孔宁"]), ("（长阳 贺勇鸣）", ["贺勇鸣"])])
def test_the_county_a_closing_credit_is_sent_from_names_no_one(tmp_path, end, authors):
    """The report's 报道 after the names, the county spaced out glyph by glyph on a justified line, or an
    autonomous county called short of its peoples (长阳 of 长阳土家族自治县): the place is no writer."""
    items = items_of(tmp_path, SIGNED_TEXT.format(top="", end="").replace("用得久。\n", f"用得久。{end}\n"))
    assert [list(i.authors) for i in items] == [authors]


@pytest.mark.parametrize("top, end, authors", [("本报讯（记者 张明 通讯员 粤法宣）", "", ["张明"]),
                                               ("记者 张明 通讯员 深公宣 李华", "", ["张明", "李华"]),
                                               ("", "（佛司宣）", []), ("", "（王法宣）", ["王法宣"]),
                                               ("", "（江阴宣 李华）", ["李华"]), ("", "（滨湖宣 孟雪）", ["孟雪"]),
                                               ("", "（梁溪宣 顾林）", ["顾林"])])
def test_a_publicity_office_signing_as_correspondent_names_no_one(tmp_path, top, end, authors):
    """粤法宣, 深公宣: a province's or city's glyph, the body's and 宣, the office sending the story; one opening
    with a surname may be a name. 江阴宣, 滨湖宣: a county's or district's office, its name (the gazetteer knows
    it) and 宣, the writer after it (宣 no glyph of his name)."""
    text = SIGNED_TEXT.format(top=top, end="").replace("用得久。\n", f"用得久。{end}\n")
    items = items_of(tmp_path, text)
    assert [list(i.authors) for i in items] == [authors]
    assert not end or squeeze(items[0].blocks[-1].text) == squeeze(end)


@pytest.mark.parametrize("dateline, authors", [("本报讯（西来镇 孔平）", ["孔平"]), ("本报讯（某某街道 田思 王丽）", ["田思", "王丽"]),
                                               ("本报5月6日讯（某某镇 王丽）", ["王丽"])])
def test_the_township_in_a_datelines_brackets_names_no_one(tmp_path, dateline, authors):
    """本报讯（西来镇 X）: a county paper's brief sent from a township names the place before its writer."""
    text = SIGNED_TEXT.format(top="", end="").replace("近日，记者从", f"{dateline}近日，记者从")
    items = items_of(tmp_path, text)
    assert [list(i.authors) for i in items] == [authors]


def test_a_closing_credit_broken_inside_its_outlet_over_a_letter_spaced_role_names_the_reporter(tmp_path):
    """（临江 / 晚报全 媒 体 记 者  X）: the paper broken at the line's end over its role, which a justified line
    spaces out glyph by glyph, is one outlet; 临江 is no writer."""
    text = SIGNED_TEXT.format(top="", end="").replace("用得久。\n", "用得久。（临江\n晚报全 媒 体 记 者  方柏）\n")
    items = items_of(tmp_path, text)
    assert [list(i.authors) for i in items] == [["方柏"]]


@pytest.mark.parametrize("end, authors", [("（某某县\n税务局 陶亮浩）", ["陶亮浩"]), ("（某某市税务局第一税务分局 韦燕）", ["韦燕"]),
                                          ("（某某税务所 郑欣 韩平）", ["郑欣", "韩平"])])
def test_a_tax_office_before_the_writer_in_a_closing_credit_names_no_one(tmp_path, end, authors):
    """The office may be broken at the line's end (（某某县 / 税务局 X）): its two halves are one unit."""
    text = SIGNED_TEXT.format(top="", end="").replace("用得久。\n", f"用得久。{end}\n")
    items = items_of(tmp_path, text)
    assert [list(i.authors) for i in items] == [authors]


@pytest.mark.parametrize("end, authors", [("（某某县融媒体中心 杨丽）", ["杨丽"]), ("（某某市市场监管局 郭秋）", ["郭秋"]),
                                          ("（某某药品检验所 田倩 王进）", ["田倩", "王进"]),
                                          ("（某某区总工会 方柏）", ["方柏"]), ("（某某市妇联 林芳 周航）", ["林芳", "周航"]),
                                          ("（某某市农技推广站 孔丽）", ["孔丽"]), ("（某某县供销社 严明）", ["严明"]),
                                          ("（某某机械厂 贺军 吕青）", ["贺军", "吕青"]),
                                          ("（河西区\n总工会 方柏）", ["方柏"]), ("（某某融媒 杨丽）", ["杨丽"]),
                                          ("（某某县报道组 孟雪）", ["孟雪"]), ("（某某股份 贺军）", ["贺军"]),
                                          ("（某某总场 孔丽）", ["孔丽"]), ("（临江\n石化 郑刚晶 孔静）", ["郑刚晶", "孔静"]),
                                          ("（某某县市场\n监管局 郭秋）", ["郭秋"]), ("（某某县融媒\n体中心 杨丽）", ["杨丽"]),
                                          ("（临江融媒 许杰）", ["许杰"]), ("（某某县报\n道组 范宇）", ["范宇"]), ("（某某市农商银行 秦静）", ["秦静"]),
                                          ("（某某股份\n有限公司 贺军）", ["贺军"])])
def test_a_media_centre_or_office_before_the_writer_in_a_closing_credit_names_no_one(tmp_path, end, authors):
    """A county's media centre (its short form 某某融媒 too, or its reporting group), a local bureau, a listed
    company, a farm, a rural bank or an institute signs so as a company does, broken after its county at the line's end too
    (（河西区 / 总工会 X）: the county's union, no place and two writers), or inside its own name before its
    ending (（临江 / 石化 X Y）: one company, two writers, though 临江 alone is a county the brief may be sent
    from)."""
    text = SIGNED_TEXT.format(top="", end="").replace("用得久。\n", f"用得久。{end}\n")
    items = items_of(tmp_path, text)
    assert [list(i.authors) for i in items] == [authors]


@pytest.mark.parametrize("end, authors", [("（某某县委宣传部 孟雪）", ["孟雪"]), ("（某某县\n委宣传部 孟雪）", ["孟雪"]),
                                          ("（某某区委政法委 顾林 唐玉）", ["顾林", "唐玉"])])
def test_a_party_department_before_the_writer_in_a_closing_credit_names_no_one(tmp_path, end, authors):
    """A county's propaganda department or a district's commission sends a brief to the city paper so (by its
    district's name and 宣 too: see test_a_publicity_office_signing_as_correspondent_names_no_one)."""
    text = SIGNED_TEXT.format(top="", end="").replace("用得久。\n", f"用得久。{end}\n")
    items = items_of(tmp_path, text)
    assert [list(i.authors) for i in items] == [authors]


@pytest.mark.parametrize("end, authors", [("（某某市第一中学 孟雪）", ["孟雪"]), ("（某某县实验小学 顾林）", ["顾林"]),
                                          ("（某某职业技术学校 唐玉 方柏）", ["唐玉", "方柏"]),
                                          ("（某某气象台 林芳）", ["林芳"]), ("（某某水文站 周航）", ["周航"])])
def test_a_school_or_a_station_before_the_writer_in_a_closing_credit_names_no_one(tmp_path, end, authors):
    """A school sends a students' paper its news so, and a weather or gauging station a trade paper."""
    text = SIGNED_TEXT.format(top="", end="").replace("用得久。\n", f"用得久。{end}\n")
    items = items_of(tmp_path, text)
    assert [list(i.authors) for i in items] == [authors]


def test_a_company_and_its_writers_glued_after_the_last_sentence_close_the_text(tmp_path):
    text = SIGNED_TEXT.format(top="", end="").replace("用得久。\n", "用得久。（中原油田 周燕文 罗桂伟）\n")
    items = items_of(tmp_path, text + "\n" + SIGNED_TEXT.format(top="", end="").replace("城乡供水", "农村供水"))
    assert [list(i.authors) for i in items][0] == ["周燕文", "罗桂伟"]
    assert squeeze(items[0].blocks[-1].text) == "（中原油田周燕文罗桂伟）"


@pytest.mark.parametrize("unit", ["■某某海关", "■某某市税务局", "■某某医院"])
def test_a_public_body_over_its_writers_under_the_title_names_no_one(tmp_path, unit):
    items = items_of(tmp_path, SIGNED_TEXT.format(top=f"\n{unit} 胡竹梅\n", end=""))
    assert [(squeeze(i.title), list(i.authors)) for i in items] == [("城乡供水一体化全面提速见实效", ["胡竹梅"])]


def test_rows_of_a_figure_and_what_it_counts_are_a_box_with_the_rest_the_column_cut(tmp_path):
    box = "■一周数字\n\n2.5万件 受理消费投诉\n\n87% 城镇居民参加医保比\n\n例\n\n12天 平均通关时长缩短\n\n"
    items = items_of(tmp_path, box + ARTICLE_ABOVE)
    assert [(i.kind, i.title) for i in items] == [("infobox", "一周数字"), ("article", "城区新增一批共享充电桩")]
    assert [b.kind for b in items[0].blocks if b.kind != "headline"] == ["listitem"] * 4


FORECAST_OVER_A_STORY = """天气早知道

8月13日天气预报

林芝 多云 12～25℃ 紫

外线强

山南 多云 9～23℃ 紫外

线强

昌都 夜间小雨 10～26℃

 紫外线中等

记者 卢倩 通讯员 黎璐娟

近日，城区新建的二十个公共充电站投入使用，市民可

通过手机扫码充电，高峰时段排队时间明显缩短。
"""


def test_a_forecasts_towns_are_rows_and_a_byline_under_them_opens_the_next_story(tmp_path):
    items = items_of(tmp_path, FORECAST_OVER_A_STORY)
    assert [(i.kind, i.title, list(i.authors)) for i in items] == [("infobox", "8月13日天气预报", []),
                                                                   ("article", "", ["卢倩", "黎璐娟"])]


SECTIONS_THEN_LABEL = """临江港口吞吐量创新高

本报记者 陈立

今年以来，临江港口货物吞吐量稳步增长，集装箱航线持续加密，
港口服务能力进一步提升。

航线网络持续加密

港口新开通内贸集装箱航线三条，通达沿海主要港口，
班期更加稳定，企业物流成本明显下降。

智慧码头加快建设

自动化岸桥和无人集卡投入运行，装卸效率提高两成，
夜间作业更加安全有序。

港产联动成效明显

临港产业园新落户企业十二家，港口与园区共享堆场，
货物进出园区更加便捷。

{label}

记者从港口管理部门获悉，近期部分泊位检修，请注意：

◆三号泊位暂停靠泊，复航时间另行通知。

◆港区道路集卡较多，小型车辆注意避让。
"""


@pytest.mark.parametrize("label", ["【出行服务】", "出行提示"])
def test_a_bare_label_after_phrase_headed_sections_heads_a_box(tmp_path, label):
    items = items_of(tmp_path, SECTIONS_THEN_LABEL.format(label=label))
    assert [i.title for i in items] == ["临江港口吞吐量创新高", "出行服务" if "【" in label else label]
    assert [b.text for b in items[0].blocks if b.kind == "heading"] == ["航线网络持续加密", "智慧码头加快建设",
                                                                        "港产联动成效明显"]


def test_a_phrase_after_phrase_headed_sections_is_the_last_section(tmp_path):
    items = items_of(tmp_path, SECTIONS_THEN_LABEL.format(label="泊位检修有序推进"))
    assert [i.title for i in items] == ["临江港口吞吐量创新高"]


def test_one_short_section_among_three_bulleted_ones_stays_in_its_article(tmp_path):
    text = "会议强调，要建成一批数字化车间和智能工厂，推动产业升级，打造数字产业集群发展新质生产力。" * 8
    section = "\n".join(text[i:i + 24] for i in range(0, len(text), 24))
    short = "制度创新、产业创新、科技创新，\n是园区建设以来肩负的使命。"
    text = (HEADLINE_STACK.format(headline="数字经济核心产业增加值比重过半")
            + f"■相向发展 培育新质生产力\n{section}\n■以创新为园区赋能\n{short}\n■相互赋能 共建产业集群\n{section}\n")
    items = items_of(tmp_path, text)
    assert [i.title for i in items] == ["数字经济核心产业增加值比重过半"]
    assert [b.text for b in items[0].blocks if b.kind == "heading"] == [
        "■相向发展 培育新质生产力", "■以创新为园区赋能", "■相互赋能 共建产业集群"]


def test_an_unmarked_label_right_over_a_boxs_title_is_its_kicker(tmp_path):
    # a box of rows alone: its label and its title on adjacent lines, in one type, are still two parts
    text = ("今晚荧屏\n临江卫视\n19:00 新闻联播\n19:35 电视剧：江边人家（3、4）\n21:20 纪录片：古镇往事\n"
            "22:10 综艺：周末大舞台\n")
    items = items_of(tmp_path, text)
    assert [(i.kind, i.kicker, i.title) for i in items] == [("infobox", "今晚荧屏", "临江卫视")]


def test_a_byline_broken_after_a_surname_on_a_page_of_spaced_lines(tmp_path):
    # `…记者 郭光 杜` reads as a byline alone (郭光杜), but the rest below opens with no surname
    body = "六月二十一日，临江市党政代表团赴邻市考察，两市召开推动区域协同发展座谈会。" * 3
    text = ("2024年5月18日 星期六 A08 临江新闻\n\n临江晚报记者 郭光 杜\n\n敏萍 实习生 高海强\n\n"
            + "\n\n".join(body[i:i + 14] for i in range(0, len(body), 14)) + "\n")
    items = items_of(tmp_path, text)
    assert [list(i.authors) for i in items] == [["郭光", "杜敏萍", "高海强"]]


def test_a_columns_name_over_a_title_and_the_writers_bare_name_is_no_part_of_the_title(tmp_path):
    body = "推动成渝地区双城经济圈建设，川渝两地共同唱好新时代西部双城记，携手谱写中国式现代化新篇章。" * 3
    text = ("携手唱好新时代西部“双城记”\n\n" + body + "\n\n理论纵横\n同题共答\n同频共振\n■ 董志玉\n"
            "近日印发的《中共中央国务院关于全面推进美丽中国建设的意见》提出，积极稳妥推进碳达峰碳中和。\n")
    items = items_of(tmp_path, text)
    assert [(i.kind, i.kicker, i.title, list(i.authors)) for i in items][1:] == [
        ("article", "", "同题共答同频共振", ["董志玉"])]


def test_a_bulleted_byline_over_bulleted_sections_and_a_notice_box(tmp_path):
    """A byline bulleted like the sections under it is no list line; a court notice box under a
    label bulleted like those sections is a box of its own; a case number broken before its 号 is one."""
    text = ("以案说法\n\n邻里漏水起纠纷 法官调解化矛盾\n\n■ 本报通讯员 林小燕\n\n■基本案情\n\n"
            "　　楼上住户家中水管破裂，导致楼下\n住户的天花板受损，双方协商未果。\n\n"
            "■调解结果\n\n　　法官组织双方调解，楼上住户赔偿\n维修费用，双方握手言和。\n\n"
            "■法院公告\n\n（2024）某01民初2235号 \n原告某某建设有限公司诉被告某某置\n业有限公司合同纠纷一案，定于4月\n10日上午9时开庭。\n\n"
            "（2024）某02民终5417号 \n上诉人某某贸易有限公司与被上诉人某\n某物流有限公司运输合同纠纷一案，\n定于4月13日上午9时开庭。\n\n"
            "（2024）某0102民初6277\n号 原告某某银行股份有限公司诉被告\n某某科技有限公司借款合同纠纷一案，\n定于4月16日上午9时开庭。\n")
    items = items_of(tmp_path, text)
    assert [(i.title, body_of(i)[:6]) for i in items] == [
        ("邻里漏水起纠纷 法官调解化矛盾", "楼上住户家中"), ("法院公告", "（2024）")]
    assert body_of(items[1]).endswith("号原告某某银行股份有限公司诉被告某某科技有限公司借款合同纠纷一案，定于4月16日上午9时开庭。")


def test_company_notices_open_at_their_code_flush_or_letter_spaced(tmp_path):
    text = ("临江金融报 2024年4月11日 星期四 A10 市场新闻\n\n公司公告速递\n"
            "　　恒瑞达科技（603845）：公司公\n告称，拟与地方政府签署合作协议，在当地\n投资建设智能制造产业园。\n"
            "远航股份（000875）：公司公告称，\n近日收到政府补助资金合计约三千万元，将\n计入当期损益。\n\n"
            "　　■华辰 新 材 （ 6 0 3 0 01）：公司公告称，\n拟使用自有资金不超过二亿元回购公司股份，\n回购股份将用于员工持股计划。\n\n"
            "多家公司披露分红实施公告\n　　本报讯（记者 林小燕）近期，多家上市公\n司披露年度分红实施公告，现金分红总额和\n"
            "分红公司数量均创近年新高，市场人士认为\n这将提升投资者的获得感。\n")
    items = items_of(tmp_path, text)
    assert [(squeeze(i.title), body_of(i)[:5]) for i in items][-4:-1] == [
        ("恒瑞达科技（603845）", "公司公告称"), ("远航股份（000875）", "公司公告称"), ("华辰新材（603001）", "公司公告称")]


def test_a_byline_glued_to_the_last_sentence_and_broken_over_lines_signs_it(tmp_path):
    """Where every line is set apart, a byline glued after the last sentence and broken inside its
    role signs the text above, its names told apart by their gaps, and the title under it heads the next."""
    first = ["城区新增一批共享充电桩", "近日，市交通部门在城区主干", "道、商圈和居民小区周边新增", "一批共享充电桩，覆盖多个街",
             "道，为新能源汽车车主提供便", "利服务，受到市民欢迎。　临江晚报记", "者 林小燕 王明远"]
    second = ["老街坊吃上家门口的暖心饭菜", "春节将至，城东街道首家社区", "食堂在老旧小区开门迎客，为", "附近老人提供实惠可口的饭菜。",
              "（记者 周毅）"]
    text = "\n\n".join(["A08 社会", *first, *second]) + "\n"
    items = items_of(tmp_path, text)
    assert [(i.title, list(i.authors), body_of(i)[:4]) for i in items] == [
        ("城区新增一批共享充电桩", ["林小燕", "王明远"], "近日，市"), ("老街坊吃上家门口的暖心饭菜", ["周毅"], "春节将至")]


def test_a_lead_set_wider_than_the_column_under_its_label_is_no_deck(tmp_path):
    """A wide line under a label over lines as wide is a lead set in its own measure (a development
    page, seed text), not a deck cut off its text."""
    page = Path(__file__).parent / "corpus" / "pages" / "dev" / "nanzhou_weekly_1.txt"
    (tmp_path / "page.txt").write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    items = build_folder(tmp_path)[0].page.items
    assert [i.title for i in items][0] == "江西落实重点产业链现代化建设"
    assert body_of(items[0]).startswith("新年伊始，位于南昌县向塘镇的南昌国际陆港，门吊耸立")


def test_an_author_note_broken_over_lines_or_naming_a_unit_in_brackets_ends_the_text(tmp_path):
    text = ("学思践悟\n\n让营商环境成为最强竞争力\n\n□林小燕 王明远\n\n"
            "　　一流的营商环境是干出来的，也是比出来的。\n对标先进、查找差距、持续改进，方能在区域竞\n"
            "争中赢得主动，为高质量发展积蓄更多动能。（\n作者单位：临江省社会科学院；临江工业大学经\n济学院）\n\n"
            "学思践悟\n\n为乡村振兴汇聚人才力量\n\n□周毅 陈涛\n\n"
            "　　留住人才，既要有事业舞台，也要有\n生活保障。完善基础设施、提升公共服务、\n"
            "优化创业环境，才能让返乡青年扎下根来，\n让“新农人”成为乡村振兴的生力军。（\n"
            "作者单位：临江师范大学经济管理学院；\n中共临江省委党校（临江行政学院））\n")
    items = items_of(tmp_path, text)
    assert [(i.title, body_of(i)[-6:]) for i in items] == [
        ("让营商环境成为最强竞争力", "积蓄更多动能。"[-6:]), ("为乡村振兴汇聚人才力量", "村振兴的生力军。"[-6:])]


@pytest.mark.parametrize("stem, title, starts", [
    ("jiankang_national_2", "山城有名医群众有“医”靠", "福建省浦城县坚持"),  # a lead byline under a title ending in ”
    ("xinwenhua_metro_2", "", "川渝高竹新区位于"),  # a picture's credit closing the caption above
])
def test_only_running_text_is_signed_off_by_a_glued_byline(tmp_path, stem, title, starts):
    """Development pages (seed text) where every line is set apart: the line under a byline or a
    picture credit that closes no running text is no headline."""
    page = Path(__file__).parent / "corpus" / "pages" / "dev" / f"{stem}.txt"
    (tmp_path / "page.txt").write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    items = build_folder(tmp_path)[0].page.items
    assert any(squeeze(i.title) == title and "".join(b.text for b in i.blocks if b.kind in ("paragraph", "caption"))
               .startswith(starts) for i in items)


def test_an_overseas_place_dateline_in_brackets_makes_no_brief(tmp_path):
    # （怡保讯） says where from and credits no one; 本报讯（记者 X） makes a brief
    items = items_of(tmp_path, "◆华小举办开放日\n（怡保讯）一所华小日前举办开放日，向家长介绍校园设施。\n\n"
                               "◆夜市新增摊位\n本报讯（记者 李明）一处夜市日前新增一批摊位，售卖各类小吃。\n")
    assert [i.kind for i in items] == ["article", "brief"]


def test_a_box_label_over_its_rows_makes_an_infobox(tmp_path):
    items = items_of(tmp_path, "【相关名词】\n\n东西部协作　东部地区与西部地区结对，在产业、\n人才、劳务、消费等方面开展合作的一种帮扶机\n"
                               "制。\n陆港　设在内陆地区、具备报关报检和集装箱中\n转功能的物流枢纽。\n")
    assert [(i.kind, i.title) for i in items] == [("infobox", "相关名词")]


def test_a_box_label_over_one_paragraph_heads_an_article(tmp_path):
    # 背景 over a short text is a kicker over an article; over rows it makes a box
    items = items_of(tmp_path, ARTICLE_ABOVE + "背景\n\n城南老街改造\n\n城南老街始建于清代，沿街留有二十余栋老建筑，"
                               "\n此次改造保留原有风貌，同步更新街面铺装和排水管网。\n")
    assert [(i.kind, i.kicker, i.title) for i in items][-1] == ("article", "背景", "城南老街改造")


BOOK_UNDER_ITS_TITLE = ARTICLE_ABOVE + """■新书架

《江河行记》

一部写大河两岸人家的长篇小说。

作者：林晓东

出版社：某某文艺出版社

定价：58.00元

城南:老街改造完成
城南老街改造近日完成，沿街二十余栋老建筑保留原有风貌，街面铺装和排水管网同步更新，吸引不少市民前来游览。
"""


def test_a_writer_over_a_book_notes_rows_is_its_first_row(tmp_path):
    items = items_of(tmp_path, BOOK_UNDER_ITS_TITLE)
    assert [i.title for i in items] == ["城区新增一批共享充电桩", "《江河行记》", "城南:老街改造完成"]
    assert not items[1].authors
    assert [b.text for b in items[1].blocks if b.kind == "listitem"] == [
        "作者：林晓东", "出版社：某某文艺出版社", "定价：58.00元"]


def test_a_book_notes_price_over_a_caption_stays_its_last_row(tmp_path):
    text = BOOK_UNDER_ITS_TITLE.replace("定价：58.00元\n\n城南:老街改造完成\n", "出版时间：2024年5月\n\n定价：58.00元\n\n") \
        .replace("吸引不少市民前来游览。\n", "吸引不少市民前来游览。\n\n本报记者 宋刚宏 摄\n")
    items = items_of(tmp_path, text)
    assert [b.text for b in items[1].blocks if b.kind == "listitem"][-1] == "定价：58.00元"


def test_a_headline_finding_no_body_titles_the_untitled_text_under_it(tmp_path):
    # the title shares its words with the story above, none with its own text: it finds no body,
    # yet it is printed right over that text and its byline, which it heads
    title_elsewhere = ARTICLE_ABOVE + "扫码充电排队时间缩短\n\n本报记者 王林\n\n" \
        "办好民生实事，关键在于把群众的需求清单变成政府的履职清单。从加装电梯到口袋公园，一件件小事连着万家灯火。\n"
    items = items_of(tmp_path, title_elsewhere)
    assert [(i.title, i.authors) for i in items] == [("城区新增一批共享充电桩", ()), ("扫码充电排队时间缩短", ("王林",))]


def test_a_label_bulleted_as_the_headings_above_is_the_last_section_not_a_picture(tmp_path):
    sections = "一起占道经营案的调解\n本报记者 高远\n■基本情况\n某商户长期在人行道上摆摊经营，占用盲道和消防通道，\n" \
        "影响行人通行，周边居民多次反映。\n■调解经过\n社区干部和律师多次上门沟通，讲清占道经营的危害，\n" \
        "商户最终同意搬入农贸市场经营。\n■调解意义\n本案通过调解化解了邻里矛盾。\n\n" + ARTICLE_ABOVE
    items = items_of(tmp_path, sections)
    assert [i.kind for i in items] == ["article", "article"]
    assert [b.text for b in items[0].blocks if b.kind == "heading"][-1] == "■调解意义"


def test_a_byline_left_alone_signs_the_brief_titled_right_over_it(tmp_path):
    # two briefs read across: the first's title and dateline, the second's title, then their texts
    across = "城区新增一批共享充电桩\n\n近日，城区新建的二十个公共充电站投入使用，市民可通过手机扫码充电。（记者 周明）\n\n" \
        "乡镇开展防汛演练\n\n本报讯（记者 王林 通讯员 李杰）\n\n社区开设长者食堂\n\n近日，多个乡镇联合开展防汛演\n\n" \
        "练，提 升 干 部 群 众 应 急 处 置能力。\n\n本报讯（通讯员 田阳）日前，\n\n多个社区长者食堂开业，为老年\n\n人提供平价助餐服务。\n"
    items = items_of(tmp_path, across)
    assert [(i.title, i.authors) for i in items] == [
        ("城区新增一批共享充电桩", ("周明",)), ("乡镇开展防汛演练", ("王林", "李杰")), ("社区开设长者食堂", ("田阳",))]


def test_prices_per_unit_under_a_label_are_a_boxs_rows(tmp_path):
    prices = "■菜价行情\n\n大白菜 1.20元/斤\n土豆 2.35元/公斤\n鲜鸡蛋 5.60元/斤\n\n城区早市人气旺\n\n近日，城区早市人头攒动，新鲜蔬菜摆满摊位。\n"
    items = items_of(tmp_path, NARROW_ARTICLE + prices)
    assert [(i.kind, i.title) for i in items][1:] == [("infobox", "菜价行情"), ("article", "城区早市人气旺")]
    assert [b.text for b in items[1].blocks if b.kind == "listitem"] == [
        "大白菜1.20元/斤", "土豆2.35元/公斤", "鲜鸡蛋5.60元/斤"]


def test_a_column_label_over_circled_headline_rows_titles_their_box(tmp_path):
    rows = "■城事速递\n①城区新增三座口袋公园\n②老旧小区加装电梯提速\n③夜间公交线路延时运营\n\n"
    items = items_of(tmp_path, NARROW_ARTICLE + rows + "社区居民在口袋公园里散步。\n本报记者 李明 摄\n")
    assert [(i.kind, i.title) for i in items][1:] == [("infobox", "城事速递"), ("photo", "")]
    assert [b.kind for b in items[1].blocks] == ["headline", "listitem", "listitem", "listitem"]


COLUMN_PIECE = ("临江论坛\n让城市更有温度\n{signer}\n城市的温度，藏在细节里。一条平整的人行\n"
                "道、一盏明亮的路灯、一张干净的长椅，\n都让市民感受到城市的用心。\n")


@pytest.mark.parametrize("above, signer", [
    ("", "文：李 明"),  # the writer's mark before the name
    ("城区新增一批充电站\n\n", "李 明"),  # a headline printed over the column's name: no title of its piece
])
def test_a_signed_columns_name_is_no_part_of_its_pieces_title(tmp_path, above, signer):
    items = items_of(tmp_path, NARROW_ARTICLE + above + COLUMN_PIECE.format(signer=signer))
    assert [(i.title, i.authors) for i in items][-1] == ("让城市更有温度", ("李明",))


def test_a_pictures_title_under_a_boxs_rows_heads_its_caption(tmp_path):
    rows = ("科研简报\n\n①量子存储时间刷新纪录\n\n②新方法可快速检测土壤重金属\n\n③深海探测器完成万米下潜试验\n\n"
            "实验室里\n\n科研人员在实验室观察样品。 本报记者\n李明 摄\n")
    items = items_of(tmp_path, NARROW_ARTICLE + rows)
    assert [(i.kind, i.title) for i in items][1:] == [("infobox", "科研简报"), ("photo", "实验室里")]


TWO_BRIEFS_READ_ACROSS = """临江日报 2024年5月6日 星期一 第3版

湖畔步道完成提升改造
乡村夜校开出烹饪课
　　近日，城东湖畔步道提升改造完工，新铺
步道三公里，沿线增设座椅和照明。（记者 林舟）
本报讯（通讯员 许岚）日前，一所乡村夜校
开出烹饪课，三十余名村民报名学习。
"""


def test_two_titles_read_across_each_title_the_text_sharing_their_words(tmp_path):
    items = items_of(tmp_path, TWO_BRIEFS_READ_ACROSS)
    assert [(i.title, body_of(i)[:4]) for i in items] == [("湖畔步道完成提升改造", "近日，城"),
                                                         ("乡村夜校开出烹饪课", "日前，一")]


def test_of_two_titles_read_across_the_one_the_text_below_disowns_needs_few_words_of_the_other(tmp_path):
    text = TWO_BRIEFS_READ_ACROSS.replace("乡村夜校开出烹饪课\n", "夜校厨艺课开讲\n", 1)
    assert [i.title for i in items_of(tmp_path, text)] == ["湖畔步道完成提升改造", "夜校厨艺课开讲"]


def test_two_titles_read_across_under_the_title_of_the_text_above_still_title_one_each(tmp_path):
    above = ("本报讯（记者 林舟）近日，城西公园的郁金香花海迎来盛花期，\n吸引市民前来赏花拍照，园方增派人手维持秩序。\n\n"
             "公园郁金香花海迎来盛花期\n\n")
    text = TWO_BRIEFS_READ_ACROSS.replace("第3版\n\n", "第3版\n\n" + above, 1)
    assert [i.title for i in items_of(tmp_path, text)] == ["公园郁金香花海迎来盛花期", "湖畔步道完成提升改造",
                                                           "乡村夜校开出烹饪课"]


COLUMN_SIGNED_AT_ITS_FOOT = """临江日报 2024年5月6日 星期一 第4版

城东湖畔步道完成提升改造
本报记者 许岚
　　近日，城东湖畔步道提升改造完工，新铺步道三公里，
沿线增设座椅和照明，市民晨练散步更加方便。

江城观察

　　一条步道的改造，看似是小事，却关系到千家万户的
日常生活。把群众身边的小事办好，城市才更有温度。

林晓东
"""


def test_a_column_name_over_a_text_signed_at_its_foot_titles_nothing(tmp_path):
    items = items_of(tmp_path, COLUMN_SIGNED_AT_ITS_FOOT)
    assert [(i.kind, i.title, list(i.authors)) for i in items] == [
        ("article", "城东湖畔步道完成提升改造", ["许岚"]), ("commentary", "", ["林晓东"])]


def test_a_column_name_over_a_titled_text_signed_at_its_foot_is_the_columns(tmp_path):
    """江城观察 / its title / its text / 林晓东 under another story's text: the name is the column's, and the
    piece under it a titled article of its own, no section of the story above."""
    text = COLUMN_SIGNED_AT_ITS_FOOT.replace("江城观察\n\n", "江城观察\n\n小事里见民生温度\n\n")
    items = items_of(tmp_path, text)
    assert [(i.kind, i.title, list(i.authors)) for i in items] == [
        ("article", "城东湖畔步道完成提升改造", ["许岚"]), ("article", "小事里见民生温度", ["林晓东"])]


DECK_OVER_TWO_PHRASES = """临江日报 2024年5月6日 星期一 第5版

临江县多措并举改造城东湖畔步道,提升市民休闲健身环境
水岸添新景 晨练有去处

本报记者 许岚 摄影报道

近日，城东湖畔步道提升改造完工，新铺步
道三公里，沿线增设座椅和照明，市民晨练
散步更加方便。
"""


def test_a_line_of_two_phrases_under_a_wider_line_is_the_title_alone(tmp_path):
    items = items_of(tmp_path, DECK_OVER_TWO_PHRASES)
    assert [(i.kicker, i.title) for i in items] == [
        ("临江县多措并举改造城东湖畔步道,提升市民休闲健身环境", "水岸添新景 晨练有去处")]


BYLINE_ENDING_ON_A_ROLE = """临江日报 2024年5月6日 星期一 第6版

城东湖畔步道完成提升改造
本报记者 许岚 实习记者
林舟
近日，城东湖畔步道提升改造完工，新铺步道三公里，
沿线增设座椅和照明，市民晨练散步更加方便。
"""


def test_a_byline_ending_on_a_role_runs_on_to_the_names_under_it(tmp_path):
    items = items_of(tmp_path, BYLINE_ENDING_ON_A_ROLE)
    assert [(i.title, list(i.authors)) for i in items] == [("城东湖畔步道完成提升改造", ["许岚", "林舟"])]


KICKER_OVER_A_BROKEN_TITLE = """临江日报 2024年5月6日 星期一 第7版

市政府新闻办举行“城东湖畔步道提升改造情况通报会”
水岸添新景
晨练散步有了好去处
本报记者 许岚
　　近日，城东湖畔步道提升改造完工，新铺步道三公里，
沿线增设座椅和照明，市民晨练散步更加方便。
"""


def test_a_line_closed_by_its_quote_over_a_broken_title_is_the_kicker(tmp_path):
    items = items_of(tmp_path, KICKER_OVER_A_BROKEN_TITLE)
    assert [(i.kicker, i.title) for i in items] == [
        ("市政府新闻办举行“城东湖畔步道提升改造情况通报会”", "水岸添新景晨练散步有了好去处")]


NAME_OVER_A_MARKED_SECTION = """临江日报 2024年5月6日 星期一 第8版

挪用专项资金的责任如何认定
林晓东
【基本案情】
甲，中共党员，某街道办事处主任。2023年，甲
将一笔专项资金用于街道办公楼修缮。
【分歧意见】
一种意见认为，甲的行为属于违规使用资金。
"""


def test_a_bare_name_over_a_marked_first_section_signs_the_title_above(tmp_path):
    items = items_of(tmp_path, NAME_OVER_A_MARKED_SECTION)
    assert [(i.title, list(i.authors)) for i in items] == [("挪用专项资金的责任如何认定", ["林晓东"])]


def test_numbered_captions_under_a_groups_credit_are_a_photo_group_under_its_banner(tmp_path):
    text = ("\n图 说 江 城\n\n湖畔新景\n\n①市民在湖边步道上散步。\n\n②孩子们在草坪上放风筝。\n\n"
            "③志愿者在湖边捡拾垃圾。\n\n组图/本报记者 王进\n\n江上晨光\n\n清晨，渔船驶过江面。\n\n记者 李明 摄\n")
    items = items_of(tmp_path, text)
    assert [(i.kind, i.title, list(i.photographers)) for i in items] == [
        ("photo", "湖畔新景", ["王进"]), ("photo", "江上晨光", ["李明"])]


def test_news_under_a_boxs_rows_is_the_next_item_titled_after_it(tmp_path):
    spots = ("\n消夏去处\n\n滨江湿地公园 免费 6:00—21:00\n城市植物园 门票20元 8:00—17:30\n"
             "江心岛游船 船票50元 9:00—19:00\n\n　　日前，一个社区举办邻里节，居\n民端出拿手菜一起分享。\n\n"
             "社区举办邻里节\n")
    items = items_of(tmp_path, NARROW_ARTICLE + spots)
    assert [(i.kind, i.title) for i in items][1:] == [("infobox", "消夏去处"), ("article", "社区举办邻里节")]
    assert body_of(items[2]).startswith("日前，一个社区")


def test_prices_with_a_grade_before_the_figure_are_a_boxs_rows(tmp_path):
    prices = "果品行情\n\n红富士苹果 80# 5.60元/公斤\n\n黄元帅苹果 75# 4.80元/公斤\n\n鸭梨 3.20元/公斤\n"
    items = items_of(tmp_path, NARROW_ARTICLE + prices)
    assert [(i.kind, i.title) for i in items][1:] == [("infobox", "果品行情")]
    assert ["".join(b.text.split()) for b in items[1].blocks if b.kind == "listitem"] == [
        "红富士苹果80#5.60元/公斤", "黄元帅苹果75#4.80元/公斤", "鸭梨3.20元/公斤"]


def test_prices_with_a_kind_in_brackets_after_what_they_count_are_a_boxs_rows(tmp_path):
    prices = "菜籽行情\n\n油菜籽（干） 6.20元/公斤\n\n油菜籽（鲜） 3.10元/公斤\n\n菜籽油 15.80元/升\n"
    items = items_of(tmp_path, NARROW_ARTICLE + prices)
    assert [(i.kind, i.title) for i in items][1:] == [("infobox", "菜籽行情")]
    assert ["".join(b.text.split()) for b in items[1].blocks if b.kind == "listitem"] == [
        "油菜籽（干）6.20元/公斤", "油菜籽（鲜）3.10元/公斤", "菜籽油15.80元/升"]


NOTICE = ("2024年9月15日 星期日 04 港口\n\n桥梁检修通告\n\n　　因桥梁检修施工，现将有关事项通告如下：\n\n"
          "　　一、施工路段：滨江大道与临江路交叉口至\n\n东侧\n\n　　二、施工时间：9月16日至2024年10月15日，\n\n"
          "每日8时至17时\n\n三、过往车辆应减速慢行，服从现场指挥\n\n本通告自9月16日起施行。咨询电话：0571-8602\n\n"
          "3456\n\n某某市交通运输局\n\n2024年9月14日\n")


def test_a_notices_points_with_no_stop_are_its_rows_and_its_phone_is_whole(tmp_path):
    """Each point runs on to the next point's number (the first over a line with no stop, the second over
    the next number), the last ends short of its column, and the phone broken inside its digits is one."""
    items = items_of(tmp_path, NOTICE)
    assert [(i.kind, i.title, i.authors) for i in items] == [("infobox", "桥梁检修通告", ())]
    assert [(b.kind, b.text) for b in items[0].blocks][2:] == [
        ("listitem", "一、施工路段：滨江大道与临江路交叉口至东侧"),
        ("listitem", "二、施工时间：9月16日至2024年10月15日，每日8时至17时"),
        ("listitem", "三、过往车辆应减速慢行，服从现场指挥"),
        ("paragraph", "本通告自9月16日起施行。咨询电话：0571-86023456"),
        ("byline", "某某市交通运输局 2024年9月14日")]


def test_a_headline_in_bold_after_plain_section_headings_heads_the_next_story(tmp_path):
    page = ("2024年6月3日 星期一 第3版 城事\n\n冷链物流网络覆盖全市乡镇\n\n本报记者 林晓梅\n\n"
            "今年以来，我市加快建设城乡冷链物流网络，新建冷库十二座，冷链\n配送车辆增加到三百余辆。\n\n"
            "冷库建设提速增效\n\n市商务局负责人介绍，新建冷库全部投入使用，生鲜农产品损耗\n明显下降。\n\n"
            "配送网络延伸到村\n\n冷链配送车辆每天往返乡镇，农户的枇杷、杨梅当天就能送进城\n里的超市。\n\n"
            "夜夜市市开开到到家家门门口口\n\n近日，城东一处夜市开张，新增便民摊位六十个，吸引不少市民前\n来逛吃。\n")
    items = items_of(tmp_path, page)
    assert [(i.title, i.authors) for i in items] == [("冷链物流网络覆盖全市乡镇", ("林晓梅",)), ("夜市开到家门口", ())]


def test_a_closing_credit_whose_outlet_a_stray_space_split_signs_the_brief(tmp_path):
    page = ("2024年5月23日 星期四 04 市场\n\n租赁住房交付\n　　日前，一批保障性租赁住房交付\n"
            "使用，新市民拎包 入 住 。 （ 本 报记者\n 王一鸣）\n")
    [item] = items_of(tmp_path, page)
    assert (item.kind, item.authors) == ("brief", ("王一鸣",))
    assert [b.kind for b in item.blocks] == ["headline", "paragraph", "byline"]


def test_a_short_item_under_the_bracketed_own_dateline_is_a_brief(tmp_path):
    """【本报讯】 is 本报讯 in brackets, as overseas and Macao papers print it: a short item so opened is a brief."""
    text = ("侨社举办免费健康检查\n\n【本报讯】一家侨社日前举办免费健康检查，数百名长者\n受惠，现场还有医生讲解慢性病防治知识。\n")
    items = items_of(tmp_path, text)
    assert [(i.kind, i.title) for i in items] == [("brief", "侨社举办免费健康检查")]


def test_circled_rows_under_a_label_under_a_commentarys_signature_are_a_box(tmp_path):
    # the signature closes the commentary above: the label and rows under it are a box of their own
    piece = ("应急演练不能走过场\n\n　　演练是检验预案的重要手段，必须坚持实战导向，把每一个环节都练到位，\n"
             "真正做到遇险不慌、处置有序，切实守护人民群众生命财产安全。\n\n本报评论员\n\n")
    box = "■安全提示\n\n①暴雨天气尽量减少外出\n②不要在低洼地带停留\n③远离河道和危旧房屋\n\n"
    items = items_of(tmp_path, piece + box + ARTICLE_ABOVE)
    assert [(i.kind, i.title) for i in items][:2] == [("commentary", "应急演练不能走过场"), ("infobox", "安全提示")]


LINE_BESIDE_THE_FOOT = """临江日报 2024年5月6日 星期一 第7版

城东湖畔步道完成提升改造
本报记者 许岚
　　近日，城东湖畔步道提升改造完工，新铺步道三公里，
沿线增设座椅和照明，市民晨练散步更加方便。

新闻热线：0571-86012345
临江发布客户端
"""


def test_a_lone_line_beside_the_page_furniture_is_furniture_not_a_picture(tmp_path):
    (tmp_path / "page.txt").write_text(LINE_BESIDE_THE_FOOT, encoding="utf-8")
    page = build_folder(tmp_path)[0].page
    assert [(i.kind, i.title) for i in page.items] == [("article", "城东湖畔步道完成提升改造")]
    assert "临江发布客户端" in [b.text for b in page.furniture]


TITLE_AFTER_A_BRIEF_OVER_THE_FOOT = """临江日报 2024年5月6日 星期一 第7版

城东湖畔步道完成提升改造
本报记者 许岚
　　近日，城东湖畔步道提升改造完工，新铺步道三公里，
沿线增设座椅和照明，市民晨练散步更加方便。
　　步道沿线还设置了健身区和儿童游乐区，周边居民
纷纷前来体验。据介绍，步道全天开放，夜间照明至
二十二时，管理部门将定期巡查维护设施。
　　今年，全市计划新建和改造绿道一百二十公里，串联
公园、湿地和历史街区，让市民出门就能走进绿色空间。
城东湖畔步道是首批完工的项目之一，后续还将增设
自行车道和驿站，方便骑行爱好者休憩补给。

清晨，市民在城东湖畔新建成的步道上跑步锻炼。
本报记者 许岚 摄

日前，县人社局组织技能培训师资走进乡村，为
返乡青年讲授电商运营和农机维修课程，两百余人参
加培训，合格者可获得相应证书。
（记者 林舟）
职业技能培训进乡村

责编 王静 校对 李明
"""


def test_a_title_printed_after_a_brief_over_the_foot_stays_its_title(tmp_path):
    items = items_of(tmp_path, TITLE_AFTER_A_BRIEF_OVER_THE_FOOT)
    assert [i.title for i in items][-1] == "职业技能培训进乡村"


COLUMN_TITLED_AFTER_ITS_TEXT = """临江日报 2024年5月6日 星期一 第7版

城东湖畔步道完成提升改造
本报记者 许岚
　　近日，城东湖畔步道提升改造完工，新铺步道三公里，
沿线增设座椅和照明，市民晨练散步更加方便。

江城漫笔
文：林舟
　　每天清晨沿湖边步道走上一圈，已经成了不少老人
的习惯。步道修好以后，来散步的年轻人也多了起来，
湖边的早晨比从前热闹了许多。
（作者为退休教师）
湖边的早晨

责编 王静 校对 李明
"""


def test_a_column_label_over_a_piece_titled_after_its_text_is_furniture(tmp_path):
    (tmp_path / "page.txt").write_text(COLUMN_TITLED_AFTER_ITS_TEXT, encoding="utf-8")
    page = build_folder(tmp_path)[0].page
    assert [i.title for i in page.items] == ["城东湖畔步道完成提升改造", "湖边的早晨"]
    assert "江城漫笔" in [b.text for b in page.furniture]


CUT_ROWS_BOXES = """临江日报 2024年6月3日 星期一 第2版

市区新增一批公共停车位
　　本报讯（记者 王晓明）近日，市区新增公共停车位
八百个，缓解了老城区停车难问题。

【今日水情】
清溪河北门站 126.40米
-0.12
清溪河南关站 131.05米
+0.08
白沙江石桥站 98.70米 -
0.25

■天气
今日 小雨 18-23℃ 湿度
70-95%
明日 多云 19-26℃ 湿度
65-90%

编辑：李雪梅
"""


def test_rows_the_column_cut_inside_their_last_figure_are_a_boxs(tmp_path):
    items = items_of(tmp_path, CUT_ROWS_BOXES)
    assert [(i.kind, i.title) for i in items] == [
        ("brief", "市区新增一批公共停车位"), ("infobox", "今日水情"), ("infobox", "天气")]


SUPPLIED_PICTURE_UNDER_A_MACAO_MASTHEAD = """华侨报
MACAU
2024年12月10日 星期二
澳门特别行政区 第12345号 每份澳门币5元

　　【本报讯】近日，一家社区中心举办长者健康讲座，吸引
六十多名居民参加，医生现场讲解慢性病防治知识。

湖畔晨光

南湖公园里，市民在湖边晨练。

（受访者提供）
"""


def test_a_macao_papers_seat_is_furniture_and_an_interviewees_picture_a_photo(tmp_path):
    (tmp_path / "page.txt").write_text(SUPPLIED_PICTURE_UNDER_A_MACAO_MASTHEAD, encoding="utf-8")
    page = build_folder(tmp_path)[0].page
    assert [(i.kind, i.title, list(i.photographers)) for i in page.items][1:] == [("photo", "湖畔晨光", [])]
    assert not page.items[0].title
    assert "澳门特别行政区第12345号每份澳门币5元" in {b.text for b in page.furniture}


HOURS_ROWS = """临江晚报 2024年10月1日 星期二 A05 城事

节日期间公交延时运营
　　本报讯（记者 王晓明）国庆假期，市区多条公交线路
延长运营时间，方便市民夜间出行。

【地铁运营提示】
1号线 6:00-23:00
2号线 6:10-22:30
城郊线 6:20-22:00

编辑：李雪梅
"""


def test_rows_of_what_keeps_hours_and_its_hours_are_a_box(tmp_path):
    items = items_of(tmp_path, HOURS_ROWS)
    assert [(i.kind, i.title) for i in items] == [("brief", "节日期间公交延时运营"), ("infobox", "地铁运营提示")]


# On a page set with a blank line after every line, the rest of each row the column cut stands as
# far under it as the row under the rest or label above it.
SPACED_CUT_ROWS = "\n\n".join("""临江日报 2024年6月3日 星期一 第2版
　　本报讯（记者 王晓明）近日，市区新增公共停车位
八百个，缓解了老城区停车难问题。
■今日水情
清溪河北门站 126.40米 -
0.12
清溪河南关站 131.05米 +
0.08
白沙江石桥站 98.70米
-0.25
白沙江渡口站 101.32米
+0.14""".split("\n")) + "\n"


def test_the_rests_of_rows_cut_on_a_double_spaced_page_stay_in_their_box(tmp_path):
    items = items_of(tmp_path, SPACED_CUT_ROWS)
    assert [(i.kind, i.title) for i in items][-1] == ("infobox", "今日水情")
    assert body_of(items[-1]).endswith("+0.14")


# Two rows a blank line apart, each with the rest the column cut a blank line under it, and nothing
# like a row under them: a box of two rows.
SPACED_TWO_CUT_ROWS = "\n\n".join("""华侨报 2024年12月10日 星期二 第3版
　　（澳门讯）近日，一家社区中心举办长者健康讲座，吸引六十
多名居民参加，医生现场讲解慢性病防治知识。
■天气
今日 晴 19-24℃ 湿度62
-90%
明日 多云 20-25℃ 湿度6
5-95%
编辑：李雪梅""".split("\n")) + "\n"


def test_two_rows_cut_on_a_double_spaced_page_are_a_box(tmp_path):
    items = items_of(tmp_path, SPACED_TWO_CUT_ROWS)
    assert [(i.kind, i.title) for i in items][-1] == ("infobox", "天气")
    assert body_of(items[-1]).endswith("湿度65-95%")


# Rows the column cuts inside a word (`湿` / `度64-95%`, `清和` / `街`), a row under each rest: the box
# runs on to its last row, not into the photo under it.
WORD_CUT_ROWS = "\n\n".join("""华侨报 2024年12月10日 星期二 第3版
　　（澳门讯）近日，一家社区中心举办长者健康讲座，吸引六十
多名居民参加，医生现场讲解慢性病防治知识。
【天气】
今日 多云 20-25℃ 湿
度64-95%
明日 晴 20-25℃ 湿度
62-95%
后日 多云 23-28℃ 湿
度74-95%
市民在海边步道散步。（资料图片）""".split("\n")) + "\n"
BUS_ROWS = """晚报 2024年12月10日 星期二 第3版

出行提示

近期公交线路调整

12路 临时绕行 北京路—正源街

机场专线 临时绕行 新华街—清和
街

102路 暂停运营 宁安大街—贺兰
山路

3路 站点迁移 新华街—清和街

位于城区北部的公交枢纽站，新
线路的首班车正在进站。

（受访者供图）
"""
TRAIN_ROWS = """铁道报 2024年12月27日 星期五 第8版

部分旅客列车调整

K6629次 广州南—长沙南 07
:15开 周末开行
D7794次 武汉—深圳北 18:
45开
D2581次 杭州东—南京南 07
:45开 每日开行

城区新增一批共享充电桩

　　近日，城区新增一批共享充电桩，方便市民为电动车充电。
"""

# The last row cut inside its figure (`26℃—3` / `4℃ 东南风3级`): its rest goes on with the figure, so it
# stays in the box though longer than the rests above it; the photo title under it does not.
DEGREES_CUT_ROWS = "\n\n".join("""晚报 2024年7月27日 星期六 第6版
■椰城天气
海口未来三天天气
7月27日 阵雨转多云 26℃—33
℃ 南风2级
7月28日 多云 24℃—30℃ 东南
风3级
7月29日 多云有雷阵雨 26℃—3
4℃ 东南风3级
守护海滩
海边，救生员在沙滩上巡查。
（受访者供图）""".split("\n")) + "\n"


@pytest.mark.parametrize("page, title, last", [
    (WORD_CUT_ROWS, "天气", "湿度74-95%"), (BUS_ROWS, "近期公交线路调整", "新华街—清和街"),
    (TRAIN_ROWS, "部分旅客列车调整", "每日开行"), (DEGREES_CUT_ROWS, "海口未来三天天气", "东南风3级")])
def test_rows_cut_inside_a_word_stay_in_their_box(tmp_path, page, title, last):
    items = items_of(tmp_path, page)
    box = next(i for i in items if i.kind == "infobox")
    assert box.title == title
    assert body_of(box).endswith(last)


# Rows set solid, some cut and some whole: the last row's rest is no longer than a rest above it and
# stands as close to its row as the rows stand apart, so it stays in the box, not over the caption.
SOLID_WEATHER_ROWS = """气象报 2024年7月2日 星期二 第4版

城市天气预报
哈尔滨 晴转多云 16～27℃ 西
北风3～4级
武汉 晴 24～35℃ 北风1～2
级
昆明 晴 16～24℃ 东南风3级
上海 晴 25～31℃ 北风1～2
级

市民在江边步道散步纳凉。（资料图片）
"""


def test_the_last_rows_rest_as_short_as_those_above_stays_in_the_box(tmp_path):
    box = next(i for i in items_of(tmp_path, SOLID_WEATHER_ROWS) if i.kind == "infobox")
    assert box.title == "城市天气预报"
    assert body_of(box).endswith("北风1～2级")


# Rows a blank line apart, each with its rest under it: a cut row loses a cell to its rest, so the rows
# count one cell more or less and are still one box.
WEATHER_ROWS_CUT_UNEVENLY = """晨报 2024年7月2日 星期二 第4版

■申城天气

高温持续 注意防暑

今天 多云 25℃～31℃ 西风3
级

明天 多云有雷阵雨 25℃～31
℃ 西风3级

后天 多云 27℃～36℃ 西风4
级

新闻热线：021-00000000
"""


def test_rows_cut_with_a_cell_more_or_less_stay_one_box(tmp_path):
    box = next(i for i in items_of(tmp_path, WEATHER_ROWS_CUT_UNEVENLY) if i.kind == "infobox")
    assert box.title == "高温持续 注意防暑"
    assert body_of(box).startswith("今天") and body_of(box).endswith("西风4级")


SHOW_ROWS = ("展讯\n\n本月看展\n\n3月1日起 市美术馆 山水画精品\n展\n3月1日起 市博物馆 青铜器特\n展\n"
             "3月1日起 市纪念馆 革命文物\n展\n3月1日起 市档案馆 运河史料\n展\n\n")


def test_a_listings_label_ending_in_xun_is_no_name(tmp_path):
    """展讯 read as a surname and a given name would sign the text above it."""
    items = items_of(tmp_path, ARTICLE_ABOVE + SHOW_ROWS)
    assert [(i.kind, i.kicker, i.title, i.authors) for i in items] == [
        ("article", "", "城区新增一批共享充电桩", ()), ("infobox", "展讯", "本月看展", ())]


def test_a_title_under_wrapped_rows_over_a_caption_is_the_pictures(tmp_path):
    """The box's label and title over the rows are no rows of it: half the rows still hold a figure
    when the column cuts each row's rest onto a line of its own."""
    items = items_of(tmp_path, ARTICLE_ABOVE + SHOW_ROWS + "古籍修复\n\n修复师在工作台前修补一册古籍。\n\n（图书馆供图）\n")
    assert [(i.kind, i.title) for i in items][-2:] == [("infobox", "本月看展"), ("photo", "古籍修复")]


SECTIONED_STORY = ("城乡公交一体化全面铺开\n\n本报记者 周明远\n\n近日，全市召开城乡公交一体化推进会，部署今年的重点任务。"
                   "会议要求各区县加快线路整合。\n\n线网整合 打通出行微循环\n\n今年以来，全市新开通城乡公交线路十二条，"
                   "撤并重复线路五条。目前线路已覆盖所有行政村。\n\n票价惠民 降低群众出行成本\n\n城乡公交实行一元一票制。"
                   "老年人和学生凭卡免费乘车，每年惠及群众超过百万人次。\n\n")


def test_a_one_sentence_brief_at_the_foot_of_the_page_is_no_section(tmp_path):
    page = SECTIONED_STORY + "社区开设长者食堂\n\n近日，一个社区开设长者食堂，为辖区老人提供平价午餐。\n\n编辑 李华 校对 王明\n"
    assert [(i.title, i.authors) for i in items_of(tmp_path, page)] == [
        ("城乡公交一体化全面铺开", ("周明远",)), ("社区开设长者食堂", ())]


def test_one_sentence_briefs_under_a_story_of_two_phrase_sections_are_items_each(tmp_path):
    # not at the page's foot, and two of them: the story's sections are headed as two phrases, which
    # these one-phrase headings are set unlike, so they head no sections of it
    page = SECTIONED_STORY + "社区开设长者食堂\n\n近日，一个社区开设长者食堂，为辖区老人提供平价午餐。\n\n" \
        "城区新增一批停车位\n\n日前，城区新增停车位三百余个，缓解了老街区停车难。\n\n" \
        "口袋公园建成开放\n\n本报讯（记者 林晓梅）\n\n日前，一座口袋公园建成开放，周边居民多了休闲去处。\n"
    assert [i.title for i in items_of(tmp_path, page)] == [
        "城乡公交一体化全面铺开", "社区开设长者食堂", "城区新增一批停车位", "口袋公园建成开放"]


def test_a_last_section_of_more_than_one_sentence_stays_in_its_story(tmp_path):
    page = SECTIONED_STORY + "候车服务再升级\n\n全市新建候车亭两百座。乘客可通过手机查询车辆到站时间。\n"
    assert [i.title for i in items_of(tmp_path, page)] == ["城乡公交一体化全面铺开"]


@pytest.mark.parametrize("opening", ["12月9日", "近年来"])  # 近年来 opens a story's text as often as a section's
def test_a_one_phrase_headline_over_a_news_text_after_two_phrase_sections_heads_a_story(tmp_path, opening):
    # more than a sentence under it, so no one-sentence brief; but its text opens as a story's does
    # (12月9日，…) under a heading set unlike the story's two-phrase sections
    page = SECTIONED_STORY + f"四部门联合发布就业援助政策\n\n{opening}，市人社局等四部门联合发布就业援助政策。" \
        "政策明确了援助对象和补贴标准。符合条件的人员可在网上申请。\n"
    assert [i.title for i in items_of(tmp_path, page)] == ["城乡公交一体化全面铺开", "四部门联合发布就业援助政策"]


def test_a_one_phrase_crosshead_between_two_phrase_ones_stays_a_section(tmp_path):
    page = SECTIONED_STORY + "候车服务再升级\n\n日前，全市新建候车亭两百座。乘客可通过手机查询车辆到站时间。\n\n" \
        "服务提质 擦亮城乡公交品牌\n\n全市公交车辆全部更换为新能源车。驾驶员每季度参加一次服务培训。\n"
    assert [i.title for i in items_of(tmp_path, page)] == ["城乡公交一体化全面铺开"]


def test_a_question_set_unlike_the_sections_over_a_news_text_heads_a_story(tmp_path):
    # after three sections headed as two phrases, a question over a text opening as a brief's does is a
    # reader's question printed under the story, not an interview's turn
    page = SECTIONED_STORY + "服务提质 擦亮城乡公交品牌\n\n全市公交车辆全部更换为新能源车。驾驶员每季度参加一次服务培训。\n\n" \
        "小区门口的公交站啥时候修？\n\n近日，有读者来电反映，小区门口的公交站雨棚破损已有一个月。\n"
    assert [i.title for i in items_of(tmp_path, page)] == ["城乡公交一体化全面铺开", "小区门口的公交站啥时候修？"]


def test_a_news_brief_under_a_signed_commentary_is_an_item(tmp_path):
    page = ("青年观察\n\n青年的担当在实干\n\n□史海明\n\n青年是城市发展的生力军。面对新的任务，青年要敢于担当，勇于作为。"
            "只有在实干中才能增长才干。\n\n担当不是一句口号。青年要把学到的本领用在岗位上，在一线经受锻炼，"
            "在难题面前迎难而上。\n\n青年夜校秋季班开放报名\n\n近日，青年夜校秋季班开放报名，开设课程五十余门。\n")
    assert [i.title for i in items_of(tmp_path, page)] == ["青年的担当在实干", "青年夜校秋季班开放报名"]


def test_a_displaced_headline_claims_its_text_from_the_byline_set_apart_over_it(tmp_path):
    # the headline printed under its text matches the last paragraph best, but the paragraphs
    # between it and the byline share its words too: the story opens at the byline, not the brief's
    page = ("2024年7月2日 星期二 03 综合\n\n●矿山救护队开展比武\n日前，一场矿山救护技术比武举行，多\n支救护队参赛。\n\n"
            "记者 林晓梅 通讯员 王进\n\n新年伊始，位于城南的内陆港门吊耸立，\n货物进出有序，一派繁忙景象。港区建设\n"
            "加快，开行外贸班列一千余列。\n\n去年以来，全省上下聚焦目标要求，经济\n发展回升向好，质量效益稳步提升。\n\n"
            "日前，省里部署重点产业链现代化建设行\n动计划，加快构建现代化产业体系，推动\n重点产业链做大做强。\n\n"
            "重点产业链现代化建设提速\n")
    items = items_of(tmp_path, page)
    assert [(i.title, list(i.authors), i.lines) for i in items] == [
        ("矿山救护队开展比武", [], (3, 5)), ("重点产业链现代化建设提速", ["林晓梅", "王进"], (7, 20))]


def test_a_list_marked_briefs_title_is_read_without_its_bullet(tmp_path):
    page = ("乡镇传真\n\n·乡村图书流动站送书上门\n\n本报讯（记者 林晓梅 通讯员 王进）\n\n"
            "近日，县图书馆的流动图书车开进山区村，\n为村民送去图书五百余册。\n")
    [item] = items_of(tmp_path, page)
    assert (item.title, list(item.authors)) == ("乡村图书流动站送书上门", ["林晓梅", "王进"])


def test_the_rows_a_notice_announces_make_it_a_box(tmp_path):
    text = ("用工招聘\n辖区多家企业现面向社会招聘一线员\n工，岗位如下：\n机械装配工 20名 月薪4500元起\n"
            "电商客服 8名 月薪3800元起\n叉车司机 5名 持证上岗\n报名时间自7月7日起，请携带身份证\n"
            "到服务中心现场报名。\n某某人力资源服务中心\n2024年7月4日\n")
    items = items_of(tmp_path, text)
    assert (items[0].kind, items[0].title) == ("infobox", "用工招聘")
    assert [b.text for b in items[0].blocks if b.kind == "listitem"] == [
        "机械装配工20名月薪4500元起", "电商客服8名月薪3800元起", "叉车司机5名持证上岗"]


ADVERT_OVER_A_HEADLINE = """临江日报 2024年5月6日 星期一 第3版

本报讯（记者 林舟）近日，城西公园的郁金香花海迎来盛花期，
吸引市民前来赏花拍照，园方增派人手维持秩序。

某某驾校 暑期招生
学车不排队 报名电话：0123-65107151

湖畔步道完成提升改造

本报记者 许岚

近日，城东湖畔步道提升改造完工，新铺步道三公里，
沿线增设座椅和照明，市民晨练散步更加方便。
"""


def test_an_advert_ending_in_its_phone_over_a_headline_is_no_part_of_the_title(tmp_path):
    items = items_of(tmp_path, ADVERT_OVER_A_HEADLINE)
    assert [(i.kicker, i.title) for i in items][-1] == ("", "湖畔步道完成提升改造")
    assert any("报名电话" in b.text for b in build_folder(tmp_path)[0].page.furniture)


BRIEF_AND_PHOTO_DOUBLE_SPACED = """临江日报 2024年5月6日 星期一 第4版

城东湖畔步道完成提升改造

本报记者 许岚

近日，城东湖畔步道提升改造完工，新铺

步道三公里，沿线增设座椅和照明设施，

市民晨练散步更加方便，周边居民纷纷点赞。

社区食堂开门迎客

{second}

近日，一处社区食堂开门迎客，可同时容纳

八十人就餐。（通讯员 林舟）

孩子们在校园苗圃里给花草浇水。本报记者

 许岚 摄
"""


def test_two_titles_a_blank_line_apart_on_a_double_spaced_page_title_one_each(tmp_path):
    """A brief's title and a picture's on a page printed with a blank line after every line: each
    titles the text sharing its words."""
    items = items_of(tmp_path, BRIEF_AND_PHOTO_DOUBLE_SPACED.format(second="苗圃浇水"))
    assert [(i.kind, i.kicker, i.title) for i in items][1:] == [("brief", "", "社区食堂开门迎客"), ("photo", "", "苗圃浇水")]


TITLE_PRINTED_AFTER_A_SECTIONED_TEXT = """临江日报 2024年5月6日 星期一 第4版

本报记者 许岚

近日，城东湖畔步道提升改造完工，新铺步道三公里，沿线增设座椅和照明设施，
市民晨练散步更加方便，周边居民纷纷点赞。

驿站服务 贴心便民

步道沿线还新建了两处驿站，提供饮水、休憩和应急药品等服务，志愿者轮流值守，
为往来市民答疑解难，深受市民欢迎。

夜景灯光 点亮湖畔

入夜后，沿线景观灯次第亮起，湖畔成为市民夜游打卡的新去处，管理部门表示，
下一步将继续完善配套设施，让步道更好服务市民。

城东湖畔步道焕新开放

记者手记

昨天傍晚，记者沿着新步道走了一圈，
遇到不少带着孩子散步的居民。一条
步道的改造看似是小事，却关系到千
家万户的日常生活。
"""


def test_a_heading_closing_an_untitled_text_is_its_title_printed_after_it(tmp_path):
    """A headline with no text under it, closing an untitled text, titles that text."""
    items = items_of(tmp_path, TITLE_PRINTED_AFTER_A_SECTIONED_TEXT)
    assert items[0].title == "城东湖畔步道焕新开放"


CAPTION_OVER_ANOTHER_CAPTION = """临江日报 2024年5月6日 星期一 第4版

城东湖畔步道焕新开放

近日，城东湖畔步道提升改造完工，新铺步道三公里，沿线增设座椅和照明设施，
市民晨练散步更加方便，周边居民纷纷点赞。

步道沿线还新建了两处驿站，提供饮水、休憩和应急药品等服务，深受市民欢迎。

临江日报记者 许岚

湖畔步道上晨练的市民。

城东湿地公园一角

扫一扫 下载临江新闻APP
"""


def test_a_line_under_a_lone_sentence_does_not_title_it(tmp_path):
    """A lone sentence after a signed story may be a picture's caption and the line under it
    another's: only a story of two paragraphs or more takes a closing heading for its title."""
    items = items_of(tmp_path, CAPTION_OVER_ANOTHER_CAPTION)
    assert [i.title for i in items] == ["城东湖畔步道焕新开放", ""]


def set_solid(paragraph: str, width: int = 18) -> str:
    """A paragraph hard-wrapped at `width` characters, no blank line after it."""
    return "\n".join(paragraph[n:n + width] for n in range(0, len(paragraph), width))


def test_a_signed_brief_one_blank_line_below_a_story_set_solid_is_cut_there(tmp_path):
    """A story signed above, its paragraphs set solid, then after the one blank line of its text a
    one-sentence brief its credit in brackets closes, no title over it (`…形势稳定。` / / `日前，城区新增…。（记者 X）`):
    the blank line parts the brief off, however little it says."""
    story = ["　　近日，临江市启动夏季安全生产大检查，组织应急、住建、交通等部门组成十个检查组，深入企业、工地和人员"
             "密集场所开展排查，督促企业落实安全生产主体责任。",
             "　　检查组重点查看了消防设施配备、危化品储存和高温作业防护等情况，对发现的问题当场反馈，限期整改，"
             "并建立整改台账逐项销号。",
             "　　市应急管理局有关负责人表示，下一步将加强督导检查，对整改不力的单位依法严肃处理，确保全市安全"
             "生产形势稳定。"]
    text = ("临江开展夏季安全生产大检查\n本报记者 周明 通讯员 李华\n" + "\n".join(set_solid(p) for p in story)
            + "\n\n" + set_solid("　　日前，城区新增一批共享单车，方便市民短途出行。（记者 王芳）") + "\n")
    items = items_of(tmp_path, text)
    assert [(i.kind, i.title) for i in items] == [("article", "临江开展夏季安全生产大检查"), ("brief", "")]
    assert body_of(items[0]).endswith("形势稳定。") and body_of(items[1]).startswith("日前，城区新增")


UNTITLED_STORY_OVER_A_STACK = """本报记者 田超波

入夏以来，多个街道开设夜间集市，设置小吃、文创等摊位，
吸引不少市民前来消夏。

　　街道负责人表示，将继续丰富摊位种类，延长开放时间，
让市民在家门口感受夏日的热闹。

{stack}

本报讯（记者 韦志洋）近日，一个乡镇开展消防演练，
提高群众应急处置能力。

乡镇开展消防演练
"""


def test_a_title_under_an_untitled_story_goes_up_on_a_trace_of_its_words(tmp_path):
    """街道集市人气旺 shares two words with the story above it and none with the brief under it: the
    story's title printed after it, not the brief's, whose own is printed after its text."""
    items = items_of(tmp_path, UNTITLED_STORY_OVER_A_STACK.format(stack="街道集市人气旺"))
    assert [(i.title, list(i.authors)) for i in items] == [("街道集市人气旺", ["田超波"]), ("乡镇开展消防演练", ["韦志洋"])]


def test_a_dash_subtitle_goes_up_with_its_title_printed_after_its_text(tmp_path):
    items = items_of(tmp_path, UNTITLED_STORY_OVER_A_STACK.format(stack="街道夜间集市延长开放时间\n\n——记者实地探访"))
    assert [(i.title, i.subtitle.lstrip("—")) for i in items] == [("街道夜间集市延长开放时间", "记者实地探访"), ("乡镇开展消防演练", "")]


SECTIONS_SET_ALIKE = """民生实事项目全面推进

本报记者 周航

近日，记者从市民政局获悉，今年全市民生实事项目进展顺利，一批惠民工程陆续建成投用，
群众的获得感、幸福感和安全感不断增强，各项工作均按计划节点有序推进。

老有颐养 社区食堂覆盖全部街道

今年以来，全市新建社区食堂三十家，为老年人提供助餐服务，六十岁以上老人就餐可享受
优惠，部分社区还开通了送餐上门服务，方便行动不便的老人在家用餐。

幼有所护 普惠托育机构持续增加

全市新增普惠托育机构十二家，新增托位一千余个，托育服务价格比市场价低三成左右，
越来越多的双职工家庭把孩子送进家门口的托育机构，入托更方便了。

残有所助 社区康复站点遍布城乡

全市已设立社区康复站点四十个，为残疾人提供康复训练、辅具适配等服务，
让残疾人在家门口就能享受专业康复服务。

日前，县人社局组织技能培训队伍走进乡镇，开展电工、家政、电商等培训课程，
吸引三百余名村民参加。培训合格者可获得相应证书，并享受就业推荐服务。
（本报记者 孔思远）
"""


def test_the_last_of_sections_set_alike_heads_no_brief_signed_under_it(tmp_path):
    # 残有所助 … is set as a label and a phrase like the sections above: the story's last section, and the
    # brief its bracketed credit signs opens under it, not at that heading
    items = items_of(tmp_path, SECTIONS_SET_ALIKE)
    assert [(i.title, list(i.authors)) for i in items] == [("民生实事项目全面推进", ["周航"]), ("", ["孔思远"])]
    assert body_of(items[1]).startswith("日前，县人社局")


SECTIONS_SET_IN = ("城乡供水一体化全面提速见实效\n\n记者 孟雪 通讯员 顾林\n\n"
                   "近日，记者从市水务局获悉，全市城乡供水一体化\n工程已完成投资十二亿元，新建管网四百公里，惠\n"
                   "及农村人口三十万。\n\n水源保障更有力\n\n　　水是民生之本、发展之基。\n\n"
                   "管网延伸到村口\n\n　　今年以来，该市新建和改造农村供水管网二百\n公里，一批偏远村庄首次用上了稳定的自来水，\n"
                   "群众生活条件明显改善。\n\n　　下一步，该市将加快推进水厂提标改造，确保年内\n实现城乡供水同网同质同价。\n")


def test_a_short_heading_over_one_indented_sentence_is_a_section_not_a_picture(tmp_path):
    """A caption is set flush under its picture; a sentence set in by two ems opens a section's paragraph."""
    items = items_of(tmp_path, SECTIONS_SET_IN)
    assert [(i.kind, i.title) for i in items] == [("article", "城乡供水一体化全面提速见实效")]


RESUMED_PAST_A_PICTURE = ("城乡供水一体化全面提速见实效\n本报记者 孟雪\n"
                          "　　近日，记者从市水务局获悉，全市城乡供水一体化\n工程已完成投资十二亿元，新建管网四百公里，惠\n"
                          "及农村人口三十万。\n　　下一步，该市将加快推进水厂提标改造，确保年内\n实现城乡供水同网同质同价。\n\n"
                          "加装电梯\n施工人员在老旧小区加装电梯。本报记\n者 顾林 摄\n\n"
                          "近日，城东一批老旧小区改造项目在各街道集\n中开工。\n老旧小区改造开工\n")


def test_a_title_of_eight_glyphs_printed_under_its_text_claims_it(tmp_path):
    """The text under a picture read on into the story above it; its own title, printed under it, takes it back."""
    items = items_of(tmp_path, RESUMED_PAST_A_PICTURE)
    assert [(i.kind, i.title) for i in items][-1] == ("article", "老旧小区改造开工")


LABELLED_STACK_OVER_A_BYLINE = """2024年10月3日 星期四 第8版 农业周刊

农 业 周 刊
致富经
稻田养鱼添收入
一水两用两丰收
县里推广稻渔综合种养,让农户在同一块田里既种稻又养鱼,亩均增收一千余元
本报记者 周航
近日，记者走进县里的稻渔综合种养基地，看到稻田里禾苗青翠，
鱼儿在稻丛间游动。基地负责人介绍，稻田养鱼不用化肥农药，
稻谷和鲜鱼都卖出了好价钱。
今年全县推广稻渔综合种养两万亩，带动农户增收。
"""


def test_a_label_over_a_title_and_its_deck_signed_below_heads_the_story(tmp_path):
    # four headline lines in a row with a byline and text under them are a story's stack, not a box's
    # label over its rows; the supplement's name printed again under the header line is furniture
    items = items_of(tmp_path, LABELLED_STACK_OVER_A_BYLINE)
    assert [(i.title, list(i.authors)) for i in items] == [("稻田养鱼添收入一水两用两丰收", ["周航"])]
    assert body_of(items[0]).startswith("近日，记者走进")



def test_an_interviews_first_question_and_its_answer_are_turns_however_set():
    # each turn one short line (read as a caption): another speaker answering right under the paper's
    # labelled question makes it the interview's first turn, and the answer is the next
    from dataclasses import replace

    from generator.archive.model import Block, Draft, Span
    from generator.archive.segment import takes_turn

    def block(kind, text, line):
        return Block(kind, text, (Span(line, 0, len(text)),))

    lead = block("paragraph", "新年伊始，记者走进一家老牌纺织企业，车间里一派繁忙景象。", 5)
    question = block("caption", "临江日报：企业这几年转型的重点放在哪里？", 7)
    answer = block("caption", "王明：重点放在智能化改造上，这是根本。", 9)
    item = Draft("article", "page.txt", title="江西制造业稳步转型", blocks=[lead])
    assert takes_turn(item, question.text, answer)
    item.blocks.append(replace(question, kind="paragraph"))
    assert takes_turn(item, answer.text, None)
    # a caption under a text is no turn when no one answers it
    assert not takes_turn(Draft("article", "page.txt", blocks=[lead]), question.text,
                          block("caption", "市民在社区办理业务。", 9))


SIGNED_STORY_OVER_TWO_TITLES = """　　老旧小区改造涉及千家万户，既要把钱花在刀刃上，也要把群众的意见听进去。
从加装电梯到修缮管网，每一项工程都关系居民日常生活，开工前多开几次协商会，
施工中多公示几次进度，竣工后多听几回评价，改造才能改到群众心坎上。

　　好的改造不只在于楼体焕然一新，更在于邻里关系更融洽、社区治理更顺畅。
各方多一分耐心，居民就多一分满意，这项民生工程才能真正赢得口碑。
（作者系社区工作者）

{upper}

{lower}
本报讯（记者 韦志洋）近日，一个乡镇开展消防演练，
提高群众应急处置能力。
"""


def test_the_upper_of_two_titles_under_a_signed_untitled_story_is_its_title(tmp_path):
    """The story above is finished (its writer's note closes it) and untitled: of two titles under it,
    sharing no words with either text, the upper is its title printed after it; a column's short name
    over the lower is not."""
    items = items_of(tmp_path, SIGNED_STORY_OVER_TWO_TITLES.format(upper="旧楼换新颜贵在用心", lower="乡镇开展消防演练"))
    assert [i.title for i in items] == ["旧楼换新颜贵在用心", "乡镇开展消防演练"]
    items = items_of(tmp_path, SIGNED_STORY_OVER_TWO_TITLES.format(upper="百姓心声", lower="乡镇开展消防演练"))
    assert items[0].title == ""


COLUMN_PIECE_OVER_TWO_TITLES = """街谈巷议
文：林晓
　　老旧小区改造涉及千家万户，既要把钱花在刀刃上，也要把群众的意见听进去。
从加装电梯到修缮管网，每一项工程都关系居民日常生活，开工前多开几次协商会，
施工中多公示几次进度，竣工后多听几回评价，改造才能改到群众心坎上。
（作者系社区工作者）
旧楼换新颜贵在用心

乡镇开展消防演练
本报讯（记者 韦志洋）近日，一个乡镇开展消防演练，
提高群众应急处置能力。
"""


def test_a_column_piece_takes_the_upper_of_two_titles_printed_after_it(tmp_path):
    """A column's piece headed by the column's name alone and closed by its writer's note: the upper of
    the two titles under it is its own, printed after it, and the column's name goes to the furniture."""
    items = items_of(tmp_path, COLUMN_PIECE_OVER_TWO_TITLES)
    assert [i.title for i in items] == ["旧楼换新颜贵在用心", "乡镇开展消防演练"]


TITLED_ROWS_CUT_IN_THEIR_LAST_CELL = ("【本市天气】\n\n降温明显 出门添衣\n\n今天 小雨转阴 3℃～9℃ 东北\n风4级\n"
                                      "明天 多云 1℃～8℃ 西北\n风3级\n\n")


def test_rows_the_column_cut_inside_their_last_word_are_a_boxs_under_its_title(tmp_path):
    """Two rows of four cells, each cut inside its last word (东北 / 风4级): the rows of a box under its
    label and its title, which is no row of it."""
    items = items_of(tmp_path, TITLED_ROWS_CUT_IN_THEIR_LAST_CELL + ARTICLE_ABOVE)
    assert [(i.kind, i.kicker, i.title) for i in items] == [
        ("infobox", "本市天气", "降温明显 出门添衣"), ("article", "", "城区新增一批共享充电桩")]
    assert body_of(items[0]).endswith("西北风3级")


OUTAGE_NOTICE = ("停电通知\n\n因线路检修，需对下列区域暂停供电，具体\n安排如下：\n\n　　停电时间：6月8日8:00至18:00\n"
                 "停电范围：某某路以东、某某街以北\n区域\n　　恢复供电时间视施工进度可能提前，请\n注意用电安全\n\n"
                 "请相关用户提前做好准备。给您带来的不\n便，敬请谅解。服务热线：0123\n-12345678\n\n某某供电公司\n2024年6月6日\n")


def test_an_outage_notice_under_a_story_is_an_item_of_its_own(tmp_path):
    """停电通知 under the last sentence of a story with sections titles the notice, no section of the story."""
    items = items_of(tmp_path, SECTIONED_STORY + OUTAGE_NOTICE)
    assert [i.title for i in items] == ["城乡公交一体化全面铺开", "停电通知"]


@pytest.mark.parametrize("notice", [
    "本周计划停水\n\n因供水管网改造，城东某某小区将于6月12日8时至18时暂停供水，\n城西某某路沿线将于6月13日9时至17时暂停供水，请居民提前储水。\n",
    "停气通知\n因燃气管道检修，6月12日9时至15时城南某某街道将暂停供气，\n请用户关好灶前阀门，恢复供气后注意安全使用。\n",
    "■停水停电\n\n因线路和管网检修，城北某某小区6月12日8时至12时停水，\n\n城北某某工业园6月13日8时至18时停电，请相关用户提前做好准备。\n"])
def test_an_outage_notice_is_a_box_whether_or_not_its_rows_are_set_apart(tmp_path, notice):
    """本周计划停水 over when and where the supply stops, told in sentences: a box, as 停水通知 over rows is."""
    items = items_of(tmp_path, ARTICLE_ABOVE + notice)
    assert [i.kind for i in items] == ["article", "infobox"]


PHOTO_COLUMN = "城事影像\n江边步道上，市民在晨练。\n（李明 摄）\n\n"


def test_a_photo_columns_name_over_its_picture_is_furniture(tmp_path):
    """城事影像 names the photo column, as 图片新闻 does: the picture has no title."""
    (tmp_path / "page.txt").write_text(ARTICLE_ABOVE + PHOTO_COLUMN, encoding="utf-8")
    page = build_folder(tmp_path)[0].page
    assert [(i.kind, i.title) for i in page.items] == [("article", "城区新增一批共享充电桩"), ("photo", "")]
    assert "城事影像" in [b.text for b in page.furniture]


SPACED_CAPTION_OF_ENUMERATIONS = ("城东新区位于市区东部，目前建成区面积八平方公\n\n里，初步形成以电子信息为主的产业集群，是全市\n\n"
                                  "科技创新示范园区、省级高新技术产业基地、\n\n国家级绿色园区。图为市民在新区展览馆参观。\n\n（资料图片）\n")


def test_a_line_of_a_running_paragraph_ending_in_an_enumeration_comma_runs_on(tmp_path):
    """`…示范园区、…产业基地、` holds no clause mark, but ends mid-sentence inside a paragraph already
    running: the caption goes on to its stop, on a page setting a blank line after every line."""
    items = items_of(tmp_path, "城事影像\n\n" + SPACED_CAPTION_OF_ENUMERATIONS + "\n" + ARTICLE_ABOVE)
    assert [(i.kind, i.blocks[0].text[:6]) for i in items] == [("photo", "城东新区位于"), ("article", "城区新增一批")]


ROWS_WITH_A_LAST_CELL_UNDER_THEM = ("海况\n6月2日浴场海况\n东沙 浪高0.3米 水温27℃\n 不宜游泳\n南湾 浪高1.2米 水温29℃\n 较适宜游泳\n"
                                    "北港 浪高0.4米 水温28\n℃ 适宜潜水\n西湾 浪高0.4米 水温26\n℃ 不宜游泳\n\n")


def test_a_rows_last_cell_set_after_its_gap_on_the_next_line_is_its_rest(tmp_path):
    """` 不宜游泳` under `东沙 浪高0.3米 水温27℃`: the column carried the last cell over with the gap
    before it, a rest of the row (no figure in it), not a headline."""
    items = items_of(tmp_path, ROWS_WITH_A_LAST_CELL_UNDER_THEM + ARTICLE_ABOVE)
    assert [(i.kind, i.kicker, i.title) for i in items] == [
        ("infobox", "海况", "6月2日浴场海况"), ("article", "", "城区新增一批共享充电桩")]


TWO_LINE_BRIEF_UNDER_A_WIDER_CAPTION = ("城东新区位于市区东部的滨江地带与老\n城区隔江相望，目前建成区面积八平方\n"
                                        "公里，初步形成以电子信息为主的产业\n集群，是全市科技创新示范园区、省级\n"
                                        "高新技术产业基地、国家级绿色园区和\n市民休闲游览的好去处。图为市民在新\n"
                                        "区展览馆参观。本报记者 周明 摄\n\n"
                                        "社区长者食堂开门迎客\n一个社区日前开设长者食堂为辖\n区老人提供午餐。（记者 \n王明）\n")


def test_a_full_line_under_a_narrower_title_over_a_sentences_end_is_the_text(tmp_path):
    """`一个社区日前开设长者食堂为辖` holds no clause mark, but it is wider than the title over it and as
    wide as the line under it, which ends the sentence: the brief's first line, no title's second."""
    items = items_of(tmp_path, TWO_LINE_BRIEF_UNDER_A_WIDER_CAPTION)
    assert [(i.kind, i.title, body_of(i)[:4]) for i in items] == [("photo", "", ""), ("brief", "社区长者食堂开门迎客", "一个社区")]


TITLE_PRINTED_AFTER_A_SIGNED_STORY = """2024年5月14日 星期二 第6版 城事

●老城区背街小巷完成改造
近日，老城区十二条背街小巷完成改造，路面平整了，
路灯亮了，居民出行更加方便。

本报记者 周航
日前，全市首批智慧农场在城郊投入使用，农场里的灌溉、
施肥全部由手机控制，农户在家就能照看大棚。
智慧农场负责人介绍，大棚里装有温度和湿度传感器，
数据实时传到手机上，农场用水比过去节约三成。
今年全市还将新建智慧农场二十个，带动更多农户增收。
智慧农场让种地更省心

校对 王敏
"""


def test_a_title_printed_after_a_story_signed_inside_another_opens_it_at_the_byline(tmp_path):
    # the headings closing the text have no text under them: they title the story from its byline down
    items = items_of(tmp_path, TITLE_PRINTED_AFTER_A_SIGNED_STORY)
    assert [(i.title, list(i.authors)) for i in items] == [("老城区背街小巷完成改造", []),
                                                          ("智慧农场让种地更省心", ["周航"])]


STORY_TITLED_OVER_A_PICTURE = """2024年9月12日 星期四 第5版 乡村

本报讯（记者 周航）近日，县里组织农技专家深入田间，
为种植户讲解秋季马铃薯病虫害防治技术，发放技术资料。
专家们还走进合作社的储藏窖，查看马铃薯储存情况，
指导农户做好通风防潮，减少储存损耗。

据了解，今年全县马铃薯种植面积稳定在十万亩，
农技专家将分片包村，全程提供技术服务。

{title}

果农在果园里采摘苹果。
（通讯员 王敏 摄）

校对 李立
"""


@pytest.mark.parametrize("title, story", [("马铃薯窖藏有了好帮手", "马铃薯窖藏有了好帮手"), ("山乡秋来储藏忙", "")])
def test_a_title_over_a_picture_sharing_words_with_the_untitled_story_above_is_its(tmp_path, title, story):
    # the caption shares none of the title's words, the story right above a trace of them: its title
    # printed after it; a picture's title sharing nothing with either stays the picture's
    items = items_of(tmp_path, STORY_TITLED_OVER_A_PICTURE.format(title=title))
    assert [(i.kind, i.title) for i in items] == [("brief", story), ("photo", "" if story else title)]


def test_a_bracketed_label_over_a_title_and_counted_rows_heads_a_box_under_a_headline(tmp_path):
    """【田间提醒】 / 秋收秋种要抓紧 / ①… / ②… / ③…: under a headline printed after the text above, a label
    set in brackets over a title and circled rows counting up is a box's, its rows no section headings."""
    text = ("近日，一个县组织农技人员走进田间地头，为农户讲解秋收秋种技术要点，发放技术资料两千余份，"
            "受到农户欢迎。当地还组建了多支农机服务队，帮助缺少劳力的农户抢收抢种。\n"
            "农技服务进田间\n\n【田间提醒】\n秋收秋种要抓紧\n①玉米成熟后及时收获晾晒\n②小麦播种前做好种子处理\n"
            "③注意防范田间鼠害\n\n果园管护正当时\n　　入秋以来，一个镇的果农忙着给果树施肥、剪枝，"
            "镇农业站派出技术人员上门指导，帮助果农提高管护水平。\n")
    items = items_of(tmp_path, text)
    box = next(i for i in items if i.kind == "infobox")
    assert box.title == "秋收秋种要抓紧"
    assert [b.kind for b in box.blocks if b.kind in ("listitem", "paragraph")] == ["listitem"] * 3
    assert [i.title for i in items][-1] == "果园管护正当时"


def test_two_short_texts_under_their_titles_closed_by_one_credit_are_two_briefs(tmp_path):
    """An unsigned short text, a headline and a short text closed by a credit in brackets: the credit
    closes the second brief only, the headline is its title, not a section heading of the first."""
    text = ("社区食堂开张\n\n近日，一个社区食堂开张营业，每天为辖区老人提供平价午餐，\n\n"
            "还为行动不便的老人送餐上门。\n\n乡村书屋迎来小读者\n\n暑假期间，一个村的乡村书屋迎来不少小读者，\n\n"
            "志愿者每天陪孩子们读书写字。（记者 方明远）\n")
    items = items_of(tmp_path, text)
    assert [(i.title, list(i.authors)) for i in items] == [("社区食堂开张", []), ("乡村书屋迎来小读者", ["方明远"])]



@pytest.mark.parametrize("label", ["社区点滴", "港闻快递", "●新闻快递"])
def test_a_briefs_column_named_with_its_kind_is_a_column_label(label):
    """点滴 and 快递 name a briefs column as 速递 and 快讯 do: the label is furniture, no headline."""
    from generator.archive.classify import vocabulary
    assert vocabulary().furniture["column_label"].search(label)
    assert not vocabulary().furniture["column_label"].search("快递小哥的一天")


def test_two_titles_each_printed_right_under_its_text_go_to_the_text_above_them(tmp_path):
    """`…平价午餐。` / `社区食堂开张` / / `近日在…（X）` / `乡村书屋…` / /: each title hugs the text it ends, a
    blank line under it; read as the next text's title and a displaced one, they change places."""
    text = ("　　近日，一个社区食堂开张营业，为辖区老人\n提供平价午餐。\n社区食堂开张\n\n"
            "　　暑假期间，一个村的乡村书屋迎来不少小\n读者，志愿者每天陪孩子们读书写字，书屋\n"
            "还添置了一批新书，受到村民欢迎。（方明远）\n乡村书屋迎来小读者\n\n"
            "城区新增一批口袋公园\n\n　　近日，城区新建的一批口袋公园陆续开放，\n市民在家门口就能休闲健身。\n")
    items = items_of(tmp_path, text)
    assert [i.title for i in items][:2] == ["社区食堂开张", "乡村书屋迎来小读者"]
    assert body_of(items[0]).startswith("近日") and body_of(items[1]).startswith("暑假")


NOTICE_ROWS = ("停水公告\n\n因供水管道维修施工，我公司将暂停部\n分区域供水，具体安排如下：\n\n"
               "停水时间：6月3日8:00至18:00\n停水范围：城南街道某某路以西及某某小\n区\n\n"
               "请相关用户提前做好储水准备。咨询电\n话：0571-12345678\n\n某某水务有限公司\n2024年6月1日\n")


def test_a_notices_rows_under_its_announcing_sentence_make_it_a_box(tmp_path):
    # two rows a term and a colon each, the first ending on a clock time, the second cut by the column
    items = items_of(tmp_path, ARTICLE_ABOVE + NOTICE_ROWS)
    assert [(i.kind, i.title) for i in items][1:] == [("infobox", "停水公告")]
    assert [b.text for b in items[1].blocks if b.kind == "listitem"] == [
        "停水时间：6月3日8:00至18:00", "停水范围：城南街道某某路以西及某某小区"]


def test_a_box_label_over_its_title_on_the_next_line_is_the_boxs_kicker(tmp_path):
    page = (ARTICLE_ABOVE + "■温馨提示\n充电安全注意事项\n"
            "①充电时请勿在车内长时间停留，充满后及时拔枪。\n②发现充电桩破损请拨打服务电话报修。\n")
    items = items_of(tmp_path, page)
    assert [(i.kind, i.kicker, i.title) for i in items][-1] == ("infobox", "温馨提示", "充电安全注意事项")


def test_a_quoted_kicker_under_a_line_read_into_the_stack_opens_the_headline(tmp_path):
    # a section's name over the kicker, each set apart by a blank line: three parts, of which the
    # middle one is a kicker by its own form, so the one above it is no part of the headline
    text = ("社会\n\n4年9次“串门”\n\n双城经济圈建设\n结出哪些硕果？\n\n"
            "日前，市发展改革委等部门联合印发工作要点，提出今年建成一批数字化车间和智能工厂。\n\n"
            "各区县将结合实际，分批推进智能化改造，年底前完成首批项目验收。\n")
    items = items_of(tmp_path, text)
    assert [(i.kicker, i.title) for i in items] == [("4年9次“串门”", "双城经济圈建设结出哪些硕果？")]


def test_a_closing_credit_broken_inside_it_ends_its_text_over_a_title_printed_after_it(tmp_path):
    """`…学员来自各村。（某` / `某县农业农村局 史亮冬）` / `果树修剪技术培训结业`: the bracket opened after the
    last sentence closes on the line under it, a credit, so the line after that is the brief's title
    printed under its text, no more of its paragraph (a blank line after every line)."""
    text = "\n\n".join(("2024年6月12日 星期三 第3版 农村", "农事天气", "晋中 多云 17℃～28℃ 适时追肥", "浇水",
                        "运城 晴 20℃～31℃ 抢收抢晒", "麦子", "　　日前，一期果树修剪技术培",
                        "训班结业，学员来自各村。（某", "某县农业农村局 史亮冬）", "果树修剪技术培训结业",
                        "本报地址：太原市某某街12号 电话：0351-62218222")) + "\n"
    items = items_of(tmp_path, text)
    assert [(i.kind, i.title, i.authors) for i in items][-1] == ("brief", "果树修剪技术培训结业", ("史亮冬",))
    assert body_of(items[-1]).endswith("学员来自各村。")


def test_a_notices_title_under_a_title_printed_after_its_text_heads_the_notice_alone(tmp_path):
    """深化改革激发创新活力 / 相互赋能发展新质生产力 / 停气通知 under an untitled story: the notice's title
    heads the notice alone, and the lines over it are the story's title printed after its text."""
    body = "".join(f"　　据了解，为提高劳动者就业技能，甘肃紧盯制造业重点领域和现代服务业的需求第{n}次。\n\n" for n in range(3))
    text = ("本报记者 王明\n\n" + body + "深化改革激发创新活力\n\n相互赋能发展新质生产力\n\n停气通知\n\n"
            "因燃气管网改造施工，将对部分区域暂停供气，请用户提前做好准备。\n\n某某燃气服务公司\n\n2024年8月18日\n")
    items = items_of(tmp_path, text)
    assert [squeeze(i.title) for i in items] == ["深化改革激发创新活力相互赋能发展新质生产力", "停气通知"]


def test_an_internal_publication_permit_with_its_province_is_furniture(tmp_path):
    """河北省内部资料性出版物准印证号 1234, 重庆市连续性内部资料准印证: a county paper's permit, its
    province or city before it, with its number after a space or none, is a header line, no headline of
    the untitled text under it."""
    for permit in ("第6245期 今日8版 河北省内部资料性出版物准印证号 1234", "第6245期 今日8版 重庆市连续性内部资料准印证",
                   "湖北省内部资料性出版物准印证号 0000"):
        text = (f"临江日报\n中共临江区委机关报\n2024年12月5日 星期四\n{permit}\n\n记者 胡丽光\n\n"
                "6月21日，推动成渝地区双城经济圈建设\n重庆四川党政联席会议第九次会议在四川\n省广安市召开。\n\n"
                "　　作为川渝两地最高行政级别的联席会议，\n自2020年以来一共举行了9次。\n")
        items = items_of(tmp_path, text)
        assert [(i.title, list(i.authors)) for i in items] == [("", ["胡丽光"])]


def test_a_phone_over_a_notices_issuer_and_date_at_the_foot_is_the_notices(tmp_path):
    """咨询电话：010-… set apart under a notice's rows at the page's foot, over its issuer and a bare date: the
    notice's last row, which the signature closes, no hotline of the paper."""
    text = ("临江日报 2024年10月1日\n第10版 社会保障\n\n甘肃外输内拓稳就业促增收\n\n"
            + "".join(f"据了解，为提高劳动者就业技能，甘肃紧盯制造业重点领域、\n现代服务业的第{n}批需求。\n\n" for n in range(8))
            + "职业技能等级认定公告\n\n根据工作安排，本期职业技能等级认定有关事项公告如下：\n\n"
            "报名时间：10月2日至10月31日\n认定职业：电工、焊工、育婴员\n报名方式：登录某某职业技能鉴定网报名\n\n"
            "咨询电话：010-67839593\n\n某某市职业技能鉴定中心\n2024年9月30日\n")
    items = items_of(tmp_path, text)
    assert [i.title for i in items] == ["甘肃外输内拓稳就业促增收", "职业技能等级认定公告"]
    assert body_of(items[1]).endswith("010-67839593")


LETTER_WITH_REPLY = ("读者来信\n\n楼道里的声控灯该修了\n\n　　我家住在某某小区三号楼，楼道\n里的声控灯坏了快两个月，老人晚上\n"
                     "上下楼只能摸黑，希望物业尽快修好。\n{signature}\n"
                     "编辑回复：记者已联系小区物业，对方\n表示本周内更换全部灯具。\n\n"
                     "夜校报名开始\n\n　　近日，市民夜校秋季班开始报名，\n设有书法、摄影等课程。\n")


@pytest.mark.parametrize("signature", ["\n东湖区读者 林晓川\n", "（东湖区 林晓川）\n"])
def test_a_reply_under_a_readers_signed_letter_ends_the_letter(tmp_path, signature):
    # the reader's signature under the letter or closing it ends the letter's text, the reply labelled
    # 编辑回复 is still the letter's item, and the headline after the reply opens the next item
    items = items_of(tmp_path, LETTER_WITH_REPLY.format(signature=signature))
    assert [(i.title, squeeze("".join(b.text for b in i.blocks if b.kind == "paragraph"))[-6:]) for i in items] == [
        ("楼道里的声控灯该修了", "换全部灯具。"), ("夜校报名开始", "摄影等课程。")]


def test_a_letters_label_under_a_readers_role_names_no_one(tmp_path):
    """家长来信 over the letter, 读者来问 over a question: the label of what follows, no one's name; the
    signature under the letter names its writer."""
    text = LETTER_WITH_REPLY.format(signature="\n东湖区读者 林晓川\n").replace("读者来信\n\n楼道里的声控灯该修了",
                                                                          "楼道里的声控灯该修了\n\n家长来信")
    items = items_of(tmp_path, text)
    assert [(i.title, list(i.authors)) for i in items] == [("楼道里的声控灯该修了", ["林晓川"]), ("夜校报名开始", [])]


@pytest.mark.parametrize("label", ["记者追踪：", "记者回访：", "晚报跟进：", "本报回音：", "帮办结果：", "早报帮办："])
def test_the_papers_follow_up_under_a_readers_signed_letter_ends_the_letter(tmp_path, label):
    # the paper following the letter up (记者追踪：…, 本报回音：…) answers it as an editor's reply does: the
    # letter's item, and the headline after it opens the next item
    text = LETTER_WITH_REPLY.format(signature="\n东湖区读者 林晓川\n").replace("编辑回复：", label) \
        .replace("希望物业尽快修好。", "\n　　希望物业尽快修好灯。")  # two paragraphs: the signature closes the letter
    items = items_of(tmp_path, text)
    assert [(i.title, list(i.authors)) for i in items] == [("楼道里的声控灯该修了", ["林晓川"]), ("夜校报名开始", [])]


EDITORS_NOTE_OVER_STORY = ("　　编者按：老街是城市的记忆。本报今\n起推出“老街新事”系列报道，记录老\n街上的人和事。\n\n"
                           "百年老街迎来新商户\n\n本报记者 郑云帆\n\n"
                           "　　近日，城西老街上新开了十几家小\n店，街坊们说，老街又热闹起来了。\n"
                           "　　据介绍，老街改造后保留了原有的\n石板路和骑楼，吸引了不少年轻人前\n"
                           "来创业，街上的老字号也换了新招牌。\n")


def first_paragraph(item) -> str:
    return squeeze(next(b.text for b in item.blocks if b.kind == "paragraph"))


def test_an_editors_note_over_a_headline_opens_the_story_under_it(tmp_path):
    items = items_of(tmp_path, EDITORS_NOTE_OVER_STORY)
    assert [i.title for i in items] == ["百年老街迎来新商户"]
    assert first_paragraph(items[0]).startswith("编者按：老街是城市的记忆")


def test_an_editors_note_under_a_boxs_rows_is_no_row(tmp_path):
    rows = "本周航班\nCA1234 北京—成都 每日\nMU5678 上海—昆明 每周三班\nCZ3456 广州—西安 每周二班\n\n"
    items = items_of(tmp_path, rows + EDITORS_NOTE_OVER_STORY)
    assert [(i.kind, i.title) for i in items] == [("infobox", "本周航班"), ("article", "百年老街迎来新商户")]
    assert first_paragraph(items[1]).startswith("编者按：")


def test_the_lines_under_a_corrections_label_are_its_text(tmp_path):
    # the correction's first line, cut at the column after a quoted title, reads like a headline
    page = ARTICLE_ABOVE + ("更正\n本报5月6日第3版《城区新增口袋公园》\n一文中，“十二处”应为“二十处”，特此\n更正。\n"
                            "本报编辑部\n")
    items = items_of(tmp_path, page)
    assert [i.title for i in items][1:] == ["更正"]
    assert first_paragraph(items[1]).startswith("本报5月6日第3版")


def test_a_sponsored_pages_banner_and_sponsor_line_are_furniture(tmp_path):
    """税收宣传专版 / 本版由某某区税务局协办 over a page's first story: the banner and the sponsor it names are
    the page's, no kicker or title of the story under them."""
    text = ("第8版 2024年6月11日 星期二\n\n普法宣传专版\n本版由某某区司法局 某某区普法办协办\n\n"
            "社区调解室里的一天\n\n记者 周晓岚\n\n"
            "　　早上八点半，社区调解室的门就开了。\n调解员老陈泡好一壶茶，等着来访的居\n民，一天要接待十来拨人。\n")
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    page = build_folder(tmp_path)[0].page
    assert [(i.kicker, i.title, list(i.authors)) for i in page.items] == [("", "社区调解室里的一天", ["周晓岚"])]
    furniture = squeeze("".join(b.text for b in page.furniture))
    assert "普法宣传专版" in furniture and "本版由某某区司法局某某区普法办协办" in furniture


def test_a_notices_points_open_their_own_rows_where_every_line_is_set_apart(tmp_path):
    """一、…五千元奖励 / 二、…: a notice's point with no term before a colon, which stops with no full stop,
    ends where the line under it opens the next point, on a page with a blank line after every line."""
    notice = ("悬赏通告\n为尽快查明一起盗窃案件，现向社会\n公开征集线索，有关事项通告如下：\n"
              "一、凡提供线索直接破案的，给予五千元奖励\n二、凡协助抓获嫌疑人的，给予一万\n元奖励\n"
              "三、对提供线索的群众严格保密\n某某公安分局\n2024年3月12日\n")
    items = items_of(tmp_path, ARTICLE_ABOVE + notice.replace("\n", "\n\n"))
    assert [(i.kind, i.title) for i in items][1:] == [("infobox", "悬赏通告")]
    rows = [squeeze(b.text) for b in items[1].blocks if b.kind == "listitem"]
    assert [row[:2] for row in rows if row[:2] in ("一、", "二、", "三、")] == ["一、", "二、", "三、"]


def test_a_notice_closing_on_a_spaced_phone_is_signed_by_its_issuer_and_date(tmp_path):
    """查询电话：2833 9425 (a phone set in groups of four, as Macao and Hong Kong print them) ends a notice
    as 0991-64039691 does: the issuer and the bare date under it sign the notice, and the brief below is
    an item of its own."""
    text = ARTICLE_ABOVE + ("公开招标公告\n\n为改善社区休憩设施，现就下列工程进行公\n\n开招标，有关事项公告如下：\n\n"
                            "一、工程名称：某某公园休憩区改善工程\n\n二、截标时间：2024年6月24日下午五时\n\n"
                            "查询电话：2833 9425\n\n某某特别行政区某某局\n\n2024年5月24日\n\n"
                            "近日，一间社区长者中心完成扩建，新\n\n增活动室和康复室。（本报记者 许刚）\n")
    items = items_of(tmp_path, text)
    assert [(i.title, list(i.authors)) for i in items][1:] == [("公开招标公告", []), ("", ["许刚"])]
    assert squeeze(body_of(items[1])).endswith("28339425")


def test_a_reply_label_alone_over_the_reply_keeps_it_with_a_parents_letter(tmp_path):
    """绵阳家长 X signs a parent's letter as 东湖区读者 X signs a reader's, and ■编辑回复 alone on its line
    heads the reply, which is still the letter's item: the headline after it opens the next."""
    text = LETTER_WITH_REPLY.format(signature="\n东湖区家长 林晓川\n").replace("编辑回复：", "■编辑回复\n")
    items = items_of(tmp_path, text)
    assert [(i.title, list(i.authors)) for i in items] == [("楼道里的声控灯该修了", ["林晓川"]), ("夜校报名开始", [])]
    assert [b.text for b in items[0].blocks if b.kind == "heading"] == ["■编辑回复"]


def test_a_weeklys_reporter_signs_like_a_papers(tmp_path):
    """文/红周刊记者 X under a headline: a weekly's name ends in 刊 as a paper's ends in 报, and its reporter
    signs the story, no second line of its title."""
    text = ("协同创新开新局 八市齐力谱新篇\n\n文/红周刊记者 苏松\n\n"
            "　　近日，八个市政府相关负责人出席会议，\n介绍区域协同发展的相关情况并回答记者\n提问，备受市场关注。\n")
    items = items_of(tmp_path, text)
    assert [(i.title, list(i.authors)) for i in items] == [("协同创新开新局 八市齐力谱新篇", ["苏松"])]


POEMS_OVER_A_TITLE_RUN_ON = """临江少年报
第3版 校园
2024年9月2日

诗歌小站
露珠
露珠躺在草叶上
像一颗小小的星
太阳出来了
它悄悄回家
罗晓禾

云
云是天空的棉花糖
风一吹
就飘散了
邓一鸣

信箱
开学第一周请同学们检查文具和作业本的封
面，写上班级和姓名，以免交作业时弄混。
"""


def test_a_stack_read_again_under_a_box_loses_and_doubles_no_line(tmp_path):
    # the box of verses takes the first poem; the lines under it are read again from 云, while the last
    # line of the long run (…作业本的封) already went into the text below it
    (tmp_path / "page.txt").write_text(POEMS_OVER_A_TITLE_RUN_ON, encoding="utf-8")
    result = build_folder(tmp_path)[0]
    assert result.coverage.ok, result.coverage.problems
    assert [i.title for i in result.page.items][:2] == ["诗歌小站", "云"]


INDEX_POINTERS_IN_BRACKETS = """临江科技报
2024年3月4日 星期一

【本期导读】
智能手表续航测评（B3版）
家用路由器怎么选（B6版）
老人手机防诈指南（C2版）

县城快递进村全覆盖

本报记者 林秋禾

今年以来，我县推动快递服务向村一级延伸，全县所有
行政村均已设立快递服务点，村民在家门口就能收寄包裹。
"""


def test_pointers_naming_their_pages_in_brackets_under_a_teaser_label_are_furniture(tmp_path):
    items = items_of(tmp_path, INDEX_POINTERS_IN_BRACKETS)
    assert [i.title for i in items] == ["县城快递进村全覆盖"]


WEATHER_UNDER_A_STORY = """临江晨报 2024年7月9日 星期二 A05

城区新增三座口袋公园

近日，城区新增三座口袋公园，

为周边居民提供休闲健身场所，

园内设有步道、座椅和儿童游乐

设施，受到市民欢迎。

■申城天气

今天 晴 26℃～34℃ 北风2

级

明天 多云 23℃～31℃ 西

风4级

临江晨报新闻热线 0571-82522043
"""


def test_lines_that_found_no_body_under_a_bare_label_are_its_rows(tmp_path):
    items = items_of(tmp_path, WEATHER_UNDER_A_STORY)
    assert [i.title for i in items] == ["城区新增三座口袋公园", "申城天气"]
    assert [squeeze(b.text) for b in items[1].blocks if b.kind == "listitem"] == \
        ["今天晴26℃～34℃北风2", "级", "明天多云23℃～31℃西", "风4级"]


SIGNED_BY_TWO_NAMES = """让绿色成为发展底色

　　推进生态文明建设，需要把绿色低碳理念贯穿经济社会发展全过程。
各地应因地制宜，探索可复制、可推广的经验做法，在推动高质量发展的
过程中助力实现“双碳”目标。

许明 江涛

（作者单位：某某省社会科学院）

城区新增三座口袋公园

　　本报讯（记者 高远）近日，城区新增三座口袋公园，为周边居民
提供休闲健身场所，受到市民欢迎。
"""


def test_two_bare_names_under_a_finished_text_sign_it(tmp_path):
    items = items_of(tmp_path, SIGNED_BY_TWO_NAMES)
    assert [i.title for i in items] == ["让绿色成为发展底色", "城区新增三座口袋公园"]
    assert items[0].authors == ("许明", "江涛")


POCKET_PARKS_AND_A_DATELINE = """城区新建一批口袋公园
本报记者 王海
今年以来，城区利用边角空地新建口
袋公园十二处，配套座椅、步道和绿
植，方便市民就近休闲健身。
口袋公园建成后，周边居民纷纷前来
散步健身，不少老人说家门口多了一
处好去处。
本报讯（见习记者 李青）
"""

CLOSED_BY_ITS_TITLE = POCKET_PARKS_AND_A_DATELINE + """守护海滩
海边，救生员在沙滩上巡查。
本报记者 赵明 摄
日前，市区新增两条夜班公交线路，
方便市民夜间出行。夜班公交线路每
二十分钟发一班，末班车凌晨一点从
火车站发出。
公交线路新增夜班车
新闻热线：0898-12345678"""


def test_a_picture_title_over_a_text_closed_by_its_own_title_goes_to_the_picture(tmp_path):
    # 守护海滩 shares no word with the text under it, 公交线路新增夜班车 closing that text shares many
    items = items_of(tmp_path, "\n\n".join(CLOSED_BY_ITS_TITLE.split("\n")) + "\n")
    assert [(i.kind, i.title) for i in items[1:]] == [("photo", "守护海滩"), ("article", "公交线路新增夜班车")]


OPENED_BY_A_LINE_READ_AS_ITS_HEADLINE = POCKET_PARKS_AND_A_DATELINE + """市区新增两条夜班公
海边，救生员在沙滩上巡查。
本报记者 赵明 摄
交线路，方便市民夜间出行。夜班公交
线路每二十分钟发一班，末班车凌晨一
点从火车站发出。
夜班公交线路途经人民医院和老城区
的几个主要商圈，票价与白天相同。
公交线路新增夜班车
新闻热线：0898-12345678"""


@pytest.mark.parametrize("spaced", [False, True])
def test_a_first_line_read_as_the_headline_of_a_text_closed_by_its_title_stays_its_text(tmp_path, spaced):
    # 市区新增两条夜班公 runs on into 交线路，… mid-word: the text's first line, no title the picture may take
    text = "\n\n".join(OPENED_BY_A_LINE_READ_AS_ITS_HEADLINE.split("\n")) + "\n" if spaced else OPENED_BY_A_LINE_READ_AS_ITS_HEADLINE
    items = items_of(tmp_path, text)
    story = next(i for i in items if i.title == "公交线路新增夜班车")
    assert squeeze("".join(b.text for b in story.blocks if b.kind == "paragraph")).startswith("市区新增两条夜班公交线路，")
    assert [i.title for i in items if i.kind == "photo"] == [""]


CONTINUED_UNDER_ITS_TITLE = """A2 城市新闻
2024年10月1日（星期二）

城区老旧小区改造全面铺开
今年将惠及居民两万余户

{marker}

各街道已完成入户调查，施工方案经居民
议事会讨论通过后公示，确保改造项目符
合居民意愿。

市住建局有关负责人表示，改造完成后将
建立长效管理机制，巩固改造成果。

夜市经济点亮城市生活

本报讯（记者 王海）近日，城区三处夜市
同时开市，吸引大批市民前来消费。夜市设
有小吃、文创和非遗展示等摊位。
"""


@pytest.mark.parametrize("marker", ["（接A1）", "◀接A01版", "接A1", "<<接01版", "（上接01）", "（文接1页）"])
def test_a_continuation_marker_on_a_line_of_its_own_opens_the_continued_text(tmp_path, marker):
    # the marker under the story's title again: never joined to the title over it, in brackets or not,
    # behind an arrow or not
    items = items_of(tmp_path, CONTINUED_UNDER_ITS_TITLE.format(marker=marker))
    assert [(i.kind, squeeze(i.title)) for i in items] == [("continuation", "城区老旧小区改造全面铺开今年将惠及居民两万余户"),
                                                           ("brief", "夜市经济点亮城市生活")]


@pytest.mark.parametrize("jump", ["（请转A3）", "▶转A03版", "转03版>>", "（下转03）", "（文转3页）"])
def test_a_jump_line_asking_or_pointing_closes_its_text(tmp_path, jump):
    page = ("城区老旧小区改造全面铺开\n\n今年以来，城区老旧小区改造全面铺开，各街道\n已完成入户调查，施工方案"
            f"经居民议事会讨论。\n\n{jump}\n\n夜市经济点亮城市生活\n\n近日，城区三处夜市同时开市，吸引大批市民\n"
            "前来消费，营业至深夜。\n")
    items = items_of(tmp_path, page)
    assert [i.title for i in items] == ["城区老旧小区改造全面铺开", "夜市经济点亮城市生活"]
    assert [b.kind for b in items[0].blocks][-1] == "jump"


SERVICE_BOX = """城区新增一批共享充电桩

本报讯（记者 王海）近日，城区新建的二十个公共充电站投入使用，市民可通过手机扫码充电，
高峰时段排队时间明显缩短，新能源车主出行更加方便。

便民服务

【停电】明日8:00至17:00，城北某某路
片区停电检修，请用户提前做好准备。
【天气】今天晴，15℃至27℃，早晚
温差较大，注意添衣。
【地铁】2号线末班车延长至23:30，
请乘客合理安排出行。

夜市经济点亮城市生活

本报讯（记者 李青）近日，城区三处夜市同时开市，吸引大批市民前来消费。
"""


def test_sentences_filed_under_short_bracketed_labels_are_a_boxs_rows(tmp_path):
    # 【停电】明日…, 【天气】今天…: a label of a few characters before a sentence files it, three in a row
    # are a service box's rows under its label, not three items titled 停电, 天气, 地铁
    items = items_of(tmp_path, SERVICE_BOX)
    assert [(i.kind, i.title) for i in items] == [("brief", "城区新增一批共享充电桩"), ("infobox", "便民服务"),
                                                  ("brief", "夜市经济点亮城市生活")]
    assert squeeze("".join(b.text for b in items[1].blocks if b.kind == "listitem")).startswith("【停电】明日")


ROAD_WORKS_NOTICE = """施工公告

因某某路雨污分流改造工程施工需要，为保障施工安全，现对该路段实施交通管制：

一、管制时间：6月3日至2024年7月15日

二、管制路段：某某路全段

三、绕行路线：过往车辆请经某某大道绕行

由此带来的不便，敬请谅解。咨询电话：0851-12345678

某某区交通运输局

2024年6月1日

夜市经济点亮城市生活

近日，城区三处夜市同时开市，吸引大批市民前来消费。
"""


def test_a_line_stating_a_sentence_and_going_on_is_no_title(tmp_path):
    # 由此带来的不便，敬请谅解。咨询电话：…: a full stop inside the line ends a sentence there; the notice
    # goes on to it, its issuer and date sign it, and the next title is not theirs
    items = items_of(tmp_path, ROAD_WORKS_NOTICE)
    assert [i.title for i in items] == ["施工公告", "夜市经济点亮城市生活"]
    assert squeeze("".join(b.text for b in items[0].blocks if b.kind in ("paragraph", "listitem"))).endswith("12345678")


UNSECTIONED_STORY = ("城乡公交一体化全面铺开\n\n近日，全市召开城乡公交一体化推进会，部署今年的重点任务。会议要求各区县加快线路整合，"
                     "今年以来全市新开通城乡公交线路十二条。\n\n城乡公交实行一元一票制，老年人和学生凭卡免费乘车。\n\n")


def test_one_sentence_briefs_under_a_story_are_no_sections(tmp_path):
    """Two one-phrase headings each over one sentence closing a story (the second signed in brackets):
    the briefs set under it, not its last sections, though the story has no sections of its own."""
    page = UNSECTIONED_STORY + ("多家医院开设夜间门诊\n\n近日，多家医院开设夜间门诊，方便上班族就医。\n\n"
                                "全民营养周活动启动\n\n日前，一年一度的全民营养周活动启动，倡导合理膳食。\n\n（赵伟琪）\n")
    assert [(i.title, i.authors) for i in items_of(tmp_path, page)] == [
        ("城乡公交一体化全面铺开", ()), ("多家医院开设夜间门诊", ()), ("全民营养周活动启动", ("赵伟琪",))]


def test_a_story_of_one_sentence_sections_keeps_its_last(tmp_path):
    """A story whose sections say a sentence each ends on one more such section, not on a brief."""
    page = UNSECTIONED_STORY + ("线网整合\n\n今年以来，全市撤并重复线路五条。\n\n票价惠民\n\n城乡公交实行一元一票制。"
                                "老年人凭卡免费乘车。\n\n候车服务再升级\n\n全市新建候车亭两百座。\n")
    assert [i.title for i in items_of(tmp_path, page)] == ["城乡公交一体化全面铺开"]


def test_a_one_sentence_last_section_of_a_sectioned_story_above_another_stays(tmp_path):
    """A story of sections ending on a one-sentence one, another story under it: its last section, no brief."""
    page = ("城乡公交一体化全面铺开\n\n" + "近日，全市召开城乡公交一体化推进会，部署今年的重点任务。会议要求各区县加快线路整合。\n\n"
            "线网整合\n\n今年以来，全市撤并重复线路五条，新开通城乡公交线路十二条。沿线群众出行更方便了。\n\n"
            "票价惠民\n\n城乡公交实行一元一票制，老年人和学生凭卡免费乘车。\n\n"
            "夜市经济点亮城市生活\n\n本报讯（记者 王海）近日，城区三处夜市同时开市，吸引大批市民前来消费。夜市设有小吃、文创和非遗展示等摊位。\n")
    assert [i.title for i in items_of(tmp_path, page)] == ["城乡公交一体化全面铺开", "夜市经济点亮城市生活"]


GLUED_BEHIND_AN_ARROW = """02
民生
责任编辑 叶军 视觉 任英

因地制宜发展新质生产力不断提升区域整体实力 努力为新时代推动西部大开发作出川渝更大贡献
▲接01版深化经济区与行政区适
度分离改革突破，不断提高引领
西部发展、服务全国大局的能力
和贡献度。四是携手健全川渝全
方位合作机制，立足国家所需、
川渝所能，加大合作体制机制创
新力度，强化战略协作和政策协
同，扎实推动区域一体化发展。

夜市经济点亮城市生活
本报讯（记者 王海）近日，城区三
处夜市同时开市，吸引大批市民前
来消费。
"""


def test_a_continuation_marker_glued_to_its_first_line_behind_an_arrow_runs_on(tmp_path):
    # ▲接01版深化经济区… / 度分离改革…: the arrow is the marker's, no title's bullet; the line is the text's first
    items = items_of(tmp_path, GLUED_BEHIND_AN_ARROW)
    assert [i.kind for i in items] == ["continuation", "brief"]
    assert squeeze("".join(b.text for b in items[0].blocks if b.kind == "paragraph")).startswith("深化经济区与行政区适度")


def test_a_wires_dateline_in_brackets_names_the_reporter_inside_them(tmp_path):
    # （中新社北京15日电 记者 X）: the day alone and the reporter inside the brackets; the dateline is no text
    page = ("江西落实重点产业链现代化建设\n\n（中新社北京15日电 记者 顾毅）新年伊始，位于南昌县向塘镇的南昌国际\n"
            "陆港，门吊耸立，货物进出有序，一派繁忙景象。\n")
    [item] = items_of(tmp_path, page)
    assert item.authors == ("顾毅",)
    assert squeeze("".join(b.text for b in item.blocks if b.kind == "paragraph")).startswith("新年伊始")


CAPTION_CREDITED_AT_ITS_END = """松江报
2024年3月4日 星期一

城区新增一批共享充电桩

渝毗邻地区一体化发展方面，把共建

川渝毗邻地区合作功能平台作为重要

内容，审议通过了《关于川渝高竹新

区行政管理事项的决定》，有利于进

一步打破行政壁垒，推进经济区与行

政区适度分离改革，更好助推两地融

合发展。

社区食堂里，老人在用餐。 图｜邹欣

九亭镇开展垃圾分类宣传

日前，九亭镇开展垃圾分类宣

传活动，志愿者入户讲解分类

知识。（岳阳街道 薛鹏竹）

松江报 2024.03.04
印刷：上海某某印务有限公司
"""


def test_a_picture_credit_glued_to_its_caption_ends_it_where_every_line_is_set_apart(tmp_path):
    # …老人在用餐。 图｜X / / 九亭镇开展垃圾分类宣传: the credit ends the caption; the next line is a title
    items = items_of(tmp_path, CAPTION_CREDITED_AT_ITS_END)
    assert [(i.kind, i.title) for i in items][-2:] == [("photo", ""), ("brief", "九亭镇开展垃圾分类宣传")]


def test_a_bare_date_under_a_picture_credit_over_the_footer_is_the_pages(tmp_path):
    # 本报记者 X 摄 / 2024年6月27日 / 扫码关注 …: a picture's credit issues no notice; the date is furniture,
    # never a headline splitting the text above
    page = ("文化艺术报\n2024年6月27日 星期四\n文旅 11\n\n秦腔进校园\n本报记者 石梅涛\n近日，市秦腔剧团走进校园，"
            "为师生送上\n传统剧目，演出持续两个小时。\n主持人：传统戏曲怎样吸引年轻观众？\n史翔春：要让年轻人走进剧场，"
            "先\n要让他们看得懂、听得进。\n\n秦腔演员在后台化妆。\n本报记者 韩燕 摄\n\n2024年6月27日\n扫码关注 文化艺术报\n")
    items = items_of(tmp_path, page)
    assert [i.title for i in items][0] == "秦腔进校园"
    assert "2024年6月27日" not in [i.title for i in items]


SIGNED_COMMENTARY_THEN_BRIEF = """宜城时评

让群众办事少跑腿

本报评论员

　　近日，市政务服务中心推出一批“一件事一次办”事项，群众办事由过去跑多个窗口变为只跑一个窗口，
办事时间大为缩短，这样的改革值得点赞。

　　让群众少跑腿，就要让数据多跑路。各部门要打通信息壁垒，推动更多事项网上办、掌上办、就近办，
把便民的事情办到群众心坎上。

桐城新增一批共享停车位

　　近日，桐城市新增一批共享停车位，缓解老城区停车难。（邓竹晨）
"""


def test_a_short_text_closed_by_its_own_credit_after_a_signed_commentary_is_a_brief(tmp_path):
    # 本报评论员 signs the commentary above its text: the short text under the heading after it, closed by
    # its own bracketed credit, is a brief of its own, as under a story signed above its text
    items = items_of(tmp_path, SIGNED_COMMENTARY_THEN_BRIEF)
    assert [(i.kind, i.title, list(i.authors)) for i in items] == [
        ("commentary", "让群众办事少跑腿", []), ("brief", "桐城新增一批共享停车位", ["邓竹晨"])]


@pytest.mark.parametrize("place", ["耒阳", "衡东", "南明区"])
def test_a_county_before_the_name_in_a_closing_credit_names_no_one(tmp_path, place):
    # （耒阳 秦丽）: the county or city a brief is sent from (耒阳市 printed without its ending), then its writer
    page = (f"雁城快讯\n\n▪社区图书馆延长开放时间\n\n　　近日，市图书馆各社区分馆调整开放时间，工作日开放至晚上九点，"
            f"方便上班族借阅。（{place} 秦丽）\n\n▪口袋公园建成开放\n\n　　近日，一批口袋公园建成开放，居民家门口多了休闲去处。（汤敏）\n")
    items = items_of(tmp_path, page)
    assert [(i.title, list(i.authors)) for i in items] == [("社区图书馆延长开放时间", ["秦丽"]), ("口袋公园建成开放", ["汤敏"])]


def test_a_continuation_mark_behind_a_downward_arrow_opens_the_rest_of_a_story(tmp_path):
    # ▼上接第一版 glued to the text: the rest of a story carried on from page one, the mark no part of its text
    page = ("02\n要闻\n衡阳日报 2024年3月11日 星期一\n\n深化改革激发创新活力 相互赋能发展新质生产力\n"
            "▼上接第一版集聚创新资源，搭建服务平台，打通产业堵点，川渝两地在培育新质生产力方面坚持从实际出发，先立后破。\n"
            "　　“考察了川渝高竹新区的几个项目，感觉到川渝两地产业链供应链衔接更紧密。”一位企业负责人说。\n")
    [item] = items_of(tmp_path, page)
    assert item.kind == "continuation"
    assert squeeze("".join(b.text for b in item.blocks if b.kind == "paragraph")).startswith("集聚创新资源")


@pytest.mark.parametrize("mark", ["内部资料 免费交流", "准印证号：某某0000 内部资料 免费交流", "内部资料 湘内资准字0456号 免费赠阅"])
def test_an_internal_papers_circulation_mark_is_furniture(tmp_path, mark):
    # 内部资料 免费交流: how an enterprise's internal paper circulates, a header line, no title of the text
    # under it (whose own title is printed after it)
    page = (f"中国宝武报\n2024年6月30日 星期日\n第1604期 总第5537期\n{mark}\n\n本报通讯员 顾新 报道\n\n"
            "　　6月21日，宝钢股份在上海发布新一代汽车板产品，强度和成形性能同步提升。\n\n宝钢股份发布新一代汽车板\n")
    [item] = items_of(tmp_path, page)
    assert (item.title, list(item.authors)) == ("宝钢股份发布新一代汽车板", ["顾新"])


def test_a_short_text_closed_by_a_roundup_credit_is_a_brief(tmp_path):
    # （综合报道）: a roundup of sources closing the text, naming no one, as （综合新华社、人民网） does
    page = ("澳洲简讯\n\n◎华人社团举办中秋晚会\n\n　　悉尼一个华人社团日前举办中秋晚会，数百名侨胞参加。（综合报道）\n\n"
            "◎中文学校举办朗诵比赛\n\n　　悉尼一所中文学校日前举办朗诵比赛，数十名学生参赛。（王明）\n")
    items = items_of(tmp_path, page)
    assert [(i.kind, i.title, list(i.authors)) for i in items] == [
        ("brief", "华人社团举办中秋晚会", []), ("brief", "中文学校举办朗诵比赛", ["王明"])]


def test_rates_with_bare_decimals_and_figures_with_long_units_are_a_boxs_rows(tmp_path):
    # 澳元兑人民币 4.78: a rate is a bare decimal; 1200亿千瓦时: a figure's unit may run to four characters;
    # either box is rows under its label, never the title of the story after it
    page = ("今日汇率\n澳元兑人民币 4.78\n澳元兑港元 5.16\n澳元兑新西兰元 1.09\n商会组团回国考察\n"
            "　　新州一个华人商会日前组团回国考察，走访多个城市，洽谈合作项目。\n\n"
            "数说电力\n\n320万千瓦\n\n新投产新能源项目\n\n1200亿千瓦时\n\n上半年发电量\n\n5600万千瓦\n\n清洁能源装机容量\n\n"
            "电厂举办技能竞赛\n\n　　近日，某某电厂举办集控值班员技能竞赛，四十名职工参赛。\n")
    items = items_of(tmp_path, page)
    assert [(i.kind, i.title) for i in items] == [
        ("infobox", "今日汇率"), ("article", "商会组团回国考察"), ("infobox", "数说电力"), ("article", "电厂举办技能竞赛")]


@pytest.mark.parametrize("jump", ["（续见A4版）", "【下\n转第2版】", "（续第4版）"])
def test_a_jump_line_in_any_bracket_or_saying_where_the_rest_is_seen_closes_its_part(tmp_path, jump):
    # （续见A4版）: the rest is seen on A4; 【下 / 转第2版】: a jump in lenticular brackets, broken after its first word;
    # （续第4版） glued to the sentence it breaks off: the text goes on on page 4 (alone it heads a continuation)
    page = ("川渝合作再上新台阶\n本报记者 武琪\n　　两地召开联席会议，签署一批合作协议，推动重大项目落地。\n"
            f"　　会议明确，下一步将深化产业协作，共建先进制造业基地。{jump}\n")
    [item] = items_of(tmp_path, page)
    assert [b.kind for b in item.blocks][-1] == "jump"
    assert item.blocks[-2].text.endswith("基地。")


def test_a_numbered_groups_captions_start_at_its_first_picture(tmp_path):
    # ①…: the group's first picture; the one-sentence paragraph over the group's title ends the story above
    page = ("深化川渝产业协作\n\n本报记者 叶明\n\n　　近日，川渝两地共同签署协议，联合建设产业园区，推动制造业协同发展，"
            "首期规划面积十二平方公里，预计年底前具备企业入驻条件。\n\n有关部门负责同志陪同考察。\n\n迎新的第一天\n\n"
            "①志愿者为新生引路。\n\n②新生在宿舍里整理行李。\n\n③家长和新生在校门前留影。\n\n本组图片由通讯员 徐浩 摄\n")
    items = items_of(tmp_path, page)
    assert [(i.kind, i.title) for i in items] == [("article", "深化川渝产业协作"), ("photo", "迎新的第一天")]
    assert squeeze("".join(b.text for b in items[0].blocks if b.kind == "paragraph")).endswith("陪同考察。")
    assert list(items[1].photographers) == ["徐浩"]  # 本组图片由: the group whose pictures, no photographer


@pytest.mark.parametrize("after", ["\n社区开设暑期托管班\n\n本报记者 叶明\n\n　　近日，城东社区开设暑期托管班，"
                                   "为双职工家庭的孩子提供看护和辅导。\n\n　　托管班由社区志愿者和大学生轮流值守。\n",
                                   "\n地址：临江市某某路8号 电话：0123-12345678\n"])
def test_a_numbered_group_untitled_over_its_captions_takes_the_title_under_its_credit(tmp_path, after):
    # no title over ①: the line right under the group's credit is its title, not the next story's kicker,
    # over the next story's headline or the page's foot alike
    page = ("2024年7月10日 星期三\n第5版 民生\n\n①游客在湖边步道散步。\n\n②游船驶过临江大桥。\n\n"
            "③孩子们在滨江公园放风筝。\n\n本组图片由本报记者 徐敏 摄\n\n临江两岸秋意浓\n" + after)
    items = items_of(tmp_path, page)
    assert [(i.kind, i.kicker, i.title) for i in items][:1] == [("photo", "", "临江两岸秋意浓")]
    assert [(i.kicker, i.title) for i in items[1:]] in ([], [("", "社区开设暑期托管班")])


def test_a_title_of_two_lines_set_solid_under_a_groups_credit_stays_the_storys(tmp_path):
    # the group's pictures untitled; the story's two title lines under the credit, no blank line between them
    page = ("2024年7月10日 星期三\n第5版 民生\n\n①游客在湖边步道散步。\n②游船驶过临江大桥。\n"
            "③孩子们在滨江公园放风筝。\n本组图片由本报记者 徐敏 摄\n\n协同创新开新局\n八市齐力谱新篇\n"
            "本报记者 叶明\n　　近日，八个市政府相关负责人出席会议，介绍区域协同发展的相关情况。\n"
            "　　会议明确，下一步将深化产业协作，共建先进制造业基地。\n")
    items = items_of(tmp_path, page)
    assert [(i.kind, i.title) for i in items] == [("photo", ""), ("article", "协同创新开新局八市齐力谱新篇")]


GROUP = "①渔船在港口卸货。\n\n②工人在码头分拣海鲜。\n\n③游客在渔港夜市品尝小吃。\n\n本组图片由本报记者 何文涛 摄\n\n"
STORY = "\n\n本报讯（记者 梁静）近日，全市首批智慧渔港完成改造，渔船进出港实现线上登记，作业效率明显提升。\n"


@pytest.mark.parametrize("stack, kicker, title", [
    ("渔港新貌\n\n4年9次“串门”\n\n双城经济圈建设结出哪些硕果？", "4年9次“串门”", "双城经济圈建设结出哪些硕果？"),
    ("渔港新貌\n\n协同创新开新局\n八市齐力谱新篇", "", "协同创新开新局八市齐力谱新篇"),
    ("渔港新貌\n\n智慧渔港提升作业效率\n\n——全市首批改造完成", "", "智慧渔港提升作业效率"),
])
def test_a_groups_title_printed_under_its_credit(tmp_path, stack, kicker, title):
    # an untitled group prints its title right under the group's credit, over the next story's own stack
    items = items_of(tmp_path, GROUP + stack + STORY)
    assert [(i.kind, i.kicker, i.title) for i in items] == [("photo", "", "渔港新貌"), ("brief", kicker, title)]


def test_a_groups_title_closed_by_a_quote_hugging_its_credit(tmp_path):
    # captions, credit and title set solid, a blank line before the story's couplet: the quoted line is the
    # group's title; set apart from the credit and over the story's title it is that story's kicker (below)
    group = GROUP.replace("\n\n", "\n").rstrip("\n") + "\n渔港里的“老把式”\n\n协同创新开新局\n八市齐力谱新篇"
    items = items_of(tmp_path, group + STORY)
    assert [(i.kind, i.title) for i in items] == [("photo", "渔港里的“老把式”"), ("brief", "协同创新开新局八市齐力谱新篇")]


@pytest.mark.parametrize("line", ["渔港新貌（组图）", "渔港里的《老把式》", "渔港“追风”人”"])
def test_a_line_hugging_a_groups_credit_closed_by_no_quote_of_its_own_titles_no_group(tmp_path, line):
    # a bracket or title mark closing the line, or a quote it never opened, is no quoted word of a group's title
    group = GROUP.replace("\n\n", "\n").rstrip("\n") + f"\n{line}\n\n协同创新开新局\n八市齐力谱新篇"
    assert items_of(tmp_path, group + STORY)[0].title == ""


@pytest.mark.parametrize("stack", ["协同创新开新局\n八市齐力谱新篇\n\n——全市首批智慧渔港改造完成",
                                   "4年9次“串门”\n\n双城经济圈建设结出哪些硕果？"])
def test_a_story_stack_under_a_groups_credit_stays_whole(tmp_path, stack):
    # a couplet's first half or a quoted kicker under the credit is the story's, no title of the group
    items = items_of(tmp_path, GROUP + stack + STORY)
    assert [i.title for i in items][0] == ""
    assert items[1].title.startswith(("协同创新开新局", "双城经济圈"))


@pytest.mark.parametrize("credit", ["本组图片由本报记者 何文涛 摄", "（受访者供图）"])
def test_a_credit_alone_over_a_title_is_no_group_to_title(tmp_path, credit):
    # a picture credit with no caption over it names no group: the title under it stays the story's
    items = items_of(tmp_path, f"{credit}\n\n渔港新貌{STORY}")
    assert items[-1].title == "渔港新貌"


def test_a_continuation_mark_in_lenticular_brackets_opens_the_rest_of_a_story(tmp_path):
    page = ("02\n要闻\n临江日报 2024年3月11日 星期一\n\n深化改革激发创新活力 相互赋能发展新质生产力\n【上接第1版】\n"
            "集聚创新资源，搭建服务平台，打通产业堵点，川渝两地在培育新质生产力方面坚持从实际出发，先立后破。\n"
            "　　“考察了川渝高竹新区的几个项目，感觉到川渝两地产业链供应链衔接更紧密。”一位企业负责人说。\n")
    [item] = items_of(tmp_path, page)
    assert (item.kind, item.title) == ("continuation", "深化改革激发创新活力 相互赋能发展新质生产力")


@pytest.mark.parametrize("head", ["农技问答\n\n农事问答", "读者问法"])
def test_a_heading_over_questions_under_a_story_asking_none_heads_a_question_column(tmp_path, head):
    # 问：… under a heading, after a story that asked nothing: a question column printed under the story,
    # not its last section (an interview's questions follow its lead with no heading between them)
    page = ("（接一版）\n\n　　县里今年新建高标准农田两万亩，配套建设灌溉设施，农民种粮更有保障。\n\n"
            "　　一位种粮大户说，田块平整以后，机械作业更方便，每亩能节省成本一百多元。\n\n"
            f"{head}\n\n问：小麦返青期怎样管好肥水？\n\n答：对群体偏弱的麦田，要早施返青肥；对群体适中的，可推迟到拔节期追肥浇水。\n\n"
            "问：大棚蔬菜出现灰霉病怎么办？\n\n答：要及时通风降湿，摘除病叶病果带出棚外。\n")
    items = items_of(tmp_path, page)
    assert [i.kind for i in items] == ["continuation", "article"]
    assert [b.text for b in items[1].blocks if b.kind == "paragraph"][0] == "问：小麦返青期怎样管好肥水？"


def test_numbered_rows_under_a_bulleted_column_label_are_its_box(tmp_path):
    # ■指南速递 over numbered one-sentence rows, a blank line after each: a box the label titles, not captions
    page = ("某某医院开展义诊\n\n近日，某某医院组织医护人员走进社区开展义诊活动，为居民测量血压、血糖。\n\n■指南速递\n\n"
            "1.家庭自测血压应连续测量五至七天。\n\n2.血压达标后仍应定期随访。\n\n3.生活方式干预贯穿治疗全程。\n\n"
            "城区新增一批停车位\n\n近日，城区新增一批共享停车位，缓解老城区停车难。\n")
    items = items_of(tmp_path, page)
    assert [(i.kind, i.title) for i in items] == [("article", "某某医院开展义诊"), ("infobox", "指南速递"),
                                                  ("article", "城区新增一批停车位")]


@pytest.mark.parametrize("credit, authors", [("（赵明 供稿）", ["赵明"]), ("（赵明供稿）", ["赵明"]),
                                             ("（某某银行城东支行 赵明）", ["赵明"]), ("（综合）", [])])
def test_a_brief_closed_by_who_supplied_it_or_its_desk_is_signed_so(tmp_path, credit, authors):
    # 供稿: the name supplied the text; a bank's branch before the name is the writer's unit; （综合）: the
    # desk compiled it, naming no one. The credit comes off the text either way, and the item is a brief.
    page = ("城区新增一批停车位\n\n近日，城区新增一批共享停车位，缓解老城区停车难，"
            f"市民可通过手机查询空余车位。{credit}\n")
    [item] = items_of(tmp_path, page)
    assert (item.kind, list(item.authors)) == ("brief", authors)
    assert squeeze("".join(b.text for b in item.blocks if b.kind == "paragraph")).endswith("空余车位。")


@pytest.mark.parametrize("credit", ["（某某农机公司供稿）", "（城东区园林管理局）", "（某某县\n农技推广中心）",
                                    "（ 本 报 综 合 ）"])
def test_a_brief_closed_by_the_unit_that_sent_it_names_no_one(tmp_path, credit):
    # a company or an office closing what it sent, the writer left out, also wrapped inside the unit; the
    # desk's credit letter-spaced by a justified line: the item is a brief, its credit no one's name
    page = ("城区新增一批停车位\n\n近日，城区新增一批共享停车位，缓解老城区停车难，"
            f"市民可通过手机查询空余车位。{credit}\n")
    [item] = items_of(tmp_path, page)
    assert (item.kind, list(item.authors)) == ("brief", [])
    assert squeeze("".join(b.text for b in item.blocks if b.kind == "paragraph")).endswith("空余车位。")


@pytest.mark.parametrize("dateline, authors", [("■本报讯 ", []), ("●本报讯（记者 张明）", ["张明"])])
def test_a_bulleted_dateline_opening_a_brief_is_its_byline(tmp_path, dateline, authors):
    # a briefs column marks each brief's glued dateline with its bullet: the bullet goes with the dateline,
    # which makes the item a brief as 本报讯 alone does
    page = f"湖畔公园完成改造\n{dateline}近日，湖畔公园完成改造，重新向市民开放。\n"
    [item] = items_of(tmp_path, page)
    assert (item.kind, list(item.authors)) == ("brief", authors)
    assert squeeze("".join(b.text for b in item.blocks if b.kind == "paragraph")).startswith("近日，湖畔公园")


def test_a_paper_and_its_site_set_solid_before_the_role_are_one_outlet(tmp_path):
    # 临江晚报临江网记者 X: the paper and its site printed as one word, a byline under the title, no title of its own
    page = ("城区新增一批停车位\n\n临江晚报临江网记者 王明远\n\n"
            "近日，城区新增一批共享停车位，缓解老城区停车难，市民可通过手机查询空余车位。\n")
    [item] = items_of(tmp_path, page)
    assert (item.title, list(item.authors)) == ("城区新增一批停车位", ["王明远"])


def test_an_offices_phone_under_the_masthead_is_furniture(tmp_path):
    # 伦敦办公室电话：…: an overseas paper's office and its phone, no kicker of the lead under it
    page = ("临江侨报\nLINJIANG TIMES\n2024年7月19日（星期五） 农历六月十四\n第806期 每周五出版 免费赠阅\n"
            "伦敦办公室电话：+44 (0)20 7123 4567\n\n中文学校\n新学期开课\n\n本报记者 王海\n\n"
            "　　近日，伦敦一所中文学校新学期开课，三百余名学生报名参加中文课程。\n")
    [item] = items_of(tmp_path, page)
    assert (item.kicker, item.title) == ("", "中文学校新学期开课")


def test_a_brief_under_a_boxs_rows_opening_with_who_did_it_is_no_row(tmp_path):
    # 某某商会日前…: a news sentence opening with who did it and when ends the rows above it
    page = ("汇率\n\n英镑汇率参考\n\n英镑兑欧元 1.17\n\n英镑兑港元 9.93\n\n英镑兑美元 1.27\n\n"
            "某某华人商会日前举办年会，百余名会员参加。（王明）\n")
    items = items_of(tmp_path, page)
    assert [i.kind for i in items] == ["infobox", "brief"]
    assert list(items[1].authors) == ["王明"]


def test_a_jump_glued_to_its_sentence_and_letter_spaced_closes_its_part(tmp_path):
    page = ("川渝合作再上新台阶\n本报记者 武琪\n　　两地召开联席会议，签署一批合作协议，推动重大项目落地，\n"
            "共建先进制造业基地。（ 转 A 3 ）\n")
    [item] = items_of(tmp_path, page)
    assert [b.kind for b in item.blocks][-1] == "jump"
    assert item.blocks[-2].text.endswith("基地。")


def test_a_bracketed_own_news_line_closes_the_brief_above_it(tmp_path):
    page = ("◎华人社团举办书画展\n伦敦一个华人社团日前举办书画展，展出作品百余幅。\n（本报讯）\n"
            "◎中文学校开设新班\n曼彻斯特一所中文学校日前开设新班，数十名学生报名。（王明）\n")
    items = items_of(tmp_path, page)
    assert [(i.kind, i.title) for i in items] == [("brief", "华人社团举办书画展"), ("brief", "中文学校开设新班")]


@pytest.mark.parametrize("signature", ["钟楼区读者 顾燕璐", "钟楼区 顾燕璐"])
def test_the_papers_follow_up_under_a_readers_letter_is_its_reply(tmp_path, signature):
    # 晚报跟进：…: the paper following the matter up answers the letter, as 编辑回复：… does; the reader signs
    # with the district alone before the name too
    page = ("临江晚报 2024年8月18日 星期日\n社会 A5\n\n共享单车谁来管？\n\n"
            "　　我家小区门口的共享单车越停越多，占了人行道，老人孩子出行很不方便。\n\n"
            "　　希望有关部门管一管，让人行道畅通起来。\n\n"
            f"{signature}\n\n晚报跟进：据区城管部门介绍，已督促企业清理车辆，并将加密巡查。\n")
    [item] = items_of(tmp_path, page)
    assert (item.title, list(item.authors)) == ("共享单车谁来管？", ["顾燕璐"])
    assert squeeze("".join(b.text for b in item.blocks if b.kind == "paragraph")).endswith("加密巡查。")


def test_a_county_papers_name_over_its_section_page_and_date_is_its_masthead(tmp_path):
    # 今日蒲江 / 镇街 / 第2版 / date: the page's section alone between the name and its page number
    page = ("今日蒲江\n镇街\n第2版\n2024年12月17日\n\n城区新增一批停车位\n\n本报记者 王海\n\n"
            "　　近日，城区新增一批共享停车位，缓解老城区停车难，市民可通过手机查询空余车位。\n")
    [item] = items_of(tmp_path, page)
    assert (item.title, item.meta.newspaper) == ("城区新增一批停车位", "今日蒲江")


def test_a_hotline_with_its_pledge_beside_it_is_furniture(tmp_path):
    # 新闻热线 … 24小时有报必回: the paper's hotline and its promise, no brief over the lead
    page = ("临江晚报\n2024年12月6日 星期五\n第10889期 今日8版\n新闻热线 0519-12345678 24小时有报必回\n\n"
            "本报讯（记者 王海）\n\n　　近日，城区新增一批共享停车位，缓解老城区停车难，市民可通过手机查询空余车位。\n\n"
            "城区新增一批停车位\n")
    [item] = items_of(tmp_path, page)
    assert not any("热线" in b.text for b in item.blocks)


def test_a_media_centres_commentator_signs_under_the_title(tmp_path):
    # 临江融媒评论员: the media centre's commentator, as 临江融媒记者 is its reporter; no part of the title
    page = ("本报短评\n\n让酒乡的日子越过越红火\n\n临江融媒评论员\n\n"
            "　　昨天，全市产业发展大会召开，会议部署了下一步重点工作，为酒乡发展指明方向。\n\n"
            "　　各地各部门要抓好落实，把蓝图变成实景，让群众的日子越过越红火。\n")
    [item] = items_of(tmp_path, page)
    assert (item.kind, item.title) == ("commentary", "让酒乡的日子越过越红火")


def test_a_bracketed_label_over_term_rows_under_a_story_is_a_box_of_its_own(tmp_path):
    # 【本周赛事】 over 【场馆】… / 【直播】… / 【赛事】…: rows filed by their terms, no last section of the story
    page = ("全民健身\n2\n2024年7月1日 星期一\n责任编辑：王平 美术编辑：李安\n\n全民健身活动广泛开展 \n群众健身热情持续高涨\n\n"
            "（接一版）近日，全省各地广泛开展全\n民健身活动，吸引众多市民参与，健身\n热潮持续升温。各地新建一批健身步道\n"
            "和口袋公园，方便群众就近锻炼。\n\n　　省体育局有关负责人表示，将继续\n完善全民健身公共服务体系。\n\n【本周赛事】\n\n"
            "【场馆】省体育中心游泳馆周一闭馆维护。\n【直播】本周日的联赛焦点战将在省体育\n频道直播。\n"
            "【赛事】全省全民健身运动会乒乓球比赛\n本周六开赛。\n")
    items = items_of(tmp_path, page)
    assert [(i.kind, i.title) for i in items] == [("continuation", "全民健身活动广泛开展群众健身热情持续高涨"),
                                                  ("infobox", "本周赛事")]


def test_a_note_under_a_tables_rows_is_its_credit_not_the_next_title(tmp_path):
    # 注：环比为与上周相比: what the figures mean, closing the table; the story under it keeps its own title
    page = ("本周主要价格指数\n\n指数 本周 环比\n\n蔬菜价格指数 112.6 +1.2%\n\n水果价格指数 98.4 -0.6%\n\n"
            "粮油价格指数 101.3 +0.2%\n\n注：环比为与上周相比\n\n本报记者 王海\n\n"
            "　　近日，城区新增一批共享停车位，缓解老城区停车难，市民可通过手机查询空余车位。\n\n城区新增一批停车位\n")
    items = items_of(tmp_path, page)
    assert [(i.kind, i.title) for i in items] == [("infobox", "本周主要价格指数"), ("article", "城区新增一批停车位")]
    assert [b.text for b in items[0].blocks if b.kind == "credit"] == ["注：环比为与上周相比"]


@pytest.mark.parametrize("signature, author", [("某某医院康复科主治医师 邓立芳", "邓立芳"),
                                                ("何冬梅（嘉义县，退休教师）", "何冬梅"),
                                                ("解答专家：邓立芳（某某医院康复科主治医师）", "邓立芳")])
def test_a_signature_under_a_finished_answer_closes_it_over_the_next_headline(tmp_path, signature, author):
    # an expert's title, a reader's town and trade or an answer's label before a name: a signature
    # under the text above, not the first line of the next story's headline stack
    page = ("康复门诊\n\n问：膝关节术后多久可以下地走路？\n\n答：一般术后第二天即可在助行器帮助下站立，"
            f"此后循序渐进增加步行距离。\n\n{signature}\n\n城西新建三座口袋公园\n\n"
            "近日，城西三座口袋公园建成开放，园内设有健身步道和儿童游乐设施，方便周边居民就近休闲。\n")
    items = items_of(tmp_path, page)
    assert [(i.title, i.authors) for i in items] == [("康复门诊", (author,)), ("城西新建三座口袋公园", ())]


def test_a_continued_title_broken_over_two_parts_is_one_title(tmp_path):
    # a jump page prints the story's title again over its jump-in marker, broken where its column ends:
    # the wider second part is the rest of that title, no deck
    page = ("03\n综 合\n2024年5月8日\n\n临江新区加快建设城乡融合发展和\n\n"
            "乡村全面振兴先行示范区 奋力打造现代化建设新标杆\n\n（上接第1版）\n\n"
            "新区今年安排重点项目六十个，总投资三百余亿元，\n\n涵盖产业园区、交通路网和公共服务设施等领域。\n\n"
            "目前已有四十二个项目开工建设，完成投资九十亿元，\n\n带动周边村镇新增就业岗位三千余个。\n")
    [item] = items_of(tmp_path, page)
    assert (item.kind, squeeze(item.title), item.subtitle) == (
        "continuation", "临江新区加快建设城乡融合发展和乡村全面振兴先行示范区奋力打造现代化建设新标杆", "")


def test_a_closing_credit_broken_inside_its_brackets_over_the_page_date_closes_its_brief(tmp_path):
    # …开 / 展，…两百余件。（特约通讯 / 员 罗佳 记者 陈立） over the page's bare date at its foot: the credit's rest
    # issues no notice and the date signs nothing, so the two briefs under the story stay briefs of their own
    page = ("临江日报\n2024年9月3日 星期二\n\n城南老旧小区完成改造\n\n本报记者 周明\n\n"
            "　　近日，城南六个老旧小区改造完工，\n加装电梯二十部，新建停车位三百余个，\n居民出行更加方便。\n\n"
            "　　街道有关负责人表示，下一步将继续\n推进背街小巷整治。\n\n"
            "社区书屋开门迎客\n\n近日，一间社区书屋开门迎客，\n居民可免费借阅图书。\n\n"
            "非遗剪纸展开展\n\n近日，一场非遗剪纸展在市文化馆开\n展，展出作品两百余件。（特约通讯\n员 罗佳 记者 陈立）\n\n"
            "2024年9月3日\n扫码下载“临江+”客户端\n")
    items = items_of(tmp_path, page)
    assert [(i.title, i.authors) for i in items] == [("城南老旧小区完成改造", ("周明",)), ("社区书屋开门迎客", ()),
                                                     ("非遗剪纸展开展", ("罗佳", "陈立"))]


def test_a_column_signed_twice_splits_at_the_second_pieces_title(tmp_path):
    # 滨海观察 / two opinion pieces: the first signed above, the second titled between them and signed
    # below by a bare name and a note on its writer
    page = ("滨海观察\n城区停车难要靠共治\n文/林晓\n"
            "　　老旧小区停车位紧张，车辆乱停乱放影响通行，也埋下消防隐患。\n"
            "街道、物业和居民坐下来商量，错时共享单位车位，问题才能慢慢解开。\n"
            "停车难是老城区的通病，靠一家单打独斗解决不了，各方都要让一步，多想办法。\n"
            "有的小区把闲置的边角地改成停车位，有的与周边商场签订夜间停车协议，效果明显。\n"
            "共治的关键在于让居民唱主角，议事会上大家把难处摆出来，办法也就跟着出来了。\n"
            "口袋公园多些更好\n"
            "近日,城西新建三座口袋公园,园内设有健身步道和儿童游乐设施,方便周边居民就近休闲。\n"
            "这些小园子占地不多,却让老城区多了几处透气的地方,值得各地多建一些。\n"
            "傍晚时分,老人们在树荫下下棋聊天,孩子们在滑梯上玩耍,园子里一片欢声笑语。\n"
            "口袋公园见缝插绿,投入少、见效快,把拆违腾出的空地和街角荒地利用起来正合适。\n"
            "希望规划部门多留意身边的零星地块,让绿色走进更多街巷,走到百姓家门口。\n"
            "周小川\n（作者系某某街道居民）\n")
    items = items_of(tmp_path, page)
    assert [(i.kind, i.title, i.authors) for i in items] == [
        ("article", "城区停车难要靠共治", ("林晓",)), ("article", "口袋公园多些更好", ("周小川",))]


def test_a_commentary_signed_twice_splits_at_its_one_heading(tmp_path):
    # 城建时评 / two opinion pieces under the commentary label, the second titled between them and signed below:
    # the one heading parts them, wherever the words the two pieces share would put the cut
    page = ("城建时评\n\n别让停车难拖慢旧改\n文/林晓\n"
            "　　老旧小区改造推进以来，停车位紧张的问题越发突出，居民意见不少。\n"
            "改造方案要把停车放在前头，街道、物业和居民坐下来商量，错时共享单位车位。\n"
            "　　旧改不只是刷墙修路，居民天天遇到的难处，才是改造要解开的结。\n"
            "口袋公园多些更好\n"
            "　　近日，城西新建三座口袋公园，园内设有健身步道和儿童游乐设施，方便周边居民就近休闲。\n"
            "这些小园子占地不多，却让老城区多了几处透气的地方，值得各地多建一些。\n"
            "　　旧改腾出的边角地，也可以见缝插绿，让居民推窗见绿、出门进园。\n"
            "周小川\n（作者系某某街道居民）\n")
    items = items_of(tmp_path, page)
    assert [(i.title, i.authors) for i in items] == [("别让停车难拖慢旧改", ("林晓",)), ("口袋公园多些更好", ("周小川",))]


def test_a_short_story_under_an_articles_rest_is_no_section_of_it(tmp_path):
    # …（上接第一版） … 入佳境。 / 新区开通三条定制公交 / 即日起…: a text too short for a section closes the
    # rest of a front-page story, its heading the next story's headline
    rest = ("　　园区展示大厅里，一批新技术新产品集中亮相，吸引了不少企业前来洽谈合作，\n"
            "多个项目当场签约落地，涉及智能制造、新能源等领域。\n\n")
    page = ("四川广安：改革开放风正劲\n\n（上接第一版）\n\n" + rest * 3
            + "新区开通三条定制公交\n\n　　即日起，新区开通三条定制\n公交线路，方便职工通勤。\n")
    items = items_of(tmp_path, page)
    assert [(i.kind, i.title) for i in items] == [("continuation", "四川广安：改革开放风正劲"),
                                                  ("article", "新区开通三条定制公交")]


def test_a_short_story_signed_in_brackets_under_an_articles_rest_is_no_section_of_it(tmp_path):
    # …（上接第二版） … 顺利完工。 / 城区新建两座过街天桥 / …通行。 / （记者 X）: the credit closing the short
    # text is the short story's, not a signature of the whole carried-over rest
    rest = ("　　新建的污水处理厂采用先进工艺，日处理能力大幅提升，出水水质稳定达标，\n"
            "周边河道的水环境明显改善，沿岸居民纷纷点赞。\n\n")
    page = ("城东片区环境整治成效初显\n\n（上接第二版）\n\n" + rest * 3
            + "城区新建两座过街天桥\n\n　　近日，城区两座过街天桥建成，\n行人通行更安全。\n\n（记者 方晓澄）\n")
    items = items_of(tmp_path, page)
    assert [(i.kind, i.title) for i in items][:1] == [("continuation", "城东片区环境整治成效初显")]
    assert [i.title for i in items] == ["城东片区环境整治成效初显", "城区新建两座过街天桥"]
    assert items[1].authors == ("方晓澄",)


def test_one_sentence_briefs_under_an_articles_rest_are_no_sections_of_it(tmp_path):
    # …（上接第二版） … 点赞。 / two one-phrase headings each over one sentence, the second's credit run into
    # its paragraph: the briefs set under the rest, which keeps no sections of its own on this page
    rest = ("　　新建的污水处理厂采用先进工艺，日处理能力大幅提升，出水水质稳定达标，\n"
            "周边河道的水环境明显改善，沿岸居民纷纷点赞。\n\n")
    page = ("城东片区环境整治成效初显\n\n（上接第二版）\n\n" + rest * 3
            + "社区书屋开放\n\n　　日前，一家社区书屋开放，\n藏书三千余册。\n\n"
            + "老年大学秋季招生\n\n　　近日，老年大学秋季班开始报名，\n开设书法等课程。（西班牙 林青）\n")
    items = items_of(tmp_path, page)
    assert [i.title for i in items] == ["城东片区环境整治成效初显", "社区书屋开放", "老年大学秋季招生"]


def test_a_one_sentence_brief_under_the_two_phrase_sections_of_an_articles_rest_is_no_section(tmp_path):
    # …（上接第一版） / `两地联动 共建产业园区` / … / `服务提速 办事更加便利` / … / `社区书屋开门迎读者` /
    # `近日，…。`: the rest keeps sections headed as two phrases, the one-phrase heading over one sentence
    # is set unlike them: the brief set under the rest
    para = ("　　园区展示大厅里，一批新技术新产品集中亮相，吸引了不少企业前来洽谈合作。\n"
            "多个项目当场签约落地，涉及智能制造、新能源等领域。\n\n")
    page = ("四川广安：改革开放风正劲\n\n（上接第一版）\n\n" + para * 2
            + "两地联动 共建产业园区\n\n" + para * 2 + "服务提速 办事更加便利\n\n" + para * 2
            + "社区书屋开门迎读者\n\n　　近日，一家社区书屋开门迎接读者，藏书三千余册。\n")
    items = items_of(tmp_path, page)
    assert [(i.kind, i.title) for i in items] == [("continuation", "四川广安：改革开放风正劲"),
                                                  ("article", "社区书屋开门迎读者")]


def test_a_readers_letter_under_an_articles_rest_is_no_section_of_it(tmp_path):
    # …（上接第二版） … 点赞。 / a question over a letter, its reader's signature and the paper's reply: a
    # story's rest holds no reply, so the heading heads the letter, question mark and all
    rest = ("　　新建的污水处理厂采用先进工艺，日处理能力大幅提升，出水水质稳定达标，\n"
            "周边河道的水环境明显改善，沿岸居民纷纷点赞。\n\n")
    letter = ("　　我家楼下的公交站台没有遮雨棚，每逢下雨，等车的老人和孩子只能站在雨里，\n"
              "希望有关部门能尽快加装，方便大家出行。\n\n")
    page = ("城东片区环境整治成效初显\n\n（上接第二版）\n\n" + rest * 3
            + "公交站台能不能加个遮雨棚？\n\n" + letter * 3 + "城东区读者 江映秋\n\n"
            + "编辑回复：记者已将情况转交有关部门，对方表示将于月底前完成加装。\n")
    items = items_of(tmp_path, page)
    assert [i.title for i in items] == ["城东片区环境整治成效初显", "公交站台能不能加个遮雨棚？"]
    assert items[1].authors == ("江映秋",)


def test_a_readers_letter_signed_with_a_place_over_the_reply_under_an_articles_rest(tmp_path):
    # …（上接第二版） … 点赞。 / the letter's title / the letter / `加拿大温哥华 林海生` / `侨报回音：…`: the line
    # right over the reply signs the letter, no second heading of the rest; the title heads the letter
    rest = ("　　新建的污水处理厂采用先进工艺，日处理能力大幅提升，出水水质稳定达标，\n"
            "周边河道的水环境明显改善，沿岸居民纷纷点赞。\n\n")
    letter = ("　　我家祖屋年久失修，屋顶多处漏雨，想请乡里帮忙联系工匠修缮，\n"
              "也盼望能把祖屋改成村里的小书屋，方便孩子们读书。\n\n")
    page = ("城东片区环境整治成效初显\n\n（上接第二版）\n\n" + rest * 3
            + "盼望家乡的祖屋能修一修\n\n" + letter * 2 + "加拿大温哥华 林海生\n\n"
            + "侨报回音：记者已将情况转交乡政府，对方表示将派人上门查看。\n")
    items = items_of(tmp_path, page)
    assert [i.title for i in items] == ["城东片区环境整治成效初显", "盼望家乡的祖屋能修一修"]


def test_a_marked_picture_credit_under_a_caption_after_a_story_credits_a_photo(tmp_path):
    # …好评。 / `社区食堂里，老人在用餐。` / `■晚报记者 林小峰 摄`: a paper marking its bylines (`■晚报记者 X`) marks
    # its picture credits alike; the mark is no caption, the sentence over the credit is the picture's
    page = ("社区食堂开门迎客\n\n■晚报记者 江映秋\n\n"
            "　　近日，城东一家社区食堂开门迎客，为附近的老人提供午餐和晚餐，菜品每天更换，\n"
            "价格实惠，开业以来受到居民的一致好评。\n\n"
            "　　食堂负责人介绍，下一步将开通送餐上门服务，方便行动不便的老人用餐。\n\n"
            "社区食堂里，老人在用餐。\n\n■晚报记者 林小峰 摄\n")
    items = items_of(tmp_path, page)
    assert [i.kind for i in items] == ["article", "photo"]
    assert "老人在用餐" not in "".join(b.text for b in items[0].blocks)
    assert "老人在用餐" in "".join(b.text for b in items[1].blocks)


def test_a_deck_wrapped_once_over_the_byline_is_the_subtitle(tmp_path):
    page = ("协同创新开新局\n\n成都平原经济区创新推进一体化改革发展,\n\n推动构建区域协调高质量发展新格局\n\n"
            "记者 王海 通讯员 周航\n\n"
            "　　近日，省政府新闻办举行新闻发布会，介绍经济区一体化发展情况，多个合作项目取得进展。\n")
    [item] = items_of(tmp_path, page)
    assert item.title == "协同创新开新局"
    assert item.subtitle.replace(" ", "") == "成都平原经济区创新推进一体化改革发展,推动构建区域协调高质量发展新格局"
    assert item.authors == ("王海", "周航")


def test_the_editorial_boards_signature_closes_its_commentary_above_a_picture(tmp_path):
    # …新篇章。 / 本报编辑部 / caption / （中央社）: the board signs the commentary for the paper, naming no one;
    # the caption under it is a picture of its own
    page = ("浯江短评\n\n港口客运要补上短板\n\n"
            "　　每逢节假日，码头候船室里总是人满为患，不少乡亲要排上一两个钟头才能登船。\n\n"
            "　　有关部门应当增开班次、改善候船环境，让往来两岸的乡亲走得更顺心。\n\n"
            "本报编辑部\n\n旅客在码头排队候船。\n\n（中央社）\n")
    items = items_of(tmp_path, page)
    assert [(i.kind, i.title, i.authors) for i in items] == [("commentary", "港口客运要补上短板", ()),
                                                             ("photo", "", ())]


def test_a_commentators_byline_under_a_lead_signs_the_text_under_it(tmp_path):
    # 标题 / the lead / 本报评论员 / the text: a commentator's byline under the lead is a lead's byline, as a
    # reporter's is; only the desk's (本报编辑部) signs the text above it there
    page = ("让城市更有温度\n\n城市的温度，藏在一条条平整的人行道里。\n\n本报评论员\n\n"
            "老旧小区改造推进以来，加装电梯、增设停车位，居民出行更加方便。\n\n"
            "把民生小事当作大事来办，城市才有温度。\n")
    [item] = items_of(tmp_path, page)
    assert (item.kind, item.title) == ("commentary", "让城市更有温度")


def test_the_editorial_boards_signature_under_a_correction_closes_it(tmp_path):
    # 更正启事 / its one paragraph / 本报编辑部 / the next story's headline: no lead's byline, which names a reporter
    page = ("更正启事\n\n本报昨日第3版《老街区完成改造》\n\n一文中，完工日期应为本月十日，特此\n\n更正，并向读者致歉。\n\n"
            "本报编辑部\n\n新区开通三条定制公交\n\n即日起，新区开通三条定制公交\n\n线路，方便职工上下班通勤，\n\n"
            "沿线居民出行也更加便利。\n")
    items = items_of(tmp_path, page)
    assert [(i.kind, i.kicker, i.title) for i in items] == [("article", "", "更正启事"),
                                                            ("article", "", "新区开通三条定制公交")]
