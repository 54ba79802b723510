import Foundation
import Testing

/// Roster spreadsheets as counties send them, written by hand (not by the code under test).
enum RosterCSV {
    static let header = ["企业名称", "统一社会信用代码", "所属县区", "行业", "类别", "监管层级", "责任部门", "责任人", "联系电话", "地址"]

    /// One RFC 4180 line: every field quoted when it needs it, CRLF at the end.
    static func line(_ fields: [String]) -> String {
        fields.map { field in
            field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",") + "\r\n"
    }

    static func text(_ rows: [[String]], header: [String] = RosterCSV.header) -> String {
        ([header] + rows).map(line).joined()
    }

    /// A row of Sandbox defaults: 清苑区, 机械, 规范化企业, 属地.
    static func row(_ serial: Int, name: String? = nil, jurisdiction: String = "清苑区", person: String = "李强",
                    phone: String = "", address: String = "", code: String? = nil) -> [String] {
        [name ?? "保定安信机械\(serial)有限公司", code ?? CreditCodes.make(serial), jurisdiction, "机械", "规范化企业", "属地",
         jurisdiction, person, phone, address]
    }

    /// Bytes in another encoding, made by the system's iconv program.
    static func iconv(_ text: String, to encoding: String = "GB18030") throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", encoding]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let writer = Thread { 
            input.fileHandleForWriting.write(Data(text.utf8))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let data = readToEnd(output.fileHandleForReading.fileDescriptor)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        return [UInt8](data)
    }

    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
}

extension Sandbox {
    /// Writes a file under the sandbox's root and returns its path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = "\(root)/\(name)"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Array(text.utf8))
    }

    func read(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Journal events of one type.
    func events(ofType type: String) -> [[String: Any]] {
        journalText().split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
        }.filter { $0["type"] as? String == type }
    }
}

extension Anxin {
    /// Runs another program (e.g. `script`, to give anxin a terminal) the way anxin is run.
    static func runProgram(_ path: String, _ arguments: [String], environment: [String: String]) throws -> RunResult {
        try run(arguments, environment: environment, executable: path)
    }
}
