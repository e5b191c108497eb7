"""A thirty-eighth set of development layout families, kept blind (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator or look at how these pages are cut.  Seven papers the corpus had not imitated (checked by
name against the development builders and gold, and against the held-back set only with a script that names
this set's candidate papers a held-back page also has): a prefecture daily of the northeast, a provincial
legal daily, a basketball paper, a radio-and-TV listings weekly, a seniors' paper, a Chinese paper of Japan
and a Chinese-language prefecture daily of Xinjiang.  Every family wraps its columns by width.  This set's
emphasis is shapes the corpus has few or none of: a 本报评论员 piece or a 社论 on the front under a 导读 index; a
story followed by its 记者手记 or its 相关链接 box; a 数读 box of big figures, each on a line over its own line;
titled 图片新闻 printed one after another as a grid, two of them sometimes read across; a court's 送达公告 list;
a 答读者问 column of 问/答 pairs under one title; a 主持人/嘉宾 talk; a programme grid of channels; a drama's
分集剧情 under 第N集 heads; a 副刊 page of poems (verses a line, stanzas, `□ X`) and prose; 文摘 pieces closed by
`（摘自《…》）`; 寻人启事 notices; classified 招聘 adverts with no titles; a 普法漫画.  At most one page of a
family follows an older plan (short items with no blank line between them, or photos with stories).

Seeds: FRESH38_SEED_BASE + FRESH38_SEED_STRIDE*family + 1_000*attempt + n (49_060_001 .. 49_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (index entries,
notes, links, figures, captions, notices, questions and answers, synopses, poems, adverts, briefs); names,
figures, phone numbers and addresses are made up.
"""
from __future__ import annotations

import dataclasses

from fresh_layouts_2 import _d
from fresh_layouts_3 import QA_SOURCES
from fresh_layouts_5 import _credit_turns
from fresh_layouts_9 import Fresh9Family
from fresh_layouts_37 import Fresh37Builder
from layout_kit import DATED, TRAIL, Above, Form, chosen, furniture, ln, masthead, opt, shown, turns
from synthesize import Byline, Item, L, cn_date, line_roles, phone, wrap

FRESH38_SEED_BASE = 49_000_000
FRESH38_SEED_STRIDE = 60_000

# --------------------------------------------------------------------------- filler (written for this corpus)

DQ_INDEX = ("油田高质量发展再上新台阶", "百湖之城迎来候鸟季", "老旧小区改造惠及万户居民", "冰雪旅游季筹备工作启动",
            "石化产业园新项目开工")
DQ_LINKS = [("记者手记", "油井旁的坚守", ["凌晨四点的井场，风很大。采油工们裹着棉衣，一口井一口井地巡检，手电的光在夜色里一晃一晃。",
                                    "他们说，习惯了。可正是这份习惯，让一口口老井持续稳产。"]),
            ("记者手记", "湿地里的守望者", ["跟着护鸟员在芦苇荡里走了一整天，鞋子湿透了，他却笑着说这是最好的季节。",
                                      "候鸟年年回来，是对这片湿地最好的评价。"])]
DQ_FIGURES = [("1.2万户", "今年改造老旧小区惠及的居民户数"), ("36个", "全市新建口袋公园数量"),
              ("98.6%", "城区空气质量优良天数比例"), ("4.5亿元", "冰雪旅游季预计带动的消费额")]
DQ_GRID = [("湿地晨光", "龙凤湿地，白鹭在芦苇丛中觅食。"), ("井场巡检", "采油工人在井场检查设备运行情况。"),
           ("冰雕初成", "工人们在冰雪大世界赶制冰雕。"), ("校园新景", "新建成的学校操场上，学生们在上体育课。")]
DQ_CAPTIONS = [("油田工人在井场作业。", "井场一线"), ("市民在湖边晨练。", ""), ("候鸟在湿地栖息。", "候鸟归来"),
               ("游客在冰雪大世界游玩。", "")]
DQ_BRIEFS = [("社区食堂新增晚餐服务", "近日，一个社区食堂新增晚餐服务，方便双职工家庭。"),
             ("全民健身步道全线贯通", "日前，一条环湖全民健身步道全线贯通。"),
             ("冬季供热设备完成检修", "近日，全市供热设备完成检修，为冬季供暖做好准备。")]

FZ_LINKS = [("相关链接", "什么是公告送达", ["受送达人下落不明，或者用其他方式无法送达的，人民法院可以公告送达。",
                                          "自发出公告之日起，经过三十日，即视为送达。"]),
            ("相关链接", "哪些情形属于非法集资", ["未经有关部门依法许可，以投资入股、高息返利等名义向社会公众吸收资金的，",
                                              "都可能涉嫌非法集资，群众应提高警惕。"])]
FZ_SERVED = ["{name}：本院受理原告某某商贸有限公司诉你买卖合同纠纷一案，案号（2024）浙0102民初{no}号，现依法向你公告送达"
             "起诉状副本、应诉通知书、举证通知书及开庭传票。自公告之日起经过三十日即视为送达。",
             "{name}：本院受理原告某某小额贷款有限公司诉你借款合同纠纷一案，案号（2024）浙0105民初{no}号，现依法向你公告送达"
             "民事判决书。自公告之日起经过三十日即视为送达，如不服本判决，可在送达之日起十五日内提起上诉。",
             "{name}：本院受理原告某某物业服务有限公司诉你物业服务合同纠纷一案，案号（2024）浙0106民初{no}号，现依法向你公告"
             "送达起诉状副本及开庭传票，定于公告期满后第三日上午9时在本院第六法庭公开开庭审理。",
             "{name}：本院受理申请执行人某某银行股份有限公司与你金融借款合同纠纷执行一案，案号（2024）浙0110执{no}号，现依法"
             "向你公告送达执行通知书、报告财产令。自公告之日起经过三十日即视为送达。"]
FZ_COURTS = ("杭州市某某区人民法院", "宁波市某某区人民法院", "温州市某某区人民法院")
FZ_LOST = ("某某餐饮管理有限公司遗失营业执照正本一份，统一社会信用代码91330100MA2XXXXX1K，声明作废。",
           "{name}遗失身份证一张，证号330106XXXXXXXX0021，声明作废。",
           "某某装饰工程有限公司遗失公章一枚，声明作废。",
           "{name}遗失机动车行驶证一本，号牌浙A·XXXXX，声明作废。")
FZ_QA = ("律师答疑", ["网购商品七天无理由退货，运费由谁承担？", "邻居装修噪声扰民，可以怎么维权？", "借钱给朋友没有写借条，还能要回来吗？"],
         ["七天无理由退货的，退回商品的运费由消费者承担，但经营者和消费者另有约定的，按照约定。",
          "可以先与邻居协商，协商不成的，可请物业或社区调解，也可以向公安机关反映，必要时向法院起诉。",
          "可以。转账记录、聊天记录、证人证言等都可以证明借款事实，建议尽快收集保存相关证据。"])
FZ_TITLES = ["身边的法律问题律师来解答", "读者来信问法"]
FZ_CARTOONS = [("“高息”陷阱", "天上不会掉馅饼。"), ("刷单", "轻信刷单返利，到头来钱财两空。")]
FZ_CAPTIONS = [("法官在巡回审判点调解纠纷。", "巡回审判"), ("民警在社区开展反诈宣传。", ""),
               ("检察官走进校园宣讲法律知识。", "法治进校园"), ("律师在公共法律服务站解答群众咨询。", "")]
FZ_BRIEFS = [("一批涉企案件集中执行", "近日，一地法院集中执行一批涉企案件，执行到位金额数千万元。"),
             ("反诈宣传走进菜市场", "日前，一地民警走进菜市场开展反诈宣传。"),
             ("社区矫正对象参加公益劳动", "近日，一地组织社区矫正对象参加公益劳动。")]

LQ_INDEX = ("主场十二连胜 领跑积分榜", "新秀赛季首次得分上双", "季后赛席位争夺白热化", "校园篮球联赛决赛前瞻")
LQ_SCORES = ("{name} 32分钟 24分 7篮板 5助攻", "{name} 35分钟 19分 4篮板 8助攻", "{name} 28分钟 15分 11篮板 2助攻",
             "{name} 30分钟 12分 3篮板 6助攻", "{name} 22分钟 9分 6篮板 1助攻")
LQ_FIGURES = [("41分", "本场比赛的单节最高得分"), ("17次", "全场抢断次数，创本赛季新高"), ("58.3%", "主队全场投篮命中率"),
              ("12连胜", "主队本赛季最长连胜纪录")]
LQ_QUESTIONS = ["怎么评价今天这场比赛？", "下半场防守做了哪些调整？", "年轻球员今天表现如何？", "接下来的赛程有什么打算？"]
LQ_FIXTURES = ("{m}月{d}日 19:35 广东 vs 辽宁", "{m}月{d}日 19:35 浙江 vs 北京", "{m}月{d}日 20:00 上海 vs 新疆",
               "{m}月{d}日 19:35 山东 vs 深圳")
LQ_GRID = [("绝杀", "比赛最后一秒，后卫命中三分绝杀。"), ("封盖", "中锋在篮下封盖对手投篮。"),
           ("庆祝", "球员们赛后相拥庆祝胜利。"), ("助威", "主场球迷挥舞旗帜为球队助威。")]
LQ_CAPTIONS = [("球员在比赛中突破上篮。", "突破"), ("主教练在场边指挥。", ""), ("球迷在看台上加油。", "主场"),
               ("球员在训练中练习投篮。", "")]
LQ_BRIEFS = [("青少年篮球联赛开赛", "近日，一届青少年篮球联赛开赛，数百支球队参赛。"),
             ("三人篮球巡回赛落幕", "日前，一站三人篮球巡回赛落幕。"),
             ("篮球公园免费开放", "近日，一座篮球公园建成并免费开放。")]

DS_CHANNELS = [("东方卫视", ("06:00 看东方", "09:00 电视剧：春风十里", "12:00 午间新闻", "18:00 东方新闻", "19:30 电视剧：山海情长")),
               ("上海新闻综合", ("07:00 上海早晨", "12:00 新闻坊", "18:30 新闻报道", "21:00 新闻夜线")),
               ("上海都市频道", ("08:30 生活大调查", "13:00 电视剧：弄堂人家", "19:00 新老娘舅", "21:30 都市剧场")),
               ("第一财经", ("07:00 财经早班车", "09:30 今日股市", "15:00 收盘直播", "20:00 财经夜行线"))]
DS_DRAMAS = [("春风十里", ("第12集", "林晓回到小镇，发现老宅已被人租下。她与房客陈默发生争执，两人约定共同住到合同期满。"),
              ("第13集", "陈默的身份引起林晓怀疑。一场暴雨中，两人被困在老宅，谈起各自的往事，关系有所缓和。"),
              ("第14集", "小镇要修新路，老宅面临拆迁。林晓四处奔走，陈默却暗中联系了规划部门。")),
             ("山海情长", ("第21集", "海生的渔船在风浪中受损，村里人纷纷伸出援手。阿秀决定把积蓄拿出来帮他修船。"),
              ("第22集", "合作社成立，海生当选负责人。第一批海产品卖出好价钱，全村人喜笑颜开。"),
              ("第23集", "一场台风即将来袭，海生组织村民转移，自己却留在码头加固渔船。"))]
DS_NOTICE = ("征文启事",
             "为庆祝本报创刊纪念，现面向广大观众、听众征集文章，讲述您与广播电视的故事，有关事项如下：",
             ["一、内容：与广播电视有关的难忘经历、心得体会", "二、字数：一千五百字以内", "三、截稿时间：{b}",
              "四、投稿方式：请注明“征文”字样，发送至本报电子邮箱"],
             "咨询电话：{p}",
             "每周广播电视报社")
DS_QUESTIONS = ["节目是怎么选题的？", "做了这么多年主持，最难忘的是哪一次？", "怎样和听众互动？", "对年轻主持人有什么建议？"]
DS_CAPTIONS = [("演员在片场拍摄。", "片场探班"), ("主持人在演播室录制节目。", ""), ("观众在剧场观看演出。", "剧场之夜"),
               ("工作人员在调试转播设备。", "")]
DS_BRIEFS = [("纪录片《江南好》开播", "近日，纪录片《江南好》开播，讲述江南古镇的变迁。"),
             ("广播剧展播活动启动", "日前，一场广播剧展播活动启动，展播数十部作品。"),
             ("少儿节目征集小主持人", "近日，一档少儿节目面向全市征集小主持人。")]

WQ_MISSING = ["{name}，男，七十八岁，身高约一米六五，身穿灰色夹克、黑色裤子，患有阿尔茨海默病，于{m}月{d}日上午在济南市某某区"
              "某某路附近走失。如有知情者，请与家属联系，必有酬谢。",
              "{name}，女，八十一岁，身高约一米五五，满头白发，身穿蓝色上衣，说话带淄博口音，于{m}月{d}日下午在某某公园附近走失。"
              "如有知情者，请与家属联系，万分感谢。"]
WQ_QA = ("养老政策问答", ["退休人员异地居住，养老金怎么领取？", "高龄津贴需要每年申请吗？", "老年人乘坐公交有哪些优惠？"],
         ["养老金按月发放到本人社会保障卡，异地居住不影响领取，但需按规定每年进行一次资格认证。",
          "符合条件的老人首次申请后按月发放，无需每年重新申请，但户籍或居住情况变化时应及时告知社区。",
          "各地政策不同，多数城市对六十五周岁以上老年人实行免费乘坐市内公交，具体以当地规定为准。"])
WQ_POEMS = [("秋日登千佛山", [["山色染秋霜", "松风过石廊", "登高望远处", "泉城尽斜阳"]]),
            ("老伴", [["你的白发", "是我数了五十年的月光"], ["你的皱纹", "是我走了五十年的路"]]),
            ("大明湖晨曲", [["柳丝垂碧水", "荷叶托晨光"], ["老友相邀处", "琴声绕画廊"]]),
            ("夕阳", [["夕阳不是黄昏", "是另一种开始"], ["把日子慢慢熬成", "一壶好茶"]])]
WQ_SOURCES = ("《齐鲁晚报》", "《老年生活报》", "《人民日报》", "《大众日报》", "《中国老年》")
WQ_CAPTIONS = [("老年大学学员在练习书法。", "翰墨飘香"), ("老人们在社区广场跳舞。", ""), ("志愿者为老人义诊。", "健康义诊"),
               ("老人在公园里下棋。", "")]
WQ_BRIEFS = [("老年大学秋季班开课", "近日，一所老年大学秋季班开课，开设书法、摄影等课程。"),
             ("社区开展防诈骗讲座", "日前，一个社区为老年居民开展防诈骗讲座。"),
             ("助老志愿服务队成立", "近日，一支助老志愿服务队成立。")]

KX_QA = ("生活信息", ["在留卡即将到期，怎么办理更新？", "在日本换驾照需要准备什么？", "孩子入读公立小学怎么申请？"],
         ["在留期限到期前三个月起可以到地方出入国在留管理局申请更新，需准备护照、在留卡、照片及工作或学习证明。",
          "持国内驾照可申请切换日本驾照，需准备驾照原件及日文翻译件、护照、住民票，并参加适性检查和知识确认。",
          "可到所在区役所的教育委员会窗口申请，带上在留卡和住民票，学校会安排入学说明。"])
KX_ADS = ("中华料理店诚聘厨师、服务员 大阪市中央区 待遇面议 TEL 06-{a}-{b}",
          "贸易公司招聘中日文翻译 要求日语N1 神户市 TEL 078-{a}-{b}",
          "诚聘家政保洁人员 时间灵活 京都市 TEL 075-{a}-{b}",
          "不动产公司招聘营业担当 中日双语 大阪市北区 TEL 06-{a}-{b}")
KX_LINKS = [("相关链接", "关西地区华侨华人概况", ["关西地区是日本华侨华人的重要聚居地之一，神户、大阪、京都等地都有历史悠久的华侨社团。",
                                              "近年来，留学生和技术人员人数持续增加。"])]
KX_GRID = [("中秋联欢", "侨胞们在联欢会上表演节目。"), ("舞狮贺岁", "神户南京町，舞狮队为市民表演。"),
           ("书法交流", "中日两国书法爱好者同场挥毫。"), ("留学生运动会", "留学生在运动会上参加接力比赛。")]
KX_CAPTIONS = [("侨胞在中华街选购年货。", "年味"), ("留学生在图书馆学习。", ""), ("华人社团举办联谊活动。", "联谊"),
               ("游客在大阪城公园赏樱。", "")]
KX_BRIEFS = [("华侨总会举办新春联欢", "近日，一个华侨总会举办新春联欢会，数百名侨胞参加。"),
             ("中文学校开设暑期班", "日前，一所中文学校开设暑期班，招收华裔青少年。"),
             ("领事服务进侨社", "近日，领事服务活动走进侨社，为侨胞办理证件。")]

YL_INDEX = ("薰衣草花海迎来盛花期", "霍尔果斯口岸通关量创新高", "伊犁河谷夏牧场转场忙", "那拉提草原游客量大幅增长")
YL_WEATHER = ("伊宁市 晴 18～31℃", "霍城县 晴转多云 17～30℃", "新源县 多云 14～26℃", "昭苏县 阵雨 9～20℃",
              "特克斯县 多云 12～25℃")
YL_LINKS = [("记者手记", "草原上的新变化", ["几年前来这里，牧民还住在毡房里，如今定居点的新房一排排，孩子们在新学校里上学。",
                                       "变化的是生活，不变的是牧民们的热情。"])]
YL_POEMS = [("那拉提", [["草原把天空", "铺到了脚下"], ["马蹄声里", "开满了野花"]]),
            ("伊犁河", [["河水向西流", "带走了雪山的消息"], ["也带走了", "我们少年时的歌"]]),
            ("薰衣草", [["紫色的风", "吹过整个六月"]])]
YL_GRID = [("花海", "霍城县，游客在薰衣草花海中拍照。"), ("转场", "牧民赶着羊群前往夏牧场。"),
           ("口岸", "货车在霍尔果斯口岸排队通关。"), ("丰收", "农民在麦田里驾驶收割机收割小麦。")]
YL_CAPTIONS = [("游客在那拉提草原骑马。", "草原夏日"), ("果农在果园里采摘苹果。", ""), ("孩子们在广场上跳舞。", "欢乐广场"),
               ("工人在口岸装卸货物。", "")]
YL_BRIEFS = [("夏季牧场转场有序进行", "近日，伊犁河谷各地夏季牧场转场有序进行。"),
             ("农村公路提升改造完工", "日前，一批农村公路提升改造工程完工。"),
             ("社区开设国家通用语言培训班", "近日，一个社区开设国家通用语言培训班。")]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


@dataclasses.dataclass(frozen=True)
class _DrawnBy(Form):
    """`文/X 图/Y`: X wrote it (the only author), Y took the picture."""

    def byline(self, ctx, names, item=None):
        item.photographers = [names[1]]
        return super().byline(ctx, names, item)


by_dq = chosen(Above("大庆日报全媒体记者 {0!l}"), Above("全媒体记者 {0!l} 通讯员 {1}", 2),
               Above("本报记者 {0!l} 摄影报道", photo=True), turn="by", drawn=2)
by_dq_brief = turns(Form("本报讯（全媒体记者 {0}）"), Form("（{c0} {0}）", choices=(("让胡路区融媒体中心", "萨尔图区融媒体中心"),), **TRAIL))

by_fz = chosen(Above("法治报记者 {0!l} 通讯员 {1}", 2), Above("本报记者 {0!l} 实习生 {1}", 2), Above("□记者 {0!l}"),
               turn="by", drawn=2)
by_fz_brief = turns(Form("本报讯（通讯员 {0}）"), Form("（{0}）", **TRAIL))

by_lq = chosen(Above("本报特派记者 {0!l} 发自东莞"), Above("本报记者 {0!l}"), _DrawnBy("文/{0!l} 图/{1}", 1, where="before",
                                                                                  hint="plain", draws=2),
               turn="by", drawn=2)
by_lq_brief = turns(Form("（{0}）", **TRAIL), Form("本报讯 记者{0}报道"))

by_ds = chosen(Above("本报记者 {0!l}"), Above("记者 {0!l} 实习生 {1}", 2), Above("文/{0!l}"), turn="by", drawn=2)
by_ds_brief = turns(Form("本报讯（记者 {0}）"), Form("（{0}）", **TRAIL))

by_wq = chosen(Above("晚晴报记者 {0!l}"), Above("记者 {0!l} 通讯员 {1}", 2), Above("本报通讯员 {0!l}"), turn="by", drawn=2)
by_wq_brief = turns(Form("（{c0} {0}）", choices=(("历下区老龄办", "市中区老年大学"),), **TRAIL), Form("本报讯（记者 {0}）"))

by_kx = chosen(Above("本报记者 {0!l} 大阪报道"), Above("本报特约记者 {0!l}"), Above("文·图/{0!l}", photo=True),
               turn="by", drawn=2)
by_kx_brief = turns(Form("【本报讯】{0}"), Form("（{0}）", **TRAIL))

by_yl = chosen(Above("伊犁日报全媒体记者 {0!l}"), Above("记者 {0!l} {1}", 2), Above("通讯员 {0!l} 记者 {1}", 2),
               turn="by", drawn=2)
by_yl_brief = turns(Form("本报讯（记者 {0}）"), Form("（{c0} {0}）", choices=(("霍城县融媒体中心", "新源县融媒体中心"),), **TRAIL))


# --------------------------------------------------------------------------- photo credits


cr_dq = _credit_turns(("大庆日报全媒体记者 {n} 摄", "（{n} 摄）", "（资料图片）"))
cr_fz = _credit_turns(("本报记者 {n} 摄", "通讯员 {n} 摄", "（资料图片）"))
cr_lq = _credit_turns(("本报特派记者 {n} 摄", "视觉中国供图", "（{n} 摄）"))
cr_ds = _credit_turns(("（剧照由片方提供）", "本报记者 {n} 摄", "（资料图片）"))
cr_wq = _credit_turns(("晚晴报记者 {n} 摄", "（{n} 摄）", "（读者供图）"))
cr_kx = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）", "（侨团供图）"))
cr_yl = _credit_turns(("伊犁日报全媒体记者 {n} 摄", "（{n} 摄）", "（资料图片）"))


# --------------------------------------------------------------------------- builder


class Fresh38Builder(Fresh37Builder):

    # -------------------------------------------------------------- shared shapes

    def index(self, label, entries, forms):
        """A 导读 index on a front page: its label and entries `标题 详见A3版` (all furniture)."""
        rng = self.rng
        picked = rng.sample(entries, rng.choice((3, 4)))
        lines = [rng.choice(forms).format(t=t, p=rng.randrange(2, 9)) for t in picked]
        return self.furniture(label, *lines)

    def signed_piece(self, signature):
        """A titled 本报评论员 piece (the signature on a line under it) or a 社论 (the label its kicker):
        a `commentary` naming no one."""
        src, body = self.short_text(350, 800)
        if signature == "社论":
            return self.art(src, body, lambda c, i: Byline([], hint="institution"), kicker="社论")
        return self.art(src, body, lambda c, i: Byline([], after=[signature], hint="institution"))

    def linked(self, links):
        """A story, then its box under a label (记者手记 / 相关链接, furniture): an `article` of its own,
        titled, naming no one."""
        story = self.deck_story()
        label, title, paras = self.uniq(links, "link")
        box = self.art({"title": title}, [("paragraph", p) for p in paras], lambda c, i: Byline([]))
        return [story, self.furniture(label), box]

    def figures(self, labels, figures):
        """A 数读 box: each big figure on a line of its own over what it counts."""
        rng = self.rng
        item = Item("infobox")
        label = rng.choice(labels)
        item.title = item.printed_title = label
        rows = rng.sample(figures, rng.choice((3, 4)))
        width = self.w()
        item.chunks = [[L(label, "title")]] + [[L(big, "body")] + [L(x, "body") for x in wrap(what, width)]
                                                for big, what in rows]
        item.body = [("listitem", big + what) for big, what in rows]
        item.kind = "infobox"
        return item

    def titled_photo(self, pool):
        """A 图片新闻 with its own title, its caption set by width, its credit glued or on a line."""
        rng, ctx, fam = self.rng, self.ctx, self.family
        title, caption = self.uniq(pool, "grid")
        item = Item("photo")
        where, credit, photographers = rng.choice(fam.credits)(ctx)
        item.photographers = photographers
        item.title = item.printed_title = title
        segments = [("caption", caption)] + ([("credit", rng.choice(("", " ")) + credit)] if where == "glue" else [])
        lines = wrap("".join(t for _, t in segments), rng.randrange(12, 20), justified=fam.justified)
        item.chunks = [[L(title, "title")], [L(x, *r) for x, r in zip(lines, line_roles(segments, lines))]]
        if where == "line":
            item.chunks.append([L(credit, "credit")])
        item.body = [("caption", caption)]
        return item

    def grid(self, pool):
        """Three or four titled 图片新闻 printed one after another, the first two sometimes read across."""
        items = [self.titled_photo(pool) for _ in range(self.rng.choice((3, 4)))]
        if self.rng.random() < 0.4:
            return self.pair(items[0], items[1]) + items[2:]
        return items

    def asked(self, qa, titles=None):
        """A 答读者问 column: one title, then 问：/答： pairs (paragraphs), signed or not."""
        rng, ctx = self.rng, self.ctx
        label, questions, answers = qa
        k = rng.sample(range(len(questions)), rng.choice((2, 3)))
        body = [("paragraph", p) for j in sorted(k) for p in ("问：" + questions[j], "答：" + answers[j])]
        title = rng.choice(titles) if titles else label
        if rng.random() < 0.5:
            name = ctx.name()
            byfn = lambda c, i: Byline([name], before=[f"本报记者 {shown(ctx, name)} 整理"])  # noqa: E731
        else:
            byfn = lambda c, i: Byline([])  # noqa: E731
        item = self.art({"title": title}, body, byfn)
        return [self.furniture(label), item] if titles else item

    def talk(self, questions, host=("主持人：",)):
        """A 主持人/嘉宾 talk: the host's questions and the guest's answers, each labelled."""
        rng, ctx = self.rng, self.ctx
        guest = ctx.name()
        labels = (rng.choice(host), rng.choice(("嘉宾{}：", "{}：", "嘉宾 {}：")).format(guest))
        src = self.pick(QA_SOURCES)
        return self.qa(src, labels, self.styled(self.family.bylines), questions, kicker_share=0.2)

    def channels(self, labels, channels):
        """A programme grid: a box per channel, the label its kicker, the channel its title."""
        rng = self.rng
        label = rng.choice(labels)
        picked = rng.sample(channels, rng.choice((2, 3)))
        return [self.box(label, list(rows[:rng.choice((4, 5))]), title=name, decorations=("", "【{}】"))
                for name, rows in picked]

    def episodes(self, dramas):
        """A drama's 分集剧情: its title, 第N集 heads (headings) and their synopses; no one named."""
        name, *eps = self.uniq(dramas, "drama")
        body = []
        for head, text in eps[:self.rng.choice((2, 3))]:
            body += [("heading", head), ("paragraph", text)]
        return [self.furniture(self.rng.choice(("分集剧情", "剧情速递"))),
                self.art({"title": f"《{name}》"}, body, lambda c, i: Byline([]))]

    def poem(self, poems):
        """A poem: its title, the poet `□ X` (or `□X`), stanzas of a verse a line."""
        rng, ctx = self.rng, self.ctx
        title, stanzas = self.uniq(poems, "poem")
        name = ctx.name()
        item = Item("article")
        head = self.headline(item, title)
        item.authors = [name]
        poet = rng.choice(("□ {}", "□{}", "文/{}")).format(shown(ctx, name))
        item.chunks = head + [[L(poet, "byline")]] + [[L(v, "body") for v in s] for s in stanzas]
        item.body = [("paragraph", v) for s in stanzas for v in s]
        item.kind = "article"
        return item

    def fukan(self, heads, poems):
        """A 副刊 page: its column head, two or three poems, then a prose piece signed `□X`."""
        rng = self.rng
        out = [self.furniture(rng.choice(heads))]
        out += [self.poem(poems) for _ in range(rng.choice((2, 3)))]
        src, body = self.short_text(300, 700)
        name = self.ctx.name()
        out.append(self.art(src, body, lambda c, i: Byline([name], before=["□" + shown(c, name)])))
        return out

    def digest(self, sources):
        """A 文摘 piece: `□X` above and `（摘自《…》）` under it, or `（摘自《…》 X）` closing it (X its author)."""
        rng, ctx = self.rng, self.ctx
        src, body = self.short_text(250, 650)
        paper, name = rng.choice(sources), ctx.name()
        if rng.random() < 0.5:
            byfn = lambda c, i: Byline([name], before=["□" + shown(c, name)], after=[f"（摘自{paper}）"])  # noqa: E731
        else:
            byfn = lambda c, i: Byline([name], trail=f"（摘自{paper} {name}）", hint="plain")  # noqa: E731
        return self.art(src, body, byfn, after_role="credit")

    def missing(self, texts, area):
        """A 寻人启事: titled, one paragraph, the family's contact line; no one named."""
        day = _d(self.ctx)
        text = self.uniq(texts, "missing").format(name=self.ctx.name(), m=day.month, d=max(1, day.day - 2))
        contact = f"联系人：{self.ctx.name()} 电话：{phone(self.rng, area)}"
        title = self.rng.choice(("寻人启事", "寻 人 启 事"))
        item = self.art({"title": "寻人启事"}, [("paragraph", text), ("paragraph", contact)], lambda c, i: Byline([]))
        if item.chunks[0][0].role == "title":
            item.chunks[0], item.printed_title = [L(title, "title")], title
        return item

    def served(self, label):
        """A court's 送达公告: its title, entries `X：本院受理…` (list items), the court and date (bylines)."""
        rng, ctx = self.rng, self.ctx
        item = Item("infobox")
        head = self.headline(item, rng.choice(("送达公告", "公告送达")))
        entries = [e.format(name=ctx.name(), no=rng.randrange(1000, 9999)) for e in rng.sample(FZ_SERVED, rng.choice((2, 3)))]
        width = self.w()
        item.chunks = head + [self.para_lines(e, width) for e in entries]
        item.chunks.append([L(rng.choice(FZ_COURTS), "byline"), L(cn_date(_d(ctx)), "byline")])
        item.body = [("listitem", e) for e in entries]
        item.kind = "infobox"
        return [self.furniture(label), item]

    def rows(self, labels, forms, area_len=4, **kw):
        """Small notices with no titles: the rows of a box under its label."""
        rng, ctx = self.rng, self.ctx
        rows = [f.format(name=ctx.name(), a=rng.randrange(10 ** (area_len - 1), 10 ** area_len),
                         b=rng.randrange(1000, 9999)) for f in rng.sample(forms, rng.choice((3, 4)))]
        return self.rows_box(labels, rows, **kw)

    def cartoon(self, label, pool):
        """A 漫画: its title, a one-line caption, `漫画/X` or `X 作` (X its photographer)."""
        rng, ctx = self.rng, self.ctx
        title, caption = self.uniq(pool, "cartoon")
        name = ctx.name()
        item = Item("photo")
        item.title = item.printed_title = title
        item.photographers = [name]
        credit = rng.choice(("漫画/{}", "{} 作", "{}/绘")).format(name)
        item.chunks = [[L(title, "title")], [L(caption, "caption")], [L(credit, "credit")]]
        item.body = [("caption", caption)]
        return [self.furniture(label), item]

    # -------------------------------------------------------------- set38_a

    def slot_dqindex(self):
        return self.index(self.rng.choice(("导读", "今日导读")), DQ_INDEX, ("▶{t} 详见第{p}版", "◆{t} {p}版", "{t} >>{p}"))

    def slot_dqcomment(self):
        return self.signed_piece("本报评论员")

    def slot_dqnote(self):
        return self.linked(DQ_LINKS)

    def slot_dqfigures(self):
        return self.figures(("数读", "数说大庆"), DQ_FIGURES)

    def slot_dqgrid(self):
        return self.grid(DQ_GRID)

    # -------------------------------------------------------------- set38_b

    def slot_fzlink(self):
        return self.linked(FZ_LINKS)

    def slot_fzserved(self):
        return self.served(self.rng.choice(("法院公告", "公告")))

    def slot_fzlost(self):
        return self.rows(("遗失声明", "声明"), FZ_LOST)

    def slot_fzqa(self):
        return self.asked(FZ_QA, FZ_TITLES)

    def slot_fzcartoon(self):
        return self.cartoon(self.rng.choice(("普法漫画", "漫说法治")), FZ_CARTOONS)

    def slot_fzcomment(self):
        return self.signed_piece("本报评论员")

    # -------------------------------------------------------------- set38_c

    def slot_lqindex(self):
        return self.index(self.rng.choice(("本期导读", "导读")), LQ_INDEX, ("▶{t} 第{p}版", "{t}（详见{p}版）"))

    def slot_lqscores(self):
        rng, ctx = self.rng, self.ctx
        rows = [f.format(name=ctx.name()) for f in LQ_SCORES[:rng.choice((4, 5))]]
        return self.wide_table(("技术统计", "数据统计"), "主队球员技术统计",
                               rng.choice(("球员 时间 得分 篮板 助攻", "姓名 上场时间 得分 篮板 助攻")), rows,
                               ("数据来源：联赛官网", "数据来源：本报统计"))

    def slot_lqfigures(self):
        return self.figures(("数读", "数据说话"), LQ_FIGURES)

    def slot_lqtalk(self):
        return self.talk(LQ_QUESTIONS, host=("记者：", "主持人："))

    def slot_lqgrid(self):
        return self.grid(LQ_GRID)

    def slot_lqfixtures(self):
        day = _d(self.ctx)
        rows = [r.format(m=day.month, d=min(28, day.day + k)) for k, r in enumerate(LQ_FIXTURES[:self.rng.choice((3, 4))], 1)]
        return self.rows_box(("赛事预告", "下轮赛程"), rows, title="常规赛第十五轮" if self.rng.random() < 0.5 else "")

    # -------------------------------------------------------------- set38_d

    def slot_dschannels(self):
        return self.channels(("节目预告", "电视节目"), DS_CHANNELS)

    def slot_dsdrama(self):
        return self.episodes(DS_DRAMAS)

    def slot_dstalk(self):
        return self.talk(DS_QUESTIONS)

    def slot_dsnotice(self):
        return self.clauses(DS_NOTICE, "021")

    # -------------------------------------------------------------- set38_e

    def slot_wqmissing(self):
        return self.missing(WQ_MISSING, "0531")

    def slot_wqqa(self):
        return self.asked(WQ_QA)

    def slot_wqfukan(self):
        return self.fukan(("夕阳红", "晚晴诗苑"), WQ_POEMS)

    def slot_wqdigest(self):
        return self.digest(WQ_SOURCES)

    def slot_wqlabel(self):
        return self.furniture(self.rng.choice(("文摘", "晚晴文摘")))

    # -------------------------------------------------------------- set38_f

    def slot_kxqa(self):
        return self.asked(KX_QA)

    def slot_kxads(self):
        return self.rows(("招聘", "分类广告"), KX_ADS)

    def slot_kxlink(self):
        return self.linked(KX_LINKS)

    def slot_kxgrid(self):
        return self.grid(KX_GRID)

    # -------------------------------------------------------------- set38_g

    def slot_ylindex(self):
        return self.index("导读", YL_INDEX, ("·{t}（详见{p}版）", "▶{t} {p}版"))

    def slot_ylediting(self):
        return self.signed_piece("社论")

    def slot_ylweather(self):
        rows = list(YL_WEATHER[:self.rng.choice((4, 5))])
        return self.rows_box(("天气预报", "伊犁天气"), rows)

    def slot_ylnote(self):
        return self.linked(YL_LINKS)

    def slot_ylfukan(self):
        return self.fukan(("那拉提", "伊犁河副刊"), YL_POEMS)

    def slot_ylgrid(self):
        return self.grid(YL_GRID)


# --------------------------------------------------------------------------- furniture


def _osaka_phone(ctx):
    return f"06-{ctx.rng.randrange(6000, 6999)}-{ctx.rng.randrange(1000, 9999)}"


def _reiwa(ctx):
    return f"令和{ctx.date.year - 2018}年"


_dq_top = furniture(
    (0.5, [ln("{n:02d} {sec}", page="{n:02d}"), ln("大庆日报 {y}年{m}月{d}日 {wd}", paper=True, date=True),
           "责任编辑 {name} 版式 {name}"]),
    [ln("{sec} 第{n}版", page="{n}"), DATED],
    front=[masthead("大庆日报"), "DAQING DAILY", "中共大庆市委机关报 大庆日报社出版", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:16000-16999}期 今日{pages}版 国内统一连续出版物号 CN 23-0000"])
_dq_bottom = furniture((0.5, ["新闻热线：{tel:0459}", "扫码下载“百湖早闻”客户端"]),
                       ["大庆日报社 地址：大庆市萨尔图区某某大街{no:10-99}号 邮编163311"])

_fz_top = furniture(
    (0.5, [ln("A{n} {sec}", page="A{n}"), ln("浙江法治报 {date}", paper=True, date=True), "主编 {name} 责任编辑 {name}"]),
    [ln("{y}年{m}月{d}日 {wd}", date=True), ln("A{n}", page="A{n}"), "{sec}"],
    front=[ln("{date} {wd} 农历{slunar}", date=True), masthead("浙江法治报"), "ZHEJIANG LEGAL DAILY",
           "浙江日报报业集团主管主办 第{no:9000-9999}期", "法律服务热线 12348 新闻热线 {tel:0571}"])
_fz_bottom = furniture((0.5, ["本版编辑 {name} 校对 {name}", "投稿邮箱：fzb@example.cn"]),
                       [ln("浙江法治报 {y}.{m:02d}.{d:02d}", paper=True, date=True), "扫一扫 关注“浙江法治报”公众号"])

_lq_top = furniture(
    (0.5, [ln("篮球先锋报", paper=True), ln("{sec} {n}", page="{n}"), ln("{y}.{m}.{d} {wd}", date=True)]),
    [ln("{n:02d}", page="{n:02d}"), "{sec} 编辑 {name}"],
    front=[masthead("篮球先锋报"), "BASKETBALL PIONEER", ln("{date} {wd}", date=True),
           "第{no:2000-2999}期 每周一、四出版 零售价2元", "读者热线 {tel:020}"])
_lq_bottom = furniture((0.5, ["篮球先锋报社出版 地址：广州市天河区某某路{no:10-99}号"]),
                       [ln("{y}年{m}月{d}日", date=True), "美编 {name} 校对 {name}"])

_ds_top = furniture(
    (0.5, [ln("{ssec}", page=None), ln("每周广播电视 {date}", paper=True, date=True), ln("第{n}版", page="{n}")]),
    [ln("{n}", page="{n}"), "{sec}"],
    front=[masthead("每周广播电视"), "SHANGHAI TV & RADIO WEEKLY", ln("{date} {wd}", date=True),
           "本期{pages}版 第{no:2500-2999}期 每周四出版", "上海广播电视台主管 邮发代号3-0"])
_ds_bottom = furniture((0.5, ["编辑 {name} 美编 {name} 读者热线 {tel:021}"]),
                       [ln("每周广播电视 {y}年第{no:20-50}期", paper=True), "扫码收看节目回放"])

_wq_top = furniture(
    (0.5, [ln("晚晴报", paper=True), ln("{date} 农历{slunar}", date=True), ln("第{n}版 {sec}", page="{n}")]),
    [ln("{sec} {n:02d}", page="{n:02d}"), "责编 {name} 美编 {name}"],
    front=[ln("{date} {wd} 农历{lunar}", date=True), masthead("晚晴报"), "山东省老龄工作委员会办公室指导 大众报业集团主办",
           "第{no:3000-3999}期 每周三出版", "老年维权热线 {tel:0531}"])
_wq_bottom = furniture((0.5, [ln("{y}年{m}月{d}日 星期三", date=True), "订阅热线：{tel:0531}"]),
                       ["本版投稿邮箱：wqb@example.cn"])

_kx_top = furniture(
    (0.5, [ln("关西华文时报", paper=True), ln("{date} {wd}", date=True), ln("第{n}版 {sec}", page="{n}")]),
    [ln("{sec} {n}", page="{n}"), DATED],
    front=[masthead("关西华文时报"), "KANSAI CHINESE TIMES", ln("{date} {reiwa} {wd}", date=True),
           "日本大阪发行 第{no:600-999}号", "TEL {osaka} FAX {osaka}"],
    fields={"osaka": _osaka_phone, "reiwa": _reiwa})
_kx_bottom = furniture((0.5, ["关西华文时报社 大阪市浪速区某某町{no:1-9}-{no:10-30}", "广告受付 TEL {osaka}"]),
                       ["本版编辑 {name}", opt(0.5, ["扫码关注本报微信公众号"])], fields={"osaka": _osaka_phone})

_yl_top = furniture(
    (0.5, [ln("伊犁日报", paper=True), ln("{date} {wd}", date=True), ln("{n} {sec}", page="{n}")]),
    [ln("第{n}版 {sec}", page="{n}"), "责任编辑 {name} 校对 {name}"],
    front=[masthead("伊犁日报"), "中共伊犁哈萨克自治州委员会机关报（汉文版）", ln("{date} {wd} 农历{lunar}", date=True),
           "第{no:20000-20999}期 今日{pages}版 国内统一连续出版物号 CN 65-0000", "新闻热线 {tel:0999}"])
_yl_bottom = furniture((0.5, [ln("{y}年{m}月{d}日", date=True), "伊犁日报社 地址：伊宁市某某路{no:10-99}号"]),
                       ["扫码下载“伊犁零距离”客户端"])


@dataclasses.dataclass
class Fresh38Family(Fresh9Family):
    seed_stride: int = FRESH38_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh38Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh38Builder, justified=True,
                         **kw)


FRESH38_FAMILIES = [
    fam("set38_a", "大庆日报", _dq_top, _dq_bottom, {by_dq: 1},
        brief_bylines={by_dq_brief: 1}, credits=(cr_dq,), width=(15, 21), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.03, doubled=0.1, displaced=0.1, caption_pool=DQ_CAPTIONS,
        brief_pool=DQ_BRIEFS, brief_pool_share=0.6, paper_outlet="大庆日报",
        labels={"column": ("县区传真", "百湖快讯"), "bullet": ("◆",)},
        plans=((["dqindex", "dqcomment", "deck", "brief"], {"front": True, "turn": 0}),
               (["dqnote", "dqfigures", "brief"], {"blank": "every", "turn": 1}),
               (["dqgrid", "bare"], {"blank": "none", "turn": 2}),
               (["brief", "bare", "deck", "briefcol"], {"blank": "none"})),
        page_style="0", sections=("要闻", "城事", "民生")),
    fam("set38_b", "浙江法治报", _fz_top, _fz_bottom, {by_fz: 1},
        brief_bylines={by_fz_brief: 1}, credits=(cr_fz,), width=(13, 18), blank={"para": 1, "every": 1},
        indent=0.3, letterspace=0.2, stray_spaces=0.04, doubled=0.15, displaced=0.1, caption_pool=FZ_CAPTIONS,
        brief_pool=FZ_BRIEFS, brief_pool_share=0.6, paper_outlet="本报",
        labels={"column": ("法治快讯", "政法动态"), "bullet": ("■",)},
        plans=((["fzlink", "fzcomment", "brief"], {"front": True, "turn": 2}),
               (["fzserved", "fzlost", "fzserved"], {"blank": "none", "turn": 0}),
               (["fzqa", "fzcartoon", "brief"], {"turn": 1}),
               (["deck", "photo", "brief"], {"blank": "every"})),
        page_style="A", sections=("法治新闻", "公告", "法律服务")),
    fam("set38_c", "篮球先锋报", _lq_top, _lq_bottom, {by_lq: 1},
        brief_bylines={by_lq_brief: 1}, credits=(cr_lq,), width=(17, 24), blank={"para": 2, "none": 1},
        indent=0.2, letterspace=0.2, stray_spaces=0.02, doubled=0.1, displaced=0.15, caption_pool=LQ_CAPTIONS,
        brief_pool=LQ_BRIEFS, brief_pool_share=0.7, paper_outlet="本报",
        labels={"column": ("场外", "篮坛速递"), "bullet": ("●",)},
        plans=((["lqindex", "deck", "lqscores"], {"front": True, "three": True, "turn": 1}),
               (["lqtalk", "lqfigures"], {"turn": 2}),
               (["lqgrid", "lqfixtures", "brief"], {"blank": "every", "turn": 0}),
               (["brief", "bare", "deck", "briefcol"], {"blank": "none"})),
        page_style="0", sections=("CBA", "NBA", "校园篮球")),
    fam("set38_d", "每周广播电视", _ds_top, _ds_bottom, {by_ds: 1},
        brief_bylines={by_ds_brief: 1}, credits=(cr_ds,), width=(12, 17), per_article_width=True,
        blank={"para": 1, "every": 2}, letterspace=0.4, stray_spaces=0.05, doubled=0.2, displaced=0.15,
        caption_pool=DS_CAPTIONS, brief_pool=DS_BRIEFS, brief_pool_share=0.6, paper_outlet="本报", weekday_no=3,
        labels={"column": ("荧屏快讯", "节目速递")},
        plans=((["dschannels", "brief", "bare"], {"front": True, "turn": 0}),
               (["dsdrama", "dsdrama"], {"blank": "none", "turn": 1}),
               (["dstalk", "dsnotice"], {"turn": 2}),
               (["photo", "deck", "brief"], {})),
        page_style="cn", sections=("荧屏", "剧情", "声音")),
    fam("set38_e", "晚晴报", _wq_top, _wq_bottom, {by_wq: 1},
        brief_bylines={by_wq_brief: 1}, credits=(cr_wq,), width=(14, 20), blank={"para": 1, "every": 1},
        indent=0.5, letterspace=0.3, stray_spaces=0.05, doubled=0.15, displaced=0.1, caption_pool=WQ_CAPTIONS,
        brief_pool=WQ_BRIEFS, brief_pool_share=0.6, paper_outlet="晚晴报", weekday_no=2,
        labels={"column": ("银龄快讯", "老年天地"), "bullet": ("▲",)},
        plans=((["deck", "wqqa", "wqmissing", "wqmissing"], {"front": True, "turn": 1}),
               (["wqfukan"], {"turn": 2}),
               (["wqlabel", "wqdigest", "wqdigest", "wqdigest"], {"blank": "none", "turn": 0}),
               (["brief", "bare", "deck", "briefcol"], {"blank": "none"})),
        page_style="0", sections=("要闻", "副刊", "文摘")),
    fam("set38_f", "关西华文时报", _kx_top, _kx_bottom, {by_kx: 1},
        brief_bylines={by_kx_brief: 1}, credits=(cr_kx,), width=(16, 22), blank={"para": 2, "every": 1},
        indent=0.3, letterspace=0.2, stray_spaces=0.03, displaced=0.1, caption_pool=KX_CAPTIONS,
        brief_pool=KX_BRIEFS, brief_pool_share=0.6, paper_outlet="本报",
        labels={"column": ("侨社动态", "关西简讯"), "bullet": ("◎",)},
        plans=((["deck", "kxqa", "brief"], {"front": True, "turn": 2}),
               (["kxlink", "kxads"], {"blank": "every", "turn": 0}),
               (["kxgrid", "brief"], {"turn": 1}),
               (["photo", "deck", "bare"], {"blank": "none"})),
        page_style="cn", sections=("侨社", "生活", "日本新闻")),
    fam("set38_g", "伊犁日报", _yl_top, _yl_bottom, {by_yl: 1},
        brief_bylines={by_yl_brief: 1}, credits=(cr_yl,), width=(18, 26), blank={"para": 2, "none": 1},
        indent=0.4, letterspace=0.2, stray_spaces=0.02, doubled=0.1, displaced=0.15, caption_pool=YL_CAPTIONS,
        brief_pool=YL_BRIEFS, brief_pool_share=0.6, paper_outlet="伊犁日报",
        labels={"column": ("县市传真", "河谷快讯"), "bullet": ("★",)},
        plans=((["ylindex", "ylediting", "deck"], {"front": True, "turn": 0}),
               (["ylnote", "ylweather", "brief"], {"blank": "none", "turn": 1}),
               (["ylfukan"], {"blank": "every", "turn": 2}),
               (["ylgrid", "brief", "bare"], {})),
        page_style="cn", sections=("要闻", "副刊", "综合")),
]
