"""A nineteenth set of blind development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator on these pages.  Seven papers the corpus had not imitated, of seven kinds the corpus has
few of (checked by name against the development builders and gold, and against the held-back set only with
a script that names this set's families whose paper a held-back page also has): a prefecture-level city
daily of the north-west (Shaanxi), the evening paper of a southern provincial capital (Nanchang), a
county-level city paper of Fujian, a national cultural-heritage paper, a national banking and insurance
paper, a metro paper of the centre (Hunan) and a Malaysian Chinese daily (Penang).  Every family wraps its
columns by width (`justified`: a line of digits or Latin letters holds more characters than one of
ideographs).  Each page of a family follows one of four page plans; most pages carry a story that keeps its
section headings under a wide deck (its subtitle) or a long kicker, beside a short item printed with no
byline, a brief or a photo; byline and credit forms take turns across a family's pages; every family prints
at least two of: two columns read across, a headline after its text, a briefs column, a photo group, a box,
table or notice, a jump line, a Q&A, a commentary, a blank line after every line.

* `baoji_city` 宝鸡日报 (Shaanxi, prefecture-level): a front page with 中共宝鸡市委机关报 and 农历; `宝鸡日报全媒体记者
  X`, `全媒体记者 X 见习记者 Y`, `通讯员 X Y 全媒体记者 Z`; briefs glued `本报讯（全媒体记者 X）` or closed by
  `（通讯员 X）`; a lead ending in a jump line and **page 2 carrying it on**; **高铁时刻 boxes** (rows `宝鸡南—西安北
  G1918 07:32`); a numbered photo group; 本报评论员 commentaries; ■ 县区传真 columns; two briefs read across.
* `nanchang_evening` 南昌晚报 (Jiangxi, the capital's evening paper): columns of 12–17 ems, a blank line after every
  line, stray spaces, doubled-glyph and displaced headlines; `南昌晚报·南昌新闻网记者 X`, `记者 X 实习生 Y`, `文/图
  南昌晚报·南昌新闻网记者 X`; briefs closed by `（南昌晚报·南昌新闻网记者 X）` or glued `本报讯（记者 X 通讯员 Y）`;
  **交通管制 boxes** (rows `19:00-22:30 八一大道（中山路—叠山路）`); Q&A `南昌晚报：`; `受访者供图`; ★ 洪城快讯
  columns; two briefs read across; a brief and a photo read across.
* `shishi_county` 石狮日报 (Fujian, county-level city of 泉州): a front page with 中共石狮市委机关报 and 农历; `记者 X
  通讯员 Y`, `石狮日报记者 X`, `通讯员 X Y 记者 Z`; briefs `本报讯（记者 X）` glued or on a line of their own, or closed
  by `（通讯员 X）`; town-supplied pictures (`（蚶江镇供图）`); **服装批发价 tables** with `数据来源：…`; **停气通知
  notices** with a phone number; ads mid-page; ◎ 镇街速递 columns; two briefs read across.
* `wenwu_heritage` 中国文物报 (national heritage paper): `CHINA CULTURAL RELICS NEWS`, 国家文物局主管 and 农历;
  `本报记者 X`, `本报通讯员 X Y`, `本报记者 X 通讯员 Y`; briefs closed by the museum and the name `（某某博物馆 X）`
  or glued `本报讯（记者 X）`; **展讯 boxes** (rows `6月18日—9月30日 某某博物馆 青铜器特展`); 文博观察 pieces signed
  `□X` or `文/X` with an `（作者系…）` note; Q&A `记者：` / the interviewee's name; `（博物馆供图）`; a brief and a photo
  read across.
* `yinbao_finance` 中国银行保险报 (national banking and insurance paper): `CHINA BANKING AND INSURANCE NEWS`;
  `本报记者 X`, `记者 X 通讯员 Y`, `中国银行保险报记者 X`; briefs glued `本报讯（记者 X）` or closed by `（通讯员 X
  Y）`; **利率 tables** (`1年期LPR 3.45% 持平`) with `数据来源：…`; 金融观察 pieces signed `文/X` with an `（作者系…）`
  note; Q&A `问：` / `答：`; a lead ending in a jump line and page 2 carrying it on; ▲ 行业动态 columns.
* `sanxiang_metro` 三湘都市报 (Hunan, metro): columns of 13–19 ems, a blank line after every line on some pages,
  stray spaces, doubled-glyph and displaced headlines; `三湘都市报全媒体记者 X`, `全媒体记者 X 通讯员 Y`, `文/视频
  全媒体记者 X`; briefs glued `三湘都市报6月21日讯（全媒体记者 X）` or closed by `（全媒体记者 X 通讯员 Y）`; **招聘会
  boxes** (rows `6月22日 9:00 某某人才市场 岗位1200个`); a numbered photo group under `本组图片由三湘都市报全媒体记者
  X 摄`; Q&A `三湘都市报：`; a brief and a photo read across.
* `guanghua_malaysia` 光华日报 (a Chinese daily of Malaysia, 槟城): `KWONG WAH YIT POH`; `报导：X`, `报导／摄影：X`,
  `光华日报记者 X`; briefs glued `（槟城21日讯）` naming no one, or glued `（大山脚讯）` and closed by `（光华日报记者
  X）`; **榴梿行情 boxes** (rows `猫山王 45令吉/公斤`); 光华论坛 pieces signed `文／X` with an `（作者为…）` note; credits
  `（X摄）`, `（图：X）`, `（互联网照片）`; ● 北马简讯 columns; two briefs read across.

Gold conventions are those of the README; new here: a 高铁时刻 / 交通管制 / 展讯 / 招聘会 / 榴梿行情 box is an `infobox`
titled with its label (a ■ or 【】 around it dropped), or with the label as kicker when a title follows; a 服装批发价
/ 利率 table is an `infobox` (its label the kicker, the column-header row its first row), its `数据来源` line a
`credit`; a 停气通知 notice is an `infobox` whose issuer and date are bylines; `文/图 南昌晚报·南昌新闻网记者 X` and
`报导／摄影：X` make X author and photographer; `文/视频 全媒体记者 X` makes X the author only; `三湘都市报6月21日讯（…）`
is not 本报讯 (the item is an `article`); `（某某博物馆 X）` names X; `（槟城21日讯）` and `（大山脚讯）` name no one;
`（图：X）` names X photographer; `受访者供图`, `（博物馆供图）`, `（互联网照片）` and town-supplied pictures name no
photographer; a short item printed with no byline at all is an `article`; the 文博观察 / 金融观察 / 光华论坛 labels are
furniture.

Seeds: FRESH19_SEED_BASE + FRESH19_SEED_STRIDE*family + 1_000*attempt + n (30_060_001 .. 30_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (captions, photo
groups, briefs, rows, notices, ads, questions, commentary titles and author notes); names, figures, phone
numbers and addresses are made up.
"""
from __future__ import annotations

import dataclasses

from fresh_layouts_2 import _d, _pooled_credit, _town_credit
from fresh_layouts_3 import story_slot
from fresh_layouts_5 import _credit_turns
from fresh_layouts_9 import Fresh9Family
from fresh_layouts_15 import Fresh15Builder
from layout_kit import (DATED, DATED_LUNAR, TRAIL, Above, Form, _turn, chosen, furniture, ln, masthead, opt, shown,
                        turns)
from synthesize import Byline, phone

FRESH19_SEED_BASE = 30_000_000
FRESH19_SEED_STRIDE = 60_000

# the long sources that print their section headings and a deck (a subtitle) or a long kicker over the title
DECK_SOURCES = ("003-01", "004-01", "001-01", "001-02")
# the long sources with section headings, and those without
HEADED_SOURCES = ("000-02", "001-01", "001-02", "002-02", "003-01", "004-01")
PLAIN_SOURCES = ("001-06", "002-05", "003-07")

# --------------------------------------------------------------------------- filler (written for this corpus)

BJI_TRAINS = (("宝鸡南—西安北", "G1918", "07:32"), ("宝鸡南—兰州西", "D2671", "09:05"), ("宝鸡南—成都东", "G2205", "10:48"),
              ("宝鸡—汉中", "K1363", "13:20"), ("宝鸡南—北京西", "G660", "15:16"), ("宝鸡南—郑州东", "G1286", "17:41"))
BJI_GROUPS = [
    ("关中麦收正当时", ["①联合收割机在麦田里作业。", "②农户把新麦装车入仓。", "③农技人员检测小麦水分。"]),
    ("青铜器之乡迎客来", ["①游客在博物院里参观青铜器。", "②讲解员为学生讲解铭文。", "③孩子们在互动区拓印纹样。"]),
]
BJI_TITLES = ["把猕猴桃产业做成富民产业", "让老工业城市焕发新活力", "为项目建设跑出加速度"]
BJI_CAPTIONS = [("渭河岸边，市民在绿道上骑行。", "渭河绿道"), ("猕猴桃园里，果农在给果子套袋。", ""),
                ("太白山景区云海翻腾。", "太白云海")]
BJI_BRIEFS = [
    ("社区开办暑期托管班", "近日，一个社区开办暑期托管班，解决双职工家庭看护难题。"),
    ("乡村卫生室配上新设备", "日前，一批乡村卫生室配上新设备，村民在家门口就能做检查。"),
    ("城区新增一批停车位", "近日，城区新增一批公共停车位，缓解老旧小区停车难。"),
]

NC_ROADS = ("八一大道（中山路—叠山路）", "红谷中大道（会展路—丰和中大道）", "阳明路（八一大道—青山路）",
            "象山北路（中山路—胜利路）", "赣江中大道（卧龙路—丰和立交）")
NC_QUESTIONS = ["这家小店是怎么开起来的？", "顾客最喜欢点什么？", "遇到过哪些难处？", "以后还有什么打算？"]
NC_CAPTIONS = [("滕王阁下，游客在江边拍照留念。", "江畔留影"), ("市民在八一广场上放风筝。", ""),
               ("夜幕下，秋水广场音乐喷泉吸引市民观看。", "喷泉夜景")]
NC_BRIEFS = [
    ("老旧小区加装电梯", "近日，城区一批老旧小区加装电梯，住在高层的老人出行方便了。"),
    ("社区食堂推出助餐服务", "日前，一个社区食堂推出助餐服务，老人用餐可享优惠。"),
    ("公园新增一批健身器材", "近日，一处公园新增一批健身器材，附近居民锻炼有了好去处。"),
]

SS_TOWNS = ("湖滨街道", "凤里街道", "灵秀镇", "宝盖镇", "蚶江镇", "祥芝镇", "鸿山镇", "锦尚镇", "永宁镇")
SS_CLOTHES = (("休闲夹克", 86), ("牛仔裤", 45), ("运动套装", 120), ("童装T恤", 18), ("衬衫", 38), ("羽绒服", 168))
SS_NOTICES = [
    ("关于部分区域暂停供气的通知",
     "因燃气管网改造施工，下列区域将暂停管道燃气供应，请用户提前做好准备：",
     ["1.{a}8时至18时 湖滨街道某某社区", "2.{a}8时至18时 凤里街道某某小区", "3.{a}9时至17时 宝盖镇某某工业区"],
     "恢复供气前请勿自行开启燃气阀门。如有疑问，请拨打服务热线：{p}", "石狮市某某燃气有限公司"),
]
SS_ADS = [("某某服饰 诚聘缝纫工、裁剪工", "联系电话：{p}"), ("某某鞋业 新品订货会", "订货热线：{p}")]
SS_CAPTIONS = [("服装城里，采购商在挑选新款服装。", "服装城"), ("渔港里，渔民在整理渔网。", ""),
               ("黄金海岸沙滩上，游客在戏水。", "海边嬉戏")]
SS_BRIEFS = [
    ("侨乡书画展开展", "近日，一场侨乡书画展开展，展出书画作品八十余幅。"),
    ("社区开展防溺水宣传", "日前，一个社区开展防溺水宣传，志愿者向孩子们讲解安全知识。"),
    ("服装企业举办技能比武", "近日，一家服装企业举办技能比武，数十名缝纫工同台竞技。"),
]

WW_MUSEUMS = ("某某博物馆", "某某考古研究院", "某某文物保护中心", "某某纪念馆")
WW_SHOWS = (("某某博物馆", "青铜器特展"), ("某某美术馆", "古代书画精品展"), ("某某纪念馆", "革命文物专题展"),
            ("某某博物院", "丝路文物联展"), ("某某遗址博物馆", "考古新发现展"))
WW_TITLES = ["让文物真正活起来", "考古成果要走近公众", "守护好老祖宗留下的宝贝"]
WW_NOTES = ("（作者系某某博物馆研究馆员）", "（作者为某某大学考古学系教授）", "（作者系基层文物保护工作者）")
WW_QUESTIONS = ["这次发掘有哪些新发现？", "保护工作最难的是什么？", "公众能看到这些文物吗？", "下一步还有什么计划？"]
WW_CAPTIONS = [("考古队员在探方内清理遗迹。", "考古现场"), ("观众在展厅里欣赏古代陶器。", ""),
               ("修复师在实验室里修复一件青铜器。", "文物修复")]
WW_BRIEFS = [
    ("一批馆藏文物完成数字化", "近日，一批馆藏文物完成数字化采集，观众可在网上欣赏。"),
    ("文物保护培训班开班", "日前，一期基层文物保护培训班开班，数十名学员参加。"),
    ("博物馆推出夜间开放", "近日，一家博物馆推出夜间开放，吸引不少年轻观众。"),
]

YX_RATES = (("1年期LPR", "3.45%"), ("5年期以上LPR", "3.95%"), ("活期存款", "0.20%"), ("1年期定期存款", "1.45%"),
            ("3年期定期存款", "1.95%"))
YX_MOVES = ("持平", "下调10个基点", "下调5个基点", "持平")
YX_TITLES = ["普惠金融要下沉到田间地头", "保险理赔应当更快更暖", "守好老百姓的钱袋子"]
YX_NOTES = ("（作者系某某银行研究院研究员）", "（作者为某某保险公司从业者）", "（作者系某某大学金融学院教授）")
YX_QUESTIONS = ["这项业务主要面向哪些客户？", "办理流程有哪些简化？", "如何防范风险？", "下一步还有什么安排？"]
YX_CAPTIONS = [("银行工作人员走进乡村，为村民讲解防范电信诈骗知识。", "金融知识进乡村"), ("客户在网点自助设备上办理业务。", ""),
               ("保险理赔员在受灾农田查勘定损。", "查勘定损")]
YX_BRIEFS = [
    ("一批农户获得信用贷款", "近日，一批种养殖户获得无抵押信用贷款，用于扩大生产。"),
    ("保险公司开展理赔服务日活动", "日前，一家保险公司开展理赔服务日活动，现场为客户办理理赔。"),
    ("银行网点设立爱心窗口", "近日，一批银行网点设立爱心窗口，优先为老年客户办理业务。"),
]

SXD_FAIRS = (("某某人才市场", 1200), ("某某区就业服务中心", 800), ("某某高新区人才驿站", 650), ("某某大学体育馆", 3000))
SXD_GROUPS = [
    ("湘江边上夜色美", ["①市民在江边步道散步。", "②游船驶过湘江。", "③橘子洲头焰火升空。"]),
    ("小龙虾上市啦", ["①渔民在稻田里收虾。", "②工人分拣小龙虾。", "③市民在夜市品尝口味虾。"]),
]
SXD_QUESTIONS = ["这个想法是怎么来的？", "最难的时候是怎么挺过来的？", "家里人支持吗？", "接下来有什么打算？"]
SXD_CAPTIONS = [("坡子街上，游客品尝长沙小吃。", "美食街"), ("市民在岳麓山上登高望远。", ""),
                ("梅溪湖畔，孩子们在草坪上嬉戏。", "湖畔童趣")]
SXD_BRIEFS = [
    ("地铁站新增母婴室", "近日，一批地铁站新增母婴室，方便带孩子出行的乘客。"),
    ("社区开办四点半课堂", "日前，一个社区开办四点半课堂，志愿者辅导孩子写作业。"),
    ("公交线路优化调整", "近日，城区几条公交线路优化调整，方便市民换乘地铁。"),
]

GH_CITIES = ("槟城", "大山脚", "北海", "亚罗士打", "怡保", "双溪大年")
GH_DURIANS = (("猫山王", 45), ("黑刺", 75), ("红虾", 30), ("D24", 25), ("葫芦", 38))
GH_TITLES = ["老街区的味道要留住", "年轻人为何不愿回乡", "让华文教育薪火相传"]
GH_NOTES = ("（作者为退休教师）", "（作者为本地文史工作者）", "（作者为社团工作者）")
GH_CAPTIONS = [("乔治市老街上，游客欣赏壁画。", "老街壁画"), ("小贩在夜市售卖炒粿条。", ""),
               ("升旗山上，游客俯瞰槟城景色。", "山顶远眺")]
GH_BRIEFS = [
    ("华小举办亲子读书会", "一所华小日前举办亲子读书会，家长与孩子一起分享好书。"),
    ("社团捐赠助学金", "一个乡团日前向清寒学生颁发助学金，鼓励学生勤奋向学。"),
    ("夜市新增停车场", "有关当局日前在夜市附近增设停车场，方便民众前往。"),
]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


def unsigned(ctx, item):
    """No byline at all (a short item the desk prints bare)."""
    return Byline([])


by_bji = chosen(Above("宝鸡日报全媒体记者 {0!l}"), Above("全媒体记者 {0!l} 见习记者 {1}", 2),
                Above("通讯员 {0} {1} 全媒体记者 {2!l}", 3), turn="by", drawn=2)
by_bji_brief = turns(Form("本报讯（全媒体记者 {0}）"), Form("（通讯员 {0}）", **TRAIL))

by_nc = chosen(Above("南昌晚报·南昌新闻网记者 {0!l}"), Above("记者 {0!l} 实习生 {1}", 2),
               Above("文/图 南昌晚报·南昌新闻网记者 {0!l}", photo=True), turn="by", drawn=2)
by_nc_brief = turns(Form("（南昌晚报·南昌新闻网记者 {0}）", **TRAIL), Form("本报讯（记者 {0} 通讯员 {1}）", 2))

by_ss = chosen(Above("记者 {0!l} 通讯员 {1}", 2), Above("石狮日报记者 {0!l}"), Above("通讯员 {0} {1} 记者 {2!l}", 3),
               turn="by", drawn=2)
by_ss_brief = turns(Form("本报讯（记者 {0}）", line_share=0.4), Form("（通讯员 {0}）", **TRAIL))

by_ww = chosen(Above("本报记者 {0!l}"), Above("本报通讯员 {0} {1}", 2), Above("本报记者 {0!l} 通讯员 {1}", 2),
               turn="by", drawn=2)
by_ww_brief = turns(Form("（{c0} {0}）", choices=(WW_MUSEUMS,), **TRAIL), Form("本报讯（记者 {0}）"))

by_yx = chosen(Above("本报记者 {0!l}"), Above("记者 {0!l} 通讯员 {1}", 2), Above("中国银行保险报记者 {0!l}"),
               turn="by", drawn=2)
by_yx_brief = turns(Form("本报讯（记者 {0}）"), Form("（通讯员 {0} {1}）", 2, **TRAIL))

by_sxd = chosen(Above("三湘都市报全媒体记者 {0!l}"), Above("全媒体记者 {0!l} 通讯员 {1}", 2),
                Above("文/视频 全媒体记者 {0!l}"), turn="by", drawn=2)


def by_sxd_brief(ctx, item):
    """三湘都市报6月21日讯（全媒体记者 X） glued (not 本报讯), or closed by （全媒体记者 X 通讯员 Y）."""
    a = ctx.name()
    if _turn(ctx, "brief", 2) == 0:
        day = _d(ctx)
        return Byline([a], glue=f"三湘都市报{day.month}月{day.day}日讯（全媒体记者 {a}）", hint="plain")
    b = ctx.name()
    return Byline([a, b], trail=f"（全媒体记者 {a} 通讯员 {b}）", hint="paren")


def by_gh(ctx, item):
    """报导：X / 报导／摄影：X (X took the pictures too) / 光华日报记者 X."""
    a = ctx.name()
    k = _turn(ctx, "by", 3)
    if k == 1:
        item.photographers = [a]
        return Byline([a], before=[f"报导／摄影：{shown(ctx, a)}"])
    return Byline([a], before=[f"报导：{shown(ctx, a)}" if k == 0 else f"光华日报记者 {shown(ctx, a)}"])


def by_gh_brief(ctx, item):
    """（槟城21日讯） glued and naming no one, or （大山脚讯） glued and closed by （光华日报记者 X）."""
    city = ctx.rng.choice(GH_CITIES)
    if _turn(ctx, "brief", 2) == 0:
        return Byline([], glue=f"（{city}{_d(ctx).day}日讯）", hint="plain")
    a = ctx.name()
    return Byline([a], glue=f"（{city}讯）", trail=f"（光华日报记者 {a}）", hint="paren")


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


cr_bji = _credit_turns(("宝鸡日报全媒体记者 {n} 摄", "（{n} 摄）", "通讯员 {n} 摄"))
cr_nc = _credit_turns(("南昌晚报·南昌新闻网记者 {n} 摄", "受访者供图", "记者 {s}/摄"))
cr_ss = _pooled_credit(_credit_turns(("石狮日报记者 {n} 摄", "通讯员 {n} 摄")), _town_credit(SS_TOWNS))
cr_ww = _credit_turns(("本报记者 {n} 摄", "（博物馆供图）", "（{n} 摄）"))
cr_yx = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）", "通讯员 {s}/摄"))
cr_sxd = _credit_turns(("三湘都市报全媒体记者 {n} 摄", "全媒体记者 {s}/摄", "受访者供图"))
cr_gh = _credit_turns(("（{n}摄）", "（图：{n}）", "（互联网照片）"))


# --------------------------------------------------------------------------- builder


class Fresh19Builder(Fresh15Builder):

    # -------------------------------------------------------------- shared shapes

    def long_source(self, ids=None, headings=True):
        """A long source: one that prints section headings where the story keeps them, else one without."""
        return super().long_source(ids or (HEADED_SOURCES if headings else PLAIN_SOURCES), headings)

    def deck_story(self, jump=False):
        """A long story that keeps its section headings, under its deck (subtitle) or long kicker,
        printed one line wide over the column; with `jump`, it ends in a jump line."""
        src, body = self.long_source(ids=DECK_SOURCES, headings=True)
        byfn = self.styled(self.family.bylines)
        roles = {}
        if jump:
            byfn, _ = self.with_jump(byfn)
            roles = {"after_role": "jump", "trail_role": "jump"}
        return self.art(src, body, byfn, kicker=src.get("kicker", ""), subtitle=src.get("subtitle", ""), **roles)

    def slot_deck(self):
        return self.deck_story()

    def slot_decklead(self):
        return self.deck_story(jump=True)

    def slot_bare(self):
        """A short item printed with no byline, no kicker and no subtitle."""
        src, body = self.brief_source()
        return self.fresh_article(src, body, {unsigned: 1}, slot="brief", kicker="", subtitle="")

    # -------------------------------------------------------------- 宝鸡日报

    slot_bjistory = story_slot(0.8)

    def slot_trains(self):
        rng = self.rng
        rows = [f"{route} {train} {time}" for route, train, time in rng.sample(BJI_TRAINS, rng.choice((3, 4)))]
        return self.rows_box(("高铁时刻", "出行参考"), rows, title="宝鸡南站部分车次" if rng.random() < 0.5 else "")

    def slot_bjigroup(self):
        return self.group(BJI_GROUPS)

    def slot_bjipinglun(self):
        return self.titled_pinglun(BJI_TITLES)

    # -------------------------------------------------------------- 南昌晚报

    slot_ncstory = story_slot(0.8)

    def slot_nctraffic(self):
        """交通管制: the hours, then the road and the stretch closed."""
        rng = self.rng
        rows = [f"{rng.choice(('19:00-22:30', '20:00-23:00', '6:30-9:00'))} {road}"
                for road in rng.sample(NC_ROADS, rng.choice((2, 3)))]
        intro = "因举办大型活动，下列路段将实行临时交通管制，请过往车辆绕行：" if rng.random() < 0.6 else ""
        return self.rows_box(("交通管制", "出行提示"), rows, title="今晚部分路段临时管制" if rng.random() < 0.5 else "",
                             intro=intro)

    def slot_ncqa(self):
        return self.staff_qa(NC_QUESTIONS, ("南昌晚报：", "记者："))

    # -------------------------------------------------------------- 石狮日报

    slot_ssstory = story_slot(0.7)

    def slot_clothes(self):
        rng = self.rng
        rows = [f"{name} {price + rng.randrange(-6, 7)} {rng.randrange(-5, 6):+d}"
                for name, price in rng.sample(SS_CLOTHES, rng.choice((3, 4)))]
        return self.table_box(("服装批发价", "服装城行情"), "本周部分服装批发价（元/件）", rng.choice(("品类 均价 涨跌", "品名 批发价 环比")),
                              rows, ("数据来源：某某服装城管委会", "数据来源：石狮某某价格监测点"))

    def slot_ssnotice(self):
        return self.dated_notice(*SS_NOTICES[0], area="0595")

    def slot_ssad(self):
        head, line = self.rng.choice(SS_ADS)
        return self.furniture(head, line.format(p=phone(self.rng, "0595")))

    # -------------------------------------------------------------- 中国文物报

    def slot_shows(self):
        rng, ctx = self.rng, self.ctx
        end = _d(ctx, -rng.choice((60, 90, 100)))
        rows = [f"即日起—{end.month}月{end.day}日 {place} {show}" for place, show in rng.sample(WW_SHOWS, rng.choice((3, 4)))]
        return self.rows_box(("展讯", "看展指南"), rows, title="近期展览推荐" if rng.random() < 0.5 else "")

    def slot_wwcomment(self):
        return self.signed_piece(WW_TITLES, WW_NOTES, ("文博观察", "文 博 观 察", "遗产论坛"), ("□", "文/", "□ "))

    def slot_wwqa(self):
        return self.staff_qa(WW_QUESTIONS)

    # -------------------------------------------------------------- 中国银行保险报

    slot_yxstory = story_slot(0.8)

    def slot_rates(self):
        rng = self.rng
        rows = [f"{name} {rate} {rng.choice(YX_MOVES)}" for name, rate in rng.sample(YX_RATES, rng.choice((3, 4)))]
        return self.table_box(("利率", "利率速览"), "最新贷款市场报价利率和存款利率", rng.choice(("品种 利率 变动", "期限品种 执行利率 较上期")),
                              rows, ("数据来源：全国银行间同业拆借中心", "数据来源：某某银行官网"))

    def slot_yxcomment(self):
        return self.signed_piece(YX_TITLES, YX_NOTES, ("金融观察", "金 融 观 察", "保险视点"), ("文/", "文/ ", "■"))

    def slot_yxqa(self):
        return self.staff_qa(YX_QUESTIONS, None)

    # -------------------------------------------------------------- 三湘都市报

    slot_sxdstory = story_slot(0.8)

    def slot_fairs(self):
        rng, ctx = self.rng, self.ctx
        rows = []
        for k, (place, jobs) in enumerate(rng.sample(SXD_FAIRS, rng.choice((3, 4)))):
            day = _d(ctx, -k - 1)
            rows.append(f"{day.month}月{day.day}日 {rng.choice(('9:00', '9:30', '14:00'))} {place} 岗位{jobs}个")
        return self.rows_box(("招聘会", "求职指南"), rows, title="本周招聘会信息" if rng.random() < 0.5 else "")

    def slot_sxdgroup(self):
        return self.group(SXD_GROUPS)

    def slot_sxdqa(self):
        return self.staff_qa(SXD_QUESTIONS, ("三湘都市报：", "记者："))

    # -------------------------------------------------------------- 光华日报

    slot_ghstory = story_slot(0.5)

    def slot_durians(self):
        rng = self.rng
        rows = [f"{name} {price + rng.randrange(-5, 6)}令吉/公斤" for name, price in rng.sample(GH_DURIANS, rng.choice((3, 4)))]
        return self.rows_box(("榴梿行情", "今日榴梿价"), rows, title="北马榴梿园收购价" if rng.random() < 0.5 else "")

    def slot_ghcomment(self):
        return self.signed_piece(GH_TITLES, GH_NOTES, ("光华论坛", "言论"), ("文／", "■文／"))


# --------------------------------------------------------------------------- furniture


_bji_top = furniture(
    (0.5, [ln("宝鸡日报 {y}年{m}月{d}日 {wd}", paper=True, date=True), ln("第{n}版 {sec}", page="{n}")]),
    [ln("{n:02d} | {sec}", page="{n:02d}"), ln("{date} {wd} 责任编辑 {name} 校对 {name}", date=True)],
    front=[masthead("宝鸡日报"), "中共宝鸡市委机关报", DATED_LUNAR,
           "第{no:16000-16999}期 今日{pages}版 国内统一连续出版物号 CN 61-0000"])
_bji_bottom = furniture((0.5, ["新闻热线：{tel:0917}", opt(0.5, ["宝鸡日报社出版 社址：宝鸡市某某路00号"])]),
                        ["本版编辑 {name} 美编 {name}"])

_nc_top = furniture(
    (0.4, [ln("{sec} A{n:02d}", page="A{n:02d}"), ln("{y}年{m}月{d}日 {wd} 责编 {name} 美编 {name}", date=True)]),
    (0.8, [ln("南昌晚报 {date} {wd} A{n:02d} {sec}", paper=True, date=True, page="A{n:02d}")]),
    [])
_nc_bottom = furniture((0.5, [ln("南昌晚报新闻热线 {tel:0791}", paper=True), "报料微信：某某南昌"]), ["校对 {name}"])

_ss_top = furniture(
    (0.5, [ln("{n:02d} {ssec}", page="{n:02d}"), ln("石狮日报 {date} {wd}", paper=True, date=True)]),
    [ln("{date} {wd} 第{n}版 {sec} 责任编辑 {name}", date=True, page="{n}")],
    front=[masthead("石狮日报"), "中共石狮市委机关报", DATED_LUNAR, "第{no:4000-4999}期 今日{pages}版 闽内资准字 {no:100-999}号"])
_ss_bottom = furniture((0.5, [ln("石狮日报投稿邮箱：ssrb@example.cn", paper=True)]), ["新闻热线：{tel:0595}", "编辑 {name}"])

_ww_top = furniture(
    (0.5, [ln("{n} {sec}", page="{n}"), ln("中国文物报 {date} {wd}", paper=True, date=True)]),
    [ln("{sec} · 第{n}版", page="{n}"), ln("{date} {wd} 责任编辑 {name}", date=True)],
    front=[masthead("中国文物报"), "CHINA CULTURAL RELICS NEWS", "国家文物局主管 中国文物报社主办",
           ln("{date} {wd} 农历{slunar}", date=True), "第{no:3000-3999}期 今日{pages}版 国内统一连续出版物号 CN 11-0000"])
_ww_bottom = furniture((0.5, ["本版校对 {name}", opt(0.5, ["投稿邮箱：wwb@example.cn"])]), ["读者热线：{tel:010}"])

_yx_top = furniture(
    (0.5, [ln("中国银行保险报 {y}.{m}.{d}", paper=True, date=True), ln("{n:02d} {sec}", page="{n:02d}")]),
    [ln("{n:02d} | {sec} | 责编 {name} 美编 {name}", page="{n:02d}")],
    front=[masthead("中国银行保险报"), "CHINA BANKING AND INSURANCE NEWS", DATED,
           "第{no:5000-5999}期 今日{pages}版 国内统一连续出版物号 CN 11-0000"])
_yx_bottom = furniture((0.5, ["本版编辑 {name}"]), [ln("中国银行保险报 {date}", paper=True, date=True), "发行热线：{tel:010}"])

_sxd_top = furniture(
    (0.5, [ln("A{n:02d} {ssec}", page="A{n:02d}"), DATED]),
    (0.8, [ln("三湘都市报 {y}.{m}.{d} {wd} A{n:02d} {sec} 责编 {name}", paper=True, date=True, page="A{n:02d}")]),
    [])
_sxd_bottom = furniture((0.5, [ln("三湘都市报新闻热线 {tel:0731}", paper=True), "扫码报料"]), ["美编 {name} 校对 {name}"])

_gh_top = furniture(
    (0.5, [ln("{sec} | {y}年{m}月{d}日 {wd}", date=True), ln("A{n}", page="A{n}")]),
    [ln("光华日报 {date} {wd} A{n} {sec}", paper=True, date=True, page="A{n}")],
    front=[masthead("光华日报"), "KWONG WAH YIT POH", DATED_LUNAR, "第{no:38000-38999}号 槟城出版 售价马币1令吉50仙"])
_gh_bottom = furniture((0.5, ["编辑：{name} 美术：{name}"]), ["新闻热线：{tel:04}", "kwongwah.example.my"])


@dataclasses.dataclass
class Fresh19Family(Fresh9Family):
    seed_stride: int = FRESH19_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh19Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh19Builder,
                         justified=True, **kw)


FRESH19_FAMILIES = [
    fam("baoji_city", "宝鸡日报", _bji_top, _bji_bottom, {by_bji: 1},
        brief_bylines={by_bji_brief: 1}, credits=(cr_bji,), width=(15, 23), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.02, displaced=0.25, caption_pool=BJI_CAPTIONS,
        brief_pool=BJI_BRIEFS, brief_pool_share=0.6, paper_outlet="宝鸡日报全媒体",
        labels={"column": ("县区传真", "宝鸡简讯"), "bullet": ("■",)},
        plans=((["decklead", "bare", "photo"], {"front": True}),
               (["continuation", "briefcol", "trains"], {"page": 2}),
               (["bjigroup", "deck", "bare"], {"blank": "every"}),
               (["briefpair", "bjistory", "bjipinglun"], {"blank": "none", "turn": 1})),
        page_style="plain", sections=("要闻", "综合", "县区")),
    fam("nanchang_evening", "南昌晚报", _nc_top, _nc_bottom, {by_nc: 1},
        brief_bylines={by_nc_brief: 1}, credits=(cr_nc,), width=(12, 17), blank={"para": 1, "every": 2},
        letterspace=0.4, stray_spaces=0.05, doubled=0.2, displaced=0.35, caption_pool=NC_CAPTIONS,
        brief_pool=NC_BRIEFS, brief_pool_share=0.6, labels={"column": ("洪城快讯", "城事简讯"), "bullet": ("★",)},
        plans=((["deck", "bare", "photo"], {}),
               (["briefpair", "ncstory"], {"blank": "every"}),
               (["ncqa", "briefcol"], {"blank": "none"}),
               (["nctraffic", "deck", "briefphoto"], {"blank": "every", "turn": 1})),
        page_style="A0", sections=("南昌新闻", "民生", "城事")),
    fam("shishi_county", "石狮日报", _ss_top, _ss_bottom, {by_ss: 1},
        brief_bylines={by_ss_brief: 1}, credits=(cr_ss,), width=(14, 21), blank={"para": 2, "every": 1},
        indent=0.3, letterspace=0.3, stray_spaces=0.03, displaced=0.2, caption_pool=SS_CAPTIONS, brief_pool=SS_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("镇街速递", "侨乡简讯"), "bullet": ("◎",)},
        plans=((["deck", "brief", "photo"], {"front": True}),
               (["briefcol", "ssad", "ssstory"], {}),
               (["deck", "briefpair", "ssnotice"], {"blank": "every"}),
               (["photo", "ssstory", "clothes", "bare"], {"blank": "none", "turn": 1})),
        page_style="0", sections=("石狮新闻", "镇街", "侨乡")),
    fam("wenwu_heritage", "中国文物报", _ww_top, _ww_bottom, {by_ww: 1},
        brief_bylines={by_ww_brief: 1}, credits=(cr_ww,), width=(15, 24), blank={"para": 2, "none": 1},
        indent=0.5, letterspace=0.3, displaced=0.25, caption_pool=WW_CAPTIONS, brief_pool=WW_BRIEFS,
        brief_pool_share=0.6, labels={"column": ("文博动态", "各地文讯"), "bullet": ("◆",)},
        plans=((["deck", "shows", "photo"], {"front": True}),
               (["wwqa", "briefcol"], {}),
               (["wwcomment", "deck", "bare"], {"blank": "every"}),
               (["briefphoto", "deck", "shows"], {"blank": "none", "turn": 1})),
        page_style="cn", sections=("要闻", "考古", "博物馆")),
    fam("yinbao_finance", "中国银行保险报", _yx_top, _yx_bottom, {by_yx: 1},
        brief_bylines={by_yx_brief: 1}, credits=(cr_yx,), width=(16, 25), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.2, stray_spaces=0.02, displaced=0.2, caption_pool=YX_CAPTIONS, brief_pool=YX_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("行业动态", "机构快讯"), "bullet": ("▲",)},
        plans=((["decklead", "rates", "bare"], {"front": True}),
               (["continuation", "yxqa"], {"page": 2}),
               (["yxcomment", "yxstory", "photo"], {"blank": "every"}),
               (["briefcol", "deck", "rates"], {"blank": "none", "turn": 1})),
        page_style="0", sections=("银行", "保险", "监管")),
    fam("sanxiang_metro", "三湘都市报", _sxd_top, _sxd_bottom, {by_sxd: 1},
        brief_bylines={by_sxd_brief: 1}, credits=(cr_sxd,), width=(13, 19), per_article_width=True,
        blank={"para": 1, "every": 1}, letterspace=0.4, stray_spaces=0.04, doubled=0.15, displaced=0.3,
        caption_pool=SXD_CAPTIONS, brief_pool=SXD_BRIEFS, brief_pool_share=0.6, paper_outlet="三湘都市报全媒体",
        labels={"column": ("星城速递", "湖南新闻眼"), "bullet": ("●",)},
        plans=((["deck", "fairs", "briefphoto"], {}),
               (["sxdgroup", "sxdstory", "bare"], {"blank": "every"}),
               (["sxdqa", "briefcol"], {"blank": "none"}),
               (["bare", "deck", "fairs"], {"turn": 1})),
        page_style="A0", sections=("长沙新闻", "民生", "社会")),
    fam("guanghua_malaysia", "光华日报", _gh_top, _gh_bottom, {by_gh: 1},
        brief_bylines={by_gh_brief: 1}, credits=(cr_gh,), width=(14, 20), blank={"para": 2, "none": 1},
        indent=0.3, letterspace=0.1, stray_spaces=0.03, displaced=0.2, caption_pool=GH_CAPTIONS, brief_pool=GH_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("北马简讯", "社团消息"), "bullet": ("●",)},
        plans=((["ghstory", "durians", "photo"], {"front": True}),
               (["ghcomment", "brief", "bare"], {}),
               (["briefcol", "deck"], {"blank": "every"}),
               (["briefpair", "deck", "durians"], {"blank": "none", "turn": 1})),
        page_style="A", sections=("北马新闻", "大马", "社团")),
]
