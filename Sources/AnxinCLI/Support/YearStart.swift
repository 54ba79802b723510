import AnxinCore
import AnxinStore

/// Starting the next campaign year, shared by `anxin rollover --year` and the TUI: keep the finished year's
/// files, write the new calendar, then carry every enterprise still in the campaign into the new year in one
/// durable batch. Stopped half-way, running it again finishes it (nobody is carried twice).
enum YearStart {
    struct Outcome {
        let store: Store
        let carried: Int
        let proposals: [TierProposal]
    }

    /// Refuses unless `year` can be started now: the next year, or the current one if its carry is unfinished
    /// (then it returns true: resuming).
    @discardableResult
    static func check(_ year: Int, store: Store, context: CommandContext) throws -> Bool {
        try requireCityOffice(store, context)
        let current = store.config.year
        let resuming = current == year && CampaignYearFiles.isArchived(year - 1, in: store.directory)
        guard year == current + 1 || resuming else {
            throw CLIFailure(Catalog.rolloverOneYearAtATime(current: current, asked: year))
        }
        return resuming
    }

    static func run(_ year: Int, store: Store, context: CommandContext) throws -> Outcome {
        var store = store
        let resuming = try check(year, store: store, context: context)
        if !resuming {
            // The finished year's files are kept and the new calendar written while this process holds the lock.
            let session = try context.beginWriting(store)
            do {
                try CampaignYearFiles.startYear(year, in: store)
            } catch {
                session.close()
                throw CLIFailure(error.message)
            }
            session.close()
            // The new campaign.yaml, whatever year the caller was reading.
            do { store = try Store(directory: store.directory) } catch { throw CLIFailure(error.message) }
        }
        let session = try context.beginWriting(store)
        defer { session.close() }
        let actions = toCarry(session.state, into: year).map { (payload: EventPayload.carried(year: year), code: $0) }
        do {
            try session.recordAll(actions, now: context.now(), today: context.today(for: store))
        } catch {
            throw CLIFailure(error.message)
        }
        return Outcome(store: store, carried: actions.count, proposals: RolloverPlanner.proposals(in: session.state))
    }

    /// The enterprises a start of `year` carries: those still in the campaign and not carried into it yet, and,
    /// when some already are (a rollover being finished), only those listed before the first carry: an enterprise
    /// first listed in the new year has no finished year to carry.
    static func toCarry(_ state: CampaignState, into year: Int) -> [CreditCode] {
        let firstCarry = state.records.compactMap { $0.carriedInto == year ? $0.carriedEvent?.milliseconds : nil }.min()
        return state.records.filter { record in
            record.isActive && (record.carriedInto ?? Int.min) < year
                && firstCarry.map { record.listedAt.millisecondsSinceEpoch < $0 } ?? true
        }.map(\.code)
    }

    static func requireCityOffice(_ store: Store, _ context: CommandContext) throws {
        guard let acting = store.identity()?.acting(environment: context.environment) else {
            throw CLIFailure(Catalog.identityMissing)
        }
        if acting.office != store.config.cityOffice {
            throw CLIFailure(Catalog.rolloverCityOfficeOnly(office: acting.office, cityOffice: store.config.cityOffice))
        }
    }
}
