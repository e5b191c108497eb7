"""Page furniture and the page's own header: which source lines are masthead, date line, page
header, serial numbers, editors, contacts, promotions or adverts, and what the page says about
itself (its paper, date and page number).

Pure functions over text: the patterns live in data/furniture.yml and the gazetteer of papers in
data/newspapers.yml, both loaded once. A line is judged on its own text by `line_role`;
`page_header` reads a whole page's head and foot zones, where mastheads and date lines stand,
and joins a date line set over two or three lines.

A paper named inside a byline (重庆日报记者 唐琴) is no furniture and never the page's paper
here: only a masthead, its English name, its organ line or a header line name the page's paper.
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from .cjk import CJK as HAN, IDEOGRAPH as CJK, cn_number
from .datafiles import load
from .names import names_from, only_names, surnames
from .places import gazetteer, level_of

HEAD_ZONE = 12  # non-blank lines at the top of a page where its header stands
FOOT_ZONE = 8  # non-blank lines at the bottom (a footer repeats paper, date or page)
MAX_DATE_PIECES = 3  # a date line is set over at most this many lines
# Roles that only mean furniture where a page's header or footer stands.
POSITIONAL = ("masthead", "masthead_english", "organ", "dateline", "page_header")
ROLES = ("masthead", "masthead_english", "organ", "dateline", "serial", "page_header", "editor",
         "contact", "promo", "teaser", "weather", "advert")
WHITESPACE = re.compile(r"\s+")
PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Paper:
    name: str
    english: str | None
    organ: str | None
    aliases: tuple[str, ...]
    region: str
    level: str
    latin: tuple[str, ...] = ()  # pinyin printed beside the masthead (RENMIN RIBAO)
    apps: tuple[str, ...] = ()  # its own news app (红星新闻): read as one of its names (in `aliases` too)


@dataclass
class Header:
    """What a page prints about itself. Line numbers are 1-based indices into the page's lines."""
    newspaper: str | None = None
    newspaper_line: int | None = None
    newspaper_evidence: str | None = None
    date: str | None = None  # YYYY-MM-DD
    date_line: int | None = None  # the first line of the date line
    date_evidence: str | None = None
    page: str | None = None  # as printed: A3, 2, 02
    page_line: int | None = None
    section: str | None = None
    roles: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Parsed:
    """A header line cut into tokens."""
    kinds: frozenset[str]
    paper: str | None = None  # the gazetteer's name for the printed paper
    paper_text: str | None = None
    date: str | None = None
    page: str | None = None
    labels: tuple[str, ...] = ()
    month_day: tuple[int, int] | None = None  # a date printed without its year
    ganzhi: str | None = None  # the 干支 year of a lunar date (甲辰)
    lunar_month: str | None = None
    english: str | None = None  # an English or pinyin name printed beside the paper's
    weekday: int | None = None  # the printed weekday, Monday 0 (星期五 → 4)

    @property
    def role(self) -> str | None:
        if self.kinds & {"paper", "paper_unlisted"}:
            return "masthead"
        if self.kinds & {"date", "lunar"} or "month_day" in self.kinds and self.kinds & {"weekday", "lunar"}:
            return "dateline"
        if self.kinds & {"page", "page_bare"}:
            return "page_header"
        if "serial" in self.kinds:
            return "serial"
        if "editor" in self.kinds:
            return "editor"
        if len(self.labels) >= 2 and "separator" in self.kinds:  # 要闻·时政
            return "page_header"
        return None


@dataclass(frozen=True)
class Vocabulary:
    by_name: dict[str, Paper]  # names and aliases
    by_english: dict[str, Paper]  # squeezed upper-case English names
    by_organ: dict[str, Paper]
    tokens: tuple[tuple[str, tuple[re.Pattern, ...]], ...]
    labels: frozenset[str]
    fragments: tuple[re.Pattern, ...]
    roles: tuple[tuple[str, tuple[re.Pattern, ...]], ...]
    never: tuple[re.Pattern, ...]
    question_teaser: re.Pattern
    body_cues: re.Pattern
    editor_role: re.Pattern
    contact_tail: re.Pattern  # phones or mail addresses after an editor's names
    separator_mark: re.Pattern  # one mark setting a header line's parts apart (广西日报 ■ 要闻)


@cache
def papers() -> tuple[Paper, ...]:
    return tuple(Paper(p["name"], p.get("english"), p.get("organ"), (*(p.get("aliases") or ()), *(p.get("apps") or ())),
                       p["region"], p["level"], tuple(p.get("latin") or ()), tuple(p.get("apps") or ()))
                 for p in load("newspapers.yml")["papers"])


def named_by_its_app_only(paper: str, line: str) -> bool:
    """Does the line name the paper only by its news app (扫码下载石榴云客户端 for 新疆日报)? The
    page then does not print the paper's name: the paper is inferred from its app."""
    listed = vocabulary().by_name.get(paper)
    if listed is None or not listed.apps:
        return False
    squeezed = compact(line)[0]
    names = (listed.name, *(a for a in listed.aliases if a not in listed.apps))
    return any(app in squeezed for app in listed.apps) and not any(name in squeezed for name in names)


@cache
def newspaper_names() -> list[str]:
    """Every gazetteer name and alias, longest first (a longer name wins over one inside it)."""
    names = {n for p in papers() for n in (p.name, *p.aliases)}
    return sorted(names, key=lambda n: (-len(n), n))


def squeeze_english(text: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", text.upper())


def expand(pattern: str, table: dict[str, str]) -> str:
    """`pattern` with every `{name}` the table holds filled in (others, `{names}` or `{2}`, stay)."""
    return PLACEHOLDER.sub(lambda m: table.get(m.group(1), m.group(0)), pattern)


SECTION_LABELS: frozenset[str] = frozenset(load("furniture.yml")["section_labels"])


def section_labels() -> list[str]:
    return sorted(SECTION_LABELS, key=lambda s: (-len(s), s))


@cache
def parts() -> dict[str, str]:
    """furniture.yml's `parts`, each filled in, with `paper` (every name) and `section_label`."""
    table: dict[str, str] = {}
    for key, pattern in load("furniture.yml")["parts"].items():
        table[key] = expand(pattern, table)
    table["paper"] = "(?:" + "|".join(map(re.escape, newspaper_names())) + ")"
    table["section_label"] = "(?:" + "|".join(map(re.escape, section_labels())) + ")"
    return table


@cache
def cues() -> dict[str, str]:
    """furniture.yml's `cues`, each filled in from the parts and the cues above it."""
    table = dict(parts())
    for key, pattern in load("furniture.yml")["cues"].items():
        table[key] = expand(pattern, table)
    return {key: table[key] for key in load("furniture.yml")["cues"]}


def cue(name: str, **names: str) -> str:
    """Cue `name` with the paper names it reads (`{names}`, `{unlisted}`) filled in."""
    return expand(cues()[name], names)


@cache
def vocabulary() -> Vocabulary:
    data = load("furniture.yml")
    table = parts()
    labels = section_labels()

    def expand_part(pattern: str) -> str:
        return expand(pattern, table)

    def compile_all(patterns: list[str]) -> tuple[re.Pattern, ...]:
        return tuple(re.compile(expand_part(p)) for p in patterns)

    by_name = {n: p for p in papers() for n in (p.name, *p.aliases)}
    return Vocabulary(
        by_name=by_name,
        by_english={squeeze_english(form): p for p in papers() for form in (p.english, *p.latin) if form},
        by_organ={p.organ: p for p in papers() if p.organ},
        tokens=tuple((kind, compile_all(patterns)) for kind, patterns in data["tokens"].items()),
        labels=frozenset(labels),
        fragments=tuple(re.compile(expand_part(p) + "$") for p in data["date_fragments"]),
        roles=tuple((role, compile_all(patterns)) for role, patterns in data["roles"].items()),
        never=compile_all(data["never"]),
        question_teaser=re.compile(data["question_teaser"]),
        body_cues=re.compile(data["body_cues"]),
        editor_role=re.compile(table["editor_role"]),
        contact_tail=re.compile("(?:" + table["contact_tail"] + ")+$"),
        separator_mark=re.compile(table["separator_mark"]),
    )


def normal(text: str) -> str:
    """Whitespace runs cut to one space, ends stripped."""
    return WHITESPACE.sub(" ", text).strip()


@cache
def simplified() -> dict[int, int]:
    """str.translate's table from traditional characters to simplified (furniture.yml's `traditional`)."""
    pairs = load("furniture.yml")["traditional"]
    return str.maketrans(pairs[::2], pairs[1::2])


@lru_cache(maxsize=4096)
def compact(text: str) -> tuple[str, frozenset[int]]:
    """The text without whitespace and in simplified characters (人民日報 → 人民日报), and the positions in it
    that followed whitespace."""
    out: list[str] = []
    gaps: set[int] = set()
    for char in text.strip().translate(simplified()):
        if char.isspace():
            gaps.add(len(out))
        else:
            out.append(char)
    return "".join(out), frozenset(gaps)


EN_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def number(text: str) -> int:
    """12 → 12, 十二 → 12, and an English month's name (May, SEPT., December) → its number."""
    if text.isdigit():
        return int(text)
    if text[:1].isascii():
        return EN_MONTHS.index(text[:3].upper()) + 1
    return cn_number(text)


ROC_FIRST_YEAR = 1911  # the year before the Republic's year 1: 民国113年 is 2024
BUDDHIST_ERA_OFFSET = 543  # 佛历2567年 is 2024


def date_of(match: re.Match) -> str | None:
    roc, buddhist = match.groupdict().get("roc"), match.groupdict().get("be")
    try:
        year = number(roc) + ROC_FIRST_YEAR if roc \
            else int(buddhist) - BUDDHIST_ERA_OFFSET if buddhist else number(match.group("y"))
        day = dt.date(year, number(match.group("m")), number(match.group("d")))
    except (ValueError, KeyError):
        return None
    return day.isoformat()


def is_boundary(text: str, gaps: frozenset[int], position: int) -> bool:
    """Whether a free-standing section name may start or end here."""
    if position in (0, len(text)) or position in gaps:
        return True
    separator = vocabulary().separator_mark
    return bool(separator.fullmatch(text[position - 1]) or separator.fullmatch(text[position]))


REPEATABLE = ("serial", "label", "separator", "field", "nav", "editor")


# Two numbers set apart by a space (A05 2024年5月6日, 2024.5.6 05): apart still once the spaces are removed.
DIGIT_GAP = re.compile(r"(\d)\s+(?=\d)")


@lru_cache(maxsize=4096)
def parse(text: str) -> Parsed | None:
    """A header line cut into tokens to its end, or None when it is no header line. Read with its spaces
    removed (重 庆 日 报, 2 0 2 4 年), and else with two numbers a space sets apart kept apart (A05 2024年5月6日)."""
    found = parse_compact(text)
    if found is None and DIGIT_GAP.search(text):
        found = parse_compact(DIGIT_GAP.sub(r"\1 | ", text))
    return found


def parse_compact(text: str) -> Parsed | None:
    line, gaps = compact(text)
    if not line:
        return None
    vocab = vocabulary()
    position = 0
    kinds: set[str] = set()
    found: dict[str, Any] = {}
    labels: list[str] = []
    while position < len(line):
        for kind, patterns in vocab.tokens:
            if kind in kinds and kind not in REPEATABLE:
                continue
            if kind == "page_bare" and "page" in kinds or kind == "page" and "page_bare" in kinds:
                continue
            match = next((m for p in patterns if (m := p.match(line, position)) and m.end() > position), None)
            if match is None:
                continue
            if kind == "date":
                found["date"] = date_of(match)
                if found["date"] is None:
                    continue
            elif kind == "month_day":
                found["month_day"] = (number(match.group("m")), number(match.group("d")))
            elif kind == "editor" and not names_people(match.group(0)):  # 统筹兼顾 is no credit
                continue
            elif kind == "lunar":
                found["ganzhi"], found["lunar_month"] = match.group("gz"), match.group("lm")
            elif kind == "weekday":
                day = match.group(0).rstrip("）)")[-1]
                # 星期日, 星期天: Sunday; （金）: a paper in Japan's Friday; （日） is read as WEEKDAYS' 日,
                # Sunday in both
                found["weekday"] = min(WEEKDAYS.index(day), 6) if day in WEEKDAYS else JP_WEEKDAYS.index(day)
            elif kind in ("page", "page_bare"):
                if not facing(match.group("page")):  # A8-5 is an editor's make-up code
                    continue
                found["page"] = match.group("page")
            elif kind == "english":
                found["english"] = match.group(0)
            elif kind in ("paper", "paper_unlisted"):
                if kind == "paper_unlisted" and ACTION_WORD.search(match.group(0)):  # 欢迎订阅广西日报 is no name
                    continue
                if kind == "paper_unlisted" and any(match.end() in listed_paper_ends(line, gap)
                                                    for gap in gaps if match.start() < gap < match.end()):
                    continue  # 南京新闻 扬子晚报: a section's name set off before a listed paper's is no part of it
                # the name opening the line is its paper's: a listed app after it (临江晚报·彩练新闻) may be
                # its group's, shared by the group's papers
                found.setdefault("paper_text", match.group(0))
            elif kind == "label":
                if not is_boundary(line, gaps, match.end()):  # 科技 of 科技创新: the whole name is free
                    continue
                labels.append(match.group(0))
            break
        else:
            free = free_label(line, gaps, position, kinds)
            if free is None:
                return None
            labels.append(free)
            kinds.add("label_free")
            position += len(free)
            continue
        kinds.add(kind)
        position = match.end()
    if named_before_its_date(line, gaps, kinds, labels):
        kinds = kinds - {"label_free"} | {"paper_unlisted"}
        found["paper_text"], labels = labels[0], []
    named = found.get("paper_text", "")
    if kinds == {"paper_unlisted", "label"} and line.startswith(named) and len(named) in gaps:
        kinds.add("separator")  # 临江日报 民生: a space sets the paper off from its section as a mark does
    listed = vocab.by_name.get(found.get("paper_text", ""))
    parsed = Parsed(frozenset(kinds), listed.name if listed else found.get("paper_text"),
                    found.get("paper_text"), found.get("date"), found.get("page"), tuple(labels),
                    found.get("month_day"), found.get("ganzhi"), found.get("lunar_month"), found.get("english"),
                    found.get("weekday"))
    return parsed if acceptable(parsed) else None


def named_before_its_date(line: str, gaps: frozenset[int], kinds: set[str], labels: list[str]) -> bool:
    """A name no list holds opening a line, set off from the date after it by a space alone (今日敦煌
    2024年4月15日, 侨报 2024年7月8日 星期一): the paper's own name, as a masthead prints it beside its date;
    a section's name stands by its page number or is set off by a mark (海都民生 | 2024.08.18)."""
    return len(labels) == 1 and kinds - {"weekday", "lunar"} == {"label_free", "date"} \
        and line.startswith(labels[0]) and len(labels[0]) in gaps


SPREAD = re.compile(r"([A-Z]?)(\d{1,2})[-－~～]([A-Z]?)(\d{1,2})")
ZERO_PAGE = re.compile(r"[A-Z]?0+")


def facing(page: str) -> bool:
    """A page number, or a spread over two facing pages (B2-3, B2-B3, 2-3): the second right after the first.
    No page is numbered 0: a bare 00 is the rest of a time the column cut (…9:00—19: / 00)."""
    if ZERO_PAGE.fullmatch(page):
        return False
    spread = SPREAD.fullmatch(page)
    return spread is None or spread.group(3) in ("", spread.group(1)) \
        and int(spread.group(4)) == int(spread.group(2)) + 1


BARE_PAGE_LAST = re.compile(r"[1-9]\d?|0\d")
FORECAST_SKY = re.compile(cue("forecast_sky"))  # 多云, 阴转小雨: the day's weather, no section


def free_label(line: str, gaps: frozenset[int], position: int, kinds: set[str]) -> str | None:
    """A section name no list holds (成渝双城经济圈), only right after a page number printed as
    such (A3, 第3版) or a bare one and a separator (08 | 区域), or opening a line before a page
    number (公司 A10, 国防军事 3) or a second name (理论·学习 10), set off on both sides."""
    after_page = "page" in kinds or {"page_bare", "separator"} <= kinds \
        or "page_bare" in kinds and bool(kinds & {"paper", "paper_unlisted", "date"})  # 嘉定报 2024年8月6日 02 街镇
    second_name = kinds in ({"label_free", "separator"}, {"label", "separator"})  # 理论·学习: see LABEL_TAIL
    # 经济参考报·区域: a paper's section, right after the paper and its separator (大河报·豫视频记者 is a byline)
    after_paper = kinds in ({"paper", "separator"}, {"paper_unlisted", "separator"}) and 0 < position \
        and bool(vocabulary().separator_mark.fullmatch(line[position - 1])) \
        or kinds == {"paper"} and position in gaps  # 常德日报 区县市: a listed paper's section set off by a space
    # 2024年7月25日 星期四 绿色 B2, 烟台晚报 2024年3月6日 星期三 烟台新闻 A3, 2024.05.31 星期五 | 番禺新闻 | 第5版:
    # needs a page number after it
    after_date = bool(kinds - PAPER_KINDS) and kinds <= DATE_KINDS | PAPER_KINDS
    # 06 天水新闻 2024年6月29日 星期六: after a bare page number opening the line, needs a date after it
    after_bare_page = kinds == {"page_bare"}
    # 海都 福州新闻 A03: a second name set off by a space, before a page number
    after_name = kinds == {"label_free"} and position in gaps
    if not (after_page or second_name or after_paper or after_date or after_bare_page or after_name or position == 0) \
            or not is_boundary(line, gaps, position):
        return None
    end = name_end(line, gaps, position)
    # a letter-spaced name's spacing may run on into what follows it (产 业 第6版): shorter ends are tried too
    ends = range(end, position + 1, -1) if position + 1 in gaps else (end,)
    for end in ends:
        if not 2 <= end - position <= 8 or not is_boundary(line, gaps, end):
            continue
        if after_paper and BYLINE_WORD.search(line, position, end) or ACTION_WORD.search(line, position, end):
            return None  # 扫码下载大河报·豫视频客户端 is a promotion
        # 2024年4月14日 星期日 维权 7: after a full date, a bare page number set off by a space and ending the line
        # names the page too (after a weekday alone it is a forecast's, 星期四 天晴 27; after the sky's words too,
        # 多云 27)
        bare_page_last = after_date and "date" in kinds and end in gaps and bool(BARE_PAGE_LAST.fullmatch(line, end)) \
            and not FORECAST_SKY.fullmatch(line, position, end)
        if not (after_page or second_name or after_paper or bare_page_last) and not page_number_after(line, end) \
                and not (position == 0 and (LABEL_TAIL.fullmatch(line, end) or dated_rest(line, gaps, end)
                                            or paper_rest(line, gaps, end))) \
                and not (after_bare_page and dated_rest(line, gaps, end)):
            continue
        return line[position:end]
    return None


def listed_paper_ends(line: str, start: int) -> frozenset[int]:
    """Where the listed papers' names opening at `start` end (人民日报 and 人民日报海外版): what sets a section's
    name apart before them on a page's head (汕头新闻 汕头特区晚报), read by parse_compact (no part of an
    unlisted name run across the space: 神州大地 人民日报海外版 is no 神州大地人民日报) and by paper_rest (the
    section a free label) alike."""
    names = vocabulary().by_name
    shortest, longest = paper_name_lengths()
    return frozenset(end for end in range(start + shortest, min(len(line), start + longest) + 1)
                     if line[start:end] in names)


@cache
def paper_name_lengths() -> tuple[int, int]:
    lengths = [len(name) for name in vocabulary().by_name]
    return min(lengths), max(lengths)


def paper_rest(line: str, gaps: frozenset[int], end: int) -> bool:
    """Does the rest of the line from `end`, set off by a space, open with a listed paper's name set off in
    turn: a section's name opening a page's head before its paper's (汕头新闻 汕头特区晚报 2024年2月29日), as
    it stands after it."""
    return end in gaps and any(paper == len(line) or paper in gaps for paper in listed_paper_ends(line, end))


def page_number_after(line: str, end: int) -> bool:
    """Is the rest of the line from `end` a page number printed as such, maybe set off by a mark (| 第5版)?"""
    start = end + 1 if end < len(line) and vocabulary().separator_mark.fullmatch(line[end]) else end
    return any(p.fullmatch(line, start) for kind, patterns in vocabulary().tokens if kind == "page" for p in patterns)


def dated_rest(line: str, gaps: frozenset[int], end: int) -> bool:
    """After a section name opening a head line, a header line with a date or a page number of its own
    (海都民生 | 2024.08.18, 海都 社会 A04: the name stands before the rest as a section's name does)."""
    rest = "".join((" " if k in gaps else "") + line[k] for k in range(end, len(line)))
    parsed = parse(rest) if rest.strip() else None
    return parsed is not None and bool(parsed.kinds & {"date", "page", "page_bare"}) \
        and not parsed.kinds & {"paper", "paper_unlisted"}


BYLINE_WORD = re.compile(cue("byline_word"))
ACTION_WORD = re.compile(cue("action_word"))  # never part of a section's or a paper's name
DATE_KINDS = frozenset({"date", "weekday", "lunar", "month_day", "separator"})
PAPER_KINDS = frozenset({"paper", "paper_unlisted"})


def name_end(line: str, gaps: frozenset[int], position: int) -> int:
    """Where a section name starting at `position` ends: at the next space, or, for a name printed
    letter-spaced (理 论 · 学 习, 多 彩 贵 州), where the spacing stops."""
    end = position
    spaced = position + 1 in gaps and position + 1 < len(line) and bool(CJK.match(line[position + 1]))
    while end < len(line) and CJK.match(line[end]):
        if end > position and (end in gaps) != spaced:
            break
        end += 1
    return end


LABEL_TAIL = re.compile(cue("label_tail"))  # after a section name: a second name, a page or issue number


@cache
def unlisted_alone() -> re.Pattern:
    """An unlisted paper's name alone on a line is a masthead only with a paper's own ending: the
    first of furniture.yml's `paper_unlisted` patterns."""
    return next(patterns[0] for kind, patterns in vocabulary().tokens if kind == "paper_unlisted")


def acceptable(parsed: Parsed) -> bool:
    kinds = parsed.kinds
    if parsed.role is None:
        return False
    if "paper_unlisted" in kinds and not kinds & {"date", "month_day", "weekday", "lunar", "page", "serial", "organ",
                                                  "editor", "contact"} \
            and not (kinds in ({"paper_unlisted", "separator", "label"}, {"paper_unlisted", "separator", "label_free"})
                     and unlisted_alone_any().fullmatch(parsed.paper_text or "")) \
            and not ("page_bare" in kinds and kinds & {"label", "label_free"}
                     and unlisted_alone().fullmatch(parsed.paper_text or "")) \
            and (kinds - {"english", "edition"} != {"paper_unlisted"}
                 or not unlisted_alone().fullmatch(parsed.paper_text or "")
                 or "english" in kinds and not ENGLISH_PAPER.search(parsed.english or "")):
        # 春节捷报 is no masthead; 江城日报 alone, beside its English name (LINJIANG DAILY), its edition
        # (临江日报数字报), its organ line, a listed section (临江晚报·要闻; after a mark, a section beside any name an
        # unlisted paper may bear, 临江建设报·工程) or a section and a bare page number
        # (临江日报 03 要闻, 临江日报·临江新闻 10), or 嘉定报 beside its date, its page's editors or its hotline
        # (临江晚报 编辑 X, 临江晚报·临江新闻 新闻热线：…) is one
        return False
    if "edition" in kinds and not kinds & {"paper", "paper_unlisted", "serial"}:  # 临江日报数字报, 第9214期 法国版
        return False
    # A bare number names a page only alone or beside a section, a date or a paper.
    if "page_bare" in kinds and not kinds & {"label", "label_free", "paper", "date", "lunar", "weekday", "serial"} \
            and kinds - {"page_bare", "separator"}:
        return False
    return True


# How an English or pinyin name of a paper ends (LINJIANGDAILY, LINJIANGRIBAO: read with spaces removed).
ENGLISH_PAPER = re.compile("(?:DAILY|NEWS|TIMES|POST|HERALD|JOURNAL|WEEKLY|EXPRESS|RIBAO|WANBAO|BAO)$")


def never_furniture(text: str) -> bool:
    return any(p.search(text) for p in vocabulary().never)


def line_role(text: str, header_line: bool = True) -> str | None:
    """The furniture role of one source line judged on its own text, or None for anything that
    could be article text. A bare section label (要闻) is None: only beside a page number is it a
    page header, and the segmenter decides the rest by context. With `header_line` False (a line
    outside the head and foot zones) the header grammar is not tried: its roles count only there."""
    line = normal(text)
    if not line:
        return None
    if never_furniture(line):
        return "teaser" if vocabulary().question_teaser.match(line) else None
    if not header_line and not vocabulary().body_cues.search(line):
        return None
    parsed = parse(line) if header_line else None
    # a line opening with the paper as its publisher (重庆日报社出版, …社出版 订阅热线：…) is judged by the
    # patterns below; after other header parts (今日出纸七叠 澳门日报社出版) it is a header line
    if parsed is not None and not ("organ" in parsed.kinds and publisher_pattern().match(compact(line)[0])):
        return parsed.role
    if squeeze_english(line) in vocabulary().by_english and not CJK.search(line):
        return "masthead_english"
    return pattern_role(line) or (two_parts_role(line) if header_line else None)


def pattern_role(line: str) -> str | None:
    """The role furniture.yml's `roles` patterns give a line (contact, promo, editor, …), if any."""
    for role, patterns in vocabulary().roles:
        if any(p.search(line) for p in patterns) and (role != "editor" or names_people(line)):
            return role
    return None


MAX_PART_GAPS = 3  # spaces in a line read as two furniture parts: a letter-spaced line is tried no further


def two_parts_role(line: str) -> str | None:
    """A foot or head line that is two lines of furniture set side by side, each a contact, promotion
    or the like on its own: a hotline and a call to scan (报料热线 0871-82840027 扫码下载“都市条子”客户端报料).
    The role of the first. The header grammar is not tried on the parts: a table's row (1 上海海港 15 35)
    would read as a page number beside a section."""
    gaps = list(re.finditer(r"\s+", line))
    if len(gaps) > MAX_PART_GAPS:
        return None
    for gap in gaps:
        first = pattern_role(line[:gap.start()])
        if first and pattern_role(line[gap.end():]):
            return first
    return None


def editor_credits(text: str) -> list[tuple[str, str]]:
    """(role, name) of every editor a furniture line credits: 责编 周敏 美编 张辉 ③2,
    2024年4月9日 星期二 责编 石立 美编 郭雯航. Names start with a surname; make-up codes are dropped."""
    parts = vocabulary().editor_role.split(text)
    roles = vocabulary().editor_role.findall(text)
    return [(role, name) for role, after in zip(roles, parts[1:])
            for name in names_from(EDITOR_WORDS.sub(" ", after)) if name[0] in surnames()]


# a make-up code, marks and numbers, and a sports page's section in capitals opening the line (CBA 编辑 X)
EDITOR_WORDS = re.compile(r"^[A-Z][A-Z0-9]{1,5}(?=\s)|[A-Z]\d{1,2}[-－]\d{1,2}"
                          r"|[:：/／、，,\s\u2460-\u2473\u2776-\u277f\d]+")


def names_people(line: str) -> bool:
    """An editor's credit names people after its roles: 责编 周 敏, not 统筹兼顾 or 视觉盛宴."""
    rest = EDITOR_WORDS.sub(" ", vocabulary().editor_role.sub(" ", vocabulary().contact_tail.sub("", line)))
    if not CJK.search(rest):  # ③② alone: the make-up codes of an editor's line
        return not CJK.search(line)
    return only_names(rest) is not None



def paper_of(text: str, role: str) -> str | None:
    """The gazetteer paper a masthead, its English name, an organ line (中共四川省委机关报) or a
    publisher's line (光明日报社出版, alone or before contacts) names."""
    vocab = vocabulary()
    line = normal(text)
    if role == "masthead":
        parsed = parse(line)
        name = compact(line)[0]
        # 嘉定报 alone, or 安吉新闻 over 安吉县融媒体中心主办: a masthead only by its neighbours (stack_roles)
        if parsed is None or parsed.paper is None and parsed.kinds <= {"label", "label_free"}:
            return name if unlisted_masthead(name) or SECTION_NAME.fullmatch(name) \
                or MASTHEAD_NAME.fullmatch(name) else None
        return parsed.paper
    if role == "masthead_english":
        paper = vocab.by_english.get(squeeze_english(line))
        return paper.name if paper else None
    if role in ("organ", "contact"):
        squeezed = compact(line)[0]
        if role == "organ" and squeezed in vocab.by_organ:
            return vocab.by_organ[squeezed].name
        # 光明日报社出版, 临江日报社址：…, 出版：临江日报社: a paper's own publisher, listed or not (a group's
        # name or 主办 may cover other papers)
        found = publisher_pattern().search(squeezed)
        if found:
            return filed_name(found.group("name") or found.group("publisher"))
        # 临江日报 www.ljrb.cn, 重庆日报 新闻热线：…: a contact line opening with its paper's name
        found = contact_paper().match(squeezed) if role == "contact" else None
        if found and not ACTION_WORD.search(found.group("name")):  # 欢迎订阅北京日报: see promo_pattern
            return filed_name(found.group("name"))
    if role in ("promo", "contact"):  # 下载北京晚报APP, 欢迎订阅北京日报: a paper advertises itself on its own pages
        found = promo_pattern().search(compact(line)[0])
        if found:
            return filed_name(found.group("name") or found.group("subscribed") or found.group("hotline")
                              or found.group("scanned") or found.group("account"))
    return None


def names_an_unlisted_paper_alone(text: str) -> bool:
    """A line that is only a name with a paper's ending the gazetteer lacks (临江快报)."""
    name = normal(text)
    return bool(unlisted_alone_any().fullmatch(name)) and not listed(name)


def listed(paper: str) -> bool:
    """Is the paper in the gazetteer (by its name or an alias)? An unlisted one is read as the page prints it."""
    return paper in vocabulary().by_name


def filed_name(name: str) -> str:
    """The name the archive files a printed paper under: the gazetteer's for a listed name or alias, else as printed."""
    listed = vocabulary().by_name.get(name)
    return listed.name if listed else name


@cache
def contact_paper() -> re.Pattern:
    """A paper's name opening a contact line, not its group's (重庆日报报业集团) or its office's (报社)."""
    names = "|".join(re.escape(name) for name in newspaper_names()) + "|" + unlisted_alone().pattern
    return re.compile(cue("contact_paper", names=names))


@cache
def publisher_pattern() -> re.Pattern:
    """A paper, listed or named with a paper's own ending, as its own publisher: before 社 and its publishing or
    its address (光明日报社出版, 临江晚报社址：…), or after 出版： (出版：临江日报社)."""
    names = "|".join(re.escape(name) for name in newspaper_names()) + "|" + unlisted_alone_any().pattern
    return re.compile(cue("publisher", names=names))


@cache
def promo_pattern() -> re.Pattern:
    """下载北京晚报APP, 欢迎订阅北京日报: one pattern for every name, longest first (compiled once:
    the names far outnumber the patterns re keeps compiled)."""
    # a paper the gazetteer lacks, by any ending a paper's name takes (下载临江晚报APP, 扫码关注中国临江报): the
    # call to follow or download it says that the name is a paper's
    names = "|".join(re.escape(name) for name in newspaper_names()) + "|" + unlisted_alone_any().pattern
    return re.compile(cue("promo", names=names))


@cache
def byline_paper_pattern() -> re.Pattern:
    """A gazetteer paper naming its own reporter in a byline or credit (法治日报记者 X, 上游新闻·重庆晨报记者 X,
    大河报·豫视频记者 X, 新京报讯): what a page prints of its paper when it prints no masthead. Not after 据 /
    转自 / 来源 (a reprint names another paper)."""
    names = "|".join(re.escape(name) for name in newspaper_names())
    return re.compile(cue("byline_paper", names=names))


@cache
def paper_signer_pattern() -> re.Pattern:
    """A gazetteer paper signing a notice of its own (征稿启事 … 中国儿童报编辑部 / 2024年2月6日, 中国自然资源报社),
    in the notice or set apart at the page's foot: only a paper signs as its own house or desk."""
    names = "|".join(re.escape(name) for name in newspaper_names())
    return re.compile(cue("paper_signer", names=names))


def signing_paper(text: str) -> tuple[str, str] | None:
    """The gazetteer paper a notice's signature names, and the words that name it."""
    found = paper_signer_pattern().match(compact(text)[0])
    return (vocabulary().by_name[found.group("name")].name, found.group(0)) if found else None


@cache
def byline_unlisted_pattern() -> re.Pattern:
    """An unlisted paper, by any ending furniture.yml's `paper_unlisted` knows, naming its reporter
    (临江晚报全媒体记者 X, （临江日报记者 X）, 临江日报讯, 中国临江报记者 X): the name set off before it, so that
    本报讯 临江日报记者 reads 临江日报; or its dateline in brackets, whatever the name ends in (【临江公报讯】)."""
    return re.compile(cue("byline_unlisted", unlisted=unlisted_alone_any().pattern))


def byline_paper(text: str) -> tuple[str, str] | None:
    """The paper whose reporter a byline or credit names, and the words that name it: a gazetteer paper, or
    one named with a paper's own ending."""
    found = byline_paper_pattern().search(compact(text)[0])
    if found:
        return vocabulary().by_name[found.group("name")].name, found.group(0)
    found = byline_unlisted_pattern().search(normal(text))
    return (found.group("name") or found.group("bracketed"), found.group(0)) if found else None


def zones(lines: list[str]) -> tuple[list[int], list[int]]:
    """0-based indices of the head zone's and the foot zone's non-blank lines."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return filled[:HEAD_ZONE], filled[-FOOT_ZONE:]


@lru_cache(maxsize=1024)  # each zone line, for the head's and the foot's dates and again for the page's date
def is_fragment(text: str) -> bool:
    line = compact(text)[0]
    if any(p.match(line) for p in vocabulary().fragments):
        return True
    parsed = parse(line)
    if parsed is not None and parsed.kinds <= {"date", "lunar", "weekday", "separator"}:
        return True
    weekday = vocabulary_token("weekday")
    return any(p.fullmatch(line) for p in weekday)


def vocabulary_token(kind: str) -> tuple[re.Pattern, ...]:
    return dict(vocabulary().tokens)[kind]


def joined_dates(zone: list[int], lines: list[str]) -> list[tuple[list[int], Parsed]]:
    """Date lines in a zone, each with the lines it is set over (one to three consecutive
    non-blank lines; the longest join that makes a date line wins)."""
    found = []
    # each line judged once: every join of up to MAX_DATE_PIECES lines around it tries it again
    fragment = {i: is_fragment(lines[i]) for i in zone}
    never = {i: never_furniture(normal(lines[i])) for i in zone}
    k = 0
    while k < len(zone):
        for size in range(min(MAX_DATE_PIECES, len(zone) - k), 0, -1):
            pieces = zone[k:k + size]
            if size > 1 and not all(fragment[i] for i in pieces):
                continue
            if any(never[i] for i in pieces):
                continue
            # joined with spaces, so that a name beside a date stays set off (A02 深圳新闻 2024年4月5日)
            parsed = parse(" ".join(normal(lines[i]) for i in pieces))
            if parsed is not None and parsed.kinds & {"date", "lunar"} and (size > 1 or parsed.role == "dateline"):
                found.append((pieces, parsed))
                k += size
                break
        else:
            k += 1
    return found


def bold_masthead(text: str) -> str:
    """A masthead set in a face the extractor reads twice over (重重庆庆日日报报), read once; any other
    line as printed. Only a paper's name qualifies: elsewhere a doubled glyph may be printed so."""
    glyphs = WHITESPACE.sub("", text)
    if len(glyphs) < 4 or len(glyphs) % 2 or glyphs[::2] != glyphs[1::2]:
        return text
    return glyphs[::2] if line_role(glyphs[::2]) == "masthead" else text


def page_header(lines: list[str]) -> Header:
    """What the page's head and foot zones print about it, and the role of every furniture line."""
    header = Header()
    head, foot = zones(lines)
    lines = [bold_masthead(text) if i in head or i in foot else text for i, text in enumerate(lines)]
    in_zone = set(head) | set(foot)
    previous = ""  # the non-blank line right above, "" after a blank line
    for index, text in enumerate(lines):
        # Amid the page a line right under one that stops mid-sentence goes on with it: no furniture.
        inside_text = index not in in_zone and previous and not SENTENCE_OVER.search(previous) \
            and (len(previous) >= MIN_WRAPPED_LINE or CLAUSE_MARK.search(previous)) and not POINTER.search(text)
        role = None if inside_text else line_role(text, index in in_zone)
        if role == "masthead" and index not in head and names_an_unlisted_paper_alone(text):
            role = None  # 科研快报 over its box's rows at the foot: a label; a masthead stands at the top
        if role and (role not in POSITIONAL or index in in_zone):
            header.roles[index + 1] = role
        # a furniture line ends no sentence, yet the line under it is no part of it (两行导读, 电话 / 邮箱)
        previous = "" if index + 1 in header.roles else text.strip()
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for zone_lines, strict in ((head, False), (foot, True)):
        for pieces, parsed in joined_dates(zone_lines, lines):
            # a bare date at the foot may sign a notice; over nothing but the footer it is the page's
            if strict and not set(pieces) & set(head) and not footer_date(parsed) \
                    and not stands_over_the_footer(header, lines, filled, pieces):
                for i in pieces:
                    if header.roles.get(i + 1) == "dateline":
                        del header.roles[i + 1]
                continue
            for i in pieces:
                if header.roles.get(i + 1) not in ("masthead", "page_header"):
                    header.roles[i + 1] = "dateline"
    foot_contacts(header, lines, foot)  # before the readers of boxes and notices, which undo a row's role
    teaser_box(header, lines)  # first: a 导读 label under a page number is the box's, no section
    box_rows(header, lines)
    term_row_box(header, lines)
    contact_in_a_sentence(header, lines)
    phone_over_a_signature(header, lines)
    number_broken_off(header, lines)
    promo_slogan(header, lines)
    stack_roles(header, lines, head, foot)
    read_paper(header, lines, head, foot)
    read_date(header, lines, head, foot)
    read_page(header, lines, head, foot)
    section_banner(header, lines, head)
    header.roles = dict(sorted(header.roles.items()))
    return header


HEADER_ROLES = frozenset({"masthead", "masthead_english", "organ", "dateline", "serial", "page_header"})
# A section or supplement name alone on its line (郑州新闻, 多 彩 贵 州, 理论·学习): furniture only by its neighbours.
SECTION_NAME = re.compile(rf"[{HAN}]{{2,8}}(?:[·・][{HAN}]{{2,8}})?")
BARE_PAGE_NAME = re.compile(r"(\d{1,2})\s+(\S.{1,16})")
TEASER_WORD = cue("teaser_word")  # a cheap test before TEASER_LABEL
TEASER_LABEL = re.compile(cue("teaser_label"))
TEASER_PAGE = re.compile(cue("teaser_page"))  # under a 导读 label: a line naming its page however set
MIN_TEASERS, MAX_TEASERS = 2, 8  # the pointers a 导读 box holds


def bare_page_header(text: str) -> Parsed | None:
    """08 公司, 4 三农要闻: a bare page number and a section name set off by a space, read as though a
    separator stood between them. Alone this could be a ranking or a list line; `stack_roles` takes
    it only at the page's edge or beside the header."""
    found = BARE_PAGE_NAME.fullmatch(normal(text))
    if found is None:
        return None
    parsed = parse(found.group(1) + "｜" + found.group(2))
    return parsed if parsed is not None and parsed.role == "page_header" and parsed.labels else None


def header_parse(text: str) -> Parsed | None:
    """A header line's tokens, a bare page number before a section name (08 公司) included."""
    return parse(text) or bare_page_header(text)


def stack_roles(header: Header, lines: list[str], head: list[int], foot: list[int]) -> None:
    """Head and foot lines that are furniture only beside the header: a bare page number and a section
    (08 公司) at the page's edge or by a header line; an unlisted paper's name alone (嘉定报) over its organ
    line, or topping the page over its date line; a section or supplement name alone (重庆新闻, 花 潮) at
    the top of the header or between two header lines, under a page number when it reads as a
    section's name (郑州新闻, 多 彩 贵 州: a listed section's ending, or letter-spaced), or of four characters
    or fewer right under the page's header line and set off below it (… 第11版 / 协商在线)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    order = {i: k for k, i in enumerate(filled)}
    for i in head:
        k = order[i]
        below = filled[k + 1] if k + 1 < len(filled) else None
        if below is not None and below in head and split_masthead(lines, i, below, k == 0):
            header.roles[i + 1] = header.roles[below + 1] = "masthead"  # 重庆 / 日报
    for i in head:  # 安吉新闻 / 安吉县融媒体中心主办: a name beside the organ line of its own place is the masthead
        k = order[i]
        line = compact(normal(lines[i]))[0]
        if header.roles.get(i + 1) not in (None, "page_header") or not SECTION_NAME.fullmatch(line) or len(line) > 8:
            continue
        for near in filled[k + 1:k + 2] + filled[max(0, k - 1):k]:
            owner = compact(normal(lines[near]))[0]
            # 中共临江县委机关报 names its place after 中共; 临江县融媒体中心出版 is a contact line; 今日临江
            if (header.roles.get(near + 1) == "organ" or header.roles.get(near + 1) == "contact"
                    and MEDIA_CENTRE.fullmatch(owner)) and ORGAN_PARTY.sub("", owner)[:2] in line:
                header.roles[i + 1] = "masthead"
                break
    vouched_masthead(header, lines, filled, head)
    for i in dict.fromkeys(head + foot):
        if i + 1 in header.roles:
            continue
        k = order[i]
        above = filled[k - 1] if k else None
        below = filled[k + 1] if k + 1 < len(filled) else None
        role_above = header.roles.get(above + 1) if above is not None else None
        role_below = header.roles.get(below + 1) if below is not None else None
        text = normal(lines[i])
        if never_furniture(text):
            continue
        line, gaps = compact(text)
        edge = k in (0, len(filled) - 1)
        if role_above == "masthead" and LATIN_NAME.fullmatch(text.strip()):
            header.roles[i + 1] = "masthead_english"  # 人民铁道 / RENMIN TIEDAO: its pinyin or English name
        elif SERVICE_LINE.match(text.strip()):
            # … 国内统一连续出版物号 CN 11-0000 / 维权热线 12315 / blank: in the head under the header's stack,
            # set off below or over another header line, the paper's own line; a box's first row has rows under it
            if in_head_stack(i, head, lines, role_above, role_below):
                header.roles[i + 1] = "contact"
        elif bare_page_header(text) is not None:
            if edge or role_above in HEADER_ROLES or role_below in HEADER_ROLES:
                header.roles[i + 1] = "page_header"
        elif unlisted_masthead(line) and not ACTION_WORD.search(line):
            # over its organ line, or topping the page over its English name, date line or serial numbers
            if role_below == "organ" or k == 0 and role_below in ("dateline", "serial", "masthead_english"):
                header.roles[i + 1] = "masthead"
            elif in_head_stack(i, head, lines, role_above, role_below):
                # 02 要闻 / 铁道建设报 / its date line, or last under any header line and set off below: a name
                # alone inside the header's stack is the paper's
                header.roles[i + 1] = "masthead"
            elif k == 0 and below is not None and masthead_tagline(lines, below) \
                    and header.roles.get(filled[k + 2] + 1 if k + 2 < len(filled) else 0) in ("dateline", "serial"):
                # 大众报 / 澳门出版 / its date line: the seat or motto a paper prints under its name
                header.roles[i + 1] = "masthead"
                header.roles[below + 1] = "organ"
        elif plain_name(line):
            stacked = (k == 0 or role_above in HEADER_ROLES) and role_below in HEADER_ROLES
            # a name of two or three characters set off below (甬城 / blank) is a section's, hardly ever a headline
            short = len(line) <= 3 and i + 1 < len(lines) and not lines[i + 1].strip()
            under_page = role_above == "page_header" and page_only(lines[above]) and len(line) <= 6 \
                and (line.endswith(tuple(vocabulary().labels)) or len(gaps) == len(line) - 1 or short)
            # the page's second line, right under its header line and set off below (… 第11版 / 协商在线 / blank)
            banner = k == 1 and above == i - 1 and role_above in HEADER_ROLES and len(line) <= MAX_BANNER_CHARS \
                and i + 1 < len(lines) and not lines[i + 1].strip()
            if stacked or under_page or banner:
                header.roles[i + 1] = "page_header"
    inside_the_stack(header, lines, order, head)


MAX_STACK_RUN = 2  # lines no header rule reads, set solid between two header lines (环球华报 / Global … / 温哥华 …)
MAX_TOP_RUN = 3  # lines topping the page over its date line (金凤凰 / GOLDEN PHOENIX / 缅甸中文报 / 2024年7月8日)
ROLES_UNDER_A_STACK_RUN = HEADER_ROLES | {"contact"}


def inside_the_stack(header: Header, lines: list[str], order: dict[int, int], head: list[int]) -> None:
    """Lines set solid (no blank line between) inside the header's stack are furniture whatever they print:
    a run of one or two under a header line and over another or a contact line (a masthead's English name
    or seat, 연변일보 in another script, an organ line ending in its edition, 中共…机关报（汉文版）, an issue's
    price), or of up to three topping the page right over its date line (a name the gazetteer lacks, its
    English name and motto). Neither a headline nor a text's line is printed inside the paper's own head; a
    line of a sentence or a byline is never taken."""
    zone = set(head)
    k = 0
    while k < len(head):
        i = head[k]
        if header.roles.get(i + 1):
            k += 1
            continue
        run = [i]
        while k + len(run) < len(head) and head[k + len(run)] == run[-1] + 1 \
                and not header.roles.get(head[k + len(run)] + 1):
            run.append(head[k + len(run)])
        k += len(run)
        above, below = run[0] - 1, run[-1] + 1
        if below >= len(lines) or lines[below].strip() and below not in zone:
            continue
        role_below = header.roles.get(below + 1)
        top = order[run[0]] == 0
        under = not top and above in zone and header.roles.get(above + 1) in HEADER_ROLES
        if top:
            fits = len(run) <= MAX_TOP_RUN and role_below == "dateline"
        elif under and not lines[below].strip():
            # last in the stack, set off below from what follows: a headline may stand so, so the shape decides
            fits = len(run) <= MAX_STACK_RUN and all(stack_shaped(normal(lines[j])) for j in run)
        else:
            fits = len(run) <= MAX_STACK_RUN and under and role_below in ROLES_UNDER_A_STACK_RUN
        if not fits or any(stack_text(normal(lines[j])) for j in run):
            continue
        for j in run:
            header.roles[j + 1] = stack_role(normal(lines[j]))
        # 金凤凰 / GOLDEN PHOENIX / …: a name topping the page over its English name is the paper's, whatever it ends
        # in, unless it is a section's label (要闻 / CHINA NEWS TODAY: the section's English line)
        name = compact(normal(lines[run[0]]))[0]
        if top and len(run) > 1 and header.roles[run[1] + 1] == "masthead_english" and MASTHEAD_NAME.fullmatch(name) \
                and "masthead" not in header.roles.values() and not ACTION_WORD.search(name) \
                and name not in SECTION_LABELS:
            header.roles[run[0] + 1] = "masthead"


STACK_TAGLINE = re.compile(cue("stack_tagline"))
STACK_SERIAL = re.compile(cue("stack_serial"))
STACK_DATE_REST = re.compile(cue("stack_date_rest"))
LATIN_LETTER = re.compile("[A-Za-z]")


def stack_shaped(text: str) -> bool:
    """A head line no headline is shaped like: no Han character but a bare number or a name in Latin letters of
    two words or four letters (010, Global Chinese Press; NBA alone may be a kicker), a paper's kind
    (全国某某行业报, 缅甸中文报), its issue number opening the line, or a whole date line (2024年7月20日 某国时间)."""
    line = compact(text)[0]
    if not CJK.search(line):
        return bool(BARE_NUMBER.fullmatch(line) or LATIN_NAME_ANY_CASE.fullmatch(text.strip()))
    return bool(STACK_TAGLINE.fullmatch(line) and not ACTION_WORD.search(line) or STACK_SERIAL.match(line)
                or whole_date(line))


def whole_date(line: str) -> bool:
    """A compacted line that is a date and at most its weekday or time zone (2024年7月20日某国时间)."""
    return any((found := p.match(line)) and date_of(found) and STACK_DATE_REST.fullmatch(line, found.end())
               for p in vocabulary_token("date"))


def stack_role(text: str) -> str:
    """The role of a line taken inside the header's stack, by its shape: a name in Latin letters is the
    masthead's English name, a whole date the date line, a bare number the page's; anything else (a
    paper's kind, seat, issue number or price, an organ line with its edition) is one of the paper's own
    marks, "serial", never "organ", which names the paper by its listed organ line."""
    line = compact(text)[0]
    if not CJK.search(line) and LATIN_LETTER.search(line):
        return "masthead_english"
    if whole_date(line):
        return "dateline"
    return "page_header" if BARE_NUMBER.fullmatch(line) else "serial"


def stack_text(text: str) -> bool:
    """A line that may be a text's, never the header's: a sentence's end, a clause mark amid words, a byline."""
    line = compact(text)[0]
    return bool(never_furniture(text) or SENTENCE_OVER.search(line) or BYLINE_WORD.search(line)
                or FOOT_SENTENCE_MARK.search(line))


def in_head_stack(i: int, head: list[int], lines: list[str], role_above: str | None, role_below: str | None) -> bool:
    """Line `i` of the head under a header line, and over another or set off below by a blank line: inside
    the header's stack, not over the text that starts under it."""
    return i in head and role_above in HEADER_ROLES \
        and (role_below in HEADER_ROLES or i + 1 < len(lines) and not lines[i + 1].strip())


SERVICE_LINE = re.compile(cue("service_line"))  # 维权热线 12315: the paper's in its head, a box's row elsewhere
MAX_BANNER_CHARS = 4  # a section's name under the page's header line (协商在线, 经济周刊)
MAX_TAGLINE_CHARS = 10  # the seat or motto under a masthead (澳门出版, 百姓身边的报纸)


def masthead_tagline(lines: list[str], index: int) -> bool:
    """A short line of Han characters alone, no byline nor a call to act: what a paper may print
    between its name and its date line."""
    line = compact(normal(lines[index]))[0]
    return plain_name(line) and len(line) <= MAX_TAGLINE_CHARS and not never_furniture(lines[index])


def plain_name(line: str) -> bool:
    """Han characters alone, with no call to act nor a byline's role: a section's name, or the seat or
    motto under a masthead."""
    return bool(SECTION_NAME.fullmatch(line)) and not (ACTION_WORD.search(line) or BYLINE_WORD.search(line))


# A paper's name as its masthead prints it: Han characters, perhaps after a number (21世纪经济报道).
MASTHEAD_NAME = re.compile(rf"\d{{0,4}}[{HAN}]{{2,10}}")
PAPER_MARK = re.compile(cue("paper_mark"))  # what only a paper prints under its name (CN 11-0034, 邮发代号)
MAX_VOUCHING = 3  # header lines under a masthead, one of which vouches for it
# An English or pinyin name under a masthead, two words or more in capitals, a number among them (21ST CENTURY …)
LATIN_MASTHEAD = re.compile(r"(?=.*[A-Z]{2})[A-Z0-9][A-Z0-9'’.&-]*(?: +[A-Z0-9][A-Z0-9'’.&-]*)+")


def vouched_masthead(header: Header, lines: list[str], filled: list[int], head: list[int]) -> None:
    """The first line of the head that is no header line yet: a name (人民铁道, 南方周末, 21世纪经济报道: no
    paper's ending needed) over what only a paper prints under its own name, its English or pinyin name
    (RENMIN TIEDAO, TA KUNG PAO), the body owning it (交通运输部主办; a party committee's or a county media
    centre's only for a name of its own place, `stack_roles`), its serial numbers
    (国内统一连续出版物号 CN 11-0034, 邮发代号) or the day it was founded, with only header lines between (an
    English name vouches with a header line under it, a date line or a page number), is
    the masthead, and the line in capitals its English name. A section's name over its issue number
    (理论·学习 / 第464期) is none."""
    if "masthead" in header.roles.values():
        return
    for k, i in enumerate(filled[:len(head)]):
        role = header.roles.get(i + 1)
        text = normal(lines[i])
        if role in HEADER_ROLES and not (role == "page_header" and header_parse(text) is None):
            continue  # a page header or date line above the masthead
        name = compact(text)[0]
        if role not in (None, "page_header") or not MASTHEAD_NAME.fullmatch(name) or name in vocabulary().labels \
                or ACTION_WORD.search(name) or BYLINE_WORD.search(name) or never_furniture(text):
            return
        latin = None
        vouched = False
        # 少年先锋报 / 第6版 新闻 / 2024年7月30日: a name ending in 报 topping the page right over its page
        # number and date is the masthead (no headline is printed over the page's own head)
        set_under = [header.roles.get(j + 1) for j in (i + 1, i + 2) if j < len(lines) and lines[j].strip()]
        # 今日仁怀 / 镇街 / 第2版 / 2024年12月17日: the page's section may stand between, alone on its line
        section_over = bool(set_under) and set_under[0] is None and i + 1 in filled and plain_name(
            compact(normal(lines[i + 1]))[0]) and i + 4 <= len(lines)
        if section_over:
            set_under = [header.roles.get(j + 1) for j in (i + 2, i + 3) if lines[j].strip()]
        # a name with no paper's ending over a section is no masthead: a special page's banner is set so
        # (全国两会 / 代表风采 / 第5版 / its date)
        if k == 0 and unlisted_masthead(name) and set(set_under) == {"dateline", "page_header"} \
                and len(set_under) == 2:
            vouched = True
        # 临江大学报 / 第8版 求是园 / blank: a name with a paper's ending right over the page's header line set off
        # below is the masthead too (the page dated at its foot)
        if k == 0 and not section_over and unlisted_masthead(name) and set_under == ["page_header"] \
                and header_parse(normal(lines[i + 1])) is not None:
            vouched = True
        for j in filled[k + 1:k + 1 + MAX_VOUCHING]:
            below, role_below = normal(lines[j]), header.roles.get(j + 1)
            if LATIN_MASTHEAD.fullmatch(below) or role_below == "masthead_english":
                latin = j
                # 临江华报 / LINJIANG CHINESE DAILY NEWS / 休斯顿版: topping the page, an English name ending as a
                # paper's does vouches alone (no headline nor section prints one under it), whatever follows
                vouched = vouched or k == 0 and bool(ENGLISH_PAPER.search(squeeze_english(below)))
                continue
            # a party committee's or media centre's line vouches only for a name of its own place (see above)
            if not (role_below == "organ" and not (ORGAN_PARTY.match(compact(below)[0]) or MEDIA_CENTRE.fullmatch(
                    compact(below)[0])) or role_below == "serial" and PAPER_MARK.search(compact(below)[0])):
                if role_below not in HEADER_ROLES:
                    break
                # a header line under the English name vouches for both: a headline over words in capitals
                # (临江马拉松 / LINJIANG MARATHON) has none under it
                if latin is None:
                    continue
            vouched = True
        if vouched:
            header.roles[i + 1] = "masthead"
            if latin is not None:
                header.roles[latin + 1] = "masthead_english"
        return


# A paper's name in capitals set under its masthead: two words or more (RENMIN TIEDAO, LINJIANG DAILY), or one
# of four letters or more (FOOTBALL)
LATIN_NAME = re.compile(r"[A-Z][A-Z'’.&-]*(?: +[A-Z][A-Z'’.&-]*)+|[A-Z][A-Z'’.&-]{3,}")
LATIN_NAME_ANY_CASE = re.compile(LATIN_NAME.pattern, re.I)  # Global Chinese Press, set in upper and lower case
ORGAN_PARTY = re.compile(cue("organ_party"))
MEDIA_CENTRE = re.compile(cue("media_centre"))  # a county's media centre publishing its paper
# A masthead's name set over two lines: each piece this short.
MAX_SPLIT_PIECE = 4


def split_masthead(lines: list[str], first: int, second: int, top: bool) -> str | None:
    """A paper's name set over two lines (重庆 / 日报, 临 江 / 晚 报): a gazetteer name, or, at the top of the
    page, a name with a paper's own ending whose second line is that ending alone."""
    one, two = compact(lines[first])[0], compact(lines[second])[0]
    if not (CJK.fullmatch(one[:1] or "x") and 1 <= len(one) <= MAX_SPLIT_PIECE and 1 <= len(two) <= MAX_SPLIT_PIECE):
        return None
    name = one + two
    listed = vocabulary().by_name.get(name)
    if listed is not None:
        return listed.name
    if top and len(one) >= 2 and unlisted_alone().fullmatch(name) and paper_ending().fullmatch(two):
        return name
    return None




def page_only(text: str) -> bool:
    parsed = header_parse(text)
    return parsed is not None and parsed.kinds <= {"page", "page_bare"}


@cache
def paper_ending() -> re.Pattern:
    return re.compile(load("furniture.yml")["parts"]["paper_ending"])


@cache
def unlisted_alone_any() -> re.Pattern:
    """An unlisted paper's name as printed, with any ending furniture.yml's `paper_unlisted` knows."""
    patterns = next(patterns for kind, patterns in vocabulary().tokens if kind == "paper_unlisted")
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns))


PLACE_PAPER = re.compile(cue("place_paper"))
COUNTY_ENDINGS = tuple(load("furniture.yml")["county_endings"])  # 蒲江县 → 今日蒲江


def names_its_county(name: str) -> bool:
    """今日蒲江, 今日敦煌: a county paper's name made of 今日 and a county's or a city's name short of its
    ending (the gazetteer lists two such papers of hundreds); 今日导读, 今日关注 name no place."""
    found = PLACE_PAPER.fullmatch(name)
    return found is not None and any(code and level_of(code) != "province" for ending in COUNTY_ENDINGS
                                     for code in gazetteer().forms.get(found["place"] + ending, ()))


def unlisted_masthead(name: str) -> bool:
    """A masthead's name the gazetteer lacks, by its paper's ending (临江快报) or its county's name (今日蒲江)."""
    return bool(unlisted_alone_any().fullmatch(name)) or names_its_county(name)


def teaser_box(header: Header, lines: list[str]) -> None:
    """A 导读 box: its bare label (导读, ■导读) over pointers to other pages, and a pointer's title wrapped
    over two lines (the first half, with no page number yet, between the label and the second half)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]

    def teaser(i: int | None) -> bool:
        return i is not None and header.roles.get(i + 1) == "teaser"

    for k, i in enumerate(filled):
        if TEASER_WORD not in lines[i] or not (teaser(i) or TEASER_LABEL.fullmatch(normal(lines[i]))):
            continue
        # 【INDEX 导读】 / 显卡价格回落 装机正当时（C2版） / 国产操作系统上手体验（C5版）: under its label a
        # box's lines name their pages however they are set, two of them at least
        pointed = list(itertools.takewhile(lambda j: j + 1 not in header.roles and TEASER_PAGE.search(normal(lines[j])),
                                           filled[k + 1:k + 1 + MAX_TEASERS]))
        if len(pointed) >= MIN_TEASERS:
            for j in [i, *pointed]:
                header.roles[j + 1] = "teaser"
        elif i + 1 not in header.roles and any(teaser(j) for j in filled[k + 1:k + 3]):
            header.roles[i + 1] = "teaser"
    if "teaser" not in header.roles.values():
        return
    for k, i in enumerate(filled[1:-1], 1):
        if i + 1 not in header.roles and teaser(filled[k - 1]) and teaser(filled[k + 1]) \
                and not never_furniture(normal(lines[i])):
            header.roles[i + 1] = "teaser"


# A box's row: a term of its own and a colon (书名：…, 出版社：…, 定价：…).
TERM_ROW = re.compile(rf"\s*(?P<term>[{HAN}]{{2,6}})\s*[：:]\s*\S")
MIN_ROWS_ABOVE = 2
ROW_ROLES = ("contact", "promo")


def box_rows(header: Header, lines: list[str]) -> None:
    """A price or a phone read as the paper's own (定价：58.00元, 咨询电话：…) under rows of a box, each
    opening with a term and a colon (书名：… / 出版社：…), is the box's last row, no furniture; set further
    apart than the rows stand (a blank line under rows set solid), it is the page's foot."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for k, i in enumerate(filled):
        if header.roles.get(i + 1) not in ROW_ROLES or not TERM_ROW.match(lines[i]):
            continue
        if k >= MIN_ROWS_ABOVE and set_further_apart(filled, k):
            continue
        rows = [TERM_ROW.match(lines[j]) for j in filled[max(0, k - MIN_ROWS_ABOVE):k] if j + 1 not in header.roles]
        terms = {row.group("term") for row in rows if row}
        if len(terms) == MIN_ROWS_ABOVE and all(rows):
            del header.roles[i + 1]


def set_further_apart(filled: list[int], k: int) -> bool:
    """Whether the k-th filled line stands further from the one above than that one from its own (a blank
    line under lines set solid)."""
    return filled[k] - filled[k - 1] > filled[k - 1] - filled[k - 2]


MIN_TERM_ROWS = 3
MAX_ROW_TAIL = 6  # characters of a row's rest the column cut onto the line under it (0, 436, 元, 25 26)


def term_row_box(header: Header, lines: list[str]) -> None:
    """■便民热线 / 防汛值班电话：0575-7269889 / 0 / 城区公交咨询：… : three rows or more, each opening with a
    term of its own and a colon, under a label or title that is no furniture (a line ending no sentence),
    one of them at least read as text, are a box's rows, and so are the short rests of rows the column cut
    (a number's last digits read as a page number), up to a line set further apart than the rows: a footer's
    imprint is all furniture, under the text."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    k = 0
    while k < len(filled):
        rows: list[int] = []
        tails: list[int] = []
        j = k
        while j < len(filled):
            i = filled[j]
            if j - k >= 2 and set_further_apart(filled, j):  # the page's foot under rows set solid
                break
            if j - k == 1 and j >= 2 and i + 1 in header.roles and set_further_apart(filled, j):
                break  # the foot's editors under one row set solid with the text above it (数据来源：…)
            if TERM_ROW.match(lines[i]):
                rows.append(i)
            elif rows and len(lines[i].strip()) <= MAX_ROW_TAIL and not SENTENCE_OVER.search(lines[i]):
                tails.append(i)
            else:
                break
            j += 1
        above = filled[k - 1] if k else None
        terms = {TERM_ROW.match(lines[i]).group("term") for i in rows}  # type: ignore[union-attr]
        if len(terms) >= MIN_TERM_ROWS and above is not None and above + 1 not in header.roles \
                and not SENTENCE_OVER.search(lines[above]) and any(i + 1 not in header.roles for i in rows):
            for i in rows + tails:
                header.roles.pop(i + 1, None)
        k = max(j, k + 1)


# a line of text left at a comma, or at the word its phone's 电话 completes (…敬请谅解。报修 / 电话：…): its
# sentence carries on below
SENTENCE_GOES_ON = re.compile(load("furniture.yml")["sentence_goes_on"])
NOTICE_PHONE = re.compile(load("furniture.yml")["notice_phone"])  # a notice's phone, not a paper's hotline
CALL_GOES_ON = re.compile(load("furniture.yml")["call_goes_on"])
PHONE_WORD_ACROSS = re.compile(load("furniture.yml")["phone_word_across"])  # …施行。举 / 报电话：: one word


PHOTO_MARK: str = load("layout.yml")["photo_mark"]  # 摄: the word a picture's credit ends in
FOOT_CONTACT = re.compile(cue("foot_contact"))  # a phone, a site, a price, a code: what a footer line holds
FOOT_SENTENCE_MARK = re.compile(r"[。，；！？!?]")  # a Latin address sets commas (Rua X 79, Lisboa)
MAX_FOOT_LABEL_CHARS = 16  # the words a footer line prints beside its numbers (新闻热线 某某日报全媒体中心)
HAN_CHAR = re.compile(f"[{HAN}]")
PERSON_CONTACT = re.compile(cue("person_contact"))  # 联系人：X: a notice's contact, the footer names desks
OWN_CONTACT = re.compile(cue("own_contact"))  # 本报热线, 本报官方微博: the paper's own contact, no box's row
OFFICIAL_ACCOUNT = re.compile(cue("official_account"))  # 官方微博 @…: the paper's own when it names the page's paper
# a run of digits that is no phone: a date set with dashes, a draw's numbers in pairs (01 05 12 18 …)
NO_PHONE = re.compile(r"\d{4}[-－/.]\d{1,2}[-－/.]\d{1,2}|\d{1,2}(?:\s+\d{1,2})+")
NUMBER_UNITS = tuple(load("furniture.yml")["number_units"])  # digits counting or dating: no phone
# how a finished text's last line ends: a sentence's end (…。, …。”), a picture's credit (… 摄, … 摄）), or a
# writer's credit in brackets alone, after a sentence or wrapped (…。（记者 X）, … 中心 X）); a box's label ends nothing
# (【便民热线】, 便民电话（24小时）)
CREDIT_END = re.compile(
    "(?:^|[。！？!?…][”’」』]?)\\s*[（(][^（）()0-9]{2,24}[）)]$|^[^（(]*[）)]$|" + PHOTO_MARK + "[）)]?$")


def holds_a_foot_contact(text: str) -> bool:
    """A phone, a site, a price or a code by its shape, a date's or a draw's digits not taken for a phone."""
    return any(not NO_PHONE.fullmatch(match.group().strip())
               and not text.startswith(NUMBER_UNITS, match.end())
               for match in FOOT_CONTACT.finditer(text))


def foot_contacts(header: Header, lines: list[str], foot: list[int]) -> None:
    """The lines closing the page, read from its last line up while each is furniture: one holding a phone, a
    site, a price, a code or an address by its shape, and beside it only a few words and no clause mark (新闻热线：…
    某某日报全媒体中心, 本报网址 www.…, 投诉举报请拨打12315, 邮发代号 … 定价2.00元), is the footer's contact line
    whatever its labels call it: a caption or a brief's last line ends a sentence. The footer stands under a
    finished text (a sentence's end, a writer's credit in brackets, a picture's 摄); under a line that ends
    nothing such lines are a box's last rows (燃气报修电话：0575-7 / 4393352 / 市民服务热线：12345, 出版社：… /
    定价：58.00元, 《某书》 某某 著 某某出版 / 社 定价68元)."""
    contact_lines: list[int] = []
    for i in reversed(range(len(lines))):
        if not lines[i].strip() or i + 1 in header.roles:
            continue
        text = normal(lines[i])
        if i not in foot or FOOT_SENTENCE_MARK.search(text) or not holds_a_foot_contact(text) \
                or PERSON_CONTACT.search(text) \
                or len(HAN_CHAR.findall(FOOT_CONTACT.sub(" ", text))) > MAX_FOOT_LABEL_CHARS:
            above = text
            break
        contact_lines.append(i)
    else:
        above = ""
    if contact_lines and above and not (SENTENCE_OVER.search(above) or CREDIT_END.search(above)):
        # under a line that ends nothing, only the paper's own contact line and the lines below it are the footer
        own = [n for n, i in enumerate(contact_lines) if own_contact(header, lines, normal(lines[i]))]
        contact_lines = contact_lines[:own[-1] + 1] if own else []
    for i in contact_lines:
        header.roles[i + 1] = "contact"


def own_contact(header: Header, lines: list[str], text: str) -> bool:
    """A contact line naming the paper as its own: 本报热线, or an official account by the name of the page's
    paper (官方微博 @临江晨报 under the masthead 临江晨报), no other's (官方微信 临江燃气)."""
    if OWN_CONTACT.search(text):
        return True
    account = OFFICIAL_ACCOUNT.search(text)
    return account is not None and any(
        paper in account.group("name") for i, role in header.roles.items() if role == "masthead"
        for paper in [paper_of(lines[i - 1], "masthead")] if paper)


def contact_in_a_sentence(header: Header, lines: list[str]) -> None:
    """A phone read as the paper's own contact (联系电话：0574-…) right under a line of text left at a comma
    (如有异议，请在公示期内向市妇联反映，) or at the word before its 电话 (…敬请谅解。报修), or inside that
    word (…施行。举 / 报电话：), or at the verb its number completes (…如有疑问，请拨打 / 供电服务热线：…),
    carries that sentence on: a notice's phone, no furniture."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for above, i in zip(filled, filled[1:]):
        if header.roles.get(i + 1) == "contact" and above + 1 not in header.roles \
                and (SENTENCE_GOES_ON.search(lines[above].rstrip()) and NOTICE_PHONE.match(lines[i])
                     or CALL_GOES_ON.search(compact(lines[above])[0])
                     or phone_word_broken(lines[above].rstrip(), lines[i].lstrip())):
            del header.roles[i + 1]


def phone_word_broken(above: str, text: str) -> bool:
    """The word naming what a notice's phone is for broken across the line end (…施行。举 / 报电话：…)."""
    tail = above[-3:]
    match = PHONE_WORD_ACROSS.search(tail + text[:8])
    return match is not None and match.start() < len(tail) - 1 < len(tail) < match.end()


SIGNING_DATE = re.compile(load("furniture.yml")["signing_date"])  # the bare date under a notice's issuer
MAX_ISSUER_CHARS = 20  # a notice's issuer: a committee's office
PHONE_REST = re.compile(load("furniture.yml")["phone_rest"])  # a phone's last digits and stop


def phone_over_a_signature(header: Header, lines: list[str]) -> None:
    """A phone read as the paper's own contact (咨询电话：010-…) right over a notice's signature, its issuer
    over a bare date (某某市职业技能鉴定中心 / 2024年9月30日), the rest of the number between them or not,
    is the notice's last row: a paper's hotline signs nothing."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for k, i in enumerate(filled):
        if header.roles.get(i + 1) != "contact":
            continue
        below = filled[k + 1:k + 4]
        if below and PHONE_REST.fullmatch(lines[below[0]]) and below[0] + 1 not in header.roles:
            below = below[1:]
        if len(below) >= 2 and signs_a_notice(header, lines, *below[:2]):
            del header.roles[i + 1]


def signs_a_notice(header: Header, lines: list[str], issuer: int, date: int) -> bool:
    """A short line with no clause mark and no finished sentence, no furniture (某某市职业技能鉴定中心), over a
    bare date (2024年9月30日) that is no furniture but a dateline: a notice's issuer and date. A picture's
    credit (本报记者 韩燕 摄) issues nothing."""
    name = lines[issuer].strip()
    return issuer + 1 not in header.roles and len(name) <= MAX_ISSUER_CHARS and not name.endswith(PHOTO_MARK) \
        and not CLAUSE_MARK.search(name) and not SENTENCE_OVER.search(name) \
        and SIGNING_DATE.fullmatch(lines[date]) is not None and header.roles.get(date + 1) in (None, "dateline")


NUMBER_BROKEN_OFF = re.compile(load("furniture.yml")["number_broken_off"])
BARE_NUMBER = re.compile(r"\s*\d{1,4}\s*")
PHONE_SHORT_OF_ITS_LAST_DIGIT = re.compile(load("furniture.yml")["phone_short_of_its_last_digit"])
BARE_DIGIT = re.compile(r"\s*\d\s*")
TIME_BROKEN_OFF = re.compile(r"(?<![\d.])\d{1,2}[:：](\d?)$")  # 6:30-21: / 30, 13:2 / 0: a time cut in its minutes
# CZ285 / 6: a flight's or a train's code (letters and digits) cut before its last digits
CODE_BROKEN_OFF = re.compile(r"(?<![A-Za-z0-9])(?=[A-Z]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,6}$")


def completes_a_row(above: str, number: str) -> bool:
    """A box row's time cut inside its minutes (`14号线 6:30-21:` / `30`) or its flight's or train's code cut
    before its last digits (`每周四班 CZ285` / `6`): the bare number under it is that figure's end."""
    time = TIME_BROKEN_OFF.search(above)
    return time is not None and len(time.group(1)) + len(number) == 2 or bool(CODE_BROKEN_OFF.search(above))


def number_broken_off(header: Header, lines: list[str]) -> None:
    """A bare number read as a page number right under a line ending in a number broken off at its hyphen
    (联系电话：0891-683241 / 7, CCTV- / 5), a bare digit under a phone one digit short (0472-7722705 /
    9), or a row's time or code the column cut (`…6:30-21:` / `30`), is that number's end: furniture only
    as the line it ends is."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for above, i in zip(filled, filled[1:]):
        if header.roles.get(i + 1) == "page_header" and BARE_NUMBER.fullmatch(lines[i]) \
                and (NUMBER_BROKEN_OFF.search(lines[above].rstrip())
                     or completes_a_row(lines[above].rstrip(), lines[i].strip())
                     or BARE_DIGIT.fullmatch(lines[i]) and PHONE_SHORT_OF_ITS_LAST_DIGIT.search(lines[above].rstrip())):
            if above + 1 in header.roles:
                header.roles[i + 1] = header.roles[above + 1]
            else:
                del header.roles[i + 1]


SLOGAN = re.compile(rf"[{HAN}]{{2,8}}")  # a few words and no mark: 随时随地看新闻


def promo_slogan(header: Header, lines: list[str]) -> None:
    """A few words set solid under a call to act (扫码下载某某客户端 / 随时随地看新闻), a blank line or
    nothing under them, are the promotion's slogan: furniture, no headline of the text below."""
    for i in range(len(lines) - 1):
        if header.roles.get(i + 1) == "promo" and ACTION_WORD.search(lines[i]) and i + 2 not in header.roles \
                and SLOGAN.fullmatch(lines[i + 1].strip()) and (i + 2 == len(lines) or not lines[i + 2].strip()):
            header.roles[i + 2] = "promo"


def read_paper(header: Header, lines: list[str], head: list[int], foot: list[int]) -> None:
    for zone_lines in (head, foot):
        for role in ("masthead", "masthead_english", "organ", "contact", "promo"):
            for n, i in enumerate(zone_lines):
                if header.roles.get(i + 1) == role:
                    after = zone_lines[n + 1] if n + 1 < len(zone_lines) else None
                    paper = role == "masthead" and after is not None and header.roles.get(after + 1) == "masthead" \
                        and split_masthead(lines, i, after, n == 0 and zone_lines is head) or paper_of(lines[i], role)
                    if paper:
                        header.newspaper, header.newspaper_line = paper, i + 1
                        header.newspaper_evidence = normal(lines[i]) if paper_of(lines[i], role) == paper \
                            else normal(lines[i]) + " / " + normal(lines[after])
                        return


def section_banner(header: Header, lines: list[str], head: list[int]) -> None:
    """The page's section or supplement name printed again as a banner over its first text, under
    nothing but furniture (… 第8版 乡村振兴周刊 / 乡 村 振 兴 周 刊): a header line, not a headline."""
    if header.section is None:
        return
    name = "".join(header.section.split("·"))
    for i in head:
        if not lines[i].strip() or header.roles.get(i + 1):
            continue
        if compact(normal(lines[i]))[0] == name:
            header.roles[i + 1] = "page_header"
        return  # only the first line that is no furniture yet


def footer_date(parsed: Parsed) -> bool:
    """A date at a page's foot is the page's only beside a weekday, a lunar date, a paper or a
    page number: a bare one may sign a notice (某某局 / 2024年6月20日)."""
    return bool(parsed.kinds & {"weekday", "lunar", "paper", "paper_unlisted", "page", "page_bare"})


def read_date(header: Header, lines: list[str], head: list[int], foot: list[int]) -> None:
    """The first date in the head zone: a date line (perhaps set over two or three lines) or a
    header line with paper or page and a date on it. Else the same in the foot zone, where a
    date counts only beside a weekday, a lunar date, a paper or a page (a bare date at the
    foot may sign a notice)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    above = dict(zip(filled[1:], filled))
    signing: tuple[list[int], Parsed] | None = None
    over_the_footer: tuple[list[int], Parsed] | None = None
    for zone_lines, strict in ((head, False), (foot, True)):
        candidates = [(pieces, parsed) for pieces, parsed in joined_dates(zone_lines, lines)]
        for i in zone_lines:
            if header.roles.get(i + 1) in ("masthead", "page_header"):
                parsed = parse(lines[i])
                if parsed is not None:
                    candidates.append(([i], parsed))
        for pieces, parsed in sorted(candidates, key=lambda c: c[0][0]):
            if parsed.date is None:
                continue
            if strict and not footer_date(parsed):
                if stands_over_the_footer(header, lines, filled, pieces):
                    over_the_footer = over_the_footer or (pieces, parsed)
                continue
            if not footer_date(parsed) and pieces[0] in above and above[pieces[0]] + 1 not in header.roles:
                signing = signing or (pieces, parsed)  # 慈溪市志愿服务联合会 / 2024年7月9日: a notice's date
                continue
            set_date(header, lines, pieces, parsed)
            return
    if signing is not None:  # no other date printed: the page's, for want of a better one
        set_date(header, lines, *signing)
        return
    if over_the_footer is not None:
        pieces, parsed = over_the_footer
        for i in pieces:
            header.roles[i + 1] = "dateline"
        set_date(header, lines, pieces, parsed)
        return
    read_date_without_year(header, lines, head)


def stands_over_the_footer(header: Header, lines: list[str], filled: list[int], pieces: list[int]) -> bool:
    """A bare date at the foot with nothing under it but furniture, at least one line of it, and no notice's
    issuer over it (`…同台亮相。` / `2024年8月28日` / `扫码下载“梅州+”客户端`): the page's own date set over its
    footer. A note in brackets over it (`（作者系本报特约评论员）`) closes the text above and signs nothing, nor
    does a notice's own date (`某某局` / `2024年2月11日` / `2024年2月12日` / the footer: the second is the
    page's); `某某海事局` / `2024年3月12日` / the footer signs a notice."""
    at = filled.index(pieces[0])
    under = filled[filled.index(pieces[-1]) + 1:]
    if not under or not all(i + 1 in header.roles for i in under):
        return False
    if at == 0:
        return True
    issuer = filled[at - 1]
    return lines[issuer].lstrip()[:1] in "（(【〔[" or SIGNING_DATE.fullmatch(lines[issuer]) is not None \
        or not signs_a_notice(header, lines, issuer, pieces[0])


def set_date(header: Header, lines: list[str], pieces: list[int], parsed: Parsed) -> None:
    header.date, header.date_line = parsed.date, pieces[0] + 1
    header.date_evidence = " ".join(normal(lines[i]) for i in pieces)


POINTER = re.compile(cue("pointer"))  # a 导读 pointer's page mark (>>11版) ends no sentence
SENTENCE_OVER = re.compile(r"[。！？!?…][”’」』）)]?$")
CLAUSE_MARK = re.compile(r"[，,、；;：:]")
# A line this short with no clause mark (诚邀合作) is a label, not a column line wrapped mid-sentence.
MIN_WRAPPED_LINE = 8
STEMS, BRANCHES = parts()["stems"], parts()["branches"]
FIRST_CYCLE_YEAR = 1984  # 甲子: the 干支 years of 1984–2043 are read as those years
YEAR_LINE = re.compile(cue("year_line"))  # 2024年 alone
YEAR_IN_LINE = re.compile(cue("year_in_line"))  # 2024年第18期, 第12345期 2024年
LATE_LUNAR_MONTHS: tuple[str, ...] = tuple(load("furniture.yml")["late_lunar_months"])
LUNAR_EVIDENCE: str = load("furniture.yml")["lunar_evidence"]
WEEKDAY_EVIDENCE: str = load("furniture.yml")["weekday_evidence"]
WEEKDAYS: str = load("furniture.yml")["weekday_names"]  # Monday first, then a second Sunday
JP_WEEKDAYS: str = load("furniture.yml")["parts"]["jp_weekday_names"]  # Monday first
TEXT_YEAR = re.compile(load("dates.yml")["year"])  # 2024年 in the page's text


def ganzhi_year(ganzhi: str) -> int:
    stem, branch = STEMS.index(ganzhi[0]), BRANCHES.index(ganzhi[1])
    return FIRST_CYCLE_YEAR + next(k for k in range(60) if k % 10 == stem and k % 12 == branch)


def read_date_without_year(header: Header, lines: list[str], head: list[int]) -> None:
    """A head date printed without its year (6月22日 星期六) takes the year of the lunar date
    beside it (甲辰年五月十七 → 2024; a Gregorian January or February in the lunar 冬月 or 腊月 is
    in the next year) or a year printed alone in the head (2024年), else the year its weekday falls in
    among those the page's text names (see `weekday_year`)."""
    parsed = {i: p for i in head if (p := parse(lines[i])) is not None}
    dated = next((i for i in head if i in parsed and parsed[i].month_day and parsed[i].role == "dateline"), None)
    if dated is None:
        return
    month, day = parsed[dated].month_day
    lunar = next((p for p in ([parsed[dated]] + list(parsed.values())) if p.ganzhi), None)
    year = None
    if lunar is not None:
        year = ganzhi_year(lunar.ganzhi) + (month <= 2 and lunar.lunar_month in LATE_LUNAR_MONTHS)
    else:
        year = next((int(m.group(1)) for i in head if (m := YEAR_LINE.match(normal(lines[i])))), None) \
            or next((int(m.group(1)) for i in head if i in parsed and parsed[i].kinds & {"year", "serial"}
                     and (m := YEAR_IN_LINE.search(compact(lines[i])[0]))), None)
    weekday = parsed[dated].weekday
    evidence = "" if lunar is None else LUNAR_EVIDENCE.replace("{year}", lunar.ganzhi)
    if year is None and weekday is not None:
        year = weekday_year(month, day, weekday, lines)
        evidence = WEEKDAY_EVIDENCE.replace("{year}", str(year))
    if year is None:
        return
    try:
        header.date = dt.date(year, month, day).isoformat()
    except ValueError:
        return
    header.date_line = dated + 1
    header.date_evidence = normal(lines[dated]) + evidence


def weekday_year(month: int, day: int, weekday: int, lines: list[str]) -> int | None:
    """The year in which a month and day fall on the weekday printed beside them (8月2日 星期五), among
    the years the page's text names and the year after each (a page looks back on the year before):
    the one the text names most, the later on a tie. A weekday fits one year in five to eleven, so a
    year the text names is a safe anchor; with none named, no year."""
    named = Counter(int(m.group(1)) for line in lines for m in TEXT_YEAR.finditer(line))
    fitting = []
    for year in set(named) | {y + 1 for y in named}:
        try:
            if dt.date(year, month, day).weekday() == weekday:
                fitting.append(year)
        except ValueError:
            continue
    return max(fitting, key=lambda y: (named[y], y)) if fitting else None


def read_page(header: Header, lines: list[str], head: list[int], foot: list[int]) -> None:
    for zone_lines in (head, foot):
        for position, i in enumerate(zone_lines):
            if header.roles.get(i + 1) not in ("masthead", "dateline", "page_header"):
                continue
            parsed = header_parse(lines[i])
            if parsed is None or parsed.page is None:
                continue
            header.page, header.page_line = parsed.page, i + 1
            header.section = "·".join(parsed.labels) or None
            if header.section is None:  # A3 / 要闻: a bare label beside the page number
                for j in zone_lines[max(0, position - 1):position] + zone_lines[position + 1:position + 2]:
                    label = compact(lines[j])[0]
                    if label in vocabulary().labels or header.roles.get(j + 1) == "page_header" \
                            and SECTION_NAME.fullmatch(label):  # 郑州新闻, taken by stack_roles
                        header.section = label
                        header.roles[j + 1] = "page_header"
                        break
            return
