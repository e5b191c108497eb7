"""Word segmentation for the whole archive, done one way: jieba's algorithm and dictionary plus
the archive's user dictionary (generator/data/userdict.txt), so 双城经济圈, 新质生产力 and
高竹新区 stay whole everywhere (keywords, people, search).

The product segments, tags and picks keywords with jieba itself (`Jieba`). A backend that gives
the same tokens, tags and keywords faster is installed with `use`, the one seam here
(generator/speed/tokens.py installs one; tests/test_tokens.py holds it to jieba's results).
"""
from __future__ import annotations

import logging
from typing import Any, Protocol

from .datafiles import DATA

USER_DICTIONARY = DATA / "userdict.txt"
# The jieba module, its user dictionary loaded: imported by `ready`, when first needed (importing
# it loads tables and dictionaries, which a run that builds no page never needs).
jieba: Any = None


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


class Backend(Protocol):
    """What segments the archive's text. Every backend gives jieba's own results."""

    def load(self) -> Any:
        """The jieba module, imported with jieba.posseg, its user dictionary not yet loaded.
        Called once per process, by `ready`, for whichever backend is in use then."""

    def prepare(self) -> None:
        """Ready to segment, `jieba` loaded; called before every use, so cheap once done."""

    def cut(self, text: str) -> list[str]: ...

    def cut_for_search(self, text: str) -> list[str]: ...

    def tagged(self, text: str) -> list[tuple[str, str]]: ...

    def keywords(self, text: str, limit: int) -> list[str]: ...

    def idf(self) -> dict[str, float]:
        """jieba.analyse's IDF table: word → inverse document frequency."""


class Jieba:
    """jieba as it comes: the product's backend, the one any other equals."""

    def __init__(self) -> None:
        self.prepared = False

    def load(self) -> Any:
        import jieba
        import jieba.posseg
        return jieba

    def prepare(self) -> None:
        if not self.prepared:  # jieba loaded, maybe by another backend: its tagger and TF-IDF too
            import jieba.analyse
            import jieba.posseg  # noqa: F401
            self.prepared = True

    def cut(self, text: str) -> list[str]:
        return list(jieba.cut(text))

    def cut_for_search(self, text: str) -> list[str]:
        return list(jieba.cut_for_search(text))

    def tagged(self, text: str) -> list[tuple[str, str]]:
        return [(pair.word, pair.flag) for pair in jieba.posseg.cut(text)]

    def keywords(self, text: str, limit: int) -> list[str]:
        return jieba.analyse.extract_tags(text, topK=limit)

    def idf(self) -> dict[str, float]:
        return jieba.analyse.default_tfidf.idf_freq


_backend: Backend = Jieba()


def use(backend: Backend) -> Backend:
    """Segment with `backend` from now on, in this process and those it forks; returns the
    backend it replaces."""
    global _backend
    previous, _backend = _backend, backend
    return previous


def ready() -> Backend:
    """The backend in use, ready: jieba loaded (once per process) with the user dictionary."""
    global jieba
    if jieba is None:
        loaded = _backend.load()
        loaded.setLogLevel(logging.WARNING)
        loaded.load_userdict(str(USER_DICTIONARY))  # once: loaded twice, its frequencies would count twice
        jieba = loaded
    _backend.prepare()
    return _backend


def frequencies() -> dict[str, int]:
    """jieba's dictionary, the user dictionary in it: word → frequency."""
    ready()
    jieba.dt.check_initialized()
    return jieba.dt.FREQ


def cut(text: str) -> list[str]:
    return ready().cut(text)


def cut_for_search(text: str) -> list[str]:
    return ready().cut_for_search(text)


def tagged(text: str) -> list[tuple[str, str]]:
    return ready().tagged(text)


def keywords(text: str, limit: int = 8) -> list[str]:
    """jieba's TF-IDF keywords (jieba.analyse.extract_tags)."""
    return ready().keywords(text, limit)


def idf() -> dict[str, float]:
    """jieba.analyse's IDF table (word → IDF): the words it knows."""
    return ready().idf()
