"""generator.sitebuild: MkDocs' build over several processes gives MkDocs' own output, and fails
on every warning MkDocs would give, wherever (in which process) it arises."""
import os
import shutil
import subprocess
import sys

import pytest

from generator.pipeline import generate

from .conftest import ROOT, SEEDS

ENV = {**os.environ, "SOURCE_DATE_EPOCH": "0", "NO_MKDOCS_2_WARNING": "1"}


def tree(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def run(work, *command):
    return subprocess.run([sys.executable, "-m", *command], cwd=work, env=ENV, capture_output=True, text=True)


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    work = tmp_path_factory.mktemp("sitebuild")
    generate(SEEDS, work / "docs")
    for name in ("mkdocs.yml", "mkdocs.offline.yml"):
        shutil.copy(ROOT / name, work / name)
    (work / "theme_overrides").symlink_to(ROOT / "theme_overrides")
    return work


@pytest.mark.parametrize("config", ["mkdocs.yml", "mkdocs.offline.yml"])
def test_parallel_build_equals_mkdocs_own_build(work, config):
    stock = run(work, "mkdocs", "build", "--strict", "-f", config, "-d", "stock")
    assert stock.returncode == 0, stock.stderr
    for workers in ("1", "2"):
        built = run(work, "generator.sitebuild", "-f", config, "-d", f"built-{workers}", "--workers", workers)
        assert built.returncode == 0, built.stderr
        assert "WARNING" not in built.stderr
        assert tree(work / f"built-{workers}") == tree(work / "stock"), (config, workers)
    assert len(tree(work / "stock")) > 200


def test_every_warning_fails_the_build(work, tmp_path):
    """A link to no page (found while a worker renders the page) and a link to an anchor that is
    not there (found once every page is rendered) both fail the build, each named once."""
    broken = tmp_path / "broken"
    shutil.copytree(work / "docs", broken / "docs")
    shutil.copy(work / "mkdocs.yml", broken / "mkdocs.yml")
    (broken / "theme_overrides").symlink_to(ROOT / "theme_overrides")
    article = sorted((broken / "docs" / "articles").glob("*.md"))[0].stem
    with open(broken / "docs" / "data.md", "a", encoding="utf-8") as out:
        out.write(f"\n[甲](nowhere.md) [乙](articles/{article}.md#no-such-anchor)\n")
    built = run(broken, "generator.sitebuild", "--workers", "2")
    assert built.returncode == 1
    assert built.stderr.count("'nowhere.md'") == 1
    assert built.stderr.count(f"does not contain an anchor '#no-such-anchor'") == 1
    assert "Aborted with 2 warnings in strict mode" in built.stderr


def test_regenerating_docs_leaves_a_built_site_as_it_was(tmp_path):
    """Static files are hard-linked from docs/ into the site; docs/ is replaced, never written
    in place, so the next generate changes none of the built site's bytes."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    generate(tmp_path / "seeds", tmp_path / "docs")
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    (tmp_path / "theme_overrides").symlink_to(ROOT / "theme_overrides")
    built = run(tmp_path, "generator.sitebuild")
    assert built.returncode == 0, built.stderr
    site = tree(tmp_path / "site")
    linked = tmp_path / "site" / "search" / "meta.js"
    assert linked.stat().st_ino == (tmp_path / "docs" / "search" / "meta.js").stat().st_ino
    page = next(p for p in (tmp_path / "seeds").glob("*.txt"))
    page.with_name("zz_added.txt").write_text(page.read_text(encoding="utf-8").replace("。", "！", 3), encoding="utf-8")
    generate(tmp_path / "seeds", tmp_path / "docs")
    assert (tmp_path / "docs" / "search" / "meta.js").read_bytes() != site["search/meta.js"]
    assert tree(tmp_path / "site") == site
