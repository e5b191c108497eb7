"""Read stage: page files (and their sidecars) from disk into RawPage objects.

One reader per source kind, one dispatch (`read_folder`). This is the only stage that
reads files; everything after it works on the data model.
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path

import yaml

from .errors import InputError
from .model import Line, RawPage

PAGE_SUFFIXES = (".txt",)
SIDECAR_KEYS = {"newspaper", "date", "page", "section", "edition", "source_url"}


def decode_page(data: bytes, file: str) -> str:
    """Decode page bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    if b"\x00" in data:
        raise InputError(file, None, "a text page", "binary data (NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        try:
            return data.decode("gb18030")
        except UnicodeDecodeError:
            line = data[: utf8_error.start].count(b"\n") + 1
            raise InputError(file, line, "UTF-8, UTF-16 with BOM or GB18030 text",
                             f"undecodable byte 0x{data[utf8_error.start]:02x}") from None


def split_lines(text: str) -> list[Line]:
    """Lines numbered from 1; CRLF, CR and LF all end a line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    return [Line(number, line) for number, line in enumerate(text.split("\n"), start=1)]


def read_sidecar(path: Path, file: str) -> dict:
    """Page metadata from `<page>.yml` beside the page, validated."""
    if not path.exists():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise InputError(path.name, mark.line + 1 if mark else None, "valid YAML", str(error).splitlines()[0]) from None
    if not isinstance(data, dict):
        raise InputError(path.name, 1, "a mapping of page metadata", type(data).__name__)
    unknown = sorted(set(data) - SIDECAR_KEYS)
    if unknown:
        raise InputError(path.name, None, f"keys among {sorted(SIDECAR_KEYS)}", f"unknown key(s) {unknown}")
    meta = {key: str(value) for key, value in data.items() if value is not None}
    if "date" in meta and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", meta["date"]):
        raise InputError(path.name, line_of(path, "date"), "date as YYYY-MM-DD or YYYY-MM", repr(meta["date"]))
    return meta


def line_of(path: Path, key: str) -> int | None:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith(f"{key}:"):
            return number
    return None


def read_page(path: Path, root: Path) -> RawPage:
    file = path.relative_to(root).as_posix()
    text = decode_page(path.read_bytes(), file)
    meta = read_sidecar(path.with_suffix(".yml"), file)
    return RawPage(file=file, lines=split_lines(text), meta=meta, meta_source={key: "sidecar" for key in meta})


def page_paths(folder: Path) -> list[Path]:
    """Every page file in `folder`, in a stable order."""
    if not folder.is_dir():
        raise InputError(str(folder), None, "a folder of page files", "no such folder")
    return sorted(p for p in folder.rglob("*") if p.suffix in PAGE_SUFFIXES and p.is_file())


def read_folder(folder: Path) -> list[RawPage]:
    return [read_page(path, folder) for path in page_paths(folder)]
