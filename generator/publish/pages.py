"""The pages of docs/: an article's page (its front matter, its text, what it links to), a
newspaper page's listing, the home page, the pages of retired ids, the data exports.

Each is a mapping of relative path → text; nothing is written here (generator.publish.site).
"""
from __future__ import annotations

import functools
import html
import json
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Sequence

import yaml

from ..archive.ids import Entry, redirect_target
from ..archive.model import Article, Page
from .citations import (archive_name, chinese_date, citation_downloads, citation_texts, cited_title, creators,
                        permalink, site_url)
from .browse import place_file, slug
from .listings import html_table
from .pagenames import date_label, page_name, page_number, told_apart
from ..archive.jumps import jump_links, marker_page
from .related import Link, same_event
from .report import issue
from .records import export_record, to_csv, to_jsonl
from .urls import article_source, page_source
from ..archive.datafiles import SCHEMA
from ..archive.datafiles import text as data_text
from .escape import AS_JSON, NOT_YAML_PRINTABLE, escape_markdown, yaml_escaped
from ..archive.labels import HEADLINE_SOURCES, KIND_LABELS, first_sentence, item_title as display_title, ui


def front_matter(item: Article, record: dict, page_items: Sequence[Article] | None = None) -> dict:
    """The page's front-matter. MkDocs themes print front-matter values into HTML as they are
    (Jinja without autoescape: the title in <title>, the header, meta tags, citations), so every
    text is HTML-escaped here; `jsonld` stays raw because the template dumps it with `tojson`.
    The raw values are in the export (data/articles.jsonl) and in the JSON-LD."""
    meta = {key: value for key, value in record.items() if key not in ("body", "url")}
    # A continuation's citations name the page it continues (its marker's, not in the export).
    cited = dict(record, continues=marker_page(item, "continuation") or "") if item.kind == "continuation" else record
    return {
        **html_safe(meta),
        "title": html_safe(display_title(item)),
        "printed_title": html_safe(item.title),
        "sequence": item.sequence,
        "warnings": html_safe(list(item.warnings)),
        "summary": html_safe(record["body"][:120]),
        # <meta name="description"> and og:description (Material's base.html and main.html)
        "description": html_safe(first_sentence(record["body"]) or cited_title(cited)),
        "permalink": html_safe(permalink(record)),
        # A list, not a mapping: the order shown is part of the page, and a mapping's order is
        # not kept by every builder (Zensical hands templates its keys sorted).
        "citations": html_safe([{"style": style, "text": text} for style, text in citation_texts(cited).items()]),
        # citation_title and citation_author meta tags (theme_overrides/main.html): as cited
        "citation_title": html_safe(cited_title(cited)),
        "citation_authors": html_safe(creators(record)),
        # The citation panel (theme_overrides/main.html) shows these; not Markdown links: MkDocs'
        # Markdown would try its inline patterns on three long data: URLs a page.
        "downloads": html_safe([{"label": label, "file": name, "url": url}
                                for label, name, url in citation_downloads(cited)]),
        "jsonld": json_ld(record),
        # 报告切分错误 (theme_overrides/main.html): the issue text, and its query for the forge
        "report": html_safe(issue(item, permalink(record), page_items or [item])),
    }


def front_matter_text(meta: dict) -> str:
    """The front-matter as YAML, one line per key: `key: <the value as JSON>`, which YAML reads
    as a flow node with the same value (tests/test_properties.py loads it back). JSON is
    written many times faster than by PyYAML's representer, which would be most of the
    rendering (design/PERFORMANCE.md)."""
    text = "".join(f"{key}: {AS_JSON(value)}\n" for key, value in meta.items())
    # Only inside the JSON strings can such a character be (the keys are plain names): one
    # pass over the whole text rather than one a line.
    return yaml_escaped(text)


FRONT_MATTER_LINE = re.compile(r"([a-z][a-z0-9_]*): (.+)")
YAML_WORDS = {"yes", "no", "true", "false", "on", "off", "null"}  # keys YAML 1.1 reads as bool or null
YAML_FLOAT = re.compile(r"-?[0-9]+\.[0-9]*(?:[eE][-+][0-9]+)?")  # JSON floats YAML 1.1 reads as floats
SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")  # JSON pairs two of them into one character, YAML not


def read_front_matter_text(text: str) -> dict | None:
    """The values of a front-matter written by `front_matter_text`, read as JSON (the values
    YAML gives, at a tenth of the cost: PyYAML is a large share of MkDocs' build otherwise);
    None when `text` is not entirely in that form or holds anything YAML 1.1 could read
    otherwise (a key like `on`, a float like 1e-05, an escaped surrogate, a carriage return,
    a raw tab or a character YAML does not accept): such a front-matter is left to YAML."""
    if "\r" in text or "\t" in text or NOT_YAML_PRINTABLE.search(text) or SURROGATE_ESCAPE.search(text):
        return None
    data = {}
    try:
        for line in text.removesuffix("\n").split("\n"):
            match = FRONT_MATTER_LINE.fullmatch(line)
            if not match or match[1] in YAML_WORDS:
                return None
            data[match[1]] = json.loads(match[2], parse_float=yaml_float, parse_constant=not_yaml)
    except ValueError:  # not JSON, or a number YAML reads otherwise
        return None
    return data


def yaml_float(text: str) -> float:
    if not YAML_FLOAT.fullmatch(text):
        raise ValueError(f"{text} is not a float in YAML 1.1")
    return float(text)


def not_yaml(text: str):
    raise ValueError(f"{text} is not a number in YAML")


def html_safe(value):
    """Every string in `value` (nested lists and mappings too) HTML-escaped, quotes included."""
    if isinstance(value, str):
        return html.escape(value)
    if isinstance(value, list):
        return [html_safe(v) for v in value]
    if isinstance(value, dict):
        return {k: html_safe(v) for k, v in value.items()}
    return value


def json_ld(record: dict) -> dict:
    """schema.org NewsArticle, for search engines and reference managers."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": record["title"] or cited_title(record),
        "author": [{"@type": "Person", "name": name} for name in record["authors"]],
        "datePublished": record["date"],
        "publisher": {"@type": "Organization", "name": record["newspaper"]} if record["newspaper"] else None,
        "pagination": record["page"],
        "inLanguage": "zh-CN",
        "url": permalink(record),
        "keywords": record["keywords"],
    }
    return {key: value for key, value in data.items() if value}


def metadata_panel(record: dict) -> list[str]:
    """The facts a reader checks first, as Markdown so links resolve in every build; each fact
    links to its browse page."""
    rows = []
    facts = []
    if record["newspaper"]:
        facts.append(f"[{escape_markdown(record['newspaper'])}](../newspapers/{slug(record['newspaper'])}.md)")
    if record["edition"]:
        facts.append(escape_markdown(record["edition"]))
    if record["date"]:
        # A day has its own page (its papers and pages); a date known to the month only, its month's.
        target = record["date"] if len(record["date"]) == 10 else record["date"][:7]
        facts.append(f"[{escape_markdown(date_label(record))}](../dates/{target}.md)")
    # The newspaper and date stand just before: the page's number completes its name.
    facts.append(f"[{escape_markdown(page_number(record['page']))}](../{page_source(page_stem(record))})")
    facts += [escape_markdown(v) for v in (record["section"], KIND_LABELS[record["kind"]]) if v]
    facts += [link for link in [original_page_link(record)] if link]
    rows.append("　".join(facts))
    panel = ui("article")["panel"]
    if record["authors"]:
        rows.append(panel["authors"].format(names="、".join(link_people(record["authors"]))))
    if record["photographers"]:
        rows.append(panel["photographers"].format(names="、".join(link_people(record["photographers"]))))
    if record["people"]:
        rows.append(panel["people"].format(names="、".join(link_mentioned(record["people"]))))
    if record["agencies"]:
        rows.append(panel["agencies"].format(agencies=escape_markdown("、".join(record["agencies"]))))
    if record["places"]:
        rows.append(panel["places"].format(places="、".join(link_places(record))))
    if record["topics"]:
        rows.append(panel["topics"].format(topics="、".join(link_topics(record))))
    return ['<div class="archive-meta" markdown>', "", *(f"{row}\n" for row in rows), "</div>", ""]


def original_page_link(record: dict) -> str:
    """The original page (the sidecar's source_url) as a link, or "" where none is known."""
    url = record.get("source_url", "")
    return f'<a href="{html.escape(url)}">{ui("article")["original_page"]}</a>' if url else ""


def photo_note(record: dict) -> str:
    """The archive keeps a photo's caption and credit only: it says so, and where to see it."""
    link, copy = original_page_link(record), ui("article")
    where = copy["photo_where"].format(link=link) if link else ""
    return f'<p class="archive-photo-note">{copy["photo_note"].format(where=where)}</p>\n'


def page_stem(record: dict) -> str:
    return record["source"]["file"].rsplit(".", 1)[0]


def link_people(names: list[str]) -> list[str]:
    return [f"[{escape_markdown(name)}](../authors/{slug(name)}.md)" for name in names]


def link_mentioned(names: list[str]) -> list[str]:
    return [f"[{escape_markdown(name)}](../people/{slug(name)}.md)" for name in names]


def link_places(record: dict) -> list[str]:
    """Main places first and in bold, then the rest by mentions; at most twelve."""
    places = sorted(record["places"], key=lambda p: (not p["main"], -p["count"], p["code"]))[:12]
    links = []
    for place in places:
        link = f"[{escape_markdown(place['name'])}](../{place_file(place['code'])})"
        links.append(f"**{link}**" if place["main"] else link)
    return links


def link_topics(record: dict) -> list[str]:
    return [f"[{escape_markdown(topic)}](../topics/{slug(topic)}.md)" for topic in record["topics"]]


def article_link(item: Article) -> str:
    """Another article, linked by its title (from an article page)."""
    return f"[{escape_markdown(display_title(item))}]({item.id}.md)"


def neighbours_section(item: Article, neighbours: dict) -> list[str]:
    copy = ui("article")
    lines = []
    previous, following = neighbours.get("previous"), neighbours.get("next")
    if previous or following:
        parts = []
        if previous:
            parts.append(copy["previous"].format(link=article_link(previous)))
        if following:
            parts.append(copy["next"].format(link=article_link(following)))
        lines.append(copy["page_neighbours"].format(links="　".join(parts)) + "\n{: .archive-neighbours }\n")
    for kind in ("continues", "continued"):
        jump = neighbours.get(kind)
        if jump:
            page = jump.meta.page
            where = page_number(page) if page else ""
            lines.append(copy[kind].format(page=where, link=article_link(jump)) + "\n{: .archive-jump }\n")
    related = neighbours.get("related", [])
    if related:
        lines.append(copy["related"].format(links="；".join(map(article_link, related))) + "\n{: .archive-related }\n")
    return lines


def same_event_section(links: list[Link], described: dict[str, str] | None = None) -> list[str]:
    """同一事件的其他报道: the reprints of the article in other issues and the reports of the
    same event there (related.same_event), each with its paper, date and title and the share of
    this article's text found in it. `described`: each linked article's paper, date and title as
    shown, by id, kept across the pages of a run (an article is linked from many)."""
    if not links:
        return []
    copy = ui("article")["same_event"]
    rows = []
    for link in links:
        share = copy["share"].format(share=link.share) if link.share >= 1 else copy["little"]
        rows.append(copy["entry"].format(article=described_link(link.item, described), kind=copy["kinds"][link.kind],
                                       share=share))
    return ['<div class="archive-same-event" markdown>', "", f"## {copy['heading']}\n",
            f"{copy['intro']}\n", "\n".join(rows) + "\n", "</div>", ""]


def described_link(item: Article, described: dict[str, str] | None = None) -> str:
    """An article as a list of same-event reports shows it: paper, date, linked title."""
    if described is not None and item.id in described:
        return described[item.id]
    meta = item.meta
    record = {"date": meta.date, "date_source": meta.provenance.get("date", {}).get("source", "")}
    paper = meta.newspaper or ui("article")["same_event"]["unknown_newspaper"]
    date = date_label(record) or ui("names")["undated"]
    text = f"{escape_markdown(paper)}　{escape_markdown(date)}　{article_link(item)}"
    if described is not None:
        described[item.id] = text
    return text


def same_event_key(links: list[Link], described: dict[str, str]) -> tuple:
    """What `same_event_section` shows of the linked articles: their part of a page's cache key."""
    return tuple((described_link(link.item, described), link.kind, link.share) for link in links)


def render_article(item: Article, neighbours: dict | None = None, record: dict | None = None) -> str:
    """An article's page; `record` is its export_record, where computed already."""
    record = record or export_record(item)
    out = [f"---\n{front_matter_text(front_matter(item, record, (neighbours or {}).get('page')))}---\n"]
    if item.kicker:
        out.append(f'<p class="kicker">{html.escape(item.kicker)}</p>\n')
    out.append(f"# {escape_markdown(display_title(item))}\n")
    if item.subtitle:
        out.append(f'<p class="subtitle">{html.escape(item.subtitle)}</p>\n')
    out += metadata_panel(record)
    if item.kind == "photo":
        out.append(photo_note(record))
    paragraph = 0
    for block in item.body_blocks:
        if block.kind in ("continuation", "jump"):
            out.append(f'<p class="continuation">{html.escape(block.text)}</p>\n')
        elif block.kind == "heading":
            out.append(f"## {escape_markdown(block.text)}\n")
        else:
            paragraph += 1
            css = " .caption" if block.kind == "caption" else ""
            out.append(f"{escape_markdown(block.text)}\n{{: #p{paragraph}{css} }}\n")
    out.append("---\n")
    out += neighbours_section(item, neighbours or {})
    out += same_event_section((neighbours or {}).get("same_event", []), (neighbours or {}).get("described"))
    first, last = item.lines
    raw = "\n".join(b.text for b in sorted(item.blocks, key=lambda b: (b.first_line, b.spans[0].start)))
    copy = ui("article")
    headline = HEADLINE_SOURCES.get(item.headline_source, item.headline_source)
    source = copy["source"].format(file=html.escape(item.file), first=first, last=last, headline=html.escape(headline))
    out.append(f'<p class="source">{source}</p>\n')
    out.append(f"<details class=\"archive-raw\"><summary>{copy['raw']}</summary>\n"
               f"<pre>{html.escape(raw)}</pre>\n</details>\n")
    return "\n".join(out)


def render_page_listing(page: Page) -> str:
    """版面导航: one newspaper page, its items in page order, its furniture, where it came from."""
    record = export_record(page.items[0])  # the page's facts, as every item of it has them
    paper, date = record["newspaper"], record["date"]
    copy = ui("page")
    out = [f"# {escape_markdown(page_name(record))}\n"]
    facts = [copy["count"].format(count=len(page.items))]
    if record["source_url"]:
        facts.append(original_page_link(record))
    if paper:
        facts.append(copy["newspaper"].format(paper=escape_markdown(paper), link=f"../newspapers/{slug(paper)}.md"))
    if date:
        if len(date) == 10:
            facts.append(f"[{copy['same_day']}](../dates/{date}.md)")
        facts.append(f"[{copy['same_month']}](../dates/{date[:7]}.md)")
    out.append("；".join(facts) + "。\n")
    rows = []
    for item in page.items:
        first, last = item.lines
        rows.append([str(item.sequence), KIND_LABELS[item.kind],
                     f'<a href="../{article_source(item.id)}">{html.escape(display_title(item))}</a>',
                     html.escape("、".join(item.authors)), f"{first}–{last}"])
    # HTML, not a Markdown table, which would be most of MkDocs' work on the listing (generator.publish.listings)
    out += html_table(copy["columns"], rows, "archive-table archive-page-items")
    if page.furniture:
        out += ["", f"## {copy['furniture']}", ""]
        out += [f"- {escape_markdown(b.text)}{copy['furniture_line'].format(line=b.first_line)}"
                for b in page.furniture]
    out += ["", f"<p class=\"source\">{copy['source'].format(file=html.escape(page.raw.file))}</p>"]
    return "\n".join(out) + "\n"


def render_index(pages: list[Page]) -> str:
    items = [i for p in pages for i in p.items]
    kinds = Counter(i.kind for i in items)
    dates = sorted({i.meta.date for i in items if i.meta.date})
    papers = sorted({i.meta.newspaper for i in items if i.meta.newspaper})
    topics = Counter(t for i in items for t in i.meta.topics)
    copy = ui("home")
    out = [f"# {escape_markdown(archive_name())}\n", f"{copy['intro']}\n",
           copy["counts"].format(pages=len(pages), items=len(items),
                                 kinds="、".join(copy["kind_count"].format(kind=KIND_LABELS[k], count=n)
                                                for k, n in sorted(kinds.items())))]
    if dates:
        out.append(copy["dates"].format(first=chinese_date(dates[0]), last=chinese_date(dates[-1])))
    if papers:
        out.append(copy["papers"].format(
            papers="、".join(f"[{escape_markdown(p)}](newspapers/{slug(p)}.md)" for p in papers)))
    top_topics = sorted(topics.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
    out += [f"\n## {copy['start']}\n",
            copy["topics"].format(topics="、".join(f"[{escape_markdown(t)}](topics/{slug(t)}.md)"
                                                  for t, _ in top_topics)),
            *copy["ways"][:-1], copy["ways"][-1] + "\n",
            f"## {copy['pages']}\n"]
    names = told_apart({page.raw.stem: page_name(export_record(page.items[0])) for page in pages},
                       {page.raw.stem: display_title(page.items[0]) for page in pages})
    for page in pages:
        linked = f"[{escape_markdown(names[page.raw.stem])}]({page_source(page.raw.stem)})"
        out.append("- " + ui("browse")["page_count"].format(page=linked, count=len(page.items)))
    out.append("")
    return "\n".join(out)


@functools.cache
def export_schema() -> str:
    """The export's JSON Schema (generator/schema/), published beside the exports."""
    return (SCHEMA / "article.schema.json").read_text(encoding="utf-8")


def common_feature(articles: int) -> int:
    """How many articles a feature may have and still relate them: 2.5-5 % of the archive, at
    least 50, moving only when the archive doubles. A bound that moved with every article added
    would drop or restore, at each addition, every feature just at it, and with them the related
    articles of hundreds of pages (each rendered again, each changed for its readers)."""
    share = articles // 20
    return max(50, 1 << (share.bit_length() - 1)) if share else 50


def related_items(items: list[Article], limit: int = 3) -> dict[str, list[Article]]:
    """Articles that share at least two topics, main places or keywords, most shared first.
    Features much of the archive shares say nothing and are skipped, which also keeps this
    linear in the size of the archive: those of more items than `common_feature`."""
    readable = [item for item in items if item.kind != "photo"]
    postings: dict[str, list[int]] = {}
    for n, item in enumerate(readable):
        meta = item.meta
        features = ({f"t:{t}" for t in meta.topics} | {f"p:{p.name}" for p in meta.main_places}
                    | {f"k:{k}" for k in meta.keywords})
        for feature in features:
            postings.setdefault(feature, []).append(n)
    common = common_feature(len(readable))
    shared: list[Counter] = [Counter() for _ in readable]
    for members in postings.values():
        if len(members) > common:
            continue
        for n in members:
            shared[n].update(members)
    related = {}
    for n, item in enumerate(readable):
        scored = sorted((-count, readable[m].id, m) for m, count in shared[n].items() if m != n and count >= 2)
        related[item.id] = [readable[m] for _, _, m in scored[:limit]]
    return related


def render_retired(entry: Entry) -> str:
    """The page of an id that names no item of its own: it sends readers on to the item that
    holds its text now (merged into another, or moved: its page renamed, its opening edited),
    or, where no item does, it is a tombstone saying what was there."""
    old, new = entry.id, redirect_target(entry)
    if new is None:
        return render_tombstone(entry)
    copy, merged = ui("retired"), entry.status.startswith("merged")
    title = copy["merged" if merged else "moved"]
    told = copy["merged_into" if merged else "moved_to"].format(old=old, new=new, link=f"../{article_source(new)}")
    meta = yaml.safe_dump({"template": "redirect.html", "redirect": f"../{new}/", "title": title},
                          allow_unicode=True, sort_keys=False)
    return f"---\n{meta}---\n\n# {title}\n\n{told}\n"


DATE = re.compile(r"[0-9]{4}(-[0-9]{1,2}){0,2}")


def render_tombstone(entry: Entry) -> str:
    """An id whose text is in no page of the archive any more. A run reads no clock (the same
    inputs give the same docs/), so the page says when the item was printed, not when it went."""
    copy = ui("retired")
    date = chinese_date(entry.date) if DATE.fullmatch(entry.date) else entry.date
    known = [(copy["known"]["title"], entry.title), (copy["known"]["newspaper"], entry.newspaper),
             (copy["known"]["date"], date), (copy["known"]["file"], entry.file)]
    lines = "".join(f"- {label}：{escape_markdown(value)}\n" for label, value in known if value)
    meta = front_matter_text({"template": "tombstone.html", "title": copy["removed"]})
    return (f"---\n{meta}---\n\n# {copy['removed']}\n\n"
            f"{copy['removed_text'].format(id=entry.id)}\n\n{lines}\n{copy['when']}\n")


def export_records(pages: list[Page]) -> list[dict]:
    return [export_record(item) for page in pages for item in page.items]


def fixed_pages(pages: list[Page], retired: list[Entry] | None = None) -> dict[str, str]:
    """The home page, the data and about pages, the export's schema and the page of each
    retired id: the pages not made from one newspaper page."""
    files: dict[str, str] = {"index.md": render_index(pages), "data.md": data_text("data-page.md"),
                             "about.md": data_text("about-page.md"), "data/article.schema.json": export_schema()}
    for entry in retired or []:
        files[article_source(entry.id)] = render_retired(entry)
    return files


@dataclass(frozen=True)
class PageJob:
    """A page of docs/ made from one newspaper page: an article's page or the page's listing.
    `shows` is everything it shows that is not of its newspaper page (its place and id, the
    public URL, the ids and titles of the articles it links to): with that page's own inputs,
    all its Markdown is made of."""

    path: str
    page: int  # the newspaper page's place in the archive
    shows: tuple
    render: Callable[[], str]
    article: bool = True  # an article's page (else a listing)


def page_jobs(pages: list[Page], records: list[dict], sketches: list | None = None) -> Iterator[PageJob]:
    """Each newspaper page's listing, then its articles' pages, in the archive's order;
    `records` are the items' export records, in the same order (and `sketches` their
    `related.sketch`, where made already). A job's `render` is called before the next job is
    made, or never."""
    related = related_items([i for p in pages for i in p.items])
    reported = same_event([i for p in pages for i in p.items], made=sketches)
    described: dict[str, str] = {}  # same_event_section's text of each article linked to
    jumps = jump_links(pages)
    by_item = iter(records)
    base = site_url()
    for number, page in enumerate(pages):
        yield PageJob(page_source(page.raw.stem), number, tuple(item.id for item in page.items),
                      functools.partial(render_page_listing, page), article=False)
        for n, item in enumerate(page.items):
            neighbours: dict[str, Any] = {"previous": page.items[n - 1] if n > 0 else None,
                                          "next": page.items[n + 1] if n + 1 < len(page.items) else None,
                                          "related": related.get(item.id, []),
                                          "same_event": reported.get(item.id, []),
                                          "described": described, "page": page.items, **jumps.get(id(item), {})}
            record = next(by_item)
            linked = [(i.id, display_title(i)) if i else None for i in (neighbours["previous"], neighbours["next"])]
            shows = (n, item.id, base, *linked, *((r.id, display_title(r)) for r in neighbours["related"]),
                     *((kind, j.id, display_title(j), j.meta.page) for kind in ("continued", "continues")
                       if (j := neighbours.get(kind))), same_event_key(neighbours["same_event"], described))
            yield PageJob(article_source(item.id), number, shows, functools.partial(render_article, item, neighbours,
                                                                                   record))


def render_pages(pages: list[Page], records: list[dict], retired: list[Entry] | None = None,
                 sketches: list | None = None, made: Callable[[PageJob], str] | None = None) -> dict[str, str]:
    """Home, data page, article pages and page listings (`sketches`: see `page_jobs`). `made`
    gives each page job's text in place of `job.render()`, calling it or not: the caller
    decides which pages are rendered again and what stands for the others."""
    files = fixed_pages(pages, retired)
    for job in page_jobs(pages, records, sketches):
        files[job.path] = job.render() if made is None else made(job)
    return files


def data_exports(records: list[dict]) -> dict[str, str]:
    """data/articles.jsonl and .csv."""
    return {"data/articles.jsonl": to_jsonl(records), "data/articles.csv": to_csv(records)}
