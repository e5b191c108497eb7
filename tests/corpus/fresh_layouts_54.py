"""A fifty-fourth set of development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator or look at how these pages are cut.  Seven papers of central China and the northeast, of
culture and of law, and of Malaysia that the corpus had not imitated (checked by name against the
development builders and the README, and against the held-back set only with a script that names this set's
candidate papers a held-back page also has; it named none): a prefecture city daily of Hubei (孝感), a county
paper of Hunan (长沙县's 星沙时报), a metro paper of Henan (东方今报), an evening paper of Liaoning (本溪), the
national papers of calligraphy and painting (中国书画报) and of drug control (中国禁毒报), and a Chinese-language
daily of Sabah, Malaysia (华侨日报).  Of the first candidates 岳阳日报, 周口日报, 九江日报, 牡丹江日报, 锦州日报,
赤峰日报, 荆州日报, 常德日报, 上饶日报, 鞍山日报, 大庆日报, 包头日报, 浏阳日报, 楚天都市报, 潇湘晨报, 大河报,
江南都市报, 生活报, 城市晚报, 辽沈晚报, 半岛晨报, 武汉晚报, 长沙晚报, 郑州晚报, 沈阳晚报, 长江日报, 中国教育报,
中国教师报, 法治日报, 人民法院报, 检察日报, 中国文化报, 中国艺术报, 科技日报, 中国科学报, 中国环境报, 世界日报,
侨报, 联合早报, 星洲日报, 南洋商报, 光华日报 and 诗华日报 were imitated or named already, and 洛阳晚报, 鹤城晚报 and
大庆晚报 share a city with a paper imitated already, so they were not taken.
This set's emphasis is the ordinary news page as an archive receives it every week (要闻, 县市区, 镇街, 郑州新闻,
本溪新闻, 资讯, 禁毒动态, 沙巴新闻), each paper printing the common things its own way: its header and footer
lines (where the date stands, how the page and section print, the lunar date, the serial number, editors'
lines, hotlines, app promos, the postal code and price), its byline and dateline grammar (全媒体记者, a town's
融媒体 reporter, 今报记者 … 文/图, ■晚报记者, an art museum's 供稿, a county 禁毒办, the Malaysian `（亚庇X日讯）`
and 报导：), its photo credits, its briefs column and bullet, its jump lines and continuation heads, a
commentary with its signature, an interview, a box tied to a story, a service box, a figures box, a photo
group, a reader's call with the paper's follow-up, questions and answers on drug law, an exhibitions table,
a rate box.  Every family wraps its columns by width.

Seeds: FRESH54_SEED_BASE + FRESH54_SEED_STRIDE*family + 1_000*attempt + n (65_060_001 .. 65_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (comment titles,
questions and answers, notes, service and rate rows, figures, table rows, readers' calls and follow-ups,
captions, briefs); names, figures, phone numbers and addresses are made up.
"""
from __future__ import annotations

import dataclasses

from fresh_layouts_5 import _credit_turns
from fresh_layouts_40 import dateline, taking_turns
from fresh_layouts_43 import Fresh43Builder, Fresh43Family
from layout_kit import TRAIL, Above, Form, chosen, furniture, ln, masthead, opt, turns

FRESH54_SEED_BASE = 65_000_000
FRESH54_SEED_STRIDE = 60_000

# --------------------------------------------------------------------------- filler (written for this corpus)

XG_TITLES = ["让孝文化成为城市的名片", "县域经济要在特色上做文章", "把惠民实事办到群众心坎上"]
XG_LINKS = [("背景", "", ["孝感地处江汉平原北部，麻糖、米酒和莲藕是当地有名的特产。"]),
            ("记者手记", "田埂上的“新农人”", ["小周大学毕业后回村种藕，起初村里人不看好。三年过去，"
                                            "他的合作社带动几十户村民一起增收。"]),
            ("相关链接", "", ["今年以来，全市新开工一批重点项目，涵盖先进制造、现代农业和城市更新等领域。"])]
XG_GROUPS = [("双峰山下红叶红", ["图①游客在山道上赏红叶。", "图②摄影爱好者在山顶取景。", "图③村民在路边售卖山货。"]),
             ("藕塘里的丰收", ["图①藕农在塘里采挖莲藕。", "图②工人在加工车间清洗莲藕。", "图③客商在塘边收购莲藕。"])]
XG_CAPTIONS = [("云梦县的田野里，农机在收割水稻。", "秋收忙"), ("孝南区某某社区，志愿者为老人理发。", ""),
               ("汉川市的服装厂里，工人在赶制订单。", "车间一线"), ("市民在老澴河边散步。", "")]
XG_BRIEFS = [("应城市举办农民运动会", "近日，应城市举办农民运动会，拔河、挑担等项目吸引数百名村民参加。"),
             ("大悟县开展防溺水宣传", "日前，大悟县组织志愿者走进村组，开展防溺水宣传。"),
             ("安陆市新建一批充电桩", "近日，安陆市城区一批公共充电桩投入使用。")]

XS_SERVICE = ["◎星沙街道某某社区本周六上午开展免费量血压活动。", "◎县人民医院专家下周二到黄花镇坐诊。",
              "◎因管网改造，本周四8:00至18:00榔梨街道部分区域停水。", "◎县图书馆周末举办亲子阅读会，欢迎报名。",
              "◎县公交某路临时调整线路，途经站点请留意公告。"]
XS_LINKS = [("延伸阅读", "", ["长沙县地处长沙东部，工程机械、汽车及零部件是当地的重要产业。"]),
            ("记者手记", "菜园里的笑声", ["开慧镇的一块菜地里，几位老人正在拔草。他们说，"
                                         "地是村里统一流转的，自己在家门口就能打工挣钱。"]),
            ("相关链接", "", ["今年以来，县里新建改建一批农村公路，方便群众出行和农产品外运。"])]
XS_QUESTIONS = ["这家合作社是怎么办起来的？", "今年的茶叶行情怎么样？", "村里的年轻人愿意回来吗？", "下一步有什么打算？"]
XS_CAPTIONS = [("金井镇的茶园里，茶农在采茶。", "采茶季"), ("果园镇的花卉基地里，工人在分拣花苗。", ""),
               ("星沙街道某某社区，居民在跳广场舞。", "社区欢歌"), ("路口镇的稻田里，农户在晒谷。", "")]
XS_BRIEFS = [("春华镇举办乡村厨艺大赛", "近日，春华镇举办乡村厨艺大赛，二十多名村民同台比拼。"),
             ("黄兴镇开展消防安全演练", "日前，黄兴镇组织辖区企业开展消防安全演练。"),
             ("湘龙街道新开一家社区食堂", "近日，湘龙街道一家社区食堂开业，老人用餐可享优惠。")]

JB_SERVICE = ["【天气】今天多云，最高气温23℃，最低气温12℃，北风三级。", "【地铁】地铁某号线本周六起延长运营时间。",
              "【停电】明日8:00至18:00，金水区某某路片区计划停电。", "【招聘】本周五，市人才市场举办大型招聘会。",
              "【提示】近期早晚温差大，市民注意添衣。"]
JB_CALLS = ["读者来电：小区电梯停运半个月没人修", "读者来电：路边下水道井盖缺了一块"]
JB_FOLLOWUPS = ["今报追踪：记者联系物业公司，对方表示配件已到，电梯将于本周内恢复运行。",
                "今报追踪：接到反映后，区市政部门当天派人补装井盖，并对周边路段进行排查。"]
JB_PLACES = ("金水区", "二七区", "中原区", "管城区", "惠济区")
JB_QUESTIONS = ["这家烩面馆开了多少年了？", "为什么选择回郑州创业？", "这些年街坊邻居有哪些变化？", "今后还有什么打算？"]
JB_CAPTIONS = [("二七广场上，市民在拍照留念。", "广场新景"), ("郑东新区的公园里，孩子们在放风筝。", ""),
               ("工人在某某快速路施工现场作业。", "施工正忙"), ("市民在夜市选购小吃。", "")]
JB_BRIEFS = [("中原区新建一批口袋公园", "近日，中原区一批口袋公园建成开放，居民家门口多了休闲去处。"),
             ("管城区开展燃气安全检查", "日前，管城区组织人员入户开展燃气安全检查。"),
             ("惠济区举办黄河文化节", "近日，惠济区举办黄河文化节，吸引大量市民游客。")]

BX_TITLES = ["让老工业城市的烟火气更浓", "山城的绿水青山要守护好", "冬季供暖要早做准备"]
BX_NOTES = ("（作者系本溪某某学院教师）", "（作者系晚报特约评论员）")
BX_FIGURES = [("38个", "今年改造的老旧小区"), ("2.6万户", "受益居民"), ("11条", "新开通和优化的公交线路"),
              ("93.5%", "城区空气质量优良天数比例"), ("160公里", "新建改建的城市绿道")]
BX_SERVICE = ["▲明日9:00至16:00，平山区某某街部分区域停水。", "▲市图书馆本周末举办地方文史讲座。",
              "▲本溪水洞景区即日起调整开放时间。", "▲供暖期临近，请居民检查室内暖气管道。",
              "▲市医保服务中心周六上午照常办理业务。"]
BX_GROUPS = [("关门山秋色", ["①游客在景区栈道上赏枫。", "②摄影爱好者在湖边取景。", "③孩子们在落叶间玩耍。"]),
             ("太子河畔晨练", ["①市民在河边打太极拳。", "②跑步爱好者在绿道上晨跑。", "③老人在河边垂钓。"])]
BX_CAPTIONS = [("太子河边，市民在散步。", "河畔漫步"), ("社区食堂里，老人在用餐。", ""),
               ("本溪水洞景区，游客在乘船游览。", "水洞游"), ("工人在某某小区改造现场施工。", "")]
BX_BRIEFS = [("明山区新开一批城市书屋", "近日，明山区一批城市书屋开放，居民就近就能看书。"),
             ("溪湖区举办社区运动会", "日前，溪湖区举办社区运动会，数百名居民参加。"),
             ("南芬区开展森林防火巡查", "近日，南芬区组织人员开展森林防火巡查。")]

SH_TITLES = ["书法教育要守正也要创新", "美术馆要让更多人走进来", "青年画家要扎根生活"]
SH_NOTES = ("（作者系某某美术学院教授）", "（作者为某某书法家协会会员）")
SH_QUESTIONS = ["您是怎样走上书法道路的？", "这次展览有哪些新作品？", "临帖和创作是什么关系？", "对青年作者有什么建议？"]
SH_TABLE = ["某某书法作品展 某某美术馆 即日起至下月10日", "某某山水画邀请展 某某艺术中心 本月20日至30日",
            "某某篆刻艺术展 某某博物馆 即日起至下月5日", "某某花鸟画作品展 某某画院 本月15日至25日",
            "某某青年书画展 某某文化馆 本月18日至28日", "某某版画作品展 某某美术馆 即日起至月底"]
SH_CAPTIONS = [("观众在美术馆欣赏书法作品。", "展厅里"), ("书法家在现场挥毫泼墨。", ""),
               ("学生在老师指导下练习篆刻。", "学刻印"), ("观众在展厅里观看山水画作品。", "")]
SH_BRIEFS = [("某某美术馆举办公益书法课", "近日，某某美术馆举办公益书法课，数十名市民参加。"),
             ("某某画院开展写生活动", "日前，某某画院组织画家赴山区写生，创作一批作品。"),
             ("某某书法家协会送春联下乡", "近日，某某书法家协会组织会员下乡，为村民书写春联。")]

JD_ASKS = [("吸食毒品要承担什么法律责任？", "吸食、注射毒品的，依照治安管理处罚法的规定给予拘留、罚款等处罚；"
            "吸毒成瘾的，还要接受社区戒毒或者强制隔离戒毒。"),
           ("替别人保管毒品违法吗？", "违法。非法持有毒品达到一定数量的构成犯罪；明知是毒品而替他人窝藏、"
            "转移的，也要依法追究责任。"),
           ("发现身边有人涉毒怎么办？", "可以向当地公安机关举报，也可以拨打禁毒举报电话。"
            "举报人的信息依法受到保护。"),
           ("戒毒后还能正常工作吗？", "戒毒人员在入学、就业、享受社会保障等方面不受歧视，"
            "有关部门和社区会提供必要的帮扶。")]
JD_FIGURES = [("1.2万起", "前三季度破获毒品刑事案件"), ("9.6吨", "缴获各类毒品"), ("3.8万场", "开展禁毒宣传活动"),
              ("6500个", "创建的无毒社区"), ("87%", "戒断三年未复吸人员比例")]
JD_TITLES = ["禁毒宣传要走进青少年心里", "让无毒社区建设落到实处", "新型毒品防范不能掉以轻心"]
JD_CAPTIONS = [("民警向学生讲解毒品的危害。", "禁毒课堂"), ("志愿者在广场上发放禁毒宣传资料。", ""),
               ("缉毒民警在检查站检查过往车辆。", "查缉一线"), ("社区工作人员走访戒毒康复人员。", "")]
JD_BRIEFS = [("某某市开展禁毒宣传进校园活动", "近日，某某市禁毒办组织民警走进中小学，开展禁毒宣传。"),
             ("某某县举办禁毒知识竞赛", "日前，某某县举办禁毒知识竞赛，十余支队伍参赛。"),
             ("某某区新建一批社区戒毒康复工作站", "近日，某某区一批社区戒毒康复工作站投入使用。")]

HQ_RATES = ("美元 4.42 令吉", "新加坡元 3.38 令吉", "人民币 0.61 令吉", "港币 0.57 令吉", "欧元 4.78 令吉")
HQ_TITLES = ["让沙巴旅游业走得更稳", "华小师资问题要早日解决", "乡区道路不能再拖"]
HQ_QUESTIONS = ["这家咖啡店传了几代人？", "当年为什么从内陆搬到亚庇？", "乡亲们最关心什么？", "今后有什么打算？"]
HQ_CAPTIONS = [("亚庇海滨的夜市，游客在选购海鲜。", "夜市人潮"), ("斗湖的油棕园里，工人在采收果串。", ""),
               ("学生在华小礼堂表演舞狮。", "舞狮迎宾"), ("民众在丹绒亚路海边观赏日落。", "")]
HQ_BRIEFS = [("山打根华团举办敬老活动", "日前，山打根多个华团联办敬老活动，为长者送上红包。"),
             ("根地咬举办农产品展销会", "近日，根地咬举办农产品展销会，吸引大批民众。"),
             ("丹南华小举办义卖会", "日前，丹南一所华小举办义卖会，筹款修建礼堂。")]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


XG_PLACES = ("孝南", "汉川", "应城", "云梦", "安陆", "大悟", "孝昌")
by_xg = chosen(Form("本报讯（全媒体记者 {0} 通讯员 {1}）", 2, line_share=0.2),
               Above("孝感日报全媒体记者 {0!l} 通讯员 {1}", 2), Above("全媒体记者 {0!l} 文/图", photo=True),
               turn="by", drawn=2)
by_xg_brief = turns(Form("本报讯（通讯员 {0}）"), Form("（{c0} {0}）", choices=(XG_PLACES,), **TRAIL))

XS_TOWNS = ("星沙街道", "榔梨街道", "黄兴镇", "黄花镇", "春华镇", "果园镇", "路口镇", "金井镇", "开慧镇")
by_xs = taking_turns(chosen(Above("星沙时报记者 {0!l}")), chosen(Form("本报讯（记者 {0} 通讯员 {1}）", 2), drawn=2),
                     chosen(Above("记者 {0!l} 通讯员 {1} {2}", 3), drawn=3))
by_xs_brief = turns(Form("（{c0} {0}）", choices=(XS_TOWNS,), **TRAIL), Form("本报讯（通讯员 {0}）", line_share=0.3))

by_jb = chosen(Above("东方今报记者 {0!l} 实习生 {1}", 2), Above("今报记者 {0!l} 文/图", photo=True),
               Form("本报讯（记者 {0}）", line_share=0.3), turn="by", drawn=2)
by_jb_brief = turns(Form("（今报记者 {0}）", **TRAIL), Form("本报讯（通讯员 {0}）"))

by_bx = chosen(Above("■晚报记者 {0!l}"), Above("本溪晚报记者 {0!l} 通讯员 {1}", 2),
               Above("本报记者 {0!l} 文/摄", photo=True), turn="by", drawn=2)
by_bx_brief = turns(Form("（记者 {0}）", **TRAIL), Form("本报讯（通讯员 {0}）", line_share=0.3))

by_sh = chosen(Above("本报记者 {0!l}"), Above("□本报通讯员 {0!l}"), Form("本报讯（记者 {0}）"), turn="by", drawn=2)
by_sh_brief = turns(Form("（{c0}供稿）", 0, choices=(("某某美术馆", "某某画院", "某某书法家协会"),), **TRAIL),
                    Form("本报讯（通讯员 {0}）"))

by_jd = chosen(Above("本报记者 {0!l} 通讯员 {1}", 2), Form("本报讯（通讯员 {0} {1}）", 2),
               Above("本报通讯员 {0!l}"), turn="by", drawn=2)
by_jd_brief = turns(Form("（{c0}禁毒办）", 0, choices=(("某某市", "某某县", "某某区"),), **TRAIL),
                    Form("本报讯（通讯员 {0}）"))

by_hq = taking_turns(dateline("（亚庇{d}日讯）", 0), chosen(Above("报导：{0!l}")),
                     dateline("（斗湖{d}日讯）报导：{0} ", 1))
by_hq_brief = turns(Form("（本报讯）", 0), Form("（山打根讯）", 0, **TRAIL))


# --------------------------------------------------------------------------- photo credits


cr_xg = _credit_turns(("全媒体记者 {n} 摄", "（通讯员 {n} 摄）", "（资料图）"))
cr_xs = _credit_turns(("记者 {n}/摄", "（通讯员 {n} 摄）", "（镇街供图）"))
cr_jb = _credit_turns(("今报记者 {n}/摄", "（{n} 摄）", "（受访者供图）"))
cr_bx = _credit_turns(("■晚报记者 {n} 摄", "（{n} 摄）", "（图片由主办方提供）"))
cr_sh = _credit_turns(("（本报记者 {n} 摄）", "（美术馆供图）", "（{n} 摄）"))
cr_jd = _credit_turns(("（通讯员 {n} 摄）", "本报记者 {n}/摄", "（公安局禁毒大队供图）"))
cr_hq = _credit_turns(("（摄影：{n}）", "（档案照）", "（{n} 摄）"))


# --------------------------------------------------------------------------- builder


class Fresh54Builder(Fresh43Builder):

    # -------------------------------------------------------------- set54_a

    def slot_xgcomment(self):
        return self.staff_comment(("孝感时评", "董永论坛"), XG_TITLES, sign=self.rng.choice(("本报评论员", "孝感日报评论员")))

    def slot_xglink(self):
        return self.tied_box(XG_LINKS)

    def slot_xggroup(self):
        return self.numbered_photos(XG_GROUPS)

    # -------------------------------------------------------------- set54_b

    def slot_xsservice(self):
        return self.service(("便民信息", "星沙服务"), XS_SERVICE)

    def slot_xslink(self):
        return self.tied_box(XS_LINKS)

    def slot_xstalk(self):
        return self.interview(("星沙访谈", "田间对话"), XS_QUESTIONS, ("记者：", "问："))

    # -------------------------------------------------------------- set54_c

    def slot_jbservice(self):
        return self.service(("今报提醒", "生活服务"), JB_SERVICE)

    def slot_jbcall(self):
        return self.reply_letter(JB_CALLS, JB_FOLLOWUPS, JB_PLACES)

    def slot_jbtalk(self):
        return self.interview(("今报面对面", "街坊故事"), JB_QUESTIONS, ("今报：", "记者："))

    # -------------------------------------------------------------- set54_d

    def slot_bxcomment(self):
        return self.noted_comment(("晚报时评", "溪城观察"), BX_TITLES, ("□", "文/"), BX_NOTES)

    def slot_bxfigures(self):
        return self.figures(("数字本溪", "数说"), BX_FIGURES, title="民生实事进度表")

    def slot_bxservice(self):
        return self.service(("晚报服务台", "便民"), BX_SERVICE)

    def slot_bxgroup(self):
        return self.numbered_photos(BX_GROUPS)

    # -------------------------------------------------------------- set54_e

    def slot_shcomment(self):
        return self.noted_comment(("艺苑时评", "书画论坛"), SH_TITLES, ("□", "◎"), SH_NOTES)

    def slot_shtalk(self):
        return self.interview(("艺术家访谈", "对话"), SH_QUESTIONS, ("记者：", "本报："))

    def slot_shtable(self):
        rng = self.rng
        rows = rng.sample(SH_TABLE, rng.choice((4, 5)))
        return self.wide_table(("展讯", "展览预告"), "近期展览一览", rng.choice(("展览 地点 展期", "名称 场馆 时间")),
                               rows, ("以上信息以场馆公告为准", "注：部分展览需预约参观"))

    # -------------------------------------------------------------- set54_f

    def slot_jdasks(self):
        return self.asks(("以案说法", "禁毒问答"), self.rng.choice(("这些涉毒行为都违法", "禁毒法律知识问答")), JD_ASKS,
                         "某某市公安局禁毒支队 {}")

    def slot_jdfigures(self):
        return self.figures(("数说禁毒", "数据"), JD_FIGURES, title="全国禁毒工作成效")

    def slot_jdcomment(self):
        return self.staff_comment(("禁毒时评", "本报评论"), JD_TITLES, sign=self.rng.choice(("本报评论员", "禁毒报评论员")))

    # -------------------------------------------------------------- set54_g

    def slot_hqrates(self):
        return self.service(("外汇行情", "今日汇率"), HQ_RATES, title="银行现钞卖出价")

    def slot_hqcomment(self):
        return self.staff_comment(("社论", "华日短评"), HQ_TITLES, sign=self.rng.choice(("本报社论", "本报评论员")))

    def slot_hqtalk(self):
        return self.interview(("人物专访", "乡亲故事"), HQ_QUESTIONS, ("华日：", "问："))


# --------------------------------------------------------------------------- furniture


_xg_top = furniture(
    (0.5, [ln("孝感日报", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True), ln("第{n}版", page="{n}"), "{sec}",
           "责任编辑：{name} 校对：{name}"]),
    [ln("{sec} 第{n}版", page="{n}"), ln("{date} {wd}", date=True), "编辑 {name} 组版 {name}"],
    front=[masthead("孝感日报"), "XIAOGAN DAILY", "中共孝感市委机关报 孝感日报社出版", ln("{date} {wd}", date=True),
           "农历{lunar}", "国内统一连续出版物号 CN 42-0000", "第{no:10000-10999}期 今日{pages}版", "孝感网 www.example.cn"])
_xg_bottom = furniture((0.5, ["孝感日报社 地址：孝感市孝南区某某大道{no:1-199}号 邮编432000 新闻热线：{tel:0712}"]),
                       ["扫码下载“孝感日报”客户端", opt(0.5, ["印刷：孝感某某印务有限公司 零售价1.00元"])])

_xs_top = furniture(
    (0.5, [ln("星沙时报", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True), ln("{sec}·{n}", page="{n}"),
           "主编：{name} 责编：{name} 美编：{name}"]),
    [ln("{n:02d}", page="{n:02d}"), "{sec}", ln("{date} {wd} 农历{slunar}", date=True)],
    front=[masthead("星沙时报"), "中共长沙县委机关报", "长沙县融媒体中心主办", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:3000-3999}期 本期{pages}版", "湘内资准字某某号 免费赠阅"])
_xs_bottom = furniture((0.5, ["长沙县融媒体中心 地址：长沙县星沙街道某某路{no:1-99}号 新闻热线：{tel:0731}"]),
                       ["下载“掌上星沙”APP 看长沙县新闻", opt(0.5, ["投稿邮箱：xsnews@example.com"])])

_jb_top = furniture(
    (0.5, [ln("A{n:02d}", page="A{n:02d}"), "{sec}", ln("东方今报", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True),
           "责编：{name} 美编：{name} 校对：{name}"]),
    [ln("今报·{sec}", page=None), ln("A{n:02d}", page="A{n:02d}"), ln("{y}.{m}.{d} {wd}", date=True)],
    front=[masthead("东方今报"), "JINBAO DAILY", "河南日报报业集团主管主办", ln("{date} {wd} 农历{slunar}", date=True),
           "今日{pages}版 第{no:4000-4999}期", "报料热线 {tel:0371} 零售价1.00元"])
_jb_bottom = furniture((0.5, ["东方今报社 地址：郑州市金水区某某路{no:1-99}号 广告热线 {tel:0371}"]),
                       ["今报报料热线 {tel:0371} 微信公众号：东方今报", opt(0.5, ["扫码下载“大河”客户端"])])

_bx_top = furniture(
    (0.5, [ln("本溪晚报", paper=True), "{sec}", ln("{y}年{m}月{d}日 {wd}", date=True), ln("第{n}版", page="{n}"),
           "编辑：{name} 美编：{name}"]),
    [ln("{y}年{m}月{d}日", date=True), ln("{n}", page="{n}"), ln("{ssec}", page=None), "本溪晚报"],
    front=[masthead("本溪晚报"), "BENXI EVENING NEWS", "本溪日报社主管主办", ln("{date} {wd}", date=True),
           "农历{lunar}", "第{no:8000-8999}期 今日{pages}版", "国内统一连续出版物号 CN 21-0000"])
_bx_bottom = furniture((0.5, ["本溪晚报社 地址：本溪市平山区某某路{no:1-99}号 新闻热线：{tel:024}"]),
                       ["零售价：1.00元 邮发代号：某某-某某", opt(0.5, ["关注“本溪晚报”微信公众号"])])

_sh_top = furniture(
    (0.5, [ln("中国书画报", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True), ln("第{n}版", page="{n}"), "{sec}"]),
    [ln("{sec} {n}", page="{n}"), ln("{date}", date=True), "责任编辑 {name} 版式 {name}"],
    front=[masthead("中国书画报"), "CHINA CALLIGRAPHY & PAINTING NEWS", "天津海河传媒中心主管主办",
           ln("{date} {wd}", date=True), "每周三、六出版 第{no:3000-3999}期 本期{pages}版", "国内统一连续出版物号 CN 12-0000"])
_sh_bottom = furniture((0.5, ["中国书画报社 地址：天津市河西区某某道{no:1-99}号 邮编300000 电话 {tel:022}"]),
                       ["邮发代号 某某-某某 定价2.00元", opt(0.5, ["投稿邮箱 shuhua@example.com"])])

_jd_top = furniture(
    (0.5, [ln("{n}", page="{n}"), ln("{sec}", page=None), ln("中国禁毒报", paper=True), ln("{date} {wd}", date=True),
           "责任编辑：{name}"]),
    [ln("中国禁毒报 {y}年{m}月{d}日", paper=True, date=True), ln("第{n}版·{sec}", page="{n}"), "编辑 {name} 校对 {name}"],
    front=[masthead("中国禁毒报"), "CHINA ANTI-DRUG NEWS", "国家禁毒委员会办公室指导", ln("{date} {wd}", date=True),
           "第{no:1000-1999}期 今日{pages}版", "禁毒举报电话 {tel:010}"])
_jd_bottom = furniture((0.5, ["中国禁毒报社 地址：北京市东城区某某胡同{no:1-99}号 邮编100000 电话 {tel:010}"]),
                       ["珍爱生命 远离毒品", opt(0.5, ["投稿邮箱 jindu@example.com"])])

_hq_top = furniture(
    (0.5, [ln("华侨日报", paper=True), ln("{sec}", page=None), ln("{y}年{m}月{d}日（{wd}）", date=True), ln("第{n}版", page="{n}")]),
    [ln("{sec} {n}", page="{n}"), ln("{date}（{wd}）", date=True), "华侨日报"],
    front=[masthead("华侨日报"), "OVERSEAS CHINESE DAILY NEWS", ln("{y}年{m}月{d}日（{wd}）", date=True),
           "农历{slunar}", "第{no:30000-30999}号 今日{pages}版 售价RM1.20",
           "亚庇某某路{no:1-99}号 电话 088-{no:200000-299999}"])
_hq_bottom = furniture((0.5, ["广告部电话 088-{no:200000-299999} 发行部电话 088-{no:200000-299999}"]),
                       ["华侨日报网站 www.example.com.my", opt(0.5, ["欢迎订阅 欢迎刊登广告"])])


@dataclasses.dataclass
class Fresh54Family(Fresh43Family):
    seed_stride: int = FRESH54_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh54Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh54Builder, justified=True,
                         **kw)


FRESH54_FAMILIES = [
    fam("set54_a", "孝感日报", _xg_top, _xg_bottom, {by_xg: 1},
        brief_bylines={by_xg_brief: 1}, credits=(cr_xg,), width=(14, 19), blank={"para": 1, "none": 1},
        indent=0.5, letterspace=0.25, stray_spaces=0.04, doubled=0.15, displaced=0.1, caption_pool=XG_CAPTIONS,
        brief_pool=XG_BRIEFS, brief_pool_share=0.6, paper_outlet="孝感日报全媒体",
        labels={"column": ("县市区传真", "孝感快讯"), "bullet": ("▲",)},
        page_form="第{cn}版", jump_forms=("（下转第{cn}版）", "（转第{n}版）"), cont_forms=("（上接第{cn}版）", "（接第{n}版）"),
        plans=((["decklead", "xgcomment", "brief"], {"front": True, "turn": 2}),
               (["xglink", "photo", "briefcol"], {"blank": "every", "turn": 0}),
               (["continuation", "deck", "photo"], {"page": 2, "turn": 1}),
               (["xggroup", "deck", "brief"], {"blank": "none", "group_credit": "本组图片均由全媒体记者 {n} 摄"})),
        page_style="plain", sections=("要闻", "县市区", "经济")),
    fam("set54_b", "星沙时报", _xs_top, _xs_bottom, {by_xs: 1},
        brief_bylines={by_xs_brief: 1}, credits=(cr_xs,), width=(13, 18), blank={"para": 2, "every": 1},
        indent=0.4, letterspace=0.35, stray_spaces=0.05, doubled=0.2, displaced=0.15, caption_pool=XS_CAPTIONS,
        brief_pool=XS_BRIEFS, brief_pool_share=0.6, paper_outlet="本报",
        labels={"column": ("镇街动态", "星沙简讯"), "bullet": ("□",)},
        page_form="{n}版", jump_forms=("（转{p}）", "（下转第{n}版）"), cont_forms=("（接{p}）", "（上接第{n}版）"),
        plans=((["decklead", "xsservice", "brief"], {"front": True, "turn": 1}),
               (["xstalk", "photo"], {"blank": "none", "turn": 2}),
               (["continuation", "xslink", "briefcol"], {"page": 2, "turn": 0}),
               (["deck", "photo", "bare"], {"blank": "every"})),
        page_style="plain", sections=("要闻", "镇街", "民生")),
    fam("set54_c", "东方今报", _jb_top, _jb_bottom, {by_jb: 1},
        brief_bylines={by_jb_brief: 1}, credits=(cr_jb,), width=(17, 23), per_article_width=True,
        blank={"para": 1, "every": 1}, indent=0.3, letterspace=0.1, stray_spaces=0.03, doubled=0.1, displaced=0.1,
        caption_pool=JB_CAPTIONS, brief_pool=JB_BRIEFS, brief_pool_share=0.7, paper_outlet="东方今报",
        labels={"column": ("今报快递", "郑州速览"), "bullet": ("★",)},
        page_form="A{n2}版", jump_forms=("（下转A{n2}版）", "▶转{p}"), cont_forms=("（上接A{n2}版）", "◀接{p}"),
        plans=((["decklead", "jbservice", "brief"], {"front": True, "turn": 0}),
               (["jbcall", "deck", "briefcol"], {"turn": 1}),
               (["continuation", "jbtalk", "photo"], {"page": 2, "blank": "every", "turn": 2}),
               (["deck", "photo", "brief"], {"blank": "none"})),
        page_style="A0", sections=("郑州新闻", "民生", "今报要闻")),
    fam("set54_d", "本溪晚报", _bx_top, _bx_bottom, {by_bx: 1},
        brief_bylines={by_bx_brief: 1}, credits=(cr_bx,), width=(16, 22), per_article_width=True,
        blank={"para": 2, "none": 1}, indent=0.3, letterspace=0.2, stray_spaces=0.03, doubled=0.1, displaced=0.1,
        caption_pool=BX_CAPTIONS, brief_pool=BX_BRIEFS, brief_pool_share=0.7, paper_outlet="本溪晚报",
        labels={"column": ("溪城速递", "晚报简讯"), "bullet": ("◎",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（转{n}版）"), cont_forms=("（上接第{n}版）", "（接{n}版）"),
        plans=((["decklead", "bxfigures", "brief"], {"front": True, "turn": 1}),
               (["bxcomment", "deck", "photo"], {"blank": "every", "turn": 0}),
               (["continuation", "bxgroup", "briefcol"], {"page": 2, "turn": 2,
                                                          "group_credit": "本组图片由晚报记者 {n} 摄"}),
               (["bxservice", "deck", "bare"], {})),
        page_style="plain", sections=("本溪新闻", "社区", "民生")),
    fam("set54_e", "中国书画报", _sh_top, _sh_bottom, {by_sh: 1},
        brief_bylines={by_sh_brief: 1}, credits=(cr_sh,), width=(18, 24), blank={"para": 1, "none": 1},
        indent=0.2, letterspace=0.1, stray_spaces=0.02, doubled=0.05, displaced=0.05, caption_pool=SH_CAPTIONS,
        brief_pool=SH_BRIEFS, brief_pool_share=0.7, paper_outlet="本报",
        labels={"column": ("书画资讯", "艺坛简讯"), "bullet": ("◆",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（转第{n}版）"), cont_forms=("（上接第{n}版）", "（接第{n}版）"),
        plans=((["decklead", "shcomment", "brief"], {"front": True, "turn": 0}),
               (["shtalk", "photo"], {"blank": "every", "turn": 1}),
               (["continuation", "shtable", "briefcol"], {"page": 2, "turn": 2}),
               (["deck", "photo", "bare"], {"blank": "none"})),
        page_style="plain", sections=("要闻", "资讯", "展览")),
    fam("set54_f", "中国禁毒报", _jd_top, _jd_bottom, {by_jd: 1},
        brief_bylines={by_jd_brief: 1}, credits=(cr_jd,), width=(16, 21), blank={"para": 1, "every": 1},
        indent=0.3, letterspace=0.15, stray_spaces=0.03, doubled=0.1, displaced=0.1, caption_pool=JD_CAPTIONS,
        brief_pool=JD_BRIEFS, brief_pool_share=0.7, paper_outlet="本报",
        labels={"column": ("禁毒动态", "各地传真"), "bullet": ("●",)},
        page_form="{n2}版", jump_forms=("（下转{n2}版）", "（转第{n}版）"), cont_forms=("（上接{n2}版）", "（接第{n}版）"),
        plans=((["decklead", "jdfigures", "brief"], {"front": True, "turn": 2}),
               (["jdasks", "deck"], {"blank": "none", "turn": 0}),
               (["continuation", "jdcomment", "briefcol"], {"page": 2, "turn": 1}),
               (["deck", "photo", "brief"], {"blank": "every"})),
        page_style="0", sections=("要闻", "禁毒动态", "综合")),
    fam("set54_g", "华侨日报", _hq_top, _hq_bottom, {by_hq: 1},
        brief_bylines={by_hq_brief: 1}, credits=(cr_hq,), width=(17, 22), blank={"para": 2, "none": 1},
        indent=0.2, letterspace=0.05, stray_spaces=0.02, doubled=0.05, displaced=0.1, caption_pool=HQ_CAPTIONS,
        brief_pool=HQ_BRIEFS, brief_pool_share=0.8, paper_outlet="本报",
        labels={"column": ("沙巴简讯", "地方新闻"), "bullet": ("◇",)},
        page_form="第{n}版", jump_forms=("●转第{n}版", "（转第{n}版）"), cont_forms=("●接第{n}版", "（接第{n}版）"),
        plans=((["decklead", "hqrates", "brief"], {"front": True, "turn": 0}),
               (["hqcomment", "photo", "briefcol"], {"blank": "every", "turn": 1}),
               (["continuation", "deck", "brief"], {"page": 2, "turn": 2}),
               (["hqtalk", "bare", "photo"], {"blank": "none"})),
        page_style="plain", sections=("沙巴新闻", "地方", "综合")),
]
