import AnxinCore
import AnxinStore
import AnxinTerminal
import AnxinTUI
import ArgumentParser
import Foundation

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

    static func open(global: GlobalOptions, asOf: Day?) throws {
        let context = CommandContext(global)
        guard Terminal.isInteractive else { throw CLIFailure(Catalog.tuiNotATerminal) }
        let utf8 = Terminal.setLocale()
        let store = try context.openStore()
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
                case .refused: reason = Catalog.tuiNoIdentity
                default: throw CLIFailure(error.message)
                }
                access = .readOnly(reason)
                let load = store.load(options)
                (state, diagnostics, locations, files) = (load.state, load.diagnostics, load.locations, load.locationFiles)
            }
        }
        // Without a UTF-8 locale Chinese cannot be drawn: speak English (unless --lang or $ANXIN_LANG asked).
        let asked = global.lang != nil || context.environment["ANXIN_LANG"] != nil
        let language = utf8 || asked ? context.language : .en
        var app = AppState(campaign: state, today: today, language: language, access: access, asOf: asOf,
                           glyphs: utf8 ? .unicode : .ascii)
        state = CampaignState(config: store.config, catalog: store.catalog)   // hold the roster once, in `app`
        if asOf == nil { app.syncStatus = TUIRunner.syncStatus(of: store, ownEvents: ownEvents) }
        if !utf8 { app.notice = Notice(kind: .error, message: Catalog.tuiNotUTF8) }
        let errors = diagnostics.filter { $0.severity == .error }.count
        if errors > 0 { app.notice = Notice(kind: .error, message: Catalog.storeHasProblems(errors)) }
        let runner = TUIRunner(context: context, store: store, session: session, app: app,
                               locations: locations, locationFiles: files)
        defer { session?.close() }
        try runner.run()
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

    private func run() throws {
        let terminal = Terminal()
        let noColor = !(context.environment["NO_COLOR"] ?? "").isEmpty
        guard terminal.start(noColor: noColor) else { throw CLIFailure(Catalog.tuiNotATerminal) }
        defer { terminal.stop() }
        app.width = terminal.width
        app.height = terminal.height
        var pending: [AppAction] = [.resized(width: terminal.width, height: terminal.height)]
        while true {
            while !pending.isEmpty {
                let action = pending.removeFirst()
                for effect in Reducer.reduce(&app, action) {
                    switch effect {
                    case .quit: return
                    case let .record(payload, code, undo): pending.append(record(payload, code, undo))
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
                return   // every change is already on disk
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

    private func timeline(of code: CreditCode) -> [Event] {
        EventReader.read(locations.locations(of: code), files: locationFiles, catalog: store.catalog) + (recorded[code] ?? [])
    }
}
