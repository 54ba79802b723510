/// What anxin proposes for an enterprise carried into a new campaign year (年年进位，年年升级), for a supervisor
/// to confirm: a move up a tier, or keeping it under key supervision.
public struct TierProposal: Sendable, Equatable {
    public enum Move: Sendable, Equatable {
        /// Move to this tier: a closed problem enterprise → normalized, an accepted normalized one → standardized.
        case promote(to: Tier)
        /// A revoked or blacklisted enterprise moves nowhere and stays under key supervision (重点监管).
        case keepUnderSupervision
    }

    public let code: CreditCode
    public let name: String
    public let jurisdiction: String
    /// The tier now (the finished year's).
    public let tier: Tier
    public let move: Move
    /// How the finished year ended for it: the reason for the proposal.
    public let finished: YearResult

    public init(code: CreditCode, name: String, jurisdiction: String, tier: Tier, move: Move, finished: YearResult) {
        self.code = code
        self.name = name
        self.jurisdiction = jurisdiction
        self.tier = tier
        self.move = move
        self.finished = finished
    }
}
