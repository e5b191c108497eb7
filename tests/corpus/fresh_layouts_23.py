"""A twenty-third set of blind development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator on these pages.  Seven papers the corpus had not imitated, of seven kinds the corpus has
few of (checked by name against the development builders and gold, and against the held-back set only with
a script that names this set's families whose paper a held-back page also has): a prefecture-level city
daily of Jiangxi, the evening paper of a southern provincial capital (Hainan), a metro paper of the
north-east (Harbin), a national arts paper, a district paper of Chongqing (a former county), a Taiwan
daily and a securities paper of Sichuan.  Every family wraps its columns by width (`justified`: a line of
digits or Latin letters holds more characters than one of ideographs), captions and box rows too.  Nearly
every page carries a story that keeps its section headings under a deck (its subtitle) or a long kicker,
beside a photo or a short item printed with no byline.  Each page of a family follows one of four page
plans, of varied kinds: front pages (some with a masthead set over two lines, two with a 导读 box), a
page of briefs read across two columns, a photo page under its banner, pages with a notice and a table;
byline and credit forms take turns across a family's pages; every family prints at least two of: two
columns read across, a headline after its text, a briefs column, a photo group, a box, table or notice, a
jump line, a Q&A, a commentary, a blank line after every line.

* `shangrao_city` 上饶日报 (Jiangxi, prefecture-level): a front page whose masthead is set over two lines
  (`上饶` / `日报`) with `SHANGRAO DAILY`, 中共上饶市委机关报, 农历 and a **今日导读 box** (`▶标题 第3版`); a lead
  under its deck ending in a jump line and **page 2 carrying it on**; `上饶日报全媒体记者 X`, `全媒体记者 X
  实习生 Y`, `全媒体记者 X 文/图`; briefs glued `本报讯（通讯员 X）` or closed by `（通讯员 X 全媒体记者
  Y）` or by a county's media centre and the name `（婺源县融媒体中心 X）`; **水情 boxes** (rows `信江 上饶站
  水位62.35米 平稳`); a numbered photo group; ◆ 县市区传真 columns; two briefs read across.
* `haikou_evening` 海口晚报: columns of 12–17 ems, a blank line after every line on some pages, stray spaces,
  doubled-glyph and displaced headlines, pages with no running head; `海口晚报记者 X`, `记者 X 见习记者 Y`,
  `海口晚报记者 X 文/图`; briefs closed by `（海口晚报记者 X）` or glued `本报讯（见习记者 X）`; **椰城天气
  boxes** (rows `6月23日 多云有雷阵雨 26℃—33℃ 东南风3级`); a **page of briefs read across two columns**; Q&A
  `海口晚报：` or `记者：` / the interviewee's name; `（受访者供图）`; ● 椰城速递 columns.
* `shenghuo_metro` 生活报 (Harbin, a metro paper): `生活报记者 X`, `生活报记者 X 实习生 Y`, `生活报首席记者 X
  文/摄`; briefs closed by `（生活报记者 X）` or glued `本报讯（记者 X）`; a **photo page** under a `图说冰城` banner
  (a numbered photo group under `组图/生活报记者 X`, two photos, an unsigned item); **避暑游 boxes** (rows
  `太阳岛风景区 门票30元 8:00—17:30`); Q&A `生活报：` / the interviewee's name; `（资料图片）`; ■ 冰城快讯
  columns; a brief and a photo, or two briefs, read across.
* `yishu_national` 中国艺术报 (中国文联): a front page with `CHINA ART NEWS`, its 主管主办 line, 农历 and a
  **本期导读 box**; a lead with a jump line and page 2 carrying it on; `中国艺术报记者 X`, `本报记者 X 文/图`,
  `本报特约记者 X`; briefs closed by the body and the name `（某某省文联 X）` or glued `本报讯（记者 X）`;
  **演出预告 boxes** (rows `6月25日 19:30 某某大剧院 话剧《某某》`); **展览信息 tables** (a column-header row,
  rows `山河新韵——山水画作品展 某某美术馆 7月20日闭幕`, `数据来源：…`); 艺苑评弹 pieces signed `□X` or by the
  bare name with an `（作者系…）` note; `（主办方供图）`; ★ 文艺动态 columns; a brief and a photo read across.
* `jiangjin_county` 江津日报 (重庆市江津区, a former county): a front page with `江津` / `日报` over two lines or
  on one, 中共重庆市江津区委机关报 and 农历; `江津日报记者 X`, `通讯员 X 记者 Y`, `融媒体记者 X 通讯员 Y Z`;
  briefs `本报讯（通讯员 X）` glued or on a line of their own, or closed by the town and the name `（白沙镇 X）`;
  town-supplied pictures; a page with a **交通管制通告 notice** (a phone number) beside a **重点项目 table**
  (`某某产业园标准厂房 12.5 主体完工`, `数据来源：…`); **花椒行情 boxes** (rows `青花椒（鲜） 11.5元/公斤`);
  ▲ 镇街动态 columns; two briefs read across.
* `ziyou_taiwan` 自由时报 (Taipei): a `LIBERTY TIMES` front page dated `中华民国113年6月22日 星期六`; `记者X／台北报导`,
  `记者X、Y／综合报导`, glued `〔记者X／台中报导〕`; briefs glued `〔记者X／高雄报导〕`, opening `〔综合报导〕`
  and naming no one, or closed by `（记者X）`; **油价 boxes** (rows `95无铅汽油 每公升32.7元 不调整`); Q&A
  `问：` / `答：`; 自由广场 pieces signed `◎X` or by the bare name with an `（作者为…）` note; `（资料照）`,
  `（记者X摄）`; ● 地方快讯 columns; a brief and a photo read across.
* `jintou_securities` 金融投资报 (Chengdu, a securities paper): a front page with 四川日报报业集团主管主办 and a
  lead with a jump line, page 2 carrying it on; `金融投资报记者 X`, `本报记者 X 实习生 Y`, `记者 X 绵阳报道`;
  briefs glued `本报讯（记者 X）` or closed by `（金融投资报记者 X）`; a page with a listed company's
  **股东大会通知 notice** (a phone number, the board and the date) beside a **川股行情 table** (a column-header
  row, rows `某某电气 12.35 +2.15%`, `数据来源：…`); 金投观察 pieces signed `文/X` with an `（作者系…）` note;
  ● 公司速递 columns; two briefs, or a brief and a photo, read across.

Gold conventions are those of the README; new here: a 水情 / 椰城天气 / 避暑游 / 演出预告 / 花椒行情 / 油价 box is
an `infobox` titled with its label (a ■ or 【】 around it dropped), or with the label as kicker when a title
follows; a 展览信息 / 重点项目 / 川股行情 table is an `infobox` (its label the kicker, the column-header row its
first row), its `数据来源` line a `credit`; a 交通管制通告 or 股东大会通知 notice is an `infobox` whose issuer
and date are bylines and which names no one; the two lines of a split masthead are furniture (the paper is
named by its 社 line too); `全媒体记者 X 文/图`, `海口晚报记者 X 文/图`, `生活报首席记者 X 文/摄` and
`本报记者 X 文/图` make their first person author and photographer; `记者X／台北报导`, `〔记者X／台中报导〕`
and `记者 X 绵阳报道` name X and no place; `〔综合报导〕` names no one (an item opening it is an `article`);
`（婺源县融媒体中心 X）`, `（某某省文联 X）` and `（白沙镇 X）` name X; town-supplied pictures, `（受访者供图）`,
`（资料图片）`, `（主办方供图）` and `（资料照）` name no photographer; `组图/生活报记者 X` makes X the
photographer of the group; a short item printed with no byline at all is an `article`; the 导读 boxes, the
图说冰城 banner, the 艺苑评弹 / 自由广场 / 金投观察 labels are furniture.

Seeds: FRESH23_SEED_BASE + FRESH23_SEED_STRIDE*family + 1_000*attempt + n (34_060_001 .. 34_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (captions,
photo groups, briefs, guide entries, rows, notices, questions, titles and notes); names, figures, phone
numbers and addresses are made up.
"""
from __future__ import annotations

import dataclasses

from fresh_layouts_2 import _pooled_credit, _town_credit
from fresh_layouts_5 import _credit_turns
from fresh_layouts_9 import Fresh9Family
from fresh_layouts_21 import GUIDE_FORMS, Fresh21Builder
from fresh_layouts_22 import Fresh22Builder
from layout_kit import DATED, TRAIL, Above, Form, chosen, furniture, ln, masthead, opt, turns

FRESH23_SEED_BASE = 34_000_000
FRESH23_SEED_STRIDE = 60_000

# --------------------------------------------------------------------------- filler (written for this corpus)

SR_GUIDE = ("三清山景区推出夏季夜游", "篁岭古村游客量创新高", "信江两岸绿道全线贯通", "马家柚进入膨果期",
            "湖区渔民转产上岸有了新营生")
SR_COUNTIES = ("婺源县", "鄱阳县", "余干县", "万年县", "玉山县", "弋阳县", "铅山县")
SR_RIVERS = (("信江", "上饶站", 62.0), ("乐安河", "虎山站", 25.0), ("饶河", "鄱阳站", 17.5), ("昌江", "渡峰坑站", 29.0),
             ("丰溪河", "广丰站", 81.0))
SR_GROUPS = [
    ("古村晒秋", ["①村民在屋顶晒架上晾晒辣椒。", "②游客在晒秋人家前拍照留念。", "③老人把晒好的皇菊装进竹匾。"]),
    ("云雾三清山", ["①云海在山间翻涌。", "②游客在栈道上观赏奇松怪石。", "③护林员在山顶巡查。"]),
]
SR_CAPTIONS = [("信江边，市民在绿道上晨跑。", "江畔晨光"), ("茶农在高山茶园里采摘夏茶。", ""),
               ("工人在光伏组件生产线上作业。", "追光而行")]
SR_BRIEFS = [
    ("乡村文化广场建成", "近日，一个村的文化广场建成投用，村民有了跳舞健身的好去处。"),
    ("夏季防溺水宣传进村", "日前，一个镇组织志愿者进村入户，开展防溺水安全宣传。"),
    ("农技专家下田指导", "近日，农技专家来到田间，指导农户做好早稻病虫害防治。"),
]

HKW_SKIES = ("多云有雷阵雨", "晴间多云", "多云", "阵雨转多云")
HKW_WINDS = ("东南风3级", "南风2级", "东风3到4级")
HKW_QUESTIONS = ["这项工作推进到哪一步了？", "市民能感受到哪些变化？", "遇到的难点是什么？", "下一步还有哪些打算？"]
HKW_CAPTIONS = [("万绿园里，市民在草地上放风筝。", "椰风习习"), ("骑楼老街上，游客在品尝清补凉。", ""),
                ("海边，救生员在沙滩上巡查。", "守护海滩")]
HKW_BRIEFS = [
    ("社区开设暑期托管班", "近日，一个社区开设暑期托管班，志愿者陪孩子们写作业、做手工。"),
    ("公交线路新增夜班车", "日前，市区新增两条夜班公交线路，方便市民夜间出行。"),
    ("菜市场完成升级改造", "近日，一个老菜市场完成升级改造，摊位整齐，地面干净。"),
    ("海滩增设淋浴点", "日前，一处海滩增设免费淋浴点，游客游泳后可冲洗。"),
]

SH_SPOTS = (("太阳岛风景区", "门票30元", "8:00—17:30"), ("伏尔加庄园", "门票60元", "9:00—17:00"),
            ("松花江游船", "船票50元", "9:00—19:00"), ("哈尔滨极地公园", "门票150元", "9:00—17:00"),
            ("金河湾湿地植物园", "免费", "6:00—21:00"))
SH_GROUPS = [
    ("江畔消夏夜", ["①市民在江边步道上纳凉。", "②乐手在防洪纪念塔下演奏。", "③孩子们在沙滩上堆沙子。"]),
    ("老街新颜", ["①游客在中央大街上拍照。", "②老建筑修缮后重新开门迎客。", "③街头艺人在为游客画像。"]),
]
SH_QUESTIONS = ["这几年最明显的变化是什么？", "老百姓能得到哪些实惠？", "具体是怎么做的？", "接下来还要在哪些方面发力？"]
SH_CAPTIONS = [("松花江上，游船载着游客驶过江面。", "江上泛舟"), ("早市里，摊主在叫卖新鲜蔬菜。", ""),
               ("公园里，老人们在练太极拳。", "晨练")]
SH_BRIEFS = [
    ("江边新添观景平台", "近日，江边新建的观景平台投用，市民可以在这里看日落。"),
    ("社区举办邻里节", "日前，一个社区举办邻里节，居民端出拿手菜一起分享。"),
    ("地铁站开通便民服务点", "近日，几个地铁站开通便民服务点，提供充电、雨伞借用等服务。"),
]

YS_GUIDE = ("戏曲进校园的十年探索", "青年画家笔下的乡村新貌", "一部话剧的百场巡演", "非遗传承人的守艺之路",
            "新时代文艺评论如何发声")
YS_SHOWS = ("某某大剧院 话剧《长河》", "某某音乐厅 民族管弦乐音乐会", "某某剧场 京剧《锁麟囊》", "某某艺术中心 舞剧《云上》",
            "某某剧院 越剧《红楼梦》")
YS_EXHIBITS = (("山河新韵——山水画作品展", "某某美术馆", "7月20日"), ("丝路丹青——工笔画展", "某某艺术馆", "7月28日"),
               ("时代影像——摄影作品展", "某某展览馆", "8月5日"), ("匠心传承——非遗精品展", "某某博物馆", "8月15日"))
YS_UNITS = ("某某省文联", "某某市文联", "某某省美协", "某某市剧协")
YS_TITLES = ["久久为功方能行稳致远", "在协同中激发新活力", "把蓝图一步步变成实景"]
YS_NOTES = ("（作者系某某艺术研究院研究员）", "（作者为某某美术学院教授）", "（作者系文艺评论家）")
YS_CAPTIONS = [("演员在后台为演出做准备。", "幕后"), ("观众在美术馆里欣赏山水画作品。", ""),
               ("非遗传承人在展示剪纸技艺。", "指尖技艺")]
YS_BRIEFS = [
    ("青年美术作品展开幕", "近日，一场青年美术作品展开幕，展出作品二百余件。"),
    ("戏曲名家收徒传艺", "日前，一位戏曲名家举行收徒仪式，三名青年演员拜师学艺。"),
    ("文艺志愿者走进山村", "近日，一支文艺志愿服务队走进山村，为村民送上文艺演出。"),
]

JJ_TOWNS = ("白沙镇", "几江街道", "德感街道", "双福街道", "珞璜镇", "油溪镇", "吴滩镇")
JJ_NOTICE = ("关于某某路部分路段实施临时交通管制的通告", "因道路管网改造施工需要，将对以下路段实施临时交通管制：",
             ["管制路段：某某路（某某街口—某某桥头）", "管制时间：每日9:00至18:00", "绕行线路：车辆请经某某大道绕行"],
             "管制自{a}起实施，工期约一个月。如有疑问，请拨打咨询电话：{p}", "江津区某某交通管理部门")
JJ_PROJECTS = (("某某产业园标准厂房", "12.5", "主体完工"), ("某某大道改造工程", "8.2", "路面施工"),
               ("某某污水处理厂扩建", "3.6", "设备安装"), ("某某滨江公园", "2.4", "绿化施工"), ("某某物流园", "15.0", "场平完成"))
JJ_PEPPERS = (("青花椒（鲜）", 11.5), ("青花椒（干）", 62.0), ("红花椒（干）", 85.0), ("花椒油", 48.0))
JJ_CAPTIONS = [("花椒园里，椒农在采摘青花椒。", "椒香满园"), ("长江边，市民在滨江步道散步。", ""),
               ("工人在装备制造企业车间里组装零件。", "赶制订单")]
JJ_BRIEFS = [
    ("村里开办夜校", "近日，一个村开办夜校，请农技员给村民讲种植技术。"),
    ("老旧小区装上充电桩", "日前，一个老旧小区装上电动自行车充电桩，居民充电更安全。"),
    ("镇里举办花椒技术培训", "近日，一个镇举办花椒种植技术培训，百余名椒农参加。"),
]

ZY_CITIES = ("台中", "高雄", "台南", "新竹")
ZY_FUELS = (("92无铅汽油", 31.2), ("95无铅汽油", 32.7), ("98无铅汽油", 34.7), ("超级柴油", 29.1))
ZY_QUESTIONS = ["这项政策推行后成效如何？", "民众最关心的是什么？", "地方怎么配合？", "未来还有哪些规划？"]
ZY_TITLES = ["区域合作要落到实处", "政策要有长远眼光", "发展与环保可以兼顾"]
ZY_NOTES = ("（作者为某某大学教授）", "（作者为退休教师）", "（作者为某某医院医师）")
ZY_CAPTIONS = [("夜市里，游客在摊位前排队买小吃。", "夜市人潮"), ("农民在田里收割稻谷。", ""),
               ("民众在海边步道骑自行车。", "单车游海岸")]
ZY_BRIEFS = [
    ("老街举办夏日市集", "一条老街日前举办夏日市集，数十个摊位贩卖手作商品。"),
    ("社区关怀据点开张", "一处社区关怀据点日前开张，提供长者共餐与健康讲座。"),
    ("小学举办毕业音乐会", "一所小学日前举办毕业音乐会，学生合唱献给师长。"),
]

JR_CITIES = ("绵阳", "宜宾", "德阳", "泸州")
JR_STOCKS = (("某某电气", 12.35), ("某某酒业", 138.6), ("某某锂业", 42.18), ("某某药业", 18.72), ("某某能源", 7.46),
             ("某某科技", 25.9))
JR_NOTICE = ("某某股份有限公司关于召开2024年第一次临时股东大会的通知", "本公司董事会决定召开2024年第一次临时股东大会，现将有关事项通知如下：",
             ["会议时间：{b}下午2:30", "会议地点：成都市某某路某某号公司会议室", "股权登记日：会议召开前五个交易日"],
             "参会登记自{a}起办理。联系电话：{p}", "某某股份有限公司董事会")
JR_TITLES = ["改革红利要靠真抓实干", "协同发展要算长远账", "绿色转型蕴含投资机遇"]
JR_NOTES = ("（作者系某某证券首席经济学家）", "（作者为某某大学金融学院教授）")
JR_CAPTIONS = [("投资者在证券营业部查看行情。", "关注行情"), ("工人在锂电材料车间里检查产品。", ""),
               ("上市公司举行业绩说明会。", "业绩说明会")]
JR_BRIEFS = [
    ("一家川企登陆创业板", "近日，一家川企登陆创业板，成为今年四川第三家上市企业。"),
    ("券商举办投资者教育活动", "日前，一家券商走进社区，开展防范非法证券活动宣传。"),
    ("上市公司发布分红方案", "近日，一家上市公司发布年度分红方案，拟每10股派现5元。"),
]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_sr = chosen(Above("上饶日报全媒体记者 {0!l}"), Above("全媒体记者 {0!l} 实习生 {1}", 2),
               Above("全媒体记者 {0!l} 文/图", photo=True), turn="by", drawn=2)
by_sr_brief = turns(Form("本报讯（通讯员 {0}）"), Form("（通讯员 {0} 全媒体记者 {1}）", 2, **TRAIL),
                    Form("（{c0}融媒体中心 {0}）", choices=(SR_COUNTIES,), **TRAIL))

by_hkw = chosen(Above("海口晚报记者 {0!l}"), Above("记者 {0!l} 见习记者 {1}", 2), Above("海口晚报记者 {0!l} 文/图", photo=True),
                turn="by", drawn=2)
by_hkw_brief = turns(Form("（海口晚报记者 {0}）", **TRAIL), Form("本报讯（见习记者 {0}）"))

by_sh = chosen(Above("生活报记者 {0!l}"), Above("生活报记者 {0!l} 实习生 {1}", 2), Above("生活报首席记者 {0!l} 文/摄", photo=True),
               turn="by", drawn=2)
by_sh_brief = turns(Form("（生活报记者 {0}）", **TRAIL), Form("本报讯（记者 {0}）"))

by_ys = chosen(Above("中国艺术报记者 {0!l}"), Above("本报记者 {0!l} 文/图", photo=True), Above("本报特约记者 {0!l}"),
               turn="by", drawn=2)
by_ys_brief = turns(Form("（{c0} {0}）", choices=(YS_UNITS,), **TRAIL), Form("本报讯（记者 {0}）"))

by_jj = chosen(Above("江津日报记者 {0!l}"), Above("通讯员 {0} 记者 {1!l}", 2), Above("融媒体记者 {0!l} 通讯员 {1} {2}", 3),
               turn="by", drawn=2)
by_jj_brief = turns(Form("本报讯（通讯员 {0}）", line_share=0.5), Form("（{c0} {0}）", choices=(JJ_TOWNS,), **TRAIL))

by_zy = chosen(Above("记者{0!l}／台北报导"), Above("记者{0}、{1}／综合报导", 2),
               Form("〔记者{0}／{c0}报导〕", hint="plain", choices=(ZY_CITIES,)), turn="by", drawn=2)
by_zy_brief = turns(Form("〔记者{0}／{c0}报导〕", hint="plain", choices=(ZY_CITIES,)), Form("〔综合报导〕", 0, hint="plain"),
                    Form("（记者{0}）", **TRAIL))

by_jr = chosen(Above("金融投资报记者 {0!l}"), Above("本报记者 {0!l} 实习生 {1}", 2),
               Above("记者 {0!l} {c0}报道", choices=(JR_CITIES,)), turn="by", drawn=2)
by_jr_brief = turns(Form("本报讯（记者 {0}）"), Form("（金融投资报记者 {0}）", **TRAIL))


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


cr_sr = _credit_turns(("上饶日报全媒体记者 {n} 摄", "（{n} 摄）", "通讯员 {s} 摄"))
cr_hkw = _credit_turns(("海口晚报记者 {n} 摄", "（受访者供图）", "记者 {s}/摄"))
cr_sh = _credit_turns(("生活报记者 {n} 摄", "（资料图片）", "记者 {s} 摄"))
cr_ys = _credit_turns(("本报记者 {n} 摄", "（主办方供图）", "（{n} 摄）"))
cr_jj = _pooled_credit(_credit_turns(("记者 {n} 摄", "通讯员 {n} 摄")), _town_credit(JJ_TOWNS))
cr_zy = _credit_turns(("（记者{n}摄）", "（资料照）", "（记者{s}摄）"))
cr_jr = _credit_turns(("金融投资报记者 {n} 摄", "（资料图片）", "（{n} 摄）"))


# --------------------------------------------------------------------------- builder


class Fresh23Builder(Fresh22Builder, Fresh21Builder):
    """The shapes of the twenty-second set (rows by date, a short item with no byline) and of the
    twenty-first (a 导读 box, a special page under its banner and section)."""

    # -------------------------------------------------------------- 上饶日报

    def slot_srguide(self):
        return self.guide(SR_GUIDE, ("今日导读", "导 读"), GUIDE_FORMS[:2])

    def slot_srwater(self):
        rng = self.rng
        rows = [f"{river} {station} 水位{level + rng.randrange(-150, 151) / 100:.2f}米 {rng.choice(('平稳', '上涨', '回落'))}"
                for river, station, level in rng.sample(SR_RIVERS, rng.choice((3, 4)))]
        return self.rows_box(("水情", "今日水情"), rows, title="主要江河站点8时水位" if rng.random() < 0.5 else "")

    def slot_srgroup(self):
        return self.group(SR_GROUPS)

    # -------------------------------------------------------------- 海口晚报

    def slot_hkwweather(self):
        rng = self.rng
        rows = []
        for row in self.dated_rows(range(3), "{m}月{d}日"):
            low = rng.randrange(24, 28)
            rows.append(f"{row} {rng.choice(HKW_SKIES)} {low}℃—{low + rng.randrange(5, 9)}℃ {rng.choice(HKW_WINDS)}")
        return self.rows_box(("椰城天气", "天气预报"), rows, title="海口未来三天天气" if rng.random() < 0.5 else "")

    def slot_hkwqa(self):
        return self.staff_qa(HKW_QUESTIONS, ("海口晚报：", "记者："))

    # -------------------------------------------------------------- 生活报

    def slot_shsummer(self):
        rng = self.rng
        rows = [" ".join(spot) for spot in rng.sample(SH_SPOTS, rng.choice((3, 4)))]
        return self.rows_box(("避暑游", "出游指南"), rows, title="冰城避暑好去处" if rng.random() < 0.5 else "")

    def slot_shgroup(self):
        return self.group(SH_GROUPS)

    def slot_shqa(self):
        return self.staff_qa(SH_QUESTIONS, "生活报：")

    # -------------------------------------------------------------- 中国艺术报

    def slot_ysguide(self):
        return self.guide(YS_GUIDE, ("本期导读", "导读"), GUIDE_FORMS[2:])

    def slot_ysshows(self):
        rng = self.rng
        rows = self.dated_rows(rng.sample(YS_SHOWS, rng.choice((3, 4))), "{m}月{d}日 19:30 {place}")
        return self.rows_box(("演出预告", "舞台动态"), rows, title="近期京城舞台" if rng.random() < 0.5 else "")

    def slot_ysexhibits(self):
        rng = self.rng
        rows = [f"{name} {hall} {end}闭幕" for name, hall, end in rng.sample(YS_EXHIBITS, rng.choice((3, 4)))]
        return self.table_box(("展览信息", "展讯"), "近期展览一览", rng.choice(("展览名称 展出地点 展期", "展览 场馆 闭幕日期")),
                              rows, ("数据来源：各展馆公开信息", "数据来源：某某美术馆"))

    def slot_yscomment(self):
        return self.signed_piece(YS_TITLES, YS_NOTES, ("艺苑评弹", "艺 苑 评 弹"), ("□", "□ "))

    # -------------------------------------------------------------- 江津日报

    def slot_jjnotice(self):
        return self.dated_notice(*JJ_NOTICE, "023")

    def slot_jjprojects(self):
        rng = self.rng
        rows = [" ".join(project) for project in rng.sample(JJ_PROJECTS, rng.choice((3, 4)))]
        return self.table_box(("重点项目", "项目建设"), "全区重点项目建设进度", rng.choice(("项目名称 总投资（亿元） 进度", "项目 投资 形象进度")),
                              rows, ("数据来源：区发展改革委", "数据来源：某某项目建设指挥部"))

    def slot_jjpepper(self):
        rng = self.rng
        rows = [f"{name} {price * rng.randrange(90, 111) / 100:.1f}元/公斤" for name, price in rng.sample(JJ_PEPPERS, 3)]
        return self.rows_box(("花椒行情", "椒乡行情"), rows, title="今日花椒收购参考价" if rng.random() < 0.5 else "")

    # -------------------------------------------------------------- 自由时报

    def slot_zyfuel(self):
        rng = self.rng
        move = rng.choice(("不调整", "调涨0.2元", "调降0.1元"))
        rows = [f"{name} 每公升{price:.1f}元 {move}" for name, price in rng.sample(ZY_FUELS, rng.choice((3, 4)))]
        return self.rows_box(("油价", "本周油价"), rows, title="明起汽柴油牌价" if rng.random() < 0.5 else "")

    def slot_zyqa(self):
        return self.staff_qa(ZY_QUESTIONS, None)

    def slot_zycomment(self):
        return self.signed_piece(ZY_TITLES, ZY_NOTES, ("自由广场", "自 由 广 场"), ("◎", "◎ "))

    # -------------------------------------------------------------- 金融投资报

    def slot_jrstocks(self):
        rng = self.rng
        rows = [f"{name} {price * rng.randrange(92, 109) / 100:.2f} {rng.randrange(-600, 601) / 100:+.2f}%"
                for name, price in rng.sample(JR_STOCKS, rng.choice((4, 5)))]
        return self.table_box(("川股行情", "川股一览"), "昨日部分川股收盘情况", rng.choice(("证券简称 收盘价 涨跌幅", "简称 收盘（元） 涨跌")),
                              rows, ("数据来源：某某证券行情系统", "数据来源：交易所公开信息"))

    def slot_jrnotice(self):
        return self.dated_notice(*JR_NOTICE, "028")

    def slot_jrcomment(self):
        return self.signed_piece(JR_TITLES, JR_NOTES, ("金投观察", "金 投 观 察"), ("文/", "文/ "))


# --------------------------------------------------------------------------- furniture


def _roc_year(ctx):
    return ctx.date.year - 1911


def _tw_phone(ctx):
    rng = ctx.rng
    return f"(02){rng.randrange(2200, 2999)}-{rng.randrange(1000, 9999)}"


_sr_top = furniture(
    (0.5, [ln("{n:02d} {ssec}", page="{n:02d}"), ln("上饶日报 {y}年{m}月{d}日 {wd}", paper=True, date=True),
           "责任编辑 {name} 版式 {name}"]),
    [ln("{date} {wd} 上饶日报 第{n}版 {sec}", paper=True, date=True, page="{n}")],
    front=["上饶", "日报", "SHANGRAO DAILY", "中共上饶市委机关报", ln("{date} {wd} 农历{lunar}", date=True),
           ln("第{no:12000-12999}期 今日{pages}版 上饶日报社出版", paper=True)])
_sr_bottom = furniture((0.5, ["新闻热线：{tel:0793} 广告热线：{tel:0793}"]),
                       ["校对 {name}", opt(0.5, [ln("上饶日报社地址：上饶市信州区某某路{no:10-99}号", paper=True)])])

_hkw_top = furniture(
    (0.4, [ln("海口晚报", paper=True), ln("{y}年{m}月{d}日 {wd} A{n:02d} {sec}", date=True, page="A{n:02d}")]),
    (0.8, [ln("A{n:02d} {ssec} {m}月{d}日 {wd}", date=True, page="A{n:02d}"), "主编 {name} 责编 {name}"]),
    [])
_hkw_bottom = furniture((0.5, [ln("海口晚报新闻热线 {tel:0898}", paper=True)]), ["扫码关注晚报微信 爆料有奖"])

_sh_top = furniture(
    (0.4, [ln("生活报", paper=True), ln("{y}.{m:02d}.{d:02d} {wd}", date=True), ln("{sec} {n:02d}", page="{n:02d}")]),
    (0.8, [ln("{n:02d} | {sec} | {y}年{m}月{d}日", date=True, page="{n:02d}"), "编辑 {name} 美编 {name}"]),
    [])
_sh_bottom = furniture((0.5, [ln("生活报新闻热线 {tel:0451}", paper=True), "扫码关注生活报微信公众号"]), ["校对 {name}"])

_ys_top = furniture(
    (0.5, [ln("中国艺术报 {date} {wd}", paper=True, date=True), ln("第{n}版 {sec}", page="{n}")]),
    [ln("{ssec} {n}", page="{n}"), ln("{y}年{m}月{d}日 责任编辑 {name}", date=True)],
    front=[masthead("中国艺术报"), "CHINA ART NEWS", "中国文学艺术界联合会主管主办", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:2500-2999}期 今日{pages}版 国内统一连续出版物号 CN 11-0000"])
_ys_bottom = furniture((0.5, ["本版编辑 {name} 电话：{tel:010}"]), ["投稿邮箱：zgysb@example.cn"])

_jj_top = furniture(
    (0.5, [ln("{sec} 第{n}版", page="{n}"), ln("江津日报 {y}年{m}月{d}日 {wd}", paper=True, date=True)]),
    [ln("{date} {wd}", date=True), ln("{n} {ssec}", page="{n}"), "责任编辑 {name} 校对 {name}"],
    front=[opt(0.5, ["江津", "日报"], [masthead("江津日报")]), "中共重庆市江津区委机关报", ln("{date} {wd} 农历{slunar}", date=True),
           ln("第{no:3000-3999}期 今日{pages}版 江津日报社出版", paper=True)])
_jj_bottom = furniture((0.5, ["新闻热线：{tel:023} 投稿邮箱：jjrb@example.cn"]), ["本版编辑 {name}"])

_zy_top = furniture(
    (0.5, [ln("A{n} {sec}", page="A{n}"), ln("自由时报 {y}年{m}月{d}日 {wd}", paper=True, date=True)]),
    [ln("{sec} A{n} 中华民国{roc}年{m}月{d}日 {wd}", page="A{n}", date=True)],
    front=[masthead("自由时报"), "LIBERTY TIMES", ln("中华民国{roc}年{m}月{d}日 {wd}", date=True), "第{no:12000-12999}号 今日{pages}版"],
    fields={"roc": _roc_year})
_zy_bottom = furniture((0.5, ["新闻信箱：news@example.tw", "总机：{twtel}"]), ["编辑：{name} 美编：{name}"],
                       fields={"twtel": _tw_phone})

_jr_top = furniture(
    (0.5, [ln("金融投资报", paper=True), ln("{n:02d} {ssec}", page="{n:02d}"), DATED]),
    [ln("{date} {wd} 金融投资报 第{n:02d}版", paper=True, date=True, page="{n:02d}"), "编辑 {name} 美编 {name}"],
    front=[masthead("金融投资报"), "四川日报报业集团主管主办", ln("{date} {wd}", date=True),
           "第{no:4000-4999}期 今日{pages}版 国内统一连续出版物号 CN 51-0000"])
_jr_bottom = furniture((0.5, ["新闻热线：{tel:028}", opt(0.5, ["本版校对 {name}"])]),
                       ["本报所载信息仅供参考 据此入市风险自担"])


@dataclasses.dataclass
class Fresh23Family(Fresh9Family):
    seed_stride: int = FRESH23_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh23Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh23Builder, justified=True,
                         **kw)


FRESH23_FAMILIES = [
    fam("shangrao_city", "上饶日报", _sr_top, _sr_bottom, {by_sr: 1},
        brief_bylines={by_sr_brief: 1}, credits=(cr_sr,), width=(15, 23), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.02, displaced=0.2, caption_pool=SR_CAPTIONS, brief_pool=SR_BRIEFS,
        brief_pool_share=0.6, paper_outlet="上饶日报全媒体", labels={"column": ("县市区传真", "上饶简讯"), "bullet": ("◆",)},
        plans=((["srguide", "decklead", "bare"], {"front": True}),
               (["continuation", "srwater", "briefcol"], {"page": 2}),
               (["srgroup", "deck", "photo"], {"blank": "every"}),
               (["briefpair", "deck", "brief"], {"blank": "none", "turn": 1})),
        page_style="0", sections=("要闻", "县市区", "民生")),
    fam("haikou_evening", "海口晚报", _hkw_top, _hkw_bottom, {by_hkw: 1},
        brief_bylines={by_hkw_brief: 1}, credits=(cr_hkw,), width=(12, 17), blank={"para": 1, "every": 2},
        letterspace=0.4, stray_spaces=0.05, doubled=0.2, displaced=0.35, caption_pool=HKW_CAPTIONS,
        brief_pool=HKW_BRIEFS, brief_pool_share=0.7, labels={"column": ("椰城速递", "街坊新闻"), "bullet": ("●",)},
        plans=((["deck", "hkwweather", "photo"], {}),
               (["briefpair", "briefpair", "bare"], {"blank": "none"}),
               (["hkwqa", "briefphoto"], {"blank": "every"}),
               (["story", "briefcol", "photo"], {"turn": 1})),
        page_style="A0", sections=("海口新闻", "民生", "城事")),
    fam("shenghuo_metro", "生活报", _sh_top, _sh_bottom, {by_sh: 1},
        brief_bylines={by_sh_brief: 1}, credits=(cr_sh,), width=(13, 19), per_article_width=True,
        blank={"para": 1, "every": 1}, indent=0.3, letterspace=0.3, stray_spaces=0.04, doubled=0.15, displaced=0.3,
        caption_pool=SH_CAPTIONS, brief_pool=SH_BRIEFS, brief_pool_share=0.7, paper_outlet="生活报",
        labels={"column": ("冰城快讯", "街头巷尾"), "bullet": ("■",)},
        plans=((["deck", "shsummer", "bare"], {}),
               (["banner", "shgroup", "photo", "photo", "bare"],
                {"banner": ("图说冰城", "图 说 冰 城"), "section": "图说冰城", "group_credit": "组图/生活报记者 {n}"}),
               (["shqa", "briefpair"], {"blank": "every"}),
               (["briefphoto", "deck", "briefcol"], {"blank": "none", "turn": 1})),
        page_style="0", sections=("哈尔滨新闻", "城事", "民生")),
    fam("yishu_national", "中国艺术报", _ys_top, _ys_bottom, {by_ys: 1},
        brief_bylines={by_ys_brief: 1}, credits=(cr_ys,), width=(16, 25), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.2, displaced=0.25, caption_pool=YS_CAPTIONS, brief_pool=YS_BRIEFS,
        brief_pool_share=0.6, labels={"column": ("文艺动态", "艺讯"), "bullet": ("★",)},
        plans=((["ysguide", "decklead", "photo"], {"front": True}),
               (["continuation", "ysshows", "briefcol"], {"page": 2}),
               (["yscomment", "deck", "bare"], {"blank": "every"}),
               (["ysexhibits", "deck", "briefphoto"], {"blank": "none", "turn": 1})),
        page_style="plain", sections=("要闻", "美术", "戏剧", "评论")),
    fam("jiangjin_county", "江津日报", _jj_top, _jj_bottom, {by_jj: 1},
        brief_bylines={by_jj_brief: 1}, credits=(cr_jj,), width=(14, 21), blank={"para": 2, "every": 1},
        indent=0.3, letterspace=0.3, stray_spaces=0.03, displaced=0.2, caption_pool=JJ_CAPTIONS, brief_pool=JJ_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("镇街动态", "江津简讯"), "bullet": ("▲",)},
        plans=((["deck", "brief", "photo"], {"front": True}),
               (["jjnotice", "jjprojects", "deck", "bare"], {}),
               (["briefcol", "jjpepper", "deck"], {"blank": "every"}),
               (["photo", "story", "briefpair"], {"blank": "none", "turn": 1})),
        page_style="plain", sections=("江津新闻", "镇街", "经济")),
    fam("ziyou_taiwan", "自由时报", _zy_top, _zy_bottom, {by_zy: 1},
        brief_bylines={by_zy_brief: 1}, credits=(cr_zy,), width=(13, 20), blank={"para": 2, "none": 1},
        indent=0.3, letterspace=0.1, stray_spaces=0.03, displaced=0.2, caption_pool=ZY_CAPTIONS, brief_pool=ZY_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("地方快讯", "生活短波"), "bullet": ("●",)},
        plans=((["deck", "zyfuel", "photo"], {"front": True}),
               (["zycomment", "deck", "briefpair"], {"blank": "every"}),
               (["zyqa", "briefphoto", "bare"], {}),
               (["briefcol", "story", "photo"], {"blank": "none", "turn": 1})),
        page_style="A", sections=("焦点新闻", "生活新闻", "地方新闻")),
    fam("jintou_securities", "金融投资报", _jr_top, _jr_bottom, {by_jr: 1},
        brief_bylines={by_jr_brief: 1}, credits=(cr_jr,), width=(15, 24), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.2, stray_spaces=0.02, displaced=0.2, caption_pool=JR_CAPTIONS, brief_pool=JR_BRIEFS,
        brief_pool_share=0.6, labels={"column": ("公司速递", "市场快讯"), "bullet": ("●",)},
        plans=((["decklead", "jrstocks", "bare"], {"front": True}),
               (["continuation", "jrnotice", "jrstocks"], {"page": 2}),
               (["jrcomment", "deck", "briefphoto"], {"blank": "every"}),
               (["briefpair", "deck", "briefcol"], {"blank": "none", "turn": 1})),
        page_style="0", sections=("要闻", "公司", "市场")),
]
