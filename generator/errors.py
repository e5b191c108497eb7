"""Errors that name the file, the line, what was expected and what was found."""
from __future__ import annotations


class InputError(Exception):
    def __init__(self, file: str, line: int | None, expected: str, found: str):
        self.file, self.line, self.expected, self.found = file, line, expected, found
        where = f"{file}:{line}" if line else file
        super().__init__(f"{where}: expected {expected}, found {found}")


class CoverageError(Exception):
    """Raised when segmentation lost or duplicated input characters."""
