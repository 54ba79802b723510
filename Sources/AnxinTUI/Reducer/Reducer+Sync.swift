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

    /// `R` on a checklist row with a conflict: confirms the verdict in force (a `resolved` event).
    static func resolveConflict(_ state: inout AppState, _ effects: inout [Effect]) {
        guard let record = state.selected, let row = state.selectedChecklistRow else { return }
        let subject = Subject.criterion(row.criterion.id, row.level)
        guard let conflict = state.campaign.conflicts[record.code, subject] else {
            state.notice = Notice(kind: .error, message: Catalog.noConflictOn(subject.argumentText, enterprise: record.profile.name))
            return
        }
        guard state.access.canWrite else { return refuseReadOnly(&state) }
        let inForce = record.lastEvent(for: subject)
        let other = conflict.kept == inForce ? conflict.overridden : conflict.kept
        effects.append(.record(.resolved(subject: subject, other: other), record.code, undo: nil))
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
