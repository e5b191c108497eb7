"""Word segmentation for the whole archive, done one way: jieba's algorithm and dictionary plus
the archive's user dictionary (generator/data/userdict.txt), so 双城经济圈, 新质生产力 and
高竹新区 stay whole everywhere (keywords, people, search).

`rjieba` (jieba's algorithm in Rust) gives the same tokens as jieba for `cut` and
`cut_for_search` many times faster (tests/test_tokens.py checks the equality on the seed text,
design/PERFORMANCE.md gives the speed); it is used where installed. Part-of-speech tags differ
between the two for unknown words, so tagging stays with jieba.posseg, and is run only on the
clauses that need it; its Viterbi search (pure Python, most of the tagging time) is replaced by
`viterbi`, which gives the same result computed over arrays (numpy). What jieba makes of its
data files at every import (each word's tag, the IDF table) is kept once made (`word_tables`):
a run that builds one page waits for jieba to load.
"""
from __future__ import annotations

import hashlib
import io
import logging
import marshal
import sys
import tempfile
from collections import Counter
from contextlib import contextmanager
from functools import cache, lru_cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from .datafiles import DATA
from .files import replace_file

USER_DICTIONARY = DATA / "userdict.txt"
# jieba, and rjieba where installed, are imported by `ready`, when first needed: importing them
# loads tables and dictionaries, which a run that builds no page never needs.
jieba: Any = None
rjieba: Any = None
numpy: Any = None  # imported by `ready` too: a process that tags nothing is spared it
tfidf: Any = None  # jieba.analyse's TF-IDF tables (`word_tables`), set by `ready`


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


# jieba.posseg.viterbi's own two constants (tests/test_tokens.py compares), not imported from it.
MIN_FLOAT, MIN_INF = -3.14e100, float("-inf")


class TaggingModel:
    """jieba.posseg's HMM as arrays: its 256 states in sorted order (so that of two equal
    scores the larger index is the larger state, jieba's tie-break) and the log probabilities
    of the transitions, -inf where the model has none. Emissions are looked up once per
    character."""

    def __init__(self, start_p: dict, trans_p: dict, emit_p: dict):
        ready()  # numpy
        self.tables = (start_p, trans_p, emit_p)  # kept, so that their ids (the cache key) are not reused
        self.states = sorted(trans_p)
        index = {state: i for i, state in enumerate(self.states)}
        self.index = index
        self.trans = numpy.full((len(index), len(index)), MIN_INF)
        for previous, following in trans_p.items():
            for state, probability in following.items():
                self.trans[index[previous], index[state]] = probability
        self.follows = numpy.isfinite(self.trans)  # the transitions the model has
        self.leads = self.follows.any(axis=1)     # states some transition leaves
        self.start = numpy.array([start_p[state] for state in self.states])
        self.every = numpy.arange(len(index))
        self.emissions: dict = {}
        self.candidates: dict = {}
        self.emit_p = emit_p

    def emission(self, char: str):
        found = self.emissions.get(char)
        if found is None:
            found = self.emissions[char] = numpy.array([self.emit_p[s].get(char, MIN_FLOAT) for s in self.states])
        return found

    def states_of(self, char: str, states: dict):
        """The states the character can take (jieba's char_state_tab), as sorted indexes; all if unlisted."""
        found = self.candidates.get(char)
        if found is None:
            listed = states.get(char)
            found = self.every if listed is None else numpy.array(sorted(self.index[s] for s in listed))
            self.candidates[char] = found
        return found


_models: dict[tuple, TaggingModel] = {}


def viterbi(obs, states, start_p, trans_p, emit_p):
    """jieba.posseg's Viterbi search (jieba/posseg/viterbi.py): the same path and probability,
    several times faster (jieba's search, in Python, is most of the tagging time).

    jieba scores every pair of a previous and a next state in Python. Here a step is one
    array operation over the previous states that some transition leaves and the next states
    jieba considers (the character's states that such a transition reaches, else all those it
    reaches): the same sums in the same order, (score + transition) + emission, so the same
    floats; of equal scores the larger state wins, as in jieba's max() over (score, state)."""
    key = (id(start_p), id(trans_p), id(emit_p))
    model = _models.get(key)
    if model is None:
        model = _models[key] = TaggingModel(start_p, trans_p, emit_p)
    current = model.states_of(obs[0], states)
    scores = model.start[current] + model.emission(obs[0])[current]
    steps = []
    for char in obs[1:]:
        leading = model.leads[current]
        live = current[leading]
        if not live.size:
            raise ValueError("max() arg is an empty sequence")  # as jieba's own search fails
        reached = model.follows[live].any(axis=0)
        candidates = model.states_of(char, states)
        now = candidates[reached[candidates]]
        if not now.size:
            now = numpy.flatnonzero(reached)
        total = (scores[leading][:, None] + model.trans[numpy.ix_(live, now)]) + model.emission(char)[now]
        best = live.size - 1 - total[::-1].argmax(axis=0)  # the last of equal maxima: the larger state
        scores = total[best, numpy.arange(now.size)]
        steps.append((now, live[best]))
        current = now
    last = current.size - 1 - scores[::-1].argmax()
    probability, state = float(scores[last]), int(current[last])
    route = [model.states[state]] * len(obs)
    for t in range(len(obs) - 1, 0, -1):
        now, came_from = steps[t - 1]
        state = int(came_from[numpy.searchsorted(now, state)])
        route[t - 1] = model.states[state]
    return probability, route


def preload() -> None:
    """`ready`, as a worker process's initializer. A failure is left for the first page, whose
    own call raises it where it is reported: a pool whose initializer fails starts the worker
    again and again, and the run would hang."""
    try:
        ready()
    except Exception:
        pass


def loaded() -> bool:
    """Whether this process has loaded jieba (`ready`)."""
    return jieba is not None


@cache
def ready() -> None:
    global jieba, rjieba, numpy, tfidf
    import numpy
    with imported_without("pkg_resources"):  # jieba._compat reads its data files without it, a slow import
        import jieba
    try:
        import rjieba
    except ImportError:  # the pure-Python jieba gives the same tokens, only slower
        rjieba = None

    jieba.setLogLevel(logging.WARNING)
    # jieba reads its dictionary cache with marshal.load(file), which reads the file a few
    # bytes at a time, far slower than reading the same bytes at once (the first page an
    # incremental run builds waits for this).
    jieba.marshal = SimpleNamespace(load=lambda file: marshal.loads(file.read()), dump=marshal.dump)
    tables = word_tables()
    if "jieba.posseg" not in sys.modules:
        # Importing jieba.posseg reads jieba's dictionary once more for the tag of each word:
        # it is given an empty one, and the tags it would have read.
        jieba.dt.get_dict_file = io.BytesIO
        try:
            import jieba.posseg
        finally:
            del jieba.dt.get_dict_file
        jieba.posseg.dt.word_tag_tab = tables["word_tags"]
    tfidf = SimpleNamespace(idf_freq=tables["idf"], median_idf=tables["median_idf"], stop_words=tables["stop_words"])
    jieba.load_userdict(str(USER_DICTIONARY))
    jieba.posseg.viterbi = viterbi  # the name jieba.posseg's tagger calls
    if rjieba is not None:
        for word, frequency, tag in dictionary_entries():
            rjieba.add_word(word, frequency, tag)


TABLES_FORMAT = 1


def word_tables() -> dict:
    """What jieba makes of its own data files each time it is imported, kept once made: the tag
    of each word of its dictionary (jieba.posseg) and the IDF table with its median and stop
    words (jieba.analyse's TF-IDF). Marshalled beside jieba's own dictionary cache, in the
    temporary folder, under a name made of jieba's version and its files' sizes and times; reading
    them is cheaper than making them (the first page an incremental run builds waits)."""
    package = Path(jieba.__file__).parent
    sources = [package / jieba.DEFAULT_DICT_NAME, package / "analyse" / "idf.txt"]
    stamp = [TABLES_FORMAT, jieba.__version__] + [(str(p), found.st_size, found.st_mtime_ns)
                                                  for p, found in ((p, p.stat()) for p in sources)]
    name = hashlib.sha256(repr(stamp).encode()).hexdigest()[:16]
    path = Path(tempfile.gettempdir()) / f"archive-jieba-tables.{name}.marshal"
    try:
        tables = marshal.loads(path.read_bytes())
        if isinstance(tables, dict) and tables.keys() == {"word_tags", "idf", "median_idf", "stop_words"}:
            return tables
    except (OSError, EOFError, ValueError, TypeError):
        pass  # none yet, or unreadable: made again
    from jieba import analyse, posseg
    tags = SimpleNamespace()
    posseg.POSTokenizer.load_word_tag(tags, jieba.dt.get_dict_file())
    made = analyse.default_tfidf  # as jieba.analyse made it from its own idf.txt
    tables = {"word_tags": tags.word_tag_tab, "idf": made.idf_freq, "median_idf": made.median_idf,
              "stop_words": set(made.stop_words)}
    try:
        replace_file(path, marshal.dumps(tables))
    except OSError:
        pass  # a read-only temporary folder: made again next time
    return tables


@contextmanager
def imported_without(module: str):
    """Within: `import module` fails (ImportError), as if it were not installed."""
    saved = sys.modules.get(module, _absent := object())
    if saved is _absent:
        sys.modules[module] = None
    try:
        yield
    finally:
        if saved is _absent and sys.modules.get(module, _absent) is None:
            del sys.modules[module]


def cut(text: str) -> list[str]:
    return list(cut_once(text))


@lru_cache(maxsize=64)
def cut_once(text: str) -> tuple[str, ...]:
    """`cut`, kept for the last texts cut: an article's headline and body are cut for its
    keywords (enrich) and again for its facts (related.sketch), a few items later."""
    ready()
    return tuple(rjieba.cut(text) if rjieba is not None else jieba.cut(text))


def cut_for_search(text: str) -> list[str]:
    ready()
    return rjieba.cut_for_search(text) if rjieba is not None else list(jieba.cut_for_search(text))


def tagged(text: str) -> list[tuple[str, str]]:
    ready()
    return [(pair.word, pair.flag) for pair in jieba.posseg.cut(text)]


def keywords(text: str, limit: int = 8) -> list[str]:
    """jieba's TF-IDF keywords (jieba.analyse.extract_tags), computed on `cut` tokens."""
    ready()
    # Counted as jieba counts (first occurrence order, for the ties), each distinct word
    # tested once; whole counts give the same floats as jieba's sums of 1.0.
    frequency = {word: count for word, count in Counter(cut(text)).items()
                 if len(word.strip()) >= 2 and word.lower() not in tfidf.stop_words}
    total = sum(frequency.values())
    for word in frequency:
        frequency[word] *= tfidf.idf_freq.get(word, tfidf.median_idf) / total
    return sorted(frequency, key=frequency.__getitem__, reverse=True)[:limit]
