"""Text as the languages the generator writes: one escaping for each.

Markdown (`escape_markdown`, every Markdown page): the escaped text shows exactly as printed:
HTML's `&`, `<`, `>` become entities (so no tag, comment or entity from the page is
interpreted), Markdown's inline syntax is backslash-escaped, and a line that would start a
list, heading underline or quote is escaped at its start.

YAML (`yaml_string`, the front-matter and the corrections snippet of an article page): a value
as JSON, which YAML reads as the same value, with what YAML 1.1 does not take as printable
escaped. HTML and XML are escaped by the standard library's `html.escape` and
`xml.sax.saxutils.escape`; BibTeX by `citations.bibtex_escape`.
"""
from __future__ import annotations

import html
import json
import re

MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]{}#|~!+])")
MARKDOWN_LINE_START = re.compile(r"^(\s*)([-=>]|\d+[.)])")  # a list item, quote or setext line if left as is


def escape_markdown(text: str) -> str:
    """Printed text shown as text: no Markdown, HTML or attribute syntax is interpreted."""
    text = html.escape(text, quote=False)
    text = MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return MARKDOWN_LINE_START.sub(r"\1\\\2", text)


# Characters YAML 1.1 does not read as printable or reads as a line break (DEL, C1 controls with
# NEL, the line and paragraph separators, surrogates, U+FEFF): escaped inside the JSON strings.
NOT_YAML_PRINTABLE = re.compile(
    "[^\t\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
AS_JSON = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps(…, ensure_ascii=False), one encoder for all


def yaml_escaped(text: str) -> str:
    """JSON text (strings, or lines of `key: value`) with every character YAML 1.1 would not
    read as it is written as a `\\uXXXX` escape (only inside its strings can there be one)."""
    return NOT_YAML_PRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def yaml_string(value) -> str:
    """A value as YAML reads it back (a string as a double-quoted scalar: JSON's string syntax
    is a subset of YAML's), on one line."""
    return yaml_escaped(AS_JSON(value))
