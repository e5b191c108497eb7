"""MkDocs' build, its pages spread over the available cores: `python -m generator.speed.sitebuild`.

    python -m generator.speed.sitebuild [--config-file mkdocs.yml] [--site-dir DIR] [--workers N] [--previous DIR]
    python -m generator.speed.sitebuild --into site --fallback      (as `make site` does)

MkDocs renders one page after another in one process; in a large archive that is most of the
time it takes to publish it. This runs the same steps as `mkdocs build --strict`
(mkdocs.commands.build.build, MkDocs 1.6.1, whose private helpers it calls), except that the
pages and the static files are divided among forked worker processes, each of which reads,
renders and writes its share (each with one Markdown instance for all its pages, see
`render_page`). What needs every page is done once all are rendered, in the parent: the theme's
templates (the sitemap reads every page's front-matter, sent back by the workers) and the check
of `#anchor` links (each worker sends back the anchors its pages hold and link to).
A front-matter the generator wrote is read as the JSON it is (see `get_data`). Given the site
this config built last (`--previous`, as `make site` does), a page whose Markdown and everything
else it is made of are unchanged is linked from it instead of rendered (see `Reuse`). The output is the
same as MkDocs' own build, byte for byte (tests/test_sitebuild.py), and so are the warnings, each
logged once; as with `--strict`, any warning fails the build.

It is an accelerator that `mkdocs build --strict` can always replace, and it refuses, saying
why, to build where it would not give that build's site: with another MkDocs than the one it
is written for (MKDOCS_VERSION; every name of MkDocs it uses is in MKDOCS_NAMES), or a config
with a plugin that handles an event it cannot run as MkDocs does (EVENTS_RUN, PAGE_EVENTS,
EVENTS_REFUSED). With `--fallback` it then builds with `mkdocs build --strict` instead, in the
same way (`build_with_mkdocs`), and says so in one line.

`--into DIR` publishes all or nothing: the site is built beside DIR (`.DIR.building`, with DIR
as the previous site) and, once complete, takes DIR's place in one step (`offline.replace_folder`:
the two names exchanged), under the archive's lock; DIR is never missing, and a failed or
interrupted build leaves it as it was.

`mkdocs serve` stays MkDocs' own.
"""
from __future__ import annotations

import argparse
import functools
import hashlib
import importlib
import logging
import multiprocessing
import os
import pickle
import shutil
import subprocess
import sys
import time
from collections import Counter
from contextlib import ExitStack, contextmanager
from importlib import metadata
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

import markdown

from ..tools.offline import recover_folder, replace_folder
from ..archive.files import replace_file
from .page_cache import signature
from ..runlock import ArchiveBusy, archive_lock
from .tree import pause_at, recover
from ..publish.pages import read_front_matter_text
from ..tools.zensicalbuild import docs_dir

if TYPE_CHECKING:
    from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs")

# The MkDocs this module is written for (constraints.txt pins it; pyproject.toml allows 1.6.x).
# Any other is refused before anything of MkDocs is looked up: the names below are this
# version's, and a step a later MkDocs adds to its build would be missing here without a word.
MKDOCS_VERSION = "1.6.1"

# Every name of MkDocs this module uses, in one place, and the only way the code reaches them
# (`mkdocs_names()`; this module imports nothing from MkDocs itself, tests/test_sitebuild.py
# checks it): name here -> (where in MkDocs, sha256 of its source where this module copies its
# body, else None). Most are MkDocs' internals, private or undocumented. On another MkDocs,
# tests/test_sitebuild.py fails on each name that is gone and each copied body whose source
# changed: the code beside that entry is what to compare with the new MkDocs.
MKDOCS_NAMES: dict[str, tuple[str, str | None]] = {
    # copied: `mkdocs build`'s on_startup, build, on_shutdown (build)
    "build_command": ("mkdocs.__main__:build_command.callback",
                      "076bfe8edc47f8735a0d6eca4dbad5157b7e8697a8dcce5ad09158a983103c4c"),
    # copied: its steps, in order (build, build_share)
    "build": ("mkdocs.commands.build:build", "c476b64474acfaa20c08fdedc074238c6521bf320263065ee7de983ebf2032f9"),
    # copied: which files are static (build), each copied by `place` instead of File.copy_file
    "Files.copy_static_files": ("mkdocs.structure.files:Files.copy_static_files",
                          "d26112b6cfc80a76e157f7b1a8571d61b20cfbdcccb17514240ff42b6a530409"),
    # replaced in the workers by `get_data`, which calls it and copies its YAML branch's end
    "get_data": ("mkdocs.utils.meta:get_data", "3cd0a7a5f861a6dfb73e634f1d660488f03f7af0c76861e47cb7fb74fc9de3bd"),
    "YAML_RE": ("mkdocs.utils.meta:YAML_RE", None),
    # replaced in the workers by `render_page`, a copy; its body also sets the page's
    # `_title_from_render`, which Page.title reads
    "Page.render": ("mkdocs.structure.pages:Page.render",
                    "320529348f7a8af152073d0a3ab02960ccce91f9204716144e51b20931983cc6"),
    "_RawHTMLPreprocessor": ("mkdocs.structure.pages:_RawHTMLPreprocessor", None),
    "_ExtractAnchorsTreeprocessor": ("mkdocs.structure.pages:_ExtractAnchorsTreeprocessor", None),
    "_RelativePathTreeprocessor": ("mkdocs.structure.pages:_RelativePathTreeprocessor", None),
    "_ExtractTitleTreeprocessor": ("mkdocs.structure.pages:_ExtractTitleTreeprocessor", None),
    "_RawHTMLPreprocessor._register": ("mkdocs.structure.pages:_RawHTMLPreprocessor._register", None),
    "_ExtractAnchorsTreeprocessor._register": ("mkdocs.structure.pages:_ExtractAnchorsTreeprocessor._register", None),
    "_RelativePathTreeprocessor._register": ("mkdocs.structure.pages:_RelativePathTreeprocessor._register", None),
    "_ExtractTitleTreeprocessor._register": ("mkdocs.structure.pages:_ExtractTitleTreeprocessor._register", None),
    "get_toc": ("mkdocs.structure.pages:get_toc", None),
    "pages_log": ("mkdocs.structure.pages:log", None),
    # the private helpers of mkdocs.commands.build
    "_populate_page": ("mkdocs.commands.build:_populate_page", None),
    "_build_page": ("mkdocs.commands.build:_build_page", None),
    "_build_theme_template": ("mkdocs.commands.build:_build_theme_template", None),
    "_build_extra_template": ("mkdocs.commands.build:_build_extra_template", None),
    # what the parent sets on each page from what its worker sends back, and checks with
    "Page.present_anchor_ids": ("mkdocs.structure.pages:Page.present_anchor_ids", None),
    "Page.links_to_anchors": ("mkdocs.structure.pages:Page.links_to_anchors", None),
    "Page.validate_anchor_links": ("mkdocs.structure.pages:Page.validate_anchor_links", None),
    # the rest of what build() calls, as MkDocs' build calls it
    "EVENTS": ("mkdocs.plugins:EVENTS", None),
    "load_config": ("mkdocs.config:load_config", None),
    "Abort": ("mkdocs.exceptions:Abort", None),
    "BuildError": ("mkdocs.exceptions:BuildError", None),
    "CountHandler": ("mkdocs.utils:CountHandler", None),
    "clean_directory": ("mkdocs.utils:clean_directory", None),
    "InclusionLevel": ("mkdocs.structure.files:InclusionLevel", None),
    "get_files": ("mkdocs.structure.files:get_files", None),
    "set_exclusions": ("mkdocs.structure.files:set_exclusions", None),
    "get_navigation": ("mkdocs.structure.nav:get_navigation", None),
    "Page": ("mkdocs.structure.pages:Page", None),
}

# MkDocs' plugin events (mkdocs.plugins.EVENTS) by what this build does with a plugin that
# handles them. Run as `mkdocs build` runs them, in this process, with the same arguments, at
# the same step: on_startup and on_shutdown around the build, on_config to on_nav before any
# page is read, on_build_error on a failure (on_serve: neither build runs it).
EVENTS_RUN = ("startup", "shutdown", "serve", "config", "pre_build", "files", "nav", "build_error")
# Run in the worker that renders the page: whatever a plugin gathers from the pages there
# (MkDocs' or Material's search: every page, for the index it writes in on_post_build) never
# reaches this process. Refused, but in the config's hooks (see `refuse_plugins`).
PAGE_EVENTS = ("pre_page", "page_read_source", "page_markdown", "page_content", "page_context", "post_page")
# Refused, as is any event not named here: in MkDocs' build every page is read and rendered
# before on_env, the theme's templates and on_post_build; here on_env runs before any page is
# read, and the pages this process holds afterwards have their front-matter, title and
# anchors, but no Markdown, content or table of contents (those stay in the workers).
EVENTS_REFUSED = ("env", "post_build", "pre_template", "template_context", "post_template")

# The fork channel of the site build: config, files, nav, env and the shares, set before the
# workers fork and cleared after; a module global because they inherit it as it is (never pickled).
_shared: dict = {}


class Refused(Exception):
    """This build does not build this config with this MkDocs, and says why; `mkdocs build` does."""

    def __init__(self, reason: str):
        super().__init__(f"{reason}: `mkdocs build --strict` builds the same site "
                         "(`make site` falls back to it by itself)")
        self.reason = reason


def installed_mkdocs() -> str:
    return metadata.version("mkdocs")


@functools.cache
def mkdocs_names() -> SimpleNamespace:
    """Every entry of MKDOCS_NAMES looked up, those named without a dot by their name here
    (those with one are attributes the code uses on MkDocs' objects); raises Refused where the
    installed MkDocs is not MKDOCS_VERSION or lacks one of them. Looked up in this process
    before any worker starts, so what it holds are MkDocs' own, never this module's
    replacements (`swapped`)."""
    if (found := installed_mkdocs()) != MKDOCS_VERSION:
        raise Refused(f"generator.speed.sitebuild is written for MkDocs {MKDOCS_VERSION} (it calls its private "
                      f"helpers; constraints.txt pins it), and MkDocs {found} is installed")
    names = {}
    for name, (path, _) in MKDOCS_NAMES.items():
        try:
            names[name] = look_up(path)
        except (ImportError, AttributeError):
            raise Refused(f"MkDocs {found} has no {path}, which generator.speed.sitebuild calls") from None
    return SimpleNamespace(**{name: value for name, value in names.items() if "." not in name})


def look_up(path: str):
    """The object at `module:attribute.attribute` (the module itself where no attribute follows)."""
    module, _, attributes = path.partition(":")
    found = importlib.import_module(module)
    for attribute in filter(None, attributes.split(".")):
        found = getattr(found, attribute)
    return found


@contextmanager
def swapped(replacements: dict):
    """MkDocs' objects at these entries of MKDOCS_NAMES replaced while the block runs."""
    places = []
    for name, value in replacements.items():
        module, _, attributes = MKDOCS_NAMES[name][0].partition(":")
        owner_path, _, attribute = attributes.rpartition(".")
        owner = look_up(f"{module}:{owner_path}")
        places.append((owner, attribute, getattr(owner, attribute)))
        setattr(owner, attribute, value)
    try:
        yield
    finally:
        for owner, attribute, original in reversed(places):
            setattr(owner, attribute, original)


def building_of(target: Path) -> Path:
    """Where a site to take `target`'s place is built: beside it, so that one rename moves it."""
    return target.with_name(f".{target.name}.building")


def build(config_file: str = "mkdocs.yml", site_dir: str | None = None, workers: int | None = None,
          previous: str | None = None, into: str | None = None) -> str:
    """Build the site like `mkdocs build --strict`; raises Abort on any warning or error, and
    Refused, before anything is built, where this build would not give `mkdocs build`'s site
    (another MkDocs, a plugin it cannot run as MkDocs does).
    `previous`: a site this build's config built before (see `Reuse`), whose unchanged pages are
    linked rather than rendered again. `into` (relative to the config's folder, as site_dir is):
    build beside that folder, with it as `previous`, and put the complete build in its place.
    Returns what was built: how many pages (how many of them kept) and other files, on how many
    processes."""
    mk = mkdocs_names()
    target = None
    if into is not None:
        target = Path(config_file).resolve().parent / into
        site_dir, previous = str(building_of(target)), previous or str(target)
    config = mk.load_config(config_file, site_dir=site_dir, strict=True)  # Abort on a config warning
    refuse_plugins(config)
    # As the `mkdocs build` command does: on_startup before the build, on_shutdown after it, whatever happens.
    config.plugins.on_startup(command="build", dirty=False)
    try:
        return build_site(config, workers, previous, target)
    finally:
        config.plugins.on_shutdown()


def build_site(config, workers: int | None, previous: str | None, target: Path | None) -> str:
    """mkdocs.commands.build.build's steps for a loaded `config` (see `build`)."""
    mk = mkdocs_names()
    counter = mk.CountHandler()
    counter.setLevel(logging.WARNING)
    log.addHandler(counter)
    held = ExitStack()
    try:
        # No build while a generate writes docs/ (nor two builds at once): the archive's lock.
        held.enter_context(archive_lock([Path(config.docs_dir).parent], "site build"))
        recover(Path(config.docs_dir))  # a generate killed while moving its files in: finished first
        if target is not None:
            recover_folder(target)  # a build killed between two renames (no exchange): the old site back
            if not target.is_dir():
                previous = None
        config = config.plugins.on_config(config)
        config.plugins.on_pre_build(config=config)
        mk.clean_directory(config.site_dir)
        files = mk.get_files(config)
        env = config.theme.get_env()
        files.add_files_from_theme(env, config)
        files = config.plugins.on_files(files, config=config)
        mk.set_exclusions(files, config)
        nav = mk.get_navigation(files, config)
        nav = config.plugins.on_nav(nav, config=config, files=files)
        pages = list(files.documentation_pages(inclusion=mk.InclusionLevel.is_included))
        for file in pages:
            if file.page is None and file.inclusion.is_not_in_nav():
                mk.Page(None, file, config)
        # MkDocs runs on_env here (once every page is read), and on_post_build at the end: no
        # plugin of a config built here handles them (EVENTS_REFUSED).
        # A page takes precedence over a static file with the same output (MkDocs writes it after).
        page_outputs = {file.dest_uri for file in pages}
        static = [f for f in files if not f.is_documentation_page() and f.inclusion.is_included()
                  and f.dest_uri not in page_outputs]

        reuse = Reuse(config, pages, previous)
        kept = reuse.keep_unchanged(pages)
        render = [file for file in pages if file.src_uri not in kept]
        count = max(1, min(workers or os.cpu_count() or 1, len(render) // 50 or 1))
        _shared.update(config=config, files=files, nav=nav, env=env, pages=pages, render=render, static=static,
                       count=count)
        if count == 1:
            outcomes = [build_share(0)]
        else:
            with multiprocessing.get_context("fork").Pool(count) as pool:
                outcomes = pool.map(build_share, range(count))
        by_source = {file.src_uri: file for file in pages}
        outcomes.append((kept, {}))
        for rendered, warnings in outcomes:
            for source, (meta, title, anchors, links) in rendered.items():
                page = by_source[source].page
                page.meta, page.title, page.present_anchor_ids = meta, title, anchors
                page.links_to_anchors = {files.get_file_from_path(target): found for target, found in links.items()}
            for level, number in warnings.items():
                counter.counts[level] += number

        for template in config.theme.static_templates:
            if template not in page_outputs:
                mk._build_theme_template(template, env, files, config, nav)
        for template in config.extra_templates:
            mk._build_extra_template(template, files, config, nav)
        for file in pages:
            file.page.validate_anchor_links(files=files, log_level=config.validation.links.anchors)
        if counts := counter.get_counts():
            raise mk.Abort(f"Aborted with {', '.join(f'{v} {k.lower()}s' for k, v in counts)} in strict mode!")
        if previous or target is not None:  # kept for the next build given this one as its previous
            reuse.save({source: found for rendered, _ in outcomes for source, found in rendered.items()}, by_source)
        reused = f" ({len(kept)} kept from {previous})" if previous else ""
        if target is not None:
            pause_at("site built")
            replace_folder(Path(config.site_dir), target)  # the commit point: one rename
        return f"{len(pages)} pages{reused} and {len(static)} other files on {count} processes"
    except BaseException as error:
        if target is not None:
            shutil.rmtree(building_of(target), ignore_errors=True)
        if not isinstance(error, Exception):
            raise
        config.plugins.on_build_error(error=error)
        if isinstance(error, mk.BuildError):
            log.error(str(error))
            raise mk.Abort("Aborted with a BuildError!") from None
        raise
    finally:
        held.close()
        log.removeHandler(counter)
        _shared.clear()


def refuse_plugins(config) -> None:
    """Raise Refused naming each plugin that handles an event this build does not run as
    `mkdocs build` does (all but EVENTS_RUN), and the events; the config's hooks may handle
    page events (the archive's own, each changing its page's HTML alone: mkdocs.yml)."""
    found = {}
    for name, plugin in config.plugins.items():
        allowed = EVENTS_RUN + PAGE_EVENTS if name in config.hooks else EVENTS_RUN
        events = [f"on_{event}" for event in mkdocs_names().EVENTS
                  if event not in allowed and callable(getattr(plugin, f"on_{event}", None))]
        if events:
            found[name] = events
    if found:
        named = ", ".join(f"'{name}' ({', '.join(events)})" for name, events in found.items())
        handled = {event[3:] for events in found.values() for event in events}
        why = []
        if handled & set(PAGE_EVENTS):
            why.append("page events run in the worker processes here, so what is gathered from the pages is lost")
        if handled - set(PAGE_EVENTS):
            why.append("here on_env, on_post_build and the template events see pages not yet read or rendered")
        one = len(found) == 1
        raise Refused(f"{config.config_file_path}: {'plugin' if one else 'plugins'} {named} "
                      f"{'handles' if one else 'handle'} events that this build cannot run as MkDocs does "
                      f"({'; '.join(why)})")


def build_share(number: int) -> tuple[dict, dict]:
    """In a worker: copy every count-th static file, read, render and write every count-th page.
    Returns what the parent needs of each page (front-matter, title, anchors it holds, anchors
    it links to, by source path) and the number of warnings logged here, by level."""
    config, files, nav, env = (_shared[k] for k in ("config", "files", "nav", "env"))
    count = _shared["count"]
    warnings: Counter = Counter()
    tally = logging.Handler(logging.WARNING)
    tally.emit = lambda record: warnings.update([record.levelno])  # type: ignore[method-assign]
    log.addHandler(tally)
    mk = mkdocs_names()
    # MkDocs' own steps, with its front-matter reader and page renderer swapped for ours
    try:
        with swapped({"get_data": get_data, "Page.render": render_page}):
            docs = os.path.realpath(config.docs_dir) + os.sep
            for file in _shared["static"][number::count]:
                place(file, docs)
            share = _shared["render"][number::count]
            for file in share:
                mk._populate_page(file.page, config, files)
            for file in share:
                mk._build_page(file.page, config, _shared["pages"], nav, env)
    finally:
        log.removeHandler(tally)
        _markdown.clear()
    rendered = {}
    for file in share:
        page = file.page
        links = {target.src_uri: dict(found) for target, found in (page.links_to_anchors or {}).items()}
        rendered[file.src_uri] = (page.meta, page.title, page.present_anchor_ids, links)
    return rendered, dict(warnings)


class Reuse:
    """Pages of a previous build of the same config, taken as they are where nothing they are
    made of changed: their Markdown file (the generator replaces docs/ by a tree in which an
    unchanged file is the same file: same inode, size, time), the config, the theme overrides,
    the versions of MkDocs, Material, Markdown and their extensions, this module and
    SOURCE_DATE_EPOCH. A page of a site without plugins is made of its own Markdown and these
    alone, once every page it can link to is still there: so no page is reused when a page of
    the previous build is gone (its links must be checked again), nor when the config has
    plugins (a plugin may make a page from others) other than hooks (the archive's own, in the
    theme overrides, so in the fingerprint; each changes one page's HTML alone). What the
    parent needs of a kept page (front-matter, title, anchors) comes from
    `.cache/sitebuild/<config>.pickle`, beside the config, written after each build given a
    previous site (so the next one can be), once the build has no warnings."""

    PACKAGES = ("mkdocs", "mkdocs-material", "Markdown", "pymdown-extensions", "Jinja2", "Pygments")

    def __init__(self, config, pages: list, previous: str | None):
        root = os.path.dirname(os.path.abspath(config.config_file_path))
        self.state = os.path.join(root, ".cache", "sitebuild", os.path.basename(config.config_file_path) + ".pickle")
        self.config, self.previous = config, previous
        self.fingerprint = self.inputs(config)
        self.sources = {file.src_uri: signature(file.abs_src_path) for file in pages}
        self.last: dict = {}
        page_local = all(name in config.hooks for name in config.plugins)
        if previous and page_local and os.path.realpath(previous) != os.path.realpath(config.site_dir):
            try:
                with open(self.state, "rb") as saved:
                    fingerprint, last = pickle.load(saved)
            except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
                fingerprint, last = None, {}
            if fingerprint == self.fingerprint and last.keys() <= self.sources.keys():
                self.last = last

    @classmethod
    def inputs(cls, config) -> str:
        digest = hashlib.sha256()
        digest.update(Path(config.config_file_path).read_bytes())
        custom = config.theme.custom_dir
        for path in sorted(Path(custom).rglob("*")) if custom else []:
            if path.is_file():
                digest.update(path.relative_to(custom).as_posix().encode() + b"\0" + path.read_bytes())
        digest.update(Path(__file__).read_bytes())
        for package in cls.PACKAGES:
            digest.update(f"{package}={metadata.version(package)}\0".encode())
        digest.update(os.environ.get("SOURCE_DATE_EPOCH", "").encode())
        return digest.hexdigest()

    def keep_unchanged(self, pages: list) -> dict:
        """Link each unchanged page's output from the previous site into this one; returns what
        the parent needs of each (front-matter, title, anchors, anchors linked to), by source."""
        kept = {}
        for file in pages:
            last = self.last.get(file.src_uri)
            if last is None or last[0] != self.sources[file.src_uri]:
                continue
            old = os.path.join(self.previous, file.dest_uri)
            if signature(old) != last[1]:
                continue
            os.makedirs(os.path.dirname(file.abs_dest_path), exist_ok=True)
            try:
                os.link(old, file.abs_dest_path)
            except OSError:
                shutil.copyfile(old, file.abs_dest_path)
            kept[file.src_uri] = last[2]
        return kept

    def save(self, rendered: dict, by_source: dict) -> None:
        state = {source: (self.sources[source], signature(by_source[source].abs_dest_path), found)
                 for source, found in rendered.items()}
        replace_file(Path(self.state), pickle.dumps((self.fingerprint, state), protocol=pickle.HIGHEST_PROTOCOL))


# Not a channel: the one Markdown instance of this process's pages (`render_page`), each process its own.
_markdown: list = []


def render_page(page: Page, config, files) -> None:
    """MkDocs' Page.render (MkDocs 1.6) with one Markdown instance for all of a process's
    pages, reset between them, as Python-Markdown allows, instead of one made for each page
    (its extensions loaded and set up each time, for every page).
    MkDocs' own processors of the page are registered anew for each page, replacing the last
    page's under the same names."""
    if page.markdown is None:
        raise RuntimeError("`markdown` field hasn't been set (via `read_source`)")
    mk = mkdocs_names()
    if _markdown:
        md = _markdown[0]
        md.reset()
    else:
        md = markdown.Markdown(extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"] or {})
        _markdown.append(md)
    raw_html = mk._RawHTMLPreprocessor()
    raw_html._register(md)
    anchors = mk._ExtractAnchorsTreeprocessor(page.file, files, config)
    anchors._register(md)
    relative_paths = mk._RelativePathTreeprocessor(page.file, files, config)
    relative_paths._register(md)
    title = mk._ExtractTitleTreeprocessor()
    title._register(md)
    page.content = md.convert(page.markdown)
    page.toc = mk.get_toc(getattr(md, "toc_tokens", []))
    page._title_from_render = title.title
    page.present_anchor_ids = anchors.present_anchor_ids | raw_html.present_anchor_ids
    if mk.pages_log.getEffectiveLevel() > logging.DEBUG:
        page.links_to_anchors = relative_paths.links_to_anchors


def get_data(source: str) -> tuple[str, dict]:
    """MkDocs' front-matter reader (mkdocs.utils.meta.get_data), except that a front-matter
    the generator wrote (one `key: JSON` line per key) is read as JSON: the same values,
    without PyYAML, a large share of MkDocs' build otherwise. Anything else goes to MkDocs' reader."""
    mk = mkdocs_names()
    if match := mk.YAML_RE.match(source):
        data = read_front_matter_text(match.group(1))
        if data is not None:
            return source[match.end():].lstrip("\n"), data
    return mk.get_data(source)


def place(file, docs: str) -> None:
    """Put a static file into the site: a file of docs/ as a hard link (docs/ is only ever
    replaced, never written in place, so the site keeps the bytes it was built with; a link
    costs a fraction of a copy, and docs/ holds more than two static files per article), anything else
    (a theme's file, or one a plugin made in memory, which has no source path) written by MkDocs."""
    source = file.abs_src_path and os.path.realpath(file.abs_src_path)
    if source and source.startswith(docs):
        try:
            os.makedirs(os.path.dirname(file.abs_dest_path), exist_ok=True)
            if os.path.lexists(file.abs_dest_path):
                os.unlink(file.abs_dest_path)
            os.link(source, file.abs_dest_path)
            return
        except OSError:  # another file system, or one without hard links: copy
            pass
    file.copy_file()


def build_with_mkdocs(config_file: str, site_dir: str | None = None, into: str | None = None) -> None:
    """What `build` builds, built by `mkdocs build --strict` (MkDocs' own command, whichever
    version is installed) in the same way: under the archive's lock, a killed generate finished
    first, and with `into`, beside that folder and then in its place in one step. Raises
    RuntimeError where it fails; `into` is then as it was."""
    config = Path(config_file).resolve()
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", config_file]
    target = None if into is None else config.parent / into
    with archive_lock([config.parent], "site build (mkdocs build)"):
        recover(docs_dir(config))
        if target is not None:
            recover_folder(target)
            shutil.rmtree(building_of(target), ignore_errors=True)
            site_dir = str(building_of(target))
        result = subprocess.run(command + (["--site-dir", site_dir] if site_dir else []))
        if result.returncode != 0:
            if target is not None:
                shutil.rmtree(building_of(target), ignore_errors=True)
            raise RuntimeError(f"mkdocs build of {config_file} failed (status {result.returncode})"
                               + (f"; {into} is as it was" if into else ""))
        if target is not None:
            replace_folder(building_of(target), target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.speed.sitebuild", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-f", "--config-file", default="mkdocs.yml")
    parser.add_argument("-d", "--site-dir", default=None, help="default: site_dir of the config")
    parser.add_argument("--workers", type=int, default=None, help="processes (default: the available cores)")
    parser.add_argument("--previous", default=None,
                        help="a site this config built before: its unchanged pages are linked, not rendered again")
    parser.add_argument("--into", default=None,
                        help="build beside this folder and, once complete, put the build in its place in one step")
    parser.add_argument("--fallback", action="store_true",
                        help="where this build refuses the config or the installed MkDocs, build with "
                             "`mkdocs build --strict` instead, saying so in one line (as `make site` does)")
    args = parser.parse_args(argv)
    if args.into is not None and args.site_dir is not None:
        parser.error("--into builds beside its folder: give it or --site-dir, not both")
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)s - %(message)s"))
    handler.setLevel(logging.WARNING)
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    start = time.perf_counter()
    try:
        built = build(args.config_file, args.site_dir, args.workers, args.previous, args.into)
    except Refused as refused:
        if not args.fallback:
            print(refused, file=sys.stderr)
            return 1
        print(f"{refused.reason}: building with `mkdocs build --strict` instead", file=sys.stderr)
        try:
            build_with_mkdocs(args.config_file, args.site_dir, args.into)
        except (RuntimeError, ArchiveBusy) as error:
            print(error, file=sys.stderr)
            return 1
        built = "the site with `mkdocs build --strict`"
    except ArchiveBusy as error:
        print(error, file=sys.stderr)
        return 1
    except Exception as error:
        if not isinstance(error, mkdocs_names().Abort):
            raise
        print(error, file=sys.stderr)
        return 1
    print(f"built {built}{f' into {args.into}' if args.into else ''} in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
