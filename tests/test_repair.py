"""Line repair: stray spaces and doubled glyphs are deleted, nothing else is touched."""
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.repair import collapse_doubled_glyphs, is_letter_spaced, remove_stray_spaces, repair_line


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
])
def test_a_space_between_two_latin_words_or_numbers_stays(source, repaired):
    assert remove_stray_spaces(source) == repaired
    assert remove_stray_spaces(source, keep_phrase_gaps=True) == repaired


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
    ("成渝中线高铁土红成渝中线高铁土红", "成渝中线高铁土红"),
    ("湾特大桥建设现场湾特大桥建设现场", "湾特大桥建设现场"),
    ("西部西部（（成都成都））科学城科学城", "西部（成都）科学城"),
    ("各各地地举举行行全全民民健健身身活活动动", "各地举行全民健身活动"),
    ("川 川 渝 渝 携 携 手 手 共 共 建 建", "川  渝  携  手  共  建 "),  # spaces left for remove_stray_spaces
])
def test_doubled_lines_collapse(source, collapsed):
    assert collapse_doubled_glyphs(source) == collapsed


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
])
def test_real_repeats_survive(text):
    assert collapse_doubled_glyphs(text) == text


def test_doubling_is_judged_without_spaces_and_spaces_are_left_in_place():
    assert collapse_doubled_glyphs("成渝中线 高铁土红成渝中线高铁土红 ") == "成渝中线 高铁土红 "


def test_a_quadrupled_line_halves_twice():
    assert collapse_doubled_glyphs("成渝中线" * 4) == "成渝中线"


# --- repair_line -----------------------------------------------------------------------------

@pytest.mark.parametrize("source, repaired", [
    ("西部西部（（成都成都））科学城科学城", "西部（成都）科学城"),
    ("成渝中线高铁土红 成渝中线高铁土红", "成渝中线高铁土红"),
    ("紧接 01 版 深化经济区与行政区适", "紧接01版深化经济区与行政区适"),
])
def test_repair_line_collapses_and_removes_spaces(source, repaired):
    assert repair_line(source) == repaired


def test_repair_line_matches_what_the_coverage_check_recomputes():
    # coverage.py compares squeeze(text) with squeeze(collapse_doubled_glyphs(source))
    for source in ["成渝中线 高铁土红 成渝中线高铁土红", "中 共 中 央", "协同创新 成都强化省会城市担当"]:
        for keep in (False, True):
            assert squeeze(repair_line(source, keep)) == squeeze(collapse_doubled_glyphs(source))


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
@given(lines, st.booleans())
def test_repair_only_deletes(text, keep_phrase_gaps):
    repaired = repair_line(text, keep_phrase_gaps)
    assert is_subsequence(repaired, text)
    if collapse_doubled_glyphs(text) == text:
        assert squeeze(repaired) == squeeze(text)  # every non-space character, in order
    else:
        # what was deleted besides spaces is exactly the collapsed second copies
        assert squeeze(repaired) == squeeze(collapse_doubled_glyphs(text))
        assert len(squeeze(repaired)) < len(squeeze(text))


@settings(max_examples=400)
@given(lines, st.booleans())
def test_repair_is_idempotent(text, keep_phrase_gaps):
    once = repair_line(text, keep_phrase_gaps)
    assert repair_line(once, keep_phrase_gaps) == once
    assert collapse_doubled_glyphs(collapse_doubled_glyphs(text)) == collapse_doubled_glyphs(text)
    assert remove_stray_spaces(remove_stray_spaces(text, keep_phrase_gaps), keep_phrase_gaps) == \
        remove_stray_spaces(text, keep_phrase_gaps)


@settings(max_examples=200)
@given(lines)
def test_phrase_gaps_are_a_subset_of_what_headline_mode_keeps(text):
    body, headline = repair_line(text, False), repair_line(text, True)
    assert squeeze(body) == squeeze(headline)
    assert len(body) <= len(headline)
