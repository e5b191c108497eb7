"""A forty-ninth set of development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator or look at how these pages are cut.  Seven papers the corpus had not imitated (checked by
name against the development builders and the README, and against the held-back set only with a script that
names this set's candidate papers a held-back page also has; it named none): a prefecture city daily of
Hunan (株洲), a county paper of Guizhou (桐梓), an evening paper of Guangdong (珠海), a metro paper of Sichuan
(成都), the Red Cross Society's paper, the national paper of the federation of industry and commerce and the
Chinese edition of a Ho Chi Minh City daily.  Of the first candidates 宜宾日报, 遵义日报, 衡阳日报, 浏阳日报,
长沙晚报, 武汉晚报, 成都商报, 南宁晚报, 健康报, 中国医药报, 中国消费者报, 联合早报 and 星洲日报 were imitated or
named already, so they were not taken.
This set's emphasis is the ordinary news page as an archive receives it every week (要闻, 综合, 区县, 乡镇, 民生,
经济, 救护, 民营经济, 本市新闻), each paper printing the common things its own way: its header and footer lines
(where the date stands, how the page and section print, the lunar date, the serial number, editors' lines,
hotlines, app promos), its byline and dateline grammar (a county in 本报X讯, 融媒记者, 文/图, 封面新闻记者,
发自X, a brief `（X红十字会供稿）`, 越通社), its photo credits, its briefs column and bullet, its jump lines and
continuation heads, a commentary with its signature, an interview, a box tied to a story, a service box, a
figures box, a photo group, a reader's letter with its reply, first-aid questions and answers, a rate box.
Every family wraps its columns by width.

Seeds: FRESH49_SEED_BASE + FRESH49_SEED_STRIDE*family + 1_000*attempt + n (60_060_001 .. 60_469_999).
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

FRESH49_SEED_BASE = 60_000_000
FRESH49_SEED_STRIDE = 60_000

# --------------------------------------------------------------------------- filler (written for this corpus)

ZZ_TITLES = ["让“株洲制造”叫响更多市场", "轨道交通城要跑出新速度", "把湘江风光带建成市民的后花园"]
ZZ_LINKS = [("相关链接", "", ["株洲是新中国成立后首批重点建设的工业城市之一，轨道交通装备、航空动力和先进硬质材料"
                             "是当地的重点产业。"]),
            ("记者手记", "车间里的“老师傅”", ["走进车间，机器声隆隆。五十多岁的老师傅一边操作，一边给徒弟讲要领。"
                                            "他说，手艺要一代一代传下去。"]),
            ("背景", "", ["近年来，株洲持续推进老工业区搬迁改造，腾出的土地建起了公园、学校和产业园。"])]
ZZ_GROUPS = [("湘江岸边秋意浓", ["①市民在湘江风光带上散步。", "②孩子们在江边草地上放风筝。", "③游船驶过湘江。"]),
             ("炎陵黄桃熟了", ["①果农在果园里采摘黄桃。", "②工人在分拣中心包装黄桃。", "③客商在产地选购黄桃。"])]
ZZ_CAPTIONS = [("工人在轨道交通产业园的生产线上作业。", "车间一角"), ("醴陵一家陶瓷企业里，工人在给瓷器上釉。", ""),
               ("神农公园里，市民在晨练。", "公园晨练"), ("攸县的田野里，农机在收割稻谷。", "")]
ZZ_BRIEFS = [("攸县举办农民丰收节", "近日，攸县举办农民丰收节，展销一批特色农产品。"),
             ("茶陵开展森林防火演练", "日前，茶陵县开展森林防火应急演练，提升扑火队伍实战能力。"),
             ("渌口区新建一批城乡公交站亭", "近日，渌口区一批城乡公交站亭建成投用，方便群众候车。")]

TZ_SERVICE = ["【医保】县医保局周六上午开放窗口，办理参保登记和异地备案。", "【就业】本周五上午，县人才市场举办专场招聘会。",
              "【出行】娄山关街道某某路段施工，请过往车辆绕行。", "【办事】县政务服务中心推行“一窗通办”，办事可提前电话预约。",
              "【天气】未来三天多云转小雨，早晚温差较大，请注意添衣。"]
TZ_LINKS = [("延伸阅读", "", ["桐梓县地处黔北，是川渝进入贵州的北大门，近年来依托交通优势发展特色农业和山地旅游。"]),
            ("记者手记", "山路上的邮递员", ["清早，乡村邮递员骑着摩托车出发，后座上绑着邮包。一天要跑几十公里山路，"
                                          "村民的包裹都能按时送到家门口。"]),
            ("相关链接", "", ["今年以来，全县新建一批乡村旅游民宿，夏季避暑游客明显增多，带动群众增收。"])]
TZ_GROUPS = [("山乡避暑正当时", ["①游客在山间步道上游玩。", "②民宿主人在院里招呼客人。", "③孩子们在溪边戏水。"]),
             ("方竹笋采收季", ["①村民在竹林里采收方竹笋。", "②合作社工人在分拣竹笋。", "③货车满载竹笋驶出村寨。"])]
TZ_CAPTIONS = [("九坝镇的蔬菜基地里，村民在管护蔬菜。", "田间管护"), ("游客在娄山关景区参观。", ""),
               ("松坎镇的集市上，村民在选购年货。", "赶集"), ("工人在县城一处安置小区施工。", "")]
TZ_BRIEFS = [("楚米镇开展义诊进村活动", "近日，楚米镇卫生院组织医护人员进村义诊，服务群众百余人次。"),
             ("夜郎镇举办农技培训班", "日前，夜郎镇举办农技培训班，数十名种植户参加。"),
             ("官仓镇新修一批通组路", "近日，官仓镇一批通组路修通，方便群众出行。")]

ZJ_SERVICE = ["【天气】今天多云，有阵雨，气温25℃至31℃，东南风三到四级。", "【出行】港珠澳大桥珠海公路口岸今日通关顺畅。",
              "【停水】明日9:00至18:00，香洲区某某路片区计划停水。", "【办事】市民可通过“珠海市民”平台预约办理居住证。",
              "【潮汐】今日高潮时间为10:42，低潮时间为17:15。"]
ZJ_LETTER_TITLES = ["小区旁的工地夜里还在施工？", "公交站台的遮雨棚能不能修一修？"]
ZJ_REPLIES = ["晚报回音：记者将情况反映给香洲区有关部门，工作人员表示已责令施工单位夜间停工，并将加强巡查。",
              "晚报回音：市交通部门回复，该站台遮雨棚已列入维修计划，预计本月底前完成。"]
ZJ_PLACES = ("香洲区", "金湾区", "斗门区", "横琴")
ZJ_QUESTIONS = ["来横琴工作这几年，最大的感受是什么？", "年轻人在珠海创业有哪些便利？", "情侣路为什么成了市民最爱的地方？",
                "下一步还有什么打算？"]
ZJ_CAPTIONS = [("情侣路上，市民在海边散步。", "海滨黄昏"), ("横琴口岸，旅客在排队通关。", ""),
               ("斗门区的稻田里，农民在收割。", "稻谷飘香"), ("工人在某某大桥施工现场作业。", "")]
ZJ_BRIEFS = [("金湾区新增一批口袋公园", "近日，金湾区一批口袋公园建成开放，市民家门口多了休闲去处。"),
             ("斗门区举办荔枝文化节", "日前，斗门区举办荔枝文化节，吸引不少市民前往采摘。"),
             ("香洲区开展防溺水宣传进社区活动", "近日，香洲区开展防溺水宣传进社区活动，提醒家长看护好孩子。")]

HX_TITLES = ["让烟火气成为城市最好的名片", "“雪山下的公园城市”要越来越美", "社区食堂要办到老人心坎上"]
HX_NOTES = ("（作者系四川某某大学教授）", "（作者系媒体评论员）")
HX_QUESTIONS = ["这家老茶馆开了多少年了？", "年轻人为什么喜欢来这里？", "社区里的老人最关心什么？", "接下来有什么新打算？"]
HX_FIGURES = [("126个", "今年新建成社区食堂"), ("3.8万人次", "日均就餐人数"), ("580余处", "新增口袋公园和小游园"),
              ("92%", "居民满意度"), ("15分钟", "便民生活圈覆盖半径")]
HX_SERVICE = ["【天气】成都今天阴有小雨，气温16℃至22℃。", "【地铁】地铁某号线今晚延长运营至24:00。",
              "【限行】本周机动车尾号限行为2和7。", "【演出】本周六晚，城市音乐厅上演交响音乐会。",
              "【提示】今日空气质量良，适宜户外活动。"]
HX_GROUPS = [("银杏黄了", ["①市民在银杏大道上拍照。", "②孩子们捧起落叶玩耍。", "③游客在公园里赏秋。"]),
             ("老街新颜", ["①改造后的老街吸引游客。", "②手艺人在街边制作糖画。", "③居民在院坝里喝茶聊天。"])]
HX_CAPTIONS = [("宽窄巷子里，游客在游览。", "巷子游人"), ("社区食堂里，老人在用餐。", ""),
               ("锦江边上，市民在夜跑。", "锦江夜跑"), ("工人在地铁施工现场作业。", "")]
HX_BRIEFS = [("温江区新开一批社区书屋", "近日，温江区一批社区书屋开放，居民就近就能借书。"),
             ("郫都区举办川菜美食节", "日前，郫都区举办川菜美食节，吸引大量市民品尝。"),
             ("金牛区开展电动自行车安全检查", "近日，金牛区开展电动自行车安全检查，排查一批隐患。")]

HS_ASKS = [("有人突然倒地、没有呼吸，该怎么办？", "先确认现场安全，拍打双肩呼叫，判断没有呼吸后立即拨打急救电话，"
            "同时开始胸外按压，有条件的尽快取来自动体外除颤器。"),
           ("吃东西被噎住了，怎么自救？", "可以用海姆立克法：一手握拳抵住肚脐上方，另一手包住拳头，快速向内向上冲击，"
            "直到异物排出。身边没人时，也可以用椅背顶住上腹部冲击。"),
           ("烫伤后能抹牙膏吗？", "不能。烫伤后应立即用流动的凉水冲洗十五到二十分钟，再用干净的纱布轻轻覆盖，"
            "起了水疱不要自行挑破，严重时及时就医。"),
           ("献血会不会影响身体健康？", "健康成年人一次献血200到400毫升，不会影响健康，身体很快就能补充回来。"
            "献血前要吃清淡早餐，保证睡眠。")]
HS_SERVICE = ["【献血】市中心血站本周末在某某广场设流动献血车。", "【培训】某某区红十字会下周二开办应急救护培训班，可电话报名。",
              "【登记】造血干细胞捐献志愿者登记点设在各献血屋。", "【捐赠】红十字会接受社会捐赠，捐赠票据可在线查询。",
              "【热线】人体器官捐献咨询热线工作日开通。"]
HS_FIGURES = [("128万人", "今年以来接受应急救护培训"), ("3.6万台", "全国公共场所配置自动体外除颤器"),
              ("1.2万例", "累计造血干细胞捐献"), ("46万人次", "参与无偿献血宣传服务的志愿者"), ("2100余所", "红十字示范学校")]
HS_TITLES = ["让更多人学会救命的本领", "人道事业需要每个人的参与"]
HS_NOTES = ("（作者单位：某某省红十字会）", "（作者系某某医院急诊科主任）")
HS_CAPTIONS = [("志愿者在社区教居民做心肺复苏。", "学急救"), ("献血者在献血屋里献血。", ""),
               ("红十字救援队在开展水上救援演练。", "救援演练"), ("志愿者向受灾群众发放救灾物资。", "")]
HS_BRIEFS = [("某某省红十字会开展“博爱送万家”活动", "近日，某某省红十字会开展“博爱送万家”活动，走访慰问困难群众。"),
             ("某某市新增一批应急救护培训点", "日前，某某市新增一批应急救护培训点，市民可就近参加培训。"),
             ("红十字青少年夏令营开营", "近日，红十字青少年夏令营开营，数十名学生参加。")]

ZH_FIGURES = [("5700万户", "全国登记在册民营企业"), ("92.3%", "民营企业占企业总量比重"), ("8.9%", "民间投资同比增长"),
              ("1.2万家", "新增“专精特新”中小企业"), ("60%以上", "民营企业贡献的国内生产总值占比")]
ZH_QUESTIONS = ["今年以来企业经营有哪些新变化？", "企业是怎样走上转型升级这条路的？", "商会在服务会员企业上做了哪些事？",
                "对年轻一代民营企业家有什么寄语？"]
ZH_TITLES = ["为民营经济发展营造更好环境", "让企业家安心谋发展", "商会要当好政企沟通的桥梁"]
ZH_NOTES = ("（作者系某某研究院研究员）", "（作者单位：某某大学经济学院）")
ZH_TABLE = ["批发和零售业 1286万户 +7.2%", "制造业 486万户 +4.1%", "信息传输和软件业 213万户 +11.6%",
            "住宿和餐饮业 325万户 +6.8%", "建筑业 268万户 +3.9%", "科学研究和技术服务业 187万户 +9.4%"]
ZH_CAPTIONS = [("展会上，民营企业展示新产品。", "新品亮相"), ("工人在一家民营企业的车间里作业。", ""),
               ("商会会员在座谈会上交流。", "商会座谈"), ("电商主播在直播间推介农产品。", "")]
ZH_BRIEFS = [("某某省工商联召开民营企业座谈会", "近日，某某省工商联召开民营企业座谈会，听取企业意见建议。"),
             ("某某商会举办融资对接会", "日前，某某商会举办银企融资对接会，一批企业获得授信。"),
             ("民营企业公益项目推介会举行", "近日，民营企业公益项目推介会举行，数十家企业参加。")]

XG_RATES = ("美元 25,120 越盾", "人民币 3,455 越盾", "欧元 27,380 越盾", "日元 168 越盾", "黄金（每两） 8,350万越盾")
XG_TITLES = ["让华人社区的年轻人记住乡音", "城市更新要兼顾老街记忆", "华商要抓住数字经济新机遇"]
XG_QUESTIONS = ["华人商家这两年的经营有哪些变化？", "中文学校的孩子们学习热情怎么样？", "会馆在社区里做了哪些公益事？",
                "今后还有什么打算？"]
XG_CAPTIONS = [("第五郡的会馆里，华人在举办中秋联欢会。", "中秋联欢"), ("堤岸的老街上，游客在选购小吃。", ""),
               ("中文学校的学生在表演舞狮。", "舞狮迎春"), ("市民在西贡河边散步。", "")]
XG_BRIEFS = [("第五郡华人会馆举办敬老活动", "日前，第五郡一家华人会馆举办敬老活动，为长者送去慰问。"),
             ("第十一郡举办华文书法比赛", "近日，第十一郡举办华文书法比赛，数十名学生参赛。"),
             ("本市新开通一条公交线路", "日前，本市新开通一条公交线路，连接市中心和新城区。")]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


ZZ_COUNTIES = ("醴陵", "攸县", "茶陵", "炎陵", "渌口")
by_zz = chosen(Above("株洲日报全媒体记者 {0!l}"), Form("本报{c0}讯（全媒体记者 {0} 通讯员 {1}）", 2, choices=(ZZ_COUNTIES,)),
               Above("全媒体记者 {0!l} 通讯员 {1} {2}", 3), turn="by", drawn=2)
by_zz_brief = turns(Form("本报{c0}讯（通讯员 {0}）", choices=(ZZ_COUNTIES,)),
                    Form("（{c0}融媒体中心 {0}）", choices=(("醴陵市", "攸县", "茶陵县"),), **TRAIL))

TZ_TOWNS = ("娄山关街道", "九坝镇", "楚米镇", "松坎镇", "夜郎镇", "官仓镇")
by_tz = taking_turns(chosen(Above("融媒记者 {0!l}")), chosen(Above("通讯员 {0!l} 融媒记者 {1}", 2), drawn=2),
                     chosen(Form("本报讯（融媒记者 {0} {1}）", 2), drawn=2))
by_tz_brief = turns(Form("（{c0} {0}）", choices=(TZ_TOWNS,), **TRAIL), Form("本报讯（通讯员 {0}）", line_share=0.3))

by_zj = chosen(Above("珠江晚报记者 {0!l}"), Above("记者 {0!l} 通讯员 {1}", 2),
               Above("文/图 珠江晚报记者 {0!l}", photo=True), turn="by", drawn=2)
by_zj_brief = turns(Form("本报讯（记者 {0}）"), Form("（记者 {0} 通讯员 {1}）", 2, **TRAIL))

by_hx = chosen(Above("华西都市报-封面新闻记者 {0!l}"), Above("封面新闻记者 {0!l} 实习生 {1}", 2),
               Above("华西都市报-封面新闻记者 {0!l} 摄影报道", photo=True), turn="by", drawn=2)
by_hx_brief = turns(Form("（华西都市报-封面新闻记者 {0}）", **TRAIL), Form("本报讯（记者 {0}）", line_share=0.3))

by_hs = chosen(Above("本报记者 {0!l}"), Above("本报通讯员 {0!l} 记者 {1}", 2),
               Form("本报讯（记者 {0} 通讯员 {1}）", 2), turn="by", drawn=2)
by_hs_brief = turns(Form("本报讯（通讯员 {0}）"), Form("（{c0}红十字会供稿）", 0, choices=(("某某省", "某某市", "某某县"),),
                                                       **TRAIL))

by_zh = chosen(Above("本报记者 {0!l} 发自{c0}", choices=(("广州", "成都", "长沙", "南宁"),)), Above("本报记者 {0!l} 见习记者 {1}", 2),
               Above("□本报记者 {0!l}"), turn="by", drawn=2)
by_zh_brief = turns(Form("本报讯（记者 {0}）"), Form("（{0}）", **TRAIL))

by_xg = taking_turns(chosen(Above("本报记者 {0!l}")), dateline("本报胡志明市{m}月{d}日讯（记者 {0}）", 1),
                     dateline("据越通社{m}月{d}日报道 ", 0, hint="agency"))
by_xg_brief = turns(Form("【本报讯】", 0), Form("（越通社）", 0, **TRAIL))


# --------------------------------------------------------------------------- photo credits


cr_zz = _credit_turns(("全媒体记者 {n} 摄", "（通讯员 {n} 摄）", "（县融媒体中心供图）"))
cr_tz = _credit_turns(("融媒记者 {n} 摄", "（{n} 摄）", "（镇宣传办供图）"))
cr_zj = _credit_turns(("珠江晚报记者 {n} 摄", "（{n}/摄）", "（受访者供图）"))
cr_hx = _credit_turns(("封面新闻记者 {n} 摄", "（{n} 摄）", "（图据视觉中国）"))
cr_hs = _credit_turns(("（通讯员 {n} 摄）", "本报记者 {n}/摄", "（省红十字会供图）"))
cr_zh = _credit_turns(("本报记者 {n}/摄", "（企业供图）", "（{n} 摄）"))
cr_xg = _credit_turns(("（本报记者 {n} 摄）", "（越通社图片）", "（{n} 摄）"))


# --------------------------------------------------------------------------- builder


class Fresh49Builder(Fresh43Builder):

    # -------------------------------------------------------------- set49_a

    def slot_zzcomment(self):
        return self.staff_comment(("株洲时评", "炎帝陵下"), ZZ_TITLES, sign=self.rng.choice(("本报评论员", "株洲日报评论员")))

    def slot_zzlink(self):
        return self.tied_box(ZZ_LINKS)

    def slot_zzgroup(self):
        return self.numbered_photos(ZZ_GROUPS)

    # -------------------------------------------------------------- set49_b

    def slot_tzservice(self):
        return self.service(("便民信息", "生活服务"), TZ_SERVICE)

    def slot_tzlink(self):
        return self.tied_box(TZ_LINKS)

    def slot_tzgroup(self):
        return self.numbered_photos(TZ_GROUPS)

    # -------------------------------------------------------------- set49_c

    def slot_zjservice(self):
        return self.service(("晚报提醒", "珠海生活"), ZJ_SERVICE)

    def slot_zjletter(self):
        return self.reply_letter(ZJ_LETTER_TITLES, ZJ_REPLIES, ZJ_PLACES)

    def slot_zjtalk(self):
        return self.interview(("晚报访谈", "面对面"), ZJ_QUESTIONS, ("晚报：", "记者："))

    # -------------------------------------------------------------- set49_d

    def slot_hxcomment(self):
        return self.noted_comment(("华西评论", "蓉城观察"), HX_TITLES, ("□", "文/"), HX_NOTES)

    def slot_hxtalk(self):
        return self.interview(("封面对话", "街坊说"), HX_QUESTIONS, ("华西都市报：", "记者："))

    def slot_hxfigures(self):
        return self.figures(("数读", "数说民生"), HX_FIGURES, title="一刻钟便民生活圈")

    def slot_hxservice(self):
        return self.service(("华西提醒", "生活服务"), HX_SERVICE)

    def slot_hxgroup(self):
        return self.numbered_photos(HX_GROUPS)

    # -------------------------------------------------------------- set49_e

    def slot_hsasks(self):
        return self.asks(("救护课堂", "急救问答"), self.rng.choice(("学点急救知识", "关键时刻能救命")), HS_ASKS,
                         "某某省红十字会应急救护培训师 {}")

    def slot_hsservice(self):
        return self.service(("博爱服务", "红会提示"), HS_SERVICE, title="便民服务信息")

    def slot_hsfigures(self):
        return self.figures(("数说", "数据"), HS_FIGURES, title="红十字事业发展一览")

    def slot_hscomment(self):
        return self.noted_comment(("博爱论坛", "红会观察"), HS_TITLES, ("□", "◎"), HS_NOTES)

    # -------------------------------------------------------------- set49_f

    def slot_zhfigures(self):
        return self.figures(("数说民营经济", "数据"), ZH_FIGURES, title="民营经济发展成绩单")

    def slot_zhtalk(self):
        return self.interview(("企业家访谈", "对话"), ZH_QUESTIONS, ("中华工商时报：", "记者："))

    def slot_zhcomment(self):
        return self.noted_comment(("工商时评", "民企观察"), ZH_TITLES, ("◎", "文/"), ZH_NOTES)

    def slot_zhtable(self):
        rng = self.rng
        rows = rng.sample(ZH_TABLE, rng.choice((4, 5)))
        return self.wide_table(("数据", "市场主体"), "前三季度新设民营企业（分行业）", rng.choice(("行业 户数 同比", "行业 新设户数 增速")),
                               rows, ("数据来源：国家市场监管总局", "注：同比为与上年同期相比"))

    # -------------------------------------------------------------- set49_g

    def slot_xgrates(self):
        return self.service(("今日汇率", "金价汇率"), XG_RATES, title="外币兑越盾参考价")

    def slot_xgcomment(self):
        return self.staff_comment(("西贡短评", "本报评论"), XG_TITLES, sign=self.rng.choice(("本报评论员", "西贡解放日报评论员")))

    def slot_xgtalk(self):
        return self.interview(("华社人物", "访谈"), XG_QUESTIONS, ("本报：", "问："))


# --------------------------------------------------------------------------- furniture


_zz_top = furniture(
    (0.5, [ln("{n:02d}", page="{n:02d}"), "{sec}", ln("株洲日报 {y}年{m}月{d}日 {wd}", paper=True, date=True),
           "责任编辑 {name} 美编 {name} 校对 {name}"]),
    [ln("{sec} 第{n}版", page="{n}"), ln("{date} 农历{slunar}", date=True), "版面编辑 {name}"],
    front=[masthead("株洲日报"), "ZHUZHOU DAILY", "中共株洲市委机关报", ln("{date} {wd}", date=True), "农历{lunar}",
           "第{no:15000-15999}期 今日{pages}版", "国内统一连续出版物号 CN 43-0000", "株洲新闻网 www.example.cn"])
_zz_bottom = furniture((0.5, ["株洲日报社出版 地址：株洲市天元区某某路{no:1-99}号 新闻热线 {tel:0731}"]),
                       ["下载“掌上株洲”客户端 看更多株洲新闻", opt(0.5, ["零售价1.00元 全年订价336元"])])

_tz_top = furniture(
    (0.5, [ln("今日桐梓", paper=True), ln("{date} {wd}", date=True), ln("第{n}版·{sec}", page="{n}"), "本版编辑 {name}"]),
    [ln("{sec} {n}", page="{n}"), DATED, "责编：{name} 审校：{name}"],
    front=[masthead("今日桐梓"), "中共桐梓县委主管 桐梓县融媒体中心主办", ln("{date} {wd}", date=True), "农历{lunar}",
           "第{no:1000-1999}期 今日{pages}版", "内部资料 黔内资准字某某号 免费交流"])
_tz_bottom = furniture((0.5, ["桐梓县融媒体中心 地址：桐梓县娄山关街道某某路{no:1-99}号 电话：{tel:0851}"]),
                       ["关注“桐梓发布”微信公众号", opt(0.5, ["印刷：遵义某某印务有限公司"])])

_zj_top = furniture(
    (0.5, [ln("A{n:02d}", page="A{n:02d}"), ln("珠江晚报·{sec}", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True),
           "责编 {name} 美编 {name} 校对 {name}"]),
    [ln("{sec}", page=None), ln("A{n:02d}", page="A{n:02d}"), ln("{y}.{m:02d}.{d:02d} {wd}", date=True)],
    front=[masthead("珠江晚报"), "ZHUJIANG EVENING NEWS", "珠海传媒集团主管主办", ln("{date} {wd} 农历{slunar}", date=True),
           "今日{pages}版 第{no:9000-9999}期", "新闻热线 {tel:0756} 零售价1.00元"])
_zj_bottom = furniture((0.5, ["珠江晚报报料热线 {tel:0756} 微信报料：珠江晚报"]),
                       ["珠海传媒集团 地址：珠海市香洲区某某路{no:1-99}号", opt(0.5, ["下载“观海融媒”客户端"])])

_hx_top = furniture(
    (0.5, [ln("华西都市报", paper=True), ln("{sec}", page=None), ln("A{n}", page="A{n}"), ln("{y}年{m}月{d}日 {wd}", date=True),
           "编辑 {name} 版式 {name} 校对 {name}"]),
    [ln("A{n} {sec}", page="A{n}"), ln("{y}.{m}.{d} {wd}", date=True)],
    front=[masthead("华西都市报"), "WEST CHINA CITY DAILY", "四川日报报业集团主管主办", ln("{date} {wd}", date=True),
           "农历{lunar}", "第{no:9000-9999}期 今日{pages}版", "新闻热线 {tel:028} 零售价1.50元"])
_hx_bottom = furniture((0.5, ["封面新闻客户端 报料热线 {tel:028}"]),
                       ["华西都市报社 地址：成都市锦江区某某街{no:1-99}号", opt(0.5, ["广告热线 {tel:028}"])])

_hs_top = furniture(
    (0.5, [ln("中国红十字报", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True), ln("第{n}版 {sec}", page="{n}")]),
    [ln("{n}", page="{n}"), ln("{ssec}", page=None), ln("{date}", date=True), "责任编辑 {name} 电话：{tel:010}"],
    front=[masthead("中国红十字报"), "CHINA RED CROSS NEWS", "中国红十字会总会主管主办", ln("{date} {wd}", date=True),
           "第{no:3000-3999}期 每周二、五出版", "本期{pages}版 国内统一连续出版物号 CN 11-0000"])
_hs_bottom = furniture((0.5, ["中国红十字报社 地址：北京市东城区某某胡同{no:1-99}号 邮编100000"]),
                       ["订阅热线 {tel:010} 邮发代号1-00", opt(0.5, ["人道 博爱 奉献"])])

_zh_top = furniture(
    (0.5, [ln("{n}", page="{n}"), ln("中华工商时报", paper=True), "{sec}", ln("{date} {wd}", date=True)]),
    [ln("{sec} 第{n}版", page="{n}"), ln("{y}年{m}月{d}日", date=True), "主编 {name} 责任编辑 {name}"],
    front=[masthead("中华工商时报"), "CHINA BUSINESS TIMES", "中华全国工商业联合会主管主办", ln("{date} {wd}", date=True),
           "第{no:9000-9999}期 今日{pages}版", "邮发代号1-00 国内统一连续出版物号 CN 11-0000"])
_zh_bottom = furniture((0.5, ["中华工商时报社 地址：北京市西城区某某街{no:1-99}号 发行热线 {tel:010}"]),
                       ["中华工商网 www.example.com", opt(0.5, ["本报常年法律顾问：北京某某律师事务所"])])

_xg_top = furniture(
    (0.5, [ln("西贡解放日报", paper=True), ln("{sec}", page=None), ln("第{n}版", page="{n}"), ln("{y}年{m}月{d}日 {wd}", date=True)]),
    [ln("{n}", page="{n}"), ln("{sec}", page=None), ln("{date} 农历{slunar}", date=True)],
    front=[masthead("西贡解放日报"), "SAI GON GIAI PHONG", "中文版", ln("{y}年{m}月{d}日（{wd}）", date=True), "农历{slunar}",
           "第{no:9000-9999}号 今日{pages}版 定价5000越盾", "胡志明市第三郡某某路{no:1-99}号 电话 028-{no:3800-3999}-{no:1000-9999}"])
_xg_bottom = furniture((0.5, ["广告部电话 028-{no:3800-3999}-{no:1000-9999} 发行部电话 028-{no:3800-3999}-{no:1000-9999}"]),
                       ["西贡解放日报中文版网站 www.example.vn", opt(0.5, ["欢迎订阅 欢迎刊登广告"])])


@dataclasses.dataclass
class Fresh49Family(Fresh43Family):
    seed_stride: int = FRESH49_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh49Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh49Builder, justified=True,
                         **kw)


FRESH49_FAMILIES = [
    fam("set49_a", "株洲日报", _zz_top, _zz_bottom, {by_zz: 1},
        brief_bylines={by_zz_brief: 1}, credits=(cr_zz,), width=(14, 18), blank={"para": 1, "every": 1},
        indent=0.5, letterspace=0.3, stray_spaces=0.04, doubled=0.15, displaced=0.1, caption_pool=ZZ_CAPTIONS,
        brief_pool=ZZ_BRIEFS, brief_pool_share=0.6, paper_outlet="株洲日报全媒体",
        labels={"column": ("县市区动态", "株洲简讯"), "bullet": ("◎",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（转{n2}版）"), cont_forms=("（上接第{n}版）", "（紧接{n2}版）"),
        plans=((["decklead", "zzcomment", "brief"], {"front": True, "turn": 1}),
               (["zzlink", "photo"], {"turn": 2}),
               (["continuation", "deck", "briefcol"], {"page": 2, "blank": "none", "turn": 0}),
               (["zzgroup", "deck", "brief"], {"blank": "every", "group_credit": "本组图片由{p}记者 {n} 摄"})),
        page_style="0", sections=("要闻", "区县", "经济")),
    fam("set49_b", "今日桐梓", _tz_top, _tz_bottom, {by_tz: 1},
        brief_bylines={by_tz_brief: 1}, credits=(cr_tz,), width=(12, 16), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.4, stray_spaces=0.07, doubled=0.2, displaced=0.2, caption_pool=TZ_CAPTIONS,
        brief_pool=TZ_BRIEFS, brief_pool_share=0.6, paper_outlet="本报",
        labels={"column": ("乡镇动态", "桐梓简讯"), "bullet": ("●",)},
        page_form="{n}版", jump_forms=("（下转{p}）", "（转第{cn}版）"), cont_forms=("（上接{p}）", "（接第{cn}版）"),
        plans=((["decklead", "tzservice", "brief"], {"front": True, "turn": 0}),
               (["tzlink", "briefcol"], {"blank": "every", "turn": 1}),
               (["tzgroup", "deck", "photo"], {"turn": 2, "group_credit": "本组图片由融媒记者 {n} 摄"}),
               (["continuation", "photo", "bare"], {"page": 2, "blank": "none"})),
        page_style="plain", sections=("综合", "乡镇", "民生")),
    fam("set49_c", "珠江晚报", _zj_top, _zj_bottom, {by_zj: 1},
        brief_bylines={by_zj_brief: 1}, credits=(cr_zj,), width=(17, 22), per_article_width=True,
        blank={"para": 1, "every": 1}, indent=0.3, letterspace=0.15, stray_spaces=0.03, doubled=0.1, displaced=0.15,
        caption_pool=ZJ_CAPTIONS, brief_pool=ZJ_BRIEFS, brief_pool_share=0.7, paper_outlet="珠江晚报",
        labels={"column": ("珠海速览", "晚报快讯"), "bullet": ("▶",)},
        page_form="A{n2}", jump_forms=("（下转A{n2}）", "▶转{p}版"), cont_forms=("（上接A{n2}）", "◀接{p}版"),
        plans=((["decklead", "zjservice", "brief"], {"front": True, "turn": 2}),
               (["deck", "photo", "briefcol"], {"blank": "every", "turn": 0}),
               (["zjletter", "zjtalk"], {"turn": 1}),
               (["continuation", "deck", "photo"], {"page": 2, "blank": "none"})),
        page_style="A0", sections=("珠海新闻", "民生", "区域")),
    fam("set49_d", "华西都市报", _hx_top, _hx_bottom, {by_hx: 1},
        brief_bylines={by_hx_brief: 1}, credits=(cr_hx,), width=(18, 24), per_article_width=True,
        blank={"para": 2, "every": 1}, indent=0.2, letterspace=0.1, stray_spaces=0.02, doubled=0.05, displaced=0.1,
        caption_pool=HX_CAPTIONS, brief_pool=HX_BRIEFS, brief_pool_share=0.7, paper_outlet="华西都市报-封面新闻",
        labels={"column": ("城事速递", "华西快讯"), "bullet": ("■",)},
        page_form="A{n}", jump_forms=("（下转A{n}）", "（转{p}版）"), cont_forms=("（上接A{n}）", "（接{p}版）"),
        plans=((["decklead", "hxservice", "brief"], {"front": True, "turn": 1}),
               (["hxtalk", "photo"], {"turn": 0}),
               (["continuation", "hxcomment", "hxfigures"], {"page": 2, "blank": "none", "turn": 2}),
               (["hxgroup", "deck", "briefcol"], {"blank": "every", "group_credit": "本组图片由封面新闻记者 {n} 摄"})),
        page_style="plain", sections=("成都新闻", "四川新闻", "民生")),
    fam("set49_e", "中国红十字报", _hs_top, _hs_bottom, {by_hs: 1},
        brief_bylines={by_hs_brief: 1}, credits=(cr_hs,), width=(16, 21), blank={"para": 1, "none": 1},
        indent=0.3, letterspace=0.2, stray_spaces=0.03, doubled=0.1, displaced=0.1, caption_pool=HS_CAPTIONS,
        brief_pool=HS_BRIEFS, brief_pool_share=0.7, paper_outlet="本报", weekday_no=1,
        labels={"column": ("各地红会", "博爱快讯"), "bullet": ("◆",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（转第{cn}版）"), cont_forms=("（上接第{n}版）", "（接第{cn}版）"),
        plans=((["decklead", "hsfigures", "brief"], {"front": True, "turn": 2}),
               (["hsasks", "deck"], {"blank": "every", "turn": 0}),
               (["continuation", "hscomment", "briefcol"], {"page": 2, "turn": 1}),
               (["hsservice", "deck", "photo"], {"blank": "none"})),
        page_style="0", sections=("要闻", "救护", "博爱")),
    fam("set49_f", "中华工商时报", _zh_top, _zh_bottom, {by_zh: 1},
        brief_bylines={by_zh_brief: 1}, credits=(cr_zh,), width=(20, 25), blank={"para": 1, "every": 1},
        indent=0.2, letterspace=0.1, stray_spaces=0.02, doubled=0.05, displaced=0.05, caption_pool=ZH_CAPTIONS,
        brief_pool=ZH_BRIEFS, brief_pool_share=0.7, paper_outlet="本报",
        labels={"column": ("商会动态", "工商快讯"), "bullet": ("□",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（转第{n}版）"), cont_forms=("（上接第{n}版）", "（接第{n}版）"),
        plans=((["decklead", "zhfigures", "brief"], {"front": True, "turn": 0}),
               (["zhtalk", "photo"], {"blank": "none", "turn": 1}),
               (["continuation", "zhcomment", "briefcol"], {"page": 2, "turn": 2}),
               (["zhtable", "deck", "bare"], {})),
        page_style="0", sections=("要闻", "民营经济", "商会")),
    fam("set49_g", "西贡解放日报", _xg_top, _xg_bottom, {by_xg: 1},
        brief_bylines={by_xg_brief: 1}, credits=(cr_xg,), width=(19, 25), blank={"para": 2, "none": 1},
        indent=0.2, letterspace=0.05, stray_spaces=0.02, doubled=0.05, displaced=0.1, caption_pool=XG_CAPTIONS,
        brief_pool=XG_BRIEFS, brief_pool_share=0.8, paper_outlet="本报",
        labels={"column": ("本市简讯", "华社动态"), "bullet": ("△",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（请看第{n}版）"), cont_forms=("（上接第{n}版）", "（接第{n}版）"),
        plans=((["decklead", "xgrates", "brief"], {"front": True, "turn": 1}),
               (["xgcomment", "photo"], {"blank": "every", "turn": 2}),
               (["continuation", "deck", "briefcol"], {"page": 2, "turn": 0}),
               (["xgtalk", "bare", "photo"], {"blank": "none"})),
        page_style="plain", sections=("本市新闻", "越南新闻", "华社")),
]
