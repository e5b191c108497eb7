"""MkDocs hook (mkdocs.yml, `hooks:`): each page's HTML with every run of white space that holds
a line break written as one line break, outside <pre>, <textarea>, <script> and <style>.

Material's templates indent every nested tag and leave a blank line for each template statement;
that white space was a tenth of every page. A browser renders a run of white space between
words or tags as it renders one line break, so the page looks and reads the same (the texts in
<pre>, such as an article's report, are kept as they are). Only ASCII white space is touched: a
full-width space (U+3000) is text. The same page gives the same bytes.

It lives beside the templates because MkDocs finds a hook by its path from mkdocs.yml, and the
theme's folder goes wherever the config goes; in a folder whose name starts with a dot, which
neither MkDocs nor Zensical copies into the site. Zensical does not run MkDocs hooks: its pages
keep the white space.
"""
import re

_KEPT = re.compile(r"<(pre|textarea|script|style)\b.*?</\1\s*>", re.S | re.I)
_SPACE = " \t\r\f"  # HTML's white space beside the line feed


def squeeze(text: str) -> str:
    """Each run of white space in `text` that holds a line break, as one line break: the lines'
    ends stripped and the lines left empty dropped (string methods: a regular expression that
    can start with a space is tried at every character, and took ten times as long)."""
    lines = text.split("\n")
    if len(lines) == 1:
        return text
    first, *middle, last = lines
    return "\n".join([first.rstrip(_SPACE), *filter(None, [line.strip(_SPACE) for line in middle]),
                      last.lstrip(_SPACE)])


def collapse(html: str) -> str:
    out, at = [], 0
    for kept in _KEPT.finditer(html):
        out += [squeeze(html[at:kept.start()]), kept.group()]
        at = kept.end()
    out.append(squeeze(html[at:]))
    return "".join(out)


def on_post_page(output: str, page, config) -> str:
    return collapse(output)
