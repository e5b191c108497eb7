"""One segmentation for the archive: the fast implementation gives jieba's own tokens."""
import importlib.util
import os

import jieba
import jieba.analyse
import pytest

from generator.archive import tokens

from .conftest import SEEDS


@pytest.fixture(scope="module")
def seed_text():
    return "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))).replace(" ", "")


def test_user_dictionary_keeps_domain_terms_whole():
    words = tokens.cut("推动成渝地区双城经济圈建设，发展新质生产力，川渝高竹新区实现碳达峰")
    for term in ("成渝地区双城经济圈", "新质生产力", "川渝高竹新区", "碳达峰"):
        assert term in words


@pytest.mark.skipif(importlib.util.find_spec("rjieba") is None, reason="rjieba not installed: jieba itself is used")
def test_rjieba_gives_jiebas_tokens(seed_text):
    tokens.ready()
    assert tokens.rjieba is not None, "installed, so used"
    assert tokens.cut(seed_text) == list(jieba.cut(seed_text))
    assert tokens.cut_for_search(seed_text) == list(jieba.cut_for_search(seed_text))


def test_keywords_equal_jiebas_tfidf(seed_text):
    tokens.ready()
    for part in seed_text.split("\n\n")[:40]:
        if len(part) > 50:
            assert tokens.keywords(part) == jieba.analyse.extract_tags(part, topK=8)


def han_runs(text):
    import re
    return re.findall(r"[\u4e00-\u9fff]+", text)


@pytest.mark.slow  # jieba's own Viterbi over every seed sentence
def test_viterbi_gives_jiebas_path_and_probability(seed_text):
    """The tagger's Viterbi search against jieba's own, on every run of Han characters of the
    seeds and on random strings of frequent and rare characters."""
    import random

    from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P
    from jieba.posseg.viterbi import MIN_FLOAT, MIN_INF
    from jieba.posseg.viterbi import viterbi as jiebas

    assert (tokens.MIN_FLOAT, tokens.MIN_INF) == (MIN_FLOAT, MIN_INF)
    random.seed(7)
    alphabet = "".join(sorted(set(seed_text) & set(char_state_tab_P)))[:600] + "龘靐齉爩鱻麤"
    texts = han_runs(seed_text) + ["".join(random.choices(alphabet, k=random.randint(1, 40))) for _ in range(300)]
    for text in texts:
        assert tokens.viterbi(text, char_state_tab_P, start_P, trans_P, emit_P) == \
            jiebas(text, char_state_tab_P, start_P, trans_P, emit_P), text


def test_tagging_equals_jiebas_tagger(seed_text, monkeypatch):
    import jieba.posseg
    from jieba.posseg.viterbi import viterbi as jiebas

    tokens.ready()
    clauses = [c for c in seed_text.replace("\n", "。").split("。") if c][:400]
    ours = [tokens.tagged(c) for c in clauses]
    monkeypatch.setattr(jieba.posseg, "viterbi", jiebas)
    assert ours == [tokens.tagged(c) for c in clauses]
    assert jieba.posseg.viterbi is jiebas  # the comparison above ran jieba's own search


READY_IN_A_FRESH_PROCESS = """
import json, sys
from types import SimpleNamespace
from generator.archive import tokens
tokens.ready()
import jieba, jieba.posseg
fresh = SimpleNamespace()
jieba.posseg.POSTokenizer.load_word_tag(fresh, jieba.dt.get_dict_file())
import jieba.analyse
made = jieba.analyse.default_tfidf
print(json.dumps({
    "tags": jieba.posseg.dt.word_tag_tab == fresh.word_tag_tab,
    "idf": tokens.tfidf.idf_freq == made.idf_freq,
    "median": tokens.tfidf.median_idf == made.median_idf,
    "stop_words": tokens.tfidf.stop_words == made.stop_words,
    "tagged": tokens.tagged("成都市委书记王晓晖表示"),
    "keywords": tokens.keywords("推动成渝地区双城经济圈建设，发展新质生产力，川渝高竹新区实现碳达峰"),
}, ensure_ascii=False))
"""


@pytest.mark.slow  # imports jieba afresh in processes of its own
def test_word_tables_kept_between_runs_are_jiebas_own(tmp_path):
    """`ready` in a fresh process: with no tables kept (made from jieba's files and kept in the
    temporary folder), with them kept, and with a broken file there (made again), jieba.posseg
    holds the tags of jieba's dictionary and the TF-IDF tables are jieba.analyse's own."""
    import json
    import subprocess
    import sys

    from .conftest import ROOT

    def run() -> dict:
        done = subprocess.run([sys.executable, "-c", READY_IN_A_FRESH_PROCESS], cwd=ROOT, check=True,
                              capture_output=True, text=True, env={**os.environ, "TMPDIR": str(tmp_path)})
        return json.loads(done.stdout)

    expected = {"tags": True, "idf": True, "median": True, "stop_words": True,
                "tagged": [["成都市委", "nt"], ["书记", "n"], ["王晓晖", "nr"], ["表示", "v"]]}
    made = run()
    kept = list(tmp_path.glob("archive-jieba-tables.*.marshal"))
    assert len(kept) == 1
    assert {k: made[k] for k in expected} == expected
    assert run() == made
    kept[0].write_bytes(b"not marshal")
    assert run() == made
    assert kept[0].read_bytes() != b"not marshal"
