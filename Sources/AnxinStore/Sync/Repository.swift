import AnxinCore
#if canImport(Glibc)
import Glibc
#endif

/// The data directory as a git repository: the few git operations sync needs, each a real git command.
/// The data directory must be the repository's root (a store inside a larger repository is refused).
struct Repository {
    let git: Git
    let directory: String
    /// Commits are made in the replica's name, so no git identity needs configuring on the laptop.
    let author: (name: String, email: String)

    static let incomingRef = "refs/anxin/incoming"
    static let defaultRemote = "origin"
    static let defaultBranch = "main"

    private var identity: [String] {
        ["-c", "user.name=\(author.name)", "-c", "user.email=\(author.email)", "-c", "commit.gpgsign=false"]
    }

    func run(_ arguments: [String], showProgress: Bool = false) -> GitResult {
        git.run(arguments, showProgress: showProgress)
    }

    /// The repository's root, or nil when the directory is not inside one.
    func topLevel() throws(SyncFailure) -> String? {
        let result = run(["rev-parse", "--show-toplevel"])
        guard result.started else { throw SyncFailure(Catalog.gitMissing) }
        return result.succeeded ? result.output : nil
    }

    /// Refuses unless the data directory is a repository's root.
    func requireRoot() throws(SyncFailure) {
        guard let top = try topLevel() else { throw SyncFailure(Catalog.syncNotARepository(directory)) }
        guard Repository.samePlace(top, directory) else {
            throw SyncFailure(Catalog.syncNotRepositoryRoot(directory, root: top))
        }
    }

    static func samePlace(_ a: String, _ b: String) -> Bool {
        guard let left = realpath(a, nil), let right = realpath(b, nil) else { return a == b }
        defer { free(left); free(right) }
        return strcmp(left, right) == 0
    }

    func currentBranch() throws(SyncFailure) -> String {
        let result = run(["symbolic-ref", "--short", "-q", "HEAD"])
        guard result.succeeded, !result.output.isEmpty else { throw SyncFailure(Catalog.syncNoBranch(SyncFailure.lastLine(result.stderr))) }
        return result.output
    }

    func head() -> String? {
        let result = run(["rev-parse", "-q", "--verify", "HEAD^{commit}"])
        return result.succeeded ? result.output : nil
    }

    func remoteURL(_ name: String) -> String? {
        let result = run(["remote", "get-url", name])
        return result.succeeded ? result.output : nil
    }

    /// `ancestor` is already contained in `descendant`.
    func isAncestor(_ ancestor: String, of descendant: String) -> Bool {
        run(["merge-base", "--is-ancestor", ancestor, descendant]).succeeded
    }

    /// Stages everything (`.local/` is ignored) and commits when anything changed; true when a commit was made.
    @discardableResult
    func commitAll(_ message: String) throws(SyncFailure) -> Bool {
        let add = run(["add", "-A"])
        guard add.succeeded else { throw SyncFailure.classify(add, command: "add", remote: directory) }
        let staged = run(["diff", "--cached", "--quiet"])
        if staged.succeeded && head() != nil { return false }
        let commit = run(identity + ["commit", "-q", "--allow-empty", "--no-verify", "-m", message])
        guard commit.succeeded else { throw SyncFailure.classify(commit, command: "commit", remote: directory) }
        return true
    }

    /// Fetches one branch of a remote (a name, a URL or a bundle file) into `incomingRef`.
    /// False when the remote does not have that branch yet (an empty shared repository).
    func fetch(_ source: String, branch: String, progress: Bool) throws(SyncFailure) -> Bool {
        let result = run(["fetch", "--no-tags"] + (progress ? ["--progress"] : ["-q"])
                         + [source, "+refs/heads/\(branch):\(Repository.incomingRef)"], showProgress: progress)
        if result.succeeded { return true }
        if result.stderr.contains("couldn't find remote ref") { return false }
        throw SyncFailure.classify(result, command: "fetch", remote: source)
    }

    enum MergeOutcome {
        case merged
        case unrelated
        case conflicted([String])
    }

    /// Merges the fetched branch into `before` (the current commit). A merge that does not complete (a textual
    /// conflict, or git stopped half way) is undone at once: back to `before`, nothing left half-merged.
    func mergeIncoming(onto before: String) throws(SyncFailure) -> MergeOutcome {
        let result = run(identity + ["merge", "--no-edit", "-q", "-m", "anxin sync: merge", Repository.incomingRef])
        if result.succeeded { return .merged }
        if (result.stderr + result.stdout).contains("unrelated histories") { return .unrelated }
        let unmerged = run(["diff", "--name-only", "--diff-filter=U"]).output
            .split(separator: "\n").map(String.init)
        _ = run(["merge", "--abort"])
        try resetHard(before)
        if !unmerged.isEmpty { return .conflicted(unmerged) }
        throw SyncFailure.classify(result, command: "merge", remote: directory)
    }

    /// Puts the branch, index and working tree back exactly at `commit`.
    func resetHard(_ commit: String) throws(SyncFailure) {
        let result = run(["reset", "-q", "--hard", commit])
        guard result.succeeded else { throw SyncFailure.classify(result, command: "reset", remote: directory) }
    }

    enum PushOutcome {
        case pushed
        case rejected
    }

    func push(_ remote: String, branch: String, progress: Bool) throws(SyncFailure) -> PushOutcome {
        let result = run(["push"] + (progress ? ["--progress"] : ["-q"]) + [remote, "HEAD:refs/heads/\(branch)"],
                         showProgress: progress)
        if result.succeeded { return .pushed }
        let text = result.stderr
        if text.contains("[rejected]") || text.contains("non-fast-forward") || text.contains("fetch first")
            || text.contains("[remote rejected]") || text.contains("cannot lock ref") {
            return .rejected
        }
        throw SyncFailure.classify(result, command: "push", remote: remote)
    }
}
