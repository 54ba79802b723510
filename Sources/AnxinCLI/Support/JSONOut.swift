import AnxinStore

/// JSON output with keys in the order written (machine-readable `--format json`).
indirect enum JSONOut {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case array([JSONOut])
    case object([(String, JSONOut)])

    static func optional(_ text: String?) -> JSONOut { text.map(JSONOut.string) ?? .null }

    func rendered(indent: Int? = 2) -> String {
        var out: [UInt8] = []
        write(to: &out, level: 0, indent: indent)
        return String(decoding: out, as: UTF8.self)
    }

    private func write(to out: inout [UInt8], level: Int, indent: Int?) {
        func newline(_ level: Int) {
            guard let indent else { return }
            out.append(0x0A)
            out.append(contentsOf: [UInt8](repeating: 0x20, count: indent * level))
        }
        switch self {
        case let .string(text): JSONWriter.appendString(text, to: &out)
        case let .int(value): out.append(contentsOf: Array(String(value).utf8))
        case let .double(value): out.append(contentsOf: Array((value.isFinite ? String(value) : "null").utf8))
        case let .bool(value): out.append(contentsOf: Array((value ? "true" : "false").utf8))
        case .null: out.append(contentsOf: Array("null".utf8))
        case let .array(items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                newline(level + 1)
                item.write(to: &out, level: level + 1, indent: indent)
            }
            if !items.isEmpty { newline(level) }
            out.append(UInt8(ascii: "]"))
        case let .object(members):
            out.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                newline(level + 1)
                JSONWriter.appendString(member.0, to: &out)
                out.append(UInt8(ascii: ":"))
                if indent != nil { out.append(0x20) }
                member.1.write(to: &out, level: level + 1, indent: indent)
            }
            if !members.isEmpty { newline(level) }
            out.append(UInt8(ascii: "}"))
        }
    }
}
