"""Scale benchmark: a synthetic archive of N articles through the whole pipeline.

    BENCH_N=10000 make bench        (or: python -m generator.bench --n 10000)

The corpus is made from the seed pages themselves, so it has their artifacts (wrapping styles,
stray spaces, doubled glyphs, displaced headlines): page k is seed page k mod 5, with its digits
rotated and a serial number set into its first number, so no two pages are the same text and the
duplicate-page check lets them all through; each gets a sidecar with a newspaper, a date and a
page number. Stages are timed one by one and a final line sums them up:

    bench articles=N generate_s=… search_index_s=… mkdocs_s=… total_s=… bare_mkdocs_s=…
          ratio=… peak_rss_mb=… site_mb=… first_query_kb=… next_query_kb=…

bare_mkdocs_s is MkDocs with Material building the same article Markdown alone (no index pages,
no search), in the same run; ratio = total_s / bare_mkdocs_s.
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
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


def make_corpus(folder: Path, articles: int, items_per_seed: dict[str, int]) -> int:
    """Pages until at least `articles` items; returns the number of pages."""
    folder.mkdir(parents=True)
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    count = serial = 0
    while count < articles:
        seed = serial % len(seeds)
        day = serial // (len(NEWSPAPERS) * 8)
        year, day_of_year = 2020 + day // 360, day % 360
        stem = f"p{serial:06d}"
        (folder / f"{stem}.txt").write_text(synthetic_page(texts[seed], serial), encoding="utf-8")
        sidecar = {"newspaper": NEWSPAPERS[serial % len(NEWSPAPERS)],
                   "date": f"{year}-{day_of_year // 30 + 1:02d}-{day_of_year % 30 + 1:02d}",
                   "page": f"{serial % 8 + 1:02d}"}
        (folder / f"{stem}.yml").write_text(yaml.safe_dump(sidecar, allow_unicode=True), encoding="utf-8")
        count += items_per_seed[seeds[seed].name]
        serial += 1
    return serial


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def mkdocs(config: Path, cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(config)], cwd=cwd, check=True,
                   env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "0"})
    return time.perf_counter() - start


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def stage(name: str, seconds: float, **extra) -> None:
    details = " ".join(f"{k}={v}" for k, v in extra.items())
    print(f"stage {name:<14} {seconds:8.2f} s {details}".rstrip(), flush=True)


def run(articles: int, work: Path) -> dict:
    from .pipeline import build_archive, build_folder, require_full_coverage, write_tree
    from .search import search_files, search_payload_bytes
    from .browse import browse_files
    from .write import export_records, render_pages

    if work.exists():
        shutil.rmtree(work)
    per_seed = {r.page.raw.file: len(r.page.items) for r in build_folder(ROOT / "seeds")}
    start = time.perf_counter()
    pages = make_corpus(work / "seeds", articles, per_seed)
    stage("corpus", time.perf_counter() - start, pages=pages)

    start = time.perf_counter()
    archive = build_archive(work / "seeds")
    require_full_coverage(archive.results)
    cut = time.perf_counter() - start
    items = sum(len(p.items) for p in archive.pages)
    stage("read+segment", cut, items=items)
    start = time.perf_counter()
    records = export_records(archive.pages)
    files = render_pages(archive.pages, records, archive.redirects)
    files.update(browse_files(records))
    write_time = time.perf_counter() - start
    stage("pages+indexes", write_time, files=len(files))
    start = time.perf_counter()
    search = search_files(records)
    search_time = time.perf_counter() - start
    stage("search index", search_time, files=len(search), mb=round(sum(map(len, map(str.encode, search.values()))) / 1e6, 1))
    files.update(search)
    start = time.perf_counter()
    write_tree(files, work / "docs")
    write_time += time.perf_counter() - start
    generate_time = cut + write_time
    stage("write docs", time.perf_counter() - start)

    for name in ("mkdocs.yml", "mkdocs.offline.yml"):
        shutil.copy(ROOT / name, work / name)
    if not (work / "theme_overrides").exists():
        (work / "theme_overrides").symlink_to(ROOT / "theme_overrides")
    mkdocs_time = mkdocs(work / "mkdocs.yml", work)
    stage("mkdocs", mkdocs_time, site_mb=round(folder_mb(work / "site"), 1))

    # The baseline: the same article Markdown, Material, nothing else.
    bare = work / "bare"
    (bare / "docs").mkdir(parents=True)
    shutil.copytree(work / "docs" / "articles", bare / "docs" / "articles")
    (bare / "docs" / "index.md").write_text("# 档案\n", encoding="utf-8")
    (bare / "mkdocs.yml").write_text(BARE_CONFIG, encoding="utf-8")
    bare_time = mkdocs(bare / "mkdocs.yml", bare)
    stage("bare mkdocs", bare_time)

    payload = search_payload_bytes(search, QUERIES)
    total = generate_time + search_time + mkdocs_time
    return {"articles": items, "generate_s": round(generate_time, 1), "search_index_s": round(search_time, 1),
            "mkdocs_s": round(mkdocs_time, 1), "total_s": round(total, 1), "bare_mkdocs_s": round(bare_time, 1),
            "ratio": round(total / bare_time, 2), "peak_rss_mb": round(peak_rss_mb()),
            "site_mb": round(folder_mb(work / "site"), 1),
            "first_query_kb": round(payload["first"] / 1024, 1), "next_query_kb": round(payload["next"] / 1024, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=int(os.environ.get("BENCH_N", "1000")),
                        help="articles in the synthetic archive (default: $BENCH_N or 1000)")
    parser.add_argument("--work", type=Path, default=Path(os.environ.get("BENCH_DIR", ROOT / "build" / "bench")),
                        help="scratch folder, replaced on every run (default: build/bench)")
    args = parser.parse_args(argv)
    figures = run(args.n, args.work)
    print("bench " + " ".join(f"{k}={v}" for k, v in figures.items()), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
