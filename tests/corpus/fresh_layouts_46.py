"""A forty-sixth set of development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator or look at how these pages are cut.  Seven papers the corpus had not imitated (checked by
name against the development builders and gold, and against the held-back set only with a script that names
this set's candidate papers a held-back page also has; it named 科技日报 and 科普时报, which were not taken): a
prefecture city daily of Shandong (临沂), an evening paper of Jiangsu (常州), a county-level media paper of
Guizhou (仁怀), the paper of a state bank, a national science-and-technology industry paper, a provincial
sports weekly and a Chinese weekly of London.  The provincial party dailies of the northeast and north are
all imitated (黑龙江, 辽宁, 山西, 内蒙古日报) or named by earlier sets as held back (吉林日报, 河北日报), so that
kind was not taken.
This set's emphasis is the ordinary news page as an archive receives it every week (要闻, 综合, 区县, 民生,
经济, 金融, 高新区, 赛事, 英国新闻), each paper printing the common things its own way: its header and footer
lines (where the date stands, how the page and section print, the lunar date, the serial number, editors'
lines, hotlines, app promos), its byline and dateline grammar (a county dateline `本报费县5月5日讯`, `见习记者`,
`特约通讯员`, `发自` a venue, a brief `（X 供稿）`), its photo credits, its briefs column and bullet, its jump
lines and continuation heads, a commentary with its signature, an interview, a box tied to a story, a
service box, a figures box, a photo group, a reader's letter with its reply, a league table.  Every family
wraps its columns by width.

Seeds: FRESH46_SEED_BASE + FRESH46_SEED_STRIDE*family + 1_000*attempt + n (57_060_001 .. 57_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (comment titles,
questions, notes, service, rate and table rows, figures, letters' titles and replies, captions, briefs);
names, figures, phone numbers and addresses are made up.
"""
from __future__ import annotations

import dataclasses

from fresh_layouts_5 import _credit_turns
from fresh_layouts_37 import _DrawnBy
from fresh_layouts_40 import dateline, taking_turns
from fresh_layouts_43 import Fresh43Builder, Fresh43Family
from layout_kit import DATED, TRAIL, Above, Form, chosen, furniture, ln, masthead, opt, turns

FRESH46_SEED_BASE = 57_000_000
FRESH46_SEED_STRIDE = 60_000

# --------------------------------------------------------------------------- filler (written for this corpus)

LY_TITLES = ["让沂蒙老区跑出发展“加速度”", "乡村振兴要把产业链留在村里", "营商环境好不好 企业说了算"]
LY_NOTES = ("（作者单位：中共临沂市委党校）", "（作者系临沂大学教师）")
LY_LINKS = [("延伸阅读", "", ["临沂商城是全国知名的商贸物流集散地，近年来推动市场采购贸易和跨境电商发展，"
                             "一批物流企业开通了直达国内外的线路。"]),
            ("记者观察", "小板材里的大产业", ["走进费县的板材加工厂，自动化生产线有序运转。企业负责人说，"
                                            "过去靠人工，现在靠设备和订单系统，产品卖得更远了。"]),
            ("沂蒙印记", "", ["沂蒙山区是革命老区，当地把红色资源和乡村旅游结合起来，带动不少村民就近就业增收。"])]
LY_GROUPS = [("沂河两岸风光美", ["①市民在滨河公园健步走。", "②沂河上的游船。", "③孩子们在沙滩上嬉戏。"]),
             ("物流园里的一天", ["①货车排队进入园区。", "②工人在分拣快递包裹。", "③智能仓库里的搬运机器人。"])]
LY_CAPTIONS = [("兰山区一家物流企业里，工人在装车。", "物流繁忙"), ("蒙阴县的果农在采摘蜜桃。", ""),
               ("沂南县一处红色教育基地，游客在参观。", "重温历史"), ("工人在郯城县一家木业企业里作业。", "")]
LY_BRIEFS = [("兰陵蔬菜发往多个城市", "近日，兰陵县一批新鲜蔬菜通过冷链物流发往多个城市。"),
             ("平邑举办金银花产业大会", "日前，平邑县举办金银花产业大会，签约项目十余个。"),
             ("莒南新建一批农村公路", "近日，莒南县一批农村公路完工通车，群众出行更方便。")]

CZ_SERVICE = ["【求助】家住天宁区的王女士丢失一只钱包，内有证件，拾到者请联系本报。", "【提醒】明日起某某路施工，公交3路临时改道。",
              "【天气】今天阴转小雨，19℃至25℃，东北风三级。", "【停电】周四8:00至16:00，武进区某某片区计划停电。",
              "【招聘】某某社区招聘网格员若干名，报名请到社区服务中心。"]
CZ_LETTER_TITLES = ["小区门口的共享单车谁来管？", "老旧小区加装电梯还有补贴吗？"]
CZ_REPLIES = ["晚报跟进：记者联系了所在街道，工作人员表示已通知运营企业清理，并将增设停放点。",
              "晚报跟进：据市住建部门介绍，老旧小区加装电梯仍可申请补贴，具体可向所在街道咨询。"]
CZ_PLACES = ("天宁区", "钟楼区", "新北区", "武进区")
CZ_QUESTIONS = ["这家工厂最初是怎么办起来的？", "转型过程中最难的是什么？", "年轻人为什么愿意留在这里？",
                "下一步还有什么打算？"]
CZ_CAPTIONS = [("青果巷里，游客在老街上拍照。", "古巷新韵"), ("新北区一家新能源企业的生产线。", ""),
               ("市民在运河边的步道上散步。", "运河晨光"), ("孩子们在社区图书馆里看书。", "")]
CZ_BRIEFS = [("钟楼区开展社区义诊", "近日，钟楼区多个社区开展义诊，数百名居民受益。"),
             ("金坛举办茶文化节", "日前，金坛区举办茶文化节，吸引不少市民前往。"),
             ("溧阳新开一批乡村公交线", "近日，溧阳市新开通一批乡村公交线路，方便村民出行。")]

RH_SERVICE = ["【停电】本周三9:00至17:00，中枢街道某某片区计划停电。", "【就业】市人社局本周五在人才市场举办招聘会。",
              "【医保】城乡居民医保明年缴费工作已开始，可在手机上缴纳。", "【交通】国酒大道部分路段夜间施工，请减速慢行。",
              "【办事】政务服务中心周六上午正常办理不动产登记业务。"]
RH_LINKS = [("记者手记", "酒乡的新变化", ["走在茅台镇的街上，老酒坊和新厂房相邻而立。一位老酿酒师说，"
                                        "现在讲究标准和品质，年轻人也愿意回来学手艺。"]),
            ("相关链接", "", ["仁怀是赤水河流域重要的酱香白酒产区，近年来推进赤水河流域生态保护，"
                             "沿河乡镇开展退耕还林和污水治理。"])]
RH_GROUPS = [("赤水河畔秋色浓", ["①赤水河两岸的梯田。", "②游客在河边步道上拍照。", "③村民在晾晒高粱。"]),
             ("高粱红了", ["①农户在地里收割高粱。", "②收购点前排起长队。", "③酒厂工人在摊晾酒糟。"])]
RH_CAPTIONS = [("茅台镇的酿酒工人在上甑。", "酒乡匠人"), ("农户在喜头镇的高粱地里劳作。", ""),
               ("学生在新建的学校操场上活动。", "校园新貌"), ("游客在盐津河畔游览。", "")]
RH_BRIEFS = [("五马镇举办高粱种植培训", "近日，五马镇组织农技人员为种植户开展培训。"),
             ("长岗镇新建一批产业路", "日前，长岗镇一批产业路建成，方便群众运送农产品。"),
             ("学孔镇开展文艺下乡活动", "近日，学孔镇组织文艺队伍走进村寨，为群众送去文艺节目。")]

NH_FIGURES = [("2.3万亿元", "县域贷款余额"), ("18.6%", "涉农贷款同比增速"), ("4200万户", "服务农户数"),
              ("3.85%", "新发放普惠贷款平均利率"), ("96%", "乡镇金融服务覆盖率")]
NH_RATES = ["活期存款 0.15%", "三个月定期存款 0.80%", "一年期定期存款 1.10%", "三年期定期存款 1.50%",
            "五年期定期存款 1.55%"]
NH_TABLE = ["各项存款余额 25.6 7.2", "各项贷款余额 21.3 10.4", "县域贷款余额 9.8 12.6", "普惠型小微企业贷款 3.5 28.1",
            "绿色信贷余额 4.1 31.5"]
NH_QUESTIONS = ["服务乡村振兴，分行今年有哪些新举措？", "怎样让农户贷款更方便？", "金融科技给县域服务带来了哪些变化？",
                "如何防范涉农贷款风险？"]
NH_TITLES = ["让金融活水流向田间地头", "普惠金融要“普”也要“惠”", "守住风险底线是金融工作的永恒主题"]
NH_NOTES = ("（作者单位：农行某某省分行）", "（作者系农行某某支行行长）")
NH_CAPTIONS = [("客户经理在田间为种植户讲解信贷产品。", "贷款到田头"), ("网点员工为老年客户办理业务。", ""),
               ("客户经理走进企业车间了解融资需求。", "服务上门"), ("志愿者在集市上开展反诈宣传。", "")]
NH_BRIEFS = [("某某分行开展反诈宣传月活动", "近日，某某分行组织员工走进社区，开展防范电信诈骗宣传。"),
             ("某某支行发放首笔碳减排贷款", "日前，某某支行发放首笔碳减排贷款，支持企业节能改造。"),
             ("某某分行举办青年员工技能比赛", "近日，某某分行举办青年员工业务技能比赛。")]

GX_FIGURES = [("178家", "国家高新区数量"), ("2.1万家", "园区内高新技术企业新增"), ("13.2%", "研发投入强度"),
              ("5.6万件", "发明专利授权量"), ("1.2万亿元", "技术合同成交额")]
GX_LINKS = [("链接", "", ["新质生产力以科技创新为核心要素，推动产业向高端化、智能化、绿色化发展，"
                         "国家高新区是培育新质生产力的重要载体。"]),
            ("记者手记", "实验室里的年轻人", ["在某某高新区的一家企业研发中心，年轻的工程师们正在调试设备。"
                                            "他们说，只要能把技术做出来，就有地方把它变成产品。"])]
GX_QUESTIONS = ["企业研发投入占营收的比例是多少？", "成果转化最大的障碍在哪里？", "高新区为企业提供了哪些支持？",
                "怎样看待新质生产力与传统产业的关系？"]
GX_TITLES = ["创新生态要靠长期经营", "把论文变成产品要过几道坎", "高新区要在新赛道上抢先机"]
GX_CAPTIONS = [("工程师在实验室里调试设备。", "研发一线"), ("某某高新区一家企业的智能生产线。", ""),
               ("参观者在科技成果展上体验新产品。", "科技体验"), ("技术人员在检测芯片。", "")]
GX_BRIEFS = [("某某高新区新增一批专精特新企业", "近日，某某高新区新认定一批专精特新中小企业。"),
             ("某某科技园举办成果对接会", "日前，某某科技园举办科技成果对接会，现场签约项目二十余个。"),
             ("某某孵化器新入驻一批团队", "近日，某某孵化器新入驻一批创业团队。")]

TY_TABLE = ["1 某某队 12 8 3 1 27", "2 某某队 12 7 4 1 25", "3 某某队 12 7 2 3 23", "4 某某队 12 6 3 3 21",
            "5 某某队 12 5 4 3 19", "6 某某队 12 4 4 4 16"]
TY_NOTICES = ["【赛事】全省全民健身运动会乒乓球比赛本周六开赛。", "【报名】城市马拉松即日起接受报名，名额五千个。",
              "【场馆】省体育中心游泳馆周一闭馆维护。", "【培训】社会体育指导员培训班下月开班。",
              "【直播】本周日的联赛焦点战将在省体育频道直播。"]
TY_QUESTIONS = ["这场比赛的关键在哪里？", "球队接下来的目标是什么？", "你怎样评价对手？", "年轻队员的表现怎么样？"]
TY_TITLES = ["全民健身要让群众“家门口”有场地", "办好一场赛事 激活一座城市", "体育消费是新的增长点"]
TY_CAPTIONS = [("比赛中，主队球员突破上篮。", "强势突破"), ("市民在公园里参加健步走活动。", ""),
               ("运动员冲过终点线。", "冲刺时刻"), ("孩子们在体育公园里踢足球。", "")]
TY_BRIEFS = [("全省青少年游泳锦标赛落幕", "近日，全省青少年游泳锦标赛落幕，数百名运动员参赛。"),
             ("某某县举办乡村篮球赛", "日前，某某县举办乡村篮球赛，吸引众多村民观赛。"),
             ("城市定向赛吸引千余人参加", "近日，一场城市定向赛在市区举行，千余名爱好者参加。")]

UK_RATES = ("英镑兑人民币 9.12", "英镑兑美元 1.27", "英镑兑欧元 1.17", "英镑兑港元 9.93", "英镑兑日元 198.6")
UK_NOTICES = ["【活动】伦敦某某华人社团本周日举办中秋联欢会。", "【讲座】某某中文学校周六举办留学政策讲座。",
              "【提醒】英国下周起调整部分签证申请费用。", "【招聘】某某中餐馆招聘厨师和服务员。"]
UK_QUESTIONS = ["当初为什么选择来英国发展？", "在这里创业遇到过哪些困难？", "华人社团如何帮助新移民？",
                "对年轻一代华人有什么期望？"]
UK_TITLES = ["华人参政需要更多年轻面孔", "中文教育是连接两国的桥梁", "理性看待中英经贸往来"]
UK_CAPTIONS = [("伦敦唐人街上，舞狮队在表演。", "舞狮贺节"), ("中文学校的孩子们在学写汉字。", ""),
               ("华人志愿者在社区派发物资。", "爱心接力"), ("曼彻斯特的一家中餐馆里，食客在用餐。", "")]
UK_BRIEFS = [("伦敦华人社团举办书画展", "伦敦一个华人社团日前举办书画展，展出作品百余幅。"),
             ("曼城中文学校开设新班", "曼彻斯特一所中文学校日前开设新班，数十名学生报名。"),
             ("苏格兰华人商会举办年会", "苏格兰华人商会日前举办年会，百余名会员参加。")]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_ly = taking_turns(chosen(Above("临沂日报全媒体记者 {0!l}")),
                     dateline("本报费县{m}月{d}日讯（记者 {0} 通讯员 {1}）", 2),
                     chosen(Above("本报记者 {0!l} 见习记者 {1} 通讯员 {2}", 3), drawn=3))
by_ly_brief = turns(Form("（{c0}融媒体中心 {0}）", choices=(("兰陵县", "平邑县", "莒南县", "沂水县"),), **TRAIL),
                    Form("本报讯 通讯员 {0} "))

by_cz = chosen(Above("常州晚报记者 {0!l} 通讯员 {1}", 2), Form("本报讯（记者 {0} 实习生 {1}）", 2, line_share=0.4),
               _DrawnBy("晚报记者 {0!l}/文 {1}/图", 1, where="before", hint="plain", draws=2), turn="by", drawn=2)
by_cz_brief = turns(Form("（{0}）", **TRAIL), Form("晚报讯 ", 0))

by_rh = chosen(Above("本报记者 {0!l}"), Above("通讯员 {0!l} 本报记者 {1}", 2), Above("记者 {0!l} 见习记者 {1} 文/图", 2, photo=True),
               turn="by", drawn=2)
by_rh_brief = turns(Form("（{0} 供稿）", **TRAIL), Form("本报讯（{c0} {0}）", choices=(("五马镇", "长岗镇", "学孔镇"),)))

by_nh = chosen(Above("本报记者 {0!l} 特约通讯员 {1}", 2), Above("通讯员 {0!l} {1} 本报记者 {2}", 3),
               Form("本报讯 记者{0} 通讯员{1}报道 ", 2), turn="by", drawn=2)
by_nh_brief = turns(Form("（{c0} {0}）", choices=(("农行某某分行", "农行某某支行", "农行某某营业部"),), **TRAIL),
                    Form("本报讯（特约通讯员 {0}）"))

by_gx = taking_turns(chosen(Above("◎本报记者 {0!l}")), chosen(Above("◎本报记者 {0!l} 实习生 {1}", 2), drawn=2),
                     dateline("本报讯 （记者 {0}）", 1))
by_gx_brief = turns(Form("（{0}）", **TRAIL), Form("本报讯 （通讯员 {0}）"))

by_ty = taking_turns(chosen(Above("本报记者 {0!l} 发自{c0}", choices=(("成都", "西安", "青岛", "大连"),))),
                     dateline("新华社成都{m}月{d}日电（记者 {0}）", 1, hint="agency"),
                     chosen(Above("本报特派记者 {0!l} 实习生 {1}", 2), drawn=2))
by_ty_brief = turns(Form("（{0}）", **TRAIL), Form("（综合）", 0, **TRAIL))

by_uk = taking_turns(chosen(Above("本报驻伦敦记者 {0!l}")), dateline("英中时报伦敦{m}月{d}日讯 记者{0} ", 1),
                     chosen(_DrawnBy("文/本报记者 {0!l} 图/{1}", 1, where="before", hint="plain", draws=2), drawn=2))
by_uk_brief = turns(Form("（本报讯）", 0, **TRAIL), Form("【英中时报讯】", 0))


# --------------------------------------------------------------------------- photo credits


cr_ly = _credit_turns(("临沂日报全媒体记者 {n} 摄", "（{n} 摄）", "（县融媒体中心供图）"))
cr_cz = _credit_turns(("晚报记者 {n} 摄", "（{n}/摄）", "（市民供图）"))
cr_rh = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）", "（镇党政办供图）"))
cr_nh = _credit_turns(("特约通讯员 {n} 摄", "（{n} 摄）", "（农行某某分行供图）"))
cr_gx = _credit_turns(("本报记者 {n}/摄", "（{n} 摄）", "（企业供图）"))
cr_ty = _credit_turns(("新华社记者 {n} 摄", "本报特派记者 {n} 摄", "（视觉中国）"))
cr_uk = _credit_turns(("（本报记者 {n} 摄）", "（图片由社团提供）", "{n} 摄"))


# --------------------------------------------------------------------------- builder


class Fresh46Builder(Fresh43Builder):

    # -------------------------------------------------------------- set46_a

    def slot_lycomment(self):
        return self.noted_comment(("沂蒙时评", "临沂观察"), LY_TITLES, ("■", "◇ "), LY_NOTES)

    def slot_lylink(self):
        return self.tied_box(LY_LINKS)

    def slot_lygroup(self):
        return self.numbered_photos(LY_GROUPS)

    # -------------------------------------------------------------- set46_b

    def slot_czservice(self):
        return self.service(("晚报帮帮团", "龙城提示"), CZ_SERVICE)

    def slot_czletter(self):
        return self.reply_letter(CZ_LETTER_TITLES, CZ_REPLIES, CZ_PLACES)

    def slot_cztalk(self):
        return self.interview(("晚报访谈", "面对面"), CZ_QUESTIONS, ("晚报：", "记者："))

    # -------------------------------------------------------------- set46_c

    def slot_rhservice(self):
        return self.service(("便民信息", "生活服务"), RH_SERVICE)

    def slot_rhlink(self):
        return self.tied_box(RH_LINKS)

    def slot_rhgroup(self):
        return self.numbered_photos(RH_GROUPS)

    def slot_rhcomment(self):
        return self.staff_comment(("酒都时评", "本报短评"), ("让酒乡的日子越过越红火", "赤水河要守护好"),
                                  sign=self.rng.choice(("本报评论员", "仁怀融媒评论员")))

    # -------------------------------------------------------------- set46_d

    def slot_nhfigures(self):
        return self.figures(("数说", "数据看台"), NH_FIGURES, title="县域金融服务半年报")

    def slot_nhrates(self):
        return self.service(("利率参考", "理财看台"), NH_RATES, title="人民币存款挂牌利率（年利率）")

    def slot_nhtalk(self):
        return self.interview(("行长访谈", "一线对话"), NH_QUESTIONS, ("本报：", "记者："))

    def slot_nhcomment(self):
        return self.noted_comment(("金融时评", "农行论坛"), NH_TITLES, ("□", "◎"), NH_NOTES)

    def slot_nhtable(self):
        rng = self.rng
        rows = rng.sample(NH_TABLE, rng.choice((4, 5)))
        return self.wide_table(("数据", "经营快报"), "上半年主要业务指标", rng.choice(("项目 余额（万亿元） 增速（%）", "指标 余额 同比")),
                               rows, ("数据来源：本行财务会计部", "注：增速为同比"))

    # -------------------------------------------------------------- set46_e

    def slot_gxfigures(self):
        return self.figures(("数读高新区", "数据"), GX_FIGURES, title="国家高新区这一年")

    def slot_gxlink(self):
        return self.tied_box(GX_LINKS)

    def slot_gxtalk(self):
        return self.interview(("对话", "企业家说"), GX_QUESTIONS, ("导报：", "记者："))

    def slot_gxcomment(self):
        return self.staff_comment(("导报观察", "本报评论"), GX_TITLES, sign=self.rng.choice(("本报评论员", "导报评论员")))

    # -------------------------------------------------------------- set46_f

    def slot_tytable(self):
        rng = self.rng
        rows = TY_TABLE[: rng.choice((5, 6))]
        return self.wide_table(("积分榜", "联赛数据"), "省超联赛积分榜（第12轮后）", rng.choice(("名次 球队 场 胜 平 负 积分",
                                                                                    "排名 队名 赛 胜 平 负 分")),
                               rows, ("数据来源：省足协", "注：积分相同时比较净胜球"))

    def slot_tynotice(self):
        return self.service(("体坛提示", "本周赛事"), TY_NOTICES)

    def slot_tytalk(self):
        return self.interview(("赛后访谈", "名将面对面"), TY_QUESTIONS, ("问：", "记者："))

    def slot_tycomment(self):
        return self.noted_comment(("周报评论", "体坛观察"), TY_TITLES, ("□", "文/"), ("（作者系体育评论员）", "（作者单位：某某体育学院）"))

    # -------------------------------------------------------------- set46_g

    def slot_ukrates(self):
        return self.service(("汇率", "今日汇率"), UK_RATES, title="英镑汇率参考")

    def slot_uknotice(self):
        return self.service(("社区公告", "华社动态"), UK_NOTICES)

    def slot_uktalk(self):
        return self.interview(("侨界人物", "专访"), UK_QUESTIONS, ("本报：", "英中时报："))

    def slot_ukcomment(self):
        return self.staff_comment(("社论", "时报观点"), UK_TITLES, sign=self.rng.choice(("本报评论员", "英中时报评论员")))


# --------------------------------------------------------------------------- furniture


_ly_top = furniture(
    (0.5, [ln("临沂日报", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True), ln("{sec} 第{n}版", page="{n}"),
           "主编 {name} 责任编辑 {name} 校对 {name}"]),
    [ln("第{n}版", page="{n}"), ln("{sec}", page=None), ln("临沂日报 {date} {wd}", paper=True, date=True)],
    front=[masthead("临沂日报"), "LINYI DAILY", "中共临沂市委机关报", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:14000-14999}号 今日{pages}版", "国内统一连续出版物号 CN 37-0000 邮发代号 23-00"])
_ly_bottom = furniture((0.5, ["临沂日报社出版 地址：临沂市兰山区某某路{no:1-99}号 广告热线 {tel:0539}"]),
                       ["新闻热线 {tel:0539}", "下载“在临沂”客户端 看更多新闻", opt(0.5, ["零售价：每份1元"])])

_cz_top = furniture(
    (0.5, [ln("A{n} {sec}", page="A{n}"), ln("{y}/{m}/{d} {wd}", date=True), "编辑 {name} 美编 {name} 校对 {name}"]),
    [ln("常州晚报 {y}年{m}月{d}日 {wd}", paper=True, date=True), ln("{sec} A{n}", page="A{n}")],
    front=[masthead("常州晚报"), "CHANGZHOU EVENING NEWS", "常州日报社主管主办", ln("{date} {wd}", date=True),
           "农历{lunar}", "第{no:10000-10999}期 今日{pages}版 零售价1元", "新闻热线 {tel:0519} 24小时有报必回"])
_cz_bottom = furniture((0.5, ["常州晚报社 地址：常州市某某路{no:1-99}号 发行热线 {tel:0519}"]),
                       ["扫码下载“中吴网”客户端", opt(0.5, ["晚报帮帮团热线 {tel:0519}"])])

_rh_top = furniture(
    (0.5, [ln("今日仁怀", paper=True), ln("{sec}", page=None), ln("第{n}版", page="{n}"), ln("{date}", date=True)]),
    [ln("{n}", page="{n}"), ln("{sec} 责任编辑：{name}", page=None), DATED],
    front=[masthead("今日仁怀"), "中共仁怀市委主管 仁怀市融媒体中心主办", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:2000-2999}期 每周二、五出版", "内部资料 免费交流 准印证号：黔内资准字某某号"])
_rh_bottom = furniture((0.5, ["仁怀市融媒体中心 地址：仁怀市中枢街道某某路{no:1-99}号 电话：{tel:0851}"]),
                       ["新闻热线 {tel:0851}", opt(0.5, ["关注“仁怀融媒”微信公众号"])])

_nh_top = furniture(
    (0.5, [ln("中国城乡金融报", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True), ln("{sec} {n:02d}", page="{n:02d}")]),
    [ln("{n:02d}", page="{n:02d}"), ln("{ssec}", page=None), "责任编辑 {name} 电话：{tel:010}", DATED],
    front=[masthead("中国城乡金融报"), "CHINA URBAN-RURAL FINANCIAL NEWS", "中国农业银行股份有限公司主管主办",
           ln("{date} {wd} 农历{slunar}", date=True), "第{no:3000-3999}期 今日{pages}版",
           "国内统一连续出版物号 CN 11-0000"])
_nh_bottom = furniture((0.5, ["中国城乡金融报社 地址：北京市东城区某某街{no:1-99}号 邮编100000"]),
                       ["投稿邮箱 cxjrb@example.com", opt(0.5, ["农行掌上银行 金融服务随身行"])])

_gx_top = furniture(
    (0.5, [ln("第{n}版", page="{n}"), ln("{sec}", page=None), ln("中国高新技术产业导报 {date}", paper=True, date=True),
           "本版主编 {name} 责编 {name}"]),
    [ln("{date} {wd}", date=True), ln("{sec} {n}", page="{n}")],
    front=[masthead("中国高新技术产业导报"), "CHINA HI-TECH INDUSTRY HERALD", "科技日报社主管主办",
           ln("{date} {wd}", date=True), "第{no:1500-1999}期 今日{pages}版 每周一出版", "国内统一连续出版物号 CN 11-0000"])
_gx_bottom = furniture((0.5, ["本报地址：北京市某某区某某路{no:1-99}号 发行部电话：{tel:010}"]),
                       ["投稿邮箱 gxdb@example.com", opt(0.5, ["扫码关注导报微信公众号"])])

_ty_top = furniture(
    (0.5, [ln("体育周报", paper=True), ln("第{n}版 {sec}", page="{n}"), ln("{y}.{m}.{d} {wd}", date=True)]),
    [ln("{sec}", page=None), ln("{n}", page="{n}"), DATED, "责任编辑：{name} 美术编辑：{name}"],
    front=[masthead("体育周报"), "SPORTS WEEKLY", "某某省体育局主管", ln("{date} {wd}", date=True),
           "第{no:1200-1599}期 每周一出版 今日{pages}版", "订阅热线 {tel:027}"])
_ty_bottom = furniture((0.5, ["体育周报社 地址：某某市某某路{no:1-99}号 广告热线 {tel:027}"]),
                       ["全年定价96元", opt(0.5, ["扫码观看赛事直播"])])

_uk_top = furniture(
    (0.5, [ln("英中时报", paper=True), ln("第{n}版 {sec}", page="{n}"), ln("{date}（{wd}）", date=True)]),
    [ln("{sec} {n}", page="{n}"), ln("UK CHINESE TIMES {y}年{m}月{d}日", paper=True, date=True)],
    front=[masthead("英中时报"), "UK CHINESE TIMES", ln("{date}（{wd}） 农历{slunar}", date=True),
           "第{no:800-999}期 每周五出版 免费赠阅", "伦敦办公室电话：+44 (0)20 7{no:100-999} {no:1000-9999}"])
_uk_bottom = furniture((0.5, ["本报地址：伦敦某某街{no:1-99}号 广告部电话：+44 (0)20 7{no:100-999} {no:1000-9999}"]),
                       ["网站 www.example.co.uk", "微信公众号：英中时报"])


@dataclasses.dataclass
class Fresh46Family(Fresh43Family):
    seed_stride: int = FRESH46_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh46Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh46Builder, justified=True,
                         **kw)


FRESH46_FAMILIES = [
    fam("set46_a", "临沂日报", _ly_top, _ly_bottom, {by_ly: 1},
        brief_bylines={by_ly_brief: 1}, credits=(cr_ly,), width=(16, 22), blank={"para": 2, "every": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.03, doubled=0.1, displaced=0.15, caption_pool=LY_CAPTIONS,
        brief_pool=LY_BRIEFS, brief_pool_share=0.7, paper_outlet="临沂日报全媒体",
        labels={"column": ("县区传真", "沂蒙快讯"), "bullet": ("▪",)},
        page_form="{n}版", jump_forms=("（下转{p}）", "（转第{n}版）"), cont_forms=("（上接{p}）", "（接第{n}版）"),
        plans=((["decklead", "lycomment", "brief"], {"front": True, "turn": 0}),
               (["continuation", "photo", "briefcol"], {"page": 2, "blank": "none", "turn": 1}),
               (["lylink", "photo", "bare"], {"blank": "every", "turn": 2}),
               (["lygroup", "deck", "brief"], {"group_credit": "本组图片由临沂日报全媒体记者 {n} 摄"})),
        page_style="0", sections=("要闻", "县区", "经济")),
    fam("set46_b", "常州晚报", _cz_top, _cz_bottom, {by_cz: 1},
        brief_bylines={by_cz_brief: 1}, credits=(cr_cz,), width=(12, 17), per_article_width=True,
        blank={"para": 1, "none": 1}, indent=0.5, letterspace=0.4, stray_spaces=0.06, doubled=0.2, displaced=0.2,
        caption_pool=CZ_CAPTIONS, brief_pool=CZ_BRIEFS, brief_pool_share=0.6, paper_outlet="晚报",
        labels={"column": ("龙城速递", "辖市区快讯"), "bullet": ("▶",)},
        page_form="A{n}", jump_forms=("▶下转{p}版", "（转{p}）"), cont_forms=("◀上接{p}版", "（紧接{p}）"),
        plans=((["decklead", "czservice", "brief"], {"front": True, "turn": 1}),
               (["continuation", "cztalk", "photo"], {"page": 2, "turn": 2}),
               (["czletter", "deck", "briefcol"], {"blank": "every", "turn": 0}),
               (["deck", "photo", "bare"], {"blank": "none"})),
        page_style="A", sections=("常州新闻", "民生", "社会")),
    fam("set46_c", "今日仁怀", _rh_top, _rh_bottom, {by_rh: 1},
        brief_bylines={by_rh_brief: 1}, credits=(cr_rh,), width=(14, 19), blank={"para": 1, "every": 2},
        indent=0.3, letterspace=0.2, stray_spaces=0.05, doubled=0.15, displaced=0.1, caption_pool=RH_CAPTIONS,
        brief_pool=RH_BRIEFS, brief_pool_share=0.7, paper_outlet="本报", weekday_no=1,
        labels={"column": ("镇街动态", "酒乡简讯"), "bullet": ("○",)},
        page_form="第{cn}版", jump_forms=("（下转{p}）", "下转第{n}版"), cont_forms=("（上接{p}）", "上接第{n}版"),
        plans=((["decklead", "rhcomment", "brief"], {"front": True, "turn": 2}),
               (["rhlink", "rhservice"], {"blank": "none", "turn": 0}),
               (["continuation", "rhgroup", "briefcol"], {"page": 2, "turn": 1,
                                                          "group_credit": "本组图片由本报记者 {n} 摄"}),
               (["deck", "photo", "brief"], {"blank": "every"})),
        page_style="plain", sections=("要闻", "镇街", "乡村振兴")),
    fam("set46_d", "中国城乡金融报", _nh_top, _nh_bottom, {by_nh: 1},
        brief_bylines={by_nh_brief: 1}, credits=(cr_nh,), width=(20, 26), blank={"para": 2, "none": 1},
        indent=0.2, letterspace=0.1, stray_spaces=0.02, doubled=0.05, displaced=0.05, caption_pool=NH_CAPTIONS,
        brief_pool=NH_BRIEFS, brief_pool_share=0.7, paper_outlet="本报",
        labels={"column": ("分行动态", "金融简讯"), "bullet": ("□",)},
        page_form="{n2}版", jump_forms=("（下转{p}）", "（转第{n}版）"), cont_forms=("（上接{p}）", "（接第{n}版）"),
        plans=((["decklead", "nhfigures", "brief"], {"front": True, "turn": 0}),
               (["nhtalk", "nhrates"], {"turn": 1}),
               (["continuation", "nhcomment", "briefcol"], {"page": 2, "blank": "every", "turn": 2}),
               (["nhtable", "deck", "photo"], {})),
        page_style="0", sections=("要闻", "县域金融", "综合")),
    fam("set46_e", "中国高新技术产业导报", _gx_top, _gx_bottom, {by_gx: 1},
        brief_bylines={by_gx_brief: 1}, credits=(cr_gx,), width=(18, 24), per_article_width=True,
        blank={"para": 1, "every": 1}, indent=0.3, letterspace=0.2, stray_spaces=0.02, doubled=0.1, displaced=0.1,
        caption_pool=GX_CAPTIONS, brief_pool=GX_BRIEFS, brief_pool_share=0.7, paper_outlet="本报", weekday_no=0,
        labels={"column": ("园区动态", "创新快讯"), "bullet": ("●",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（转{n}版）"), cont_forms=("（上接第{n}版）", "（接{n}版）"),
        plans=((["decklead", "gxfigures", "brief"], {"front": True, "turn": 1}),
               (["continuation", "gxlink", "photo"], {"page": 2, "blank": "none", "turn": 2}),
               (["gxtalk", "briefcol"], {"turn": 0}),
               (["gxcomment", "deck", "photo"], {"blank": "every"})),
        page_style="plain", sections=("高新区", "产业", "创新")),
    fam("set46_f", "体育周报", _ty_top, _ty_bottom, {by_ty: 1},
        brief_bylines={by_ty_brief: 1}, credits=(cr_ty,), width=(15, 20), blank={"para": 2, "every": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.04, doubled=0.15, displaced=0.25, caption_pool=TY_CAPTIONS,
        brief_pool=TY_BRIEFS, brief_pool_share=0.6, paper_outlet="本报", weekday_no=0,
        labels={"column": ("体坛速递", "赛事简讯"), "bullet": ("◆",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（转{cn}版）"), cont_forms=("（上接第{n}版）", "（接{cn}版）"),
        plans=((["decklead", "tycomment", "brief"], {"front": True, "turn": 2}),
               (["tytalk", "photo", "briefcol"], {"blank": "none", "turn": 0}),
               (["continuation", "tynotice", "photo"], {"page": 2, "turn": 1}),
               (["tytable", "deck", "bare"], {"blank": "every"})),
        page_style="0", sections=("综合", "赛事", "全民健身")),
    fam("set46_g", "英中时报", _uk_top, _uk_bottom, {by_uk: 1},
        brief_bylines={by_uk_brief: 1}, credits=(cr_uk,), width=(21, 26), blank={"para": 1, "none": 2},
        indent=0.2, letterspace=0.0, stray_spaces=0.01, doubled=0.05, displaced=0.1, caption_pool=UK_CAPTIONS,
        brief_pool=UK_BRIEFS, brief_pool_share=0.8, paper_outlet="本报", weekday_no=4,
        labels={"column": ("英伦短讯", "侨社动态"), "bullet": ("◎",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（续见第{n}版）"), cont_forms=("（上接第{n}版）", "（续第{n}版）"),
        plans=((["decklead", "ukrates", "brief"], {"front": True, "turn": 0}),
               (["continuation", "photo", "briefcol"], {"page": 2, "turn": 1}),
               (["ukcomment", "deck", "uknotice"], {"blank": "every", "turn": 2}),
               (["uktalk", "bare", "photo"], {"blank": "none"})),
        page_style="plain", sections=("英国新闻", "侨社", "中国新闻")),
]
