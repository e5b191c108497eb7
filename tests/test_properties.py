"""Properties of the whole pipeline over random input (hypothesis).

For random text, random bytes and random page structures (datelines, headlines, bylines,
hard-wrapped paragraphs, captions, continuation markers, furniture, with markup, template
syntax, control and zero-width characters mixed in):

- nothing crashes: the only exception is the project's own InputError;
- nothing is lost: every non-whitespace character is in exactly one record (coverage);
- nothing is interpreted: the article Markdown, rendered with the site's Markdown extensions,
  holds only the elements, attributes and links the generator writes, shows every printed
  text, and its front-matter is valid YAML with HTML-escaped text.

Example counts are modest (the whole suite runs in a few minutes on two cores); for a deeper
search run `PROPERTY_SCALE=20 pytest tests/test_properties.py`.
"""
import html
import os
import re
import tempfile
from pathlib import Path
from html.parser import HTMLParser

import markdown
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from generator.archive.corrections import validate
from generator.archive.errors import InputError
from generator.tools.linkcheck import CITATION_DOWNLOAD
from generator.archive.ids import assign_ids
from generator.archive.model import RawPage
from generator.archive.build import build_page, require_items
from generator.speed.run import build_archive
from generator.archive.read import check_page_text, clean_text, decode_page, split_lines
from generator.publish.records import export_record
from generator.publish.pages import front_matter, read_front_matter_text, render_article, render_page_listing

SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
SCALE = int(os.environ.get("PROPERTY_SCALE", "1"))

# --- strategies ----------------------------------------------------------------------------------

HANZI = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
PUNCTUATION = st.sampled_from(list("，。、；：？！“”‘’（）《》—…·　"))
ASCII = st.characters(min_codepoint=0x20, max_codepoint=0x7E)
HOSTILE = st.sampled_from([
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "<a href='x'>",
    "</p></div>", "{{ config }}", "{% raw %}", "{%", "}}", "# ", "## ", "* ", "**", "_", "`", "```", "~~~", "| a | b |",
    "|", "---", "===", "- ", "+ ", "1. ", "2) ", "> ", "    ", "\t", "&amp;", "&lt;", "&#60;", "\\", "{: #evil }",
    "{: .x onclick=y }", "<!--", "-->", "]]>", "<![CDATA[", "![i](x.png)", "<https://evil.example>", "https://evil.example",
    "\u200b", "\u200d", "\ufeff", "\u202e", "\x07", "\x1b", "\x0c", "\x0b", "\u2028", "\x85", "\x7f", "\ud7ff",
    "\u3000", "  ", "本报记者 ", "□", "摄", "新华社记者 ", "责编 ", "上接01版", "下转02版", "（", "）", "：", "——",
])
DIGITS = st.characters(min_codepoint=0x30, max_codepoint=0x39)
TOKEN = st.one_of(HANZI, HANZI, HANZI, HANZI, PUNCTUATION, DIGITS, ASCII, HOSTILE)
# What makes a line mean something in Markdown or YAML when it starts it.
LINE_START = st.sampled_from(["- ", "* ", "+ ", "1. ", "2) ", "# ", "## ", "> ", "    ", "\t", "---", "===", "***", "___",
                              "| ", "```", "~~~", "<div>", "<!--", "{: #x }", "[x]: http://evil.example", ": ", "? ",
                              "%YAML", "...", "&", "!", "@", "`"])
LINE = st.tuples(st.one_of(st.just(""), st.just(""), LINE_START), st.lists(TOKEN, max_size=30).map("".join)).map("".join)
TEXT = st.lists(LINE, min_size=1, max_size=30).map("\n".join)
HANZI_TEXT = st.lists(st.one_of(HANZI, HANZI, HANZI, PUNCTUATION, DIGITS), min_size=1, max_size=12).map("".join)


def sprinkle(draw, text: str) -> str:
    """`text` with a few hostile pieces inserted at random places."""
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(HOSTILE) + text[at:]
    return text


@st.composite
def page_texts(draw) -> str:
    """A page shaped like the seeds: furniture, then items of headline, byline and wrapped text."""
    lines = []
    if draw(st.booleans()):
        lines += [f"2024年{draw(st.integers(1, 12))}月{draw(st.integers(1, 28))}日 星期六", ""]
    if draw(st.booleans()):
        lines += ["责编 " + draw(HANZI_TEXT)[:3], ""]
    for _ in range(draw(st.integers(1, 4))):
        if draw(st.integers(0, 3)):
            lines += [draw(st.one_of(st.just(""), LINE_START)) + sprinkle(draw, draw(HANZI_TEXT)), ""]
        if draw(st.booleans()):
            lines += [draw(st.sampled_from(["□ 本报记者 ", "本报记者 ", "新华社记者 ", "□ 通讯员 "])) + draw(HANZI_TEXT)[:3], ""]
        if draw(st.booleans()):
            lines += [draw(st.sampled_from(["上接01版", "紧接01版", "（上接第一版）"])), ""]
        width = draw(st.integers(8, 30))
        blank_between = draw(st.booleans())
        for _ in range(draw(st.integers(1, 4))):
            prefix = draw(st.one_of(st.sampled_from(["", "　　", "本报讯 记者张三报道 "]), LINE_START))
            paragraph = sprinkle(draw, prefix + "".join(draw(st.lists(HANZI_TEXT, min_size=1, max_size=8))) + "。")
            wrapped = [paragraph[i:i + width] for i in range(0, len(paragraph), width)]
            for line in wrapped:
                lines.append(line)
                if blank_between:
                    lines.append("")
            lines.append("")
        if draw(st.booleans()):
            lines += [draw(HANZI_TEXT) + " 新华社记者 " + draw(HANZI_TEXT)[:3] + " 摄", ""]
        if draw(st.booleans()):
            lines += [draw(st.sampled_from(["（下转02版）", "本组图片均为资料图片", "美编 王五"])), ""]
    ending = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    return ending.join(lines) + ending


# --- checks -----------------------------------------------------------------------------------

ELEMENTS = {"p", "h1", "h2", "div", "a", "strong", "hr", "details", "summary", "pre"}
LISTING_ELEMENTS = {"p", "h1", "h2", "a", "code", "table", "thead", "tbody", "tr", "th", "td", "ul", "li", "div"}
CLASSES = {"kicker", "subtitle", "continuation", "caption", "source", "archive-meta", "archive-raw", "archive-neighbours",
           "archive-related", "headerlink", "archive-listing", "archive-photo-note",
           "archive-table", "archive-page-items"}


class Html(HTMLParser):
    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.elements, self.attributes, self.text = set(), [], []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.elements.add(tag)
        self.attributes += [(tag, name, value or "") for name, value in attrs]

    def handle_data(self, data):
        self.text.append(data)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def render(markdown_text: str) -> str:
    """Markdown → HTML as MkDocs renders the site (mkdocs.yml's extensions)."""
    return markdown.markdown(markdown_text, extensions=["attr_list", "md_in_html", "tables", "toc"],
                             extension_configs={"toc": {"permalink": "¶"}})


def check_html(page: Html, allowed: set, what: str) -> None:
    assert page.elements <= allowed, (what, page.elements - allowed)
    for tag, name, value in page.attributes:
        assert name in ("id", "class", "href", "title"), (what, tag, name, value)
        if name == "id" and tag == "p":
            assert re.fullmatch(r"p\d+", value), (what, value)
        if name == "class":
            assert set(value.split()) <= CLASSES, (what, value)
        if name == "href":
            assert re.fullmatch(r"(\.\./)?[\w\-./·（）]*(\.md)?(#[\w\-]*)?", value), (what, value)


def check_article(item) -> None:
    text = render_article(item, {})
    assert text.startswith("---\n")
    front, body = text[4:].split("\n---\n", 1)
    meta = yaml.safe_load(front)
    assert meta == front_matter(item, export_record(item)), "the front-matter reads back as written"
    assert read_front_matter_text(front + "\n") == meta, "read as JSON, the front-matter gives what YAML gives"
    for key, value in meta.items():
        if key != "jsonld":
            for string in strings(value):
                assert "<" not in string and '"' not in string, (key, string)
    assert html.unescape(meta["title"]) and meta["jsonld"]["@type"] == "NewsArticle"
    for download in meta["downloads"]:  # shown by the theme's citation panel
        assert CITATION_DOWNLOAD.fullmatch(download["url"]), download
        assert re.fullmatch(r"[0-9a-z_-]+\.(bib|ris|json)", download["file"]), download
    page = Html(render(body))
    check_html(page, ELEMENTS, item.id)
    shown = squeeze("".join(page.text))
    for block in item.body_blocks:
        assert squeeze(block.text) in shown, block.text


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)


def through_pipeline(text: str) -> None:
    """Read-stage cleaning and checks, then every later stage; InputError is the only way out."""
    try:
        text, _ = clean_text(text, "p.txt")
        raw = RawPage("p.txt", split_lines(text))
        check_page_text(raw.lines, "p.txt")
        result = build_page(raw)
        require_items(result)
    except InputError as error:
        assert str(error).startswith("p.txt")
        event(f"input error: {error.expected}")
        return
    assert result.coverage.ok, result.coverage.problems[:3]
    _, _, (page,) = assign_ids([result.page], [])
    for item in page.items:
        check_article(item)
    listing = Html(render(render_page_listing(page)))
    check_html(listing, LISTING_ELEMENTS, "listing")
    event(f"{len(page.items)} items")


# --- properties ----------------------------------------------------------------------------------

@settings(max_examples=60 * SCALE, **SETTINGS)
@given(TEXT)
def test_random_text(text):
    through_pipeline(text)


@settings(max_examples=60 * SCALE, **SETTINGS)
@given(page_texts())
def test_random_page_structures(text):
    through_pipeline(text)


@settings(max_examples=150 * SCALE, **SETTINGS)
@given(st.one_of(st.binary(max_size=200), TEXT.map(lambda t: t.encode("gb18030", errors="replace")),
                 TEXT.map(lambda t: t.encode("utf-16")), TEXT.map(lambda t: t.encode("utf-8")[:-1])))
def test_random_bytes_decode_or_are_refused_by_name(data):
    try:
        text = decode_page(data, "p.txt")
        text, _ = clean_text(text, "p.txt")
    except InputError as error:
        assert str(error).startswith("p.txt")
        return
    assert isinstance(text, str)
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]", text.replace("\r", "").replace("\n", ""))


SCALAR = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), HANZI_TEXT, TEXT.map(lambda t: t[:20]))
YAML_VALUE = st.recursive(SCALAR, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                          st.dictionaries(st.sampled_from(
                                                              ["split", "merge", "item", "furniture", "title", "kicker",
                                                               "kind", "authors", "photographers", "titel", "x"]),
                                                              inner, max_size=3)), max_leaves=8)
PAGE = """\
长江经济带绿色发展迈出新步伐

□ 本报记者 周 航

近日，记者从长江经济带发展推进会上获悉，沿江11省市今年以来共实施生态修复项目320个。

“过去是各管一段，现在是共护一江。”湖北省生态环境厅相关负责人说，三省建立了联合执法机制。

黄河流域生态保护取得新进展

本报讯 记者王芳报道 3月12日，全省中小企业数字化转型现场会在合肥召开，会议发布了名单。
"""
ANCHORS = st.sampled_from(["近日，记者", "过去是各管一段", "黄河流域", "本报讯", "3月12日", "周航", "不在本版", "。"])
ENTRY = st.fixed_dictionaries(
    {"item": ANCHORS},
    optional={"title": st.one_of(HANZI_TEXT, st.just("- 标题: \"引号\" </title>")), "kind": st.sampled_from(
        ["article", "brief", "photo", "commentary", "infobox", "continuation"]), "authors": st.lists(HANZI_TEXT, max_size=2)})
VERB = st.one_of(
    ENTRY,
    st.fixed_dictionaries({"split": ANCHORS}, optional={"kind": st.sampled_from(["commentary", "brief"])}),
    st.fixed_dictionaries({"merge": st.lists(ANCHORS, min_size=2, max_size=2)}),
    st.fixed_dictionaries({"furniture": ANCHORS}),
)


@settings(max_examples=60 * SCALE, **SETTINGS)
@given(st.lists(st.one_of(VERB, VERB, VERB, YAML_VALUE), max_size=4))
def test_random_corrections_apply_or_are_refused_and_lose_nothing(entries):
    text = yaml.safe_dump(entries, allow_unicode=True)
    try:
        data = yaml.safe_load(text)
        for number, entry in enumerate(data or [], start=1):
            validate(entry, "p.corrections.yml", number, number)
        result = build_page(RawPage("p.txt", split_lines(PAGE)), data)
    except InputError as error:
        event(f"refused: {error.expected[:30]}")
        return
    assert result.coverage.ok, result.coverage.problems[:3]
    _, _, (page,) = assign_ids([result.page], [])
    for item in page.items:
        check_article(item)
    event("applied")


ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le", "big5", "latin-1"])
SIDECAR = st.one_of(st.none(), st.dictionaries(st.sampled_from(["newspaper", "date", "page", "section", "source_url",
                                                                "newspapr"]), SCALAR, max_size=3).map(
    lambda d: yaml.safe_dump(d, allow_unicode=True)), TEXT.map(lambda t: t[:40]))


@settings(max_examples=15 * SCALE, **SETTINGS)
@given(st.lists(st.tuples(st.one_of(page_texts(), TEXT, st.binary(max_size=50)), ENCODINGS, SIDECAR), min_size=1,
                max_size=3))
def test_a_random_folder_builds_each_page_or_skips_it_by_name(pages):
    """The read stage and the folder run: files in any encoding, with or without a sidecar."""
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "in"
        folder.mkdir()
        for number, (content, encoding, sidecar) in enumerate(pages):
            data = content if isinstance(content, bytes) else content.encode(encoding, errors="replace")
            (folder / f"p{number}.txt").write_bytes(data)
            if sidecar is not None:
                (folder / f"p{number}.yml").write_text(sidecar, encoding="utf-8")
        archive = build_archive(folder)
        assert sorted([r.page.raw.file for r in archive.results] + [s.file for s in archive.skipped]) == \
            [f"p{n}.txt" for n in range(len(pages))]
        for result in archive.results:
            assert result.coverage.ok, result.coverage.problems[:3]
        for skipped in archive.skipped:
            pattern = rf"skipped(: | {re.escape(skipped.file)}: ){re.escape(skipped.file[:-4])}\.(txt|yml)"
            assert re.match(pattern, skipped.message), skipped.message
            event(f"skipped: {skipped.where[2][:30]}")
        event(f"{len(archive.results)} built")


REGISTRY_VALUE = st.one_of(TOKEN.map(str), st.lists(TOKEN, min_size=1, max_size=16).map("".join),
                           st.sampled_from(["123456789012", "true", "null", "1e5", "0x1f", "2024-01-01", "~", "'", "a: b",
                                            "- x", "#c", " 近日", "近日 ", "…", "1_000", ".inf", "y", "on"]))


REGISTRY_OPTIONAL = st.one_of(st.just(""), REGISTRY_VALUE)  # title, newspaper, date, status: "" is left out


@settings(max_examples=120 * SCALE, **SETTINGS)
@given(st.lists(st.tuples(REGISTRY_VALUE, REGISTRY_VALUE, REGISTRY_VALUE, *[REGISTRY_OPTIONAL] * 4), max_size=6))
def test_registry_read_without_yaml_gives_what_yaml_gives(rows):
    """ids.lock as written, read by the fast reader where it applies, equals YAML's reading."""
    from generator.archive.ids import OPTIONAL_FIELDS, SAFE_LOADER, Entry, format_registry, parse_registry, registry_as_written

    text = format_registry([Entry(*row) for row in rows])
    by_yaml = [Entry(str(e["id"]), str(e["file"]), str(e["anchor"]), *(str(e.get(name, "")) for name in OPTIONAL_FIELDS))
               for e in yaml.load(text, Loader=SAFE_LOADER) or []]
    fast = registry_as_written(text)
    event("read without YAML" if fast is not None else "left to YAML")
    assert fast is None or fast == by_yaml
    assert parse_registry(text) == by_yaml
    entries = [Entry(*row) for row in rows]
    for before in (entries[::2], entries[1:], entries):  # what the last run wrote, then more
        assert format_registry(entries, format_registry(before)) == text
