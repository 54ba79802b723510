import AnxinCore

/// Whether this TUI may record changes.
public enum Access: Sendable, Equatable {
    case readWrite(actor: String, office: String)
    /// Read-only, with the reason shown in the header (another writer holds the store, --as-of, no identity).
    case readOnly(Message)

    public var canWrite: Bool { if case .readWrite = self { true } else { false } }
}

/// A result or refusal shown on the message line.
public struct Notice: Sendable, Equatable {
    public enum Kind: Sendable { case info, error }
    public let kind: Kind
    public let message: Message

    public init(kind: Kind, message: Message) {
        self.kind = kind
        self.message = message
    }
}

/// The whole UI state: a pure value the reducer changes and the renderer draws.
public struct AppState: Sendable {
    public var campaign: CampaignState
    public var today: Day
    public var language: Language
    public var access: Access
    public var asOf: Day?
    public var glyphs: Glyphs
    /// Screen size, for page sizes and layout.
    public var width: Int
    public var height: Int

    public var filter = EnterpriseFilter()
    public var sort: SortKey = .name
    public var descending = false
    /// The enterprise list after filter and sort.
    public var rows: [CreditCode] = []
    public var listCursor = 0
    public var listTop = 0

    /// The committed search text (n/N repeat it); the live one is in `.search` mode.
    public var search = ""
    public var searchIndex: SearchIndex

    public var checklistCursor = 0
    public var checklistTop = 0
    public var timelineTop = 0
    /// Events of the selected enterprise, oldest first (loaded by the runner).
    public var timeline: [Event] = []
    public var timelineFor: CreditCode?

    /// The supervisors' dashboard when it is open (it covers the panes).
    public var dashboard: Dashboard?
    public var focus: Pane = .list
    public var mode: Mode = .normal
    public var notice: Notice?
    /// This session's own changes that `u` can undo, newest last.
    public var undoStack: [UndoEntry] = []
    /// Sharing through git (nil: the store does not sync); shown in the header.
    public var syncStatus: SyncStatus?
    /// Show only enterprises with open conflicts (the filter menu's toggle).
    public var conflictsOnly = false
    public var wantsQuit = false

    /// `rows`: the list's rows when the caller has already run the default query (filter none, sort by name).
    public init(campaign: CampaignState, today: Day, language: Language, access: Access, asOf: Day? = nil,
                glyphs: Glyphs = .unicode, width: Int = 120, height: Int = 40, rows: [CreditCode]? = nil) {
        self.campaign = campaign
        self.today = today
        self.language = language
        self.access = access
        self.asOf = asOf
        self.glyphs = glyphs
        self.width = width
        self.height = height
        self.searchIndex = SearchIndex()
        if let rows { self.rows = rows } else { refreshRows(keeping: nil) }
    }

    public var selectedCode: CreditCode? { rows.indices.contains(listCursor) ? rows[listCursor] : nil }
    public var selected: EnterpriseRecord? { selectedCode.flatMap { campaign[$0] } }

    /// Re-runs filter and sort, keeping the selection on the same enterprise when it is still shown.
    public mutating func refreshRows(keeping code: CreditCode?) {
        let query = RosterQuery(filter: filter, sort: sort, descending: descending)
        rows = query.codes(on: campaign, today: today)
        if conflictsOnly { rows = rows.filter { campaign.conflicts.countByEnterprise[$0] != nil } }
        if let code, let index = rows.firstIndex(of: code) {
            listCursor = index
        } else {
            listCursor = min(listCursor, max(0, rows.count - 1))
        }
    }
}

/// Modes that take the keyboard.
public enum Mode: Sendable, Equatable {
    case normal
    case help(scroll: Int)
    case search(LineEditor, origin: Int)
    case note(LineEditor, criterion: CriterionID, level: CheckLevel?)
    case form(Form)
    case menu(Menu)
}

/// An own change and the payload that undoes it.
public struct UndoEntry: Sendable, Equatable {
    public let code: CreditCode
    public let undo: EventPayload
    public let what: Message
}

/// Unicode glyphs, or ASCII ones when the locale is not UTF-8.
public struct Glyphs: Sendable, Equatable {
    public let met, unmet, notApplicable, unchecked, note, barFull, barEmpty, today, overdue, mark, separator: String
    public let horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: String
    /// Joins parts of a title: " · ", or " - " where only ASCII can be drawn.
    public var dot: String { separator == "|" ? " - " : " · " }

    public static let unicode = Glyphs(met: "✓", unmet: "✗", notApplicable: "–", unchecked: "·", note: "✎",
                                       barFull: "█", barEmpty: "░", today: "▶", overdue: "!", mark: "⚑",
                                       separator: "│", horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
                                       bottomLeft: "└", bottomRight: "┘")
    public static let ascii = Glyphs(met: "v", unmet: "x", notApplicable: "-", unchecked: ".", note: "*",
                                     barFull: "#", barEmpty: "-", today: ">", overdue: "!", mark: "^",
                                     separator: "|", horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
                                     bottomLeft: "+", bottomRight: "+")

    public func symbol(_ verdict: Verdict) -> String {
        switch verdict {
        case .met: met
        case .unmet: unmet
        case .notApplicable: notApplicable
        case .unchecked: unchecked
        }
    }
}
