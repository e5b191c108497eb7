"""Write stage: the archive → the files of docs/, as a mapping of relative path → text.

Nothing here touches the disk; `pipeline.write_tree` writes the mapping atomically.
"""
from __future__ import annotations

import html
import re
from collections import Counter

import yaml

from .model import Article, Page
from .records import export_record, to_csv, to_jsonl
from .urls import article_source, page_source

KIND_LABELS = {"article": "文章", "commentary": "评论", "brief": "简讯", "continuation": "转版续文",
               "photo": "图片", "infobox": "资料框"}
MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]{}#|~!+])")


def escape_markdown(text: str) -> str:
    """Printed text shown as text: no Markdown, HTML or attribute syntax is interpreted."""
    text = html.escape(text, quote=False)
    text = MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return re.sub(r"^(\s*)([-=>]|\d+[.)])", r"\1\\\2", text)


def display_title(item: Article) -> str:
    if item.title:
        return item.title
    first = next((b.text for b in item.body_blocks), "")
    return f"{KIND_LABELS[item.kind]}：{first[:18]}…" if first else KIND_LABELS[item.kind]


def front_matter(item: Article) -> dict:
    record = export_record(item)
    body = record.pop("body")
    record.pop("url")
    return {
        **record,
        "title": display_title(item),
        "printed_title": item.title,
        "agencies": list(item.agencies),
        "sequence": item.sequence,
        "provenance": item.meta.get("provenance", {}),
        "warnings": list(item.warnings),
        "summary": body[:120],
    }


def render_article(item: Article) -> str:
    meta = yaml.safe_dump(front_matter(item), allow_unicode=True, sort_keys=False, width=1000)
    out = [f"---\n{meta}---\n"]
    if item.kicker:
        out.append(f'<p class="kicker">{html.escape(item.kicker)}</p>\n')
    out.append(f"# {escape_markdown(display_title(item))}\n")
    if item.subtitle:
        out.append(f'<p class="subtitle">{html.escape(item.subtitle)}</p>\n')
    credits = []
    if item.authors:
        credits.append("作者：" + "、".join(item.authors))
    if item.photographers:
        credits.append("摄影/制图：" + "、".join(item.photographers))
    if item.agencies:
        credits.append("来源：" + "、".join(item.agencies))
    if credits:
        out.append(f'<p class="byline">{html.escape("　".join(credits))}</p>\n')
    paragraph = 0
    for block in item.body_blocks:
        if block.kind == "continuation":
            out.append(f'<p class="continuation">{html.escape(block.text)}</p>\n')
        elif block.kind == "heading":
            out.append(f"## {escape_markdown(block.text)}\n")
        else:
            paragraph += 1
            css = " .caption" if block.kind == "caption" else ""
            out.append(f"{escape_markdown(block.text)}\n{{: #p{paragraph}{css} }}\n")
    first, last = item.lines
    out.append(f'<p class="source">来源文件 {html.escape(item.file)}，第 {first}–{last} 行</p>\n')
    return "\n".join(out)


def render_page_listing(page: Page) -> str:
    out = [f"# 版面 {page.raw.stem}\n", f"来源文件 `{page.raw.file}`，共 {len(page.items)} 条。\n",
           "| 序 | 类型 | 标题 | 行 |", "| --- | --- | --- | --- |"]
    for item in page.items:
        first, last = item.lines
        out.append(f"| {item.sequence} | {KIND_LABELS[item.kind]} | "
                   f"[{escape_markdown(display_title(item))}](../{article_source(item.id)}) | {first}–{last} |")
    if page.furniture:
        out += ["", "## 版面附属信息", ""]
        out += [f"- {escape_markdown(b.text)}（第 {b.first_line} 行）" for b in page.furniture]
    return "\n".join(out) + "\n"


def render_index(pages: list[Page]) -> str:
    items = [i for p in pages for i in p.items]
    kinds = Counter(i.kind for i in items)
    dates = sorted({i.meta.get("date") for i in items if i.meta.get("date")})
    papers = sorted({i.meta.get("newspaper") for i in items if i.meta.get("newspaper")})
    out = ["# 报纸数字档案\n",
           "本档案收录从电子版报纸 PDF 提取的版面文本，经修复、切分为单篇文章，可浏览、检索与引用。\n",
           f"共收录 **{len(pages)}** 个版面、**{len(items)}** 条内容（"
           + "、".join(f"{KIND_LABELS[k]} {n}" for k, n in sorted(kinds.items())) + "）。"]
    if dates:
        out.append(f"日期范围：{dates[0]} 至 {dates[-1]}。")
    if papers:
        out.append("报纸：" + "、".join(papers) + "。")
    out.append("\n数据下载：[articles.jsonl](data/articles.jsonl)、[articles.csv](data/articles.csv)，字段说明见[数据说明](data.md)。\n")
    for page in pages:
        out.append(f"## [{escape_markdown(page.raw.stem)}]({page_source(page.raw.stem)})\n")
        for item in page.items:
            out.append(f"- {KIND_LABELS[item.kind]}：[{escape_markdown(display_title(item))}]({article_source(item.id)})")
        out.append("")
    return "\n".join(out)


DATA_PAGE = """# 数据说明

每条内容（文章、评论、简讯、转版续文、图片、资料框）导出为一条记录：

- [articles.jsonl](data/articles.jsonl)：每行一个 JSON 对象；
- [articles.csv](data/articles.csv)：同样的字段，列表字段以 `;` 分隔，`source` 拆为三列。

| 字段 | 含义 |
| --- | --- |
| `id` | 稳定标识，重新生成后不变 |
| `url` | 文章页面的站内相对路径 |
| `kind` | article、commentary、brief、continuation、photo、infobox |
| `kicker` / `title` / `subtitle` | 引题 / 主题 / 副题（版面上印的原文，无则为空） |
| `authors` | 记者、通讯员、评论员姓名 |
| `photographers` | 摄影、制图署名 |
| `newspaper` / `date` / `page` / `section` | 报纸、日期（YYYY-MM-DD）、版次、版名 |
| `regions` / `topics` / `keywords` | 地区、主题、关键词 |
| `source` | `file`：来源文件；`lines`：首行与末行行号 |
| `body` | 按阅读顺序的正文，小标题与段落以换行分隔，不含标题、署名和图片署名 |

JSON Schema：`generator/schema/article.schema.json`（随源代码发布）。
"""


def render_redirect(old: str, new: str) -> str:
    """The page of an id whose item was merged into another: it sends readers on."""
    meta = yaml.safe_dump({"template": "redirect.html", "redirect": f"../{new}/", "title": "已合并的条目"},
                          allow_unicode=True, sort_keys=False)
    return f"---\n{meta}---\n\n# 已合并的条目\n\n条目 {old} 已并入 [{new}](../{article_source(new)})。\n"


def render_docs(pages: list[Page], redirects: dict[str, str] | None = None) -> dict[str, str]:
    files: dict[str, str] = {"index.md": render_index(pages), "data.md": DATA_PAGE}
    for old, new in sorted((redirects or {}).items()):
        files[article_source(old)] = render_redirect(old, new)
    records = []
    for page in pages:
        files[page_source(page.raw.stem)] = render_page_listing(page)
        for item in page.items:
            files[article_source(item.id)] = render_article(item)
            records.append(export_record(item))
    files["data/articles.jsonl"] = to_jsonl(records)
    files["data/articles.csv"] = to_csv(records)
    return files
