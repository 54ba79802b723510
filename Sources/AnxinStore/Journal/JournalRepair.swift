import AnxinCore

/// Cuts torn last lines (a write interrupted mid-line) from the journals, after backing each file up.
/// Lines in the middle of a file are never touched: they are errors for a person to mend (`anxin check`).
public enum JournalRepair {
    public struct Cut: Sendable, Equatable {
        public let file: String
        public let backup: String
        public let bytesCut: Int
    }

    /// Repairs under the write lock; `stamp` names the backups (e.g. 20240915T101500).
    public static func repair(_ store: Store, stamp: String) throws(StoreError) -> [Cut] {
        do { try POSIXFile.makeDirectory(store.localDirectory) } catch { throw .file(error) }   // absent in a fresh clone
        let lock: WriteLock
        do { lock = try WriteLock(path: store.lockPath) } catch { throw .locked(error.message) }
        defer { lock.release() }
        var cuts: [Cut] = []
        let backups = "\(store.localDirectory)/backups"
        for name in POSIXFile.list(store.eventsDirectory) where name.hasSuffix(".jsonl") {
            let path = "\(store.eventsDirectory)/\(name)"
            do {
                let bytes = try POSIXFile.readAll(path)
                guard let last = bytes.last, last != UInt8(ascii: "\n") else { continue }
                let keep = (bytes.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 }) ?? 0
                try POSIXFile.makeDirectory(store.localDirectory)
                try POSIXFile.makeDirectory(backups)
                let backup = "\(backups)/\(name).\(stamp).bak"
                try AtomicFile.write(bytes, to: backup)
                try AtomicFile.write(Array(bytes[0..<keep]), to: path)
                cuts.append(Cut(file: path, backup: backup, bytesCut: bytes.count - keep))
            } catch {
                throw .file(error)
            }
        }
        return cuts
    }
}
