"""A thirty-ninth set of development layout families (see tests/corpus/README.md).

Written blind: by a helper that read only the corpus machinery (synthesize.py, layout_kit.py, the
development family files as examples), never the segmenter, its data files or the evaluator, and did not
run the evaluator or look at how these pages are cut.  Seven papers the corpus had not imitated, of kinds it
has few of (checked by name against the development builders and gold, and against the held-back set only
with a script that names this set's candidate papers a held-back page also has): an evening paper of an
eastern city, a county paper of the northeast, an IT weekly, a construction paper, a children's paper, an
overseas-Chinese hometown (侨乡) paper and a Chinese paper of the Gulf.  Every family wraps its columns by
width.  This set's emphasis is shapes the corpus has few or none of: a front page's 导读 index (titles with
their pages, `详见A3版`); a 副刊 page of poems (short lines set one to a line, the poet's line `□ 某某`, several
poems under one column head) and prose; a 本报评论员 article with its signature line; a story followed by a
记者手记 or 相关链接 / 背景 box tied to it; a 文摘 page whose pieces end `（摘自《某某》）`; a 数读 box of big
numbers, each over its line; columns of 遗失声明 / 寻亲 / classified notices with no titles; a 讣告; a court's
list of 送达公告 entries; a 答读者问 column of 问/答 pairs under one title; a 主持人/嘉宾 interview; a pupil's
composition (作文) signed by school and class, its 指导老师 and a 老师点评; a riddle box; a prayer-times box.
At most one page of a family follows the older plans.

Seeds: FRESH39_SEED_BASE + FRESH39_SEED_STRIDE*family + 1_000*attempt + n (50_060_001 .. 50_469_999).
All text comes from articles.yml or from the short filler below, written for this corpus (index rows,
poems, prose, notes, notices, rows, questions and answers, compositions, captions, briefs); names, figures,
phone numbers and addresses are made up.
"""
from __future__ import annotations

import dataclasses

from fresh_layouts_3 import QA_SOURCES
from fresh_layouts_5 import _credit_turns
from fresh_layouts_9 import Fresh9Family
from fresh_layouts_37 import Fresh37Builder, _DrawnBy
from layout_kit import DATED, TRAIL, Above, Form, chosen, furniture, ln, masthead, opt, shown, turns
from synthesize import Byline, Item, L, phone, wrap

FRESH39_SEED_BASE = 50_000_000
FRESH39_SEED_STRIDE = 60_000

COMMENT_SOURCES = ("002-03", "004-02")

# --------------------------------------------------------------------------- filler (written for this corpus)

YZ_INDEX = [("古运河夜游线路上新", "A3"), ("东关街老字号换新颜", "A4"), ("早茶店里的外国食客", "A5"),
            ("瘦西湖周边交通微调", "A6"), ("社区长者食堂再添三家", "A7"), ("扬州炒饭走进大学课堂", "B1")]
YZ_NOTICES = ["王某某遗失扬州市邗江区某某小学毕业证书一本，编号3210000000，声明作废。",
              "扬州某某商贸有限公司遗失公章一枚，声明作废。",
              "李某某遗失残疾人证一本，证号32100000000000000，声明作废。",
              "赵某某不慎遗失房屋租赁押金收据一张，金额2000元，声明作废。",
              "扬州某某餐饮店遗失食品经营许可证正本，声明作废。"]
YZ_OBIT = ("讣告", "扬州市某某中学退休教师某某同志，因病医治无效，于{m}月{d}日在扬州逝世，享年八十七岁。兹定于"
           "本周六上午在扬州市殡仪馆举行告别仪式。特此讣告。", "某某同志治丧小组")
YZ_TV = ("扬州新闻频道 19:00 扬州新闻 19:30 今日生活 20:10 电视剧：运河人家（12、13）",
         "扬州城市频道 18:30 城市零距离 20:00 电视剧：烟火人间（5、6） 22:00 扬州夜话",
         "扬州公共频道 19:10 百姓帮忙 20:30 戏曲天地 21:30 电影：江南春",
         "江苏卫视 19:30 电视剧：长河（20、21） 21:20 非常了得")
YZ_DIGEST_TITLES = ["慢下来读一本书", "城市需要留白", "一碗面里的乡愁", "老街的烟火气"]
YZ_DIGEST_FROM = ("（摘自《新华日报》）", "（摘自《半月谈》）", "（摘自《人民日报》）", "（摘自《文汇报》）")
YZ_CAPTIONS = [("东关街，游客在老字号门前排队。", "老街人气旺"), ("古运河边，市民在夜跑。", ""),
               ("瘦西湖畔，游人在赏花。", "湖畔春色"), ("早茶店里，师傅在包包子。", "")]
YZ_BRIEFS = [("运河步道延伸两公里", "近日，古运河沿岸步道延伸两公里，串起三处历史街区。"),
             ("市区新增百个充电桩", "日前，市区新增一百个公共充电桩，方便市民出行。"),
             ("夏季纳凉晚会开演", "近日，一场社区夏季纳凉晚会开演，居民自编自演节目。")]

NA_SERVICE = ("公告",
              "本院受理的下列案件，因受送达人下落不明，依照《中华人民共和国民事诉讼法》的规定，向其公告送达有关诉讼文书：",
              ["某某：本院受理原告某某诉你民间借贷纠纷一案，现依法向你公告送达起诉状副本、应诉通知书及开庭传票。",
               "某某：本院受理原告某某农资经销处诉你买卖合同纠纷一案，现依法向你公告送达起诉状副本及开庭传票。",
               "某某、某某：本院受理原告某某诉你们土地承包经营权纠纷一案，现依法向你们公告送达民事判决书。"],
              "自公告之日起经过三十日即视为送达。逾期本院将依法审理。特此公告。",
              "吉林省农安县人民法院")
NA_GRAIN = ("玉米 2.18 2.20 2.16", "大豆 4.90 4.95 4.85", "水稻 2.80 2.82 2.78", "高粱 2.60 2.62 2.58", "小麦 2.55 2.57 2.53")
NA_NOTES = [("记者手记", "黑土地上的新希望", ["采访那天，地头的风很大。合作社的年轻人指着刚装上的传感器告诉记者，今年的苗情"
                                            "在手机上就能看到。", "种了一辈子地的老人说，从前靠天吃饭，现在靠科技吃饭。"]),
            ("记者手记", "", ["走进车间，机器的轰鸣声里，工人们各守一岗。这里的每一个零件，都连着县域经济的未来。"])]
NA_POEMS = [("黑土地", ["春风吹过", "垄沟里冒出嫩芽", "父亲弯下腰", "把一年的日子", "种进土里"]),
            ("冬夜", ["雪落在屋檐上", "炉火很旺", "母亲的针线", "缝着长长的冬天"]),
            ("松花江", ["江水向北", "带走一季的渔火", "又把新的春天", "送回岸边"])]
NA_PROSE = ("老屋", ["老屋在村子的东头，三间土坯房，窗前一棵老榆树。小时候，我常坐在树下的石磨上看蚂蚁搬家。",
                     "后来我们搬进了新房，老屋空了。每年回村，我都要去老屋前站一站，看看那棵老榆树。",
                     "树还在，石磨也还在。风一吹，榆钱落了一地，像是老屋在同我说话。"])
NA_CAPTIONS = [("合作社社员在检修播种机。", "备春耕"), ("农民在田间查看苗情。", ""),
               ("集市上，村民选购年货。", "年味浓"), ("冰面上，孩子们在抽冰尕。", "")]
NA_BRIEFS = [("县医院开通远程会诊", "近日，县医院开通远程会诊，农民在家门口就能看专家门诊。"),
             ("农机合作社备春耕", "日前，一家农机合作社完成农机检修，准备春耕生产。"),
             ("乡村大集重新开市", "近日，一个乡镇的乡村大集重新开市，吸引周边群众赶集。")]

DN_INDEX = [("显卡价格回落 装机正当时", "C2"), ("国产操作系统上手体验", "C5"), ("家用NAS怎么选", "D1"),
            ("手机快充协议一文读懂", "D3"), ("老电脑升级固态硬盘实录", "E2"), ("警惕钓鱼短信新花样", "E4")]
DN_FIGURES = [("3.2亿台", "上半年全国微型计算机产量"), ("15.6%", "智能手机出货量同比增长"), ("1.8万亿元", "软件业务收入"),
              ("92%", "行政村通千兆光网比例"), ("4.5亿户", "固定宽带用户总数")]
DN_ASKS = [("电脑开机越来越慢，是不是中毒了？", "不一定。开机慢多半是启动项太多或硬盘老化，可先在任务管理器里关掉不需要的启动项，再检查硬盘健康状况。"),
           ("笔记本电池鼓包还能用吗？", "不能再用。电池鼓包有起火隐患，应立即停止使用并到正规售后更换。"),
           ("家里路由器信号穿墙差怎么办？", "可以把路由器放在房屋中间的高处，或者组建Mesh网络，比单纯买大功率路由器更有效。"),
           ("旧手机怎样彻底清除数据？", "先退出所有账号并解除绑定，再恢复出厂设置；重要的手机可在恢复前开启加密。")]
DN_RANK = ("1 某某星14笔记本 5299元", "2 某某Pro16笔记本 6999元", "3 某某轻薄本13 4599元", "4 某某游戏本 7499元",
           "5 某某二合一平板电脑 3999元")
DN_QUESTIONS = ["人工智能会让程序员失业吗？", "国产芯片离大规模商用还有多远？", "普通用户该如何保护个人信息？",
                "明年最值得关注的技术是什么？"]
DN_CAPTIONS = [("展会上，观众在体验虚拟现实设备。", "沉浸体验"), ("工程师在调试服务器。", ""),
               ("电脑城里，店员在为顾客装机。", "装机热"), ("学生在编程课上调试机器人。", "")]
DN_BRIEFS = [("某品牌发布新款路由器", "近日，某品牌发布新款无线路由器，支持新一代无线标准。"),
             ("多地开展反诈宣传周", "日前，多地开展反诈宣传周活动，提醒市民警惕网络诈骗。"),
             ("开源大会在渝举行", "近日，一场开源技术大会在重庆举行，数千名开发者参会。")]

JZ_LINKS = [("相关链接", "", ["装配式建筑，是指把传统建造方式中的大量现场作业转移到工厂进行，在工厂加工制作好建筑用构件和配件，"
                             "运输到施工现场，通过可靠的连接方式在现场装配安装而成的建筑。"]),
            ("背景", "城市更新行动", ["城市更新行动着眼于老旧小区、老旧厂区、老旧街区等存量片区的改造提升，"
                                   "补齐基础设施短板，完善公共服务配套。"]),
            ("延伸阅读", "什么是绿色建筑", ["绿色建筑是指在全寿命期内节约资源、保护环境、减少污染，为人们提供健康、"
                                        "适用、高效的使用空间的建筑。"])]
JZ_FIGURES = [("1280万平方米", "今年新开工装配式建筑面积"), ("36%", "新建建筑中装配式建筑占比"), ("450个", "开工改造老旧小区"),
              ("2.1万户", "惠及居民户数"), ("98.5%", "施工现场扬尘在线监测覆盖率")]
JZ_RECRUIT = ("招聘启事",
              "某某建设集团有限公司因业务发展需要，现面向社会招聘以下人员：",
              ["一、项目经理3名：一级建造师，五年以上项目管理经验", "二、安全员5名：持安全员证书，吃苦耐劳",
               "三、造价工程师2名：熟悉工程量清单计价", "四、报名时间：{a}至{b}"],
              "联系电话：{p}",
              "某某建设集团有限公司人力资源部")
JZ_BIDS = ("中标候选人公示",
           "某某路地下综合管廊工程施工项目评标工作已经结束，现将中标候选人公示如下：",
           ["第一中标候选人：某某建工集团有限公司", "第二中标候选人：某某市政工程有限公司", "第三中标候选人：某某路桥建设有限公司",
            "公示期：{a}至{b}"],
           "对公示结果有异议的，请于公示期内以书面形式提出。联系电话：{p}",
           "某某招标代理有限公司")
JZ_QUESTIONS = ["装配式建筑推广最大的难点在哪里？", "建筑企业怎样走好数字化转型之路？", "城市更新中如何留住老城记忆？",
                "绿色建材的成本能降下来吗？"]
JZ_GUESTS = ("某某设计研究院总建筑师", "某某建工集团副总经理", "某某大学土木工程学院教授")
JZ_CAPTIONS = [("施工现场，塔吊林立。", "建设正酣"), ("工人在吊装预制构件。", ""),
               ("改造后的老旧小区焕然一新。", "旧貌换新颜"), ("质监人员在检测混凝土强度。", "")]
JZ_BRIEFS = [("全市开展施工安全大检查", "近日，全市开展建筑施工安全大检查，排查隐患数百处。"),
             ("又一批老旧小区完成改造", "日前，又一批老旧小区完成改造，加装电梯数十部。"),
             ("建筑工人技能大赛开赛", "近日，一届建筑工人职业技能大赛开赛，设砌筑、钢筋等项目。")]

SX_INDEX = [("我们的红领巾小广场", "第2版"), ("小作家作文选", "第3版"), ("知心姐姐信箱", "第4版"), ("科学小实验：会跳舞的盐", "第6版"),
            ("猜谜语 乐翻天", "第7版")]
SX_RIDDLES = ("1.小小一间房，只有一扇窗，做饭不冒烟，打开冷冰冰。（打一电器）", "2.有头没有颈，身上冷冰冰，有翅不能飞，无脚也能行。（打一动物）",
              "3.千条线，万条线，掉到水里看不见。（打一自然现象）", "4.一物生来真奇怪，肚里长出胡子来。（打一植物）",
              "5.一口咬掉牛尾巴。（打一字）")
SX_COMPS = [("我家的小菜园", ["我家阳台上有一个小菜园，是爷爷和我一起种的。", "春天，我们撒下菜籽。没过几天，泥土里钻出了嫩绿的小芽，像一个个"
                                                                          "探头探脑的小娃娃。", "夏天，菜园里可热闹了。番茄红了，黄瓜长得又细又长。我和爷爷摘下"
                                                                                                                  "第一根黄瓜，咬一口，又脆又甜。"],
             "小作者观察仔细，把小菜园的变化写得生动有趣。"),
            ("第一次做饭", ["星期天，妈妈加班，我决定自己做一顿午饭。", "我系上围裙，学着妈妈的样子打鸡蛋、切番茄。油锅一响，我吓得往后"
                                                                      "一跳。", "番茄炒蛋终于出锅了，虽然有点咸，可妈妈回家尝了一口，直夸我长大了。"],
             "文章写出了第一次做饭时的紧张和快乐，细节真实。")]
SX_SCHOOLS = ("长沙市某某小学五年级（2）班", "某某实验小学四年级", "某某县某某镇中心小学六年级（1）班")
SX_POEMS = [("风", ["风是个淘气的孩子", "翻我的作业本", "又跑去", "摇醒了树上的叶子"]),
            ("月亮", ["月亮是一只小船", "载着星星", "夜夜都在", "天上航行"]),
            ("雨点", ["雨点落在荷叶上", "变成了珍珠", "青蛙跳过来", "数也数不清"])]
SX_ASKS = [("我总是不敢在课堂上举手发言，怎么办？", "先从小事做起吧，比如先在小组里说一说，准备好了再举手。每一次勇敢，都是一次进步。"),
           ("好朋友不理我了，我该怎么办？", "可以主动找她聊聊，问问是不是有什么误会。真诚是友谊最好的钥匙。"),
           ("爸爸妈妈总让我上辅导班，我很累。", "把你的感受告诉爸爸妈妈，和他们一起商量，留出一些玩耍和休息的时间。")]
SX_CAPTIONS = [("同学们在操场上做广播操。", "阳光体育"), ("少先队员在社区里捡拾垃圾。", ""),
               ("科技节上，同学们放飞自制的火箭。", "科技小达人"), ("同学们在图书角读书。", "")]
SX_BRIEFS = [("红领巾志愿服务队成立", "近日，一所小学的红领巾志愿服务队成立，队员们走进社区服务。"),
             ("校园读书节开幕", "日前，一所小学举行校园读书节开幕式，同学们交换图书。"),
             ("小学生参观科技馆", "近日，数百名小学生走进科技馆，体验科学的乐趣。")]

QT_NOTES = [("记者手记", "", ["在异国他乡打拼的青田人，最惦念的还是家乡的一碗田鱼。采访结束时，他说，明年春天一定回来看看。"]),
            ("相关链接", "青田华侨", ["青田是著名的侨乡，三十余万青田人分布在世界一百多个国家和地区，其中大多数在欧洲。"])]
QT_RATES = ("欧元 7.82", "美元 7.18", "英镑 9.12", "瑞士法郎 8.05", "巴西雷亚尔 1.31")
QT_SEEK = ["寻亲：某某，男，约七十岁，祖籍青田县某某乡，早年旅居意大利，其侄某某寻找其下落，联系电话：{p}。",
           "寻人：某某，女，青田县某某镇人，上世纪八十年代赴西班牙，家人盼其与家中联系，电话：{p}。",
           "寻亲：旅居荷兰的某某先生寻找其姑母某某，原住青田县某某村，知情者请拨打{p}。"]
QT_OBIT = ("讣告", "旅意侨领、青田县某某乡人某某先生，因病于{m}月{d}日在罗马逝世，享年八十二岁。先生热心公益，捐资兴学，"
           "乡人敬仰。特此讣告。", "某某先生治丧委员会")
QT_POEMS = [("乡愁", ["一张船票", "把故乡折成了地图", "在异国的夜里", "展开又收起"]),
            ("瓯江", ["瓯江水长", "流过石门洞", "流过外婆的渡口", "流到我的梦里"]),
            ("石雕", ["一块青田石", "刻着山", "刻着水", "刻着回家的路"])]
QT_PROSE = ("田鱼", ["在青田，稻田里养鱼已有上千年。小时候，外婆常在秋收时捉几尾田鱼，用自家的米酒煮了，满屋都是香气。",
                     "后来我去了米兰，开了一家小餐馆。菜单上有意面、有披萨，可我最想吃的，还是外婆煮的那碗田鱼。",
                     "去年回乡，我特地去了那片稻田。稻花开了，鱼在水里游，外婆却已不在了。"])
QT_CAPTIONS = [("侨乡进口商品城里，市民在选购商品。", "洋货进侨乡"), ("华侨回乡参加侨团活动。", ""),
               ("稻田里，农民在放养田鱼。", "稻鱼共生"), ("石雕艺人在雕刻青田石。", "")]
QT_BRIEFS = [("侨界青年座谈会召开", "近日，一场侨界青年座谈会召开，数十名侨界青年参加。"),
             ("侨乡进口商品展开幕", "日前，一届侨乡进口商品展开幕，展出欧洲商品数千种。"),
             ("华侨子女暑期班开班", "近日，华侨子女暑期中文班开班，百余名学生参加。")]

ZD_PRAYERS = ("晨礼", "晌礼", "晡礼", "昏礼", "宵礼")
ZD_INDEX = [("迪拜华商会换届", "第3版"), ("阿联酋新签证政策解读", "第5版"), ("中东中资企业招聘", "第8版"), ("斋月期间营业时间调整", "第6版"),
            ("华人春节庙会筹备", "第10版")]
ZD_ASKS = [("在阿联酋工作签证到期后，有多长宽限期？", "一般情况下，签证到期或注销后有一定的宽限期，具体天数以移民部门最新规定为准，"
                                                 "建议提前办理续签。"),
           ("在迪拜开公司需要本地担保人吗？", "自由区内的公司可以外资全资持股，大陆区的部分行业也已放开，具体可咨询经济发展部门。"),
           ("中国驾照能在阿联酋直接换领吗？", "持中国驾照可按规定申请换领当地驾照，需准备驾照公证及翻译件等材料。")]
ZD_CLASSIFIED = ["诚聘：迪拜某某贸易公司招聘中文客服两名，会英语，有签证，待遇从优，电话：{p}。",
                 "转让：龙城中餐馆整体转让，设备齐全，接手即可营业，电话：{p}。",
                 "出租：国际城单间出租，家具齐全，近公交站，电话：{p}。",
                 "诚聘：阿布扎比某某建材公司招聘仓管一名，电话：{p}。"]
ZD_LINKS = [("相关链接", "", ["龙城是中东地区规模最大的中国商品集散中心之一，数千家商铺经营服装、家电、建材等商品。"]),
            ("背景", "中阿经贸往来", ["近年来，中国同海湾国家的经贸往来日益密切，越来越多的中国企业在中东设立分支机构。"])]
ZD_TITLES = ["侨胞同心 共谋发展", "守法经营是立足之本", "让中文教育扎根海湾"]
ZD_CAPTIONS = [("龙城里，顾客在选购商品。", "龙城人气旺"), ("华人在沙滩上参加公益清洁活动。", ""),
               ("中文学校里，孩子们在上书法课。", "翰墨飘香"), ("商会成员在展会上推介产品。", "")]
ZD_BRIEFS = [("华人社团举办健康讲座", "近日，一家华人社团举办健康讲座，数十名侨胞参加。"),
             ("中文学校新学期开学", "日前，一所中文学校新学期开学，新生人数创新高。"),
             ("中资企业参加建材展", "近日，多家中资企业参加一场国际建材展。")]


# --------------------------------------------------------------------------- bylines (ctx, item -> Byline)


by_yz = chosen(Above("扬州晚报记者 {0!l}"), Above("记者 {0!l} 通讯员 {1}", 2), _DrawnBy("文/{0!l} 摄影/{1}", 1, where="before", hint="plain", draws=2),
               turn="by", drawn=2)
by_yz_brief = turns(Form("（记者 {0}）", **TRAIL), Form("本报讯（通讯员 {0} 记者 {1}）", 2))

by_na = chosen(Above("本报记者 {0!l}"), Above("通讯员 {0!l} 记者 {1}", 2), Above("记者 {0!l}"),
               turn="by", drawn=2)
by_na_brief = turns(Form("本报讯（{c0} {0}）", choices=(("合隆镇", "伏龙泉镇", "烧锅镇"),)), Form("（记者 {0}）", **TRAIL))

by_dn = chosen(Above("本报记者 {0!l}"), Above("文/{0!l}"), Above("本报评测工程师 {0!l}"),
               turn="by", drawn=2)
by_dn_brief = turns(Form("（{0}）", **TRAIL), Form("本报讯（记者 {0}）"))

by_jz = chosen(Above("本报记者 {0!l}"), Above("记者 {0!l} 通讯员 {1}", 2), Above("■{0!l}"),
               turn="by", drawn=2)
by_jz_brief = turns(Form("本报讯（通讯员 {0}）"), Form("（{c0} {0}）", choices=(("市住建委", "市建管中心"),), **TRAIL))

by_sx = chosen(Above("本报记者 {0!l}"), Above("小记者 {0!l} {1}", 2), Above("文/{0!l}"),
               turn="by", drawn=2)
by_sx_brief = turns(Form("本报讯（小记者 {0}）"), Form("（{0}）", **TRAIL))

by_qt = chosen(Above("本报记者 {0!l}"), Above("本报特约通讯员 {0!l}（{c0}）", choices=(("意大利", "西班牙", "葡萄牙"),)),
               Above("记者 {0!l} 通讯员 {1}", 2), turn="by", drawn=2)
by_qt_brief = turns(Form("（{c0} {0}）", choices=(("意大利", "西班牙", "荷兰"),), **TRAIL), Form("本报讯（记者 {0}）"))

by_zd = chosen(Above("本报记者 {0!l}"), Above("本报迪拜讯 记者 {0!l}"), Above("特约记者 {0!l} {1}", 2),
               turn="by", drawn=2)
by_zd_brief = turns(Form("（{0}）", **TRAIL), Form("本报讯（记者 {0}）"))


# --------------------------------------------------------------------------- photo credits


cr_yz = _credit_turns(("扬州晚报记者 {n} 摄", "（{n} 摄）", "（资料图片）"))
cr_na = _credit_turns(("本报记者 {n} 摄", "通讯员 {n} 摄", "（资料图片）"))
cr_dn = _credit_turns(("本报记者 {n} 摄", "（厂商供图）", "（{n} 摄）"))
cr_jz = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）", "（企业供图）"))
cr_sx = _credit_turns(("小记者 {n} 摄", "（{n} 摄）", "（学校供图）"))
cr_qt = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）", "（侨团供图）"))
cr_zd = _credit_turns(("本报记者 {n} 摄", "（{n} 摄）", "（商会供图）"))


# --------------------------------------------------------------------------- builder


class Fresh39Builder(Fresh37Builder):

    # -------------------------------------------------------------- shared shapes

    def index_box(self, labels, rows, forms):
        """A 导读 index: titles with the page that carries them (`详见A3版`, `C2`, `第3版`). Its label and
        entries are furniture, one a line, as the README has every 导读 box (set 38's too); drawn as a box of
        rows first, so the rest of the page draws as before."""
        rng = self.rng
        form = rng.choice(forms)
        picked = rng.sample(rows, rng.choice((3, 4)))
        rows = [form.format(t=t, p=p) for t, p in picked]
        box = self.rows_box(labels, rows)
        return self.furniture(box.printed_title, *rows)

    def poems(self, labels, pool, prose=None):
        """A 副刊 page's poems under one column head (furniture): each a title, the poet's line and its
        short lines one to a line; then, with `prose`, an essay signed the same way."""
        rng, ctx = self.rng, self.ctx
        entries = [self.furniture(rng.choice(labels))]
        sign = rng.choice(("□ {}", "□{}", "{}"))
        for title, lines in rng.sample(pool, rng.choice((2, 3))):
            item = Item("article")
            name = ctx.name()
            head = self.headline(item, title)
            by = [L(sign.format(shown(ctx, name)), "byline")]
            body = [L(x, "body") for x in lines]
            item.chunks = head + ([by, body] if rng.random() < 0.7 else [body, by])
            item.authors, item.body, item.kind, item.tight = [name], [("paragraph", x) for x in lines], "article", True
            entries.append(item)
        if prose:
            title, paras = prose
            name = ctx.name()
            entries.append(self.art({"title": title}, [("paragraph", p) for p in paras],
                                    lambda c, i: Byline([name], before=[sign.format(shown(ctx, name))])))
        return entries

    def staff_comment(self, labels, titles, sign="本报评论员"):
        """A 本报评论员 article: its title, the signature under it or under the text, no person named."""
        rng = self.rng
        src = self.pick(list(COMMENT_SOURCES))
        body = [(b["role"], b["text"]) for b in src["body"] if b["role"] != "heading"]
        where = rng.choice(("before", "after"))
        byfn = lambda c, i: Byline([], **{where: [sign]}, hint="institution")  # noqa: E731
        item = self.art({"title": self.uniq(titles, "staff")}, body, byfn)
        return [self.furniture(rng.choice(labels)), item] if labels else item

    def tied_box(self, pool):
        """A story, then a box tied to it: 记者手记, 相关链接, 背景 or 延伸阅读 (its label the title, or the
        kicker over a title of its own), unsigned."""
        rng = self.rng
        story = self.deck_story()
        label, title, paras = self.uniq(pool, "tied")
        body = [("paragraph", p) for p in paras]
        printed = rng.choice(("{}", "■{}", "【{}】")).format(label)
        if title:
            box = self.art({"title": title}, body, lambda c, i: Byline([]), kicker=label)
        else:
            box = self.art({"title": label}, body, lambda c, i: Byline([]))
            k = next(i for i, c in enumerate(box.chunks) if c[0].role == "title")
            box.chunks[k], box.printed_title = [L(printed, "title")], printed
        return [story, box]

    def digest(self, labels, titles, sources):
        """A 文摘 page: pieces under their titles, each ending （摘自《…》）, glued to the text or on a line of
        its own; some signed □X above the text."""
        rng, ctx = self.rng, self.ctx
        entries = [self.furniture(rng.choice(labels))]
        for k in range(rng.choice((2, 3))):
            _, body = self.short_text(200, 460)
            source = rng.choice(sources)
            if rng.random() < 0.5:
                item = self.art({"title": self.uniq(titles, "digest")}, body, lambda c, i, s=source: Byline([], trail=s))
            else:
                name = ctx.name()
                item = self.art({"title": self.uniq(titles, "digest")}, body,
                                lambda c, i, n=name, s=source: Byline([n], before=["□" + shown(ctx, n)], after=[s]),
                                after_role="credit")
            entries.append(item)
        return entries

    def figures(self, labels, pool, title=""):
        """A 数读 box: big numbers, each on a line of its own over the line that says what it counts."""
        rng = self.rng
        rows = rng.sample(pool, rng.choice((3, 4)))
        item = self.rows_box(labels, [f"{n} {what}" for n, what in rows], title=title if rng.random() < 0.5 else "")
        heads = [c for c in item.chunks if c[0].role in ("kicker", "title")]
        width = self.w()
        item.chunks = heads + [[L(n, "body")] + [L(x, "body") for x in wrap(what, width, justified=self.family.justified)]
                               for n, what in rows]
        return item

    def notices(self, labels, pool, area=None):
        """A column of small notices with no titles (遗失声明, 寻亲, classifieds): one infobox under its
        label, each notice a row."""
        rng = self.rng
        rows = [r.format(p=phone(rng, area)) if area else r for r in rng.sample(pool, min(len(pool), rng.choice((3, 4))))]
        return self.rows_box(labels, rows)

    def obituary(self, notice):
        title, text, issuer = notice
        return self.correction(text, title=title, issuer=issuer)

    def asks(self, labels, title, pairs, sign):
        """A 答读者问 column: questions and answers (问：/答：) under one title and its column label."""
        rng, ctx = self.rng, self.ctx
        body = []
        for q, a in rng.sample(pairs, rng.choice((2, 3))):
            body += [("paragraph", "问：" + q), ("paragraph", "答：" + a)]
        name = ctx.name()
        text = sign.format(shown(ctx, name))
        byfn = lambda c, i: Byline([name], **{rng.choice(("before", "after")): [text]})  # noqa: E731
        return self.art({"title": title}, body, byfn, kicker=rng.choice(labels))

    def roundtable(self, labels, questions, guests):
        """An interview set as 主持人/嘉宾 speeches, the guest named in the first paragraph."""
        rng, ctx = self.rng, self.ctx
        guest = ctx.name()
        item = self.qa(self.pick(QA_SOURCES), ("主持人：", f"{guest}："), self.styled(self.family.bylines), questions,
                       kicker_share=0.3)
        intro = f"本期嘉宾：{guest}，{rng.choice(guests)}"
        k = next(i for i, c in enumerate(item.chunks) if c and c[0].role == "body")
        item.chunks.insert(k, self.para_lines(intro, self.w()))
        item.body = [("paragraph", intro)] + list(item.body)
        return [self.furniture(rng.choice(labels)), item]

    def composition(self, pool, schools):
        """A pupil's composition: the title, the school and class with the pupil's name, the text, a
        【老师点评】 paragraph, the 指导老师 line (a byline line; the pupil is the only author)."""
        rng, ctx = self.rng, self.ctx
        title, paras, remark = self.uniq(pool, "comp")
        pupil, teacher = ctx.name(), ctx.name()
        body = [("paragraph", p) for p in paras] + [("paragraph", "【老师点评】" + remark)]
        school = f"{rng.choice(schools)} {shown(ctx, pupil)}"
        tutor = rng.choice(("指导老师 {}", "指导教师：{}")).format(teacher)
        return self.art({"title": title}, body, lambda c, i: Byline([pupil], before=[school], after=[tutor]))

    # -------------------------------------------------------------- set39_a 扬州晚报

    def slot_yzindex(self):
        return self.index_box(("今日导读", "导读"), YZ_INDEX, ("{t} 详见{p}版", "{t}……{p}", "{p} {t}"))

    def slot_yznotices(self):
        return self.notices(("遗失声明", "声明启事"), YZ_NOTICES)

    def slot_yzobit(self):
        return self.obituary(YZ_OBIT)

    def slot_yztv(self):
        rows = list(self.rng.sample(YZ_TV, 3))
        return self.wide_table(("今日荧屏", "电视节目"), "今晚电视节目预告", self.rng.choice(("频道 时间 节目", "频道 节目")), rows,
                               ("以电视台实际播出为准", "节目如有变动以播出为准"))

    def slot_yzdigest(self):
        return self.digest(("文摘", "书报文摘"), YZ_DIGEST_TITLES, YZ_DIGEST_FROM)

    # -------------------------------------------------------------- set39_b 农安报

    def slot_nastaff(self):
        return self.staff_comment(("本报评论", "评论"), ["把惠民实事办到群众心坎上", "以实干实绩开创新局面"])

    def slot_naservice(self):
        return self.clauses(NA_SERVICE, "0431")

    def slot_nagrain(self):
        rng = self.rng
        rows = rng.sample(NA_GRAIN, rng.choice((4, 5)))
        return self.wide_table(("粮价行情", "粮食收购价"), "本周粮食收购价格（元/公斤）",
                               rng.choice(("品种 均价 最高 最低", "品名 今日 最高价 最低价")), rows,
                               ("数据来源：县粮食收储部门", "数据来源：县农业农村局"))

    def slot_nanote(self):
        return self.tied_box(NA_NOTES)

    def slot_napoems(self):
        return self.poems(("黑土地副刊", "伊通河畔"), NA_POEMS, prose=NA_PROSE)

    # -------------------------------------------------------------- set39_c 电脑报

    def slot_dnindex(self):
        return self.index_box(("本期导读", "INDEX 导读"), DN_INDEX, ("{p} {t}", "{t} {p}", "{t}（{p}版）"))

    def slot_dnfigures(self):
        return self.figures(("数读", "数字"), DN_FIGURES, title="半年数据看数码市场")

    def slot_dnasks(self):
        return self.asks(("电脑医生", "答读者问"), self.rng.choice(("你问我答", "读者来信答疑")), DN_ASKS, "本报工程师 {}")

    def slot_dnrank(self):
        rows = list(DN_RANK[:self.rng.choice((4, 5))])
        return self.wide_table(("热销排行", "销量榜"), "本周笔记本电脑热销榜", self.rng.choice(("排名 产品 参考价", "名次 型号 价格")), rows,
                               ("数据来源：本报市场调查", "数据来源：某某电商平台"))

    def slot_dnround(self):
        return self.roundtable(("圆桌对话", "IT 圆桌"), DN_QUESTIONS, ("某某科技公司首席技术官", "某某大学计算机学院教授"))

    # -------------------------------------------------------------- set39_d 建筑时报

    def slot_jzlink(self):
        return self.tied_box(JZ_LINKS)

    def slot_jzfigures(self):
        return self.figures(("数读", "数说建设"), JZ_FIGURES, title="上半年建设成绩单")

    def slot_jzround(self):
        return self.roundtable(("建设圆桌", "对话"), JZ_QUESTIONS, JZ_GUESTS)

    def slot_jzrecruit(self):
        return self.clauses(JZ_RECRUIT, "021")

    def slot_jzbids(self):
        return self.clauses(JZ_BIDS, "021")

    # -------------------------------------------------------------- set39_e 少年先锋报

    def slot_sxindex(self):
        return self.index_box(("本期导读", "看点"), SX_INDEX, ("{t} {p}", "{p}：{t}"))

    def slot_sxriddles(self):
        rng = self.rng
        rows = rng.sample(SX_RIDDLES, rng.choice((3, 4))) + ["（谜底见下期）"]
        return self.rows_box(("猜谜语", "动动脑"), rows, title="谁能猜得中" if rng.random() < 0.5 else "")

    def slot_sxcomp(self):
        return self.composition(SX_COMPS, SX_SCHOOLS)

    def slot_sxpoems(self):
        return self.poems(("小诗人", "童诗园地"), SX_POEMS)

    def slot_sxasks(self):
        return self.asks(("知心姐姐信箱", "悄悄话"), "知心姐姐答你问", SX_ASKS, "知心姐姐 {}")

    # -------------------------------------------------------------- set39_f 青田侨报

    def slot_qtnote(self):
        return self.tied_box(QT_NOTES)

    def slot_qtrates(self):
        rows = list(QT_RATES[:self.rng.choice((3, 5))])
        return self.rows_box(("外汇牌价", "汇率参考"), rows, title="人民币汇率中间价" if self.rng.random() < 0.5 else "")

    def slot_qtseek(self):
        return self.notices(("寻亲启事", "寻亲"), QT_SEEK, "0578")

    def slot_qtobit(self):
        return self.obituary(QT_OBIT)

    def slot_qtpoems(self):
        return self.poems(("瓯江副刊", "侨乡文苑"), QT_POEMS, prose=QT_PROSE)

    # -------------------------------------------------------------- set39_g 中东华商报

    def slot_zdprayer(self):
        rng = self.rng
        start = rng.randrange(4 * 60 + 5, 5 * 60 + 10)
        times = (start, start + rng.randrange(440, 470), start + rng.randrange(650, 680), start + rng.randrange(830, 860),
                 start + rng.randrange(910, 930))
        rows = [f"{name} {t // 60:02d}:{t % 60:02d}" for name, t in zip(ZD_PRAYERS, times)]
        return self.rows_box(("礼拜时间", "今日礼拜时间"), rows, title="迪拜" if rng.random() < 0.5 else "")

    def slot_zdindex(self):
        return self.index_box(("要闻导读", "今日导读"), ZD_INDEX, ("{t} 详见{p}", "{t}（{p}）"))

    def slot_zdasks(self):
        return self.asks(("侨胞问答", "答读者问"), "签证居留答疑", ZD_ASKS, "本报法律顾问 {}")

    def slot_zdclassified(self):
        return self.notices(("分类广告", "华人信息"), ZD_CLASSIFIED, "050")

    def slot_zdstaff(self):
        return self.staff_comment((), ZD_TITLES, sign=self.rng.choice(("本报评论员", "本报社论")))

    def slot_zdlink(self):
        return self.tied_box(ZD_LINKS)


# --------------------------------------------------------------------------- furniture


_yz_top = furniture(
    (0.5, [ln("{n:02d}", page="{n:02d}"), ln("扬州晚报 {y}年{m}月{d}日 {wd}", paper=True, date=True), "{sec} 编辑 {name}"]),
    [ln("{sec} A{n}", page="A{n}"), "责编 {name} 美编 {name} 校对 {name}"],
    front=[masthead("扬州晚报"), "YANGZHOU EVENING NEWS", ln("{date} 农历{slunar} {wd}", date=True),
           "扬州报业传媒集团主管主办 今日{pages}版", "新闻热线 {tel:0514}", "24小时民生热线 12345"])
_yz_bottom = furniture((0.5, [ln("{y}.{m:02d}.{d:02d}", date=True), "扫码下载“扬帆”客户端"]),
                       ["扬州晚报社 地址：扬州市某某路{no:10-99}号 广告许可证 扬工商广字0000号"])

_na_top = furniture(
    (0.5, [ln("农安报", paper=True), ln("{y}年{m}月{d}日", date=True), ln("第{n}版 {sec}", page="{n}")]),
    [ln("{ssec} {n}", page="{n}"), "编辑：{name}"],
    front=[ln("{date} {wd} 农历{lunar}", date=True), masthead("农安报"), "中共农安县委主办", "内部资料 吉内资准字0000号",
           "第{no:2000-2999}期 今日{pages}版"])
_na_bottom = furniture((0.5, ["本版责编：{name} 校对：{name}", "联系电话：{tel:0431}"]),
                       [ln("农安报社出版 {y}年{m}月{d}日", paper=True, date=True)])

_dn_top = furniture(
    (0.5, [ln("电脑报", paper=True), ln("{date} 第{no:20-52}期", date=True), ln("{sec} C{n}", page="C{n}")]),
    [ln("C{n} {sec}", page="C{n}"), "责任编辑：{name} Email：dnb@example.cn"],
    front=[masthead("电脑报"), "COMPUTER NEWS", "邮发代号 77-00 国内统一连续出版物号 CN 50-0000",
           ln("{date} 出版 每周一出版", date=True), "读者服务热线 {tel:023}", "扫码关注电脑报视频号"])
_dn_bottom = furniture((0.5, ["本版编辑 {name} 美术编辑 {name}"]), [ln("{y}年{m}月{d}日 电脑报", paper=True, date=True),
                                                                 opt(0.5, ["扫码加入电脑报读者群"])])

_jz_top = furniture(
    (0.5, [ln("建筑时报", paper=True), ln("{date} {wd}", date=True), ln("{n:02d} {sec}", page="{n:02d}"),
           "主编：{name} 责编：{name}"]),
    [ln("第{n}版·{sec}", page="{n}"), DATED],
    front=[masthead("建筑时报"), "CONSTRUCTION TIMES", "上海市住房和城乡建设管理委员会主管",
           ln("{date} {wd}", date=True), "第{no:2000-2999}期 国内统一连续出版物号 CN 31-0000", "新闻热线 {tel:021}"])
_jz_bottom = furniture((0.5, ["建筑时报社 地址：上海市某某路{no:100-999}号 电话：{tel:021}"]),
                       ["本版编辑：{name} 版式：{name}", opt(0.5, ["扫码关注“建筑时报”公众号"])])

_sx_top = furniture(
    (0.5, [ln("少年先锋报", paper=True), ln("第{n}版 {sec}", page="{n}"), ln("{y}年{m}月{d}日", date=True)]),
    [ln("{sec} {n}", page="{n}"), "本版编辑 {name}阿姨"],
    front=[masthead("少年先锋报"), "共青团湖南省委主管 少先队湖南省工作委员会主办", ln("{date} {wd}", date=True),
           "第{no:1500-1999}期 每周出版 今日{pages}版", "小记者热线 {tel:0731}"])
_sx_bottom = furniture((0.5, ["投稿信箱：sxb@example.cn 邮发代号 41-00"]),
                       [ln("{y}年{m}月{d}日 星期{pick:一|三|五}", date=True), "责任编辑 {name}"])

_qt_top = furniture(
    (0.5, [ln("{n} {sec}", page="{n}"), ln("青田侨报 {date}", paper=True, date=True)]),
    [ln("第{n}版 {sec}", page="{n}"), "编辑：{name} 电话：{tel:0578}"],
    front=[masthead("青田侨报"), "QINGTIAN OVERSEAS CHINESE NEWS", "中共青田县委宣传部主管 青田县传媒中心主办",
           ln("{date} {wd} 农历{slunar}", date=True), "第{no:3000-3999}期 准印证号 浙L0000"])
_qt_bottom = furniture((0.5, [ln("青田侨报 {y}年{m}月{d}日", paper=True, date=True), "海外发行：意大利、西班牙、荷兰、法国"]),
                       ["扫码关注“青田侨报”海外版", "责任编辑 {name}"])

_zd_top = furniture(
    (0.5, [ln("中东华商报", paper=True), ln("{date} {wd}", date=True), ln("{sec} 第{n}版", page="{n}")]),
    [ln("第{n}版", page="{n}"), "{sec}", "编辑 {name}"],
    front=[masthead("中东华商报"), "MIDDLE EAST CHINESE BUSINESS NEWS", ln("{date} {wd} 伊历{no:1445-1447}年", date=True),
           "迪拜出版 每周二、五出版 第{no:500-999}期", "广告热线 +971 4 {no:2000000-9999999}"])
_zd_bottom = furniture((0.5, ["本报地址：迪拜某某商务中心{no:100-999}室 电话 +971 4 {no:2000000-9999999}"]),
                       [ln("{y}年{m}月{d}日", date=True), "微信公众号：中东华商报"])


@dataclasses.dataclass
class Fresh39Family(Fresh9Family):
    seed_stride: int = FRESH39_SEED_STRIDE


def fam(name, paper, top, bottom, bylines, **kw):
    return Fresh39Family(name, paper, top, bottom, bylines, slots=lambda rng: [], builder=Fresh39Builder, justified=True,
                         **kw)


FRESH39_FAMILIES = [
    fam("set39_a", "扬州晚报", _yz_top, _yz_bottom, {by_yz: 1},
        brief_bylines={by_yz_brief: 1}, credits=(cr_yz,), width=(14, 20), blank={"para": 2, "every": 1},
        indent=0.4, letterspace=0.3, stray_spaces=0.03, doubled=0.15, displaced=0.1, caption_pool=YZ_CAPTIONS,
        brief_pool=YZ_BRIEFS, brief_pool_share=0.6, paper_outlet="扬州晚报",
        labels={"column": ("城事速递", "扬州快讯"), "bullet": ("◆",)},
        plans=((["yzindex", "deck", "photo"], {"front": True, "turn": 0}),
               (["yznotices", "yzobit", "brief"], {"blank": "every", "turn": 1}),
               (["yztv", "yzdigest"], {"turn": 2}),
               (["brief", "bare", "deck", "briefcol"], {"blank": "none"})),
        page_style="A", sections=("城事", "民生", "文摘")),
    fam("set39_b", "农安报", _na_top, _na_bottom, {by_na: 1},
        brief_bylines={by_na_brief: 1}, credits=(cr_na,), width=(12, 16), blank={"para": 1, "every": 1},
        indent=0.5, letterspace=0.4, stray_spaces=0.06, doubled=0.25, displaced=0.2, caption_pool=NA_CAPTIONS,
        brief_pool=NA_BRIEFS, brief_pool_share=0.7, paper_outlet="本报",
        labels={"column": ("乡镇传真", "农安简讯"), "bullet": ("▲",)},
        plans=((["nastaff", "deck", "brief"], {"front": True, "turn": 1}),
               (["naservice", "nagrain", "bare"], {"blank": "none", "turn": 2}),
               (["nanote", "photo"], {"turn": 0, "displaced": 0.4}),
               (["napoems"], {"blank": "every"})),
        page_style="cn", sections=("要闻", "乡村", "副刊")),
    fam("set39_c", "电脑报", _dn_top, _dn_bottom, {by_dn: 1},
        brief_bylines={by_dn_brief: 1}, credits=(cr_dn,), width=(18, 26), blank={"para": 2, "none": 1},
        indent=0.2, letterspace=0.1, stray_spaces=0.01, displaced=0.1, caption_pool=DN_CAPTIONS, brief_pool=DN_BRIEFS,
        brief_pool_share=0.7, paper_outlet="本报",
        labels={"column": ("业界速递", "数码快讯"), "bullet": ("●",), "photos": ("图说数码", "新品图鉴")},
        plans=((["dnindex", "deck", "dnfigures"], {"front": True, "turn": 2}),
               (["dnasks", "dnrank"], {"blank": "every", "turn": 0}),
               (["dnround", "brief"], {"turn": 1}),
               (["photonews", "deck", "brief"], {"blank": "none"})),
        page_style="0", sections=("新闻", "硬件", "应用")),
    fam("set39_d", "建筑时报", _jz_top, _jz_bottom, {by_jz: 1},
        brief_bylines={by_jz_brief: 1}, credits=(cr_jz,), width=(16, 22), blank={"para": 1, "none": 1},
        indent=0.3, letterspace=0.2, stray_spaces=0.04, doubled=0.1, displaced=0.1, caption_pool=JZ_CAPTIONS,
        brief_pool=JZ_BRIEFS, brief_pool_share=0.6, paper_outlet="本报",
        labels={"column": ("行业动态", "建设快讯"), "bullet": ("■",)},
        plans=((["jzlink", "jzfigures", "brief"], {"front": True, "turn": 0}),
               (["jzround", "jzrecruit"], {"turn": 1}),
               (["jzlink", "jzbids", "bare"], {"blank": "every", "turn": 2}),
               (["brief", "bare", "deck", "briefcol"], {"blank": "none"})),
        page_style="0", sections=("要闻", "建设", "市场")),
    fam("set39_e", "少年先锋报", _sx_top, _sx_bottom, {by_sx: 1},
        brief_bylines={by_sx_brief: 1}, credits=(cr_sx,), width=(12, 15), per_article_width=True,
        blank={"para": 1, "every": 2}, letterspace=0.3, stray_spaces=0.05, doubled=0.2, displaced=0.15,
        caption_pool=SX_CAPTIONS, brief_pool=SX_BRIEFS, brief_pool_share=0.7, paper_outlet="本报",
        labels={"column": ("校园传真", "红领巾快讯")},
        plans=((["sxindex", "deck", "sxriddles"], {"front": True, "turn": 1}),
               (["sxcomp", "sxcomp"], {"turn": 2}),
               (["sxpoems", "sxasks"], {"blank": "none", "turn": 0}),
               (["brief", "bare", "deck", "photo"], {})),
        page_style="cn", sections=("新闻", "作文", "心灵")),
    fam("set39_f", "青田侨报", _qt_top, _qt_bottom, {by_qt: 1},
        brief_bylines={by_qt_brief: 1}, credits=(cr_qt,), width=(15, 21), blank={"para": 2, "every": 1},
        indent=0.4, letterspace=0.2, stray_spaces=0.02, doubled=0.1, displaced=0.15, caption_pool=QT_CAPTIONS,
        brief_pool=QT_BRIEFS, brief_pool_share=0.6, paper_outlet="青田侨报",
        labels={"column": ("侨讯", "海外侨讯"), "bullet": ("★",)},
        plans=((["qtnote", "qtrates"], {"front": True, "turn": 2}),
               (["qtseek", "qtobit", "brief"], {"blank": "none", "turn": 0}),
               (["qtpoems"], {"turn": 1}),
               (["continuation", "bare", "brief"], {"page": 2})),
        page_style="cn", sections=("侨乡新闻", "华侨天地", "瓯江副刊")),
    fam("set39_g", "中东华商报", _zd_top, _zd_bottom, {by_zd: 1},
        brief_bylines={by_zd_brief: 1}, credits=(cr_zd,), width=(20, 26), blank={"para": 2, "none": 1},
        indent=0.2, letterspace=0.1, stray_spaces=0.02, displaced=0.1, caption_pool=ZD_CAPTIONS, brief_pool=ZD_BRIEFS,
        brief_pool_share=0.6, paper_outlet="本报",
        labels={"column": ("侨社动态", "华人资讯"), "bullet": ("◎",), "photos": ("图片新闻", "海湾影像")},
        plans=((["zdprayer", "deck", "zdindex"], {"front": True, "turn": 0}),
               (["zdasks", "zdclassified"], {"blank": "every", "turn": 1}),
               (["zdstaff", "zdlink"], {"turn": 2, "displaced": 0.3}),
               (["photonews", "deck", "brief"], {"blank": "none"})),
        page_style="0", sections=("要闻", "侨社", "商务")),
]
