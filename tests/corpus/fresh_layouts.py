"""Fresh development layout families for the synthetic corpus (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, the development
family files as examples, articles.yml, evaluate.py), never the segmenter.  Seven papers the
corpus had not imitated, each around page shapes the earlier families lack; each page of a
family follows one of four page plans.

* `guangxi_provincial` 广西日报: series reports (a 【高质量发展看八桂】 kicker, a ——“…”系列报道之三
  subtitle), a lead paragraph printed above the byline, 首席记者 and 广西云-广西日报记者 bylines,
  名词解释 boxes (term：definition rows), ◎ 八桂快讯 columns with no blank line between items.
* `guizhou_provincial` 贵州日报: a culture-and-tourism page with **vertical headlines** (one or two
  characters a line), 声音 boxes (quotes with their speakers), 贵州日报天眼新闻记者 bylines, 文/… 图/…
  on two lines, pictures supplied by a county (no photographer), ISO dates, `第 5 版`.
* `yunnan_fukan` 云南日报 花潮 副刊: a **literary supplement**: poems (one verse a line, stanzas),
  a 组诗 under one title with ◎ sub-titles, essays, a 连载 instalment closed by （未完待续）, artworks
  credited `X 作`, author notes （作者系…）, 投稿邮箱 footers; some pages print no paper name.
* `chongqing_morning` 重庆晨报: a metro paper's **现场直击 timelines** (paragraphs opening with a time),
  辟谣 pieces (网传：/核实：/真相：), **cartoons** (漫画 label, title, one-line caption, `X 作`),
  上游新闻记者 bylines (which do not name the paper), bylines after the body, 网友供图.
* `eeo_weekly` 经济观察报: a business weekly (always a Monday): bylines with the reporter's
  **e-mail address**, long features under 小标题, 人物名片 boxes, charts credited `制图：X`.
* `zhangjiagang_county` 张家港日报: a county-level city paper: **公告/通告 notices** signed by an
  issuer and a date after 特此公告。, a **遗失声明 classifieds** block, `本报讯` items closed by
  （记者 X 通讯员 Y）, town briefs, a blank line after every line on some pages.
* `wenzhou_city` 温州日报: a city paper whose articles are followed by **相关新闻 / 延伸阅读 boxes**
  (a label, a title, a short text), bylines `温州日报记者 X 通讯员 Y` printed after a 导语, and
  `（完）` closing stories.

Gold conventions are those of the README; new here (stated in the README's section too):

* a series kicker keeps no 【】 in the gold; a `——“…”系列报道之三` line is the subtitle (with ——);
* a 名词解释 / 声音 / 人物名片 box is an `infobox` whose body is its rows and whose title is its label
  (no decoration), or its kicker when a title follows; people quoted or profiled are no authors;
* vertical headline lines are `title` lines; the gold title is the headline read in order;
* a poem's verses are its body (one paragraph each); a 组诗's ◎ sub-titles are `heading` lines; a
  literary piece signed by a bare name (above or below) is an `article` by that person;
  `（作者系…）` is a `credit` line; `（未完待续）` is a `jump` line; a 连载 label is furniture;
* an artwork or cartoon is a `photo` item whose body is its caption; `X 作`, `漫画/X`, `X/绘`,
  `制图：X` make X its photographer; `网友供图` / `（XX县委宣传部供图）` name none;
* a timeline's time stamps are part of its paragraphs; a 辟谣 label is furniture;
* an e-mail address in a byline is no person; `经济观察报 记者 X` names X;
* a notice's issuer and date lines are `byline` lines naming no person (authors []); its body ends
  with 特此公告。; a classifieds block is an `infobox` titled with its label, the ads its rows (its 刊登热线 furniture);
* a 相关新闻 / 延伸阅读 label is furniture and the box is an item of its own (an `article`, or a
  `brief` when it opens with 本报讯);
  `（完）` glued to a last paragraph is a `jump`-role tail, not body (like a jump line).

Seeds: FRESH_SEED_BASE + 100_000*family + 1_000*attempt + n for the first FRESH_SPLIT families
(3_050_001 .. 3_499_999, between the first dev families and the newer ones) and FRESH_SEED_BASE_2
+ 100_000*family + 1_000*attempt + n for the others (8_650_001 .. 8_799_999, between the newest
families and the held-back ones).  All text comes from articles.yml or from the short filler
below, written for this corpus (glossary rows, quotes, poems, essays, the serial, timelines,
rumour checks, cartoons, profiles, notices, classifieds, briefs, captions).
"""
from __future__ import annotations

import dataclasses
import datetime
import re
from dataclasses import dataclass

from layout_kit import (DATED, DATED_LUNAR, TRAIL, Above, aide, chosen, form, furniture, ln, masthead, reporters,
                        short_lunar, xun)
from synthesize import (BY_ID, FILLER_BRIEFS, Byline, Family, Item, L, PageBuilder, PooledBriefs, choose, cn_date,
                        gold_kind, line_roles, lunar, phone, photo_credit, seg_line, shorten, spaced, weekday, wrap)

FRESH_SEED_BASE = 2_950_000
FRESH_SEED_BASE_2 = 8_550_000
FRESH_SPLIT = 5  # families 1..5 under FRESH_SEED_BASE, the rest under FRESH_SEED_BASE_2

# --------------------------------------------------------------------------- filler (written for this corpus)

GLOSSARY = [
    ("陆港", "设在内陆地区、具备报关报检和集装箱中转功能的物流枢纽，常被称为“不靠海的港口”。"),
    ("飞地园区", "两个行政上互不隶属的地区打破区划限制，在一方辖区内合作建设、共享收益的产业园区。"),
    ("统计分算", "对共建园区内企业的产值、税收等指标，按双方约定的比例分别计入各自的统计数据。"),
    ("东西部协作", "东部地区与西部地区结对，在产业、人才、劳务、消费等方面开展合作的一种帮扶机制。"),
    ("通关便利化", "通过精简单证、压缩时限、推行“一站式”查验等办法，降低货物进出口环节的时间和费用。"),
    ("柔性引才", "不改变人才的户籍和人事关系，以兼职、顾问、项目合作等方式引进高层次人才的做法。"),
]
VOICES = [
    ("村民", "“村里的路修好了，游客多了，我家农家乐一年能多挣好几万元。”"),
    ("县文化馆馆员", "“我们把非遗手艺带进课堂，让孩子们从小就喜欢上家乡的文化。”"),
    ("返乡创业青年", "“以前山货卖不出去，现在通过直播，一天能发好几百单。”"),
    ("民宿经营者", "“游客来了不只是看风景，更想体验当地人的日子是怎么过的。”"),
    ("景区讲解员", "“每天带着游客走一遍古镇，我自己也越讲越爱这片土地。”"),
]
VOICE_TITLES = ("听听他们怎么说", "来自一线的声音")
GZ_CAPTIONS = [
    ("近年来，当地依托梯田资源发展乡村旅游。图为游客在观景台拍摄梯田风光。", "梯田如画"),
    ("图为苗族群众身着盛装，在村寨广场上跳起芦笙舞迎接远方的客人。", ""),
    ("夏日的峡谷景区里，游客乘坐竹筏顺流而下，感受山水清凉。", "峡谷漂流"),
    ("非遗传承人在工坊里向学员演示蜡染技艺。", ""),
]
GZ_COUNTIES = ("雷山县", "镇远县", "荔波县", "赤水市", "黎平县")
POEMS = [
    ("高原的风", [["高原的风", "从雪山那边吹来", "带着青稞拔节的声响", "也带着牧歌的尾音"],
                  ["它吹过湖面", "湖水便起了褶皱", "它吹过草场", "羊群便走向天边"],
                  ["我站在垭口", "把名字交给风", "它会替我", "把思念送回故乡"]]),
    ("雨后的茶山", [["雨停了", "茶山披着一层薄雾", "采茶人的背篓", "装满了清晨的露水"],
                    ["山路弯弯", "绕过一户户人家", "炊烟升起的地方", "就是春天落脚的地方"]]),
    ("给母亲的信", [["母亲，城里的灯很亮", "亮得看不见星星", "我常常在夜里想起", "老家屋檐下那盏灯"],
                    ["它不够亮", "却一直亮着", "像您等我回家时", "那双不肯合上的眼睛"]]),
]
POEM_GROUP = ("边地短章（组诗）", [
    ("梯田", [["一层一层的水镜", "映着天空的蓝", "也映着先人的汗水"]]),
    ("古镇", [["石板路被岁月磨亮", "马帮的铃声远了", "檐下的老人还在等", "一封迟到的信"]]),
    ("江边", [["江水向南", "带走了落日", "却把一船灯火", "留给了夜晚"]]),
])
ESSAYS = [
    ("老屋门前的石榴树", [
        "老屋门前有一棵石榴树，是祖父年轻时种下的。树干不粗，却长得歪歪扭扭，像一个弯腰干活的人，一年四季都朝着院门的方向。",
        "每年五月，石榴花开得正旺，一簇一簇红得发亮。祖母说，花开得越热闹，秋天的果子就越甜。我们几个孩子便天天守在树下数花，数着数着就忘了，第二天又从头数起。",
        "到了中秋前后，石榴一个个咧开了嘴，露出晶莹的籽。祖父搬来木梯，小心地把果子摘下来，挑最大最红的送给左邻右舍，剩下的才分给我们。那时候总觉得分到手的太少，现在想来，那份甜里本就掺着人情的味道。",
        "后来我们陆续离开村子，老屋空了许多年。去年回去，院墙已经塌了一角，石榴树却还在，枝头挂满了青色的果子。我站在树下，忽然明白，有些东西是不会老的，它只是在原地等着你回来。"]),
    ("山城的雾", [
        "在山城住久了，便习惯了雾。冬天的早晨推开窗，对面的楼房只剩下一个淡淡的影子，江面上的轮渡鸣着汽笛，声音闷闷的，好像隔着一层棉花。",
        "雾天出门，走的是熟悉的石阶，却总有几分陌生。路边的黄葛树、转角的小面馆、爬坡上坎的行人，都在雾里若隐若现。走着走着，雾散开一些，太阳从云缝里探出头来，整座城市便一点一点亮了起来。",
        "有人嫌雾天潮湿，我却偏爱这份朦胧。它让喧闹的城市慢了下来，让人愿意停下脚步，听一听江水的声音，看一看远处的山影。"]),
]
SERIAL = ("山那边的灯火", [
    ("七", ["天刚蒙蒙亮，阿秀就背着竹篓出了门。昨夜下过一场雨，山路湿滑，她走得很慢，每一步都踩在石头上。",
            "走到半山腰，她回头望了一眼。村子还在雾里睡着，只有学校那间小屋亮着灯。她知道，那是李老师又在批改作业了。",
            "“阿秀，等等我！”身后传来一声喊。她转过身，看见弟弟阿明一路小跑追上来，手里攥着两个还冒着热气的苞谷粑。"]),
    ("八", ["集市设在山脚的镇子上，逢五逢十赶一次。阿秀到的时候，街两边已经摆满了摊子，卖菜的、卖布的、修鞋的，吆喝声此起彼伏。",
            "她找了个空位，把竹篓里的菌子一朵朵摆好。这些菌子是她和阿明前天在山里捡的，个头不大，却很新鲜。",
            "太阳升高的时候，菌子卖完了。阿秀数了数手里的钱，盘算着先给弟弟买一支钢笔，再给母亲扯半尺花布。"]),
])
ARTWORKS = ("山居秋暝图（中国画）", "滇池晨曦（水彩画）", "古镇人家（木刻版画）", "雪山下的村庄（油画）")
WRITER_NOTES = ("（作者系云南省作家协会会员）", "（作者单位：昆明市某中学）", "（作者系大理州文联会员）", "（作者为退休教师）")
TIMELINES = [
    ("暴雨夜 这座城连夜“战水”", "6月21日夜间至22日凌晨，主城多个区域遭遇强降雨。记者跟随应急、市政、交巡警等部门，记录下这个雨夜的一幕幕。", [
        ("21:30", "市气象台将暴雨黄色预警升级为橙色预警，提醒市民减少夜间外出，远离河道和低洼地带。"),
        ("22:10", "南岸区一处下穿道积水没过车轮，交巡警在两端设置警示标志，临时封闭道路，引导车辆绕行。"),
        ("23:40", "市政排水队员打开一处被落叶堵住的雨水篦子，积水很快退去。队员说，这一晚他们已经清掏了二十多处。"),
        ("0:50", "雨势减弱，抢险人员在江北区一处老旧小区转移低洼处住户十余人，安置在附近的社区服务中心。"),
        ("3:20", "记者回到下穿道，积水已经排干，道路恢复通行。环卫工人正在冲洗路面上的淤泥。")],
     "据市应急部门介绍，此轮降雨过程中全市未发生人员伤亡，各类险情均得到及时处置。"),
    ("一座新桥的合龙之夜", "经过两年多建设，城区又一座跨江大桥迎来合龙。当晚，记者在施工现场见证了这一时刻。", [
        ("19:00", "最后一段钢箱梁运抵江面，工人们开始逐项检查吊装设备和缆索。"),
        ("20:30", "起重船缓缓起吊，钢箱梁离开运输船，一点点升向桥面。"),
        ("22:15", "钢箱梁到达预定高度，测量人员反复核对数据，误差控制在几毫米以内。"),
        ("23:48", "随着最后一道焊缝完成，大桥主桥成功合龙，现场响起热烈的掌声。")],
     "据介绍，大桥计划年底建成通车，届时两岸市民往来将节省二十分钟左右。"),
]
RUMOURS = [
    ("“主城下周起全面限行”？不实", [
        "近日，有网民在社交平台发布消息称，“主城区下周起实行单双号全面限行”，引发不少市民关注。",
        "网传：下周一起，主城区所有机动车按单双号限行，违者罚款。",
        "核实：记者从交巡警部门获悉，该消息系谣言，目前主城区并无新的限行措施出台，现行的桥隧错峰通行政策不变。",
        "交巡警部门提醒，市民应通过官方渠道了解交通管理信息，不信谣、不传谣。"]),
    ("自来水“变黄”是污染？专家释疑", [
        "网传：某小区自来水发黄，是水源受到了污染。",
        "真相：供水企业工作人员到现场检测发现，水质各项指标合格，水发黄是因为小区二次供水管道老化，管壁锈迹脱落所致。目前，物业已对水箱和管道进行冲洗。",
        "提示：家中长时间未用水时，可先放水一两分钟再使用；如发现水质异常，可拨打供水服务热线反映。"]),
]
CARTOONS = [("“低头族”", "过马路时请放下手机，注意来往车辆。"), ("垃圾分类新时尚", "分一分，环境美十分，你我都是参与者。"),
            ("文明养犬", "出门遛狗请牵好绳，及时清理粪便。"), ("别让外卖“堵”了楼道", "楼道不是储物间，安全通道要畅通。")]
CQ_CAPTIONS = [("22日凌晨，市政排水队员在积水路段清掏雨水篦子。", ""), ("市民在江边步道上散步纳凉。", "江畔纳凉"),
               ("一处下穿道积水排干后，道路恢复通行。", "")]
PROFILE_ROWS = [
    ["出生：1976年，四川广安人", "现任：某智能装备公司董事长", "经历：曾在沿海城市从事研发工作十余年，2016年回乡创业"],
    ["1981年生，重庆人", "某物流集团总经理", "从业二十年，参与建设多个内陆港项目", "兼任市物流行业协会副会长"],
    ["出生：1985年", "现任：某数字科技公司创始人", "毕业于某大学计算机专业", "公司主营工业软件，员工三百余人"],
]
CHARTS = [("园区企业数量逐年增长", "2019年至2023年，园区入驻企业数量由三十余家增至七十九家。"),
          ("重点项目投资完成情况", "今年前三季度，重点项目年度投资完成率超过一百个百分点。"),
          ("就业援助覆盖人群", "就业援助对象中，大龄失业人员和零就业家庭成员占比较高。")]
NOTICES = [
    ("关于暂停部分路段通行的公告", [
        "因市政道路改造施工需要，自2024年7月1日起至2024年8月31日，暂停港城大道（长安路至华昌路段）机动车通行，非机动车和行人可在施工围挡外侧通行。",
        "施工期间，过往车辆请提前绕行，服从现场交通指挥。由此带来的不便，敬请谅解。", "特此公告。"], "市城区道路建设指挥部"),
    ("关于开展夏季燃气安全检查的通告", [
        "为保障居民用气安全，市燃气公司将于7月1日至7月31日对城区居民用户开展入户安全检查。",
        "检查人员均佩戴工作证，不收取任何费用，不推销任何产品。如有疑问，请拨打服务热线核实。", "请广大用户予以配合。", "特此通告。"],
     "市燃气有限公司"),
    ("关于暑期游泳场所安全管理的公告", [
        "暑期将至，为防止溺水事故发生，全市各游泳场所须配齐救生员和救生设备，严格落实安全巡查制度。",
        "严禁在河道、池塘、水库等非游泳区域游泳。请家长加强对未成年人的看护和安全教育。", "特此公告。"], "市文体广电和旅游局"),
]
CLASSIFIEDS = ("张家港市恒顺五金经营部遗失公章一枚，声明作废。", "张家港市某某商贸有限公司遗失营业执照副本一份，声明作废。",
               "{n}遗失道路运输从业资格证一本，声明作废。", "{n}遗失房屋租赁合同一份，声明作废。")
ZJG_BRIEFS = [
    ("长江岸线生态修复见成效", "近日，记者在长江岸线一处修复点看到，原先的废弃码头已改造成生态湿地，芦苇成片，水鸟成群。今年以来，当地累计修复岸线三公里，新增绿地二十余万平方米。"),
    ("夜间集市点亮消费", "入夏以来，城区两处夜间集市陆续开市，设置小吃、文创、农产品等摊位一百余个，每晚吸引数千名市民前来逛吃。"),
    ("农村公路完成提档升级", "今年上半年，全市完成农村公路提档升级四十余公里，新增错车道、安全护栏等设施，群众出行更加安全便捷。"),
    ("社区食堂开进老小区", "日前，一家社区食堂在城区一处老小区开业，为周边老人提供午餐和晚餐，六十岁以上老人就餐可享受优惠。"),
]
ZJG_CAPTIONS = [("图为塘桥镇一处农田里，农机手驾驶收割机抢收小麦。", ""), ("夜间集市上，市民在文创摊位前挑选商品。", "夜市人气旺"),
                ("长江岸线生态修复点，水鸟在湿地中觅食。", "")]
GX_BRIEFS = [
    ("南宁新开三条公交微循环线路", "近日，南宁市新开通三条公交微循环线路，串联多个老旧小区、菜市场和地铁站，方便市民短途出行。"),
    ("百色芒果陆续上市", "眼下，百色芒果陆续进入采摘期，各地果园一片繁忙。当地通过冷链物流和电商平台，把新鲜芒果销往全国各地。"),
    ("桂林推出夏季研学线路", "桂林市文旅部门近日推出十条夏季研学线路，涵盖山水科考、非遗体验、红色教育等内容，面向中小学生开放报名。"),
    ("北部湾港再添外贸航线", "日前，一条连接北部湾港与东南亚港口的集装箱航线开通，每周一班，进一步拓展了港口的外贸航线网络。"),
]
GX_SERIES = ("高质量发展看八桂", "奋进新征程 八桂谱新篇", "县域经济调研行")
CN_ORD = "一二三四五六七八九十"
RELATED = [  # 相关新闻 / 延伸阅读 boxes
    ("温州启动夏季就业服务月", "日前，温州市启动夏季就业服务月活动，计划举办各类招聘会六十余场，提供岗位三万余个，重点帮助高校毕业生和困难人员就业。"),
    ("瓯江沿岸新增三处口袋公园", "近日，瓯江沿岸三处口袋公园建成开放，新增休闲步道、儿童游乐设施和健身器材，成为周边居民散步休闲的好去处。"),
    ("民营企业服务专班进企走访", "连日来，市民营企业服务专班深入企业走访，收集融资、用工、用地等方面问题一百余个，目前已解决七成以上。"),
]


def lspace(text: str) -> str:
    return " ".join(text)


def F(ctx, text, **kw):
    return ctx.furn(text, **kw)


def mail(rng) -> str:
    return "".join(rng.choice("abcdefghjkmnpqrstwxyz") for _ in range(rng.randrange(4, 8))) + "@example.cn"


def _d(ctx):
    return ctx.date - datetime.timedelta(days=1)


def _shown(ctx, n):
    return spaced(n) if ctx.rng.random() < ctx.family.letterspace else n


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


def by_gx_outlet(ctx, item):
    """广西云-广西日报记者 X / 广西云-广西日报首席记者 X 通讯员 Y 实习生 Z."""
    rng = ctx.rng
    a = ctx.name()
    names, text = [a], f"广西云-广西日报{rng.choice(('记者', '记者', '首席记者'))} {_shown(ctx, a)}"
    text = aide(ctx, names, text, 0.5)
    text = aide(ctx, names, text, 0.25, "实习生")
    return Byline(names, before=[text])


def by_gx_chief(ctx, item):
    """本报首席记者 X 通讯员 Y Z / 本报记者 X 见习记者 Y (roles after the first name)."""
    rng = ctx.rng
    a, b = ctx.name(), ctx.name()
    if rng.random() < 0.5:
        c = ctx.name()
        return Byline([a, b, c], before=[f"{rng.choice(('', '■'))}本报首席记者 {_shown(ctx, a)} 通讯员 {b} {c}"])
    return Byline([a, b], before=[f"本报记者 {_shown(ctx, a)} 见习记者 {b}"])


by_gx_xun = xun(0.5)


def by_gx_dated(ctx, item):
    """本报南宁6月21日讯（记者 X）: a dated 讯, not 本报讯."""
    d, a = _d(ctx), ctx.name()
    return Byline([a], glue=f"本报{ctx.rng.choice(('南宁', '柳州', '桂林'))}{d.month}月{d.day}日讯（记者 {a}）")


def by_gz_outlet(ctx, item):
    rng = ctx.rng
    names = [ctx.name() for _ in range(rng.choice((1, 1, 2)))]
    return Byline(names, before=[f"{rng.choice(('', '□'))}贵州日报天眼新闻记者 {' '.join(_shown(ctx, n) for n in names)}"])


def by_gz_wentu(ctx, item):
    """文/贵州日报天眼新闻记者 X / 图/Y on two lines (X author, Y photographer)."""
    a, b = ctx.name(), ctx.name()
    item.photographers = [b]
    return Byline([a], before=[f"文/贵州日报天眼新闻记者 {a}", f"图/{ctx.rng.choice(('', '本报记者 '))}{b}"])


by_gz_trail = form("（贵州日报天眼新闻记者 {0}）", **TRAIL)


def by_cq_outlet(ctx, item):
    """上游新闻记者 X / 上游新闻·重庆晨报记者 X 见习记者 Y / 上游新闻记者 X 实习生 Y."""
    rng = ctx.rng
    a = ctx.name()
    lead = rng.choice(("上游新闻记者", "上游新闻记者", "上游新闻·重庆晨报记者"))
    if rng.random() < 0.6:
        b = ctx.name()
        return Byline([a, b], before=[f"{lead} {_shown(ctx, a)} {rng.choice(('见习记者', '实习生'))} {b}"])
    return Byline([a], before=[f"{lead} {_shown(ctx, a)}"])


def by_cq_after(ctx, item):
    """The byline printed after the body, on a line of its own."""
    a = ctx.name()
    if ctx.rng.random() < 0.5:
        b = ctx.name()
        return Byline([a, b], after=[f"上游新闻记者 {a} 见习记者 {b}"])
    return Byline([a], after=[f"上游新闻记者 {_shown(ctx, a)}"])


by_cq_trail = form("（上游新闻记者 {0}）", **TRAIL)


def by_eeo(ctx, item):
    """经济观察报 记者 X (Y), an e-mail address on the next line or in brackets after the name."""
    rng = ctx.rng
    names = [ctx.name() for _ in range(rng.choice((1, 1, 2)))]
    lead = rng.choice(("经济观察报 记者", "经济观察报记者", "■经济观察报 记者"))
    shown = " ".join(_shown(ctx, n) for n in names)
    r = rng.random()
    if r < 0.4:
        return Byline(names, before=[f"{lead} {shown}", " ".join(mail(rng) for _ in names)])
    if r < 0.7 and len(names) == 1:
        return Byline(names, before=[f"{lead} {shown}（{mail(rng)}）"])
    return Byline(names, before=[f"{lead} {shown}"])


def by_eeo_place(ctx, item):
    rng = ctx.rng
    a = ctx.name()
    return Byline([a], before=[f"经济观察报 记者 {_shown(ctx, a)} {rng.choice(('北京', '上海', '深圳', '成都'))}报道",
                               mail(rng)])


# 融媒体记者 X 通讯员 Y / 张家港日报记者 X / 通讯员 X Y 记者 Z.
by_zjg = chosen(
    Above("融媒体记者 {0!l} 通讯员 {1}", 2),
    Above("张家港日报记者 {0!l}"),
    Above("通讯员 {0} {1} 记者 {2}", 3), shares=(0.35, 0.65), drawn=2)


def by_zjg_tail(ctx, item):
    """本报讯 … （记者 X 通讯员 Y）: 本报讯 opening, the persons in a credit after the last sentence."""
    a = ctx.name()
    if ctx.rng.random() < 0.6:
        b = ctx.name()
        return Byline([a, b], glue="本报讯 ", trail=f"（记者 {a} 通讯员 {b}）", hint="benbaoxun")
    return Byline([a], glue="本报讯 ", trail=f"（记者 {a}）", hint="benbaoxun")


by_zjg_xun = form("本报讯（融媒体记者 {0}）")


def by_wz(ctx, item):
    """温州日报记者 X 通讯员 Y / 记者 X Y 通讯员 Z."""
    rng = ctx.rng
    a = ctx.name()
    names, text = [a], rng.choice(("温州日报记者", "记者", "温州日报全媒体记者")) + f" {_shown(ctx, a)}"
    text = aide(ctx, names, text, 0.4, "")
    text = aide(ctx, names, text, 0.6)
    return Byline(names, before=[text])


by_wz_xun = form("本报讯（记者 {0}）")


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


cr_gx = photo_credit(("广西云-广西日报记者 {n} 摄", "（{n} 摄）", "本报记者 {s} 摄"))
cr_gz = photo_credit(("贵州日报天眼新闻记者 {n} 摄", "（{n} 摄）"))
cr_cq = photo_credit(("上游新闻记者 {n} 摄", "见习记者 {n} 摄", "{n}/摄"))
cr_eeo = photo_credit(("经济观察报 {n}/摄", "{n} 摄"))
cr_zjg = photo_credit(("（记者 {n} 摄）", "通讯员 {n} 摄", "张家港日报记者 {n} 摄"))
cr_wz = photo_credit(("温州日报记者 {n} 摄", "（{n} 摄）", "记者 {s} 摄"))


def cr_gz_county(ctx):
    county = ctx.rng.choice(GZ_COUNTIES)
    return ctx.rng.choice(("glue", "line")), ctx.rng.choice((f"（{county}委宣传部供图）", f"图片由{county}委宣传部提供")), []


cr_netizen = photo_credit(("网友供图", "（读者供图）"), named=False)


# --------------------------------------------------------------------------- family and builder


@dataclass
class FreshFamily(Family):
    builder: type | None = None
    plans: tuple = ()  # one (slots, options) per page
    min_page: int = 2
    weekday_no: int | None = None  # a weekly printed on this weekday (0 Monday)
    caption_pool: tuple = ()  # (caption, title) written for the family
    caption_width: tuple = (16, 28)
    brief_pool: tuple = ()
    brief_pool_share: float = 0.5
    labels: dict = dataclasses.field(default_factory=dict)  # slot -> column labels
    stamp_forms: tuple = ("{t} ",)


class FreshBuilder(PooledBriefs, PageBuilder):

    def __init__(self, family, seed, n):
        super().__init__(family, seed, n)
        fam, ctx = self.family, self.ctx
        slots, opts = fam.plans[n - 1]
        self.slots, self.opts = list(slots), dict(opts)
        ctx.front = bool(self.opts.get("front"))
        ctx.page_no = 1 if ctx.front else max(ctx.page_no, fam.min_page)
        if fam.weekday_no is not None:
            ctx.date -= datetime.timedelta(days=(ctx.date.weekday() - fam.weekday_no) % 7)
        if "blank" in self.opts:
            self.blank = self.opts["blank"]

    # -------------------------------------------------------------- assembly

    def build(self):
        """The page: its top furniture, then each slot's items and furniture.  A line placed in
        another item's chunks (an interleaved pair) keeps the item it was made for, and an item
        whose lines all stand in another's prints nothing."""
        fam, ctx = self.family, self.ctx
        out: list = [L(line, "furniture") for line in fam.top(ctx)]
        out.append("")
        placed = []
        for slot in self.slots:
            got = getattr(self, "slot_" + slot)()
            placed += got if isinstance(got, list) else [got]
        for entry in placed:
            if isinstance(entry, Item):
                for line in (x for c in entry.chunks for x in c):
                    if line.item is None:
                        line.item = entry
        items = []
        for entry in placed:
            if isinstance(entry, tuple):  # ("furniture", lines)
                for line in entry[1]:
                    out.append(line)
                    if self.blank == "every":
                        out.append("")
                if self.blank != "none":
                    out.append("")
            else:
                items.append(entry)
                if entry.chunks:
                    self.emit(entry.chunks, out, tight=getattr(entry, "tight", False), joined=getattr(entry, "joined", False))
        return self.page_text(out, items)

    def furniture(self, *texts):
        return ("furniture", [L(self.ctx.furn(t), "furniture") for t in texts])

    def label(self, key, default=("",)):
        return self.rng.choice(self.family.labels.get(key, default))

    # -------------------------------------------------------------- sources

    def long_source(self, ids=("000-02", "001-01", "001-02", "001-06", "002-02", "002-05", "003-01", "003-07", "004-01"),
                    headings=True):
        src = self.pick(list(ids))
        body = shorten(self.rng, src["body"], keep_min=4)
        if sum(len(t) for r, t in body if r != "heading") < 900:
            body = [(b["role"], b["text"]) for b in src["body"]]
        if not headings:
            body = [(r, t) for r, t in body if r != "heading"]
        return src, body

    def caption_source(self):
        fam, rng = self.family, self.rng
        free = [k for k in range(len(fam.caption_pool)) if f"cap-{k}" not in self.used]
        self.pooled = bool(free) and rng.random() < 0.6
        if self.pooled:
            k = rng.choice(free)
            self.used.add(f"cap-{k}")
            return fam.caption_pool[k]
        src = self.pick(["000-03", "002-01", "002-04", "002-06", "003-02", "003-06"])
        return src["body"][0]["text"], src["title"]

    # -------------------------------------------------------------- articles

    def vertical_head(self, item, title):
        """A headline set vertically: one or two characters a line, each column (part) in turn."""
        step = self.rng.choice((1, 1, 2))
        lines = [L(part[i:i + step], "title") for part in title.split(" ") for i in range(0, len(part), step)]
        item.title = item.printed_title = title
        return [lines]

    def fresh_article(self, src, body, styles, slot="article", kicker=None, subtitle=None, vertical=False,
                      lead_first=False, tail_mark="", gold_kicker=None):
        """An article: head, byline lines, body (glue/trail as PageBuilder.article), lines after it."""
        rng = self.rng
        item, width, by = self.opened_article(styles)
        if kicker is None:
            kicker = src.get("kicker", "") if rng.random() < 0.7 else ""
        if subtitle is None:
            subtitle = src.get("subtitle", "") if rng.random() < 0.7 else ""
        if vertical:
            head = ([[L(kicker, "kicker")]] if kicker else []) + self.vertical_head(item, src["title"])
            item.kicker = kicker
            if subtitle:
                head.append([L(subtitle, "subtitle")])
                item.subtitle = subtitle
        else:
            head = self.headline(item, src["title"], kicker, subtitle)
        if gold_kicker is not None:
            item.kicker = gold_kicker
        body_chunks = []
        paragraphs = [k for k, (r, _) in enumerate(body) if r != "heading"]
        for k, (role, text) in enumerate(body):
            own = "heading" if role == "heading" else "body"
            printed = [(own, text)]
            if k == paragraphs[0] and by.glue:
                printed = [("byline", by.glue), (own, text)]
            if k == paragraphs[-1]:
                if by.trail:
                    printed.append(("credit", by.trail))
                if tail_mark:
                    printed.append(("jump", tail_mark))
            body_chunks.append([seg_line(printed)] if role == "heading" else self.para_lines(printed, width))
        item.body = list(body)
        item.kind = gold_kind(slot, by.hint, item.title, body)
        before = [[L(x, by.before_role)] for x in by.before]
        if lead_first and before and body[0][0] != "heading":
            chunks = head + body_chunks[:1] + before + body_chunks[1:]
        elif rng.random() < self.family.displaced:
            chunks = before + body_chunks + [[L(x, "byline")] for x in by.after] + head
            item.chunks = chunks
            return item
        else:
            chunks = head + before + body_chunks
        item.chunks = chunks + [[L(x, "byline")] for x in by.after]
        return item

    def slot_article(self):
        return self.fresh_article(*self.long_source(), self.family.bylines)

    def slot_brief(self):
        src, body = self.brief_source()
        styles = self.family.brief_bylines or {"benbaoxun_paren": 1}
        keep = self.rng.random() < 0.5
        return self.fresh_article(src, body, styles, slot="brief", kicker=None if keep else "", subtitle=None if keep else "")

    def slot_photo(self):
        rng, ctx, fam = self.rng, self.ctx, self.family
        item = Item("photo")
        caption, title = self.caption_source()
        style = rng.choice(fam.credits)
        if style is cr_gz_county and not self.pooled:  # a county supplies only its own pictures
            style = cr_gz
        where, credit, photographers = style(ctx)
        item.photographers = photographers
        width = rng.randrange(*fam.caption_width)
        chunks = []
        if title:
            if rng.random() < self.opts.get("vertical_photo", 0.0):
                chunks += self.vertical_head(item, title)
            else:
                chunks.append([L(title, "title")])
                item.title = item.printed_title = title
        segments = [("caption", caption)] + ([("credit", rng.choice(("", " ")) + credit)] if where == "glue" else [])
        lines = wrap("".join(t for _, t in segments), width)
        chunks.append([L(x, *r) for x, r in zip(lines, line_roles(segments, lines))])
        if where == "line":
            chunks.append([L(credit, "credit")])
        item.body, item.chunks = [("caption", caption)], chunks
        return item

    # -------------------------------------------------------------- boxes of rows (infobox)

    def box(self, label, rows, title="", intro="", decorations=("", "■", "【{}】", "◎"), width=None):
        """An infobox: its label (the title, or the kicker over a title), an intro, rows as printed."""
        rng = self.rng
        item = Item("infobox")
        deco = rng.choice(decorations)
        printed = deco.format(label) if "{}" in deco else deco + label
        if title:
            head = [[L(printed, "kicker")], [L(title, "title")]]
            item.kicker, item.title, item.printed_title = label, title, title
        else:
            head = [[L(printed, "title")]]
            item.title, item.printed_title = label, printed
        width = width or self.w()
        chunks = list(head)
        body = []
        if intro:
            chunks.append(self.para_lines(intro, width))
            body.append(("paragraph", intro))
        rows_chunks = [[L(x, "body") for x in wrap(row, width)] for row in rows]
        if rng.random() < 0.5:
            rows_chunks = [[x for c in rows_chunks for x in c]]
        item.chunks = chunks + rows_chunks
        item.body = body + [("listitem", row) for row in rows]
        item.kind = "infobox"
        return item

    def row_box(self, label, rows, title="", kicker_first=True):
        """A box of rows (one listitem each) under its label, or under the label and a title."""
        return self.box(label, rows, title)

    def slot_glossary(self):
        rng = self.rng
        terms = rng.sample(GLOSSARY, rng.choice((3, 4)))
        sep = rng.choice(("：", "　", "："))
        return self.row_box(rng.choice(("名词解释", "名词解释", "相关名词")), [f"{t}{sep}{d}" for t, d in terms])

    def slot_voices(self):
        rng, ctx = self.rng, self.ctx
        rows = []
        for role, quote in rng.sample(VOICES, rng.choice((3, 4))):
            rows.append(f"{quote}{rng.choice(('——', '—— '))}{role} {ctx.name()}")
        title = rng.choice(VOICE_TITLES) if rng.random() < 0.4 else ""
        return self.row_box(rng.choice(("声音", "声音", "他们说")), rows, title)

    def slot_profile(self):
        rng, ctx = self.rng, self.ctx
        rows = list(rng.choice(PROFILE_ROWS))
        name = ctx.name()
        rows.insert(0, f"姓名：{name}" if rows[0].startswith("出生") else name)
        return self.row_box(rng.choice(("人物名片", "人物档案")), rows)

    # -------------------------------------------------------------- guangxi

    def slot_series(self):
        rng = self.rng
        src, body = self.long_source()
        series = rng.choice(GX_SERIES)
        if rng.random() < 0.5:
            return self.fresh_article(src, body, self.family.bylines, kicker=f"【{series}】", gold_kicker=series,
                                      subtitle=src["subtitle"] if rng.random() < 0.5 else "")
        sub = f"——“{series}”系列报道之{CN_ORD[rng.randrange(1, 9)]}"
        return self.fresh_article(src, body, self.family.bylines, kicker="", subtitle=sub)

    def slot_leadfirst(self):
        src, body = self.long_source(headings=self.rng.random() < 0.5)
        return self.fresh_article(src, body, self.family.bylines, lead_first=True)

    def slot_column(self):
        return self.brief_column()

    def brief_column(self, bullet="◎", byline_share=0.6):
        """A briefs column: a label, then items `◎标题` over their text, no blank line between them;
        `bullet` unless the family's labels name its own, a byline on `byline_share` of the items
        (the lines it prints before the text under the title)."""
        rng = self.rng
        entries = [self.furniture(self.label("column"))]
        joined = rng.random() < 0.7
        bullet = rng.choice(self.family.labels.get("bullet", (bullet,)))
        n = rng.choice((3, 3, 4))
        for k in range(n):
            src, body = self.brief_source()
            body = body[:1]
            item = Item("brief")
            by = self.byline(item, self.family.brief_bylines) if rng.random() < byline_share else Byline([])
            item.authors = by.authors
            item.title = item.printed_title = src["title"]
            lines = [L(bullet + src["title"], "title")] + [L(x, "byline") for x in by.before]
            printed = [("byline", by.glue), ("body", body[0][1]), ("credit", by.trail)]
            lines += self.para_lines([(r, t) for r, t in printed if t], self.width)
            item.body, item.chunks = body, [lines]
            item.kind = gold_kind("brief", by.hint, item.title, body)
            item.tight, item.joined = True, joined and k < n - 1
            entries.append(item)
        return entries

    # -------------------------------------------------------------- guizhou

    def slot_vertical(self):
        src, body = self.long_source(ids=("003-07", "000-02", "002-05", "003-01", "001-06"))
        return self.fresh_article(src, body, self.family.bylines, vertical=len(src["title"]) <= 16)

    # -------------------------------------------------------------- yunnan (literary supplement)

    def sign(self, item, chunks, name, where):
        rng = self.rng
        if where == "top":
            chunks.append([L(rng.choice(("□", "文/", "", "◎")) + _shown(self.ctx, name), "byline")])

    def literary(self, title, paras, verses=False, headings=None):
        rng, ctx = self.rng, self.ctx
        item = Item("article")
        name = ctx.name()
        item.authors = [name]
        chunks = self.headline(item, title)
        where = rng.choice(("top", "top", "end"))
        self.sign(item, chunks, name, where)
        width = self.w()
        body = []
        mark = rng.choice(("◎", "◇", ""))
        for block in paras:
            if isinstance(block, tuple):  # (heading, stanzas) of a 组诗
                heading, stanzas = block
                chunks.append([L(mark + heading, "heading")])
                body.append(("heading", heading))
                for stanza in stanzas:
                    chunks.append([L(x, "body") for v in stanza for x in wrap(v, width)])
                    body += [("paragraph", v) for v in stanza]
            elif verses:
                chunks.append([L(x, "body") for v in block for x in wrap(v, width)])
                body += [("paragraph", v) for v in block]
            else:
                chunks.append(self.para_lines(block, width))
                body.append(("paragraph", block))
        if where == "end":
            chunks.append([L(name, "byline")])
        if rng.random() < 0.5:
            chunks.append([L(rng.choice(WRITER_NOTES), "credit")])
        item.body, item.chunks = body, chunks
        item.kind = gold_kind("article", "plain", title, body)
        return item

    def slot_essay(self):
        title, paras = self.unused_or_first(ESSAYS, "essay")
        return self.literary(title, paras)

    def slot_poem(self):
        title, stanzas = self.unused_or_first(POEMS, "poem")
        return self.literary(title, stanzas, verses=True)

    def slot_poemgroup(self):
        title, parts = POEM_GROUP
        return self.literary(title, parts, verses=True)

    def slot_serial(self):
        rng, ctx = self.rng, self.ctx
        title, episodes = SERIAL
        no, paras = rng.choice(episodes)
        entries = [self.furniture(rng.choice(("连载", "长篇连载", "小说连载")))]
        item = Item("article")
        name = ctx.name()
        item.authors = [name]
        chunks = self.headline(item, f"{title}（{no}）" if rng.random() < 0.5 else title)
        chunks.append([L(rng.choice(("□", "■", "")) + _shown(ctx, name), "byline")])
        width = self.w()
        mark = rng.choice(("（未完待续）", "（待续）"))
        glued = rng.random() < 0.4
        for k, text in enumerate(paras):
            segments = [("body", text)] + ([("jump", mark)] if glued and k == len(paras) - 1 else [])
            chunks.append(self.para_lines(segments, width))
        if not glued:
            chunks.append([L(mark, "jump")])
        item.body = [("paragraph", t) for t in paras]
        item.chunks = chunks
        entries.append(item)
        return entries

    def slot_art(self):
        rng, ctx = self.rng, self.ctx
        item = Item("photo")
        caption = rng.choice([a for a in ARTWORKS if a not in self.used] or list(ARTWORKS))
        self.used.add(caption)
        n = ctx.name()
        item.photographers = [n]
        credit = rng.choice((f"{n} 作", f"{_shown(ctx, n)}  作", f"插图 {n}"))
        if rng.random() < 0.5:
            item.chunks = [[L(caption, "caption")], [L(credit, "credit")]]
        else:
            item.chunks = [[seg_line([("caption", caption), ("credit", "  " + credit)])]]
        item.body = [("caption", caption)]
        return item

    # -------------------------------------------------------------- chongqing

    def slot_timeline(self):
        rng, fam = self.rng, self.family
        title, lead, stamps, end = self.unused_or_first(TIMELINES, "tl")
        form = rng.choice(fam.stamp_forms)
        body = [("paragraph", lead)]
        for t, text in stamps:
            h, m = t.split(":")
            body.append(("paragraph", form.format(t=t, h=h, m=m) + text))
        body.append(("paragraph", end))
        entries = []
        if rng.random() < 0.6:
            entries.append(self.furniture(self.label("timeline")))
        entries.append(self.fresh_article({"title": title}, body, fam.bylines, kicker="", subtitle=""))
        return entries

    def slot_rumour(self):
        rng = self.rng
        title, paras = self.unused_or_first(RUMOURS, "ru")
        styles = {by_cq_outlet: 1, by_cq_trail: 1}
        it = self.fresh_article({"title": title}, [("paragraph", p) for p in paras], styles, kicker="", subtitle="")
        return [self.furniture(self.label("rumour")), it]

    def drawn_picture(self, pool, tag):
        """A titled drawing (a cartoon, a chart) of `pool` and its maker: the item, its title,
        caption and maker."""
        title, caption = self.unused_or_first(pool, tag)
        item = Item("photo")
        n = self.ctx.name()
        item.photographers = [n]
        item.title = item.printed_title = title
        return item, title, caption, n

    def slot_cartoon(self):
        rng = self.rng
        item, title, caption, n = self.drawn_picture(CARTOONS, "ct")
        credit = rng.choice((f"{n} 作", f"漫画/{n}", f"{n}/绘"))
        chunks = [[L(title, "title")]]
        if rng.random() < 0.4:
            chunks.append([L(credit, "credit")])
            chunks.append([L(caption, "caption")])
        else:
            chunks.append([L(caption, "caption")])
            chunks.append([L(credit, "credit")])
        item.body, item.chunks = [("caption", caption)], chunks
        return [self.furniture(self.label("cartoon")), item]

    # -------------------------------------------------------------- eeo

    def slot_feature(self):
        src, body = self.long_source(ids=("000-02", "002-02", "003-01", "004-01", "001-02"))
        return self.fresh_article(src, body, self.family.bylines)

    def slot_chart(self):
        rng = self.rng
        item, title, caption, n = self.drawn_picture(CHARTS, "ch")
        chunks = [[L(rng.choice(("", "图表：", "■")) + title, "title")]]
        chunks.append([L(x, "caption") for x in wrap(caption, rng.randrange(*self.family.caption_width))])
        chunks.append([L(rng.choice((f"制图：{n}", f"经济观察报 {n}/制图", f"制图/{n}")), "credit")])
        item.body, item.chunks = [("caption", caption)], chunks
        return item

    # -------------------------------------------------------------- zhangjiagang

    def slot_notice(self):
        rng, ctx = self.rng, self.ctx
        title, paras, issuer = self.unused_or_first(NOTICES, "nt")
        item = Item("article")
        chunks = self.headline(item, title)
        width = self.w()
        for p in paras:
            chunks.append(self.para_lines(p, width))
        d = ctx.date - datetime.timedelta(days=rng.randrange(1, 6))
        chunks.append([L(issuer, "byline"), L(cn_date(d), "byline")])
        item.body = [("paragraph", p) for p in paras]
        item.chunks = chunks
        item.kind = "article"
        return item

    def slot_classifieds(self):
        """A classifieds block: an infobox of ads under its label (the ads its rows), then the 刊登热线 (furniture)."""
        rng, ctx = self.rng, self.ctx
        ads = [x.format(n=ctx.name()) for x in rng.sample(CLASSIFIEDS, rng.choice((2, 3)))]
        box = self.box(rng.choice(("遗失声明", "分类广告")), ads, decorations=("", "", "■"))
        return [box, self.furniture(f"刊登热线：{phone(rng, '0512')}")]

    # -------------------------------------------------------------- wenzhou

    def slot_withrelated(self):
        """An article (导语 above the byline sometimes, （完） at the end), then a 相关新闻 box."""
        rng = self.rng
        src, body = self.long_source()
        main = self.fresh_article(src, body, self.family.bylines, lead_first=rng.random() < 0.5,
                                  tail_mark="（完）" if rng.random() < 0.5 else "")
        title, text = self.unused_or_first(RELATED, "rel")
        box = Item("article")
        chunks = [[L(rng.choice(("", "■", "◆")) + title, "title")]]
        box.title, box.printed_title = title, chunks[0][0]
        if rng.random() < 0.5:
            by = by_wz_xun(self.ctx, box)
            chunks.append(self.para_lines([("byline", by.glue), ("body", text)], self.w()))
            box.authors, hint = by.authors, by.hint
        else:
            chunks.append(self.para_lines(text, self.w()))
            hint = "plain"
        box.body, box.chunks = [("paragraph", text)], chunks
        box.kind = gold_kind("brief", hint, title, box.body)
        return [main, self.furniture(self.label("related")), box]


# --------------------------------------------------------------------------- furniture


def _gx_top(ctx):
    d, rng = ctx.date, ctx.rng
    if ctx.front:
        lines = [F(ctx, "广西日报", paper=True), F(ctx, "GUANGXI DAILY"), F(ctx, "中共广西壮族自治区委员会机关报"),
                 F(ctx, f"{cn_date(d)} {weekday(d)} 农历{lunar(d)}", date=True),
                 F(ctx, f"国内统一连续出版物号 CN 45-0021 第{rng.randrange(25000, 26999)}期")]
        return lines + [F(ctx, f"今日{ctx.family_pages}版")]
    n = ctx.page_no
    if rng.random() < 0.5:
        return [F(ctx, f"{ctx.section}·{n:02d}", page=f"{n:02d}"), F(ctx, f"广西日报 {cn_date(d)} {weekday(d)}", paper=True, date=True)]
    return [F(ctx, f"广西日报 ■ {cn_date(d)} ■ 第{n}版 ■ {ctx.section}", paper=True, date=True, page=str(n))]


_gx_bottom = furniture((0.5, ["本版编辑：{name}  美编：{name}  校对：{name}"]), ["下载广西云客户端 看更多八桂新闻", "新闻热线：{tel:0771}"])


def _gz_top(ctx):
    d, rng, n = ctx.date, ctx.rng, ctx.page_no
    if rng.random() < 0.5:
        return [F(ctx, "贵州日报", paper=True), F(ctx, f"{d.isoformat()} {weekday(d)}", date=True),
                F(ctx, f"第 {n} 版", page=str(n)), F(ctx, lspace(ctx.section) if rng.random() < 0.5 else ctx.section)]
    return [F(ctx, f"{n:02d} {ctx.section}", page=f"{n:02d}"), F(ctx, f"{cn_date(d)} {weekday(d)} 贵州日报", paper=True, date=True)]


def _gz_bottom(ctx):
    lines = [F(ctx, f"本版策划 {ctx.name()}  责任编辑 {ctx.name()}  版式设计 {ctx.name()}")]
    if ctx.rng.random() < 0.5:
        lines.append(F(ctx, "扫码下载天眼新闻客户端"))
    return lines


_yn_top = furniture(
    (0.4, [masthead("云南日报"), DATED, "花潮 第{no:2100-2999}期", ln("{n} 副刊", page="{n}")]),
    (0.7, [ln("副刊 · {n:02d}", page="{n:02d}"), ln("云南日报 {y}.{m}.{d}", paper=True, date=True)]),
    ["花 潮", ln("{date}", date=True), ln("第{n}版", page="{n}")])


def _yn_bottom(ctx):
    rng = ctx.rng
    lines = [F(ctx, f"本版责编：{ctx.name()}  投稿邮箱：huachao@example.cn")]
    if rng.random() < 0.5:
        lines.append(F(ctx, "来稿请注明真实姓名、通讯地址及联系电话"))
    return lines


def _cq_top(ctx):
    d, rng, n = ctx.date, ctx.rng, ctx.page_no
    r = rng.random()
    if r < 0.4:
        return [F(ctx, "重庆晨报", paper=True),
                F(ctx, f"{cn_date(d)} {weekday(d)} 编辑 {ctx.name()} 视觉 {ctx.name()} 校对 {ctx.name()}", date=True),
                F(ctx, f"{ctx.section} ■ {n:02d}", page=f"{n:02d}")]
    if r < 0.7:
        return [F(ctx, f"{n:02d}", page=f"{n:02d}"), F(ctx, ctx.section),
                F(ctx, f"{d.year}年{d.month}月{d.day}日 周{'一二三四五六日'[d.weekday()]}", date=True)]
    return [F(ctx, f"{ctx.section} {n:02d}", page=f"{n:02d}")]


_cq_bottom = furniture((0.5, ["新闻热线：{tel:023}", "下载上游新闻APP 爆料有奖"]), ["扫码下载上游新闻客户端"])


def _eeo_top(ctx):
    d, rng, n = ctx.date, ctx.rng, ctx.page_no
    if ctx.front or rng.random() < 0.4:
        return [F(ctx, "经济观察报", paper=True), F(ctx, "THE ECONOMIC OBSERVER"),
                F(ctx, f"{cn_date(d)} 第{rng.randrange(1100, 1199)}期", date=True), F(ctx, f"{ctx.section} {n}", page=str(n))]
    if rng.random() < 0.6:
        return [F(ctx, f"{n:02d} {ctx.section}", page=f"{n:02d}"), F(ctx, f"经济观察报 {d.year}.{d.month:02d}.{d.day:02d}", paper=True, date=True)]
    return [F(ctx, f"{ctx.section}·第{n}版", page=str(n))]


def _eeo_bottom(ctx):
    rng = ctx.rng
    return [F(ctx, f"本版编辑 {ctx.name()} 电话：{phone(rng, '010')} E-mail：{mail(rng)}")]


_zjg_top = furniture(
    (0.5, [ln("{n} {sec}", page="{n}"), DATED]),
    [ln("张家港日报·{sec}", paper=True), ln("{date}  第{n}版  责任编辑 {name}", date=True, page="{n}")],
    front=[masthead("张家港日报"), "中共张家港市委机关报", DATED_LUNAR, "国内统一连续出版物号 CN 32-0099",
           "第{no:9000-9999}期 今日{pages}版"])


_zjg_bottom = furniture((0.6, ["新闻热线：{tel:0512}  投稿邮箱：zjgnews@example.cn"]), [])


def _wz_top(ctx):
    d, rng, n = ctx.date, ctx.rng, ctx.page_no
    if rng.random() < 0.5:
        return [F(ctx, "温州日报", paper=True), F(ctx, f"{cn_date(d)} {weekday(d)}", date=True), F(ctx, f"第{n}版 {ctx.section}", page=str(n))]
    return [F(ctx, f"{ctx.section} {n}", page=str(n)), F(ctx, f"{d.year}年{d.month}月{d.day}日 星期{'一二三四五六日'[d.weekday()]}", date=True)]


def _wz_bottom(ctx):
    rng = ctx.rng
    return [F(ctx, f"责任编辑：{ctx.name()}  电话：{phone(rng, '0577')}"), F(ctx, rng.choice(("扫码下载温度新闻客户端", "温州日报社出版")), paper=False)]


def fam(name, paper, top, bottom, bylines, **kw):
    return FreshFamily(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=FreshBuilder, **kw)


FRESH_FAMILIES = [
    fam("guangxi_provincial", "广西日报", _gx_top, _gx_bottom, {by_gx_outlet: 2, by_gx_chief: 1, by_gx_dated: 1},
        brief_bylines={by_gx_xun: 2, by_gx_dated: 1}, credits=(cr_gx,), width=(16, 23), blank={"para": 2, "none": 1},
        indent=0.5, letterspace=0.3, brief_pool=GX_BRIEFS, brief_pool_share=0.6,
        plans=((["series", "photo", "brief", "glossary"], {"front": True}),
               (["leadfirst", "glossary", "brief", "brief"], {}),
               (["series", "photo", "column"], {}),
               (["article", "column", "photo"], {"blank": "none"})),
        labels={"column": ("八桂快讯", "八桂速览", "简讯"), "bullet": ("◎", "◎", "○")},
        sections=("要闻", "广西新闻", "综合新闻")),
    fam("guizhou_provincial", "贵州日报", _gz_top, _gz_bottom, {by_gz_outlet: 2, by_gz_wentu: 1},
        brief_bylines={by_gz_trail: 1, "benbaoxun_paren": 1}, credits=(cr_gz, cr_gz_county), width=(13, 19),
        blank={"para": 1, "every": 1}, letterspace=0.4, caption_pool=GZ_CAPTIONS, stray_spaces=0.04,
        plans=((["vertical", "voices", "photo"], {"vertical_photo": 0.5}),
               (["article", "photo", "photo", "brief"], {"vertical_photo": 0.7}),
               (["vertical", "photo"], {"blank": "every"}),
               (["vertical", "voices", "brief", "brief"], {})),
        sections=("多彩贵州", "文化旅游", "乡村振兴")),
    fam("yunnan_fukan", "云南日报", _yn_top, _yn_bottom, {},
        width=(14, 22), blank={"para": 1}, indent=0.3, letterspace=0.5,
        plans=((["essay", "poem", "art"], {}), (["serial", "poemgroup"], {}),
               (["art", "essay", "poem"], {"blank": "none"}), (["poemgroup", "serial", "art"], {})),
        min_page=5, sections=("副刊",)),
    fam("chongqing_morning", "重庆晨报", _cq_top, _cq_bottom, {by_cq_outlet: 2, by_cq_after: 1},
        brief_bylines={by_cq_trail: 1}, credits=(cr_cq, cr_netizen), width=(12, 18), blank={"para": 1, "every": 1},
        letterspace=0.4, doubled=0.15, caption_pool=CQ_CAPTIONS, stray_spaces=0.03,
        plans=((["timeline", "photo", "brief"], {}), (["rumour", "article", "cartoon"], {}),
               (["article", "timeline"], {"blank": "every"}), (["cartoon", "rumour", "brief", "photo"], {})),
        labels={"timeline": ("现场直击", "直击现场", "■现场"), "rumour": ("辟谣", "求证", "真相来了"),
                "cartoon": ("漫画", "晨报漫画", "漫说")},
        stamp_forms=("{t} ", "【{t}】", "▶{t} ", "{h}时{m}分，"), sections=("城事", "重庆新闻", "民生")),
    fam("eeo_weekly", "经济观察报", _eeo_top, _eeo_bottom, {by_eeo: 3, by_eeo_place: 1},
        brief_bylines={"trailing_paren": 1}, credits=(cr_eeo,), width=(18, 26), blank={"para": 1, "none": 1},
        indent=0.6, letterspace=0.2, weekday_no=0, caption_width=(14, 22),
        plans=((["feature", "profile"], {}), (["article", "chart", "article"], {}),
               (["profile", "feature"], {"blank": "none"}), (["article", "chart", "brief"], {})),
        min_page=3, sections=("宏观", "公司", "区域", "商业")),
    fam("zhangjiagang_county", "张家港日报", _zjg_top, _zjg_bottom, {by_zjg: 1},
        brief_bylines={by_zjg_tail: 2, by_zjg_xun: 1}, credits=(cr_zjg,), width=(13, 20), blank={"para": 1, "every": 1},
        letterspace=0.5, stray_spaces=0.05, caption_pool=ZJG_CAPTIONS, brief_pool=ZJG_BRIEFS, brief_pool_share=0.6,
        plans=((["article", "photo", "brief"], {"front": True}), (["brief", "brief", "photo", "classifieds"], {}),
               (["article", "photo", "notice", "classifieds"], {"blank": "every"}), (["article", "notice", "brief"], {})),
        sections=("港城新闻", "镇区", "综合")),
    fam("wenzhou_city", "温州日报", _wz_top, _wz_bottom, {by_wz: 1},
        brief_bylines={by_wz_xun: 1}, credits=(cr_wz,), width=(15, 22), blank={"para": 2, "none": 1}, indent=0.4,
        letterspace=0.3, displaced=0.15,
        plans=((["withrelated", "photo"], {}), (["withrelated", "brief", "brief"], {}),
               (["article", "withrelated"], {}), (["photo", "withrelated", "brief"], {"blank": "none"})),
        labels={"related": ("相关新闻", "延伸阅读", "■相关报道")}, sections=("要闻", "温州新闻", "经济")),
]
