"""A forty-third set of development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator or look at how these pages are cut.  Seven papers the corpus had not imitated (checked by
name against the development builders and gold, and against the held-back set only with a script that names
this set's candidate papers a held-back page also has; it named 新华日报, which was dropped): two prefecture
city dailies (衡阳, 安庆), a metropolis morning paper of the northwest (乌鲁木齐), a provincial education paper,
the finance ministry's paper, a city youth paper and the paper of a steel group.  The provincial party
dailies of the east coast and the Chinese-language dailies of the autonomous regions were all imitated
already or held back, so those kinds were not taken.
This set's emphasis is the ordinary news page as an archive receives it every week (要闻, 综合, 区县, 民生,
经济, 教育, 基层), each paper printing the common things its own way: its header and footer lines (where the
date stands, how the page and section print, the lunar date, the serial number, editors' lines, hotlines, app
promos), its byline and dateline grammar (晨报讯, 本报讯 记者X 通讯员Y glued without brackets, a story's
credit closed under its text, 本报通讯员 X 报道, （作者单位：…）, a brief closed by a unit naming no one), its
photo credits, its briefs column and bullet, its jump lines and continuation heads, a commentary with its
signature, an interview, a box tied to a story, a service box, a photo group.  Every family wraps its
columns by width.

Seeds: FRESH43_SEED_BASE + FRESH43_SEED_STRIDE*family + 1_000*attempt + n (54_060_001 .. 54_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (comment titles,
questions, notes, service rows, figures, table rows, letters' titles and replies, captions, briefs); names,
figures, phone numbers and addresses are made up.
"""
from __future__ import annotations

import dataclasses

from fresh_layouts_5 import _credit_turns
from fresh_layouts_37 import _DrawnBy
from fresh_layouts_40 import Fresh40Builder, dateline, taking_turns
from fresh_layouts_41 import Fresh41Builder, Fresh41Family
from layout_kit import DATED, TRAIL, Above, Form, chosen, furniture, ln, masthead, opt, turns

FRESH43_SEED_BASE = 54_000_000
FRESH43_SEED_STRIDE = 60_000

# --------------------------------------------------------------------------- filler (written for this corpus)

HY_TITLES = ["让“雁城”营商环境更有温度", "乡村振兴要在“特”字上做文章", "把承接产业转移的机遇抓在手上"]
HY_NOTES = ("（作者系市委党校讲师）", "（作者单位：衡阳师范学院）")
HY_LINKS = [("相关链接", "", ["湘南湘西承接产业转移示范区包括衡阳、郴州、永州、怀化、邵阳、湘西六个市州，"
                             "重点承接电子信息、新材料、装备制造等产业。"]),
            ("记者手记", "油茶林里的笑声", ["采访当天，山坡上的油茶林里满是摘果的村民。一位老人说，"
                                         "过去油茶是“看天收”，如今有了技术员指导，产量翻了一番。"]),
            ("延伸阅读", "“湘江时代”", ["近年来，我市沿湘江布局一批先进制造业项目，"
                                     "一条产业带正在两岸成形。"])]
HY_GROUPS = [("南岳秋色", ["①游客在祝融峰观赏云海。", "②山间古寺掩映在红叶中。", "③志愿者为游客指路。"]),
             ("油茶丰收季", ["①村民在山上采摘油茶果。", "②合作社里，工人在晾晒茶籽。", "③榨油坊里飘出阵阵油香。"])]
HY_CAPTIONS = [("石鼓书院前，游客在拍照留念。", "书院秋韵"), ("工人在生产线上检测电子元件。", ""),
               ("湘江岸边，市民在晨练。", "江畔晨光"), ("农机手在田间抢收晚稻。", "")]
HY_BRIEFS = [("蒸湘区新建一批口袋公园", "近日，蒸湘区一批口袋公园建成开放，居民家门口多了休闲去处。"),
             ("耒阳开展技能人才招聘", "日前，耒阳市举办技能人才专场招聘会，提供岗位八百余个。"),
             ("祁东黄花菜喜获丰收", "近日，祁东县黄花菜进入采摘旺季，种植户忙着采摘晾晒。")]

UM_SERVICE = ["【天气】今天晴，最高气温29℃，最低气温16℃，紫外线强。", "【公交】BRT3号线因道路施工临时改道，恢复时间另行通知。",
              "【停水】明日10:00至20:00，沙依巴克区某某路片区停水。", "【办事】市政务服务中心周六上午照常办理户籍业务。",
              "【出行】G30某某段路面维修，请车辆减速慢行。"]
UM_QUESTIONS = ["来乌鲁木齐投资，企业最看重的是什么？", "“丝路”上的物流通道还有哪些新变化？",
                "如何让更多游客来了还想再来？", "年轻人在这里创业，能得到哪些支持？"]
UM_LETTER_TITLES = ["小区旁的健身器材坏了谁来修？", "路口红绿灯时间能否调长一些？"]
UM_REPLIES = ["记者回访：晨报记者将此事反映给天山区有关部门，工作人员表示已安排维修，一周内完成。",
              "记者回访：记者联系了交警部门，对方表示将实地查看路口车流，再研究调整信号配时。"]
UM_PLACES = ("天山区", "沙依巴克区", "水磨沟区", "新市区")
UM_CAPTIONS = [("大巴扎里，游客在选购特色商品。", "巴扎人气旺"), ("水磨沟公园里，市民在赏花。", ""),
               ("国际陆港区，集装箱班列整装待发。", "班列启程"), ("夜市上，摊主在烤制羊肉串。", "")]
UM_BRIEFS = [("新市区新开两条社区巴士", "近日，新市区开通两条社区巴士线路，方便居民就近出行。"),
             ("乌鲁木齐举办夏季招聘会", "日前，一场夏季招聘会在会展中心举行，提供岗位三千余个。"),
             ("社区开办暑期托管班", "近日，一个社区开办暑期托管班，解决双职工家庭看护难题。")]

JY_TITLES = ["让每一所乡村学校都有好老师", "教育家精神要落到课堂上", "给学生留出成长的空间"]
JY_ESSAYS = ["从一堂公开课说起", "班主任的“小本子”", "让阅读成为孩子的习惯"]
JY_NOTES = ("（作者单位：南京市某某小学）", "（作者单位：苏州市某某实验中学）", "（作者系常州市某某中学教师）")
JY_ASKS = [("孩子升入初中后成绩下滑，家长该怎么办？", "先别急着批评。初中课程容量大，孩子需要适应期，家长可以帮孩子梳理学习方法，多和老师沟通。"),
           ("中小学生每天的睡眠时间有什么要求？", "按照有关规定，小学生每天睡眠时间应达到十小时，初中生九小时，高中生八小时。"),
           ("课后服务是否收费？", "课后服务坚持学生自愿参加，收费标准由各地按照成本分担原则确定，家庭经济困难学生予以减免。"),
           ("暑期如何防范学生溺水？", "家长要做好看护，教育孩子不私自下水游泳，不到无安全设施、无救护人员的水域游泳。")]
JY_GROUPS = [("校园里的劳动课", ["①学生在校园菜地里除草。", "②老师教学生辨认农作物。", "③收获的蔬菜送进了学校食堂。"]),
             ("科技节上的奇思妙想", ["①学生展示自制的机器人。", "②小组合作搭建桥梁模型。", "③评委认真听取学生讲解。"])]
JY_CAPTIONS = [("课堂上，学生在做物理实验。", "动手探究"), ("老师在为学生讲解书法要领。", ""),
               ("运动会上，学生在进行接力赛。", "赛场飞驰"), ("学生在图书馆里安静阅读。", "")]
JY_BRIEFS = [("南通举办青年教师基本功大赛", "近日，南通市举办青年教师基本功大赛，两百余名教师参赛。"),
             ("扬州新建一批智慧教室", "日前，扬州市一批中小学智慧教室建成投用。"),
             ("徐州开展送教下乡活动", "近日，徐州市组织骨干教师赴乡村学校开展送教活动。")]

CJ_FIGURES = [("4.2万亿元", "一季度全国一般公共预算收入"), ("1.2万亿元", "今年超长期特别国债发行规模"),
              ("3.9万亿元", "新增地方政府专项债券额度"), ("98%", "重点民生支出保障比例"),
              ("2600亿元", "减税降费及退税缓费规模")]
CJ_ASKS = [("专项债券资金可以用于哪些领域？", "主要用于交通基础设施、能源、农林水利、生态环保、社会事业、城乡冷链物流、"
                                     "市政和产业园区基础设施等领域。"),
           ("小微企业如何享受政府采购支持政策？", "采购人在项目中预留份额专门面向中小企业采购，对小微企业报价给予价格扣除优惠。"),
           ("财政资金直达机制是什么？", "中央财政资金按照“中央切块、省级细化、备案同意、快速直达”的原则下达到市县基层，"
                                 "惠企利民。"),
           ("个人如何查询社保补贴是否到账？", "可登录当地人社部门网站或政务服务平台查询，也可拨打12333咨询。")]
CJ_COMMENT_TITLES = ["过“紧日子”要成为常态", "用好财政政策“工具箱”", "让每一分钱都花在刀刃上"]
CJ_NOTES = ("（作者系中央财经大学教授）", "（作者单位：某某省财政科学研究所）")
CJ_TABLE = ["全国一般公共预算收入 5.2万亿元 -2.3%", "其中：税收收入 4.3万亿元 -4.9%", "非税收入 0.9万亿元 +11.6%",
            "全国一般公共预算支出 6.9万亿元 +3.5%", "全国政府性基金预算收入 1.2万亿元 -8.3%"]
CJ_CAPTIONS = [("税务窗口工作人员为企业办理退税。", "退税直达"), ("农民在高标准农田里查看秧苗。", ""),
               ("财政干部走访企业了解政策落实情况。", "走访问需"), ("施工人员在专项债项目工地作业。", "")]
CJ_BRIEFS = [("某某省财政下达惠企资金", "近日，某某省财政厅下达一批惠企资金，支持中小企业技术改造。"),
             ("政府采购线上培训启动", "日前，政府采购线上专题培训启动，数千名采购人员参加。"),
             ("地方财政加强预算绩效管理", "近日，多地财政部门出台办法，加强预算绩效管理。")]

QN_TITLES = ["青年的“松弛感”不是躺平", "让年轻人在城市里找到归属", "志愿服务需要更多“年轻面孔”"]
QN_QUESTIONS = ["是什么让你决定留在上海创业？", "青年在社区治理中能发挥什么作用？", "你对刚走出校门的年轻人有什么建议？",
                "怎样让更多青年参与志愿服务？"]
QN_GROUPS = [("青春在一线", ["①青年突击队员在工地上施工。", "②青年志愿者在地铁站服务乘客。", "③青年科研人员在实验室工作。"]),
             ("毕业季的笑脸", ["①毕业生在校园里合影。", "②学生把学位帽抛向空中。", "③师生在毕业典礼上拥抱。"])]
QN_CAPTIONS = [("外滩边，青年志愿者在为游客提供咨询。", "志愿红"), ("大学生在招聘会上投递简历。", ""),
               ("青年在社区“青春集市”里摆摊。", "青春集市"), ("青年马拉松跑者冲过终点。", "")]
QN_BRIEFS = [("青年夜校秋季班开放报名", "近日，青年夜校秋季班开放报名，开设课程五十余门。"),
             ("青年人才驿站新增一批床位", "日前，本市青年人才驿站新增一批床位，来沪求职青年可免费入住。"),
             ("团市委启动暑期社会实践", "近日，团市委启动大学生暑期社会实践活动，上千支团队参加。")]

BW_FIGURES = [("1.3亿吨", "上半年集团粗钢产量"), ("42项", "新增发明专利授权"), ("15%", "吨钢综合能耗下降"),
              ("600万吨", "氢基竖炉项目年产能"), ("3.2万人次", "一线职工技能培训")]
BW_SAFETY = ["进入煤气区域必须两人以上同行，携带报警仪。", "高处作业必须系好安全带，挂点牢固。",
             "设备检修必须挂牌上锁，确认能源介质已切断。", "动火作业必须办理许可，现场配备灭火器材。",
             "起重作业必须有专人指挥，严禁人员在吊物下方停留。"]
BW_QUESTIONS = ["氢冶金项目目前进展如何？", "怎样理解钢铁行业的新质生产力？", "一线班组在降本增效上有哪些好办法？",
                "极致能效工程下一步的重点是什么？"]
BW_COMMENT_TITLES = ["降本增效要从每一道工序抠起", "安全生产没有“下不为例”", "让创新成为每个岗位的习惯"]
BW_CAPTIONS = [("炼钢车间里，工人在进行取样作业。", "炉前取样"), ("码头上，矿石船在卸货。", ""),
               ("技术人员在调试智能机器人。", "智慧制造"), ("职工在厂区内植树。", "")]
BW_BRIEFS = [("韶钢完成一座高炉大修", "近日，韶钢一座高炉大修完成并顺利点火投产。"),
             ("马钢举办职工技能比武", "日前，马钢举办职工技能比武，三百余名职工参赛。"),
             ("宝钢股份发布新一代汽车板", "近日，宝钢股份发布新一代高强度汽车板产品。")]

AQ_TITLES = ["以“宜城”之名 做好城市更新文章", "让群众办事少跑腿", "在长三角一体化中找准位置"]
AQ_SERVICE = ["【停电】明日8:00至17:00，迎江区某某路片区计划停电。", "【公交】18路因道路施工临时绕行某某路。",
              "【天气】今天多云转阵雨，24℃至31℃，东北风三级。", "【热线】市民有诉求可拨打12345政务服务便民热线。"]
AQ_LETTER_TITLES = ["老旧小区加装电梯怎么申请？", "小区门口的积水何时能解决？"]
AQ_REPLIES = ["12345热线回复：市住建局表示，居民可向所在街道提出申请，符合条件的可享受财政补贴。",
              "12345热线回复：大观区城管部门已派人现场查看，将疏通雨水管道，近期完成整改。"]
AQ_PLACES = ("迎江区", "大观区", "宜秀区", "桐城市")
AQ_CAPTIONS = [("振风塔下，游客在江边游览。", "塔影江声"), ("黄梅戏演员在剧场演出。", ""),
               ("茶农在岳西高山茶园采茶。", "高山茶香"), ("工人在新能源汽车零部件车间作业。", "")]
AQ_BRIEFS = [("桐城新增一批共享停车位", "近日，桐城市新增一批共享停车位，缓解老城区停车难。"),
             ("潜山举办农民丰收节", "日前，潜山市举办农民丰收节，展销农特产品百余种。"),
             ("怀宁开展义诊进乡村活动", "近日，怀宁县组织医生开展义诊进乡村活动。")]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_hy = chosen(Above("衡阳日报全媒体记者 {0!l} 通讯员 {1}", 2), Form("（全媒体记者 {0} 通讯员 {1}）", 2, **TRAIL),
               Above("全媒体记者 {0!l} 实习生 {1}", 2), turn="by", drawn=2)
by_hy_brief = turns(Form("本报讯（全媒体记者 {0}）", line_share=0.3), Form("（{c0} {0}）", choices=(("耒阳", "常宁", "衡东", "祁东"),),
                                                                     **TRAIL))

by_um = chosen(Above("都市消费晨报记者 {0!l}"), Form("晨报讯（记者 {0} 通讯员 {1}）", 2),
               _DrawnBy("记者 {0!l}/文 {1}/图", 1, where="before", hint="plain", draws=2), turn="by", drawn=2)
by_um_brief = turns(Form("晨报讯（记者 {0}）"), Form("（晨报记者 {0}）", **TRAIL))

by_jy = chosen(Above("本报记者 {0!l}"), Above("本报通讯员 {0!l} 记者 {1}", 2), Form("本报讯（记者 {0} 通讯员 {1}）", 2),
               turn="by", drawn=2)
by_jy_brief = turns(Form("（{c0} {0}）", choices=(("南通市某某小学", "扬州市教育局", "徐州市某某中学"),), **TRAIL),
                    Form("本报讯（通讯员 {0}）"))

by_cj = taking_turns(chosen(Above("本报记者 {0!l}")), dateline("本报北京{m}月{d}日讯 记者{0} 通讯员{1} ", 2),
                     chosen(Above("中国财经报记者 {0!l} 特约记者 {1}", 2), drawn=2))
by_cj_brief = turns(Form("（{c0}）", 0, choices=(("某某省财政厅", "某某市财政局", "财政部某某监管局"),), **TRAIL),
                    Form("本报讯 记者 {0}"))

by_qn = chosen(Above("青年报记者 {0!l}"), Above("青年报见习记者 {0!l} 记者 {1}", 2), Above("记者 {0!l} 文/摄", photo=True),
               turn="by", drawn=2)
by_qn_brief = turns(Form("本报讯（记者 {0}）"), Form("（青年报记者 {0}）", **TRAIL))

by_bw = chosen(Above("本报记者 {0!l} 通讯员 {1}", 2), Above("本报通讯员 {0!l} 报道"), Above("{0!l} {1}", 2), turn="by", drawn=2)
by_bw_brief = turns(Form("（{c0} {0}）", choices=(("韶钢", "马钢集团", "太钢集团", "宝钢股份"),), **TRAIL),
                    Form("本报讯 通讯员{0}报道："))

by_aq = chosen(Above("安庆日报全媒体记者 {0!l}"), Form("本报讯（全媒体记者 {0} 通讯员 {1}）", 2),
               Above("全媒体记者 {0!l} 通讯员 {1} {2}", 3), turn="by", drawn=2)
by_aq_brief = turns(Form("（{0}）", **TRAIL), Form("本报讯（通讯员 {0}）", line_share=0.3))


# --------------------------------------------------------------------------- photo credits


cr_hy = _credit_turns(("衡阳日报全媒体记者 {n} 摄", "（{n} 摄）", "（资料图片）"))
cr_um = _credit_turns(("晨报记者 {n}/摄", "（{n} 摄）", "（受访者供图）"))
cr_jy = _credit_turns(("（{n} 摄）", "本报记者 {n} 摄", "（学校供图）"))
cr_cj = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）", "（财政局供图）"))
cr_qn = _credit_turns(("青年报记者 {n} 摄", "{n}/摄", "（团市委供图）"))
cr_bw = _credit_turns(("通讯员 {n} 摄", "{n}/摄", "（马钢供图）"))
cr_aq = _credit_turns(("全媒体记者 {n} 摄", "（{n} 摄）", "（县融媒体中心供图）"))


# --------------------------------------------------------------------------- builder


class Fresh43Builder(Fresh41Builder):

    # -------------------------------------------------------------- shared shapes

    def noted_comment(self, labels, titles, marks, notes):
        """A commentary under its column label, signed by a mark and the name above the text, or by the
        name under it with an （作者系…） / （作者单位：…） note (as set 40's are)."""
        return Fresh40Builder.signed_comment(self, labels, titles, marks, notes)

    def interview(self, labels, questions, askers):
        return Fresh40Builder.interview(self, labels, questions, askers)

    # -------------------------------------------------------------- set43_a 衡阳日报

    def slot_hycomment(self):
        return self.noted_comment(("雁城时评", "衡阳观察"), HY_TITLES, ("□", "◎ "), HY_NOTES)

    def slot_hylink(self):
        return self.tied_box(HY_LINKS)

    def slot_hygroup(self):
        return self.numbered_photos(HY_GROUPS)

    # -------------------------------------------------------------- set43_b 都市消费晨报

    def slot_umservice(self):
        return self.service(("晨报提示", "便民信息"), UM_SERVICE)

    def slot_umtalk(self):
        return self.interview(("晨报访谈", "面对面"), UM_QUESTIONS, ("晨报：", "记者："))

    def slot_umletter(self):
        return self.reply_letter(UM_LETTER_TITLES, UM_REPLIES, UM_PLACES)

    # -------------------------------------------------------------- set43_c 江苏教育报

    def slot_jycomment(self):
        return self.staff_comment(("本报评论", "教育时评"), JY_TITLES, sign=self.rng.choice(("本报评论员", "本报特约评论员")))

    def slot_jyessay(self):
        return self.noted_comment(("教师随笔", "杏坛心语"), JY_ESSAYS, ("□", "文/"), JY_NOTES)

    def slot_jyasks(self):
        return self.asks(("政策问答", "家长来信"), self.rng.choice(("家长关心的事 这里有答复", "教育政策答问")), JY_ASKS,
                         "省教育厅某某处 {}")

    def slot_jygroup(self):
        return self.numbered_photos(JY_GROUPS)

    # -------------------------------------------------------------- set43_d 中国财经报

    def slot_cjfigures(self):
        return self.figures(("数说财政", "数据"), CJ_FIGURES, title="财政运行半年账")

    def slot_cjasks(self):
        return self.asks(("政策解读", "财经问答"), self.rng.choice(("读者关心的财政政策", "政策问答")), CJ_ASKS, "财政部某某司 {}")

    def slot_cjcomment(self):
        return self.noted_comment(("财经时评", "财苑观察"), CJ_COMMENT_TITLES, ("■", "□"), CJ_NOTES)

    def slot_cjtable(self):
        rng = self.rng
        rows = rng.sample(CJ_TABLE, rng.choice((4, 5)))
        return self.wide_table(("财政收支", "数据发布"), "1—6月全国财政收支情况", rng.choice(("项目 累计 同比", "指标 金额 增幅")),
                               rows, ("数据来源：财政部国库司", "注：同比按可比口径计算"))

    # -------------------------------------------------------------- set43_e 青年报

    def slot_qntalk(self):
        return self.interview(("青春对话", "青年说"), QN_QUESTIONS, ("青年报：", "记者："))

    def slot_qncomment(self):
        return self.signed_comment(("青年观察", "青评"), QN_TITLES, ("文/{}", "□ {}"))

    def slot_qngroup(self):
        return self.numbered_photos(QN_GROUPS)

    # -------------------------------------------------------------- set43_f 中国宝武报

    def slot_bwfigures(self):
        return self.figures(("数说宝武", "数据"), BW_FIGURES, title="半年生产经营成绩单")

    def slot_bwsafety(self):
        rng = self.rng
        rows = [f"{k}.{r}" for k, r in enumerate(rng.sample(BW_SAFETY, rng.choice((3, 4))), start=1)]
        return self.rows_box(("安全警示", "安全提醒"), rows, title="现场作业“五个必须”" if rng.random() < 0.5 else "")

    def slot_bwtalk(self):
        return self.interview(("宝武访谈", "一线对话"), BW_QUESTIONS, ("本报记者：", "记者："))

    def slot_bwcomment(self):
        return self.noted_comment(("宝武论坛", "班组之声"), BW_COMMENT_TITLES, ("◎", "■"),
                                  ("（作者单位：宝钢股份某某厂）", "（作者系马钢集团某某部职工）"))

    # -------------------------------------------------------------- set43_g 安庆日报

    def slot_aqcomment(self):
        return self.staff_comment(("宜城时评", "本报评论"), AQ_TITLES, sign=self.rng.choice(("本报评论员", "安庆日报评论员")))

    def slot_aqservice(self):
        return self.service(("便民服务", "生活提示"), AQ_SERVICE)

    def slot_aqletter(self):
        return self.reply_letter(AQ_LETTER_TITLES, AQ_REPLIES, AQ_PLACES)


# --------------------------------------------------------------------------- furniture


_hy_top = furniture(
    (0.5, [ln("{n:02d}", page="{n:02d}"), "{sec}", ln("衡阳日报 {y}年{m}月{d}日 {wd}", paper=True, date=True),
           "责任编辑：{name} 版式：{name}"]),
    [ln("{sec} {n:02d}", page="{n:02d}"), ln("{y}年{m}月{d}日 农历{slunar}", date=True)],
    front=[masthead("衡阳日报"), "HENGYANG DAILY", "中共衡阳市委机关报", ln("{date} {wd}", date=True), "农历{lunar}",
           "第{no:14000-14999}期 今日{pages}版", "国内统一连续出版物号 CN 43-0000 邮发代号 41-00"])
_hy_bottom = furniture((0.5, ["衡阳日报社出版 地址：衡阳市某某路{no:10-99}号 新闻热线 {tel:0734}", "扫码下载“新湖南”衡阳频道"]),
                       ["本版编辑 {name} 校对 {name} 审读 {name}", "零售价 每份1.00元"])

_um_top = furniture(
    (0.5, [ln("A{n}", page="A{n}"), ln("{sec} 都市消费晨报", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True)]),
    [ln("{y}.{m:02d}.{d:02d} {wd} {sec}", date=True), ln("A{n}", page="A{n}"), "编辑 {name} 美编 {name}"],
    front=[masthead("都市消费晨报"), "URUMQI MORNING", "新疆日报社主管主办", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:6000-6999}期 今日{pages}版", "新闻热线 {tel:0991}"])
_um_bottom = furniture((0.5, ["晨报地址：乌鲁木齐市某某路{no:1-99}号 广告热线 {tel:0991}"]),
                       ["报料请拨 {tel:0991} 或扫码关注“晨报报料”", opt(0.5, ["零售价1.00元"])])

_jy_top = furniture(
    (0.5, [ln("江苏教育报", paper=True), ln("{date} {wd}", date=True), ln("第{n}版 {sec}", page="{n}")]),
    [ln("{sec}·{n}", page="{n}"), ln("{y}年{m}月{d}日", date=True), "责任编辑：{name}"],
    front=[masthead("江苏教育报"), "江苏省教育厅主管", "国内统一连续出版物号 CN 32-0000", ln("{date} {wd}", date=True),
           "第{no:3000-3999}期 每周三出版", "本期{pages}版 投稿邮箱 jyb@example.cn"])
_jy_bottom = furniture((0.5, ["江苏教育报社 地址：南京市某某路{no:1-99}号 电话：{tel:025}"]),
                       ["本版编辑：{name} 校对：{name}", opt(0.5, ["扫码关注“江苏教育报”微信公众号"])])

_cj_top = furniture(
    (0.5, [ln("中国财经报", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True), ln("{sec} {n}", page="{n}")]),
    [ln("第{n}版", page="{n}"), "{sec}", DATED, "责任编辑 {name} 电话：{tel:010}"],
    front=[masthead("中国财经报"), "CHINA FINANCIAL AND ECONOMIC NEWS", "财政部主管", ln("{date} {wd}", date=True),
           "第{no:5000-5999}期（总第{no:9000-9999}期）", "国内统一连续出版物号 CN 11-0000 今日{pages}版"])
_cj_bottom = furniture((0.5, ["中国财经报社出版 社址：北京市海淀区某某路{no:1-99}号"]),
                       ["订阅电话：{tel:010} 全国各地邮局均可订阅", opt(0.5, ["扫码下载“中国财经报”客户端"])])

_qn_top = furniture(
    (0.5, [ln("青年报", paper=True), ln("A{n:02d} {sec}", page="A{n:02d}"), ln("{y}.{m}.{d} {wd}", date=True)]),
    [ln("A{n:02d}", page="A{n:02d}"), "{sec}", "主编：{name} 责编：{name} 美编：{name}"],
    front=[masthead("青年报"), "YOUTH DAILY", "共青团上海市委员会主管主办", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:8000-8999}期 今日{pages}版", "新闻热线 {tel:021}"])
_qn_bottom = furniture((0.5, ["青年报社 地址：上海市某某路{no:100-999}号 邮编200000"]),
                       [ln("青年报 {y}年{m}月{d}日", paper=True, date=True), "下载“青春上海”客户端 报料有奖"])

_bw_top = furniture(
    (0.5, [ln("中国宝武报", paper=True), ln("{date} {wd}", date=True), ln("第{n}版·{sec}", page="{n}")]),
    [ln("{ssec} {n}", page="{n}"), ln("{y}年{m}月{d}日", date=True)],
    front=[masthead("中国宝武报"), "CHINA BAOWU NEWS", "中国宝武钢铁集团有限公司主管主办", ln("{date} {wd}", date=True),
           "第{no:1000-1999}期 总第{no:5000-5999}期", "准印证号：某某0000 内部资料 免费交流"])
_bw_bottom = furniture((0.5, ["本版编辑：{name} 美编：{name} 投稿邮箱 bwb@example.com"]),
                       ["报社地址：上海市宝山区某某路{no:1-99}号 电话：{tel:021}", opt(0.5, ["共建高质量钢铁生态圈"])])

_aq_top = furniture(
    (0.5, [ln("安庆日报", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True), ln("{n} {sec}", page="{n}"),
           "责任编辑 {name} 校对 {name}"]),
    [ln("{sec}", page=None), ln("第{n}版", page="{n}"), ln("{y}.{m}.{d}", date=True)],
    front=[masthead("安庆日报"), "ANQING DAILY", "中共安庆市委机关报", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:11000-11999}号 今日{pages}版", "国内统一连续出版物号 CN 34-0000"])
_aq_bottom = furniture((0.5, ["安庆日报社出版 地址：安庆市某某路{no:1-99}号", "新闻热线 {tel:0556} 广告热线 {tel:0556}"]),
                       ["扫码下载“安庆新闻”客户端", "零售价1.00元"])


@dataclasses.dataclass
class Fresh43Family(Fresh41Family):
    seed_stride: int = FRESH43_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh43Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh43Builder, justified=True,
                         **kw)


FRESH43_FAMILIES = [
    fam("set43_a", "衡阳日报", _hy_top, _hy_bottom, {by_hy: 1},
        brief_bylines={by_hy_brief: 1}, credits=(cr_hy,), width=(15, 20), blank={"para": 2, "every": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.03, doubled=0.15, displaced=0.1, caption_pool=HY_CAPTIONS,
        brief_pool=HY_BRIEFS, brief_pool_share=0.6, paper_outlet="衡阳日报全媒体",
        labels={"column": ("县市区传真", "雁城快讯"), "bullet": ("▪",)},
        page_form="第{cn}版", jump_forms=("（下转第{cn}版）", "▲下转第{cn}版"), cont_forms=("（上接第{cn}版）", "▼上接第{cn}版"),
        plans=((["decklead", "hycomment", "brief"], {"front": True, "turn": 0}),
               (["continuation", "photo", "briefcol"], {"page": 2, "blank": "none", "turn": 1}),
               (["hylink", "photo"], {"turn": 2}),
               (["hygroup", "deck", "brief"], {"blank": "every", "group_credit": "本组图片由{p}记者 {n} 摄"})),
        page_style="0", sections=("要闻", "县市区", "民生")),
    fam("set43_b", "都市消费晨报", _um_top, _um_bottom, {by_um: 1},
        brief_bylines={by_um_brief: 1}, credits=(cr_um,), width=(16, 23), per_article_width=True,
        blank={"para": 1, "every": 1}, indent=0.3, letterspace=0.2, stray_spaces=0.04, doubled=0.1, displaced=0.15,
        caption_pool=UM_CAPTIONS, brief_pool=UM_BRIEFS, brief_pool_share=0.7, paper_outlet="晨报",
        labels={"column": ("城事速递", "首府快讯"), "bullet": ("●",)},
        page_form="A{n}", jump_forms=("（下转A{n}版）", "（转{p}）"), cont_forms=("（上接{p}）", "（接A{n}版）"),
        plans=((["decklead", "umservice", "brief"], {"front": True, "turn": 1}),
               (["continuation", "deck", "photo"], {"page": 2, "blank": "every", "turn": 2}),
               (["umtalk", "briefcol"], {"blank": "none", "turn": 0}),
               (["umletter", "photo", "bare"], {})),
        page_style="A", sections=("首府新闻", "民生", "消费")),
    fam("set43_c", "江苏教育报", _jy_top, _jy_bottom, {by_jy: 1},
        brief_bylines={by_jy_brief: 1}, credits=(cr_jy,), width=(19, 25), blank={"para": 2, "none": 1},
        indent=0.2, letterspace=0.1, stray_spaces=0.01, doubled=0.05, displaced=0.1, caption_pool=JY_CAPTIONS,
        brief_pool=JY_BRIEFS, brief_pool_share=0.7, paper_outlet="本报", weekday_no=2,
        labels={"column": ("各地教育", "校园简讯"), "bullet": ("◎",)},
        page_form="{n}版", jump_forms=("（下转{p}）", "（转第{n}版）"), cont_forms=("（上接{p}）", "（紧接第{n}版）"),
        plans=((["decklead", "jycomment", "brief"], {"front": True, "turn": 0}),
               (["continuation", "deck", "briefcol"], {"page": 2, "turn": 1}),
               (["jyessay", "jyasks"], {"blank": "every", "turn": 2}),
               (["jygroup", "deck", "photo"], {"blank": "none", "group_credit": "本组图片由通讯员 {n} 摄"})),
        page_style="plain", sections=("要闻", "基础教育", "校园")),
    fam("set43_d", "中国财经报", _cj_top, _cj_bottom, {by_cj: 1},
        brief_bylines={by_cj_brief: 1}, credits=(cr_cj,), width=(20, 26), blank={"para": 1, "every": 2},
        indent=0.2, letterspace=0.1, stray_spaces=0.02, doubled=0.05, displaced=0.05, caption_pool=CJ_CAPTIONS,
        brief_pool=CJ_BRIEFS, brief_pool_share=0.7, paper_outlet="本报", weekday_no=1,
        labels={"column": ("地方财政", "财经速递"), "bullet": ("■",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（转{n2}版）"), cont_forms=("（上接第{n}版）", "（接{n2}版）"),
        plans=((["decklead", "cjfigures", "brief"], {"front": True, "turn": 0}),
               (["cjasks", "deck"], {"turn": 1}),
               (["continuation", "cjcomment", "briefcol"], {"page": 2, "blank": "none", "turn": 2}),
               (["cjtable", "deck", "bare"], {})),
        page_style="plain", sections=("要闻", "地方财政", "财税")),
    fam("set43_e", "青年报", _qn_top, _qn_bottom, {by_qn: 1},
        brief_bylines={by_qn_brief: 1}, credits=(cr_qn,), width=(13, 18), blank={"para": 1, "every": 1},
        indent=0.5, letterspace=0.4, stray_spaces=0.06, doubled=0.25, displaced=0.2, caption_pool=QN_CAPTIONS,
        brief_pool=QN_BRIEFS, brief_pool_share=0.6, paper_outlet="青年报",
        labels={"column": ("青春速递", "申城青讯"), "bullet": ("◎",)},
        page_form="A{n2}", jump_forms=("（下转{p}）", "▶转{p}版"), cont_forms=("◀接{p}版", "（上接{p}）"),
        plans=((["decklead", "photo", "briefcol"], {"front": True, "turn": 2}),
               (["qntalk", "brief"], {"blank": "none", "turn": 0}),
               (["continuation", "deck", "photo"], {"page": 2, "turn": 1, "displaced": 0.35}),
               (["qngroup", "qncomment", "bare"], {"blank": "every", "group_credit": "青年报记者 {n} 摄"})),
        page_style="A0", sections=("要闻", "城事", "青春")),
    fam("set43_f", "中国宝武报", _bw_top, _bw_bottom, {by_bw: 1},
        brief_bylines={by_bw_brief: 1}, credits=(cr_bw,), width=(15, 21), blank={"para": 2, "every": 1},
        indent=0.3, letterspace=0.2, stray_spaces=0.03, doubled=0.1, displaced=0.1, caption_pool=BW_CAPTIONS,
        brief_pool=BW_BRIEFS, brief_pool_share=0.6, paper_outlet="本报",
        labels={"column": ("基层动态", "宝武快讯"), "bullet": ("◆",)},
        page_form="{n2}版", jump_forms=("（下转{p}）", "→转{p}"), cont_forms=("（上接{p}）", "←接{p}"),
        plans=((["decklead", "bwfigures", "brief"], {"front": True, "turn": 1}),
               (["deck", "bwsafety", "briefcol"], {"blank": "none", "turn": 2}),
               (["bwtalk", "photo"], {"turn": 0}),
               (["continuation", "bwcomment", "photo"], {"page": 2, "blank": "every"})),
        page_style="0", sections=("要闻", "基层", "安全")),
    fam("set43_g", "安庆日报", _aq_top, _aq_bottom, {by_aq: 1},
        brief_bylines={by_aq_brief: 1}, credits=(cr_aq,), width=(12, 16), blank={"para": 1, "none": 1},
        indent=0.5, letterspace=0.4, stray_spaces=0.06, doubled=0.2, displaced=0.15, caption_pool=AQ_CAPTIONS,
        brief_pool=AQ_BRIEFS, brief_pool_share=0.7, paper_outlet="安庆日报",
        labels={"column": ("县市传真", "宜城简讯"), "bullet": ("★",)},
        page_form="第{cn}版", jump_forms=("（下转第{cn}版）", "（转{cn}版）"), cont_forms=("（上接第{cn}版）", "（接{cn}版）"),
        plans=((["decklead", "aqcomment", "brief"], {"front": True, "turn": 2}),
               (["continuation", "photo", "briefcol"], {"page": 2, "turn": 0}),
               (["deck", "aqservice", "photo"], {"blank": "every", "turn": 1}),
               (["aqletter", "deck", "bare"], {"blank": "none"})),
        page_style="cn", sections=("要闻", "县域", "民生")),
]
