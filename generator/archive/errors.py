"""Errors that name the file, the line, what was expected and what was found; exit statuses.

What happens to each kind of problem (README, "Bad input and exit statuses"):

- `InputError` about one page (its text, its sidecar, its corrections): the page is skipped, the
  run goes on with the others and ends with EXIT_PARTIAL.
- `InputError` about the whole run (no input folder, a broken `ids.lock`), `CoverageError` (the
  generator lost or doubled characters) and `RunFailed` (no page could be built): the run fails
  with EXIT_FAILED and writes nothing: `docs/`, `ids.lock` and the caches stay exactly as they
  were. So does an OSError while the run writes (a full disk): its message names the file.
"""
from __future__ import annotations

EXIT_OK = 0
EXIT_LOST = 1  # `check`: input characters lost or duplicated
EXIT_FAILED = 2  # the run failed; nothing was written (also argparse's status for a bad command line)
EXIT_PARTIAL = 3  # the good pages were built; one or more bad pages were skipped, each reported by name
EXIT_INTERRUPTED = 130


class InputError(Exception):
    def __init__(self, file: str, line: int | None, expected: str, found: str):
        self.file, self.line, self.expected, self.found = file, line, expected, found
        where = f"{file}:{line}" if line else file
        super().__init__(f"{where}: expected {expected}, found {found}")


class CoverageError(Exception):
    """Raised when segmentation lost or duplicated input characters."""


class RunFailed(Exception):
    """Raised when a run cannot produce anything worth writing (no page could be built)."""
