/// What the documents (lists, letters, acceptance records) and their templates say.
extension Catalog {
    // MARK: Templates

    public static func templateMissing(_ path: String) -> Message {
        Message(zh: "\(path): error: 模板文件不存在。运行 anxin export templates 写回缺少的默认模板（已有的不会被覆盖），或从备份恢复该文件",
                en: "\(path): error: the template file does not exist. Run anxin export templates to write the missing defaults back (existing ones are kept), or restore the file from a backup")
    }

    public static func templateUnreadable(_ path: String) -> Message {
        Message(zh: "\(path): error: 模板文件无法读取，请检查文件权限",
                en: "\(path): error: the template file cannot be read; check its permissions")
    }

    public static func templateNotUTF8(_ path: String) -> Message {
        Message(zh: "\(path): error: 模板文件不是 UTF-8 编码，请用 UTF-8 重新保存",
                en: "\(path): error: the template is not UTF-8; save it again as UTF-8")
    }

    public static func templateSyntax(_ path: String, line: Int, column: Int, source: String, problem: Message) -> Message {
        let caret = String(repeating: " ", count: max(0, column - 1)) + "^"
        return Message(zh: "\(path):\(line):\(column): error: 模板语法错误：\(problem.zh)\n    \(source)\n    \(caret)\n修改该行后重试；anxin export templates --force 可恢复全部默认模板",
                       en: "\(path):\(line):\(column): error: template syntax: \(problem.en)\n    \(source)\n    \(caret)\nFix the line and run again; anxin export templates --force restores every default template")
    }

    public static func templateSectionNotClosed(_ name: String) -> Message {
        Message(zh: "区块 {{#\(name)}} 没有结束标签 {{/\(name)}}", en: "the section {{#\(name)}} is never closed with {{/\(name)}}")
    }

    public static func templateUnknownVariable(_ path: String, line: Int, column: Int, name: String, known: [String]) -> Message {
        Message(zh: "\(path):\(line):\(column): error: 模板中的变量 \(name) 不存在（拼写错误？）。可用的变量见 docs/documents.md：\(known.joined(separator: " "))",
                en: "\(path):\(line):\(column): error: the template names a variable \(name) that does not exist (a typo?). The variables are listed in docs/documents.md: \(known.joined(separator: " "))")
    }

    public static func templateUnknownPartial(_ path: String, line: Int, column: Int, name: String) -> Message {
        Message(zh: "\(path):\(line):\(column): error: 引用的子模板 \(name) 不存在（应为同一目录下的 \(name).mustache）",
                en: "\(path):\(line):\(column): error: the partial \(name) does not exist (expected \(name).mustache in the same folder)")
    }

    public static func builtInTemplates(_ directory: String) -> Message {
        Message(zh: "注意：\(directory) 不存在，使用内置默认模板；运行 anxin export templates 写出可编辑的模板",
                en: "note: \(directory) does not exist; using the built-in default templates. Run anxin export templates to write editable copies")
    }

    public static func templatesWritten(_ directory: String, written: Int, kept: Int) -> Message {
        Message(zh: "已写入 \(written) 个默认模板到 \(directory)（保留已有 \(kept) 个；--force 覆盖）",
                en: "wrote \(written) default templates to \(directory) (kept \(kept) existing; --force overwrites)")
    }

    // MARK: Output files

    public static func outputExists(_ path: String) -> Message {
        Message(zh: "\(path) 已存在，未覆盖。换一个 -o 路径，或加 --force 覆盖",
                en: "\(path) already exists and was not overwritten. Choose another -o path, or add --force to overwrite")
    }

    public static func outputNotADirectory(_ path: String) -> Message {
        Message(zh: "\(path) 不是目录：函件写入一个目录（每家企业每个收件方一个文件）",
                en: "\(path) is not a directory: letters are written into a directory (one file per enterprise and addressee)")
    }

    public static func wroteFile(_ path: String) -> Message {
        Message(zh: "已写入 \(path)", en: "wrote \(path)")
    }

    public static func wroteLetters(_ directory: String, files: Int, enterprises: Int) -> Message {
        Message(zh: "已写入 \(directory)：\(enterprises) 家黑名单企业，\(files) 个文件",
                en: "wrote \(directory): \(enterprises) blacklisted enterprises, \(files) files")
    }

    public static let noBlacklisted = Message(zh: "没有列入黑名单的企业，未写出函件",
                                              en: "no enterprise is on the blacklist; no letter was written")

    public static func formatNotAvailable(_ format: String, document: String, choices: [String]) -> Message {
        Message(zh: "\(document) 不支持 --format \(format)，可用：\(choices.joined(separator: "、"))",
                en: "\(document) has no --format \(format); use one of: \(choices.joined(separator: ", "))")
    }

    // MARK: Lists

    public static func listMembers(_ title: Message, count: Int) -> Message {
        Message(zh: "\(title.zh)：\(count) 家", en: "\(title.en): \(count)")
    }

    public static func listExcluded(_ name: String, code: CreditCode, reason: Message) -> Message {
        Message(zh: "未列入：\(name)（\(code)）：\(reason.zh)", en: "left out: \(name) (\(code)): \(reason.en)")
    }

    public static let csvYes = Message(zh: "是", en: "yes")
    public static let csvRectifiedGroup = Message(zh: "整治经验交流", en: "rectification experience meeting")
}
