import yaml

from generator.publish.escape import yaml_string


def test_yaml_string_reads_back_as_written():
    tricky = ["近日印发的《中共中央", 'a "quoted" \\ back', "行\u2028分隔\u2029段", "NEL\x85C1\x9fDEL\x7f",
              "\ufeff开头", "on", "1e-05", "- 列表", "# 注释", "键: 值", "𠀀😀", ""]
    for text in tricky:
        written = yaml_string(text)
        assert "\n" not in written
        assert yaml.safe_load(f"- split: {written}") == [{"split": text}], text


def test_yaml_string_leaves_printable_text_as_json_writes_it():
    assert yaml_string("川渝“通办”") == '"川渝“通办”"'
