"""The search page (docs/search.md), the offline copy's redirect to it, and the traditional →
simplified table search.js folds a query with."""
from __future__ import annotations

from functools import cache



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
    ?q=, which a reader may share), sent on to search/ with its query."""
    return """<!doctype html>
<html lang="zh-CN">
<meta charset="utf-8">
<meta name="robots" content="noindex">
<title>检索</title>
<script>location.replace("search/" + location.search + location.hash);</script>
<p><a href="search/">前往检索页</a></p>
</html>
"""


def search_page() -> str:
    return """---
title: 检索
template: search-page.html
search_page: true
hide:
  - navigation
  - toc
---

# 全文检索

输入词语即可检索全部文章的标题、正文与署名，结果只包含确实出现所输入文字的文章。
多个词用空格、逗号或顿号分开表示同时包含；用引号括起的词（如 "数字经济"）按完整短语检索；
词前加减号（如 -试点）排除含有该词的文章。繁体字词找不到时按简体检索。
"""
