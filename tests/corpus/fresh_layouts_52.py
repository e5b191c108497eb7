"""A fifty-second set of development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator or look at how these pages are cut.  Seven papers the corpus had not imitated (checked by
name against the development builders and the README, and against the held-back set only with a script that
names this set's candidate papers a held-back page also has; it named none): a prefecture city daily of
Guangdong (阳江), a county-level city paper of Shandong (胶州), a metro paper of Guangxi (柳州), an evening
paper of Hebei (邯郸), the national papers of fisheries and of population and family health, and a
Chinese-language paper of Italy.  Of the first candidates 湛江日报, 柳州日报, 长治日报, 潍坊日报, 三亚日报, 寿光日报,
滕州日报, 江门日报, 燕赵晚报, 太原晚报, 齐鲁晚报, 南国都市报, 羊城晚报, 北京晚报, 今晚报, 烟台晚报, 南宁晚报, 中国旅游报,
健康报, 农民日报, 金融时报, 中国体育报, 中国证券报, 中国中医药报, 中国畜牧兽医报, 中国医药报, 中国银行保险报, 证券日报,
体坛周报, 足球报, 中国花卉报, 欧洲时报, 中文导报 and 日本新华侨报 were imitated or named already, so they were not taken.
This set's emphasis is the ordinary news page as an archive receives it every week (要闻, 县区, 综合, 镇街, 民生,
柳州新闻, 邯郸新闻, 渔区, 健康, 意大利新闻), each paper printing the common things its own way: its header and footer
lines (where the date stands, how the page and section print, the lunar date, the serial number, editors' lines,
hotlines, app promos), its byline and dateline grammar (the county in 本报X讯, 融媒体记者, 文/图, 南国今报记者 …
报道, a brief `（X渔业局供稿）`, `（X卫健委）`, 据安莎社), its photo credits, its briefs column and bullet, its jump
lines and continuation heads, a commentary with its signature, an interview, a box tied to a story, a service
box, a figures box, a photo group, a reader's letter with its reply, questions and answers on family health,
a price table and a rate box.  Every family wraps its columns by width.

Seeds: FRESH52_SEED_BASE + FRESH52_SEED_STRIDE*family + 1_000*attempt + n (63_060_001 .. 63_469_999).
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

FRESH52_SEED_BASE = 63_000_000
FRESH52_SEED_STRIDE = 60_000

# --------------------------------------------------------------------------- filler (written for this corpus)

YJ_TITLES = ["让“刀剪之都”的招牌更响亮", "把海岸线的风景变成好“钱景”", "港口建设要快更要稳"]
YJ_LINKS = [("相关链接", "", ["阳江濒临南海，海岸线较长，刀剪、海洋渔业和滨海旅游是当地的特色产业。"]),
            ("记者手记", "渔港里的“老船长”", ["跟着老船长出海，一路上他指着海面讲哪里有鱼群、怎么看潮水。"
                                            "他说，守住这片海，日子才能越过越好。"]),
            ("延伸阅读", "", ["近年来，阳江推进老旧小区改造，一批小区铺上了新路面，加装了电梯，居民出行更方便。"])]
YJ_GROUPS = [("海陵岛上开渔忙", ["①渔船驶出闸坡渔港。", "②渔民在码头上搬运渔获。", "③游客在渔港边拍照。"]),
             ("刀剪展销会开幕", ["①客商在展位前挑选刀具。", "②工匠现场展示锻打技艺。", "③市民在展馆里参观。"])]
YJ_CAPTIONS = [("刀剪产业园里，工人在生产线上作业。", "车间一角"), ("阳春的山坡上，茶农在采摘春茶。", ""),
               ("鸳鸯湖公园里，市民在晨练。", "公园晨练"), ("阳西县的田野里，农机在收割水稻。", "")]
YJ_BRIEFS = [("阳东区举办滨海旅游推介会", "近日，阳东区举办滨海旅游推介会，推出一批秋冬旅游线路。"),
             ("阳西县开展渔船安全检查", "日前，阳西县组织人员开展渔船安全检查，排查一批隐患。"),
             ("江城区新建一批社区长者饭堂", "近日，江城区一批社区长者饭堂投入使用，方便老人就近用餐。")]

JZ_SERVICE = ["【出行】胶州湾大桥今日通行正常，雾天请减速慢行。", "【就业】本周四上午，市人力资源市场举办专场招聘会。",
              "【施工】阜安街道某某路段管网施工，请过往车辆绕行。", "【办事】市民服务中心推行“周末不打烊”，周六上午照常办件。",
              "【天气】未来三天晴间多云，北风三到四级，气温8℃至17℃。"]
JZ_LINKS = [("延伸阅读", "", ["胶州地处胶州湾西北岸，秧歌、大白菜和临空经济是当地的几张名片。"]),
            ("记者手记", "田间地头的农技员", ["天刚亮，农技员就背着工具包出发了。一块块菜地，一个个大棚，"
                                            "他们每天要跑十几个村，风雨无阻。"]),
            ("相关链接", "", ["今年以来，全市新建一批高标准农田和蔬菜基地，带动不少群众在家门口增收。"])]
JZ_GROUPS = [("秧歌进社区", ["①演员在广场上表演胶州秧歌。", "②孩子们跟着老师学扭秧歌。", "③居民在台下观看演出。"]),
             ("大白菜丰收", ["①村民在地里收砍大白菜。", "②合作社工人在分拣装箱。", "③货车满载白菜驶出村庄。"])]
JZ_CAPTIONS = [("李哥庄镇的车间里，工人在制作帽子。", "车间忙"), ("游客在少海湿地公园观鸟。", ""),
               ("铺集镇的集市上，群众在选购蔬菜。", "赶大集"), ("工人在城区一处安置小区施工。", "")]
JZ_BRIEFS = [("中云街道开展义诊进社区活动", "近日，中云街道组织医护人员进社区义诊，服务群众百余人次。"),
             ("里岔镇举办蔬菜种植培训班", "日前，里岔镇举办蔬菜种植培训班，数十名种植户参加。"),
             ("胶莱街道新修一批村内道路", "近日，胶莱街道一批村内道路修通，方便群众出行。")]

NG_SERVICE = ["【天气】今天多云，气温16℃至25℃，偏北风二到三级。", "【公交】市区某某路公交线路今起临时改道。",
              "【停水】自来水公司提醒：本周六城中区部分片区计划停水。", "【办事】市民可通过“某某办”平台预约办理不动产登记。",
              "【活动】本周日，柳江边举行市民健步走活动。"]
NG_LETTER_TITLES = ["小区楼道的灯坏了一个多月？", "江边夜市的噪音能不能管一管？"]
NG_REPLIES = ["南国今报回音：记者将情况反映给城中区有关部门，工作人员表示已安排维修，三日内修复。",
              "南国今报回音：鱼峰区城管部门回复，已约谈经营户并划定营业时段，将持续跟踪。"]
NG_PLACES = ("城中区", "鱼峰区", "柳南区", "柳北区")
NG_QUESTIONS = ["这家螺蛳粉店开了多少年了？", "年轻人为什么愿意回到家乡创业？", "柳州的夜经济这几年有哪些新变化？",
                "下一步还有什么打算？"]
NG_CAPTIONS = [("窑埠古镇里，游客在拍照留念。", "古镇游人"), ("百里柳江边，市民在散步。", ""),
               ("龙舟赛上，队员在奋力划桨。", "龙舟竞渡"), ("工人在某某大桥施工现场作业。", "")]
NG_BRIEFS = [("柳北区新增一批口袋公园", "近日，柳北区一批口袋公园建成开放，市民家门口多了休闲去处。"),
             ("柳江区举办农民丰收节", "日前，柳江区举办农民丰收节，展销一批特色农产品。"),
             ("柳南区开展燃气安全进社区活动", "近日，柳南区开展燃气安全进社区活动，提醒居民定期检查燃气管道。")]

HD_TITLES = ["让老城区的烟火气更浓", "早餐摊也要讲规矩", "背街小巷的改造要改到居民心坎上"]
HD_NOTES = ("（作者系邯郸某某学院教授）", "（作者系晚报特约评论员）")
HD_QUESTIONS = ["这家老驴肉火烧店开了多少年了？", "夜市为什么吸引这么多年轻人？", "社区里的老人最关心什么？", "接下来有什么新打算？"]
HD_FIGURES = [("46个", "今年完成改造的老旧小区"), ("1.9万户", "受益居民"), ("268处", "新增停车泊位所在点位"),
              ("96%", "居民满意度"), ("15分钟", "社区生活圈覆盖半径")]
HD_SERVICE = ["【天气】邯郸今天晴转多云，气温6℃至18℃。", "【公交】某某路公交线路今晚延长运营至22:30。",
              "【停暖】热力公司提醒：供热管网本周注水试压，请居民留意家中阀门。", "【演出】本周六晚，市群艺馆上演平调落子专场。",
              "【提示】今日空气质量良，适宜户外活动。"]
HD_GROUPS = [("丛台秋色", ["①游客在丛台公园赏秋。", "②孩子们在湖边喂鸽子。", "③市民在园中打太极拳。"]),
             ("老街新颜", ["①改造后的串城街吸引游客。", "②手艺人在街边制作糖人。", "③居民在树下下象棋。"])]
HD_CAPTIONS = [("夜市里，市民在品尝小吃。", "夜市人气旺"), ("社区食堂里，老人在用餐。", ""),
               ("滏阳河边，市民在夜跑。", "河畔夜跑"), ("工人在道路改造施工现场作业。", "")]
HD_BRIEFS = [("丛台区新开一批社区书屋", "近日，丛台区一批社区书屋开放，居民就近就能借书。"),
             ("永年区举办标准件产品展销会", "日前，永年区举办标准件产品展销会，吸引大量客商。"),
             ("复兴区开展电动自行车安全检查", "近日，复兴区开展电动自行车安全检查，排查一批隐患。")]

YY_FIGURES = [("5460万吨", "前三季度水产品总产量"), ("3.2%", "水产养殖产量同比增长"), ("128个", "新创建的国家级海洋牧场"),
              ("2.4万艘", "完成更新改造的渔船"), ("98%", "水产品抽检合格率")]
YY_QUESTIONS = ["今年以来渔业生产有哪些新变化？", "合作社是怎样推进稻渔综合种养的？", "在渔船安全上有哪些好做法？",
                "对渔区年轻人有什么寄语？"]
YY_TITLES = ["休渔期要管得住更要帮得上", "让渔民从“靠海吃海”到“养海护海”", "水产种业要靠科技创新"]
YY_NOTES = ("（作者系某某水产研究所研究员）", "（作者单位：某某海洋大学水产学院）")
YY_TABLE = ["草鱼 14.60 +2.1%", "鲢鱼 7.80 -1.3%", "大黄鱼 38.00 +4.5%", "南美白对虾 42.00 +3.2%",
            "鲫鱼 16.20 +0.6%", "梭子蟹 96.00 -2.8%"]
YY_CAPTIONS = [("渔民在网箱边投喂饲料。", "网箱养殖"), ("育苗车间里，技术人员在查看鱼苗。", ""),
               ("增殖放流活动现场，鱼苗被放入江中。", "增殖放流"), ("渔政人员在港口检查渔船证书。", "")]
YY_BRIEFS = [("某某省开展伏季休渔执法检查", "近日，某某省渔政部门开展伏季休渔执法检查，查处一批违规行为。"),
             ("某某县举办稻渔综合种养现场会", "日前，某某县举办稻渔综合种养现场会，数十家合作社参加。"),
             ("水产养殖技能竞赛举行", "近日，全国水产养殖技能竞赛举行，数十名选手参赛。")]

RK_ASKS = [("孩子发烧了，什么时候该去医院？", "体温持续不退、精神差、抽搐或者呼吸急促的，要及时就医；"
            "一般发热可以先多喝水、注意休息，按医嘱用药。"),
           ("老人血压忽高忽低，怎么办？", "先规律测量并记录血压，按时服药，不要自行停药或加量；"
            "波动明显的，要到医院调整用药。"),
           ("孕期可以接种疫苗吗？", "部分疫苗可以接种，部分不宜接种。孕妇接种前应咨询产科医生，"
            "按照医生建议进行。"),
           ("家庭医生签约后能享受哪些服务？", "可以享受健康评估、慢病随访、用药指导等服务，"
            "具体内容可以向所在社区卫生服务中心咨询。")]
RK_SERVICE = ["【义诊】本周六上午，某某医院在社区广场举办义诊。", "【提示】流感高发季，老人和儿童可就近接种流感疫苗。",
              "【讲座】某某妇幼保健院本周五开讲孕期营养课。", "【热线】心理援助热线全天开通，可电话咨询。",
              "【服务】部分社区卫生服务中心周末照常开诊。"]
RK_FIGURES = [("4.2亿人", "家庭医生签约服务覆盖人数"), ("96%", "县域内就诊率"), ("3.1万个", "托育机构数量"),
              ("78.6岁", "人均预期寿命"), ("15.6万个", "基层医疗卫生机构中医馆")]
RK_TITLES = ["让“一老一小”更有依靠", "家庭医生要签得上更要用得好", "健康生活要从每一个家庭做起"]
RK_NOTES = ("（作者单位：某某省卫生健康委员会）", "（作者系某某大学公共卫生学院教授）")
RK_CAPTIONS = [("家庭医生上门为老人测量血压。", "签约上门"), ("托育中心里，老师在陪孩子做游戏。", ""),
               ("村医在卫生室为群众看病。", "村医坐诊"), ("志愿者在社区讲解健康知识。", "")]
RK_BRIEFS = [("某某省开展家庭健康服务月活动", "近日，某某省卫生健康委员会开展家庭健康服务月活动，送医送药到村。"),
             ("某某市新建一批普惠托育机构", "日前，某某市新建一批普惠托育机构，家长就近就能送托。"),
             ("卫生健康系统开展“最美家庭医生”评选", "近日，卫生健康系统开展“最美家庭医生”评选，一批基层医生获表彰。")]

OH_RATES = ("欧元 7.82 人民币", "美元 0.92 欧元", "英镑 1.17 欧元", "瑞士法郎 1.06 欧元", "黄金（每克） 78.50 欧元")
OH_TITLES = ["让华裔孩子记住乡音", "华商要抓住转型新机遇", "侨团要为社区多办实事"]
OH_QUESTIONS = ["华人商家这两年的经营有哪些变化？", "中文学校的孩子们学习热情怎么样？", "侨团在社区里做了哪些公益事？",
                "今后还有什么打算？"]
OH_CAPTIONS = [("罗马华人在举办中秋联欢会。", "中秋联欢"), ("普拉托的市场上，客商在选购服装。", ""),
               ("中文学校的学生在表演舞狮。", "舞狮迎春"), ("游客在米兰大教堂广场上游览。", "")]
OH_BRIEFS = [("罗马某某侨团举办敬老活动", "日前，罗马一家侨团举办敬老活动，为长者送去慰问。"),
             ("米兰举办中文演讲比赛", "近日，米兰举办中文演讲比赛，数十名学生参赛。"),
             ("佛罗伦萨新开通一条机场巴士线路", "日前，佛罗伦萨新开通一条机场巴士线路，方便旅客出行。")]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


YJ_COUNTIES = ("阳春", "阳东", "阳西", "海陵", "高新区")
by_yj = chosen(Above("阳江日报记者 {0!l}"), Form("本报{c0}讯（记者 {0} 通讯员 {1}）", 2, choices=(YJ_COUNTIES,)),
               Above("记者 {0!l} 实习生 {1}", 2), turn="by", drawn=2)
by_yj_brief = turns(Form("本报{c0}讯（通讯员 {0}）", choices=(YJ_COUNTIES,)),
                    Form("（{c0}融媒体中心 {0}）", choices=(("阳春市", "阳西县", "阳东区"),), **TRAIL))

JZ_TOWNS = ("阜安街道", "中云街道", "李哥庄镇", "胶莱街道", "铺集镇", "里岔镇")
by_jz = taking_turns(chosen(Above("胶州市融媒体中心记者 {0!l}")), chosen(Above("融媒体记者 {0!l} 通讯员 {1}", 2), drawn=2),
                     chosen(Form("本报讯（融媒体记者 {0} {1}）", 2), drawn=2))
by_jz_brief = turns(Form("（{c0} {0}）", choices=(JZ_TOWNS,), **TRAIL), Form("本报讯（通讯员 {0}）", line_share=0.3))

by_ng = chosen(Above("南国今报记者 {0!l}"), Above("记者 {0!l} 实习生 {1}", 2),
               Above("文/图 南国今报记者 {0!l}", photo=True), turn="by", drawn=2)
by_ng_brief = turns(Form("本报讯（记者 {0}）"), Form("（今报记者 {0}）", **TRAIL))

by_hd = chosen(Above("邯郸晚报记者 {0!l}"), Above("晚报记者 {0!l} 通讯员 {1}", 2),
               Above("本报记者 {0!l} 文/图", photo=True), turn="by", drawn=2)
by_hd_brief = turns(Form("（晚报记者 {0}）", **TRAIL), Form("本报讯（记者 {0}）", line_share=0.3))

by_yy = chosen(Above("本报记者 {0!l}"), Above("本报通讯员 {0!l} 记者 {1}", 2),
               Form("本报讯（记者 {0} 通讯员 {1}）", 2), turn="by", drawn=2)
by_yy_brief = turns(Form("本报讯（通讯员 {0}）"), Form("（{c0}供稿）", 0, choices=(("某某县渔业局", "某某市渔政支队", "某某水产站"),),
                                                       **TRAIL))

by_rk = chosen(Above("本报记者 {0!l} 发自{c0}", choices=(("石家庄", "太原", "南宁", "海口"),)),
               Above("本报记者 {0!l} 通讯员 {1}", 2), Above("■本报记者 {0!l}"), turn="by", drawn=2)
by_rk_brief = turns(Form("本报讯（通讯员 {0}）"), Form("（{c0}卫健委）", 0, choices=(("某某省", "某某市"),), **TRAIL))

by_oh = taking_turns(chosen(Above("本报记者 {0!l}")), dateline("本报罗马{m}月{d}日讯（记者 {0}）", 1),
                     dateline("据安莎社{m}月{d}日报道 ", 0, hint="agency"))
by_oh_brief = turns(Form("■本报讯 ", 0), Form("（欧华综合）", 0, **TRAIL))


# --------------------------------------------------------------------------- photo credits


cr_yj = _credit_turns(("阳江日报记者 {n} 摄", "（通讯员 {n} 摄）", "（资料图片）"))
cr_jz = _credit_turns(("融媒体记者 {n} 摄", "（{n} 摄）", "（镇街供图）"))
cr_ng = _credit_turns(("南国今报记者 {n} 摄", "（{n}/摄）", "（受访者供图）"))
cr_hd = _credit_turns(("晚报记者 {n} 摄", "（{n} 摄）", "（图片由主办方提供）"))
cr_yy = _credit_turns(("（通讯员 {n} 摄）", "本报记者 {n}/摄", "（渔政部门供图）"))
cr_rk = _credit_turns(("本报记者 {n}/摄", "（卫健委供图）", "（{n} 摄）"))
cr_oh = _credit_turns(("（本报记者 {n} 摄）", "（安莎社图片）", "（{n} 摄）"))


# --------------------------------------------------------------------------- builder


class Fresh52Builder(Fresh43Builder):

    # -------------------------------------------------------------- set52_a

    def slot_yjcomment(self):
        return self.staff_comment(("漠阳时评", "阳江论坛"), YJ_TITLES, sign=self.rng.choice(("本报评论员", "阳江日报评论员")))

    def slot_yjlink(self):
        return self.tied_box(YJ_LINKS)

    def slot_yjgroup(self):
        return self.numbered_photos(YJ_GROUPS)

    # -------------------------------------------------------------- set52_b

    def slot_jzservice(self):
        return self.service(("便民服务", "胶州资讯"), JZ_SERVICE)

    def slot_jzlink(self):
        return self.tied_box(JZ_LINKS)

    def slot_jzgroup(self):
        return self.numbered_photos(JZ_GROUPS)

    # -------------------------------------------------------------- set52_c

    def slot_ngservice(self):
        return self.service(("今报提醒", "龙城生活"), NG_SERVICE)

    def slot_ngletter(self):
        return self.reply_letter(NG_LETTER_TITLES, NG_REPLIES, NG_PLACES)

    def slot_ngtalk(self):
        return self.interview(("今报访谈", "面对面"), NG_QUESTIONS, ("南国今报：", "记者："))

    # -------------------------------------------------------------- set52_d

    def slot_hdcomment(self):
        return self.noted_comment(("晚报时评", "赵都观察"), HD_TITLES, ("□", "文/"), HD_NOTES)

    def slot_hdtalk(self):
        return self.interview(("晚报对话", "街坊说"), HD_QUESTIONS, ("晚报：", "记者："))

    def slot_hdfigures(self):
        return self.figures(("数读", "数说民生"), HD_FIGURES, title="老旧小区改造成绩单")

    def slot_hdservice(self):
        return self.service(("晚报提醒", "生活服务"), HD_SERVICE)

    def slot_hdgroup(self):
        return self.numbered_photos(HD_GROUPS)

    # -------------------------------------------------------------- set52_e

    def slot_yyfigures(self):
        return self.figures(("数说", "渔业数据"), YY_FIGURES, title="渔业经济运行一览")

    def slot_yytalk(self):
        return self.interview(("渔区访谈", "对话"), YY_QUESTIONS, ("中国渔业报：", "记者："))

    def slot_yycomment(self):
        return self.noted_comment(("渔业时评", "行业观察"), YY_TITLES, ("◎", "文/"), YY_NOTES)

    def slot_yytable(self):
        rng = self.rng
        rows = rng.sample(YY_TABLE, rng.choice((4, 5)))
        return self.wide_table(("行情", "价格监测"), "本周重点水产品批发价格", rng.choice(("品种 价格（元/公斤） 环比", "品名 均价 涨跌")),
                               rows, ("数据来源：某某水产品批发市场", "注：环比为与上周相比"))

    # -------------------------------------------------------------- set52_f

    def slot_rkasks(self):
        return self.asks(("健康课堂", "家庭医生问答"), self.rng.choice(("家里有老人孩子，这些事要知道", "健康有疑问 这里来解答")),
                         RK_ASKS, "某某市妇幼保健院 {}")

    def slot_rkservice(self):
        return self.service(("健康提示", "服务信息"), RK_SERVICE, title="便民健康信息")

    def slot_rkfigures(self):
        return self.figures(("数说", "数据"), RK_FIGURES, title="卫生健康事业发展情况")

    def slot_rkcomment(self):
        return self.noted_comment(("人口论坛", "健康观察"), RK_TITLES, ("□", "◎"), RK_NOTES)

    # -------------------------------------------------------------- set52_g

    def slot_ohrates(self):
        return self.service(("今日汇率", "汇率金价"), OH_RATES, title="欧元汇率参考价")

    def slot_ohcomment(self):
        return self.staff_comment(("欧华短评", "本报评论"), OH_TITLES, sign=self.rng.choice(("本报评论员", "本报编辑部")))

    def slot_ohtalk(self):
        return self.interview(("侨界人物", "访谈"), OH_QUESTIONS, ("本报：", "问："))


# --------------------------------------------------------------------------- furniture


_yj_top = furniture(
    (0.5, [ln("{sec}", page=None), ln("第{n}版", page="{n}"), ln("阳江日报 {y}年{m}月{d}日 {wd}", paper=True, date=True),
           "责任编辑 {name} 美编 {name} 校对 {name}"]),
    [ln("{n:02d} {sec}", page="{n:02d}"), ln("{date} 农历{slunar}", date=True), "编辑 {name} 校对 {name}"],
    front=[masthead("阳江日报"), "YANGJIANG DAILY", "中共阳江市委机关报", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:9000-9999}期 今日{pages}版", "国内统一连续出版物号 CN 44-0000", "阳江日报网 www.example.cn"])
_yj_bottom = furniture((0.5, ["阳江日报社出版 地址：阳江市江城区某某路{no:1-99}号 新闻热线 {tel:0662}"]),
                       ["下载“阳江日报”客户端 看更多本地新闻", opt(0.5, ["零售价1.00元 全年订价288元"])])

_jz_top = furniture(
    (0.5, [ln("今日胶州", paper=True), ln("{date} {wd}", date=True), ln("第{n}版 {sec}", page="{n}"), "本版编辑 {name}"]),
    [ln("{sec}", page=None), ln("{n}", page="{n}"), DATED, "责编：{name} 校对：{name}"],
    front=[masthead("今日胶州"), "中共胶州市委主管 胶州市融媒体中心主办", ln("{date} {wd}", date=True), "农历{lunar}",
           "第{no:2000-2999}期 今日{pages}版", "内部资料 鲁内资准字某某号 免费赠阅"])
_jz_bottom = furniture((0.5, ["胶州市融媒体中心 地址：胶州市阜安街道某某路{no:1-99}号 电话：{tel:0532}"]),
                       ["关注“爱胶州”客户端", opt(0.5, ["印刷：青岛某某印务有限公司"])])

_ng_top = furniture(
    (0.5, [ln("南国今报 {sec}", paper=True), ln("A{n:02d}", page="A{n:02d}"), ln("{y}年{m}月{d}日 {wd}", date=True),
           "首席编辑 {name} 美编 {name} 校对 {name}"]),
    [ln("A{n:02d} {sec}", page="A{n:02d}"), ln("{y}.{m:02d}.{d:02d} {wd}", date=True), "南国今报"],
    front=[masthead("南国今报"), "NANGUO TODAY", "广西日报传媒集团主管主办", ln("{date} {wd}", date=True), "农历{slunar}",
           "今日{pages}版 第{no:7000-7999}期", "新闻热线 {tel:0772} 零售价1.00元"])
_ng_bottom = furniture((0.5, ["南国今报报料热线 {tel:0772} 南国今报网 www.example.com"]),
                       ["南国今报社 地址：柳州市城中区某某路{no:1-99}号", opt(0.5, ["下载“南国今报”客户端 报料有奖"])])

_hd_top = furniture(
    (0.5, [ln("{y}年{m}月{d}日 {wd}", date=True), ln("邯郸晚报", paper=True), ln("A{n} {sec}", page="A{n}"),
           "编辑 {name} 版式 {name} 校对 {name}"]),
    [ln("A{n}", page="A{n}"), ln("{sec}", page=None), ln("{y}.{m}.{d} {wd} 农历{slunar}", date=True)],
    front=[masthead("邯郸晚报"), "HANDAN EVENING NEWS", "邯郸日报社主管主办", ln("{date} {wd}", date=True),
           "农历{lunar}", "第{no:5000-5999}期 今日{pages}版", "新闻热线 {tel:0310} 零售价1.00元"])
_hd_bottom = furniture((0.5, ["邯郸晚报报料热线 {tel:0310} 微信报料：邯郸晚报"]),
                       ["邯郸晚报社 地址：邯郸市丛台区某某路{no:1-99}号", opt(0.5, ["广告热线 {tel:0310}"])])

_yy_top = furniture(
    (0.5, [ln("中国渔业报", paper=True), ln("{n}", page="{n}"), "{sec}", ln("{date} {wd}", date=True)]),
    [ln("第{n}版 {sec}", page="{n}"), ln("{y}年{m}月{d}日", date=True), "责任编辑 {name} 电话：{tel:010}"],
    front=[masthead("中国渔业报"), "CHINA FISHERIES NEWS", "中国农业出版社有限公司主管主办", ln("{date} {wd}", date=True),
           "第{no:2000-2999}期 每周二出版", "本期{pages}版 国内统一连续出版物号 CN 11-0000"])
_yy_bottom = furniture((0.5, ["中国渔业报社 地址：北京市朝阳区某某街{no:1-99}号 邮编100000"]),
                       ["订阅热线 {tel:010} 邮发代号1-00", opt(0.5, ["中国渔业报网 www.example.com"])])

_rk_top = furniture(
    (0.5, [ln("{date} {wd}", date=True), ln("中国人口报", paper=True), ln("{sec} 第{n}版", page="{n}")]),
    [ln("{ssec}", page=None), ln("{n:02d}", page="{n:02d}"), ln("{date}", date=True), "主编 {name} 责任编辑 {name}"],
    front=[masthead("中国人口报"), "CHINA POPULATION NEWS", "国家卫生健康委员会主管", ln("{date} {wd}", date=True),
           "第{no:7000-7999}期 今日{pages}版", "邮发代号1-00 国内统一连续出版物号 CN 11-0000"])
_rk_bottom = furniture((0.5, ["中国人口报社 地址：北京市海淀区某某路{no:1-99}号 发行热线 {tel:010}"]),
                       ["读者服务热线 {tel:010}", opt(0.5, ["本报常年法律顾问：北京某某律师事务所"])])

_oh_top = furniture(
    (0.5, [ln("第{n}版", page="{n}"), ln("{sec}", page=None), ln("欧华报", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True)]),
    [ln("{sec}", page=None), ln("{n:02d}", page="{n:02d}"), ln("{date} 农历{slunar}", date=True)],
    front=[masthead("欧华报"), "EUROPE CHINA NEWS", "意大利中文报", ln("{y}年{m}月{d}日（{wd}）", date=True), "农历{slunar}",
           "第{no:1000-1999}期 今日{pages}版 定价1.50欧元", "罗马某某路{no:1-99}号 电话 06-{no:1000-9999}-{no:1000-9999}"])
_oh_bottom = furniture((0.5, ["广告部电话 06-{no:1000-9999}-{no:1000-9999} 发行部电话 06-{no:1000-9999}-{no:1000-9999}"]),
                       ["欧华报网站 www.example.com", opt(0.5, ["欢迎订阅 欢迎刊登广告"])])


@dataclasses.dataclass
class Fresh52Family(Fresh43Family):
    seed_stride: int = FRESH52_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh52Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh52Builder, justified=True,
                         **kw)


FRESH52_FAMILIES = [
    fam("set52_a", "阳江日报", _yj_top, _yj_bottom, {by_yj: 1},
        brief_bylines={by_yj_brief: 1}, credits=(cr_yj,), width=(15, 20), blank={"para": 1, "none": 1},
        indent=0.5, letterspace=0.25, stray_spaces=0.04, doubled=0.1, displaced=0.1, caption_pool=YJ_CAPTIONS,
        brief_pool=YJ_BRIEFS, brief_pool_share=0.6, paper_outlet="阳江日报",
        labels={"column": ("县区传真", "阳江简讯"), "bullet": ("◆",)},
        page_form="第{cn}版", jump_forms=("（下转第{cn}版）", "（转{n}版）"), cont_forms=("（上接第{cn}版）", "（接{n}版）"),
        plans=((["decklead", "yjcomment", "brief"], {"front": True, "turn": 1}),
               (["yjlink", "photo", "briefcol"], {"turn": 2}),
               (["continuation", "deck", "photo"], {"page": 2, "blank": "every", "turn": 0}),
               (["yjgroup", "deck", "brief"], {"blank": "none", "group_credit": "本组图片由{p}记者 {n} 摄"})),
        page_style="plain", sections=("要闻", "县区", "经济")),
    fam("set52_b", "今日胶州", _jz_top, _jz_bottom, {by_jz: 1},
        brief_bylines={by_jz_brief: 1}, credits=(cr_jz,), width=(13, 17), blank={"para": 1, "every": 1},
        indent=0.4, letterspace=0.35, stray_spaces=0.05, doubled=0.15, displaced=0.15, caption_pool=JZ_CAPTIONS,
        brief_pool=JZ_BRIEFS, brief_pool_share=0.6, paper_outlet="本报",
        labels={"column": ("镇街传真", "胶州简讯"), "bullet": ("●",)},
        page_form="{n}版", jump_forms=("（下转{p}）", "（转第{cn}版）"), cont_forms=("（上接{p}）", "（接第{cn}版）"),
        plans=((["decklead", "jzservice", "brief"], {"front": True, "turn": 2}),
               (["jzgroup", "deck", "photo"], {"turn": 0, "group_credit": "本组图片由融媒体记者 {n} 摄"}),
               (["continuation", "jzlink", "briefcol"], {"page": 2, "blank": "none", "turn": 1}),
               (["deck", "photo", "bare"], {"blank": "every"})),
        page_style="plain", sections=("综合", "镇街", "民生")),
    fam("set52_c", "南国今报", _ng_top, _ng_bottom, {by_ng: 1},
        brief_bylines={by_ng_brief: 1}, credits=(cr_ng,), width=(17, 22), per_article_width=True,
        blank={"para": 2, "every": 1}, indent=0.3, letterspace=0.15, stray_spaces=0.03, doubled=0.1, displaced=0.1,
        caption_pool=NG_CAPTIONS, brief_pool=NG_BRIEFS, brief_pool_share=0.7, paper_outlet="南国今报",
        labels={"column": ("龙城速递", "今报快讯"), "bullet": ("▶",)},
        page_form="A{n2}版", jump_forms=("（下转A{n2}）", "（转{p}）"), cont_forms=("（上接A{n2}）", "（接{p}）"),
        plans=((["decklead", "ngservice", "brief"], {"front": True, "turn": 1}),
               (["ngtalk", "photo"], {"blank": "none", "turn": 2}),
               (["continuation", "ngletter", "briefcol"], {"page": 2, "turn": 0}),
               (["deck", "photo", "brief"], {"blank": "every"})),
        page_style="A0", sections=("柳州新闻", "民生", "区县")),
    fam("set52_d", "邯郸晚报", _hd_top, _hd_bottom, {by_hd: 1},
        brief_bylines={by_hd_brief: 1}, credits=(cr_hd,), width=(18, 23), per_article_width=True,
        blank={"para": 1, "every": 1}, indent=0.2, letterspace=0.1, stray_spaces=0.02, doubled=0.05, displaced=0.1,
        caption_pool=HD_CAPTIONS, brief_pool=HD_BRIEFS, brief_pool_share=0.7, paper_outlet="邯郸晚报",
        labels={"column": ("赵都速递", "晚报快讯"), "bullet": ("☆",)},
        page_form="A{n}", jump_forms=("（下转A{n}）", "▶转{p}版"), cont_forms=("（上接A{n}）", "◀接{p}版"),
        plans=((["decklead", "hdcomment", "brief"], {"front": True, "turn": 0}),
               (["hdgroup", "deck", "briefcol"], {"blank": "none", "turn": 2,
                                                  "group_credit": "本组图片由晚报记者 {n} 摄"}),
               (["continuation", "hdtalk", "hdfigures"], {"page": 2, "blank": "every", "turn": 1}),
               (["hdservice", "deck", "photo"], {})),
        page_style="A", sections=("邯郸新闻", "区县", "民生")),
    fam("set52_e", "中国渔业报", _yy_top, _yy_bottom, {by_yy: 1},
        brief_bylines={by_yy_brief: 1}, credits=(cr_yy,), width=(19, 24), blank={"para": 2, "none": 1},
        indent=0.3, letterspace=0.15, stray_spaces=0.02, doubled=0.05, displaced=0.05, caption_pool=YY_CAPTIONS,
        brief_pool=YY_BRIEFS, brief_pool_share=0.7, paper_outlet="本报", weekday_no=1,
        labels={"column": ("渔区动态", "行业快讯"), "bullet": ("■",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（转第{n}版）"), cont_forms=("（上接第{n}版）", "（接第{n}版）"),
        plans=((["decklead", "yyfigures", "brief"], {"front": True, "turn": 2}),
               (["yytalk", "photo"], {"blank": "every", "turn": 0}),
               (["continuation", "yycomment", "briefcol"], {"page": 2, "turn": 1}),
               (["yytable", "deck", "bare"], {"blank": "none"})),
        page_style="plain", sections=("要闻", "渔区", "市场")),
    fam("set52_f", "中国人口报", _rk_top, _rk_bottom, {by_rk: 1},
        brief_bylines={by_rk_brief: 1}, credits=(cr_rk,), width=(16, 21), blank={"para": 1, "none": 1},
        indent=0.2, letterspace=0.2, stray_spaces=0.03, doubled=0.1, displaced=0.1, caption_pool=RK_CAPTIONS,
        brief_pool=RK_BRIEFS, brief_pool_share=0.7, paper_outlet="本报",
        labels={"column": ("各地卫健", "健康简讯"), "bullet": ("▲",)},
        page_form="{n2}版", jump_forms=("（下转{n2}版）", "（转第{n}版）"), cont_forms=("（上接{n2}版）", "（接第{n}版）"),
        plans=((["decklead", "rkfigures", "brief"], {"front": True, "turn": 1}),
               (["rkasks", "deck"], {"blank": "every", "turn": 2}),
               (["continuation", "rkcomment", "briefcol"], {"page": 2, "turn": 0}),
               (["rkservice", "deck", "photo"], {"blank": "none"})),
        page_style="0", sections=("要闻", "健康", "家庭")),
    fam("set52_g", "欧华报", _oh_top, _oh_bottom, {by_oh: 1},
        brief_bylines={by_oh_brief: 1}, credits=(cr_oh,), width=(18, 24), blank={"para": 1, "every": 1},
        indent=0.2, letterspace=0.05, stray_spaces=0.02, doubled=0.05, displaced=0.1, caption_pool=OH_CAPTIONS,
        brief_pool=OH_BRIEFS, brief_pool_share=0.8, paper_outlet="本报",
        labels={"column": ("侨界简讯", "意大利快讯"), "bullet": ("◇",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（续第{n}版）"), cont_forms=("（上接第{n}版）", "（续前）"),
        plans=((["decklead", "ohrates", "brief"], {"front": True, "turn": 0}),
               (["ohcomment", "photo", "briefcol"], {"blank": "none", "turn": 1}),
               (["continuation", "deck", "brief"], {"page": 2, "turn": 2}),
               (["ohtalk", "bare", "photo"], {"blank": "every"})),
        page_style="plain", sections=("意大利新闻", "侨社", "欧洲")),
]
