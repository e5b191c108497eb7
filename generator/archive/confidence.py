"""How sure the segmenter is of each cut, and why: the order of `check`'s review queue.

An item's confidence is the product of how strong the evidence was for where it starts, for
the headline it took, and for what the segmenter had to repair, times the square root of its
neighbours' (a boundary in doubt makes both items beside it wrong). The factors are ranks, not
probabilities: the review queue needs the doubtful cuts first, and `make eval` shows how the
share of right cuts falls with them (tests/corpus/evaluate.py).
"""
from __future__ import annotations

from collections.abc import Sequence
from math import prod

from .model import Draft
from .segment import signed_twice

SIGNED_TWICE = 0.5  # nothing on the page marks where the second piece starts: the archivist checks
# A text that stops mid-sentence was most often cut short: its end is in the next item, or a
# caption runs on into the text below. Tables and boxes (infobox) end on a row, not a stop.
UNFINISHED = 0.4
SENTENCE_END = tuple("。！？!?…”’」』）)")
NO_STOP_KINDS = ("infobox",)
TINY_TEXT = 15  # characters: a text this short is more often a leftover line than a piece
TINY = 0.8
LONG_TITLE = 30  # characters: a headline this long is more often a sentence taken for one
LONG = 0.7
# Lines printed as two columns read across were put back in order by a guess (interleave.py): a
# line given to the wrong column moves text between the items there, so their cuts are doubted.
READ_ACROSS = 0.6
# One wrong boundary makes two wrong items: the one it ends and the one it starts, and an item whose
# own evidence is sure is often the neighbour of a doubtful cut. So a neighbour's doubt counts,
# softened (its square root: the neighbour's other boundary is not shared).
NEIGHBOUR_WEIGHT = 0.5

# What started the item where it starts (segment.start_item's `opened_by`).
OPENERS = {
    "headline": 1.0,  # a headline above its body: the commonest and surest start
    "continuation marker": 1.0,  # 上接A1版
    "correction": 1.0,  # cut by the archivist
    "lead byline": 0.9,  # □本报记者 … above the text
    "caption": 0.9,
    "page start": 0.85,
    "byline after a closed item": 0.75,
    "wide lead": 0.7,
    "text after a closed item": 0.6,  # only a closing credit or jump line ended the item before
    "credit": 0.6,  # a photo credit with no caption before it
    "displaced headline": 0.55,  # split off another item's text by a headline's words
    "signed twice": 0.5,  # split where the text changes subject, between a byline above and a name below
    "signed brief": 0.6,  # a brief signed in brackets, cut from a story signed above where they share least
    "signed section": 0.7,  # a heading over a short text with a credit of its own, in a signed article
    "lone heading": 0.7,  # an article's only plain section heading, taken for the next story's headline
    "jump line": 0.5,
    "unmatched headline": 0.35,  # headline lines no body claimed, kept as a picture's label
}
HEADLINES = {"above": 1.0, "correction": 1.0, "below byline": 0.95, "displaced": 0.8, "none": 0.6}
WARNINGS = {  # a warning's opening words → its factor
    "headline with no body": 0.4,
    "no headline found": 1.0,  # counted by HEADLINES already
    "lead paragraph": 0.8,
    "split from the text above": 1.0,  # counted by OPENERS already
    "caption with no credit": 0.85,
}
OPENER_REASONS = {
    "byline after a closed item": "starts at a byline after an item closed by a credit",
    "wide lead": "starts where the lines grow wider (a lead printed apart)",
    "text after a closed item": "starts only because the item above ended with a credit or jump line",
    "credit": "a photo credit with no caption before it",
    "displaced headline": "split from the text above by a headline printed elsewhere",
    "signed twice": "split from the article above where the text changes subject (signed by a bare name below)",
    "signed brief": "split from the story above, signed above, as a brief its credit in brackets closes",
    "signed section": "a heading inside a signed article, over a short text signed apart: taken for a brief",
    "lone heading": "a headline between two texts, the only one there, taken for a new story's, not a section's",
    "jump line": "a jump line with no text before it",
    "unmatched headline": "headline lines no text claimed, kept as a picture's label",
    "page start": "the page's first text, no headline or byline above it",
    "lead byline": "starts at a byline, no headline above it",
    "caption": "a caption",
}


def page_cut_confidences(items: Sequence[Draft], read_across: Sequence[tuple[int, int]] = ()
                         ) -> list[tuple[float, list[str]]]:
    """Each item's cut confidence and reasons (`cut_confidence`), weighed with its neighbours'."""
    own = [cut_confidence(item, read_across) for item in items]
    result = []
    for n, (item, (confidence, reasons)) in enumerate(zip(items, own)):
        if item.opened_by == "correction":
            result.append((confidence, reasons))
            continue
        factors = [(confidence, "")]
        for k, side in ((n - 1, "above"), (n + 1, "below")):
            neighbour = own[k][0] if 0 <= k < len(items) else 1.0
            if neighbour < 1.0:
                reason = f"the cut of the item {side} is doubtful ({neighbour:.2f}): a boundary they share may be wrong"
                factors.append((neighbour ** NEIGHBOUR_WEIGHT, reason))
        neighbours = [reason for _, reason in sorted(factors[1:], key=lambda f: f[0])]
        result.append((round(prod(f for f, _ in factors), 2), reasons + neighbours))
    return result


def in_read_across(item: Draft, read_across: Sequence[tuple[int, int]]) -> bool:
    """Whether the item has lines in a run of two columns read across (interleave.py)."""
    first, last = item.lines
    return any(first <= end and last >= start for start, end in read_across)


def cut_confidence(item: Draft, read_across: Sequence[tuple[int, int]] = ()) -> tuple[float, list[str]]:
    """The item's own cut confidence in (0, 1] and the reasons it is below 1, weakest first."""
    if item.opened_by == "correction":
        return 1.0, []
    factors: list[tuple[float, str]] = []
    opener = OPENERS.get(item.opened_by, 0.7)
    factors.append((opener, OPENER_REASONS.get(item.opened_by, f"started by {item.opened_by or 'unknown'}")))
    if item.kind != "photo":
        headline = HEADLINES.get(item.headline_source, 0.7)
        factors.append((headline, {"none": "no headline found", "displaced": "headline printed apart from its body",
                                   "below byline": "headline below the byline"}.get(item.headline_source, "")))
    if signed_twice(item):
        factors.append((SIGNED_TWICE, "signed twice (a byline above, a bare name below): "
                                      "two pieces may be printed as one"))
    text = "".join(b.text for b in item.blocks if b.kind in ("paragraph", "listitem", "caption")).rstrip()
    if text and item.kind not in NO_STOP_KINDS and not text.endswith(SENTENCE_END):
        factors.append((UNFINISHED, "its text stops mid-sentence: the rest may be cut off into the next item"))
    if 0 < len("".join(text.split())) < TINY_TEXT:
        factors.append((TINY, "a text of a few characters: a leftover line?"))
    if len("".join(item.title.split())) > LONG_TITLE:
        factors.append((LONG, f"a headline of more than {LONG_TITLE} characters: a sentence taken for one?"))
    if in_read_across(item, read_across):
        factors.append((READ_ACROSS, "printed as two columns read across, put back in order by a guess: "
                                     "a line may sit in the wrong item"))
    for warning in item.warnings:
        factor = next((f for start, f in WARNINGS.items() if warning.startswith(start)), 0.9)
        factors.append((factor, warning))
    confidence = prod(factor for factor, _ in factors)
    reasons = [reason for factor, reason in sorted(factors, key=lambda f: f[0]) if factor < 1.0 and reason]
    return round(confidence, 2), list(dict.fromkeys(reasons))
