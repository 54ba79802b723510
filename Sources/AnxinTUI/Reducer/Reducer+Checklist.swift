import AnxinCore
import Foundation

/// Ticking, notes and undo in the checklist.
extension Reducer {
    static func setVerdict(_ command: Command, _ state: inout AppState, _ effects: inout [Effect]) {
        guard let record = state.selected, let row = state.selectedChecklistRow else { return }
        guard state.access.canWrite else { return refuseReadOnly(&state) }
        let current = state.verdict(row, of: record)
        let target: Verdict
        switch command {
        case .markMet: target = .met
        case .markUnmet: target = .unmet
        case .markNotApplicable: target = .notApplicable
        case .clearVerdict: target = .unchecked
        default:
            // Space cycles: unchecked → met → unmet → not applicable → unchecked.
            switch current {
            case .unchecked: target = .met
            case .met: target = .unmet
            case .unmet: target = .notApplicable
            case .notApplicable: target = .unchecked
            }
        }
        let note = state.verdictRecord(row, of: record)?.note
        let payload: EventPayload = target == .unchecked
            ? .cleared(criterion: row.criterion.id, level: row.level)
            : .ticked(Tick(criterion: row.criterion.id, level: row.level, verdict: target, note: note))
        // Nothing to clear only when nothing is recorded: a partly ticked N05 is "unchecked" overall, but its
        // ticked levels are cleared by `c` on the criterion's row.
        if target == .unchecked && current == .unchecked {
            let levels = record.criteria[row.criterion.id]?.levels ?? [:]
            let anyLevel = row.level == nil && row.criterion.isLevelled && levels.values.contains { $0.verdict != .unchecked }
            if !anyLevel { return }
        }
        effects.append(.record(payload, record.code, undo: undoEntry(for: row, of: record, in: state)))
    }

    /// The payload that puts a row back as it is now.
    static func undoEntry(for row: ChecklistRow, of record: EnterpriseRecord, in state: AppState) -> UndoEntry {
        let id = row.criterion.id
        let what = Catalog.tuiUndoTick(id.value, level: row.level?.label)
        if row.criterion.isLevelled && row.level == nil {
            // A whole-criterion tick on N05 changed every level; undo restores the first level's state for all,
            // which is exact when the levels agreed and otherwise clears — said in the notice.
            let levels = record.criteria[id]?.levels ?? [:]
            let verdicts = Set(row.criterion.levels.map { levels[$0]?.verdict ?? .unchecked })
            if verdicts.count == 1, let only = verdicts.first, only != .unchecked {
                let note = levels[row.criterion.levels[0]]?.note
                return UndoEntry(code: record.code, undo: .ticked(Tick(criterion: id, level: nil, verdict: only, note: note)), what: what)
            }
            return UndoEntry(code: record.code, undo: .cleared(criterion: id, level: nil), what: what)
        }
        if let previous = state.verdictRecord(row, of: record) {
            return UndoEntry(code: record.code, undo: .ticked(Tick(criterion: id, level: row.level,
                                                                     verdict: previous.verdict, note: previous.note)), what: what)
        }
        return UndoEntry(code: record.code, undo: .cleared(criterion: id, level: row.level), what: what)
    }

    static func beginNote(_ state: inout AppState) {
        guard let record = state.selected, let row = state.selectedChecklistRow else { return }
        guard state.access.canWrite else { return refuseReadOnly(&state) }
        if row.criterion.isLevelled && row.level == nil {
            state.notice = Notice(kind: .error, message: Catalog.tuiNoteNeedsLevel)
            return
        }
        guard let existing = state.verdictRecord(row, of: record) else {
            state.notice = Notice(kind: .error, message: Catalog.tuiNoteNeedsVerdict)
            return
        }
        state.mode = .note(LineEditor(existing.note ?? ""), criterion: row.criterion.id, level: row.level)
    }

    static func handleNoteKey(_ key: Key, _ state: inout AppState, _ effects: inout [Effect]) {
        guard case .note(var editor, let id, let level) = state.mode else { return }
        switch key {
        case .escape:
            state.mode = .normal
            state.notice = Notice(kind: .info, message: Catalog.tuiCancelled)
        case .enter:
            state.mode = .normal
            guard let record = state.selected, let row = state.selectedChecklistRow,
                  let existing = state.verdictRecord(row, of: record) else { return }
            let text = editor.text.trimmingCharacters(in: .whitespaces)
            if text == (existing.note ?? "") { return }
            effects.append(.record(.ticked(Tick(criterion: id, level: level, verdict: existing.verdict,
                                                note: text.isEmpty ? nil : text)),
                                   record.code, undo: undoEntry(for: row, of: record, in: state)))
        default:
            if editor.handle(key) { state.mode = .note(editor, criterion: id, level: level) }
        }
    }

    static func undo(_ state: inout AppState, _ effects: inout [Effect]) {
        guard state.access.canWrite else { return refuseReadOnly(&state) }
        guard let entry = state.undoStack.popLast() else {
            state.notice = Notice(kind: .error, message: Catalog.tuiNothingToUndo)
            return
        }
        effects.append(.record(entry.undo, entry.code, undo: nil))
    }

    static func refuseReadOnly(_ state: inout AppState) {
        if case let .readOnly(reason) = state.access {
            state.notice = Notice(kind: .error, message: Catalog.tuiReadOnly(reason))
        }
    }
}
