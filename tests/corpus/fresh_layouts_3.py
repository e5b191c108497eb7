"""A third set of blind development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, the development
family files as examples, articles.yml, evaluate.py), never the segmenter.  Seven papers the corpus
had not imitated (neither its development nor, checked by name only, its held-back families), each
around page shapes the earlier families lack; each page of a family follows one of four page plans.

* `wenhui_daily` 文汇报: **policy pages**: a story followed by a **要点 box** (划重点 / 政策要点 /
  要点速览 over numbered, ◆ or 一、 rows, sometimes a title), **policy Q&A** with `问：/答：`,
  `Q：/A：`, `【问】/【答】` or numbered `问1：/答：` labels, `文汇报记者 X`, `■首席记者 X`, jump lines
  `（下转第三版）` / `（紧转第三版）` / `（转第三版）` glued or alone, `文汇APP` QR footers.
* `xinkuai_metro` 新快报: `新快报讯 记者X、通讯员Y报道：` datelines, `文/新快报记者 X 通讯员 Y` over
  `图/新快报记者 Z`, **消费提示 boxes** (①②③ rows), **lottery results boxes** (开奖信息 over a draw's
  title and rows of numbers), a brief and a photo (or two briefs) **read across two columns**,
  doubled-glyph headlines.
* `xinwenhua_metro` 新文化报: **bylines split over two lines** (`新文化报·彩练新闻` alone, then
  `记者 X 通讯员 Y`), a trailing `（新文化报·彩练新闻记者 X）`, **演出信息 listings** (date, time, venue,
  show), 线索征集 promos mid-page, photo pages, headlines after their bodies, a blank line after every
  line and stray spaces on some pages.
* `jiangxi_provincial` 江西日报: the `报道` byline grammar some provincial organs print: **`□ 本报记者 X
  本报通讯员 Y 报道` over a dateline with no persons** (`本报南昌6月21日讯 …`, or `本报讯 …` for
  briefs); photos credited **`□记者 X 报道`**; 赣鄱时评 pieces (a label, a title, `□X` above or the name
  below); a front page with 农历, 第N期, 今日N版 and a jump line.
* `guojijinrong_business` 国际金融报: **market tables** (数据 / 行情速递 over a title, a column-header row,
  rows of figures, `数据来源：…`), **公告速递 columns** whose items open with the company and its code
  (`■东岳精工（603871）：公司公告称…`), `国际金融报讯（记者 X）` datelines, `国际金融报记者 X`, briefs
  closed by `（记者 X）`; wide columns and no blank lines on some pages.
* `anji_county` 安吉新闻: a county 融媒体中心 paper: **停电通知 boxes** (an intro, rows of time and
  area), ◆ 乡镇传真 columns (a `本报讯（…）` line under the title sometimes), `融媒记者 X 通讯员 Y`,
  `（通讯员 X）` tails, town-supplied pictures, `扫码下载爱安吉APP`, 准印证号 mastheads; two items read
  across columns, headlines after their bodies, a blank line after every line, stray spaces; some
  pages print no paper name.
* `jiankang_national` 健康报: a national trade paper: **科普 Q&A** closed by an expert note
  `（本文专家：X，某医院…主任医师）`, **健康提示 boxes** (● rows), ▲ 医改动态 briefs with a trailing
  `（X）`, `本报记者 X 特约记者 Y`, `本报讯 （记者 X 通讯员 Y）`.

Gold conventions are those of the README; new here (stated in the README's section too):

* a 要点 / 消费提示 / 健康提示 / 演出信息 / 停电通知 box is an `infobox` whose body is its rows (after
  its intro paragraph, if any), titled with its label (no decoration), or with the label as kicker
  when a title follows; a row keeps its number or bullet (`1.`, `◆`, `一、`, `①`, `●`) as printed;
* a lottery box is an `infobox`: its label (开奖信息) the kicker, the draw's name the title, its rows
  the body;
* Q&A labels (`问：`, `Q：`, `【问】`, `问1：`, `答：`, `A：`, `【答】`, `记者：`, `专家：`) belong to their
  paragraphs;
* `新快报讯 记者X、通讯员Y报道：` is not 本报讯 (the item is an `article`) and names X and Y;
  `文/… X 通讯员 Y` over `图/… Z` makes X and Y authors and Z the photographer;
* a byline over two lines (`新文化报·彩练新闻` / `记者 X 通讯员 Y`) is two `byline` lines naming X, Y;
* `□ 本报记者 X 本报通讯员 Y 报道` names X and Y; the dateline under it (`本报南昌6月21日讯`) is a
  `byline`-role head of the first paragraph, and the item an `article`; with `本报讯` instead, a short
  item is a `brief`; `□记者 X 报道` under a caption is a `credit` naming X the photographer;
* a 公告速递 item is an `article` titled with the company and its code as printed (`东岳精工（603871）`,
  no bullet), its body after the `：`; the column label is furniture;
* a market table is an `infobox` (the label its kicker, the column-header row its first row), its
  `数据来源` line a `credit`; `国际金融报讯（记者 X）` is not 本报讯;
* an expert note `（本文专家：…）` is a `credit` line naming no author; `特约记者 Y` is an author;
* a 时评 label is furniture; its titled piece signed `□X` or by a bare name is an `article` by X;
* in a pair read across two columns, both items are listed in the order of their first body lines.

Seeds: FRESH3_SEED_BASE + 100_000*family + 1_000*attempt + n (15_100_001 .. 15_749_999), above the
second blind set (which ends below 14_650_000) and every held-back set.  All text comes from
articles.yml or from the short filler below, written for this corpus (要点 rows, questions, tips,
lottery rows, listings, captions, briefs, commentary titles, company notices, table rows, power-cut
rows, expert notes); company names, codes, figures, phone numbers and addresses are made up.
"""
from __future__ import annotations

import dataclasses
import datetime

from fresh_layouts import FreshFamily, short_lunar
from fresh_layouts_2 import F, Fresh2Builder, _credit, _d, _shown, _town_credit, cr_none_fn
from layout_kit import DATED, DATED_LUNAR, PAGE_SECTION, TRAIL, aide, form, furniture, ln, masthead, running
from synthesize import Byline, Item, L, cn_date, gold_kind, lunar, phone, shorten, spaced, weekday, wrap

FRESH3_SEED_BASE = 15_000_000

# --------------------------------------------------------------------------- filler (written for this corpus)

JF_POINTS = [
    ("新政有哪些亮点", ["1.本市将新增公共充电桩五千个，重点覆盖老旧小区和郊区新城。",
                  "2.新建住宅小区停车位全部配建充电设施或预留安装条件。",
                  "3.对符合条件的充电设施建设项目给予一次性补贴。",
                  "4.推行充电设施“一站式”报装服务，办理时限压缩至五个工作日。"]),
    ("", ["◆首次申领居住证的，可通过“一网通办”在线提交材料。",
          "◆随迁子女入学积分办法同步优化，居住年限计分标准放宽。",
          "◆灵活就业人员可按规定在居住地参加社会保险。",
          "◆相关服务事项均可在街道社区事务受理服务中心办理。"]),
    ("一图看懂支持政策", ["一、支持企业开展技术改造，按设备投资额给予一定比例补助。",
                  "二、鼓励企业建设数字化车间，对示范项目给予奖励。",
                  "三、加大首台（套）装备推广应用支持力度。",
                  "四、优化中小企业融资担保服务，降低担保费率。",
                  "五、政策自发布之日起施行，有效期三年。"]),
]
JF_QUESTIONS = ["这次出台的政策主要有哪些考虑？", "市民和企业能从中得到哪些实惠？", "政策落地过程中如何加强部门协同？",
                "下一步还将推出哪些配套措施？", "怎样确保各项举措落到实处？"]
JF_CAPTIONS = [("黄浦江畔，市民在滨江步道上骑行。", "滨江夏日"), ("工作人员在社区事务受理服务中心为居民办理业务。", ""),
               ("临港新片区一家企业的智能化生产线。", "")]

YC_TIPS = [
    ["①选购防暑用品时，注意查看产品合格证和生产日期。", "②网购家电应保留好订单和聊天记录，便于维权。",
     "③遇到消费纠纷，可拨打12315热线投诉举报。"],
    ["①高温时段尽量减少户外活动，外出注意防晒补水。", "②空调温度不宜调得过低，室内外温差不宜过大。",
     "③老人和儿童出现头晕乏力等症状时应及时就医。"],
    ["①乘坐地铁请提前规划线路，尽量错峰出行。", "②节假日热门景区实行预约制，出行前请提前预约。",
     "③自驾出行注意查看路况信息，避免疲劳驾驶。", "④雷雨天气请勿在大树下避雨。"],
]
YC_CAPTIONS = [("傍晚，市民在江边步道上散步纳凉。", "江畔晚风"), ("荔枝上市，果农在果园里采摘新鲜荔枝。", "荔枝红了"),
               ("小朋友在博物馆里参加暑期研学活动。", "")]
YC_BRIEFS = [
    ("荔枝文化活动周开幕", "日前，荔枝文化活动周在增城开幕，活动期间将举办荔枝品鉴、农产品展销和乡村旅游推介等系列活动。"),
    ("地铁新线开展空载试运行", "记者日前获悉，一条地铁新线已开始空载试运行，列车按照开通后的运行图进行测试，为正式开通做准备。"),
    ("骑楼老街完成微改造", "经过数月施工，老城区一条骑楼老街的微改造工程日前完工，街面铺装、立面修缮和夜景灯光全部焕然一新。"),
]

QL_SHOWS = [("话剧《春风里》", "省会大剧院"), ("吕剧经典唱段专场", "市文化馆"), ("儿童剧《小鲤鱼历险记》", "百花剧院"),
            ("民族管弦乐音乐会", "音乐厅"), ("评书专场《老街往事》", "曲艺园"), ("芭蕾舞剧《天鹅湖》", "大剧院歌剧厅")]
QL_PROMOS = [("彩练新闻 线索征集中", "新闻热线：{p}"), ("扫码下载彩练新闻客户端", "随时随地看新闻"),
             ("新文化报 24小时新闻热线", "{p}")]
QL_CAPTIONS = [("公园湖面上，游客划船游玩。", "湖畔夏日"), ("湖畔荷花竞相开放，吸引市民驻足观赏。", "荷香满湖"),
               ("社区广场上，居民跟着老师学习太极拳。", ""), ("孩子们在图书馆少儿阅览区读书。", "书香假期")]
QL_BRIEFS = [
    ("消夏艺术节系列活动启动", "日前，消夏艺术节系列活动启动，活动期间将举办非遗市集、广场音乐会、露天电影等二十余项活动。"),
    ("城区新增一批口袋公园", "今年以来，城区利用边角空地新建口袋公园十余处，配备健身器材和休憩座椅，方便居民就近休闲。"),
    ("夜间门诊服务延长", "为方便上班族就医，多家医院延长夜间门诊服务时间，内科、儿科等科室开诊至晚上八点。"),
]

DZ_TITLES = ["以实干实绩回应群众期盼", "让改革红利更多惠及基层", "把好事办好更要把实事办实", "在细微处见真章"]
DZ_CAPTIONS = [("麦收时节，农机手驾驶联合收割机在田间作业。", ""), ("港口码头上，集装箱吊装作业繁忙有序。", "港口忙"),
               ("游客在湖畔湿地公园观鸟。", "")]
DZ_BRIEFS = [
    ("全省夏粮收购进度过半", "记者从省粮食和物资储备部门获悉，全省夏粮收购进度已经过半，各地增设收购网点，方便农民就近售粮。"),
    ("湖区生态监测站点扩容", "近日，湖区新建一批水质和候鸟栖息地自动监测站点，监测数据实时接入省级生态环境监测平台。"),
    ("乡村书房覆盖更多村庄", "近日，又一批乡村书房建成开放，配备图书、电子阅读设备和学习桌椅，成为村民家门口的文化空间。"),
]

ZZ_COMPANIES = ("东岳精工", "华辰新材", "恒瑞达科技", "中科云链", "金禾电气", "海川智能", "远航股份", "天衡医药")
ZZ_NOTICES = [
    "公司公告称，拟使用自有资金不超过二亿元回购公司股份，回购股份将用于员工持股计划。",
    "公司公告称，全资子公司近日中标一项城市轨道交通设备采购项目，中标金额约一点六亿元。",
    "公司公告称，控股股东计划在未来六个月内增持公司股份，增持金额不低于五千万元。",
    "公司公告称，年产十万吨新材料项目已完成设备安装调试，进入试生产阶段。",
    "公司公告称，近日收到政府补助资金合计约三千万元，将计入当期损益。",
    "公司公告称，拟与地方政府签署合作协议，在当地投资建设智能制造产业园。",
]
ZZ_INDICES = {"上证指数": (2900, 3300), "深证成指": (8600, 10500), "创业板指": (1600, 2100), "科创50": (700, 900),
              "沪深300": (3300, 3800), "中证500": (4800, 5800)}  # made-up closes within a plausible range
ZZ_SECTORS = ("电力设备", "有色金属", "汽车", "计算机", "医药生物", "银行", "食品饮料", "通信")
ZZ_BRIEFS = [
    ("两市成交额温和回升", "昨日沪深两市成交额较前一交易日温和回升，电力设备、汽车等板块表现活跃，北向资金小幅净流入。"),
    ("多家公司披露分红实施公告", "近期，多家上市公司陆续披露年度分红实施公告，现金分红总额同比有所增加，分红公司数量创近年新高。"),
    ("债券市场收益率小幅下行", "昨日银行间债券市场主要期限国债收益率小幅下行，市场资金面总体平稳。"),
]

AJ_TOWNS = ("递铺街道", "孝丰镇", "天荒坪镇", "报福镇", "杭垓镇", "梅溪镇", "溪龙乡", "山川乡")
AJ_PLACES = ("横山村部分区域", "工业园区东区", "竹乡路沿线", "上舍村全村", "马家村部分区域", "集镇中心区块")
AJ_BRIEFS = [
    ("白茶产业技能竞赛举行", "日前，全县白茶产业技能竞赛举行，五十余名茶农和制茶师傅同台比拼采茶、制茶技艺。"),
    ("乡村图书流动站送书上门", "近日，县图书馆的流动图书车开进山区村，为村民送去农技、少儿和文学类图书五百余册。"),
    ("竹林碳汇项目完成交易", "记者获悉，一批竹林碳汇项目日前完成交易，所得收益将用于林农增收和竹林经营管理。"),
    ("溪流治理工程完工", "经过半年施工，一条穿村而过的溪流综合治理工程日前完工，沿岸新建游步道和亲水平台。"),
]
AJ_CAPTIONS = [("竹海景区里，游客乘坐观光车游览。", "竹海听风"), ("茶园里，茶农在修剪茶树。", ""),
               ("村文化礼堂里，村民在排练越剧节目。", "")]

JK_QUESTIONS = ["基层医疗服务能力有哪些提升？", "群众看病就医有哪些新变化？", "下一步工作重点是什么？",
                "如何破解专业人才短缺的难题？", "这项改革遇到了哪些困难？"]
JK_TIPS = [
    ["●高温天气外出应避开正午时段，随身携带饮用水。", "●出现头晕、恶心等症状时，立即到阴凉处休息。",
     "●慢性病患者应遵医嘱规律服药，不可擅自停药。"],
    ["●儿童每天户外活动时间不少于两小时。", "●读写时保持正确姿势，连续用眼不宜超过四十分钟。",
     "●定期到正规医疗机构检查视力。", "●保证充足睡眠，均衡饮食。"],
    ["●就诊前可通过医院官方渠道预约挂号。", "●携带既往病历和检查报告，便于医生了解病情。", "●如实告知过敏史和用药情况。"],
]
JK_UNITS = ("某市第一人民医院心血管内科", "某省人民医院呼吸与危重症医学科", "某大学附属医院儿科", "某市中医医院老年病科")
JK_BRIEFS = [
    ("多地推进紧密型县域医共体建设", "近日，多地出台推进紧密型县域医共体建设方案，推动县级医院专家下沉乡镇卫生院，提升基层服务能力。"),
    ("远程心电诊断覆盖全部乡镇", "某省日前实现远程心电诊断乡镇全覆盖，乡镇卫生院采集的心电图可实时传至县级医院出具诊断报告。"),
    ("家庭医生签约服务提质扩面", "今年以来，各地着力提升家庭医生签约服务质量，为老年人、慢性病患者提供健康管理和上门服务。"),
    ("儿科医疗服务网络持续完善", "记者从有关部门获悉，各地加强儿科医疗服务网络建设，二级以上综合医院普遍开设儿科门诊。"),
]
JK_CAPTIONS = [("医生在乡镇卫生院为村民做健康检查。", ""), ("护士在病房为患者讲解出院后的注意事项。", "暖心护理"),
               ("医务人员通过远程会诊系统为基层患者会诊。", "")]


def _place(ctx, places):
    return ctx.rng.choice(places)


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


def by_jf(ctx, item):
    """文汇报记者 X (Y) / 本报记者 X 通讯员 Y / ■首席记者 X."""
    rng = ctx.rng
    a = ctx.name()
    r = rng.random()
    if r < 0.5:
        names = [a] + ([ctx.name()] if rng.random() < 0.4 else [])
        return Byline(names, before=[f"文汇报记者 {' '.join(_shown(ctx, n) for n in names)}"])
    if r < 0.8:
        b = ctx.name()
        return Byline([a, b], before=[f"本报记者 {_shown(ctx, a)} 通讯员 {b}"])
    return Byline([a], before=[f"■首席记者 {_shown(ctx, a)}"])


by_jf_xun = form("本报讯（记者 {0}）")


def by_yc_wentu(ctx, item):
    """文/新快报记者 X 通讯员 Y over 图/新快报记者 Z."""
    rng = ctx.rng
    a = ctx.name()
    names = [a] + ([ctx.name()] if rng.random() < 0.6 else [])
    text = f"文/新快报记者 {_shown(ctx, a)}" + (f" 通讯员 {names[1]}" if len(names) > 1 else "")
    if rng.random() < 0.6:
        z = ctx.name()
        item.photographers = [z]
        return Byline(names, before=[text, f"图/新快报记者 {_shown(ctx, z)}"])
    return Byline(names, before=[text])


def by_yc_xun(ctx, item):
    """新快报讯 记者X、通讯员Y报道：glued to the first paragraph (not 本报讯)."""
    rng = ctx.rng
    a = ctx.name()
    if rng.random() < 0.5:
        b = ctx.name()
        return Byline([a, b], glue=f"新快报讯 记者{a}、通讯员{b}报道：")
    return Byline([a], glue=f"新快报讯 记者{a}报道：")


def by_yc_plain(ctx, item):
    a, b = ctx.name(), ctx.name()
    return Byline([a, b], before=[f"新快报记者 {_shown(ctx, a)} 实习生 {b}"])


by_yc_trail = form("（新快报记者 {0}）", **TRAIL)


def by_ql_split(ctx, item):
    """新文化报·彩练新闻 on a line of its own, the persons on the next."""
    rng = ctx.rng
    a = ctx.name()
    names = [a] + ([ctx.name()] if rng.random() < 0.6 else [])
    second = f"记者 {_shown(ctx, a)}" + (f" 通讯员 {names[1]}" if len(names) > 1 else "")
    return Byline(names, before=[rng.choice(("新文化报·彩练新闻", "新文化报·彩练新闻 ")), second])


def by_ql_one(ctx, item):
    a = ctx.name()
    return Byline([a], before=[f"新文化报·彩练新闻记者 {_shown(ctx, a)}"])


by_ql_trail = form("（新文化报·彩练新闻记者 {0}）", **TRAIL)


DZ_PLACES = ("南昌", "九江", "赣州", "上饶", "吉安")


def by_dz_baodao(ctx, item):
    """□ 本报记者 X 本报通讯员 Y 报道, then 本报南昌6月21日讯 glued to the first paragraph."""
    rng = ctx.rng
    a = ctx.name()
    names = [a]
    text = rng.choice(("□ 本报记者 ", "□本报记者 ", "□记者 ")) + _shown(ctx, a)
    text = aide(ctx, names, text, 0.5, "本报通讯员")
    d = _d(ctx)
    return Byline(names, before=[text + " 报道"], glue=f"本报{_place(ctx, DZ_PLACES)}{d.month}月{d.day}日讯 ")


def by_dz_brief(ctx, item):
    """□记者 X 报道, then 本报讯 glued to the text (a brief)."""
    rng = ctx.rng
    a = ctx.name()
    names = [a]
    text = f"□记者 {a}"
    text = aide(ctx, names, text, 0.4)
    return Byline(names, before=[text + " 报道"], glue="本报讯 ", hint="benbaoxun")


def by_dz_outlet(ctx, item):
    rng = ctx.rng
    a = ctx.name()
    if rng.random() < 0.5:
        b = ctx.name()
        return Byline([a, b], before=[f"江西日报全媒体记者 {_shown(ctx, a)} 通讯员 {b}"])
    return Byline([a], before=[f"江西新闻客户端记者 {_shown(ctx, a)}"])


def by_zz(ctx, item):
    rng = ctx.rng
    names = [ctx.name() for _ in range(rng.choice((1, 1, 2)))]
    lead = rng.choice(("国际金融报记者", "本报记者", "国际金融报记者"))
    return Byline(names, before=[f"{rng.choice(('', '■'))}{lead} {' '.join(_shown(ctx, n) for n in names)}"])


by_zz_xun = form("国际金融报讯（记者 {0}）", hint="plain")


by_zz_trail = form("（记者 {0}）", **TRAIL)


def by_aj(ctx, item):
    rng = ctx.rng
    a = ctx.name()
    names = [a] + [ctx.name() for _ in range(rng.choice((1, 1, 2)))]
    lead = rng.choice(("融媒记者", "记者", "安吉县融媒体中心记者"))
    return Byline(names, before=[f"{lead} {_shown(ctx, a)} 通讯员 {' '.join(names[1:])}"])


by_aj_xun = form("本报讯（融媒记者 {0} 通讯员 {1}）", 2, line_share=0.4)


by_aj_trail = form("（通讯员 {0}）", where="trail", glue="本报讯 ")


def by_jk(ctx, item):
    rng = ctx.rng
    a, b = ctx.name(), ctx.name()
    role = rng.choice(("特约记者", "通讯员", "特约记者"))
    if rng.random() < 0.3:
        return Byline([a], before=[f"本报记者 {_shown(ctx, a)}"])
    return Byline([a, b], before=[f"本报记者 {_shown(ctx, a)} {role} {b}"])


by_jk_xun = form("本报讯 （记者 {0} 通讯员 {1}）", 2)


by_jk_trail = form("（{0}）", **TRAIL)


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


cr_jf = _credit(("本报记者 {n} 摄", "文汇报记者 {n} 摄", "（{n} 摄）"))
cr_yc = _credit(("新快报记者 {n} 摄", "图/新快报记者 {s}", "（{n} 摄）"))
cr_ql = _credit(("新文化报·彩练新闻记者 {n} 摄", "记者 {s} 摄"))
cr_dz = _credit(("□记者 {n} 报道", "□记者 {s} 报道", "□通讯员 {n} 报道"))
cr_aj = _credit(("融媒记者 {n} 摄", "通讯员 {n} 摄", "（{n} 摄）"))
cr_jk = _credit(("通讯员 {n} 摄", "本报记者 {n} 摄"))


cr_town_aj = _town_credit(AJ_TOWNS)


# --------------------------------------------------------------------------- builder


def story_slot(headings=0.0, dated=None, dated_share=1.0, jump=False):
    """A slot of one story (see Fresh3Builder.story): with headings at the rate `headings` (none, and
    no draw, at 0), under the `dated` byline at the rate `dated_share`, ending in a jump line."""
    def slot(self):
        rng = self.rng
        with_headings = rng.random() < headings if headings else False
        byfn = (dated if dated_share >= 1 or rng.random() < dated_share else None) if dated else None
        return self.story(with_headings, byfn, jump=jump)
    return slot


QA_SOURCES = ["000-02", "001-02", "002-02", "003-01", "004-01", "002-05", "001-01"]


class Fresh3Builder(Fresh2Builder):

    # -------------------------------------------------------------- shared shapes

    def staff_qa(self, questions, asker="记者：", **kw):
        """An interview from one of the usual sources: `asker` (or a choice of askers) and the
        interviewee's name label it, or 问：/答： where `asker` is None."""
        src = self.pick(QA_SOURCES)
        if asker is None:
            labels = ("问：", "答：")
        else:
            labels = (asker if isinstance(asker, str) else self.rng.choice(asker), f"{self.ctx.name()}：")
        return self.qa(src, labels, self.styled(self.family.bylines), questions, **kw)

    def pair(self, first, second):
        """Two items read across two columns: their lines alternate in runs of one or two."""
        rng = self.rng
        la = [x for c in first.chunks for x in c]
        lb = [x for c in second.chunks for x in c]
        for x in lb:
            x.item = second
        mixed, i, j = [], 0, 0
        while i < len(la) or j < len(lb):
            k = rng.choice((1, 1, 2))
            mixed += la[i:i + k]
            i += k
            k = rng.choice((1, 1, 2))
            mixed += lb[j:j + k]
            j += k
        first.chunks, second.chunks = [mixed], []
        return [first, second]

    def with_jump(self, byfn):
        """A byline function whose article ends in a jump line, glued or on its own line."""
        rng = self.rng
        mark = rng.choice(("（下转{}）", "（紧转{}）", "（转{}）")).format(self.ctx.jump_label(rng.randrange(1, 4)))
        glued = rng.random() < 0.5

        def fn(ctx, item):
            by = byfn(ctx, item)
            if glued:
                by.trail = mark
            else:
                by.after = by.after + [mark]
            return by
        return fn, glued

    def story(self, headings, byfn=None, jump=False):
        """A story from a long source (with its headings if `headings`), a kicker and a subtitle
        over it; the family's bylines unless `byfn`; with `jump`, it ends in a jump line."""
        src, body = self.long_source(headings=headings)
        # the pages depend on the order of draws: kicker and subtitle before the byline style here,
        # after it (and the jump line) with a jump
        if not jump:
            kicker, subtitle = self.stack(src)
            return self.art(src, body, byfn or self.styled(self.family.bylines), kicker=kicker, subtitle=subtitle)
        fn, _ = self.with_jump(byfn or self.styled(self.family.bylines))
        kicker, subtitle = self.stack(src)
        return self.art(src, body, fn, kicker=kicker, subtitle=subtitle, after_role="jump", trail_role="jump")

    # -------------------------------------------------------------- 文汇报

    slot_jfjump = story_slot(jump=True)

    def slot_policy(self):
        """A story, then its 要点 box."""
        return [self.story(self.rng.random() < 0.5), self.slot_points()]

    def slot_points(self):
        rng = self.rng
        title, rows = self.uniq(JF_POINTS, "pts")
        return self.box(rng.choice(("划重点", "政策要点", "要点速览")), rows, title=title if rng.random() < 0.7 else "")

    def slot_policyqa(self):
        rng = self.rng
        src = self.pick(QA_SOURCES)
        labels = rng.choice((("问：", "答："), ("Q：", "A："), ("【问】", "【答】"), ("问{k}：", "答：")))
        return self.qa(src, labels, self.styled(self.family.bylines), self.family.questions)

    # -------------------------------------------------------------- 新快报

    def slot_tips(self):
        rng = self.rng
        rows = self.uniq(self.family.tips, "tips")
        return self.box(rng.choice(self.family.labels["tips"]), rows, decorations=("", "■", "【{}】", "▲"))

    def slot_lottery(self):
        rng = self.rng
        d = _d(self.ctx)
        if rng.random() < 0.5:
            title = f"超级大乐透第24{rng.randrange(60, 140):03d}期开奖公告"
            front = " ".join(f"{x:02d}" for x in sorted(rng.sample(range(1, 36), 5)))
            back = " ".join(f"{x:02d}" for x in sorted(rng.sample(range(1, 13), 2)))
            rows = [f"开奖日期：{d.month}月{d.day}日", f"前区号码：{front}", f"后区号码：{back}",
                    f"一等奖：{rng.randrange(1, 9)}注 单注奖金{rng.randrange(500, 1000)}万元"]
        else:
            title = f"双色球第2024{rng.randrange(60, 140):03d}期开奖公告"
            red = " ".join(f"{x:02d}" for x in sorted(rng.sample(range(1, 34), 6)))
            rows = [f"开奖日期：{d.month}月{d.day}日", f"红球：{red}", f"蓝球：{rng.randrange(1, 17):02d}",
                    f"一等奖：{rng.randrange(2, 12)}注 单注奖金{rng.randrange(500, 900)}万元",
                    f"奖池累计：{rng.randrange(10, 30)}.{rng.randrange(10, 99)}亿元"]
        return self.box(rng.choice(("开奖信息", "彩票开奖")), rows, title=title)

    slot_ycstory = story_slot(0.3)

    def slot_pair(self):
        """A brief and a photo (or two briefs) read across two columns."""
        first = self.slot_brief()
        second = self.slot_photo() if self.rng.random() < 0.6 else self.slot_brief()
        return self.pair(first, second)

    # -------------------------------------------------------------- 新文化报

    def slot_listings(self):
        rng, ctx = self.rng, self.ctx
        shows = rng.sample(QL_SHOWS, rng.choice((3, 4)))
        rows = []
        for k, (show, venue) in enumerate(shows):
            day = ctx.date + datetime.timedelta(days=k + rng.randrange(0, 2))
            rows.append(f"{day.month}月{day.day}日 {rng.choice(('19:30', '19:00', '15:00', '10:00'))} {venue} {show}")
        return self.box(rng.choice(("演出信息", "好戏预告", "文化周末")), rows)

    def slot_promo(self):
        rng = self.rng
        a, b = rng.choice(QL_PROMOS)
        return self.furniture(a, b.format(p=phone(rng, "0431")))

    # -------------------------------------------------------------- 江西日报

    slot_dzlead = story_slot(dated=by_dz_baodao, jump=True)

    slot_dzstory = story_slot(0.5)

    def slot_opinion(self):
        """A 时评 piece: label, title, □X above the text or the name alone below it."""
        rng, ctx = self.rng, self.ctx
        src = self.pick(["002-03", "004-02"])
        body = shorten(rng, src["body"], keep_min=4)
        title = self.uniq(DZ_TITLES, "dzt")
        name = ctx.name()
        if rng.random() < 0.6:
            byfn = lambda c, i: Byline([name], before=[rng.choice(("□", "□ ", "■")) + _shown(ctx, name)])  # noqa: E731
        else:
            byfn = lambda c, i: Byline([name], after=[name])  # noqa: E731
        it = self.art({"title": title}, body, byfn)
        return [self.furniture(rng.choice(("赣鄱时评", "观察", "时 评"))), it]

    # -------------------------------------------------------------- 国际金融报

    def slot_table(self):
        rng, ctx = self.rng, self.ctx
        d = _d(ctx)
        if rng.random() < 0.5:
            title = f"{d.month}月{d.day}日主要指数表现"
            rows = ["指数 收盘 涨跌幅"]
            for name in rng.sample(sorted(ZZ_INDICES), rng.choice((4, 5))):
                sign = rng.choice(("", "-"))
                rows.append(f"{name} {rng.randrange(*ZZ_INDICES[name])}.{rng.randrange(10, 99)} {sign}{rng.randrange(0, 2)}.{rng.randrange(1, 99):02d}%")
        else:
            title = rng.choice(("行业板块涨幅前五", "申万一级行业表现"))
            rows = ["行业 涨跌幅 成交额（亿元）"]
            for name in rng.sample(ZZ_SECTORS, 5):
                rows.append(f"{name} {rng.randrange(0, 4)}.{rng.randrange(1, 99):02d}% {rng.randrange(80, 900)}")
        item = self.box(rng.choice(("数据", "行情速递", "市场数据")), rows, title=title, decorations=("", "■", "【{}】"),
                        width=max(self.w(), 24))
        item.chunks.append([L(rng.choice(("数据来源：Wind", "数据来源：交易所网站", "数据来源：Wind 制表：本报记者")), "credit")])
        return item

    def slot_gonggao(self):
        """A 公告速递 column: each item opens with the company and its code, then ：and the text."""
        rng = self.rng
        entries = [self.furniture(rng.choice(("公告速递", "公司公告速递", "■公告速递")))]
        bullet = rng.choice(("■", "●", ""))
        joined = rng.random() < 0.6
        companies = rng.sample(ZZ_COMPANIES, rng.choice((3, 4)))
        texts = rng.sample(ZZ_NOTICES, len(companies))
        for k, (name, text) in enumerate(zip(companies, texts)):
            code = f"{rng.choice(('600', '601', '603', '000', '002', '300', '688'))}{rng.randrange(0, 999):03d}"
            title = f"{name}（{code}）"
            item = Item("article")
            item.title = item.printed_title = title
            lines = self.para_lines([("title", f"{bullet}{title}："), ("body", text)], self.width)
            item.body, item.chunks, item.kind = [("paragraph", text)], [lines], "article"
            item.tight, item.joined = True, joined and k < len(companies) - 1
            entries.append(item)
        return entries

    slot_zzstory = story_slot(0.6)

    # -------------------------------------------------------------- 安吉新闻

    def slot_blackout(self):
        rng, ctx = self.rng, self.ctx
        rows = []
        for k in range(rng.choice((3, 4, 5))):
            day = ctx.date + datetime.timedelta(days=1 + k // 2)
            start = rng.choice((7, 8, 9))
            rows.append(f"{day.month}月{day.day}日 {start}:00—{start + rng.choice((4, 6, 8))}:00 "
                        f"{rng.choice(AJ_TOWNS)}{rng.choice(AJ_PLACES)}")
        intro = rng.choice(("因电力设备检修，以下区域将暂停供电，请用户提前做好准备：",
                            "为保障电网安全运行，供电部门将对以下线路进行检修，停电期间请注意安全："))
        return self.box(rng.choice(("停电通知", "计划停电公告", "停电信息")), rows, intro=intro if rng.random() < 0.7 else "")

    def slot_briefcol(self):
        """A briefs column, a 本报讯（…） printed on a line of its own under the title when the
        byline puts it there."""
        return self.brief_column("◆", 0.7)

    # -------------------------------------------------------------- 健康报

    def slot_jkqa(self):
        rng, ctx = self.rng, self.ctx
        src = self.pick(["000-02", "001-02", "002-02", "003-01", "004-01", "002-05", "003-07"])
        labels = rng.choice((("问：", "答："), ("记者：", "专家："), ("问：", "")))
        tail = f"（本文专家：{ctx.name()}，{rng.choice(JK_UNITS)}主任医师）" if rng.random() < 0.7 else None
        return self.qa(src, labels, self.styled(self.family.bylines), self.family.questions, tail=tail)


# --------------------------------------------------------------------------- furniture


_jf_top = furniture(
    (0.5, [running("文汇报"), ln("第{n}版 · {sec}", page="{n}")]),
    [ln("{sec}/{n:02d}", page="{n:02d}"), ln("{y}年{m}月{d}日 {wd} 责任编辑/{name} 视觉设计/{name}", date=True)],
    front=[masthead("文汇报"), "WENHUI DAILY", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:26000-26999}号 今日{pages}版", "国内统一连续出版物号 CN 31-0002"])


_jf_bottom = furniture((0.5, ["扫码下载文汇APP 看更多深度报道", "本版编辑：{name}"]), ["新闻热线：{tel:021}  本报地址：上海市某区某路{no:100-999}号"])


_yc_top = furniture(
    (0.4, [masthead("新快报"), DATED, ln("A{n}  {sec}", page="A{n}")]),
    (0.7, [ln("{sec} | A{n}", page="A{n}"), ln("{y}.{m}.{d} {wd} 责编 {name} 美编 {name}", date=True)]),
    [ln("新快报 {y}年{m}月{d}日", paper=True, date=True), ln("A{n} {sec}", page="A{n}")])


_yc_bottom = furniture((0.5, ["扫码下载新快报APP 更多精彩资讯", "报料热线：{tel:020}"]), ["新快报报料热线 {tel:020}  网址 www.example.cn"])


_ql_top = furniture(
    (0.35, [masthead("新文化报"), DATED, ln("A{n:02d} {sec}", page="A{n:02d}")]),
    (0.7, [ln("A{n:02d}", page="A{n:02d}"), "{sec}", ln("{y}年{m}月{d}日 {wd} 编辑：{name} 组版：{name}", date=True)]),
    [ln("{sec} A{n:02d}", page="A{n:02d}")])


def _ql_bottom(ctx):
    rng = ctx.rng
    lines = [F(ctx, f"新文化报·彩练新闻 新闻热线：{phone(rng, '0431')}")] if rng.random() < 0.5 else []
    return lines + [F(ctx, f"校对：{ctx.name()}")]


_dz_top = furniture(
    (0.5, [ln("{sec}·{n}", page="{n}"), running("江西日报")]),
    [DATED, ln("{n} {sec}", page="{n}"), "责任编辑：{name}"],
    front=[masthead("江西日报"), "JIANGXI DAILY", "中共江西省委机关报", ln("{date}  {wd}", date=True), "农历{lunar}",
           "第{no:27000-27999}期 今日{pages}版", "国内统一连续出版物号 CN 36-0001"])


_dz_bottom = furniture((0.5, ["江西新闻客户端 扫码下载", "订阅热线：{tel:0791}"]), ["本版编辑：{name} 美编：{name}"])


_zz_top = furniture(
    (0.35, [ln("国际金融报 {y}年{m}月{d}日 {wd} A{n:02d} {sec}", paper=True, date=True, page="A{n:02d}")]),
    (0.7, [ln("A{n:02d}", page="A{n:02d}"), "{sec}", ln("{y}/{m:02d}/{d:02d}", date=True)]),
    [ln("{sec} | A{n:02d}", page="A{n:02d}"), "责任编辑：{name} 版式设计：{name}"])


_zz_bottom = furniture((0.5, ["国际金融报 扫码阅读电子版", "本版邮箱：ifn@example.cn"]), ["电话：{tel:010} 传真：{tel:010}"])


_aj_top = furniture(
    (0.6, [PAGE_SECTION, ln("{date} 责任编辑：{name}", date=True)]),
    [],
    front=[masthead("安吉新闻"), "安吉县融媒体中心主办", DATED_LUNAR,
           "准印证号：浙E（K）{no:1000-9999} 第{no:3000-3999}期 今日{pages}版"])


def _aj_bottom(ctx):
    rng = ctx.rng
    lines = [] if ctx.printed_date else [F(ctx, f"安吉新闻 {cn_date(ctx.date)} {weekday(ctx.date)}", paper=True, date=True)]
    return lines + [F(ctx, "扫码下载爱安吉APP"), F(ctx, f"新闻热线：{phone(rng, '0572')}")]


_jk_top = furniture(
    (0.5, [ln("健康报·{sec}", paper=True), ln("{n}", page="{n}"), DATED]),
    [ln("{date} {wd} 第{n}版 {sec} 责任编辑 {name}", date=True, page="{n}")],
    front=[masthead("健康报"), "HEALTH NEWS", "国家卫生健康委员会主管", DATED,
           "第{no:13000-13999}期 今日{pages}版", "国内统一连续出版物号 CN 11-0066"])


_jk_bottom = furniture((0.5, ["本版编辑 {name} 电话：{tel:010}", "投稿邮箱：jkb@example.cn"]), ["扫码关注健康报微信公众号"])


@dataclasses.dataclass
class Fresh3Family(FreshFamily):
    questions: tuple = ()  # questions of the family's interviews (written for the corpus)
    tips: tuple = ()  # row lists of the family's tip boxes


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh3Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh3Builder, **kw)


FRESH3_FAMILIES = [
    fam("wenhui_daily", "文汇报", _jf_top, _jf_bottom, {by_jf: 1},
        brief_bylines={by_jf_xun: 1}, credits=(cr_jf,), width=(15, 22), blank={"para": 2, "none": 1}, indent=0.4,
        letterspace=0.3, caption_pool=JF_CAPTIONS, questions=tuple(JF_QUESTIONS),
        plans=((["jfjump", "photo", "brief", "brief"], {"front": True}),
               (["policy", "policyqa"], {}),
               (["policyqa", "photo", "points"], {"blank": "none"}),
               (["policy", "brief", "photo"], {})),
        page_style="cn", sections=("要闻", "上海新闻", "经济")),
    fam("xinkuai_metro", "新快报", _yc_top, _yc_bottom, {by_yc_wentu: 2, by_yc_xun: 2, by_yc_plain: 1},
        brief_bylines={by_yc_trail: 1}, credits=(cr_yc, cr_none_fn), width=(12, 18), blank={"para": 1, "every": 1},
        letterspace=0.4, doubled=0.2, caption_pool=YC_CAPTIONS, brief_pool=YC_BRIEFS, brief_pool_share=0.6,
        tips=tuple(YC_TIPS), labels={"tips": ("消费提示", "温馨提醒", "记者提醒")},
        plans=((["ycstory", "photo", "tips"], {}),
               (["ycstory", "pair"], {}),
               (["lottery", "ycstory", "brief"], {"blank": "every"}),
               (["pair", "ycstory", "tips"], {"blank": "none"})),
        sections=("广州新闻", "社会新闻", "民生")),
    fam("xinwenhua_metro", "新文化报", _ql_top, _ql_bottom, {by_ql_split: 2, by_ql_one: 1},
        brief_bylines={by_ql_trail: 1}, credits=(cr_ql,), width=(12, 17), blank={"para": 1, "every": 1},
        letterspace=0.5, stray_spaces=0.05, displaced=0.3, caption_pool=QL_CAPTIONS, brief_pool=QL_BRIEFS,
        brief_pool_share=0.6, caption_width=(14, 24),
        plans=((["article", "listings", "photo"], {}),
               (["photo", "photo", "article"], {"blank": "every"}),
               (["article", "promo", "brief", "brief"], {}),
               (["listings", "article", "photo"], {"blank": "none"})),
        sections=("长春新闻", "城事", "文娱")),
    fam("jiangxi_provincial", "江西日报", _dz_top, _dz_bottom, {by_dz_baodao: 3, by_dz_outlet: 1},
        brief_bylines={by_dz_brief: 1}, credits=(cr_dz,), width=(15, 22), blank={"para": 2, "none": 1}, indent=0.5,
        letterspace=0.3, caption_pool=DZ_CAPTIONS, brief_pool=DZ_BRIEFS,
        plans=((["dzlead", "photo", "opinion"], {"front": True}),
               (["dzstory", "brief", "brief", "photo"], {}),
               (["opinion", "dzstory"], {"blank": "none"}),
               (["photo", "dzstory", "brief"], {})),
        page_style="0", sections=("要闻", "综合", "江西新闻")),
    fam("guojijinrong_business", "国际金融报", _zz_top, _zz_bottom, {by_zz: 2, by_zz_xun: 1},
        brief_bylines={by_zz_trail: 1}, credits=(), width=(18, 26), blank={"para": 1, "none": 1}, indent=0.5,
        letterspace=0.2, brief_pool=ZZ_BRIEFS, brief_pool_share=0.7,
        plans=((["zzstory", "table", "gonggao"], {}),
               (["gonggao", "zzstory"], {"blank": "none"}),
               (["zzstory", "brief", "table"], {}),
               (["table", "gonggao", "brief"], {})),
        min_page=2, sections=("公司新闻", "市场新闻", "公司")),
    fam("anji_county", "安吉新闻", _aj_top, _aj_bottom, {by_aj: 1},
        brief_bylines={by_aj_xun: 2, by_aj_trail: 1}, credits=(cr_aj, cr_town_aj), width=(12, 17),
        blank={"para": 1, "every": 1}, letterspace=0.5, stray_spaces=0.05, displaced=0.25,
        caption_pool=AJ_CAPTIONS, brief_pool=AJ_BRIEFS, brief_pool_share=0.6,
        labels={"column": ("镇街快讯", "乡镇传真", "简讯"), "bullet": ("◆", "◆", "·")},
        plans=((["article", "photo", "brief"], {"front": True}),
               (["blackout", "briefcol"], {"blank": "every"}),
               (["pair", "article"], {}),
               (["article", "blackout", "photo"], {"blank": "none"})),
        sections=("综合", "镇街", "民生")),
    fam("jiankang_national", "健康报", _jk_top, _jk_bottom, {by_jk: 1},
        brief_bylines={by_jk_xun: 2, by_jk_trail: 1}, credits=(cr_jk,), width=(15, 22), blank={"para": 2, "every": 1},
        indent=0.4, letterspace=0.3, caption_pool=JK_CAPTIONS, brief_pool=JK_BRIEFS, brief_pool_share=0.7,
        questions=tuple(JK_QUESTIONS), tips=tuple(JK_TIPS),
        labels={"tips": ("健康提示", "小贴士", "专家提醒"), "column": ("医改动态", "医卫简讯"), "bullet": ("▲",)},
        plans=((["jkqa", "tips"], {}),
               (["article", "briefcol"], {}),
               (["tips", "jkqa", "photo"], {"blank": "every"}),
               (["article", "photo", "brief", "brief"], {"front": True})),
        sections=("要闻", "基层卫生", "健康促进")),
]
