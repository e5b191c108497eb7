"""A forty-second set of development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator or look at how these pages are cut.  Seven papers the corpus had not imitated (checked by
name against the development builders and gold, and against the held-back set only with a script that names
this set's candidate papers a held-back page also has; it named none): a city evening paper of the northwest,
a county media-centre paper of Hebei, a provincial science-and-technology paper, a water-resources industry
paper, a district paper of Shanghai, a Chinese daily of Europe and a culture paper.  This set's emphasis is
the ordinary news page as an archive receives it every week (要闻, 综合, 区县/街镇, 民生, 经济, 文体), each paper
printing the common things its own way: its header and footer lines (where the date stands, how the page and
section print, the lunar date, the serial number, editors' lines, hotlines, app promos), its byline and
dateline grammar (`晚报记者 X`, `文｜X 图｜Y`, `【本报巴黎讯】记者X报道：`, `（中新社北京5日电 记者 X）`, `X/文 Y/图`, a
unit's `（长江委水文局 X）`), its photo credits, its briefs column and bullet, its jump lines and continuation
heads, a commentary with its signature, an interview, a box tied to a story, a service box, a photo group.
Every family wraps its columns by width.

Seeds: FRESH42_SEED_BASE + FRESH42_SEED_STRIDE*family + 1_000*attempt + n (53_060_001 .. 53_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (comment titles,
questions, notes, service, water-level, exhibition and exchange rows, notices, letters, captions, briefs);
names, figures, phone numbers and addresses are made up.
"""
from __future__ import annotations

import dataclasses

from fresh_layouts_5 import _credit_turns
from fresh_layouts_37 import _DrawnBy
from fresh_layouts_40 import dateline, taking_turns
from fresh_layouts_41 import Fresh41Builder, Fresh41Family
from layout_kit import TRAIL, Above, Form, chosen, furniture, ln, masthead, opt, turns

FRESH42_SEED_BASE = 53_000_000
FRESH42_SEED_STRIDE = 60_000

# --------------------------------------------------------------------------- filler (written for this corpus)

TS_TITLES = ["“羲皇故里”的烟火气要留住", "办好群众家门口的小事", "让营商环境成为城市名片"]
TS_QUESTIONS = ["麻辣烫带火了天水，城市接下来怎样接住这波流量？", "游客多了，市民的日常生活受影响了吗？",
                "怎样把一时的热度变成长久的产业？", "下一步在服务游客上还有哪些打算？"]
TS_SERVICE = ["【天气】今天晴转多云，9℃至23℃，东南风二级。", "【出行】秦州区某某路今晚起夜间封闭施工，请绕行。",
              "【停电】明日8:30至17:00，麦积区某某村一带停电检修。", "【就业】市人才市场本周六举办专场招聘会，岗位八百余个。",
              "【健康】市某某医院本周开设免费眼健康筛查，请提前预约。"]
TS_CAPTIONS = [("伏羲庙前，游客在排队参观。", "羲皇故里"), ("麻辣烫店里，食客坐得满满当当。", ""),
               ("麦积山景区，游客在栈道上参观石窟。", "石窟游人"), ("花牛苹果园里，果农在疏花。", "")]
TS_BRIEFS = [("秦州区新增五处便民停车场", "近日，秦州区新增五处便民停车场，缓解景区周边停车难。"),
             ("天水开通景区直通车", "日前，天水开通多条景区直通车线路，游客在火车站即可乘车。"),
             ("社区开设暑期托管班", "近日，一个社区开设暑期托管班，为双职工家庭解决看护难题。")]

ZD_NOTES = [("记者手记", "", ["走进塔元庄村，干净的街巷两旁是一排排新民居，村民在村口的广场上晒太阳、聊家常。"
                             "村干部说，这几年最大的变化，是年轻人愿意回来了。"]),
            ("相关链接", "正定古城", ["正定古城历史悠久，现存隆兴寺、广惠寺华塔等文物古迹多处，"
                                   "近年来古城保护与旅游发展相互促进。"]),
            ("背景", "县域特色产业", ["全县培育电子信息、先进装备制造等产业，一批项目落地投产，带动就业数千人。"])]
ZD_GROUPS = [("古城夜色", ["图①：南城门灯光璀璨。", "图②：游客在古城街巷里漫步。", "图③：夜市里，摊主在招呼顾客。"]),
             ("麦收时节", ["图①：收割机在麦田里作业。", "图②：农户在晾晒新麦。", "图③：粮站里，工作人员在检测粮食水分。"])]
ZD_CAPTIONS = [("隆兴寺前，游客在拍照留念。", "古寺游人"), ("农户在大棚里采摘草莓。", ""),
               ("志愿者在古城街巷为游客指路。", "文明引导"), ("工人在生产线上组装电子产品。", "")]
ZD_BRIEFS = [("正定镇开展消防安全演练", "近日，正定镇组织开展消防安全演练，辖区商户百余人参加。"),
             ("新城铺镇举办农民丰收节", "日前，新城铺镇举办农民丰收节，展示当地特色农产品。"),
             ("县图书馆开设周末读书会", "近日，县图书馆开设周末读书会，吸引不少亲子家庭参加。")]
ZD_TOWNS = ("正定镇", "诸福屯镇", "新城铺镇", "南牛乡", "曲阳桥乡", "北早现乡")

KJ_ASKS = [("家里的充电宝放了一年没用，还能用吗？", "长期不用的充电宝会缓慢放电，建议先充满电再使用；如出现鼓包、发烫，应立即停止使用。"),
           ("手机显示“电池健康度”降到八成，需要换电池吗？", "健康度下降会缩短续航，但不影响安全。如日常使用不受影响，可暂不更换。"),
           ("夏天把手机放在车里会不会有危险？", "车内温度可能超过六十摄氏度，电池长时间高温易老化，严重时有安全隐患，不宜放在车内暴晒。"),
           ("智能手表测的血氧准不准？", "消费级设备的数据仅供参考，不能代替医疗检测，身体不适应及时就医。")]
KJ_FIGURES = [("2.5%", "全社会研发投入占地区生产总值比重"), ("5.1万家", "高新技术企业数量"), ("68%", "科技进步贡献率"),
              ("1.2万件", "今年以来技术合同登记"), ("23个", "新建省级重点实验室")]
KJ_QUESTIONS = ["这项技术最难攻克的是哪一关？", "成果转化过程中遇到过哪些困难？",
                "对年轻科研人员有什么建议？", "新质生产力在企业里体现在哪些方面？"]
KJ_TITLES = ["让科技成果从“书架”走上“货架”", "创新要耐得住寂寞", "为科技型中小企业松绑"]
KJ_CAPTIONS = [("实验室里，科研人员在调试设备。", "攻关一线"), ("学生在科技馆体验机器人编程。", ""),
               ("无人机在农田上空喷洒作物营养液。", "智慧农业"), ("观众在科普展上观看航天模型。", "")]
KJ_BRIEFS = [("南京一科普基地向公众开放", "近日，南京一处科普教育基地向公众免费开放，可预约参观。"),
             ("苏州发布科技企业培育计划", "日前，苏州发布科技型中小企业培育计划，提出一批支持措施。"),
             ("省科协启动科普进乡村活动", "近日，省科协启动科普进乡村活动，专家将走进百余个村庄。")]

CJ_STATIONS = [("寸滩", "172.35", "24600", "涨"), ("三峡水库", "165.20", "31000", "落"), ("宜昌", "48.62", "18900", "落"),
               ("沙市", "36.10", "17200", "平"), ("汉口", "22.45", "32500", "涨"), ("九江", "15.88", "35800", "涨")]
CJ_SIDE = [("延伸阅读", "什么是“河湖长制”", ["河湖长制是由各级党政负责同志担任河湖长，负责组织领导相应河湖的管理和保护工作的制度。"]),
           ("记者手记", "江边的守望", ["清晨的江边，水文站的职工已经完成了第一次测报。他们说，测得准、报得快，"
                                     "是对沿江群众最好的交代。"]),
           ("相关链接", "", ["长江经济带覆盖沿江十一个省市，坚持共抓大保护、不搞大开发，生态环境保护发生转折性变化。"])]
CJ_NOTICE = ("禁渔通告",
             "为保护长江水生生物资源，根据有关规定，现就某某江段禁渔有关事项通告如下：",
             ["一、禁渔范围：某某江段干流及其一级支流", "二、禁渔期间禁止一切天然渔业资源的生产性捕捞",
              "三、违反规定的，将依法予以查处"],
             "欢迎社会各界监督举报。举报电话：{p}",
             "某某市农业农村局")
CJ_TITLES = ["守护好一江碧水", "让每一滴水都发挥效益", "防汛不可有丝毫松懈"]
CJ_CAPTIONS = [("水文职工在测验船上施测流量。", "江上测流"), ("工作人员在巡查堤防。", ""),
               ("丹江口水库碧波荡漾。", "一库清水"), ("志愿者在江滩上清理垃圾。", "")]
CJ_BRIEFS = [("长江委开展汛前检查", "近日，长江委组织开展汛前检查，对重点堤防和水库进行排查。"),
             ("水文局完成新一批测站改造", "日前，某水文局完成一批测站自动化改造，测报时效明显提升。"),
             ("节水宣传走进校园", "近日，一场节水宣传活动走进校园，数百名学生参加。")]

SJ_LETTER_TITLES = ["小区门前的人行道啥时候修？", "地铁站出口能否增设非机动车停放点？"]
SJ_REPLIES = ["回音：记者将此事转给所在街道，街道表示已列入本月修缮计划，预计两周内完工。",
              "回音：区交通部门回复，已会同地铁运营单位现场踏勘，将在出口附近增设停放点。"]
SJ_PLACES = ("岳阳街道", "方松街道", "泗泾镇", "九亭镇")
SJ_SERVICE = ["【办事】区行政服务中心周六上午开放，可办理社保、公积金业务。", "【出行】9号线某某站一号口因施工临时关闭。",
              "【停水】本周四某某路片区停水，时间9:00至16:00。", "【文化】区图书馆本周末举办亲子阅读活动，请预约。"]
SJ_TITLES = ["把“G60”写在产业链上", "老小区改造要多听居民声音", "以“绣花功夫”做好城市管理"]
SJ_CAPTIONS = [("醉白池公园里，市民在赏花。", "园中春色"), ("工人在厂房里调试设备。", ""),
               ("广富林文化遗址，游客在参观。", "遗址游踪"), ("社区食堂里，老人在用餐。", "")]
SJ_BRIEFS = [("泗泾镇新增两处社区食堂", "近日，泗泾镇新增两处社区食堂，方便周边老人就餐。"),
             ("九亭镇开展垃圾分类宣传", "日前，九亭镇开展垃圾分类宣传活动，志愿者入户讲解分类知识。"),
             ("区体育中心延长开放时间", "近日，区体育中心延长夜间开放时间，市民健身更方便。")]

OZ_RATES = ("人民币 7.82元", "美元 1.08美元", "英镑 0.85英镑", "瑞士法郎 0.97法郎", "日元 168.4日元")
OZ_TITLES = ["务实合作才有共赢", "侨胞是沟通的桥梁", "中文教育需要更多支持"]
OZ_QUESTIONS = ["这次回国考察，最大的感受是什么？", "侨胞在中欧经贸往来中能做些什么？",
                "中文学校的孩子们学习热情怎么样？", "年轻一代华人对家乡的发展关注吗？"]
OZ_NOTICE = ("启事", "巴黎某某同乡会定于{m}月{d}日下午在会所举行换届大会，敬请全体会员准时出席。",
             "某某同乡会理事会")
OZ_CAPTIONS = [("巴黎十三区，华人社团在举行舞狮表演。", "春节巡游"), ("中文学校的学生在上书法课。", ""),
               ("塞纳河畔，游客在观光。", "河畔风光"), ("侨团代表在座谈会上发言。", "")]
OZ_BRIEFS = [("巴黎一中文学校举办开放日", "一所中文学校日前举办开放日活动，吸引不少家长带孩子参观。"),
             ("华人商会举办经贸交流会", "一个华人商会日前举办经贸交流会，数十家企业参加。"),
             ("里昂华人社团开展义诊", "里昂一个华人社团日前开展义诊活动，为侨胞提供健康咨询。")]

WY_SHOWS = ["【展览】“长安画派”作品展 即日起至下月底 省美术博物馆", "【演出】秦腔《三滴血》 本周六19:30 易俗大剧院",
            "【讲座】唐诗里的长安 周日14:00 市图书馆报告厅", "【展览】丝路文物精品展 即日起 某某博物馆",
            "【演出】民乐专场音乐会 下周五19:30 某某音乐厅"]
WY_TITLES = ["让文物“活”起来", "秦腔需要年轻的观众", "文旅融合要守住文化本色"]
WY_QUESTIONS = ["这部作品的创作灵感来自哪里？", "传统戏曲怎样吸引年轻观众？", "文化和旅游融合，关键在哪里？",
                "您对年轻的创作者有什么期望？"]
WY_GUESTS = ["省戏曲研究院演员", "某某美术馆馆长", "文旅企业负责人"]
WY_CAPTIONS = [("大唐不夜城，游客在观看演出。", "不夜长安"), ("秦腔演员在后台化妆。", ""),
               ("观众在博物馆里参观唐三彩。", "观展"), ("非遗传承人在展示剪纸技艺。", "")]
WY_BRIEFS = [("省图书馆推出古籍数字化阅览", "近日，省图书馆推出古籍数字化阅览服务，读者可在线查阅。"),
             ("一批非遗项目走进景区", "日前，一批非遗项目走进景区，游客可现场体验。"),
             ("市艺术团赴基层巡演", "近日，市艺术团开展送戏下乡巡演，演出二十余场。")]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_ts = chosen(Above("晚报记者 {0!l}"), Above("天水晚报记者 {0!l} 实习生 {1}", 2),
               _DrawnBy("文｜{0!l} 图｜{1}", 1, where="before", hint="plain", draws=2), turn="by", drawn=2)
by_ts_brief = turns(Form("本报讯（晚报记者 {0}）"), Form("（{0}）", **TRAIL))

by_zd = chosen(Above("县融媒体中心记者 {0!l}"), Above("通讯员 {0!l} 记者 {1}", 2), Form("本报讯（记者 {0} 通讯员 {1}）", 2),
               turn="by", drawn=2)
by_zd_brief = turns(Form("（{c0} {0}）", choices=(ZD_TOWNS,), **TRAIL), Form("本报讯（通讯员 {0}）"))

by_kj = chosen(Above("本报记者 {0!l} 通讯员 {1}", 2), Above("科技报记者 {0!l}"), Form("本报讯（通讯员 {0} 记者 {1}）", 2),
               turn="by", drawn=2)
by_kj_brief = turns(Form("本报讯（记者 {0}）"), Form("（{c0} {0}）", choices=(("省科技厅", "南京市科协", "苏州工业园区"),),
                                                        **TRAIL))

by_cj = chosen(Above("本报记者 {0!l} 通讯员 {1}", 2), Above("通讯员 {0!l}（{c0}）", choices=(("长江委水文局", "汉江集团",
                                                                                        "长江设计集团"),)),
               Above("本报记者 {0!l}"), turn="by", drawn=2)
by_cj_brief = turns(Form("（{c0} {0}）", choices=(("长江委水文局", "长江科学院", "丹江口水力发电厂"),), **TRAIL),
                    Form("本报讯（通讯员 {0}）"))

by_sj = chosen(Above("松江报记者 {0!l}"), _DrawnBy("记者 {0!l}/文 {1}/图", 1, where="before", hint="plain", draws=2),
               Above("记者 {0!l} 通讯员 {1}", 2), turn="by", drawn=2)
by_sj_brief = turns(Form("本报讯（记者 {0}）"), Form("（{c0} {0}）", choices=(SJ_PLACES,), **TRAIL))

by_oz = taking_turns(dateline("【本报巴黎讯】记者{0}报道：", 1), dateline("（中新社北京{d}日电 记者 {0}）", 1, hint="agency"),
                     chosen(Above("本报记者 {0!l}")))
by_oz_brief = turns(Form("【本报讯】", 0), Form("（本报综合报道）", 0, **TRAIL))

by_wy = chosen(Above("本报记者 {0!l}"), _DrawnBy("{0!l}/文 {1}/图", 1, where="before", hint="plain", draws=2),
               Above("本报记者 {0!l} 见习记者 {1}", 2), turn="by", drawn=2)
by_wy_brief = turns(Form("本报讯（记者 {0}）"), Form("（{0}）", **TRAIL))


# --------------------------------------------------------------------------- photo credits


cr_ts = _credit_turns(("晚报记者 {n} 摄", "（{n}/摄）", "（资料图）"))
cr_zd = _credit_turns(("融媒体记者 {n} 摄", "（{n} 摄）", "（县文旅局供图）"))
cr_kj = _credit_turns(("本报记者 {n} 摄", "（通讯员 {n} 摄）", "（受访单位供图）"))
cr_cj = _credit_turns(("通讯员 {n} 摄", "（{n} 摄）", "（长江委供图）"))
cr_sj = _credit_turns(("记者 {n} 摄", "图｜{n}", "（街道供图）"))
cr_oz = _credit_turns(("（本报记者 {n} 摄）", "（中新社发 {n} 摄）", "（档案照片）"))
cr_wy = _credit_turns(("本报记者 {n} 摄", "（{n}/摄）", "（主办方供图）"))


# --------------------------------------------------------------------------- builder


class Fresh42Builder(Fresh41Builder):

    # -------------------------------------------------------------- set42_a

    def slot_tscomment(self):
        return self.signed_comment(("晚报时评", "陇上观察"), TS_TITLES, ("□{}", "文｜{}"))

    def slot_tstalk(self):
        return self.talk((("晚报：", ""), ("记者：", "")), TS_QUESTIONS)

    def slot_tsservice(self):
        return self.service(("生活提示", "便民服务"), TS_SERVICE)

    # -------------------------------------------------------------- set42_b

    def slot_zdnote(self):
        return self.tied_box(ZD_NOTES)

    def slot_zdgroup(self):
        return self.numbered_photos(ZD_GROUPS)

    def slot_zdcomment(self):
        return self.staff_comment(("融媒评论", "正定时评"), ("乡村振兴要把产业抓牢", "擦亮古城文化名片"),
                                  sign=self.rng.choice(("本报评论员", "融媒评论员")))

    # -------------------------------------------------------------- set42_c

    def slot_kjasks(self):
        return self.asks(("科普问答", "科学答疑"), self.rng.choice(("电子产品使用那些事", "专家解答读者疑问")), KJ_ASKS,
                         "省科普作家协会 {}")

    def slot_kjfigures(self):
        return self.figures(("数说科技", "科技数据"), KJ_FIGURES, title="全省科技创新成绩单")

    def slot_kjtalk(self):
        return self.talk((("记者：", ""), ("问：", "答：")), KJ_QUESTIONS)

    def slot_kjcomment(self):
        return self.signed_comment(("科技时评", "创新观察"), KJ_TITLES, ("◇{}", "{}"))

    # -------------------------------------------------------------- set42_d

    def slot_cjwater(self):
        rng = self.rng
        rows = [" ".join(r) for r in rng.sample(CJ_STATIONS, rng.choice((4, 5)))]
        return self.wide_table(("水情", "江河水情"), "长江干流主要站点水情",
                               rng.choice(("站名 水位（米） 流量（立方米每秒） 涨落", "站点 水位 流量 趋势")), rows,
                               ("数据来源：长江委水文局", "数据截至昨日8时"))

    def slot_cjside(self):
        return self.tied_box(CJ_SIDE)

    def slot_cjnotice(self):
        return self.clauses(CJ_NOTICE, "027")

    def slot_cjcomment(self):
        return self.staff_comment(("长江论坛", "本报评论"), CJ_TITLES, sign="本报评论员")

    # -------------------------------------------------------------- set42_e

    def slot_sjletter(self):
        return self.reply_letter(SJ_LETTER_TITLES, SJ_REPLIES, SJ_PLACES)

    def slot_sjservice(self):
        return self.service(("便民提示", "云间服务"), SJ_SERVICE)

    def slot_sjcomment(self):
        return self.signed_comment(("松江观察", "云间评论"), SJ_TITLES, ("■ {}", "{}"))

    # -------------------------------------------------------------- set42_f

    def slot_ozrates(self):
        rows = list(OZ_RATES[:self.rng.choice((3, 5))])
        return self.rows_box(("欧元汇价", "今日汇率"), rows, title="1欧元兑换" if self.rng.random() < 0.5 else "")

    def slot_ozcomment(self):
        return self.staff_comment(("社论", "欧洲日报社论"), OZ_TITLES, sign=self.rng.choice(("本报社论", "■本报社论")))

    def slot_oztalk(self):
        return self.talk((("问：", "答："), ("本报：", "")), OZ_QUESTIONS)

    def slot_oznotice(self):
        return self.obituary(OZ_NOTICE)

    # -------------------------------------------------------------- set42_g

    def slot_wyshows(self):
        return self.service(("文化日历", "展演信息"), WY_SHOWS, title="本周展演")

    def slot_wyround(self):
        return self.roundtable(("文化访谈", "艺术对话"), WY_QUESTIONS, WY_GUESTS)

    def slot_wycomment(self):
        return self.signed_comment(("文艺评论", "艺苑观察"), WY_TITLES, ("文/{}", "□ {}"))


# --------------------------------------------------------------------------- furniture


_ts_top = furniture(
    (0.5, [ln("天水晚报 {y}年{m}月{d}日 {wd}", paper=True, date=True), ln("第{n}版 {sec}", page="{n}"),
           "本版编辑 {name} 校对 {name}"]),
    [ln("{sec}", page=None), ln("{n:02d}", page="{n:02d}"), ln("{y}.{m:02d}.{d:02d}", date=True)],
    front=[masthead("天水晚报"), "TIANSHUI EVENING NEWS", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:6000-6999}期 今日{pages}版", "天水日报社主管主办", "新闻热线 {tel:0938}"])
_ts_bottom = furniture((0.5, ["晚报热线 {tel:0938} 微信扫码 随手报料"]),
                       ["天水晚报社 地址：秦州区某某路{no:1-99}号", opt(0.5, ["零售价 每份1.00元"])])

_zd_top = furniture(
    (0.5, [ln("今日正定", paper=True), ln("{date} {wd}", date=True), ln("第{n}版 {sec}", page="{n}")]),
    [ln("{ssec}", page=None), ln("{n}", page="{n}"), "责任编辑：{name}"],
    front=[masthead("今日正定"), "中共正定县委主管 正定县融媒体中心主办", ln("{date} {wd} 农历{lunar}", date=True),
           "内部资料 冀内资准字0000号", "总第{no:1200-1999}期 本期{pages}版"])
_zd_bottom = furniture((0.5, ["地址：正定县某某大街{no:10-99}号 电话：{tel:0311}"]),
                       ["扫码关注“正定发布”", ln("{y}年{m}月{d}日", date=True)])

_kj_top = furniture(
    (0.5, [ln("{n} {sec}", page="{n}"), ln("江苏科技报 {date}", paper=True, date=True), "责编 {name} 组版 {name}"]),
    [ln("{y}年{m}月{d}日 {wd}", date=True), ln("{sec}·第{n}版", page="{n}")],
    front=[masthead("江苏科技报"), "JIANGSU SCIENCE AND TECHNOLOGY NEWS", "江苏省科学技术协会主管",
           ln("{date} {wd}", date=True), "国内统一连续出版物号 CN 32-0000 第{no:3000-3999}期", "每周三出版 今日{pages}版"])
_kj_bottom = furniture((0.5, ["报社地址：南京市某某路{no:10-99}号 订阅电话：{tel:025}"]),
                       ["科普热线 {tel:025}", opt(0.5, ["扫码关注“江苏科技报”视频号"])])

_cj_top = furniture(
    (0.5, [ln("人民长江报", paper=True), ln("{date} {wd}", date=True), ln("第{n}版 {sec}", page="{n}"),
           "责任编辑：{name} 美术编辑：{name}"]),
    [ln("{n:02d} {sec}", page="{n:02d}"), ln("{y}.{m}.{d}", date=True)],
    front=[masthead("人民长江报"), "水利部长江水利委员会主管", "国内统一连续出版物号 CN 42-0000", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:2000-2999}期 每周六出版", "新闻热线 {tel:027}"])
_cj_bottom = furniture((0.5, ["人民长江报社 地址：武汉市某某大道{no:100-999}号"]),
                       ["本版编辑 {name} 校对 {name}", "节约用水 人人有责"])

_sj_top = furniture(
    (0.5, [ln("松江报", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True), ln("{sec} {n:02d}", page="{n:02d}")]),
    [ln("{n:02d}", page="{n:02d}"), "{sec}", "责任编辑 {name} 视觉 {name}"],
    front=[masthead("松江报"), "中共上海市松江区委主管", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:4000-4999}期 今日{pages}版", "内部资料 沪内资准字0000号"])
_sj_bottom = furniture((0.5, ["下载“上海松江”客户端 新闻线索请拨 {tel:021}"]),
                       [ln("松江报 {y}.{m:02d}.{d:02d}", paper=True, date=True), "印刷：上海某某印务有限公司"])

_oz_top = furniture(
    (0.5, [ln("第{n}页", page="{n}"), "{sec}", ln("欧洲日报 {y}年{m}月{d}日（{wd}）", paper=True, date=True)]),
    [ln("{sec} {n}", page="{n}"), ln("{date}（{wd}）", date=True)],
    front=[masthead("欧洲日报"), "EUROPE JOURNAL", ln("{date}（{wd}） 农历{lunar}", date=True),
           "第{no:9000-9999}号 每份1.20欧元", "巴黎出版 电话：(33) 1 4000 {no:1000-9999}"])
_oz_bottom = furniture((0.5, ["广告部 电话：(33) 1 4000 {no:1000-9999} 传真：(33) 1 4000 {no:1000-9999}"]),
                       ["本报地址：巴黎某某街{no:10-99}号", "编辑 {name}"])

_wy_top = furniture(
    (0.5, [ln("文化艺术报", paper=True), ln("{date} {wd}", date=True), ln("{sec} {n}", page="{n}")]),
    [ln("第{n}版", page="{n}"), "{ssec}", "主编 {name} 责编 {name}"],
    front=[masthead("文化艺术报"), "CULTURE & ART NEWS", "陕西省文化和旅游厅主管", ln("{date} {wd} 农历{slunar}", date=True),
           "国内统一连续出版物号 CN 61-0000 第{no:3000-3999}期", "今日{pages}版"])
_wy_bottom = furniture((0.5, ["文化艺术报社出版 地址：西安市某某路{no:10-99}号", "投稿邮箱 wyb@example.cn"]),
                       [ln("{y}年{m}月{d}日", date=True), "扫码关注 文化艺术报"])


@dataclasses.dataclass
class Fresh42Family(Fresh41Family):
    seed_stride: int = FRESH42_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh42Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh42Builder, justified=True,
                         **kw)


FRESH42_FAMILIES = [
    fam("set42_a", "天水晚报", _ts_top, _ts_bottom, {by_ts: 1},
        brief_bylines={by_ts_brief: 1}, credits=(cr_ts,), width=(15, 21), blank={"para": 2, "every": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.04, doubled=0.15, displaced=0.1, caption_pool=TS_CAPTIONS,
        brief_pool=TS_BRIEFS, brief_pool_share=0.6, paper_outlet="晚报",
        labels={"column": ("城事简报", "秦州快讯"), "bullet": ("◎",)},
        page_form="{n2}版", jump_forms=("转{n2}版>>", "（下转第{n}版）"), cont_forms=("<<接{n2}版", "（上接第{n}版）"),
        plans=((["decklead", "tsservice", "brief"], {"front": True, "turn": 0}),
               (["deck", "photo", "briefcol"], {"turn": 1}),
               (["tstalk", "tscomment"], {"blank": "every", "turn": 2}),
               (["continuation", "bare", "photo"], {"page": 2, "blank": "none"})),
        page_style="0", sections=("城事", "民生", "县区")),
    fam("set42_b", "今日正定", _zd_top, _zd_bottom, {by_zd: 1},
        brief_bylines={by_zd_brief: 1}, credits=(cr_zd,), width=(12, 16), blank={"para": 1, "every": 1},
        indent=0.5, letterspace=0.4, stray_spaces=0.06, doubled=0.2, displaced=0.2, caption_pool=ZD_CAPTIONS,
        brief_pool=ZD_BRIEFS, brief_pool_share=0.7, paper_outlet="融媒体中心",
        labels={"column": ("乡镇动态", "正定简讯"), "bullet": ("●",)},
        page_form="第{cn}版", jump_forms=("（转第{cn}版）", "下转{cn}版"), cont_forms=("（紧接第{cn}版）", "上接{cn}版"),
        plans=((["decklead", "zdcomment", "brief"], {"front": True, "turn": 1}),
               (["zdnote", "brief"], {"turn": 2, "displaced": 0.4}),
               (["continuation", "photo", "briefcol"], {"page": 2, "blank": "none", "turn": 0}),
               (["zdgroup", "deck", "brief"], {"group_credit": "本组图片由融媒体记者 {n} 摄"})),
        page_style="cn", sections=("要闻", "乡镇", "民生")),
    fam("set42_c", "江苏科技报", _kj_top, _kj_bottom, {by_kj: 1},
        brief_bylines={by_kj_brief: 1}, credits=(cr_kj,), width=(16, 22), blank={"para": 1, "none": 1},
        indent=0.3, letterspace=0.2, stray_spaces=0.02, doubled=0.1, displaced=0.1, caption_pool=KJ_CAPTIONS,
        brief_pool=KJ_BRIEFS, brief_pool_share=0.6, paper_outlet="本报",
        labels={"column": ("科技快讯", "创新动态"), "bullet": ("▷",)},
        page_form="第{n}版", jump_forms=("（转第{n}版）", "（下转{n2}版）"), cont_forms=("（上接第{n}版）",),
        plans=((["decklead", "kjfigures", "brief"], {"front": True, "turn": 2}),
               (["kjtalk", "briefcol"], {"turn": 0}),
               (["deck", "kjasks", "photo"], {"blank": "every", "turn": 1}),
               (["kjcomment", "deck", "photo"], {"blank": "none"})),
        page_style="plain", sections=("要闻", "创新", "科普")),
    fam("set42_d", "人民长江报", _cj_top, _cj_bottom, {by_cj: 1},
        brief_bylines={by_cj_brief: 1}, credits=(cr_cj,), width=(18, 26), blank={"para": 2, "every": 1},
        indent=0.2, letterspace=0.1, stray_spaces=0.02, doubled=0.05, displaced=0.1, caption_pool=CJ_CAPTIONS,
        brief_pool=CJ_BRIEFS, brief_pool_share=0.7, paper_outlet="本报",
        labels={"column": ("流域动态", "基层传真"), "bullet": ("■",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（转{n}版）"), cont_forms=("（上接第{n}版）", "（接{n}版）"),
        plans=((["decklead", "cjcomment", "brief"], {"front": True, "turn": 0}),
               (["deck", "cjwater", "briefcol"], {"blank": "none", "turn": 1}),
               (["cjside", "photo"], {"turn": 2}),
               (["deck", "cjnotice", "photo"], {"blank": "every"})),
        page_style="plain", sections=("要闻", "流域", "水文")),
    fam("set42_e", "松江报", _sj_top, _sj_bottom, {by_sj: 1},
        brief_bylines={by_sj_brief: 1}, credits=(cr_sj,), width=(13, 17), per_article_width=True,
        blank={"para": 1, "every": 2}, letterspace=0.3, stray_spaces=0.05, doubled=0.2, displaced=0.15,
        caption_pool=SJ_CAPTIONS, brief_pool=SJ_BRIEFS, brief_pool_share=0.7, paper_outlet="松江报",
        labels={"column": ("街镇传真", "松江简讯"), "bullet": ("▪",)},
        page_form="{n2}版", jump_forms=("（下转{n2}）", "转{n2}版▼"), cont_forms=("（上接{n2}）", "▲接{n2}版"),
        plans=((["decklead", "photo", "brief"], {"front": True, "turn": 1}),
               (["deck", "sjletter", "briefcol"], {"turn": 2}),
               (["continuation", "deck", "sjservice"], {"page": 2, "blank": "none", "turn": 0}),
               (["sjcomment", "photo", "bare"], {})),
        page_style="0", sections=("要闻", "街镇", "民生")),
    fam("set42_f", "欧洲日报", _oz_top, _oz_bottom, {by_oz: 1},
        brief_bylines={by_oz_brief: 1}, credits=(cr_oz,), width=(20, 26), blank={"para": 1, "none": 1},
        indent=0.3, letterspace=0.0, stray_spaces=0.01, displaced=0.1, caption_pool=OZ_CAPTIONS, brief_pool=OZ_BRIEFS,
        brief_pool_share=0.7, paper_outlet="本报",
        labels={"column": ("侨社简讯", "欧洲侨讯"), "bullet": ("◇",)},
        page_form="第{n}页", jump_forms=("（转第{n}页）", "（文转{n}页）"), cont_forms=("（接第{n}页）", "（文接{n}页）"),
        plans=((["decklead", "ozrates", "brief"], {"front": True, "turn": 0}),
               (["continuation", "deck", "photo"], {"page": 2, "turn": 1}),
               (["ozcomment", "deck", "briefcol"], {"blank": "every", "turn": 2}),
               (["oztalk", "oznotice", "brief"], {"blank": "none"})),
        page_style="plain", sections=("中国新闻", "侨社", "欧洲新闻")),
    fam("set42_g", "文化艺术报", _wy_top, _wy_bottom, {by_wy: 1},
        brief_bylines={by_wy_brief: 1}, credits=(cr_wy,), width=(14, 20), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.2, stray_spaces=0.04, doubled=0.15, displaced=0.15, caption_pool=WY_CAPTIONS,
        brief_pool=WY_BRIEFS, brief_pool_share=0.6, paper_outlet="本报",
        labels={"column": ("文化快讯", "艺坛动态"), "bullet": ("★",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（转{n2}版）"), cont_forms=("（上接第{n}版）",),
        plans=((["decklead", "wyshows", "brief"], {"front": True, "turn": 1}),
               (["deck", "photo", "briefcol"], {"blank": "none", "turn": 2}),
               (["wyround", "photo"], {"turn": 0}),
               (["wycomment", "deck", "bare"], {"blank": "every"})),
        page_style="plain", sections=("要闻", "文旅", "艺术")),
]
