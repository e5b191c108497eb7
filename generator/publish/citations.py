"""Ready citations of an item, from its export record and its public permalink.

Styles: GB/T 7714—2015 (newspaper [N] and online [N/OL]), APA 7, Chicago; downloads as
BibTeX, RIS and CSL-JSON (`article-newspaper`). The cited URL is always the public permalink
(site_url from mkdocs.yml + the article's URL), in the offline copy too.

Each style's own words (GB/T 7714's [N], [出版者不详], 等; APA's and Chicago's 日期不详, 报纸不详,
（摄影）) are its grammar, fixed by the style rather than by the site, and stay here; the copy
the site chooses (the styles' names, a continuation's note) is in generator/data/ui.yml.
"""
from __future__ import annotations

import base64
import json
import re
from functools import cache
from pathlib import Path

import yaml

from ..archive.labels import KIND_LABELS, opening_words, ui

ROOT = Path(__file__).resolve().parent.parent.parent
# The access date (GB/T 7714 引用日期, BibTeX urldate, RIS Y2, CSL-JSON accessed) is the day the
# reader consults the page, so the page script (theme_overrides/assets/javascripts/article.js)
# fills it in, in the shown citations and in the downloads: docs/ stays the same for the same
# inputs, and a citation copied without the script keeps a placeholder the reader sees and fills.
ACCESS_DATE = "[引用日期]"
# How the script fills it in, by format: the text replaced (its last occurrence) and the date's
# form. Each format puts its access date after every printed text, so a title that holds the
# placeholder keeps it. `fill_access_date` does the same in Python, for the tests.
ACCESS_FILLS = {"text": (ACCESS_DATE, "[{y}-{m:02}-{d:02}]"), "bib": (ACCESS_DATE, "{y}-{m:02}-{d:02}"),
                "ris": (ACCESS_DATE, "{y}/{m:02}/{d:02}/"), "json": (f'"{ACCESS_DATE}"', "{y}, {m}, {d}")}


def fill_access_date(text: str, kind: str, date: str) -> str:
    """`text` (a shown citation, or a download of kind bib, ris or json) with the access date
    `date` (YYYY-MM-DD) in its place, as the page script fills it in."""
    token, form = ACCESS_FILLS[kind]
    y, m, d = (int(part) for part in date.split("-"))
    before, found, after = text.rpartition(token)
    return before + form.format(y=y, m=m, d=d) + after if found else text


SITE_KEYS = {"site_url": r"^site_url:\s*(\S+)", "site_name": r"^site_name:\s*(.+?)\s*$",
             "feed_title": r"^\s+feed_title:\s*(.+?)\s*$"}  # the last under `extra:`


@cache
def site_config(config: Path = ROOT / "mkdocs.yml") -> dict[str, str]:
    """site_url, site_name and the feed's title, read from the one place they are set."""
    text = config.read_text(encoding="utf-8")
    return {key: match.group(1) for key, pattern in SITE_KEYS.items()
            if (match := re.search(pattern, text, re.MULTILINE))}


def site_url() -> str:
    """The public base URL."""
    url = site_config().get("site_url", "/")
    return url if url.endswith("/") else url + "/"


def archive_name() -> str:
    """The archive's name (site_name), where a citation format names the archive consulted."""
    return site_config().get("site_name", "")


def feed_title() -> str:
    """The Atom feed's title, {site} standing for the archive's name (mkdocs.yml's
    extra.feed_title, which the pages' feed link reads too)."""
    return yaml.safe_load(site_config().get("feed_title", '"{site}"'))


def permalink(record: dict) -> str:
    return site_url() + record["url"]


def is_untitled(record: dict) -> bool:
    return not record["title"]


def cited_title(record: dict) -> str:
    """The title every citation and the page's citation meta tags give: the printed title (with
    its subtitle), else a description — the kind and the opening words. A continuation says it
    is one, and which page it continues, from `continues` (the page its marker names; set by
    the writer, not in the export)."""
    if record["title"]:
        title = ": ".join(filter(None, [record["title"], record["subtitle"]]))
    else:
        title = f"{KIND_LABELS[record['kind']]}：{opening_words(record['body'])}"
    if record["kind"] == "continuation":
        page, copy, names = record.get("continues", ""), ui("citations"), ui("names")
        where = names["lettered_page" if page[:1].isascii() and page[:1].isalpha() else "page"].format(page=page)
        title += copy["continued_from"].format(page=where) if page else copy["continued"]
    return title


def creators(record: dict) -> list[str]:
    """Who a citation names: the authors, and for a photo its photographers, who made it (an
    article's photo credits are not its authors)."""
    if record["kind"] != "photo":
        return list(record["authors"])
    return list(record["authors"]) + [p for p in record.get("photographers", []) if p not in record["authors"]]


def date_parts(date: str) -> list[int]:
    return [int(part) for part in date.split("-")] if date else []


DATE_FORMS = tuple(ui("names")[form] for form in ("year", "month", "day"))  # a date known to the year, month, day


def chinese_date(date: str) -> str:
    """2024年6月22日 for 2024-06-22 (2024年6月 for 2024-06); "" for no date."""
    parts = date_parts(date)[:3]
    return DATE_FORMS[len(parts) - 1].format(**dict(zip(("year", "month", "day"), parts))) if parts else ""


def page_label(record: dict) -> str:
    return f"({record['page']})" if record["page"] else ""


def paper_with_edition(record: dict, unknown: str) -> str:
    """The newspaper as GB/T 7714 names it, an edition in brackets: 人民日报(海外版)."""
    paper = record["newspaper"] or unknown
    return f"{paper}({record['edition']})" if record.get("edition") else paper


def gbt7714(record: dict, online: bool) -> str:
    """GB/T 7714—2015 §8.4 newspaper article: 作者. 题名[N]. 报纸名, 出版日期(版次); online
    [N/OL] adds 引用日期 and the URL."""
    names = creators(record)
    authors = ", ".join(names[:3]) + (", 等" if len(names) > 3 else "")
    head = f"{authors}. " if authors else ""
    kind = "[N/OL]" if online else "[N]"
    text = (f"{head}{cited_title(record)}{kind}. {paper_with_edition(record, '[出版者不详]')}, "
            f"{record['date'] or '[出版日期不详]'}{page_label(record)}")
    if online:
        return f"{text}{ACCESS_DATE}. {permalink(record)}."
    return text + "."


def apa(record: dict) -> str:
    """APA 7 newspaper article, Chinese names in full; a photographer marked as such. With no
    author the title takes the author's place; an untitled item is described in square brackets."""
    role = "（摄影）" if record["kind"] == "photo" else ""
    authors = "、".join(f"{name}{role if name not in record['authors'] else ''}" for name in creators(record))
    title = f"[{cited_title(record)}]" if is_untitled(record) else cited_title(record)
    date = chinese_date(record["date"]) or "日期不详"
    paper = record["newspaper"] or "报纸不详"
    pages = f", {record['page']}" if record["page"] else ""
    head = f"{authors}. ({date}). {title}." if authors else f"{title}. ({date})."
    return f"{head} {paper}{pages}. {permalink(record)}"


QUOTES_INSIDE = str.maketrans({"“": "‘", "”": "’", "‘": "“", "’": "”"})


def chicago(record: dict) -> str:
    """Chicago 17 notes-bibliography, bibliography entry of a newspaper article: the title in
    double quotation marks, so the ones inside it become single (and single ones double); an
    untitled item's description stands unquoted; an unsigned article begins with the paper."""
    authors = "、".join(creators(record))
    if is_untitled(record):
        title = f"{cited_title(record)}."
    else:
        title = f"“{cited_title(record).translate(QUOTES_INSIDE)}.”"
    date = chinese_date(record["date"]) or "日期不详"
    paper = record["newspaper"] or "报纸不详"
    where = ", ".join(filter(None, [paper, record.get("edition", "")]))
    if authors:
        return f"{authors}. {title} {where}, {date}. {permalink(record)}."
    if record["newspaper"]:
        edition = f"{record['edition']}, " if record.get("edition") else ""
        return f"{paper}. {title} {edition}{date}. {permalink(record)}."
    return f"{title} {where}, {date}. {permalink(record)}."


def original_page_note(record: dict) -> str:
    return ui("citations")["original_page"].format(url=record["source_url"]) if record.get("source_url") else ""


BIBTEX_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\textbraceleft{}", "}": r"\textbraceright{}",
                  "^": r"\^{}", "~": r"\~{}", "%": r"\%", "&": r"\&", "$": r"\$", "#": r"\#", "_": r"\_"}


def bibtex_escape(text: str) -> str:
    """A value as BibTeX text: braces and backslashes printed as such, never structure (a lone
    brace would end the field, and `1}, note = {…` would add one)."""
    return re.sub(r"[\\{}^~%&$#_]", lambda m: BIBTEX_SPECIAL[m.group(0)], str(text))


BIBTEX_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def bibtex(record: dict) -> str:
    """An @article with fields classic BibTeX styles (gbt7714-bibtex, plain) and biblatex both
    read: journal, year, month (a month macro, which biblatex reads as its number), url,
    urldate; `date` too, the one place biblatex takes the day from (classic styles ignore it,
    biblatex prefers it to year and month)."""
    parts = date_parts(record["date"])
    fields = {
        "author": "{" + " and ".join("{" + bibtex_escape(a) + "}" for a in creators(record)) + "}"
        if creators(record)
        else "",
        "title": "{" + bibtex_escape(cited_title(record)) + "}",
        "journal": "{" + bibtex_escape(paper_with_edition(record, "")) + "}" if record["newspaper"] else "",
        "year": f"{{{parts[0]}}}" if parts else "",
        "month": BIBTEX_MONTHS[parts[1] - 1] if len(parts) > 1 else "",
        "date": "{" + bibtex_escape(record["date"]) + "}" if record["date"] else "",
        "pages": "{" + bibtex_escape(record["page"]) + "}" if record["page"] else "",
        "note": "{" + bibtex_escape(original_page_note(record)) + "}" if record.get("source_url") else "",
        "url": "{" + permalink(record) + "}",
        "langid": "{chinese}",
        "urldate": "{" + ACCESS_DATE + "}",  # last: see ACCESS_FILLS
    }
    body = ",\n".join(f"  {key} = {value}" for key, value in fields.items() if value)
    return f"@article{{{record['id']},\n  entrysubtype = {{newspaper}},\n{body}\n}}\n"


def ris_value(text: str) -> str:
    """A value on one RIS line: a line break inside it would start a tag of its own."""
    return re.sub(r"[\r\n\v\f\x85\u2028\u2029]+", " ", str(text))


def ris(record: dict) -> str:
    lines = ["TY  - NEWS"]
    lines += [f"AU  - {ris_value(author)}" for author in creators(record)]
    lines.append(f"TI  - {ris_value(cited_title(record))}")
    if record["newspaper"]:
        lines.append(f"T2  - {ris_value(record['newspaper'])}")
    if record.get("edition"):
        lines.append(f"ET  - {ris_value(record['edition'])}")
    if record["date"]:
        parts = record["date"].split("-") + ["", ""]
        lines.append(f"DA  - {parts[0]}/{parts[1]}/{parts[2]}/")
        lines.append(f"PY  - {parts[0]}")
    if record["page"]:
        lines.append(f"SP  - {ris_value(record['page'])}")
    if record.get("source_url"):
        lines.append(f"N1  - {ris_value(original_page_note(record))}")
    lines += [f"UR  - {permalink(record)}", f"DB  - {ris_value(archive_name())}", "LA  - zh", f"ID  - {record['id']}",
              f"Y2  - {ACCESS_DATE}", "ER  - "]  # Y2 last: see ACCESS_FILLS
    return "\r\n".join(lines) + "\r\n"


def csl_json(record: dict) -> str:
    item = {
        "id": record["id"],
        "type": "article-newspaper",
        "title": cited_title(record),
        "author": [{"literal": author} for author in creators(record)],
        "container-title": record["newspaper"],
        "edition": record.get("edition", ""),
        "issued": {"date-parts": [date_parts(record["date"])]} if record["date"] else None,
        "page": record["page"],
        "URL": permalink(record),
        "archive": archive_name(),
        "note": original_page_note(record),
        "language": "zh-CN",
        # A placeholder where the day's date parts go, filled in by the page script; last: see ACCESS_FILLS
        "accessed": {"date-parts": [[ACCESS_DATE]]},
    }
    return json.dumps([{k: v for k, v in item.items() if v}], ensure_ascii=False, indent=2) + "\n"


def citation_texts(record: dict) -> dict[str, str]:
    """The citations shown on the article page, in the order shown, by their styles' names."""
    names = ui("citations")["styles"]
    return {
        names["gbt7714"]: gbt7714(record, online=False),
        names["gbt7714_online"]: gbt7714(record, online=True),
        names["apa"]: apa(record),
        names["chicago"]: chicago(record),
    }


CITATION_TYPES = (("BibTeX", "bib", "application/x-bibtex"), ("RIS", "ris", "application/x-research-info-systems"),
                  ("CSL-JSON", "json", "application/vnd.citationstyles.csl+json"))


def citation_downloads(record: dict) -> list[tuple[str, str, str]]:
    """(label, file name, data: URL) of each download. The citation travels inside the article
    page (a base64 `data:` URL on `<a download>`, saved by the browser as the file name, over
    HTTP and from file://) rather than as three files per article: 30,000 fewer files for the
    generator to write and MkDocs to copy in a 10,000-article archive."""
    texts = {"bib": bibtex(record), "ris": ris(record), "json": csl_json(record)}
    return [(label, f"{record['id']}.{ext}",
             f"data:{mime};charset=utf-8;base64," + base64.b64encode(texts[ext].encode("utf-8")).decode("ascii"))
            for label, ext, mime in CITATION_TYPES]
