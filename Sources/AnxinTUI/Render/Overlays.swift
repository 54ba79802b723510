import AnxinCore
import AnxinText

/// Dialogs drawn over the panes: help, menus, the step and mark forms.
enum Overlays {
    static func draw(_ screen: inout ScreenBuffer, _ state: AppState, _ keyMap: KeyMap) {
        switch state.mode {
        case let .help(scroll): drawHelp(&screen, state, keyMap, scroll: scroll)
        case let .menu(menu): drawMenu(&screen, state, menu)
        case let .form(form): drawForm(&screen, state, form)
        default: break
        }
    }

    /// A centered box of at most the given size, cleared.
    static func dialog(_ screen: inout ScreenBuffer, _ state: AppState, width: Int, height: Int, title: String) -> Rect {
        // Header, hint bar and message line stay visible around a dialog.
        let w = min(width, state.width - 2), h = min(height, state.height - 4)
        let rect = Rect(x: (state.width - w) / 2, y: max(1, (state.height - h) / 2), width: w, height: h)
        screen.fill(rect)
        Renderer.drawBox(&screen, rect, title: title, focused: true, glyphs: state.glyphs)
        return rect
    }

    /// The help overlay lists every binding of the key map (the same data as the hint bar).
    static func helpLines(_ state: AppState, _ keyMap: KeyMap) -> [String] {
        let t = { (message: Message) in message.text(state.language) }
        func line(_ binding: Binding) -> String {
            let keys = TextFit.fit(KeyMap.keyLabel(binding), toWidth: 14)
            var text = keys + " " + t(binding.command.help)
            if let panes = binding.panes {
                let names = Pane.allCases.filter(panes.contains).map { t($0.title) }
                text += state.language == .zh ? "（" + names.joined(separator: "、") + "）" : " (" + names.joined(separator: ", ") + ")"
            }
            return text
        }
        // In the dashboard its own keys come first.
        let main = keyMap.bindings.map(line), board = keyMap.dashboardBindings.map(line)
        let ordered = state.dashboard != nil ? board + [""] + main : main + [""] + board
        return ordered + ["", t(Catalog.tuiHelpMouse), t(Catalog.tuiHelpEditor)]
    }

    static func drawHelp(_ screen: inout ScreenBuffer, _ state: AppState, _ keyMap: KeyMap, scroll: Int) {
        let lines = helpLines(state, keyMap)
        let rect = dialog(&screen, state, width: 64, height: lines.count + 2, title: Catalog.tuiHelpTitle.text(state.language))
        let inner = rect.inner
        let top = min(scroll, max(0, lines.count - inner.height))
        for (offset, line) in lines.dropFirst(top).prefix(inner.height).enumerated() {
            screen.write(fitting: line, x: inner.x + 1, y: inner.y + offset, width: inner.width - 1)
        }
    }

    static func drawMenu(_ screen: inout ScreenBuffer, _ state: AppState, _ menu: Menu) {
        let t = { (message: Message) in message.text(state.language) }
        let items = state.menuItems(menu.kind)
        let title: String
        switch menu.kind {
        case .filterDimensions: title = t(Catalog.tuiFilterTitle)
        case let .filterValues(dimension): title = t(Catalog.tuiFilterTitle) + state.glyphs.dot + t(dimension.label)
        case .sort: title = t(Catalog.tuiSortTitle)
        case .marks: title = t(Catalog.tuiMarksTitle) + state.glyphs.dot + (state.selected?.profile.name ?? "")
        case .nextYear, .confirmYear: title = t(Catalog.tuiNextYearTitle(state.campaign.config.year))
        case .conflicts: title = t(Catalog.tuiConflictsTitle) + state.glyphs.dot + (state.selected?.profile.name ?? "")
        }
        let wide: Bool
        switch menu.kind {
        case .nextYear, .conflicts: wide = true
        default: wide = false
        }
        let rect = dialog(&screen, state, width: wide ? 96 : 56, height: items.count + 2, title: title)
        let inner = rect.inner
        let top = max(0, min(menu.cursor - inner.height + 1, items.count - inner.height))
        for (offset, item) in items.dropFirst(top).prefix(inner.height).enumerated() {
            let index = top + offset
            let box = item.checked.map { $0 ? "[x] " : "[ ] " } ?? "    "
            let y = inner.y + offset
            let labelWidth = max(8, inner.width / 2)
            screen.write(fitting: " " + box + item.label, x: inner.x, y: y, width: labelWidth)
            screen.write(fitting: item.detail, x: inner.x + labelWidth, y: y, width: inner.width - labelWidth, style: Style(.muted))
            if index == menu.cursor {
                screen.restyle(x: inner.x, y: y, width: inner.width) { $0.with(bold: true, reverse: true) }
            }
        }
    }

    static func drawForm(_ screen: inout ScreenBuffer, _ state: AppState, _ form: Form) {
        let t = { (message: Message) in message.text(state.language) }
        let name = state.campaign[form.code]?.profile.name ?? form.code.value
        let title: String
        switch form.purpose {
        case .step: title = t(Catalog.tuiStepTitle) + state.glyphs.dot + name
        case let .mark(_, mark, removing):
            title = (removing ? t(Catalog.eventUnmarked) : t(Catalog.eventMarked)) + " " + t(mark.label) + state.glyphs.dot + name
        }
        let preview = state.preview(form)
        let width = min(76, state.width - 2)
        let previewLines = preview.problem != nil ? [] : preview.payload.map {
            TextFit.wrap(t(Catalog.tuiWillRecord) + " " + TimelineText.describe(
                Event(id: EventID(high: 0, low: 0), at: Instant(day: state.today), replica: "", actor: "", office: "",
                      enterprise: form.code, payload: $0), catalog: state.campaign.catalog, state.language), width: width - 4)
        } ?? []
        let problemLines = preview.problem.map { TextFit.wrap(t(Catalog.tuiCannotRecord) + " " + t($0), width: width - 4) } ?? []
        let height = form.fields.count + previewLines.count + problemLines.count + 4
        let rect = dialog(&screen, state, width: width, height: height, title: title)
        let inner = rect.inner
        var y = inner.y
        let labelWidth = 10
        for (index, field) in form.fields.enumerated() where y < inner.maxY {
            let focused = index == form.focus
            screen.write(fitting: t(field.label), x: inner.x + 1, y: y, width: labelWidth, style: Style(.muted, bold: focused))
            let x = inner.x + 2 + labelWidth
            switch field.value {
            case let .text(editor):
                if focused {
                    Renderer.drawEditor(&screen, prompt: "", editor, x: x, y: y, width: inner.maxX - x)
                } else {
                    screen.write(fitting: editor.text.isEmpty ? "—" : editor.text, x: x, y: y, width: inner.maxX - x)
                }
            case let .choice(_, labels, choice):
                let text = "◀ " + t(labels[choice]) + " ▶"
                screen.write(fitting: text, x: x, y: y, width: inner.maxX - x, style: Style(.accent, bold: focused, reverse: focused))
            }
            y += 1
        }
        y += 1
        for line in previewLines where y < inner.maxY {
            screen.write(fitting: line, x: inner.x + 1, y: y, width: inner.width - 1, style: Style(.accent))
            y += 1
        }
        for line in problemLines where y < inner.maxY {
            screen.write(fitting: line, x: inner.x + 1, y: y, width: inner.width - 1, style: Style(.error, bold: true))
            y += 1
        }
    }
}
