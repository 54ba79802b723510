import AnxinStore
import Foundation
import Testing

@Suite("Text encodings of roster files")
struct TextEncodingTests {
    /// GB18030 bytes made by the system's iconv program: an oracle independent of the code under test.
    static func iconv(_ text: String, to encoding: String = "GB18030") throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", encoding]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }

    let sample = "企业名称,统一社会信用代码\r\n保定恒方路桥工程集团有限公司,91130681017899251C\r\n白沟·白洋淀温泉城𠀀,x\r\n"

    @Test("UTF-8 without a BOM is read as UTF-8")
    func utf8() throws {
        let decoded = try TextEncodingDetector.decode(Array(sample.utf8)).get()
        #expect(decoded.encoding == .utf8)
        #expect(!decoded.hadByteOrderMark)
        #expect(decoded.utf8 == Array(sample.utf8))
    }

    @Test("UTF-8 with a BOM loses the BOM")
    func utf8BOM() throws {
        let decoded = try TextEncodingDetector.decode([0xEF, 0xBB, 0xBF] + Array(sample.utf8)).get()
        #expect(decoded.encoding == .utf8)
        #expect(decoded.hadByteOrderMark)
        #expect(decoded.utf8 == Array(sample.utf8))
    }

    @Test("GB18030 (as iconv writes it, with a four-byte character) is detected and decoded")
    func gb18030() throws {
        let bytes = try Self.iconv(sample)
        #expect(bytes != Array(sample.utf8))
        let decoded = try TextEncodingDetector.decode(bytes).get()
        #expect(decoded.encoding == .gb18030)
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == sample)
    }

    @Test("GBK bytes are GB18030 too")
    func gbk() throws {
        let text = "企业名称,行业\n保定利和铸造有限责任公司,冶炼\n"
        let decoded = try TextEncodingDetector.decode(try Self.iconv(text, to: "GBK")).get()
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == text)
    }

    @Test("the encoder writes what iconv writes")
    func encoder() throws {
        #expect(try GB18030.encode(Array(sample.utf8)) == Self.iconv(sample))
    }

    @Test("forcing UTF-8 on GB18030 bytes names the line of the first bad byte")
    func forcedUTF8() throws {
        let bytes = Array("a,b\nc,d\n".utf8) + (try Self.iconv("企业\n"))
        #expect(throws: Never.self) { _ = try TextEncodingDetector.decode(bytes).get() }
        guard case .failure(.invalid(.utf8, let line)) = TextEncodingDetector.decode(bytes, requested: .utf8) else {
            Issue.record("expected an invalid UTF-8 failure")
            return
        }
        #expect(line == 3)
    }

    @Test("empty text, a BOM alone and blank lines are empty")
    func empty() {
        for bytes: [UInt8] in [[], [0xEF, 0xBB, 0xBF], Array(" \r\n\n".utf8)] {
            guard case .failure(.empty) = TextEncodingDetector.decode(bytes) else {
                Issue.record("\(bytes) should be empty")
                continue
            }
        }
    }

    @Test("workbooks, UTF-16 and other binary files are recognized", arguments: [
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], TextDecodingProblem.BinaryKind.xlsxWorkbook),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00], .xlsWorkbook),
        ([0xFF, 0xFE, 0x01, 0x4F], .utf16),
        ([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00], .other),
        ([0x41, 0x01, 0x02, 0x42], .other),
    ] as [([UInt8], TextDecodingProblem.BinaryKind)])
    func binary(bytes: [UInt8], kind: TextDecodingProblem.BinaryKind) {
        guard case let .failure(.binary(found)) = TextEncodingDetector.decode(bytes) else {
            Issue.record("\(bytes) should be binary")
            return
        }
        #expect(found == kind)
    }
}
