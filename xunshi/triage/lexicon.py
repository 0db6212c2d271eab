"""Word lists the extractors share: posts (职务), surnames, unit and place suffixes.

Posts are listed as written in letters, specific before generic; the regex built from
them is longest-first, so 党委副书记 wins over 书记. These lists also seed jieba's user
dictionary, and a roster (when loaded) adds its names and units on top.
"""

# ruff: noqa: E501 - cue tables are Chinese word lists; one family per line reads best.
from __future__ import annotations

import re

# Principal posts of county leadership and of next-level units, then deputies, then the
# village and generic ones. Level prefixes (县/市/镇/乡/村) are part of many titles.
POSTS: tuple[str, ...] = (
    # county / city leadership team
    "县委书记", "市委书记", "区委书记", "县委副书记", "市委副书记", "区委副书记",
    "县长", "市长", "区长", "常务副县长", "常务副市长", "常务副区长", "副县长", "副市长", "副区长",
    "县委常委", "市委常委", "区委常委", "常委",
    "组织部长", "组织部部长", "宣传部长", "宣传部部长", "统战部长", "统战部部长",
    "政法委书记", "纪委书记", "纪委副书记", "监委主任", "纪委监委主任", "县纪委书记", "市纪委书记",
    "人大常委会主任", "人大常委会副主任", "县人大常委会主任", "市人大常委会主任",
    "政协主席", "政协副主席", "县政协主席", "市政协主席", "人大主任", "人大主席",
    "法院院长", "检察院检察长", "检察长", "副检察长", "常务副检察长", "院长", "副院长",
    "公安局长", "公安局局长", "政委",
    # townships and departments
    "党委书记", "党委副书记", "党委委员", "党工委书记", "党工委副书记", "副书记",
    "镇委书记", "乡委书记", "镇委副书记", "乡委副书记", "组织委员", "宣传委员", "纪检委员", "武装部长",
    "镇长", "乡长", "副镇长", "副乡长", "常务副镇长", "常务副乡长", "镇长助理", "乡长助理", "县长助理", "市长助理", "镇党委书记", "乡党委书记", "街道办主任",
    "党组书记", "党组副书记", "党组成员", "局长", "副局长", "主任", "副主任",
    "纪检专干", "计生专干", "专干", "总指挥", "副总指挥", "指挥长", "副指挥长", "纪检组长", "纪检组副组长",
    "所长", "副所长", "站长", "副站长", "队长", "副队长", "大队长", "副大队长", "中队长", "副中队长",
    "支队长", "副支队长", "指导员", "副指导员", "教导员", "副教导员",
    "校长", "副校长", "董事长", "副董事长", "总经理", "副总经理", "经理", "副经理", "社长", "科长", "股长", "部长", "主席",
    "委员", "书记", "处长", "副处长", "厅长", "副厅长", "副科长", "副部长", "副主席", "科员", "办事员",
    "厂长", "副厂长", "场长", "副场长", "行长", "副行长", "理事长", "副理事长", "州长", "副州长",
    "总工程师", "副总工程师", "总会计师", "片长", "稽查员", "林技员", "民政助理",
    "馆长", "副馆长", "会长", "副会长", "分管领导", "人大代表", "政协委员",
    # civil-service ranks (职级) written as the post: 医保局四级调研员, 县二级巡视员
    "调研员", "副调研员", "巡视员", "副巡视员", "主任科员", "副主任科员",
    *(f"{n}级{r}" for n in "一二三四" for r in ("调研员", "主任科员")), "一级巡视员", "二级巡视员",
    # village and community cadres
    "村支书", "村支部书记", "村党支部书记", "党支部书记", "支部书记", "党总支书记",
    "村党总支书记", "党总支副书记", "党支部副书记", "支部副书记", "村党支部副书记", "村支部副书记",
    "村书记", "支书", "副支书", "党支书", "村党支书", "村主任", "村委会主任", "村委主任", "村长", "副村长", "村副主任", "村委会副主任", "村委副主任",
    "村会计", "会计", "出纳", "报账员", "村委委员", "支委", "村支委", "党支部委员", "村文书", "文书",
    "妇女主任", "妇联主任", "治保主任", "民兵连长", "监委会主任", "村监委会主任", "村务监督委员会主任",
    "社区书记", "社区主任", "居委会主任", "网格员", "文教卫生助理", "包村干部",
    "村民小组长", "居民小组长", "小组长", "组长", "村委成员", "村委会成员", "两委成员", "村两委成员",
    "民政协管员", "协管员", "计生管理员", "村委员", "驻村第一书记", "第一书记", "驻村干部",
    # police officers are public officials too (民警张某打人)
    "法官", "审判员", "庭长", "副庭长", "检察官", "村官",
    "民警", "辅警", "狱警", "干警", "护林员", "派出所所长", "执法人员", "城管队员", "执法队员", "联防队员", "队员", "工作人员",
    # cadres named as a group (乡干部多收费): no name, but a public official all the same
    "乡干部", "镇干部", "村干部", "乡镇干部", "县干部", "干部",
    "领导干部", "县级领导干部", "县级领导", "县级干部", "扶贫干部", "县官",
    "村领导", "镇领导", "乡领导", "村两委干部", "两委干部",
    # generic references that still point at one person
    "一把手", "二把手", "老支书", "老书记", "县领导", "市领导", "县里领导", "秘书", "负责人",
)

# Posts that make a person a principal leader (一把手 of the unit) for the scope layer.
PRINCIPAL_HINTS = ("书记", "县长", "市长", "区长", "镇长", "乡长", "局长", "主任", "院长",
                   "检察长", "主席", "一把手", "校长", "站长", "所长")
DEPUTY_HINTS = ("副", "委员", "成员", "会计", "出纳", "网格员", "助理", "干部")
VILLAGE_HINTS = ("村", "支部", "社区", "居委会", "网格员")

POST_RE = re.compile("|".join(sorted(map(re.escape, set(POSTS)), key=len, reverse=True)))
POST_CHAIN_SEP = ("、", "兼", "和", "/")

# The 400 most frequent single surnames cover >99% of people; compound ones are listed.
SURNAMES_1 = set(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏"
    "薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易"
    "常武乔贺赖龚文庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍韦申尤毕聂丛焦向柳邢路岳齐沿梅莫庄辛"
    "管祝左涂谷祁时舒耿牟卜詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏"
    "宁柯阮桂闵解强柴华车冉房边辜吉饶刁瞿戚丘古米池滕晋苑邬臧畅宫来嵺苟全褚廉简娄盖符奚木穆党燕郎"
    "邸冀谈姬屠连郜晏栾郁商蒙计喻揭窦迟宇敖糜鄢冷卓花艾蓝都巩稽井练仲乐虞卞封竺冼原官衣楚佟栗匡宗"
    "应台巫鞠僧桑荆谌银扬明沙薄伏岑习胥保和蔺水云昌凤酆常皮康元平萨鄂雍阚蒲闫付骆肖寇闻粟佘湛戈缪麦丰"
    "储芮禹晁逯蒯亢况厉濮钮郦弓邰阙蔚夔厍訾毋仇眭麻贝农初劳宾宿尚师惠楼山裘"
)
SURNAMES_2 = {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
              "宇文", "司徒", "夏侯", "轩辕", "令狐", "独孤", "南宫", "西门", "端木", "澹台"}

# The hundred commonest surnames (by population): a name the tagger reads with one of these
# right after a post is a person even where it is also a word (村支部副书记高峰).
COMMON_SURNAMES = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋"
                      "蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷"
                      "侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
# Surnames that are also frequent function words: a name starting with one of these
# needs corroboration (repetition in the text, or the NER model) before it is believed.
AMBIGUOUS_SURNAMES = set("和于向万时任常高成方全安都来应原保平明水云沙乐花艾商文强华金白"
                         "关宁车包谈计易连齐路井宫单甘景解尚农师惠劳楼初宿宾山")

# Characters that begin the word after a name (verbs, function words), so a name
# candidate stops before them. Chosen from common letter wording, not from any one text.
NAME_STOP = set(
    "在是的了和与及等把将被给对向从为于以也还都就又曾已再却仍竟便更很最太挺收利用借插挪虚截索违滥"
    "搞不伙乱打私拉卖买包召听说讲要让叫带领派指逼多经每今去其他她它这那此某们家父儿女妻夫兄弟姐妹"
    "亲戚任兼期间时候年月日号人同志书记局镇县乡村市区省长工上当主分负一几因"
    "，。、；：！？（）《》“”‘’\"' \n\t,.;:!?()[]"
)
# Of those, the ones that are also common last characters of given names (陈应利, 张胜利):
# they end a name when the name is closed right after them (陈应利等人).
NAME_END_OK = set("利领经")
# Verb-like characters that follow names in reports (彭某疑被…, 王强贪污, 李某占用…).
NAME_STOP |= set("贪疑涉称系侵骗犯")
# The second character of a name is far freer than the third (李长春, 刘二柱): only
# function words and verbs that never start a given name stop it.
NAME_STOP_2 = set(
    "在是的了把被给对也还都就又曾已再却仍竟便更很最挪虚截索违滥搞不"
    "伙乱私召听说讲让叫逼每今去其他她它这那此们兼期间时候局镇县乡村市区省某"
    "，。、；：！？（）《》“”‘’\"' \n\t,.;:!?()[]"
)
MASK_CHARS = "某xX×＊*○〇Ｘ"

# Unit and place suffixes: the last character(s) of a unit name as written.
PLACE_SUFFIXES = ("自治区", "自治州", "自治县", "街道", "社区", "省", "市", "县", "区", "旗", "镇", "乡", "村")
UNIT_SUFFIXES = (
    *PLACE_SUFFIXES,
    "局", "办", "委", "院", "所", "站", "队", "中心", "公司", "社", "学校", "中学", "小学",
    "医院", "厂", "中队", "大队", "支队", "法院", "检察院", "管委会", "委员会", "政府", "党委",
    "人大", "政协", "集团", "银行", "农场", "林场", "协会", "办事处", "组",
)

# Words that end a look-back for a unit name: what precedes them is not the unit.
UNIT_BREAKERS = ("反映", "举报", "检举", "控告", "投诉", "揭发", "我们", "他们", "我", "的", "是",
                 "和", "与", "及", "对", "把", "被", "在", "向", "给", "找", "原", "前任", "现任",
                 "了", "说", "当", "任", "时", "期间", "担任", "调任", "升任", "提拔为", "还有",
                 "以及", "兼", "、", "请", "查", "关于", "有关", "问题", "同时")

# Two-character strings that end in a place suffix but are ordinary words.
# Provinces and province-level cities by the name reports use without a suffix (陕西, 北京).
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PROVINCES_SHORT = _words(
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 "
    "云南 陕西 甘肃 青海 台湾 内蒙古 内蒙 广西 西藏 宁夏 新疆 香港 澳门")
# Prefecture-level cities and leagues by the name reports write without 市 (潍坊安丘市, 在南充).
CITIES_SHORT = _words("""
石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水 太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁
呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 兴安盟 锡林郭勒 阿拉善 沈阳 大连 鞍山 抚顺 本溪
丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛 长春 吉林 四平 辽源 通化 白山 松原 白城 延边 哈尔滨 齐齐哈尔 鸡西
鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化 大兴安岭 南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州
镇江 泰州 宿迁 杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆
黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城 福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德 南昌 景德镇 萍乡 九江 新余
鹰潭 赣州 吉安 宜春 抚州 上饶 济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽 郑州
开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 济源 武汉 黄石 十堰 宜昌 襄阳
鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 恩施 仙桃 潜江 天门 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化
娄底 湘西 广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮
南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左 海口 三亚 三沙 儋州 成都 自贡 攀枝花 泸州
德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 阿坝 甘孜 凉山 贵阳 六盘水 遵义 安顺 毕节 铜仁
黔西南 黔东南 黔南 昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧 楚雄 红河 文山 西双版纳 大理 德宏 怒江 迪庆 拉萨 日喀则
昌都 林芝 山南 那曲 阿里 西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛 兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉
酒泉 庆阳 定西 陇南 临夏 甘南 西宁 海东 海北 黄南 果洛 玉树 海西 银川 石嘴山 吴忠 固原 中卫 乌鲁木齐
克拉玛依 吐鲁番 哈密 昌吉 博尔塔拉 巴音郭楞 阿克苏 克孜勒苏 喀什 和田 伊犁 塔城 阿勒泰 石河子
""")
# Words jieba tags as places that reports seldom mean as one (the country, rivers, mountains).
NOT_BARE_PLACES = frozenset({"中国", "中华", "全国", "长江", "黄河", "泰山", "华山", "珠江", "淮河", "太行", "秦岭",
                             "东方"})
NOT_PLACES = {
    "全县", "全市", "全省", "全区", "全镇", "全乡", "全村", "本县", "本市", "本镇", "本乡", "本村",
    "该县", "该市", "该镇", "该乡", "该村", "我县", "我市", "我镇", "我乡", "我村", "外县", "外市",
    "外省", "各县", "各村", "各乡", "邻村", "邻县", "农村", "乡村", "城乡", "城市", "都市", "乡镇",
    "城镇", "县市", "市县", "省市", "市区", "城区", "郊区", "山区", "辖区", "地区", "小区", "景区",
    "园区", "片区", "街区", "学区", "社区", "新区", "库区", "灾区", "校区", "老区", "矿区", "湖区",
    "县区", "村组", "小组", "班组", "组组", "某县", "某市", "某镇", "某乡", "某村", "某区",
    "老乡", "家乡", "下乡", "回乡", "故乡", "同乡", "返乡", "离乡", "进村", "回村", "驻村", "包村",
    "开发区", "试验区", "示范区", "旅游区", "工业区", "保护区", "行政村", "自然村", "小区里",
}
