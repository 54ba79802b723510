import AnxinCore
import AnxinStore

/// The deterministic generator of demo and benchmark campaigns.
///
/// It plans a whole campaign year for every enterprise (listing in March, commitments, plans, on-site work
/// with ticks, applications, acceptances, notices, and the odd demonstration site, revocation, blacklisting,
/// removal or edit), cuts it at the frozen date, then replays the events in time order through the real
/// `Rulebook` and `CampaignState`: every event it writes is one the rules allow, so `anxin check` finds
/// nothing to say. Same parameters, same bytes: no clock and no system randomness inside.
public struct DemoGenerator: Sendable {
    /// Seeds every random draw (roster, plans, event ids).
    public var seed: UInt64
    /// How many enterprises the roster lists (those listed after the frozen date are left out).
    public var enterpriseCount: Int
    /// The number of events wanted; the amount of detail (re-checks, notes) is tuned to come near it.
    public var targetEventCount: Int
    /// The inspectors' laptops (replica ids); each writes `events/<replica>.jsonl`.
    public var inspectorReplicas: [String]
    /// The city office's laptop: city-level acceptances, spot checks, marks, notices.
    public var cityReplica: String
    /// The frozen "today" written to campaign.yaml; nothing after it is generated.
    public var today: Day
    public var city: String
    public var year: Int

    public static let defaultSeed: UInt64 = 20_240_915
    public static let defaultEnterpriseCount = 320
    public static let defaultToday = Day(year: 2024, month: 9, day: 15)!
    public static let defaultInspectors = ["lap-zhangwei", "lap-liuyang", "lap-wangfang"]
    public static let defaultCityReplica = "city-office"
    /// Events per enterprise when no target is given.
    public static let defaultEventsPerEnterprise = 10

    public init(seed: UInt64 = DemoGenerator.defaultSeed,
                enterprises: Int = DemoGenerator.defaultEnterpriseCount,
                events: Int? = nil,
                inspectors: [String]? = nil,
                cityReplica: String = DemoGenerator.defaultCityReplica,
                today: Day = DemoGenerator.defaultToday,
                city: String = "保定市",
                year: Int = 2024) {
        self.seed = seed
        self.enterpriseCount = enterprises
        self.targetEventCount = events ?? enterprises * DemoGenerator.defaultEventsPerEnterprise
        self.inspectorReplicas = inspectors
            ?? DemoGenerator.inspectorReplicas(count: DemoGenerator.defaultReplicaCount(forEnterprises: enterprises) - 1)
        self.cityReplica = cityReplica
        self.today = today
        self.city = city
        self.year = year
    }

    /// Replicas (laptops, the city office's included) for a roster size: 4 for a demo, up to 20 for 100,000.
    public static func defaultReplicaCount(forEnterprises count: Int) -> Int {
        count <= 20_000 ? 4 : min(20, max(4, count / 5000))
    }

    /// Inspector replica ids: lap-zhangwei, lap-liuyang, lap-wangfang, lap-lina, … (then lap-inspector-31, …).
    public static func inspectorReplicas(count: Int) -> [String] {
        (0..<max(0, count)).map { $0 < DemoNames.inspectors.count ? DemoNames.inspectors[$0].replica : "lap-inspector-\($0 + 1)" }
    }

    /// The inspector's name for a replica id (a known one, else a name drawn from the id's position).
    static func actorName(forInspector replica: String, position: Int) -> String {
        if let known = DemoNames.inspectors.first(where: { $0.replica == replica }) { return known.name }
        return DemoNames.surnames[position % DemoNames.surnames.count]
            + DemoNames.givenNames[(position * 7 + 3) % DemoNames.givenNames.count]
    }

    public var campaignYAML: String { CampaignTemplate.yaml(city: city, year: year, frozenToday: today.description) }
    public var criteriaYAML: String { DefaultCriteria.yaml }
    /// Every replica, the city office's last.
    public var replicas: [String] { inspectorReplicas + [cityReplica] }

    /// Generates the campaign in memory (for tests and small stores).
    public func generate() throws(DemoError) -> DemoOutput {
        var engine = try prepare()
        var journals = [[UInt8]](repeating: [], count: replicas.count)
        let summary = engine.run { replica, line in journals[replica].append(contentsOf: line) }
        return DemoOutput(summary: summary, campaignYAML: campaignYAML, criteriaYAML: criteriaYAML,
                          journals: zip(replicas, journals).map { DemoJournal(replica: $0, bytes: $1) },
                          state: engine.state)
    }

    /// Writes a complete data directory: campaign.yaml, criteria.yaml, .gitignore and events/<replica>.jsonl.
    /// Journals are written in large chunks and each file is fsynced once at the end. Any `*.jsonl` already in
    /// `events/` is removed first, so that the directory holds exactly this campaign.
    public func write(to directory: String) throws(DemoError) -> DemoSummary {
        var engine = try prepare()
        let output = DemoDirectory(path: directory)
        do {
            try output.prepare()
            try AtomicFile.write(campaignYAML, to: output.campaignPath)
            try AtomicFile.write(criteriaYAML, to: output.criteriaPath)
            try AtomicFile.write(".local/\n", to: output.gitignorePath)
        } catch {
            throw .file(error)
        }
        let files: JournalFiles
        do {
            files = try JournalFiles(paths: replicas.map { "\(output.eventsPath)/\($0).jsonl" })
        } catch {
            throw .file(error)
        }
        let summary = engine.run { replica, line in files.append(replica, line) }
        do {
            try files.finish()
            try output.syncDirectories()
        } catch {
            throw .file(error)
        }
        return summary
    }

    private func validate() throws(DemoError) {
        guard enterpriseCount >= 1 else { throw .invalidParameter("the enterprise count must be at least 1") }
        guard enterpriseCount <= 5_000_000 else { throw .invalidParameter("the enterprise count must be at most 5,000,000") }
        guard targetEventCount >= 0 else { throw .invalidParameter("the event count must not be negative") }
        guard !inspectorReplicas.isEmpty else { throw .invalidParameter("at least one inspector replica is needed") }
        for replica in replicas where !LocalIdentity.isValidReplica(replica) {
            throw .invalidParameter("\"\(replica)\" is not a valid replica id (letters, digits, - _ . only)")
        }
        guard Set(replicas).count == replicas.count else { throw .invalidParameter("replica ids must be unique") }
        guard (2000...2100).contains(year) else { throw .invalidParameter("the year must be between 2000 and 2100") }
    }

    func prepare() throws(DemoError) -> DemoEngine {
        try validate()
        let (config, campaignProblems) = CampaignLoader.load(text: campaignYAML, file: "campaign.yaml")
        guard let config else {
            throw .invalidTemplate(campaignProblems.map { $0.rendered(.en) }.joined(separator: "\n"))
        }
        guard !config.jurisdictions.isEmpty else {
            throw .invalidParameter("the campaign template has no jurisdictions for \(city); only 保定市 has them")
        }
        let (catalog, criteriaProblems) = CriteriaLoader.load(text: criteriaYAML, file: "criteria.yaml",
                                                              industries: config.industries.map(\.name))
        guard let catalog else {
            throw .invalidTemplate(criteriaProblems.map { $0.rendered(.en) }.joined(separator: "\n"))
        }
        let roster = DemoRoster(config: config, seed: seed, inspectorCount: inspectorReplicas.count)
        var planner = DemoPlanner(config: config, catalog: catalog, seed: seed, today: today,
                                  enterprises: roster.build(count: enterpriseCount))
        planner.planTrajectories()
        planner.assignRoles()
        let detail = DemoEngine.calibrate(planner, target: targetEventCount)
        let actors = inspectorReplicas.enumerated().map { DemoGenerator.actorName(forInspector: $1, position: $0) }
        return DemoEngine(planner: planner, detail: detail, replicas: replicas, inspectorActors: actors, seed: seed)
    }
}

/// Why the generator could not run.
public enum DemoError: Error, Sendable, CustomStringConvertible {
    case invalidParameter(String)
    case invalidTemplate(String)
    case file(FileError)

    public var description: String {
        switch self {
        case let .invalidParameter(text): text
        case let .invalidTemplate(text): "the campaign template does not load:\n\(text)"
        case let .file(error): error.message.en
        }
    }
}

/// One replica's journal as generated in memory.
public struct DemoJournal: Sendable, Equatable {
    public let replica: String
    public let bytes: [UInt8]
}

/// A campaign generated in memory.
public struct DemoOutput: Sendable {
    public let summary: DemoSummary
    public let campaignYAML: String
    public let criteriaYAML: String
    /// Inspectors' journals first, the city office's last.
    public let journals: [DemoJournal]
    /// The fold of every generated event.
    public let state: CampaignState
}

/// What one replica's journal holds.
public struct DemoReplicaSummary: Sendable, Equatable {
    public let replica: String
    public let actor: String
    public var events = 0
    public var bytes = 0
}

/// What was generated.
public struct DemoSummary: Sendable {
    /// Enterprises listed by the frozen date (removed ones included).
    public var enterprises = 0
    /// Enterprises removed from the campaign.
    public var removed = 0
    public var events = 0
    public var replicas: [DemoReplicaSummary] = []
    /// Active enterprises per tier and stage at the frozen date.
    public var stages: [Tier: [Stage: Int]] = [:]
    /// Active enterprises per mark in force.
    public var marks: [Mark: Int] = [:]
    /// Active enterprises overdue for their next step at the frozen date.
    public var overdue = 0
    /// Planned events the rules refused and that were therefore left out (0 when the plan is sound).
    public var refused = 0
    /// The first refusals, for diagnosis.
    public var refusals: [String] = []
    /// The amount of detail chosen to approach the wanted event count.
    public var detail = 0.0

    public var bytes: Int { replicas.reduce(0) { $0 + $1.bytes } }

    public func count(_ tier: Tier, _ stage: Stage) -> Int { stages[tier]?[stage] ?? 0 }
    public func count(_ stage: Stage) -> Int { stages.values.reduce(0) { $0 + ($1[stage] ?? 0) } }
}
