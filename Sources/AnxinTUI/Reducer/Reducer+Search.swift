import AnxinCore

/// `/` incremental search over name, credit code and pinyin (full and initials), with n/N.
extension Reducer {
    static func handleSearchKey(_ key: Key, _ state: inout AppState) {
        guard case .search(var editor, let origin) = state.mode else { return }
        switch key {
        case .escape:
            state.listCursor = origin
            state.mode = .normal
        case .enter:
            state.search = editor.text
            state.mode = .normal
            if !state.search.isEmpty, state.searchMatches(state.listCursor) == false {
                state.notice = Notice(kind: .error, message: Catalog.tuiNoMatch(state.search))
            }
        case .down, .control("n"):
            state.mode = .search(editor, origin: origin)
            state.search = editor.text
            repeatSearch(&state, forward: true)
        case .up, .control("p"):
            state.mode = .search(editor, origin: origin)
            state.search = editor.text
            repeatSearch(&state, forward: false)
        default:
            guard editor.handle(key) else { return }
            state.mode = .search(editor, origin: origin)
            state.focus = .list
            jump(&state, needle: editor.text, from: origin, forward: true, includeStart: true)
        }
    }

    static func repeatSearch(_ state: inout AppState, forward: Bool) {
        guard !state.search.isEmpty else {
            state.notice = Notice(kind: .error, message: Catalog.tuiNoSearch)
            return
        }
        state.focus = .list
        jump(&state, needle: state.search, from: state.listCursor, forward: forward, includeStart: false)
    }

    /// Moves the cursor to the next row (wrapping) whose name, code or pinyin contains the needle.
    static func jump(_ state: inout AppState, needle: String, from start: Int, forward: Bool, includeStart: Bool) {
        let count = state.rows.count
        guard count > 0, !needle.isEmpty else {
            if needle.isEmpty { state.listCursor = min(start, max(0, count - 1)) }
            return
        }
        state.searchIndex.build(from: state.campaign)
        let query = SearchQuery(needle)
        for step in (includeStart ? 0 : 1)...count {
            let offset = forward ? step : -step
            let index = ((start + offset) % count + count) % count
            if state.searchIndex.matches(state.rows[index], query, in: state.campaign) {
                state.listCursor = index
                state.notice = nil
                return
            }
        }
        state.notice = Notice(kind: .error, message: Catalog.tuiNoMatch(needle))
    }
}

extension AppState {
    mutating func searchMatches(_ index: Int) -> Bool {
        guard rows.indices.contains(index) else { return false }
        searchIndex.build(from: campaign)
        return searchIndex.matches(rows[index], SearchQuery(search), in: campaign)
    }
}
