/// The printable acceptance record of one enterprise (验收记录表): its checklist with every verdict, note and
/// inspector, the acceptance decision and the failed attempts before it.
public struct AcceptanceSheet: Sendable {
    /// One criterion of the checklist as it stands.
    public struct Row: Sendable {
        public let criterion: Criterion
        public let verdict: Verdict
        /// The latest tick of the criterion (or of its levels): note, inspector, office, instant.
        public let latest: VerdictRecord?
        /// For a levelled criterion (N05): each level with its own tick.
        public let levels: [(level: CheckLevel, record: VerdictRecord?)]
    }

    public let record: EnterpriseRecord
    public let rows: [Row]
    /// The step that brought the acceptance (accept, or close for a problem enterprise); nil while not accepted.
    public let decision: StepRecord?
    /// Failed acceptances (reject steps), oldest first, with their reasons.
    public let rejections: [StepRecord]
    /// The plan step: its reference and experts.
    public let plan: StepRecord?

    public init(record: EnterpriseRecord, catalog: CriteriaCatalog) {
        self.record = record
        rows = catalog.checklist(tier: record.profile.tier, industry: record.profile.industry).map { criterion in
            let state = record.criteria[criterion.id]
            return Row(criterion: criterion, verdict: record.verdict(of: criterion), latest: state?.latest,
                       levels: criterion.levels.map { ($0, state?.levels[$0]) })
        }
        // The decision holds only while the enterprise is accepted or beyond (a spot check may overturn it).
        decision = record.stage.rank >= Stage.accepted.rank ? record.acceptance : nil
        rejections = record.steps.filter { $0.details.action == .reject }
        plan = record.steps.last { $0.details.action == .plan }
    }

    public var progress: (met: Int, applicable: Int) {
        let applicable = rows.filter { $0.verdict != .notApplicable }
        return (applicable.filter { $0.verdict == .met }.count, applicable.count)
    }
}
