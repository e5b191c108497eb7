"""Articles of the synthetic corpus (tests/corpus/pages/dev) as their gold files describe them,
for the labelled pairs of generator/publish/related.py (tests/test_related.py, label_corpus.py).

An item's text is that of its source: the blocks of its seed article (tests/corpus/articles.yml),
or of the text written for the corpus (a filler brief, caption, note or list), that the page
prints in it, found through the gold's line labels. Built this way, the set does not
move when the segmenter cuts a page differently: it measures the relations, not the cutting.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.archive.model import Article, Block, Meta

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
DEV = CORPUS / "pages" / "dev"
ARTICLES = yaml.safe_load((CORPUS / "articles.yml").read_text(encoding="utf-8"))["articles"]
TEXT_ROLES = ("body", "caption", "heading")


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text or "")


@dataclass
class CorpusItem:
    article: Article
    source: str  # the seed article's id (articles.yml), or "filler:" and the start of a text written for the corpus
    blocks: tuple[str, ...]  # the source's blocks it prints, squeezed

    @property
    def size(self) -> int:
        return sum(map(len, self.blocks))


def sources() -> dict[str, list[str]]:
    """Every text the development pages print, as blocks (squeezed): the seed articles by id, and
    the fillers written for the corpus (briefs, captions, notes, lists) by their first block."""
    found = {article["id"]: [squeeze(block["text"]) for block in article["body"]] for article in ARTICLES}
    sys.path.insert(0, str(CORPUS))
    try:
        import even_more_layouts
        import more_layouts
        import newest_layouts
        import synthesize
    finally:
        sys.path.remove(str(CORPUS))
    for module in (synthesize, more_layouts, even_more_layouts, newest_layouts):
        for name, value in vars(module).items():
            if not (name.startswith("FILLER_") or name == "NOTE_FILLER"):
                continue
            for filler in value:
                blocks = [filler] if isinstance(filler, str) else filler[1] if isinstance(filler, tuple) else filler
                blocks = [squeeze(block) for block in ([blocks] if isinstance(blocks, str) else blocks)]
                found.setdefault("filler:" + blocks[0], blocks)
    return found


SOURCES = sources()


def page_items(stem: str) -> list[CorpusItem]:
    """The items of one development page whose text is known (each with at least 24 characters:
    a shorter caption printed by two papers is no sign of a reprint)."""
    gold = yaml.safe_load((DEV / f"{stem}.gold.yml").read_text(encoding="utf-8"))
    lines = (DEV / f"{stem}.txt").read_text(encoding="utf-8").split("\n")
    texts: dict[int, str] = {}
    for label in gold["lines"]:
        if len(label) >= 3 and label[1] in TEXT_ROLES:
            texts[label[2]] = texts.get(label[2], "") + squeeze(lines[label[0] - 1])
    found = []
    for index, item in enumerate(gold["items"]):
        text = texts.get(index, "")
        best, blocks = None, ()
        for source, printed in SOURCES.items():
            printed = tuple(block for block in printed if block and block in text)
            if sum(map(len, printed)) > sum(map(len, blocks)):
                best, blocks = source, printed
        if best is None or sum(map(len, blocks)) < 0.5 * len(text) or sum(map(len, blocks)) < 24:
            continue  # not a text of the corpus (a byline or credit taken for text), or too short
        meta = Meta(newspaper=gold["newspaper"] or "", date=str(gold["date"] or ""), page=str(gold["page"] or ""))
        article = Article(kind=item["kind"], file=f"{stem}.txt", kicker=item["kicker"], title=item["title"],
                          subtitle=item["subtitle"], meta=meta, id=f"{stem}#{index}",
                          blocks=tuple(Block("paragraph", block, ()) for block in blocks))
        found.append(CorpusItem(article, best, blocks))
    return found
