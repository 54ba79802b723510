/// One of the 8 things of the year (seed §三).
public struct CalendarStep: Sendable, Equatable {
    public let number: Int
    public let title: String
    /// The first day of the step's window, when it has one (step 4 runs 05-01 to 07-31).
    public let from: Day?
    public let due: Day

    public init(number: Int, title: String, from: Day? = nil, due: Day) {
        self.number = number
        self.title = title
        self.from = from
        self.due = due
    }
}

/// The campaign calendar: the 8 steps and the day by which each lifecycle action must have been taken.
public struct CampaignCalendar: Sendable, Equatable {
    public let steps: [CalendarStep]
    /// Due date per lifecycle action; an enterprise that has not taken its next action by then is overdue.
    public let deadlines: [StepAction: Day]

    public init(steps: [CalendarStep], deadlines: [StepAction: Day]) {
        self.steps = steps.sorted { $0.number < $1.number }
        self.deadlines = deadlines
    }

    /// The step whose window holds the day (the most recently opened one when windows overlap, so July
    /// shows the demonstration visits rather than the on-site work), else the next one to come, else the last.
    public func currentStep(on today: Day) -> CalendarStep? {
        var previousDue: Day?
        var holding: (step: CalendarStep, start: Day?)?
        var upcoming: CalendarStep?
        for step in steps {
            let start = step.from ?? previousDue?.adding(days: 1)
            if let start, today < start {
                if upcoming == nil { upcoming = step }
            } else if today <= step.due {
                if holding == nil || (start ?? today) >= (holding?.start ?? Day(daysSinceEpoch: Int(Int32.min))) {
                    holding = (step, start)
                }
            }
            previousDue = step.due
        }
        return holding?.step ?? upcoming ?? steps.last
    }

    /// Steps whose due date has passed on the given day.
    public func isPast(_ step: CalendarStep, on today: Day) -> Bool { today > step.due }
}
