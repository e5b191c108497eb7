"""A thirtieth set of blind development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator on these pages.  Seven papers the corpus had not imitated, of seven kinds the corpus has
few of (checked by name against the development builders and gold, and against the held-back set only with
a script that names this set's families whose paper a held-back page also has): a prefecture paper of Hunan,
the Yellow River's water-resources paper, a county-level city paper of Jiangsu, a provincial legal paper of
Sichuan, the evening paper of Heilongjiang's capital, a national children's paper and a Sydney Chinese paper.  Every
family wraps its columns by width (`justified`: a line of digits or Latin letters holds more characters than
one of ideographs), captions and box rows too.  Nearly every page carries a story that keeps its section
headings under a deck (its subtitle) or a long kicker, beside a photo or a brief that may be unsigned.  Each
page of a family follows one of four page plans, of varied kinds: a page of several short items with no
blank line between them, a page carried by a long interview (the guest's name as the answer label, or
问/答), a page of photo news (a label over one large photo, then small ones and a numbered group, each
credited), a page whose lead is read across two columns with a brief and ends in a jump line; byline and
credit forms take turns across a family's pages.

* `changde_daily` 常德日报 (a prefecture of Hunan): 中共常德市委机关报, 农历 and `第N期`; a lead with a jump line and
  **page 2 carrying it on**; `常德日报全媒体记者 X`, `全媒体记者 X 通讯员 Y`, `记者 X 文/图`; briefs glued
  `本报讯（通讯员 X）` or closed by `（某某区融媒体中心 X）`; **常德天气 boxes** of days (`今天 多云 24℃～31℃ 东南风3级`);
  a **停水通知 notice** (a 0736 phone); a numbered photo group; ◆ 区县市传真; a page of short items with no blank
  line.
* `huanghe_water` 黄河报 (the Yellow River Conservancy Commission's paper): `YELLOW RIVER NEWS`, its 主管主办 line,
  农历; a lead with a jump line and page 2 carrying it on; `本报记者 X`, `特约记者 X 通讯员 Y`, `□通讯员 X Y`;
  briefs glued `本报讯（通讯员 X）` or closed by a river bureau and the name `（某某河务局 X）`; **黄河水情 tables**
  (`花园口 1320 92.15`, `数据来源：…`); **防汛知识 boxes** of rows; an interview with a hydrologist (`记者：` / his
  name); 治河论坛 pieces with an `（作者单位：…）` note; a lead read across with a brief.
* `taicang_daily` 太仓日报 (a county-level city of Suzhou): 中共太仓市委机关报 and 农历; `记者 X`, `太仓日报记者 X
  通讯员 Y`, `记者 X 文/图`, `实习生 X 记者 Y`; briefs glued `本报讯（记者 X）` on their line or closed by a town and the
  name `（沙溪镇 X）`; **港口生产 tables** (`集装箱吞吐量 68.2 +5.1%`, `数据来源：…`); a **停水通知 notice** (a 0512
  phone); a photo-news page with a numbered group credited `本组图片由记者 X 摄`; ▲ 镇区动态; a page of short items
  with no blank line; a lead read across with a brief and a photo.
* `sichuan_fazhi` 四川法治报 (Sichuan's legal paper): columns of 13–19 ems set per story, a blank line after every
  line on some pages, stray spaces, doubled-glyph and displaced headlines; `四川法治报全媒体记者 X`, `记者 X 实习生
  Y`, `通讯员 X 记者 Y`; briefs closed by a court and the name `（某某县人民法院 X）` or glued `本报讯（通讯员 X）`;
  **法律提示 boxes** of rows; a **开庭公告 notice** (a 028 phone); a lawyer's Q&A (`记者：` / the lawyer's name);
  法治评论 pieces with an `（作者系…）` note; ■ 政法简讯; a lead read across with a brief.
* `harbin_evening` 哈尔滨晚报 (Heilongjiang, the capital's evening paper): `HARBIN EVENING NEWS`, 农历, A-numbered
  pages; a lead under its deck ending in a jump line; `哈尔滨晚报记者 X`,
  `晚报记者 X 摄影报道`, `本报记者 X 实习生 Y`; briefs closed by `（晚报记者 X）` or glued `本报讯（记者 X）`;
  **冰城天气 boxes** of days; **景区客流 boxes**; an interview (`哈尔滨晚报：` or `记者：` / the guest's name); a photo-news page
  (冰城影像) with a numbered group; ★ 冰城快讯; a page of short items with no blank line.
* `ertong_weekly` 中国儿童报 (the national children's paper, dated Wednesdays): 中国少年儿童新闻出版总社主办,
  `第N期`, no 农历; `本报记者 X`, `小记者 X（某某小学五年级）`, `X 文/图`; briefs closed by `（小记者 X）` or glued
  `本报讯（记者 X）`; **知识卡片 boxes** of rows; a **征稿启事 notice** (a 010 phone); an interview with a scientist
  (`小记者：` / his name); a photo-news page with a numbered group; ☆ 校园传真.
* `aozhou_xinbao` 澳洲新报 (Sydney): `悉尼出版`, Australian phones `(02) 9XXX XXXX`; `本报记者 X 悉尼报道`, glued
  `【本报讯】` naming no one, `记者 X 综合报道`; briefs closed by `（记者 X）` or glued `【本报讯】`; **汇率行情 tables**
  (`澳元兑人民币 4.79 +0.02`, `数据来源：…`); **悉尼天气 boxes**; Q&A `本报：` / the guest's name; 澳洲论坛 pieces with
  an `（作者为…）` note; a photo-news page; ● 华社动态; two briefs read across.

Gold conventions are those of the README; new here: a 黄河水情 / 港口生产 / 汇率行情 table is an `infobox` (its
label the kicker, the column-header row its first row), its `数据来源` line a `credit`; a 常德天气 / 防汛知识 / 法律提示 /
冰城天气 / 景区客流 / 知识卡片 / 悉尼天气 box is an `infobox` titled with its label, or with the label as kicker when
a title follows; a 停水通知 / 开庭公告 / 征稿启事 notice is an `infobox` whose issuer and date are bylines and which
names no one; `记者 X 文/图`, `X 文/图` and `晚报记者 X 摄影报道` make X author and photographer; `小记者 X（某某小学五年级）`
names X; `【本报讯】` names no one (an item opening it is a `brief` under 800 body characters with no section
heading, as one opening `本报讯` is); `（某某区融媒体中心 X）`, `（某某河务局 X）`,
`（沙溪镇 X）` and `（某某县人民法院 X）` name X; `（资料图片）`, `新华社发` and unit-supplied pictures name no
photographer; a short item printed with no byline at all is an `article`; the photo-news labels, the 治河论坛 /
法治评论 / 澳洲论坛 labels and the column names are furniture.

Seeds: FRESH30_SEED_BASE + FRESH30_SEED_STRIDE*family + 1_000*attempt + n (41_060_001 .. 41_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (captions,
photo groups, briefs, rows, notices, questions, titles and notes); names, figures, phone numbers and
addresses are made up.
"""
from __future__ import annotations

import dataclasses

from fresh_layouts_5 import _credit_turns
from fresh_layouts_9 import Fresh9Family
from fresh_layouts_26 import Fresh26Builder
from fresh_layouts_28 import Fresh28Builder
from fresh_layouts_29 import Fresh29Builder
from layout_kit import DATED, TRAIL, Above, Form, chosen, furniture, ln, masthead, opt, turns

FRESH30_SEED_BASE = 41_000_000
FRESH30_SEED_STRIDE = 60_000

# --------------------------------------------------------------------------- filler (written for this corpus)

CD_UNITS = ("某某区融媒体中心", "某某县融媒体中心", "某某市委宣传部", "某某区委宣传部")
CD_DAYS = ("今天", "明天", "后天")
CD_SKIES = ("多云", "晴", "阴转小雨", "多云转阵雨", "雷阵雨")
CD_NOTICE = ("停水通知",
             "因城区供水管网改造施工，需对部分区域暂停供水，现将有关事项通知如下：",
             ["停水时间：{a}9:00至21:00", "停水范围：武陵区某某路沿线及某某小区", "恢复供水时水质可能短时浑浊，请放水片刻后使用"],
             "请广大用户提前做好储水准备。由此带来的不便，敬请谅解。服务热线：{p}",
             "常德市某某供水有限公司")
CD_GROUPS = [
    ("柳叶湖畔的夏夜", ["①市民在湖畔栈道上散步纳凉。", "②孩子们在音乐喷泉前嬉戏。", "③游船在夜色中缓缓驶过。"]),
    ("洞庭湖区早稻开镰", ["①收割机在稻田里来回作业。", "②农户把新收的稻谷装车。", "③烘干中心里工人在查看稻谷。"]),
]
CD_CAPTIONS = [("穿紫河风光带，游客乘船游览。", "水上风光"), ("桃花源景区，游客在古镇街巷里漫步。", ""),
               ("常德河街，市民在品尝本地米粉。", "老街烟火"), ("一家纺织企业车间里，工人在检查布匹。", "")]
CD_BRIEFS = [
    ("城区新增两处口袋公园", "近日，城区两处口袋公园完工开放，为周边居民提供休闲去处。"),
    ("农家书屋开展暑期阅读活动", "日前，一个村的农家书屋开展暑期阅读活动，吸引不少孩子参加。"),
    ("公交线路优化调整", "本月起，两条公交线路优化调整，新增站点方便沿线居民出行。"),
]

HH_UNITS = ("某某河务局", "某某水文站", "某某黄河河务局", "某某水利枢纽管理中心")
HH_STATIONS = (("花园口", 1320, 92.15), ("利津", 860, 12.40), ("潼关", 1050, 327.8), ("头道拐", 620, 987.3),
               ("小浪底", 1800, 136.2), ("高村", 1200, 61.9))
HH_TIPS = [
    ["汛期远离河道滩区，不在河边戏水", "听到预警信息要及时转移", "不要在堤坝上停留观看洪水"],
    ["河道巡查要做到雨中和雨后加密", "发现渗水管涌及时上报", "抢险物料要提前备足到位"],
]
HH_QUESTIONS = ["今年汛期的来水有什么特点？", "水文测报手段有哪些新变化？", "夜里值守最难的是什么？",
                "怎样做好洪水预报？", "对年轻水文人有什么嘱咐？"]
HH_TITLES = ["守好黄河安澜这条底线", "节水要从每一方水算起", "让河湖长制落到基层"]
HH_NOTES = ("（作者单位：某某河务局）", "（作者单位：某某水文水资源局）", "（作者系某某大学水利学院教授）")
HH_CAPTIONS = [("花园口河段，工作人员在开展水文测验。", "河上测流"), ("滩区群众在新建的村台上晾晒粮食。", ""),
               ("小浪底水库调水调沙，泄洪洞喷涌而出。", "调水调沙"), ("河务职工在坝垛上巡查。", "")]
HH_BRIEFS = [
    ("防汛抢险演练举行", "近日，一个河务局组织防汛抢险演练，检验队伍实战能力。"),
    ("水土保持示范园开园", "日前，一处水土保持科技示范园开园，面向公众开放。"),
    ("节水宣传走进校园", "近日，一支节水宣传队走进中学，为学生讲解节水知识。"),
]

TC_TOWNS = ("沙溪镇", "浏河镇", "璜泾镇", "双凤镇", "城厢镇", "科教新城")
TC_PORT = (("集装箱吞吐量", 68.2, "万标箱"), ("货物吞吐量", 1210.5, "万吨"), ("外贸货物吞吐量", 540.3, "万吨"),
           ("近洋航线", 42.0, "条"), ("港口进出船舶", 3.6, "千艘次"))
TC_NOTICE = ("停水通知",
             "因主干供水管道接驳施工，需对部分区域暂停供水，具体如下：",
             ["停水时间：{a}8:00至18:00", "停水范围：城厢镇某某路以东、某某路以南区域", "如施工提前完成，将提前恢复供水"],
             "请相关用户做好储水准备。咨询电话：{p}",
             "太仓市某某水务有限公司")
TC_GROUPS = [
    ("浏河古镇迎暑期", ["①游客在古镇老街上拍照。", "②孩子们在江边体验传统渔具。", "③非遗艺人现场演示江南丝竹。"]),
    ("沙溪古镇的清晨", ["①河埠头边居民在洗菜。", "②早点铺前排起了长队。", "③老人们在廊棚下喝早茶。"]),
]
TC_CAPTIONS = [("太仓港集装箱码头，桥吊正在作业。", "港口繁忙"), ("金仓湖公园，市民在湖边骑行。", ""),
               ("一家德资企业车间里，工人在装配零部件。", "精工制造"), ("现代农业园里，农技员在查看水稻长势。", "")]
TC_BRIEFS = [
    ("社区开设四点半课堂", "近日，一个社区开设四点半课堂，为双职工家庭解决接送难题。"),
    ("郊野公园完成提升", "日前，一处郊野公园完成提升改造，新增步道和休憩点。"),
    ("夜间图书馆开放", "本月起，一处城市书房延长开放至晚上十点。"),
]

SF_COURTS = ("某某县人民法院", "某某区人民检察院", "某某市中级人民法院", "某某县公安局")
SF_TIPS = [
    ["签订租房合同前核实房东身份和房产证明", "押金和租金最好通过银行转账支付", "退租时双方当面交接并留存凭证"],
    ["不轻信高额回报的投资广告", "不向陌生账户转账汇款", "遇到可疑情况拨打报警电话"],
    ["网购时保存好聊天记录和订单截图", "收货时当面验货再签收", "发生纠纷可向消费者协会投诉"],
]
SF_NOTICE = ("开庭公告",
             "本院将公开开庭审理一起买卖合同纠纷案件，现将有关事项公告如下：",
             ["开庭时间：{a}上午9时", "开庭地点：本院第三法庭", "案件当事人：某某公司与某某商贸有限公司",
              "旁听人员请携带有效身份证件"],
             "如需了解庭审安排，请致电本院立案庭：{p}",
             "某某县人民法院")
SF_QUESTIONS = ["租房时押金不退，租客该怎么办？", "朋友借钱不还，打官司要准备哪些证据？", "网购买到假货能要求几倍赔偿？",
                "遇到电信诈骗，第一时间应该做什么？", "邻里纠纷能不能先找人民调解？"]
SF_TITLES = ["让群众在家门口解决纠纷", "普法要走进田间地头", "用法治守护平安"]
SF_NOTES = ("（作者系某某县人民法院法官）", "（作者系某某律师事务所律师）", "（作者单位：某某区司法局）")
SF_CAPTIONS = [("巡回法庭在村委会开庭审理案件。", "法庭进村"), ("检察官在社区开展普法宣传。", ""),
               ("民警在路口指挥交通。", "护航出行"), ("调解员在调解室里为双方调解纠纷。", "")]
SF_BRIEFS = [
    ("法律服务进社区", "近日，一个区司法局组织律师走进社区，为居民提供免费法律咨询。"),
    ("法院集中执行兑现", "日前，一家基层法院开展集中执行行动，兑现当事人案款。"),
    ("禁毒宣传进校园", "近日，一支禁毒宣传队走进中学，为学生讲解毒品危害。"),
]

HB_DAYS = ("今天", "明天", "后天")
HB_SKIES = ("晴", "多云", "多云转阵雨", "雷阵雨", "晴转多云")
HB_SCENIC = (("太阳岛风景区", 3.4), ("中央大街", 6.2), ("松花江江畔", 4.1), ("哈尔滨极地公园", 1.6), ("伏尔加庄园", 1.1))
HB_QUESTIONS = ["当初为什么在道里开这家红肠店？", "熏制红肠有什么讲究？", "旅游旺季生意有什么变化？",
                "怎样把老手艺传给年轻人？", "下一步还有什么打算？"]
HB_GROUPS = [
    ("冰城的夏夜", ["①市民在江畔的步道上骑行。", "②孩子们在广场上放风筝。", "③游客在老街品尝格瓦斯。"]),
    ("太阳岛上的花海", ["①游客在花田里拍照。", "②蜜蜂在花丛中采蜜。", "③摄影爱好者登高取景。"]),
]
HB_CAPTIONS = [("防洪纪念塔广场，市民在江边纳凉。", "冰城清凉"), ("中央大街上，游客在品尝冰棍。", ""),
               ("松花江畔，晨练的市民在打太极拳。", "江畔晨光"), ("哈尔滨西站，旅客有序进站乘车。", "")]
HB_BRIEFS = [
    ("两条公交线路开通夜班车", "即日起，两条公交线路开通夜班车，方便市民夜间出行。"),
    ("社区开设暑期托管班", "近日，一个社区开设暑期托管班，为孩子们提供学习辅导。"),
    ("菜市场完成升级改造", "日前，一处菜市场完成升级改造，摊位整洁有序。"),
]

SN_SCHOOLS = ("某某小学五年级", "某某实验小学四年级", "某某小学六年级", "某某学校三年级")
SN_CARDS = [
    ["蜜蜂靠跳舞告诉同伴花蜜在哪里", "蜗牛用腹足爬行会留下黏液", "萤火虫的光几乎不发热"],
    ["月球上没有空气也没有声音", "火星的土壤呈红色是因为含铁", "一颗流星大多只有沙粒那么大"],
    ["青蛙小时候用鳃呼吸", "向日葵的花盘会跟着太阳转", "章鱼有三颗心脏"],
]
SN_NOTICE = ("征稿启事",
             "为展示少年儿童的课余生活，本报即日起面向全国小学生征集作品，有关事项如下：",
             ["征稿对象：全国小学一至六年级学生", "作品类型：作文、日记、绘画、摄影", "截稿日期：{b}"],
             "来稿请注明姓名、学校、年级和指导老师。咨询电话：{p}",
             "中国儿童报编辑部")
SN_QUESTIONS = ["您小时候最喜欢的科学问题是什么？", "做实验失败了怎么办？", "怎样才能当上科学家？",
                "宇宙里真的有外星人吗？", "想对小读者说些什么？"]
SN_GROUPS = [
    ("我们的快乐暑假", ["①同学们在科技馆体验互动展项。", "②少先队员在社区开展志愿服务。", "③小朋友在田里学习插秧。"]),
    ("校园里的运动会", ["①同学们在跳绳比赛中一展身手。", "②接力赛跑到了最后一棒。", "③老师为获奖同学颁奖。"]),
]
SN_CAPTIONS = [("少先队员在烈士纪念碑前敬献花篮。", "缅怀先烈"), ("同学们在图书角安静地读书。", ""),
               ("小朋友在科学课上观察植物。", "小小观察家"), ("同学们在操场上做广播体操。", "")]
SN_BRIEFS = [
    ("小学生科技节开幕", "近日，一所小学举办科技节，同学们展示了自己的小发明。"),
    ("少先队员走进消防站", "日前，一群少先队员走进消防站，学习消防安全知识。"),
    ("暑期阅读打卡活动启动", "近日，一项暑期阅读打卡活动启动，鼓励同学们每天读书。"),
]

AZ_RATES = (("澳元兑人民币", 4.79), ("澳元兑美元", 0.66), ("澳元兑港元", 5.18), ("澳元兑纽元", 1.09), ("澳元兑日元", 104.5))
AZ_DAYS = ("今日", "明日", "后日")
AZ_SKIES = ("晴", "多云", "阵雨", "大致天晴")
AZ_QUESTIONS = ["当初为什么选择来悉尼创业？", "华人社区这些年有哪些变化？", "年轻一代对中文学习有兴趣吗？",
                "经营中遇到过什么难处？", "对新移民有什么建议？"]
AZ_TITLES = ["华人社区要发出更多声音", "中文教育需要长远规划", "让下一代记得自己的根"]
AZ_NOTES = ("（作者为某某大学讲师）", "（作者为资深社区工作者）", "（作者为某某华人社团会长）")
AZ_CAPTIONS = [("悉尼歌剧院前，游客在拍照留念。", "海港风光"), ("唐人街上，市民在选购年货。", ""),
               ("达令港，市民在海边散步。", "冬日暖阳"), ("华人社团在社区中心举办书法展。", "")]
AZ_BRIEFS = [
    ("华人社团举办健康讲座", "日前，一个华人社团举办健康讲座，吸引不少长者参加。"),
    ("社区图书馆增设中文书架", "一所社区图书馆近日增设中文书架，方便华人读者借阅。"),
    ("中文学校举办朗诵比赛", "近日，一所周末中文学校举办朗诵比赛，学生踊跃参赛。"),
]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_cd = chosen(Above("常德日报全媒体记者 {0!l}"), Above("全媒体记者 {0!l} 通讯员 {1}", 2),
               Above("记者 {0!l} 文/图", photo=True), turn="by", drawn=2)
by_cd_brief = turns(Form("本报讯（通讯员 {0}）"), Form("（{c0} {0}）", choices=(CD_UNITS,), **TRAIL))

by_hh = chosen(Above("本报记者 {0!l}"), Above("特约记者 {0!l} 通讯员 {1}", 2), Above("□通讯员 {0} {1}", 2),
               turn="by", drawn=2)
by_hh_brief = turns(Form("（{c0} {0}）", choices=(HH_UNITS,), **TRAIL), Form("本报讯（通讯员 {0}）"))

by_tc = chosen(Above("记者 {0!l}"), Above("太仓日报记者 {0!l} 通讯员 {1}", 2), Above("记者 {0!l} 文/图", photo=True),
               Above("实习生 {0} 记者 {1!l}", 2), turn="by", drawn=2)
by_tc_brief = turns(Form("本报讯（记者 {0}）", line_share=0.6), Form("（{c0} {0}）", choices=(TC_TOWNS,), **TRAIL))

by_sf = chosen(Above("四川法治报全媒体记者 {0!l}"), Above("记者 {0!l} 实习生 {1}", 2), Above("通讯员 {0} 记者 {1!l}", 2),
               turn="by", drawn=2)
by_sf_brief = turns(Form("（{c0} {0}）", choices=(SF_COURTS,), **TRAIL), Form("本报讯（通讯员 {0}）"))

by_hb = chosen(Above("哈尔滨晚报记者 {0!l}"), Above("晚报记者 {0!l} 摄影报道", photo=True), Above("本报记者 {0!l} 实习生 {1}", 2),
               turn="by", drawn=2)
by_hb_brief = turns(Form("（晚报记者 {0}）", **TRAIL), Form("本报讯（记者 {0}）"))

by_sn = chosen(Above("本报记者 {0!l}"), Above("小记者 {0}（{c0}）", choices=(SN_SCHOOLS,)), Above("{0!l} 文/图", photo=True),
               turn="by")
by_sn_brief = turns(Form("（小记者 {0}）", **TRAIL), Form("本报讯（记者 {0}）"))

# 【本报讯】 is the paper's own dateline as 本报讯 is: a short item opening with it is a brief (README conventions)
by_az = chosen(Above("本报记者 {0!l} 悉尼报道"), Form("【本报讯】", 0), Above("记者 {0!l} 综合报道"), turn="by")
by_az_brief = turns(Form("（记者 {0}）", **TRAIL), Form("【本报讯】", 0))


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


cr_cd = _credit_turns(("常德日报全媒体记者 {n} 摄", "（{n} 摄）", "（资料图片）"))
cr_hh = _credit_turns(("本报记者 {n} 摄", "（某某河务局供图）", "通讯员 {n} 摄"))
cr_tc = _credit_turns(("记者 {n} 摄", "（浏河镇供图）", "通讯员 {s}/摄"))
cr_sf = _credit_turns(("记者 {n} 摄", "（某某县人民法院供图）", "（资料图片）"))
cr_hb = _credit_turns(("哈尔滨晚报记者 {n} 摄", "晚报记者 {s}/摄", "新华社发"))
cr_sn = _credit_turns(("本报记者 {n} 摄", "（学校供图）", "小记者 {n} 摄"))
cr_az = _credit_turns(("本报记者 {n} 摄", "（资料图片）", "（{n} 摄）"))


# --------------------------------------------------------------------------- builder


class Fresh30Builder(Fresh29Builder, Fresh28Builder, Fresh26Builder):

    def days_box(self, labels, days, skies, lows, spread, title):
        """A weather box of the coming days, titled with `title` half the time."""
        rows = self.weather_rows(days[:self.rng.choice((2, 3))], skies, lows, spread)
        return self.rows_box(labels, rows, title=title if self.rng.random() < 0.5 else "")

    # -------------------------------------------------------------- 常德日报

    def slot_cdweather(self):
        return self.days_box(("常德天气", "天气预报"), CD_DAYS, CD_SKIES, (22, 26), (5, 9), "未来三天天气")

    def slot_cdnotice(self):
        return self.notice_of(CD_NOTICE, "0736")

    def slot_cdgroup(self):
        return self.group(CD_GROUPS)

    # -------------------------------------------------------------- 黄河报

    def slot_hhflow(self):
        rows = self.sampled_rows(HH_STATIONS, lambda rng, station, flow, level:
                                 f"{station} {flow * rng.randrange(80, 121) // 100} {level + rng.randrange(-50, 51) / 100:.2f}")
        return self.price_table(("黄河水情", "水情速递"), "干流主要水文站昨日8时水情",
                                ("站名 流量（立方米每秒） 水位（米）", "水文站 流量 水位"), rows,
                                ("数据来源：黄河水利委员会水文局", "数据来源：本报数据室"))

    def slot_hhtips(self):
        return self.tips(("防汛知识", "安全提示"), HH_TIPS, title="汛期安全记心间" if self.rng.random() < 0.5 else "")

    def slot_hhqa(self):
        return self.staff_qa(HH_QUESTIONS, "记者：")

    def slot_hhcomment(self):
        return self.signed_piece(HH_TITLES, HH_NOTES, ("治河论坛", "治 河 论 坛"), ("■", "文/"))

    # -------------------------------------------------------------- 太仓日报

    def slot_tcport(self):
        rows = self.sampled_rows(TC_PORT, lambda rng, name, value, unit:
                                 f"{name} {value * rng.randrange(90, 111) / 100:.1f}{unit} {rng.randrange(-30, 91) / 10:+.1f}%",
                                 (3, 4))
        return self.price_table(("港口生产", "港口快报"), "太仓港1月—5月主要生产指标",
                                ("指标 完成量 同比", "项目 累计 增幅"), rows,
                                ("数据来源：太仓港口管理委员会", "数据来源：某某港务集团"))

    def slot_tcnotice(self):
        return self.notice_of(TC_NOTICE, "0512")

    def slot_tcgroup(self):
        return self.group(TC_GROUPS)

    # -------------------------------------------------------------- 四川法治报

    def slot_sftips(self):
        return self.tips(("法律提示", "以案释法"), SF_TIPS, title="法官提醒" if self.rng.random() < 0.5 else "")

    def slot_sfnotice(self):
        return self.notice_of(SF_NOTICE, "028")

    def slot_sfqa(self):
        return self.staff_qa(SF_QUESTIONS, "记者：")

    def slot_sfcomment(self):
        return self.signed_piece(SF_TITLES, SF_NOTES, ("法治评论", "法 治 评 论"), ("□", "文/"))

    # -------------------------------------------------------------- 哈尔滨晚报

    def slot_hbweather(self):
        return self.days_box(("冰城天气", "天气预报"), HB_DAYS, HB_SKIES, (16, 20), (8, 12), "午后有雷阵雨 出行带伞")

    def slot_hbscenic(self):
        rows = self.sampled_rows(HB_SCENIC, lambda rng, spot, visits:
                                 f"{spot} 接待游客{visits * rng.randrange(80, 121) / 100:.2f}万人次", (3, 4))
        return self.rows_box(("景区客流", "旅游播报"), rows, title="周末主要景区接待情况" if self.rng.random() < 0.5 else "")

    def slot_hbqa(self):
        return self.staff_qa(HB_QUESTIONS, ("哈尔滨晚报：", "记者："))

    def slot_hbgroup(self):
        return self.group(HB_GROUPS)

    # -------------------------------------------------------------- 中国儿童报

    def slot_sncards(self):
        return self.tips(("知识卡片", "你知道吗"), SN_CARDS, title="身边的科学" if self.rng.random() < 0.5 else "")

    def slot_snnotice(self):
        return self.notice_of(SN_NOTICE, "010")

    def slot_snqa(self):
        return self.staff_qa(SN_QUESTIONS, "小记者：")

    def slot_sngroup(self):
        return self.group(SN_GROUPS)

    # -------------------------------------------------------------- 澳洲新报

    def slot_azrates(self):
        rows = self.sampled_rows(AZ_RATES, lambda rng, pair, rate:
                                 f"{pair} {rate * rng.randrange(97, 104) / 100:.2f} {rng.randrange(-5, 6) / 100:+.2f}", (3, 4))
        return self.price_table(("汇率行情", "外汇牌价"), "昨日澳元主要汇率",
                                ("币种 汇率 涨跌", "货币 中间价 比前日"), rows,
                                ("数据来源：某某银行悉尼分行", "数据来源：本报财经组"))

    def slot_azweather(self):
        return self.days_box(("悉尼天气", "天气预报"), AZ_DAYS, AZ_SKIES, (7, 11), (8, 12), "本周天气多变 注意添衣")

    def slot_azqa(self):
        return self.staff_qa(AZ_QUESTIONS, "本报：")

    def slot_azcomment(self):
        return self.signed_piece(AZ_TITLES, AZ_NOTES, ("澳洲论坛", "华人视角"), ("文/", "■"))


# --------------------------------------------------------------------------- furniture


def _au_phone(ctx):
    return f"(02) 9{ctx.rng.randrange(100, 999)} {ctx.rng.randrange(1000, 9999)}"


_cd_top = furniture(
    (0.5, [ln("{n:02d}", page="{n:02d}"), ln("常德日报 {sec}", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True)]),
    [ln("{sec}·{n:02d}版", page="{n:02d}"), DATED, "责任编辑 {name} 版式 {name} 校对 {name}"],
    front=[masthead("常德日报"), "中共常德市委机关报", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:14000-14999}期 今日{pages}版 国内统一连续出版物号 CN 43-0000"])
_cd_bottom = furniture((0.5, ["新闻热线：{tel:0736} 常德日报全媒体中心"]), ["地址：常德市武陵区某某路{no:10-99}号"])

_hh_top = furniture(
    (0.5, [ln("黄河报 {sec}", paper=True), ln("{y}年{m}月{d}日 {wd} 第{n}版", date=True, page="{n}")]),
    [ln("第{n}版", page="{n}"), ln("{sec} {date}", date=True), "本版责编：{name}"],
    front=[masthead("黄河报"), "YELLOW RIVER NEWS", "黄河水利委员会主管主办", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:5000-5999}期 今日{pages}版 国内统一连续出版物号 CN 41-0000"])
_hh_bottom = furniture((0.5, ["编辑部电话：{tel:0371} 投稿邮箱：hhb@example.cn"]), ["本报地址：郑州市金水区某某路{no:10-99}号"])

_tc_top = furniture(
    (0.5, [ln("太仓日报", paper=True), ln("{sec} {n}", page="{n}"), ln("{y}.{m}.{d} {wd}", date=True)]),
    [ln("{n}版·{sec} 太仓日报 {date}", paper=True, date=True, page="{n}")],
    front=[masthead("太仓日报"), "中共太仓市委机关报", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:9000-9999}期 今日{pages}版 国内统一连续出版物号 CN 32-0000"])
_tc_bottom = furniture((0.5, ["新闻热线：{tel:0512} 发行热线：{tel:0512}"]),
                       ["编辑 {name} 校对 {name}", opt(0.5, ["太仓日报社 太仓市某某路{no:10-99}号"])])

_sf_top = furniture(
    (0.4, [ln("四川法治报", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True), ln("{n} {sec}", page="{n}")]),
    (0.75, [ln("{sec} | 第{n}版 | {date}", date=True, page="{n}"), "主编 {name} 编辑 {name}"]),
    [])
_sf_bottom = furniture((0.5, [ln("四川法治报新闻热线 {tel:028}", paper=True)]), ["美编 {name} 校对 {name}"])

_hb_top = furniture(
    (0.5, [ln("A{n}", page="A{n}"), ln("{sec} 哈尔滨晚报", paper=True), ln("{y}年{m}月{d}日 {wd}", date=True)]),
    [ln("哈尔滨晚报·{sec} {date} A{n}", paper=True, date=True, page="A{n}"), "首席编辑 {name} 美编 {name}"],
    front=[masthead("哈尔滨晚报"), "HARBIN EVENING NEWS", ln("{date} {wd} 农历{slunar}", date=True),
           "第{no:11000-11999}期 今日{pages}版 国内统一连续出版物号 CN 23-0000"])
_hb_bottom = furniture((0.5, ["哈尔滨晚报热线 {tel:0451}", "扫码关注哈尔滨晚报"]), ["投稿邮箱：hrbwb@example.cn"])

_sn_top = furniture(
    (0.5, [ln("中国儿童报 {sec}", paper=True), ln("第{n}版", page="{n}"), DATED]),
    [ln("{n} {sec} {y}年{m}月{d}日", date=True, page="{n}")],
    front=[masthead("中国儿童报"), "中国少年儿童新闻出版总社主办", ln("{date} {wd}", date=True),
           "第{no:2000-2999}期 本期{pages}版 国内统一连续出版物号 CN 11-0000"])
_sn_bottom = furniture((0.5, ["本版编辑：{name} 小编热线：{tel:010}"]), ["投稿邮箱：zgetb@example.cn"])

_az_top = furniture(
    (0.5, [ln("澳洲新报 {date} {wd}", paper=True, date=True), ln("{sec} 第{n}版", page="{n}")]),
    [ln("{n} {sec}", page="{n}"), ln("{y}年{m}月{d}日", date=True)],
    front=[masthead("澳洲新报"), "悉尼出版", ln("{date} {wd}", date=True), "第{no:9000-9999}号 今日出纸{pages}张"])
_az_bottom = furniture((0.5, ["编辑部电话：{autel} 广告部：{autel}"]), ["www.example.com.au"], fields={"autel": _au_phone})


@dataclasses.dataclass
class Fresh30Family(Fresh9Family):
    seed_stride: int = FRESH30_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh30Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh30Builder, justified=True,
                         **kw)


FRESH30_FAMILIES = [
    fam("changde_daily", "常德日报", _cd_top, _cd_bottom, {by_cd: 1},
        brief_bylines={by_cd_brief: 1}, credits=(cr_cd,), width=(15, 22), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.02, displaced=0.2, caption_pool=CD_CAPTIONS, brief_pool=CD_BRIEFS,
        brief_pool_share=0.6, paper_outlet="常德日报全媒体",
        labels={"column": ("区县市传真", "常德快讯"), "bullet": ("◆",), "photos": ("图片新闻", "桃花源影像")},
        plans=((["decklead", "cdweather", "brief"], {"front": True, "turn": 1}),
               (["continuation", "cdnotice", "photo", "bare"], {"page": 2}),
               (["bare", "brief", "deck", "briefcol"], {"blank": "none", "turn": 2}),
               (["cdgroup", "deck", "photo"], {"blank": "every", "turn": 0})),
        page_style="0", sections=("要闻", "区县市", "民生")),
    fam("huanghe_water", "黄河报", _hh_top, _hh_bottom, {by_hh: 1},
        brief_bylines={by_hh_brief: 1}, credits=(cr_hh,), width=(17, 25), blank={"para": 2, "none": 1},
        indent=0.5, letterspace=0.2, stray_spaces=0.02, displaced=0.15, caption_pool=HH_CAPTIONS, brief_pool=HH_BRIEFS,
        brief_pool_share=0.6, labels={"column": ("治黄动态", "基层传真"), "bullet": ("■",)},
        plans=((["decklead", "hhflow", "photo"], {"front": True, "turn": 2}),
               (["continuation", "hhqa", "brief"], {"page": 2, "turn": 0}),
               (["deck", "hhcomment", "hhtips", "briefcol"], {"blank": "every", "turn": 1}),
               (["leadacross", "bare", "photo"], {"blank": "none"})),
        page_style="plain", sections=("要闻", "治黄", "水文")),
    fam("taicang_daily", "太仓日报", _tc_top, _tc_bottom, {by_tc: 1},
        brief_bylines={by_tc_brief: 1}, credits=(cr_tc,), width=(14, 20), blank={"para": 2, "none": 1},
        indent=0.3, letterspace=0.4, stray_spaces=0.03, doubled=0.1, displaced=0.2, caption_pool=TC_CAPTIONS,
        brief_pool=TC_BRIEFS, brief_pool_share=0.7, paper_outlet="",
        labels={"column": ("镇区动态", "娄城快讯"), "bullet": ("▲",), "photos": ("图片新闻", "娄城影像")},
        plans=((["brief", "bare", "brief", "deck", "briefcol"], {"blank": "none", "turn": 1}),
               (["deck", "tcport", "tcnotice"], {"front": True, "turn": 3}),
               (["photonews", "tcgroup", "photo", "deck"], {"blank": "every", "group_credit": "本组图片由记者 {n} 摄"}),
               (["leadacross", "briefphoto"], {"turn": 2})),
        page_style="cn", sections=("娄城新闻", "镇区", "港城")),
    fam("sichuan_fazhi", "四川法治报", _sf_top, _sf_bottom, {by_sf: 1},
        brief_bylines={by_sf_brief: 1}, credits=(cr_sf,), width=(13, 19), per_article_width=True,
        blank={"para": 1, "every": 2}, letterspace=0.4, stray_spaces=0.05, doubled=0.25, displaced=0.3,
        caption_pool=SF_CAPTIONS, brief_pool=SF_BRIEFS, brief_pool_share=0.6, paper_outlet="四川法治报",
        labels={"column": ("政法简讯", "法治快报"), "bullet": ("■",), "photos": ("图片新闻",)},
        plans=((["sfqa", "sftips", "brief"], {"turn": 0}),
               (["leadacross", "sfnotice", "photo"], {"blank": "none", "turn": 1}),
               (["deck", "sfcomment", "briefcol"], {"blank": "every", "turn": 2}),
               (["photonews", "deck", "bare"], {})),
        page_style="plain", sections=("政法要闻", "法院", "以案说法")),
    fam("harbin_evening", "哈尔滨晚报", _hb_top, _hb_bottom, {by_hb: 1},
        brief_bylines={by_hb_brief: 1}, credits=(cr_hb,), width=(13, 18), blank={"para": 2, "every": 1},
        indent=0.3, letterspace=0.3, stray_spaces=0.03, doubled=0.15, displaced=0.2, caption_pool=HB_CAPTIONS,
        brief_pool=HB_BRIEFS, brief_pool_share=0.6, paper_outlet="哈尔滨晚报",
        labels={"column": ("冰城快讯", "晚报速递"), "bullet": ("★",), "photos": ("冰城影像", "图片新闻")},
        plans=((["decklead", "hbweather", "bare"], {"front": True, "turn": 2}),
               (["hbqa", "hbscenic", "photo"], {"turn": 1}),
               (["photonews", "hbgroup", "photo", "deck"], {"blank": "every"}),
               (["bare", "brief", "deck", "briefcol", "brief"], {"blank": "none", "turn": 0})),
        page_style="A", sections=("冰城新闻", "城事", "民生")),
    fam("ertong_weekly", "中国儿童报", _sn_top, _sn_bottom, {by_sn: 1},
        brief_bylines={by_sn_brief: 1}, credits=(cr_sn,), width=(14, 20), blank={"para": 2, "every": 1},
        indent=0.5, letterspace=0.2, stray_spaces=0.02, doubled=0.1, displaced=0.15, weekday_no=2,
        caption_pool=SN_CAPTIONS, brief_pool=SN_BRIEFS, brief_pool_share=0.6, paper_outlet="本报",
        labels={"column": ("校园传真", "红领巾快讯"), "bullet": ("☆",), "photos": ("图片新闻", "童眼看世界")},
        plans=((["decklead", "sncards", "brief"], {"front": True, "turn": 1}),
               (["snqa", "snnotice"], {"turn": 2}),
               (["photonews", "sngroup", "deck", "photo"], {"blank": "every", "turn": 0}),
               (["deck", "sncards", "briefcol", "bare"], {"blank": "none"})),
        page_style="cn", sections=("要闻", "校园", "科学")),
    fam("aozhou_xinbao", "澳洲新报", _az_top, _az_bottom, {by_az: 1},
        brief_bylines={by_az_brief: 1}, credits=(cr_az,), width=(12, 18), blank={"para": 2, "none": 1},
        indent=0.2, letterspace=0.1, stray_spaces=0.03, doubled=0.1, displaced=0.25, caption_pool=AZ_CAPTIONS,
        brief_pool=AZ_BRIEFS, brief_pool_share=0.7, labels={"column": ("华社动态", "澳洲新闻"), "bullet": ("●",)},
        plans=((["deck", "azrates", "bare"], {"front": True, "turn": 0}),
               (["azqa", "briefpair"], {"turn": 1}),
               (["photonews", "photo", "deck", "azweather"], {"blank": "none", "turn": 2}),
               (["leadacross", "azcomment", "briefcol"], {"blank": "every"})),
        page_style="A0", sections=("澳洲新闻", "华社", "综合")),
]
