"""Line repair: stray spaces and doubled glyphs are deleted, nothing else is touched."""
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.archive.model import Line
from generator.archive.repair import (collapse_doubled_glyphs, doubling_notes, font_doubled_lines, is_letter_spaced,
                              remove_stray_spaces, repair_line)


def squeeze(text: str) -> str:
    return re.sub(r"\s", "", text)


# --- stray spaces -----------------------------------------------------------------------------

@pytest.mark.parametrize("source, repaired", [
    ("重 庆 企 业 投 资 设 立 ，于 2018 年 迁 至 新 区", "重庆企业投资设立，于2018年迁至新区"),
    ("中 共 中 央 召 开 党 外 人 士 座 谈 会", "中共中央召开党外人士座谈会"),
    ("王 进", "王进"),
    ("6 月 21 日", "6月21日"),
    ("紧接 01 版", "紧接01版"),
    ("全 国 21％ 的 动 力 电 池 实 现 “ 川 渝", "全国21％的动力电池实现“川渝"),
    ("瑞创是成渝地区双城经济圈众多企业发展的一个缩影。 培育形成 3 个", "瑞创是成渝地区双城经济圈众多企业发展的一个缩影。培育形成3个"),
    ("协同创新开新局 八市齐力谱新篇", "协同创新开新局八市齐力谱新篇"),  # body text: every gap is an artifact
    ("推动 6G、量子信息", "推动6G、量子信息"),
    ("  1081.4 亿元，现代产业项目 1—5 月完  ", "1081.4亿元，现代产业项目1—5月完"),
])
def test_stray_spaces_in_body_text_are_removed(source, repaired):
    assert remove_stray_spaces(source) == repaired


@pytest.mark.parametrize("source, repaired", [
    ("球首条玻璃基 Micro LED 显示屏生产", "球首条玻璃基Micro LED显示屏生产"),
    ("数据 3 Micro LED", "数据3 Micro LED"),
    ("2024 2025", "2024 2025"),
    ("后区：3 9", "后区：3 9"),
])
def test_a_space_between_two_latin_words_or_numbers_stays(source, repaired):
    assert remove_stray_spaces(source) == repaired
    assert remove_stray_spaces(source, keep_phrase_gaps=True) == repaired


@pytest.mark.parametrize("source, repaired", [
    ("本报三亚3月 2 8 日 讯 （ 记 者 吴海）", "本报三亚3月28日讯（记者吴海）"),
    ("第 1 2 版", "第12版"),
])
def test_a_letter_spaced_date_or_page_number_is_one_number(source, repaired):
    assert remove_stray_spaces(source) == repaired


@pytest.mark.parametrize("headline", [
    "协同创新开新局 八市齐力谱新篇",
    "唱好「双城记」 共建经济圈",
    "协同创新 成都强化省会城市担当",
    "用好改革开放“关键一招” 协作破解发展难题",
])
def test_phrase_gaps_survive_in_headlines_only(headline):
    assert remove_stray_spaces(headline, keep_phrase_gaps=True) == headline
    assert remove_stray_spaces(headline, keep_phrase_gaps=False) == headline.replace(" ", "")


@pytest.mark.parametrize("source, repaired", [
    ("中 共 中 央 召 开 党 外 人 士 座 谈 会", "中共中央召开党外人士座谈会"),  # letter-spaced: all go
    ("□ 本报记者 王 进", "□本报记者王进"),  # single ideographs are no phrase
    ("推动 6G、量子信息", "推动6G、量子信息"),  # nor is a number
    ("2024年6月22日 星期六", "2024年6月22日星期六"),
])
def test_headline_mode_still_removes_gaps_that_are_not_between_phrases(source, repaired):
    assert remove_stray_spaces(source, keep_phrase_gaps=True) == repaired


def test_other_whitespace_counts_as_space():
    assert remove_stray_spaces("\u3000重\u3000庆\xa0企 \t业 ") == "重庆企业"
    assert remove_stray_spaces("协同创新\u3000成都强化省会城市担当", keep_phrase_gaps=True) == "协同创新\u3000成都强化省会城市担当"


def test_the_gap_after_a_list_bullet_stays():
    assert remove_stray_spaces("- 今年，川渝共同实施 100 项重大合作事项") == "- 今年，川渝共同实施100项重大合作事项"


def test_letter_spacing_is_told_from_phrase_spacing():
    assert is_letter_spaced("中 共 中 央 召 开")
    assert is_letter_spaced("王 进")
    assert not is_letter_spaced("协同创新开新局 八市齐力谱新篇")
    assert not is_letter_spaced("□ 本报记者 王 进")


# --- doubled glyphs ---------------------------------------------------------------------------

@pytest.mark.parametrize("source, collapsed", [
    ("西部西部（（成都成都））科学城科学城", "西部（成都）科学城"),
    ("各各地地举举行行全全民民健健身身活活动动", "各地举行全民健身活动"),
    ("各各地地举举行行", "各地举行"),
    ("川 川 渝 渝 携 携 手 手 共 共 建 建", "川  渝  携  手  共  建 "),  # spaces left for remove_stray_spaces
])
def test_doubled_lines_collapse(source, collapsed):
    assert collapse_doubled_glyphs(source) == collapsed


@pytest.mark.parametrize("source, collapsed", [
    ("成渝中线高铁土红成渝中线高铁土红", "成渝中线高铁土红"),
    ("湾特大桥建设现场湾特大桥建设现场", "湾特大桥建设现场"),
])
def test_a_line_read_twice_collapses_only_when_told_its_neighbour_is_doubled(source, collapsed):
    assert collapse_doubled_glyphs(source, whole_line=True) == collapsed
    assert collapse_doubled_glyphs(source) == source


@pytest.mark.parametrize("text", [
    "陕西西咸新区",
    "一步一步",
    "石化化工",
    "下滩村村民",
    "一场场",
    "推进“智改数转”",
    "多点多点",
    "成渝一体两核多点多点区域联动",  # printed typo in seed 004, kept as printed
    "节能降碳降碳",  # printed typo, kept
    "全面推进节能降碳降碳，以进促稳",
    "9.1%、9.1%",
    "增加值分别增长9.1%、9.1%，占规模以上工业增加值比重",
    "政策联动、资源整合，一步一步把",
    "谢谢谢谢",
    "人人",
    "明明白白",
    "扎扎实实认认真真",
    "天天向上人人参与",
    "人人天天常常",
    "人人天天常常处处",  # four doubled glyphs, every pair a word printed doubled
    "家家户户红红火火热热闹闹",
    "时时刻刻认认真真扎扎实实",
    "哈哈哈哈哈哈哈哈哈哈",
])
def test_real_repeats_survive(text):
    assert collapse_doubled_glyphs(text) == text


# A phrase printed twice reads like a line the font doubled; only evidence beside it tells them apart.
@pytest.mark.parametrize("text", [
    "中国加油中国加油",
    "一路平安一路平安",
    "中国加油！中国加油！",
    "中国加油中国加油中国加油中国加油",
    "加油加油加油加油",
    "中 国 加 油 中 国 加 油",
])
def test_a_phrase_printed_twice_survives(text):
    assert collapse_doubled_glyphs(text) == text
    assert squeeze(repair_line(text)) == squeeze(text)


def numbered(text: str) -> list[Line]:
    return [Line(number, line) for number, line in enumerate(text.split("\n"), 1)]


def test_a_line_read_twice_is_the_fonts_when_a_line_beside_it_is_doubled():
    caption = numbered("正文一行。\n\n成渝中线高铁土红成渝中线高铁土红\n湾特大桥建设现场湾特大桥建设现场\n\n正文。")
    assert font_doubled_lines(caption) == {3, 4}
    glyph_doubled = numbered("各各地地举举行行全全民民健健身身\n活动现场气氛热烈活动现场气氛热烈")
    assert font_doubled_lines(glyph_doubled) == {2}
    assert doubling_notes(caption, "p.txt") == []


@pytest.mark.parametrize("text", [
    "中国加油中国加油\n武汉市民在阳台上齐声高喊，为抗疫一线的医护人员鼓劲。",
    "一路平安一路平安\n\n一路平安一路平安",  # a blank between: two headlines, not one doubled block
    "中国加油中国加油",
])
def test_a_line_read_twice_alone_is_kept_and_said(text):
    lines = numbered(text)
    assert font_doubled_lines(lines) == frozenset()
    notes = doubling_notes(lines, "p.txt")
    assert notes and all("kept as printed" in note and note.startswith("p.txt:") for note in notes)


def test_words_printed_doubled_are_kept_and_said():
    notes = doubling_notes(numbered("家家户户红红火火热热闹闹"), "p.txt")
    assert notes == ["p.txt:1: '家家户户红红火火热热闹闹' is every glyph doubled, kept as printed "
                     "(words printed doubled, data/reduplications.txt)"]


def test_doubling_is_judged_without_spaces_and_spaces_are_left_in_place():
    assert collapse_doubled_glyphs("成渝中线 高铁土红成渝中线高铁土红 ", whole_line=True) == "成渝中线 高铁土红 "


def test_a_quadrupled_line_halves_twice():
    assert collapse_doubled_glyphs("成渝中线" * 4, whole_line=True) == "成渝中线"


# --- repair_line -----------------------------------------------------------------------------

@pytest.mark.parametrize("source, repaired", [
    ("西部西部（（成都成都））科学城科学城", "西部（成都）科学城"),
    ("紧接 01 版 深化经济区与行政区适", "紧接01版深化经济区与行政区适"),
])
def test_repair_line_collapses_and_removes_spaces(source, repaired):
    assert repair_line(source) == repaired
    assert repair_line("成渝中线高铁土红 成渝中线高铁土红", whole_line=True) == "成渝中线高铁土红"


def test_repair_line_matches_what_the_coverage_check_recomputes():
    # coverage.py compares squeeze(text) with squeeze(collapse_doubled_glyphs(source, whole_line))
    for source in ["成渝中线 高铁土红 成渝中线高铁土红", "中 共 中 央", "协同创新 成都强化省会城市担当"]:
        for keep in (False, True):
            for whole in (False, True):
                assert squeeze(repair_line(source, keep, whole)) == squeeze(collapse_doubled_glyphs(source, whole))


# --- properties -------------------------------------------------------------------------------

ALPHABET = list("中国人民成都科学城一步多点双城经济圈建设") + list("abcXYZ") + list("0129") \
    + list(" \u3000\xa0\t") + list("，。、“”（）《》%.-—：「」")
texts = st.text(alphabet=st.sampled_from(ALPHABET), max_size=40)
# Lines made of doubled runs, so that the collapsing branch is exercised too.
runs = st.text(alphabet=st.sampled_from(ALPHABET), min_size=1, max_size=5)
doubled_texts = st.lists(runs, min_size=1, max_size=6).map(lambda parts: "".join(p + p for p in parts))
lines = st.one_of(texts, doubled_texts, st.tuples(texts, texts).map(lambda pair: pair[0] + pair[0] + pair[1]))


def is_subsequence(short: str, long: str) -> bool:
    remaining = iter(long)
    return all(char in remaining for char in short)


@settings(max_examples=400)
@given(lines, st.booleans(), st.booleans())
def test_repair_only_deletes(text, keep_phrase_gaps, whole_line):
    repaired = repair_line(text, keep_phrase_gaps, whole_line)
    assert is_subsequence(repaired, text)
    if collapse_doubled_glyphs(text, whole_line) == text:
        assert squeeze(repaired) == squeeze(text)  # every non-space character, in order
    else:
        # what was deleted besides spaces is exactly the collapsed second copies
        assert squeeze(repaired) == squeeze(collapse_doubled_glyphs(text, whole_line))
        assert len(squeeze(repaired)) < len(squeeze(text))


@settings(max_examples=400)
@given(lines, st.booleans(), st.booleans())
def test_repair_is_idempotent(text, keep_phrase_gaps, whole_line):
    once = repair_line(text, keep_phrase_gaps, whole_line)
    assert repair_line(once, keep_phrase_gaps, whole_line) == once
    collapsed = collapse_doubled_glyphs(text, whole_line)
    assert collapse_doubled_glyphs(collapsed, whole_line) == collapsed
    assert remove_stray_spaces(remove_stray_spaces(text, keep_phrase_gaps), keep_phrase_gaps) == \
        remove_stray_spaces(text, keep_phrase_gaps)


@settings(max_examples=200)
@given(lines)
def test_phrase_gaps_are_a_subset_of_what_headline_mode_keeps(text):
    body, headline = repair_line(text, False), repair_line(text, True)
    assert squeeze(body) == squeeze(headline)
    assert len(body) <= len(headline)


# --- a page: printed repeats reach the reader, and check says what it kept ---------------------

SLOGAN_PAGE = """武汉日报
2020年2月5日 星期三

中国加油中国加油

2月4日晚，武汉多个小区的居民打开窗户，齐声高喊口号，为奋战在抗疫一线的医护人员鼓劲。
居民们说，等到春暖花开，一定要走出家门，看看这座英雄的城市。

一路平安一路平安

本报讯 2月4日，援鄂医疗队完成任务返程，市民自发来到道路两旁送别，高喊“一路平安”。
医疗队员们挥手致意，不少市民流下了眼泪。

成渝中线高铁土红成渝中线高铁土红
湾特大桥建设现场湾特大桥建设现场
"""


def test_a_page_keeps_printed_repeats_and_check_says_so(tmp_path, capsys):
    from generator.cli import main
    from generator.speed.run import build_folder

    (tmp_path / "page.txt").write_text(SLOGAN_PAGE, encoding="utf-8")
    result, = build_folder(tmp_path)
    assert result.coverage.ok, result.coverage.problems
    text = squeeze("".join(item.title + "".join(b.text for b in item.blocks) for item in result.page.items)
                   + "".join(b.text for b in result.page.furniture))
    assert "中国加油中国加油" in text and "一路平安一路平安" in text
    assert "成渝中线高铁土红湾特大桥建设现场" in text and "土红成渝" not in text  # the caption was the font's
    main(["check", "--input", str(tmp_path)])
    out = capsys.readouterr().out
    assert "page.txt:4: '中国加油' printed twice on one line, kept as printed" in out
    assert "page.txt:9: '一路平安' printed twice on one line, kept as printed" in out
    notes = [line for line in out.splitlines() if "note:" in line]
    assert len(notes) == 2


@pytest.mark.parametrize("line, repaired", [("●青青少少年年网网球球公公开开赛赛开开拍拍", "●青少年网球公开赛开拍"),
                                            ("◆体体育育场场馆馆延延长长开开放放时时间间", "◆体育场馆延长开放时间"),
                                            ("●人人人人", "●人人人人"), ("■各地举行", "■各地举行")])
def test_a_bullet_set_once_before_a_doubled_title(line, repaired):
    assert repair_line(line) == repaired
