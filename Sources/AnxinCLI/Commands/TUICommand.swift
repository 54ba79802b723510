import AnxinCore
import AnxinStore
import AnxinTerminal
import AnxinTUI
import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif

struct TUICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "全屏界面（默认）· The full-screen interface (what plain `anxin` opens).",
        discussion: "按 ? 查看全部按键 · Press ? for every key. Another anxin writing the store makes this one read-only.")

    @Option(name: .customLong("as-of"), help: ArgumentHelp("只读查看某日的状态 · Open the state as it was on that day, read-only.", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let asOf { _ = try parseDay(asOf, "--as-of") }
    }

    func run() throws {
        try TUIRunner.open(global: global, asOf: try asOf.map { try parseDay($0, "--as-of") })
    }
}

/// Wires the pure UI to the store and the terminal: keys in, reducer, effects (durable writes), render, present.
final class TUIRunner {
    let context: CommandContext
    var store: Store
    var session: WriteSession?
    var app: AppState
    var locations: EventIndex
    var locationFiles: [String]
    /// Events recorded in this session, per enterprise (their lines are not in `locations`).
    var recorded: [CreditCode: [Event]] = [:]

    /// How a run of the interface ended.
    enum Exit {
        case quit
        /// The store changed under it (a new campaign year started): open it again, saying this.
        case reopen(Message)
    }

    static func open(global: GlobalOptions, asOf: Day?) throws {
        let context = CommandContext(global)
        guard Terminal.isInteractive else { throw CLIFailure(Catalog.tuiNotATerminal) }
        let utf8 = Terminal.setLocale()
        var said: Message?
        while true {
            let store = try context.openStore()
            let terminal = Terminal()
            let noColor = !(context.environment["NO_COLOR"] ?? "").isEmpty
            guard terminal.start(noColor: noColor) else { throw CLIFailure(Catalog.tuiNotATerminal) }
            defer { terminal.stop() }
            if asOf == nil, store.archivedYear == nil {
                showPreview(store: store, context: context, terminal: terminal, language: language(context, global, utf8), utf8: utf8)
                // The preview's memory goes back to the system before the full load takes its own.
                _ = releaseFreeMemory(0)
            }
            let exit = try openOnce(store: store, terminal: terminal, context: context, global: global, asOf: asOf,
                                    utf8: utf8, saying: said)
            guard case let .reopen(message) = exit else { return }
            said = message
        }
    }

    /// Without a UTF-8 locale Chinese cannot be drawn: speak English (unless --lang or $ANXIN_LANG asked).
    private static func language(_ context: CommandContext, _ global: GlobalOptions, _ utf8: Bool) -> Language {
        let asked = global.lang != nil || context.environment["ANXIN_LANG"] != nil
        return utf8 || asked ? context.language : .en
    }

    /// The first screen before the whole journal is folded: the roster and the enterprises in view are exact
    /// (RosterPreview); keys typed meanwhile wait in the terminal until the full state is there.
    private static func showPreview(store: Store, context: CommandContext, terminal: Terminal, language: Language, utf8: Bool) {
        let today = context.today(for: store)
        let access: Access = store.identity()?.acting(environment: context.environment)
            .map { .readWrite(actor: $0.name, office: $0.office) } ?? .readOnly(Catalog.tuiNoIdentity)
        let rows = max(1, terminal.height)
        // The list opens unfiltered, sorted by name: that order is computed once, for the preview and its state.
        var ordered: [CreditCode] = []
        let preview = RosterPreview.load(eventsDirectory: store.eventsDirectory, config: store.config, catalog: store.catalog) { roster in
            ordered = RosterQuery(filter: EnterpriseFilter(), sort: .name).codes(on: roster, today: today)
            return Array(ordered.prefix(rows))
        }
        var app = AppState(campaign: preview.state, today: today, language: language, access: access,
                           glyphs: utf8 ? .unicode : .ascii, width: terminal.width, height: terminal.height, rows: ordered)
        var pending: [AppAction] = [.resized(width: terminal.width, height: terminal.height)]
        while !pending.isEmpty {
            for effect in Reducer.reduce(&app, pending.removeFirst()) {
                if case let .loadTimeline(code) = effect { pending.append(.timelineLoaded(code, preview.events[code] ?? [])) }
            }
        }
        app.notice = Notice(kind: .info, message: Catalog.tuiLoadingRest)
        terminal.present(Renderer.render(app))
    }

    private static func openOnce(store: Store, terminal: Terminal, context: CommandContext, global: GlobalOptions,
                                 asOf: Day?, utf8: Bool, saying said: Message?) throws -> Exit {
        let today = context.today(for: store)
        var session: WriteSession?
        var access: Access
        let options = LoadOptions(asOf: asOf, indexLocations: true)
        var state: CampaignState, diagnostics: [Diagnostic]
        var locations: EventIndex, files: [String]
        var ownEvents = 0
        if asOf != nil {
            access = .readOnly(Catalog.tuiAsOfReadOnly)
            let load = store.load(options)
            (state, diagnostics, locations, files) = (load.state, load.diagnostics, load.locations, load.locationFiles)
        } else {
            do {
                let opened = try store.beginWriting(environment: context.environment, options: options)
                session = opened
                ownEvents = opened.ownEventCount
                access = .readWrite(actor: opened.actor, office: opened.office)
                (state, diagnostics, locations, files) = (opened.takeState(), opened.diagnostics, opened.locations, opened.locationFiles)
            } catch {
                let reason: Message
                switch error {
                case .locked: reason = Catalog.tuiLockedByOther
                case .refused: reason = store.archivedYear.map { Catalog.finishedYearReadOnly($0, current: nil) } ?? Catalog.tuiNoIdentity
                default: throw CLIFailure(error.message)
                }
                access = .readOnly(reason)
                let load = store.load(options)
                (state, diagnostics, locations, files) = (load.state, load.diagnostics, load.locations, load.locationFiles)
            }
        }
        let language = language(context, global, utf8)
        var app = AppState(campaign: state, today: today, language: language, access: access, asOf: asOf,
                           glyphs: utf8 ? .unicode : .ascii)
        state = CampaignState(config: store.config, catalog: store.catalog)   // hold the roster once, in `app`
        if asOf == nil { app.syncStatus = TUIRunner.syncStatus(of: store, ownEvents: ownEvents) }
        if !utf8 { app.notice = Notice(kind: .error, message: Catalog.tuiNotUTF8) }
        let errors = diagnostics.filter { $0.severity == .error }.count
        if errors > 0 { app.notice = Notice(kind: .error, message: Catalog.storeHasProblems(errors)) }
        if let said { app.notice = Notice(kind: .info, message: said) }
        let runner = TUIRunner(context: context, store: store, session: session, app: app,
                               locations: locations, locationFiles: files)
        defer { runner.session?.close() }
        return try runner.run(on: terminal)
    }

    private init(context: CommandContext, store: Store, session: WriteSession?, app: AppState,
                 locations: EventIndex, locationFiles: [String]) {
        self.context = context
        self.store = store
        self.session = session
        self.app = app
        self.locations = locations
        self.locationFiles = locationFiles
    }

    private func run(on terminal: Terminal) throws -> Exit {
        app.width = terminal.width
        app.height = terminal.height
        var pending: [AppAction] = [.resized(width: terminal.width, height: terminal.height)]
        while true {
            while !pending.isEmpty {
                let action = pending.removeFirst()
                for effect in Reducer.reduce(&app, action) {
                    switch effect {
                    case .quit: return .quit
                    case let .record(payload, code, undo): pending.append(record(payload, code, undo))
                    case let .startYear(year):
                        switch startYear(year) {
                        case let .left(message): return .reopen(message)
                        case let .stayed(action): pending.append(action)
                        }
                    case let .loadTimeline(code): pending.append(.timelineLoaded(code, timeline(of: code)))
                    case .sync: pending.append(.synced(sync(terminal)))
                    }
                }
            }
            terminal.present(Renderer.render(app))
            switch terminal.read() {
            case let .key(key):
                pending.append(key == .resize ? .resized(width: terminal.width, height: terminal.height) : .key(key))
            case .nothing:
                continue
            case .closed:
                return .quit   // every change is already on disk
            }
        }
    }

    /// Appends durably (fsync) and folds, or says why not; the UI never holds an unsaved edit.
    private func record(_ payload: EventPayload, _ code: CreditCode, _ undo: UndoEntry?) -> AppAction {
        guard let session else { return .refused(Catalog.tuiReadOnly(Catalog.tuiLockedByOther)) }
        do {
            let event = try session.record(payload, for: code, now: context.now(), today: app.today, in: &app.campaign)
            recorded[code, default: []].append(event)
            return .recorded(event, undo: undo)
        } catch {
            return .refused(error.message)
        }
    }

    enum YearStartResult {
        /// The year started (or failed half-way): the runner leaves and the store is opened again.
        case left(Message)
        /// Refused before anything changed: the interface goes on.
        case stayed(AppAction)
    }

    /// Starts the next campaign year as `anxin rollover --year` does: this runner's lock is given up for it.
    private func startYear(_ year: Int) -> YearStartResult {
        guard let session else { return .stayed(.refused(Catalog.tuiReadOnly(Catalog.tuiLockedByOther))) }
        do {
            try YearStart.check(year, store: store, context: context)
        } catch let failure as CLIFailure {
            return .stayed(.refused(failure.message))
        } catch {
            return .stayed(.refused(Catalog.tuiLockedByOther))
        }
        session.close()
        self.session = nil
        do {
            let outcome = try YearStart.run(year, store: store, context: context)
            return .left(Catalog.tuiYearStarted(year, carried: outcome.carried))
        } catch let failure as CLIFailure {
            return .left(failure.message)
        } catch {
            return .left(Catalog.tuiLockedByOther)
        }
    }

    private func timeline(of code: CreditCode) -> [Event] {
        EventReader.read(locations.locations(of: code), files: locationFiles, catalog: store.catalog) + (recorded[code] ?? [])
    }
}

/// glibc's malloc_trim: hands freed heap pages back to the system (not in the Glibc module's headers).
@_silgen_name("malloc_trim")
private func releaseFreeMemory(_ pad: Int) -> Int32

