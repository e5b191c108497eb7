"""A fifty-first set of development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator or look at how these pages are cut.  Seven papers the corpus had not imitated (checked by
name against the development builders and the README, and against the held-back set only with a script that
names this set's candidate papers a held-back page also has; it named none): a prefecture city daily of
Jilin (通化), a county-level city paper of Yunnan (瑞丽), a metro paper of Inner Mongolia (呼和浩特), an evening
paper of Guizhou (贵阳), the national papers of the gold industry and of the post and express trade, and a
Chinese-language paper of Myanmar.  Of the first candidates 曲靖日报, 大理日报, 牡丹江日报, 大庆日报, 齐齐哈尔日报,
赤峰日报, 延边日报, 克拉玛依日报, 满洲里日报, 春城晚报, 辽沈晚报, 新文化报, 生活报, 乌鲁木齐晚报, 都市时报, 贵州都市报,
中国矿业报, 中国邮政报, 中国民航报, 中国水利报, 中国绿色时报, 星暹日报, 千岛日报 and 柬华日报 were imitated or named
already, so they were not taken.
This set's emphasis is the ordinary news page as an archive receives it every week (要闻, 县市区, 综合, 边城, 民生,
本市新闻, 矿山, 行业, 缅甸新闻), each paper printing the common things its own way: its header and footer lines
(where the date stands, how the page and section print, the lunar date, the serial number, editors' lines,
hotlines, app promos), its byline and dateline grammar (the county in 本报X讯, 融媒体记者, 文/图, 正北方网记者,
a brief `（X黄金公司供稿）`, `（X邮政管理局）`, 据缅通社), its photo credits, its briefs column and bullet, its jump
lines and continuation heads, a commentary with its signature, an interview, a box tied to a story, a service
box, a figures box, a photo group, a reader's letter with its reply, questions and answers on sending parcels,
a rate box.  Every family wraps its columns by width.

Seeds: FRESH51_SEED_BASE + FRESH51_SEED_STRIDE*family + 1_000*attempt + n (62_060_001 .. 62_469_999).
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

FRESH51_SEED_BASE = 62_000_000
FRESH51_SEED_STRIDE = 60_000

# --------------------------------------------------------------------------- filler (written for this corpus)

TH_TITLES = ["让“葡萄酒城”的名片更加亮丽", "把生态优势转化为发展优势", "冰雪经济要热起来更要火起来"]
TH_LINKS = [("相关链接", "", ["通化地处长白山腹地，人参、葡萄和医药是当地的特色产业，森林覆盖率较高。"]),
            ("记者手记", "山里的“人参把头”", ["跟着老把头进山，一路上他指着草丛讲哪里长参、怎么看叶。"
                                            "他说，护好这片山，子孙后代才有饭吃。"]),
            ("延伸阅读", "", ["近年来，通化推进老旧小区改造，一批小区换上了新管网，加装了电梯，居民出行更方便。"])]
TH_GROUPS = [("鸭绿江畔枫叶红", ["①游客在江边步道上赏枫。", "②摄影爱好者在山坡上取景。", "③游船驶过鸭绿江。"]),
             ("山葡萄丰收了", ["①种植户在葡萄园里采摘山葡萄。", "②工人在酒厂分拣葡萄。", "③客商在田间收购葡萄。"])]
TH_CAPTIONS = [("医药产业园里，工人在生产线上作业。", "车间一角"), ("集安的山坡上，果农在管护葡萄园。", ""),
               ("玉皇山公园里，市民在晨练。", "公园晨练"), ("柳河县的田野里，农机在收割玉米。", "")]
TH_BRIEFS = [("辉南县举办冰雪旅游推介会", "近日，辉南县举办冰雪旅游推介会，推出一批冬季旅游线路。"),
             ("柳河县开展秸秆禁烧巡查", "日前，柳河县组织人员开展秸秆禁烧巡查，守护蓝天。"),
             ("东昌区新建一批社区养老服务站", "近日，东昌区一批社区养老服务站投入使用，方便老人就近托养。")]

RL_SERVICE = ["【口岸】姐告口岸今日通关正常，货车请按预约时段入场。", "【就业】本周四上午，市人才市场举办专场招聘会。",
              "【出行】勐卯街道某某路段管网施工，请过往车辆绕行。", "【办事】市政务服务中心推行“周末不打烊”，周六上午照常办件。",
              "【天气】未来三天晴间多云，午后局部有阵雨，气温18℃至30℃。"]
RL_LINKS = [("延伸阅读", "", ["瑞丽地处祖国西南边陲，与邻国山水相连，近年来依托口岸优势发展边境贸易和特色农业。"]),
            ("记者手记", "边境线上的护边员", ["天刚亮，护边员就背着水壶出发了。一段段界碑，一条条小路，"
                                            "他们每天要走十几公里，风雨无阻。"]),
            ("相关链接", "", ["今年以来，全市新建一批柠檬和咖啡种植基地，带动不少群众在家门口增收。"])]
RL_GROUPS = [("边城泼水节", ["①群众在街头欢度泼水节。", "②孩子们在广场上跳起象脚鼓舞。", "③游客在寨子里体验民族风情。"]),
             ("柠檬采收季", ["①村民在果园里采收柠檬。", "②合作社工人在分拣柠檬。", "③货车满载柠檬驶出村寨。"])]
RL_CAPTIONS = [("弄岛镇的田野里，村民在移栽水稻。", "田间忙"), ("游客在一寨两国景区参观。", ""),
               ("畹町镇的集市上，群众在选购蔬菜。", "赶街天"), ("工人在城区一处安置小区施工。", "")]
RL_BRIEFS = [("姐相乡开展义诊进村活动", "近日，姐相乡卫生院组织医护人员进村义诊，服务群众百余人次。"),
             ("户育乡举办咖啡种植培训班", "日前，户育乡举办咖啡种植培训班，数十名种植户参加。"),
             ("勐秀乡新修一批村组道路", "近日，勐秀乡一批村组道路修通，方便群众出行。")]

BF_SERVICE = ["【天气】今天晴转多云，气温5℃至18℃，西北风三到四级，早晚较凉。", "【公交】市区某某路公交线路今起临时改道。",
              "【停暖】供热公司提醒：供热管网本周进行注水试压，请居民留意家中阀门。", "【办事】市民可通过“某某办”平台预约办理不动产登记。",
              "【赛事】本周六，市体育中心举行全民健身长跑活动。"]
BF_LETTER_TITLES = ["小区门口的路灯坏了一个多月？", "楼下烧烤摊的油烟能不能管一管？"]
BF_REPLIES = ["北方新报回音：记者将情况反映给赛罕区有关部门，工作人员表示已安排维修，三日内修复。",
              "北方新报回音：新城区城管部门回复，已约谈摊主并督促加装油烟净化设备，将持续跟踪。"]
BF_PLACES = ("新城区", "回民区", "赛罕区", "玉泉区")
BF_QUESTIONS = ["这家奶茶馆开了多少年了？", "年轻人为什么愿意回到家乡创业？", "草原旅游这几年有哪些新变化？",
                "下一步还有什么打算？"]
BF_CAPTIONS = [("大召寺前，游客在拍照留念。", "古寺游人"), ("敕勒川公园里，市民在散步。", ""),
               ("那达慕大会上，骑手在赛马。", "策马奔腾"), ("工人在某某立交桥施工现场作业。", "")]
BF_BRIEFS = [("玉泉区新增一批口袋公园", "近日，玉泉区一批口袋公园建成开放，市民家门口多了休闲去处。"),
             ("土左旗举办农民丰收节", "日前，土左旗举办农民丰收节，展销一批特色农产品。"),
             ("回民区开展燃气安全进社区活动", "近日，回民区开展燃气安全进社区活动，提醒居民定期检查燃气管道。")]

GY_TITLES = ["让“爽爽贵阳”更爽更宜居", "小吃街要守住老味道", "社区微改造要改到居民心坎上"]
GY_NOTES = ("（作者系贵州某某学院教授）", "（作者系晚报特约评论员）")
GY_QUESTIONS = ["这家老粉馆开了多少年了？", "夜市为什么吸引这么多年轻人？", "社区里的老人最关心什么？", "接下来有什么新打算？"]
GY_FIGURES = [("58个", "今年完成改造的老旧小区"), ("2.6万户", "受益居民"), ("312处", "新增停车泊位所在点位"),
              ("95%", "居民满意度"), ("15分钟", "社区生活圈覆盖半径")]
GY_SERVICE = ["【天气】贵阳今天阴天间多云，气温14℃至21℃。", "【轨道】轨道交通某号线今晚延长运营至23:30。",
              "【停水】明日8:00至20:00，云岩区某某路片区计划停水。", "【演出】本周六晚，市文化馆上演黔剧专场。",
              "【提示】今日空气质量优，适宜户外活动。"]
GY_GROUPS = [("花溪秋色", ["①游客在十里河滩赏秋。", "②孩子们在草坪上放风筝。", "③市民在湿地公园骑行。"]),
             ("老街新颜", ["①改造后的老街吸引游客。", "②手艺人在街边制作糖画。", "③居民在院坝里摆龙门阵。"])]
GY_CAPTIONS = [("青云市集里，市民在品尝小吃。", "夜市人气旺"), ("社区食堂里，老人在用餐。", ""),
               ("南明河边，市民在夜跑。", "河畔夜跑"), ("工人在轨道交通施工现场作业。", "")]
GY_BRIEFS = [("观山湖区新开一批社区书屋", "近日，观山湖区一批社区书屋开放，居民就近就能借书。"),
             ("乌当区举办农特产品展销会", "日前，乌当区举办农特产品展销会，吸引大量市民选购。"),
             ("白云区开展电动自行车安全检查", "近日，白云区开展电动自行车安全检查，排查一批隐患。")]

HJ_FIGURES = [("380吨", "前三季度国内原料产金量"), ("6.8%", "黄金矿产金同比增长"), ("21座", "新建成的绿色矿山"),
              ("1.2万米", "今年完成的坑探工程量"), ("92%", "选矿回收率")]
HJ_QUESTIONS = ["今年以来矿山生产经营有哪些新变化？", "企业是怎样推进智能矿山建设的？", "在安全生产上有哪些好做法？",
                "对行业年轻人有什么寄语？"]
HJ_TITLES = ["绿色矿山是黄金行业的必答题", "让安全生产成为矿工的习惯", "找矿突破要靠科技创新"]
HJ_NOTES = ("（作者系某某地质研究院研究员）", "（作者单位：某某大学资源学院）")
HJ_TABLE = ["某某金矿 3.2吨 +5.1%", "某某矿业公司 2.8吨 +3.6%", "某某黄金冶炼厂 2.1吨 +7.9%", "某某矿区 1.6吨 -2.4%",
            "某某金业公司 1.4吨 +4.2%", "某某选矿厂 0.9吨 +6.0%"]
HJ_CAPTIONS = [("矿工在井下巷道里检查设备。", "井下巡检"), ("选矿车间里，工人在调试浮选机。", ""),
               ("复垦后的矿区种上了树苗。", "矿山复绿"), ("技术人员在调度中心监控生产数据。", "")]
HJ_BRIEFS = [("某某黄金公司开展应急救援演练", "近日，某某黄金公司开展井下应急救援演练，提升处置能力。"),
             ("某某矿区完成年度复垦任务", "日前，某某矿区完成年度复垦任务，新增绿地一批。"),
             ("黄金行业职业技能竞赛举行", "近日，黄金行业职业技能竞赛举行，数十名选手参赛。")]

YZ_ASKS = [("寄快递时，哪些东西不能寄？", "易燃易爆物品、管制器具、毒品等禁止寄递；锂电池、液体等限制寄递，"
            "寄件前可以先问一问收寄人员。"),
           ("快递丢了或坏了，怎么办？", "先和快递公司联系处理；协商不成的，可以拨打邮政业用户申诉电话，"
            "或者在网上提交申诉。"),
           ("快递员不送货上门，可以投诉吗？", "可以。没有征得同意就把快件放到驿站或快递柜的，用户有权要求送货上门，"
            "也可以向当地邮政管理部门反映。"),
           ("为什么寄件要出示身份证？", "这是实名收寄的要求，为的是保障寄递安全。个人信息受法律保护，"
            "企业不得泄露。")]
YZ_SERVICE = ["【申诉】邮政业用户申诉受理工作日开通，可在线提交。", "【提示】“双十一”期间，收到快件请当面验视。",
              "【集邮】新一期纪念邮票本周五在各邮政网点发售。", "【招聘】某某快递公司招聘快递员，可电话咨询。",
              "【服务】部分邮政网点周末照常营业，可办理寄递和汇款业务。"]
YZ_FIGURES = [("1320亿件", "前三季度快递业务量"), ("21.4%", "快递业务量同比增长"), ("2.6万个", "村级寄递物流综合服务站"),
              ("98%", "建制村快递服务覆盖率"), ("3.8亿件", "日均快件处理峰值")]
YZ_TITLES = ["让快递更快地跑进乡村", "快递员的权益要护好", "绿色包装要从每一个快件做起"]
YZ_NOTES = ("（作者单位：某某省邮政管理局）", "（作者系某某大学物流学院教授）")
YZ_CAPTIONS = [("快递员在乡村服务站分拣快件。", "进村入户"), ("分拨中心里，智能分拣线在运转。", ""),
               ("邮递员骑摩托车行驶在山路上。", "山路邮路"), ("工作人员在网点回收快递包装箱。", "")]
YZ_BRIEFS = [("某某省开展寄递安全专项检查", "近日，某某省邮政管理局开展寄递安全专项检查，督促企业落实收寄验视。"),
             ("某某市新建一批快递驿站", "日前，某某市新建一批快递驿站，居民就近就能取件。"),
             ("邮政系统开展“最美快递员”评选", "近日，邮政系统开展“最美快递员”评选，一批一线员工获表彰。")]

JF_RATES = ("美元 3,650 缅币", "人民币 505 缅币", "泰铢 105 缅币", "新加坡元 2,760 缅币", "黄金（每钱） 450万缅币")
JF_TITLES = ["让华裔孩子记住乡音", "华商要抓住边贸新机遇", "会馆要为社区多办实事"]
JF_QUESTIONS = ["华人商家这两年的经营有哪些变化？", "华文学校的孩子们学习热情怎么样？", "会馆在社区里做了哪些公益事？",
                "今后还有什么打算？"]
JF_CAPTIONS = [("仰光唐人街上，华人在举办中秋联欢会。", "中秋联欢"), ("曼德勒的集市上，游客在选购玉石。", ""),
               ("华文学校的学生在表演舞龙。", "舞龙迎春"), ("市民在茵雅湖边散步。", "")]
JF_BRIEFS = [("仰光某某会馆举办敬老活动", "日前，仰光一家华人会馆举办敬老活动，为长者送去慰问。"),
             ("曼德勒举办华文演讲比赛", "近日，曼德勒举办华文演讲比赛，数十名学生参赛。"),
             ("仰光新开通一条环城巴士线路", "日前，仰光新开通一条环城巴士线路，方便市民出行。")]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


TH_COUNTIES = ("集安", "梅河口", "辉南", "柳河", "通化县")
by_th = chosen(Above("通化日报记者 {0!l}"), Form("本报{c0}讯（记者 {0} 通讯员 {1}）", 2, choices=(TH_COUNTIES,)),
               Above("记者 {0!l} 实习生 {1}", 2), turn="by", drawn=2)
by_th_brief = turns(Form("本报{c0}讯（通讯员 {0}）", choices=(TH_COUNTIES,)),
                    Form("（{c0}融媒体中心 {0}）", choices=(("集安市", "辉南县", "柳河县"),), **TRAIL))

RL_TOWNS = ("勐卯街道", "姐相乡", "弄岛镇", "畹町镇", "户育乡", "勐秀乡")
by_rl = taking_turns(chosen(Above("瑞丽市融媒体中心记者 {0!l}")), chosen(Above("融媒体记者 {0!l} 通讯员 {1}", 2), drawn=2),
                     chosen(Form("本报讯（融媒体记者 {0} {1}）", 2), drawn=2))
by_rl_brief = turns(Form("（{c0} {0}）", choices=(RL_TOWNS,), **TRAIL), Form("本报讯（通讯员 {0}）", line_share=0.3))

by_bf = chosen(Above("北方新报正北方网记者 {0!l}"), Above("记者 {0!l} 实习生 {1}", 2),
               Above("文/图 北方新报正北方网记者 {0!l}", photo=True), turn="by", drawn=2)
by_bf_brief = turns(Form("本报讯（记者 {0}）"), Form("（正北方网记者 {0}）", **TRAIL))

by_gy = chosen(Above("贵阳晚报记者 {0!l}"), Above("晚报记者 {0!l} 通讯员 {1}", 2),
               Above("本报记者 {0!l} 文/图", photo=True), turn="by", drawn=2)
by_gy_brief = turns(Form("（晚报记者 {0}）", **TRAIL), Form("本报讯（记者 {0}）", line_share=0.3))

by_hj = chosen(Above("本报记者 {0!l}"), Above("本报通讯员 {0!l} 记者 {1}", 2),
               Form("本报讯（记者 {0} 通讯员 {1}）", 2), turn="by", drawn=2)
by_hj_brief = turns(Form("本报讯（通讯员 {0}）"), Form("（{c0}供稿）", 0, choices=(("某某黄金公司", "某某矿业公司", "某某金矿"),),
                                                       **TRAIL))

by_yz = chosen(Above("本报记者 {0!l} 发自{c0}", choices=(("昆明", "贵阳", "哈尔滨", "乌鲁木齐"),)),
               Above("本报记者 {0!l} 通讯员 {1}", 2), Above("■本报记者 {0!l}"), turn="by", drawn=2)
by_yz_brief = turns(Form("本报讯（通讯员 {0}）"), Form("（{c0}邮政管理局）", 0, choices=(("某某省", "某某市"),), **TRAIL))

by_jf = taking_turns(chosen(Above("本报记者 {0!l}")), dateline("本报仰光{m}月{d}日讯（记者 {0}）", 1),
                     dateline("据缅通社{m}月{d}日报道 ", 0, hint="agency"))
by_jf_brief = turns(Form("■本报讯 ", 0), Form("（本报综合）", 0, **TRAIL))


# --------------------------------------------------------------------------- photo credits


cr_th = _credit_turns(("通化日报记者 {n} 摄", "（通讯员 {n} 摄）", "（资料图片）"))
cr_rl = _credit_turns(("融媒体记者 {n} 摄", "（{n} 摄）", "（乡政府供图）"))
cr_bf = _credit_turns(("北方新报正北方网记者 {n} 摄", "（{n}/摄）", "（受访者供图）"))
cr_gy = _credit_turns(("晚报记者 {n} 摄", "（{n} 摄）", "（图片由主办方提供）"))
cr_hj = _credit_turns(("（通讯员 {n} 摄）", "本报记者 {n}/摄", "（企业供图）"))
cr_yz = _credit_turns(("本报记者 {n}/摄", "（邮政管理局供图）", "（{n} 摄）"))
cr_jf = _credit_turns(("（本报记者 {n} 摄）", "（缅通社图片）", "（{n} 摄）"))


# --------------------------------------------------------------------------- builder


class Fresh51Builder(Fresh43Builder):

    # -------------------------------------------------------------- set51_a

    def slot_thcomment(self):
        return self.staff_comment(("通化时评", "葡萄城论坛"), TH_TITLES, sign=self.rng.choice(("本报评论员", "通化日报评论员")))

    def slot_thlink(self):
        return self.tied_box(TH_LINKS)

    def slot_thgroup(self):
        return self.numbered_photos(TH_GROUPS)

    # -------------------------------------------------------------- set51_b

    def slot_rlservice(self):
        return self.service(("便民服务", "边城资讯"), RL_SERVICE)

    def slot_rllink(self):
        return self.tied_box(RL_LINKS)

    def slot_rlgroup(self):
        return self.numbered_photos(RL_GROUPS)

    # -------------------------------------------------------------- set51_c

    def slot_bfservice(self):
        return self.service(("新报提醒", "青城生活"), BF_SERVICE)

    def slot_bfletter(self):
        return self.reply_letter(BF_LETTER_TITLES, BF_REPLIES, BF_PLACES)

    def slot_bftalk(self):
        return self.interview(("新报访谈", "面对面"), BF_QUESTIONS, ("北方新报：", "记者："))

    # -------------------------------------------------------------- set51_d

    def slot_gycomment(self):
        return self.noted_comment(("晚报时评", "筑城观察"), GY_TITLES, ("□", "文/"), GY_NOTES)

    def slot_gytalk(self):
        return self.interview(("晚报对话", "街坊说"), GY_QUESTIONS, ("晚报：", "记者："))

    def slot_gyfigures(self):
        return self.figures(("数读", "数说民生"), GY_FIGURES, title="老旧小区改造成绩单")

    def slot_gyservice(self):
        return self.service(("晚报提醒", "生活服务"), GY_SERVICE)

    def slot_gygroup(self):
        return self.numbered_photos(GY_GROUPS)

    # -------------------------------------------------------------- set51_e

    def slot_hjfigures(self):
        return self.figures(("数说", "行业数据"), HJ_FIGURES, title="黄金行业运行一览")

    def slot_hjtalk(self):
        return self.interview(("矿长访谈", "对话"), HJ_QUESTIONS, ("中国黄金报：", "记者："))

    def slot_hjcomment(self):
        return self.noted_comment(("黄金时评", "行业观察"), HJ_TITLES, ("◎", "文/"), HJ_NOTES)

    def slot_hjtable(self):
        rng = self.rng
        rows = rng.sample(HJ_TABLE, rng.choice((4, 5)))
        return self.wide_table(("数据", "产量统计"), "前三季度重点企业矿产金产量", rng.choice(("企业 产量 同比", "单位 矿产金 增减")),
                               rows, ("数据来源：某某黄金协会", "注：同比为与上年同期相比"))

    # -------------------------------------------------------------- set51_f

    def slot_yzasks(self):
        return self.asks(("寄递课堂", "用邮问答"), self.rng.choice(("寄快递，这些事要知道", "用邮有疑问 这里来解答")), YZ_ASKS,
                         "某某省邮政管理局 {}")

    def slot_yzservice(self):
        return self.service(("用邮提示", "服务信息"), YZ_SERVICE, title="便民用邮信息")

    def slot_yzfigures(self):
        return self.figures(("数说", "数据"), YZ_FIGURES, title="邮政快递业运行情况")

    def slot_yzcomment(self):
        return self.noted_comment(("邮政论坛", "行业观察"), YZ_TITLES, ("□", "◎"), YZ_NOTES)

    # -------------------------------------------------------------- set51_g

    def slot_jfrates(self):
        return self.service(("今日汇率", "金价汇率"), JF_RATES, title="外币兑缅币参考价")

    def slot_jfcomment(self):
        return self.staff_comment(("金凤凰短评", "本报评论"), JF_TITLES, sign=self.rng.choice(("本报评论员", "本报编辑部")))

    def slot_jftalk(self):
        return self.interview(("侨社人物", "访谈"), JF_QUESTIONS, ("本报：", "问："))


# --------------------------------------------------------------------------- furniture


_th_top = furniture(
    (0.5, [ln("第{n}版", page="{n}"), "{sec}", ln("通化日报 {y}年{m}月{d}日 {wd}", paper=True, date=True),
           "责任编辑 {name} 校对 {name}"]),
    [ln("{sec}·{n:02d}", page="{n:02d}"), ln("{date} 农历{slunar}", date=True), "编辑 {name} 美编 {name}"],
    front=[masthead("通化日报"), "TONGHUA DAILY", "中共通化市委机关报", ln("{date} {wd}", date=True), "农历{lunar}",
           "第{no:12000-12999}期 今日{pages}版", "国内统一连续出版物号 CN 22-0000", "通化新闻网 www.example.cn"])
_th_bottom = furniture((0.5, ["通化日报社出版 地址：通化市东昌区某某路{no:1-99}号 新闻热线 {tel:0435}"]),
                       ["下载“通化发布”客户端 看更多本地新闻", opt(0.5, ["零售价1.00元 全年订价300元"])])

_rl_top = furniture(
    (0.5, [ln("今日瑞丽", paper=True), ln("第{n}版 {sec}", page="{n}"), ln("{date} {wd}", date=True), "本版编辑 {name}"]),
    [ln("{n}", page="{n}"), "{sec}", DATED, "责编：{name} 校对：{name}"],
    front=[masthead("今日瑞丽"), "中共瑞丽市委主管 瑞丽市融媒体中心主办", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:1000-1999}期 今日{pages}版", "内部资料 滇内资准字某某号 免费交流"])
_rl_bottom = furniture((0.5, ["瑞丽市融媒体中心 地址：瑞丽市勐卯街道某某路{no:1-99}号 电话：{tel:0692}"]),
                       ["关注“瑞丽发布”微信公众号", opt(0.5, ["印刷：德宏某某印务有限公司"])])

_bf_top = furniture(
    (0.5, [ln("A{n:02d}", page="A{n:02d}"), ln("北方新报·{sec}", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True),
           "主编 {name} 责编 {name} 校对 {name}"]),
    [ln("{sec} A{n:02d}", page="A{n:02d}"), ln("{y}.{m:02d}.{d:02d} {wd}", date=True), "北方新报"],
    front=[masthead("北方新报"), "NORTHERN NEWS", "内蒙古日报社主管主办", ln("{date} {wd}", date=True), "农历{slunar}",
           "今日{pages}版 第{no:6000-6999}期", "新闻热线 {tel:0471} 零售价1.00元"])
_bf_bottom = furniture((0.5, ["北方新报报料热线 {tel:0471} 正北方网 www.example.com"]),
                       ["北方新报社 地址：呼和浩特市赛罕区某某路{no:1-99}号", opt(0.5, ["下载“正北方”客户端 报料有奖"])])

_gy_top = furniture(
    (0.5, [ln("贵阳晚报", paper=True), ln("A{n} {sec}", page="A{n}"), ln("{y}年{m}月{d}日 {wd}", date=True),
           "编辑 {name} 版式 {name} 校对 {name}"]),
    [ln("{sec}", page=None), ln("A{n}", page="A{n}"), ln("{y}.{m}.{d} {wd} 农历{slunar}", date=True)],
    front=[masthead("贵阳晚报"), "GUIYANG EVENING NEWS", "贵阳日报传媒集团主管主办", ln("{date} {wd}", date=True),
           "农历{lunar}", "第{no:8000-8999}期 今日{pages}版", "新闻热线 {tel:0851} 零售价1.00元"])
_gy_bottom = furniture((0.5, ["贵阳晚报报料热线 {tel:0851} 微信报料：贵阳晚报"]),
                       ["贵阳晚报社 地址：贵阳市云岩区某某路{no:1-99}号", opt(0.5, ["广告热线 {tel:0851}"])])

_hj_top = furniture(
    (0.5, [ln("{n}", page="{n}"), ln("中国黄金报", paper=True), "{sec}", ln("{date} {wd}", date=True)]),
    [ln("{sec} 第{n}版", page="{n}"), ln("{y}年{m}月{d}日", date=True), "责任编辑 {name} 电话：{tel:010}"],
    front=[masthead("中国黄金报"), "CHINA GOLD NEWS", "中国黄金协会主管主办", ln("{date} {wd}", date=True),
           "第{no:3000-3999}期 每周二、五出版", "本期{pages}版 国内统一连续出版物号 CN 11-0000"])
_hj_bottom = furniture((0.5, ["中国黄金报社 地址：北京市东城区某某街{no:1-99}号 邮编100000"]),
                       ["订阅热线 {tel:010} 邮发代号1-00", opt(0.5, ["中国黄金网 www.example.com"])])

_yz_top = furniture(
    (0.5, [ln("中国邮政快递报", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True), ln("第{n}版 {sec}", page="{n}")]),
    [ln("{n:02d}", page="{n:02d}"), ln("{ssec}", page=None), ln("{date}", date=True), "主编 {name} 责任编辑 {name}"],
    front=[masthead("中国邮政快递报"), "CHINA POST AND EXPRESS NEWS", "国家邮政局主管主办", ln("{date} {wd}", date=True),
           "第{no:4000-4999}期 今日{pages}版", "邮发代号1-00 国内统一连续出版物号 CN 11-0000"])
_yz_bottom = furniture((0.5, ["中国邮政快递报社 地址：北京市西城区某某路{no:1-99}号 发行热线 {tel:010}"]),
                       ["用户申诉受理电话 {tel:010}", opt(0.5, ["本报常年法律顾问：北京某某律师事务所"])])

_jf_top = furniture(
    (0.5, [ln("金凤凰", paper=True), ln("{sec}", page=None), ln("第{n}版", page="{n}"), ln("{y}年{m}月{d}日 {wd}", date=True)]),
    [ln("{n:02d}", page="{n:02d}"), ln("{sec}", page=None), ln("{date} 农历{slunar}", date=True)],
    front=[masthead("金凤凰"), "GOLDEN PHOENIX", "缅甸中文报", ln("{y}年{m}月{d}日（{wd}）", date=True), "农历{slunar}",
           "第{no:1000-1999}期 今日{pages}版 定价500缅币", "仰光市某某镇区某某路{no:1-99}号 电话 09-{no:400-999}-{no:100000-999999}"])
_jf_bottom = furniture((0.5, ["广告部电话 09-{no:400-999}-{no:100000-999999} 发行部电话 09-{no:400-999}-{no:100000-999999}"]),
                       ["金凤凰中文报网站 www.example.com", opt(0.5, ["欢迎订阅 欢迎刊登广告"])])


@dataclasses.dataclass
class Fresh51Family(Fresh43Family):
    seed_stride: int = FRESH51_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh51Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh51Builder, justified=True,
                         **kw)


FRESH51_FAMILIES = [
    fam("set51_a", "通化日报", _th_top, _th_bottom, {by_th: 1},
        brief_bylines={by_th_brief: 1}, credits=(cr_th,), width=(14, 19), blank={"para": 1, "every": 1},
        indent=0.5, letterspace=0.3, stray_spaces=0.04, doubled=0.1, displaced=0.1, caption_pool=TH_CAPTIONS,
        brief_pool=TH_BRIEFS, brief_pool_share=0.6, paper_outlet="通化日报",
        labels={"column": ("县市区传真", "通化简讯"), "bullet": ("▲",)},
        page_form="第{cn}版", jump_forms=("（下转第{cn}版）", "（转{n}版）"), cont_forms=("（上接第{cn}版）", "（接{n}版）"),
        plans=((["decklead", "thcomment", "brief"], {"front": True, "turn": 2}),
               (["thlink", "photo", "briefcol"], {"turn": 0}),
               (["continuation", "deck", "photo"], {"page": 2, "blank": "none", "turn": 1}),
               (["thgroup", "deck", "brief"], {"blank": "every", "group_credit": "本组图片由{p}记者 {n} 摄"})),
        page_style="plain", sections=("要闻", "县市区", "经济")),
    fam("set51_b", "今日瑞丽", _rl_top, _rl_bottom, {by_rl: 1},
        brief_bylines={by_rl_brief: 1}, credits=(cr_rl,), width=(12, 16), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.4, stray_spaces=0.06, doubled=0.2, displaced=0.15, caption_pool=RL_CAPTIONS,
        brief_pool=RL_BRIEFS, brief_pool_share=0.6, paper_outlet="本报",
        labels={"column": ("乡镇传真", "边城简讯"), "bullet": ("◎",)},
        page_form="{n}版", jump_forms=("（下转{p}）", "（转第{cn}版）"), cont_forms=("（上接{p}）", "（接第{cn}版）"),
        plans=((["decklead", "rlservice", "brief"], {"front": True, "turn": 1}),
               (["rlgroup", "deck", "photo"], {"turn": 2, "group_credit": "本组图片由融媒体记者 {n} 摄"}),
               (["continuation", "rllink", "briefcol"], {"page": 2, "blank": "every", "turn": 0}),
               (["deck", "photo", "bare"], {"blank": "none"})),
        page_style="plain", sections=("综合", "边城", "民生")),
    fam("set51_c", "北方新报", _bf_top, _bf_bottom, {by_bf: 1},
        brief_bylines={by_bf_brief: 1}, credits=(cr_bf,), width=(17, 23), per_article_width=True,
        blank={"para": 1, "every": 1}, indent=0.3, letterspace=0.15, stray_spaces=0.03, doubled=0.1, displaced=0.1,
        caption_pool=BF_CAPTIONS, brief_pool=BF_BRIEFS, brief_pool_share=0.7, paper_outlet="北方新报正北方网",
        labels={"column": ("青城速递", "新报快讯"), "bullet": ("◇",)},
        page_form="A{n2}版", jump_forms=("（下转A{n2}）", "（转{p}）"), cont_forms=("（上接A{n2}）", "（接{p}）"),
        plans=((["decklead", "bfservice", "brief"], {"front": True, "turn": 0}),
               (["bftalk", "photo"], {"blank": "every", "turn": 1}),
               (["continuation", "bfletter", "briefcol"], {"page": 2, "turn": 2}),
               (["deck", "photo", "brief"], {"blank": "none"})),
        page_style="A0", sections=("呼和浩特新闻", "民生", "盟市")),
    fam("set51_d", "贵阳晚报", _gy_top, _gy_bottom, {by_gy: 1},
        brief_bylines={by_gy_brief: 1}, credits=(cr_gy,), width=(18, 24), per_article_width=True,
        blank={"para": 2, "every": 1}, indent=0.2, letterspace=0.1, stray_spaces=0.02, doubled=0.05, displaced=0.1,
        caption_pool=GY_CAPTIONS, brief_pool=GY_BRIEFS, brief_pool_share=0.7, paper_outlet="贵阳晚报",
        labels={"column": ("筑城速递", "晚报快讯"), "bullet": ("▷",)},
        page_form="A{n}", jump_forms=("（下转A{n}）", "▶转{p}版"), cont_forms=("（上接A{n}）", "◀接{p}版"),
        plans=((["decklead", "gycomment", "brief"], {"front": True, "turn": 2}),
               (["gygroup", "deck", "briefcol"], {"blank": "every", "turn": 1,
                                                  "group_credit": "本组图片由晚报记者 {n} 摄"}),
               (["continuation", "gytalk", "gyfigures"], {"page": 2, "blank": "none", "turn": 0}),
               (["gyservice", "deck", "photo"], {})),
        page_style="A", sections=("贵阳新闻", "区县", "民生")),
    fam("set51_e", "中国黄金报", _hj_top, _hj_bottom, {by_hj: 1},
        brief_bylines={by_hj_brief: 1}, credits=(cr_hj,), width=(19, 25), blank={"para": 1, "none": 1},
        indent=0.3, letterspace=0.15, stray_spaces=0.02, doubled=0.05, displaced=0.05, caption_pool=HJ_CAPTIONS,
        brief_pool=HJ_BRIEFS, brief_pool_share=0.7, paper_outlet="本报", weekday_no=1,
        labels={"column": ("企业动态", "行业快讯"), "bullet": ("■",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（转第{n}版）"), cont_forms=("（上接第{n}版）", "（接第{n}版）"),
        plans=((["decklead", "hjfigures", "brief"], {"front": True, "turn": 1}),
               (["hjtalk", "photo"], {"blank": "every", "turn": 2}),
               (["continuation", "hjcomment", "briefcol"], {"page": 2, "turn": 0}),
               (["hjtable", "deck", "bare"], {"blank": "none"})),
        page_style="plain", sections=("要闻", "矿山", "市场")),
    fam("set51_f", "中国邮政快递报", _yz_top, _yz_bottom, {by_yz: 1},
        brief_bylines={by_yz_brief: 1}, credits=(cr_yz,), width=(16, 21), blank={"para": 1, "every": 1},
        indent=0.2, letterspace=0.2, stray_spaces=0.03, doubled=0.1, displaced=0.1, caption_pool=YZ_CAPTIONS,
        brief_pool=YZ_BRIEFS, brief_pool_share=0.7, paper_outlet="本报",
        labels={"column": ("各地邮政", "行业简讯"), "bullet": ("●",)},
        page_form="{n2}版", jump_forms=("（下转{n2}版）", "（转第{n}版）"), cont_forms=("（上接{n2}版）", "（接第{n}版）"),
        plans=((["decklead", "yzfigures", "brief"], {"front": True, "turn": 0}),
               (["yzasks", "deck"], {"blank": "none", "turn": 1}),
               (["continuation", "yzcomment", "briefcol"], {"page": 2, "turn": 2}),
               (["yzservice", "deck", "photo"], {"blank": "every"})),
        page_style="0", sections=("要闻", "行业", "寄递服务")),
    fam("set51_g", "金凤凰", _jf_top, _jf_bottom, {by_jf: 1},
        brief_bylines={by_jf_brief: 1}, credits=(cr_jf,), width=(18, 24), blank={"para": 2, "none": 1},
        indent=0.2, letterspace=0.05, stray_spaces=0.02, doubled=0.05, displaced=0.1, caption_pool=JF_CAPTIONS,
        brief_pool=JF_BRIEFS, brief_pool_share=0.8, paper_outlet="本报",
        labels={"column": ("侨社简讯", "缅甸快讯"), "bullet": ("★",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（续第{n}版）"), cont_forms=("（上接第{n}版）", "（续前）"),
        plans=((["decklead", "jfrates", "brief"], {"front": True, "turn": 2}),
               (["jfcomment", "photo", "briefcol"], {"blank": "every", "turn": 0}),
               (["continuation", "deck", "brief"], {"page": 2, "turn": 1}),
               (["jftalk", "bare", "photo"], {"blank": "none"})),
        page_style="plain", sections=("缅甸新闻", "侨社", "本地新闻")),
]
