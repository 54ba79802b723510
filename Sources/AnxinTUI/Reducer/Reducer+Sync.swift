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
