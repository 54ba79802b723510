import AnxinCore
import AnxinStore
import ArgumentParser

struct ResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "处理一处冲突 · Settle a conflict: keep what is in force, keep the other side, or give a new verdict.",
        discussion: """
        对象：检查项编号（N05 或 N05/workshop）、stage（阶段）、profile（名录）或标记（如 blacklist）。
        不带选项：确认当前生效的一方。--keep 事件号：保留另一方（仅检查项）。--verdict：给出新的结论（仅检查项）。
        处理结果记为一条新事件，其他电脑同步后冲突随之消失。
        SUBJECT: a criterion id (N05, or N05/workshop), stage, profile, or a mark (e.g. blacklist).
        Without an option the side in force is confirmed. --keep EVENT_ID keeps the other side (criteria only); --verdict records a new verdict (criteria only). The settlement is a new event: the conflict disappears on every laptop after its next sync.
        """)

    @Argument(help: ArgumentHelp("企业代码或名称片段 · Credit code, or a unique part of the name.", valueName: "CODE"))
    var enterprise: String
    @Argument(help: ArgumentHelp("冲突的对象 · The subject in conflict: N05, N05/workshop, stage, profile, blacklist…", valueName: "SUBJECT"))
    var subject: String
    @Option(help: ArgumentHelp("保留这一方（anxin conflicts 中的事件号） · Keep this event of the pair (ids from anxin conflicts).", valueName: "EVENT_ID"))
    var keep: String?
    @Option(help: ArgumentHelp("改为新的结论 · Record this verdict instead: met|unmet|na|clear.", valueName: "VERDICT"))
    var verdict: String?
    @Option(help: ArgumentHelp("备注 · A note for the new verdict.", valueName: "TEXT"))
    var note: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if keep != nil && verdict != nil { throw ValidationError("--keep and --verdict: give one of them") }
        if let keep, EventID(keep) == nil { throw ValidationError("--keep: \"\(keep)\" is not an event id (26 characters, from anxin conflicts)") }
        if let verdict, verdict.lowercased() != "clear", verdict != "撤销" {
            guard let parsed = Verdict(token: verdict), parsed != .unchecked else {
                throw ValidationError("--verdict: \"\(verdict)\" is not one of: met (符合), unmet (不符合), na (不适用), clear (撤销)")
            }
        }
    }

    func run() throws {
        let context = CommandContext(global)
        let store = try context.openStore()
        guard let subject = SubjectArgument.parse(self.subject, catalog: store.catalog) else {
            throw CLIFailure.usage(Catalog.badSubjectArgument(self.subject))
        }
        let keepID = keep.flatMap { EventID($0) }
        // The event to keep is read before the lock is taken (a second read of the journal).
        let kept = keepID.flatMap { id in store.load(LoadOptions(collect: { $0.id == id })).collected.first?.event }
        let session = try context.beginWriting(store)
        defer { session.close() }
        let record = try EnterpriseResolver.resolve(enterprise, in: session.state)
        guard let conflict = session.state.conflicts[record.code, subject] else {
            throw CLIFailure(Catalog.noConflictOn(subject.argumentText, enterprise: record.profile.name))
        }
        if let keepID, !conflict.involves(keepID) {
            throw CLIFailure(Catalog.keepNotInConflict(keepID.description, kept: conflict.kept.description,
                                                       other: conflict.overridden.description))
        }
        let inForce = session.state.lastEvent(for: record.code, subject: subject)
        let replacement = try replacement(for: subject, keeping: kept, inForce: inForce)
        // `other` names the side not in force afterwards: the overridden one, or (after a replacement) the one
        // replaced. The replacement and the settlement are one durable append: both or neither.
        let other = replacement == nil && conflict.kept == inForce ? conflict.overridden : conflict.kept
        let actions = (replacement.map { [($0, record.code)] } ?? []) + [(EventPayload.resolved(subject: subject, other: other), record.code)]
        do {
            try session.recordAll(actions.map { (payload: $0.0, code: $0.1) }, now: context.now(), today: context.today(for: store))
        } catch {
            throw CLIFailure(error.message)
        }
        context.say(Catalog.conflictSettled(subject.argumentText, enterprise: record.profile.name))
    }

    /// The event that puts the chosen side in force, when it is not already: the kept side's verdict again,
    /// or the new verdict. Only a criterion's side can be recorded again.
    private func replacement(for subject: Subject, keeping kept: Event?, inForce: EventID?) throws -> EventPayload? {
        if let verdict {
            guard case let .criterion(id, level) = subject else { throw CLIFailure(Catalog.keepOnlyForCriteria) }
            if verdict.lowercased() == "clear" || verdict == "撤销" { return .cleared(criterion: id, level: level) }
            return .ticked(Tick(criterion: id, level: level, verdict: try parseTerm(verdict, "--verdict"), note: note?.trimmed.nilIfEmpty))
        }
        guard let kept, kept.id != inForce else { return nil }
        switch kept.payload {
        case .ticked, .cleared: return kept.payload
        default: throw CLIFailure(Catalog.keepOnlyForCriteria)
        }
    }
}
