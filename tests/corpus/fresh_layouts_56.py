"""A fifty-sixth set of development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator or look at how these pages are cut.  Seven papers of the south and the southwest, of rural
finance and of health, and of the Chinese in Japan that the corpus had not imitated (checked by name against
the development builders and the README, and against the held-back set only with a script that names this
set's candidate papers a held-back page also has; it named none): a prefecture city daily of Guangxi (梧州),
a county-level city paper of Guangdong printed for the overseas Chinese (台山侨报), a metro morning paper of
Sichuan (天府早报), a prefecture city daily of Yunnan (普洱), the national papers of rural finance (农村金融时报)
and of health (生命时报), and a Chinese-language paper of Japan (留学生新闻).  Of the first candidates 柳州日报,
湛江日报, 玉溪日报, 三亚日报, 乐山日报, 绵阳日报, 宜宾日报, 曲靖日报, 大理日报, 江津日报, 春城晚报, 南国都市报, 羊城晚报,
成都商报, 重庆晚报, 南宁晚报, 江门日报, 农民日报, 中国畜牧兽医报, 健康报, 中国中医药报, 中国体育报, 中国银行保险报,
欧洲时报, 日本新华侨报, 中文导报 and 澳洲日报 were imitated or named already, so they were not taken.
This set's emphasis is the ordinary news page as an archive receives it every week (要闻, 综合, 县域, 侨乡, 镇街,
成都新闻, 民生, 县区, 农村金融, 行社, 健康, 日本新闻, 华人社会), each paper printing the common things its own way:
its header and footer lines (where the date stands, how the page and section print, the lunar date, the
Japanese era year and weekday, the serial number, editors' lines, hotlines, app promos), its byline and
dateline grammar (■梧州日报记者, a county's 报道组, 本报讯 侨报记者, 早报讯, 摄影报道, 本报记者 X 特约记者 Y, a rural
bank closing a brief, 本报驻X特约记者, 本报东京X月X日讯, 文・图／X), its photo credits, its briefs column and bullet,
its jump lines and continuation heads (第N面 in Japan, 详见N版), a commentary with its signature, an interview,
a box tied to a story, a service box, a figures box, a rate box, a photo group, a letter from an overseas
reader with its reply, a reader's call with the paper's follow-up, questions and answers on rural loans and on
health, a table of tea-leaf prices.  Every family wraps its columns by width.

Seeds: FRESH56_SEED_BASE + FRESH56_SEED_STRIDE*family + 1_000*attempt + n (67_060_001 .. 67_469_999).
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

FRESH56_SEED_BASE = 67_000_000
FRESH56_SEED_STRIDE = 60_000

# --------------------------------------------------------------------------- filler (written for this corpus)

WU_TITLES = ["让西江黄金水道流淌更多财富", "骑楼老街要留住烟火气", "六堡茶要走出大山闯市场"]
WU_NOTES = ("（作者系梧州某某学院讲师）", "（作者单位：梧州市社科联）")
WU_LINKS = [("相关新闻", "", ["今年以来，梧州港一批泊位完成升级改造，集装箱吞吐量稳步增长，西江航运更加繁忙。"]),
            ("记者观察", "骑楼城里的新生意", ["老街的骑楼下，几家新开的茶饮店排起了长队。店主说，游客来了，"
                                          "老街也就活了。"]),
            ("延伸阅读", "", ["梧州地处三江汇流处，素有“三江总汇”之称，六堡茶、冰泉豆浆等特产远近闻名。"])]
WU_GROUPS = [("西江两岸好风光", ["①货船在西江上航行。", "②市民在江边绿道散步。", "③游客在骑楼城拍照打卡。"]),
             ("六堡茶飘香", ["①茶农在茶园里采摘鲜叶。", "②工人在车间里蒸压茶饼。", "③客商在茶叶交易会上品茶。"])]
WU_CAPTIONS = [("藤县的田野里，农户在收割晚稻。", "丰收"), ("岑溪市一家工厂里，工人在打磨石材。", ""),
               ("蒙山县的茶园里，茶农在采茶。", "采茶忙"), ("万秀区的骑楼城里，游客在参观。", "")]
WU_BRIEFS = [("藤县开展秋季森林防火宣传", "近日，藤县开展秋季森林防火宣传，提醒群众文明祭扫、安全用火。"),
             ("岑溪市举办农民丰收节", "日前，岑溪市举办农民丰收节，展出一批本地特色农产品。"),
             ("龙圩区新建一批村级充电站", "近日，龙圩区一批村级充电站投入使用，方便村民给电动车充电。")]

TS_SERVICE = ["【侨务】市侨联本周接待海外乡亲来访，咨询电话 0750-0000000。", "【寻根】海外乡亲回乡寻根可先联系所在镇侨务办。",
              "【证件】侨眷办理出入境证件请携带身份证到政务服务中心。", "【天气】未来三天多云有阵雨，气温23℃至30℃。",
              "【活动】本周六上午，台城某某广场举办侨乡美食市集。"]
TS_QUESTIONS = ["您是什么时候离开台山的？", "这次回乡最大的感受是什么？", "您为家乡捐建了哪些项目？", "对家乡的后生有什么话想说？"]
TS_LETTER_TITLES = ["盼望家乡的老侨房能修一修", "想给村里的小学捐一批图书"]
TS_REPLIES = ["侨报回音：记者将来信转给所在镇侨务办，工作人员表示已登记在册，将联系屋主后人商量修缮办法。",
              "侨报回音：市教育部门表示欢迎乡亲捐赠，具体事宜可联系学校，本报也将跟进报道。"]
TS_PLACES = ("美国旧金山", "加拿大温哥华", "香港", "台城")
TS_GROUPS = [("碉楼下的秋收", ["①村民在碉楼旁的稻田里收割。", "②孩子们在晒谷场上玩耍。", "③游客在碉楼前拍照。"]),
             ("侨乡美食节", ["①厨师在制作黄鳝饭。", "②市民在品尝咸汤圆。", "③海外乡亲在摊位前选购。"])]
TS_CAPTIONS = [("端芬镇的一座碉楼里，游客在参观。", "碉楼探秘"), ("台城的老街上，市民在选购年货。", ""),
               ("海宴镇的海边，渔民在晾晒海产。", "晒海味"), ("广海镇一所学校里，学生在上美术课。", "")]
TS_BRIEFS = [("斗山镇举办侨乡文化讲座", "近日，斗山镇举办侨乡文化讲座，讲述华侨先辈的创业故事。"),
             ("端芬镇修缮一批古村落巷道", "日前，端芬镇一批古村落巷道完成修缮，村容更加整洁。"),
             ("台城街道开展长者义诊活动", "近日，台城街道开展长者义诊活动，为数百名老人免费体检。")]

TF_SERVICE = ["【限行】本周工作日尾号限行，周一1和6，周二2和7。", "【地铁】地铁某号线今晚延长运营30分钟。",
              "【停水】明日9:00至20:00，武侯区某某路片区计划停水。", "【天气】今天阴有小雨，气温14℃至19℃。",
              "【办事】区政务服务中心周六全天照常办理社保业务。"]
TF_LETTER_TITLES = ["小区楼下的路灯坏了半个月", "公交站台的雨棚漏雨谁来修？"]
TF_REPLIES = ["早报帮办：记者联系了街道办，工作人员表示已通知维修单位，三天内修复。",
              "帮办结果：公交公司回复，雨棚已列入本月维修计划，下周完成。"]
TF_PLACES = ("锦江区", "青羊区", "金牛区", "成华区")
TF_QUESTIONS = ["这家盖碗茶馆开了多少年？", "老茶客都爱聊些什么？", "年轻人为什么也爱来坐一坐？", "接下来还有什么打算？"]
TF_CAPTIONS = [("宽窄巷子里，游客在品尝小吃。", "巷子里的烟火"), ("人民公园里，市民在喝茶。", ""),
               ("锦江边，市民在夜跑。", "夜跑锦江"), ("工人在某某路口改造现场施工。", "")]
TF_BRIEFS = [("金牛区新增一批口袋公园", "近日，金牛区一批口袋公园开放，居民在家门口就能散步健身。"),
             ("成华区开展燃气安全入户检查", "日前，成华区开展燃气安全入户检查，排查一批隐患。"),
             ("青羊区举办社区邻里美食节", "近日，青羊区举办社区邻里美食节，数百名居民参加。")]

PE_TITLES = ["让普洱茶香飘得更远", "守护好绿水青山这个金饭碗", "边境小城要有大作为"]
PE_LINKS = [("链接", "", ["普洱市是著名的普洱茶原产地之一，境内森林覆盖率较高，生物多样性丰富。"]),
            ("记者手记", "茶山上的年轻人", ["在景迈山上，越来越多的年轻人回到村里，一边管茶园，一边做直播，"
                                          "把家乡的茶卖到了全国各地。"]),
            ("背景", "", ["近年来，普洱持续推进茶园生态化改造，一批茶园完成有机认证。"])]
PE_GROUPS = [("景迈山上采春茶", ["①茶农在古茶园里采摘鲜叶。", "②村民在竹筛上晾晒茶青。", "③游客在茶室里品茶。"]),
             ("咖啡红了", ["①农户在咖啡园里采摘鲜果。", "②工人在车间里烘焙咖啡豆。", "③客商在交易中心洽谈。"])]
PE_TABLE = ["景迈山古树茶 每公斤 860元 较上周持平", "大叶种台地茶 每公斤 38元 较上周略涨",
            "小粒咖啡鲜果 每公斤 7.2元 较上周略涨", "古树茶（一芽二叶） 每公斤 520元 较上周持平",
            "生态茶园鲜叶 每公斤 46元 较上周略降", "咖啡生豆 每公斤 42元 较上周持平"]
PE_CAPTIONS = [("澜沧县的村寨里，村民在跳芦笙舞。", "欢歌"), ("思茅区的茶厂里，工人在压制茶饼。", ""),
               ("孟连县的咖啡园里，农户在采摘。", "咖啡熟了"), ("墨江县的梯田里，农户在插秧。", "")]
PE_BRIEFS = [("景东县开展野生菌中毒防范宣传", "近日，景东县开展野生菌中毒防范宣传，提醒群众不采不食不认识的野生菌。"),
             ("西盟县新建一批乡村旅游厕所", "日前，西盟县一批乡村旅游厕所投入使用。"),
             ("墨江县举办茶叶加工技能比赛", "近日，墨江县举办茶叶加工技能比赛，数十名茶农同台竞技。")]

NJ_FIGURES = [("5.2万亿元", "一季度末涉农贷款余额"), ("12.6%", "同比增速"), ("38万户", "新增首贷户"),
              ("98%", "行政村基础金融服务覆盖率"), ("3.85%", "新发放农户贷款平均利率")]
NJ_ASKS = [("农户贷款需要准备哪些材料？", "一般需要身份证、户口本和经营情况说明，具体以当地农商银行要求为准，"
            "可先到网点咨询。"),
           ("没有抵押物能贷款吗？", "可以申请信用贷款，银行会根据农户的信用情况和经营情况确定额度。"),
           ("贷款到期还不上怎么办？", "应提前与银行沟通，说明原因，符合条件的可以申请续贷或展期，"
            "切勿借新还旧、找非法中介。"),
           ("怎样防范金融诈骗？", "不轻信陌生来电，不向陌生账户转账，不透露验证码，遇到可疑情况及时报警。")]
NJ_TITLES = ["金融活水要精准滴灌到田间地头", "让农户贷款更方便更便宜", "守住农村金融风险底线"]
NJ_NOTES = ("（作者系某某大学金融学院教授）", "（作者单位：某某省农村信用社联合社）")
NJ_RATES = ("活期 0.20%", "整存整取三个月 1.05%", "整存整取一年 1.35%", "整存整取三年 1.75%", "零存整取一年 1.10%")
NJ_CAPTIONS = [("客户经理在田间了解农户资金需求。", "送贷上门"), ("村民在助农取款服务点办理业务。", ""),
               ("工作人员向村民讲解防诈骗知识。", "反诈宣传"), ("客户经理走访养殖大户。", "")]
NJ_BRIEFS = [("某某农商银行推出春耕专项贷款", "近日，某某农商银行推出春耕专项贷款，支持农户购买农资。"),
             ("某某县农信社开展金融知识进村活动", "日前，某某县农信社开展金融知识进村活动，覆盖群众数千人。"),
             ("某某市农商银行完成助农服务点升级", "近日，某某市农商银行一批助农服务点完成升级，可办理更多业务。")]

SM_TITLES = ["别让“久坐”偷走健康", "科学减重不能急于求成", "睡个好觉比什么都重要"]
SM_NOTES = ("（作者系某某医院心内科主任医师）", "（作者单位：某某大学公共卫生学院）")
SM_QUESTIONS = ["门诊里最常见的问题是什么？", "很多人对体检报告有哪些误解？", "老年人该怎么合理用药？", "您最想提醒读者的一句话是什么？"]
SM_ASKS = [("体检发现甲状腺结节怎么办？", "大部分结节是良性的，不必过度紧张，按医生建议定期复查超声即可。"),
           ("血压偏高一定要吃药吗？", "要看血压水平和其他危险因素，先改善生活方式，必要时在医生指导下用药。"),
           ("每天走一万步有必要吗？", "步数因人而异，关键是长期坚持适量运动，老人和关节不好的人不必强求。"),
           ("秋冬季怎样预防流感？", "按时接种疫苗，勤洗手、多通风，出现发热等症状及时就医。")]
SM_LINKS = [("专家提醒", "", ["出现胸闷、胸痛并持续不缓解时，应立即拨打急救电话，不要自行驾车去医院。"]),
            ("医生手记", "门诊里的老病号", ["老李每个月都来复诊，血压记录本写得密密麻麻。他说，把身体交给医生，"
                                          "自己也得上心。"]),
            ("延伸阅读", "", ["研究显示，规律作息、均衡饮食和适量运动，是预防慢性病最简单有效的办法。"])]
SM_CAPTIONS = [("医生在社区义诊活动中为居民量血压。", "义诊"), ("老年人在公园里打太极拳。", ""),
               ("护士在病房里为患者做检查。", "守护"), ("市民在健身步道上快走。", "")]
SM_BRIEFS = [("某某医院开设睡眠门诊", "近日，某某医院开设睡眠门诊，为失眠患者提供诊疗。"),
             ("某某市启动老年人健康体检", "日前，某某市启动年度老年人免费健康体检。"),
             ("某某省推进县域医共体建设", "近日，某某省一批县域医共体建成，群众看病更方便。")]

LX_RATES = ("100日元 兑 人民币 4.72元", "1美元 兑 151.30日元", "1欧元 兑 163.80日元", "1港元 兑 19.35日元",
            "100日元 兑 新台币 21.40元")
LX_SERVICE = ["【签证】在留期间届满前三个月起可申请更新，请提前准备材料。", "【住民税】六月起各区役所陆续寄送纳税通知书。",
              "【打工】留学生打工须取得资格外活动许可，每周不超过28小时。", "【医疗】国民健康保险可在居住地区役所办理加入。",
              "【活动】本月下旬，某某中华总会举办留学生交流会。"]
LX_QUESTIONS = ["你是哪一年来日本的？", "刚来的时候最不习惯的是什么？", "在研究室里主要做什么？", "毕业后有什么打算？"]
LX_TITLES = ["在日华人要守望相助", "留学不只是拿一张文凭", "让中日民间交流更热络"]
LX_NOTES = ("（作者系东京某某大学教授）", "（作者系在日华人企业家）")
LX_CAPTIONS = [("东京的公园里，市民在赏樱。", "春日"), ("华人社团在横滨中华街举办舞狮表演。", ""),
               ("留学生在大学图书馆里自习。", "勤学"), ("大阪的商店街上，游客在购物。", "")]
LX_BRIEFS = [("某某中华总会举办春节联欢会", "日前，某某中华总会举办春节联欢会，数百名在日华人参加。"),
             ("东京一华人社团开展防灾讲座", "近日，东京一华人社团开展防灾讲座，讲解地震避险知识。"),
             ("大阪华侨华人举办书法展", "日前，大阪华侨华人举办书法展，展出作品数十幅。")]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_wu = chosen(Form("本报讯（记者 {0} 通讯员 {1}）", 2), Above("■梧州日报记者 {0!l}"),
               Above("记者 {0!l} 通讯员 {1} 文/图", 2, photo=True), turn="by", drawn=2)
by_wu_brief = turns(Form("（{c0}报道组 {0}）", choices=(("藤县", "岑溪市", "蒙山县", "龙圩区"),), **TRAIL),
                    Form("本报讯（特约通讯员 {0}）"))

by_ts = chosen(Form("本报讯（侨报记者 {0}）"), Above("图/文 侨报记者 {0!l}", photo=True),
               Above("侨报记者 {0!l} 通讯员 {1} {2}", 3), turn="by", drawn=2)
by_ts_brief = turns(Form("（{c0} {0}）", choices=(("台城街道", "斗山镇", "端芬镇", "海宴镇", "广海镇"),), **TRAIL),
                    Form("本报讯（通讯员 {0}）", line_share=0.3))

by_tf = chosen(Above("天府早报记者 {0!l} 实习生 {1}", 2), Form("早报讯（记者 {0}）"),
               Above("记者 {0!l} 摄影报道", photo=True), turn="by", drawn=2)
by_tf_brief = turns(Form("（据“成都发布”）", 0, **TRAIL), Form("早报讯（记者 {0}）", line_share=0.3))

by_pe = chosen(Form("本报讯（记者 {0} 通讯员 {1}）", 2), Above("□本报记者 {0!l} 特约记者 {1}", 2),
               Above("记者 {0!l} 文/摄", photo=True), turn="by", drawn=2)
by_pe_brief = turns(Form("（{c0}融媒 {0}）", choices=(("澜沧", "景东", "墨江", "孟连", "西盟"),), **TRAIL),
                    Form("本报讯（通讯员 {0}）"))

by_nj = chosen(Above("本报记者 {0!l}"), Form("本报讯（记者 {0} 通讯员 {1}）", 2), Above("特约撰稿人 {0!l}"),
               turn="by", drawn=2)
by_nj_brief = turns(Form("（{c0}农商银行 {0}）", choices=(("某某", "某某县", "某某市"),), **TRAIL),
                    Form("本报讯（通讯员 {0}）", line_share=0.3))

by_sm = chosen(Above("本报记者 {0!l}"), Above("生命时报特约记者 {0!l} {1}", 2),
               Above("本报驻{c0}特约记者 {0!l}", choices=(("美国", "日本", "德国", "英国"),)), turn="by", drawn=2)
by_sm_brief = turns(Form("（{0}）", **TRAIL), Form("本报讯", 0))

by_lx = taking_turns(chosen(Above("本报记者 {0!l}（东京）")), dateline("本报东京{m}月{d}日讯（记者 {0}）", 1),
                     chosen(Above("文・图／{0!l}", photo=True)))
by_lx_brief = turns(Form("（编辑部）", 0, **TRAIL), Form("（{0}）", **TRAIL))


# --------------------------------------------------------------------------- photo credits


cr_wu = _credit_turns(("记者 {n} 摄", "（特约通讯员 {n} 摄）", "（资料图）"))
cr_ts = _credit_turns(("侨报记者 {n} 摄", "（{n} 供图）", "（侨刊资料图）"))
cr_tf = _credit_turns(("早报记者 {n} 摄", "图据受访者", "（{n}/摄）"))
cr_pe = _credit_turns(("记者 {n} 摄", "（{n} 摄）", "（普洱日报资料图）"))
cr_nj = _credit_turns(("本报记者 {n}/摄", "（农商银行供图）", "（{n} 摄）"))
cr_sm = _credit_turns(("本报记者 {n}/摄", "（受访者供图）", "（本报资料图）"))
cr_lx = _credit_turns(("（{n}／摄）", "（本报资料照片）", "（主办方提供）"))


# --------------------------------------------------------------------------- builder


class Fresh56Builder(Fresh43Builder):

    # -------------------------------------------------------------- set56_a

    def slot_wucomment(self):
        return self.noted_comment(("西江时评", "梧州观察"), WU_TITLES, ("■", "□"), WU_NOTES)

    def slot_wulink(self):
        return self.tied_box(WU_LINKS)

    def slot_wugroup(self):
        return self.numbered_photos(WU_GROUPS)

    # -------------------------------------------------------------- set56_b

    def slot_tsservice(self):
        return self.service(("侨务信息", "侨乡服务"), TS_SERVICE)

    def slot_tstalk(self):
        return self.interview(("侨乡人物", "乡亲访谈"), TS_QUESTIONS, ("侨报：", "记者："))

    def slot_tsletter(self):
        return self.reply_letter(TS_LETTER_TITLES, TS_REPLIES, TS_PLACES)

    def slot_tsgroup(self):
        return self.numbered_photos(TS_GROUPS)

    # -------------------------------------------------------------- set56_c

    def slot_tfservice(self):
        return self.service(("早报提醒", "出行提示"), TF_SERVICE)

    def slot_tfletter(self):
        return self.reply_letter(TF_LETTER_TITLES, TF_REPLIES, TF_PLACES)

    def slot_tftalk(self):
        return self.interview(("早报面对面", "蓉城人物"), TF_QUESTIONS, ("早报：", "记者："))

    # -------------------------------------------------------------- set56_d

    def slot_pecomment(self):
        return self.staff_comment(("普洱时评", "茶城论坛"), PE_TITLES, sign=self.rng.choice(("本报评论员", "普洱日报评论员")))

    def slot_pelink(self):
        return self.tied_box(PE_LINKS)

    def slot_pegroup(self):
        return self.numbered_photos(PE_GROUPS)

    def slot_petable(self):
        rng = self.rng
        rows = rng.sample(PE_TABLE, rng.choice((4, 5)))
        return self.wide_table(("茶市行情", "价格信息"), "本周茶叶咖啡收购参考价", rng.choice(("品种 单位 价格 走势", "品类 计量 参考价 涨跌")),
                               rows, ("数据来源：普洱市某某交易中心", "注：价格仅供参考"))

    # -------------------------------------------------------------- set56_e

    def slot_njfigures(self):
        return self.figures(("数据", "数说农金"), NJ_FIGURES, title="一季度涉农贷款投放情况")

    def slot_njasks(self):
        return self.asks(("农户问答", "金融知识"), self.rng.choice(("贷款那些事儿", "农户贷款问与答")), NJ_ASKS,
                         "某某农商银行个人金融部 {}")

    def slot_njcomment(self):
        return self.noted_comment(("农金观察", "金融时评"), NJ_TITLES, ("□", "文/"), NJ_NOTES)

    def slot_njrates(self):
        return self.service(("利率参考", "存款利率"), NJ_RATES, title="某某农商银行人民币存款挂牌利率")

    # -------------------------------------------------------------- set56_f

    def slot_smcomment(self):
        return self.noted_comment(("生命话题", "健康观察"), SM_TITLES, ("文/", "◎"), SM_NOTES)

    def slot_smtalk(self):
        return self.interview(("名医访谈", "专家面对面"), SM_QUESTIONS, ("生命时报：", "记者："))

    def slot_smasks(self):
        return self.asks(("健康问答", "名医答疑"), self.rng.choice(("读者来问 医生来答", "这些健康疑问帮你解答")), SM_ASKS,
                         "某某医院主任医师 {}")

    def slot_smlink(self):
        return self.tied_box(SM_LINKS)

    # -------------------------------------------------------------- set56_g

    def slot_lxrates(self):
        return self.service(("汇率行情", "今日汇率"), LX_RATES, title="参考汇率（日元）")

    def slot_lxservice(self):
        return self.service(("生活信息", "留学须知"), LX_SERVICE)

    def slot_lxtalk(self):
        return self.interview(("留学生访谈", "在日人物"), LX_QUESTIONS, ("本报：", "记者："))

    def slot_lxcomment(self):
        return self.noted_comment(("时评", "东瀛观察"), LX_TITLES, ("文／", "□"), LX_NOTES)


# --------------------------------------------------------------------------- furniture


_wu_top = furniture(
    (0.5, [ln("梧州日报", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True), ln("第{n}版 {sec}", page="{n}"),
           "责任编辑：{name} 美术编辑：{name} 校对：{name}"]),
    [ln("{date} 农历{slunar} {wd}", date=True), ln("{sec}·{n}", page="{n}"), "编辑 {name} 审读 {name}"],
    front=[masthead("梧州日报"), "WUZHOU DAILY", "中共梧州市委机关报", ln("{date} {wd}", date=True), "农历{lunar}",
           "第{no:20000-20999}期 今日{pages}版", "国内统一连续出版物号 CN 45-0000 邮发代号 48-{no:10-99}"])
_wu_bottom = furniture((0.5, ["梧州日报社出版 地址：梧州市万秀区某某路{no:1-99}号"]),
                       ["新闻热线 {tel:0774} 广告热线 {tel:0774}", opt(0.5, ["扫码关注“梧州日报”微信公众号"])])

_ts_top = furniture(
    (0.5, [ln("台山侨报", paper=True), ln("第{n}版", page="{n}"), "{sec}", ln("{y}年{m}月{d}日", date=True),
           "编辑：{name} 电话：{tel:0750}"]),
    [ln("{n}", page="{n}"), ln("{date} {wd}", date=True), ln("{sec}", page=None), "台山侨报 TAISHAN QIAOBAO"],
    front=[masthead("台山侨报"), "侨乡台山 连接世界", "中共台山市委宣传部主管", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:3000-3999}期 今日{pages}版", "国内统一连续出版物号 CN 44-0000"])
_ts_bottom = furniture((0.5, ["台山侨报社 地址：台山市台城某某路{no:1-99}号 电话：{tel:0750}"]),
                       ["海外发行：某某侨刊联络处", opt(0.5, ["广告经营许可证 台工商广字第{no:100-999}号"])])

_tf_top = furniture(
    (0.5, [ln("{sec}", page=None), ln("{n:02d}", page="{n:02d}"), ln("天府早报", paper=True),
           ln("{y}.{m}.{d} {wd}", date=True), "责编 {name} 美编 {name} 校对 {name}"]),
    [ln("天府早报 {date}", paper=True, date=True), ln("{n:02d} {sec}", page="{n:02d}"), "新闻热线 {tel:028}"],
    front=[masthead("天府早报"), "TIANFU MORNING POST", ln("{date} {wd}", date=True), "农历{slunar}",
           "第{no:6000-6999}期 今日{pages}版 零售价1.00元", "国内统一连续出版物号 CN 51-0000"])
_tf_bottom = furniture((0.5, ["天府早报新闻热线 {tel:028} 发行热线 {tel:028}"]),
                       ["下载“天府早报”APP 爆料赢好礼", opt(0.5, ["四川某某印务有限公司印刷"])])

_pe_top = furniture(
    (0.5, [ln("{date} {wd}", date=True), ln("普洱日报", paper=True), ln("{sec} 第{n}版", page="{n}"),
           "本版责编：{name} 版式：{name}"]),
    [ln("第{n}版", page="{n}"), "{sec}", ln("{y}年{m}月{d}日 农历{slunar}", date=True)],
    front=[masthead("普洱日报"), "PU'ER DAILY", "中共普洱市委机关报", ln("{y}年{m}月{d}日 {wd}", date=True), "农历{lunar}",
           "今日{pages}版 第{no:8000-8999}期", "国内统一连续出版物号 CN 53-0000"])
_pe_bottom = furniture((0.5, ["普洱日报社出版 地址：普洱市思茅区某某大道{no:1-99}号 电话 {tel:0879}"]),
                       ["下载“普洱融媒”客户端 看更多普洱新闻", opt(0.5, ["零售价1.50元"])])

_nj_top = furniture(
    (0.5, [ln("农村金融时报", paper=True), ln("{y}年{m}月{d}日", date=True), ln("{n}版 · {sec}", page="{n}"),
           "责任编辑：{name} 电话：{tel:010} E-mail:ncjr@example.com"]),
    [ln("{sec}", page=None), ln("{date}", date=True), ln("第{n}版", page="{n}"), "本版编辑 {name}"],
    front=[masthead("农村金融时报"), "RURAL FINANCE TIMES", ln("{date} {wd}", date=True), "每周一出版",
           "第{no:600-999}期 本期{pages}版", "国内统一连续出版物号 CN 11-0000 邮发代号 1-{no:100-299}"])
_nj_bottom = furniture((0.5, ["农村金融时报社 地址：北京市西城区某某街{no:1-99}号 发行热线 {tel:010}"]),
                       ["订阅请到当地邮局", opt(0.5, ["本报法律顾问：某某律师事务所"])])

_sm_top = furniture(
    (0.5, [ln("生命时报", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True), ln("第{n}版", page="{n}"), "{sec}",
           "责编：{name} 美编：{name} 电话：{tel:010}"]),
    [ln("{n:02d}", page="{n:02d}"), ln("{sec}", page=None), ln("生命时报 {date}", paper=True, date=True)],
    front=[masthead("生命时报"), "LIFE TIMES", "人民日报社主管 环球时报社主办", ln("{date} {wd}", date=True),
           "第{no:1700-1899}期 每周二、周五出版", "本期{pages}版 国内统一连续出版物号 CN 11-0000 零售价2.00元"])
_sm_bottom = furniture((0.5, ["生命时报社 地址：北京市朝阳区某某路{no:1-99}号 订阅热线 {tel:010}"]),
                       ["健康热线 {tel:010}", opt(0.5, ["本报所刊文章仅供参考，具体诊疗请遵医嘱"])])

_JP_DAYS = "月火水木金土日"
_lx_fields = {"rw": lambda ctx: ctx.date.year - 2018, "jwd": lambda ctx: _JP_DAYS[ctx.date.weekday()]}
_lx_top = furniture(
    (0.5, [ln("留学生新闻", paper=True), ln("{y}年{m}月{d}日", date=True), "令和{rw}年{m}月{d}日", ln("第{n}面", page="{n}"),
           "{sec}"]),
    [ln("（{n}）", page="{n}"), ln("{sec}", page=None), ln("{y}年{m}月{d}日（{jwd}）", date=True)],
    front=[masthead("留学生新闻"), "在日华人综合性中文报纸", ln("{y}年{m}月{d}日（{jwd}）", date=True), "令和{rw}年{m}月{d}日发行",
           "第{no:500-599}期 每月1日、15日发行 定价200日元", "第三种邮便物认可"],
    fields=_lx_fields)
_lx_bottom = furniture((0.5, ["发行所 留学生新闻社 东京都丰岛区某某{no:1-9}-{no:1-30}-{no:1-20} TEL 03-{no:1000-9999}-{no:1000-9999}"]),
                       ["广告受付 FAX 03-{no:1000-9999}-{no:1000-9999}", opt(0.5, ["本报网站 www.example.jp"])],
                       fields=_lx_fields)


@dataclasses.dataclass
class Fresh56Family(Fresh43Family):
    seed_stride: int = FRESH56_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh56Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh56Builder, justified=True,
                         **kw)


FRESH56_FAMILIES = [
    fam("set56_a", "梧州日报", _wu_top, _wu_bottom, {by_wu: 1},
        brief_bylines={by_wu_brief: 1}, credits=(cr_wu,), width=(15, 20), blank={"para": 2, "none": 1},
        indent=0.5, letterspace=0.25, stray_spaces=0.04, doubled=0.1, displaced=0.1, caption_pool=WU_CAPTIONS,
        brief_pool=WU_BRIEFS, brief_pool_share=0.6, paper_outlet="梧州日报",
        labels={"column": ("县（市、区）动态", "梧州简讯"), "bullet": ("■",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（转第{n}版）"), cont_forms=("（上接第{n}版）", "（紧接第{n}版）"),
        plans=((["decklead", "photo", "briefcol"], {"front": True, "turn": 0}),
               (["wulink", "wucomment"], {"blank": "every", "turn": 1}),
               (["continuation", "deck", "wugroup"], {"page": 2, "turn": 2, "group_credit": "本组图片由记者 {n} 摄"}),
               (["deck", "brief", "photo"], {"blank": "none"})),
        page_style="plain", sections=("要闻", "综合", "县域")),
    fam("set56_b", "台山侨报", _ts_top, _ts_bottom, {by_ts: 1},
        brief_bylines={by_ts_brief: 1}, credits=(cr_ts,), width=(14, 19), blank={"para": 1, "every": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.05, doubled=0.15, displaced=0.1, caption_pool=TS_CAPTIONS,
        brief_pool=TS_BRIEFS, brief_pool_share=0.6, paper_outlet="侨报",
        labels={"column": ("镇街动态", "侨乡简讯"), "bullet": ("◇",)},
        page_form="{n}版", jump_forms=("（转{p}）", "（下转第{n}版）"), cont_forms=("（上接{p}）", "（接第{n}版）"),
        plans=((["decklead", "tsservice", "brief"], {"front": True, "turn": 1}),
               (["tstalk", "photo"], {"blank": "none", "turn": 2}),
               (["continuation", "tsletter", "briefcol"], {"page": 2, "turn": 0}),
               (["tsgroup", "deck", "brief"], {"blank": "every", "group_credit": "本组图片由侨报记者 {n} 摄"})),
        page_style="plain", sections=("要闻", "侨乡", "镇街")),
    fam("set56_c", "天府早报", _tf_top, _tf_bottom, {by_tf: 1},
        brief_bylines={by_tf_brief: 1}, credits=(cr_tf,), width=(17, 23), per_article_width=True,
        blank={"para": 1, "none": 1}, indent=0.3, letterspace=0.1, stray_spaces=0.02, doubled=0.05, displaced=0.1,
        caption_pool=TF_CAPTIONS, brief_pool=TF_BRIEFS, brief_pool_share=0.7, paper_outlet="早报",
        labels={"column": ("早报快讯", "蓉城速递"), "bullet": ("▶",)},
        page_form="{n2}版", jump_forms=("（下转{p}）", "（详见{p}）"), cont_forms=("（上接{p}）", "（接{p}）"),
        plans=((["decklead", "tfservice", "brief"], {"front": True, "turn": 2}),
               (["tfletter", "deck", "photo"], {"turn": 0}),
               (["continuation", "tftalk", "briefcol"], {"page": 2, "blank": "every", "turn": 1}),
               (["deck", "photo", "brief"], {"blank": "none"})),
        page_style="0", sections=("成都新闻", "民生", "四川新闻")),
    fam("set56_d", "普洱日报", _pe_top, _pe_bottom, {by_pe: 1},
        brief_bylines={by_pe_brief: 1}, credits=(cr_pe,), width=(15, 21), blank={"para": 2, "every": 1},
        indent=0.5, letterspace=0.35, stray_spaces=0.04, doubled=0.1, displaced=0.1, caption_pool=PE_CAPTIONS,
        brief_pool=PE_BRIEFS, brief_pool_share=0.6, paper_outlet="本报",
        labels={"column": ("县区传真", "普洱简讯"), "bullet": ("▪",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（转第{n}版）"), cont_forms=("（上接第{n}版）",),
        plans=((["decklead", "pecomment", "brief"], {"front": True, "turn": 0}),
               (["pelink", "photo"], {"blank": "none", "turn": 1}),
               (["continuation", "pegroup", "briefcol"], {"page": 2, "turn": 2, "group_credit": "本组图片由本报记者 {n} 摄"}),
               (["petable", "deck", "bare"], {"blank": "every"})),
        page_style="plain", sections=("要闻", "综合", "县区")),
    fam("set56_e", "农村金融时报", _nj_top, _nj_bottom, {by_nj: 1},
        brief_bylines={by_nj_brief: 1}, credits=(cr_nj,), width=(18, 24), blank={"para": 1, "every": 1},
        indent=0.2, letterspace=0.15, stray_spaces=0.02, doubled=0.05, displaced=0.05, caption_pool=NJ_CAPTIONS,
        brief_pool=NJ_BRIEFS, brief_pool_share=0.7, paper_outlet="本报",
        labels={"column": ("行社动态", "农金简讯"), "bullet": ("◆",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（转{n}版）"), cont_forms=("（上接第{n}版）", "（接{n}版）"),
        plans=((["decklead", "njfigures", "brief"], {"front": True, "turn": 1}),
               (["njasks", "deck"], {"blank": "none", "turn": 2}),
               (["continuation", "njcomment", "briefcol"], {"page": 2, "turn": 0}),
               (["njrates", "deck", "photo"], {})),
        page_style="plain", sections=("要闻", "农村金融", "行社")),
    fam("set56_f", "生命时报", _sm_top, _sm_bottom, {by_sm: 1},
        brief_bylines={by_sm_brief: 1}, credits=(cr_sm,), width=(16, 22), blank={"para": 2, "none": 1},
        indent=0.3, letterspace=0.2, stray_spaces=0.03, doubled=0.1, displaced=0.1, caption_pool=SM_CAPTIONS,
        brief_pool=SM_BRIEFS, brief_pool_share=0.7, paper_outlet="本报",
        labels={"column": ("健康速递", "医学快讯"), "bullet": ("△",)},
        page_form="第{n}版", jump_forms=("（下转第{n}版）", "（转{n2}版）"), cont_forms=("（上接第{n}版）", "（接{n2}版）"),
        plans=((["decklead", "smcomment", "brief"], {"front": True, "turn": 2}),
               (["smtalk", "photo"], {"blank": "every", "turn": 1}),
               (["continuation", "smasks", "briefcol"], {"page": 2, "turn": 0}),
               (["smlink", "photo"], {"blank": "none"})),
        page_style="plain", sections=("要闻", "健康", "国际")),
    fam("set56_g", "留学生新闻", _lx_top, _lx_bottom, {by_lx: 1},
        brief_bylines={by_lx_brief: 1}, credits=(cr_lx,), width=(15, 21), blank={"para": 1, "every": 1},
        indent=0.3, letterspace=0.05, stray_spaces=0.02, doubled=0.05, displaced=0.1, caption_pool=LX_CAPTIONS,
        brief_pool=LX_BRIEFS, brief_pool_share=0.8, paper_outlet="本报",
        labels={"column": ("日本短讯", "华人社会动态"), "bullet": ("○",)},
        page_form="第{n}面", jump_forms=("（下转第{n}面）", "（转{n}面）"), cont_forms=("（上接第{n}面）", "（接{n}面）"),
        plans=((["decklead", "lxrates", "brief"], {"front": True, "turn": 0}),
               (["lxtalk", "photo"], {"blank": "none", "turn": 1}),
               (["continuation", "lxcomment", "briefcol"], {"page": 2, "turn": 2}),
               (["lxservice", "deck", "photo"], {})),
        page_style="plain", sections=("日本新闻", "华人社会", "留学")),
]
