"""One of each: the cues of bylines, datelines and bullets are words of generator/data/, read by
the one loader; the Python that applies them spells none of them out again."""
import io
import re
import tokenize

import pytest

from generator.archive import classify, segment
from generator.archive.classify import vocabulary
from generator.archive.datafiles import load

# The cues layout.yml states for the classifier and the segmenter (bylines, datelines, bullets).
CUES = ("本报讯", "报道", "新华社", *"◆◇▲△★☆▶►■●◎□•")


def code_strings(module) -> list[tuple[int, str]]:
    """The string literals of a module's code, its docstrings left out (they quote the cues)."""
    with open(module.__file__, encoding="utf-8") as source:
        tokens = list(tokenize.generate_tokens(io.StringIO(source.read()).readline))
    return [(t.start[0], t.string) for t in tokens
            if t.type == tokenize.STRING and not t.string.lstrip("rfbuRFBU").startswith(('"""', "'''"))]


@pytest.mark.parametrize("module", [classify, segment])
def test_no_cue_literal_in_the_classifier_or_the_segmenter(module):
    found = [(line, s) for line, s in code_strings(module) if any(cue in s for cue in CUES)]
    assert found == []


NUMERALS = str.maketrans("", "", "零一二三四五六七八九十")


@pytest.mark.parametrize("name", ["dates", "enrich", "people", "jumps", "unwrap", "furniture", "repair", "interleave",
                                  "classify", "segment"])
def test_no_chinese_word_in_the_code_of_the_stages(name):
    """Their cues (昨日, 摄, 图片来源, 下转A2版, 6月21日，, 遗失声明, 欢迎订阅, 近日, 图为, 评论员) are words of
    dates.yml, people.yml, layout.yml, wrapping.yml and furniture.yml; a numeral (jumps.page_label's
    一 … 十, furniture's 零 … 九, classify's 一、) is no cue."""
    import importlib

    module = importlib.import_module(f"generator.archive.{name}")
    word = re.compile("[\u3400-\u9fff]")
    found = [(line, s) for line, s in code_strings(module) if word.search(s.translate(NUMERALS))]
    assert found == []


def test_bullets_and_the_own_dateline_are_layout_yml_s():
    layout = load("layout.yml")
    assert segment.HEADLINE_BULLETS == layout["headline_bullets"]
    assert classify.LIST_BULLETS == layout["list_bullets"]
    assert vocabulary().own_dateline in vocabulary().lead_markers
    for bullet in layout["headline_bullets"]:  # a label may open with any headline bullet: [{bullet}]
        assert vocabulary().furniture["column_label"].match(f"{bullet}一句话新闻"), bullet
        assert vocabulary().signed_column.match(f"{bullet}长安观察"), bullet
    assert vocabulary().byline_marker.match(layout["own_dateline"] + " 谢文艳")


def test_a_picture_s_number_is_two_patterns_of_layout_yml_and_its_credit_people_yml_s():
    """A caption opens with 图 and its number (图①：, 图3 ); within a group a bare ② will do; a credit
    names its pictures as people.yml's `pictures_named` reads them, at the line's start."""
    layout, people = load("layout.yml"), load("people.yml")
    assert classify.NUMBERED_CAPTION.pattern == layout["numbered_caption"]
    assert segment.GROUP_PICTURE_NUMBER.pattern == layout["group_picture_number"]
    assert classify.NUMBERED_CREDIT.pattern == people["pictures_named"]
    assert classify.PHOTO_MARK == layout["photo_mark"]
    for caption in ("图①：江畔步道上", "图3 游客在参观"):
        assert classify.NUMBERED_CAPTION.match(caption) and segment.GROUP_PICTURE_NUMBER.match(caption), caption
    assert segment.GROUP_PICTURE_NUMBER.match("②游客") and not classify.NUMBERED_CAPTION.match("②游客")
    assert not classify.NUMBERED_CAPTION.match("图1、2为本报记者 李明 摄")
    assert classify.NUMBERED_CREDIT.match("图1、2为本报记者 李明 摄")
    assert not classify.NUMBERED_CREDIT.match("本报记者 图1为李明 摄")  # people.yml's may open after a space


def test_interleave_opens_a_text_at_layout_yml_s_headline_bullets():
    from generator.archive import interleave

    layout = load("layout.yml")
    for bullet in layout["headline_bullets"]:
        assert bullet in interleave.BULLETS and interleave.OPENER.match(f"{bullet}青少年足球联赛开赛"), bullet
    assert interleave.CREDIT_END.search("罗娜英" + layout["photo_mark"])


def test_a_ganzhi_year_counts_by_furniture_yml_s_stems_and_branches():
    from generator.archive import furniture

    parts = load("furniture.yml")["parts"]
    assert furniture.ganzhi_year(parts["stems"][0] + parts["branches"][0]) == furniture.FIRST_CYCLE_YEAR
    assert furniture.ganzhi_year("甲辰") == 2024
    assert furniture.parts()["ganzhi"] == f"[{parts['stems']}][{parts['branches']}]"


def test_a_byline_broken_before_its_reported_credit_is_one_byline():
    """The own dateline and the word closing a credit (本报讯 … / 袁小峰报道) come from layout.yml."""
    from .test_classify import blocks_of

    blocks, _ = blocks_of("本报讯 谢文艳 马占富 记者\n袁小峰报道 近日,大庆石化公司重点环保项目全面建成中交。该项目是首套。")
    assert [b.kind for b in blocks] == ["byline", "paragraph"]
    assert re.sub(r"\s", "", blocks[0].text).endswith("袁小峰报道")


def test_no_chinese_copy_in_the_code_of_the_pages():
    """What the pages say to readers is in generator/data/ (ui.yml, labels.yml, the page texts),
    not in the code that writes them; a pattern's Chinese (related.py's counted units) is no copy."""
    import ast

    from generator.archive import labels
    from generator.publish import browse, listings, pages, related
    from generator.publish.search import codec, folding, index, page, shards

    han = re.compile("[\u4e00-\u9fff]")
    for module in (browse, labels, listings, related, pages, codec, folding, index, page, shards):
        with open(module.__file__, encoding="utf-8") as source:
            tree = ast.parse(source.read())
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body
                      and isinstance(node.body[0], ast.Expr)}
        patterns = {id(node.args[0]) for node in ast.walk(tree)
                    if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "compile" and node.args}
        copy = [(node.lineno, node.value) for node in ast.walk(tree)
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and han.search(node.value)
                and id(node) not in docstrings | patterns]
        assert copy == [], module.__name__


def test_the_writers_opening_is_one_pattern_for_the_credit_and_its_names():
    from generator.archive.people import read_credit

    from .test_classify import blocks_of

    assert vocabulary().writers_credit.pattern.startswith("^" + vocabulary().writers.pattern)
    blocks, lines = blocks_of("本版文字由记者彭涵、苏倩燕采写")
    assert read_credit(blocks[0], lines)[0] == ["彭涵", "苏倩燕"]


def test_a_header_line_s_separator_is_one_mark_of_furniture_yml():
    """The separator token and the boundary of a free-standing section name read the same mark."""
    from generator.archive import furniture

    vocab = furniture.vocabulary()
    tokens = dict(vocab.tokens)
    assert [p.pattern for p in tokens["separator"]] == [vocab.separator_mark.pattern + "+"]
    for mark in "|｜丨/·•・:：-—_■◆●":
        assert furniture.is_boundary(f"要闻{mark}时政", frozenset(), 2), mark
    assert not furniture.is_boundary("要闻时政", frozenset(), 2)
