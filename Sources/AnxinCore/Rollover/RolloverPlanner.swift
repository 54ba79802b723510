/// The proposals of a new campaign year, read from the folded state: for every enterprise carried into the
/// campaign's year whose move has not been made yet. A proposal disappears once confirmed (the tier edit or the
/// supervision mark is then in the journal) or once the enterprise's new lifecycle has gone past "listed".
public enum RolloverPlanner {
    public static func proposals(in state: CampaignState) -> [TierProposal] {
        let year = state.config.year
        return planned(state) { record in
            guard record.carriedInto == year, record.stage == .listed,
                  let finished = record.pastYears.last, finished.year == year - 1 else { return nil }
            return finished
        }
    }

    /// The proposals a rollover would make now (a dry run): every enterprise still in the campaign, its
    /// current stage read as how its year finished.
    public static func preview(in state: CampaignState) -> [TierProposal] {
        planned(state) { record in
            YearResult(year: state.config.year, tier: record.profile.tier, stage: record.stage,
                       acceptedOn: record.acceptance?.details.date)
        }
    }

    /// Each active enterprise with the year it finished (nil: none to judge) and the move that year calls for.
    /// Records are read in place: the interface's next-year menu asks for this on every key press.
    private static func planned(_ state: CampaignState, finished: (EnterpriseRecord) -> YearResult?) -> [TierProposal] {
        var proposals: [TierProposal] = []
        state.records.withUnsafeBufferPointer { records in
            for index in records.indices where records[index].isActive {
                guard let year = finished(records[index]),
                      let move = move(for: records[index], finished: year, config: state.config) else { continue }
                let profile = records[index].profile
                proposals.append(TierProposal(code: profile.code, name: profile.name, jurisdiction: profile.jurisdiction,
                                              tier: profile.tier, move: move, finished: year))
            }
        }
        return proposals
    }

    /// The rule of seed §一 (年年进位，年年升级) as our defaults read it (docs/rules.md, "The next campaign year").
    static func move(for record: EnterpriseRecord, finished: YearResult, config: CampaignConfig) -> TierProposal.Move? {
        if record.has(.revoked) || record.has(.blacklisted) {
            return record.has(.supervised) ? nil : .keepUnderSupervision
        }
        // Only a tier the enterprise still has from the finished year: once moved, nothing more is proposed.
        guard record.profile.tier == finished.tier else { return nil }
        switch finished.tier {
        case .problem:
            return finished.stage == .closed || finished.stage == .announced ? .promote(to: .normalized) : nil
        case .normalized:
            guard finished.stage.holdsTitle else { return nil }
            if config.rules.standardizedKeyIndustriesOnly, config.industry(named: record.profile.industry)?.isKey != true {
                return nil
            }
            return .promote(to: .standardized)
        case .standardized:
            return nil
        }
    }
}
