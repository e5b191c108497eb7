"""Bad input: every case gets a message naming the file (and line) and a documented outcome.

A bad page is skipped and the run goes on (exit 3); a problem with the whole run fails it and
writes nothing (exit 2). See README, "Bad input and exit statuses".
"""
import codecs
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.archive import read

from generator.speed import tree
from generator.cli import main
from generator.archive.corrections import read_corrections
from generator.archive.errors import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, RunFailed
from generator.speed.run import build_archive, build_folder, generate
from generator.archive.read import read_folder
from generator.speed.tree import write_tree

from .conftest import ROOT, SEEDS

GOOD = """\
2024年6月22日 星期六
责编 周 敏

长江经济带绿色发展迈出新步伐

□ 本报记者 周 航

近日，记者从长江经济带发展推进会上获悉，沿江11省市今年以来共实施生态修复项目320个，完成投资超过860亿元。

“过去是各管一段，现在是共护一江。”湖北省生态环境厅相关负责人说，三省建立了联合执法机制。
"""
OTHER = GOOD.replace("长江经济带绿色发展迈出新步伐", "黄河流域生态保护取得新进展").replace("沿江11省市", "沿黄9省区")


@pytest.fixture
def folder(tmp_path):
    """An input folder of its own (the page cache goes beside it, so tests never share one)."""
    path = tmp_path / "in"
    path.mkdir()
    return path


def page(folder: Path, name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


def skipped(folder: Path) -> dict[str, str]:
    archive = build_archive(folder)
    return {s.file: s.message for s in archive.skipped}


def only_error(folder: Path) -> str:
    [(file, message)] = skipped(folder).items()
    return message


def bodies(folder: Path) -> str:
    return "\n".join(i.title + "\n" + "".join(b.text for b in i.blocks) for r in build_folder(folder) for i in r.page.items)


# --- 1. encodings --------------------------------------------------------------------------------

@pytest.mark.parametrize("encode", [
    lambda t: t.encode("utf-8"),
    lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    lambda t: t.encode("gb18030"),
    lambda t: t.encode("gbk"),
    lambda t: t.encode("utf-16"),  # with BOM, native order
    lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
], ids=["utf-8", "utf-8-bom", "gb18030", "gbk", "utf-16", "utf-16-le-bom", "utf-16-be-bom"])
def test_every_accepted_encoding_gives_the_same_page(folder, encode):
    page(folder, "p.txt", encode(GOOD))
    [result] = build_folder(folder)
    assert [line.text for line in result.page.raw.lines] == GOOD.splitlines()
    assert result.page.items[0].title == "长江经济带绿色发展迈出新步伐"
    assert result.coverage.ok


@pytest.mark.parametrize("ending", ["\r\n", "\r", "\n"], ids=["crlf", "cr", "lf"])
def test_line_endings_give_the_same_lines_and_line_numbers(folder, ending):
    page(folder, "p.txt", GOOD.replace("\n", ending))
    [result] = build_folder(folder)
    [item] = result.page.items
    assert [(line.number, line.text) for line in result.page.raw.lines] == list(enumerate(GOOD.splitlines(), start=1))
    assert item.lines == (4, 10)


def test_text_is_not_normalised(folder, capsys):
    """No NFKC: full-width punctuation, full-width letters and compatibility ideographs stay."""
    odd = "全角：，。！？（）【】“”ＡＢＣ１２３兼容汉字\uf900\ufa10与零宽\u200b字符"
    page(folder, "p.txt", GOOD.replace("三省建立了联合执法机制", odd))
    out = folder.parent / "out.jsonl"
    assert main(["export", "--input", str(folder), "--output", str(out)]) == EXIT_OK
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert odd in record["body"]


@pytest.mark.parametrize("content, found", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary data: a PDF document"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "binary data: a PNG image"),
    (b"PK\x03\x04\x14\x00\x06\x00", "binary data: a ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "binary data: a Microsoft Office document"),
    (GOOD.encode("utf-16-le"), "UTF-16-LE text without a byte-order mark"),
    (GOOD.encode("utf-16-be"), "UTF-16-BE text without a byte-order mark"),
    (codecs.BOM_UTF32_LE + GOOD.encode("utf-32-le"), "UTF-32 text"),
    (b"\x01\x02\x03\x00\x00\x05\x06binary", "binary data (NUL bytes)"),
], ids=["pdf", "png", "zip", "doc", "utf16le-no-bom", "utf16be-no-bom", "utf32", "nul"])
def test_a_file_that_is_not_text_is_refused_saying_what_it_is(folder, content, found):
    page(folder, "scan.txt", content)
    page(folder, "good.txt", GOOD)
    message = only_error(folder)
    assert message.startswith("skipped: scan.txt")
    assert found in message


def test_bytes_neither_utf8_nor_gb18030_name_the_line(folder):
    page(folder, "p.txt", GOOD.encode("utf-8") + b"\xff\xfe\xff broken\n")
    assert "skipped: p.txt:11: expected UTF-8, GB18030 or UTF-16 with BOM text, found byte 0xff" in only_error(folder)


def test_a_few_control_characters_are_shown_as_their_pictures_with_a_warning(folder):
    page(folder, "p.txt", GOOD.replace("三省建立", "三省\x07建立\x1b了").replace("近日", "近\x0c日"))
    archive = build_archive(folder)
    text = "".join(b.text for i in archive.pages[0].items for b in i.blocks)
    assert "三省\u2407建立\u241b了" in text and "\x07" not in text and "\x1b" not in text
    assert "近 日" not in text and "近日" in text  # a form feed is layout whitespace, dropped like a space
    assert any(n.startswith("p.txt:10: control character U+0007 shown as \u2407") for n in archive.notes)
    assert not archive.skipped


def test_layout_whitespace_does_not_add_lines(folder):
    page(folder, "p.txt", GOOD.replace("近日，", "近日，\u2028\x0b\x1c").replace("三省", "三\u2029省"))
    [result] = build_folder(folder)
    assert len(result.page.raw.lines) == len(GOOD.splitlines())
    assert result.coverage.ok


def test_many_control_characters_make_a_binary_page(folder):
    page(folder, "p.txt", GOOD + "".join(chr(c) for c in range(1, 9)) * 10)
    assert "expected a text page, found binary data (80 control characters" in only_error(folder)


# --- 2. bad page files ---------------------------------------------------------------------------

@pytest.mark.parametrize("content, found", [
    (b"", "p.txt: expected page text, found an empty file"),
    (b" \n\r\n\t\n", "p.txt: expected page text, found only whitespace"),
    (codecs.BOM_UTF8, "p.txt: expected page text, found only whitespace"),
    (b"Lorem ipsum dolor sit amet\n", "p.txt: expected Chinese page text, found no Chinese character at all"),
    ("责编 周 敏\n美编 王 五\n".encode(), "p.txt: expected at least one article, photo or brief, found only page furniture"),
], ids=["empty", "whitespace", "bom-only", "no-chinese", "furniture-only"])
def test_a_page_without_an_article_is_skipped(folder, content, found):
    page(folder, "p.txt", content)
    page(folder, "good.txt", GOOD)
    assert found in only_error(folder)


def test_an_enormous_line_names_its_line(folder):
    page(folder, "p.txt", "标题\n\n" + "测" * (read.MAX_LINE_CHARS + 1) + "\n")
    assert "skipped: p.txt:3: expected lines of page text (at most 10,000 characters), found a line of 10,001" \
        in only_error(folder)


def test_an_enormous_file_is_refused_before_it_is_read(folder, monkeypatch):
    monkeypatch.setattr(read, "MAX_PAGE_BYTES", 1000)
    page(folder, "p.txt", GOOD * 5)
    assert only_error(folder) == f"skipped: p.txt: expected a page of at most 1,000 bytes, found {len(GOOD.encode()) * 5:,} bytes"


def test_a_duplicate_page_is_skipped_naming_the_first(folder):
    page(folder, "a.txt", GOOD)
    page(folder, "b.txt", GOOD.replace("\n", "\r\n").encode("gb18030"))  # same text, other bytes
    assert only_error(folder) == ("skipped: b.txt: expected a page not already in the archive, "
                                  "found the same text as a.txt (a duplicate page)")


def test_two_pages_with_one_name_in_two_folders(folder):
    page(folder, "a/p.txt", GOOD)
    page(folder, "b/p.txt", OTHER)
    assert "skipped: b/p.txt: expected a page name of its own (it names the page's URL), found the same name as a/p.txt" \
        == only_error(folder)


@pytest.mark.parametrize("name", ["重庆日报 第3版.txt", "a#b.txt", "x(1).txt", "-p.txt", "sub dir/p.txt"])
def test_a_file_name_that_cannot_be_a_url_is_refused(folder, name):
    page(folder, name, GOOD)
    assert "expected a file name of letters, digits, '_', '-' and '.' (rename the file)" in only_error(folder)


def test_hidden_files_are_not_pages(folder):
    page(folder, "p.txt", GOOD)
    page(folder, "._p.txt", b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X")  # macOS resource fork
    page(folder, ".git/x.txt", b"\x00")
    archive = build_archive(folder)
    assert [r.page.raw.file for r in archive.results] == ["p.txt"] and not archive.skipped


# --- 2. sidecars ---------------------------------------------------------------------------------

def sidecar(folder: Path, text: str, name: str = "p.yml") -> str:
    page(folder, "p.txt", GOOD)
    (folder / name).write_text(text, encoding="utf-8")
    return only_error(folder)


@pytest.mark.parametrize("text, message", [
    ("newspaper: 重庆日报\ndate: [2024\n",
     "skipped p.txt: p.yml:3: expected valid YAML, found expected ',' or ']', but got '<stream end>'"),
    ("newspaper: 重庆日报\n  date: 2024\n", "p.yml:2: expected valid YAML, found mapping values are not allowed here"),
    ("newspaper: 重庆日报\nnewspapr: 重庆日报\n",
     "p.yml:2: expected keys among ['date', 'edition', 'newspaper', 'page', 'section', 'source_url'], "
     "found unknown key(s) ['newspapr'] (did you mean 'newspaper'?)"),
    ("newspaper: 重庆日报\npage: [3, 4]\n", "p.yml:2: expected page as one line of text, found a list"),
    ("section:\n  name: 要闻\n", "p.yml:1: expected section as one line of text, found a mapping"),
    ("newspaper: |\n  重庆\n  日报\n", "p.yml:1: expected newspaper as one line of text, found the text '重庆\\n日报\\n'"),
    ("date: 2024-02-30\n", "p.yml:1: expected date as YYYY-MM-DD or YYYY-MM (a real date), found '2024-02-30'"),
    ("date: 22/06/2024\n", "p.yml:1: expected date as YYYY-MM-DD or YYYY-MM (a real date), found '22/06/2024'"),
    ("newspaper: 重庆日报\nnewspaper: 成都日报\n", "p.yml:2: expected valid YAML, found the key 'newspaper' a second time"),
    ("newspaper: &n 重庆日报\nsection: *n\n", "p.yml:2: expected valid YAML, found an alias (*n)"),
    ("newspaper: !!python/object/apply:os.system ['touch pwned']\n",
     "p.yml:1: expected valid YAML, found could not determine a constructor for the tag"),
    ("- 重庆日报\n- 2024-06-22\n", "p.yml:1: expected a mapping of page metadata (key: value lines), found a list"),
    ("source_url: javascript:alert(1)\n", "p.yml:1: expected source_url as an http(s):// address"),
    ("newspaper: 重庆日报\nsection: \"要\x07闻\"\n", "p.yml:2: expected valid YAML, found the control character U+0007"),
    ("newspaper: <i>重庆</i>日报\n", "p.yml:1: expected newspaper as plain text (a name, no < or >), found '<i>重庆</i>日报'"),
], ids=["syntax", "indent", "unknown-key", "list", "mapping", "multiline", "bad-date", "date-format",
        "duplicate-key", "alias", "python-tag", "not-a-mapping", "javascript-url", "control-char", "markup-in-name"])
def test_a_bad_sidecar_skips_its_page_naming_file_and_line(folder, text, message):
    assert message in sidecar(folder, text)
    assert not (folder / "pwned").exists() and not Path("pwned").exists()


def test_sidecar_scalars_are_kept_as_written(folder):
    page(folder, "p.txt", GOOD)
    (folder / "p.yml").write_text("newspaper: 重庆日报\npage: 03\ndate: 2024-06-22\nsection: yes\nedition:\n",
                                  encoding="utf-8")
    [raw] = read_folder(folder)
    assert raw.meta == {"newspaper": "重庆日报", "page": "03", "date": "2024-06-22", "section": "yes"}


def test_a_sidecar_in_gb18030_is_read(folder):
    page(folder, "p.txt", GOOD)
    (folder / "p.yml").write_bytes("newspaper: 重庆日报\n".encode("gb18030"))
    assert read_folder(folder)[0].meta == {"newspaper": "重庆日报"}


def test_a_misspelt_sidecar_name_is_reported(folder):
    page(folder, "p.txt", GOOD)
    (folder / "p.yaml").write_text("newspaper: 重庆日报\n", encoding="utf-8")
    (folder / "p.correction.yml").write_text("- item: 近日\n  title: x\n", encoding="utf-8")
    notes = build_archive(folder).notes
    assert "p.yaml: not read: a sidecar is <page>.yml and corrections are <page>.corrections.yml, beside <page>.txt" \
        in notes
    assert any(n.startswith("p.correction.yml: not read") for n in notes)


# --- 2. corrections ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, message", [
    ("- item: 近日\n  title: [unclosed\n", "p.corrections.yml:3: expected valid YAML"),
    ("- item: 近日\n  titel: 新标题\n",
     "p.corrections.yml:2: expected entry 1: keys among ['split', 'merge', 'item', 'furniture', 'title', 'kicker', "
     "'subtitle', 'kind', 'authors', 'photographers'], found unknown ['titel'] (did you mean 'title'?)"),
    ("- item: 近日\n  authors: 张三\n", "p.corrections.yml:2: expected entry 1: authors as a list of names [张三, 李四], "
                                       "found the text '张三'"),
    ("- item: 近日\n  photographers: [<b>王五</b>]\n",
     "p.corrections.yml:2: expected entry 1: photographers as plain names (no < or >), found a list"),
    ("- item: 近日\n  title: {a: b}\n", "p.corrections.yml:2: expected entry 1: title as one line of text, found a mapping"),
    ("- item: 近日\n  kind: editorial\n", "p.corrections.yml:2: expected entry 1: kind among ['article', 'commentary'"),
    ("- merge: [近日]\n", "p.corrections.yml:1: expected entry 1: merge as a list of two texts"),
    ("- split: ''\n", "p.corrections.yml:1: expected entry 1: split as one line of text printed in the item"),
    ("- item: 近日\n  split: 过去\n", "p.corrections.yml:1: expected entry 1: exactly one of"),
    ("item: 近日\n", "p.corrections.yml:1: expected a list of corrections (entries starting with '- '), found a mapping"),
    ("- item: 近日\n  title: ok\n- 近日\n", "p.corrections.yml:3: expected entry 2: a mapping"),
    ("- item: 近日\n  title: ok\n- item: 不在本版的文字\n  title: 错\n",
     "skipped p.txt: p.corrections.yml:3: expected an item containing '不在本版的文字' (correction anchor), found none"),
    ("- merge: [近日，记者, 过去是各管一段]\n",
     "p.corrections.yml:1: expected two different items to merge, found both texts in the same item"),
    ("- split: 860亿元。“过去是\n",
     "p.corrections.yml:1: expected a block containing '860亿元。“过去是' to split at, found the text spread over"),
], ids=["syntax", "unknown-key", "authors-type", "markup-in-name", "title-type", "kind", "merge-shape", "empty-anchor", "two-verbs",
        "not-a-list", "entry-not-mapping", "anchor-missing", "merge-same", "split-across-blocks"])
def test_a_bad_corrections_file_skips_its_page_naming_file_and_line(folder, text, message):
    assert message in sidecar(folder, text, "p.corrections.yml")


def test_corrections_are_validated_on_their_own(folder):
    page(folder, "p.txt", GOOD)
    (folder / "p.corrections.yml").write_text("- item: 近日\n  kicker: 引题\n", encoding="utf-8")
    [entry] = read_corrections(folder / "p.txt")
    assert entry == {"item": "近日", "kicker": "引题"} and entry.line == 1


# --- mixed folders, exit statuses, nothing written on failure -----------------------------------

def snapshot(path: Path) -> dict:
    return {p.relative_to(path).as_posix(): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}


def test_a_mixed_folder_builds_the_good_pages_and_names_each_bad_one(folder, tmp_path, capsys):
    page(folder, "good.txt", GOOD)
    page(folder, "other.txt", OTHER.encode("gb18030"))
    page(folder, "empty.txt", b"")
    page(folder, "scan.txt", b"%PDF-1.4\x00\x00")
    page(folder, "zcopy.txt", GOOD)
    page(folder, "meta.txt", OTHER.replace("黄河", "珠江"))
    (folder / "meta.yml").write_text("newspapr: 南方日报\n", encoding="utf-8")
    docs = tmp_path / "docs"
    assert main(["generate", "--input", str(folder), "--output", str(docs)]) == EXIT_PARTIAL
    err = capsys.readouterr().err
    assert "skipped: empty.txt: expected page text, found an empty file" in err
    assert "skipped: scan.txt: expected a text page, found binary data: a PDF document" in err
    assert "skipped: zcopy.txt: expected a page not already in the archive, found the same text as good.txt" in err
    assert "skipped meta.txt: meta.yml:1: expected keys among" in err
    assert "error: 4 of 6 pages skipped (each named above), 2 built" in err
    assert sorted(p.name for p in (docs / "pages").iterdir()) == ["good.md", "other.md"]
    records = [json.loads(line) for line in (docs / "data/articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(r["title"] for r in records) == ["长江经济带绿色发展迈出新步伐", "黄河流域生态保护取得新进展"]
    assert main(["check", "--input", str(folder)]) == EXIT_PARTIAL
    assert "skipped: empty.txt" in capsys.readouterr().out
    assert main(["export", "--input", str(folder)]) == EXIT_PARTIAL
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_a_skipped_page_that_was_published_says_its_ids_are_unreachable(folder, tmp_path, capsys):
    page(folder, "good.txt", GOOD)
    page(folder, "other.txt", OTHER)
    assert main(["generate", "--input", str(folder), "--output", str(tmp_path / "docs")]) == EXIT_OK
    (folder / "other.yml").write_text("date: 2024-6-1\n", encoding="utf-8")
    assert main(["generate", "--input", str(folder), "--output", str(tmp_path / "docs")]) == EXIT_PARTIAL
    assert "(1 published ids of this page do not resolve until it is fixed)" in capsys.readouterr().err


def test_all_pages_bad_fails_and_keeps_docs(folder, tmp_path, capsys):
    docs = tmp_path / "docs"
    page(folder, "good.txt", GOOD)
    generate(folder, docs)
    before, lock = snapshot(docs), (folder / "ids.lock").read_bytes()
    page(folder, "good.txt", b"")
    assert main(["generate", "--input", str(folder), "--output", str(docs)]) == EXIT_FAILED
    assert "error: no page could be built; " in capsys.readouterr().err
    assert snapshot(docs) == before and (folder / "ids.lock").read_bytes() == lock


def test_a_missing_input_folder_fails(tmp_path, capsys):
    assert main(["generate", "--input", str(tmp_path / "nope"), "--output", str(tmp_path / "docs")]) == EXIT_FAILED
    assert "nope: expected a folder of page files, found no such folder" in capsys.readouterr().err
    assert not (tmp_path / "docs").exists()


@pytest.mark.parametrize("lock, found", [
    ("- id: ../../etc/x\n  file: p.txt\n  anchor: 近日\n", "ids.lock:1: expected ids of lowercase letters"),
    ("- id: abc123\n  file: /etc/passwd\n  anchor: 近日\n", "ids.lock:2: expected ids of lowercase letters"),
    ("- id: abc123\n  file: ../p.txt\n  anchor: 近日\n", "found id 'abc123', file '../p.txt'"),
    ("- id: [abc\n", "ids.lock:2: expected valid YAML"),
    ("id: abc\n", "ids.lock: expected a list of {id, file, anchor} entries"),
], ids=["id-traversal", "absolute-file", "file-traversal", "syntax", "shape"])
def test_a_broken_registry_fails_the_run_and_writes_nothing(folder, tmp_path, capsys, lock, found):
    docs = tmp_path / "docs"
    page(folder, "p.txt", GOOD)
    generate(folder, docs)
    before = snapshot(docs)
    (folder / "ids.lock").write_text(lock, encoding="utf-8")
    assert main(["generate", "--input", str(folder), "--output", str(docs)]) == EXIT_FAILED
    assert found in capsys.readouterr().err
    assert snapshot(docs) == before and (folder / "ids.lock").read_text(encoding="utf-8") == lock


def test_output_that_is_not_a_docs_folder_is_refused(folder, tmp_path, capsys):
    page(folder, "p.txt", GOOD)
    (tmp_path / "project").mkdir()
    (tmp_path / "project" / "thesis.tex").write_text("precious", encoding="utf-8")
    assert main(["generate", "--input", str(folder), "--output", str(tmp_path / "project")]) == EXIT_FAILED
    assert "holds no index.md" in capsys.readouterr().err
    assert main(["generate", "--input", str(folder), "--output", str(tmp_path)]) == EXIT_FAILED
    assert (tmp_path / "project" / "thesis.tex").exists() and (folder / "p.txt").exists()


# --- 3. atomic output ----------------------------------------------------------------------------

def test_a_failure_while_writing_leaves_docs_as_they_were(folder, tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    page(folder, "p.txt", GOOD)
    generate(folder, docs)
    before = snapshot(docs)
    page(folder, "q.txt", OTHER)
    written = []

    create = tree.create

    def fail_after_some(path, data):
        written.append(path)
        if len(written) > 3:
            raise OSError(28, "No space left on device")
        return create(path, data)

    monkeypatch.setattr(tree, "create", fail_after_some)
    with pytest.raises(OSError):
        generate(folder, docs)
    monkeypatch.undo()
    assert snapshot(docs) == before
    assert not list(tmp_path.glob(".docs.*")), "the staging folder is removed"


def test_an_interrupt_before_the_journal_is_complete_leaves_docs_as_they_were(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    write_tree({"index.md": "old\n", "a/b.md": "b\n"}, docs)

    def interrupted(path, data, sync=False):
        raise KeyboardInterrupt

    monkeypatch.setattr(tree, "replace_file", interrupted)  # how the journal is written
    with pytest.raises(KeyboardInterrupt):
        write_tree({"index.md": "new\n", "c.md": "c\n"}, docs)
    assert snapshot(docs) == {"a/b.md": b"b\n", "index.md": b"old\n"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs"]


# The old tree has what the new one has no place for: a folder of gone files, a file where a
# folder goes, a folder where a file goes, a link, an empty folder.
OLD_TREE = {"index.md": "old\n", "gone/x.md": "x\n", "a": "a file\n", "b/c.md": "c\n", "keep/same.md": "same\n"}
NEW_TREE = {"index.md": "new\n", "a/b.md": "b\n", "b": "b file\n", "keep/same.md": "same\n", "keep/added.md": "added\n"}


def old_tree(docs: Path) -> None:
    write_tree(OLD_TREE, docs)
    (docs / "link.md").symlink_to(docs / "index.md")
    (docs / "empty").mkdir()


def folders(path: Path) -> set[str]:
    return {p.relative_to(path).as_posix() for p in path.rglob("*") if p.is_dir()}


def test_the_new_files_replace_the_whole_tree(tmp_path):
    docs = tmp_path / "docs"
    old_tree(docs)
    same = (docs / "keep" / "same.md").stat().st_ino
    assert write_tree(NEW_TREE, docs) == (4, 1)
    assert snapshot(docs) == {path: text.encode() for path, text in sorted(NEW_TREE.items())}
    assert folders(docs) == {"a", "keep"} and not (docs / "link.md").is_symlink()
    assert (docs / "keep" / "same.md").stat().st_ino == same, "an unchanged file is left where it is"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs"]


def test_a_run_killed_at_any_step_of_its_journal_is_finished_by_the_next(tmp_path, monkeypatch):
    """Every removal, rename and unlink of carrying out the journal, in turn, is where the run
    is killed; the next writer (or site build: both call `recover`) ends with the new tree."""
    steps = []

    def counted(name, function):
        def step(*args, **kwargs):
            if steps and len(steps) == steps[0]:
                raise KeyboardInterrupt
            steps.append(name)
            return function(*args, **kwargs)
        return step

    carry_out = tree.carry_out

    def killable(staging, target):
        with monkeypatch.context() as patch:
            for name in ("unlink", "rmdir", "replace", "makedirs"):
                patch.setattr(os, name, counted(name, getattr(os, name)))
            carry_out(staging, target)

    monkeypatch.setattr(tree, "carry_out", killable)
    old_tree(tmp_path / "counted")
    steps[:] = [None]  # no kill: count the steps (of this write alone)
    write_tree(NEW_TREE, tmp_path / "counted")
    total = len(steps) - 1
    assert total > 10
    for kill in range(1, total + 1):
        docs = tmp_path / f"killed-{kill}" / "docs"
        old_tree(docs)
        steps[:] = [kill]
        with pytest.raises(KeyboardInterrupt):
            write_tree(NEW_TREE, docs)
        steps[:] = []
        tree.recover(docs)
        assert snapshot(docs) == {path: text.encode() for path, text in sorted(NEW_TREE.items())}, f"killed at step {kill}"
        assert folders(docs) == {"a", "keep"} and sorted(p.name for p in docs.parent.iterdir()) == ["docs"]


@pytest.mark.parametrize("path", ["../escape.md", "/etc/x.md", "a/../../b.md", "a\\..\\b.md", "", "a/\x00.md"])
def test_write_tree_refuses_paths_outside_the_target(tmp_path, path):
    with pytest.raises(ValueError, match="refusing to write"):
        write_tree({"index.md": "x\n", path: "escape\n"}, tmp_path / "docs")
    assert not (tmp_path / "docs").exists() and not (tmp_path / "escape.md").exists()


def test_write_tree_refuses_a_file_and_writes_through_a_link_to_a_folder(tmp_path):
    (tmp_path / "docs").write_text("not a folder\n", encoding="utf-8")
    with pytest.raises(RunFailed, match="it is a file"):
        write_tree({"index.md": "x\n"}, tmp_path / "docs")
    assert (tmp_path / "docs").read_text(encoding="utf-8") == "not a folder\n"
    real, link = tmp_path / "elsewhere" / "docs", tmp_path / "linked"
    write_tree({"index.md": "old\n", "gone.md": "x\n"}, real)
    link.symlink_to(real)
    assert write_tree({"index.md": "new\n"}, link) == (1, 0)
    assert link.is_symlink() and snapshot(real) == {"index.md": b"new\n"}
    assert sorted(p.name for p in real.parent.iterdir()) == ["docs"], "staged beside the folder itself"


def test_write_tree_refuses_to_replace_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(RunFailed, match="holds the working directory"):
        write_tree({"index.md": "x\n"}, Path("."))


def test_generate_twice_gives_the_same_bytes_and_lock(folder, tmp_path):
    page(folder, "a.txt", GOOD)
    page(folder, "b.txt", OTHER)
    generate(folder, tmp_path / "one")
    lock = (folder / "ids.lock").read_bytes()
    shutil.rmtree(folder.parent / ".cache", ignore_errors=True)
    generate(folder, tmp_path / "two")
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "two")
    assert (folder / "ids.lock").read_bytes() == lock


# --- make site: site/ is replaced only by a complete build ----------------------------------------

@pytest.fixture
def make_project(tmp_path):
    """A copy of the project's build files with the project's virtualenv."""
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    project = tmp_path / "project"
    project.mkdir()
    for name in ("Makefile", "mkdocs.yml", "mkdocs.offline.yml", "pyproject.toml", "constraints.txt"):
        shutil.copy(ROOT / name, project / name)
    shutil.copytree(ROOT / "theme_overrides", project / "theme_overrides")
    shutil.copytree(SEEDS, project / "seeds")
    stamp = project / "installed"
    stamp.touch()
    return project, ["env", f"PYTHONPATH={ROOT}", "make", "-s", "-C", str(project), f"BIN={ROOT / '.venv/bin'}",
                     f"STAMP={stamp}"]


def test_make_site_replaces_site_only_after_a_complete_build(make_project):
    project, make = make_project
    result = subprocess.run([*make, "site"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    before = snapshot(project / "site")
    assert "articles/index.html" not in before and any(p.startswith("articles/") for p in before)
    # A page whose Markdown MkDocs refuses (a template that does not exist): the build fails.
    main_html = project / "theme_overrides" / "main.html"
    main_html.write_text(main_html.read_text(encoding="utf-8") + "{% include 'missing.html' %}\n", encoding="utf-8")
    result = subprocess.run([*make, "site"], capture_output=True, text=True)
    assert result.returncode != 0
    assert snapshot(project / "site") == before
    assert sorted(p.name for p in project.iterdir() if p.name.startswith(".site")) == []


def test_make_site_stops_before_mkdocs_when_a_page_is_skipped(make_project):
    project, make = make_project
    assert subprocess.run([*make, "site"], capture_output=True).returncode == 0
    before = snapshot(project / "site")
    (project / "seeds" / "zz_bad.txt").write_bytes(b"%PDF-1.7\x00")
    result = subprocess.run([*make, "site"], capture_output=True, text=True)
    assert result.returncode != 0
    assert "skipped: zz_bad.txt: expected a text page, found binary data: a PDF document" in result.stderr
    assert snapshot(project / "site") == before


def test_links_out_of_the_input_folder_are_refused_unread(tmp_path):
    """A page, sidecar or corrections file linked to a file outside the input folder is skipped
    with its reason: its text is never published nor printed in an error."""
    from generator.speed.run import build_archive

    outside = tmp_path / "private"
    outside.mkdir()
    (outside / "secret.txt").write_text("机密文件的内容不能发布。这是第二句话，仍然是机密。\n", encoding="utf-8")
    (outside / "secret.yml").write_text("newspaper: 机密报\n", encoding="utf-8")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text("川渝合作再上台阶\n\n□本报记者 王进\n\n近日，川渝两地签署协议，联合建设产业园区，推动制造业协同发展。\n",
                                     encoding="utf-8")
    (seeds / "linked.txt").symlink_to(outside / "secret.txt")
    (seeds / "good.yml").symlink_to(outside / "secret.yml")
    archive = build_archive(seeds)
    messages = " ".join(s.message for s in archive.skipped)
    assert "linked.txt" in messages and "good.yml" in messages and "outside" in messages
    assert "机密" not in messages
    assert not any("机密" in item.title + "".join(b.text for b in item.blocks)
                   for r in archive.results for item in r.page.items)
