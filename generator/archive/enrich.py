"""Enrich stage: fields readers browse and cite by, each from evidence on the page.

Page-level fields (newspaper, date, editors) come from the sidecar, else from printed cues,
else from inference; every one records its source, confidence and evidence in
`provenance`. Item-level components (people, places, topics, keywords) run in order over
every item of the page.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cache

from .cjk import CJK
from .datafiles import load
from .dates import inferred_date, printed_date
from .furniture import (byline_paper, editor_credits, filed_name, listed, names_an_unlisted_paper_alone,
                        named_by_its_app_only, signing_paper)
from .model import Draft, Line, Meta, PageDraft
from .confidence import page_cut_confidences
from .people import read_credit
from .classify import SIGNED_DATE, source_text, vocabulary, writes_and_pictures
from .segment import is_editors_note_label
from .places import find_places, main_places
from .tokens import keywords, tagged


def body_block_text(item: Draft) -> str:
    """The text of every block under the headline (its body_blocks: paragraphs, headings,
    list items, captions, continuation lines), one a line: what names, places and topics are
    found in. Not segment.body_text, the running text alone (paragraphs and list items)."""
    return "\n".join(b.text for b in item.body_blocks)


# Who wrote and who photographed (people.yml, layout.yml): each cue's use is said beside it there.
CREDITS = load("people.yml")
SOURCE_NAMED = re.compile(CREDITS["source_named"])  # a source, no person
PICTURES_PART = re.compile(CREDITS["pictures_part"])  # where a byline's picture credit begins
BOTH_MARKS = re.compile(CREDITS["both_marks"])  # one person wrote and photographed
SHARED_CREDIT: tuple[str, ...] = tuple(CREDITS["shared_credit_openers"])  # for a whole page or group
PHOTO_MARK: str = load("layout.yml")["photo_mark"]  # near a credit's end: it names photographers


def add_credits(item: Draft, lines: dict[int, Line]) -> None:
    for block in item.blocks:
        if block.kind not in ("byline", "credit"):
            continue
        names, agencies = read_credit(block, lines)
        if SOURCE_NAMED.match(block.text):  # 数据来源：交易所网站, 图片来源：视觉中国 name a source, no person
            names = []
        if block.kind == "byline" and SIGNED_DATE.match(block.text.split()[-1]):
            names = []  # 某某中学 2024年11月18日: a notice's issuer and date sign it, a body, no writer
        squeezed = re.sub(r"\s+", "", block.text)
        pictures = PICTURES_PART.search(squeezed) if block.kind == "byline" else None
        # 图/本报记者 X under the story's byline: a byline marked only for pictures names the photographer
        photo = block.kind == "credit" and not vocabulary().writers_credit.match(block.text) \
            or PHOTO_MARK in block.text[-6:] or pictures is not None and pictures.start() == 0
        both = writes_and_pictures(squeezed, source_text(block.spans, lines)) if block.kind == "byline" else None
        if pictures and pictures.start() > 0:  # 文/记者 X 图/Y, 采写：X 摄影：Y: the words' writer, then the pictures'
            taken = [n for n in names if squeezed.find(n) >= pictures.start()]
            item.authors.extend(n for n in names if n not in taken and n not in item.authors)
            item.photographers.extend(n for n in taken if n not in item.photographers)
        elif both and both.group("pictures"):  # 本报记者 X 文 Y 摄: the names after the writer's mark took the pictures
            start = len(re.sub(r"\s+", "", both.string[:both.start("pictures")]))
            taken = [n for n in names if squeezed.find(n, start) >= 0]
            item.authors.extend(n for n in names if n not in taken and n not in item.authors)
            item.photographers.extend(n for n in taken if n not in item.photographers)
        elif BOTH_MARKS.search(squeezed):  # 本报记者 X 摄影报道, □记者 X 文/图
            item.authors.extend(n for n in names if n not in item.authors)
            item.photographers.extend(n for n in names if n not in item.photographers)
        else:
            target = item.photographers if photo else item.authors
            target.extend(n for n in names if n not in target)
        item.agencies.extend(a for a in agencies if a not in item.agencies)


def share_page_credits(page: PageDraft, lines: dict[int, Line]) -> None:
    """A credit for all the pictures of a page or group (本版图片均由本报记者 谭光 摄) names the
    photographer of every picture on the page that has no credit of its own, and one for all its
    texts (本版文字由记者彭涵、苏倩燕采写) the writers of every unsigned story."""
    photographers: list[str] = []
    writers: list[str] = []
    for item in page.items:
        for block in item.blocks:
            if block.kind == "credit" and block.text.startswith(SHARED_CREDIT):
                shared = writers if vocabulary().writers_credit.match(block.text) else photographers
                shared.extend(n for n in read_credit(block, lines)[0] if n not in shared)
    notes = [b.first_line for b in page.furniture if is_editors_note_label(b.text)]
    for item in page.items:
        if item.kind == "photo" and not item.photographers:
            item.photographers.extend(photographers)
        elif item.kind != "photo" and not item.authors and not is_editors_note(item, notes):
            item.authors.extend(writers)
    # a photo story (组图): pictures printed one after another, credited once under the last
    story: list[Draft] = []
    for item in page.items:
        if item.kind != "photo":
            story = []
        elif any(b.kind == "credit" for b in item.blocks):
            for earlier in story:
                earlier.photographers.extend(n for n in item.photographers if n not in earlier.photographers)
            story = []
        else:
            story.append(item)


def is_editors_note(item: Draft, notes: list[int]) -> bool:
    """共富工坊里的“家门口”就业 / ■编者按 / 近年来，…本版今起推出系列报道: the editors introduce
    a series in their own voice (the label a heading of the item or set apart as furniture); the
    reporters a page-wide credit names wrote the stories under it."""
    return any(b.kind in ("heading", "headline") and is_editors_note_label(b.text) for b in item.blocks) \
        or any(item.blocks[0].first_line < line < item.blocks[-1].last_line for line in notes)


CLOSING_CREDIT = re.compile(CREDITS["closing_credit"])
# An interview's questions put by the paper's own reporter (期货日报记者：…？) or by the paper itself
# (《华夏时报》：…？, 华侨报：…？)
INTERVIEWER = re.compile(CREDITS["interviewer"])
QUESTION_MARK = "？"


def newspaper_from_cues(page: PageDraft) -> tuple[str, str] | None:
    """The paper a byline or credit names (`本报` alone names none; an agency is not the paper): a listed cue
    (新重庆-重庆日报, 中经视觉) or any paper naming its own reporter (法治日报记者, 上游新闻·重庆晨报记者,
    临江晚报全媒体记者), the one most bylines name, the first of those on a tie (one reprinted piece names
    another paper once)."""
    blocks = [b.text for item in page.items for b in item.blocks if b.kind in ("byline", "credit")]
    # a brief's closing credit left in its paragraph (…绿化景观。（南宁晚报记者 孙军娟）, wrapped inside the name)
    blocks += [credit.group(1) for item in page.items for b in item.blocks
               if b.kind == "paragraph" and (credit := CLOSING_CREDIT.search(b.text))]
    askers = [asker for item in page.items for b in item.blocks
              if b.kind in ("paragraph", "headline", "heading") and (asker := INTERVIEWER.match(b.text))]
    blocks += [asker.group("reporter") for asker in askers if asker.group("reporter")]
    papers = [asker.group("paper") for asker in askers if asker.group("paper")]
    # a bare name asks only in a question (华侨报：…？): a paragraph opening 人民日报：… quotes the paper
    papers += [asker.group("bare") for asker in askers if asker.group("bare") and QUESTION_MARK in asker.string]
    cues = load("newspapers.yml")["cues"].items()
    found = [paper for block in blocks
             if (paper := next(((name, cue) for cue, name in cues if cue in block), None) or byline_paper(block))]
    # a paper the gazetteer lacks asks too when its name has a paper's ending (临江晚报：…？)
    found += [(filed_name(name), f"《{name}》") for name in papers
              if listed(name) or names_an_unlisted_paper_alone(name)]
    # a notice the paper signs: its signature, whatever role the notice's last lines took, or set apart at the foot
    signatures = [b.text for item in page.items for b in item.blocks] + [b.text for b in page.furniture]
    found += [signer for text in signatures if (signer := signing_paper(text))]
    if not found:
        return None
    votes = Counter(name for name, _ in found)
    return next(paper for paper in found if votes[paper[0]] == max(votes.values()))


def page_metadata(page: PageDraft) -> tuple[dict, dict]:
    """Page fields and their provenance: sidecar first, then printed cues, then inference."""
    meta = dict(page.raw.meta)
    provenance = {key: {"source": "sidecar", "confidence": "high", "evidence": f"{page.raw.stem}.yml"}
                  for key in meta}
    header = page.header
    if header is not None:
        for key, line in (("newspaper", header.newspaper_line), ("date", header.date_line), ("page", header.page_line)):
            value = getattr(header, key)
            if key not in meta and value:
                meta[key] = value
                evidence = getattr(header, f"{key}_evidence", "") or page.raw.lines[line - 1].text.strip()
                role = header.roles.get(line, "header")
                provenance[key] = {"source": "text", "confidence": "high",
                                   "evidence": f"line {line} ({role}): “{evidence}”"}
                if key == "newspaper" and named_by_its_app_only(value, evidence):
                    provenance[key] = {"source": "inferred", "confidence": "medium",
                                       "evidence": f"line {line} ({role}) names the paper's app: “{evidence}”"}
                elif key == "newspaper" and not listed(value):  # read from the page, vouched by no gazetteer entry
                    provenance[key] = {"source": "text", "confidence": "medium",
                                       "evidence": f"line {line} ({role}): “{evidence}”, a paper the gazetteer lacks"}
        if "section" not in meta and header.section:
            meta["section"] = header.section
            provenance["section"] = {
                "source": "text",
                "confidence": "high",
                "evidence": f"line {header.page_line} (page_header)" if header.page_line else "page header",
            }
    if "date" not in meta:
        evidence = printed_date([b.text for b in page.furniture]) or \
            inferred_date([b.text for item in page.items for b in item.body_blocks])
        if evidence:
            meta["date"] = evidence.value
            provenance["date"] = {"source": evidence.source, "confidence": evidence.confidence,
                                  "evidence": evidence.evidence}
    if "newspaper" not in meta:
        found = newspaper_from_cues(page)
        if found:
            meta["newspaper"] = found[0]
            provenance["newspaper"] = {"source": "inferred", "confidence": "medium" if listed(found[0]) else "low",
                                       "evidence": f"byline or credit cue “{found[1]}”"
                                       + ("" if listed(found[0]) else ", a paper the gazetteer lacks")}
    meta["editors"] = [
        {"role": role, "name": name} for block in page.furniture for role, name in editor_credits(block.text)
    ]
    return meta, provenance


@cache
def person_cues() -> tuple[re.Pattern, re.Pattern]:
    cues = load("people.yml")["person_cues"]
    before = re.compile("(?:" + "|".join(map(re.escape, sorted(cues["before"], key=len, reverse=True))) + r")[”」]?$")
    after = re.compile(r"^[”」]?(?:" + "|".join(map(re.escape, sorted(cues["after"], key=len, reverse=True))) + ")")
    return before, after


def named_as_person(word: str, text: str) -> bool:
    """jieba's person tag alone is unreliable (康复, 智慧, 张家口): a name counts when it starts
    with a surname, is no place, and at least once stands after a title or role (市委书记,
    村民) or before a verb of speech or a role (表示, 说, 介绍)."""
    if not 2 <= len(word) <= 4 or (word[0] not in vocabulary().surnames and word[:2] not in vocabulary().surnames):
        return False
    people = load("people.yml")
    if find_places(word) or word.endswith(tuple(people["not_name_endings"])) or word in people["not_names"]:
        return False
    before, after = person_cues()
    for match in re.finditer(re.escape(word), text):
        if before.search(text[max(0, match.start() - 8) : match.start()]) or after.match(
            text[match.end() : match.end() + 6]
        ):
            return True
    return False


CLAUSE = re.compile(r"[^，。；：！？、\n“”‘’（）()《》]+")


@cache
def name_beside_cue() -> re.Pattern:
    """A surname right after a title or role, or a few characters before a verb of speech: the
    only clauses worth tagging."""
    cues = load("people.yml")["person_cues"]
    surnames = "".join(sorted(s for s in vocabulary().surnames if len(s) == 1))
    before = "|".join(map(re.escape, sorted(cues["before"], key=len, reverse=True)))
    after = "|".join(map(re.escape, sorted(cues["after"], key=len, reverse=True)))
    # The lookahead (the characters a match can start with) spares trying the 77 cues before
    # a name at every position of the text: the same matches, found sooner.
    firsts = re.escape("".join(sorted({cue[0] for cue in cues["before"]})))
    return re.compile(
        f"(?=[{firsts}{surnames}])(?:(?:{before})[{surnames}]|[{surnames}][{CJK}]{{1,3}}(?:{after}))"
    )


def people_in_text(text: str, exclude: list[str]) -> list[str]:
    """People named in the text, most mentioned first, authors apart. jieba tags each clause on
    its own, so only the clauses where a name can stand beside a cue are tagged."""
    wanted = name_beside_cue()
    candidates: set[str] = set()
    for clause in CLAUSE.findall(text):
        if wanted.search(clause):
            candidates.update(word for word, flag in tagged(clause) if flag == "nr" and word not in exclude)
    named = [w for w in candidates if named_as_person(w, text)]
    return sorted(named, key=lambda w: (-text.count(w), w))


def topics_of(title: str, text: str) -> list[str]:
    taxonomy = load("topics.yml")
    scored = []
    for topic, terms in taxonomy["topics"].items():
        score = sum(weight * (text.count(term) + taxonomy["title_factor"] * title.count(term))
                    for term, weight in terms.items())
        if score >= taxonomy["threshold"]:
            scored.append((-score, topic))
    if not scored:
        return []
    # A topic far weaker than the article's main one is a passing mention, not its subject.
    strongest = -min(scored)[0]
    return [topic for score, topic in sorted(scored) if -score >= taxonomy["relative"] * strongest]


def keywords_of(text: str) -> list[str]:
    return keywords(text) if text else []


def cut_provenance(item: Draft, confidence: float, reasons: list[str]) -> dict:
    return {"source": item.opened_by or "segmenter", "confidence": confidence,
            "evidence": "; ".join(reasons) or "a headline or marker above its body"}


def enrich(page: PageDraft) -> PageDraft:
    lines = {line.number: line for line in page.raw.lines}
    meta, provenance = page_metadata(page)
    editors = tuple(meta["editors"])
    for item in page.items:
        add_credits(item, lines)
    share_page_credits(page, lines)
    cuts = page_cut_confidences(page.items, page.read_across)
    for item, (confidence, reasons) in zip(page.items, cuts):
        title = " ".join(filter(None, [item.kicker, item.title, item.subtitle]))
        text = body_block_text(item)
        places = find_places(title + "\n" + text)
        item.meta = Meta(
            newspaper=meta.get("newspaper", ""),
            date=meta.get("date", ""),
            page=meta.get("page", ""),
            section=meta.get("section", ""),
            edition=meta.get("edition", ""),
            source_url=meta.get("source_url", ""),
            editors=editors,
            people=tuple(people_in_text(title + "\n" + text, item.authors + item.photographers)),
            places=tuple(places),
            main_places=tuple(main_places(places, title)),
            topics=tuple(topics_of(title, text)),
            keywords=tuple(keywords_of(title + "\n" + text)),
            provenance={"headline": item.headline_source, "cut": cut_provenance(item, confidence, reasons),
                        **provenance},
            corrected=item.meta.corrected,
        )
    return page
