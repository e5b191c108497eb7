"""Report a wrong cut: the text of a new issue about one item, with a corrections-file snippet.

An article page links to the forge's new-issue form (`repo_url` in mkdocs.yml; the template
adds the link only where it is set) with this text prefilled, and shows the same text to copy,
which is all a reader has in the offline copy. The snippet holds one entry of each kind
`generator/archive/corrections.py` reads, anchored on this item's own text, so the archivist keeps the
one that fits and pastes it beside the page.
"""
from __future__ import annotations

from typing import Sequence
from urllib.parse import quote

from .escape import yaml_string
from ..archive.labels import ui
from ..archive.model import Article

ANCHOR = 16  # characters of a paragraph's beginning: usually enough to name it on its page


def squeezed(text: str) -> str:
    return "".join(text.split())


def anchor(text: str, page_texts: list[str]) -> str:
    """The shortest beginning of `text` (from ANCHOR characters, spaces dropped) found in one item
    of the page only, as corrections.find_item requires; "" if every item holding it holds all of it."""
    text = squeezed(text)
    for end in range(min(ANCHOR, len(text)), len(text) + 8, 8):
        if sum(text[:end] in other for other in page_texts) == 1:
            return text[:end]
    return ""


def snippet(item: Article, page_items: Sequence[Article]) -> str:
    """Entries for `<page>.corrections.yml`, one of each kind that applies, each explained."""
    texts = [squeezed("".join(b.text for b in other.blocks)) for other in page_items]
    at = next((n for n, other in enumerate(page_items) if other is item), len(page_items))
    following = page_items[at + 1] if at + 1 < len(page_items) else None
    body = [a for b in item.body_blocks if (a := anchor(b.text, texts))]
    stem = item.file.rsplit(".", 1)[0]
    copy = ui("report")
    out = [f"# {copy['snippet_file'].format(file=f'{stem}.corrections.yml', page=item.file)}",
           f"# {copy['snippet_item'].format(id=item.id, first=item.lines[0], last=item.lines[1])}"]
    if len(body) > 1:
        out += [f"# {copy['split']}", f"- split: {yaml_string(body[1])}"]
    after = [a for b in following.body_blocks if (a := anchor(b.text, texts))] if following else []
    if body and after:
        out += [f"# {copy['merge']}", f"- merge: [{yaml_string(body[0])}, {yaml_string(after[0])}]"]
    out += [f"# {copy['fix']}", f"- item: {yaml_string(body[0] if body else item.id)}",
            f"  title: {yaml_string(item.title)}", f"  authors: [{', '.join(yaml_string(a) for a in item.authors)}]",
            f"  kind: {item.kind}"]
    if body:
        out += [f"# {copy['furniture']}", f"- furniture: {yaml_string(body[0])}"]
    return "\n".join(out) + "\n"


def issue(item: Article, permalink: str, page_items: Sequence[Article]) -> dict[str, str]:
    """The issue's title and body, and both as the query of a GitHub-style `issues/new` address."""
    first, last = item.lines
    copy = ui("report")
    title = copy["title"].format(id=item.id, file=item.file, first=first, last=last)
    body = "\n".join([
        copy["item"].format(id=item.id, title="　" + item.title if item.title else ""),
        copy["permalink"].format(permalink=permalink),
        copy["file"].format(file=item.file, first=first, last=last),
        "",
        copy["problem"],
        "",
        copy["snippet"],
        "```yaml",
        snippet(item, page_items).rstrip("\n"),
        "```",
        "",
    ])
    query = f"title={quote(title, safe='')}&body={quote(body, safe='')}"
    return {"title": title, "body": body, "query": query}
