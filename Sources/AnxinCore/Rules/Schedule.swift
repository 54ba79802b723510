/// What an enterprise must do next and by when (domain.md "Overdue"): shown, never blocked.
public struct NextStep: Sendable, Equatable {
    public let action: StepAction
    /// nil when the calendar sets no deadline for the action.
    public let due: Day?
}

extension CampaignCalendar {
    /// The next forward step of an enterprise and its due date; nil once it has finished or left the campaign.
    public func nextStep(of record: EnterpriseRecord) -> NextStep? {
        guard record.isActive, let action = Lifecycle.nextAction(from: record.stage, tier: record.profile.tier) else {
            return nil
        }
        var due = deadlines[action]
        if action == .apply, record.profile.tier == .problem, let deadline = record.rectificationDeadline {
            due = deadline
        }
        return NextStep(action: action, due: due)
    }

    /// Overdue when the next step's due date has passed; an enterprise whose title was revoked is not chased.
    public func isOverdue(_ record: EnterpriseRecord, on today: Day) -> Bool {
        guard let due = nextStep(of: record)?.due, !record.has(.revoked) else { return false }
        return today > due
    }

    /// Days past due (positive) or left (negative or zero), for sorting and display.
    public func daysOverdue(_ record: EnterpriseRecord, on today: Day) -> Int? {
        guard let due = nextStep(of: record)?.due else { return nil }
        return due.days(until: today)
    }
}
