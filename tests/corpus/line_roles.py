"""EXPERIMENT, not used by the pipeline (so it lives beside the corpus, not in generator/): a trained line-role labeller (a linear-chain CRF over the
non-blank lines of a page, GROBID-style), measured against the rules in tests/corpus/LINE_ROLES.md.

`features(lines)` describes every non-blank line of a page (its own text, its width against the
page's and its neighbours', markers such as 本报讯/记者/摄/责编, the furniture and credit rules'
verdicts, blank lines around it, its place on the page) with a few features of the lines before
and after it. `tags(lines)` gives the model's tag of each non-blank line: `furniture`, or
`B-<role>` for a line that opens a new item and `I-<role>` for one that goes on with the item of
the previous non-furniture line; `label(lines)` gives the roles alone. Roles are those of the
corpus gold (tests/corpus/synthesize.py LINE_ROLES).

The model is tests/corpus/line_roles.crfsuite, written by tests/corpus/train_line_roles.py from
the development pages of the corpus; it is loaded once, from the package, never downloaded.
Needs python-crfsuite (`pip install python-crfsuite`, measured with 0.9.12).
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from generator.archive.cjk import IDEOGRAPH as CJK, display_width

MODEL = Path(__file__).parent / "line_roles.crfsuite"

WHITESPACE = re.compile(r"\s+")
DIGIT = re.compile(r"[0-9０-９]")
SENTENCE_END = "。！？…"
CLAUSE_END = "，、；："
CLOSERS = "”’）)」』》"
# Markers whose presence anywhere in the line is a feature (fixed order: the model's attributes).
MARKERS = (
    ("benbaoxun", "本报讯"), ("reporter", "记者"), ("correspondent", "通讯员"), ("intern", "实习生"),
    ("photo", "摄"), ("editor", "责编"), ("editing", "编辑"), ("art_editor", "美编"), ("page", "版"),
    ("dispatch", "电"), ("xinhua", "新华社"), ("according", "据"), ("commentator", "评论员"),
    ("report", "报道"), ("from_page", "上接"), ("to_page", "下转"), ("see_page", "详见"),
    ("hotline", "热线"), ("app", "APP"), ("scan", "扫"), ("week", "星期"), ("lunar", "农历"),
    ("benbao", "本报"), ("wentu", "文/"), ("tuwei", "图为"), ("daily", "日报"), ("evening", "晚报"),
    ("address", "地址"), ("issue", "期"), ("colon", "："), ("slash", "/"), ("bar", "|"),
)
FIRST_MARKS = "□■●◆◎◇★▲△·-—（(“《【"
LAST_MARKS = "。！？…，、；：”）)》」摄版报"


def bucket(value: float, edges: tuple, names: tuple) -> str:
    for edge, name in zip(edges, names):
        if value < edge:
            return name
    return names[-1]


def char_class(c: str) -> str:
    if not c:
        return "none"
    if CJK.match(c):
        return "cjk"
    if c.isdigit():
        return "digit"
    if c.isascii() and c.isalpha():
        return "upper" if c.isupper() else "lower"
    return "punct"


def length_bucket(n: int) -> str:
    return bucket(n, (3, 5, 9, 13, 21, 31), ("1-2", "3-4", "5-8", "9-12", "13-20", "21-30", "31+"))


def ratio_bucket(r: float) -> str:
    return bucket(r, (0.3, 0.6, 0.85, 0.97, 1.04, 1.3), ("<.3", "<.6", "<.85", "<.97", "~1", "<1.3", "1.3+"))


def rules_of(text: str) -> tuple[str, bool]:
    """The furniture rule's role of the line and whether the credit rule takes it as a credit line."""
    from generator.archive.classify import is_credit_line
    from generator.archive.furniture import line_role
    try:
        role = line_role(text) or "none"
    except Exception:  # a rule that fails on odd text is no feature
        role = "error"
    try:
        credit = bool(is_credit_line(text))
    except Exception:
        credit = False
    return role, credit


def own(text: str, width: float, median: float) -> dict:
    """The features of one line that its neighbours also report."""
    squeezed = WHITESPACE.sub("", text)
    first, last = squeezed[:1], squeezed[-1:]
    role, credit = rules_of(text)
    return {
        "len": length_bucket(len(squeezed)),
        "w/page": ratio_bucket(width / median if median else 1.0),
        "first": first if first in FIRST_MARKS else char_class(first),
        "last": last if last in LAST_MARKS else char_class(last),
        "sentence_end": float(last in SENTENCE_END or (last in CLOSERS and squeezed[-2:-1] in SENTENCE_END)),
        "clause_end": float(last in CLAUSE_END),
        "has_sentence_punct": float("，" in squeezed or "。" in squeezed),
        "furniture_rule": role,
        "credit_rule": float(credit),
    }


def features(lines: list[str]) -> list[dict]:
    """One feature dict per non-blank line of a page (`lines`: the page's lines, blank ones too)."""
    rows = [(i, text) for i, text in enumerate(lines) if text.strip()]
    if not rows:
        return []
    widths = [display_width(text) for _, text in rows]
    ordered = sorted(widths)
    median = ordered[len(ordered) // 2]
    owns = [own(text, w, median) for (_, text), w in zip(rows, widths)]
    out = []
    n = len(rows)
    for k, ((i, text), w) in enumerate(zip(rows, widths)):
        squeezed = WHITESPACE.sub("", text)
        f = {"bias": 1.0}
        f.update(owns[k])
        f["commas"] = bucket(squeezed.count("，") + squeezed.count("。"), (1, 2, 4), ("0", "1", "2-3", "4+"))
        f["digits"] = float(bool(DIGIT.search(squeezed)))
        f["digit_share"] = bucket(len(DIGIT.findall(squeezed)) / max(1, len(squeezed)), (0.01, 0.3, 0.6), ("0", "some", "many", "most"))
        f["ascii_only"] = float(bool(squeezed) and squeezed.isascii())
        f["upper_words"] = float(bool(re.fullmatch(r"[A-Z0-9'’ .&-]{4,}", text.strip())))
        for name, marker in MARKERS:
            f[name] = float(marker in squeezed)
        f["starts_benbao"] = float(squeezed.startswith("本报"))
        f["paren_line"] = float(squeezed[:1] in "（(" and squeezed[-1:] in "）)")
        f["inner_spaces"] = bucket(len(re.findall(r"\S\s+(?=\S)", text.strip())), (1, 2, 4), ("0", "1", "2-3", "4+"))
        f["doubled"] = float(len(squeezed) >= 4 and sum(a == b for a, b in zip(squeezed[::2], squeezed[1::2])) >= 0.8 * (len(squeezed) // 2))
        f["indent"] = float(text.startswith("\u3000") or text.startswith("  "))
        f["blank_before"] = float(i == 0 or not lines[i - 1].strip())
        f["blank_after"] = float(i == len(lines) - 1 or not lines[i + 1].strip())
        f["position"] = bucket(k / n, (0.1, 0.25, 0.5, 0.75, 0.9), ("top", "upper", "mid-", "mid+", "lower", "bottom"))
        f["from_top"] = str(min(k, 6))
        f["from_bottom"] = str(min(n - 1 - k, 6))
        for offset, tag in ((-1, "-1"), (1, "+1")):
            j = k + offset
            if 0 <= j < n:
                for key, value in owns[j].items():
                    f[f"{tag}:{key}"] = value
                f[f"{tag}:w/this"] = ratio_bucket(widths[j] / w if w else 1.0)
            else:
                f[f"{tag}:none"] = 1.0
        for offset, tag in ((-2, "-2"), (2, "+2")):
            j = k + offset
            if 0 <= j < n:
                for key in ("len", "furniture_rule", "sentence_end", "has_sentence_punct", "credit_rule"):
                    f[f"{tag}:{key}"] = owns[j][key]
        previous_end = k > 0 and owns[k - 1]["sentence_end"] == 1.0
        f["title_like"] = float(not f["has_sentence_punct"] and not f["sentence_end"] and len(squeezed) <= 32)
        f["after_paragraph"] = float(previous_end and f["blank_before"] == 1.0)
        f["title_like&after_paragraph"] = f["title_like"] * f["after_paragraph"]
        f["title_like&-1:credit"] = f["title_like"] * float(k > 0 and owns[k - 1]["credit_rule"] == 1.0)
        out.append(f)
    return out


def role_of(tag: str) -> str:
    return tag.split("-", 1)[1] if tag[:2] in ("B-", "I-") else tag


@cache
def tagger():
    import pycrfsuite
    if not MODEL.exists():
        raise FileNotFoundError(f"{MODEL} (train it: python tests/corpus/train_line_roles.py)")
    model = pycrfsuite.Tagger()
    model.open(str(MODEL))
    return model


def tags(lines: list[str], model=None) -> list[str]:
    """The model's tag (furniture, B-<role>, I-<role>) of every non-blank line."""
    feats = features(lines)
    if not feats:
        return []
    return list((model or tagger()).tag(feats))


def label(lines: list[str], model=None) -> list[str]:
    """The role of every non-blank line of a page (`lines`: the page's lines, blank ones too)."""
    return [role_of(t) for t in tags(lines, model)]
