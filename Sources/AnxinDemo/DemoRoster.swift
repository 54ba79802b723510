import AnxinCore

/// One generated enterprise: its roster line and who looks after it.
struct DemoEnterprise: Sendable {
    var profile: EnterpriseProfile
    /// Index of the inspector (laptop) that works with it.
    var inspector: Int
    /// 1-based number, used in document references.
    var number: Int
}

/// Draws the roster: "the prescribed number" of enterprises per jurisdiction and department and tier
/// (the quotas of campaign.yaml, scaled to the wanted count), with valid credit codes and plausible names.
struct DemoRoster {
    let config: CampaignConfig
    let seed: UInt64
    let inspectorCount: Int

    private struct Cell {
        let owner: String
        let isDepartment: Bool
        let tier: Tier
        let weight: Double
    }

    func build(count: Int) -> [DemoEnterprise] {
        var global = DemoRandom(seed: seed, stream: 10, index: 0)
        let jurisdictions = config.jurisdictions.map(\.name)
        let departments = config.departments
        let industries = config.industries
        let keyIndustries = industries.filter(\.isKey)
        let owners = jurisdictions + departments.filter { !jurisdictions.contains($0) }

        // Quota cells with a little noise: some places list more than their quota, some lag behind.
        var cells: [Cell] = []
        let quotas = config.quotas.isEmpty
            ? jurisdictions.flatMap { name in [Quota(owner: name, tier: .standardized, count: 3),
                                               Quota(owner: name, tier: .normalized, count: 8),
                                               Quota(owner: name, tier: .problem, count: 5)] }
            : config.quotas
        for quota in quotas where quota.count > 0 {
            let noise = 0.7 + 0.6 * global.unit()
            cells.append(Cell(owner: quota.owner, isDepartment: !jurisdictions.contains(quota.owner),
                              tier: quota.tier, weight: Double(quota.count) * noise))
        }
        let cellWeights = cells.map(\.weight)
        let jurisdictionWeights = jurisdictions.map { $0.hasSuffix("区") ? 2.0 : 1.0 }

        // Organization codes (GB 11714) from a bijection of the enterprise number: unique by construction.
        var multiplier = UInt64(global.int(1_000_001...9_999_999)) | 1
        while multiplier % 5 == 0 { multiplier += 2 }
        let offset = UInt64(global.below(100_000_000))

        // Keyed by UTF-8 bytes: hashing Chinese `String`s normalizes them, which is slow for 100,000 names.
        var names = Set<[UInt8]>()
        var result: [DemoEnterprise] = []
        result.reserveCapacity(count)
        for index in 0..<count {
            var rng = DemoRandom(seed: seed, stream: 11, index: index)
            var owner: String, isDepartment: Bool, tier: Tier
            var forcedIndustry: Industry?
            var forcedLevel: SupervisionLevel?
            let industryCoverage = index - jurisdictions.count
            if index < jurisdictions.count {
                // Every jurisdiction lists something, and every tier shows up early.
                owner = jurisdictions[index]
                isDepartment = false
                tier = Tier.allCases[index % 3]
            } else if industryCoverage >= 0, industryCoverage < industries.count {
                // Every industry of the template shows up.
                let industry = industries[industryCoverage]
                forcedIndustry = industry
                owner = jurisdictions[rng.below(jurisdictions.count)]
                isDepartment = false
                tier = industry.isKey ? (industryCoverage % 2 == 0 ? .standardized : .normalized)
                    : (industryCoverage % 2 == 0 ? .normalized : .problem)
                forcedLevel = .local
            } else {
                let cell = cells.isEmpty ? nil : cells[rng.weighted(cellWeights)]
                owner = cell?.owner ?? jurisdictions[rng.below(jurisdictions.count)]
                isDepartment = cell?.isDepartment ?? false
                tier = cell?.tier ?? Tier.allCases[rng.below(3)]
                if index == jurisdictions.count + industries.count { forcedLevel = .provincial }
                if index == jurisdictions.count + industries.count + 1, let department = departments.first(where: { $0 != config.workSafetyBureau }) ?? departments.first {
                    owner = department
                    isDepartment = true
                    forcedLevel = .municipal
                }
            }

            let level: SupervisionLevel
            if let forcedLevel {
                level = forcedLevel
            } else if isDepartment {
                level = rng.chance(0.85) ? .municipal : .provincial
            } else {
                level = rng.chance(0.04) ? .provincial : .local
            }

            // Industry: the department's own, or the place's mix; standardized only in key industries.
            let industry: Industry
            if let forcedIndustry {
                industry = forcedIndustry
            } else {
                var candidates: [Industry]
                if isDepartment, let owned = DemoNames.departmentIndustries[owner] {
                    candidates = industries.filter { owned.contains($0.name) }
                } else {
                    candidates = industries
                }
                if tier == .standardized && config.rules.standardizedKeyIndustriesOnly {
                    candidates = candidates.filter(\.isKey)
                    if candidates.isEmpty { candidates = keyIndustries }
                }
                if candidates.isEmpty { candidates = industries }
                let flavour = isDepartment ? [:] : (DemoNames.localFlavour[owner] ?? [:])
                let weights = candidates.map { (DemoNames.industryWeight[$0.name] ?? 2) + (flavour[$0.name] ?? 0) }
                industry = candidates[rng.weighted(weights)]
            }

            let jurisdiction = isDepartment ? jurisdictions[rng.weighted(jurisdictionWeights)] : owner
            var department: String
            if isDepartment {
                department = owner
            } else if level == .provincial {
                department = cityDepartment(for: industry.name) ?? jurisdiction
            } else if rng.chance(0.12), let city = cityDepartment(for: industry.name) {
                department = city
            } else {
                department = jurisdiction
            }
            if level == .municipal && !config.hasDepartment(department) {
                department = departments.first ?? department
            }

            let place = DemoNames.place(of: jurisdiction, city: config.city)
            let code = creditCode(index: index, multiplier: multiplier, offset: offset,
                                  region: level == .local || rng.chance(0.3) ? place.code : DemoNames.cityCode)
            let name = uniqueName(&rng, &names, place: place, industry: industry.name, level: level)
            let person = DemoNames.personName(&rng)
            let phone = DemoNames.phone(&rng)
            let address: String? = rng.chance(0.7)
                ? "\(place.addressPrefix)\(rng.pick(DemoNames.streets))\(rng.int(1...1999))号" : nil
            let profile = EnterpriseProfile(code: code, name: name, jurisdiction: jurisdiction, industry: industry.name,
                                            tier: tier, level: level, department: department, person: person,
                                            phone: phone, address: address)
            let ownerIndex = owners.firstIndex(of: department) ?? owners.firstIndex(of: jurisdiction) ?? 0
            let spread = max(1, (inspectorCount + owners.count - 1) / max(1, owners.count))
            let inspector = (ownerIndex + owners.count * (index % spread)) % max(1, inspectorCount)
            result.append(DemoEnterprise(profile: profile, inspector: inspector, number: index + 1))
        }
        return result
    }

    /// The department of an industry, as the configuration spells it (the same string storage, which keeps
    /// the rules' office comparisons on their fast path).
    private func cityDepartment(for industry: String) -> String? {
        guard let name = DemoNames.industryDepartment[industry] else { return nil }
        return config.departments.first { $0 == name }
    }

    /// `91` + a Baoding-area administrative code + a 9-character organization code (with its own GB 11714
    /// check character) + the GB 32100-2015 check character.
    private func creditCode(index: Int, multiplier: UInt64, offset: UInt64, region: String) -> CreditCode {
        let body = (UInt64(index) &* multiplier &+ offset) % 100_000_000
        var digits = Array(String(body).utf8)
        while digits.count < 8 { digits.insert(UInt8(ascii: "0"), at: 0) }
        let weights = [3, 7, 9, 10, 5, 8, 4, 2]
        var sum = 0
        for (position, digit) in digits.enumerated() { sum += Int(digit - UInt8(ascii: "0")) * weights[position] }
        let check = 11 - sum % 11
        let checkCharacter = check == 10 ? "X" : check == 11 ? "0" : String(check)
        let prefix = "91" + region + String(decoding: digits, as: UTF8.self) + checkCharacter
        let last = CreditCode.checkCharacter(forPrefix: prefix)!
        return CreditCode(unchecked: prefix + String(last))
    }

    private func uniqueName(_ rng: inout DemoRandom, _ names: inout Set<[UInt8]>, place: DemoNames.Place,
                            industry: String, level: SupervisionLevel) -> String {
        let words = DemoNames.industryWords[industry] ?? [industry]
        for attempt in 0..<40 {
            let prefix: String
            switch level {
            case .provincial: prefix = rng.chance(0.5) ? "河北" : "保定"
            case .municipal: prefix = rng.chance(0.8) ? "保定" : rng.pick(place.namePrefixes)
            case .local: prefix = rng.pick(place.namePrefixes)
            }
            var trade = rng.pick(DemoNames.tradeFirst) + rng.pick(DemoNames.tradeSecond)
            if attempt >= 20 { trade += rng.pick(DemoNames.tradeSecond) }
            let form = level == .provincial && rng.chance(0.4)
                ? "集团有限公司" : DemoNames.legalForms[rng.weighted(DemoNames.legalFormWeights)]
            let name = prefix + trade + rng.pick(words) + form
            if names.insert(Array(name.utf8)).inserted { return name }
        }
        // Practically unreachable; a branch number keeps the name unique.
        var number = 2
        while true {
            let name = place.namePrefixes[0] + words[0] + "有限公司第\(number)分公司"
            if names.insert(Array(name.utf8)).inserted { return name }
            number += 1
        }
    }
}

extension DemoNames {
    static func personName(_ rng: inout DemoRandom) -> String {
        rng.pick(surnames) + rng.pick(givenNames)
    }

    static let mobilePrefixes = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
                                 "155", "156", "157", "158", "159", "180", "181", "182", "183", "185", "186", "187",
                                 "188", "189"]

    static func phone(_ rng: inout DemoRandom) -> String {
        if rng.chance(0.6) {
            return rng.pick(mobilePrefixes) + digits(&rng, 8)
        }
        return "0312-" + String(rng.int(2...8)) + digits(&rng, 6)
    }

    static func digits(_ rng: inout DemoRandom, _ count: Int) -> String {
        var text = ""
        for _ in 0..<count { text += String(rng.below(10)) }
        return text
    }
}
