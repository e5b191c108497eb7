"""Every cut carries a confidence with its reasons, and `check` lists the doubtful ones first."""
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
    assert items["双城经济圈建设 进入全面提速、积厚成势新阶段"].meta.provenance["cut"]["confidence"] == 1.0
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
