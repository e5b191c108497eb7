"""A sixth set of blind development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, the development
family files as examples, articles.yml), never the segmenter or evaluate.py.  Seven papers the corpus
had not imitated (checked by name against the development builders, and against the held-back
builders only by a count of the family and paper names, never opening them; 中国环境报, 大众日报 and
羊城晚报 were held-back papers and were replaced): a ministry's national paper, a provincial party daily, a
coastal city daily, an evening paper, a metro paper, a district paper and a railway industry paper;
each page of a family follows one of four page plans.

* `shuili_national` 中国水利报: **水情 boxes** (a label over a title or not, rows `长江 宜昌站 水位45.20米 涨`,
  numbered or not); **曝光台 / 暗访通报 cases** (a label, a title, `本报记者 X` above, ■ headings
  `■问题`/`■整改`); ▲ 水利动态 columns; `本报记者 X`, `中国水利报记者 X 通讯员 Y`,
  `本报记者 X 北京报道`, briefs `本报讯 记者X 通讯员Y报道` glued or closed by `（X）`; interviews
  `记者：` / the interviewee's name; a `CHINA WATER RESOURCES NEWS` front page.
* `shaanxi_provincial` 陕西日报: a front page with 中共陕西省委机关报, 农历 on its own line, 第N期; an
  **本期导读 box** (`▶标题 3版` entries); a lead story under a dated dateline
  `本报延安6月21日讯 （记者 X 通讯员 Y）` ending in a jump line; **page 2 carrying a story on**;
  titled 本报评论员 pieces; **数说 key-figure boxes**; `陕西日报记者 X 通讯员 Y`, `群众新闻记者 X`,
  `□ 本报记者 X 本报通讯员 Y`.
* `qingdao_city` 青岛日报: `观海新闻/青岛日报记者 X`, `青岛日报/观海新闻记者 X 通讯员 Y`, `观海新闻记者 X
  实习生 Y`, briefs closed by `（观海新闻/青岛日报记者 X）`; **海水浴场 / 今日潮汐 boxes**; **numbered photo
  groups** (①②③ captions under one title, one shared credit); a brief and a photo read across columns.
* `shenzhen_evening` 深圳晚报: `深圳晚报讯 记者X、通讯员Y报道：` datelines glued to the text,
  `文/深圳晚报记者 X 图/深圳晚报记者 Y` (one line or two), `深圳晚报记者 X 通讯员 Y`, briefs closed by
  `（深圳晚报记者 X）`; **记者手记 boxes** after a story; two briefs read across columns; narrow
  columns, doubled-glyph and displaced headlines, a blank line after every line, stray spaces.
* `chengshang_metro` 成都商报: `成都商报-红星新闻记者 X 摄影记者 Y`, `红星新闻记者 X 实习生 Y` (no paper
  name), `成都商报-红星新闻记者 X 发自北京`; a **【导语】 lead** over the story; interviews labelled
  `红星新闻：` and the interviewee's name; **红星提示 boxes** of ①②③ rows; 红星评论 pieces signed `□X` or by
  the name below with an `（作者系…）` note; `图据视觉中国`.
* `shunde_district` 珠江商报 (顺德区): a front page with 中共佛山市顺德区委主管 and 农历; `珠江商报记者 X
  通讯员 Y`, `记者 X 通讯员 Y Z`, `本报讯（记者 X 通讯员 Y）` glued or above the text, `本报讯 …（通讯员 X）`;
  ■ 镇街快讯 columns; **通告 notices** (rows `一、…`, the issuer and the date); town-supplied pictures;
  ads mid-page; two briefs read across columns; headlines after their bodies.
* `tielu_industry` 人民铁道: a `RENMIN TIEDAO` front page with 中国国家铁路集团有限公司主管主办; **列车运行图调整
  boxes** (a label, a title, rows `G1234次 北京南—上海虹桥 07:00开`); **一线人物 features** with a
  `——记…` subtitle; interviews `记者：` / the interviewee's name; ▲ 路局动态 columns; `本报记者 X 通讯员 Y`,
  `人民铁道报记者 X`, `通讯员 X Y`, `本报讯（记者 X 通讯员 Y）`, a trailing `（X）`.

Gold conventions are those of the README; new here (stated in the README's section too):

* a 水情 / 海水浴场 / 潮汐 / 红星提示 / 列车运行图调整 box is an `infobox` whose body is its rows as
  printed, titled with its label (no decoration), or with the label as kicker when a title follows;
* a 曝光台 / 暗访通报 label is furniture; a case is an `article` by the reporter signed above it, its ■
  headings `heading` lines (never body);
* `本报讯 记者X 通讯员Y报道` is 本报讯 and names X and Y; `深圳晚报讯 记者X、通讯员Y报道：` is not (the item is
  an `article`) and names X and Y;
* `成都商报-红星新闻记者 X 摄影记者 Y` makes X the author and Y the photographer of the article;
  `… 发自北京` and `… 北京报道` name X only; `图据视觉中国` names no one;
* a 【导语】 label is a `heading` line of its article; a 记者手记 label is furniture, its untitled,
  unsigned box an `article` of its own;
* a 本期导读 box is furniture; the person of a `——记…` subtitle is no author.

Seeds: FRESH6_SEED_BASE + 100_000*family + 1_000*attempt + n (17_100_001 .. 17_749_999), above the fifth
blind set and every held-back set.  All text comes from articles.yml or from the short filler below,
written for this corpus (captions, briefs, cases, rows, tips, notices, questions, titles and notes);
names, figures, phone numbers and addresses are made up.
"""
from __future__ import annotations

import dataclasses
import datetime

from fresh_layouts import short_lunar
from fresh_layouts_2 import F, _d, _pooled_credit, _shown, _town_credit
from fresh_layouts_3 import story_slot
from fresh_layouts_5 import Fresh5Builder, Fresh5Family, _credit_turns, _turn
from layout_kit import (DATED, DATED_LUNAR, PAGE_SECTION, TRAIL, Above, Form, chosen, form, furniture, ln, masthead,
                        running, turns)
from synthesize import Byline, Item, L, cn_date, lunar, phone, shorten, spaced, weekday, wrap

FRESH6_SEED_BASE = 17_000_000

# --------------------------------------------------------------------------- filler (written for this corpus)

HJ_STATIONS = (("长江", "宜昌站"), ("长江", "汉口站"), ("黄河", "花园口站"), ("淮河", "王家坝站"), ("珠江", "梧州站"),
               ("松花江", "哈尔滨站"), ("汉江", "丹江口水库"), ("太湖", "太湖平均"))
HJ_CASES = [
    ("某河段违规堆放建筑垃圾侵占河道", [
        ("问题", ["暗访组现场发现，某河段右岸堆放大量建筑垃圾，侵占河道行洪空间，部分堆体已伸入水面。"]),
        ("整改", ["当地河长办已责令限期清理，对相关责任单位立案调查，并对沿线河段开展拉网式排查。"])]),
    ("一些小型水库安全管理责任悬空", [
        ("问题", ["检查发现，个别小型水库巡查记录缺失，溢洪道被杂物阻塞，雨水情测报设施长期损坏。"]),
        ("整改", ["有关部门表示，将逐库落实安全管理责任人，汛前完成设施维修，对失职人员严肃问责。"])]),
]
HJ_QUESTIONS = ["这项工作目前进展如何？", "基层在落实中有哪些难点？", "怎样让群众有更多获得感？",
                "下一步有哪些打算？", "今年的防汛形势有哪些特点？"]
HJ_CAPTIONS = [("水文人员在河道断面测量流量。", "水文测验"), ("灌区渠道里清水长流，滋润农田。", ""),
               ("工作人员在水库大坝巡查。", "汛前巡查")]
HJ_BRIEFS = [
    ("重点河湖生态流量保障有力", "今年以来，一些重点河湖生态流量保障目标总体达标，河湖生态状况持续改善。"),
    ("农村供水工程维修养护启动", "日前，一批农村供水工程维修养护项目启动，重点解决部分村庄季节性缺水问题。"),
    ("节水型高校建设成效明显", "近日，多所高校通过节水型高校评价，校园用水效率进一步提高。"),
]

DZ_PLACES = ("西安", "延安", "宝鸡", "汉中", "榆林", "渭南")
DZ_TITLES = ["以更大力度推动高质量发展", "把惠民实事办到群众心坎上", "在创新中育新机开新局", "让营商环境更优"]
DZ_GUIDE = ["夏粮收购进度过半", "全省新开工项目一千余个", "文旅消费持续升温", "沿黄生态廊道建设提速",
            "职业教育改革扎实推进"]
DZ_FIGURES = [
    ("上半年全省经济运行", ["5.8% 地区生产总值同比增长", "1.2万个 新开工重点项目", "3.6万亿元 社会消费品零售总额"]),
    ("数字经济一组数据", ["45% 数字经济占比", "2100家 规模以上软件企业", "9.8万个 5G基站"]),
]
DZ_CAPTIONS = [("关中平原上，农机在麦田里收割小麦。", "麦收时节"), ("游客在大雁塔北广场观看音乐喷泉。", ""),
               ("延安的山坡上，苹果树挂满果实。", "果园秋色")]
DZ_BRIEFS = [
    ("一批重点工程集中开工", "日前，全省一批重点工程集中开工，涉及交通、水利和新型基础设施等领域。"),
    ("秦岭生态保护志愿活动举行", "近日，一场秦岭生态保护志愿活动举行，志愿者沿山路捡拾垃圾、宣传护林防火知识。"),
    ("高速公路服务区提档升级", "今年以来，省内多个高速公路服务区完成提档升级，新增充电桩和母婴室。"),
]

QD_BEACHES = ("第一海水浴场", "第二海水浴场", "石老人海水浴场", "金沙滩海水浴场", "银沙滩海水浴场")
QD_GROUPS = [
    ("帆船之都迎来夏日", ["①帆船爱好者在浮山湾训练。", "②游客在奥帆中心拍照留念。", "③孩子们在沙滩上体验帆船模型。"]),
    ("老城区焕发新活力", ["①游客漫步在修缮一新的里院街区。", "②老建筑里开起了文创小店。", "③市民在街头观看民俗表演。"]),
]
QD_CAPTIONS = [("栈桥附近，海鸥在游客身边飞翔。", "海鸥翩翩"), ("渔民在码头晾晒海带。", ""),
               ("市民在海边步道骑行。", "海边骑行")]
QD_BRIEFS = [
    ("地铁新线开通试运营", "近日，一条地铁新线开通试运营，沿线居民出行更加便捷。"),
    ("海洋科普展开幕", "日前，一场海洋科普展在市博物馆开幕，展出标本和模型二百余件。"),
    ("多处口袋公园建成开放", "今年以来，市区新建多处口袋公园，方便市民在家门口休闲健身。"),
]

YC_CAPTIONS = [("深圳湾畔，市民在滨海步道上跑步。", "湾畔晨跑"), ("游客在莲花山公园放风筝。", ""),
               ("书城里，孩子们在安静地阅读。", "周末书香")]
YC_BRIEFS = [
    ("公园里举办露天音乐会", "日前，一场露天音乐会在市民中心广场举行，吸引不少市民驻足欣赏。"),
    ("多条公交线路调整", "为配合地铁接驳，市区多条公交线路近日调整走向，市民出行前可查询最新信息。"),
    ("老字号推出新口味月饼", "中秋临近，不少老字号食品企业推出新口味月饼，线上线下同步开售。"),
]

CS_TIPS = [
    ["①出行前查询景区预约信息，错峰游览。", "②注意防暑降温，随身携带饮用水。", "③遇到纠纷可拨打12345热线求助。"],
    ["①办理业务请携带本人身份证件。", "②可通过手机应用线上预约。", "③咨询电话以官方公布的为准。",
     "④谨防冒充工作人员的诈骗电话。"],
]
CS_QUESTIONS = ["这个项目为什么选在这里？", "你们遇到的最大困难是什么？", "市民最关心的问题有哪些？",
                "未来有什么规划？", "如何看待这一轮政策调整？"]
CS_TITLES = ["城市更新要留住烟火气", "让“夜经济”亮起来也要静下来", "办好小事就是大事", "别让便民设施成摆设"]
CS_NOTES = ("（作者系媒体评论员）", "（作者系某大学教师）", "（作者单位：某社会科学院）")
CS_CAPTIONS = [("市民在锦江边的绿道上散步。", "锦江绿道"), ("大熊猫在基地里吃竹子。", ""),
               ("游客在宽窄巷子品尝小吃。", "巷子里的烟火")]
CS_BRIEFS = [
    ("天府绿道新增驿站", "近日，天府绿道新增一批驿站，提供饮水、休憩和自行车维修服务。"),
    ("社区食堂开进老旧小区", "日前，一家社区食堂在老旧小区开业，为老年居民提供平价餐食。"),
    ("地铁站点增设无障碍设施", "今年以来，多个地铁站点增设无障碍电梯和盲道，方便特殊群体出行。"),
]

SD_TOWNS = ("容桂街道", "大良街道", "伦教街道", "北滘镇", "乐从镇", "陈村镇", "均安镇")
SD_NOTICES = [
    ("关于开展燃气安全专项检查的通告",
     "为保障群众生命财产安全，区有关部门决定开展燃气安全专项检查，现将有关事项通告如下：",
     ["一、检查时间：{a}至{b}。", "二、检查范围：全区餐饮场所、燃气经营单位和居民用户。",
      "三、检查内容：燃气设施、软管和报警装置的使用情况。", "四、咨询电话：{p}。"],
     "请各单位和居民积极配合检查工作。", "顺德区燃气安全专项检查工作组"),
    ("关于部分路段实施交通管制的通告",
     "因道路改造施工需要，将对部分路段实施交通管制，现通告如下：",
     ["一、管制时间：{a}至{b}。", "二、管制路段：某某路与某某大道交叉口至某某桥段。",
      "三、管制期间，过往车辆请按照指示标志绕行。"],
     "由此带来的不便，敬请谅解。", "顺德区某某交通管理部门"),
]
SD_ADS = [("家电博览会 火热招商中", "招商热线：{p}"), ("某某花园 湖景洋房 火热认筹", "销售热线：{p}")]
SD_CAPTIONS = [("龙舟竞渡，水乡河道上鼓声阵阵。", "龙舟竞渡"), ("游客在清晖园里赏景。", ""),
               ("厨师在美食节上制作双皮奶。", "顺德味道")]
SD_BRIEFS = [
    ("家电企业新品发布", "近日，北滘一家家电企业发布多款智能家电新品，产品将销往海内外市场。"),
    ("社区长者饭堂开张", "日前，容桂一个社区长者饭堂开张，为辖区老人提供实惠可口的午餐。"),
    ("乡村篮球赛开赛", "近日，一年一度的村居篮球赛开赛，数十支村队将展开角逐。"),
]

TL_STATIONS = [("北京南", "上海虹桥"), ("广州南", "长沙南"), ("成都东", "重庆北"), ("西安北", "郑州东"),
               ("杭州东", "南京南"), ("武汉", "深圳北")]
TL_TITLES = ["钢轨上的守夜人", "二十年守护一段线路", "把安全写在每一次巡检里", "山区小站的坚守"]
TL_POSTS = ("某某工务段线路工长", "某某车务段车站值班员", "某某电务段信号工", "某某机务段动车组司机")
TL_QUESTIONS = ["今年的运输组织有哪些新变化？", "一线职工最辛苦的是什么？", "怎样保障旅客出行安全？",
                "新技术给工作带来了哪些变化？", "下一步有什么打算？"]
TL_CAPTIONS = [("复兴号动车组驶过跨江大桥。", "飞驰"), ("检修人员在夜间检查接触网设备。", ""),
               ("客运员在站台引导旅客乘车。", "暖心服务")]
TL_BRIEFS = [
    ("货运班列开行数量增长", "今年以来，某铁路局集团公司开行的中欧班列和西部陆海新通道班列数量同比增长。"),
    ("车站开展服务技能比武", "日前，一些车站组织客运服务技能比武，比赛设置售票、广播和应急处置等项目。"),
    ("线路大修施工顺利完成", "近日，某普速铁路线路大修施工顺利完成，列车运行平稳性进一步提高。"),
]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_hj = chosen(Above("本报记者 {0!l}"), Above("中国水利报记者 {0!l} 通讯员 {1}", 2), Above("本报记者 {0!l} 北京报道"), turn="by")


by_hj_brief = turns(Form("本报讯 记者{0} 通讯员{1}报道 ", 2), Form("（{0}）", **TRAIL))


by_dz = chosen(
    Above("陕西日报记者 {0!l} 通讯员 {1}", 2),
    Above("群众新闻记者 {0!l}"),
    Above("{c0}本报记者 {0!l} 本报通讯员 {1}", 2, choices=(("□ ", "□"),)), turn="by", drawn=2)


def by_dz_dated(ctx, item):
    """本报延安6月21日讯 （记者 X 通讯员 Y）: a dated dateline, not 本报讯."""
    rng = ctx.rng
    a, b = ctx.name(), ctx.name()
    d = _d(ctx)
    return Byline([a, b], glue=f"本报{rng.choice(DZ_PLACES)}{d.month}月{d.day}日讯{rng.choice(('', ' '))}（记者 {a} 通讯员 {b}）")


by_dz_xun = form("本报讯（记者 {0} 通讯员 {1}）", 2, line_share=0.4)


by_qd = chosen(
    Above("观海新闻/青岛日报记者 {0!l}"),
    Above("青岛日报/观海新闻记者 {0!l} 通讯员 {1}", 2),
    Above("观海新闻记者 {0!l} 实习生 {1}", 2), turn="by")


by_qd_trail = form("（观海新闻/青岛日报记者 {0}）", **TRAIL)


def by_yc(ctx, item):
    rng = ctx.rng
    a, b = ctx.name(), ctx.name()
    r = _turn(ctx, "by", 3)
    if r == 0:
        return Byline([a, b], glue=f"深圳晚报讯 记者{a}、通讯员{b}报道：")
    if r == 1:
        item.photographers = [b]
        words, pic = f"文/深圳晚报记者 {_shown(ctx, a)}", f"图/深圳晚报记者 {_shown(ctx, b)}"
        return Byline([a], before=[words, pic] if rng.random() < 0.5 else [f"{words} {pic}"])
    return Byline([a, b], before=[f"深圳晚报记者 {_shown(ctx, a)} 通讯员 {b}"])


by_yc_trail = form("（深圳晚报记者 {0}）", **TRAIL)


def by_cs(ctx, item):
    rng = ctx.rng
    a, b = ctx.name(), ctx.name()
    r = _turn(ctx, "by", 3)
    if r == 0:
        item.photographers = [b]
        return Byline([a], before=[f"成都商报-红星新闻记者 {_shown(ctx, a)} 摄影记者 {_shown(ctx, b)}"])
    if r == 1:
        return Byline([a, b], before=[f"红星新闻记者 {_shown(ctx, a)} 实习生 {b}"])
    return Byline([a], before=[f"成都商报-红星新闻记者 {_shown(ctx, a)} 发自{rng.choice(('北京', '上海', '重庆'))}"])


by_cs_trail = form("（红星新闻记者 {0}）", **TRAIL)


by_sd = chosen(
    Above("珠江商报记者 {0!l} 通讯员 {1}", 2),
    Above("记者 {0!l} 通讯员 {1} {2}", 3),
    Above("本报记者 {0!l}"), turn="by", drawn=2)


def by_sd_brief(ctx, item):
    rng = ctx.rng
    a = ctx.name()
    if _turn(ctx, "brief", 2) == 0:
        b = ctx.name()
        text = f"本报讯（记者 {a} 通讯员 {b}）"
        if rng.random() < 0.4:
            return Byline([a, b], before=[text], hint="benbaoxun")
        return Byline([a, b], glue=text, hint="benbaoxun")
    return Byline([a], glue="本报讯 ", trail=f"（通讯员 {a}）", hint="benbaoxun")


by_tl = chosen(Above("本报记者 {0!l} 通讯员 {1}", 2), Above("人民铁道报记者 {0!l}"), Above("通讯员 {0!l} {1!l}", 2), turn="by", drawn=2)


by_tl_brief = turns(Form("本报讯（记者 {0} 通讯员 {1}）", 2), Form("（{0}）", **TRAIL))


# --------------------------------------------------------------------------- photo credits (ctx -> where, text, photographers)


cr_hj = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）", "水利部供图"))
cr_dz = _credit_turns(("陕西日报记者 {n} 摄", "（{n} 摄）"))
cr_qd = _credit_turns(("观海新闻/青岛日报记者 {n} 摄", "（{n} 摄）"))
cr_yc = _credit_turns(("深圳晚报记者 {s} 摄", "深圳晚报记者 {n}/摄"))
cr_cs = _credit_turns(("成都商报-红星新闻记者 {n} 摄", "图据视觉中国"))
cr_tl = _credit_turns(("（{n} 摄）", "通讯员 {n} 摄", "本报记者 {n} 摄"))
_cr_sd_staff = _credit_turns(("珠江商报记者 {n} 摄", "（{n} 摄）"))


cr_sd = _pooled_credit(_cr_sd_staff, _town_credit(SD_TOWNS))


# --------------------------------------------------------------------------- builder


class Fresh6Builder(Fresh5Builder):

    # -------------------------------------------------------------- shared shapes

    def group(self, groups):
        """Numbered pictures under one title, one shared credit line for the group."""
        rng, ctx = self.rng, self.ctx
        title, captions = self.uniq(groups, "grp")
        item = Item("photo")
        item.title = item.printed_title = title
        width = rng.randrange(*self.family.caption_width)
        lines = [L(x, "caption") for cap in captions for x in wrap(cap, width)]
        n = ctx.name()
        credit = self.opts.get("group_credit", "本组图片由{p}记者 {n} 摄").format(p=self.family.paper_outlet, n=_shown(ctx, n))
        item.photographers = [n]
        item.body = [("caption", c) for c in captions]
        item.chunks = [[L(title, "title")], lines, [L(credit, "credit")]]
        return item

    def labelled_case(self, cases, labels):
        """A case under a label (furniture): a title, the reporter above, ■ headings."""
        rng, ctx = self.rng, self.ctx
        title, sections = self.uniq(cases, "case")
        style = rng.choice(("■{}", "■ {}", "【{}】"))
        body = []
        for head, paras in sections:
            body.append(("heading", style.format(head)))
            body += [("paragraph", p) for p in paras]
        name = ctx.name()
        byfn = lambda c, i: Byline([name], before=["本报记者 " + _shown(ctx, name)])  # noqa: E731
        it = self.art({"title": title}, body, byfn)
        return [self.furniture(rng.choice(labels)), it]

    def titled_pinglun(self, titles):
        rng = self.rng
        src = self.pick(["002-03", "004-02"])
        body = shorten(rng, src["body"], keep_min=4)
        sign = rng.choice(("本报评论员", "□本报评论员"))
        if rng.random() < 0.5:
            byfn = lambda c, i: Byline([], before=[sign], hint="institution")  # noqa: E731
        else:
            byfn = lambda c, i: Byline([], after=[sign], hint="institution")  # noqa: E731
        return self.art({"title": self.uniq(titles, "pl")}, body, byfn)

    # -------------------------------------------------------------- 中国水利报

    slot_hjstory = story_slot(0.5)

    def slot_water(self):
        """主要江河水情: rows of river, station, level and trend, under a label and a title or not."""
        rng, ctx = self.rng, self.ctx
        rows = []
        for river, station in rng.sample(HJ_STATIONS, rng.choice((3, 4, 5))):
            rows.append(f"{river} {station} 水位{rng.randrange(20, 80)}.{rng.randrange(0, 99):02d}米 "
                        f"{rng.choice(('涨', '落', '平稳', '涨0.12米', '落0.35米'))}")
        if rng.random() < 0.5:
            rows = [f"{k}. {r}" for k, r in enumerate(rows, start=1)]
        title = f"{ctx.date.month}月{_d(ctx).day}日8时主要江河水情" if rng.random() < 0.6 else ""
        return self.box(rng.choice(("水情", "江河水情", "雨水情")), rows, title=title, decorations=("", "■", "【{}】", "◆"))

    def slot_hjcase(self):
        return self.labelled_case(HJ_CASES, ("曝光台", "暗访通报", "曝 光 台"))

    def slot_hjqa(self):
        return self.staff_qa(HJ_QUESTIONS)

    # -------------------------------------------------------------- 陕西日报

    slot_dzlead = story_slot(dated=by_dz_dated, jump=True)

    slot_dzstory = story_slot(0.5, by_dz_dated, 0.3)

    def slot_guide(self):
        """本期导读: a label over entries naming another page (furniture)."""
        rng = self.rng
        entries = rng.sample(DZ_GUIDE, rng.choice((3, 4)))
        form = rng.choice(("▶{t} {p}版", "◆{t}（详见第{p}版）", "·{t} >>{p}版"))
        return self.furniture(rng.choice(("本期导读", "导读", "今日导读")),
                              *[form.format(t=t, p=rng.randrange(2, 9)) for t in entries])

    def slot_dzpinglun(self):
        return self.titled_pinglun(DZ_TITLES)

    def slot_figures(self):
        rng = self.rng
        title, rows = self.uniq(DZ_FIGURES, "fig")
        if rng.random() < 0.5:
            return self.box(rng.choice(("数说", "数读")), rows, title=title, decorations=("", "■", "【{}】"))
        return self.box(rng.choice(("数说", "数读")), rows, decorations=("", "■", "【{}】"))

    # -------------------------------------------------------------- 青岛日报

    slot_qdstory = story_slot(0.3)

    def slot_beach(self):
        rng, ctx = self.rng, self.ctx
        if rng.random() < 0.5:
            rows = [f"{b} 水温{rng.randrange(19, 26)}℃ {rng.choice(('适宜游泳', '较适宜游泳', '浪大慎游'))}"
                    for b in rng.sample(QD_BEACHES, rng.choice((3, 4)))]
            return self.box(rng.choice(("海水浴场", "浴场信息")), rows, decorations=("", "■", "【{}】"))
        rows = []
        for tag in ("高潮", "低潮"):
            for _ in range(2):
                rows.append(f"{tag} {rng.randrange(0, 24):02d}:{rng.randrange(0, 60):02d} 潮高{rng.randrange(60, 480)}厘米")
        return self.box("今日潮汐", rows, title=f"{ctx.date.month}月{ctx.date.day}日青岛潮汐预报" if rng.random() < 0.5 else "",
                        decorations=("", "■", "【{}】"))

    def slot_qdgroup(self):
        return self.group(QD_GROUPS)

    def slot_briefphoto(self):
        return self.pair(self.slot_brief(), self.slot_photo())

    # -------------------------------------------------------------- 深圳晚报

    slot_ycstory = story_slot(0.3)

    def slot_notes(self):
        """记者手记: a label (furniture), then an untitled, unsigned box."""
        rng = self.rng
        src = self.pick(["002-03", "004-02"])
        body = shorten(rng, src["body"], keep_min=2)[:rng.choice((2, 3))]
        item = Item("article")
        width = self.w()
        item.body = list(body)
        item.chunks = [self.para_lines(t, width) for _, t in body]
        return [self.furniture(rng.choice(("记者手记", "记者手记", "■记者手记"))), item]

    def slot_briefpair(self):
        return self.pair(self.slot_brief(), self.slot_brief())

    # -------------------------------------------------------------- 成都商报

    def slot_cslead(self):
        """A story under a 【导语】 lead, set wider than the column."""
        rng = self.rng
        src, body = self.long_source(headings=False)
        kicker, subtitle = self.stack(src)
        label = rng.choice(("【导语】", "导语", "■导语"))
        it = self.art(src, [("heading", label)] + body, self.styled(self.family.bylines), kicker=kicker, subtitle=subtitle)
        return it

    slot_csstory = story_slot(0.4)

    def slot_csqa(self):
        return self.staff_qa(CS_QUESTIONS, "红星新闻：")

    def slot_cstips(self):
        rng = self.rng
        return self.box(rng.choice(("红星提示", "温馨提示")), self.uniq(CS_TIPS, "tips"), decorations=("", "■", "【{}】"))

    def slot_cscomment(self):
        return self.signed_piece(CS_TITLES, CS_NOTES, ("红星评论", "红星观察", "红 星 评 论"), ("□", "□ ", "文/"))

    # -------------------------------------------------------------- 珠江商报

    slot_sdstory = story_slot(0.3)

    def slot_sdnotice(self):
        return self.notice_box(*SD_NOTICES[self.opts["notice"]])

    def slot_ad(self):
        rng = self.rng
        head, line = rng.choice(SD_ADS)
        return self.furniture(head, line.format(p=phone(rng, "0757")))

    # -------------------------------------------------------------- 人民铁道

    slot_tlstory = story_slot(0.5)

    def slot_timetable(self):
        rng, ctx = self.rng, self.ctx
        day = ctx.date + datetime.timedelta(days=rng.randrange(5, 20))
        rows = []
        for a, b in rng.sample(TL_STATIONS, rng.choice((3, 4))):
            rows.append(f"{rng.choice('GDK')}{rng.randrange(10, 9999)}次 {a}—{b} {rng.randrange(6, 22):02d}:{rng.choice(('00', '15', '30', '45'))}开"
                        f"{rng.choice(('', ' 每日开行', ' 周末开行'))}")
        return self.box(rng.choice(("列车运行图调整", "调图信息", "出行提示")), rows,
                        title=f"{day.month}月{day.day}日起部分旅客列车调整", decorations=("", "■", "【{}】"))

    def slot_tlprofile(self):
        """A worker's portrait: a title, a ——记… subtitle naming the worker (no author), a byline."""
        rng, ctx = self.rng, self.ctx
        src, body = self.long_source(headings=rng.random() < 0.5)
        sub = f"——记{rng.choice(TL_POSTS)}{ctx.name()}"
        return self.art({"title": self.uniq(TL_TITLES, "tlt")}, body, self.styled(self.family.bylines), subtitle=sub)

    def slot_tlqa(self):
        return self.staff_qa(TL_QUESTIONS)


# --------------------------------------------------------------------------- furniture


_hj_top = furniture(
    (0.5, [PAGE_SECTION, ln("中国水利报 {y}.{m:02d}.{d:02d} {wd}", paper=True, date=True)]),
    [ln("{sec} · {n:02d}", page="{n:02d}"), ln("{date} 责任编辑 {name} 电话 {tel:010}", date=True)],
    front=[masthead("中国水利报"), "CHINA WATER RESOURCES NEWS", "水利部主管", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:7000-7999}期 今日{pages}版 国内统一连续出版物号 CN 11-0071"])


_hj_bottom = furniture((0.5, ["本版校对 {name}", "投稿邮箱：slb@example.cn"]), ["扫码关注中国水利报微信公众号"])


_dz_top = furniture(
    (0.5, [running("陕西日报"), ln("{n} {sec}", page="{n}")]),
    [ln("{n:02d} 版 · {sec}", page="{n:02d}"), ln("{y}年{m}月{d}日 {wd} 责编 {name} 美编 {name}", date=True)],
    front=[masthead("陕西日报"), "中共陕西省委机关报", DATED, "农历{lunar}",
           "第{no:26000-26999}期 今日{pages}版", "陕西日报社出版"])


_dz_bottom = furniture((0.5, ["扫码下载群众新闻客户端", "新闻热线：{tel:029}"]), ["本版校对 {name} 排版 {name}"])


_qd_top = furniture(
    (0.4, [masthead("青岛日报"), DATED_LUNAR, ln("{n} | {sec}", page="{n}")]),
    (0.75, [ln("{sec} {n:02d}", page="{n:02d}"), ln("{y}.{m}.{d} {wd} 责编 {name} 审读 {name}", date=True)]),
    [ln("青岛日报·{sec}", paper=True), ln("第{n}版", page="{n}")])


def _qd_bottom(ctx):
    rng = ctx.rng
    lines = [] if ctx.printed_date else [F(ctx, f"{cn_date(ctx.date)} {weekday(ctx.date)}", date=True)]
    return lines + [F(ctx, f"观海新闻热线：{phone(rng, '0532')}")]


def _yc_top(ctx):
    d, rng, n = ctx.date, ctx.rng, ctx.page_no
    r = rng.random()
    if r < 0.4:
        return [F(ctx, "深圳晚报", paper=True), F(ctx, f"{d.year}年{d.month}月{d.day}日 {weekday(d)}", date=True),
                F(ctx, f"A{n} {spaced(ctx.section) if len(ctx.section) == 2 else ctx.section}", page=f"A{n}")]
    if r < 0.8:
        return [F(ctx, f"A{n:02d} | {ctx.section}", page=f"A{n:02d}"),
                F(ctx, f"{d.year}.{d.month}.{d.day} 星期{'一二三四五六日'[d.weekday()]} 编辑 {ctx.name()} 美编 {ctx.name()}", date=True)]
    return []


_yc_bottom = furniture(
    (0.5, ["扫码关注深圳晚报微信公众号", ln("深圳晚报新闻热线 {tel:0755}", paper=True)]),
    ["新闻热线：{tel:0755} 广告热线：{tel:0755}"])


_cs_top = furniture(
    (0.5, [masthead("成都商报"), ln("{y}年{m}月{d}日 {wd}", date=True), ln("{n:02d} {sec}", page="{n:02d}")]),
    [ln("{n:02d} | {sec} | 红星新闻", page="{n:02d}"), ln("{y}.{m:02d}.{d:02d} 责编 {name} 美编 {name}", date=True)])


_cs_bottom = furniture((0.5, ["扫码下载红星新闻客户端", "新闻热线：{tel:028}"]), [ln("成都商报 读者热线 {tel:028}", paper=True)])


_sd_top = furniture(
    (0.5, [ln("A{n:02d} {sec}", page="A{n:02d}"), ln("{date} {wd} 责任编辑：{name}", date=True)]),
    [ln("珠江商报 {y}.{m}.{d} A{n:02d} {sec}", paper=True, date=True, page="A{n:02d}")],
    front=[masthead("珠江商报"), "中共佛山市顺德区委主管", DATED_LUNAR,
           "第{no:6000-6999}期 准印证号：粤内登字E第0000号"])


_sd_bottom = furniture((0.5, ["新闻热线：{tel:0757}", "扫码关注顺德城市网"]), ["本版编辑 {name} 校对 {name}"])


_tl_top = furniture(
    (0.5, [running("人民铁道"), ln("第{n}版 · {sec}", page="{n}")]),
    [ln("{n} {sec}", page="{n}"), ln("{y}年{m}月{d}日 编辑 {name}", date=True)],
    front=[masthead("人民铁道"), "RENMIN TIEDAO", "中国国家铁路集团有限公司主管主办", DATED,
           "第{no:20000-20999}期 今日{pages}版", "国内统一连续出版物号 CN 11-0055"])


_tl_bottom = furniture((0.5, ["本版责任编辑 {name} 电话：{tel:010}"]), ["扫码关注人民铁道网", "投稿邮箱：rmtd@example.cn"])


@dataclasses.dataclass
class Fresh6Family(Fresh5Family):
    paper_outlet: str = ""  # how a photo group's shared credit names the paper's reporters


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh6Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh6Builder, **kw)


FRESH6_FAMILIES = [
    fam("shuili_national", "中国水利报", _hj_top, _hj_bottom, {by_hj: 1},
        brief_bylines={by_hj_brief: 1}, credits=(cr_hj,), width=(16, 24), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.3, caption_pool=HJ_CAPTIONS, brief_pool=HJ_BRIEFS, brief_pool_share=0.6,
        labels={"column": ("水利动态", "各地动态"), "bullet": ("▲",)},
        plans=((["hjstory", "water", "photo", "brief"], {"front": True}),
               (["hjcase", "hjstory"], {"blank": "every"}),
               (["hjqa", "briefcol"], {"blank": "none"}),
               (["photo", "hjstory", "water"], {"turn": 1})),
        sections=("综合新闻", "河湖", "防汛抗旱", "农村水利")),
    fam("shaanxi_provincial", "陕西日报", _dz_top, _dz_bottom, {by_dz: 1},
        brief_bylines={by_dz_xun: 1}, credits=(cr_dz,), width=(15, 22), blank={"para": 2, "none": 1}, indent=0.5,
        letterspace=0.3, caption_pool=DZ_CAPTIONS, brief_pool=DZ_BRIEFS, brief_pool_share=0.6,
        plans=((["dzlead", "guide", "dzpinglun"], {"front": True}),
               (["continuation", "dzstory", "brief", "brief"], {"page": 2}),
               (["dzstory", "photo", "photo"], {"blank": "every"}),
               (["dzstory", "figures"], {"blank": "none"})),
        page_style="cn", sections=("要闻", "综合", "经济")),
    fam("qingdao_city", "青岛日报", _qd_top, _qd_bottom, {by_qd: 1},
        brief_bylines={by_qd_trail: 1}, credits=(cr_qd,), width=(14, 21), blank={"para": 2, "every": 1},
        letterspace=0.4, stray_spaces=0.03, caption_pool=QD_CAPTIONS, brief_pool=QD_BRIEFS, brief_pool_share=0.6,
        paper_outlet="观海新闻/青岛日报",
        plans=((["qdstory", "beach", "photo"], {}),
               (["qdgroup", "qdstory"], {"blank": "every"}),
               (["qdstory", "brief", "briefphoto"], {"blank": "none"}),
               (["qdstory", "beach", "brief"], {"turn": 1})),
        page_style="plain", sections=("城事", "民生", "区市")),
    fam("shenzhen_evening", "深圳晚报", _yc_top, _yc_bottom, {by_yc: 1},
        brief_bylines={by_yc_trail: 1}, credits=(cr_yc,), width=(12, 18), blank={"para": 1, "every": 1},
        letterspace=0.4, stray_spaces=0.05, doubled=0.25, displaced=0.25, caption_pool=YC_CAPTIONS,
        brief_pool=YC_BRIEFS, brief_pool_share=0.6,
        plans=((["ycstory", "notes", "photo"], {}),
               (["briefpair", "ycstory"], {"blank": "every"}),
               (["ycstory", "brief", "brief", "photo"], {"blank": "none"}),
               (["photo", "ycstory", "notes"], {"turn": 1})),
        sections=("深圳", "社会", "民生")),
    fam("chengshang_metro", "成都商报", _cs_top, _cs_bottom, {by_cs: 1},
        brief_bylines={by_cs_trail: 1}, credits=(cr_cs,), width=(13, 20), blank={"para": 2, "every": 1},
        letterspace=0.3, stray_spaces=0.03, caption_pool=CS_CAPTIONS, brief_pool=CS_BRIEFS, brief_pool_share=0.6,
        plans=((["cslead", "photo", "brief"], {}),
               (["csqa", "cstips"], {"blank": "none"}),
               (["csstory", "briefphoto"], {"blank": "every"}),
               (["cscomment", "csstory"], {"turn": 2})),
        sections=("成都新闻", "城市", "红星观察")),
    fam("shunde_district", "珠江商报", _sd_top, _sd_bottom, {by_sd: 1},
        brief_bylines={by_sd_brief: 1}, credits=(cr_sd,), width=(14, 20), blank={"para": 2, "every": 1},
        letterspace=0.4, stray_spaces=0.04, displaced=0.25, caption_pool=SD_CAPTIONS, brief_pool=SD_BRIEFS,
        brief_pool_share=0.7, labels={"column": ("镇街快讯", "镇街传真"), "bullet": ("■",)},
        plans=((["sdstory", "brief", "photo"], {"front": True}),
               (["briefcol", "ad", "sdstory"], {}),
               (["sdnotice", "briefpair"], {"blank": "every", "notice": 0}),
               (["sdstory", "photo", "sdnotice"], {"blank": "none", "notice": 1})),
        page_style="A0", sections=("顺德新闻", "镇街", "民生")),
    fam("tielu_industry", "人民铁道", _tl_top, _tl_bottom, {by_tl: 1},
        brief_bylines={by_tl_brief: 1}, credits=(cr_tl,), width=(16, 26), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.3, caption_pool=TL_CAPTIONS, brief_pool=TL_BRIEFS, brief_pool_share=0.7,
        labels={"column": ("路局动态", "站段传真"), "bullet": ("▲",)},
        plans=((["tlstory", "timetable", "photo"], {"front": True}),
               (["tlprofile", "briefcol"], {}),
               (["tlqa", "photo"], {"blank": "none"}),
               (["timetable", "tlstory", "brief"], {"blank": "every", "turn": 1})),
        sections=("要闻", "运输", "职工")),
]
