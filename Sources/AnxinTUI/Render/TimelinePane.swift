import AnxinCore
import AnxinText

/// The campaign calendar (8 steps, due dates, a today marker, past steps the enterprise has not reached marked
/// overdue) followed by the selected enterprise's own history, oldest first — one consistent order.
enum TimelinePane {
    static func lines(_ state: AppState) -> [(text: String, style: Style)] {
        let t = { (message: Message) in message.text(state.language) }
        var lines: [(String, Style)] = []
        let calendar = state.campaign.config.calendar
        let current = calendar.currentStep(on: state.today)
        // The calendar step the selected enterprise is overdue for (its next action's step), if any.
        let overdueStep = state.selected.flatMap { record in
            calendar.isOverdue(record, on: state.today) ? calendar.nextStep(of: record)?.action.calendarStep : nil
        }
        for step in calendar.steps {
            let isCurrent = step.number == current?.number
            let marker = isCurrent ? state.glyphs.today : " "
            let window = (step.from.map { short($0) + "–" } ?? "") + short(step.due)
            var text = "\(marker) \(step.number) \(step.title) \(window)"
            var style = Style(isCurrent ? .accent : (calendar.isPast(step, on: state.today) ? .muted : .normal), bold: isCurrent)
            if step.number == overdueStep {
                text += " " + state.glyphs.overdue + t(Catalog.overdueBadge)
                style = Style(.overdue, bold: true)
            }
            lines.append((text, style))
        }
        guard let record = state.selected else { return lines }
        lines.append((String(repeating: state.glyphs.horizontal, count: 3) + " " + record.profile.name, Style(.muted)))
        if state.timelineFor != record.code {
            lines.append((t(Catalog.tuiLoading), Style(.muted)))
            return lines
        }
        for event in state.timeline {
            let day = event.at.description
            let when = String(day.dropFirst(5).prefix(5))
            let what = TimelineText.describe(event, catalog: state.campaign.catalog, state.language)
            lines.append(("\(when) \(event.actor) \(what)", style(event)))
        }
        return lines
    }

    /// How many lines the pane has to show (the calendar, then the enterprise's history).
    static func lineCount(_ state: AppState) -> Int {
        let steps = state.campaign.config.calendar.steps.count
        guard state.selected != nil else { return steps }
        return steps + 1 + (state.timelineFor == state.selectedCode ? state.timeline.count : 1)
    }

    static func short(_ day: Day) -> String {
        String(day.description.dropFirst(5))
    }

    static func style(_ event: Event) -> Style {
        switch event.payload {
        case let .ticked(tick): Style(ChecklistPane.role(tick.verdict))
        case .step: Style(.accent)
        case .marked, .unmarked: Style(.mark)
        default: .plain
        }
    }

    static func draw(_ screen: inout ScreenBuffer, _ rect: Rect, _ state: AppState) {
        Renderer.drawBox(&screen, rect, title: Catalog.tuiPaneTimeline.text(state.language),
                         focused: state.focus == .timeline, glyphs: state.glyphs)
        let inner = rect.inner
        guard inner.width > 0, inner.height > 0 else { return }
        let all = lines(state)
        // Scrolled by the timeline cursor; by default the newest events stay in view.
        let top = min(state.timelineTop, max(0, all.count - inner.height))
        for (offset, line) in all.dropFirst(top).prefix(inner.height).enumerated() {
            screen.write(fitting: line.text, x: inner.x, y: inner.y + offset, width: inner.width, style: line.style)
        }
    }
}

/// An event as a short timeline line in the user's language.
public enum TimelineText {
    public static func describe(_ event: Event, catalog: CriteriaCatalog, _ language: Language) -> String {
        let t = { (message: Message) in message.text(language) }
        let sep = language == .zh ? "：" : ": "
        switch event.payload {
        case let .listed(profile): return t(Catalog.eventListed) + " " + t(profile.tier.shortLabel)
        case .edited: return t(Catalog.eventEdited)
        case let .removed(reason): return t(Catalog.eventRemoved) + sep + reason
        case let .ticked(tick):
            var text = "\(tick.criterion)" + (tick.level.map { " " + t($0.label) } ?? "") + " " + t(tick.verdict.label)
            if let note = tick.note { text += sep + note }
            return text
        case let .cleared(criterion, level):
            return t(Catalog.eventCleared) + " \(criterion)" + (level.map { " " + t($0.label) } ?? "")
        case let .step(details):
            var text = t(details.action.label)
            if let deadline = details.deadline { text += " " + t(Catalog.deadlineLabel) + " \(deadline)" }
            if let note = details.note { text += sep + note }
            return text
        case let .marked(details): return t(Catalog.eventMarked) + " " + t(details.mark.label) + sep + details.reason
        case let .unmarked(mark, reason, _): return t(Catalog.eventUnmarked) + " " + t(mark.label) + sep + reason
        case let .noted(text): return t(Catalog.eventNoted) + sep + text
        case let .carried(year): return t(Catalog.eventCarried(year))
        case let .resolved(subject, other):
            return t(Catalog.eventResolved(subject.argumentText, kept: event.seen?.description ?? "—", other: other.description))
        }
    }
}
