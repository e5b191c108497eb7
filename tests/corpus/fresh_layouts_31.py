"""A thirty-first set of blind development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator on these pages.  Seven papers the corpus had not imitated, of seven kinds the corpus has
few of (checked by name against the development builders and gold, and against the held-back set only with
a script that names this set's families whose paper a held-back page also has): a prefecture paper of
Yunnan, the tobacco industry's national paper, a district paper of Guangzhou, a metro paper of Fujian's
capital, the armed police's paper, the nonferrous-metals industry's paper and a Chinese paper of Japan.  Every
family wraps its columns by width (`justified`: a line of digits or Latin letters holds more characters than
one of ideographs), captions and box rows too.  Nearly every page carries a story that keeps its section
headings under a deck (its subtitle) or a long kicker, beside a photo or a brief that may be unsigned.  Each
page of a family follows one of four page plans, of varied kinds: a page of several short items with no
blank line between them, a page carried by a long interview (the guest's name as the answer label, or
问/答), a page of photo news (a label over one large photo, then small ones and a numbered group, each
credited), a page whose lead is read across two columns with a brief and ends in a jump line; byline and
credit forms take turns across a family's pages.

* `honghe_prefecture` 红河日报 (the Honghe Hani and Yi prefecture of Yunnan): 中共红河州委机关报 and 农历; a lead
  under its deck ending in a jump line and **page 2 carrying it on**; `红河日报记者 X`, `记者 X 通讯员 Y`, `X 文/图`;
  briefs glued `本报讯（通讯员 X）` or closed by a county's media centre and the name `（元阳县融媒体中心 X）`;
  **农产品价格 tables** (`蒙自石榴 6.50 +0.20`, `数据来源：…`); **梯田农事 boxes** of farm-work rows; an interview with
  a grower (`记者：` / his name); a photo-news page (红河影像) with a numbered group; ◆ 县市动态.
* `tobacco_industry` 中国烟草报 (the tobacco monopoly's national paper): `CHINA TOBACCO NEWS`, its 主管主办 line, no
  农历; `本报记者 X`, `本报通讯员 X 记者 Y`, `通讯员 X Y`; briefs closed by a provincial bureau and the name
  `（某某省烟草专卖局 X）` or glued `本报讯（通讯员 X）`; **烟叶收购 tables** (`云南 68.5 +3.2`, `数据来源：…`); **烟叶
  生产技术 boxes** of tip rows; an interview with an agronomist (`本报记者：` / his name); 行业观察 pieces with an
  `（作者系…）` note; a lead read across with a brief; ■ 行业动态.
* `panyu_district` 番禺日报 (a district paper of Guangzhou): columns of 12–17 ems set per story, a blank line after
  every line on some pages, stray spaces, doubled-glyph and displaced headlines, pages with no running head;
  `番禺日报记者 X`, `记者 X 通讯员 Y`, `记者 X 文/图`; briefs closed by `（番禺日报记者 X）` or glued `本报讯（记者 X
  通讯员 Y）`; **龙舟赛程 boxes** of dated rows (`6月9日 9:00 某某村 龙舟招景`); Q&A `记者：` / the guest's name; a
  photo-news page with a numbered group; a lead read across with a brief.
* `dongnan_express` 东南快报 (a metro paper of Fuzhou): `DONGNAN EXPRESS` and 农历; a lead with a jump line and
  page 2 carrying it on; `东南快报记者 X`, `快报记者 X 实习生 Y`, `文/图 快报记者 X`; briefs closed by `（快报记者 X）`
  or glued `快报讯（记者 X）`; **菜篮子 tables** (`芥菜 2.80 -0.20`); a **停水通知 notice** (a 0591 phone); Q&A
  `快报：` / the guest's name; a photo-news page with a numbered group; ★ 榕城速递.
* `wujing_armed_police` 人民武警报 (the armed police's paper): 中国人民武装警察部队主办, `第N期` and no 农历; `本报记者 X`,
  `特约记者 X 通讯员 Y`, `X Y` (two names, no role), `本报特约记者 X 摄影报道`; briefs closed by a corps and the name
  `（某某总队 X）` or glued `本报讯（特约通讯员 X）`; **军营小贴士 boxes**; **比武成绩 tables** (`400米障碍 1分38秒 某某
  支队`, `数据来源：…`); 橄榄绿论坛 pieces with an `（作者系…）` note; a photo-news page (警营影像) with a numbered group
  credited `本组图片由特约记者 X 摄`; ▲ 警营快讯.
* `nonferrous_metals` 中国有色金属报 (the nonferrous-metals industry's paper): `CHINA NONFERROUS METALS NEWS`, a CN number,
  农历; a lead with a jump line and page 2 carrying it on; `本报记者 X`, `□通讯员 X`, `本报记者 X 通讯员 Y`; briefs
  closed by a company and the name `（某某铜业公司 X）` or by `（通讯员 X）`; **金属价格 tables** (`电解铜 72860 +320`,
  `数据来源：…`); **行业术语 boxes** of term rows; an interview with an engineer (`记者：` / his name); 有色论坛 pieces
  with an `（作者系…）` note; ● 行业简讯.
* `xinhuaqiao_japan` 日本新华侨报 (a Chinese paper of Tokyo): `日本东京发行`, Tokyo phones `03-NNNN-NNNN`; `本报记者 X`,
  glued `【日本新华侨报讯】` naming no one, `本报特约记者 X 东京报道`; briefs closed by `（记者 X）` or printed with no byline;
  **东京天气 boxes** (`今日 晴 22℃～30℃ 降水概率10%`); **汇率 tables** (`人民币 21.35 +0.12`, `数据来源：…`); Q&A
  `本报：` / the guest's name; 侨声 pieces with an `（作者为…）` note; a photo-news page; ◇ 侨社动态; two briefs read
  across.

Gold conventions are those of the README; new here: a 农产品价格 / 烟叶收购 / 菜篮子 / 比武成绩 / 金属价格 / 汇率 table is
an `infobox` (its label the kicker, the column-header row its first row), its `数据来源` line a `credit`; a 梯田农事 /
烟叶生产技术 / 龙舟赛程 / 军营小贴士 / 行业术语 / 东京天气 box is an `infobox` titled with its label, or with the label as
kicker when a title follows; a 停水通知 notice is an `infobox` whose issuer and date are bylines and which names no
one; `X 文/图`, `记者 X 文/图`, `文/图 快报记者 X` and `本报特约记者 X 摄影报道` make X author and photographer;
`【日本新华侨报讯】` names no one (an item opening it is an `article`); `快报讯（记者 X）` is not 本报讯 (the item is an
`article`, as set 22 has it); `（元阳县融媒体中心 X）`, `（某某省烟草专卖局 X）`,
`（某某总队 X）` and `（某某铜业公司 X）` name X; `（资料图片）`, `（某某县委宣传部供图）` and `新华社发` name no photographer;
a short item printed with no byline at all is an `article`; the photo-news labels, the 行业观察 / 橄榄绿论坛 / 有色论坛 / 侨声
labels and the column names are furniture.

Seeds: FRESH31_SEED_BASE + FRESH31_SEED_STRIDE*family + 1_000*attempt + n (42_060_001 .. 42_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (captions,
photo groups, briefs, rows, notices, questions, titles and notes); names, figures, phone numbers and
addresses are made up.
"""
from __future__ import annotations

import dataclasses

from fresh_layouts_5 import _credit_turns
from fresh_layouts_9 import Fresh9Family
from fresh_layouts_29 import Fresh29Builder
from layout_kit import DATED, TRAIL, Above, Form, chosen, furniture, ln, masthead, opt, turns
from synthesize import phone

FRESH31_SEED_BASE = 42_000_000
FRESH31_SEED_STRIDE = 60_000

# --------------------------------------------------------------------------- filler (written for this corpus)

HH_COUNTIES = ("元阳县融媒体中心", "蒙自市融媒体中心", "建水县融媒体中心", "红河县融媒体中心", "弥勒市融媒体中心")
HH_PRODUCE = (("蒙自石榴", 6.5), ("建水杨梅", 12.0), ("元阳红米", 8.8), ("屏边荔枝", 15.0), ("弥勒葡萄", 7.2),
              ("石屏杨梅", 10.5))
HH_FARMWORK = ["梯田放水：插秧前整修田埂，保持水层三至五厘米", "育秧管理：秧苗两叶一心时追施一次清粪水",
               "病虫防治：稻瘟病高发期及时喷药预防", "鱼苗投放：稻田养鱼在插秧后十天投放鱼苗",
               "田埂护理：雨季前清理沟渠防止垮埂"]
HH_QUESTIONS = ["当初为什么回村种红米？", "梯田里养鸭养鱼收益怎么样？", "游客多了对村里有什么变化？",
                "合作社是怎样带动乡亲们的？", "明年还有什么新打算？"]
HH_GROUPS = [
    ("哈尼梯田开秧门", ["①村民在梯田里插下第一把秧苗。", "②长街宴上摆满了传统美食。", "③游客在观景台上拍摄梯田。"]),
    ("建水古城的清晨", ["①早点铺前排起了长队。", "②游客在朝阳楼前留影。", "③老人在古井边打水。"]),
]
HH_CAPTIONS = [("元阳梯田里，村民在放水整田。", "梯田春耕"), ("蒙自碧色寨，游客在参观老车站。", ""),
               ("弥勒湖泉边，市民在步道上散步。", "湖畔闲情"), ("河口口岸，货车有序通关。", "")]
HH_BRIEFS = [
    ("乡村客运新线开通", "近日，一条连接几个村寨的乡村客运线路开通，群众出行更方便。"),
    ("石榴种植培训进村", "日前，一期石榴种植技术培训在村里开班，果农们听得认真。"),
    ("民族文化展演举行", "近日，一场民族文化展演在县城广场举行，吸引众多群众观看。"),
]

YC_BUREAUS = ("某某省烟草专卖局", "某某市烟草专卖局", "某某省烟草公司", "某某卷烟厂")
YC_PURCHASE = (("云南", 68.5), ("贵州", 61.2), ("湖南", 57.9), ("河南", 49.6), ("四川", 53.3), ("福建", 72.1))
YC_TIPS = ["采收：烟叶成熟一片采一片，不采生叶", "编竿：每竿均匀编烟一百二十片左右", "烘烤：变黄期温度稳步升高不急于定色",
           "分级：按部位和颜色分开堆放", "储存：烤后烟叶回潮后打包避光保存"]
YC_QUESTIONS = ["今年烟叶生产有哪些新变化？", "怎样帮助烟农降低生产成本？", "烘烤环节最容易出什么问题？",
                "年轻人愿意种烟吗？", "对基层技术员有什么建议？"]
YC_TITLES = ["把服务送到烟农田间地头", "以标准化提升烟叶质量", "让专卖管理更加规范高效"]
YC_NOTES = ("（作者系某某市烟草专卖局干部）", "（作者为某某卷烟厂工程师）", "（作者系某某县烟草分公司经理）")
YC_CAPTIONS = [("烟农在烤房前整理鲜烟叶。", "忙采烤"), ("技术员在田间查看烟株长势。", ""),
               ("收购站里，工作人员在为烟叶定级。", "收购季"), ("卷烟厂车间里，工人在检查设备。", "")]
YC_BRIEFS = [
    ("烟叶收购工作有序推进", "近日，一个产区烟叶收购工作有序推进，烟农交售秩序良好。"),
    ("专卖执法培训班开班", "日前，一期专卖执法业务培训班开班，学员来自各县区局。"),
    ("烟区基础设施项目完工", "近日，一批烟区机耕路和灌溉沟渠项目完工。"),
]

PY_RACES = ("某某村 龙舟招景", "某某涌 传统龙舟赛", "某某湖 龙舟友谊赛", "某某村 龙舟景", "某某公园 少儿龙舟体验")
PY_QUESTIONS = ["第一次划龙舟是什么时候？", "村里的龙舟有什么来历？", "怎样让年轻人接过这门传统？",
                "今年的龙舟景准备得怎么样？", "这些年番禺变化最大的是什么？"]
PY_GROUPS = [
    ("龙舟水里的端午", ["①龙舟在河涌里竞渡。", "②岸边的街坊为选手加油。", "③村民在祠堂前分食龙船饭。"]),
    ("沙湾古镇的周末", ["①游客在古镇巷子里漫步。", "②艺人在表演广东音乐。", "③孩子们在品尝姜埋奶。"]),
]
PY_CAPTIONS = [("市桥河畔，市民在绿道上骑行。", "河畔骑行"), ("大夫山森林公园，游客在林间步道散步。", ""),
               ("长隆附近，游客排队入园。", "假日出游"), ("广州南站，旅客有序候车。", "")]
PY_BRIEFS = [
    ("社区长者饭堂开张", "近日，一个社区长者饭堂正式开张，为辖区老人提供午餐。"),
    ("河涌整治完成验收", "日前，一段河涌整治工程完成验收，水清岸绿。"),
    ("街坊学做广式点心", "近日，一个街道开设点心制作课堂，街坊们学得起劲。"),
]

DN_VEG = (("芥菜", 2.8), ("空心菜", 3.2), ("包菜", 1.6), ("西红柿", 4.5), ("黄瓜", 3.0), ("猪肉", 13.5),
          ("鸡蛋", 5.2))
DN_NOTICE = ("停水通知",
             "因供水管道改造施工，我公司将对部分区域暂停供水，具体安排如下：",
             ["停水时间：{a}22:00至次日6:00", "停水范围：鼓楼区某某路及周边小区", "恢复供水初期水质可能浑浊，请放水片刻后使用"],
             "请用户提前做好储水准备。给您带来的不便，敬请谅解。服务热线：{p}",
             "福州某某供水服务公司")
DN_QUESTIONS = ["这家老字号鱼丸店开了多少年？", "做鱼丸最讲究的是什么？", "年轻人还爱吃传统小吃吗？",
                "三坊七巷游客多了生意有变化吗？", "有没有想过开分店？"]
DN_GROUPS = [
    ("三坊七巷夜游", ["①游客在南后街上赏灯。", "②街头艺人表演闽剧片段。", "③市民在小吃摊前品尝鱼丸。"]),
    ("闽江边的夏夜", ["①市民在江滨公园乘凉。", "②年轻人在江边夜跑。", "③游船在闽江上缓缓驶过。"]),
]
DN_CAPTIONS = [("西湖公园，市民在湖边赏荷。", "荷香满园"), ("福州地铁站，乘客有序进站。", ""),
               ("上下杭，游客在老街拍照打卡。", "老街新韵"), ("福道上，市民在林间步道健身。", "")]
DN_BRIEFS = [
    ("两条公交线路调整走向", "即日起，两条公交线路调整部分走向，方便沿线居民出行。"),
    ("社区开设暑期托管班", "近日，一个社区开设暑期托管班，为双职工家庭解忧。"),
    ("农贸市场启用智慧秤", "日前，一处农贸市场启用智慧秤，市民买菜更放心。"),
]

WJ_CORPS = ("某某总队", "某某总队某某支队", "某某机动总队", "某某总队执勤第一支队")
WJ_SCORES = (("400米障碍", "1分38秒"), ("武装五公里", "18分02秒"), ("手枪速射", "48环"), ("攀登", "9秒6"),
             ("战术综合演练", "优秀"), ("单杠卷身上", "42个"))
WJ_TIPS = ["夏训防暑：训练间隙及时补充淡盐水", "体能训练：训练前充分热身避免拉伤", "执勤安全：雷雨天气远离高处哨位",
           "内务卫生：被褥定期晾晒保持干燥", "心理调适：遇到困难主动找战友谈心"]
WJ_TITLES = ["把练兵场当作战场", "让青春在岗位上闪光", "带兵要带心"]
WJ_NOTES = ("（作者系某某支队政治工作处主任）", "（作者为某某总队某中队指导员）", "（作者系某某机动总队士官）")
WJ_GROUPS = [
    ("高原练兵", ["①官兵在雪线附近进行武装越野。", "②狙击手在寒风中潜伏。", "③医护人员为训练官兵检查身体。"]),
    ("新兵下连", ["①新兵在营区门口接受战友欢迎。", "②老兵为新兵整理床铺。", "③新兵在荣誉室参观学习。"]),
]
WJ_CAPTIONS = [("训练场上，官兵在进行擒敌技术训练。", "淬火砺刃"), ("执勤哨位上，哨兵在认真值守。", ""),
               ("驻地群众为官兵送来慰问品。", "军民情深"), ("炊事班战士在准备晚饭。", "")]
WJ_BRIEFS = [
    ("支队开展夏季安全教育", "近日，一个支队组织开展夏季安全教育，筑牢官兵安全防线。"),
    ("中队举行军营开放日", "日前，一个中队举行军营开放日活动，驻地学生走进营区。"),
    ("官兵为驻地群众义诊", "近日，一个总队医院组织医护人员走进社区，为群众义诊。"),
]

YS_COMPANIES = ("某某铜业公司", "某某铝业公司", "某某锌业公司", "某某有色金属集团", "某某稀土公司")
YS_METALS = (("电解铜", 72860, 10), ("铝锭", 19420, 10), ("锌锭", 23150, 10), ("铅锭", 16880, 10), ("镍板", 131500, 100),
             ("锡锭", 256000, 100))
YS_TERMS = ["品位：矿石中有用成分的含量", "冶炼回收率：冶炼产品中金属量与原料中金属量之比",
            "电解精炼：用电解方法提纯金属的工艺", "尾矿：选矿后排出的剩余物", "再生金属：由废料回收冶炼得到的金属"]
YS_QUESTIONS = ["这项工艺改进最难在哪里？", "节能降耗方面有哪些新做法？", "怎样培养一线技术骨干？",
                "企业数字化转型进展如何？", "对行业发展有什么看法？"]
YS_TITLES = ["以科技创新驱动产业升级", "绿色矿山建设要久久为功", "把安全生产放在首位"]
YS_NOTES = ("（作者系某某铜业公司高级工程师）", "（作者为某某有色金属研究院研究员）", "（作者系某某铝业公司总经理）")
YS_CAPTIONS = [("冶炼车间里，工人在观察炉况。", "炉火正旺"), ("选矿厂里，技术人员在检查设备。", ""),
               ("矿区复垦后种上了成片树木。", "绿色矿山"), ("实验室里，科研人员在分析样品。", "")]
YS_BRIEFS = [
    ("铜冶炼项目顺利投产", "近日，一个铜冶炼技改项目顺利投产，能耗明显下降。"),
    ("矿山安全培训开班", "日前，一期矿山安全管理培训班开班，学员来自多家企业。"),
    ("再生铝生产线建成", "近日，一条再生铝生产线建成，年处理废铝能力大幅提升。"),
]

JP_CURRENCIES = (("人民币", 21.35), ("美元", 155.40), ("欧元", 168.20), ("港币", 19.88), ("韩元", 0.11))
JP_DAYS = ("今日", "明日", "后日")
JP_SKIES = ("晴", "多云", "阴有小雨", "晴转多云")
JP_QUESTIONS = ["当初为什么来日本留学？", "在东京开中餐馆遇到过哪些难处？", "日本顾客喜欢哪些中国菜？",
                "怎样看待新一代华侨华人？", "对刚来日本的同胞有什么建议？"]
JP_TITLES = ["华侨华人要讲好中国故事", "中文教育需要更多支持", "做中日友好的民间使者"]
JP_NOTES = ("（作者为旅日学者）", "（作者为某某华侨华人联合会理事）", "（作者为东京某某大学教授）")
JP_CAPTIONS = [("东京上野公园，游客在樱花树下赏花。", "花见时节"), ("横滨中华街，游客在品尝小吃。", ""),
               ("池袋一家中文书店里，读者在选书。", "书香池袋"), ("神户南京町，舞狮队在表演。", "")]
JP_BRIEFS = [
    ("中文学校举行结业式", "近日，东京一所中文学校举行结业式，数十名学生获颁证书。"),
    ("华人商会举办交流会", "日前，一个华人商会在东京举办交流会，会员们交流经营心得。"),
    ("侨界举办中秋联欢会", "近日，横滨侨界举办中秋联欢会，侨胞们共度佳节。"),
]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_hh = chosen(Above("红河日报记者 {0!l}"), Above("记者 {0!l} 通讯员 {1}", 2), Above("{0!l} 文/图", photo=True),
               turn="by", drawn=2)
by_hh_brief = turns(Form("本报讯（通讯员 {0}）"), Form("（{c0} {0}）", choices=(HH_COUNTIES,), **TRAIL))

by_yc = chosen(Above("本报记者 {0!l}"), Above("本报通讯员 {0} 记者 {1!l}", 2), Above("通讯员 {0} {1}", 2),
               turn="by", drawn=2)
by_yc_brief = turns(Form("（{c0} {0}）", choices=(YC_BUREAUS,), **TRAIL), Form("本报讯（通讯员 {0}）"))

by_py = chosen(Above("番禺日报记者 {0!l}"), Above("记者 {0!l} 通讯员 {1}", 2), Above("记者 {0!l} 文/图", photo=True),
               turn="by", drawn=2)
by_py_brief = turns(Form("（番禺日报记者 {0}）", **TRAIL), Form("本报讯（记者 {0} 通讯员 {1}）", 2))

by_dn = chosen(Above("东南快报记者 {0!l}"), Above("快报记者 {0!l} 实习生 {1}", 2), Above("文/图 快报记者 {0!l}", photo=True),
               turn="by", drawn=2)
by_dn_brief = turns(Form("（快报记者 {0}）", **TRAIL), Form("快报讯（记者 {0}）", hint="plain", line_share=0.4))

by_wj = chosen(Above("本报记者 {0!l}"), Above("特约记者 {0!l} 通讯员 {1}", 2), Above("{0} {1}", 2),
               Above("本报特约记者 {0!l} 摄影报道", photo=True), turn="by", drawn=2)
by_wj_brief = turns(Form("（{c0} {0}）", choices=(WJ_CORPS,), **TRAIL), Form("本报讯（特约通讯员 {0}）"))

by_ys = chosen(Above("本报记者 {0!l}"), Above("□通讯员 {0!l}"), Above("本报记者 {0!l} 通讯员 {1}", 2),
               turn="by", drawn=2)
by_ys_brief = turns(Form("（{c0} {0}）", choices=(YS_COMPANIES,), **TRAIL), Form("（通讯员 {0}）", **TRAIL))

by_jp = chosen(Above("本报记者 {0!l}"), Form("【日本新华侨报讯】", 0, hint="plain"), Above("本报特约记者 {0!l} 东京报道"),
               turn="by")
by_jp_brief = turns(Form("（记者 {0}）", **TRAIL), Form("【日本新华侨报讯】", 0, hint="plain"))


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


cr_hh = _credit_turns(("红河日报记者 {n} 摄", "（某某县委宣传部供图）", "通讯员 {n} 摄"))
cr_yc = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）", "（资料图片）"))
cr_py = _credit_turns(("记者 {n} 摄", "番禺日报记者 {s}/摄", "（资料图片）"))
cr_dn = _credit_turns(("东南快报记者 {n} 摄", "（快报记者 {n} 摄）", "新华社发"))
cr_wj = _credit_turns(("特约记者 {n} 摄", "（{n} 摄）", "通讯员 {n} 摄"))
cr_ys = _credit_turns(("本报记者 {n} 摄", "通讯员 {n} 摄", "（资料图片）"))
cr_jp = _credit_turns(("本报记者 {n} 摄", "（资料图片）", "（{n} 摄）"))


# --------------------------------------------------------------------------- builder


class Fresh31Builder(Fresh29Builder):

    # -------------------------------------------------------------- 红河日报

    def slot_hhproduce(self):
        rows = self.sampled_rows(HH_PRODUCE, lambda rng, name, price:
                                 f"{name} {price * rng.randrange(90, 111) / 100:.2f} {rng.randrange(-40, 41) / 100:+.2f}")
        return self.price_table(("农产品价格", "特色农产品行情"), "红河州特色农产品批发价（元/公斤）",
                                ("品名 价格 涨跌", "品种 均价 比上周"), rows,
                                ("数据来源：某某农产品批发市场", "数据来源：州农业农村局市场信息科"))

    def slot_hhfarm(self):
        return self.tips(("梯田农事", "农事提醒"), [HH_FARMWORK[:3], HH_FARMWORK[2:]],
                         title="梯田春耕正当时" if self.rng.random() < 0.5 else "")

    def slot_hhqa(self):
        return self.staff_qa(HH_QUESTIONS, "记者：")

    def slot_hhgroup(self):
        return self.group(HH_GROUPS)

    # -------------------------------------------------------------- 中国烟草报

    def slot_ycpurchase(self):
        rows = self.sampled_rows(YC_PURCHASE, lambda rng, province, share:
                                 f"{province} {share + rng.randrange(-30, 31) / 10:.1f} {rng.randrange(-40, 41) / 10:+.1f}")
        return self.price_table(("烟叶收购", "收购进度"), "主产区烟叶收购进度（%）",
                                ("产区 完成进度 比上周", "省份 进度 增幅"), rows,
                                ("数据来源：某某烟叶公司", "数据来源：本报统计"))

    def slot_yctips(self):
        return self.tips(("烟叶生产技术", "技术指导"), [YC_TIPS[:3], YC_TIPS[2:]],
                         title="烘烤关键期要点" if self.rng.random() < 0.5 else "")

    def slot_ycqa(self):
        return self.staff_qa(YC_QUESTIONS, "本报记者：")

    def slot_yccomment(self):
        return self.signed_piece(YC_TITLES, YC_NOTES, ("行业观察", "烟草论坛"), ("■", "文/"))

    # -------------------------------------------------------------- 番禺日报

    def slot_pyraces(self):
        rng = self.rng
        rows = self.dated_rows(rng.sample(PY_RACES, rng.choice((3, 4))), "{m}月{d}日 {h}:00 {place}", days=2)
        return self.rows_box(("龙舟赛程", "龙舟景"), rows, title="各村龙舟景时间表" if rng.random() < 0.5 else "")

    def slot_pyqa(self):
        return self.staff_qa(PY_QUESTIONS, "记者：")

    def slot_pygroup(self):
        return self.group(PY_GROUPS)

    # -------------------------------------------------------------- 东南快报

    def slot_dnveg(self):
        rows = self.sampled_rows(DN_VEG, lambda rng, name, price:
                                 f"{name} {price * rng.randrange(90, 111) / 100:.2f} {rng.randrange(-30, 31) / 100:+.2f}")
        return self.price_table(("菜篮子", "榕城菜价"), "福州主要农贸市场零售价（元/斤）",
                                ("品名 今日价 涨跌", "品种 均价 比昨日"), rows,
                                ("数据来源：市商务局价格监测点", "数据来源：某某农贸市场"))

    def slot_dnnotice(self):
        title, intro, rows, closing, issuer = DN_NOTICE
        return self.notice_box(title, intro, rows, closing.format(p=phone(self.rng, "0591")), issuer)

    def slot_dnqa(self):
        return self.staff_qa(DN_QUESTIONS, ("快报：", "记者："))

    def slot_dngroup(self):
        return self.group(DN_GROUPS)

    # -------------------------------------------------------------- 人民武警报

    def slot_wjscores(self):
        rng = self.rng
        rows = [f"{event} {mark} 某某{rng.choice(('支队', '中队', '大队'))}"
                for event, mark in rng.sample(WJ_SCORES, rng.choice((3, 4)))]
        return self.price_table(("比武成绩", "比武快报"), "总队军事训练比武部分课目第一名",
                                ("课目 成绩 单位", "比武课目 最好成绩 所属单位"), rows,
                                ("数据来源：总队参谋部作战勤务处", "数据来源：比武竞赛组委会"))

    def slot_wjtips(self):
        return self.tips(("军营小贴士", "健康提示"), [WJ_TIPS[:3], WJ_TIPS[2:]],
                         title="夏训时节注意这些" if self.rng.random() < 0.5 else "")

    def slot_wjcomment(self):
        return self.signed_piece(WJ_TITLES, WJ_NOTES, ("橄榄绿论坛", "基层来论"), ("■", "□"))

    def slot_wjgroup(self):
        return self.group(WJ_GROUPS)

    # -------------------------------------------------------------- 中国有色金属报

    def slot_ysprices(self):
        rows = self.sampled_rows(YS_METALS, lambda rng, name, price, step:
                                 f"{name} {price + rng.randrange(-60, 61) * step} {rng.randrange(-40, 41) * step:+d}")
        return self.price_table(("金属价格", "市场行情"), "主要有色金属现货均价（元/吨）",
                                ("品种 均价 涨跌", "品名 现货价 比上日"), rows,
                                ("数据来源：某某有色金属交易中心", "数据来源：本报市场部"))

    def slot_ysterms(self):
        return self.tips(("行业术语", "有色小知识"), [YS_TERMS[:3], YS_TERMS[2:]],
                         title="读懂冶炼工艺" if self.rng.random() < 0.5 else "")

    def slot_ysqa(self):
        return self.staff_qa(YS_QUESTIONS, "记者：")

    def slot_yscomment(self):
        return self.signed_piece(YS_TITLES, YS_NOTES, ("有色论坛", "行业评论"), ("文/", "■"))

    # -------------------------------------------------------------- 日本新华侨报

    def slot_jpweather(self):
        rng = self.rng
        rows = []
        for day in JP_DAYS[:rng.choice((2, 3))]:
            low = rng.randrange(18, 25)
            rows.append(f"{day} {rng.choice(JP_SKIES)} {low}℃～{low + rng.randrange(5, 10)}℃ 降水概率{rng.randrange(0, 8) * 10}%")
        return self.rows_box(("东京天气", "天气预报"), rows, title="梅雨季节即将到来" if rng.random() < 0.5 else "")

    def slot_jprates(self):
        rows = self.sampled_rows(JP_CURRENCIES, lambda rng, name, rate:
                                 f"{name} {rate * rng.randrange(98, 103) / 100:.2f} {rng.randrange(-50, 51) / 100:+.2f}", (3, 4))
        return self.price_table(("汇率", "外汇行情"), "日元汇率参考（1外币兑日元）",
                                ("币种 汇价 涨跌", "货币 中间价 比前日"), rows,
                                ("数据来源：某某银行东京分行", "数据来源：本报综合"))

    def slot_jpqa(self):
        return self.staff_qa(JP_QUESTIONS, ("本报：", "记者："))

    def slot_jpcomment(self):
        return self.signed_piece(JP_TITLES, JP_NOTES, ("侨声", "侨 声"), ("文/", "□"))


# --------------------------------------------------------------------------- furniture


def _tokyo_phone(ctx):
    return f"03-{ctx.rng.randrange(3000, 6999)}-{ctx.rng.randrange(1000, 9999)}"


_hh_top = furniture(
    (0.5, [ln("红河日报 {y}年{m}月{d}日 {wd}", paper=True, date=True), ln("第{n}版 {sec}", page="{n}")]),
    [ln("{n:02d} {sec} 责任编辑 {name}", page="{n:02d}"), DATED],
    front=[masthead("红河日报"), "中共红河州委机关报", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:9000-9999}期 今日{pages}版 国内统一连续出版物号 CN 53-0000"])
_hh_bottom = furniture((0.5, ["新闻热线：{tel:0873} 广告热线：{tel:0873}"]), ["本报地址：蒙自市某某大道{no:10-99}号"])

_yc_top = furniture(
    (0.5, [ln("{sec} {n}", page="{n}"), ln("中国烟草报 {y}年{m}月{d}日 {wd}", paper=True, date=True)]),
    [ln("第{n}版 {sec} {date}", date=True, page="{n}"), "本版编辑：{name} 校对：{name}"],
    front=[masthead("中国烟草报"), "CHINA TOBACCO NEWS", "国家烟草专卖局主管 中国烟草总公司主办",
           ln("{date} {wd}", date=True), "第{no:3000-3999}期 今日{pages}版 国内统一连续出版物号 CN 11-0000"])
_yc_bottom = furniture((0.5, ["本版编辑：{name} 电话：{tel:010}"]), ["投稿邮箱：zgycb@example.cn"])

_py_top = furniture(
    (0.4, [ln("番禺日报", paper=True), ln("{n} {sec}", page="{n}"), ln("{y}年{m}月{d}日 {wd}", date=True)]),
    (0.75, [ln("{y}.{m:02d}.{d:02d} {wd} | {sec} | 第{n}版", date=True, page="{n}")]),
    [])
_py_bottom = furniture((0.5, [ln("番禺日报新闻热线 {tel:020}", paper=True), "扫码关注番禺融媒"]), ["编辑 {name} 校对 {name}"])

_dn_top = furniture(
    (0.4, [ln("{date} {wd} 东南快报", paper=True, date=True), ln("A{n} {sec}", page="A{n}")]),
    [ln("A{n} {sec} 责编 {name} 美编 {name}", page="A{n}"), ln("{y}年{m}月{d}日 {wd}", date=True)],
    front=[masthead("东南快报"), "DONGNAN EXPRESS", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:6000-6999}期 今日{pages}版 国内统一连续出版物号 CN 35-0000"])
_dn_bottom = furniture((0.5, [ln("东南快报新闻热线 {tel:0591}", paper=True), "东南快报官方微信"]),
                       ["美编 {name} 校对 {name}", opt(0.5, ["报料邮箱：dnkb@example.cn"])])

_wj_top = furniture(
    (0.5, [ln("人民武警报 {date} {wd}", paper=True, date=True), ln("第{n}版 {sec}", page="{n}")]),
    [ln("{sec} {n}", page="{n}"), DATED, "责任编辑：{name}"],
    front=[masthead("人民武警报"), "中国人民武装警察部队主办", ln("{date} {wd}", date=True),
           "第{no:5000-5999}期 今日{pages}版 国内统一连续出版物号 CN 11-0000"])
_wj_bottom = furniture((0.5, ["编辑部电话：{tel:010} 投稿邮箱：rmwjb@example.cn"]), ["本报地址：北京市某某路{no:1-99}号"])

_ys_top = furniture(
    (0.5, [ln("中国有色金属报 {y}年{m}月{d}日", paper=True, date=True), ln("{n}版 {sec}", page="{n}")]),
    [ln("{n} {sec}", page="{n}"), ln("{y}年{m}月{d}日 {wd}", date=True), "编辑 {name} 美编 {name}"],
    front=[masthead("中国有色金属报"), "CHINA NONFERROUS METALS NEWS", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:4000-4999}期 今日{pages}版 国内统一连续出版物号 CN 11-0000"])
_ys_bottom = furniture((0.5, ["广告热线：{tel:010} 发行热线：{tel:010}"]), ["投稿邮箱：ysjsb@example.cn"])

_jp_top = furniture(
    (0.5, [ln("日本新华侨报 {date} {wd}", paper=True, date=True), ln("第{n}版 {sec}", page="{n}")]),
    [ln("{sec} {n}", page="{n}"), ln("{y}年{m}月{d}日", date=True)],
    front=[masthead("日本新华侨报"), "日本东京发行", ln("{date} {wd}", date=True), "第{no:800-999}号 本期{pages}版"])
_jp_bottom = furniture((0.5, ["编辑部：{jptel} 广告部：{jptel}"]), ["www.example.jp"], fields={"jptel": _tokyo_phone})


@dataclasses.dataclass
class Fresh31Family(Fresh9Family):
    seed_stride: int = FRESH31_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh31Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh31Builder, justified=True,
                         **kw)


FRESH31_FAMILIES = [
    fam("honghe_prefecture", "红河日报", _hh_top, _hh_bottom, {by_hh: 1},
        brief_bylines={by_hh_brief: 1}, credits=(cr_hh,), width=(15, 21), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.03, displaced=0.2, caption_pool=HH_CAPTIONS, brief_pool=HH_BRIEFS,
        brief_pool_share=0.6, paper_outlet="红河日报",
        labels={"column": ("县市动态", "红河快讯"), "bullet": ("◆",), "photos": ("红河影像", "图片新闻")},
        plans=((["decklead", "hhproduce", "bare"], {"front": True, "turn": 2}),
               (["continuation", "hhqa", "hhfarm"], {"page": 2, "turn": 0}),
               (["photonews", "hhgroup", "photo", "deck"], {"blank": "every", "turn": 1}),
               (["brief", "deck", "bare", "briefcol", "brief"], {"blank": "none"})),
        page_style="cn", sections=("要闻", "县市", "民族团结")),
    fam("tobacco_industry", "中国烟草报", _yc_top, _yc_bottom, {by_yc: 1},
        brief_bylines={by_yc_brief: 1}, credits=(cr_yc,), width=(17, 25), blank={"para": 2, "every": 1},
        indent=0.5, letterspace=0.2, stray_spaces=0.02, displaced=0.15, caption_pool=YC_CAPTIONS, brief_pool=YC_BRIEFS,
        brief_pool_share=0.6, labels={"column": ("行业动态", "各地烟草"), "bullet": ("■",)},
        plans=((["leadacross", "ycpurchase", "bare"], {"front": True, "turn": 1}),
               (["ycqa", "photo", "brief"], {"turn": 2}),
               (["deck", "yccomment", "yctips", "briefcol"], {"blank": "none", "turn": 0}),
               (["decklead", "photo", "bare", "brief"], {"blank": "every"})),
        page_style="plain", sections=("综合新闻", "烟叶", "专卖")),
    fam("panyu_district", "番禺日报", _py_top, _py_bottom, {by_py: 1},
        brief_bylines={by_py_brief: 1}, credits=(cr_py,), width=(12, 17), per_article_width=True,
        blank={"para": 1, "every": 2}, letterspace=0.4, stray_spaces=0.05, doubled=0.25, displaced=0.3,
        caption_pool=PY_CAPTIONS, brief_pool=PY_BRIEFS, brief_pool_share=0.6, paper_outlet="番禺日报",
        labels={"column": ("镇街快讯", "番禺速递"), "bullet": ("●",), "photos": ("图片新闻", "番禺影像")},
        plans=((["leadacross", "pyraces", "photo"], {"turn": 0}),
               (["pyqa", "brief", "bare"], {"blank": "every", "turn": 2}),
               (["photonews", "pygroup", "bare", "deck"], {"turn": 1}),
               (["deck", "brief", "briefcol", "photo"], {"blank": "none"})),
        page_style="plain", sections=("番禺新闻", "镇街", "社会")),
    fam("dongnan_express", "东南快报", _dn_top, _dn_bottom, {by_dn: 1},
        brief_bylines={by_dn_brief: 1}, credits=(cr_dn,), width=(13, 19), blank={"para": 2, "every": 1},
        indent=0.3, letterspace=0.3, stray_spaces=0.03, doubled=0.15, displaced=0.2, caption_pool=DN_CAPTIONS,
        brief_pool=DN_BRIEFS, brief_pool_share=0.6, paper_outlet="东南快报",
        labels={"column": ("榕城速递", "快报快讯"), "bullet": ("★",), "photos": ("快报影像", "图片新闻")},
        plans=((["decklead", "dnveg", "brief"], {"front": True, "turn": 0}),
               (["continuation", "dnqa", "dnnotice"], {"page": 2, "turn": 1}),
               (["photonews", "dngroup", "deck", "photo"], {"blank": "every"}),
               (["bare", "briefcol", "deck", "brief"], {"blank": "none", "turn": 2})),
        page_style="A", sections=("榕城新闻", "民生", "城事")),
    fam("wujing_armed_police", "人民武警报", _wj_top, _wj_bottom, {by_wj: 1},
        brief_bylines={by_wj_brief: 1}, credits=(cr_wj,), width=(16, 23), blank={"para": 2, "none": 1},
        indent=0.5, letterspace=0.3, stray_spaces=0.02, displaced=0.15, caption_pool=WJ_CAPTIONS, brief_pool=WJ_BRIEFS,
        brief_pool_share=0.7, paper_outlet="本报",
        labels={"column": ("警营快讯", "基层动态"), "bullet": ("▲",), "photos": ("警营影像", "图片新闻")},
        plans=((["deck", "wjscores", "bare"], {"front": True, "turn": 1}),
               (["photonews", "wjgroup", "deck", "photo"],
                {"blank": "every", "turn": 3, "group_credit": "本组图片由特约记者 {n} 摄"}),
               (["deck", "wjcomment", "wjtips", "briefcol"], {"blank": "none", "turn": 2}),
               (["leadacross", "photo", "brief"], {"turn": 0})),
        page_style="0", sections=("要闻", "练兵备战", "基层")),
    fam("nonferrous_metals", "中国有色金属报", _ys_top, _ys_bottom, {by_ys: 1},
        brief_bylines={by_ys_brief: 1}, credits=(cr_ys,), width=(16, 24), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.2, stray_spaces=0.02, doubled=0.1, displaced=0.2, caption_pool=YS_CAPTIONS,
        brief_pool=YS_BRIEFS, brief_pool_share=0.6, labels={"column": ("行业简讯", "企业动态"), "bullet": ("●",)},
        plans=((["decklead", "ysprices", "bare"], {"front": True, "turn": 2}),
               (["continuation", "ysqa", "photo"], {"page": 2, "turn": 1}),
               (["deck", "yscomment", "ysterms", "briefcol"], {"blank": "every", "turn": 0}),
               (["bare", "brief", "deck", "photo", "brief"], {"blank": "none"})),
        page_style="A0", sections=("要闻", "企业", "市场")),
    fam("xinhuaqiao_japan", "日本新华侨报", _jp_top, _jp_bottom, {by_jp: 1},
        brief_bylines={by_jp_brief: 1}, credits=(cr_jp,), width=(13, 19), blank={"para": 2, "none": 1},
        indent=0.2, letterspace=0.1, stray_spaces=0.03, doubled=0.1, displaced=0.25, caption_pool=JP_CAPTIONS,
        brief_pool=JP_BRIEFS, brief_pool_share=0.7, labels={"column": ("侨社动态", "日本简讯"), "bullet": ("◇",)},
        plans=((["deck", "jprates", "bare"], {"front": True, "turn": 1}),
               (["jpqa", "briefpair"], {"turn": 2}),
               (["deck", "jpweather", "jpcomment", "briefcol"], {"blank": "every", "turn": 0}),
               (["photonews", "photo", "deck", "photo", "brief"], {"blank": "none"})),
        page_style="cn", sections=("侨社", "日本新闻", "中日交流")),
]
