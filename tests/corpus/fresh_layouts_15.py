"""A fifteenth set of blind development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator on these pages.  Seven papers the corpus had not imitated, of seven kinds the corpus has
few of (checked by name against the development builders and gold, and against the held-back set only with
a script that names this set's families whose paper a held-back page also has): a prefecture-level city daily of
the north-east (Heilongjiang), a prefecture-level city daily of the south-west (Yunnan), a district paper of a big
city (Shenzhen), a national fund and securities paper, a traditional-medicine health paper, a Shanghai
children's paper and a Hong Kong daily.  Each page of a family follows one of four page plans; byline and
credit forms take turns across a family's pages; every family prints at least two of: two columns read
across, a headline after its text, a briefs column, a photo group, a box or notice, a jump line, a Q&A, a
commentary, a blank line after every line.

* `mudanjiang_city` 牡丹江日报 (Heilongjiang, prefecture-level): a front page with 中共牡丹江市委机关报 and 农历; `本报记者 X`, `本报记者 X 通讯员 Y`,
  `牡丹江日报记者 X`; briefs `本报讯（记者 X）` glued or on a line of their own, or closed by `（记者 X）`; a lead ending in
  a jump line and **page 2 carrying it on**; 本报评论员 commentaries; **今日天气 boxes** (rows `宁安 多云 11～25℃`); a
  numbered photo group; ■ 牡丹江简讯 columns; two briefs read across.
* `qujing_city` 曲靖日报 (Yunnan, prefecture-level): a front page with 中共曲靖市委机关报; `曲靖日报记者 X`, `融媒体记者 X
  通讯员 Y`, `通讯员 X 记者 Y`; briefs closed by `（通讯员 X）` or glued `本报讯（融媒体记者 X）`; **菜价 boxes** (rows
  `鲜辣椒 4.50元/公斤`); interviews `记者：` / the interviewee's name; a brief and a photo read across; ◆ 县域传真 columns.
* `baoan_district` 宝安日报 (深圳宝安区): columns of 12–17 characters, a blank line after every line, stray spaces,
  doubled-glyph and displaced headlines; `宝安日报记者 X`, `记者 X 通讯员 Y`, `文/图 宝安日报记者 X`; briefs closed by
  `（宝安日报记者 X）` or glued `本报讯（记者 X 通讯员 Y）`; **停水通知 boxes** (rows `9时至18时 新安街道某某社区`); Q&A
  `宝安日报：`; `受访者供图`; ● 街道动态 columns; two briefs read across; a brief and a photo read across.
* `jijin_finance` 中国基金报 (深圳): a `CHINA FUND` front page; `中国基金报记者 X`, `见习记者 X 记者 Y`, `记者 X`; briefs glued
  `本报讯（记者 X）` or closed by `（中国基金报记者 X）`; **基金净值 tables** (a label, a title, a column-header row, rows,
  `数据来源：…`); 基金观察 pieces signed `文/X` or by the bare name with an `（作者系…）` note; `视觉中国`, `（资料图片）`;
  ▲ 基金快讯 columns; a lead ending in a jump line and page 2 carrying it on.
* `zhongyiyao_health` 中国中医药报: a front page with 国家中医药管理局主管主办 and 农历; `本报记者 X`, `通讯员 X 记者 Y`,
  `本报记者 X Y`; briefs `本报讯（记者 X 通讯员 Y）` glued or closed by `（通讯员 X）`; **节气养生 boxes** of ①②③ rows;
  杏林漫笔 pieces signed `□X` with an `（作者系…）` note; interviews `记者：` / the doctor's name; ◆ 杏林动态 columns;
  a brief and a photo read across.
* `shaonian_shanghai` 少年日报: columns of 13–18 characters, a blank line after every line on some pages, stray
  spaces; `本报记者 X`, `小记者 X 指导老师 Y`, `记者 X`; briefs closed by `（小记者 X）` or glued `本报讯（记者 X）`;
  **小知识 boxes** (rows `①…`); Q&A `小记者：`; a numbered photo group; ★ 校园快讯 columns; two briefs read across.
* `mingpao_hongkong` 明报 (香港): a `MING PAO` front page; `明报记者 X`, `记者 X 报道`, `【明报专讯】` glued and naming no one;
  briefs opening `【明报专讯】` or `（中央社电）`, naming no one, or closed by `（记者 X）`; **恒指 boxes** (rows `恒生指数
  18,236 升0.8%`); 观点 pieces signed `文：X` or by the bare name with an `（作者是…）` note; credits `明报记者 X 摄`,
  `（资料图片）`, `（网上图片）`; ● 港闻简讯 columns; a brief and a photo read across.

Gold conventions are those of the README; new here: a 今日天气 / 菜价 / 停水通知 / 节气养生 / 小知识 / 恒指 box is an
`infobox` titled with its label (a ■ or 【】 around it dropped), or with the label as kicker when a title
follows; a 基金净值 table is an
`infobox` (its label the kicker, the column-header row its first row), its `数据来源` line a `credit`; `文/图 宝安日报记者
X` makes X author and photographer; `小记者 X 指导老师 Y` names X and Y; `记者 X 报道` names X; `【明报专讯】` and `（中央社电）`
name no one; `受访者供图`, `视觉中国`, `（资料图片）` and `（网上图片）` name no photographer; the 基金观察 / 杏林漫笔 / 观点
labels are furniture.

Seeds: FRESH15_SEED_BASE + FRESH15_SEED_STRIDE*family + 1_000*attempt + n (26_060_001 .. 26_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (captions, photo
groups, briefs, rows, questions, titles and notes); names, figures, phone numbers and addresses are made up.
"""
from __future__ import annotations

import dataclasses
import datetime

from fresh_layouts_3 import story_slot
from fresh_layouts_5 import _credit_turns
from fresh_layouts_9 import Fresh9Family
from fresh_layouts_14 import Fresh14Builder
from layout_kit import (DATED, DATED_LUNAR, TRAIL, Above, Form, _turn, chosen, furniture, ln, masthead, opt, shown,
                        turns)
from synthesize import Byline

FRESH15_SEED_BASE = 26_000_000
FRESH15_SEED_STRIDE = 60_000

# --------------------------------------------------------------------------- filler (written for this corpus)

MD_SKIES = (("市区", "晴", "12～26℃"), ("宁安", "多云", "11～25℃"), ("海林", "小雨", "10～21℃"),
            ("穆棱", "阴转小雨", "11～23℃"), ("东宁", "晴", "13～28℃"), ("林口", "多云", "12～27℃"))
MD_GROUPS = [
    ("黑土地上春耕忙", ["①农机手驾驶播种机在田间作业。", "②种粮大户查看种子发芽情况。", "③农技人员在地头讲解测土配方。"]),
    ("镜泊湖畔 游人如织", ["①游客在吊水楼瀑布前拍照留念。", "②游船驶过湖面。", "③景区工作人员为游客指路。"]),
]
MD_TITLES = ["把黑土地保护好利用好", "让冰雪经济热起来", "把对俄经贸合作做深做实"]
MD_CAPTIONS = [("木耳基地里，工人在晾晒黑木耳。", "木耳丰收"), ("市民在江滨公园晨练。", ""),
               ("牡丹江畔，游客欣赏雾凇美景。", "江畔雾凇")]
MD_BRIEFS = [
    ("农民合作社迎来新订单", "近日，一家农民合作社迎来一批大米新订单，社员们忙着加工装车。"),
    ("社区开设老年书法班", "日前，一个社区开设老年书法班，吸引数十名老人报名。"),
    ("乡村公路完成升级改造", "近日，一条乡村公路完成升级改造，沿线村民出行更方便了。"),
]

QJ_VEGETABLES = (("鲜辣椒", 4.5), ("土豆", 2.8), ("白菜", 1.6), ("番茄", 5.2), ("韭菜", 6.0), ("猪肉", 26.0))
QJ_QUESTIONS = ["这个产业是怎么发展起来的？", "群众的收入有了哪些变化？", "遇到过什么困难？", "下一步有什么打算？"]
QJ_CAPTIONS = [("珠江源景区里，游客在溪边拍照。", "珠江源头"), ("烟农在田间查看烤烟长势。", ""),
               ("花卉基地里，工人在分拣鲜切花。", "花海飘香")]
QJ_BRIEFS = [
    ("村里建起蔬菜冷库", "近日，一个村建成蔬菜冷库，村民采摘的蔬菜可以就近保鲜。"),
    ("乡镇开展农技培训", "日前，一个乡镇开展农技培训，农技人员为种植户讲解病虫害防治。"),
    ("城区新建一批充电桩", "近日，城区新建一批新能源汽车充电桩，方便市民充电。"),
]

BA_STREETS = ("新安街道", "西乡街道", "福永街道", "沙井街道", "松岗街道", "石岩街道")
BA_QUESTIONS = ["创业的想法是怎么来的？", "最难的时候是怎么挺过来的？", "街坊们怎么看？", "接下来还有什么计划？"]
BA_CAPTIONS = [("海滨公园里，市民在海边散步。", "海边漫步"), ("电子厂车间里，工人在调试设备。", ""),
               ("社区图书馆里，孩子们在看书。", "书香社区")]
BA_BRIEFS = [
    ("社区举办邻里节", "近日，一个社区举办邻里节，居民们一起包饺子、做游戏。"),
    ("街道新增一批口袋公园", "日前，街道新增一批口袋公园，居民家门口多了休闲去处。"),
    ("工业园区开设职工夜校", "近日，一个工业园区开设职工夜校，为年轻工人提供技能课程。"),
]

JJ_FUNDS = ("某某成长混合", "某某价值精选", "某某稳健债券", "某某中证500指数", "某某科技创新", "某某消费升级")
JJ_TITLES = ["基金投资要有长期眼光", "别被短期排名牵着走", "定投需要耐心和纪律"]
JJ_NOTES = ("（作者系某某基金公司研究员）", "（作者为财经评论员）", "（作者系某某大学金融学院教师）")
JJ_CAPTIONS = [("投资者在证券营业部查看行情。", "关注行情"), ("基金公司员工在路演现场交流。", ""),
               ("理财经理为客户讲解基金产品。", "理财咨询")]
JJ_BRIEFS = [
    ("多只新基金今日发行", "今日，多只新基金开始发行，涵盖股票型、债券型等类型。"),
    ("基金公司开展投资者教育", "日前，一家基金公司走进社区开展投资者教育活动。"),
    ("指数基金规模稳步增长", "近期，指数基金规模稳步增长，受到不少投资者关注。"),
]

ZY_TIPS = [
    ("夏至养生", ["①起居宜晚睡早起，中午适当小憩", "②饮食宜清淡，少吃生冷", "③运动避开正午高温"]),
    ("秋分养生", ["①早睡早起，注意添衣", "②多吃润燥食物，少吃辛辣", "③保持心情舒畅"]),
]
ZY_TITLES = ["把中医药服务送到百姓身边", "传承精华更要守正创新", "让年轻中医有用武之地"]
ZY_NOTES = ("（作者系某某中医院主任医师）", "（作者为某某中医药大学教授）", "（作者系基层中医馆医生）")
ZY_QUESTIONS = ["这个季节要注意什么？", "哪些人群更需要调理？", "饮食上有哪些讲究？", "有没有简单易行的方法？"]
ZY_CAPTIONS = [("中医师在社区义诊中为居民把脉。", "义诊进社区"), ("药师在中药房里调配药材。", ""),
               ("学生在药用植物园里辨识草药。", "认识草药")]
ZY_BRIEFS = [
    ("中医馆开设夜间门诊", "近日，一家中医馆开设夜间门诊，方便上班族就诊。"),
    ("中医药文化进校园", "日前，中医药文化进校园活动举办，学生们体验了香囊制作。"),
    ("基层中医适宜技术培训班开班", "近日，一期基层中医适宜技术培训班开班，数十名乡村医生参加。"),
]

SN_FACTS = [
    ("你知道吗", ["①蜜蜂跳“8字舞”告诉同伴花在哪里", "②竹子是长得最快的植物之一", "③企鹅不会飞，却是游泳高手"]),
    ("科学小知识", ["①彩虹总是出现在太阳对面的天空", "②声音在水里传得比在空气里快", "③月亮本身不会发光"]),
]
SN_QUESTIONS = ["你是怎么喜欢上这件事的？", "遇到困难时你怎么办？", "同学们怎么看？", "你有什么话想对小读者说？"]
SN_GROUPS = [
    ("我们的植物角", ["①同学们给绿萝浇水。", "②小组成员记录豆芽的生长。", "③老师和同学们一起给植物挂名牌。"]),
    ("快乐运动会", ["①接力赛场上，同学们奋力奔跑。", "②拔河比赛进入关键时刻。", "③获奖同学展示奖牌。"]),
]
SN_CAPTIONS = [("同学们在操场上放风筝。", "放风筝"), ("小朋友在图书馆里安静读书。", ""),
               ("少先队员在社区参加志愿服务。", "小小志愿者")]
SN_BRIEFS = [
    ("学校举办读书节", "近日，一所小学举办读书节，同学们交换图书、分享读后感。"),
    ("少先队员走进科技馆", "日前，一群少先队员走进科技馆，体验了许多有趣的科学实验。"),
    ("校园种植园迎来丰收", "近日，一所学校的种植园迎来丰收，同学们收获了自己种的蔬菜。"),
]

MP_INDEXES = (("恒生指数", 18236), ("国企指数", 6412), ("恒生科技指数", 3856), ("红筹指数", 3711))
MP_TITLES = ["年轻人置业需要更多支援", "旧区重建不能只看数字", "让长者安享晚年"]
MP_NOTES = ("（作者是大学讲师）", "（作者是社工）", "（作者是退休公务员）")
MP_CAPTIONS = [("电车驶过闹市街头。", "叮叮电车"), ("市民在海滨长廊散步。", ""), ("游客在山顶俯瞰维港景色。", "维港夜色")]
MP_BRIEFS = [
    ("社区中心开办长者电脑班", "一个社区中心日前开办长者电脑班，教长者使用智能手机。"),
    ("公共图书馆延长开放时间", "公共图书馆日前宣布延长开放时间，方便市民下班后借书。"),
    ("海滩救生员人手增加", "有关部门日前增加海滩救生员人手，提醒泳客注意安全。"),
]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_md = chosen(Above("本报记者 {0!l}"), Above("本报记者 {0!l} 通讯员 {1}", 2), Above("牡丹江日报记者 {0!l}"),
               turn="by", drawn=2)
by_md_brief = turns(Form("本报讯（记者 {0}）", line_share=0.3), Form("（记者 {0}）", **TRAIL))

by_qj = chosen(Above("曲靖日报记者 {0!l}"), Above("融媒体记者 {0!l} 通讯员 {1}", 2), Above("通讯员 {0} 记者 {1!l}", 2),
               turn="by", drawn=2)
by_qj_brief = turns(Form("（通讯员 {0}）", **TRAIL), Form("本报讯（融媒体记者 {0}）"))

by_ba = chosen(Above("宝安日报记者 {0!l}"), Above("记者 {0!l} 通讯员 {1}", 2), Above("文/图 宝安日报记者 {0!l}", photo=True),
               turn="by", drawn=2)
by_ba_brief = turns(Form("（宝安日报记者 {0}）", **TRAIL), Form("本报讯（记者 {0} 通讯员 {1}）", 2))

by_jj = chosen(Above("中国基金报记者 {0!l}"), Above("见习记者 {0} 记者 {1!l}", 2), Above("记者 {0!l}"),
               turn="by", drawn=2)
by_jj_brief = turns(Form("本报讯（记者 {0}）"), Form("（中国基金报记者 {0}）", **TRAIL))

by_zy = chosen(Above("本报记者 {0!l}"), Above("通讯员 {0} 记者 {1!l}", 2), Above("本报记者 {0!l} {1}", 2),
               turn="by", drawn=2)
by_zy_brief = turns(Form("本报讯（记者 {0} 通讯员 {1}）", 2), Form("（通讯员 {0}）", **TRAIL))

by_sn = chosen(Above("本报记者 {0!l}"), Above("小记者 {0} 指导老师 {1}", 2), Above("记者 {0!l}"), turn="by", drawn=2)
by_sn_brief = turns(Form("（小记者 {0}）", **TRAIL), Form("本报讯（记者 {0}）"))


def by_mp(ctx, item):
    """明报记者 X / 记者 X 报道 / 【明报专讯】 glued and naming no one."""
    k = _turn(ctx, "by", 3)
    if k == 2:
        return Byline([], glue="【明报专讯】", hint="plain")
    a = ctx.name()
    return Byline([a], before=[f"明报记者 {shown(ctx, a)}" if k == 0 else f"记者 {shown(ctx, a)} 报道"])


def by_mp_brief(ctx, item):
    """【明报专讯】 or （中央社电） glued, naming no one, or closed by （记者 X）."""
    k = _turn(ctx, "brief", 3)
    if k < 2:
        return Byline([], glue=("【明报专讯】", "（中央社电）")[k], hint="plain")
    a = ctx.name()
    return Byline([a], trail=f"（记者 {a}）", hint="paren")


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


cr_md = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）", "牡丹江日报记者 {n} 摄"))
cr_qj = _credit_turns(("曲靖日报记者 {n} 摄", "通讯员 {n} 摄", "（{n} 摄）"))
cr_ba = _credit_turns(("宝安日报记者 {n} 摄", "受访者供图", "记者 {s}/摄"))
cr_jj = _credit_turns(("视觉中国", "本报记者 {n} 摄", "（资料图片）"))
cr_zy = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）", "（资料图片）"))
cr_sn = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）", "小记者 {n} 摄"))
cr_mp = _credit_turns(("明报记者 {n} 摄", "（资料图片）", "（网上图片）"))


# --------------------------------------------------------------------------- builder


class Fresh15Builder(Fresh14Builder):

    # -------------------------------------------------------------- 牡丹江日报

    slot_mdlead = story_slot(jump=True)

    slot_mdstory = story_slot(0.4)

    def slot_mdweather(self):
        rng = self.rng
        rows = [f"{city} {sky} {temp}" for city, sky, temp in rng.sample(MD_SKIES, rng.choice((3, 4)))]
        return self.rows_box(("今日天气", "天气"), rows, title="早晚温差较大" if rng.random() < 0.5 else "")

    def slot_mdgroup(self):
        return self.group(MD_GROUPS)

    def slot_mdpinglun(self):
        return self.titled_pinglun(MD_TITLES)

    # -------------------------------------------------------------- 曲靖日报

    slot_qjstory = story_slot(0.3)

    def slot_qjprices(self):
        rng = self.rng
        rows = [f"{name} {price * rng.choice((0.9, 1.0, 1.1)):.2f}元/公斤"
                for name, price in rng.sample(QJ_VEGETABLES, rng.choice((3, 4)))]
        return self.rows_box(("菜价", "今日菜价"), rows, title="农贸市场主要品种零售价" if rng.random() < 0.5 else "")

    def slot_qjqa(self):
        return self.staff_qa(QJ_QUESTIONS)

    # -------------------------------------------------------------- 宝安日报

    slot_bastory = story_slot(0.3)

    def slot_bawater(self):
        """停水通知: the hours and the streets where the water stops, a row each."""
        rng = self.rng
        rows = [f"{rng.choice(('8时至17时', '9时至18时', '22时至次日6时'))} {street}某某社区"
                for street in rng.sample(BA_STREETS, rng.choice((2, 3)))]
        intro = "因供水管道维修，下列区域将暂停供水，请用户提前储水：" if rng.random() < 0.6 else ""
        return self.rows_box(("停水通知", "停水预告"), rows, title="明日部分区域停水" if rng.random() < 0.5 else "",
                             intro=intro)

    def slot_baqa(self):
        return self.staff_qa(BA_QUESTIONS, ("宝安日报：", "记者："))

    # -------------------------------------------------------------- 中国基金报

    slot_jjlead = story_slot(jump=True)

    slot_jjstory = story_slot(0.4)

    def slot_navs(self):
        rng = self.rng
        rows = []
        for name in rng.sample(JJ_FUNDS, rng.choice((4, 5))):
            move = rng.randrange(-180, 181) / 100
            rows.append(f"{name} {rng.randrange(8000, 32000) / 10000:.4f} {move:+.2f}%")
        return self.table_box(("基金净值", "净值速览"), "部分基金最新净值", rng.choice(("基金名称 单位净值 日涨跌", "基金 净值 涨跌幅")),
                              rows, ("数据来源：某某基金评价机构", "数据来源：基金公司公告"))

    def slot_jjcomment(self):
        return self.signed_piece(JJ_TITLES, JJ_NOTES, ("基金观察", "基 金 观 察", "投资者说"), ("文/", "文/ ", "■"))

    # -------------------------------------------------------------- 中国中医药报

    slot_zystory = story_slot(0.4)

    def slot_zytips(self):
        title, rows = self.uniq(ZY_TIPS, "tips")
        return self.rows_box(("节气养生", "养生提示"), rows, title=title if self.rng.random() < 0.5 else "")

    def slot_zycomment(self):
        return self.signed_piece(ZY_TITLES, ZY_NOTES, ("杏林漫笔", "杏 林 漫 笔", "中医观察"), ("□", "□ ", "文/"))

    def slot_zyqa(self):
        return self.staff_qa(ZY_QUESTIONS)

    # -------------------------------------------------------------- 少年日报

    slot_snstory = story_slot(0.3)

    def slot_snfacts(self):
        title, rows = self.uniq(SN_FACTS, "facts")
        return self.rows_box(("小知识", "知识窗"), rows, title=title if self.rng.random() < 0.5 else "")

    def slot_snqa(self):
        return self.staff_qa(SN_QUESTIONS, ("小记者：", "记者："))

    def slot_sngroup(self):
        return self.group(SN_GROUPS)

    # -------------------------------------------------------------- 明报

    slot_mpstory = story_slot(0.3)

    def slot_mpindex(self):
        rng = self.rng
        rows = []
        for name, level in MP_INDEXES[: rng.choice((3, 4))]:
            step = rng.randrange(1, 25) / 10
            rows.append(f"{name} {level + rng.randrange(-300, 300):,} {rng.choice(('升', '跌'))}{step}%")
        return self.rows_box(("恒指", "港股收市"), rows, title="港股昨日收市" if rng.random() < 0.5 else "")

    def slot_mpcomment(self):
        return self.signed_piece(MP_TITLES, MP_NOTES, ("观点", "观 点", "论坛"), ("文：", "文：", "■"))


# --------------------------------------------------------------------------- furniture


_md_top = furniture(
    (0.5, [ln("{n} {sec}", page="{n}"), ln("牡丹江日报 {date} {wd}", paper=True, date=True)]),
    [ln("{date} {wd} 第{n}版 {sec}", date=True, page="{n}"), ln("责任编辑 {name} 美术编辑 {name}")],
    front=[masthead("牡丹江日报"), "中共牡丹江市委机关报", DATED_LUNAR,
           "第{no:17000-17999}期 今日{pages}版 国内统一连续出版物号 CN 23-0000"])
_md_bottom = furniture((0.5, ["新闻热线：{tel:0453}", "牡丹江日报社出版"]), ["本版校对 {name}"])

_qj_top = furniture(
    (0.5, [ln("曲靖日报 {y}年{m}月{d}日 {wd}", paper=True, date=True), ln("{n:02d} {ssec}", page="{n:02d}")]),
    [ln("{date} {wd} 第{n}版 {sec} 编辑 {name}", date=True, page="{n}")],
    front=[masthead("曲靖日报"), "中共曲靖市委机关报", DATED_LUNAR, "第{no:9000-9999}期 今日{pages}版 曲靖日报社出版"])
_qj_bottom = furniture((0.5, ["新闻热线：{tel:0874}", opt(0.5, ["曲靖日报客户端 扫码下载"])]), ["责任编辑 {name} 校对 {name}"])

_ba_top = furniture(
    (0.4, [ln("{sec} A{n}", page="A{n}"), ln("{y}年{m}月{d}日 {wd} 责编 {name} 美编 {name}", date=True)]),
    (0.8, [ln("宝安日报 {date} {wd} A{n} {sec}", paper=True, date=True, page="A{n}")]),
    [])
_ba_bottom = furniture((0.5, [ln("宝安日报新闻热线 {tel:0755}", paper=True), "报料微信：某某宝安"]), ["校对 {name}"])

_jj_top = furniture(
    (0.5, [ln("中国基金报 {y}.{m}.{d}", paper=True, date=True), ln("{n:02d} {sec}", page="{n:02d}")]),
    [ln("{n:02d} | {sec} | 编辑 {name} 美编 {name}", page="{n:02d}")],
    front=[masthead("中国基金报"), "CHINA FUND", ln("{date} {wd} 第{no:900-999}期", date=True),
           "国内统一连续出版物号 CN 44-0000 每周一出版"])
_jj_bottom = furniture((0.5, ["本版编辑 {name}"]), [ln("中国基金报 {date}", paper=True, date=True), "客服热线：{tel:0755}"])

_zy_top = furniture(
    (0.5, [ln("{n} {sec}", page="{n}"), ln("中国中医药报 {date} {wd}", paper=True, date=True)]),
    [ln("{sec} · 第{n}版", page="{n}"), ln("{date} {wd} 责任编辑 {name} 电话 {tel:010}", date=True)],
    front=[masthead("中国中医药报"), "国家中医药管理局主管主办", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:6000-6999}期 今日{pages}版 国内统一连续出版物号 CN 11-0000"])
_zy_bottom = furniture((0.5, ["本版校对 {name}", opt(0.5, ["投稿邮箱：zgzyyb@example.cn"])]), ["读者热线：{tel:010}"])

_sn_top = furniture(
    (0.5, [ln("少年日报 {date} {wd}", paper=True, date=True), ln("第{n}版 {sec}", page="{n}")]),
    [ln("{n} {sec} 责任编辑 {name}", page="{n}")],
    front=[masthead("少年日报"), "少年报社出版", DATED, "第{no:2000-2999}期 今日{pages}版 每周三出版"])
_sn_bottom = furniture((0.5, ["小记者热线：{tel:021}"]), ["美术编辑 {name}", "投稿邮箱：snrb@example.cn"])

_mp_top = furniture(
    (0.5, [ln("{sec} | {y}年{m}月{d}日 {wd}", date=True), ln("A{n}", page="A{n}")]),
    [ln("明报 {date} {wd} A{n} {sec}", paper=True, date=True, page="A{n}")],
    front=[masthead("明报"), "MING PAO", DATED, "第{no:20000-20999}号 售价港币10元"])
_mp_bottom = furniture((0.5, ["编辑：{name} 美术：{name}"]), ["读者热线：{tel:+852}", "mingpao.example.hk"])


@dataclasses.dataclass
class Fresh15Family(Fresh9Family):
    seed_stride: int = FRESH15_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh15Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh15Builder, **kw)


FRESH15_FAMILIES = [
    fam("mudanjiang_city", "牡丹江日报", _md_top, _md_bottom, {by_md: 1},
        brief_bylines={by_md_brief: 1}, credits=(cr_md,), width=(16, 24), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.3, displaced=0.25, caption_pool=MD_CAPTIONS, brief_pool=MD_BRIEFS,
        brief_pool_share=0.6, paper_outlet="牡丹江日报", labels={"column": ("牡丹江简讯", "县市传真"), "bullet": ("■",)},
        plans=((["mdlead", "mdweather", "photo"], {"front": True}),
               (["continuation", "mdstory", "briefcol"], {"page": 2}),
               (["mdpinglun", "mdgroup"], {"blank": "every"}),
               (["briefpair", "mdstory", "mdweather"], {"blank": "none", "turn": 1})),
        page_style="plain", sections=("要闻", "经济", "县市")),
    fam("qujing_city", "曲靖日报", _qj_top, _qj_bottom, {by_qj: 1},
        brief_bylines={by_qj_brief: 1}, credits=(cr_qj,), width=(14, 22), blank={"para": 2, "every": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.03, displaced=0.3, caption_pool=QJ_CAPTIONS, brief_pool=QJ_BRIEFS,
        brief_pool_share=0.6, labels={"column": ("县域传真", "曲靖简讯"), "bullet": ("◆",)},
        plans=((["qjstory", "qjprices", "photo"], {"front": True}),
               (["qjqa", "briefcol"], {}),
               (["briefphoto", "qjstory"], {"blank": "every"}),
               (["photo", "qjstory", "qjprices"], {"blank": "none", "turn": 1})),
        page_style="0", sections=("曲靖新闻", "县域", "民生")),
    fam("baoan_district", "宝安日报", _ba_top, _ba_bottom, {by_ba: 1},
        brief_bylines={by_ba_brief: 1}, credits=(cr_ba,), width=(12, 17), blank={"para": 1, "every": 2},
        letterspace=0.4, stray_spaces=0.05, doubled=0.2, displaced=0.35, caption_pool=BA_CAPTIONS,
        brief_pool=BA_BRIEFS, brief_pool_share=0.6, labels={"column": ("街道动态", "宝安速递"), "bullet": ("●",)},
        plans=((["photo", "bastory", "brief"], {}),
               (["baqa", "briefpair"], {"blank": "every"}),
               (["bawater", "briefcol", "bastory"], {"blank": "none"}),
               (["briefphoto", "bastory", "bawater"], {"blank": "every", "turn": 1})),
        page_style="A", sections=("宝安新闻", "街道", "民生")),
    fam("jijin_finance", "中国基金报", _jj_top, _jj_bottom, {by_jj: 1},
        brief_bylines={by_jj_brief: 1}, credits=(cr_jj,), width=(15, 23), blank={"para": 2, "none": 1},
        indent=0.3, letterspace=0.2, stray_spaces=0.02, displaced=0.2, caption_pool=JJ_CAPTIONS, brief_pool=JJ_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("基金快讯", "机构动态"), "bullet": ("▲",)},
        plans=((["jjlead", "navs", "photo"], {"front": True}),
               (["continuation", "jjstory", "briefcol"], {"page": 2}),
               (["jjcomment", "navs"], {"blank": "every"}),
               (["photo", "jjstory", "brief"], {"blank": "none", "turn": 1})),
        page_style="0", sections=("基金", "公司", "市场")),
    fam("zhongyiyao_health", "中国中医药报", _zy_top, _zy_bottom, {by_zy: 1},
        brief_bylines={by_zy_brief: 1}, credits=(cr_zy,), width=(15, 24), blank={"para": 2, "none": 1},
        indent=0.5, letterspace=0.3, displaced=0.25, caption_pool=ZY_CAPTIONS, brief_pool=ZY_BRIEFS,
        brief_pool_share=0.6, labels={"column": ("杏林动态", "中医药简讯"), "bullet": ("◆",)},
        plans=((["zystory", "zytips", "photo"], {"front": True}),
               (["zycomment", "briefcol"], {}),
               (["zyqa", "briefphoto"], {"blank": "every"}),
               (["zytips", "zystory", "brief"], {"blank": "none", "turn": 1})),
        page_style="cn", sections=("要闻", "临床", "养生")),
    fam("shaonian_shanghai", "少年日报", _sn_top, _sn_bottom, {by_sn: 1},
        brief_bylines={by_sn_brief: 1}, credits=(cr_sn,), width=(13, 18), blank={"para": 1, "every": 1},
        indent=0.3, letterspace=0.2, stray_spaces=0.04, doubled=0.1, displaced=0.3, caption_pool=SN_CAPTIONS,
        brief_pool=SN_BRIEFS, brief_pool_share=0.7,
        labels={"column": ("校园快讯", "红领巾快讯"), "bullet": ("★",)},
        plans=((["snstory", "snfacts", "photo"], {"front": True}),
               (["snqa", "briefpair"], {"blank": "every"}),
               (["sngroup", "snstory"], {"group_credit": "本组照片由小记者 {n} 摄"}),
               (["briefcol", "snstory", "snfacts"], {"blank": "none", "turn": 1})),
        page_style="plain", sections=("校园", "成长", "科学")),
    fam("mingpao_hongkong", "明报", _mp_top, _mp_bottom, {by_mp: 1},
        brief_bylines={by_mp_brief: 1}, credits=(cr_mp,), width=(14, 20), blank={"para": 2, "none": 1},
        indent=0.3, letterspace=0.1, stray_spaces=0.03, displaced=0.2, caption_pool=MP_CAPTIONS, brief_pool=MP_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("港闻简讯", "社区消息"), "bullet": ("●",)},
        plans=((["mpstory", "mpindex", "photo"], {"front": True}),
               (["mpcomment", "brief", "brief"], {}),
               (["briefcol", "mpstory"], {"blank": "every"}),
               (["briefphoto", "mpstory", "mpindex"], {"blank": "none", "turn": 1})),
        page_style="A", sections=("港闻", "经济", "观点")),
]
