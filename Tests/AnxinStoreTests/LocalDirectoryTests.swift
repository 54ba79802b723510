import Foundation
import Testing
@testable import AnxinCore
@testable import AnxinStore

@Suite("The untracked .local directory")
struct LocalDirectoryTests {
    @Test("repair works on a fresh clone, where .local/ does not exist yet")
    func repairWithoutLocal() throws {
        try withStore { fixture in
            try FileManager.default.removeItem(atPath: fixture.store.localDirectory)
            let torn = Array(#"{"id":"01"#.utf8)
            try Data(torn).write(to: URL(fileURLWithPath: fixture.journalPath("lap-1")))
            let cuts = try JournalRepair.repair(fixture.store, stamp: "20240915T000000Z")
            #expect(cuts.count == 1)
            #expect(try Data(contentsOf: URL(fileURLWithPath: cuts[0].backup)) == Data(torn), "the backup holds the original")
            #expect(fixture.store.load().diagnostics.isEmpty)
        }
    }

    @Test("an identity file that cannot be read is refused, never silently replaced by a new replica id")
    func unreadableIdentity() throws {
        try withStore { fixture in
            let path = "\(fixture.store.localDirectory)/identity.yaml"
            try "replica: [not, a, name\n".write(toFile: path, atomically: false, encoding: .utf8)
            #expect(throws: StoreError.self) { try fixture.store.ensureIdentity() }
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "replica: [not, a, name\n", "left as it was")
            #expect(throws: StoreError.self) { try fixture.store.beginWriting(environment: ["ANXIN_ACTOR": "张伟", "ANXIN_OFFICE": "清苑区"]) }
        }
    }
}
