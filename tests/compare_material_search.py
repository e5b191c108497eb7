"""Material's built-in search on the same articles and queries, for comparison with the archive's.

    .venv/bin/python -m tests.compare_material_search [--queries 双城经济圈 碳达峰 ...]

Builds the seed archive twice in a scratch folder: with Material's search plugin (jieba
segmentation with the archive's user dictionary, the separator Material recommends for
Chinese) and with the archive's own search; types every query of tests/test_search.py into each
in Chromium over HTTP and counts the article pages returned against the articles that contain
the query. Prints one line per query and the totals (recall, precision). Not part of the test
suite: it takes a minute and measures Material, not the archive.
"""
from __future__ import annotations

import argparse
import functools
import http.server
import json
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from urllib.parse import quote

from generator.speed.run import generate

from generator.tools import search_twin as twin
from .conftest import ROOT, SEEDS
from .test_browser import ARGS, CHROMIUM
from .test_search import QUERIES, expected

ARTICLE = re.compile(r"articles/([0-9a-z]+)(?:/|\.html)")
MATERIAL_CONFIG = """INHERIT: mkdocs.yml
site_dir: material-site
theme:
  name: material
  language: zh
  custom_dir: material_overrides
plugins:
  - search:
      separator: '[\\s\\u200b\\-]'
      jieba_dict_user: {userdict}
"""


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}/"


def build(work: Path) -> list[dict]:
    shutil.copytree(SEEDS, work / "seeds")
    generate(work / "seeds", work / "docs")
    for name in ("mkdocs.yml", "mkdocs.offline.yml"):
        shutil.copy(ROOT / name, work / name)
    (work / "theme_overrides").symlink_to(ROOT / "theme_overrides")
    # Material's own header and search box: the archive's templates without its header partials.
    shutil.copytree(ROOT / "theme_overrides", work / "material_overrides", ignore=shutil.ignore_patterns("partials"))
    (work / "material.yml").write_text(MATERIAL_CONFIG.format(userdict=ROOT / "generator" / "data" / "userdict.txt"),
                                       encoding="utf-8")
    for config in ("mkdocs.yml", "material.yml"):
        result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", config], cwd=work,
                                capture_output=True, text=True)
        if result.returncode:
            raise SystemExit(result.stderr)
    lines = (work / "docs" / "data" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def material_results(page, base: str, query: str) -> list[str]:
    """Article ids Material's search lists for a query (every result, scrolled into view)."""
    page.goto(base)
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    page.wait_for_function("document.querySelector('.md-search-result__meta') && "
                           "!/正在|初始化|Initializing|Type to/i.test(document.querySelector('.md-search-result__meta').textContent)")
    page.wait_for_timeout(300)
    previous = -1
    while True:
        links = page.eval_on_selector_all(".md-search-result__item > a.md-search-result__link",
                                          "links => links.map(a => a.getAttribute('href'))")
        if len(links) == previous:
            break
        previous = len(links)
        page.evaluate("document.querySelector('.md-search__scrollwrap').scrollTop = 1e9")
        page.wait_for_timeout(250)
    return sorted({m.group(1) for href in links if (m := ARTICLE.search(href))})


def archive_results(page, base: str, query: str) -> list[str]:
    page.goto(f"{base}search/?q={quote(query)}")
    page.wait_for_selector("[data-search-page]:is([data-search-state=done], [data-search-state=idle])", state="attached")
    while page.locator("[data-search-more]").is_visible():
        count = page.locator("[data-search-results] a").count()
        page.locator("[data-search-more]").click()
        page.wait_for_function(f"document.querySelectorAll('[data-search-results] a').length > {count}")
    hrefs = page.eval_on_selector_all("[data-search-results] a", "links => links.map(a => a.getAttribute('href'))")
    return sorted({m.group(1) for href in hrefs if (m := ARTICLE.search(href))})


def score(got: list[str], want: set[str]) -> tuple[int, int, int]:
    return len(want), len(got), len(set(got) & want)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--queries", nargs="*", default=QUERIES)
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        records = build(work)
        material, material_base = serve(work / "material-site")
        archive, archive_base = serve(work / "site")
        totals = {"material": [0, 0, 0], "archive": [0, 0, 0]}
        exact = {"material": 0, "archive": 0}
        print(f"{'query':<22} {'contain':>7} | {'Material: found right':>22} | {'archive: found right':>21}")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            for query in args.queries:
                want = expected(records, query)
                row = {"material": score(material_results(page, material_base, query), want),
                       "archive": score(archive_results(page, archive_base, query), want)}
                for name, (w, g, r) in row.items():
                    totals[name] = [a + b for a, b in zip(totals[name], (w, g, r))]
                    exact[name] += g == r == w
                (w, mg, mr), (_, ag, ar) = row["material"], row["archive"]
                print(f"{query:<22} {w:>7} | {mg:>14} {mr:>7} | {ag:>13} {ar:>7}")
            browser.close()
        material.shutdown()
        archive.shutdown()
        for name, (w, g, r) in totals.items():
            print(f"{name}: recall {r / max(w, 1):.3f}, precision {r / max(g, 1):.3f}, "
                  f"exact on {exact[name]} of {len(args.queries)} queries")
        figures = twin.index_figures({p.relative_to(work / "docs").as_posix(): p.read_text(encoding="utf-8")
                                        for p in (work / "docs" / "search").rglob("*.js")})
        index = work / "material-site" / "search" / "search_index.json"
        print(f"index bytes: Material {index.stat().st_size}, archive "
              f"{sum(part['bytes'] for part in figures.values())} in {sum(p['files'] for p in figures.values())} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
