/// What anxin says about campaign years: the rollover, its proposals, reading a finished year.
extension Catalog {
    public static func eventCarried(_ year: Int) -> Message {
        Message(zh: "转入\(year)年度（重新列入名单）", en: "carried into campaign year \(year) (listed anew)")
    }

    public static func badCampaignYear(_ text: String) -> Message {
        Message(zh: "“\(text)”不是年度（应为四位年份，如 \"2025\"）", en: "\"\(text)\" is not a campaign year (expected four digits, e.g. \"2025\")")
    }

    public static func rolloverCityOfficeOnly(office: String, cityOffice: String) -> Message {
        Message(zh: "年度滚动只能由\(cityOffice)办理（当前单位：\(office)）；请用 anxin whoami --office \(cityOffice) 的身份操作",
                en: "only \(cityOffice) may roll the campaign over (you act for \(office)); act as anxin whoami --office \(cityOffice)")
    }

    public static func carryWrongYear(_ year: Int, campaignYear: Int) -> Message {
        Message(zh: "不能转入\(year)年度：当前活动年度是\(campaignYear)年", en: "cannot carry into \(year): the campaign year is \(campaignYear)")
    }

    public static func alreadyCarried(_ name: String, year: Int) -> Message {
        Message(zh: "\(name)已转入\(year)年度", en: "\(name) is already carried into \(year)")
    }

    public static func noSuchCampaignYear(_ year: Int, known: [Int]) -> Message {
        Message(zh: "没有\(year)年度的数据；可查看的年度：\(known.map(String.init).joined(separator: "、"))",
                en: "no campaign year \(year) here; years you can read: \(known.map(String.init).joined(separator: ", "))")
    }

    public static func finishedYearReadOnly(_ year: Int, current: Int?) -> Message {
        let zh = current.map { "（当前年度 \($0)）" } ?? "", en = current.map { " (current year \($0))" } ?? ""
        return Message(zh: "\(year)年度已结束，只能查看；要记录请去掉 --year\(zh)",
                       en: "campaign year \(year) is finished and read-only; drop --year to record\(en)")
    }

    public static func archiveDiffers(_ path: String) -> Message {
        Message(zh: "\(path) 已存在且与当前配置不同：不覆盖已结束年度的配置。请核对后手工处理",
                en: "\(path) exists and differs from the current configuration: a finished year's configuration is never overwritten; check it by hand")
    }

    public static func rolloverOneYearAtATime(current: Int, asked: Int) -> Message {
        Message(zh: "年度滚动一次只能进一年：当前是\(current)年度，请用 --year \(current + 1)（不能转入\(asked)年）",
                en: "the campaign rolls over one year at a time: it is \(current) now, use --year \(current + 1) (not \(asked))")
    }

    public static func rolloverDone(carried: Int, year: Int, archive: String) -> Message {
        Message(zh: "已开始\(year)年度：\(carried) 家企业转入新年度（重新列入名单）；上一年度的配置保存在 \(archive)，可用 --year \(year - 1) 查看",
                en: "campaign year \(year) started: \(carried) enterprises carried over (listed anew); last year's configuration is kept in \(archive), read it with --year \(year - 1)")
    }

    public static func rolloverDryRun(carry: Int, year: Int) -> Message {
        Message(zh: "（试运行，未写入）将把 \(carry) 家企业转入\(year)年度，改写 campaign.yaml 的日期，并提出以下建议：",
                en: "(dry run, nothing written) would carry \(carry) enterprises into \(year), move campaign.yaml's dates, and propose:")
    }

    public static func proposalsHeader(_ count: Int, year: Int) -> Message {
        Message(zh: "\(year)年度待确认的类别调整建议 \(count) 项：", en: "\(count) proposals for \(year) to confirm:")
    }

    public static let noProposals = Message(zh: "没有待确认的类别调整建议", en: "no proposals to confirm")

    public static let proposalsHint = Message(zh: "确认：anxin rollover --confirm 代码（可重复）或 anxin rollover --confirm-all",
                                              en: "confirm: anxin rollover --confirm CODE (repeatable) or anxin rollover --confirm-all")

    public static func proposalMove(_ move: TierProposal.Move) -> Message {
        switch move {
        case let .promote(tier): Message(zh: "建议列为\(tier.label.zh)", en: "move to \(tier.label.en)")
        case .keepUnderSupervision: Message(zh: "保持重点监管", en: "keep under key supervision")
        }
    }

    public static func proposalReason(_ finished: YearResult, revokedOrBlacklisted: Bool) -> Message {
        if revokedOrBlacklisted {
            return Message(zh: "被撤销称号或列入黑名单", en: "title revoked or blacklisted")
        }
        return Message(zh: "\(finished.year)年度：\(finished.tier.shortLabel.zh)·\(finished.stage.label(for: finished.tier).zh)",
                       en: "\(finished.year): \(finished.tier.shortLabel.en), \(finished.stage.label(for: finished.tier).en)")
    }

    public static let keepUnderSupervisionReason = Message(zh: "上一年度被撤销称号或列入黑名单，转入新年度后继续重点监管",
                                                           en: "title revoked or blacklisted last year: stays under key supervision in the new year")

    public static func notProposed(_ text: String) -> Message {
        Message(zh: "“\(text)”没有待确认的建议（anxin rollover --proposals 查看）",
                en: "\"\(text)\" has no proposal to confirm (see anxin rollover --proposals)")
    }

    public static func proposalsConfirmed(_ count: Int) -> Message {
        Message(zh: "已确认 \(count) 项建议", en: "confirmed \(count) proposals")
    }

    public static let rolloverModeNeeded = Message(
        zh: "请指定一项：--year 年份（开始新年度）、--proposals（查看建议）、--confirm 代码 或 --confirm-all",
        en: "say one of: --year YEAR (start the next year), --proposals (list), --confirm CODE or --confirm-all")


    public static let proposalColumns = [
        Message(zh: "统一社会信用代码", en: "credit code"), Message(zh: "企业名称", en: "name"),
        Message(zh: "县区", en: "jurisdiction"), Message(zh: "建议", en: "proposal"), Message(zh: "依据", en: "because"),
    ]
}

/// The TUI's next-year menu.
extension Catalog {
    public static func tuiNextYearTitle(_ year: Int) -> Message {
        Message(zh: "下一年度（当前 \(year) 年度）", en: "Next year (now \(year))")
    }

    public static func tuiConfirmAllProposals(_ count: Int) -> Message {
        Message(zh: "全部确认（\(count) 项建议）", en: "confirm all (\(count) proposals)")
    }

    public static func tuiStartYear(_ year: Int) -> Message {
        Message(zh: "开始 \(year) 年度…", en: "start campaign year \(year)…")
    }

    public static let tuiStartYearDetail = Message(zh: "保存本年度配置，日期顺延，名单转入新年度",
                                                   en: "keeps this year, moves the dates, carries the roster")

    public static func tuiStartYearConfirm(_ year: Int) -> Message {
        Message(zh: "确认开始 \(year) 年度（名单全部转入新年度）", en: "yes, start \(year) (carry the whole roster over)")
    }

    public static let tuiCancel = Message(zh: "取消", en: "cancel")

    public static func tuiYearStarted(_ year: Int, carried: Int) -> Message {
        Message(zh: "已开始 \(year) 年度：\(carried) 家企业转入新年度；按 Y 确认类别调整建议",
                en: "campaign year \(year) started: \(carried) enterprises carried over; press Y to confirm the tier proposals")
    }
}
