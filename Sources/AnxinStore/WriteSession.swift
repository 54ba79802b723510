import AnxinCore

/// Holds the write lock and this replica's journal open: every `record` judges the action against the rules,
/// appends it durably, and only then folds it into the state. Nothing is held unsaved.
public final class WriteSession {
    public let store: Store
    public private(set) var state: CampaignState
    /// Where each enterprise's events are (when the load indexed them), for timelines.
    public let locations: EventIndex
    public let locationFiles: [String]
    public let diagnostics: [Diagnostic]
    public let replica: String
    public let actor: String
    public let office: String
    /// Events in this replica's own journal when the session opened (what sync has or has not shared).
    public let ownEventCount: Int
    private let lock: WriteLock
    private let writer: JournalWriter
    private let rulebook: Rulebook
    private var lastInstant: Instant?
    private var random = SystemRandomNumberGenerator()

    init(store: Store, lock: WriteLock, writer: JournalWriter, load: JournalLoad, replica: String,
         actor: String, office: String, lastInstant: Instant?) {
        self.store = store
        self.lock = lock
        self.writer = writer
        self.state = load.state
        self.locations = load.locations
        self.locationFiles = load.locationFiles
        self.diagnostics = load.diagnostics
        self.replica = replica
        self.actor = actor
        self.office = office
        self.rulebook = Rulebook(config: store.config, catalog: store.catalog)
        self.lastInstant = lastInstant
        self.ownEventCount = load.files.first { $0.replica == replica }?.events ?? 0
    }

    /// Hands the loaded state over to a caller that keeps it (the TUI), so that it is never held twice;
    /// that caller then records with `record(_:for:now:in:)`.
    public func takeState() -> CampaignState {
        let taken = state
        state = CampaignState(config: store.config, catalog: store.catalog)
        return taken
    }

    /// Builds the event this actor would record now, without recording it.
    public func draft(_ payload: EventPayload, for code: CreditCode, now: Instant) -> Event {
        draft(payload, for: code, now: now, against: state)
    }

    private func draft(_ payload: EventPayload, for code: CreditCode, now: Instant, against state: CampaignState) -> Event {
        // Keep this replica's journal in time order even if the laptop's clock went back.
        var at = now
        if let lastInstant, at.millisecondsSinceEpoch <= lastInstant.millisecondsSinceEpoch {
            at = Instant(millisecondsSinceEpoch: lastInstant.millisecondsSinceEpoch + 1, offsetMinutes: now.offsetMinutes)
        }
        let id = EventID.make(millisecondsSinceEpoch: at.millisecondsSinceEpoch,
                              random: (random.next(), UInt16.random(in: 0...UInt16.max, using: &random)))
        return Event(id: id, at: at, replica: replica, actor: actor, office: office, enterprise: code,
                     seen: state.lastEvent(for: code, subject: payload.subject), payload: payload)
    }

    /// What the rules say of an action now (nil: allowed).
    public func refusal(_ payload: EventPayload, for code: CreditCode, now: Instant, today: Day? = nil) -> Refusal? {
        judge(today).refusal(for: draft(payload, for: code, now: now), in: state)
    }

    /// The rulebook with "today" set: dates after it are refused.
    private func judge(_ today: Day?) -> Rulebook {
        var judge = rulebook
        judge.today = today
        return judge
    }

    /// Judges, appends durably (fsync), then folds; returns the recorded event.
    /// `today`: the day taken as today (the store's frozen day in a demo); effective dates after it are refused.
    @discardableResult
    public func record(_ payload: EventPayload, for code: CreditCode, now: Instant, today: Day? = nil) throws(StoreError) -> Event {
        try record(payload, for: code, now: now, today: today, in: &state)
    }

    /// The same, against a state the caller holds (see `takeState`).
    @discardableResult
    public func record(_ payload: EventPayload, for code: CreditCode, now: Instant, today: Day? = nil,
                       in state: inout CampaignState) throws(StoreError) -> Event {
        let event = draft(payload, for: code, now: now, against: state)
        if let refusal = judge(today ?? now.localDay).refusal(for: event, in: state) { throw .refused(refusal.message) }
        try writer.append([event])
        lastInstant = event.at
        state.apply(event)
        return event
    }

    /// Records several events as one append: each is judged against the state the ones before it make, then all
    /// are written and fsynced once, then folded. A refusal of any of them records none (all or nothing).
    /// `progress(done, total)` is called as events are judged.
    @discardableResult
    /// `refused(index, reason)` may say which item was refused (the row of a file, say) in the message thrown.
    public func recordAll(_ items: [(payload: EventPayload, code: CreditCode)], now: Instant, today: Day? = nil,
                          progress: ((Int, Int) -> Void)? = nil,
                          refused: ((Int, Message) -> Message)? = nil) throws(StoreError) -> [Event] {
        guard !items.isEmpty else { return [] }
        let rules = judge(today ?? now.localDay)
        var working = state
        var events: [Event] = []
        events.reserveCapacity(items.count)
        let savedInstant = lastInstant
        for (done, item) in items.enumerated() {
            if done % 250 == 0 { progress?(done, items.count) }
            let event = draft(item.payload, for: item.code, now: now, against: working)
            if let refusal = rules.refusal(for: event, in: working) {
                lastInstant = savedInstant
                throw .refused(refused?(done, refusal.message) ?? refusal.message)
            }
            lastInstant = event.at
            working.apply(event)
            events.append(event)
        }
        do {
            try writer.append(events)
        } catch {
            lastInstant = savedInstant
            throw error
        }
        progress?(items.count, items.count)
        state = working
        return events
    }

    public func close() {
        writer.close()
        lock.release()
    }
}
