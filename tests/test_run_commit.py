"""A run is committed in one step: docs/, ids.lock and the caches the next run resumes from are
all the old ones or all the new ones, whatever stops the run and wherever (issue 26, items 1,
2 and 12).

The archive: synthetic pages (generator.tools.bench) of about 300 articles, published, to which pages
are added that grow the search index's base (whole blocks of 256 articles) from one block to
two; the run that publishes them is stopped at each step that matters. A run is stopped by an
exception where one would come (a full disk, Ctrl-C), or, in a process of its own, at a named
step (ARCHIVE_PAUSE_AT) where it is killed (SIGINT, SIGKILL).
"""
from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.speed import run as pipeline

from generator.speed import tree
from generator.tools.bench import make_corpus
from generator.cli import main
from generator.archive.errors import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK
from generator.speed.run import generate

from .conftest import ROOT
from generator.tools.search_twin import search

BEFORE_ARTICLES, AFTER_ARTICLES = 300, 560  # the search base: one block of 256 articles, then two


@pytest.fixture(scope="module")
def archive(tmp_path_factory, seed_results):
    """(a published archive of BEFORE_ARTICLES: its folder, holding seeds/, docs/, .cache/;
    the pages to add; the clean build of the archive with them: its folder)."""
    base = tmp_path_factory.mktemp("commit")
    per_seed = {file: len(result.page.items) for file, result in seed_results.items()}
    everything = base / "all"
    make_corpus(everything, AFTER_ARTICLES, per_seed)
    first = make_corpus(base / "count", BEFORE_ARTICLES, per_seed)
    published = base / "published"
    (published / "seeds").mkdir(parents=True)
    added = base / "added"
    added.mkdir()
    for path in sorted(everything.iterdir()):
        serial = int(path.name[1:7])
        shutil.copy(path, (published / "seeds" if serial < first else added) / path.name)
    generate(published / "seeds", published / "docs")
    clean = base / "clean"
    shutil.copytree(published / "seeds", clean / "seeds")
    add_pages(added, clean / "seeds")
    generate(clean / "seeds", clean / "docs")
    return published, added, clean


def add_pages(added: Path, seeds: Path) -> None:
    for path in added.iterdir():
        shutil.copy(path, seeds / path.name)


@pytest.fixture
def work(archive, tmp_path):
    """A copy of the published archive, with the pages added (not yet published); the added
    pages' results are in its page cache already (the runs here are about what they write)."""
    published, added, clean = archive
    shutil.copytree(published, tmp_path / "archive", symlinks=True)
    add_pages(added, tmp_path / "archive" / "seeds")
    shutil.copytree(clean / ".cache" / "seeds" / "pages", tmp_path / "archive" / ".cache" / "seeds" / "pages",
                    dirs_exist_ok=True)
    return tmp_path / "archive"


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def state(work: Path) -> dict:
    """What a run makes current: docs/, ids.lock and the caches it resumes from (the page
    cache aside: its results answer only for their own inputs, and new ones may stay)."""
    caches = work / ".cache" / "seeds"
    return {"docs": files(work / "docs"), "lock": (work / "seeds" / "ids.lock").read_bytes(),
            "caches": {path: data for path, data in files(caches).items() if not path.startswith("pages/")}}


def page_results(work: Path) -> set[str]:
    return {p.name for p in (work / ".cache" / "seeds" / "pages").glob("*/*.pickle")}


def headline_hits(docs: Path) -> dict[str, list[str]]:
    """What a search for each article's headline finds, as search.js finds it."""
    index = {path: data.decode("utf-8") for path, data in files(docs).items()
             if path == "search.md" or path.startswith("search/")}
    titles = {json.loads(line)["title"] for line in (docs / "data" / "articles.jsonl").read_text(encoding="utf-8").splitlines()}
    return {title: search(index, title) for title in sorted(titles) if title}


def assert_as_clean(work: Path, clean: Path) -> None:
    assert files(work / "docs") == files(clean / "docs")
    assert (work / "seeds" / "ids.lock").read_bytes() == (clean / "seeds" / "ids.lock").read_bytes()
    hits = headline_hits(work / "docs")
    assert hits == headline_hits(clean / "docs") and all(hits.values()), "every headline finds its article"


def run_generate(work: Path) -> int:
    return main(["generate", "--input", str(work / "seeds"), "--output", str(work / "docs")])


def finish_and_compare(work: Path, clean: Path, capsys) -> None:
    """The next run completes and leaves what a clean build makes; no staging folder is left."""
    capsys.readouterr()
    assert run_generate(work) == EXIT_OK, capsys.readouterr().err
    assert_as_clean(work, clean)
    assert not list(work.glob(".docs.staging-*"))


def written_to(handle: int) -> str:
    return os.readlink(f"/proc/self/fd/{handle}")


def disk_full_for(monkeypatch, name: str) -> None:
    """Writing a file whose name ends with `name` fails as on a full disk: ENOSPC, and, as
    write(2) says it, no file named. Both writers a run uses are patched: files staged for the
    commit (tree.write_all) and files replaced one by one (speed.run's replace_file)."""
    write_all = tree.write_all

    def full_write_all(handle, data):
        if written_to(handle).endswith(name):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return write_all(handle, data)

    def full_replace_file(replace_file):
        def replace(path, data, *args, **kwargs):
            if str(path).endswith(name):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return replace_file(path, data, *args, **kwargs)
        return replace

    monkeypatch.setattr(tree, "write_all", full_write_all)
    monkeypatch.setattr(pipeline, "replace_file", full_replace_file(pipeline.replace_file))


# --- stopped before the commit: everything as it was -------------------------------------------

@pytest.mark.parametrize("full", ["ids.lock", "search.pickle"])
def test_a_full_disk_changes_nothing_and_names_the_file(work, archive, monkeypatch, capsys, full):
    before, results = state(work), page_results(work)
    disk_full_for(monkeypatch, full)
    assert run_generate(work) == EXIT_FAILED
    error = capsys.readouterr().err
    assert "No space left on device" in error and full in error.split("No space left on device")[0], error
    monkeypatch.undo()
    assert state(work) == before, "docs/, ids.lock and the caches are as they were"
    assert results <= page_results(work)
    finish_and_compare(work, archive[2], capsys)


def test_an_interrupt_while_the_journal_is_written_changes_nothing(work, archive, monkeypatch, capsys):
    before = state(work)
    replace_file = tree.replace_file

    def interrupted(path, data, *args, **kwargs):
        if Path(path).name == tree.JOURNAL:
            raise KeyboardInterrupt
        return replace_file(path, data, *args, **kwargs)

    monkeypatch.setattr(tree, "replace_file", interrupted)
    assert run_generate(work) == EXIT_INTERRUPTED
    monkeypatch.undo()
    assert state(work) == before
    finish_and_compare(work, archive[2], capsys)


def test_a_cache_that_is_not_the_committed_one_is_not_trusted(work, archive, tmp_path, capsys):
    """A search merge saved ahead of its docs/ (as a run killed between the two left it before
    the one commit): its bytes are not those the run record has, so the merge starts over."""
    _, _, clean = archive
    shutil.copy(clean / ".cache" / "seeds" / "search.pickle", work / ".cache" / "seeds" / "search.pickle")
    capsys.readouterr()
    assert run_generate(work) == EXIT_OK
    assert "0 from the last run" in capsys.readouterr().err, "the merge is not resumed from it"
    assert_as_clean(work, clean)


def test_a_staging_folder_left_by_a_killed_run_is_removed_by_the_next(work, archive, capsys):
    left = work / ".docs.staging-killed"
    (left / "tree" / "articles").mkdir(parents=True)
    (left / "tree" / "articles" / "x.md").write_text("half\n", encoding="utf-8")
    finish_and_compare(work, archive[2], capsys)
    assert not left.exists()


# --- killed at a named step, in a process of its own ------------------------------------------

def stopped_at(work: Path, step: str, how: signal.Signals) -> subprocess.CompletedProcess:
    """`generate` in a process of its own (and process group, as a terminal's Ctrl-C reaches
    it), stopped at `step` by `how`."""
    marker = work / f"paused-{step}"
    env = {**os.environ, "ARCHIVE_PAUSE_AT": step, "ARCHIVE_PAUSE_FILE": str(marker)}
    # SIGINT as a terminal sends it, even where this process was started with it ignored (a
    # background job of a shell without job control): an ignored SIGINT is inherited across exec
    process = subprocess.Popen([sys.executable, "-m", "generator", "generate", "--input", str(work / "seeds"),
                                "--output", str(work / "docs")], cwd=ROOT, env=env, start_new_session=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    while not marker.exists():
        if process.poll() is not None:
            pytest.fail(f"the run ended (status {process.returncode}) without reaching {step}: {process.stderr.read()}")
        time.sleep(0.05)
    os.killpg(process.pid, how)
    out, err = process.communicate(timeout=120)
    marker.unlink()
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGKILL], ids=["SIGINT", "SIGKILL"])
def test_a_run_killed_with_everything_staged_changes_nothing(work, archive, capsys, how):
    before = state(work)
    done = stopped_at(work, "staged", how)
    if how == signal.SIGINT:
        assert done.returncode == EXIT_INTERRUPTED and "nothing was changed" in done.stderr
        assert not list(work.glob(".docs.staging-*")), "an interrupted run removes what it staged"
    else:
        assert done.returncode == -signal.SIGKILL
    assert state(work) == before
    finish_and_compare(work, archive[2], capsys)


def test_ctrl_c_once_the_search_merge_is_done_ends_the_run_and_changes_nothing(work, archive, capsys):
    """Ctrl-C reaches the workers too (the search merge's waits for work): the run ends,
    interrupted, its staged search merge not committed."""
    before = state(work)
    done = stopped_at(work, "rendered", signal.SIGINT)
    assert done.returncode == EXIT_INTERRUPTED, done.stderr
    assert state(work) == before
    finish_and_compare(work, archive[2], capsys)


@pytest.mark.parametrize("step", ["journal", "committed"])
def test_an_interrupt_after_the_commit_finishes_the_run(work, archive, step):
    done = stopped_at(work, step, signal.SIGINT)
    assert done.returncode == EXIT_OK, done.stderr
    assert "interrupted after the run was committed" in done.stderr
    assert_as_clean(work, archive[2])
    assert not list(work.glob(".docs.staging-*"))


def test_a_run_killed_after_its_commit_is_finished_by_the_next(work, archive, capsys):
    done = stopped_at(work, "journal", signal.SIGKILL)
    assert done.returncode == -signal.SIGKILL
    assert list(work.glob(".docs.staging-*/journal.json")), "killed with its journal written"
    tree.recover(work / "docs")  # what the next generate or site build does first
    assert_as_clean(work, archive[2])
    finish_and_compare(work, archive[2], capsys)
