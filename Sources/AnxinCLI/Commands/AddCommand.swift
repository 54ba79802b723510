import AnxinCore
import AnxinStore
import ArgumentParser

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "列入一家企业 · List one enterprise in the campaign (seed step 1).")

    @Option(help: ArgumentHelp("统一社会信用代码 · The 18-character unified social credit code.", valueName: "CODE"))
    var code: String
    @Option(help: ArgumentHelp("企业名称 · The enterprise's name.", valueName: "NAME"))
    var name: String
    @Option(help: ArgumentHelp("所属县区 · Its jurisdiction, e.g. 清苑区.", valueName: "NAME"))
    var jurisdiction: String
    @Option(help: ArgumentHelp("行业 · Its industry, as listed in campaign.yaml.", valueName: "NAME"))
    var industry: String
    @Option(help: ArgumentHelp("类别 · Tier: standardized (标准化), normalized (规范化) or problem (问题型).", valueName: "TIER"))
    var tier: String
    @Option(help: ArgumentHelp("监管层级 · Supervision level: provincial (省属以上), municipal (市直) or local (属地).", valueName: "LEVEL"))
    var level: String
    @Option(help: ArgumentHelp("责任部门 · Responsible department (a department or a jurisdiction's office).", valueName: "NAME"))
    var dept: String
    @Option(help: ArgumentHelp("责任人 · Responsible person.", valueName: "NAME"))
    var person: String
    @Option(help: ArgumentHelp("联系电话 · Phone.", valueName: "PHONE"))
    var phone: String?
    @Option(help: ArgumentHelp("地址 · Address.", valueName: "TEXT"))
    var address: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        _ = try parseCode(code, "--code")
        let _: Tier = try parseTerm(tier, "--tier")
        let _: SupervisionLevel = try parseTerm(level, "--level")
    }

    func run() throws {
        let context = CommandContext(global)
        let store = try context.openStore()
        let session = try context.beginWriting(store)
        defer { session.close() }
        let profile = EnterpriseProfile(code: try parseCode(code, "--code"), name: name.trimmed, jurisdiction: jurisdiction.trimmed,
                                        industry: industry.trimmed, tier: try parseTerm(tier, "--tier"),
                                        level: try parseTerm(level, "--level"), department: dept.trimmed,
                                        person: person.trimmed, phone: phone?.trimmed.nilIfEmpty, address: address?.trimmed.nilIfEmpty)
        try context.record(.listed(profile), for: profile.code, in: session)
        context.say(Catalog.listedDone(profile.name, code: profile.code))
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
