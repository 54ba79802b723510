/// The default checklists written by `anxin init` and shipped in `data/criteria.yaml`.
/// Normalized (N01–N12) and problem (P01–P05) criteria are verbatim from the campaign plan (seed §二);
/// standardized ones (S01–S08) are the 8 first-level elements of GB/T 33000-2016, with industry extras after them.
public enum DefaultCriteria {
    public static let yaml = """
    # 安全诚信企业创建活动 检查表 (criteria catalog)
    #
    # One list per tier. Each criterion has a short stable id used on the command line and in the event
    # journal: never renumber an id that events already use. `title` is a short name for narrow columns,
    # `text` the full criterion. `levels` makes a criterion met only when every level is met (N05).
    # Standardized extras carry an `industry` and apply only to enterprises of that industry.

    standardized:   # 标准化企业: GB/T 33000-2016《企业安全生产标准化基本规范》一级要素
      - id: S01
        title: 目标职责
        text: 目标职责：安全生产目标、机构和职责、全员参与、安全生产投入、安全文化建设、安全生产信息化建设符合GB/T 33000-2016第5.1条。
      - id: S02
        title: 制度化管理
        text: 制度化管理：法规标准识别、规章制度、操作规程、文档管理符合GB/T 33000-2016第5.2条。
      - id: S03
        title: 教育培训
        text: 教育培训：教育培训管理、人员教育培训符合GB/T 33000-2016第5.3条。
      - id: S04
        title: 现场管理
        text: 现场管理：设备设施管理、作业安全、职业健康、警示标志符合GB/T 33000-2016第5.4条。
      - id: S05
        title: 安全风险管控及隐患排查治理
        text: 安全风险管控及隐患排查治理：安全风险管理、重大危险源辨识和管理、隐患排查治理、预测预警符合GB/T 33000-2016第5.5条。
      - id: S06
        title: 应急管理
        text: 应急管理：应急准备、应急处置、应急评估符合GB/T 33000-2016第5.6条。
      - id: S07
        title: 事故管理
        text: 事故管理：事故报告、调查和处理、事故管理符合GB/T 33000-2016第5.7条。
      - id: S08
        title: 持续改进
        text: 持续改进：绩效评定、持续改进符合GB/T 33000-2016第5.8条。
      - id: S09
        industry: 危险化学品
        title: 特殊作业管理
        text: 动火、受限空间、高处等特殊作业执行GB 30871，作业票证齐全、监护到位。
      - id: S10
        industry: 危险化学品
        title: 重大危险源监测监控
        text: 重大危险源安全监测监控系统完好，数据接入监管平台，包保责任人落实。
      - id: S11
        industry: 煤矿
        title: 重大灾害防治
        text: 瓦斯、水害、火灾等重大灾害防治措施落实，安全监控系统运行正常。
      - id: S12
        industry: 建筑
        title: 危大工程管理
        text: 危险性较大的分部分项工程专项施工方案编制、论证、交底和实施符合规定。
      - id: S13
        industry: 烟花爆竹（生产、批发）
        title: 定员定量
        text: 工（库）房定员、定量、定级管理落实，药物存储符合规定。

    normalized:     # 规范化企业: 方案 二(二) 1–12
      - id: N01
        title: 守法与承诺
        text: 自觉贯彻执行安全生产法律法规，落实承诺制度，各种行政许可证照齐全有效，安全生产主体责任意识强；
      - id: N02
        title: 机构与人员
        text: 安全生产管理组织机构、人员配置符合法定要求；
      - id: N03
        title: 三项制度
        text: 安全生产“三项制度”规范，针对性、可操作性强；
      - id: N04
        title: 现场管理
        text: 安全生产管理机制健全，现场安全管理有序，无违章指挥、违章作业、违反劳动纪律现象；
      - id: N05
        title: 隐患排查治理
        text: 隐患排查治理运行机制健全，厂级、车间、班组、岗位各层面隐患排查治理工作落实到位；
        levels: [厂级, 车间, 班组, 岗位]
      - id: N06
        title: 教育培训
        text: 安全生产教育培训工作有效落实，相关人员持证上岗率达到100%，安全文化氛围浓厚；
      - id: N07
        title: 重大危险源
        text: 依法对重大危险源进行申报、评估和监控；
      - id: N08
        title: 职业卫生
        text: 依法取得职业卫生行政许可，职业危害预防措施得到有效落实；
      - id: N09
        title: 设备设施
        text: 安全设备、设施完好，定期进行检测检验和维护保养；
      - id: N10
        title: 应急救援
        text: 安全事故应急救援预案完善，应急人员、装备、演练落实到位；
      - id: N11
        title: 经费投入
        text: 安全生产保障经费投入符合法定要求；
      - id: N12
        title: 配合执法
        text: 积极配合有关部门的安全生产行政执法和检查工作。

    problem:        # 问题型企业: 方案 二(三) 1–5
      - id: P01
        title: 隐患整改
        text: 隐患排查治理工作基本到位，一般性隐患得到及时整改，重大隐患得到彻底消除；
      - id: P02
        title: 三项制度
        text: 安全生产“三项制度”基本符合要求，日常安全管理得到加强；
      - id: P03
        title: 教育培训
        text: 安全生产教育培训工作基本落实，重要岗位人员做到持证上岗；
      - id: P04
        title: 设施设备
        text: 安全设施、设备检验检测和日常维护保养基本到位，运行状态正常；
      - id: P05
        title: 应急救援
        text: 有安全事故应急救援预案，应急救援人员、器材、演练基本落实到位。

    """
}
