"""The archive's long listings, passed through Markdown as the HTML they are written as.

A topic, place, date or author page lists its articles, one line each: 100,000 lines at 10,000
articles, and each newspaper page's listing has a table of its items. Written as Markdown, each
line is costly to MkDocs (Python-Markdown tries its inline patterns on the line and again on the
link text, MkDocs then rewrites the link): more than the generator's whole work on them
(design/PERFORMANCE.md). So the generator writes them as HTML (`html_block`;
text already escaped) between the two marker lines below, and
this extension (in mkdocs.yml's markdown_extensions) hands the block to Markdown's store of raw
HTML before any other preprocessor sees it, rewriting only its links: each `href` is a link
between source files, which MkDocs' own link processor of the page resolves, for either build
(directory URLs or .html files), and warns about when it leads nowhere, as it does for any link.
Without MkDocs (plain Markdown) the hrefs are left as the source-file links they are.
"""
from __future__ import annotations

import posixpath
import re

from markdown import Extension
from markdown.preprocessors import Preprocessor

START = '<div class="archive-listing">'
END = "</div>"  # the block's first line of its own that is this ends it: no <div> inside
HREF = re.compile(r'href="([^"]*)"')
PLAIN_EXCEPT = re.compile(r"[#?:%&\\]|^/")


def html_block(lines: list[str]) -> list[str]:
    """Lines of HTML (no <div> inside) as the block this extension hands on."""
    return [START, *lines, END]


def html_table(headers: list[str], rows: list[list[str]], css: str = "archive-table") -> list[str]:
    """A table of cells already HTML-escaped, as the block this extension hands on. It has a class
    so that the archive's stylesheet sizes it for a phone (Material's rules for tables without a
    class give each column at least 5rem and put the table in a box that scrolls sideways)."""
    head = "<tr>" + "".join(f"<th>{cell}</th>" for cell in headers) + "</tr>"
    body = ["<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows]
    return html_block([f'<table class="{css}">', "<thead>", head, "</thead>", "<tbody>", *body, "</tbody>", "</table>"])


class ListingPreprocessor(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        if START not in lines:
            return lines
        out: list[str] = []
        block: list[str] | None = None
        for line in lines:
            if block is None:
                if line == START:
                    block = [line]
                else:
                    out.append(line)
            else:
                block.append(line)
                if line == END:
                    out += ["", self.md.htmlStash.store(self.resolve("\n".join(block))), ""]
                    block = None
        if block is not None:  # never closed: Markdown's own HTML handling takes it as it is
            out += block
        return out

    def resolve(self, html: str) -> str:
        relpath = self.md.treeprocessors["relpath"] if "relpath" in self.md.treeprocessors else None
        if relpath is None:
            return html
        source_dir = posixpath.dirname(relpath.file.src_uri)
        get_file, page = relpath.files.get_file_from_path, relpath.file

        def url(match: re.Match) -> str:
            href = match.group(1)
            # What MkDocs' path_to_url does for a plain link to a file that is there; anything
            # else (an anchor, a missing or excluded target …) goes to it, which warns as usual.
            plain = not PLAIN_EXCEPT.search(href)
            target = get_file(posixpath.normpath(posixpath.join(source_dir, href))) if plain else None
            if target is None or target.inclusion.is_excluded():
                return f'href="{relpath.path_to_url(href)}"'
            return f'href="{target.url_relative_to(page)}"'

        return HREF.sub(url, html)


class ListingExtension(Extension):
    def extendMarkdown(self, md) -> None:
        # Before MkDocs' raw-HTML anchor scan (21) and Markdown's HTML blocks (20).
        md.preprocessors.register(ListingPreprocessor(md), "archive_listings", 25)


def makeExtension(**kwargs) -> ListingExtension:
    return ListingExtension(**kwargs)
