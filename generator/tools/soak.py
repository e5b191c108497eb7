"""Soak test of the run's one commit point: `generate` killed at random moments.

    SOAK_N=100 make soak        (or: python -m generator.tools.soak --runs 100)

A folder of synthetic pages (generator.tools.bench's, 300 by default) is published in steps: the first
half at once, then a few more pages before each run, so every run has pages to build, articles
to merge into the search index and files to move in. Each run is `python -m generator
generate` in a process group of its own, killed after a random delay (a seeded RNG; SIGINT as a
terminal's Ctrl-C sends it, or SIGKILL) and followed by a run to completion. After each kill,
once what the killed run left is recovered (`tree.recover`, as the next run does first),
docs/ and ids.lock must be either those before the run or those the completing run leaves:
never a mixture. At the end docs/, ids.lock and a search for every article's headline must be
those of a clean build of the same pages. Prints one line per run and the figures.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from .bench import ROOT, make_corpus

SIGNALS = {"SIGINT": signal.SIGINT, "SIGKILL": signal.SIGKILL}


HANG = 300  # seconds after its signal: a killed run not ended by then is reported as hung


def generate(seeds: Path, docs: Path) -> subprocess.Popen:
    # PYTHONFAULTHANDLER: a hung run, sent SIGABRT, says where each of its threads waits.
    command = [sys.executable, "-m", "generator", "generate", "--input", str(seeds), "--output", str(docs)]
    return subprocess.Popen(command, cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONFAULTHANDLER": "1"})


def completed(seeds: Path, docs: Path) -> float:
    """Seconds of a run to completion; raises if it does not exit 0."""
    start = time.perf_counter()
    process = generate(seeds, docs)
    _, err = process.communicate()
    if process.returncode != 0:
        raise SystemExit(f"soak: a run to completion exited {process.returncode}:\n{err}")
    return time.perf_counter() - start


def digest(folder: Path) -> str:
    """One digest of every file of `folder` (its relative path and bytes)."""
    total = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            total.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return total.hexdigest()


def published(work: Path) -> tuple[str, bytes]:
    """What a run makes current that a reader sees: docs/ and ids.lock."""
    lock = work / "seeds" / "ids.lock"
    return digest(work / "docs"), lock.read_bytes() if lock.exists() else b""


def headline_hits(docs: Path) -> dict[str, list[str]]:
    from .search_twin import search

    index = {path.relative_to(docs).as_posix(): path.read_text(encoding="utf-8")
             for path in [docs / "search.md", *sorted((docs / "search").rglob("*"))] if path.is_file()}
    lines = (docs / "data" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    titles = sorted({json.loads(line)["title"] for line in lines} - {""})
    return {title: search(index, title) for title in titles}


def soak(runs: int, pages: int, seed: int, work: Path) -> dict:
    from ..speed.tree import recover

    if work.exists():
        shutil.rmtree(work)
    corpus = work / "corpus"
    make_corpus(corpus, 0, {}, pages=pages)
    clean, soaked = work / "clean", work / "soaked"
    shutil.copytree(corpus, clean / "seeds")
    clean_s = completed(clean / "seeds", clean / "docs")
    print(f"soak clean build of {pages} pages: {clean_s:.1f} s", flush=True)

    names = sorted(path.name for path in corpus.glob("*.txt"))
    first = len(names) // 2
    step = max(1, -(-(len(names) - first) // runs))  # every page is in by the last run
    (soaked / "seeds").mkdir(parents=True)
    rng = random.Random(seed)
    figures = {"runs": 0, "SIGINT": 0, "SIGKILL": 0, "old_after_kill": 0, "new_after_kill": 0,
               "finished_before_kill": 0, "mixtures": 0, "hung": 0}
    longest = clean_s
    for run in range(runs):
        added = names[:first + step * (run + 1)] if run + 1 < runs else names
        for name in added:
            for source in (corpus / name, (corpus / name).with_suffix(".yml")):
                if not (soaked / "seeds" / source.name).exists():
                    shutil.copy(source, soaked / "seeds" / source.name)
        before = published(soaked) if (soaked / "docs").exists() else None
        how = rng.choice(sorted(SIGNALS))
        delay = rng.uniform(0, longest)
        start = time.perf_counter()
        process = generate(soaked / "seeds", soaked / "docs")
        try:
            process.wait(timeout=delay)
            longest = time.perf_counter() - start  # a whole run with these pages: the next kill falls within one
            outcome = f"finished before the kill (status {process.returncode})"
            figures["finished_before_kill"] += 1
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, SIGNALS[how])
            figures[how] += 1
            outcome = f"{how} after {delay:.2f} s: status "
            try:
                process.communicate(timeout=HANG)
            except subprocess.TimeoutExpired:
                os.kill(process.pid, signal.SIGABRT)
                _, err = process.communicate()
                try:
                    os.killpg(process.pid, signal.SIGKILL)  # its workers, if any are left
                except ProcessLookupError:
                    pass
                figures["hung"] += 1
                outcome += "HUNG, where it waited:\n" + err[-4000:]
            outcome += str(process.returncode)
        recover(soaked / "docs")  # what the next run does first
        left = published(soaked) if (soaked / "docs").exists() else None
        seconds = completed(soaked / "seeds", soaked / "docs")
        after = published(soaked)
        if left == before:  # the completing run did the killed run's whole work
            longest = seconds
        kind = "old" if left == before else "new" if left == after else "MIXTURE"
        if kind == "MIXTURE":
            figures["mixtures"] += 1
        elif outcome.startswith(("SIGINT", "SIGKILL")):
            figures[f"{kind}_after_kill"] += 1
        figures["runs"] += 1
        print(f"soak run {run + 1}/{runs}: {len(added)} pages, {outcome}; left {kind}; "
              f"completed in {seconds:.1f} s", flush=True)
    identical = {"docs": digest(soaked / "docs") == digest(clean / "docs"),
                 "ids_lock": same_bytes(soaked / "seeds" / "ids.lock", clean / "seeds" / "ids.lock"),
                 "headline_search": headline_hits(soaked / "docs") == headline_hits(clean / "docs")}
    return {**figures, **{f"identical_{name}": same for name, same in identical.items()},
            "ok": figures["mixtures"] == 0 and figures["hung"] == 0 and all(identical.values())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.tools.soak", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=int(os.environ.get("SOAK_N", "100")),
                        help="killed runs (default: $SOAK_N or 100)")
    parser.add_argument("--pages", type=int, default=300, help="synthetic pages (default: 300)")
    parser.add_argument("--seed", type=int, default=int(os.environ.get("SOAK_SEED", "26")),
                        help="seed of the kills' moments and signals (default: $SOAK_SEED or 26)")
    parser.add_argument("--work", type=Path, default=Path(os.environ.get("SOAK_DIR", ROOT / "build" / "soak")),
                        help="scratch folder, replaced on every run (default: build/soak)")
    args = parser.parse_args(argv)
    # Started in the background (`make soak &`, nohup, CI) this process may have SIGINT ignored,
    # which its runs would inherit and so never feel the kills sent as SIGINT: a handler of its
    # own is reset to the default in them when they start.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    start = time.perf_counter()
    figures = soak(args.runs, args.pages, args.seed, args.work)
    figures["total_s"] = round(time.perf_counter() - start, 1)
    print("soak " + " ".join(f"{k}={v}" for k, v in figures.items()), flush=True)
    return 0 if figures["ok"] else 1


def same_bytes(one: Path, other: Path) -> bool:
    return one.read_bytes() == other.read_bytes()


if __name__ == "__main__":
    sys.exit(main())
