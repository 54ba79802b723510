/// What the reports (`anxin report …`) and the dashboard say.
extension Catalog {
    public static let reportCity = Message(zh: "全市", en: "City total")

    // Titles
    public static let reportProgressTitle = Message(zh: "安全诚信企业创建活动进度报表", en: "Safety-Integrity Enterprise campaign: progress")
    public static let reportOverdueTitle = Message(zh: "逾期企业名单", en: "Overdue enterprises")
    public static let reportCriteriaTitle = Message(zh: "不符合率最高的条件", en: "Criteria that fail most")
    public static let reportAssessmentTitle = Message(zh: "创建任务考核情况", en: "Assessment of the year's tasks")

    public static func reportSubtitle(city: String, year: Int, day: Day, grouping: Message?) -> Message {
        let by = grouping.map { Message(zh: " · 按\($0.zh)", en: " · by \($0.en)") } ?? Message(zh: "", en: "")
        return Message(zh: "\(city) \(year)年 · 截至 \(day)\(by.zh)", en: "\(city) \(year) · as of \(day)\(by.en)")
    }

    public static func reportGrouping(_ grouping: ReportGrouping) -> Message {
        switch grouping {
        case .owner: Message(zh: "县区和部门", en: "jurisdiction and department")
        case .jurisdiction: Message(zh: "县区", en: "jurisdiction")
        case .department: Message(zh: "部门", en: "department")
        case .industry: Message(zh: "行业", en: "industry")
        case .tier: Message(zh: "类别", en: "tier")
        }
    }

    // Progress
    public static let reportColumnGroup = Message(zh: "单位", en: "group")
    public static let reportColumnKind = Message(zh: "类型", en: "kind")
    public static let reportKindJurisdiction = Message(zh: "县区", en: "jurisdiction")
    public static let reportKindDepartment = Message(zh: "部门", en: "department")
    public static let reportColumnQuotaPerTier = Message(zh: "任务 标/规/问", en: "quota std/norm/prob")
    public static let reportColumnQuota = Message(zh: "任务数", en: "quota")
    public static let reportColumnFinished = Message(zh: "完成", en: "finished")
    public static let reportColumnFinishedShare = Message(zh: "完成率", en: "done")
    public static let reportColumnBar = Message(zh: "完成进度", en: "progress")
    public static let reportSectionProgress = Message(zh: "各单位进度", en: "Progress per group")
    public static let reportSectionBars = Message(zh: "完成情况对照任务数", en: "Finished against quota")
    public static let reportReachedNote = Message(
        zh: "阶段列为已达到该阶段及以后的企业数（--stages current：当前处于该阶段的企业数）。完成 = 标准化、规范化企业验收合格及以后且未撤销称号，问题型企业验收销账及以后；完成率 = 完成 ÷ 任务数。县区行计属地企业，部门行计该部门负责的市直和省属以上企业；全市行计全部企业一次。",
        en: "Stage columns count enterprises that have reached the stage or gone beyond (--stages current: those at the stage now). Finished = standardized and normalized enterprises accepted or beyond with their title, problem enterprises closed or beyond; done = finished ÷ quota. A jurisdiction row counts its 属地 (local) enterprises, a department row the 市直 and 省属以上 enterprises it is responsible for; the city row counts every enterprise once.")
    public static let reportCurrentNote = Message(
        zh: "阶段列为当前处于该阶段的企业数。完成 = 标准化、规范化企业验收合格及以后且未撤销称号，问题型企业验收销账及以后；完成率 = 完成 ÷ 任务数。",
        en: "Stage columns count enterprises at the stage now. Finished = standardized and normalized enterprises accepted or beyond with their title, problem enterprises closed or beyond; done = finished ÷ quota.")
    public static let reportBarLegendListed = Message(zh: "已列入", en: "listed")
    public static let reportBarLegendFinished = Message(zh: "已完成", en: "finished")
    public static let reportBarLegendQuota = Message(zh: "任务数", en: "quota")
    public static let reportBarsNote = Message(zh: "深色：已完成；浅色：已列入；竖线：任务数。", en: "Dark: finished; light: listed; line: quota.")

    public static func reportBarCaption(finished: Int, listed: Int, quota: Int?) -> Message {
        guard let quota else { return Message(zh: "完成 \(finished) · 列入 \(listed)", en: "finished \(finished) · listed \(listed)") }
        return Message(zh: "完成 \(finished) · 列入 \(listed) · 任务 \(quota)", en: "finished \(finished) · listed \(listed) · quota \(quota)")
    }

    // Overdue
    public static let reportSectionOverdueSummary = Message(zh: "各单位逾期企业数", en: "Overdue enterprises per group")
    public static let reportColumnCode = Message(zh: "统一社会信用代码", en: "credit code")
    public static let reportColumnName = Message(zh: "企业名称", en: "name")
    public static let reportColumnTier = Message(zh: "类别", en: "tier")
    public static let reportColumnStage = Message(zh: "阶段", en: "stage")
    public static let reportColumnNextStep = Message(zh: "下一步", en: "next step")
    public static let reportColumnDue = Message(zh: "应完成日期", en: "due")
    public static let reportColumnDaysOverdue = Message(zh: "逾期天数", en: "days overdue")
    public static let reportColumnDepartment = Message(zh: "责任部门", en: "department")
    public static let reportColumnPerson = Message(zh: "责任人", en: "person")
    public static let reportColumnPhone = Message(zh: "联系电话", en: "phone")
    public static let reportColumnJurisdiction = Message(zh: "县区", en: "jurisdiction")
    public static let reportNoOverdue = Message(zh: "没有逾期企业。", en: "No enterprise is overdue.")
    public static let reportOverdueNote = Message(
        zh: "逾期 = 下一步骤的应完成日期已过（问题型企业的申请验收以其整改期限为准）；撤销称号的企业不再督办。",
        en: "Overdue = the due date of the next step has passed (a problem enterprise's application is due by its own rectification deadline); enterprises whose title was revoked are not chased.")

    // Criteria
    public static let reportColumnCriterion = Message(zh: "编号", en: "id")
    public static let reportColumnCriterionTitle = Message(zh: "条件", en: "criterion")
    public static let reportColumnChecked = Message(zh: "已评定", en: "with verdict")
    public static let reportColumnUnmet = Message(zh: "不符合", en: "unmet")
    public static let reportColumnUnmetShare = Message(zh: "不符合率", en: "unmet share")
    public static let reportCriteriaNote = Message(
        zh: "已评定 = 该类别中对此条件评为“符合”或“不符合”的企业数（不适用和未检查不计）；不符合率 = 不符合 ÷ 已评定。按不符合数、不符合率排序。",
        en: "With verdict = enterprises of the tier with a met or unmet verdict on the criterion (not applicable and unchecked left out); unmet share = unmet ÷ with verdict. Sorted by unmet, then share.")
    public static let reportCriteriaBarsNote = Message(zh: "条长：不符合的企业数；右侧：不符合 / 已评定（不符合率）。", en: "Bar: enterprises with an unmet verdict; right: unmet / with verdict (share).")

    public static func reportTierSection(_ tier: Tier) -> Message {
        Message(zh: tier.label.zh, en: tier.label.en + " enterprises")
    }

    // Assessment
    public static let reportColumnYear = Message(zh: "全年任务", en: "year")
    public static let reportColumnEligibility = Message(zh: "评先资格", en: "award eligibility")
    public static let reportColumnOpen = Message(zh: "未到期待办", en: "open, not yet due")
    public static let reportColumnStep = Message(zh: "步骤", en: "step")
    public static let reportColumnItem = Message(zh: "未完成事项", en: "what is missing")
    public static let reportColumnReached = Message(zh: "实际完成", en: "done on")
    public static let reportSectionSteps = Message(zh: "各单位步骤完成情况", en: "Steps per office")
    public static let reportSectionMissed = Message(zh: "未按期完成事项（取消评先资格的依据）", en: "Missed tasks (why eligibility is lost)")
    public static let reportNothingMissed = Message(zh: "没有未按期完成的事项。", en: "Nothing was missed.")
    public static let reportNotDone = Message(zh: "未完成", en: "not done")
    public static let reportAssessmentNote = Message(
        zh: "步骤1：各类别按任务数于截止日前列入名单；步骤2、3、4、6：本单位每家企业于截止日前签订承诺书、制定方案、申请验收（问题型企业以整改期限为准）、验收合格或销账。步骤5、7、8为市级任务（示范观摩、公示、授牌和通报），列在全市行。任何一项逾期未完成即全年任务未完成，取消评先资格。",
        en: "Step 1: each tier's quota listed by the due date; steps 2, 3, 4, 6: every enterprise of the office committed, planned, applied (a problem enterprise by its own rectification deadline), and accepted or closed by the due date. Steps 5, 7, 8 are the city's tasks (demonstration visits, public notice, awards and announcements), shown on the city row. One task missed means the year's tasks are incomplete and the office loses its eligibility for awards.")

    public static func reportStepStatus(_ status: StepStatus) -> Message {
        switch status {
        case .done: Message(zh: "✓ 按期完成", en: "✓ done")
        case .missed: Message(zh: "✗ 未按期", en: "✗ missed")
        case .notYetDue: Message(zh: "未到期", en: "not yet due")
        case .noTask: Message(zh: "—", en: "—")
        case .cityTask: Message(zh: "市级", en: "city")
        }
    }

    public static func reportYearStatus(_ status: YearStatus) -> Message {
        switch status {
        case .complete: Message(zh: "✓ 完成", en: "✓ complete")
        case .incomplete: Message(zh: "✗ 未完成", en: "✗ incomplete")
        case .pending: Message(zh: "进行中", en: "in progress")
        }
    }

    public static func reportEligibility(_ status: YearStatus) -> Message {
        switch status {
        case .complete: Message(zh: "保留", en: "kept")
        case .incomplete: Message(zh: "取消", en: "lost")
        case .pending: Message(zh: "待定", en: "open")
        }
    }

    /// Short names of the 8 things of the year for narrow column headers.
    public static func reportStepShort(_ number: Int) -> Message? {
        switch number {
        case 1: Message(zh: "名单", en: "lists")
        case 2: Message(zh: "承诺", en: "commit")
        case 3: Message(zh: "方案", en: "plans")
        case 4: Message(zh: "实施", en: "work")
        case 5: Message(zh: "观摩", en: "demo")
        case 6: Message(zh: "验收", en: "accept")
        case 7: Message(zh: "公示", en: "notice")
        case 8: Message(zh: "授牌", en: "awards")
        default: nil
        }
    }

    public static func reportMissingQuota(_ tier: Tier, listed: Int, quota: Int) -> Message {
        Message(zh: "\(tier.shortLabel.zh)名单列入 \(listed) 家，任务 \(quota) 家", en: "\(tier.label.en): \(listed) listed of a quota of \(quota)")
    }

    public static func reportMissingSector(_ sector: String) -> Message {
        Message(zh: "\(sector)示范观摩点未确定", en: "no demonstration site for \(sector)")
    }

    public static let reportMissingRectifiedSite = Message(zh: "整治经验交流企业未确定", en: "no well-rectified enterprise for the experience meeting")

    public static func reportMissingEnterprise(_ name: String, action: Message) -> Message {
        Message(zh: "\(name)：\(action.zh)", en: "\(name): \(action.en)")
    }

    // Errors
    public static func reportCannotWrite(_ path: String, _ reason: String) -> Message {
        Message(zh: "无法写入 \(path)：\(reason)。请检查目录是否存在、是否有写权限", en: "cannot write \(path): \(reason). Check that the directory exists and is writable")
    }

    public static func reportWritten(_ path: String) -> Message {
        Message(zh: "已写入 \(path)", en: "written to \(path)")
    }
}
