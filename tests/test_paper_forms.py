"""The page's own paper, date and page number in the forms a new user's pages print them
(generator/archive/furniture.py, data/newspapers.yml), on small headers written for these tests."""
import pytest

from generator.archive.furniture import byline_paper, page_header, papers

BODY = ["", "市民服务中心正式启用", "", "本报讯（记者 王小明）近日，市民服务中心正式启用，",
        "共设置窗口六十个，可办理事项三百余项。", "据介绍，中心实行一窗受理，", "群众办事更加方便快捷。", ""]


def read(head, foot=()):
    header = page_header([*head, *BODY, *foot])
    return header.newspaper, header.date, header.page


@pytest.mark.parametrize("name", [
    # province-level party dailies, metro and evening papers, industry and financial papers
    "人民日报", "西宁日报", "新疆日报", "楚天都市报", "齐鲁晚报", "上海证券报", "中国基金报", "期货日报",
    "生命时报", "南方电网报", "金融投资报", "呼和浩特晚报", "海西晨报", "香港文汇报", "联合报", "澳门日报",
    # a river commission's, a children's, a legal and an overseas Chinese paper
    "黄河报", "中国儿童报", "江苏法治报", "澳洲新报",
    # Latin America's Chinese papers (Brazil, Peru, Panama, Cuba)
    "南美侨报", "美洲华报", "巴西侨报", "公言报", "民醒日报", "拉美侨声报", "光华报",
])
def test_the_gazetteer_knows_the_paper(name):
    assert name in {p.name for p in papers()}


@pytest.mark.parametrize("masthead, paper", [
    ("大公報", "大公报"),  # Hong Kong, Macao and Taiwan print traditional characters
    ("澳門日報", "澳门日报"),
    ("星島日報", "星岛日报"),
    ("中国国土资源报", "中国自然资源报"),  # a former name
    ("中国海洋报", "中国海洋报"),  # a paper of its own, merged into 中国自然资源报: not a former name
])
def test_a_traditional_or_former_name_is_the_paper(masthead, paper):
    assert read([masthead, "2024年5月6日 星期一", "A5"]) == (paper, "2024-05-06", "A5")


@pytest.mark.parametrize("masthead, paper", [
    ("CHONGQING DAILY", "重庆日报"),
    ("Shanghai Securities News", "上海证券报"),
    ("XIAOXIANG MORNING HERALD", "潇湘晨报"),
    ("INNER MONGOLIA DAILY", "内蒙古日报"),
    ("RENMIN RIBAO", "人民日报"),  # pinyin
    ("XINMIN WANBAO", "新民晚报"),
])
def test_an_english_or_pinyin_masthead_names_the_paper(masthead, paper):
    assert read([masthead, "2024年5月6日 星期一", "A3"])[0] == paper


@pytest.mark.parametrize("head, foot, paper", [
    (["A05 社会", "2024年5月6日 星期一"], ["临江日报社出版  地址：临江市滨江路1号"], "临江日报"),
    (["第5版", "2024年5月6日 星期一"], ["临江晚报社出版"], "临江晚报"),
    (["临江日报社出版", "2024年5月6日 星期一", "第5版"], [], "临江日报"),
    (["A05 社会", "2024年5月6日 星期一"], ["重庆日报社出版  地址：重庆市渝北区某路1号"], "重庆日报"),
    # a group prints many papers: its name is none of them
    (["A05 社会", "2024年5月6日 星期一"], ["印刷：临江日报报业集团印务有限公司"], None),
    # 社编辑出版 before a hotline; an ad's 学生报名 above it opens a word with 报, naming no paper
    (["第7版", "民生"], ["学生报名优惠 咨询电话：0123-45678901", "", "临江日报社编辑出版 新闻热线：0123-12345678"],
     "临江日报"),
])
def test_a_paper_named_only_as_its_own_publisher(head, foot, paper):
    assert read(head, foot)[0] == paper


@pytest.mark.parametrize("head, paper", [
    (["重庆", "日报", "2024年5月6日 星期一", "第3版"], "重庆日报"),  # a name set over two lines
    (["重 庆", "日 报", "2024年5月6日 星期一", "第3版"], "重庆日报"),
    (["临江", "晚报", "2024年5月6日 星期一", "第3版"], "临江晚报"),  # unlisted, topping the page
    (["重 庆 日 报", "2024年5月6日 星期一", "A3 要闻"], "重庆日报"),  # letter-spaced
    (["临 江 日 报", "2024年5月6日 星期一", "第2版"], "临江日报"),
    (["临江日报 LINJIANG DAILY", "2024年5月6日", "A3"], "临江日报"),  # beside its English name
    (["临江日报 LINJIANG RIBAO", "2024年5月6日", "A3"], "临江日报"),
    (["临江日报", "国内统一连续出版物号 CN22-0099", "2024年5月6日 星期一 第2版"], "临江日报"),
    (["中共临江市委机关报", "临江日报", "2024年5月6日"], "临江日报"),
    (["临江新闻", "中共临江县委机关报", "2024年5月6日", "第3版"], "临江新闻"),  # no paper's ending: by its organ line
    (["中共临江县委机关报", "临江新闻", "2024年5月6日", "第3版"], "临江新闻"),
    (["临江日报", "社址：临江市滨江路1号", "2024年5月6日 星期一", "第3版"], "临江日报"),
    (["临江晚报 2024年5月6日 星期一 A05"], "临江晚报"),  # a page header naming its paper
    (["临江日报 | 2024年5月6日 | 星期一 | 第3版"], "临江日报"),
    (["法制日报", "2024年5月6日", "第3版"], "法治日报"),  # an old name
])
def test_masthead_forms(head, paper):
    assert read(head)[0] == paper


@pytest.mark.parametrize("head", [
    ["临江", "公园", "2024年5月6日 星期一"],  # two short lines that make no paper's name
    ["日报", "2024年5月6日 星期一"],  # a paper's ending alone
    ["临江日报 PDF"],  # capitals that name no paper beside an unlisted name
])
def test_no_masthead_from_short_lines_that_name_no_paper(head):
    assert read(head)[0] is None


@pytest.mark.parametrize("head, page", [
    (["重庆日报", "2024年5月6日", "A05"], "A05"),
    (["重庆日报", "2024年5月6日", "第5版"], "5"),
    (["重庆日报", "2024年5月6日", "5版"], "5"),
    (["重庆日报", "2024年5月6日", "第五版"], "五"),  # as printed: jumps.page_label compares pages
    (["重庆日报", "2024年5月6日", "05 / 要闻"], "05"),
    (["重庆日报", "2024年5月6日", "第02版：经济"], "02"),
    (["重庆日报", "2024年5月6日", "B2-3 专题"], "B2-3"),  # a spread over two facing pages
    (["重庆日报", "2024年5月6日", "B2-B3 特别报道"], "B2-B3"),
    (["重庆日报", "2024年5月6日", "第2-3版"], "2-3"),
    (["重庆日报", "2024年5月6日", "A3 深度报道"], "A3"),  # a section ending 报道 is no paper's name
    (["临江晚报 2024年5月6日 A05"], "A05"),
    (["重庆日报", "2024年5月6日", "A8-5"], None),  # a make-up code: no spread of facing pages
    (["重庆日报", "2024年5月6日", "B3-2 专题"], None),
    (["联合早报 2024年5月6日 星期一 第2页"], "2"),  # a Singapore or Malaysian paper's 页
])
def test_page_number_forms(head, page):
    assert read(head)[2] == page


@pytest.mark.parametrize("head, date", [
    (["重庆日报", "2024年5月6日 星期一"], "2024-05-06"),
    (["重庆日报", "2024年05月06日星期一"], "2024-05-06"),
    (["重庆日报", "2024.5.6 周一"], "2024-05-06"),
    (["重庆日报", "2024-05-06"], "2024-05-06"),
    (["重庆日报", "2024/5/6 星期一"], "2024-05-06"),
    (["重庆日报", "二〇二四年五月六日 星期一"], "2024-05-06"),
    (["重庆日报", "二○二四年五月六日"], "2024-05-06"),
    (["重庆日报", "2024 年 5 月 6 日 星期一"], "2024-05-06"),
    (["重庆日报", "2024年", "5月6日", "星期一"], "2024-05-06"),  # set over three lines
    (["重庆日报", "5月6日 周一", "2024年"], "2024-05-06"),  # the year printed elsewhere in the head
    (["重庆日报", "第12345期 2024年", "5月6日 星期一"], "2024-05-06"),
    (["重庆日报", "2024年第18期", "5月6日 星期一"], "2024-05-06"),
    (["重庆日报", "5月6日 星期一", "农历甲辰年三月廿八"], "2024-05-06"),  # the year of the lunar date
    # the lunar date is no date of the page's calendar
    (["重庆日报", "农历甲辰年三月廿八", "2024年5月6日 星期一"], "2024-05-06"),
    (["重庆日报", "2024年5月6日 星期一 农历甲辰年三月廿八"], "2024-05-06"),
    (["重庆日报", "农历甲辰年三月廿八"], None),
    (["CHINA DAILY", "MONDAY, MAY 6, 2024"], "2024-05-06"),  # an English masthead's date
    (["GLOBAL TIMES", "Monday May 6 2024"], "2024-05-06"),
    (["CHINA DAILY", "Mon 6 May 2024"], "2024-05-06"),
    (["CHINA DAILY", "FEB 30, 2024"], None),
    (["重庆日报", "5月6日 星期一"], None),  # no year printed anywhere
    # the date beside the desk's editor and telephone, on a page header of its own
    (["7 法院新闻", "2024年9月19日 责任编辑 万怡 联系电话 010-65134967"], "2024-09-19"),
])
def test_date_forms(head, date):
    assert read(head)[1] == date


@pytest.mark.parametrize("head, paper", [
    (["临江法制报", "2024年5月6日"], "临江法制报"),  # more of a paper's own endings
    (["临江侨报", "2024年5月6日"], "临江侨报"),
    (["临江都市快报", "2024年5月6日"], "临江都市快报"),
    (["中国交通建设报", "2024年5月6日 星期一 第3版"], "中国交通建设报"),  # a ministry's or an industry's paper
    (["临江日报数字报", "2024年5月6日 星期一"], "临江日报"),  # its edition
    (["临江日报 中共临江市委机关报", "2024年5月6日 星期一"], "临江日报"),  # its organ line on its own line
    (["重庆日报 中共重庆市委机关报", "2024年5月6日 星期一"], "重庆日报"),
    (["临江晚报·要闻", "2024年5月6日"], "临江晚报"),  # a listed section after it
    (["03", "临江晚报 民生", "2024年5月6日 星期一"], "临江晚报"),  # a listed section set off by a space alone
    (["临江日报 第12345期", "2024年5月6日 星期一"], "临江日报"),
])
def test_an_unlisted_papers_name_beside_its_own_words(head, paper):
    assert read(head)[0] == paper


@pytest.mark.parametrize("head, paper", [
    (["重庆日报 区县", "2024年5月6日 星期一 第3版"], "重庆日报"),  # its section set off by a space
    (["中国儿童报 校园", "第5版", "2024年5月6日 星期三"], "中国儿童报"),
    (["重庆日报 记者 唐琴", "2024年5月6日"], None),  # its reporter's byline
])
def test_a_listed_papers_section_beside_it(head, paper):
    assert read(head)[0] == paper


@pytest.mark.parametrize("line", ["春节捷报·喜讯", "临江经济新闻", "中国人都爱读报", "临江日报社区版块"])
def test_no_masthead_from_a_name_that_is_no_paper(line):
    assert read([line])[0] is None


@pytest.mark.parametrize("foot, paper", [
    ("临江日报社 地址：临江市滨江路1号 邮编：100000", "临江日报"),  # its own address
    ("临江日报社址：临江市滨江路1号  电话：0123-1234567", "临江日报"),
    ("重庆日报社址：重庆市渝北区某路1号", "重庆日报"),
    ("临江晚报社出版 国内统一连续出版物号 CN22-0099", "临江晚报"),
    ("主管：中共临江市委 出版：临江日报社", "临江日报"),
    ("临江晚报新闻热线：0123-1234567", "临江晚报"),  # a paper advertising itself on its own pages
    ("欢迎订阅临江晚报", "临江晚报"),
    ("下载临江晚报APP", "临江晚报"),
    # a call to follow a paper says its name is one, whatever it ends in
    ("扫码关注临江建设报微信公众号", "临江建设报"),
    ("扫码关注中国临江报", "中国临江报"),
    ("临江建设报 扫码阅读电子版", "临江建设报"),
    ("临江晚报微信公众号 扫一扫", "临江晚报"),  # its account named before the call to scan
    ("扫码关注天气预报微信公众号", None),
    ("主办：临江日报社", None),  # a paper's owner may publish other papers
    ("印刷：临江日报报业集团印务有限公司", None),
    ("本报地址：临江市滨江路1号", None),
])
def test_a_footer_naming_the_paper(foot, paper):
    assert read(["A3 要闻", "2024年5月6日"], ["", foot])[0] == paper


def page_paper(tmp_path, bylines):
    """The paper the whole page is filed under, and where it came from, for a page with no masthead."""
    from generator.archive.build import build_page
    from generator.archive.read import read_page

    lines = ["A3 要闻", "2024年5月6日 星期一", ""]
    for n, byline in enumerate(bylines):
        lines += [f"新区建设第{n + 1}批项目开工", "", byline, "", "近日，新区建设提速，", "多个项目集中开工。", ""]
    (tmp_path / "p.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    meta = build_page(read_page(tmp_path / "p.txt", tmp_path)).page.items[0].meta
    return meta.newspaper or None, (meta.provenance.get("newspaper") or {}).get("source")


@pytest.mark.parametrize("bylines, found", [
    (["临江日报记者 王小明"], ("临江日报", "inferred")),  # an unlisted paper's own reporter
    (["临江晚报全媒体记者 王小明 通讯员 李四"], ("临江晚报", "inferred")),
    (["据临江日报记者 王小明"], (None, None)),  # a reprint
    (["本报记者 王小明"], (None, None)),  # 本报 names no paper
    # one reprinted piece names another paper once: the paper most bylines name
    (["临江日报记者 王小明", "重庆日报记者 唐琴", "临江日报记者 李华"], ("临江日报", "inferred")),
    (["重庆日报记者 唐琴", "重庆日报记者 王小明"], ("重庆日报", "inferred")),
    # a service's paper, whose name has no paper's ending, named in a group's shared credit
    (["本组图片由人民前线记者 王小明 摄"], ("人民前线", "inferred")),
])
def test_a_paper_inferred_from_its_own_reporters(tmp_path, bylines, found):
    assert page_paper(tmp_path, bylines) == found


@pytest.mark.parametrize("text, paper", [
    ("本报讯 临江日报记者 王小明", "临江日报"),
    ("本报讯临江日报记者王小明", "临江日报"),  # a byline's spaces taken out
    ("（临江晚报记者 王小明）", "临江晚报"),
    ("临江日报讯（记者 王小明）", "临江日报"),
    ("据临江日报记者 王小明", None),  # a reprint
    ("转自临江日报", None),
    ("临江日报5月6日讯（记者 王小明）", "临江日报"),  # its dateline
    ("临江日报北京5月6日电（记者 王小明）", "临江日报"),
    ("重庆日报5月6日讯（记者 王小明）", "重庆日报"),
    ("据重庆日报5月6日讯", None),
    ("本报北京5月6日电", None),
    ("新华社记者 王小明", None),  # an agency
    ("新华社北京5月6日电", None),
    ("春节捷报记者 王小明", None),  # no paper's ending
    ("文/图本报记者 王小明", None),  # a credit's 图 with the space after it lost is no part of a name
    ("文/图临江晚报记者 王小明", "临江晚报"),
    ("临江日报社全媒体记者 王小明", "临江日报"),  # its house's reporter
    ("本组图片由临江晚报全媒体记者 王小明 摄", "临江晚报"),  # a group's credit: given by the paper's reporter
    ("临江日报江声新闻记者 王小明", "临江日报"),  # its news brand set solid after its name
    ("临江商报-江声新闻记者 王小明", "临江商报"),  # or after a hyphen
])
def test_an_unlisted_papers_own_reporter(text, paper):
    found = byline_paper(text)
    assert (found and found[0]) == paper


@pytest.mark.parametrize("text, paper", [
    ("【星岛日报报道】", "星岛日报"),  # a Hong Kong paper's own dateline in brackets
    ("【临江报报道】", "临江报"),
    ("【星岛日报专讯】", "星岛日报"),  # its own report
])
def test_a_papers_own_dateline_in_brackets_ending_baodao(text, paper):
    found = byline_paper(text)
    assert (found and found[0]) == paper


@pytest.mark.parametrize("signature, paper", [
    (["光明日报编辑部", "2024年5月6日"], "光明日报"),  # the paper's desk signs its own notice
    (["光明日报社 2024年5月6日"], "光明日报"),  # its house
    (["光明日报社区服务站", "2024年5月6日"], None),  # no house of the paper
    (["临江县人民法院", "2024年5月6日"], None),
])
def test_a_notice_the_paper_signs_names_it(tmp_path, signature, paper):
    from generator.archive.build import build_page
    from generator.archive.read import read_page
    lines = ["A3 要闻", "2024年5月6日 星期一", "", "新区建设提速", "", "记者 唐琴", "", "近日，新区建设提速，",
             "多个项目集中开工。", "", "征稿启事", "", "本报即日起面向读者征集新区建设故事，", "来稿请注明姓名和联系电话。", "",
             *signature, "", "本版编辑 王小明"]
    (tmp_path / "p.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert (build_page(read_page(tmp_path / "p.txt", tmp_path)).page.items[0].meta.newspaper or None) == paper


def test_a_paper_inferred_from_its_interviewers_questions(tmp_path):
    from generator.archive.build import build_page
    from generator.archive.read import read_page
    for question, paper in (("期货日报记者：企业怎样看待行业前景？", "期货日报"), ("《华夏时报》：企业怎样看待行业前景？", "华夏时报"),
                            ("《临江故事》：企业怎样看待行业前景？", None),  # title marks alone name no paper
                            # an unlisted paper asks by a name with a paper's ending
                            ("临江晚报：企业怎样看待行业前景？", "临江晚报"), ("临江故事：企业怎样看待行业前景？", None)):
        lines = ["A3 要闻", "2024年5月6日 星期一", "", "行业前景可期", "", question, "", "受访者：市场需求稳步增长，",
                 "企业信心不断增强。", ""]
        (tmp_path / "p.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        assert (build_page(read_page(tmp_path / "p.txt", tmp_path)).page.items[0].meta.newspaper or None) == paper


def test_a_reprinted_piece_does_not_name_the_page_under_its_masthead():
    lines = ["临江日报", "2024年5月6日 星期一", "", "新区建设提速", "", "重庆日报记者 唐琴", "", "近日，新区建设提速。"]
    header = page_header(lines)
    assert (header.newspaper, header.newspaper_line) == ("临江日报", 1)
    assert 6 not in header.roles  # a byline is no furniture


@pytest.mark.parametrize("line", [
    "近日，人民日报刊发评论员文章，引发热议。",  # a paper named in a sentence
    "记者从重庆日报获悉",
    "本报记者 王小明",
])
def test_a_paper_named_in_the_text_is_no_masthead(line):
    assert read(["2024年5月6日 星期一", "A3 要闻", "", line])[0] is None


@pytest.mark.parametrize("head, found", [
    (["临江日报 www.ljrb.cn", "2024年5月6日 星期一"], ("临江日报", "2024-05-06", None)),  # beside its site
    (["重庆日报 www.cqrb.cn", "2024年5月6日 星期一"], ("重庆日报", "2024-05-06", None)),
    (["临江晚报·临江新闻", "2024年5月6日"], ("临江晚报", "2024-05-06", None)),  # its own section
    (["临江日报 主办：中共临江市委", "2024年5月6日"], ("临江日报", "2024-05-06", None)),  # its owner on its line
    (["临江日报 ⊙ 2024年5月6日"], ("临江日报", "2024-05-06", None)),  # more marks between the parts
    (["临江日报 ★ 2024年5月6日 ★ 第3版"], ("临江日报", "2024-05-06", "3")),
    # an e-paper site's labels
    (["临江日报 2024年5月6日 版次：03 版名：要闻"], ("临江日报", "2024-05-06", "03")),
    (["临江日报", "日期：2024-05-06 版次：A03 版名：要闻"], ("临江日报", "2024-05-06", "A03")),
])
def test_header_lines_with_sites_owners_marks_and_labels(head, found):
    assert read(head) == found


@pytest.mark.parametrize("line", ["欢迎订阅临江日报 订阅热线：0123-1234567", "临江日报报业集团 地址：临江市滨江路1号"])
def test_a_contact_line_names_its_paper_not_a_call_or_a_group(line):
    assert read(["A3 要闻", "2024年5月6日"], ["", line])[0] == ("临江日报" if line.startswith("欢迎") else None)


@pytest.mark.parametrize("head, paper", [
    (["临江新闻", "临江县融媒体中心出版", "2024年5月6日"], "临江新闻"),  # a county media centre's paper
    (["今日临江", "中共临江县委机关报", "2024年5月6日"], "今日临江"),  # its place anywhere in the name
    (["要闻", "临江县融媒体中心出版", "2024年5月6日"], None),  # a section, not of the place
])
def test_a_county_paper_beside_its_owner(head, paper):
    assert read(head)[0] == paper


@pytest.mark.parametrize("head, paper", [
    (["今日大邑", "2024年5月6日 星期一", "第12版·民生"], "今日大邑"),  # 今日 and its county's name, 大邑县
    (["今日永嘉", "2024年5月6日 星期一", "第3版"], "今日永嘉"),
    (["今日关注", "2024年5月6日 星期一", "第3版"], None),  # 今日 and no place's name
])
def test_a_county_paper_named_today_and_its_county_over_an_inner_pages_head(head, paper):
    assert read(head)[0] == paper


@pytest.mark.parametrize("line, found", [
    ("A05 2024年5月6日 临江晚报", ("临江晚报", "2024-05-06", "A05")),  # two numbers a space sets apart
    ("05 2024年5月6日 星期一", (None, "2024-05-06", "05")),
    ("临江晚报 2024.5.6 05 要闻", ("临江晚报", "2024-05-06", "05")),
    ("临江晚报　2024.5.6　5版　要闻", ("临江晚报", "2024-05-06", "5")),
    ("2 0 2 4 年 5 月 6 日", (None, "2024-05-06", None)),  # letter-spaced numbers are one
    ("临江晚报 ‖ 2024年5月6日 ‖ A05 ‖ 要闻", ("临江晚报", "2024-05-06", "A05")),
    ("要闻 │ 临江晚报 │ 2024年5月6日 │ 第5版", ("临江晚报", "2024-05-06", "5")),
])
def test_a_header_line_in_any_order(line, found):
    assert read([line]) == found


@pytest.mark.parametrize("head, found", [
    (["人民日報", "2024年5月6日 星期一", "第4版"], ("人民日报", "2024-05-06", "4")),  # a calligraphic masthead's forms
    (["經濟日報", "2024年5月6日"], ("经济日报", "2024-05-06", None)),
    (["臨江日報", "2024年5月6日"], ("临江日报", "2024-05-06", None)),
])
def test_traditional_characters_read_as_simplified(head, found):
    assert read(head) == found


def test_a_reporter_of_a_paper_printed_in_traditional_characters():
    assert byline_paper("重慶日報記者 唐琴")[0] == "重庆日报"


@pytest.mark.parametrize("text, paper", [
    ("上证报记者 王小明", "上海证券报"),  # a paper's short name before its reporter
    ("中证报记者 王小明", "中国证券报"),
    ("北青报记者 王小明", "北京青年报"),
])
def test_a_short_name_of_a_paper_names_it(text, paper):
    assert byline_paper(text)[0] == paper


@pytest.mark.parametrize("head, found", [
    (["临江日报数字报刊平台", "2024年05月06日"], ("临江日报", "2024-05-06", None)),  # an e-paper site's title
    (["临江日报 2024年05月06日 第A03版：要闻"], ("临江日报", "2024-05-06", "A03")),
    (["【临江日报】 2024年5月6日"], ("临江日报", "2024-05-06", None)),
    (["临江日报 2024年5月6日 星期一 第3版 要闻 上一版 下一版"], ("临江日报", "2024-05-06", "3")),
])
def test_an_e_paper_sites_header(head, found):
    assert read(head) == found


def test_an_e_paper_sites_links_are_no_section():
    assert page_header(["临江日报 2024年5月6日 星期一 第3版 要闻 上一版 下一版", *BODY]).section == "要闻"


@pytest.mark.parametrize("paragraph, paper", [
    # an interleaved column leaves a brief's closing credit in its paragraph, wrapped inside the name
    ("近日，城区多条道路完成提升改造，沿线增设休闲座椅和绿化景观。（临江晚报记者孙军", "临江晚报"),
    ("近日，城区多条道路完成提升改造。（临江晚报记者 孙军娟）", "临江晚报"),
    ("近日，城区多条道路完成提升改造。（据临江晚报）", None),  # a reprint
    ("近日，记者从临江晚报获悉，道路完成提升改造。", None),  # a sentence
])
def test_a_briefs_closing_credit_left_in_its_paragraph_names_the_paper(paragraph, paper):
    from types import SimpleNamespace

    from generator.archive.enrich import newspaper_from_cues

    page = SimpleNamespace(items=[SimpleNamespace(blocks=[SimpleNamespace(kind="paragraph", text=paragraph)])], furniture=[])
    found = newspaper_from_cues(page)
    assert (found and found[0]) == paper


@pytest.mark.parametrize("head, found", [
    (["A12", "临都民生 | 2024.08.18"], (None, "2024-08-18", "A12")),  # a section's name before the date
    (["临都 社会 A04", "2024年8月10日 星期六"], (None, "2024-08-10", "A04")),  # a short name and a section
    (["临都 滨江新闻 A03", "2024年12月6日 星期五"], (None, "2024-12-06", "A03")),
    (["公司 | A12", "www.ljrb.com.cn  2024年3月18日"], (None, "2024-03-18", "A12")),  # the paper's site
    (["A05", "2024年9月2日 编辑：王晓明 制版：李华"], (None, "2024-09-02", "A05")),  # a make-up editor's credit
    (["CHINA TIMES", "2024年5月6日"], ("华夏时报", "2024-05-06", None)),
])
def test_more_head_lines_around_the_date(head, found):
    assert read(head) == found


@pytest.mark.parametrize("line", ["江汉平原春耕忙 >>5版", "新区 建设 提速", "临都 滨江新闻"])
def test_no_section_name_from_a_pointer_or_a_spaced_headline(line):
    assert read([line]) == (None, None, None)


@pytest.mark.parametrize("head, found", [
    (["重重庆庆日日报报", "2024年3月5日 星期二", "A3"], ("重庆日报", "2024-03-05", "A3")),
    (["齐 齐 鲁 鲁 晚 晚 报 报", "2024年3月5日"], ("齐鲁晚报", "2024-03-05", None)),
])
def test_a_masthead_read_twice_over_names_the_paper(head, found):
    """A bold masthead face the extractor reads twice over, glyph by glyph."""
    assert read(head) == found


@pytest.mark.parametrize("head", [["人人人人", "2024年3月5日"], ["天天向向上上", "2024年3月5日"]])
def test_a_doubled_line_that_names_no_paper_is_no_masthead(head):
    assert read(head)[0] is None


def test_a_source_line_with_the_papers_name_in_title_marks():
    """An archivist's or an e-paper's source line: 《重庆日报》2024年3月5日 第3版."""
    assert read(["《重庆日报》2024年3月5日 第3版"]) == ("重庆日报", "2024-03-05", "3")


@pytest.mark.parametrize("head, foot, paper", [
    (["02 | 成都新闻 | 红星新闻", "2024.05.09"], [], "成都商报"),  # the paper's app as its page header's brand
    (["A3 要闻", "2024年5月9日"], ["下载上游新闻APP 爆料有奖"], "重庆晨报"),
    (["A3 要闻", "2024年5月9日"], ["扫码关注人民铁道网"], "人民铁道"),  # the paper's own site
    (["A3 要闻", "2024年5月9日"], ["观海新闻热线：0532-64402697"], "青岛日报"),
    (["A3 要闻", "2024年5月9日"], ["24小时新闻热线 0532-66984149"], None),  # a hotline's own words name no app
])
def test_a_papers_own_app_or_site_names_it(head, foot, paper):
    assert read(head, foot)[0] == paper


@pytest.mark.parametrize("text, paper", [
    ("青岛日报/观海新闻记者 薛某某 通讯员 毛某某", "青岛日报"),  # paper and app set apart by a slash
    ("红星新闻记者 王小明 实习生 李四", "成都商报"),
])
def test_a_reporter_of_a_paper_and_its_app(text, paper):
    found = byline_paper(text)
    assert (found and found[0]) == paper


@pytest.mark.parametrize("foot, found", [
    ("扫码下载石榴云客户端", ("新疆日报", "inferred")),  # its app alone: the page prints no name of the paper
    ("扫码下载新疆日报·石榴云客户端", ("新疆日报", "text")),  # the paper's name beside its app
])
def test_a_paper_named_by_its_app_alone_is_inferred(tmp_path, foot, found):
    lines = ["A3 要闻", "2024年5月6日 星期一", "", "新区建设项目开工", "", "近日，新区建设提速，", "多个项目集中开工。", "", foot]
    (tmp_path / "p.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    from generator.archive.build import build_page
    from generator.archive.read import read_page
    meta = build_page(read_page(tmp_path / "p.txt", tmp_path)).page.items[0].meta
    assert (meta.newspaper, meta.provenance["newspaper"]["source"]) == found


@pytest.mark.parametrize("head, paper", [
    # a name with no paper's ending topping the page, vouched for by what only a paper prints under its name
    (["临江铁道", "LINJIANG TIEDAO", "2024年5月6日 星期一", "第3版"], "临江铁道"),  # its pinyin name
    (["临江周末", "LINJIANG WEEKLY", "2024.5.6", "第2144期", "城市 E6"], "临江周末"),  # its English name
    (["21世纪临江报道", "21ST CENTURY LINJIANG HERALD", "2024年5月6日 星期一", "02 | 宏观"], "21世纪临江报道"),
    (["临江公报", "LINJIANG KUNG PAO", "1902年6月17日创刊", "2024年5月6日 星期一"], "临江公报"),
    (["临江交通报", "临江市交通运输局主办", "2024年5月6日 星期一", "第3版"], "临江交通报"),  # the body owning it
    (["临江之声", "2024年5月6日 星期一", "国内统一连续出版物号 CN 99-0001", "第3版"], "临江之声"),  # its serial number
    (["A3 要闻", "临江文摘", "邮发代号 99-123", "2024年5月6日 星期一"], "临江文摘"),  # under a page header
    (["临江大学报", "第8版 求是园"], "临江大学报"),  # a paper's ending right over the page's header line alone
])
def test_an_unlisted_masthead_vouched_for_by_the_lines_under_it(head, paper):
    assert read(head)[0] == paper


@pytest.mark.parametrize("head", [
    ["理 论 · 学 习", "第464期", "2024年5月6日 星期一", "第6版"],  # a section over its issue number
    ["临江新闻", "长兴县融媒体中心主办", "2024年5月6日 星期一"],  # another place's media centre
    ["要闻", "CHINA NEWS TODAY", "2024年5月6日 星期一"],  # a section's label
    ["欢迎订阅临江周末", "LINJIANG WEEKLY", "2024年5月6日 星期一"],  # a promotion
    ["临江铁道", "2024年5月6日 星期一", "第3版"],  # no neighbour vouches for a name without a paper's ending
    ["临江马拉松", "LINJIANG MARATHON", "", "近日，临江马拉松开跑。"],  # a headline over words in capitals
    ["临江新闻", "第11版", "2024年5月6日 星期一"],  # a section right over its page number: no section between
    ["全国两会", "代表风采", "第5版", "2024年3月6日 星期三"],  # a special page's banner over its section
])
def test_no_masthead_without_a_neighbour_that_vouches_for_it(head):
    assert read(head)[0] is None


@pytest.mark.parametrize("head, paper", [
    (["临江日报 03 要闻", "2024年5月6日 星期一"], "临江日报"),  # the name beside a section and a bare page number
    (["临江日报·临江新闻 10", "2024.5.6"], "临江日报"),
    # a section after a mark, beside any name a paper the gazetteer lacks may bear (a trade's 建设报)
    (["临江建设报·工程", "第7版", "2024年5月6日"], "临江建设报"),
    (["临江建设报·工程", "2024年5月6日"], "临江建设报"),
])
def test_an_unlisted_paper_beside_a_section_and_a_bare_page_number(head, paper):
    assert read(head)[0] == paper


@pytest.mark.parametrize("text, paper", [
    ("【临江公报讯】记者王小明报道：", "临江公报"),  # a Hong Kong paper's bracketed dateline, any name ending 报
    ("临江法院报记者 王小明", "临江法院报"),
    ("据临江公报记者 王小明", None),
])
def test_an_unlisted_paper_ending_only_in_its_own_reporter(text, paper):
    found = byline_paper(text)
    assert (found and found[0]) == paper


def test_an_unlisted_paper_is_read_from_the_page_with_less_confidence(tmp_path):
    from generator.archive.build import build_page
    from generator.archive.read import read_page

    lines = ["临江铁道", "LINJIANG TIEDAO", "2024年5月6日 星期一", "", *BODY]
    (tmp_path / "p.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    provenance = build_page(read_page(tmp_path / "p.txt", tmp_path)).page.items[0].meta.provenance["newspaper"]
    assert (provenance["source"], provenance["confidence"]) == ("text", "medium")
    assert "gazetteer" in provenance["evidence"]
    assert page_paper(tmp_path, ["临江法院报记者 王小明"]) == ("临江法院报", "inferred")


@pytest.mark.parametrize("name, level", [
    ("作家文摘", "national"), ("报刊文摘", "national"),  # digests
    ("新清华", "campus"), ("北京大学校报", "campus"),  # university papers
    ("联合早报", "overseas"), ("星洲日报", "overseas"), ("欧洲时报", "overseas"),  # Chinese dailies abroad
    ("今日象山", "city"), ("鄞州日报", "city"),  # district and county papers
])
def test_the_gazetteer_knows_papers_of_every_kind(name, level):
    assert next(p.level for p in papers() if p.name == name) == level


def test_an_overseas_paper_by_its_english_masthead():
    assert read(["SIN CHEW DAILY", "2024年5月6日 星期一", "A3"])[0] == "星洲日报"


@pytest.mark.parametrize("name, level", [
    ("哈密日报", "city"), ("柴达木日报", "city"), ("日喀则日报", "city"),  # prefecture party dailies
    ("如皋日报", "city"), ("寿光日报", "city"),  # county-level cities' papers
    ("鹤城晚报", "metro"), ("东江时报", "metro"),  # a large city's evening or metro paper
    ("中国核工业报", "national"), ("音乐周报", "national"),  # industry and specialist papers
    ("空军报", "national"), ("人民前线", "national"),  # military papers
    ("人间福报", "provincial"), ("头条日报", "provincial"),  # Taiwan and Hong Kong
    ("南开大学报", "campus"), ("日本新华侨报", "overseas"),
])
def test_the_gazetteer_covers_the_papers_of_every_division_and_trade(name, level):
    assert next(p.level for p in papers() if p.name == name) == level


@pytest.mark.parametrize("head, paper", [
    (["人民前线", "2024年5月6日 星期一", "第3版"], "人民前线"),  # a listed name without a paper's ending
    (["计算机世界", "2024年5月6日 星期一", "第3版"], "计算机世界"),
    (["工商時報", "2024年5月6日 星期一"], "工商时报"),  # a name inside a longer one: each names its own paper
    (["中华工商时报", "2024年5月6日 星期一"], "中华工商时报"),
    (["西贡解放日报", "2024年5月6日 星期一"], "西贡解放日报"),
    (["解放日报", "2024年5月6日 星期一"], "解放日报"),
])
def test_a_gazetteer_paper_on_its_masthead(head, paper):
    assert read(head)[0] == paper


def test_a_reprinted_pieces_outlet_does_not_name_the_page():
    body = ["", "据吐鲁番日报记者 王小明 报道，", "近日，市民服务中心正式启用。", ""]
    assert page_header(["哈密日报", "2024年5月6日 星期一", *body]).newspaper == "哈密日报"
    assert byline_paper("据吐鲁番日报记者 王小明") is None


@pytest.mark.parametrize("head, foot, paper", [
    # 报名 is a word, not a paper's name ending in 报: the publisher's line at the foot names the paper
    (["第7版", "民生"], ["学生报名优惠 咨询电话：0312-12345678", "临江日报社编辑出版"], "临江日报"),
    (["学生报名优惠 咨询电话：0312-12345678", "2024年5月6日 星期一"], (), None),
    (["临江晚报", "2024年5月6日 星期一"], ["夏令营报名热线：0312-12345678"], "临江晚报"),
])
def test_a_word_that_ends_in_bao_is_no_unlisted_paper(head, foot, paper):
    assert read(head, foot)[0] == paper


@pytest.mark.parametrize("text, paper", [
    ("临江都市报新媒体记者 王小明 通讯员 李华", "临江都市报"),  # a paper's new-media reporter
    ("海南日报新媒体记者 王小明", "海南日报"),
])
def test_a_papers_new_media_reporter_names_it(text, paper):
    found = byline_paper(text)
    assert (found and found[0]) == paper


@pytest.mark.parametrize("foot, paper", [
    (["临江日报社编辑出版 新闻热线：0312-12345678"], "临江日报"),  # the imprint's 编辑出版 beside a contact
    (["临江晚报社编辑出版 地址：临江市滨江路1号"], "临江晚报"),
])
def test_a_papers_imprint_beside_its_contacts_names_it(foot, paper):
    assert read(["第7版", "民生"], foot)[0] == paper


@pytest.mark.parametrize("text", ["图1、2为本报记者 王小明 摄", "本组图片由本报记者 王小明 摄", "右图为本报记者 王小明 摄"])
def test_benbao_after_any_word_names_no_paper(text):
    assert byline_paper(text) is None


def test_a_paper_asking_by_its_bare_name_is_inferred(tmp_path):
    from generator.archive.build import build_page
    from generator.archive.read import read_page
    for question, paper in (("华夏时报：企业怎样看待行业前景？", "华夏时报"),  # a gazetteer paper puts the question
                            ("华夏时报：企业看好行业前景。", None),  # no question: the paper is quoted
                            ("临江故事：企业怎样看待行业前景？", None)):  # no paper of the gazetteer
        lines = ["A3 要闻", "2024年5月6日 星期一", "", "行业前景可期", "", question, "", "受访者：市场需求稳步增长，",
                 "企业信心不断增强。", ""]
        (tmp_path / "p.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        assert (build_page(read_page(tmp_path / "p.txt", tmp_path)).page.items[0].meta.newspaper or None) == paper
