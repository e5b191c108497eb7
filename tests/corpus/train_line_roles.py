"""Train and measure the experimental line-role labeller (tests/corpus/line_roles.py) on the
DEVELOPMENT pages of the corpus only (tests/corpus/pages/dev; never the held-back pages).

    .venv/bin/python tests/corpus/train_line_roles.py           # train on every dev page, write the model
    .venv/bin/python tests/corpus/train_line_roles.py --cv      # + leave-one-family-out tables (Markdown)
    .venv/bin/python tests/corpus/train_line_roles.py --folds 5 --iterations 100 --census /tmp/draw800
                                                                # family 5-fold CV, no model written

Training writes tests/corpus/line_roles.crfsuite, then trains a second time and checks that
both models have the same sha256 (fixed page order, fixed feature order, fixed c1/c2/iterations:
L-BFGS has no randomness). `--cv` trains once per development family on all the other families
and labels the left-out one, then labels every page with the rules of today's pipeline
(generator.archive.build.build_page: each block's kind and item) and prints per family and overall:
per-line role accuracy, item-start precision/recall/F1 (an item start is a non-furniture line
whose item differs from the previous non-furniture line's), and per-role precision/recall/F1.
The hand-made pages form one family, `hand`. The blind families (tests/corpus/blind.txt) are
skipped by file name before any of their pages is read.

`--folds K` (without writing a model) puts the families in K folds by the sorted sha256 of their
names, trains on K-1 folds and labels the K-th fold's pages, and with `--census DIR` also the
pages of DIR (drawn again from the same families) whose family is in the held-out fold; it prints
the overall tables and where the rules and the CRF disagree on item starts and titles, who is
right, by the CRF's marginal probability of its own answer. `--per-family N` keeps the first N
pages of each family; `--iterations` sets L-BFGS's limit.
"""
from __future__ import annotations

import argparse
import hashlib
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import line_roles  # noqa: E402  (beside this file)

DEV = Path(__file__).resolve().parent / "pages" / "dev"
BLIND = Path(__file__).resolve().parent / "blind.txt"
ROLES = ("furniture", "kicker", "title", "subtitle", "byline", "body", "heading", "caption", "credit",
         "jump", "continuation")
PARAMS = {"c1": 0.1, "c2": 0.01, "max_iterations": 200, "feature.possible_transitions": True}


def squeeze(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


# --------------------------------------------------------------------------- the corpus


class Page:
    def __init__(self, txt: Path):
        self.txt = txt
        self.name = txt.stem if txt.parent == DEV else f"{txt.parent}/{txt.stem}"  # a census page may share a dev page's stem
        self.gold = yaml.load(txt.with_name(txt.stem + ".gold.yml").read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        layout = self.gold["layout"]
        self.family = "hand" if layout.startswith("hand_") else layout
        self.lines = txt.read_text(encoding="utf-8").split("\n")
        self.numbers = [n for n, text in enumerate(self.lines, start=1) if text.strip()]
        by_line = {entry[0]: entry for entry in self.gold["lines"]}
        assert sorted(by_line) == self.numbers, f"{self.name}: gold lines do not match the page"
        self.roles = [by_line[n][1] for n in self.numbers]
        self.items = [by_line[n][2] if by_line[n][1] != "furniture" else None for n in self.numbers]
        self.tags = tags_of(self.roles, self.items)
        self._features: list[dict] | None = None

    @property
    def features(self) -> list[dict]:
        if self._features is None:
            self._features = line_roles.features(self.lines)
        return self._features


def tags_of(roles: list[str], items: list) -> list[str]:
    """furniture | B-<role> (opens an item) | I-<role> (same item as the last non-furniture line)."""
    out, last = [], object()
    for role, item in zip(roles, items):
        if role == "furniture":
            out.append("furniture")
            continue
        out.append(("B-" if item != last else "I-") + role)
        last = item
    return out


def starts_of(tags: list[str]) -> list[bool]:
    """Item starts of a tag sequence; the first non-furniture line always opens an item."""
    out, seen = [], False
    for tag in tags:
        if tag == "furniture":
            out.append(False)
            continue
        out.append(tag.startswith("B-") or not seen)
        seen = True
    return out


def blind_families() -> set[str]:
    return {line.strip() for line in BLIND.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def dev_pages(folder: Path = DEV, per_family: int = 0) -> list[Page]:
    """The pages of `folder`, never a blind family's (skipped by file name, unread)."""
    blind = blind_families()
    pages = [Page(txt) for txt in sorted(folder.glob("*.txt"))
             if not any(txt.stem.startswith(family + "_") for family in blind)]
    if per_family:
        kept: Counter = Counter()
        pages = [p for p in pages if (kept.update([p.family]) or kept[p.family] <= per_family)]
    return pages


# --------------------------------------------------------------------------- training


def train(pages: list[Page], path: Path, iterations: int = 0) -> None:
    import pycrfsuite
    trainer = pycrfsuite.Trainer(verbose=False)
    for page in pages:
        trainer.append(page.features, page.tags)
    trainer.set_params(dict(PARAMS, **({"max_iterations": iterations} if iterations else {})))
    trainer.train(str(path))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def crf_tags(pages: list[Page], model: Path) -> dict[str, list[str]]:
    import pycrfsuite
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    try:
        return {page.name: line_roles.tags(page.lines, tagger) for page in pages}
    finally:
        tagger.close()


# --------------------------------------------------------------------------- the rules


BLOCK_ROLE = {"paragraph": "body", "listitem": "body", "heading": "heading", "caption": "caption",
              "credit": "credit", "byline": "byline", "continuation": "continuation", "jump": "jump",
              "furniture": "furniture"}


def headline_role(text: str, item) -> str:
    s = squeeze(text)
    if item.kicker and s and (s == squeeze(item.kicker) or (s in squeeze(item.kicker) and s not in squeeze(item.title))):
        return "kicker"
    if item.subtitle and s and (s == squeeze(item.subtitle) or (s in squeeze(item.subtitle) and s not in squeeze(item.title))):
        return "subtitle"
    return "title"


def rule_tags(page: Page) -> list[str]:
    """The roles today's pipeline gives the page's lines: each line takes the role and item of the
    block holding its first character; a line no block holds is `none`."""
    from generator.archive.build import build_page
    from generator.archive.read import read_page
    result = build_page(read_page(page.txt, page.txt.parent))
    first: dict[int, tuple[int, str, int | None]] = {}

    def claim(block, role, item):
        for span in block.spans:
            if span.line not in first or span.start < first[span.line][0]:
                first[span.line] = (span.start, role, item)

    for index, item in enumerate(result.page.items):
        for block in item.blocks:
            role = headline_role(block.text, item) if block.kind == "headline" else BLOCK_ROLE.get(block.kind, block.kind)
            if role == "byline" and squeeze(block.text)[:1] in "（(据":
                role = "credit"  # the gold's convention: a trailing （张三） line, 据新华社
            claim(block, role, None if role == "furniture" else index)
    for block in result.page.furniture:
        claim(block, "furniture", None)
    roles = [first.get(n, (0, "none", -1))[1] for n in page.numbers]
    items = [first.get(n, (0, "none", -1))[2] for n in page.numbers]
    return tags_of(roles, items)


# --------------------------------------------------------------------------- scores


def score(pages: list[Page], predicted: dict[str, list[str]]) -> dict:
    right = total = 0
    start = Counter()
    roles = defaultdict(Counter)
    for page in pages:
        tags = predicted[page.name]
        gold_roles, got_roles = [line_roles.role_of(t) for t in page.tags], [line_roles.role_of(t) for t in tags]
        for g, p, gs, ps in zip(gold_roles, got_roles, starts_of(page.tags), starts_of(tags)):
            total += 1
            right += g == p
            roles[g]["gold"] += 1
            roles[p]["found"] += 1
            roles[g]["right"] += g == p
            start["gold"] += gs
            start["found"] += ps
            start["right"] += gs and ps
    return {"lines": total, "acc": right / total if total else 1.0, "start": prf(start), "roles": {r: prf(c) for r, c in roles.items()}}


def prf(c: Counter) -> tuple[float, float, float, int]:
    p = c["right"] / c["found"] if c["found"] else (1.0 if not c["gold"] else 0.0)
    r = c["right"] / c["gold"] if c["gold"] else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, c["gold"]


def markdown(pages: list[Page], rules: dict, crf: dict, per_family: bool = True) -> str:
    families = sorted({p.family for p in pages}) if per_family else []
    groups = [(f, [p for p in pages if p.family == f]) for f in families] + [("**all**", pages)]
    out = ["| family | pages | lines | role acc. rules | role acc. CRF | start P/R/F1 rules | start P/R/F1 CRF |",
           "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for name, group in groups:
        a, b = score(group, rules), score(group, crf)
        out.append(f"| {name} | {len(group)} | {a['lines']} | {a['acc']:.3f} | {b['acc']:.3f} | "
                   f"{a['start'][0]:.2f}/{a['start'][1]:.2f}/**{a['start'][2]:.3f}** | "
                   f"{b['start'][0]:.2f}/{b['start'][1]:.2f}/**{b['start'][2]:.3f}** |")
    a, b = score(pages, rules), score(pages, crf)
    out += ["", "| role | gold lines | P rules | R rules | F1 rules | P CRF | R CRF | F1 CRF |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for role in ROLES:
        ra, rb = a["roles"].get(role, (0, 0, 0, 0)), b["roles"].get(role, (0, 0, 0, 0))
        out.append(f"| {role} | {ra[3]} | {ra[0]:.3f} | {ra[1]:.3f} | {ra[2]:.3f} | {rb[0]:.3f} | {rb[1]:.3f} | {rb[2]:.3f} |")
    extra = sorted(set(a["roles"]) - set(ROLES))
    if extra:
        out.append("")
        out.append("Lines the rules left in no block (role `none`): "
                   + ", ".join(f"{r} {sum(1 for p in pages for t in rules[p.name] if line_roles.role_of(t) == r)}" for r in extra))
    for title, tags in (("rules", rules), ("CRF", crf)):
        confusions = Counter()
        for page in pages:
            for g, p in zip(page.tags, tags[page.name]):
                if line_roles.role_of(g) != line_roles.role_of(p):
                    confusions[(line_roles.role_of(g), line_roles.role_of(p))] += 1
        out += ["", f"Most frequent confusions of the {title} (gold → given: lines): "
                + ", ".join(f"{g} → {p}: {n}" for (g, p), n in confusions.most_common(8))]
    if not per_family:
        return "\n".join(out)
    out += ["", "Per family, role F1 as rules / CRF (— where the family has no such line):", "",
            "| family | " + " | ".join(ROLES) + " |", "| --- |" + " ---: |" * len(ROLES)]
    for name, group in groups:
        a, b = score(group, rules), score(group, crf)
        cells = []
        for role in ROLES:
            ra, rb = a["roles"].get(role), b["roles"].get(role)
            cells.append("—" if not (ra and ra[3]) else f"{ra[2]:.2f} / {rb[2]:.2f}" if rb else f"{ra[2]:.2f} / 0.00")
        out.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(out)


def cross_validate(pages: list[Page]) -> dict[str, list[str]]:
    predicted = {}
    with tempfile.TemporaryDirectory() as tmp:
        for family in sorted({p.family for p in pages}):
            model = Path(tmp) / f"{family}.crfsuite"
            train([p for p in pages if p.family != family], model)
            held = [p for p in pages if p.family == family]
            predicted.update(crf_tags(held, model))
            print(f"  fold {family}: trained on {sum(p.family != family for p in pages)} pages", file=sys.stderr)
    return predicted


def folds_of(families: set[str], k: int) -> dict[str, int]:
    """Each family's fold: families sorted by the sha256 of their name, dealt round the folds."""
    ordered = sorted(families, key=lambda f: hashlib.sha256(f.encode()).hexdigest())
    return {family: n % k for n, family in enumerate(ordered)}


def crf_marginals(pages: list[Page], model: Path) -> tuple[dict[str, list[str]], dict[str, list[tuple[float, float]]]]:
    """The CRF's tags and, per line, its marginal probability that the line opens an item (any B-
    tag) and that it is a title (B- or I-title)."""
    import pycrfsuite
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    tags, probs = {}, {}
    try:
        labels = tagger.labels()
        for page in pages:
            tags[page.name] = list(tagger.tag(page.features))  # also sets the sequence marginal() reads
            probs[page.name] = [(sum(tagger.marginal(y, i) for y in labels if y.startswith("B-")),
                                 sum(tagger.marginal(y, i) for y in labels if y in ("B-title", "I-title")))
                                for i in range(len(page.features))]
    finally:
        tagger.close()
    return tags, probs


def k_fold(pages: list[Page], census: list[Page], k: int, iterations: int) -> tuple[dict, dict]:
    import time
    fold = folds_of({p.family for p in pages}, k)
    tags: dict[str, list[str]] = {}
    probs: dict[str, list[tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(k):
            began = time.time()
            model = Path(tmp) / f"fold{n}.crfsuite"
            training = [p for p in pages if fold[p.family] != n]
            train(training, model, iterations)
            trained = time.time() - began
            held = [p for p in pages if fold[p.family] == n] + [p for p in census if fold.get(p.family) == n]
            t, q = crf_marginals(held, model)
            tags.update(t)
            probs.update(q)
            print(f"  fold {n}: trained on {len(training)} pages ({sum(len(p.tags) for p in training)} lines) in "
                  f"{trained:.0f} s; labelled {len(held)} pages; {time.time() - began:.0f} s", file=sys.stderr)
    return tags, probs


def disagreements(pages: list[Page], rules: dict, crf: dict, probs: dict) -> str:
    """Lines where the rules and the CRF disagree on "opens an item" / "is a title": who is right,
    and how often the CRF is right at or above each marginal probability of its own answer."""
    out = []
    for what, index in (("opens an item", 0), ("is a title", 1)):
        rows = []
        for page in pages:
            gold = starts_of(page.tags) if index == 0 else [line_roles.role_of(t) == "title" for t in page.tags]
            got_r = starts_of(rules[page.name]) if index == 0 else [line_roles.role_of(t) == "title" for t in rules[page.name]]
            got_c = starts_of(crf[page.name]) if index == 0 else [line_roles.role_of(t) == "title" for t in crf[page.name]]
            for g, r, c, pr in zip(gold, got_r, got_c, probs[page.name]):
                if r != c:
                    p = pr[index]
                    rows.append((max(p, 1 - p), c == g))
        crf_right = sum(right for _, right in rows)
        out.append(f"* {what}: {len(rows)} lines disagree; CRF right {crf_right}, rules right {len(rows) - crf_right}")
        cells = []
        for t in (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.999):
            kept = [right for conf, right in rows if conf >= t]
            if kept:
                cells.append(f"≥{t}: {sum(kept)}/{len(kept)} = {sum(kept) / len(kept):.2f}")
        out.append("  CRF right at its own marginal " + "; ".join(cells))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cv", action="store_true", help="leave-one-family-out tables against the rules")
    parser.add_argument("--model", type=Path, default=line_roles.MODEL)
    parser.add_argument("--folds", type=int, default=0, help="family K-fold CV instead (writes no model)")
    parser.add_argument("--iterations", type=int, default=0, help="L-BFGS iteration limit (default 200)")
    parser.add_argument("--per-family", type=int, default=0, help="keep the first N pages of each family")
    parser.add_argument("--census", type=Path, help="with --folds: also label this folder's pages")
    parser.add_argument("--also", action="append", default=[], metavar="PREFIX",
                        help="with --folds: tables also for the families whose name starts with PREFIX")
    args = parser.parse_args(argv)
    pages = dev_pages(per_family=args.per_family)
    if args.folds:
        census = dev_pages(args.census, args.per_family) if args.census else []
        print(f"{len(pages)} dev pages, {len({p.family for p in pages})} families, {sum(len(p.tags) for p in pages)} lines; "
              f"census {len(census)} pages", file=sys.stderr)
        crf, probs = k_fold(pages, census, args.folds, args.iterations)
        parts = [("development pages", pages), (f"census {args.census}", [p for p in census if p.name in crf])]
        parts += [(f"{part} of families {prefix}*", [p for p in group if p.family.startswith(prefix)])
                  for prefix in args.also for part, group in list(parts)]
        for name, group in parts:
            if not group:
                continue
            rules = {p.name: rule_tags(p) for p in group}
            print(f"\n## {name}: {len(group)} pages, {len({p.family for p in group})} families\n")
            print(markdown(group, rules, crf, per_family=False))
            print()
            print(disagreements(group, rules, crf, probs))
            sys.stdout.flush()
        return 0
    train(pages, args.model)
    with tempfile.TemporaryDirectory() as tmp:
        again = Path(tmp) / "again.crfsuite"
        train(pages, again)
        if sha256(again) != sha256(args.model):
            raise SystemExit("training is not deterministic: two runs gave different models")
    print(f"model {args.model.relative_to(ROOT) if args.model.is_relative_to(ROOT) else args.model}: "
          f"{args.model.stat().st_size:,} bytes, sha256 {sha256(args.model)} (same on a second run); "
          f"{len(pages)} pages, {sum(len(p.tags) for p in pages)} lines")
    if args.cv:
        crf = cross_validate(pages)
        rules = {p.name: rule_tags(p) for p in pages}
        print(markdown(pages, rules, crf))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
