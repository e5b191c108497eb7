"""The publication date of a page, from the best evidence the page offers.

1. a printed date line (`2024年6月22日 星期六`): printed, high confidence;
2. a dated event told as yesterday's (`6月21日 … 昨日`) → the day after: inferred;
3. else the month of the latest dated event, in the year the text names most: inferred,
   month only, low confidence.
Each result carries its evidence so `check` and the front-matter can show it.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from .datafiles import load

DATES = load("dates.yml")  # the dates the text speaks of, each with its use
MONTH_DAY = re.compile(DATES["month_day"])
YEAR = re.compile(DATES["year"])  # not a target year, nor the bounds of a plan's period
YESTERDAY = re.compile(DATES["yesterday"])
COMPLETED_YEAR = re.compile(DATES["completed_year"])


@dataclass(frozen=True)
class DateEvidence:
    value: str  # YYYY-MM-DD, or YYYY-MM when only the month is supported
    source: str  # "text" (printed) or "inferred"
    confidence: str  # high | medium | low
    evidence: str


@cache
def date_line() -> re.Pattern:
    """The date line a page prints (layout.yml's `date_line`, which the furniture rule uses too)."""
    return re.compile(load("layout.yml")["date_line"])


def printed_date(furniture_texts: list[str]) -> DateEvidence | None:
    for text in furniture_texts:
        match = date_line().match(text)
        if match:
            year, month, day = (int(match.group(part)) for part in ("year", "month", "day"))
            return DateEvidence(f"{year:04d}-{month:02d}-{day:02d}", "text", "high", f"date line “{text}”")
    return None


def likely_year(text: str) -> int | None:
    """The year the page talks about most (ties to the later one), but never a year the page
    reviews as complete: a page reporting 2023年全年 figures was printed in 2024 or later."""
    years = Counter(int(y) for y in YEAR.findall(text))
    if not years:
        return None
    year = max(years.items(), key=lambda kv: (kv[1], kv[0]))[0]
    completed = [int(y) for y in COMPLETED_YEAR.findall(text)]
    return max([year, *(y + 1 for y in completed)])


def most_mentioned_day(paragraphs: list[str]) -> re.Match | None:
    """The day the page keeps coming back to: the event 'yesterday' most likely refers to."""
    matches = [m for p in paragraphs for m in MONTH_DAY.finditer(p)]
    if not matches:
        return None
    counts = Counter((m.group(1), m.group(2)) for m in matches)
    best = max(counts.items(), key=lambda kv: kv[1])[0]
    return next(m for m in matches if (m.group(1), m.group(2)) == best)


def inferred_date(paragraphs: list[str]) -> DateEvidence | None:
    text = "\n".join(paragraphs)
    year = likely_year(text)
    if year is None:
        return None
    for paragraph in paragraphs:
        for sentence in re.split(r"(?<=[。！？])", paragraph):
            if YESTERDAY.search(sentence):
                near = MONTH_DAY.search(sentence) or most_mentioned_day(paragraphs)
                if near:
                    month, day = int(near.group(1)), int(near.group(2))
                    try:
                        event = dt.date(year, month, day)
                    except ValueError:
                        continue
                    published = event + dt.timedelta(days=1)
                    return DateEvidence(published.isoformat(), "inferred", "medium",
                                        f"“{near.group(0)}” told as {YESTERDAY.search(sentence).group(0)}: "
                                        f"“{sentence.strip()[:40]}”; year {year} from the text")
    events = []
    for match in MONTH_DAY.finditer(text):
        month, day = int(match.group(1)), int(match.group(2))
        if 1 <= month <= 12 and 1 <= day <= 31:
            events.append((month, day, match.group(0)))
    if not events:
        return None
    month, _, shown = max(events)
    return DateEvidence(f"{year:04d}-{month:02d}", "inferred", "low",
                        f"latest dated event “{shown}”; year {year} from the years the text speaks of; day unknown")
