import AnxinCore
import AnxinStore
import ArgumentParser

/// `anxin rollover`: starts the next campaign year (seed §一: 年年进位，年年升级) and confirms its tier proposals.
struct RolloverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollover",
        abstract: "开始下一年度并确认类别调整 · Start the next campaign year and confirm its tier moves.",
        discussion: """
        anxin rollover --year 2025：保存本年度配置（years/2024/），日期顺延一年，名单全部转入新年度（重新列入名单），并列出升级建议。
        anxin rollover --proposals：列出待确认的建议；--confirm 代码（可重复）或 --confirm-all 确认。只有市安委办可以操作。

        anxin rollover --year 2025 keeps this year's configuration (years/2024/), moves the dates on by a year, carries the roster into the new year (listed anew) and lists the proposed tier moves. --proposals lists the pending ones; --confirm CODE (repeatable) or --confirm-all confirms them. City office only.
        """)

    @Flag(name: .customLong("dry-run"), help: "只显示将做什么，不写入 · Show what would happen; write nothing.")
    var dryRun = false
    @Flag(help: "列出待确认的建议 · List the proposals still to confirm.") var proposals = false
    @Option(help: ArgumentHelp("确认一项建议（代码或名称，可重复）· Confirm one proposal (code or name; repeatable).", valueName: "CODE"))
    var confirm: [String] = []
    @Flag(name: .customLong("confirm-all"), help: "确认全部建议 · Confirm every proposal.") var confirmAll = false
    @Option(help: ArgumentHelp("输出格式 · Output format.", valueName: "table|json")) var format: OutputFormat = .table

    /// `--year` is the shared option: here it names the year to start.
    @OptionGroup var options: GlobalOptions

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

    func validate() throws {
        let modes = [year != nil, proposals, !confirm.isEmpty || confirmAll].filter { $0 }.count
        if modes != 1 { throw ValidationError(Catalog.rolloverModeNeeded.en) }
        if !confirm.isEmpty && confirmAll { throw ValidationError("--confirm and --confirm-all: say one of them") }
        if dryRun && year == nil { throw ValidationError("--dry-run goes with --year") }
    }

    private var year: Int? { options.year }

    /// The shared options, without `--year` (here it names the year to start, not a year to read).
    private var global: GlobalOptions {
        var global = options
        global.year = nil
        return global
    }

    func run() throws {
        let context = CommandContext(global)
        if let year {
            try startYear(year, context)
        } else if proposals {
            let store = try context.openStore()
            let state = store.load().state
            show(RolloverPlanner.proposals(in: state), year: state.config.year, context)
        } else {
            try confirmProposals(context)
        }
    }

    private func startYear(_ year: Int, _ context: CommandContext) throws {
        let store = try context.openStore()
        if dryRun {
            let resuming = try YearStart.check(year, store: store, context: context)
            let state = store.load().state
            let carry = resuming ? YearStart.toCarry(state, into: year).count : state.activeCount
            context.say(Catalog.rolloverDryRun(carry: carry, year: year))
            show(resuming ? RolloverPlanner.proposals(in: state) : RolloverPlanner.preview(in: state), year: year, context)
            return
        }
        let outcome = try YearStart.run(year, store: store, context: context)
        context.say(Catalog.rolloverDone(carried: outcome.carried, year: year,
                                         archive: Store.archiveDirectory(outcome.store.directory, year: year - 1)))
        show(outcome.proposals, year: year, context)
    }

    private func confirmProposals(_ context: CommandContext) throws {
        let store = try context.openStore()
        try YearStart.requireCityOffice(store, context)
        let session = try context.beginWriting(store)
        defer { session.close() }
        let pending = RolloverPlanner.proposals(in: session.state)
        var chosen: [TierProposal] = []
        if confirmAll {
            chosen = pending
        } else {
            for text in confirm {
                let record = try EnterpriseResolver.resolve(text, in: session.state)
                guard let proposal = pending.first(where: { $0.code == record.code }) else {
                    throw CLIFailure(Catalog.notProposed(text))
                }
                if !chosen.contains(where: { $0.code == proposal.code }) { chosen.append(proposal) }
            }
        }
        let today = context.today(for: store)
        let actions = chosen.map { proposal -> (payload: EventPayload, code: CreditCode) in
            switch proposal.move {
            case let .promote(tier):
                var change = ProfileChange()
                change.tier = tier
                return (.edited(change), proposal.code)
            case .keepUnderSupervision:
                return (.marked(MarkDetails(mark: .supervised, reason: Catalog.keepUnderSupervisionReason.text(context.language),
                                            date: today)), proposal.code)
            }
        }
        do {
            try session.recordAll(actions, now: context.now(), today: today)
        } catch {
            throw CLIFailure(error.message)
        }
        context.say(Catalog.proposalsConfirmed(actions.count))
    }

    private func show(_ proposals: [TierProposal], year: Int, _ context: CommandContext) {
        let language = context.language
        if format == .json {
            print(JSONOut.array(proposals.map { proposal in
                var move = "keep-supervised", tier = proposal.tier.rawValue
                if case let .promote(target) = proposal.move { move = "promote"; tier = target.rawValue }
                return .object([
                    ("code", .string(proposal.code.value)), ("name", .string(proposal.name)),
                    ("jurisdiction", .string(proposal.jurisdiction)), ("tier", .string(proposal.tier.rawValue)),
                    ("move", .string(move)), ("to", .string(tier)),
                    ("finished_year", .int(proposal.finished.year)), ("finished_stage", .string(proposal.finished.stage.rawValue)),
                ])
            }).rendered())
            return
        }
        guard !proposals.isEmpty else { return context.say(Catalog.noProposals) }
        context.say(Catalog.proposalsHeader(proposals.count, year: year))
        let titles = Catalog.proposalColumns.map { $0.text(language) }
        let table = Table(columns: zip(titles, [18, 28, 12, 18, 30]).map { Table.Column(title: $0, width: $1) })
        print(table.header())
        for proposal in proposals {
            let marked = proposal.move == .keepUnderSupervision
            print(table.line([proposal.code.value, proposal.name, proposal.jurisdiction,
                              Catalog.proposalMove(proposal.move).text(language),
                              Catalog.proposalReason(proposal.finished, revokedOrBlacklisted: marked).text(language)]))
        }
        context.say(Catalog.proposalsHint)
    }
}
