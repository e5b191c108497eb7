"""Word segmentation for the whole archive, done one way: jieba's algorithm and dictionary plus
the archive's user dictionary (generator/data/userdict.txt), so 双城经济圈, 新质生产力 and
高竹新区 stay whole everywhere (keywords, people, search).

`rjieba` (jieba's algorithm in Rust) gives the same tokens as jieba for `cut` and
`cut_for_search` about twenty times faster (tests/test_tokens.py checks the equality on the seed
text); it is used where installed. Part-of-speech tags differ between the two for unknown words,
so tagging stays with jieba.posseg, and is run only on the clauses that need it; its Viterbi
search (pure Python, most of the tagging time) is replaced by `viterbi`, which gives the same
result without scoring the transitions the model does not have.
"""
from __future__ import annotations

import logging
import marshal
from collections import Counter
from functools import cache
from pathlib import Path
from types import SimpleNamespace

USER_DICTIONARY = Path(__file__).parent / "data" / "userdict.txt"
# jieba, and rjieba where installed, are imported by `ready`, when first needed: importing them
# loads tables and dictionaries (about 1 s), which a run that builds no page never needs.
jieba = rjieba = None


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
_predecessors: dict[int, tuple[dict, dict]] = {}  # id of a transition table → (it, its predecessors)


def predecessors(trans_p: dict) -> dict:
    """State → {previous state: log probability of the transition}, for the transitions the model has."""
    if id(trans_p) not in _predecessors:
        before: dict = {}
        for previous, following in trans_p.items():
            for state, probability in following.items():
                before.setdefault(state, {})[previous] = probability
        _predecessors[id(trans_p)] = (trans_p, before)  # the table kept, so its id is not reused
    return _predecessors[id(trans_p)][1]


def viterbi(obs, states, start_p, trans_p, emit_p):
    """jieba.posseg's Viterbi search (jieba/posseg/viterbi.py), the same path and probability.

    jieba scores every pair of a previous and a next state, giving a transition the model does
    not have -inf; on newspaper text 82 % of the pairs are such. Here each state is scored only
    from the states that can precede it, in the same order of operations (so the same floats)
    and with the same tie-break, the larger state; where none can (never, since a next state is
    one some previous state leads to) jieba's own expression is evaluated."""
    before = predecessors(trans_p)
    V = [{}]
    mem_path = [{}]
    all_states = trans_p.keys()
    for y in states.get(obs[0], all_states):
        V[0][y] = start_p[y] + emit_p[y].get(obs[0], MIN_FLOAT)
        mem_path[0][y] = ""
    for t in range(1, len(obs)):
        previous = V[t - 1]
        prev_states = [x for x in mem_path[t - 1] if len(trans_p[x]) > 0]
        expect_next = set().union(*(trans_p[x].keys() for x in prev_states))
        obs_states = set(states.get(obs[t], all_states)) & expect_next
        if not obs_states:
            obs_states = expect_next if expect_next else all_states
        now, path = {}, {}
        for y in obs_states:
            em = emit_p[y].get(obs[t], MIN_FLOAT)
            best = max(((previous[y0] + p + em, y0) for y0, p in before.get(y, {}).items() if y0 in previous),
                       default=None)
            if best is None:
                best = max((previous[y0] + trans_p[y0].get(y, MIN_INF) + em, y0) for y0 in prev_states)
            now[y], path[y] = best
        V.append(now)
        mem_path.append(path)
    prob, state = max((V[-1][y], y) for y in mem_path[-1])
    route = [None] * len(obs)
    for i in range(len(obs) - 1, -1, -1):
        route[i] = state
        state = mem_path[i][state]
    return prob, route


@cache
def ready() -> None:
    global jieba, rjieba
    import jieba.analyse
    import jieba.posseg
    try:
        import rjieba
    except ImportError:  # the pure-Python jieba gives the same tokens, only slower
        rjieba = None

    jieba.setLogLevel(logging.WARNING)
    # jieba reads its dictionary cache with marshal.load(file), which reads the file a few
    # bytes at a time: 0.58 s for its 9 MB here, against 0.19 s for the same bytes read at once
    # (the first page an incremental run builds waits for this).
    jieba.marshal = SimpleNamespace(load=lambda file: marshal.loads(file.read()), dump=marshal.dump)
    jieba.load_userdict(str(USER_DICTIONARY))
    jieba.posseg.viterbi = viterbi  # the name jieba.posseg's tagger calls
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
    # Counted as jieba counts (first occurrence order, for the ties), each distinct word
    # tested once; whole counts give the same floats as jieba's sums of 1.0.
    frequency = {word: count for word, count in Counter(cut(text)).items()
                 if len(word.strip()) >= 2 and word.lower() not in tfidf.stop_words}
    total = sum(frequency.values())
    for word in frequency:
        frequency[word] *= tfidf.idf_freq.get(word, tfidf.median_idf) / total
    return sorted(frequency, key=frequency.__getitem__, reverse=True)[:limit]
