"""Same event, other papers (generator/publish/related.py): measured on labelled pairs, and what a reader
is shown."""
import itertools
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from generator.publish import related
from generator.archive.model import Article, Block, Meta
from generator.speed.run import build_folder
from generator.publish.records import export_record
from generator.publish.pages import render_article, same_event_section

from .conftest import ROOT
from .related.corpus import page_items

HERE = Path(__file__).resolve().parent / "related"


def resolve(items: list[Article], ref: str) -> Article:
    """`page file#text`: the article of that page holding that text (exactly one)."""
    file, text = ref.split("#", 1)
    found = [i for i in items if i.file == file and text in i.kicker + i.title + i.subtitle + export_record(i)["body"]]
    assert len(found) == 1, (ref, [i.id for i in found])
    return found[0]


def measure(items: list[Article], linked: list, unlabelled: list, find) -> dict:
    """Counts over every pair of `items` in different issues: found and labelled linked (with the
    same kind), found and unlabelled, … `find`: a reference to its article."""
    links = related.same_event(items, limit=len(items))
    found = {}
    for item in items:
        for link in links.get(item.id, []):
            found[frozenset((item.id, link.item.id))] = link.kind
            back = [k.kind for k in links.get(link.item.id, []) if k.item is item]
            assert back == [link.kind], f"{item.id} → {link.item.id} {link.kind}, back: {back}"
    labels = {frozenset((find(a).id, find(b).id)): kind for kind, a, b in linked}
    left_out = {frozenset((find(a).id, find(b).id)) for a, b, *_ in unlabelled}
    counts = {"pairs": 0, "tp": 0, "fp": 0, "fn": 0, "kind_right": 0, "misses": [], "wrong": []}
    for a, b in itertools.combinations(items, 2):
        pair = frozenset((a.id, b.id))
        if related.entry(a).issue == related.entry(b).issue or pair in left_out:
            assert pair not in labels, (a.id, b.id)
            continue
        counts["pairs"] += 1
        if pair in labels and pair in found:
            counts["tp"] += 1
            counts["kind_right"] += labels[pair] == found[pair]
        elif pair in labels:
            counts["fn"] += 1
            counts["misses"].append((a.file, a.title[:16], b.file, b.title[:16], labels[pair]))
        elif pair in found:
            counts["fp"] += 1
            counts["wrong"].append((a.file, a.title[:16], b.file, b.title[:16], found[pair]))
    return counts


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """The pages of tests/related/pages through the pipeline."""
    pages = tmp_path_factory.mktemp("related") / "pages"
    shutil.copytree(HERE / "pages", pages)
    return [item for result in build_folder(pages) for item in result.page.items]


@pytest.fixture(scope="module")
def seed_items(seed_results):
    return [item for result in seed_results.values() for item in result.page.items]


def test_precision_and_recall_on_the_labelled_pairs(seed_items, written):
    """Two sets, each compared within itself: the seeds with the written pages (reports of one
    event told differently, a reprint, near misses), and articles of the synthetic corpus
    (which reprints the seed articles, shortened, in other papers)."""
    hand = yaml.safe_load((HERE / "pairs.yml").read_text(encoding="utf-8"))
    pool = seed_items + written
    first = measure(pool, hand["linked"], [], lambda ref: resolve(pool, ref))
    labelled = yaml.safe_load((HERE / "corpus_pairs.yml").read_text(encoding="utf-8"))
    corpus = {item.article.id: item.article for page in labelled["pages"] for item in page_items(page)}
    second = measure(list(corpus.values()), labelled["linked"], labelled["unlabelled"], corpus.__getitem__)
    lines = []
    for name, counts in (("seeds and written pages", first), ("corpus", second), ("both", None)):
        if counts is None:
            counts = {key: first[key] + second[key] for key in ("pairs", "tp", "fp", "fn", "kind_right")}
        precision = counts["tp"] / max(1, counts["tp"] + counts["fp"])
        recall = counts["tp"] / max(1, counts["tp"] + counts["fn"])
        lines.append(f"{name}: {counts['pairs']} pairs, {counts['tp'] + counts['fn']} linked; found {counts['tp']}, "
                     f"missed {counts['fn']}, wrongly linked {counts['fp']}: precision {precision:.3f}, recall "
                     f"{recall:.3f}; kind right {counts['kind_right']} of {counts['tp']}")
    report = "\n".join(lines + [f"missed: {m}" for m in first["misses"] + second["misses"]]
                       + [f"wrongly linked: {w}" for w in first["wrong"] + second["wrong"]])
    print("\n" + report)
    tp, fp, fn = (first[k] + second[k] for k in ("tp", "fp", "fn"))
    assert tp / (tp + fp) >= 0.9 and tp / (tp + fn) >= 0.9, report


def test_the_meeting_articles_of_both_papers_point_at_each_other_and_nothing_else_is_linked(seed_items):
    links = related.same_event(seed_items)
    chengdu = ["双城经济圈建设结出哪些硕果", "川渝高竹新区行政管理事项的决定》《成渝", "王晓晖说"]
    chongqing = ["重庆市党政代表团赴四川省广安市考察", "川渝要勇挑大梁", "重大项目提速建设"]
    ours = [resolve(seed_items, "001_a9bc4fe151b3ac2e.txt#" + text) for text in chengdu]
    theirs = [resolve(seed_items, "004_ea90497b5cb0cfb5.txt#" + text) for text in chongqing]
    for one, others in ((ours, theirs), (theirs, ours)):
        for item in one:
            shown = links.get(item.id, [])
            assert sorted(link.item.id for link in shown) == sorted(other.id for other in others), item.title
            assert {link.kind for link in shown} == {related.SAME_EVENT}
    assert set(links) == {item.id for item in ours + theirs}, "no other seed article is linked"


def copy_of(item: Article, n: int, date: str, paper: str = "某某日报") -> Article:
    return replace(item, meta=replace(item.meta, date=date, newspaper=paper), id=f"{item.id}-{n}", file=f"copy{n}.txt")


def test_of_many_reprints_the_earliest_printed_are_shown_the_same_on_every_copy(seed_items):
    """A text printed by 40 papers: each copy lists the first five printings (not its own, not
    its issue's), so adding a later copy changes no page."""
    source = next(i for i in seed_items if i.title.startswith("成都明确今年数字经济发展目标"))
    copies = [copy_of(source, n, f"2024-07-{n % 28 + 1:02d}", f"第{n}报") for n in range(40)]
    links = related.same_event(copies)
    earliest = sorted(copies, key=lambda c: (c.meta.date, c.meta.newspaper, c.id))
    for copy in copies:
        shown = [link.item for link in links[copy.id]]
        assert shown == [c for c in earliest if c is not copy][:related.LIMIT]
        assert all(link.kind == related.REPRINTED and link.share == 100 for link in links[copy.id])
    later = copy_of(source, 99, "2024-09-30", "晚到日报")
    again = related.same_event(copies + [later])
    assert all(again[c.id] == links[c.id] for c in copies)


def test_reports_of_one_event_are_linked_only_within_a_week(seed_items):
    """The same two reports, printed a month apart, are not shown as the same event."""
    a = resolve(seed_items, "001_a9bc4fe151b3ac2e.txt#双城经济圈建设结出哪些硕果")
    b = resolve(seed_items, "004_ea90497b5cb0cfb5.txt#重庆市党政代表团赴四川省广安市考察")
    assert related.same_event([a, b])
    near = copy_of(b, 1, "2024-06-29", "重庆日报")
    assert related.same_event([a, near])
    far = copy_of(b, 2, "2024-07-30", "重庆日报")
    assert not related.same_event([a, far])
    unknown = copy_of(b, 3, "", "重庆日报")
    assert not related.same_event([a, unknown])


def test_sketches_are_the_same_in_every_process():
    """Fixed seed, no hash randomisation: the same text gives the same sketch bytes in another
    process (another PYTHONHASHSEED), so two runs write the same pages."""
    code = ("import hashlib, pickle; from generator.publish.related import sketch; "
            "r = {'kicker': '', 'title': '宜宾临港长江大桥公路层正式通车', 'subtitle': '', "
            "'body': '9月28日，宜宾临港长江大桥公路层正式建成通车，宜宾三江新区与临港之间的车程由40分钟缩短至10分钟，主跨522米。'}; "
            "print(hashlib.sha256(pickle.dumps(tuple(sketch(r)))).hexdigest())")
    digests = {subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True, text=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(digests) == 1


def test_an_article_page_shows_paper_date_title_kind_and_share(seed_items):
    item = resolve(seed_items, "001_a9bc4fe151b3ac2e.txt#双城经济圈建设结出哪些硕果")
    links = related.same_event(seed_items)[item.id]
    text = render_article(item, {"same_event": links})
    assert "## 同一事件的其他报道" in text
    for link in links:
        assert f"]({link.item.id}.md)" in text
    assert "- 重庆日报　2024年6月22日　[深化改革激发创新活力 相互赋能发展新质生产力]" in text
    assert "同题报道，本文约" in text
    assert same_event_section([]) == []


def test_too_short_a_text_is_linked_to_nothing():
    short = Article(kind="photo", file="a.txt", meta=Meta(date="2024-06-22", newspaper="甲报"), id="a",
                    blocks=(Block("caption", "游客在公园赏花。", ()),))
    other = replace(short, id="b", file="b.txt", meta=Meta(date="2024-06-22", newspaper="乙报"))
    assert related.same_event([short, other]) == {}


def test_the_lsh_bands_are_those_datasketch_chooses_for_the_thresholds():
    from datasketch import MinHashLSH
    for bands, threshold, permutations, weights in ((related.TEXT_BANDS, 0.3, related.NUM_PERM, (0.5, 0.5)),
                                                    (related.LEAD_BANDS, 0.15, related.LEAD_PERM, (0.2, 0.8)),
                                                    (related.FACT_BANDS, 0.1, related.FACT_PERM, (0.2, 0.8))):
        index = MinHashLSH(threshold=threshold, num_perm=permutations, weights=weights)
        assert (index.b, index.r) == bands


def test_the_sketches_are_datasketchs_minhash(seed_items):
    """related.minhash gives, byte for byte, datasketch's MinHash (scheme "affine32", CRC-32 as
    its hash, SEED its seed) of the same parts: the links are those datasketch's sketches gave."""
    import zlib

    from datasketch import MinHash
    records = [export_record(item) for item in seed_items]
    for size, parts_of in ((related.NUM_PERM, lambda r: related.clauses(r["body"])),
                           (related.LEAD_PERM, lambda r: related.lead_shingles(r["kicker"], r["title"], r["subtitle"], r["body"])),
                           (related.FACT_PERM, lambda r: {f.encode() for f in related.facts(r["title"] + "\n" + r["body"])})):
        compared = 0
        for record in records:
            parts = parts_of(record)
            if not parts:
                continue
            theirs = MinHash(num_perm=size, seed=related.SEED, hashfunc=zlib.crc32, scheme="affine32")
            theirs.update_batch(parts)
            assert related.minhash(parts, 1, size) == theirs.hashvalues.tobytes()
            compared += 1
        assert compared >= 20


def test_the_bands_find_what_datasketchs_lsh_finds(seed_items):
    """related.Bands, given the bands and rows, puts the sketches in the same buckets as
    datasketch's MinHashLSH given them, and finds the same candidates."""
    import numpy
    from datasketch import LeanMinHash, MinHashLSH
    sketches = [related.sketch(export_record(item)) for item in seed_items]
    for field, size, shape in (("text", related.NUM_PERM, related.TEXT_BANDS), ("lead", related.LEAD_PERM, related.LEAD_BANDS),
                               ("facts", related.FACT_PERM, related.FACT_BANDS)):
        made = {n: getattr(s, field) for n, s in enumerate(sketches) if getattr(s, field)}
        ours, theirs = related.Bands(shape), MinHashLSH(num_perm=size, params=shape)
        lean = {n: LeanMinHash(seed=related.SEED, hashvalues=numpy.frombuffer(s, dtype=numpy.uint32), scheme="affine32")
                for n, s in made.items()}
        for n, sketched in made.items():
            ours.insert(n, sketched)
            theirs.insert(n, lean[n])
        assert [sorted(map(sorted, table.values())) for table in ours.tables] == \
            [sorted(sorted(table.get(key)) for key in table.keys()) for table in theirs.hashtables]
        for n, sketched in made.items():
            assert ours.query(sketched) == set(theirs.query(lean[n]))
