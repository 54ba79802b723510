#if canImport(Glibc)
import Glibc
#endif

/// What one run of git did.
public struct GitResult: Sendable {
    /// The exit status; 127 when git could not be started, 128 + n when signal n ended it.
    public let status: Int32
    public let stdout: String
    public let stderr: String
    /// False when git is not installed (or not on PATH).
    public let started: Bool

    public var succeeded: Bool { status == 0 }
    /// stdout without its last newline.
    public var output: String { stdout.hasSuffix("\n") ? String(stdout.dropLast()) : stdout }
}

/// Runs git in one repository through posix_spawn, not Foundation's Process (which starts children with
/// signals blocked: a git or ssh child then ignores SIGINT and SIGPIPE, and hangs were seen).
/// Both pipes are drained with poll(2) on this thread; stderr can be forwarded as it comes (git's progress).
public struct Git: Sendable {
    public let directory: String
    public let environment: [String: String]
    /// Receives git's stderr as it arrives (progress on a terminal); nil keeps it quiet.
    public let progress: (@Sendable ([UInt8]) -> Void)?

    /// `interactive`: git may ask for credentials on the terminal; otherwise it fails at once instead.
    public init(directory: String, environment: [String: String], interactive: Bool = false,
                progress: (@Sendable ([UInt8]) -> Void)? = nil) {
        self.directory = directory
        var environment = environment
        // Messages in English, whatever the user's locale, so that failures can be told apart.
        environment["LC_ALL"] = "C"
        environment["LANGUAGE"] = "C"
        if !interactive {
            environment["GIT_TERMINAL_PROMPT"] = "0"
            environment["GIT_SSH_COMMAND"] = environment["GIT_SSH_COMMAND"] ?? "ssh -o BatchMode=yes"
        }
        self.environment = environment
        self.progress = progress
    }

    /// Runs `git -C <directory> ARGS` to its end. `showProgress`: forward stderr to `progress` while it runs.
    public func run(_ arguments: [String], showProgress: Bool = false) -> GitResult {
        // git's own files (objects, refs, index) on disk before git reports success, like every write of anxin.
        Git.spawn(["git", "-C", directory, "-c", "core.fsync=all", "-c", "core.fsyncMethod=fsync"] + arguments,
                  environment: environment,
                  forward: showProgress ? progress : nil)
    }

    static func spawn(_ argv: [String], environment: [String: String],
                      forward: (@Sendable ([UInt8]) -> Void)?) -> GitResult {
        var outPipe: [Int32] = [0, 0], errPipe: [Int32] = [0, 0]
        guard pipe(&outPipe) == 0 else { return GitResult(status: 127, stdout: "", stderr: "pipe failed", started: false) }
        guard pipe(&errPipe) == 0 else {
            close(outPipe[0]); close(outPipe[1])
            return GitResult(status: 127, stdout: "", stderr: "pipe failed", started: false)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        for fd in [outPipe[0], outPipe[1], errPipe[0], errPipe[1]] { posix_spawn_file_actions_addclose(&actions, fd) }

        // The child starts with no signal blocked and the usual dispositions, whatever this process set.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGQUIT, SIGHUP, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        let cEnvironment: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            cArguments.forEach { free($0) }
            cEnvironment.forEach { free($0) }
        }
        var pid: pid_t = 0
        let code = posix_spawnp(&pid, argv[0], &actions, &attributes, cArguments, cEnvironment)
        close(outPipe[1])
        close(errPipe[1])
        guard code == 0 else {
            close(outPipe[0]); close(errPipe[0])
            return GitResult(status: 127, stdout: "", stderr: String(cString: strerror(code)), started: false)
        }
        var out: [UInt8] = [], err: [UInt8] = []
        drain(out: outPipe[0], err: errPipe[0], into: &out, &err, forward: forward)
        close(outPipe[0])
        close(errPipe[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let signal = status & 0x7F
        let exit = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        return GitResult(status: exit, stdout: String(decoding: out, as: UTF8.self),
                         stderr: String(decoding: err, as: UTF8.self), started: true)
    }

    /// Reads both pipes until both are closed, so a chatty git never blocks on a full pipe.
    private static func drain(out: Int32, err: Int32, into outBytes: inout [UInt8], _ errBytes: inout [UInt8],
                              forward: (@Sendable ([UInt8]) -> Void)?) {
        var open = [out, err]
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while !open.isEmpty {
            var fds = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&fds, nfds_t(fds.count), -1)
            if ready < 0 {
                if errno == EINTR { continue }
                return
            }
            for entry in fds where entry.revents != 0 {
                let count = buffer.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
                if count > 0 {
                    let chunk = Array(buffer[0..<count])
                    if entry.fd == out {
                        outBytes.append(contentsOf: chunk)
                    } else {
                        errBytes.append(contentsOf: chunk)
                        forward?(chunk)
                    }
                } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                    open.removeAll { $0 == entry.fd }
                }
            }
        }
    }
}
