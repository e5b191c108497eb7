"""Corrections beside a page survive regeneration and are validated on load."""
import pytest

from generator.archive.corrections import read_corrections
from generator.archive.errors import InputError
from generator.speed.run import build_folder

PAGE = """\
第一篇的标题

□ 本报记者 张三

第一段正文，讲述了一件事情的来龙去脉，内容足够长足够长足够长足够长足够长。

另一篇评论的开头，没有印出标题，但它其实是另一篇文章，讲的是另一件事情。

李四
"""


def build(tmp_path, corrections: str | None):
    (tmp_path / "p.txt").write_text(PAGE, encoding="utf-8")
    if corrections is not None:
        (tmp_path / "p.corrections.yml").write_text(corrections, encoding="utf-8")
    [result] = build_folder(tmp_path)
    return result.page, result.coverage


def test_split_and_set_fields_by_text_anchor(tmp_path):
    page, _ = build(tmp_path, None)
    assert len([i for i in page.items if i.kind != "photo"]) == 1
    page, coverage = build(tmp_path, '- split: "另一篇评论的开头"\n  kind: commentary\n  title: 另一件事\n')
    first, second = page.items
    assert first.title == "第一篇的标题" and second.title == "另一件事"
    assert second.kind == "commentary" and second.headline_source == "correction"
    assert coverage.ok


def test_the_fields_a_correction_set_are_in_the_enriched_record(tmp_path):
    """Enrichment makes each item's record after the corrections and keeps what they set."""
    page, _ = build(tmp_path, '- split: "另一篇评论的开头"\n  kind: commentary\n  title: 另一件事\n')
    first, second = page.items
    assert (first.meta.corrected, second.meta.corrected) == ((), ("title", "kind"))
    assert second.meta.provenance["headline"] == "correction"


def test_merge_and_furniture(tmp_path):
    page, coverage = build(tmp_path, '- split: "另一篇评论"\n- merge: ["第一段正文", "另一篇评论"]\n- furniture: "李四"\n')
    [item] = page.items
    assert "李四" in [b.text for b in page.furniture]
    assert coverage.ok


def test_unknown_key_is_rejected_with_the_file_name(tmp_path):
    (tmp_path / "p.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "p.corrections.yml").write_text('- item: "第一段"\n  titel: 错\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"p\.corrections\.yml.*unknown \['titel'\]"):
        read_corrections(tmp_path / "p.txt")


def test_anchor_that_matches_nothing_is_an_error(tmp_path):
    with pytest.raises(InputError, match="correction anchor"):
        build(tmp_path, '- item: "不存在的文字"\n  title: 错\n')


def test_an_anchor_in_two_items_is_refused_naming_both(tmp_path):
    from generator.archive.corrections import apply_corrections
    from generator.archive.errors import InputError
    from generator.speed.run import build_folder

    (tmp_path / "p.txt").write_text(
        "能源保供平稳有序\n\n本报讯 近日，记者从国家发展改革委获悉，今年以来全国能源保供平稳有序。\n\n"
        "节能降碳持续推进\n\n本报讯 近日，记者从国家发展改革委获悉，全国节能降碳工作持续推进。\n", encoding="utf-8")
    page = build_folder(tmp_path)[0].page
    try:
        apply_corrections(page, [{"item": "记者从国家发展改革委获悉", "title": "改过的标题"}])
    except InputError as error:
        assert "2 items" in str(error) and "lines 1–3" in str(error) and "lines 5–7" in str(error)
    else:
        raise AssertionError("an ambiguous anchor was applied")
