"""A forty-eighth set of development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator or look at how these pages are cut.  Seven papers of the north, the northwest and the
northeast, of industry and of Europe that the corpus had not imitated (checked by name against the
development builders and the README, and against the held-back set only with a script that names this set's
candidate papers a held-back page also has; it named none): a city daily of a Hebei prefecture (张家口), a
county paper of Shaanxi (府谷), an evening paper of Harbin, a city daily of a Gansu prefecture (酒泉), a
national industry paper, a national farm-machinery weekly and a Chinese weekly of Lisbon.  长春晚报 and
辽沈晚报 are imitated already, so the northeast's evening paper taken is Harbin's.
This set's emphasis is the ordinary news page as an archive receives it every week (要闻, 综合, 县区, 民生,
经济, 工业, 农机, 葡国新闻), each paper printing the common things its own way: its header and footer lines
(where the date stands, how the page and section print, the lunar date, the serial number, editors' lines,
hotlines, app promos), its byline and dateline grammar (a county in 本报X讯, 融媒体记者, 见习记者, a dateline
`本报敦煌X月X日电`, an expert with his post in brackets, 里斯本报道), its photo credits, its briefs column and
bullet, its jump lines and continuation heads, a commentary with its signature, an interview, a box tied to a
story, a service box, a figures box, a photo group, a reader's letter with its reply, a table.  Every family
wraps its columns by width.

Seeds: FRESH48_SEED_BASE + FRESH48_SEED_STRIDE*family + 1_000*attempt + n (59_060_001 .. 59_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (comment titles,
questions and answers, notes, service rows, figures, table rows, letters' titles and replies, captions,
briefs); names, figures, phone numbers and addresses are made up.
"""
from __future__ import annotations

import dataclasses

from fresh_layouts_5 import _credit_turns
from fresh_layouts_37 import _DrawnBy
from fresh_layouts_40 import dateline, taking_turns
from fresh_layouts_43 import Fresh43Builder, Fresh43Family
from layout_kit import DATED, TRAIL, Above, Form, chosen, furniture, ln, masthead, opt, turns

FRESH48_SEED_BASE = 59_000_000
FRESH48_SEED_STRIDE = 60_000

# --------------------------------------------------------------------------- filler (written for this corpus)

ZK_TITLES = ["让冰雪“冷资源”释放“热效应”", "首都“两区”建设要久久为功", "把绿电优势转化为发展胜势"]
ZK_LINKS = [("相关链接", "", ["张家口地处京冀晋蒙四省区市交界，是首都水源涵养功能区和生态环境支撑区，"
                             "可再生能源示范区建设持续推进。"]),
            ("记者手记", "雪场里的“老把式”", ["清晨五点，压雪车的灯光已经在山顶亮起。干了十多年的压雪师傅说，"
                                            "雪道压得平不平，游客一滑就知道。"]),
            ("延伸阅读", "", ["崇礼区现有大型滑雪场多家，雪道总长度逐年增加，冰雪运动正从季节性消费走向四季经营。"])]
ZK_GROUPS = [("坝上秋收忙", ["①农民在张北县的田里收获马铃薯。", "②农机在田间作业。", "③马铃薯装车外运。"]),
             ("雪季开板", ["①滑雪爱好者在雪道上滑行。", "②教练为初学者讲解动作。", "③游客在雪场服务中心租用雪具。"])]
ZK_CAPTIONS = [("崇礼区一处雪场里，游客在体验滑雪。", "雪场开板"), ("风电场的风机在坝上草原上转动。", ""),
               ("蔚县古堡里，手艺人在剪纸。", "蔚县剪纸"), ("怀来县的葡萄园里，果农在采摘葡萄。", "")]
ZK_BRIEFS = [("张北举办马铃薯产销推介会", "近日，张北县举办马铃薯产销推介会，现场签约一批订单。"),
             ("阳原开展送技术下乡活动", "日前，阳原县组织农技人员开展送技术下乡活动，服务农户数百户。"),
             ("怀来新建一批充电桩", "近日，怀来县一批公共充电桩建成投用，方便新能源汽车车主充电。")]

FG_SERVICE = ["【就业】县人社局本周三在人力资源市场举办招聘会，提供岗位数百个。", "【医保】城乡居民医保缴费可通过手机办理。",
              "【出行】县城某某路段管网施工，请过往车辆绕行。", "【天气】近期气温下降，请注意防寒保暖。",
              "【办事】县政务服务中心周六上午正常办公。"]
FG_QUESTIONS = ["合作社是怎么办起来的？", "今年的小杂粮收成怎么样？", "带动了多少乡亲一起致富？", "下一步有什么打算？"]
FG_LINKS = [("背景", "", ["府谷县位于陕晋蒙三省区交界处，黄河流经县境东部，近年来持续推进能源化工产业转型升级。"]),
            ("记者手记", "黄河岸边的枣园", ["站在枣园里，能望见黄河水缓缓流过。种了三十年枣树的老汉说，"
                                          "现在红枣不愁卖，村里还办起了加工厂。"]),
            ("相关链接", "", ["府谷海红果种植历史悠久，当地培育出多个海红果加工品牌，产品远销外地。"])]
FG_CAPTIONS = [("黄河岸边的枣园里，村民在采摘红枣。", "红枣丰收"), ("工人在园区的生产线上作业。", ""),
               ("县城广场上，群众在观看文艺演出。", "文化惠民"), ("孤山镇的农田里，农机在收割谷子。", "")]
FG_BRIEFS = [("新民镇开展义诊活动", "近日，新民镇卫生院组织医护人员走村入户开展义诊，服务群众百余人。"),
             ("黄甫镇举办农技培训班", "日前，黄甫镇举办农技培训班，邀请专家为种植户讲解小杂粮种植技术。"),
             ("县图书馆开设暑期阅读课", "近日，县图书馆开设暑期阅读课，吸引不少学生参加。")]
FG_TOWNS = ("新民镇", "孤山镇", "哈镇", "庙沟门镇", "黄甫镇")

XW_SERVICE = ["【天气】今天多云，西北风三到四级，最高气温12℃，早晚注意添衣。", "【公交】某路公交车自下周一起调整部分站点。",
              "【供热】市供热办提醒：供热期报修请拨打热线。", "【停水】明日9:00至18:00，南岗区某某街片区计划停水。",
              "【地铁】地铁某号线今晚延时运营至23:00。"]
XW_LETTER_TITLES = ["楼道里的暖气管漏水谁来修？", "小区门前的路灯坏了好几天"]
XW_REPLIES = ["记者追踪：记者将情况反映给道里区有关部门，物业公司已派人更换漏水管段，居民家中恢复正常。",
              "记者追踪：香坊区城管部门回复，路灯线路已经抢修完毕，今后将加强巡查。"]
XW_PLACES = ("道里区", "南岗区", "香坊区", "松北区")
XW_QUESTIONS = ["这家老店开了多少年了？", "冰雪季来了，店里准备了什么新花样？", "外地游客最爱点什么？", "对年轻人开店有什么建议？"]
XW_CAPTIONS = [("中央大街上，游客在拍照留念。", "老街人气旺"), ("松花江畔，市民在晨练。", ""),
               ("社区工作人员在为老人检查暖气。", "暖心服务"), ("冰雪大世界园区里，工人在采冰。", "")]
XW_BRIEFS = [("南岗区一批口袋公园建成开放", "近日，南岗区一批口袋公园建成开放，居民家门口多了休闲去处。"),
             ("松北区举办冬季招聘会", "日前，松北区举办冬季专场招聘会，数十家企业进场招聘。"),
             ("道外区开展燃气安全检查", "近日，道外区组织开展燃气安全入户检查，排查隐患一批。")]

JQ_TITLES = ["把戈壁“风光”变成发展“风景”", "让敦煌文化走得更远", "在河西走廊上跑出加速度"]
JQ_FIGURES = [("2000万千瓦", "新能源装机规模"), ("68.5%", "新能源发电量占比"), ("120余家", "落地新能源装备企业"),
              ("16.2%", "前三季度工业增加值增速"), ("1200万人次", "今年以来接待游客")]
JQ_GROUPS = [("戈壁滩上的“追风人”", ["①运维人员在风机上检修。", "②技术员在集控中心监测数据。", "③光伏板在戈壁上整齐排列。"]),
             ("敦煌秋色", ["①游客在鸣沙山骑骆驼。", "②月牙泉畔游人如织。", "③志愿者在景区为游客讲解。"])]
JQ_CAPTIONS = [("瓜州县的风电场里，风机迎风转动。", "风电场"), ("游客在敦煌鸣沙山游览。", ""),
               ("肃州区的蔬菜大棚里，农民在管护蔬菜。", "戈壁农业"), ("工人在玉门市的光热电站里巡检。", "")]
JQ_BRIEFS = [("金塔举办戈壁农业观摩会", "近日，金塔县举办戈壁农业观摩会，各地种植户前来交流。"),
             ("瓜州开展风电运维技能比武", "日前，瓜州县组织风电运维技能比武，数十名选手参赛。"),
             ("肃北举办牧民技能培训", "近日，肃北县举办牧民技能培训，百余名牧民参训。")]
JQ_PLACES = ("敦煌", "瓜州", "玉门", "金塔", "肃北")

GY_FIGURES = [("6.1%", "前三季度规模以上工业增加值增速"), ("9.6%", "装备制造业增加值增速"), ("31.2%", "高技术制造业投资增速"),
              ("421家", "新增国家级专精特新“小巨人”企业"), ("2.8万个", "累计建成5G工厂项目")]
GY_QUESTIONS = ["企业这两年在数字化改造上做了哪些投入？", "“小巨人”企业靠什么站稳市场？", "怎样看待制造业的“智改数转”？",
                "对中小企业转型有什么建议？"]
GY_COMMENT_TITLES = ["制造业要在“稳”中求“进”", "让中小企业“敢转”“会转”", "以标准引领产业迈向中高端"]
GY_NOTES = ("（作者系中国某某工业研究院研究员）", "（作者单位：某某大学工业工程系）")
GY_TABLE = ["工业机器人 43.2万套 +12.6%", "新能源汽车 832万辆 +33.8%", "集成电路 3170亿块 +24.2%",
            "太阳能电池 4.9亿千瓦 +16.1%", "服务机器人 780万套 +15.3%", "智能手表 4920万个 +8.7%"]
GY_CAPTIONS = [("智能工厂里，机械臂在焊接车身。", "智能制造"), ("技术人员在调试数控机床。", ""),
               ("工业博览会上，观众在参观机器人展区。", "工博会上"), ("工人在生产线上检测电子元件。", "")]
GY_BRIEFS = [("某某省发布制造业数字化转型行动方案", "近日，某某省发布制造业数字化转型行动方案，明确一批重点任务。"),
             ("工业设计大赛在某某市启动", "日前，工业设计大赛在某某市启动，即日起面向全国征集作品。"),
             ("某某园区新增一批专精特新企业", "近日，某某产业园区新增一批专精特新中小企业。")]

NJ_ASKS = [("拖拉机入冬前要做哪些保养？", "应放净冷却水或加注防冻液，更换机油，清洁空气滤清器，给各润滑点加注黄油，"
            "停放在干燥通风的库房内。"),
           ("玉米收获机掉穗多是什么原因？", "多与摘穗辊间隙过大、行走速度过快或割台高度不合适有关，应按作物情况及时调整。"),
           ("农机购置补贴怎么申请？", "购机者可在当地农业农村部门或手机应用上提交申请，核验通过后补贴资金直接发放到个人账户。"),
           ("植保无人机作业要注意什么？", "作业前要查看天气和风速，远离人群和高压线，药剂要按说明配比，作业后及时清洗药箱。")]
NJ_SERVICE = ["【农时】华北地区冬小麦进入播种期，请合理确定播量。", "【提醒】秋收期间农机跨区作业请注意道路安全。",
              "【展会】某某国际农业机械展览会下月在某某市举办。", "【培训】某某县农机推广站举办农机手培训班，即日起报名。",
              "【天气】东北地区近期将有降温，请抓紧秋收秋整地。"]
NJ_TABLE = ["轮式拖拉机 100马力 补贴2.1万元", "谷物联合收割机 喂入量8公斤 补贴3.6万元", "玉米收获机 三行 补贴2.8万元",
            "植保无人机 载药30升 补贴0.9万元", "播种机 免耕 补贴1.2万元", "烘干机 批处理量20吨 补贴5.4万元"]
NJ_LINKS = [("知识链接", "", ["保护性耕作是指对农田实行免耕少耕，用作物秸秆覆盖地表，减少风蚀水蚀，提高土壤肥力和抗旱能力。"]),
            ("小贴士", "农机安全“五不准”", ["不准无证驾驶，不准酒后作业，不准超载超速，不准带病作业，不准在作业时检修机具。"]),
            ("专家说", "", ["丘陵山区农机化是短板，发展小型、轻便、多功能的适用机具，是提高丘陵山区机械化水平的关键。"])]
NJ_CAPTIONS = [("收割机在麦田里作业。", "麦收现场"), ("农机手在检修拖拉机。", ""),
               ("植保无人机在稻田上空喷洒药剂。", "飞防作业"), ("农民在农机展上了解新型播种机。", "")]
NJ_BRIEFS = [("某某省农机化率再创新高", "近日，某某省发布数据，主要农作物耕种收综合机械化率再创新高。"),
             ("丘陵山区适用农机现场演示会举行", "日前，丘陵山区适用农机现场演示会在某某县举行。"),
             ("农机合作社带头人培训班开班", "近日，全国农机合作社带头人培训班开班，百余名学员参训。")]

PH_RATES = ("1欧元兑人民币 7.81", "人民币兑欧元 0.128", "欧元兑美元 1.08", "欧元兑英镑 0.85", "欧元兑巴西雷亚尔 5.93")
PH_TITLES = ["在葡华人要融入也要发声", "中葡交流需要更多民间桥梁", "让孩子们记住母语"]
PH_QUESTIONS = ["当初为什么选择来葡萄牙？", "华人商铺这几年的经营有什么变化？", "中文学校的学生多了吗？", "侨团今后有什么计划？"]
PH_CAPTIONS = [("里斯本，华人社团在举办春节联欢会。", "新春联欢"), ("波尔图街头，游客在华人商铺选购商品。", ""),
               ("中文学校的学生在表演民族舞蹈。", "舞蹈表演"), ("华人志愿者在社区发放防疫物资。", "")]
PH_BRIEFS = [("葡萄牙华人华侨联合总会举办敬老活动", "葡萄牙华人华侨联合总会日前举办敬老活动，为侨界长者送去慰问。"),
             ("波尔图华商会组团参加展会", "波尔图一个华商会日前组团参加当地展会，推介中国商品。"),
             ("中文学校举办汉字书写比赛", "里斯本一所中文学校日前举办汉字书写比赛，数十名学生参赛。")]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


def placed_dateline(text, places, n=1):
    """A dateline form (see fresh_layouts_40.dateline) whose {c0} is one of `places`, drawn first."""
    def byline(ctx, item):
        return dateline(text.replace("{c0}", ctx.rng.choice(places)), n)(ctx, item)
    return byline


ZK_COUNTIES = ("崇礼", "张北", "蔚县", "怀来", "阳原")
by_zk = chosen(Above("张家口日报记者 {0!l}"), Form("本报{c0}讯（记者 {0} 通讯员 {1}）", 2, choices=(ZK_COUNTIES,)),
               Above("记者 {0!l} 见习记者 {1}", 2), turn="by", drawn=2)
by_zk_brief = turns(Form("本报讯（通讯员 {0}）"), Form("（{c0}融媒体中心 {0}）", choices=(ZK_COUNTIES,), **TRAIL))

by_fg = taking_turns(chosen(Above("融媒体记者 {0!l}")), chosen(Above("通讯员 {0!l} 融媒体记者 {1}", 2), drawn=2),
                     chosen(Form("本报讯（融媒体记者 {0} 通讯员 {1}）", 2), drawn=2))
by_fg_brief = turns(Form("（{c0} {0}）", choices=(FG_TOWNS,), **TRAIL), Form("本报讯（通讯员 {0}）", line_share=0.3))

by_xw = chosen(Above("新晚报记者 {0!l}"), Above("记者 {0!l} 实习生 {1}", 2),
               _DrawnBy("文/新晚报记者 {0!l} 图/{1}", 1, where="before", hint="plain", draws=2), turn="by", drawn=2)
by_xw_brief = turns(Form("新晚报讯（记者 {0}）"), Form("（记者 {0}）", **TRAIL))

by_jq = taking_turns(chosen(Above("酒泉日报社全媒体记者 {0!l}")), placed_dateline("本报{c0}{m}月{d}日电（记者 {0}）", JQ_PLACES),
                     chosen(Above("记者 {0!l} 通讯员 {1}", 2), drawn=2))
by_jq_brief = turns(Form("本报讯（记者 {0}）"), Form("（{0}）", **TRAIL))

by_gy = chosen(Above("本报记者 {0!l}"), Above("{0!l}（{c0}）", choices=(("中国某某工业研究院研究员", "某某大学教授",
                                                                       "某某行业协会副会长"),)),
               Above("本报记者 {0!l} 发自{c0}", choices=(("苏州", "东莞", "合肥", "西安"),)), turn="by", drawn=2)
by_gy_brief = turns(Form("本报讯（记者 {0}）", line_share=0.3), Form("（{0}）", **TRAIL))

by_nj = chosen(Above("本报记者 {0!l}"), Above("本报通讯员 {0!l} 记者 {1}", 2),
               Above("{0!l}（{c0}）", choices=(("某某省农机推广总站", "某某县农机服务中心", "某某农业大学工学院"),)),
               turn="by", drawn=2)
by_nj_brief = turns(Form("本报讯（通讯员 {0}）"), Form("（{c0} {0}）", choices=(("某某县农业农村局", "某某市农机化中心"),), **TRAIL))

by_ph = taking_turns(chosen(Above("本报记者 {0!l} 里斯本报道")), dateline("本报里斯本{m}月{d}日讯（记者 {0}）", 1),
                     dateline("据中新社{m}月{d}日报道 ", 0, hint="agency"))
by_ph_brief = turns(Form("【里斯本讯】", 0), Form("（本报综合）", 0, **TRAIL))


# --------------------------------------------------------------------------- photo credits


cr_zk = _credit_turns(("张家口日报记者 {n} 摄", "（通讯员 {n} 摄）", "（资料图片）"))
cr_fg = _credit_turns(("融媒体记者 {n} 摄", "（{n} 摄）", "（镇政府供图）"))
cr_xw = _credit_turns(("新晚报记者 {n} 摄", "（{n}/摄）", "（受访者供图）"))
cr_jq = _credit_turns(("全媒体记者 {n} 摄", "（通讯员 {n} 摄）", "（市文旅局供图）"))
cr_gy = _credit_turns(("本报记者 {n}/摄", "（企业供图）", "（新华社发）"))
cr_nj = _credit_turns(("（通讯员 {n} 摄）", "本报记者 {n} 摄", "（农机推广站供图）"))
cr_ph = _credit_turns(("（本报记者 {n} 摄）", "（侨团供图）", "（里斯本 {n} 摄）"))


# --------------------------------------------------------------------------- builder


class Fresh48Builder(Fresh43Builder):

    # -------------------------------------------------------------- set48_a

    def slot_zkcomment(self):
        return self.staff_comment(("张垣时评", "本报评论"), ZK_TITLES, sign=self.rng.choice(("本报评论员", "张家口日报评论员")))

    def slot_zklink(self):
        return self.tied_box(ZK_LINKS)

    def slot_zkgroup(self):
        return self.numbered_photos(ZK_GROUPS)

    # -------------------------------------------------------------- set48_b

    def slot_fgservice(self):
        return self.service(("便民信息", "服务台"), FG_SERVICE)

    def slot_fgtalk(self):
        return self.interview(("乡村访谈", "田间对话"), FG_QUESTIONS, ("记者：", "问："))

    def slot_fglink(self):
        return self.tied_box(FG_LINKS)

    # -------------------------------------------------------------- set48_c

    def slot_xwservice(self):
        return self.service(("新晚报提示", "冰城生活"), XW_SERVICE)

    def slot_xwletter(self):
        return self.reply_letter(XW_LETTER_TITLES, XW_REPLIES, XW_PLACES)

    def slot_xwtalk(self):
        return self.interview(("晚报访谈", "街头对话"), XW_QUESTIONS, ("新晚报：", "记者："))

    # -------------------------------------------------------------- set48_d

    def slot_jqcomment(self):
        return self.staff_comment(("酒泉时评", "本报评论"), JQ_TITLES, sign=self.rng.choice(("本报评论员", "酒泉日报评论员")))

    def slot_jqfigures(self):
        return self.figures(("数说酒泉", "数据"), JQ_FIGURES, title="新能源发展成绩单")

    def slot_jqgroup(self):
        return self.numbered_photos(JQ_GROUPS)

    # -------------------------------------------------------------- set48_e

    def slot_gyfigures(self):
        return self.figures(("数说工业", "数据"), GY_FIGURES, title="前三季度工业经济运行")

    def slot_gytalk(self):
        return self.interview(("企业家访谈", "对话"), GY_QUESTIONS, ("中国工业报：", "记者："))

    def slot_gycomment(self):
        return self.noted_comment(("工业评论", "观察"), GY_COMMENT_TITLES, ("■", "文/"), GY_NOTES)

    def slot_gytable(self):
        rng = self.rng
        rows = rng.sample(GY_TABLE, rng.choice((4, 5)))
        return self.wide_table(("数据", "产品产量"), "前三季度部分工业产品产量", rng.choice(("产品 产量 同比", "品类 产量 增速")),
                               rows, ("数据来源：国家统计局", "注：同比为与上年同期相比"))

    # -------------------------------------------------------------- set48_f

    def slot_njasks(self):
        return self.asks(("农机问答", "专家解答"), self.rng.choice(("农机手问", "你问我答")), NJ_ASKS,
                         "某某省农机推广总站高级工程师 {}")

    def slot_njservice(self):
        return self.service(("农事提示", "农机信息"), NJ_SERVICE, title="本周农机化提示")

    def slot_njtable(self):
        rng = self.rng
        rows = rng.sample(NJ_TABLE, rng.choice((4, 5)))
        return self.wide_table(("补贴", "政策"), "部分农机购置补贴额一览", rng.choice(("机具 档次 补贴额", "品目 分档 补贴")),
                               rows, ("数据来源：某某省农业农村厅", "注：以当地公布为准"))

    def slot_njlink(self):
        return self.tied_box(NJ_LINKS)

    # -------------------------------------------------------------- set48_g

    def slot_phrates(self):
        return self.service(("今日汇率", "汇率"), PH_RATES, title="欧元汇率（参考价）")

    def slot_phcomment(self):
        return self.staff_comment(("葡华时评", "本报社论"), PH_TITLES, sign=self.rng.choice(("本报评论员", "葡华报评论员")))

    def slot_phtalk(self):
        return self.interview(("侨界访谈", "人物"), PH_QUESTIONS, ("葡华报：", "问："))


# --------------------------------------------------------------------------- furniture


_zk_top = furniture(
    (0.5, [ln("{n:02d}", page="{n:02d}"), "{sec}", ln("张家口日报 {y}年{m}月{d}日 {wd}", paper=True, date=True),
           "责任编辑 {name} 美术编辑 {name}"]),
    [ln("{sec}·第{n}版", page="{n}"), ln("{date} 农历{slunar}", date=True), "编辑 {name} 校对 {name}"],
    front=[masthead("张家口日报"), "ZHANGJIAKOU DAILY", "中共张家口市委机关报", ln("{date} {wd}", date=True), "农历{lunar}",
           "第{no:20000-29999}号 今日{pages}版", "国内统一连续出版物号 CN 13-0000", "张家口新闻网 www.example.com"])
_zk_bottom = furniture((0.5, ["张家口日报社出版 地址：张家口市桥西区某某大街{no:1-99}号 新闻热线 {tel:0313}"]),
                       ["下载“张家口新闻”客户端 看更多本地新闻", opt(0.5, ["本报印刷：张家口某某印务有限公司"])])

_fg_top = furniture(
    (0.5, [ln("府谷报", paper=True), ln("{sec} 第{n}版", page="{n}"), ln("{y}年{m}月{d}日", date=True)]),
    [ln("第{n}版", page="{n}"), "{ssec}", DATED, "责编：{name} 校对：{name}"],
    front=[masthead("府谷报"), "中共府谷县委主办 府谷县融媒体中心出版", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:1000-1999}期 今日{pages}版", "内部资料 陕内资图批字某某号 免费交流"])
_fg_bottom = furniture((0.5, ["府谷县融媒体中心 地址：府谷县某某路{no:1-99}号 电话：{tel:0912}"]),
                       ["扫码关注“府谷发布”微信公众号", opt(0.5, ["投稿邮箱：fgb@example.com"])])

_xw_top = furniture(
    (0.5, [ln("A{n:02d}", page="A{n:02d}"), ln("新晚报·{sec}", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True),
           "主编 {name} 责编 {name}"]),
    [ln("{sec} A{n:02d}", page="A{n:02d}"), ln("{y}.{m:02d}.{d:02d} {wd}", date=True), ln("新晚报", paper=True)],
    front=[masthead("新晚报"), "NEW EVENING POST", "黑龙江日报报业集团主管主办", ln("{date} {wd} 农历{slunar}", date=True),
           "今日{pages}版 第{no:12000-12999}期", "新闻热线 {tel:0451} 零售价1.00元"])
_xw_bottom = furniture((0.5, ["新晚报报料热线 {tel:0451} 微信：新晚报"]),
                       ["新晚报社 地址：哈尔滨市道里区某某街{no:1-99}号", opt(0.5, ["下载“极光新闻”客户端 看冰城新闻"])])

_jq_top = furniture(
    (0.5, [ln("第{n}版", page="{n}"), ln("酒泉日报", paper=True), ln("{date} {wd}", date=True), "{sec}"]),
    [ln("{ssec} {n:02d}", page="{n:02d}"), ln("{y}年{m}月{d}日", date=True), "责任编辑：{name} 版式：{name}"],
    front=[masthead("酒泉日报"), "JIUQUAN DAILY", "中共酒泉市委机关报", ln("{date} {wd}", date=True), "农历{lunar}",
           "第{no:8000-8999}期 今日{pages}版", "国内统一连续出版物号 CN 62-0000", "酒泉新闻网 www.example.cn"])
_jq_bottom = furniture((0.5, ["酒泉日报社出版 地址：酒泉市肃州区某某路{no:1-99}号 热线 {tel:0937}"]),
                       ["扫码下载“飞天酒泉”客户端", opt(0.5, ["本报法律顾问：甘肃某某律师事务所"])])

_gy_top = furniture(
    (0.5, [ln("中国工业报", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True), ln("{sec} 第{n}版", page="{n}")]),
    [ln("{n}", page="{n}"), ln("{ssec}", page=None), ln("{date}", date=True), "主编 {name} 责编 {name} 电话：{tel:010}"],
    front=[masthead("中国工业报"), "CHINA INDUSTRY NEWS", ln("{date} {wd}", date=True),
           "第{no:6000-6999}期 今日{pages}版", "国内统一连续出版物号 CN 11-0000 邮发代号1-00"])
_gy_bottom = furniture((0.5, ["中国工业报社 地址：北京市西城区某某街{no:1-99}号 发行热线 {tel:010}"]),
                       ["中国工业新闻网 www.example.com.cn", opt(0.5, ["本报常年法律顾问：北京某某律师事务所"])])

_nj_top = furniture(
    (0.5, [ln("{n}", page="{n}"), ln("中国农机化导报", paper=True), "{sec}", ln("{y}年{m}月{d}日 {wd}", date=True)]),
    [ln("第{n}版·{sec}", page="{n}"), DATED, "本版编辑 {name} 电话 {tel:010}"],
    front=[masthead("中国农机化导报"), "CHINA AGRICULTURAL MECHANIZATION NEWS", ln("{date} {wd}", date=True),
           "第{no:1100-1999}期 每周一出版 本期{pages}版", "国内统一连续出版物号 CN 11-0000", "订阅热线 {tel:010}"])
_nj_bottom = furniture((0.5, ["中国农机化导报社 地址：北京市朝阳区某某路{no:1-99}号 邮编100000"]),
                       ["关注“农机化导报”微信公众号 看农机新闻", opt(0.5, ["全年定价96元 邮局可订阅"])])

_ph_top = furniture(
    (0.5, [ln("葡华报", paper=True), ln("{sec} 第{n}版", page="{n}"), ln("{y}年{m}月{d}日 {wd}", date=True)]),
    [ln("{n}", page="{n}"), ln("{sec}", page=None), ln("{y}年{m}月{d}日", date=True), ln("葡华报", paper=True)],
    front=[masthead("葡华报"), "SINO PORTUGUESE NEWS", ln("{y}年{m}月{d}日（{wd}）", date=True), "农历{slunar}",
           "第{no:600-999}期 每周五出版 定价1欧元", "里斯本总部 电话 +351 21{no:1000000-9999999}"])
_ph_bottom = furniture((0.5, ["葡华报社 Rua Exemplo {no:1-99}, Lisboa 广告部电话 +351 91{no:1000000-9999999}"]),
                       ["葡华网 www.example.pt", "微信公众号：葡华报"])


@dataclasses.dataclass
class Fresh48Family(Fresh43Family):
    seed_stride: int = FRESH48_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh48Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh48Builder, justified=True,
                         **kw)


FRESH48_FAMILIES = [
    fam("set48_a", "张家口日报", _zk_top, _zk_bottom, {by_zk: 1},
        brief_bylines={by_zk_brief: 1}, credits=(cr_zk,), width=(14, 18), blank={"para": 1, "none": 1},
        indent=0.4, letterspace=0.25, stray_spaces=0.04, doubled=0.1, displaced=0.1, caption_pool=ZK_CAPTIONS,
        brief_pool=ZK_BRIEFS, brief_pool_share=0.6, paper_outlet="本报",
        labels={"column": ("县区传真", "张垣简讯"), "bullet": ("◎",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（转{n2}版）"), cont_forms=("（上接第{n}版）", "（接{n2}版）"),
        plans=((["decklead", "zkcomment", "brief"], {"front": True, "turn": 1}),
               (["zklink", "photo", "briefcol"], {"turn": 2}),
               (["continuation", "zkgroup"], {"page": 2, "blank": "none", "turn": 0,
                                              "group_credit": "本组图片由张家口日报记者 {n} 摄"}),
               (["deck", "photo", "brief"], {"blank": "every"})),
        page_style="0", sections=("要闻", "县区", "经济")),
    fam("set48_b", "府谷报", _fg_top, _fg_bottom, {by_fg: 1},
        brief_bylines={by_fg_brief: 1}, credits=(cr_fg,), width=(12, 16), blank={"para": 2, "every": 1},
        indent=0.5, letterspace=0.35, stray_spaces=0.07, doubled=0.2, displaced=0.2, caption_pool=FG_CAPTIONS,
        brief_pool=FG_BRIEFS, brief_pool_share=0.6, paper_outlet="本报", weekday_no=2,
        labels={"column": ("镇街动态", "府谷简讯"), "bullet": ("·",)},
        page_form="{n}版", jump_forms=("（下转{p}）", "（转第{cn}版）"), cont_forms=("（上接{p}）", "（接第{cn}版）"),
        plans=((["decklead", "fgservice", "brief"], {"front": True, "turn": 0}),
               (["fglink", "briefcol"], {"blank": "none", "turn": 1}),
               (["continuation", "fgtalk", "photo"], {"page": 2, "turn": 2}),
               (["deck", "photo", "bare"], {"blank": "every"})),
        page_style="plain", sections=("综合", "镇街", "乡村振兴")),
    fam("set48_c", "新晚报", _xw_top, _xw_bottom, {by_xw: 1},
        brief_bylines={by_xw_brief: 1}, credits=(cr_xw,), width=(16, 22), per_article_width=True,
        blank={"para": 1, "every": 1}, indent=0.3, letterspace=0.15, stray_spaces=0.03, doubled=0.1, displaced=0.15,
        caption_pool=XW_CAPTIONS, brief_pool=XW_BRIEFS, brief_pool_share=0.7, paper_outlet="新晚报",
        labels={"column": ("冰城速览", "晚报快讯"), "bullet": ("■",)},
        page_form="A{n2}", jump_forms=("（下转A{n2}）", "▶转{p}版"), cont_forms=("（上接A{n2}）", "◀接{p}版"),
        plans=((["decklead", "xwservice", "brief"], {"front": True, "turn": 2}),
               (["continuation", "xwtalk"], {"page": 2, "blank": "none", "turn": 0}),
               (["xwletter", "deck", "photo"], {"turn": 1}),
               (["deck", "photo", "briefcol"], {"blank": "every"})),
        page_style="A0", sections=("哈尔滨新闻", "民生", "社会")),
    fam("set48_d", "酒泉日报", _jq_top, _jq_bottom, {by_jq: 1},
        brief_bylines={by_jq_brief: 1}, credits=(cr_jq,), width=(15, 19), blank={"para": 1, "none": 2},
        indent=0.3, letterspace=0.3, stray_spaces=0.05, doubled=0.15, displaced=0.1, caption_pool=JQ_CAPTIONS,
        brief_pool=JQ_BRIEFS, brief_pool_share=0.6, paper_outlet="本报",
        labels={"column": ("县市区传真", "河西快讯"), "bullet": ("▷",)},
        page_form="第{cn}版", jump_forms=("（下转{p}）", "下转第{n}版"), cont_forms=("（上接{p}）", "上接第{n}版"),
        plans=((["decklead", "jqfigures", "brief"], {"front": True, "turn": 0}),
               (["jqcomment", "deck", "photo"], {"turn": 1}),
               (["continuation", "photo", "briefcol"], {"page": 2, "blank": "every", "turn": 2}),
               (["jqgroup", "deck", "brief"], {"blank": "none", "group_credit": "本组图片由全媒体记者 {n} 摄"})),
        page_style="0", sections=("要闻", "县市区", "经济")),
    fam("set48_e", "中国工业报", _gy_top, _gy_bottom, {by_gy: 1},
        brief_bylines={by_gy_brief: 1}, credits=(cr_gy,), width=(20, 25), blank={"para": 1, "every": 1},
        indent=0.2, letterspace=0.1, stray_spaces=0.02, doubled=0.05, displaced=0.05, caption_pool=GY_CAPTIONS,
        brief_pool=GY_BRIEFS, brief_pool_share=0.7, paper_outlet="本报",
        labels={"column": ("产业快讯", "地方工业"), "bullet": ("◆",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（转第{n}版）"), cont_forms=("（上接第{n}版）", "（接第{n}版）"),
        plans=((["decklead", "gyfigures", "brief"], {"front": True, "turn": 1}),
               (["gycomment", "deck", "briefcol"], {"blank": "none", "turn": 2}),
               (["continuation", "gytalk"], {"page": 2, "turn": 0}),
               (["gytable", "deck", "photo"], {})),
        page_style="0", sections=("要闻", "产业", "企业")),
    fam("set48_f", "中国农机化导报", _nj_top, _nj_bottom, {by_nj: 1},
        brief_bylines={by_nj_brief: 1}, credits=(cr_nj,), width=(17, 23), blank={"para": 2, "none": 1},
        indent=0.3, letterspace=0.1, stray_spaces=0.03, doubled=0.05, displaced=0.1, caption_pool=NJ_CAPTIONS,
        brief_pool=NJ_BRIEFS, brief_pool_share=0.7, paper_outlet="本报", weekday_no=0,
        labels={"column": ("各地农机", "农机简讯"), "bullet": ("●",)},
        page_form="第{n}版", jump_forms=("（下转第{cn}版）", "（转第{n}版）"), cont_forms=("（上接第{cn}版）", "（接第{n}版）"),
        plans=((["decklead", "njservice", "brief"], {"front": True, "turn": 2}),
               (["njasks", "deck"], {"blank": "every", "turn": 0}),
               (["njlink", "njtable"], {"turn": 1}),
               (["continuation", "photo", "briefcol"], {"page": 2, "blank": "none"})),
        page_style="plain", sections=("要闻", "农机推广", "市场")),
    fam("set48_g", "葡华报", _ph_top, _ph_bottom, {by_ph: 1},
        brief_bylines={by_ph_brief: 1}, credits=(cr_ph,), width=(19, 25), blank={"para": 1, "none": 1},
        indent=0.2, letterspace=0.0, stray_spaces=0.01, doubled=0.05, displaced=0.1, caption_pool=PH_CAPTIONS,
        brief_pool=PH_BRIEFS, brief_pool_share=0.8, paper_outlet="本报", weekday_no=4,
        labels={"column": ("葡国短讯", "侨社动态"), "bullet": ("※",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（续见第{n}版）"), cont_forms=("（上接第{n}版）", "（续第{n}版）"),
        plans=((["decklead", "phrates", "brief"], {"front": True, "turn": 1}),
               (["phcomment", "deck"], {"blank": "every", "turn": 2}),
               (["continuation", "photo", "briefcol"], {"page": 2, "turn": 0}),
               (["phtalk", "bare", "photo"], {"blank": "none"})),
        page_style="plain", sections=("葡国新闻", "侨社", "中国新闻")),
]
