"""People's names as printed in bylines, credits and editors' lines: letter-spaced (`王 进`),
run together (`赖永峰 刘兴`), wrapped across a line (`卢 / 海峰`), each opening with a surname."""
from __future__ import annotations

import re
from functools import cache

from .cjk import IDEOGRAPH
from .datafiles import text as data_text

SEPARATORS = re.compile(r"[\s、,，]")


@cache
def surnames() -> frozenset[str]:
    lines = data_text("surnames.txt").splitlines()
    return frozenset(name for line in lines if not line.startswith("#") for name in line.split())


def spaced_names(glyphs: str) -> list[str]:
    """Single glyphs set apart by single gaps, gathered (`李 涛 曾 婷`): four are two names of two when
    each half opens with a surname and the first two are no compound surname (`欧 阳 晓 娟` is one)."""
    if len(glyphs) == 4 and glyphs[0] in surnames() and glyphs[2] in surnames() and glyphs[:2] not in surnames():
        return [glyphs[:2], glyphs[2:]]
    return [glyphs]


def names_from(raw: str) -> list[str]:
    """Split a run of names as printed: `王 进` is one name, `赖永峰 刘兴` two, `唐琴、余振芳` two.

    Extraction letter-spaces two-character names, so single characters separated by spaces
    are glued back together; runs of two or more characters are names of their own.
    """
    names: list[str] = []
    for group in re.split(r"[、,，]", raw):
        pending = ""
        end = 0
        for found in re.finditer(r"\S+", group):
            token, gap, end = found.group(), found.start() - end, found.end()
            if len(token) == 1:
                if len(pending) >= 2 and gap >= 2:  # 彭 云 晨   罗 波 静: a wider gap between spaced names
                    names += spaced_names(pending)
                    pending = ""
                pending += token
                continue
            # （卢 / 海峰 严洁）: a surname set apart from its given name; across a wider gap (a role taken
            # out, 贾英 阳   通讯员 韦欣) the glyph ends the two-glyph name before it instead
            if len(pending) == 1 and len(token) <= 3 and pending in surnames() \
                    and (gap < 2 or not names or len(names[-1]) != 2):
                token, pending = pending + token, ""
            elif len(pending) == 1 and names and len(names[-1]) == 2:  # 苏志 颖 姜杰秋: no name opens with 颖
                names[-1], pending = names[-1] + pending, ""
            if pending:
                names += spaced_names(pending)
                pending = ""
            names.append(token)
        if len(pending) == 1 and names and len(names[-1]) == 2:  # 付刚 / 波）: wrapped before its last glyph
            names[-1] += pending
        elif pending:
            names += spaced_names(pending)
    return [n for n in names if 2 <= len(n) <= 4 and IDEOGRAPH.search(n)]


def only_names(raw: str) -> list[str] | None:
    """The names `raw` holds when it holds nothing else and each opens with a surname; else None."""
    names = names_from(raw)
    if SEPARATORS.sub("", raw) != "".join(names) or not all(name[0] in surnames() for name in names):
        return None
    return names
