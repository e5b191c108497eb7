"""The vocabularies and texts under generator/data/, read once per process.

Every YAML file is read here, and here alone `{han}` in its strings becomes the one definition
of a Han ideograph (cjk.CJK, the body of a regular-expression class: `[{han}·]{2,4}`), so that
no pattern in a data file spells the range out again.

libyaml's loader where installed (the same data as PyYAML's, several times faster): every page
worker reads these files when it starts, so their parse time is paid once per process.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from .cjk import CJK

DATA = Path(__file__).resolve().parent.parent / "data"
SCHEMA = Path(__file__).resolve().parent.parent / "schema"  # the export's JSON Schema, published beside it
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


HAN = "{han}"


def with_han(value):
    """`value` with `{han}` in every string (nested lists and mappings too) replaced by cjk.CJK."""
    if isinstance(value, str):
        return value.replace(HAN, CJK) if HAN in value else value
    if isinstance(value, list):
        return [with_han(v) for v in value]
    if isinstance(value, dict):
        return {k: with_han(v) for k, v in value.items()}
    return value


@cache
def load(name: str):
    """The parsed YAML file `name` of generator/data/, `{han}` filled in (shared: callers must
    not change it)."""
    return with_han(yaml.load((DATA / name).read_text(encoding="utf-8"), Loader=LOADER))


@cache
def text(name: str) -> str:
    """The text of file `name` of generator/data/ (UTF-8)."""
    return (DATA / name).read_text(encoding="utf-8")
