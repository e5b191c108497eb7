"""A twenty-fifth set of blind development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator on these pages.  Seven papers the corpus had not imitated, of seven kinds the corpus has
few of (checked by name against the development builders and gold, and against the held-back set only with
a script that names this set's families whose paper a held-back page also has): a prefecture city daily of
Shandong, a national quality-supervision paper, a military theatre paper, a Macao daily, a provincial
政法 paper, a Shanghai morning paper and a national housing-and-construction paper.  Every family wraps its
columns by width (`justified`: a line of digits or Latin letters holds more characters than one of
ideographs), captions and box rows too.  Nearly every page carries a story that keeps its section headings
under a deck (its subtitle) or a long kicker, beside a photo or a brief that may be unsigned.  Each page of
a family follows one of four page plans, of varied kinds: a page of several short items with no blank line
between them, a page carried by a long interview (the guest's name as the answer label, or 问/答), a page of
photo news (a 图片新闻 label over one large photo, then small ones and a numbered group, each credited), a
page whose lead is read across two columns with a brief and ends in a jump line; byline and credit forms
take turns across a family's pages.

* `weifang_city` 潍坊日报 (Shandong, prefecture-level): a front page with `WEIFANG DAILY`, 中共潍坊市委机关报
  and 农历; a lead under its deck ending in a jump line and **page 2 carrying it on**; `潍坊日报社全媒体记者 X`,
  `全媒体记者 X 通讯员 Y Z`, `通讯员 X 全媒体记者 Y`; briefs glued `本报讯（通讯员 X 全媒体记者 Y）` or closed
  by the office and the name `（寿光市委宣传部 X）`; **寿光蔬菜批发价 tables** (`西红柿 3.20 +0.15`,
  `数据来源：…`); a photo-news page with a numbered kite group; ▲ 县市区传真; a briefs page with no blank
  line.
* `zhiliang_quality` 中国质量报 (market regulation and quality): `CHINA QUALITY NEWS`, 国家市场监督管理总局主管
  and 农历; `本报记者 X`, `□本报记者 X 通讯员 Y`, `本报记者 X 实习记者 Y`; briefs glued `本报讯（记者 X 通讯员
  Y）` or closed by two bare names `（X Y）`; **产品质量抽查 tables** (`电动自行车 60 4`); **消费提示 boxes**
  of ①②③ rows; a long interview (`记者：` or `中国质量报：` / the guest's name); 质量时评 pieces signed `■X`,
  `文/X` or by the bare name with an `（作者系…）` note; a lead read across with a brief.
* `renmin_qianxian` 人民前线 (the 东部战区 paper): 东部战区机关报, 农历 and a 军内统一刊号; a lead with a jump
  line and page 2 carrying it on; `■X 本报特约记者 Y`, `■本报记者 X 通讯员 Y`, `■X Y 本报记者 Z`; briefs
  glued `本报讯 X、Y报道：` or closed by `（X、Y）`; bare `X 摄` credits; **军营小贴士 boxes** of ①②③ rows;
  an interview with a company commander (`记者：` / his name); a photo-news page (军营掠影) with a numbered
  group; ▲ 战区简讯; a lead read across with a brief.
* `huaqiao_macao` 华侨报 (Macao): `VA KIO DAILY`, 澳门出版, pages numbered 第X版, eight-digit Macao phones;
  `本报记者 X`, `记者 X 报道`, glued `【本报消息】` naming no one; briefs opening `【本报消息】` or closed by
  `（记者 X）`; **澳门元兑换 tables** (`人民币 110.85 111.45`); **社团活动 boxes** (`7月6日 15:00 某某街坊会
  长者健康讲座`); Q&A `记者：` or `华侨报：` / the guest's name; 濠江观察 pieces with an `（作者为…）` note;
  a photo-news page; ◆ 澳门点滴; two briefs read across.
* `henan_legal` 河南法制报 (河南省委政法委): `HENAN LEGAL DAILY` and 农历; a lead with a jump line and page 2
  carrying it on; `记者 X 通讯员 Y Z`, `本报记者 X`, `河南法制报记者 X 实习生 Y`; briefs `本报讯（通讯员 X Y）`
  glued or on a line of their own, or closed by a court, procuratorate or police office and the name
  `（某某县人民法院 X）`; **以案说法 cases** under ■ headings; lawyers' Q&A `问：`/`答：`; 法治时评 pieces;
  **普法小贴士 boxes** of ①②③ rows; ● 政法动态; a lead read across with a brief.
* `xinwen_morning` 新闻晨报 (上海): columns of 12–17 ems set per story, a blank line after every line on some
  pages, stray spaces, doubled-glyph and displaced headlines, pages with no running head; `晨报记者 X`,
  `晨报记者 X 实习生 Y`, `晨报记者 X 通讯员 Y`; briefs closed by `（晨报记者 X 通讯员 Y）` or opening a bare
  `晨报讯` naming no one; **申城天气 boxes** (`今天 多云 26℃～33℃ 东南风3级`); Q&A `晨报：` or `记者：` / the
  guest's name; a photo-news page with a numbered group; a lead read across with a brief.
* `jianshe_construction` 中国建设报 (住房和城乡建设部): `CHINA CONSTRUCTION NEWS` and 农历; a lead with a jump line
  and page 2 carrying it on; `本报记者 X`, `本报记者 X 通讯员 Y`, `□本报记者 X 通讯员 Y Z`; briefs glued
  `本报讯（记者 X）` or closed by `（某某市住建局 X）`; **建材价格 tables** (`螺纹钢 HRB400Φ20 3650 -20`,
  `数据来源：…`); **城建数据 boxes** (`老旧小区改造 新开工5.4万个`); 公积金 Q&A `问：`/`答：`; ■ 各地城建; a
  brief and a photo read across.

Gold conventions are those of the README; new here: a 寿光蔬菜批发价 / 产品质量抽查 / 澳门元兑换 / 建材价格
table is an `infobox` (its label the kicker, the column-header row its first row), its `数据来源` line a
`credit`; a 消费提示 / 军营小贴士 / 社团活动 / 普法小贴士 / 申城天气 / 城建数据 box is an `infobox` titled with its
label, or with the label as kicker when a title follows; `本报讯 X、Y报道：` is 本报讯 and names X and Y;
`（X、Y）` and `（X Y）` name X and Y; `【本报消息】` and a bare `晨报讯` name no one (an item opening them is an
`article`); `（寿光市委宣传部 X）` and `（某某县人民法院 X）` name X; a bare `X 摄` makes X the photographer;
`（资料图片）` names no photographer; a short item printed with no byline at all is an `article`; the
图片新闻 / 军营掠影 labels, the 质量时评 / 濠江观察 / 法治时评 / 以案说法 labels and the column names are furniture.

Seeds: FRESH25_SEED_BASE + FRESH25_SEED_STRIDE*family + 1_000*attempt + n (36_060_001 .. 36_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (captions,
photo groups, briefs, rows, cases, questions, titles and notes); names, figures, phone numbers and
addresses are made up.
"""
from __future__ import annotations

import dataclasses
import datetime

from fresh_layouts_5 import _credit_turns
from fresh_layouts_9 import Fresh9Family
from fresh_layouts_22 import Fresh22Builder
from layout_kit import DATED, TRAIL, Above, Form, chosen, furniture, ln, masthead, opt, turns

FRESH25_SEED_BASE = 36_000_000
FRESH25_SEED_STRIDE = 60_000

# --------------------------------------------------------------------------- filler (written for this corpus)

WF_OFFICES = ("寿光市委宣传部", "青州市融媒体中心", "诸城市委宣传部", "昌乐县融媒体中心", "临朐县委宣传部")
WF_VEG = (("西红柿", 3.2), ("黄瓜", 2.6), ("彩椒", 4.8), ("茄子", 2.9), ("芹菜", 2.2), ("丝瓜", 4.1))
WF_GROUPS = [
    ("风筝飞满天", ["①外国友人在广场上放飞长龙风筝。", "②老艺人给风筝骨架糊上绢面。", "③孩子们举着自己画的风筝合影。"]),
    ("大棚里的春天", ["①菜农在大棚里采摘彩椒。", "②技术员查看智能温控设备。", "③蔬菜装箱发往外地市场。"]),
]
WF_CAPTIONS = [("白浪河畔，市民在夜色中散步纳凉。", "河畔夜色"), ("寿光一处大棚里，菜农在给西红柿吊蔓。", ""),
               ("杨家埠，年画艺人在给新画上色。", "年画飘香"), ("青州古城里，游客在牌坊下拍照。", "")]
WF_BRIEFS = [
    ("城区新增一批口袋公园", "近日，城区新建的一批口袋公园陆续开放，方便市民就近休闲。"),
    ("风筝技艺进校园", "日前，风筝扎制艺人走进一所小学，教孩子们扎风筝。"),
    ("夜市推出夏季消费季", "近日，几处夜市推出夏季消费季活动，吸引不少市民前来逛吃。"),
]

ZL_CHECKS = (("电动自行车", 60), ("儿童玩具", 120), ("电热水壶", 45), ("学生文具", 80), ("燃气灶具", 36), ("插座", 90))
ZL_TIPS = [["①购买家电认准3C认证标志", "②保留好购物凭证和发票", "③发现质量问题及时拨打12315"],
           ["①选购儿童玩具留意警示标识", "②小零件玩具不适合三岁以下儿童", "③不要购买无厂名厂址的产品", "④玩具应定期清洁检查"]]
ZL_QUESTIONS = ["企业是怎样把质量关口前移的？", "标准提升给产品带来了哪些变化？", "小微企业怎样做好质量管理？",
                "消费者最关心哪些质量问题？", "下一步还有哪些打算？"]
ZL_TITLES = ["让质量成为企业的金字招牌", "标准引领要落到生产线上", "守住产品质量安全底线"]
ZL_NOTES = ("（作者系某某质量研究院研究员）", "（作者为某某大学质量管理系教授）", "（作者系某某市市场监管局干部）")
ZL_CAPTIONS = [("检验人员在实验室检测电线电缆样品。", "严把质量关"), ("执法人员在商场检查儿童玩具标识。", ""),
               ("计量人员在加油站检定加油机。", "计量守护"), ("工人在生产线上抽检零部件。", "")]
ZL_BRIEFS = [
    ("电梯安全专项检查启动", "近日，一个市启动电梯安全专项检查，重点检查老旧小区电梯的维保情况。"),
    ("质量开放日走进企业", "日前，一场质量开放日活动举行，市民走进企业参观检验实验室。"),
    ("计量器具免费检定", "近日，计量部门走进农贸市场，为商户免费检定电子秤。"),
]

QX_TIPS = [["①训练前后及时补充淡盐水", "②出现头晕乏力立即报告", "③中午高温时段调整训练内容"],
           ["①夜间行车提前检查车况", "②驾驶员不得疲劳驾驶", "③雨天路滑注意保持车距", "④车辆停放做好防溜措施"]]
QX_QUESTIONS = ["连队这次考核为什么能拿第一？", "新战士最难过的是哪一关？", "带兵这些年最大的体会是什么？",
                "怎样让训练更贴近实战？", "对刚下连的新兵有什么嘱咐？"]
QX_GROUPS = [
    ("夏训正当时", ["①官兵在烈日下进行战术训练。", "②炮手快速装填训练弹。", "③卫生员为训练伤员包扎。"]),
    ("军营开放日", ["①学生们参观连队宿舍。", "②官兵为群众演示擒敌技能。", "③小朋友试穿迷彩服。"]),
]
QX_CAPTIONS = [("海上训练中，舰艇编队劈波斩浪。", "劈波斩浪"), ("新兵在教练场练习队列动作。", ""),
               ("官兵在营区菜地里采摘蔬菜。", "军营菜园"), ("卫生员为驻地群众测量血压。", "")]
QX_BRIEFS = [
    ("连队开展读书分享会", "近日，一个连队开展读书分享会，官兵交流读书心得。"),
    ("军营开放日迎来学生", "日前，一个营区举办开放日活动，驻地中学生走进军营。"),
    ("战士为驻地群众义务维修家电", "近日，一个修理连官兵走进社区，为群众义务维修家电。"),
]

MO_RATES = (("人民币", 110.85, 0.6), ("港元", 103.05, 0.3), ("美元", 803.20, 3.6), ("新台币", 24.80, 0.4),
            ("日元", 5.12, 0.08), ("欧元", 868.40, 4.2))
MO_EVENTS = (("某某街坊会", "长者健康讲座"), ("某某社区中心", "亲子手工班"), ("某某同乡会", "中秋联欢"),
             ("某某青年协会", "义务献血"), ("某某文化馆", "粤剧欣赏会"))
MO_QUESTIONS = ["当初为什么会选择在澳门创业？", "疫情之后生意有什么变化？", "怎样看待横琴带来的机会？",
                "年轻人在澳门就业最看重什么？", "对社团工作有什么期望？"]
MO_TITLES = ["多元发展需要更多年轻人", "社区服务要贴近长者", "旅游业要走精品路线"]
MO_NOTES = ("（作者为某某大学讲师）", "（作者为澳门某某研究会理事）", "（作者系资深社工）")
MO_CAPTIONS = [("议事亭前地，旅客在葡式碎石路上拍照。", "游人如织"), ("社团义工为长者派发防暑物资。", ""),
               ("大三巴牌坊前，舞狮队为市民表演。", "醒狮贺节"), ("渔人码头，市民在海边散步。", "")]
MO_BRIEFS = [
    ("社区长者中心添新设施", "本澳一间长者中心日前添置康复设施，方便长者锻炼。"),
    ("学界举办升学讲座", "一个教育团体日前举办升学讲座，为中学生介绍升学途径。"),
    ("街坊会开展防火宣传", "一个街坊会日前走进大厦，向住户宣传防火知识。"),
]

HN_UNITS = ("某某县人民法院", "某某区人民检察院", "某某市公安局", "某某县司法局", "某某区人民法院")
HN_CASES = [
    ("网购定金能否退还", [("案情回顾", ["张某在网上预订家具并支付定金，后因尺寸不合想取消订单，商家拒绝退还定金。"]),
                          ("法院审理", ["法院审理认为，双方约定的定金条款合法有效，张某单方违约，无权要求返还定金。"]),
                          ("法官说法", ["消费者支付定金前应仔细确认商品信息，避免因违约造成损失。"])]),
    ("邻里漏水谁来担责", [("案情回顾", ["李某家卫生间漏水，导致楼下王某家天花板受损，双方协商未果。"]),
                          ("法院审理", ["法院审理认为，李某对自家设施负有维护义务，应赔偿王某的维修费用。"]),
                          ("法官说法", ["业主应定期检查自家水管设施，发现问题及时维修，减少邻里纠纷。"])]),
]
HN_TIPS = [["①陌生来电要求转账要警惕", "②不要点击短信中的陌生链接", "③遇到诈骗及时拨打110报警"],
           ["①租房前核实房东身份", "②签订书面租赁合同", "③押金转账保留凭证", "④退租时当面验收房屋"]]
HN_QUESTIONS = ["借钱给朋友没打借条，还能要回来吗？", "公司拖欠工资，劳动者该怎么办？", "老人立遗嘱需要注意什么？",
                "买到过期食品可以要求赔偿吗？", "邻居占用楼道堆放杂物怎么办？"]
HN_TITLES = ["让公平正义看得见", "普法要走进百姓心里", "基层治理离不开法治"]
HN_NOTES = ("（作者系某某律师事务所律师）", "（作者为某某大学法学院副教授）", "（作者系某某县人民法院法官）")
HN_CAPTIONS = [("民警在社区向居民讲解防诈骗知识。", "反诈进社区"), ("法官在田间地头巡回审理案件。", ""),
               ("检察官走进校园上法治课。", "法治课堂"), ("辅警在路口疏导交通。", "")]
HN_BRIEFS = [
    ("巡回法庭走进乡村", "近日，一个巡回法庭走进乡村，就地审理一起土地纠纷案。"),
    ("普法文艺演出受欢迎", "日前，一场普法文艺演出在广场举行，群众在笑声中学法。"),
    ("法律援助站开进工地", "近日，一个法律援助工作站在工地挂牌，为农民工提供法律咨询。"),
]

XW_DAYS = ("今天", "明天", "后天")
XW_SKIES = ("多云", "晴到多云", "阴有阵雨", "多云有雷阵雨", "晴")
XW_QUESTIONS = ["第一次登台是什么感受？", "这些年最难忘的一件事是什么？", "怎样平衡工作和生活？", "给年轻人一点建议？",
                "接下来有什么新计划？"]
XW_GROUPS = [
    ("梧桐树下的夏天", ["①市民在武康路上拍照打卡。", "②小朋友在街边喷泉旁嬉戏。", "③咖啡店门口排起长队。"]),
    ("弄堂里的老手艺", ["①修鞋师傅在弄堂口忙碌。", "②老裁缝为街坊改衣服。", "③配钥匙的摊位前围着居民。"]),
]
XW_CAPTIONS = [("外滩，游客在江边欣赏夜景。", "浦江夜色"), ("地铁站里，乘客有序排队进站。", ""),
               ("社区食堂里，老人在挑选午餐。", "家门口的饭堂"), ("梧桐树下，骑行爱好者结伴出行。", "")]
XW_BRIEFS = [
    ("两条公交线路调整走向", "下周起，两条公交线路调整走向，新增多个站点。"),
    ("社区推出晚间托管服务", "一个街道近日推出晚间托管服务，解决双职工家庭的接娃难题。"),
    ("老街区新开一家书店", "一家书店日前在老街区开业，吸引不少年轻人前来打卡。"),
]

JS_UNITS = ("某某市住建局", "某某区城管局", "某某县住建局", "某某市城市更新中心")
JS_MATERIALS = (("螺纹钢", "HRB400Φ20", 3650), ("线材", "HPB300Φ8", 3820), ("水泥", "P.O42.5", 420),
                ("商品混凝土", "C30", 460), ("中砂", "细度2.6", 135), ("碎石", "5-25mm", 118))
JS_FIGURES = (("老旧小区改造", "新开工", "5.4万个"), ("保障性住房", "开工", "12.6万套"), ("城市燃气管道", "改造", "2.8万公里"),
              ("口袋公园", "新建", "1600个"), ("装配式建筑", "占新建建筑", "31%"))
JS_QUESTIONS = ["租房提取公积金需要哪些材料？", "异地购房能用公积金贷款吗？", "公积金贷款额度怎样计算？",
                "灵活就业人员能缴存公积金吗？", "提前还款要注意什么？"]
JS_CAPTIONS = [("施工人员在老旧小区加装电梯。", "加装电梯"), ("建筑工人在高空绑扎钢筋。", ""),
               ("改造后的街巷干净整洁。", "街巷换新颜"), ("塔吊林立的保障房建设工地。", "")]
JS_BRIEFS = [
    ("老旧小区改造开工", "近日，一个市今年首批老旧小区改造项目集中开工。"),
    ("城市体检工作启动", "日前，一个城市启动年度城市体检，查找群众身边的短板。"),
    ("建筑工地开展安全检查", "近日，住建部门对在建工地开展安全检查，排查高处作业隐患。"),
]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_wf = chosen(Above("潍坊日报社全媒体记者 {0!l}"), Above("全媒体记者 {0!l} 通讯员 {1} {2}", 3),
               Above("通讯员 {0} 全媒体记者 {1!l}", 2), turn="by", drawn=2)
by_wf_brief = turns(Form("本报讯（通讯员 {0} 全媒体记者 {1}）", 2), Form("（{c0} {0}）", choices=(WF_OFFICES,), **TRAIL))

by_zl = chosen(Above("本报记者 {0!l}"), Above("□本报记者 {0!l} 通讯员 {1}", 2), Above("本报记者 {0!l} 实习记者 {1}", 2),
               turn="by", drawn=2)
by_zl_brief = turns(Form("本报讯（记者 {0} 通讯员 {1}）", 2), Form("（{0} {1}）", 2, **TRAIL))

by_qx = chosen(Above("■{0} 本报特约记者 {1!l}", 2), Above("■本报记者 {0!l} 通讯员 {1}", 2),
               Above("■{0} {1} 本报记者 {2!l}", 3), turn="by", drawn=2)
by_qx_brief = turns(Form("本报讯 {0}、{1}报道：", 2), Form("（{0}、{1}）", 2, **TRAIL))

by_mo = chosen(Above("本报记者 {0!l}"), Above("记者 {0!l} 报道"), Form("【本报消息】", 0, hint="plain"), turn="by")
by_mo_brief = turns(Form("【本报消息】", 0, hint="plain"), Form("（记者 {0}）", **TRAIL))

by_hn = chosen(Above("记者 {0!l} 通讯员 {1} {2}", 3), Above("本报记者 {0!l}"), Above("河南法制报记者 {0!l} 实习生 {1}", 2),
               turn="by", drawn=2)
by_hn_brief = turns(Form("本报讯（通讯员 {0} {1}）", 2, line_share=0.5), Form("（{c0} {0}）", choices=(HN_UNITS,), **TRAIL))

by_xw = chosen(Above("晨报记者 {0!l}"), Above("晨报记者 {0!l} 实习生 {1}", 2), Above("晨报记者 {0!l} 通讯员 {1}", 2),
               turn="by", drawn=2)
by_xw_brief = turns(Form("（晨报记者 {0} 通讯员 {1}）", 2, **TRAIL), Form("晨报讯 ", 0, hint="plain"))

by_js = chosen(Above("本报记者 {0!l}"), Above("本报记者 {0!l} 通讯员 {1}", 2), Above("□本报记者 {0!l} 通讯员 {1} {2}", 3),
               turn="by", drawn=2)
by_js_brief = turns(Form("本报讯（记者 {0}）"), Form("（{c0} {0}）", choices=(JS_UNITS,), **TRAIL))


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


cr_wf = _credit_turns(("潍坊日报社全媒体记者 {n} 摄", "（{n} 摄）", "通讯员 {n} 摄"))
cr_zl = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）", "（资料图片）"))
cr_qx = _credit_turns(("{n} 摄", "本报特约记者 {n} 摄", "（{n} 摄）"))
cr_mo = _credit_turns(("本报记者 {n} 摄", "（资料图片）", "（{n} 摄）"))
cr_hn = _credit_turns(("本报记者 {n} 摄", "通讯员 {n} 摄", "（{n} 摄）"))
cr_xw = _credit_turns(("晨报记者 {n} 摄", "晨报记者 {s}/摄", "（资料图片）"))
cr_js = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）", "通讯员 {n} 摄"))


# --------------------------------------------------------------------------- builder


class Fresh25Builder(Fresh22Builder):

    # -------------------------------------------------------------- shared page kinds

    def slot_leadacross(self):
        """The lead, under its deck and ending in a jump line, read across two columns with a brief."""
        return self.pair(self.deck_story(jump=True), self.slot_brief())

    def slot_photonews(self):
        """A photo-news page's head: its label (furniture) over the large picture."""
        return self.labelled(self.family.labels.get("photos", ("图片新闻",)), self.slot_photo())

    def price_table(self, labels, title, headers, rows, sources):
        return self.table_box(labels, title, self.rng.choice(headers), rows, sources)

    # -------------------------------------------------------------- 潍坊日报

    def slot_wfveg(self):
        rng = self.rng
        rows = [f"{name} {price * rng.randrange(90, 111) / 100:.2f} {rng.randrange(-30, 31) / 100:+.2f}"
                for name, price in rng.sample(WF_VEG, rng.choice((4, 5)))]
        return self.price_table(("寿光蔬菜批发价", "菜价行情"), "寿光农产品物流园今日批发价",
                                ("品种 价格（元/公斤） 涨跌", "品名 均价 比昨日"), rows,
                                ("数据来源：寿光农产品物流园", "数据来源：某某价格监测中心"))

    def slot_wfgroup(self):
        return self.group(WF_GROUPS)

    # -------------------------------------------------------------- 中国质量报

    def slot_zlcheck(self):
        rng = self.rng
        rows = [f"{name} {batches} {rng.randrange(0, batches // 8 + 2)}" for name, batches in rng.sample(ZL_CHECKS, rng.choice((4, 5)))]
        return self.price_table(("产品质量抽查", "抽查公告"), "某某省第二季度产品质量监督抽查结果（部分）",
                                ("产品 抽查批次 不合格批次", "产品名称 抽查 不合格"), rows,
                                ("数据来源：某某省市场监管局", "数据来源：某某产品质量检验研究院"))

    def slot_zltips(self):
        return self.tips(("消费提示", "质量提示"), ZL_TIPS, title="夏季家电选购提示" if self.rng.random() < 0.5 else "")

    def slot_zlqa(self):
        return self.staff_qa(ZL_QUESTIONS, ("记者：", "中国质量报："))

    def slot_zlcomment(self):
        return self.signed_piece(ZL_TITLES, ZL_NOTES, ("质量时评", "质 量 时 评"), ("■", "文/"))

    # -------------------------------------------------------------- 人民前线

    def slot_qxtips(self):
        return self.tips(("军营小贴士", "强军知识"), QX_TIPS, title="夏训防暑要点" if self.rng.random() < 0.5 else "")

    def slot_qxqa(self):
        return self.staff_qa(QX_QUESTIONS, "记者：")

    def slot_qxgroup(self):
        return self.group(QX_GROUPS)

    # -------------------------------------------------------------- 华侨报

    def slot_mofx(self):
        rng = self.rng
        rows = []
        for name, buy, spread in rng.sample(MO_RATES, rng.choice((4, 5))):
            bought = buy * rng.randrange(995, 1006) / 1000
            rows.append(f"{name} {bought:.2f} {bought + spread:.2f}")
        return self.price_table(("澳门元兑换", "汇率行情"), "今日外币兑换澳门元参考价（每百单位）",
                                ("币种 买入 卖出", "货币 银行买入价 银行卖出价"), rows,
                                ("数据来源：某某银行澳门分行", "数据来源：某某银行"))

    def slot_moevents(self):
        rng = self.rng
        picked = rng.sample(MO_EVENTS, rng.choice((3, 4)))
        rows = self.dated_rows([f"{place} {what}" for place, what in picked], "{m}月{d}日 {h}:00 {place}", days=2)
        return self.rows_box(("社团活动", "社区消息"), rows, title="本周社团活动预告" if rng.random() < 0.5 else "")

    def slot_moqa(self):
        return self.staff_qa(MO_QUESTIONS, ("记者：", "华侨报："))

    def slot_mocomment(self):
        return self.signed_piece(MO_TITLES, MO_NOTES, ("濠江观察", "华侨论坛"), ("文/", "□"))

    # -------------------------------------------------------------- 河南法制报

    def slot_hncase(self):
        return self.labelled_case(HN_CASES, ("以案说法", "■以案说法", "法官说案"))

    def slot_hntips(self):
        return self.tips(("普法小贴士", "法律提醒"), HN_TIPS)

    def slot_hnqa(self):
        return self.staff_qa(HN_QUESTIONS, None)

    def slot_hncomment(self):
        return self.signed_piece(HN_TITLES, HN_NOTES, ("法治时评", "中原法谈"), ("■", "文/"))

    # -------------------------------------------------------------- 新闻晨报

    def slot_xwweather(self):
        rng = self.rng
        rows = []
        for day in XW_DAYS[:rng.choice((2, 3))]:
            low = rng.randrange(23, 28)
            rows.append(f"{day} {rng.choice(XW_SKIES)} {low}℃～{low + rng.randrange(5, 10)}℃ {rng.choice('东南西北')}风{rng.randrange(2, 5)}级")
        return self.rows_box(("申城天气", "晨报天气"), rows, title="高温持续 注意防暑" if rng.random() < 0.5 else "")

    def slot_xwqa(self):
        return self.staff_qa(XW_QUESTIONS, ("晨报：", "记者："))

    def slot_xwgroup(self):
        return self.group(XW_GROUPS)

    # -------------------------------------------------------------- 中国建设报

    def slot_jsprices(self):
        rng = self.rng
        rows = [f"{name} {spec} {price + rng.randrange(-8, 9) * 5} {rng.randrange(-6, 7) * 5:+d}"
                for name, spec, price in rng.sample(JS_MATERIALS, rng.choice((4, 5)))]
        return self.price_table(("建材价格", "建材行情"), "主要城市建材市场价格（元/吨、元/立方米）",
                                ("品种 规格 价格 涨跌", "名称 规格型号 均价 周涨跌"), rows,
                                ("数据来源：某某建材价格信息网", "数据来源：某某工程造价管理站"))

    def slot_jsfigures(self):
        rng = self.rng
        rows = [" ".join(row) for row in rng.sample(JS_FIGURES, rng.choice((3, 4)))]
        return self.rows_box(("城建数据", "数说城建"), rows, title="上半年城建工作进展" if rng.random() < 0.5 else "")

    def slot_jsqa(self):
        return self.staff_qa(JS_QUESTIONS, None)


# --------------------------------------------------------------------------- furniture


def _mo_phone(ctx):
    return f"{ctx.rng.choice((2, 8))}{ctx.rng.randrange(8000000, 8999999)}"


_wf_top = furniture(
    (0.5, [ln("潍坊日报", paper=True), ln("{n:02d} {ssec}", page="{n:02d}"), ln("{y}年{m}月{d}日 {wd}", date=True)]),
    [ln("{date} {wd} 第{n:02d}版 {sec}", date=True, page="{n:02d}"), "编辑：{name} 美编：{name} 校对：{name}"],
    front=[masthead("潍坊日报"), "WEIFANG DAILY", "中共潍坊市委机关报", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:12000-12999}期 今日{pages}版 国内统一连续出版物号 CN 37-0000"])
_wf_bottom = furniture((0.5, [ln("潍坊日报社出版 新闻热线：{tel:0536}", paper=True)]),
                       ["广告经营许可证：3707000000{no:10-99}", opt(0.5, ["本版责编 {name}"])])

_zl_top = furniture(
    (0.5, [ln("{n} {ssec}", page="{n}"), ln("中国质量报 {y}年{m}月{d}日", paper=True, date=True)]),
    [ln("{date} {wd} 第{n}版 {sec}", date=True, page="{n}"), "责任编辑：{name} 版式：{name}"],
    front=[masthead("中国质量报"), "CHINA QUALITY NEWS", "国家市场监督管理总局主管", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:6000-6999}期 今日{pages}版 国内统一连续出版物号 CN 11-0000"])
_zl_bottom = furniture((0.5, ["本版编辑：{name} 电话：{tel:010}"]), ["投稿邮箱：zgzlb@example.cn 订阅热线：{tel:010}"])

_qx_top = furniture(
    (0.5, [ln("人民前线 {date}", paper=True, date=True), ln("第{n}版 {sec}", page="{n}")]),
    [ln("{sec} {n}", page="{n}"), ln("{y}年{m}月{d}日 {wd}", date=True), "责任编辑 {name} 版式设计 {name}"],
    front=[masthead("人民前线"), "东部战区机关报", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:9000-9999}期 今日{pages}版 军内统一刊号：J0000"])
_qx_bottom = furniture((0.5, ["本版编辑：{name}"]), ["投稿邮箱：rmqx@example.cn"])

_mo_top = furniture(
    (0.5, [ln("华侨报 {date} {wd}", paper=True, date=True), ln("第{n}版 {sec}", page="{n}")]),
    [ln("{sec} | 第{n}版", page="{n}"), ln("{y}年{m}月{d}日", date=True)],
    front=[masthead("华侨报"), "VA KIO DAILY", "澳门出版", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:24000-24999}号 今日{pages}版"])
_mo_bottom = furniture((0.5, ["编辑部电话：{motel} 广告部：{motel}"]), ["www.example.mo"], fields={"motel": _mo_phone})

_hn_top = furniture(
    (0.5, [ln("河南法制报·{sec}", paper=True), DATED, ln("{n:02d}", page="{n:02d}")]),
    [ln("{n:02d}版 {sec} {y}.{m}.{d}", date=True, page="{n:02d}"), "编辑 {name} 校对 {name}"],
    front=[masthead("河南法制报"), "HENAN LEGAL DAILY", "中共河南省委政法委员会主管主办", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:8000-8999}期 今日{pages}版 国内统一连续出版物号 CN 41-0000"])
_hn_bottom = furniture((0.5, ["新闻热线：{tel:0371} 法律服务热线：{tel:0371}"]), ["本报地址：郑州市某某路{no:10-99}号"])

_xw_top = furniture(
    (0.4, [ln("新闻晨报", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True), ln("A{n} {sec}", page="A{n}")]),
    (0.8, [ln("A{n} | {sec} | {y}.{m}.{d} {wd} | 主编 {name}", date=True, page="A{n}")]),
    [])
_xw_bottom = furniture((0.5, [ln("新闻晨报新闻热线 {tel:021}", paper=True), "扫码下载周到上海APP"]), ["视觉 {name} 校对 {name}"])

_js_top = furniture(
    (0.5, [ln("{n} {sec}", page="{n}"), ln("{date} {wd} 中国建设报", paper=True, date=True)]),
    [ln("中国建设报·{sec} 第{n}版", paper=True, page="{n}"), DATED, "责任编辑：{name}"],
    front=[masthead("中国建设报"), "CHINA CONSTRUCTION NEWS", "中华人民共和国住房和城乡建设部主管",
           ln("{date} {wd} 农历{slunar}", date=True), "第{no:7000-7999}期 今日{pages}版 国内统一连续出版物号 CN 11-0000"])
_js_bottom = furniture((0.5, ["本版编辑：{name} 电话：{tel:010}"]), ["新闻热线：{tel:010} 投稿邮箱：zgjsb@example.cn"])


@dataclasses.dataclass
class Fresh25Family(Fresh9Family):
    seed_stride: int = FRESH25_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh25Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh25Builder, justified=True,
                         **kw)


FRESH25_FAMILIES = [
    fam("weifang_city", "潍坊日报", _wf_top, _wf_bottom, {by_wf: 1},
        brief_bylines={by_wf_brief: 1}, credits=(cr_wf,), width=(15, 23), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.02, displaced=0.2, caption_pool=WF_CAPTIONS, brief_pool=WF_BRIEFS,
        brief_pool_share=0.6, paper_outlet="潍坊日报社全媒体",
        labels={"column": ("县市区传真", "潍坊简讯"), "bullet": ("▲",), "photos": ("图片新闻", "鸢都影像")},
        plans=((["decklead", "bare", "wfveg"], {"front": True, "turn": 0}),
               (["continuation", "story", "photo", "briefcol"], {"page": 2, "turn": 1}),
               (["photonews", "photo", "wfgroup", "bare"], {"blank": "every"}),
               (["deck", "briefcol", "bare"], {"blank": "none", "turn": 2})),
        page_style="0", sections=("要闻", "县市区", "民生")),
    fam("zhiliang_quality", "中国质量报", _zl_top, _zl_bottom, {by_zl: 1},
        brief_bylines={by_zl_brief: 1}, credits=(cr_zl,), width=(16, 25), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.2, stray_spaces=0.02, displaced=0.2, caption_pool=ZL_CAPTIONS, brief_pool=ZL_BRIEFS,
        brief_pool_share=0.6, labels={"column": ("监管动态", "质量快讯"), "bullet": ("●",)},
        plans=((["deck", "zlcheck", "bare"], {"front": True}),
               (["zlqa", "photo", "bare"], {}),
               (["zlcomment", "zltips", "briefcol"], {"blank": "every"}),
               (["leadacross", "photo", "bare"], {"blank": "none", "turn": 0})),
        page_style="plain", sections=("要闻", "监管", "产业")),
    fam("renmin_qianxian", "人民前线", _qx_top, _qx_bottom, {by_qx: 1},
        brief_bylines={by_qx_brief: 1}, credits=(cr_qx,), width=(14, 21), blank={"para": 2, "every": 1},
        indent=0.5, letterspace=0.3, stray_spaces=0.02, displaced=0.15, caption_pool=QX_CAPTIONS, brief_pool=QX_BRIEFS,
        brief_pool_share=0.6, paper_outlet="人民前线",
        labels={"column": ("战区简讯", "军营传真"), "bullet": ("▲",), "photos": ("军营掠影", "图片新闻")},
        plans=((["decklead", "photo", "briefcol"], {"front": True}),
               (["continuation", "qxqa", "brief"], {"page": 2}),
               (["photonews", "photo", "qxgroup", "photo"], {"blank": "none"}),
               (["leadacross", "qxtips", "bare"], {"turn": 3})),
        page_style="plain", sections=("要闻", "练兵备战", "军营生活")),
    fam("huaqiao_macao", "华侨报", _mo_top, _mo_bottom, {by_mo: 1},
        brief_bylines={by_mo_brief: 1}, credits=(cr_mo,), width=(13, 20), blank={"para": 2, "none": 1},
        indent=0.3, letterspace=0.1, stray_spaces=0.03, displaced=0.2, caption_pool=MO_CAPTIONS, brief_pool=MO_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("澳门点滴", "社区简讯"), "bullet": ("◆",), "photos": ("图片新闻", "濠江影像")},
        plans=((["deck", "mofx", "bare"], {"front": True, "turn": 0}),
               (["moqa", "briefpair"], {"turn": 1}),
               (["mocomment", "moevents", "briefcol"], {"blank": "every"}),
               (["photonews", "photo", "photo", "brief"], {"blank": "none", "turn": 1})),
        page_style="plain", sections=("澳闻", "社会", "社团")),
    fam("henan_legal", "河南法制报", _hn_top, _hn_bottom, {by_hn: 1},
        brief_bylines={by_hn_brief: 1}, credits=(cr_hn,), width=(15, 24), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.02, displaced=0.2, caption_pool=HN_CAPTIONS, brief_pool=HN_BRIEFS,
        brief_pool_share=0.6, labels={"column": ("政法动态", "法治简讯"), "bullet": ("●",)},
        plans=((["decklead", "bare", "hntips"], {"front": True}),
               (["continuation", "hncase", "photo"], {"page": 2}),
               (["hnqa", "hncomment", "brief"], {"blank": "every"}),
               (["leadacross", "briefcol", "bare"], {"blank": "none", "turn": 2})),
        page_style="0", sections=("要闻", "政法", "法治社会")),
    fam("xinwen_morning", "新闻晨报", _xw_top, _xw_bottom, {by_xw: 1},
        brief_bylines={by_xw_brief: 1}, credits=(cr_xw,), width=(12, 17), per_article_width=True,
        blank={"para": 1, "every": 2}, letterspace=0.4, stray_spaces=0.05, doubled=0.2, displaced=0.3,
        caption_pool=XW_CAPTIONS, brief_pool=XW_BRIEFS, brief_pool_share=0.6, paper_outlet="新闻晨报",
        labels={"column": ("申城速递", "晨报快讯"), "bullet": ("■",), "photos": ("图片新闻", "晨报视觉")},
        plans=((["photo", "deck", "xwweather"], {}),
               (["xwqa", "bare", "brief"], {"blank": "every"}),
               (["photonews", "photo", "xwgroup", "bare"], {}),
               (["leadacross", "brief", "photo"], {"blank": "none", "turn": 0})),
        page_style="A", sections=("上海新闻", "城事", "民生")),
    fam("jianshe_construction", "中国建设报", _js_top, _js_bottom, {by_js: 1},
        brief_bylines={by_js_brief: 1}, credits=(cr_js,), width=(16, 24), blank={"para": 2, "every": 1},
        indent=0.5, letterspace=0.2, stray_spaces=0.02, displaced=0.2, caption_pool=JS_CAPTIONS, brief_pool=JS_BRIEFS,
        brief_pool_share=0.6, labels={"column": ("各地城建", "城建快讯"), "bullet": ("■",)},
        plans=((["decklead", "jsfigures", "bare"], {"front": True}),
               (["continuation", "jsprices", "briefphoto"], {"page": 2}),
               (["jsqa", "photo", "bare"], {"blank": "none"}),
               (["deck", "briefcol"], {"blank": "every", "turn": 2})),
        page_style="plain", sections=("要闻", "城建", "住房")),
]
