"""Ready citations of an item, from its export record and its public permalink.

Styles: GB/T 7714—2015 (newspaper [N] and online [N/OL]), APA 7, Chicago; downloads as
BibTeX, RIS and CSL-JSON (`article-newspaper`). The cited URL is always the public permalink
(site_url from mkdocs.yml + the article's URL), in the offline copy too.
"""
from __future__ import annotations

import base64
import json
import re
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ACCESS_DATE = "[引用日期]"  # the page script replaces it with the reader's date


@cache
def site_url(config: Path = ROOT / "mkdocs.yml") -> str:
    """The public base URL, read from the one place it is set."""
    match = re.search(r"^site_url:\s*(\S+)", config.read_text(encoding="utf-8"), re.MULTILINE)
    url = match.group(1) if match else "/"
    return url if url.endswith("/") else url + "/"


def permalink(record: dict) -> str:
    return site_url() + record["url"]


def cited_title(record: dict) -> str:
    if record["title"]:
        return ": ".join(filter(None, [record["title"], record["subtitle"]]))
    return record["body"].split("\n", 1)[0][:30] + "…"


def date_parts(date: str) -> list[int]:
    return [int(part) for part in date.split("-")] if date else []


def chinese_date(date: str) -> str:
    parts = date_parts(date)
    labels = ["年", "月", "日"]
    return "".join(f"{value}{label}" for value, label in zip(parts, labels))


def page_label(record: dict) -> str:
    return f"({record['page']})" if record["page"] else ""


def gbt7714(record: dict, online: bool) -> str:
    """GB/T 7714—2015 §8.4 newspaper article: 作者. 题名[N]. 报纸名, 出版日期(版次)."""
    authors = ", ".join(record["authors"][:3]) + (", 等" if len(record["authors"]) > 3 else "")
    head = f"{authors}. " if authors else ""
    paper = record["newspaper"] or "[出版者不详]"
    kind = "[N/OL]" if online else "[N]"
    text = f"{head}{cited_title(record)}{kind}. {paper}, {record['date'] or '[出版日期不详]'}{page_label(record)}"
    if online:
        return f"{text}{ACCESS_DATE}. {permalink(record)}."
    return text + "."


def apa(record: dict) -> str:
    """APA 7 newspaper article, Chinese names in full."""
    authors = "、".join(record["authors"]) or (record["newspaper"] or "佚名")
    date = chinese_date(record["date"]) or "日期不详"
    paper = record["newspaper"] or "报纸不详"
    pages = f", {record['page']}" if record["page"] else ""
    return f"{authors}. ({date}). {cited_title(record)}. {paper}{pages}. {permalink(record)}"


def chicago(record: dict) -> str:
    authors = "、".join(record["authors"])
    head = f"{authors}. " if authors else ""
    date = chinese_date(record["date"]) or "日期不详"
    paper = record["newspaper"] or "报纸不详"
    return f"{head}“{cited_title(record)}.” {paper}, {date}. {permalink(record)}."


BIBTEX_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\textbraceleft{}", "}": r"\textbraceright{}",
                  "^": r"\^{}", "~": r"\~{}", "%": r"\%", "&": r"\&", "$": r"\$", "#": r"\#", "_": r"\_"}


def bibtex_escape(text: str) -> str:
    """A value as BibTeX text: braces and backslashes printed as such, never structure (a lone
    brace would end the field, and `1}, note = {…` would add one)."""
    return re.sub(r"[\\{}^~%&$#_]", lambda m: BIBTEX_SPECIAL[m.group(0)], str(text))


def bibtex(record: dict) -> str:
    fields = {
        "author": " and ".join("{" + bibtex_escape(a) + "}" for a in record["authors"]),
        "title": bibtex_escape(cited_title(record)),
        "journaltitle": bibtex_escape(record["newspaper"]),
        "date": bibtex_escape(record["date"]),
        "pages": bibtex_escape(record["page"]),
        "url": permalink(record),
        "langid": "chinese",
    }
    body = ",\n".join(f"  {key} = {{{value}}}" for key, value in fields.items() if value)
    return f"@article{{{record['id']},\n  entrysubtype = {{newspaper}},\n{body}\n}}\n"


def ris(record: dict) -> str:
    lines = ["TY  - NEWS"]
    lines += [f"AU  - {author}" for author in record["authors"]]
    lines.append(f"TI  - {cited_title(record)}")
    if record["newspaper"]:
        lines.append(f"T2  - {record['newspaper']}")
    if record["date"]:
        parts = record["date"].split("-") + ["", ""]
        lines.append(f"DA  - {parts[0]}/{parts[1]}/{parts[2]}/")
        lines.append(f"PY  - {parts[0]}")
    if record["page"]:
        lines.append(f"SP  - {record['page']}")
    lines += [f"UR  - {permalink(record)}", "LA  - zh", f"ID  - {record['id']}", "ER  - "]
    return "\r\n".join(lines) + "\r\n"


def csl_json(record: dict) -> str:
    item = {
        "id": record["id"],
        "type": "article-newspaper",
        "title": cited_title(record),
        "author": [{"literal": author} for author in record["authors"]],
        "container-title": record["newspaper"],
        "issued": {"date-parts": [date_parts(record["date"])]} if record["date"] else None,
        "page": record["page"],
        "URL": permalink(record),
        "language": "zh-CN",
    }
    return json.dumps([{k: v for k, v in item.items() if v}], ensure_ascii=False, indent=2) + "\n"


def citation_texts(record: dict) -> dict[str, str]:
    """The citations shown on the article page, in the order shown."""
    return {
        "GB/T 7714—2015": gbt7714(record, online=False),
        "GB/T 7714—2015（网络版）": gbt7714(record, online=True),
        "APA 7": apa(record),
        "Chicago": chicago(record),
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
