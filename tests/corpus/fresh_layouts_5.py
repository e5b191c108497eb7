"""A fifth set of blind development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, the development
family files as examples, articles.yml, evaluate.py), never the segmenter.  Seven papers the corpus
had not imitated (neither its development nor, checked by name and by count only, its held-back
families): a ministry's national paper, an autonomous region's party daily, a prefecture-level city
daily, a morning paper, a court paper, a provincial rural paper and a national sports paper; each
page of a family follows one of four page plans.

* `ziran_national` 中国自然资源报: **征文 / 征集启事 notices** (a title, an intro, rows `一、征文主题：…`, a
  closing line, the issuer and the date); interviews labelled `记者：` and the interviewee's name;
  ● 部门动态 / 地方传真 columns; `本报记者 X 通讯员 Y`, `中国自然资源报记者 X`, `本报特约记者 X`,
  `本报讯（记者 X 通讯员 Y）`, a trailing `（X）`; a `CHINA NATURAL RESOURCES NEWS` front page.
* `ningxia_provincial` 宁夏日报: a front page with 中共宁夏回族自治区委员会机关报, 农历 and 第N期; a lead story
  under a **dated dateline** `本报银川6月21日讯（记者 X）` ending in a jump line; **page 2 carrying a story
  on**; **天气预报 boxes** (rows `银川 晴 18℃～31℃`); titled 本报评论员 pieces; `宁夏日报记者 X`,
  `本报记者 X 文/图`, `□ 本报记者 X 通讯员 Y`.
* `liuzhou_city` 柳州日报: **讣告** (a title, one or two paragraphs, the issuer and the date); **停水通知 boxes**
  (an intro, rows of date, hours and area); `柳州日报全媒体记者 X 通讯员 Y`, `全媒体记者 X 实习生 Y`,
  `记者 X 文/图`, `本报讯（全媒体记者 X 通讯员 Y）` glued or above the text; a brief and a photo read across
  two columns; doubled-glyph headlines, headlines after their bodies, a blank line after every line;
  pages whose paper is only in the footer.
* `bandao_morning` 半岛晨报: **电视节目 / 今晚荧屏 listings** (a label, a channel, rows `19:30 电视剧：…`);
  **读者来信** signed `读者 X`; `半岛晨报记者 X`, `晨报记者 X 文/图`, `半岛晨报记者 X 实习生 Y`, briefs closed by
  `（半岛晨报记者 X）`; narrow columns, stray spaces, doubled-glyph headlines.
* `fayuan_national` 人民法院报: **以案说法 / 案例精析 cases** (a label, a title, a signature above, 【基本案情】
  【裁判结果】【法官说法】 headings); **开庭公告 / 法院公告 boxes** (rows of case numbers and parties); `问：/答：`
  interviews; ● 法院动态 columns; `本报记者 X 通讯员 Y`, `人民法院报记者 X`, `本报讯（记者 X 通讯员 Y）`.
* `sichuan_rural` 四川农村日报: **农产品价格 tables** (a label, a title, a column-header row, rows of prices,
  `数据来源：…`); **农事提醒 boxes** (● rows); 农技答疑 interviews with `问：/答：`; `四川农村日报全媒体记者 X`,
  `本报记者 X 通讯员 Y Z`, `… 文/图`, briefs closed by `（记者 X）`; a brief and a photo across columns.
* `tiyu_national` 中国体育报: **赛果 / 比赛成绩 boxes** (rows of teams and scores), **赛事预告 / 电视直播 boxes**
  (rows of date, time, match and channel), 体坛观察 pieces (a label, a title, `文/X` above or the name below,
  an `（作者系…）` note); `本报记者 X`, `本报记者 X 发自杭州`, `本报特派记者 X Y`; `新华社记者 X 摄`,
  `视觉中国供图`; briefs closed by `（本报记者 X）`.

Gold conventions are those of the README; new here (stated in the README's section too):

* a 征文 / 征集启事 or 停水通知 is an `infobox` with no authors (its rows outnumber its paragraphs): intro, rows
  and closing line are its body, the issuer and date lines `byline` lines;
* a 讣告 is an `article` with no authors (the deceased is none): its paragraphs are its body, the issuer
  and date lines `byline` lines;
* a 天气预报 / 电视节目 / 农事提醒 / 赛果 / 赛事预告 box is an `infobox` whose body is its intro (if any) and its
  rows as printed, titled with its label (no decoration), or with the label as kicker when a title (a
  channel, a match day) follows;
* a 农产品价格 table is an `infobox` (its label the kicker, the column-header row its first row), its
  `数据来源` line a `credit`;
* a 以案说法 / 案例精析 label is furniture; a case is an `article` by the person signed above it, its 【…】
  headings `heading` lines (never body); a 开庭公告 box is an `infobox` naming no one;
* a letter signed `读者 X` is an `article` by X; its 读者来信 label is furniture;
* `本报银川6月21日讯（记者 X）` is not 本报讯 (the item is an `article`); `本报记者 X 文/图`, `记者 X 文/图` and
  `晨报记者 X 文/图` make X author and photographer; `本报记者 X 发自杭州` names X only;
* `新华社记者 X 摄` names X the photographer; `视觉中国供图` names none.

Seeds: FRESH5_SEED_BASE + 100_000*family + 1_000*attempt + n for the first FRESH5_SPLIT families
(16_400_001 .. 16_949_999) and FRESH5_SEED_BASE_2 + 100_000*family + 1_000*attempt + n for the last
(16_950_001 .. 16_999_999), above the fourth blind set and every held-back set.  All text comes from
articles.yml or from the short filler below, written for this corpus (notices, obituaries, weather
rows, listings, letters, cases, court notices, prices, tips, results, fixtures, questions, captions,
briefs, commentary titles and notes); names, figures, phone numbers and addresses are made up.
"""
from __future__ import annotations

import dataclasses
import datetime

from fresh_layouts import short_lunar
from fresh_layouts_2 import F, _d, _shown
from fresh_layouts_3 import story_slot
from fresh_layouts_4 import Fresh4Builder, Fresh4Family
from layout_kit import (DATED, DATED_LUNAR, PAGE_SECTION, TRAIL, Above, _turn, chosen, form, furniture, ln, masthead,
                        running)
from synthesize import Byline, Item, L, cn_date, lunar, phone, shorten, spaced, weekday

FRESH5_SEED_BASE = 16_300_000
FRESH5_SEED_BASE_2 = 16_850_000
FRESH5_SPLIT = 6  # families 1..6 under FRESH5_SEED_BASE, the seventh under FRESH5_SEED_BASE_2

# --------------------------------------------------------------------------- filler (written for this corpus)

ZR_NOTICES = [
    ("“我身边的自然资源故事”征文启事",
     "为展现基层自然资源工作者的风采，本报即日起面向社会开展征文活动，现将有关事项公告如下：",
     ["一、征文主题：讲述身边的自然资源保护和利用故事。", "二、征文要求：散文、通讯等体裁不限，字数三千字以内。",
      "三、投稿方式：来稿请发送至电子邮箱zwhd@example.cn，并注明“征文”字样。",
      "四、截稿时间：{b}。"],
     "来稿一经采用即付稿酬，优秀作品将结集出版。", "中国自然资源报社"),
    ("地质科普作品征集启事",
     "为普及地质科学知识，现面向全国征集地质科普作品，有关事项如下：",
     ["一、征集内容：科普文章、科普短视频和科普图片。", "二、参与对象：地质工作者、科普爱好者及在校学生。",
      "三、报送时间：{a}至{b}。", "四、联系方式：{p}。"],
     "入选作品将在本报及新媒体平台刊发展示。", "中国自然资源报社 某某地质学会"),
]
ZR_QUESTIONS = ["这项改革为什么要在这个时候推出？", "基层在落实中遇到了哪些问题？", "怎样处理好保护和发展的关系？",
                "群众能从中得到哪些实惠？", "下一步的工作重点是什么？"]
ZR_CAPTIONS = [("技术人员在野外开展地质调查。", "野外调查"), ("无人机在矿山修复区上空巡查。", ""),
               ("测绘队员在山区架设测量仪器。", "丈量山河")]
ZR_BRIEFS = [
    ("耕地保护专项检查启动", "近日，一项耕地保护专项检查启动，重点核查永久基本农田保护和耕地占补平衡落实情况。"),
    ("地质灾害防治演练举行", "日前，一场地质灾害防治应急演练在山区乡镇举行，演练模拟了强降雨引发山体滑坡后的转移避险。"),
    ("海岸带生态修复项目完工", "近日，一处海岸带生态修复项目完工，修复岸线数公里，沿岸滩涂植被逐步恢复。"),
]

NX_TITLES = ["在黄河流域生态保护中走在前列", "让塞上江南更加美丽", "把群众的小事当成大事来办", "以实干开创新局面"]
NX_CITIES = ("银川", "石嘴山", "吴忠", "固原", "中卫")
NX_SKIES = ("晴", "多云", "晴转多云", "阴转小雨", "多云转晴")
NX_CAPTIONS = [("贺兰山东麓的葡萄园里，工人在修剪枝蔓。", "葡萄园里"), ("游客在沙坡头景区体验滑沙。", ""),
               ("黄河岸边，农民在稻田里插秧。", "稻田插秧")]
NX_BRIEFS = [
    ("枸杞采摘季用工需求旺盛", "进入采摘季，中宁县多家枸杞种植基地招募采摘工人，当地群众在家门口实现就业增收。"),
    ("城区新增一批便民早餐点", "近日，银川城区新增一批便民早餐点，设置在社区和公交站点附近，方便市民就近用餐。"),
    ("黄河湿地迎来候鸟", "入秋以来，黄河沿岸湿地陆续迎来灰鹤、白琵鹭等候鸟，吸引不少市民前往观鸟。"),
]

LZ_OBITS = [  # paragraphs, issuers
    (["原柳州市某某厂退休职工、中共党员{d}同志，因病医治无效，于{t}在柳州逝世，享年八十六岁。",
     "{d}同志一生勤勤恳恳，为企业发展作出了贡献。遗体告别仪式定于{u}上午在柳州市殡仪馆举行。"],
     ("某某厂退休办", "{d}同志治丧小组")),
    (["某某中学退休教师{d}同志，因病于{t}逝世，享年七十九岁。{d}同志从教三十余年，桃李满园。",
     "遵照其生前遗愿，丧事从简，特此讣告。"], ("某某中学", "{d}同志治丧小组")),
]
LZ_WATER = ("城中区", "鱼峰区", "柳南区", "柳北区", "柳江区")
LZ_PLACES = ("某某路沿线", "某某小区", "某某村及周边", "某某工业园")
LZ_CAPTIONS = [("柳江两岸，市民在江边步道散步。", "江畔晚霞"), ("螺蛳粉产业园里，工人在包装产品。", ""),
               ("紫荆花开，游客在公园里拍照。", "紫荆花开")]
LZ_BRIEFS = [
    ("夜间公交线路开通", "近日，城区开通两条夜间公交线路，运营至次日零时，方便市民夜间出行。"),
    ("社区开设长者饭堂", "日前，一个社区长者饭堂开张，为辖区六十岁以上老人提供价格实惠的午餐。"),
    ("江滨公园完成提升改造", "经过数月施工，江滨公园提升改造完工，新增儿童游乐区和健身步道。"),
]

BD_CHANNELS = {
    "辽宁卫视": ["19:00 新闻联播", "19:35 电视剧：海边人家（12、13）", "21:20 综艺：欢乐大放送", "22:30 纪录片：老街故事"],
    "大连新闻综合频道": ["18:30 大连新闻", "19:40 电视剧：渔港春秋（5）", "21:00 百姓说事", "22:10 晚间新闻"],
}
BD_LETTERS = [
    ("公交车上的一次让座", ["前几天早高峰，我在公交车上看到一位中学生主动给抱孩子的妈妈让座。",
                    "这样的小事让人心里暖暖的，希望文明乘车的风气越来越浓。"]),
    ("小区旁的口袋公园建得好", ["我家附近新建了一处口袋公园，有座椅、有绿地，傍晚常有老人在这里下棋聊天。",
                       "感谢有关部门把好事办到了百姓家门口。"]),
    ("建议增设过街设施", ["我每天接送孩子上学都要经过一个路口，车多人多，过马路很不方便。",
                   "建议有关部门在这里增设过街天桥或信号灯，保障行人安全。"]),
]
BD_CAPTIONS = [("星海广场上，市民放飞风筝。", "海风正好"), ("游客在滨海路栈道上观赏海景。", ""),
               ("渔民在码头卸下刚捕捞的海鲜。", "渔港丰收")]
BD_BRIEFS = [
    ("海水浴场开放时间公布", "记者获悉，今年主城区海水浴场将于本月中旬陆续开放，开放期间设置救生员和安全警示标志。"),
    ("多条道路夜间施工", "因管网改造，市区多条道路将在夜间分段施工，请过往车辆按照指示标志绕行。"),
    ("樱桃上市价格回落", "随着露地樱桃大量上市，本地樱桃价格较上月有所回落，市民购买更加实惠。"),
]

FY_CASES = [
    ("网购商品不符约定 买家获赔三倍货款", [
        ("基本案情", ["原告在某网店购买一批标注为纯羊毛的毛衣，收货后经检测发现羊毛含量不足三成，原告遂诉至法院。"]),
        ("裁判结果", ["法院经审理认为，被告的行为构成欺诈，判决被告退还货款，并按货款的三倍赔偿原告损失。"]),
        ("法官说法", ["经营者应当如实标注商品信息。消费者遇到类似情况，应注意保存订单和检测报告等证据。"])]),
    ("邻里漏水起纠纷 法官调解化矛盾", [
        ("基本案情", ["楼上住户家中水管破裂，导致楼下住户的天花板和家具受损，双方就赔偿数额协商未果。"]),
        ("裁判结果", ["承办法官到现场查看后组织调解，双方最终达成协议，楼上住户一次性赔偿维修费用。"]),
        ("法官说法", ["邻里之间发生纠纷，应本着互谅互让的原则协商解决，必要时可以申请人民调解或诉讼。"])]),
]
FY_NOTICES = [
    "（2024）某01民初{n}号 原告某某建设有限公司诉被告某某置业有限公司建设工程施工合同纠纷一案，定于{t}开庭审理。",
    "（2024）某02民终{n}号 上诉人某某贸易有限公司与被上诉人某某物流有限公司运输合同纠纷一案，定于{t}公开开庭。",
    "（2024）某0102民初{n}号 原告某某银行股份有限公司诉被告某某科技有限公司金融借款合同纠纷一案，定于{t}开庭。",
    "（2024）某03民初{n}号 原告某某物业服务有限公司诉被告某某商贸有限公司物业服务合同纠纷一案，定于{t}开庭。",
]
FY_QUESTIONS = ["这类案件近年来呈现哪些特点？", "审理中最难把握的是什么？", "如何更好地保护当事人的合法权益？",
                "法院在诉源治理方面做了哪些探索？", "对群众有哪些提醒？"]
FY_CAPTIONS = [("法官在巡回审判点为村民调解纠纷。", "巡回审判"), ("干警在诉讼服务中心为群众提供咨询。", ""),
               ("法院开展“公众开放日”活动，学生旁听庭审。", "走进法院")]
FY_BRIEFS = [
    ("一站式诉讼服务中心投入使用", "近日，某基层法院一站式诉讼服务中心投入使用，当事人可在一个窗口办理立案、缴费和材料收转等事项。"),
    ("巡回法庭开进田间地头", "日前，某县法院将巡回法庭开到村委会，就地审理一起土地承包合同纠纷，吸引村民旁听。"),
    ("涉企案件审理周期缩短", "今年以来，某中级法院推行涉企案件快审机制，相关案件平均审理周期进一步缩短。"),
]

SC_PRICES = [
    ("生猪", "元/公斤"), ("鸡蛋", "元/公斤"), ("大白菜", "元/公斤"), ("土豆", "元/公斤"), ("柑橘", "元/公斤"),
    ("猕猴桃", "元/公斤"), ("玉米", "元/公斤"), ("菜籽油", "元/升"),
]
SC_TIPS = [
    ["●抓住晴好天气及时抢收小春作物，做好晾晒和储存。", "●大春作物适时播栽，注意防范低温阴雨天气。",
     "●加强病虫害监测，科学合理使用农药。"],
    ["●柑橘园做好控梢保果，适时追施壮果肥。", "●水稻进入分蘖期，注意浅水勤灌，防治稻飞虱。",
     "●畜禽圈舍加强通风降温，做好防疫消毒。", "●汛期来临，提前清理沟渠，防范田间渍涝。"],
]
SC_QUESTIONS = ["今年的种植效益怎么样？", "农户最关心哪些技术问题？", "合作社在其中发挥了什么作用？",
                "产品销路怎么打开？", "明年还有什么打算？"]
SC_CAPTIONS = [("眉山市一处果园里，果农在采摘柑橘。", "柑橘丰收"), ("南充市一家合作社的社员在晾晒辣椒。", ""),
               ("农机手驾驶收割机在田间收割水稻。", "稻谷飘香")]
SC_BRIEFS = [
    ("高素质农民培训班开班", "近日，一期高素质农民培训班开班，来自各乡镇的学员将学习电商营销和特色种植技术。"),
    ("农产品产销对接会举行", "日前，一场农产品产销对接会在南充举行，多家采购商与合作社现场签订购销协议。"),
    ("村级集体经济收入稳步增长", "今年以来，多个村盘活闲置资产，发展特色种养，村级集体经济收入稳步增长。"),
]

TY_TEAMS = ("辽宁队", "山东队", "江苏队", "广东队", "浙江队", "四川队", "上海队", "北京队")
TY_EVENTS = ("全国男篮锦标赛", "全国女排联赛", "全国男足甲级联赛", "全国手球锦标赛")
TY_TITLES = ["全民健身要让群众身边有场地", "青少年体育需要更多耐心", "办好赛事也要办好服务", "体育消费大有可为"]
TY_NOTES = ("（作者系某体育学院教授）", "（作者系资深体育评论员）", "（作者单位：某大学体育学院）")
TY_CAPTIONS = [("比赛中，球员带球突破防守。", "突破"), ("运动员在决赛中奋力冲刺。", ""),
               ("市民在体育公园参加健步走活动。", "健步走"), ("选手在全国游泳锦标赛中出发。", "")]
TY_BRIEFS = [
    ("全国游泳锦标赛落幕", "为期五天的全国游泳锦标赛日前落幕，多名年轻选手刷新个人最好成绩。"),
    ("社区运动会吸引上千居民参加", "日前，一场社区运动会在体育公园举行，拔河、跳绳和趣味接力等项目吸引上千名居民参加。"),
    ("青少年足球夏令营开营", "近日，一期青少年足球夏令营开营，来自各地的小球员将接受为期两周的专业训练。"),
]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_zr = chosen(Above("本报记者 {0!l} 通讯员 {1}", 2), Above("中国自然资源报记者 {0!l}"), Above("本报特约记者 {0!l}"), turn="by")


by_zr_xun = form("本报讯（记者 {0} 通讯员 {1}）", 2)


by_zr_trail = form("（{0}）", **TRAIL)


def by_zr_brief(ctx, item):
    return (by_zr_xun, by_zr_trail)[_turn(ctx, "brief", 2)](ctx, item)


by_nx = chosen(
    Above("宁夏日报记者 {0!l}"),
    Above("本报记者 {0!l} 文/图", photo=True),
    Above("{c0}本报记者 {0!l} 通讯员 {1}", 2, choices=(("□ ", "□"),)), turn="by")


def by_nx_dated(ctx, item):
    """本报银川6月21日讯（记者 X）: a dated dateline, not 本报讯."""
    rng = ctx.rng
    a = ctx.name()
    d = _d(ctx)
    return Byline([a], glue=f"本报{rng.choice(NX_CITIES)}{d.month}月{d.day}日讯（记者 {a}）")


by_nx_xun = form("本报讯（记者 {0}）", line_share=0.4)


by_lz = chosen(
    Above("柳州日报全媒体记者 {0!l} 通讯员 {1}", 2),
    Above("全媒体记者 {0!l} 实习生 {1}", 2),
    Above("记者 {0!l} 文/图", photo=True), turn="by", drawn=2)


by_lz_xun = form("本报讯（全媒体记者 {0} 通讯员 {1}）", 2, line_share=0.4)


by_bd = chosen(Above("半岛晨报记者 {0!l}"), Above("晨报记者 {0!l} 文/图", photo=True), Above("半岛晨报记者 {0!l} 实习生 {1}", 2), turn="by")


by_bd_trail = form("（半岛晨报记者 {0}）", **TRAIL)


by_fy = chosen(Above("本报记者 {0!l} 通讯员 {1}", 2), Above("人民法院报记者 {0!l}"), turn="by")


by_fy_xun = form("本报讯（记者 {0} 通讯员 {1}）", 2)


def by_sc(ctx, item):
    a = ctx.name()
    r = _turn(ctx, "by", 3)
    if r == 0:
        return Byline([a], before=[f"四川农村日报全媒体记者 {_shown(ctx, a)}"])
    if r == 1:
        item.photographers = [a]
        return Byline([a], before=[f"四川农村日报全媒体记者 {_shown(ctx, a)} 文/图"])
    names = [a, ctx.name(), ctx.name()]
    return Byline(names, before=[f"本报记者 {_shown(ctx, a)} 通讯员 {names[1]} {names[2]}"])


by_sc_trail = form("（记者 {0}）", **TRAIL)


def by_ty(ctx, item):
    rng = ctx.rng
    a = ctx.name()
    r = _turn(ctx, "by", 3)
    if r == 0:
        return Byline([a], before=[f"本报记者 {_shown(ctx, a)}"])
    if r == 1:
        return Byline([a], before=[f"本报记者 {_shown(ctx, a)} 发自{rng.choice(('杭州', '天津', '沈阳', '武汉'))}"])
    names = [a, ctx.name()]
    return Byline(names, before=[f"本报特派记者 {' '.join(_shown(ctx, n) for n in names)}"])


by_ty_trail = form("（本报记者 {0}）", **TRAIL)


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


def _credit_turns(forms):
    """A photo credit: the family's forms take turns (see _turn); a form without {n} names no one."""
    def credit(ctx):
        form = forms[_turn(ctx, "credit", len(forms))]
        where = ctx.rng.choice(("glue", "line"))
        if "{" not in form:
            return where, form, []
        n = ctx.name()
        return where, form.format(n=n, s=spaced(n)), [n]
    return credit


cr_zr = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）"))
cr_nx = _credit_turns(("宁夏日报记者 {n} 摄", "（{n} 摄）"))
cr_lz = _credit_turns(("柳州日报全媒体记者 {n} 摄", "（{n} 摄）"))
cr_bd = _credit_turns(("半岛晨报记者 {n} 摄", "晨报记者 {s}/摄"))
cr_fy = _credit_turns(("本报记者 {n} 摄", "通讯员 {n} 摄"))
cr_sc = _credit_turns(("四川农村日报全媒体记者 {n} 摄", "（{n} 摄）"))
cr_ty = _credit_turns(("新华社记者 {n} 摄", "视觉中国供图"))


# --------------------------------------------------------------------------- builder


class Fresh5Builder(Fresh4Builder):

    def __init__(self, family, seed, n):
        super().__init__(family, seed, n)
        self.ctx.turns, self.ctx.turn_start = {}, self.opts.get("turn", n)

    # -------------------------------------------------------------- shared shapes

    def notice_box(self, title, intro, rows, closing, issuer):
        """A notice: a title, an intro, rows, a closing line, the issuer and the date (byline lines)."""
        rng, ctx = self.rng, self.ctx
        item = Item("infobox")
        head = self.headline(item, title)
        width = self.w()
        a, b = ctx.date + datetime.timedelta(days=1), ctx.date + datetime.timedelta(days=30)
        rows = [r.format(a=f"{a.month}月{a.day}日", b=f"{b.year}年{b.month}月{b.day}日", p=phone(rng, "010"))
                for r in rows]
        row_chunks = [[L(x, "body") for r in rows for x in self.para_lines(r, width)]]
        chunks = head + [self.para_lines(intro, width)] + row_chunks + [self.para_lines(closing, width)]
        chunks.append([L(issuer, "byline"), L(cn_date(_d(ctx)), "byline")])
        item.body = [("paragraph", intro)] + [("listitem", r) for r in rows] + [("paragraph", closing)]
        item.chunks, item.kind = chunks, "infobox"
        return item

    def table_box(self, labels, title, header, rows, sources):
        rng = self.rng
        item = self.box(rng.choice(labels), [header] + rows, title=title, decorations=("", "■", "【{}】"),
                        width=max(self.w(), 22))
        item.chunks.append([L(rng.choice(sources), "credit")])
        return item

    # -------------------------------------------------------------- 中国自然资源报

    slot_zrstory = story_slot(0.5)

    def slot_zhengwen(self):
        return self.notice_box(*ZR_NOTICES[self.opts["notice"]])

    def slot_zrqa(self):
        return self.staff_qa(ZR_QUESTIONS)

    # -------------------------------------------------------------- 宁夏日报

    slot_nxlead = story_slot(dated=by_nx_dated, jump=True)

    slot_nxstory = story_slot(0.4, by_nx_dated, 0.4)

    def slot_weather(self):
        rng = self.rng
        high = rng.randrange(24, 33)
        rows = []
        for city in rng.sample(NX_CITIES, rng.choice((3, 4, 5))):
            h = high + rng.choice((-3, -2, -1, 0, 1))
            rows.append(f"{city} {rng.choice(NX_SKIES)} {h - rng.randrange(9, 14)}℃～{h}℃")
        intro = "据自治区气象台预报，未来三天全区以晴到多云天气为主，昼夜温差较大。" if rng.random() < 0.5 else ""
        return self.box(rng.choice(("天气预报", "全区天气", "银川天气")), rows, intro=intro, decorations=("", "■", "【{}】"))

    def slot_nxpinglun(self):
        """A titled piece signed 本报评论员 above or below the text."""
        rng = self.rng
        src = self.pick(["002-03", "004-02"])
        body = shorten(rng, src["body"], keep_min=4)
        sign = rng.choice(("本报评论员", "□本报评论员"))
        if rng.random() < 0.5:
            byfn = lambda c, i: Byline([], before=[sign], hint="institution")  # noqa: E731
        else:
            byfn = lambda c, i: Byline([], after=[sign], hint="institution")  # noqa: E731
        return self.art({"title": self.uniq(NX_TITLES, "nxt")}, body, byfn)

    # -------------------------------------------------------------- 柳州日报

    def slot_obituary(self):
        rng, ctx = self.rng, self.ctx
        paras, issuers = LZ_OBITS[self.opts["obit"]]
        dead = ctx.name()
        t, u = _d(ctx, 2), ctx.date + datetime.timedelta(days=2)
        paras = [p.format(d=dead, t=f"{t.year}年{t.month}月{t.day}日", u=f"{u.month}月{u.day}日") for p in paras]
        item = Item("article")
        head = self.headline(item, rng.choice(("讣告", "讣 告")))
        item.title = "讣告"
        width = self.w()
        chunks = head + [self.para_lines(p, width) for p in paras]
        issuer = rng.choice(issuers).format(d=dead)
        chunks.append([L(issuer, "byline"), L(cn_date(_d(ctx)), "byline")])
        item.body = [("paragraph", p) for p in paras]
        item.chunks, item.kind = chunks, "article"
        return item

    def slot_water(self):
        rng, ctx = self.rng, self.ctx
        rows = []
        for k in range(rng.choice((3, 4))):
            day = ctx.date + datetime.timedelta(days=1 + k // 2)
            start = rng.choice((8, 9, 22))
            rows.append(f"{day.month}月{day.day}日 {start}:00—{(start + rng.choice((6, 8))) % 24}:00 "
                        f"{rng.choice(LZ_WATER)}{rng.choice(LZ_PLACES)}")
        intro = rng.choice(("因供水管道改造施工，以下区域将暂停供水，请用户提前做好储水准备：",
                            "为保障管网安全运行，供水部门将对以下区域进行停水检修："))
        return self.box(rng.choice(("停水通知", "停水信息")), rows, intro=intro, decorations=("", "■", "【{}】"))

    def slot_briefphoto(self):
        """A brief and a photo read across two columns."""
        return self.pair(self.slot_brief(), self.slot_photo())

    # -------------------------------------------------------------- 半岛晨报

    slot_bdstory = story_slot(0.3)

    def slot_tv(self):
        rng = self.rng
        channel = self.opts["channel"]
        return self.box(rng.choice(("电视节目", "今晚荧屏", "荧屏导视")), BD_CHANNELS[channel], title=channel,
                        decorations=("", "■", "【{}】"))

    def slot_letter(self):
        rng, ctx = self.rng, self.ctx
        title, paras = self.uniq(BD_LETTERS, "let")
        item = Item("article")
        width = self.w()
        chunks = self.headline(item, title)
        for text in paras:
            chunks.append(self.para_lines(text, width))
        name = ctx.name()
        chunks.append([L(rng.choice(("读者 ", "读者　", "甘井子区读者 ")) + _shown(ctx, name), "byline")])
        item.authors = [name]
        item.body, item.chunks = [("paragraph", t) for t in paras], chunks
        return [self.furniture(rng.choice(("读者来信", "百姓心声"))), item]

    # -------------------------------------------------------------- 人民法院报

    slot_fystory = story_slot(0.5)

    def slot_case(self):
        rng, ctx = self.rng, self.ctx
        title, sections = self.uniq(FY_CASES, "case")
        style = rng.choice(("【{}】", "■{}"))
        body = []
        for head, paras in sections:
            body.append(("heading", style.format(head)))
            body += [("paragraph", p) for p in paras]
        name = ctx.name()
        mark = self.opts["mark"]
        byfn = lambda c, i: Byline([name], before=[mark + _shown(ctx, name)])  # noqa: E731
        it = self.art({"title": title}, body, byfn)
        return [self.furniture(rng.choice(("以案说法", "案例精析", "以 案 说 法"))), it]

    def slot_courtnotice(self):
        rng, ctx = self.rng, self.ctx
        rows = []
        for k, row in enumerate(rng.sample(FY_NOTICES, 3)):
            day = ctx.date + datetime.timedelta(days=7 + 3 * k)
            rows.append(row.format(n=rng.randrange(100, 9999), t=f"{day.month}月{day.day}日上午9时"))
        return self.box(rng.choice(("开庭公告", "法院公告")), rows, decorations=("", "■", "【{}】"))

    def slot_fyqa(self):
        return self.staff_qa(FY_QUESTIONS, None)

    # -------------------------------------------------------------- 四川农村日报

    slot_scstory = story_slot(0.4)

    def slot_prices(self):
        rng, ctx = self.rng, self.ctx
        d = _d(ctx)
        rows = []
        for name, unit in rng.sample(SC_PRICES, rng.choice((4, 5))):
            sign = rng.choice(("+", "-"))
            rows.append(f"{name} {rng.randrange(2, 30)}.{rng.randrange(0, 99):02d} {unit} {sign}{rng.randrange(0, 6)}.{rng.randrange(1, 99):02d}%")
        return self.table_box(("价格行情", "农价速递", "市场行情"), f"{d.month}月{d.day}日全省主要农产品批发价格",
                              "品种 均价 单位 环比", rows, ("数据来源：省农业农村厅", "数据来源：农产品批发市场"))

    def slot_farmtips(self):
        rng = self.rng
        return self.box(rng.choice(("农事提醒", "农技小贴士")), self.uniq(SC_TIPS, "tips"), decorations=("", "■", "【{}】"))

    def slot_scqa(self):
        return self.staff_qa(SC_QUESTIONS, None, kicker_share=0.2)

    # -------------------------------------------------------------- 中国体育报

    slot_tystory = story_slot(0.3)

    def slot_results(self):
        rng = self.rng
        teams = rng.sample(TY_TEAMS, 6)
        rows = []
        for k in range(0, 6, 2):
            a, b = rng.randrange(0, 4), rng.randrange(0, 4)
            rows.append(f"{teams[k]} {a}∶{b} {teams[k + 1]}")
        event = rng.choice(TY_EVENTS)
        if "篮" in event or "排" in event or "手" in event:
            rows = [f"{teams[k]} {rng.randrange(60, 110)}∶{rng.randrange(60, 110)} {teams[k + 1]}" for k in range(0, 6, 2)]
            if "排" in event:
                rows = [f"{teams[k]} 3∶{rng.randrange(0, 3)} {teams[k + 1]}" for k in range(0, 6, 2)]
        return self.box(rng.choice(("赛果", "比赛成绩", "昨日赛果")), rows, title=event, decorations=("", "■", "【{}】"))

    def slot_fixtures(self):
        rng, ctx = self.rng, self.ctx
        rows = []
        teams = rng.sample(TY_TEAMS, 6)
        for k in range(3):
            day = ctx.date + datetime.timedelta(days=1 + k)
            rows.append(f"{day.month}月{day.day}日 {rng.choice(('15:30', '19:35', '20:00'))} {teams[2 * k]}—{teams[2 * k + 1]} "
                        f"{rng.choice(('CCTV-5', 'CCTV-5+', '咪咕视频'))}")
        return self.box(rng.choice(("赛事预告", "电视直播", "观赛指南")), rows, decorations=("", "■", "【{}】"))

    def slot_tycolumn(self):
        """A titled column piece signed 文/X above the text or by the bare name below it (the two take
        turns), an （作者系…） note after it; its label is furniture."""
        rng, ctx = self.rng, self.ctx
        src = self.pick(["002-03", "004-02"])
        body = shorten(rng, src["body"], keep_min=4)
        name, note = ctx.name(), rng.choice(TY_NOTES)
        if _turn(ctx, "column", 2) == 0:
            byfn = lambda c, i: Byline([name], before=["文/" + _shown(ctx, name)], after=[note])  # noqa: E731
        else:
            byfn = lambda c, i: Byline([name], after=[name, note])  # noqa: E731
        it = self.art({"title": self.uniq(TY_TITLES, "tyt")}, body, byfn)
        return [self.furniture(rng.choice(("体坛观察", "体育评论", "本报观察"))), it]


# --------------------------------------------------------------------------- furniture


_zr_top = furniture(
    (0.5, [running("中国自然资源报"), ln("第{n}版 · {sec}", page="{n}")]),
    [ln("{n} | {sec}", page="{n}"), ln("{y}年{m}月{d}日 责任编辑：{name}", date=True)],
    front=[masthead("中国自然资源报"), "CHINA NATURAL RESOURCES NEWS", "自然资源部主管主办", DATED,
           "第{no:3000-3999}期 今日{pages}版", "国内统一连续出版物号 CN 11-0047"])


_zr_bottom = furniture((0.5, ["本版编辑 {name} 校对 {name}", "投稿邮箱：zrb@example.cn"]), ["扫码关注中国自然资源报微信公众号"])


_nx_top = furniture(
    (0.5, [running("宁夏日报"), PAGE_SECTION]),
    [ln("{n:02d} {sec}", page="{n:02d}"), ln("{date} {wd} 责任编辑 {name} 版式 {name}", date=True)],
    front=[masthead("宁夏日报"), "中共宁夏回族自治区委员会机关报", DATED, "农历{lunar}",
           "第{no:21000-21999}期 今日{pages}版 国内统一连续出版物号 CN 64-0001"])


_nx_bottom = furniture((0.5, ["扫码下载宁夏日报客户端", "新闻热线：{tel:0951}"]), ["本版校对 {name}"])


_lz_top = furniture(
    (0.4, [masthead("柳州日报"), DATED_LUNAR, ln("{n:02d} | {sec}", page="{n:02d}")]),
    (0.75, [ln("{sec} {n:02d}", page="{n:02d}"), ln("{y}年{m}月{d}日 {wd} 责编 {name} 美编 {name}", date=True)]),
    [ln("{n:02d}", page="{n:02d}")])


def _lz_bottom(ctx):
    rng = ctx.rng
    lines = [] if ctx.printed_date else [F(ctx, f"柳州日报 {cn_date(ctx.date)} {weekday(ctx.date)}", paper=True, date=True)]
    return lines + [F(ctx, f"新闻热线：{phone(rng, '0772')}"), F(ctx, "扫码下载掌上柳州APP")]


_bd_top = furniture(
    (0.45, [masthead("半岛晨报"), ln("{y}年{m}月{d}日 {wd}", date=True), ln("A{n:02d} {sec}", page="A{n:02d}")]),
    [ln("A{n:02d} | {sec} | {y}.{m:02d}.{d:02d}", page="A{n:02d}", date=True), "编辑 {name} 美编 {name}"])


_bd_bottom = furniture((0.5, ["晨报新闻热线 {tel:0411}", masthead("扫码关注半岛晨报")]), ["新闻热线：{tel:0411} 广告热线：{tel:0411}"])


_fy_top = furniture(
    (0.5, [running("人民法院报"), ln("第{n}版 · {sec}", page="{n}")]),
    [ln("{n} {sec}", page="{n}"), ln("{date} 责任编辑 {name} 联系电话 {tel:010}", date=True)],
    front=[masthead("人民法院报"), "最高人民法院主管主办", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:8000-8999}期 今日{pages}版", "国内统一连续出版物号 CN 11-0202"])


_fy_bottom = furniture((0.5, ["扫码关注人民法院报", "投稿邮箱：fyb@example.cn"]), ["本版校对 {name}"])


_sc_top = furniture(
    (0.5, [masthead("四川农村日报"), DATED, ln("{n:02d} | {sec}", page="{n:02d}")]),
    [ln("四川农村日报 {date} 第{n}版 {sec}", paper=True, date=True, page="{n}"), "编辑 {name} 校对 {name}"])


_sc_bottom = furniture(["新闻热线：{tel:028}", "扫码下载川农牛APP"])


_ty_top = furniture(
    (0.5, [ln("{n:02d}", page="{n:02d}"), "{sec}", DATED]),
    [ln("中国体育报·{sec} 第{n}版 {y}年{m}月{d}日", paper=True, date=True, page="{n}")],
    front=[masthead("中国体育报"), "CHINA SPORTS DAILY", "国家体育总局主管主办", DATED,
           "第{no:15000-15999}期 今日{pages}版", "国内统一连续出版物号 CN 11-0006"])


_ty_bottom = furniture((0.5, ["责任编辑：{name} 电话：{tel:010}"]), ["扫码关注中国体育报微信公众号"])


@dataclasses.dataclass
class Fresh5Family(Fresh4Family):
    pass


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh5Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh5Builder, **kw)


FRESH5_FAMILIES = [
    fam("ziran_national", "中国自然资源报", _zr_top, _zr_bottom, {by_zr: 1},
        brief_bylines={by_zr_brief: 1}, credits=(cr_zr,), width=(16, 23), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.3, caption_pool=ZR_CAPTIONS, brief_pool=ZR_BRIEFS, brief_pool_share=0.6,
        labels={"column": ("部门动态", "地方传真"), "bullet": ("●",)},
        plans=((["zrstory", "photo", "brief", "brief"], {"front": True}),
               (["zrqa", "briefcol"], {}),
               (["zrstory", "zhengwen"], {"blank": "every", "notice": 0}),
               (["zhengwen", "photo", "zrstory"], {"blank": "none", "notice": 1})),
        sections=("国土空间", "地质矿产", "综合新闻", "海洋")),
    fam("ningxia_provincial", "宁夏日报", _nx_top, _nx_bottom, {by_nx: 1},
        brief_bylines={by_nx_xun: 1}, credits=(cr_nx,), width=(15, 22), blank={"para": 2, "none": 1}, indent=0.5,
        letterspace=0.3, caption_pool=NX_CAPTIONS, brief_pool=NX_BRIEFS, brief_pool_share=0.6,
        plans=((["nxlead", "weather", "nxpinglun"], {"front": True}),
               (["continuation", "nxstory", "brief"], {"page": 2}),
               (["nxstory", "photo", "photo"], {"blank": "none"}),
               (["nxpinglun", "nxstory", "weather"], {})),
        page_style="cn", sections=("要闻", "综合", "宁夏新闻")),
    fam("liuzhou_city", "柳州日报", _lz_top, _lz_bottom, {by_lz: 1},
        brief_bylines={by_lz_xun: 1}, credits=(cr_lz,), width=(13, 19), blank={"para": 1, "every": 1},
        letterspace=0.4, stray_spaces=0.04, doubled=0.25, displaced=0.25, caption_pool=LZ_CAPTIONS,
        brief_pool=LZ_BRIEFS, brief_pool_share=0.6,
        plans=((["article", "obituary", "photo"], {"obit": 0}),
               (["briefphoto", "article"], {}),
               (["article", "brief", "obituary"], {"blank": "every", "obit": 1}),
               (["article", "water"], {"blank": "none"})),
        page_style="0", sections=("柳州新闻", "城事", "民生")),
    fam("bandao_morning", "半岛晨报", _bd_top, _bd_bottom, {by_bd: 1},
        brief_bylines={by_bd_trail: 1}, credits=(cr_bd,), width=(12, 17), blank={"para": 1, "every": 1},
        letterspace=0.4, stray_spaces=0.06, doubled=0.25, caption_pool=BD_CAPTIONS, brief_pool=BD_BRIEFS,
        brief_pool_share=0.6,
        plans=((["bdstory", "tv"], {"channel": "大连新闻综合频道"}),
               (["letter", "bdstory", "photo"], {"blank": "every"}),
               (["bdstory", "brief", "brief", "tv"], {"blank": "none", "channel": "辽宁卫视"}),
               (["photo", "letter", "brief"], {"turn": 1})),
        sections=("大连新闻", "城事", "社会")),
    fam("fayuan_national", "人民法院报", _fy_top, _fy_bottom, {by_fy: 1},
        brief_bylines={by_fy_xun: 1}, credits=(cr_fy,), width=(16, 24), blank={"para": 2, "every": 1}, indent=0.4,
        letterspace=0.3, caption_pool=FY_CAPTIONS, brief_pool=FY_BRIEFS, brief_pool_share=0.7,
        labels={"column": ("法院动态", "司法简讯"), "bullet": ("●",)},
        plans=((["fystory", "photo", "brief"], {"front": True}),
               (["case", "courtnotice", "photo"], {"mark": "■ 本报通讯员 "}),
               (["fyqa", "briefcol"], {"blank": "none"}),
               (["case", "fystory"], {"blank": "every", "mark": "□"})),
        sections=("法院新闻", "案例", "司法实践", "法治时代")),
    fam("sichuan_rural", "四川农村日报", _sc_top, _sc_bottom, {by_sc: 1},
        brief_bylines={by_sc_trail: 1}, credits=(cr_sc,), width=(14, 20), blank={"para": 2, "every": 1}, indent=0.4,
        letterspace=0.3, stray_spaces=0.03, displaced=0.15, caption_pool=SC_CAPTIONS, brief_pool=SC_BRIEFS,
        brief_pool_share=0.6,
        plans=((["scstory", "farmtips", "photo"], {}),
               (["prices", "scstory"], {"blank": "none"}),
               (["scqa", "brief", "brief"], {}),
               (["briefphoto", "prices", "farmtips"], {"blank": "every"})),
        sections=("三农视点", "乡村振兴", "产业", "市场")),
    fam("tiyu_national", "中国体育报", _ty_top, _ty_bottom, {by_ty: 1},
        brief_bylines={by_ty_trail: 1}, credits=(cr_ty,), width=(16, 26), blank={"para": 1, "none": 1},
        indent=0.4, letterspace=0.3, caption_pool=TY_CAPTIONS, brief_pool=TY_BRIEFS, brief_pool_share=0.7,
        plans=((["tystory", "results", "photo"], {"front": True, "turn": 2}),
               (["tycolumn", "fixtures", "brief"], {}),
               (["results", "tystory", "tycolumn"], {"blank": "none"}),
               (["photo", "tystory", "brief", "fixtures"], {"blank": "every", "turn": 1})),
        sections=("综合新闻", "竞技", "全民健身", "足球")),
]
