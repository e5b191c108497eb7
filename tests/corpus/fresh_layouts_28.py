"""A twenty-eighth set of blind development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator on these pages.  Seven papers the corpus had not imitated, of seven kinds the corpus has
few of (checked by name against the development builders and gold, and against the held-back set only with
a script that names this set's families whose paper a held-back page also has): a prefecture city daily of
Shaanxi, the national paper of the power grid, a county-level city paper of Shandong, the evening paper of
Chongqing, a provincial workers' paper, an Indonesian Chinese daily and a weekly books paper.  Every family
wraps its columns by width (`justified`: a line of digits or Latin letters holds more characters than one of
ideographs), captions and box rows too.  Nearly every page carries a story that keeps its section headings
under a deck (its subtitle) or a long kicker, beside a photo or a brief that may be unsigned.  Each page of a
family follows one of four page plans, of varied kinds: a page of several short items with no blank line
between them, a page carried by a long interview (the guest's name as the answer label, or 问/答), a page of
photo news (a label over one large photo, then small ones and a numbered group, each credited), a page whose
lead is read across two columns with a brief and ends in a jump line; byline and credit forms take turns
across a family's pages.

* `hanzhong_city` 汉中日报 (a prefecture city of southern Shaanxi): 中共汉中市委机关报 and 农历; a lead under its
  deck ending in a jump line and **page 2 carrying it on**; `汉中日报全媒体记者 X`, `记者 X 通讯员 Y`,
  `本报记者 X 文/图`; briefs glued `本报讯（记者 X）` or closed by a county's media centre and the name
  `（城固县融媒体中心 X）`; **景区客流 boxes** (`青木川古镇 接待游客1.26万人次`); a **停电公告 notice** (a 0916
  phone); a numbered photo group; ◆ 县区传真.
* `guowang_power` 国家电网报 (the grid company's national paper): `STATE GRID NEWS`, its 主管主办 line and 农历; a
  lead with a jump line and page 2 carrying it on; `本报记者 X`, `□通讯员 X Y`, `本报记者 X 通讯员 Y`; briefs
  glued `本报讯（通讯员 X）` or closed by a supply company and the name `（国网某某供电公司 X）`; **电网负荷 tables**
  (`华东电网 3.62 +4.1%`, `数据来源：…`); **安全用电 boxes** of ①②③ rows; an interview with a lineman (`记者：` /
  his name); 电网观察 pieces signed `■X` or `文/X` with an `（作者系…）` note; a lead read across with a brief.
* `xintai_county` 新泰日报 (a county-level city of Tai'an): 中共新泰市委机关报 and 农历; a lead with a jump line and
  page 2 carrying it on; `记者 X`, `通讯员 X Y`, `新泰日报记者 X 通讯员 Y`; briefs `本报讯（通讯员 X）` glued or on
  a line of their own, or closed by the town and the name `（楼德镇 X）`; town-supplied pictures (`（羊流镇供图）`);
  a **停气公告 notice** (a 0538 phone); **蔬菜行情 boxes** (`西红柿 2.40元/斤`); a photo-news page with a numbered
  group; ▲ 镇街动态; a page of short items with no blank line.
* `chongqing_evening` 重庆晚报: columns of 12–17 ems set per story, a blank line after every line on some pages,
  stray spaces, doubled-glyph and displaced headlines, pages with no running head; `重庆晚报-上游新闻记者 X`,
  `记者 X 实习生 Y`, `上游新闻记者 X 文/图`; briefs closed by `（记者 X）` or glued `本报讯（记者 X 通讯员 Y）`;
  **轨道出行 boxes** (`环线 末班车延长至23:30`); Q&A `重庆晚报：` or `记者：` / the guest's name; a photo-news page
  with a numbered group; a lead read across with a brief.
* `zhejiang_workers` 浙江工人日报 (a provincial trade unions' paper): 浙江省总工会主管主办 and 农历; a lead with a jump
  line and page 2 carrying it on; `本报记者 X`, `记者 X 通讯员 Y`, `通讯员 X Y`; briefs glued `本报讯（通讯员 X）` or
  closed by a union and the name `（某某区总工会 X）`; **招聘岗位 tables** (`数控车工 12 6000-8000元`, `数据来源：…`);
  a **疗休养报名通知** (a 0571 phone); an interview with a model worker (`记者：` / her name); 工会观察 pieces; a
  photo-news page; ● 职工快讯.
* `qiandao_id` 千岛日报 (Surabaya, Indonesia): `QIANDAO RIBAO`, 印尼泗水出版, Surabaya phones `(031) 3531234`;
  `本报记者 X`, `记者 X 报道`, glued `【本报泗水讯】` naming no one; briefs closed by `（记者 X）` or printed with no
  byline; **印尼盾汇率 tables** (`美元 16230 16410`); **泗水天气 boxes** (`今日 多云 有阵雨 25℃～33℃`); Q&A `本报：`
  / the guest's name; 千岛论坛 pieces with an `（作者为…）` note; a photo-news page; ◇ 侨社动态; two briefs read
  across.
* `zhonghua_books` 中华读书报 (a weekly books paper): 光明日报社主办, 每周三出版 and 农历; a lead with a jump line and
  page 2 carrying it on; `本报记者 X`, `□X`, `本报记者 X 实习生 Y`; briefs glued `本报讯（记者 X）` or closed by a
  press and the name `（某某出版社 X）`; **新书榜 tables** (`1 《山河故人录》 某某出版社`, `数据来源：…`); **新书速递
  boxes** of book rows; an author's Q&A `读书报：` / the author's name; 书评 pieces with an `（作者系…）` note; ☆ 书业
  动态; a lead read across with a brief.

Gold conventions are those of the README; new here: an 电网负荷 / 招聘岗位 / 印尼盾汇率 / 新书榜 table is an
`infobox` (its label the kicker, the column-header row its first row), its `数据来源` line a `credit`; a 景区客流 /
安全用电 / 蔬菜行情 / 轨道出行 / 泗水天气 / 新书速递 box is an `infobox` titled with its label, or with the label as
kicker when a title follows; a 停电公告 / 停气公告 / 疗休养报名通知 notice is an `infobox` whose issuer and date are
bylines and which names no one; `本报记者 X 文/图` and `上游新闻记者 X 文/图` make X author and photographer;
`【本报泗水讯】` names no one (an item opening it is an `article`); `（城固县融媒体中心 X）`, `（国网某某供电公司 X）`,
`（楼德镇 X）`, `（某某区总工会 X）` and `（某某出版社 X）` name X; town-supplied pictures, `新华社发` and `（资料图片）`
name no photographer; a short item printed with no byline at all is an `article`; the photo-news labels, the 电网观察
/ 工会观察 / 千岛论坛 / 书评 labels and the column names are furniture.

Seeds: FRESH28_SEED_BASE + FRESH28_SEED_STRIDE*family + 1_000*attempt + n (39_060_001 .. 39_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (captions,
photo groups, briefs, rows, notices, questions, titles and notes); names, figures, phone numbers and
addresses are made up.
"""
from __future__ import annotations

from fresh_layouts_5 import _credit_turns
from fresh_layouts_27 import Fresh27Builder, Fresh27Family
from layout_kit import DATED, TRAIL, Above, Form, chosen, furniture, ln, masthead, opt, turns
from synthesize import phone

FRESH28_SEED_BASE = 39_000_000
FRESH28_SEED_STRIDE = 60_000

# --------------------------------------------------------------------------- filler (written for this corpus)

HZ_COUNTIES = ("城固县融媒体中心", "洋县融媒体中心", "勉县融媒体中心", "西乡县融媒体中心", "汉台区融媒体中心")
HZ_SCENIC = (("青木川古镇", 1.26), ("汉中油菜花海", 3.40), ("石门栈道", 0.85), ("朱鹮梨园", 0.62), ("张骞纪念馆", 0.48),
             ("黎坪景区", 0.91))
HZ_NOTICE = ("停电公告",
             "因电网设备检修，我公司将对以下线路停电，具体安排如下：",
             ["停电时间：{a}7:00至19:00", "停电范围：汉台区某某路沿线及某某村", "如遇雨天，检修顺延，恕不另行通知"],
             "请相关用户提前做好准备。由此带来的不便，敬请谅解。咨询电话：{p}",
             "国网汉中供电公司")
HZ_GROUPS = [
    ("汉江两岸好风光", ["①市民在汉江边的绿道上骑行。", "②游客在古汉台前拍照留念。", "③孩子们在湿地公园观鸟。"]),
    ("茶山采茶忙", ["①茶农在茶园里采摘夏茶。", "②茶厂工人在揉捻茶叶。", "③新茶装箱准备发往外地。"]),
]
HZ_CAPTIONS = [("洋县的稻田里，朱鹮在觅食。", "朱鹮家园"), ("城固县的柑橘园里，果农在疏果。", ""),
               ("天汉大道上，市民在林荫下散步。", "绿荫满城"), ("勉县的一处工地上，工人在浇筑桥墩。", "")]
HZ_BRIEFS = [
    ("城区新增一批停车泊位", "近日，城区新增一批停车泊位，缓解了老旧小区停车难。"),
    ("乡村夜校开课", "一个镇近日开办乡村夜校，村民晚上可学习电商知识。"),
    ("社区举办消夏晚会", "近日，一个社区举办消夏晚会，居民自编自演节目。"),
]

GW_COMPANIES = ("国网某某供电公司", "国网某某检修公司", "国网某某营销服务中心", "国网某某信通公司")
GW_LOADS = (("华北电网", 3.05), ("华东电网", 3.62), ("华中电网", 2.18), ("东北电网", 0.86), ("西北电网", 1.47),
            ("西南电网", 0.92))
GW_TIPS = [["①不要在电力线路下放风筝、钓鱼", "②发现电线断落，远离并报告", "③空调不用时及时断电"],
           ["①雷雨天不要靠近变压器", "②家用电器外壳要可靠接地", "③不私拉乱接电线", "④电动车不进楼道充电"]]
GW_QUESTIONS = ["第一次登上铁塔是什么感受？", "带电作业最危险的环节是哪一步？", "迎峰度夏期间每天怎么安排？",
                "班组里的年轻人怎么带？", "这些年巡线方式有什么变化？"]
GW_TITLES = ["让电网更好服务乡村振兴", "用好数字化提升运维效率", "把安全底线守得更牢"]
GW_NOTES = ("（作者系国网某某供电公司党委书记）", "（作者为某某电力科学研究院高级工程师）", "（作者系某某供电所所长）")
GW_CAPTIONS = [("带电作业人员在高空更换绝缘子。", "高空作业"), ("运维人员在变电站巡视设备。", ""),
               ("供电员工上门为村民检查线路。", "服务到家"), ("无人机巡检输电线路。", "")]
GW_BRIEFS = [
    ("新建充电站投运", "近日，一座新建公共充电站投运，可同时为数十辆电动汽车充电。"),
    ("变电站完成增容改造", "日前，一座变电站完成增容改造，供电能力明显提升。"),
    ("青年突击队检修线路", "近日，一支青年突击队完成线路检修任务，比计划提前一天。"),
]

XT_TOWNS = ("楼德镇", "羊流镇", "放城镇", "青云街道", "新汶街道", "天宝镇")
XT_VEG = (("西红柿", 2.4), ("黄瓜", 1.8), ("茄子", 1.6), ("芹菜", 1.2), ("土豆", 1.5), ("大葱", 2.1))
XT_NOTICE = ("停气公告",
             "因燃气管网碰口施工，我公司将暂停部分区域供气，具体安排如下：",
             ["停气时间：{a}9:00至17:00", "停气范围：青云街道某某路以东及某某小区", "恢复供气后请先开窗通风再点火"],
             "请相关用户关闭燃气阀门，做好准备。咨询电话：{p}",
             "新泰市某某燃气有限公司")
XT_GROUPS = [
    ("莲花山下的夏天", ["①游客在莲花山景区登山。", "②孩子们在山下溪水边戏水。", "③农家乐里游客品尝煎饼。"]),
    ("青云湖畔", ["①市民在青云湖畔晨练。", "②老人们在湖边广场跳舞。", "③志愿者在湖边捡拾垃圾。"]),
]
XT_CAPTIONS = [("楼德镇的农田里，农机手在播种玉米。", "抢种夏玉米"), ("一处工厂车间里，工人在组装设备。", ""),
               ("平阳河畔，市民在步道上散步。", "河畔漫步"), ("羊流镇的大棚里，菜农在采摘黄瓜。", "")]
XT_BRIEFS = [
    ("老年食堂开门迎客", "近日，一个村的老年食堂开门迎客，为村里老人提供午餐。"),
    ("农家书屋迎来新书", "日前，几处农家书屋迎来一批新书，村民借阅热情高涨。"),
    ("夜间集市开市", "本周起，一处夜间集市开市，吸引不少市民前来逛吃。"),
]

CQ_LINES = (("环线", "末班车延长至23:30"), ("2号线", "李子坝站限流时段调整"), ("3号线", "早高峰加开大站快车"),
            ("10号线", "新增两座车站投用"), ("18号线", "周末运营时间延长"))
CQ_QUESTIONS = ["为什么会选择在老街开这家店？", "这道小面的秘诀是什么？", "来重庆的游客最爱问什么？",
                "最难熬的是哪一段日子？", "以后还有什么打算？"]
CQ_GROUPS = [
    ("山城的夜", ["①游客在江边观赏夜景。", "②轻轨穿楼而过引来游客拍照。", "③夜市里市民排队购买小吃。"]),
    ("老街的早晨", ["①小面馆里坐满了食客。", "②老人在梯坎上摆龙门阵。", "③棒棒军在街口等活。"]),
]
CQ_CAPTIONS = [("洪崖洞前，游客拍摄夜景。", "灯火山城"), ("长江索道上，乘客俯瞰江景。", ""),
               ("南滨路上，市民在江边纳凉。", "江风习习"), ("解放碑步行街，游客在购物。", "")]
CQ_BRIEFS = [
    ("社区开办暑期公益课堂", "近日，一个社区开办暑期公益课堂，为孩子们提供免费托管。"),
    ("老旧小区加装电梯", "一个老旧小区近日加装电梯投用，居民上下楼更方便。"),
    ("公交线路优化调整", "下周起，两条公交线路优化调整走向，方便市民换乘轨道。"),
]

ZG_UNIONS = ("某某区总工会", "某某县总工会", "某某市总工会", "某某产业工会")
ZG_JOBS = (("数控车工", 12, "6000-8000元"), ("电工", 6, "5500-7000元"), ("快递分拣员", 30, "4500-6000元"),
           ("电商客服", 15, "4000-5500元"), ("焊工", 8, "7000-9000元"), ("仓库管理员", 4, "4500-5000元"))
ZG_NOTICE = ("疗休养报名通知",
             "为关心关爱一线职工，市总工会组织开展职工疗休养活动，有关事项通知如下：",
             ["报名时间：即日起至{b}", "报名对象：本市在职一线职工及劳动模范", "报名方式：由所在单位工会统一报名"],
             "名额有限，报满即止。咨询电话：{p}",
             "某某市总工会")
ZG_QUESTIONS = ["当初为什么选择当一名焊工？", "获得劳模称号后有什么变化？", "怎么带徒弟？",
                "工作中遇到的最大难题是什么？", "对年轻职工有什么建议？"]
ZG_TITLES = ["让职工在家门口享受服务", "新就业形态劳动者也要有归属", "技能人才需要更多上升通道"]
ZG_NOTES = ("（作者系某某市总工会干部）", "（作者为某某大学劳动关系学院教师）", "（作者系某某企业工会主席）")
ZG_CAPTIONS = [("技能大赛现场，选手在进行焊接比赛。", "比技能"), ("工会干部为户外劳动者送清凉。", ""),
               ("职工书屋里，职工在阅读。", "书香车间"), ("爱心驿站里，快递员在休息。", "")]
ZG_BRIEFS = [
    ("户外劳动者驿站升级", "近日，一批户外劳动者服务驿站完成升级，新增了微波炉和充电设施。"),
    ("职工子女暑托班开班", "日前，一个区的职工子女暑托班开班，为双职工家庭解难。"),
    ("劳模工匠进企业宣讲", "近日，一批劳模工匠走进企业，与青年职工交流。"),
]

QD_RATES = (("美元", 16320, 180), ("人民币", 2250, 40), ("新加坡元", 12080, 160), ("马来西亚令吉", 3460, 60),
            ("日元", 108, 4), ("欧元", 17650, 240))
QD_DAYS = ("今日", "明日", "后日")
QD_SKIES = ("多云 有阵雨", "晴 炎热", "局部雷阵雨", "晴间多云")
QD_QUESTIONS = ["当初为什么会来泗水办学？", "华文教育这些年有什么变化？", "年轻一代对中文的兴趣怎样？",
                "社团活动遇到过哪些困难？", "对未来有什么期望？"]
QD_TITLES = ["华文教育要薪火相传", "侨社团结才能行稳致远", "让年轻一代了解祖籍文化"]
QD_NOTES = ("（作者为某某华文学校校长）", "（作者为资深侨社工作者）", "（作者为某某大学中文系讲师）")
QD_CAPTIONS = [("华文学校的学生在表演舞龙。", "舞龙迎宾"), ("侨社成员为社区老人送上慰问品。", ""),
               ("泗水港口，货轮正在装卸集装箱。", "港口繁忙"), ("华人社团举办书法展。", "")]
QD_BRIEFS = [
    ("华校举办中文演讲比赛", "一所华文学校日前举办中文演讲比赛，数十名学生参赛。"),
    ("侨社开展义诊活动", "一个侨社日前开展义诊活动，为社区居民免费看病。"),
    ("中文图书角揭幕", "一个社团近日设立中文图书角，供会员免费借阅。"),
]

ZH_PRESSES = ("某某出版社", "某某人民出版社", "某某文艺出版社", "某某大学出版社")
ZH_LIST = ("《山河故人录》", "《一座城的烟火》", "《星空下的田野》", "《古籍里的中国》", "《给孩子的诗》", "《江南旧事》")
ZH_NEW = [["《运河长歌》 某某 著 某某出版社", "《乡土中国新读》 某某 著 某某大学出版社", "《鸟鸣山更幽》 某某 编 某某文艺出版社"],
          ["《手艺人》 某某 著 某某人民出版社", "《海上丝路》 某某 主编 某某出版社", "《小城故事》 某某 著 某某文艺出版社",
           "《数学之美》 某某 著 某某大学出版社"]]
ZH_QUESTIONS = ["这本书的写作缘起是什么？", "写作过程中最难的是哪一部分？", "您希望读者从书中读到什么？",
                "平时的阅读习惯是怎样的？", "下一本书在写什么？"]
ZH_TITLES = ["在细节里读懂一座城", "为乡土写一部心灵史", "让古籍活在当下"]
ZH_NOTES = ("（作者系某某大学文学院教授）", "（作者为文学评论家）", "（作者系某某出版社编审）")
ZH_CAPTIONS = [("书展现场，读者在挑选新书。", "书香满馆"), ("作者在签售会上为读者签名。", ""),
               ("一家独立书店里，读者在安静阅读。", "城市书房"), ("古籍修复师在修补旧书。", "")]
ZH_BRIEFS = [
    ("全民阅读周启动", "近日，一场全民阅读周活动启动，多家书店推出优惠。"),
    ("古籍数字化成果发布", "日前，一批古籍数字化成果发布，读者可在线免费阅览。"),
    ("乡村书屋开展读书会", "近日，一处乡村书屋开展读书会，村民分享读书心得。"),
]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_hz = chosen(Above("汉中日报全媒体记者 {0!l}"), Above("记者 {0!l} 通讯员 {1}", 2),
               Above("本报记者 {0!l} 文/图", photo=True), turn="by", drawn=2)
by_hz_brief = turns(Form("本报讯（记者 {0}）"), Form("（{c0} {0}）", choices=(HZ_COUNTIES,), **TRAIL))

by_gw = chosen(Above("本报记者 {0!l}"), Above("□通讯员 {0} {1}", 2), Above("本报记者 {0!l} 通讯员 {1}", 2),
               turn="by", drawn=2)
by_gw_brief = turns(Form("本报讯（通讯员 {0}）"), Form("（{c0} {0}）", choices=(GW_COMPANIES,), **TRAIL))

by_xt = chosen(Above("记者 {0!l}"), Above("通讯员 {0} {1}", 2), Above("新泰日报记者 {0!l} 通讯员 {1}", 2),
               turn="by", drawn=2)
by_xt_brief = turns(Form("本报讯（通讯员 {0}）", line_share=0.5), Form("（{c0} {0}）", choices=(XT_TOWNS,), **TRAIL))

by_cq = chosen(Above("重庆晚报-上游新闻记者 {0!l}"), Above("记者 {0!l} 实习生 {1}", 2),
               Above("上游新闻记者 {0!l} 文/图", photo=True), turn="by", drawn=2)
by_cq_brief = turns(Form("（记者 {0}）", **TRAIL), Form("本报讯（记者 {0} 通讯员 {1}）", 2))

by_zg = chosen(Above("本报记者 {0!l}"), Above("记者 {0!l} 通讯员 {1}", 2), Above("通讯员 {0} {1}", 2),
               turn="by", drawn=2)
by_zg_brief = turns(Form("本报讯（通讯员 {0}）"), Form("（{c0} {0}）", choices=(ZG_UNIONS,), **TRAIL))

by_qd = chosen(Above("本报记者 {0!l}"), Above("记者 {0!l} 报道"), Form("【本报泗水讯】", 0, hint="plain"), turn="by")
by_qd_brief = turns(Form("（记者 {0}）", **TRAIL), Form("【本报泗水讯】", 0, hint="plain"))

by_zh = chosen(Above("本报记者 {0!l}"), Above("□{0}"), Above("本报记者 {0!l} 实习生 {1}", 2), turn="by", drawn=2)
by_zh_brief = turns(Form("本报讯（记者 {0}）"), Form("（{c0} {0}）", choices=(ZH_PRESSES,), **TRAIL))


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


cr_hz = _credit_turns(("汉中日报全媒体记者 {n} 摄", "（{n} 摄）", "新华社发"))
cr_gw = _credit_turns(("通讯员 {n} 摄", "本报记者 {n} 摄", "（资料图片）"))
cr_xt = _credit_turns(("记者 {n} 摄", "（羊流镇供图）", "通讯员 {n} 摄"))
cr_cq = _credit_turns(("上游新闻记者 {n} 摄", "记者 {s}/摄", "（资料图片）"))
cr_zg = _credit_turns(("本报记者 {n} 摄", "通讯员 {n} 摄", "（{n} 摄）"))
cr_qd = _credit_turns(("（{n} 摄）", "（资料图片）", "本报记者 {n} 摄"))
cr_zh = _credit_turns(("本报记者 {n} 摄", "（资料图片）", "（{n} 摄）"))


# --------------------------------------------------------------------------- builder


class Fresh28Builder(Fresh27Builder):

    def notice_of(self, notice, area):
        """A notice box of one of the filler notices, its phone of `area`."""
        title, intro, rows, closing, issuer = notice
        return self.notice_box(title, intro, rows, closing.format(p=phone(self.rng, area)), issuer)

    # -------------------------------------------------------------- 汉中日报

    def slot_hzscenic(self):
        rows = self.sampled_rows(HZ_SCENIC, lambda rng, spot, visits:
                                 f"{spot} 接待游客{visits * rng.randrange(80, 121) / 100:.2f}万人次")
        return self.rows_box(("景区客流", "假日旅游"), rows, title="周末主要景区接待情况" if self.rng.random() < 0.5 else "")

    def slot_hznotice(self):
        return self.notice_of(HZ_NOTICE, "0916")

    def slot_hzgroup(self):
        return self.group(HZ_GROUPS)

    # -------------------------------------------------------------- 国家电网报

    def slot_gwloads(self):
        rows = self.sampled_rows(GW_LOADS, lambda rng, grid, load:
                                 f"{grid} {load * rng.randrange(96, 105) / 100:.2f} {rng.randrange(-30, 81) / 10:+.1f}%")
        return self.price_table(("电网负荷", "负荷速报"), "昨日各区域电网最高用电负荷（亿千瓦）",
                                ("电网 最高负荷 同比", "区域 负荷 比去年同期"), rows,
                                ("数据来源：国家电网有限公司调度中心", "数据来源：本报数据室"))

    def slot_gwtips(self):
        return self.tips(("安全用电", "用电提示"), GW_TIPS, title="夏季用电安全要点" if self.rng.random() < 0.5 else "")

    def slot_gwqa(self):
        return self.staff_qa(GW_QUESTIONS, "记者：")

    def slot_gwcomment(self):
        return self.signed_piece(GW_TITLES, GW_NOTES, ("电网观察", "电 网 观 察"), ("■", "文/"))

    # -------------------------------------------------------------- 新泰日报

    def slot_xtnotice(self):
        return self.notice_of(XT_NOTICE, "0538")

    def slot_xtveg(self):
        rows = self.sampled_rows(XT_VEG, lambda rng, name, price: f"{name} {price * rng.randrange(85, 116) / 100:.2f}元/斤",
                                 (3, 4, 5))
        return self.rows_box(("蔬菜行情", "菜价速递"), rows, title="城区农贸市场今日菜价" if self.rng.random() < 0.5 else "")

    def slot_xtgroup(self):
        return self.group(XT_GROUPS)

    # -------------------------------------------------------------- 重庆晚报

    def slot_cqmetro(self):
        rows = self.sampled_rows(CQ_LINES, lambda rng, line, change: f"{line} {change}", (3, 4))
        return self.rows_box(("轨道出行", "出行提示"), rows, title="本周轨道交通运营调整" if self.rng.random() < 0.5 else "")

    def slot_cqqa(self):
        return self.staff_qa(CQ_QUESTIONS, ("重庆晚报：", "记者："))

    def slot_cqgroup(self):
        return self.group(CQ_GROUPS)

    # -------------------------------------------------------------- 浙江工人日报

    def slot_zgjobs(self):
        rows = self.sampled_rows(ZG_JOBS, lambda rng, job, count, pay: f"{job} {count + rng.randrange(0, 5)} {pay}")
        return self.price_table(("招聘岗位", "就业服务"), "本周职工服务中心推荐岗位",
                                ("岗位 人数 月薪", "工种 招聘人数 薪资"), rows,
                                ("数据来源：某某市职工服务中心", "数据来源：某某区人力资源市场"))

    def slot_zgnotice(self):
        return self.notice_of(ZG_NOTICE, "0571")

    def slot_zgqa(self):
        return self.staff_qa(ZG_QUESTIONS, "记者：")

    def slot_zgcomment(self):
        return self.signed_piece(ZG_TITLES, ZG_NOTES, ("工会观察", "工人论坛"), ("□", "文/"))

    # -------------------------------------------------------------- 千岛日报

    def slot_qdfx(self):
        def row(rng, name, middle, spread):
            middle = middle * rng.randrange(990, 1011) // 1000
            return f"{name} {middle - spread // 2} {middle + spread // 2}"
        rows = self.sampled_rows(QD_RATES, row)
        return self.price_table(("印尼盾汇率", "外汇行情"), "今日外币兑印尼盾参考价（每单位）",
                                ("货币 买入 卖出", "币种 银行买入价 银行卖出价"), rows,
                                ("数据来源：某某银行泗水分行", "数据来源：印尼某某银行"))

    def slot_qdweather(self):
        rng = self.rng
        days = QD_DAYS[:rng.choice((2, 3))]
        lows = [rng.randrange(23, 27) for _ in days]
        rows = [f"{day} {rng.choice(QD_SKIES)} {low}℃～{low + rng.randrange(6, 10)}℃" for day, low in zip(days, lows)]
        return self.rows_box(("泗水天气", "天气预报"), rows, title="东爪哇未来天气" if rng.random() < 0.5 else "")

    def slot_qdqa(self):
        return self.staff_qa(QD_QUESTIONS, "本报：")

    def slot_qdcomment(self):
        return self.signed_piece(QD_TITLES, QD_NOTES, ("千岛论坛", "侨社时评"), ("文/", "■"))

    # -------------------------------------------------------------- 中华读书报

    def slot_zhlist(self):
        rng = self.rng
        books = rng.sample(ZH_LIST, rng.choice((4, 5)))
        rows = [f"{k} {book} {rng.choice(ZH_PRESSES)}" for k, book in enumerate(books, start=1)]
        return self.price_table(("新书榜", "月度好书"), "本月书店销售排行", ("排名 书名 出版社", "名次 书名 出版单位"), rows,
                                ("数据来源：某某书店联盟", "数据来源：本报图书评价中心"))

    def slot_zhnew(self):
        return self.tips(("新书速递", "新书架"), ZH_NEW, title="本期推荐" if self.rng.random() < 0.5 else "")

    def slot_zhqa(self):
        return self.staff_qa(ZH_QUESTIONS, "读书报：")

    def slot_zhreview(self):
        return self.signed_piece(ZH_TITLES, ZH_NOTES, ("书评", "书 评"), ("□", "文/"))


# --------------------------------------------------------------------------- furniture


def _sby_phone(ctx):
    return f"(031) {ctx.rng.randrange(3500000, 8999999)}"


_hz_top = furniture(
    (0.5, [ln("汉中日报 {y}年{m}月{d}日 {wd}", paper=True, date=True), ln("第{n}版 {sec}", page="{n}")]),
    [ln("{n:02d} {ssec}", page="{n:02d}"), ln("{y}.{m:02d}.{d:02d} {wd}", date=True),
     "责任编辑 {name} 版式 {name}"],
    front=[masthead("汉中日报"), "中共汉中市委机关报", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:12000-12999}期 今日{pages}版 国内统一连续出版物号 CN 61-0000"])
_hz_bottom = furniture((0.5, ["新闻热线：{tel:0916} 发行热线：{tel:0916}"]), ["本报地址：汉中市某某路{no:10-99}号"])

_gw_top = furniture(
    (0.5, [ln("国家电网报 {date} {wd}", paper=True, date=True), ln("{n} {sec}", page="{n}")]),
    [ln("第{n}版 · {sec}", page="{n}"), DATED, "责任编辑：{name} 校对：{name}"],
    front=[masthead("国家电网报"), "STATE GRID NEWS", "国家电网有限公司主管主办", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:7000-7999}期 今日{pages}版 国内统一连续出版物号 CN 11-0000"])
_gw_bottom = furniture((0.5, ["本版编辑：{name} 电话：{tel:010}"]), ["投稿邮箱：gjdwb@example.cn"])

_xt_top = furniture(
    (0.5, [ln("{n:02d}", page="{n:02d}"), ln("新泰日报·{sec}", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True)]),
    [ln("{sec} {n:02d}版", page="{n:02d}"), ln("{date}", date=True), "编辑：{name} 校对：{name}"],
    front=[masthead("新泰日报"), "中共新泰市委机关报", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:6000-6999}期 今日{pages}版 国内统一连续出版物号 CN 37-0000"])
_xt_bottom = furniture((0.5, ["新闻热线：{tel:0538} 广告热线：{tel:0538}"]), ["本报地址：新泰市某某路{no:10-99}号"])

_cq_top = furniture(
    (0.4, [ln("重庆晚报", paper=True), ln("{date} {wd}", date=True), ln("{sec} {n:02d}", page="{n:02d}")]),
    (0.75, [ln("{n:02d} / {sec} / {y}年{m}月{d}日 {wd} / 编辑 {name}", date=True, page="{n:02d}")]),
    [])
_cq_bottom = furniture((0.5, [ln("重庆晚报新闻热线 {tel:023}", paper=True), "扫码下载上游新闻客户端"]),
                       ["美编 {name} 校对 {name}"])

_zg_top = furniture(
    (0.5, [ln("{sec} {n}", page="{n}"), ln("浙江工人日报 {y}年{m}月{d}日", paper=True, date=True)]),
    [ln("{date} {wd} 第{n}版", date=True, page="{n}"), "责任编辑：{name}"],
    front=[masthead("浙江工人日报"), "浙江省总工会主管主办", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:8000-8999}期 今日{pages}版 国内统一连续出版物号 CN 33-0000"])
_zg_bottom = furniture((0.5, ["新闻热线：{tel:0571} 职工维权热线：12351"]), ["本报地址：杭州市某某路{no:10-99}号"])

_qd_top = furniture(
    (0.5, [ln("千岛日报 {date} {wd}", paper=True, date=True), ln("A{n} {sec}", page="A{n}")]),
    [ln("{sec} A{n}", page="A{n}"), ln("{y}年{m}月{d}日", date=True)],
    front=[masthead("千岛日报"), "QIANDAO RIBAO", "印尼泗水出版", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:8000-8999}号 今日{pages}版"])
_qd_bottom = furniture((0.5, ["编辑部电话：{sby} 广告部：{sby}"]), ["www.example.co.id"], fields={"sby": _sby_phone})

_zh_top = furniture(
    (0.5, [ln("中华读书报", paper=True), ln("{y}年{m}月{d}日", date=True), ln("{n}版 {sec}", page="{n}")]),
    [ln("{sec} 第{n}版 {date}", date=True, page="{n}"), "主编：{name} 责编：{name}"],
    front=[masthead("中华读书报"), "光明日报社主办 每周三出版", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:1400-1499}期 本期{pages}版 国内统一连续出版物号 CN 11-0000"])
_zh_bottom = furniture((0.5, ["本版编辑：{name} 电话：{tel:010}"]), [opt(0.5, ["投稿邮箱：zhdsb@example.cn"]), "零售价：2.00元"])


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh27Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh28Builder, justified=True,
                         **kw)


FRESH28_FAMILIES = [
    fam("hanzhong_city", "汉中日报", _hz_top, _hz_bottom, {by_hz: 1},
        brief_bylines={by_hz_brief: 1}, credits=(cr_hz,), width=(14, 21), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.03, displaced=0.15, caption_pool=HZ_CAPTIONS,
        brief_pool=HZ_BRIEFS, brief_pool_share=0.6, paper_outlet="汉中日报全媒体",
        labels={"column": ("县区传真", "汉中快讯"), "bullet": ("◆",), "photos": ("图片新闻", "汉风影像")},
        plans=((["decklead", "hzscenic", "bare"], {"front": True, "turn": 1}),
               (["continuation", "hznotice", "photo", "brief"], {"page": 2}),
               (["hzgroup", "deck", "briefcol"], {"blank": "every", "turn": 2}),
               (["bare", "deck", "brief", "briefcol"], {"blank": "none", "turn": 0})),
        page_style="0", sections=("要闻", "县区", "民生")),
    fam("guowang_power", "国家电网报", _gw_top, _gw_bottom, {by_gw: 1},
        brief_bylines={by_gw_brief: 1}, credits=(cr_gw,), width=(16, 24), blank={"para": 2, "none": 1},
        indent=0.5, letterspace=0.2, stray_spaces=0.02, displaced=0.2, caption_pool=GW_CAPTIONS, brief_pool=GW_BRIEFS,
        brief_pool_share=0.6, labels={"column": ("基层动态", "电网快讯"), "bullet": ("■",)},
        plans=((["decklead", "gwloads", "bare"], {"front": True}),
               (["continuation", "gwqa"], {"page": 2, "turn": 1}),
               (["deck", "gwcomment", "gwtips", "briefcol"], {"blank": "every", "turn": 2}),
               (["leadacross", "photo", "bare"], {"blank": "none"})),
        page_style="plain", sections=("要闻", "经营", "基层")),
    fam("xintai_county", "新泰日报", _xt_top, _xt_bottom, {by_xt: 1},
        brief_bylines={by_xt_brief: 1}, credits=(cr_xt,), width=(13, 20), blank={"para": 2, "every": 1},
        indent=0.3, letterspace=0.4, stray_spaces=0.04, displaced=0.15, caption_pool=XT_CAPTIONS, brief_pool=XT_BRIEFS,
        brief_pool_share=0.7, paper_outlet="新泰日报",
        labels={"column": ("镇街动态", "新泰快讯"), "bullet": ("▲",), "photos": ("平阳影像", "图片新闻")},
        plans=((["decklead", "photo", "xtveg"], {"front": True, "turn": 2}),
               (["continuation", "xtnotice", "bare"], {"page": 2}),
               (["photonews", "xtgroup", "photo", "deck"], {"blank": "every", "group_credit": "本组图片由通讯员 {n} 摄"}),
               (["brief", "deck", "bare", "briefcol", "brief"], {"blank": "none", "turn": 1})),
        page_style="0", sections=("要闻", "镇街", "民生")),
    fam("chongqing_evening", "重庆晚报", _cq_top, _cq_bottom, {by_cq: 1},
        brief_bylines={by_cq_brief: 1}, credits=(cr_cq,), width=(12, 17), per_article_width=True,
        blank={"para": 1, "every": 2}, letterspace=0.4, stray_spaces=0.05, doubled=0.25, displaced=0.3,
        caption_pool=CQ_CAPTIONS, brief_pool=CQ_BRIEFS, brief_pool_share=0.6, paper_outlet="上游新闻",
        labels={"column": ("山城速递", "晚报快讯"), "bullet": ("◇",), "photos": ("图片新闻", "山城镜头")},
        plans=((["deck", "cqmetro", "photo"], {}),
               (["cqqa", "bare", "brief"], {"blank": "every", "turn": 1}),
               (["leadacross", "photo", "brief"], {"blank": "none", "turn": 2}),
               (["photonews", "cqgroup", "photo", "deck", "bare"], {"turn": 0})),
        page_style="plain", sections=("重庆新闻", "城事", "热线")),
    fam("zhejiang_workers", "浙江工人日报", _zg_top, _zg_bottom, {by_zg: 1},
        brief_bylines={by_zg_brief: 1}, credits=(cr_zg,), width=(15, 22), blank={"para": 2, "every": 1},
        indent=0.5, letterspace=0.3, stray_spaces=0.02, displaced=0.2, caption_pool=ZG_CAPTIONS, brief_pool=ZG_BRIEFS,
        brief_pool_share=0.6, paper_outlet="本报",
        labels={"column": ("职工快讯", "工会动态"), "bullet": ("●",), "photos": ("图片新闻", "劳动者风采")},
        plans=((["decklead", "zgjobs", "bare"], {"front": True, "turn": 2}),
               (["continuation", "zgqa", "photo"], {"page": 2}),
               (["photonews", "photo", "deck", "photo", "brief"], {"blank": "every", "turn": 1}),
               (["deck", "zgnotice", "zgcomment", "briefcol", "bare"], {"blank": "none"})),
        page_style="cn", sections=("要闻", "工会", "职工")),
    fam("qiandao_id", "千岛日报", _qd_top, _qd_bottom, {by_qd: 1},
        brief_bylines={by_qd_brief: 1}, credits=(cr_qd,), width=(12, 18), blank={"para": 2, "none": 1},
        indent=0.2, letterspace=0.1, stray_spaces=0.03, doubled=0.1, displaced=0.25, caption_pool=QD_CAPTIONS,
        brief_pool=QD_BRIEFS, brief_pool_share=0.7, labels={"column": ("侨社动态", "泗水简讯"), "bullet": ("◇",)},
        plans=((["deck", "qdfx", "bare"], {"front": True, "turn": 1}),
               (["qdqa", "briefpair"], {"turn": 2}),
               (["photonews", "photo", "deck", "photo", "bare", "brief"], {"blank": "every"}),
               (["deck", "qdweather", "qdcomment", "briefcol"], {"blank": "none", "turn": 0})),
        page_style="A", sections=("印尼新闻", "侨社", "东爪哇")),
    fam("zhonghua_books", "中华读书报", _zh_top, _zh_bottom, {by_zh: 1},
        brief_bylines={by_zh_brief: 1}, credits=(cr_zh,), width=(15, 23), blank={"para": 2, "none": 1},
        indent=0.5, letterspace=0.3, stray_spaces=0.02, displaced=0.2, caption_pool=ZH_CAPTIONS, brief_pool=ZH_BRIEFS,
        brief_pool_share=0.6, paper_outlet="本报",
        labels={"column": ("书业动态", "出版快讯"), "bullet": ("☆",)},
        plans=((["decklead", "zhlist", "bare"], {"front": True}),
               (["continuation", "zhqa", "briefphoto"], {"page": 2, "turn": 1}),
               (["leadacross", "zhnew", "bare"], {"blank": "none", "turn": 2}),
               (["deck", "zhreview", "briefcol", "photo"], {"blank": "every"})),
        page_style="plain", sections=("书评周刊", "文化周刊", "家庭教育")),
]
