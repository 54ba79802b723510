extension AssessmentReport {
    /// Judges every jurisdiction and department (the owner rows of the progress report) and the city's own tasks
    /// against the calendar, as of `today`. Removed enterprises are left out.
    public init(state: CampaignState, today: Day) {
        let config = state.config
        let calendar = config.calendar
        var groups = ProgressReport.emptyRows(config: config, grouping: .owner).map(\.group)
        var groupIndex: [ReportGroup: Int] = [:]
        for (index, group) in groups.enumerated() { groupIndex[group] = index }
        let ownerSteps = calendar.steps.filter { AssessedTask.of(step: $0.number) == .enterprises }
        var offices: [OfficeTally] = groups.map { _ in OfficeTally(steps: ownerSteps) }
        let listingDue = calendar.steps.first { AssessedTask.of(step: $0.number) == .quota }?.due
        var cityEnterpriseSteps = calendar.steps.filter { AssessedTask.of(step: $0.number) == .cityEnterprises }
            .map { StepCount(step: $0) }
        var demoDays: [String: Day] = [:]
        var rectifiedDemoDay: Day?

        let deadlines = DeadlineTable(calendar)
        let ownerStepNumbers = ownerSteps.map(\.number)
        let records = state.records
        for position in records.indices {
            let record = records[position]
            guard record.isActive else { continue }
            let profile = record.profile
            let group = ReportGroup.owner(of: profile, in: config)
            let index: Int
            if let known = groupIndex[group] {
                index = known
            } else {
                index = groups.count
                groupIndex[group] = index
                groups.append(group)
                offices.append(OfficeTally(steps: ownerSteps))
            }
            if let listingDue, record.listedAt.localDay <= listingDue {
                offices[index].listedInTime[GroupTally.index(profile.tier)] += 1
            }
            let milestones = Milestones(record)
            for (stepIndex, number) in ownerStepNumbers.enumerated() {
                if let requirement = StepRequirement.of(step: number, record: record, milestones: milestones, deadlines: deadlines) {
                    offices[index].steps[stepIndex].add(requirement, position: position, today: today)
                }
            }
            for stepIndex in cityEnterpriseSteps.indices {
                if let requirement = StepRequirement.of(step: cityEnterpriseSteps[stepIndex].step.number, record: record,
                                                        milestones: milestones, deadlines: deadlines) {
                    cityEnterpriseSteps[stepIndex].add(requirement, position: position, today: today)
                }
            }
            if !record.marks.isEmpty, let demo = record.marks[.demo] {
                let day = demo.details.date
                if profile.tier.earnsTitle {
                    if let sector = config.industry(named: profile.industry)?.demoSector, demoDays[sector].map({ day < $0 }) ?? true {
                        demoDays[sector] = day
                    }
                } else if rectifiedDemoDay.map({ day < $0 }) ?? true {
                    rectifiedDemoDay = day
                }
            }
        }

        let quotas = Dictionary(grouping: config.quotas) { ReportGroup.owner(named: $0.owner, in: config) }
        var judged: [OfficeAssessment] = []
        for (index, group) in groups.enumerated() {
            var steps: [StepAssessment] = []
            for step in calendar.steps {
                switch AssessedTask.of(step: step.number) {
                case .quota:
                    steps.append(AssessmentReport.quotaStep(step, quotas: quotas[group] ?? [],
                                                            listed: offices[index].listedInTime, today: today))
                case .enterprises:
                    if let count = offices[index].steps.first(where: { $0.step == step }) { steps.append(count.assessment) }
                case .demonstration, .cityEnterprises, nil:
                    steps.append(StepAssessment(step: step, status: .cityTask, required: 0, doneInTime: 0, missed: [], open: []))
                }
            }
            judged.append(OfficeAssessment(group: group, steps: steps))
        }

        var citySteps: [StepAssessment] = []
        for step in calendar.steps {
            switch AssessedTask.of(step: step.number) {
            case .demonstration:
                citySteps.append(AssessmentReport.demonstrationStep(step, sectors: config.demoSectors, sites: demoDays,
                                                                    rectified: config.rules.rectifiedDemoSites > 0 ? rectifiedDemoDay : nil,
                                                                    rectifiedRequired: config.rules.rectifiedDemoSites > 0,
                                                                    today: today))
            case .cityEnterprises:
                if let count = cityEnterpriseSteps.first(where: { $0.step == step }) { citySteps.append(count.assessment) }
            case .quota, .enterprises, nil:
                citySteps.append(AssessmentReport.overall(step, offices: judged))
            }
        }
        self.today = today
        self.offices = judged
        self.city = OfficeAssessment(group: .city, steps: citySteps)
    }

    /// Step 1: each tier's quota listed by the due date.
    static func quotaStep(_ step: CalendarStep, quotas: [Quota], listed: [Int], today: Day) -> StepAssessment {
        var required = 0, done = 0
        var missed: [MissingItem] = [], open: [MissingItem] = []
        for tier in Tier.allCases {
            let quota = quotas.filter { $0.tier == tier }.reduce(0) { $0 + $1.count }
            guard quota > 0 else { continue }
            required += 1
            let count = listed[GroupTally.index(tier)]
            if count >= quota {
                done += 1
            } else {
                let item = MissingItem.quota(tier: tier, listed: count, quota: quota, due: step.due)
                if today > step.due { missed.append(item) } else { open.append(item) }
            }
        }
        return StepAssessment(step: step, status: status(required: required, missed: missed, open: open),
                              required: required, doneInTime: done, missed: missed, open: open)
    }

    /// Step 5: a demonstration site per sector and a well-rectified enterprise, marked by the due date.
    static func demonstrationStep(_ step: CalendarStep, sectors: [String], sites: [String: Day], rectified: Day?,
                                  rectifiedRequired: Bool, today: Day) -> StepAssessment {
        var required = 0, done = 0
        var missed: [MissingItem] = [], open: [MissingItem] = []
        func judge(_ day: Day?, _ item: MissingItem) {
            required += 1
            if let day, day <= step.due {
                done += 1
            } else if today > step.due {
                missed.append(item)
            } else {
                open.append(item)
            }
        }
        for sector in sectors { judge(sites[sector], .demonstrationSector(sector, due: step.due)) }
        if rectifiedRequired { judge(rectified, .rectifiedDemonstration(due: step.due)) }
        return StepAssessment(step: step, status: status(required: required, missed: missed, open: open),
                              required: required, doneInTime: done, missed: missed, open: open)
    }

    /// The city's line for an office step: done when every office with the task did it, missed when any missed it.
    static func overall(_ step: CalendarStep, offices: [OfficeAssessment]) -> StepAssessment {
        let statuses = offices.compactMap { $0.steps.first { $0.step == step }?.status }.filter { $0 != .noTask }
        let status: StepStatus
        if statuses.isEmpty { status = .noTask }
        else if statuses.contains(.missed) { status = .missed }
        else if statuses.contains(.notYetDue) { status = .notYetDue }
        else { status = .done }
        return StepAssessment(step: step, status: status, required: statuses.count,
                              doneInTime: statuses.filter { $0 == .done }.count, missed: [], open: [])
    }

    static func status(required: Int, missed: [MissingItem], open: [MissingItem]) -> StepStatus {
        if required == 0 { return .noTask }
        if !missed.isEmpty { return .missed }
        if !open.isEmpty { return .notYetDue }
        return .done
    }
}

/// The enterprises a step asks something of, counted while the assessment walks the roster.
struct StepCount {
    let step: CalendarStep
    var required = 0
    var doneInTime = 0
    var missed: [MissingItem] = []
    var open: [MissingItem] = []

    mutating func add(_ requirement: StepRequirement, position: Int, today: Day) {
        required += 1
        if let day = requirement.reachedOn, day <= requirement.due {
            doneInTime += 1
            return
        }
        let item = MissingItem.enterprise(position: position, stage: requirement.stage, due: requirement.due,
                                          reachedOn: requirement.reachedOn)
        if today > requirement.due { missed.append(item) } else { open.append(item) }
    }

    var assessment: StepAssessment {
        StepAssessment(step: step, status: AssessmentReport.status(required: required, missed: missed, open: open),
                       required: required, doneInTime: doneInTime, missed: missed, open: open)
    }
}

/// One office's counts while the assessment walks the roster.
struct OfficeTally {
    /// Enterprises listed by step 1's due date, per tier (`Tier.allCases` order).
    var listedInTime = [0, 0, 0]
    var steps: [StepCount]

    init(steps: [CalendarStep]) {
        self.steps = steps.map { StepCount(step: $0) }
    }
}
