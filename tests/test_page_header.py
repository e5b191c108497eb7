"""Page furniture and the page's own header (generator/archive/furniture.py), on lines and pages written
for these tests."""
import pytest
import yaml

from generator.archive.datafiles import DATA
from generator.archive.furniture import (ROLES, Header, byline_paper, line_role, newspaper_names, page_header, paper_of,
    papers, parse)

ROLE_CASES = [
    # masthead: a gazetteer name alone, letter-spaced, or with date and page words
    ("人民日报", "masthead"),
    ("重 庆 日 报", "masthead"),
    ("光明日报 2024年6月22日 第5版", "masthead"),
    ("人民日报海外版", "masthead"),
    ("GUANGMING DAILY", "masthead_english"),
    ("SICHUAN  DAILY", "masthead_english"),
    ("中共四川省委机关报", "organ"),
    ("重庆日报社出版", "organ"),
    ("今日出纸七叠", "serial"),  # a Hong Kong or Macao paper's sections today
    ("军内统一刊号 军 0000", "serial"),  # an army paper's number in the army's register
    ("第10577号 今日出纸8版", "serial"),  # a Macao paper's count of its pages
    ("今日出纸七叠 澳门日报社出版", "masthead"),  # the publisher after other header parts
    ("今日出纸四叠 零售价十元", "serial"),  # the sections and the copy's price, in Chinese numerals
    ("第17683号 售价1美元", "serial"),  # an American Chinese paper's issue and its price in dollars
    ("第2046号 今日6版 零售价75美分", "serial"),  # and its price in cents
    ("第1501期 定价300日元", "serial"),  # a weekly of Japan's issue and its price in yen
    ("1902年6月17日创刊", "serial"),  # the day the paper was founded, under its masthead
    ("创刊于1948年", "serial"),
    ("创刊于1949年 第12345期", "serial"),  # beside other header parts
    ("第19期（总第1458期） 本期24版", "serial"),  # the year's issue number, however small, before the running count
    ("国内统一连续出版物号 CN 62-0000/(G)", "serial"),  # a school's paper sets its class letter in brackets
    ("周报编辑部 电话：010-12345678 投稿邮箱：tougao@example.cn", "contact"),  # a desk set off before its phone
    ("第12345号 今日12版 零售价新台币20元", "serial"),  # the copy's price in a currency the paper names
    ("第12345号 售价 RM2.00", "serial"),  # an overseas paper's price in its currency's sign
    ("第6789期 法国版 售价 1.80 €", "serial"),  # and the country its edition is printed for
    ("佛历2567年 第30510号 每份20泰铢", "serial"),  # a Thai paper's Buddhist-era year, its price in baht
    ("第38776号 槟城出版 售价马币1令吉50仙", "serial"),  # the city an issue comes out in, a price in ringgit and sen
    ("第6719期 今日16版 内部发行", "serial"),  # a county paper's mark of internal circulation
    ("每周二、五出版 零售价2元", "serial"),  # the days the paper comes out, and its price
    ("中华民国113年6月22日", "dateline"),  # a Taiwan paper's date in the years of the Republic
    ("本报所载信息仅供参考 据此入市风险自担", "contact"),  # a securities paper's warning under every page
    ("股市有风险 投资需谨慎", "contact"),
    ("扫码睇大公网", "promo"),  # a Hong Kong paper's call to scan, in Cantonese
    ("文化和旅游部主管 中国旅游报社主办", "organ"),  # the body over the paper, and its publisher
    ("爆料热线：0931-85012231 广告热线：0931-80372956", "contact"),  # an evening paper's tip line
    ("编辑：尹亮帆 美术：孙磊璐", "editor"),  # a Hong Kong or Macao page's art editor
    ("读者来信：amrb@example.cn", "contact"),
    ("报料微信：某某临江", "contact"),  # a tip line by the paper's social account
    ("晚报报料微信：某某临江", "contact"),
    ("主办：重庆日报报业集团", "organ"),
    ("2024年6月22日 星期六", "dateline"),
    ("2024年6月22日", "dateline"),
    ("2024年6月22日 周六", "dateline"),
    ("农历甲辰年五月十七", "dateline"),
    ("甲辰年五月十七", "dateline"),
    ("2024.06.22", "dateline"),
    ("二〇二四年六月二十二日 星期六", "dateline"),
    ("2024年6月22日 星期六 农历甲辰年五月十七", "dateline"),
    ("国内统一连续出版物号 CN50-0001", "serial"),
    ("邮发代号 77-1", "serial"),
    ("第12345期", "serial"),
    ("今日12版", "serial"),
    ("总第25678号", "serial"),
    ("准印证号：浙E（K）3130 第3799期 今日12版", "serial"),
    ("内部资料准印证号：（粤O）L0150018号", "serial"),
    ("第6161期 准印证号：粤内登字E第10045号", "serial"),
    ("第1787期 甘内资准字 588号", "serial"),
    # a permit whose number the page withholds, and a free paper's mark of how it circulates
    ("内部资料 鲁内资准字0123号 免费赠阅", "serial"),
    # the place an issue comes out in before the paper's phone (a Paris daily), and a tip line's 请拨
    ("巴黎出版 电话：(33) 1 4000 9121", "serial"),
    ("下载“上海松江”客户端 新闻线索请拨 021-76846817", "promo"),
    ("临江市连续性内部资料准印证（K）第0237号", "serial"),
    ("临江省连续性内部资料准印证（D）字第0000号", "serial"),  # its register letter before 字
    ("A3要闻", "page_header"),
    ("A03 | 要闻", "page_header"),
    ("第02版：经济", "page_header"),
    ("04 | 综合", "page_header"),
    ("今日12版 A01 要闻", "page_header"),
    ("要闻·时政", "page_header"),
    ("A3 成渝双城经济圈", "page_header"),
    ("2", "page_header"),
    ("A2", "page_header"),
    ("02", "page_header"),
    ("第五版", "page_header"),
    ("责编 张三", "editor"),
    ("责任编辑：王五 ③2", "editor"),
    ("本版编辑：王五 小编热线：010-12345678", "editor"),  # a children's paper's line to its editor
    ("美编 李四 校对 赵六", "editor"),
    ("责编 张三 美编 李四 责校 赵六", "editor"),  # 责校: the proofreader in charge
    ("编辑 刘小明 视觉 陈 进", "editor"),
    ("本版编辑 张三", "editor"),
    # any role may be said of the page, whether or not the list names it so
    ("本版校对：王某", "editor"),
    # a service line the paper keeps for its readers beside the page's proofreader
    ("法律咨询热线：025-78150550 本版校对 付某", "editor"),
    ("本版制版 李四", "editor"),
    ("③②", "editor"),
    ("新闻热线：023-63900000", "contact"),
    ("订阅电话 023-12345678", "contact"),
    ("邮编：400000", "contact"),
    ("地址：重庆市某区某某大道100号", "contact"),
    ("广告经营许可证：渝工商广字第001号", "contact"),
    ("印刷：某某印务有限公司", "contact"),
    ("零售价：1.50元", "contact"),
    ("读者服务专线：02-12345678", "contact"),  # a service line
    ("订报专线：+1-12345678", "contact"),  # the line to subscribe on, an overseas number
    ("临江新闻网 linjiang.example.com", "contact"),  # the paper's news site by its name and address
    ("每月30元", "contact"),
    ("本报社址：北京某某路2号 邮政编码：100000 电话查询", "contact"),
    ("零售价格：每份1.50元", "contact"),
    # an overseas paper's price in its own currency, figures or Chinese numerals
    ("零售价 港币十元", "contact"),
    ("零售价 RM1.80", "contact"),
    ("本报社址：北京某某路2号 邮政编码：100000 电话查询服务台：（010）12345678", "contact"),
    ("光明日报社出版 订阅热线：010-12345678", "contact"),
    ("扫一扫", "promo"),
    ("手机扫一扫 体验更多精彩", "promo"),
    ("扫码看视频", "promo"),
    ("扫码加入临江晚报读者群", "promo"),  # a call to join the paper's readers' group
    ("下载新重庆客户端", "promo"),
    ("关注重庆日报微信公众号", "promo"),
    ("更多内容请登录客户端", "promo"),
    ("广告", "advert"),
    ("公益广告", "advert"),
]

NOT_FURNITURE = [
    "6月3日至5日，第五届论坛在重庆举行。",
    "记者从重庆日报获悉",
    "记者从重庆日报获悉，该项目已开工",
    "重庆日报社举办读者开放日",
    "重庆日报记者 唐琴",
    "要闻",  # a bare label: the segmenter decides by context
    "经济",
    "简讯",
    "综合新闻",
    "星期六",  # a piece of a date line, joined only by page_header
    "2024年6月",
    "2024年6月22日，全市召开动员大会",
    "截至2024年6月22日，全市已建成基站",
    "3家企业",
    "A4纸张",
    "C919大飞机",
    "第3期培训班",
    "2024",
    "100",
    "1.5",
    "编辑部近日收到读者来信",
    "电话咨询了解到相关情况",
    "地址在重庆市渝北区",
    "零售价格持续上涨",
    "扫码进入小程序即可预约",
    "市民扫码即可",
    "扫黑除恶专项斗争",
    "关注民生",
    "下载量突破100万次",
    "广告牌",
    "电话查询结果显示",
    "拨打热线电话12345",
    "读者服务",
    "中国日报网消息称",
    "光明日报刊发评论员文章。",
    ":00 柳江区某某工业园",  # the minutes of 8:00—16 / :00 …, a time broken at its colon
    "临江日报：企业在其中发挥了",  # a question the paper puts in an interview, broken at the line's end
    "人民日报：您怎样看待这",
    "",
    "   ",
]


@pytest.mark.parametrize("text,role", ROLE_CASES)
def test_line_role(text, role):
    assert role in ROLES
    assert line_role(text) == role


@pytest.mark.parametrize("text", NOT_FURNITURE)
def test_not_furniture(text):
    assert line_role(text) is None


def test_gazetteer():
    data = yaml.safe_load((DATA / "newspapers.yml").read_text(encoding="utf-8"))
    assert data["cues"]["新重庆-重庆日报"] == "重庆日报"  # the byline cues are kept
    entries = papers()
    assert len(entries) >= 250
    assert {p.level for p in entries} == {"national", "provincial", "city", "metro", "campus", "overseas"}
    names = [p.name for p in entries]
    assert len(names) == len(set(names))
    for name in ("人民日报", "光明日报", "解放军报", "21世纪经济报道", "新疆日报", "四川日报", "成都日报",
                 "万州时报", "新民晚报", "华西都市报", "南方都市报"):
        assert name in names
    sichuan = next(p for p in entries if p.name == "四川日报")
    assert (sichuan.english, sichuan.organ, sichuan.region, sichuan.level) == \
        ("SICHUAN DAILY", "中共四川省委机关报", "四川", "provincial")
    provincial = {p.region for p in entries if p.level == "provincial"}
    assert len(provincial) >= 31


@pytest.mark.parametrize("name, region, level", [
    ("番禺日报", "广东", "city"), ("崇明报", "上海", "city"), ("战斗报", "新疆", "national"),
    ("中国医学论坛报", "北京", "national"), ("欧华报", "西班牙", "overseas"), ("高棉日报", "柬埔寨", "overseas")])
def test_gazetteer_holds_district_sector_military_and_overseas_papers(name, region, level):
    entry = next((p for p in papers() if p.name == name), None)
    assert entry is not None and (entry.region, entry.level) == (region, level)


def test_newspaper_names_longest_first():
    names = newspaper_names()
    assert names.index("人民日报海外版") < names.index("人民日报")
    assert "法制日报" in names  # an alias
    assert [len(n) for n in names] == sorted((len(n) for n in names), reverse=True)


def test_a_papers_two_character_name_is_read_beside_its_date_and_inside_a_longer_name():
    assert page_header(["A2 纽约新闻", "侨报 2024年7月8日 星期一", "", "标题", "正文。"]).newspaper == "侨报"
    assert page_header(["江门侨报 2024年7月8日 星期一", "", "标题", "正文。"]).newspaper == "江门侨报"


def test_front_page_header():
    lines = [
        "重 庆 日 报",
        "CHONGQING DAILY",
        "中共重庆市委机关报",
        "",
        "2024年6月22日",
        "星期六",
        "农历甲辰年五月十七",
        "国内统一连续出版物号 CN50-0001",
        "今日12版",
        "",
        "A1 要闻",
        "",
        "重庆日报社举办读者开放日",
        "本报记者 唐琴",
        "6月21日，重庆日报社举办读者开放日活动，两百余名读者走进编辑部，",
        "了解一张报纸的诞生过程。",
        "",
        "责编 张三 美编 李四",
        "新闻热线：023-63900000",
    ]
    header = page_header(lines)
    assert isinstance(header, Header)
    assert (header.newspaper, header.newspaper_line, header.newspaper_evidence) == ("重庆日报", 1, "重 庆 日 报")
    assert (header.date, header.date_line) == ("2024-06-22", 5)
    assert header.date_evidence == "2024年6月22日 星期六 农历甲辰年五月十七"
    assert (header.page, header.page_line, header.section) == ("A1", 11, "要闻")
    assert header.roles == {1: "masthead", 2: "masthead_english", 3: "organ", 5: "dateline", 6: "dateline",
                            7: "dateline", 8: "serial", 9: "serial", 11: "page_header", 18: "editor",
                            19: "contact"}


def test_one_line_header():
    lines = ["四川日报 2024年6月22日 星期六 A3 要闻", "", "一则新闻的标题", "正文的第一句话写在这里，"]
    header = page_header(lines)
    assert (header.newspaper, header.newspaper_line) == ("四川日报", 1)
    assert (header.date, header.date_line) == ("2024-06-22", 1)
    assert (header.page, header.page_line, header.section) == ("A3", 1, "要闻")
    assert header.roles == {1: "masthead"}


def test_weekday_in_brackets_after_the_date():
    # an unlisted paper's name before a date whose weekday is printed in brackets
    lines = ["09 生活", "某某导报 2024年11月21日（星期四）", "", "一则新闻的标题", "正文的第一句话写在这里，"]
    header = page_header(lines)
    assert (header.newspaper, header.date, header.page) == ("某某导报", "2024-11-21", "09")
    assert parse("2024年11月21日（星期四）").weekday == 3


@pytest.mark.parametrize("text, weekday", [("2024年3月22日（金）", 4), ("2024年9月16日（月）", 0), ("2024年9月15日（日）", 6)])
def test_a_japanese_papers_weekday_by_its_glyph_in_brackets(text, weekday):
    # （月） Monday … （日） Sunday: the date line is read whole, the page's date, no title
    assert line_role(text) == "dateline"
    assert parse(text).weekday == weekday


@pytest.mark.parametrize("text, role", [("第2面", "page_header"), ("令和6年3月22日发行", "serial"),
                                        ("第588期 每月1日、15日发行 定价200日元", "serial"), ("第三种邮便物认可", "serial")])
def test_a_japanese_papers_page_issue_date_and_postal_mark(text, role):
    # a page called 面, the date of issue in the emperor's era, the days a fortnightly comes out, its postal approval
    assert line_role(text) == role


def test_one_line_header_numbering_its_page_in_页():
    # an overseas paper numbers its pages 第2页, not 第2版
    lines = ["联合早报 2024年6月22日 星期六 第2页", "", "一则新闻的标题", "正文的第一句话写在这里，"]
    header = page_header(lines)
    assert (header.newspaper, header.date, header.page) == ("联合早报", "2024-06-22", "2")
    assert header.roles == {1: "masthead"}


def test_a_header_line_naming_the_papers_own_news_site_is_furniture():
    # 中证网 is 中国证券报's site: beside the page count and serial numbers it is a header line
    lines = ["中国证券报", "2024年6月22日 星期六", "今日16版 中证网 www.cs.com.cn 国内统一连续出版物号 CN 11-0207", "",
             "一则新闻的标题", "正文的第一句话写在这里，"]
    header = page_header(lines)
    assert header.newspaper == "中国证券报"
    assert 3 in header.roles


def test_date_split_by_month_and_day():
    lines = ["2024年6月", "22日", "星期六", "B2", "综合新闻", "正文从这里开始，讲了一件事。"]
    header = page_header(lines)
    assert (header.date, header.date_line, header.date_evidence) == ("2024-06-22", 1, "2024年6月 22日 星期六")
    assert (header.page, header.page_line, header.section) == ("B2", 4, "综合新闻")
    assert header.roles == {1: "dateline", 2: "dateline", 3: "dateline", 4: "page_header", 5: "page_header"}
    assert header.newspaper is None


@pytest.mark.parametrize("head", [
    ["自由时报", "LIBERTY TIMES", "中华民国113年6月21日 星期五", "第12063号 今日8版"],
    ["焦点新闻 A5 中华民国113年6月21日 星期五"],
    ["联合报", "UNITED DAILY NEWS", "中华民国一一三年6月21日 星期五", "第24180号 今日24版"],
    ["A2 要闻", "113年6月21日 星期五", "编辑／陶辉"],
])
def test_a_date_in_the_years_of_the_republic_is_the_pages_date(head):
    lines = [*head, "", "一则新闻的标题", "正文从这里开始，讲了一件事。"]
    assert page_header(lines).date == "2024-06-21"


def test_a_date_given_again_in_english_in_brackets_is_one_date_line():
    lines = ["社区 B12", "2024年10月30日 (Wednesday, October 30, 2024)", "一则新闻的标题", "正文从这里开始，讲了一件事。"]
    header = page_header(lines)
    assert (header.date, header.date_line) == ("2024-10-30", 2)
    assert header.roles[2] == "dateline"


def test_chinese_numeral_date_and_english_masthead():
    lines = ["GUANGMING DAILY", "二〇二四年六月二十二日 星期六", "第02版：经济", "标题", "正文。"]
    header = page_header(lines)
    assert (header.newspaper, header.newspaper_line, header.newspaper_evidence) == \
        ("光明日报", 1, "GUANGMING DAILY")
    assert header.date == "2024-06-22"
    assert (header.page, header.section) == ("02", "经济")


def test_organ_names_the_paper():
    lines = ["中共绵阳市委机关报", "2024年6月22日 星期六", "今日8版", "标题在此", "正文在此。"]
    header = page_header(lines)
    assert (header.newspaper, header.newspaper_line) == ("绵阳日报", 1)


def test_paper_in_a_byline_is_not_the_pages_paper():
    lines = ["2024年6月22日 星期六", "A2 要闻", "新区建设提速", "重庆日报记者 唐琴",
             "记者从重庆日报获悉", "本报讯 近日，重庆日报社举办读者开放日。", "重庆日报社举办读者开放日"]
    header = page_header(lines)
    assert header.newspaper is None
    assert header.newspaper_line is None
    assert set(header.roles) == {1, 2}


def test_foot_zone_reads_page_and_dated_footer():
    body = [f"第{n}段正文，内容照常展开。" for n in range(30)]
    lines = ["一则新闻的标题", *body, "成都日报", "2024年6月22日 星期六", "3"]
    header = page_header(lines)
    assert (header.newspaper, header.newspaper_line) == ("成都日报", 32)
    assert (header.date, header.date_line) == ("2024-06-22", 33)
    assert (header.page, header.page_line) == ("3", 34)


def test_bare_date_at_the_foot_signs_a_notice():
    body = [f"第{n}条，按规定办理。" for n in range(30)]
    lines = ["关于某事项的公告", *body, "某某市某某局", "2024年6月20日"]
    header = page_header(lines)
    assert header.date is None
    assert 33 not in header.roles


@pytest.mark.parametrize("over", [["本届美食节为期三天，各县区特色小吃同台亮相。"],
                                  ["（作者系本报特约评论员）"],
                                  ["本届美食节为期三天。", "某某市某某局", "2024年6月19日"]])
def test_a_bare_date_over_the_footer_alone_is_the_pages_date(over):
    body = [f"第{n}段正文，内容照常展开。" for n in range(30)]
    lines = ["一则新闻的标题", *body, *over, "2024年6月20日", "扫码下载“梅州+”客户端"]
    header = page_header(lines)
    assert (header.date, header.date_line) == ("2024-06-20", len(lines) - 1)
    assert header.roles[len(lines) - 1] == "dateline"


def test_a_notice_signed_over_the_footer_dates_no_page():
    body = [f"第{n}条，按规定办理。" for n in range(30)]
    lines = ["关于某事项的公告", *body, "某某市某某局", "2024年6月20日", "扫码下载“梅州+”客户端"]
    header = page_header(lines)
    assert header.date is None
    assert len(lines) - 1 not in header.roles


def test_header_date_before_a_later_date_line():
    lines = ["光明日报 2024年6月22日 第5版", "理论周刊", "文章正文在这里展开，讨论了许多问题。", "2024年6月20日"]
    header = page_header(lines)
    assert (header.date, header.date_line) == ("2024-06-22", 1)
    assert (header.page, header.section) == ("5", None)


def test_positional_roles_only_in_zones():
    body = [f"第{n}段正文，内容照常展开。" for n in range(15)]
    lines = ["标题", *body[:12], "2", "重庆日报", "2024年6月22日 星期六", *body[12:], "责编 王五", *body[:8]]
    assert [line_role(lines[i]) for i in (13, 14, 15)] == ["page_header", "masthead", "dateline"]
    header = page_header(lines)
    assert header.roles == {20: "editor"}  # a bare 2, a name and a date mid-page are not the header's
    assert header.page is header.newspaper is header.date is None


def test_invalid_date_is_no_dateline():
    assert line_role("2024年2月30日") is None
    assert page_header(["2024年13月1日 星期六", "正文。"]).date is None


def test_empty_page():
    assert page_header([]) == Header()
    assert page_header(["", "  "]) == Header()


def test_publisher_line_at_the_foot_names_the_paper():
    body = [f"第{n}段正文，内容照常展开。" for n in range(20)]
    lines = ["A06 社会", *body, "责编 苏某 美编 崔某", "光明日报社出版 订阅热线：010-12345678"]
    header = page_header(lines)
    assert (header.newspaper, header.newspaper_line) == ("光明日报", 23)
    assert header.roles == {1: "page_header", 22: "editor", 23: "contact"}
    assert (header.page, header.section) == ("A06", "社会")


def test_a_printer_of_many_papers_names_none():
    lines = ["2024年6月22日 星期六", "A2 要闻", "正文写在这里，", "印刷：重庆日报报业集团印务有限公司"]
    header = page_header(lines)
    assert header.newspaper is None
    assert header.roles[4] == "contact"


def test_a_paper_advertising_its_own_app_names_the_page_without_a_masthead():
    header = page_header(["4 社会", "2024年12月2日 星期一", "", "夏季用电高峰保供有序", "",
                          "责编 徐艳", "扫一扫 下载北京晚报APP 体验更多精彩"])
    assert header.newspaper == "北京晚报"
    assert header.newspaper_line == 7


@pytest.mark.parametrize("head, date", [
    (["6月22日 星期六 农历甲辰年五月十七"], "2024-06-22"),
    (["6月22日 星期六", "农历甲辰年五月十七"], "2024-06-22"),
    (["1月5日 星期日", "农历甲辰年腊月初六"], "2025-01-05"),  # a Gregorian January in the lunar 腊月
    (["2024年", "6月22日 星期六"], "2024-06-22"),
    (["6月22日"], None),  # no weekday, no lunar date, no year: not a date line
])
def test_a_date_printed_without_its_year_takes_it_from_the_lunar_date(head, date):
    header = page_header(["某某晚报", *head, "", "标题", "正文一些内容，测试。"])
    assert header.date == date


@pytest.mark.parametrize("text, date", [
    ("2023年全年客流增长一成，2024年还将增加。", "2024-08-02"),  # 2024-08-02 is a Friday, 2023-08-02 is not
    ("2023年全年客流增长一成。", "2024-08-02"),  # the year after a year the text names
    ("客流增长一成。", None),  # no year named: the weekday alone fits too many
    ("2021年客流增长一成。", None),  # the weekday fits neither 2021 nor 2022
])
def test_a_date_printed_without_its_year_takes_the_year_its_weekday_fits(text, date):
    header = page_header(["A10 城事 8月2日 星期五", "", "标题", text])
    assert header.date == date


def test_a_sunday_printed_as_星期天_is_a_sunday():
    assert parse("8月4日 星期天").weekday == parse("8月4日 星期日").weekday == 6


def test_editors_on_a_header_or_footer_line_do_not_hide_its_date_or_paper():
    header = page_header(["A08 时事", "2024年4月9日 星期二 责编 石立 美编 郭雯航 校对 范敏秋", "", "标题",
                          "正文，内容。", "长沙晚报 编辑 刘涛琳"])
    assert (header.date, header.newspaper, header.page) == ("2024-04-09", "长沙晚报", "A08")


@pytest.mark.parametrize("text, role", [("GA06 湾区", "page_header"), ("诚邀合作招商热线：021-65412795", "advert")])
def test_more_furniture(text, role):
    assert line_role(text) == role


@pytest.mark.parametrize("text", ["统筹兼顾", "策划先行", "C919 商业首航", "MU583 航班",
                                  "问题。市民可关注“重庆发布”微信公众号查询具体改造计划"])
def test_headlines_and_sentences_that_look_like_furniture_are_not(text):
    assert line_role(text) is None


def test_a_line_going_on_from_an_unfinished_sentence_is_no_furniture():
    lines = [f"第{n}行正文，写完了。" for n in range(14)] + ["本段文字还没有说完，接着", "更多精彩内容将在后续报道中陆续呈现给读者",
                                                          "等等，这里才结束。"] + [f"第{n}行正文，写完了。" for n in range(10)]
    assert 16 not in page_header(lines).roles


@pytest.mark.parametrize("text, credits", [
    ("责编 罗 皓皓", [("责编", "罗皓皓")]),
    ("2024年4月9日 星期二 责编 石立 美编 郭雯航 校对 范敏秋", [("责编", "石立"), ("美编", "郭雯航"), ("校对", "范敏秋")]),
    ("责任编辑：王五 ③2", [("责任编辑", "王五")]),
    ("值班主任：胡超 主编：苏佳", [("值班主任", "胡超"), ("主编", "苏佳")]),
])
def test_editors_read_from_any_furniture_line(text, credits):
    from generator.archive.furniture import editor_credits
    assert editor_credits(text) == credits


def test_an_editor_line_with_版式策划():
    assert line_role("责任编辑：任晓芳 版式策划：黄宁") == "editor"


@pytest.mark.parametrize("line", ["08 | 区域", "08｜城事", "A08|区域"])
def test_a_bare_page_number_and_a_separator_name_any_section(line):
    assert line_role(line, True) == "page_header"


@pytest.mark.parametrize("line", ["3·15晚会", "5 区域"])
def test_a_number_without_a_separator_names_no_page(line):
    assert line_role(line, True) is None


def test_a_listed_section_inside_a_longer_name_leaves_the_name_whole():
    assert page_header(["第6版 科技创新"]).roles == {1: "page_header"}
    assert line_role("本版主编 许婷 责编 林军 制作 何洋丽", False) == "editor"


@pytest.mark.parametrize("text, role", [
    ("责编/丁波娟 美编/梁柏华 审读/钱怡", "editor"),
    ("本版编辑 汤辉 版式 魏思艳  A8-5", "editor"),
    ("沈阳晚报 新闻热线：024-64860771", "contact"),
    ("大河报·豫视频 新闻热线：0371-71108887", "contact"),
    ("欢迎订阅北京日报 邮发代号1-3 订阅热线：010-68644719", "contact"),
    ("报料微信：临江日报", "contact"),  # a tip line's social account, beside the hotline
    # a desk's phone named with no 电话, an area code in brackets
    ("编辑部电话：(02) 8123-4567 广告部：(02) 8765-4321", "contact"),
    ("广告部：（0123）1234567", "contact"),
    ("今日天气 太原 多云 17℃～27℃", "weather"),
    ("今日导读", "teaser"),
    ("成都明确今年数字经济发展目标 详见3版", "teaser"),
])
def test_furniture_anywhere_on_the_page(text, role):
    assert line_role(text, header_line=False) == role


@pytest.mark.parametrize("text, page, label", [("公司 A10", "A10", "公司"), ("区域 第3版", "3", "区域")])
def test_a_section_name_before_its_page_number(text, page, label):
    parsed = parse(text)
    assert parsed is not None and (parsed.page, parsed.labels) == (page, (label,))


@pytest.mark.parametrize("text", ["江西落实重点产业链 A3", "详见第3版的报道称，全市工业增加值增长百分之八。", "天气转凉，市民出行注意保暖。"])
def test_no_furniture_from_text_that_only_looks_like_it(text):
    assert line_role(text) is None and line_role(text, header_line=False) is None


@pytest.mark.parametrize("text, paper", [("嘉定报 2024年8月6日 星期二 02 街镇", "嘉定报"), ("上游晨报", "上游晨报"),
                                         ("星期二 上游晨报", "上游晨报")])
def test_a_paper_the_gazetteer_lacks_is_read_as_printed(text, paper):
    parsed = parse(text)
    assert parsed is not None and parsed.role == "masthead" and parsed.paper == paper


@pytest.mark.parametrize("text", ["8月13日天气预报", "2024年8月13日 天气预报", "5月6日 统计公报"])
def test_a_notice_ending_in_bao_beside_a_date_names_no_paper(text):
    parsed = parse(text)
    assert parsed is None or parsed.paper is None


@pytest.mark.parametrize("text", ["读者热线：+65-72137731", "zaobao.sg", "https://news.example.com.cn/epaper"])
def test_an_overseas_papers_phone_and_bare_site_are_contacts(text):
    assert line_role(text) == "contact"


@pytest.mark.parametrize("text", ["本报所摘文章如涉及稿酬事宜，请与编辑部联系", "本版所选稿件如涉及稿费问题，请与本报联系"])
def test_a_digests_notice_on_fees_to_the_writers_it_reprints_is_furniture(text):
    assert line_role(text, header_line=False) is not None


@pytest.mark.parametrize("text", ["sinchew.example", "news.paper.info/epaper"])
def test_a_bare_site_is_a_contact_whatever_its_domain_ends_in(text):
    assert line_role(text) == "contact"


@pytest.mark.parametrize("text, paper", [("人民日报海外版网站 www.example.cn", "人民日报海外版"),
                                         ("西贡解放日报中文版网站 www.example.vn", "西贡解放日报"),
                                         ("网站 www.example.org", None)])
def test_a_site_labelled_after_the_papers_name_and_edition_is_a_contact(text, paper):
    assert line_role(text) == "contact" and paper_of(text, "contact") == paper


@pytest.mark.parametrize("text, role", [("第1234号 今日16版 定价8000越盾", "serial"), ("每份1500韩元", "serial"),
                                        ("某某市第一郡某某路27号 电话 028-1234-5678", "contact")])
def test_a_copys_price_in_its_own_currency_and_an_unlabelled_address_before_a_phone(text, role):
    assert line_role(text) == role


@pytest.mark.parametrize("text", ["春节捷报", "喜迎丰收捷报", "嘉定报"])
def test_no_masthead_from_a_bare_name_ending_in_bao(text):
    assert parse(text) is None


@pytest.mark.parametrize("text, role", [("本版编辑 吕嘉超 投稿邮箱：abc@example.cn", "editor"), ("中央军委机关报", "organ"),
                                        ("嘉定区融媒体中心出版 新闻热线：021-62682888", "contact"),
                                        ("欢迎赐稿 来稿请注明作者单位及联系方式", "promo"),
                                        ("半岛都市报社出版 新闻热线：0532-74559952 ⑨", "contact"),
                                        ("新闻线索请拨打 0532-86708072", "contact"), ("本版统筹 汪怡 责编 黎娜", "editor")])
def test_more_furniture_of_small_and_special_papers(text, role):
    assert line_role(text, header_line=False) == role


@pytest.mark.parametrize("text, labels, page", [("理论·学习 10", ("理论", "学习"), "10"), ("国防军事 3", ("国防军事",), "3"),
                                              ("青岛新闻·热线 A10", ("青岛新闻", "热线"), "A10")])
def test_a_head_line_of_section_names_and_a_bare_page_number(text, labels, page):
    parsed = parse(text)
    assert parsed is not None and parsed.role == "page_header" and (parsed.labels, parsed.page) == (labels, page)


def test_a_call_to_subscribe_names_the_page_paper():
    body = [f"第{n}段正文，内容照常展开。" for n in range(30)]
    header = page_header(["观点", "11", *body, "本版编辑 尹凯", "欢迎订阅北京日报 邮发代号1-3 订阅热线：010-68644719"])
    assert (header.newspaper, header.newspaper_line) == ("北京日报", 34)


BODY = [f"第{n}段正文，内容照常展开。" for n in range(30)]


def test_a_section_name_beside_a_date_keeps_the_date():
    header = page_header(["A05 江汉新闻 2024年3月8日 星期五", "", "标题", *BODY])
    assert (header.date, header.page, header.section) == ("2024-03-08", "A05", "江汉新闻")


def test_a_header_line_set_apart_with_squares():
    header = page_header(["湖北日报 ■ 2024年5月6日 ■ 第7版 ■ 荆楚新闻", "标题", *BODY])
    assert (header.newspaper, header.date, header.page, header.section) == ("湖北日报", "2024-05-06", "7", "荆楚新闻")


@pytest.mark.parametrize("text, paper", [("湖北日报·荆楚", "湖北日报"), ("湖北日报·极目新闻记者 张某", None),
                                         ("湖北日报·极目新闻记者", None)])
def test_a_papers_name_and_its_section(text, paper):
    parsed = parse(text)
    assert (parsed.paper if parsed else None) == paper


@pytest.mark.parametrize("text, date, page, labels", [
    ("2024年5月9日 星期四 绿野 C3", "2024-05-09", "C3", ("绿野",)),
    ("春风 第1234期", None, None, ("春风",)),
    ("文 艺 · 评 论", None, None, ("文艺", "评论")),
    ("城事 ■ 07", None, "07", ("城事",)),
    ("江汉新闻·10", None, "10", ("江汉新闻",)),
])
def test_more_header_lines_with_free_section_names(text, date, page, labels):
    parsed = parse(text)
    assert parsed is not None and (parsed.date, parsed.page, parsed.labels) == (date, page, labels)


@pytest.mark.parametrize("text", ["扫码下载湖北日报·极目新闻客户端", "欢迎订阅湖北日报", "欢迎订阅·城事"])
def test_a_promotion_is_no_header_line(text):
    parsed = parse(text)
    assert parsed is None or parsed.role not in ("masthead", "page_header")


def test_a_bare_page_number_and_a_section_at_the_edge_or_beside_the_header():
    header = page_header(["06 市场", "湖北日报 2024.05.06", "标题", *BODY, "5 区域"])
    assert (header.page, header.page_line, header.section) == ("06", 1, "市场")
    assert header.roles[1] == "page_header"
    middle = page_header(["湖北日报 2024.05.06", "标题", "5 区域", "1 武汉", *BODY])  # a ranking, not the header
    assert 3 not in middle.roles and 4 not in middle.roles and middle.page is None


def test_an_unlisted_papers_name_alone_over_its_organ_line():
    header = page_header(["汉阳报", "中共某某区委机关报", "2024年5月7日 星期二", "标题", *BODY])
    assert (header.newspaper, header.newspaper_line) == ("汉阳报", 1)
    assert header.roles[1] == "masthead"
    headline = page_header(["汉阳报", "正文写在这里，内容。", *BODY])
    assert headline.newspaper is None and 1 not in headline.roles


@pytest.mark.parametrize("lines, line, section", [
    (["08", "江城新闻", "2024年11月4日 周一", "标题"], 2, "江城新闻"),  # between two header lines
    (["A08", "江城新闻", "记者 王某", "标题"], 2, "江城新闻"),  # under the page number, a section's ending
    (["第 8 版", "春 风 十 里", "标题"], 2, "春风十里"),  # under the page number, letter-spaced
    (["春 风", "2024年7月16日", "第12版", "标题"], 1, None),  # a supplement's name over its date line
])
def test_a_section_name_alone_beside_the_header(lines, line, section):
    header = page_header([*lines, *BODY])
    assert header.roles[line] == "page_header"
    assert header.section == section


def test_a_headline_under_the_page_number_is_no_section():
    header = page_header(["A8", "夜市烟火气", "正文写在这里，内容。", *BODY])
    assert 2 not in header.roles and header.section is None


@pytest.mark.parametrize("text, role", [
    ("本版编辑 李某 电话：010-12345678 E-mail：abc@example.cn", "editor"),
    ("24小时新闻热线 027-12345678", "contact"),
    ("民生帮办热线 0532-1234567", "contact"),
    ("新闻热线：027-12345678 法律服务热线：027-87654321", "contact"),  # two hotlines on one foot line
    ("新闻热线：027-12345678 职工维权热线：12351", "contact"),  # the second a five-digit service number
    ("编辑部电话：27123456 广告部：38765432", "contact"),  # the second under its department's name
    ("中华全国某某联合会主办", "organ"),
    ("欢迎订阅2025年度湖北日报", "promo"),
    ("新闻爆料：(604) 246-4880", "contact"),  # two kinds of contact before the colon, the area code in brackets
    ("社址：Richmond, BC 某某路9488号", "contact"),  # an overseas paper's address, its city in Latin letters
    ("·这些变化说明了什么？ >>3版", "teaser"),
    ("江汉平原春耕忙 >>5版", "teaser"),
])
def test_footer_contacts_organs_and_pointers(text, role):
    assert line_role(text) == role


@pytest.mark.parametrize("text", ["市民可拨打服务热线 0532-12345678", "为什么？记者调查发现，", "由市文联主办。",
                                  "市民服务热线：12345"])  # a five-digit service number alone: a box's row
def test_sentences_near_contacts_and_pointers_are_not_furniture(text):
    assert line_role(text) is None and line_role(text, header_line=False) is None


def test_pointers_one_under_another_amid_the_page():
    lines = [*BODY[:14], "今日导读", "江汉平原春耕忙 详见3版", "城区新增一批充电桩 详见5版", *BODY]
    roles = page_header(lines).roles
    assert [roles.get(n) for n in (15, 16, 17)] == ["teaser"] * 3


def test_a_teaser_box_with_a_bare_label_and_a_wrapped_pointer():
    lines = [*BODY[:14], "导读", "·建设长江中游城市群的", "新探索 >>11版", "·江汉平原春耕忙 >>3版", *BODY]
    roles = page_header(lines).roles
    assert [roles.get(n) for n in (15, 16, 17, 18)] == ["teaser"] * 4
    lead = page_header([*BODY[:14], "■导读", "这是一篇长文的导语，概括全文。", *BODY]).roles
    assert 15 not in lead  # a lead's label inside an article


def test_a_pointer_wrapped_before_its_bracketed_page_mark():
    lines = [*BODY[:14], "本期导读", "◆江汉平原春耕忙（详见第3版）", "◆城区新增一批公共充电桩覆盖", "主要商圈（详见第5版）", *BODY]
    roles = page_header(lines).roles
    assert [roles.get(n) for n in (15, 16, 17, 18)] == ["teaser"] * 4


def test_pointers_with_their_page_set_off_by_a_space():
    marked = [*BODY[:14], "今日导读", "▶江汉平原春耕忙 第3版", "▶城区新增一批充电桩 5版", "▶夜市为何越来越火？ 2版", *BODY]
    assert [page_header(marked).roles.get(n) for n in (15, 16, 17, 18)] == ["teaser"] * 4
    numerals = [*BODY[:14], "■导读", "江汉平原春耕忙 第七版", "建设长江中游城市群的", "新探索 第十一版", *BODY]
    assert [page_header(numerals).roles.get(n) for n in (15, 16, 17, 18)] == ["teaser"] * 4


@pytest.mark.parametrize("foot, paper", [
    ("湖北日报 新闻热线：027-12345678", "湖北日报"),
    ("扫码下载湖北日报·极目新闻客户端", "湖北日报"),
    ("扫码关注湖北日报", "湖北日报"),
    ("欢迎订阅2025年度《湖北日报》", "湖北日报"),
    ("湖北日报客户端 扫码下载", "湖北日报"),  # its app named before the call to scan
])
def test_a_paper_naming_itself_at_the_foot(foot, paper):
    header = page_header(["A06 社会", "标题", *BODY, foot])
    assert header.newspaper == paper


@pytest.mark.parametrize("text, paper", [
    ("湖北日报全媒体记者 张某 通讯员 李某", "湖北日报"),
    ("□楚天都市报记者 张某", "楚天都市报"),
    ("极目新闻·湖北日报记者 张某", "湖北日报"),
    ("湖北日报讯 记者张某", "湖北日报"),
    ("湖北日报社全媒体记者 张某", "湖北日报"),  # a reporter of the paper's house
    ("据湖北日报记者报道", None),  # a reprint names another paper
    ("本报记者 张某", None),
    ("湖北日报", None),
])
def test_a_paper_naming_its_own_reporter(text, paper):
    from generator.archive.furniture import byline_paper
    found = byline_paper(text)
    assert (found[0] if found else None) == paper


def test_an_issue_number_with_the_total_in_brackets_is_a_serial_line():
    assert line_role("第25065号（总第28495号） 今日16版") == "serial"


def test_a_masthead_with_its_english_name_on_one_line():
    body = [f"第{n}段正文，内容照常展开。" for n in range(30)]
    header = page_header(["大众日报 DAZHONG DAILY", "2024年6月22日 星期六 第3版", *body])
    assert (header.newspaper, header.date) == ("大众日报", "2024-06-22")
    assert line_role("CHINA TODAY") is None


@pytest.mark.parametrize("text, role", [("应急管理部主管", "organ"),  # the ministry a trade paper belongs to
                                        ("长江云客户端扫码下载", "promo"), ("某某发布公众号 扫码关注", "promo"),
                                        ("北晚新视觉 线索征集中", "promo"), ("中央纪委国家监委机关报", "organ"),
                                        ("北京晚报报料热线 010-65288888  网址 www.example.cn", "contact")])
def test_an_owner_line_an_app_before_its_scan_call_and_a_hotline_glued_to_its_paper(text, role):
    assert line_role(text, header_line=False) == role


@pytest.mark.parametrize("text", ["扫码报料", "扫码爆料", "扫一扫 投稿", "LJG报料平台 扫码报料"])
def test_a_call_to_scan_and_send_news_tips_is_a_promo(text):
    assert line_role(text, header_line=False) == "promo"


def test_a_section_name_then_a_separator_and_a_lettered_page_number():
    parsed = parse("产经观察 | B03")
    assert parsed is not None and parsed.role == "page_header" and (parsed.labels, parsed.page) == (("产经观察",), "B03")


def test_a_paper_named_before_its_own_call_to_scan_names_the_page():
    header = page_header(["产经观察 | B03", "责任编辑：王某某", *BODY, "北京晚报 扫码阅读电子版"])
    assert (header.newspaper, header.newspaper_line, header.page) == ("北京晚报", 33, "B03")


@pytest.mark.parametrize("promo", ["临江日报客户端 扫码下载", "临江日报APP扫一扫"])
def test_a_papers_app_named_before_its_call_to_scan_names_the_page(promo):
    header = page_header(["产经观察 | B03", "责任编辑：王某某", *BODY, promo])
    assert (header.newspaper, header.newspaper_line) == ("临江日报", 33)


@pytest.mark.parametrize("promo, paper", [("扫码关注临江青年报视频号", "临江青年报"), ("扫码关注“北京晚报”视频号", "北京晚报")])
def test_a_call_to_follow_the_papers_video_account_names_the_page(promo, paper):
    header = page_header(["产经观察 | B03", "责任编辑：王某某", *BODY, promo, "新闻热线：010-65123456"])
    assert (header.newspaper, header.newspaper_line) == (paper, 33)


def test_a_name_over_the_organ_line_of_its_own_place_is_the_masthead():
    header = page_header(["德清新闻", "德清县融媒体中心主办", "2024年3月8日 星期五", "", "标题", *BODY])
    assert (header.newspaper, header.newspaper_line, header.date) == ("德清新闻", 1, "2024-03-08")
    assert page_header(["德清新闻", "长兴县融媒体中心主办", "2024年3月8日 星期五", "", "标题", *BODY]).newspaper is None


def test_editors_credited_with_a_slash_beside_the_date():
    header = page_header(["要闻/05", "2024年3月8日 星期五 责任编辑/王某 视觉设计/李某某", "", "标题", *BODY])
    assert (header.date, header.page) == ("2024-03-08", "05")


def test_a_notices_date_in_the_head_zone_is_not_the_pages():
    notice = ["关于开展夏季燃气安全检查的通告", "", "第一段正文，内容照常展开。", "特此通告。", "", "市燃气有限公司", "2024年7月9日"]
    header = page_header([*notice, "", *BODY, "北京晚报 2024年7月10日"])
    assert (header.date, header.date_line) == ("2024-07-10", 39)
    assert page_header([*notice, "", *BODY]).date == "2024-07-09"  # none other printed


def test_a_short_name_under_a_bare_page_number_is_the_section():
    header = page_header(["北京晚报 2024年7月28日 星期日", "A8", "京城", "", "标题", *BODY])
    assert header.roles.get(3) == "page_header"
    assert page_header(["北京晚报 2024年7月28日 星期日", "A8", "京城夏日好风光", "", *BODY]).roles.get(3) is None


def test_an_unlisted_papers_name_over_its_english_name_is_the_masthead():
    header = page_header(["汉阳报", "HANYANG NEWS", "2024年5月7日 星期二", "", "标题", *BODY])
    assert (header.newspaper, header.newspaper_line) == ("汉阳报", 1)


@pytest.mark.parametrize("text", ["法治日报融媒记者 王进", "北京晚报特派记者 王进", "北京晚报驻站记者 王进"])
def test_a_papers_own_reporter_names_it(text):
    assert byline_paper(text)[0] in ("法治日报", "北京晚报")
    assert byline_paper("北京晚报评论员") is None  # 评论员 pieces are reprinted from other papers


def test_a_price_under_a_boxs_rows_is_a_row_not_the_papers_price():
    body = [f"第{n}行正文，写完了。" for n in range(14)]
    lines = [*body, "", "书名：《江河行》", "", "出版社：某某文艺出版社", "", "出版时间：2024年5月", "", "定价：58.00元", "", *body]
    assert 22 not in page_header(lines).roles
    assert page_header([*body, "", "零售价：1.50元", "", *body]).roles.get(16) == "contact"
    solid = [*body, "", "书名：《江河行》", "出版社：某某文艺出版社", "定价：58.00元", "", "编辑部电话：010-12345678"]
    assert page_header(solid).roles.get(20) == "contact"  # set apart under rows set solid: the page's foot


def test_a_contact_carrying_on_a_sentence_left_at_a_comma_is_text():
    body = [f"第{n}行正文，写完了。" for n in range(14)]
    notice = ["公示时间为6月18日至6月24日。", "如有异议，请在公示期内向市妇联反映，", "联系电话：0574-8723158", "9。", "",
              "某某市妇女联合会", "2024年6月17日", "", "临江日报 2024年6月18日"]
    assert 17 not in page_header([*body, *notice]).roles
    notice[1] = "如有异议请与我们联系。"
    # (with no signature under it: a phone over the notice's issuer and date is the notice's, signed there)
    del notice[5:8]
    assert page_header([*body, *notice]).roles.get(17) == "contact"


def test_a_phone_completing_the_word_left_at_a_lines_end_is_text():
    body = [f"第{n}行正文，写完了。" for n in range(14)]
    notice = ["为确保按时供热，现将有关事项公告如下：", "由此给您带来的不便，敬请谅解。报修", "电话：0472-77736834", "",
              "某某热力有限公司", "2024年5月11日", "", "临江日报 2024年5月12日"]
    assert 17 not in page_header([*body, *notice]).roles


def test_a_hotline_completing_a_call_left_at_a_lines_end_is_text():
    # …请拨打 / 供电服务热线：…, a blank line after every line: the number completes the sentence
    body = [f"第{n}行正文，写完了。" for n in range(14)]
    notice = ["检修自6月11日开始，请用户提", "", "前做好准备。如有疑问 ， 请 拨 打", "", "供电服务热线：0571-64462066", "",
              "某某供电公司", "", "2024年6月8日", "", "临江日报 2024年6月9日"]
    assert 19 not in page_header([*body, *notice]).roles


def test_a_phone_whose_word_is_broken_across_the_lines_end_is_text():
    body = [f"第{n}行正文，写完了。" for n in range(14)]
    notice = ["现将有关事项通告如下：", "本通告自5月11日起施行。举", "报电话：0571-83386219", "",
              "某某市公安局", "2024年5月8日", "", "临江日报 2024年5月9日"]
    assert 17 not in page_header([*body, *notice]).roles


def test_a_repair_line_and_the_digit_broken_off_its_phone_are_text():
    body = [f"第{n}行正文，写完了。" for n in range(14)]
    notice = ["由此给您带来的不便，敬请谅解。", "", "报修电话：0472-7722705", "", "9", "",
              "某某热力有限公司", "2024年7月30日", "", "临江日报 2024年7月31日"]
    roles = page_header([*body, *notice]).roles
    assert 17 not in roles and 19 not in roles


@pytest.mark.parametrize("text, role", [
    ("总编室：023-63906666 广告部：023-63907777 发行部：023-63908888", "contact"),
    ("广告组电话 082-312345 发行组电话 082-354321", "contact"),  # a Taiwan paper's desks are 组
    ("零售价：1.50元 全年订价：360元", "contact"),
    ("社长：张某 总编辑：李某", "contact"),
    ("本报法律顾问：某某律师事务所 王某律师", "contact"),
    ("每周一至周六出版", "contact"),
    ("版权所有 未经授权不得转载", "contact"),
    ("本报地址：临江市滨江路8号 邮编401120 临江日报社", "contact"),
    ("湖北日报微信 湖北日报微博 湖北日报客户端", "promo"),
    ("订阅：全国各地邮局", "promo"),
    ("天气：晴 12℃～18℃", "weather"),
    ("临江今日天气 多云转阴 12～18℃", "weather"),
])
def test_a_papers_imprint_at_its_foot(text, role):
    """The lines a paper prints at the foot of its last page, each furniture of the page."""
    assert line_role(text) == role


@pytest.mark.parametrize("text", ["社长说，今年要办好三件事", "每周一出版一期专刊，内容涵盖", "版权所有人的权利，依法受到保护。",
                                  "天气晴好，气温12℃～18℃。"])
def test_sentences_like_an_imprint_are_not_furniture(text):
    assert line_role(text) is None


def test_a_short_name_under_the_pages_header_line_and_set_off_below_is_its_section():
    header = page_header(["2024年3月8日 星期五 第5版", "法治视点", "", "社区调解室化解邻里纠纷", *BODY])
    assert header.roles.get(2) == "page_header" and 4 not in header.roles
    # a headline right under the header line runs on into its text: no section
    header = page_header(["2024年3月8日 星期五 第5版", "调解有方", "本报讯 社区调解室近日化解一起邻里纠纷。", *BODY])
    assert 2 not in header.roles


def test_a_weather_label_alone_heads_a_box_and_is_no_weather_line():
    assert line_role("天气预报", header_line=False) is None
    assert line_role("今日天气 太原 多云 17℃～27℃", header_line=False) == "weather"


def test_a_one_word_english_name_under_the_masthead_is_its_english_name():
    header = page_header(["足球报", "FOOTBALL", "2024年5月7日 星期二 第8699期", "", "标题", *BODY])
    assert header.roles.get(2) == "masthead_english"
    assert page_header(["足球报", "NBA", "", "标题", *BODY]).roles.get(2) is None  # too short to be a name


def test_an_unlisted_papers_name_over_its_seat_and_date_line_is_its_masthead():
    # 临江报 / 临江出版 / its date line: the seat (or a motto) a paper prints between its name and its date
    header = page_header(["临江报", "临江出版", "2024年5月7日 星期二", "", "标题", *BODY])
    assert header.newspaper == "临江报"
    assert header.roles.get(1) == "masthead" and header.roles.get(2) == "organ"
    # a headline topping a page with no header, over its deck: no date line under them
    assert page_header(["临江报", "临江出版", "", "标题", *BODY]).roles.get(1) is None


@pytest.mark.parametrize("lines, line", [
    (["02 要闻", "临江建设报", "2024年9月9日 星期一", "", "标题"], 2),  # between two header lines
    (["4", "中国新闻", "2024年5月10日", "临江侨报", "", "标题"], 4),  # last under the date line, set off below
])
def test_an_unlisted_papers_name_alone_inside_the_header_stack_is_its_masthead(lines, line):
    header = page_header([*lines, *BODY])
    assert (header.newspaper, header.roles.get(line)) == (lines[line - 1], "masthead")
    # a name over the text, the header above it but no blank line after it: a headline's, not the paper's
    assert page_header(["02 要闻", "2024年9月9日 星期一", "临江建设报", "正文写在这里，内容。", *BODY]).roles.get(3) is None


def test_an_unlisted_papers_name_alone_at_the_foot_is_no_masthead():
    # 科苑快报 over a box's rows at the page's foot: a label, whatever its ending; at the top it is the masthead
    lines = ["A3 要闻", "2024年5月6日 星期一", *BODY, "科苑快报", "", "①量子存储时间刷新纪录", "", "②深海探测器完成下潜"]
    header = page_header(lines)
    assert header.roles.get(len(BODY) + 3) is None and header.newspaper is None
    assert page_header(["科苑快报", "2024年5月6日 星期一", "A3", *BODY]).newspaper == "科苑快报"


def test_a_bare_number_under_a_number_broken_off_at_its_hyphen_ends_it():
    body = [f"第{n}行正文，写完了。" for n in range(14)]
    notice = ["公示期间如有异议，请以书面形式反", "映。联系电话：0574-872315", "8", "", "某某市妇女联合会"]
    assert 17 not in page_header([*body, *notice]).roles
    listing = ["3月8日 20:00 临江队—江城队 CCTV-", "5", "", "临江日报 2024年3月7日"]
    assert 16 not in page_header([*body, *listing]).roles
    levels = ["■水情", "主要站点水位", "临江城关站 209.64米 -0.17", "临江城西站 341.43米 +0.", "35", "", "临江日报 2024年3月7日"]
    assert 19 not in page_header([*body, *levels]).roles  # a decimal broken after its point
    assert page_header([*body, "本版编辑 张某某", "8"]).roles.get(16) == "page_header"  # a page number after all


def test_a_bare_number_under_a_rows_time_or_code_cut_by_the_column_ends_it():
    body = [f"第{n}行正文，写完了。" for n in range(14)]
    hours = ["出行提示", "", "14号线 6:30-21:", "30", "", "5号线 6:00-23:0", "0", "", "临江日报 2024年9月23日"]
    roles = page_header([*body, *hours]).roles
    assert 18 not in roles and 21 not in roles  # the minutes of a time, no page number
    flights = ["临江日报 2024年5月24日 星期五", "", "【新开航线】", "临江—昆明 每周三班 3U7915",
               "临江—呼和浩特 每周四班 CZ285", "6", "临江—乌鲁木齐 每周三班 CZ296", "1", *body]
    roles = page_header(flights).roles
    assert 6 not in roles and 8 not in roles  # the last digits of a flight's code
    assert page_header([*body, "临江—昆明 每周三班", "8"]).roles.get(16) == "page_header"  # no figure cut: a page


def test_the_foots_editors_set_apart_under_a_tables_source_row_are_furniture():
    body = [f"第{n}行正文，写完了。" for n in range(14)]
    table = ["今日外币兑换参考价", "货币 买入 卖出", "美元 7.10 7.20", "数据来源：某某银行", "",
             "编辑：张某某 美术：李某某", "读者来信：reader@example.cn"]
    roles = page_header([*body, *table]).roles
    assert roles.get(20) == "editor" and roles.get(21) == "contact"


def test_a_slogan_set_solid_under_a_call_to_scan_is_the_promotion():
    lines = ["残有所助织密兜牢民生底线", "", "扫码下载临江新闻客户端", "随时随地看新闻", "", "夜间门诊服务延长", "",
             "为方便上班族就医，多家医院延长夜间门诊。"]
    roles = page_header(lines).roles
    assert roles.get(3) == "promo" and roles.get(4) == "promo" and 6 not in roles


def test_pointers_naming_their_page_alone_after_a_gap_are_a_teaser_box():
    lines = ["临江日报", "2024年5月6日 星期一", "", "导读", "城东新建三所学校 第七版", "滨江公园二期开工 第十一版",
             "城北快速路主线通车 第三版", "", "城南新区建设提速", ""] \
        + ["本报讯 今年以来，城南新区围绕基础设施、产业发展等重点领域，谋划实施一批重大项目。"] * 12 + ["", "责任编辑 王明"]
    roles = page_header(lines).roles
    assert roles.get(7) == "teaser" and 9 not in roles and 11 not in roles


@pytest.mark.parametrize("line, paper, page, section", [
    ("北京晚报 2024年3月6日 星期三 京城城事 A3", "北京晚报", "A3", "京城城事"),  # paper, date, section, page
    ("06 临江新闻 2024年6月29日 星期六 编辑 王进", None, "06", "临江新闻"),  # page, section, date, editor
])
def test_an_unlisted_section_between_date_and_page_or_page_and_date(line, paper, page, section):
    header = page_header([line, *BODY])
    assert (header.newspaper, header.date, header.page, header.section) == (
        paper, "2024-03-06" if paper else "2024-06-29", page, section)


def test_an_unlisted_section_set_off_by_marks_between_date_and_page():
    header = page_header(["2024.05.31 星期五 | 临江新闻 | 第5版", *BODY])
    assert (header.date, header.page, header.section) == ("2024-05-31", "5", "临江新闻")


@pytest.mark.parametrize("text, paper", [("临江周刊 2024年4月15日", "临江周刊"), ("江城侨声 2024年7月8日 星期一", "江城侨声")])
def test_a_name_set_off_by_a_space_before_its_date_is_the_paper(text, paper):
    parsed = parse(text)
    assert parsed is not None and parsed.role == "masthead" and parsed.paper == paper
    assert page_header(["A2 社区", text, *BODY]).newspaper == paper
    assert page_header([*BODY, text]).newspaper == paper  # at the foot, too


@pytest.mark.parametrize("text", ["江城民生 | 2024.08.18", "江城新闻 | A9 | 2024年8月27日", "要闻 2024年5月6日",
                                  "2024年7月25日 星期四 绿色 B2"])
def test_a_section_beside_the_date_names_no_paper(text):
    parsed = parse(text)
    assert parsed is not None and parsed.paper is None


@pytest.mark.parametrize("text, paper", [("临江晚报 编辑 王小明", "临江晚报"),
                                         ("临江晚报·临江新闻 新闻热线：0731-61326184", "临江晚报")])
def test_an_unlisted_paper_beside_its_editors_or_hotline_names_the_page(text, paper):
    assert page_header([*BODY, text]).newspaper == paper


def test_the_name_opening_a_header_line_is_its_paper_not_the_app_after_it():
    # 红星新闻 is 成都商报's app: a paper printing it after its own name shares its group's app
    parsed = parse("临江晚报·红星新闻 新闻热线：0431-62398886")
    assert parsed is not None and parsed.paper == "临江晚报"


@pytest.mark.parametrize("call", ["扫一扫", "欢迎关注"])
def test_a_papers_wechat_account_before_a_call_to_scan_names_the_page(call):
    header = page_header([*BODY, "晚报热线 0411-68390555", f"临江晚报微信公众号 {call}"])
    assert header.newspaper == "临江晚报"
    assert header.roles[len(BODY) + 2] == "promo"


def test_the_pages_section_printed_again_as_a_banner_is_furniture():
    lines = ["2024年10月3日 星期四 第8版 农业周刊", "", "农 业 周 刊", "致富经", "稻田养鱼添收入", "近日，记者走进基地。"]
    header = page_header(lines)
    assert header.section == "农业周刊"
    assert header.roles[3] == "page_header"
    assert 4 not in header.roles and 5 not in header.roles


def test_a_letter_spaced_section_before_its_page_number():
    header = page_header(["临江日报 2024年3月18日 星期一", "产 业 第6版", "", "正文写在这里。"])
    assert (header.page, header.section) == ("6", "产业")
    assert header.roles[2] == "page_header"


def test_a_name_ending_in_bao_over_the_pages_number_and_date_is_its_masthead():
    header = page_header(["红领巾报", "第3版 校园", "2024年9月2日", "", "秋游", "同学们走进森林公园。"])
    assert header.newspaper == "红领巾报"
    assert header.roles[1] == "masthead"


def test_a_headline_over_body_text_is_no_masthead_however_it_ends():
    header = page_header(["第3版 校园", "2024年9月2日", "", "学校喜获捷报", "同学们走进森林公园。"])
    assert header.newspaper is None


def test_a_papers_house_and_address_beside_its_advertising_licence_names_it():
    header = page_header([*BODY, "临江晚报社 地址：临江市某某路8号 广告许可证 临工商广字0001号"])
    assert header.newspaper == "临江晚报"


@pytest.mark.parametrize("text, role", [
    ("2024年10月22日 令和6年 星期二", "dateline"),  # a Japanese paper's era year beside its date
    ("日本大阪发行 第941号", "serial"),  # the place an issue comes out in, before its number
    ("TEL 06-6644-3915 FAX 06-6529-8432", "contact"),  # phones labelled in English
    ("法律服务热线 12348 新闻热线 0571-64856247", "contact"),  # a five-digit service number first
    ("临江日报报业集团主管主办 第9026期", "organ"),  # the publisher with the issue number
    ("临江市老龄工作委员会办公室指导 临江报业集团主办", "organ"),  # the body guiding the paper, its publisher
])
def test_header_lines_other_papers_print(text, role):
    assert line_role(text) == role


def test_a_name_under_the_date_line_over_its_guiding_body_and_publisher_is_the_masthead():
    header = page_header(["2024年9月11日 星期三 农历甲辰年八月初九", "夕照报",
                          "临江市老龄工作委员会办公室指导 临江报业集团主办", "第3016期 每周三出版", *BODY])
    assert (header.newspaper, header.roles[2], header.roles[3]) == ("夕照报", "masthead", "organ")


@pytest.mark.parametrize("footer", ["美编 孟梅建 校对 赵思", "临江日报社 地址：临江市某某路96号"])
def test_a_bare_date_over_nothing_but_the_footer_is_furniture_beside_a_head_date(footer):
    lines = ["临江日报", "2024年6月20日 星期四", *BODY, "2024年6月20日", footer]
    header = page_header(lines)
    assert header.date == "2024-06-20" and header.roles[len(lines) - 1] == "dateline"


def test_a_foot_line_of_a_hotline_beside_a_call_to_scan_is_furniture():
    # two lines of furniture set side by side: each known on its own, so is the line
    lines = ["一则新闻的标题", "正文的第一句话写在这里，", "正文的第二句话写在这里。", "",
             "报料热线 0871-12345678 扫码下载“某某新闻”客户端报料"]
    assert page_header(lines).roles.get(5) == "contact"
    # a table's row is no page number beside a section: the header grammar is not tried on the parts
    assert line_role("1 上海海港 15 35") is None


@pytest.mark.parametrize("line", ["导报地址：成都市某某路36号 电话：028-12345678", "晨报地址：兰州市某某路11号",
                                  "KDN PP0000/00/0000(000000)", "砂州版 每份RM1.50"])
def test_a_papers_short_name_before_its_address_a_permit_and_an_editions_price_are_furniture(line):
    assert line_role(line) == "contact"


def test_a_papers_account_on_a_social_network_names_the_paper():
    # the foot names the paper nowhere else: 脸书专页：诗华日报 is the paper's own page
    lines = ["A2 古晋新闻", "2024年10月1日（星期二）", "", "一则新闻的标题", "正文的第一句话写在这里，",
             "正文的第二句话写在这里。", "", "诗华网 seehua.example", "脸书专页：诗华日报"]
    assert page_header(lines).newspaper == "诗华日报"


@pytest.mark.parametrize("line", ["中国某某报社 地址：北京市西城区某某路9号 电话：010-12345678",
                                  "地址：广州市某某路135号 某某大学党委宣传部 电话：020-12345678",
                                  "本报地址：悉尼某某街61号 广告部电话：(02) 1234 5678",
                                  "悉尼总部电话：(02) 1234 5678"])
def test_a_publishers_address_with_its_unit_or_its_desks_phone_is_furniture(line):
    # a paper the gazetteer lacks before its 社 and address, the unit at an address, a desk's or an
    # office's phone (广告部电话, 悉尼总部电话): the contacts any paper prints at its foot
    assert line_role(line) == "contact"


@pytest.mark.parametrize("line", ["临江区融媒体中心 地址：临江市某某路31号 电话：023-12345678",
                                  "临江华文报社 东京都新宿区某某7丁目24番 广告部电话 03-1234-5678",
                                  "临江华文时报社 大阪市浪速区某某町3-20", "临江日报社 临江市某某路52号",
                                  "东京本社 电话 03-1234-5678"])
def test_a_publishers_house_before_its_address_or_phone_is_furniture(line):
    # a county paper's media centre before its address, a paper's house before its address printed with no
    # 地址 (a street number or a Japanese block ends it), an office set off before its phone: the foot's contacts
    assert line_role(line) == "contact"


@pytest.mark.parametrize("line", ["中国某某学会杂志社 地址：北京市某某区某某街3号 邮编100000",
                                  "中国某某行业资讯网 www.example.cn",
                                  "4100 Maple Avenue, Seattle, WA 98101 电话 (206) 555-0147"])
def test_a_magazine_houses_address_a_long_news_site_and_a_street_in_latin_letters_are_furniture(line):
    # the magazine house publishing a paper before its address and postcode, a news site's name of eight
    # characters before its domain, an overseas paper's street, city and state before its phone
    assert line_role(line) == "contact"


def test_a_name_topping_the_page_over_an_english_paper_name_is_the_masthead_whatever_it_ends_in():
    # 临江华人新闻 ends as a section's name does; the English name under it (… DAILY NEWS) is a paper's,
    # with the edition's line between it and the date
    lines = ["临江华人新闻", "LINJIANG CHINESE DAILY NEWS", "西雅图版", "2024年3月1日（星期五）", "", *BODY]
    header = page_header(lines)
    assert (header.newspaper, header.roles[1], header.roles[2]) == ("临江华人新闻", "masthead", "masthead_english")


def test_a_papers_house_before_words_that_are_no_address_is_no_contact():
    assert line_role("临江日报社 成立七十周年") is None


@pytest.mark.parametrize("line, role", [("编辑：严某 审核：罗某", "editor"), ("审核：罗某", "editor"),
                                        ("第1502期 每周五发行 定价300日元", "serial"), ("每周五发行", "serial"),
                                        ("24小时报料热线 022-12345678 微信报料：临江晚报", "contact")])
def test_a_pages_checker_a_weeklys_day_out_and_a_tip_account_named_first_are_furniture(line, role):
    # 审核 credits the page's checker as 审读 does; a weekly 发行 on its day as it 出版; 微信报料 is 报料微信
    assert line_role(line) == role


@pytest.mark.parametrize("line", ["责任编辑 钱航光 学生编辑 郭芳丽", "学生编辑 郭芳丽"])
def test_an_editor_of_any_kind_beside_the_desk_editor_is_furniture(line):
    # 学生编辑, 特约编辑: two characters saying what kind of editor, then the name
    assert line_role(line) == "editor"


def test_an_overseas_papers_price_in_its_currency_sign_is_a_header_part():
    assert parse("第5417期 每份A$1.50") is not None


@pytest.mark.parametrize("line", ["南京新闻 扬子晚报", "南京新闻 扬子晚报 2024年5月6日"])
def test_a_section_before_a_listed_papers_name_is_no_part_of_the_name(line):
    # 南京新闻 扬子晚报: a page head naming its section first; not one unlisted paper 南京新闻扬子晚报
    parsed = parse(line)
    assert parsed is not None and parsed.paper == "扬子晚报" and parsed.labels == ("南京新闻",)


def test_a_thai_papers_dates_in_two_eras_and_its_bracketed_page_are_its_head():
    # 公元 names the Common Era beside the Buddhist one; an inner head prints the Buddhist-era date alone
    # (佛历2567年 is 2024) under the section and its page number in brackets
    front = ["新中原报", "公元2024年9月3日 星期二", "佛历2567年 农历八月初一", "", "一则新闻的标题", "正文的第一句话写在这里，"]
    assert page_header(front).date == "2024-09-03"
    inner = ["侨社", "（5）", "佛历2567年12月6日", "", "一则新闻的标题", "正文的第一句话写在这里，"]
    header = page_header(inner)
    assert (header.date, header.page) == ("2024-12-06", "5")
    assert set(header.roles) == {1, 2, 3}


def test_a_permit_for_a_class_of_papers_is_furniture():
    assert line_role("浙江省县市报 准印证号 浙某某0000号") is not None


@pytest.mark.parametrize("foot, paper", [("24小时报料热线 0592-85266496 微信搜“海峡导报”", "海峡导报"),
                                         ("扫码阅读中华日报电子版", "中华日报"), ("扫码关注“青田侨报”海外版", "青田侨报")])
def test_a_call_to_search_read_or_follow_the_paper_names_it(foot, paper):
    # the foot names the paper nowhere else: searched for by its name in quotes, read as its e-paper, followed
    # for its overseas edition
    lines = ["民生 A09", "2024年3月4日 星期一", "", "一则新闻的标题", "正文的第一句话写在这里，", "正文的第二句话写在这里。", "",
             foot]
    header = page_header(lines)
    assert header.newspaper == paper and header.roles.get(8) is not None


def test_a_service_hotline_under_the_header_is_the_papers_amid_the_page_a_row():
    # 维权热线 12315 under the serial numbers and set off below: the paper's own line; a box's row elsewhere
    header = page_header(["中国某某报", "2024年10月25日 星期五", "第6994期 国内统一连续出版物号 CN 11-0000",
                          "维权热线 12315", "", "标题", *BODY])
    assert header.roles[4] == "contact"
    box = page_header(["中国某某报", "2024年10月25日 星期五", "", "便民热线", "维权热线 12315", "医保热线 12393",
                       "标题", *BODY])
    assert 5 not in box.roles


@pytest.mark.parametrize("foot", [
    ["新闻热线：0571-12345678 临江日报全媒体中心"],  # a desk's name beside the hotline, no pattern's label
    ["本报网址 www.example.com"],
    ["临江传媒集团 地址：临江市某某路8号"],
    ["订阅热线：2345 6789 广告查询：2345 6790"],  # phones set in groups of four
    ["零售价：1.50元 临江日报发行部"],  # a price beside the desk selling the paper
    ["临江报社出版 2024年5月6日"],
    ["投诉举报请拨打12315", "本报网站 www.example.com"],  # a service's number over the site, both closing the page
    ["本报网址 www.example.com", "某某邮政登记为新闻纸类"],  # the paper's postal registration under its site
    ["订阅请到当地邮局"],  # where to subscribe: a post office, no number
    ["海外发行：某某侨刊联络处"],  # who distributes it abroad
])
def test_a_line_closing_the_page_with_a_phone_site_price_or_code_is_the_footers(foot):
    # read by the shape of what it holds, whatever its labels call it: the page's last lines, a few words beside
    lines = [*BODY[:12], "一则新闻写完了最后一句。", "", *foot]
    roles = page_header(lines).roles
    assert all(roles.get(n) == "contact" for n in range(15, 15 + len(foot)))


@pytest.mark.parametrize("tail", [
    ["便民热线", "燃气报修电话：0571-1234", "5678", "市民服务热线：12345"],  # a box's phone rows
    ["书讯", "《山中之书》 某某 著 某某出版社 定价48", "元", "《海边之书》 某某 著 某某出版社 定价52元"],  # books' rows
    ["书讯", "《山中之书》 某某 著 某某出", "", "版社 定价48元"],  # a book's row broken before its price
    ["寻人启事", "家属盼其早日回家，必有酬谢。", "", "联系人：王某某 电话：0571-12345678"],  # a notice's contact
    ["一则新闻写完了最后一句。", "", "市民可拨打12345反映问题。"],  # a sentence calling a number
    ["一则新闻写完了最后一句。", "", "【便民热线】", "燃气报修电话：0571-12345678", "市民服务热线：12345"],  # a box's label
    ["一则新闻写完了最后一句。", "", "七乐彩第2024120期开奖结果", "01 05 12 18 22 27 30"],  # a draw's issue and numbers
    ["一则新闻写完了最后一句。", "", "邮发代号1-23欢迎各界读者朋友踊跃投稿分享身边新鲜事物"],  # a code run into words
])
def test_rows_or_a_notices_contact_closing_the_page_stay_text(tail):
    lines = [*BODY[:12], *tail, "", "本版编辑 张某某"]
    roles = page_header(lines).roles
    assert roles.get(len(lines)) == "editor"
    assert not any(roles.get(n) for n in range(13, len(lines) - 1))


@pytest.mark.parametrize("credit", ["一则新闻写完了最后一句。（记者 郭某）", "（记者 郭某）", "中心 郭某）", "本报记者 郭某 摄",
                                    "一则新闻写完了最后一句。 （本报资料照片）"])
def test_the_footer_stands_under_a_text_closed_by_its_credit(credit):
    lines = [*BODY[:12], credit, "", "新闻热线 0571-12345678 临江日报全媒体中心"]
    assert page_header(lines).roles.get(15) == "contact"


@pytest.mark.parametrize("head, furniture", [
    # set solid between two header lines: an English name and the seat, a name in another script, an organ line
    # with its edition after 机关报, an issue's price
    (["临江华报", "Linjiang Chinese Press", "多伦多 Toronto", "2024年10月12日 星期六"], [2, 3]),
    (["临江日报", "림강일보", "中共临江州委机关报", "2024年9月15日 星期日"], [2]),
    (["临江日报", "中共临江州委员会机关报（汉文版）", "2024年5月17日 星期五"], [2]),
    (["临江经济日报", "LINJIANG ECONOMIC TIMES", "2024年8月16日 星期五", "第11649号 售价港币八元", "www.example.hk"], [4]),
    # topping the page over its date line: a name the gazetteer lacks, its English name and what kind of paper it is
    (["银孔雀", "SILVER PEACOCK", "某国中文报", "2024年7月8日（星期一）"], [1, 2, 3]),
    # last in the stack, set off below, by its shape: a bare number, a paper's kind, an issue number opening the line
    (["县区新闻", "临江日报 2024年6月3日", "010"], [3]),
    (["临江测绘报", "自然资源部主管", "2024年10月1日 星期二", "全国某某地理信息行业报"], [4]),
    (["2024年9月6日 星期五", "第1580期 本期12版 某某新闻网 www.example.edu.cn"], [2]),
    (["某国时报 某国新闻", "2", "2024年7月20日 某国时间"], [3]),
    # a date line holding the section and a bare page number
    (["2024年4月14日 星期日 维权 7"], [1]),
])
def test_a_line_inside_the_headers_stack_is_furniture(head, furniture):
    lines = [*head, "", "河边新修的步道开放", "", *BODY[:8]]
    roles = page_header(lines).roles
    assert all(roles.get(n) for n in furniture), roles
    assert not roles.get(len(head) + 2)


@pytest.mark.parametrize("head, n, role", [
    (["县区新闻", "临江日报 2024年6月3日", "010"], 3, "page_header"),  # a bare number: the page's
    (["2024年9月6日 星期五", "第1580期 本期12版 某某新闻网 www.example.edu.cn"], 2, "serial"),  # the issue's
    (["某国时报 某国新闻", "2", "2024年7月20日 某国时间"], 3, "dateline"),  # a whole date line
    (["银孔雀", "SILVER PEACOCK", "某国中文报", "2024年7月8日（星期一）"], 3, "serial"),  # the paper's kind: no organ line
])
def test_a_line_inside_the_headers_stack_takes_the_role_of_its_shape(head, n, role):
    lines = [*head, "", "河边新修的步道开放", "", *BODY[:8]]
    assert page_header(lines).roles.get(n) == role


@pytest.mark.parametrize("head, text", [
    (["临江日报", "2024年6月3日 星期一", "河边新修的步道开放"], [3]),  # a headline set off below, no furniture by shape
    (["临江日报", "2024年6月3日 星期一", "本报记者 王某某"], [3]),  # nor a byline
    # nor a headline ending in a kind of text that ends in 报, nor one opening with a date
    (["临江日报", "2024年6月3日 星期一", "关于全市安全生产情况的通报"], [3]),
    (["临江日报", "2024年6月3日 星期一", "全市防汛工作简报"], [3]),
    (["临江日报", "2024年6月3日 星期一", "我市再传喜报"], [3]),
    (["临江日报", "2024年6月3日 星期一", "2024年6月1日起 这些新规开始施行"], [3]),
    (["临江日报", "河边新修的步道今天开放，", "2024年6月3日 星期一"], [2]),  # nor a sentence's line between header lines
    (["临江日报", "一行字", "又一行字", "再一行字", "2024年6月3日 星期一"], [2, 3, 4]),  # nor a run of three amid the stack
    (["2024年4月14日 星期日 晴 7"], [1]),  # a date line ends in a bare page number only after a section's name
    (["2024年4月14日 星期日 多云 27"], [1]),  # not after the sky's words: the day's weather and degrees
    (["2024年4月14日 星期日 阴转小雨 12"], [1]),
    (["临江日报", "2024年6月3日 星期一", "", "星期四 天晴炎热 27"], [4]),  # after a weekday alone, a forecast's degrees
])
def test_a_headline_byline_or_text_under_the_header_stays_text(head, text):
    lines = [*head, "", *BODY[:8]]
    roles = page_header(lines).roles
    assert not any(roles.get(n) for n in text), roles


@pytest.mark.parametrize("line, role", [
    ("2024年3月22日（金）", "dateline"),  # a paper in Japan's weekday by its Japanese name
    ("第2面 某国新闻", "page_header"),  # and its page numbered 面
    ("责编 王某 美编 李某 责校 赵某某", "editor"),  # a page's proofreader in short
    ("CBA 编辑 王某某", "editor"),  # a sports section in capitals before the page's editor
])
def test_head_lines_of_papers_abroad_and_sports_pages(line, role):
    assert line_role(line) == role


def test_a_name_topping_the_page_over_its_english_name_and_date_is_the_masthead():
    # no paper's ending, unlisted: its English name under it and the date line under both vouch for it
    header = page_header(["银孔雀", "SILVER PEACOCK", "某国中文报", "2024年7月8日（星期一）", "", "河边新修的步道开放", "",
                          *BODY[:8]])
    assert (header.newspaper, header.roles.get(1), header.roles.get(2)) == ("银孔雀", "masthead", "masthead_english")


@pytest.mark.parametrize("foot", ["临报新闻热线 0571-12345678 官方微博 @临江晨报", "晨报热线 0571-12345678 本报网址 www.example.com"])
def test_the_papers_own_contact_closes_the_page_under_a_line_that_ends_nothing(foot):
    # a title set under its text ends nothing, yet a line naming the paper's own hotline or account is no box's row
    lines = ["临江晨报", *BODY[:12], "一则新闻写完了最后一句。", "", "老街巷改造完工", "", foot]
    assert page_header(lines).roles.get(18) == "contact"


@pytest.mark.parametrize("rows, footer", [
    # a box's row over the paper's own line: only that line and those below it are the footer
    (["燃气报修电话：0575-12345678", "临报新闻热线 0571-12345678 官方微博 @临江晨报"], [19]),
    # an account by another name than the page's paper is a box's row (a utility's)
    (["燃气报修电话：0575-12345678", "官方微信 临江燃气 客服电话 0575-87654321"], []),
])
def test_only_the_papers_own_contact_and_below_closes_the_page_under_a_title(rows, footer):
    lines = ["临江晨报", *BODY[:12], "一则新闻写完了最后一句。", "", "老街巷改造完工", "", *rows]
    roles = page_header(lines).roles
    assert [n for n in (18, 19) if roles.get(n) == "contact"] == footer, roles
