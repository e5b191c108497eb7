"""Segment stage: typed blocks → the items of a page, and its furniture.

Pass 1 walks the blocks in source order and opens an item where the layout says one begins
(a headline followed by text, a lead byline, a continuation marker, text after a closing
byline). Pass 2 repairs what the extraction displaced: headlines printed after their bodies,
stacked headlines above several continuation bodies, and a lead paragraph printed apart with
wider lines. Displaced parts are matched to bodies by the rare character pairs they share.
"""
from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass, field

from .classify import CJK, is_lone_name
from .model import Article, Block

BODY = ("paragraph", "listitem")
MAX_SECTION_HEADING_LINES = 3
# A displaced headline needs at least this share of its rare character pairs in a body.
MIN_MATCH = 0.45
KICKER_MAX_CHARS = 8


@dataclass
class Stack:
    """Consecutive headline candidates, split into units of adjacent source lines."""

    blocks: list[Block]
    attached_to: Article | None = None

    @property
    def units(self) -> list[list[Block]]:
        units: list[list[Block]] = []
        for block in self.blocks:
            if units and block.first_line == units[-1][-1].last_line + 1:
                units[-1].append(block)
            else:
                units.append([block])
        return units


@dataclass
class Segmentation:
    items: list[Article] = field(default_factory=list)
    furniture: list[Block] = field(default_factory=list)
    orphans: list[Stack] = field(default_factory=list)
    attached: list[Stack] = field(default_factory=list)


def has_body(item: Article | None) -> bool:
    return bool(item) and any(b.kind in BODY for b in item.blocks)


def is_lead_byline(block: Block) -> bool:
    return block.text.startswith(("□", "■", "◎", "●", "本报讯", "新华社"))


def headline_fields(item: Article, blocks: list[Block]) -> None:
    """Kicker / title / subtitle from a stack of headline lines.

    Lines on adjacent source lines wrap one phrase; a blank line between them separates
    the parts. A short first part over a longer one is a kicker; a part after the title
    starting with a dash, or longer than the title, is a subtitle.
    """
    parts = [joined_title(unit) for unit in Stack(blocks).units]
    kicker = subtitle = ""
    if len(parts) >= 2 and len(parts[0]) <= KICKER_MAX_CHARS and len(parts[0]) < len(parts[1]):
        kicker, parts = parts[0], parts[1:]
    if len(parts) >= 2 and (parts[-1].startswith(("—", "-")) or len(parts[-1]) > len(parts[0]) * 1.3):
        subtitle, parts = parts[-1], parts[:-1]
    item.kicker, item.title, item.subtitle = kicker, " ".join(parts), subtitle


def joined_title(unit: list[Block]) -> str:
    """Lines of one wrapped headline: joined without a gap, as printed across a line break."""
    return "".join(b.text for b in unit)


def start_item(state: Segmentation, kind: str, file: str) -> Article:
    item = Article(kind=kind, file=file)
    state.items.append(item)
    return item


def attach_stack(state: Segmentation, item: Article, stack: Stack, source: str) -> None:
    item.blocks[0:0] = stack.blocks
    item.headline_source = source
    stack.attached_to = item
    state.attached.append(stack)
    headline_fields(item, stack.blocks)


def first_pass(blocks: list[Block], file: str) -> Segmentation:
    state = Segmentation()
    current: Article | None = None  # the item text is flowing into
    closed = False  # current item was closed by a trailing byline
    pending: Stack | None = None  # headline waiting for its body
    last_photo: Article | None = None
    index = 0

    def flush_pending() -> None:
        nonlocal pending
        if pending:
            state.orphans.append(pending)
            pending = None

    def next_kind(position: int) -> str | None:
        for block in blocks[position:]:
            if block.kind != "furniture":
                return block.kind
        return None

    while index < len(blocks):
        block = blocks[index]
        if block.kind == "furniture":
            state.furniture.append(block)
            index += 1
            continue
        if block.kind == "headline":
            run = [block]
            while index + 1 < len(blocks) and blocks[index + 1].kind == "headline":
                index += 1
                run.append(blocks[index])
            index += 1
            section = (
                current is not None and not closed and pending is None
                and current.blocks and current.blocks[-1].kind in BODY
                and next_kind(index) in BODY and len(run) <= MAX_SECTION_HEADING_LINES
                and not any(b.wide for b in run)
            )
            if section:
                current.blocks.append(Block("heading", " ".join(b.text for b in run), tuple(s for b in run for s in b.spans)))
                continue
            if current is not None and not has_body(current) and not closed and current.headline_source == "none" \
                    and next_kind(index) in BODY + ("caption",):
                attach_stack(state, current, Stack(run), "below byline")
                continue
            flush_pending()
            pending = Stack(run)
            continue
        index += 1
        if block.kind == "caption":
            photo = start_item(state, "photo", file)
            following = next_kind(index)
            if pending and following not in BODY + ("byline", "credit", "continuation"):
                attach_stack(state, photo, pending, "above")
                pending = None
            photo.blocks.append(block)
            last_photo = photo
            continue
        if block.kind == "credit":
            previous = blocks[index - 2] if index >= 2 else None
            owner = last_photo if previous is not None and previous.kind == "caption" else (current or last_photo)
            if owner is None:
                owner = start_item(state, "photo", file)
            owner.blocks.append(block)
            continue
        if block.kind == "byline":
            lead = is_lead_byline(block)
            if lead or pending or not has_body(current) or closed:
                if has_body(current) or closed or current is None or pending:
                    current = start_item(state, "article", file)
                    if pending:
                        attach_stack(state, current, pending, "above")
                        pending = None
                current.blocks.append(block)
                closed = False
            else:
                current.blocks.append(block)
                closed = True
            continue
        if block.kind == "continuation":
            current = start_item(state, "continuation", file)
            closed = False
            if pending:
                attach_stack(state, current, pending, "above")
                pending = None
            current.blocks.append(block)
            continue
        # body text
        lead_apart = block.wide and current is not None and not any(b.wide for b in current.blocks if b.kind in BODY)
        if pending or current is None or closed or lead_apart:
            current = start_item(state, "article", file)
            closed = False
            if pending:
                attach_stack(state, current, pending, "above")
                pending = None
        current.blocks.append(block)
    flush_pending()
    return state


# --- pass 2: displaced parts -------------------------------------------------------------

def pairs(text: str) -> set[str]:
    chars = [c for c in text if CJK.match(c) or c.isdigit()]
    return {a + b for a, b in zip(chars, chars[1:])}


class PairIndex:
    """How rare each character pair is among the bodies of a page."""

    def __init__(self, items: list[Article]):
        self.body_pairs = {id(item): pairs(body_text(item)) for item in items}
        counts = Counter(p for ps in self.body_pairs.values() for p in ps)
        total = max(len(items), 1)
        self.weight = {p: math.log(1 + total / n) for p, n in counts.items()}

    def score(self, headline: str, item: Article) -> float:
        wanted = pairs(headline)
        if not wanted:
            return 0.0
        found = self.body_pairs.get(id(item), set())
        default = math.log(1 + len(self.body_pairs) or 1)
        total = sum(self.weight.get(p, default) for p in wanted)
        return sum(self.weight[p] for p in wanted if p in found) / total


def body_text(item: Article) -> str:
    return "".join(b.text for b in item.blocks if b.kind in BODY)


def needs_headline(item: Article) -> bool:
    return item.kind != "photo" and item.headline_source == "none" and has_body(item)


def redistribute_stacked_headlines(state: Segmentation, index: PairIndex) -> None:
    """Two headlines stacked above two continuation bodies: give each body the better one."""
    for stack in list(state.attached):
        owner = stack.attached_to
        units = stack.units
        if owner is None or len(units) < 2:
            continue
        position = state.items.index(owner)
        followers = []
        for item in state.items[position + 1:]:
            if item.kind == "photo":
                continue
            if needs_headline(item) and item.kind == owner.kind:
                followers.append(item)
                continue
            break
        if not followers:
            continue
        targets = [owner, *followers][: len(units)]
        best = max(
            permutations_in_order(len(units), len(targets)),
            key=lambda assignment: sum(index.score(joined_title(units[u]), targets[t]) for u, t in enumerate(assignment)),
        )
        for item in targets:
            item.blocks = [b for b in item.blocks if b not in stack.blocks]
            item.headline_source = "none"
        for target_index, item in enumerate(targets):
            chosen = [b for u, t in enumerate(best) if t == target_index for b in units[u]]
            if chosen:
                attach_stack(state, item, Stack(chosen), "above" if item is owner else "displaced")
        state.attached.remove(stack)


def permutations_in_order(units: int, targets: int) -> list[tuple[int, ...]]:
    """Every way to give each unit one target so that every target gets at least one unit."""
    return [a for a in itertools.product(range(targets), repeat=units) if len(set(a)) == targets]


def attach_displaced_headlines(state: Segmentation, index: PairIndex) -> None:
    for stack in state.orphans:
        units = stack.units
        candidates = [item for item in state.items if needs_headline(item)]
        matches: list[Article | None] = []
        for unit in units:
            text = joined_title(unit)
            scored = sorted(((index.score(text, item), n) for n, item in enumerate(candidates)), reverse=True)
            matches.append(candidates[scored[0][1]] if scored and scored[0][0] >= MIN_MATCH else None)
        # A short unmatched line right above a matched one is its kicker.
        for n in range(len(units) - 2, -1, -1):
            if matches[n] is None and matches[n + 1] is not None and len(joined_title(units[n])) <= KICKER_MAX_CHARS:
                matches[n] = matches[n + 1]
        for n in range(1, len(units)):
            if matches[n] is None and matches[n - 1] is not None and joined_title(units[n]).startswith(("—", "-")):
                matches[n] = matches[n - 1]
        for item in dict.fromkeys(m for m in matches if m is not None):
            chosen = [b for unit, m in zip(units, matches) if m is item for b in unit]
            attach_stack(state, item, Stack(chosen), "displaced")
            place_headline_first(item)
        for unit, m in zip(units, matches):
            if m is None:
                state.furniture.extend(Block("furniture", b.text, b.spans) for b in unit)


def place_headline_first(item: Article) -> None:
    headline = [b for b in item.blocks if b.kind == "headline"]
    item.blocks = headline + [b for b in item.blocks if b.kind != "headline"]


def merge_wide_leads(state: Segmentation, index: PairIndex) -> None:
    """A lead paragraph printed apart (wider lines) joins the article it introduces."""
    for lead in [i for i in state.items if i.kind != "photo" and all(b.wide for b in i.blocks if b.kind in BODY) and has_body(i)]:
        others = [i for i in state.items if i is not lead and i.kind == "article" and has_body(i)
                  and not all(b.wide for b in i.blocks if b.kind in BODY)]
        if not others:
            continue
        text = body_text(lead) + lead.title
        target = max(others, key=lambda i: index.score(text, i))
        if index.score(text, target) < MIN_MATCH / 2:
            continue
        lead_body = [b for b in lead.blocks if b.kind != "headline"]
        if lead.headline_source != "none":
            # The lead's headline names the whole feature; the stack that opened the body
            # becomes the heading of its first section.
            own = [b for b in target.blocks if b.kind == "headline"]
            rest = [b for b in target.blocks if b.kind != "headline"]
            if own:
                heading = Block("heading", " ".join(b.text for b in own), tuple(s for b in own for s in b.spans))
                rest.insert(0, heading)
            lead_headline = [b for b in lead.blocks if b.kind == "headline"]
            target.blocks = lead_headline + lead_body + rest
            target.headline_source = "displaced"
            headline_fields(target, lead_headline)
        else:
            headline = [b for b in target.blocks if b.kind == "headline"]
            target.blocks = headline + lead_body + [b for b in target.blocks if b.kind != "headline"]
        target.warnings.append(f"lead paragraph (lines {lead_body[0].first_line}–{lead_body[-1].last_line}) printed apart, joined")
        state.items.remove(lead)


def segment(blocks: list[Block], file: str) -> tuple[list[Article], list[Block]]:
    state = first_pass(blocks, file)
    index = PairIndex([i for i in state.items if i.kind != "photo"])
    redistribute_stacked_headlines(state, index)
    attach_displaced_headlines(state, index)
    merge_wide_leads(state, index)
    for item in state.items:
        finish_item(item)
    items = sorted(state.items, key=lambda i: min((b.first_line for b in i.blocks if b.kind in BODY + ("caption",)), default=i.lines[0]))
    for n, item in enumerate(items, start=1):
        item.sequence = n
    return items, sorted(state.furniture, key=lambda b: b.first_line)


def finish_item(item: Article) -> None:
    """Kind and warnings from what the item holds."""
    if item.kind == "article":
        bylines = " ".join(b.text for b in item.blocks if b.kind == "byline")
        if "评论员" in bylines or (any(is_lone_name(b.text) for b in item.blocks if b.kind == "byline") and not item.title):
            item.kind = "commentary"
        elif item.blocks and any(b.kind == "listitem" for b in item.blocks) and \
                sum(b.kind == "listitem" for b in item.blocks) >= sum(b.kind == "paragraph" for b in item.blocks):
            item.kind = "infobox"
        elif sum(len(b.text) for b in item.blocks if b.kind in BODY) < 400 and item.blocks and \
                any(b.text.startswith("本报讯") for b in item.blocks if b.kind == "byline"):
            item.kind = "brief"
    if item.kind == "photo" and not any(b.kind == "credit" for b in item.blocks):
        item.warnings.append("caption with no credit")
    if item.kind != "photo" and not item.title:
        item.warnings.append("no headline found on this page")
    if not has_body(item) and item.kind != "photo":
        item.warnings.append("headline with no body")
