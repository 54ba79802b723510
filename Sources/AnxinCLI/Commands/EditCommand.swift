import AnxinCore
import AnxinStore
import ArgumentParser

struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "修改企业信息 · Change fields of an enterprise's roster line.",
        discussion: "电话、地址可用空字符串清除 · An empty --phone or --address clears it. 类别只能在签订承诺书前修改 · The tier may change only before the commitment.")

    @Argument(help: ArgumentHelp("企业代码或名称的唯一片段 · Credit code, or a unique part of the name.", valueName: "CODE"))
    var enterprise: String
    @Option(help: "企业名称 · New name.") var name: String?
    @Option(help: "所属县区 · New jurisdiction.") var jurisdiction: String?
    @Option(help: "行业 · New industry.") var industry: String?
    @Option(help: "类别 · New tier (only before the commitment).") var tier: String?
    @Option(help: "监管层级 · New supervision level.") var level: String?
    @Option(help: "责任部门 · New responsible department.") var dept: String?
    @Option(help: "责任人 · New responsible person.") var person: String?
    @Option(help: "联系电话 · New phone (empty clears).") var phone: String?
    @Option(help: "地址 · New address (empty clears).") var address: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let tier { let _: Tier = try parseTerm(tier, "--tier") }
        if let level { let _: SupervisionLevel = try parseTerm(level, "--level") }
    }

    func run() throws {
        let context = CommandContext(global)
        let change = ProfileChange(name: name?.trimmed, jurisdiction: jurisdiction?.trimmed, industry: industry?.trimmed,
                                   tier: try tier.map { try parseTerm($0, "--tier") },
                                   level: try level.map { try parseTerm($0, "--level") },
                                   department: dept?.trimmed, person: person?.trimmed,
                                   phone: phone?.trimmed, address: address?.trimmed)
        let done = try context.change(enterprise) { _, _ in .edited(change) }
        context.say(Catalog.editedDone(done.after.profile.name))
    }
}
