"""A fifty-seventh set of development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator or look at how these pages are cut.  Seven papers of the north and the Yangtze delta, of
the motor industry and of power generation, and of Taiwan that the corpus had not imitated (checked by name
against the development builders and the README, and against the held-back set only with a script that
names this set's candidate papers a held-back page also has; it named none): a prefecture city daily of
Shanxi (运城), a county-level city paper of Jiangsu (溧阳时报), a metro morning paper of Beijing (北京晨报), an
evening paper of Wuxi (江南晚报), the national papers of the motor industry (中国汽车报) and of a power
generation group (中国大唐报), and a Chinese-language daily of Kaohsiung, Taiwan (台湾时报).  Of the first
candidates 宝鸡日报, 天水日报, 长治日报, 湖州日报, 汉中日报, 榆林日报, 张掖日报, 江阴日报, 昆山日报, 张家港日报, 义乌商报,
慈溪日报, 诸暨日报, 温岭日报, 宜兴日报, 常熟日报, 燕赵晚报, 三秦都市报, 华商报, 西安晚报, 兰州晨报, 兰州晚报, 太原晚报,
姑苏晚报, 今晚报, 金陵晚报, 现代快报, 都市快报, 扬州晚报, 工人日报, 中国劳动保障报, 解放军报, 中国国防报, 中国石油报,
中国煤炭报, 国家电网报, 中国能源报, 中国航空报, 联合报, 中国时报, 自由时报, 中华日报, 菲律宾商报, 千岛日报 and 国际日报
were imitated or named already, so they were not taken.
This set's emphasis is the ordinary news page as an archive receives it every week (要闻, 县市区, 镇区, 北京新闻,
无锡新闻, 产业, 基层, 高屏新闻), each paper printing the common things its own way: its header and footer lines
(where the date stands, how the page and section print, the lunar date, the 中华民国 year, the serial number,
editors' lines, hotlines, app promos), its byline and dateline grammar (本报运城X月X日讯, a town's 本报讯, 晨报讯,
晚报记者 … 文/图, 本报记者 X 发自X, a power plant's 通讯员, 记者X／高雄报导 and 【综合报导】), its photo credits, its
briefs column and bullet, its jump lines and continuation heads, a commentary with its signature, an
interview, a box tied to a story, a service box, a figures box, a photo group, a reader's call with its
reply, a sales table.  Every family wraps its columns by width.

Seeds: FRESH57_SEED_BASE + FRESH57_SEED_STRIDE*family + 1_000*attempt + n (68_060_001 .. 68_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (comment titles,
questions, notes, service rows, figures, table rows, readers' calls and replies, captions, briefs); names,
figures, phone numbers and addresses are made up.
"""
from __future__ import annotations

import dataclasses

from fresh_layouts_5 import _credit_turns
from fresh_layouts_40 import dateline, taking_turns
from fresh_layouts_43 import Fresh43Builder, Fresh43Family
from layout_kit import TRAIL, Above, Form, chosen, furniture, ln, masthead, opt, turns

FRESH57_SEED_BASE = 68_000_000
FRESH57_SEED_STRIDE = 60_000

# --------------------------------------------------------------------------- filler (written for this corpus)

YC_TITLES = ["让盐湖这张名片更亮", "苹果产业要在品牌上下功夫", "把黄河岸边的生态保护好"]
YC_LINKS = [("延伸阅读", "", ["运城地处晋陕豫黄河金三角，苹果、小麦和盐湖是当地人常说的“家底”。"]),
            ("记者手记", "果园里的“土专家”", ["老李在果园里转了大半辈子，哪棵树该疏果、哪块地该追肥，"
                                            "他蹲下看看就知道。他说，果子好不好，全看管得细不细。"]),
            ("相关新闻", "", ["今年以来，全市一批高标准农田项目完工，新增节水灌溉面积数万亩。"])]
YC_GROUPS = [("盐湖边的春天", ["①游客在湖边栈道上拍照。", "②摄影爱好者拍摄湖面倒影。", "③孩子们在湖边放风筝。"]),
             ("苹果红了", ["①果农在果园里采摘苹果。", "②工人在分拣车间装箱。", "③客商在地头过秤。"])]
YC_CAPTIONS = [("临猗县的果园里，果农在给苹果摘袋。", "摘袋忙"), ("盐湖区某某社区，志愿者在为居民义诊。", ""),
               ("永济市的麦田里，农机在播种小麦。", "秋播"), ("芮城县黄河湿地，候鸟在水面栖息。", "")]
YC_BRIEFS = [("闻喜县开展秋冬季森林防火检查", "近日，闻喜县组织开展森林防火检查，排查一批隐患。"),
             ("河津市举办返乡创业培训班", "日前，河津市举办返乡创业培训班，百余名学员参加。"),
             ("夏县新建一批村级养老互助点", "近日，夏县一批村级养老互助点投入使用，老人就近有了去处。")]

LY_SERVICE = ["▲市人民医院本周六上午在燕山公园开展义诊。", "▲因道路改造，某某路本周三至周五禁止大货车通行。",
              "▲市图书馆周日下午举办少儿绘本故事会。", "▲天目湖镇农产品展销会本周末举行，欢迎选购。",
              "▲市人社局下周二举办春季招聘会，地点在人力资源市场。"]
LY_QUESTIONS = ["合作社今年收成怎么样？", "为什么想到搞“稻虾共养”？", "带动了多少农户？", "明年还有什么打算？"]
LY_CALL_TITLES = ["小区门口路灯坏了谁来修？", "村里的健身器材能不能换新？"]
LY_REPLIES = ["记者追踪：市城管部门接到反映后已派人维修，路灯已恢复照明。",
              "记者追踪：所在镇回复，新器材已列入采购计划，月底前安装到位。"]
LY_TOWNS = ("天目湖镇", "戴埠镇", "社渚镇", "上兴镇", "别桥镇")
LY_CAPTIONS = [("天目湖畔，游客在茶园里体验采茶。", "采茶"), ("社渚镇的稻田里，农户在收割水稻。", ""),
               ("上兴镇的工业园里，工人在装配电池组。", "车间"), ("燕山公园里，市民在晨练。", "")]
LY_BRIEFS = [("别桥镇开展防汛应急演练", "近日，别桥镇组织开展防汛应急演练，提高群众避险意识。"),
             ("昆仑街道新建一批口袋公园", "日前，昆仑街道一批口袋公园建成开放，居民家门口多了休闲地。"),
             ("竹箦镇举办农民丰收节", "近日，竹箦镇举办农民丰收节，展示一批特色农产品。")]

BC_SERVICE = ["【限行】本周一至周五尾号限行为1和6、2和7、3和8、4和9、5和0。", "【天气】今天白天晴间多云，北转南风二三级，最高气温26℃。",
              "【出行】地铁某号线周末部分站点临时封站，请乘客绕行。", "【活动】某某公园菊花展今起开幕，持续至下月中旬。",
              "【提示】今起本市进入供暖季，居民如有问题可拨打供热热线。"]
BC_CALL_TITLES = ["楼下的共享单车堆成山", "公交站台的座椅坏了半个月"]
BC_REPLIES = ["晨报跟进：朝阳区某某街道回复，已联系运营企业清运车辆，并增设停放区。",
              "晨报跟进：公交公司表示，已安排人员更换座椅，本周内完成。"]
BC_PLACES = ("朝阳区", "海淀区", "丰台区", "西城区")
BC_QUESTIONS = ["这家老字号开了多少年了？", "胡同改造后有什么变化？", "年轻人为什么愿意来这里开店？", "接下来有什么打算？"]
BC_CAPTIONS = [("什刹海冰场，市民在滑冰。", "冰上乐"), ("南锣鼓巷，游客在选购文创产品。", ""),
               ("奥林匹克公园里，市民在骑行。", "周末骑行"), ("工人在某某地铁站施工现场作业。", "")]
BC_BRIEFS = [("西城区新增一批便民菜站", "近日，西城区一批便民菜站开门营业，居民买菜更方便。"),
             ("丰台区开展电动自行车消防检查", "日前，丰台区开展电动自行车消防检查，排查隐患数十处。"),
             ("海淀区举办社区运动会", "近日，海淀区举办社区运动会，数百名居民参加。")]

JN_TITLES = ["让太湖的水更清", "老街更新要留住烟火气", "别让“停车难”难住居民"]
JN_NOTES = ("（作者系无锡某某学院讲师）", "（作者系本报特约评论员）")
JN_SERVICE = ["·今天多云，气温15℃至23℃，东南风三级。", "·本周六上午，市图书馆举办惠山泥人讲座。",
              "·明日9:00至17:00，梁溪区某某路片区计划停水。", "·某某路公交站点今起临时迁移。",
              "·太湖边某某公园周末举办樱花灯光秀。"]
JN_GROUPS = [("太湖樱花开", ["①游客在樱花林中拍照。", "②孩子们在草坪上野餐。", "③游船在太湖上穿行。"]),
             ("清名桥夜色", ["①游客在古运河边散步。", "②手艺人在展示惠山泥人。", "③游船在夜色中驶过清名桥。"])]
JN_CAPTIONS = [("惠山古镇里，游客在参观祠堂。", "古镇游"), ("梁溪区某某社区食堂，老人在用餐。", ""),
               ("蠡湖边，市民在夜跑。", "湖畔夜跑"), ("新吴区的厂房里，工人在调试设备。", "")]
JN_BRIEFS = [("锡山区开展防溺水宣传进社区", "近日，锡山区开展防溺水宣传进社区活动，提醒家长看护好孩子。"),
             ("滨湖区新开一批城市书房", "日前，滨湖区一批城市书房开放，居民就近就能看书。"),
             ("惠山区举办家门口招聘会", "近日，惠山区举办家门口招聘会，提供岗位上千个。")]

QC_FIGURES = [("215.4万辆", "本月汽车销量"), ("38.6%", "新能源汽车渗透率"), ("42.1万辆", "本月汽车出口"),
              ("1.8万座", "本月新增公共充电桩"), ("12.3%", "销量同比增幅")]
QC_TABLE = ["某某汽车 21.6万辆 +12.4%", "某某集团 18.3万辆 +8.1%", "某某新能源 15.9万辆 +35.2%",
            "某某汽车 12.7万辆 -3.6%", "某某股份 9.8万辆 +5.0%", "某某汽车 7.4万辆 +18.9%"]
QC_TITLES = ["车企出海要练好内功", "新能源汽车下乡要补上服务短板", "价格战不是长久之计"]
QC_NOTES = ("（作者系某某大学汽车学院教授）", "（作者单位：某某汽车研究院）")
QC_QUESTIONS = ["今年企业的销量目标完成得怎么样？", "海外市场有哪些新布局？", "怎么看待当前的价格竞争？", "下一步的重点是什么？"]
QC_CAPTIONS = [("工人在总装车间装配新车。", "总装线"), ("观众在车展上参观新能源车型。", ""),
               ("待出口的汽车在港口排队装船。", "出海"), ("技术人员在测试场进行碰撞试验。", "")]
QC_BRIEFS = [("某某车企新基地投产", "近日，某某车企新基地正式投产，年产能数十万辆。"),
             ("某某市新增一批换电站", "日前，某某市一批换电站投入运营，方便出租车换电。"),
             ("某某零部件企业发布新电池", "近日，某某零部件企业发布新一代动力电池，续航进一步提升。")]

DT_TITLES = ["安全生产要落到每一个班组", "迎峰度冬要打好主动仗", "让新能源项目跑出加速度"]
DT_LINKS = [("背景链接", "", ["该电厂投产已有二十余年，两台机组今年完成节能改造，供热能力进一步提升。"]),
            ("一线手记", "凌晨三点的巡检路", ["凌晨三点，老王拿着手电筒走进锅炉房。哪块保温有破损、"
                                            "哪只阀门有异响，他都记在本子上。"]),
            ("相关链接", "", ["今年以来，集团一批风电、光伏项目陆续并网，清洁能源装机占比持续提高。"])]
DT_GROUPS = [("风电场里的检修工", ["①检修人员攀爬风机塔筒。", "②技术人员在机舱内检查设备。", "③检修完成后人员合影。"]),
             ("迎峰度冬保供热", ["①运行人员在集控室监盘。", "②检修人员在更换阀门。", "③职工在煤场巡查。"])]
DT_FIGURES = [("1.2亿千瓦", "集团装机容量"), ("38%", "清洁能源装机占比"), ("1260天", "某电厂机组连续安全运行"),
              ("4.6万户", "新增供热面积覆盖居民"), ("99.2%", "机组等效可用系数")]
DT_CAPTIONS = [("检修人员在升压站巡检设备。", "巡检"), ("职工在光伏板间清扫积尘。", ""),
               ("运行人员在集控室监视参数。", "值守"), ("工人在供热管网改造现场作业。", "")]
DT_BRIEFS = [("某某发电公司开展消防应急演练", "近日，某某发电公司开展消防应急演练，检验处置能力。"),
             ("某某新能源公司光伏项目全容量并网", "日前，某某新能源公司一光伏项目实现全容量并网发电。"),
             ("某某热电公司完成供热管网改造", "近日，某某热电公司完成城区供热管网改造，供热更稳定。")]

TS_TITLES = ["地方建设不能只看眼前", "长照服务要再补足人力", "治水工程别再拖延"]
TS_QUESTIONS = ["这家老店开了多少年了？", "为什么选择回乡开店？", "经营上遇到过什么困难？", "今后有什么打算？"]
TS_SERVICE = ["北部 多云 18～25℃", "中部 多云时晴 20～29℃", "南部 晴时多云 22～31℃", "东部 多云午后阵雨 21～28℃",
              "澎湖 多云 20～26℃"]
TS_CAPTIONS = [("旗津海岸，民众在沙滩散步。", "海边假日"), ("美浓的稻田里，农民在收割稻谷。", ""),
               ("爱河畔，游客在搭乘游船。", "爱河夜游"), ("屏东的市集里，摊商在贩售水果。", "")]
TS_BRIEFS = [("凤山区举办社区长者餐会", "凤山区一社区日前举办长者餐会，数十名长者参加。"),
             ("屏东县推动校园午餐食材在地化", "屏东县近日推动校园午餐使用在地食材，受到家长肯定。"),
             ("台南市启用一批公共自行车站", "台南市近日启用一批公共自行车站，方便民众通勤。")]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_yc = taking_turns(dateline("本报运城{m}月{d}日讯（记者 {0} 通讯员 {1}）", 2),
                     chosen(Above("运城日报融媒体记者 {0!l}")),
                     chosen(Above("本报通讯员 {0!l} {1} 记者 {2}", 3), drawn=3))
by_yc_brief = turns(Form("（{c0}县委宣传部 {0}）", choices=(("闻喜", "夏县", "平陆", "绛县"),), **TRAIL),
                    Form("本报讯（通讯员 {0}）"))

by_ly = chosen(Form("本报讯（记者 {0} 通讯员 {1}）", 2), Above("记者 {0!l} 通讯员 {1}", 2),
               Form("本报讯（{c0} {0}）", choices=(LY_TOWNS,)), turn="by", drawn=2)
by_ly_brief = turns(Form("（通讯员 {0} {1}）", 2, **TRAIL), Form("本报讯 {c0} {0}", choices=(LY_TOWNS,)))

by_bc = chosen(Form("晨报讯（记者 {0}）"), Above("北京晨报记者 {0!l} 实习生 {1}", 2),
               Above("晨报记者 {0!l} 文并摄", photo=True), turn="by", drawn=2)
by_bc_brief = turns(Form("晨报讯（记者 {0}）", line_share=0.3), Form("（记者 {0}）", **TRAIL))

by_jn = chosen(Above("晚报记者 {0!l}"), Form("本报讯（记者 {0} 通讯员 {1}）", 2, line_share=0.3),
               Above("晚报记者 {0!l} 文/摄", photo=True), turn="by", drawn=2)
by_jn_brief = turns(Form("（{c0} {0}）", choices=(("梁溪宣", "锡山宣", "滨湖宣"),), **TRAIL),
                    Form("本报讯（记者 {0}）"))

QC_CITIES = ("上海", "长春", "重庆", "广州", "合肥")
by_qc = chosen(Above("本报记者 {0!l} 发自{c0}", choices=(QC_CITIES,)), Above("中国汽车报记者 {0!l}"),
               Form("本报讯（记者 {0}）"), turn="by", drawn=1)
by_qc_brief = turns(Form("（{0}）", **TRAIL), Form("本报讯", 0))

DT_UNITS = ("某某发电公司", "某某热电公司", "某某新能源公司", "某某水电公司")
by_dt = chosen(Above("通讯员 {0!l} {1}", 2), Above("本报记者 {0!l} 通讯员 {1}", 2),
               Form("本报讯（{c0} {0}）", choices=(DT_UNITS,)), turn="by", drawn=2)
by_dt_brief = turns(Form("（{c0} {0}）", choices=(DT_UNITS,), **TRAIL), Form("本报讯 通讯员 {0} 报道", line_share=0.5))

TS_CITIES = ("高雄", "屏东", "台南", "凤山")
by_ts = chosen(Above("记者{0}／{c0}报导", choices=(TS_CITIES,)), Form("【记者{0}／{c0}报导】", hint="plain", choices=(TS_CITIES,)),
               Form("【综合报导】", 0, hint="plain"), turn="by", drawn=1)
by_ts_brief = turns(Form("【记者{0}／{c0}报导】", hint="plain", choices=(TS_CITIES,)), Form("【本报讯】", 0, hint="plain"))


# --------------------------------------------------------------------------- photo credits


cr_yc = _credit_turns(("运城日报融媒体记者 {n} 摄", "（{n} 摄）", "（资料图片）"))
cr_ly = _credit_turns(("记者 {n} 摄", "（通讯员 {n} 摄）", "（镇宣传办供图）"))
cr_bc = _credit_turns(("晨报记者 {n}/摄", "北京晨报记者 {n} 摄", "（受访者供图）"))
cr_jn = _credit_turns(("晚报记者 {n} 摄", "（{n} 摄）", "（图片由主办方提供）"))
cr_qc = _credit_turns(("（企业供图）", "本报记者 {n} 摄", "{n}/摄"))
cr_dt = _credit_turns(("通讯员 {n} 摄", "（{n}/摄）", "（公司供图）"))
cr_ts = _credit_turns(("（记者{n}摄）", "（记者{n}翻摄）", "（市政府提供）"))


# --------------------------------------------------------------------------- builder


class Fresh57Builder(Fresh43Builder):

    # -------------------------------------------------------------- set57_a

    def slot_yccomment(self):
        return self.staff_comment(("河东时评", "运城观察"), YC_TITLES, sign=self.rng.choice(("本报评论员", "运城日报评论员")))

    def slot_yclink(self):
        return self.tied_box(YC_LINKS)

    def slot_ycgroup(self):
        return self.numbered_photos(YC_GROUPS)

    # -------------------------------------------------------------- set57_b

    def slot_lyservice(self):
        return self.service(("服务台", "民生资讯"), LY_SERVICE)

    def slot_lytalk(self):
        return self.interview(("面对面", "镇村人物"), LY_QUESTIONS, ("记者：", "时报："))

    def slot_lycall(self):
        return self.reply_letter(LY_CALL_TITLES, LY_REPLIES, LY_TOWNS)

    # -------------------------------------------------------------- set57_c

    def slot_bcservice(self):
        return self.service(("晨报提示", "京城生活"), BC_SERVICE)

    def slot_bccall(self):
        return self.reply_letter(BC_CALL_TITLES, BC_REPLIES, BC_PLACES)

    def slot_bctalk(self):
        return self.interview(("晨报访谈", "胡同人物"), BC_QUESTIONS, ("晨报：", "记者："))

    # -------------------------------------------------------------- set57_d

    def slot_jncomment(self):
        return self.noted_comment(("江南时评", "晚报观点"), JN_TITLES, ("■", "文/"), JN_NOTES)

    def slot_jnservice(self):
        return self.service(("晚报提醒", "生活服务"), JN_SERVICE)

    def slot_jngroup(self):
        return self.numbered_photos(JN_GROUPS)

    # -------------------------------------------------------------- set57_e

    def slot_qcfigures(self):
        return self.figures(("数说车市", "数据"), QC_FIGURES, title="本月车市一览")

    def slot_qctable(self):
        rng = self.rng
        rows = rng.sample(QC_TABLE, rng.choice((4, 5)))
        return self.wide_table(("排行", "数据"), "本月乘用车企业销量前列", rng.choice(("企业 销量 同比", "企业名称 本月销量 同比增长")),
                               rows, ("数据来源：某某汽车行业协会", "注：企业名称已略"))

    def slot_qccomment(self):
        return self.noted_comment(("车市观察", "评论"), QC_TITLES, ("□", "◎"), QC_NOTES)

    def slot_qctalk(self):
        return self.interview(("高端访谈", "对话"), QC_QUESTIONS, ("中国汽车报：", "记者："))

    # -------------------------------------------------------------- set57_f

    def slot_dtcomment(self):
        return self.staff_comment(("大唐论坛", "评论"), DT_TITLES, sign=self.rng.choice(("本报评论员", "本报特约评论员")))

    def slot_dtlink(self):
        return self.tied_box(DT_LINKS)

    def slot_dtgroup(self):
        return self.numbered_photos(DT_GROUPS)

    def slot_dtfigures(self):
        return self.figures(("数字", "数说"), DT_FIGURES, title="前三季度生产经营情况")

    # -------------------------------------------------------------- set57_g

    def slot_tsweather(self):
        return self.service(("气象", "今日天气"), TS_SERVICE, title="各地天气")

    def slot_tscomment(self):
        return self.staff_comment(("社论", "时论"), TS_TITLES, sign=self.rng.choice(("本报社论", "本报")))

    def slot_tstalk(self):
        return self.interview(("人物专访", "在地故事"), TS_QUESTIONS, ("问：", "记者问："))


# --------------------------------------------------------------------------- furniture


def _roc_year(ctx):
    return ctx.date.year - 1911


_yc_top = furniture(
    (0.5, [ln("{y}年{m}月{d}日 {wd}", date=True), ln("运城日报", paper=True), ln("第{n}版 {sec}", page="{n}"),
           "责任编辑 {name} 美术编辑 {name}"]),
    [ln("{sec}", page=None), ln("{n}", page="{n}"), ln("运城日报 {date}", paper=True, date=True), "编辑：{name}"],
    front=[masthead("运城日报"), "中共运城市委机关报", ln("{date} {wd}", date=True), "农历{lunar}",
           "第{no:8000-8999}期 今日{pages}版", "国内统一连续出版物号 CN 14-0000", "运城新闻网 www.example.cn"])
_yc_bottom = furniture((0.5, ["运城日报社出版 地址：运城市盐湖区某某路{no:1-99}号 新闻热线 {tel:0359}"]),
                       ["下载“运城新闻”客户端", opt(0.5, ["零售价1.00元 运城某某印刷有限公司印刷"])])

_ly_top = furniture(
    (0.5, [ln("溧阳时报", paper=True), ln("{sec}·{n}", page="{n}"), ln("{date} {wd}", date=True), "责编 {name} 校对 {name}"]),
    [ln("{n}", page="{n}"), "{sec}", ln("{y}.{m}.{d} 农历{slunar}", date=True)],
    front=[masthead("溧阳时报"), "中共溧阳市委机关报", "LIYANG TIMES", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:3000-3999}期 本期{pages}版", "江苏省连续性内部资料准印证（D）字第0000号"])
_ly_bottom = furniture((0.5, ["溧阳时报社 地址：溧阳市某某路{no:1-99}号 报料热线 {tel:0519}"]),
                       ["关注“溧阳时报”微信公众号", opt(0.5, ["免费赠阅"])])

_bc_top = furniture(
    (0.5, [ln("A{n:02d}", page="A{n:02d}"), "{sec}", ln("北京晨报", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True),
           "责编 {name} 美编 {name} 责校 {name}"]),
    [ln("北京晨报 {date}", paper=True, date=True), ln("{sec} A{n:02d}", page="A{n:02d}")],
    front=[masthead("北京晨报"), "BEIJING MORNING POST", "北京日报报业集团主管主办", ln("{date} {wd}", date=True),
           "农历{slunar}", "今日{pages}版 第{no:6000-6999}期", "新闻热线 {tel:010} 零售价1.00元"])
_bc_bottom = furniture((0.5, ["晨报新闻热线 {tel:010} 官方微博 @北京晨报"]),
                       ["北京晨报社 地址：北京市东城区某某胡同{no:1-99}号", opt(0.5, ["广告许可证 京东工商广字第0000号"])])

_jn_top = furniture(
    (0.5, [ln("{sec}", page=None), ln("A{n}", page="A{n}"), ln("江南晚报", paper=True),
           ln("{y}年{m}月{d}日 {wd}", date=True), "责任编辑：{name}"]),
    [ln("江南晚报·{sec} A{n}", paper=True, page="A{n}"), ln("{date} 农历{slunar}", date=True), "版式：{name}"],
    front=[masthead("江南晚报"), "JIANGNAN EVENING NEWS", "无锡日报报业集团主管主办", ln("{date} {wd}", date=True),
           "农历{lunar}", "第{no:9000-9999}期 今日{pages}版", "报料热线 {tel:0510} 每份1.00元"])
_jn_bottom = furniture((0.5, ["江南晚报报料热线 {tel:0510} 发行热线 {tel:0510}"]),
                       ["江南晚报社 地址：无锡市梁溪区某某路{no:1-99}号", opt(0.5, ["下载“无锡观察”客户端"])])

_qc_top = furniture(
    (0.5, [ln("中国汽车报", paper=True), ln("{date}", date=True), ln("{sec} 第{n}版", page="{n}"), "编辑：{name} 美编：{name}"]),
    [ln("{n}", page="{n}"), "{sec}", ln("{y}年{m}月{d}日 {wd}", date=True)],
    front=[masthead("中国汽车报"), "CHINA AUTOMOTIVE NEWS", ln("{date} {wd}", date=True),
           "第{no:4000-4999}期 每周一出版 本期{pages}版", "国内统一连续出版物号 CN 11-0000"])
_qc_bottom = furniture((0.5, ["中国汽车报社 地址：北京市某某区某某路{no:1-99}号 电话 {tel:010}"]),
                       ["订阅热线 {tel:010}", opt(0.5, ["本报网站 www.example.com.cn"])])

_dt_top = furniture(
    (0.5, [ln("第{n}版", page="{n}"), "{sec}", ln("中国大唐报", paper=True), ln("{date} {wd}", date=True),
           "责任编辑：{name}"]),
    [ln("{sec} {n}", page="{n}"), ln("{date}", date=True), "电话 {tel:010}"],
    front=[masthead("中国大唐报"), "中国大唐集团有限公司主管主办", ln("{date} {wd}", date=True), "农历{slunar}",
           "第{no:1000-1999}期 今日{pages}版", "内部资料 免费交流"])
_dt_bottom = furniture((0.5, ["中国大唐报社 地址：北京市西城区某某街{no:1-99}号 投稿邮箱 tougao@example.com"]),
                       ["欢迎关注“中国大唐”微信公众号", opt(0.5, ["印刷：北京某某印刷厂"])])

_ts_top = furniture(
    (0.5, [ln("{sec} A{n}", page="A{n}"), ln("台湾时报", paper=True), ln("中华民国{roc}年{m}月{d}日 {wd}", date=True)]),
    [ln("台湾时报 中华民国{roc}年{m}月{d}日", paper=True, date=True), ln("A{n}", page="A{n}"), "{sec}"],
    front=[masthead("台湾时报"), "TAIWAN TIMES", ln("中华民国{roc}年{m}月{d}日 {wd}", date=True), "农历{slunar}",
           "第{no:16000-16999}号 今日{pages}版 每份新台币15元", "高雄市某某区某某路{no:1-99}号 电话（07）2{no:100-999}-{no:1000-9999}"],
    fields={"roc": _roc_year})
_ts_bottom = furniture((0.5, ["广告专线（07）2{no:100-999}-{no:1000-9999} 发行专线（07）2{no:100-999}-{no:1000-9999}"]),
                       ["本报网址 www.example.com.tw", opt(0.5, ["中华邮政登记为新闻纸类"])])


@dataclasses.dataclass
class Fresh57Family(Fresh43Family):
    seed_stride: int = FRESH57_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh57Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh57Builder, justified=True,
                         **kw)


FRESH57_FAMILIES = [
    fam("set57_a", "运城日报", _yc_top, _yc_bottom, {by_yc: 1},
        brief_bylines={by_yc_brief: 1}, credits=(cr_yc,), width=(15, 20), blank={"para": 1, "none": 1},
        indent=0.5, letterspace=0.25, stray_spaces=0.04, doubled=0.1, displaced=0.1, caption_pool=YC_CAPTIONS,
        brief_pool=YC_BRIEFS, brief_pool_share=0.6, paper_outlet="运城日报融媒体",
        labels={"column": ("河东快讯", "县市区动态"), "bullet": ("■",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（转第{n}版）"), cont_forms=("（上接第{n}版）", "（接第{n}版）"),
        plans=((["decklead", "yccomment", "brief"], {"front": True, "turn": 1}),
               (["continuation", "yclink", "briefcol"], {"page": 2, "turn": 2}),
               (["ycgroup", "deck", "photo"], {"blank": "every", "turn": 0,
                                               "group_credit": "本组图片由{p}记者 {n} 摄"}),
               (["deck", "photo", "bare"], {"blank": "none"})),
        page_style="plain", sections=("要闻", "县市区", "民生")),
    fam("set57_b", "溧阳时报", _ly_top, _ly_bottom, {by_ly: 1},
        brief_bylines={by_ly_brief: 1}, credits=(cr_ly,), width=(13, 18), blank={"para": 2, "every": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.05, doubled=0.15, displaced=0.15, caption_pool=LY_CAPTIONS,
        brief_pool=LY_BRIEFS, brief_pool_share=0.6, paper_outlet="本报",
        labels={"column": ("镇区传真", "溧阳简讯"), "bullet": ("◆",)},
        page_form="{cn}版", jump_forms=("（转{p}）", "（下转第{cn}版）"), cont_forms=("（接{p}）", "（上接第{cn}版）"),
        plans=((["decklead", "lyservice", "briefcol"], {"front": True, "turn": 0}),
               (["lytalk", "photo"], {"blank": "none", "turn": 1}),
               (["continuation", "lycall", "brief"], {"page": 2, "turn": 2}),
               (["deck", "photo", "brief"], {"blank": "every"})),
        page_style="plain", sections=("要闻", "镇区", "社会")),
    fam("set57_c", "北京晨报", _bc_top, _bc_bottom, {by_bc: 1},
        brief_bylines={by_bc_brief: 1}, credits=(cr_bc,), width=(17, 23), per_article_width=True,
        blank={"para": 1, "every": 1}, indent=0.3, letterspace=0.1, stray_spaces=0.03, doubled=0.05, displaced=0.1,
        caption_pool=BC_CAPTIONS, brief_pool=BC_BRIEFS, brief_pool_share=0.7, paper_outlet="北京晨报",
        labels={"column": ("京城速览", "晨报快讯"), "bullet": ("▶",)},
        page_form="A{n2}", jump_forms=("（下转A{n2}）", "（转{p}版）"), cont_forms=("（上接A{n2}）", "（接{p}版）"),
        plans=((["decklead", "bcservice", "brief"], {"front": True, "turn": 2}),
               (["bccall", "deck", "photo"], {"blank": "none", "turn": 0}),
               (["continuation", "bctalk", "briefcol"], {"page": 2, "turn": 1}),
               (["deck", "photo", "bare"], {"blank": "every"})),
        page_style="A0", sections=("北京新闻", "城事", "社区")),
    fam("set57_d", "江南晚报", _jn_top, _jn_bottom, {by_jn: 1},
        brief_bylines={by_jn_brief: 1}, credits=(cr_jn,), width=(16, 22), per_article_width=True,
        blank={"para": 2, "none": 1}, indent=0.25, letterspace=0.15, stray_spaces=0.03, doubled=0.1, displaced=0.1,
        caption_pool=JN_CAPTIONS, brief_pool=JN_BRIEFS, brief_pool_share=0.7, paper_outlet="江南晚报",
        labels={"column": ("锡城速递", "区域快讯"), "bullet": ("○",)},
        page_form="A{n}", jump_forms=("（下转{p}）", "▲转{p}"), cont_forms=("（上接{p}）", "▲接{p}"),
        plans=((["decklead", "jncomment", "brief"], {"front": True, "turn": 0}),
               (["jnservice", "deck", "photo"], {"blank": "every", "turn": 2}),
               (["continuation", "jngroup", "briefcol"], {"page": 2, "turn": 1,
                                                         "group_credit": "本组图片由晚报记者 {n} 摄"}),
               (["deck", "photo", "brief"], {})),
        page_style="A", sections=("无锡新闻", "区域", "民生")),
    fam("set57_e", "中国汽车报", _qc_top, _qc_bottom, {by_qc: 1},
        brief_bylines={by_qc_brief: 1}, credits=(cr_qc,), width=(18, 24), blank={"para": 1, "none": 1},
        indent=0.2, letterspace=0.1, stray_spaces=0.02, doubled=0.05, displaced=0.05, caption_pool=QC_CAPTIONS,
        brief_pool=QC_BRIEFS, brief_pool_share=0.7, paper_outlet="本报",
        labels={"column": ("行业快讯", "车企动态"), "bullet": ("◇",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（转{n}版）"), cont_forms=("（上接第{n}版）", "（接{n}版）"),
        plans=((["decklead", "qcfigures", "brief"], {"front": True, "turn": 1}),
               (["qctalk", "photo"], {"blank": "every", "turn": 2}),
               (["continuation", "qccomment", "briefcol"], {"page": 2, "turn": 0}),
               (["qctable", "deck", "bare"], {"blank": "none"})),
        page_style="plain", sections=("要闻", "产业", "市场")),
    fam("set57_f", "中国大唐报", _dt_top, _dt_bottom, {by_dt: 1},
        brief_bylines={by_dt_brief: 1}, credits=(cr_dt,), width=(15, 21), blank={"para": 1, "every": 1},
        indent=0.3, letterspace=0.2, stray_spaces=0.03, doubled=0.1, displaced=0.1, caption_pool=DT_CAPTIONS,
        brief_pool=DT_BRIEFS, brief_pool_share=0.7, paper_outlet="本报",
        labels={"column": ("基层动态", "一线传真"), "bullet": ("●",)},
        page_form="{n2}版", jump_forms=("（下转{n2}版）", "（转第{n}版）"), cont_forms=("（上接{n2}版）", "（接第{n}版）"),
        plans=((["decklead", "dtfigures", "brief"], {"front": True, "turn": 2}),
               (["dtlink", "dtcomment"], {"blank": "none", "turn": 0}),
               (["continuation", "dtgroup", "briefcol"], {"page": 2, "turn": 1,
                                                         "group_credit": "本组图片由通讯员 {n} 摄"}),
               (["deck", "photo", "brief"], {"blank": "every"})),
        page_style="0", sections=("要闻", "基层", "综合")),
    fam("set57_g", "台湾时报", _ts_top, _ts_bottom, {by_ts: 1},
        brief_bylines={by_ts_brief: 1}, credits=(cr_ts,), width=(14, 20), blank={"para": 2, "every": 1},
        indent=0.2, letterspace=0.0, stray_spaces=0.02, doubled=0.05, displaced=0.1, caption_pool=TS_CAPTIONS,
        brief_pool=TS_BRIEFS, brief_pool_share=0.8, paper_outlet="本报",
        labels={"column": ("南部简讯", "地方短波"), "bullet": ("▲",)},
        page_form="A{n}", jump_forms=("（转A{n}）", "（下转A{n}版）"), cont_forms=("（接A{n}）", "（上接A{n}版）"),
        plans=((["decklead", "tsweather", "brief"], {"front": True, "turn": 0}),
               (["tscomment", "photo", "briefcol"], {"blank": "none", "turn": 1}),
               (["continuation", "deck", "brief"], {"page": 2, "turn": 2}),
               (["tstalk", "bare", "photo"], {"blank": "every"})),
        page_style="A", sections=("高屏新闻", "地方", "综合")),
]
