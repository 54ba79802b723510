import AnxinCore

/// A data directory: `campaign.yaml`, `criteria.yaml`, `events/<replica>.jsonl`, and the untracked `.local/`.
public final class Store: Sendable {
    /// The directory as the user named it (diagnostics show paths under it).
    public let directory: String
    public let config: CampaignConfig
    public let catalog: CriteriaCatalog

    public var eventsDirectory: String { "\(directory)/events" }
    public var localDirectory: String { "\(directory)/.local" }
    public var campaignPath: String { "\(directory)/campaign.yaml" }
    public var criteriaPath: String { "\(directory)/criteria.yaml" }
    /// Set when this is a finished campaign year read from `years/<year>/` (read-only).
    public let archivedYear: Int?

    /// Where a finished year's configuration is kept after `anxin rollover`.
    public static func archiveDirectory(_ directory: String, year: Int) -> String { "\(directory)/years/\(year)" }
    public var lockPath: String { "\(localDirectory)/lock" }

    /// Opens a data directory, reading and validating its configuration (every problem is reported).
    /// With `year`, opens that campaign year: the current one (campaign.yaml), or a finished one kept in
    /// `years/<year>/` by `anxin rollover`, read-only.
    public init(directory: String, year: Int? = nil) throws(StoreError) {
        let directory = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        self.directory = directory
        var campaignPath = "\(directory)/campaign.yaml", criteriaPath = "\(directory)/criteria.yaml"
        guard POSIXFile.exists(campaignPath) else { throw .refused(Catalog.notAStore(directory)) }
        var archivedYear: Int?
        if let year {
            let archive = Store.archiveDirectory(directory, year: year)
            if POSIXFile.exists("\(archive)/campaign.yaml") {
                campaignPath = "\(archive)/campaign.yaml"
                criteriaPath = "\(archive)/criteria.yaml"
                archivedYear = year
            }
        }
        self.archivedYear = archivedYear
        let campaignText: String, criteriaText: String
        do {
            campaignText = String(decoding: try POSIXFile.readAll(campaignPath), as: UTF8.self)
            criteriaText = POSIXFile.exists(criteriaPath)
                ? String(decoding: try POSIXFile.readAll(criteriaPath), as: UTF8.self) : DefaultCriteria.yaml
        } catch {
            throw .file(error)
        }
        let (config, campaignProblems) = CampaignLoader.load(text: campaignText, file: campaignPath)
        // When campaign.yaml is broken its industries are unknown: check criteria.yaml without them rather than
        // report every industry extra as unknown.
        let (catalog, criteriaProblems) = CriteriaLoader.load(text: criteriaText, file: criteriaPath,
                                                              industries: config?.industries.map(\.name))
        guard let config, let catalog else { throw .invalid(campaignProblems + criteriaProblems) }
        if let year, archivedYear == nil, year != config.year {
            throw .refused(Catalog.noSuchCampaignYear(year, known: Store.years(in: directory, current: config.year)))
        }
        self.config = config
        self.catalog = catalog
    }

    /// Creates a new store with the default catalog and calendar.
    public static func create(directory: String, city: String, year: Int) throws(StoreError) -> Store {
        if POSIXFile.exists("\(directory)/campaign.yaml") {
            throw .refused(Catalog.storeExists(directory))
        }
        do {
            try POSIXFile.makeDirectory(directory)
            try POSIXFile.makeDirectory("\(directory)/events")
            try POSIXFile.makeDirectory("\(directory)/.local")
            try AtomicFile.write(CampaignTemplate.yaml(city: city, year: year), to: "\(directory)/campaign.yaml")
            try AtomicFile.write(DefaultCriteria.yaml, to: "\(directory)/criteria.yaml")
            try AtomicFile.write(".local/\n", to: "\(directory)/.gitignore")
        } catch {
            throw .file(error)
        }
        return try Store(directory: directory)
    }

    /// Reads and folds every journal.
    public func load(_ options: LoadOptions = LoadOptions()) -> JournalLoad {
        var options = options
        if let archivedYear { options.campaignYear = archivedYear }
        return JournalLoader.load(eventsDirectory: eventsDirectory, displayDirectory: "\(directory)/events",
                           config: config, catalog: catalog, options: options)
    }

    /// This laptop's identity, if one was set.
    public func identity() -> LocalIdentity? {
        LocalIdentity.read(localDirectory: localDirectory)
    }

    /// This laptop's identity, creating a replica id the first time. A file that exists but cannot be read is
    /// refused, never silently replaced: its replica id names this laptop's journal.
    public func ensureIdentity() throws(StoreError) -> LocalIdentity {
        if let identity = identity() { return identity }
        let path = "\(localDirectory)/\(LocalIdentity.fileName)"
        if POSIXFile.exists(path) { throw .refused(Catalog.identityUnreadable(path)) }
        let identity = LocalIdentity(replica: LocalIdentity.newReplicaID())
        do { try identity.write(localDirectory: localDirectory) } catch { throw .file(error) }
        return identity
    }

    /// Takes the write lock, then loads the journal, so the state a session judges against is current.
    public func beginWriting(environment: [String: String], options: LoadOptions = LoadOptions()) throws(StoreError) -> WriteSession {
        if let archivedYear { throw .refused(Catalog.finishedYearReadOnly(archivedYear, current: Store.currentYear(in: directory))) }
        do { try POSIXFile.makeDirectory(localDirectory) } catch { throw .file(error) }
        let lock: WriteLock
        do { lock = try WriteLock(path: lockPath) } catch { throw .locked(error.message) }
        let identity: LocalIdentity
        do { identity = try ensureIdentity() } catch {
            lock.release()
            throw error
        }
        guard let acting = identity.acting(environment: environment) else {
            lock.release()
            throw .refused(Catalog.identityMissing)
        }
        do { try POSIXFile.makeDirectory(eventsDirectory) } catch { throw .file(error) }
        let load = self.load(options)
        let writer = try JournalWriter(path: "\(eventsDirectory)/\(identity.replica).jsonl")
        let ownLast = load.files.first { $0.replica == identity.replica }?.lastInstant
        return WriteSession(store: self, lock: lock, writer: writer, load: load, replica: identity.replica,
                            actor: acting.name, office: acting.office, lastInstant: ownLast)
    }

    /// The campaign years this directory can show: the finished ones kept under `years/` and the current one.
    public static func years(in directory: String, current: Int) -> [Int] {
        let archived = POSIXFile.list("\(directory)/years").compactMap { name -> Int? in
            guard let year = Int(name), POSIXFile.exists("\(archiveDirectory(directory, year: year))/campaign.yaml") else { return nil }
            return year
        }
        return Array(Set(archived + [current])).sorted()
    }

    /// The year of campaign.yaml (nil when it cannot be read).
    static func currentYear(in directory: String) -> Int? {
        (try? Store(directory: directory))?.config.year
    }
}
