"""The vocabularies and texts under generator/data/, read once per process.

libyaml's loader where installed (the same data as PyYAML's, several times faster): every page
worker reads these files when it starts, so their parse time is paid once per process.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent.parent / "data"
SCHEMA = Path(__file__).resolve().parent.parent / "schema"  # the export's JSON Schema, published beside it
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def load(name: str):
    """The parsed YAML file `name` of generator/data/ (shared: callers must not change it)."""
    return yaml.load((DATA / name).read_text(encoding="utf-8"), Loader=LOADER)


@cache
def text(name: str) -> str:
    """The text of file `name` of generator/data/ (UTF-8)."""
    return (DATA / name).read_text(encoding="utf-8")
