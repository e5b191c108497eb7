"""One writer at a time: a second `generate`, or a site build during a `generate`, is refused
with the lock file and the holder's pid; a lock left by a dead process is taken over."""
import shutil
import subprocess
import sys

import pytest

from generator.cli import main
from generator.errors import EXIT_FAILED, EXIT_OK

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
    from generator import sitebuild

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
