"""Charts for the browse pages, written at build time as inline SVG: no script, nothing fetched,
the same in the offline copy.

Colours come from the page (`currentColor`, and archive.css's rules over the classes), so a
chart follows the light and dark schemes; a viewBox and `width: 100%` fit it to a phone. Each
chart is an image named by its <title> and aria-label, its figures told in <desc>. Coordinates
are integers computed from the data alone: the same archive gives the same bytes.
"""
from __future__ import annotations

import datetime
import html
from collections import Counter

from . import listings
from ..archive.labels import ui

SLOT = 16        # width of one month's bar and its gap
MIN_SLOTS = 12   # a chart of one or two months is as wide as a year's, not one wide bar
CELL, PITCH = 10, 12  # a day of the coverage calendar and its distance to the next
COPY, NAMES = ui("charts"), ui("names")


def months_between(first: str, last: str) -> list[str]:
    """Every month from `first` to `last` ("YYYY-MM"), both included."""
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def month_label(month: str) -> str:
    return NAMES["month"].format(year=int(month[:4]), month=int(month[5:7]))


def figure(svg: list[str]) -> list[str]:
    """The chart as an HTML block that Markdown passes through as it is."""
    return ["", *listings.html_block(['<figure class="archive-chart">', *svg, "</figure>"]), ""]


def svg_open(width: int, height: int, name: str, title: str, desc: str) -> list[str]:
    return [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
            f'aria-label="{html.escape(title)}" aria-describedby="{name}-desc">',
            f'<title id="{name}-title">{html.escape(title)}</title>',
            f'<desc id="{name}-desc">{html.escape(desc)}</desc>']


def month_counts(dates: list[str]) -> Counter:
    """Articles per month ("YYYY-MM") of the dated ones among `dates`."""
    return Counter(date[:7] for date in dates if len(date) >= 7)


def month_chart(counts: Counter, subject: str, name: str = "chart") -> list[str]:
    """Bars of articles per month, from the first month with one to the last; [] if none is dated."""
    if not counts:
        return []
    months = months_between(min(counts), max(counts))
    most = max(counts.values())
    width = max(len(months), MIN_SLOTS) * SLOT + 8
    font = max(11, width // 28)  # labels keep a readable size however far the chart is scaled down
    top, bars = font + 6, max(60, width // 4)
    height = top + bars + font + 8
    copy = COPY["months"]
    title = copy["title"].format(subject=subject)
    shown = "；".join(copy["month"].format(month=month_label(m), count=counts[m]) for m in months if counts[m])
    desc = copy["desc"].format(first=month_label(months[0]), last=month_label(months[-1]),
                               count=sum(counts.values()), months=shown)
    out = svg_open(width, height, name, title, desc)
    out.append(f'<text x="4" y="{font}" font-size="{font}" fill="currentColor">{copy["most"].format(most=most)}</text>')
    out.append('<g class="archive-chart__bars" fill="currentColor">')
    for n, month in enumerate(months):
        if counts[month]:
            h = max(1, round(bars * counts[month] / most))
            out.append(f'<rect x="{4 + n * SLOT}" y="{top + bars - h}" width="{SLOT - 4}" height="{h}"/>')
    out.append("</g>")
    base = top + bars
    out.append(f'<line x1="0" y1="{base}" x2="{width}" y2="{base}" stroke="currentColor" stroke-width="1"/>')
    labels = [(0, month_label(months[0]), "start")]
    if len(months) > 1:
        labels.append((len(months) - 1, month_label(months[-1]), "end" if len(months) * SLOT > width / 2 else "start"))
    for n, label, anchor in labels:
        x = 4 + n * SLOT + (SLOT - 4 if anchor == "end" else 0)
        out.append(f'<text x="{x}" y="{base + font + 4}" font-size="{font}" fill="currentColor" '
                   f'text-anchor="{anchor}">{label}</text>')
    out.append("</svg>")
    return figure(out)


def day_ranges(days: list[datetime.date]) -> str:
    """Days as runs of consecutive days: 6月21日、6月23日至6月25日."""
    runs: list[list[datetime.date]] = []
    for day in sorted(days):
        if runs and (day - runs[-1][-1]).days == 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    run = COPY["coverage"]["run"]
    return "、".join(month_day(r[0]) if len(r) == 1 else run.format(first=month_day(r[0]), last=month_day(r[-1]))
                    for r in runs)


def month_day(day: datetime.date) -> str:
    return NAMES["month_day"].format(month=day.month, day=day.day)


def coverage_calendars(papers: dict[str, set[str]]) -> list[str]:
    """One calendar a year: for each newspaper a week-by-column grid of the year's days, those
    with pages filled. `papers` maps a newspaper to its dates ("YYYY-MM-DD")."""
    days = {paper: {datetime.date.fromisoformat(d) for d in dates if len(d) == 10} for paper, dates in papers.items()}
    years = sorted({d.year for dates in days.values() for d in dates}, reverse=True)
    out = []
    for year in years:
        jan1 = datetime.date(year, 1, 1)
        start = jan1 - datetime.timedelta(days=jan1.weekday())  # the Monday of the week of 1 January
        weeks = (datetime.date(year, 12, 31) - start).days // 7 + 1
        shown = [p for p in sorted(days) if any(d.year == year for d in days[p])]
        font, label = 20, 26  # large: a year's 53 weeks are scaled down to a phone's width
        width, block = weeks * PITCH, label + 7 * PITCH + 8
        height = label + block * len(shown)
        copy = COPY["coverage"]
        title = copy["title"].format(year=year)
        desc = "；".join(copy["paper"].format(paper=p, days=day_ranges([d for d in days[p] if d.year == year]),
                                             count=sum(d.year == year for d in days[p])) for p in shown) + "。"
        svg = svg_open(width, height, f"coverage-{year}", title, desc)
        for month in range(1, 13):
            x = (datetime.date(year, month, 1) - start).days // 7 * PITCH
            label_text = NAMES["month_alone"].format(month=month)
            svg.append(f'<text x="{x}" y="{font}" font-size="{font}" fill="currentColor">{label_text}</text>')
        for row, paper in enumerate(shown):
            y0 = label + row * block
            name = html.escape(paper)
            svg.append(f'<text x="0" y="{y0 + font}" font-size="{font}" fill="currentColor">{name}</text>')
            empty: list[str] = []
            filled: list[str] = []
            day = jan1
            while day.year == year:
                offset = (day - start).days
                x, y = offset // 7 * PITCH, y0 + label + offset % 7 * PITCH
                cell = f'<rect x="{x}" y="{y}" width="{CELL}" height="{CELL}"/>'
                (filled if day in days[paper] else empty).append(cell)
                day += datetime.timedelta(days=1)
            svg += ['<g class="archive-chart__empty" fill="currentColor" fill-opacity="0.12">', *empty, "</g>",
                    '<g class="archive-chart__bars" fill="currentColor">', *filled, "</g>"]
        svg.append("</svg>")
        out += figure(svg)
    return out
