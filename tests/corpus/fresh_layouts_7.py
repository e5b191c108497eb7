"""A seventh set of blind development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, the development
family files as examples, articles.yml), never the segmenter or evaluate.py's scoring.  Seven papers
the corpus had not imitated (checked by name against the development builders; the held-back builders
were not opened): a national financial paper, an autonomous region's party daily, a prefecture-level
city daily, a prefecture-level evening paper, a county-level city paper, a weather industry paper and a
Macao daily; each page of a family follows one of four page plans.

* `zhongzheng_business` 中国证券报: a `CHINA SECURITIES JOURNAL` front page with 新华通讯社主管主办 and
  中证网; **行情 tables** (a label, a title, a column-header row `指数 收盘 涨跌幅`, rows, `数据来源：…`);
  **机构观点 boxes** of ● rows; interviews labelled `中国证券报记者：` / `中国证券报：` and the interviewee's
  name; `本报记者 X`, `中国证券报·中证网记者 X`, `本报记者 X Y`; briefs `中证网讯（记者 X）` glued (not
  本报讯) or closed by `（记者 X）`; `新华社图片`; a lead story ending in a jump line.
* `xinjiang_provincial` 新疆日报: a front page with 中共新疆维吾尔自治区委员会机关报, 汉文版, 农历 and 第N期;
  a lead under `本报乌鲁木齐6月21日讯（记者 X）` or `石榴云/新疆日报讯（记者 X 通讯员 Y）` (not 本报讯) ending in
  a jump line; **page 2 carrying a story on**; 天山时评 pieces signed `■X` / `文/X` or by the bare name
  with an `（作者系…）` note; ● 地州传真 columns; `石榴云/新疆日报记者 X 通讯员 Y`, `新疆日报记者 X`,
  `□本报记者 X 本报通讯员 Y`, `本报讯（记者 X）` glued or above the text.
* `gannan_city` 赣南日报 (赣州): `赣南日报全媒体记者 X`, `全媒体记者 X 通讯员 Y`, `赣南日报全媒体记者 X 文/图`;
  briefs `本报讯（全媒体记者 X 通讯员 Y）` or closed by `（全媒体记者 X）`; **公示 notices** (a title, an intro,
  numbered rows, a closing line, the issuer and the date); a **numbered photo group** under one shared
  credit; ◎ 县区传真 columns; a brief and a photo read across two columns; one-line headers
  `赣南日报 date 03 要闻`, or the date only in the footer.
* `gusu_evening` 姑苏晚报 (苏州): narrow columns of 12–16 characters, a blank line after every line, stray
  spaces, doubled-glyph and displaced headlines; `姑苏晚报记者 X`, `□姑苏晚报记者 X 文/摄`, `记者 X 见习记者 Y`;
  briefs closed by `（姑苏晚报记者 X）` or glued `本报讯（记者 X）`; **活动预告 / 周末去哪儿 boxes** (rows of date,
  hour, place and event); interviews `记者：` / the interviewee's name; two briefs read across columns; a page
  with no header (the paper only in the footer's hotline).
* `zhuji_county` 诸暨日报 (a county-level city paper): a front page with 中共诸暨市委机关报 and 农历;
  `记者 X 通讯员 Y`, `融媒体记者 X`, `通讯员 X 记者 Y` (the correspondent first); briefs `本报讯（记者 X
  通讯员 Y）` or `本报讯（通讯员 X）` glued; ▲ 镇乡传真 columns; town-supplied pictures (`（枫桥镇供图）`,
  `图片由店口镇提供`); ads mid-page; **便民信息 boxes** of service lines; two briefs read across columns.
* `qixiang_industry` 中国气象报: a `CHINA METEOROLOGICAL NEWS` front page with 中国气象局主管主办 and 农历;
  **城市天气预报 boxes** (rows `北京 晴转多云 22～33℃ 南风2级`) under a label and a title or not; **气象预警
  boxes** (a label, a title `中央气象台发布暴雨蓝色预警`, an intro, rows of areas and advice); 气象科普
  interviews `问：/答：` or `记者：` / the expert's name; ● 气象动态 columns; `本报记者 X`, `中国气象报记者 X
  通讯员 Y`, `本报记者 X 实习生 Y`; `气象部门供图`.
* `aomen_daily` 澳门日报: a `MACAO DAILY NEWS` front page with 农历 and 今日出纸N叠; local news opening
  `【本报消息】` glued to the text, closed by `（记者 X）` or by nothing; `本报记者 X`; dispatches
  `新华社北京二十一日电（记者 X Y）` (days in Chinese numerals); **外币兑换 tables** (a label, a title, a
  column-header row, rows, `数据来源：…`); ◆ 社团消息 columns; headers `A3 澳闻` over the date.

Gold conventions are those of the README; new here (stated in the README's section too):

* a 行情 / 外币兑换 table is an `infobox` (its label the kicker, the column-header row its first row), its
  `数据来源` line a `credit`; a 机构观点 / 活动预告 / 便民信息 / 城市天气预报 / 气象预警 box is an `infobox`
  whose body is its intro (if any) and its rows as printed, titled with its label (no decoration), or
  with the label as kicker when a title follows;
* a 公示 is an `infobox` with no authors: intro, rows and closing line are its body, the issuer and date
  lines `byline` lines naming no person;
* `中证网讯（记者 X）`, `本报乌鲁木齐6月21日讯（记者 X）`, `石榴云/新疆日报讯（…）`, `【本报消息】` and
  `新华社北京二十一日电（记者 X Y）` are not 本报讯 (the item is an `article` unless a trailing `（记者 X）`
  credit makes a short one a `brief`); each names its persons as authors;
* `赣南日报全媒体记者 X 文/图` and `□姑苏晚报记者 X 文/摄` make X author and photographer; `新华社图片`,
  `气象部门供图` and town-supplied pictures name no photographer;
* a 天山时评 label is furniture; the piece is an `article` by the person signed (its note a `credit` line).

Seeds: FRESH7_SEED_BASE + 100_000*family + 1_000*attempt + n (18_100_001 .. 18_749_999), above the sixth
blind set and every held-back set.  All text comes from articles.yml or from the short filler below,
written for this corpus (captions, briefs, rows, views, events, notices, questions, titles and notes);
names, figures, phone numbers and addresses are made up.
"""
from __future__ import annotations

import dataclasses
import datetime

from fresh_layouts import short_lunar
from fresh_layouts_2 import F, _d, _pooled_credit, _shown, _town_credit
from fresh_layouts_3 import story_slot
from fresh_layouts_5 import _credit_turns, _turn
from fresh_layouts_6 import Fresh6Builder, Fresh6Family
from layout_kit import DATED, DATED_LUNAR, TRAIL, Above, Form, chosen, form, furniture, ln, masthead, turns
from newest_layouts import cn_numeral_date, cn_small
from synthesize import Byline, cn_date, lunar, phone, spaced, weekday

FRESH7_SEED_BASE = 18_000_000

# --------------------------------------------------------------------------- filler (written for this corpus)

ZZ_INDICES = ("上证指数", "深证成指", "创业板指", "沪深300", "科创50", "北证50", "中证500")
ZZ_VIEWS = [
    ("下半年市场怎么走", ["●某某证券：市场估值处于历史较低区间，中长期配置价值凸显。",
                          "●某某基金：关注业绩确定性较强的高股息板块。",
                          "●某某资管：科技成长方向仍有结构性机会，注意控制仓位。"]),
    ("债市后市如何看", ["●某某证券：资金面有望保持合理充裕，债市整体偏稳。",
                        "●某某银行理财：短久期品种性价比较高。",
                        "●某某基金：信用债需关注个券风险。",
                        "●某某研究所：利率中枢或将小幅下移。"]),
]
ZZ_QUESTIONS = ["如何看待当前市场的估值水平？", "公司下一步的发展重点是什么？", "投资者最关心的问题有哪些？",
                "政策调整对行业有哪些影响？", "怎样看待行业竞争格局的变化？"]
ZZ_CAPTIONS = [("投资者在证券营业部关注行情。", "关注行情"), ("上市仪式现场，嘉宾共同敲钟。", ""),
               ("工人在生产线上组装新能源汽车电池。", "产业升级")]
ZZ_BRIEFS = [
    ("多家上市公司发布回购计划", "近日，多家上市公司发布股份回购计划，拟使用自有资金回购公司股份。"),
    ("公募基金新发规模回升", "今年以来，公募基金新发规模有所回升，债券型基金发行较为活跃。"),
    ("科创板公司研发投入增长", "统计显示，科创板公司研发投入总额同比增长，研发人员数量继续增加。"),
]

XJ_PLACES = ("乌鲁木齐", "喀什", "伊宁", "阿克苏", "库尔勒", "哈密")
XJ_TITLES = ["让特色产业成为致富产业", "把文旅热度转化为发展动能", "用心用情办好民生实事", "以实干推动高质量发展"]
XJ_NOTES = ("（作者系本报评论员）", "（作者单位：某高校马克思主义学院）", "（作者系自治区某研究院研究员）")
XJ_CAPTIONS = [("博斯腾湖畔，游客乘船观赏湖光。", "湖光"), ("棉田里，采棉机正在作业。", ""),
               ("赛里木湖边，骑行爱好者迎着晨光出发。", "环湖骑行")]
XJ_BRIEFS = [
    ("一批农产品销往内地市场", "近日，一批红枣、核桃等特色农产品装车发往内地，进入各大商超。"),
    ("冬季旅游推介活动举行", "日前，一场冬季旅游推介活动举行，推出多条冰雪旅游精品线路。"),
    ("职业技能大赛落幕", "近日，一场职业技能大赛落幕，来自各地州的选手同台竞技。"),
]

GN_GROUPS = [
    ("脐橙花开满山香", ["①果农在果园里疏花。", "②蜜蜂在脐橙花间采蜜。", "③游客在果园里拍照留念。"]),
    ("古城墙下新市集", ["①市民在夜市选购小商品。", "②摊主制作客家小吃。", "③孩子们在广场上玩耍。"]),
]
GN_NOTICES = [
    ("关于第三批市级文明村镇拟命名名单的公示",
     "根据评选工作安排，经推荐、审核，现将拟命名名单予以公示（排名不分先后）：",
     ["一、章贡区某某镇某某村", "二、南康区某某镇某某村", "三、赣县区某某乡某某村", "四、于都县某某镇"],
     "公示期为{a}至{b}。如有异议，请在公示期内向市文明办反映。联系电话：{p}。", "赣州市精神文明建设委员会办公室"),
    ("关于拟推荐市级非物质文化遗产代表性项目的公示",
     "经专家评审，现将拟推荐项目予以公示：",
     ["1.客家擂茶制作技艺", "2.采茶戏表演艺术", "3.客家围屋营造技艺"],
     "公示期间如有异议，请以书面形式向市文化部门反映。联系电话：{p}。", "赣州市某某文化部门"),
]
GN_CAPTIONS = [("章江两岸华灯初上。", "江畔夜色"), ("村民在稻田里收割早稻。", ""),
               ("通天岩景区游人如织。", "古岩新游")]
GN_BRIEFS = [
    ("一批家居企业参加展会", "日前，一批家居企业组团参加展会，带去实木家具新品。"),
    ("乡村振兴培训班开班", "近日，一期乡村振兴专题培训班开班，学员来自各县区乡镇。"),
    ("城区新增一批停车泊位", "今年以来，中心城区新增一批公共停车泊位，缓解了停车难问题。"),
]

GS_PLACES = ("苏州博物馆", "平江路", "金鸡湖畔", "苏州图书馆", "虎丘景区", "昆曲博物馆")
GS_EVENTS = ("“江南雅集”主题导览", "亲子手工体验课", "评弹专场演出", "城市阅读分享会", "非遗市集", "露天电影放映")
GS_QUESTIONS = ["这项活动是怎么发起的？", "参加的市民多吗？", "活动中有什么让你印象深刻？", "接下来还有什么计划？",
                "市民可以通过什么方式参与？"]
GS_CAPTIONS = [("平江路上，游客乘坐摇橹船游览古城。", "古城摇橹"), ("市民在金鸡湖畔散步。", ""),
               ("拙政园里荷花盛开。", "荷风")]
GS_BRIEFS = [
    ("古城区新增一批便民服务点", "近日，古城区新增一批便民服务点，提供修鞋、配钥匙等服务。"),
    ("夏季游泳场馆开放", "入夏以来，市区多个游泳场馆陆续开放，部分场馆延长了开放时间。"),
    ("社区开设暑期托管班", "日前，多个社区开设暑期托管班，解决双职工家庭看护难题。"),
]

ZJ_TOWNS = ("枫桥镇", "店口镇", "大唐街道", "山下湖镇", "次坞镇", "五泄镇")
ZJ_SERVICES = ["城区供水抢修电话：{p}", "燃气报修电话：{p}", "市民服务热线：12345", "城区公交咨询：{p}",
               "防汛值班电话：{p}", "社区医疗服务中心：{p}"]
ZJ_ADS = [("袜艺博览会 展位火热预订中", "招展热线：{p}"), ("某某家居广场 周年庆 全场特惠", "咨询热线：{p}")]
ZJ_CAPTIONS = [("香榧林里，村民在采收香榧。", "香榧飘香"), ("珍珠养殖户在塘里查看珠蚌。", ""),
               ("游客在五泄景区观赏瀑布。", "五泄飞瀑")]
ZJ_BRIEFS = [
    ("袜业企业拓展海外市场", "近日，一批袜业企业组团参加境外展会，拿下多份订单。"),
    ("镇村道路提升工程完工", "日前，一条镇村道路提升工程完工，方便了沿线群众出行。"),
    ("文化礼堂开展纳凉晚会", "近日，村文化礼堂开展纳凉晚会，村民自编自演节目。"),
]

QX_CITIES = (("北京", "22～33℃"), ("上海", "25～31℃"), ("广州", "26～34℃"), ("武汉", "24～35℃"), ("成都", "21～29℃"),
             ("哈尔滨", "16～27℃"), ("乌鲁木齐", "18～32℃"), ("昆明", "16～24℃"))
QX_SKIES = ("晴", "多云", "晴转多云", "阴转小雨", "雷阵雨", "中雨转阵雨")
QX_WINDS = ("南风2级", "东南风3级", "北风1～2级", "微风", "西北风3～4级")
QX_WARNINGS = [
    ("暴雨", ["江西北部、浙江西部、安徽南部有大到暴雨。", "湖南东北部、湖北东南部局地有大暴雨。",
              "请注意防范强降雨可能引发的山洪和地质灾害。"]),
    ("高温", ["河北南部、河南北部、山东西部最高气温37～39℃。", "新疆吐鲁番盆地局地可达40℃以上。",
              "请减少午后户外活动，注意防暑降温。", "电力部门应注意高峰用电。"]),
]
QX_QUESTIONS = ["这轮降雨有什么特点？", "公众出行要注意什么？", "气象预报的准确率有多高？", "高温天气会持续多久？",
                "农业生产要做好哪些准备？"]
QX_CAPTIONS = [("观测员在地面观测场巡视仪器。", "例行观测"), ("雷达站矗立在山顶。", ""),
               ("预报员在会商室分析天气形势。", "天气会商")]
QX_BRIEFS = [
    ("一批自动气象站完成升级", "近日，一批自动气象站完成升级改造，观测要素更加齐全。"),
    ("气象科普进校园活动举行", "日前，一场气象科普进校园活动举行，学生们参观了观测场。"),
    ("人工增雨作业缓解旱情", "近日，多地抓住有利天气条件开展人工增雨作业，有效缓解旱情。"),
]

AM_CURRENCIES = (("美元", 8.04), ("港元", 1.03), ("人民币", 1.11), ("欧元", 8.68), ("英镑", 10.21), ("日元", 0.052),
                 ("新台币", 0.25))
AM_CAPTIONS = [("议事亭前地游人如织。", "假日人潮"), ("大三巴牌坊下，旅客拍照留念。", ""),
               ("社团义工探访长者。", "关怀长者")]
AM_BRIEFS = [
    ("社团举办长者联欢会", "日前，一个社团举办长者联欢会，数百名长者欢聚一堂。"),
    ("青年创业分享会举行", "近日，一场青年创业分享会举行，多位青年创业者分享经验。"),
    ("中学生科技比赛颁奖", "日前，一项中学生科技比赛举行颁奖礼，多所学校获奖。"),
]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_zz = chosen(Above("本报记者 {0!l}"), Above("中国证券报·中证网记者 {0!l}"), Above("本报记者 {0!l} {1!l}", 2), turn="by")


by_zz_brief = turns(Form("中证网讯（记者 {0}）", hint="plain"), Form("（记者 {0}）", **TRAIL))


by_xj = chosen(
    Above("石榴云/新疆日报记者 {0!l} 通讯员 {1}", 2),
    Above("新疆日报记者 {0!l}"),
    Above("{c0}本报记者 {0!l} 本报通讯员 {1}", 2, choices=(("□", "□ ", ""),)), turn="by", drawn=2)


def by_xj_dated(ctx, item):
    """本报乌鲁木齐6月21日讯（记者 X） / 石榴云/新疆日报讯（…）: not 本报讯."""
    rng = ctx.rng
    a = ctx.name()
    if rng.random() < 0.5:
        d = _d(ctx)
        return Byline([a], glue=f"本报{rng.choice(XJ_PLACES)}{d.month}月{d.day}日讯（记者 {a}）")
    b = ctx.name()
    return Byline([a, b], glue=f"石榴云/新疆日报讯（记者 {a} 通讯员 {b}）")


by_xj_xun = form("本报讯（记者 {0}）", line_share=0.4)


by_gn = chosen(
    Above("赣南日报全媒体记者 {0!l}"),
    Above("全媒体记者 {0!l} 通讯员 {1}", 2),
    Above("赣南日报全媒体记者 {0!l} 文/图", photo=True), turn="by")


by_gn_brief = turns(Form("本报讯（全媒体记者 {0} 通讯员 {1}）", 2), Form("（全媒体记者 {0}）", **TRAIL))


by_gs = chosen(
    Above("姑苏晚报记者 {0!l}"),
    Above("□姑苏晚报记者 {0!l} 文/摄", photo=True),
    Above("记者 {0!l} 见习记者 {1!l}", 2), turn="by")


by_gs_brief = turns(Form("（姑苏晚报记者 {0}）", **TRAIL), Form("本报讯（记者 {0}）"))


by_zj = chosen(Above("记者 {0!l} 通讯员 {1}", 2), Above("融媒体记者 {0!l}"), Above("通讯员 {0} 记者 {1!l}", 2), turn="by", drawn=2)


by_zj_brief = turns(Form("本报讯（记者 {0} 通讯员 {1}）", 2), Form("本报讯（通讯员 {0}）"))


by_qx = chosen(Above("本报记者 {0!l}"), Above("中国气象报记者 {0!l} 通讯员 {1}", 2), Above("本报记者 {0!l} 实习生 {1}", 2), turn="by")


by_qx_brief = turns(Form("本报讯（记者 {0} 通讯员 {1}）", 2), Form("（通讯员 {0}）", **TRAIL))


def by_am(ctx, item):
    a = ctx.name()
    r = _turn(ctx, "by", 3)
    if r == 0:
        return Byline([a], glue="【本报消息】", trail=f"（记者 {a}）", hint="paren")
    if r == 1:
        return Byline([a], before=[f"本报记者 {_shown(ctx, a)}"])
    b = ctx.name()
    return Byline([a, b], glue=f"新华社北京{cn_small(_d(ctx).day)}日电（记者 {a} {b}）")


by_am_brief = turns(Form("（记者 {0}）", **TRAIL, glue="【本报消息】"), Form("【本报消息】", 0, hint="plain"))


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


cr_zz = _credit_turns(("本报记者 {n} 摄", "新华社图片", "（{n} 摄）"))
cr_xj = _credit_turns(("石榴云/新疆日报记者 {n} 摄", "（{n} 摄）", "本报记者 {s}/摄"))
cr_gn = _credit_turns(("赣南日报全媒体记者 {n} 摄", "（{n} 摄）"))
cr_gs = _credit_turns(("姑苏晚报记者 {s} 摄", "记者 {n}/摄"))
cr_qx = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）", "气象部门供图"))
cr_am = _credit_turns(("记者 {n} 摄", "新华社图片", "本报记者 {n} 摄"))
_cr_zj_staff = _credit_turns(("记者 {n} 摄", "（{n} 摄）"))


cr_zj = _pooled_credit(_cr_zj_staff, _town_credit(ZJ_TOWNS))


# --------------------------------------------------------------------------- builder


class Fresh7Builder(Fresh6Builder):

    # -------------------------------------------------------------- 中国证券报

    slot_zzlead = story_slot(jump=True)

    slot_zzstory = story_slot(0.5)

    def slot_indices(self):
        rng, ctx = self.rng, self.ctx
        rows = []
        for name in rng.sample(ZZ_INDICES, rng.choice((4, 5))):
            change = rng.randrange(-250, 250) / 100
            rows.append(f"{name} {rng.randrange(900, 12000)}.{rng.randrange(0, 99):02d} {change:+.2f}%")
        title = f"{ctx.date.month}月{_d(ctx).day}日主要指数收盘" if rng.random() < 0.6 else "主要指数表现"
        return self.table_box(("行情速览", "市场数据", "数据"), title, rng.choice(("指数 收盘 涨跌幅", "名称 收盘点位 涨跌幅")),
                              rows, ("数据来源：Wind", "数据来源：交易所网站"))

    def slot_views(self):
        rng = self.rng
        title, rows = self.uniq(ZZ_VIEWS, "views")
        return self.box(rng.choice(("机构观点", "机构看市")), rows, title=title if rng.random() < 0.6 else "",
                        decorations=("", "■", "【{}】"))

    def slot_zzqa(self):
        return self.staff_qa(ZZ_QUESTIONS, ("中国证券报记者：", "中国证券报："))

    # -------------------------------------------------------------- 新疆日报

    slot_xjlead = story_slot(dated=by_xj_dated, jump=True)

    slot_xjstory = story_slot(0.5, by_xj_dated, 0.3)

    def slot_xjcomment(self):
        return self.signed_piece(XJ_TITLES, XJ_NOTES, ("天山时评", "天 山 时 评", "新疆观察"), ("■", "文/", "■ "))

    # -------------------------------------------------------------- 赣南日报

    slot_gnstory = story_slot(0.4)

    def slot_gnnotice(self):
        """A 公示: its closing line names the days of the notice period and a phone number."""
        title, intro, rows, closing, issuer = GN_NOTICES[self.opts["notice"]]
        a, b = self.ctx.date + datetime.timedelta(days=1), self.ctx.date + datetime.timedelta(days=7)
        closing = closing.format(a=f"{a.month}月{a.day}日", b=f"{b.month}月{b.day}日", p=phone(self.rng, "0797"))
        return self.notice_box(title, intro, rows, closing, issuer)

    def slot_gngroup(self):
        return self.group(GN_GROUPS)

    # -------------------------------------------------------------- 姑苏晚报

    slot_gsstory = story_slot(0.3)

    def slot_events(self):
        rng, ctx = self.rng, self.ctx
        rows = []
        for k, event in enumerate(rng.sample(GS_EVENTS, rng.choice((3, 4)))):
            day = ctx.date + datetime.timedelta(days=k // 2 + 1)
            rows.append(f"{day.month}月{day.day}日 {rng.randrange(9, 20)}:{rng.choice(('00', '30'))} "
                        f"{rng.choice(GS_PLACES)} {event}{rng.choice(('', '（需预约）', '（免费）'))}")
        title = "本周末文化活动一览" if rng.random() < 0.5 else ""
        return self.box(rng.choice(("活动预告", "周末去哪儿", "活动速递")), rows, title=title,
                        decorations=("", "■", "【{}】", "▲"))

    def slot_gsqa(self):
        return self.staff_qa(GS_QUESTIONS)

    # -------------------------------------------------------------- 诸暨日报

    slot_zjstory = story_slot(0.3)

    def slot_zjad(self):
        rng = self.rng
        head, line = rng.choice(ZJ_ADS)
        return self.furniture(head, line.format(p=phone(rng, "0575")))

    def slot_bianmin(self):
        rng = self.rng
        rows = [r.format(p=phone(rng, "0575")) for r in rng.sample(ZJ_SERVICES, rng.choice((3, 4, 5)))]
        return self.box(rng.choice(("便民信息", "便民热线")), rows, decorations=("", "■", "【{}】"))

    # -------------------------------------------------------------- 中国气象报

    slot_qxstory = story_slot(0.5)

    def slot_forecast(self):
        rng, ctx = self.rng, self.ctx
        rows = [f"{city} {rng.choice(QX_SKIES)} {temp} {rng.choice(QX_WINDS)}"
                for city, temp in rng.sample(QX_CITIES, rng.choice((3, 4, 5)))]
        day = ctx.date + datetime.timedelta(days=1)
        title = f"{day.month}月{day.day}日全国主要城市天气预报" if rng.random() < 0.5 else ""
        return self.box(rng.choice(("城市天气预报", "全国天气", "天气趋势")), rows, title=title, decorations=("", "■", "【{}】"))

    def slot_warning(self):
        rng, ctx = self.rng, self.ctx
        kind, rows = self.uniq(QX_WARNINGS, "warn")
        color = rng.choice(("蓝色", "黄色"))
        intro = f"中央气象台{ctx.date.month}月{ctx.date.day}日6时继续发布{kind}{color}预警："
        return self.box(rng.choice(("气象预警", "预警信息")), rows, title=f"中央气象台发布{kind}{color}预警",
                        intro=intro if rng.random() < 0.7 else "", decorations=("", "■", "【{}】"))

    def slot_qxqa(self):
        rng = self.rng
        src = self.pick(["000-02", "001-02", "002-02", "003-01", "004-01", "002-05", "001-01"])
        labels = ("问：", "答：") if rng.random() < 0.5 else ("记者：", f"{self.ctx.name()}：")
        return self.qa(src, labels, self.styled(self.family.bylines), QX_QUESTIONS)

    # -------------------------------------------------------------- 澳门日报

    slot_amstory = story_slot(0.3)

    def slot_rates(self):
        rng, ctx = self.rng, self.ctx
        rows = []
        for name, mid in rng.sample(AM_CURRENCIES, rng.choice((4, 5))):
            spread = mid * rng.randrange(3, 12) / 1000
            digits = 4 if mid > 0.1 else 5
            rows.append(f"{name} {mid - spread:.{digits}f} {mid + spread:.{digits}f}")
        title = f"{ctx.date.month}月{ctx.date.day}日部分外币兑换参考价"
        return self.table_box(("外币兑换", "外汇牌价", "汇率"), title, rng.choice(("币种 买入价 卖出价", "货币 买入 卖出")),
                              rows, ("数据来源：本澳某银行", "资料来源：某银行"))


# --------------------------------------------------------------------------- furniture


def _zz_top(ctx):
    d, rng, n = ctx.date, ctx.rng, ctx.page_no
    if ctx.front:
        return [F(ctx, "中国证券报", paper=True), F(ctx, "CHINA SECURITIES JOURNAL"), F(ctx, "新华通讯社主管主办"),
                F(ctx, f"{cn_date(d)} {weekday(d)}", date=True),
                F(ctx, f"今日{rng.choice((24, 32, 40))}版 中证网 www.cs.com.cn 国内统一连续出版物号 CN 11-0207")]
    label = f"A{n:02d}"
    if rng.random() < 0.5:
        return [F(ctx, f"{label} {ctx.section}", page=label),
                F(ctx, f"中国证券报 {cn_date(d)} {weekday(d)}", paper=True, date=True)]
    return [F(ctx, f"{ctx.section} | {label}", page=label),
            F(ctx, f"{d.year}年{d.month}月{d.day}日 {weekday(d)} 责任编辑：{ctx.name()} 美编：{ctx.name()}", date=True)]


def _zz_bottom(ctx):
    rng = ctx.rng
    if rng.random() < 0.5:
        return [F(ctx, f"责任编辑：{ctx.name()} 版式设计：{ctx.name()}"), F(ctx, "电话：010-" + str(rng.randrange(6000_0000, 6999_9999)))]
    return [F(ctx, "扫码关注中国证券报微信公众号")]


def _xj_top(ctx):
    d, rng, n = ctx.date, ctx.rng, ctx.page_no
    if ctx.front:
        return [F(ctx, "新疆日报", paper=True), F(ctx, "中共新疆维吾尔自治区委员会机关报"), F(ctx, "汉文版"),
                F(ctx, f"{cn_numeral_date(d)} {weekday(d)}", date=True), F(ctx, f"农历{lunar(d)}"),
                F(ctx, f"第{rng.randrange(24000, 24999)}期 今日{ctx.family_pages}版 国内统一连续出版物号 CN 65-0001")]
    if rng.random() < 0.5:
        return [F(ctx, f"新疆日报 {cn_date(d)} {weekday(d)}", paper=True, date=True), F(ctx, f"第{n}版 {ctx.section}", page=str(n))]
    return [F(ctx, f"{n} | {ctx.section}", page=str(n)),
            F(ctx, f"{d.year}年{d.month}月{d.day}日 责任编辑：{ctx.name()} 版式：{ctx.name()}", date=True)]


_xj_bottom = furniture((0.5, ["扫码下载石榴云客户端", "新闻热线：{tel:0991}"]), ["本版校对：{name}"])


_gn_top = furniture(
    (0.4, [ln("赣南日报 {date} {wd} {n:02d} {sec}", paper=True, date=True, page="{n:02d}")]),
    (0.75, [masthead("赣南日报"), DATED_LUNAR, ln("{n:02d} {sec}", page="{n:02d}")]),
    [ln("{n:02d} | {sec} | 责任编辑 {name}", page="{n:02d}")])


def _gn_bottom(ctx):
    rng = ctx.rng
    d = ctx.date
    lines = [] if ctx.printed_date else [F(ctx, f"{d.year}.{d.month:02d}.{d.day:02d} {weekday(d)}", date=True)]
    if rng.random() < 0.5:
        return lines + [F(ctx, f"新闻热线：{phone(rng, '0797')}"), F(ctx, "扫码下载赣南日报客户端", paper=True)]
    return lines + [F(ctx, f"美术编辑 {ctx.name()} 校对 {ctx.name()}")]


def _gs_top(ctx):
    d, rng, n = ctx.date, ctx.rng, ctx.page_no
    r = rng.random()
    if r < 0.4:
        return [F(ctx, "姑苏晚报", paper=True), F(ctx, f"{d.year}年{d.month}月{d.day}日 {weekday(d)}", date=True),
                F(ctx, f"A{n} {spaced(ctx.section) if len(ctx.section) == 2 else ctx.section}", page=f"A{n}")]
    if r < 0.8:
        return [F(ctx, f"A{n} | {ctx.section}", page=f"A{n}"),
                F(ctx, f"{d.year}.{d.month}.{d.day} 星期{'一二三四五六日'[d.weekday()]} 责编 {ctx.name()} 美编 {ctx.name()} 校对 {ctx.name()}", date=True)]
    return []


_gs_bottom = furniture(
    (0.5, [ln("姑苏晚报新闻热线 {tel:0512}", paper=True), "扫码下载引力播客户端"]),
    ["新闻热线：{tel:0512} 广告热线：{tel:0512}"])


_zj_top = furniture(
    (0.5, [ln("{n:02d} {sec}", page="{n:02d}"), ln("{date} {wd} 责任编辑：{name}", date=True)]),
    [ln("诸暨日报 {y}.{m}.{d} {n:02d} {sec}", paper=True, date=True, page="{n:02d}")],
    front=[masthead("诸暨日报"), "中共诸暨市委机关报", DATED_LUNAR,
           "第{no:7000-7999}期 国内统一连续出版物号 CN 33-0000"])


_zj_bottom = furniture((0.5, ["新闻热线：{tel:0575}", "扫码下载越牛新闻客户端"]), ["本版编辑 {name} 校对 {name}"])


_qx_top = furniture(
    (0.5, [ln("{n} {sec}", page="{n}"), ln("中国气象报 {y}.{m:02d}.{d:02d} {wd}", paper=True, date=True)]),
    [ln("第{n}版 · {sec}", page="{n}"), ln("{date} 编辑 {name} 电话 {tel:010}", date=True)],
    front=[masthead("中国气象报"), "CHINA METEOROLOGICAL NEWS", "中国气象局主管主办", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:8000-8999}期 今日{pages}版 国内统一连续出版物号 CN 11-0227"])


_qx_bottom = furniture((0.5, ["本版校对 {name}", "投稿邮箱：qxb@example.cn"]), ["扫码关注中国气象报微信公众号"])


_am_top = furniture(
    (0.5, [ln("A{n} {sec}", page="A{n}"), DATED]),
    [ln("澳门日报 {date} {wd} A{n}", paper=True, date=True, page="A{n}")],
    front=[masthead("澳门日报"), "MACAO DAILY NEWS", ln("{date} {wd} 农历{slunar}", date=True),
           "今日出纸{pick:六|七|八}叠 澳门日报社出版"])


_am_bottom = furniture((0.5, ["新闻热线：{tel:853}"]), ["编辑：{name} 美术：{name}", "读者来信：amrb@example.cn"])


@dataclasses.dataclass
class Fresh7Family(Fresh6Family):
    pass


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh7Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh7Builder, **kw)


FRESH7_FAMILIES = [
    fam("zhongzheng_business", "中国证券报", _zz_top, _zz_bottom, {by_zz: 1},
        brief_bylines={by_zz_brief: 1}, credits=(cr_zz,), width=(18, 26), blank={"para": 2, "none": 1},
        indent=0.5, letterspace=0.3, caption_pool=ZZ_CAPTIONS, brief_pool=ZZ_BRIEFS, brief_pool_share=0.6,
        plans=((["zzlead", "indices", "brief"], {"front": True}),
               (["zzstory", "views", "photo"], {}),
               (["zzqa", "brief", "brief"], {"blank": "none"}),
               (["indices", "zzstory", "views"], {"blank": "every", "turn": 1})),
        page_style="A0", sections=("要闻", "公司新闻", "市场新闻", "基金")),
    fam("xinjiang_provincial", "新疆日报", _xj_top, _xj_bottom, {by_xj: 1},
        brief_bylines={by_xj_xun: 1}, credits=(cr_xj,), width=(15, 22), blank={"para": 2, "none": 1}, indent=0.5,
        letterspace=0.3, caption_pool=XJ_CAPTIONS, brief_pool=XJ_BRIEFS, brief_pool_share=0.6,
        labels={"column": ("地州传真", "天山南北"), "bullet": ("●",)},
        plans=((["xjlead", "brief", "photo"], {"front": True}),
               (["continuation", "xjstory", "brief"], {"page": 2}),
               (["xjcomment", "xjstory"], {"blank": "every"}),
               (["photo", "xjstory", "briefcol"], {"blank": "none"})),
        page_style="cn", sections=("要闻", "综合", "经济")),
    fam("gannan_city", "赣南日报", _gn_top, _gn_bottom, {by_gn: 1},
        brief_bylines={by_gn_brief: 1}, credits=(cr_gn,), width=(14, 21), blank={"para": 2, "every": 1},
        letterspace=0.4, stray_spaces=0.03, caption_pool=GN_CAPTIONS, brief_pool=GN_BRIEFS, brief_pool_share=0.6,
        paper_outlet="赣南日报全媒体", labels={"column": ("县区传真", "赣州快讯"), "bullet": ("◎",)},
        plans=((["gnstory", "briefphoto"], {}),
               (["briefcol", "gnstory"], {"blank": "none"}),
               (["gnnotice", "gnstory"], {"blank": "every", "notice": 0}),
               (["gngroup", "gnstory", "gnnotice"], {"notice": 1, "turn": 1})),
        page_style="0", sections=("要闻", "赣州新闻", "县区")),
    fam("gusu_evening", "姑苏晚报", _gs_top, _gs_bottom, {by_gs: 1},
        brief_bylines={by_gs_brief: 1}, credits=(cr_gs,), width=(12, 17), blank={"para": 1, "every": 1},
        letterspace=0.4, stray_spaces=0.05, doubled=0.25, displaced=0.3, caption_pool=GS_CAPTIONS,
        brief_pool=GS_BRIEFS, brief_pool_share=0.6,
        plans=((["gsstory", "events", "photo"], {}),
               (["briefpair", "gsstory"], {"blank": "every"}),
               (["gsqa", "brief", "photo"], {"blank": "none"}),
               (["events", "gsstory", "brief"], {"turn": 1})),
        page_style="A", sections=("苏州新闻", "民生", "城事")),
    fam("zhuji_county", "诸暨日报", _zj_top, _zj_bottom, {by_zj: 1},
        brief_bylines={by_zj_brief: 1}, credits=(cr_zj,), width=(13, 20), blank={"para": 2, "every": 1},
        letterspace=0.4, stray_spaces=0.04, displaced=0.2, caption_pool=ZJ_CAPTIONS, brief_pool=ZJ_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("镇乡传真", "镇街速递"), "bullet": ("▲", "■")},
        plans=((["zjstory", "brief", "photo"], {"front": True}),
               (["briefcol", "zjad", "zjstory"], {}),
               (["zjstory", "briefpair"], {"blank": "every"}),
               (["photo", "zjstory", "bianmin"], {"blank": "none"})),
        page_style="0", sections=("诸暨新闻", "镇乡", "民生")),
    fam("qixiang_industry", "中国气象报", _qx_top, _qx_bottom, {by_qx: 1},
        brief_bylines={by_qx_brief: 1}, credits=(cr_qx,), width=(16, 24), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.3, caption_pool=QX_CAPTIONS, brief_pool=QX_BRIEFS, brief_pool_share=0.6,
        labels={"column": ("气象动态", "各地气象"), "bullet": ("●",)},
        plans=((["qxstory", "forecast", "photo"], {"front": True}),
               (["qxqa", "briefcol"], {}),
               (["qxstory", "warning"], {"blank": "every"}),
               (["forecast", "qxstory", "brief"], {"blank": "none", "turn": 1})),
        page_style="plain", sections=("综合新闻", "天气", "科技")),
    fam("aomen_daily", "澳门日报", _am_top, _am_bottom, {by_am: 1},
        brief_bylines={by_am_brief: 1}, credits=(cr_am,), width=(13, 19), blank={"para": 2, "none": 1},
        indent=0.3, letterspace=0.2, stray_spaces=0.03, caption_pool=AM_CAPTIONS, brief_pool=AM_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("社团消息", "澳闻简讯"), "bullet": ("◆",)},
        plans=((["amstory", "rates", "photo"], {"front": True}),
               (["briefcol", "amstory"], {}),
               (["amstory", "brief", "brief"], {"blank": "every"}),
               (["photo", "amstory", "rates"], {"blank": "none", "turn": 1})),
        page_style="A", sections=("澳闻", "新闻", "社会")),
]
