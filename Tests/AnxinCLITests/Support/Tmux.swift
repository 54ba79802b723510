import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// What one `tmux` client command did.
struct TmuxResult: Sendable, CustomStringConvertible {
    let arguments: [String]
    let status: Int32
    let stdout: String
    let stderr: String

    var description: String {
        "tmux \(arguments.joined(separator: " ")) → exit \(status)\n--- stdout\n\(stdout)\n--- stderr\n\(stderr)"
    }
}

/// Why a tmux step failed: the message says what was expected and shows the screen.
struct TmuxFailure: Error, CustomStringConvertible {
    let description: String
}

/// The tmux executable and how to run its client.
enum Tmux {
    static let searched: [String] = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let directories = path.split(separator: ":").map(String.init)
            + ["/usr/bin", "/usr/local/bin", "/bin", "/opt/homebrew/bin", "/snap/bin"]
        var seen = Set<String>()
        return directories.filter { seen.insert($0).inserted }.map { $0 + "/tmux" }
    }()

    /// `$TMUX_BIN` when set, else the first `tmux` on PATH (or a usual place).
    static let executable: String? = {
        if let explicit = ProcessInfo.processInfo.environment["TMUX_BIN"], FileManager.default.isExecutableFile(atPath: explicit) {
            return explicit
        }
        return searched.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// The tmux executable, or a recorded failure that says how to get it. Never a silent skip: CI installs tmux,
    /// and a machine without it must see these journeys fail, not vanish.
    static func require(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try #require(executable, """
            tmux is required by the TUI end-to-end journeys but was not found (looked for \(searched.joined(separator: ", "))). \
            Install it (apt-get install tmux) or set TMUX_BIN to its path.
            """, sourceLocation: sourceLocation)
    }

    /// A clean environment for the tmux client (and so for the server it starts): UTF-8, no $TMUX, no NO_COLOR.
    static func clientEnvironment(home: String) -> [String: String] {
        ["PATH": "/usr/bin:/bin:/usr/local/bin", "HOME": home, "LANG": "C.UTF-8", "TERM": "screen-256color"]
    }

    /// Runs one tmux client command to its end.
    ///
    /// Spawned by hand rather than with Foundation's Process, for three reasons: the first client forks the
    /// server, which must not inherit the test's blocked signal mask (the server would never see SIGCHLD and
    /// anxin in its pane never SIGWINCH), nor any of the test runner's descriptors (a pipe another test is
    /// reading would never reach its end while the server lives); and its output goes to files, not pipes, so
    /// nothing waits for an end of file that a daemon holds back.
    static func run(_ arguments: [String], environment: [String: String], timeout: TimeInterval = 15) throws -> TmuxResult {
        let executable = try require()
        let base = FileManager.default.temporaryDirectory.path + "/anxin-tmux-\(getpid())-\(UUID().uuidString)"
        let outPath = base + ".out", errPath = base + ".err"
        defer {
            unlink(outPath)
            unlink(errPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        if let closeFrom = closeFrom { _ = closeFrom(&actions, 3) }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGCHLD, SIGWINCH, SIGUSR1, SIGUSR2, SIGTSTP, SIGTTIN, SIGTTOU] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard code == 0 else { throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO) }

        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { break }
            if reaped < 0 && errno != EINTR { status = 0x7F00; break }
            if Date() >= deadline {
                Issue.record("tmux \(arguments.joined(separator: " ")) took longer than \(timeout) s; killed")
                _ = Glibc.kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                break
            }
            usleep(1_000)
        }
        let exit: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let read = { (path: String) in
            String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data(), as: UTF8.self)
        }
        return TmuxResult(arguments: arguments, status: exit, stdout: read(outPath), stderr: read(errPath))
    }

    /// glibc's posix_spawn_file_actions_addclosefrom_np (2.34 and later), which Swift's Glibc module does not
    /// declare: found at run time.
    typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32
    static let closeFrom: CloseFrom? = {
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else {
            return nil
        }
        return unsafeBitCast(symbol, to: CloseFrom.self)
    }()
}

/// One program in a detached tmux session on its own server (`tmux -L anxin-test-<unique> -f /dev/null`).
/// Keys go in with `send-keys`, the screen comes out with `capture-pane`; waits poll the screen against a
/// deadline and never sleep blindly. `kill()` (also run on deinit) ends the server, whatever happened.
final class TmuxSession: @unchecked Sendable {
    let socket: String
    let target = "anxin"
    let home: String
    private(set) var width: Int
    private(set) var height: Int
    private let lock = NSLock()
    private var killed = false
    /// The server's pid and socket, to make sure it is gone at the end.
    private var serverPID: pid_t = 0
    private var socketPath = ""

    /// How often the screen is polled, and the default deadline of a wait.
    static let pollInterval: useconds_t = 50_000
    static let defaultTimeout: TimeInterval = 10

    private init(socket: String, home: String, width: Int, height: Int) {
        self.socket = socket
        self.home = home
        self.width = width
        self.height = height
    }

    deinit { kill() }

    /// Starts `command` (executed directly, no shell) in a new server and session of the given size. The pane
    /// stays after the program ends (`remain-on-exit`) so that its exit status and last words can be read.
    static func start(_ command: [String], width: Int, height: Int, home: String,
                      sourceLocation: SourceLocation = #_sourceLocation) throws -> TmuxSession {
        _ = try Tmux.require(sourceLocation: sourceLocation)
        let unique = "\(getpid())-\(UUID().uuidString.prefix(8).lowercased())"
        let session = TmuxSession(socket: "anxin-test-\(unique)", home: home, width: width, height: height)
        let result = try session.tmux(["start-server", ";",
                                       "set-option", "-g", "remain-on-exit", "on", ";",
                                       "set-option", "-g", "status", "off", ";",
                                       "set-option", "-g", "history-limit", "1000", ";",
                                       "new-session", "-d", "-s", session.target, "-x", String(width), "-y", String(height)]
                                      + command)
        guard result.status == 0 else {
            session.kill()
            Issue.record("could not start tmux: \(result)", sourceLocation: sourceLocation)
            throw TmuxFailure(description: "could not start tmux: \(result)")
        }
        if let server = try? session.tmux(["display-message", "-p", "-t", session.target, "#{pid} #{socket_path}"]) {
            let fields = server.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ", maxSplits: 1)
            session.serverPID = fields.first.flatMap { pid_t($0) } ?? 0
            session.socketPath = fields.count > 1 ? String(fields[1]) : ""
        }
        return session
    }

    /// Starts the real anxin binary with a clean environment: only what is given here reaches it.
    static func anxin(_ arguments: [String], environment extra: [String: String] = [:], width: Int = 120, height: Int = 40,
                      home: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> TmuxSession {
        try start(command(Anxin.binary, arguments, environment: extra, home: home), width: width, height: height,
                  home: home, sourceLocation: sourceLocation)
    }

    /// `env -i` with UTF-8, TERM=screen-256color (what tmux emulates), UTC and the given variables, then the program:
    /// nothing from the test runner's environment (NO_COLOR, ANXIN_*, TMUX) leaks in.
    static func command(_ program: String, _ arguments: [String], environment extra: [String: String], home: String) -> [String] {
        var environment = ["PATH": "/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8", "TERM": "screen-256color", "TZ": "UTC"]
        for (key, value) in extra { environment[key] = value }
        let assignments = environment.keys.sorted().map { "\($0)=\(environment[$0]!)" }
        return ["/usr/bin/env", "-i"] + assignments + [program] + arguments
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> TmuxResult {
        try Tmux.run(["-L", socket, "-f", "/dev/null"] + arguments, environment: Tmux.clientEnvironment(home: home))
    }

    private func checked(_ arguments: [String], sourceLocation: SourceLocation) throws {
        let result = try tmux(arguments)
        if result.status != 0 {
            let screen = (try? capture(history: true)) ?? "(no screen)"
            Issue.record("\(result)\n--- screen\n\(screen)", sourceLocation: sourceLocation)
            throw TmuxFailure(description: "\(result)")
        }
    }

    /// Sends keys by tmux name: "Enter", "Escape", "Tab", "BTab", "Down", "Up", "y", "/" …
    func send(_ keys: String..., sourceLocation: SourceLocation = #_sourceLocation) throws {
        try checked(["send-keys", "-t", target] + keys, sourceLocation: sourceLocation)
    }

    /// The same key several times.
    func send(_ key: String, times: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard times > 0 else { return }
        try checked(["send-keys", "-t", target] + Array(repeating: key, count: times), sourceLocation: sourceLocation)
    }

    /// Types text as it is (Chinese included), with no key-name lookup.
    func sendLiteral(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try checked(["send-keys", "-t", target, "-l", text], sourceLocation: sourceLocation)
    }

    /// The visible screen as text, one line per row (tmux trims trailing blanks); with `escapes`, the SGR
    /// sequences of every cell's attributes too; with `history`, also what scrolled off.
    func capture(escapes: Bool = false, history: Bool = false) throws -> String {
        var arguments = ["capture-pane", "-p", "-t", target]
        if escapes { arguments.append("-e") }
        if history { arguments += ["-S", "-"] }
        let result = try tmux(arguments)
        guard result.status == 0 else { throw TmuxFailure(description: "\(result)") }
        return result.stdout
    }

    /// Polls the screen until `predicate` holds; returns that screen. On the deadline it records a failure that
    /// shows what was expected and what the screen showed, and throws.
    @discardableResult
    func waitUntil(_ expectation: String, timeout: TimeInterval = TmuxSession.defaultTimeout, escapes: Bool = false,
                   sourceLocation: SourceLocation = #_sourceLocation, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while true {
            screen = (try? capture(escapes: escapes)) ?? screen
            if predicate(screen) { return screen }
            if Date() >= deadline { break }
            usleep(TmuxSession.pollInterval)
        }
        let status = paneStatus()
        var message = "waited \(timeout) s for \(expectation); the \(width)×\(height) screen shows:\n\(Self.framed(screen))"
        if status.dead {
            let history = (try? capture(history: true)) ?? ""
            message += "\nanxin has ended (status \(status.status.map(String.init) ?? "?")); everything it wrote:\n\(history)"
        }
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        throw TmuxFailure(description: "timed out waiting for \(expectation) (the screen is in the recorded issue)")
    }

    /// Waits until the screen shows `text`.
    @discardableResult
    func waitFor(text: String, timeout: TimeInterval = TmuxSession.defaultTimeout,
                 sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitUntil("“\(text)”", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// Waits until the screen no longer shows `text`.
    @discardableResult
    func waitForAbsence(of text: String, timeout: TimeInterval = TmuxSession.defaultTimeout,
                        sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitUntil("“\(text)” to go away", timeout: timeout, sourceLocation: sourceLocation) { !$0.contains(text) }
    }

    /// Waits until two captures a poll apart are equal and satisfy `predicate` (the program has drawn and
    /// stopped drawing); returns that screen.
    @discardableResult
    func waitForStableScreen(_ expectation: String, timeout: TimeInterval = TmuxSession.defaultTimeout,
                             sourceLocation: SourceLocation = #_sourceLocation,
                             _ predicate: @escaping (String) -> Bool = { _ in true }) throws -> String {
        var previous: String?
        return try waitUntil("a steady screen with \(expectation)", timeout: timeout, sourceLocation: sourceLocation) { screen in
            defer { previous = screen }
            return predicate(screen) && screen == previous
        }
    }

    /// Waits until the screen (with its attributes when `escapes`) is exactly `expected`; on the deadline the
    /// recorded failure lists the rows that differ.
    func waitForScreen(equalTo expected: String, escapes: Bool = true, _ what: String,
                       timeout: TimeInterval = TmuxSession.defaultTimeout,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while true {
            screen = (try? capture(escapes: escapes)) ?? screen
            if screen == expected { return }
            if Date() >= deadline { break }
            usleep(TmuxSession.pollInterval)
        }
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let have = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var rows: [String] = []
        for row in 0..<max(want.count, have.count) {
            let a = row < want.count ? want[row] : "(none)", b = row < have.count ? have[row] : "(none)"
            if a != b {
                rows.append("row \(row)\n  expected: \(Self.plain(a))\n  shown:    \(Self.plain(b))"
                            + (escapes ? "\n  expected (raw): \(a.debugDescription)\n  shown (raw):    \(b.debugDescription)" : ""))
            }
        }
        let message = "\(what): after \(timeout) s the \(width)×\(height) screen still differs in \(rows.count) row(s):\n"
            + rows.joined(separator: "\n") + "\n--- whole screen shown\n" + Self.framed(Self.plain(screen))
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        throw TmuxFailure(description: "\(what): the screen differs (rows in the recorded issue)")
    }

    /// A captured line or screen without its escape sequences.
    static func plain(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\u{1B}", index + 1 < scalars.count, scalars[index + 1] == "[" {
                var end = index + 2
                while end < scalars.count, !(0x40...0x7E).contains(scalars[end].value) { end += 1 }
                index = end + 1
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// Resizes the window (and so the terminal anxin sees: it gets SIGWINCH).
    func resize(width: Int, height: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try checked(["resize-window", "-t", target, "-x", String(width), "-y", String(height)], sourceLocation: sourceLocation)
        self.width = width
        self.height = height
    }

    /// Whether the program in the pane has ended, and its exit status.
    func paneStatus() -> (dead: Bool, status: Int32?) {
        guard let result = try? tmux(["display-message", "-p", "-t", target, "#{pane_dead} #{pane_dead_status}"]),
              result.status == 0 else { return (false, nil) }
        let fields = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ")
        return (fields.first == "1", fields.count > 1 ? Int32(fields[1]) : nil)
    }

    /// Waits for the program to end and returns its exit status.
    ///
    /// tmux can miss the SIGCHLD of a pane's program: Debian's tmux is built with libutempter, whose helper
    /// installs its own SIGCHLD handler while the pane's utmp record is removed, and a child that exits in that
    /// window stays a zombie with `pane_dead_status` empty (tmux/tmux#311). A pane whose terminal has closed
    /// but whose status is missing gets the server nudged with a SIGCHLD of our own, so that it reaps.
    func waitForExit(timeout: TimeInterval = TmuxSession.defaultTimeout,
                     sourceLocation: SourceLocation = #_sourceLocation) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let status = paneStatus()
            if status.dead, let code = status.status { return code }
            if status.dead, serverPID > 0 { _ = Glibc.kill(serverPID, SIGCHLD) }
            usleep(TmuxSession.pollInterval)
        }
        let screen = (try? capture()) ?? ""
        let message = "anxin did not end within \(timeout) s; the screen shows:\n\(Self.framed(screen))"
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        throw TmuxFailure(description: "anxin did not end within \(timeout) s (the screen is in the recorded issue)")
    }

    /// Ends the tmux server (and so the program). Safe to call more than once.
    func kill() {
        lock.lock()
        let already = killed
        killed = true
        lock.unlock()
        guard !already else { return }
        _ = try? tmux(["kill-server"])
        // Make sure the server is gone (it is ours: we know its pid), and its socket with it (tmux 3.3's
        // kill-server leaves the socket file behind).
        if serverPID > 0 {
            let deadline = Date().addingTimeInterval(2)
            while Glibc.kill(serverPID, 0) == 0 && Date() < deadline { usleep(10_000) }
            if Glibc.kill(serverPID, 0) == 0 { _ = Glibc.kill(serverPID, SIGKILL) }
        }
        if !socketPath.isEmpty { unlink(socketPath) }
    }

    /// A screen with its row numbers, for failure messages.
    static func framed(_ screen: String) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { String(format: "%2d|", $0.offset) + $0.element }.joined(separator: "\n")
    }
}

// MARK: - Reading captured screens

/// One cell of a `capture-pane -e` screen: its character and the attributes in force.
struct CapturedCell: Sendable, Equatable {
    var character: Character
    var foreground: String?   // nil: the default colour; else the SGR parameters that set it ("31", "38;5;196")
    var background: String?
    var bold = false
    var reverse = false
}

/// Reads the SGR sequences that `capture-pane -e` writes (tmux carries the attributes from cell to cell and
/// from line to line).
enum CapturedScreen {
    struct Attributes {
        var foreground: String?
        var background: String?
        var bold = false
        var reverse = false
    }

    /// Every SGR sequence's parameters, split into single attributes ("38;5;3" stays together).
    static func sgrAttributes(_ capture: String) -> [String] {
        var result: [String] = []
        for parameters in sgrSequences(capture) {
            result += split(parameters)
        }
        return result
    }

    /// The SGR attributes that set a colour: 30–38 and 40–48, 90–97 and 100–107 (39 and 49, back to the
    /// default colour, are not a colour; tmux writes them on every attribute change).
    static func colourAttributes(_ capture: String) -> [String] {
        sgrAttributes(capture).filter(isColour)
    }

    static func isColour(_ attribute: String) -> Bool {
        guard let first = attribute.split(separator: ";").first.flatMap({ Int($0) }) else { return false }
        return (30...38).contains(first) || (40...48).contains(first) || (90...97).contains(first) || (100...107).contains(first)
    }

    /// The parameter strings of every `ESC [ … m` in the text.
    static func sgrSequences(_ text: String) -> [String] {
        var result: [String] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\u{1B}", index + 1 < scalars.count, scalars[index + 1] == "[" {
                var end = index + 2
                while end < scalars.count, !(0x40...0x7E).contains(scalars[end].value) { end += 1 }
                if end < scalars.count, scalars[end] == "m" {
                    result.append(String(String.UnicodeScalarView(scalars[(index + 2)..<end])))
                }
                index = end + 1
            } else {
                index += 1
            }
        }
        return result
    }

    /// "0;1;38;5;196;48;2;1;2;3" → ["0", "1", "38;5;196", "48;2;1;2;3"].
    static func split(_ parameters: String) -> [String] {
        let parts = parameters.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        if parts.isEmpty || parameters.isEmpty { return ["0"] }
        var result: [String] = []
        var index = 0
        while index < parts.count {
            let part = parts[index]
            if (part == "38" || part == "48"), index + 1 < parts.count {
                let count = parts[index + 1] == "5" ? 3 : (parts[index + 1] == "2" ? 5 : 2)
                result.append(parts[index..<min(parts.count, index + count)].joined(separator: ";"))
                index += count
            } else {
                result.append(part.isEmpty ? "0" : part)
                index += 1
            }
        }
        return result
    }

    /// The screen as rows of cells with their attributes.
    static func cells(_ capture: String) -> [[CapturedCell]] {
        var rows: [[CapturedCell]] = [[]]
        var attributes = Attributes()
        let scalars = Array(capture.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\u{1B}" {
                guard index + 1 < scalars.count, scalars[index + 1] == "[" else { index += 2; continue }
                var end = index + 2
                while end < scalars.count, !(0x40...0x7E).contains(scalars[end].value) { end += 1 }
                if end < scalars.count, scalars[end] == "m" {
                    apply(split(String(String.UnicodeScalarView(scalars[(index + 2)..<end]))), to: &attributes)
                }
                index = end + 1
                continue
            }
            if scalar == "\n" {
                rows.append([])
            } else if scalar.value >= 0x20 {
                rows[rows.count - 1].append(CapturedCell(character: Character(scalar), foreground: attributes.foreground,
                                                         background: attributes.background, bold: attributes.bold,
                                                         reverse: attributes.reverse))
            }
            index += 1
        }
        return rows
    }

    static func apply(_ list: [String], to attributes: inout Attributes) {
        for attribute in list {
            let code = Int(attribute.split(separator: ";").first ?? "") ?? -1
            switch code {
            case 0: attributes = Attributes()
            case 1: attributes.bold = true
            case 22: attributes.bold = false
            case 7: attributes.reverse = true
            case 27: attributes.reverse = false
            case 30...38, 90...97: attributes.foreground = attribute
            case 39: attributes.foreground = nil
            case 40...48, 100...107: attributes.background = attribute
            case 49: attributes.background = nil
            default: break
            }
        }
    }

    /// Red as a foreground: 31, 91, or the 256-colour indexes 1, 9, 160, 196 (and any 24-bit red).
    static func isRed(_ foreground: String?) -> Bool {
        guard let foreground else { return false }
        if ["31", "91", "38;5;1", "38;5;9", "38;5;160", "38;5;196"].contains(foreground) { return true }
        if foreground.hasPrefix("38;2;") {
            let rgb = foreground.split(separator: ";").dropFirst(2).compactMap { Int($0) }
            return rgb.count == 3 && rgb[0] >= 128 && rgb[1] < 80 && rgb[2] < 80
        }
        return false
    }
}

/// Terminal columns of captured text, by an independent East Asian Width approximation (wide and
/// fullwidth ranges; ambiguous characters are narrow, as tmux counts them).
enum Columns {
    static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x300...0x36F).contains(value) || value == 0x200B || (0xFE00...0xFE0F).contains(value) { return 0 }
        let wide: [ClosedRange<UInt32>] = [0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
                                           0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
                                           0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
                                           0x1F900...0x1F9FF, 0x20000...0x3FFFD]
        return wide.contains { $0.contains(value) } ? 2 : 1
    }
}
