import AnxinCore

/// What a sync did.
public struct SyncReport: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Exchanged with a remote (something was sent or received).
        case synced
        /// The remote and this laptop already had the same data.
        case nothingToDo
        case bundleWritten
        case bundleRead
    }

    public var kind: Kind
    /// The remote (or the bundle file).
    public var remote: String
    /// Events of this laptop that had not been shared before.
    public var sentEvents = 0
    /// Events received from other laptops.
    public var receivedEvents = 0
    /// How many pushes it took (another laptop may push first).
    public var pushAttempts = 0
    /// Open conflicts after the merge.
    public var openConflicts = 0
}

/// `anxin sync`: git as the transport between laptops. Under the store's write lock it commits this laptop's
/// work, fetches, merges (one append-only file per replica: no text conflicts), validates the merged store with
/// the full check, and pushes, trying again when another laptop pushed first. A merge whose result does not
/// validate is undone: the store is left exactly as it was.
public final class Syncer {
    public let store: Store
    let repository: Repository
    let environment: [String: String]
    let showProgress: Bool
    /// Pushes tried before giving up when other laptops keep pushing first.
    public var maxPushAttempts = 5

    /// `progress`: where git's progress goes (a terminal's stderr), or nil for quiet.
    public init(store: Store, environment: [String: String], interactive: Bool = false,
                progress: (@Sendable ([UInt8]) -> Void)? = nil) {
        self.store = store
        self.environment = environment
        self.showProgress = progress != nil
        let identity = store.identity()
        let replica = identity?.replica ?? "anxin"
        let name = identity?.acting(environment: environment)?.name ?? replica
        let git = Git(directory: store.directory, environment: environment, interactive: interactive, progress: progress)
        repository = Repository(git: git, directory: store.directory, author: (name, "\(replica)@anxin.invalid"))
    }

    // MARK: - Sync with a remote

    /// Syncs with `remote` (a remote name, URL or path), else the configured one.
    public func sync(remote: String? = nil, now: Instant) throws(SyncFailure) -> SyncReport {
        let lock = try takeLock()
        defer { lock.release() }
        try repository.requireRoot()
        try recoverInterruptedMerge()
        let branch = try repository.currentBranch()
        guard let remote = remote ?? (repository.remoteURL(Repository.defaultRemote) != nil ? Repository.defaultRemote : nil) else {
            throw SyncFailure(Catalog.syncNoRemote)
        }
        // git would read a leading dash as one of its own options.
        guard !remote.hasPrefix("-") else { throw SyncFailure(Catalog.syncUnreachable(remote, "not a remote")) }
        let local = try validatedLocal()
        let previous = SyncState.read(localDirectory: store.localDirectory)
        try repository.commitAll(commitMessage(local))
        var report = SyncReport(kind: .synced, remote: remote)
        report.sentEvents = max(0, local.ownEvents - previous.sharedEvents)
        var totalEvents = local.totalEvents
        while true {
            let fetched = try repository.fetch(remote, branch: branch, progress: showProgress)
            if fetched, let merged = try merge(into: &totalEvents, remote: remote) {
                report.receivedEvents += merged.received
                report.openConflicts = merged.conflicts
            }
            if fetched, let head = repository.head(), repository.isAncestor(head, of: Repository.incomingRef) {
                break   // the remote has everything this laptop has
            }
            report.pushAttempts += 1
            if try repository.push(remote, branch: branch, progress: showProgress) == .pushed { break }
            if report.pushAttempts >= maxPushAttempts { throw SyncFailure(Catalog.syncPushGaveUp(report.pushAttempts)) }
        }
        if report.pushAttempts == 0 && report.receivedEvents == 0 && report.sentEvents == 0 { report.kind = .nothingToDo }
        if report.openConflicts == 0 && report.receivedEvents == 0 { report.openConflicts = local.openConflicts }
        record(now: now, remote: remote, ownEvents: local.ownEvents)
        return report
    }

    // MARK: - Bundles (a USB stick instead of a network)

    /// Writes everything this laptop has into a git bundle at `file`.
    public func writeBundle(to file: String, now: Instant) throws(SyncFailure) -> SyncReport {
        let lock = try takeLock()
        defer { lock.release() }
        try repository.requireRoot()
        try recoverInterruptedMerge()
        let branch = try repository.currentBranch()
        let local = try validatedLocal()
        try repository.commitAll(commitMessage(local))
        guard !file.hasPrefix("-") else { throw SyncFailure(Catalog.bundleInvalid(file, "not a file name")) }
        let result = repository.run(["bundle", "create", "-q", file, "refs/heads/\(branch)"])
        guard result.succeeded else { throw SyncFailure.classify(result, command: "bundle create", remote: file) }
        record(now: now, remote: file, ownEvents: local.ownEvents)
        var report = SyncReport(kind: .bundleWritten, remote: file)
        report.sentEvents = local.ownEvents
        report.openConflicts = local.openConflicts
        return report
    }

    /// Merges the bundle at `file` (written by another laptop) as a fetch from a remote would be.
    public func readBundle(from file: String, now: Instant) throws(SyncFailure) -> SyncReport {
        let lock = try takeLock()
        defer { lock.release() }
        try repository.requireRoot()
        try recoverInterruptedMerge()
        let branch = try repository.currentBranch()
        guard !file.hasPrefix("-") else { throw SyncFailure(Catalog.bundleInvalid(file, "not a file name")) }
        let verify = repository.run(["bundle", "verify", "-q", file])
        guard verify.succeeded else { throw SyncFailure(Catalog.bundleInvalid(file, SyncFailure.lastLine(verify.stderr))) }
        let heads = repository.run(["bundle", "list-heads", file]).output.split(separator: "\n")
            .compactMap { $0.split(separator: " ").last.map(String.init) }.filter { $0.hasPrefix("refs/heads/") }
        guard let head = heads.first(where: { $0 == "refs/heads/\(branch)" }) ?? heads.first else {
            throw SyncFailure(Catalog.bundleInvalid(file, "no branch"))
        }
        let local = try validatedLocal()
        try repository.commitAll(commitMessage(local))
        let fetched = try repository.fetch(file, branch: String(head.dropFirst("refs/heads/".count)), progress: false)
        var report = SyncReport(kind: .bundleRead, remote: file)
        report.openConflicts = local.openConflicts
        var totalEvents = local.totalEvents
        if fetched, let merged = try merge(into: &totalEvents, remote: file) {
            report.receivedEvents = merged.received
            report.openConflicts = merged.conflicts
        }
        var state = SyncState.read(localDirectory: store.localDirectory)
        state.lastSync = now
        try? state.write(localDirectory: store.localDirectory)
        return report
    }

    // MARK: - Steps

    func takeLock() throws(SyncFailure) -> WriteLock {
        do { try POSIXFile.makeDirectory(store.localDirectory) } catch { throw SyncFailure(error.message) }
        do { return try WriteLock(path: store.lockPath) } catch { throw SyncFailure(error.message) }
    }

    struct LocalSummary {
        var ownEvents: Int
        var totalEvents: Int
        var openConflicts: Int
        var replica: String?
    }

    /// The store as it is now must be valid before it is shared (a torn last line is cut by `anxin repair`).
    private func validatedLocal() throws(SyncFailure) -> LocalSummary {
        let load = store.load(LoadOptions(checkRules: true))
        let problems = Syncer.blocking(load)
        if !problems.isEmpty {
            throw SyncFailure(Catalog.syncLocalInvalid(problems.count), diagnostics: problems)
        }
        let replica = store.identity()?.replica
        let own = load.files.first { $0.replica == replica }?.events ?? 0
        return LocalSummary(ownEvents: own, totalEvents: load.files.map(\.events).reduce(0, +),
                            openConflicts: load.state.conflicts.count, replica: replica)
    }

    /// Errors, and torn last lines (a half-written event must never be committed or accepted).
    static func blocking(_ load: JournalLoad) -> [Diagnostic] {
        var problems = load.diagnostics.filter { $0.severity == .error }
        for file in load.files where file.tornBytes > 0 {
            problems.append(Diagnostic(.error, file: file.path, line: file.lines + 1, column: 1, Catalog.tornLine(file.tornBytes)))
        }
        return problems
    }

    /// Merges `incomingRef`, then validates the result; undoes the merge when it does not validate.
    /// nil when there was nothing new to merge.
    private func merge(into totalEvents: inout Int, remote: String) throws(SyncFailure) -> (received: Int, conflicts: Int)? {
        guard let before = repository.head() else { return nil }
        if repository.isAncestor(Repository.incomingRef, of: before) { return nil }
        try noteMerging(onto: before)
        defer { clearMergingNote() }   // not reached when the process is stopped: the next sync recovers
        switch try repository.mergeIncoming(onto: before) {
        case .merged: break
        case .unrelated: throw SyncFailure(Catalog.syncUnrelatedHistories(remote))
        case let .conflicted(files): throw SyncFailure(Catalog.syncMergeRefused(files))
        }
        let merged: Store
        do {
            merged = try Store(directory: store.directory)
        } catch {
            try repository.resetHard(before)
            if case let .invalid(diagnostics) = error {
                throw SyncFailure(Catalog.syncIncomingInvalid(diagnostics.count), diagnostics: diagnostics)
            }
            throw SyncFailure(error.message)
        }
        let load = merged.load(LoadOptions(checkRules: true))
        let problems = Syncer.blocking(load)
        guard problems.isEmpty else {
            try repository.resetHard(before)
            throw SyncFailure(Catalog.syncIncomingInvalid(problems.count), diagnostics: problems)
        }
        // git writes the merged working files without fsync: they are made durable before the sync is done.
        do { try Syncer.syncWorkingFiles(of: merged) } catch { throw SyncFailure(StoreError.file(error).message) }
        let events = load.files.map(\.events).reduce(0, +)
        defer { totalEvents = events }
        return (max(0, events - totalEvents), load.state.conflicts.count)
    }

    private func commitMessage(_ local: LocalSummary) -> String {
        "anxin sync: \(local.replica ?? "anxin") (\(local.ownEvents) events)"
    }

    private func record(now: Instant, remote: String, ownEvents: Int) {
        // Only a convenience for the interface's header: a failure to write it does not undo the sync.
        try? SyncState(lastSync: now, remote: remote, sharedEvents: ownEvents).write(localDirectory: store.localDirectory)
    }
}

extension Syncer {
    /// fsyncs the journals, the configuration and their directories, as a merge left them.
    static func syncWorkingFiles(of store: Store) throws(FileError) {
        for name in POSIXFile.list(store.eventsDirectory) where name.hasSuffix(".jsonl") {
            try POSIXFile.syncFile("\(store.eventsDirectory)/\(name)")
        }
        for path in [store.campaignPath, store.criteriaPath] where POSIXFile.exists(path) { try POSIXFile.syncFile(path) }
        try POSIXFile.syncDirectory(store.eventsDirectory)
        try POSIXFile.syncDirectory(store.directory)
    }
}

