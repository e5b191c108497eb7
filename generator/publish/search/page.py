"""The search page (docs/search.md), the offline copy's redirect to it, and the traditional →
simplified table search.js folds a query with."""
from __future__ import annotations

from functools import cache

from ...archive.datafiles import text


@cache
def simplified_characters() -> str:
    """Traditional characters and their simplified forms, pairs run together (萬万與与…): only
    characters that differ, one code point each, in code point order. From OpenCC's character
    table (opencc-python-reimplemented, read here at build time only), the first simplified
    form where it gives several; search.js folds a query that finds nothing with it."""
    from importlib.resources import files

    table = files("opencc") / "dictionary" / "TSCharacters.txt"
    pairs = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        traditional, _, targets = line.partition("\t")
        simplified = targets.split(" ")[0]
        if len(traditional) == 1 and len(simplified) == 1 and simplified != traditional \
                and traditional <= "\uffff" and simplified <= "\uffff":
            pairs[traditional] = simplified
    return "".join(t + pairs[t] for t in sorted(pairs))


def search_redirect() -> str:
    """search.html for the public build: the offline copy's address of the search page (with
    ?q=, which a reader may share), sent on to search/ with its query (generator/data/)."""
    return text("search-redirect.html")


def search_page() -> str:
    """docs/search.md: the search page's front-matter and copy (generator/data/search-page.md)."""
    return text("search-page.md")
