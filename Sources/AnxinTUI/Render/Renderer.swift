import AnxinCore
import AnxinText

/// `render(state) -> ScreenBuffer`: a pure function of the state; the terminal adapter presents the buffer.
public enum Renderer {
    public static func render(_ state: AppState, keyMap: KeyMap = .standard) -> ScreenBuffer {
        var screen = ScreenBuffer(width: state.width, height: state.height)
        let layout = state.layout
        guard layout.arrangement != .tooSmall else {
            drawTooSmall(&screen, state)
            return screen
        }
        drawHeader(&screen, layout.header, state)
        if let tabs = layout.tabs, state.dashboard == nil { drawTabs(&screen, tabs, state) }
        for (pane, rect) in layout.panes where state.dashboard == nil {
            switch pane {
            case .list: ListPane.draw(&screen, rect, state)
            case .checklist: ChecklistPane.draw(&screen, rect, state)
            case .timeline: TimelinePane.draw(&screen, rect, state)
            }
        }
        if state.dashboard != nil { DashboardPane.draw(&screen, state) }
        drawHints(&screen, layout.hint, state, keyMap)
        drawMessage(&screen, layout.message, state)
        Overlays.draw(&screen, state, keyMap)
        return screen
    }

    static func t(_ message: Message, _ state: AppState) -> String { message.text(state.language) }

    static func drawTooSmall(_ screen: inout ScreenBuffer, _ state: AppState) {
        let lines = TextFit.wrap(Catalog.tuiTooSmall(width: state.width, height: state.height,
                                                     minimumWidth: Layout.minimumWidth,
                                                     minimumHeight: Layout.minimumHeight).text(state.language),
                                 width: max(1, state.width))
        let top = max(0, (state.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < state.height {
            let x = max(0, (state.width - DisplayWidth.of(line)) / 2)
            screen.write(line, x: x, y: top + offset, style: Style(.warning, bold: true))
        }
    }

    static func drawHeader(_ screen: inout ScreenBuffer, _ rect: Rect, _ state: AppState) {
        let config = state.campaign.config
        screen.fill(rect, style: Style(.header, reverse: true))
        var parts = [Catalog.tuiCampaignTitle(city: config.city, year: config.year).text(state.language)]
        var today = t(Catalog.tuiToday, state) + " \(state.today)"
        if config.frozenToday != nil && state.asOf == nil { today += t(Catalog.tuiDemoClock, state) }
        parts.append(today)
        if let step = config.calendar.currentStep(on: state.today) {
            parts.append(Catalog.tuiCurrentStep(step.number, step.title, daysLeft: state.today.days(until: step.due)).text(state.language))
        }
        switch state.access {
        case let .readWrite(actor, office): parts.append("\(actor) · \(office)")
        case let .readOnly(reason): parts.append(reason.text(state.language))   // the badge on the right says 只读
        }
        if let asOf = state.asOf { parts.append(Catalog.tuiAsOf(asOf).text(state.language)) }
        if let sync = state.syncStatus { parts.append(sync.header.text(state.language)) }
        var text = " " + parts.joined(separator: " \(state.glyphs.separator) ")
        if DisplayWidth.of(text) > rect.width {
            // Narrow: the short title keeps today, the step and who is acting on screen.
            parts[0] = "\(config.city) \(config.year)"
            text = " " + parts.joined(separator: " \(state.glyphs.separator) ")
        }
        screen.write(fitting: text, x: rect.x, y: rect.y, width: rect.width, style: Style(.header, bold: true, reverse: true))
        if case .readOnly = state.access {
            // The read-only notice must stay visible even when the header is cut.
            let badge = " " + t(Catalog.tuiReadOnlyBadge, state) + " "
            let width = DisplayWidth.of(badge)
            screen.write(badge, x: rect.maxX - width, y: rect.y, style: Style(.warning, bold: true, reverse: true))
        }
    }

    static func drawTabs(_ screen: inout ScreenBuffer, _ rect: Rect, _ state: AppState) {
        let titles = [Catalog.tuiPaneList, Catalog.tuiPaneChecklist, Catalog.tuiPaneTimeline]
        let width = rect.width / 3
        for (index, title) in titles.enumerated() {
            let focused = state.focus.rawValue == index
            let label = "\(index + 1) " + t(title, state)
            screen.write(fitting: label, x: rect.x + index * width, y: rect.y, width: width, alignment: .center,
                         style: focused ? Style(.title, bold: true, reverse: true) : Style(.muted))
        }
    }

    static func drawHints(_ screen: inout ScreenBuffer, _ rect: Rect, _ state: AppState, _ keyMap: KeyMap) {
        let hints: [String]
        switch state.mode {
        case .normal where state.dashboard != nil:
            hints = ["↑↓ " + t(Catalog.tuiHintMove, state)]
                + keyMap.dashboardBindings.filter(\.inHintBar).map { KeyMap.keyLabel($0) + " " + t($0.command.hint, state) }
        case .normal:
            hints = keyMap.hints(for: state.focus).map { KeyMap.keyLabel($0) + " " + t($0.command.hint, state) }
        case .search: hints = [t(Catalog.tuiHintSearch, state)]
        case .note: hints = [t(Catalog.tuiHintEditor, state)]
        case .form: hints = [t(Catalog.tuiHintForm, state)]
        case .menu: hints = [t(Catalog.tuiHintMenu, state)]
        case .help: hints = [t(Catalog.tuiHintHelp, state)]
        }
        screen.write(fitting: " " + hints.joined(separator: "  "), x: rect.x, y: rect.y, width: rect.width, style: Style(.muted))
    }

    static func drawMessage(_ screen: inout ScreenBuffer, _ rect: Rect, _ state: AppState) {
        switch state.mode {
        case let .search(editor, _):
            drawEditor(&screen, prompt: "/", editor, x: rect.x, y: rect.y, width: rect.width)
        case let .note(editor, criterion, level):
            let prompt = t(Catalog.tuiNotePrompt, state) + " \(criterion)" + (level.map { " " + t($0.label, state) } ?? "")
                + (state.language == .zh ? "：" : ": ")
            drawEditor(&screen, prompt: prompt, editor, x: rect.x, y: rect.y, width: rect.width)
        default:
            guard let notice = state.notice else { return }
            screen.write(fitting: " " + t(notice.message, state), x: rect.x, y: rect.y, width: rect.width,
                         style: notice.kind == .error ? Style(.error, bold: true) : Style(.accent))
        }
    }

    /// A prompt and a one-line editor with its cursor cell in reverse video; long text scrolls left.
    static func drawEditor(_ screen: inout ScreenBuffer, prompt: String, _ editor: LineEditor, x: Int, y: Int, width: Int) {
        let used = screen.write(prompt, x: x, y: y, limit: width, style: Style(.accent, bold: true))
        let room = width - used - 1
        guard room > 0 else { return }
        let before = editor.characters[0..<editor.cursor]
        var start = 0
        while DisplayWidth.of(String(before[start...])) > room - 1 && start < before.count { start += 1 }
        var column = x + used
        for index in start..<editor.characters.count {
            let character = editor.characters[index]
            let written = screen.write(String(character), x: column, y: y, limit: x + width - column,
                                       style: index == editor.cursor ? Style(.normal, reverse: true) : .plain)
            if written == 0 && DisplayWidth.of(String(character).inert) > 0 { break }   // no room left
            column += written
        }
        if editor.cursor == editor.characters.count, column < x + width {
            screen.write(" ", x: column, y: y, style: Style(.normal, reverse: true))
        }
    }

    /// A titled box; the focused pane's border is bold (and coloured where colours exist).
    static func drawBox(_ screen: inout ScreenBuffer, _ rect: Rect, title: String, focused: Bool, glyphs: Glyphs) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let style = focused ? Style(.title, bold: true) : Style(.border)
        let horizontal = String(repeating: glyphs.horizontal, count: rect.width - 2)
        screen.write(glyphs.topLeft + horizontal + glyphs.topRight, x: rect.x, y: rect.y, style: style)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            screen.write(glyphs.vertical, x: rect.x, y: y, style: style)
            screen.write(glyphs.vertical, x: rect.maxX - 1, y: y, style: style)
        }
        screen.write(glyphs.bottomLeft + horizontal + glyphs.bottomRight, x: rect.x, y: rect.maxY - 1, style: style)
        // Measured as drawn: control characters in data become visible pictures, which take room.
        let shown = title.inert
        screen.write(fitting: " " + shown + " ", x: rect.x + 2, y: rect.y,
                     width: min(rect.width - 4, DisplayWidth.of(shown) + 2), style: style)
    }
}
