"""One segmentation for the archive: the fast implementation gives jieba's own tokens."""
import importlib.util

import jieba
import jieba.analyse
import pytest

from generator import tokens

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
