import ArgumentParser
import Foundation

/// Times the TUI through tmux, the way a person sees it: launch to the first complete screen, a search
/// keystroke and a page down to the updated screen; and, in the same run, VisiData loading a CSV export of the
/// same roster until it has every row.
struct TUIVersusVisiData: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui-vs-visidata",
        abstract: "Time anxin's first screen and key presses in tmux against VisiData loading the same roster.")

    @Option(help: "The data directory.") var data: String
    @Option(help: "The anxin binary (a release build).") var anxin: String = ".build/release/anxin"
    @Option(help: "The VisiData command.") var vd: String = "vd"
    @Option(help: "Runs of each launch, alternating.") var runs: Int = 3
    @Option(help: "Search keystrokes to time (a pinyin query typed one letter at a time).") var query: String = "baodingjixie"

    func run() throws {
        let csv = "\(NSTemporaryDirectory())anxin-roster-\(getpid()).csv"
        try shell("\(anxin) list --data \(data) --format csv > \(csv)")
        let rows = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n").count - 1
        var anxinLaunch: [Double] = [], vdLoad: [Double] = [], searchKeys: [Double] = [], pageDowns: [Double] = []
        var peakKB = 0
        for _ in 0..<runs {
            let tui = try Tmux(command: "env LANG=C.UTF-8 ANXIN_ACTOR=bench ANXIN_OFFICE=市安委办 \(anxin) --data \(data)")
            let start = Date()
            try tui.waitFor(timeout: 120, every: 20_000) { screen in screen.contains("/\(rows)") && screen.contains("?/F1") }
            anxinLaunch.append(Date().timeIntervalSince(start))
            progress("anxin: first screen after \(anxinLaunch.last!) s")
            // A search keystroke: from the key to the screen showing the query with the cursor moved.
            try tui.send(["/"])
            progress("anxin: search")
            var typed = ""
            for letter in query {
                typed.append(letter)
                let before = try tui.capture()
                let sent = Date()
                try tui.send(["-l", String(letter)])
                try tui.waitFor(timeout: 10) { screen in screen.contains("/\(typed)") && screen != before }
                searchKeys.append(Date().timeIntervalSince(sent))
            }
            try tui.send(["Escape"])
            for _ in 0..<10 {
                let before = try tui.capture()
                let sent = Date()
                try tui.send(["NPage"])
                try tui.waitFor(timeout: 10) { $0 != before }
                pageDowns.append(Date().timeIntervalSince(sent))
            }
            peakKB = max(peakKB, tui.peakRSSKilobytes(of: "anxin"))
            tui.kill()

            let visidata = try Tmux(command: "env LANG=C.UTF-8 \(vd) \(csv)")
            let vdStart = Date()
            // VisiData shows "N rows" on its status line once the whole file is read.
            progress("visidata: loading")
            try visidata.waitFor(timeout: 300, every: 20_000) { $0.contains("\(rows) rows") }
            progress("visidata: loaded after \(Date().timeIntervalSince(vdStart)) s")
            vdLoad.append(Date().timeIntervalSince(vdStart))
            visidata.kill()
        }
        try? FileManager.default.removeItem(atPath: csv)
        progress("done")
        func ms(_ seconds: Double) -> String { String(format: "%.0f ms", seconds * 1000) }
        let launch = median(anxinLaunch), load = median(vdLoad)
        let eventBytes = (try? FileManager.default.contentsOfDirectory(atPath: "\(data)/events"))?.reduce(0) { total, name in
            total + ((try? FileManager.default.attributesOfItem(atPath: "\(data)/events/\(name)")[.size] as? Int) ?? 0)
        } ?? 0
        print("roster: \(rows) enterprises; \(runs) launches each, alternating; medians")
        print("")
        print("| measure | anxin | VisiData |")
        print("|---|---:|---:|")
        print("| launch to first complete screen / CSV fully loaded | \(ms(launch)) | \(ms(load)) |")
        print("| search keystroke to updated screen (\(searchKeys.count) keys) | \(ms(median(searchKeys))) | |")
        print("| page down to updated screen (\(pageDowns.count) keys) | \(ms(median(pageDowns))) | |")
        print("| peak RSS | \(peakKB / 1024) MiB = \(peakKB * 1024 / 1_000_000) MB (\(String(format: "%.2f", Double(peakKB * 1024) / Double(max(1, eventBytes))))× event files) | |")
        print("")
        print(String(format: "ratio: anxin's first screen takes %.2f of VisiData's load (target ≤ 0.5); search keystroke median %@ (target ≤ 50 ms)",
                     launch / load, ms(median(searchKeys))))
    }
}

/// A tmux server of its own, running one command in a 120×40 window.
final class Tmux {
    let socket: String

    init(command: String, width: Int = 120, height: Int = 40) throws {
        socket = "anxin-bench-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        // The server daemonizes with the starting command's descriptors: give it none of ours to hold open.
        try run(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", command], capture: false)
    }

    /// Runs a tmux command through /bin/sh with popen (Foundation's Process left the tmux client hanging
    /// here), returning what it printed.
    @discardableResult
    func run(_ arguments: [String], capture: Bool = true) throws -> String {
        let command = (["tmux", "-L", socket] + arguments).map(Tmux.quoted).joined(separator: " ")
            + " </dev/null" + (capture ? " 2>/dev/null" : " >/dev/null 2>&1")
        guard let pipe = popen(command, "r") else { throw ValidationError("cannot run \(command)") }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = fread(&buffer, 1, buffer.count, pipe)
            if count <= 0 { break }
            output.append(contentsOf: buffer[0..<count])
        }
        pclose(pipe)
        return String(decoding: output, as: UTF8.self)
    }

    static func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    func capture() throws -> String { try run(["capture-pane", "-p"]) }

    func send(_ keys: [String]) throws { try run(["send-keys"] + keys, capture: false) }

    /// Polls the screen until the condition holds: every 2 ms for key presses; every 20 ms for long waits, so
    /// that polling (a shell and a tmux client each time) does not steal the cores being measured.
    func waitFor(timeout: TimeInterval, every interval: useconds_t = 2_000, _ condition: (String) -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let screen = try capture()
            if ProcessInfo.processInfo.environment["ANXIN_BENCH_DEBUG"] != nil { progress("screen: \(screen.count) chars") }
            if condition(screen) { return }
            usleep(interval)
        }
        throw ValidationError("timed out waiting for the screen; last screen:\n\(try capture())")
    }

    /// The peak resident memory of the pane's process (VmHWM), in kilobytes.
    func peakRSSKilobytes(of name: String) -> Int {
        guard let pid = try? run(["display-message", "-p", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines),
              let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
        return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
    }

    func kill() { _ = try? run(["kill-server"], capture: false) }
}

/// Progress on standard error, so a long run shows where it is.
func progress(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

func shell(_ command: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw ValidationError("failed: \(command)") }
}
