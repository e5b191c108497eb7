"""The archive's search index (issue 6 builds it): files under docs/ keyed by relative path."""
from __future__ import annotations


def search_files(records: list[dict]) -> dict[str, str]:
    return {}
