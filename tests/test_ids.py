"""Published ids never change or disappear: regenerate, add a page, correct, improve the cut."""
import shutil
from dataclasses import replace

import pytest
import yaml

from generator.archive.ids import Entry, assign_ids, parse_registry
from generator.archive.build import registry_path
from generator.speed.run import generate

from .conftest import SEEDS


@pytest.fixture
def archive_dir(tmp_path):
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    registry_path(folder).unlink(missing_ok=True)
    return folder


def ids_by_anchor(archive):
    return {(i.file, "".join(b.text for b in i.blocks)[:60]): i.id for p in archive.pages for i in p.items}


def test_committed_registry_matches_the_seeds(seed_results):
    registry = parse_registry(registry_path(SEEDS).read_text(encoding="utf-8"))
    ids = {i.id for r in seed_results.values() for i in r.page.items}
    assert ids <= {e.id for e in registry}, "run `make site` and commit seeds/ids.lock"


def test_regenerating_keeps_every_id(archive_dir, tmp_path):
    first = generate(archive_dir, tmp_path / "docs")
    lock = registry_path(archive_dir).read_text(encoding="utf-8")
    second = generate(archive_dir, tmp_path / "docs")
    assert ids_by_anchor(first) == ids_by_anchor(second)
    assert registry_path(archive_dir).read_text(encoding="utf-8") == lock


def test_adding_a_page_changes_no_other_id(archive_dir, tmp_path):
    before = generate(archive_dir, tmp_path / "docs")
    (archive_dir / "005_new.txt").write_text(
        "新的一版标题\n\n本报讯 记者张三报道 今天，一条新闻发生了，内容很长很长很长很长很长很长很长很长很长很长很长。\n", encoding="utf-8")
    after = generate(archive_dir, tmp_path / "docs")
    old = ids_by_anchor(before)
    new = ids_by_anchor(after)
    assert all(new[key] == value for key, value in old.items())
    assert len(new) == len(old) + 1


def test_correcting_title_and_date_changes_no_id(archive_dir, tmp_path):
    before = generate(archive_dir, tmp_path / "docs")
    (archive_dir / "000_d4de87fca71b1d25.corrections.yml").write_text(
        '- item: "近日，2024年全国发展改革"\n  title: 改过的标题\n', encoding="utf-8")
    (archive_dir / "000_d4de87fca71b1d25.yml").write_text("date: 2024-12-10\n", encoding="utf-8")
    after = generate(archive_dir, tmp_path / "docs")
    assert sorted(i.id for p in before.pages for i in p.items) == sorted(i.id for p in after.pages for i in p.items)


def test_merged_item_keeps_a_page_that_sends_readers_on(archive_dir, tmp_path):
    before = generate(archive_dir, tmp_path / "docs")
    page = next(p for p in before.pages if p.raw.file.startswith("003"))
    first, second = page.items[2], page.items[3]
    (archive_dir / "003_476d649300d65179.corrections.yml").write_text(
        f'- merge: ["{first.id}", "{second.id}"]\n', encoding="utf-8")
    after = generate(archive_dir, tmp_path / "docs")
    ids_after = {i.id for p in after.pages for i in p.items}
    assert first.id in ids_after and second.id not in ids_after
    assert after.redirects == {second.id: first.id}
    redirect = (tmp_path / "docs" / "articles" / f"{second.id}.md").read_text(encoding="utf-8")
    assert f"redirect: ../{first.id}/" in redirect
    registry = {e.id for e in parse_registry(registry_path(archive_dir).read_text(encoding="utf-8"))}
    assert {first.id, second.id} <= registry


def test_an_improved_cut_changes_no_published_id(seed_results):
    """A better rule moves blocks between items: the last paragraph of one item turns out to be
    the lead of the next one (moved to its front), and an item wrongly left as two is joined.
    Every published id still names the item holding its text; the absorbed one redirects."""
    published, _, pages = assign_ids([r.page for r in seed_results.values()], [])
    number = next(n for n, p in enumerate(pages) if len([i for i in p.items if len(i.body_blocks) > 2]) >= 3)
    page = pages[number]
    donor, taker, absorbed = [i for i in page.items if len(i.body_blocks) > 2][:3]
    ids = {"donor": donor.id, "taker": taker.id, "absorbed": absorbed.id}
    moved = donor.body_blocks[-1]
    recut = {id(donor): replace(donor, id="", blocks=tuple(b for b in donor.blocks if b is not moved)),
             # a lead printed apart, now put in front of its article, and the absorbed item joined to it
             id(taker): replace(taker, id="", blocks=(moved, *taker.blocks, *absorbed.blocks))}
    pages[number] = replace(page, items=tuple(recut.get(id(i), i) for i in page.items if i is not absorbed))

    again, redirects, pages = assign_ids(pages, published)
    donor, taker = (next(i for i in pages[number].items if i.blocks == recut[id(old)].blocks) for old in (donor, taker))
    assert (donor.id, taker.id) == (ids["donor"], ids["taker"])
    assert redirects == {ids["absorbed"]: ids["taker"]}
    assert again == published, "no new id is born and none is dropped"


@pytest.mark.parametrize("body", [
    "- id: yes\n  file: p.txt\n  anchor: 近日\n",            # YAML reads a bool
    "- id: abc  # a comment\n  file: p.txt\n  anchor: 近日\n",
    "- {id: abc, file: p.txt, anchor: 近日}\n",               # another layout
    "- id: abc\n  anchor: 近日\n  file: p.txt\n",             # another order
    "- id: \"abc\"\n  file: p.txt\n  anchor: 近日\n",          # double quotes (escapes)
])
def test_a_registry_edited_by_hand_is_read_by_yaml(body):
    from generator.archive.ids import HEADER, SAFE_LOADER, registry_as_written

    text = HEADER + body
    assert registry_as_written(text) is None
    expected = [Entry(str(e["id"]), str(e["file"]), str(e["anchor"])) for e in yaml.load(text, Loader=SAFE_LOADER)]
    assert parse_registry(text) == expected


def test_items_opening_alike_keep_their_ids_run_after_run(tmp_path):
    """Two 本报讯 stories on one page opening with the same 16 characters: the second must not get
    a new id on every run (nor the first a redirect), and the registry must not grow."""
    from generator.archive.ids import assign_ids
    from generator.speed.run import build_folder

    same = "近日，记者从国家发展改革委获悉，"
    (tmp_path / "p.txt").write_text(
        f"能源保供平稳有序\n\n本报讯 {same}今年以来全国能源保供平稳有序，各地电网运行总体稳定。\n\n"
        f"节能降碳持续推进\n\n本报讯 {same}全国节能降碳工作持续推进，重点行业能效水平稳步提升。\n", encoding="utf-8")
    pages = [r.page for r in build_folder(tmp_path)]
    registry, redirects, pages = assign_ids(pages, [])
    first = [item.id for item in pages[0].items]
    assert len(set(first)) == 2 and not redirects
    for _ in range(3):
        again, redirects, pages = assign_ids(pages, registry)
        assert [item.id for item in pages[0].items] == first
        assert again == registry and not redirects
