"""Writes tests/related/corpus_pairs.yml: the labelled pairs of corpus articles, from the corpus's
gold files alone (never from generator/publish/related.py).

    .venv/bin/python -m tests.related.label_corpus

Two articles of different issues that print the same seed article are a reprint (转载) when the
blocks they both print make up at least half of the shorter one; an article written for the
corpus is a reprint of another with the same text. Two articles that print the same seed article
but share less than half, or none, of it (a head and a continuation) are the same story cut
differently: left unlabelled, as are two of the seed articles on the 6月21日 川渝 meeting (the
same event, but the corpus gives its pages invented dates, so the reports are not printed within
days of each other as reports of one event are). Every other pair is unrelated.
"""
from __future__ import annotations

import itertools
from pathlib import Path

import yaml

from generator.publish.related import entry
from .corpus import page_items

HERE = Path(__file__).resolve().parent
MEETING = {"001-01", "001-04", "001-05", "004-01", "004-02", "004-07"}


def chosen_pages() -> list[str]:
    """The first page of every other development family in name order (24 of them), and two
    more pages of three families: 30 pages, about 120 articles."""
    dev = HERE.parent / "corpus" / "pages" / "dev"
    families = sorted({page.stem.rsplit("_", 1)[0] for page in dev.glob("*_[0-9].txt")})
    pages = [f"{family}_1" for family in families[::2]][:24]
    return pages + [f"{family}_{n}" for family in families[1:6:2] for n in (2, 3)]


def labels(pages: list[str]) -> tuple[list, list]:
    items = [item for page in pages for item in page_items(page)]
    linked, unlabelled = [], []
    for a, b in itertools.combinations(items, 2):
        if entry(a.article).issue == entry(b.article).issue:
            continue
        pair = [a.article.id, b.article.id]
        if a.source == b.source:
            shared = sum(len(block) for block in a.blocks if block in b.blocks)
            if shared >= 0.5 * min(a.size, b.size):
                linked.append(["转载", *pair])
            else:
                unlabelled.append(pair + ["the same story, less than half of it in common"])
        elif a.source in MEETING and b.source in MEETING:
            unlabelled.append(pair + ["the same event, on pages the corpus dates at random"])
    return linked, unlabelled


def main() -> None:
    pages = chosen_pages()
    linked, unlabelled = labels(pages)
    text = ("# Labelled pairs of corpus articles (tests/test_related.py), written by label_corpus.py from the\n"
            "# corpus's gold files alone (its docstring says how). An article is `page#n`, the n-th item of\n"
            "# the page's gold file. Every pair of these pages' articles in different issues that is not\n"
            "# listed here is unrelated.\n")
    text += yaml.safe_dump({"pages": pages, "linked": linked, "unlabelled": unlabelled},
                           allow_unicode=True, sort_keys=False, width=120, default_flow_style=None)
    (HERE / "corpus_pairs.yml").write_text(text, encoding="utf-8")
    print(f"{len(pages)} pages, {len(linked)} linked pairs, {len(unlabelled)} unlabelled")


if __name__ == "__main__":
    main()
