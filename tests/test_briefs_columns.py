"""Briefs columns (新闻速览, 区县传真, numbered or bulleted briefs): each brief is an item of its own,
with its title, while a story's sections under plain, numbered or bulleted headings stay in it."""
from generator.archive.build import build_page
from generator.archive.read import read_page

HEAD = "临江日报\n2024年3月5日 星期二\n第3版 综合新闻\n\n"
WIDTH = 16  # every text line of these pages is wrapped at one width

BRIEFS = [("社区图书馆延长开放时间", "近日，市图书馆各社区分馆延长开放时间，工作日开放至晚上九点，"
           "方便居民下班后借阅图书。"),
          ("体育馆今起免费开放", "市体育馆今起向市民免费开放，开放时间为每天上午八时至晚上九时，"
           "市民可凭身份证入场。"),
          ("江滨公园完成提升改造", "江滨公园提升改造工程日前完工，新增步道三公里、休息亭十二座，"
           "夜间照明也同步更新。")]

STORY = ("河道治理让城区水清岸绿\n本报记者 周航\n\n"
         + "今年以来，我市统筹推进城区河道治理，一批河道水质明显好转，沿岸成了市民休闲的好去处。\n\n"
         + "市水利部门介绍，治理坚持系统施策，截污、清淤、补水、绿化一体推进，一河一策压实责任，"
           "每条河道都明确了河长和治理时限。\n\n"
         + "{mark1}清淤疏浚\n\n"
         + "城区主要河道清淤工程近日完工，共清理淤泥三万余立方米，河道行洪能力得到提升。"
           "施工期间，工程队分段围堰、错峰作业，尽量减少对周边居民出行的影响。\n"
         + "\n{mark2}绿道贯通\n\n"
         + "沿河绿道全线贯通，串起五个公园和十多个社区，市民步行十分钟就能走上绿道。\n")


def wrap(text: str, width: int = WIDTH) -> str:
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def wrapped_story(mark1: str, mark2: str) -> str:
    return "\n".join(wrap(line) if len(line) > WIDTH else line
                     for line in STORY.format(mark1=mark1, mark2=mark2).split("\n"))


def items_of(tmp_path, text):
    assert len(text.split("\n")) >= 40
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return build_page(read_page(page, tmp_path)).page.items


def titles(items) -> list[str]:
    return [item.title for item in items]


def test_titled_briefs_under_a_column_label_with_no_blank_lines_are_items_each(tmp_path):
    column = "新闻速览\n" + "\n".join(f"{title}\n{wrap(text)}" for title, text in BRIEFS)
    items = items_of(tmp_path, HEAD + wrapped_story("", "") + "\n" + column + "\n")
    assert titles(items) == ["河道治理让城区水清岸绿"] + [title for title, _ in BRIEFS]
    assert [b.text for b in items[0].blocks if b.kind == "heading"] == ["清淤疏浚", "绿道贯通"]


def test_numbered_briefs_titled_on_lines_of_their_own_are_items_each(tmp_path):
    # one sentence each, two lines: a title's line is about as wide as the short last line above it
    short = [(BRIEFS[0][0], "近日，市图书馆各社区分馆延长开放时间，方便居民下班后借阅图书。"),
             (BRIEFS[1][0], "市体育馆今起向市民免费开放，开放时间为每天上午八时至晚上九时。"),
             (BRIEFS[2][0], "江滨公园提升改造工程日前完工，新增步道三公里、休息亭十二座。")]
    column = "\n".join(f"{n}.{title}\n{wrap(text)}" for n, (title, text) in enumerate(short, 1))
    items = items_of(tmp_path, HEAD + column + "\n\n" + wrapped_story("1.", "2."))
    assert titles(items) == [title for title, _ in short] + ["河道治理让城区水清岸绿"]
    assert [b.text for b in items[-1].blocks if b.kind == "heading"] == ["1.清淤疏浚", "2.绿道贯通"]


def test_bulleted_briefs_whose_text_runs_on_after_a_gap_are_items_each(tmp_path):
    column = "\n".join(wrap(f"●{title} {text}") for title, text in BRIEFS)
    box = "●开放时间 每天9:00—21:00\n●咨询电话 0576-8630845\n●乘车线路 12路、35路\n"
    items = items_of(tmp_path, HEAD + column + "\n\n" + wrapped_story("■", "■") + "\n" + box)
    assert titles(items)[:4] == [title for title, _ in BRIEFS] + ["河道治理让城区水清岸绿"]
    assert items[0].blocks[1].text.startswith("近日，")


def test_a_bulleted_title_wrapped_onto_the_line_of_its_text_is_whole(tmp_path):
    # a double-spaced column, as a page with a blank line after every line is read: ●社区图书馆延长开放 /
    # 时间  近日，市图书馆… / 各社区分馆…
    briefs = [(title, opener + text) for (title, text), opener in zip(BRIEFS[1:], ["3月4日，", "日前，"])]
    briefs.insert(0, BRIEFS[0])
    lines = ["快讯"]
    for title, text in briefs:
        lines += [f"●{title[:-2]}", f"{title[-2:]}  {text[:WIDTH - 4]}", *wrap(text[WIDTH - 4:]).split("\n")]
    column = "\n\n".join(lines)
    items = items_of(tmp_path, HEAD + wrapped_story("", "") + "\n" + column + "\n")
    assert titles(items)[1:] == [title for title, _ in briefs]
    assert [item.blocks[1].text[:4] for item in items[1:]] == ["近日，市", "3月4日", "日前，江"]


def test_a_bulleted_title_wrapped_inside_its_paragraph_ends_at_the_gap(tmp_path):
    # ●钦州多措并举推进“金 / 融活水”畅流乡村　近年来，…: the title's last words, a gap, the text; a text may
    # open with its first words set apart by a comma (春节将至，…); a letter-spaced first line (入 夏 以 来 ，…)
    # has no gap that ends a title, nor has a letter-spaced title (●乡村工坊 稳 就 业 促 / 增收 …)
    column = """镇街动态
●城区河道推进“水清岸
绿”工程完工　近年来，城区主要
河道淤积严重，汛期行洪压力大，
今年春季起分段清淤，共清理淤泥
三万余立方米。
●为民办实事项目一季度
再提速 春节将至，全市老旧小区
加装电梯工作加快推进，已完成加
装一百二十余部，惠及居民三千户。
●乡村工坊 稳 就 业 促
增收 年关将近，山区各乡镇的
乡村工坊订单饱满，不少外出务工
人员回乡就近上岗，月收入三千元。
■夜间集市点亮城市烟火气
入 夏 以 来 ， 多 个 街 道开
设夜间集市，设置小吃、文创、手
工艺等摊位，吸引不少市民前来消
夏。（魏冬璐）
"""
    items = items_of(tmp_path, HEAD + wrapped_story("", "") + "\n" + column)
    assert titles(items)[1:] == ["城区河道推进“水清岸绿”工程完工", "为民办实事项目一季度再提速",
                                 "乡村工坊稳就业促增收", "夜间集市点亮城市烟火气"]
    assert [item.blocks[1].text[:3] for item in items[1:]] == ["近年来", "春节将", "年关将", "入夏以"]


def double_spaced(text: str) -> str:
    """Every line set apart by a blank line, as some e-papers extract."""
    return "\n\n".join(line for line in text.split("\n") if line) + "\n"


def short_page_items(tmp_path, text):
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return build_page(read_page(page, tmp_path)).page.items


STORY_SIGNED_ABOVE = ("河道治理让城区水清岸绿\n本报记者 周航\n"
                      + wrap("今年以来，我市统筹推进城区河道治理，一批河道水质明显好转，沿岸成了市民休闲的好去处。"
                             "市水利部门介绍，治理坚持系统施策，截污、清淤、补水、绿化一体推进，"
                             "每条河道都明确了河长和治理时限，沿河绿道也将于年底前全线贯通并向市民开放。") + "\n")


def test_a_brief_unwrapped_into_the_story_above_is_cut_at_its_run_in_title(tmp_path):
    # 体育馆今起免费开放。市体育馆…（X）: its run-in title opens a line after the story's last
    # sentence, where every line is set apart and so nothing tells the paragraphs apart
    brief = wrap("体育馆今起免费开放。市体育馆今起向市民免费开放，开放时间为每天上午八时至晚上九时，"
                 "市民可凭身份证入场。（李雪梅）")
    items = short_page_items(tmp_path, double_spaced(HEAD + STORY_SIGNED_ABOVE + brief))
    assert titles(items) == ["河道治理让城区水清岸绿", "体育馆今起免费开放"]
    assert [list(item.authors) for item in items] == [["周航"], ["李雪梅"]]


def test_a_run_in_title_alone_on_its_line_under_a_signed_brief_titles_the_next(tmp_path):
    first = wrap("体育馆今起免费开放。市体育馆今起向市民免费开放，开放时间为每天上午八时至晚上九时，"
                 "市民可凭身份证入场。（李雪梅）")
    second = "老街换新颜，居民乐开怀。\n" + wrap("江滨公园提升改造工程日前完工，新增步道三公里、休息亭十二座，"
                                               "夜间照明也同步更新，周边居民纷纷点赞。（王晓明）")
    items = short_page_items(tmp_path, double_spaced(HEAD + first + "\n" + second))
    assert titles(items) == ["体育馆今起免费开放", "老街换新颜，居民乐开怀"]


def test_a_letter_spaced_dateline_is_one_byline(tmp_path):
    from generator.archive.classify import classify_one
    from generator.archive.model import Line, Paragraph, Span
    text = "本 报 讯 （ 记 者 李雪梅 通讯员 丁蕾）"  # the source line; the paragraph holds it repaired
    blocks = classify_one(Paragraph("本报讯（记者李雪梅通讯员丁蕾）", (Span(1, 0, len(text)),)), {1: Line(1, text)})
    assert [block.kind for block in blocks] == ["byline"]
