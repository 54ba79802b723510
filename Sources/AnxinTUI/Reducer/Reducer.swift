import AnxinCore

/// What happens to the UI: keys, and the results of effects the runner performed.
public enum AppAction: Sendable {
    case key(Key)
    case resized(width: Int, height: Int)
    /// The runner appended an event durably and folded it into `campaign`.
    case recorded(Event, undo: UndoEntry?)
    case refused(Message)
    case timelineLoaded(CreditCode, [Event])
    /// The runner finished a sync (see `Effect.sync`).
    case synced(SyncOutcome)
}

/// Work for the runner: the reducer itself never touches files (Bubble Tea's commands).
public enum Effect: Sendable, Equatable {
    /// Append this event durably (the store's write path), fold it, then send `.recorded` or `.refused`.
    case record(EventPayload, CreditCode, undo: UndoEntry?)
    case loadTimeline(CreditCode)
    /// Start this campaign year (`anxin rollover --year`), then open the store again.
    case startYear(Int)
    /// Sync with the other laptops (git), then send `.synced`.
    case sync
    case quit
}

/// `reduce(state, action) -> effects`: a pure state change plus the effects to run.
public enum Reducer {
    public static func reduce(_ state: inout AppState, _ action: AppAction, keyMap: KeyMap = .standard) -> [Effect] {
        var effects: [Effect] = []
        let before = state.selectedCode
        switch action {
        case let .key(key):
            if key == .control("c") { return [.quit] }
            handle(key, &state, keyMap, &effects)
        case let .resized(width, height):
            state.width = width
            state.height = height
            scrollIntoView(&state)
        case let .recorded(event, undo):
            if let undo { state.undoStack.append(undo) }
            state.syncStatus?.unshared += 1
            // A verdict or a note changes neither filters nor order, except the progress sort: the roster
            // (100,000 rows) is only queried again when it can change.
            switch event.payload {
            case .ticked, .cleared, .noted:
                if state.sort == .progress { state.refreshRows(keeping: event.enterprise) }
            default:
                state.refreshRows(keeping: event.enterprise)
            }
            if state.timelineFor == event.enterprise { state.timeline.append(event) }
            if case let .listed(profile) = event.payload, state.searchIndex.isBuilt {
                state.searchIndex.update(profile.code, name: profile.name, in: state.campaign)
            }
            if case let .edited(change) = event.payload, let name = change.name, state.searchIndex.isBuilt {
                state.searchIndex.update(event.enterprise, name: name, in: state.campaign)
            }
            let catalog = state.campaign.catalog
            state.notice = Notice(kind: .info, message: Catalog.tuiSaved(TimelineText.describe(event, catalog: catalog, .zh),
                                                                         TimelineText.describe(event, catalog: catalog, .en)))
        case let .refused(message):
            state.notice = Notice(kind: .error, message: message)
        case let .synced(outcome):
            finishSync(outcome, &state)
        case let .timelineLoaded(code, events):
            if state.selectedCode == code {
                state.timeline = events
                state.timelineFor = code
                state.timelineTop = maxTimelineTop(state)   // the newest events in view
            }
        }
        if state.wantsQuit { effects.append(.quit) }
        if state.selectedCode != before {
            state.checklistCursor = 0
            state.checklistTop = 0
        }
        if let code = state.selectedCode, state.timelineFor != code, !effects.contains(.loadTimeline(code)) {
            effects.append(.loadTimeline(code))
        }
        scrollIntoView(&state)
        return effects
    }

    static func handle(_ key: Key, _ state: inout AppState, _ keyMap: KeyMap, _ effects: inout [Effect]) {
        if case let .mouse(event) = key {
            handleMouse(event, &state)
            return
        }
        if key == .resize { return }
        if state.dashboard != nil, case .normal = state.mode {
            handleDashboardKey(key, &state, keyMap)
            return
        }
        switch state.mode {
        case .normal:
            state.notice = nil
            guard let command = keyMap.command(for: key, in: state.focus) else {
                if case let .character(character) = key {
                    state.notice = Notice(kind: .error, message: Catalog.tuiUnboundKey(String(character)))
                }
                return
            }
            perform(command, &state, &effects)
        case let .help(scroll):
            switch key {
            case .escape, .character("q"), .character("?"), .function(1): state.mode = .normal
            case .down, .character("j"): state.mode = .help(scroll: scroll + 1)
            case .up, .character("k"): state.mode = .help(scroll: max(0, scroll - 1))
            case .pageDown: state.mode = .help(scroll: scroll + 10)
            case .pageUp: state.mode = .help(scroll: max(0, scroll - 10))
            default: break
            }
        case .search:
            handleSearchKey(key, &state)
        case .note:
            handleNoteKey(key, &state, &effects)
        case .form:
            handleFormKey(key, &state, &effects)
        case .menu:
            handleMenuKey(key, &state, &effects)
        }
    }

    static func perform(_ command: Command, _ state: inout AppState, _ effects: inout [Effect]) {
        switch command {
        case .moveUp: move(&state, by: -1)
        case .moveDown: move(&state, by: 1)
        case .pageUp: move(&state, by: -page(state))
        case .pageDown: move(&state, by: page(state))
        case .top: move(&state, by: -Int.max / 2)
        case .bottom: move(&state, by: Int.max / 2)
        case .nextPane: state.focus = Pane(rawValue: (state.focus.rawValue + 1) % 3) ?? .list
        case .previousPane: state.focus = Pane(rawValue: (state.focus.rawValue + 2) % 3) ?? .list
        case .focusList: state.focus = .list
        case .focusChecklist: state.focus = .checklist
        case .focusTimeline: state.focus = .timeline
        case .open: if state.selected != nil { state.focus = .checklist }
        case .cycleVerdict, .markMet, .markUnmet, .markNotApplicable, .clearVerdict:
            setVerdict(command, &state, &effects)
        case .editNote: beginNote(&state)
        case .nextStep: beginStep(&state)
        case .marksMenu: openMenu(.marks, &state)
        case .search: state.mode = .search(LineEditor(), origin: state.listCursor)
        case .searchNext: repeatSearch(&state, forward: true)
        case .searchPrevious: repeatSearch(&state, forward: false)
        case .filterMenu: openMenu(.filterDimensions, &state)
        case .sortMenu: openMenu(.sort, &state)
        case .dashboard: openDashboard(&state)
        case .dashboardOrder, .dashboardMark, .dashboardOpen, .dashboardOpenOverdue, .dashboardView:
            break   // only while the dashboard is open (handleDashboardKey)
        case .nextYear: openNextYear(&state)
        case .undo: undo(&state, &effects)
        case .sync: beginSync(&state, &effects)
        case .resolveConflict: resolveConflict(&state, &effects)
        case .help: state.mode = .help(scroll: 0)
        case .back:
            if state.focus != .list { state.focus = .list }
        case .quit, .forceQuit: state.wantsQuit = true
        }
    }

    /// Rows a page moves in the focused pane.
    static func page(_ state: AppState) -> Int {
        max(1, state.layout.visibleRows(state.focus) - 1)
    }

    static func move(_ state: inout AppState, by delta: Int) {
        switch state.focus {
        case .list:
            guard !state.rows.isEmpty else { return }
            state.listCursor = clamp(state.listCursor + delta, 0, state.rows.count - 1)
        case .checklist:
            let count = state.checklistRows.count
            guard count > 0 else { return }
            state.checklistCursor = clamp(state.checklistCursor + delta, 0, count - 1)
        case .timeline:
            state.timelineTop = clamp(state.timelineTop + delta, 0, maxTimelineTop(state))
        }
    }

    /// The largest first line the timeline pane can show: every press of k or j then moves what is seen.
    static func maxTimelineTop(_ state: AppState) -> Int {
        let visible = max(1, (state.layout.panes[.timeline]?.height ?? 3) - 2)
        return max(0, TimelinePane.lineCount(state) - visible)
    }

    static func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int {
        min(max(value, low), high)
    }

    /// Keeps the cursors on screen.
    static func scrollIntoView(_ state: inout AppState) {
        let listRows = state.layout.visibleRows(.list)
        if state.listCursor < state.listTop { state.listTop = state.listCursor }
        if state.listCursor >= state.listTop + listRows { state.listTop = state.listCursor - listRows + 1 }
        state.listTop = clamp(state.listTop, 0, max(0, state.rows.count - listRows))
        let checklistRows = max(1, state.layout.visibleRows(.checklist) - ChecklistMetrics.reservedRows)
        if state.checklistCursor < state.checklistTop { state.checklistTop = state.checklistCursor }
        if state.checklistCursor >= state.checklistTop + checklistRows {
            state.checklistTop = state.checklistCursor - checklistRows + 1
        }
    }

    static func handleMouse(_ event: MouseEvent, _ state: inout AppState) {
        guard case .normal = state.mode, state.dashboard == nil else { return }
        let layout = state.layout
        if let tabs = layout.tabs, tabs.contains(x: event.x, y: event.y), event.kind == .click {
            let index = min(2, event.x * 3 / max(1, tabs.width))
            state.focus = Pane(rawValue: index) ?? .list
            return
        }
        for (pane, rect) in layout.panes where rect.contains(x: event.x, y: event.y) {
            switch event.kind {
            case .wheelUp, .wheelDown:
                let previous = state.focus
                state.focus = pane
                move(&state, by: event.kind == .wheelUp ? -3 : 3)
                state.focus = previous
            case .click:
                state.focus = pane
                let row = event.y - rect.y - (pane == .list ? 2 : 1)
                if pane == .list, row >= 0, state.listTop + row < state.rows.count {
                    state.listCursor = state.listTop + row
                } else if pane == .checklist, row >= 0, row < ChecklistMetrics.visibleRows(in: rect),
                          state.checklistTop + row < state.checklistRows.count {
                    state.checklistCursor = state.checklistTop + row
                }
            }
            return
        }
    }
}

/// Rows of the checklist pane kept for the summary and the selected criterion's full text.
public enum ChecklistMetrics {
    public static let reservedRows = 5

    /// Checklist rows drawn in a pane of this size (the rest is the summary and the criterion's text).
    static func visibleRows(in rect: Rect) -> Int {
        let inner = max(0, rect.height - 2)
        return max(1, inner - min(reservedRows, max(0, inner - 2)))
    }
}
