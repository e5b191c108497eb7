"""A fiftieth set of development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator or look at how these pages are cut.  Seven papers of the east and the centre, of science
and law and of North America that the corpus had not imitated (checked by name against the development
builders and the README, and against the held-back set only with a script that names this set's candidate
papers a held-back page also has; it named none): a prefecture city daily of Henan (信阳), a county-level
city paper of Hubei (仙桃), an evening paper of Fujian (泉州), a metro paper of Anhui (合肥), the national
paper of the social sciences, the national paper of intellectual property and a Chinese daily of Houston.
Of the first candidates 赣州 (赣南日报), 温州 (温州日报), 滕州日报, 岳阳日报, 芜湖日报, 三峡日报,
新安晚报, 半岛都市报, 三湘都市报, 中国教育报, 法治日报, 民主与法制时报, 文艺报, 中国气象报, 世界日报, 侨报 and
环球华报 were imitated or named already, so they were not taken.
This set's emphasis is the ordinary news page as an archive receives it every week (要闻, 综合, 县区, 镇场,
民生, 经济, 学术, 专利, 社区), each paper printing the common things its own way: its header and footer lines
(where the date stands, how the page and section print, the lunar date, the serial number, editors' lines,
hotlines, app promos), its byline and dateline grammar (a county in 本报X讯, 全媒体记者, 文/图, 星级记者,
a scholar with his post in brackets, 实习生, 休斯顿报道, a dateline `本报休斯顿X月X日讯`), its photo credits, its
briefs column and bullet, its jump lines and continuation heads, a commentary with its signature, an
interview, a box tied to a story, a service box, a figures box, a photo group, a reader's letter with its
reply, questions and answers, a table, a rate box.  Every family wraps its columns by width.

Seeds: FRESH50_SEED_BASE + FRESH50_SEED_STRIDE*family + 1_000*attempt + n (61_060_001 .. 61_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (comment titles,
questions and answers, notes, service and rate rows, figures, table rows, letters' titles and replies,
captions, briefs); names, figures, phone numbers and addresses are made up.
"""
from __future__ import annotations

import dataclasses

from fresh_layouts_5 import _credit_turns
from fresh_layouts_37 import _DrawnBy
from fresh_layouts_40 import dateline, taking_turns
from fresh_layouts_43 import Fresh43Builder, Fresh43Family
from layout_kit import DATED, TRAIL, Above, Form, chosen, furniture, ln, masthead, opt, turns

FRESH50_SEED_BASE = 61_000_000
FRESH50_SEED_STRIDE = 60_000

# --------------------------------------------------------------------------- filler (written for this corpus)

XY_TITLES = ["让信阳毛尖香飘更远", "把大别山的绿水青山守护好", "老区振兴要在产业上下功夫"]
XY_LINKS = [("相关链接", "", ["信阳地处豫南，北临淮河，南依大别山，素有“北国江南、江南北国”之称，茶叶、"
                             "水稻和水产是当地的传统产业。"]),
            ("记者手记", "茶山上的年轻人", ["清晨的茶山雾气还没散，几个返乡的年轻人已经架起手机直播。"
                                          "他们说，家乡的好茶要让更多人知道。"]),
            ("背景", "", ["近年来，信阳持续推进茶产业提质增效，新建一批标准化茶园和茶叶加工园区。"])]
XY_GROUPS = [("茶乡春来早", ["①茶农在茶园里采摘新茶。", "②制茶师傅在炒制毛尖。", "③游客在茶园里体验采茶。"]),
             ("南湾湖畔秋色美", ["①游客在湖边栈道上游览。", "②渔民在湖上撒网捕鱼。", "③白鹭在湖面上飞翔。"])]
XY_CAPTIONS = [("浉河区的茶园里，茶农在采摘。", "采茶忙"), ("固始县的一家企业里，工人在生产线上作业。", ""),
               ("光山县的稻田里，农机在收割水稻。", "秋收"), ("市民在浉河岸边散步。", "")]
XY_BRIEFS = [("罗山县举办农民丰收节", "近日，罗山县举办农民丰收节，展销一批特色农产品。"),
             ("新县开展森林防火演练", "日前，新县开展森林防火应急演练，提升扑火队伍实战能力。"),
             ("潢川县新建一批城乡公交站亭", "近日，潢川县一批城乡公交站亭建成投用，方便群众候车。")]

XT_SERVICE = ["【办事】市政务服务中心周六上午开放窗口，办理社保和医保业务。", "【招聘】本周五上午，市人力资源市场举办专场招聘会。",
              "【出行】仙桃大道某某路段施工，请过往车辆绕行。", "【停电】明日8:00至17:00，干河街道部分片区计划停电。",
              "【天气】未来三天多云转阴，早晚温差较大，请注意添衣。"]
XT_LINKS = [("延伸阅读", "", ["仙桃地处江汉平原腹地，是全国有名的体操之乡，无纺布产业在当地已有三十多年发展历史。"]),
            ("记者手记", "车间里的“织布人”", ["走进车间，一卷卷无纺布从机器上缓缓滚出。工人们说，"
                                              "订单多了，干劲也足了。"]),
            ("相关链接", "", ["今年以来，全市新建一批高标准农田，小龙虾稻田综合种养面积继续扩大，带动农民增收。"])]
XT_GROUPS = [("稻虾田里收获忙", ["①农户在稻田里收虾笼。", "②工人在分拣小龙虾。", "③货车满载小龙虾驶出村口。"]),
             ("体操之乡的孩子们", ["①小队员在体操馆训练。", "②教练在指导学员动作。", "③孩子们在比赛中展示风采。"])]
XT_CAPTIONS = [("郑场镇的一家企业里，工人在赶制订单。", "赶订单"), ("市民在城区公园里晨练。", ""),
               ("沙湖镇的田野里，农民在管护油菜。", "田间管护"), ("工人在一处安置小区施工。", "")]
XT_BRIEFS = [("毛嘴镇开展义诊进村活动", "近日，毛嘴镇卫生院组织医护人员进村义诊，服务群众百余人次。"),
             ("彭场镇举办农技培训班", "日前，彭场镇举办农技培训班，数十名种养户参加。"),
             ("胡场镇新修一批通村路", "近日，胡场镇一批通村路修通，方便群众出行。")]

QZ_SERVICE = ["【天气】今天多云，午后有雷阵雨，气温24℃至31℃。", "【出行】泉州湾跨海大桥今日通行顺畅。",
              "【停水】明日9:00至18:00，丰泽区某某路片区计划停水。", "【办事】市民可通过“泉服务”平台预约办理居住证。",
              "【潮汐】今日高潮时间为11:20，低潮时间为17:48。"]
QZ_LETTER_TITLES = ["老街的路灯坏了好几天？", "小区门口的井盖松动了谁来管？"]
QZ_REPLIES = ["晚报回音：记者将情况反映给鲤城区有关部门，工作人员表示已安排维修，目前路灯已恢复照明。",
              "晚报回音：市政部门回复，已派人更换井盖，并将加强对辖区井盖的巡查。"]
QZ_PLACES = ("鲤城区", "丰泽区", "洛江区", "泉港区")
QZ_QUESTIONS = ["在西街开这家老店有多少年了？", "年轻人为什么喜欢来古城打卡？", "做南音传承，最难的是什么？",
                "下一步还有什么打算？"]
QZ_CAPTIONS = [("西街上，游客在古城里漫步。", "古城游人"), ("开元寺前，市民在拍照留念。", ""),
               ("晋江一家鞋企的车间里，工人在作业。", "车间一角"), ("蟳埔村的阿婆在戴簪花围。", "")]
QZ_BRIEFS = [("丰泽区新增一批口袋公园", "近日，丰泽区一批口袋公园建成开放，市民家门口多了休闲去处。"),
             ("洛江区举办龙眼文化节", "日前，洛江区举办龙眼文化节，吸引不少市民前往采摘。"),
             ("鲤城区开展防溺水宣传进社区活动", "近日，鲤城区开展防溺水宣传进社区活动，提醒家长看护好孩子。")]

XB_TITLES = ["让“大湖名城”更有烟火气", "老旧小区改造要改到居民心坎上", "城市夜经济要亮起来也要管起来"]
XB_NOTES = ("（作者系安徽某某大学副教授）", "（作者系媒体评论员）")
XB_QUESTIONS = ["这家老字号开了多少年了？", "为什么选择回合肥创业？", "社区里的老人最关心什么？", "接下来有什么新打算？"]
XB_FIGURES = [("118个", "今年新开工改造老旧小区"), ("2.6万户", "惠及居民"), ("460余处", "新增口袋公园和小游园"),
              ("95%", "居民满意度"), ("15分钟", "便民生活圈覆盖半径")]
XB_SERVICE = ["【天气】合肥今天阴转小雨，气温12℃至19℃。", "【地铁】地铁某号线今晚延长运营至23:30。",
              "【演出】本周六晚，某某大剧院上演黄梅戏专场。", "【提示】今日空气质量良，适宜户外活动。",
              "【招聘】本周三上午，某某人才市场举办高校毕业生专场招聘会。"]
XB_GROUPS = [("天鹅湖畔秋意浓", ["①市民在湖边散步。", "②孩子们在草地上放风筝。", "③游客在湖边拍照。"]),
             ("老街新颜", ["①改造后的老街吸引游客。", "②手艺人在街边制作糖画。", "③居民在巷子里下棋。"])]
XB_CAPTIONS = [("罍街上，市民在品尝小吃。", "街头美食"), ("社区食堂里，老人在用餐。", ""),
               ("巢湖岸边，市民在骑行。", "环湖骑行"), ("工人在地铁施工现场作业。", "")]
XB_BRIEFS = [("蜀山区新开一批社区书屋", "近日，蜀山区一批社区书屋开放，居民就近就能借书。"),
             ("包河区举办徽菜美食节", "日前，包河区举办徽菜美食节，吸引大量市民品尝。"),
             ("瑶海区开展电动自行车安全检查", "近日，瑶海区开展电动自行车安全检查，排查一批隐患。")]

SK_TITLES = ["以学术研究回应时代课题", "让田野调查走得更深更实", "构建中国自主知识体系需要久久为功"]
SK_NOTES = ("（作者系某某大学历史学院教授）", "（作者单位：某某省社会科学院）", "（作者系某某大学哲学系副教授）")
SK_QUESTIONS = ["您是怎样走上这条研究道路的？", "这项研究最大的难点在哪里？", "田野调查给您留下了什么印象？",
                "对青年学者有什么建议？"]
SK_FIGURES = [("1.2万项", "今年立项的各类社科基金项目"), ("3600余种", "出版的学术著作"), ("860场", "举办的学术会议"),
              ("46个", "新建的社科研究基地"), ("2.3万人", "参与社科普及活动的专家学者")]
SK_LINKS = [("学术链接", "", ["地方志是记述一地自然、社会、历史和现状的资料性文献，被称为“一方之全史”。"]),
            ("背景", "", ["近年来，各地持续推进古籍整理和地方文献数字化工作，一批珍贵文献得到抢救性保护。"]),
            ("编者按", "", ["本期刊发几位青年学者的田野笔记，记录他们在乡村调研中的所见所思。"])]
SK_CAPTIONS = [("研讨会现场，学者们在交流。", "研讨现场"), ("研究人员在整理古籍文献。", ""),
               ("学生在图书馆里查阅资料。", "查阅资料"), ("考古工作者在遗址现场清理。", "")]
SK_BRIEFS = [("某某大学举办区域国别学论坛", "近日，某某大学举办区域国别学论坛，数十名学者参加研讨。"),
             ("某某省社科院发布乡村振兴研究报告", "日前，某某省社会科学院发布乡村振兴研究报告。"),
             ("地方文献整理研讨会召开", "近日，地方文献整理研讨会召开，与会学者交流研究成果。")]

ZS_ASKS = [("公司的商标被别人抢注了，该怎么办？", "可以在法定期限内提出商标异议或者申请宣告无效，同时注意收集"
            "在先使用的证据，比如合同、发票和宣传材料。"),
           ("个人发明的小工具能申请专利吗？", "可以。符合新颖性、创造性和实用性要求的发明创造都可以申请专利，"
            "结构简单的产品可以考虑申请实用新型专利。"),
           ("网上看到的图片能随便用在商品包装上吗？", "不能。图片一般受著作权保护，商业使用前应取得权利人许可，"
            "否则可能构成侵权。"),
           ("专利年费忘了缴，专利还能恢复吗？", "可以在规定期限内补缴年费和滞纳金；超过期限的，"
            "可以依照规定请求恢复权利。")]
ZS_SERVICE = ["【受理】商标注册申请可通过网上服务系统全天提交。", "【咨询】知识产权公共服务热线工作日开通。",
              "【培训】某某省知识产权局下周二举办专利申请实务培训班。", "【维权】知识产权维权援助中心提供免费咨询。",
              "【查询】专利审查进度可在线查询。"]
ZS_TABLE = ["广东 10.2万件 +8.6%", "江苏 6.8万件 +7.1%", "浙江 5.9万件 +9.4%", "北京 5.6万件 +6.2%",
            "山东 3.1万件 +11.3%", "上海 2.9万件 +5.8%"]
ZS_TITLES = ["让创新成果得到更好保护", "严厉打击恶意抢注商标行为", "知识产权保护要跑出加速度"]
ZS_CAPTIONS = [("展会上，工作人员向观众讲解专利产品。", "专利展示"), ("审查员在审查专利申请。", ""),
               ("执法人员在市场检查假冒商标商品。", "执法检查"), ("企业研发人员在实验室工作。", "")]
ZS_BRIEFS = [("某某省启动知识产权宣传周活动", "近日，某某省启动知识产权宣传周活动，开展系列普法宣传。"),
             ("某某市新设一家知识产权保护中心", "日前，某某市知识产权保护中心揭牌成立。"),
             ("高校专利转化对接会举行", "近日，高校专利转化对接会举行，一批专利成果达成转化意向。")]

MN_RATES = ("美元兑人民币 7.12", "美元兑新台币 31.85", "美元兑港币 7.78", "美元兑日元 149.6", "黄金（每盎司） 2,380美元")
MN_SERVICE = ["【活动】本周六上午，中国城某某广场举办华人社区健康讲座。", "【报税】社区服务中心周末提供免费报税咨询。",
              "【中文】某某中文学校秋季班开始报名。", "【义诊】某某华人医师协会下周日举办义诊。",
              "【交通】某某公路周末部分路段封闭施工，请绕行。"]
MN_TITLES = ["让华人社区的孩子记住乡音", "华人参政要从社区做起", "守望相助才能共渡难关"]
MN_QUESTIONS = ["华人商家这两年的经营有哪些变化？", "中文学校的孩子们学习热情怎么样？", "同乡会在社区里做了哪些公益事？",
                "今后还有什么打算？"]
MN_CAPTIONS = [("中国城的广场上，华人在举办中秋联欢会。", "中秋联欢"), ("超市里，顾客在选购年货。", ""),
               ("中文学校的学生在表演舞龙。", "舞龙迎春"), ("社区志愿者在发放防疫物资。", "")]
MN_BRIEFS = [("某某同乡会举办敬老活动", "日前，某某同乡会举办敬老活动，为长者送去慰问。"),
             ("中文学校举办书法比赛", "近日，某某中文学校举办书法比赛，数十名学生参赛。"),
             ("华人社区举办健康讲座", "日前，华人社区举办健康讲座，吸引不少居民参加。")]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


XY_COUNTIES = ("罗山", "光山", "新县", "商城", "固始", "潢川", "淮滨", "息县")
by_xy = chosen(Above("信阳日报全媒体记者 {0!l}"), Form("本报{c0}讯（记者 {0} 通讯员 {1}）", 2, choices=(XY_COUNTIES,)),
               Above("全媒体记者 {0!l} 通讯员 {1} {2}", 3), turn="by", drawn=2)
by_xy_brief = turns(Form("本报讯（通讯员 {0}）"), Form("（{c0}县融媒体中心 {0}）", choices=(("罗山", "光山", "商城"),), **TRAIL))

XT_TOWNS = ("郑场镇", "毛嘴镇", "彭场镇", "沙湖镇", "胡场镇", "干河街道")
by_xt = taking_turns(chosen(Above("全媒体记者 {0!l}")), chosen(Above("通讯员 {0!l} 全媒体记者 {1}", 2), drawn=2),
                     chosen(Form("本报讯（全媒体记者 {0} 通讯员 {1}）", 2), drawn=2))
by_xt_brief = turns(Form("（{c0} {0}）", choices=(XT_TOWNS,), **TRAIL), Form("本报讯（通讯员 {0}）", line_share=0.3))

by_qz = chosen(Above("泉州晚报记者 {0!l}"), Form("本报讯（记者 {0} 通讯员 {1}）", 2),
               Above("文/图 本报记者 {0!l}", photo=True), turn="by", drawn=2)
by_qz_brief = turns(Form("本报讯（记者 {0}）"), Form("（记者 {0} 通讯员 {1}）", 2, **TRAIL))

by_xb = chosen(Above("星报记者 {0!l}"), Above("市场星报、星级新闻记者 {0!l} 实习生 {1}", 2),
               _DrawnBy("文/星报记者 {0!l} 图/{1}", 1, where="before", hint="plain", draws=2), turn="by", drawn=2)
by_xb_brief = turns(Form("星报讯（记者 {0}）"), Form("（星报记者 {0}）", **TRAIL))

by_sk = chosen(Above("本报记者 {0!l}"), Above("{0!l}（{c0}）", choices=(("某某大学历史学院教授", "某某省社会科学院研究员",
                                                                       "某某大学社会学系副教授"),)),
               Above("本报记者 {0!l} 通讯员 {1}", 2), turn="by", drawn=2)
by_sk_brief = turns(Form("本报讯（记者 {0}）", line_share=0.3), Form("（{c0} {0}）", choices=(("某某大学", "某某社科院"),), **TRAIL))

by_zs = chosen(Above("本报记者 {0!l}"), Form("本报讯（记者 {0} 通讯员 {1}）", 2),
               Above("本报实习记者 {0!l} 本报记者 {1}", 2), turn="by", drawn=2)
by_zs_brief = turns(Form("本报讯（通讯员 {0}）"), Form("（{c0}知识产权局供稿）", 0, choices=(("某某省", "某某市"),), **TRAIL))

by_mn = taking_turns(chosen(Above("本报记者 {0!l} 休斯顿报道")), dateline("本报休斯顿{m}月{d}日讯（记者 {0}）", 1),
                     dateline("据美联社{m}月{d}日报道 ", 0, hint="agency"))
by_mn_brief = turns(Form("【休斯顿讯】", 0), Form("（本报综合）", 0, **TRAIL))


# --------------------------------------------------------------------------- photo credits


cr_xy = _credit_turns(("信阳日报全媒体记者 {n} 摄", "（通讯员 {n} 摄）", "（县融媒体中心供图）"))
cr_xt = _credit_turns(("全媒体记者 {n} 摄", "（{n} 摄）", "（镇宣传办供图）"))
cr_qz = _credit_turns(("泉州晚报记者 {n} 摄", "（{n}/摄）", "（受访者供图）"))
cr_xb = _credit_turns(("星报记者 {n}/摄", "（{n} 摄）", "（资料图片）"))
cr_sk = _credit_turns(("（本报记者 {n} 摄）", "（作者供图）", "（主办方供图）"))
cr_zs = _credit_turns(("本报记者 {n}/摄", "（企业供图）", "（{n} 摄）"))
cr_mn = _credit_turns(("（本报记者 {n} 摄）", "（美联社）", "（{n} 摄）"))


# --------------------------------------------------------------------------- builder


class Fresh50Builder(Fresh43Builder):

    # -------------------------------------------------------------- set50_a

    def slot_xycomment(self):
        return self.staff_comment(("信阳时评", "申城观察"), XY_TITLES, sign=self.rng.choice(("本报评论员", "信阳日报评论员")))

    def slot_xylink(self):
        return self.tied_box(XY_LINKS)

    def slot_xygroup(self):
        return self.numbered_photos(XY_GROUPS)

    # -------------------------------------------------------------- set50_b

    def slot_xtservice(self):
        return self.service(("便民信息", "生活服务"), XT_SERVICE)

    def slot_xtlink(self):
        return self.tied_box(XT_LINKS)

    def slot_xtgroup(self):
        return self.numbered_photos(XT_GROUPS)

    # -------------------------------------------------------------- set50_c

    def slot_qzservice(self):
        return self.service(("晚报提醒", "泉州生活"), QZ_SERVICE)

    def slot_qzletter(self):
        return self.reply_letter(QZ_LETTER_TITLES, QZ_REPLIES, QZ_PLACES)

    def slot_qztalk(self):
        return self.interview(("晚报访谈", "刺桐人物"), QZ_QUESTIONS, ("晚报：", "记者："))

    # -------------------------------------------------------------- set50_d

    def slot_xbcomment(self):
        return self.noted_comment(("星报评论", "星观察"), XB_TITLES, ("□", "文/"), XB_NOTES)

    def slot_xbtalk(self):
        return self.interview(("星报面对面", "街坊说"), XB_QUESTIONS, ("星报：", "记者："))

    def slot_xbfigures(self):
        return self.figures(("数读", "数说民生"), XB_FIGURES, title="老旧小区改造进度")

    def slot_xbservice(self):
        return self.service(("星报提醒", "生活服务"), XB_SERVICE)

    def slot_xbgroup(self):
        return self.numbered_photos(XB_GROUPS)

    # -------------------------------------------------------------- set50_e

    def slot_skcomment(self):
        return self.noted_comment(("学术评论", "学界观察"), SK_TITLES, ("□", "◎"), SK_NOTES)

    def slot_sktalk(self):
        return self.interview(("学者访谈", "对话"), SK_QUESTIONS, ("中国社会科学报：", "记者："))

    def slot_skfigures(self):
        return self.figures(("数说", "数据"), SK_FIGURES, title="社科事业发展一览")

    def slot_sklink(self):
        return self.tied_box(SK_LINKS)

    # -------------------------------------------------------------- set50_f

    def slot_zsasks(self):
        return self.asks(("知产问答", "律师说法"), self.rng.choice(("读者来问", "你问我答")), ZS_ASKS,
                         "某某律师事务所律师 {}")

    def slot_zsservice(self):
        return self.service(("服务指南", "办事提示"), ZS_SERVICE, title="知识产权便民服务信息")

    def slot_zstable(self):
        rng = self.rng
        rows = rng.sample(ZS_TABLE, rng.choice((4, 5)))
        return self.wide_table(("数据", "专利"), "前三季度部分省市发明专利授权量", rng.choice(("地区 授权量 同比", "省市 件数 增速")),
                               rows, ("数据来源：国家知识产权局", "注：同比为与上年同期相比"))

    def slot_zscomment(self):
        return self.staff_comment(("知产时评", "本报评论"), ZS_TITLES, sign=self.rng.choice(("本报评论员", "本报特约评论员")))

    # -------------------------------------------------------------- set50_g

    def slot_mnrates(self):
        return self.service(("今日汇率", "汇率金价"), MN_RATES, title="美元汇率（参考价）")

    def slot_mnservice(self):
        return self.service(("社区活动", "社区服务"), MN_SERVICE, title="华人社区活动预告")

    def slot_mncomment(self):
        return self.staff_comment(("美南时评", "本报社论"), MN_TITLES, sign=self.rng.choice(("本报评论员", "美南新闻评论员")))

    def slot_mntalk(self):
        return self.interview(("侨社人物", "访谈"), MN_QUESTIONS, ("本报：", "问："))


# --------------------------------------------------------------------------- furniture


_xy_top = furniture(
    (0.5, [ln("{n:02d}", page="{n:02d}"), "{sec}", ln("信阳日报 {y}年{m}月{d}日 {wd}", paper=True, date=True),
           "责任编辑 {name} 美术编辑 {name} 校对 {name}"]),
    [ln("{sec}·第{n}版", page="{n}"), ln("{date} 农历{slunar}", date=True), "版面编辑 {name}"],
    front=[masthead("信阳日报"), "XINYANG DAILY", "中共信阳市委机关报", ln("{date} {wd}", date=True), "农历{lunar}",
           "第{no:12000-12999}期 今日{pages}版", "国内统一连续出版物号 CN 41-0000", "信阳网 www.example.cn"])
_xy_bottom = furniture((0.5, ["信阳日报社出版 地址：信阳市浉河区某某路{no:1-99}号 新闻热线 {tel:0376}"]),
                       ["下载“信阳日报”客户端 看更多信阳新闻", opt(0.5, ["零售价1.00元 全年订价300元"])])

_xt_top = furniture(
    (0.5, [ln("仙桃日报", paper=True), ln("{date} {wd}", date=True), ln("第{n}版·{sec}", page="{n}"), "本版编辑 {name}"]),
    [ln("{sec} {n}", page="{n}"), DATED, "责编：{name} 校对：{name}"],
    front=[masthead("仙桃日报"), "中共仙桃市委机关报", ln("{date} {wd}", date=True), "农历{lunar}",
           "第{no:5000-5999}期 今日{pages}版", "仙桃市融媒体中心出版 新闻热线 {tel:0728}"])
_xt_bottom = furniture((0.5, ["仙桃市融媒体中心 地址：仙桃市某某大道{no:1-99}号 电话：{tel:0728}"]),
                       ["关注“云上仙桃”客户端", opt(0.5, ["印刷：仙桃某某印务有限公司"])])

_qz_top = furniture(
    (0.5, [ln("{n:02d}", page="{n:02d}"), ln("泉州晚报·{sec}", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True),
           "责编 {name} 美编 {name} 校对 {name}"]),
    [ln("{sec}", page=None), ln("第{n}版", page="{n}"), ln("{y}.{m:02d}.{d:02d} {wd}", date=True)],
    front=[masthead("泉州晚报"), "QUANZHOU EVENING NEWS", "中共泉州市委机关报", ln("{date} {wd} 农历{slunar}", date=True),
           "今日{pages}版 第{no:14000-14999}期", "新闻热线 {tel:0595} 零售价1.00元"])
_qz_bottom = furniture((0.5, ["泉州晚报报料热线 {tel:0595} 微信报料：泉州晚报"]),
                       ["泉州晚报社 地址：泉州市丰泽区某某街{no:1-99}号", opt(0.5, ["下载“泉州通”客户端"])])

_xb_top = furniture(
    (0.5, [ln("市场星报", paper=True), ln("{sec}", page=None), ln("A{n}", page="A{n}"), ln("{y}年{m}月{d}日 {wd}", date=True),
           "编辑 {name} 组版 {name} 校对 {name}"]),
    [ln("A{n} {sec}", page="A{n}"), ln("{y}.{m}.{d} {wd}", date=True)],
    front=[masthead("市场星报"), "MARKET STAR DAILY", "安徽日报报业集团主管主办", ln("{date} {wd}", date=True),
           "农历{lunar}", "第{no:6000-6999}期 今日{pages}版", "新闻热线 {tel:0551} 零售价1.00元"])
_xb_bottom = furniture((0.5, ["星级新闻客户端 报料热线 {tel:0551}"]),
                       ["市场星报社 地址：合肥市某某路{no:1-99}号", opt(0.5, ["广告热线 {tel:0551}"])])

_sk_top = furniture(
    (0.5, [ln("中国社会科学报", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True), ln("第{n}版 {sec}", page="{n}")]),
    [ln("{n}", page="{n}"), ln("{ssec}", page=None), ln("{date}", date=True), "责任编辑 {name} 电话：{tel:010}"],
    front=[masthead("中国社会科学报"), "CHINESE SOCIAL SCIENCES TODAY", "中国社会科学院主管 中国社会科学杂志社主办",
           ln("{date} {wd}", date=True), "第{no:2000-2999}期 今日{pages}版", "国内统一连续出版物号 CN 11-0000"])
_sk_bottom = furniture((0.5, ["中国社会科学杂志社 地址：北京市朝阳区某某路{no:1-99}号 邮编100000"]),
                       ["中国社会科学网 www.example.cn", opt(0.5, ["订阅热线 {tel:010} 邮发代号1-00"])])

_zs_top = furniture(
    (0.5, [ln("{n}", page="{n}"), ln("中国知识产权报", paper=True), "{sec}", ln("{date} {wd}", date=True)]),
    [ln("{sec} 第{n}版", page="{n}"), ln("{y}年{m}月{d}日", date=True), "主编 {name} 责任编辑 {name}"],
    front=[masthead("中国知识产权报"), "CHINA INTELLECTUAL PROPERTY NEWS", "国家知识产权局主管 知识产权出版社主办",
           ln("{date} {wd}", date=True), "第{no:3000-3999}期 今日{pages}版", "邮发代号1-00 国内统一连续出版物号 CN 11-0000"])
_zs_bottom = furniture((0.5, ["中国知识产权报社 地址：北京市海淀区某某路{no:1-99}号 发行热线 {tel:010}"]),
                       ["中国知识产权资讯网 www.example.cn", opt(0.5, ["本报常年法律顾问：北京某某律师事务所"])])

_mn_top = furniture(
    (0.5, [ln("美南新闻", paper=True), ln("{sec}", page=None), ln("A{n}", page="A{n}"), ln("{y}年{m}月{d}日 {wd}", date=True)]),
    [ln("A{n}", page="A{n}"), ln("{sec}", page=None), ln("{m}/{d}/{y} {wd}", date=True)],
    front=[masthead("美南新闻"), "SOUTHERN CHINESE DAILY NEWS", "休斯顿版", ln("{y}年{m}月{d}日（{wd}）", date=True),
           "农历{slunar}", "第{no:9000-9999}号 今日{pages}版 零售价50美分",
           "某某 Bellaire Blvd, Houston, TX 电话 (281) {no:200-999}-{no:1000-9999}"])
_mn_bottom = furniture((0.5, ["广告部电话 (281) {no:200-999}-{no:1000-9999} 发行部电话 (281) {no:200-999}-{no:1000-9999}"]),
                       ["美南新闻网 www.example.com", opt(0.5, ["欢迎订阅 欢迎刊登广告"])])


@dataclasses.dataclass
class Fresh50Family(Fresh43Family):
    seed_stride: int = FRESH50_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh50Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh50Builder, justified=True,
                         **kw)


FRESH50_FAMILIES = [
    fam("set50_a", "信阳日报", _xy_top, _xy_bottom, {by_xy: 1},
        brief_bylines={by_xy_brief: 1}, credits=(cr_xy,), width=(15, 19), blank={"para": 1, "every": 1},
        indent=0.5, letterspace=0.3, stray_spaces=0.04, doubled=0.15, displaced=0.1, caption_pool=XY_CAPTIONS,
        brief_pool=XY_BRIEFS, brief_pool_share=0.6, paper_outlet="信阳日报全媒体",
        labels={"column": ("县区传真", "信阳简讯"), "bullet": ("◆",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（转{n2}版）"), cont_forms=("（上接第{n}版）", "（紧接{n2}版）"),
        plans=((["decklead", "xycomment", "brief"], {"front": True, "turn": 2}),
               (["xylink", "photo"], {"turn": 0}),
               (["continuation", "deck", "briefcol"], {"page": 2, "blank": "none", "turn": 1}),
               (["xygroup", "deck", "brief"], {"blank": "every", "group_credit": "本组图片由{p}记者 {n} 摄"})),
        page_style="0", sections=("要闻", "县区", "经济")),
    fam("set50_b", "仙桃日报", _xt_top, _xt_bottom, {by_xt: 1},
        brief_bylines={by_xt_brief: 1}, credits=(cr_xt,), width=(12, 16), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.4, stray_spaces=0.06, doubled=0.2, displaced=0.2, caption_pool=XT_CAPTIONS,
        brief_pool=XT_BRIEFS, brief_pool_share=0.6, paper_outlet="本报",
        labels={"column": ("镇场动态", "仙桃简讯"), "bullet": ("●",)},
        page_form="{n}版", jump_forms=("（下转{p}）", "（转第{cn}版）"), cont_forms=("（上接{p}）", "（接第{cn}版）"),
        plans=((["decklead", "xtservice", "brief"], {"front": True, "turn": 1}),
               (["xtlink", "briefcol"], {"blank": "every", "turn": 2}),
               (["xtgroup", "deck", "photo"], {"turn": 0, "group_credit": "本组图片由全媒体记者 {n} 摄"}),
               (["continuation", "photo", "bare"], {"page": 2, "blank": "none"})),
        page_style="plain", sections=("综合", "镇场", "民生")),
    fam("set50_c", "泉州晚报", _qz_top, _qz_bottom, {by_qz: 1},
        brief_bylines={by_qz_brief: 1}, credits=(cr_qz,), width=(16, 21), per_article_width=True,
        blank={"para": 1, "every": 1}, indent=0.3, letterspace=0.15, stray_spaces=0.03, doubled=0.1, displaced=0.15,
        caption_pool=QZ_CAPTIONS, brief_pool=QZ_BRIEFS, brief_pool_share=0.7, paper_outlet="泉州晚报",
        labels={"column": ("刺桐速览", "晚报快讯"), "bullet": ("▲",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "▶转{n2}版"), cont_forms=("（上接第{n}版）", "◀接{n2}版"),
        plans=((["decklead", "qzservice", "brief"], {"front": True, "turn": 0}),
               (["deck", "photo", "briefcol"], {"blank": "every", "turn": 1}),
               (["qzletter", "qztalk"], {"turn": 2}),
               (["continuation", "deck", "photo"], {"page": 2, "blank": "none"})),
        page_style="0", title_break=0.4, sections=("泉州新闻", "民生", "县域")),
    fam("set50_d", "市场星报", _xb_top, _xb_bottom, {by_xb: 1},
        brief_bylines={by_xb_brief: 1}, credits=(cr_xb,), width=(18, 23), per_article_width=True,
        blank={"para": 2, "every": 1}, indent=0.2, letterspace=0.1, stray_spaces=0.02, doubled=0.05, displaced=0.1,
        caption_pool=XB_CAPTIONS, brief_pool=XB_BRIEFS, brief_pool_share=0.7, paper_outlet="市场星报",
        labels={"column": ("城事速递", "星报快讯"), "bullet": ("★",)},
        page_form="A{n}", jump_forms=("（下转A{n}）", "（转{p}版）"), cont_forms=("（上接A{n}）", "（接{p}版）"),
        plans=((["decklead", "xbservice", "brief"], {"front": True, "turn": 2}),
               (["xbtalk", "photo"], {"turn": 1}),
               (["continuation", "xbcomment", "xbfigures"], {"page": 2, "blank": "none", "turn": 0}),
               (["xbgroup", "deck", "briefcol"], {"blank": "every", "group_credit": "本组图片由星报记者 {n} 摄"})),
        page_style="A", title_break=0.4, sections=("合肥新闻", "安徽新闻", "民生")),
    fam("set50_e", "中国社会科学报", _sk_top, _sk_bottom, {by_sk: 1},
        brief_bylines={by_sk_brief: 1}, credits=(cr_sk,), width=(17, 22), blank={"para": 1, "none": 1},
        indent=0.3, letterspace=0.2, stray_spaces=0.03, doubled=0.1, displaced=0.1, caption_pool=SK_CAPTIONS,
        brief_pool=SK_BRIEFS, brief_pool_share=0.7, paper_outlet="本报",
        labels={"column": ("学界动态", "学术简讯"), "bullet": ("■",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（转第{cn}版）"), cont_forms=("（上接第{n}版）", "（接第{cn}版）"),
        plans=((["decklead", "skfigures", "brief"], {"front": True, "turn": 1}),
               (["sktalk", "deck"], {"blank": "every", "turn": 2}),
               (["continuation", "skcomment", "briefcol"], {"page": 2, "turn": 0}),
               (["sklink", "photo"], {"blank": "none"})),
        page_style="0", sections=("要闻", "学术动态", "学人")),
    fam("set50_f", "中国知识产权报", _zs_top, _zs_bottom, {by_zs: 1},
        brief_bylines={by_zs_brief: 1}, credits=(cr_zs,), width=(19, 25), blank={"para": 1, "every": 1},
        indent=0.2, letterspace=0.1, stray_spaces=0.02, doubled=0.05, displaced=0.05, caption_pool=ZS_CAPTIONS,
        brief_pool=ZS_BRIEFS, brief_pool_share=0.7, paper_outlet="本报",
        labels={"column": ("各地知产", "知产快讯"), "bullet": ("□",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（转第{n}版）"), cont_forms=("（上接第{n}版）", "（接第{n}版）"),
        plans=((["decklead", "zscomment", "brief"], {"front": True, "turn": 1}),
               (["zsasks", "photo"], {"blank": "none", "turn": 0}),
               (["continuation", "zsservice", "briefcol"], {"page": 2, "turn": 2}),
               (["zstable", "deck", "bare"], {})),
        page_style="0", sections=("要闻", "专利", "商标")),
    fam("set50_g", "美南新闻", _mn_top, _mn_bottom, {by_mn: 1},
        brief_bylines={by_mn_brief: 1}, credits=(cr_mn,), width=(18, 24), blank={"para": 2, "none": 1},
        indent=0.2, letterspace=0.05, stray_spaces=0.02, doubled=0.05, displaced=0.1, caption_pool=MN_CAPTIONS,
        brief_pool=MN_BRIEFS, brief_pool_share=0.8, paper_outlet="本报",
        labels={"column": ("社区简讯", "侨社动态"), "bullet": ("▼",)},
        page_form="A{n}", jump_forms=("（下转A{n}）", "（请看A{n}版）"), cont_forms=("（上接A{n}）", "（接A{n}版）"),
        plans=((["decklead", "mnrates", "brief"], {"front": True, "turn": 0}),
               (["mncomment", "photo"], {"blank": "every", "turn": 2}),
               (["continuation", "deck", "briefcol"], {"page": 2, "turn": 1}),
               (["mntalk", "mnservice", "photo"], {"blank": "none"})),
        page_style="A", sections=("休斯顿新闻", "美国新闻", "社区")),
]
