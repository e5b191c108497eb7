"""Link checker for a built site: `python -m generator.tools.linkcheck site/`.

For every HTML page of the built site (public `site/` or the offline `offline/site/`):

- every internal href, src, srcset, form action and meta refresh resolves to a file of the
  site (a folder URL to its index.html);
- every #fragment names an id (or <a name>) in the target page: headings, paragraph anchors
  (#p3), calendar days;
- no page references another host, except the public permalink base (`site_url` in
  mkdocs.yml; a permalink must name a page of the site), the forge (`repo_url`, where set) and
  the source addresses allowed explicitly (`--allow`, and the `source_url` of every page
  sidecar in `--seeds`);
- no link uses `javascript:`, `vbscript:` or `data:` (CSS may inline `data:` images), except a
  citation download: `<a download>` with a base64 `data:` URL of a citation type (BibTeX, RIS,
  CSL-JSON), which a browser saves and never opens.

Stylesheets are checked for url() and @import the same way; sitemap.xml and feed.xml for
their addresses, which must be permalinks. Exit status 0 when all is well, 1 with one line per
problem otherwise.
"""
from __future__ import annotations

import argparse
import posixpath
import re
import sys
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from collections.abc import Sequence
from urllib.parse import unquote, urlsplit
from xml.etree import ElementTree

import yaml

from ..publish.citations import CITATION_TYPES

LINK_ATTRIBUTES = {"href", "src", "action", "poster", "data", "srcset", "formaction", "cite", "background"}
FORBIDDEN_SCHEMES = ("javascript", "vbscript", "data")
CITATION_DOWNLOAD = re.compile(f"data:({'|'.join(re.escape(mime) for _, _, mime in CITATION_TYPES)});"
                               r"charset=utf-8;base64,[A-Za-z0-9+/]*=*")
CSS_URL = re.compile(r"""url\(\s*(['"]?)(.*?)\1\s*\)|@import\s+(['"])(.*?)\3""", re.S)


@dataclass
class Links(HTMLParser):
    """The anchors a page offers and the links it makes, with their line numbers."""

    ids: set = field(default_factory=set)
    links: list = field(default_factory=list)  # (line, tag, attribute, url)

    def __post_init__(self):
        HTMLParser.__init__(self, convert_charrefs=True)

    def handle_starttag(self, tag, attrs):
        line = self.getpos()[0]
        attributes = dict(attrs)
        for name in ("id",) + (("name",) if tag == "a" else ()):
            if attributes.get(name):
                self.ids.add(attributes[name])
        for name, value in attrs:
            if value is None or name not in LINK_ATTRIBUTES:
                continue
            if tag == "form" and name == "action" and not value:
                continue
            if tag == "a" and name == "href" and "download" in attributes and CITATION_DOWNLOAD.fullmatch(value):
                continue
            if name == "srcset":
                for candidate in value.split(","):
                    if candidate.strip():
                        self.links.append((line, tag, name, candidate.strip().split()[0]))
            elif not (tag in ("svg", "path", "html") and name == "xmlns"):
                self.links.append((line, tag, name, value))
        if tag == "meta" and (attributes.get("http-equiv") or "").lower() == "refresh":
            match = re.search(r"url\s*=\s*['\"]?([^'\"]+)", attributes.get("content") or "", re.I)
            if match:
                self.links.append((line, tag, "content", match.group(1).strip()))

    handle_startendtag = handle_starttag


@dataclass
class Report:
    problems: list = field(default_factory=list)
    pages: int = 0
    links: int = 0

    def add(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")


class Checker:
    def __init__(self, site: Path, site_url: str, allowed: Sequence[str] = ()):
        self.site = Path(site)
        self.site_url = site_url if site_url.endswith("/") else site_url + "/"
        self.base_path = urlsplit(self.site_url).path or "/"
        self.allowed = [a for a in allowed if a]

    # --- files of the site ----------------------------------------------------------------------

    @cache  # noqa: B019 (a checker lives for one run; its pages are parsed once, kept with it)
    def parsed(self, relative: str) -> Links:
        parser = Links()
        parser.feed((self.site / relative).read_text(encoding="utf-8", errors="replace"))
        parser.close()
        return parser

    def target(self, path: str) -> str | None:
        """The site file a URL path (relative to the site root, unquoted) names, or None."""
        candidates = [path + "index.html" if path.endswith("/") or not path else path]
        if not path.endswith("/") and path:
            candidates.append(path + "/index.html")
        for candidate in candidates:
            parts = PurePosixPath(candidate).parts
            if ".." in parts:
                return None
            file = self.site / candidate
            if file.is_file():
                return candidate
        return None

    def permalink_target(self, url: str) -> str | None:
        """A permalink names a page of this site: `articles/x/` is articles/x/index.html in the
        public build and articles/x.html in the offline one."""
        path = unquote(urlsplit(url).path)[len(self.base_path):]
        found = self.target(path)
        if found is None and path.endswith("/"):
            found = self.target(path.rstrip("/") + ".html")
        return found

    # --- one link ---------------------------------------------------------------------------------

    def check(self, page: str, line: int, url: str, report: Report, fragments: bool = True) -> None:
        where = f"{page}:{line}"
        report.links += 1
        url = url.strip()
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme in FORBIDDEN_SCHEMES:
            report.add(where, f"{scheme}: link {url[:60]!r}")
            return
        if scheme or url.startswith("//"):
            absolute = url if scheme else "https:" + url
            if scheme not in ("http", "https", ""):
                report.add(where, f"link to another scheme {url[:80]!r}")
            elif absolute.startswith(self.site_url):
                if self.permalink_target(absolute) is None:
                    report.add(where, f"permalink {url!r} names no page of the site")
            elif not any(absolute.startswith(prefix) for prefix in self.allowed):
                report.add(where, f"external host {parts.netloc!r} ({url[:80]})")
            return
        if not parts.path and not parts.fragment:
            return  # "" or "?query": this page
        resolved = ""
        if parts.path.startswith("/"):
            if not parts.path.startswith(self.base_path):
                report.add(where, f"absolute link {url!r} outside the site's base {self.base_path!r}")
                return
            resolved = unquote(parts.path[len(self.base_path):])
        elif parts.path:
            joined = posixpath.normpath(posixpath.join(posixpath.dirname(page), unquote(parts.path)))
            if joined == ".." or joined.startswith("../"):
                report.add(where, f"link {url!r} leaves the site")
                return
            joined = "" if joined == "." else joined
            resolved = joined + "/" if parts.path.endswith("/") and joined else joined
        target = page if not parts.path else self.target(resolved)
        if target is None:
            report.add(where, f"broken link {url!r}: no file {resolved or 'index.html'!r}")
            return
        if fragments and parts.fragment and target.endswith(".html"):
            fragment = unquote(parts.fragment)
            if fragment not in self.parsed(target).ids:
                report.add(where, f"link {url!r}: no id {fragment!r} in {target}")

    # --- the whole site -----------------------------------------------------------------------------

    def run(self) -> Report:
        report = Report()
        if not self.site.is_dir():
            report.add(str(self.site), "no such folder")
            return report
        for path in sorted(self.site.rglob("*")):
            if not path.is_file():
                continue
            relative = path.relative_to(self.site).as_posix()
            if path.suffix == ".html":
                report.pages += 1
                for line, _tag, _attribute, url in self.parsed(relative).links:
                    self.check(relative, line, url, report)
            elif path.suffix == ".css":
                self.check_css(relative, report)
            elif path.name in ("sitemap.xml", "feed.xml"):
                self.check_xml(relative, report)
        return report

    def check_css(self, relative: str, report: Report) -> None:
        text = (self.site / relative).read_text(encoding="utf-8", errors="replace")
        for match in CSS_URL.finditer(text):
            url = match.group(2) if match.group(2) is not None else match.group(4)
            if not url.startswith("data:"):
                self.check(relative, text.count("\n", 0, match.start()) + 1, url, report, fragments=False)

    def check_xml(self, relative: str, report: Report) -> None:
        """Sitemap <loc> and Atom <link href>: absolute addresses, permalinks of this site."""
        try:
            root = ElementTree.parse(self.site / relative).getroot()
        except ElementTree.ParseError as error:
            report.add(relative, f"not well-formed XML ({error})")
            return
        for element in root.iter():
            name = element.tag.rsplit("}", 1)[-1]
            url = element.text if name == "loc" else element.get("href") if name == "link" else None
            if url is None:
                continue
            if not url.startswith(("http://", "https://")):
                report.add(relative, f"address {url!r} is not absolute")
            else:
                self.check(relative, 0, url.strip(), report, fragments=False)


# --- command line -------------------------------------------------------------------------------

def site_url_of(config: Path) -> str:
    match = re.search(r"^site_url:\s*(\S+)", config.read_text(encoding="utf-8"), re.MULTILINE)
    if not match:
        raise SystemExit(f"error: {config}: no site_url")
    return match.group(1)


def repo_url_of(config: Path) -> list[str]:
    """`repo_url` where set: article pages link its new-issue form (报告切分错误)."""
    match = re.search(r"^repo_url:\s*(\S+)", config.read_text(encoding="utf-8"), re.MULTILINE)
    return [match.group(1).rstrip("/") + "/"] if match else []


def source_urls(seeds: Path) -> list[str]:
    """The `source_url` of every page sidecar: the sources a page may link to."""
    urls = []
    for sidecar in sorted(Path(seeds).rglob("*.yml")) if Path(seeds).is_dir() else []:
        try:
            data = yaml.safe_load(sidecar.read_text(encoding="utf-8"))
        except (yaml.YAMLError, UnicodeDecodeError):
            continue
        if isinstance(data, dict) and isinstance(data.get("source_url"), str):
            urls.append(data["source_url"])
    return urls


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.tools.linkcheck", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", type=Path, help="the built site folder (site/ or offline/site/)")
    parser.add_argument(
        "--config", type=Path, default=Path("mkdocs.yml"), help="where site_url is set (default: mkdocs.yml)"
    )
    parser.add_argument("--site-url", help="the public permalink base (default: site_url in --config)")
    parser.add_argument("--allow", action="append", default=[], metavar="URL",
                        help="an address prefix pages may link to (a real source); repeatable")
    parser.add_argument("--seeds", type=Path, default=Path("seeds"),
                        help="page folder whose sidecars' source_url are allowed (default: seeds)")
    args = parser.parse_args(argv)
    site_url = args.site_url or site_url_of(args.config)
    report = Checker(args.site, site_url, args.allow + repo_url_of(args.config) + source_urls(args.seeds)).run()
    for problem in report.problems:
        print(problem)
    print(f"{report.pages} pages, {report.links} links checked, {len(report.problems)} problems", file=sys.stderr)
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
