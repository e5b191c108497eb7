"""An eighth set of blind development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, the development
family files as examples, articles.yml), never the segmenter, its data files or evaluate.py's
scoring.  Seven papers the corpus had not imitated (checked by name against the development builders;
the held-back builders were not opened): a tourism industry paper, two prefecture-level city dailies, a
prefecture-level evening paper, a power industry paper, a Hong Kong daily and a futures paper; each page of a
family follows one of four page plans, and byline and credit forms take turns across a family's pages.
Families are named after their papers' initials; a check that prints only this set's family names finds
none of these papers imitated by a held-back family.

* `zglyb_tourism` 中国旅游报 (the tourism industry's paper): a `CHINA TOURISM NEWS` front page with 文化和旅游部主管,
  农历 on its own line, 第N期 and 邮发代号; a **今日导读 box** (`▶标题 第3版`, `·标题（见第3版）`, `标题 >>3版`); a lead
  under a dated dateline `本报杭州6月21日讯（记者 X）` ending in a jump line; a titled 本报评论员 piece; **page 2 carrying a
  story on**; **数读 key-figure boxes**; `中国旅游报记者 X`, `本报记者 X 通讯员 Y`, `中国旅游报记者 X Y`; briefs
  `本报讯（记者 X）` glued or above the text, or closed by `（记者 X）`; ● 文旅速览 columns.
* `lyrb_city` 洛阳日报 (a prefecture-level city daily): `洛阳日报融媒体记者 X 通讯员 Y`, `洛阳日报首席记者 X`,
  `洛阳日报融媒体记者 X 文/图`; briefs `本报讯（记者 X 通讯员 Y）` glued or closed by `（记者 X）`; a **numbered
  photo group** under `本组图片均由洛阳日报融媒体记者 X 摄`; **温馨提示 boxes** of ①②③ rows; ◆ 县区传真 columns; a
  brief and a photo read across two columns; a page label on a line of its own, or no header at all (the
  date and the paper only in the footer).
* `lzwb_evening` 兰州晚报 (a prefecture-level evening paper): columns of 12–16 characters set at a new
  width for every item, a blank line after every line, stray spaces, doubled-glyph and displaced headlines;
  `兰州晚报记者 X`, `通讯员 X 记者 Y` (the correspondent first), `□记者 X 文/摄`; briefs closed by
  `（记者 X 通讯员 Y）` or glued `本报讯（记者 X）`; interviews `记者：` / the interviewee's name; **遗失声明 /
  声明 classified boxes**; 记者手记 boxes; two briefs read across columns; the page label only at the foot.
* `zyrb_city` 遵义日报 (a prefecture-level city daily): a front page with 中共遵义市委机关报 and 农历; `遵义日报记者
  X 通讯员 Y`, `记者 X`, `本报记者 X 见习记者 Y`; briefs `本报讯（通讯员 X）` or `本报讯（记者 X 通讯员 Y）`
  glued or above the text; ▲ 县域传真 columns; county-supplied pictures (`（湄潭县供图）`, `图片由赤水市提供`);
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
* `本报杭州6月21日讯（记者 X）`, `【大公报讯】记者X报道：` and `【大公报讯】综合报道：` are not 本报讯 (the item is an
  `article`, unless a trailing `（记者 X）` credit makes a short one a `brief`); each names its persons as
  authors, `综合报道` none;
* `洛阳日报融媒体记者 X 文/图` and `□记者 X 文/摄` make X author and photographer; `中通社图片`, `新华社图片`,
  `国网某某供电公司供图` and county-supplied pictures name no photographer;
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

TR_PLACES = ("北京", "杭州", "成都", "西安", "桂林", "三亚", "丽江")
TR_GUIDE = ["暑期文旅消费持续升温", "一批旅游休闲街区亮相", "乡村旅游精品线路发布", "入境游便利化措施落地见效",
            "博物馆夜游成为新时尚"]
TR_TITLES = ["以高品质供给激发文旅消费", "让游客玩得放心舒心", "把文化内涵融入旅游体验", "抓项目就是抓发展"]
TR_FIGURES = [
    ("端午假期文旅市场平稳有序", ["1.1亿人次 国内出游", "403亿元 国内游客出游总花费",
                                "6.3% 出游人次同比增长"]),
    ("入境游持续回暖", ["2900万人次 上半年入境游客", "52% 入境游客同比增长", "240小时 过境免签停留时间"]),
]
TR_CAPTIONS = [("古镇街巷里，游客身着汉服拍照。", "古镇漫游"), ("博物馆里，孩子们在讲解员带领下参观展品。", ""),
               ("草原上，游客骑马体验牧民生活。", "草原之旅")]
TR_BRIEFS = [
    ("一条低空旅游航线开通", "近日，一条低空旅游航线开通，游客可乘坐直升机俯瞰山水风光。"),
    ("导游服务技能培训班开班", "日前，一期导游服务技能培训班开班，学员将学习讲解和应急处置技能。"),
    ("旅游景区无障碍设施改造启动", "近日，一批旅游景区启动无障碍设施改造，方便老年人和残疾人游览。"),
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

LZ_QUESTIONS = ["这个想法是怎么来的？", "做这件事最难的是什么？", "街坊邻居怎么看？", "接下来还有什么打算？",
                "有什么想对年轻人说的？"]
LZ_COMPANIES = ("兰州某某商贸有限公司", "兰州市某某牛肉面馆", "某某建筑工程有限公司兰州分公司", "兰州某某科技有限公司",
                "城关区某某五金经营部")
LZ_LOSSES = ("营业执照正本", "营业执照副本", "公章一枚", "开户许可证", "食品经营许可证正本")
LZ_CAPTIONS = [("黄河铁桥边，游客拍照留念。", "铁桥留影"), ("夜市上，游客品尝甜醅子和灰豆子。", ""),
               ("黄河岸边，市民在夜色中散步。", "河畔夜色")]
LZ_BRIEFS = [
    ("老城区又添口袋公园", "近日，老城区一处闲置地块改造为口袋公园，附近居民有了休憩场所。"),
    ("牛肉面技艺培训班开班", "日前，一期牛肉面技艺培训班开班，学员将学习和面、拉面等制作技艺。"),
    ("公交新开一条旅游专线", "近日，公交部门新开一条旅游专线，串联黄河沿岸多个热门景点。"),
]

ZY_TOWNS = ("湄潭县", "赤水市", "仁怀市", "习水县", "播州区", "正安县", "凤冈县")
ZY_NOTICES = [
    ("关于拟命名第五批市级文明社区的公示",
     "经推荐、考察和审核，现将拟命名名单予以公示（排名不分先后）：",
     ["一、红花岗区某某社区", "二、汇川区某某社区", "三、播州区某某社区", "四、新蒲新区某某社区"],
     "公示期为{a}至{b}。如有异议，请在公示期内向市文明办反映。联系电话：{p}。", "遵义市精神文明建设委员会办公室"),
    ("关于某某路道路改造工程施工的公示",
     "为提升道路通行能力，某某路道路改造工程即将开工建设，现将有关事项公示如下：",
     ["1.施工范围：某某路至某某大道段", "2.施工期间：半幅封闭、半幅通行", "3.请过往车辆和行人注意绕行"],
     "施工期间给您带来的不便，敬请谅解。咨询电话：{p}。", "遵义市某某建设管理部门"),
]
ZY_ADS = [("某某花园 新城核心精装现房", "销售热线：{p}"), ("黔剧专场演出 门票火热预售中", "订票热线：{p}")]
ZY_CAPTIONS = [("红色旧址前，游客在讲解员带领下参观。", "红色寻访"), ("茶园里，茶农在采摘夏茶。", ""),
               ("赤水河畔，游客在步道上观赏丹霞景观。", "丹霞河畔")]
ZY_BRIEFS = [
    ("一批产业项目集中签约", "近日，一批产业项目集中签约，涉及白酒、茶叶、装备制造等领域。"),
    ("社区开设长者食堂", "日前，多个社区长者食堂开业，为老年人提供平价助餐服务。"),
    ("县区开展消防演练", "近日，多个县区联合开展消防演练，提升企业员工应急处置能力。"),
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


def by_tr(ctx, item):
    a = ctx.name()
    r = _turn(ctx, "by", 3)
    if r == 0:
        return Byline([a], before=[f"中国旅游报记者 {_shown(ctx, a)}"])
    b = ctx.name()
    if r == 1:
        return Byline([a, b], before=[f"本报记者 {_shown(ctx, a)} 通讯员 {b}"])
    return Byline([a, b], before=[f"中国旅游报记者 {_shown(ctx, a)} {_shown(ctx, b)}"])


def by_tr_dated(ctx, item):
    """本报杭州6月21日讯（记者 X）: a dated dateline, not 本报讯."""
    a = ctx.name()
    d = _d(ctx)
    return Byline([a], glue=f"本报{ctx.rng.choice(TR_PLACES)}{d.month}月{d.day}日讯（记者 {a}）")


def by_tr_brief(ctx, item):
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


def by_lz(ctx, item):
    a = ctx.name()
    r = _turn(ctx, "by", 3)
    if r == 0:
        return Byline([a], before=[f"兰州晚报记者 {_shown(ctx, a)}"])
    if r == 1:
        b = ctx.name()
        return Byline([a, b], before=[f"通讯员 {a} 记者 {_shown(ctx, b)}"])
    item.photographers = [a]
    return Byline([a], before=[f"□记者 {_shown(ctx, a)} 文/摄"])


def by_lz_brief(ctx, item):
    a = ctx.name()
    if _turn(ctx, "brief", 2) == 0:
        b = ctx.name()
        return Byline([a, b], trail=f"（记者 {a} 通讯员 {b}）", hint="paren")
    return Byline([a], glue=f"本报讯（记者 {a}）", hint="benbaoxun")


def by_zy(ctx, item):
    a = ctx.name()
    r = _turn(ctx, "by", 3)
    if r == 0:
        b = ctx.name()
        return Byline([a, b], before=[f"遵义日报记者 {_shown(ctx, a)} 通讯员 {b}"])
    if r == 1:
        return Byline([a], before=[f"记者 {_shown(ctx, a)}"])
    b = ctx.name()
    return Byline([a, b], before=[f"本报记者 {_shown(ctx, a)} 见习记者 {_shown(ctx, b)}"])


def by_zy_brief(ctx, item):
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


cr_tr = _credit_turns(("中国旅游报记者 {n} 摄", "（{n} 摄）", "本报记者 {s} 摄"))
cr_ly = _credit_turns(("洛阳日报融媒体记者 {n} 摄", "（{n} 摄）"))
cr_lz = _credit_turns(("兰州晚报记者 {s} 摄", "记者 {n} 摄"))
cr_dl = _credit_turns(("（{n} 摄）", "通讯员 {n} 摄", "国网某某供电公司供图"))
cr_dg = _credit_turns(("大公报记者{n}摄", "中通社图片", "大公报记者 {s} 摄"))
cr_qh = _credit_turns(("本报记者 {n} 摄", "新华社图片"))


def _town_or(staff, towns):
    """A county supplies only its own (pooled) pictures; a seed picture keeps a photographer."""
    town = _town_credit(towns)

    def credit(ctx):
        return town(ctx) if getattr(ctx, "pooled", False) else staff(ctx)
    return credit


cr_zy = _town_or(_credit_turns(("遵义日报记者 {n} 摄", "（{n} 摄）")), ZY_TOWNS)


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

    # -------------------------------------------------------------- 中国旅游报

    def slot_trlead(self):
        return self.story(False, by_tr_dated, jump=True)

    def slot_trstory(self):
        rng = self.rng
        return self.story(rng.random() < 0.5, by_tr_dated if rng.random() < 0.3 else None)

    def slot_trguide(self):
        return self.guide(TR_GUIDE, ("今日导读", "导读", "今 日 导 读"), ("▶{t} 第{p}版", "·{t}（见第{p}版）", "{t} >>{p}版"))

    def slot_trpinglun(self):
        return self.titled_pinglun(TR_TITLES)

    def slot_trfigures(self):
        return self.titled_rows(TR_FIGURES, "fig", ("数读", "数读文旅", "数说"))

    # -------------------------------------------------------------- 洛阳日报

    def slot_lystory(self):
        return self.story(self.rng.random() < 0.4)

    def slot_lygroup(self):
        return self.group(LY_GROUPS)

    def slot_lytips(self):
        return self.titled_rows(LY_TIPS, "tips", ("温馨提示", "出行提示", "提示"), title_share=0.6)

    # -------------------------------------------------------------- 兰州晚报

    def slot_lzstory(self):
        return self.story(self.rng.random() < 0.3)

    def slot_lzqa(self):
        return self.interview(("记者：", f"{self.ctx.name()}："), LZ_QUESTIONS)

    def slot_lzlost(self):
        """遗失声明: classified rows (made-up firms), each losing a paper and declaring it void."""
        rng = self.rng
        rows = []
        for firm in rng.sample(LZ_COMPANIES, rng.choice((3, 4))):
            code = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(10))
            rows.append(f"{firm}遗失{rng.choice(LZ_LOSSES)}，统一社会信用代码：91620100{code}，声明作废。")
        return self.box(rng.choice(("遗失声明", "声明", "分类广告")), rows, decorations=("", "■", "【{}】", "◆"))

    # -------------------------------------------------------------- 遵义日报

    def slot_zystory(self):
        return self.story(self.rng.random() < 0.3)

    def slot_zynotice(self):
        title, intro, rows, closing, issuer = ZY_NOTICES[self.opts["notice"]]
        a, b = self.ctx.date + datetime.timedelta(days=1), self.ctx.date + datetime.timedelta(days=7)
        closing = closing.format(a=f"{a.month}月{a.day}日", b=f"{b.month}月{b.day}日", p=phone(self.rng, "0851"))
        return self.notice_box(title, intro, rows, closing, issuer)

    def slot_zyad(self):
        rng = self.rng
        head, line = rng.choice(ZY_ADS)
        return self.furniture(head, line.format(p=phone(rng, "0851")))

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


def _tr_top(ctx):
    d, rng, n = ctx.date, ctx.rng, ctx.page_no
    if ctx.front:
        return [F(ctx, "中国旅游报", paper=True), F(ctx, "CHINA TOURISM NEWS"), F(ctx, "文化和旅游部主管 中国旅游报社主办"),
                F(ctx, f"{cn_date(d)} {weekday(d)}", date=True), F(ctx, f"农历{lunar(d)}"),
                F(ctx, f"第{rng.randrange(3000, 3999)}期 今日{ctx.family_pages}版"),
                F(ctx, "国内统一连续出版物号 CN 11-0176 邮发代号 1-176")]
    if rng.random() < 0.5:
        return [F(ctx, f"中国旅游报 {cn_date(d)} {weekday(d)}", paper=True, date=True),
                F(ctx, f"第{CN_PAGES[n - 1]}版 {ctx.section}", page=str(n))]
    return [F(ctx, f"{ctx.section} · {n}", page=str(n)),
            F(ctx, f"{d.year}年{d.month}月{d.day}日 责任编辑：{ctx.name()} 美术编辑：{ctx.name()}", date=True)]


def _tr_bottom(ctx):
    rng = ctx.rng
    if rng.random() < 0.5:
        return [F(ctx, "扫码下载中国旅游新闻客户端"), F(ctx, f"新闻热线：{phone(rng, '010')}")]
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


def _lz_top(ctx):
    d, rng, n = ctx.date, ctx.rng, ctx.page_no
    r = rng.random()
    if r < 0.4:
        return [F(ctx, "兰州晚报", paper=True), F(ctx, f"{d.year}.{d.month}.{d.day} 星期{'一二三四五六日'[d.weekday()]}", date=True),
                F(ctx, f"A{n} {ctx.section}", page=f"A{n}")]
    if r < 0.8:
        return [F(ctx, f"{cn_date(d)} {weekday(d)} 责编 {ctx.name()} 美编 {ctx.name()} 校对 {ctx.name()}", date=True)]
    return []


def _lz_bottom(ctx):
    rng, n = ctx.rng, ctx.page_no
    lines = [] if ctx.printed_page else [F(ctx, f"A{n}", page=f"A{n}")]
    if rng.random() < 0.5:
        return lines + [F(ctx, f"兰州晚报新闻热线 {phone(rng, '0931')}", paper=True)]
    return lines + [F(ctx, f"爆料热线：{phone(rng, '0931')} 广告热线：{phone(rng, '0931')}")]


def _zy_top(ctx):
    d, rng, n = ctx.date, ctx.rng, ctx.page_no
    if ctx.front:
        return [F(ctx, "遵义日报", paper=True), F(ctx, "中共遵义市委机关报"),
                F(ctx, f"{cn_date(d)} {weekday(d)} 农历{short_lunar(d)}", date=True),
                F(ctx, f"第{rng.randrange(8000, 8999)}期 今日{rng.choice((8, 12))}版 国内统一连续出版物号 CN 52-0015")]
    if rng.random() < 0.5:
        return [F(ctx, f"{n:02d} | {ctx.section}", page=f"{n:02d}"),
                F(ctx, f"遵义日报 {d.year}年{d.month}月{d.day}日 {weekday(d)}", paper=True, date=True)]
    return [F(ctx, f"{ctx.section} {n:02d}", page=f"{n:02d}"), F(ctx, f"责任编辑 {ctx.name()} 组版 {ctx.name()}")]


def _zy_bottom(ctx):
    rng, d = ctx.rng, ctx.date
    lines = [] if ctx.printed_date else [F(ctx, f"{d.year}年{d.month}月{d.day}日 {weekday(d)}", date=True)]
    if rng.random() < 0.5:
        return lines + [F(ctx, f"新闻热线：{phone(rng, '0851')}"), F(ctx, "扫码下载掌上遵义客户端")]
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
    fam("zglyb_tourism", "中国旅游报", _tr_top, _tr_bottom, {by_tr: 1},
        brief_bylines={by_tr_brief: 1}, credits=(cr_tr,), width=(15, 22), blank={"para": 2, "none": 1}, indent=0.5,
        letterspace=0.3, caption_pool=TR_CAPTIONS, brief_pool=TR_BRIEFS, brief_pool_share=0.6,
        labels={"column": ("文旅速览", "各地传真"), "bullet": ("●",)},
        plans=((["trlead", "trguide", "trpinglun"], {"front": True}),
               (["continuation", "trstory", "brief"], {"page": 2}),
               (["trstory", "trfigures", "photo"], {"blank": "every"}),
               (["photo", "trstory", "briefcol"], {"blank": "none", "turn": 1})),
        page_style="cn", sections=("要闻", "综合", "产业")),
    fam("lyrb_city", "洛阳日报", _ly_top, _ly_bottom, {by_ly: 1},
        brief_bylines={by_ly_brief: 1}, credits=(cr_ly,), width=(14, 21), blank={"para": 2, "every": 1},
        letterspace=0.4, stray_spaces=0.03, caption_pool=LY_CAPTIONS, brief_pool=LY_BRIEFS, brief_pool_share=0.6,
        paper_outlet="洛阳日报融媒体", labels={"column": ("县区传真", "河洛快讯"), "bullet": ("◆",)},
        plans=((["lystory", "briefphoto"], {}),
               (["lygroup", "lystory"], {"blank": "every", "group_credit": "本组图片均由{p}记者 {n} 摄"}),
               (["briefcol", "lystory", "lytips"], {"blank": "none"}),
               (["lystory", "brief", "photo"], {"turn": 1})),
        page_style="0", sections=("综合新闻", "县区", "文化")),
    fam("lzwb_evening", "兰州晚报", _lz_top, _lz_bottom, {by_lz: 1},
        brief_bylines={by_lz_brief: 1}, credits=(cr_lz,), width=(12, 17), per_article_width=True,
        blank={"para": 1, "every": 1}, letterspace=0.4, stray_spaces=0.05, doubled=0.25, displaced=0.3,
        caption_pool=LZ_CAPTIONS, brief_pool=LZ_BRIEFS, brief_pool_share=0.6,
        plans=((["lzstory", "briefpair", "photo"], {}),
               (["lzqa", "lzlost"], {"blank": "every"}),
               (["photo", "lzstory", "brief"], {"blank": "none"}),
               (["lzstory", "notes", "lzlost"], {"turn": 1})),
        page_style="A", sections=("兰州新闻", "民生", "城事")),
    fam("zyrb_city", "遵义日报", _zy_top, _zy_bottom, {by_zy: 1},
        brief_bylines={by_zy_brief: 1}, credits=(cr_zy,), width=(13, 20), blank={"para": 2, "every": 1},
        letterspace=0.4, stray_spaces=0.04, displaced=0.25, caption_pool=ZY_CAPTIONS, brief_pool=ZY_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("县域传真", "县区速递"), "bullet": ("▲",)},
        plans=((["zystory", "brief", "photo"], {"front": True}),
               (["briefcol", "zyad", "zystory"], {}),
               (["zynotice", "briefpair"], {"blank": "every", "notice": 0}),
               (["photo", "zystory", "zynotice"], {"blank": "none", "notice": 1, "turn": 1})),
        page_style="0", sections=("遵义新闻", "县区", "民生")),
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
