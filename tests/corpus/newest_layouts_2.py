"""Eight more development layout families for the synthetic corpus (see tests/corpus/README.md).

Eight papers the corpus had not imitated, each with a page shape of its own: the overseas
edition of a national paper (人民日报海外版), the army's paper (解放军报), a business paper's
analysis pages (经济参考报), an evening paper's sports pages (福州晚报), a national paper of
interviews (人民政协报), a district paper (嘉定报), a provincial organ's theory pages (安徽日报)
and a metro paper's 民生 hotline pages (半岛都市报).  Besides the grammar of synthesize.py and the
later family files (reused through NewerBuilder), they print:

* mastheads of a paper whose name holds another's (人民日报海外版), organ lines of the army and of
  a district; page numbers alone on a line; a page label and section at the foot of the page;
  editors' lines with a mailbox in the header; 24小时新闻热线 in the header;
* column labels printed letter-spaced (望 海 楼), titles letter-spaced, titles over two lines;
* army datelines with the persons before 报道： (本报讯 X、记者Y报道：, 本报北京6月21日电 记者X报道：),
  bylines that name a person before any role (■X 本报特约通讯员 Y), long bylines wrapped over
  two lines;
* `记者 X 北京报道` bylines, 记者观察 boxes, key-figure boxes (数说: a figure and what it counts),
  tables with their source;
* sports pages: results boxes (赛果: rows of scores), ◆ short items with or without a trailing
  （记者 X）, photo titles and captions, a QR line between items, doubled-glyph and displaced
  headlines;
* interviews: a column label, the interviewee in a ——访… subtitle, an 编者按 lead, questions and
  answers labelled 记者：/X委员：, 问：/答：, 记者：/X：; a portrait of the interviewee;
* district pages: 融媒体记者 X 通讯员 Y, town-supplied pictures （XX镇供图）, 街镇动态 run-in
  briefs, a 便民信息 box, two items read across columns, ads;
* theory pages: long essays under numbered headings (一、 / （一）), the author's name under the
  title (bare, after □ / ■, after 作者：, with the affiliation in brackets), an affiliation note
  （作者单位：…）/（作者系…） after the last paragraph or glued to it; short essays under a column
  label signed at the end;
* 民生 pages: hotline items (a reader's complaint and the follow-up) under 热线追踪-style labels with
  no blank line between them, a trailing （半岛全媒体记者 X）; 停水通知/便民提示 boxes; QR and
  hotline lines mid-page.

Gold conventions are those of the README.  New here: a column label (望海楼, 长城瞭望, 学思践悟, 委员访谈,
记者观察, 热线追踪 …) is furniture even when letter-spaced; a TITLED piece signed by a bare name
(a 望海楼 column, a theory essay) is an `article` by that person (finish_item literally: only an
untitled one is a `commentary`), one signed 本报评论员 a `commentary`; `本报讯 X、记者Y报道：`
is 本报讯 and names X and Y as authors in printed order, `本报北京…电 记者X报道：` is not 本报讯;
`记者 X 北京报道` and `X（单位）` name X; an affiliation note is a `credit` line of its essay; a
key-figure box or a results box is an `infobox` whose body is its rows (its label the kicker over
a title, or the title when no other is printed), its source line a `credit`; the interviewee
named in a subtitle is no author; `新华社发` and `人民视觉` name no photographer, `X摄（人民视觉）`
names X.

Seeds: NEWEST2_SEED_BASE + 100_000*family + 1_000*attempt + n, i.e. 4_350_001 .. 5_099_999 (dev),
between the newer families (3_600_001 .. 4_349_999) and the more families (5_100_001 ..).
All text comes from articles.yml or from the short filler below, written for this corpus (the
sports, hotline, notice and key-figure texts, essay headings, column titles and captions).
"""
from __future__ import annotations

import dataclasses
import datetime
import re
from dataclasses import dataclass

from even_more_layouts import F, maybe
from layout_kit import TRAIL, aide, form, furniture, opt, reporters, xun
from more_layouts import Joined, _name, _some_names, by_wen_bar
from newer_layouts import (COMMENT_FILLER, COMMENT_TITLES, NEWER_MULTI, TABLE_SOURCES, NewerBuilder, NewerFamily,
                           short_lunar, slots_only, week_date, wrap_byline)
from newest_layouts import cn_numeral_date, cr_supplied
from synthesize import (BY_ID, Byline, Item, L, Line, PooledBriefs, choose, circled, cn_date, doubled, gold_kind, lunar,
                        phone, photo_credit, seg_line, shorten, spaced, weekday)

NEWEST2_SEED_BASE = 4_250_000

# --------------------------------------------------------------------------- filler (written for this corpus)

SPORTS_FEATURES = [
    ("城市业余足球联赛激战正酣", "第五轮战罢 积分榜前四分差不超过三分", [
        "6月22日，市城市业余足球联赛第五轮比赛在两块场地同时打响，八支参赛队伍展开激烈角逐。经过五轮较量，积分榜前四名之间的分差不超过三分，冠军争夺悬念迭起。",
        "当天最受关注的一场比赛在仓山队与马尾队之间进行。上半场，双方你来我往，均未能破门。下半场第62分钟，仓山队前锋接队友传中头球破门，打破僵局。此后马尾队加强进攻，但始终未能扳平比分，最终仓山队1：0小胜对手，继续领跑积分榜。",
        "另一场焦点战中，晋安队凭借两次定位球机会，2：1逆转鼓楼队。晋安队主教练赛后表示，球队近期针对定位球进行了专门训练，“今天的胜利是全队一起拼出来的”。",
        "据了解，本届联赛共有来自全市各区的八支业余球队参加，球员中既有企业职工、教师，也有在校大学生。联赛采用主客场双循环赛制，将持续至10月下旬。组委会表示，将通过网络平台直播部分场次，让更多市民感受业余足球的魅力。"]),
    ("全民健身月活动启幕", "", [
        "6月15日上午，市全民健身月活动在江滨公园启幕。来自全市各区的两千余名健身爱好者参加开幕式展示，太极拳、健身气功、广场舞、跳绳等项目轮番登场，现场气氛热烈。",
        "本次健身月为期一个月，期间将陆续举办全民健身走、社区篮球赛、羽毛球公开赛、青少年游泳公益培训等三十余项活动，覆盖城区各街道和部分乡镇。所有活动均免费参加，市民可通过市体育局微信公众号报名。",
        "市体育局相关负责人介绍，近年来全市持续推进“15分钟健身圈”建设，新建改建健身步道、笼式足球场、社区健身中心等场地设施，经常参加体育锻炼的人数比例稳步提高。",
        "开幕式上，还为第一批“全民健身志愿服务站”授牌。这些服务站将为市民提供科学健身指导、运动损伤预防等服务。"]),
    ("少年泳将击水争先", "市青少年游泳锦标赛落幕", [
        "为期三天的市青少年游泳锦标赛6月20日在市体育中心游泳馆落幕。来自全市各区和体校的四百余名小选手参加了比赛，共决出自由泳、蛙泳、仰泳、蝶泳和混合泳等八十余个项目的名次。",
        "比赛按年龄分为四个组别。赛场上，小选手们你追我赶，不少人游出了个人最好成绩，其中有六人次达到国家二级运动员标准。",
        "市游泳协会负责人表示，近年来全市青少年游泳人口持续增加，各区普遍开设了暑期公益游泳培训班。下一步，协会将加强与学校的合作，选拔更多有潜力的苗子参加省级比赛。"]),
]
SPORTS_SHORTS = [
    ("市民半程马拉松报名开启", "市民半程马拉松赛今日上午10时开启报名，赛事设半程马拉松、10公里跑和迷你跑三个项目，总规模一万人。报名人数超过名额时将通过抽签确定参赛资格。"),
    ("社区篮球赛决出八强", "市社区篮球联赛小组赛日前结束，来自各街道的八支队伍晋级淘汰赛。淘汰赛将于本周末在市体育中心篮球馆举行，市民可免费入场观赛。"),
    ("青少年网球公开赛开拍", "为期五天的市青少年网球公开赛昨日开拍，两百余名小选手参赛。比赛按年龄分设U10、U12、U14和U16四个组别。"),
    ("乒乓球进校园活动启动", "市乒乓球协会日前启动“乒乓球进校园”活动，将组织教练员走进二十所中小学开展公益教学，并向学校赠送球台、球拍等器材。"),
    ("龙舟队开展赛前集训", "端午龙舟赛临近，城区各支龙舟队陆续开展赛前集训。内河沿岸，队员们在鼓声中奋力划桨，不少市民驻足观看。"),
    ("体育场馆延长开放时间", "暑期来临，市体育中心游泳馆、羽毛球馆等场馆即日起延长开放时间，每晚开放至22时，学生凭学生证可享受半价优惠。"),
    ("少儿围棋段位赛落幕", "市少儿围棋段位赛近日落下帷幕，三百余名小棋手参加比赛，其中四十余人晋升段位。"),
    ("山地步道新增夜间照明", "城北山地健身步道近日完成照明设施改造，新增路灯三百余盏，市民夜间健步走更加安全便捷。"),
]
SCORES = [
    ("城市业余足球联赛第五轮", ["仓山队 1：0 马尾队", "晋安队 2：1 鼓楼队", "台江队 3：3 长乐队", "闽侯队 0：2 连江队"]),
    ("社区篮球联赛小组赛末轮", ["东街队 78：65 南门队", "西湖队 82：80 温泉队", "茶亭队 59：71 水部队"]),
    ("市青少年游泳锦标赛部分冠军", ["男子U12组50米自由泳 鼓楼区代表队", "女子U12组100米蛙泳 仓山区代表队",
                                    "男子U14组200米混合泳 市体校", "女子U14组100米仰泳 晋安区代表队"]),
]
SPORTS_CAPTIONS = [
    ("6月22日，仓山队球员（左）在比赛中突破防守。", "奋力突破"),
    ("全民健身月开幕式上，市民展示健身气功。", "健身月启幕"),
    ("市青少年游泳锦标赛上，小选手奋力冲刺。", "奋勇争先"),
    ("龙舟队员在内河上进行赛前训练。鼓声阵阵，桨影翻飞，吸引不少市民在岸边驻足观看、拍照留念。", "龙舟竞渡"),
    ("社区篮球联赛比赛现场，双方球员拼抢篮板球。", "篮下争夺"),
    ("6月20日，市青少年游泳锦标赛颁奖仪式上，获得男子U12组接力冠军的小选手们合影留念。本届比赛共有六人次达到国家二级运动员标准。", "少年泳将"),
]
HOTLINE = [
    ("小区路灯坏了半个多月", [
        "近日，市民刘女士拨打本报热线反映，她所住小区的主干道上有五盏路灯损坏半个多月，一到晚上漆黑一片，老人孩子出行很不方便。",
        "记者随后联系了该小区物业。工作人员表示，路灯损坏是由于地下线路老化，此前已联系维修单位，因需更换线缆耽搁了几天。目前，维修人员已进场施工，预计本周内恢复照明。"]),
    ("公交站亭广告牌松动存隐患", [
        "市民张先生来电反映，他每天乘车的公交站亭顶部一块广告牌松动，刮风时晃动明显，担心掉落砸伤候车市民。",
        "接到反映后，记者将情况转给市公交集团。当天下午，维修人员到现场对广告牌进行了加固，并对沿线其他站亭开展排查。"]),
    ("楼道堆物何时能清走", [
        "家住老城区的王先生反映，他所在单元楼道里堆放着旧家具、纸箱等杂物，占用了近一半通道，存在消防隐患。",
        "记者将此事反映给所在社区。社区工作人员表示，已联系相关住户限期清理，并将联合物业开展一次楼道堆物集中整治。"]),
    ("人行道井盖破损已修复", [
        "本报日前报道了某路段人行道井盖破损一事。记者昨日回访看到，破损井盖已更换为新的防坠井盖，周边路面也进行了修补。"]),
    ("小区充电桩不够用", [
        "市民孙女士反映，她所住小区有上百辆电动自行车，但集中充电桩只有二十个，晚上经常排不上队，一些居民只好私拉电线充电。",
        "社区负责人介绍，已与运营企业对接，计划在小区内新增两处充电棚、六十个充电口，目前正在选址，预计下月投入使用。"]),
]
NOTICES = [
    ("停水通知", ["6月23日8:00至18:00 敦化路部分路段", "6月24日9:00至16:00 书院路沿线小区", "6月25日8:30至17:30 株洲路东段"]),
    ("便民提示", ["● 市民卡服务网点周六正常办公", "● 夏季用电高峰请错峰使用大功率电器", "● 遇燃气泄漏请立即开窗并拨打抢修电话",
                  "● 暴雨天气请勿在低洼处停放车辆"]),
    ("便民信息", ["● 区图书馆本周六举办亲子阅读活动", "● 区文化馆暑期公益培训班开始报名", "● 区社区事务受理服务中心周六上午正常受理",
                  "● 区档案馆开设查档预约服务"]),
]
FACTS = [  # invented figures, for layout only
    ("一季度经济运行", [("5.6%", "地区生产总值同比增长"), ("412.7亿元", "规模以上工业增加值"), ("7.1%", "规上工业增加值增速"),
                        ("538.2亿元", "社会消费品零售总额")]),
    ("重点项目建设", [("300个", "共建重大项目"), ("1860亿元", "年度计划投资"), ("52.6%", "年度投资完成率")]),
    ("外贸新动能", [("30%以上", "跨境电商包裹量同比增长"), ("112对", "国际友好城市"), ("7.2%", "“新三样”出口额增长")]),
    ("民生投入", [("740元/月", "城市低保标准低限"), ("484个", "社区养老服务综合体"), ("400个以上", "社区康复机构（站点）")]),
]
FACT_SOURCES = ("数据来源：国家统计局", "数据来源：统计部门", "资料来源：省发展改革委", "数据来源：海关部门")
ESSAY_HEADINGS = {  # headings for the seed commentaries set as essays (key: paragraph index -> heading)
    "002-03": {2: "坚持全局谋划", 3: "坚持全面推进", 4: "坚持全民参与"},
    "004-02": {2: "深化认识 凝聚共识", 4: "同题共答 同频共振", 5: "携手培育发展新质生产力"},
}
ESSAY_TITLES = {
    "002-03": ("以碳达峰试点引领绿色低碳转型", "扎实推进碳达峰试点工作"),
    "004-02": ("在区域协调发展中彰显使命担当", "深刻把握区域协调发展的实践要求"),
}
AFFILIATIONS = ("安徽省社会科学院", "中共安徽省委党校（安徽行政学院）", "安徽大学马克思主义学院", "安徽师范大学经济管理学院",
                "合肥工业大学经济学院", "安徽省习近平新时代中国特色社会主义思想研究中心")
AFFIL_SYSTEM = ("安徽大学马克思主义学院教授", "省委党校经济学教研部副教授", "省社会科学院研究员", "安徽财经大学副教授")
INTERVIEWEE_ROLES = ("省发展改革委原副主任", "省社会科学院研究员", "民建中央委员", "某大学经济学院院长", "市工商联副主席",
                     "省生态环境厅原副厅长")
OBSERVE_TITLES = ("改革红利如何转化为发展动能", "稳预期还需多措并举", "“双城记”里看协同")
PORTRAIT_CAPTIONS = ("{n}委员在企业调研。", "{n}委员（右二）在社区走访。", "全国政协委员{n}。", "{n}委员在协商座谈会上发言。")
QUESTIONS_5 = ["您今年重点关注哪些问题？", "您在调研中有哪些发现？", "对此您有什么建议？", "如何让政策更好落地见效？",
               "您对下一步工作有何期待？"]
TOWNS = ("嘉定镇街道", "新成路街道", "真新街道", "南翔镇", "安亭镇", "马陆镇", "徐行镇", "华亭镇", "外冈镇", "江桥镇")


def lspace(text: str) -> str:
    """望海楼 → 望 海 楼 (a display line set letter-spaced)."""
    return " ".join(text)


def _d(ctx):
    return ctx.date - datetime.timedelta(days=1)


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


def by_hw_reporter(ctx, item):
    """本报记者 X / 本报记者 X Y (letter-spaced names), sometimes with □."""
    rng = ctx.rng
    names, shown = _some_names(ctx)
    return Byline(names, before=[f"{rng.choice(('', '', '□'))}本报记者 {' '.join(shown)}"])


def by_hw_dian(ctx, item):
    """本报北京6月21日电（记者X）/ 本报北京6月21日电 （记者 X、Y）: a dispatch, not 本报讯."""
    d, rng = _d(ctx), ctx.rng
    names = [ctx.name() for _ in range(rng.choice((1, 1, 2)))]
    place = rng.choice(("北京", "北京", "香港", "台北"))
    inner = rng.choice((f"（记者{'、'.join(names)}）", f" （记者 {'、'.join(names)}） "))
    return Byline(names, glue=f"本报{place}{d.month}月{d.day}日电{inner}")


def by_hw_ju(ctx, item):
    """据新华社北京6月21日电（记者 X）: an agency's dispatch reprinted (an article by X)."""
    d = _d(ctx)
    n = ctx.name()
    return Byline([n], glue=f"据新华社北京{d.month}月{d.day}日电 （记者{n}） ", hint="agency")


def by_jfj_long(ctx, item):
    """■本报记者 X 特约记者 Y 通讯员 Z W: wider than the column, wrapped over two lines."""
    rng = ctx.rng
    a, b = ctx.name(), ctx.name()
    names = [a, b]
    text = f"{rng.choice(('■', '■', ''))}本报记者 {a} {rng.choice(('特约记者', '特约通讯员'))} {b}"
    extra = [ctx.name() for _ in range(rng.choice((1, 2)))]
    names += extra
    text += f" 通讯员 {' '.join(extra)}"
    parts = wrap_byline(rng, text, rng.randrange(12, 17))
    item.wrapped_byline = parts
    return Byline(names, before=parts)


def by_jfj_pre(ctx, item):
    """■X 本报特约通讯员 Y / ■X Y 本报记者 Z: the first persons named with no role."""
    rng = ctx.rng
    first = [ctx.name() for _ in range(rng.choice((1, 2)))]
    last = ctx.name()
    role = rng.choice(("本报特约通讯员", "本报记者", "特约记者"))
    return Byline(first + [last], before=[f"■{' '.join(first)} {role} {last}"])


def by_jfj_outlet(ctx, item):
    """解放军报记者 X 通讯员 Y / 解放军报特约记者 X (the paper's name in the byline)."""
    rng = ctx.rng
    a = ctx.name()
    if rng.random() < 0.5:
        b = ctx.name()
        return Byline([a, b], before=[f"解放军报记者 {a} 通讯员 {b}"])
    return Byline([a], before=[f"解放军报特约记者 {a}"])


def by_jfj_xun(ctx, item):
    """本报讯 X、记者Y报道： / 本报讯 特约记者X、通讯员Y报道：: 本报讯, the persons in printed order."""
    rng = ctx.rng
    a, b = ctx.name(), ctx.name()
    forms = ((f"本报讯 {a}、记者{b}报道：", [a, b]), (f"本报讯 特约记者{a}、通讯员{b}报道：", [a, b]),
             (f"本报讯 记者{a}、通讯员{b}报道：", [a, b]), (f"本报讯 {a}、{b}报道：", [a, b]),
             (f"本报讯 通讯员{a}报道：", [a]))
    text, names = rng.choice(forms)
    return Byline(names, glue=text, hint="benbaoxun")


def by_jfj_dian(ctx, item):
    """本报北京6月21日电 记者X、特约通讯员Y报道：: a dated dispatch (an article)."""
    d, rng = _d(ctx), ctx.rng
    a, b = ctx.name(), ctx.name()
    place = rng.choice(("北京", "北京", "西安", "成都"))
    if rng.random() < 0.5:
        return Byline([a], glue=f"本报{place}{d.month}月{d.day}日电 记者{a}报道：")
    return Byline([a, b], glue=f"本报{place}{d.month}月{d.day}日电 记者{a}、特约通讯员{b}报道：")


def by_jj_baodao(ctx, item):
    """记者 X 北京报道 / 记者 X Y 广安报道 / 经济参考报记者 X 北京报道 / 记者 X 综合报道."""
    rng = ctx.rng
    names, shown = _some_names(ctx)
    lead = rng.choice(("记者", "记者", "经济参考报记者", "■记者"))
    place = rng.choice(("北京", "北京", "广安", "南昌", "成都", "综合"))
    return Byline(names, before=[f"{lead} {' '.join(shown)} {place}报道"])


def by_fz(ctx, item):
    """本报记者 X / 福州晚报记者 X 实习生 Y / 记者 X 文/图 (X also took the pictures)."""
    rng = ctx.rng
    a, shown = _name(ctx)
    r = rng.random()
    if r < 0.3:
        item.photographers = [a]
        return Byline([a], before=[f"{rng.choice(('本报记者', '记者', '福州晚报记者'))} {shown} 文/图"])
    if r < 0.6:
        b = ctx.name()
        return Byline([a, b], before=[f"{rng.choice(('记者', '福州晚报记者'))} {shown} 实习生 {b}"])
    return Byline([a], before=[f"{rng.choice(('本报记者', '福州晚报记者'))} {shown}"])


by_fz_trail = form(("（记者 {0}）", "（本报记者 {0}）"), **TRAIL)


def by_zx(ctx, item):
    """本报记者 X / 本报记者 X 实习记者 Y / 本报记者 X Y 通讯员 Z (wrapped when wider than the column)."""
    rng = ctx.rng
    a, shown = _name(ctx)
    names, text = [a], f"本报记者 {shown}"
    text = aide(ctx, names, text, 0.4, "")
    if rng.random() < 0.5:
        c = ctx.name()
        names.append(c)
        text += f" {rng.choice(('实习记者', '通讯员'))} {c}"
    parts = wrap_byline(rng, text, rng.randrange(11, 16)) if rng.random() < 0.6 else [text]
    item.wrapped_byline = parts
    return Byline(names, before=parts)


by_zx_xun = form("本报讯（记者 {0}）")


def by_jd(ctx, item):
    """记者 X 通讯员 Y / 融媒体记者 X / 通讯员 X Y."""
    rng = ctx.rng
    a, shown = _name(ctx)
    r = rng.random()
    if r < 0.25:
        b = ctx.name()
        return Byline([a, b], before=[f"通讯员 {shown} {b}"])
    names, line = [a], f"{rng.choice(('记者', '融媒体记者'))} {shown}"
    if r < 0.75:
        b = ctx.name()
        names.append(b)
        line += f" 通讯员 {b}"
    return Byline(names, before=[line])


by_jd_xun = xun(0.5, line_share=0.3)


by_jd_trail = form(("（通讯员 {0}）", "（{0}）"), **TRAIL)


def by_bd(ctx, item):
    """半岛全媒体记者 X / 半岛全媒体记者 X 通讯员 Y."""
    rng = ctx.rng
    a, shown = _name(ctx)
    if rng.random() < 0.4:
        b = ctx.name()
        return Byline([a, b], before=[f"半岛全媒体记者 {shown} 通讯员 {b}"])
    return Byline([a], before=[f"半岛全媒体记者 {shown}"])


def by_bd_dated(ctx, item):
    """本报6月21日讯（半岛全媒体记者 X）: a dated 讯, not 本报讯 (an article)."""
    d = _d(ctx)
    n = ctx.name()
    return Byline([n], glue=f"本报{d.month}月{d.day}日讯（半岛全媒体记者 {n}）")


by_bd_trail = form(("（半岛全媒体记者 {0}）", "（记者 {0}）"), **TRAIL)


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


cr_hw = photo_credit(("新华社记者 {n} 摄", "本报记者 {n}摄", "（{n}摄）", "{n}摄（人民视觉）"))
cr_jfj = photo_credit(("（{n}摄）", "{n} 摄", "本报特约记者 {s} 摄", "解放军报记者 {n} 摄"))
cr_jj = photo_credit(("新华社发（{n} 摄）", "新华社发 {n} 摄", "记者 {n} 摄"))
cr_fz = photo_credit(("本报记者 {n} 摄", "{n}/摄", "记者 {s}/摄", "（图/{n}）"), ("glue", "line", "line"))
cr_fz_before = photo_credit(("■摄影 {n}", "摄影/{n}", "图/本报记者 {n}"), ("before",))
cr_zx = photo_credit(("本报记者 {n} 摄",))
cr_jd = photo_credit(("记者 {n} 摄", "通讯员 {n} 摄", "{n}/摄", "（通讯员 {n} 摄）"))
cr_bd = photo_credit(("半岛全媒体记者 {n} 摄", "记者 {s} 摄"))


def cr_agency(ctx):
    """新华社发 / 人民视觉 / 视觉中国: an agency, no photographer."""
    return ctx.rng.choice(("glue", "line")), ctx.rng.choice(("新华社发", "人民视觉", "（人民视觉）", "图片来源：视觉中国")), []


def cr_jd_town(ctx):
    town = ctx.rng.choice(TOWNS)
    return ctx.rng.choice(("glue", "line")), ctx.rng.choice((f"（{town}供图）", f"{town}供图", f"图片由{town}提供")), []


# --------------------------------------------------------------------------- family and builder


@dataclass
class Newest2Family(NewerFamily):
    column_labels: tuple = ()  # labels over signed columns (望海楼, 长城瞭望, 学思践悟)
    column_marks: tuple = ("■", "□", "")
    label_space: float = 0.0  # chance a column label is printed letter-spaced
    title_space: float = 0.0  # chance a short one-line title is printed letter-spaced
    caption_pool: tuple = ()  # (caption, title) written for the family
    brief_pool: tuple = ()  # (title, text) written for the family
    brief_pool_share: float = 0.0
    short_labels: tuple = ("",)
    short_bullets: str = "◆"
    short_credit: float = 0.5
    score_labels: tuple = ("赛果",)
    hotline_labels: tuple = ("热线追踪",)
    notice_keys: tuple = (0, 1)
    observe_labels: tuple = ("记者观察",)
    fact_labels: tuple = ("数说",)
    interview_labels: tuple = ("委员访谈",)
    qa_pairs: tuple = (("记者：", "{name}："),)
    essay_labels: tuple = ("学思践悟",)
    heading_cn: dict | None = None  # essay heading forms
    qr_lines: tuple = ()
    jump_front_only: bool = True  # only front-page stories jump to another page


MULTI_2 = NEWER_MULTI + ("briefs", "runin", "photos", "picnews", "ad", "shorts", "junying", "sports_shorts", "hotline", "qr")


class Newest2Builder(PooledBriefs, NewerBuilder):
    multi_slots = MULTI_2
    interviewee = ""  # until the page names one (`interviewee_name`)

    # -------------------------------------------------------------- sources

    def slot_article(self):
        """PageBuilder.slot_article, with jump lines only on the front page (if so set)."""
        fam = self.family
        if fam.jump_front_only and not self.ctx.front:
            fam = self.family = dataclasses.replace(fam, jump_out=0.0)
        return super().slot_article()

    def caption_source(self):
        pool = self.family.caption_pool
        if pool and (caption := self.unused(pool, "cpool")) is not None:
            return caption
        return super().caption_source()

    def headline(self, item, title, kicker="", subtitle=""):
        chunks = super().headline(item, title, kicker, subtitle)
        fam, rng = self.family, self.rng
        if fam.title_space and len(title) <= 9 and " " not in title and item.printed_title == title \
                and rng.random() < fam.title_space:
            for chunk in chunks:
                for k, line in enumerate(chunk):
                    if line.role == "title" and str(line) in (title, f"◆{title}"):
                        chunk[k] = L(str(line).replace(title, lspace(title)), "title")
        return chunks

    def label_line(self, labels) -> Line:
        rng, ctx, fam = self.rng, self.ctx, self.family
        label = rng.choice(labels)
        if rng.random() < fam.label_space:
            label = lspace(label)
        return L(ctx.furn(label), "furniture")

    # -------------------------------------------------------------- signed columns and essays

    def slot_column(self):
        """A titled column under its label, signed by a name above or below the text: an article
        (finish_item: only an untitled piece signed by a bare name is a commentary)."""
        rng, ctx, fam = self.rng, self.ctx, self.family
        title, body = self.commentary_source()
        item = Item("article")
        width = self.w()
        chunks = [[self.label_line(fam.column_labels)]]
        chunks += self.headline(item, title)
        name, shown = _name(ctx)
        item.authors = [name]
        tail = []
        if rng.random() < 0.7:
            chunks.append([L(rng.choice(fam.column_marks) + shown, "byline")])
        else:
            tail = [[L(name, "byline")]]
        for _, text in body:
            chunks.append(self.para_lines(text, width))
        item.body, item.chunks = body, chunks + tail
        return item

    def essay_source(self, long: bool):
        rng = self.rng
        pool = (["000-02", "001-01", "001-02", "002-02", "003-01", "004-01", "002-03", "004-02"] if long
                else ["002-03", "004-02"] + [f"cf-{k}" for k in range(len(COMMENT_FILLER))])
        key = self.pick_unused_key(pool)
        if key.startswith("cf-"):
            title, paras = COMMENT_FILLER[int(key[3:])]
            return title, [("paragraph", t) for t in paras]
        src = BY_ID[key]
        if key in ESSAY_HEADINGS:
            titles = ESSAY_TITLES[key] + COMMENT_TITLES[key]
            paras = [b["text"] for b in src["body"]]
            if not long:
                return rng.choice(titles), shorten(rng, src["body"], keep_min=3)
            body = []
            for k, text in enumerate(paras):
                if k in ESSAY_HEADINGS[key]:
                    body.append(("heading", ESSAY_HEADINGS[key][k]))
                body.append(("paragraph", text))
            return rng.choice(titles), body
        body = [(b["role"], b["text"]) for b in src["body"]]
        if rng.random() < 0.5:  # a shorter essay: whole sections dropped after the first two
            cut = [k for k, (r, _) in enumerate(body) if r == "heading"]
            if len(cut) >= 3:
                body = body[:cut[2]]
        return src["title"], body

    def slot_essay(self, long: bool = True):
        """A theory essay: title (often over two lines), the author under it, numbered headings,
        an affiliation note after the last paragraph (own line or glued)."""
        rng, ctx, fam = self.rng, self.ctx, self.family
        title, body = self.essay_source(long)
        item = Item("article")
        width = self.w()
        chunks = []
        if not long or rng.random() < 0.3:
            chunks.append([self.label_line(fam.essay_labels)])
        chunks += self.headline(item, title)
        names, shown = _some_names(ctx)
        item.authors = names
        form = rng.choice(("top", "top", "zuozhe", "affil", "end") if len(names) == 1 else ("top", "top", "end"))
        note = ""
        if form != "affil" and rng.random() < 0.8:
            if len(names) == 1 and rng.random() < 0.4:
                note = f"（作者系{rng.choice(AFFIL_SYSTEM)}）"
            else:
                units = rng.sample(AFFILIATIONS, len(names)) if rng.random() < 0.5 else [rng.choice(AFFILIATIONS)]
                note = f"（作者单位：{'；'.join(units)}）"
        if form == "top":
            chunks.append([L(rng.choice(fam.column_marks) + " ".join(shown), "byline")])
        elif form == "zuozhe":
            chunks.append([L(rng.choice(("作者：", "作者 ", "■作者：")) + shown[0], "byline")])
        elif form == "affil":
            chunks.append([L(f"{rng.choice(fam.column_marks)}{shown[0]}（{rng.choice(AFFILIATIONS)}）", "byline")])
        forms = fam.heading_cn or {"cn": 1}
        hform = choose(rng, forms)
        n_heading = 0
        paragraphs = [k for k, (r, _) in enumerate(body) if r != "heading"]
        for k, (role, text) in enumerate(body):
            if role == "heading":
                n_heading += 1
                chunks.append([seg_line([("heading", self.heading_text(hform, n_heading, text))])])
            elif k == paragraphs[-1] and note and form != "end" and rng.random() < 0.5:  # (signed at the end: name, then note)
                chunks.append(self.para_lines([("body", text), ("credit", note)], width))
                note = ""
            else:
                chunks.append(self.para_lines(text, width))
        if form == "end":
            chunks.append([L(" ".join(names), "byline")])
        if note:
            chunks.append([L(note, "credit")])
        item.body, item.chunks = body, chunks
        item.kind = gold_kind("article", "plain", title, body)
        return item

    def slot_essay_short(self):
        return self.slot_essay(long=False)

    # -------------------------------------------------------------- business boxes

    def slot_observe(self):
        """A 记者观察 box: a label (furniture), a title, the reporter above or below, the text."""
        rng, ctx, fam = self.rng, self.ctx, self.family
        title, body = self.commentary_source()
        if rng.random() < 0.5:
            title = rng.choice(OBSERVE_TITLES)
        item = Item("article")
        width = self.w()
        chunks = [[self.label_line(fam.observe_labels)]] + self.headline(item, title)
        name, shown = _name(ctx)
        item.authors = [name]
        top = rng.random() < 0.6
        if top:
            chunks.append([L(rng.choice(("记者 ", "■记者 ", "本报记者 ")) + shown, "byline")])
        for _, text in body:
            chunks.append(self.para_lines(text, width))
        if not top:
            chunks.append([L(rng.choice(("记者 ", "本报记者 ")) + shown, "byline")])
        item.body, item.chunks = body, chunks
        return item

    def slot_factbox(self):
        """A key-figure box: a label, a title, each figure with what it counts (one line or two)."""
        rng, fam = self.rng, self.family
        title, facts = self.unused_or_first(FACTS, "fact")
        item = Item("infobox")
        label = rng.choice(fam.fact_labels)
        head = self.label_head(item, label, title, ("", "■", "◎"), 0.6)
        rows = []
        split = rng.random() < 0.5
        for num, what in facts:
            if split:
                rows += [L(num, "body"), L(what, "body")]
            else:
                rows.append(L(f"{num}{rng.choice(('  ', ' ', chr(0x3000)))}{what}", "body"))
        chunks = head + [rows]
        if rng.random() < 0.7:
            chunks.append([L(rng.choice(FACT_SOURCES), "credit")])
        item.body = [("listitem", f"{num} {what}") for num, what in facts]
        item.chunks = chunks
        item.kind = "infobox"
        return item

    def slot_table(self):
        """NewerBuilder.slot_table, its source line naming this paper's desk, not another's."""
        item = super().slot_table()
        item.chunks[-1] = [L(str(x).replace("每经制表", "经参制表"), x.role) for x in item.chunks[-1]]
        return item

    # -------------------------------------------------------------- sports

    def slot_feature(self):
        """The sports page's lead story (written for this corpus)."""
        rng = self.rng
        title, subtitle, paras = self.unused_or_first(SPORTS_FEATURES, "feat")
        src = {"title": title, "kicker": "", "subtitle": subtitle}
        return self.article(src, [("paragraph", t) for t in paras], "article", dict(self.family.bylines))

    def slot_scores(self):
        """A results box: a label, maybe a title, one row per match."""
        rng, fam = self.rng, self.family
        title, rows = self.unused_or_first(SCORES, "score")
        item = Item("infobox")
        label = rng.choice(fam.score_labels)
        head = self.label_head(item, label, title, ("", "■", "▲"), 0.6)
        sep = rng.choice((" ", "  ", "\u3000"))
        item.chunks = head + [[L(r.replace(" ", sep), "body") for r in rows]]
        item.body = [("listitem", r) for r in rows]
        item.kind = "infobox"
        item.interleavable = True
        return item

    def multi_sports_shorts(self):
        """◆ short items: a title line over one paragraph, a trailing （记者 X） on some."""
        rng, ctx, fam = self.rng, self.ctx, self.family
        label = [x for x in [rng.choice(fam.short_labels)] if x]
        bullet = rng.choice(fam.short_bullets) if fam.short_bullets else ""
        joined = rng.random() < 0.5
        count = rng.choice((3, 4, 5))
        items = []
        for j in range(count):
            short = self.unused(SPORTS_SHORTS, "pool")
            if short is None:
                break
            title, text = short
            item = Item("brief")
            printed = title
            if rng.random() < fam.doubled:
                printed = doubled(title)
            lines = [L(bullet + printed, "title")]
            segs = [("body", text)]
            hint = "plain"
            if rng.random() < fam.short_credit:
                n = ctx.name()
                item.authors = [n]
                segs.append(("credit", rng.choice((f"（记者 {n}）", f"（本报记者 {n}）", f"（{n}）"))))
                hint = "paren"
            lines += self.para_lines(segs, self.width)
            item.title, item.printed_title = title, printed
            item.body = [("paragraph", text)]
            item.kind = gold_kind("brief", hint, title, item.body)
            item.chunks = Joined([lines]) if joined and j < count - 1 else [lines]
            item.tight = True
            items.append(item)
        return label, items

    def multi_qr(self):
        rng, fam, ctx = self.rng, self.family, self.ctx
        line = rng.choice(fam.qr_lines).format(p=phone(rng, fam.area))
        return [line], []

    # -------------------------------------------------------------- army briefs

    def multi_junying(self):
        """A 军营速递 column: ▲ titles (or none), each text opened by 本报讯 X、记者Y报道：."""
        rng, ctx, fam = self.rng, self.ctx, self.family
        label = [x for x in [rng.choice(fam.brief_labels)] if x]
        bullet = rng.choice(fam.brief_bullets) if fam.brief_bullets else ""
        titled = rng.random() < 0.7
        items = []
        for _ in range(rng.choice((2, 3, 3))):
            src, body = self.brief_source()
            body = body[:1]
            item = Item("brief")
            by = by_jfj_xun(ctx, item)
            lines = [L(bullet + src["title"], "title")] if titled else []
            lines += self.para_lines([("byline", by.glue), ("body", body[0][1])], self.width)
            item.title = item.printed_title = src["title"] if titled else ""
            item.authors, item.body = by.authors, body
            item.kind = gold_kind("brief", by.hint, item.title, body)
            item.chunks = [lines]
            item.tight = True
            items.append(item)
        return label, items

    # -------------------------------------------------------------- interviews

    def slot_interview(self):
        """An interview: a column label, title, ——访… subtitle, byline, maybe an 编者按 lead,
        then questions and answers."""
        rng, ctx, fam = self.rng, self.ctx, self.family
        src = self.pick(["000-02", "001-02", "002-02", "003-01", "004-01", "002-05", "001-01"])
        paras = [b["text"] for b in src["body"] if b["role"] == "paragraph"]
        answers = sorted(rng.sample(range(1, len(paras)), min(rng.choice((3, 4)), len(paras) - 1)))
        name = self.interviewee_name()
        q_label, a_label = rng.choice(fam.qa_pairs)
        a_label = a_label.format(name=name)
        item = Item("article")
        width = self.w()
        chunks = []
        if rng.random() < 0.7:
            chunks.append([self.label_line(fam.interview_labels)])
        subtitle = f"——访全国政协委员、{rng.choice(INTERVIEWEE_ROLES)}{name}"
        chunks += self.headline(item, src["title"], "", subtitle)
        item.subtitle = subtitle
        by = self.byline(item, fam.qa_bylines or fam.bylines)
        item.authors = by.authors
        chunks += [[L(x, "byline") for x in by.before]] if by.before else []
        body = []
        if rng.random() < 0.5:
            chunks.append([L(rng.choice(("【编者按】", "编者按：", "■编者按")), "heading")])
            chunks.append(self.para_lines(paras[0], width + rng.randrange(4, 10)))
        else:
            chunks.append(self.para_lines(paras[0], width))
        body.append(("paragraph", paras[0]))
        questions = rng.sample(QUESTIONS_5, len(answers))
        for q, k in zip(questions, answers):
            body += [("paragraph", q_label + q), ("paragraph", a_label + paras[k])]
            chunks.append(self.para_lines(q_label + q, width))
            chunks.append(self.para_lines(a_label + paras[k], width))
        item.body, item.chunks = body, chunks
        self.merge_wrapped(item)
        item.kind = "article"
        return item

    def interviewee_name(self) -> str:
        """The page's one interviewee, named by the interview and its portrait (either may come first)."""
        if not self.interviewee:
            self.interviewee = self.ctx.name()
        return self.interviewee

    def slot_portrait(self):
        """The interviewee's portrait: a one-line caption naming them, 受访者供图 or a staff credit."""
        rng, ctx = self.rng, self.ctx
        name = self.interviewee_name()
        caption = rng.choice(PORTRAIT_CAPTIONS).format(n=name)
        item = Item("photo")
        if rng.random() < 0.5:
            where, credit, photographers = rng.choice(("glue", "line")), rng.choice(("受访者供图", "（受访者供图）")), []
        else:
            where, credit, photographers = cr_zx(ctx)
        item.photographers = photographers
        if where == "glue":
            segs = [("caption", caption), ("credit", rng.choice(("", " ")) + credit)]
            lines = [seg_line(segs)]
        else:
            lines = [L(caption, "caption"), L(credit, "credit")]
        item.body, item.chunks = [("caption", caption)], [lines]
        item.interleavable = True
        return item

    # -------------------------------------------------------------- 民生

    def multi_hotline(self):
        """Hotline items: a label, each item a ● title over a complaint and the follow-up, with no
        blank line between items on some pages; a trailing （记者 X） or a byline line."""
        rng, ctx, fam = self.rng, self.ctx, self.family
        label = [x for x in [rng.choice(fam.hotline_labels)] if x]
        bullet = rng.choice(("●", "■", ""))
        joined = rng.random() < 0.6
        free = [k for k in range(len(HOTLINE)) if f"hot-{k}" not in self.used]
        picked = rng.sample(free, min(len(free), rng.choice((2, 3))))
        items = []
        for j, k in enumerate(picked):
            self.used.add(f"hot-{k}")
            title, paras = HOTLINE[k]
            item = Item("brief")
            printed = title
            if rng.random() < fam.doubled:
                printed = doubled(title)
            lines = [L(bullet + printed, "title")]
            trail = rng.random() < 0.7
            by = by_bd_trail(ctx, item) if trail else by_bd(ctx, item)
            lines += [L(x, "byline") for x in by.before]
            for p, text in enumerate(paras):
                segs = [("body", text)]
                if p == len(paras) - 1 and by.trail:
                    segs.append(("credit", by.trail))
                lines += self.para_lines(segs, self.width)
            item.title, item.printed_title = title, printed
            item.authors = by.authors
            item.body = [("paragraph", t) for t in paras]
            item.kind = gold_kind("brief", by.hint, title, item.body)
            item.chunks = Joined([lines]) if joined and j < len(picked) - 1 else [lines]
            item.tight = True
            items.append(item)
        return label, items

    def slot_notice(self):
        """停水通知 / 便民提示 / 便民信息: a title over list lines (an infobox)."""
        rng, fam = self.rng, self.family
        keys = [k for k in fam.notice_keys if f"notice-{k}" not in self.used] or list(fam.notice_keys)
        k = rng.choice(keys)
        self.used.add(f"notice-{k}")
        title, rows = NOTICES[k]
        item = Item("infobox")
        head = [[L(rng.choice(("", "■", "◆")) + title, "title")]]
        item.title = item.printed_title = title
        item.chunks = head + [[L(r, "body") for r in rows]]
        item.body = [("listitem", r) for r in rows]
        item.kind = "infobox"
        return item


# --------------------------------------------------------------------------- furniture


# 1 人民日报海外版: a national paper's overseas edition; 望海楼 columns; front page with jump lines


def _hw_top(ctx):
    d, rng = ctx.date, ctx.rng
    if ctx.front:
        lines = [F(ctx, "人民日报海外版", paper=True), F(ctx, "PEOPLE'S DAILY OVERSEAS EDITION")]
        if maybe(ctx, 0.5):
            lines.append(F(ctx, "国内统一连续出版物号 CN 11-0066 代号 1-33"))
        lines += [F(ctx, f"{week_date(ctx)} 农历{lunar(d)}", date=True),
                  F(ctx, rng.choice((f"第{rng.randrange(11000, 11999)}期", f"今日{ctx.family_pages}版")))]
        if maybe(ctx, 0.4):
            lines.append(F(ctx, "第1版", page="1"))
        return lines
    n = str(ctx.page_no)
    r = rng.random()
    if r < 0.4:
        return [F(ctx, week_date(ctx), date=True), F(ctx, f"责编：{ctx.name()} 邮箱：hwb{rng.randrange(10, 99)}@example.cn"),
                F(ctx, ctx.section), F(ctx, n, page=n)]
    if r < 0.75:
        return [F(ctx, f"第{n}版 {ctx.section}", page=n), F(ctx, f"人民日报海外版 {week_date(ctx)}", paper=True, date=True)]
    return [F(ctx, lspace(ctx.section)), F(ctx, f"{cn_date(d)} {weekday(d)}", date=True), F(ctx, f"{n}版", page=n)]


_hw_bottom = furniture(
    (0.5, ["本版责编：{name} 版式设计：{name}"]),
    ["扫码关注海外网 看更多中国故事"],
    front=["人民日报海外版 社址：北京金台西路2号 邮政编码：100733", "{pick:扫码关注海外网|零售价每份1.00元}"])


# 2 解放军报: the army's paper; 本报讯 X、记者Y报道：; wrapped bylines; 长城瞭望; blank after every line


def _jfj_top(ctx):
    d, rng = ctx.date, ctx.rng
    if ctx.front:
        lines = [F(ctx, "解放军报", paper=True), F(ctx, "PLA DAILY"), F(ctx, "中央军委机关报")]
        if maybe(ctx, 0.5):
            lines.append(F(ctx, "国内统一连续出版物号 CN 11-0054"))
        lines += [F(ctx, f"{week_date(ctx)}", date=True), F(ctx, f"农历{lunar(d)}"),
                  F(ctx, f"第{rng.randrange(25000, 25999)}号 今日{ctx.family_pages}版")]
        return lines
    n = str(ctx.page_no)
    if maybe(ctx, 0.5):
        return [F(ctx, f"解放军报 {cn_date(d)} {weekday(d)}", paper=True, date=True), F(ctx, n, page=n), F(ctx, ctx.section)]
    return [F(ctx, f"{ctx.section} {n}", page=n), F(ctx, week_date(ctx), date=True)]


def _jfj_bottom(ctx):
    if ctx.front:
        return [F(ctx, f"解放军报社出版 社址：北京市西城区阜外大街{ctx.rng.randrange(30, 99)}号")]
    return [F(ctx, f"责任编辑/{ctx.name()}")] if maybe(ctx, 0.6) else []


# 3 经济参考报: analysis pages; 记者 X 北京报道; 记者观察; 数说 boxes; tables; no blank lines


def _jj_top(ctx):
    d, rng = ctx.date, ctx.rng
    label = f"A{ctx.page_no}"
    r = rng.random()
    if r < 0.35:
        return [F(ctx, "经济参考报", paper=True), F(ctx, "ECONOMIC INFORMATION DAILY"), F(ctx, week_date(ctx), date=True),
                F(ctx, f"{label} {ctx.section}", page=label)]
    if r < 0.7:
        return [F(ctx, f"经济参考报·{ctx.section}", paper=True), F(ctx, label, page=label),
                F(ctx, f"{d.year}.{d.month:02d}.{d.day:02d} {weekday(d)}", date=True)]
    return [F(ctx, f"{week_date(ctx)} 编辑：{ctx.name()} 美编：{ctx.name()}", date=True), F(ctx, f"{ctx.section} {label}", page=label)]


_jj_bottom = furniture((0.5, ["本版统筹 {name} 责编 {name}", "扫码关注经济参考报微信公众号"]), ["经济参考报社出版 电话：{tel:010}"])


# 4 福州晚报: an evening paper's sports pages; scores; ◆ shorts; photo titles; QR lines


def _fz_top(ctx):
    label = f"A{ctx.page_no}"
    r = ctx.rng.random()
    if r < 0.35:
        return [F(ctx, "福州晚报", paper=True), F(ctx, week_date(ctx), date=True), F(ctx, f"{label} {ctx.section}", page=label)]
    if r < 0.7:
        return [F(ctx, f"{label} {lspace(ctx.section) if maybe(ctx, 0.5) else ctx.section}", page=label),
                F(ctx, f"{ctx.date.year}年{ctx.date.month}月{ctx.date.day}日 {weekday(ctx.date)}", date=True)]
    return [F(ctx, f"{week_date(ctx)} 责编：{ctx.name()} 美编：{ctx.name()}", date=True)]


def _fz_bottom(ctx):
    lines = []
    if not ctx.printed_page:
        label = f"A{ctx.page_no}"
        lines += [F(ctx, label, page=label), F(ctx, ctx.section)]
    if maybe(ctx, 0.5):
        lines.append(F(ctx, f"福州晚报 新闻热线：{phone(ctx.rng, '0591')}", paper=True))
    return lines


# 5 人民政协报: interviews (委员访谈), ——访… subtitles, 编者按, portraits; 履职快讯 briefs


def _zx_top(ctx):
    d, rng = ctx.date, ctx.rng
    n = str(ctx.page_no)
    r = rng.random()
    if r < 0.35:
        return [F(ctx, "人民政协报", paper=True), F(ctx, "CPPCC DAILY"), F(ctx, "中国人民政治协商会议全国委员会主办"),
                F(ctx, f"{cn_numeral_date(d)} {weekday(d)}", date=True), F(ctx, f"第{n}版 {ctx.section}", page=n)]
    if r < 0.7:
        return [F(ctx, f"{ctx.section} {n}", page=n), F(ctx, f"{week_date(ctx)} 人民政协报", paper=True, date=True)]
    return [F(ctx, f"{week_date(ctx)} 第{n}版", date=True, page=n), F(ctx, ctx.section)]


_zx_bottom = furniture(["本版主编：{name} 责编：{name} 校对：{name}", opt(0.4, ["电话：{tel:010} 邮箱：zx{no:10-99}@example.cn"])])


# 6 嘉定报: a district paper (Tuesdays); 融媒体记者 X 通讯员 Y; （XX镇供图）; 街镇动态; 便民信息; ads


def _jd_top(ctx):
    d, rng = ctx.date, ctx.rng
    n = f"{ctx.page_no:02d}"
    if ctx.front:
        lines = [F(ctx, "嘉定报", paper=True), F(ctx, "中共上海市嘉定区委机关报")]
        if maybe(ctx, 0.5):
            lines.append(F(ctx, f"上海市连续性内部资料准印证（K）第{rng.randrange(100, 999)}号"))
        lines += [F(ctx, f"{week_date(ctx)} 农历{short_lunar(d)}", date=True), F(ctx, f"第{rng.randrange(1500, 1999)}期")]
        if maybe(ctx, 0.5):
            lines.append(F(ctx, f"{n} 要闻", page=n))
        return lines
    if maybe(ctx, 0.5):
        return [F(ctx, f"嘉定报 {week_date(ctx)}", paper=True, date=True), F(ctx, f"{n} {ctx.section}", page=n)]
    return [F(ctx, f"{ctx.section} {n}", page=n)]


def _jd_bottom(ctx):
    rng = ctx.rng
    if ctx.front:
        return [F(ctx, f"嘉定区融媒体中心出版 新闻热线：{phone(rng, '021')}")]
    if maybe(ctx, 0.5):
        return [F(ctx, f"本版编辑 {ctx.name()} 校对 {ctx.name()}"), F(ctx, "扫码关注“上海嘉定”")]
    return [F(ctx, f"{week_date(ctx)}", date=True)] if not ctx.printed_date else []


# 7 安徽日报: the theory page; essays with 一、 headings and 作者单位 notes; 学思践悟 columns


def _ah_top(ctx):
    d, rng = ctx.date, ctx.rng
    n = str(ctx.page_no)
    r = rng.random()
    if r < 0.35:
        return [F(ctx, "安徽日报", paper=True), F(ctx, week_date(ctx), date=True), F(ctx, f"第{n}版 {ctx.section}", page=n)]
    if r < 0.7:
        return [F(ctx, f"{ctx.section} {n}", page=n), F(ctx, f"{week_date(ctx)} 安徽日报", paper=True, date=True)]
    return [F(ctx, f"{lspace(ctx.section)}"), F(ctx, f"第{rng.randrange(300, 499)}期"),
            F(ctx, f"安徽日报 {d.year}年{d.month}月{d.day}日 第{n}版", paper=True, date=True, page=n)]


_ah_bottom = furniture(["本版编辑 {name} 投稿邮箱：ahll{no:10-99}@example.cn", opt(0.5, ["欢迎赐稿 来稿请注明作者单位和联系方式"])])


# 8 半岛都市报: 民生 hotline pages; 热线 and QR furniture; 停水通知; blank after every line


def _bd_top(ctx):
    d, rng = ctx.date, ctx.rng
    label = f"A{ctx.page_no:02d}"
    r = rng.random()
    if r < 0.4:
        return [F(ctx, "半岛都市报", paper=True), F(ctx, week_date(ctx), date=True), F(ctx, f"{label} {ctx.section}", page=label)]
    if r < 0.75:
        return [F(ctx, f"{label} {ctx.section}", page=label), F(ctx, week_date(ctx), date=True),
                F(ctx, f"24小时新闻热线 {phone(rng, '0532')}")]
    return [F(ctx, f"{ctx.section}·热线 {label}", page=label), F(ctx, f"{d.year}.{d.month}.{d.day} {weekday(d)} 半岛都市报",
                                                              paper=True, date=True)]


def _bd_bottom(ctx):
    if maybe(ctx, 0.5):
        return [F(ctx, f"责编 {ctx.name()} 美编 {ctx.name()} 审读 {ctx.name()}"), F(ctx, "扫码下载半岛新闻客户端")]
    return [F(ctx, f"半岛都市报社出版 新闻热线：{phone(ctx.rng, '0532')} {circled(ctx.page_no)}")]


def fam(name, paper, top, bottom, bylines, **kw):
    return Newest2Family(name, paper, top, bottom, bylines, builder=Newest2Builder, **kw)


NEWEST2_FAMILIES = [
    fam("renmin_overseas", "人民日报海外版", _hw_top, _hw_bottom,
        {by_hw_reporter: 3, by_hw_dian: 2, by_hw_ju: 1},
        brief_bylines={"benbaoxun_paren": 1, by_hw_dian: 1}, credits=(cr_hw, cr_agency), width=(16, 23),
        blank={"para": 1}, indent=0.5, letterspace=0.5, front_pages=(1,), page_no={2: 2}, min_page=3,
        page_plans=slots_only((["article", "photo", "column", "brief"], {by_hw_reporter: 1, by_hw_dian: 1}),
                              (["continuation", "article", "photo"], {by_hw_ju: 1, by_hw_reporter: 1}),
                              (["article", "column", "briefs"], {by_hw_dian: 1}),
                              (["article", "photos", "article"], None)),
        column_labels=("望海楼", "海外评说", "中国观察"), column_marks=("■", "□", ""), label_space=0.6,
        title_lines={1: 1, 2: 2}, head_orders={"kts": 1}, jump_out=0.9, jump_glued=0.3,
        jump_forms=("（下转第{cn}版）", "（下转第{n}版）"), cont_forms=("（上接第{cn}版）", "（上接第{n}版）"),
        brief_forms={"bullet_title": 1}, brief_bullets="●", brief_credits={"reporter": 1, "trail": 1},
        brief_labels=("新闻速览", "中国速览"), shared_credit=("本版图片均为新华社记者 {n} 摄", "新华社记者 {n} 摄"),
        sections=("要闻", "中国经济", "神州大地")),
    fam("jiefangjun_national", "解放军报", _jfj_top, _jfj_bottom,
        {by_jfj_long: 2, by_jfj_pre: 2, by_jfj_outlet: 1, by_jfj_dian: 1},
        brief_bylines={by_jfj_xun: 1}, credits=(cr_jfj,), width=(13, 19), blank={"every": 1, "para": 1},
        letterspace=0.3, doubled=0.1, front_pages=(1,), page_no={4: 2}, min_page=3,
        page_plans=slots_only((["article", "photo", "editorial", "brief"], {by_jfj_dian: 1, by_jfj_long: 1}),
                              (["article", "junying", "photo"], {by_jfj_long: 1}),
                              (["article", "column", "photo"], {by_jfj_pre: 1, by_jfj_outlet: 1}),
                              (["continuation", "article", "brief"], {by_jfj_pre: 1})),
        editorial_forms={"inst": 1}, inst_lines=("本报评论员", "■本报评论员"), comment_labels=(),
        column_labels=("长城瞭望", "强军论坛", "军营观察"), column_marks=("■", ""), label_space=0.4,
        title_lines={1: 2, 2: 1}, jump_out=0.9, jump_glued=0.5, jump_forms=("（下转第{cn}版）", "（下转第{n}版）"),
        cont_forms=("（上接第{cn}版）", "上接第{cn}版"), brief_labels=("军营速递", "练兵场简讯", ""), brief_bullets="▲",
        sections=("要闻", "国防军事", "军营")),
    fam("jjckb_business", "经济参考报", _jj_top, _jj_bottom,
        {by_jj_baodao: 1},
        credits=(cr_jj, cr_agency), width=(17, 25), blank={"none": 2, "para": 1}, indent=0.4, stray_spaces=0.05,
        page_plans=slots_only((["long", "observe", "factbox"], None), (["article", "table", "observe"], None),
                              (["article", "factbox", "article"], None), (["long", "photo", "factbox"], None)),
        heading_forms={"■": 2, "cn": 1}, lead_wide=0.6, lead_labels=("核心阅读", "导读"), head_tight=0.4,
        observe_labels=("记者观察", "◎记者观察", "【记者观察】"), fact_labels=("数说", "数读", "关键数字"),
        table_labels=("数据", ""), kicker_long=0.4, min_page=3, sections=("深度", "区域", "产业")),
    fam("fuzhou_evening", "福州晚报", _fz_top, _fz_bottom,
        {by_fz: 3, by_fz_trail: 1},
        brief_bylines={by_fz_trail: 1}, credits=(cr_fz, cr_fz_before), width=(12, 17), blank={"every": 1, "para": 1},
        letterspace=0.5, doubled=0.3, displaced=0.3, caption_twice=0.15,
        page_plans=slots_only((["feature", "scores", "pair", "photo", "brief", "qr"], None),
                              (["sports_shorts", "photo", "photo"], None),
                              (["photo", "feature", "qr", "scores"], None),
                              (["pair", "scores", "photo", "sports_shorts"], None)),
        caption_pool=SPORTS_CAPTIONS, caption_width=(13, 24), photo_title=0.7, photo_title_break=0.2,
        brief_pool=SPORTS_SHORTS, brief_pool_share=1.0, short_labels=("体坛快讯", "体育短波", ""), short_bullets="◆●",
        score_labels=("赛果", "比分直通车", "战况"), title_space=0.2,
        qr_lines=("扫码看比赛精彩视频", "▲扫一扫 看更多赛事图片", "体育热线：{p}"), area="0591", min_page=9,
        sections=("体育",)),
    fam("zhengxie_national", "人民政协报", _zx_top, _zx_bottom,
        {by_zx: 1},
        brief_bylines={by_zx_xun: 1}, credits=(cr_zx, cr_supplied), width=(16, 22), blank={"para": 2, "none": 1},
        indent=0.6, letterspace=0.4,
        page_plans=slots_only((["interview", "portrait"], None), (["portrait", "interview", "briefs"], None),
                              (["article", "article", "brief"], None), (["interview", "link"], None)),
        interview_labels=("委员访谈", "对话委员", "履职访谈"), label_space=0.3,
        qa_pairs=(("记者：", "{name}："), ("问：", "答："), ("记者：", "{name}委员："), ("本报记者：", "{name}：")),
        title_lines={1: 1, 2: 2}, dash_subtitle=0.0, brief_forms={"bullet_title": 1}, brief_bullets="●",
        brief_credits={"reporter": 1, "trail": 1}, brief_labels=("履职快讯", "协商动态"), link_labels=("背景", "链接"),
        sections=("委员履职", "协商在线", "经济周刊")),
    fam("jiading_district", "嘉定报", _jd_top, _jd_bottom,
        {by_jd: 3, by_jd_xun: 2, by_wen_bar: 1},
        brief_bylines={by_jd_xun: 1, by_jd_trail: 1}, credits=(cr_jd, cr_jd_town), width=(13, 24), per_article_width=True,
        blank={"para": 1, "every": 1, "none": 1}, letterspace=0.5, displaced=0.3, stray_spaces=0.04,
        weekday_no=1, front_pages=(1,), min_page=2,
        page_plans=slots_only((["article", "pair", "brief", "photo", "ad"], None),
                              (["runin", "photo", "article"], None),
                              (["article", "notice", "pair", "photo", "brief"], None),
                              (["photos", "article", "ad"], None)),
        runin_labels=("街镇动态", "社区传真", ""), brief_credits={"trail": 1, "reporter": 1}, notice_keys=(2,),
        shared_credit=("本版图片均由记者 {n} 摄", "（记者 {n} 摄）"), ad_forms=("招商热线：{p}", "广告热线：{p}"), area="021",
        caption_width=(12, 22), photo_title=0.3, sections=("综合", "街镇", "民生")),
    fam("anhui_theory", "安徽日报", _ah_top, _ah_bottom,
        {"benbaoxun_paren": 1},
        brief_bylines={"benbaoxun_paren": 1}, width=(18, 26), blank={"para": 2, "none": 1}, indent=0.8,
        letterspace=0.3, min_page=6,
        page_plans=slots_only((["essay"], None), (["essay", "essay_short"], None),
                              (["essay_short", "essay_short", "brief"], None), (["essay", "brief"], None)),
        essay_labels=("学思践悟", "理论观察", "思想纵横"), column_marks=("", "□", "■ "), label_space=0.3,
        heading_cn={"cn": 3, "paren_cn": 1}, title_lines={1: 1, 2: 2}, head_orders={"kts": 1},
        sections=("理论", "理论·学习", "理论周刊")),
    fam("bandao_minsheng", "半岛都市报", _bd_top, _bd_bottom,
        {by_bd: 2, by_bd_dated: 1},
        brief_bylines={by_bd_trail: 1}, credits=(cr_bd, cr_supplied), width=(12, 17), blank={"every": 2, "para": 1},
        doubled=0.2, displaced=0.2, letterspace=0.4,
        page_plans=slots_only((["hotline", "qr", "article", "photo"], None),
                              (["article", "notice", "oneliners", "qr"], None),
                              (["hotline", "photo", "brief", "brief"], None),
                              (["article", "hotline", "notice"], None)),
        hotline_labels=("热线追踪", "民生帮办", "热线直通车"), notice_keys=(0, 1), oneliner_labels=("民生快讯", "岛城短波"),
        qr_lines=("扫码上报新闻线索", "▲扫一扫 关注半岛帮办", "新闻线索请拨打 {p}", "半岛帮办热线 {p}"), area="0532",
        min_page=5, sections=("民生", "青岛新闻", "城事")),
]
