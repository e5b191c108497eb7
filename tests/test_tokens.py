"""One segmentation for the archive: the fast implementation gives jieba's own tokens."""
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


@pytest.mark.skipif(tokens.rjieba is None, reason="rjieba not installed: jieba itself is used")
def test_rjieba_gives_jiebas_tokens(seed_text):
    tokens.ready()
    assert tokens.cut(seed_text) == list(jieba.cut(seed_text))
    assert tokens.cut_for_search(seed_text) == list(jieba.cut_for_search(seed_text))


def test_keywords_equal_jiebas_tfidf(seed_text):
    tokens.ready()
    for part in seed_text.split("\n\n")[:40]:
        if len(part) > 50:
            assert tokens.keywords(part) == jieba.analyse.extract_tags(part, topK=8)
