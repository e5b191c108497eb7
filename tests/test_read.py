"""Reading pages: encodings, line endings, sidecars; errors name the file and line."""
import codecs

import pytest

from generator.archive.errors import InputError
from generator.archive.read import decode_page, read_folder, split_lines

TEXT = "全国发展改革系统扎实推进“双碳”工作\n本报讯 记者白雪报道 近日，"


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    TEXT.encode("gb18030"),
    TEXT.encode("utf-16"),  # with BOM
    codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
])
def test_encodings_are_detected(data):
    assert decode_page(data, "p.txt") == TEXT


def test_binary_file_is_rejected_with_its_name():
    with pytest.raises(InputError, match=r"scan\.txt: expected a text page, found binary data"):
        decode_page(b"%PDF-1.7\x00\x01\x02", "scan.txt")


@pytest.mark.parametrize("text", ["一\r\n二\r\n", "一\r二\r", "一\n二\n"])
def test_line_endings(text):
    assert [(line.number, line.text) for line in split_lines(text)] == [(1, "一"), (2, "二")]


def test_sidecar_metadata_is_read_with_its_source(tmp_path):
    (tmp_path / "a.txt").write_text("标题\n", encoding="utf-8")
    (tmp_path / "a.yml").write_text("newspaper: 重庆日报\ndate: 2024-06-22\npage: '03'\n", encoding="utf-8")
    [page] = read_folder(tmp_path)
    assert page.meta == {"newspaper": "重庆日报", "date": "2024-06-22", "page": "03"}
    assert page.meta_source["date"] == "sidecar"


def test_sidecar_with_unknown_key_names_file_and_key(tmp_path):
    (tmp_path / "a.txt").write_text("标题\n", encoding="utf-8")
    (tmp_path / "a.yml").write_text("newspapr: 重庆日报\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"a\.yml.*unknown key\(s\) \['newspapr'\]"):
        read_folder(tmp_path)


def test_sidecar_with_bad_yaml_names_the_line(tmp_path):
    (tmp_path / "a.txt").write_text("标题\n", encoding="utf-8")
    (tmp_path / "a.yml").write_text("newspaper: 重庆日报\ndate: [2024\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"a\.yml:\d+: expected valid YAML"):
        read_folder(tmp_path)
