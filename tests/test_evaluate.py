"""The corpus evaluator (`make eval`) scores what it says it scores."""
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent / "corpus"))
import evaluate  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def test_f1_of_boundaries():
    assert evaluate.f1(3, 4, 3) == 2 * 0.75 * 1.0 / 1.75
    assert evaluate.f1(0, 0, 0) == 1.0


def test_a_seed_page_scores_against_its_gold_and_a_wrong_gold_is_caught():
    expected = ROOT / "tests" / "expected" / "004_ea90497b5cb0cfb5.yml"
    gold = yaml.safe_load(expected.read_text(encoding="utf-8"))
    gold.update(newspaper="重庆日报", date="2024-06-22")
    score = evaluate.score_page(ROOT / "seeds" / gold["page"], ROOT / "seeds", gold, "seeds")
    assert score.gold_items == score.found_items == score.matched == len(gold["items"])
    assert score.titles == score.kinds == len(gold["items"]) and score.newspaper_ok and score.date_ok
    gold["items"][0]["body_ends"] = "并非原文的结尾。"
    gold["date"] = "2024-06-23"
    worse = evaluate.score_page(ROOT / "seeds" / gold["page"], ROOT / "seeds", gold, "seeds")
    assert worse.matched == score.matched - 1 and not worse.date_ok
    assert any(reason.startswith("missed") for reason in worse.reasons)


def test_every_corpus_page_has_its_gold_and_the_held_back_part_is_apart():
    pages = evaluate.corpus_pages(["dev", "heldout"])
    splits = {split for _, _, _, split in pages}
    assert splits == {"dev", "heldout"}
    for txt, _, gold, split in pages:
        assert txt.exists() and gold["split"] == split and gold["items"]
    dev_layouts = {gold["layout"] for _, _, gold, split in pages if split == "dev"}
    held_layouts = {gold["layout"] for _, _, gold, split in pages if split == "heldout"}
    assert len(dev_layouts) >= 15 and len(held_layouts) >= 5 and not dev_layouts & held_layouts
    assert len([p for p in pages if p[3] == "dev"]) >= 60


def test_redrawn_pages_are_the_development_families_drawn_with_other_seeds(monkeypatch):
    import synthesize

    sys.modules.setdefault("synthesize", synthesize)
    (split, families, base), *_ = synthesize.page_sets()
    monkeypatch.setattr(synthesize, "page_sets", lambda: ((split, families[:1], base),))
    fixed = sorted((evaluate.CORPUS / "dev").glob(f"{families[0].name}_*.txt"))
    drawn = evaluate.corpus_pages(["redrawn"], offset=200_000_000)
    assert len(drawn) == len(fixed) == families[0].pages
    for (txt, root, gold, split), old in zip(drawn, fixed):
        assert split == "redrawn" and gold["layout"] == families[0].name and txt.parent == root
        assert txt.name == old.name and txt.read_text(encoding="utf-8") != old.read_text(encoding="utf-8")
        assert evaluate.score_page(txt, root, gold, split).gold_items == len(gold["items"])


def test_blind_families_count_in_one_line_and_are_never_named():
    seen = evaluate.PageScore("open_1.txt", "dev", "open", gold_items=2, found_items=3, matched=2,
                              titles=2, authors=2, kinds=2, reasons=["extra photo"])
    hidden = evaluate.PageScore("secret_1.txt", "dev", "secret", gold_items=2, found_items=3, matched=0,
                                reasons=["missed 秘密的标题"])
    lines = evaluate.report("dev", [seen, hidden], frozenset({"secret"}), worst=10)
    text = "\n".join(lines)
    assert "secret" not in text and "秘密" not in text
    rows = {line.split()[0]: line.split()[1:] for line in lines[1].splitlines()[1:]}
    assert rows["ALL"][:2] == ["2", "4"] and rows["blind"][1:3] == ["1", "2"] and rows["open"][:2] == ["1", "2"]
    assert "open_1.txt  F1 0.80: extra photo" in text  # the worst pages list the families developed on


def test_the_blind_list_names_development_families_only():
    import synthesize

    sys.modules.setdefault("synthesize", synthesize)
    dev = {family.name for split, families, _ in synthesize.page_sets() if split == "dev" for family in families}
    assert evaluate.blind_families() <= dev
