import AnxinCore

/// Where a binding works.
public enum Pane: Int, Sendable, CaseIterable {
    case list, checklist, timeline

    public var title: Message {
        switch self {
        case .list: Catalog.tuiPaneList
        case .checklist: Catalog.tuiPaneChecklist
        case .timeline: Catalog.tuiPaneTimeline
        }
    }
}

/// One key bound to one command, with where it works and whether the hint bar shows it (lazygit's bindings).
public struct Binding: Sendable {
    public let keys: [Key]
    public let command: Command
    /// nil: in every pane.
    public let panes: Set<Pane>?
    public let inHintBar: Bool
    /// Where the hint bar shows it (nil: wherever it works); the checklist's keys crowd out list keys there.
    public let hintPanes: Set<Pane>?

    public init(_ keys: [Key], _ command: Command, panes: Set<Pane>? = nil, hint: Bool = false, hintPanes: Set<Pane>? = nil) {
        self.keys = keys
        self.command = command
        self.panes = panes
        self.inHintBar = hint
        self.hintPanes = hintPanes
    }

    public func applies(in pane: Pane) -> Bool { panes?.contains(pane) ?? true }
}

/// The key map as data. The hint bar and the help overlay are generated from it; nothing else knows keys.
public struct KeyMap: Sendable {
    public let bindings: [Binding]
    /// The keys of the dashboard (总览) while it is open; moving, help and back are the bindings' own.
    public var dashboardBindings: [Binding] = []

    public static let standard = KeyMap(bindings: [
        Binding([.up, .character("k")], .moveUp),
        Binding([.down, .character("j")], .moveDown),
        Binding([.pageUp], .pageUp),
        Binding([.pageDown], .pageDown),
        Binding([.character("g"), .home], .top),
        Binding([.character("G"), .end], .bottom),
        Binding([.tab], .nextPane, hint: true, hintPanes: [.list, .timeline]),
        Binding([.backTab], .previousPane),
        Binding([.character("1")], .focusList),
        Binding([.character("2")], .focusChecklist),
        Binding([.character("3")], .focusTimeline),
        Binding([.enter], .open, panes: [.list], hint: true),
        Binding([.character(" ")], .cycleVerdict, panes: [.checklist], hint: true),
        Binding([.character("y")], .markMet, panes: [.checklist], hint: true),
        Binding([.character("x")], .markUnmet, panes: [.checklist], hint: true),
        Binding([.character("-")], .markNotApplicable, panes: [.checklist], hint: true),
        Binding([.character("c")], .clearVerdict, panes: [.checklist]),
        Binding([.character("e")], .editNote, panes: [.checklist], hint: true),
        Binding([.character(">")], .nextStep, hint: true),
        Binding([.character("m")], .marksMenu),
        Binding([.character("/")], .search, hint: true, hintPanes: [.list, .timeline]),
        Binding([.character("n")], .searchNext),
        Binding([.character("N")], .searchPrevious),
        Binding([.character("f")], .filterMenu, hint: true, hintPanes: [.list, .timeline]),
        Binding([.character("s")], .sortMenu),
        Binding([.character("D")], .dashboard, hint: true, hintPanes: [.list]),
        Binding([.character("Y")], .nextYear),
        Binding([.character("u")], .undo),
        Binding([.character("S")], .sync),
        Binding([.character("R")], .resolveConflict),
        Binding([.character("?"), .function(1)], .help, hint: true),
        Binding([.escape], .back),
        Binding([.character("q")], .quit, hint: true),
        Binding([.control("c")], .forceQuit),
    ], dashboardBindings: [
        Binding([.character("D"), .escape], .back, hint: true),
        Binding([.character("s")], .dashboardOrder, hint: true),
        Binding([.character(" ")], .dashboardMark, hint: true),
        Binding([.enter], .dashboardOpen, hint: true),
        Binding([.character("o")], .dashboardOpenOverdue, hint: true),
        Binding([.tab], .dashboardView, hint: true),
    ])

    /// The command a key runs while the dashboard is open: its own keys first, then moving, help and quit.
    public func dashboardCommand(for key: Key) -> Command? {
        if let command = dashboardBindings.first(where: { $0.keys.contains(key) })?.command { return command }
        let shared: Set<Command> = [.moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom, .help, .quit, .forceQuit]
        return bindings.first { $0.keys.contains(key) && shared.contains($0.command) }?.command
    }

    /// The command a key runs in a pane, if any.
    public func command(for key: Key, in pane: Pane) -> Command? {
        bindings.first { $0.keys.contains(key) && $0.applies(in: pane) }?.command
    }

    /// The bindings the hint bar shows for a pane, in order.
    public func hints(for pane: Pane) -> [Binding] {
        // Help first: on a narrow screen it is the one hint that must not be cut off.
        let shown = bindings.filter { $0.inHintBar && $0.applies(in: pane) && ($0.hintPanes?.contains(pane) ?? true) }
        return shown.filter { $0.command == .help } + shown.filter { $0.command != .help }
    }

    /// How a binding's keys read: "↑/k".
    public static func keyLabel(_ binding: Binding) -> String {
        binding.keys.map(\.label).joined(separator: "/")
    }
}
