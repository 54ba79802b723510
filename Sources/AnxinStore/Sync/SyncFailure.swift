import AnxinCore

/// Why a sync stopped. The message says what happened and what to do; `diagnostics` name each wrong line
/// of incoming (or local) data.
public struct SyncFailure: Error, Sendable {
    public let message: Message
    public let diagnostics: [Diagnostic]

    public init(_ message: Message, diagnostics: [Diagnostic] = []) {
        self.message = message
        self.diagnostics = diagnostics
    }

    /// Reads a failed git run: unreachable remote, refused credentials and a full disk get their own messages.
    static func classify(_ result: GitResult, command: String, remote: String) -> SyncFailure {
        guard result.started else { return SyncFailure(Catalog.gitMissing) }
        let detail = lastLine(result.stderr.isEmpty ? result.stdout : result.stderr)
        let text = result.stderr.lowercased()
        if text.contains("no space left on device") || text.contains("disk quota exceeded") {
            return SyncFailure(Catalog.syncDiskFull(detail))
        }
        let authentication = ["authentication failed", "permission denied", "could not read username",
                              "could not read password", "terminal prompts disabled", "http 401", "http 403",
                              "the requested url returned error: 401", "the requested url returned error: 403",
                              "host key verification failed"]
        if authentication.contains(where: text.contains) {
            return SyncFailure(Catalog.syncAuthenticationFailed(remote, detail))
        }
        let unreachable = ["could not resolve host", "connection refused", "connection timed out", "timed out",
                           "no route to host", "network is unreachable", "does not appear to be a git repository",
                           "could not read from remote repository", "unable to access", "repository not found",
                           "no such file or directory", "not a git repository", "unable to look up"]
        if unreachable.contains(where: text.contains) {
            return SyncFailure(Catalog.syncUnreachable(remote, detail))
        }
        return SyncFailure(Catalog.gitFailed(command, detail))
    }

    /// The most telling line of git's output: the last `fatal:`/`error:` line, else the last line.
    static func lastLine(_ text: String) -> String {
        let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).map { String($0) }
            .filter { !$0.allSatisfy(\.isWhitespace) }
        let telling = lines.last { $0.hasPrefix("fatal:") || $0.hasPrefix("error:") } ?? lines.last ?? ""
        return String(telling.prefix(300))
    }
}
