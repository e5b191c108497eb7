"""Read stage: page files (and their sidecars) from disk into RawPage objects.

One reader per source kind, one dispatch (`read_folder`). This is the only stage that
reads files; everything after it works on the data model.

What is accepted, and what is refused with the file, the line and what was found:

- encodings: UTF-8 with or without BOM, UTF-16 with BOM, GB18030 (which includes GBK and
  GB2312); anything else (binary data, a PDF or an image renamed `.txt`, UTF-16 without BOM,
  UTF-32, bytes that are neither UTF-8 nor GB18030) is refused, naming what was found;
- line endings CRLF, CR and LF;
- the text is not normalised (no NFKC: it would turn full-width punctuation into ASCII). Only
  characters that cannot be printed text are replaced, one for one: layout whitespace that
  other tools treat as a line break (form feed, vertical tab, U+2028 …) becomes a space, and a
  stray control character becomes its visible picture (U+0007 → ␇), with a warning. A page with
  many control characters is binary and refused;
- a page is refused when it is empty, larger than MAX_PAGE_BYTES, has a line longer than
  MAX_LINE_CHARS characters, or has no Chinese character at all; a page file name must be
  letters, digits, `_`, `-` and `.` (it becomes a URL); hidden files (`.name`) are ignored.

YAML (sidecars here, corrections in `corrections.py`) is read by `load_yaml`: safe loading only,
no aliases, no duplicate keys, every scalar kept as the text written (`page: 03` stays "03"),
with the line of every key and list entry so that errors can name it.
"""
from __future__ import annotations

import codecs
import difflib
import re
from pathlib import Path

import yaml

from .cjk import IDEOGRAPH
from .errors import InputError
from .model import Line, RawPage

PAGE_SUFFIXES = (".txt",)
SIDECAR_KEYS = {"newspaper", "date", "page", "section", "edition", "source_url"}
MAX_PAGE_BYTES = 4_000_000  # a broadsheet page is ~50 KB of text
MAX_LINE_CHARS = 10_000  # a whole article on one line is ~3,000
# Characters that are not printed text. LAYOUT: whitespace that str.splitlines() and other
# tools take as a line break; shown as a space. CONTROL: shown as its picture (C0 → U+2400…,
# DEL → ␡; C1 and the non-characters U+FFFE/U+FFFF have no picture → U+FFFD).
LAYOUT = re.compile("[\v\f\x1c-\x1f\x85\u2028\u2029]")
CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x7f\x80-\x84\x86-\x9f\ufffe\uffff]")
MAX_CONTROL_SHARE = 0.01  # above this share of characters (and more than MIN_BINARY) a page is binary
MIN_BINARY = 8
SAFE_NAME = re.compile(r"\w[\w.\-]*")
# Names (newspaper, page, section, people) become headings and page titles, which themes print
# after unescaping them (Jinja's striptags): they may not hold angle brackets.
MARKUP = re.compile(r"[<>]")
# What a file is when it is not text, from its first bytes.
MAGIC = (
    (b"%PDF-", "a PDF document (starts with %PDF-); extract its text first"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a ZIP archive (a .docx, .xlsx or .zip file?)"),
    (b"\xd0\xcf\x11\xe0", "a Microsoft Office document (.doc, .xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
)
TEXT_ENCODINGS = "UTF-8, GB18030 or UTF-16 with BOM text"


# --- decoding -----------------------------------------------------------------------------------

def decode_text(data: bytes, file: str) -> str:
    """Decode bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030; refuse the rest."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise InputError(file, None, TEXT_ENCODINGS, "UTF-32 text (save it as UTF-8)")
    if data.startswith(codecs.BOM_UTF8):
        return strict(data[len(codecs.BOM_UTF8):], "utf-8", file, "UTF-8 (it starts with a UTF-8 BOM)")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return strict(data, "utf-16", file, "UTF-16 (it starts with a UTF-16 BOM)")
    for magic, what in MAGIC:
        if data.startswith(magic):
            raise InputError(file, None, "a text page", f"binary data: {what}")
    if b"\x00" in data:
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if IDEOGRAPH.search(text) and len(CONTROL.findall(text)) <= MAX_CONTROL_SHARE * len(text):
                raise InputError(file, None, TEXT_ENCODINGS, f"{encoding.upper()} text without a byte-order mark "
                                 "(save it as UTF-8, or as UTF-16 with BOM)")
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise InputError(file, line, "a text page", "binary data (NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        try:
            return data.decode("gb18030")
        except UnicodeDecodeError:
            line = data[: utf8_error.start].count(b"\n") + 1
            raise InputError(file, line, TEXT_ENCODINGS,
                             f"byte 0x{data[utf8_error.start]:02x} that is neither UTF-8 nor GB18030 "
                             "(another encoding, such as Big5, or binary data)") from None


def strict(data: bytes, encoding: str, file: str, what: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data[: error.start].decode(encoding, errors="replace").count("\n") + 1
        raise InputError(file, line, f"valid {what}", f"undecodable bytes at offset {error.start}") from None


def decode_page(data: bytes, file: str) -> str:
    """Decode the bytes of a page file; an empty file is refused."""
    if not data:
        raise InputError(file, None, "page text", "an empty file")
    return decode_text(data, file)


def clean_text(text: str, file: str) -> tuple[str, list[str]]:
    """Replace, one for one, the characters that cannot be printed text; warnings name them."""
    text = LAYOUT.sub(" ", text)
    found = list(CONTROL.finditer(text))
    if not found:
        return text, []
    printable = sum(1 for char in text if not char.isspace())
    first = found[0]
    line = text.count("\n", 0, first.start()) + 1
    if len(found) > MIN_BINARY and len(found) > MAX_CONTROL_SHARE * printable:
        raise InputError(file, line, "a text page", f"binary data ({len(found)} control characters, "
                         f"the first U+{ord(first.group()):04X})")
    notes = []
    for char in sorted({m.group() for m in found}):
        where = next(m.start() for m in found if m.group() == char)
        count = sum(1 for m in found if m.group() == char)
        times = f" ({count} times)" if count > 1 else ""
        notes.append(f"{file}:{text.count(chr(10), 0, where) + 1}: control character U+{ord(char):04X}{times} "
                     f"shown as {picture(char)}")
    return CONTROL.sub(lambda m: picture(m.group()), text), notes


def picture(char: str) -> str:
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"


def split_lines(text: str) -> list[Line]:
    """Lines numbered from 1; CRLF, CR and LF all end a line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    return [Line(number, line) for number, line in enumerate(text.split("\n"), start=1)]


def check_page_text(lines: list[Line], file: str) -> None:
    if not any(line.text.strip() for line in lines):
        raise InputError(file, None, "page text", "only whitespace")
    longest = max(lines, key=lambda line: len(line.text))
    if len(longest.text) > MAX_LINE_CHARS:
        raise InputError(file, longest.number, f"lines of page text (at most {MAX_LINE_CHARS:,} characters)",
                         f"a line of {len(longest.text):,} characters")
    if not any(IDEOGRAPH.search(line.text) for line in lines):
        sample = next(line.text.strip() for line in lines if line.text.strip())[:30]
        raise InputError(file, None, "Chinese page text", f"no Chinese character at all (the text starts {sample!r})")


def check_page_name(file: str) -> None:
    """A page's file name becomes a URL and a file name under docs/: plain characters only."""
    parts = file.split("/")
    parts[-1] = parts[-1].rsplit(".", 1)[0]
    for part in parts:
        if not SAFE_NAME.fullmatch(part):
            raise InputError(file, None, "a file name of letters, digits, '_', '-' and '.' (rename the file)",
                             repr(part))


# --- YAML ---------------------------------------------------------------------------------------

class LocatedDict(dict):
    """A YAML mapping that remembers its line and the line of each key."""

    line = 1
    lines: dict


class LocatedList(list):
    """A YAML sequence that remembers its line and the line of each entry."""

    line = 1
    lines: list


class SafeLineLoader(yaml.SafeLoader):
    """yaml.SafeLoader that records lines, refuses aliases and duplicate keys and keeps every
    scalar as the text written (no ints, floats, booleans or dates guessed from it)."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(None, None, f"an alias (*{event.anchor}): write the value out",
                                              event.start_mark)
        return super().compose_node(parent, index)


def _mapping(loader: SafeLineLoader, node: yaml.MappingNode) -> LocatedDict:
    loader.flatten_mapping(node)
    data = LocatedDict()
    data.line, data.lines = node.start_mark.line + 1, {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            raise yaml.constructor.ConstructorError(None, None, "a key that is not plain text", key_node.start_mark)
        if key in data:
            raise yaml.constructor.ConstructorError(None, None, f"the key {key!r} a second time", key_node.start_mark)
        data[key] = loader.construct_object(value_node, deep=True)
        data.lines[key] = key_node.start_mark.line + 1
    return data


def _sequence(loader: SafeLineLoader, node: yaml.SequenceNode) -> LocatedList:
    data = LocatedList(loader.construct_object(child, deep=True) for child in node.value)
    data.line, data.lines = node.start_mark.line + 1, [child.start_mark.line + 1 for child in node.value]
    return data


def _text(loader: SafeLineLoader, node: yaml.ScalarNode) -> str:
    return loader.construct_scalar(node)


SafeLineLoader.add_constructor("tag:yaml.org,2002:map", _mapping)
SafeLineLoader.add_constructor("tag:yaml.org,2002:seq", _sequence)
for _tag in ("bool", "int", "float", "timestamp"):
    SafeLineLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", _text)


def load_yaml(path: Path, file: str):
    """The data of a YAML file, safely; syntax errors name the file and line."""
    text = decode_text(path.read_bytes(), file)
    try:
        return yaml.load(text, Loader=SafeLineLoader)  # noqa: S506 — SafeLineLoader is a SafeLoader
    except yaml.reader.ReaderError as error:
        raise InputError(file, text.count("\n", 0, error.position) + 1, "valid YAML",
                         f"the control character U+{error.character:04X}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        context = getattr(error, "context", None)
        found = f"{problem} ({context})" if context else problem
        raise InputError(file, mark.line + 1 if mark else None, "valid YAML", found) from None


def describe(value: object) -> str:
    """What a YAML value is, in an archivist's words."""
    if isinstance(value, dict):
        return "a mapping (key: value lines)"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"the text {value!r}"
    if value is None:
        return "nothing"
    return f"a {type(value).__name__}"


def unknown_keys(keys: set, known, where: str) -> str:
    """`unknown key(s) [...]`, with a suggestion for a likely typo."""
    unknown = sorted(keys - set(known))
    guesses = {key: match[0] for key in unknown if (match := difflib.get_close_matches(key, known, 1))}
    if len(unknown) == 1 and guesses:
        hint = f" (did you mean {guesses[unknown[0]]!r}?)"
    else:
        hint = " (did you mean " + ", ".join(f"{g!r} for {k!r}" for k, g in guesses.items()) + "?)" if guesses else ""
    return f"unknown {where}{unknown}{hint}"


def one_line_text(value: object) -> bool:
    return isinstance(value, str) and "\n" not in value and not CONTROL.search(value) and not LAYOUT.search(value)


# --- sidecars and pages -------------------------------------------------------------------------

def read_sidecar(path: Path, file: str) -> dict:
    """Page metadata from `<page>.yml` beside the page, validated. `file` names the sidecar."""
    if not path.exists():
        return {}
    data = load_yaml(path, file)
    if data is None:
        return {}
    if not isinstance(data, LocatedDict):
        raise InputError(
            file, getattr(data, "line", 1), "a mapping of page metadata (key: value lines)", describe(data)
        )
    if set(data) - SIDECAR_KEYS:
        first = min(set(data) - SIDECAR_KEYS, key=lambda k: data.lines[k])
        raise InputError(file, data.lines[first], f"keys among {sorted(SIDECAR_KEYS)}",
                         unknown_keys(set(data), sorted(SIDECAR_KEYS), "key(s) "))
    meta = {}
    for key, value in data.items():
        if value is None:
            continue
        if not one_line_text(value) or not value.strip():
            raise InputError(file, data.lines[key], f"{key} as one line of text", describe(value))
        if key != "source_url" and MARKUP.search(value):
            raise InputError(file, data.lines[key], f"{key} as plain text (a name, no < or >)", repr(value))
        meta[key] = value.strip()
    if "date" in meta and not valid_date(meta["date"]):
        raise InputError(file, data.lines["date"], "date as YYYY-MM-DD or YYYY-MM (a real date)", repr(meta["date"]))
    if "source_url" in meta and not re.fullmatch(r"https?://[^\s/?#]+[^\s\"'<>]*", meta["source_url"]):
        raise InputError(
            file, data.lines["source_url"], "source_url as an http(s):// address", repr(meta["source_url"])
        )
    return meta


def valid_date(text: str) -> bool:
    import datetime

    match = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", text)
    if not match:
        return False
    year, month, day = int(match[1]), int(match[2]), int(match[3] or 1)
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def check_inside(path: Path, root: Path, file: str) -> None:
    """A page, sidecar or corrections file must be in the input folder: a link to a file
    elsewhere would publish that file (or print it in an error), so it is refused unread."""
    if not path.resolve().is_relative_to(Path(root).resolve()):
        raise InputError(file, None, "a file inside the input folder", "a link to a file outside it")


def read_page_noted(path: Path, root: Path) -> tuple[RawPage, list[str]]:
    """A page and the warnings about it (control characters shown as pictures)."""
    file = path.relative_to(root).as_posix()
    check_inside(path, root, file)
    check_page_name(file)
    size = path.stat().st_size
    if size > MAX_PAGE_BYTES:
        raise InputError(file, None, f"a page of at most {MAX_PAGE_BYTES:,} bytes", f"{size:,} bytes")
    text, notes = clean_text(decode_page(path.read_bytes(), file), file)
    lines = split_lines(text)
    check_page_text(lines, file)
    sidecar = path.with_suffix(".yml")
    if sidecar.exists():
        check_inside(sidecar, root, sidecar.relative_to(root).as_posix())
    meta = read_sidecar(sidecar, sidecar.relative_to(root).as_posix())
    return RawPage(file=file, lines=lines, meta=meta, meta_source={key: "sidecar" for key in meta}), notes


def read_page(path: Path, root: Path) -> RawPage:
    return read_page_noted(path, root)[0]


def hidden(path: Path, folder: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(folder).parts)


def page_paths(folder: Path) -> list[Path]:
    """Every page file in `folder`, in a stable order; hidden files and folders are not pages."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(str(folder), None, "a folder of page files", "no such folder")
    return sorted(p for p in folder.rglob("*") if p.suffix in PAGE_SUFFIXES and p.is_file() and not hidden(p, folder))


def stray_yaml(folder: Path, pages: list[Path] | None = None) -> list[str]:
    """YAML files that belong to no page (a misspelt sidecar is read by nobody): warnings.
    `pages`: the folder's `page_paths`, where listed already."""
    folder = Path(folder)
    stems = {p.with_suffix("") for p in (pages if pages is not None else page_paths(folder))}
    notes = []
    for path in sorted(folder.rglob("*")):
        if path.suffix not in (".yml", ".yaml") or not path.is_file() or hidden(path, folder):
            continue
        name = path.name
        if path.suffix == ".yml" and (path.with_suffix("") in stems or
                                      (name.endswith(".corrections.yml") and path.with_name(name[:-16]) in stems)):
            continue
        notes.append(f"{path.relative_to(folder).as_posix()}: not read: a sidecar is <page>.yml and corrections "
                     f"are <page>.corrections.yml, beside <page>.txt")
    return notes


def read_folder(folder: Path) -> list[RawPage]:
    return [read_page(path, folder) for path in page_paths(folder)]
