import AnxinCore
import AnxinText

/// The enterprise list: name, jurisdiction, tier, stage, a progress bar with its count, badges.
enum ListPane {
    struct Columns {
        var name: Int
        var jurisdiction: Int
        var tier: Int
        var stage: Int
        var progress: Int
        var badges: Int
    }

    /// Column widths for an inner width: the name takes what the others leave; narrow panes drop columns.
    static func columns(for width: Int) -> Columns {
        var columns = Columns(name: 0, jurisdiction: 8, tier: 6, stage: 10, progress: 11, badges: 4)
        if width >= 90 { columns.jurisdiction = 12 ; columns.badges = 6 }
        if width < 62 { columns.jurisdiction = 0 }
        if width < 54 { columns.tier = 0 }
        if width < 48 { columns.badges = 3 ; columns.progress = 5 }
        let fixed = [columns.jurisdiction, columns.tier, columns.stage, columns.progress, columns.badges].filter { $0 > 0 }
        columns.name = max(6, width - fixed.reduce(0, +) - fixed.count)
        return columns
    }

    static func draw(_ screen: inout ScreenBuffer, _ rect: Rect, _ state: AppState) {
        let t = { (message: Message) in message.text(state.language) }
        var title = t(Catalog.tuiPaneList) + " \(state.rows.count)/\(state.campaign.activeCount)"
        let filter = state.filterSummary
        if !filter.isEmpty { title += state.glyphs.dot + t(Catalog.tuiFilterLabel) + " " + filter }
        title += state.glyphs.dot + t(Catalog.tuiSortLabel) + " " + t(state.sort.label) + (state.descending ? (state.glyphs.separator == "|" ? " v" : " ↓") : "")
        Renderer.drawBox(&screen, rect, title: title, focused: state.focus == .list, glyphs: state.glyphs)
        let inner = rect.inner
        guard inner.width > 0, inner.height > 1 else { return }
        let columns = columns(for: inner.width)
        let headings = [(t(Catalog.fieldName), columns.name), (t(Catalog.fieldJurisdiction), columns.jurisdiction),
                        (t(Catalog.fieldTier), columns.tier), (t(Catalog.fieldStage), columns.stage),
                        (t(Catalog.tuiProgress), columns.progress), (t(Catalog.tuiMarks), columns.badges)]
        drawRow(&screen, headings, x: inner.x, y: inner.y, style: Style(.muted, bold: true))

        let visible = inner.height - 1
        if state.rows.isEmpty {
            screen.write(fitting: t(Catalog.tuiNoRows), x: inner.x, y: inner.y + 1, width: inner.width, style: Style(.muted))
            return
        }
        let calendar = state.campaign.config.calendar
        for offset in 0..<visible {
            let index = state.listTop + offset
            guard index < state.rows.count, let record = state.campaign[state.rows[index]] else { break }
            let y = inner.y + 1 + offset
            let progress = record.progress(in: state.campaign.catalog)
            let overdue = calendar.isOverdue(record, on: state.today)
            var x = inner.x
            func cell(_ text: String, _ width: Int, _ style: Style = .plain, alignment: TextFit.Alignment = .left) {
                guard width > 0 else { return }
                screen.write(fitting: text, x: x, y: y, width: width, alignment: alignment, style: style)
                x += width + 1
            }
            cell(record.profile.name, columns.name)
            cell(record.profile.jurisdiction, columns.jurisdiction, Style(.muted))
            cell(t(record.profile.tier.shortLabel), columns.tier)
            let stage = record.isActive ? t(record.stage.label(for: record.profile.tier)) : t(Catalog.removedLabel)
            cell(stage, columns.stage, overdue ? Style(.overdue) : .plain)
            if columns.progress >= 11 {
                let bar = progressBar(progress, width: 5, glyphs: state.glyphs)
                screen.write(bar, x: x, y: y, style: Style(progress.isComplete ? .met : .accent))
                screen.write(fitting: "\(progress.met)/\(progress.applicable)", x: x + 6, y: y, width: columns.progress - 6,
                             alignment: .right)
                x += columns.progress + 1
            } else {
                cell("\(progress.met)/\(progress.applicable)", columns.progress, alignment: .right)
            }
            cell(badges(record, overdue: overdue, state), columns.badges, Style(overdue ? .overdue : .mark, bold: true))
            if index == state.listCursor {
                let focused = state.focus == .list
                screen.restyle(x: inner.x, y: y, width: inner.width) { $0.with(bold: focused, reverse: true) }
            }
        }
    }

    static func drawRow(_ screen: inout ScreenBuffer, _ cells: [(String, Int)], x: Int, y: Int, style: Style) {
        var column = x
        for (text, width) in cells where width > 0 {
            screen.write(fitting: text, x: column, y: y, width: width, style: style)
            column += width + 1
        }
    }

    static func progressBar(_ progress: Progress, width: Int, glyphs: Glyphs) -> String {
        let filled = progress.applicable == 0 ? width : Int((progress.ratio * Double(width)).rounded(.down))
        return String(repeating: glyphs.barFull, count: filled) + String(repeating: glyphs.barEmpty, count: width - filled)
    }

    /// One character per badge: 逾 overdue, 冲 an open conflict, 示 demonstration site, 撤 revoked, 重 key supervision, 黑 blacklist.
    static func badges(_ record: EnterpriseRecord, overdue: Bool, _ state: AppState) -> String {
        var text = overdue ? Catalog.tuiBadgeOverdue.text(state.language) : ""
        if state.campaign.conflicts.countByEnterprise[record.code] != nil { text += Catalog.tuiBadgeConflict.text(state.language) }
        for mark in Mark.allCases where record.has(mark) { text += Catalog.tuiBadge(mark).text(state.language) }
        return text
    }
}
