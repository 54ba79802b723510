import AnxinCore

/// Word lists for plausible Baoding enterprises, people and places. Everything here is fiction built from
/// common words; any resemblance to a real enterprise is a coincidence of common words.
enum DemoNames {
    /// Administrative division code (GB/T 2260) and the place word used in enterprise names and addresses.
    struct Place {
        let code: String
        let namePrefixes: [String]
        let addressPrefix: String
    }

    static let places: [String: Place] = [
        "竞秀区": Place(code: "130602", namePrefixes: ["保定"], addressPrefix: "保定市竞秀区"),
        "莲池区": Place(code: "130606", namePrefixes: ["保定"], addressPrefix: "保定市莲池区"),
        "满城区": Place(code: "130607", namePrefixes: ["保定", "满城"], addressPrefix: "保定市满城区"),
        "清苑区": Place(code: "130608", namePrefixes: ["保定", "清苑"], addressPrefix: "保定市清苑区"),
        "徐水区": Place(code: "130609", namePrefixes: ["保定", "徐水"], addressPrefix: "保定市徐水区"),
        "涿州市": Place(code: "130681", namePrefixes: ["涿州"], addressPrefix: "涿州市"),
        "安国市": Place(code: "130683", namePrefixes: ["安国"], addressPrefix: "安国市"),
        "高碑店市": Place(code: "130684", namePrefixes: ["高碑店"], addressPrefix: "高碑店市"),
        "涞水县": Place(code: "130623", namePrefixes: ["涞水"], addressPrefix: "涞水县"),
        "阜平县": Place(code: "130624", namePrefixes: ["阜平"], addressPrefix: "阜平县"),
        "定兴县": Place(code: "130626", namePrefixes: ["定兴"], addressPrefix: "定兴县"),
        "唐县": Place(code: "130627", namePrefixes: ["唐县"], addressPrefix: "唐县"),
        "高阳县": Place(code: "130628", namePrefixes: ["高阳"], addressPrefix: "高阳县"),
        "涞源县": Place(code: "130630", namePrefixes: ["涞源"], addressPrefix: "涞源县"),
        "望都县": Place(code: "130631", namePrefixes: ["望都"], addressPrefix: "望都县"),
        "易县": Place(code: "130633", namePrefixes: ["易县"], addressPrefix: "易县"),
        "曲阳县": Place(code: "130634", namePrefixes: ["曲阳"], addressPrefix: "曲阳县"),
        "蠡县": Place(code: "130635", namePrefixes: ["蠡县"], addressPrefix: "蠡县"),
        "顺平县": Place(code: "130636", namePrefixes: ["顺平"], addressPrefix: "顺平县"),
        "博野县": Place(code: "130637", namePrefixes: ["博野"], addressPrefix: "博野县"),
        "高新区": Place(code: "130671", namePrefixes: ["保定"], addressPrefix: "保定市高新区"),
        "白沟·白洋淀温泉城": Place(code: "130672", namePrefixes: ["白沟", "保定白沟"], addressPrefix: "白沟新城"),
    ]

    static func place(of jurisdiction: String, city: String) -> Place {
        if let place = places[jurisdiction] { return place }
        let cityWord = city.hasSuffix("市") ? String(city.dropLast()) : city
        return Place(code: "130600", namePrefixes: [cityWord], addressPrefix: jurisdiction)
    }

    /// The registration code of enterprises the city itself registers (市直、省属以上).
    static let cityCode = "130600"

    /// 字号 are built from a first and a second character.
    static let tradeFirst = Array("恒华鑫宏金永瑞国天顺利长新东广冀太燕荣汇德博海众富佳宝晨锦弘正安鼎兴万康联旭泰嘉明昊润立铭盛通源诚信").map(String.init)
    static let tradeSecond = Array("泰信源达盛安丰华成发民城兴方通润远川鑫康禾光程业阳和诚明纪天立鼎辉隆祥宇博峰晟昌").map(String.init)

    /// The word that says what an enterprise does, per industry of the template.
    static let industryWords: [String: [String]] = [
        "煤矿": ["煤业", "矿业", "煤炭开采"],
        "非煤矿山": ["矿业", "石料", "建材矿业", "石灰石矿业"],
        "冶炼": ["冶金", "铸造", "钢铁", "有色金属"],
        "危险化学品": ["化工", "化学", "石化", "燃气", "精细化工"],
        "烟花爆竹（生产、批发）": ["烟花爆竹", "烟花"],
        "民爆物品（生产、批发）": ["民爆器材", "爆破器材"],
        "建筑": ["建筑工程", "建设", "建工", "路桥工程"],
        "机械": ["机械制造", "机械", "重工", "机电设备"],
        "纺织": ["纺织", "棉纺", "毛纺", "织造"],
        "汽车及零部件": ["汽车配件", "汽车零部件", "车桥"],
        "食品加工": ["食品", "乳业", "面业", "肉类加工"],
        "箱包皮具": ["箱包", "皮具", "箱包制造"],
        "仓储物流": ["物流", "仓储", "供应链"],
        "商贸零售": ["商贸", "商场", "超市"],
        "交通运输": ["运输", "客运", "货运"],
        "造纸印刷": ["纸业", "印刷", "包装印刷"],
        "电力": ["热电", "电力", "新能源"],
    ]

    static let legalForms = ["有限公司", "有限责任公司", "股份有限公司"]
    static let legalFormWeights = [0.62, 0.24, 0.14]

    /// The department that looks after an industry's 市直 enterprises.
    static let industryDepartment: [String: String] = [
        "建筑": "市住建局",
        "机械": "市工信局", "冶炼": "市工信局", "纺织": "市工信局", "汽车及零部件": "市工信局",
        "食品加工": "市市场监管局", "箱包皮具": "市工信局", "造纸印刷": "市工信局", "电力": "市国资委",
        "交通运输": "市交通运输局", "仓储物流": "市交通运输局", "商贸零售": "市商务局",
        "煤矿": "市安监局", "非煤矿山": "市安监局", "危险化学品": "市安监局",
        "烟花爆竹（生产、批发）": "市安监局", "民爆物品（生产、批发）": "市安监局",
    ]

    /// Industries each department owns enterprises in.
    static let departmentIndustries: [String: [String]] = [
        "市住建局": ["建筑"],
        "市工信局": ["机械", "冶炼", "纺织", "汽车及零部件", "造纸印刷", "箱包皮具", "食品加工"],
        "市交通运输局": ["交通运输", "仓储物流"],
        "市商务局": ["商贸零售", "仓储物流"],
        "市国资委": ["电力", "冶炼", "危险化学品", "交通运输", "建筑", "煤矿"],
        "市市场监管局": ["食品加工", "商贸零售"],
        "市安监局": ["危险化学品", "非煤矿山", "烟花爆竹（生产、批发）", "民爆物品（生产、批发）", "煤矿"],
    ]

    /// How often an industry appears (a local flavour is added per jurisdiction).
    static let industryWeight: [String: Double] = [
        "煤矿": 0.6, "非煤矿山": 3, "冶炼": 2, "危险化学品": 5, "烟花爆竹（生产、批发）": 1,
        "民爆物品（生产、批发）": 0.5, "建筑": 7, "机械": 8, "纺织": 4, "汽车及零部件": 6, "食品加工": 5,
        "箱包皮具": 3, "仓储物流": 4, "商贸零售": 4, "交通运输": 3, "造纸印刷": 3, "电力": 1.5,
    ]

    /// What a place is known for.
    static let localFlavour: [String: [String: Double]] = [
        "白沟·白洋淀温泉城": ["箱包皮具": 10, "商贸零售": 3],
        "高阳县": ["纺织": 5],
        "蠡县": ["纺织": 2, "箱包皮具": 3],
        "曲阳县": ["非煤矿山": 5],
        "涞源县": ["非煤矿山": 6, "煤矿": 2],
        "阜平县": ["非煤矿山": 4],
        "易县": ["非煤矿山": 3],
        "徐水区": ["汽车及零部件": 4, "食品加工": 2],
        "清苑区": ["汽车及零部件": 3],
        "竞秀区": ["汽车及零部件": 4, "机械": 2],
        "高新区": ["机械": 4, "电力": 3, "危险化学品": 1],
        "安国市": ["食品加工": 3, "商贸零售": 3],
        "涿州市": ["仓储物流": 3, "建筑": 2],
        "定兴县": ["食品加工": 2],
    ]

    static let surnames = Array("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段").map(String.init)
    static let givenNames = [
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞",
        "平", "刚", "辉", "鹏", "华", "飞", "斌", "宇", "浩", "凯", "健", "俊", "帆", "帅", "旭", "宁", "龙", "林",
        "秀英", "桂英", "建华", "建国", "志强", "海燕", "国庆", "红梅", "立新", "春生", "晓东", "玉兰", "文博",
        "振华", "永刚", "淑芬", "丽华", "凤英", "海涛", "建军", "志刚", "秀兰", "金凤", "小红", "志明", "永胜",
        "国华", "建平", "宏伟", "保国", "卫东", "丽娟", "雪梅", "晓燕", "志勇", "文静", "振国", "彦军", "彦平",
    ]

    /// Experts of the city's pool (专家库), drawn into plans and acceptances.
    static let experts = [
        "王立新", "李志强", "张国栋", "刘振华", "陈建民", "杨海涛", "赵文斌", "黄晓东", "周永刚", "吴建平",
        "徐卫东", "孙宏伟", "胡志明", "朱海燕", "高建军", "林春生", "何秀兰", "郭保国", "马晓燕", "罗振国",
        "梁彦军", "宋丽娟", "郑雪梅", "谢志勇", "韩文静", "唐建华", "冯玉兰", "于国庆", "董红梅", "程永胜",
    ]

    /// Inspectors' laptops: replica id and the inspector's name.
    static let inspectors: [(replica: String, name: String)] = [
        ("lap-zhangwei", "张伟"), ("lap-liuyang", "刘洋"), ("lap-wangfang", "王芳"), ("lap-lina", "李娜"),
        ("lap-chenjing", "陈静"), ("lap-yangjun", "杨军"), ("lap-zhaolei", "赵磊"), ("lap-huangyan", "黄艳"),
        ("lap-zhouqiang", "周强"), ("lap-wujie", "吴杰"), ("lap-xuming", "徐明"), ("lap-sunli", "孙丽"),
        ("lap-mahui", "马辉"), ("lap-zhuxia", "朱霞"), ("lap-huyong", "胡勇"), ("lap-guoping", "郭平"),
        ("lap-linfeng", "林峰"), ("lap-luoqing", "罗青"), ("lap-gaoyan", "高岩"), ("lap-liangbo", "梁波"),
        ("lap-songtao", "宋涛"), ("lap-zhengkai", "郑凯"), ("lap-xiehong", "谢红"), ("lap-hanxue", "韩雪"),
        ("lap-tangjie", "唐杰"), ("lap-fenglin", "冯琳"), ("lap-dengchao", "邓超"), ("lap-caoyu", "曹宇"),
        ("lap-pengfei", "彭飞"), ("lap-yuanyuan", "袁媛"),
    ]

    /// The people at the city office's laptop: one for 市安委办, one for 市安监局.
    static let cityOfficeActor = "孙建国"
    static let bureauActor = "周海燕"

    static let streets = [
        "工业园区", "经济开发区", "建设路", "朝阳路", "东风路", "复兴路", "长城北大街", "向阳路", "迎宾路", "人民路",
        "府前街", "光明路", "胜利街", "和平路", "兴华路", "创业路", "富昌路", "乐凯大街", "七一路", "五四路",
        "裕华路", "东环路", "西环路", "南二环", "北三环", "工业大街", "振兴路", "团结路", "车站路", "园区二路",
    ]
}
