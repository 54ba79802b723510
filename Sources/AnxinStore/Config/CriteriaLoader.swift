import AnxinCore
import Yams

/// Reads `criteria.yaml` into the catalog, checking ids are unique and industries known.
public enum CriteriaLoader {
    /// `industries`: the campaign's industries, or nil to skip checking the extras' industries.
    public static func load(text: String, file: String, industries: [String]?) -> (CriteriaCatalog?, [Diagnostic]) {
        var reader = YAMLReader(file: file, text: text)
        guard let root = reader.root(of: text), let top = reader.mapping(root, "criteria.yaml") else {
            return (nil, reader.diagnostics)
        }
        reader.rejectUnknownKeys(top, known: Tier.allCases.map(\.rawValue), in: "criteria.yaml")
        var criteria: [Criterion] = []
        var seen = Set<CriterionID>()
        for member in top {
            guard let tier = Tier(rawValue: member.key) else { continue }
            for item in reader.sequence(member.value, member.key) ?? [] {
                guard let fields = reader.mapping(item, "criterion") else { continue }
                reader.rejectUnknownKeys(fields, known: ["id", "title", "text", "levels", "industry"], in: "criterion")
                let value = { (key: String) in fields.first { $0.key == key }?.value }
                guard let rawID = reader.string(value("id") ?? item, "id"),
                      let title = reader.string(value("title") ?? item, "title"),
                      let text = reader.string(value("text") ?? item, "text") else { continue }
                let id = CriterionID(rawID)
                if !rawID.uppercased().hasPrefix(tier.criterionPrefix) {
                    reader.error(at: value("id"), Catalog.criterionPrefix(rawID, tier: tier.label, prefix: tier.criterionPrefix))
                }
                if !seen.insert(id).inserted { reader.error(at: value("id"), Catalog.yamlDuplicate(rawID, in: "criteria")) }
                var levels: [CheckLevel] = []
                for levelNode in reader.sequence(value("levels"), "levels") ?? [] {
                    guard let name = reader.string(levelNode, "level") else { continue }
                    if let level = CheckLevel(token: name) { levels.append(level) } else {
                        reader.error(at: levelNode, Catalog.unknownCheckLevel(name))
                    }
                }
                let industry = value("industry").flatMap { reader.string($0, "industry") }
                if let industry, let industries, !industries.contains(industry) {
                    reader.error(at: value("industry"), Catalog.unknownIndustry(industry, known: industries))
                }
                if industry != nil, tier != .standardized {
                    reader.error(at: value("industry"), Catalog.industryExtrasStandardizedOnly)
                }
                criteria.append(Criterion(id: id, tier: tier, title: title, text: text, levels: levels, industry: industry))
            }
        }
        guard reader.diagnostics.isEmpty else { return (nil, reader.diagnostics) }
        return (CriteriaCatalog(criteria: criteria), [])
    }
}
