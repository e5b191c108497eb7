"""Printed text as Markdown text: one escaping for every Markdown page the generator writes.

The escaped text shows exactly as printed: HTML's `&`, `<`, `>` become entities (so no tag,
comment or entity from the page is interpreted), Markdown's inline syntax is backslash-escaped,
and a line that would start a list, heading underline or quote is escaped at its start.
"""
from __future__ import annotations

import html
import re

MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]{}#|~!+])")
MARKDOWN_LINE_START = re.compile(r"^(\s*)([-=>]|\d+[.)])")  # a list item, quote or setext line if left as is


def escape_markdown(text: str) -> str:
    """Printed text shown as text: no Markdown, HTML or attribute syntax is interpreted."""
    text = html.escape(text, quote=False)
    text = MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return MARKDOWN_LINE_START.sub(r"\1\\\2", text)
