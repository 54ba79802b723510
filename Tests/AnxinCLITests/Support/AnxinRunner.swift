import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// What one run of the real `anxin` binary did.
struct RunResult: Sendable, CustomStringConvertible {
    let arguments: [String]
    /// The exit status; for a process ended by a signal, 128 + the signal number.
    let status: Int32
    /// True when the process ended by a signal (a crash, or our SIGKILL).
    let signaled: Bool
    let stdoutBytes: [UInt8]
    let stderrBytes: [UInt8]

    var stdout: String { String(decoding: stdoutBytes, as: UTF8.self) }
    var stderr: String { String(decoding: stderrBytes, as: UTF8.self) }
    var stdoutLines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) }

    /// stdout parsed as JSON (Foundation's JSONSerialization is the oracle).
    func json() throws -> Any {
        try JSONSerialization.jsonObject(with: Data(stdoutBytes), options: [.fragmentsAllowed])
    }

    var description: String {
        "anxin \(arguments.joined(separator: " ")) → exit \(status)\(signaled ? " (signal)" : "")\n--- stdout\n\(stdout)\n--- stderr\n\(stderr)"
    }
}

/// Runs the `anxin` executable that `swift build` put next to the test bundle.
enum Anxin {
    /// The built binary: `$ANXIN_BIN` when set, else the `anxin` beside the test executable
    /// (`.build*/<triple>/debug/anxin`, whatever `--scratch-path` was).
    static let binary: String = locate()

    private static func locate() -> String {
        let fm = FileManager.default
        if let explicit = ProcessInfo.processInfo.environment["ANXIN_BIN"], fm.isExecutableFile(atPath: explicit) {
            return explicit
        }
        var starts: [URL] = []
        // On Linux the test bundle is itself an ELF executable: /proc/self/exe is it.
        starts.append(URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath())
        if let url = Bundle.main.executableURL { starts.append(url) }
        starts.append(Bundle.main.bundleURL)
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") { starts.append(bundle.bundleURL) }
        starts.append(URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).resolvingSymlinksInPath())
        for start in starts {
            var directory = start.deletingLastPathComponent()
            for _ in 0..<4 {
                let candidate = directory.appendingPathComponent("anxin").path
                var isDirectory: ObjCBool = false
                if fm.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
                   fm.isExecutableFile(atPath: candidate) {
                    return candidate
                }
                directory = directory.deletingLastPathComponent()
            }
        }
        return "/nonexistent/anxin (not found next to \(starts.map(\.path)))"
    }

    /// A clean environment: UTF-8 locale, UTC, no ANXIN_* unless given.
    static func environment(_ extra: [String: String] = [:], home: String) -> [String: String] {
        var environment = ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": home, "TZ": "UTC"]
        for (key, value) in extra { environment[key] = value }
        return environment
    }

    /// Runs anxin to its end and returns what it said. Both pipes are drained while it runs.
    static func run(_ arguments: [String], environment: [String: String], directory: String? = nil,
                    timeout: TimeInterval = 60, executable: String? = nil) throws -> RunResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? binary)
        process.arguments = arguments
        process.environment = environment
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Drain both pipes concurrently so a chatty child never blocks on a full pipe.
        let outBox = ByteBox(), errBox = ByteBox()
        let group = DispatchGroup()
        for (handle, box) in [(out.fileHandleForReading, outBox), (err.fileHandleForReading, errBox)] {
            group.enter()
            DispatchQueue.global().async {
                box.set(readToEnd(handle.fileDescriptor))
                group.leave()
            }
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(2_000) }
        if process.isRunning {
            process.terminate()
            Issue.record("anxin \(arguments.joined(separator: " ")) took longer than \(timeout) s; terminated")
        }
        process.waitUntilExit()
        group.wait()
        let signaled = process.terminationReason == .uncaughtSignal
        return RunResult(arguments: arguments, status: signaled ? 128 + process.terminationStatus : process.terminationStatus,
                         signaled: signaled, stdoutBytes: outBox.bytes, stderrBytes: errBox.bytes)
    }
}

/// Reads a pipe to its end with read(2), retrying on EINTR (Foundation's readDataToEndOfFile traps on it
/// when a child's SIGCHLD interrupts the read).
func readToEnd(_ fd: Int32) -> Data {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if count > 0 {
            data.append(contentsOf: buffer[0..<count])
        } else if count == 0 || errno != EINTR {
            return data
        }
    }
}

/// Collects a pipe's bytes from a reader thread.
final class ByteBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ data: Data) { lock.lock(); self.data = data; lock.unlock() }
    var bytes: [UInt8] { lock.lock(); defer { lock.unlock() }; return [UInt8](data) }
}

/// A process started with posix_spawn and reaped only by us, so that a SIGKILL can never hit a
/// recycled pid (Foundation's Process reaps on its own thread, after which the pid may be reused).
struct SpawnedAnxin {
    let pid: pid_t

    /// Starts anxin with stdout and stderr sent to the given files.
    static func start(_ arguments: [String], environment: [String: String], stdoutPath: String,
                      stderrPath: String) throws -> SpawnedAnxin {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = ([Anxin.binary] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, Anxin.binary, &actions, nil, argv, envp)
        guard code == 0 else { throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO) }
        return SpawnedAnxin(pid: pid)
    }

    /// Has it exited (not yet reaped: a zombie keeps its pid)? Non-blocking.
    func hasExited() -> Bool {
        var info = siginfo_t()
        return waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info._sifields._sigchld.si_pid == pid
    }

    func kill() { _ = Glibc.kill(pid, SIGKILL) }

    /// Reaps it: (exit status, or nil when a signal ended it).
    func wait() -> Int32? {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : nil
    }
}
