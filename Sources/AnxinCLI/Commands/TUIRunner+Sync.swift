import AnxinCore
import AnxinStore
import AnxinTerminal
import AnxinTUI
import Foundation

/// Passes git's progress from the sync (which runs on this thread) to the screen.
final class ProgressRelay: @unchecked Sendable {
    let show: (String) -> Void
    init(_ show: @escaping (String) -> Void) { self.show = show }

    func receive(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let line = text.split(whereSeparator: { $0 == "\r" || $0 == "\n" }).last { !$0.allSatisfy(\.isWhitespace) }
        if let line { show(String(line.prefix(60))) }
    }
}

/// The interface's sync key: the runner gives up its write lock, syncs (git's progress on the message line),
/// then takes the lock again and reloads what was merged.
extension TUIRunner {
    /// The header's sharing status, or nil when the store does not sync through git.
    static func syncStatus(of store: Store, ownEvents: Int) -> SyncStatus? {
        guard FileManager.default.fileExists(atPath: "\(store.directory)/.git") else { return nil }
        let record = SyncState.read(localDirectory: store.localDirectory)
        return SyncStatus(unshared: max(0, ownEvents - record.sharedEvents), lastSync: record.lastSync)
    }

    func sync(_ terminal: Terminal) -> SyncOutcome {
        guard let current = session else {
            return SyncOutcome(notice: Notice(kind: .error, message: Catalog.tuiReadOnly(Catalog.tuiLockedByOther)),
                               status: app.syncStatus.map { var status = $0; status.running = false; return status }, campaign: nil)
        }
        current.close()
        session = nil
        terminal.present(Renderer.render(app))
        let relay = ProgressRelay { [self] line in
            app.notice = Notice(kind: .info, message: Catalog.tuiSyncRunning(line))
            terminal.present(Renderer.render(app))
        }
        let syncer = Syncer(store: store, environment: context.environment, progress: { relay.receive($0) })
        let notice: Notice
        do {
            let report = try syncer.sync(now: context.now())
            var message = report.kind == .nothingToDo ? Catalog.syncNothingToDo
                : Catalog.syncDone(sent: report.sentEvents, received: report.receivedEvents, remote: report.remote)
            if report.openConflicts > 0 { message = Message.joined([message, Catalog.syncConflictsOpen(report.openConflicts)]) }
            notice = Notice(kind: .info, message: message)
        } catch {
            var message = error.message
            if let first = error.diagnostics.first {
                message = Message(zh: first.rendered(.zh, quoteSource: false) + "；" + message.zh,
                                  en: first.rendered(.en, quoteSource: false) + "; " + message.en)
            }
            notice = Notice(kind: .error, message: message)
        }
        return reopen(after: notice)
    }

    /// Takes the write lock again and reloads the store as the sync left it (configuration included).
    private func reopen(after notice: Notice) -> SyncOutcome {
        if let reloaded = try? Store(directory: store.directory) { store = reloaded }
        do {
            let opened = try store.beginWriting(environment: context.environment, options: LoadOptions(indexLocations: true))
            session = opened
            locations = opened.locations
            locationFiles = opened.locationFiles
            recorded = [:]
            return SyncOutcome(notice: notice, status: TUIRunner.syncStatus(of: store, ownEvents: opened.ownEventCount),
                               campaign: opened.takeState())
        } catch {
            // Another anxin took the store in the meantime: stay open, read-only.
            app.access = .readOnly(Catalog.tuiLockedByOther)
            return SyncOutcome(notice: notice, status: app.syncStatus, campaign: nil)
        }
    }
}
