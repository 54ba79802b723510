import AnxinCore

/// Finds the enterprise a user means: a credit code, or a unique part of a name.
enum EnterpriseResolver {
    static func resolve(_ text: String, in state: CampaignState) throws -> EnterpriseRecord {
        if let code = try? CreditCode(validating: text) {
            guard let record = state[code] else { throw CLIFailure(Catalog.notListed(code)) }
            return record
        }
        let needle = text.lowercased()
        let matches = state.records.filter {
            $0.isActive && ($0.profile.name.lowercased().contains(needle) || $0.profile.code.value.lowercased().hasPrefix(needle))
        }
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty {
            if text.count == 18, case let .failure(error) = Result(catching: { try CreditCode(validating: text) }),
               let codeError = error as? CreditCodeError {
                throw CLIFailure(codeError.message)
            }
            throw CLIFailure(Catalog.noEnterpriseMatches(text))
        }
        throw CLIFailure(Catalog.manyEnterprisesMatch(text, matches.prefix(8).map { "\($0.profile.code) \($0.profile.name)" },
                                                      total: matches.count))
    }
}
