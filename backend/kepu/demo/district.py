"""The demo district's fixed facts: names, codes and weights.

Subdistricts, towns and the district total come from docs/domain.md (Kundulun District, 7th census);
communities, villages, schools and companies below them are invented but shaped like the real ones.
"""

from dataclasses import dataclass

DISTRICT_NAME = "昆都仑区"
DISTRICT_CODE = "150203"
DISTRICT_POPULATION = 787_681
# Year-end population one year earlier, relative to this year's (the city has been shrinking slowly).
LAST_YEAR_FACTOR = (1.002, 1.011)

URBAN_COMMUNITY_CLASS = "111"  # 城乡分类代码: 主城区
TOWN_COMMUNITY_CLASS = "121"  # 镇中心区
VILLAGE_CLASS = "220"  # 村庄


@dataclass(frozen=True)
class Township:
    """A subdistrict (街道) or town (镇) with its communities or villages and a population weight."""

    name: str
    code: str
    is_town: bool
    weight: int
    children: tuple[str, ...]


TOWNSHIPS: tuple[Township, ...] = (
    Township(
        "少先路街道", "150203001", False, 62, ("少先一社区", "少先二社区", "明日星城社区", "和平路社区", "钢铁大街社区")
    ),
    Township("沼潭街道", "150203002", False, 48, ("沼潭社区", "北沙梁社区", "南沙梁社区", "团结社区")),
    Township(
        "林荫路街道", "150203003", False, 66, ("林荫路社区", "胜利路社区", "阳光社区", "民族东路社区", "青年路社区")
    ),
    Township(
        "友谊大街街道",
        "150203004",
        False,
        84,
        ("友谊十七社区", "友谊十八社区", "友谊二十一社区", "友谊二十二社区", "凯旋社区", "友谊北社区"),
    ),
    Township("阿尔丁大街街道", "150203005", False, 57, ("阿尔丁社区", "鹿城社区", "富强路社区", "钢苑社区")),
    Township("团结大街街道", "150203006", False, 61, ("团结十一社区", "团结十三社区", "团结二十二社区", "西河社区")),
    Township("鞍山道街道", "150203007", False, 55, ("鞍山道社区", "大庆路社区", "北梁社区", "兴胜社区")),
    Township("前进道街道", "150203008", False, 58, ("前进道社区", "胜利社区", "钢兴社区", "西苑社区", "和谐社区")),
    Township("市府东路街道", "150203009", False, 63, ("市府东路社区", "新光社区", "鹿苑社区", "华丰社区", "青山社区")),
    Township("白云路街道", "150203010", False, 52, ("白云路社区", "白云东社区", "云杉社区", "东方社区")),
    Township(
        "黄河西路街道",
        "150203011",
        False,
        76,
        ("黄河西路社区", "富力社区", "万郡社区", "奥林社区", "金茂社区", "滨河社区"),
    ),
    Township("昆工路街道", "150203012", False, 59, ("昆工路社区", "科大社区", "工业路社区", "文博社区")),
    Township("昆北街道", "150203013", False, 44, ("昆北第一社区", "昆北第二社区", "哈屯社区", "乌兰社区")),
    Township("昆河镇", "150203100", True, 9, ("昆河村", "西河楞村", "打拉亥村", "红旗村", "昌福窑村")),
    Township("卜尔汉图镇", "150203101", True, 8, ("卜尔汉图嘎查", "巴彦塔拉嘎查", "乌兰计村", "新光村", "塔尔湾村")),
)

# The subdistrict whose staff, community and school make up the demo logins.
DEMO_TOWNSHIP = "少先路街道"
DEMO_COMMUNITY = "少先一社区"

DISTRICT_AGENCIES = (
    ("昆都仑区科学技术协会", "区科协"),
    ("昆都仑区教育局", "区教育局"),
    ("昆都仑区卫生健康委员会", "区卫健委"),
    ("昆都仑区应急管理局", "区应急管理局"),
    ("昆都仑区农牧水利局", "区农牧水利局"),
)
SCIENCE_ASSOCIATION = DISTRICT_AGENCIES[0][0]

# (name, township, kind): invented companies and research bodies in the district's three industries.
ENTERPRISES = (
    ("包头北方钢联集团有限责任公司", "少先路街道", "steel"),
    ("钢联稀土钢板材有限公司", "昆北街道", "steel"),
    ("昆区金属深加工园区服务中心", "卜尔汉图镇", "steel"),
    ("包头稀土应用技术研究所", "昆工路街道", "rare_earth"),
    ("北疆稀土新材料股份有限公司", "昆河镇", "rare_earth"),
    ("包头北方重型机械装备有限公司", "前进道街道", "machinery"),
    ("昆仑精密机械制造有限公司", "阿尔丁大街街道", "machinery"),
)

# Two primary schools per subdistrict, a middle school in most, a central school in each town.
MIDDLE_SCHOOL_NUMBERS = ("七十一", "七十二", "七十四", "七十六", "七十八", "八十一", "八十三", "八十五", "八十七")
CHINESE_NUMERALS = ("一", "二", "三", "四", "五", "六")

SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴"
    "夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
)
GIVEN_CHARACTERS = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志红春梅海燕鹏飞宇浩然欣怡子涵晨阳佳琪雨萱文博俊辉"
)
MONGOLIAN_NAMES = ("巴特尔", "乌云", "其其格", "斯琴", "额尔敦", "苏日娜", "那日苏", "图雅", "阿拉坦", "萨仁")

# (name, kind, unit, description)
MATERIALS = (
    ("《防范电信网络诈骗科普手册》", "brochure", "份", "识别冒充客服、刷单返利、虚假投资等常见骗局。"),
    ("《稀土知识读本》", "booklet", "本", "稀土是什么、用在哪里，包头为什么被称为“稀土之都”。"),
    ("《钢铁是怎样炼成的：从矿石到钢材》", "booklet", "本", "面向青少年的炼铁炼钢流程图解。"),
    ("《老年人健康生活科普手册》", "brochure", "份", "慢病管理、合理用药与防跌倒。"),
    ("《应急避险与自救互救》", "brochure", "份", "地震、火灾、燃气泄漏时怎么办。"),
    ("《垃圾分类一点通》", "brochure", "份", "包头市生活垃圾四分类指南。"),
    ("《食品安全小常识》", "brochure", "份", "看懂标签、安全储存、识别过期食品。"),
    ("《心肺复苏与AED使用》挂图", "poster", "张", "社区急救培训配套挂图。"),
    ("“节约用水 从我做起”宣传海报", "poster", "张", "适合科普画廊与楼道张贴。"),
    ("“崇尚科学 反对迷信”宣传海报", "poster", "张", "科普画廊常用主题海报。"),
    ("《设施农业实用技术》", "booklet", "本", "日光温室蔬菜栽培与病虫害防治。"),
    ("《肉羊科学养殖技术》", "booklet", "本", "面向农牧民的养殖、防疫与饲草料技术。"),
    ("《青少年近视防控指南》", "brochure", "份", "家长与学生共读的护眼知识。"),
    ("《网络安全与个人信息保护》", "brochure", "份", "密码、钓鱼链接与手机权限。"),
    ("《碳达峰碳中和公众读本》", "booklet", "本", "钢铁之城的绿色转型。"),
    ("稀土永磁小实验套装", "kit", "套", "磁悬浮、电动机等五个动手实验。"),
    ("青少年机器人搭建套件", "kit", "套", "兴趣小组用的可编程搭建套件。"),
    ("家庭应急包（科普版）", "kit", "个", "含应急物品清单与使用说明。"),
    ("科普短视频《稀土的奇妙旅程》", "video", "部", "时长8分钟，适合社区放映与线上推送。"),
    ("科普动画《小小急救员》", "video", "部", "面向小学生的急救知识动画。"),
    ("科普宣传折页（综合版）", "other", "份", "科协工作与本地科普场馆介绍。"),
)

# Topics that popularization in this district keeps returning to, with who they speak to.
TOPICS_BY_SETTING = {
    "community": (
        "防范电信网络诈骗",
        "老年人健康养生",
        "垃圾分类",
        "心肺复苏急救",
        "食品安全",
        "应急避险",
        "合理用药",
        "网络安全",
        "节约用水",
        "科学育儿",
        "心理健康",
        "消防安全",
        "中医药养生",
        "崇尚科学反对邪教",
    ),
    "school": (
        "稀土的奥秘",
        "钢铁是怎样炼成的",
        "人工智能与编程",
        "天文观测",
        "近视防控",
        "航天科技",
        "机器人",
        "趣味物理实验",
        "植物与生态",
        "防溺水安全",
        "化学魔术",
        "科学家精神",
    ),
    "village": (
        "设施农业",
        "肉羊科学养殖",
        "玉米高产栽培",
        "农产品电商",
        "农机安全",
        "动物防疫",
        "节水灌溉",
        "防范电信网络诈骗",
        "农村人居环境整治",
        "健康义诊",
    ),
    "enterprise": (
        "安全生产",
        "稀土新材料",
        "智能制造",
        "节能减排",
        "职业健康",
        "钢铁冶炼工艺",
        "碳达峰碳中和",
        "质量管理",
        "工业互联网",
    ),
    "agency": (
        "碳达峰碳中和",
        "人工智能发展",
        "科学素质提升",
        "数字政府",
        "应急管理",
        "稀土产业发展",
        "公共卫生",
        "科普法解读",
    ),
}

AUDIENCES_BY_SETTING = {
    "community": ("urban_residents", "elderly", "youth", "general_public"),
    "school": ("youth",),
    "village": ("farmers", "elderly", "youth"),
    "enterprise": ("industrial_workers", "general_public", "youth"),
    "agency": ("cadres", "general_public"),
}

# (activity type, weight) for each setting.
ACTIVITY_MIX = {
    "community": (
        ("lecture", 30),
        ("consultation", 18),
        ("exhibition", 12),
        ("show", 10),
        ("training", 10),
        ("contest", 6),
        ("other", 4),
    ),
    "school": (
        ("youth_group", 24),
        ("contest", 16),
        ("lecture", 16),
        ("show", 12),
        ("camp", 8),
        ("exhibition", 8),
        ("open_day", 6),
        ("intl_exchange", 2),
    ),
    "village": (("training", 36), ("consultation", 24), ("lecture", 20), ("exhibition", 8), ("show", 8), ("other", 4)),
    "enterprise": (
        ("open_day", 24),
        ("training", 26),
        ("lecture", 20),
        ("contest", 12),
        ("exhibition", 10),
        ("intl_exchange", 4),
    ),
    "agency": (
        ("lecture", 36),
        ("exhibition", 18),
        ("consultation", 18),
        ("contest", 12),
        ("training", 10),
        ("intl_exchange", 6),
    ),
}

# Title suffix, typical registrants, capacity rule and planned budget range (yuan) per activity type.
ACTIVITY_SHAPE = {
    "lecture": ("科普讲座", 28, (300, 1200)),
    "exhibition": ("专题展览", 30, (1000, 4000)),
    "contest": ("知识竞赛", 30, (800, 3000)),
    "training": ("实用技术培训", 24, (500, 2000)),
    "youth_group": ("兴趣小组活动", 16, (200, 800)),
    "camp": ("科技研学营", 26, (3000, 10000)),
    "open_day": ("开放日", 36, (800, 3000)),
    "consultation": ("科普咨询与义诊", 26, (800, 3000)),
    "show": ("科普剧场", 34, (600, 2000)),
    "intl_exchange": ("国际科普交流会", 22, (1500, 5000)),
    "other": ("科普体验活动", 20, (300, 1200)),
}

ADDRESS_BY_SETTING = {
    "community": ("{place}党群服务中心活动室", "{place}新时代文明实践站", "{place}科普画廊前广场"),
    "school": ("{place}报告厅", "{place}科技活动室", "{place}操场"),
    "village": ("{place}村委会文化活动室", "{place}农家书屋", "{place}文化广场"),
    "enterprise": ("{place}职工培训中心", "{place}展厅", "{place}生产车间参观通道"),
    "agency": ("昆都仑区科技馆", "{place}会议室", "昆都仑区青少年活动中心"),
}
