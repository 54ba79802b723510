/// Selects the members of each campaign list from the folded state (pure: the state and the day come in).
///
/// Decisions where the plan is silent (docs/documents.md):
/// - notice: stage 验收合格 (accepted, not yet publicized); awards: stage 已公示 (publicized, not yet awarded);
///   announcement: stage 验收销账 (closed, not yet announced). A document already issued is printed again with
///   `--as-of` a day before its step was recorded.
/// - notice, awards and incentives leave out revoked, blacklisted and key-supervised enterprises;
///   the announcement leaves out blacklisted ones. Those left out are reported, never dropped silently.
/// - incentives: standardized and normalized enterprises that hold the title (accepted, publicized or awarded).
/// - supervision and blacklist hold every enterprise carrying the mark, also one removed from the campaign
///   (a mark belongs to the enterprise, not to one listing).
public struct ListSelector: Sendable {
    public let state: CampaignState

    public init(state: CampaignState) {
        self.state = state
    }

    public func select(_ list: CampaignList) -> ListSelection {
        switch list {
        case .notice:
            titled(list) { $0.stage == .accepted }
        case .awards:
            titled(list) { $0.stage == .publicized }
        case .incentives:
            // A title won in a finished campaign year still counts (docs/rules.md); revocation screens it below.
            titled(list) { $0.stage.holdsTitle || $0.pastYears.contains { $0.stage.holdsTitle } }
        case .announcement:
            screened(list, state.records.filter { $0.isActive && $0.profile.tier == .problem && $0.stage == .closed },
                     disqualifying: [.blacklisted])
        case .demoSites:
            ListSelection(list: list, members: ordered(state.records.filter { $0.isActive && $0.has(.demo) }), excluded: [])
        case .supervision:
            ListSelection(list: list, members: ordered(state.records.filter { $0.has(.supervised) }), excluded: [])
        case .blacklist:
            ListSelection(list: list, members: ordered(state.records.filter { $0.has(.blacklisted) }), excluded: [])
        }
    }

    /// Standardized and normalized enterprises in the campaign at a stage, screened for the marks that take the
    /// title's benefits away.
    private func titled(_ list: CampaignList, _ atStage: (EnterpriseRecord) -> Bool) -> ListSelection {
        let candidates = state.records.filter { $0.isActive && $0.profile.tier.earnsTitle && atStage($0) }
        return screened(list, candidates, disqualifying: [.revoked, .blacklisted, .supervised])
    }

    private func screened(_ list: CampaignList, _ candidates: [EnterpriseRecord],
                          disqualifying: [ListExclusionReason]) -> ListSelection {
        var members: [EnterpriseRecord] = [], excluded: [ListExclusion] = []
        for record in ordered(candidates) {
            if let reason = disqualifying.first(where: { record.has(ListSelector.mark(of: $0)) }) {
                excluded.append(ListExclusion(record: record, reason: reason))
            } else {
                members.append(record)
            }
        }
        return ListSelection(list: list, members: members, excluded: excluded)
    }

    private static func mark(of reason: ListExclusionReason) -> Mark {
        switch reason {
        case .revoked: .revoked
        case .blacklisted: .blacklisted
        case .supervised: .supervised
        }
    }

    /// The order of every list: jurisdictions as campaign.yaml lists them, then tier, then name, then code.
    public func ordered(_ records: [EnterpriseRecord]) -> [EnterpriseRecord] {
        var rank: [String: Int] = [:]
        for (index, jurisdiction) in state.config.jurisdictions.enumerated() where rank[jurisdiction.name] == nil {
            rank[jurisdiction.name] = index
        }
        return records.sorted { lhs, rhs in
            let left = rank[lhs.profile.jurisdiction] ?? Int.max, right = rank[rhs.profile.jurisdiction] ?? Int.max
            if left != right { return left < right }
            if lhs.profile.tier != rhs.profile.tier { return lhs.profile.tier < rhs.profile.tier }
            if lhs.profile.name != rhs.profile.name { return lhs.profile.name < rhs.profile.name }
            return lhs.code < rhs.code
        }
    }
}
