import AnxinCore
import AnxinStore
import AnxinText
import Foundation

/// What a command works with: the store, the day taken as today, the language, and the system clock.
struct CommandContext {
    let global: GlobalOptions
    let language: Language
    let environment: [String: String]

    init(_ global: GlobalOptions) {
        self.global = global
        environment = ProcessInfo.processInfo.environment
        language = global.lang.flatMap(Language.init(rawValue:))
            ?? environment["ANXIN_LANG"].flatMap(Language.init(rawValue:)) ?? .zh
    }

    var dataDirectory: String {
        global.data ?? environment["ANXIN_DATA"].flatMap { $0.isEmpty ? nil : $0 } ?? "data"
    }

    func openStore() throws -> Store {
        do {
            return try Store(directory: dataDirectory, year: global.year)
        } catch {
            throw CLIFailure(error.message)
        }
    }

    /// --today, else the store's frozen date, else the system's local date.
    func today(for store: Store?) -> Day {
        if let text = global.today, let day = Day(text) { return day }
        if let frozen = store?.config.frozenToday { return frozen }
        return now().localDay
    }

    /// The wall clock with this machine's UTC offset: what recorded events carry.
    func now() -> Instant {
        let date = Date()
        let offset = TimeZone.current.secondsFromGMT(for: date) / 60
        return Instant(millisecondsSinceEpoch: Int64((date.timeIntervalSince1970 * 1000).rounded(.down)), offsetMinutes: offset)
    }

    /// Messages quote names and notes from the data: they are printed inert, line by line, so an escape
    /// sequence in a name never reaches the terminal.
    func say(_ message: Message) {
        print(CommandContext.inert(message.text(language)))
    }

    func warn(_ message: Message) {
        FileHandle.standardError.write(Data((CommandContext.inert(message.text(language)) + "\n").utf8))
    }

    static func inert(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.inert }.joined(separator: "\n")
    }

    /// Opens a write session, turning store errors into messages.
    func beginWriting(_ store: Store) throws -> WriteSession {
        do {
            let session = try store.beginWriting(environment: environment)
            let errors = session.diagnostics.filter { $0.severity == .error }.count
            if errors > 0 { warn(Catalog.storeHasProblems(errors)) }
            return session
        } catch {
            throw CLIFailure(error.message)
        }
    }

    /// Records one event and reports it; a refusal becomes exit 1 with the rule's reason.
    @discardableResult
    func record(_ payload: EventPayload, for code: CreditCode, in session: WriteSession) throws -> Event {
        do {
            return try session.record(payload, for: code, now: now(), today: today(for: session.store))
        } catch {
            throw CLIFailure(error.message)
        }
    }
}

/// What a recorded change did to an enterprise.
struct RecordedChange {
    let store: Store
    let before: EnterpriseRecord
    let after: EnterpriseRecord
}

extension CommandContext {
    /// The write commands' common path: open the store, take the lock and load, find the enterprise the user
    /// named, record the event `payload` makes for it (judged by the rules, appended durably), release the lock.
    func change(_ enterprise: String, _ payload: (EnterpriseRecord, Store) throws -> EventPayload) throws -> RecordedChange {
        let store = try openStore()
        let session = try beginWriting(store)
        defer { session.close() }
        let before = try EnterpriseResolver.resolve(enterprise, in: session.state)
        try record(try payload(before, store), for: before.code, in: session)
        return RecordedChange(store: store, before: before, after: session.state[before.code] ?? before)
    }
}
