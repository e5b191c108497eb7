"""A twenty-ninth set of blind development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator on these pages.  Seven papers the corpus had not imitated, of seven kinds the corpus has
few of (checked by name against the development builders and gold, and against the held-back set only with
a script that names this set's families whose paper a held-back page also has): the evening paper of
Inner Mongolia's capital, the national statistics paper, a county-level city paper of Fujian, a district paper of
Beijing, a Macao daily, a university's paper of Gansu and a prefecture paper of Heilongjiang.  Every
family wraps its columns by width (`justified`: a line of digits or Latin letters holds more characters than
one of ideographs), captions and box rows too.  Nearly every page carries a story that keeps its section
headings under a deck (its subtitle) or a long kicker, beside a photo or a brief that may be unsigned.  Each
page of a family follows one of four page plans, of varied kinds: a page of several short items with no
blank line between them, a page carried by a long interview (the guest's name as the answer label, or
问/答), a page of photo news (a label over one large photo, then small ones and a numbered group, each
credited), a page whose lead is read across two columns with a brief and ends in a jump line; byline and
credit forms take turns across a family's pages.

* `hohhot_evening` 呼和浩特晚报 (Inner Mongolia, the capital's evening paper): a front page with `HOHHOT EVENING NEWS` and
  农历; a lead under its deck ending in a jump line and **page 2 carrying it on**; `呼和浩特晚报记者 X`, `晚报记者 X
  实习生 Y`, `文/图 晚报记者 X`; briefs closed by `（晚报记者 X）` or glued `本报讯（记者 X）`; **草原天气 boxes**
  (`锡林浩特 晴 10℃～25℃ 紫外线强`); an interview (`晚报：` / the guest's name); a photo-news page (青城影像) with a
  numbered group; ◆ 青城快讯.
* `xinxi_statistics` 中国信息报 (the statistics bureau's national paper): `CHINA INFORMATION NEWS`, its 主管主办
  line and 农历; a lead with a jump line and page 2 carrying it on; `本报记者 X`, `□本报记者 X 见习记者 Y`,
  `特约通讯员 X 本报记者 Y`; briefs glued `本报讯（记者 X）` or closed by a bureau and the name `（某某省统计局 X）`;
  **统计数据 tables** (`居民消费价格指数 100.4 +0.2`, `数据来源：…`); **统计知识 boxes** of term rows; an interview
  with a statistician (`记者：` / his name); 统计视角 pieces with an `（作者系…）` note; a lead read across with a
  brief.
* `fuqing_qiaoxiang` 福清侨乡报 (a county-level city of Fuzhou): 中共福清市委机关报 and 农历; a lead with a jump line
  and page 2 carrying it on; `记者 X 通讯员 Y`, `本报记者 X`, `融媒体记者 X 文/图`; briefs `本报讯（通讯员 X）`
  glued or on a line of their own, or closed by the town and the name `（龙田镇 X）`; town-supplied pictures
  (`（江阴镇供图）`); a **停电公告 notice** (a 0591 phone); **海鲜行情 boxes** (`大黄鱼 38元/斤`); a photo-news page
  with a numbered group; ▲ 侨乡动态; a page of short items with no blank line.
* `haidian_district` 海淀报 (a district paper of Beijing): columns of 12–18 ems set per story, a blank line after
  every line on some pages, stray spaces, doubled-glyph and displaced headlines, pages with no running head;
  `海淀报记者 X`, `记者 X 通讯员 Y`, `本报记者 X 实习记者 Y`; briefs closed by `（记者 X）` or glued `本报讯（通讯员
  X）`; **社区活动 boxes** of dated rows (`7月3日 9:00 某某社区 书法公益课`); Q&A `海淀报：` or `记者：` / the
  guest's name; a photo-news page with a numbered group; a lead read across with a brief.
* `dazhong_macao` 大众报 (Macao): `澳门出版`, eight-digit Macao phones; `记者 X`, `本报记者 X 报道`, glued
  `【大众报讯】` naming no one; briefs closed by `（记者 X）` or printed with no byline; **澳门天气 boxes** (`今日
  多云 有雷暴 27℃～33℃ 湿度75%～85%`); **口岸通关 tables** (`拱北口岸 32.6 +1.4`, `数据来源：…`); Q&A `大众报：` / the guest's
  name; 大众论坛 pieces with an `（作者为…）` note; a photo-news page; ★ 澳闻速递; two briefs read across.
* `lanzhou_university` 兰州大学报 (a university's paper of Gansu, dated Wednesdays): 中共兰州大学委员会主办, `第N期（总第M期）`
  and a CN number of its own, no 农历; a lead with a jump line and page 2 carrying it on; `本报记者 X`, `学生记者 X 通讯员
  Y`, `X 文/图`, `通讯员 X Y`; briefs closed by a college and the name `（草地农业科技学院 X）` or by `（通讯员 X）`, or glued
  `本报讯（学生记者 X）`; **招生计划 tables** (`甘肃 1260 +12`, `数据来源：…`); **校历 boxes** (`第16周 6月19日 期末考试`);
  an interview with a professor (`记者：` or `学生记者：` / his name); 萃英论坛 pieces with an `（作者系…）` note; a
  photo-news page (萃英影像) with a numbered group credited `本组图片由学生记者 X 摄`; `（校团委供图）`; ◎ 萃英快讯.
* `qiqihar_daily` 齐齐哈尔日报 (a prefecture of Heilongjiang): 中共齐齐哈尔市委机关报 and 农历; a lead with a jump
  line and page 2 carrying it on; `齐齐哈尔日报全媒体记者 X`, `记者 X 通讯员 Y`, `全媒体记者 X 摄影报道`; briefs glued
  `本报讯（全媒体记者 X）` or closed by `（某某县融媒体中心 X）`; **粮食价格 tables** (`大豆 2.62 +0.02`,
  `数据来源：…`); **鹤城天气 boxes**; farm experts' Q&A `问：`/`答：`; a numbered photo group; ● 鹤城快讯; a lead
  read across with a brief.

Gold conventions are those of the README; new here: a 统计数据 / 口岸通关 / 招生计划 / 粮食价格 table is an `infobox`
(its label the kicker, the column-header row its first row), its `数据来源` line a `credit`; a 草原天气 / 统计知识 /
海鲜行情 / 社区活动 / 澳门天气 / 校历 / 鹤城天气 box is an `infobox` titled with its label, or with the label as
kicker when a title follows; a 停电公告 notice is an `infobox` whose issuer and date are bylines and which names no
one; `文/图 晚报记者 X`, `融媒体记者 X 文/图`, `X 文/图` and `全媒体记者 X 摄影报道` make X author and photographer; `【大众报讯】`
names no one (an item opening it is an `article`); `（某某省统计局 X）`, `（龙田镇 X）`, `（草地农业科技学院 X）` and
`（某某县融媒体中心 X）` name X; town-supplied pictures, `（校团委供图）`, `新华社发` and `（资料图片）` name no photographer; a short
item printed with no byline at all is an `article`; the photo-news labels, the 统计视角 / 大众论坛 / 萃英论坛 labels
and the column names are furniture.

Seeds: FRESH29_SEED_BASE + FRESH29_SEED_STRIDE*family + 1_000*attempt + n (40_060_001 .. 40_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (captions,
photo groups, briefs, rows, notices, questions, titles and notes); names, figures, phone numbers and
addresses are made up.
"""
from __future__ import annotations

import dataclasses
import datetime

from fresh_layouts_5 import _credit_turns
from fresh_layouts_9 import Fresh9Family
from fresh_layouts_27 import Fresh27Builder
from layout_kit import DATED, TRAIL, Above, Form, chosen, furniture, ln, masthead, opt, turns
from synthesize import phone

FRESH29_SEED_BASE = 40_000_000
FRESH29_SEED_STRIDE = 60_000

# --------------------------------------------------------------------------- filler (written for this corpus)

XN_WEATHER = (("呼和浩特", 14, 28, "中等"), ("锡林浩特", 10, 25, "强"), ("鄂尔多斯", 15, 29, "强"), ("乌兰察布", 9, 23, "很强"),
              ("阿拉善左旗", 17, 33, "很强"), ("二连浩特", 13, 30, "强"))
XN_SKIES = ("晴", "多云", "晴转多云", "多云转小雨", "阵雨")
XN_QUESTIONS = ["当初为什么选择在呼和浩特开这家店？", "莜面里最受欢迎的是哪一样？", "刚起步时遇到过哪些难处？",
                "怎样看待青城旅游旺季的变化？", "下一步还有什么打算？"]
XN_GROUPS = [
    ("大黑河畔的夏日", ["①市民在大黑河畔的步道上骑行。", "②孩子们在亲水平台边玩耍。", "③游客在河边的花海前拍照。"]),
    ("夜市里的烟火气", ["①摊主在烤炉前翻动羊肉串。", "②游客排队品尝酸奶。", "③夜市里灯火通明人头攒动。"]),
]
XN_CAPTIONS = [("满都海公园，市民在喷泉边纳凉。", "青城清凉"), ("大召寺前，游客在参观古建筑。", ""),
               ("敕勒川草原上，牧民骑马放牧。", "草原盛夏"), ("呼和浩特东站，旅客有序进站乘车。", "")]
XN_BRIEFS = [
    ("两条公交线路延时运营", "即日起，两条公交线路延时运营，方便市民夜间出行。"),
    ("社区开设暑期公益课堂", "一个社区近日开设暑期公益课堂，为孩子们提供书法和绘画辅导。"),
    ("农贸市场完成提升改造", "近日，一处农贸市场完成提升改造，摊位整齐划一。"),
]

XX_UNITS = ("某某省统计局", "某某调查总队", "某某市统计局", "某某县统计局")
XX_FIGURES = (("居民消费价格指数", 100.2, "%"), ("工业生产者出厂价格指数", 98.6, "%"), ("规模以上工业增加值", 105.3, "%"),
              ("社会消费品零售总额", 104.1, "%"), ("固定资产投资", 103.8, "%"), ("城镇调查失业率", 5.1, "%"))
XX_TERMS = ["同比：与上年同期相比的变化", "环比：与上一统计周期相比的变化", "中位数：按大小排列后居中的数值",
            "季节调整：剔除季节因素影响的方法", "抽样调查：从总体中抽取部分单位进行调查"]
XX_QUESTIONS = ["这次普查最难的环节是什么？", "基层统计人员的工作有哪些变化？", "怎样保证数据的真实准确？",
                "新技术给统计调查带来了什么？", "对年轻统计人员有什么寄语？"]
XX_TITLES = ["让每一个数据都经得起检验", "统计服务要贴近基层", "用好数据读懂发展"]
XX_NOTES = ("（作者系某某省统计局干部）", "（作者为某某调查总队高级统计师）", "（作者系某某大学统计学院教授）")
XX_CAPTIONS = [("普查员入户登记家庭信息。", "入户登记"), ("统计人员在田间测产。", ""),
               ("统计开放日上，市民参观数据展览。", "走近统计"), ("调查员在超市采集商品价格。", "")]
XX_BRIEFS = [
    ("统计开放日活动举行", "近日，一个统计局举办统计开放日活动，邀请市民走进统计。"),
    ("农业普查培训班开班", "日前，一期农业普查业务培训班开班，学员来自各县区。"),
    ("统计志愿者走进中学", "近日，一支统计志愿服务队走进中学，为学生讲解统计常识。"),
]

FQ_TOWNS = ("龙田镇", "江阴镇", "高山镇", "渔溪镇", "音西街道", "海口镇")
FQ_SEAFOOD = (("大黄鱼", 38), ("鲍鱼", 60), ("海蛎", 12), ("花蛤", 8), ("梭子蟹", 55), ("带鱼", 26))
FQ_NOTICE = ("停电公告",
             "因电力线路检修，我公司将对部分区域暂停供电，具体安排如下：",
             ["停电时间：{a}7:00至17:30", "停电范围：龙田镇某某村及某某工业区", "如遇恶劣天气，检修时间另行通知"],
             "请相关用户提前做好停电准备。给您带来的不便，敬请谅解。咨询电话：{p}",
             "福清市某某供电服务中心")
FQ_GROUPS = [
    ("东壁岛的渔家生活", ["①渔民在码头上卸下刚捕的海鲜。", "②渔嫂们坐在岸边修补渔网。", "③游客在渔排上体验垂钓。"]),
    ("侨乡古厝焕新颜", ["①修缮后的古厝吸引游客参观。", "②老侨胞在祖厝前合影留念。", "③孩子们在古厝里听长辈讲故事。"]),
]
FQ_CAPTIONS = [("江阴港码头，集装箱货轮正在装卸。", "港口繁忙"), ("龙田镇的农田里，农户在收割早稻。", ""),
               ("玉融山下，市民在公园步道散步。", "绿道漫步"), ("海口镇一家工厂里，工人在检验产品。", "")]
FQ_BRIEFS = [
    ("侨捐图书室落成", "近日，一个村由侨胞捐建的图书室落成，藏书数千册。"),
    ("海边步道对外开放", "日前，一段海边步道完成建设，对市民开放。"),
    ("光饼技艺培训开班", "近日，一期光饼制作技艺培训班开班，吸引不少年轻人参加。"),
]

HD_PLACES = ("某某社区 书法公益课", "某某街道文化中心 亲子阅读会", "某某科技园 科普开放日", "某某公园 垃圾分类宣传",
             "某某社区 老年人智能手机课堂", "某某图书馆 非遗手工体验")
HD_QUESTIONS = ["第一次带学生做科创项目是什么感受？", "这些年最难忘的一件事是什么？", "怎样让孩子爱上科学？",
                "为什么一直坚持做社区志愿服务？", "接下来有什么新打算？"]
HD_GROUPS = [
    ("三山五园的夏天", ["①游客在园林里泛舟赏荷。", "②市民在湖边写生。", "③孩子们在草坪上放风筝。"]),
    ("科技园里的年轻人", ["①研发人员在实验室调试设备。", "②创业者在路演现场介绍项目。", "③年轻人在共享空间里讨论方案。"]),
]
HD_CAPTIONS = [("中关村大街，市民在街边小花园休憩。", "街角绿意"), ("稻香湖畔，骑行爱好者结伴出行。", ""),
               ("社区服务站里，志愿者为老人量血压。", "暖心服务"), ("西山脚下，游客沿步道登山。", "")]
HD_BRIEFS = [
    ("社区食堂新增早餐服务", "近日，一个社区食堂新增早餐服务，方便辖区老人就餐。"),
    ("口袋公园建成开放", "日前，一处口袋公园建成开放，为居民增添休闲去处。"),
    ("便民市场延长营业时间", "下周起，一处便民市场延长营业时间，方便上班族购物。"),
]

MC_DAYS = ("今日", "明日", "后日")
MC_SKIES = ("多云 有雷暴", "天晴 炎热", "多云 有几阵骤雨", "大致天晴")
MC_PORTS = (("拱北口岸", 32.6), ("横琴口岸", 8.4), ("港珠澳大桥口岸", 6.2), ("青茂口岸", 10.5), ("外港码头", 2.1))
MC_QUESTIONS = ["当初为什么会在议事亭前地开店？", "旅客增多对生意有什么影响？", "怎样看待年轻人北上就业？",
                "这门手艺还有人愿意学吗？", "对未来还有什么期望？"]
MC_TITLES = ["社区长者服务要再加把劲", "老城区活化要讲好本地故事", "青年创业需要更多支持"]
MC_NOTES = ("（作者为某某大学讲师）", "（作者为资深社工）", "（作者为某某社团理事）")
MC_CAPTIONS = [("大三巴牌坊前，旅客在拍照留念。", "旅客如织"), ("街市里，摊贩在整理新鲜蔬果。", ""),
               ("西湾湖畔，市民在长廊散步。", "湖畔夕阳"), ("氹仔旧城区，游客在品尝手信。", "")]
MC_BRIEFS = [
    ("社屋增设长者康乐设施", "一处社屋日前增设长者康乐设施，方便长者就近锻炼。"),
    ("公共图书馆延长开放", "多间公共图书馆下月起延长开放时间，方便市民借阅。"),
    ("巴士路线增加班次", "一条巴士路线周末起增加班次，疏导假日人流。"),
]

LD_UNITS = ("草地农业科技学院", "大气科学学院", "资源环境学院", "生命科学学院", "核科学与技术学院", "历史文化学院")
LD_QUOTAS = (("甘肃", 1260), ("河南", 310), ("山东", 240), ("四川", 220), ("陕西", 180), ("新疆", 150), ("河北", 130))
LD_CALENDAR = ["期末考试", "本科生离校", "暑期社会实践出征", "研究生招生复试", "新生报到注册", "秋季学期开课"]
LD_QUESTIONS = ["为什么选择扎根西北做研究？", "野外考察中最难忘的经历是什么？", "怎样带研究生做科研？",
                "团队下一步的研究方向是什么？", "对即将毕业的同学有什么寄语？"]
LD_GROUPS = [
    ("萃英山下毕业季", ["①毕业生在积石堂前抛起学位帽。", "②导师为毕业生整理学位服。", "③同学们在毕业墙前签名留念。"]),
    ("榆中校区的夏天", ["①学生在昆仑堂前的草坪上晨读。", "②夕阳下的天山堂。", "③同学们在操场上参加军训。"]),
]
LD_TITLES = ["在西北大地上写论文", "读书要耐得住寂寞", "把青春写在祖国需要的地方"]
LD_NOTES = ("（作者系兰州大学历史文化学院教授）", "（作者为兰州大学2022级本科生）", "（作者系兰州大学某某学院党委副书记）")
LD_CAPTIONS = [("毕业典礼上，校领导为毕业生拨穗。", "拨穗正冠"), ("图书馆里，同学们在备战期末考试。", ""),
               ("草地农业实验站，研究生在记录牧草长势。", "论文写在大地上"), ("校运会上，运动员奋力冲刺。", "")]
LD_BRIEFS = [
    ("图书馆延长暑期开放时间", "本学期期末，图书馆延长自习室开放时间，方便同学们复习备考。"),
    ("学生合唱团获全国比赛一等奖", "近日，学校学生合唱团在一项全国大学生合唱比赛中获一等奖。"),
    ("研究生支教团出发", "日前，新一届研究生支教团成员出发，前往西部中小学开展为期一年的支教。"),
]

QQ_COUNTIES = ("某某县融媒体中心", "某某区融媒体中心", "某某县农业农村局", "某某市委宣传部")
QQ_GRAIN = (("大豆", 2.62), ("玉米", 1.14), ("水稻", 1.38), ("小麦", 1.25), ("马铃薯", 0.85))
QQ_WEATHER = ("今天 晴转多云 16℃～28℃", "明天 多云 有阵雨 15℃～26℃", "后天 晴 14℃～27℃")
QQ_QUESTIONS = ["大豆苗期叶片发黄是怎么回事？", "水稻分蘖期怎样管水？", "玉米地里杂草多怎么办？",
                "雨后田间要注意什么？", "怎样防治草地贪夜蛾？"]
QQ_GROUPS = [
    ("扎龙湿地丹顶鹤", ["①丹顶鹤在湿地里觅食。", "②游客在观鹤台上观赏鹤群。", "③保护区工作人员在记录鹤群数量。"]),
    ("黑土地上的夏管", ["①植保无人机在田间作业。", "②农机手驾驶中耕机铲趟。", "③农技人员查看大豆长势。"]),
]
QQ_CAPTIONS = [("嫩江岸边，市民在江畔公园散步。", "江畔休闲"), ("农田里，农户在给大豆除草。", ""),
               ("龙沙公园，孩子们在草坪上嬉戏。", "公园童趣"), ("装备制造企业车间里，工人在组装设备。", "")]
QQ_BRIEFS = [
    ("烤肉美食节开幕", "近日，一场烤肉美食节开幕，吸引不少游客前来品尝。"),
    ("农机合作社添新装备", "日前，一个农机合作社新添一批大型农机。"),
    ("社区开展消夏文艺演出", "近日，一个社区开展消夏文艺演出，居民自编自演节目。"),
]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_xn = chosen(Above("呼和浩特晚报记者 {0!l}"), Above("晚报记者 {0!l} 实习生 {1}", 2),
               Above("文/图 晚报记者 {0!l}", photo=True), turn="by", drawn=2)
by_xn_brief = turns(Form("（晚报记者 {0}）", **TRAIL), Form("本报讯（记者 {0}）"))

by_xx = chosen(Above("本报记者 {0!l}"), Above("□本报记者 {0!l} 见习记者 {1}", 2), Above("特约通讯员 {0} 本报记者 {1!l}", 2),
               turn="by", drawn=2)
by_xx_brief = turns(Form("本报讯（记者 {0}）"), Form("（{c0} {0}）", choices=(XX_UNITS,), **TRAIL))

by_fq = chosen(Above("记者 {0!l} 通讯员 {1}", 2), Above("本报记者 {0!l}"), Above("融媒体记者 {0!l} 文/图", photo=True),
               turn="by", drawn=2)
by_fq_brief = turns(Form("本报讯（通讯员 {0}）", line_share=0.5), Form("（{c0} {0}）", choices=(FQ_TOWNS,), **TRAIL))

by_hd = chosen(Above("海淀报记者 {0!l}"), Above("记者 {0!l} 通讯员 {1}", 2), Above("本报记者 {0!l} 实习记者 {1}", 2),
               turn="by", drawn=2)
by_hd_brief = turns(Form("（记者 {0}）", **TRAIL), Form("本报讯（通讯员 {0}）"))

by_mc = chosen(Above("记者 {0!l}"), Form("【大众报讯】", 0, hint="plain"), Above("本报记者 {0!l} 报道"), turn="by")
by_mc_brief = turns(Form("（记者 {0}）", **TRAIL), Form("【大众报讯】", 0, hint="plain"))

by_ld = chosen(Above("本报记者 {0!l}"), Above("学生记者 {0!l} 通讯员 {1}", 2), Above("{0!l} 文/图", photo=True),
               Above("通讯员 {0} {1}", 2), turn="by", drawn=2)
by_ld_brief = turns(Form("（{c0} {0}）", choices=(LD_UNITS,), **TRAIL), Form("本报讯（学生记者 {0}）"),
                    Form("（通讯员 {0}）", **TRAIL))

by_qq = chosen(Above("齐齐哈尔日报全媒体记者 {0!l}"), Above("记者 {0!l} 通讯员 {1}", 2),
               Above("全媒体记者 {0!l} 摄影报道", photo=True), turn="by", drawn=2)
by_qq_brief = turns(Form("本报讯（全媒体记者 {0}）"), Form("（{c0} {0}）", choices=(QQ_COUNTIES,), **TRAIL))


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


cr_xn = _credit_turns(("呼和浩特晚报记者 {n} 摄", "（晚报记者 {n} 摄）", "新华社发"))
cr_xx = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）", "（资料图片）"))
cr_fq = _credit_turns(("记者 {n} 摄", "（江阴镇供图）", "通讯员 {n} 摄"))
cr_hd = _credit_turns(("记者 {n} 摄", "海淀报记者 {s}/摄", "（资料图片）"))
cr_mc = _credit_turns(("记者 {n} 摄", "（资料图片）", "（{n} 摄）"))
cr_ld = _credit_turns(("学生记者 {n} 摄", "（校团委供图）", "本报记者 {n} 摄"))
cr_qq = _credit_turns(("全媒体记者 {n} 摄", "通讯员 {n} 摄", "（{n} 摄）"))


# --------------------------------------------------------------------------- builder


class Fresh29Builder(Fresh27Builder):

    # -------------------------------------------------------------- 呼和浩特晚报

    def slot_xnweather(self):
        rows = self.sampled_rows(XN_WEATHER, lambda rng, city, low, high, uv:
                                 f"{city} {rng.choice(XN_SKIES)} {low + rng.randrange(-2, 3)}℃～{high + rng.randrange(-2, 3)}℃ 紫外线{uv}")
        return self.rows_box(("草原天气", "晚报天气"), rows, title="今明两天全区天气" if self.rng.random() < 0.5 else "")

    def slot_xnqa(self):
        return self.staff_qa(XN_QUESTIONS, ("晚报：", "记者："))

    def slot_xngroup(self):
        return self.group(XN_GROUPS)

    # -------------------------------------------------------------- 中国信息报

    def slot_xxfigures(self):
        rows = self.sampled_rows(XX_FIGURES, lambda rng, name, value, unit:
                                 f"{name} {value + rng.randrange(-8, 9) / 10:.1f} {rng.randrange(-5, 6) / 10:+.1f}")
        return self.price_table(("统计数据", "数据发布"), "5月份主要经济指标（上年同月=100）",
                                ("指标 指数 比上月", "指标名称 本月 增减"), rows,
                                ("数据来源：国家统计局", "数据来源：某某省统计局"))

    def slot_xxterms(self):
        return self.tips(("统计知识", "统计小词典"), [XX_TERMS[:3], XX_TERMS[2:]],
                         title="读懂统计公报" if self.rng.random() < 0.5 else "")

    def slot_xxqa(self):
        return self.staff_qa(XX_QUESTIONS, "记者：")

    def slot_xxcomment(self):
        return self.signed_piece(XX_TITLES, XX_NOTES, ("统计视角", "统 计 视 角"), ("■", "文/"))

    # -------------------------------------------------------------- 福清侨乡报

    def slot_fqnotice(self):
        title, intro, rows, closing, issuer = FQ_NOTICE
        return self.notice_box(title, intro, rows, closing.format(p=phone(self.rng, "0591")), issuer)

    def slot_fqseafood(self):
        rows = self.sampled_rows(FQ_SEAFOOD, lambda rng, name, price: f"{name} {price + rng.randrange(-3, 4) * 2}元/斤",
                                 (3, 4))
        return self.rows_box(("海鲜行情", "水产行情"), rows, title="龙田海鲜市场今日价格" if self.rng.random() < 0.5 else "")

    def slot_fqgroup(self):
        return self.group(FQ_GROUPS)

    # -------------------------------------------------------------- 海淀报

    def slot_hdevents(self):
        rng = self.rng
        rows = self.dated_rows(rng.sample(HD_PLACES, rng.choice((3, 4))), "{m}月{d}日 {h}:00 {place}", days=2)
        return self.rows_box(("社区活动", "文化活动"), rows, title="本周街镇活动预告" if rng.random() < 0.5 else "")

    def slot_hdqa(self):
        return self.staff_qa(HD_QUESTIONS, ("海淀报：", "记者："))

    def slot_hdgroup(self):
        return self.group(HD_GROUPS)

    # -------------------------------------------------------------- 大众报

    def slot_mcweather(self):
        rng = self.rng
        rows = []
        for day in MC_DAYS[:rng.choice((2, 3))]:
            sky, low, humidity = rng.choice(MC_SKIES), rng.randrange(26, 29), rng.randrange(60, 96, 5)
            rows.append(f"{day} {sky} {low}℃～{low + rng.randrange(4, 8)}℃ 湿度{humidity - 10}%～{humidity}%")
        return self.rows_box(("澳门天气", "天气预报"), rows, title="酷热天气持续" if rng.random() < 0.5 else "")

    def slot_mcports(self):
        rows = self.sampled_rows(MC_PORTS, lambda rng, name, count:
                                 f"{name} {count * rng.randrange(90, 111) / 100:.1f} {rng.randrange(-30, 31) / 10:+.1f}", (3, 4))
        return self.price_table(("口岸通关", "通关数据"), "昨日各口岸出入境人次（万人次）",
                                ("口岸 人次 比前日", "口岸名称 出入境 增减"), rows,
                                ("数据来源：治安警察局", "数据来源：某某口岸管理部门"))

    def slot_mcqa(self):
        return self.staff_qa(MC_QUESTIONS, "大众报：")

    def slot_mccomment(self):
        return self.signed_piece(MC_TITLES, MC_NOTES, ("大众论坛", "濠江时评"), ("文/", "□"))

    # -------------------------------------------------------------- 兰州大学报

    def slot_ldquota(self):
        rows = self.sampled_rows(LD_QUOTAS, lambda rng, province, quota:
                                 f"{province} {quota + rng.randrange(-20, 21)} {rng.randrange(-15, 16):+d}")
        return self.price_table(("招生计划", "招生快讯"), "2024年本科招生计划（部分省份）",
                                ("省份 计划数 比上年", "生源省份 招生人数 增减"), rows,
                                ("数据来源：本科招生办公室", "数据来源：学校招生信息网"))

    def slot_ldcalendar(self):
        """A 校历 box: teaching weeks and their dates, one event a row, a week or two apart."""
        rng, ctx = self.rng, self.ctx
        week, day = rng.randrange(14, 18), ctx.date
        rows = []
        for event in LD_CALENDAR[rng.randrange(0, 2):][:rng.choice((3, 4))]:
            rows.append(f"第{week}周 {day.month}月{day.day}日 {event}")
            step = rng.choice((1, 2))
            week, day = week + step, day + datetime.timedelta(days=7 * step)
        return self.rows_box(("校历", "校园日历"), rows, title="本学期后半程安排" if rng.random() < 0.5 else "")

    def slot_ldqa(self):
        return self.staff_qa(LD_QUESTIONS, ("记者：", "学生记者："))

    def slot_ldcomment(self):
        return self.signed_piece(LD_TITLES, LD_NOTES, ("萃英论坛", "教师随笔"), ("■", "文/"))

    def slot_ldgroup(self):
        return self.group(LD_GROUPS)

    # -------------------------------------------------------------- 齐齐哈尔日报

    def slot_qqgrain(self):
        rows = self.sampled_rows(QQ_GRAIN, lambda rng, name, price:
                                 f"{name} {price * rng.randrange(95, 106) / 100:.2f} {rng.randrange(-6, 7) / 100:+.2f}")
        return self.price_table(("粮食价格", "粮市行情"), "全市主要粮食收购价（元/斤）",
                                ("品名 价格 涨跌", "品种 均价 比上周"), rows,
                                ("数据来源：某某粮食交易中心", "数据来源：市发展改革委价格监测科"))

    def slot_qqweather(self):
        rows = list(QQ_WEATHER[:self.rng.choice((2, 3))])
        return self.rows_box(("鹤城天气", "天气预报"), rows, title="近日多阵雨 注意防范" if self.rng.random() < 0.5 else "")

    def slot_qqqa(self):
        return self.staff_qa(QQ_QUESTIONS, None)

    def slot_qqgroup(self):
        return self.group(QQ_GROUPS)


# --------------------------------------------------------------------------- furniture


def _mc_phone(ctx):
    return f"28{ctx.rng.randrange(100000, 999999)}"


_xn_top = furniture(
    (0.4, [ln("{date} {wd} 呼和浩特晚报", paper=True, date=True), ln("第A{n}版 {sec}", page="A{n}")]),
    [ln("A{n} {sec} 责任编辑 {name}", page="A{n}"), ln("{y}年{m}月{d}日 {wd}", date=True)],
    front=[masthead("呼和浩特晚报"), "HOHHOT EVENING NEWS", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:12000-12999}期 今日{pages}版 国内统一连续出版物号 CN 15-0000"])
_xn_bottom = furniture((0.5, [ln("呼和浩特晚报新闻热线 {tel:0471}", paper=True), "扫码关注呼和浩特晚报"]),
                       ["美编 {name} 校对 {name}", opt(0.5, ["投稿邮箱：hhhtwb@example.cn"])])

_xx_top = furniture(
    (0.5, [ln("中国信息报 {y}年{m}月{d}日 {wd}", paper=True, date=True), ln("{sec} 第{n}版", page="{n}")]),
    [ln("第{n}版 {sec} {date}", date=True, page="{n}"), "本版编辑：{name} 版式：{name}"],
    front=[masthead("中国信息报"), "CHINA INFORMATION NEWS", "国家统计局主管主办",
           ln("{date} {wd} 农历{lunar}", date=True), "第{no:7000-7999}期 今日{pages}版 国内统一连续出版物号 CN 11-0000"])
_xx_bottom = furniture((0.5, ["本版编辑：{name} 电话：{tel:010}"]), ["投稿邮箱：zgxxb@example.cn"])

_fq_top = furniture(
    (0.5, [ln("{n:02d} {ssec}", page="{n:02d}"), ln("福清侨乡报 {y}年{m}月{d}日 {wd}", paper=True, date=True)]),
    [ln("{sec} {n:02d}版", page="{n:02d}"), ln("{y}-{m:02d}-{d:02d} {wd}", date=True), "责编 {name} 校对 {name}"],
    front=[masthead("福清侨乡报"), "中共福清市委机关报", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:8000-8999}期 今日{pages}版 国内统一连续出版物号 CN 35-0000"])
_fq_bottom = furniture((0.5, ["新闻热线：{tel:0591} 广告热线：{tel:0591}"]), ["本报地址：福清市某某路{no:10-99}号"])

_hd_top = furniture(
    (0.4, [ln("海淀报", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True), ln("第{n}版 {sec}", page="{n}")]),
    (0.75, [ln("{n} | {sec} | {y}.{m}.{d} {wd} | 编辑 {name}", date=True, page="{n}")]),
    [])
_hd_bottom = furniture((0.5, [ln("海淀报新闻热线 {tel:010}", paper=True), "扫码关注海淀融媒"]), ["美编 {name} 校对 {name}"])

_mc_top = furniture(
    (0.5, [ln("大众报 {date} {wd}", paper=True, date=True), ln("第{n}版 {sec}", page="{n}")]),
    [ln("{sec} {n}", page="{n}"), ln("{y}年{m}月{d}日", date=True)],
    front=[masthead("大众报"), "澳门出版", ln("{date} {wd} 农历{slunar}", date=True), "第{no:20000-20999}号 今日出纸{pages}张"])
_mc_bottom = furniture((0.5, ["编辑部电话：{motel} 广告部：{motel}"]), ["www.example.mo"], fields={"motel": _mc_phone})

_ld_top = furniture(
    (0.5, [ln("兰州大学报 {y}年{m}月{d}日", paper=True, date=True), ln("第{n}版 {sec}", page="{n}")]),
    [ln("{sec} {n}", page="{n}"), DATED, "责任编辑：{name} 学生编辑：{name}"],
    front=[masthead("兰州大学报"), "中共兰州大学委员会主办", ln("{date} {wd}", date=True),
           "第{no:10-30}期（总第{no:1400-1599}期） 本期{pages}版", "国内统一连续出版物号 CN 62-0000/(G)"])
_ld_bottom = furniture((0.5, ["校报编辑部 电话：{tel:0931} 投稿邮箱：xiaobao@example.cn"]),
                       ["地址：兰州市城关区某某路{no:100-999}号 邮编：730000"])

_qq_top = furniture(
    (0.5, [ln("齐齐哈尔日报·{sec}", paper=True), DATED, ln("{n}版", page="{n}")]),
    [ln("{n} {sec} {y}年{m}月{d}日", date=True, page="{n}"), "编辑 {name} 美编 {name}"],
    front=[masthead("齐齐哈尔日报"), "中共齐齐哈尔市委机关报", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:20000-20999}期 今日{pages}版 国内统一连续出版物号 CN 23-0000"])
_qq_bottom = furniture((0.5, ["新闻热线：{tel:0452} 发行热线：{tel:0452}"]), ["本报地址：齐齐哈尔市某某大街{no:10-99}号"])


@dataclasses.dataclass
class Fresh29Family(Fresh9Family):
    seed_stride: int = FRESH29_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh29Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh29Builder, justified=True,
                         **kw)


FRESH29_FAMILIES = [
    fam("hohhot_evening", "呼和浩特晚报", _xn_top, _xn_bottom, {by_xn: 1},
        brief_bylines={by_xn_brief: 1}, credits=(cr_xn,), width=(13, 19), blank={"para": 2, "every": 1},
        indent=0.3, letterspace=0.3, stray_spaces=0.03, doubled=0.15, displaced=0.2, caption_pool=XN_CAPTIONS,
        brief_pool=XN_BRIEFS, brief_pool_share=0.6, paper_outlet="呼和浩特晚报",
        labels={"column": ("青城快讯", "晚报速递"), "bullet": ("◆",), "photos": ("青城影像", "图片新闻")},
        plans=((["decklead", "xnweather", "bare"], {"front": True, "turn": 1}),
               (["continuation", "xnqa", "photo"], {"page": 2, "turn": 2}),
               (["photonews", "xngroup", "photo", "deck", "bare"], {"blank": "every"}),
               (["bare", "deck", "briefcol", "brief"], {"blank": "none", "turn": 0})),
        page_style="A", sections=("青城新闻", "城事", "民生")),
    fam("xinxi_statistics", "中国信息报", _xx_top, _xx_bottom, {by_xx: 1},
        brief_bylines={by_xx_brief: 1}, credits=(cr_xx,), width=(16, 24), blank={"para": 2, "none": 1},
        indent=0.5, letterspace=0.2, stray_spaces=0.02, displaced=0.2, caption_pool=XX_CAPTIONS, brief_pool=XX_BRIEFS,
        brief_pool_share=0.6, labels={"column": ("统计动态", "各地统计"), "bullet": ("■",)},
        plans=((["decklead", "xxfigures", "bare"], {"front": True}),
               (["continuation", "xxqa", "photo"], {"page": 2, "turn": 2}),
               (["deck", "xxcomment", "xxterms", "briefcol"], {"blank": "every", "turn": 1}),
               (["leadacross", "photo", "bare"], {"blank": "none", "turn": 0})),
        page_style="plain", sections=("要闻", "统计", "调查")),
    fam("fuqing_qiaoxiang", "福清侨乡报", _fq_top, _fq_bottom, {by_fq: 1},
        brief_bylines={by_fq_brief: 1}, credits=(cr_fq,), width=(14, 21), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.4, stray_spaces=0.03, displaced=0.15, caption_pool=FQ_CAPTIONS, brief_pool=FQ_BRIEFS,
        brief_pool_share=0.7, paper_outlet="福清侨乡报融媒体",
        labels={"column": ("侨乡动态", "镇街快讯"), "bullet": ("▲",), "photos": ("侨乡影像", "图片新闻")},
        plans=((["decklead", "fqseafood", "briefcol"], {"front": True, "turn": 1}),
               (["continuation", "fqnotice", "bare", "photo"], {"page": 2}),
               (["photonews", "fqgroup", "deck", "photo"], {"blank": "every", "group_credit": "本组图片由通讯员 {n} 摄"}),
               (["brief", "bare", "deck", "briefcol", "brief"], {"blank": "none", "turn": 2})),
        page_style="0", sections=("要闻", "镇街", "侨乡")),
    fam("haidian_district", "海淀报", _hd_top, _hd_bottom, {by_hd: 1},
        brief_bylines={by_hd_brief: 1}, credits=(cr_hd,), width=(12, 18), per_article_width=True,
        blank={"para": 1, "every": 2}, letterspace=0.4, stray_spaces=0.05, doubled=0.25, displaced=0.3,
        caption_pool=HD_CAPTIONS, brief_pool=HD_BRIEFS, brief_pool_share=0.6, paper_outlet="海淀报",
        labels={"column": ("街镇动态", "海淀快讯"), "bullet": ("◇",), "photos": ("图片新闻", "海淀视觉")},
        plans=((["deck", "hdevents", "photo"], {}),
               (["hdqa", "bare", "brief"], {"blank": "every", "turn": 1}),
               (["leadacross", "brief", "photo"], {"blank": "none", "turn": 2}),
               (["photonews", "hdgroup", "deck", "bare"], {"turn": 0})),
        page_style="plain", sections=("区域新闻", "街镇", "民生")),
    fam("dazhong_macao", "大众报", _mc_top, _mc_bottom, {by_mc: 1},
        brief_bylines={by_mc_brief: 1}, credits=(cr_mc,), width=(12, 18), blank={"para": 2, "none": 1},
        indent=0.2, letterspace=0.1, stray_spaces=0.03, doubled=0.1, displaced=0.25, caption_pool=MC_CAPTIONS,
        brief_pool=MC_BRIEFS, brief_pool_share=0.7, labels={"column": ("澳闻速递", "社区点滴"), "bullet": ("★",)},
        plans=((["deck", "mcports", "bare"], {"front": True, "turn": 2}),
               (["mcqa", "briefpair"], {"turn": 0}),
               (["deck", "mcweather", "mccomment", "briefcol"], {"blank": "every", "turn": 1}),
               (["photonews", "photo", "deck", "photo", "brief"], {"blank": "none"})),
        page_style="A", sections=("澳闻", "要闻", "社会")),
    fam("lanzhou_university", "兰州大学报", _ld_top, _ld_bottom, {by_ld: 1},
        brief_bylines={by_ld_brief: 1}, credits=(cr_ld,), width=(16, 24), blank={"para": 2, "every": 1},
        indent=0.5, letterspace=0.3, stray_spaces=0.02, doubled=0.1, displaced=0.15, weekday_no=2,
        caption_pool=LD_CAPTIONS, brief_pool=LD_BRIEFS, brief_pool_share=0.6, paper_outlet="本报",
        labels={"column": ("萃英快讯", "院系动态"), "bullet": ("◎",), "photos": ("萃英影像", "图片新闻")},
        plans=((["decklead", "ldquota", "bare"], {"front": True, "turn": 2}),
               (["continuation", "ldqa", "photo"], {"page": 2}),
               (["photonews", "ldgroup", "deck", "photo", "brief"],
                {"blank": "every", "turn": 1, "group_credit": "本组图片由学生记者 {n} 摄"}),
               (["deck", "ldcalendar", "ldcomment", "briefcol", "bare"], {"blank": "none", "turn": 0})),
        page_style="cn", sections=("综合新闻", "学术科研", "校园生活")),
    fam("qiqihar_daily", "齐齐哈尔日报", _qq_top, _qq_bottom, {by_qq: 1},
        brief_bylines={by_qq_brief: 1}, credits=(cr_qq,), width=(15, 22), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.02, displaced=0.2, caption_pool=QQ_CAPTIONS, brief_pool=QQ_BRIEFS,
        brief_pool_share=0.6, paper_outlet="齐齐哈尔日报全媒体",
        labels={"column": ("鹤城快讯", "县区传真"), "bullet": ("●",), "photos": ("鹤城影像", "图片新闻")},
        plans=((["decklead", "qqgrain", "bare"], {"front": True, "turn": 0}),
               (["continuation", "qqqa", "qqweather"], {"page": 2, "turn": 1}),
               (["leadacross", "bare", "briefphoto"], {"blank": "none", "turn": 2}),
               (["photonews", "qqgroup", "deck", "briefcol"], {"blank": "every"})),
        page_style="A0", sections=("要闻", "县区", "农业")),
]
