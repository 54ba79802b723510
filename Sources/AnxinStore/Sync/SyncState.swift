import AnxinCore

/// What this laptop remembers of its last sync (`.local/sync`, untracked): when, with which remote, and how
/// many of its own events had been shared, so the interface can say how many are not yet.
public struct SyncState: Sendable, Equatable {
    public var lastSync: Instant?
    public var remote: String?
    /// Events in this replica's own journal when it last pushed (or wrote a bundle).
    public var sharedEvents: Int

    public init(lastSync: Instant? = nil, remote: String? = nil, sharedEvents: Int = 0) {
        self.lastSync = lastSync
        self.remote = remote
        self.sharedEvents = sharedEvents
    }

    static let fileName = "sync"

    /// Reads the file of a data directory; a missing or unreadable one means "never synced".
    public static func read(localDirectory: String) -> SyncState {
        guard let bytes = try? POSIXFile.readAll("\(localDirectory)/\(fileName)") else { return SyncState() }
        var state = SyncState()
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            switch parts[0] {
            case "last": state.lastSync = Instant(parts[1])
            case "remote": state.remote = parts[1]
            case "shared": state.sharedEvents = Int(parts[1]) ?? 0
            default: continue
            }
        }
        return state
    }

    public func write(localDirectory: String) throws(FileError) {
        var text = "# anxin sync: the last sync of this laptop (not shared)\n"
        if let lastSync { text += "last=\(lastSync)\n" }
        if let remote { text += "remote=\(remote.filter { $0 != "\n" })\n" }
        text += "shared=\(sharedEvents)\n"
        try POSIXFile.makeDirectory(localDirectory)
        try AtomicFile.write(text, to: "\(localDirectory)/\(SyncState.fileName)")
    }
}
