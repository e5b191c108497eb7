"""Every id ever published resolves: to its article, to a redirect where its item is now under
another id, or to a tombstone page; `generate` warns and `check` lists each id that changes."""
import shutil

import pytest

from generator.cli import main
from generator.archive.errors import EXIT_OK
from generator.archive.ids import parse_registry
from generator.archive.build import registry_path

FIRST = ("川渝高竹新区建设提速\n\n"
         "本报讯 近日，川渝高竹新区管委会发布消息，新区今年新签约项目三十个，总投资超过两百亿元。\n\n"
         "成渝中线高铁全线铺轨\n\n"
         "本报讯 成渝中线高铁今天全线铺轨完成，标志着这条线路进入联调联试阶段，预计明年通车运营。\n")
SECOND = ("广安夜市人气旺\n\n"
          "本报讯 入冬以来，广安城区夜市人气持续走高，各类摊位经营红火，市民游客络绎不绝。\n")
SIDECAR = "newspaper: 四川日报\ndate: 2024-12-10\npage: '01'\n"


@pytest.fixture
def pages(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "p01.txt").write_text(FIRST, encoding="utf-8")
    (folder / "p01.yml").write_text(SIDECAR, encoding="utf-8")
    (folder / "p02.txt").write_text(SECOND, encoding="utf-8")
    return folder


def generate(folder, docs, capsys) -> str:
    """Run `generate`; its standard error."""
    capsys.readouterr()
    assert main(["generate", "--input", str(folder), "--output", str(docs)]) == EXIT_OK
    return capsys.readouterr().err


def registry(folder) -> dict:
    return {e.id: e for e in parse_registry(registry_path(folder).read_text(encoding="utf-8"))}


def published(docs) -> dict[str, str]:
    return {path.stem: path.read_text(encoding="utf-8") for path in (docs / "articles").glob("*.md")}


def test_an_edited_opening_leaves_a_redirect_to_the_item(pages, tmp_path, capsys):
    docs = tmp_path / "docs"
    generate(pages, docs, capsys)
    before = registry(pages)
    old = next(e for e in before.values() if e.anchor.startswith("近日，川渝高竹"))
    (pages / "p01.txt").write_text(FIRST.replace("近日，川渝高竹", "近日，川渝高竹新区"), encoding="utf-8")

    err = generate(pages, docs, capsys)
    after = registry(pages)
    new = next(e for e in after.values() if e.anchor.startswith("近日，川渝高竹新区") and e.id != old.id)
    assert before.keys() < after.keys(), "ids.lock only grows"
    redirect = (docs / "articles" / f"{old.id}.md").read_text(encoding="utf-8")
    assert f"redirect: ../{new.id}/" in redirect
    assert f"warning: published id {old.id}" in err and f"now redirects to {new.id}" in err
    assert after[old.id].status == f"moved to {new.id}"
    assert generate(pages, docs, capsys).count("warning:") == 0, "a change is reported once"


def test_a_renamed_page_leaves_redirects_to_its_items(pages, tmp_path, capsys):
    docs = tmp_path / "docs"
    generate(pages, docs, capsys)
    old_ids = {e.id for e in registry(pages).values() if e.file == "p01.txt"}
    (pages / "p01.txt").rename(pages / "p00.txt")
    (pages / "p01.yml").rename(pages / "p00.yml")

    err = generate(pages, docs, capsys)
    after = registry(pages)
    new_ids = {e.id for e in after.values() if e.file == "p00.txt"}
    for old in old_ids:
        target = after[old].status.removeprefix("moved to ")
        assert target in new_ids
        assert f"redirect: ../{target}/" in (docs / "articles" / f"{old}.md").read_text(encoding="utf-8")
        assert f"published id {old}" in err


def test_a_deleted_page_leaves_tombstones(pages, tmp_path, capsys):
    docs = tmp_path / "docs"
    generate(pages, docs, capsys)
    gone = [e for e in registry(pages).values() if e.file == "p01.txt"]
    (pages / "p01.txt").unlink()

    err = generate(pages, docs, capsys)
    files = published(docs)
    for entry in gone:
        page = files[entry.id]
        assert "已从档案中移除" in page and "四川日报" in page and "2024年12月10日" in page
        assert entry.title and entry.title in page
        assert "移除的时间没有记录" in page
        assert f"published id {entry.id}" in err and "tombstone" in err
    assert registry(pages).keys() >= {e.id for e in gone}

    capsys.readouterr()
    main(["check", "--input", str(pages)])
    assert "published ids that change" not in capsys.readouterr().out, "the lock records them now"


def test_check_lists_the_ids_that_would_change(pages, tmp_path, capsys):
    generate(pages, tmp_path / "docs", capsys)
    gone = [e.id for e in registry(pages).values() if e.file == "p02.txt"]
    (pages / "p02.txt").unlink()
    main(["check", "--input", str(pages)])
    out = capsys.readouterr().out
    assert "published ids that change their target" in out
    assert all(f"{id_} " in out for id_ in gone)


def test_tombstones_are_the_same_bytes_from_the_same_inputs(pages, tmp_path, capsys):
    generate(pages, tmp_path / "docs", capsys)
    (pages / "p01.txt").unlink()
    generate(pages, tmp_path / "docs", capsys)
    copy = tmp_path / "copy"
    shutil.copytree(pages, copy)
    generate(copy, tmp_path / "docs2", capsys)
    generate(pages, tmp_path / "docs", capsys)
    assert published(tmp_path / "docs") == published(tmp_path / "docs2")


def test_a_page_put_back_gives_its_ids_their_articles_again(pages, tmp_path, capsys):
    docs = tmp_path / "docs"
    generate(pages, docs, capsys)
    ids = {e.id for e in registry(pages).values() if e.file == "p02.txt"}
    (pages / "p02.txt").unlink()
    generate(pages, docs, capsys)
    (pages / "p02.txt").write_text(SECOND, encoding="utf-8")
    err = generate(pages, docs, capsys)
    assert all(registry(pages)[id_].status == "" for id_ in ids)
    assert all("template" not in published(docs)[id_].split("---")[1] for id_ in ids)
    assert all(f"published id {id_}" in err and "its own article again" in err for id_ in ids)
