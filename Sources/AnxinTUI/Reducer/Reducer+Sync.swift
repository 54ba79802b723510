import AnxinCore

/// The sync key: the reducer asks the runner to sync (an effect) and takes the result back.
extension Reducer {
    static func beginSync(_ state: inout AppState, _ effects: inout [Effect]) {
        guard var status = state.syncStatus else {
            state.notice = Notice(kind: .error, message: Catalog.tuiSyncNotSetUp)
            return
        }
        guard state.access.canWrite else { return refuseReadOnly(&state) }
        status.running = true
        state.syncStatus = status
        state.notice = Notice(kind: .info, message: Catalog.tuiSyncRunning(""))
        effects.append(.sync)
    }

    /// `R`: settles a conflict by keeping what is in force (a `resolved` event). On a checklist row in conflict,
    /// that row's; elsewhere, a menu of the selected enterprise's conflicts (stage, roster line, marks, criteria).
    static func resolveConflict(_ state: inout AppState, _ effects: inout [Effect]) {
        guard let record = state.selected else { return }
        if state.focus == .checklist, let row = state.selectedChecklistRow,
           let conflict = state.campaign.conflicts[record.code, Subject.criterion(row.criterion.id, row.level)] {
            guard state.access.canWrite else { return refuseReadOnly(&state) }
            effects.append(settlement(of: conflict, record))
            return
        }
        guard !state.campaign.conflicts.conflicts(of: record.code).isEmpty else {
            state.notice = Notice(kind: .error, message: Catalog.tuiNoConflicts(record.profile.name))
            return
        }
        guard state.access.canWrite else { return refuseReadOnly(&state) }
        state.mode = .menu(Menu(.conflicts))
    }

    /// The chosen line of the conflicts menu: keep what is in force on that subject.
    static func chooseConflict(_ menu: Menu, _ state: inout AppState, _ effects: inout [Effect]) {
        guard let record = state.selected else { return }
        let conflicts = state.campaign.conflicts.conflicts(of: record.code)
        guard conflicts.indices.contains(menu.cursor) else { return }
        effects.append(settlement(of: conflicts[menu.cursor], record))
        state.mode = conflicts.count > 1 ? .menu(Menu(.conflicts, cursor: max(0, min(menu.cursor, conflicts.count - 2)))) : .normal
    }

    /// The `resolved` event that keeps the event in force on a subject and names the other one of the pair.
    static func settlement(of conflict: Conflict, _ record: EnterpriseRecord) -> Effect {
        let inForce = record.lastEvent(for: conflict.subject)
        let other = conflict.kept == inForce ? conflict.overridden : conflict.kept
        return .record(.resolved(subject: conflict.subject, other: other), record.code, undo: nil)
    }

    static func finishSync(_ outcome: SyncOutcome, _ state: inout AppState) {
        state.syncStatus = outcome.status
        state.notice = outcome.notice
        guard let campaign = outcome.campaign else { return }
        let keep = state.selectedCode
        state.campaign = campaign
        state.searchIndex = SearchIndex()
        state.undoStack = []   // undo entries name events of the session before the merge
        state.timelineFor = nil
        state.refreshRows(keeping: keep)
    }
}
