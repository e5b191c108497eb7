"""Chinese text as every stage reads it: which characters are Han ideographs, how wide a
glyph prints, and the character pairs by which two texts are compared. The one definition of
each (reading, repair, unwrapping, classification, segmentation, names and the browse pages all
import them from here; the data files' patterns get CJK as `{han}`, datafiles.load).
"""
from __future__ import annotations

import re
from functools import lru_cache

# Han ideographs, as the body of a regular-expression class: the unified ideographs and
# Extension A, the compatibility ideographs, and the extensions in planes 2 and 3 (B onwards).
CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
IDEOGRAPH = re.compile(f"[{CJK}]")  # one Han ideograph

WHITESPACE = re.compile(r"\s+")  # str.isspace
CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "○": 0}
WIDE_GLYPH = re.compile("[^\x00-\u1fff]")  # is_wide, for a text without white space


def is_wide(char: str) -> bool:
    """Printed full width: ideographs and CJK/general punctuation (，。“”—…％). ASCII and Latin are narrow.

    These are the characters Unicode's East Asian Width calls Wide or Fullwidth (ideographs,
    CJK and full-width punctuation) and the Ambiguous ones from U+2000 on, which Chinese print
    sets full width, as UAX #11 reads Ambiguous in an East Asian context (“” ‘’ — … ■ ①)."""
    return ord(char) >= 0x2000 and not char.isspace()


def cn_number(text: str) -> int:
    """二〇二四 → 2024 (digit by digit); 二十二 → 22, 十 → 10, 三十一 → 31."""
    if "十" not in text:
        return int("".join(str(CN_DIGITS[c]) for c in text))
    tens, _, units = text.partition("十")
    return (CN_DIGITS[tens] if tens else 1) * 10 + (CN_DIGITS[units] if units else 0)


@lru_cache(maxsize=16384)
def display_width(text: str) -> float:
    """Columns a text occupies in print, in ideographs: a wide glyph (is_wide) 1, a narrow one ½,
    white space nothing."""
    glyphs = WHITESPACE.sub("", text)
    return 0.5 * len(glyphs) + 0.5 * len(WIDE_GLYPH.findall(glyphs))


def indent_width(lead: str) -> float:
    """Ems the white space before a line's text sets it in by: an ideographic space 1, any other ½."""
    return sum(1.0 if char == "\u3000" else 0.5 for char in lead if char.isspace())


HAN_OR_NOT = re.compile(f"[{CJK}]+|[^{CJK}]+")  # runs of ideographs, and what lies between


@lru_cache(maxsize=8192)
def character_pairs(text: str, digits: bool = True) -> frozenset[str]:
    """Adjacent pairs of a text's ideographs, read as one run with all else left out but, with
    `digits`, its digits (上涨12.5% gives 上涨 涨1 12 25): how much of a headline a body repeats.
    Without digits, the pairs of the ideographs alone (classify.restated: whether a run-in title
    is said again). Cached: the same bodies are scored against every candidate headline."""
    if not digits:
        chars = "".join(IDEOGRAPH.findall(text))
    else:
        chars = "".join(run if IDEOGRAPH.match(run) else "".join(filter(str.isdigit, run))
                        for run in HAN_OR_NOT.findall(text))
    return frozenset(chars[i:i + 2] for i in range(len(chars) - 1))
