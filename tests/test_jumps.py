"""An article jumping to another page (（下转A2版）) and its continuation there (（上接A1版）) link
each other, on the same paper and day only."""
import pytest

from generator.archive.jumps import jump_links, page_label
from generator.speed.run import build_folder
from generator.publish.pages import render_article

FIRST = """重庆日报
2024年6月22日 星期六
A1 要闻

川渝两地共建产业园区

□本报记者 王进

近日，川渝两地共同签署协议，联合建设产业园区，推动制造业协同发展。
园区首期规划面积12平方公里，计划引进项目50个。（下转A2版）
"""
SECOND = """重庆日报
2024年6月22日 星期六
A2 综合

（上接A1版）
园区将重点发展智能网联新能源汽车、电子信息等产业，力争三年内产值突破百亿元。
各方表示，将持续优化营商环境，共同打造成渝地区双城经济圈建设的示范样板。
"""


def items_of(tmp_path, pages):
    for name, text in pages.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    results = build_folder(tmp_path)
    return [r.page for r in results]


def test_jump_and_continuation_link_both_ways(tmp_path):
    pages = items_of(tmp_path, {"a1.txt": FIRST, "a2.txt": SECOND})
    first = pages[0].items[0]
    continuation = pages[1].items[0]
    assert first.kind == "article" and continuation.kind == "continuation"
    links = jump_links(pages)
    assert links[id(first)]["continued"] is continuation
    assert links[id(continuation)]["continues"] is first
    assert first.id and continuation.id  # the archive's own ids
    assert "下转A2版：[转版续文" in render_article(first, links[id(first)])
    assert f"上接A1版：[川渝两地共建产业园区]({first.id}.md)" in render_article(continuation, links[id(continuation)])


def test_no_link_to_another_day(tmp_path):
    pages = items_of(tmp_path, {"a1.txt": FIRST, "a2.txt": SECOND.replace("6月22日 星期六", "6月23日 星期日")})
    assert jump_links(pages) == {}


def test_page_labels_compare_as_printed():
    assert page_label("A02") == page_label("a2") == "A2"
    assert page_label("第二版".strip("第版")) == page_label("02") == "2"


@pytest.mark.parametrize("jump, resumed", [
    ("（转A2）", "（接A1）"),  # a letter page, no 版
    ("→下转A2版", "→上接A1版"),
    ("（转A2版右）", "（上接A1版）"),  # where on the page
    ("（下转A2版·综合）", "（上接A1版）"),  # which section
    ("（下转A2版①）", "（上接A1版①）"),  # which of several jumps
    ("（转A2版）▲", "▲（上接A1版）"),
    ("转A2版▶", "◀接A1版"),  # arrows pointing on and back
    ("下转◆A2版", "（上接A1版）"),  # a mark before the page
])
def test_jump_lines_in_other_papers_forms_link_both_ways(tmp_path, jump, resumed):
    pages = items_of(tmp_path, {"a1.txt": FIRST.replace("（下转A2版）", jump),
                                "a2.txt": SECOND.replace("（上接A1版）", resumed)})
    first, continuation = pages[0].items[0], pages[1].items[0]
    assert [b.kind for b in first.blocks][-1] == "jump" and continuation.kind == "continuation"
    assert jump_links(pages)[id(first)]["continued"] is continuation
