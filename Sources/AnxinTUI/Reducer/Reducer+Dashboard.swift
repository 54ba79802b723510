import AnxinCore

/// The dashboard's keys: move, order, mark rows, switch views, and hand rows over to the enterprise list.
extension Reducer {
    static func openDashboard(_ state: inout AppState) {
        state.dashboard = Dashboard(report: ProgressReport(state: state.campaign, today: state.today))
        state.notice = nil
    }

    static func handleDashboardKey(_ key: Key, _ state: inout AppState, _ keyMap: KeyMap) {
        guard var board = state.dashboard else { return }
        state.notice = nil
        guard let command = keyMap.dashboardCommand(for: key) else {
            if case let .character(character) = key {
                state.notice = Notice(kind: .error, message: Catalog.tuiUnboundKey(String(character)))
            }
            return
        }
        let page = max(1, DashboardPane.tableRows(state) - 1)
        switch command {
        case .moveUp: moveDashboard(&board, by: -1, state)
        case .moveDown: moveDashboard(&board, by: 1, state)
        case .pageUp: moveDashboard(&board, by: -page, state)
        case .pageDown: moveDashboard(&board, by: page, state)
        case .top: moveDashboard(&board, by: -Int.max / 2, state)
        case .bottom: moveDashboard(&board, by: Int.max / 2, state)
        case .dashboardOrder:
            board.order = Dashboard.Order(rawValue: (board.order.rawValue + 1) % Dashboard.Order.allCases.count) ?? .campaign
            board.reorder()
            state.notice = Notice(kind: .info, message: Catalog.tuiDashboardOrder(board.order.label))
        case .dashboardView:
            board.view = board.view == .progress ? .criteria : .progress
        case .dashboardMark:
            if let row = board.current {
                if board.marked.contains(row) { board.marked.remove(row) } else { board.marked.insert(row) }
                moveDashboard(&board, by: 1, state)
            }
        case .dashboardOpen:
            return openList(from: board, overdueOnly: false, &state)
        case .dashboardOpenOverdue:
            return openList(from: board, overdueOnly: true, &state)
        case .help:
            state.mode = .help(scroll: 0)
        case .quit, .forceQuit:
            state.wantsQuit = true
        default:   // .back
            state.dashboard = nil
            return
        }
        state.dashboard = board
    }

    private static func moveDashboard(_ board: inout Dashboard, by delta: Int, _ state: AppState) {
        if board.view == .criteria {
            board.criteriaTop = clamp(board.criteriaTop + delta, 0, max(0, DashboardPane.criteriaLineCount(board) - 1))
            return
        }
        guard !board.shown.isEmpty else { return }
        board.cursor = clamp(board.cursor + delta, 0, board.shown.count - 1)
        let rows = DashboardPane.tableRows(state)
        if board.cursor < board.top { board.top = board.cursor }
        if board.cursor >= board.top + rows { board.top = board.cursor - rows + 1 }
    }

    /// Leaves the dashboard for the enterprise list, filtered to the chosen rows' enterprises (all, or overdue).
    private static func openList(from board: Dashboard, overdueOnly: Bool, _ state: inout AppState) {
        let groups = board.chosenGroups
        guard !groups.isEmpty else { return }
        var filter = EnterpriseFilter()
        filter.owners = Set(groups)
        filter.overdueOnly = overdueOnly
        filter.text = state.filter.text
        state.filter = filter
        state.dashboard = nil
        state.focus = .list
        state.listCursor = 0
        state.listTop = 0
        state.refreshRows(keeping: nil)
    }
}
