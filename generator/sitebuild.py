"""MkDocs' build, its pages spread over the available cores: `python -m generator.sitebuild`.

    python -m generator.sitebuild [--config-file mkdocs.yml] [--site-dir DIR] [--workers N] [--previous DIR]
    python -m generator.sitebuild --into site      (as `make site` does)

MkDocs renders one page after another in one process; in a large archive that is most of the
time it takes to publish it. This runs the same steps as `mkdocs build --strict`
(mkdocs.commands.build.build, MkDocs 1.6, whose helpers it calls), except that the pages and the
static files are divided among forked worker processes, each of which reads, renders and writes
its share (each with one Markdown instance for all its pages, see `render_page`). What needs
every page is done once all are rendered, in the parent: the theme's templates (the sitemap
reads every page's front-matter, sent back by the workers) and the check of `#anchor` links
(each worker sends back the anchors its pages hold and link to).
A front-matter the generator wrote is read as the JSON it is (see `get_data`). Given the site
this config built last (`--previous`, as `make site` does), a page whose Markdown and everything
else it is made of are unchanged is linked from it instead of rendered (see `Reuse`). The output is the
same as MkDocs' own build, byte for byte (tests/test_sitebuild.py), and so are the warnings, each
logged once; as with `--strict`, any warning fails the build. A config with a plugin that handles
page events (other than its hooks) is refused: such a plugin's state would stay in the workers.

`--into DIR` publishes all or nothing: the site is built beside DIR (`.DIR.building`, with DIR
as the previous site) and, once complete, takes DIR's place in one step (`offline.replace_folder`:
the two names exchanged), under the archive's lock; DIR is never missing, and a failed or
interrupted build leaves it as it was.

`mkdocs serve` stays MkDocs' own.
"""
from __future__ import annotations

import argparse
import hashlib
import logging
import multiprocessing
import os
import pickle
import shutil
import sys
import time
from collections import Counter
from contextlib import ExitStack
from importlib import metadata
from pathlib import Path

import markdown
from mkdocs import utils
from mkdocs.utils import meta as mkdocs_meta
from mkdocs.commands import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, BuildError
from mkdocs.structure.files import InclusionLevel, get_files, set_exclusions
from mkdocs.structure.nav import get_navigation
from mkdocs.structure import pages as mkdocs_pages
from mkdocs.structure.pages import Page

from .offline import recover_folder, replace_folder
from .page_cache import replace_file, signature
from .runlock import ArchiveBusy, archive_lock
from .tree import pause_at, recover
from .write import read_front_matter_text

log = logging.getLogger("mkdocs")
# The events MkDocs runs for each page. Here they run in the worker that renders the page, so
# whatever a plugin gathers from the pages in them (MkDocs' or Material's search: every page,
# for the index it writes in on_post_build) never reaches the parent: such a config is refused.
PAGE_EVENTS = ("pre_page", "page_read_source", "page_markdown", "page_content", "page_context", "post_page")
mkdocs_get_data = mkdocs_meta.get_data
mkdocs_render = Page.render
_shared: dict = {}  # what the workers inherit through fork: config, files, nav, env, the shares


def building_of(target: Path) -> Path:
    """Where a site to take `target`'s place is built: beside it, so that one rename moves it."""
    return target.with_name(f".{target.name}.building")


def build(config_file: str = "mkdocs.yml", site_dir: str | None = None, workers: int | None = None,
          previous: str | None = None, into: str | None = None) -> str:
    """Build the site like `mkdocs build --strict`; raises Abort on any warning or error.
    `previous`: a site this build's config built before (see `Reuse`), whose unchanged pages are
    linked rather than rendered again. `into` (relative to the config's folder, as site_dir is):
    build beside that folder, with it as `previous`, and put the complete build in its place.
    Returns what was built: how many pages (how many of them kept) and other files, on how many
    processes."""
    target = None
    if into is not None:
        target = Path(config_file).resolve().parent / into
        site_dir, previous = str(building_of(target)), previous or str(target)
    counter = utils.CountHandler()
    counter.setLevel(logging.WARNING)
    log.addHandler(counter)
    held = ExitStack()
    try:
        config = load_config(config_file, site_dir=site_dir, strict=True)
        refuse_page_plugins(config)
        # No build while a generate writes docs/ (nor two builds at once): the archive's lock.
        held.enter_context(archive_lock([Path(config.docs_dir).parent], "site build"))
        recover(Path(config.docs_dir))  # a generate killed while moving its files in: finished first
        if target is not None:
            recover_folder(target)  # a build killed between two renames (no exchange): the old site back
            if not target.is_dir():
                previous = None
        config = config.plugins.on_config(config)
        config.plugins.on_pre_build(config=config)
        utils.clean_directory(config.site_dir)
        files = get_files(config)
        env = config.theme.get_env()
        files.add_files_from_theme(env, config)
        files = config.plugins.on_files(files, config=config)
        set_exclusions(files, config)
        nav = get_navigation(files, config)
        nav = config.plugins.on_nav(nav, config=config, files=files)
        pages = list(files.documentation_pages(inclusion=InclusionLevel.is_included))
        for file in pages:
            if file.page is None and file.inclusion.is_not_in_nav():
                Page(None, file, config)
        env = config.plugins.on_env(env, config=config, files=files)
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
                mkdocs_build._build_theme_template(template, env, files, config, nav)
        for template in config.extra_templates:
            mkdocs_build._build_extra_template(template, files, config, nav)
        for file in pages:
            file.page.validate_anchor_links(files=files, log_level=config.validation.links.anchors)
        config.plugins.on_post_build(config=config)
        if counts := counter.get_counts():
            raise Abort(f"Aborted with {', '.join(f'{v} {k.lower()}s' for k, v in counts)} in strict mode!")
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
        if "config" in locals():
            config.plugins.on_build_error(error=error)
        if isinstance(error, BuildError):
            log.error(str(error))
            raise Abort("Aborted with a BuildError!") from None
        raise
    finally:
        held.close()
        log.removeHandler(counter)
        _shared.clear()


def refuse_page_plugins(config) -> None:
    """Raise Abort naming each plugin that handles a page event, but the config's hooks (the
    archive's own, each changing its page's HTML alone: mkdocs.yml)."""
    found = {name: [f"on_{event}" for event in PAGE_EVENTS if callable(getattr(plugin, f"on_{event}", None))]
             for name, plugin in config.plugins.items() if name not in config.hooks}
    if named := [f"'{name}' ({', '.join(events)})" for name, events in found.items() if events]:
        one = len(named) == 1
        raise Abort(f"{config.config_file_path}: {'plugin' if one else 'plugins'} {', '.join(named)} "
                    f"{'handles' if one else 'handle'} page events, which run in separate processes here, so what "
                    "is gathered from the pages would be lost: build this config with `mkdocs build`")


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
    # MkDocs 1.6's own steps, with its front-matter reader and page renderer swapped for ours
    mkdocs_meta.get_data = get_data  # type: ignore[assignment]
    Page.render = render_page  # type: ignore[method-assign, assignment]
    try:
        docs = os.path.realpath(config.docs_dir) + os.sep
        for file in _shared["static"][number::count]:
            place(file, docs)
        share = _shared["render"][number::count]
        for file in share:
            mkdocs_build._populate_page(file.page, config, files)
        for file in share:
            mkdocs_build._build_page(file.page, config, _shared["pages"], nav, env)
    finally:
        log.removeHandler(tally)
        mkdocs_meta.get_data = mkdocs_get_data
        Page.render = mkdocs_render  # type: ignore[method-assign]
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


_markdown: list = []  # the Markdown instance of this process's pages (`render_page`)


def render_page(page: Page, config, files) -> None:
    """MkDocs' Page.render (MkDocs 1.6) with one Markdown instance for all of a process's
    pages, reset between them, as Python-Markdown allows, instead of one made for each page
    (its extensions loaded and set up each time, for every page).
    MkDocs' own processors of the page are registered anew for each page, replacing the last
    page's under the same names."""
    if page.markdown is None:
        raise RuntimeError("`markdown` field hasn't been set (via `read_source`)")
    if _markdown:
        md = _markdown[0]
        md.reset()
    else:
        md = markdown.Markdown(extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"] or {})
        _markdown.append(md)
    raw_html = mkdocs_pages._RawHTMLPreprocessor()
    raw_html._register(md)
    anchors = mkdocs_pages._ExtractAnchorsTreeprocessor(page.file, files, config)
    anchors._register(md)
    relative_paths = mkdocs_pages._RelativePathTreeprocessor(page.file, files, config)
    relative_paths._register(md)
    title = mkdocs_pages._ExtractTitleTreeprocessor()
    title._register(md)
    page.content = md.convert(page.markdown)
    page.toc = mkdocs_pages.get_toc(getattr(md, "toc_tokens", []))
    page._title_from_render = title.title
    page.present_anchor_ids = anchors.present_anchor_ids | raw_html.present_anchor_ids
    if mkdocs_pages.log.getEffectiveLevel() > logging.DEBUG:
        page.links_to_anchors = relative_paths.links_to_anchors


def get_data(source: str) -> tuple[str, dict]:
    """MkDocs' front-matter reader (mkdocs.utils.meta.get_data), except that a front-matter
    the generator wrote (one `key: JSON` line per key) is read as JSON: the same values,
    without PyYAML, a large share of MkDocs' build otherwise. Anything else goes to MkDocs' reader."""
    if match := mkdocs_meta.YAML_RE.match(source):
        data = read_front_matter_text(match.group(1))
        if data is not None:
            return source[match.end():].lstrip("\n"), data
    return mkdocs_get_data(source)


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.sitebuild", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-f", "--config-file", default="mkdocs.yml")
    parser.add_argument("-d", "--site-dir", default=None, help="default: site_dir of the config")
    parser.add_argument("--workers", type=int, default=None, help="processes (default: the available cores)")
    parser.add_argument("--previous", default=None,
                        help="a site this config built before: its unchanged pages are linked, not rendered again")
    parser.add_argument("--into", default=None,
                        help="build beside this folder and, once complete, put the build in its place in one step")
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
    except (Abort, ArchiveBusy) as error:
        print(error, file=sys.stderr)
        return 1
    print(f"built {built}{f' into {args.into}' if args.into else ''} in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
