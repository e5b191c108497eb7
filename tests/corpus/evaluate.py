"""How well the generator cuts pages it was not developed on: `make eval`.

Runs every corpus page (tests/corpus/pages/<split>/*.txt with its <stem>.gold.yml) and the seed
pages (tests/expected) through the generator's page stages, and prints per split and per layout
family: item boundary precision / recall / F1, title, authors and kind accuracy over the gold
items, newspaper and date accuracy per page, characters lost, and the ten worst pages with why.

An item's boundaries are right when its body opens and closes with the gold item's first and
last 8 non-space characters (the comparison tests/test_segmentation_seeds.py makes). Title,
authors and kind count as right only on such a matched item: a missed item misses them all.
A gold `newspaper` or `date` of null means the page prints none: then any value the generator
infers is accepted, but one it claims was printed is wrong.
"""
from __future__ import annotations

import argparse
import atexit
import re
import shutil
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from generator.archive.build import build_page  # noqa: E402
from generator.archive.read import read_page  # noqa: E402
from generator.speed.tokens import install as install_fast_segmentation  # noqa: E402

# The speed layer's backend: jieba's own tokens and tags (tests/test_tokens.py), in less time.
install_fast_segmentation()

CORPUS = Path(__file__).resolve().parent / "pages"
EXPECTED = ROOT / "tests" / "expected"
SEEDS = ROOT / "seeds"
EDGE = 8  # characters compared at each end of a body
BLIND = Path(__file__).resolve().parent / "blind.txt"  # development families scored in one line only


def squeeze(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


# The gold leaves out the marks a brief's text opens with (■, ●, 1., 一、); the archive keeps them
# in the text as printed, so they are set aside before the body's edges are compared.
OPENING_MARK = re.compile(r"^(?:[■●◆◇▲△★☆▶►□◎·•]|\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,2}、)")


def body_of(item) -> str:
    return OPENING_MARK.sub("", squeeze("".join(b.text for b in item.blocks if b.kind in ("paragraph", "listitem", "caption"))))


def persons(names) -> list[str]:
    return [squeeze(n) for n in names or [] if "评论员" not in n]


@dataclass
class PageScore:
    file: str
    split: str
    layout: str
    gold_items: int = 0
    found_items: int = 0
    matched: int = 0
    titles: int = 0
    authors: int = 0
    kinds: int = 0
    newspaper_ok: bool = True
    date_ok: bool = True
    lost: int = 0
    reasons: list[str] = field(default_factory=list)
    confidences: list[tuple[float, bool]] = field(default_factory=list)  # each found item: (confidence, right cut)

    @property
    def f1(self) -> float:
        return f1(self.matched, self.found_items, self.gold_items)

    @property
    def badness(self) -> tuple:
        wrong = (self.gold_items - self.titles) + (self.gold_items - self.authors) + (self.gold_items - self.kinds)
        return (self.f1, self.newspaper_ok + self.date_ok, -self.lost, -wrong)  # ascending: worst first


def f1(matched: int, found: int, gold: int) -> float:
    precision = matched / found if found else 1.0
    recall = matched / gold if gold else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def page_field(page, name: str) -> tuple[str, str]:
    """The page's value of a field and where it came from ('sidecar', 'text', 'inferred', '')."""
    for item in page.items:
        value = str(getattr(item.meta, name) or "")
        source = (item.meta.provenance.get(name) or {}).get("source", "")
        return value, source
    return "", ""


def field_ok(gold, value: str, source: str) -> bool:
    if gold is None:
        return not value or source == "inferred"
    return squeeze(str(gold)) == squeeze(value)


def score_page(txt: Path, root: Path, gold: dict, split: str) -> PageScore:
    raw = read_page(txt, root)
    result = build_page(raw)
    page = result.page
    score = PageScore(txt.relative_to(root).as_posix(), split, gold.get("layout") or split)
    wanted = gold["items"]
    got = page.items
    score.gold_items, score.found_items = len(wanted), len(got)
    unused = list(range(len(got)))
    for entry in wanted:
        # the same marks come off the gold's edge too (some gold keeps a list item's ●)
        starts, ends = OPENING_MARK.sub("", squeeze(entry["body_starts"]))[:EDGE], squeeze(entry["body_ends"])[-EDGE:]
        match = next((n for n in unused if body_of(got[n])[:len(starts)] == starts and body_of(got[n])[-EDGE:] == ends),
                     None)
        label = squeeze(entry.get("title")) or starts
        if match is None:
            score.reasons.append(f"missed 「{label}」")
            continue
        unused.remove(match)
        item = got[match]
        score.matched += 1
        if squeeze(item.title) == squeeze(entry.get("title")):
            score.titles += 1
        else:
            score.reasons.append(f"title 「{squeeze(item.title)}」 for 「{label}」")
        if persons(item.authors) == persons(entry.get("authors")):
            score.authors += 1
        else:
            score.reasons.append(f"authors {persons(item.authors)} for 「{label}」 (gold {persons(entry.get('authors'))})")
        if item.kind == entry["kind"]:
            score.kinds += 1
        else:
            score.reasons.append(f"kind {item.kind} for 「{label}」 (gold {entry['kind']})")
    for n, item in enumerate(got):
        score.confidences.append((item.meta.provenance["cut"]["confidence"], n not in unused))
    for n in unused:
        score.reasons.append(f"extra {got[n].kind} 「{squeeze(got[n].title) or body_of(got[n])[:12]}」 lines {got[n].lines[0]}–{got[n].lines[-1]}")
    for name in ("newspaper", "date"):
        value, source = page_field(page, name)
        ok = field_ok(gold.get(name), value, source)
        setattr(score, f"{name}_ok", ok)
        if not ok:
            score.reasons.append(f"{name} {value or '(none)'} ({source or 'no source'}), gold {gold.get(name)}")
    report = result.coverage
    score.lost = report.characters - report.covered + len(report.problems)
    if score.lost:
        score.reasons.insert(0, f"{score.lost} characters lost or duplicated")
    return score


def redrawn_folder(offset: int) -> Path:
    """The development families drawn again with every page seed moved by `offset`: pages of known
    layouts that no rule was fitted to (the fixed development pages are). The gap between the two
    scores measures how far the rules are tied to particular pages. Drawn afresh into a temporary
    folder; a family whose draws all fail the builder's checks at that offset is left out."""
    sys.path.insert(0, str(CORPUS.parent))
    import synthesize

    sys.modules.setdefault("synthesize", synthesize)
    folder = Path(tempfile.mkdtemp(prefix=f"redrawn-{offset}-"))
    atexit.register(shutil.rmtree, folder, True)
    for split, families, base in synthesize.page_sets():
        if split != "dev":
            continue
        for index, family in enumerate(families, start=1):
            family.split = split
            try:
                synthesize.build_family(family, base + offset, index, folder)
            except (SystemExit, AssertionError, IndexError, ValueError) as error:
                print(f"   redrawn: {family.name} left out ({str(error)[:60]})", file=sys.stderr)
    return folder


def corpus_pages(splits: list[str], offset: int = 100_000_000) -> list[tuple[Path, Path, dict, str]]:
    pages = []
    for split in splits:
        if split == "seeds":
            for expected in sorted(EXPECTED.glob("*.yml")):
                gold = yaml.safe_load(expected.read_text(encoding="utf-8"))
                gold.setdefault("layout", "seeds")
                # The seeds' newspaper and date come from their sidecars: they measure cutting only.
                sidecar = (SEEDS / gold["page"]).with_suffix(".yml")
                meta = (yaml.safe_load(sidecar.read_text(encoding="utf-8")) if sidecar.exists() else None) or {}
                gold["newspaper"], gold["date"] = meta.get("newspaper"), meta.get("date")
                pages.append((SEEDS / gold["page"], SEEDS, gold, "seeds"))
            continue
        folder = redrawn_folder(offset) if split == "redrawn" else CORPUS / split
        for gold_file in sorted(folder.glob("*.gold.yml")):
            txt = gold_file.with_name(gold_file.name[: -len(".gold.yml")] + ".txt")
            gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
            pages.append((txt, folder, gold, split))
    return pages


def summary(scores: list[PageScore]) -> dict:
    gold = sum(s.gold_items for s in scores)
    found = sum(s.found_items for s in scores)
    matched = sum(s.matched for s in scores)
    precision = matched / found if found else 1.0
    recall = matched / gold if gold else 1.0
    share = (lambda n: n / gold if gold else 1.0)
    return {
        "pages": len(scores),
        "items": gold,
        "P": precision,
        "R": recall,
        "F1": f1(matched, found, gold),
        "title": share(sum(s.titles for s in scores)),
        "authors": share(sum(s.authors for s in scores)),
        "kind": share(sum(s.kinds for s in scores)),
        "paper": sum(s.newspaper_ok for s in scores) / len(scores),
        "date": sum(s.date_ok for s in scores) / len(scores),
        "lost": sum(s.lost for s in scores),
    }


CONFIDENCE_BANDS = ((0.0, 0.5), (0.5, 0.8), (0.8, 1.01))
COLUMNS = ("pages", "items", "P", "R", "F1", "title", "authors", "kind", "paper", "date", "lost")


def table(rows: list[tuple[str, dict]]) -> str:
    width = max([len(name) for name, _ in rows] + [8])
    lines = [f"{'':{width}}  " + "  ".join(f"{c:>7}" for c in COLUMNS)]
    for name, row in rows:
        cells = [f"{row[c]:7d}" if isinstance(row[c], int) else f"{row[c]:7.3f}" for c in COLUMNS]
        lines.append(f"{name:{width}}  " + "  ".join(cells))
    return "\n".join(lines)


def blind_families() -> frozenset[str]:
    """The development families kept blind (blind.txt, one name a line, `#` comments)."""
    lines = BLIND.read_text(encoding="utf-8").splitlines() if BLIND.exists() else []
    return frozenset(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))


def report(split: str, scores: list[PageScore], blind: frozenset[str], worst: int) -> list[str]:
    """A split's lines: ALL, its families, how cut confidence tracks right cuts and its worst pages.
    Blind families count in ALL and in one line of their own, never by name, page or reason."""
    seen = [s for s in scores if s.layout not in blind]
    hidden = [s for s in scores if s.layout in blind]
    families: dict[str, list[PageScore]] = defaultdict(list)
    for s in seen:
        families[s.layout].append(s)
    rows = [("ALL", summary(scores))]
    if hidden:
        rows += [("developed on", summary(seen)), ("blind sets", summary(hidden))]
    out = [f"== {split}", table(rows + [(name, summary(f)) for name, f in sorted(families.items())])]
    out.append("\n   cut confidence against right cuts (found items whose boundaries match a gold item):")
    pairs = [c for s in scores for c in s.confidences]
    for low, high in CONFIDENCE_BANDS:
        band = [right for confidence, right in pairs if low <= confidence < high]
        share = f"{sum(band) / len(band):.3f}" if band else "  -  "
        out.append(f"   {low:.1f}–{min(high, 1.0):.1f}: {len(band):4d} items, {share} right")
    out.append(f"\n   worst pages of {split}:")
    for s in sorted(seen, key=lambda s: s.badness)[:worst]:
        if s.badness == (1.0, 2, 0, 0):
            break
        out.append(f"   {s.file}  F1 {s.f1:.2f}: " + "; ".join(s.reasons[:4]))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("splits", nargs="*", default=["dev", "heldout", "seeds"],
                        help="which parts to score: dev, heldout, seeds (default: all three), or redrawn "
                             "(the development families drawn again with other seeds)")
    parser.add_argument("--offset", type=int, default=100_000_000,
                        help="for redrawn: how far every page seed moves (each offset is another draw)")
    parser.add_argument("--worst", type=int, default=10, help="worst pages listed per split")
    args = parser.parse_args(argv)
    by_split: dict[str, list[PageScore]] = defaultdict(list)
    for txt, root, gold, split in corpus_pages(args.splits, args.offset):
        by_split[split].append(score_page(txt, root, gold, split))
    blind = blind_families()
    for split in args.splits:
        scores = by_split.get(split, [])
        if not scores:
            print(f"== {split}: no pages\n")
            continue
        print("\n".join(report(split, scores, blind, args.worst)) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
