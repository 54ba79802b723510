import AnxinCore
import AnxinText

/// The selected enterprise's checklist: verdict symbols, titles, note indicators, the levels of N05, a summary
/// of what blocks the next step, and the full text of the selected criterion.
enum ChecklistPane {
    static func draw(_ screen: inout ScreenBuffer, _ rect: Rect, _ state: AppState) {
        let t = { (message: Message) in message.text(state.language) }
        guard let record = state.selected else {
            Renderer.drawBox(&screen, rect, title: t(Catalog.tuiPaneChecklist), focused: state.focus == .checklist, glyphs: state.glyphs)
            return
        }
        let progress = record.progress(in: state.campaign.catalog)
        Renderer.drawBox(&screen, rect, title: t(Catalog.tuiPaneChecklist) + state.glyphs.dot + record.profile.name + " \(progress.met)/\(progress.applicable)",
                         focused: state.focus == .checklist, glyphs: state.glyphs)
        let inner = rect.inner
        guard inner.width > 4, inner.height > 0 else { return }
        let rows = state.checklistRows
        let visible = ChecklistMetrics.visibleRows(in: rect)
        let reserved = max(0, inner.height - visible)
        for offset in 0..<visible {
            let index = state.checklistTop + offset
            guard index < rows.count else { break }
            let row = rows[index]
            let y = inner.y + offset
            let verdict = state.verdict(row, of: record)
            let entry = state.verdictRecord(row, of: record)
            let noteMark = (entry?.note != nil) ? state.glyphs.note : " "
            let symbol = state.glyphs.symbol(verdict)
            let style = Style(role(verdict))
            // One verdict column for criteria and levels alike.
            let titleWidth = max(4, inner.width - 16)
            var x = inner.x + 6 + titleWidth + 1
            if let level = row.level {
                let used = screen.write("    " + symbol + " ", x: inner.x, y: y, style: style)
                screen.write(fitting: t(level.label), x: inner.x + used, y: y, width: max(0, x - inner.x - used - 1))
            } else {
                screen.write(symbol + " ", x: inner.x, y: y, style: style)
                screen.write(row.criterion.id.value + " ", x: inner.x + 2, y: y, style: Style(.muted))
                screen.write(fitting: row.criterion.title, x: inner.x + 6, y: y, width: titleWidth)
            }
            x = min(x, inner.maxX - 2)
            let verdictWidth = max(0, min(6, inner.maxX - x - 2))
            screen.write(fitting: t(verdict.label), x: x, y: y, width: verdictWidth, style: style)
            screen.write(noteMark, x: inner.maxX - 1, y: y, style: Style(.accent))
            if !state.campaign.conflicts.isEmpty,
               state.campaign.conflicts[record.code, .criterion(row.criterion.id, row.level)] != nil {
                // An open conflict between two laptops' verdicts, in the two cells before the note mark.
                screen.write(fitting: Catalog.tuiBadgeConflict.text(state.language), x: inner.maxX - 3, y: y, width: 2,
                             style: Style(.warning, bold: true))
            }
            if index == state.checklistCursor {
                screen.restyle(x: inner.x, y: y, width: inner.width) { $0.with(bold: state.focus == .checklist, reverse: true) }
            }
        }
        guard reserved > 0 else { return }
        // Summary: progress and what blocks the next step (two lines at most, so the blockers show).
        var y = inner.y + visible
        for line in TextFit.wrap(summary(record, progress, state), width: inner.width).prefix(2) where y < inner.maxY {
            screen.write(fitting: line, x: inner.x, y: y, width: inner.width,
                         style: Style(progress.isComplete ? .met : .accent, bold: true))
            y += 1
        }
        guard let selected = state.selectedChecklistRow, y < inner.maxY else { return }
        var lines = TextFit.wrap(selected.criterion.id.value + " " + selected.criterion.text, width: inner.width)
        if let note = state.verdictRecord(selected, of: record)?.note {
            lines += TextFit.wrap(state.glyphs.note + " " + note, width: inner.width)
        }
        for line in lines where y < inner.maxY {
            screen.write(fitting: line, x: inner.x, y: y, width: inner.width, style: Style(.muted))
            y += 1
        }
    }

    static func role(_ verdict: Verdict) -> ColorRole {
        switch verdict {
        case .met: .met
        case .unmet: .unmet
        case .notApplicable: .notApplicable
        case .unchecked: .unchecked
        }
    }

    static func summary(_ record: EnterpriseRecord, _ progress: Progress, _ state: AppState) -> String {
        let t = { (message: Message) in message.text(state.language) }
        var text = t(Catalog.tuiProgress) + " \(progress.met)/\(progress.applicable)"
        guard let next = state.campaign.config.calendar.nextStep(of: record) else { return text }
        text += state.glyphs.dot + t(Catalog.nextStepLabel) + " " + t(next.action.label)
        if let due = next.due { text += " " + due.description }
        if next.action == .apply || next.action == .accept || next.action == .close,
           let blocking = Rulebook(config: state.campaign.config, catalog: state.campaign.catalog).blockingCriteria(record) {
            text += state.glyphs.dot + t(Catalog.blockingLabel) + " " + blocking.map(\.value).joined(separator: " ")
        }
        return text
    }
}
