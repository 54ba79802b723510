import AnxinCore
import AnxinStore
import ArgumentParser

struct TickCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tick",
        abstract: "评定一个检查项 · Record a verdict on one criterion: met, unmet, na (not applicable) or clear.",
        discussion: "N05 分厂级、车间、班组、岗位四个层级，不带 --level 则四级同时评定 · N05 has four levels; without --level the verdict applies to all four.")

    @Argument(help: ArgumentHelp("企业代码或名称片段 · Credit code, or a unique part of the name.", valueName: "CODE"))
    var enterprise: String
    @Argument(help: ArgumentHelp("检查项编号 · Criterion id, e.g. N05.", valueName: "CRITERION"))
    var criterion: String
    @Argument(help: ArgumentHelp("met (符合) | unmet (不符合) | na (不适用) | clear (撤销)", valueName: "VERDICT"))
    var verdict: String
    @Option(help: ArgumentHelp("层级 · Level of N05: 厂级|车间|班组|岗位 (plant|workshop|team|post).", valueName: "LEVEL"))
    var level: String?
    @Option(help: ArgumentHelp("现场情况备注 · A note on what you saw.", valueName: "TEXT"))
    var note: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if verdict.lowercased() != "clear" && verdict != "撤销" {
            guard let parsed = Verdict(token: verdict), parsed != .unchecked else {
                throw ValidationError("VERDICT: \"\(verdict)\" is not one of: met (符合), unmet (不符合), na (不适用), clear (撤销)")
            }
        }
        if let level { let _: CheckLevel = try parseTerm(level, "--level") }
    }

    func run() throws {
        let context = CommandContext(global)
        let id = CriterionID(criterion)
        let checkLevel: CheckLevel? = try level.map { try parseTerm($0, "--level") }
        let payload: EventPayload
        if verdict.lowercased() == "clear" || verdict == "撤销" {
            payload = .cleared(criterion: id, level: checkLevel)
        } else {
            payload = .ticked(Tick(criterion: id, level: checkLevel, verdict: try parseTerm(verdict, "VERDICT"),
                                   note: note?.trimmed.nilIfEmpty))
        }
        let done = try context.change(enterprise) { _, _ in payload }
        context.say(Catalog.tickedDone(done.after.profile.name, criterion: id.value,
                                       progress: done.after.progress(in: done.store.catalog)))
    }
}
