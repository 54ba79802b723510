import AnxinCore
#if canImport(Glibc)
import Glibc
#endif

/// A sync stopped between its merge and the check of the merged store (power lost, process killed) would leave an
/// unchecked merge in place. Before merging, the sync notes the commit it merges onto in `.local/sync-merging`;
/// the next sync finding that note puts the store back on that commit, keeping what this laptop recorded since,
/// and merges (and checks) again.
extension Syncer {
    var mergingNotePath: String { "\(store.localDirectory)/sync-merging" }

    func noteMerging(onto commit: String) throws(SyncFailure) {
        do { try AtomicFile.write(commit + "\n", to: mergingNotePath) } catch { throw SyncFailure(error.message) }
    }

    func clearMergingNote() {
        unlink(mergingNotePath)
    }

    func recoverInterruptedMerge() throws(SyncFailure) {
        guard let bytes = try? POSIXFile.readAll(mergingNotePath) else { return }
        defer { clearMergingNote() }
        let before = String(decoding: bytes, as: UTF8.self).filter { !$0.isWhitespace }
        guard let head = repository.head() else { return }
        if head == before {
            // Stopped before git made the merge commit: a merge git left in progress is undone (everything was
            // committed before merging, so nothing of this laptop's is in it).
            if repository.run(["rev-parse", "-q", "--verify", "MERGE_HEAD"]).status == 0 {
                _ = repository.run(["merge", "--abort"])
            }
            return
        }
        guard repository.isAncestor(before, of: head) else { return }
        // Since the interruption only this laptop's journal may have changed (appends); anything else is left alone
        // for the check to report.
        let changed = repository.run(["status", "--porcelain", "--untracked-files=all"]).output
            .split(separator: "\n").map { String($0.dropFirst(3)) }
        let own = store.identity().map { "events/\($0.replica).jsonl" }
        guard changed.allSatisfy({ $0 == own }) else { return }
        var appended: [UInt8]?
        if let own, changed.contains(own) {
            do { appended = try POSIXFile.readAll("\(store.directory)/\(own)") } catch { throw SyncFailure(error.message) }
        }
        try repository.resetHard(before)
        if let own, let appended {
            do { try AtomicFile.write(appended, to: "\(store.directory)/\(own)") } catch { throw SyncFailure(error.message) }
        }
    }
}
