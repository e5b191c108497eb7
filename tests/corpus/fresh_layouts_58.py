"""A fifty-eighth set of development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator or look at how these pages are cut.  Seven papers of central China and the northeast, of
photography and of publishing, and of the Chinese community of Washington that the corpus had not imitated
(checked by name against the development builders and the README, and against the held-back set only with a
script that names this set's candidate papers a held-back page also has; it named none): a prefecture city
daily of Henan (许昌日报), a county-level city daily of Hubei (潜江日报), a metro morning paper of Shenyang
(华商晨报), an evening paper of Hunan (湘潭晚报), the national papers of photography (中国摄影报) and of the
publishing trade (中国出版传媒商报), and a Chinese-language daily of Washington, D.C. (华府新闻日报).  Of the first
candidates 赣州日报 (its paper is 赣南日报), 宜昌日报 (三峡日报), 光明日报, 江南都市报, 长春晚报, 大连晚报, 三湘都市报,
河南商报, 语言文字报, 中国少年报, 中国民族报, 中国电影报, 中国新闻出版广电报, 科普时报, 中国气象报, 侨报, 世界日报,
环球华报 and 加拿大都市报 were imitated or named already, so they were not taken.
This set's emphasis is the ordinary news page as an archive receives it every week (要闻, 县域, 街镇, 沈阳新闻,
湘潭新闻, 影像, 出版, 华府新闻), each paper printing the common things its own way: its header and footer lines
(where the date stands, how the page and section print, the lunar date, an English date, the serial number,
editors' lines, hotlines, app promos), its byline and dateline grammar (本报讯（记者 X 通讯员 Y）, 许昌日报
全媒体记者, a town's 本报讯, 华商晨报记者 X 报道, 晚报讯（全媒体记者 X）, 本报记者 X 报道, 商报记者 X,
【本报记者X华府报导】 and 本报综合报导), its photo credits, its briefs column and bullet, its jump lines and
continuation heads, a commentary with its signature, an interview, a box tied to a story, a service box, a
figures box, a photo group, a reader's call with its reply, a best-seller table.  Every family wraps its
columns by width.

Seeds: FRESH58_SEED_BASE + FRESH58_SEED_STRIDE*family + 1_000*attempt + n (69_060_001 .. 69_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (comment titles,
questions, notes, service rows, figures, table rows, readers' calls and replies, captions, briefs); names,
figures, phone numbers and addresses are made up.
"""
from __future__ import annotations

import dataclasses

from fresh_layouts_5 import _credit_turns
from fresh_layouts_43 import Fresh43Builder, Fresh43Family
from layout_kit import TRAIL, Above, Form, chosen, furniture, ln, masthead, opt, turns

FRESH58_SEED_BASE = 69_000_000
FRESH58_SEED_STRIDE = 60_000

# --------------------------------------------------------------------------- filler (written for this corpus)

XC_TITLES = ["让“许昌制造”走得更远", "把城乡供水这件事办实", "发制品产业要在品牌上发力"]
XC_LINKS = [("记者手记", "花木地里的新农人", ["天刚亮，小周就蹲在苗圃里看新插的月季。他说，花木这一行，"
                                          "靠的是天天泡在地里，哪一行都没有捷径。"]),
            ("相关阅读", "", ["许昌素有“花木之乡”之称，鄢陵县花木种植面积常年保持在数十万亩。"]),
            ("背景", "", ["近年来，全市一批老旧小区完成改造，加装电梯、增设停车位成为居民最关心的事。"])]
XC_GROUPS = [("曹魏古城夜色", ["①游客在古城城墙上赏灯。", "②非遗艺人表演传统节目。", "③市民在护城河边散步。"]),
             ("花博会开幕", ["①游客在展区拍照。", "②园艺师修剪造型盆景。", "③客商在洽谈采购。"])]
XC_CAPTIONS = [("鄢陵县的花木基地里，工人在修剪苗木。", "花木"), ("禹州市的钧瓷作坊里，匠人在拉坯。", ""),
               ("长葛市的车间里，工人在装配设备。", "赶订单"), ("襄城县的田间，农机在收割小麦。", "")]
XC_BRIEFS = [("魏都区开展消防安全进社区活动", "近日，魏都区组织消防安全进社区活动，发放宣传资料千余份。"),
             ("建安区新建一批村级快递服务站", "日前，建安区一批村级快递服务站投入使用，群众寄取快递更方便。"),
             ("禹州市举办钧瓷技艺培训班", "近日，禹州市举办钧瓷技艺培训班，数十名学员参加。")]

QJ_TOWNS = ("园林街道", "杨市街道", "熊口镇", "浩口镇", "渔洋镇", "老新镇")
QJ_SERVICE = ["◎市中心医院本周六在东方广场开展免费义诊。", "◎因管网检修，本周四园林街道部分小区停水一天。",
              "◎市图书馆周日举办亲子阅读活动，欢迎报名参加。", "◎市人才市场本周五举办专场招聘会，岗位数百个。",
              "◎曹禺公园周末举办菊花展，免费开放。"]
QJ_QUESTIONS = ["今年的虾稻收成怎么样？", "当初为什么回乡养虾？", "合作社带动了多少农户？", "下一步有什么想法？"]
QJ_CALL_TITLES = ["小区门前的路面坑洼多年", "村口的路灯晚上不亮了"]
QJ_REPLIES = ["记者回访：市住建部门接报后已安排施工，路面修补本周完工。",
              "记者回访：镇里回复，已联系供电所检修，路灯已经恢复照明。"]
QJ_CAPTIONS = [("熊口镇的虾稻田里，农户在起虾笼。", "起虾"), ("园林街道某某社区，志愿者在清扫街道。", ""),
               ("浩口镇的车间里，工人在分拣小龙虾。", "分拣忙"), ("东荆河畔，市民在骑行健身。", "")]
QJ_BRIEFS = [("渔洋镇开展防汛应急演练", "近日，渔洋镇组织开展防汛应急演练，提高干部群众避险能力。"),
             ("周矶街道新开一处老年食堂", "日前，周矶街道一处老年食堂开张，辖区老人吃饭有了着落。"),
             ("老新镇举办农民丰收节", "近日，老新镇举办农民丰收节，展销一批本地农产品。")]

HS_SERVICE = ["【天气】今天晴转多云，西南风三到四级，气温12℃至25℃。", "【出行】地铁某号线本周末部分站点临时封闭。",
              "【限行】浑河某某大桥夜间施工，22时至次日5时封闭。", "【提示】今起全市进入供暖期，遇到问题可拨打供暖热线。",
              "【活动】北陵公园本周末举办菊花展。"]
HS_CALL_TITLES = ["楼道里的声控灯坏了一个月", "小区门口的井盖松动"]
HS_REPLIES = ["晨报追踪：物业公司表示已更换灯具，楼道恢复照明。",
              "晨报追踪：沈河区相关部门回复，已派人更换井盖，隐患排除。"]
HS_PLACES = ("和平区", "沈河区", "皇姑区", "铁西区", "浑南区")
HS_QUESTIONS = ["这家老店开了多少年？", "为什么坚持手工做？", "现在生意怎么样？", "往后有什么打算？"]
HS_CAPTIONS = [("中街步行街上，游客在选购老字号糕点。", "逛中街"), ("浑河岸边，市民在冬泳。", ""),
               ("铁西区的厂房里，工人在调试机床。", "车间"), ("沈阳故宫前，游客排队参观。", "")]
HS_BRIEFS = [("和平区新增一批便民服务点", "近日，和平区一批便民服务点投入使用，居民办事少跑腿。"),
             ("皇姑区开展燃气安全入户检查", "日前，皇姑区开展燃气安全入户检查，排查隐患数十处。"),
             ("浑南区举办社区趣味运动会", "近日，浑南区举办社区趣味运动会，数百名居民参加。")]

XT_TITLES = ["让湘江边的风景更好看", "老旧小区改造要问需于民", "别让电动车充电成隐患"]
XT_NOTES = ("（作者系湘潭某某学院教师）", "（作者系本报评论员）")
XT_SERVICE = ["●今天多云转小雨，气温16℃至22℃。", "●本周六上午，市图书馆举办湘绣讲座。",
              "●明日8:00至18:00，雨湖区某某路片区计划停电。", "●某某路公交站点今起临时迁移。",
              "●窑湾历史文化街区周末举办夜市。"]
XT_GROUPS = [("窑湾夜色", ["①游客在老街上品尝小吃。", "②湘江边的灯光秀。", "③市民在江边散步。"]),
             ("湘莲采收季", ["①莲农在塘里采摘莲蓬。", "②工人在晾晒莲子。", "③客商在地头收购。"])]
XT_CAPTIONS = [("韶山冲里，游客在参观。", "红色游"), ("雨湖公园里，老人在下棋。", ""),
               ("岳塘区的车间里，工人在焊接钢构件。", "焊花"), ("湘潭县的莲田里，莲农在采莲。", "")]
XT_BRIEFS = [("岳塘区开展防溺水宣传", "近日，岳塘区开展防溺水宣传活动，提醒家长看护好孩子。"),
             ("雨湖区新开一批社区书屋", "日前，雨湖区一批社区书屋开放，居民在家门口就能借书。"),
             ("湘乡市举办家门口招聘会", "近日，湘乡市举办家门口招聘会，提供岗位上千个。")]

SY_TITLES = ["好照片要有温度", "影像记录要守住真实", "让更多人拿起相机记录家乡"]
SY_NOTES = ("（作者系某某摄影家协会会员）", "（作者系某某大学新闻学院教师）")
SY_SERVICE = ["“家乡影像”摄影展 某某美术馆 即日起至下月底", "“山河新貌”纪实摄影展 某某博物馆 本周六开幕",
              "青年摄影师作品联展 某某艺术中心 免费参观", "“镜头里的乡村”征稿 截稿日期下月15日",
              "人像摄影公益讲座 某某图书馆 本周日下午"]
SY_QUESTIONS = ["您是怎么开始拍纪实摄影的？", "这组作品拍了多长时间？", "拍摄中最难的是什么？", "对年轻摄影人有什么建议？"]
SY_GROUPS = [("山村的早晨", ["①晨雾中的村庄。", "②老人在门前晒太阳。", "③孩子们走在上学路上。"]),
             ("码头上的人们", ["①渔民在整理渔网。", "②商贩在码头叫卖。", "③渔船归港。"])]
SY_CAPTIONS = [("观众在摄影展上观看作品。", "看展"), ("摄影爱好者在湖边拍摄日出。", ""),
               ("评委在评选参赛作品。", "评选"), ("学员在户外进行人像拍摄练习。", "")]
SY_BRIEFS = [("某某省举办摄影艺术展", "近日，某某省摄影艺术展开幕，展出作品数百幅。"),
             ("某某市摄影家协会开展送文化下乡", "日前，某某市摄影家协会走进乡村，为村民拍摄全家福。"),
             ("某某摄影大赛启动征稿", "近日，某某摄影大赛启动征稿，面向全国摄影爱好者。")]

CB_TABLE = ["《某某山河》 某某出版社 小说", "《我的乡村》 某某文艺出版社 散文", "《写给孩子的某某》 某某少儿出版社 少儿",
            "《某某简史》 某某人民出版社 历史", "《某某的故事》 某某出版社 传记", "《家常菜谱》 某某科技出版社 生活"]
CB_FIGURES = [("12.6%", "本月实体书店图书零售码洋同比增幅"), ("3.2万种", "本月新书品种"),
              ("58%", "短视频电商渠道码洋占比"), ("1260家", "全年新开书店"), ("4.1亿元", "少儿类图书月销售码洋")]
CB_TITLES = ["实体书店要做好阅读服务", "好书也要会讲故事", "出版社要沉下心做精品"]
CB_NOTES = ("（作者系某某出版社编辑）", "（作者单位：某某大学出版研究院）")
CB_LINKS = [("相关链接", "", ["本届书展设有主题出版、少儿读物、古籍等多个展区，参展单位数百家。"]),
            ("记者观察", "书店里的年轻人", ["周末的下午，书店里坐满了年轻人。有人看书，有人听讲座，"
                                        "也有人只是来喝一杯咖啡、翻几页新书。"])]
CB_CAPTIONS = [("读者在书展上选购图书。", "书展"), ("作者在书店里为读者签名。", ""),
               ("工人在印刷厂检查印品。", "印厂"), ("孩子们在书店的绘本区阅读。", "")]
CB_BRIEFS = [("某某出版集团发布年度好书", "近日，某某出版集团发布年度好书书单，涵盖多个门类。"),
             ("某某书店新开一家城市书房", "日前，某某书店一家城市书房开业，营业至晚上十点。"),
             ("某某出版社举办新书分享会", "近日，某某出版社举办新书分享会，作者与读者面对面交流。")]

HF_SERVICE = ["本周六 10:00 某某华人活动中心 中文义务报税咨询", "本周日 14:00 某某图书馆 中文讲座（免费）",
              "下周三 19:00 某某社区中心 防诈骗讲座", "本月每周六 某某中文学校 秋季班报名",
              "下周五 某某华人教会 义卖活动"]
HF_QUESTIONS = ["您来华府多少年了？", "当初为什么开这家店？", "疫情那几年是怎么过来的？", "对年轻一代有什么期望？"]
HF_TITLES = ["社区安全要靠大家", "华人参政不能只靠热情", "中文学校要留住孩子"]
HF_CAPTIONS = [("华人社团在中国城举办中秋游园会。", "中秋游园"), ("志愿者为长者讲解医疗保险。", ""),
               ("学生在中文学校的书法课上练字。", "书法课"), ("民众在华府国家广场赏樱。", "")]
HF_BRIEFS = [("罗克维尔华人协会举办健康讲座", "罗克维尔华人协会日前举办健康讲座，数十位长者参加。"),
             ("费郡中文学校开学", "费郡一所中文学校日前开学，新生人数较去年增加。"),
             ("华府中国城举办春节联欢", "华府中国城日前举办春节联欢活动，吸引众多民众。")]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_xc = chosen(Form("本报讯（记者 {0} 通讯员 {1}）", 2), Above("许昌日报全媒体记者 {0!l} 通讯员 {1}", 2),
               Above("本报记者 {0!l} 文/图", photo=True), turn="by", drawn=2)
by_xc_brief = turns(Form("本报讯（通讯员 {0}）"), Form("（{c0} {0}）", choices=(("魏都区委宣传部", "鄢陵县委宣传部", "禹州市委宣传部"),),
                                                    **TRAIL))

by_qj = chosen(Form("本报讯（记者 {0} 特约记者 {1}）", 2), Above("潜江日报记者 {0!l}"),
               Form("本报讯（{c0} {0}）", choices=(QJ_TOWNS,)), turn="by", drawn=2)
by_qj_brief = turns(Form("本报讯 通讯员 {0} 报道", line_share=0.2), Form("（{c0} {0}）", choices=(QJ_TOWNS,), **TRAIL))

by_hs = chosen(Above("华商晨报记者 {0!l}"), Above("华商晨报首席记者 {0!l} 见习记者 {1}", 2),
               Above("华商晨报记者 {0!l} 文/摄", photo=True), turn="by", drawn=2)
by_hs_brief = turns(Form("（记者 {0}）", **TRAIL), Form("晨报讯（记者 {0}）"))

by_xt = chosen(Form("晚报讯（全媒体记者 {0} 通讯员 {1}）", 2), Above("湘潭晚报全媒体记者 {0!l}"),
               Above("全媒体记者 {0!l} 文/图", photo=True), turn="by", drawn=2)
by_xt_brief = turns(Form("晚报讯（通讯员 {0}）"), Form("（全媒体记者 {0}）", **TRAIL))

SY_PLACES = ("北京", "上海", "平遥", "丽水", "连州")
by_sy = chosen(Form("本报讯 记者 {0} 报道", line_share=0.4), Above("本报记者 {0!l} 发自{c0}", choices=(SY_PLACES,)),
               Above("文/{0} 图/{1}", 2), turn="by", drawn=2)
by_sy_brief = turns(Form("本报讯", 0), Form("（{0} 供稿）", **TRAIL))

by_cb = chosen(Above("商报记者 {0!l}"), Form("本报讯（记者 {0}）"), Above("商报记者 {0!l} 实习生 {1}", 2),
               turn="by", drawn=2)
by_cb_brief = turns(Form("（{0}）", **TRAIL), Form("商报讯", 0))

HF_PLACES = ("华府", "马里兰", "维州", "罗克维尔")
by_hf = chosen(Form("【本报记者{0}{c0}报导】", hint="plain", choices=(HF_PLACES,)), Above("记者{0}／{c0}报导", choices=(HF_PLACES,)),
               Form("【本报综合报导】", 0, hint="plain"), turn="by", drawn=1)
by_hf_brief = turns(Form("【本报讯】", 0, hint="plain"), Form("（记者{0}）", **TRAIL))


# --------------------------------------------------------------------------- photo credits


cr_xc = _credit_turns(("许昌日报全媒体记者 {n} 摄", "（{n}/摄）", "（资料图）"))
cr_qj = _credit_turns(("记者 {n} 摄", "（特约记者 {n} 摄）", "（街道供图）"))
cr_hs = _credit_turns(("华商晨报记者 {n} 摄", "（受访者供图）", "{n}/摄"))
cr_xt = _credit_turns(("全媒体记者 {n} 摄", "（通讯员 {n} 摄）", "（图片由受访者提供）"))
cr_sy = _credit_turns(("{n} 摄", "（本报记者 {n} 摄）", "（主办方供图）"))
cr_cb = _credit_turns(("（出版社供图）", "商报记者 {n}/摄", "（{n} 摄）"))
cr_hf = _credit_turns(("（记者{n}摄）", "（主办单位提供）", "（本报资料照）"))


# --------------------------------------------------------------------------- builder


class Fresh58Builder(Fresh43Builder):

    # -------------------------------------------------------------- set58_a

    def slot_xccomment(self):
        return self.staff_comment(("许昌时评", "本报评论"), XC_TITLES, sign=self.rng.choice(("本报评论员", "许昌日报评论员")))

    def slot_xclink(self):
        return self.tied_box(XC_LINKS)

    def slot_xcgroup(self):
        return self.numbered_photos(XC_GROUPS)

    # -------------------------------------------------------------- set58_b

    def slot_qjservice(self):
        return self.service(("便民信息", "生活服务"), QJ_SERVICE)

    def slot_qjtalk(self):
        return self.interview(("虾乡人物", "对话"), QJ_QUESTIONS, ("记者：", "问："))

    def slot_qjcall(self):
        return self.reply_letter(QJ_CALL_TITLES, QJ_REPLIES, QJ_TOWNS)

    # -------------------------------------------------------------- set58_c

    def slot_hsservice(self):
        return self.service(("晨报提示", "沈城服务"), HS_SERVICE)

    def slot_hscall(self):
        return self.reply_letter(HS_CALL_TITLES, HS_REPLIES, HS_PLACES)

    def slot_hstalk(self):
        return self.interview(("晨报面对面", "市井人物"), HS_QUESTIONS, ("华商晨报：", "记者："))

    # -------------------------------------------------------------- set58_d

    def slot_xtcomment(self):
        return self.noted_comment(("莲城时评", "晚报观点"), XT_TITLES, ("◆", "文/"), XT_NOTES)

    def slot_xtservice(self):
        return self.service(("晚报提醒", "便民"), XT_SERVICE)

    def slot_xtgroup(self):
        return self.numbered_photos(XT_GROUPS)

    # -------------------------------------------------------------- set58_e

    def slot_syservice(self):
        return self.service(("影展信息", "影讯"), SY_SERVICE)

    def slot_sytalk(self):
        return self.interview(("影人访谈", "对话"), SY_QUESTIONS, ("本报：", "记者："))

    def slot_sycomment(self):
        return self.noted_comment(("影像评论", "评论"), SY_TITLES, ("■", "□"), SY_NOTES)

    def slot_sygroup(self):
        return self.numbered_photos(SY_GROUPS)

    # -------------------------------------------------------------- set58_f

    def slot_cbtable(self):
        rng = self.rng
        rows = rng.sample(CB_TABLE, rng.choice((4, 5)))
        return self.wide_table(("畅销书榜", "书业数据"), "本月实体书店畅销书（部分）", rng.choice(("书名 出版社 类别", "书名 出版单位 门类")),
                               rows, ("数据来源：某某图书零售监测", "注：排名不分先后"))

    def slot_cbfigures(self):
        return self.figures(("数据", "书业数字"), CB_FIGURES, title="本月图书零售市场")

    def slot_cbcomment(self):
        return self.noted_comment(("商报观点", "评论"), CB_TITLES, ("□", "文/"), CB_NOTES)

    def slot_cblink(self):
        return self.tied_box(CB_LINKS)

    # -------------------------------------------------------------- set58_g

    def slot_hfevents(self):
        return self.service(("社区活动", "侨社动态"), HF_SERVICE, title="本周华社活动")

    def slot_hfcomment(self):
        return self.staff_comment(("社论", "华府论坛"), HF_TITLES, sign=self.rng.choice(("本报社论", "本报")))

    def slot_hftalk(self):
        return self.interview(("人物专访", "侨社人物"), HF_QUESTIONS, ("问：", "本报："))


# --------------------------------------------------------------------------- furniture


def _us_date(ctx):
    d = ctx.date
    return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year}"


_xc_top = furniture(
    (0.5, [ln("{y}年{m}月{d}日 {wd}", date=True), ln("{sec}", page=None), ln("{n2}", page="{n2}"),
           "责任编辑 {name} 校对 {name}"]),
    [ln("许昌日报", paper=True), ln("{n2}版·{sec}", page="{n2}版"), ln("{date} 农历{slunar}", date=True)],
    front=[masthead("许昌日报"), "XUCHANG DAILY", "中共许昌市委机关报", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:10000-10999}期 今日{pages}版", "国内统一连续出版物号 CN 41-0000", "许昌网 www.example.cn"],
    fields={"n2": lambda ctx: f"{ctx.page_no:02d}"})
_xc_bottom = furniture((0.5, ["许昌日报社出版 地址：许昌市魏都区某某路{no:1-99}号 新闻热线 {tel:0374}"]),
                       ["扫码下载“许昌云”客户端", opt(0.5, ["每份0.80元 许昌某某印务有限公司印刷"])])

_qj_top = furniture(
    (0.5, [ln("潜江日报", paper=True), ln("{date}", date=True), ln("第{n}版 {sec}", page="第{n}版"), "编辑 {name}"]),
    [ln("{sec}", page=None), ln("第{n}版", page="第{n}版"), ln("{y}年{m}月{d}日 {wd}", date=True), "版式 {name}"],
    front=[masthead("潜江日报"), "中共潜江市委机关报", ln("{date} {wd}", date=True), "农历{lunar}",
           "第{no:5000-5999}期 本期{pages}版", "湖北省连续性内部资料准印证 第0000号", "潜江网 www.example.com"])
_qj_bottom = furniture((0.5, ["潜江日报社 地址：潜江市园林街道某某路{no:1-99}号 电话 {tel:0728}"]),
                       ["关注“潜江日报”微信公众号", opt(0.5, ["内部资料 免费交流"])])

_hs_top = furniture(
    (0.5, [ln("A{n}", page="A{n}"), ln("{sec}", page=None), ln("{y}年{m}月{d}日 {wd}", date=True),
           "编辑 {name} 美编 {name} 校对 {name}"]),
    [ln("华商晨报 {date}", paper=True, date=True), ln("A{n} {sec}", page="A{n}"), "值班主任 {name}"],
    front=[masthead("华商晨报"), "CHINESE BUSINESS MORNING VIEW", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:7000-7999}期 今日{pages}版", "新闻热线 {tel:024} 零售价1.00元", "华商晨报社出版"])
_hs_bottom = furniture((0.5, ["晨报新闻热线 {tel:024} 广告热线 {tel:024}"]),
                       ["华商晨报社 地址：沈阳市和平区某某街{no:1-99}号", opt(0.5, ["下载“华商晨报”客户端"])])

_xt_top = furniture(
    (0.5, [ln("湘潭晚报", paper=True), ln("{sec}", page=None), ln("A{n}", page="A{n}"),
           ln("{y}.{m}.{d} {wd}", date=True), "责编：{name} 校对：{name}"]),
    [ln("A{n}·{sec}", page="A{n}"), ln("湘潭晚报 {date} 农历{slunar}", paper=True, date=True)],
    front=[masthead("湘潭晚报"), "XIANGTAN EVENING NEWS", "湘潭日报社主管主办", ln("{date} {wd}", date=True),
           "农历{lunar}", "第{no:8000-8999}期 今日{pages}版", "报料热线 {tel:0731} 每份1.00元"])
_xt_bottom = furniture((0.5, ["湘潭晚报报料热线 {tel:0731} 发行投诉 {tel:0731}"]),
                       ["湘潭晚报社 地址：湘潭市岳塘区某某路{no:1-99}号", opt(0.5, ["下载“湘潭在线”客户端"])])

_sy_top = furniture(
    (0.5, [ln("中国摄影报", paper=True), ln("{y}年{m}月{d}日", date=True), ln("{sec}·第{n}版", page="第{n}版"),
           "责任编辑：{name} 版式：{name}"]),
    [ln("{n}", page="{n}"), "{sec}", ln("{date} {wd}", date=True), "邮箱：photo@example.cn"],
    front=[masthead("中国摄影报"), "CHINA PHOTOGRAPHERS", ln("{date} {wd}", date=True),
           "第{no:2000-2999}期 每周两期 本期{pages}版", "国内统一连续出版物号 CN 11-0000", "邮发代号 1-00"])
_sy_bottom = furniture((0.5, ["中国摄影报社 地址：北京市东城区某某胡同{no:1-99}号 电话 {tel:010}"]),
                       ["订阅热线 {tel:010}", opt(0.5, ["投稿邮箱 tougao@example.cn"])])

_cb_top = furniture(
    (0.5, [ln("{sec}", page=None), ln("{n2}", page="{n2}"), ln("中国出版传媒商报", paper=True),
           ln("{y}年{m}月{d}日", date=True), "责编：{name} 电话：{tel:010}"]),
    [ln("{date} {wd}", date=True), ln("第{n}版·{sec}", page="第{n}版"), "美编：{name}"],
    front=[masthead("中国出版传媒商报"), "CHINA PUBLISHING & MEDIA JOURNAL", ln("{date} {wd}", date=True),
           "总第{no:3000-3999}期 每周两期 本期{pages}版", "国内统一连续出版物号 CN 11-0000"],
    fields={"n2": lambda ctx: f"{ctx.page_no:02d}"})
_cb_bottom = furniture((0.5, ["中国出版传媒商报社 地址：北京市西城区某某大街{no:1-99}号 发行 {tel:010}"]),
                       ["关注“出版商务网”公众号", opt(0.5, ["印刷：北京某某印刷厂"])])

_hf_top = furniture(
    (0.5, [ln("华府新闻日报", paper=True), ln("{us}", date=True), ln("{sec} A{n}", page="A{n}")]),
    [ln("A{n}", page="A{n}"), ln("{sec}", page=None), ln("{y}年{m}月{d}日 {wd}", date=True)],
    front=[masthead("华府新闻日报"), "WASHINGTON CHINESE NEWS", ln("{us}", date=True), ln("{date} {wd}", date=True),
           "农历{slunar}", "第{no:9000-9999}期 今日{pages}版 免费赠阅", "Tel: (301) {no:200-999}-{no:1000-9999}"],
    fields={"us": _us_date})
_hf_bottom = furniture((0.5, ["广告专线 (301) {no:200-999}-{no:1000-9999} 传真 (301) {no:200-999}-{no:1000-9999}"]),
                       ["本报地址 Rockville, MD 208{no:10-99}", opt(0.5, ["网址 www.example.com"])])


@dataclasses.dataclass
class Fresh58Family(Fresh43Family):
    seed_stride: int = FRESH58_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh58Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh58Builder, justified=True,
                         **kw)


FRESH58_FAMILIES = [
    fam("set58_a", "许昌日报", _xc_top, _xc_bottom, {by_xc: 1},
        brief_bylines={by_xc_brief: 1}, credits=(cr_xc,), width=(14, 19), blank={"para": 2, "none": 1},
        indent=0.5, letterspace=0.3, stray_spaces=0.04, doubled=0.1, displaced=0.1, caption_pool=XC_CAPTIONS,
        brief_pool=XC_BRIEFS, brief_pool_share=0.6, paper_outlet="许昌日报全媒体", title_break=0.3,
        labels={"column": ("县域传真", "许昌简讯"), "bullet": ("◇",)},
        page_form="{n2}版", jump_forms=("（下转{p}）", "（转{n2}版）"), cont_forms=("（上接{p}）", "（接{n2}版）"),
        plans=((["decklead", "xccomment", "briefcol"], {"front": True, "turn": 2}),
               (["xclink", "photo", "brief"], {"blank": "every", "turn": 0}),
               (["continuation", "xcgroup", "deck"], {"page": 2, "turn": 1,
                                                     "group_credit": "本组图片均由{p}记者 {n} 摄"}),
               (["deck", "photo", "bare"], {"blank": "none"})),
        page_style="0", sections=("要闻", "县域", "综合")),
    fam("set58_b", "潜江日报", _qj_top, _qj_bottom, {by_qj: 1},
        brief_bylines={by_qj_brief: 1}, credits=(cr_qj,), width=(13, 17), blank={"para": 1, "every": 1},
        indent=0.4, letterspace=0.2, stray_spaces=0.05, doubled=0.15, displaced=0.15, caption_pool=QJ_CAPTIONS,
        brief_pool=QJ_BRIEFS, brief_pool_share=0.6, paper_outlet="本报",
        labels={"column": ("街镇动态", "潜江简讯"), "bullet": ("★",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（转{p}）"), cont_forms=("（上接第{n}版）", "（接{p}）"),
        plans=((["decklead", "qjservice", "brief"], {"front": True, "turn": 1}),
               (["continuation", "qjtalk", "briefcol"], {"page": 2, "turn": 0}),
               (["qjcall", "deck", "photo"], {"blank": "none", "turn": 2}),
               (["deck", "photo", "brief"], {})),
        page_style="plain", sections=("要闻", "街镇", "民生")),
    fam("set58_c", "华商晨报", _hs_top, _hs_bottom, {by_hs: 1},
        brief_bylines={by_hs_brief: 1}, credits=(cr_hs,), width=(16, 22), per_article_width=True,
        blank={"para": 1, "none": 1}, indent=0.3, letterspace=0.15, stray_spaces=0.03, doubled=0.05, displaced=0.1,
        caption_pool=HS_CAPTIONS, brief_pool=HS_BRIEFS, brief_pool_share=0.7, paper_outlet="华商晨报",
        labels={"column": ("沈城快讯", "晨报速递"), "bullet": ("■",)}, dash_subtitle=0.6,
        page_form="A{n}版", jump_forms=("（下转A{n}版）", "▶转{p}"), cont_forms=("（上接A{n}版）", "◀接{p}"),
        plans=((["decklead", "hsservice", "brief"], {"front": True, "turn": 0}),
               (["hscall", "photo", "briefcol"], {"blank": "every", "turn": 1}),
               (["continuation", "hstalk"], {"page": 2, "turn": 2}),
               (["deck", "photo", "bare"], {"blank": "none"})),
        page_style="A", sections=("沈阳新闻", "城事", "社区")),
    fam("set58_d", "湘潭晚报", _xt_top, _xt_bottom, {by_xt: 1},
        brief_bylines={by_xt_brief: 1}, credits=(cr_xt,), width=(15, 21), per_article_width=True,
        blank={"para": 2, "every": 1}, indent=0.25, letterspace=0.2, stray_spaces=0.03, doubled=0.1, displaced=0.1,
        caption_pool=XT_CAPTIONS, brief_pool=XT_BRIEFS, brief_pool_share=0.7, paper_outlet="湘潭晚报",
        labels={"column": ("莲城速览", "县市区快讯"), "bullet": ("▷",)},
        page_form="A{n}", jump_forms=("（转{p}）", "（下转{p}版）"), cont_forms=("（接{p}）", "（上接{p}版）"),
        plans=((["decklead", "xtcomment", "brief"], {"front": True, "turn": 1}),
               (["xtservice", "deck", "photo"], {"blank": "none", "turn": 0}),
               (["continuation", "xtgroup", "briefcol"], {"page": 2, "turn": 2,
                                                         "group_credit": "本组图片由全媒体记者 {n} 摄"}),
               (["deck", "photo", "brief"], {})),
        page_style="A", sections=("湘潭新闻", "民生", "县市区")),
    fam("set58_e", "中国摄影报", _sy_top, _sy_bottom, {by_sy: 1},
        brief_bylines={by_sy_brief: 1}, credits=(cr_sy,), width=(17, 23), blank={"para": 1, "every": 1},
        indent=0.2, letterspace=0.1, stray_spaces=0.02, doubled=0.05, displaced=0.05, caption_pool=SY_CAPTIONS,
        brief_pool=SY_BRIEFS, brief_pool_share=0.7, paper_outlet="本报",
        labels={"column": ("影坛动态", "摄影简讯"), "bullet": ("▪",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（转第{n}版）"), cont_forms=("（上接第{n}版）", "（接第{n}版）"),
        plans=((["decklead", "syservice", "brief"], {"front": True, "turn": 2}),
               (["sytalk", "photo"], {"blank": "every", "turn": 0}),
               (["continuation", "sycomment", "briefcol"], {"page": 2, "turn": 1}),
               (["sygroup", "photo", "photo", "bare"], {"blank": "none",
                                                        "group_credit": "本组作品作者 {n}"})),
        page_style="plain", sections=("新闻", "综合", "影像")),
    fam("set58_f", "中国出版传媒商报", _cb_top, _cb_bottom, {by_cb: 1},
        brief_bylines={by_cb_brief: 1}, credits=(cr_cb,), width=(16, 22), blank={"para": 2, "none": 1},
        indent=0.3, letterspace=0.15, stray_spaces=0.03, doubled=0.1, displaced=0.1, caption_pool=CB_CAPTIONS,
        brief_pool=CB_BRIEFS, brief_pool_share=0.7, paper_outlet="本报",
        labels={"column": ("书业速递", "业界动态"), "bullet": ("◆",)},
        page_form="{n2}版", jump_forms=("（下转{n2}版）", "（转{p}）"), cont_forms=("（上接{n2}版）", "（接{p}）"),
        plans=((["decklead", "cbfigures", "brief"], {"front": True, "turn": 0}),
               (["cblink", "cbcomment"], {"blank": "every", "turn": 2}),
               (["continuation", "cbtable", "briefcol"], {"page": 2, "turn": 1}),
               (["deck", "photo", "brief"], {})),
        page_style="0", sections=("要闻", "出版", "发行")),
    fam("set58_g", "华府新闻日报", _hf_top, _hf_bottom, {by_hf: 1},
        brief_bylines={by_hf_brief: 1}, credits=(cr_hf,), width=(14, 19), blank={"para": 1, "every": 2},
        indent=0.2, letterspace=0.0, stray_spaces=0.02, doubled=0.05, displaced=0.1, caption_pool=HF_CAPTIONS,
        brief_pool=HF_BRIEFS, brief_pool_share=0.8, paper_outlet="本报",
        labels={"column": ("华社简讯", "大华府短波"), "bullet": ("○",)},
        page_form="A{n}", jump_forms=("（续A{n}）", "（下转A{n}版）"), cont_forms=("（接A{n}）", "（上接A{n}版）"),
        plans=((["decklead", "hfevents", "brief"], {"front": True, "turn": 1}),
               (["hfcomment", "photo", "briefcol"], {"blank": "none", "turn": 2}),
               (["continuation", "deck", "brief"], {"page": 2, "turn": 0}),
               (["hftalk", "bare", "photo"], {"blank": "every"})),
        page_style="A", sections=("华府新闻", "社区", "综合")),
]
