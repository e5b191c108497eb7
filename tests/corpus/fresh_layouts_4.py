"""A fourth set of blind development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, the development
family files as examples, articles.yml, evaluate.py), never the segmenter.  Seven papers the corpus
had not imitated (neither its development nor, checked by name and by count only, its held-back
families): a national trade paper, a provincial organ, a city evening paper, a metro tabloid, a
county paper, a business weekly and a national culture paper; each page of a family follows one of
four page plans.

* `jiaotong_national` 中国交通报: **出行提示 / 路况提醒 boxes** (◆ rows of roads and works, an intro
  sometimes); interviews with `记者：` and the **interviewee's name** as labels; ▲ 行业动态 briefs;
  `本报记者 X 通讯员 Y`, `■本报记者 X`, `中国交通报记者 X Y`; `本报讯（记者 X 通讯员 Y）`, a trailing `（X）`;
  a `CHINA COMMUNICATIONS NEWS` front page with 交通运输部主办.
* `qinghai_provincial` 青海日报: **titled 本报评论员 pieces** (the signature above or below the text);
  lead stories with a jump line and **page 2 carrying a story on** (`（上接第一版）`); dated datelines
  `本报西宁6月21日讯 （记者 X 通讯员 Y）` glued to the text; `本报记者 X 文/摄`; a front page with
  中共青海省委机关报, 农历 and 第N期.
* `nanning_evening` 南宁晚报: **热线追踪 columns** (a label, a title, a reader's complaint `市民黄先生来电反映：…`,
  what the reporter found, a trailing `（记者 X）`); `记者 X 文/图` over the text, `南宁晚报记者 X 通讯员 Y`;
  a brief and a photo read across two columns; doubled-glyph headlines, headlines after their bodies,
  a blank line after every line on some pages.
* `haixia_metro` 海峡都市报: `海都讯（记者 X Y）` datelines glued to the text, `海都记者 X 文/图`,
  `文/图 海都记者 X`, briefs closed by `（海都记者 X）`; **网友热议 boxes** (rows `@榕城阿明：…`,
  `网友“X”：…`); narrow columns, stray spaces, doubled-glyph headlines, two photos in a row.
* `wenling_county` 温岭日报: **招聘 / 招生 notices** (a title, an intro, rows `一、招聘岗位：…`, the issuer
  and the date); ■ 镇街传真 columns; `记者 X 通讯员 Y Z`, `本报通讯员 X`; `本报讯（记者 X 通讯员 Y）` above the
  text or glued, `本报讯 …（通讯员 X）`; town-supplied pictures; headlines after their bodies, a blank line
  after every line, pages whose paper and date are only in the footer.
* `huaxia_business` 华夏时报: a business weekly (Mondays): `华夏时报（www.chinatimes.net.cn）记者 X 北京报道`,
  `华夏时报记者 X Y 上海报道`; **专栏 pieces** (a label, a title, `文/X` above or `X` below, an
  `（作者系…）` note); interviews labelled `《华夏时报》：` and the interviewee's name; market tables.
* `zgwenhua_national` 中国文化报: **书讯 / 新书速递 boxes** (a label, a book title sometimes, a blurb, rows
  `作者：X`, `出版社：…`, `定价：…`); **艺术评论** signed `□X` or `文/X` above, an `（作者系…）` note;
  ◎ 文旅动态 briefs; `本报驻云南记者 X`, `本报记者 X 通讯员 Y`; `主办方供图`, `X 摄`.

Gold conventions are those of the README; new here (stated in the README's section too):

* a 出行提示 / 网友热议 / 书讯 box is an `infobox` whose body is its intro or blurb paragraph (if any) and
  its rows as printed (bullets, `@…：` and `网友“X”：` kept), titled with its label (no decoration), or with
  the label as kicker when a title follows; nicknames and a book's author are no authors of the box;
* an interview's labels (`记者：`, `《华夏时报》：`, the interviewee's `X：`) belong to their paragraphs; the
  interviewee is no author;
* a 热线追踪 item is a `brief` when closed by `（记者 X）` (X its author); the reader it quotes is no author;
  its column label is furniture;
* `本报西宁6月21日讯 （记者 X 通讯员 Y）` and `海都讯（记者 X）` are not 本报讯 (the item is an `article`) and
  name X and Y; `本报记者 X 文/摄`, `海都记者 X 文/图` and `文/图 海都记者 X` make X author and photographer;
  `华夏时报（…）记者 X 北京报道` names X only;
* a titled piece signed `本报评论员` is a `commentary` with no authors; a 专栏 / 艺术评论 piece, titled and signed
  `文/X`, `□X` or a bare name, is an `article` by X; `（作者系…）` is a `credit` line; the column label is
  furniture;
* a 招聘 notice is an `infobox` with no authors (its rows outnumber its paragraphs): intro, rows and closing
  paragraph are its body, the issuer and date lines `byline` lines;
* `主办方供图` names no photographer.

Seeds: FRESH4_SEED_BASE + 100_000*family + 1_000*attempt + n (15_750_001 .. 16_399_999), above the
third blind set (which ends below 15_750_000) and every held-back set.  All text comes from
articles.yml or from the short filler below, written for this corpus (tips rows, questions,
captions, briefs, hotline items, netizens' rows, notices, book rows, commentary titles and notes);
names, figures, phone numbers and addresses are made up.
"""
from __future__ import annotations

import dataclasses
import datetime

from fresh_layouts import short_lunar
from fresh_layouts_2 import F, _credit, _d, _pooled_credit, _shown, _town_credit
from fresh_layouts_3 import Fresh3Builder, Fresh3Family, story_slot
from layout_kit import (DATED, DATED_LUNAR, PAGE_SECTION, TRAIL, Above, chosen, form, furniture, ln, masthead,
                        reporters, running)
from synthesize import SURNAMES, Byline, Item, L, cn_date, lunar, phone, photo_credit, shorten, weekday

FRESH4_SEED_BASE = 15_650_000

# --------------------------------------------------------------------------- filler (written for this corpus)

JT_TIPS = [
    ("", ["◆G15沈海高速某段进行路面养护施工，施工期间占用一条车道，请减速慢行。",
          "◆国道328线某大桥维修加固，大型货车请提前绕行省道。",
          "◆暑运期间客流较大，旅客可通过官方渠道提前购买客运车票。"]),
    ("暑期出行提前看", ["◆热门景区周边道路早晚高峰车流量大，建议错峰出行。",
                 "◆雷雨天气易出现团雾，驾驶人请开启雾灯，保持安全车距。",
                 "◆长途驾驶每两小时应停车休息一次，切勿疲劳驾驶。",
                 "◆路况信息可拨打12122高速公路客服热线查询。"]),
    ("", ["◆部分轮渡航线因大风天气临时停航，复航时间另行通知。",
          "◆港口周边道路集卡车辆较多，小型车辆注意避让。",
          "◆过江隧道夜间封闭检修，请按指示标志绕行。"]),
]
JT_QUESTIONS = ["这项工作目前进展怎么样？", "群众和企业得到了哪些实惠？", "推进中遇到了哪些难点？",
                "下一步有哪些重点安排？", "在保障措施方面有哪些考虑？"]
JT_CAPTIONS = [("养护工人在高速公路上进行路面修补作业。", "养护进行时"), ("一列货运列车驶过跨江大桥。", ""),
               ("新开通的农村客运班线方便了村民出行。", "客车开进村")]
JT_BRIEFS = [
    ("农村公路养护示范项目启动", "近日，一批农村公路养护示范项目启动，重点推进路面修复、安全设施完善和路域环境整治。"),
    ("港口集装箱吞吐量稳步增长", "今年以来，沿海主要港口集装箱吞吐量稳步增长，外贸航线持续加密，港口作业效率进一步提升。"),
    ("城市公交新能源车辆占比提高", "记者从有关部门获悉，多地持续推进公交车辆电动化更新，新能源公交车辆占比进一步提高。"),
]

QH_TITLES = ["守护好“中华水塔”", "以生态优先引领高质量发展", "让高原群众生活更美好", "把民生实事办到群众心坎上"]
QH_CAPTIONS = [("三江源地区的高原湿地风光。", "高原湿地"), ("牧民在草场上放牧牦牛。", ""),
               ("游客在青海湖畔观赏油菜花。", "湖畔花海")]
QH_BRIEFS = [
    ("高原特色农畜产品展销会开幕", "日前，高原特色农畜产品展销会在西宁开幕，牦牛肉、青稞制品、枸杞等特色产品吸引众多市民选购。"),
    ("城区新增多处便民停车场", "今年以来，西宁城区利用闲置地块新建便民停车场多处，新增停车位一千余个，缓解群众停车难。"),
    ("草原生态管护员培训举行", "近日，一期草原生态管护员培训班举行，培训内容涵盖草原巡护、野生动物保护和防火知识。"),
]

NN_HOTLINES = [
    ("小区路灯坏了多日没人修", "市民{p}来电反映：他所住小区的几盏路灯坏了一个多星期，晚上出行很不方便，希望有关部门尽快修复。",
     "记者随后联系了小区物业服务企业。工作人员表示，已安排电工更换灯具，预计近日内恢复照明。"),
    ("公交站台遮阳棚破损", "市民{p}来电反映：家附近一处公交站台的遮阳棚破损，雨天候车只能撑伞，夏天更是晒得厉害。",
     "记者从公交运营部门了解到，该站台已列入本月维修计划，将更换遮阳棚并增设座椅。"),
    ("路边积水何时能排掉", "市民{p}来电反映：一场大雨过后，某路段人行道积水多日未退，行人只能绕行。",
     "记者将情况反映给市政部门。市政部门表示，已派人疏通附近排水管道，积水已基本排除。"),
]
NN_CAPTIONS = [("市民在邕江边的步道上跑步锻炼。", "江边晨练"), ("孩子们在公园喷泉旁戏水消暑。", ""),
               ("夜市里，游客品尝老友粉等特色小吃。", "夜市烟火")]
NN_BRIEFS = [
    ("社区开设暑期托管班", "暑假来临，多个社区开设暑期托管班，为双职工家庭的孩子提供作业辅导、阅读和手工等课程。"),
    ("多条道路完成提升改造", "近日，城区多条道路完成提升改造，人行道重新铺装，沿线增设休闲座椅和绿化景观。"),
    ("防溺水宣传走进校园", "近日，消防救援人员走进学校开展防溺水安全宣传，向学生讲解自救互救知识。"),
]

HD_NETIZENS = [
    ["@榕城阿明：这样的便民举措越多越好，点赞！", "@闽江边的小鱼：希望其他区也能跟上。",
     "网友“海风”：建议在周末也开放，方便上班族。", "@老福州：服务好不好，群众心里有杆秤。"],
    ["网友“山茶花”：终于不用排长队了，手机上就能办。", "@三坊七巷游客：体验很好，工作人员很耐心。",
     "@鼓楼小陈：希望后续能把更多事项纳入进来。"],
    ["@晋安阿强：停车难的问题终于有人管了。", "网友“小林”：收费标准能不能再公开透明一些？",
     "@仓山王老师：支持，规范停车人人有责。", "网友“榕树下”：建议多建一些立体停车场。"],
]
HD_CAPTIONS = [("市民在闽江公园里乘凉休闲。", "江畔清凉"), ("志愿者在地铁站内为乘客指路。", ""),
               ("老街上，游客在古厝前拍照留念。", "古厝留影"), ("社区里，孩子们参加暑期手工课。", "")]
HD_BRIEFS = [
    ("新增一批城市书房", "近日，城区新增一批城市书房，市民刷卡即可入内阅读，部分书房开放至晚上十点。"),
    ("地铁延长末班车时间", "记者获悉，周末地铁部分线路末班车时间延长半小时，方便市民夜间出行。"),
    ("旧衣物回收箱进小区", "近日，一批旧衣物回收箱进驻城区小区，居民可将闲置衣物投放其中，由专业机构统一处理。"),
]

WL_TOWNS = ("太平街道", "城东街道", "箬横镇", "松门镇", "石塘镇", "泽国镇", "大溪镇", "新河镇")
WL_NOTICES = [
    ("温岭市某某服务中心招聘编外工作人员公告",
     "因工作需要，经研究决定，面向社会公开招聘编外工作人员，现将有关事项公告如下：",
     ["一、招聘岗位：综合管理岗2名，财务岗1名。", "二、报名条件：大学专科及以上学历，年龄35周岁以下。",
      "三、报名时间：{a}至{b}，工作日上午8:30—11:30。", "四、报名地点：温岭市某某路{n}号三楼办公室。"],
     "联系电话：{p}。", "温岭市某某服务中心"),
    ("某某幼儿园秋季招生公告",
     "为做好秋季学期招生工作，现将有关事项公告如下：",
     ["一、招生对象：年满三周岁的适龄儿童。", "二、招生计划：小班四个班，共计一百二十名。",
      "三、报名时间：{a}至{b}。", "四、报名方式：携带户口簿和儿童出生证明到园报名。"],
     "咨询电话：{p}。", "温岭市某某幼儿园"),
]
WL_CAPTIONS = [("石塘渔港里，渔船整齐停泊准备开渔。", "渔港待航"), ("大棚里，农户在采摘成熟的西瓜。", ""),
               ("工人在泵业企业车间内组装水泵。", "")]
WL_BRIEFS = [
    ("文化礼堂开展暑期课堂", "近日，多个村文化礼堂开设暑期课堂，为孩子们提供书法、绘画和非遗手工等课程。"),
    ("渔区安全生产检查开展", "日前，相关部门对渔船开展安全生产检查，重点检查救生设备、消防器材和通信设备。"),
    ("小微园区新入驻企业十家", "今年以来，一处小微企业园新入驻企业十家，涵盖机电、鞋业等行业。"),
]

HX_TITLES = ["稳预期的关键在于稳信心", "消费回暖需要更多耐心", "中小企业融资难题怎么破", "数字化转型不能一蹴而就"]
HX_NOTES = ("（作者系某大学经济学院教授）", "（作者系某研究院高级研究员）", "（作者为资深财经评论员）")
HX_QUESTIONS = ["您如何看待当前行业的发展态势？", "企业在转型过程中面临哪些挑战？", "政策层面还需要哪些支持？",
                "未来三到五年有哪些机会？", "投资者应当关注哪些风险？"]
HX_BRIEFS = [
    ("多家银行下调存款利率", "近日，多家银行宣布下调部分期限存款挂牌利率，调整幅度在十至二十个基点之间。"),
    ("新能源汽车销量保持增长", "行业协会数据显示，上月新能源汽车销量同比继续增长，市场渗透率进一步提高。"),
    ("保险业原保费收入稳步上升", "今年前五个月，保险业原保险保费收入稳步上升，健康险和寿险业务增长较快。"),
]

WH_BOOKS = [
    ("《山河行记》", "本书以游记形式记录了作者行走大江南北的见闻，文字清新，配有手绘插图。",
     ["出版社：某某文艺出版社", "出版时间：2024年5月", "定价：58.00元"]),
    ("《老手艺》", "书中走访了数十位民间手艺人，讲述剪纸、竹编、木雕等传统技艺的传承故事。",
     ["出版社：某某人民出版社", "出版时间：2024年3月", "定价：68.00元"]),
    ("《戏台春秋》", "作者梳理了地方戏曲的发展脉络，收录大量珍贵的演出剧照和史料。",
     ["出版社：某某大学出版社", "出版时间：2024年4月", "定价：75.00元"]),
]
WH_TITLES = ["让传统艺术走进当代生活", "好作品要经得起时间检验", "在守正创新中讲好中国故事", "为基层文化注入新活力"]
WH_NOTES = ("（作者系某艺术研究院研究员）", "（作者单位：某大学艺术学院）", "（作者系文艺评论家）")
WH_CAPTIONS = [("观众在博物馆内参观青铜器展览。", "观展"), ("演员在剧场内表演传统戏曲。", ""),
               ("非遗传承人向孩子们展示剪纸技艺。", "指尖技艺")]
WH_BRIEFS = [
    ("非遗购物节线上线下同步举办", "日前，非遗购物节活动启动，各地通过线上直播和线下市集展示销售非遗产品。"),
    ("公共图书馆开展暑期阅读活动", "暑期期间，各地公共图书馆推出读书分享会、亲子阅读等系列活动，丰富青少年假期生活。"),
    ("乡村文化旅游节开幕", "近日，一场乡村文化旅游节开幕，活动期间将举办民俗展演、农事体验和特色美食展销等活动。"),
]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


def by_jt(ctx, item):
    """本报记者 X 通讯员 Y / ■本报记者 X / 中国交通报记者 X Y."""
    rng = ctx.rng
    a = ctx.name()
    r = rng.random()
    if r < 0.45:
        b = ctx.name()
        return Byline([a, b], before=[f"本报记者 {_shown(ctx, a)} 通讯员 {b}"])
    if r < 0.7:
        return Byline([a], before=[f"■本报记者 {_shown(ctx, a)}"])
    names = [a] + ([ctx.name()] if rng.random() < 0.5 else [])
    return Byline(names, before=[f"中国交通报记者 {' '.join(_shown(ctx, n) for n in names)}"])


by_jt_xun = form("本报讯（记者 {0} 通讯员 {1}）", 2)


by_jt_trail = form("（{0}）", **TRAIL)


by_qh = chosen(
    Above("青海日报记者 {0!l} 通讯员 {1}", 2),
    Above("本报记者 {0!l} 文/摄", photo=True),
    Above("{c0}本报记者 {0!l}", choices=(("□ ", "□", ""),)), shares=(0.35, 0.6))


def by_qh_dated(ctx, item):
    """本报西宁6月21日讯 （记者 X 通讯员 Y）: a dated dateline, not 本报讯."""
    rng = ctx.rng
    names, inner = reporters(ctx, 0.5)
    d = _d(ctx)
    place = rng.choice(("西宁", "海东", "格尔木", "玉树"))
    return Byline(names, glue=f"本报{place}{d.month}月{d.day}日讯 （{inner}） ")


by_qh_xun = form("本报讯（记者 {0}）", line_share=0.4)


by_nn = chosen(
    Above("记者 {0!l} 文/图", photo=True),
    Above("南宁晚报记者 {0!l} 通讯员 {1}", 2),
    Above("晚报记者 {0!l} 实习生 {1}", 2), shares=(0.35, 0.7))


by_nn_xun = form("本报讯（记者 {0}）")


by_nn_trail = form("（南宁晚报记者 {0}）", **TRAIL)


def by_hd(ctx, item):
    rng = ctx.rng
    a = ctx.name()
    r = rng.random()
    if r < 0.3:
        item.photographers = [a]
        return Byline([a], before=[f"海都记者 {_shown(ctx, a)} 文/图"])
    if r < 0.5:
        item.photographers = [a]
        return Byline([a], before=[f"文/图 海都记者 {_shown(ctx, a)}"])
    if r < 0.75:
        b = ctx.name()
        return Byline([a, b], before=[f"海都记者 {_shown(ctx, a)} 通讯员 {b}"])
    names = [a] + ([ctx.name()] if rng.random() < 0.5 else [])
    return Byline(names, glue=f"海都讯（记者 {' '.join(names)}）")


by_hd_trail = form("（海都记者 {0}）", **TRAIL)


def by_wl(ctx, item):
    rng = ctx.rng
    a = ctx.name()
    r = rng.random()
    if r < 0.5:
        names = [a] + [ctx.name() for _ in range(rng.choice((1, 2)))]
        return Byline(names, before=[f"记者 {_shown(ctx, a)} 通讯员 {' '.join(names[1:])}"])
    if r < 0.75:
        return Byline([a], before=[f"温岭日报记者 {_shown(ctx, a)}"])
    return Byline([a], before=[f"本报通讯员 {a}"])


by_wl_xun = form("本报讯（记者 {0} 通讯员 {1}）", 2, line_share=0.4)


by_wl_trail = form("（通讯员 {0}）", where="trail", glue="本报讯 ")


def by_hx(ctx, item):
    """华夏时报（www.chinatimes.net.cn）记者 X 北京报道 / 华夏时报记者 X Y 上海报道."""
    rng = ctx.rng
    names = [ctx.name() for _ in range(rng.choice((1, 1, 2)))]
    place = rng.choice(("北京", "北京", "上海", "深圳"))
    shown = " ".join(_shown(ctx, n) for n in names)
    lead = rng.choice(("华夏时报（www.chinatimes.net.cn）记者", "华夏时报记者", "本报记者"))
    return Byline(names, before=[f"{lead} {shown} {place}报道"])


by_hx_trail = form("（华夏时报记者 {0}）", **TRAIL)


by_wh = chosen(
    Above("本报记者 {0!l} 通讯员 {1}", 2),
    Above("本报驻{c0}记者 {0!l}", choices=(("云南", "湖北", "陕西", "浙江"),)),
    Above("本报记者 {0!l}"), shares=(0.4, 0.7))


by_wh_xun = form("本报讯 （记者 {0} 通讯员 {1}）", 2)


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


cr_jt = _credit(("本报记者 {n} 摄", "（{n} 摄）", "通讯员 {n} 摄"))
cr_qh = _credit(("本报记者 {n} 摄", "青海日报记者 {s} 摄", "{n} 摄"))
cr_nn = _credit(("南宁晚报记者 {n} 摄", "记者 {s} 摄", "（{n} 摄）"))
cr_hd = _credit(("海都记者 {n} 摄", "海都记者 {s}/摄", "（{n} 摄）"))
cr_wl = _credit(("通讯员 {n} 摄", "记者 {n} 摄", "（记者 {s} 摄）"))
cr_hx = _credit(("华夏时报记者 {n} 摄",))
cr_wh = _credit(("{n} 摄", "本报记者 {n} 摄", "（{n} 摄）"))
cr_town_wl = _town_credit(WL_TOWNS)


cr_host = _pooled_credit(cr_wh, photo_credit(("主办方供图", "（主办方供图）"), named=False))


# --------------------------------------------------------------------------- builder


class Fresh4Builder(Fresh3Builder):

    def __init__(self, family, seed, n):
        super().__init__(family, seed, n)
        if "page" in self.opts:  # a page that carries on the front page's stories
            self.ctx.page_no = self.opts["page"]

    def caption_source(self):
        got = super().caption_source()
        self.ctx.pooled = self.pooled  # the credit drawn next knows whose picture it is
        return got

    # -------------------------------------------------------------- 中国交通报

    def slot_travel(self):
        rng = self.rng
        title, rows = self.uniq(JT_TIPS, "trv")
        intro = "记者从交通运输部门获悉，近期部分路段施工，出行请注意：" if not title and rng.random() < 0.5 else ""
        return self.box(rng.choice(("出行提示", "路况提醒", "出行服务")), rows, title=title, intro=intro,
                        decorations=("", "■", "【{}】", "▲"))

    def slot_jtqa(self):
        """An interview labelled 记者： and the interviewee's name."""
        return self.staff_qa(JT_QUESTIONS)

    # -------------------------------------------------------------- 青海日报

    slot_qhlead = story_slot(dated=by_qh_dated, dated_share=0.6, jump=True)

    slot_qhstory = story_slot(0.5, by_qh_dated, 0.4)

    def slot_pinglun(self):
        """A titled piece signed 本报评论员 above or below the text."""
        rng = self.rng
        src = self.pick(["002-03", "004-02"])
        body = shorten(rng, src["body"], keep_min=4)
        sign = rng.choice(("本报评论员", "□本报评论员", "■ 本报评论员"))
        if rng.random() < 0.6:
            byfn = lambda c, i: Byline([], before=[sign], hint="institution")  # noqa: E731
        else:
            byfn = lambda c, i: Byline([], after=[sign], hint="institution")  # noqa: E731
        return self.art({"title": self.uniq(QH_TITLES, "qht")}, body, byfn)

    # -------------------------------------------------------------- 南宁晚报

    def slot_hotline(self):
        """A 热线追踪 column: a label, then one or two complaints each followed up by a reporter."""
        rng, ctx = self.rng, self.ctx
        entries = [self.furniture(rng.choice(("热线追踪", "晚报热线", "■民生热线")))]
        for _ in range(rng.choice((1, 2))):
            title, ask, reply = self.uniq(NN_HOTLINES, "hot")
            ask = ask.format(p=rng.choice(SURNAMES) + rng.choice(("先生", "女士")))
            a = ctx.name()
            byfn = lambda c, i, a=a: Byline([a], trail=f"（记者 {a}）", hint="paren")  # noqa: E731
            entries.append(self.art({"title": title}, [("paragraph", ask), ("paragraph", reply)], byfn, slot="brief"))
        return entries

    def slot_nnpair(self):
        first = self.slot_brief()
        return self.pair(first, self.slot_photo())

    # -------------------------------------------------------------- 海峡都市报

    slot_hdstory = story_slot(0.3)

    def slot_netizens(self):
        rng = self.rng
        rows = self.uniq(HD_NETIZENS, "net")
        title = rng.choice(("你怎么看", "网友声音")) if rng.random() < 0.4 else ""
        return self.box(rng.choice(("网友热议", "网友说", "海都互动")), rows, title=title, decorations=("", "■", "【{}】"))

    # -------------------------------------------------------------- 温岭日报

    def slot_recruit(self):
        rng, ctx = self.rng, self.ctx
        title, intro, rows, closing, issuer = self.uniq(WL_NOTICES, "rec")
        item = Item("infobox")
        head = self.headline(item, title)
        width = self.w()
        a, b = ctx.date + datetime.timedelta(days=1), ctx.date + datetime.timedelta(days=8)
        rows = [r.format(a=f"{a.month}月{a.day}日", b=f"{b.month}月{b.day}日", n=rng.randrange(10, 300)) for r in rows]
        closing = closing.format(p=phone(rng, "0576"))
        row_chunks = [[L(x, "body") for r in rows for x in self.para_lines(r, width)]]
        chunks = head + [self.para_lines(intro, width)] + row_chunks + [self.para_lines(closing, width)]
        chunks.append([L(issuer, "byline"), L(cn_date(_d(ctx)), "byline")])
        item.body = [("paragraph", intro)] + [("listitem", r) for r in rows] + [("paragraph", closing)]
        item.chunks, item.kind = chunks, "infobox"
        return item

    # -------------------------------------------------------------- 华夏时报

    slot_hxstory = story_slot(0.6)

    def slot_hxtable(self):
        """The market table of a Monday weekly: the last trading day is the Friday before."""
        ctx = self.ctx
        day = ctx.date
        ctx.date = day - datetime.timedelta(days=2)
        try:
            return self.slot_table()
        finally:
            ctx.date = day

    def signed_piece(self, titles, notes, labels, marks):
        """A titled column piece: its label (furniture), signed with a mark above the text or by the
        bare name below it, an （作者系…） note after it."""
        rng, ctx = self.rng, self.ctx
        src = self.pick(["002-03", "004-02"])
        body = shorten(rng, src["body"], keep_min=4)
        name = ctx.name()
        note = rng.choice(notes)
        if rng.random() < 0.6:
            mark = rng.choice(marks)
            byfn = lambda c, i: Byline([name], before=[mark + _shown(ctx, name)], after=[note])  # noqa: E731
        else:
            byfn = lambda c, i: Byline([name], after=[name, note])  # noqa: E731
        it = self.art({"title": self.uniq(titles, "sig")}, body, byfn)
        return [self.furniture(rng.choice(labels)), it]

    def slot_hxcolumn(self):
        return self.signed_piece(HX_TITLES, HX_NOTES, ("专栏", "财经观察", "华夏观察"), ("文/", "文/ ", "■"))

    def slot_hxqa(self):
        return self.staff_qa(HX_QUESTIONS, ("《华夏时报》：", "华夏时报："))

    # -------------------------------------------------------------- 中国文化报

    def slot_bookbox(self):
        rng, ctx = self.rng, self.ctx
        book, blurb, rows = self.uniq(WH_BOOKS, "book")
        rows = [f"作者：{ctx.name()}"] + rows
        if rng.random() < 0.5:
            return self.box(rng.choice(("书讯", "新书速递")), rows, title=book, intro=blurb, decorations=("", "■", "【{}】"))
        return self.box(rng.choice(("书讯", "新书速递")), [f"书名：{book}"] + rows, decorations=("", "■", "【{}】"))

    def slot_review(self):
        return self.signed_piece(WH_TITLES, WH_NOTES, ("艺术评论", "文艺观察", "评 论"), ("□", "文/", "□ "))


# --------------------------------------------------------------------------- furniture


_jt_top = furniture(
    (0.5, [running("中国交通报"), PAGE_SECTION]),
    [ln("{n} | {sec}", page="{n}"), ln("{y}年{m}月{d}日 责任编辑：{name} 美编：{name}", date=True)],
    front=[masthead("中国交通报"), "CHINA COMMUNICATIONS NEWS", "交通运输部主办", DATED,
           "第{no:7000-7999}期 今日{pages}版", "国内统一连续出版物号 CN 11-0034"])


_jt_bottom = furniture((0.5, ["扫码关注中国交通报微信公众号", "新闻热线：{tel:010}"]), ["本版编辑 {name} 校对 {name}"])


_qh_top = furniture(
    (0.5, [running("青海日报"), PAGE_SECTION]),
    [ln("{sec} {n}", page="{n}"), DATED, "责任编辑：{name} 版式：{name}"],
    front=[masthead("青海日报"), "中共青海省委机关报", DATED, "农历{lunar}",
           "第{no:24000-24999}期 今日{pages}版 国内统一连续出版物号 CN 63-0001"])


_qh_bottom = furniture((0.5, ["扫码下载青海日报客户端", "订阅热线：{tel:0971}"]), ["本版校对：{name}"])


_nn_top = furniture(
    (0.4, [masthead("南宁晚报"), DATED_LUNAR, ln("A{n:02d} {sec}", page="A{n:02d}")]),
    (0.75, [ln("{sec} A{n:02d}", page="A{n:02d}"), ln("{y}.{m}.{d} {wd} 编辑 {name} 美编 {name}", date=True)]),
    [ln("A{n:02d}", page="A{n:02d}"), "{sec}"])


def _nn_bottom(ctx):
    rng = ctx.rng
    lines = [] if ctx.printed_date else [F(ctx, f"南宁晚报 {cn_date(ctx.date)}", paper=True, date=True)]
    return lines + [F(ctx, f"晚报新闻热线：{phone(rng, '0771')}")]


_hd_top = furniture(
    (0.4, [masthead("海峡都市报"), ln("{y}年{m}月{d}日 {wd}", date=True), ln("A{n:02d} {sec}", page="A{n:02d}")]),
    (0.7, [ln("A{n:02d}", page="A{n:02d}"), ln("{sec} | {y}.{m:02d}.{d:02d}", date=True), "责编/{name} 美编/{name}"]),
    [ln("海都 {sec} A{n:02d}", page="A{n:02d}"), ln("{y}年{m}月{d}日 {wd}", date=True)])


_hd_bottom = furniture((0.5, ["海都报料热线 {tel:0591}", "扫码下载海博TV客户端"]), [ln("海峡都市报 新闻热线：{tel:0591}", paper=True)])


_wl_top = furniture(
    (0.5, [ln("{n} {sec}", page="{n}"), ln("{date} 责任编辑：{name}", date=True)]),
    [],
    front=[masthead("温岭日报"), "中共温岭市委机关报", DATED_LUNAR,
           "第{no:8000-8999}期 今日{pages}版 国内统一连续出版物号 CN 33-0098"])


def _wl_bottom(ctx):
    rng = ctx.rng
    if not ctx.printed_date:
        lines = [F(ctx, f"温岭日报 {cn_date(ctx.date)} {weekday(ctx.date)}", paper=True, date=True)]
    else:
        lines = [F(ctx, "温岭日报社出版", paper=True)] if rng.random() < 0.5 else []
    return lines + [F(ctx, "扫码下载掌上温岭APP"), F(ctx, f"新闻热线：{phone(rng, '0576')}")]


_hx_top = furniture(
    (0.4, [ln("华夏时报 CHINA TIMES {y}.{m:02d}.{d:02d}", paper=True, date=True), ln("{sec} A{n:02d}", page="A{n:02d}")]),
    (0.7, [ln("A{n:02d}", page="A{n:02d}"), "{sec}", ln("{date} 编辑：{name} 制版：{name}", date=True)]),
    [ln("{sec} | A{n:02d}", page="A{n:02d}"), ln("www.chinatimes.net.cn  {date}", date=True)])


_hx_bottom = furniture((0.5, [masthead("华夏时报 扫码关注官方微信")]), ["新闻热线：{tel:010} 广告热线：{tel:010}"])


_wh_top = furniture(
    (0.5, [ln("{n}", page="{n}"), "{sec}", DATED]),
    [ln("中国文化报·{sec} 第{n}版 {y}年{m}月{d}日", paper=True, date=True, page="{n}")],
    front=[masthead("中国文化报"), "CHINA CULTURE DAILY", "文化和旅游部主管主办", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:9000-9999}期 今日{pages}版", "国内统一连续出版物号 CN 11-0094"])


_wh_bottom = furniture((0.5, ["责任编辑：{name} 电话：{tel:010}", "投稿邮箱：whb@example.cn"]), ["扫码关注中国文化报"])


@dataclasses.dataclass
class Fresh4Family(Fresh3Family):
    pass


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh4Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh4Builder, **kw)


FRESH4_FAMILIES = [
    fam("jiaotong_national", "中国交通报", _jt_top, _jt_bottom, {by_jt: 1},
        brief_bylines={by_jt_xun: 2, by_jt_trail: 1}, credits=(cr_jt,), width=(15, 22), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.3, caption_pool=JT_CAPTIONS, brief_pool=JT_BRIEFS, brief_pool_share=0.6,
        labels={"column": ("行业动态", "交通简讯"), "bullet": ("▲",)},
        plans=((["article", "travel", "photo"], {"front": True}),
               (["jtqa", "briefcol"], {}),
               (["article", "photo", "brief", "brief"], {"blank": "none"}),
               (["travel", "jtqa"], {"blank": "every"})),
        sections=("综合新闻", "公路", "水运", "运输服务")),
    fam("qinghai_provincial", "青海日报", _qh_top, _qh_bottom, {by_qh: 1},
        brief_bylines={by_qh_xun: 1}, credits=(cr_qh,), width=(15, 22), blank={"para": 2, "none": 1}, indent=0.5,
        letterspace=0.3, caption_pool=QH_CAPTIONS, brief_pool=QH_BRIEFS, brief_pool_share=0.6,
        plans=((["qhlead", "photo", "pinglun"], {"front": True}),
               (["continuation", "qhstory", "brief"], {"page": 2}),
               (["qhstory", "photo", "photo"], {"blank": "none"}),
               (["pinglun", "brief", "brief", "photo"], {})),
        page_style="cn", sections=("要闻", "综合", "青海新闻")),
    fam("nanning_evening", "南宁晚报", _nn_top, _nn_bottom, {by_nn: 1},
        brief_bylines={by_nn_xun: 1, by_nn_trail: 1}, credits=(cr_nn,), width=(12, 18), blank={"para": 1, "every": 1},
        letterspace=0.4, stray_spaces=0.04, doubled=0.25, displaced=0.2, caption_pool=NN_CAPTIONS,
        brief_pool=NN_BRIEFS, brief_pool_share=0.6,
        plans=((["article", "hotline", "photo"], {}),
               (["hotline", "brief", "brief"], {"blank": "every"}),
               (["photo", "article", "brief"], {"blank": "none"}),
               (["article", "nnpair"], {})),
        sections=("南宁新闻", "民生", "城事")),
    fam("haixia_metro", "海峡都市报", _hd_top, _hd_bottom, {by_hd: 1},
        brief_bylines={by_hd_trail: 1}, credits=(cr_hd,), width=(12, 16), blank={"para": 1, "every": 1},
        letterspace=0.4, stray_spaces=0.05, doubled=0.2, caption_pool=HD_CAPTIONS, brief_pool=HD_BRIEFS,
        brief_pool_share=0.6,
        plans=((["hdstory", "netizens", "photo"], {}),
               (["pair", "hdstory"], {}),
               (["hdstory", "brief", "netizens"], {"blank": "every"}),
               (["photo", "photo", "hdstory"], {"blank": "none"})),
        sections=("福州新闻", "社会", "海都民生")),
    fam("wenling_county", "温岭日报", _wl_top, _wl_bottom, {by_wl: 1},
        brief_bylines={by_wl_xun: 2, by_wl_trail: 1}, credits=(cr_wl, cr_town_wl), width=(13, 19),
        blank={"para": 1, "every": 1}, letterspace=0.5, stray_spaces=0.05, displaced=0.25,
        caption_pool=WL_CAPTIONS, brief_pool=WL_BRIEFS, brief_pool_share=0.6,
        labels={"column": ("镇街传真", "部门动态", "简讯"), "bullet": ("■", "■", "●")},
        plans=((["article", "photo", "brief"], {"front": True}),
               (["briefcol", "recruit"], {"blank": "every"}),
               (["pair", "article"], {}),
               (["article", "recruit", "photo"], {"blank": "none"})),
        sections=("综合", "镇街", "民生")),
    fam("huaxia_business", "华夏时报", _hx_top, _hx_bottom, {by_hx: 1},
        brief_bylines={by_hx_trail: 1}, credits=(cr_hx,), width=(16, 24), blank={"para": 1, "none": 1}, indent=0.5,
        letterspace=0.2, weekday_no=0, brief_pool=HX_BRIEFS, brief_pool_share=0.7,
        plans=((["hxstory", "hxcolumn"], {}),
               (["hxqa", "hxtable"], {}),
               (["hxstory", "brief", "brief"], {"blank": "none"}),
               (["hxcolumn", "hxqa"], {})),
        min_page=3, sections=("金融", "产业", "公司", "观察")),
    fam("zgwenhua_national", "中国文化报", _wh_top, _wh_bottom, {by_wh: 1},
        brief_bylines={by_wh_xun: 1}, credits=(cr_wh, cr_host), width=(15, 22), blank={"para": 2, "every": 1},
        indent=0.4, letterspace=0.3, caption_pool=WH_CAPTIONS, brief_pool=WH_BRIEFS, brief_pool_share=0.7,
        labels={"column": ("文旅动态", "文化简讯"), "bullet": ("◎", "◎", "○")},
        plans=((["article", "photo", "brief", "brief"], {"front": True}),
               (["review", "briefcol"], {}),
               (["article", "bookbox", "photo"], {"blank": "every"}),
               (["bookbox", "review", "photo"], {"blank": "none"})),
        sections=("艺术", "阅读", "文旅", "非遗")),
]
