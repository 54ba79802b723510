/// The filters every front end shares. Empty sets mean "any"; sets combine with AND across fields
/// and OR within a field.
public struct EnterpriseFilter: Sendable, Equatable {
    public var jurisdictions: Set<String> = []
    public var departments: Set<String> = []
    /// Owners as the reports and the dashboard count them (ReportGroup.owner): a jurisdiction's 属地
    /// enterprises, or a department's 市直 and 省属以上 ones. Other groups in the set are ignored.
    public var owners: Set<ReportGroup> = []
    public var industries: Set<String> = []
    public var tiers: Set<Tier> = []
    public var stages: Set<Stage> = []
    public var levels: Set<SupervisionLevel> = []
    /// Enterprises holding any of these marks.
    public var marks: Set<Mark> = []
    public var overdueOnly = false
    /// Include enterprises removed from the campaign.
    public var includeRemoved = false
    /// Free text over name and credit code (case-insensitive for ASCII).
    public var text: String = ""

    public init() {}

    public var isEmpty: Bool { self == EnterpriseFilter() }

    public func matches(_ record: EnterpriseRecord, calendar: CampaignCalendar, today: Day) -> Bool {
        let profile = record.profile
        if !includeRemoved && !record.isActive { return false }
        if !jurisdictions.isEmpty && !jurisdictions.contains(profile.jurisdiction) { return false }
        if !departments.isEmpty && !departments.contains(profile.department) { return false }
        if !owners.isEmpty && !owners.contains(where: { $0.owns(profile) }) { return false }
        if !industries.isEmpty && !industries.contains(profile.industry) { return false }
        if !tiers.isEmpty && !tiers.contains(profile.tier) { return false }
        if !stages.isEmpty && !stages.contains(record.stage) { return false }
        if !levels.isEmpty && !levels.contains(profile.level) { return false }
        if !marks.isEmpty && !marks.contains(where: { record.marks[$0] != nil }) { return false }
        if overdueOnly && !calendar.isOverdue(record, on: today) { return false }
        if !text.isEmpty {
            let needle = text.lowercased()
            if !profile.name.lowercased().contains(needle) && !profile.code.value.lowercased().contains(needle) {
                return false
            }
        }
        return true
    }
}
