"""The one place that knows the order of the stages: text in, articles out.

read → two columns restored → unwrap/repair → classify → segment → corrections → enrich → frozen
→ coverage (`build_page`), then every page of a folder in file order, ids assigned (`build_archive`).
Up to enrich a page's items are `model.Draft`s the stages change; what leaves is `model.Page` of
frozen `model.Article`s, which publishing only reads.

A bad page (unreadable, empty, binary, no article, a broken sidecar or corrections file, the
same text as another page) is skipped with its reason and the run goes on (`Archive.skipped`);
a problem with the whole run (no input folder, a broken `ids.lock`, lost characters) raises.
This is the plain product: serial, no cache, no file written. generator/speed builds the same
archive faster (worker processes, the page cache); tests/test_layout.py holds the two equal.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import yaml

from .classify import classify
from .corrections import apply_corrections, read_corrections
from .coverage import CoverageReport, check_coverage
from .enrich import enrich
from .errors import CoverageError, InputError
from .furniture import page_header
from .ids import Entry, Live, assign_ids, describe_change, item_text, parse_registry, safe_relative, settle_registry
from .interleave import in_reading_order
from .labels import item_title
from .model import Page, PageDraft, RawPage
from .read import page_paths, read_page_noted, stray_yaml
from .repair import doubling_notes
from .segment import segment
from .unwrap import unwrap


@dataclass
class PageResult:
    page: Page
    coverage: CoverageReport
    notes: list[str] = field(default_factory=list)  # warnings about the page that did not stop it
    same_text: str = ""  # `same_text` of its page, made where it is built
    item_texts: list[str] | None = None  # ids.item_text of each item, made where it is built


@dataclass(frozen=True)
class Skipped:
    """A page left out of this run, and why (the message names the file and line)."""

    file: str
    reason: str
    published: int = 0  # ids of its items already in the registry: they do not resolve until it is fixed
    where: tuple = ()  # the InputError's (file, line, expected, found)

    @classmethod
    def of(cls, page_file: str, error: InputError) -> "Skipped":
        return cls(page_file, str(error), 0, (error.file, error.line, error.expected, error.found))

    @property
    def message(self) -> str:
        """`skipped <page>: <reason>`; the reason names the file at fault (the page, its sidecar …)."""
        where = self.where[0] if self.where else self.file
        head = "skipped: " if where == self.file else f"skipped {self.file}: "
        lost = (f" ({self.published} published ids of this page do not resolve until it is fixed)"
                if self.published else "")
        return head + self.reason + lost

    def error(self) -> InputError:
        return InputError(*self.where) if self.where else InputError(self.file, None, "a page", self.reason)


def build_page(raw: RawPage, corrections: Sequence[dict] | None = None,
               id_anchors: dict[str, str] | None = None) -> PageResult:
    lines = {line.number: line for line in raw.lines}
    header = page_header([line.text for line in raw.lines])
    apart = frozenset(header.roles)
    # two columns read across, restored, and the headlines over their texts, kept apart from them
    ordered, interleaved, read_across, set_off = in_reading_order(raw, apart)
    paragraphs = unwrap(ordered, apart, set_off)
    blocks = classify(paragraphs, lines, apart)
    items, furniture = segment(blocks, raw.file)
    draft = PageDraft(raw=raw, items=items, furniture=furniture, header=header,
                      warnings=doubling_notes(raw.lines, raw.file) + interleaved, read_across=read_across)
    for entry in corrections or []:
        try:
            apply_corrections(draft, [entry], id_anchors)
        except InputError as error:  # name the corrections file and the entry's line, not the page
            file, line = getattr(entry, "file", None), getattr(entry, "line", None)
            if file is None:
                raise
            raise InputError(file, line, error.expected, error.found) from None
    enrich(draft)
    page = draft.freeze()  # what leaves the archive stage is only read after
    return PageResult(page, check_coverage(page))


def require_items(result: PageResult) -> None:
    """A page with no article is not a newspaper page the archive can use."""
    page = result.page
    if not page.items:
        found = ("only page furniture: " + "、".join(b.text[:20] for b in page.furniture[:3])
                 if page.furniture else "no text")
        raise InputError(page.raw.file, None, "at least one article, photo or brief", found)


@dataclass
class Archive:
    results: list[PageResult]
    registry: list[Entry]  # every id ever published, this run's new ones included
    redirects: dict[str, str]  # id of a merged or moved item → id of the item that holds it now
    skipped: list[Skipped] = field(default_factory=list)  # bad pages, in file order
    notes: list[str] = field(default_factory=list)  # warnings: control characters replaced, stray YAML files
    retired: list[Entry] = field(default_factory=list)  # ids that name no item of their own: redirects, tombstones
    id_changes: list[str] = field(default_factory=list)  # each published id whose target changes, said in a line

    @property
    def pages(self) -> list[Page]:
        return [r.page for r in self.results]


def registry_path(folder: Path) -> Path:
    return Path(folder) / "ids.lock"


def build_archive(folder: Path) -> Archive:
    """Every page of `folder` through the stages, one after the other, and the ids settled."""
    root = Path(folder)
    registry = read_registry(registry_path(root))
    id_anchors = {e.id: e.anchor for e in registry}
    paths = page_paths(root)
    return assemble(root, paths, registry, [build_from_path((path, root, id_anchors)) for path in paths])


def assemble(root: Path, paths: list[Path], registry: list[Entry], outcomes: list) -> Archive:
    """The archive of the pages' outcomes (`build_from_path`'s, in file order): duplicates
    skipped, ids assigned and settled against `registry`."""
    results, skipped = sort_out(outcomes)
    published: dict[str, int] = {}
    for entry in registry:
        published[entry.file] = published.get(entry.file, 0) + 1
    skipped = [Skipped(s.file, s.reason, published.get(s.file, 0), s.where) for s in skipped]
    notes = [note for r in results for note in r.notes] + stray_yaml(root, paths)
    entries, merged, pages = assign_ids([r.page for r in results], registry, [r.item_texts for r in results])
    for result, page in zip(results, pages):
        result.page = page
    live = [Live(item.id, r.page.raw.file, text, item_title(item),
                 item.meta.newspaper, item.meta.date)
            for r in results for item, text in zip(r.page.items, r.item_texts or [item_text(i) for i in r.page.items])]
    settled = settle_registry(entries, merged, live, {s.file for s in skipped})
    return Archive(results, settled.registry, settled.redirects, skipped, notes, retired=settled.retired,
                   id_changes=[describe_change(before, after) for before, after in settled.changes])


def sort_out(outcomes: list) -> tuple[list[PageResult], list[Skipped]]:
    """Built pages and skipped ones; of two pages with the same text, or with names that would
    give the same page URL, the first (in file order) is kept and the second skipped."""
    results, skipped = [], []
    texts: dict[str, str] = {}
    names: dict[str, str] = {}
    for outcome in outcomes:
        if isinstance(outcome, Skipped):
            skipped.append(outcome)
            continue
        file = outcome.page.raw.file
        text = outcome.same_text or same_text(outcome.page.raw)
        name = outcome.page.raw.stem.casefold()
        if text in texts:
            skipped.append(Skipped.of(file, InputError(file, None, "a page not already in the archive",
                                                       f"the same text as {texts[text]} (a duplicate page)")))
        elif name in names:
            skipped.append(Skipped.of(file, InputError(file, None, "a page name of its own (it names the page's URL)",
                                                       f"the same name as {names[name]}")))
        else:
            texts[text], names[name] = file, file
            results.append(outcome)
    return results, skipped


def build_from_path(job: tuple[Path, Path, dict[str, str]]) -> PageResult | Skipped:
    """One page from its files; a bad page comes back as `Skipped` (plain data: it crosses
    process boundaries and lives in the page cache)."""
    path, root, id_anchors = job
    file = path.relative_to(root).as_posix()
    try:
        raw, notes = read_page_noted(path, root)
        result = build_page(raw, read_corrections(path, root), id_anchors)
        require_items(result)
    except InputError as error:
        return Skipped.of(file, error)
    except Exception as error:  # a bug, not bad input: say which page showed it
        error.add_note(f"while building {file}")
        raise
    result.notes = notes
    result.same_text = same_text(raw)
    result.item_texts = [item_text(item) for item in result.page.items]
    return result


def same_text(raw: RawPage) -> str:
    """A digest of the page's text without white space: pages with the same are one page twice."""
    squeezed = re.sub(r"\s+", "", "".join(line.text for line in raw.lines))
    return hashlib.sha256(squeezed.encode("utf-8", "surrogatepass")).hexdigest()


def read_registry(lock: Path) -> list[Entry]:
    """The id registry; an id or file that could make a path outside docs/ is refused."""
    if not lock.exists():
        return []
    text = lock.read_text(encoding="utf-8")
    try:
        registry = parse_registry(text, lock.name)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise InputError(lock.name, mark.line + 1 if mark else None, "valid YAML",
                         getattr(error, "problem", None) or "a syntax error") from None
    for entry in registry:
        if not SAFE_ID.fullmatch(entry.id) or not safe_relative(entry.file):
            bad = entry.id if not SAFE_ID.fullmatch(entry.id) else entry.file
            line = next((n for n, row in enumerate(text.splitlines(), 1) if bad in row), None)
            raise InputError(lock.name, line, "ids of lowercase letters, digits, '-' and '_' and page files "
                             "relative to the page folder", f"id {entry.id!r}, file {entry.file!r}")
    return registry


SAFE_ID = re.compile(r"[0-9a-z][0-9a-z_-]{0,63}")


def build_folder(folder: Path) -> list[PageResult]:
    """Every page of `folder`, all of them or an InputError naming the first bad one."""
    archive = build_archive(folder)
    if archive.skipped:
        raise archive.skipped[0].error()
    return archive.results


def require_full_coverage(results: list[PageResult]) -> None:
    problems = [p for r in results for p in r.coverage.problems]
    if problems:
        shown = "\n  ".join(problems[:20])
        more = f"\n  … and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise CoverageError(f"input characters lost or duplicated by segmentation:\n  {shown}{more}")
