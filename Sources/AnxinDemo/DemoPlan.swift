import AnxinCore

/// What a planned event does; materialized into an `EventPayload` only when it is emitted.
enum ActionKind: UInt8 {
    case list, edit, remove, tick, clear, commit, plan, start, apply, accept, reject, spotReject, close
    case publicize, award, announce, mark, unmark, note, cityNote
}

/// Which laptop and office an event comes from.
enum ActingAs: UInt8 {
    /// The enterprise's inspector, for its responsible department (属地 ones: the jurisdiction).
    case inspectorForDepartment
    /// The enterprise's inspector, for the jurisdiction's office (county acceptances).
    case inspectorForJurisdiction
    /// The city office's laptop as 市安委办.
    case cityOffice
    /// The city office's laptop as 市安监局.
    case bureau
}

/// One planned event in a compact form (a million of them must stay small).
/// Field use per kind: tick (a criterion, b level, c verdict/note), clear (a, b), commit (a deadline offset),
/// plan/accept/close (a, b, c experts), reject (a criterion, b level, c note), mark (a mark, b cause, c reason),
/// unmark (a mark, c reason), remove/note (c text), edit (a, b: index of the change).
struct PlannedAction {
    var ms: Int64 = 0
    var enterprise: Int32 = 0
    var day: Int32
    var order: Int32 = 0
    var kind: ActionKind
    var actor: ActingAs
    var a: UInt16 = 0
    var b: UInt16 = 0
    var c: UInt16 = 0
}

/// Calendar helpers for the campaign year: dates, working days, uniform draws.
struct DemoDates {
    let year: Int

    func d(_ month: Int, _ day: Int) -> Day { Day(year: year, month: month, day: day)! }

    /// Moves Saturdays, Sundays and the May Day and National Day holidays to the next working day.
    func workday(_ day: Day) -> Day {
        var result = day
        if result.month == 5 && result.day <= 5 && result.year == year { result = d(5, 6) }
        if result.month == 10 && result.day <= 7 && result.year == year { result = d(10, 8) }
        let weekday = ((result.daysSinceEpoch + 3) % 7 + 7) % 7   // 0 = Monday (1970-01-01 was a Thursday)
        if weekday == 5 { return result.adding(days: 2) }
        if weekday == 6 { return result.adding(days: 1) }
        return result
    }

    /// The working day on or after `day`, or, when that is past `limit`, the last working day before it.
    func workday(_ day: Day, notAfter limit: Day) -> Day {
        let next = workday(day)
        if next <= limit { return next }
        var back = limit
        while workday(back) != back && back > day.adding(days: -14) { back = back.adding(days: -1) }
        return back
    }

    func uniform(_ rng: inout DemoRandom, _ from: Day, _ to: Day) -> Day {
        guard from < to else { return from }
        return from.adding(days: rng.below(from.days(until: to) + 1))
    }
}

/// How far an enterprise gets this year, whatever the frozen date shows of it.
enum Stall: UInt8 {
    case beforeCommit, beforePlan, beforeStart, beforeApply, none
}

enum Milestone: UInt8 {
    case commit, plan, start, apply, accept, reject, spotReject, close, publicize, award, announce
}

/// An enterprise's year: its lifecycle days (planned for the whole year, cut at the frozen date later) and
/// the special things that happen to it (marks, edits, removal).
struct Trajectory {
    var list: Day
    var stall: Stall
    var steps: [(milestone: Milestone, day: Day)] = []
    var deadline: Day?
    /// The last on-site visit of an enterprise that does not finish this year.
    var workEnd: Day
    /// Events beside the lifecycle (marks, edits, removal), with their days.
    var side: [PlannedAction] = []
    /// Lifecycle events after this day are not recorded (a revoked or blacklisted enterprise stops).
    var cut: Day?
    /// Nothing is recorded after the removal.
    var removal: Day?
    /// A criterion that stays unmet whatever happens (the hazard behind a blacklisting).
    var openCriterion: String?

    var completes: Bool { stall == .none }

    func day(of milestone: Milestone) -> Day? { steps.first { $0.milestone == milestone }?.day }
    var start: Day? { day(of: .start) }
    var finalAcceptance: Day? { steps.last { $0.milestone == .accept || $0.milestone == .close }?.day }
    var wasRejected: Bool { steps.contains { $0.milestone == .reject || $0.milestone == .spotReject } }
}

/// A subject of the checklist: a criterion, or one level of a levelled criterion (N05).
struct ChecklistSubject {
    let criterion: UInt16
    /// 0: no level; 1…4: CheckLevel.allCases[level - 1].
    let level: UInt16
    let notApplicableChance: Double
}

/// Plans the whole year for every enterprise, then expands each into events.
struct DemoPlanner {
    let config: CampaignConfig
    let catalog: CriteriaCatalog
    let seed: UInt64
    let today: Day
    let dates: DemoDates
    let enterprises: [DemoEnterprise]
    var trajectories: [Trajectory] = []
    /// Profile changes referenced by `edit` actions.
    var edits: [ProfileChange] = []
    private var checklists: [String: [ChecklistSubject]] = [:]

    init(config: CampaignConfig, catalog: CriteriaCatalog, seed: UInt64, today: Day, enterprises: [DemoEnterprise]) {
        self.config = config
        self.catalog = catalog
        self.seed = seed
        self.today = today
        self.dates = DemoDates(year: config.year)
        self.enterprises = enterprises
        var index: [CriterionID: Int] = [:]
        for (position, criterion) in catalog.criteria.enumerated() { index[criterion.id] = position }
        for tier in Tier.allCases {
            for industry in config.industries.map(\.name) {
                let key = "\(tier.rawValue)|\(industry)"
                checklists[key] = catalog.checklist(tier: tier, industry: industry).flatMap { criterion -> [ChecklistSubject] in
                    let position = UInt16(index[criterion.id]!)
                    let chance = DemoPlanner.notApplicableChance(criterion.id.value, industry: industry)
                    if criterion.isLevelled {
                        return criterion.levels.map { level in
                            ChecklistSubject(criterion: position, level: UInt16(CheckLevel.allCases.firstIndex(of: level)! + 1),
                                             notApplicableChance: 0)
                        }
                    }
                    return [ChecklistSubject(criterion: position, level: 0, notApplicableChance: chance)]
                }
            }
        }
    }

    /// 重大危险源 and 职业卫生 do not apply everywhere.
    static func notApplicableChance(_ id: String, industry: String) -> Double {
        let hazardous = ["危险化学品", "烟花爆竹（生产、批发）", "民爆物品（生产、批发）", "煤矿", "电力"]
        switch id {
        case "N07": return hazardous.contains(industry) ? 0 : 0.55
        case "N08": return 0.1
        default: return 0
        }
    }

    func subjects(of profile: EnterpriseProfile) -> [ChecklistSubject] {
        checklists["\(profile.tier.rawValue)|\(profile.industry)"] ?? []
    }

    // MARK: Phase 1: the lifecycle days of each enterprise's year.

    mutating func planTrajectories() {
        trajectories = enterprises.indices.map { trajectory(for: enterprises[$0].profile, index: $0) }
    }

    private func trajectory(for profile: EnterpriseProfile, index: Int) -> Trajectory {
        var rng = DemoRandom(seed: seed, stream: 20, index: index)
        let tier = profile.tier
        func d(_ m: Int, _ day: Int) -> Day { dates.d(m, day) }
        func uniform(_ from: Day, _ to: Day) -> Day { dates.uniform(&rng, from, to) }
        func work(_ day: Day) -> Day { dates.workday(day) }

        // Lists are due at the end of March; some come late.
        let r = rng.unit()
        let list = work(r < 0.80 ? uniform(d(3, 1), d(3, 28)) : r < 0.92 ? uniform(d(3, 29), d(4, 25)) : uniform(d(5, 6), d(6, 20)))
        let stallWeights = tier.earnsTitle ? [0.05, 0.05, 0.06, 0.27, 0.57] : [0.05, 0.05, 0.06, 0.36, 0.48]
        let stall = Stall(rawValue: UInt8(rng.weighted(stallWeights)))!
        var t = Trajectory(list: list, stall: stall, workEnd: uniform(d(8, 10), d(10, 31)))
        if stall == .beforeCommit { return t }

        // Step 2: commitment letters before 04-15 (some late).
        var commit: Day
        if list <= d(4, 8) {
            commit = rng.chance(0.85) ? uniform(max(list.adding(days: 1), d(3, 25)), d(4, 15)) : uniform(d(4, 16), d(5, 20))
        } else {
            commit = list.adding(days: rng.int(3...14))
        }
        commit = work(max(commit, list))
        t.steps.append((.commit, commit))
        if tier == .problem {
            let deadlines = [d(6, 30), d(7, 31), d(8, 31), d(9, 30), d(10, 31), d(11, 30)]
            var deadline = deadlines[rng.weighted([0.1, 0.25, 0.25, 0.2, 0.12, 0.08])]
            if deadline <= commit.adding(days: 30) { deadline = commit.adding(days: 60) }
            t.deadline = deadline
        }
        if stall == .beforePlan { return t }

        // Step 3: a plan with experts by the end of April.
        var plan: Day
        if commit <= d(4, 22) {
            plan = rng.chance(0.85) ? uniform(max(commit.adding(days: 2), d(4, 16)), d(4, 30))
                : uniform(max(commit.adding(days: 2), d(5, 6)), d(5, 25))
        } else {
            plan = commit.adding(days: rng.int(3...12))
        }
        plan = work(max(plan, commit))
        t.steps.append((.plan, plan))
        if stall == .beforeStart { return t }

        // Step 4: on-site work from early May.
        var start: Day
        if plan <= d(5, 6) {
            start = rng.chance(0.85) ? uniform(max(plan.adding(days: 1), d(5, 6)), d(5, 10))
                : uniform(max(plan.adding(days: 1), d(5, 11)), d(5, 31))
        } else {
            start = plan.adding(days: rng.int(2...10))
        }
        start = work(max(start, plan))
        t.steps.append((.start, start))
        if stall == .beforeApply {
            t.workEnd = max(t.workEnd, start.adding(days: 30))
            return t
        }

        // Ready: every criterion met; then the application and the acceptance (from August, step 6).
        var ready: Day
        if tier.earnsTitle {
            ready = rng.chance(0.35) ? uniform(d(7, 1), d(8, 25)) : uniform(d(8, 26), d(10, 25))
        } else {
            ready = t.deadline!.adding(days: rng.int(-35...15))
        }
        ready = work(max(ready, start.adding(days: 40)))
        t.steps.append((.apply, ready))
        let acceptance: Milestone = tier.earnsTitle ? .accept : .close
        var decision = decisionDay(after: ready, &rng)
        if rng.chance(0.10) {
            t.steps.append((.reject, decision))
            let reapply = work(decision.adding(days: rng.int(8...25)))
            t.steps.append((.apply, reapply))
            decision = decisionDay(after: reapply, &rng)
        }
        t.steps.append((acceptance, decision))
        appendCeremonies(&t, after: decision, tier: tier, &rng)
        return t
    }

    private func decisionDay(after apply: Day, _ rng: inout DemoRandom) -> Day {
        dates.workday(max(apply.adding(days: rng.int(4...20)), dates.d(8, 1).adding(days: rng.int(0...20))))
    }

    /// Steps 7 and 8: the public notice in November and the awards in December; rectified ones are announced.
    private func appendCeremonies(_ t: inout Trajectory, after decision: Day, tier: Tier, _ rng: inout DemoRandom) {
        if tier.earnsTitle {
            guard decision <= dates.d(11, 20) else { return }
            let publicize = dates.workday(max(decision.adding(days: 3), dates.uniform(&rng, dates.d(11, 5), dates.d(11, 22))))
            t.steps.append((.publicize, publicize))
            let award = dates.workday(max(publicize.adding(days: 7), dates.uniform(&rng, dates.d(12, 9), dates.d(12, 20))))
            t.steps.append((.award, award))
        } else {
            guard decision <= dates.d(11, 30) else { return }
            t.steps.append((.announce, dates.workday(dates.uniform(&rng, dates.d(12, 12), dates.d(12, 24)))))
        }
    }

    // MARK: Phase 2: special cases (marks, spot checks, removals, edits) for a handful of enterprises.

    mutating func assignRoles() {
        let count = enterprises.count
        var rng = DemoRandom(seed: seed, stream: 40, index: 0)
        var order = Array(0..<count)
        for index in stride(from: count - 1, to: 0, by: -1) { order.swapAt(index, rng.below(index + 1)) }
        var taken = [Bool](repeating: false, count: count)
        let today = self.today
        let dates = self.dates
        func d(_ m: Int, _ day: Int) -> Day { dates.d(m, day) }

        /// Walks the shuffled roster and gives the role to the first `wanted` enterprises it fits.
        func take(_ wanted: Int, exclusive: Bool = true, _ fits: (Int) -> Bool, _ give: (Int) -> Void) {
            guard wanted > 0 else { return }
            var given = 0
            for index in order where !(exclusive && taken[index]) && fits(index) {
                if exclusive { taken[index] = true }
                give(index)
                given += 1
                if given == wanted { return }
            }
        }
        func mark(_ index: Int, _ day: Day, _ mark: Mark, by actor: ActingAs, cause: UInt16 = 0, reason: Int) {
            trajectories[index].side.append(PlannedAction(day: day.ordinal, kind: .mark, actor: actor,
                                                          a: UInt16(Mark.allCases.firstIndex(of: mark)!), b: cause,
                                                          c: UInt16(reason)))
        }

        // Step 5: one demonstration site per sector in July (市安监局), and the experience meeting of
        // well-rectified enterprises.
        for sector in config.demoSectors {
            let meeting = dates.workday(dates.uniform(&rng, d(7, 3), d(7, 26)))
            guard meeting <= today else { continue }
            take(config.rules.demoSitesPerSector, { i in
                let t = self.trajectories[i], p = self.enterprises[i].profile
                guard p.tier.earnsTitle, self.config.industry(named: p.industry)?.demoSector == sector,
                      t.stall == .none || t.stall == .beforeApply, let start = t.start else { return false }
                return start <= d(6, 25) && !t.wasRejected
            }, { i in mark(i, meeting, .demo, by: .bureau, reason: Int(rng.below(DemoTexts.demoReasons.count))) })
        }
        let exchange = dates.workday(dates.uniform(&rng, d(7, 8), d(7, 26)))
        if exchange <= today {
            take(config.rules.rectifiedDemoSites, { i in
                let t = self.trajectories[i]
                guard self.enterprises[i].profile.tier == .problem, t.completes, let start = t.start else { return false }
                return start <= d(6, 25) && !t.wasRejected
            }, { i in mark(i, exchange, .demo, by: .bureau, cause: 1, reason: 0) })
        }

        // City spot checks (抽查) overturning a county acceptance; the enterprise works again and is re-accepted.
        take(max(2, count / 1000), { i in
            let t = self.trajectories[i], p = self.enterprises[i].profile
            guard p.tier.earnsTitle, p.level == .local, t.completes, !t.wasRejected,
                  let accepted = t.finalAcceptance else { return false }
            return accepted >= d(8, 5) && accepted.adding(days: 5) <= today
        }, { i in
            var t = self.trajectories[i]
            let accepted = t.finalAcceptance!
            let position = t.steps.lastIndex { $0.milestone == .accept }!
            t.steps.removeSubrange((position + 1)...)
            let spot = dates.workday(dates.uniform(&rng, accepted.adding(days: 5), min(accepted.adding(days: 20), today)),
                                     notAfter: today)
            let reapply = dates.workday(spot.adding(days: rng.int(8...20)))
            let again = dates.workday(reapply.adding(days: rng.int(3...12)))
            t.steps.append((.spotReject, spot))
            t.steps.append((.apply, reapply))
            t.steps.append((.accept, again))
            self.appendCeremonies(&t, after: again, tier: self.enterprises[i].profile.tier, &rng)
            self.trajectories[i] = t
        })

        // A fatal accident at an accepted enterprise: the title is revoked (and key supervision follows).
        take(max(1, count / 2000), { i in
            let t = self.trajectories[i]
            guard self.enterprises[i].profile.tier.earnsTitle, t.completes, !t.wasRejected,
                  let accepted = t.finalAcceptance else { return false }
            return accepted.adding(days: 6) <= today
        }, { i in
            let accepted = self.trajectories[i].finalAcceptance!
            let day = dates.workday(dates.uniform(&rng, accepted.adding(days: 5), min(today, accepted.adding(days: 40))), notAfter: today)
            self.trajectories[i].cut = day
            mark(i, day, .revoked, by: .cityOffice, cause: 1,
                 reason: rng.below(DemoTexts.revocationReasons.count))
        })

        // Blacklist (信用污点): a major hazard not rectified by its deadline, resisting enforcement, an accident.
        let perCause = max(1, count / 3000)
        take(perCause, { i in
            let t = self.trajectories[i]
            guard self.enterprises[i].profile.tier == .problem, t.stall == .beforeApply, let deadline = t.deadline else { return false }
            return deadline.adding(days: 3) <= today
        }, { i in
            let day = dates.workday(self.trajectories[i].deadline!.adding(days: rng.int(1...10)), notAfter: today)
            self.trajectories[i].cut = day
            self.trajectories[i].openCriterion = "P01"
            mark(i, day, .blacklisted, by: .cityOffice, cause: 1, reason: 0)
        })
        take(perCause, { i in
            let t = self.trajectories[i]
            guard self.enterprises[i].profile.tier == .problem, !t.completes else { return false }
            return max(t.list.adding(days: 10), d(5, 15)) <= min(today, d(8, 31))
        }, { i in
            let t = self.trajectories[i]
            let day = dates.workday(dates.uniform(&rng, max(t.list.adding(days: 10), d(5, 15)), min(today, d(8, 31))), notAfter: today)
            self.trajectories[i].cut = day
            mark(i, day, .blacklisted, by: .cityOffice, cause: 2, reason: 0)
        })
        take(perCause, { i in
            let t = self.trajectories[i]
            guard self.enterprises[i].profile.tier == .problem, t.stall == .beforeApply, let start = t.start else { return false }
            return start.adding(days: 15) <= today
        }, { i in
            let start = self.trajectories[i].start!
            let day = dates.workday(dates.uniform(&rng, start.adding(days: 10), min(today, start.adding(days: 90))), notAfter: today)
            self.trajectories[i].cut = day
            mark(i, day, .blacklisted, by: .cityOffice, cause: 3, reason: rng.below(DemoTexts.blacklistAccidentReasons.count))
        })

        // Key supervision (重点监管) of enterprises that lag; one in four is lifted after a re-check.
        var supervised: [Int] = []
        take(max(4, count / 300), { i in
            let t = self.trajectories[i], tier = self.enterprises[i].profile.tier
            guard tier != .standardized, t.stall == .beforeApply, let start = t.start else { return false }
            return max(start.adding(days: 7), d(5, 20)) <= today
        }, { i in
            let start = self.trajectories[i].start!
            let day = dates.workday(dates.uniform(&rng, max(start.adding(days: 7), d(5, 20)), today), notAfter: today)
            mark(i, day, .supervised, by: .inspectorForDepartment, reason: rng.below(DemoTexts.supervisionReasons.count))
            supervised.append(i)
        })
        for i in supervised.prefix(max(1, supervised.count / 4)) {
            let marked = Day(daysSinceEpoch: Int(trajectories[i].side.last!.day))
            let lifted = dates.workday(marked.adding(days: rng.int(25...60)))
            guard lifted <= today else { continue }
            trajectories[i].side.append(PlannedAction(day: lifted.ordinal, kind: .unmark, actor: .inspectorForDepartment,
                                                      a: UInt16(Mark.allCases.firstIndex(of: .supervised)!), c: 0))
        }

        // An enterprise or two leaves the campaign.
        take(max(2, count / 500), { i in
            let t = self.trajectories[i]
            return t.list.adding(days: 20) <= today && t.list.adding(days: 15) <= d(8, 31)
        }, { i in
            let t = self.trajectories[i]
            let day = dates.workday(dates.uniform(&rng, t.list.adding(days: 15), min(today, d(8, 31))))
            guard day <= today else { return }
            self.trajectories[i].removal = day
            self.trajectories[i].side.append(PlannedAction(day: day.ordinal, order: Int32.max, kind: .remove,
                                                           actor: .inspectorForDepartment,
                                                           c: UInt16(rng.below(DemoTexts.removalReasons.count))))
        })

        // Roster edits: a new phone number, a new responsible person.
        for (share, isPhone) in [(0.02, true), (0.012, false)] {
            take(max(2, Int(Double(count) * share)), exclusive: false, { i in
                let t = self.trajectories[i]
                return t.removal == nil && t.list.adding(days: 7) <= today
            }, { i in
                let t = self.trajectories[i]
                let day = dates.workday(dates.uniform(&rng, t.list.adding(days: 7), min(today, t.list.adding(days: 150))))
                guard day <= today else { return }
                var change = ProfileChange()
                if isPhone {
                    change.phone = DemoNames.phone(&rng)
                } else {
                    var person = DemoNames.personName(&rng)
                    while person == self.enterprises[i].profile.person { person = DemoNames.personName(&rng) }
                    change.person = person
                }
                let position = self.edits.count
                self.edits.append(change)
                self.trajectories[i].side.append(PlannedAction(day: day.ordinal, kind: .edit, actor: .inspectorForDepartment,
                                                               a: UInt16(position & 0xFFFF), b: UInt16(position >> 16)))
            })
        }
    }

    // MARK: Phase 3: expanding an enterprise's year into events.

    /// Appends the enterprise's events (with their instants) to `out`; `detail` scales how much is recorded
    /// (re-checks, notes), so that the total can be brought near a wanted event count.
    func expand(_ index: Int, detail: Double, into out: inout [PlannedAction], scratch: inout [PlannedAction]) {
        let enterprise = enterprises[index]
        let profile = enterprise.profile
        let t = trajectories[index]
        var rng = DemoRandom(seed: seed, stream: 30, index: index)
        scratch.removeAll(keepingCapacity: true)
        var order: Int32 = 0
        func add(_ day: Day, _ kind: ActionKind, _ actor: ActingAs, _ a: UInt16 = 0, _ b: UInt16 = 0, _ c: UInt16 = 0) {
            scratch.append(PlannedAction(day: day.ordinal, order: order, kind: kind, actor: actor, a: a, b: b, c: c))
            order += 1
        }
        func experts(_ count: Int) -> (UInt16, UInt16, UInt16) {
            var picked: [UInt16] = []
            while picked.count < count {
                let expert = UInt16(rng.below(DemoNames.experts.count) + 1)
                if !picked.contains(expert) { picked.append(expert) }
            }
            return (picked[0], picked.count > 1 ? picked[1] : 0, picked.count > 2 ? picked[2] : 0)
        }
        let subjects = self.subjects(of: profile)
        let acceptor: ActingAs = profile.tier == .problem ? .inspectorForDepartment
            : (profile.level == .local ? .inspectorForJurisdiction : .cityOffice)

        add(t.list, .list, profile.level == .provincial ? .cityOffice : .inspectorForDepartment)
        var pendingFix: (subject: ChecklistSubject, note: UInt16, day: Day)?
        for (position, step) in t.steps.enumerated() {
            switch step.milestone {
            case .commit:
                let offset = t.deadline.map { UInt16(dates.d(1, 1).days(until: $0) + 1) } ?? 0
                add(step.day, .commit, .inspectorForDepartment, offset)
            case .plan:
                let (a, b, c) = experts(rng.int(1...3))
                add(step.day, .plan, .inspectorForDepartment, a, b, c)
            case .start:
                add(step.day, .start, .inspectorForDepartment)
                let nextApply = t.steps[(position + 1)...].first { $0.milestone == .apply }?.day
                let open = t.openCriterion.flatMap { id in catalog.criteria.firstIndex { $0.id.value == id } }.map(UInt16.init)
                visits(from: step.day, to: nextApply ?? t.workEnd, completes: nextApply != nil, subjects: subjects,
                       open: open, detail: detail, &rng, add)
            case .apply:
                if let fix = pendingFix {
                    // After a failed acceptance: the criterion goes back to unmet, then it is fixed.
                    let unmetDay = min(step.day, dates.workday(fix.day.adding(days: rng.int(1...3))))
                    add(unmetDay, .tick, .inspectorForDepartment, fix.subject.criterion, fix.subject.level,
                        tickCode(.unmet, source: 1, note: fix.note))
                    add(step.day, .tick, .inspectorForDepartment, fix.subject.criterion, fix.subject.level,
                        tickCode(.met, source: 2, note: UInt16(rng.below(DemoTexts.fixedNotes.count))))
                    pendingFix = nil
                }
                add(step.day, .apply, .inspectorForDepartment)
            case .accept, .close:
                let (a, b, c) = experts(rng.int(2...3))
                add(step.day, step.milestone == .accept ? .accept : .close, acceptor, a, b, c)
            case .reject, .spotReject:
                let candidates = subjects.filter { $0.notApplicableChance == 0 }
                let subject = candidates.isEmpty ? subjects[0] : rng.pick(candidates)
                let note = UInt16(rng.below(notes(for: subject.criterion).unmet.count))
                add(step.day, step.milestone == .reject ? .reject : .spotReject,
                    step.milestone == .reject ? acceptor : .cityOffice, subject.criterion, subject.level, note)
                pendingFix = (subject, note, step.day)
            case .publicize:
                add(step.day, .publicize, .bureau)
            case .award:
                add(step.day, .award, .cityOffice)
            case .announce:
                add(step.day, .announce, .cityOffice)
            }
        }

        // Free notes on the timeline, more of them with more detail.
        let sideBase: Int32 = 1 << 24
        order = sideBase
        if rng.chance(min(0.9, max(0.01, 0.05 + 0.06 * detail))) {
            let notes = rng.chance(0.3) ? 2 : 1
            for _ in 0..<notes {
                let day = dates.workday(t.list.adding(days: rng.int(3...180)))
                if rng.chance(0.25) {
                    add(day, .cityNote, .cityOffice, 0, 0, UInt16(rng.below(DemoTexts.cityNotes.count)))
                } else {
                    add(day, .note, .inspectorForDepartment, 0, 0, UInt16(rng.below(DemoTexts.freeNotes.count)))
                }
            }
        }
        for var side in t.side {
            if side.order != Int32.max { side.order = order }
            order += 1
            scratch.append(side)
        }

        // What the frozen date shows: nothing after today, nothing after a removal, no steps after a penalty.
        let todayOrdinal = today.ordinal
        let removal = t.removal?.ordinal ?? Int32.max
        let cut = t.cut?.ordinal ?? Int32.max
        scratch.removeAll { entry in
            entry.day > todayOrdinal || entry.day > removal
                || (entry.day == removal && entry.order >= sideBase && entry.kind != .remove)
                || (entry.order < sideBase && entry.day > cut)
        }
        scratch.sort { $0.day != $1.day ? $0.day < $1.day : $0.order < $1.order }

        // Instants: office hours in +08:00, a few minutes between the events of one visit.
        var lastDay: Int32 = -1
        var clock: Int64 = 0
        for var entry in scratch {
            if entry.day != lastDay {
                let minute = rng.chance(0.6) ? 8 * 60 + 30 + rng.below(150) : 14 * 60 + rng.below(150)
                clock = Int64(minute) * 60_000 + Int64(rng.below(60_000))
                lastDay = entry.day
            } else {
                clock += Int64(rng.int(40...300)) * 1000 + Int64(rng.below(1000))
            }
            entry.ms = Int64(entry.day) * 86_400_000 - 8 * 3_600_000 + clock
            entry.enterprise = Int32(index)
            out.append(entry)
        }
    }

    /// The on-site visits between the start and the application (or the end of this year's work):
    /// each criterion is first ticked at some visit; unmet ones are fixed at a later one.
    private func visits(from start: Day, to end: Day, completes: Bool, subjects: [ChecklistSubject], open: UInt16?,
                        detail: Double,
                        _ rng: inout DemoRandom,
                        _ add: (Day, ActionKind, ActingAs, UInt16, UInt16, UInt16) -> Void) {
        guard !subjects.isEmpty else { return }
        let span = max(0, start.days(until: end))
        var count = max(1, min(5, span / 20 + 1))
        if detail > 1 { count += min(6, Int((detail - 1) * 1.5)) }
        var days = [start]
        for _ in 1..<max(1, count) {
            days.append(dates.workday(start.adding(days: 1 + rng.below(max(1, span)))))
        }
        if completes && count > 1 { days[count - 1] = end }
        days = days.map { min($0, end) }.sorted()

        struct SubjectPlan {
            var first = -1
            var verdict = Verdict.met
            var fix = -1
        }
        // Detail 0 is lean (work goes slowly, few re-ticks); detail 1 is a thorough inspector.
        // Below 0 (down to -1) on-site work is sparser still, for benchmarks that want fewer events.
        let unmetChance = min(0.6, max(0.1, 0.12 + 0.12 * detail))
        let firstVisitShare = max(0.1, 0.25 + 0.25 * min(detail, 1.4))
        let neverTicked = min(0.6, max(0.1, 0.35 - 0.2 * detail))
        var plans = [SubjectPlan](repeating: SubjectPlan(), count: subjects.count)
        var blocking = false
        for (position, subject) in subjects.enumerated() {
            if !completes && rng.chance(neverTicked) {
                blocking = true
                continue
            }
            var plan = SubjectPlan()
            plan.first = rng.chance(firstVisitShare) ? 0 : rng.below(count)
            if subject.notApplicableChance > 0 && rng.chance(subject.notApplicableChance) {
                plan.verdict = .notApplicable
            } else if rng.chance(unmetChance) && (!completes || plan.first < count - 1) {
                plan.verdict = .unmet
                if plan.first < count - 1 && (completes || rng.chance(0.5)) {
                    plan.fix = rng.int((plan.first + 1)...(count - 1))
                } else {
                    blocking = true
                }
            }
            plans[position] = plan
        }
        for (position, subject) in subjects.enumerated() where subject.criterion == open && !completes {
            plans[position] = SubjectPlan(first: 0, verdict: .unmet, fix: -1)
            blocking = true
        }
        if !completes && !blocking {
            // Work that has not finished leaves something open.
            let position = rng.below(subjects.count)
            plans[position] = SubjectPlan(first: rng.below(count), verdict: .unmet, fix: -1)
        }

        let mistake = rng.chance(0.03) ? rng.below(subjects.count) : -1
        for visit in 0..<count {
            let day = days[visit]
            var position = 0
            while position < subjects.count {
                let subject = subjects[position]
                let plan = plans[position]
                // A levelled criterion met at every level at once may be ticked in one go.
                if subject.level == 1, plan.first == visit {
                    let levels = subjects[position...].prefix { $0.criterion == subject.criterion }
                    let group = plans[position..<(position + levels.count)]
                    if group.allSatisfy({ $0.first == visit && $0.verdict == .met && $0.fix == -1 }),
                       rng.chance(max(0, 0.85 - 0.5 * detail)) {
                        add(day, .tick, .inspectorForDepartment, subject.criterion, 0, noteCode(.met, subject, detail, &rng))
                        position += levels.count
                        continue
                    }
                }
                if plan.first == visit {
                    if position == mistake {
                        let wrong: Verdict = plan.verdict == .unmet ? .met : .unmet
                        add(day, .tick, .inspectorForDepartment, subject.criterion, subject.level, tickCode(wrong, source: 0, note: 0))
                        add(day, .clear, .inspectorForDepartment, subject.criterion, subject.level, 0)
                    }
                    add(day, .tick, .inspectorForDepartment, subject.criterion, subject.level,
                        noteCode(plan.verdict, subject, detail, &rng))
                } else if plan.fix == visit {
                    let source: UInt16 = rng.chance(0.5) ? 2 : 0
                    add(day, .tick, .inspectorForDepartment, subject.criterion, subject.level,
                        tickCode(.met, source: source, note: source == 2 ? UInt16(rng.below(DemoTexts.fixedNotes.count)) : 0))
                } else if detail > 1, visit > 0, plan.first >= 0, plan.first < visit,
                          (plan.verdict == .met && plan.fix == -1) || (plan.fix >= 0 && plan.fix < visit),
                          rng.chance(min(0.9, (detail - 1) * 0.25)) {
                    add(day, .tick, .inspectorForDepartment, subject.criterion, subject.level,
                        tickCode(.met, source: 3, note: UInt16(rng.below(DemoTexts.recheckNotes.count))))
                }
                position += 1
            }
        }
    }

    /// About 30% of ticks carry a note.
    private func noteCode(_ verdict: Verdict, _ subject: ChecklistSubject, _ detail: Double, _ rng: inout DemoRandom) -> UInt16 {
        guard rng.chance(0.3) else { return tickCode(verdict, source: 0, note: 0) }
        let notes = self.notes(for: subject.criterion)
        let list = verdict == .met ? notes.met : verdict == .unmet ? notes.unmet : notes.notApplicable
        guard !list.isEmpty else { return tickCode(verdict, source: 0, note: 0) }
        return tickCode(verdict, source: 1, note: UInt16(rng.below(list.count)))
    }

    func notes(for criterion: UInt16) -> DemoTexts.Notes {
        DemoTexts.tickNotes[catalog.criteria[Int(criterion)].id.value] ?? DemoTexts.genericNotes
    }
}

/// A tick's verdict (bits 0–1), the source of its note (bits 2–3: none, the criterion's notes, a fix, a
/// re-check) and the note's index (bits 4–15).
func tickCode(_ verdict: Verdict, source: UInt16, note: UInt16) -> UInt16 {
    let code: UInt16 = switch verdict {
    case .met: 1
    case .unmet: 2
    case .notApplicable: 3
    case .unchecked: 0
    }
    return code | source << 2 | note << 4
}
