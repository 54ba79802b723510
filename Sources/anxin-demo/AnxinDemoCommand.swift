import AnxinCore
import AnxinDemo
import ArgumentParser
import Foundation

/// `anxin-demo OUTPUT_DIR`: writes a deterministic demo or benchmark campaign.
@main
struct AnxinDemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "anxin-demo",
        abstract: "Write a deterministic demo or benchmark campaign (a complete anxin data directory).",
        discussion: """
        The output holds campaign.yaml (frozen at --today), criteria.yaml, .gitignore and one journal per \
        replica in events/. Every event passes the campaign's rules, so `anxin check` reports nothing. \
        The same options always give the same bytes.

        Examples:
          anxin-demo data --force          (the shipped demo store)
          anxin-demo /tmp/bench --enterprises 100000 --events 1000000
        """)

    @Argument(help: "The data directory to write (created if missing).")
    var outputDirectory: String

    @Option(help: "Enterprises on the roster.")
    var enterprises: Int = DemoGenerator.defaultEnterpriseCount

    @Option(help: "Events wanted (approximate; default: 10 per enterprise).")
    var events: Int?

    @Option(help: "Replicas (laptops) including the city office's (default: 4, up to 20 for large rosters).")
    var replicas: Int?

    @Option(help: "Seed of every random draw.")
    var seed: UInt64 = DemoGenerator.defaultSeed

    @Option(help: "The frozen 'today' (YYYY-MM-DD); nothing after it is generated.")
    var today: String = DemoGenerator.defaultToday.description

    @Option(help: "The campaign year (default: the year of --today).")
    var year: Int?

    @Flag(help: "Write into a directory that is not empty (its events/*.jsonl are replaced).")
    var force = false

    func validate() throws {
        guard enterprises >= 1 else { throw ValidationError("--enterprises must be at least 1.") }
        if let events, events < 0 { throw ValidationError("--events must not be negative.") }
        if let replicas, replicas < 2 { throw ValidationError("--replicas must be at least 2 (an inspector and the city office).") }
        guard let day = Day(today) else { throw ValidationError("--today must be a date written YYYY-MM-DD, e.g. 2024-09-15.") }
        if let year, !(2000...2100).contains(year) { throw ValidationError("--year must be between 2000 and 2100.") }
        if let year, day.year < year { throw ValidationError("--today must not be before the campaign year \(year).") }
    }

    func run() throws {
        let day = Day(today)!
        let replicaCount = replicas ?? DemoGenerator.defaultReplicaCount(forEnterprises: enterprises)
        let generator = DemoGenerator(seed: seed, enterprises: enterprises, events: events,
                                      inspectors: DemoGenerator.inspectorReplicas(count: replicaCount - 1),
                                      today: day, year: year ?? day.year)
        if !force, let entries = try? FileManager.default.contentsOfDirectory(atPath: outputDirectory), !entries.isEmpty {
            FileHandle.standardError.write(Data("anxin-demo: \(outputDirectory) is not empty; pass --force to write into it anyway (its events/*.jsonl are replaced)\n".utf8))
            throw ExitCode.failure
        }
        let clock = ContinuousClock()
        let started = clock.now
        let summary: DemoSummary
        do {
            summary = try generator.write(to: outputDirectory)
        } catch {
            FileHandle.standardError.write(Data("anxin-demo: \(error.description)\n".utf8))
            throw ExitCode.failure
        }
        let elapsed = clock.now - started
        print(Self.report(summary, directory: outputDirectory, today: day, seed: seed, elapsed: elapsed))
        if summary.refused > 0 {
            FileHandle.standardError.write(Data("anxin-demo: warning: \(summary.refused) planned events were refused by the rules and left out\n".utf8))
        }
    }

    static func report(_ summary: DemoSummary, directory: String, today: Day, seed: UInt64, elapsed: Duration) -> String {
        var lines: [String] = []
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        lines.append("wrote \(directory) (today \(today), seed \(seed)) in \(String(format: "%.2f", seconds)) s")
        lines.append("enterprises: \(summary.enterprises) listed, \(summary.removed) removed, \(summary.overdue) overdue")
        for tier in Tier.allCases {
            let stages = Stage.stages(of: tier).compactMap { stage -> String? in
                let count = summary.count(tier, stage)
                return count == 0 ? nil : "\(stage.rawValue) \(count)"
            }
            lines.append("  \(tier.rawValue): " + (stages.isEmpty ? "none" : stages.joined(separator: ", ")))
        }
        let marks = Mark.allCases.map { "\($0.rawValue) \(summary.marks[$0] ?? 0)" }
        lines.append("marks: " + marks.joined(separator: ", "))
        lines.append("events: \(summary.events) (detail \(String(format: "%.2f", summary.detail))), bytes: \(summary.bytes)")
        let width = summary.replicas.map(\.replica.count).max() ?? 0
        for replica in summary.replicas {
            let name = (replica.replica + ".jsonl").padding(toLength: width + 6, withPad: " ", startingAt: 0)
            lines.append("  events/\(name)  \(String(replica.events).leftPadded(9)) events  \(String(replica.bytes).leftPadded(12)) bytes  (\(replica.actor))")
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
