import AnxinCore
import AnxinStore
import ArgumentParser

struct MarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark",
        abstract: "设置或移除标记 · Set or remove a mark: demo (示范观摩点), revoke (撤销称号), supervise (重点监管), blacklist (黑名单).",
        discussion: """
        revoke 须 --cause fatal-accident|integrity-breach；blacklist 须 --cause hazard|resisting|accident，事故须
        --accident-grade 较大|重大|特别重大。黑名单期限默认3年，满12个月后方可提前移出。
        revoke needs --cause fatal-accident|integrity-breach; blacklist needs --cause hazard|resisting|accident, and an
        accident needs --accident-grade larger|major|especially-major. The blacklist term is 3 years by default; early
        removal is possible after 12 months.
        """)

    @Argument(help: ArgumentHelp("企业代码或名称片段 · Credit code, or a unique part of the name.", valueName: "CODE"))
    var enterprise: String
    @Argument(help: ArgumentHelp("demo|revoke|supervise|blacklist", valueName: "MARK"))
    var mark: String
    @Flag(help: "移除标记 · Remove the mark instead of setting it.") var remove = false
    @Option(help: ArgumentHelp("原因 · The reason.", valueName: "TEXT")) var reason: String?
    @Option(help: ArgumentHelp("原因类别 · The cause (see above).", valueName: "CAUSE")) var cause: String?
    @Option(name: .customLong("accident-grade"), help: ArgumentHelp("事故等级 · Accident grade: 一般|较大|重大|特别重大.", valueName: "GRADE"))
    var accidentGrade: String?
    @Option(help: ArgumentHelp("生效日期，默认今天 · The day it takes effect (default: today).", valueName: "YYYY-MM-DD"))
    var date: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        let parsed: Mark = try parseTerm(mark, "MARK")
        if let date { _ = try parseDay(date, "--date") }
        if let accidentGrade { let _: AccidentGrade = try parseTerm(accidentGrade, "--accident-grade") }
        if let cause {
            if parsed == .revoked { let _: RevocationCause = try parseTerm(cause, "--cause") }
            else if parsed == .blacklisted { let _: BlacklistCause = try parseTerm(cause, "--cause") }
        }
        if reason?.trimmed.isEmpty ?? true { throw ValidationError("--reason: give the reason / 请写明原因") }
    }

    func run() throws {
        let context = CommandContext(global)
        let which: Mark = try parseTerm(mark, "MARK")
        let effective = try date.map { try parseDay($0, "--date") }
        let text = reason?.trimmed ?? ""
        let blacklistCause: BlacklistCause? = which == .blacklisted ? try cause.map { try parseTerm($0, "--cause") } : nil
        let revocationCause: RevocationCause? = which == .revoked ? try cause.map { try parseTerm($0, "--cause") } : nil
        let grade: AccidentGrade? = try accidentGrade.map { try parseTerm($0, "--accident-grade") }
        let done = try context.change(enterprise) { _, store in
            let day = effective ?? context.today(for: store)
            if remove { return .unmarked(mark: which, reason: text, date: day) }
            return .marked(MarkDetails(mark: which, reason: text, blacklistCause: blacklistCause,
                                       revocationCause: revocationCause, accidentGrade: grade, date: day))
        }
        context.say(remove ? Catalog.unmarkedDone(done.before.profile.name, mark: which.label)
                           : Catalog.markedDone(done.before.profile.name, mark: which.label))
    }
}
