"""Each artifact class on a small crafted page: what one block of text is taken to be."""
import pytest

from generator.archive.classify import CLOSING_SIGNATURE, EXPERT_SIGNATURE, LAYOUT, classify, vocabulary
from generator.archive.names import names_from
from generator.archive.model import Line
from generator.archive.people import read_credit
from generator.archive.unwrap import unwrap


def blocks_of(text: str):
    lines = [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]
    by_number = {line.number: line for line in lines}
    return classify(unwrap(lines), by_number), by_number


@pytest.mark.parametrize("text, kinds", [
    ("2024年6月22日 星期六", ["furniture"]),
    ("责编 罗 皓皓", ["furniture"]),
    ("美编 张辉", ["furniture"]),
    ("本组图片均为资料图片", ["furniture"]),
    ("上接01版", ["continuation"]),
    ("紧接 01 版 审议了《关于川渝高竹新区行政管理事项的决定》，会议认为这是重要的一步，内容很长。", ["continuation", "paragraph"]),
    ("下转第三版", ["jump"]),
    ("（紧转第三版）", ["jump"]),
    ("（本文专家：王进，某市人民医院心血管内科主任医师）", ["credit"]),
    ("本版图片均为新华社记者 王 进 摄", ["credit"]),
    ("（作者单位：某市纪委监委）", ["credit"]),
    ("▲下转第3版", ["jump"]),
    ("园区首期规划面积12平方公里，计划引进项目50个，总投资超过200亿元。（紧转第三版）", ["paragraph", "jump"]),
    ("园区首期规划面积12平方公里，计划引进项目50个，总投资超过200亿元。（下转A2版）", ["paragraph", "jump"]),
    ("（上接A1版）园区将重点发展智能网联新能源汽车等产业，力争三年内产值突破百亿元。", ["continuation", "paragraph"]),
    ("◀接A01版", ["continuation"]),  # an arrow before the carry line
    ("（上接第1页）", ["continuation"]),  # a paper numbering its pages as 页
    ("（接第一页）", ["continuation"]),
    ("（接1面）", ["continuation"]),  # a Japanese paper's page is a 面
    ("园区首期规划面积12平方公里，计划引进项目50个，总投资超过200亿元。（转3面）", ["paragraph", "jump"]),
    ("（接03）", ["continuation"]),  # a bare page in brackets
    ("图/文 本报记者 郭阳", ["byline"]),  # pictures and words, the gap after 文 closed by the repair
    ("村口的古榕树下，老人在乘凉。 （侨刊资料图）", ["caption", "credit"]),  # a publication's own archive picture
    ("（续前）园区将重点发展智能网联新能源汽车等产业，力争三年内产值突破百亿元。", ["continuation", "paragraph"]),  # no page named
    ("转A03版▶", ["jump"]),  # an arrow after the jump line
    ("（转第二页）", ["jump"]),
    ("园区首期规划面积12平方公里，计划引进项目50个，总投资超过200亿元。（转03）", ["paragraph", "jump"]),
    ("□ 本报记者 王 进", ["byline"]),
    ("□新重庆-重庆日报评论员", ["byline"]),
    ("成都日报锦观新闻记者 刘泰山", ["byline"]),
    ("制图 江蕊松", ["credit"]),
    ("来源：央视新闻", ["credit"]),
    ("园区首期规划面积12平方公里，计划引进项目50个，总投资超过200亿元。（综合新华社、人民网）", ["paragraph", "credit"]),
    ("本报讯 记者白雪报道 近日，2024年全国发展改革系统碳达峰碳中和工作培训班在江苏省盐城市成功举办。",
     ["byline", "paragraph"]),
    ("图为观众在川渝高竹新区规划馆参观。 新华社记者 肖 潇 摄", ["caption", "credit"]),
    ("1月28日，养殖工人在山东省荣成市寻山街道的海上养殖区进行海带养殖冬季管理。 杨志礼摄（中经视觉）", ["caption", "credit"]),
    ("图为青岛九合重工机械有限公司员工在生产特种车产品。 新华社发(陈阳 摄)", ["caption", "credit"]),
    ("天津港集团、河北港口集团还共同签署了合作协议，为京津冀协同发展提供有力支撑。(兰云)", ["paragraph", "byline"]),
    ("- 今年，川渝共同实施100项重大合作事项，共建300个重大项目", ["listitem"]),
    ("赛力斯汽车超级工厂。", ["caption"]),
    ("中 共 中 央 召 开 党 外 人 士 座 谈 会", ["headline"]),
])
def test_one_block(text, kinds):
    blocks, _ = blocks_of(text)
    assert [b.kind for b in blocks] == kinds


def test_byline_split_across_a_blank_line_is_one_byline():
    blocks, lines = blocks_of("本报讯 谢文艳 马占富 记者\n\n袁小峰报道 近日,大庆石化公司重点环保项目全面建成中交。该项目是首套二氧化碳捕集项目。")
    assert [b.kind for b in blocks] == ["byline", "paragraph"]
    assert blocks[1].text.startswith("近日,大庆石化")
    assert read_credit(blocks[0], lines) == (["谢文艳", "马占富", "袁小峰"], [])


@pytest.mark.parametrize("raw, names", [
    ("王 进", ["王进"]),
    ("赖永峰 刘兴", ["赖永峰", "刘兴"]),
    ("唐琴、余振芳", ["唐琴", "余振芳"]),
    ("肖 潇", ["肖潇"]),
    ("周 明 远   韩 锋 松", ["周明远", "韩锋松"]),  # letter-spaced names, a wider gap between them
    ("王  进", ["王进"]),
    ("苏志 颖   姜杰秋", ["苏志颖", "姜杰秋"]),  # a stray space before a last glyph no name opens with
])
def test_names_as_printed(raw, names):
    assert names_from(raw) == names


def test_credit_names_and_agencies():
    blocks, lines = blocks_of("图为观众在川渝高竹新区规划馆参观。 新华社记者 肖 潇 摄")
    assert read_credit(blocks[1], lines) == (["肖潇"], ["新华社"])
    blocks, lines = blocks_of("众多游客参加摘枇杷活动。 杨志礼摄（中经视觉）")
    assert read_credit(blocks[1], lines) == (["杨志礼"], ["中经视觉"])
    blocks, lines = blocks_of("本报记者 陈发明 赵梅\n\n春节将至，在甘肃康乐县苏集镇等乡镇，一些外出务工人员家里来了一位特殊的客人。")
    assert read_credit(blocks[0], lines) == (["陈发明", "赵梅"], [])


@pytest.mark.parametrize("text, kind, names, agencies", [
    ("■特派记者 潘高峰", "byline", ["潘高峰"], []),
    ("□记者 张洪涛 文/图", "byline", ["张洪涛"], []),
    ("□临江晚报记者 熊浩洋 文/摄", "byline", ["熊浩洋"], []),
    ("本报记者 韩立平 文/摄", "byline", ["韩立平"], []),  # no photographer named 韩立平文
    ("临江晚报记者 何 松 文/摄", "byline", ["何松"], []),
    ("本报讯（记者 赵文静）", "byline", ["赵文静"], []),
    ("全媒体记者 刘洋", "byline", ["刘洋"], []),
    ("本报记者 刘洋 实习生 张三", "byline", ["刘洋", "张三"], []),
    ("（记者 张三）", "byline", ["张三"], []),
    ("华龙网记者 陈 静", "byline", ["陈静"], []),
    ("据新华社", "credit", [], ["新华社"]),
    ("图文均据新华社", "credit", [], ["新华社"]),
    ("实习生曾毅嘉摄", "credit", ["曾毅嘉"], []),
    ("视界网 王伟 摄", "credit", ["王伟"], []),
    ("本报记者 李明 摄", "credit", ["李明"], []),
    ("本报评论员", "byline", [], []),
    ("本报驻北京特派员 曾秀伟", "byline", ["曾秀伟"], []),
    # a children's paper: the pupil reporter and the teacher who guided the piece
    ("小记者 陆雨桐 指导老师 程立新", "byline", ["陆雨桐", "程立新"], []),
    ("（小记者 陆雨桐）", "byline", ["陆雨桐"], []),
    ("小记者 陆雨桐（某某小学五年级）", "byline", ["陆雨桐"], []),  # the pupil's school and grade name no one
    # who the writer is, in brackets after a role's name: the unit, age or home town names no one
    ("通讯员 罗一鸣（某某电网公司）", "byline", ["罗一鸣"], []),
    ("特约通讯员 陆雨桐（78岁）", "byline", ["陆雨桐"], []),
    ("读者 程立新（宜宾）", "byline", ["程立新"], []),
    # a media group's Latin initials as the outlet, letter-spaced too
    ("LJG全媒体记者 罗一鸣 通讯员 王二", "byline", ["罗一鸣", "王二"], []),
    ("文/图 LJG全媒体记者 罗一鸣", "byline", ["罗一鸣"], []),
    ("（LJG记者 罗一鸣）", "byline", ["罗一鸣"], []),
    ("本报讯（LJ G 全 媒 体 记 者   罗一鸣 通讯员 王二）", "byline", ["罗一鸣", "王二"], []),
])
def test_byline_grammar_beyond_the_seeds(text, kind, names, agencies):
    """Roles, 文/图 marks, bracketed bylines, agency sources and stand-alone photo credits as
    other papers print them: one block, the role words never taken for names."""
    blocks, lines = blocks_of(text)
    assert [b.kind for b in blocks] == [kind]
    assert read_credit(blocks[0], lines) == (names, agencies)


def test_bracketed_byline_after_benbaoxun_is_split_from_the_first_sentence():
    blocks, lines = blocks_of("本报讯（记者 赵文静 通讯员 李明）近日，全市召开会议，部署下一阶段工作任务。")
    assert [(b.kind, b.text) for b in blocks] == [("byline", "本报讯（记者赵文静通讯员李明）"),
                                                  ("paragraph", "近日，全市召开会议，部署下一阶段工作任务。")]
    assert read_credit(blocks[0], lines) == (["赵文静", "李明"], [])


@pytest.mark.parametrize("unit", ["西来镇", "鹤山街道"])
def test_the_town_before_the_writer_in_a_datelines_brackets_names_no_one(unit):
    """本报讯（西来镇 孔平）: a county paper names the town its writer works at, as its closing credits do."""
    blocks, lines = blocks_of(f"本报讯（{unit} 孔立新）近日，全市召开会议，部署下一阶段工作任务。")
    assert read_credit(blocks[0], lines) == (["孔立新"], [])


@pytest.mark.parametrize("dateline", ["中证网讯", "人民网北京5月6日电"])
def test_a_news_sites_dateline_opens_the_text_with_its_credit(dateline):
    blocks, lines = blocks_of(f"{dateline}（记者 孔立新）近日，多家上市公司发布股份回购计划。")
    assert [(b.kind, b.text) for b in blocks] == [("byline", f"{dateline}（记者孔立新）"),
                                                  ("paragraph", "近日，多家上市公司发布股份回购计划。")]
    assert read_credit(blocks[0], lines)[0] == ["孔立新"]


@pytest.mark.parametrize("dateline", ["据中央社9月2日电", "中通社香港9月5日电"])
def test_a_glued_wire_dateline_of_a_taiwan_or_hong_kong_agency_opens_the_text_and_names_no_one(dateline):
    # a Taiwan paper printing 中央社's story dates it as mainland papers date 新华社's
    blocks, lines = blocks_of(f"{dateline} 一年一度的华文书展日前开幕，展出上万种图书。")
    assert [b.kind for b in blocks] == ["byline", "paragraph"]
    assert read_credit(blocks[0], lines)[0] == []


def test_a_roundup_dateline_opens_the_text_and_names_no_one():
    blocks, lines = blocks_of("综合讯　一年一度的华文书展日前开幕，展出上万种图书。")
    assert [b.kind for b in blocks] == ["byline", "paragraph"]
    assert read_credit(blocks[0], lines)[0] == []


@pytest.mark.parametrize("dateline", ["（吉隆坡21日讯）", "（怡保讯）", "【星岛日报报道】", "【星岛日报专讯】", "【综合报导】", "〔综合报导〕",
                                      "（中央社电）", "（新华社北京6月21日电）", "【里斯本讯】", "【东京讯】"])
def test_an_overseas_dateline_opens_the_text_and_names_no_one(dateline):
    # a Malaysian paper's place and day in round brackets, a Hong Kong paper's own name and 报道, a Taiwan roundup,
    # an agency's dateline in round brackets
    blocks, lines = blocks_of(f"{dateline}一年一度的华文书展日前开幕，展出上万种图书。")
    assert [b.kind for b in blocks] == ["byline", "paragraph"]
    assert read_credit(blocks[0], lines)[0] == []


@pytest.mark.parametrize("label", ["【招生快讯】", "【政务简讯】"])
def test_a_news_label_in_lenticular_brackets_is_no_place_dateline(label):
    # 快讯, 简讯 before 讯 name a column, not a city an overseas paper dates its own report from (【里斯本讯】)
    assert vocabulary().dateline_lead.match(f"{label}一年一度的华文书展日前开幕，展出上万种图书。") is None


@pytest.mark.parametrize("dateline", ["据新华社6月20日报道 ", "据中新社北京20日报道 ", "据越通社6月20日报道"])
def test_an_agency_report_dated_before_the_text_opens_it_and_names_no_one(dateline):
    # 据新华社6月20日报道 glued to the first sentence, as an overseas paper prints a wire's story: no 讯 or 电
    blocks, lines = blocks_of(f"{dateline}一年一度的华文书展日前开幕，展出上万种图书。")
    assert [(b.kind, b.text) for b in blocks] == [("byline", "".join(dateline.split())),
                                                  ("paragraph", "一年一度的华文书展日前开幕，展出上万种图书。")]
    assert read_credit(blocks[0], lines)[0] == []


@pytest.mark.parametrize("text", ["据新华社6月20日报道，一年一度的华文书展日前开幕。", "据中新社6月20日报道称，书展日前开幕。"])
def test_an_agency_report_opening_a_sentence_is_no_dateline(text):
    blocks, _ = blocks_of(text)
    assert [b.kind for b in blocks] in (["paragraph"], ["caption"])


@pytest.mark.parametrize("text, names", [("沈宁立 报道", ["沈宁立"]), ("沈宁立、陶华波 报道", ["沈宁立", "陶华波"])])
def test_names_set_apart_before_baodao_are_a_byline(text, names):
    blocks, lines = blocks_of(f"{text}\n\n一年一度的华文书展日前开幕，展出上万种图书。")
    assert [b.kind for b in blocks] == ["byline", "paragraph"]
    assert read_credit(blocks[0], lines)[0] == names


def test_an_agencys_picture_credit_broken_before_its_last_character_closes_the_caption():
    blocks, lines = blocks_of("灯会现场，市民驻足拍照留念。 新华社图\n片")
    assert [(b.kind, b.text) for b in blocks] == [("caption", "灯会现场，市民驻足拍照留念。"), ("credit", "新华社图片")]


@pytest.mark.parametrize("broken", ["本报记\n者 王进 摄", "本\n报记者 王进 摄", "通讯\n员 王进 摄"])
def test_a_picture_credit_glued_after_a_caption_and_broken_in_its_role_closes_it(broken):
    blocks, lines = blocks_of("市民在江边步道骑行健身。" + broken)
    assert [b.kind for b in blocks] == ["caption", "credit"]
    assert blocks[0].text == "市民在江边步道骑行健身。"
    assert read_credit(blocks[1], lines) == (["王进"], [])


@pytest.mark.parametrize("credit", ["法新社", " （资料图）", " （档案照片）", " （档案照）", " （中央社）", "视觉中国"])
def test_a_foreign_wires_name_or_an_archive_mark_glued_after_a_caption_credits_it(credit):
    blocks, lines = blocks_of(f"游客在滨海湾花园参观。{credit}")
    assert [(b.kind, b.text) for b in blocks] == [("caption", "游客在滨海湾花园参观。"), ("credit", credit.strip())]


def test_a_hong_kong_agencys_picture_credit_alone_closes_the_caption():
    # 中通社图片 under a caption, as Hong Kong papers credit 中国通讯社's pictures: no photographer named
    blocks, lines = blocks_of("位于赣州市南康区的货运站，龙门吊正在吊运集装箱货柜。\n中通社图片")
    assert [(b.kind, b.text) for b in blocks] == [("caption", "位于赣州市南康区的货运站，龙门吊正在吊运集装箱货柜。"),
                                                  ("credit", "中通社图片")]
    assert read_credit(blocks[1], lines) == ([], ["中通社"])


@pytest.mark.parametrize("agency", ["越通社", "马新社"])
def test_an_overseas_papers_national_agency_credits_a_picture_and_names_no_writer(agency):
    # an overseas Chinese paper runs its country's wire: （X图片） closes a caption, （X） a brief, no one named
    blocks, lines = blocks_of(f"华文学校的学生在操场上表演舞龙。（{agency}图片）")
    assert [(b.kind, b.text) for b in blocks] == [("caption", "华文学校的学生在操场上表演舞龙。"), ("credit", f"（{agency}图片）")]
    assert read_credit(blocks[1], lines) == ([], [agency])
    blocks, lines = blocks_of(f"今年的华文书展日前开幕，展出上万种图书。（{agency}）")
    assert read_credit(blocks[-1], lines) == ([], [agency])


def test_a_dateline_with_a_stray_space_in_its_day_opens_a_byline():
    # 本报三亚3月2 8日讯（记者 X）under a deck that ends with no stop: the dateline joins nothing
    blocks, lines = blocks_of("城乡公交一体化全面铺开\n\n推动构建城乡公交一体化发展新格局\n本报三亚3月2 8日讯（记者 吴海）\n"
                              "近日，市里召开城乡公交一体化推进会，部署今年的重点任务。")
    assert [b.kind for b in blocks] == ["headline", "headline", "byline", "paragraph"]
    assert read_credit(blocks[2], lines)[0] == ["吴海"]


def test_a_wire_dated_in_chinese_numerals_is_a_dateline():
    # 新华社北京二十一日电, as Hong Kong and Macao papers print the day: the dateline and its reporters
    blocks, lines = blocks_of("新华社北京二十一日电（记者 钱嘉 王磊鸣）6月21日，重庆市党政代表团赴四川省广安市考察。")
    assert [(b.kind, b.text) for b in blocks] == [("byline", "新华社北京二十一日电（记者钱嘉王磊鸣）"),
                                                  ("paragraph", "6月21日，重庆市党政代表团赴四川省广安市考察。")]
    assert read_credit(blocks[0], lines) == (["钱嘉", "王磊鸣"], ["新华社"])


@pytest.mark.parametrize("raw, names", [
    ("卢 海峰 严洁", ["卢海峰", "严洁"]),  # wrapped after the surname: （卢 / 海峰 严洁）
    ("马萍 付刚 波", ["马萍", "付刚波"]),  # wrapped before the last glyph
    ("熊远静 李 丽", ["熊远静", "李丽"]),
])
def test_names_wrapped_across_a_line_break(raw, names):
    assert names_from(raw) == names


def test_a_list_items_rest_completing_its_broken_word_over_a_caption_is_the_items():
    blocks, _ = blocks_of("- 成渝动车高铁日均客流量达18.6万人次\n- 川渝高竹新区南北大道等一批标志性工\n程完工\n\n"
                          "射电望远镜在夜空下工作。\n本报记者 毛燕 摄")
    assert [(b.kind, b.text) for b in blocks][1] == ("listitem", "- 川渝高竹新区南北大道等一批标志性工程完工")


@pytest.mark.parametrize("bracketed", ["（某某交警大队 顾明桂）", "（某某市消防救援支队 王进）", "（某某公安分局 李丽）"])
def test_a_brigade_or_bureau_before_the_writer_closes_an_item(bracketed):
    from generator.archive.classify import is_closing_credit
    assert is_closing_credit(bracketed)


@pytest.mark.parametrize("bracketed", ["（作者系某某研究院）", "（作者单位：某某河务局）", "（某某公司供图）", "（笔者系某某医院）",
                                       "（本文作者系某某大学）", "（来自某某医院）", "（详见某某网站）"])
def test_a_writers_note_or_a_picture_credit_is_no_units_closing_credit(bracketed):
    from generator.archive.classify import is_closing_credit
    assert not is_closing_credit(bracketed)


@pytest.mark.parametrize("bracketed", ["（某某市文物局供稿）", "（某某铝业公司供稿）", "（某某省书法学会 供 稿）"])
def test_the_body_that_supplied_a_brief_closes_it(bracketed):
    # a bureau, a company or a society before 供稿 (letter-spaced too) names no writer, but closes a brief
    from generator.archive.classify import is_closing_credit
    assert is_closing_credit(bracketed)


@pytest.mark.parametrize("byline", ["本报记者 刘镇", "（记者 刘镇）", "通讯员 李文台"])
def test_a_name_ending_as_a_unit_does_after_a_role_is_the_writers(byline):
    # 镇, 台, 社 … end units' names too, but after a role word the line names a person
    blocks, lines = blocks_of(f"{byline}\n\n近日，城西三座口袋公园建成开放，方便周边居民就近休闲。")
    assert read_credit(blocks[0], lines)[0] == [byline.strip("（）").split()[-1]]


def test_a_bracketed_credit_on_its_own_line_is_a_byline():
    blocks, lines = blocks_of("级“名医工作室”20万元、15万元、10万元经费支持。\n（陆志 黎宏琪）")
    assert [b.kind for b in blocks][-1] == "byline"
    assert read_credit(blocks[-1], lines) == (["陆志", "黎宏琪"], [])


@pytest.mark.parametrize("text, kinds", [
    ("【四部门发布就业援助新政策】12月9日，人力资源社会保障部、财政部等4部门联合发布通知。", ["headline", "paragraph"]),
    ("【记者汪松瑶／台中报导】12月9日，人力资源社会保障部、财政部等4部门联合发布通知。", ["byline", "paragraph"]),
    ("【本报记者赵刚东京报道】12月9日，人力资源社会保障部、财政部等4部门联合发布通知。", ["byline", "paragraph"]),
    ("四部门发布就业援助新政策 本报讯 12月9日，人力资源社会保障部、财政部等4部门联合发布通知。",
     ["headline", "byline", "paragraph"]),
    ("■四部门发布就业援助新政策", ["headline"]),
    ("作者：张三", ["byline"]),
    ("作者/张三", ["byline"]),
    ("本报郑州5月5日讯（记者 薛敏丽）6月21日，重庆市党政代表团赴四川省广安市考察，两省市召开会议。", ["byline", "paragraph"]),
    ("文 | 张三", ["byline"]),
])
def test_brief_titles_on_the_line_of_their_text(text, kinds):
    blocks, _ = blocks_of(text)
    assert [b.kind for b in blocks] == kinds


def test_bracketed_and_bulleted_titles_lose_their_marks_only_in_the_title():
    from generator.archive.segment import strip_bullet
    assert strip_bullet("【四部门发布就业援助新政策】") == "四部门发布就业援助新政策"
    assert strip_bullet("■四部门发布就业援助新政策") == "四部门发布就业援助新政策"
    assert strip_bullet("▼社区图书馆延长开放时间") == "社区图书馆延长开放时间"  # a briefs column's marks
    assert strip_bullet("※公募基金发行回暖") == "公募基金发行回暖"
    assert strip_bullet("“双碳”【专题】") == "“双碳”【专题】"


@pytest.mark.parametrize("text, kind", [
    ("▲上接第六版", "continuation"),
    ("◀接A01版", "continuation"),  # an arrow pointing back to the page it comes from
    ("（接第一页）", "continuation"),  # a page called 页, as overseas papers call it
    ("韦志阳/摄", "credit"),
    ("视觉中国供图", "credit"),
    ("资料图片", "credit"),
    ("取自网络", "credit"),
    ("快评", "furniture"),  # a commentary column's label
    ("记者手记", "furniture"),
    ("图片由陈杰敏提供", "credit"),
    ("本版图片均由本报记者 毛玉伟 摄", "credit"),
    ("图片/范冬", "credit"),
])
def test_more_markers_and_credits(text, kind):
    blocks, _ = blocks_of(text)
    assert [b.kind for b in blocks] == [kind]


def test_box_labels_never_sign_an_article():
    from generator.archive.classify import is_lone_name
    assert is_lone_name("余健") and not is_lone_name("相关链接") and not is_lone_name("背景")
    from generator.archive.classify import is_byline
    assert not is_byline("■相关链接", "■相关链接")


def test_where_a_reporter_writes_from_is_no_name():
    blocks, lines = blocks_of("本报记者 高柏晓 贾鹏博 发自上海")
    assert read_credit(blocks[0], lines) == (["高柏晓", "贾鹏博"], [])


def test_lines_opening_with_the_same_bullet_are_a_list():
    blocks, _ = blocks_of("● 新建改建城市公园绿地二十处\n● 新增城市公共停车泊位一万个\n● 改造提升农贸市场十五个")
    assert [b.kind for b in blocks] == ["listitem"] * 3


def test_a_doubled_headline_is_a_line_of_its_own():
    text = "国东西部扶贫协作典型案例。\n\n四四川川广广安安：：改改革革开开放放风风正正劲劲\n\n位于赣州市南康区的赣州国际陆港货运站。梁颖刚/摄"
    blocks, _ = blocks_of(text)
    assert ("headline", "四川广安：改革开放风正劲") in [(b.kind, b.text) for b in blocks]
    assert [b.kind for b in blocks][-2:] == ["caption", "credit"]


@pytest.mark.parametrize("text", [
    "引不少市民选购，现场设置直播带货区。（陆超光 文/图）",
    "推动区域一体化，共同打造示范样板。（据《人民日报》）",
    "推动区域一体化，共同打造示范样板。（新华社）",
    "推动区域一体化，共同打造示范样板。（记者 张三 通讯员 李四）",
])
def test_closing_credits_in_brackets_are_split_off(text):
    blocks, _ = blocks_of(text)
    assert blocks[-1].kind == "byline" and blocks[-1].text.startswith("（")


def test_a_run_in_title_after_a_closing_credit_opens_a_brief():
    text = ("公园新增健身步道，方便市民锻炼身体，受到广泛欢迎。（王五）\n\n"
            "城市书房开到家门口。第三批10家城市书房近日开放，市民可凭身份证免费借阅图书，开放时间延长至晚上九点。")
    blocks, _ = blocks_of(text)
    assert [(b.kind, b.text) for b in blocks][-2:] == [
        ("headline", "城市书房开到家门口。"),
        ("paragraph", "第三批10家城市书房近日开放，市民可凭身份证免费借阅图书，开放时间延长至晚上九点。")]


@pytest.mark.parametrize("opening, kinds", [
    ("全民健身步道贯通。沿江全民健身步道近日全线贯通，全长约12公里，沿线设置健身驿站6处。", ["headline", "paragraph"]),
    ("变化正在悄然发生。越来越多的企业把研发中心搬到园区，带动上下游配套企业集聚发展。", ["paragraph"]),
])
def test_a_run_in_title_after_text_only_where_its_sentence_restates_it(opening, kinds):
    blocks, _ = blocks_of("公园新增健身步道，方便市民锻炼身体，受到广泛欢迎。\n\n" + opening)
    assert [b.kind for b in blocks][1:] == kinds


@pytest.mark.parametrize("text", [
    "本报记者近日从国网重庆电力公司获悉，今年全市用电负荷创新高，电网运行平稳。",
    "市民可拨打本报热线或发送电子邮件反映问题，相关部门将及时处理，并在三日内答复。",
])
def test_a_sentence_with_本报_and_电_in_it_is_no_dateline(text):
    blocks, _ = blocks_of(text)
    assert [b.kind for b in blocks] in (["paragraph"], ["caption"])  # one block: nothing split off


@pytest.mark.parametrize("role", ["本报特约通讯员", "中国教师报特约通讯员"])
def test_a_role_ending_in_讯员_is_no_dateline(role):
    blocks, _ = blocks_of(f"{role} 潘某\n\n　　春节将至，一位特殊的客人前来走访慰问优秀员工家属。")
    assert [(b.kind, b.text) for b in blocks][0] == ("byline", f"{role} 潘某")


@pytest.mark.parametrize("text", [
    "各项指标均有明显提升，群众满意度持续提高。（见下图）",
    "两地联合举办推介活动，吸引众多企业参与。（北京）",
])
def test_brackets_that_name_nobody_stay_in_the_text(text):
    blocks, _ = blocks_of(text)
    assert "byline" not in [b.kind for b in blocks]


@pytest.mark.parametrize("text", ["记者观察", "摄影爱好者", "实习生招聘"])
def test_a_role_word_before_a_label_is_no_byline(text):
    from generator.archive.classify import is_byline
    assert not is_byline(text, text)


@pytest.mark.parametrize("text, names", [
    ("本报记者 张三 北京报道", ["张三"]),
    ("本报讯 记者白雪报道", ["白雪"]),
    ("本报记者 王五 摄影报道", ["王五"]),
    ("本报讯 谢文艳 马占富 记者 袁小峰报道", ["谢文艳", "马占富", "袁小峰"]),
    ("欧洲时报记者 杨宇 巴黎报道", ["杨宇"]),
    ("本报驻外记者 钟颖 马赛报道", ["钟颖"]),
    ("本报记者 林海 约翰内斯堡报道", ["林海"]),  # a foreign city of five glyphs
    ("本报记者 林海 布宜诺斯艾利斯报道", ["林海"]),  # or seven
    ("南国都市报新媒体记者 钟 颖 通讯员 薛峰文", ["钟颖", "薛峰文"]),
    ("本报讯 邱春晶、方蕾远报道：", ["邱春晶", "方蕾远"]),
    ("广西云-广西日报首席记者 郑桂霞 通讯员 潘勇", ["郑桂霞", "潘勇"]),
    ("记 者   姜 雯 立", ["姜雯立"]),
    ("■每经评论员 姜燕远", ["姜燕远"]),
    ("东城区读者 罗洋涛", ["罗洋涛"]),
    ("通 讯 员   王 进", ["王进"]),
    ("记者高明远、林佳／台中报导", ["高明远", "林佳"]),  # a Taiwan paper: the place after a slash, 报导
    ("【记者高明远／高雄报导】", ["高明远"]),  # in brackets; a place after the slash, though 高 is a surname
    ("【本报记者赵刚东京报道】", ["赵刚"]),  # in brackets, name and place set solid
    ("【本报记者程琳明东京报道】", ["程琳明"]),
    ("【本报记者王阳石家庄报道】", ["王阳"]),  # a place the gazetteer knows
])
def test_where_from_and_报道_are_no_names(text, names):
    blocks, lines = blocks_of(text)
    assert blocks[0].kind == "byline" and read_credit(blocks[0], lines)[0] == names


def test_captions_stacked_above_a_shared_credit():
    text = ("治理成效持续显现，群众满意度不断提升。相关经验已在全市推广，得到广泛认可。\n\n"
            "日前，小朋友在社区书房参加绘本阅读活动。\n\n日前，工人在生产线上加紧赶制订单产品。\n\n本版摄影/本报记者 曾宁娜")
    blocks, _ = blocks_of(text)
    assert [b.kind for b in blocks] == ["paragraph", "caption", "caption", "credit"]


def test_a_byline_after_the_last_sentence_is_split_off():
    blocks, lines = blocks_of("着力打造世界级优质白酒产业集群，带动相关产业发展。  春城晚报记者 汤云")
    assert blocks[-1].kind == "byline" and read_credit(blocks[-1], lines)[0] == ["汤云"]


def test_a_label_and_a_caption_between_two_items_are_captions():
    text = ("两地将持续推进重大项目建设，加快形成一批标志性成果，为双城经济圈建设提供有力支撑。\n\n"
            "成渝中线高铁土红湾特大桥建设现场\n\n嘉陵江利泽航运枢纽工程。\n\n聚焦弱有所扶老有颐养幼有所护残有所助")
    blocks, _ = blocks_of(text)
    assert [b.kind for b in blocks] == ["paragraph", "caption", "caption", "headline"]


@pytest.mark.parametrize("credit", ["（本报记者 王进/图）", "新华社记者 李明 摄"])
def test_a_lone_sentence_beside_a_credited_caption_is_a_caption_of_its_own(credit):
    text = ("两地将持续推进重大项目建设，加快形\n成一批标志性成果，为双城经济圈建设\n提供有力支撑。\n\n"
            "志愿者在社区广场为居民义诊。\n\n日前，市民在滨江步道晨练。今年以来，\n沿江绿道新增健身设施三十余处。\n\n"
            + credit)
    blocks, _ = blocks_of(text)
    assert [b.kind for b in blocks][:2] == ["paragraph", "caption"]


def test_a_line_saying_what_the_picture_shows_is_no_headline():
    text = ("6月8日,市民在滨江绿道骑行,\n\n沿途欣赏江岸风光,不少家庭\n\n结伴出游享受周末时光。\n\n"
            "图为市民在滨江绿道驿站\n\n休息。\n\n本报记者 王进 摄")
    blocks, _ = blocks_of(text)
    assert [b.kind for b in blocks] == ["caption", "caption", "credit"] and blocks[1].text == "图为市民在滨江绿道驿站休息。"


def test_a_wide_caption_line_under_a_credit_over_its_last_line_and_credit_is_no_deck():
    body = "\n".join(["两地将持续推进重大项目建设，加快形成", "一批标志性成果，为双城经济圈建设提供",
                      "有力支撑，相关经验已在全市推广开来。"] * 3)
    text = (body + "\n\n数据来源：市统计局\n\n"
            "周末，市民在滨江绿道驿站休息，不少家庭结伴出游享\n受周末时光。 本报记者 王进\n摄")
    blocks, _ = blocks_of(text)
    assert [b.kind for b in blocks] == ["paragraph", "credit", "caption", "credit"]


@pytest.mark.parametrize("credit", ["通讯员赵军报道：", "邱春晶、方蕾远报道："])
def test_the_colon_after_报道_belongs_to_the_dateline(credit):
    blocks, _ = blocks_of(f"本报讯 {credit}近日，京津冀口岸工作联席会议在河北省唐山市召开。")
    assert [b.kind for b in blocks] == ["byline", "paragraph"] and blocks[1].text.startswith("近日")


@pytest.mark.parametrize("credit", ["（受访者供图）", "　视觉中国/图", " 摄影：叶竹文", "（资料照）"])
def test_a_caption_first_sentence_on_its_own_line_and_its_credit(credit):
    body = "会议强调，要建成一批数字化车间和智能工厂，推动产业升级，打造数字产业集群。" * 3
    text = ("\n".join(body[i:i + 30] for i in range(0, len(body), 30)) + "\n\n"
            "1月28日，养殖工人在海上养殖区进行海带养殖冬季管理。\n"
            "目前，正是当地海带冬管期，养殖工人冒着严寒清理海带筏架覆草。" + credit.replace("（", "\n（"))
    blocks, _ = blocks_of(text)
    assert [b.kind for b in blocks] == ["paragraph", "caption", "credit"]
    assert blocks[1].text.startswith("1月28日") and blocks[2].text == credit.strip()


@pytest.mark.parametrize("end, credit, kind, names", [
    ("产品。 湖北日报全媒记者", "彭强秋 摄", "credit", ["彭强秋"]),
    ("产品。 上证报", "记者 任柏毅 戴柏", "byline", ["任柏毅", "戴柏"]),
])
def test_a_credit_broken_after_its_outlet_or_role(end, credit, kind, names):
    body = "会议强调，要建成一批数字化车间和智能工厂，推动产业升级，打造数字产业集群。" * 3
    text = ("\n".join(body[i:i + 30] for i in range(0, len(body), 30))
            + f"\n\n一季度，该区实现生产总值354.15亿元，同比增长5.3%。图为工人在生\n产特种车{end}\n{credit}\n")
    blocks, lines = blocks_of(text)
    assert blocks[-2].text.endswith("产品。") and blocks[-1].kind == kind
    assert read_credit(blocks[-1], lines)[0] == names


def test_a_closing_credit_broken_inside_a_name():
    blocks, lines = blocks_of("近日，京津冀口岸工作联席会议在河北省唐山市召开，三地签署合作框架协议。（朱鹏\n怡 蔡新）\n")
    assert blocks[-1].kind == "byline" and read_credit(blocks[-1], lines)[0] == ["朱鹏怡", "蔡新"]


def test_a_place_and_its_colon_open_a_broken_title():
    blocks, _ = blocks_of("近日，市图书馆各社区分馆调整开放时间，方便上班族和学生借阅图书。\n\n四川广安：\n改革开放风正劲\n\n"
                          "本报郑州4月10日讯（记者 段辉勇） 初冬时节，四川广安依然如春天般温暖。\n")
    assert [(b.kind, b.text) for b in blocks][1:3] == [("headline", "四川广安："), ("headline", "改革开放风正劲")]


def test_a_letters_column_label_names_no_one():
    blocks, _ = blocks_of("读者来信")
    assert [b.kind for b in blocks] == ["furniture"]


def test_a_bulleted_title_with_the_first_words_of_its_text_after_a_gap():
    blocks, _ = blocks_of("近日，市图书馆各社区分馆调整开放时间，方便上班族和学生借阅图书。（丁刚）\n\n●河道清淤工程完工 经过\n"
                          "两个月施工，城区主要河道清淤工程近日完工，共清理淤泥三万余立方米。\n")
    assert [(b.kind, b.text) for b in blocks][-2:] == [
        ("headline", "●河道清淤工程完工"), ("paragraph", "经过两个月施工，城区主要河道清淤工程近日完工，共清理淤泥三万余立方米。")]


@pytest.mark.parametrize("text, kinds, names", [
    ("本报记者 王𠮷 摄", ["credit"], ["王𠮷"]),        # a name with an ideograph beyond the BMP (U+20BB7)
    ("图为观众参观。 新华社记者 刘䶮 摄", ["caption", "credit"], ["刘䶮"]),  # Extension A (U+4DAE)
    ("（刘䶮）", ["byline"], ["刘䶮"]),
    ("责编 刘䶮", ["furniture"], []),
])
def test_a_name_may_hold_any_han_ideograph(text, kinds, names):
    """Every pattern of the data files reads a name by cjk.CJK (`{han}`), the one definition of a
    Han ideograph, not by the basic block alone: rare characters of names are in the extensions."""
    blocks, lines = blocks_of(text)
    assert [b.kind for b in blocks] == kinds
    assert [name for b in blocks if b.kind in ("byline", "credit") for name in read_credit(b, lines)[0]] == names


def test_a_dateline_broken_before_its_day_names_only_the_reporter():
    blocks, lines = blocks_of("新能源公交车投入运营\n\n湖南日报·新湖南客户端4月27\n日讯（记者 周明远）市公交集团\n"
                              "近日新投放120辆新能源公交车，\n车内配备USB充电接口和无障碍\n设施，新能源公交车占比提升。")
    [byline] = [b for b in blocks if b.kind == "byline"]
    assert read_credit(byline, lines) == (["周明远"], [])


@pytest.mark.parametrize("text", ["成都商报-红星新闻记者 王明 发自上海", "临江日报-临江新闻记者 王明"])
def test_a_paper_and_its_app_joined_by_a_hyphen_are_one_outlet(text):
    blocks, lines = blocks_of(text)
    assert blocks[0].kind == "byline" and read_credit(blocks[0], lines)[0] == ["王明"]


@pytest.mark.parametrize("text, names", [("临江晚报、江声新闻记者 王明 实习生 李华", ["王明", "李华"]),
                                         ("临江晚报、临江客户端记者 王 明", ["王明"])])
def test_a_paper_and_its_app_joined_by_a_dunhao_are_one_outlet(text, names):
    # the paper and its app or site set side by side with a 顿号 before the role sign as one newsroom
    blocks, lines = blocks_of(text)
    assert blocks[0].kind == "byline" and read_credit(blocks[0], lines)[0] == names


@pytest.mark.parametrize("caption, credit, names", [
    ("运动员在决赛中奋力冲刺。 新华社记者 卢", "芳海 摄", ["卢芳海"]),  # a glued credit broken in its name
    ("公园湖面上，游客划船游玩。\n新文化报·彩练新闻记者 钱倩", "浩 摄", ["钱倩浩"]),  # a credit line so broken
    ("运动员在决赛中奋力冲刺。 晨报记者 卢", "芳海/摄", ["卢芳海"]),  # its mark set off by a slash
])
def test_a_picture_credit_broken_inside_a_name(caption, credit, names):
    blocks, lines = blocks_of(f"全国女排联赛\n\n浙江队 3∶0 四川队\n广东队 3∶1 辽宁队\n山东队 3∶1 江苏队\n\n{caption}\n{credit}\n")
    assert blocks[-2].kind == "caption" and blocks[-2].text.endswith("。")
    assert blocks[-1].kind == "credit" and read_credit(blocks[-1], lines)[0] == names


def test_a_credit_broken_after_its_role_across_a_double_spaced_pages_blank_line():
    body = "资阳市委常委、常务副市长李东围绕“四个加快”介绍资阳在推进一体化发展方面的最新情况，共享一体化发展。"
    wrapped = "\n\n".join(body[i:i + 15] for i in range(0, len(body), 15))
    blocks, lines = blocks_of(f"{wrapped}\n\n游客在滨海路栈道上观赏海景。 半岛晨报记者\n\n 孙超 摄\n")
    assert [(b.kind, b.text) for b in blocks[-2:]][0] == ("caption", "游客在滨海路栈道上观赏海景。")
    assert blocks[-1].kind == "credit" and read_credit(blocks[-1], lines)[0] == ["孙超"]


def test_a_credit_broken_after_its_outlet_across_a_double_spaced_pages_blank_line():
    body = "资阳市委常委、常务副市长李东围绕“四个加快”介绍资阳在推进一体化发展方面的最新情况，共享一体化发展。"
    wrapped = "\n\n".join(body[i:i + 15] for i in range(0, len(body), 15))
    blocks, lines = blocks_of(f"{wrapped}\n\n游客在滨海路栈道上观赏海景。 半岛晨报\n\n记者 孙超/摄\n")
    assert [(b.kind, b.text) for b in blocks[-2:]][0] == ("caption", "游客在滨海路栈道上观赏海景。")
    assert blocks[-1].kind == "credit" and read_credit(blocks[-1], lines)[0] == ["孙超"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_desk_editors_credit_on_a_line_of_its_own_goes_on_the_byline_above(gap):
    blocks, lines = blocks_of(f"临江港口吞吐量创新高\n\n每经记者 陈立{gap}每经编辑 王芳\n\n"
                              "今年以来，临江港口货物吞吐量稳步增长，集装箱航线持续加密。")
    assert [b.kind for b in blocks] == ["headline", "byline", "paragraph"]
    assert read_credit(blocks[1], lines)[0] == ["陈立"]


def test_a_dateline_opening_a_text_is_no_byline_beside_a_title_and_its_credit_ends_at_a_gap():
    # 新京报讯 记者 X 通讯员 / Y 福建省…: the unbracketed credit ends where its words do, the text after a gap
    blocks, lines = blocks_of("城乡公交一体化全面铺开\n\n新京报讯 记者 万光华 通讯员 \n汪春 市里近日召开城乡公交一体化推进会，\n"
                              "部署今年的重点任务和工作安排。")
    assert [(b.kind, b.text) for b in blocks[1:]] == [("byline", "新京报讯记者万光华通讯员汪春"),
                                                     ("paragraph", "市里近日召开城乡公交一体化推进会，部署今年的重点任务和工作安排。")]
    assert read_credit(blocks[1], lines)[0] == ["万光华", "汪春"]
    # 本报海东2月25日讯（记者 X 通讯员 / Y）…: a dateline is no title, its bracketed credit no byline beside one
    blocks, lines = blocks_of("城乡公交一体化全面铺开\n\n本报海东2月25 日 讯   （ 记 者  汪宇 通讯员\n 罗立） 春节将至，市里召开城乡公交\n"
                              "一体化推进会，部署今年的重点任务。")
    assert [b.kind for b in blocks[1:]] == ["byline", "paragraph"]
    assert blocks[2].text.startswith("春节将至")
    assert read_credit(blocks[1], lines)[0] == ["汪宇", "罗立"]  # the letter-spaced dateline names no one


def test_a_dateline_in_brackets_is_no_title():
    # 【本报消息】日前，…: how Hong Kong and Macao papers set their dateline; it names no one
    blocks, lines = blocks_of("城乡公交一体化全面铺开\n\n【本报消息】日前，市里召开城乡公交一体化推进会，\n部署今年的重点任务和工作安排。")
    assert [(b.kind, b.text) for b in blocks[1:]] == [("byline", "【本报消息】"),
                                                     ("paragraph", "日前，市里召开城乡公交一体化推进会，部署今年的重点任务和工作安排。")]
    assert read_credit(blocks[1], lines)[0] == []


def test_a_paper_dateline_in_brackets_takes_its_reporter_credit():
    # 【大公报讯】记者X报道：…: a Hong Kong paper's dateline under its own name, its credit glued after it
    blocks, lines = blocks_of("城乡公交一体化全面铺开\n\n【大公报讯】记者贺斌报道：日前，市里召开城乡公交\n一体化推进会，部署今年的重点任务。")
    assert [(b.kind, b.text) for b in blocks[1:]] == [("byline", "【大公报讯】记者贺斌报道："),
                                                     ("paragraph", "日前，市里召开城乡公交一体化推进会，部署今年的重点任务。")]
    assert read_credit(blocks[1], lines)[0] == ["贺斌"]
    blocks, lines = blocks_of("城乡公交一体化全面铺开\n\n【大公报讯】综合报道：日前，市里召开城乡公交\n一体化推进会，部署今年的重点任务。")
    assert [b.kind for b in blocks[1:]] == ["byline", "paragraph"] and read_credit(blocks[1], lines)[0] == []


def test_an_unlisted_paper_dateline_in_brackets_takes_its_reporter_credit():
    # 【临江公报讯】: a paper the gazetteer lacks dates its own pieces in brackets as a listed one does
    blocks, lines = blocks_of("城乡公交一体化全面铺开\n\n【临江公报讯】记者贺斌报道：日前，市里召开城乡公交\n一体化推进会，部署今年的重点任务。")
    assert [(b.kind, b.text) for b in blocks[1:]] == [("byline", "【临江公报讯】记者贺斌报道："),
                                                     ("paragraph", "日前，市里召开城乡公交一体化推进会，部署今年的重点任务。")]
    assert read_credit(blocks[1], lines)[0] == ["贺斌"]


def test_a_run_in_title_opening_a_line_after_a_finished_sentence_opens_its_brief():
    # every line set apart: the text above runs on into the run-in title, which its next sentence restates
    blocks, _ = blocks_of("市里召开城乡公交一体化推进\n\n会，部署今年的重点任务和工\n\n作，要求各区县抓好落实工作。\n\n"
                          "城区公交站亭完成改造。城区\n\n公交站亭改造工程日前完工，\n\n新换站亭一百二十座，方便市\n\n民候车。（王明远）")
    assert [(b.kind, b.text[:12]) for b in blocks] == [("paragraph", "市里召开城乡公交一体化推"), ("headline", "城区公交站亭完成改造。"),
                                                      ("paragraph", "城区公交站亭改造工程日前"), ("byline", "（王明远）")]


def test_a_question_broken_like_a_sentence_over_a_byline_is_the_headline():
    blocks, _ = blocks_of("江城晚报\n2024年10月2日 星期三\nA09 江城新闻\n\n4年9次“串门”\n\n城乡公交网建\n\n设结出哪些硕果？\n\n"
                          "文/视频 本报记者 王明远\n\n6月21日，市里召开城乡公\n\n交一体化推进会，部署今年\n\n的重点任务，要求各区县加\n\n"
                          "快建设城乡公交网络。")
    assert [b.kind for b in blocks[3:]] == ["headline", "headline", "byline", "paragraph"]
    assert blocks[4].text == "城乡公交网建设结出哪些硕果？"


def test_a_dateline_credit_naming_a_correspondent():
    blocks, lines = blocks_of("本报讯 通讯员赵军报道：近日,京津冀口岸工作联席会议在河北省唐山市召开，多方共同签署了合作协议。")
    assert [b.kind for b in blocks] == ["byline", "paragraph"]
    assert read_credit(blocks[0], lines) == (["赵军"], [])  # 本报讯通讯 is no dateline of a place 讯通


def test_a_credit_broken_after_a_role_and_a_surname():
    blocks, lines = blocks_of("本报讯 特约记者韦春英、通讯员雷\n欣琳报道：市公交集团近日新投放120辆新能源公交车，全市新能源公交车占比提升。")
    assert read_credit(blocks[0], lines) == (["韦春英", "雷欣琳"], [])


def test_a_notices_numbered_points_of_one_sentence_are_its_rows():
    blocks, _ = blocks_of("关于部分路段实施交通管制的通告\n因道路改造施工需要，将对部分路段实施交\n通管制，现通告如下：\n"
                          "一、管制时间：3月10日至4月8日。\n二、管制路段：某某路与某某大道交叉口至\n某某桥段。\n"
                          "三、管制期间，过往车辆请按照指示标志绕\n行。\n由此带来的不便，敬请谅解。")
    assert [b.kind for b in blocks] == ["headline", "paragraph", "listitem", "listitem", "listitem", "paragraph"]


def test_two_rows_each_opening_with_its_term_under_a_colon_are_the_notices_list():
    blocks, _ = blocks_of("停水通知\n\n\u3000\u3000因管网改造施工，将对部分区域暂停\n供水，具体安排如下：\n\n"
                          "\u3000\u3000停水时间：5月9日8:00至18:00\n停水范围：城东街道某某社区\n"
                          "\u3000\u3000请用户提前做好储水准备，敬请谅解。")
    assert [b.kind for b in blocks] == ["headline", "paragraph", "listitem", "listitem", "paragraph"]


def test_a_name_lists_rows_of_cells_are_lines_of_their_own():
    blocks, _ = blocks_of("2024年上半年慈溪市优秀志愿者拟表彰名单公示\n\n根据志愿服务时长和服务成效，经\n推荐和审核，拟对以下同志予以表\n"
                          "彰，现予公示：\n\n覃颖（坎墩街道）  蔡洋超（浒山街道）\n严琳（附海镇）  吴锋（掌起镇）\n何斌（长河镇）  叶蕾超（龙山镇）\n\n"
                          "公示期为10月18日至10月24日，公示期间如有异议，可通过电话反映。")
    assert [b.kind for b in blocks] == ["headline", "paragraph", "listitem", "listitem", "listitem", "paragraph"]


def test_a_timetables_rows_open_with_their_train_numbers():
    blocks, _ = blocks_of("■列车运行图调整\n\n10月21日起部分旅客列车调整\n\nG6378次 杭州东—南京南 11:1\n\n5开\n\n"
                          "G3318次 北京南—上海虹桥 15:\n\n30开\n\nG5471次 广州南—长沙南 08:3\n\n0开 周末开行\n")
    assert [b.kind for b in blocks] == ["headline", "headline", "listitem", "listitem", "listitem"]


@pytest.mark.parametrize("text, name", [
    ("临江观察报 记者 赵英明 成都报道", "赵英明"),  # an unlisted paper set off from its reporter by a space
    ("临江晚报讯 记者 万光华", "万光华"),  # its own dateline, unbracketed
])
def test_an_unlisted_papers_byline(text, name):
    blocks, lines = blocks_of(f"城乡公交一体化全面铺开\n\n{text}\n\n日前，市里召开城乡公交一体化推进会，部署今年的重点任务。")
    assert blocks[1].kind == "byline" and read_credit(blocks[1], lines)[0] == [name]


def test_a_title_run_in_before_its_own_dateline_is_no_paper_name():
    # 河道清淤工程完工 本报讯: the words before 本报讯 are the brief's title, not an unlisted paper's name
    blocks, _ = blocks_of("城乡公交一体化全面铺开\n\n　　★河道清淤工程完工 本报讯 经过两个月施工，\n城区主要河道清淤工程近日完工，"
                          "共清理淤泥三万余立\n方米。")
    assert [(b.kind, b.text) for b in blocks[1:3]] == [("headline", "★河道清淤工程完工"), ("byline", "本报讯")]


# A reprint closed by where it was taken from, a digest's or a supplement's way: a credit naming no
# one, or, with the writer's name after the title, the piece's signature.
@pytest.mark.parametrize("text, kinds, names", [
    ("园区首期规划面积12平方公里，计划引进项目50个，总投资超过200亿元。（摘自《今晚报》）", ["paragraph", "credit"], []),
    ("园区首期规划面积12平方公里，计划引进项目50个，总投资超过200亿元。（摘自《新民晚报》周远光）", ["paragraph", "byline"], ["周远光"]),
    ("园区首期规划面积12平方公里，计划引进项目50个，总投资超过200亿元。（摘\n自《今晚报》 周 远 光）", ["paragraph", "byline"], ["周远光"]),
    ("（选自《读者》）", ["credit"], []),
])
def test_a_reprint_credit_closes_its_piece(text, kinds, names):
    blocks, lines = blocks_of(text)
    assert [b.kind for b in blocks] == kinds
    assert read_credit(blocks[-1], lines)[0] == names


def test_a_jump_line_broken_between_its_pages_letter_and_number_ends_the_text():
    blocks, _ = blocks_of("临江港口货物吞吐量稳步增长，集装箱航线持续加密，港口\n服务能力进一步提升。（下转A\n08版）\n")
    assert [b.kind for b in blocks] == ["paragraph", "jump"]
    assert blocks[0].text.endswith("提升。")


TEXT = "\n\n近日，全市召开乡村振兴工作推进会，部署下一阶段的重点任务。"


@pytest.mark.parametrize("byline, names", [
    ("华夏时报（www.example.net.cn）记者 郭立新 上海报道", ["郭立新"]),  # the paper's site after its name
    ("临江观察报记者 韩晓梅（hxm@example.cn）", ["韩晓梅"]),  # the reporter's address after the name
])
def test_an_address_in_brackets_inside_a_byline_names_no_one(byline, names):
    blocks, lines = blocks_of(f"城乡公交一体化全面铺开\n\n{byline}{TEXT}")
    assert blocks[1].kind == "byline" and read_credit(blocks[1], lines)[0] == names


@pytest.mark.parametrize("signature, names", [
    ("方 刚 贺璐娟", ["方刚", "贺璐娟"]),  # letter-spaced, one name of two glyphs
    ("■ 邱立涵（某大学经济学院）", ["邱立涵"]),  # a mark before, the writer's school after
    ("顾立晓（中共某省委党校（某行政学院））", ["顾立晓"]),
    ("邹立新（某某大学教授）", ["邹立新"]),  # the writer's post after the school
    ("韦晓东（某某研究院高级工程师）", ["韦晓东"]),
    ("庞海燕（某某市作家协会副会长）", ["庞海燕"]),
    ("沙立群（某某县农技推广站）", ["沙立群"]),  # the station the writer works at
    ("祁海林（中铁某某局）", ["祁海林"]),  # the company
])
def test_bare_names_under_a_title_sign_it(signature, names):
    blocks, lines = blocks_of(f"协同创新开新局\n八市齐力谱新篇\n\n{signature}{TEXT}")
    assert [b.kind for b in blocks] == ["headline", "headline", "byline", "paragraph"]
    assert read_credit(blocks[2], lines)[0] == names


def test_four_glyphs_set_apart_under_a_title_are_no_signature():
    blocks, _ = blocks_of(f"协同创新开新局\n\n金 秋 时 节{TEXT}")
    assert blocks[1].kind == "headline"


def test_a_name_and_its_baodao_holding_a_papers_name_is_read_whole():
    # 黄晶报道 holds 晶报, a paper of the gazetteer: the name is read before the outlets go
    blocks, lines = blocks_of("本报讯 记者黄晶报道 春节将至，在甘肃康乐县苏集镇等乡镇，一些外出务工人员家里来了客人。")
    assert blocks[0].kind == "byline" and read_credit(blocks[0], lines)[0] == ["黄晶"]


@pytest.mark.parametrize("byline, names", [
    ("作者/范燕艳", ["范燕艳"]),
    ("本报讯（通讯 员   叶 立 ）", ["叶立"]),  # a stray space inside the role
])
def test_a_role_with_a_slash_or_a_stray_space_inside(byline, names):
    blocks, lines = blocks_of(f"城乡公交一体化全面铺开\n\n{byline}{TEXT}")
    assert blocks[1].kind == "byline" and read_credit(blocks[1], lines)[0] == names


def test_a_stray_space_before_a_names_last_glyph_and_a_wide_gap_after_it():
    blocks, lines = blocks_of(f"城乡公交一体化全面铺开\n\n本报讯（记者 贾英 阳   通 讯 员  韦欣）{TEXT}")
    assert blocks[1].kind == "byline" and read_credit(blocks[1], lines)[0] == ["贾英阳", "韦欣"]


@pytest.mark.parametrize("byline, names", [
    ("临江新闻客户端记者 王萍", ["王萍"]),  # a news app named whole: 江 is no part of the name
])
def test_outlets_named_whole(byline, names):
    blocks, lines = blocks_of(f"城乡公交一体化全面铺开\n\n{byline}{TEXT}")
    assert blocks[1].kind == "byline" and read_credit(blocks[1], lines)[0] == names


def test_a_box_label_signs_nothing():
    blocks, _ = blocks_of("■相关名词\n\n东西部协作：东部地区与西部地区结对，在产业、人才等方面开展合作的一种帮扶机制。")
    assert blocks[0].kind != "byline"


@pytest.mark.parametrize("raw, names", [
    ("李 涛 曾 婷   韦博", ["李涛", "曾婷", "韦博"]),  # two names of two, letter-spaced one gap apart
    ("欧 阳 晓 娟", ["欧阳晓娟"]),  # a compound surname: one name
])
def test_names_letter_spaced_one_gap_apart(raw, names):
    assert names_from(raw) == names


@pytest.mark.parametrize("text, names", [
    ("…经济高质量发展。（ 曾 红 静  \n\n韦琪瑶）", ["曾红静", "韦琪瑶"]),  # a letter-spaced name ends the line whole
    ("本报讯 记者冯雪瑶、通讯员叶俊\n\n浩报道：近年来，广西钦州市通过加大财政投入，推进金融服务下乡。",
     ["冯雪瑶", "叶俊浩"]),  # a name broken before its last glyph and 报道
])
def test_names_across_a_line_break(text, names):
    blocks, lines = blocks_of(text)
    credit = next(b for b in blocks if b.kind == "byline")
    assert read_credit(credit, lines)[0] == names


def test_a_byline_broken_inside_a_name_though_its_first_line_reads_whole():
    # 郭光 杜 reads as 郭光杜, but 敏萍 实习生 高海强 is no byline alone: the line breaks 杜敏萍
    blocks, lines = blocks_of(f"临江晚报记者 郭光 杜\n\n敏萍 实习生 高海强{TEXT}")
    assert [b.kind for b in blocks] == ["byline", "paragraph"]
    assert read_credit(blocks[0], lines)[0] == ["郭光", "杜敏萍", "高海强"]


def test_a_photographers_role_in_a_byline_names_the_pictures_taker(tmp_path):
    from generator.speed.run import build_folder
    (tmp_path / "page.txt").write_text(f"四川广安：改革开放风正劲\n\n临江商报记者 程晶佳 摄影记者 宋松梅{TEXT}\n",
                                       encoding="utf-8")
    item = build_folder(tmp_path)[0].page.items[0]
    assert (list(item.authors), list(item.photographers)) == (["程晶佳"], ["宋松梅"])


def test_a_desk_editor_on_a_line_of_their_own_under_the_byline_ends_it():
    blocks, lines = blocks_of(f"四川广安：改革开放风正劲\n\n临江记者 田刚 实习记者 范华晶\n\n临江编辑 潘宁{TEXT}")
    assert [b.kind for b in blocks] == ["headline", "byline", "paragraph"]
    assert read_credit(blocks[1], lines)[0] == ["田刚", "范华晶"]


@pytest.mark.parametrize("text, name", [
    ("文明养犬\n\n出门遛狗请牵好绳，及时清理粪便。\n\n漫画/苏杰", "苏杰"),  # a cartoon's artist
    ("法律知识进村来\n\n法官在村委会向村民讲解法律知识。\n\n临江晚报记者 卢建/图", "卢建"),  # outlet, role, name, /图
    ("端午龙舟赛临近，各支龙舟队开展赛前集训。\n\n（郝竹磊）\n\n全民健身月开幕式上，市民展示健身气功。\n\n（图/戴杰俊）",
     "戴杰俊"),
])
def test_a_picture_credit_makes_the_line_above_a_caption(text, name):
    blocks, lines = blocks_of(text)
    assert [b.kind for b in blocks[-2:]] == ["caption", "credit"]
    assert read_credit(blocks[-1], lines)[0] == [name]


def test_a_bare_name_between_a_text_and_a_dated_caption_signs_the_text():
    blocks, _ = blocks_of("各地在试点中摸索出不少好的做法。好的做法贵在坚持，也贵在推广，\n只有不断总结经验、补齐短板，才能让改革成果"
                          "惠及更多人。\n\n谢立梅\n\n"
                          "1月27日，在某古城，民间艺人正在表演非遗项目。\n\n图片来源：视觉中国")
    assert [b.kind for b in blocks[-4:]] == ["paragraph", "byline", "caption", "credit"]


@pytest.mark.parametrize("credit, names", [
    ("法新社", []),  # a foreign wire's name alone
    ("（资料图）", []),  # an archive mark
    ("（临江晚报资料图）", []),  # a paper's own archive
])
def test_an_agency_or_archive_mark_alone_credits_the_picture_above(credit, names):
    blocks, lines = blocks_of(f"港口码头上，集装箱吊装作业繁忙有序。\n\n{credit}")
    assert [b.kind for b in blocks] == ["caption", "credit"]
    assert read_credit(blocks[1], lines)[0] == names


def test_a_picture_mark_with_a_bar_glued_after_a_caption_credits_it():
    blocks, lines = blocks_of("港口码头上，集装箱吊装作业繁忙有序，货物进出井然。 图｜覃洋亮")
    assert [b.kind for b in blocks] == ["caption", "credit"]
    assert read_credit(blocks[1], lines)[0] == ["覃洋亮"]


def test_a_notice_closing_on_its_phone_is_signed_by_its_issuer_and_date():
    blocks, _ = blocks_of("关于供热管网注水试运行的公告\n\n为确保新供暖季按时供热，我公司将对\n城区供热管网进行注水试运行，现将有\n"
                          "关事项公告如下：\n\n如有异议，请以书面形式反映。联系电话：0\n991-64039691\n\n某某热力有限公司\n2024年5月11日")
    assert [b.kind for b in blocks][-2:] == ["paragraph", "byline"]
    assert blocks[-1].text == "某某热力有限公司 2024年5月11日"


def test_a_fact_boxs_label_heads_its_rows_under_a_headline_printed_after_its_text():
    # 城区新增一批共享充电桩 closes the story above; 小知识 / 天文小知识 head the box's circled rows
    blocks, _ = blocks_of("能源车主出行更加方便。\n\n城区新增一批共享充电桩\n\n小知识\n\n天文小知识\n\n①月亮本身不会发光\n\n"
                          "②金星是离地球最近的行星\n\n③流星是划过大气层的尘埃\n")
    assert [b.kind for b in blocks][-3:] == ["listitem"] * 3


@pytest.mark.parametrize("label", ["■安全提示", "■周末提示"])
def test_a_bulleted_box_label_ending_in_its_kind_is_no_lone_name(label):
    # what the box is about, then the kind of box (提示, 小贴士): no given name ends so, though 安 and 周 open names
    blocks, _ = blocks_of(f"{label}\n\n雨天出行安全\n\n①出门前查看路况，预留时间\n\n②路面湿滑时放慢车速\n\n③尽量乘坐公共交通\n")
    assert [b.kind for b in blocks] == ["headline", "headline", "listitem", "listitem", "listitem"]


def test_a_picture_credit_broken_after_its_first_character_closes_the_caption():
    # …作业。受 / 访者供图: the rest alone would read as a name (访者) and its 供图
    blocks, lines = blocks_of("工人在海上养殖区清理筏架，开展冬季管护。受\n访者供图")
    assert [(b.kind, b.text) for b in blocks] == [("caption", "工人在海上养殖区清理筏架，开展冬季管护。"), ("credit", "受访者供图")]
    assert read_credit(blocks[1], lines)[0] == []


@pytest.mark.parametrize("rows", [
    "一、社区食堂全年开放，老人就餐享八折优惠。\n二、上门助浴服务扩至全区，预约即可。\n三、日间照料中心新增床位二百张。",
    "◆社区食堂全年开放，老人就餐享八折优惠。\n◆上门助浴服务扩至全区，预约即可。\n◆日间照料中心新增床位二百张。",
])
def test_a_bracketed_column_label_over_rows_labels_a_box(rows):
    blocks, _ = blocks_of(f"【政策速览】\n{rows}")
    assert [b.kind for b in blocks] == ["headline", "listitem", "listitem", "listitem"]


@pytest.mark.parametrize("text", ["江蕊松/制图", "本报 江蕊松/制图", "江蕊松／绘图"])
def test_a_graphics_credit_after_its_name_is_a_credit(text):
    blocks, _ = blocks_of(text)
    assert [b.kind for b in blocks] == ["credit"]


@pytest.mark.parametrize("title", ["", "本周预警信息\n\n"])
def test_rows_of_two_cells_under_a_marked_label_are_a_boxs_rows(title):
    """■预警发布 / 暴雨黄色预警 某某省东南部 / …: three lines of two short cells under a marked label (and its
    title) are the box's rows; the same lines under a plain headline stay headlines."""
    rows = "暴雨黄色预警 某某省东南部\n森林火险预警 某某林区\n大风蓝色预警 某某沿海\n"
    blocks, _ = blocks_of(f"■预警发布\n\n{title}{rows}")
    assert [b.kind for b in blocks][-3:] == ["listitem"] * 3
    assert [b.kind for b in blocks_of(f"预警发布\n\n{rows}")[0]][-3:] != ["listitem"] * 3


@pytest.mark.parametrize("label", ["【今日行情】\n\n", "今日行情\n\n北马收购价\n\n"])
def test_rows_of_two_cells_a_blank_line_apart_under_a_label_are_a_boxs_rows(label):
    """【今日行情】 / / 黑刺 79元/公斤 / / …, or a plain label and its title over them: rows of two short cells
    set evenly a blank line apart are the box's rows (a time's colon in a cell too), and the headline
    under them heads the next item."""
    rows = "黑刺 79元/公斤\n\n红虾 29元/公斤\n\n末班车 延长至23:30\n\n"
    blocks, _ = blocks_of(f"{label}{rows}城区新增一批公共自行车\n\n　　近日，城区新增一批公共自行车站点，方便市民短途出行。\n")
    assert [b.kind for b in blocks][-5:] == ["listitem"] * 3 + ["headline", "paragraph"]


@pytest.mark.parametrize("label", ["军营小贴士\n\n", "■学习小妙招\n\n期末复习这样做\n\n"])
def test_numbered_rows_under_a_box_label_under_a_headline_stack_are_a_boxs_rows(label):
    """A story's headline printed under its text, then a box's label (军营小贴士, or a marked label and
    its title) over short numbered rows: the rows are the box's, not headlines stacked on the story's."""
    text = ("　　近日，城区新增一批公共自行车站点，方便市民短途出行。\n　　市民纷纷点赞。\n\n城区新增一批公共自行车\n\n"
            "——方便市民短途出行\n\n" + label + "①训练前后及时补充淡盐水\n\n②出现头晕乏力立即报告\n\n"
            "③中午高温时段调整训练内容\n\n我国将培训一批海外人才\n\n　　近日在某地召开的会议上，有关部门介绍了培训计划。\n")
    blocks, _ = blocks_of(text)
    assert [b.kind for b in blocks][-5:] == ["listitem"] * 3 + ["headline", "paragraph"]


@pytest.mark.parametrize("byline, authors, photographers", [
    ("报导：杜文静", ["杜文静"], []),  # an overseas paper's 报导, the word as Taiwan and Malaysia spell it
    ("报导／摄影：孟明远", ["孟明远"], ["孟明远"]),  # one person reported and photographed
    ("采写/摄影：孟明远", ["孟明远"], ["孟明远"]),
])
def test_a_reporting_mark_over_a_photographers_signs_both(tmp_path, byline, authors, photographers):
    from generator.speed.run import build_folder
    (tmp_path / "page.txt").write_text(f"四川广安：改革开放风正劲\n\n{byline}{TEXT}\n", encoding="utf-8")
    item = build_folder(tmp_path)[0].page.items[0]
    assert (item.title, list(item.authors), list(item.photographers)) == ("四川广安：改革开放风正劲", authors, photographers)


@pytest.mark.parametrize("bullet", ["·", "●"])
def test_a_list_line_of_one_phrase_over_a_dateline_is_the_briefs_title(bullet):
    blocks, _ = blocks_of(f"乡镇传真\n\n{bullet}乡村图书流动站送书上门\n\n本报讯（记者 林晓梅 通讯员 王进）\n\n"
                       "近日，县图书馆的流动图书车开进山区村，\n为村民送去图书五百余册。\n")
    assert [b.kind for b in blocks][1:3] == ["headline", "byline"]


def test_list_lines_with_clauses_over_a_dateline_stay_rows():
    blocks, _ = blocks_of("· 新建城市公园绿地二十处，改造提升十处\n本报讯（记者 林晓梅）近日，一批新公园开放。\n")
    assert blocks[0].kind == "listitem"


def test_a_lone_list_line_between_two_texts_is_the_lower_ones_title():
    blocks, _ = blocks_of("近日，县图书馆的流动图书车开进山区村，\n为村民送去图书五百余册。\n"
                          "·外出务工人员家属获慰问\n春节将至，一些外出务工人员家里来了\n特殊的客人，企业前来走访慰问。\n")
    assert [b.kind for b in blocks] == ["paragraph", "headline", "paragraph"]


def test_a_lone_list_line_under_a_texts_closing_credit_is_the_next_ones_title():
    # …五百余册。（城关镇 林晓梅）: the credit in brackets closes the brief above as a full stop does
    blocks, _ = blocks_of("近日，县图书馆的流动图书车开进山区村，\n为村民送去图书五百余册。（城关镇 林晓梅）\n\n"
                          "·外出务工人员家属获慰问\n　　春节将至，一些外出务工人员家里来了\n特殊的客人，企业前来走访慰问。\n")
    assert [b.kind for b in blocks] == ["paragraph", "byline", "headline", "paragraph"]


def test_a_list_line_under_a_bracketed_dateline_is_no_title():
    # （怡保讯）: a dateline in brackets opens a text, it closes none, so the list line under it titles nothing
    blocks, _ = blocks_of("（怡保讯）\n·外出务工人员家属获慰问\n　　春节将至，一些外出务工人员家里来了\n"
                          "特殊的客人，企业前来走访慰问。\n")
    assert [b.kind for b in blocks] == ["byline", "listitem", "paragraph"]


def test_list_lines_under_a_colon_stay_rows():
    blocks, _ = blocks_of("今年将办好三件实事：\n·新建城市公园绿地二十处\n·新增停车泊位一万个\n"
                          "近日，相关部门已完成前期准备工作。\n")
    assert [b.kind for b in blocks][1:3] == ["listitem", "listitem"]


@pytest.mark.parametrize("line, signer", [("某某医院皮肤科主任医师 孔静", "孔静"), ("某某律师事务所律师 孔静", "孔静"),
                                          ("某某县农业技术推广中心农艺师 孔静", "孔静"), ("某某医院皮肤科主任医师", None),
                                          ("孔静", None)])
def test_an_experts_signature_is_one_form_read_under_a_title_and_under_a_finished_text(line, signer):
    """The unit, the professional title and the name: layout.yml states the form once, and the signature
    under a question column and the one closing a finished text read the same signer from it."""
    assert "{expert_signature}" in LAYOUT["closing_signature"] and "{expert_title}" not in LAYOUT["closing_signature"]
    alone, closing = EXPERT_SIGNATURE.match(line), CLOSING_SIGNATURE.match(line)
    assert (alone and alone.group("names")) == signer
    assert (closing and next(name for name in closing.groups() if name)) == signer


@pytest.mark.parametrize("text, reply", [("帮办结果：公交公司回复，雨棚下周修好。", True), ("早报帮办：记者联系了街道。", True),
                                         ("晚报帮办", False), ("■晚报帮办", False)])
def test_a_help_desks_reply_label_takes_its_colon(text, reply):
    # 帮办结果：… answers a reader's letter; 晚报帮办 alone on its line names the help column over the letters
    from generator.archive.classify import REPLY_LABEL
    assert bool(REPLY_LABEL.match(text)) is reply
