"""A sixteenth set of blind development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator on these pages.  Seven papers the corpus had not imitated, of seven kinds the corpus has
few of (checked by name against the development builders and gold, and against the held-back set only with
a script that names this set's families whose paper a held-back page also has): the party daily of a
provincial capital (Guiyang, Guizhou), a prefecture-level city daily of the north-west (Gansu), an evening paper of a
second-tier city (Yantai), a county-level city's daily (Yuyao), a national water-transport paper, a national
emergency-management paper and a Chinese daily of the United States.  Every family sets its columns
justified (a line of digits or Latin letters holds more characters than one of ideographs).  Each page of a
family follows one of four page plans; byline and credit forms take turns across a family's pages; most pages
carry a story with section headings under a wide deck (its subtitle) beside a short unsigned item or a photo;
every family prints at least two of: two columns read across, a headline after its text, a briefs column, a
photo group, a box, table or notice, a jump line, a Q&A, a commentary, a blank line after every line.

* `guiyang_capital` 贵阳日报 (Guizhou, the capital's party daily): a front page with 中共贵阳市委机关报 and 农历;
  `本报记者 X`, `本报记者 X Y`, `贵阳日报记者 X 通讯员 Y`; leads opened by a dated dateline glued
  `本报6月21日讯（记者 X）`; briefs `本报讯（记者 X）` glued or closed by `（记者 X）`; a lead ending in a jump line
  and **page 2 carrying it on**; 本报评论员 commentaries; **数说贵阳 boxes** (rows `地区生产总值 5154.8亿元`);
  ● 县区传真 columns; two briefs read across.
* `tianshui_city` 天水日报 (Gansu, prefecture-level): a front page with 中共天水市委机关报; `天水日报记者 X`, `本报记者 X
  实习生 Y`, `通讯员 X Y`; briefs glued `本报讯（通讯员 X）` or closed by `（天水日报记者 X）`; **果价 boxes** (rows
  `花牛苹果 80# 5.60元/公斤`); a numbered photo group; interviews `记者：` / the interviewee's name; ▶ 县区动态 columns;
  a brief and a photo read across.
* `yantai_evening` 烟台晚报 (Shandong, evening): columns of 12–17 ems, a blank line after every line on some pages,
  stray spaces, doubled-glyph and displaced headlines; `YMG全媒体记者 X 通讯员 Y`, `YMG记者 X 实习生 Y`, `文/图 YMG全媒体
  记者 X`; briefs closed by `（YMG记者 X）` or glued `本报讯（YMG全媒体记者 X 通讯员 Y）`; **海鲜价 boxes** (rows `对虾
  68元/斤`); Q&A `YMG：`; `受访者供图`; ★ 晚报速递 columns; a brief and a photo read across.
* `yuyao_county` 余姚日报 (Zhejiang, county-level city): a front page with 中共余姚市委机关报; `记者 X 通讯员 Y`, `见习记者
  X`, `余姚日报记者 X`; briefs glued `本报讯（记者 X 通讯员 Y）` or closed by `（通讯员 X）`; **杨梅采摘 boxes** (rows
  `梁弄镇 某某杨梅基地 40元/斤`); **停电通知** notices; a numbered photo group; ◇ 乡镇街道 columns; two briefs read
  across.
* `shuiyun_transport` 中国水运报 (national water-transport paper): a `CHINA WATER TRANSPORT` front page with
  交通运输部主管; `本报记者 X`, `本报通讯员 X Y`, `记者 X 通讯员 Y`; briefs glued `本报讯（记者 X）` or closed by
  `（通讯员 X）`; **港口吞吐量 tables** (a label, a title, a column-header row, rows `宁波舟山港 11245 +4.2%`,
  `数据来源：…`); **航行通告** notices; 水运时评 pieces signed `□X` or by the bare name with an `（作者系…）` note; `（港口供图）`;
  ■ 航运简讯 columns; a lead ending in a jump line and page 2 carrying it on.
* `yingji_safety` 中国应急管理报 (national emergency-management paper): a front page with 应急管理部主管主办 and 农历;
  `本报记者 X`, `本报记者 X 通讯员 Y`, `特约记者 X 本报记者 Y`; briefs glued `本报讯（记者 X）` or on a line of their own,
  or closed by `（通讯员 X）`; **预警信息 boxes** (rows `暴雨黄色预警 某某省东南部`); **安全提示 boxes** of ①②③ rows;
  interviews `记者：` / the expert's name; 本报评论员 commentaries; ◆ 应急简讯 columns; a brief and a photo read across.
* `shijie_overseas` 世界日报 (a Chinese daily of the United States): a `WORLD JOURNAL` front page; `记者X／纽约报导`,
  `本报记者 X`, `记者X、Y／洛杉矶报导`; briefs glued `【本报讯】` naming no one, or closed by `（记者X）`; **社区活动 boxes**
  (rows `6月8日 10:00 法拉盛图书馆 中文讲座`); 论坛 pieces signed `文／X` or by the bare name with an `（作者是…）`
  note; credits `（记者X／摄影）`, `（美联社）`, `（取自网络）`; ● 侨社新闻 columns; two briefs read across.

Gold conventions are those of the README; new here: a 数说贵阳 / 果价 / 海鲜价 / 杨梅采摘 / 预警信息 / 安全提示 /
社区活动 box is an `infobox` titled with its label (a ■ or 【】 around it dropped), or with the label as kicker when a
title follows; a 港口吞吐量 table is an `infobox` (its label the kicker, the column-header row its first row), its
`数据来源` line a `credit`; a 停电通知 / 航行通告 notice is an `infobox` whose issuer and date are bylines;
`文/图 YMG全媒体记者 X` makes X author and photographer; `记者X／纽约报导` and `记者X、Y／洛杉矶报导` name X (and Y);
`（记者X／摄影）` names X photographer; `【本报讯】` names no one; `受访者供图`, `（港口供图）`, `（资料图片）`, `（美联社）` and
`（取自网络）` name no photographer; a short item printed with no byline at all is an `article`; the 水运时评 / 论坛
labels are furniture.

Seeds: FRESH16_SEED_BASE + FRESH16_SEED_STRIDE*family + 1_000*attempt + n (27_060_001 .. 27_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (captions, photo
groups, briefs, rows, notices, questions, titles and notes); names, figures, phone numbers and addresses are
made up.
"""
from __future__ import annotations

import dataclasses
import datetime

from fresh_layouts_5 import _credit_turns
from fresh_layouts_9 import Fresh9Family
from fresh_layouts_15 import Fresh15Builder
from layout_kit import (DATED, DATED_LUNAR, TRAIL, Above, Form, _turn, chosen, furniture, ln, masthead, opt, shown,
                        turns)
from synthesize import Byline, shorten

FRESH16_SEED_BASE = 27_000_000
FRESH16_SEED_STRIDE = 60_000

# long sources with section headings or a subtitle (a wide deck); the first two print both
DECKED_SOURCES = ("003-01", "004-01", "000-02", "001-01", "001-02", "002-02", "001-06", "003-07")

# --------------------------------------------------------------------------- filler (written for this corpus)

TY_FIGURES = (("地区生产总值", "5154.8亿元"), ("高新技术企业", "3860家"), ("规上工业增加值", "增长6.1%"),
              ("居民人均可支配收入", "4.1万元"), ("新开工重大项目", "126个"), ("社会消费品零售总额", "2240.5亿元"))
TY_TITLES = ["在高质量发展上继续走在前列", "让创新成为最鲜明的底色", "把民生实事办到群众心坎上"]
TY_CAPTIONS = [("南明河畔，市民在步道上散步。", "河畔晚景"), ("甲秀楼前，游客在拍照留念。", ""),
               ("智能工厂里，机械臂在装配零件。", "智造车间")]
TY_BRIEFS = [
    ("南明河畔又添一段绿道", "近日，南明河畔一段绿道建成开放，市民散步骑行又多了去处。"),
    ("社区食堂推出助老套餐", "日前，一家社区食堂推出助老套餐，老人们在家门口吃上了可口饭菜。"),
    ("老旧小区加装电梯提速", "近日，又一批老旧小区加装电梯完工，居民上下楼更方便了。"),
]

TS_FRUITS = (("花牛苹果 80#", 5.6), ("花牛苹果 75#", 4.8), ("秦安蜜桃", 6.2), ("甘谷花椒", 88.0), ("麦积葡萄", 7.5),
             ("清水核桃", 24.0))
TS_GROUPS = [
    ("麦积山下 游人如织", ["①游客在麦积山石窟前拍照留念。", "②讲解员为游客讲解石窟造像。", "③景区步道上游人络绎不绝。"]),
    ("果园里的丰收季", ["①果农在果园里采摘苹果。", "②工人在分拣线上为苹果分级。", "③客商在果品市场验货。"]),
]
TS_QUESTIONS = ["当初为什么选择回乡创业？", "果品销路怎么样？", "遇到过哪些难题？", "今后有什么打算？"]
TS_CAPTIONS = [("伏羲庙前，游客在参观古建筑。", "古建揽胜"), ("果农在果园里修剪果树。", ""),
               ("藉河风情线上，市民在健身。", "河畔健身")]
TS_BRIEFS = [
    ("乡村文化广场建成投用", "近日，一个村的文化广场建成投用，村民晚饭后有了休闲去处。"),
    ("果品冷链物流中心开工", "日前，一座果品冷链物流中心开工建设，建成后可储存果品数万吨。"),
    ("县区开展农民技能培训", "近日，一个县开展农民技能培训，果农们学习了果树嫁接技术。"),
]

YT_SEAFOOD = (("对虾", 68), ("海参", 260), ("扇贝", 12), ("鲅鱼", 22), ("海虹", 6), ("梭子蟹", 75), ("牡蛎", 8))
YT_QUESTIONS = ["这个想法是怎么来的？", "顾客最喜欢什么？", "最难的时候是怎么过来的？", "接下来有什么打算？"]
YT_CAPTIONS = [("烟台山下，游客在海边拍照。", "海边留影"), ("渔港码头，渔民卸下刚捕捞的海鲜。", ""),
               ("樱桃园里，游客在采摘樱桃。", "樱桃红了")]
YT_BRIEFS = [
    ("海滨步道完成改造", "近日，一段海滨步道完成改造，市民散步更舒心了。"),
    ("社区开设暑期托管班", "日前，一个社区开设暑期托管班，解了双职工家庭的难题。"),
    ("夜市新增一批便民摊位", "近日，一处夜市新增一批便民摊位，吸引不少市民前来逛吃。"),
]

YY_ORCHARDS = (("梁弄镇", "某某杨梅基地", 40), ("大岚镇", "某某果园", 35), ("鹿亭乡", "某某农庄", 38),
               ("牟山镇", "某某合作社", 30), ("丈亭镇", "某某家庭农场", 32))
YY_NOTICES = [
    ("停电通知", "因电力线路检修，下列区域将暂停供电，请用户提前做好准备：",
     ["{a}7时至17时 阳明街道某某社区", "{a}8时至16时 凤山街道某某工业区", "{a}9时至15时 兰江街道某某小区"],
     "如遇雨天，检修顺延。咨询电话：{p}", "某某供电公司"),
]
YY_GROUPS = [
    ("四明山上杨梅红", ["①梅农在山上采摘杨梅。", "②游客品尝刚摘下的杨梅。", "③杨梅装箱发往各地。"]),
    ("姚江两岸夜色美", ["①姚江边的灯光秀吸引市民驻足。", "②市民在江边步道上散步。", "③游船驶过姚江。"]),
]
YY_CAPTIONS = [("姚江边，市民在晨练。", "江边晨练"), ("工人在车间里检测模具。", ""), ("孩子们在图书馆里看书。", "书香童年")]
YY_BRIEFS = [
    ("社区食堂开门迎客", "近日，一家社区食堂开门迎客，老人们在家门口就能吃上热饭菜。"),
    ("乡镇举办农民运动会", "日前，一个乡镇举办农民运动会，村民们在拔河、插秧比赛中一展身手。"),
    ("城区新增一批公共自行车", "近日，城区新增一批公共自行车站点，方便市民短途出行。"),
]

SY_PORTS = (("宁波舟山港", 11245), ("上海港", 4326), ("青岛港", 5418), ("广州港", 5206), ("天津港", 4187), ("唐山港", 7063))
SY_NOTICES = [
    ("航行通告", "因航道疏浚施工，现将有关事项通告如下：",
     ["一、施工水域：某某航道第3号至第7号浮标之间", "二、施工时间：{a}至{b}，每日6时至18时",
      "三、过往船舶应减速慢行，听从现场指挥"],
     "本通告自{a}起施行。值班电话：{p}", "某某海事局"),
]
SY_TITLES = ["内河航运要补齐短板", "让绿色船舶驶得更远", "港口服务还要再提速"]
SY_NOTES = ("（作者系某某航运研究院研究员）", "（作者为交通运输行业评论员）", "（作者系某某海事大学教授）")
SY_CAPTIONS = [("集装箱码头上，桥吊正在装卸作业。", "码头繁忙"), ("货船驶过船闸。", ""), ("海事人员在巡查航道。", "巡航")]
SY_BRIEFS = [
    ("内河集装箱新航线开通", "近日，一条内河集装箱新航线开通，沿线企业物流成本有望降低。"),
    ("海事部门开展船员培训", "日前，海事部门开展船员安全培训，数百名船员参加。"),
    ("一批新能源船舶投入运营", "近日，一批新能源船舶投入运营，为内河航运绿色发展添彩。"),
]

YJ_WARNINGS = (("暴雨黄色预警", "某某省东南部"), ("高温橙色预警", "某某盆地"), ("大风蓝色预警", "某某沿海"),
               ("森林火险预警", "某某林区"), ("地质灾害气象风险预警", "某某山区"), ("强对流天气预警", "某某平原"))
YJ_TIPS = [
    ("汛期出行安全提示", ["①暴雨天气尽量减少外出", "②不要在低洼地带停留", "③远离河道和危旧房屋"]),
    ("夏季防溺水提示", ["①不私自下水游泳", "②不到无安全设施的水域玩耍", "③发现有人落水及时呼救"]),
]
YJ_QUESTIONS = ["这一类险情有什么特点？", "群众应当如何自救？", "基层应急力量怎样建设？", "下一步还有哪些打算？"]
YJ_TITLES = ["把风险隐患消除在萌芽状态", "应急演练不能走过场", "筑牢防灾减灾人民防线"]
YJ_CAPTIONS = [("消防救援人员在开展水域救援演练。", "实战演练"), ("应急物资仓库里，工作人员在清点物资。", ""),
               ("志愿者在社区讲解防灾知识。", "防灾宣传")]
YJ_BRIEFS = [
    ("社区开展应急疏散演练", "近日，一个社区开展应急疏散演练，数百名居民有序撤离。"),
    ("森林消防队伍开展巡护", "日前，森林消防队伍开展巡护，排查林区火灾隐患。"),
    ("应急物资储备库建成", "近日，一座应急物资储备库建成投用，可储备各类救灾物资。"),
]

SJ_CITIES = ("纽约", "洛杉矶", "旧金山", "休斯顿")
SJ_VENUES = ("法拉盛图书馆", "华埠社区中心", "某某中华会馆", "日落公园长者中心", "某某华人活动中心")
SJ_EVENTS = ("中文讲座", "报税咨询", "长者健康讲座", "书画展", "端午联欢会", "青少年象棋赛")
SJ_TITLES = ["华人参政需要更多年轻人", "中文学校要与时俱进", "小商家如何走出困境"]
SJ_NOTES = ("（作者是社区工作者）", "（作者是退休教师）", "（作者是律师）")
SJ_CAPTIONS = [("华埠街头，民众在选购年货。", "华埠人潮"), ("中文学校学生在练习书法。", ""),
               ("侨社在会馆举办联欢活动。", "侨社联欢")]
SJ_BRIEFS = [
    ("侨社举办免费健康检查", "一家侨社日前举办免费健康检查，数百名长者受惠。"),
    ("华埠新增一批街头座椅", "华埠日前新增一批街头座椅，方便行人歇脚。"),
    ("中文学校秋季班开始报名", "一所中文学校日前宣布秋季班开始报名，名额有限。"),
]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


def unsigned(ctx, item):
    """A short item printed with no byline at all."""
    return Byline([], hint="plain")


by_ty = chosen(Above("本报记者 {0!l}"), Above("本报记者 {0!l} {1}", 2), Above("贵阳日报记者 {0!l} 通讯员 {1}", 2),
               turn="by", drawn=2)
by_ty_brief = turns(Form("本报讯（记者 {0}）"), Form("（记者 {0}）", **TRAIL))


def by_ty_dated(ctx, item):
    """本报6月21日讯（记者 X）: a dated dateline, glued to the first paragraph."""
    a = ctx.name()
    d = ctx.date - datetime.timedelta(days=ctx.rng.choice((1, 2)))
    return Byline([a], glue=f"本报{d.month}月{d.day}日讯（记者 {shown(ctx, a)}）")


by_ts = chosen(Above("天水日报记者 {0!l}"), Above("本报记者 {0!l} 实习生 {1}", 2), Above("通讯员 {0} {1}", 2),
               turn="by", drawn=2)
by_ts_brief = turns(Form("本报讯（通讯员 {0}）"), Form("（天水日报记者 {0}）", **TRAIL))

by_yt = chosen(Above("YMG全媒体记者 {0!l} 通讯员 {1}", 2), Above("YMG记者 {0!l} 实习生 {1}", 2),
               Above("文/图 YMG全媒体记者 {0!l}", photo=True), turn="by", drawn=2)
by_yt_brief = turns(Form("（YMG记者 {0}）", **TRAIL), Form("本报讯（YMG全媒体记者 {0} 通讯员 {1}）", 2))

by_yy = chosen(Above("记者 {0!l} 通讯员 {1}", 2), Above("见习记者 {0!l}"), Above("余姚日报记者 {0!l}"),
               turn="by", drawn=2)
by_yy_brief = turns(Form("本报讯（记者 {0} 通讯员 {1}）", 2), Form("（通讯员 {0}）", **TRAIL))

by_sy = chosen(Above("本报记者 {0!l}"), Above("本报通讯员 {0} {1}", 2), Above("记者 {0!l} 通讯员 {1}", 2),
               turn="by", drawn=2)
by_sy_brief = turns(Form("本报讯（记者 {0}）"), Form("（通讯员 {0}）", **TRAIL))

by_yj = chosen(Above("本报记者 {0!l}"), Above("本报记者 {0!l} 通讯员 {1}", 2), Above("特约记者 {0} 本报记者 {1!l}", 2),
               turn="by", drawn=2)
by_yj_brief = turns(Form("本报讯（记者 {0}）", line_share=0.4), Form("（通讯员 {0}）", **TRAIL))


def by_sj(ctx, item):
    """记者X／纽约报导 / 本报记者 X / 记者X、Y／洛杉矶报导."""
    k = _turn(ctx, "by", 3)
    a = ctx.name()
    city = ctx.rng.choice(SJ_CITIES)
    if k == 0:
        return Byline([a], before=[f"记者{a}／{city}报导"])
    if k == 1:
        return Byline([a], before=[f"本报记者 {shown(ctx, a)}"])
    b = ctx.name()
    return Byline([a, b], before=[f"记者{a}、{b}／{city}报导"])


def by_sj_brief(ctx, item):
    """【本报讯】 glued, naming no one, or closed by （记者X）."""
    if _turn(ctx, "brief", 2) == 0:
        return Byline([], glue="【本报讯】", hint="benbaoxun")
    a = ctx.name()
    return Byline([a], trail=f"（记者{a}）", hint="paren")


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


cr_ty = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）", "贵阳日报记者 {n} 摄"))
cr_ts = _credit_turns(("天水日报记者 {n} 摄", "（资料图片）", "通讯员 {n} 摄"))
cr_yt = _credit_turns(("YMG全媒体记者 {n} 摄", "受访者供图", "（{n} 摄）"))
cr_yy = _credit_turns(("记者 {n} 摄", "通讯员 {n} 摄", "（{n} 摄）"))
cr_sy = _credit_turns(("本报记者 {n} 摄", "（港口供图）", "（{n} 摄）"))
cr_yj = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）", "（资料图片）"))
cr_sj = _credit_turns(("（美联社）", "（记者{n}／摄影）", "（取自网络）"))


# --------------------------------------------------------------------------- builder


class Fresh16Builder(Fresh15Builder):

    # -------------------------------------------------------------- shared shapes

    def decked_story(self, byfn=None, jump=False):
        """A story with its section headings and its subtitle (a wide deck) where the source has them, a
        kicker at times; half the time one of the sources that has both."""
        rng = self.rng
        ids = DECKED_SOURCES[:2] if rng.random() < 0.5 else DECKED_SOURCES
        src, body = self.long_source(ids=ids, headings=True)
        kicker = src.get("kicker", "") if rng.random() < 0.5 else ""
        fn = byfn or self.styled(self.family.bylines)
        if not jump:
            return self.art(src, body, fn, kicker=kicker, subtitle=src["subtitle"])
        fn, _ = self.with_jump(fn)
        return self.art(src, body, fn, kicker=kicker, subtitle=src["subtitle"], after_role="jump", trail_role="jump")

    def slot_deck(self):
        return self.decked_story()

    def slot_plain(self):
        """A short item printed with no byline: one of the family's briefs or a short source."""
        rng = self.rng
        src = self.pooled_brief(self.family.brief_pool, "pool") if rng.random() < 0.6 else None
        if src is None:
            s = self.pick(["000-04", "000-05", "003-03", "003-05"])
            src = (s, [(r, t) for r, t in shorten(rng, s["body"], limit=rng.randrange(200, 500)) if r != "heading"])
        return self.art(src[0], src[1], unsigned)

    def slot_plainphoto(self):
        """An unsigned short item and a photo read across two columns."""
        return self.pair(self.slot_plain(), self.slot_photo())

    # -------------------------------------------------------------- 贵阳日报

    def slot_tylead(self):
        return self.decked_story(by_ty_dated, jump=True)

    def slot_tyfigures(self):
        rng = self.rng
        rows = [f"{name} {value}" for name, value in rng.sample(TY_FIGURES, rng.choice((3, 4)))]
        return self.rows_box(("数说贵阳", "数读贵阳"), rows, title="上半年主要指标" if rng.random() < 0.5 else "")

    def slot_typinglun(self):
        return self.titled_pinglun(TY_TITLES)

    # -------------------------------------------------------------- 天水日报

    def slot_tsfruit(self):
        rng = self.rng
        rows = [f"{name} {price * rng.choice((0.9, 1.0, 1.1)):.2f}元/公斤"
                for name, price in rng.sample(TS_FRUITS, rng.choice((3, 4)))]
        return self.rows_box(("果价", "果品行情"), rows, title="秦州果品市场今日行情" if rng.random() < 0.5 else "")

    def slot_tsgroup(self):
        return self.group(TS_GROUPS)

    def slot_tsqa(self):
        return self.staff_qa(TS_QUESTIONS)

    # -------------------------------------------------------------- 烟台晚报

    def slot_ytseafood(self):
        rng = self.rng
        rows = [f"{name} {round(price * rng.choice((0.9, 1.0, 1.2)))}元/斤"
                for name, price in rng.sample(YT_SEAFOOD, rng.choice((3, 4, 5)))]
        return self.rows_box(("海鲜价", "今日海鲜价"), rows, title="渔港码头零售价" if rng.random() < 0.5 else "")

    def slot_ytqa(self):
        return self.staff_qa(YT_QUESTIONS, ("YMG：", "记者："))

    # -------------------------------------------------------------- 余姚日报

    def slot_yyberries(self):
        rng = self.rng
        rows = [f"{town} {farm} {price}元/斤" for town, farm, price in rng.sample(YY_ORCHARDS, rng.choice((3, 4)))]
        intro = "杨梅进入采摘旺季，以下采摘点欢迎市民前往：" if rng.random() < 0.5 else ""
        return self.rows_box(("杨梅采摘", "采摘指南"), rows, title="四明山杨梅采摘点" if rng.random() < 0.5 else "",
                             intro=intro)

    def slot_yynotice(self):
        return self.dated_notice(*YY_NOTICES[0], "0574")

    def slot_yygroup(self):
        return self.group(YY_GROUPS)

    # -------------------------------------------------------------- 中国水运报

    def slot_sylead(self):
        return self.decked_story(jump=True)

    def slot_syports(self):
        rng = self.rng
        rows = []
        for port, volume in rng.sample(SY_PORTS, rng.choice((4, 5))):
            move = rng.randrange(-60, 121) / 10
            rows.append(f"{port} {volume + rng.randrange(-300, 300)} {move:+.1f}%")
        return self.table_box(("港口吞吐量", "港口数据"), "部分沿海港口货物吞吐量",
                              rng.choice(("港口 货物吞吐量(万吨) 同比", "港口 吞吐量(万吨) 增速")), rows,
                              ("数据来源：交通运输部", "数据来源：某某港口协会"))

    def slot_synotice(self):
        return self.dated_notice(*SY_NOTICES[0], "0532")

    def slot_sycomment(self):
        return self.signed_piece(SY_TITLES, SY_NOTES, ("水运时评", "水 运 时 评", "航运观察"), ("□", "□ ", "文/"))

    # -------------------------------------------------------------- 中国应急管理报

    def slot_yjwarnings(self):
        rng, day = self.rng, self.ctx.date
        rows = [f"{kind} {area}" for kind, area in rng.sample(YJ_WARNINGS, rng.choice((3, 4)))]
        title = f"{day.month}月{day.day}日预警信息" if rng.random() < 0.5 else ""
        return self.rows_box(("预警信息", "预警发布"), rows, title=title)

    def slot_yjtips(self):
        title, rows = self.uniq(YJ_TIPS, "tips")
        return self.rows_box(("安全提示", "应急提示"), rows, title=title if self.rng.random() < 0.5 else "")

    def slot_yjqa(self):
        return self.staff_qa(YJ_QUESTIONS)

    def slot_yjpinglun(self):
        return self.titled_pinglun(YJ_TITLES)

    # -------------------------------------------------------------- 世界日报

    def slot_sjevents(self):
        rng, day = self.rng, self.ctx.date
        rows = []
        for k, (venue, event) in enumerate(zip(rng.sample(SJ_VENUES, 3), rng.sample(SJ_EVENTS, 3))):
            when = day + datetime.timedelta(days=k + 2)
            rows.append(f"{when.month}月{when.day}日 {rng.choice(('10:00', '14:00', '18:30'))} {venue} {event}")
        return self.rows_box(("社区活动", "侨社活动"), rows, title="本周社区活动" if rng.random() < 0.5 else "")

    def slot_sjcomment(self):
        return self.signed_piece(SJ_TITLES, SJ_NOTES, ("论坛", "论 坛", "读者之声"), ("文／", "文／ ", "■"))


# --------------------------------------------------------------------------- furniture


_ty_top = furniture(
    (0.5, [ln("{n} {sec}", page="{n}"), ln("贵阳日报 {date} {wd}", paper=True, date=True)]),
    [ln("{sec} 第{n}版", page="{n}"), ln("{date} {wd} 责任编辑 {name} 美术编辑 {name}", date=True)],
    front=[masthead("贵阳日报"), "中共贵阳市委机关报", DATED_LUNAR,
           "第{no:20000-20999}期 今日{pages}版 国内统一连续出版物号 CN 52-0000"])
_ty_bottom = furniture((0.5, ["新闻热线：{tel:0851}", "贵阳日报社出版"]), ["本版校对 {name}"])

_ts_top = furniture(
    (0.5, [ln("天水日报 {y}年{m}月{d}日 {wd}", paper=True, date=True), ln("第{n}版 {ssec}", page="{n}")]),
    [ln("{n:02d} {sec} {date} {wd} 编辑 {name}", date=True, page="{n:02d}")],
    front=[masthead("天水日报"), "中共天水市委机关报", DATED_LUNAR, "第{no:11000-11999}期 今日{pages}版 天水日报社出版"])
_ts_bottom = furniture((0.5, ["新闻热线：{tel:0938}", opt(0.5, ["扫码关注天水日报微信公众号"])]), ["责任编辑 {name} 校对 {name}"])

_yt_top = furniture(
    (0.4, [ln("A{n} {sec}", page="A{n}"), ln("{y}年{m}月{d}日 {wd} 责编 {name} 美编 {name}", date=True)]),
    (0.8, [ln("烟台晚报 {date} {wd} {sec} A{n}", paper=True, date=True, page="A{n}")]),
    [])
_yt_bottom = furniture((0.5, [ln("烟台晚报新闻热线 {tel:0535}", paper=True), "YMG报料平台 扫码报料"]), ["校对 {name}"])

_yy_top = furniture(
    (0.5, [ln("{n} {sec}", page="{n}"), ln("余姚日报 {date} {wd}", paper=True, date=True)]),
    [ln("{date} {wd} 第{n}版 {sec} 责任编辑 {name}", date=True, page="{n}")],
    front=[masthead("余姚日报"), "中共余姚市委机关报", DATED_LUNAR, "第{no:8000-8999}期 今日{pages}版 余姚日报社出版"])
_yy_bottom = furniture((0.5, ["新闻热线：{tel:0574}", "余姚发布客户端"]), ["版式 {name} 校对 {name}"])

_sy_top = furniture(
    (0.5, [ln("中国水运报 {y}.{m}.{d}", paper=True, date=True), ln("{n:02d} {sec}", page="{n:02d}")]),
    [ln("{n:02d} | {sec} | 责任编辑 {name}", page="{n:02d}")],
    front=[masthead("中国水运报"), "CHINA WATER TRANSPORT", "交通运输部主管", ln("{date} {wd}", date=True),
           "第{no:5000-5999}期 今日{pages}版 国内统一连续出版物号 CN 42-0000"])
_sy_bottom = furniture((0.5, ["本版校对 {name}"]), [ln("中国水运报 {date}", paper=True, date=True), "编辑部电话：{tel:027}"])

_yj_top = furniture(
    (0.5, [ln("{n} {sec}", page="{n}"), ln("中国应急管理报 {date} {wd}", paper=True, date=True)]),
    [ln("{sec} · 第{n}版", page="{n}"), ln("{date} {wd} 责任编辑 {name} 电话 {tel:010}", date=True)],
    front=[masthead("中国应急管理报"), "应急管理部主管主办", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:3000-3999}期 今日{pages}版 国内统一连续出版物号 CN 11-0000"])
_yj_bottom = furniture((0.5, ["本版校对 {name}", opt(0.5, ["投稿邮箱：yjglb@example.cn"])]), ["读者热线：{tel:010}"])

_sj_top = furniture(
    (0.5, [ln("{sec} | {y}年{m}月{d}日 {wd}", date=True), ln("A{n}", page="A{n}")]),
    [ln("世界日报 {date} {wd} A{n} {sec}", paper=True, date=True, page="A{n}")],
    front=[masthead("世界日报"), "WORLD JOURNAL", DATED, "第{no:17000-17999}号 售价1美元"])
_sj_bottom = furniture((0.5, ["编辑：{name} 美术：{name}"]), ["订报专线：{tel:+1}", "worldjournal.example.com"])


@dataclasses.dataclass
class Fresh16Family(Fresh9Family):
    seed_stride: int = FRESH16_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh16Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh16Builder,
                         justified=True, **kw)


FRESH16_FAMILIES = [
    fam("guiyang_capital", "贵阳日报", _ty_top, _ty_bottom, {by_ty: 1},
        brief_bylines={by_ty_brief: 1}, credits=(cr_ty,), width=(16, 25), blank={"para": 2, "none": 1},
        indent=0.5, letterspace=0.3, displaced=0.2, caption_pool=TY_CAPTIONS, brief_pool=TY_BRIEFS,
        brief_pool_share=0.6, labels={"column": ("县区传真", "筑城简讯"), "bullet": ("●",)},
        plans=((["tylead", "plain", "tyfigures"], {"front": True}),
               (["continuation", "deck", "briefcol"], {"page": 2}),
               (["typinglun", "briefpair", "photo"], {"blank": "every"}),
               (["plainphoto", "deck", "tyfigures"], {"blank": "none", "turn": 1})),
        page_style="cn", sections=("要闻", "经济", "县区")),
    fam("tianshui_city", "天水日报", _ts_top, _ts_bottom, {by_ts: 1},
        brief_bylines={by_ts_brief: 1}, credits=(cr_ts,), width=(14, 22), blank={"para": 2, "every": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.03, displaced=0.3, caption_pool=TS_CAPTIONS, brief_pool=TS_BRIEFS,
        brief_pool_share=0.6, paper_outlet="天水日报", labels={"column": ("县区动态", "天水简讯"), "bullet": ("▶",)},
        plans=((["deck", "photo", "tsfruit"], {"front": True}),
               (["tsqa", "briefcol"], {}),
               (["briefphoto", "deck", "plain"], {"blank": "every"}),
               (["tsgroup", "deck", "tsfruit"], {"blank": "none", "turn": 1})),
        page_style="plain", sections=("天水新闻", "县区", "民生")),
    fam("yantai_evening", "烟台晚报", _yt_top, _yt_bottom, {by_yt: 1},
        brief_bylines={by_yt_brief: 1}, credits=(cr_yt,), width=(12, 18), blank={"para": 1, "every": 2},
        letterspace=0.4, stray_spaces=0.05, doubled=0.2, displaced=0.35, caption_pool=YT_CAPTIONS,
        brief_pool=YT_BRIEFS, brief_pool_share=0.6, labels={"column": ("晚报速递", "身边事"), "bullet": ("★",)},
        plans=((["deck", "plain", "ytseafood"], {}),
               (["ytqa", "briefphoto"], {"blank": "every"}),
               (["plainphoto", "deck", "briefcol"], {"blank": "none"}),
               (["ytseafood", "deck", "brief"], {"blank": "every", "turn": 1})),
        page_style="A", sections=("烟台新闻", "民生", "城事")),
    fam("yuyao_county", "余姚日报", _yy_top, _yy_bottom, {by_yy: 1},
        brief_bylines={by_yy_brief: 1}, credits=(cr_yy,), width=(13, 21), blank={"para": 2, "every": 1},
        indent=0.3, letterspace=0.3, stray_spaces=0.03, doubled=0.1, displaced=0.3, caption_pool=YY_CAPTIONS,
        brief_pool=YY_BRIEFS, brief_pool_share=0.7, paper_outlet="余姚日报",
        labels={"column": ("乡镇街道", "姚城短讯"), "bullet": ("◇",)},
        plans=((["deck", "yyberries", "plain"], {"front": True}),
               (["yygroup", "briefpair", "yynotice"], {"blank": "every"}),
               (["deck", "photo", "briefcol"], {}),
               (["yynotice", "deck", "plainphoto"], {"blank": "none", "turn": 2})),
        page_style="plain", sections=("姚城新闻", "乡镇", "民生")),
    fam("shuiyun_transport", "中国水运报", _sy_top, _sy_bottom, {by_sy: 1},
        brief_bylines={by_sy_brief: 1}, credits=(cr_sy,), width=(15, 24), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.2, stray_spaces=0.02, displaced=0.2, caption_pool=SY_CAPTIONS, brief_pool=SY_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("航运简讯", "港航动态"), "bullet": ("■",)},
        plans=((["sylead", "syports", "plainphoto"], {"front": True}),
               (["continuation", "deck", "briefcol"], {"page": 2}),
               (["sycomment", "synotice"], {"blank": "every"}),
               (["photo", "deck", "syports"], {"blank": "none", "turn": 0})),
        page_style="0", sections=("港口", "航运", "海事")),
    fam("yingji_safety", "中国应急管理报", _yj_top, _yj_bottom, {by_yj: 1},
        brief_bylines={by_yj_brief: 1}, credits=(cr_yj,), width=(15, 23), blank={"para": 2, "none": 1},
        indent=0.5, letterspace=0.3, displaced=0.25, caption_pool=YJ_CAPTIONS, brief_pool=YJ_BRIEFS,
        brief_pool_share=0.6, labels={"column": ("应急简讯", "各地动态"), "bullet": ("◆",)},
        plans=((["deck", "yjwarnings", "plain"], {"front": True}),
               (["yjpinglun", "yjtips", "briefcol"], {}),
               (["yjqa", "briefphoto"], {"blank": "every"}),
               (["plainphoto", "deck", "yjwarnings"], {"blank": "none", "turn": 2})),
        page_style="cn", sections=("要闻", "防灾减灾", "安全生产")),
    fam("shijie_overseas", "世界日报", _sj_top, _sj_bottom, {by_sj: 1},
        brief_bylines={by_sj_brief: 1}, credits=(cr_sj,), width=(14, 20), blank={"para": 2, "none": 1},
        indent=0.3, letterspace=0.1, stray_spaces=0.03, displaced=0.2, caption_pool=SJ_CAPTIONS, brief_pool=SJ_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("侨社新闻", "社区消息"), "bullet": ("●",)},
        plans=((["deck", "sjevents", "photo"], {"front": True}),
               (["sjcomment", "briefpair"], {}),
               (["briefcol", "deck", "plain"], {"blank": "every"}),
               (["plainphoto", "deck", "sjevents"], {"blank": "none", "turn": 2})),
        page_style="A", sections=("纽约新闻", "社区", "论坛")),
]
