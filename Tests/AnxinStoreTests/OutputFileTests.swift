import AnxinStore
import Foundation
import Testing

@Suite("Output files (documents and letters)")
struct OutputFileTests {
    static func directory() -> String {
        let path = FileManager.default.temporaryDirectory.path + "/anxin-output-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test("a new file is written whole and no temporary file is left beside it")
    func writesWhole() throws {
        let directory = Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try OutputFile.write(Array("致全体股东\n".utf8), to: "\(directory)/a.txt", replacing: false)
        #expect(Self.contents("\(directory)/a.txt") == "致全体股东\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["a.txt"])
    }

    @Test("an existing file is never replaced unless asked, and stays as it was")
    func neverClobbers() throws {
        let directory = Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = "\(directory)/a.txt"
        try "旧".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: OutputFile.Failure.exists(path)) {
            try OutputFile.write(Array("新".utf8), to: path, replacing: false)
        }
        #expect(Self.contents(path) == "旧")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["a.txt"])
        try OutputFile.write(Array("新".utf8), to: path, replacing: true)
        #expect(Self.contents(path) == "新")
    }

    @Test("missing parent directories are made")
    func makesDirectories() throws {
        let directory = Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try OutputFile.makeDirectories("\(directory)/函件/2024")
        #expect(OutputFile.isDirectory("\(directory)/函件/2024"))
        try OutputFile.makeDirectories("\(directory)/函件/2024")
    }
}
