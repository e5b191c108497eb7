"""Nothing lost: every non-whitespace input character is in exactly one output record.

A record is a block owned by an item or a page-furniture block. Each record's text must be
its source characters after the only repairs allowed: whitespace removed and doubled glyphs
collapsed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate

from .model import Block, Page
from .repair import collapse_doubled_glyphs, font_doubled_lines

WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class CoverageReport:
    file: str
    characters: int  # non-whitespace input characters
    covered: int  # of those, owned by exactly one record
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems and self.covered == self.characters

    @property
    def percent(self) -> float:
        return 100.0 * self.covered / self.characters if self.characters else 100.0


def records(page: Page) -> list[Block]:
    return [block for item in page.items for block in item.blocks] + list(page.furniture)


def strip(text: str) -> str:
    return WHITESPACE.sub("", text)


def span_by_span(block: Block, lines, repeated: frozenset[int]) -> str:
    """The block's source with doubled glyphs repaired in each span on its own (a line read as
    X+X only where repair.font_doubled_lines found the evidence)."""
    return "".join(strip(collapse_doubled_glyphs(lines[s.line][s.start:s.end], s.line in repeated))
                   for s in block.spans)


def check_coverage(page: Page) -> CoverageReport:
    lines = {line.number: line.text for line in page.raw.lines}
    repeated = font_doubled_lines(page.raw.lines)
    # How many records own each character: +1 where a span starts, -1 where it ends, summed along the line.
    steps: dict[int, list[int]] = {n: [0] * (len(text) + 1) for n, text in lines.items()}
    problems: list[str] = []
    for block in records(page):
        expected = ""
        for span in block.spans:
            steps[span.line][span.start] += 1
            steps[span.line][span.end] -= 1
            expected += strip(lines[span.line][span.start:span.end])
        shown = strip(block.text)
        if shown not in (expected, strip(collapse_doubled_glyphs(expected))) \
                and shown != span_by_span(block, lines, repeated):
            problems.append(f"{page.raw.file}:{block.first_line}: text of a {block.kind} differs from its source: "
                            f"{block.text[:30]!r}")
    characters = covered = 0
    for number, text in lines.items():
        counts = list(accumulate(steps[number][:-1]))
        for run in NON_WHITESPACE_RUN.finditer(text):
            start, end = run.span()
            characters += end - start
            if counts[start:end] == [1] * (end - start):  # the usual case, checked at once
                covered += end - start
                continue
            for position in range(start, end):
                count, char = counts[position], text[position]
                if count == 1:
                    covered += 1
                    continue
                where = f"{page.raw.file}:{number}: character {char!r} at column {position + 1}"
                problems.append(f"{where} is in no record" if count == 0 else f"{where} is in {count} records")
    return CoverageReport(page.raw.file, characters, covered, tuple(problems))


NON_WHITESPACE_RUN = re.compile(r"\S+")
