/// Judges an event against the campaign's rules before it is recorded (and, in `anxin check`, each journal
/// event against the state it was folded onto). Returns nil when the event is allowed.
public struct Rulebook: Sendable {
    public let config: CampaignConfig
    public let catalog: CriteriaCatalog
    public let authority: Authority
    /// The day taken as today when an action is being recorded: effective dates after it are refused (a step or
    /// a mark cannot be dated in the future). nil when judging the journal's history (`anxin check`).
    public var today: Day?

    public init(config: CampaignConfig, catalog: CriteriaCatalog, today: Day? = nil) {
        self.config = config
        self.catalog = catalog
        self.authority = Authority(config: config)
        self.today = today
    }

    /// Refuses an effective date after today (when recording).
    func refusalForFuture(_ date: Day) -> Refusal? {
        guard let today, date > today else { return nil }
        return Refusal(Catalog.dateInFuture(date, today: today))
    }

    public func refusal(for event: Event, in state: CampaignState) -> Refusal? {
        refusal(for: event, at: state.position(of: event.enterprise), in: state)
    }

    /// The same, for a caller that has already found the enterprise's place in the roster (`position(of:)`).
    public func refusal(for event: Event, at position: Int?, in state: CampaignState) -> Refusal? {
        if case let .listed(profile) = event.payload {
            guard config.office(named: event.office) != nil else {
                return Refusal(Catalog.unknownOffice(event.office, known: config.officeNames))
            }
            return refusalToList(profile, by: event.office, in: state)
        }
        guard let index = position else {
            if config.office(named: event.office) == nil {
                return Refusal(Catalog.unknownOffice(event.office, known: config.officeNames))
            }
            return Refusal(Catalog.notListed(event.enterprise))
        }
        // A record handed out is one reference (its fields are in copy-on-write storage), not a copy of them.
        return refusal(for: event, on: state.records[index], in: state)
    }

    private func refusal(for event: Event, on record: EnterpriseRecord, in state: CampaignState) -> Refusal? {
        // Most events come from an office the enterprise already names (validated when it was listed):
        // only an unfamiliar office needs the lookup.
        // Whether the office manages the enterprise, asked once here for the checks below that need it.
        let managed = authority.manages(event.office, record)
        if !managed, config.office(named: event.office) == nil {
            return Refusal(Catalog.unknownOffice(event.office, known: config.officeNames))
        }
        guard record.isActive else {
            return Refusal(Catalog.enterpriseRemoved(record.profile.name, reason: record.removal ?? ""))
        }
        switch event.payload {
        case .listed:
            return nil
        case let .edited(change):
            return refusalToEdit(record, change, by: event.office)
        case let .removed(reason):
            if reason.isBlank { return Refusal(Catalog.reasonRequired) }
            return require(event.office, in: authority.managingOffices(of: record.profile), for: Catalog.actionRemove, record)
        case let .ticked(tick):
            return refusalToTick(record, criterion: tick.criterion, level: tick.level, verdict: tick.verdict, by: event.office,
                                 managed: managed)
        case let .cleared(criterion, level):
            return refusalToTick(record, criterion: criterion, level: level, verdict: nil, by: event.office, managed: managed)
        case let .step(details):
            return refusalToStep(record, details, by: event.office, managed: managed, in: state)
        case let .marked(details):
            return refusalToMark(record, details, by: event.office, in: state)
        case let .unmarked(mark, reason, date):
            return refusalToUnmark(record, mark, reason: reason, date: date, by: event.office)
        case let .noted(text):
            return text.isBlank ? Refusal(Catalog.noteEmpty) : nil
        case let .carried(year):
            return refusalToCarry(record, into: year, by: event.office)
        case .resolved:
            // Settling a conflict is a supervisor's: the offices that manage the enterprise.
            return require(event.office, in: authority.managingOffices(of: record.profile), for: Catalog.actionResolve, record)
        }
    }

    /// Refuses unless the office is one of the allowed ones; the message names who may.
    func require(_ office: String, in allowed: [String], for action: Message, _ record: EnterpriseRecord) -> Refusal? {
        allowed.contains { $0.sameText(as: office) } ? nil : Refusal(Catalog.notAuthorized(office: office, action: action,
                                                                       enterprise: record.profile.name, allowed: allowed))
    }
}
