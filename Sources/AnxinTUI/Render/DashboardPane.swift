import AnxinCore
import AnxinText

/// The dashboard (总览): per jurisdiction and department, the quota, how many enterprises reached each stage,
/// the finished share as a bar, overdue, revoked and blacklisted; the city's total pinned at the bottom; or, in
/// its second view, the criteria that fail most per tier.
enum DashboardPane {
    /// One numeric column: its heading and what it counts in a row.
    struct Column {
        let title: Message
        let width: Int
        let value: (GroupTally) -> String
    }

    /// The area the dashboard covers: everything between the header and the hint bar.
    static func area(_ state: AppState) -> Rect {
        Rect(x: 0, y: 1, width: state.width, height: max(0, state.height - 3))
    }

    /// Table rows that fit (inside the box: two heading lines above, the rule and the city's row below).
    static func tableRows(_ state: AppState) -> Int {
        max(1, area(state).height - 2 - 4)
    }

    static func columns(forWidth width: Int) -> (name: Int, numbers: [Column]) {
        func number(_ value: Int) -> String { String(value) }
        func quota(_ tier: Tier) -> (GroupTally) -> String { { row in row.quota(tier).map(number) ?? "—" } }
        func reached(_ measure: ProgressMeasure) -> (GroupTally) -> String { { number($0.count(measure)) } }
        let marks = [
            Column(title: Catalog.tuiDashboardShort(.overdue), width: 4, value: reached(.overdue)),
            Column(title: Catalog.tuiDashboardShort(.revoked), width: 4, value: reached(.revoked)),
            Column(title: Catalog.tuiDashboardShort(.blacklisted), width: 6, value: reached(.blacklisted)),
        ]
        if width >= 112 {
            let quotas = Tier.allCases.map { tier in Column(title: Catalog.tuiDashboardQuotaOf(tier), width: 3, value: quota(tier)) }
            let stages: [ProgressMeasure] = [.listed, .committed, .planned, .inProgress, .applied, .accepted,
                                             .publicized, .awarded, .rectifying, .closed]
            let stageColumns = stages.map { Column(title: Catalog.tuiDashboardShort($0), width: 4, value: reached($0)) }
            return (14, quotas + stageColumns + marks)
        }
        let compact = [
            Column(title: Catalog.tuiDashboardQuota, width: 4, value: { $0.totalQuota.map(number) ?? "—" }),
            Column(title: Catalog.tuiDashboardShort(.listed), width: 4, value: reached(.listed)),
            Column(title: Catalog.tuiDashboardFinished, width: 4, value: { number($0.finished) }),
        ]
        return (width >= 70 ? 12 : 8, compact + marks)
    }

    static func draw(_ screen: inout ScreenBuffer, _ state: AppState) {
        guard let board = state.dashboard else { return }
        let t = { (message: Message) in message.text(state.language) }
        let rect = area(state)
        screen.fill(rect)
        let viewTitle = board.view == .progress ? Catalog.tuiDashboardProgress : Catalog.tuiDashboardCriteria
        var title = t(Catalog.tuiDashboardTitle) + state.glyphs.dot + t(viewTitle)
        if board.view == .progress { title += state.glyphs.dot + t(board.order.label) }
        if !board.marked.isEmpty { title += state.glyphs.dot + t(Catalog.tuiDashboardMarked(board.marked.count)) }
        Renderer.drawBox(&screen, rect, title: title, focused: true, glyphs: state.glyphs)
        let inner = rect.inner
        guard inner.width > 10, inner.height > 4 else { return }
        switch board.view {
        case .progress: drawProgress(&screen, inner, board, state)
        case .criteria: drawCriteria(&screen, inner, board, state)
        }
    }

    private static func drawProgress(_ screen: inout ScreenBuffer, _ inner: Rect, _ board: Dashboard, _ state: AppState) {
        let t = { (message: Message) in message.text(state.language) }
        let (nameWidth, numbers) = columns(forWidth: inner.width)
        let fixed = 2 + nameWidth + 1 + numbers.reduce(0) { $0 + $1.width + 1 }
        let barWidth = max(0, inner.width - fixed - 5)
        screen.write(fitting: t(Catalog.tuiDashboardLegend(wide: inner.width >= 112)), x: inner.x, y: inner.y,
                     width: inner.width, style: Style(.muted))

        func drawRow(_ y: Int, marker: String, name: String, cells: [String], share: Double?, style: Style) {
            var x = inner.x
            screen.write(fitting: marker, x: x, y: y, width: 2, style: Style(.mark, bold: true))
            x += 2
            screen.write(fitting: name, x: x, y: y, width: nameWidth, style: style)
            x += nameWidth + 1
            for (column, text) in zip(numbers, cells) {
                screen.write(fitting: text, x: x, y: y, width: column.width, alignment: .right, style: style)
                x += column.width + 1
            }
            guard barWidth > 0 else { return }
            if let share {
                let drawn = bar(share, width: barWidth, glyphs: state.glyphs)
                screen.write(drawn.filled, x: x, y: y, style: Style(share >= 1 ? .met : .accent))
                screen.write(drawn.empty, x: x + DisplayWidth.of(drawn.filled), y: y, style: Style(.muted))
                screen.write(fitting: "\(Int((share * 100).rounded()))%", x: x + barWidth, y: y, width: 5,
                             alignment: .right, style: style)
            } else {
                screen.write(fitting: t(Catalog.tuiDashboardNoQuota), x: x, y: y, width: barWidth + 5, style: Style(.muted))
            }
        }

        // Headings.
        var x = inner.x + 2
        let headingStyle = Style(.muted, bold: true)
        screen.write(fitting: t(Catalog.tuiDashboardOwner), x: x, y: inner.y + 1, width: nameWidth, style: headingStyle)
        x += nameWidth + 1
        for column in numbers {
            screen.write(fitting: t(column.title), x: x, y: inner.y + 1, width: column.width, alignment: .right, style: headingStyle)
            x += column.width + 1
        }
        if barWidth > 0 {
            screen.write(fitting: t(Catalog.tuiDashboardBar), x: x, y: inner.y + 1, width: barWidth + 5, style: headingStyle)
        }

        let rows = max(1, inner.height - 4)
        let report = board.report
        for offset in 0..<rows {
            let index = board.top + offset
            guard index < board.shown.count else { break }
            let row = report.rows[board.shown[index]]
            let y = inner.y + 2 + offset
            let marker = board.marked.contains(board.shown[index]) ? state.glyphs.mark : ""
            let overdue = row.count(.overdue) > 0
            drawRow(y, marker: marker, name: row.group.name(state.language), cells: numbers.map { $0.value(row) },
                    share: row.finishedShare, style: .plain)
            if overdue, let position = overduePosition(numbers, nameWidth: nameWidth) {
                screen.restyle(x: inner.x + position.x, y: y, width: position.width) { var style = $0.with(bold: true); style.role = .overdue; return style }
            }
            if index == board.cursor {
                screen.restyle(x: inner.x, y: y, width: inner.width) { $0.with(bold: true, reverse: true) }
            }
        }
        let ruleY = inner.y + inner.height - 2
        screen.write(String(repeating: state.glyphs.horizontal, count: inner.width), x: inner.x, y: ruleY, style: Style(.border))
        let city = report.city
        drawRow(ruleY + 1, marker: "", name: city.group.name(state.language), cells: numbers.map { $0.value(city) },
                share: city.finishedShare, style: Style(.title, bold: true))
    }

    /// Where the overdue column is, to colour it.
    private static func overduePosition(_ numbers: [Column], nameWidth: Int) -> (x: Int, width: Int)? {
        var x = 2 + nameWidth + 1
        for column in numbers {
            if column.title == Catalog.tuiDashboardShort(.overdue) { return (x, column.width) }
            x += column.width + 1
        }
        return nil
    }

    /// The criteria view's lines: per tier, a title, then its failing criteria worst first.
    static func criteriaLines(_ board: Dashboard, _ language: Language) -> [(text: String, share: Double?, isTitle: Bool)] {
        var lines: [(String, Double?, Bool)] = []
        for failures in board.report.failures {
            let failing = failures.failing
            lines.append((Catalog.tuiDashboardTierFailures(failures.tier.label, count: failing.count).text(language), nil, true))
            for failure in failing {
                let text = "\(failure.criterion.id) \(failure.criterion.title)"
                    + "  " + Catalog.tuiDashboardUnmet(failure.unmet, checked: failure.checked).text(language)
                lines.append((text, failure.share, false))
            }
            lines.append(("", nil, false))
        }
        return lines
    }

    static func criteriaLineCount(_ board: Dashboard) -> Int { criteriaLines(board, .zh).count }

    private static func drawCriteria(_ screen: inout ScreenBuffer, _ inner: Rect, _ board: Dashboard, _ state: AppState) {
        let lines = criteriaLines(board, state.language)
        let barWidth = inner.width >= 70 ? 20 : 0
        let textWidth = inner.width - (barWidth > 0 ? barWidth + 6 : 0)
        for offset in 0..<inner.height {
            let index = board.criteriaTop + offset
            guard index < lines.count else { break }
            let line = lines[index]
            let y = inner.y + offset
            screen.write(fitting: line.text, x: inner.x, y: y, width: textWidth,
                         style: line.isTitle ? Style(.title, bold: true) : .plain)
            if barWidth > 0, let share = line.share {
                let drawn = bar(share, width: barWidth, glyphs: state.glyphs)
                let x = inner.x + textWidth + 1
                screen.write(drawn.filled, x: x, y: y, style: Style(.unmet))
                screen.write(drawn.empty, x: x + DisplayWidth.of(drawn.filled), y: y, style: Style(.muted))
                screen.write(fitting: "\(Int((share * 100).rounded()))%", x: x + barWidth, y: y, width: 5, alignment: .right)
            }
        }
    }

    /// A horizontal bar of `width` cells for a share (capped at 1): eighth blocks where Unicode can be drawn.
    static func bar(_ share: Double, width: Int, glyphs: Glyphs) -> (filled: String, empty: String) {
        let capped = min(1, max(0, share))
        let eighths = Int((capped * Double(width * 8)).rounded())
        var filled = String(repeating: glyphs.barFull, count: eighths / 8)
        var used = eighths / 8
        if glyphs.separator != "|", eighths % 8 > 0 {
            let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
            filled += partial[eighths % 8]
            used += 1
        }
        return (filled, String(repeating: glyphs.barEmpty, count: max(0, width - used)))
    }
}
