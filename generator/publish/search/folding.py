"""Text as the index and search.js see it: UTF-16 code units, folded (full-width ASCII, case,
white space), and where jieba's search-mode words start and end."""
from __future__ import annotations

import re
from array import array
from functools import cache
from itertools import accumulate

from ...archive import tokens


# Length-preserving fold, the same in search.js: full-width ASCII → ASCII, A-Z → a-z, white space → " ".
WHITESPACE = frozenset("\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                       "\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff")
FOLD = {c: chr(c + 32) for c in range(ord("A"), ord("Z") + 1)}
FOLD.update({c: chr(c - 0xFEE0).lower() for c in range(0xFF01, 0xFF5F)})
FOLD.update({ord(c): " " for c in WHITESPACE})
WHITESPACE_RUN = re.compile("[" + "".join(sorted(WHITESPACE)) + "]+")


def units(text: str) -> str:
    """The text as UTF-16 code units (characters beyond the BMP become two surrogates), as JS sees it."""
    encoded = text.encode("utf-16-le", "surrogatepass")
    if len(encoded) == 2 * len(text):
        return text
    codes = array("H", encoded)
    return "".join(map(chr, codes))


def fold(text: str) -> str:
    return text.translate(FOLD)


def squeeze(text: str) -> str:
    """White space runs → one character: a newline if the run held one, else a space."""
    return WHITESPACE_RUN.sub(lambda m: "\n" if "\n" in m.group() else " ", text).strip(" \n")


def head_text(record: dict) -> str:
    return "\n".join(
        squeeze(record.get(f) or "") for f in ("kicker", "title", "subtitle") if squeeze(record.get(f) or "")
    )


def rest_text(record: dict) -> str:
    byline = " ".join(
        record.get("authors", []) + [p for p in record.get("photographers", []) if p not in record.get("authors", [])]
    )
    return "\n".join(part for part in (squeeze(record.get("body") or ""), squeeze(byline)) if part)


def searchable_text(record: dict) -> str:
    """Everything a query is matched against, as one string (head, body, byline)."""
    return head_text(record) + "\n" + rest_text(record)


def inner_words(word: str, frequencies: dict) -> tuple[tuple[int, int], ...]:
    """(offset, length) of each dictionary 2-gram, and 3-gram if the word is longer than three,
    inside a word: what jieba's search mode adds to precise mode."""
    width = len(word)
    return tuple((i, n) for n in ((2, 3) if width > 3 else (2,)) for i in range(width - n + 1)
                 if frequencies.get(word[i:i + n]))


@cache  # words recur: their n-grams are looked up once (the dictionary is the process's, loaded once)
def dictionary_inner_words(word: str) -> tuple[tuple[int, int], ...]:
    """`inner_words` in jieba's dictionary."""
    return inner_words(word, tokens.frequencies())


def word_boundaries(text: str) -> tuple[set[int], set[int]]:
    """Offsets (UTF-16) where a jieba search-mode token starts, and where one ends.

    Search mode is precise mode plus every dictionary 2- and 3-gram inside a longer word
    (jieba.Tokenizer.tokenize(mode="search") exactly), computed from `tokens.cut` so that a
    faster backend can be used."""
    words = tokens.cut(text)
    offsets = list(accumulate(map(len, words), initial=0))
    if offsets[-1] != len(text):
        raise ValueError("the segmenter's tokens do not spell the text")
    starts, ends = set(offsets[:-1]), set(offsets[1:])
    for word, offset in zip(words, offsets):
        if len(word) > 2:
            for i, n in dictionary_inner_words(word):
                starts.add(offset + i)
                ends.add(offset + i + n)
    if text != units(text):  # code points → UTF-16 offsets
        position, table = 0, []
        for ch in text:
            table.append(position)
            position += 2 if ch > "\uffff" else 1
        table.append(position)
        starts, ends = {table[i] for i in starts}, {table[i] for i in ends}
    return starts, ends
