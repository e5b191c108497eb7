"""Two short items read across two columns, their lines interleaved: each restored whole
(generator/archive/interleave.py), and nothing else on a page ever reordered."""
import re
from pathlib import Path

from generator.archive.coverage import check_coverage
from generator.archive.furniture import page_header
from generator.archive.interleave import restore, spaced_windows
from generator.archive.model import RawPage
from generator.archive.build import build_page
from generator.archive.read import read_page, split_lines

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

# Two briefs printed side by side, read across: each one's own lines stay in order.
INTERLEAVED = """2024年9月12日 星期四 03 城事

▲城区新增三座口袋公园
本报讯（记者 王晓明）今年以来，
城区利用闲置地块新建口袋公
▲老年大学秋季招生启动
园三座，配套座椅、步道和儿
本报讯（记者 李雪梅）市老年大
学秋季学期招生日前启动，开设
童游乐设施，方便周边居民休
书法、声乐、摄影、智能手机应
用等课程四十余门，报名截至九
闲健身。
月十日。
"""

# The same two briefs, one after the other.
ONE_AFTER_THE_OTHER = """2024年9月12日 星期四 03 城事

▲城区新增三座口袋公园
本报讯（记者 王晓明）今年以来，
城区利用闲置地块新建口袋公
园三座，配套座椅、步道和儿
童游乐设施，方便周边居民休
闲健身。
▲老年大学秋季招生启动
本报讯（记者 李雪梅）市老年大
学秋季学期招生日前启动，开设
书法、声乐、摄影、智能手机应
用等课程四十余门，报名截至九
月十日。
"""

# A photo's caption and credit set inside an article: a block inside another text, not two
# texts interleaved.
CAPTION_INSIDE = """城区新增三座口袋公园

本报讯（记者 王晓明）今年以来，城区利用
闲置地块新建口袋公园三座，配套座椅、步
市民在新建成的口袋公园内休闲。
（王晓明 摄）
道和儿童游乐设施，方便周边居民休闲健身。
园林部门介绍，明年还将新建五座口袋公园，
让市民出门见绿、推窗见景。
"""


def page(text: str) -> RawPage:
    return RawPage("page.txt", split_lines(text))


def body(item) -> str:
    return "".join(b.text for b in item.blocks if b.kind == "paragraph")


def test_interleaved_lines_are_taken_as_two_texts_in_order():
    raw = page(INTERLEAVED)
    lines, done = restore(raw.lines)
    assert [line.number for line in lines] == [1, 2, 3, 4, 5, 7, 10, 13, 6, 8, 9, 11, 12, 14]
    assert sorted(lines, key=lambda line: line.number) == raw.lines  # only reordered: same lines, same text
    assert [(r.first, r.second) for r in done] == [((3, 4, 5, 7, 10, 13), (6, 8, 9, 11, 12, 14))]


def test_each_interleaved_item_reads_whole_and_the_page_says_so():
    result = build_page(page(INTERLEAVED))
    assert [(item.title, body(item)) for item in result.page.items] == [
        ("城区新增三座口袋公园", "今年以来，城区利用闲置地块新建口袋公园三座，配套座椅、步道和儿童游乐设施，方便周边居民休闲健身。"),
        ("老年大学秋季招生启动", "市老年大学秋季学期招生日前启动，开设书法、声乐、摄影、智能手机应用等课程四十余门，报名截至九月十日。"),
    ]
    assert [list(item.authors) for item in result.page.items] == [["王晓明"], ["李雪梅"]]
    assert check_coverage(result.page).ok
    notes = [w for w in result.page.warnings if "interleaved" in w]
    assert notes == ["page.txt:3: lines 3–14 read as two columns interleaved line by line: "
                     "taken as lines 3–5, 7, 10, 13, then 6, 8–9, 11–12, 14"]


def test_items_printed_one_after_the_other_are_left_alone():
    raw = page(ONE_AFTER_THE_OTHER)
    lines, done = restore(raw.lines)
    assert lines is raw.lines and done == []
    result = build_page(raw)
    assert [item.title for item in result.page.items] == ["城区新增三座口袋公园", "老年大学秋季招生启动"]
    assert not any("interleaved" in w for w in result.page.warnings)


def test_a_block_set_inside_another_text_is_not_an_interleave():
    raw = page(CAPTION_INSIDE)
    lines, done = restore(raw.lines)
    # the caption alone goes under the sentence it broke into; the text is not split in two
    assert [(r.first, r.second) for r in done] == [((7,), (5, 6))]
    result = build_page(raw)
    assert [(item.kind, body(item)) for item in result.page.items][0] == (
        "brief", "今年以来，城区利用闲置地块新建口袋公园三座，配套座椅、步道和儿童游乐设施，方便周边居民休闲健身。"
        "园林部门介绍，明年还将新建五座口袋公园，让市民出门见绿、推窗见景。")


def test_no_seed_page_is_reordered():
    for path in sorted(SEEDS.glob("*.txt")):
        raw = read_page(path, SEEDS)
        apart = frozenset(page_header([line.text for line in raw.lines]).roles)
        lines, done = restore(raw.lines, apart)
        assert lines is raw.lines and done == [], path.name


def test_page_furniture_is_never_moved():
    # the date line between the two texts' lines stays where it is, and the run stops there
    text = INTERLEAVED.replace("本报讯（记者 李雪梅）市老年大\n", "本报讯（记者 李雪梅）市老年大\n2024年9月12日 星期四\n")
    raw = page(text)
    apart = frozenset(page_header([line.text for line in raw.lines]).roles)
    assert any(re.match("2024年9月12日 星期四$", raw.lines[n - 1].text) for n in apart)
    lines, _ = restore(raw.lines, apart)
    assert [line.number for line in lines if line.number in apart] == sorted(apart)
    assert [lines.index(line) for line in lines if line.number in apart] == [n - 1 for n in sorted(apart)]


def test_the_same_page_gives_the_same_order():
    assert restore(page(INTERLEAVED).lines) == restore(page(INTERLEAVED).lines)


# A listing box: each show's date and time over its place and title, wrapped. The entries are
# one text in order; a time of day is whole, so no number runs on from one date line to the next.
LISTING = """2024年12月14日 星期六 A04 城事

好戏预告
12月15日 10:00
 青年宫 相声专场《城南
旧事》
12月15日 19:00
 大剧院 交响音乐
会
12月16日 14:30
 少年宫 木偶剧经典选
段
12月17日 19:30
 人民剧场 话剧《春
风里》
12月18日 19:30
 文化馆 越剧《梁祝》选
场
12月19日 10:00
 音乐厅 儿童合唱音乐
会
"""


def test_a_listing_of_dates_and_times_is_not_an_interleave():
    raw = page(LISTING)
    apart = frozenset(page_header([line.text for line in raw.lines]).roles)
    lines, done = restore(raw.lines, apart)
    assert lines is raw.lines and done == []


# A brief's second text opens with its date set apart by a comma (`日前，`) right under a line of
# the first that stops mid-sentence: no sentence goes on so, so the two texts are told apart.
OPENER_APART = """2024年9月12日 星期四 03 城事

桥梁安全隐患排查
本报讯（记者 王晓明 通讯员 李强）
区交通运输部门近日对辖区桥梁开
周末夜市开张
展安全隐患排查，重点检查桥墩、
日前，区商务局组织的惠民活动进社
护栏和排水设施，对发现的问题建
立台账，限期整改到位。
区开展家电、餐饮、文旅等促销
活动，吸引数千名市民参加。活动持续
到本月底。（陈晨）
"""


def test_a_sentence_opener_set_apart_by_a_comma_opens_the_second_text():
    lines, done = restore(page(OPENER_APART).lines)
    assert [(r.first, r.second) for r in done] == [((3, 4, 5, 7, 9, 10), (6, 8, 11, 12, 13))]


def test_a_sentence_opener_running_on_is_no_such_break():
    from generator.archive.interleave import measure, Reader

    raw = page("区交通运输部门的会议，定于\n5月17日，在区里召开。\n5月17日在区里召开。\n")
    rows = measure(raw.lines)
    reader = Reader(raw.lines)
    assert reader.join(rows[0], rows[1]) < reader.join(rows[0], rows[2])


# A headline as wide as the column (no clause mark, not narrower than the text) over the first
# sentence of its text (`近日，`), beside a photo's title and caption: the headline opens the brief
# under it, not the caption.
WIDE_HEADLINE = """2024年9月12日 星期四 03 城事

三地签署协议共建城市群公交一卡通
近日，三市公共交通工作联席会
湖畔赏灯
议在市会展中心召开。三市交通
运输局共同签署了《公交一卡通
市民在湖畔赏灯游玩。（王晓明 摄）
互联互通合作协议》，明确年底
前实现三地公交地铁一卡通行，
方便市民跨城出行。
"""


def test_a_wide_line_over_a_sentence_opener_is_the_headline_of_its_text():
    lines, done = restore(page(WIDE_HEADLINE).lines)
    assert [(r.first, r.second) for r in done] == [((3, 4, 6, 7, 9, 10, 11), (5, 8))]


def rows_of(*texts: str):
    from generator.archive.interleave import measure
    return measure(page("\n".join(texts) + "\n").lines)


def test_a_headline_doubled_glyph_by_glyph_is_a_headline_however_wide():
    rows = rows_of("新新建建三三座座口口袋袋公公园园方方便便周周边边居居民民休休闲闲",
                   "园林部门介绍，城区利用闲置地块新建",
                   "口袋公园三座，配套座椅、步道和儿童",
                   "游乐设施，方便周边居民休闲健身。")
    assert rows[0].label and not rows[0].open


def test_the_rest_of_a_bracket_closes_a_credit_and_is_no_headline():
    rows = rows_of("园林部门介绍，明年还将新建五座口袋",
                   "公园，让市民出门见绿。（本报记",
                   "者 王 晓 明 ）")
    assert rows[2].closed and rows[2].credit and not rows[2].label and not rows[2].opens


def test_a_glyph_ending_a_line_stopping_mid_sentence_ends_its_text():
    from generator.archive.interleave import breaks
    rows = rows_of("市民在新建成的口袋公园内休闲健身",
                   "散步。图片由城区园林部门提",
                   "供")
    assert rows[2].closed and rows[2].credit and not rows[2].label
    assert breaks(rows[1], rows[2])  # where a second text may have broken in, so the run is read


def test_a_headline_sharing_two_words_with_the_line_under_it_heads_it():
    from generator.archive.interleave import Reader
    rows = rows_of("城东湿地迎来候鸟",
                   "11月2日，城东区的湿地公园迎来首",
                   "批越冬候鸟，观鸟爱好者早早守候。")
    assert Reader([row.line for row in rows]).join(rows[0], rows[1]) == 2.0


def test_a_title_of_a_few_glyphs_heads_the_line_sharing_one_word_with_it():
    from generator.archive.interleave import Reader
    rows = rows_of("湖畔晨练",
                   "清晨，市民在湖畔步道上跑步锻炼。",
                   "（王晓明 摄）")
    assert Reader([row.line for row in rows]).join(rows[0], rows[1]) == 2.0
    rows = rows_of("湖畔晨练新风尚",  # a longer title needs three glyphs in a row, or two words
                   "清晨，市民在湖畔步道上跑步锻炼。")
    assert Reader([row.line for row in rows]).join(rows[0], rows[1]) == 0.0


def test_two_datelines_in_a_row_open_two_texts():
    from generator.archive.interleave import Reader, breaks
    rows = rows_of("本报讯（记者 王晓明 通讯员 刘洋）",
                   "本报讯（记者 李雪梅）",
                   "今年以来，城区利用闲置地块新建口袋")
    assert breaks(rows[0], rows[1])
    assert Reader([row.line for row in rows]).join(rows[0], rows[1]) == -3.0


# A caption set beside a brief whose byline breaks inside its brackets: the bracket closing on the
# next line (`…通讯员` / `李雪梅）记者从…`) makes that line the byline's rest, no text of its own, and
# a line opening with 的, which no sentence opens with, goes on with a line of its own text.
CAPTION_BESIDE = """2024年7月2日 星期二 05 城事

城区新增三座口袋公园
本报讯（记者 王晓明 通讯员
李雪梅）记者从市园林局获悉，今
年以来，城区利用闲置地块新建口
日前，老城区河道整治工程完工，整修后
袋公园三座，配套座椅、步道和儿
童游乐设施，方便周边居民休闲。
的石桥保留原有风貌，沿河新开设茶馆、
书店等商铺二十余家。图为市民在河边
散步。
（城南街道供图）
"""


def test_a_bracket_closed_across_a_join_and_a_line_opening_with_de_go_on_their_texts():
    lines, done = restore(page(CAPTION_BESIDE).lines)
    assert [(r.first, r.second) for r in done] == [((3, 4, 5, 6, 8, 9), (7, 10, 11, 12, 13))]


def test_a_line_closing_a_bracket_opened_above_goes_on_with_that_line_only():
    from generator.archive.interleave import Reader
    rows = rows_of("本报讯（记者 王晓明 通讯员",
                   "日前，老城区河道整治工程完工，整修后",
                   "李雪梅）记者从市园林局获悉，今")
    assert rows[2].resumes and not rows[2].opens and rows[0].unclosed
    reader = Reader([row.line for row in rows])
    assert reader.join(rows[0], rows[2]) > 0 > reader.join(rows[1], rows[2])


def test_a_line_opening_with_de_goes_on_with_the_line_before():
    from generator.archive.interleave import breaks
    rows = rows_of("方便周边居民休闲。", "的石桥保留原有风貌，沿河新开设茶馆、", "的确，石桥保留了原有风貌。")
    assert rows[1].goes_on and breaks(rows[0], rows[1])
    assert not rows[2].goes_on


# A caption of another column width read across a longer one: its credit breaks after the role
# (`…璀璨。 本报记者` / `王晓明 摄`), and a credit's name goes on no other line stopping mid-sentence.
CREDIT_ACROSS = """2024年7月2日 星期二 05 城事

城区利用闲置地块新建口袋公园
夜幕降临，江畔城市灯光璀璨。 本报记者
三座，配套座椅、步道和儿童游
王晓明 摄
乐设施，方便周边居民休闲健身。
园林部门介绍，明年还将新建五
座口袋公园，让市民出门见绿。
"""


def test_a_credit_completed_across_a_join_ends_the_text_read_across():
    lines, done = restore(page(CREDIT_ACROSS).lines)
    assert [(r.first, r.second) for r in done] == [((3, 5, 7, 8, 9), (4, 6))]


def test_a_credits_name_goes_on_only_a_line_ending_in_its_role():
    from generator.archive.interleave import Reader, breaks
    rows = rows_of("夜幕降临，江畔城市灯光璀璨。 本报记者", "三座，配套座椅、步道和儿童游", "王晓明 摄")
    assert rows[0].role_end and rows[2].named and not rows[1].role_end
    reader = Reader([row.line for row in rows])
    assert reader.join(rows[0], rows[2]) > 0 > reader.join(rows[1], rows[2])
    assert breaks(rows[1], rows[2]) and not breaks(rows[0], rows[2])


# A page with a blank line after every line, where a caption set wider than the article's column
# is read across it: the caption, finished under its credit, goes first, so the article running on
# past it stays whole; the headline over both stays where it is.
SPACED = "\n\n".join("""2024年7月2日 星期二 05 城事
城区新增三座口袋公园
近日，城区利用闲置地块新建成三
市民在新建成的口袋公园内休闲健身，园林部门
座口袋公园，配套座椅、步道和
介绍，明年还将在老城区新建五座口袋公园，让
儿童游乐设施，方便周边居民休闲
市民出门见绿、推窗见景，周末来公园的家庭
越来越多。（王晓明 摄）
健身。园林部门介绍，公园由周边
社区共同管护，每天清晨开放，夜
间有专人巡查，确保市民游园安全。""".split("\n")) + "\n"


def test_a_caption_of_another_measure_on_a_double_spaced_page_goes_before_the_text_it_crosses():
    lines, done = restore(page(SPACED).lines)
    assert [(r.first, r.second) for r in done] == [((7, 11, 15, 17), (5, 9, 13, 19))]


# … and when both texts finish inside the stretch (a brief and a caption, each under its credit),
# they are taken as printed: the one the stretch opens with first.
SPACED_BOTH = "\n\n".join("""2024年7月2日 星期二 05 城事
老年大学秋季招生启动
城区新增三座口袋公园
近日，市老年大学秋季学期招生
市民在新建成的口袋公园内休闲健身，园林部门
介绍，明年还将在老城区新建五座口袋公园，让
启动，开设书法、声乐、摄影等
课程四十余门。（本报
记者 李雪梅）
市民出门见绿、推窗见景。（王晓明 摄）""".split("\n")) + "\n"


def test_two_texts_finished_in_a_double_spaced_stretch_are_taken_as_printed():
    lines, done = restore(page(SPACED_BOTH).lines)
    assert [(r.first, r.second) for r in done] == [((7, 13, 15, 17), (9, 11, 19))]


# Two briefs of one measure on a page with a blank line after every line: the first one's credit
# opens a bracket that a line three lines on closes, so the lines between are the other brief's.
SPACED_BRACKET = "\n\n".join("""2024年7月2日 星期二 05 城事
城区新增三座口袋公园
老年大学秋季招生启动
今年以来，城区利用闲置地块新
建口袋公园三座，方便周边居
市老年大学秋季学期招生日前启
民休闲健身。（本报
动，开设书法、声乐、摄影等课
程四十余门，报名截至九月十日
记者 王晓明）
学员可在网上报名，额满即止。
（本报记者 李雪梅）""".split("\n")) + "\n"


def test_a_bracket_closed_lines_after_it_opened_on_a_double_spaced_page_marks_two_texts():
    lines, done = restore(page(SPACED_BRACKET).lines)
    assert [(r.first, r.second) for r in done] == [((7, 9, 13, 19), (5, 11, 15, 17, 21, 23))]


# A text closed by its credit on a line of its own just before two briefs read across on a page
# with a blank line after every line: the credit stays under its text, not after the brief that
# finishes in the stretch.
SPACED_CLOSED_ABOVE = "\n\n".join("""2024年7月2日 星期二 05 城事
城区新增三座口袋公园
今年以来，城区利用闲置地块新
建口袋公园三座，配套座椅、步
道和儿童游乐设施，方便周边居
民休闲健身，受到市民欢迎。
（摘自《临江晚报》）
老年大学秋季招生启动
市老年大学秋季学期招生日前启
市民在新建成的口袋公园内休
动，开设书法、声乐、摄影等课
闲健身，乐享绿色。（摘自《
程四十余门，报名截至九月十日
临江日报》）
学员可在网上报名，额满即止，
口袋公园越建越多
名额有限，请市民抓紧报名，以
免错过报名时间，详情可咨询。
（本报记者 李雪梅）""".split("\n")) + "\n"


def test_a_credit_closing_the_text_above_a_double_spaced_stretch_stays_under_it():
    lines, done = restore(page(SPACED_CLOSED_ABOVE).lines)
    assert [(r.first, r.second) for r in done] == [((19, 23, 27, 31), (15, 17, 21, 25, 29, 33, 35, 37))]
    assert [line.number for line in lines if line.text.strip()] == [
        1, 3, 5, 7, 9, 11, 13, 19, 23, 27, 31, 15, 17, 21, 25, 29, 33, 35, 37]


# Two items of one measure side by side under their two headlines (the second as wide as the
# column), read across on a page with a blank line after every line: the brief's dateline stops
# mid-sentence over the article's first sentence, the brief ends, and the article runs on alone.
# The brief, finished there, goes first.
SPACED_SIDE_BY_SIDE = "\n\n".join("""2024年7月2日 星期二 05 城事
会馆颁发助学金
城区利用闲置地块新建三座口袋公园
（临江讯）一家会馆日前颁发助学
近日，城区利用闲置地块新建成三
座口袋公园，配套座椅、步道和
金，受惠学生逾百人，学生家长纷
儿童游乐设施，方便周边居民休闲
纷表示感谢。
健身。园林部门介绍，公园由周边
社区共同管护，每天清晨开放，夜
间有专人巡查，确保市民游园安全。
明年还将在老城区新建五座口袋公
园，让市民出门见绿、推窗见景。""".split("\n")) + "\n"


def test_two_texts_of_one_measure_under_two_headlines_on_a_double_spaced_page_are_read_apart():
    lines, done = restore(page(SPACED_SIDE_BY_SIDE).lines)
    assert [(r.first, r.second) for r in done] == [((3, 7, 13, 17), (5, 9, 11, 15, 19, 21, 23, 25, 27))]


# The opening both stretches below share: two texts of one measure under their headlines, read across.
SPACED_PAIR_OPENING = """2024年7月2日 星期二 05 城事
会馆颁发助学金
城区利用闲置地块新建三座口袋公园
（临江讯）一家会馆日前颁发助学
近日，城区利用闲置地块新建成三
座口袋公园，配套座椅、步道和
金，受惠学生逾百人，学生家长纷
儿童游乐设施，方便周边居民休闲
纷表示感谢。会馆负责人介绍，助
健身。园林部门介绍，公园由周边
学金已连续发放十年，累计资助学
社区共同管护，每天清晨开放，夜
"""


# A stretch whose brief finishes only at its last lines was cut mid-alternation: no text is seen
# running on alone after the other's end, so nothing is reordered.
SPACED_CUT_SHORT = "\n\n".join((SPACED_PAIR_OPENING + """生一千余人次。
间有专人巡查，确保市民游园安全。
明年还将在老城区新建五座口袋公
园，让市民出门见绿、推窗见景。""").split("\n")) + "\n"


def test_a_stretch_read_across_that_ends_mid_alternation_is_left_alone():
    lines, done = restore(page(SPACED_CUT_SHORT).lines)
    assert done == []


# Two captions of two measures side by side, read across, with no headline, dateline or byline:
# the second opens with its date set apart by a comma right under a line of the first stopping
# mid-sentence, and the first's credit, who gave the picture, closes it and carries nothing on.
CAPTIONS_ACROSS = """2024年6月5日 星期三 07 图片

6月2日，城西湿地公园的荷花
6月3日，市民在城东体育公园参加晨跑活动，跑道沿
竞相开放，吸引不少市民前来
线新增了补水站和休息座椅，方便市民锻炼。
赏花拍照。湿地公园管理处
城东体育公园供图
介绍，今年新种植荷花二十
余亩，花期将持续到八月中
旬。（王晓明 摄）
"""


def test_a_comma_set_sentence_opener_under_a_line_stopping_mid_sentence_breaks_the_order():
    lines, done = restore(page(CAPTIONS_ACROSS).lines)
    assert [(r.first, r.second) for r in done] == [((3, 5, 7, 9, 10, 11), (4, 6, 8))]


# Two briefs side by side under their two headlines in a row, read across: the first headline as
# wide as the column, the second narrower. The left brief is read first in every row, so the line
# under the two headlines goes on the first headline's text.
STACKED_HEADLINES = """2024年9月12日 星期四 03 城事

城区新增三座口袋公园绿地
秋季夜校开课在即
今年以来，城区利用闲置地块
日前，市老年大学秋季学期招
新建口袋公园三座，配套座椅
生启动，开设书法、声乐等课
和步道，方便周边居民休闲。
程四十余门，报名截至九月十
（王晓明）
日。（李雪梅）
"""


def test_the_line_under_two_headlines_in_a_row_goes_on_the_first_ones_text():
    lines, done = restore(page(STACKED_HEADLINES).lines)
    assert [(r.first, r.second) for r in done] == [((3, 5, 7, 9, 11), (4, 6, 8, 10, 12))]


# A line whose brackets pair up, printed between a credit's open bracket and the line closing it
# on a page with a blank line after every line: it is another text's, and the credit's bracket
# still marks the lines between as read across.
SPACED_BRACKETS_PAIRED_BETWEEN = "\n\n".join("""2024年7月2日 星期二 05 城事
城区新增三座口袋公园
老年大学秋季招生启动
今年以来，城区利用闲置地块新建
口袋公园三座，方便居民休闲。（临
日前，市老年大学秋季学期招生
启动，开设书法（含篆刻）、舞蹈、
江晚报记者 王晓明）
声乐、摄影等课程四十余门，报名
截至九月十日，额满即止。学员可
在网上报名，也可到校现场报名，
详情可拨打学校电话咨询报名。""".split("\n")) + "\n"


def test_brackets_paired_between_a_credits_brackets_on_a_double_spaced_page_leave_them_open():
    raw = page(SPACED_BRACKETS_PAIRED_BETWEEN)
    lines, done = restore(raw.lines, frozenset(page_header([line.text for line in raw.lines]).roles))
    assert [(r.first, r.second) for r in done] == [((3, 7, 9, 15), (5, 11, 13, 17, 19, 21, 23))]


# … and so when the second text opens with its byline, read right under the first text's first line.
SPACED_BYLINE_UNDER_TWO_HEADLINES = SPACED_BRACKETS_PAIRED_BETWEEN.replace(
    "日前，市老年大学秋季学期招生", "本报讯（记者 李雪梅）市老年大学").replace(
    "启动，开设书法（含篆刻）、舞蹈、", "秋季学期招生日前启动，开设书法、")


def test_a_byline_under_two_headlines_in_a_row_opens_the_second_ones_text():
    raw = page(SPACED_BYLINE_UNDER_TWO_HEADLINES)
    lines, done = restore(raw.lines, frozenset(page_header([line.text for line in raw.lines]).roles))
    assert [(r.first, r.second) for r in done] == [((3, 7, 9, 15), (5, 11, 13, 17, 19, 21, 23))]


# A brief whose headline is printed under its text, read across a picture's caption: the headline
# comes after the brief's credit, among the caption's lines.
DISPLACED_HEADLINE = """2024年6月5日 星期三 06 综合

日前，一家纺织企业建成污水处理装
滨江绿道:夜跑成为新时尚
6月3日,滨江绿道上夜跑的市民络绎不
置，每年可减排污水数万吨。（通讯员
绝,不少年轻人结伴而行,边跑边聊天。
 王明 李丽）
沿线路灯亮起,夜色中的滨江格外迷人。
企业建成污水处理装置
绿道全长约12公里,沿线设有照明和
补水点,成为市民夜间健身的好去处。
图为市民在滨江绿道上夜跑。
本报记者 张伟 摄
"""


def test_a_headline_printed_under_its_text_goes_back_to_the_text_whose_words_it_shares():
    lines, done = restore(page(DISPLACED_HEADLINE).lines)
    assert [(r.first, r.second) for r in done] == [((3, 6, 8, 10), (4, 5, 7, 9, 11, 12, 13, 14))]


def test_an_overseas_dateline_in_round_brackets_opens_a_text():
    from generator.archive.interleave import breaks
    rows = rows_of("近年来，城区通过加大财政资金投",
                   "（曼谷讯）近日，一家医院组织医",
                   "入，拓宽了服务范围。")
    assert rows[1].opens and rows[1].dated
    assert breaks(rows[0], rows[1])  # where a second text broke in, so the run is read


# Two briefs read across on a page with a blank line after every line, each with a bracket left
# open at once (the first one's credit, the second one's byline): each closing line closes the bracket
# whose words it carries on (`…（临江日报记` / `者 张伟）`), and the doubled headline printed among the
# first brief's lines heads the second one, whose words it shares.
SPACED_TWO_BRACKETS_OPEN = "\n\n".join("""2024年7月2日 星期二 05 城事
老年大学秋季学期招生日前启动，
学员可在网上报名，额满即止。
社区举办读书会
近日，一个社区举办读书会，居民们
全全市市新新开开三三条条公公交交线线路路
一起分享好书、交流心得。（临江日报记
本报讯（记者 王晓明 通讯员 李
者 张伟）
雪梅）近日，市交通部门宣布新开三
条公交线路，方便城郊居民出行，三
条线路均使用新能源公交车，沿途设
有多个换乘站点，市民可通过手机查
询车辆到站时间，出行更加便捷。""".split("\n")) + "\n"


def test_two_brackets_open_at_once_on_a_double_spaced_page_close_on_their_own_texts():
    lines, done = restore(page(SPACED_TWO_BRACKETS_OPEN).lines)
    assert [(r.first, r.second) for r in done] == [((7, 9, 13, 17), (11, 15, 19, 21, 23, 25, 27))]


# An article finished over a headline just before two briefs read across on a page with a blank
# line after every line: its lines stay first, as printed, though the brief running on is the
# one the stretch opens with.
SPACED_FINISHED_ABOVE = "\n\n".join("""2024年7月2日 星期二 05 城事
市民可通过手机查询车辆到站时间，
出行更加便捷。
老年大学秋季招生启动
日前，市老年大学秋季学期招生启
社区举办读书会
动，开设书法、声乐、摄影等课程四
本报讯（记者 王晓明 通讯员 李
十余门，报名截至九月十日。学员可
雪梅）近日，一个社区举办读书会，居
在网上报名，额满即止，名额有
民们一起分享好书、交流心得。
限，请市民抓紧报名，以免错过报名时
间，详情可咨询老年大学办公室，
咨询电话在工作日均有专人接听，
市民也可在网上查询课程安排和报名
情况。""".split("\n")) + "\n"


def test_an_article_finished_over_a_headline_above_a_double_spaced_stretch_stays_first():
    lines, done = restore(page(SPACED_FINISHED_ABOVE).lines)
    assert done and [line.number for line in lines if line.text.strip()][1:] == \
        [3, 5, 11, 15, 19, 23, 7, 9, 13, 17, 21, 25, 27, 29, 31, 33]


# A brief and a photo set side by side under their two headlines in a row, read across: no line
# stopping mid-sentence meets a headline, dateline or credit, so the two headlines are the break.
BRIEF_BESIDE_PHOTO = """2024年9月12日 星期四 03 城事

社区食堂推出助老套餐
秋色满园
　　近日，城区一家社区食堂推出
游客在城郊植物园里观赏金黄的银杏。
助老套餐，六十岁以上老人每份午
餐八元。（本报记者 王晓明）
（资料图片）
"""


def test_two_headlines_in_a_row_open_a_brief_and_a_photo_read_across():
    lines, done = restore(page(BRIEF_BESIDE_PHOTO).lines)
    assert [(r.first, r.second) for r in done] == [((3, 5, 7, 8), (4, 6, 9))]
    result = build_page(page(BRIEF_BESIDE_PHOTO))
    assert [(item.kind, item.title) for item in result.page.items] == [
        ("brief", "社区食堂推出助老套餐"), ("photo", "秋色满园")]


# A box's rows the column cut inside their last figure, each rest on the line under its row: one
# box read down, not two texts read across (the row goes on into its figure's rest).
CUT_FIGURE_ROWS = """2024年6月3日 星期一 02 城事

近日，市防汛办发布各主要站点水位。
■水情
清溪河北门站 126.40米 -
0.12
清溪河南关站 131.05米 +0
.08
白沙江石桥站 98.70米 -
0.25
白沙江渡口站 101.32米 +0
.14
"""


def test_a_boxs_rows_cut_inside_their_figures_are_not_read_as_two_texts():
    lines, done = restore(page(CUT_FIGURE_ROWS).lines)
    assert done == []
    rows = rows_of("清溪河南关站 131.05米 +0", ".08")
    assert not rows[0].label and rows[1].closed and not rows[1].label


# Two briefs read across, the left one's headline printed under its text: sharing its words with
# the text above and none with the lines under it, it ends that text.
HEADLINE_UNDER_ITS_TEXT = """2024年9月12日 星期四 03 城事

　　本报讯（记者 王晓明）
图书馆延长夜间开放时间
近日，一个社区开办暑期托管班，
日前，市图书馆宣布延长夜间开
大学生志愿者陪孩子读书写字。
社区开办暑期托管班
放时间，读者晚上也能借书。（通讯员
 李雪）
"""


def test_a_headline_printed_under_its_text_read_across_ends_that_text():
    raw = page(HEADLINE_UNDER_ITS_TEXT)
    lines, done = restore(raw.lines)
    assert [(r.first, r.second) for r in done] == [((3, 5, 7, 8), (4, 6, 9, 10))]
    result = build_page(raw)
    assert [(item.title, body(item), list(item.authors)) for item in result.page.items] == [
        ("社区开办暑期托管班", "近日，一个社区开办暑期托管班，大学生志愿者陪孩子读书写字。", ["王晓明"]),
        ("图书馆延长夜间开放时间", "日前，市图书馆宣布延长夜间开放时间，读者晚上也能借书。", ["李雪"]),
    ]


# Two briefs read across, the right one's headline read under the left one's first line: it shares
# no words with the line under it and heads the line after that, so it breaks the printed order.
HEADLINE_OVER_THE_LINE_AFTER_NEXT = """2024年9月12日 星期四 03 城事

社区开办暑期托管班
本报讯（记者 王晓明）近日，一个社区开
图书馆延长夜间开放时间
办暑期托管班，志愿者陪孩子读书。
日前，市图书馆宣布延长夜间开放时间，
读者晚上也能借书。（通讯员 李雪）
"""


def test_a_headline_heading_the_line_after_next_is_read_over_that_line():
    raw = page(HEADLINE_OVER_THE_LINE_AFTER_NEXT)
    lines, done = restore(raw.lines)
    assert [(r.first, r.second) for r in done] == [((3, 4, 6), (5, 7, 8))]
    result = build_page(raw)
    assert [(item.title, body(item), list(item.authors)) for item in result.page.items] == [
        ("社区开办暑期托管班", "近日，一个社区开办暑期托管班，志愿者陪孩子读书。", ["王晓明"]),
        ("图书馆延长夜间开放时间", "日前，市图书馆宣布延长夜间开放时间，读者晚上也能借书。", ["李雪"]),
    ]


# A brief's title read across into the last sentence of the brief beside it.
TITLE_INSIDE_A_SENTENCE = """2024年9月12日 星期四 03 城事

老年大学秋季招生启动
市老年大学秋季学期招生日前启动，
口袋公园开放
开设书法、声乐等课程。（记者 李雪）
本报讯（记者 王明）城区利用闲置
地块新建口袋公园三座，配套座椅
和步道，方便周边居民休闲健身。
"""


def test_a_title_read_into_a_sentence_goes_under_that_texts_end():
    raw = page(TITLE_INSIDE_A_SENTENCE)
    lines, done = restore(raw.lines)
    assert [line.number for line in lines] == [1, 2, 3, 4, 6, 5, 7, 8, 9]
    result = build_page(raw)
    assert [(item.title, list(item.authors)) for item in result.page.items] == [
        ("老年大学秋季招生启动", ["李雪"]), ("口袋公园开放", ["王明"])]
    assert check_coverage(result.page).ok


# Two briefs read across, each whole (a headline, its lines, a finished last line): their split
# beats the printed order by less than MARGIN, but two whole texts need only WHOLE_MARGIN.
WHOLE_PAIR = """2024年9月12日 星期四 03 城事

社区举办消防安全讲座
本报讯 近日，一个社区举办消防安
图书馆推出夜间阅读服务
近日，市图书馆推出夜间阅读服务，每
全讲座，提高居民防火意识。
晚开放至十时。（李明、王
芳）
"""


def test_two_whole_texts_read_across_need_only_a_small_margin():
    lines, done = restore(page(WHOLE_PAIR).lines)
    assert [(r.first, r.second) for r in done] == [((3, 4, 7), (5, 6, 8, 9))]
    assert done[0].margin < 6.0


# Two whole briefs under their two headlines on a page with a blank line after every line, read across:
# each opens under its own headline or dateline and ends on a finished line, with no headline inside,
# so, as in a run set solid, a small margin over the printed order suffices.
SPACED_WHOLE_PAIR = "\n\n".join("""2024年7月2日 星期二 05 城事
老城区改造全面提速
本报讯（记者 李明）今年以来，老城
区改造全面提速，一批老旧街巷完成
路面翻新，沿街店铺统一更换招牌，
居民出行更加方便。截至目前，已有
三十余条街巷完工，其余街巷将在年
内陆续完工。
图书馆开设夜读课
湖畔新修健身步道
本报讯（记者 张文）日前，市图书馆开
设夜读课，读者下班后可来听讲。
近日，湖畔新修的健身步道
开放，市民可以在这里散步。
（记者 王丽）""".splitlines()) + "\n"


def test_two_whole_briefs_in_a_double_spaced_stretch_need_only_a_small_margin():
    lines, done = restore(page(SPACED_WHOLE_PAIR).lines, frozenset({1}))
    assert [(r.first, r.second) for r in done] == [((17, 21, 23), (19, 25, 27, 29))]
    assert done[0].margin < 6.0


# Two briefs read across, the first ended by its headline printed under it (`…借书。` / `社区书屋延长开放时间`):
# a headline printed under its text finishes that text, so both are whole and a small margin suffices.
WHOLE_PAIR_TITLE_UNDER = """2024年9月12日 星期四 03 城事

本报讯（记者 张文）近
日，一家社区书屋延长开放
健身有了新去处
时间，居民下班后也能借书。
社区书屋延长开放时间
日前，几处广场添置了运动设施，方
便市民锻炼身体，很受欢迎。（记者
王丽）
"""


def test_a_headline_printed_under_its_text_ends_a_whole_text():
    lines, done = restore(page(WHOLE_PAIR_TITLE_UNDER).lines)
    assert [(r.first, r.second) for r in done] == [((3, 4, 6, 7), (5, 8, 9, 10))]
    assert done[0].margin < 6.0


# A brief and a caption of another measure read across on a page with a blank line after every
# line, both finished inside the stretch, which runs on into the article printed under them (its wide
# deck line is of another measure too): the stretch ends where both texts are over, and the article
# under them stays as printed.
SPACED_THEN_ANOTHER = "\n\n".join("""2024年7月2日 星期二 05 城事
老年大学秋季招生启动
城区新增三座口袋公园
近日，市老年大学秋季学期招生
市民在新建成的口袋公园内休闲健身，园林部门
启动，开设书法、声乐、摄影等
介绍，明年还将在老城区新建五座口袋公园，让
课程四十余门。（本报
市民出门见绿、推窗见景。（王晓明 摄）
记者 李雪梅）
市图书馆暑期延长开放时间
每天开放至晚上九点，新增自习座位和充电设施方便学生
本报记者 周明
近日，市图书馆宣布暑期延
长开放时间，方便学生和上班
族借阅图书，受到读者欢迎，馆
内还新增了自习座位和充电设施。""".split("\n")) + "\n"


def test_a_double_spaced_stretch_ends_where_both_its_texts_are_over():
    lines, done = restore(page(SPACED_THEN_ANOTHER).lines)
    assert [(r.first, r.second) for r in done] == [((7, 11, 15, 19), (9, 13, 17))]
    assert [line.number for line in lines if line.text.strip()][10:] == [21, 23, 25, 27, 29, 31, 33]


# Two pairs of items of one measure side by side under their headlines on one page with a blank line
# after every line, each read across: each break opens its own stretch, the second pair's too.
SPACED_TWO_PAIRS = SPACED_SIDE_BY_SIDE + "\n" + "\n\n".join("""书画展在文化馆开幕
老年大学秋季学期招生工作日前启动
（临江讯）一场书画展日前在文化
近日，市老年大学秋季学期招生工
作启动，开设书法、声乐、摄影等
馆开幕，展出作品两百余幅，观
课程四十余门，报名截至九月十日，
众纷纷前来参观。
学员可在网上报名，额满即止。学
校介绍，今年新增智能手机应用等
课程，方便老年人融入数字生活，
报名人数比去年增加了三成以上。
详情可拨打学校电话咨询了解。""".split("\n")) + "\n"


def test_each_pair_read_across_on_a_double_spaced_page_is_read_apart():
    lines, done = restore(page(SPACED_TWO_PAIRS).lines)
    assert [(r.first, r.second) for r in done] == [
        ((3, 7, 13, 17), (5, 9, 11, 15, 19, 21, 23, 25, 27)),
        ((29, 33, 39, 43), (31, 35, 37, 41, 45, 47, 49, 51, 53))]


# Two texts of one measure side by side under their two headlines on a page with a blank line after
# every line, read across with no dateline, byline or comma-set opener where the second breaks in:
# the running text under two headlines in a row, where a text starts afresh, opens the stretch.
SPACED_UNDER_TWO_HEADS = "\n\n".join("""2024年7月2日 星期二 05 城事
会馆颁发助学金
城区新建三座口袋公园
一家会馆日前颁发助学金，受惠学
城区利用闲置地块新建成三座口袋
公园，配套座椅、步道和儿童游乐
生逾百人，会馆负责人介绍，助学
设施，方便周边居民休闲健身。园
金已连续发放十年，累计资助千人。
林部门介绍，公园由周边社区共同
管护，每天清晨开放，夜间有专人
巡查，确保市民游园安全。明年还
将在老城区新建五座口袋公园。""".split("\n")) + "\n"


def test_running_text_under_two_headlines_on_a_double_spaced_page_opens_a_stretch():
    lines, done = restore(page(SPACED_UNDER_TWO_HEADS).lines, frozenset({1}))
    assert [(r.first, r.second) for r in done] == [((3, 7, 13, 17), (5, 9, 11, 15, 19, 21, 23, 25))]


# Two briefs side by side under their headlines on a double-spaced page, read across, both finished
# at the page's end: the stretch is seen to its end though the first brief's lines close it.
SPACED_BOTH_FINISHED = "\n\n".join("""2024年7月2日 星期二 05 城事
城区新增三座口袋公园
老年大学秋季班开课
近日，城区利用闲置地块新建成三
日前，市老年大学秋季班开学，开
设书法、声乐、舞蹈等课程四十
座口袋公园，配套座椅、步道和儿
余门，报名截至本月底。
童游乐设施，方便周边居民休闲。园
林部门介绍，公园由社区共同管护。""".split("\n")) + "\n"


def test_a_stretch_read_across_whose_two_texts_both_finish_at_its_end_is_read_apart():
    lines, done = restore(page(SPACED_BOTH_FINISHED).lines)
    assert [(r.first, r.second) for r in done] == [((3, 7, 13, 17, 19), (5, 9, 11, 15))]


# … and the same two briefs with a third text under its own headline after them: the stretch ends
# where both are finished.
SPACED_THIRD_TEXT_AFTER = SPACED_BOTH_FINISHED + "\n" + "\n\n".join("""市图书馆延长夜间开放时间
日前，市图书馆宣布自下月起延长夜间开放
时间，周一至周五闭馆时间推迟至晚上九点，
方便上班族和学生下班放学后借阅图书、
自习，馆内同时增设了一批座位和阅读灯，
并安排专人值守，确保读者安全。""".split("\n")) + "\n"


def test_a_stretch_read_across_ends_where_both_texts_finish_over_a_third_ones_headline():
    lines, done = restore(page(SPACED_THIRD_TEXT_AFTER).lines)
    assert [(r.first, r.second) for r in done] == [((3, 7, 13, 17, 19), (5, 9, 11, 15))]


# A headline's subtitle opening with a dash (a deck) is no running text stopping mid-sentence: the
# text opening under it is that headline's, read down, and opens no stretch read across.
SPACED_DECK = "\n\n".join("""2024年7月2日 星期二 05 城事
市民游园更方便
口袋公园扮靓城区
——城区利用闲置地块新建三座口袋公园，配套座椅和步道
近日，城区利用闲置地块新建成三座
口袋公园，配套座椅、步道和儿童游乐
设施，方便周边居民休闲健身。园林部
门介绍，公园由周边社区共同管护，每
天清晨开放，夜间有专人巡查。""".split("\n")) + "\n"


def test_a_line_under_a_headlines_dash_subtitle_opens_no_stretch_read_across():
    assert spaced_windows(page(SPACED_DECK).lines, frozenset()) == []


# A stretch read across opens at a headline under a line of running text left mid-sentence: that
# line's text goes on under the headline, so the line is read with the stretch.
SPACED_HEADLINE_UNDER_OPEN_LINE = "\n\n".join("""2024年7月2日 星期二 05 城事
市民游园更方便
（临江讯）近日，城区利用闲置地块
老年大学秋季班开课
新建成三座口袋公园，配套座椅、步道
日前，市老年大学秋季班开学，开设
和儿童游乐设施，方便周边居民休闲。
书法、声乐、舞蹈等课程四十余门，
园林部门介绍，公园由周边社区共同
报名截至本月底。（王晓明）
管护，每天清晨开放。""".split("\n")) + "\n"


def test_a_line_left_mid_sentence_over_a_stretchs_headline_is_read_with_the_stretch():
    lines = page(SPACED_HEADLINE_UNDER_OPEN_LINE).lines
    # (the second headline breaking into that line's sentence opens the stretch at the headline over both)
    assert [lines[window[0]].number for window, crossed in spaced_windows(lines, frozenset({1}))] == [3]
    assert [(r.first, r.second) for r in restore(lines, frozenset({1}))[1]] == [((3, 5, 9, 15, 17, 19), (7, 11, 13, 21))]


# A stretch read across whose two texts both still stop mid-sentence at its tenth line from the break
# (and were never both over) was cut while they alternate: it is read on until one of them ends.
SPACED_READ_ON = "\n\n".join((SPACED_PAIR_OPENING + """生一千余人次，今后还将扩大资
间有专人巡查，确保市民游园安全，明
助范围，惠及更多家庭困难的学生。
年还将在老城区新建五座口袋公园，
让市民出门见绿、推窗见景。""").split("\n")) + "\n"


def test_a_stretch_read_across_cut_while_both_texts_run_on_is_read_on_until_one_ends():
    lines, done = restore(page(SPACED_READ_ON).lines)
    assert [(r.first, r.second) for r in done] == [
        ((3, 7, 13, 17, 21, 25, 29), (5, 9, 11, 15, 19, 23, 27, 31, 33))]


# A brief closed by its credit and an article side by side under their headlines on a double-spaced
# page, read across: the article finishes a paragraph after the brief's credit and runs on alone
# under the stretch. Both finish inside it, so the one holding its last line goes on, second.
SPACED_ONE_RUNS_ON = "\n\n".join("""2024年7月2日 星期二 05 城事
城区新增三座口袋公园
老旧小区加装电梯
今年以来，城区利用闲置地块新
近日，城区一批老旧小区加装电梯完
建口袋公园三座，配套座椅、步
工，方便老年居民上下楼。（临江晚
道和儿童游乐设施，方便周边居
报记者 于英）
民休闲健身，受到市民欢迎。
园林部门介绍，明年还将新建五座口
袋公园，让市民出门见绿、推窗
见景，提升城区生活品质，今年城
区还将改造背街小巷十条，完善路
灯、绿化和停车设施，方便市民出
行。园林部门还将增设一批直饮水
点和公共厕所，方便游园市民和游
客，让口袋公园更好地服务居民。
（李雪梅）""".split("\n")) + "\n"


def test_of_two_texts_finished_in_a_stretch_the_one_running_on_under_it_goes_second():
    lines, done = restore(page(SPACED_ONE_RUNS_ON).lines)
    assert [(r.first, r.second) for r in done] == [((5, 9, 13, 17), (7, 11, 15, 19))]
    items = build_page(page(SPACED_ONE_RUNS_ON)).page.items
    assert [(item.title, item.lines) for item in items] == [("城区新增三座口袋公园", (3, 37)), ("老旧小区加装电梯", (5, 17))]


# The same two briefs finished in a stretch over a headline set wider than their column and printed
# without a clause mark: no text of the stretch goes on under it, so the one printed first goes first.
SPACED_OVER_A_WIDE_HEADLINE = "\n\n".join("""2024年7月2日 星期二 05 城事
社区开设四点半课堂
老街改造完工开放
近日，城区一个社区开设四点半课堂，
本报讯（记者 王晓明 通讯员
李雪梅）日前，老城区一条老街改造
帮双职工家庭解决接娃难题。（记者
完工，重新对市民开放。
周明）
城区新建三座口袋公园方便居民休闲健身散步游玩
今年以来，城区利用闲置地块新建
口袋公园三座，配套座椅、步道和
儿童游乐设施，方便周边居民休闲
健身，受到市民欢迎。""".split("\n")) + "\n"


def test_of_two_texts_finished_over_a_wider_headline_the_one_printed_first_goes_first():
    lines, done = restore(page(SPACED_OVER_A_WIDE_HEADLINE).lines)
    assert [(r.first, r.second) for r in done] == [((7, 13, 17), (5, 9, 11, 15))]


# An article's first lines read across with a brief set beside them at the top of the page, the
# article's byline over the brief's title and its headline printed under its text; the article runs
# on alone for longer than two short items ever do.
def lines_of_one_column(sentences: list[str], width: int = 20) -> list[str]:
    text, lines = "".join(sentences), []
    for start in range(0, len(text), width):
        chunk = text[start:start + width]
        if lines and chunk[0] in "，。、":  # no line opens with a mark: it stays on the line above
            lines[-1], chunk = lines[-1] + chunk[0], chunk[1:]
        lines.append(chunk)
    return lines


LEAD_BESIDE_A_BRIEF = """2024年9月12日 星期四 05 城事

通讯员 赵明远 钱丽华
社区食堂开门迎客
近日，城区老旧小区改造工程全面启动，首
本报讯（通讯员 孙建国）一家社区食堂日
批改造的十二个小区涉及居民三千余户，改
前开门营业，为辖区老人提供实惠午餐。
造内容包括外墙保温、管网更新和加装电梯
等项目，区住建局负责人出席启动仪式并回
答记者提问。
""" + "\n".join(lines_of_one_column([
    f"第{n}批改造的小区计划于{n % 9 + 2}月开工，涉及居民{n * 130}户，施工单位已进场做准备。"
    "街道干部逐户上门征求意见，居民反映的停车难、晾晒难等问题一并纳入方案。" for n in range(1, 15)])) \
    + "\n城区老旧小区改造全面启动\n"


def test_a_brief_read_across_with_an_articles_first_lines_goes_first_and_the_article_runs_on():
    # the byline of roles and names alone stays with the article, and `…回` / `答记者提问。` carries its
    # sentence on: a role inside running text opens no text
    lines, done = restore(page(LEAD_BESIDE_A_BRIEF).lines)
    assert [(r.first, r.second) for r in done] == [((4, 6, 8), (3, 5, 7, 9, 10, 11))]
    items = build_page(page(LEAD_BESIDE_A_BRIEF)).page.items
    # the article's byline, printed over the brief, signs no text above it
    assert [(item.title, item.authors, item.lines[0]) for item in items] == [
        ("城区老旧小区改造全面启动", ("赵明远", "钱丽华"), 3), ("社区食堂开门迎客", ("孙建国",), 4)]


# Two briefs read across, the second one's headline printed after the first one's opening line and
# over its byline: the headline sharing the second text's words and none of the first's heads the second.
HEADLINE_OVER_AN_UNTITLED_TEXT = """2024年6月21日 星期五 04 综合

市图书馆推出夜间阅读服务周末开放
　　近日在市图书馆举行的第三届全民
老旧小区完成加装电梯
阅读推广活动上，市图书馆宣布推出夜
间阅读服务，每周五、周六开放至晚上
本报讯（全媒体记者 王明 通讯员 李华）
　　日前，一批老旧小区完成加装电梯工
九点，方便上班族和学生借阅图书。
作，居民上下楼更加方便。相关部门简化审
图书馆相关负责人介绍，夜间开放期
批流程，推行“一窗受理”。（李 华）
间将安排专人值守，增设阅读座位和
台灯，欢迎市民前来阅读。（张 扬）
"""


def test_a_headline_over_a_text_opening_untitled_heads_that_text():
    lines, done = restore(page(HEADLINE_OVER_AN_UNTITLED_TEXT).lines, frozenset({1}))
    assert [(r.first, r.second) for r in done] == [((3, 4, 6, 7, 10, 12, 14, 15), (5, 8, 9, 11, 13))]


# A headline over its own byline, read across with a picture's caption: whichever text it is given, the
# byline under it goes with it (a headline sharing the other text's words is not taken from its byline).
HEADLINE_OVER_ITS_BYLINE = """2024年7月8日 星期一 05 城事

夏季用电高峰保供有序
本报讯（记者 王明 通讯员 李华）
城区口袋公园建成开放
　　记者从市供电公司获悉，进入夏季以来，全市
近日，城区利用闲置地块新建成三
用电负荷持续攀升。供电部门提前完成设备检修，
座口袋公园，配套座椅、步道和儿
增派抢修队伍，确保高峰时段居民和企业用电平稳
有序。
童游乐设施，方便周边居民休闲。
园林部门介绍，公园由周边社区共
同管护，每天清晨开放，夜间有专
人巡查，确保市民游园安全。
（张 扬 摄）
"""


def test_a_headline_is_not_parted_from_the_byline_under_it():
    lines, done = restore(page(HEADLINE_OVER_ITS_BYLINE).lines, frozenset({1}))
    assert len(done) == 1
    assert any({3, 4} <= set(text) for text in (done[0].first, done[0].second))


# An article opening at the page's top with no headline over it, on a page with a blank line after
# every line, read across with a brief whose headline breaks into the article's sentence (no dateline,
# byline or comma-set opener where it breaks in): the headline under a line of running text stopping
# mid-sentence opens a stretch, and the page's first lines count as under a headline.
SPACED_HEADLINE_BREAKS_IN = "\n\n".join("""2024年3月10日 星期日 综合 第10版
（临江讯）近日，市政府新闻办在城区
召开城区更新系列主题新闻发
社团举办健康讲座
布会，多个区县的相关负责人出席会
一个社团日前举办健康讲座，吸
议，介绍相关情况并回答记者提问。
引不少长者参加。（记者 王晓明）
作为全市提出的新发展战略的重要
一环，城区更新在产业基础、创新能
力和开放程度等方面优势明显，下一
步将在老城区推出更多更新项目。""".split("\n")) + "\n"


def test_a_headline_breaking_into_a_sentence_on_a_double_spaced_page_opens_a_stretch():
    lines, done = restore(page(SPACED_HEADLINE_BREAKS_IN).lines, frozenset({1}))
    assert [(r.first, r.second) for r in done] == [((3, 5, 9, 13, 17, 19, 21, 23), (7, 11, 15))]


# A brief's closing credit broken inside its brackets, read across with another text set solid (its
# byline under the brief's headline): the line closing the bracket comes after the other text's line,
# which left no bracket open, so the printed order breaks there though no headline, dateline or
# comma-set opener breaks in.
BRACKET_CLOSED_ACROSS = """2024年5月27日 星期一 03 城事

区镇开设周末托管班
本报讯（记者 钱亮晓）
近日，一个区镇开设周末托
今年以来，全市老旧小区加装电
管班，为双职工家庭解了难。（
梯工作加快推进，已完成加装一
通讯员 林军）
百二十余部。相关部门简化审批
流程，推行“一窗受理”，并组
织专业力量上门指导，帮助居民
解决协商难题。
老旧小区加装电梯提速
"""


def test_a_bracket_closed_after_another_texts_line_breaks_the_printed_order():
    lines, done = restore(page(BRACKET_CLOSED_ACROSS).lines, frozenset({1}))
    assert [(r.first, r.second) for r in done] == [((3, 5, 7, 9), (4, 6, 8, 10, 11, 12, 13, 14))]


# … and a page with a blank line after every line whose caption of another measure is read across an
# article at its top: the pair under it, far from that stretch, opens a stretch of its own.
SPACED_CAPTION_THEN_PAIR = SPACED + "\n" + "市政府召开城区更新新闻发布会\n\n" \
    + SPACED_HEADLINE_BREAKS_IN.split("\n\n", 1)[1]


def test_a_pair_read_across_far_from_a_stretch_of_another_measure_opens_its_own():
    lines, done = restore(page(SPACED_CAPTION_THEN_PAIR).lines)
    assert [(r.first, r.second) for r in done] == [
        ((7, 11, 15, 17), (5, 9, 13, 19)), ((27, 29, 33, 37, 41, 43, 45, 47), (31, 35, 39))]


# A photo's title read across into a brief on a page with a blank line after every line, the brief's
# own title printed under its text, then the caption and its credit: the photo's title goes under the
# brief's title, over the caption it heads.
PHOTO_TITLE_IN_A_BRIEF = "\n\n".join("""2024年7月9日 星期二 04 社区
本报讯（记者 周明远）近
日，城南一个社区开办暑期课堂，
荷塘夏韵
大学生志愿者陪孩子们读书、画画。
社区开办暑期课堂
城郊湿地公园里，荷花竞相开放。
本报记者 陈立新 摄""".split("\n")) + "\n"

# The same on a page set solid, the caption's credit on its line, and a byline broken inside its
# brackets around the photo's title.
PHOTO_TITLE_IN_A_BYLINE = """2024年7月9日 星期二 04 社区
本报讯（记者 周明远 通讯员 李
荷塘夏韵
雪）近日，城南一个社区开办暑期课堂，
大学生志愿者陪孩子们读书、画画。
城郊湿地公园里，荷花竞相开放。 本报记者 陈立新 摄
社区开办暑期课堂
"""


def test_a_photos_title_read_into_a_brief_goes_over_its_caption():
    for text in (PHOTO_TITLE_IN_A_BRIEF, PHOTO_TITLE_IN_A_BYLINE):
        result = build_page(page(text))
        assert [(item.kind, item.title) for item in result.page.items] == [
            ("brief", "社区开办暑期课堂"), ("photo", "荷塘夏韵")]
        assert "荷塘" not in body(result.page.items[0])


# An article opening under its byline at the top of a double-spaced page, its first paragraph read across
# with a brief whose title is printed under its text; both finish in the stretch, and the article goes on
# under a section heading. The brief is sealed by the headline under it, the article only by a full stop:
# the brief goes first, and the article's first paragraph stays with the rest of it.
SPACED_LEAD_AND_A_SEALED_BRIEF = "\n\n".join("""2024年6月28日 星期五 农历甲辰年五月廿三
本报记者 王晓明 通讯员 李雪梅
　　6月21日，重庆市党政代表
　　本报讯（通讯员 周明）近
日，一个村的农机合作社开
团赴四川省广安市考察，两省市
展夏收互助，麦子收得更快了。
农机合作社助力夏收
召开推动成渝地区双城经济圈建
设重庆四川党政联席会议第九次
会议座谈会。
用好改革开放“关键一招” 协作破解发展难题
协同发展，本身就是一场深层次
改革。聚焦重点区域，强化攻坚
突破，川渝正携手打造改革开放
新高地。""".split("\n")) + "\n"


def test_of_two_texts_finished_in_a_stretch_the_one_sealed_by_a_headline_or_credit_goes_first():
    items = build_page(page(SPACED_LEAD_AND_A_SEALED_BRIEF)).page.items
    assert [(item.title, item.lines[0], item.lines[-1]) for item in items] == [
        ("", 3, 31), ("农机合作社助力夏收", 7, 15)]


# Two briefs read across where a book title runs from one line of the first brief to its next line,
# across the other brief's byline: the line closing the title (`意见》，…`) goes on the line that left it
# open (`…居家养老服务的`), not on the byline's line read between them.
BOOK_TITLE_ACROSS = """2024年3月6日 星期三 03 城事

市里发布养老服务新规
社区书屋开门迎客
3月5日，市民政局、市财政局等三部门联
合印发《关于进一步加强居家养老服务的
本报讯（记者 陈晓）一家社区书屋日前
意见》，提出完善助餐、助浴、助医等服
开门迎客，藏书三千余册，居民可免费
务，推动养老服务向社区延伸，让老年
借阅。书屋每天开放到晚上九点。
人在家门口享受便利。
"""


def test_a_book_title_closed_on_the_next_line_of_its_text_joins_the_two_lines():
    lines, done = restore(page(BOOK_TITLE_ACROSS).lines)
    assert [(r.first, r.second) for r in done] == [((3, 5, 6, 8, 10, 12), (4, 7, 9, 11))]


# A quotation running from one line of an article to its next line, across a brief's byline: the line
# closing it (`之城”主题推介活动——…`, no clause mark, under the byline and over the brief's first sentence)
# is the article's running text, not a headline over the brief.
QUOTATION_ACROSS = """2024年5月20日 星期一 05 要闻

本报记者 林一
日前，市文旅局在会展中心举办“山水
本报讯（记者 周文 通讯员 陈亮）
之城”主题推介活动——邀请各地旅行
日前，一个社区开设长者食堂，每天中
社和媒体代表参加，推介精品线路十
午为老人供应热饭热菜。
余条。
"""


def test_a_line_closing_a_quotation_opened_above_is_running_text_not_a_headline():
    lines, done = restore(page(QUOTATION_ACROSS).lines)
    assert [(r.first, r.second) for r in done] == [((3, 4, 6, 8, 10), (5, 7, 9))]


# A brief read across with a photo's caption whose credit is broken inside its role (`…本报记` / `者郑晨摄`):
# the credit's rest goes on the caption's line, which left the role off, not on the brief's finished line.
CREDIT_BROKEN_IN_ITS_ROLE = """2024年6月12日 星期三 04 产业

社区书屋开门迎客
精益求精
本报讯（通讯员罗刚）日前，一家社区书
职工在复合材料车间铺贴蒙皮。本报记
屋开门迎客，居民可免费借阅图书。
者郑晨摄
"""


def test_a_credit_broken_inside_its_role_goes_on_the_line_leaving_the_role_off():
    lines, done = restore(page(CREDIT_BROKEN_IN_ITS_ROLE).lines)
    assert [(r.first, r.second) for r in done] == [((3, 5, 7), (4, 6, 8))]


# A brief's sentence broken by a picture's caption closed by its credit (on the caption's line, or the
# line under it): the brief reads on past the caption, which stays a photo of its own.
CAPTION_IN_A_BRIEF = "\n\n".join("""2024年5月14日 星期二 06 城乡
渡口新船下水
　　本报讯（记者 林书远）近日，一艘新渡
芦苇在风中轻轻摇曳。本报记者 方晓 摄
船在南岸渡口下水，两岸居民过江更方便。""".split("\n")) + "\n"

CAPTION_AND_CREDIT_IN_A_BRIEF = """2024年5月14日 星期二 06 城乡
渡口新船下水
　　本报讯（记者 林书远）近日，一艘新渡
芦苇在风中轻轻摇曳。
本报记者 方晓 摄
船在南岸渡口下水，两岸居民过江更方便。
"""


def test_a_caption_with_its_credit_read_into_a_brief_goes_under_the_briefs_sentence():
    for text in (CAPTION_IN_A_BRIEF, CAPTION_AND_CREDIT_IN_A_BRIEF):
        result = build_page(page(text))
        assert [(item.kind, item.title) for item in result.page.items] == [("brief", "渡口新船下水"), ("photo", "")]
        assert body(result.page.items[0]) == "近日，一艘新渡船在南岸渡口下水，两岸居民过江更方便。"
