"""A fifty-third set of development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator or look at how these pages are cut.  Seven papers of the northwest and the lower Yangtze,
of energy and construction and of Taiwan that the corpus had not imitated (checked by name against the
development builders and the README, and against the held-back set only with a script that names this set's
candidate papers a held-back page also has; it named none): a prefecture city daily of Gansu (平凉), a
county-level city paper of Jiangsu (启东), a metro paper of Chongqing (重庆商报), an evening paper of Zhejiang
(绍兴), the national papers of a power group (中国华能报) and of a power-construction group (中国电建报), and a
Chinese-language daily of Kinmen, Taiwan (金门日报).  Of the first candidates 绵阳日报, 宝鸡日报, 天水日报, 湖州日报,
嘉兴日报, 宜宾日报, 汉中日报, 江阴日报, 诸暨日报, 温岭日报, 张家港日报, 昆山日报, 义乌商报, 新民晚报, 扬子晚报, 钱江晚报,
重庆晚报, 西安晚报, 兰州晚报, 华商报, 成都商报, 中国能源报, 中国建设报, 中国审计报, 中国税务报, 中国信息报, 工人日报,
中国青年报, 中国妇女报, 澳门日报, 大公报, 文汇报, 星岛日报, 明报, 联合报 and 中国时报 were imitated or named already, so
they were not taken.
This set's emphasis is the ordinary news page as an archive receives it every week (要闻, 县区, 镇区, 综合, 民生,
重庆新闻, 绍兴新闻, 基层, 项目, 金门新闻), each paper printing the common things its own way: its header and
footer lines (where the date stands, how the page and section print, the lunar date, the serial number,
editors' lines, hotlines, app promos), its byline and dateline grammar (the county in 本报X讯, 融媒体记者,
上游新闻记者, 文/图, a plant's 供稿, 发自 a site abroad, `【记者X／金城报导】`, 据中央社), its photo credits, its
briefs column and bullet, its jump lines and continuation heads, a commentary with its signature, an
interview, a box tied to a story, a service box, a figures box, a photo group, a reader's letter with its
reply, questions and answers on site safety, a table, a rate box.  Every family wraps its columns by width.

Seeds: FRESH53_SEED_BASE + FRESH53_SEED_STRIDE*family + 1_000*attempt + n (64_060_001 .. 64_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (comment titles,
questions and answers, notes, service and rate rows, figures, table rows, letters' titles and replies,
captions, briefs); names, figures, phone numbers and addresses are made up.
"""
from __future__ import annotations

import dataclasses

from fresh_layouts_5 import _credit_turns
from fresh_layouts_40 import dateline, taking_turns
from fresh_layouts_43 import Fresh43Builder, Fresh43Family
from layout_kit import DATED, TRAIL, Above, Form, chosen, furniture, ln, masthead, opt, turns

FRESH53_SEED_BASE = 64_000_000
FRESH53_SEED_STRIDE = 60_000

# --------------------------------------------------------------------------- filler (written for this corpus)

PL_TITLES = ["让陇东果品走得更远", "把生态治理的成果守护好", "文旅融合要下足“绣花”功夫"]
PL_LINKS = [("相关链接", "", ["平凉地处陕甘宁三省区交界，苹果、红牛和中药材是当地的特色产业。"]),
            ("记者手记", "果园里的“土专家”", ["老杨在果园里一待就是三十年，剪枝、疏花、套袋样样在行。"
                                            "他说，果子好不好，全看管得细不细。"]),
            ("延伸阅读", "", ["近年来，平凉持续推进淤地坝建设和坡耕地治理，一批小流域面貌焕然一新。"])]
PL_GROUPS = [("崆峒山下秋意浓", ["①游客在景区步道上赏秋。", "②摄影爱好者在山间取景。", "③市民在柳湖公园散步。"]),
             ("苹果采摘正当时", ["①果农在果园里采摘苹果。", "②工人在冷库分拣苹果。", "③客商在地头装车。"])]
PL_CAPTIONS = [("静宁县的果园里，果农在采摘苹果。", "丰收季"), ("泾川县的牛场里，养殖户在喂牛。", ""),
               ("柳湖公园里，市民在晨练。", "公园晨练"), ("华亭市的田野里，农机在收割玉米。", "")]
PL_BRIEFS = [("灵台县举办农民丰收节", "近日，灵台县举办农民丰收节，展销一批特色农产品。"),
             ("崇信县开展森林防火巡查", "日前，崇信县组织人员开展森林防火巡查，排查隐患。"),
             ("庄浪县新建一批村级幸福院", "近日，庄浪县一批村级幸福院投入使用，方便老人就近托养。")]

QD_SERVICE = ["【停电】因线路检修，明日8:00至17:00吕四港镇部分区域停电。", "【就业】本周五上午，市人力资源市场举办专场招聘会。",
              "【出行】人民路某某路段管网施工，请过往车辆绕行。", "【办事】市政务服务中心周六上午照常办件。",
              "【天气】未来三天多云到晴，东北风四到五级，沿海风力较大。"]
QD_LINKS = [("延伸阅读", "", ["启东三面环水，近年来依托江海资源发展海工装备、生物医药和特色渔业。"]),
            ("记者手记", "海堤上的巡查员", ["天刚亮，巡查员就沿着海堤出发了。一段段堤坝，一个个闸口，"
                                          "他们每天要走十几公里，风雨无阻。"]),
            ("相关链接", "", ["今年以来，全市新建一批高标准农田，带动不少农户增产增收。"])]
QD_GROUPS = [("江海渔港开海了", ["①渔船驶出吕四渔港。", "②渔民在码头整理渔网。", "③市民在渔港选购海鲜。"]),
             ("田头秋收忙", ["①农机在田间收割水稻。", "②合作社工人在晾晒稻谷。", "③货车满载稻谷驶出村庄。"])]
QD_CAPTIONS = [("海复镇的田野里，村民在移栽青菜。", "田间忙"), ("游客在圆陀角景区参观。", ""),
               ("南阳镇的集市上，群众在选购蔬菜。", "赶集天"), ("工人在城区一处安置小区施工。", "")]
QD_BRIEFS = [("汇龙镇开展义诊进社区活动", "近日，汇龙镇卫生院组织医护人员进社区义诊，服务群众百余人次。"),
             ("寅阳镇举办电商技能培训班", "日前，寅阳镇举办电商技能培训班，数十名农户参加。"),
             ("北新镇新修一批农村道路", "近日，北新镇一批农村道路修通，方便群众出行。")]

CQ_SERVICE = ["【天气】今天阴天间多云，气温16℃至22℃，江面有轻雾。", "【轨道】轨道交通某号线今晚延长运营至23:30。",
              "【停水】明日9:00至21:00，渝中区某某路片区计划停水。", "【索道】长江索道本周三例行检修，暂停运营一天。",
              "【赛事】本周六，市奥体中心举行全民健身跑活动。"]
CQ_LETTER_TITLES = ["小区门口的人行道被占了谁来管？", "楼下夜宵摊太吵能不能管一管？"]
CQ_REPLIES = ["商报回音：记者将情况反映给九龙坡区有关部门，工作人员表示已安排清理，三日内恢复通行。",
              "商报回音：渝北区城管部门回复，已约谈摊主并督促限时经营，将持续跟踪。"]
CQ_PLACES = ("渝中区", "江北区", "九龙坡区", "渝北区")
CQ_QUESTIONS = ["这家老火锅店开了多少年了？", "年轻人为什么愿意回到山城创业？", "夜景旅游这几年有哪些新变化？",
                "下一步还有什么打算？"]
CQ_CAPTIONS = [("洪崖洞前，游客在拍照留念。", "山城夜色"), ("鹅岭公园里，市民在散步。", ""),
               ("长江索道上，游客在俯瞰江景。", "江上飞渡"), ("工人在某某立交桥施工现场作业。", "")]
CQ_BRIEFS = [("南岸区新增一批口袋公园", "近日，南岸区一批口袋公园建成开放，市民家门口多了休闲去处。"),
             ("沙坪坝区举办社区运动会", "日前，沙坪坝区举办社区运动会，数百名居民参加。"),
             ("大渡口区开展燃气安全进社区活动", "近日，大渡口区开展燃气安全进社区活动，提醒居民定期检查燃气管道。")]

SX_TITLES = ["让古城的老味道留得住", "河道整治要治到百姓心坎上", "社区食堂要办得长久"]
SX_NOTES = ("（作者系绍兴某某学院教授）", "（作者系晚报特约评论员）")
SX_QUESTIONS = ["这家黄酒作坊传了几代人？", "台门里的老人最关心什么？", "年轻人为什么喜欢逛老街？", "接下来有什么新打算？"]
SX_FIGURES = [("46个", "今年完成改造的老旧小区"), ("1.9万户", "受益居民"), ("228处", "新增停车泊位所在点位"),
              ("96%", "居民满意度"), ("15分钟", "社区生活圈覆盖半径")]
SX_SERVICE = ["【天气】绍兴今天多云转阴，气温15℃至23℃。", "【公交】市区某某路公交线路今起临时改道。",
              "【停水】明日8:00至20:00，越城区某某路片区计划停水。", "【演出】本周六晚，市文化馆上演越剧专场。",
              "【提示】今日空气质量良，适宜户外活动。"]
SX_GROUPS = [("鉴湖秋色", ["①游客在湖边赏秋。", "②孩子们在草坪上放风筝。", "③市民在绿道骑行。"]),
             ("老街新颜", ["①改造后的老街吸引游客。", "②手艺人在街边制作乌毡帽。", "③居民在台门里聊天。"])]
SX_CAPTIONS = [("仓桥直街上，游客在品尝小吃。", "老街人气旺"), ("社区食堂里，老人在用餐。", ""),
               ("环城河边，市民在夜跑。", "河畔夜跑"), ("工人在轨道交通施工现场作业。", "")]
SX_BRIEFS = [("柯桥区新开一批城市书房", "近日，柯桥区一批城市书房开放，居民就近就能借书。"),
             ("上虞区举办农特产品展销会", "日前，上虞区举办农特产品展销会，吸引大量市民选购。"),
             ("越城区开展电动自行车安全检查", "近日，越城区开展电动自行车安全检查，排查一批隐患。")]

HN_FIGURES = [("2860亿千瓦时", "前三季度完成发电量"), ("5.2%", "发电量同比增长"), ("38个", "新投产的新能源项目"),
              ("1.6万兆瓦", "今年新增清洁能源装机"), ("99.2%", "机组等效可用系数")]
HN_QUESTIONS = ["今年以来电厂生产经营有哪些新变化？", "企业是怎样推进智慧电厂建设的？", "在安全生产上有哪些好做法？",
                "对青年员工有什么寄语？"]
HN_TITLES = ["保供电是能源企业的第一责任", "让安全生产成为每名员工的习惯", "新能源发展要靠科技创新"]
HN_NOTES = ("（作者系某某电力研究院研究员）", "（作者单位：某某大学能源学院）")
HN_TABLE = ["某某电厂 68.2亿千瓦时 +5.1%", "某某风电公司 21.6亿千瓦时 +12.6%", "某某水电站 18.4亿千瓦时 -3.9%",
            "某某光伏电站 9.8亿千瓦时 +21.4%", "某某热电公司 31.5亿千瓦时 +2.2%", "某某燃机电厂 12.7亿千瓦时 +6.0%"]
HN_CAPTIONS = [("运行人员在集控室监视机组参数。", "集控室里"), ("检修人员在风机塔筒内检查设备。", ""),
               ("戈壁滩上的光伏板整齐排列。", "追光"), ("技术人员在升压站巡检。", "")]
HN_BRIEFS = [("某某电厂开展应急救援演练", "近日，某某电厂开展消防应急救援演练，提升处置能力。"),
             ("某某风电场完成年度检修任务", "日前，某某风电场完成年度检修任务，机组状态良好。"),
             ("集团举办青年职业技能竞赛", "近日，集团举办青年职业技能竞赛，数十名选手参赛。")]

DJ_ASKS = [("进入施工现场要注意什么？", "必须正确佩戴安全帽，穿好工作服和防滑鞋；高处作业要系好安全带，"
            "不得酒后上岗。"),
           ("遇到恶劣天气怎么办？", "大风、暴雨、雷电天气应停止高处和露天吊装作业，人员撤到安全地带，"
            "待天气好转、检查无误后再复工。"),
           ("发现安全隐患可以拒绝作业吗？", "可以。作业人员发现直接危及人身安全的紧急情况时，有权停止作业，"
            "并及时向现场负责人报告。"),
           ("受伤了该找谁？", "先报告班组长和项目部，及时就医；项目部要按规定上报，"
            "协助办理工伤认定。")]
DJ_SERVICE = ["【安全】汛期来临，各项目部请加强深基坑和高边坡巡查。", "【培训】新一期项目经理培训班下周一开班。",
              "【招聘】某某工程局招聘技术人员，可电话咨询。", "【提示】冬季施工请做好防冻和防火工作。",
              "【征稿】本报“工地故事”栏目长期征稿，欢迎投稿。"]
DJ_FIGURES = [("1.2万亿元", "前三季度新签合同额"), ("8.6%", "新签合同额同比增长"), ("126个", "在建海外项目"),
              ("63个", "今年实现投产发电的电站"), ("9.5万人", "海外项目雇用当地员工")]
DJ_TITLES = ["把每一项工程都建成精品", "项目管理要向精细化要效益", "海外项目要讲好中国故事"]
DJ_NOTES = ("（作者单位：某某工程局有限公司）", "（作者系某某大学水利学院教授）")
DJ_CAPTIONS = [("建设者在水电站大坝上浇筑混凝土。", "大坝长高"), ("盾构机在隧道工地始发。", ""),
               ("工人在风电场吊装风机叶片。", "高空吊装"), ("项目部员工在工地食堂用餐。", "")]
DJ_BRIEFS = [("某某工程局开展防汛应急演练", "近日，某某工程局开展防汛应急演练，检验应急处置能力。"),
             ("某某项目大坝顺利封顶", "日前，某某水电站项目大坝顺利封顶，工程进入新阶段。"),
             ("集团举办青年技能比武", "近日，集团举办青年技能比武，数十名选手参赛。")]

JM_RATES = ("美元 32.1 新台币", "人民币 4.45 新台币", "港币 4.12 新台币", "日圆（百元） 21.5 新台币", "欧元 34.8 新台币")
JM_TITLES = ["让小三通走得更顺", "古厝保护要留住乡愁", "离岛医疗要补上短板"]
JM_QUESTIONS = ["这家贡糖老店传了几代人？", "古厝民宿这两年的经营有哪些变化？", "乡亲们最关心什么？", "今后还有什么打算？"]
JM_CAPTIONS = [("金城镇的老街上，游客在选购贡糖。", "老街人潮"), ("水头聚落里，游客在参观古厝。", ""),
               ("学生在广场上表演宋江阵。", "宋江阵"), ("民众在海边步道散步。", "")]
JM_BRIEFS = [("金湖镇举办敬老活动", "日前，金湖镇举办敬老活动，为长者送去慰问。"),
             ("烈屿乡举办乡土文化讲座", "近日，烈屿乡举办乡土文化讲座，数十名民众参加。"),
             ("县公车新开一条环岛路线", "日前，县公车新开一条环岛路线，方便乡亲出行。")]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


PL_COUNTIES = ("崆峒", "泾川", "灵台", "静宁", "庄浪")
by_pl = chosen(Above("平凉日报社全媒体记者 {0!l}"), Form("本报{c0}讯（记者 {0} 通讯员 {1}）", 2, choices=(PL_COUNTIES,)),
               Above("全媒体记者 {0!l} 通讯员 {1}", 2), turn="by", drawn=2)
by_pl_brief = turns(Form("本报{c0}讯（通讯员 {0}）", choices=(PL_COUNTIES,)),
                    Form("（{c0}融媒体中心 {0}）", choices=(("静宁县", "泾川县", "庄浪县"),), **TRAIL))

QD_TOWNS = ("汇龙镇", "吕四港镇", "南阳镇", "海复镇", "寅阳镇", "北新镇")
by_qd = taking_turns(chosen(Above("启东日报记者 {0!l}")), chosen(Above("融媒体记者 {0!l} 通讯员 {1}", 2), drawn=2),
                     chosen(Form("本报讯（融媒体记者 {0} {1}）", 2), drawn=2))
by_qd_brief = turns(Form("（{c0} {0}）", choices=(QD_TOWNS,), **TRAIL), Form("本报讯（通讯员 {0}）", line_share=0.3))

by_cq = chosen(Above("上游新闻·重庆商报记者 {0!l}"), Above("记者 {0!l} 实习生 {1}", 2),
               Above("文/图 上游新闻记者 {0!l}", photo=True), turn="by", drawn=2)
by_cq_brief = turns(Form("本报讯（记者 {0}）"), Form("（上游新闻记者 {0}）", **TRAIL))

by_sx = chosen(Above("绍兴晚报记者 {0!l}"), Above("晚报记者 {0!l} 通讯员 {1}", 2),
               Above("记者 {0!l} 文/摄", photo=True), turn="by", drawn=2)
by_sx_brief = turns(Form("（晚报记者 {0}）", **TRAIL), Form("本报讯（记者 {0}）", line_share=0.3))

by_hn = chosen(Above("本报记者 {0!l}"), Above("本报通讯员 {0!l} {1}", 2),
               Form("本报讯（记者 {0} 通讯员 {1}）", 2), turn="by", drawn=2)
by_hn_brief = turns(Form("本报讯（通讯员 {0}）"), Form("（{c0}供稿）", 0, choices=(("某某电厂", "某某风电公司", "某某水电站"),),
                                                       **TRAIL))

by_dj = chosen(Above("本报记者 {0!l} 发自{c0}", choices=(("老挝", "巴基斯坦", "厄瓜多尔", "西藏"),)),
               Above("本报通讯员 {0!l} {1}", 2), Above("■通讯员 {0!l}"), turn="by", drawn=2)
by_dj_brief = turns(Form("本报讯（通讯员 {0}）"), Form("（{c0}）", 0, choices=(("某某工程局", "某某设计研究院"),), **TRAIL))

by_jm = taking_turns(chosen(Above("记者 {0!l}")), dateline("【记者{0}／金城报导】", 1),
                     dateline("据中央社{m}月{d}日电 ", 0, hint="agency"))
by_jm_brief = turns(Form("【本报讯】", 0), Form("（本报综合）", 0, **TRAIL))


# --------------------------------------------------------------------------- photo credits


cr_pl = _credit_turns(("平凉日报社全媒体记者 {n} 摄", "（通讯员 {n} 摄）", "（资料图片）"))
cr_qd = _credit_turns(("融媒体记者 {n} 摄", "（{n} 摄）", "（镇政府供图）"))
cr_cq = _credit_turns(("上游新闻记者 {n} 摄", "（{n}/摄）", "（受访者供图）"))
cr_sx = _credit_turns(("晚报记者 {n} 摄", "（{n} 摄）", "（图片由主办方提供）"))
cr_hn = _credit_turns(("（通讯员 {n} 摄）", "本报记者 {n}/摄", "（电厂供图）"))
cr_dj = _credit_turns(("{n}/摄", "（项目部供图）", "（{n} 摄）"))
cr_jm = _credit_turns(("（记者 {n} 摄）", "（中央社）", "（{n} 摄）"))


# --------------------------------------------------------------------------- builder


class Fresh53Builder(Fresh43Builder):

    # -------------------------------------------------------------- set53_a

    def slot_plcomment(self):
        return self.staff_comment(("平凉时评", "陇东论坛"), PL_TITLES, sign=self.rng.choice(("本报评论员", "平凉日报评论员")))

    def slot_pllink(self):
        return self.tied_box(PL_LINKS)

    def slot_plgroup(self):
        return self.numbered_photos(PL_GROUPS)

    # -------------------------------------------------------------- set53_b

    def slot_qdservice(self):
        return self.service(("便民服务", "江海资讯"), QD_SERVICE)

    def slot_qdlink(self):
        return self.tied_box(QD_LINKS)

    def slot_qdgroup(self):
        return self.numbered_photos(QD_GROUPS)

    # -------------------------------------------------------------- set53_c

    def slot_cqservice(self):
        return self.service(("商报提醒", "山城生活"), CQ_SERVICE)

    def slot_cqletter(self):
        return self.reply_letter(CQ_LETTER_TITLES, CQ_REPLIES, CQ_PLACES)

    def slot_cqtalk(self):
        return self.interview(("商报访谈", "面对面"), CQ_QUESTIONS, ("重庆商报：", "记者："))

    # -------------------------------------------------------------- set53_d

    def slot_sxcomment(self):
        return self.noted_comment(("晚报时评", "越州观察"), SX_TITLES, ("□", "文/"), SX_NOTES)

    def slot_sxtalk(self):
        return self.interview(("晚报对话", "台门里"), SX_QUESTIONS, ("晚报：", "记者："))

    def slot_sxfigures(self):
        return self.figures(("数读", "数说民生"), SX_FIGURES, title="老旧小区改造成绩单")

    def slot_sxservice(self):
        return self.service(("晚报提醒", "生活服务"), SX_SERVICE)

    def slot_sxgroup(self):
        return self.numbered_photos(SX_GROUPS)

    # -------------------------------------------------------------- set53_e

    def slot_hnfigures(self):
        return self.figures(("数说", "生产数据"), HN_FIGURES, title="集团生产经营一览")

    def slot_hntalk(self):
        return self.interview(("厂长访谈", "对话"), HN_QUESTIONS, ("中国华能报：", "记者："))

    def slot_hncomment(self):
        return self.noted_comment(("华能论坛", "能源观察"), HN_TITLES, ("◎", "文/"), HN_NOTES)

    def slot_hntable(self):
        rng = self.rng
        rows = rng.sample(HN_TABLE, rng.choice((4, 5)))
        return self.wide_table(("数据", "发电统计"), "前三季度部分基层企业发电量", rng.choice(("企业 发电量 同比", "单位 发电量 增减")),
                               rows, ("数据来源：集团生产部", "注：同比为与上年同期相比"))

    # -------------------------------------------------------------- set53_f

    def slot_djasks(self):
        return self.asks(("安全课堂", "工地问答"), self.rng.choice(("进工地，这些事要知道", "安全有疑问 这里来解答")), DJ_ASKS,
                         "某某工程局安全部 {}")

    def slot_djservice(self):
        return self.service(("工地提示", "服务信息"), DJ_SERVICE, title="项目安全提示")

    def slot_djfigures(self):
        return self.figures(("数说", "数据"), DJ_FIGURES, title="集团经营情况")

    def slot_djcomment(self):
        return self.noted_comment(("电建论坛", "项目观察"), DJ_TITLES, ("□", "◎"), DJ_NOTES)

    # -------------------------------------------------------------- set53_g

    def slot_jmrates(self):
        return self.service(("今日汇率", "外汇牌价"), JM_RATES, title="台湾银行现金卖出参考价")

    def slot_jmcomment(self):
        return self.staff_comment(("社论", "浯江短评"), JM_TITLES, sign=self.rng.choice(("本报评论员", "本报编辑部")))

    def slot_jmtalk(self):
        return self.interview(("乡亲人物", "访谈"), JM_QUESTIONS, ("本报：", "问："))


# --------------------------------------------------------------------------- furniture


_pl_top = furniture(
    (0.5, [ln("第{n}版", page="{n}"), "{sec}", ln("平凉日报 {y}年{m}月{d}日 {wd}", paper=True, date=True),
           "责任编辑 {name} 美编 {name} 校对 {name}"]),
    [ln("{sec}·{n:02d}", page="{n:02d}"), ln("{date} 农历{slunar}", date=True), "本版编辑 {name}"],
    front=[masthead("平凉日报"), "PINGLIANG DAILY", "中共平凉市委机关报", ln("{date} {wd}", date=True), "农历{lunar}",
           "第{no:9000-9999}期 今日{pages}版", "国内统一连续出版物号 CN 62-0000", "平凉新闻网 www.example.cn"])
_pl_bottom = furniture((0.5, ["平凉日报社出版 地址：平凉市崆峒区某某路{no:1-99}号 新闻热线 {tel:0933}"]),
                       ["下载“新平凉”客户端 看更多本地新闻", opt(0.5, ["零售价1.00元 全年订价288元"])])

_qd_top = furniture(
    (0.5, [ln("启东日报", paper=True), ln("第{n}版 {sec}", page="{n}"), ln("{date} {wd}", date=True), "本版编辑 {name}"]),
    [ln("{n}", page="{n}"), "{sec}", DATED, "责编：{name} 校对：{name}"],
    front=[masthead("启东日报"), "中共启东市委主管 启东市融媒体中心主办", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:5000-5999}期 今日{pages}版", "内部资料 苏准印某某号 免费赠阅"])
_qd_bottom = furniture((0.5, ["启东市融媒体中心 地址：启东市汇龙镇某某路{no:1-99}号 电话：{tel:0513}"]),
                       ["关注“启东发布”微信公众号", opt(0.5, ["印刷：南通某某印务有限公司"])])

_cq_top = furniture(
    (0.5, [ln("A{n:02d}", page="A{n:02d}"), ln("重庆商报·{sec}", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True),
           "主编 {name} 责编 {name} 视觉 {name}"]),
    [ln("{sec} A{n:02d}", page="A{n:02d}"), ln("{y}.{m:02d}.{d:02d} {wd}", date=True), "重庆商报"],
    front=[masthead("重庆商报"), "CHONGQING BUSINESS NEWS", "重庆日报报业集团主管主办", ln("{date} {wd}", date=True),
           "农历{slunar}", "今日{pages}版 第{no:7000-7999}期", "新闻热线 {tel:023} 零售价1.00元"])
_cq_bottom = furniture((0.5, ["重庆商报报料热线 {tel:023} 上游新闻 www.example.com"]),
                       ["重庆商报社 地址：重庆市渝北区某某路{no:1-99}号", opt(0.5, ["下载“上游新闻”客户端 报料有奖"])])

_sx_top = furniture(
    (0.5, [ln("绍兴晚报", paper=True), ln("{sec} {n}", page="{n}"), ln("{y}年{m}月{d}日 {wd}", date=True),
           "编辑 {name} 版式 {name} 校对 {name}"]),
    [ln("{sec}", page=None), ln("第{n}版", page="{n}"), ln("{y}.{m}.{d} {wd} 农历{slunar}", date=True)],
    front=[masthead("绍兴晚报"), "SHAOXING EVENING NEWS", "绍兴日报社主管主办", ln("{date} {wd}", date=True),
           "农历{lunar}", "第{no:6000-6999}期 今日{pages}版", "新闻热线 {tel:0575} 零售价1.00元"])
_sx_bottom = furniture((0.5, ["绍兴晚报报料热线 {tel:0575} 微信报料：绍兴晚报"]),
                       ["绍兴晚报社 地址：绍兴市越城区某某路{no:1-99}号", opt(0.5, ["广告热线 {tel:0575}"])])

_hn_top = furniture(
    (0.5, [ln("{n}", page="{n}"), ln("中国华能报", paper=True), "{sec}", ln("{date} {wd}", date=True)]),
    [ln("{sec} 第{n}版", page="{n}"), ln("{y}年{m}月{d}日", date=True), "责任编辑 {name} 电话：{tel:010}"],
    front=[masthead("中国华能报"), "CHINA HUANENG NEWS", "中国华能集团有限公司主管主办", ln("{date} {wd}", date=True),
           "第{no:2000-2999}期 每周二、四出版", "本期{pages}版 内部资料 免费交流"])
_hn_bottom = furniture((0.5, ["中国华能报社 地址：北京市西城区某某街{no:1-99}号 邮编100000"]),
                       ["投稿邮箱 news@example.com 编辑部电话 {tel:010}", opt(0.5, ["华能集团网站 www.example.com"])])

_dj_top = furniture(
    (0.5, [ln("中国电建报", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True), ln("第{n}版 {sec}", page="{n}")]),
    [ln("{n:02d}", page="{n:02d}"), ln("{ssec}", page=None), ln("{date}", date=True), "主编 {name} 责任编辑 {name}"],
    front=[masthead("中国电建报"), "POWERCHINA NEWS", "中国电力建设集团有限公司主管主办", ln("{date} {wd}", date=True),
           "第{no:1000-1999}期 今日{pages}版", "内部资料 京内资准字某某号"])
_dj_bottom = furniture((0.5, ["中国电建报社 地址：北京市海淀区某某路{no:1-99}号 编辑部电话 {tel:010}"]),
                       ["投稿邮箱 tougao@example.com", opt(0.5, ["关注“中国电建”微信公众号"])])

_jm_top = furniture(
    (0.5, [ln("金门日报", paper=True), ln("{sec}", page=None), ln("第{n}版", page="{n}"), ln("{y}年{m}月{d}日 {wd}", date=True)]),
    [ln("{n:02d}", page="{n:02d}"), ln("{sec}", page=None), ln("{date} 农历{slunar}", date=True)],
    front=[masthead("金门日报"), "KINMEN DAILY NEWS", ln("{y}年{m}月{d}日（{wd}）", date=True), "农历{slunar}",
           "第{no:20000-20999}号 今日{pages}版 零售每份新台币10元", "金门县金城镇某某路{no:1-99}号 电话 082-{no:300000-399999}"])
_jm_bottom = furniture((0.5, ["广告组电话 082-{no:300000-399999} 发行组电话 082-{no:300000-399999}"]),
                       ["金门日报网站 www.example.com", opt(0.5, ["欢迎订阅 欢迎刊登广告"])])


@dataclasses.dataclass
class Fresh53Family(Fresh43Family):
    seed_stride: int = FRESH53_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh53Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh53Builder, justified=True,
                         **kw)


FRESH53_FAMILIES = [
    fam("set53_a", "平凉日报", _pl_top, _pl_bottom, {by_pl: 1},
        brief_bylines={by_pl_brief: 1}, credits=(cr_pl,), width=(15, 20), blank={"para": 1, "every": 1},
        indent=0.5, letterspace=0.3, stray_spaces=0.04, doubled=0.1, displaced=0.1, caption_pool=PL_CAPTIONS,
        brief_pool=PL_BRIEFS, brief_pool_share=0.6, paper_outlet="平凉日报",
        labels={"column": ("县区传真", "平凉简讯"), "bullet": ("◆",)},
        page_form="第{cn}版", jump_forms=("（下转第{cn}版）", "（转{n}版）"), cont_forms=("（上接第{cn}版）", "（接{n}版）"),
        plans=((["decklead", "plcomment", "brief"], {"front": True, "turn": 1}),
               (["pllink", "photo", "briefcol"], {"turn": 2}),
               (["continuation", "deck", "photo"], {"page": 2, "blank": "none", "turn": 0}),
               (["plgroup", "deck", "brief"], {"blank": "every", "group_credit": "本组图片由{p}全媒体记者 {n} 摄"})),
        page_style="plain", sections=("要闻", "县区", "经济")),
    fam("set53_b", "启东日报", _qd_top, _qd_bottom, {by_qd: 1},
        brief_bylines={by_qd_brief: 1}, credits=(cr_qd,), width=(13, 17), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.4, stray_spaces=0.06, doubled=0.2, displaced=0.15, caption_pool=QD_CAPTIONS,
        brief_pool=QD_BRIEFS, brief_pool_share=0.6, paper_outlet="本报",
        labels={"column": ("镇区传真", "江海简讯"), "bullet": ("○",)},
        page_form="{n}版", jump_forms=("（下转{p}）", "（转第{cn}版）"), cont_forms=("（上接{p}）", "（接第{cn}版）"),
        plans=((["decklead", "qdservice", "brief"], {"front": True, "turn": 2}),
               (["qdgroup", "deck", "photo"], {"turn": 0, "group_credit": "本组图片由融媒体记者 {n} 摄"}),
               (["continuation", "qdlink", "briefcol"], {"page": 2, "blank": "every", "turn": 1}),
               (["deck", "photo", "bare"], {"blank": "none"})),
        page_style="plain", sections=("综合", "镇区", "民生")),
    fam("set53_c", "重庆商报", _cq_top, _cq_bottom, {by_cq: 1},
        brief_bylines={by_cq_brief: 1}, credits=(cr_cq,), width=(17, 22), per_article_width=True,
        blank={"para": 1, "every": 1}, indent=0.3, letterspace=0.15, stray_spaces=0.03, doubled=0.1, displaced=0.1,
        caption_pool=CQ_CAPTIONS, brief_pool=CQ_BRIEFS, brief_pool_share=0.7, paper_outlet="重庆商报",
        labels={"column": ("山城速递", "商报快讯"), "bullet": ("▪",)},
        page_form="A{n2}版", jump_forms=("（下转A{n2}）", "（转{p}）"), cont_forms=("（上接A{n2}）", "（接{p}）"),
        plans=((["decklead", "cqservice", "brief"], {"front": True, "turn": 1}),
               (["cqtalk", "photo"], {"blank": "every", "turn": 2}),
               (["continuation", "cqletter", "briefcol"], {"page": 2, "turn": 0}),
               (["deck", "photo", "brief"], {"blank": "none"})),
        page_style="A0", sections=("重庆新闻", "民生", "区县")),
    fam("set53_d", "绍兴晚报", _sx_top, _sx_bottom, {by_sx: 1},
        brief_bylines={by_sx_brief: 1}, credits=(cr_sx,), width=(18, 23), per_article_width=True,
        blank={"para": 2, "every": 1}, indent=0.2, letterspace=0.1, stray_spaces=0.02, doubled=0.05, displaced=0.1,
        caption_pool=SX_CAPTIONS, brief_pool=SX_BRIEFS, brief_pool_share=0.7, paper_outlet="绍兴晚报",
        labels={"column": ("越地速递", "晚报快讯"), "bullet": ("△",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "▶转{n}版"), cont_forms=("（上接第{n}版）", "◀接{n}版"),
        plans=((["decklead", "sxcomment", "brief"], {"front": True, "turn": 0}),
               (["sxgroup", "deck", "briefcol"], {"blank": "every", "turn": 2,
                                                  "group_credit": "本组图片由晚报记者 {n} 摄"}),
               (["continuation", "sxtalk", "sxfigures"], {"page": 2, "blank": "none", "turn": 1}),
               (["sxservice", "deck", "photo"], {})),
        page_style="plain", sections=("绍兴新闻", "区县", "民生")),
    fam("set53_e", "中国华能报", _hn_top, _hn_bottom, {by_hn: 1},
        brief_bylines={by_hn_brief: 1}, credits=(cr_hn,), width=(19, 25), blank={"para": 1, "none": 1},
        indent=0.3, letterspace=0.15, stray_spaces=0.02, doubled=0.05, displaced=0.05, caption_pool=HN_CAPTIONS,
        brief_pool=HN_BRIEFS, brief_pool_share=0.7, paper_outlet="本报", weekday_no=1,
        labels={"column": ("基层动态", "企业快讯"), "bullet": ("■",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（转第{n}版）"), cont_forms=("（上接第{n}版）", "（接第{n}版）"),
        plans=((["decklead", "hnfigures", "brief"], {"front": True, "turn": 2}),
               (["hntalk", "photo"], {"blank": "every", "turn": 0}),
               (["continuation", "hncomment", "briefcol"], {"page": 2, "turn": 1}),
               (["hntable", "deck", "bare"], {"blank": "none"})),
        page_style="plain", sections=("要闻", "基层", "电力")),
    fam("set53_f", "中国电建报", _dj_top, _dj_bottom, {by_dj: 1},
        brief_bylines={by_dj_brief: 1}, credits=(cr_dj,), width=(16, 21), blank={"para": 1, "every": 1},
        indent=0.2, letterspace=0.2, stray_spaces=0.03, doubled=0.1, displaced=0.1, caption_pool=DJ_CAPTIONS,
        brief_pool=DJ_BRIEFS, brief_pool_share=0.7, paper_outlet="本报",
        labels={"column": ("项目传真", "基层简讯"), "bullet": ("●",)},
        page_form="{n2}版", jump_forms=("（下转{n2}版）", "（转第{n}版）"), cont_forms=("（上接{n2}版）", "（接第{n}版）"),
        plans=((["decklead", "djfigures", "brief"], {"front": True, "turn": 1}),
               (["djasks", "deck"], {"blank": "none", "turn": 2}),
               (["continuation", "djcomment", "briefcol"], {"page": 2, "turn": 0}),
               (["djservice", "deck", "photo"], {"blank": "every"})),
        page_style="0", sections=("要闻", "项目", "海外")),
    fam("set53_g", "金门日报", _jm_top, _jm_bottom, {by_jm: 1},
        brief_bylines={by_jm_brief: 1}, credits=(cr_jm,), width=(17, 23), blank={"para": 2, "none": 1},
        indent=0.2, letterspace=0.05, stray_spaces=0.02, doubled=0.05, displaced=0.1, caption_pool=JM_CAPTIONS,
        brief_pool=JM_BRIEFS, brief_pool_share=0.8, paper_outlet="本报",
        labels={"column": ("乡讯", "金门简讯"), "bullet": ("☆",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（续第{n}版）"), cont_forms=("（上接第{n}版）", "（续前）"),
        plans=((["decklead", "jmrates", "brief"], {"front": True, "turn": 0}),
               (["jmcomment", "photo", "briefcol"], {"blank": "every", "turn": 1}),
               (["continuation", "deck", "brief"], {"page": 2, "turn": 2}),
               (["jmtalk", "bare", "photo"], {"blank": "none"})),
        page_style="plain", sections=("金门新闻", "乡讯", "综合")),
]
