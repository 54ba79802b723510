import AnxinCore
import AnxinDemo
import AnxinStore
import Foundation

/// Generated campaigns shared by the tests (each is made once).
enum DemoFixtures {
    /// The shipped demo: every default.
    static let standard: DemoOutput = try! DemoGenerator().generate()

    /// A store written to a temporary directory and loaded back with the rules checked.
    struct Written: Sendable {
        let directory: String
        let summary: DemoSummary
        let load: JournalLoad
        let store: Store
    }

    static func writeAndLoad(_ generator: DemoGenerator) throws -> Written {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("anxin-demo-\(UUID().uuidString)").path
        let summary = try generator.write(to: directory)
        let store = try Store(directory: directory)
        let load = store.load(LoadOptions(checkRules: true))
        return Written(directory: directory, summary: summary, load: load, store: store)
    }

    static func remove(_ written: Written) {
        try? FileManager.default.removeItem(atPath: written.directory)
    }

    /// The JSON objects of a journal, in file order (Foundation's parser as an independent oracle).
    static func objects(_ bytes: [UInt8]) -> [[String: Any]] {
        bytes.split(separator: UInt8(ascii: "\n")).map { line in
            (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any] ?? [:]
        }
    }
}
