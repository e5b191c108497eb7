"""The search index (generator/publish/search/), read the way search.js reads it (generator/tools/search_twin.py).

The expected articles of every query are computed here independently: plain substring search
in each record's kicker, title, subtitle, body and byline (white space as one space, Latin
letters in lower case). The index must return exactly those.
"""
import json
import pickle
import re
import shutil

import jieba
import pytest

from generator.publish.search import codec, folding, index as search_index, shards
from generator.speed import numpy_search
from generator.speed.run import generate

from generator.tools import search_twin as twin
from .conftest import SEEDS

# Names, places, 2-, 3-, 4+-character terms, AND, phrases, Latin, digits, punctuation, no hits.
QUERIES = [
    "双城经济圈", "双城", "经济圈", "高竹新区", "川渝高竹新区", "张晓玲", "赖永峰", "邓小平", "二氧化碳回收",
    "碳达峰 试点", '"数字经济"', "数字经济", "新质生产力", "成渝地区双城经济圈", "重庆", "广安", "就业",
    "乡村振兴", "西部陆海新通道", "重庆 四川 改革", "成都 数字经济", '"双城经济圈建设"', "Micro LED",
    '"Micro LED"', "micro led", "CCUS", "2024", "“双碳”", "碳", "量子计算机", "火星 重庆", "黄河流域生态保护",
    "GDP", "中医药 人才", "ＬＥＤ",
]
BRIEF = ["双城经济圈", "双城", "经济圈", "高竹新区", "张晓玲", "二氧化碳回收", "碳达峰 试点", '"数字经济"']


def haystack(record: dict) -> str:
    fields = [record["kicker"], record["title"], record["subtitle"], record["body"],
              " ".join(record["authors"] + record["photographers"])]
    text = "\n".join(f for f in fields if f)
    text = "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c for c in text)
    return re.sub(r"\s+", " ", text).lower()


def terms_of(query: str) -> list[str]:
    phrases = re.findall(r'["“”]([^"“”]*)["“”]', query)
    words = re.sub(r'["“”][^"“”]*["“”]', " ", query).split()
    folded = "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c for c in " ".join(words)).lower()
    return [p.lower() for p in phrases if p.strip()] + folded.split()


def expected(records: list[dict], query: str) -> set[str]:
    terms = terms_of(query)
    return {r["id"] for r in records if terms and all(t in haystack(r) for t in terms)}


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    work = tmp_path_factory.mktemp("search")
    shutil.copytree(SEEDS, work / "seeds")
    generate(work / "seeds", work / "docs")
    lines = (work / "docs" / "data" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def files_in_levels(records, step):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search_index, "TAIL_STEP", step)
        return shards.search_files(records)


@pytest.fixture(scope="module", params=[None, 10], ids=["tail-only", "base-and-tail"])
def files(records, request):
    """The seed archive's index as the archive writes it (33 articles: all in the tail) and with
    a base of 30 articles beside a tail of 3 (TAIL_STEP 10), as a large archive has both."""
    return shards.search_files(records) if request.param is None else files_in_levels(records, request.param)


def test_the_levels_hold_every_article_once_and_rank_alike(records):
    """However the articles are divided between base and tail, a query finds the same, ranked alike."""
    layouts = {step: files_in_levels(records, step) for step in (1000, 10, 1)}
    metas = {step: twin.read_call(files["search/meta.js"])[1][0] for step, files in layouts.items()}
    assert [(m["tail"]["from"], m["shards"] > 0, m["tail"]["shards"] > 0) for m in metas.values()] == [
        (0, False, True), (30, True, True), (len(records), True, False)]
    for query in QUERIES:
        ranked = [twin.search(files, query) for files in layouts.values()]
        assert ranked[0] == ranked[1] == ranked[2], query


@pytest.mark.parametrize("query", QUERIES)
def test_exactly_the_articles_that_contain_the_query(records, files, query):
    assert set(twin.search(files, query)) == expected(records, query)


def test_the_query_set_has_hits_and_misses(records):
    counts = {q: len(expected(records, q)) for q in QUERIES}
    assert len(QUERIES) >= 25
    assert sum(1 for n in counts.values() if n == 0) >= 2 and sum(1 for n in counts.values() if n > 3) >= 5


@pytest.mark.parametrize("query", BRIEF)
def test_brief_queries_match_title_and_body(records, files, query):
    """The queries of the brief: the same articles as a search in title and body alone."""
    terms = terms_of(query)
    plain = {r["id"] for r in records if all(t in (r["title"] + "\n" + r["body"]).lower() for t in terms)}
    assert set(twin.search(files, query)) == plain and plain


def test_and_is_the_intersection(records, files):
    both = set(twin.search(files, "碳达峰 试点"))
    assert both == set(twin.search(files, "碳达峰")) & set(twin.search(files, "试点")) and both


def test_phrase_keeps_its_space(records, files):
    assert set(twin.search(files, '"Micro LED"')) == expected(records, '"Micro LED"')
    assert twin.search(files, '"LED Micro"') == []


def test_title_hits_rank_first(records, files):
    by_id = {r["id"]: r for r in records}
    ranked = twin.search(files, "双城经济圈")
    in_title = ["双城经济圈" in by_id[i]["title"] for i in ranked]
    assert in_title == sorted(in_title, reverse=True) and in_title[0]


def test_more_occurrences_rank_higher(records, files):
    by_id = {r["id"]: r for r in records}
    ranked = [i for i in twin.search(files, "高竹新区") if "高竹新区" not in by_id[i]["title"]]
    counts = [haystack(by_id[i]).count("高竹新区") for i in ranked]
    assert counts == sorted(counts, reverse=True)


def test_whole_words_come_from_jieba_search_mode():
    text = "推动成渝地区双城经济圈建设，川渝高竹新区Micro LED产业"
    folding.word_boundaries("预热")
    starts, ends = folding.word_boundaries(text)
    tokens = list(jieba.tokenize(text, mode="search"))
    assert starts == {s for _, s, _ in tokens} and ends == {e for _, _, e in tokens}


def test_whole_word_occurrences_count(records, files):
    reader = twin.Reader(files)
    hits = reader.term_hits("双城经济圈")
    assert all(whole <= count for count, _, whole, _ in hits.values())
    assert sum(whole for _, _, whole, _ in hits.values()) > 0
    assert sum(whole for _, _, whole, _ in reader.term_hits("城经").values()) == 0


def test_index_is_split_into_small_files(files):
    figures = twin.index_figures(files)
    for level in ("shards", "tail/shards"):
        if level in figures:
            assert figures[level]["files"] >= 16 and figures[level]["largest"] < 16 * 1024
    assert figures["meta"]["bytes"] < 4 * 1024
    payload = twin.search_payload_bytes(files, ["双城经济圈", "碳达峰 试点"])
    assert payload["first"] < 100 * 1024 and 0 < payload["next"] < payload["first"]
    first = payload["queries"][0]["files"]
    for level in ("search/shards/", "search/tail/shards/"):  # 双城, 经济, 济圈 at most, in each level
        assert sum(p.startswith(level) for p in first) <= 3
    # The filters' data only once they are opened or one is in force
    assert not any(p.startswith("search/facets/") or p == "search/vocabularies.js" for p in first)
    for options in ({"faceted": True}, {"filters": {"sort": "new"}}, {"filters": {"year": "2024"}}):
        reader = twin.Reader(files)
        reader.search("双城经济圈", **options)
        assert "search/vocabularies.js" in reader.loaded and "search/facets/0.js" in reader.loaded, options


def test_output_is_deterministic(records, files):
    again = shards.search_files([json.loads(json.dumps(r)) for r in records])
    assert again == shards.search_files(records)
    assert files_in_levels(records, 10) == files_in_levels([json.loads(json.dumps(r)) for r in records], 10)
    assert all(not re.search(r"\d{4}-\d\d-\d\dT", text) for text in files.values())


def test_every_file_is_one_script_call(files):
    for path, text in files.items():
        if path.startswith("search/"):
            kind, args = twin.read_call(text)
            assert kind in ("meta", "shard", "key", "tailShard", "tailKey", "facets", "vocabularies", "doc", "chunk",
                            "t2s"), path


def test_the_page_and_its_front_matter(files):
    page = files["search.md"]
    assert page.startswith("---\n") and "template: search-page.html" in page and "search_page: true" in page


def record(number: int, title: str, body: str, **extra) -> dict:
    base = {"id": f"x{number:011d}", "url": f"articles/x{number:011d}/", "kind": "article", "kicker": "", "title": title,
            "subtitle": "", "authors": [], "photographers": [], "newspaper": "测试报", "date": "2025-01-02",
            "regions": [], "places": [], "topics": [], "body": body}
    return {**base, **extra}


def test_text_beyond_the_basic_plane_and_hostile_markup():
    crafted = [record(0, "<script>alert(1)</script>标题", "正文𠀀𠀁字与<img src=x onerror=alert(2)>"),
               record(1, "另一篇", "没有那个字 \\ \" 引号"),
               record(2, "ＦＵＬＬ　ｗｉｄｔｈ", "Ｍｉｃｒｏ　ＬＥＤ 显示")]
    files = shards.search_files(crafted)
    assert twin.search(files, "𠀀𠀁") == ["x00000000000"]
    assert twin.search(files, "𠀁字") == ["x00000000000"]
    assert twin.search(files, "<script>") == ["x00000000000"]
    assert twin.search(files, "onerror=alert") == ["x00000000000"]
    assert twin.search(files, '\\ "') == ["x00000000001"]  # a lone quote opens an empty phrase, ignored
    assert twin.search(files, '\\') == ["x00000000001"]
    assert twin.search(files, "micro led") == ["x00000000002"]
    assert twin.search(files, '"full width"') == ["x00000000002"]
    kind, (number, doc) = twin.read_call(files["search/docs/0.js"])
    assert doc["title"] == "<script>alert(1)</script>标题"


def test_filters_narrow_the_results(records, files):
    paper = next(r["newspaper"] for r in records if r["newspaper"])
    everything = twin.search(files, "重庆")
    narrowed = twin.search(files, "重庆", {"paper": paper})
    by_id = {r["id"]: r for r in records}
    assert narrowed and set(narrowed) < set(everything)
    assert all(by_id[i]["newspaper"] == paper for i in narrowed)
    assert twin.search(files, "重庆", {"paper": "不存在的报纸"}) == []
    year = twin.search(files, "重庆", {"year": "2023"})
    assert set(year) == {i for i in everything if by_id[i]["date"].startswith("2023")}


def test_codec_round_trip():
    numbers = [0, 1, 45, 46, 2115, 2116, 97335, 97336, 10 ** 9]
    assert codec.dec("".join(map(codec.enc, numbers))) == numbers
    assert not set("".join(map(codec.enc, range(5000)))) & set('"\\')


def test_payload_report_shape(files):
    payload = twin.search_payload_bytes(files, "双城经济圈")
    assert set(payload) >= {"first", "next", "first_gzip", "next_gzip", "queries"} and payload["next"] == 0
    assert payload["queries"][0]["files"][0] == "search/meta.js"


FILLER = "这是一段用于填充长文的普通文字内容，" * 200  # 3,600 characters with neither 鹭 nor 白鹭湖


@pytest.mark.parametrize("offset", [10, 999, 1000, 1500, 2960, 3590])
def test_a_result_loads_only_the_text_chunk_of_its_first_occurrence(offset):
    """The snippet shows the first occurrence wherever it is in a long text, and the result
    loads the one chunk of the text that holds it."""
    body = FILLER[:offset] + "白鹭湖" + FILLER[offset:]
    files = shards.search_files([record(0, "长文", body), record(1, "短文", "湖边")])
    result = twin.Reader(files)
    [entry] = result.search("白鹭湖")
    chunks = [p for p in result.loaded if p.startswith("search/docs/0-")]
    assert chunks == [f"search/docs/0-{offset // shards.TEXT_CHUNK}.js"]
    assert entry["snippet"]["marks"] == ["白鹭湖"]
    assert entry["snippet"]["text"].startswith(body[max(0, offset - shards.SNIPPET_LEAD):offset + 3])
    begin = max(0, offset - shards.SNIPPET_LEAD)
    assert entry["snippet"]["before"] == (begin > 0)
    assert entry["snippet"]["after"] == (begin + shards.SNIPPET_WIDTH < len(body))


def test_a_one_character_term_reads_the_chunks_in_order_until_it_occurs():
    body = FILLER[:2500] + "鹭" + FILLER[2500:]
    files = shards.search_files([record(0, "长文", body)])
    result = twin.Reader(files)
    [entry] = result.search("鹭")
    assert [p for p in result.loaded if p.startswith("search/docs/0-")] == [f"search/docs/0-{k}.js" for k in range(3)]
    assert entry["snippet"]["marks"] == ["鹭"]


def test_a_hit_only_in_the_head_shows_the_head_and_no_chunk_is_loaded():
    files = shards.search_files([record(0, "长文", FILLER, kicker="白鹭湖畔")])
    result = twin.Reader(files)
    [entry] = result.search("白鹭湖")
    assert not [p for p in result.loaded if p.startswith("search/docs/0-")]
    assert entry["snippet"]["marks"] == ["白鹭湖"] and entry["snippet"]["text"].startswith("白鹭湖畔")


def test_text_chunks_hold_every_snippet_they_own():
    """Chunk k owns the units from k * TEXT_CHUNK on; a snippet anchored at any of them lies
    within chunk k (so one chunk always suffices), and the chunks put together are the text."""
    text = folding.units("".join(chr(0x4E00 + i % 500) for i in range(3333)) + "𠀀" * 10)
    chunks = -(-len(text) // shards.TEXT_CHUNK)
    for anchor in range(len(text)):
        k = anchor // shards.TEXT_CHUNK
        start, piece = shards.chunk_start(k), shards.text_chunk(text, k)
        begin = max(0, anchor - shards.SNIPPET_LEAD)
        assert text[begin:begin + shards.SNIPPET_WIDTH] == piece[begin - start:begin - start + shards.SNIPPET_WIDTH]
    joined = "".join(shards.text_chunk(text, k)[shards.TEXT_CHUNK * k - shards.chunk_start(k):][:shards.TEXT_CHUNK]
                     for k in range(chunks))
    assert joined == text


def test_postings_computed_in_the_page_workers_give_the_same_index(tmp_path):
    """The pipeline computes each article's postings where its page is built (and caches them);
    merged, they give the index built from the records alone, byte for byte, on the first run
    and on the next one, which takes the pages from the cache."""
    from generator.speed.run import build_archive
    shutil.copytree(SEEDS, tmp_path / "seeds")
    for run in ("first run", "second run"):
        generate(tmp_path / "seeds", tmp_path / "docs")
        archive = build_archive(tmp_path / "seeds")
        assert archive.rebuilt == (0, len(archive.pages)), run
        lines = (tmp_path / "docs" / "data" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
        records = [json.loads(line) for line in lines]
        postings = archive.made[0]
        assert all(p is not None for p in postings)
        written = {p.relative_to(tmp_path / "docs").as_posix(): p.read_text(encoding="utf-8")
                   for p in (tmp_path / "docs" / "search").rglob("*.js")}
        expected = {k: v for k, v in shards.search_files(records).items() if k.startswith("search/")}
        assert written == expected == {k: v for k, v in shards.search_files(records, postings).items()
                                       if k.startswith("search/")}, run


def test_a_short_text_travels_in_its_result_file_and_a_title_hit_shows_the_text_beginning():
    files = shards.search_files([record(0, "白鹭湖", "湖边的短文。"), record(1, "白鹭湖长文", FILLER)])
    assert not [p for p in files if p.startswith("search/docs/0-")]
    result = twin.Reader(files)
    by_doc = {entry["doc"]: entry for entry in result.search("白鹭湖")}
    assert by_doc[0]["snippet"]["text"] == "湖边的短文。" and not by_doc[0]["snippet"]["after"]
    assert sorted(p for p in result.loaded if p.startswith("search/docs/")) == [
        "search/docs/0.js", "search/docs/1-0.js", "search/docs/1.js"]
    assert by_doc[1]["snippet"]["text"] == FILLER[:shards.SNIPPET_WIDTH] and by_doc[1]["snippet"]["after"]


def test_a_lone_surrogate_is_written_escaped_and_everything_else_as_json_writes_it():
    from generator.publish.search.shards import js_value

    assert js_value({"t": "双城\ud800经济圈😀"}) == '{"t":"双城\\ud800经济圈😀"}'
    assert js_value(["a\udfffb", "\ud83d\ude00"]) == '["a\\udfffb","\\ud83d\\ude00"]'
    assert js_value({"t": "双城经济圈", "n": 3}) == '{"n":3,"t":"双城经济圈"}'


def test_a_resumed_merge_keeps_the_files_of_the_base_it_held(records, monkeypatch):
    """A merge resumed from the last run keeps (`Kept`, where docs/ holds them as written) the
    doc files of the articles its base held, and the base's own files when the base did not
    grow; the tail is merged anew. Whatever it keeps, the rest equals what a fresh merge gives."""
    from generator.speed import search_merge
    from generator.speed.page_cache import Kept

    monkeypatch.setattr(search_index, "TAIL_STEP", 10)
    fresh = shards.search_files(records)
    sources = [("page", n, r["id"]) for n, r in enumerate(records)]
    first = search_merge.Merged()
    search_merge.search_files(records[:25], merged=first, sources=sources[:25])
    assert len(first.sources) == 20
    grown = pickle.loads(pickle.dumps(first))
    resumed = search_merge.search_files(records, merged=grown, sources=sources, kept=lambda path: True)
    kept = {p for p, t in resumed.items() if isinstance(t, Kept)}
    held = {p for p in resumed if p.startswith("search/docs/") and int(p.split("/")[-1].split(".")[0].split("-")[0]) < 20}
    assert kept == held and len(held) >= 20  # the base grew (20 → 30): its files are made again
    assert {p: t for p, t in resumed.items() if p not in kept} == {p: t for p, t in fresh.items() if p not in kept}
    assert len(grown.sources) == 30 and grown.layout is not None

    again = search_merge.search_files(records, merged=pickle.loads(pickle.dumps(grown)), sources=sources, kept=lambda path: True)
    base = {p for p in fresh if p.startswith(("search/shards/", "search/keys/"))}
    kept = {p for p, t in again.items() if isinstance(t, Kept)}
    assert base and base <= kept and not any(p.startswith("search/tail/") for p in kept)
    assert {p: t for p, t in again.items() if p not in kept} == {p: t for p, t in fresh.items() if p not in kept}

    made = search_merge.search_files(records, merged=pickle.loads(pickle.dumps(grown)), sources=sources, kept=lambda path: False)
    assert made == fresh
    other = search_merge.search_files(records, merged=search_merge.Merged.resumed(None, sources), sources=sources)
    assert other == fresh

def test_the_number_tables_decode_to_their_numbers():
    """The tables enc and enc_bytes read numbers of up to three digits from (made digit by
    digit, not by enc) hold the right text for each number."""
    assert len(codec.byte_table()) == codec.BASE ** 3
    assert all(codec.dec(text.decode("ascii")) == [n] for n, text in enumerate(codec.byte_table()))
    assert all(codec.dec(text) == [n] for n, text in enumerate(codec.SMALL))
    assert codec.enc(codec.BASE ** 3 + 5) == codec.enc_bytes([codec.BASE ** 3 + 5]).decode("ascii")


def test_the_numpy_postings_are_the_plain_ones(records):
    """speed.numpy_search.article_postings (over arrays) gives what the product's plain
    definition gives: the seed articles and crafted ones (astral characters, which split into
    code units; an empty article; a long text, positions of more than three digits; full-width
    Latin)."""
    crafted = [record(0, "𠀀𠀁ab𠀀", "正文𠀀𠀁字"), record(1, "", "字"), record(2, "", ""), record(3, "题", ""),
               record(4, "长文", "双城经济圈建设。" * 4000),  # positions of more than three digits
               record(5, "ＦＵＬＬ　ｗｉｄｔｈ", "Ｍｉｃｒｏ　ＬＥＤ 显示 \n\n 第二段", authors=["张三"])]
    for one in records + crafted:
        assert numpy_search.article_postings(one) == search_index.article_postings(one), one["id"]


def test_the_plain_postings_are_their_definition():
    """A bigram's entry is its count, its first position and the differences, a position being
    position << 2 | 2 where a word starts | 1 where one ends after the bigram; a character's, its
    count and its count in the head. Positions in the body start at HEAD_SPAN."""
    one = record(0, "湖边", "湖边湖边")
    made = search_index.article_postings(one)
    entries = dict(made.keys_and_ends())
    assert made.bigrams == 2 and list(entries) == ["湖边", "边湖", "湖", "边"]
    at = search_index.HEAD_SPAN
    starts, ends = folding.word_boundaries("湖边湖边")
    body = [(at + i) << 2 | (2 if i in starts else 0) | (1 if i + 2 in ends else 0) for i in (0, 2)]
    head = 0 << 2 | (2 if 0 in folding.word_boundaries("湖边")[0] else 0) | (1 if 2 in folding.word_boundaries("湖边")[1] else 0)
    first = codec.enc_bytes((3, head, body[0] - head, body[1] - body[0]))
    assert made.entries.startswith(first)
    characters = made.entries[-len(codec.enc_bytes((3, 1)) * 2):]
    assert characters == codec.enc_bytes((3, 1)) + codec.enc_bytes((3, 1))


def test_the_numpy_merge_is_the_plain_one(records, monkeypatch):
    """speed.numpy_search.merge_postings (grouped by key over arrays, a block of articles at a
    time) gives the product's plain merge, one (article, key) pair at a time: the seed articles
    and crafted ones (astral characters; a key of one article only; an empty article; long
    texts), merged at once, in pieces (a base resumed) and a few pairs at a time (MERGE_BLOCK),
    with article numbers past three digits."""
    crafted = [record(0, "𠀀𠀁ab𠀀", "正文𠀀𠀁字"), record(1, "", "字"), record(2, "", ""), record(3, "题", ""),
               record(4, "长文", "双城经济圈建设。" * 4000), record(5, "ＦＵＬＬ　ｗｉｄｔｈ", "Ｍｉｃｒｏ　ＬＥＤ 显示")]
    articles = records + crafted + records
    postings = [search_index.article_postings(one) for one in articles]
    far = [None] * 100_000 + postings  # article numbers beyond BASE ** 3: four digits
    expected = search_index.merge_postings({}, articles, postings, 0, len(postings))
    assert numpy_search.merge_postings({}, articles, postings, 0, len(postings)) == expected
    assert (numpy_search.merge_postings({}, [None] * len(far), far, 100_000, len(far))
            == search_index.merge_postings({}, [None] * len(far), far, 100_000, len(far)))
    resumed = numpy_search.merge_postings({}, articles, postings, 0, 30)
    assert numpy_search.merge_postings(resumed, articles, postings, 30, len(postings)) == expected
    assert search_index.merge_postings(search_index.merge_postings({}, articles, postings, 0, 30),
                                       articles, postings, 30, len(postings)) == expected
    monkeypatch.setattr(numpy_search, "MERGE_BLOCK", 50)
    assert numpy_search.merge_postings({}, articles, None, 0, len(articles)) == expected


def test_the_traditional_character_table_is_small_and_fixed(files):
    """search/t2s.js: only characters that differ, one code unit each, in code point order."""
    pairs = twin.read_call(files["search/t2s.js"])[1][0]
    traditional = pairs[0::2]
    assert len(pairs) % 2 == 0 and list(traditional) == sorted(set(traditional))
    assert all(a != b for a, b in zip(pairs[0::2], pairs[1::2])) and all(ch <= "\uffff" for ch in pairs)
    assert twin.simplified("碳達峰與發展", pairs) == "碳达峰与发展"
    assert len(files["search/t2s.js"].encode("utf-8")) < 24 * 1024


def test_a_term_that_finds_nothing_is_tried_simplified_then_as_its_words(records, files):
    reader = twin.Reader(files)
    assert set(twin.search(files, "碳達峰")) == expected(records, "碳达峰")
    assert set(twin.search(files, "劳务输转")) == expected(records, "劳务 输转") and expected(records, "劳务 输转")
    reader.search("劳务输转")
    assert reader.words == ["劳务", "输转"] and reader.notes["split"] == ["劳务", "输转"]
    assert twin.search(files, '"劳务输转"') == []  # a quoted phrase is never split
    assert twin.search(files, "数字经济") == twin.search(files, '"数字经济"')  # a phrase that is found stays whole


def test_separators_and_exclusion(records, files):
    assert twin.parse("成渝，重庆、四川；-试点 -") == [
        twin.Term("成渝", False, False), twin.Term("重庆", False, False), twin.Term("四川", False, False),
        twin.Term("试点", False, True), twin.Term("-", False, False)]
    assert set(twin.search(files, "碳达峰 -试点")) == expected(records, "碳达峰") - expected(records, "试点")
    assert twin.search(files, "-试点") == []
