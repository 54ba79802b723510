// anxin-bench: times whole commands against peers in one run, alternating, and reports ratios.
// Timings live here, never in unit tests. See docs/performance.md and bench/check-vs-jq.sh.
import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif

@main
struct AnxinBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "anxin-bench",
        abstract: "Benchmarks anxin against peers on the same files.",
        subcommands: [CheckVersusJQ.self, TUIVersusVisiData.self])
}

/// One finished run of a program: wall time and peak resident memory.
struct RunResult {
    let seconds: Double
    let peakRSSBytes: Int
    let status: Int32
}

/// Spawns a program with stdout and stderr sent to /dev/null and waits for it, reading its rusage.
func measure(_ executable: String, _ arguments: [String]) throws -> RunResult {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    var start = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    let spawned = posix_spawnp(&pid, executable, &actions, nil, argv, environ)
    guard spawned == 0 else { throw ValidationError("cannot start \(executable): \(String(cString: strerror(spawned)))") }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    var end = timespec()
    clock_gettime(CLOCK_MONOTONIC, &end)
    let seconds = Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
    let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return RunResult(seconds: seconds, peakRSSBytes: Int(usage.ru_maxrss) * 1024, status: exitStatus)
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}

struct CheckVersusJQ: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-vs-jq",
        abstract: "Time `anxin check` against `jq -c . <event files>` on the same store, alternating.")

    @Option(help: "The data directory to check.") var data: String
    @Option(help: "The anxin binary (a release build).") var anxin: String = ".build/release/anxin"
    @Option(help: "The jq binary.") var jq: String = "jq"
    @Option(help: "Runs of each, alternating.") var runs: Int = 5

    func run() throws {
        let events = "\(data)/events"
        let files = try FileManager.default.contentsOfDirectory(atPath: events).filter { $0.hasSuffix(".jsonl") }.sorted()
            .map { "\(events)/\($0)" }
        let bytes = try files.map { try FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int ?? 0 }.reduce(0, +)
        var anxinRuns: [RunResult] = [], jqRuns: [RunResult] = []
        // One warm-up each so both read from the page cache.
        _ = try measure(anxin, ["check", "--data", data])
        _ = try measure(jq, ["-c", "."] + files)
        for _ in 0..<runs {
            anxinRuns.append(try measure(anxin, ["check", "--data", data]))
            jqRuns.append(try measure(jq, ["-c", "."] + files))
        }
        if let bad = anxinRuns.first(where: { $0.status != 0 }) {
            throw ValidationError("anxin check exited \(bad.status): the store is not clean")
        }
        let anxinTime = median(anxinRuns.map(\.seconds)), jqTime = median(jqRuns.map(\.seconds))
        let anxinRSS = anxinRuns.map(\.peakRSSBytes).max() ?? 0, jqRSS = jqRuns.map(\.peakRSSBytes).max() ?? 0
        let megabytes = Double(bytes) / 1_000_000
        func f(_ value: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", value) }
        print("event files: \(files.count), \(f(megabytes, 1)) MB; \(runs) alternating runs each, medians")
        print("")
        print("| command | median s | MB/s | peak RSS MB | RSS / event bytes |")
        print("|---|---:|---:|---:|---:|")
        print("| anxin check | \(f(anxinTime, 3)) | \(f(megabytes / anxinTime, 0)) | \(f(Double(anxinRSS) / 1e6, 1)) | \(f(Double(anxinRSS) / Double(bytes))) |")
        print("| jq -c . | \(f(jqTime, 3)) | \(f(megabytes / jqTime, 0)) | \(f(Double(jqRSS) / 1e6, 1)) | \(f(Double(jqRSS) / Double(bytes))) |")
        print("")
        print("ratio: anxin check is \(f(jqTime / anxinTime, 1))× faster than jq (target ≥ 8×); "
              + "peak RSS \(f(Double(anxinRSS) / Double(bytes))) × the event files (target ≤ 1.5×)")
    }
}
