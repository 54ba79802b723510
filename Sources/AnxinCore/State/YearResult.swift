/// How one finished campaign year ended for an enterprise: kept when the enterprise is carried into the next
/// year, so that the next year's proposals (and anyone reading the card) can see where it came from.
public struct YearResult: Sendable, Equatable {
    /// The campaign year that finished.
    public var year: Int
    public var tier: Tier
    /// The stage it had reached when the year was closed.
    public var stage: Stage
    /// The day of its acceptance (or closing, for a problem enterprise) in that year, if any.
    public var acceptedOn: Day?
    /// The `carried` event that closed the year for the enterprise (nil in a dry run's preview).
    public var carriedBy: EventID?

    public init(year: Int, tier: Tier, stage: Stage, acceptedOn: Day?, carriedBy: EventID? = nil) {
        self.year = year
        self.tier = tier
        self.stage = stage
        self.acceptedOn = acceptedOn
        self.carriedBy = carriedBy
    }
}
