"""Photos and captions as papers print them: a caption's first line under a label or the page
header, credits above a caption or broken at a line end, an artist's credit glued to the artwork."""
from generator.archive.classify import classify, names_a_writer, vocabulary
from generator.archive.furniture import line_role, page_header
from generator.archive.model import Line
from generator.archive.people import read_credit
from generator.archive.unwrap import unwrap
from generator.speed.run import build_folder

CAPTION = ("川渝高竹新区位于四川省广安市邻水县高滩镇与重庆\n"
           "市渝北区茨竹镇交界处，目前建成区面积6.5平方\n"
           "公里，初步形成以汽车研发制造为主的装备制造业集\n"
           "群，是重庆两江新区配套产业园、四川省新型工业化\n"
           "示范基地、成渝地区双城经济圈产业合作示范园区。图\n"
           "为观众在川渝高竹新区规划馆参观。\n")


def lines_of(text: str) -> list[Line]:
    return [Line(number, line) for number, line in enumerate(text.split("\n"), start=1)]


def blocks_of(text: str):
    lines = lines_of(text)
    header = page_header([line.text for line in lines])
    apart = frozenset(header.roles)
    by_number = {line.number: line for line in lines}
    return classify(unwrap(lines, apart), by_number, apart), by_number


def test_a_captions_first_line_under_a_photo_column_label_runs_on_though_digits_narrow_the_next():
    """`…面积6.5平方` measures narrower than the line above it, but digits set in a justified line
    fill it: the caption's first line is text wrapped at its measure, not a headline."""
    blocks, _ = blocks_of(f"城事图说\n{CAPTION}新华社记者 李明 摄\n")
    assert [b.kind for b in blocks] == ["furniture", "caption", "credit"]
    assert blocks[1].text.startswith("川渝高竹新区位于") and blocks[1].text.endswith("参观。")


def test_a_caption_opening_the_page_under_its_header_is_no_headline():
    caption = CAPTION.replace("与重庆\n市渝北区茨竹镇交界处，目前建成区面积6.5平方\n",
                              "与重庆市渝\n北区茨竹镇交界处，目前建成区面积6.5平方公里，初\n")
    blocks, _ = blocks_of(f"A06\n南宁新闻\n\n{caption}记者 陆敏华 摄\n")
    assert [b.kind for b in blocks if b.kind != "furniture"] == ["caption", "credit"]


def test_a_marked_credit_over_a_caption_saying_what_the_picture_shows_heads_that_caption():
    article = ("地“广阔”而物产丰；致“广大”而事业成；业“广兴”而城乡美；促“广惠”而民富足。"
               "“渝广”合作、“深广”合作、“湖广”合作、“蓉广”合作，新时代改革开放渐入佳境。")
    wrapped = "\n".join(article[i:i + 22] for i in range(0, len(article), 22))
    blocks, _ = blocks_of(f"{wrapped}\n\n摄影：陶鸣亮\n{CAPTION}\n相关链接\n\n- 嘉陵江利泽航运枢纽正式通航\n")
    kinds = [(b.kind, b.text[:4]) for b in blocks]
    assert kinds[:3] == [("paragraph", "地“广阔"), ("credit", "摄影：陶"), ("caption", "川渝高竹")]


def test_a_credit_broken_before_its_last_characters_closes_the_caption():
    blocks, lines = blocks_of("大三巴牌坊下，旅客拍照留念。 新华社图\n片\n")
    assert [(b.kind, b.text) for b in blocks] == [("caption", "大三巴牌坊下，旅客拍照留念。"), ("credit", "新华社图片")]
    assert read_credit(blocks[1], lines) == ([], ["新华社"])


def test_an_artists_credit_glued_to_the_artwork_is_its_credit():
    blocks, lines = blocks_of("（未完待续）\n\n滇池晨曦（水彩画） 曹明婷作\n")
    assert [(b.kind, b.text) for b in blocks[-2:]] == [("caption", "滇池晨曦（水彩画）"), ("credit", "曹明婷作")]
    assert read_credit(blocks[-1], lines)[0] in (["曹明婷"], ["曹明婷作"])  # enrich reads the artist


def test_a_papers_name_in_capitals_under_its_masthead_is_furniture():
    header = page_header(["人民铁道", "RENMIN TIEDAO", "中国国家铁路集团有限公司主管主办", "2024年5月22日 星期三", "",
                          "四川广安：改革开放风正劲"])
    assert header.roles.get(2) == "masthead_english"


def test_a_photo_groups_numbered_captions_over_their_shared_credit_are_captions_each():
    blocks, _ = blocks_of("帆船之都迎来夏日\n\n①帆船爱好者在浮山湾训练。\n\n②游客在奥帆中心拍照留念。\n\n"
                          "③孩子们在沙滩上体验帆船模型。\n\n本组图片由观海新闻/青岛日报记者 董雪斌 摄\n")
    assert [(b.kind, b.text[:1]) for b in blocks] == [("headline", "帆"), ("caption", "①"), ("caption", "②"),
                                                      ("caption", "③"), ("credit", "本")]


def items_of(tmp_path, text):
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    return build_folder(tmp_path)[0].page.items


STORY = ("近年来，临江县坚持把乡村道路建设作为民生实事来抓，累计新改建农村公路三百余公里，"
         "打通了一批断头路、瓶颈路，群众出行更加便捷。县交通运输局负责人介绍，今年还将实施"
         "一批安全生命防护工程，完善道路标志标线和护栏设施，提升农村公路通行安全水平。"
         "与此同时，全县推行路长制，县乡村三级路长分段负责日常巡查养护，确保道路常年畅通。")


def wrapped(text: str, width: int = 16) -> str:
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def test_a_source_credit_under_a_headline_credits_the_story_under_it(tmp_path):
    items = items_of(tmp_path, f"临江乡村道路越走越宽\n\n据新华社\n\n{wrapped(STORY)}\n")
    assert [(i.kind, i.title) for i in items] == [("article", "临江乡村道路越走越宽")]


def test_a_title_printed_under_a_brief_cut_off_for_its_credit_is_the_briefs(tmp_path):
    brief = "日前，县人社局组织技能培训队伍走进乡镇，开展电工、家政、电商等培训课程，吸引三百余名村民参加。"
    text = (f"临江乡村道路越走越宽\n临江晚报记者 孟凯\n\n{wrapped(STORY)}\n\n{wrapped(STORY[::-1])}\n\n"
            f"{wrapped(brief)}\n（临江晚报记者 孔思远）\n职业技能培训进乡村\n")
    items = items_of(tmp_path, text)
    assert [(i.title, i.authors) for i in items] == [("临江乡村道路越走越宽", ("孟凯",)),
                                                     ("职业技能培训进乡村", ("孔思远",))]


def test_a_cartoon_under_its_column_label_is_a_photo_credited_to_who_drew_it(tmp_path):
    for credit in ("姚航军 作", "郭亮/绘"):
        items = items_of(tmp_path, f"漫说\n\n文明养犬\n\n出门遛狗请牵好绳，及时清理粪便。\n\n{credit}\n\n"
                                   f"临江乡村道路越走越宽\n\n{wrapped(STORY)}\n")
        assert [(i.kind, i.kicker, i.title, i.photographers) for i in items][0] == \
            ("photo", "", "文明养犬", (credit[:3].strip(" /"),))


def test_an_artworks_title_over_the_artists_credit_is_a_photo(tmp_path):
    items = items_of(tmp_path, f"临江乡村道路越走越宽\n\n{wrapped(STORY)}\n\n古镇人家（木刻版画）\n\n吴琳 作\n")
    assert [(i.kind, i.photographers) for i in items][-1] == ("photo", ("吴琳",))


def test_a_place_or_body_that_supplied_a_picture_is_no_photographer():
    for credit, names in [("（梅溪镇供图）", []), ("（新成路街道供图）", []), ("主办方供图", []),
                          ("图片由江桥镇提供", []), ("（张明供图）", ["张明"]), ("本版摄影/本报记者 钟倩萍", ["钟倩萍"]),
                          ("图片由陈杰敏提供", ["陈杰敏"])]:
        blocks, lines = blocks_of(f"游客在公园里赏花。\n{credit}\n")
        assert read_credit(blocks[-1], lines)[0] == names, credit


def test_a_photos_title_after_a_listings_last_row_set_apart_is_no_part_of_the_row():
    """The rows' own lines hug each other and blank lines part the rows: the line after the last
    row's lines and a blank line is no more of it (a photo's title, here)."""
    blocks, _ = blocks_of("◎文化周末\n\n12月24日 10:00 \n大剧院歌剧厅 芭蕾舞剧《天\n鹅湖》\n\n"
                          "12月25日 19:00 \n市文化馆 吕剧经典唱段专场\n\n12月27日 15:00 \n省会大剧院 话剧《春风里》\n\n"
                          "湖畔夏日\n\n公园湖面上，游客划船游玩。\n新文化报·彩练新闻记者 钱倩浩 摄\n")
    assert [b.text for b in blocks if b.kind in ("headline", "caption")] == ["湖畔夏日", "公园湖面上，游客划船游玩。"]


def test_a_foots_art_editor_and_mail_address_are_furniture_not_a_photo():
    assert line_role("编辑：尹亮帆 美术：孙磊璐") == "editor"
    assert line_role("读者来信：amrb@example.cn") == "contact"


def test_a_photo_story_opened_by_a_dated_caption_is_credited_once_at_its_foot(tmp_path):
    text = ("临江晚报 2024年3月12日 星期二\n08 民生\n\n"
            "1月28日，养殖工人在海上养殖区\n进行海带养殖冬季管理。\n\n"
            "江畔新景\n入夏以来，江滨公园游人如织。图\n为市民在江边散步。\n\n"
            "日前，老街区改造提升工程完工。图\n为游客在街区内游览。\n（记者 邓玉 摄）\n\n"
            f"通讯员 贺宁\n{wrapped(STORY)}\n临江乡村道路越走越宽\n")
    items = items_of(tmp_path, text)
    assert [(i.kind, i.photographers) for i in items][:3] == [("photo", ("邓玉",))] * 3


def test_one_sentence_captions_stacked_over_a_groups_credit_in_brackets_are_captions_each():
    """（本组图片由…摄） under a stack of one-sentence paragraphs: the credit is the group's, in brackets
    or not, so each paragraph is a picture's caption, not the last lines of the story above."""
    text = ("乡村道路通到家门口\n\n" + wrapped(STORY) + "\n\n6月21日，市民在江边步道骑行健身。\n\n"
            "村民在新修的公路旁晾晒稻谷。\n\n孩子们在村口的文化广场上跳绳。\n\n（本组图片由本报记者 张明 摄）\n")
    blocks, _ = blocks_of(text)
    assert [b.kind for b in blocks[-4:]] == ["caption", "caption", "caption", "credit"]


def test_a_storys_last_paragraph_over_a_wider_pictured_line_is_no_caption():
    """…营商环境品牌。 / / 图为塘桥镇一处农田里，…。 / （记者 X 摄）: a caption is set in one measure, so the
    paragraph wrapped in the story's narrower column stays the story's."""
    text = ("乡村道路通到家门口\n\n" + wrapped(STORY) + "\n\n图为村民在新修的农村公路上骑行，道路两旁稻谷金黄。\n\n"
            "（记者 张明 摄）\n")
    blocks, _ = blocks_of(text)
    assert [b.kind for b in blocks[-3:]] == ["paragraph", "caption", "credit"]


def test_a_picture_supplied_by_a_body_of_any_name_is_credited_so():
    """图片由临江县委宣传部提供: a body whose name runs longer than a person's supplies the picture as
    江桥镇 does, so the line is the caption's credit, naming no one, not a headline of its own."""
    blocks, lines = blocks_of("游客在公园里赏花。\n\n图片由临江县委宣传部提供\n")
    assert [b.kind for b in blocks] == ["caption", "credit"]
    assert read_credit(blocks[-1], lines)[0] == []


def test_a_one_sentence_caption_over_a_titled_photo_of_the_pages_credit_is_a_caption():
    """近日，农民在田间…。 / 临江乡村：稻谷飘香 / 今年以来,…。图为… / 本版摄影/本报记者 X: the stack of
    captions over a page's credit goes on above a picture's title."""
    text = ("乡村道路通到家门口\n\n" + wrapped(STORY) + "\n\n近日，农民在田间抢收成熟的稻谷。\n\n临江乡村：稻谷飘香\n"
            + wrapped("今年以来，临江县推广机械化收割，全县水稻机收率超过九成。图为农机手在田间驾驶收割机作业。")
            + "\n\n本版摄影/本报记者 张明\n")
    blocks, _ = blocks_of(text)
    assert [b.kind for b in blocks[-4:]] == ["caption", "headline", "caption", "credit"]


def test_a_photographers_credit_in_brackets_with_a_slash_before_photography_is_the_captions():
    """（记者X／摄影）, as papers in traditional script credit a picture: the caption's credit naming X, no byline."""
    blocks, lines = blocks_of("游客在公园里赏花，湖边的樱花开得正盛。\n\n（记者张明远／摄影）\n")
    assert [b.kind for b in blocks] == ["caption", "credit"]
    assert read_credit(blocks[-1], lines)[0] == ["张明远"]


def test_an_app_named_alone_at_the_pages_foot_is_furniture():
    lines = ["临江日报 2024年5月22日 星期三 3", "", "乡村道路通到家门口", "", wrapped(STORY), "", "新闻热线：0576-12345678",
             "临江发布客户端"]
    header = page_header("\n".join(lines).split("\n"))
    assert len("\n".join(lines).split("\n")) in header.roles
    assert line_role("临江发布客户端", header_line=False) is None  # amid the page, a headline may name an app


def test_a_picture_taken_from_the_web_is_credited_so_naming_no_one():
    """（取自网络）, as overseas papers credit a picture they took from the web: the caption's credit, no byline."""
    blocks, lines = blocks_of("华埠街头，民众在选购年货。\n（取自网络）\n\n山城有名医 群众有“医”靠\n\n"
                              "福建省浦城县坚持把为民办事实、保障人民健康放在优先发展的战略位置。\n")
    assert [b.kind for b in blocks][:2] == ["caption", "credit"]
    assert read_credit(blocks[1], lines)[0] == []


def test_a_papers_cartoon_label_is_furniture_over_the_cartoons_own_title(tmp_path):
    items = items_of(tmp_path, f"临江漫画\n\n文明养犬\n\n出门遛狗请牵好绳，及时清理粪便。\n\n漫画/苏杰\n\n"
                               f"临江乡村道路越走越宽\n\n{wrapped(STORY)}\n")
    assert [(i.kind, i.kicker, i.title) for i in items][0] == ("photo", "", "文明养犬")


def test_a_serial_rumour_scene_or_related_news_label_is_a_column_label():
    for label in ("连载", "长篇连载", "辟谣", "现场直击", "相关新闻", "■新闻漫画"):
        assert vocabulary().furniture["column_label"].match(label), label


SPACED_TEXT = ["临江市今年以来持续推进老旧小区改造，",
               "完成加装电梯一百二十余部，惠及居民",
               "三千余户。",
               "据介绍，市里还将推行“一窗受理、并",
               "联审批”，进一步简化审批流程，帮助",
               "居民解决协商难题，推动更多小区加装",
               "电梯，让老人出行更方便，年内力争再",
               "完成八十部加装任务，惠及更多群众。"]


def test_a_caption_joined_onto_the_text_above_on_a_page_setting_every_line_apart_is_cut_off():
    """…惠及更多群众。 / / 暑期来临，孩子们在…体验航天 / / 互动展项。 / / 通讯员 X 摄: with a blank line after
    every line a new paragraph looks like the next line of the text; the caption over the credit opens
    after the text's last sentence ending at a line's end."""
    lines = [*SPACED_TEXT, "暑期来临，孩子们在科技馆里体验航天", "互动展项。", "通讯员 王小明 摄"]
    blocks, _ = blocks_of("\n\n".join(lines) + "\n")
    assert [b.kind for b in blocks] == ["paragraph", "paragraph", "caption", "credit"]
    assert blocks[1].text.endswith("惠及更多群众。")
    assert blocks[2].text == "暑期来临，孩子们在科技馆里体验航天互动展项。"


def test_a_caption_with_its_credit_glued_on_joined_onto_the_text_above_is_cut_off():
    """…惠及更多群众。 / / 工人在…作业。 （X/摄）: the credit in brackets on the caption's own line makes a caption
    of the paragraph, which unwrap read on from the text above on a page setting every line apart; the
    caption opens after the text's last sentence ending at a line's end."""
    lines = [*SPACED_TEXT, "工人在立交桥施工现场作业。 （周海/摄）"]
    blocks, _ = blocks_of("\n\n".join(lines) + "\n")
    assert [b.kind for b in blocks] == ["paragraph", "paragraph", "caption", "credit"]
    assert blocks[1].text.endswith("惠及更多群众。")
    assert blocks[2].text.strip() == "工人在立交桥施工现场作业。"


def test_a_pictured_line_under_its_captions_own_sentences_is_not_cut_off_them():
    """川渝高竹新区位于…园区。 / 图为观众在…参观。: a `图为` sentence sums up the caption above it."""
    lines = [*SPACED_TEXT, "图为居民在小区新装的电梯前排队体验", "乘坐。", "通讯员 王小明 摄"]
    blocks, _ = blocks_of("\n\n".join(lines) + "\n")
    assert [b.kind for b in blocks] == ["paragraph", "caption", "credit"]


def test_a_picture_credit_naming_someone_whose_name_holds_the_writers_mark_heads_the_caption_below(tmp_path):
    """摄影/顾文晓 under a story, over a one-sentence caption: the 文 of a name marks no writer, so the
    credit is a picture's and opens the photo of the caption under it, not the story's signature."""
    items = items_of(tmp_path, f"临江乡村道路越走越宽\n\n{wrapped(STORY)}\n\n■摄影/顾文晓\n\n"
                               "村民在新修的乡村公路上骑行。\n\n临江夜市开市\n\n"
                               f"{wrapped(STORY[:60])}\n")
    photo = next(i for i in items if i.kind == "photo")
    assert photo.photographers == ("顾文晓",) and [b.kind for b in photo.blocks] == ["credit", "caption"]
    assert items[0].kind == "article" and not items[0].photographers


def test_the_writers_mark_is_a_mark_set_apart_not_a_character_of_a_name():
    assert names_a_writer("文/本报记者 李明 图/王芳") and names_a_writer("本报记者 李明 文/摄")
    assert names_a_writer("图/文 临江晚报记者 李明") and names_a_writer("本报记者 李明 文 王芳 摄")
    assert not names_a_writer("摄影/顾文晓") and not names_a_writer("新华社记者 沈春文 摄")
    assert not names_a_writer("文汇报记者 贾晓 摄") and not names_a_writer("本组图片由本报记者 潘 文 摄")


def test_a_picture_credit_under_a_title_over_a_sentence_and_the_next_pictures_caption_is_a_photos(tmp_path):
    """临江夜市开市 / 摄影 X / one sentence / another picture's caption and credit: the title, credit and
    sentence are one photo (the caption under them is the next picture's, not more of this one's)."""
    items = items_of(tmp_path, f"临江乡村道路越走越宽\n\n{wrapped(STORY)}\n\n临江夜市开市\n摄影 韩翔\n"
                               "市民在夜市的摊位前选购特色\n小吃。\n"
                               + wrapped("1月27日，在临江古城，民间艺人正在表演非遗项目。随着春节临近，各地举办系列活动。"
                                         "　（通讯员 姜宁 摄）") + "\n")
    photo = next(i for i in items if i.kind == "photo" and i.title == "临江夜市开市")
    assert photo.photographers == ("韩翔",) and [b.kind for b in photo.blocks if b.kind != "headline"] == ["credit", "caption"]


def test_two_headlines_in_a_row_between_an_untitled_text_and_a_caption_title_one_each(tmp_path):
    """A text opening the page, then two headlines in a row over a caption: the one sharing the text's
    words is its title printed after it, the other the picture's, though it shares no word with its
    caption (`秋收时节` over `田野里，收割机正在作业。`), in either order."""
    text = "近日，临江县一座社区图书馆建成开放，\n居民在家门口就能借书阅读。\n"
    for first, second in (("秋收时节", "社区图书馆建成开放"), ("社区图书馆建成开放", "秋收时节")):
        items = items_of(tmp_path, f"2024年10月8日 星期二 第3版 民生\n\n{text}{first}\n{second}\n"
                                   "田野里，收割机正在作业。\n（通讯员 韩翔 摄）\n")
        assert [(i.kind, i.title) for i in items] == [("article", "社区图书馆建成开放"), ("photo", "秋收时节")]


def test_a_title_printed_on_a_caption_titles_the_photo_when_the_text_below_stands_apart(tmp_path):
    """`秋收时节` / caption / credit / a blank line / an untitled brief: the title shares no word with the
    caption nor with the brief, but it is set with the caption, the brief a blank line apart."""
    items = items_of(tmp_path, f"临江乡村道路越走越宽\n\n{wrapped(STORY)}\n\n秋收时节\n田野里，收割机正在作业。\n"
                               "通讯员 韩翔 摄\n\n记者从市供电公司获悉，进入夏季以来，\n全市用电负荷持续攀升，供电部门\n"
                               "提前完成设备检修。（通讯员 吕晨）\n")
    assert [(i.kind, i.title) for i in items][1] == ("photo", "秋收时节")


def test_a_kicker_over_a_title_printed_after_its_text_stays_with_the_text_over_a_caption(tmp_path):
    """`3年5次“升级”` / `社区图书馆建成开放` over a caption: figures and quotes make the upper line a kicker,
    not a picture's title, though it shares no word with the text."""
    items = items_of(tmp_path, "2024年10月8日 星期二 第3版 民生\n\n近日，临江县一座社区图书馆建成开放，\n"
                               "居民在家门口就能借书阅读。\n3年5次“升级”\n社区图书馆建成开放\n"
                               "田野里，收割机正在作业。\n（通讯员 韩翔 摄）\n")
    assert [(i.kind, i.title) for i in items][1] == ("photo", "")
    assert "3年5次" in items[0].kicker + items[0].title and items[0].title.endswith("社区图书馆建成开放")
