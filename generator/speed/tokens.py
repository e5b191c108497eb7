"""The archive's segmentation (generator.archive.tokens), faster: the same tokens, tags and
keywords as jieba's (tests/test_tokens.py), installed as the product's backend by `install`.

- `rjieba` (jieba's algorithm in Rust) cuts, for `cut` and `cut_for_search`, where installed,
  except the pieces where its tokens are not jieba's (`NOT_AS_JIEBA`), which jieba cuts.
  Part-of-speech tags differ between the two for unknown words, so tagging stays with
  jieba.posseg, whose Viterbi search (pure Python, most of the tagging time) is
  `TaggingModel.viterbi` here: the same result computed over arrays (numpy).
- What jieba makes of its data files at every import (each word's tag, the IDF table) is kept
  once made (`word_tables`), its dictionary cache is read in one go, and it is imported without
  `pkg_resources`: a run that builds one page waits for jieba to load.
- The tokens of the last texts cut are kept (`Fast.cut_once`).
design/PERFORMANCE.md gives the speed of each.
"""
from __future__ import annotations

import hashlib
import io
import marshal
import re
import sys
import tempfile
from collections import Counter
from contextlib import contextmanager
from functools import cache, lru_cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from ..archive import tokens
from ..archive.files import replace_file

# jieba.posseg.viterbi's own two constants (tests/test_tokens.py compares), not imported from it.
MIN_FLOAT, MIN_INF = -3.14e100, float("-inf")


class TaggingModel:
    """jieba.posseg's HMM as arrays: its 256 states in sorted order (so that of two equal
    scores the larger index is the larger state, jieba's tie-break) and the log probabilities
    of the transitions, -inf where the model has none. Emissions are looked up once per
    character."""

    def __init__(self, start_p: dict, trans_p: dict, emit_p: dict):
        import numpy  # here, not at the top: a process that tags nothing is spared it
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
        import numpy
        found = self.emissions.get(char)
        if found is None:
            found = self.emissions[char] = numpy.array([self.emit_p[s].get(char, MIN_FLOAT) for s in self.states])
        return found

    def states_of(self, char: str, states: dict):
        """The states the character can take (jieba's char_state_tab), as sorted indexes; all if unlisted."""
        import numpy
        found = self.candidates.get(char)
        if found is None:
            listed = states.get(char)
            found = self.every if listed is None else numpy.array(sorted(self.index[s] for s in listed))
            self.candidates[char] = found
        return found

    def viterbi(self, obs: str, states: dict) -> tuple[float, list]:
        """jieba.posseg's Viterbi search (jieba/posseg/viterbi.py) with this model: the same
        path and probability, several times faster (jieba's search, in Python, is most of the
        tagging time).

        jieba scores every pair of a previous and a next state in Python. Here a step is one
        array operation over the previous states that some transition leaves and the next states
        jieba considers (the character's states that such a transition reaches, else all those it
        reaches): the same sums in the same order, (score + transition) + emission, so the same
        floats; of equal scores the larger state wins, as in jieba's max() over (score, state)."""
        import numpy
        current = self.states_of(obs[0], states)
        scores = self.start[current] + self.emission(obs[0])[current]
        steps = []
        for char in obs[1:]:
            leading = self.leads[current]
            live = current[leading]
            if not live.size:
                raise ValueError("max() arg is an empty sequence")  # as jieba's own search fails
            reached = self.follows[live].any(axis=0)
            candidates = self.states_of(char, states)
            now = candidates[reached[candidates]]
            if not now.size:
                now = numpy.flatnonzero(reached)
            total = (scores[leading][:, None] + self.trans[numpy.ix_(live, now)]) + self.emission(char)[now]
            best = live.size - 1 - total[::-1].argmax(axis=0)  # the last of equal maxima: the larger state
            scores = total[best, numpy.arange(now.size)]
            steps.append((now, live[best]))
            current = now
        last = current.size - 1 - scores[::-1].argmax()
        probability, state = float(scores[last]), int(current[last])
        route = [self.states[state]] * len(obs)
        for t in range(len(obs) - 1, 0, -1):
            now, came_from = steps[t - 1]
            state = int(came_from[numpy.searchsorted(now, state)])
            route[t - 1] = self.states[state]
        return probability, route


def tagger(posseg: Any) -> Any:
    """jieba.posseg's tagger (its tokenizer and word tags, shared with jieba.posseg.dt) whose
    Viterbi search is `TaggingModel.viterbi`."""
    model = TaggingModel(posseg.start_P, posseg.trans_P, posseg.emit_P)

    class Tagger(posseg.POSTokenizer):
        # POSTokenizer.__cut (jieba/posseg/__init__.py), its one call to `viterbi` made to the model's.
        def _POSTokenizer__cut(self, sentence: str):
            prob, pos_list = model.viterbi(sentence, posseg.char_state_tab_P)
            begin, nexti = 0, 0
            for i, char in enumerate(sentence):
                pos = pos_list[i][0]
                if pos == "B":
                    begin = i
                elif pos == "E":
                    yield posseg.pair(sentence[begin:i + 1], pos_list[i][1])
                    nexti = i + 1
                elif pos == "S":
                    yield posseg.pair(char, pos_list[i][1])
                    nexti = i + 1
            if nexti < len(sentence):
                yield posseg.pair(sentence[nexti:], pos_list[nexti][1])

    made = Tagger.__new__(Tagger)  # not __init__, which reads jieba's dictionary again for the tags
    made.tokenizer, made.word_tag_tab = posseg.dt.tokenizer, posseg.dt.word_tag_tab
    return made


class Fast:
    """The product's backend (archive.tokens.Backend), faster. One per process (`BACKEND`):
    what it makes once is for every run of the process."""

    def __init__(self) -> None:
        self.tables: dict | None = None  # word_tables(), where `load` read them
        self.tfidf: Any = None  # jieba.analyse's TF-IDF tables, from `word_tables`
        self.rjieba: Any = None
        self.tagger: Any = None
        # `cut`, kept for the last texts cut: an article's headline and body are cut for its
        # keywords (enrich) and again for its facts (related.facts), a few items later.
        self.cut_once = lru_cache(maxsize=64)(self.cut_anew)

    def load(self) -> Any:
        with imported_without("pkg_resources"):  # jieba._compat reads its data files without it, a slow import
            import jieba
        # jieba reads its dictionary cache with marshal.load(file), which reads the file a few
        # bytes at a time, far slower than reading the same bytes at once (the first page an
        # incremental run builds waits for this).
        jieba.marshal = SimpleNamespace(load=lambda file: marshal.loads(file.read()), dump=marshal.dump)
        self.tables = word_tables(jieba)
        if "jieba.posseg" not in sys.modules:
            # Importing jieba.posseg reads jieba's dictionary once more for the tag of each word:
            # it is given an empty one, and the tags it would have read.
            jieba.dt.get_dict_file = io.BytesIO
            try:
                import jieba.posseg
            finally:
                del jieba.dt.get_dict_file
            jieba.posseg.dt.word_tag_tab = self.tables["word_tags"]
        return jieba

    def prepare(self) -> None:
        if self.tfidf is not None:
            return
        from jieba import posseg  # imported with jieba, by whichever backend loaded it
        tables = self.tables or word_tables(tokens.jieba)  # jieba loaded by another backend: made or read here
        self.rjieba = rjieba_with_user_words()
        self.tagger = tagger(posseg)
        self.tfidf = SimpleNamespace(idf_freq=tables["idf"], median_idf=tables["median_idf"],
                                     stop_words=tables["stop_words"])

    def cut(self, text: str) -> list[str]:
        return list(self.cut_once(text))

    def cut_anew(self, text: str) -> tuple[str, ...]:
        if self.rjieba is None:
            return tuple(tokens.jieba.cut(text))
        return tuple(cut_as_jieba(text, self.rjieba.cut, tokens.jieba.cut))

    def cut_for_search(self, text: str) -> list[str]:
        if self.rjieba is None:
            return list(tokens.jieba.cut_for_search(text))
        return cut_as_jieba(text, self.rjieba.cut_for_search, tokens.jieba.cut_for_search)

    def tagged(self, text: str) -> list[tuple[str, str]]:
        return [(pair.word, pair.flag) for pair in self.tagger.cut(text)]

    def keywords(self, text: str, limit: int) -> list[str]:
        """jieba's TF-IDF keywords (jieba.analyse.extract_tags), computed on `cut` tokens."""
        tfidf = self.tfidf
        # Counted as jieba counts (first occurrence order, for the ties), each distinct word
        # tested once; whole counts give the same floats as jieba's sums of 1.0.
        frequency = {word: count for word, count in Counter(self.cut(text)).items()
                     if len(word.strip()) >= 2 and word.lower() not in tfidf.stop_words}
        total = sum(frequency.values())
        for word in frequency:
            frequency[word] *= tfidf.idf_freq.get(word, tfidf.median_idf) / total
        return sorted(frequency, key=frequency.__getitem__, reverse=True)[:limit]

    def idf(self) -> dict[str, float]:
        return self.tfidf.idf_freq


# Where rjieba's tokens are not jieba's: a Latin word or number joined by a mark (Wi-Fi, COVID-19,
# x_y, 2024.4.12, PM2.5 for search), which rjieba keeps whole and jieba cuts by its own rules.
# Such a piece of text is cut by jieba itself.
NOT_AS_JIEBA = re.compile(r"[0-9A-Za-z][-_.][0-9A-Za-z]")


def cut_as_jieba(text: str, fast_cut, jieba_cut) -> list[str]:
    """`fast_cut`'s tokens, but `jieba_cut`'s for each piece where they would differ."""
    if not NOT_AS_JIEBA.search(text):
        return list(fast_cut(text))
    return [word for piece in as_jieba_pieces(text)
            for word in (jieba_cut(piece) if NOT_AS_JIEBA.search(piece) else fast_cut(piece))]


def as_jieba_pieces(text: str) -> list[str]:
    """The text in the pieces jieba cuts one by one (its runs of ideographs, letters, digits and
    joining marks, and what lies between them): a piece's tokens do not depend on the others'."""
    return [piece for piece in tokens.jieba.re_han_default.split(text) if piece]


BACKEND = Fast()  # the process's: rjieba's dictionary and jieba's are the process's too


def install() -> None:
    """Segment with `BACKEND` in this process, and in the workers it forks. Installed before
    jieba is first needed, it loads jieba too (`Fast.load`)."""
    tokens.use(BACKEND)


def preload() -> None:
    """`tokens.ready`, as a worker process's initializer. A failure is left for the first page,
    whose own call raises it where it is reported: a pool whose initializer fails starts the
    worker again and again, and the run would hang."""
    try:
        tokens.ready()
    except Exception:
        pass


@cache  # rjieba's dictionary is the process's: the user dictionary is added to it once
def rjieba_with_user_words() -> Any:
    """rjieba, the user dictionary added; None where it is not installed (jieba gives the same
    tokens, only slower)."""
    try:
        import rjieba
    except ImportError:
        return None
    for word, frequency, tag in tokens.dictionary_entries():
        rjieba.add_word(word, frequency, tag)
    return rjieba


TABLES_FORMAT = 1


def word_tables(jieba: Any) -> dict:
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
