"""One segmentation for the archive: the product segments with jieba itself, and the speed
layer's backend (generator/speed/tokens.py) gives jieba's own tokens, tags and keywords."""
import importlib.util
import os
import subprocess
import sys
from contextlib import contextmanager

import jieba
import jieba.analyse
import pytest

from generator.archive import tokens
from generator.speed import tokens as fast

from .conftest import ROOT, SEEDS

PLAIN = tokens.Jieba()


@pytest.fixture(scope="module")
def seed_text():
    return "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))).replace(" ", "")


@contextmanager
def segmenting_with(backend):
    previous = tokens.use(backend)
    try:
        yield tokens.ready()
    finally:
        tokens.use(previous)


@pytest.mark.parametrize("backend", [PLAIN, fast.BACKEND], ids=["jieba", "fast"])
def test_user_dictionary_keeps_domain_terms_whole(backend):
    with segmenting_with(backend):
        words = tokens.cut("推动成渝地区双城经济圈建设，发展新质生产力，川渝高竹新区实现碳达峰")
    for term in ("成渝地区双城经济圈", "新质生产力", "川渝高竹新区", "碳达峰"):
        assert term in words


def test_the_fast_backend_gives_jiebas_tokens_keywords_and_tags(seed_text):
    """The contract of the seam: on the seed pages' text the speed layer's backend gives what
    jieba itself gives (the product's backend): tokens, search-mode tokens, keywords, tags and
    the IDF table."""
    parts = [p for p in seed_text.split("\n\n") if len(p) > 50][:40]
    clauses = [c for c in seed_text.replace("\n", "。").split("。") if c][:400]

    def made(backend):
        with segmenting_with(backend):
            return (tokens.cut(seed_text), tokens.cut_for_search(seed_text), [tokens.keywords(p) for p in parts],
                    [tokens.tagged(c) for c in clauses], tokens.idf())

    plain, faster = made(PLAIN), made(fast.BACKEND)
    for name, ours, theirs in zip(("cut", "cut_for_search", "keywords", "tagged", "idf"), faster, plain):
        assert ours == theirs, name
    assert plain[0] == list(jieba.cut(seed_text)) and plain[2][0] == jieba.analyse.extract_tags(parts[0], topK=8)
    if importlib.util.find_spec("rjieba") is not None:
        assert fast.BACKEND.rjieba is not None, "installed, so used"


@pytest.mark.parametrize("text", [
    "社区开通免费Wi-Fi服务，COVID-19疫情以来5G-A网络覆盖全城", "x_y变量与e-CNY试点", "2024.4.12 周五 责编：严艳博",
    "细颗粒物（PM2.5）平均浓度同比下降2.1%", "国内统一连续出版物号 CN 32-0097", "新闻热线：0571-75568100",
])
def test_the_fast_backend_cuts_joined_latin_words_as_jieba_does(text):
    """Words of letters and digits joined by a mark (Wi-Fi, 2024.4.12, PM2.5), which rjieba alone
    would keep whole: the speed layer's tokens are still jieba's, in both modes and in keywords."""
    def made(backend):
        with segmenting_with(backend):
            return tokens.cut(text), tokens.cut_for_search(text), tokens.keywords(text)

    assert made(fast.BACKEND) == made(PLAIN)


def test_the_fast_backend_leaves_jieba_as_it_was():
    """The fast tagger is a tagger of its own: jieba.posseg keeps its own Viterbi search, so the
    product's backend, used after it, is jieba's."""
    from jieba.posseg.viterbi import viterbi as jiebas

    with segmenting_with(fast.BACKEND):
        tokens.tagged("成都市委书记王晓晖表示")
    assert jieba.posseg.viterbi is jiebas


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

    assert (fast.MIN_FLOAT, fast.MIN_INF) == (MIN_FLOAT, MIN_INF)
    model = fast.TaggingModel(start_P, trans_P, emit_P)
    random.seed(7)
    alphabet = "".join(sorted(set(seed_text) & set(char_state_tab_P)))[:600] + "龘靐齉爩鱻麤"
    texts = han_runs(seed_text) + ["".join(random.choices(alphabet, k=random.randint(1, 40))) for _ in range(300)]
    for text in texts:
        assert model.viterbi(text, char_state_tab_P) == \
            jiebas(text, char_state_tab_P, start_P, trans_P, emit_P), text


READY_IN_A_FRESH_PROCESS = """
import json, sys
from types import SimpleNamespace
from generator.archive import tokens
from generator.speed import tokens as fast
fast.install()
tokens.ready()
import jieba, jieba.posseg
fresh = SimpleNamespace()
jieba.posseg.POSTokenizer.load_word_tag(fresh, jieba.dt.get_dict_file())
import jieba.analyse
made = jieba.analyse.default_tfidf
print(json.dumps({
    "tags": jieba.posseg.dt.word_tag_tab == fresh.word_tag_tab,
    "idf": fast.BACKEND.tfidf.idf_freq == made.idf_freq,
    "median": fast.BACKEND.tfidf.median_idf == made.median_idf,
    "stop_words": fast.BACKEND.tfidf.stop_words == made.stop_words,
    "tagged": tokens.tagged("成都市委书记王晓晖表示"),
    "keywords": tokens.keywords("推动成渝地区双城经济圈建设，发展新质生产力，川渝高竹新区实现碳达峰"),
}, ensure_ascii=False))
"""


@pytest.mark.slow  # imports jieba afresh in processes of its own
def test_word_tables_kept_between_runs_are_jiebas_own(tmp_path):
    """`ready` with the fast backend in a fresh process: with no tables kept (made from jieba's
    files and kept in the temporary folder), with them kept, and with a broken file there (made again), jieba.posseg
    holds the tags of jieba's dictionary and the TF-IDF tables are jieba.analyse's own."""
    import json

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


PLAIN_IN_A_FRESH_PROCESS = """
import sys
from generator.archive import tokens
from generator.archive.build import build_archive
build_archive(sys.argv[1])
import jieba.posseg
from jieba.posseg.viterbi import viterbi
print(type(tokens.ready()).__name__, "rjieba" in sys.modules, jieba.posseg.viterbi is viterbi)
"""


@pytest.mark.slow  # builds the seed pages with jieba's own segmentation, in a process of its own
def test_the_product_segments_with_jieba_itself():
    """The product alone (no speed layer imported) builds the archive with jieba as it comes:
    no rjieba, jieba.posseg's own Viterbi search."""
    done = subprocess.run([sys.executable, "-c", PLAIN_IN_A_FRESH_PROCESS, str(SEEDS)], cwd=ROOT, check=True,
                          capture_output=True, text=True)
    assert done.stdout.split() == ["Jieba", "False", "True"]
