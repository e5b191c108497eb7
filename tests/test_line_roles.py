"""The experimental line-role labeller (tests/corpus/line_roles.py): the committed model loads and
labels a small page written for this test (not from the corpus) as a reader would."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "corpus"))
import line_roles  # noqa: E402

PAGE = """\
湖南日报
2024年3月15日 星期五
A03 | 要闻

城南社区新建口袋公园开放

本报记者 陈晓明

近日，城南社区新建的口袋公园正式向市民开放。公园
占地约两千平方米，设有健身步道、儿童游乐区和休闲
座椅，成为周边居民散步休闲的好去处。

据介绍，公园建设充分听取了居民意见，保留了原有的
大树，并增加了夜间照明设施。不少居民表示，家门口
多了一处休闲空间，生活更方便了。

社区负责人表示，下一步将结合居民需求，在公园内增
设阅读角和便民服务点，定期组织文体活动，让口袋公
园真正成为居民共建共享的公共空间。今年，全区计划
再建成口袋公园十二个，进一步提升城市品质。

责编 王丽 美编 李强
"""


def test_model_is_committed_and_small():
    assert line_roles.MODEL.exists()
    assert line_roles.MODEL.stat().st_size < 2_000_000


def test_features_one_per_non_blank_line():
    lines = PAGE.split("\n")
    feats = line_roles.features(lines)
    assert len(feats) == sum(1 for x in lines if x.strip())
    assert all(isinstance(v, (str, float)) for f in feats for v in f.values())


def test_labels_a_hand_written_page():
    roles = line_roles.label(PAGE.split("\n"))
    assert roles[:3] == ["furniture"] * 3  # masthead, date line, page header
    assert roles[3] == "title"
    assert roles[4] == "byline"
    assert roles[5:15] == ["body"] * 10
    assert roles[15] == "furniture"  # editors


def test_the_headline_opens_an_item_the_body_goes_on_with_it():
    tags = line_roles.tags(PAGE.split("\n"))
    assert tags[3] == "B-title"
    assert all(t.startswith("I-") for t in tags[4:15])
