"""Scale benchmark: a synthetic archive of N articles through the whole pipeline.

    BENCH_N=10000 make bench        (or: python -m generator.tools.bench --n 10000)

The corpus is made from the seed pages themselves, so it has their artifacts (wrapping styles,
stray spaces, doubled glyphs, displaced headlines): page k is seed page k mod 5, with its digits
rotated and a serial number set into its first number, so no two pages are the same text and the
duplicate-page check lets them all through; each gets a sidecar with a newspaper, a date and a
page number. Stages are timed one by one and a final line sums them up:

    bench articles=N generate_s=… search_index_s=… mkdocs_s=… total_s=… bare_mkdocs_s=…
          ratio=… peak_rss_mb=… site_mb=… first_query_kb=… next_query_kb=…
          stock_mkdocs_s=… zensical_s=… sitebuild_cpu_s=… mkdocs_cpu_s=… zensical_cpu_s=…
          incremental_s=… full_generate_s=… incremental_share=… incremental_identical=…
          incremental_site_s=… incremental_stock_s=… incremental_zensical_s=…
          first_query_ms=… next_query_ms=…

generate_s is the generation as `generate` runs it, search index included (merged in a process
of its own while the pages and indexes are rendered, each process adding its files to the new
docs/ tree); search_index_s is the search index alone, timed apart; total_s = generate_s +
mkdocs_s, the wall time of the whole pipeline.
bare_mkdocs_s is MkDocs with Material building the same article Markdown alone (no index pages,
no search) with its own `mkdocs build`, in the same run; mkdocs_s is the archive's site built as
`make site` builds it (generator.speed.sitebuild: MkDocs' build with the pages spread over the cores);
ratio = total_s / bare_mkdocs_s.

Incremental regeneration: one more page is added and `python -m generator generate` runs again
on the same folder (its caches warm), in a process of its own as the archivist runs it; then a
copy of the folder without the caches is generated from scratch the same way (full_generate_s),
and the two docs/ trees are compared byte for byte. peak_rss_mb is taken
before these two runs and the builders' comparison below (of the bench process, sitebuild and
the bare MkDocs), so it is the figure of one full build.

The three builders on the same docs/ and mkdocs.yml, each into a folder of its own and from
nothing (no previous site, Zensical's cache emptied): mkdocs_s as `make site` builds it
(generator.speed.sitebuild), stock_mkdocs_s with MkDocs' own `mkdocs build`, zensical_s as `make
site-zensical` builds it (generator.tools.zensicalbuild); <builder>_cpu_s is the CPU time of all its
processes, steadier than wall time on a busy machine. With `--rounds R` (BENCH_ROUNDS) they are
built R times more, each round starting with the next builder, and also R pages are added one
after another; every figure a builder or a regeneration gives is then the median of its runs
(each run printed on its stage line).

incremental_site_s is the site built again after that page was added, as `make site` builds it
(the pages whose Markdown is unchanged linked from the site built before); incremental_stock_s
the whole site again with `mkdocs build`, which has nothing to reuse; incremental_zensical_s
Zensical's build with its cache from the build before.

Query figures: bytes are what the search page loads for 双城经济圈 on a fresh page (first) and
then 碳达峰 试点 on the same page (next); the milliseconds are the same two queries in Debian's
Chromium against the built site over a local HTTP server (first: from navigation until the
results show; next: from pressing Enter). Without Chromium the times are left out.
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import yaml

from ..speed.run import without_cyclic_gc

ROOT = Path(__file__).resolve().parent.parent.parent
NEWSPAPERS = ["成都日报", "重庆日报", "经济日报", "四川日报"]
QUERIES = ["双城经济圈", "碳达峰 试点"]
# The baseline site: Material, the same Markdown extensions and the same navigation shape as
# mkdocs.yml (articles outside the nav, so no page carries a 10,000-entry menu), nothing else.
BARE_CONFIG = """\
site_name: bare
site_url: https://example.org/
theme: {name: material, language: zh, font: false}
plugins: []
markdown_extensions:
  - attr_list
  - md_in_html
  - tables
  - toc: {permalink: "¶", slugify: !!python/object/apply:pymdownx.slugs.slugify {kwds: {case: lower}}}
nav: [index.md]
not_in_nav: /articles/
validation: {nav: {omitted_files: ignore}, links: {not_found: ignore, anchors: ignore, unrecognized_links: ignore}}
"""


def synthetic_page(text: str, serial: int) -> str:
    """The seed text with its digits rotated and the serial set into its first number."""
    shift = serial % 10
    rotated = text.translate({ord(str(d)): str((d + shift) % 10) for d in range(10)})
    return re.sub(r"\d+", lambda m: f"{m.group(0)}{serial}", rotated, count=1)


def make_corpus(folder: Path, articles: int, items_per_seed: dict[str, int], pages: int | None = None) -> int:
    """Pages until at least `articles` items (or `pages` pages); returns the number of pages."""
    folder.mkdir(parents=True)
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    count = serial = 0
    while (count < articles) if pages is None else (serial < pages):
        seed = serial % len(seeds)
        day = serial // (len(NEWSPAPERS) * 8)
        year, day_of_year = 2020 + day // 360, day % 360
        stem = f"p{serial:06d}"
        (folder / f"{stem}.txt").write_text(synthetic_page(texts[seed], serial), encoding="utf-8")
        sidecar = {"newspaper": NEWSPAPERS[serial % len(NEWSPAPERS)],
                   "date": f"{year}-{day_of_year // 30 + 1:02d}-{day_of_year % 30 + 1:02d}",
                   "page": f"{serial % 8 + 1:02d}"}
        (folder / f"{stem}.yml").write_text(yaml.safe_dump(sidecar, allow_unicode=True), encoding="utf-8")
        count += items_per_seed.get(seeds[seed].name, 0)
        serial += 1
    return serial


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


# Each builder as the archive runs it, and the folder its full build goes to (beside the config).
BUILDERS = {
    # `make site`: the pages over the cores, given the site built before as its previous
    "sitebuild": (["generator.speed.sitebuild", "--previous", "site"], "site"),
    # MkDocs' own single-process build
    "mkdocs": (["mkdocs", "build", "--quiet"], "site.mkdocs"),
    # `make site-zensical`
    "zensical": (["generator.tools.zensicalbuild"], "site-zensical"),
}


def mkdocs(config: Path, cwd: Path, builder: str = "sitebuild", site_dir: str | None = None) -> tuple[float, float]:
    """Seconds to build the site of `config` into `site_dir` (default: the builder's own folder)
    with `builder` (see BUILDERS): wall time, and CPU time of all its processes (on a busy
    machine the steadier of the two)."""
    command, default = BUILDERS[builder]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", *command, "--site-dir", site_dir or default, "-f", str(config)], cwd=cwd,
                   check=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "0"})
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def full_build(work: Path, builder: str) -> tuple[float, float]:
    """`builder`'s site of work/mkdocs.yml from nothing: its folder removed first, and for
    Zensical its cache (everything in .cache/ but the generator's and sitebuild's own)."""
    shutil.rmtree(work / BUILDERS[builder][1], ignore_errors=True)
    if builder == "zensical":
        for entry in (work / ".cache").iterdir() if (work / ".cache").is_dir() else []:
            if entry.name not in ("seeds", "sitebuild"):
                shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    return mkdocs(work / "mkdocs.yml", work, builder)


def html_pages(site: Path) -> int:
    return sum(1 for _ in site.rglob("index.html"))


def in_turn(turn: int) -> list[str]:
    """The builders in the order of round `turn`: each round starts with the next one."""
    names = list(BUILDERS)
    return names[turn % len(names):] + names[:turn % len(names)]


def median(values: list[float]) -> float:
    return round(statistics.median(values), 1)


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def stage(name: str, seconds: float, **extra) -> None:
    details = " ".join(f"{k}={v}" for k, v in extra.items())
    print(f"stage {name:<30} {seconds:8.2f} s {details}".rstrip(), flush=True)


@without_cyclic_gc()  # as `generate` runs
def staged_generate(work: Path) -> tuple[int, dict, float, float]:
    """`generate`'s stages one by one, timed: returns the items, the search files, the seconds
    of generation (search index included) and of the search index alone."""
    from ..archive.build import require_full_coverage
    from ..publish.pages import export_records
    from ..speed.search_merge import search_files
    from ..speed.render import render_docs
    from ..speed.run import build_archive
    from ..speed.tree import TreeWriter

    start = time.perf_counter()
    archive = build_archive(work / "seeds")
    require_full_coverage(archive.results)
    cut = time.perf_counter() - start
    items = sum(len(p.items) for p in archive.pages)
    stage("read+segment", cut, items=items)
    with TreeWriter(work / "docs") as tree:  # as `generate` writes docs/: each process adds its own files
        start = time.perf_counter()
        render_docs(archive.pages, archive.retired, into=tree, precomputed=archive.made)
        render_time = time.perf_counter() - start
        stage("pages+indexes+search", render_time, files=tree.written + tree.unchanged)
        start = time.perf_counter()
        tree.commit()
        write_time = time.perf_counter() - start
    stage("commit docs", write_time)
    # The search index alone, for its own figure: in render_docs it is merged beside the rendering.
    records = export_records(archive.pages)
    start = time.perf_counter()
    search = search_files(records, archive.made[0])
    search_time = time.perf_counter() - start
    stage(
        "(search index)",
        search_time,
        files=len(search),
        mb=round(sum(map(len, map(str.encode, search.values()))) / 1e6, 1),
    )
    return items, search, cut + render_time + write_time, search_time


def run(articles: int, work: Path, rounds: int = 0) -> dict:
    from ..speed.run import build_folder
    from .search_twin import search_payload_bytes

    if work.exists():
        shutil.rmtree(work)
    per_seed = {r.page.raw.file: len(r.page.items) for r in build_folder(ROOT / "seeds")}
    start = time.perf_counter()
    pages = make_corpus(work / "seeds", articles, per_seed)
    stage("corpus", time.perf_counter() - start, pages=pages)

    items, search, generate_time, search_time = staged_generate(work)

    for name in ("mkdocs.yml", "mkdocs.offline.yml"):
        shutil.copy(ROOT / name, work / name)
    if not (work / "theme_overrides").exists():
        (work / "theme_overrides").symlink_to(ROOT / "theme_overrides")
    builds: dict[str, list[tuple[float, float]]] = {name: [] for name in BUILDERS}
    builds["sitebuild"].append(full_build(work, "sitebuild"))
    stage("mkdocs", builds["sitebuild"][0][0], cpu_s=round(builds["sitebuild"][0][1], 1),
          site_mb=round(folder_mb(work / "site"), 1))

    # The baseline: the same article Markdown, Material, nothing else.
    bare = work / "bare"
    (bare / "docs").mkdir(parents=True)
    shutil.copytree(work / "docs" / "articles", bare / "docs" / "articles")
    (bare / "docs" / "index.md").write_text("# 档案\n", encoding="utf-8")
    (bare / "mkdocs.yml").write_text(BARE_CONFIG, encoding="utf-8")
    bare_time, _ = mkdocs(bare / "mkdocs.yml", bare, "mkdocs", "site")
    stage("bare mkdocs", bare_time)

    payload = search_payload_bytes(search, QUERIES)
    latency = query_latency(work / "site", QUERIES)
    peak = peak_rss_mb()  # of the staged run: the builds and regenerations below are not one publication
    del search
    # The three builders from nothing, in turn: sitebuild has had its first run above.
    for turn in range(rounds + 1):
        for name in in_turn(turn):
            if turn == 0 and name == "sitebuild":
                continue
            builds[name].append(full_build(work, name))
            stage(f"site ({name})", builds[name][-1][0], cpu_s=round(builds[name][-1][1], 1),
                  pages=html_pages(work / BUILDERS[name][1]))
    incremental = incremental_run(work, pages, rounds)
    mkdocs_time = statistics.median(wall for wall, _ in builds["sitebuild"])
    total = generate_time + mkdocs_time
    return {"articles": items, "generate_s": round(generate_time, 1), "search_index_s": round(search_time, 1),
            "mkdocs_s": round(mkdocs_time, 1), "total_s": round(total, 1), "bare_mkdocs_s": round(bare_time, 1),
            "ratio": round(total / bare_time, 2), "peak_rss_mb": round(peak),
            "site_mb": round(folder_mb(work / "site"), 1),
            "first_query_kb": round(payload["first"] / 1024, 1), "next_query_kb": round(payload["next"] / 1024, 1),
            "stock_mkdocs_s": median([wall for wall, _ in builds["mkdocs"]]),
            "zensical_s": median([wall for wall, _ in builds["zensical"]]),
            **{f"{name}_cpu_s": median([cpu for _, cpu in times]) for name, times in builds.items()},
            **incremental, **latency}


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def generate_command(seeds: Path, docs: Path) -> tuple[float, str]:
    """`python -m generator generate` as the archivist runs it, in a process of its own:
    seconds (start-up included) and what it said."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "generator", "generate", "--input", str(seeds), "--output", str(docs)],
                          cwd=ROOT, check=True, capture_output=True, text=True)
    return time.perf_counter() - start, done.stderr.strip().splitlines()[-1]


def incremental_run(work: Path, pages: int, rounds: int = 0) -> dict:
    """Add one page (one in each of `rounds` rounds more), regenerate with the cache warm and
    build the site with each builder, in turn; then regenerate a cache-less copy in full. Each
    is a command in a fresh process, as the archivist runs it."""
    generate_command(work / "seeds", work / "docs")  # the staged run above wrote no ids.lock: publish the ids
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    runs: dict[str, list[float]] = {"generate": [], **{name: [] for name in BUILDERS}}
    for turn in range(rounds + 1):
        stem = f"p{pages + turn:06d}"
        text = seeds[(pages + turn) % len(seeds)].read_text(encoding="utf-8")
        (work / "seeds" / f"{stem}.txt").write_text(synthetic_page(text, pages + turn), encoding="utf-8")
        (work / "seeds" / f"{stem}.yml").write_text(f"newspaper: {NEWSPAPERS[0]}\ndate: '2030-01-{turn % 28 + 1:02d}'\n"
                                                    "page: '01'\n", encoding="utf-8")
        seconds, said = generate_command(work / "seeds", work / "docs")
        runs["generate"].append(seconds)
        stage("incremental", seconds, said=f"'{said}'")
        for name in in_turn(turn):
            if name == "sitebuild":  # prints how many pages it kept; then the previous of the next round
                wall, used = mkdocs(work / "mkdocs.yml", work, name, "site.next")
                shutil.rmtree(work / "site")
                (work / "site.next").rename(work / "site")
            else:  # mkdocs: nothing to reuse, the whole site; Zensical: its cache as the build before left it
                if name == "mkdocs":
                    shutil.rmtree(work / BUILDERS[name][1], ignore_errors=True)
                wall, used = mkdocs(work / "mkdocs.yml", work, name)
            runs[name].append(wall)
            stage(f"incremental site ({name})", wall, cpu_s=round(used, 1))
    fresh = work / "fresh"
    shutil.copytree(work / "seeds", fresh / "seeds")
    full, _ = generate_command(fresh / "seeds", fresh / "docs")
    identical = tree_bytes(work / "docs") == tree_bytes(fresh / "docs")
    stage("full generate", full, identical=identical)
    incremental = statistics.median(runs["generate"])
    return {"incremental_s": round(incremental, 1), "full_generate_s": round(full, 1),
            "incremental_share": round(incremental / full, 2), "incremental_identical": identical,
            "incremental_site_s": median(runs["sitebuild"]), "incremental_stock_s": median(runs["mkdocs"]),
            "incremental_zensical_s": median(runs["zensical"])}


def query_latency(site: Path, queries: list[str]) -> dict:
    """Milliseconds for the first query on a fresh search page and the next one on the same page."""
    import functools
    import http.server
    import threading
    from urllib.parse import quote

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        chromium = None
    if chromium is None:
        stage("query latency", 0, skipped="no Chromium")
        return {}

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}/search/"
    done = ("q => new URLSearchParams(location.search).get('q') === q && "
            "document.querySelector('[data-search-page]').getAttribute('data-search-state') === 'done'")
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=[
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"])
            page = browser.new_page()
            start = time.perf_counter()
            page.goto(base + "?q=" + quote(queries[0]))
            page.wait_for_function(done, arg=queries[0])
            first = (time.perf_counter() - start) * 1000
            page.fill("[data-search-input]", queries[1])
            start = time.perf_counter()
            page.press("[data-search-input]", "Enter")
            page.wait_for_function(done, arg=queries[1])
            following = (time.perf_counter() - start) * 1000
            browser.close()
    finally:
        httpd.shutdown()
    stage("query latency", (first + following) / 1000, first_ms=round(first), next_ms=round(following))
    return {"first_query_ms": round(first), "next_query_ms": round(following)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.tools.bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=int(os.environ.get("BENCH_N", "1000")),
                        help="articles in the synthetic archive (default: $BENCH_N or 1000)")
    parser.add_argument("--work", type=Path, default=Path(os.environ.get("BENCH_DIR", ROOT / "build" / "bench")),
                        help="scratch folder, replaced on every run (default: build/bench)")
    parser.add_argument("--rounds", type=int, default=int(os.environ.get("BENCH_ROUNDS", "0")),
                        help="times more each builder builds the site, in turn (default: $BENCH_ROUNDS or 0)")
    args = parser.parse_args(argv)
    figures = run(args.n, args.work, args.rounds)
    print("bench " + " ".join(f"{k}={v}" for k, v in figures.items()), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
