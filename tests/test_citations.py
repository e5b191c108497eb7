"""Citations on every article: GB/T 7714, APA, Chicago, BibTeX, RIS, CSL-JSON, all with the permalink."""
import json

from generator.publish.citations import bibtex, citation_texts, csl_json, gbt7714, permalink, ris, site_url

RECORD = {
    "id": "0123456789ab", "url": "articles/0123456789ab/", "kind": "article", "kicker": "",
    "title": "成都明确今年数字经济发展目标", "subtitle": "", "authors": ["刘泰山"], "newspaper": "成都日报",
    "date": "2024-06-22", "page": "03", "body": "日前，成都市发展改革委……",
}


def test_permalink_comes_from_mkdocs_site_url():
    assert permalink(RECORD) == site_url() + "articles/0123456789ab/"
    assert site_url().startswith("https://")


def test_gbt7714_newspaper_forms():
    assert gbt7714(RECORD, online=False) == "刘泰山. 成都明确今年数字经济发展目标[N]. 成都日报, 2024-06-22(03)."
    online = gbt7714(RECORD, online=True)
    assert online.startswith("刘泰山. 成都明确今年数字经济发展目标[N/OL]. 成都日报, 2024-06-22(03)[引用日期]. ")
    assert online.endswith(permalink(RECORD) + ".")


def test_every_style_is_offered():
    texts = citation_texts(RECORD)
    assert list(texts) == ["GB/T 7714—2015", "GB/T 7714—2015（网络版）", "APA 7", "Chicago"]
    assert all(permalink(RECORD) in text for style, text in texts.items() if style != "GB/T 7714—2015")


def test_download_formats():
    assert bibtex(RECORD).startswith("@article{0123456789ab,\n  entrysubtype = {newspaper},")
    assert "journal = {成都日报}" in bibtex(RECORD)
    lines = ris(RECORD).split("\r\n")
    assert lines[0] == "TY  - NEWS" and "T2  - 成都日报" in lines and "DA  - 2024/06/22/" in lines
    [csl] = json.loads(csl_json(RECORD))
    assert csl["type"] == "article-newspaper" and csl["issued"] == {"date-parts": [[2024, 6, 22]]}
    assert csl["author"] == [{"literal": "刘泰山"}] and csl["URL"] == permalink(RECORD)


def test_bibtex_special_characters_are_escaped():
    record = dict(RECORD, title="100% 的 {增长} & 更多")
    assert "100\\% 的 \\textbraceleft{}增长\\textbraceright{} \\& 更多" in bibtex(record)


def braces_balanced(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def test_bibtex_fields_cannot_break_out_or_unbalance_the_entry():
    record = dict(RECORD, page="1}, note = {INJECTED", title="一个 { 括号 \\ 反斜杠")
    text = bibtex(record)
    assert braces_balanced(text)
    fields = [line.split(" = ")[0].strip() for line in text.splitlines()[1:-1]]
    assert "note" not in fields and fields.count("pages") == 1
    assert "\\textbackslash{}" in text
