/// Conflicts between replicas' edits: the journal's `resolved` events, `anxin conflicts`, `anxin resolve`.
extension Catalog {
    public static let actionResolve = Message(zh: "处理冲突", en: "settle a conflict")

    public static func unknownSubject(_ text: String) -> Message {
        Message(zh: "未知的对象“\(text)”；应为 profile、stage、notes、mark:<标记>、criterion:<编号>[/<层级>]",
                en: "unknown subject \"\(text)\"; expected profile, stage, notes, mark:<mark>, criterion:<id>[/<level>]")
    }

    public static func eventResolved(_ subject: String, kept: String, other: String) -> Message {
        Message(zh: "处理冲突 \(subject)：保留 \(kept)，另一方 \(other)", en: "conflict on \(subject) settled: kept \(kept), other \(other)")
    }

    public static let conflictConcurrent = Message(zh: "并发修改", en: "concurrent edits")
    public static let conflictClockSkew = Message(zh: "时钟偏差", en: "clock skew")

    public static func conflictKind(_ kind: Conflict.Kind) -> Message {
        switch kind {
        case .concurrent: conflictConcurrent
        case .clockSkew: conflictClockSkew
        }
    }

    public static let noConflicts = Message(zh: "没有冲突", en: "no conflicts")

    public static func conflictsSummary(_ count: Int) -> Message {
        Message(zh: "共 \(count) 处冲突；用 anxin resolve 企业 对象 处理", en: "\(count) conflict(s); settle each with anxin resolve ENTERPRISE SUBJECT")
    }

    public static let conflictColumnKept = Message(zh: "生效", en: "in force")
    public static let conflictColumnOther = Message(zh: "另一方", en: "other")

    public static func noConflictOn(_ subject: String, enterprise: String) -> Message {
        Message(zh: "\(enterprise)的“\(subject)”没有冲突；用 anxin conflicts 查看全部冲突",
                en: "\(enterprise) has no conflict on \"\(subject)\"; anxin conflicts lists them all")
    }

    public static func badSubjectArgument(_ text: String) -> Message {
        Message(zh: "无法识别的对象“\(text)”；写检查项编号（如 N05 或 N05/workshop）、stage、profile 或 mark:blacklist",
                en: "cannot read the subject \"\(text)\"; write a criterion id (N05, or N05/workshop), stage, profile or mark:blacklist")
    }

    public static func keepNotInConflict(_ id: String, kept: String, other: String) -> Message {
        Message(zh: "事件 \(id) 不属于这处冲突；可保留 \(kept) 或 \(other)",
                en: "event \(id) is not one of this conflict's pair; keep \(kept) or \(other)")
    }

    public static let keepOnlyForCriteria = Message(
        zh: "只有检查项的冲突可以改保留另一方或另给结论；其他冲突请先照常记录新的操作，再用 anxin resolve 确认",
        en: "only a criterion's conflict can keep the other side or take a new verdict; for others record the change as usual, then confirm with anxin resolve")

    public static func conflictSettled(_ subject: String, enterprise: String) -> Message {
        Message(zh: "已处理\(enterprise)“\(subject)”的冲突；同步后各电脑都会看到", en: "settled the conflict on \"\(subject)\" of \(enterprise); every laptop sees it after sync")
    }
}
