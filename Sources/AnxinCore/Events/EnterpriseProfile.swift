/// What a roster line says of an enterprise (seed step 1: with its responsible department and person).
public struct EnterpriseProfile: Sendable, Equatable {
    public var code: CreditCode
    public var name: String
    /// 属地: the jurisdiction the enterprise is in.
    public var jurisdiction: String
    public var industry: String
    public var tier: Tier
    /// 监管层级
    public var level: SupervisionLevel
    /// 责任部门
    public var department: String
    /// 责任人
    public var person: String
    public var phone: String?
    public var address: String?

    public init(code: CreditCode, name: String, jurisdiction: String, industry: String, tier: Tier,
                level: SupervisionLevel, department: String, person: String, phone: String? = nil, address: String? = nil) {
        self.code = code
        self.name = name
        self.jurisdiction = jurisdiction
        self.industry = industry
        self.tier = tier
        self.level = level
        self.department = department
        self.person = person
        self.phone = phone
        self.address = address
    }
}

/// The fields an edit changes; nil leaves a field as it is, an empty phone or address clears it.
public struct ProfileChange: Sendable, Equatable {
    public var name: String?
    public var jurisdiction: String?
    public var industry: String?
    public var tier: Tier?
    public var level: SupervisionLevel?
    public var department: String?
    public var person: String?
    public var phone: String?
    public var address: String?

    public init(name: String? = nil, jurisdiction: String? = nil, industry: String? = nil, tier: Tier? = nil,
                level: SupervisionLevel? = nil, department: String? = nil, person: String? = nil,
                phone: String? = nil, address: String? = nil) {
        self.name = name
        self.jurisdiction = jurisdiction
        self.industry = industry
        self.tier = tier
        self.level = level
        self.department = department
        self.person = person
        self.phone = phone
        self.address = address
    }

    public var isEmpty: Bool {
        name == nil && jurisdiction == nil && industry == nil && tier == nil && level == nil
            && department == nil && person == nil && phone == nil && address == nil
    }

    public func applied(to profile: EnterpriseProfile) -> EnterpriseProfile {
        var result = profile
        if let name { result.name = name }
        if let jurisdiction { result.jurisdiction = jurisdiction }
        if let industry { result.industry = industry }
        if let tier { result.tier = tier }
        if let level { result.level = level }
        if let department { result.department = department }
        if let person { result.person = person }
        if let phone { result.phone = phone.isEmpty ? nil : phone }
        if let address { result.address = address.isEmpty ? nil : address }
        return result
    }
}
