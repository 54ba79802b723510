/// Where one calendar step stands for an office.
public enum StepStatus: String, Sendable, Equatable, CaseIterable {
    /// Everything the step asks was done by its due date.
    case done
    /// Something the step asks was not done by its due date: the office loses its eligibility for awards.
    case missed
    /// Not everything is done yet, and nothing is late yet.
    case notYetDue = "not-yet-due"
    /// The step asks nothing of this office (no quota and no enterprise concerned).
    case noTask = "no-task"
    /// A city task (steps 5, 7, 8): judged for the city, not for jurisdictions and departments.
    case cityTask = "city-task"
}

/// Something a step asked for that was not done by its due date (or is not done yet).
public enum MissingItem: Sendable, Equatable {
    /// An enterprise (its position in `CampaignState.records`) that had not reached `stage` by `due`;
    /// `reachedOn` is the day it got there late, nil when it has not.
    case enterprise(position: Int, stage: Stage, due: Day, reachedOn: Day?)
    /// Fewer enterprises of a tier listed by the due date than the quota asks.
    case quota(tier: Tier, listed: Int, quota: Int, due: Day)
    /// No demonstration site of a sector marked by the due date (step 5).
    case demonstrationSector(String, due: Day)
    /// No well-rectified problem enterprise marked as a demonstration site by the due date (step 5).
    case rectifiedDemonstration(due: Day)
}

/// One step of the calendar judged for one office.
public struct StepAssessment: Sendable, Equatable {
    public let step: CalendarStep
    public let status: StepStatus
    /// How many things the step asks of the office (quota cells, enterprises, demonstration sites) and how
    /// many were done in time.
    public let required: Int
    public let doneInTime: Int
    /// What was not done by its due date (done late, or not at all): what costs the office its eligibility.
    public let missed: [MissingItem]
    /// What is not done yet and not yet due.
    public let open: [MissingItem]
}

/// Whether an office finished the year's tasks (seed §五(四): 完不成创建任务的…取消评先资格).
public enum YearStatus: String, Sendable, Equatable {
    /// Every task of the office done in time.
    case complete
    /// A task missed: the office loses its eligibility for awards (取消评先资格).
    case incomplete
    /// Nothing missed so far, some tasks not yet due.
    case pending
}

/// One jurisdiction's or department's assessment.
public struct OfficeAssessment: Sendable, Equatable {
    public let group: ReportGroup
    public let steps: [StepAssessment]

    public var year: YearStatus {
        let judged = steps.filter { $0.status != .cityTask && $0.status != .noTask }
        if judged.contains(where: { $0.status == .missed }) { return .incomplete }
        if judged.contains(where: { $0.status == .notYetDue }) { return .pending }
        return .complete
    }

    /// Every missed item with its step number, in step order.
    public var missed: [(step: Int, item: MissingItem)] {
        steps.flatMap { step in step.missed.map { (step.step.number, $0) } }
    }
}

/// The assessment of every jurisdiction and department, and of the city's own tasks, on a day.
public struct AssessmentReport: Sendable {
    public let today: Day
    /// The owner rows of the progress report, in the same order.
    public let offices: [OfficeAssessment]
    /// The city's own tasks (steps 5, 7, 8) and, for the other steps, the city as a whole.
    public let city: OfficeAssessment

    /// The offices that lose their eligibility for awards.
    public var ineligible: [OfficeAssessment] { offices.filter { $0.year == .incomplete } }
}
