/// What the command line says.
extension Catalog {
    public static func storeHasProblems(_ errors: Int) -> Message {
        Message(zh: "注意：数据中有 \(errors) 个错误，运行 anxin check 查看", en: "note: the store has \(errors) errors; run anxin check")
    }

    public static func storeCreated(_ path: String, city: String, year: Int) -> Message {
        Message(zh: "已新建数据目录 \(path)（\(city)，\(year)年度）。下一步：anxin --data \(path) whoami --name 姓名 --office 单位",
                en: "created \(path) (\(city), campaign \(year)). Next: anxin --data \(path) whoami --name NAME --office OFFICE")
    }

    public static let nameEmpty = Message(zh: "姓名不能为空", en: "the name is empty")

    public static func whoami(replica: String, name: String?, office: String?) -> Message {
        Message(zh: "操作人：\(name ?? "（未设置）") · 单位：\(office ?? "（未设置）") · 副本：\(replica)",
                en: "actor: \(name ?? "(not set)") · office: \(office ?? "(not set)") · replica: \(replica)")
    }

    public static func checkSummary(files: Int, events: Int, enterprises: Int, errors: Int, warnings: Int) -> Message {
        Message(zh: "\(files) 个事件文件，\(events) 个事件，\(enterprises) 家企业：\(errors) 个错误，\(warnings) 个警告",
                en: "\(files) event files, \(events) events, \(enterprises) enterprises: \(errors) errors, \(warnings) warnings")
    }

    public static let nothingToRepair = Message(zh: "没有需要修复的残行", en: "no torn lines to repair")

    public static func repaired(_ file: String, bytes: Int, backup: String) -> Message {
        Message(zh: "已截去 \(file) 末尾的残行（\(bytes) 字节），原文件备份于 \(backup)",
                en: "cut the torn last line of \(file) (\(bytes) bytes); the original is backed up at \(backup)")
    }

    public static func listedDone(_ name: String, code: CreditCode) -> Message {
        Message(zh: "已列入：\(name)（\(code)）", en: "listed: \(name) (\(code))")
    }

    public static func editedDone(_ name: String) -> Message { Message(zh: "已修改：\(name)", en: "edited: \(name)") }
    public static func removedDone(_ name: String) -> Message { Message(zh: "已移出：\(name)", en: "removed: \(name)") }
    public static func notedDone(_ name: String) -> Message { Message(zh: "已添加备注：\(name)", en: "note added: \(name)") }

    public static func tickedDone(_ name: String, criterion: String, progress: Progress) -> Message {
        Message(zh: "已记录 \(name) \(criterion)；进度 \(progress.met)/\(progress.applicable)",
                en: "recorded \(criterion) for \(name); progress \(progress.met)/\(progress.applicable)")
    }

    public static func stepDone(_ name: String, stage: Message) -> Message {
        Message(zh: "已记录：\(name) 现为“\(stage.zh)”", en: "recorded: \(name) is now \(stage.en)")
    }

    public static func markedDone(_ name: String, mark: Message) -> Message {
        Message(zh: "已标记：\(name) \(mark.zh)", en: "marked: \(name) \(mark.en)")
    }

    public static func unmarkedDone(_ name: String, mark: Message) -> Message {
        Message(zh: "已移除标记：\(name) \(mark.zh)", en: "mark removed: \(name) \(mark.en)")
    }

    public static func listSummary(shown: Int, total: Int) -> Message {
        Message(zh: "共 \(shown) 家（名单内 \(total) 家）", en: "\(shown) shown of \(total) listed")
    }

    public static func noEnterpriseMatches(_ text: String) -> Message {
        Message(zh: "没有名称或代码含“\(text)”的企业；用 anxin list --search 查找", en: "no enterprise's name or code contains \"\(text)\"; try anxin list --search")
    }

    public static func manyEnterprisesMatch(_ text: String, _ matches: [String], total: Int) -> Message {
        Message(zh: "“\(text)”匹配 \(total) 家企业，请写得更具体或用代码：\n  " + matches.joined(separator: "\n  "),
                en: "\"\(text)\" matches \(total) enterprises; be more specific or use the code:\n  " + matches.joined(separator: "\n  "))
    }

    public static let removedLabel = Message(zh: "已移出", en: "removed")
    public static let overdueBadge = Message(zh: "逾期", en: "overdue")
    public static let fieldTier = Message(zh: "类别", en: "tier")
    public static let fieldLevel = Message(zh: "监管层级", en: "supervision")
    public static let fieldPhone = Message(zh: "电话", en: "phone")
    public static let fieldAddress = Message(zh: "地址", en: "address")
    public static let fieldStage = Message(zh: "阶段", en: "stage")
    public static let nextStepLabel = Message(zh: "下一步", en: "next")
    public static let dueLabel = Message(zh: "期限", en: "due")
    public static let blockingLabel = Message(zh: "未符合项", en: "not yet met")
    public static let checklistLabel = Message(zh: "检查表", en: "checklist")
    public static let deadlineLabel = Message(zh: "整改时限", en: "deadline")
    public static let referenceLabel = Message(zh: "文号", en: "ref")
    public static let expertsLabel = Message(zh: "专家", en: "experts")
    public static let logEmpty = Message(zh: "（没有事件）", en: "(no events)")

    public static func overdueDays(_ days: Int) -> Message {
        Message(zh: "已逾期 \(days) 天", en: "overdue by \(days) days")
    }

    public static func daysLeft(_ days: Int) -> Message {
        Message(zh: "还有 \(days) 天", en: "\(days) days left")
    }

    public static let eventListed = Message(zh: "列入名单", en: "listed")
    public static let eventEdited = Message(zh: "修改信息", en: "edited")
    public static let eventRemoved = Message(zh: "移出创建活动", en: "removed from the campaign")
    public static let eventTicked = Message(zh: "评定", en: "ticked")
    public static let eventCleared = Message(zh: "撤销评定", en: "cleared")
    public static let eventMarked = Message(zh: "标记", en: "marked")
    public static let eventUnmarked = Message(zh: "移除标记", en: "unmarked")
    public static let eventNoted = Message(zh: "备注", en: "note")
}
