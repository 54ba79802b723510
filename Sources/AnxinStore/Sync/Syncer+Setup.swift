import AnxinCore

extension Syncer {
    /// The lines `.gitignore` and `.gitattributes` must hold: this laptop's `.local/` is never shared, and event
    /// logs merge line by line (`merge=union`) should two sides ever touch the same file.
    static let ignoreLine = ".local/"
    static let attributesLine = "events/*.jsonl merge=union"

    /// `anxin init --git` and `anxin sync --setup REMOTE`: makes the data directory a git repository (on branch
    /// `main`) if it is not one, writes `.gitignore` and `.gitattributes`, sets the remote `origin` when given,
    /// and commits what is there. A store inside a larger repository is refused.
    public func setUp(remote: String?) throws(SyncFailure) {
        let lock = try takeLock()
        defer { lock.release() }
        if try repository.topLevel() == nil {
            let initialize = repository.run(["init", "-q"])
            guard initialize.succeeded else { throw SyncFailure.classify(initialize, command: "init", remote: store.directory) }
            _ = repository.run(["symbolic-ref", "HEAD", "refs/heads/\(Repository.defaultBranch)"])
        }
        try repository.requireRoot()
        try ensureLine(Syncer.ignoreLine, in: "\(store.directory)/.gitignore")
        try ensureLine(Syncer.attributesLine, in: "\(store.directory)/.gitattributes")
        if let remote {
            guard !remote.hasPrefix("-") else { throw SyncFailure(Catalog.syncUnreachable(remote, "not a remote")) }
            let verb = repository.remoteURL(Repository.defaultRemote) == nil ? "add" : "set-url"
            let result = repository.run(["remote", verb, Repository.defaultRemote, remote])
            guard result.succeeded else { throw SyncFailure.classify(result, command: "remote \(verb)", remote: remote) }
        }
        try repository.commitAll("anxin: set up sync")
    }

    /// Appends a line to a small text file unless it is there (the file is replaced atomically).
    private func ensureLine(_ line: String, in path: String) throws(SyncFailure) {
        var text = POSIXFile.exists(path) ? String(decoding: (try? POSIXFile.readAll(path)) ?? [], as: UTF8.self) : ""
        guard !text.split(separator: "\n").contains(where: { $0 == line }) else { return }
        if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
        text += line + "\n"
        do { try AtomicFile.write(text, to: path) } catch { throw SyncFailure(error.message) }
    }
}
