"""A forty-fifth set of development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator or look at how these pages are cut.  Seven papers the corpus had not imitated (checked by
name against the development builders and gold, and against the held-back set only with a script that names
this set's candidate papers a held-back page also has; it named none): a city evening paper of the south
(汕头), a city daily of Sichuan (南充), a weekly for elderly readers, the paper of a shipping group, the paper
of a power-generation group, a university paper and a Chinese weekly of Sydney.  The provincial party
dailies of the northwest and centre (陕西, 甘肃, 青海, 湖北, 湖南日报) were all imitated already, so that kind
was not taken.
This set's emphasis is the ordinary news page as an archive receives it every week (要闻, 综合, 区县, 民生,
经济, 社会, 校园, 澳洲新闻), each paper printing the common things its own way: its header and footer lines
(where the date stands, how the page and section print, the lunar date, the serial number, editors' lines,
hotlines, app promos), its byline and dateline grammar, its photo credits, its briefs column and bullet, its
jump lines and continuation heads, a commentary with its signature, an interview, a box tied to a story, a
service box, a photo group, a reader's letter with its reply.  Every family wraps its columns by width.

Seeds: FRESH45_SEED_BASE + FRESH45_SEED_STRIDE*family + 1_000*attempt + n (56_060_001 .. 56_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (comment titles,
questions, notes, service rows, figures, table rows, letters' titles and replies, captions, briefs); names,
figures, phone numbers and addresses are made up.
"""
from __future__ import annotations

import dataclasses

from fresh_layouts_5 import _credit_turns
from fresh_layouts_37 import _DrawnBy
from fresh_layouts_40 import dateline, taking_turns
from fresh_layouts_43 import Fresh43Builder, Fresh43Family
from layout_kit import DATED, TRAIL, Above, Form, chosen, furniture, ln, masthead, opt, turns

FRESH45_SEED_BASE = 56_000_000
FRESH45_SEED_STRIDE = 60_000

# --------------------------------------------------------------------------- filler (written for this corpus)

ST_TITLES = ["老城活化要留住“潮味”", "侨乡发展要用好“侨”资源", "让海湾城市的夜晚更有活力"]
ST_SERVICE = ["【天气】今天多云，有分散阵雨，26℃至33℃，东南风二至三级。", "【潮汐】妈屿站今日高潮10:42，低潮17:05。",
              "【出行】海湾隧道今晚22:00至次日5:00封闭检修，请绕行礐石大桥。",
              "【停水】明日9:00至17:00，金平区某某路片区停水。", "【办事】市民服务中心周六上午开放社保业务窗口。"]
ST_LETTER_TITLES = ["老街骑楼下的电线能否规整？", "小公园附近的公厕何时开放？"]
ST_REPLIES = ["记者追踪：记者将情况反映给金平区有关部门，工作人员表示已联系供电和通信单位，本月内完成整治。",
              "记者追踪：龙湖区城管部门回复，该公厕正在进行适老化改造，预计下月初恢复开放。"]
ST_PLACES = ("金平区", "龙湖区", "濠江区", "澄海区")
ST_CAPTIONS = [("小公园开埠区，游客在骑楼下拍照。", "骑楼新貌"), ("南澳岛上，风力发电机迎风转动。", ""),
               ("工人在澄海一家玩具厂里赶制订单。", "赶制订单"), ("牛肉火锅店里，食客在品尝潮汕美食。", "")]
ST_BRIEFS = [("澄海玩具企业开拓新市场", "近日，澄海一批玩具企业组团参加境外展会，签下一批订单。"),
             ("龙湖区新增一批口袋公园", "日前，龙湖区一批口袋公园建成开放，居民家门口多了休闲去处。"),
             ("南澳举办海岛骑行活动", "近日，南澳县举办海岛骑行活动，数百名骑行爱好者参加。")]

NC_TITLES = ["在成渝地区双城经济圈中找准“南充坐标”", "让嘉陵江畔的产业更有“含金量”", "营商环境没有“最好”只有“更好”"]
NC_LINKS = [("相关链接", "", ["成渝地区双城经济圈建设提出，支持川东北地区建设成渝地区北向重要门户枢纽，"
                             "南充、达州等地加快建设区域中心城市。"]),
            ("记者手记", "丝厂里的新故事", ["车间里，一台台智能缫丝机飞快运转。厂长说，过去一个工人只能看几台机器，"
                                          "现在一个人能管一条线，丝的品质也上去了。"]),
            ("背景", "", ["南充是全国重要的丝绸产地之一，近年来推动传统丝纺产业向高端化、智能化转型，"
                        "一批新项目陆续落地。"])]
NC_GROUPS = [("嘉陵江畔秋意浓", ["①市民在江边步道散步。", "②游船驶过嘉陵江大桥。", "③孩子们在滨江公园放风筝。"]),
             ("阆中古城迎客忙", ["①游客在古城街巷里游览。", "②非遗传承人展示皮影戏。", "③商户在店里制作保宁醋。"])]
NC_CAPTIONS = [("顺庆区一家丝绸企业里，工人在检验丝绸。", "丝绸新品"), ("农户在西充县的有机蔬菜基地采收。", ""),
               ("嘉陵江边，市民在晨练。", "江畔晨光"), ("工人在汽车零部件生产线上作业。", "")]
NC_BRIEFS = [("营山新建一批高标准农田", "近日，营山县一批高标准农田建成，惠及农户两千余户。"),
             ("仪陇开展技能培训进村活动", "日前，仪陇县组织技能培训进村，数百名群众参训。"),
             ("蓬安举办柑橘采摘节", "近日，蓬安县举办柑橘采摘节，吸引不少周边游客。")]

LN_SERVICE = ["【养老】社区老年食堂午餐每份12元，八十岁以上老人每份优惠3元。", "【健康】本周六上午，某某医院专家在社区开展义诊。",
              "【出行】六十五周岁以上老人凭有效证件免费乘坐市内公交。", "【办事】高龄津贴可在政务服务网上申请，子女可代为办理。",
              "【活动】老年大学秋季班开始报名，开设书法、声乐、摄影等课程。"]
LN_ASKS = [("老年人血压偏高，可以自行停药吗？", "不可以。降压药需要长期规律服用，是否调整剂量应听从医生建议，自行停药容易引起血压反弹。"),
           ("秋冬季节老人怎样预防跌倒？", "家中地面保持干燥，卫生间加装扶手，夜间留一盏小灯；外出穿防滑鞋，行动不便的老人可使用助行器。"),
           ("老年人每天喝多少水合适？", "一般每天饮水一千五百毫升至一千七百毫升为宜，少量多次，不要等口渴了再喝。"),
           ("退休后重新工作，受伤了算工伤吗？", "已依法享受养老保险待遇的人员再就业，与用人单位之间一般按劳务关系处理，可以协商约定意外保障。")]
LN_LETTER_TITLES = ["社区能否多开几班老年人健身课？", "老年卡年审能不能在网上办？"]
LN_REPLIES = ["编辑回复：本报已将您的建议转给所在街道，工作人员表示将在下月起每周增开两次健身课。",
              "编辑回复：经记者了解，本市已开通老年卡网上年审，子女可通过政务服务平台代为办理。"]
LN_PLACES = ("杭州", "宁波", "温州", "绍兴")
LN_ESSAYS = ["老伴的菜园子", "学用智能手机记", "重回老厂房"]
LN_NOTES = ("（作者系退休教师）", "（作者系某某老年大学学员）", "（作者为退休职工，今年七十六岁）")
LN_CAPTIONS = [("老年大学的课堂上，学员在练习书法。", "翰墨飘香"), ("社区老年食堂里，老人在用餐。", ""),
               ("银发志愿者在公园里为游客指路。", "银发志愿"), ("老人在社区健身点锻炼身体。", "")]
LN_BRIEFS = [("一批社区助餐点投入使用", "近日，多个社区助餐点投入使用，老人在家门口就能吃上热乎饭。"),
             ("老年大学新开摄影班", "日前，老年大学新开摄影班，数十名学员报名。"),
             ("银龄志愿者走进校园", "近日，一批银龄志愿者走进中小学校，为学生讲述家乡故事。")]

YY_FIGURES = [("1.1亿标准箱", "上半年集装箱吞吐量"), ("1400余艘", "集团经营船队规模"), ("36条", "今年新开国际航线"),
              ("28艘", "在建甲醇双燃料动力船舶"), ("96.5%", "重点航线船期准班率")]
YY_QUESTIONS = ["绿色甲醇动力船投入运营后，效果怎么样？", "航运市场波动中，船队调度有哪些新办法？",
                "船员队伍建设还面临哪些难题？", "数字化在码头作业中发挥了哪些作用？"]
YY_COMMENT_TITLES = ["航运强国要靠一线船员", "绿色转型是航运业的必答题", "把安全放在每一次靠泊里"]
YY_NOTES = ("（作者系中远海运某某船长）", "（作者单位：某某海运公司）")
YY_TABLE = ["中国出口集装箱运价指数 1432.6 +2.1%", "上海出口集装箱运价指数 2145.8 -1.4%", "波罗的海干散货指数 1786 +3.2%",
            "中国沿海散货运价指数 1012.3 +0.6%", "原油运输指数 1268.4 -0.9%"]
YY_CAPTIONS = [("码头上，桥吊在装卸集装箱。", "码头繁忙"), ("船员在甲板上检查系泊设备。", ""),
               ("新造集装箱船从船坞缓缓出坞。", "巨轮出坞"), ("船员在驾驶台值班瞭望。", "")]
YY_BRIEFS = [("新一艘甲醇双燃料船命名交付", "近日，一艘甲醇双燃料动力集装箱船在某某船厂命名交付。"),
             ("集团开展船员心理关爱活动", "日前，集团开展船员心理关爱活动，为远航船员送去问候。"),
             ("某某码头自动化改造完工", "近日，某某码头自动化改造完工，作业效率明显提升。")]

HD_FIGURES = [("1200亿千瓦时", "上半年发电量"), ("5600万千瓦", "清洁能源装机容量"), ("48%", "清洁能源装机占比"),
              ("320万千瓦", "今年新投产新能源项目"), ("3.6克", "供电煤耗同比下降")]
HD_SAFETY = ["进入生产现场必须正确佩戴安全帽，穿好工作服。", "电气设备检修必须执行停电、验电、接地、挂牌程序。",
             "登高作业必须系好安全带，做到高挂低用。", "受限空间作业必须先通风、再检测、后作业。",
             "交叉作业必须设置隔离，专人监护。"]
HD_GROUPS = [("风电场的一天", ["①运维人员攀爬风机塔筒。", "②技术人员检查机舱设备。", "③夕阳下的风电场。"]),
             ("迎峰度夏保供电", ["①值班人员在集控室监盘。", "②检修人员巡检锅炉设备。", "③员工在烈日下巡视光伏板。"])]
HD_QUESTIONS = ["迎峰度夏期间，电厂做了哪些准备？", "新能源项目建设进度如何？", "怎样理解发电企业的新质生产力？",
                "青年员工在技术创新中发挥了哪些作用？"]
HD_COMMENT_TITLES = ["保供电是最大的责任", "让绿色成为发展的底色", "技术创新要从岗位上来"]
HD_NOTES = ("（作者单位：华电某某发电公司）", "（作者系华电某某分公司员工）")
HD_CAPTIONS = [("运维人员在光伏电站巡检。", "光伏巡检"), ("检修人员在汽轮机房作业。", ""),
               ("水电站泄洪闸开启。", "大坝泄洪"), ("员工在集控室监盘。", "")]
HD_BRIEFS = [("某某风电项目全容量并网", "近日，某某风电项目全容量并网发电，年发电量可达数亿千瓦时。"),
             ("某某电厂开展消防演练", "日前，某某电厂开展消防应急演练，提升员工应急处置能力。"),
             ("华电某某公司举办技能竞赛", "近日，华电某某公司举办集控值班员技能竞赛。")]

ZD_TITLES = ["把论文写在祖国大地上", "大学生的“实践课”不能缺席", "让读书成为校园的风景"]
ZD_NOTES = ("（作者系中国语言文学系学生）", "（作者系化学学院研究生）", "（作者单位：某某学院）")
ZD_QUESTIONS = ["你们团队的研究最初是怎么起步的？", "给刚入学的新生有什么建议？", "怎样把科研成果用到乡村振兴中去？",
                "这次支教给你留下最深的印象是什么？"]
ZD_GROUPS = [("康乐园里的毕业季", ["①毕业生在怀士堂前合影。", "②学生把学位帽抛向空中。", "③师生在毕业典礼上拥抱。"]),
             ("迎新的第一天", ["①志愿者为新生引路。", "②新生在宿舍里整理行李。", "③家长和新生在校门前留影。"])]
ZD_NOTICES = ["【讲座】本周四19:00，某某教授在文科楼报告厅作学术报告。", "【展览】图书馆一楼举办馆藏古籍展，展期一个月。",
              "【招募】校团委招募迎新志愿者，报名截至本周五。", "【体育】校园马拉松将于下月举行，即日起接受报名。",
              "【图书馆】国庆假期图书馆开放时间为8:30至17:00。"]
ZD_CAPTIONS = [("学生在图书馆里查阅资料。", "书香校园"), ("研究生在实验室里做实验。", ""),
               ("运动会上，学生在进行接力赛。", "赛场飞驰"), ("留学生在体验中国书法。", "")]
ZD_BRIEFS = [("我校团队在创新创业大赛中获金奖", "近日，我校学生团队在全国大学生创新创业大赛中获得金奖。"),
             ("某某学院举办学术年会", "日前，某某学院举办学术年会，百余名师生参加。"),
             ("校园开放日迎来中学生参观", "近日，学校举办校园开放日，千余名中学生和家长来校参观。")]

AU_RATES = ("澳元兑人民币 4.78", "澳元兑美元 0.66", "澳元兑港元 5.16", "澳元兑新西兰元 1.09", "澳元兑新加坡元 0.88")
AU_TITLES = ["华人社区要发出理性声音", "让中华文化在这片土地上生根", "中澳交往应多一些务实"]
AU_QUESTIONS = ["华人商家这两年的经营状况怎么样？", "中文学校的生源有哪些变化？", "新移民初到悉尼最需要哪些帮助？",
                "社团今后还有什么打算？"]
AU_CAPTIONS = [("悉尼歌剧院前，华人舞蹈团在表演。", "华舞悉尼"), ("唐人街上，市民在选购年货。", ""),
               ("中文学校的学生在学写春联。", "翰墨传情"), ("华人志愿者在社区派发物资。", "")]
AU_BRIEFS = [("悉尼华人社团举办中秋晚会", "悉尼一个华人社团日前举办中秋晚会，数百名侨胞参加。"),
             ("新州华人商会组团回国考察", "新州一个华人商会日前组团回国考察，走访多个城市。"),
             ("中文学校举办朗诵比赛", "悉尼一所中文学校日前举办朗诵比赛，数十名学生参赛。")]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_st = chosen(Above("特区晚报记者 {0!l}"), Above("记者 {0!l} 通讯员 {1}", 2),
               _DrawnBy("晚报记者 {0!l} 文 {1} 图", 1, where="before", hint="plain", draws=2), turn="by", drawn=2)
by_st_brief = turns(Form("本报讯 记者{0}报道：", line_share=0.3), Form("（{0}）", **TRAIL))

by_nc = chosen(Above("南充日报全媒体记者 {0!l}"), Form("本报讯（南充日报全媒体记者 {0} 通讯员 {1}）", 2),
               Above("记者 {0!l} 通讯员 {1} {2}", 3), turn="by", drawn=2)
by_nc_brief = turns(Form("（{c0} {0}）", choices=(("营山", "仪陇", "蓬安", "西充"),), **TRAIL),
                    Form("本报讯（全媒体记者 {0}）"))

by_ln = chosen(Above("本报记者 {0!l}"), Above("本报通讯员 {0!l} 记者 {1}", 2), Above("{0!l} 文/图", photo=True),
               turn="by", drawn=2)
by_ln_brief = turns(Form("（{0}）", **TRAIL), Form("本报讯（通讯员 {0}）"))

by_yy = chosen(Above("本报记者 {0!l} 通讯员 {1}", 2), Above("通讯员 {0!l}（{c0}）", choices=(("中远海运集运", "中远海运港口",
                                                                                             "中远海运散运"),)),
               Above("本报记者 {0!l}"), turn="by", drawn=2)
by_yy_brief = turns(Form("（{c0} {0}）", choices=(("中远海运特运", "中远海运能源", "某某船员管理公司"),), **TRAIL),
                    Form("本报讯（通讯员 {0}）"))

by_hd = taking_turns(chosen(Above("本报记者 {0!l}")), chosen(Above("通讯员 {0!l} {1}", 2), drawn=2),
                     chosen(Form("本报讯（通讯员 {0} 记者 {1}）", 2), drawn=2))
by_hd_brief = turns(Form("本报讯 通讯员{0}报道："), Form("（{c0} {0}）", choices=(("华电某某发电公司", "华电某某新能源公司"),),
                                                        **TRAIL))

by_zd = chosen(Above("学生记者 {0!l}"), Above("通讯员 {0!l} 学生记者 {1}", 2),
               _DrawnBy("文/{0!l} 图/{1}", 1, where="before", hint="plain", draws=2), turn="by", drawn=2)
by_zd_brief = turns(Form("（{c0} {0}）", choices=(("化学学院", "外国语学院", "医学院", "校团委"),), **TRAIL),
                    Form("本报讯（学生记者 {0}）"))

by_au = taking_turns(chosen(Above("本报记者 {0!l} 悉尼报道")), dateline("澳洲新快报悉尼{m}月{d}日讯 记者{0} ", 1),
                     dateline("（中新社悉尼{m}月{d}日电 记者 {0}）", 1, hint="agency"))
by_au_brief = turns(Form("【新快报讯】", 0), Form("（综合报道）", 0, **TRAIL))


# --------------------------------------------------------------------------- photo credits


cr_st = _credit_turns(("特区晚报记者 {n} 摄", "（{n} 摄）", "（资料图）"))
cr_nc = _credit_turns(("全媒体记者 {n} 摄", "（{n} 摄）", "（县融媒体中心供图）"))
cr_ln = _credit_turns(("（{n} 摄）", "本报记者 {n} 摄", "（读者供图）"))
cr_yy = _credit_turns(("通讯员 {n} 摄", "（{n} 摄）", "（中远海运集运供图）"))
cr_hd = _credit_turns(("通讯员 {n} 摄", "{n}/摄", "（华电某某公司供图）"))
cr_zd = _credit_turns(("学生记者 {n} 摄", "（{n} 摄）", "（学院供图）"))
cr_au = _credit_turns(("（本报记者 {n} 摄）", "（图片来源：社团提供）", "（{n}/摄）"))


# --------------------------------------------------------------------------- builder


class Fresh45Builder(Fresh43Builder):

    # -------------------------------------------------------------- set45_a

    def slot_stcomment(self):
        return self.noted_comment(("晚报时评", "鮀城观察"), ST_TITLES, ("□", "■ "), ("（作者系汕头大学教师）", "（作者单位：市社科联）"))

    def slot_stservice(self):
        return self.service(("生活提示", "晚报帮办"), ST_SERVICE)

    def slot_stletter(self):
        return self.reply_letter(ST_LETTER_TITLES, ST_REPLIES, ST_PLACES)

    # -------------------------------------------------------------- set45_b

    def slot_nccomment(self):
        return self.staff_comment(("果城时评", "本报评论"), NC_TITLES, sign=self.rng.choice(("本报评论员", "南充日报评论员")))

    def slot_nclink(self):
        return self.tied_box(NC_LINKS)

    def slot_ncgroup(self):
        return self.numbered_photos(NC_GROUPS)

    # -------------------------------------------------------------- set45_c

    def slot_lnservice(self):
        return self.service(("银发服务", "老年生活提示"), LN_SERVICE)

    def slot_lnasks(self):
        return self.asks(("健康问答", "法律咨询"), self.rng.choice(("老年朋友关心的几个问题", "读者来问 专家来答")), LN_ASKS,
                         "某某医院主任医师 {}")

    def slot_lnletter(self):
        return self.reply_letter(LN_LETTER_TITLES, LN_REPLIES, LN_PLACES)

    def slot_lnessay(self):
        return self.noted_comment(("夕阳随笔", "晚晴小品"), LN_ESSAYS, ("□", "文/"), LN_NOTES)

    # -------------------------------------------------------------- set45_d

    def slot_yyfigures(self):
        return self.figures(("数说航运", "数据"), YY_FIGURES, title="上半年经营成绩单")

    def slot_yytalk(self):
        return self.interview(("远洋访谈", "船长面对面"), YY_QUESTIONS, ("本报：", "记者："))

    def slot_yycomment(self):
        return self.noted_comment(("海运论坛", "船员手记"), YY_COMMENT_TITLES, ("◎", "□"), YY_NOTES)

    def slot_yytable(self):
        rng = self.rng
        rows = rng.sample(YY_TABLE, rng.choice((4, 5)))
        return self.wide_table(("航运指数", "市场行情"), "本周主要航运指数", rng.choice(("指数 本周 环比", "名称 点位 涨跌")),
                               rows, ("数据来源：上海航运交易所", "注：环比为与上周相比"))

    # -------------------------------------------------------------- set45_e

    def slot_hdfigures(self):
        return self.figures(("数说华电", "数据"), HD_FIGURES, title="半年生产经营亮点")

    def slot_hdsafety(self):
        rng = self.rng
        rows = [f"{k}.{r}" for k, r in enumerate(rng.sample(HD_SAFETY, rng.choice((3, 4))), start=1)]
        return self.rows_box(("安全警示", "安全提醒"), rows, title="现场作业“五个必须”" if rng.random() < 0.5 else "")

    def slot_hdgroup(self):
        return self.numbered_photos(HD_GROUPS)

    def slot_hdtalk(self):
        return self.interview(("华电访谈", "基层对话"), HD_QUESTIONS, ("本报记者：", "记者："))

    def slot_hdcomment(self):
        return self.noted_comment(("华电论坛", "一线心声"), HD_COMMENT_TITLES, ("◎", "■"), HD_NOTES)

    # -------------------------------------------------------------- set45_f

    def slot_zdcomment(self):
        return self.noted_comment(("康乐园时评", "学子之声"), ZD_TITLES, ("□", "文/"), ZD_NOTES)

    def slot_zdtalk(self):
        return self.interview(("校园对话", "面对面"), ZD_QUESTIONS, ("记者：", "学生记者："))

    def slot_zdgroup(self):
        return self.numbered_photos(ZD_GROUPS)

    def slot_zdnotice(self):
        return self.service(("校园公告栏", "本周看点"), ZD_NOTICES)

    # -------------------------------------------------------------- set45_g

    def slot_aurates(self):
        return self.service(("今日汇率", "汇率参考"), AU_RATES, title="澳元汇率（中间价）")

    def slot_aucomment(self):
        return self.staff_comment(("本报社评", "新快评论"), AU_TITLES, sign=self.rng.choice(("本报评论员", "新快报评论员")))

    def slot_autalk(self):
        return self.interview(("侨界访谈", "人物专访"), AU_QUESTIONS, ("本报：", "问："))


# --------------------------------------------------------------------------- furniture


_st_top = furniture(
    (0.5, [ln("A{n:02d}", page="A{n:02d}"), ln("{sec} 汕头特区晚报", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True)]),
    [ln("{y}.{m}.{d} {wd} {sec}", date=True), ln("A{n:02d}", page="A{n:02d}"), "责编 {name} 美编 {name} 校对 {name}"],
    front=[masthead("汕头特区晚报"), "SHANTOU SPECIAL ZONE EVENING NEWS", "汕头日报社主管主办", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:9000-9999}期 今日{pages}版", "新闻热线 {tel:0754}"])
_st_bottom = furniture((0.5, ["汕头特区晚报社 地址：汕头市某某路{no:1-99}号 广告热线 {tel:0754}"]),
                       ["报料热线 {tel:0754} 扫码下载“汕头橄榄台”客户端", opt(0.5, ["零售价1.00元"])])

_nc_top = furniture(
    (0.5, [ln("南充日报", paper=True), ln("{date} {wd}", date=True), ln("第{n}版 {sec}", page="{n}"),
           "责任编辑：{name} 版式：{name}"]),
    [ln("{ssec} {n:02d}", page="{n:02d}"), ln("{y}年{m}月{d}日 农历{slunar}", date=True)],
    front=[masthead("南充日报"), "NANCHONG DAILY", "中共南充市委机关报", ln("{date} {wd}", date=True), "农历{lunar}",
           "第{no:12000-12999}期 今日{pages}版", "国内统一连续出版物号 CN 51-0000"])
_nc_bottom = furniture((0.5, ["南充日报社出版 地址：南充市顺庆区某某路{no:1-99}号", "新闻热线 {tel:0817}"]),
                       ["本版编辑 {name} 校对 {name}", "扫码下载“南充观察”客户端"])

_ln_top = furniture(
    (0.5, [ln("老年周报", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True), ln("第{n}版 {sec}", page="{n}")]),
    [ln("{sec}·{n}", page="{n}"), DATED, "本版编辑：{name}"],
    front=[masthead("老年周报"), "某某省老龄工作委员会办公室主管", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:1500-1999}期 每周四出版", "本期{pages}版 读者热线 {tel:0571}"])
_ln_bottom = furniture((0.5, ["老年周报社 地址：杭州市某某路{no:1-99}号 邮编310000"]),
                       ["订阅热线 {tel:0571} 全年定价60元", opt(0.5, ["关注“老年周报”微信公众号 听读报"])])

_yy_top = furniture(
    (0.5, [ln("中国远洋海运报", paper=True), ln("{date} {wd}", date=True), ln("第{n:02d}版 {sec}", page="{n:02d}")]),
    [ln("{ssec} {n:02d}", page="{n:02d}"), ln("{y}年{m}月{d}日", date=True), "责任编辑 {name}"],
    front=[masthead("中国远洋海运报"), "COSCO SHIPPING NEWS", "中国远洋海运集团有限公司主管主办", ln("{date} {wd}", date=True),
           "第{no:1000-1999}期 总第{no:4000-4999}期", "内部资料 免费交流 今日{pages}版"])
_yy_bottom = furniture((0.5, ["本版编辑：{name} 美编：{name} 投稿邮箱 news@example.com"]),
                       ["报社地址：上海市虹口区某某路{no:100-999}号 电话：{tel:021}", opt(0.5, ["扬帆远航 共赢未来"])])

_hd_top = furniture(
    (0.5, [ln("{n:02d}", page="{n:02d}"), "{sec}", ln("中国华电报 {y}年{m}月{d}日", paper=True, date=True)]),
    [ln("{sec} {n:02d}", page="{n:02d}"), DATED, "编辑：{name} 校对：{name}"],
    front=[masthead("中国华电报"), "CHINA HUADIAN NEWS", "中国华电集团有限公司主管主办", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:1000-1999}期 今日{pages}版", "内部资料 准印证号：某某0000"])
_hd_bottom = furniture((0.5, ["中国华电报社 地址：北京市西城区某某路{no:1-99}号 电话：{tel:010}"]),
                       ["投稿邮箱 hdb@example.com", opt(0.5, ["度度关爱 电亮生活"])])

_zd_top = furniture(
    (0.5, [ln("中山大学报", paper=True), ln("第{n}版 {sec}", page="{n}"), ln("{date}", date=True)]),
    [ln("{sec}", page=None), ln("{n}", page="{n}"), ln("{y}.{m}.{d}", date=True), "责任编辑 {name} 学生编辑 {name}"],
    front=[masthead("中山大学报"), "SUN YAT-SEN UNIVERSITY NEWS", "中山大学党委宣传部主办", ln("{date} {wd}", date=True),
           "第{no:400-499}期 今日{pages}版", "校内发行 准印证号：粤内资准字某某号"])
_zd_bottom = furniture((0.5, ["地址：广州市新港西路某某号 中山大学党委宣传部 电话：{tel:020}"]),
                       ["投稿邮箱 xb@example.edu.cn", opt(0.5, ["扫码关注“中山大学”微信公众号"])])

_au_top = furniture(
    (0.5, [ln("A{n} {sec}", page="A{n}"), ln("{date}（{wd}）", date=True), ln("澳洲新快报", paper=True)]),
    [ln("{sec}", page=None), ln("A{n}", page="A{n}"), ln("澳洲新快报·{y}年{m}月{d}日", paper=True, date=True)],
    front=[masthead("澳洲新快报"), "AUSTRALIAN NEW EXPRESS DAILY", ln("{date}（{wd}） 农历{slunar}", date=True),
           "第{no:5000-5999}期 每份A$1.50", "悉尼总部电话：(02) 9{no:100-999} {no:1000-9999}"])
_au_bottom = furniture((0.5, ["本报地址：悉尼某某街{no:1-99}号 广告部电话：(02) 9{no:100-999} {no:1000-9999}"]),
                       ["新快网 www.example.com.au", "微信公众号：澳洲新快报"])


@dataclasses.dataclass
class Fresh45Family(Fresh43Family):
    seed_stride: int = FRESH45_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh45Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh45Builder, justified=True,
                         **kw)


FRESH45_FAMILIES = [
    fam("set45_a", "汕头特区晚报", _st_top, _st_bottom, {by_st: 1},
        brief_bylines={by_st_brief: 1}, credits=(cr_st,), width=(15, 21), per_article_width=True,
        blank={"para": 1, "every": 1}, indent=0.3, letterspace=0.2, stray_spaces=0.04, doubled=0.1, displaced=0.15,
        caption_pool=ST_CAPTIONS, brief_pool=ST_BRIEFS, brief_pool_share=0.7, paper_outlet="特区晚报",
        labels={"column": ("汕头速递", "区县快讯"), "bullet": ("▲",)},
        page_form="A{n2}", jump_forms=("（下转{p}版）", "下转{p}版→"), cont_forms=("（接{p}版）", "←上接{p}版"),
        plans=((["decklead", "stcomment", "brief"], {"front": True, "turn": 0}),
               (["continuation", "photo", "briefcol"], {"page": 2, "blank": "none", "turn": 1}),
               (["stservice", "deck", "photo"], {"blank": "every", "turn": 2}),
               (["stletter", "deck", "bare"], {})),
        page_style="A0", sections=("汕头新闻", "民生", "区县")),
    fam("set45_b", "南充日报", _nc_top, _nc_bottom, {by_nc: 1},
        brief_bylines={by_nc_brief: 1}, credits=(cr_nc,), width=(12, 16), blank={"para": 1, "none": 1},
        indent=0.5, letterspace=0.4, stray_spaces=0.06, doubled=0.2, displaced=0.15, caption_pool=NC_CAPTIONS,
        brief_pool=NC_BRIEFS, brief_pool_share=0.6, paper_outlet="南充日报全媒体",
        labels={"column": ("县市区传真", "果城快讯"), "bullet": ("◇",)},
        page_form="第{n}版", jump_forms=("【下转第{n}版】", "（转{n2}版）"), cont_forms=("【上接第{n}版】", "（紧接{n2}版）"),
        plans=((["decklead", "nccomment", "brief"], {"front": True, "turn": 1}),
               (["continuation", "photo", "briefcol"], {"page": 2, "turn": 2}),
               (["nclink", "photo"], {"blank": "every", "turn": 0}),
               (["ncgroup", "deck", "brief"], {"blank": "none", "group_credit": "本组图片由{p}记者 {n} 摄"})),
        page_style="0", sections=("要闻", "区县", "经济")),
    fam("set45_c", "老年周报", _ln_top, _ln_bottom, {by_ln: 1},
        brief_bylines={by_ln_brief: 1}, credits=(cr_ln,), width=(18, 24), blank={"para": 2, "every": 1},
        indent=0.3, letterspace=0.1, stray_spaces=0.02, doubled=0.05, displaced=0.1, caption_pool=LN_CAPTIONS,
        brief_pool=LN_BRIEFS, brief_pool_share=0.7, paper_outlet="本报", weekday_no=3,
        labels={"column": ("银龄资讯", "各地老龄"), "bullet": ("●",)},
        page_form="{n}版", jump_forms=("（转{n}版）", "（下转第{cn}版）"), cont_forms=("（上接{n}版）", "（接第{cn}版）"),
        plans=((["decklead", "lnservice", "brief"], {"front": True, "turn": 0}),
               (["lnasks", "deck"], {"turn": 1}),
               (["lnletter", "lnessay"], {"blank": "every", "turn": 2}),
               (["continuation", "photo", "briefcol"], {"page": 2, "blank": "none"})),
        page_style="plain", sections=("要闻", "民生", "健康")),
    fam("set45_d", "中国远洋海运报", _yy_top, _yy_bottom, {by_yy: 1},
        brief_bylines={by_yy_brief: 1}, credits=(cr_yy,), width=(20, 26), blank={"para": 1, "every": 2},
        indent=0.2, letterspace=0.1, stray_spaces=0.02, doubled=0.05, displaced=0.05, caption_pool=YY_CAPTIONS,
        brief_pool=YY_BRIEFS, brief_pool_share=0.7, paper_outlet="本报",
        labels={"column": ("船队动态", "航运快讯"), "bullet": ("■",)},
        page_form="第{n2}版", jump_forms=("（下转{p}）", "（转{n2}版）"), cont_forms=("（上接{p}）", "（接{n2}版）"),
        plans=((["decklead", "yyfigures", "brief"], {"front": True, "turn": 2}),
               (["yytalk", "photo"], {"turn": 0}),
               (["continuation", "yycomment", "briefcol"], {"page": 2, "blank": "none", "turn": 1}),
               (["yytable", "deck", "bare"], {})),
        page_style="0", sections=("要闻", "航运", "综合")),
    fam("set45_e", "中国华电报", _hd_top, _hd_bottom, {by_hd: 1},
        brief_bylines={by_hd_brief: 1}, credits=(cr_hd,), width=(14, 19), blank={"para": 2, "every": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.05, doubled=0.15, displaced=0.2, caption_pool=HD_CAPTIONS,
        brief_pool=HD_BRIEFS, brief_pool_share=0.6, paper_outlet="本报",
        labels={"column": ("基层传真", "华电快讯"), "bullet": ("◆",)},
        page_form="{n2}", jump_forms=("下转{n2}版", "（转第{n}版）"), cont_forms=("上接{n2}版", "（接第{n}版）"),
        plans=((["decklead", "hdfigures", "brief"], {"front": True, "turn": 1}),
               (["deck", "hdsafety", "briefcol"], {"blank": "none", "turn": 2}),
               (["hdgroup", "hdcomment"], {"turn": 0, "group_credit": "本组图片由通讯员 {n} 摄"}),
               (["continuation", "hdtalk", "photo"], {"page": 2, "blank": "every"})),
        page_style="0", sections=("要闻", "基层", "安全")),
    fam("set45_f", "中山大学报", _zd_top, _zd_bottom, {by_zd: 1},
        brief_bylines={by_zd_brief: 1}, credits=(cr_zd,), width=(16, 22), per_article_width=True,
        blank={"para": 1, "every": 1}, indent=0.4, letterspace=0.2, stray_spaces=0.03, doubled=0.1, displaced=0.1,
        caption_pool=ZD_CAPTIONS, brief_pool=ZD_BRIEFS, brief_pool_share=0.7, paper_outlet="本报", weekday_no=4,
        labels={"column": ("校园简讯", "院系动态"), "bullet": ("★",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（转第{cn}版）"), cont_forms=("（上接第{n}版）", "（接第{cn}版）"),
        plans=((["decklead", "zdcomment", "brief"], {"front": True, "turn": 2}),
               (["zdtalk", "briefcol"], {"blank": "none", "turn": 0}),
               (["continuation", "zdgroup"], {"page": 2, "blank": "every", "turn": 1,
                                              "group_credit": "本组图片由学生记者 {n} 摄"}),
               (["zdnotice", "deck", "photo"], {})),
        page_style="plain", sections=("综合新闻", "校园", "学术")),
    fam("set45_g", "澳洲新快报", _au_top, _au_bottom, {by_au: 1},
        brief_bylines={by_au_brief: 1}, credits=(cr_au,), width=(19, 25), blank={"para": 2, "none": 1},
        indent=0.2, letterspace=0.0, stray_spaces=0.01, doubled=0.05, displaced=0.1, caption_pool=AU_CAPTIONS,
        brief_pool=AU_BRIEFS, brief_pool_share=0.8, paper_outlet="本报",
        labels={"column": ("社区短讯", "澳洲简讯"), "bullet": ("◎",)},
        page_form="A{n}", jump_forms=("（下转{p}版）", "（续见{p}版）"), cont_forms=("（上接{p}版）", "（续{p}版）"),
        plans=((["decklead", "aurates", "brief"], {"front": True, "turn": 0}),
               (["continuation", "photo", "briefcol"], {"page": 2, "turn": 1}),
               (["aucomment", "deck"], {"blank": "every", "turn": 2}),
               (["autalk", "bare", "photo"], {"blank": "none"})),
        page_style="A", sections=("澳洲新闻", "社区", "中国新闻")),
]
