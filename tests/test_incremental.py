"""Incremental regeneration: only changed pages are rebuilt, and the output is the same bytes."""
import shutil

import pytest
import yaml

from generator.publish.search import index as search_index
from generator.speed.run import build_archive, generate
from generator.speed.tree import TreeWriter, write_tree

from .conftest import SEEDS


def tree(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_adding_a_page_rebuilds_only_that_page_and_equals_a_full_run(tmp_path, monkeypatch):
    monkeypatch.setattr(search_index, "TAIL_STEP", 8)  # a search index with a base and a tail, as a large archive's
    pages = tmp_path / "archive" / "seeds"
    shutil.copytree(SEEDS, pages, ignore=shutil.ignore_patterns("004_*"))
    first = generate(pages, tmp_path / "archive" / "docs")
    assert first.rebuilt == (4, 0)
    for name in SEEDS.glob("004_*"):
        shutil.copy(name, pages / name.name)
    second = generate(pages, tmp_path / "archive" / "docs")
    assert second.rebuilt == (1, 4)
    written, unchanged = second.written
    assert unchanged > written > len(second.results[-1].page.items), "only what the new page touches is written"
    rendered, reused = second.rendered
    new_items = len(next(r for r in second.results if r.page.raw.file.startswith("004_")).page.items)
    assert first.rendered == (sum(len(r.page.items) for r in first.results), 0)
    assert new_items <= rendered < new_items + reused and reused > 0, "only articles whose inputs changed are rendered"
    first_items = sum(len(r.page.items) for r in first.results)
    base = search_index.base_size(first_items)
    assert base > 0 and second.merged == (first_items + new_items - base, base), "the search index resumes the last run's base"

    # 004 (重庆日报) reports the 川渝 meeting 001 (成都日报) reports: 001's meeting articles, kept
    # otherwise, are rendered again to show 004's
    articles = tmp_path / "archive" / "docs" / "articles"
    harvest = next(i for r in second.results for i in r.page.items if i.title.startswith("双城经济圈建设结出哪些硕果"))
    chongqing = next(i for r in second.results for i in r.page.items if i.title.startswith("深化改革激发创新活力"))
    assert f"]({chongqing.id}.md)" in (articles / f"{harvest.id}.md").read_text(encoding="utf-8")

    fresh = tmp_path / "fresh" / "seeds"
    shutil.copytree(pages, fresh)  # the same pages and ids.lock, no cache beside them
    full = generate(fresh, tmp_path / "fresh" / "docs")
    assert full.rebuilt == (5, 0)
    assert tree(tmp_path / "archive" / "docs") == tree(tmp_path / "fresh" / "docs")


def test_ids_published_by_a_run_do_not_invalidate_the_cache(tmp_path, monkeypatch):
    """A new archive: the first run publishes every id into ids.lock; the next run must still
    take every page from the cache (the ids are not an input of a page's build)."""
    monkeypatch.setattr(search_index, "TAIL_STEP", 11)  # the search index's base holds all 33 articles
    pages = tmp_path / "seeds"
    shutil.copytree(SEEDS, pages, ignore=shutil.ignore_patterns("ids.lock"))
    first = generate(pages, tmp_path / "docs")
    assert first.rebuilt == (5, 0) and (pages / "ids.lock").exists()
    before = tree(tmp_path / "docs")
    second = generate(pages, tmp_path / "docs")
    assert second.rebuilt == (0, 5)
    assert second.rendered == (0, 33) and second.merged == (0, 33), "nothing changed: nothing rendered or merged"
    assert tree(tmp_path / "docs") == before


def test_a_correction_naming_an_id_is_rebuilt_when_that_id_changes_its_anchor(tmp_path):
    pages = tmp_path / "seeds"
    shutil.copytree(SEEDS, pages)
    lock = pages / "ids.lock"
    entry = next(e for e in yaml.safe_load(lock.read_text(encoding="utf-8")) if e["file"].startswith("000_"))
    (pages / entry["file"].replace(".txt", ".corrections.yml")).write_text(
        f"- item: {entry['id']}\n  title: 档案员改定的标题\n", encoding="utf-8")
    build_archive(pages)
    assert build_archive(pages).rebuilt == (0, 5)
    lock.write_text(lock.read_text(encoding="utf-8").replace(entry["anchor"], entry["anchor"][:-1]), encoding="utf-8")
    assert build_archive(pages).rebuilt == (1, 4)


def test_a_changed_sidecar_rebuilds_its_page(tmp_path):
    pages = tmp_path / "seeds"
    shutil.copytree(SEEDS, pages)
    build_archive(pages)
    sidecar = next(pages.glob("003_*.yml"))
    sidecar.write_text("newspaper: 中国经济导报\n", encoding="utf-8")
    again = build_archive(pages)
    assert again.rebuilt == (1, 4)
    page = next(r.page for r in again.results if r.page.raw.file.startswith("003_"))
    assert page.items[0].meta.newspaper == "中国经济导报"


def test_an_article_is_rendered_again_when_what_it_shows_of_another_changes(tmp_path):
    """A corrected title changes its own page and the pages that link to it by that title
    (its neighbours on the page, the articles it is related to); those are rendered again, the
    others are reused, and docs/ equals a run without any cache."""
    pages = tmp_path / "archive" / "seeds"
    shutil.copytree(SEEDS, pages)
    first = generate(pages, tmp_path / "archive" / "docs")
    articles = tmp_path / "archive" / "docs" / "articles"
    on_page = next(r for r in first.results if r.page.raw.file.startswith("003_")).page.items
    elsewhere = [a.id for r in first.results if not r.page.raw.file.startswith("003_") for a in r.page.items]
    texts = {id_: (articles / f"{id_}.md").read_text(encoding="utf-8") for id_ in elsewhere}
    target = max(on_page, key=lambda item: sum(f"]({item.id}.md)" in text for text in texts.values()))
    assert any(f"]({target.id}.md)" in text for text in texts.values()), "related from another page"
    page_file = next(pages.glob("003_*.txt"))
    page_file.with_name(page_file.stem + ".corrections.yml").write_text(
        f"- item: {target.id}\n  title: 档案员改定的标题\n", encoding="utf-8")
    second = generate(pages, tmp_path / "archive" / "docs")
    rendered, reused = second.rendered
    page_items = len(next(r for r in second.results if r.page.raw.file.startswith("003_")).page.items)
    assert page_items <= rendered < page_items + reused, second.rendered
    assert second.merged == (sum(len(r.page.items) for r in second.results), 0), "a changed page, not appended: merged anew"
    assert "档案员改定的标题" in (articles / f"{target.id}.md").read_text(encoding="utf-8")
    linking = [id_ for id_ in elsewhere if f"]({target.id}.md)" in (articles / f"{id_}.md").read_text(encoding="utf-8")]
    assert linking, "still related from another page"
    for id_ in linking:  # rendered again: they show the title the correction set
        assert f"[档案员改定的标题]({target.id}.md)" in (articles / f"{id_}.md").read_text(encoding="utf-8"), id_
    fresh = tmp_path / "fresh" / "seeds"
    shutil.copytree(pages, fresh)
    generate(fresh, tmp_path / "fresh" / "docs")
    assert tree(tmp_path / "archive" / "docs") == tree(tmp_path / "fresh" / "docs")


def test_an_article_page_changed_in_docs_is_written_again(tmp_path):
    """An article page kept as last written is one docs/ still holds as written: one edited or
    replaced there since is rendered again, and the run's output is what it would be anyway."""
    pages = tmp_path / "seeds"
    shutil.copytree(SEEDS, pages)
    generate(pages, tmp_path / "docs")
    before = tree(tmp_path / "docs")
    edited, replaced = sorted((tmp_path / "docs" / "articles").glob("*.md"))[:2]
    with open(edited, "a", encoding="utf-8") as out:
        out.write("手工改动\n")
    replaced.unlink()
    replaced.write_bytes(before[f"articles/{replaced.name}"])  # the same bytes, another file
    again = generate(pages, tmp_path / "docs")
    assert again.rendered == (2, 31)
    assert tree(tmp_path / "docs") == before


def test_write_tree_keeps_unchanged_files_and_writes_changed_ones(tmp_path):
    docs = tmp_path / "docs"
    assert write_tree({"index.md": "a\n", "x/same.md": "same\n", "x/old.md": "old\n"}, docs) == (3, 0)
    assert write_tree({"index.md": "b\n", "x/same.md": "same\n", "y/new.md": "new\n"}, docs) == (2, 1)
    assert tree(docs) == {"index.md": b"b\n", "x/same.md": b"same\n", "y/new.md": b"new\n"}


def test_write_tree_with_a_record_keeps_unchanged_files_unread(tmp_path, monkeypatch):
    """Given what it wrote last (digests and file signatures), write_tree keeps a file whose
    bytes are unchanged without opening it; a file changed in the tree since is compared and
    written again; the tree equals one written without a record."""
    import os

    from generator.speed import tree as writer

    docs, record = tmp_path / "docs", {}
    files = {"index.md": "a\n", "x/same.md": "same\n", "x/edited.md": "mine\n"}
    assert write_tree(files, docs, record) == (3, 0)
    assert sorted(record) == sorted(files)
    edited = docs / "x" / "edited.md"
    edited.write_text("hand\n", encoding="utf-8")  # edited in place: same size, another time
    os.utime(edited, ns=(1, 1))
    compared = []
    original = writer.holds_bytes
    monkeypatch.setattr(writer, "holds_bytes", lambda old, *rest: compared.append(old) or original(old, *rest))
    assert write_tree({**files, "index.md": "b\n"}, docs, record) == (2, 1)
    assert sorted(os.path.basename(old) for old in compared) == ["edited.md", "index.md"], "same.md was not read"
    assert tree(docs) == {"index.md": b"b\n", "x/same.md": b"same\n", "x/edited.md": b"mine\n"}
    assert record["x/edited.md"][1] == writer.signature(edited)


def test_write_tree_never_links_a_symlink_found_in_the_old_tree(tmp_path):
    docs, outside = tmp_path / "docs", tmp_path / "outside.md"
    outside.write_text("same\n", encoding="utf-8")
    write_tree({"index.md": "a\n"}, docs)
    (docs / "page.md").symlink_to(outside)
    assert write_tree({"index.md": "a\n", "page.md": "same\n"}, docs) == (1, 1)
    assert not (docs / "page.md").is_symlink() and (docs / "page.md").read_text(encoding="utf-8") == "same\n"


def test_the_page_cache_keeps_only_what_this_run_can_use(tmp_path):
    """Results of page versions no longer there are deleted once a run is committed, so the
    cache does not grow with every edit or generator upgrade; a sibling page folder keeps a
    cache of its own."""
    pages = tmp_path / "seeds"
    shutil.copytree(SEEDS, pages)
    shutil.copytree(SEEDS, tmp_path / "other", ignore=shutil.ignore_patterns("004_*"))
    build_archive(tmp_path / "other")
    generate(pages, tmp_path / "docs")

    def cached(name):
        return sorted(p.name for p in (tmp_path / ".cache" / name / "pages").glob("*/*.pickle"))

    before = cached("seeds")
    assert len(before) == 5 and len(cached("other")) == 4
    page = next(pages.glob("003_*.txt"))
    page.write_text(page.read_text(encoding="utf-8").replace("。", "！", 1), encoding="utf-8")
    assert build_archive(pages).rebuilt == (1, 4)
    assert len(cached("seeds")) == 6, "a run that is not committed removes nothing"
    assert generate(pages, tmp_path / "docs").rebuilt == (0, 5)
    after = cached("seeds")
    assert len(after) == 5 and len(set(before) - set(after)) == 1, "the old version's result is gone"
    assert len(cached("other")) == 4 and build_archive(tmp_path / "other").rebuilt == (0, 4)


def test_the_bound_on_common_features_moves_only_when_the_archive_doubles():
    """Related articles skip features of more than `common_feature(n)` articles; were the bound
    n // 20, each article added would move it and re-rank the pages of features just at it."""
    from generator.publish.pages import common_feature

    bounds = [common_feature(n) for n in range(0, 200_001)]
    assert bounds[:1280] == [50] * 1280
    assert all(n // 40 <= bound <= max(50, n // 20) for n, bound in enumerate(bounds) if n >= 1000)
    steps = [n for n in range(1, len(bounds)) if bounds[n] != bounds[n - 1]]
    assert bounds[steps[0]] == 64 and all(bounds[n] == 2 * bounds[n - 1] for n in steps[1:]), "it only doubles"
    assert len(steps) == 8  # 64, 128 … 8192 articles of a feature, up to 200,000 articles


@pytest.mark.parametrize("system_copy", [True, False], ids=["copy_file_range", "without"])
def test_a_file_of_one_part_per_article_reuses_the_parts_that_begin_it_as_last_time(tmp_path, monkeypatch, system_copy):
    """LastRun.joined: the parts of the first articles whose keys are those of the last run stay
    in the file docs/ holds, unread (an Extended: its first bytes, then the new parts); from the
    first changed key on they are made; a file changed in docs/ since is made again whole."""
    import os

    from generator.speed.page_cache import Extended, LastRun

    if not system_copy:
        def unsupported(*args):
            raise OSError(38, "Function not implemented")
        monkeypatch.setattr(os, "copy_file_range", unsupported)
    pages, docs = tmp_path / "seeds", tmp_path / "docs"
    pages.mkdir()
    exported = docs / "data" / "all.txt"

    def run(keys, texts):
        last_run, made = LastRun(pages, docs), []

        def part(n):
            made.append(n)
            return texts[n]
        text = last_run.joined("data/all.txt", "表头\n", keys, part)
        with TreeWriter(docs, last_run.tree) as tree:
            tree.add({"index.md": "x\n", "data/all.txt": text})
            last_run.stage(tree, None)
            tree.commit()
        return exported.read_text(encoding="utf-8"), made, isinstance(text, Extended)

    assert run(["a", "b", "c"], ["甲\n", "B\n", "丙\n"]) == ("表头\n甲\nB\n丙\n", [0, 1, 2], False)
    assert run(["a", "b", "c", "d"], ["?\n", "?\n", "?\n", "丁\n"]) == ("表头\n甲\nB\n丙\n丁\n", [3], True)
    assert run(["a", "x", "c"], ["?\n", "X乙\n", "丙\n"]) == ("表头\n甲\nX乙\n丙\n", [1, 2], True)
    inode = exported.stat().st_ino
    assert run(["a", "x", "c"], ["?\n", "?\n", "?\n"]) == ("表头\n甲\nX乙\n丙\n", [], True)
    assert exported.stat().st_ino == inode, "nothing appended: the file is left as it is"
    exported.write_text("表头\nmine\n", encoding="utf-8")
    assert run(["a", "x", "c"], ["甲\n", "X\n", "丙\n"]) == ("表头\n甲\nX\n丙\n", [0, 1, 2], False)
    assert run(["a", "x", "c", "d"], ["?\n", "?\n", "?\n", "丁\n"]) == ("表头\n甲\nX\n丙\n丁\n", [3], True)


def test_a_page_read_back_from_the_cache_equals_it_and_makes_its_lines_only_when_read(seed_results):
    """The page cache holds a page's lines as one text and a block's spans as one array
    (page_cache.dumps): read back, the result is the one built (blocks compare by identity, so
    their pickles are compared), and its Line and Span objects are made on first use; an item's
    first and last line are known without them."""
    import pickle

    from generator.archive.model import Line, RawPage
    from generator.archive.read import split_lines
    from generator.speed.page_cache import PackedBlock, PackedRawPage, dumps

    for result in seed_results.values():
        pickled = dumps(result)
        back = pickle.loads(pickled)
        assert isinstance(back.page.raw, PackedRawPage) and isinstance(back.page.items[0].blocks[0], PackedBlock)
        assert "lines" not in vars(back.page.raw), "not made while nobody reads them"
        assert back.page.raw == result.page.raw and "lines" in vars(back.page.raw)
        assert back.page.raw.lines == result.page.raw.lines and len(back.page.raw.lines) > 10
        assert dumps(back) == pickled
        blocks = [(b, a) for item, built in zip(back.page.items, result.page.items) for b, a in zip(item.blocks, built.blocks)]
        assert [item.lines for item in back.page.items] == [item.lines for item in result.page.items]
        assert blocks and not any("spans" in vars(b) for b, _ in blocks), "spans made only when read"
        assert all(b.spans == a.spans and b.first_line == a.first_line for b, a in blocks)
        assert all(b.spans == a.spans for b, a in zip(back.page.furniture, result.page.furniture))
    for raw in (RawPage("a.txt", split_lines("")), RawPage("b.txt", split_lines("一\n\n二 \n")),
                RawPage("c.txt", []), RawPage("d.txt", [Line(2, "二"), Line(7, "七")])):
        twice = pickle.loads(dumps(pickle.loads(dumps(raw))))
        assert twice == raw and twice.lines == raw.lines
