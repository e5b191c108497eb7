"""How a newspaper page and its date are named to readers: 经济日报 2024年1月29日 第5版 要闻.

Every page the site names is named by `page_name`, from what is known of the page (its
export record's newspaper, date, page and section); the page file's name is provenance, shown
only where an item's or a page's source is given.
"""
from __future__ import annotations

from collections import Counter

from .citations import chinese_date
from ..archive.jumps import page_label
from ..archive.labels import UNKNOWN_NEWSPAPER, ui

NAMES = ui("names")


def date_label(record: dict) -> str:
    """2024年6月22日, marked （推断） where the date was inferred from the text; "" when unknown."""
    label = chinese_date(record["date"])
    if not label:
        return ""
    return NAMES["inferred"].format(date=label) if record["date_source"] == "inferred" else label


def page_number(page: str) -> str:
    """第5版 for 5, 05 or 第五版; A3版 for A03; other printed labels as printed; 版次不详 for none."""
    page = page.strip()
    if not page:
        return NAMES["no_page"]
    label = page_label(page.strip("第版"))
    if label.isdigit():
        return NAMES["page"].format(page=label)
    if label[:1].isascii() and label[:1].isalpha() and label[1:].isdigit():
        return NAMES["lettered_page"].format(page=label)
    return page


def page_name(record: dict) -> str:
    """A page as readers name it: newspaper, date, page number and section, each as far as known."""
    parts = [record["newspaper"] or UNKNOWN_NEWSPAPER, date_label(record) or NAMES["undated"],
             page_number(record["page"])]
    return " ".join(parts + ([record["section"]] if record["section"] else []))


def told_apart(names: dict[str, str], leads: dict[str, str]) -> dict[str, str]:
    """The names of one list's pages (keyed by page), where two share a name (a paper's pages of
    one day with no page number known) each followed by its first item's title (`leads`), so
    that a reader can tell them apart without the file name."""
    counts = Counter(names.values())
    return {key: NAMES["told_apart"].format(name=name, lead=leads[key]) if counts[name] > 1 else name
            for key, name in names.items()}
