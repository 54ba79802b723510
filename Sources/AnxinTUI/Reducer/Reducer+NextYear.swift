import AnxinCore

/// The next campaign year from the TUI (key Y): the tier proposals of `anxin rollover --proposals` to confirm one
/// by one or all at once, and starting the next year (`anxin rollover --year`) after a confirmation.
extension Reducer {
    static func openNextYear(_ state: inout AppState) {
        guard state.access.canWrite else { return refuseReadOnly(&state) }
        state.mode = .menu(Menu(.nextYear))
    }

    static func chooseNextYear(_ menu: Menu, _ state: inout AppState, _ effects: inout [Effect]) {
        let proposals = RolloverPlanner.proposals(in: state.campaign)
        let nextYear = state.campaign.config.year + 1
        switch menu.kind {
        case .nextYear:
            let all = proposals.isEmpty ? 0 : 1
            if menu.cursor < all {
                for proposal in proposals { effects.append(confirmation(of: proposal, state)) }
                state.mode = .normal
            } else if menu.cursor < all + proposals.count {
                effects.append(confirmation(of: proposals[menu.cursor - all], state))
                // Stay in the menu for the next one; the list shrinks as confirmations are recorded.
                state.mode = .menu(Menu(.nextYear, cursor: max(0, menu.cursor - (proposals.count == 1 ? 1 : 0))))
            } else {
                state.mode = .menu(Menu(.confirmYear(nextYear), cursor: 1))
            }
        case let .confirmYear(year):
            state.mode = .normal
            if menu.cursor == 0 { effects.append(.startYear(year)) }
        default:
            break
        }
    }

    /// The event that confirms a proposal: the tier edit, or the key-supervision mark.
    static func confirmation(of proposal: TierProposal, _ state: AppState) -> Effect {
        switch proposal.move {
        case let .promote(tier):
            var change = ProfileChange()
            change.tier = tier
            return .record(.edited(change), proposal.code, undo: nil)
        case .keepUnderSupervision:
            let details = MarkDetails(mark: .supervised, reason: Catalog.keepUnderSupervisionReason.text(state.language),
                                      date: state.today)
            return .record(.marked(details), proposal.code, undo: nil)
        }
    }
}

extension AppState {
    /// The next-year menu: "confirm all", one line per proposal, then "start the next year".
    func nextYearItems(_ kind: Menu.Kind) -> [MenuItem] {
        let t = { (message: Message) in message.text(language) }
        switch kind {
        case let .confirmYear(year):
            return [MenuItem(label: t(Catalog.tuiStartYearConfirm(year)), checked: nil, detail: ""),
                    MenuItem(label: t(Catalog.tuiCancel), checked: nil, detail: "")]
        default:
            let proposals = RolloverPlanner.proposals(in: campaign)
            var items: [MenuItem] = []
            if !proposals.isEmpty {
                items.append(MenuItem(label: t(Catalog.tuiConfirmAllProposals(proposals.count)), checked: nil, detail: ""))
            }
            for proposal in proposals {
                let revokedOrBlacklisted = proposal.move == .keepUnderSupervision
                items.append(MenuItem(label: proposal.name + " · " + t(Catalog.proposalMove(proposal.move)), checked: nil,
                                      detail: t(Catalog.proposalReason(proposal.finished, revokedOrBlacklisted: revokedOrBlacklisted))))
            }
            items.append(MenuItem(label: t(Catalog.tuiStartYear(campaign.config.year + 1)), checked: nil,
                                  detail: t(Catalog.tuiStartYearDetail)))
            return items
        }
    }
}
