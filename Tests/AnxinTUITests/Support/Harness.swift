import AnxinCore
import AnxinDemo
import Testing
@testable import AnxinTUI

/// A TUI session without a terminal: an `AppState` driven by key presses, with the effects performed the way the
/// runner performs them (judge, append, fold, report back), against an in-memory journal.
struct Session: Sendable {
    var state: AppState
    /// Every event of the campaign, oldest first (reconstructed for the demo; real for hand-made campaigns).
    private(set) var journal: [Event]
    /// Events this session recorded.
    private(set) var recorded: [Event] = []
    /// Messages the "runner" refused with.
    private(set) var refusals: [Message] = []
    /// Effects the last key produced (after `.record` and `.loadTimeline` were performed).
    private(set) var lastEffects: [Effect] = []
    private(set) var quit = false
    /// Years the reducer asked the runner to start.
    private(set) var startedYears: [Int] = []
    /// How many times the reducer asked the runner to sync.
    private(set) var syncRequests = 0
    private var sequence = 0

    init(campaign: CampaignState, journal: [Event], today: Day = Fixtures.today, language: Language = .zh,
         access: Access = Fixtures.cityInspector, width: Int = 120, height: Int = 40) {
        state = AppState(campaign: campaign, today: today, language: language, access: access,
                         width: width, height: height)
        self.journal = journal
        // The runner loads the first selection's timeline at start-up.
        if let code = state.selectedCode { perform(Reducer.reduce(&state, .timelineLoaded(code, events(of: code)))) }
    }

    /// The demo campaign (DemoGenerator defaults, today 2024-09-15).
    static func demo(language: Language = .zh, access: Access = Fixtures.cityInspector,
                     width: Int = 120, height: Int = 40) -> Session {
        Session(campaign: Fixtures.demo.state, journal: Fixtures.demoJournal, language: language, access: access,
                width: width, height: height)
    }

    /// A small campaign of the demo's configuration holding the given enterprises, each listed by its jurisdiction.
    static func listing(_ profiles: [EnterpriseProfile], language: Language = .zh, access: Access = Fixtures.cityInspector,
                        width: Int = 120, height: Int = 40) -> Session {
        let (campaign, journal) = Fixtures.campaign(listing: profiles)
        return Session(campaign: campaign, journal: journal, language: language, access: access, width: width, height: height)
    }

    func events(of code: CreditCode) -> [Event] { journal.filter { $0.enterprise == code } }

    // MARK: Driving

    /// Presses keys one after the other, performing every effect.
    mutating func press(_ keys: Key...) { press(keys) }

    mutating func press(_ keys: [Key]) {
        for key in keys { send(.key(key)) }
    }

    /// Types text as character keys (an input method delivers one character per key press).
    mutating func type(_ text: String) {
        press(text.map { Key.character($0) })
    }

    mutating func send(_ action: AppAction) {
        let effects = Reducer.reduce(&state, action)
        lastEffects = effects
        perform(effects)
    }

    mutating func resize(width: Int, height: Int) { send(.resized(width: width, height: height)) }

    /// Performs effects as the runner does: `.record` is judged by the rulebook, appended and folded, then
    /// reported as `.recorded` (or `.refused`); `.loadTimeline` answers with the events of that enterprise.
    private mutating func perform(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case let .record(payload, code, undo):
                guard case let .readWrite(actor, office) = state.access else {
                    // The runner has no actor to record as; the reducer must have refused already.
                    Issue.record("a read-only session was asked to record \(payload.typeToken)")
                    continue
                }
                sequence += 1
                let at = Instant(millisecondsSinceEpoch: Instant(day: state.today).millisecondsSinceEpoch + Int64(sequence),
                                 offsetMinutes: 480)
                let id = EventID.make(millisecondsSinceEpoch: at.millisecondsSinceEpoch,
                                      random: (UInt64(sequence), UInt16(truncatingIfNeeded: sequence)))
                let event = Event(id: id, at: at, replica: "test-laptop", actor: actor, office: office, enterprise: code,
                                  seen: state.campaign.lastEvent(for: code, subject: payload.subject), payload: payload)
                let rulebook = Rulebook(config: state.campaign.config, catalog: state.campaign.catalog, today: state.today)
                if let refusal = rulebook.refusal(for: event, in: state.campaign) {
                    refusals.append(refusal.message)
                    perform(Reducer.reduce(&state, .refused(refusal.message)))
                    continue
                }
                state.campaign.apply(event)
                journal.append(event)
                recorded.append(event)
                perform(Reducer.reduce(&state, .recorded(event, undo: undo)))
            case let .loadTimeline(code):
                perform(Reducer.reduce(&state, .timelineLoaded(code, events(of: code))))
            case let .startYear(year):
                startedYears.append(year)   // the runner's work (files and a new store): tested end to end in tmux
            case .sync:
                syncRequests += 1
            case .quit:
                quit = true
            }
        }
    }

    // MARK: Looking

    func render() -> ScreenBuffer { Renderer.render(state) }
    var screenText: String { render().textLines().joined(separator: "\n") }
    var notice: String? { state.notice?.message.zh }
    var selectedName: String? { state.selected?.profile.name }

    /// Moves the list cursor to an enterprise (through the keys: `g` then `j` as many times as needed).
    mutating func select(_ code: CreditCode) {
        guard let index = state.rows.firstIndex(of: code) else {
            Issue.record("\(code) is not in the list")
            return
        }
        press(.character("1"), .character("g"))
        press(Array(repeating: Key.down, count: index))
    }

    /// Moves the checklist cursor to a row (criterion, and level for N05) through the keys.
    mutating func selectRow(_ id: String, level: CheckLevel? = nil) {
        guard let index = state.checklistRows.firstIndex(where: { $0.criterion.id.value == id && $0.level == level }) else {
            Issue.record("no checklist row \(id) \(level.map(\.rawValue) ?? "")")
            return
        }
        press(.character("2"), .character("g"))
        press(Array(repeating: Key.down, count: index))
    }

    /// The verdict a row shows now.
    func verdict(_ id: String, level: CheckLevel? = nil) -> Verdict {
        guard let record = state.selected,
              let row = state.checklistRows.first(where: { $0.criterion.id.value == id && $0.level == level }) else { return .unchecked }
        return state.verdict(row, of: record)
    }
}
