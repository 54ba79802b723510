/// Problems in configuration files and journals, each naming what is wrong and what to do.
extension Catalog {
    public static let yamlEmpty = Message(zh: "文件为空", en: "the file is empty")

    public static func yamlSyntax(_ problem: String) -> Message {
        Message(zh: "YAML 语法错误：\(problem)", en: "YAML syntax error: \(problem)")
    }

    public static func yamlExpected(_ what: String, kind: String) -> Message {
        let zhKind = ["mapping": "键值表", "list": "列表", "text": "文字", "whole number": "整数", "number": "数字",
                      "true or false": "true 或 false"][kind] ?? kind
        return Message(zh: "“\(what)”应为\(zhKind)", en: "\"\(what)\" should be a \(kind)")
    }

    public static func yamlMissingKey(_ key: String, in what: String) -> Message {
        Message(zh: "\(what)缺少“\(key)”", en: "\(what) has no \"\(key)\"")
    }

    public static func yamlUnknownKey(_ key: String, in what: String, known: [String]) -> Message {
        Message(zh: "\(what)中有未知的键“\(key)”；可用：\(listEN(known))", en: "unknown key \"\(key)\" in \(what); known: \(listEN(known))")
    }

    public static func yamlDuplicate(_ name: String, in what: String) -> Message {
        Message(zh: "\(what)中“\(name)”重复", en: "\"\(name)\" appears twice in \(what)")
    }

    public static func invalidDate(_ text: String, field: String) -> Message {
        Message(zh: "\(field)“\(text)”不是有效日期；请写成 YYYY-MM-DD，如 2024-04-15",
                en: "\(field) \"\(text)\" is not a valid date; write YYYY-MM-DD, e.g. 2024-04-15")
    }

    public static func unknownSector(_ sector: String, industry: String, known: [String]) -> Message {
        Message(zh: "行业“\(industry)”的示范领域“\(sector)”不在 demo_sectors 中：\(list(known))",
                en: "industry \"\(industry)\" names the sector \"\(sector)\", which is not in demo_sectors: \(listEN(known))")
    }

    public static func quotaOwnerUnknown(_ owner: String) -> Message {
        Message(zh: "名额表中的“\(owner)”既不是县区也不是部门", en: "quota owner \"\(owner)\" is neither a jurisdiction nor a department")
    }

    public static func unknownTier(_ text: String) -> Message {
        Message(zh: "未知的类别“\(text)”；可选：\(Tier.choices)", en: "unknown tier \"\(text)\"; choose: \(Tier.choices)")
    }

    public static func windowReversed(_ from: Day, _ due: Day) -> Message {
        Message(zh: "开始日期 \(from) 晚于截止日期 \(due)", en: "the window opens (\(from)) after it closes (\(due))")
    }

    public static func criterionPrefix(_ id: String, tier: Message, prefix: String) -> Message {
        Message(zh: "\(tier.zh)的检查项编号应以 \(prefix) 开头：“\(id)”", en: "\(tier.en) criterion ids start with \(prefix): \"\(id)\"")
    }

    public static func unknownCheckLevel(_ name: String) -> Message {
        Message(zh: "未知的层级“\(name)”；可选：\(CheckLevel.choices)", en: "unknown level \"\(name)\"; choose: \(CheckLevel.choices)")
    }

    public static let industryExtrasStandardizedOnly = Message(
        zh: "行业专项检查项只用于标准化企业", en: "industry-specific criteria belong to the standardized tier only")

    public static func cannotRead(_ path: String, _ reason: String) -> Message {
        Message(zh: "无法读取 \(path)：\(reason)", en: "cannot read \(path): \(reason)")
    }

    public static func notAStore(_ path: String) -> Message {
        Message(zh: "\(path) 不是 anxin 数据目录（缺少 campaign.yaml）；用 anxin init \(path) 新建，或用 --data 指定目录",
                en: "\(path) is not an anxin data directory (no campaign.yaml); create one with anxin init \(path) or point --data at one")
    }
}

/// Problems on a journal line.
extension Catalog {
    public static func fieldMissing(_ key: String) -> Message {
        Message(zh: "缺少字段“\(key)”", en: "the field \"\(key)\" is missing")
    }

    public static func fieldNotString(_ key: String) -> Message {
        Message(zh: "字段“\(key)”应为字符串", en: "the field \"\(key)\" should be a string")
    }

    public static func fieldNotStrings(_ key: String) -> Message {
        Message(zh: "字段“\(key)”应为字符串列表", en: "the field \"\(key)\" should be a list of strings")
    }

    public static func unknownField(_ key: String) -> Message {
        Message(zh: "未知字段“\(key)”已忽略（可能由更新版本的 anxin 写入）", en: "unknown field \"\(key)\" ignored (a newer anxin may have written it)")
    }

    public static func unknownToken(_ text: String, field: String, expected: [String]) -> Message {
        Message(zh: "未知的\(field)“\(text)”（应为 \(listEN(expected))）", en: "unknown \(field) \"\(text)\" (expected \(listEN(expected)))")
    }

    public static func invalidEventID(_ text: String) -> Message {
        Message(zh: "事件编号“\(text)”不是26位 ULID", en: "event id \"\(text)\" is not a 26-character ULID")
    }

    public static func invalidInstant(_ text: String) -> Message {
        Message(zh: "时间“\(text)”无效；应为带时区的 RFC 3339 时间，如 2024-05-12T10:31:07+08:00",
                en: "instant \"\(text)\" is invalid; write RFC 3339 with an offset, e.g. 2024-05-12T10:31:07+08:00")
    }

    public static func wrongReplica(_ text: String, file: String) -> Message {
        Message(zh: "事件属于副本“\(text)”，却写在 \(file).jsonl 中；每个副本只写自己的文件",
                en: "the event names replica \"\(text)\" but sits in \(file).jsonl; each replica writes only its own file")
    }

    public static func tornLine(_ bytes: Int) -> Message {
        Message(zh: "最后一行没有换行符（写入中断，\(bytes) 字节），已忽略；运行 anxin repair 截去（会先备份）",
                en: "the last line has no newline (a torn write, \(bytes) bytes) and is ignored; run anxin repair to cut it (after a backup)")
    }

    public static func ruleViolation(_ refusal: Message) -> Message {
        Message(zh: "不符合规则（可能来自两台电脑的并发修改）：\(refusal.zh)",
                en: "breaks a rule (possibly from concurrent edits on two laptops): \(refusal.en)")
    }

    public static func eventForUnknownEnterprise(_ code: CreditCode) -> Message {
        Message(zh: "事件针对的企业 \(code) 从未列入名单", en: "the event concerns \(code), which was never listed")
    }

    public static func outOfOrder(_ previous: String) -> Message {
        Message(zh: "时间早于本文件上一行（\(previous)），已按时间重新排序", en: "earlier than the line before it (\(previous)); folded in time order")
    }

    public static func duplicateEventID(_ id: String) -> Message {
        Message(zh: "事件编号 \(id) 重复", en: "event id \(id) appears twice")
    }

    public static func jsonSyntax(_ kind: JSONProblemKind) -> Message {
        switch kind {
        case .unexpectedEnd: Message(zh: "JSON 不完整：行意外结束", en: "invalid JSON: the line ends too early")
        case let .unexpectedByte(byte): Message(zh: "JSON 语法错误：意外的字符“\(printable(byte))”", en: "invalid JSON: unexpected character '\(printable(byte))'")
        case let .expected(what): Message(zh: "JSON 语法错误：此处应为 \(what)", en: "invalid JSON: expected \(what)")
        case .unterminatedString: Message(zh: "JSON 语法错误：字符串没有结束引号", en: "invalid JSON: unterminated string")
        case .controlCharacterInString: Message(zh: "JSON 语法错误：字符串中有未转义的控制字符", en: "invalid JSON: unescaped control character in a string")
        case .invalidEscape: Message(zh: "JSON 语法错误：无效的转义序列", en: "invalid JSON: invalid escape sequence")
        case .invalidUnicodeEscape: Message(zh: "JSON 语法错误：无效的 \\u 转义", en: "invalid JSON: invalid \\u escape")
        case .invalidUTF8: Message(zh: "不是有效的 UTF-8 文本（文件可能被以其他编码保存）", en: "not valid UTF-8 (the file may have been saved in another encoding)")
        case .invalidNumber: Message(zh: "JSON 语法错误：无效的数字", en: "invalid JSON: invalid number")
        case .trailingCharacters: Message(zh: "JSON 语法错误：对象结束后还有多余字符", en: "invalid JSON: characters after the end of the object")
        case .nestingTooDeep: Message(zh: "JSON 嵌套过深", en: "invalid JSON: nested too deeply")
        }
    }

    static func printable(_ byte: UInt8) -> String {
        byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : "0x" + String(byte, radix: 16, uppercase: true)
    }
}

/// The kinds of JSON syntax problem, as the store's scanner reports them.
public enum JSONProblemKind: Equatable, Sendable {
    case unexpectedEnd, unexpectedByte(UInt8), expected(String), unterminatedString, controlCharacterInString,
         invalidEscape, invalidUnicodeEscape, invalidUTF8, invalidNumber, trailingCharacters, nestingTooDeep
}

/// The store's write path.
extension Catalog {
    public static func storeLocked(pid: String) -> Message {
        Message(zh: "另一个 anxin 进程（pid \(pid)）正在写入此数据目录；请待其结束后再试，本次未写入任何内容",
                en: "another anxin (pid \(pid)) is writing to this data directory; try again when it has finished (nothing was written)")
    }

    public static func tornTailBlocksWriting(_ file: String) -> Message {
        Message(zh: "\(file) 末尾有一行写入中断的残行；请先运行 anxin repair，再继续记录",
                en: "\(file) ends with a torn line; run anxin repair before recording more")
    }

    public static let identityMissing = Message(
        zh: "尚未设置操作人；请先运行 anxin whoami --name 姓名 --office 单位（或设置 ANXIN_ACTOR 和 ANXIN_OFFICE）",
        en: "nobody is set as the actor; run anxin whoami --name NAME --office OFFICE first (or set ANXIN_ACTOR and ANXIN_OFFICE)")
}

extension Catalog {
    public static func badReplicaFileName(_ name: String) -> Message {
        Message(zh: "事件文件名“\(name)”无效：副本名只能含字母、数字、-、_、.", en: "event file name \"\(name)\" is invalid: a replica name has only letters, digits, '-', '_' and '.'")
    }
}

extension Catalog {
    public static func storeExists(_ path: String) -> Message {
        Message(zh: "\(path) 已有 campaign.yaml，未做任何改动", en: "\(path) already holds a campaign.yaml; nothing was changed")
    }
}

extension Catalog {
    public static func identityUnreadable(_ path: String) -> Message {
        Message(zh: "\(path) 无法读取（它记录本机的副本名）；请修正其中的 replica、name、office，或在确认本机没有事件后删除它",
                en: "\(path) cannot be read (it names this laptop's replica); mend its replica, name and office, or delete it once sure this laptop has no events")
    }
}
