"""Word segmentation for the whole archive, done one way: jieba's algorithm and dictionary plus
the archive's user dictionary (generator/data/userdict.txt), so 双城经济圈, 新质生产力 and
高竹新区 stay whole everywhere (keywords, people, search).

`rjieba` (jieba's algorithm in Rust) gives the same tokens as jieba for `cut` and
`cut_for_search` about twenty times faster (tests/test_tokens.py checks the equality on the seed
text); it is used where installed. Part-of-speech tags differ between the two for unknown words,
so tagging stays with jieba.posseg, and is run only on the clauses that need it.
"""
from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

import jieba
import jieba.analyse
import jieba.posseg

try:
    import rjieba
except ImportError:  # the pure-Python jieba gives the same tokens, only slower
    rjieba = None

USER_DICTIONARY = Path(__file__).parent / "data" / "userdict.txt"
jieba.setLogLevel(logging.WARNING)


def dictionary_entries() -> list[tuple[str, int | None, str | None]]:
    entries = []
    for line in USER_DICTIONARY.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts or line.startswith("#"):
            continue
        frequency = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        tag = parts[-1] if len(parts) > 1 and not parts[-1].isdigit() else None
        entries.append((parts[0], frequency, tag))
    return entries


@cache
def ready() -> None:
    jieba.load_userdict(str(USER_DICTIONARY))
    if rjieba is not None:
        for word, frequency, tag in dictionary_entries():
            rjieba.add_word(word, frequency, tag)


def cut(text: str) -> list[str]:
    ready()
    return rjieba.cut(text) if rjieba is not None else list(jieba.cut(text))


def cut_for_search(text: str) -> list[str]:
    ready()
    return rjieba.cut_for_search(text) if rjieba is not None else list(jieba.cut_for_search(text))


def tagged(text: str) -> list[tuple[str, str]]:
    ready()
    return [(pair.word, pair.flag) for pair in jieba.posseg.cut(text)]


def keywords(text: str, limit: int = 8) -> list[str]:
    """jieba's TF-IDF keywords (jieba.analyse.extract_tags), computed on `cut` tokens."""
    ready()
    tfidf = jieba.analyse.default_tfidf
    frequency: dict[str, float] = {}
    for word in cut(text):
        if len(word.strip()) < 2 or word.lower() in tfidf.stop_words:
            continue
        frequency[word] = frequency.get(word, 0.0) + 1.0
    total = sum(frequency.values())
    for word in frequency:
        frequency[word] *= tfidf.idf_freq.get(word, tfidf.median_idf) / total
    return sorted(frequency, key=frequency.__getitem__, reverse=True)[:limit]
