/// Refusals of the campaign's rules, each saying why and what to do.
extension Catalog {
    static func list(_ names: [String]) -> String { names.joined(separator: "、") }
    static func listEN(_ names: [String]) -> String { names.joined(separator: ", ") }

    public static func invalidCreditCode(_ code: String, _ problem: CreditCode.Problem) -> Message {
        switch problem {
        case let .wrongLength(count):
            return Message(zh: "统一社会信用代码“\(code)”应为18位，实为\(count)位",
                           en: "credit code \"\(code)\" must have 18 characters, it has \(count)")
        case let .invalidCharacter(character, position):
            return Message(zh: "统一社会信用代码“\(code)”第\(position)位“\(character)”不是有效字符（可用0-9及A-H、J-N、P、Q、R、T、U、W、X、Y）",
                           en: "credit code \"\(code)\": character \(position) \"\(character)\" is not allowed (use 0-9 and A-H J-N P Q R T U W X Y)")
        case let .wrongCheckCharacter(expected, found):
            return Message(zh: "统一社会信用代码“\(code)”校验位应为“\(expected)”而非“\(found)”，请核对代码是否抄错",
                           en: "credit code \"\(code)\": the check character should be \"\(expected)\", not \"\(found)\"; check the code for a typo")
        }
    }

    public static func unknownOffice(_ office: String, known: [String]) -> Message {
        Message(zh: "未知的单位“\(office)”；请用 anxin whoami --office 设为：\(list(known))",
                en: "unknown office \"\(office)\"; set one with anxin whoami --office: \(listEN(known))")
    }

    public static func notListed(_ code: CreditCode) -> Message {
        Message(zh: "代码为 \(code) 的企业不在名单中；请先用 anxin add 列入",
                en: "no enterprise with code \(code) is listed; list it first with anxin add")
    }

    public static func enterpriseRemoved(_ name: String, reason: String) -> Message {
        Message(zh: "\(name)已移出创建活动（\(reason)）；如需恢复请重新列入",
                en: "\(name) was removed from the campaign (\(reason)); list it again to restore it")
    }

    public static let reasonRequired = Message(zh: "请用 --reason 写明原因", en: "give the reason with --reason")
    public static let noteEmpty = Message(zh: "备注不能为空", en: "the note is empty")
    public static let actionRemove = Message(zh: "移出名单", en: "remove from the roster")
    public static let actionEdit = Message(zh: "修改企业信息", en: "edit the roster line")
    public static let actionTick = Message(zh: "评定检查项", en: "tick criteria")

    public static func notAuthorized(office: String, action: Message, enterprise: String, allowed: [String]) -> Message {
        Message(zh: "\(office)无权对\(enterprise)执行“\(action.zh)”；有权的单位：\(list(allowed))",
                en: "\(office) may not \(action.en) for \(enterprise); offices that may: \(listEN(allowed))")
    }

    public static func alreadyListed(_ code: CreditCode, name: String) -> Message {
        Message(zh: "代码 \(code) 已在名单中（\(name)）；修改请用 anxin edit",
                en: "code \(code) is already listed (\(name)); use anxin edit to change it")
    }

    public static func notAuthorizedToList(office: String, allowed: [String]) -> Message {
        Message(zh: "\(office)无权列入此企业；可由以下单位列入：\(list(allowed))",
                en: "\(office) may not list this enterprise; these offices may: \(listEN(allowed))")
    }

    public static let nothingToEdit = Message(zh: "没有要修改的字段；例如 --name 新名称", en: "nothing to change; give a field, e.g. --name NEW")

    public static func tierFixedAfterCommitment(_ name: String, stage: Message) -> Message {
        Message(zh: "\(name)已处于“\(stage.zh)”阶段，本年度不能再改类别；类别调整在下一年度进行",
                en: "\(name) is already \(stage.en); its tier cannot change this year (tiers move at the next campaign year)")
    }

    public static let fieldName = Message(zh: "企业名称", en: "name")
    public static let fieldJurisdiction = Message(zh: "所属县区", en: "jurisdiction")
    public static let fieldIndustry = Message(zh: "行业", en: "industry")
    public static let fieldDepartment = Message(zh: "责任部门", en: "responsible department")
    public static let fieldPerson = Message(zh: "责任人", en: "responsible person")

    public static func missingFields(_ fields: [Message]) -> Message {
        Message(zh: "缺少：\(list(fields.map(\.zh)))", en: "missing: \(listEN(fields.map(\.en)))")
    }

    public static func unknownJurisdiction(_ name: String, known: [String]) -> Message {
        Message(zh: "未知的县区“\(name)”；可选：\(list(known))", en: "unknown jurisdiction \"\(name)\"; known: \(listEN(known))")
    }

    public static func unknownIndustry(_ name: String, known: [String]) -> Message {
        Message(zh: "未知的行业“\(name)”；可选：\(list(known))", en: "unknown industry \"\(name)\"; known: \(listEN(known))")
    }

    public static func unknownDepartment(_ name: String, known: [String]) -> Message {
        Message(zh: "未知的责任部门“\(name)”；可选：\(list(known))", en: "unknown responsible department \"\(name)\"; known: \(listEN(known))")
    }

    public static func municipalNeedsCityDepartment(_ department: String) -> Message {
        Message(zh: "市直企业的责任部门须为市政府有关部门，“\(department)”不是",
                en: "a municipal (市直) enterprise needs a city department as responsible department; \"\(department)\" is not one")
    }

    public static func standardizedNeedsKeyIndustry(_ industry: String, keys: [String]) -> Message {
        Message(zh: "标准化企业应在重点行业中培育，“\(industry)”不在其列：\(list(keys))",
                en: "standardized enterprises are cultivated in the key industries; \"\(industry)\" is not one of: \(listEN(keys))")
    }

    public static func unknownCriterion(_ id: String, known: [String]) -> Message {
        Message(zh: "未知的检查项“\(id)”；此企业的检查项：\(list(known))", en: "unknown criterion \"\(id)\"; this enterprise's criteria: \(listEN(known))")
    }

    public static func criterionNotOnChecklist(_ id: String, tier: Message, industry: String) -> Message {
        Message(zh: "检查项 \(id) 不在\(tier.zh)（\(industry)）的检查表中",
                en: "criterion \(id) is not on the checklist of a \(tier.en) enterprise (\(industry))")
    }

    public static func criterionHasNoLevels(_ id: String) -> Message {
        Message(zh: "检查项 \(id) 不分层级；请去掉 --level", en: "criterion \(id) has no levels; drop --level")
    }

    public static let useClear = Message(zh: "要撤销评定请用 clear", en: "to undo a verdict, use clear")

    public static func actionNotForTier(_ action: Message, tier: Message) -> Message {
        Message(zh: "\(tier.zh)没有“\(action.zh)”这一步", en: "\(tier.en) enterprises have no \(action.en) step")
    }

    public static func wrongStage(_ name: String, action: Message, stage: Message, needed: [Message]) -> Message {
        Message(zh: "\(name)当前为“\(stage.zh)”，“\(action.zh)”须在“\(list(needed.map(\.zh)))”阶段进行",
                en: "\(name) is \(stage.en); \(action.en) needs the stage \(listEN(needed.map(\.en)))")
    }

    public static func dateInFuture(_ date: Day, today: Day) -> Message {
        Message(zh: "日期 \(date) 晚于今天（\(today)）；只能记录已经发生的事", en: "the date \(date) is after today (\(today)); record only what has happened")
    }

    public static func dateBeforePreviousStep(_ date: Day, previous: Day) -> Message {
        Message(zh: "日期 \(date) 早于上一步的日期 \(previous)", en: "the date \(date) is before the previous step (\(previous))")
    }

    public static let deadlineRequired = Message(zh: "问题型企业签订整改承诺书须用 --deadline 规定整改时限",
                                                 en: "a problem enterprise's rectification letter needs a deadline (--deadline)")

    public static func deadlineNotAfterDate(_ deadline: Day, _ date: Day) -> Message {
        Message(zh: "整改时限 \(deadline) 须晚于签订日期 \(date)", en: "the deadline \(deadline) must come after the letter's date \(date)")
    }

    public static let planNeedsReferenceAndExpert = Message(
        zh: "制定方案须有方案编号（--ref）和至少一名专家（--expert）",
        en: "a plan needs its reference (--ref) and at least one expert (--expert)")

    public static func applyBlocked(_ blocking: [CriterionID]) -> Message {
        Message(zh: "尚有检查项未达到符合：\(list(blocking.map(\.value)))；全部适用项符合后方可申请验收",
                en: "criteria not yet met: \(listEN(blocking.map(\.value))); every applicable criterion must be met before applying")
    }

    public static func acceptBlocked(_ blocking: [CriterionID]) -> Message {
        Message(zh: "验收时仍有检查项未符合：\(list(blocking.map(\.value)))；应记为验收不合格（reject）",
                en: "criteria not met at acceptance: \(listEN(blocking.map(\.value))); record a failed acceptance (reject) instead")
    }

    public static let standardizedAcceptNeedsReference = Message(
        zh: "标准化企业按国家和省有关规定验收，须用 --ref 记录验收文号",
        en: "standardized enterprises are accepted under the national and provincial rules: record the reference with --ref")

    public static let rejectNeedsReasons = Message(zh: "验收不合格须用 --note 写明原因", en: "a failed acceptance needs its reasons (--note)")

    public static func spotCheckCityOnly(_ cityOffice: String) -> Message {
        Message(zh: "撤销已验收结果只能由\(cityOffice)抽查作出", en: "only \(cityOffice) may overturn an acceptance, by a spot check")
    }

    public static let spotCheckOnlyCountyAcceptances = Message(
        zh: "抽查针对县级验收；市安委办自己的验收不能以抽查撤销",
        en: "spot checks review county acceptances; the city office's own acceptance cannot be overturned this way")

    public static func titleRevoked(_ name: String) -> Message {
        Message(zh: "\(name)的称号已被撤销", en: "\(name)'s title has been revoked")
    }

    public static func alreadyMarked(_ name: String, mark: Message) -> Message {
        Message(zh: "\(name)已是“\(mark.zh)”", en: "\(name) already has the mark \(mark.en)")
    }

    public static func notMarked(_ name: String, mark: Message) -> Message {
        Message(zh: "\(name)没有“\(mark.zh)”标记", en: "\(name) does not have the mark \(mark.en)")
    }

    public static func revokeNeedsTitle(_ name: String, stage: Message) -> Message {
        Message(zh: "\(name)当前为“\(stage.zh)”，尚无称号可撤销（须已验收合格、公示或授牌）",
                en: "\(name) is \(stage.en) and holds no title to revoke (it must be accepted, publicized or awarded)")
    }

    public static let revocationCauseRequired = Message(
        zh: "撤销称号须用 --cause 说明：fatal-accident（亡人事故）或 integrity-breach（重大安全失信行为）",
        en: "a revocation needs --cause: fatal-accident or integrity-breach")

    public static let blacklistCauseRequired = Message(
        zh: "列入黑名单须用 --cause 说明：hazard（重大隐患逾期未整改）、resisting（抗拒执法检查）或 accident（较大以上事故）",
        en: "blacklisting needs --cause: hazard (major hazard not rectified in time), resisting (resisting enforcement) or accident (grade larger or worse)")

    public static let accidentGradeRequired = Message(
        zh: "事故原因须用 --accident-grade 注明事故等级：一般、较大、重大、特别重大",
        en: "an accident cause needs --accident-grade: ordinary, larger, major, especially-major")

    public static func accidentTooMinorForBlacklist(_ grade: Message) -> Message {
        Message(zh: "“\(grade.zh)”事故不构成列入黑名单的条件（须较大及以上）",
                en: "an accident of grade \(grade.en) does not qualify for the blacklist (larger or worse is needed)")
    }

    public static func blacklistTooEarly(since: Day, earliest: Day, months: Int) -> Message {
        Message(zh: "自 \(since) 列入黑名单未满\(months)个月，最早可于 \(earliest) 提前移出",
                en: "blacklisted since \(since): early removal is possible after \(months) months, from \(earliest)")
    }

    public static func demoNotForPenalized(_ name: String) -> Message {
        Message(zh: "\(name)已被撤销称号或列入黑名单，不能作为示范观摩点", en: "\(name) is revoked or blacklisted and cannot be a demonstration site")
    }

    public static func demoNeedsRectificationUnderway(_ name: String) -> Message {
        Message(zh: "\(name)尚未开始整治，不能作为整治经验交流企业", en: "\(name) has not started rectification and cannot be shown as well rectified")
    }

    public static func rectifiedDemoFull(limit: Int, taken: [String]) -> Message {
        Message(zh: "整治经验交流企业至多\(limit)家，已有：\(list(taken))", en: "at most \(limit) rectified enterprises are shown; already: \(listEN(taken))")
    }

    public static func demoSectorTaken(_ sector: String, taken: [String]) -> Message {
        Message(zh: "“\(sector)”已有示范观摩点：\(list(taken))；每个领域只选1家",
                en: "the sector \(sector) already has its demonstration site: \(listEN(taken)); one per sector")
    }
}
