"""Chinese text as every stage reads it: which characters are Han ideographs, and how wide a
glyph prints. The one definition of each (reading, repair, unwrapping, classification, names
and the browse pages all import them from here).
"""
from __future__ import annotations

import re
from functools import lru_cache

# Han ideographs, as the body of a regular-expression class: the unified ideographs and
# Extension A, the compatibility ideographs, and the extensions in planes 2 and 3 (B onwards).
CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
IDEOGRAPH = re.compile(f"[{CJK}]")  # one Han ideograph

WHITESPACE = re.compile(r"\s+")  # str.isspace
WIDE_GLYPH = re.compile("[^\x00-\u1fff]")  # is_wide, for a text without white space


def is_wide(char: str) -> bool:
    """Printed full width: ideographs and CJK/general punctuation (，。“”—…％). ASCII and Latin are narrow.

    These are the characters Unicode's East Asian Width calls Wide or Fullwidth (ideographs,
    CJK and full-width punctuation) and the Ambiguous ones from U+2000 on, which Chinese print
    sets full width, as UAX #11 reads Ambiguous in an East Asian context (“” ‘’ — … ■ ①)."""
    return ord(char) >= 0x2000 and not char.isspace()


@lru_cache(maxsize=16384)
def display_width(text: str) -> float:
    """Columns a text occupies in print, in ideographs: a wide glyph (is_wide) 1, a narrow one ½,
    white space nothing."""
    glyphs = WHITESPACE.sub("", text)
    return 0.5 * len(glyphs) + 0.5 * len(WIDE_GLYPH.findall(glyphs))
