import AnxinCore
import AnxinStore

/// Replays the planned events in time order through the rules and the fold, and encodes the allowed ones.
struct DemoEngine {
    let config: CampaignConfig
    let catalog: CriteriaCatalog
    let planner: DemoPlanner
    let detail: Double
    let replicas: [String]
    let inspectorActors: [String]
    let seed: UInt64
    private(set) var state: CampaignState
    private var actions: [PlannedAction] = []

    init(planner: DemoPlanner, detail: Double, replicas: [String], inspectorActors: [String], seed: UInt64) {
        self.config = planner.config
        self.catalog = planner.catalog
        self.planner = planner
        self.detail = detail
        self.replicas = replicas
        self.inspectorActors = inspectorActors
        self.seed = seed
        self.state = CampaignState(config: planner.config, catalog: planner.catalog)
    }

    /// The detail that brings the event count nearest the target, found by bisection on a sample of the
    /// roster (every enterprise plans from its own random stream, so a sample speaks for the whole).
    static func calibrate(_ planner: DemoPlanner, target: Int) -> Double {
        let count = planner.enterprises.count
        let step = max(1, count / 4000)
        let sample = Array(stride(from: 0, to: count, by: step))
        let scale = Double(count) / Double(sample.count)
        var out: [PlannedAction] = [], scratch: [PlannedAction] = []
        func events(_ detail: Double) -> Double {
            out.removeAll(keepingCapacity: true)
            for index in sample { planner.expand(index, detail: detail, into: &out, scratch: &scratch) }
            return Double(out.count) * scale
        }
        let wanted = Double(target)
        var low = -1.0, high = 1.0
        if events(low) >= wanted { return low }
        while events(high) < wanted && high < 64 { high *= 2 }
        if events(high) < wanted { return high }
        for _ in 0..<14 {
            let middle = (low + high) / 2
            if events(middle) < wanted { low = middle } else { high = middle }
        }
        return abs(events(low) - wanted) <= abs(events(high) - wanted) ? low : high
    }

    /// Runs the campaign: every allowed event goes to `emit` as (replica index, JSON line), in time order.
    mutating func run(_ emit: (Int, [UInt8]) -> Void) -> DemoSummary {
        var actions: [PlannedAction] = []
        actions.reserveCapacity(Int(Double(planner.enterprises.count) * 14))
        var scratch: [PlannedAction] = []
        for index in planner.enterprises.indices {
            planner.expand(index, detail: detail, into: &actions, scratch: &scratch)
        }
        // One global order by instant; two events never share a millisecond, so the store's fold
        // (instant, replica, line) sees exactly this order.
        actions.sort { $0.ms != $1.ms ? $0.ms < $1.ms : $0.enterprise < $1.enterprise }
        for position in actions.indices.dropFirst() where actions[position].ms <= actions[position - 1].ms {
            actions[position].ms = actions[position - 1].ms + 1
        }

        let rulebook = Rulebook(config: config, catalog: catalog)
        var ids = DemoRandom(seed: seed, stream: 50, index: 0)
        var summary = DemoSummary()
        summary.detail = detail
        summary.replicas = replicas.enumerated().map { position, replica in
            DemoReplicaSummary(replica: replica, actor: position < inspectorActors.count ? inspectorActors[position] : DemoNames.cityOfficeActor)
        }
        let cityReplica = replicas.count - 1
        let width = max(4, String(planner.enterprises.count).count)
        let context = MaterializeContext(config: config, catalog: catalog, planner: planner, width: width)

        for action in actions {
            let enterprise = planner.enterprises[Int(action.enterprise)]
            let replica: Int, actor: String, office: String
            switch action.actor {
            case .inspectorForDepartment:
                (replica, actor, office) = (enterprise.inspector, inspectorActors[enterprise.inspector], enterprise.profile.department)
            case .inspectorForJurisdiction:
                (replica, actor, office) = (enterprise.inspector, inspectorActors[enterprise.inspector], enterprise.profile.jurisdiction)
            case .cityOffice:
                (replica, actor, office) = (cityReplica, DemoNames.cityOfficeActor, config.cityOffice)
            case .bureau:
                (replica, actor, office) = (cityReplica, DemoNames.bureauActor, config.workSafetyBureau)
            }
            let at = Instant(millisecondsSinceEpoch: action.ms, offsetMinutes: 480)
            let payload = context.payload(action, enterprise: enterprise, day: at.localDay)
            let code = enterprise.profile.code
            let id = EventID.make(millisecondsSinceEpoch: action.ms,
                                  random: (ids.next(), UInt16(truncatingIfNeeded: ids.next())))
            let event = Event(id: id, at: at, replica: replicas[replica], actor: actor, office: office, enterprise: code,
                              seen: state.lastEvent(for: code, subject: payload.subject), payload: payload)
            if let refusal = rulebook.refusal(for: event, in: state) {
                summary.refused += 1
                if summary.refusals.count < 20 {
                    summary.refusals.append("\(at) \(code) \(payload.typeToken): \(refusal.message.en)")
                }
                continue
            }
            state.apply(event)
            let line = EventEncoder.line(event)
            emit(replica, line)
            summary.events += 1
            summary.replicas[replica].events += 1
            summary.replicas[replica].bytes += line.count
        }

        for record in state.records {
            summary.enterprises += 1
            guard record.isActive else {
                summary.removed += 1
                continue
            }
            summary.stages[record.profile.tier, default: [:]][record.stage, default: 0] += 1
            for mark in record.marks.keys { summary.marks[mark, default: 0] += 1 }
            if config.calendar.isOverdue(record, on: planner.today) { summary.overdue += 1 }
        }
        return summary
    }
}

/// Turns a compact planned action into an event payload.
struct MaterializeContext {
    let config: CampaignConfig
    let catalog: CriteriaCatalog
    let planner: DemoPlanner
    /// Digits of the enterprise number in document references.
    let width: Int

    func payload(_ action: PlannedAction, enterprise: DemoEnterprise, day: Day) -> EventPayload {
        let profile = enterprise.profile
        let year = config.year
        let number = DemoEngine.pad(enterprise.number, width)
        switch action.kind {
        case .list:
            return .listed(profile)
        case .edit:
            return .edited(planner.edits[Int(action.a) | Int(action.b) << 16])
        case .remove:
            return .removed(reason: DemoTexts.removalReasons[Int(action.c)])
        case .tick:
            return .ticked(tick(action))
        case .clear:
            return .cleared(criterion: catalog.criteria[Int(action.a)].id, level: level(action.b))
        case .commit:
            let deadline = action.a == 0 ? nil : Day(year: year, month: 1, day: 1)!.adding(days: Int(action.a) - 1)
            let note = deadline == nil ? nil : "整改承诺书：重大隐患限期消除，逾期列入黑名单。"
            return .step(StepDetails(action: .commit, date: day, deadline: deadline, note: note))
        case .plan:
            return .step(StepDetails(action: .plan, date: day, reference: "\(profile.tier.workVerb.zh)方案〔\(year)〕第\(number)号",
                                     experts: experts(action)))
        case .start:
            return .step(StepDetails(action: .start, date: day))
        case .apply:
            return .step(StepDetails(action: .apply, date: day))
        case .accept:
            let office = profile.level == .local ? profile.jurisdiction : config.city
            return .step(StepDetails(action: .accept, date: day, reference: "\(office)安委办验字〔\(year)〕第\(number)号",
                                     experts: experts(action)))
        case .close:
            return .step(StepDetails(action: .close, date: day, reference: "\(profile.jurisdiction)整治验收〔\(year)〕第\(number)号",
                                     experts: experts(action)))
        case .reject, .spotReject:
            let criterion = catalog.criteria[Int(action.a)]
            let reason = planner.notes(for: action.a).unmet[Int(action.c)]
            let note = action.kind == .reject
                ? "验收未通过：\(criterion.title)不符合要求，\(reason)"
                : "市安委办抽查：\(criterion.title)与验收结论不符，\(reason)撤销县级验收结论。"
            return .step(StepDetails(action: .reject, date: day, note: note))
        case .publicize:
            return .step(StepDetails(action: .publicize, date: day, reference: "保安监公示〔\(year)〕1号"))
        case .award:
            return .step(StepDetails(action: .award, date: day, reference: "保安委字〔\(year)〕\(day.month)号"))
        case .announce:
            return .step(StepDetails(action: .announce, date: day, reference: "保安委通报〔\(year)〕\(day.month)号"))
        case .mark:
            return .marked(mark(action, day: day))
        case .unmark:
            return .unmarked(mark: Mark.allCases[Int(action.a)], reason: DemoTexts.supervisionLiftedReasons[Int(action.c)], date: day)
        case .note:
            return .noted(text: DemoTexts.freeNotes[Int(action.c)])
        case .cityNote:
            return .noted(text: DemoTexts.cityNotes[Int(action.c)])
        }
    }

    private func level(_ code: UInt16) -> CheckLevel? {
        code == 0 ? nil : CheckLevel.allCases[Int(code) - 1]
    }

    private func tick(_ action: PlannedAction) -> Tick {
        let verdict: Verdict = switch action.c & 3 {
        case 1: .met
        case 2: .unmet
        default: .notApplicable
        }
        let index = Int(action.c >> 4)
        let note: String?
        switch (action.c >> 2) & 3 {
        case 1:
            let notes = planner.notes(for: action.a)
            note = (verdict == .met ? notes.met : verdict == .unmet ? notes.unmet : notes.notApplicable)[index]
        case 2: note = DemoTexts.fixedNotes[index]
        case 3: note = DemoTexts.recheckNotes[index]
        default: note = nil
        }
        return Tick(criterion: catalog.criteria[Int(action.a)].id, level: level(action.b), verdict: verdict, note: note)
    }

    private func experts(_ action: PlannedAction) -> [String] {
        [action.a, action.b, action.c].filter { $0 > 0 }.map { DemoNames.experts[Int($0) - 1] }
    }

    private func mark(_ action: PlannedAction, day: Day) -> MarkDetails {
        let mark = Mark.allCases[Int(action.a)]
        let reason = Int(action.c)
        switch mark {
        case .demo:
            return MarkDetails(mark: .demo, reason: action.b == 1 ? DemoTexts.rectifiedDemoReasons[reason] : DemoTexts.demoReasons[reason],
                               date: day)
        case .revoked:
            return MarkDetails(mark: .revoked, reason: DemoTexts.revocationReasons[reason], revocationCause: .fatalAccident, date: day)
        case .supervised:
            return MarkDetails(mark: .supervised, reason: DemoTexts.supervisionReasons[reason], date: day)
        case .blacklisted:
            switch action.b {
            case 1:
                return MarkDetails(mark: .blacklisted, reason: DemoTexts.blacklistHazardReasons[reason],
                                   blacklistCause: .hazardNotRectified, date: day)
            case 2:
                return MarkDetails(mark: .blacklisted, reason: DemoTexts.blacklistResistingReasons[reason],
                                   blacklistCause: .resistingEnforcement, date: day)
            default:
                return MarkDetails(mark: .blacklisted, reason: DemoTexts.blacklistAccidentReasons[reason],
                                   blacklistCause: .accident, accidentGrade: .larger, date: day)
            }
        }
    }
}

extension DemoEngine {
    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
