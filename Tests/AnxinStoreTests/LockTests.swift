// One writer per data directory: flock on .local/lock. flock locks belong to an open file description,
// so a second open of the lock file in this same process is refused just as another process would be.

import AnxinCore
import AnxinStore
import Foundation
import Testing

@Suite("The write lock")
struct LockTests {
    @Test("a second beginWriting while a session is open is refused with .locked naming the holder's pid")
    func secondWriterRefused() throws {
        try withStore { fixture in
            try fixture.setIdentity(replica: "lap-1")
            let first = try fixture.store.beginWriting(environment: inspectorEnvironment)
            do throws(StoreError) {
                let second = try fixture.store.beginWriting(environment: inspectorEnvironment)
                second.close()
                Issue.record("a second writer got the lock")
            } catch {
                guard case let .locked(message) = error else {
                    Issue.record("expected .locked, got \(error)")
                    first.close()
                    return
                }
                let pid = String(ProcessInfo.processInfo.processIdentifier)
                #expect(message.en.contains("pid \(pid)"))
                #expect(message.zh.contains("pid \(pid)"))
            }
            // The refused writer wrote nothing, and the first session still works.
            try first.record(.listed(Sample.profile(1)), for: Sample.code(1), now: Sample.instant("2024-05-12T12:00:00+08:00"))
            first.close()
            // After close the lock is free again.
            let third = try fixture.store.beginWriting(environment: inspectorEnvironment)
            #expect(third.state.eventCount == 1)
            third.close()
        }
    }

    @Test("a second Store value opened on the same directory is refused as well")
    func secondStoreValueRefused() throws {
        try withStore { fixture in
            let first = try fixture.store.beginWriting(environment: inspectorEnvironment)
            defer { first.close() }
            let other = try Store(directory: fixture.directory + "/")
            #expect(other.directory == fixture.directory)
            #expect(throws: StoreError.self) { try other.beginWriting(environment: inspectorEnvironment) }
        }
    }

    @Test("the lock file holds the holder's pid while held and is emptied on release")
    func lockFileHoldsPid() throws {
        try withStore { fixture in
            let session = try fixture.store.beginWriting(environment: inspectorEnvironment)
            let pid = ProcessInfo.processInfo.processIdentifier
            #expect(try String(contentsOfFile: fixture.store.lockPath, encoding: .utf8) == "\(pid)\n")
            session.close()
            #expect(try storeFileBytes(fixture.store.lockPath).isEmpty)
            session.close()   // closing twice is harmless
        }
    }

    @Test("WriteLock directly: exclusive, released by release() and by deinit")
    func writeLockDirectly() throws {
        try withStore { fixture in
            let lock = try WriteLock(path: fixture.store.lockPath)
            #expect(throws: WriteLock.Failure.self) { try WriteLock(path: fixture.store.lockPath) }
            lock.release()
            do {
                let again = try WriteLock(path: fixture.store.lockPath)
                _ = again
            }
            // The previous one went away with its scope.
            let last = try WriteLock(path: fixture.store.lockPath)
            last.release()
        }
    }
}
