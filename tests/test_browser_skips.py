"""Without Chromium the browser tests cannot run: the run says so at its start and its end, with
the command that enables them, and under CI (CI set, as .ci/run runs) it fails."""
import os
import subprocess
import sys

import pytest

from .conftest import ROOT


def pytest_without_chromium(ci: bool) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key != "CI"}
    env["PATH"] = os.path.dirname(sys.executable)  # no chromium on it
    if ci:
        env["CI"] = "true"
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "tests/test_browser.py"],
                          cwd=ROOT, env=env, capture_output=True, text=True)


@pytest.mark.parametrize("ci", [False, True], ids=["contributor", "CI"])
def test_skipped_browser_tests_are_named_with_the_command_that_runs_them(ci):
    result = pytest_without_chromium(ci)
    head, tail = result.stdout.splitlines()[:3], result.stdout.splitlines()[-4:]
    assert any("browser tests: NOT RUN" in line and "apt-get install chromium" in line for line in head), result.stdout
    assert any("browser and Zensical tests NOT RUN" in line for line in tail), result.stdout
    assert any("apt-get install chromium" in line for line in tail), result.stdout
    assert result.returncode == (1 if ci else 0), result.stdout
