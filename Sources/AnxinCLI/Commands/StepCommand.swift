import AnxinCore
import AnxinStore
import ArgumentParser

struct StepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "step",
        abstract: "记录生命周期的一步 · Record a lifecycle step.",
        discussion: """
        commit 签订承诺书（问题型须 --deadline）· plan 制定方案（须 --ref 和 --expert）· start 开始实施 ·
        apply 申请验收（全部适用项须符合）· accept 验收合格 · reject 验收不合格或抽查撤销（须 --note）·
        close 整治销账 · publicize 公示 · award 授牌 · announce 通报
        """)

    @Argument(help: ArgumentHelp("企业代码或名称片段 · Credit code, or a unique part of the name.", valueName: "CODE"))
    var enterprise: String
    @Argument(help: ArgumentHelp("commit|plan|start|apply|accept|reject|close|publicize|award|announce", valueName: "ACTION"))
    var action: String
    @Option(help: ArgumentHelp("生效日期，默认今天 · The day it took effect (default: today).", valueName: "YYYY-MM-DD"))
    var date: String?
    @Option(help: ArgumentHelp("文号 · Document reference: plan no., acceptance record, notice.", valueName: "TEXT"))
    var ref: String?
    @Option(help: ArgumentHelp("专家（可多次）· An expert (repeat for several).", valueName: "NAME"))
    var expert: [String] = []
    @Option(help: ArgumentHelp("整改时限（问题型企业承诺书）· Rectification deadline (problem enterprises' letter).", valueName: "YYYY-MM-DD"))
    var deadline: String?
    @Option(help: ArgumentHelp("备注，验收不合格须写明原因 · A note; a failed acceptance needs its reasons.", valueName: "TEXT"))
    var note: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        let _: StepAction = try parseTerm(action, "ACTION")
        if let date { _ = try parseDay(date, "--date") }
        if let deadline { _ = try parseDay(deadline, "--deadline") }
    }

    func run() throws {
        let context = CommandContext(global)
        let stepAction: StepAction = try parseTerm(action, "ACTION")
        let effective = try date.map { try parseDay($0, "--date") }
        let due = try deadline.map { try parseDay($0, "--deadline") }
        let done = try context.change(enterprise) { _, store in
            .step(StepDetails(action: stepAction, date: effective ?? context.today(for: store),
                              reference: ref?.trimmed.nilIfEmpty, experts: expert.map(\.trimmed).filter { !$0.isEmpty },
                              deadline: due, note: note?.trimmed.nilIfEmpty))
        }
        context.say(Catalog.stepDone(done.after.profile.name, stage: done.after.stage.label(for: done.after.profile.tier)))
    }
}
