/// Short notes an inspector writes (in Chinese, as they would), and the other texts of the demo campaign.
enum DemoTexts {
    struct Notes {
        let met: [String]
        let unmet: [String]
        let notApplicable: [String]
    }

    /// Notes per criterion id of the default catalog.
    static let tickNotes: [String: Notes] = [
        "S01": Notes(met: ["安全生产目标已分解到车间，签订目标责任书。", "安全生产投入台账齐全。"],
                     unmet: ["未设置安全生产管理机构，专职安全员不足。", "年度安全生产目标未分解考核。"], notApplicable: []),
        "S02": Notes(met: ["规章制度汇编已印发，操作规程上墙。", "法规标准识别清单每年更新。"],
                     unmet: ["部分岗位操作规程未更新。", "制度文件未按规定评审修订。"], notApplicable: []),
        "S03": Notes(met: ["三级安全教育档案齐全。", "特种作业人员证书均在有效期内。"],
                     unmet: ["新员工三级教育记录缺失。", "两名叉车司机证书过期。"], notApplicable: []),
        "S04": Notes(met: ["现场定置管理良好，警示标志齐全。", "设备设施台账与现场一致。"],
                     unmet: ["车间消防通道堆放杂物，已要求立即整改。", "部分设备防护罩缺失。"], notApplicable: []),
        "S05": Notes(met: ["风险分级管控清单齐全，四色图上墙。", "隐患排查台账闭环管理。"],
                     unmet: ["隐患整改未闭环，缺少复查记录。", "风险辨识未覆盖检维修作业。"], notApplicable: []),
        "S06": Notes(met: ["现场查看应急预案，演练记录齐全。", "应急物资储备充足，定期检查。"],
                     unmet: ["应急演练记录缺少2024年上半年内容。", "应急预案未备案。"], notApplicable: []),
        "S07": Notes(met: ["事故管理制度健全，近三年无事故。", "未遂事件记录分析完整。"],
                     unmet: ["事故“四不放过”记录不完整。"], notApplicable: []),
        "S08": Notes(met: ["已开展年度绩效评定，形成改进计划。"],
                     unmet: ["未开展标准化运行绩效评定。"], notApplicable: []),
        "S09": Notes(met: ["动火作业票证齐全，监护人在岗。"],
                     unmet: ["受限空间作业未进行气体检测记录。"], notApplicable: []),
        "S10": Notes(met: ["重大危险源监测数据已接入监管平台。"],
                     unmet: ["储罐区液位报警联锁未投用。"], notApplicable: []),
        "S11": Notes(met: ["瓦斯监控系统运行正常，数据完整。"],
                     unmet: ["探放水设计未经审批。"], notApplicable: []),
        "S12": Notes(met: ["危大工程专项方案已论证并交底。"],
                     unmet: ["脚手架专项方案未组织专家论证。"], notApplicable: []),
        "S13": Notes(met: ["工房定员定量标识清楚。"],
                     unmet: ["中转库存药量超定量。"], notApplicable: []),
        "N01": Notes(met: ["营业执照、安全生产许可证在有效期内，承诺书已公示。", "主要负责人安全履职记录齐全。"],
                     unmet: ["安全生产许可证即将到期，未申请延期。", "承诺书未在厂区公示。"], notApplicable: []),
        "N02": Notes(met: ["设置安全管理部，配备专职安全员3名。", "注册安全工程师1名。"],
                     unmet: ["专职安全管理人员数量不足。", "安全管理机构未发文成立。"], notApplicable: []),
        "N03": Notes(met: ["三项制度文本齐全，已印发执行。", "责任制覆盖全员，逐级签订。"],
                     unmet: ["操作规程缺少新购设备内容。", "安全生产责任制未覆盖班组长。"], notApplicable: []),
        "N04": Notes(met: ["现场作业有序，未发现违章作业。", "作业区域划线清晰。"],
                     unmet: ["发现员工未佩戴安全帽作业。", "现场存在违章指挥现象。"], notApplicable: []),
        "N05": Notes(met: ["隐患排查台账齐全，整改闭环。", "排查记录与现场一致。", "每周排查，记录完整。"],
                     unmet: ["排查记录流于形式，未发现现场明显隐患。", "隐患整改缺少复查签字。"], notApplicable: []),
        "N06": Notes(met: ["特种作业人员持证上岗率100%。", "培训档案一人一档。"],
                     unmet: ["两名电工证书过期。", "新员工岗前培训学时不足。"], notApplicable: []),
        "N07": Notes(met: ["重大危险源已备案，监控系统运行正常。"],
                     unmet: ["重大危险源评估报告超期。"], notApplicable: ["企业无重大危险源，不适用。"]),
        "N08": Notes(met: ["职业危害因素检测报告在有效期内。", "职业健康体检档案齐全。"],
                     unmet: ["粉尘岗位未配发防尘口罩。", "职业病危害告知卡未设置。"], notApplicable: ["企业无职业病危害因素，不适用。"]),
        "N09": Notes(met: ["特种设备定期检验合格。", "安全设施完好，维护记录齐全。"],
                     unmet: ["压力表超期未检。", "一台行车限位器失效。"], notApplicable: []),
        "N10": Notes(met: ["现场查看应急预案，演练记录齐全。", "应急器材配备到位。"],
                     unmet: ["应急演练记录缺少2024年上半年内容。", "应急救援器材部分过期。"], notApplicable: []),
        "N11": Notes(met: ["安全费用按规定提取，使用台账清晰。"],
                     unmet: ["安全费用提取不足，台账不全。"], notApplicable: []),
        "N12": Notes(met: ["积极配合检查，历次问题均已整改。"],
                     unmet: ["上次执法检查问题整改报告未按时报送。"], notApplicable: []),
        "P01": Notes(met: ["重大隐患已消除，一般隐患整改完毕。", "隐患整改资料齐全。"],
                     unmet: ["配电室隐患尚未整改。", "重大隐患整改方案未落实。"], notApplicable: []),
        "P02": Notes(met: ["三项制度已补充完善。", "日常安全检查记录齐全。"],
                     unmet: ["三项制度仍不完整。", "日常安全检查无记录。"], notApplicable: []),
        "P03": Notes(met: ["重要岗位人员已持证上岗。", "已组织全员安全培训。"],
                     unmet: ["焊工无证上岗。", "培训记录缺失。"], notApplicable: []),
        "P04": Notes(met: ["安全设施检测合格，运行正常。", "维护保养记录完整。"],
                     unmet: ["消防设施未定期检测。", "部分设备带病运行。"], notApplicable: []),
        "P05": Notes(met: ["已编制应急预案并组织演练。", "应急器材配备基本到位。"],
                     unmet: ["无应急预案。", "未组织应急演练。"], notApplicable: []),
    ]

    static let genericNotes = Notes(met: ["现场核查符合要求。"], unmet: ["现场核查发现问题，已要求整改。"],
                                    notApplicable: ["经核实不适用。"])

    /// The note of a fix after a failed acceptance or a spot check.
    static let fixedNotes = ["已整改到位，复查符合。", "整改材料齐全，现场复核通过。", "问题已整改，专家复查合格。"]

    /// A re-check at a later visit.
    static let recheckNotes = ["复查：保持符合。", "复查：运行正常。", "回头看：未发现反弹。"]

    static let freeNotes = [
        "企业负责人参加全市安全生产培训会。",
        "已督促企业补充完善隐患排查台账。",
        "企业反映设备改造资金紧张，进度可能滞后。",
        "专家组第二次驻企蹲点。",
        "企业主要负责人变更，已提醒重新签订承诺书。",
        "已向企业下发条件和标准细则。",
        "企业申请推迟现场检查，改约下周。",
        "电话回访，企业整改进展正常。",
        "企业已完成自查，自查报告已报送。",
        "与企业共同梳理薄弱环节，形成问题清单。",
    ]

    static let cityNotes = [
        "市安委办巡查督导，进度正常。",
        "市安委办巡查督导：台账不规范，要求一周内完善。",
        "列入市安委办季度督导名单。",
    ]

    static let removalReasons = [
        "企业停产，退出本年度创建活动。",
        "企业已注销，移出名单。",
        "企业搬迁至外市，移交属地管理。",
    ]

    static let supervisionReasons = [
        "主体责任不落实，隐患问题较多，列为重点监管。",
        "安全管理混乱，多次检查发现同类隐患。",
        "整改进度严重滞后，列为重点监管。",
    ]

    static let supervisionLiftedReasons = ["整改到位，复查合格，解除重点监管。"]

    static let revocationReasons = [
        "发生1人死亡的机械伤害事故，撤销称号。",
        "发生1人死亡的高处坠落事故，撤销称号。",
    ]

    static let demoReasons = [
        "选为示范观摩点，7月召开现场观摩会。",
        "安全管理规范，作为行业示范观摩点。",
    ]

    static let rectifiedDemoReasons = ["整治效果明显，作为现场经验交流点。"]

    /// Blacklist reasons by cause: hazard, resisting, accident.
    static let blacklistHazardReasons = ["重大事故隐患逾期未整改，列入黑名单。"]
    static let blacklistResistingReasons = ["拒绝执法人员进入现场检查，列入黑名单。"]
    static let blacklistAccidentReasons = ["发生较大生产安全事故，造成3人死亡，列入黑名单。", "发生较大火灾事故，直接经济损失1200万元，列入黑名单。"]
}
