/// Where everything goes for a screen size: a pure function, table-tested (lazygit's window arrangement).
public struct Layout: Sendable, Equatable {
    public enum Arrangement: Sendable, Equatable {
        /// 120 columns or more: list left, checklist and timeline stacked on the right.
        case sideBySide
        /// Narrower: one pane at a time under a row of tabs.
        case tabbed
        /// Below the minimum: only a notice to enlarge the window.
        case tooSmall
    }

    public let arrangement: Arrangement
    public let header: Rect
    public let tabs: Rect?
    public let panes: [Pane: Rect]
    public let hint: Rect
    public let message: Rect

    public static let minimumWidth = 40
    public static let minimumHeight = 12
    public static let sideBySideWidth = 120

    public static func compute(width: Int, height: Int, focus: Pane) -> Layout {
        let empty = Rect(x: 0, y: 0, width: 0, height: 0)
        guard width >= minimumWidth, height >= minimumHeight else {
            return Layout(arrangement: .tooSmall, header: empty, tabs: nil, panes: [:], hint: empty, message: empty)
        }
        let header = Rect(x: 0, y: 0, width: width, height: 1)
        let message = Rect(x: 0, y: height - 1, width: width, height: 1)
        let hint = Rect(x: 0, y: height - 2, width: width, height: 1)
        let bodyTop = 1, bodyHeight = height - 3
        if width >= sideBySideWidth {
            let listWidth = width * 3 / 5
            let rightWidth = width - listWidth
            let checklistHeight = max(6, bodyHeight * 3 / 5)
            return Layout(arrangement: .sideBySide, header: header, tabs: nil, panes: [
                .list: Rect(x: 0, y: bodyTop, width: listWidth, height: bodyHeight),
                .checklist: Rect(x: listWidth, y: bodyTop, width: rightWidth, height: checklistHeight),
                .timeline: Rect(x: listWidth, y: bodyTop + checklistHeight, width: rightWidth, height: bodyHeight - checklistHeight),
            ], hint: hint, message: message)
        }
        let tabs = Rect(x: 0, y: bodyTop, width: width, height: 1)
        return Layout(arrangement: .tabbed, header: header, tabs: tabs,
                      panes: [focus: Rect(x: 0, y: bodyTop + 1, width: width, height: bodyHeight - 1)],
                      hint: hint, message: message)
    }

    /// Rows of content a pane shows (inside its border, under its title line).
    public func visibleRows(_ pane: Pane) -> Int {
        guard let rect = panes[pane] else { return 0 }
        return max(1, rect.height - 3)
    }
}
