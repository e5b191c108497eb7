"""Every cut carries a confidence with its reasons, and `check` lists the doubtful ones first."""
from generator.archive.build import build_page
from generator.archive.confidence import cut_confidence, page_cut_confidences
from generator.archive.model import Block, Draft, Span
from generator.cli import main, review_queue


def test_every_seed_item_has_a_cut_confidence_with_evidence(seed_results):
    for result in seed_results.values():
        for item in result.page.items:
            cut = item.meta.provenance["cut"]
            assert 0 < cut["confidence"] <= 1
            assert cut["evidence"]
            assert cut["source"]


def test_a_headline_above_its_body_is_sure_and_a_leftover_headline_is_not(seed_results):
    items = {item.title: item for r in seed_results.values() for item in r.page.items}
    # sure of itself: only a doubtful neighbour's cut lowers it
    sure = items["双城经济圈建设 进入全面提速、积厚成势新阶段"].meta.provenance["cut"]
    assert all(reason.startswith("the cut of the item") for reason in sure["evidence"].split("; "))
    leftovers = [item for r in seed_results.values() for item in r.page.items if item.opened_by == "unmatched headline"]
    assert leftovers and all(item.meta.provenance["cut"]["confidence"] < 0.5 for item in leftovers)


def test_a_correction_makes_a_cut_certain(seed_results):
    split = [item for r in seed_results.values() for item in r.page.items if item.opened_by == "correction"]
    assert split and all(item.meta.provenance["cut"]["confidence"] == 1.0 for item in split)


def test_review_queue_lists_least_certain_first_with_file_and_lines(seed_results):
    queue = review_queue([r.page for r in seed_results.values()])
    assert queue[0].startswith("cuts to review")
    confidences = [float(line.split()[0]) for line in queue[1:] if not line.startswith("  …")]
    assert confidences == sorted(confidences) and confidences[0] < 0.5
    assert ".txt:" in queue[1]


def test_check_prints_the_review_queue(capsys):
    main(["check", "--input", "seeds"])
    out = capsys.readouterr().out
    assert "cuts to review, least certain first" in out
    assert "confidence=" in out


def item_with(text: str, kind: str = "article", title: str = "市民公园开放") -> Draft:
    return Draft(kind, "page.txt", title=title, blocks=[Block("paragraph", text, ())],
                   headline_source="above", opened_by="headline")


def test_a_text_that_stops_mid_sentence_is_doubted():
    whole, cut = cut_confidence(item_with("公园今天开放，市民可以免费入园。"))
    short, reasons = cut_confidence(item_with("公园今天开放，市民可以免费入园，开放时间为每天"))
    assert whole == 1.0 and short < 0.5
    assert "mid-sentence" in reasons[0]


def test_a_table_may_end_without_a_stop():
    assert cut_confidence(item_with("一号线 首班车 6:00 末班车 23:00", kind="infobox"))[0] == 1.0


def test_a_few_characters_or_a_sentence_for_a_headline_are_doubted():
    assert cut_confidence(item_with("公园开放。"))[0] < 1.0
    sentence = "市民公园今天正式开放并将在每天上午八点到晚上十点之间免费接待前来游览的市民和游客"
    confidence, reasons = cut_confidence(item_with("公园今天开放，市民可以免费入园。", title=sentence))
    assert confidence < 1.0 and any("headline" in r for r in reasons)


def test_a_doubtful_neighbour_makes_a_sure_cut_doubtful_too():
    sure, cut_short = item_with("公园今天开放，市民可以免费入园。"), item_with("公园今天开放，市民可以免费入园，开放时间为每天")
    (above, reasons_above), (below, _) = page_cut_confidences([sure, cut_short])
    assert cut_confidence(sure)[0] == 1.0 and below == cut_confidence(cut_short)[0] < above < 1.0
    assert reasons_above == ["the cut of the item below is doubtful (0.40): a boundary they share may be wrong"]
    assert page_cut_confidences([sure, item_with("公园开放时间为每天上午八点到晚上十点。")]) == [(1.0, []), (1.0, [])]


def test_an_archivists_cut_stays_certain_beside_a_doubtful_one():
    corrected = item_with("公园今天开放，市民可以免费入园。")
    corrected.opened_by = "correction"
    assert page_cut_confidences([corrected, item_with("公园今天开放，市民可以免费入园，开放时间为每天")])[0] == (1.0, [])


def test_an_item_in_two_columns_read_across_is_doubted():
    item = item_with("公园今天开放，市民可以免费入园。")
    item.blocks = [Block("paragraph", "公园今天开放，", (Span(5, 0, 7),)), Block("paragraph", "市民可以免费入园。", (Span(8, 0, 9),))]
    assert cut_confidence(item, [(9, 20)])[0] == 1.0
    confidence, reasons = cut_confidence(item, [(7, 20)])
    assert confidence < 1.0 and "read across" in reasons[0]


def test_the_page_gives_the_lines_it_read_across_to_the_confidence():
    from tests.test_interleave import INTERLEAVED, page  # a page of two briefs read across

    result = build_page(page(INTERLEAVED))
    assert all(item.meta.provenance["cut"]["confidence"] < 1.0 and "read across" in item.meta.provenance["cut"]["evidence"]
               for item in result.page.items)
