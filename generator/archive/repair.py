"""Line-level repair of PDF extraction artifacts: stray spaces and doubled glyphs.

Every repair here only DELETES characters (spaces, and the second copy of a doubled glyph
run); nothing is changed or added, so each repaired character still points at exactly one
source character. The coverage check relies on that.

Deleting a doubled glyph deletes printed characters, so it needs evidence that the font doubled
them, not the writer: the run structure of a bold face (every glyph doubled, `各各地地举举行行`),
or, for a line that reads as the same words twice (`成渝中线高铁土红成渝中线高铁土红`), a line
beside it doubled too (font_doubled_lines). Without it the text is kept as printed and the page
says so (doubling_notes): `中国加油中国加油` and `一路平安一路平安` are printed that way.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from .cjk import CJK, is_wide
from .datafiles import load, text as data_text
from .model import Line

WHITESPACE_RUN = re.compile(r"\s+")
# Doubled-glyph evidence thresholds (see collapse_doubled_glyphs).
MIN_REPEATED_LINE = 4  # X+X collapses only when X has at least this many glyphs (and a neighbour is doubled)
MIN_DOUBLED_RUNS = 2  # a line of doubled runs needs at least this many runs …
MIN_DOUBLED_OUTPUT = 4  # … and at least this many glyphs once collapsed
# A line doubled glyph by glyph (`各各地地举举行行`) needs this many doubled glyphs; a line made
# only of words printed doubled (`扎扎实实认认真真`, `家家户户红红火火热热闹闹`, data/reduplications.txt)
# is real text however long.
MIN_DOUBLED_SINGLES = 4


IDEOGRAPH_RUN = re.compile(f"[{CJK}]*")


@dataclass(frozen=True)
class Marks:
    """Punctuation the space rules need, from data/wrapping.yml."""

    closing: str  # a phrase may end with these before its gap: 唱好「双城记」 共建经济圈
    opening: str  # … and the next one start with these
    spaced_bullets: frozenset[str]  # `- 今年，…`: the gap after the bullet stays


@cache
def marks() -> Marks:
    data = load("wrapping.yml")
    return Marks(data["closing_marks"], data["opening_marks"], frozenset(data["spaced_bullets"]))


# --- stray spaces ----------------------------------------------------------------------------

IDEOGRAPH_PAIR = re.compile(f"(?=[{CJK}][{CJK}])")
SPACED_PAIR = re.compile(f"[{CJK}]\\s+(?=[{CJK}])")  # \s: what str.isspace calls white space


def is_letter_spaced(text: str) -> bool:
    """True when most neighbouring ideographs are separated by whitespace (`中 共 中 央`).

    Counts pairs of consecutive non-space characters that are both ideographs: pairs with
    whitespace between them against pairs printed together. A line of phrases separated by
    single gaps always has more unspaced pairs than gaps, so it never counts as letter-spaced.
    """
    if SPACED_PAIR.search(text) is None:  # most lines: no gap between ideographs at all
        return False
    return len(SPACED_PAIR.findall(text)) > len(IDEOGRAPH_PAIR.findall(text))


def _edge_ideographs(text: str) -> int:
    """How many ideographs in a row `text` starts with."""
    return IDEOGRAPH_RUN.match(text).end()


def _is_phrase_gap(left: str, right: str) -> bool:
    """Both sides of the gap are runs of two or more ideographs (quotes/brackets aside)."""
    left_edge = _edge_ideographs(left.rstrip(marks().closing)[::-1])
    right_edge = _edge_ideographs(right.lstrip(marks().opening))
    return left_edge >= 2 and right_edge >= 2


DATE_OR_PAGE_UNIT = frozenset(load("wrapping.yml")["spaced_number_units"])


def spaced_digits(tokens: list[str], position: int) -> bool:
    """`3月 2 8 日`, `第 1 2 版`: two lone digits a letter-spaced line sets apart, the second under a
    date's or page's unit, are one number; digits set apart elsewhere (`2024 2025`, `3 9`) stay."""
    left, right = tokens[position], tokens[position + 1]
    if len(left) != 1 or not left.isdigit() or not right[:1].isdigit():
        return False
    unit = right[1:2] or (tokens[position + 2][:1] if position + 2 < len(tokens) else "")
    return (len(right) == 1 or not right[1].isdigit()) and unit in DATE_OR_PAGE_UNIT


def remove_stray_spaces(text: str, keep_phrase_gaps: bool = False) -> str:
    """Drop the spaces PDF extraction puts into justified or letter-spaced lines.

    The rule, applied to every whitespace run (spaces, U+3000, NBSP …) between two tokens:

    * Leading and trailing whitespace goes.
    * The gap after a list bullet opening the line stays: `- 今年，…` (data/wrapping.yml).
    * A run between two narrow characters (Latin letters, digits, ASCII punctuation) stays:
      `Micro LED`, `2024 2025`. Only its first character is kept.
    * Any other run touches a full-width character (ideograph or CJK punctuation) and is an
      artifact of justification, so it goes: `6 月 21 日` → `6月21日`, `紧接 01 版` →
      `紧接01版`, `王 进` → `王进`, and also between an ideograph and a Latin word
      (`玻璃基 Micro` → `玻璃基Micro`; the printed text has `CT引导`, `GDP15%`).
    * Except, when `keep_phrase_gaps` is set (the caller's headline candidates), a run
      between two runs of at least two ideographs each (a closing bracket or quote before the
      gap, an opening one after it, do not interrupt the run) is printed spacing and stays:
      `协同创新开新局 八市齐力谱新篇`, `唱好「双城记」 共建经济圈`. A gap next to a single
      ideograph, a digit or other punctuation never counts as a phrase gap (`本报记者 王 进` →
      `本报记者王进`, `推动 6G` → `推动6G`), and the exception is off for a letter-spaced line
      (`中 共 中 央 召 开`, see is_letter_spaced), where every gap is an artifact. Body text
      is repaired with keep_phrase_gaps=False: a gap inside a justified line is an artifact.

    Idempotent: removing a gap only lengthens the runs beside the gaps that are left (so a kept
    phrase gap still qualifies) and only lowers the share of spaced ideograph pairs (so a line
    never becomes letter-spaced).
    """
    text = text.strip()
    if not text:
        return ""
    tokens, gaps = WHITESPACE_RUN.split(text), WHITESPACE_RUN.findall(text)
    phrase_gaps_allowed = keep_phrase_gaps and not is_letter_spaced(text)
    pieces = [tokens[0]]
    for position, (gap, left, right) in enumerate(zip(gaps, tokens, tokens[1:])):
        after_bullet = position == 0 and left in marks().spaced_bullets
        narrow_both_sides = not is_wide(left[-1]) and not is_wide(right[0]) \
            and not spaced_digits(tokens, position)
        phrase_gap = phrase_gaps_allowed and _is_phrase_gap(left, right)
        if after_bullet or narrow_both_sides or phrase_gap:
            pieces.append(gap[0])
        pieces.append(right)
    return "".join(pieces)


# --- doubled glyphs ---------------------------------------------------------------------------

def _whole_line_repeat(glyphs: str) -> list[int] | None:
    """Indices of the second copy when the line is X+X with a long enough X."""
    half, odd = divmod(len(glyphs), 2)
    if odd or half < MIN_REPEATED_LINE or glyphs[:half] != glyphs[half:]:
        return None
    return list(range(half, len(glyphs)))


def opens_with_a_pair(glyphs: str) -> bool:
    """Whether the text starts with some run written twice: a cheap test every doubled line
    passes (at both ends), so most lines skip the full parse."""
    position = glyphs.find(glyphs[0], 1) if glyphs else -1
    while 0 < position <= len(glyphs) // 2:
        if glyphs[:position] == glyphs[position:2 * position]:
            return True
        position = glyphs.find(glyphs[0], position + 1)
    return False


def _doubled_runs(glyphs: str) -> list[tuple[int, int]] | None:
    """Parse the whole line as r1 r1 r2 r2 …; return (start, length) of each first copy.

    Dynamic programming from the end; at each position the shortest run that leaves a
    parseable rest is chosen, which gives the most (and shortest) runs, the conservative
    reading for the majority test below.
    """
    size = len(glyphs)
    if size % 2 or not (opens_with_a_pair(glyphs) and opens_with_a_pair(glyphs[::-1])):
        return None
    choice: list[int] = [0] * (size + 1)  # run length chosen at a position, 0 = unparseable
    parseable = [False] * (size + 1)
    parseable[size] = True
    for start in range(size - 2, -1, -1):
        for length in range(1, (size - start) // 2 + 1):
            end = start + 2 * length
            if parseable[end] and glyphs[start:start + length] == glyphs[start + length:end]:
                parseable[start], choice[start] = True, length
                break
    if not parseable[0]:
        return None
    runs, position = [], 0
    while position < size:
        runs.append((position, choice[position]))
        position += 2 * choice[position]
    return runs


@cache
def reduplications() -> frozenset[str]:
    """Words printed with every character doubled (人人, 扎扎实实), from data/reduplications.txt."""
    return frozenset(word for line in data_text("reduplications.txt").splitlines()
                     if not line.startswith("#") for word in line.split())


def is_reduplicated_text(glyphs: str) -> bool:
    """Whether the line is wholly a sequence of AA and AABB words (`人人天天`, `家家户户红红火火`)."""
    words = reduplications()
    reachable = [True] + [False] * len(glyphs)
    for end in range(2, len(glyphs) + 1):
        reachable[end] = any(reachable[end - size] and glyphs[end - size:end] in words
                             for size in (2, 4) if size <= end)
    return reachable[-1]


def _doubled_run_copies(glyphs: str) -> list[int] | None:
    """Indices of second copies when the line is wholly made of doubled runs, convincingly.

    Convincing means: at least two runs, not all the same (`中国加油` four times is a phrase
    repeated, not doubled), and either a line doubled glyph by glyph with at least
    MIN_DOUBLED_SINGLES glyphs (`各各地地举举行行`) that is not made of words printed doubled
    (`扎扎实实认认真真`), or at least MIN_DOUBLED_OUTPUT glyphs after collapsing, at least two runs
    of two or more glyphs, and those longer runs holding most of the glyphs
    (`西部西部（（成都成都））科学城科学城`). A single doubled word (`一步一步`, `多点多点`) or a
    short line of doubled glyphs (`人人`, `明明白白`) is real text, not a bold-font artifact.
    """
    runs = _doubled_runs(glyphs)
    if not runs or len(runs) < MIN_DOUBLED_RUNS or len({glyphs[s:s + n] for s, n in runs}) == 1:
        return None
    output = sum(length for _, length in runs)
    long_runs = [length for _, length in runs if length >= 2]
    if not long_runs:
        if len(runs) >= MIN_DOUBLED_SINGLES and not is_reduplicated_text(glyphs):
            return [start + 1 for start, _ in runs]
        return None
    if output < MIN_DOUBLED_OUTPUT or len(long_runs) < 2 or 2 * sum(long_runs) <= output:
        return None
    return [start + length + offset for start, length in runs for offset in range(length)]


def _second_copies(glyphs: str, whole_line: bool) -> list[int] | None:
    copies = (whole_line and _whole_line_repeat(glyphs)) or _doubled_run_copies(glyphs)
    if copies or glyphs[:1] not in LINE_MARKERS:
        return copies
    # a briefs column's bullet set once before a doubled title: ●青青少少年年网网球球
    rest = _doubled_run_copies(glyphs[1:])
    return [index + 1 for index in rest] if rest else None


LINE_MARKERS = "●◆■▲★☆◇□◎▶►△◎·"  # printed once before a line, never doubled with it


def collapse_doubled_glyphs(text: str, whole_line: bool = False) -> str:
    """Undo the glyph doubling bold fonts cause in extraction; return `text` itself when unsure.

    Only whole lines are judged, on their non-space characters, and only two strong patterns
    count as doubling:

    * the line is wholly a sequence of doubled runs r1r1 r2r2 … (see _doubled_run_copies):
      glyph by glyph, `各各地地举举行行` → `各地举行`, or with at least two runs of two or more
      glyphs holding most of the text, `西部西部（（成都成都））科学城科学城` → `西部（成都）科学城`;
    * with `whole_line` (the caller found the line's neighbour doubled too, see
      font_doubled_lines), the line is X+X with len(X) ≥ 4:
      `成渝中线高铁土红成渝中线高铁土红` → `成渝中线高铁土红`. Without it X+X is kept: a
      phrase printed twice (`中国加油中国加油`) reads the same.

    Real repeats inside running text (`陕西西咸新区`, `一场场`, `节能降碳降碳`, `多点多点`,
    `9.1%、9.1%`) never make a whole line of either form, so they survive. The second copy is
    deleted; whitespace is kept for remove_stray_spaces. The collapse is repeated until no
    pattern is left (a quadrupled line halves twice), which makes the function idempotent.
    """
    if not _second_copies(WHITESPACE_RUN.sub("", text), whole_line):  # most lines: nothing doubled
        return text
    positions = [index for index, char in enumerate(text) if not char.isspace()]
    dropped: set[int] = set()
    while True:
        glyphs = "".join(text[index] for index in positions)
        copies = _second_copies(glyphs, whole_line)
        if not copies:
            break
        drop = set(copies)
        dropped.update(positions[index] for index in drop)
        positions = [position for index, position in enumerate(positions) if index not in drop]
    if not dropped:
        return text
    return "".join(char for index, char in enumerate(text) if index not in dropped)


def _font_doubled(glyphs: str) -> bool:
    return bool(_whole_line_repeat(glyphs) or _doubled_run_copies(glyphs))


def is_font_doubled(text: str) -> bool:
    """The line reads doubled glyph by glyph (`各各地地举举行行`) or as X+X: bold type."""
    return _font_doubled(WHITESPACE_RUN.sub("", text))


def _repeated_lines(lines: Sequence[Line]) -> dict[int, str]:
    """The lines that read as X+X, by number, with their glyphs."""
    found = {}
    for line in lines:
        glyphs = _repeated_glyphs(line.text)
        if glyphs is not None:
            found[line.number] = glyphs
    return found


@lru_cache(maxsize=4096)  # the unwrap, the notes and the coverage check each ask it of every line of a page
def _repeated_glyphs(text: str) -> str | None:
    """The line's glyphs when they read as X+X, else None."""
    glyphs = WHITESPACE_RUN.sub("", text)
    return glyphs if _whole_line_repeat(glyphs) else None


def font_doubled_lines(lines: Sequence[Line]) -> frozenset[int]:
    """Numbers of the lines reading as X+X whose doubling has evidence: the line just above or
    below (no blank between) is doubled too, X+X or in doubled runs, as every line of a bold
    caption is (`成渝中线高铁土红成渝中线高铁土红` over `湾特大桥建设现场湾特大桥建设现场`). The
    caller collapses these with collapse_doubled_glyphs(…, whole_line=True)."""
    repeated = _repeated_lines(lines)
    if not repeated:
        return frozenset()
    glyphs = {line.number: WHITESPACE_RUN.sub("", line.text) for line in lines}
    return frozenset(number for number in repeated
                     if any(neighbour in repeated or _font_doubled(glyphs.get(neighbour, ""))
                            for neighbour in (number - 1, number + 1)))


def doubling_notes(lines: Sequence[Line], file: str) -> list[str]:
    """What the repair left as printed though it reads as doubled: the archivist's to judge."""
    doubled = font_doubled_lines(lines)
    notes = [f"{file}:{number}: {glyphs[:len(glyphs) // 2]!r} printed twice on one line, kept as printed "
             f"(no line beside it doubled by the font)"
             for number, glyphs in _repeated_lines(lines).items() if number not in doubled]
    for line in lines:
        glyphs = WHITESPACE_RUN.sub("", line.text)
        runs = _doubled_runs(glyphs) if len(glyphs) >= 2 * MIN_DOUBLED_SINGLES else None
        if runs and len(runs) >= MIN_DOUBLED_SINGLES and all(n == 1 for _, n in runs) \
                and is_reduplicated_text(glyphs):
            notes.append(f"{file}:{line.number}: {glyphs[:24]!r} is every glyph doubled, kept as printed "
                         f"(words printed doubled, data/reduplications.txt)")
    return notes


def repair_line(text: str, keep_phrase_gaps: bool = False, whole_line: bool = False) -> str:
    """Collapse doubled glyphs, then drop stray spaces.

    Collapsing first (it looks at non-space characters only, so the order does not change
    what it finds) keeps the result equal to what the coverage check recomputes from source:
    collapse_doubled_glyphs(source, whole_line) with whitespace removed.
    """
    return remove_stray_spaces(collapse_doubled_glyphs(text, whole_line), keep_phrase_gaps)
