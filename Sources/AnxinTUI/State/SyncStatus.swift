import AnxinCore

/// What the header says about sharing when the store syncs through git: this laptop's events not shared yet,
/// the last sync, and whether one is running (with git's latest progress line).
public struct SyncStatus: Sendable, Equatable {
    public var unshared: Int
    public var lastSync: Instant?
    public var running = false

    public init(unshared: Int, lastSync: Instant?) {
        self.unshared = unshared
        self.lastSync = lastSync
    }

    /// `待发送 3 · 上次同步 06-03 17:20`: the last sync in its own local time, without the year.
    public var header: Message {
        let last = lastSync.map { instant -> String in
            let text = instant.description
            return String(text.dropFirst(5).prefix(5)) + " " + String(text.dropFirst(11).prefix(5))
        }
        return Catalog.syncHeader(unshared: unshared, last: last)
    }
}

/// How a sync the runner performed ended: what to say, the status after it, and the reloaded campaign when
/// anything was merged.
public struct SyncOutcome: Sendable {
    public let notice: Notice
    public let status: SyncStatus?
    public let campaign: CampaignState?

    public init(notice: Notice, status: SyncStatus?, campaign: CampaignState?) {
        self.notice = notice
        self.status = status
        self.campaign = campaign
    }
}
