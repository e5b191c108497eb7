"""Browse indexes: topics, places, dates, newspapers and their pages, authors, people mentioned,
and the feed.

Input is the export records (the public data model), output a mapping of docs/ paths to text.
Links are links between source files, so MkDocs resolves them in both builds (directory URLs on
the public site, .html files in the offline copy): Markdown links, and in the lists of articles
HTML links that generator.publish.listings hands to MkDocs' link processor. Every listing is sorted by data,
never by the clock, so two runs give the same bytes.
"""
from __future__ import annotations

import calendar
import hashlib
import html
import re
from collections import Counter, defaultdict
from functools import cache
from xml.sax.saxutils import escape as xml_escape

from . import listings
from ..archive.cjk import CJK
from .charts import coverage_calendars, month_chart, month_counts
from .citations import archive_name, chinese_date, feed_title, permalink, site_url
from .pagenames import page_name, told_apart
from ..archive.places import gazetteer
from .urls import article_source, page_source
from .escape import escape_markdown
from ..archive.labels import KIND_LABELS, PLACE_LEVELS as LEVEL_LABELS, UNKNOWN_NEWSPAPER, index_head, ui
from ..archive.labels import record_title as title_of
from ..archive.model import ITEM_KINDS as LISTED_KINDS

SAFE_SLUG = re.compile(rf"[\w{CJK}·（）]{{1,40}}")
COPY, NAMES = ui("browse"), ui("names")
WEEKDAYS = NAMES["weekdays"]


def slug(name: str) -> str:
    """A file name for a topic, author or newspaper: the name itself where it is plainly safe,
    else a short hash, so no name from the input can make a path."""
    if SAFE_SLUG.fullmatch(name):
        return name
    return "n" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]


def date_order(record: dict) -> tuple:
    return (record["date"] == "", _neg(record["date"]), record["source"]["file"], record["source"]["lines"][0])


def by_date(records: list[dict]) -> list[dict]:
    """Newest first; undated last; ties in page and reading order."""
    return sorted(records, key=date_order)


def _neg(date: str) -> tuple:
    return tuple(-int(part) for part in date.split("-")) if date else ()


def entry(record: dict) -> str:
    """One list item: date · newspaper · title, linked to its article · (kind)."""
    facts = " · ".join(filter(None, [chinese_date(record["date"]), record["newspaper"]]))
    kind = kind_note(record)
    lead = f"{html.escape(facts)} · " if facts else ""
    return f'<li>{lead}<a href="../{article_source(record["id"])}">{html.escape(title_of(record))}</a>{kind}</li>'


def kind_note(record: dict) -> str:
    """What follows an item's title in a list: its kind, unless it is an article."""
    return "" if record["kind"] == "article" else COPY["kind"].format(kind=KIND_LABELS[record["kind"]])


def page_count(name: str, href: str, count: int) -> str:
    """A newspaper page in a list of pages: its name, linked, and how many items it has."""
    return COPY["page_count"].format(page=f"[{escape_markdown(name)}]({href})", count=count)


def link(label: str, href: str) -> str:
    """A link in an HTML block: `label` is printed text, `href` a link between source files."""
    return f'<a href="{html.escape(href)}">{html.escape(label)}</a>'


class Listed:
    """The records the browse indexes list, each with its list line and its place in date order.
    A record is listed under its topics, places, date, newspaper and authors (nine times on
    average), and its line and place in the order are the same every time: made once, here.
    The records are held, so that an id known here is always that of the same record."""

    def __init__(self, records: list[dict]):
        self.records = sorted(records, key=date_order)
        self.place = {id(r): place for place, r in enumerate(self.records)}
        self.lines = {id(r): entry(r) for r in self.records}

    def by_date(self, records: list[dict]) -> list[dict]:
        """`by_date`, from the places made once where every record is one of these."""
        place = self.place
        if all(id(r) in place for r in records):
            return sorted(records, key=lambda r: place[id(r)])
        return by_date(records)

    def listing(self, records: list[dict]) -> list[str]:
        """A list of articles, newest first, as the HTML block generator.publish.listings passes
        through Markdown: as Markdown lines, these lists would be most of MkDocs' work on the
        browse pages (design/PERFORMANCE.md)."""
        lines = self.lines
        items = [lines[id(r)] if id(r) in lines else entry(r) for r in self.by_date(records)]
        return listings.html_block(["<ul>", *items, "</ul>"])


# --- topics -----------------------------------------------------------------------------------

def topic_pages(records: list[dict], listed: Listed | None = None) -> dict[str, str]:
    listed = Listed(records) if listed is None else listed
    members = defaultdict(list)
    for record in records:
        for topic in record["topics"]:
            members[topic].append(record)
    index, copy = index_head("topics"), COPY["topics"]
    rows = []
    files = {}
    for topic in sorted(members, key=lambda t: (-len(members[t]), t)):
        items = members[topic]
        newest = listed.by_date(items)[0]["date"]
        rows.append([link(topic, f"{slug(topic)}.md"), str(len(items)), chinese_date(newest)])
        files[f"topics/{slug(topic)}.md"] = "\n".join(
            [
                f"# {escape_markdown(topic)}\n",
                f"{copy['count'].format(count=len(items))}\n",
                *month_chart(month_counts([r["date"] for r in items]), copy["chart"].format(topic=topic)),
                *listed.listing(items),
                "",
            ]
        )
    files["topics/index.md"] = "\n".join([*index, *listings.html_table(copy["columns"], rows)]) + "\n"
    return files


# --- places -----------------------------------------------------------------------------------

def place_file(code: str) -> str:
    return "places/" + code.replace(":", "-") + ".md"


def place_pages(records: list[dict], listed: Listed | None = None) -> dict[str, str]:
    """Province → prefecture → county, zones beside; a place's page lists the articles mainly
    about it first, then those that mention it, then its sub-places."""
    listed = Listed(records) if listed is None else listed
    gaz = gazetteer()
    direct = defaultdict(list)   # code → [(record, main)]
    for record in records:
        for place in record["places"]:
            direct[place["code"]].append((record, place["main"]))
    children = defaultdict(set)
    shown = set(direct)
    for code in list(direct):
        while gaz.places[code].parent:
            parent = gaz.places[code].parent
            children[parent].add(code)
            shown.add(parent)
            code = parent

    @cache  # asked for each place, its parent and the index: made once
    def total(code: str) -> frozenset[str]:
        ids = {r["id"] for r, _ in direct.get(code, [])}
        for child in children.get(code, ()):
            ids |= total(child)
        return frozenset(ids)

    dates = {r["id"]: r["date"] for mentions in direct.values() for r, _ in mentions}
    copy = COPY["places"]
    files = {}
    for code in sorted(shown):
        place = gaz.places[code]
        path = [c for c in ancestors(code)]
        crumbs = " › ".join(f"[{escape_markdown(gaz.places[c].name)}](../{place_file(c)})" for c in path)
        mentions = direct.get(code, [])
        main = [r for r, is_main in mentions if is_main]
        other = [r for r, is_main in mentions if not is_main]
        out = [f"# {escape_markdown(place.name)}\n"]
        if crumbs:
            out.append(copy["above"].format(places=crumbs) + "\n")
        code_label = code if place.level != "zone" else copy["zone_code"]
        out.append(copy["facts"].format(level=LEVEL_LABELS[place.level], code=escape_markdown(code_label),
                                        count=len(total(code))) + "\n")
        out += month_chart(month_counts([dates[i] for i in sorted(total(code))]), place.name)
        if place.level == "zone" and place.within:
            within = "、".join(
                f"[{escape_markdown(gaz.places[c].name)}](../{place_file(c)})"
                if c in shown
                else escape_markdown(gaz.places[c].name)
                for c in place.within
            )
            out.append(copy["within"].format(places=within) + "\n")
        if main:
            out += [f"## {copy['main']}\n", *listed.listing(main), ""]
        if other:
            out += [f"## {copy['mentioned']}\n", *listed.listing(other), ""]
        subs = sorted(children.get(code, ()))
        if subs:
            out += [
                f"## {copy['below']}\n",
                *(copy["tally"].format(link=f"[{escape_markdown(gaz.places[c].name)}](../{place_file(c)})",
                                       count=len(total(c))) for c in subs),
                "",
            ]
        files[place_file(code)] = "\n".join(out)

    index = index_head("places")

    def tree(code: str, depth: int) -> None:
        link = f"[{escape_markdown(gaz.places[code].name)}]({place_file(code)[len('places/'):]})"
        index.append("    " * depth + copy["tally"].format(link=link, count=len(total(code))))
        for child in sorted(children.get(code, ())):
            tree(child, depth + 1)

    roots = sorted(c for c in shown if not gaz.places[c].parent and gaz.places[c].level not in ("zone", "country"))
    index.append(f"## {copy['divisions']}\n")
    for code in roots:
        tree(code, 0)
    zones = sorted(c for c in shown if gaz.places[c].level == "zone")
    if zones:
        index.append(f"\n## {copy['zones']}\n")
        for code in zones:
            tree(code, 0)
    if "CN" in shown:
        index.append(f"\n## {copy['country']}\n")
        tree("CN", 0)
    files["places/index.md"] = "\n".join(index) + "\n"
    return files



def ancestors(code: str) -> list[str]:
    gaz = gazetteer()
    found = []
    code = gaz.places[code].parent
    while code:
        found.append(code)
        code = gaz.places[code].parent
    return found[::-1]


# --- dates ------------------------------------------------------------------------------------

def date_pages(records: list[dict], listed: Listed | None = None) -> dict[str, str]:
    """Year → month → day; each month a page with a calendar whose days link to their day pages,
    each day a page listing its items by newspaper and page, in page order."""
    listed = Listed(records) if listed is None else listed
    months = defaultdict(list)
    days: defaultdict[str, list[dict]] = defaultdict(list)
    undated = []
    for record in records:
        if record["date"]:
            months[record["date"][:7]].append(record)
            if len(record["date"]) == 10:
                days[record["date"]].append(record)
        else:
            undated.append(record)
    files = {}
    index, copy = index_head("dates"), COPY["dates"]
    papers = defaultdict(set)  # newspaper → the days it has pages
    for record in records:
        papers[record["newspaper"] or UNKNOWN_NEWSPAPER].add(record["date"])
    calendars = coverage_calendars(papers)
    if calendars:
        index += [f"## {copy['coverage']}\n", f"{copy['coverage_intro']}\n", *calendars]
    for year in sorted({m[:4] for m in months}, reverse=True):
        index.append(f"## {NAMES['year'].format(year=year)}\n")
        for month in sorted((m for m in months if m.startswith(year)), reverse=True):
            items = months[month]
            month_days = sorted(d for d in days if d.startswith(month))
            day_links = "、".join(f"[{NAMES['day_alone'].format(day=int(d[8:]))}]({d}.md)" for d in month_days)
            day_links = copy["month_days"].format(days=day_links) if day_links else ""
            month_link = f"[{NAMES['month_alone'].format(month=int(month[5:]))}]({month}.md)"
            index.append(copy["month_entry"].format(month=month_link, count=len(items)) + day_links)
            files[f"dates/{month}.md"] = month_page(month, items, listed)
        index.append("")
    ordered = sorted(days)
    for place, day in enumerate(ordered):
        previous = ordered[place - 1] if place else ""
        following = ordered[place + 1] if place + 1 < len(ordered) else ""
        files[f"dates/{day}.md"] = day_page(day, days[day], previous, following)
    if undated:
        index += [f"## {copy['undated']}\n", *listed.listing(undated), ""]
    files["dates/index.md"] = "\n".join(index) + "\n"
    return files


def month_page(month: str, items: list[dict], listed: Listed | None = None) -> str:
    listed = Listed(items) if listed is None else listed
    year, number = int(month[:4]), int(month[5:])
    days: defaultdict[int, list[dict]] = defaultdict(list)
    month_only: list[dict] = []
    for record in items:
        (days[int(record["date"][8:10])] if len(record["date"]) == 10 else month_only).append(record)
    weeks = [[(link(str(day), f"{month}-{day:02d}.md") if day in days else str(day)) if day else "" for day in week]
             for week in calendar.Calendar().monthdayscalendar(year, number)]
    copy = COPY["dates"]
    out = [f"# {NAMES['month'].format(year=year, month=number)}\n", f"{copy['month_count'].format(count=len(items))}\n",
           *listings.html_table(list(WEEKDAYS), weeks, "archive-table archive-calendar"), ""]
    for day in sorted(days):
        named = NAMES["month_day"].format(month=number, day=day)
        out += [f"## {named} {{: #d{day} }}\n", f"[{copy['day_link'].format(day=named)}]({month}-{day:02d}.md)\n",
                *listed.listing(days[day]), ""]
    if month_only:
        out += [f"## {copy['month_alone']}\n", *listed.listing(month_only), ""]
    return "\n".join(out)


def day_label(day: str) -> str:
    """2024-06-22 → 2024年6月22日 星期六."""
    year, month, number = (int(part) for part in day.split("-"))
    return NAMES["with_weekday"].format(date=chinese_date(day), weekday=WEEKDAYS[calendar.weekday(year, month, number)])


def page_entry(record: dict) -> str:
    """One item of a page, in a list of that page's items: its title, linked, and its kind."""
    kind = kind_note(record)
    return f'<li><a href="../{article_source(record["id"])}">{html.escape(title_of(record))}</a>{kind}</li>'


def day_page(day: str, items: list[dict], previous: str, following: str) -> str:
    """One day: its newspapers (by name, unnamed last), each paper's pages (by page number), each
    page's items in the order they are printed, which is the order of the records (each page's
    items in page order, as `export_records` gives them)."""
    papers: defaultdict[str, defaultdict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for record in items:
        papers[record["newspaper"] or UNKNOWN_NEWSPAPER][record["source"]["file"].rsplit(".", 1)[0]].append(record)
    sheets = {stem: records for paper in papers.values() for stem, records in paper.items()}
    names = told_apart({stem: page_name(records[0]) for stem, records in sheets.items()},
                       {stem: title_of(records[0]) for stem, records in sheets.items()})
    copy = COPY["dates"]
    steps = [f"[{copy[step]}]({target}.md)" for step, target in (("previous", previous), ("next", following)) if target]
    month = f"[{NAMES['month_alone'].format(month=int(day[5:7]))}]({day[:7]}.md#d{int(day[8:])})"
    out = [f"# {day_label(day)}\n",
           copy["day_count"].format(count=len(items), papers=len(papers), pages=len(sheets), month=month)
           + ("　" + "　".join(steps) if steps else "") + "\n"]
    for paper in sorted(papers, key=lambda p: (p == UNKNOWN_NEWSPAPER, p)):
        pages = papers[paper]
        count = sum(map(len, pages.values()))
        paper_link = f"[{escape_markdown(paper)}](../newspapers/{slug(paper)}.md)"
        out.append(f"## {escape_markdown(paper)}\n")
        out.append(copy["paper_count"].format(count=count, pages=len(pages), paper=paper_link) + "\n")
        for stem in sorted(pages, key=lambda s: (pages[s][0]["page"], s)):
            records = pages[stem]
            out.append(page_count(names[stem], f"../{page_source(stem)}", len(records)) + "\n")
            out += [*listings.html_block(["<ol>", *map(page_entry, records), "</ol>"]), ""]
    return "\n".join(out)


# --- newspapers and their pages ----------------------------------------------------------------

def newspaper_pages(records: list[dict]) -> dict[str, str]:
    """Newspaper → date → page (版面), each page linking to its page listing in page order."""
    papers: defaultdict[str, defaultdict[str, dict]] = defaultdict(lambda: defaultdict(dict))
    counts: defaultdict[str, Counter] = defaultdict(Counter)  # newspaper → articles a month
    for record in records:
        paper = record["newspaper"] or UNKNOWN_NEWSPAPER
        counts[paper].update(month_counts([record["date"]]))
        stem = record["source"]["file"].rsplit(".", 1)[0]
        sheet = papers[paper][record["date"]].setdefault(
            stem, {"page": record["page"], "name": page_name(record), "lead": title_of(record), "count": 0})
        sheet["count"] += 1
    files = {}
    index, copy = index_head("newspapers"), COPY["newspapers"]
    rows = []
    for paper in sorted(papers, key=lambda p: (p == UNKNOWN_NEWSPAPER, p)):
        dates = papers[paper]
        known = sorted(d for d in dates if d)
        span = copy["span"].format(first=chinese_date(known[0]), last=chinese_date(known[-1])) if known else ""
        count = sum(s["count"] for d in dates.values() for s in d.values())
        rows.append([link(paper, f"{slug(paper)}.md"), str(sum(len(d) for d in dates.values())), str(count), span])
        out = [f"# {escape_markdown(paper)}\n", f"{copy['back']}\n", *month_chart(counts[paper], paper)]
        sheets = {stem: sheet for day in dates.values() for stem, sheet in day.items()}
        names = told_apart(
            {stem: s["name"] for stem, s in sheets.items()}, {stem: s["lead"] for stem, s in sheets.items()}
        )
        for date in sorted(dates, key=lambda d: (d == "", _neg(d))):
            out.append(f"## {chinese_date(date) or NAMES['undated']}\n")
            for stem, sheet in sorted(dates[date].items(), key=lambda kv: (kv[1]["page"], kv[0])):
                out.append("- " + page_count(names[stem], f"../{page_source(stem)}", sheet["count"]))
            out.append("")
        files[f"newspapers/{slug(paper)}.md"] = "\n".join(out)
    files["newspapers/index.md"] = (
        "\n".join([*index, *listings.html_table(copy["columns"], rows)]) + "\n"
    )
    return files


# --- authors and the people mentioned -----------------------------------------------------------

def author_pages(records: list[dict], listed: Listed | None = None) -> dict[str, str]:
    listed = Listed(records) if listed is None else listed
    # name → role → records
    copy = COPY["authors"]
    roles: defaultdict[str, defaultdict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for record in records:
        for name in record["authors"]:
            roles[name][copy["roles"]["text"]].append(record)
        for name in record["photographers"]:
            roles[name][copy["roles"]["photo"]].append(record)
    mentioned = {name for record in records for name in record["people"]}
    files = {}
    index = index_head("authors")
    rows = []
    for name in sorted(roles, key=lambda n: (-sum(map(len, roles[n].values())), n)):
        by_role = roles[name]
        count = sum(map(len, by_role.values()))
        rows.append([link(name, f"{slug(name)}.md"), str(count), "、".join(sorted(by_role))])
        also = (copy["mentioned"].format(name=escape_markdown(name), link=f"../people/{slug(name)}.md")
                if name in mentioned else "")
        out = [f"# {escape_markdown(name)}\n", copy["count"].format(count=count, mentioned=also) + "\n"]
        for role in sorted(by_role):
            out += [f"## {role}\n", *listed.listing(by_role[role]), ""]
        files[f"authors/{slug(name)}.md"] = "\n".join(out)
    files["authors/index.md"] = "\n".join([*index, *listings.html_table(copy["columns"], rows)]) + "\n"
    return files


def people_pages(records: list[dict], listed: Listed | None = None) -> dict[str, str]:
    """The people named in the articles' text (enrich's `people`: an item's own authors and
    photographers left out), each with the articles that mention them, newest first."""
    listed = Listed(records) if listed is None else listed
    members: defaultdict[str, list[dict]] = defaultdict(list)
    for record in records:
        for name in record["people"]:
            members[name].append(record)
    signed = Counter(name for record in records for name in {*record["authors"], *record["photographers"]})
    files = {}
    index, copy = index_head("people"), COPY["people"]
    rows = []
    for name in sorted(members, key=lambda n: (-len(members[n]), n)):
        items = members[name]
        signer = f"../authors/{slug(name)}.md"
        author = link(copy["signed"].format(count=signed[name]), signer) if name in signed else ""
        newest = listed.by_date(items)[0]["date"]
        rows.append([link(name, f"{slug(name)}.md"), str(len(items)), chinese_date(newest), author])
        also = copy["signed_link"].format(name=escape_markdown(name), link=signer) if name in signed else ""
        files[f"people/{slug(name)}.md"] = "\n".join(
            [f"# {escape_markdown(name)}\n", copy["count"].format(count=len(items), signed=also) + "\n",
             *listed.listing(items), ""])
    files["people/index.md"] = "\n".join([*index, *listings.html_table(copy["columns"], rows)]) + "\n"
    return files


# --- feed -------------------------------------------------------------------------------------

def atom_feed(records: list[dict], limit: int = 50, listed: Listed | None = None) -> str:
    """Newest items as Atom. Times come from the items' dates, never from the clock."""
    listed = Listed(records) if listed is None else listed
    dated = [r for r in listed.by_date(records) if r["date"]][:limit]
    base = site_url()

    def stamp(date: str) -> str:
        parts = (date.split("-") + ["01", "01"])[:3]
        return f"{parts[0]}-{parts[1]}-{parts[2]}T00:00:00+08:00"

    updated = stamp(dated[0]["date"]) if dated else "1970-01-01T00:00:00+00:00"
    title = feed_title().format(site=archive_name())
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
           f"  <title>{xml_escape(title)}</title>", f'  <link href="{xml_escape(base)}"/>',
           f'  <link rel="self" href="{xml_escape(base)}feed.xml"/>', f"  <id>{xml_escape(base)}</id>",
           f"  <updated>{updated}</updated>"]
    for record in dated:
        link = xml_escape(permalink(record))
        out += ["  <entry>", f"    <title>{xml_escape(title_of(record))}</title>", f'    <link href="{link}"/>',
                f"    <id>{link}</id>", f"    <updated>{stamp(record['date'])}</updated>"]
        out += [f"    <author><name>{xml_escape(name)}</name></author>" for name in record["authors"]]
        if not record["authors"]:
            out.append(f"    <author><name>{xml_escape(record['newspaper'] or archive_name())}</name></author>")
        out += [f'    <category term="{xml_escape(topic, {chr(34): "&quot;"})}"/>' for topic in record["topics"]]
        out += [f"    <summary>{xml_escape(record['body'][:200])}</summary>", "  </entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n"


def browse_files(records: list[dict]) -> dict[str, str]:
    shown = [r for r in records if r["kind"] in LISTED_KINDS]
    listed = Listed(shown)  # made once for all the indexes
    return {**topic_pages(shown, listed), **place_pages(shown, listed), **date_pages(shown, listed),
            **newspaper_pages(shown), **author_pages(shown, listed), **people_pages(shown, listed),
            "feed.xml": atom_feed(shown, listed=listed)}
