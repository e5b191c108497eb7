"""A fifty-fifth set of development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator or look at how these pages are cut.  Seven papers of the east and the far west, of
earthquake relief and of food-safety regulation and of Macau that the corpus had not imitated (checked by
name against the development builders and the README, and against the held-back set only with a script that
names this set's candidate papers a held-back page also has; it named none): a prefecture city daily of
Ningxia (吴忠), a county-level city paper of the Xinjiang corps (石河子), a metro paper of Fujian (海西晨报), an
evening paper of Shandong (潍坊), the national papers of earthquake relief (中国地震报) and of food-safety
regulation (中国食品安全报), and a Chinese-language daily of Macau (现代澳门日报).  Of the first candidates
毕节日报, 寿光日报, 石狮日报, 福清侨乡报, 滕州日报, 西宁晚报, 银川晚报, 拉萨晚报, 烟台晚报, 半岛都市报, 合肥晚报, 新安晚报,
福州晚报, 厦门晚报, 东南快报, 乌鲁木齐晚报, 西海都市报, 遵义日报, 伊犁日报, 晋江经济报, 中国交通报, 中国水运报,
中国市场监管报, 中国应急管理报, 中国消费者报, 中国质量报, 中国航空报, 人民铁道, 黄河报, 人民长江报, 中国医药报, 中国国门时报,
市民日报, 华侨报, 香港商报, 成报, 东方日报, 新华澳报, 濠江日报, 信报 and 香港经济日报 were imitated or named already, so
they were not taken.
This set's emphasis is the ordinary news page as an archive receives it every week (要闻, 县区, 团场, 厦门新闻,
潍坊新闻, 防震减灾, 监管, 澳闻), each paper printing the common things its own way: its header and footer lines
(where the date stands, how the page and section print, the lunar date, the serial number, editors' lines,
hotlines, app promos), its byline and dateline grammar (the county in 本报X讯, a 团场's 通讯员, 晨报记者 with 文/图,
□本报记者, a provincial bureau's 供稿, 本报驻X记者站, 【本报讯】 and 据澳门特区政府新闻局), its photo credits, its
briefs column and bullet, its jump lines and continuation heads, a commentary with its signature, an
interview, a box tied to a story, a service box, a figures box, a photo group, a reader's letter with its
reply, questions and answers on earthquake safety and on food safety, a table of sampling results, a rate box.
Every family wraps its columns by width.

Seeds: FRESH55_SEED_BASE + FRESH55_SEED_STRIDE*family + 1_000*attempt + n (66_060_001 .. 66_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (comment titles,
questions and answers, notes, service and rate rows, figures, table rows, letters' titles and replies,
captions, briefs); names, figures, phone numbers and addresses are made up.
"""
from __future__ import annotations

import dataclasses

from fresh_layouts_5 import _credit_turns
from fresh_layouts_40 import dateline, taking_turns
from fresh_layouts_43 import Fresh43Builder, Fresh43Family
from layout_kit import TRAIL, Above, Form, chosen, furniture, ln, masthead, opt, turns

FRESH55_SEED_BASE = 66_000_000
FRESH55_SEED_STRIDE = 60_000

# --------------------------------------------------------------------------- filler (written for this corpus)

WZ_TITLES = ["让黄河水浇出更多好收成", "移民新村要留得住人", "枸杞产业要在品质上下功夫"]
WZ_LINKS = [("新闻链接", "", ["吴忠地处宁夏中部，黄河穿城而过，滩羊、奶产业和枸杞是当地的特色产业。"]),
            ("采访札记", "渠边的“老把式”", ["老马在渠边守了二十多年，哪段渠该清淤、哪个闸该开几分，他心里都有数。"
                                           "他说，水管好了，庄稼才长得好。"]),
            ("背景", "", ["近年来，吴忠持续推进引黄灌区节水改造，一批干渠支渠完成砌护，灌溉用水更省了。"])]
WZ_GROUPS = [("黄河岸边稻花香", ["①农户在稻田里查看长势。", "②游客在黄河湿地观鸟。", "③无人机在田间喷洒叶面肥。"]),
             ("滩羊出栏季", ["①养殖户在圈舍里喂羊。", "②工人在加工车间分割羊肉。", "③客商在交易市场选购滩羊。"])]
WZ_CAPTIONS = [("青铜峡市的田野里，农机在收割水稻。", "稻浪翻滚"), ("盐池县的草原上，牧民在放牧滩羊。", ""),
               ("同心县的移民新村里，村民在晾晒枸杞。", "晒红果"), ("利通区的工业园里，工人在生产线上作业。", "")]
WZ_BRIEFS = [("红寺堡区举办葡萄酒品鉴会", "近日，红寺堡区举办葡萄酒品鉴会，推介一批本地酒庄产品。"),
             ("盐池县开展草原防火演练", "日前，盐池县组织开展草原防火演练，提高扑救能力。"),
             ("青铜峡市新建一批农村老年饭桌", "近日，青铜峡市一批农村老年饭桌开餐，老人吃饭更方便了。")]

SH_SERVICE = ["【供暖】供热公司提醒：城区管网本周注水试压，请居民关好家中阀门。", "【招聘】本周三上午，师市人力资源市场举办专场招聘会。",
              "【交通】北四路某某路段管网改造，请车辆绕行。", "【办事】政务服务中心周六上午照常办理户籍业务。",
              "【天气】未来三天晴到多云，气温-2℃至12℃，早晚温差大。"]
SH_LINKS = [("相关链接", "", ["石河子是一座军垦新城，周边团场以棉花、番茄和葡萄种植为主，机械化程度较高。"]),
            ("记者手记", "条田里的植棉能手", ["天不亮，老张就骑着电动车进了条田。滴灌带有没有漏水、棉桃结得好不好，"
                                            "他一眼就能看出来。"]),
            ("延伸阅读", "", ["今年以来，师市一批高标准农田建成投用，团场职工种地更省心。"])]
SH_GROUPS = [("万亩棉田采收忙", ["①采棉机在条田里作业。", "②棉花运输车排队交售。", "③工人在轧花厂堆放棉包。"]),
             ("军垦新城秋色浓", ["①市民在公园里赏秋。", "②游客参观军垦博物馆。", "③孩子们在广场上放风筝。"])]
SH_CAPTIONS = [("一四三团的条田里，职工在检修滴灌设备。", "田间忙"), ("游客在军垦第一连参观。", ""),
               ("石总场的果园里，职工在采摘葡萄。", "葡萄熟了"), ("工人在城区一处供热管网改造现场施工。", "")]
SH_BRIEFS = [("一三三团开展冬季消防安全检查", "近日，一三三团开展冬季消防安全检查，排查一批隐患。"),
             ("一四一团举办职工技能培训班", "日前，一四一团举办农机驾驶技能培训班，数十名职工参加。"),
             ("一四二团新修一批连队道路", "近日，一四二团一批连队道路修通，方便职工出行。")]

HX_SERVICE = ["【天气】今天多云，气温20℃至27℃，东北风三到四级，海面风力较大。", "【地铁】地铁某号线今晚延长运营至23:30。",
              "【停水】明日9:00至18:00，湖里区某某路片区计划停水。", "【轮渡】受大风影响，部分航线今日上午暂停。",
              "【活动】本周六上午，市图书馆举办亲子阅读会。"]
HX_LETTER_TITLES = ["小区门口的公交站牌不见了？", "楼下早餐店占道经营能不能管？"]
HX_REPLIES = ["晨报跟进：记者将情况反映给思明区有关部门，工作人员表示站牌因道路施工临时拆除，下周恢复。",
              "晨报跟进：湖里区城管部门回复，已约谈店主并督促整改，将持续跟踪。"]
HX_PLACES = ("思明区", "湖里区", "集美区", "海沧区")
HX_QUESTIONS = ["这家沙茶面店开了多少年了？", "台湾青年为什么愿意来厦门创业？", "老街改造后有哪些新变化？",
                "接下来有什么打算？"]
HX_CAPTIONS = [("环岛路上，市民在骑行。", "海风习习"), ("中山路步行街上，游客在选购伴手礼。", ""),
               ("鼓浪屿码头，游客排队登船。", "登岛"), ("工人在某某大桥施工现场作业。", "")]
HX_BRIEFS = [("集美区新增一批公共停车泊位", "近日，集美区一批公共停车泊位投入使用，缓解停车难。"),
             ("海沧区举办社区邻里节", "日前，海沧区举办社区邻里节，数百名居民参加。"),
             ("同安区开展防溺水安全宣传", "近日，同安区开展防溺水安全宣传，提醒家长看护好孩子。")]

WF_TITLES = ["风筝都的名片要越擦越亮", "老旧小区改造要改到群众心坎上", "农村寄递要打通最后一公里"]
WF_NOTES = ("（作者系潍坊某某学院副教授）", "（作者系晚报特约评论员）")
WF_QUESTIONS = ["这家风筝作坊传了几代人？", "年画里最难的是哪道工序？", "年轻人为什么喜欢上了非遗？", "今后有什么新打算？"]
WF_FIGURES = [("52个", "今年开工改造的老旧小区"), ("2.1万户", "受益居民"), ("310个", "新增充电桩"),
              ("95%", "居民满意度"), ("15分钟", "便民生活圈覆盖半径")]
WF_SERVICE = ["【天气】潍坊今天晴转多云，气温8℃至19℃，北风三级。", "【公交】某某路公交线路今起临时改道。",
              "【停电】明日8:00至16:00，奎文区某某路片区计划停电。", "【演出】本周六晚，市文化艺术中心上演吕剧专场。",
              "【提示】今日空气质量良，适宜户外活动。"]
WF_GROUPS = [("白浪河畔风筝飞", ["①市民在河畔放风筝。", "②手艺人在扎制风筝骨架。", "③孩子们在学画风筝。"]),
             ("萝卜丰收季", ["①农户在田里拔萝卜。", "②工人在合作社分拣萝卜。", "③客商在地头装车。"])]
WF_CAPTIONS = [("十笏园里，游客在参观古建筑。", "园林秋韵"), ("社区食堂里，老人在用餐。", ""),
               ("白浪河边，市民在夜跑。", "河畔夜跑"), ("工人在高铁站施工现场作业。", "")]
WF_BRIEFS = [("青州市新开一批城市书房", "近日，青州市一批城市书房开放，居民就近就能借书。"),
             ("高密市举办农特产品展销会", "日前，高密市举办农特产品展销会，吸引大量市民选购。"),
             ("奎文区开展电动自行车安全检查", "近日，奎文区开展电动自行车安全检查，排查一批隐患。")]

DZ_ASKS = [("地震来了，在家里怎么躲？", "就近躲到结实的桌子下、内墙墙角，护住头颈；不要跳楼，不要乘电梯，"
            "震后有序撤离。"),
           ("在学校遇到地震怎么办？", "听从老师指挥，用书包护头躲到课桌下；震动停止后，按疏散路线有序撤到操场，"
            "不要拥挤。"),
           ("震后要注意什么？", "远离危房、电线杆和山坡，不要急于回屋取物；听从当地政府安排，"
            "不信谣、不传谣。"),
           ("家里要备哪些应急物品？", "饮用水、方便食品、手电筒、急救药品和收音机等，"
            "放在容易取到的地方，定期检查更换。")]
DZ_FIGURES = [("1.3万个", "全国地震台站"), ("5.8秒", "预警信息平均发布时间"), ("326场", "今年开展的应急演练"),
              ("2.4万所", "完成抗震加固的农村住房所在村"), ("98.6%", "台网数据连续率")]
DZ_TITLES = ["防震减灾要从娃娃抓起", "让预警信息跑在地震波前面", "农房抗震要补上短板"]
DZ_NOTES = ("（作者系某某省地震局研究员）", "（作者单位：某某大学地球物理学院）")
DZ_SERVICE = ["【提示】科普宣传周期间，各地地震科普馆免费开放。", "【培训】新一期应急救援队员培训班下周一开班。",
              "【征稿】本报“台站故事”栏目长期征稿，欢迎投稿。", "【服务】地震信息可通过官方网站和客户端查询。",
              "【提醒】请勿轻信网上流传的所谓“地震预报”。"]
DZ_CAPTIONS = [("台站工作人员在检查观测仪器。", "守望"), ("学生在学校参加地震应急疏散演练。", ""),
               ("救援队员在废墟模拟场地搜救。", "实战演练"), ("科普志愿者给社区居民讲解防震知识。", "")]
DZ_BRIEFS = [("某某省地震局开展科普进校园活动", "近日，某某省地震局开展科普进校园活动，覆盖学生数千人。"),
             ("某某地震台完成观测设备升级", "日前，某某地震台完成观测设备升级改造，数据质量提升。"),
             ("某某市举行地震应急综合演练", "近日，某某市举行地震应急综合演练，检验应急处置能力。")]

SP_ASKS = [("散装熟食怎么买才放心？", "选有营业执照、环境干净的店铺，看食品是否有防尘防蝇设施，"
            "买回家尽快食用。"),
           ("网上订外卖要注意什么？", "选择公示了许可证的商家，收到后检查包装是否完好，"
            "发现问题保留凭证及时投诉。"),
           ("预包装食品要看哪些标签？", "看生产日期和保质期、配料表、贮存条件，"
            "注意是否有生产许可证编号。"),
           ("发现问题食品怎么投诉？", "可拨打12315投诉举报电话，或通过全国12315平台反映，"
            "留好购物小票等凭证。")]
SP_TABLE = ["粮食加工品 326批次 合格率99.1%", "肉制品 218批次 合格率98.6%", "乳制品 152批次 合格率100%",
            "饮料 204批次 合格率99.5%", "糕点 187批次 合格率97.9%", "食用农产品 412批次 合格率98.3%"]
SP_TITLES = ["守护舌尖安全要久久为功", "校园食品安全容不得半点马虎", "让网络餐饮也能吃得放心"]
SP_NOTES = ("（作者系某某大学食品学院教授）", "（作者单位：某某市市场监管局）")
SP_FIGURES = [("1499批次", "本季度抽检食品"), ("98.8%", "总体合格率"), ("4.6万家", "完成“明厨亮灶”改造的餐饮单位"),
              ("312件", "查处的食品安全案件"), ("100%", "学校食堂量化分级覆盖率")]
SP_CAPTIONS = [("执法人员在农贸市场抽检蔬菜。", "抽检"), ("学校食堂里，工作人员在留样。", ""),
               ("检验人员在实验室检测样品。", "检测"), ("执法人员在超市检查食品标签。", "")]
SP_BRIEFS = [("某某市开展校园周边食品安全检查", "近日，某某市开展校园周边食品安全检查，督促整改一批问题。"),
             ("某某县举办食品安全宣传周活动", "日前，某某县举办食品安全宣传周活动，发放宣传资料数千份。"),
             ("某某区推进农贸市场快检室建设", "近日，某某区一批农贸市场快检室建成，群众可免费送检。")]

XD_RATES = ("人民币 1.11 澳门元", "港元 1.03 澳门元", "美元 8.05 澳门元", "新台币（百元） 25.1 澳门元", "欧元 8.72 澳门元")
XD_TITLES = ["让横琴合作区走得更稳", "社区长者服务要做细做实", "旅游业要更多元"]
XD_QUESTIONS = ["这家饼家开了多少年了？", "街坊们最关心什么？", "年轻人为什么愿意回到老区开店？", "今后还有什么打算？"]
XD_CAPTIONS = [("议事亭前地，旅客在拍照留念。", "游人如织"), ("氹仔旧城区里，旅客在选购手信。", ""),
               ("学生在塔石广场参加活动。", "青春活力"), ("居民在海边步道散步。", "")]
XD_BRIEFS = [("社团举办长者敬老午宴", "日前，一社团举办长者敬老午宴，为长者送上慰问。"),
             ("街坊会举办社区文化讲座", "近日，一街坊会举办社区文化讲座，数十名居民参加。"),
             ("新巴士路线下月开通", "日前，有关部门宣布一条新巴士路线下月开通，方便居民出行。")]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


WZ_COUNTIES = ("利通", "青铜峡", "同心", "盐池", "红寺堡")
by_wz = chosen(Form("本报{c0}讯（记者 {0}）", choices=(WZ_COUNTIES,)), Above("吴忠日报全媒体记者 {0!l} 通讯员 {1}", 2),
               Above("本报记者 {0!l} 实习生 {1}", 2), turn="by", drawn=2)
by_wz_brief = turns(Form("（{c0}融媒体中心 {0}）", choices=(("盐池县", "同心县", "青铜峡市"),), **TRAIL),
                    Form("本报讯（通讯员 {0}）"))

SH_FARMS = ("一三三团", "一四一团", "一四二团", "一四三团", "石总场")
by_sh = taking_turns(chosen(Form("本报讯（全媒体记者 {0} 通讯员 {1}）", 2), drawn=2),
                     chosen(Above("石河子日报全媒体记者 {0!l}")),
                     chosen(Above("见习记者 {0!l} 文/图", photo=True)))
by_sh_brief = turns(Form("（{c0} {0}）", choices=(SH_FARMS,), **TRAIL), Form("本报讯（通讯员 {0}）", line_share=0.3))

by_hx = chosen(Above("海西晨报记者 {0!l} 通讯员 {1}", 2), Above("文/图 晨报记者 {0!l}", photo=True),
               Form("本报讯（首席记者 {0}）"), turn="by", drawn=2)
by_hx_brief = turns(Form("（晨报记者 {0}）", **TRAIL), Form("本报讯（记者 {0}）"))

by_wf = chosen(Above("□本报记者 {0!l}"), Above("潍坊晚报记者 {0!l} 通讯员 {1}", 2),
               Above("□文/图 本报记者 {0!l}", photo=True), turn="by", drawn=2)
by_wf_brief = turns(Form("本报讯（记者 {0}）", line_share=0.3), Form("（记者 {0} 通讯员 {c0}）", choices=(("宣文", "潍萱"),), **TRAIL))

by_dz = chosen(Above("本报记者 {0!l}"), Form("本报讯（记者 {0} 通讯员 {1}）", 2),
               Above("本报驻{c0}记者站 {0!l}", choices=(("四川", "云南", "新疆", "甘肃"),)), turn="by", drawn=2)
by_dz_brief = turns(Form("（{c0}供稿）", 0, choices=(("某某省地震局", "某某地震台", "某某市应急管理局"),), **TRAIL),
                    Form("本报讯（通讯员 {0}）"))

by_sp = chosen(Form("本报讯（记者 {0}）"), Above("本报记者 {0!l} 通讯员 {1}", 2),
               Above("□本报通讯员 {0!l}"), turn="by", drawn=2)
by_sp_brief = turns(Form("（{c0}市场监管局 {0}）", choices=(("某某市", "某某县", "某某区"),), **TRAIL),
                    Form("本报讯 通讯员 {0}"))

by_xd = taking_turns(dateline("【本报讯】", 0), chosen(Above("记者 {0!l}")),
                     dateline("据澳门特区政府新闻局消息：", 0, hint="agency"))
by_xd_brief = turns(Form("【本报讯】", 0), Form("（本报记者）", 0, **TRAIL))


# --------------------------------------------------------------------------- photo credits


cr_wz = _credit_turns(("吴忠日报全媒体记者 {n} 摄", "（通讯员 {n} 供图）", "（本报资料图）"))
cr_sh = _credit_turns(("全媒体记者 {n} 摄", "（{n} 摄）", "（团场供图）"))
cr_hx = _credit_turns(("晨报记者 {n}/摄", "（{n} 摄）", "（受访者供图）"))
cr_wf = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）", "（图片由主办方提供）"))
cr_dz = _credit_turns(("（通讯员 {n} 摄）", "本报记者 {n}/摄", "（省地震局供图）"))
cr_sp = _credit_turns(("{n}/摄", "（监管局供图）", "（本报记者 {n} 摄）"))
cr_xd = _credit_turns(("（记者 {n} 摄）", "（新闻局图片）", "（{n} 摄）"))


# --------------------------------------------------------------------------- builder


class Fresh55Builder(Fresh43Builder):

    # -------------------------------------------------------------- set55_a

    def slot_wzcomment(self):
        return self.staff_comment(("吴忠时评", "塞上论坛"), WZ_TITLES, sign=self.rng.choice(("本报评论员", "吴忠日报评论员")))

    def slot_wzlink(self):
        return self.tied_box(WZ_LINKS)

    def slot_wzgroup(self):
        return self.numbered_photos(WZ_GROUPS)

    # -------------------------------------------------------------- set55_b

    def slot_shservice(self):
        return self.service(("便民信息", "军垦资讯"), SH_SERVICE)

    def slot_shlink(self):
        return self.tied_box(SH_LINKS)

    def slot_shgroup(self):
        return self.numbered_photos(SH_GROUPS)

    # -------------------------------------------------------------- set55_c

    def slot_hxservice(self):
        return self.service(("晨报提醒", "鹭岛生活"), HX_SERVICE)

    def slot_hxletter(self):
        return self.reply_letter(HX_LETTER_TITLES, HX_REPLIES, HX_PLACES)

    def slot_hxtalk(self):
        return self.interview(("晨报访谈", "鹭岛人物"), HX_QUESTIONS, ("海西晨报：", "记者："))

    # -------------------------------------------------------------- set55_d

    def slot_wfcomment(self):
        return self.noted_comment(("晚报快评", "鸢都观察"), WF_TITLES, ("□", "◇"), WF_NOTES)

    def slot_wftalk(self):
        return self.interview(("晚报对话", "非遗传人"), WF_QUESTIONS, ("晚报：", "记者："))

    def slot_wffigures(self):
        return self.figures(("数说", "民生账本"), WF_FIGURES, title="老旧小区改造进展")

    def slot_wfservice(self):
        return self.service(("晚报提示", "便民服务"), WF_SERVICE)

    def slot_wfgroup(self):
        return self.numbered_photos(WF_GROUPS)

    # -------------------------------------------------------------- set55_e

    def slot_dzasks(self):
        return self.asks(("科普园地", "防震课堂"), self.rng.choice(("地震来了，这样做能自救", "防震避险问答")), DZ_ASKS,
                         "某某省地震局科普宣教中心 {}")

    def slot_dzfigures(self):
        return self.figures(("数说", "数据"), DZ_FIGURES, title="监测预警能力建设一览")

    def slot_dzcomment(self):
        return self.noted_comment(("防震论坛", "减灾观察"), DZ_TITLES, ("◎", "文/"), DZ_NOTES)

    def slot_dzservice(self):
        return self.service(("服务信息", "提示"), DZ_SERVICE, title="科普宣传周提示")

    # -------------------------------------------------------------- set55_f

    def slot_spasks(self):
        return self.asks(("消费提示", "食安问答"), self.rng.choice(("买食品，这些要留心", "食品安全问与答")), SP_ASKS,
                         "某某市市场监管局食品安全科 {}")

    def slot_sptable(self):
        rng = self.rng
        rows = rng.sample(SP_TABLE, rng.choice((4, 5)))
        return self.wide_table(("抽检", "监管数据"), "本季度食品安全监督抽检情况", rng.choice(("类别 抽检数 合格率", "食品类别 批次 合格率")),
                               rows, ("数据来源：某某省市场监管局", "注：不合格产品已依法处置"))

    def slot_spcomment(self):
        return self.noted_comment(("食安评论", "监管视点"), SP_TITLES, ("□", "◎"), SP_NOTES)

    def slot_spfigures(self):
        return self.figures(("数字", "数说食安"), SP_FIGURES, title="本季度食品安全监管情况")

    # -------------------------------------------------------------- set55_g

    def slot_xdrates(self):
        return self.service(("外汇牌价", "今日汇率"), XD_RATES, title="银行现钞参考价")

    def slot_xdcomment(self):
        return self.staff_comment(("社评", "濠江短论"), XD_TITLES, sign=self.rng.choice(("本报评论员", "本报编辑部")))

    def slot_xdtalk(self):
        return self.interview(("人物专访", "街坊访谈"), XD_QUESTIONS, ("记者：", "问："))


# --------------------------------------------------------------------------- furniture


_wz_top = furniture(
    (0.5, [ln("吴忠日报", paper=True), ln("{sec} 第{n}版", page="{n}"), ln("{y}年{m}月{d}日 {wd}", date=True),
           "责任编辑：{name} 校对：{name}"]),
    [ln("{n:02d}", page="{n:02d}"), ln("{sec}", page=None), ln("{date} 农历{slunar}", date=True), "编辑 {name}"],
    front=[masthead("吴忠日报"), "中共吴忠市委机关报", "WUZHONG DAILY", ln("{date} {wd} 农历{lunar}", date=True),
           "今日{pages}版 第{no:4000-4999}期", "国内统一连续出版物号 CN 64-0000", "吴忠新闻网 www.example.cn"])
_wz_bottom = furniture((0.5, ["吴忠日报社 地址：吴忠市利通区某某街{no:1-99}号 新闻热线 {tel:0953}"]),
                       ["下载“吴忠发布”客户端", opt(0.5, ["零售价1.00元 宁夏某某印务公司印刷"])])

_sh_top = furniture(
    (0.5, [ln("第{n}版", page="{n}"), ln("石河子日报", paper=True), "{sec}", ln("{date} {wd}", date=True),
           "本版编辑 {name} 美编 {name}"]),
    [ln("{sec}·{n}", page="{n}"), ln("{y}年{m}月{d}日", date=True), "责编 {name}"],
    front=[masthead("石河子日报"), "中共新疆生产建设兵团第八师委员会 中共石河子市委员会机关报", ln("{date} {wd}", date=True),
           "农历{lunar}", "第{no:9000-9999}期 今日{pages}版", "国内统一连续出版物号 CN 65-0000"])
_sh_bottom = furniture((0.5, ["石河子日报社出版 地址：石河子市北四路某某号 电话：{tel:0993}"]),
                       ["关注“石河子日报”微信公众号 报料热线 {tel:0993}", opt(0.5, ["每周一至周五出版"])])

_hx_top = furniture(
    (0.5, [ln("A{n}", page="A{n}"), ln("海西晨报", paper=True), "{sec}", ln("{y}年{m}月{d}日 {wd}", date=True),
           "编辑：{name} 美编：{name} 校对：{name}"]),
    [ln("{sec} A{n}", page="A{n}"), ln("{y}/{m}/{d} {wd}", date=True), "海西晨报"],
    front=[masthead("海西晨报"), "厦门日报社主管主办", ln("{date} {wd}", date=True), "农历{slunar}",
           "第{no:5000-5999}期 今日{pages}版", "新闻热线 {tel:0592} 零售价1.00元"])
_hx_bottom = furniture((0.5, ["晨报新闻热线 {tel:0592} 微博：@海西晨报"]),
                       ["海西晨报社 地址：厦门市湖里区某某路{no:1-99}号", opt(0.5, ["下载“潮前”客户端 爆料有奖"])])

_wf_top = furniture(
    (0.5, [ln("{y}年{m}月{d}日 {wd}", date=True), ln("潍坊晚报", paper=True), ln("{sec} A{n:02d}", page="A{n:02d}"),
           "主编：{name} 责编：{name}"]),
    [ln("A{n:02d}", page="A{n:02d}"), ln("{sec}", page=None), ln("{date} {wd} 农历{slunar}", date=True)],
    front=[masthead("潍坊晚报"), "WEIFANG EVENING NEWS", "潍坊日报社主管主办", ln("{date} {wd}", date=True),
           "农历{lunar}", "今日{pages}版 第{no:7000-7999}期", "热线 {tel:0536} 零售价1.00元"])
_wf_bottom = furniture((0.5, ["潍坊晚报报料热线 {tel:0536} 广告热线 {tel:0536}"]),
                       ["潍坊晚报社 地址：潍坊市奎文区某某街{no:1-99}号", opt(0.5, ["下载“潍V”客户端"])])

_dz_top = furniture(
    (0.5, [ln("中国地震报", paper=True), ln("{date} {wd}", date=True), ln("{sec} 第{n}版", page="{n}")]),
    [ln("{n}", page="{n}"), "{sec}", ln("{y}.{m:02d}.{d:02d}", date=True), "责任编辑 {name} 电话 {tel:010}"],
    front=[masthead("中国地震报"), "CHINA EARTHQUAKE NEWS", "中国地震局主管主办", ln("{date} {wd}", date=True),
           "第{no:3000-3999}期 今日{pages}版", "国内统一连续出版物号 CN 11-0000"])
_dz_bottom = furniture((0.5, ["中国地震报社 地址：北京市海淀区某某路{no:1-99}号 邮编100000"]),
                       ["投稿邮箱 tougao@example.com 编辑部电话 {tel:010}", opt(0.5, ["发行：全国各地邮局"])])

_sp_top = furniture(
    (0.5, [ln("{n:02d}", page="{n:02d}"), ln("中国食品安全报", paper=True), "{sec}", ln("{y}年{m}月{d}日", date=True),
           "责任编辑：{name} 版式：{name}"]),
    [ln("{sec}·第{n}版", page="{n}"), ln("{date} {wd}", date=True), "编辑 {name}"],
    front=[masthead("中国食品安全报"), "CHINA FOOD SAFETY NEWS", ln("{date} {wd}", date=True),
           "第{no:2000-2999}期 每周二、四、六出版", "本期{pages}版 国内统一连续出版物号 CN 11-0000"])
_sp_bottom = furniture((0.5, ["中国食品安全报社 地址：北京市某某区某某街{no:1-99}号 发行热线 {tel:010}"]),
                       ["投诉举报请拨打12315", opt(0.5, ["本报网站 www.example.com"])])

_xd_top = furniture(
    (0.5, [ln("现代澳门日报", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True), ln("{sec} {pick:A|B}{n}", page="{n}")]),
    [ln("{n}", page="{n}"), ln("{sec}", page=None), ln("{date}（{wd}）", date=True)],
    front=[masthead("现代澳门日报"), "MACAO MODERN DAILY", ln("{y}年{m}月{d}日（{wd}）", date=True), "农历{slunar}",
           "第{no:10000-10999}号 今日{pages}版 每份澳门币5元", "澳门某某马路{no:1-99}号 电话 2800-{no:1000-9999}"])
_xd_bottom = furniture((0.5, ["广告部电话 2800-{no:1000-9999} 发行部电话 2800-{no:1000-9999}"]),
                       ["本报网址 www.example.com", opt(0.5, ["欢迎订阅 欢迎刊登广告"])])


@dataclasses.dataclass
class Fresh55Family(Fresh43Family):
    seed_stride: int = FRESH55_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh55Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh55Builder, justified=True,
                         **kw)


FRESH55_FAMILIES = [
    fam("set55_a", "吴忠日报", _wz_top, _wz_bottom, {by_wz: 1},
        brief_bylines={by_wz_brief: 1}, credits=(cr_wz,), width=(14, 19), blank={"para": 1, "none": 1},
        indent=0.5, letterspace=0.3, stray_spaces=0.05, doubled=0.1, displaced=0.1, caption_pool=WZ_CAPTIONS,
        brief_pool=WZ_BRIEFS, brief_pool_share=0.6, paper_outlet="吴忠日报",
        labels={"column": ("县区快讯", "吴忠简讯"), "bullet": ("▲",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（转{cn}版）"), cont_forms=("（上接第{n}版）", "（接{cn}版）"),
        plans=((["decklead", "wzcomment", "briefcol"], {"front": True, "turn": 0}),
               (["wzlink", "photo", "brief"], {"blank": "every", "turn": 1}),
               (["continuation", "wzgroup", "deck"], {"page": 2, "turn": 2,
                                                     "group_credit": "本组图片由{p}全媒体记者 {n} 摄"}),
               (["deck", "photo", "bare"], {"blank": "none"})),
        page_style="plain", sections=("要闻", "县区", "民生")),
    fam("set55_b", "石河子日报", _sh_top, _sh_bottom, {by_sh: 1},
        brief_bylines={by_sh_brief: 1}, credits=(cr_sh,), width=(15, 20), blank={"para": 2, "every": 1},
        indent=0.4, letterspace=0.2, stray_spaces=0.04, doubled=0.15, displaced=0.1, caption_pool=SH_CAPTIONS,
        brief_pool=SH_BRIEFS, brief_pool_share=0.6, paper_outlet="本报",
        labels={"column": ("团场动态", "师市简讯"), "bullet": ("◎",)},
        page_form="{n}版", jump_forms=("（下转{n}版）", "（转第{cn}版）"), cont_forms=("（上接{n}版）", "（接第{cn}版）"),
        plans=((["decklead", "shlink", "brief"], {"front": True, "turn": 1}),
               (["shservice", "deck", "photo"], {"turn": 2}),
               (["continuation", "deck", "briefcol"], {"page": 2, "blank": "none", "turn": 0}),
               (["shgroup", "deck", "brief"], {"blank": "every", "group_credit": "本组图片由全媒体记者 {n} 摄"})),
        page_style="plain", sections=("要闻", "团场", "综合")),
    fam("set55_c", "海西晨报", _hx_top, _hx_bottom, {by_hx: 1},
        brief_bylines={by_hx_brief: 1}, credits=(cr_hx,), width=(17, 22), per_article_width=True,
        blank={"para": 1, "every": 1}, indent=0.3, letterspace=0.1, stray_spaces=0.03, doubled=0.1, displaced=0.1,
        caption_pool=HX_CAPTIONS, brief_pool=HX_BRIEFS, brief_pool_share=0.7, paper_outlet="海西晨报",
        labels={"column": ("鹭岛速递", "晨报快讯"), "bullet": ("◆",)},
        page_form="A{n}版", jump_forms=("（下转A{n}）", "（转{p}）"), cont_forms=("（上接A{n}）", "（接{p}）"),
        plans=((["decklead", "hxservice", "brief"], {"front": True, "turn": 2}),
               (["hxletter", "deck", "photo"], {"turn": 0}),
               (["continuation", "hxtalk", "briefcol"], {"page": 2, "blank": "none", "turn": 1}),
               (["deck", "photo", "brief"], {"blank": "every"})),
        page_style="A", sections=("厦门新闻", "民生", "区域")),
    fam("set55_d", "潍坊晚报", _wf_top, _wf_bottom, {by_wf: 1},
        brief_bylines={by_wf_brief: 1}, credits=(cr_wf,), width=(18, 24), per_article_width=True,
        blank={"para": 2, "none": 1}, indent=0.2, letterspace=0.15, stray_spaces=0.02, doubled=0.05, displaced=0.1,
        caption_pool=WF_CAPTIONS, brief_pool=WF_BRIEFS, brief_pool_share=0.7, paper_outlet="潍坊晚报",
        labels={"column": ("县市区传真", "晚报快讯"), "bullet": ("●",)},
        page_form="A{n2}版", jump_forms=("（下转A{n2}版）", "▶转A{n2}"), cont_forms=("（上接A{n2}版）", "◀接A{n2}"),
        plans=((["decklead", "wfcomment", "brief"], {"front": True, "turn": 1}),
               (["wftalk", "wffigures"], {"blank": "every", "turn": 0}),
               (["continuation", "wfgroup", "briefcol"], {"page": 2, "turn": 2,
                                                         "group_credit": "本组图片由本报记者 {n} 摄"}),
               (["wfservice", "deck", "photo"], {})),
        page_style="A0", sections=("潍坊新闻", "民生", "县市区")),
    fam("set55_e", "中国地震报", _dz_top, _dz_bottom, {by_dz: 1},
        brief_bylines={by_dz_brief: 1}, credits=(cr_dz,), width=(19, 24), blank={"para": 1, "every": 1},
        indent=0.3, letterspace=0.15, stray_spaces=0.02, doubled=0.05, displaced=0.05, caption_pool=DZ_CAPTIONS,
        brief_pool=DZ_BRIEFS, brief_pool_share=0.7, paper_outlet="本报", weekday_no=1,
        labels={"column": ("系统动态", "各地简讯"), "bullet": ("□",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（转第{n}版）"), cont_forms=("（上接第{n}版）", "（接第{n}版）"),
        plans=((["decklead", "dzfigures", "brief"], {"front": True, "turn": 0}),
               (["dzasks", "deck"], {"blank": "none", "turn": 1}),
               (["continuation", "dzcomment", "briefcol"], {"page": 2, "turn": 2}),
               (["dzservice", "deck", "photo"], {})),
        page_style="plain", sections=("要闻", "防震减灾", "综合")),
    fam("set55_f", "中国食品安全报", _sp_top, _sp_bottom, {by_sp: 1},
        brief_bylines={by_sp_brief: 1}, credits=(cr_sp,), width=(16, 21), blank={"para": 1, "none": 1},
        indent=0.2, letterspace=0.2, stray_spaces=0.03, doubled=0.1, displaced=0.1, caption_pool=SP_CAPTIONS,
        brief_pool=SP_BRIEFS, brief_pool_share=0.7, paper_outlet="本报",
        labels={"column": ("地方传真", "监管快讯"), "bullet": ("■",)},
        page_form="{n2}版", jump_forms=("（下转{n2}版）", "（转第{n}版）"), cont_forms=("（上接{n2}版）", "（接第{n}版）"),
        plans=((["decklead", "spfigures", "brief"], {"front": True, "turn": 2}),
               (["spasks", "photo"], {"blank": "every", "turn": 0}),
               (["continuation", "spcomment", "briefcol"], {"page": 2, "turn": 1}),
               (["sptable", "deck", "bare"], {"blank": "none"})),
        page_style="0", sections=("要闻", "监管", "地方")),
    fam("set55_g", "现代澳门日报", _xd_top, _xd_bottom, {by_xd: 1},
        brief_bylines={by_xd_brief: 1}, credits=(cr_xd,), width=(16, 22), blank={"para": 2, "every": 1},
        indent=0.2, letterspace=0.05, stray_spaces=0.02, doubled=0.05, displaced=0.1, caption_pool=XD_CAPTIONS,
        brief_pool=XD_BRIEFS, brief_pool_share=0.8, paper_outlet="本报",
        labels={"column": ("社区消息", "澳闻简讯"), "bullet": ("★",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（续第{n}版）"), cont_forms=("（上接第{n}版）", "（续前）"),
        plans=((["decklead", "xdrates", "brief"], {"front": True, "turn": 1}),
               (["xdtalk", "photo"], {"blank": "none", "turn": 2}),
               (["continuation", "deck", "briefcol"], {"page": 2, "turn": 0}),
               (["xdcomment", "bare", "photo"], {"blank": "every"})),
        page_style="plain", sections=("澳闻", "社区", "综合")),
]
