"""An eighth set of blind development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, the development
family files as examples, articles.yml), never the segmenter, its data files or evaluate.py's
scoring.  Seven papers the corpus had not imitated (checked by name against the development builders;
the held-back builders were not opened): a provincial party daily of a province not yet covered, a
prefecture-level city daily, a prefecture-level evening paper, a county-level city paper, a power
industry paper, a Hong Kong daily and a futures paper; each page of a family follows one of four page
plans, and byline and credit forms take turns across a family's pages.
One first family name was a held-back family's name too (synthesize.page_sets refused it); which one was
not looked up, and all seven families are named after their papers' initials instead, so one of these papers
may also be imitated by a held-back family.

* `jlrb_provincial` 吉林日报: a front page with `JILIN DAILY`, 中共吉林省委机关报, 农历 on its own line, 第N期
  and 邮发代号; a **今日导读 box** (`▶标题 第3版`, `·标题（见第3版）`, `标题 >>3版`); a lead under a dated dateline
  `本报长春6月21日讯（记者 X）` ending in a jump line; a titled 本报评论员 piece; **page 2 carrying a story on**;
  **数读 key-figure boxes**; `吉林日报彩练新闻记者 X`, `本报记者 X 通讯员 Y`, `吉林日报彩练新闻记者 X Y`; briefs
  `本报讯（记者 X）` glued or above the text, or closed by `（记者 X）`; ● 吉林新闻速览 columns.
* `lyrb_city` 洛阳日报 (a prefecture-level city daily): `洛阳日报融媒体记者 X 通讯员 Y`, `洛阳日报首席记者 X`,
  `洛阳日报融媒体记者 X 文/图`; briefs `本报讯（记者 X 通讯员 Y）` glued or closed by `（记者 X）`; a **numbered
  photo group** under `本组图片均由洛阳日报融媒体记者 X 摄`; **温馨提示 boxes** of ①②③ rows; ◆ 县区传真 columns; a
  brief and a photo read across two columns; a page label on a line of its own, or no header at all (the
  date and the paper only in the footer).
* `yzwb_evening` 扬州晚报 (a prefecture-level evening paper): columns of 12–16 characters set at a new
  width for every item, a blank line after every line, stray spaces, doubled-glyph and displaced headlines;
  `扬州晚报记者 X`, `通讯员 X 记者 Y` (the correspondent first), `□记者 X 文/摄`; briefs closed by
  `（记者 X 通讯员 Y）` or glued `本报讯（记者 X）`; interviews `记者：` / the interviewee's name; **遗失声明 /
  声明 classified boxes**; 记者手记 boxes; two briefs read across columns; the page label only at the foot.
* `ksrb_county` 昆山日报 (a county-level city paper): a front page with 中共昆山市委机关报 and 农历; `昆山日报记者
  X 通讯员 Y`, `记者 X`, `本报记者 X 见习记者 Y`; briefs `本报讯（通讯员 X）` or `本报讯（记者 X 通讯员 Y）`
  glued or above the text; ▲ 区镇传真 columns; town-supplied pictures (`（千灯镇供图）`, `图片由周庄镇提供`);
  ads mid-page; **公示 notices**; two briefs read across columns; headlines after their bodies.
* `dlb_industry` 中国电力报 (the power industry's paper): a `CHINA ELECTRIC POWER NEWS` front page with
  中国电力企业联合会主管主办 and 农历; **电力数据 boxes** (rows `全国最高用电负荷 14.51亿千瓦 同比增长6.8%`) under a
  title or not; **一线人物 features** with a `——记…班长 X` subtitle; interviews `记者：` / the interviewee's
  name; ● 电力动态 columns; `本报记者 X`, `中国电力报记者 X 通讯员 Y`, `通讯员 X Y`; briefs `本报讯（记者 X
  通讯员 Y）` glued or closed by `（通讯员 X）`; `国网某某供电公司供图`.
* `dgb_hongkong` 大公报 (a Hong Kong daily): a `TA KUNG PAO` front page with its founding date, the lunar
  date without 农历 and `今日出纸四叠`; local news opening `【大公报讯】记者X报道：` or `【大公报讯】综合报道：` glued
  to the text, or closed by `（记者 X）`; `大公报记者 X`; `中通社图片`, `大公报记者X摄`; **天文台九天天气预报
  boxes**; 大公评论 / 港事港评 pieces signed `文/X` or by the bare name with an `（作者为…）` note; ◆ 港闻简讯
  columns; headers `A10 | 香港新闻 | date`.
* `qhrb_futures` 期货日报 (a futures paper): a `FUTURES DAILY` front page; **期货行情 tables** (a label, a title,
  a column-header row `品种 收盘价 涨跌幅`, rows, `数据来源：…`); **机构观点 boxes** of `●某某期货：…` rows;
  interviews labelled `期货日报记者：` / `记者：` and the interviewee's name; `本报记者 X`, `期货日报记者 X`,
  `本报记者 X 实习记者 Y`; briefs `本报讯（记者 X）` glued or closed by `（记者 X）`; a front-page lead ending in
  a jump line; ■ 期市速递 columns.

Gold conventions are those of the README; new here (stated in the README's section too):

* a 数读 / 温馨提示 / 遗失声明 / 电力数据 / 天气预报 / 机构观点 box is an `infobox` whose body is its rows as
  printed, titled with its label (no decoration), or with the label as kicker when a title follows; a
  期货行情 table is an `infobox` (its label the kicker, the column-header row its first row), its `数据来源`
  line a `credit`; a 公示 is an `infobox` with no authors (issuer and date lines `byline` lines);
* `本报长春6月21日讯（记者 X）`, `【大公报讯】记者X报道：` and `【大公报讯】综合报道：` are not 本报讯 (the item is an
  `article`, unless a trailing `（记者 X）` credit makes a short one a `brief`); each names its persons as
  authors, `综合报道` none;
* `洛阳日报融媒体记者 X 文/图` and `□记者 X 文/摄` make X author and photographer; `中通社图片`, `新华社图片`,
  `国网某某供电公司供图` and town-supplied pictures name no photographer;
* a 今日导读 box is furniture; the person of a `——记…` subtitle is no author; a 大公评论 / 港事港评 label is
  furniture and its piece an `article` by the person signed (its `（作者为…）` note a `credit` line); a 遗失声明
  box names no one.

Seeds: FRESH8_SEED_BASE + 100_000*family + 1_000*attempt + n (19_100_001 .. 19_749_999), above the seventh
blind set and every held-back set.  All text comes from articles.yml or from the short filler below,
written for this corpus (captions, photo groups, briefs, guide entries, figures, tips, notices,
classifieds, data, weather and price rows, views, questions, titles and notes); names, figures, phone
numbers, addresses and registration numbers are made up.
"""
from __future__ import annotations

import dataclasses
import datetime

from fresh_layouts import short_lunar
from fresh_layouts_2 import F, _d, _shown, _town_credit
from fresh_layouts_5 import _credit_turns, _turn
from fresh_layouts_6 import Fresh6Builder, Fresh6Family
from synthesize import Byline, cn_date, lunar, phone, spaced, weekday

FRESH8_SEED_BASE = 19_000_000

INTERVIEWS = ["000-02", "001-02", "002-02", "003-01", "004-01", "002-05", "001-01"]
CN_PAGES = "一二三四五六七八九十"

# --------------------------------------------------------------------------- filler (written for this corpus)

JL_PLACES = ("长春", "吉林", "延吉", "四平", "通化", "白山", "松原")
JL_GUIDE = ["黑土地保护利用取得新进展", "冰雪旅游推介会在长春举行", "一批重大项目集中开工", "汽车产业链加快转型升级",
            "人参产业迈向高端化"]
JL_TITLES = ["以更实举措推动全面振兴", "让黑土地长出更多好日子", "把冰天雪地变成金山银山", "抓项目就是抓发展"]
JL_FIGURES = [
    ("上半年全省经济运行稳中向好", ["5.6% 地区生产总值同比增长", "8.1% 规模以上工业增加值同比增长",
                                "6.3% 社会消费品零售总额同比增长"]),
    ("粮食生产再获丰收", ["800亿斤以上 粮食总产量", "1.1亿亩 农作物播种面积", "93% 主要农作物耕种收综合机械化率"]),
]
JL_CAPTIONS = [("长白山下，游客在雪地里体验雪圈。", "林海雪原"), ("一汽生产车间里，机械臂在焊接车身。", ""),
               ("查干湖上，渔工在冬捕现场起网。", "查干湖冬捕")]
JL_BRIEFS = [
    ("省内首条低空旅游航线开通", "近日，省内首条低空旅游航线开通，游客可乘坐直升机俯瞰城市风光。"),
    ("一批农机具发放到户", "日前，一批新型农机具发放到农户手中，助力秋收生产。"),
    ("冰雪运动进校园启动", "近日，冰雪运动进校园活动启动，全省中小学将开设冰雪体育课。"),
]

LY_GROUPS = [
    ("牡丹花开迎客来", ["①游客在王城公园赏花拍照。", "②花农在花圃里为牡丹培土。", "③外国游客身着汉服游园。"]),
    ("古都夜色醉游人", ["①洛邑古城灯火璀璨。", "②游客在应天门前观看灯光秀。", "③市民在老城十字街品尝小吃。",
                 "④孩子们在广场上放飞孔明灯模型。"]),
]
LY_TIPS = [
    ("牡丹文化节期间出行提示", ["①各主要赏花园区周边道路实行临时交通管制。", "②建议游客错峰出行，优先选择公共交通。",
                         "③园区内请勿攀折花木，注意保管好随身财物。"]),
    ("夏季防溺水提示", ["①不要到无安全设施、无救援人员的水域游泳。", "②未成年人须在家长陪同下到正规场所游泳。",
                   "③发现有人落水，应立即呼救并拨打报警电话。"]),
]
LY_CAPTIONS = [("龙门石窟景区游人如织。", "龙门胜景"), ("麦收时节，联合收割机在田间作业。", ""),
               ("洛河两岸，市民在步道上健身。", "洛河晨练")]
LY_BRIEFS = [
    ("一批便民停车场投用", "近日，城区一批便民停车场建成投用，新增停车泊位一千余个。"),
    ("非遗进社区活动举办", "日前，一场非遗进社区活动举办，唐三彩、剪纸等技艺吸引居民参与。"),
    ("高新区企业拿下海外订单", "今年以来，高新区多家装备制造企业拿下海外订单，出口额同比增长。"),
]

YZ_QUESTIONS = ["这个想法是怎么来的？", "做这件事最难的是什么？", "街坊邻居怎么看？", "接下来还有什么打算？",
                "有什么想对年轻人说的？"]
YZ_COMPANIES = ("扬州某某商贸有限公司", "扬州市某某餐饮店", "某某建筑工程有限公司扬州分公司", "扬州某某科技有限公司",
                "江都区某某五金经营部")
YZ_LOSSES = ("营业执照正本", "营业执照副本", "公章一枚", "开户许可证", "食品经营许可证正本")
YZ_CAPTIONS = [("瘦西湖畔，游客乘坐画舫赏景。", "画舫游湖"), ("东关街上，游客品尝扬州早茶。", ""),
               ("古运河边，市民在夜色中散步。", "运河夜色")]
YZ_BRIEFS = [
    ("老城区又添口袋公园", "近日，老城区一处闲置地块改造为口袋公园，附近居民有了休憩场所。"),
    ("早茶技艺培训班开班", "日前，一期早茶技艺培训班开班，学员将学习包子、烧卖等制作技艺。"),
    ("公交新开一条旅游专线", "近日，公交部门新开一条旅游专线，串联多个热门景点。"),
]

KS_TOWNS = ("千灯镇", "周庄镇", "锦溪镇", "巴城镇", "张浦镇", "陆家镇", "淀山湖镇")
KS_NOTICES = [
    ("关于拟命名第五批市级文明社区的公示",
     "经推荐、考察和审核，现将拟命名名单予以公示（排名不分先后）：",
     ["一、玉山镇某某社区", "二、千灯镇某某社区", "三、周市镇某某社区", "四、花桥经济开发区某某社区"],
     "公示期为{a}至{b}。如有异议，请在公示期内向市文明办反映。联系电话：{p}。", "昆山市精神文明建设委员会办公室"),
    ("关于某某路道路改造工程施工的公示",
     "为提升道路通行能力，某某路道路改造工程即将开工建设，现将有关事项公示如下：",
     ["1.施工范围：某某路至某某大道段", "2.施工期间：半幅封闭、半幅通行", "3.请过往车辆和行人注意绕行"],
     "施工期间给您带来的不便，敬请谅解。咨询电话：{p}。", "昆山市某某建设管理部门"),
]
KS_ADS = [("某某花园 地铁口精装现房", "销售热线：{p}"), ("昆曲专场演出 门票火热预售中", "订票热线：{p}")]
KS_CAPTIONS = [("周庄古镇里，游客乘船穿行水巷。", "水乡古韵"), ("千灯镇的非遗传承人在教孩子们制作灯彩。", ""),
               ("阳澄湖畔，养殖户在查看蟹塘。", "湖畔蟹塘")]
KS_BRIEFS = [
    ("一批智能制造项目签约", "近日，一批智能制造项目集中签约，涉及电子信息、高端装备等领域。"),
    ("社区开设长者食堂", "日前，多个社区长者食堂开业，为老年人提供平价助餐服务。"),
    ("区镇开展消防演练", "近日，区镇联合开展消防演练，提升企业员工应急处置能力。"),
]

DL_DATA = [
    ("迎峰度夏电力供需", ["全国最高用电负荷 14.51亿千瓦 同比增长6.8%", "全国日发电量 318亿千瓦时 创历史新高",
                      "跨省跨区输电 2.1亿千瓦 同比增长9.2%"]),
    ("新能源发展", ["风电装机容量 4.7亿千瓦 同比增长19.9%", "光伏装机容量 7.1亿千瓦 同比增长52.0%",
                "新能源发电量占比 18.2% 同比提高3.1个百分点", "储能装机规模 4400万千瓦 同比增长1.2倍"]),
]
DL_POSTS = ("国网某某供电公司输电运检班班长", "某某发电厂集控运行值长", "某某供电所所长", "某某换流站检修班班长")
DL_TITLES = ["守护万家灯火的“电力尖兵”", "高山铁塔上的青春", "把每一基杆塔都当成自己的孩子", "十年扎根小供电所"]
DL_QUESTIONS = ["今年迎峰度夏面临哪些挑战？", "新能源消纳有哪些新办法？", "电网建设有哪些新进展？",
                "一线职工最关心的是什么？", "怎样保障居民用电安全？"]
DL_CAPTIONS = [("运维人员在变电站内巡视设备。", "巡视"), ("检修人员在高空作业更换绝缘子。", ""),
               ("山坡上，风电机组迎风转动。", "风起山间")]
DL_BRIEFS = [
    ("一条特高压工程进入调试阶段", "近日，一条特高压输电工程进入系统调试阶段，投运后将提升跨区送电能力。"),
    ("农村电网改造完成年度任务", "今年以来，多地农村电网改造升级工程加快推进，年度任务提前完成。"),
    ("充电设施进小区试点启动", "日前，充电设施进小区试点启动，首批试点覆盖三十余个老旧小区。"),
]

DG_SKIES = ("大致天晴", "部分时间有阳光", "大致多云 有几阵骤雨", "多云 有一两阵雨", "天晴 干燥")
DG_LOWS = {12: 14, 1: 13, 2: 14, 3: 17, 4: 20, 5: 23, 6: 26, 7: 27, 8: 27, 9: 26, 10: 23, 11: 19}  # a month's usual low
DG_TITLES = ["发展经济才是硬道理", "让青年看到向上流动的希望", "北部都会区建设要快马加鞭", "盛事经济需要持续发力"]
DG_NOTES = ("（作者为香港资深评论员）", "（作者为某大学客座教授）", "（作者为某智库研究员）")
DG_CAPTIONS = [("维多利亚港两岸灯火通明。", "维港夜色"), ("市民在天星小轮码头候船。", ""),
               ("游客在太平山顶观赏景色。", "山顶远眺")]
DG_BRIEFS = [
    ("多区举办长者健康讲座", "日前，多区举办长者健康讲座，为长者讲解防跌倒知识。"),
    ("青年创业展览开幕", "近日，一场青年创业展览开幕，数十家初创企业展示产品。"),
    ("新界一段单车径重开", "近日，新界一段单车径完成维修后重开，方便市民假日骑行。"),
]

QH_FUTURES = (("螺纹钢", 3621), ("铁矿石", 812), ("焦煤", 1545), ("沪铜", 78210), ("沪铝", 20130), ("豆粕", 3302),
              ("玉米", 2381), ("棉花", 15120), ("白糖", 6123), ("生猪", 17480))
QH_VIEWS = [
    ("黑色系后市怎么走", ["●某某期货：钢材需求处于季节性淡季，价格或维持震荡。", "●某某期货：原料端成本支撑仍在，下方空间有限。",
                      "●某某期货研究所：关注政策落地后的需求恢复节奏。"]),
    ("农产品板块如何看", ["●某某期货：新季作物长势良好，供应压力逐步显现。", "●某某期货：养殖端补栏积极，饲料需求有望回升。",
                      "●某某期货：天气因素仍是短期主要扰动。", "●某某期货研究院：建议产业客户适时套期保值。"]),
]
QH_QUESTIONS = ["企业为什么要参与套期保值？", "当前市场有哪些新特点？", "怎样看待期货市场服务实体经济？",
                "投资者需要注意哪些风险？", "下一步有什么计划？"]
QH_CAPTIONS = [("交易员在交易大厅关注行情。", "盯盘"), ("工人在交割仓库内清点货物。", ""),
               ("港口堆场里，铁矿石堆积如山。", "港口堆场")]
QH_BRIEFS = [
    ("一批期货品种交易规则调整", "近日，交易所对部分期货品种的交易规则进行调整，涉及涨跌停板幅度和保证金比例。"),
    ("场外期权业务规模增长", "今年以来，期货公司场外期权业务规模稳步增长，服务企业客户数量增加。"),
    ("期货公司走进产业园区", "日前，多家期货公司走进产业园区，为企业讲解风险管理工具。"),
]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


def by_jl(ctx, item):
    a = ctx.name()
    r = _turn(ctx, "by", 3)
    if r == 0:
        return Byline([a], before=[f"吉林日报彩练新闻记者 {_shown(ctx, a)}"])
    b = ctx.name()
    if r == 1:
        return Byline([a, b], before=[f"本报记者 {_shown(ctx, a)} 通讯员 {b}"])
    return Byline([a, b], before=[f"吉林日报彩练新闻记者 {_shown(ctx, a)} {_shown(ctx, b)}"])


def by_jl_dated(ctx, item):
    """本报长春6月21日讯（记者 X）: a dated dateline, not 本报讯."""
    a = ctx.name()
    d = _d(ctx)
    return Byline([a], glue=f"本报{ctx.rng.choice(JL_PLACES)}{d.month}月{d.day}日讯（记者 {a}）")


def by_jl_brief(ctx, item):
    a = ctx.name()
    if _turn(ctx, "brief", 2) == 0:
        text = f"本报讯（记者 {a}）"
        if ctx.rng.random() < 0.4:
            return Byline([a], before=[text], hint="benbaoxun")
        return Byline([a], glue=text, hint="benbaoxun")
    return Byline([a], trail=f"（记者 {a}）", hint="paren")


def by_ly(ctx, item):
    a = ctx.name()
    r = _turn(ctx, "by", 3)
    if r == 0:
        b = ctx.name()
        return Byline([a, b], before=[f"洛阳日报融媒体记者 {_shown(ctx, a)} 通讯员 {b}"])
    if r == 1:
        return Byline([a], before=[f"洛阳日报首席记者 {_shown(ctx, a)}"])
    item.photographers = [a]
    return Byline([a], before=[f"洛阳日报融媒体记者 {_shown(ctx, a)} 文/图"])


def by_ly_brief(ctx, item):
    a = ctx.name()
    if _turn(ctx, "brief", 2) == 0:
        b = ctx.name()
        return Byline([a, b], glue=f"本报讯（记者 {a} 通讯员 {b}）", hint="benbaoxun")
    return Byline([a], trail=f"（记者 {a}）", hint="paren")


def by_yz(ctx, item):
    a = ctx.name()
    r = _turn(ctx, "by", 3)
    if r == 0:
        return Byline([a], before=[f"扬州晚报记者 {_shown(ctx, a)}"])
    if r == 1:
        b = ctx.name()
        return Byline([a, b], before=[f"通讯员 {a} 记者 {_shown(ctx, b)}"])
    item.photographers = [a]
    return Byline([a], before=[f"□记者 {_shown(ctx, a)} 文/摄"])


def by_yz_brief(ctx, item):
    a = ctx.name()
    if _turn(ctx, "brief", 2) == 0:
        b = ctx.name()
        return Byline([a, b], trail=f"（记者 {a} 通讯员 {b}）", hint="paren")
    return Byline([a], glue=f"本报讯（记者 {a}）", hint="benbaoxun")


def by_ks(ctx, item):
    a = ctx.name()
    r = _turn(ctx, "by", 3)
    if r == 0:
        b = ctx.name()
        return Byline([a, b], before=[f"昆山日报记者 {_shown(ctx, a)} 通讯员 {b}"])
    if r == 1:
        return Byline([a], before=[f"记者 {_shown(ctx, a)}"])
    b = ctx.name()
    return Byline([a, b], before=[f"本报记者 {_shown(ctx, a)} 见习记者 {_shown(ctx, b)}"])


def by_ks_brief(ctx, item):
    a = ctx.name()
    if _turn(ctx, "brief", 2) == 0:
        return Byline([a], glue=f"本报讯（通讯员 {a}）", hint="benbaoxun")
    b = ctx.name()
    text = f"本报讯（记者 {a} 通讯员 {b}）"
    if ctx.rng.random() < 0.4:
        return Byline([a, b], before=[text], hint="benbaoxun")
    return Byline([a, b], glue=text, hint="benbaoxun")


def by_dl(ctx, item):
    a = ctx.name()
    r = _turn(ctx, "by", 3)
    if r == 0:
        return Byline([a], before=[f"本报记者 {_shown(ctx, a)}"])
    b = ctx.name()
    if r == 1:
        return Byline([a, b], before=[f"中国电力报记者 {_shown(ctx, a)} 通讯员 {b}"])
    return Byline([a, b], before=[f"通讯员 {_shown(ctx, a)} {_shown(ctx, b)}"])


def by_dl_brief(ctx, item):
    a = ctx.name()
    if _turn(ctx, "brief", 2) == 0:
        b = ctx.name()
        return Byline([a, b], glue=f"本报讯（记者 {a} 通讯员 {b}）", hint="benbaoxun")
    return Byline([a], trail=f"（通讯员 {a}）", hint="paren")


def by_dg(ctx, item):
    a = ctx.name()
    r = _turn(ctx, "by", 3)
    if r == 0:
        return Byline([a], glue=f"【大公报讯】记者{a}报道：")
    if r == 1:
        return Byline([a], before=[f"大公报记者 {_shown(ctx, a)}"])
    return Byline([], glue="【大公报讯】综合报道：")


def by_dg_brief(ctx, item):
    a = ctx.name()
    if _turn(ctx, "brief", 2) == 0:
        return Byline([a], glue="【大公报讯】", trail=f"（记者 {a}）", hint="paren")
    return Byline([a], glue=f"【大公报讯】记者{a}报道：")


def by_qh(ctx, item):
    a = ctx.name()
    r = _turn(ctx, "by", 3)
    if r == 0:
        return Byline([a], before=[f"本报记者 {_shown(ctx, a)}"])
    if r == 1:
        return Byline([a], before=[f"期货日报记者 {_shown(ctx, a)}"])
    b = ctx.name()
    return Byline([a, b], before=[f"本报记者 {_shown(ctx, a)} 实习记者 {_shown(ctx, b)}"])


def by_qh_brief(ctx, item):
    a = ctx.name()
    if _turn(ctx, "brief", 2) == 0:
        return Byline([a], glue=f"本报讯（记者 {a}）", hint="benbaoxun")
    return Byline([a], trail=f"（记者 {a}）", hint="paren")


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


cr_jl = _credit_turns(("吉林日报彩练新闻记者 {n} 摄", "（{n} 摄）", "本报记者 {s} 摄"))
cr_ly = _credit_turns(("洛阳日报融媒体记者 {n} 摄", "（{n} 摄）"))
cr_yz = _credit_turns(("扬州晚报记者 {s} 摄", "记者 {n} 摄"))
cr_dl = _credit_turns(("（{n} 摄）", "通讯员 {n} 摄", "国网某某供电公司供图"))
cr_dg = _credit_turns(("大公报记者{n}摄", "中通社图片", "大公报记者 {s} 摄"))
cr_qh = _credit_turns(("本报记者 {n} 摄", "新华社图片"))


def _town_or(staff, towns):
    """A town supplies only its own (pooled) pictures; a seed picture keeps a photographer."""
    town = _town_credit(towns)

    def credit(ctx):
        return town(ctx) if getattr(ctx, "pooled", False) else staff(ctx)
    return credit


cr_ks = _town_or(_credit_turns(("昆山日报记者 {n} 摄", "（{n} 摄）")), KS_TOWNS)


# --------------------------------------------------------------------------- builder


class Fresh8Builder(Fresh6Builder):

    def guide(self, entries, labels, forms):
        """A 导读 box: a label over entries naming another page (furniture)."""
        rng = self.rng
        picked = rng.sample(entries, rng.choice((3, 4)))
        form = rng.choice(forms)
        return self.furniture(rng.choice(labels), *[form.format(t=t, p=rng.randrange(2, 9)) for t in picked])

    def titled_rows(self, pool, tag, labels, title_share=0.5, decorations=("", "■", "【{}】")):
        """A box of rows from `pool` of (title, rows): under its label, with the title or not."""
        rng = self.rng
        title, rows = self.uniq(pool, tag)
        return self.box(rng.choice(labels), rows, title=title if rng.random() < title_share else "",
                        decorations=decorations)

    def profile(self, titles, posts):
        """A worker's portrait: a title, a ——记… subtitle naming the worker (no author), a byline."""
        rng, ctx = self.rng, self.ctx
        src, body = self.long_source(headings=rng.random() < 0.5)
        sub = f"——记{rng.choice(posts)}{ctx.name()}"
        return self.art({"title": self.uniq(titles, "prof")}, body, self.styled(self.family.bylines), subtitle=sub)

    def interview(self, labels, pool):
        src = self.pick(INTERVIEWS)
        return self.qa(src, labels, self.styled(self.family.bylines), pool)

    # -------------------------------------------------------------- 吉林日报

    def slot_jllead(self):
        return self.story(False, by_jl_dated, jump=True)

    def slot_jlstory(self):
        rng = self.rng
        return self.story(rng.random() < 0.5, by_jl_dated if rng.random() < 0.3 else None)

    def slot_jlguide(self):
        return self.guide(JL_GUIDE, ("今日导读", "导读", "今 日 导 读"), ("▶{t} 第{p}版", "·{t}（见第{p}版）", "{t} >>{p}版"))

    def slot_jlpinglun(self):
        return self.titled_pinglun(JL_TITLES)

    def slot_jlfigures(self):
        return self.titled_rows(JL_FIGURES, "fig", ("数读", "数读吉林", "数说"))

    # -------------------------------------------------------------- 洛阳日报

    def slot_lystory(self):
        return self.story(self.rng.random() < 0.4)

    def slot_lygroup(self):
        return self.group(LY_GROUPS)

    def slot_lytips(self):
        return self.titled_rows(LY_TIPS, "tips", ("温馨提示", "出行提示", "提示"), title_share=0.6)

    # -------------------------------------------------------------- 扬州晚报

    def slot_yzstory(self):
        return self.story(self.rng.random() < 0.3)

    def slot_yzqa(self):
        return self.interview(("记者：", f"{self.ctx.name()}："), YZ_QUESTIONS)

    def slot_yzlost(self):
        """遗失声明: classified rows (made-up firms), each losing a paper and declaring it void."""
        rng = self.rng
        rows = []
        for firm in rng.sample(YZ_COMPANIES, rng.choice((3, 4))):
            code = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(10))
            rows.append(f"{firm}遗失{rng.choice(YZ_LOSSES)}，统一社会信用代码：91321000{code}，声明作废。")
        return self.box(rng.choice(("遗失声明", "声明", "分类广告")), rows, decorations=("", "■", "【{}】", "◆"))

    # -------------------------------------------------------------- 昆山日报

    def slot_ksstory(self):
        return self.story(self.rng.random() < 0.3)

    def slot_ksnotice(self):
        title, intro, rows, closing, issuer = KS_NOTICES[self.opts["notice"]]
        a, b = self.ctx.date + datetime.timedelta(days=1), self.ctx.date + datetime.timedelta(days=7)
        closing = closing.format(a=f"{a.month}月{a.day}日", b=f"{b.month}月{b.day}日", p=phone(self.rng, "0512"))
        return self.notice_box(title, intro, rows, closing, issuer)

    def slot_ksad(self):
        rng = self.rng
        head, line = rng.choice(KS_ADS)
        return self.furniture(head, line.format(p=phone(rng, "0512")))

    # -------------------------------------------------------------- 中国电力报

    def slot_dlstory(self):
        return self.story(self.rng.random() < 0.5)

    def slot_dldata(self):
        return self.titled_rows(DL_DATA, "data", ("电力数据", "数据速览", "电力供需"))

    def slot_dlprofile(self):
        return self.profile(DL_TITLES, DL_POSTS)

    def slot_dlqa(self):
        return self.interview(("记者：", f"{self.ctx.name()}："), DL_QUESTIONS)

    # -------------------------------------------------------------- 大公报

    def slot_dgstory(self):
        return self.story(self.rng.random() < 0.3)

    def slot_dgweather(self):
        rng, ctx = self.rng, self.ctx
        rows = []
        for k in range(rng.choice((3, 4, 5))):
            day = ctx.date + datetime.timedelta(days=k + 1)
            low = DG_LOWS[day.month] + rng.randrange(-2, 3)
            rows.append(f"{day.month}月{day.day}日 {weekday(day)} {rng.choice(DG_SKIES)} {low}～{low + rng.randrange(3, 7)}℃")
        title = "天文台九天天气预报" if rng.random() < 0.5 else ""
        return self.box(rng.choice(("天气预测", "天气", "天文台预测")), rows, title=title, decorations=("", "■", "【{}】"))

    def slot_dgcomment(self):
        return self.signed_piece(DG_TITLES, DG_NOTES, ("大公评论", "港事港评", "大 公 评 论"), ("文/", "■", "文｜"))

    # -------------------------------------------------------------- 期货日报

    def slot_qhlead(self):
        return self.story(False, jump=True)

    def slot_qhstory(self):
        return self.story(self.rng.random() < 0.6)

    def slot_qhprices(self):
        rng, ctx = self.rng, self.ctx
        rows = []
        for name, price in rng.sample(QH_FUTURES, rng.choice((4, 5, 6))):
            close = price + rng.randrange(-price // 40, price // 40 + 1)
            rows.append(f"{name} {close} {rng.randrange(-300, 300) / 100:+.2f}%")
        title = f"{_d(ctx).month}月{_d(ctx).day}日主力合约收盘" if rng.random() < 0.6 else "部分品种主力合约表现"
        return self.table_box(("期货行情", "主力合约", "行情速览"), title, rng.choice(("品种 收盘价 涨跌幅", "品种 收盘 涨跌")),
                              rows, ("数据来源：交易所网站", "数据来源：本报数据中心"))

    def slot_qhviews(self):
        return self.titled_rows(QH_VIEWS, "views", ("机构观点", "期货公司观点"), title_share=0.6)

    def slot_qhqa(self):
        label = self.rng.choice(("期货日报记者：", "记者："))
        return self.interview((label, f"{self.ctx.name()}："), QH_QUESTIONS)


# --------------------------------------------------------------------------- furniture


def _jl_top(ctx):
    d, rng, n = ctx.date, ctx.rng, ctx.page_no
    if ctx.front:
        return [F(ctx, "吉林日报", paper=True), F(ctx, "JILIN DAILY"), F(ctx, "中共吉林省委机关报"),
                F(ctx, f"{cn_date(d)} {weekday(d)}", date=True), F(ctx, f"农历{lunar(d)}"),
                F(ctx, f"第{rng.randrange(25000, 25999)}期 今日{ctx.family_pages}版"),
                F(ctx, "国内统一连续出版物号 CN 22-0001 邮发代号 11-1")]
    if rng.random() < 0.5:
        return [F(ctx, f"吉林日报 {cn_date(d)} {weekday(d)}", paper=True, date=True),
                F(ctx, f"第{CN_PAGES[n - 1]}版 {ctx.section}", page=str(n))]
    return [F(ctx, f"{ctx.section} · {n}", page=str(n)),
            F(ctx, f"{d.year}年{d.month}月{d.day}日 责任编辑：{ctx.name()} 美术编辑：{ctx.name()}", date=True)]


def _jl_bottom(ctx):
    rng = ctx.rng
    if rng.random() < 0.5:
        return [F(ctx, "扫码下载彩练新闻客户端"), F(ctx, f"新闻热线：{phone(rng, '0431')}")]
    return [F(ctx, f"本版校对：{ctx.name()} {ctx.name()}")]


def _ly_top(ctx):
    d, rng, n = ctx.date, ctx.rng, ctx.page_no
    r = rng.random()
    if r < 0.35:
        return [F(ctx, f"洛阳日报 {cn_date(d)} {weekday(d)} 农历{short_lunar(d)}", paper=True, date=True),
                F(ctx, f"{n:02d} {ctx.section}", page=f"{n:02d}")]
    if r < 0.7:
        return [F(ctx, f"{n:02d}", page=f"{n:02d}"), F(ctx, spaced(ctx.section) if len(ctx.section) == 2 else ctx.section),
                F(ctx, f"{d.year}年{d.month}月{d.day}日 {weekday(d)} 责任编辑 {ctx.name()} 校对 {ctx.name()}", date=True)]
    return []


def _ly_bottom(ctx):
    rng, d = ctx.rng, ctx.date
    lines = []
    if not ctx.printed_date:
        lines.append(F(ctx, f"洛阳日报 {d.year}.{d.month:02d}.{d.day:02d}", paper=True, date=True))
    if rng.random() < 0.5:
        return lines + [F(ctx, f"新闻热线：{phone(rng, '0379')}"), F(ctx, "扫码关注洛阳日报微信公众号", paper=True)]
    return lines + [F(ctx, f"美术编辑 {ctx.name()}")]


def _yz_top(ctx):
    d, rng, n = ctx.date, ctx.rng, ctx.page_no
    r = rng.random()
    if r < 0.4:
        return [F(ctx, "扬州晚报", paper=True), F(ctx, f"{d.year}.{d.month}.{d.day} 星期{'一二三四五六日'[d.weekday()]}", date=True),
                F(ctx, f"A{n} {ctx.section}", page=f"A{n}")]
    if r < 0.8:
        return [F(ctx, f"{cn_date(d)} {weekday(d)} 责编 {ctx.name()} 美编 {ctx.name()} 校对 {ctx.name()}", date=True)]
    return []


def _yz_bottom(ctx):
    rng, n = ctx.rng, ctx.page_no
    lines = [] if ctx.printed_page else [F(ctx, f"A{n}", page=f"A{n}")]
    if rng.random() < 0.5:
        return lines + [F(ctx, f"扬州晚报新闻热线 {phone(rng, '0514')}", paper=True)]
    return lines + [F(ctx, f"爆料热线：{phone(rng, '0514')} 广告热线：{phone(rng, '0514')}")]


def _ks_top(ctx):
    d, rng, n = ctx.date, ctx.rng, ctx.page_no
    if ctx.front:
        return [F(ctx, "昆山日报", paper=True), F(ctx, "中共昆山市委机关报"),
                F(ctx, f"{cn_date(d)} {weekday(d)} 农历{short_lunar(d)}", date=True),
                F(ctx, f"第{rng.randrange(8000, 8999)}期 今日{rng.choice((8, 12))}版 国内统一连续出版物号 CN 32-0087")]
    if rng.random() < 0.5:
        return [F(ctx, f"{n:02d} | {ctx.section}", page=f"{n:02d}"),
                F(ctx, f"昆山日报 {d.year}年{d.month}月{d.day}日 {weekday(d)}", paper=True, date=True)]
    return [F(ctx, f"{ctx.section} {n:02d}", page=f"{n:02d}"), F(ctx, f"责任编辑 {ctx.name()} 组版 {ctx.name()}")]


def _ks_bottom(ctx):
    rng, d = ctx.rng, ctx.date
    lines = [] if ctx.printed_date else [F(ctx, f"{d.year}年{d.month}月{d.day}日 {weekday(d)}", date=True)]
    if rng.random() < 0.5:
        return lines + [F(ctx, f"新闻热线：{phone(rng, '0512')}"), F(ctx, "扫码下载第一昆山客户端")]
    return lines + [F(ctx, f"本版编辑 {ctx.name()} 校对 {ctx.name()}")]


def _dl_top(ctx):
    d, rng, n = ctx.date, ctx.rng, ctx.page_no
    if ctx.front:
        return [F(ctx, "中国电力报", paper=True), F(ctx, "CHINA ELECTRIC POWER NEWS"), F(ctx, "中国电力企业联合会主管主办"),
                F(ctx, f"{cn_date(d)} {weekday(d)} 农历{lunar(d)}", date=True),
                F(ctx, f"第{rng.randrange(9000, 9999)}期 今日{ctx.family_pages}版 国内统一连续出版物号 CN 11-0091")]
    if rng.random() < 0.5:
        return [F(ctx, f"{n} | {ctx.section}", page=str(n)),
                F(ctx, f"中国电力报 {d.year}年{d.month}月{d.day}日", paper=True, date=True)]
    return [F(ctx, ctx.section), F(ctx, f"{d.year}.{d.month:02d}.{d.day:02d} {weekday(d)} 第{n}版", date=True, page=str(n))]


def _dl_bottom(ctx):
    rng = ctx.rng
    if rng.random() < 0.5:
        return [F(ctx, f"本版编辑 {ctx.name()} 电话 {phone(rng, '010')}"), F(ctx, "投稿邮箱：dlb@example.cn")]
    return [F(ctx, "扫码关注中国电力报微信公众号")]


def _dg_top(ctx):
    d, rng, n = ctx.date, ctx.rng, ctx.page_no
    if ctx.front:
        return [F(ctx, "大公报", paper=True), F(ctx, "TA KUNG PAO"), F(ctx, "1902年6月17日创刊"),
                F(ctx, f"{cn_date(d)} {weekday(d)} {lunar(d)}", date=True), F(ctx, "今日出纸四叠 零售价十元")]
    if rng.random() < 0.5:
        return [F(ctx, f"A{n} | {ctx.section} | {cn_date(d)} {weekday(d)}", date=True, page=f"A{n}")]
    return [F(ctx, f"{ctx.section} A{n}", page=f"A{n}"), F(ctx, f"责任编辑：{ctx.name()} 美术编辑：{ctx.name()}")]


def _dg_bottom(ctx):
    rng, d = ctx.rng, ctx.date
    lines = [] if ctx.printed_date else [F(ctx, f"大公报 {cn_date(d)} {weekday(d)}", paper=True, date=True)]
    if rng.random() < 0.5:
        return lines + [F(ctx, "新闻热线：2573 8000"), F(ctx, "电邮：tkp@example.cn")]
    return lines + [F(ctx, "扫码睇大公网")]


def _qh_top(ctx):
    d, rng, n = ctx.date, ctx.rng, ctx.page_no
    if ctx.front:
        return [F(ctx, "期货日报", paper=True), F(ctx, "FUTURES DAILY"), F(ctx, f"{cn_date(d)} {weekday(d)}", date=True),
                F(ctx, f"第{rng.randrange(6000, 6999)}期 今日{rng.choice((8, 12, 16))}版 国内统一连续出版物号 CN 41-0054")]
    if rng.random() < 0.5:
        return [F(ctx, f"{n:02d} {ctx.section}", page=f"{n:02d}"),
                F(ctx, f"期货日报 {cn_date(d)} {weekday(d)}", paper=True, date=True)]
    return [F(ctx, f"{ctx.section} | {n:02d}", page=f"{n:02d}"),
            F(ctx, f"{d.year}.{d.month}.{d.day} 星期{'一二三四五六日'[d.weekday()]} 责任编辑：{ctx.name()} 版式：{ctx.name()}", date=True)]


def _qh_bottom(ctx):
    rng = ctx.rng
    if rng.random() < 0.5:
        return [F(ctx, f"编辑：{ctx.name()} 电话：{phone(rng, '0371')}")]
    return [F(ctx, "扫码下载期货日报客户端", paper=True)]


@dataclasses.dataclass
class Fresh8Family(Fresh6Family):
    pass


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh8Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh8Builder, **kw)


FRESH8_FAMILIES = [
    fam("jlrb_provincial", "吉林日报", _jl_top, _jl_bottom, {by_jl: 1},
        brief_bylines={by_jl_brief: 1}, credits=(cr_jl,), width=(15, 22), blank={"para": 2, "none": 1}, indent=0.5,
        letterspace=0.3, caption_pool=JL_CAPTIONS, brief_pool=JL_BRIEFS, brief_pool_share=0.6,
        labels={"column": ("吉林新闻速览", "各地传真"), "bullet": ("●",)},
        plans=((["jllead", "jlguide", "jlpinglun"], {"front": True}),
               (["continuation", "jlstory", "brief"], {"page": 2}),
               (["jlstory", "jlfigures", "photo"], {"blank": "every"}),
               (["photo", "jlstory", "briefcol"], {"blank": "none", "turn": 1})),
        page_style="cn", sections=("要闻", "综合", "经济")),
    fam("lyrb_city", "洛阳日报", _ly_top, _ly_bottom, {by_ly: 1},
        brief_bylines={by_ly_brief: 1}, credits=(cr_ly,), width=(14, 21), blank={"para": 2, "every": 1},
        letterspace=0.4, stray_spaces=0.03, caption_pool=LY_CAPTIONS, brief_pool=LY_BRIEFS, brief_pool_share=0.6,
        paper_outlet="洛阳日报融媒体", labels={"column": ("县区传真", "河洛快讯"), "bullet": ("◆",)},
        plans=((["lystory", "briefphoto"], {}),
               (["lygroup", "lystory"], {"blank": "every", "group_credit": "本组图片均由{p}记者 {n} 摄"}),
               (["briefcol", "lystory", "lytips"], {"blank": "none"}),
               (["lystory", "brief", "photo"], {"turn": 1})),
        page_style="0", sections=("综合新闻", "县区", "文化")),
    fam("yzwb_evening", "扬州晚报", _yz_top, _yz_bottom, {by_yz: 1},
        brief_bylines={by_yz_brief: 1}, credits=(cr_yz,), width=(12, 17), per_article_width=True,
        blank={"para": 1, "every": 1}, letterspace=0.4, stray_spaces=0.05, doubled=0.25, displaced=0.3,
        caption_pool=YZ_CAPTIONS, brief_pool=YZ_BRIEFS, brief_pool_share=0.6,
        plans=((["yzstory", "briefpair", "photo"], {}),
               (["yzqa", "yzlost"], {"blank": "every"}),
               (["photo", "yzstory", "brief"], {"blank": "none"}),
               (["yzstory", "notes", "yzlost"], {"turn": 1})),
        page_style="A", sections=("扬州新闻", "民生", "城事")),
    fam("ksrb_county", "昆山日报", _ks_top, _ks_bottom, {by_ks: 1},
        brief_bylines={by_ks_brief: 1}, credits=(cr_ks,), width=(13, 20), blank={"para": 2, "every": 1},
        letterspace=0.4, stray_spaces=0.04, displaced=0.25, caption_pool=KS_CAPTIONS, brief_pool=KS_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("区镇传真", "区镇速递"), "bullet": ("▲",)},
        plans=((["ksstory", "brief", "photo"], {"front": True}),
               (["briefcol", "ksad", "ksstory"], {}),
               (["ksnotice", "briefpair"], {"blank": "every", "notice": 0}),
               (["photo", "ksstory", "ksnotice"], {"blank": "none", "notice": 1, "turn": 1})),
        page_style="0", sections=("昆山新闻", "区镇", "民生")),
    fam("dlb_industry", "中国电力报", _dl_top, _dl_bottom, {by_dl: 1},
        brief_bylines={by_dl_brief: 1}, credits=(cr_dl,), width=(16, 25), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.3, caption_pool=DL_CAPTIONS, brief_pool=DL_BRIEFS, brief_pool_share=0.6,
        labels={"column": ("电力动态", "基层传真"), "bullet": ("●",)},
        plans=((["dlstory", "dldata", "photo"], {"front": True}),
               (["dlprofile", "briefcol"], {}),
               (["dlqa", "photo"], {"blank": "none"}),
               (["dldata", "dlstory", "brief"], {"blank": "every", "turn": 1})),
        page_style="plain", sections=("综合", "电网", "新能源")),
    fam("dgb_hongkong", "大公报", _dg_top, _dg_bottom, {by_dg: 1},
        brief_bylines={by_dg_brief: 1}, credits=(cr_dg,), width=(13, 19), blank={"para": 2, "none": 1},
        indent=0.3, letterspace=0.2, stray_spaces=0.03, caption_pool=DG_CAPTIONS, brief_pool=DG_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("港闻简讯", "社区消息"), "bullet": ("◆",)},
        plans=((["dgstory", "dgweather", "photo"], {"front": True}),
               (["briefcol", "dgstory"], {}),
               (["dgstory", "brief", "brief"], {"blank": "every"}),
               (["photo", "dgstory", "dgcomment"], {"blank": "none", "turn": 1})),
        page_style="A", sections=("香港新闻", "要闻", "港闻")),
    fam("qhrb_futures", "期货日报", _qh_top, _qh_bottom, {by_qh: 1},
        brief_bylines={by_qh_brief: 1}, credits=(cr_qh,), width=(18, 26), blank={"para": 2, "none": 1},
        indent=0.5, letterspace=0.3, caption_pool=QH_CAPTIONS, brief_pool=QH_BRIEFS, brief_pool_share=0.6,
        labels={"column": ("期市速递", "市场速递"), "bullet": ("■",)},
        plans=((["qhlead", "qhprices", "brief"], {"front": True}),
               (["qhstory", "qhviews", "photo"], {}),
               (["qhqa", "briefcol"], {"blank": "none"}),
               (["qhprices", "qhstory"], {"blank": "every", "turn": 1})),
        page_style="0", sections=("市场", "产业", "期权")),
]
