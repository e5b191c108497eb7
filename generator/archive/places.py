"""Places named in a text: administrative divisions (province → prefecture → county, with their
codes) and named zones, with how often each is mentioned and the few a text is mainly about.

Matching is longest-first, left to right, over every printed form the data knows: full names,
derived short forms (四川省 → 四川), aliases (川渝, 在蓉) and words that only look like places
(华蓥山, 长江, 孙中山). A longer form always wins, so 成渝地区双城经济圈 is one mention of a zone,
长江西岸 mentions no 江西, and 浙江西部 mentions 浙江.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, count
from operator import add

from .datafiles import load, text as data_text


PROVINCE_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市")
PREFECTURE_SUFFIXES = ("自治州", "地区", "市", "盟")
ETHNIC_GROUP = re.compile(
    "(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|"
    "景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|"
    "德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺)族$")


@dataclass(frozen=True)
class Place:
    code: str           # six-digit division code, or zone:<id>
    name: str
    level: str          # country | province | prefecture | county | zone
    parent: str = ""    # code of the enclosing division ("" for provinces and zones)
    within: tuple = ()  # zones: codes of the divisions they lie in


@lru_cache(maxsize=1)
def autonomous_county_stems() -> frozenset[str]:
    """石柱土家族自治县 → 石柱, 围场满族蒙古族自治县 → 围场: what an autonomous county or banner is called short
    of its peoples and ending, as a brief sent from it is signed (（石柱 X）)."""
    stems = set()
    for place in read_divisions(data_text("divisions.csv")).values():
        if place.level == "county" and place.name.endswith(("自治县", "自治旗")):
            stem = re.sub("(?:各族|蒙古)$", "", place.name[:-3])  # 隆林各族自治县, 和布克赛尔蒙古自治县
            while ETHNIC_GROUP.search(stem) and len(ETHNIC_GROUP.sub("", stem)) >= 2:
                stem = ETHNIC_GROUP.sub("", stem)
            if len(stem) >= 2 and not ETHNIC_GROUP.search(stem):
                stems.add(stem)
    return frozenset(stems)


@dataclass
class PlaceMention:
    name: str
    code: str
    level: str
    path: list[str]                         # names from province down to this place
    count: int
    within: list[str] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)  # the printed forms seen, for provenance


def level_of(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    return "prefecture" if code.endswith("00") else "county"


def short_form(name: str, level: str) -> str:
    """四川省 → 四川, 凉山彝族自治州 → 凉山; "" when no safe short form exists."""
    suffixes = PROVINCE_SUFFIXES if level == "province" else PREFECTURE_SUFFIXES
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            while ETHNIC_GROUP.search(stem) and len(ETHNIC_GROUP.sub("", stem)) >= 2:
                stem = ETHNIC_GROUP.sub("", stem)
            return stem if len(stem) >= 2 else ""
    return ""


@dataclass
class Gazetteer:
    places: dict[str, Place]
    forms: dict[str, tuple[str, ...]]       # printed form → candidate codes ("" = not a place)
    by_prefix: dict[str, list[str]]         # first two characters → forms, longest first

    def path(self, code: str) -> list[str]:
        names = []
        while code:
            place = self.places[code]
            names.append(place.name)
            code = place.parent
        return names[::-1]

    def ancestors(self, code: str) -> set[str]:
        found = set()
        code = self.places[code].parent
        while code:
            found.add(code)
            code = self.places[code].parent
        return found


def read_divisions(table: str) -> dict[str, Place]:
    """The divisions of a CSV table (code,name; `#` starts a comment line)."""
    rows = csv.DictReader(line for line in table.splitlines() if not line.startswith("#"))
    names = {row["code"]: row["name"] for row in rows}
    places = {}
    for code, name in names.items():
        level = level_of(code)
        parent = ""
        if level == "county":
            parent = code[:4] + "00" if code[:4] + "00" in names else code[:2] + "0000"
        elif level == "prefecture":
            parent = code[:2] + "0000"
        places[code] = Place(code, name, level, parent)
    return places


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    places = read_divisions(data_text("divisions.csv"))
    zones = load("zones.yml")["zones"]
    rules = load("places.yml")
    forms: dict[str, set[str]] = {}

    def add(form: str, code: str) -> None:
        forms.setdefault(form, set()).add(code)

    for place in places.values():
        add(place.name, place.code)
    country = rules["country"]
    places["CN"] = Place("CN", country["name"], "country")
    for form in [country["name"], *country["aliases"]]:
        add(form, "CN")
    for zone in zones:
        code = "zone:" + zone["id"]
        places[code] = Place(code, zone["name"], "zone", "", tuple(zone["within"]))
        for form in [zone["name"], *zone["aliases"]]:
            add(form, code)
    # Short forms yield to any full name and to a higher level: 吉林 is the province, not 吉林市.
    full_only = set(rules["short_forms"]["full_name_only"])
    shorts: dict[str, list[Place]] = {}
    for place in places.values():
        if place.level in ("province", "prefecture"):
            stem = short_form(place.name, place.level)
            if stem and stem not in full_only:
                shorts.setdefault(stem, []).append(place)
    rank = {"province": 0, "prefecture": 1}
    for stem, owners in shorts.items():
        if stem in forms:
            continue
        owners.sort(key=lambda p: rank[p.level])
        if len(owners) == 1 or rank[owners[0].level] < rank[owners[1].level]:
            add(stem, owners[0].code)
    for alias, codes in rules["aliases"].items():
        forms[alias] = set(codes)
    for word in rules["not_places"]:
        forms[word] = {""}
    frozen = {form: tuple(sorted(codes)) for form, codes in forms.items()}
    short = sorted(form for form in frozen if len(form) < 2)
    if short:
        raise ValueError(f"place forms of one character would match everywhere: {'、'.join(short)}")
    by_prefix: dict[str, list[str]] = {}
    for form in frozen:
        by_prefix.setdefault(form[:2], []).append(form)
    for bucket in by_prefix.values():
        bucket.sort(key=lambda f: (-len(f), f))
    return Gazetteer(places, frozen, by_prefix)


def scan(text: str, gaz: Gazetteer) -> list[tuple[str, tuple[str, ...]]]:
    """Printed place forms in reading order, longest match first, the next looked for after
    the end of the last. Only where two characters begin some form can one start (about 5 %
    of newspaper text): those places are found without a Python loop over every character."""
    found = []
    after = 0  # where the last form found ends
    bigrams = map(add, text, text[1:])
    for start in compress(count(), map(gaz.by_prefix.__contains__, bigrams)):
        if start < after:
            continue
        for form in gaz.by_prefix[text[start:start + 2]]:
            if text.startswith(form, start):
                found.append((form, gaz.forms[form]))
                after = start + len(form)
                break
    return found


def find_places(text: str) -> list[PlaceMention]:
    """Every place the text names, most mentioned first. A form shared by several divisions
    (江北区 is in 重庆 and in 宁波) counts only where the text names one of their ancestors."""
    gaz = gazetteer()
    hits = scan(text, gaz)
    counts: dict[str, int] = {}
    seen_forms: dict[str, list[str]] = {}
    ambiguous = []
    for form, codes in hits:
        codes = tuple(c for c in codes if c)
        if len(codes) > 1 and all(gaz.places[c].level == "county" for c in codes):
            ambiguous.append((form, codes))
            continue
        for code in codes:
            counts[code] = counts.get(code, 0) + 1
            if form not in seen_forms.setdefault(code, []):
                seen_forms[code].append(form)
    named = set(counts)
    for form, codes in ambiguous:
        fitting = [c for c in codes if gaz.ancestors(c) & named]
        if len(fitting) == 1:
            counts[fitting[0]] = counts.get(fitting[0], 0) + 1
            if form not in seen_forms.setdefault(fitting[0], []):
                seen_forms[fitting[0]].append(form)
    mentions = []
    for code, times in counts.items():
        place = gaz.places[code]
        if place.level == "zone":
            containers = [gaz.path(c) for c in place.within]
            common = containers[0] if len(containers) == 1 else []
            path = [*common, place.name]
        else:
            path = gaz.path(code)
        mentions.append(PlaceMention(place.name, code, place.level, path, times,
                                     list(place.within), seen_forms[code]))
    mentions.sort(key=lambda m: (-m.count, m.code))
    return mentions


def main_places(mentions: list[PlaceMention], title: str, limit: int = 3) -> list[PlaceMention]:
    """The places a text is mainly about: those in its headline, then the most mentioned,
    leaving out places mentioned once when others are mentioned often, and the country as a
    whole when the text names any place in it."""
    if any(m.level != "country" for m in mentions):
        mentions = [m for m in mentions if m.level != "country"]
    in_title = {m.code for m in find_places(title)}
    ranked = sorted(mentions, key=lambda m: (m.code not in in_title, -m.count, m.code))
    top = max((m.count for m in mentions), default=0)
    return [m for m in ranked if m.code in in_title or m.count * 4 >= top][:limit]
