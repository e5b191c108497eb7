from generator.archive.labels import KIND_LABELS, display_title, first_sentence, item_title, opening_words, record_title
from generator.archive.model import ITEM_KINDS
from generator.publish.records import export_record


def test_every_kind_has_its_label_in_the_order_the_model_lists_them():
    assert tuple(KIND_LABELS) == ITEM_KINDS


def test_display_title_is_the_printed_title_else_the_kind_and_the_opening():
    assert display_title("川渝通办", "article", "近日") == "川渝通办"
    assert display_title("", "photo", "两江新区政务大厅“川渝通办”窗口。") == "图片：两江新区政务大厅“川渝通办”窗口。…"
    assert display_title("", "commentary", "一" * 30) == "评论：" + "一" * 18 + "…"
    assert display_title("", "brief", "") == "简讯"
    assert display_title("", "", "") == "条目"  # a search record without a kind


def test_an_item_reads_the_same_on_its_page_as_in_lists_and_search(seed_results):
    items = [item for result in seed_results.values() for item in result.page.items]
    assert any(not item.title for item in items)
    for item in items:
        assert item_title(item) == record_title(export_record(item))


def test_search_labels_a_kind_as_every_other_writer_does():
    """A search result's kind is labels.kind_label's, an unknown kind included (its title says
    条目 too), and a kind no writer knows is in none of the search's kind facets."""
    from generator.publish.search.index import facet_rows
    from generator.publish.search.shards import doc_entry

    records = [{"id": "a", "url": "articles/a/", "kind": "brief", "body": "第一行"},
               {"id": "b", "url": "articles/b/", "body": "第一行"},
               {"id": "c", "url": "articles/c/", "kind": "poster", "body": "第一行"}]
    assert [doc_entry(r)["kind"] for r in records] == ["简讯", "条目", "条目"]
    assert [doc_entry(r)["title"] for r in records] == ["简讯：第一行…", "条目：第一行…", "条目：第一行…"]
    facets, vocabularies = facet_rows(records)
    assert vocabularies["kinds"] == ["简讯"] and [row[4] for row in facets] == [0, -1, -1]


def test_a_record_missing_fields_still_has_a_title():
    assert record_title({"id": "x"}) == "条目"
    assert record_title({"kind": "brief", "body": "第一行\n第二行"}) == "简讯：第一行…"


def test_a_citation_quotes_the_first_line_a_description_skips_a_subheading():
    body = "创新观察\n近日，意见提出推进碳达峰。下一句。"
    assert opening_words(body) == "创新观察"
    assert first_sentence(body) == "近日，意见提出推进碳达峰。"
    assert opening_words("长" * 31) == "长" * 30 + "…"  # `limit` characters kept, then the ellipsis
    assert first_sentence("长" * 31, limit=30) == "长" * 29 + "…"  # at most `limit` in all


def test_every_place_level_has_its_label():
    from generator.archive.labels import PLACE_LEVELS
    from generator.archive.places import gazetteer
    assert {place.level for place in gazetteer().places.values()} <= set(PLACE_LEVELS)


def test_every_browse_index_has_a_heading_and_an_introduction():
    from generator.archive.labels import index_head
    for page in ("topics", "places", "dates", "newspapers", "authors", "people"):
        heading, intro = index_head(page)
        assert heading.startswith("# ") and heading.endswith("\n") and len(intro) > 10
