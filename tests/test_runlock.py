"""One writer at a time: a second `generate`, or a site build during a `generate`, is refused
with the lock file and the holder's pid; a lock left by a dead process is taken over."""
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.cli import main
from generator.archive.errors import EXIT_FAILED, EXIT_OK

from .conftest import ROOT

PAGE = "川渝高竹新区建设提速\n\n本报讯 近日，川渝高竹新区管委会发布消息，新区今年新签约项目三十个，总投资超过两百亿元。\n"

# Another run holding the archive's lock: flock on .archive.lock with its pid written in it, as
# a run does; it says "held" once it holds it and lets go when its standard input closes.
HOLDER = """\
import fcntl, os, sys
handle = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT)
fcntl.flock(handle, fcntl.LOCK_EX)
os.ftruncate(handle, 0)
os.write(handle, f"{os.getpid()} generate\\n".encode())
print("held", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def project(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "p01.txt").write_text(PAGE, encoding="utf-8")
    return tmp_path


@pytest.fixture
def holder(project):
    """Another process holding `.archive.lock` in the project folder."""
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(project / ".archive.lock")],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline() == "held\n"
    yield process
    process.stdin.close()
    process.wait()


def generate(project) -> int:
    return main(["generate", "--input", str(project / "pages"), "--output", str(project / "docs")])


def test_a_second_generate_is_refused_naming_the_lock_and_its_holder(project, holder, capsys):
    assert generate(project) == EXIT_FAILED
    err = capsys.readouterr().err
    assert str(project / ".archive.lock") in err and f"process {holder.pid}" in err
    assert not (project / "docs").exists() and not (project / "pages" / "ids.lock").exists()


def test_a_site_build_during_a_generate_is_refused(project, holder, capsys):
    from generator.speed import sitebuild

    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "theme_overrides", project / "theme_overrides")
    (project / "docs").mkdir()
    (project / "docs" / "index.md").write_text("# 首页\n", encoding="utf-8")
    assert sitebuild.main(["-f", str(project / "mkdocs.yml"), "-d", str(project / "site")]) != 0
    err = capsys.readouterr().err
    assert str(project / ".archive.lock") in err and f"process {holder.pid}" in err
    assert not (project / "site").exists()


def test_a_lock_left_by_a_dead_process_is_taken_over(project, capsys):
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(project / ".archive.lock")],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline() == "held\n"
    process.kill()
    process.wait()
    assert (project / ".archive.lock").read_text().startswith(f"{process.pid} ")
    assert generate(project) == EXIT_OK
    assert (project / "docs" / "index.md").exists()


# A run holding the lock with a forked worker busy for a minute (as a page, search-merge or
# site-build worker is busy with its share); prints the worker's pid once it runs.
BUSY_RUN = """\
import multiprocessing, os, sys, time
from pathlib import Path
from generator.runlock import archive_lock

def busy(_):
    print(os.getpid(), flush=True)
    time.sleep(60)

with archive_lock([Path(sys.argv[1])], "generate"):
    with multiprocessing.get_context("fork").Pool(1) as pool:
        pool.map(busy, [0])
"""


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")  # a zombie (not reaped yet where pid 1 is no init) has ended
    return not stat.exists() or stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"


def test_a_run_killed_alone_leaves_no_worker_holding_the_lock(project, capsys):
    """SIGKILL reaches the run's process, not the workers it forked: they end with it (within a
    second), so the lock is free for the next run, which is not refused."""
    run = subprocess.Popen([sys.executable, "-c", BUSY_RUN, str(project)], stdout=subprocess.PIPE, text=True,
                           cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    worker = int(run.stdout.readline())
    run.kill()  # the parent only, as `kill -9 <pid>` does
    run.wait()
    deadline = time.monotonic() + 3
    while alive(worker) and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        assert not alive(worker), "the forked worker outlived its run"
        assert generate(project) == EXIT_OK, capsys.readouterr().err
    finally:
        if alive(worker):
            os.kill(worker, signal.SIGKILL)
