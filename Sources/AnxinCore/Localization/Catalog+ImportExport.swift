/// What `anxin import roster` and `anxin export roster|checklists|events` say.
extension Catalog {
    // MARK: The file as a whole

    public static func importEmptyFile(_ path: String) -> Message {
        Message(zh: "\(path)：文件是空的，没有表头也没有数据", en: "\(path): the file is empty (no header, no rows)")
    }

    public static func importNoRows(_ path: String) -> Message {
        Message(zh: "\(path)：只有表头，没有企业数据", en: "\(path): the file has a header but no enterprise rows")
    }

    public static let importBinaryXLSX = Message(
        zh: "这是 Excel 工作簿（.xlsx），不是 CSV；请在 Excel 中“另存为”CSV UTF-8（逗号分隔）或 CSV（逗号分隔）",
        en: "this is an Excel workbook (.xlsx), not CSV; in Excel, Save As \"CSV UTF-8 (Comma delimited)\" or \"CSV (Comma delimited)\"")
    public static let importBinaryXLS = Message(
        zh: "这是旧版 Excel 工作簿（.xls），不是 CSV；请在 Excel 中“另存为”CSV UTF-8（逗号分隔）",
        en: "this is an old Excel workbook (.xls), not CSV; in Excel, Save As \"CSV UTF-8 (Comma delimited)\"")
    public static let importBinaryUTF16 = Message(
        zh: "这是 UTF-16 文本（Excel 的“Unicode 文本”），不是 CSV；请另存为 CSV UTF-8（逗号分隔）",
        en: "this is UTF-16 text (Excel's \"Unicode Text\"), not CSV; Save As \"CSV UTF-8 (Comma delimited)\"")
    public static let importBinaryOther = Message(
        zh: "这不是文本文件（含有二进制字节）；请导入从 Excel 另存的 CSV 文件",
        en: "this is not a text file (it holds binary bytes); import a CSV file saved from Excel")

    public static func importNotText(_ path: String, _ why: Message) -> Message {
        Message(zh: "\(path)：\(why.zh)", en: "\(path): \(why.en)")
    }

    public static func importInvalidEncoding(_ path: String, encoding: String, line: Int) -> Message {
        Message(zh: "\(path) 第 \(line) 行：不是有效的 \(encoding) 文本；请用 --encoding 指定编码（utf-8 或 gb18030），或在 Excel 中另存为 CSV UTF-8",
                en: "\(path) line \(line): not valid \(encoding) text; name the encoding with --encoding (utf-8 or gb18030), or Save As \"CSV UTF-8\" in Excel")
    }

    public static func encodingUnavailable(_ encoding: String) -> Message {
        Message(zh: "本机的 iconv 不支持 \(encoding) 编码；请改用 UTF-8 文件（Excel：另存为 CSV UTF-8）",
                en: "this system's iconv cannot convert \(encoding); use a UTF-8 file instead (Excel: Save As \"CSV UTF-8\")")
    }

    public static func importTruncated(_ place: Message) -> Message {
        Message(zh: "\(place.zh)：引号开始后直到文件末尾都没有结束；文件可能不完整（被截断），请重新保存后再导入。未导入任何数据",
                en: "\(place.en): a quote opens here and is never closed before the end of the file; the file looks truncated: save it again and re-import. Nothing was imported")
    }

    public static func importHeaderProblems(_ path: String, _ problems: [Message]) -> Message {
        Message(zh: "\(path) 第 1 行（表头）：" + problems.map(\.zh).joined(separator: "；") + "。未导入任何数据",
                en: "\(path) row 1 (header): " + problems.map(\.en).joined(separator: "; ") + ". Nothing was imported")
    }

    public static func importDuplicateColumn(_ first: String, _ second: String, field: Message) -> Message {
        Message(zh: "“\(first)”和“\(second)”两列都是\(field.zh)；删去一列或用 --map 指明",
                en: "columns \"\(first)\" and \"\(second)\" both hold the \(field.en); delete one or say which with --map")
    }

    public static func importMapColumnMissing(_ column: String) -> Message {
        Message(zh: "--map 指定的列“\(column)”不在表头中", en: "--map names a column \"\(column)\" that is not in the header")
    }

    public static let importNoCodeColumn = Message(
        zh: "没有“统一社会信用代码”列（企业以代码识别）；如该列表头不同，请用 --map 列名=code 指明",
        en: "there is no 统一社会信用代码 (code) column, which identifies each enterprise; if it has another header, name it with --map COLUMN=code")

    public static func importIgnoredColumns(_ columns: [String]) -> Message {
        Message(zh: "注意：忽略不认识的列：\(list(columns))（可用 --map 列名=字段 指明）",
                en: "note: ignoring unknown columns: \(listEN(columns)) (name one with --map COLUMN=field)")
    }

    public static func importEncodingUsed(_ encoding: String) -> Message {
        Message(zh: "按 \(encoding) 编码读取", en: "read as \(encoding)")
    }

    public static func importMapSyntax(_ text: String, fields: [String]) -> Message {
        Message(zh: "--map “\(text)”应写成 列名=字段，字段为：\(listEN(fields))",
                en: "--map \"\(text)\" should read COLUMN=field, with field one of: \(listEN(fields))")
    }

    // MARK: Rows

    /// Where a row problem is: `r.csv 第 5 行（文本第 7–9 行）“企业名称”列`.
    public static func importPlace(_ path: String, row: Int, firstLine: Int, lastLine: Int, column: String?) -> Message {
        let zhLines = firstLine == row && lastLine == row ? "" : (firstLine == lastLine ? "（文本第 \(firstLine) 行）" : "（文本第 \(firstLine)–\(lastLine) 行）")
        let enLines = firstLine == row && lastLine == row ? "" : (firstLine == lastLine ? " (line \(firstLine))" : " (lines \(firstLine)–\(lastLine))")
        return Message(zh: "\(path) 第 \(row) 行\(zhLines)" + (column.map { "“\($0)”列" } ?? ""),
                       en: "\(path) row \(row)\(enLines)" + (column.map { ", column \($0)" } ?? ""))
    }

    public static func importProblem(_ place: Message, _ why: Message) -> Message {
        Message(zh: "\(place.zh)：\(why.zh)", en: "\(place.en): \(why.en)")
    }

    public static func importMissingField(_ field: Message) -> Message {
        Message(zh: "缺少\(field.zh)", en: "the \(field.en) is missing")
    }

    public static func importMissingColumn(_ field: Message) -> Message {
        Message(zh: "新企业缺少\(field.zh)（文件中没有这一列）", en: "a new enterprise needs its \(field.en) (the file has no such column)")
    }

    public static func importCodeTurnedIntoNumber(_ text: String) -> Message {
        Message(zh: "代码“\(text)”已被 Excel 变成数字，末几位已丢失；请把该列设为“文本”格式后重新输入或从原始名单复制",
                en: "Excel turned the code into the number \"\(text)\" and lost its last digits; format the column as Text and enter the codes again")
    }

    public static func importDuplicateCode(_ code: String, rows: [Int]) -> Message {
        let others = rows.map(String.init)
        return Message(zh: "代码 \(code) 在文件中重复（另见第 \(list(others)) 行）",
                       en: "code \(code) appears more than once in the file (also row \(listEN(others)))")
    }

    public static func importRemovedEnterprise(_ name: String, reason: String) -> Message {
        Message(zh: "\(name)已移出创建活动（\(reason)）；导入不会恢复它，如需恢复请用 anxin add 重新列入",
                en: "\(name) was removed from the campaign (\(reason)); an import does not bring it back: list it again with anxin add")
    }

    public static func importUnknownTier(_ text: String) -> Message {
        Message(zh: "未知的类别“\(text)”；可选：\(Tier.choices)", en: "unknown tier \"\(text)\"; choose: \(Tier.choices)")
    }

    public static func importUnknownLevel(_ text: String) -> Message {
        Message(zh: "未知的监管层级“\(text)”；可选：\(SupervisionLevel.choices)",
                en: "unknown supervision level \"\(text)\"; choose: \(SupervisionLevel.choices)")
    }

    public static func importUnknownName(_ text: String, field: Message, suggestion: String?) -> Message {
        Message(zh: "\(field.zh)“\(text)”不在 campaign.yaml 中" + (suggestion.map { "；是否为“\($0)”？" } ?? ""),
                en: "\(field.en) \"\(text)\" is not in campaign.yaml" + (suggestion.map { "; did you mean \"\($0)\"?" } ?? ""))
    }

    // MARK: Outcome

    public static func importDryRunSummary(rows: Int, listings: Int, edits: Int, unchanged: Int, invalid: Int) -> Message {
        Message(zh: "试导入（未写入）：共 \(rows) 行，将新列入 \(listings) 家，修改 \(edits) 家，无变化 \(unchanged) 家，有问题 \(invalid) 行",
                en: "dry run (nothing written): \(rows) rows; would list \(listings), edit \(edits), leave \(unchanged) unchanged; \(invalid) rows with problems")
    }

    public static func importDone(listings: Int, edits: Int, unchanged: Int, skipped: Int) -> Message {
        Message(zh: "已导入：新列入 \(listings) 家，修改 \(edits) 家，无变化 \(unchanged) 家" + (skipped > 0 ? "，跳过有问题的 \(skipped) 行" : ""),
                en: "imported: listed \(listings), edited \(edits), unchanged \(unchanged)" + (skipped > 0 ? ", skipped \(skipped) rows with problems" : ""))
    }

    /// A row the rules refused once the rows before it were applied (e.g. a second row for the same enterprise).
    public static func importRefusedAtRow(_ place: Message, _ reason: Message) -> Message {
        Message(zh: "\(place.zh)：\(reason.zh)；未导入任何数据。改正这一行后重新导入",
                en: "\(place.en): \(reason.en); nothing was imported. Fix this row and import again")
    }

    public static func importRefused(invalid: Int) -> Message {
        Message(zh: "\(invalid) 行有问题，未导入任何数据；改正后重新导入，或加 --skip-invalid 只导入无问题的行",
                en: "\(invalid) rows have problems; nothing was imported. Fix them and import again, or add --skip-invalid to import only the valid rows")
    }

    public static let importProgressLabel = Message(zh: "导入", en: "importing")
    public static let importWritingLabel = Message(zh: "写入", en: "writing")

    // MARK: Export

    public static func exportWritten(_ path: String, rows: Int) -> Message {
        Message(zh: "已导出 \(rows) 行到 \(path)", en: "exported \(rows) rows to \(path)")
    }

    public static func exportCannotWrite(_ path: String, _ why: Message) -> Message {
        Message(zh: "无法写入 \(path)：\(why.zh)", en: "cannot write \(path): \(why.en)")
    }

    public static let checklistColumns: [Message] = [
        Message(zh: "统一社会信用代码", en: "code"), Message(zh: "企业名称", en: "name"), Message(zh: "类别", en: "tier"),
        Message(zh: "检查项编号", en: "criterion"), Message(zh: "检查项", en: "title"), Message(zh: "评定", en: "verdict"),
        Message(zh: "分级评定", en: "levels"), Message(zh: "备注", en: "note"), Message(zh: "检查人员", en: "inspector"),
        Message(zh: "日期", en: "date"),
    ]

    public static let eventColumns: [Message] = [
        Message(zh: "事件编号", en: "id"), Message(zh: "时间", en: "at"), Message(zh: "副本", en: "replica"),
        Message(zh: "操作人", en: "actor"), Message(zh: "单位", en: "office"), Message(zh: "统一社会信用代码", en: "code"),
        Message(zh: "企业名称", en: "enterprise"), Message(zh: "类型", en: "type"), Message(zh: "说明", en: "description"),
        Message(zh: "前一事件", en: "seen"),
    ]

    /// Headers of the journal fields an event may carry (their keys in docs/data-format.md).
    public static let eventFieldHeaders: [(key: String, header: Message)] = [
        ("name", Message(zh: "名称", en: "name")), ("jurisdiction", Message(zh: "县区", en: "jurisdiction")),
        ("industry", Message(zh: "行业", en: "industry")), ("tier", Message(zh: "类别", en: "tier")),
        ("supervision", Message(zh: "监管层级", en: "supervision")), ("department", Message(zh: "责任部门", en: "department")),
        ("person", Message(zh: "责任人", en: "person")), ("phone", Message(zh: "电话", en: "phone")),
        ("address", Message(zh: "地址", en: "address")), ("criterion", Message(zh: "检查项", en: "criterion")),
        ("level", Message(zh: "层级", en: "level")), ("verdict", Message(zh: "评定", en: "verdict")),
        ("action", Message(zh: "步骤", en: "action")), ("date", Message(zh: "日期", en: "date")),
        ("ref", Message(zh: "文号", en: "ref")), ("experts", Message(zh: "专家", en: "experts")),
        ("deadline", Message(zh: "整改时限", en: "deadline")), ("mark", Message(zh: "标记", en: "mark")),
        ("cause", Message(zh: "原因类别", en: "cause")), ("grade", Message(zh: "事故等级", en: "grade")),
        ("reason", Message(zh: "理由", en: "reason")), ("note", Message(zh: "备注", en: "note")),
        ("text", Message(zh: "内容", en: "text")),
    ]
}
