import CPrefetch

/// The campaign after folding events: the roster with every enterprise's stage, verdicts and marks.
/// `apply` records what an event says without judging it (the journal is history); `Rulebook` judges.
public struct CampaignState: Sendable {
    /// The campaign's configuration and catalog, behind one reference: they never change while events fold,
    /// and kept inline they made the state a 450-byte value that every call handing it over copied.
    private final class Setting: Sendable {
        let config: CampaignConfig
        let catalog: CriteriaCatalog

        init(config: CampaignConfig, catalog: CriteriaCatalog) {
            self.config = config
            self.catalog = catalog
        }
    }

    private let setting: Setting
    public var config: CampaignConfig { _read { yield setting.config } }
    public var catalog: CriteriaCatalog { _read { yield setting.catalog } }
    /// Every enterprise ever listed, in the order first listed. Kept in an array, with `positions` (a
    /// `RosterIndex`) to find one, so that records are changed in place and read in listing order.
    public private(set) var records: [EnterpriseRecord] = []
    private var positions = RosterIndex()

    /// Codes in the order they were first listed.
    public var listingOrder: [CreditCode] { records.map(\.code) }

    /// The roster as a dictionary (built on each call: for tests and one-off lookups, not for hot paths).
    public var enterprises: [CreditCode: EnterpriseRecord] {
        Dictionary(uniqueKeysWithValues: records.map { ($0.code, $0) })
    }

    /// Where an enterprise's record is in `records`.
    public func position(of code: CreditCode) -> Int? { positions[code] }

    /// Hints for a fold that knows which enterprises come next: fetch an enterprise's roster slot, then (once
    /// the slot has had time to arrive) its record's fields. Nothing is changed, and the record is not retained:
    /// its address is read as a plain word (a record is one reference to its storage).
    public func prefetchSlot(of code: CreditCode) { positions.prefetch(code) }
    public func prefetchRecord(of code: CreditCode) {
        guard let position = positions[code] else { return }
        records.withUnsafeBufferPointer { records in
            let storage = anxin_load_pointer(UnsafeRawPointer(records.baseAddress! + position))!
            anxin_prefetch_write(storage)
            anxin_prefetch_write(storage + 64)
            anxin_prefetch(storage + 128)
            anxin_prefetch(storage + 192)
            anxin_prefetch(storage + 256)   // the criteria table and steps sit past the profile
        }
    }

    /// A hint for a fold that knows an enterprise comes within a few dozen events, whose roster slot it asked
    /// for earlier: fetch the word of `records` that leads to its record (reading it was the wait of
    /// `prefetchRecord`).
    public func prefetchRecordAddress(of code: CreditCode) {
        guard let position = positions[code] else { return }
        records.withUnsafeBufferPointer { anxin_prefetch($0.baseAddress! + position) }
    }

    /// A hint for the fold, once the record's fields have arrived: fetch its criteria and steps.
    /// `tick`: the event changes a criterion's state (its states are asked for; otherwise the steps).
    public func prefetchTables(at position: Int, tick: Bool) {
        records.withUnsafeBufferPointer { EnterpriseRecord.prefetchTables(of: $0.baseAddress! + position, states: tick) }
    }

    /// How many enterprises were ever listed.
    public var rosterCount: Int { records.count }
    public private(set) var eventCount = 0
    /// The last event applied, whatever its subject.
    public private(set) var lastEventID: EventID?
    /// Open conflicts between replicas' edits (and clock skew), found as events fold.
    public private(set) var conflicts = ConflictLedger()
    /// Enterprises that carry the demonstration-site mark (the rule "one per sector" looks here, not at everyone).
    public private(set) var demoSites: Set<CreditCode> = []

    public init(config: CampaignConfig, catalog: CriteriaCatalog) {
        setting = Setting(config: config, catalog: catalog)
    }

    public subscript(code: CreditCode) -> EnterpriseRecord? { positions[code].map { records[$0] } }

    /// Makes room for a roster of about this size at once (growing a large dictionary step by step copies it).
    public mutating func reserveCapacity(enterprises count: Int) {
        records.reserveCapacity(count)
        positions.reserveCapacity(count)
    }

    /// How many enterprises are in the campaign (kept as events fold: the list's title shows it on every frame).
    public private(set) var activeCount = 0

    /// Enterprises still in the campaign, in listing order.
    public var activeEnterprises: [EnterpriseRecord] {
        records.filter(\.isActive)
    }

    public enum ApplyOutcome: Equatable, Sendable {
        case applied
        /// The event names an enterprise that was never listed: nothing to apply it to.
        case unknownEnterprise
    }

    /// Puts in a record folded elsewhere for an enterprise already on the roster (the interface's first screen
    /// folds the enterprises in view on their own). Nothing else is recounted: for display only.
    public mutating func adopt(_ record: EnterpriseRecord) {
        guard let index = positions[record.code] else { return }
        if records[index].isActive != record.isActive { activeCount += record.isActive ? 1 : -1 }
        records[index] = record
    }

    /// Folds one event in. Events must come in journal order: (instant, replica, sequence).
    @discardableResult
    public mutating func apply(_ event: Event) -> ApplyOutcome {
        apply(event, at: positions[event.enterprise])
    }

    /// The same, for a caller that has already found the enterprise's place in the roster (`position(of:)`).
    @discardableResult
    public mutating func apply(_ event: Event, at position: Int?) -> ApplyOutcome {
        if case let .listed(profile) = event.payload {
            if let position {
                var existing = records[position]
                if event.seen != existing.lastProfileEvent {
                    conflicts.observe(event, subject: .profile, current: existing.lastProfileEvent)
                }
                if existing.isActive {
                    // Listed concurrently on two laptops: the latest roster line wins.
                    existing.profile = profile
                } else {
                    activeCount += 1
                    // Listed again after a removal: a new lifecycle (e.g. a closed problem enterprise now normalized).
                    // Marks stay: a blacklisting belongs to the enterprise, not to one listing.
                    var fresh = EnterpriseRecord(profile: profile, listedAt: event.at, listedBy: event.office)
                    fresh.marks = existing.marks
                    fresh.pastYears = existing.pastYears
                    fresh.removedMarks = existing.removedMarks
                    fresh.noteCount = existing.noteCount
                    fresh.lastNoteEvent = existing.lastNoteEvent
                    fresh.lastMarkEvents = existing.lastMarkEvents
                    fresh.eventCount = existing.eventCount
                    existing = fresh
                }
                CampaignState.touch(&existing, event)
                records[position] = existing
            } else {
                var record = EnterpriseRecord(profile: profile, listedAt: event.at, listedBy: event.office)
                CampaignState.touch(&record, event)
                positions[event.enterprise] = records.count
                records.append(record)
                activeCount += 1
            }
            count(event)
            return .applied
        }
        guard let index = position else { return .unknownEnterprise }
        // Changed in place: a record copied out and written back would share its storage, so the first write
        // would copy all of it, on every event.
        if case .removed = event.payload, records[index].isActive { activeCount -= 1 }
        // `change` compares the event's `seen` with the event in force where it reads the subject anyway;
        // only a mismatch (rare) is judged further.
        // The catalog through a local reference: read through `self` while a record is changed in place, it
        // would be copied out first.
        let setting = self.setting
        if let mismatch = CampaignState.change(&records[index], by: event, catalog: setting.catalog) {
            conflicts.observe(event, subject: event.payload.subject, current: mismatch.inForce)
        }
        if case let .resolved(subject, other) = event.payload {
            conflicts.settle(event.enterprise, subject: subject, other: other)
        }
        if case let .marked(details) = event.payload, details.mark == .demo { demoSites.insert(event.enterprise) }
        if case let .unmarked(mark, _, _) = event.payload, mark == .demo { demoSites.remove(event.enterprise) }
        count(event)
        return .applied
    }

    /// An event whose `seen` is not the event in force for its subject.
    struct SeenMismatch {
        let inForce: EventID?
    }

    /// Applies an event to its enterprise; returns a mismatch when the event was not based on the event in force.
    private static func change(_ record: inout EnterpriseRecord, by event: Event, catalog: CriteriaCatalog) -> SeenMismatch? {
        var inForce: EventID?
        switch event.payload {
        case .listed:
            return nil   // folded by `apply`
        case let .edited(change):
            inForce = record.lastProfileEvent
            record.profile = change.applied(to: record.profile)
        case let .removed(reason):
            inForce = record.lastProfileEvent
            record.removal = reason
        case let .ticked(tick):
            let entry = VerdictRecord(verdict: tick.verdict, note: tick.note, actor: event.actor,
                                      office: event.office, at: event.at, eventID: event.id)
            inForce = setVerdict(&record, criterion: tick.criterion, level: tick.level, consume entry, by: event.id, catalog: catalog)
                ?? record.carriedEvent
        case let .cleared(criterion, level):
            inForce = setVerdict(&record, criterion: criterion, level: level, nil, by: event.id, catalog: catalog)
                ?? record.carriedEvent
        case let .step(details):
            inForce = record.steps.last?.eventID ?? record.carriedEvent
            // Room for a lifecycle's usual few steps at once: grown one by one, the array is copied twice.
            if record.steps.capacity == 0 { record.steps.reserveCapacity(4) }
            record.steps.append(StepRecord(details: details, actor: event.actor, office: event.office,
                                           at: event.at, eventID: event.id, fromStage: record.stage))
            record.stage = Lifecycle.target(of: details.action, from: record.stage)
            record.stageSince = details.date
        case let .marked(details):
            inForce = record.lastMarkEvents[details.mark]
            let entry = MarkRecord(details: details, actor: event.actor, office: event.office, at: event.at, eventID: event.id)
            record.marks[details.mark] = entry
            record.removedMarks[details.mark] = nil
            record.lastMarkEvents[details.mark] = event.id
            // A revoked title puts the enterprise under key supervision (seed §四(二)1 with §四(二)2).
            if details.mark == .revoked, record.marks[.supervised] == nil {
                var supervision = entry
                supervision.details.mark = .supervised
                record.marks[.supervised] = supervision
                record.lastMarkEvents[.supervised] = event.id
            }
        case let .unmarked(mark, reason, date):
            inForce = record.lastMarkEvents[mark]
            record.lastMarkEvents[mark] = event.id
            if record.marks.removeValue(forKey: mark) != nil {
                record.removedMarks[mark] = MarkRemoval(day: date, reason: reason, office: event.office, eventID: event.id)
            }
        case .noted:
            record.noteCount += 1
            record.lastNoteEvent = event.id
            touch(&record, event)
            return nil   // notes never conflict
        case .resolved:
            touch(&record, event)
            return nil   // settles a conflict (in `apply`), changes nothing of the subject
        case let .carried(year):
            inForce = record.steps.last?.eventID ?? record.carriedEvent
            // Carried into this year already (two offices rolled over apart): the year's work stays; the second
            // carry is flagged through its `seen` like any concurrent edit of the stage.
            if (record.carriedInto ?? Int.min) < year { startYear(&record, year, by: event) }
        }
        touch(&record, event)
        return event.seen == inForce ? nil : SeenMismatch(inForce: inForce)
    }

    /// A new campaign year's lifecycle: the year that finished goes into the history; the stage, steps and
    /// verdicts start again (the checklist is the new year's work), marks and notes stay with the enterprise.
    private static func startYear(_ record: inout EnterpriseRecord, _ year: Int, by event: Event) {
        let finished = YearResult(year: year - 1, tier: record.profile.tier, stage: record.stage,
                                  acceptedOn: record.acceptance?.details.date, carriedBy: event.id)
        record.pastYears.append(finished)
        record.stage = .listed
        record.stageSince = event.at.localDay
        record.steps = []
        record.criteria = [:]
    }

    private mutating func count(_ event: Event) {
        eventCount += 1
        lastEventID = event.id
    }

    private static func touch(_ record: inout EnterpriseRecord, _ event: Event) {
        record.eventCount += 1
        // The payload's case, not `event.subject`: building a subject for every event copies its criterion id.
        switch event.payload {
        case .listed, .edited, .removed, .resolved(.profile, _): record.lastProfileEvent = event.id
        default: break
        }
    }

    /// Sets a verdict (nil: clears it); returns the event that was in force for the subject before.
    private static func setVerdict(_ record: inout EnterpriseRecord, criterion id: CriterionID, level: CheckLevel?,
                                   _ entry: consuming VerdictRecord?, by eventID: EventID, catalog: CriteriaCatalog) -> EventID? {
        let levels = catalog[id].flatMap { $0.isLevelled ? $0.levels : nil }
        // Changed in place in the dictionary: a copy taken out and written back would copy its level tables.
        return update(&record.criteria[id, default: CriterionState()], level: level, levels: levels, consume entry, by: eventID)
    }

    /// (The record is consumed: moved into place, not copied, for a criterion without levels.)
    private static func update(_ state: inout CriterionState, level: CheckLevel?, levels: [CheckLevel]?,
                               _ entry: consuming VerdictRecord?, by eventID: EventID) -> EventID? {
        let inForce = level.map { state.levelLastEventIDs[$0] } ?? state.lastEventID
        if let levels {
            // No level on a levelled criterion: every level gets the verdict.
            for target in level.map({ [$0] }) ?? levels {
                state.levels[target] = entry
                state.levelLastEventIDs[target] = eventID
            }
            if level == nil { state.lastEventID = eventID }
        } else {
            state.record = consume entry
            state.lastEventID = eventID
        }
        return inForce
    }

    /// The last event applied to a subject of an enterprise (the `seen` of the next event on it).
    /// Read in place: building `enterprises` here made every recorded event cost a copy of the roster.
    public func lastEvent(for code: CreditCode, subject: Subject) -> EventID? {
        positions[code].map { records[$0].lastEvent(for: subject) } ?? nil
    }
}
