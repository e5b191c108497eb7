import os
import shutil
from pathlib import Path

import pytest

from generator.speed.run import build_folder

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# The browser tests drive Debian's Chromium (Playwright's own download is not used). Without it
# they are skipped, and the run says so at its start and its end; under CI (CI set, as .ci/run
# runs) a skipped browser test fails the run, so that CI's green means every test ran.
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
NO_CHROMIUM = "Debian's chromium is not installed"
NO_ZENSICAL = "Zensical is not installed (pip install -e '.[zensical]'; make test does)"
ENABLE = "apt-get install chromium (as .ci/run does), then make test"
_not_run: dict[str, list[str]] = {NO_CHROMIUM: [], NO_ZENSICAL: []}  # reason: node ids


# The markers (registered in pyproject.toml), given by what a test uses, so that a new test is
# marked as its neighbours are: `browser` for every test that drives Chromium (it asks for a
# `browser` fixture), `slow` for every test that builds a whole site (MkDocs or Zensical) or
# runs a whole tool. The fast subset: pytest -m "not browser and not slow".
SITE_FIXTURES = {"builds", "sites", "site", "built_site", "tiny_site", "hostile_site", "work", "make_project"}
SLOW_MODULES = {"test_zensical.py", "test_evaluate.py", "test_browser_skips.py"}


def pytest_collection_modifyitems(items):
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        if "browser" in names:
            item.add_marker(pytest.mark.browser)
        if names & SITE_FIXTURES or item.path.name in SLOW_MODULES or "browser" in names:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def seed_results():
    """The five seed pages through the whole pipeline, once per test session."""
    return {r.page.raw.file: r for r in build_folder(SEEDS)}


def pytest_sessionstart(session):
    # Written here rather than as a report header, which -q (the suite's default) leaves out.
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if CHROMIUM is None and reporter is not None:
        reporter.write_line(f"browser tests: NOT RUN, {NO_CHROMIUM} (to run them: {ENABLE})", yellow=True, bold=True)


def not_run(report) -> None:
    """A test (or a module, skipped whole) that did not run for want of Chromium or Zensical."""
    if report.skipped and isinstance(report.longrepr, tuple):
        _not_run.get(report.longrepr[2].removeprefix("Skipped: "), []).append(report.nodeid)


pytest_runtest_logreport = pytest_collectreport = not_run


def pytest_sessionfinish(session, exitstatus):
    if any(_not_run.values()) and os.environ.get("CI") and session.exitstatus == 0:
        session.exitstatus = 1


def pytest_terminal_summary(terminalreporter):
    nodes = [nodeid for ids in _not_run.values() for nodeid in ids]
    if not nodes:
        return
    files = sorted({nodeid.split("::", 1)[0] for nodeid in nodes})
    failing = " (CI: this fails the run)" if os.environ.get("CI") else ""
    terminalreporter.write_sep("=", f"{len(nodes)} browser and Zensical tests NOT RUN{failing}", red=True, bold=True)
    terminalreporter.write_line(f"skipped in {', '.join(files)}")
    if _not_run[NO_CHROMIUM]:
        terminalreporter.write_line(f"{NO_CHROMIUM}: {ENABLE}")
    if _not_run[NO_ZENSICAL]:
        terminalreporter.write_line(NO_ZENSICAL)
