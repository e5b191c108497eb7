import sys
import unicodedata

import pytest

from generator.archive.cjk import IDEOGRAPH, display_width, is_wide

HAN_NAMES = ("CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-")


@pytest.mark.parametrize("text, width", [
    ("双城经济圈", 5),
    ("2024年", 3),               # digits half an ideograph each
    ("APP", 1.5),
    ("中 共 中 央", 4),           # white space takes no width
    ("\u3000\u3000新华社", 3),     # nor does an ideographic space
    ("（记者 张三）", 6),
    ("“川渝通办”——", 8),        # quotes and dashes are set full width in Chinese print
    ("Ａ１％", 3),                # full-width forms
    ("𠀀𠀁", 2),                  # one glyph each, though two UTF-16 units
    ("", 0),
])
def test_display_width_counts_wide_glyphs_one_narrow_half(text, width):
    assert display_width(text) == width


def test_every_wide_or_fullwidth_character_is_wide():
    """East Asian Width W and F (ideographs, kana, CJK and full-width punctuation) are wide;
    below U+2000 only Hangul jamo are, which Chinese print does not use."""
    for code in range(0x2000, sys.maxunicode + 1):
        char = chr(code)
        if unicodedata.east_asian_width(char) in "WF" and not char.isspace():
            assert is_wide(char), hex(code)
    for code in range(0x21, 0x7F):
        assert not is_wide(chr(code)) and display_width(chr(code)) == 0.5


def test_ideograph_is_every_han_ideograph_and_nothing_else():
    for code in range(sys.maxunicode + 1):
        name = unicodedata.name(chr(code), "")
        if name.startswith(HAN_NAMES):
            assert IDEOGRAPH.match(chr(code)), name
        elif name:
            assert not IDEOGRAPH.match(chr(code)), name


def test_ideograph_leaves_out_punctuation_kana_and_symbols():
    for char in "，。“”《》〇ア가䷀Ａ1a":
        assert not IDEOGRAPH.match(char), char


def test_data_files_name_han_ideographs_by_the_one_definition():
    """The patterns of generator/data/ say `{han}`, which the one loader fills in with cjk.CJK;
    none spells a range of ideographs out again."""
    from generator.archive.cjk import CJK
    from generator.archive.datafiles import DATA, load

    def strings(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, (list, dict)):
            for v in value.values() if isinstance(value, dict) else value:
                yield from strings(v)

    for path in sorted(DATA.glob("*.yml")):
        assert "\\u4e00" not in path.read_text(encoding="utf-8"), path.name
        loaded = list(strings(load(path.name)))
        assert not any("{han}" in s for s in loaded), path.name
    assert any(CJK in s for s in strings(load("layout.yml")))


@pytest.mark.parametrize("text, digits, pairs", [
    ("上涨12.5%", True, {"上涨", "涨1", "12", "25"}),    # digits join the ideographs' run, marks between them do not
    ("上涨12.5%", False, {"上涨"}),
    ("川渝 通办", True, {"川渝", "渝通", "通办"}),         # white space and punctuation are left out
    ("Ａ，B", True, set()),
    ("𠀀𠀁", False, {"𠀀𠀁"}),                          # an ideograph beyond the BMP is one character
])
def test_character_pairs_of_ideographs_with_or_without_digits(text, digits, pairs):
    from generator.archive.cjk import character_pairs
    assert character_pairs(text, digits=digits) == pairs
