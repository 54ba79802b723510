// LineReader streams lines through a fixed buffer: lines longer than the buffer, files without a final
// newline, empty files, and CRLF line ends (and what the decoder and the loader make of the \r).

import AnxinCore
@testable import AnxinStore
import Foundation
import Testing
import AnxinTestSupport

/// Every line the reader hands out: its bytes, number, offset and whether it had its newline.
private func readAll(_ path: String, chunkSize: Int) throws -> [(bytes: [UInt8], number: Int, offset: Int, terminated: Bool)] {
    let reader = try LineReader(path: path, chunkSize: chunkSize)
    var lines: [(bytes: [UInt8], number: Int, offset: Int, terminated: Bool)] = []
    while let line = try reader.next({ bytes, line in (Array(bytes), line.number, line.offset, line.terminated) }) {
        lines.append(line)
        if lines.count > 100_000 { break }
    }
    return lines
}

/// What a reader must return for some bytes: split at each newline, the last piece only when not empty.
private func expectedLines(_ bytes: [UInt8]) -> [(bytes: [UInt8], number: Int, offset: Int, terminated: Bool)] {
    var lines: [(bytes: [UInt8], number: Int, offset: Int, terminated: Bool)] = []
    var start = 0
    for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
        lines.append((Array(bytes[start..<index]), lines.count + 1, start, true))
        start = index + 1
    }
    if start < bytes.count { lines.append((Array(bytes[start...]), lines.count + 1, start, false)) }
    return lines
}

private func sameLines(_ a: [(bytes: [UInt8], number: Int, offset: Int, terminated: Bool)],
                       _ b: [(bytes: [UInt8], number: Int, offset: Int, terminated: Bool)]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { $0.bytes == $1.bytes && $0.number == $1.number
        && $0.offset == $1.offset && $0.terminated == $1.terminated }
}

@Suite("LineReader")
struct LineReaderTests {
    @Test("lines much longer than the chunk come out whole, with their numbers and offsets")
    func longLines() throws {
        try withScratchDirectory { root in
            let path = "\(root)/long.jsonl"
            let long = Array(String(repeating: "隐患排查治理", count: 100).utf8)
            let bytes = long + [10] + Array("短\n".utf8) + long + long + [10]
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            for chunk in [1, 2, 3, 4, 7, 64, 1 << 20] {
                let lines = try readAll(path, chunkSize: chunk)
                #expect(sameLines(lines, expectedLines(bytes)), "chunk \(chunk)")
                #expect(lines.map(\.bytes.count) == [long.count, 3, 2 * long.count], "chunk \(chunk)")
            }
        }
    }

    @Test("random files read the same with every small chunk size (seeded property test)")
    func randomFiles() throws {
        try withScratchDirectory { root in
            var random = SeededGenerator(seed: 0x11E5)
            let path = "\(root)/random.jsonl"
            for round in 0..<150 {
                let count = Int.random(in: 0...120, using: &random)
                let bytes = (0..<count).map { _ in
                    random.chance(15) ? UInt8(ascii: "\n") : random.pick([UInt8(ascii: "a"), 0x0D, 0xE5, 0x00, 0x7B])
                }
                try Data(bytes).write(to: URL(fileURLWithPath: path))
                let chunk = Int.random(in: 1...9, using: &random)
                #expect(sameLines(try readAll(path, chunkSize: chunk), expectedLines(bytes)), "round \(round), chunk \(chunk)")
            }
        }
    }

    @Test("a file without a final newline gives its last line unterminated")
    func noFinalNewline() throws {
        try withScratchDirectory { root in
            let path = "\(root)/torn.jsonl"
            try Data("一\n二\n三".utf8).write(to: URL(fileURLWithPath: path))
            let lines = try readAll(path, chunkSize: 2)
            #expect(lines.map(\.terminated) == [true, true, false])
            #expect(lines.map { String(decoding: $0.bytes, as: UTF8.self) } == ["一", "二", "三"])
            #expect(lines.map(\.offset) == [0, 4, 8])
        }
    }

    @Test("an empty file has no lines; a file of newlines has empty lines")
    func emptyFiles() throws {
        try withScratchDirectory { root in
            let path = "\(root)/empty.jsonl"
            try Data().write(to: URL(fileURLWithPath: path))
            #expect(try readAll(path, chunkSize: 4).isEmpty)
            let reader = try LineReader(path: path, chunkSize: 4)
            #expect(try reader.next { _, _ in 1 } == nil)
            #expect(try reader.next { _, _ in 1 } == nil)   // and stays at the end
            #expect(reader.bytesRead == 0)

            try Data("\n\n".utf8).write(to: URL(fileURLWithPath: path))
            let lines = try readAll(path, chunkSize: 1)
            #expect(lines.map(\.bytes.count) == [0, 0])
            #expect(lines.map(\.terminated) == [true, true])
        }
    }

    @Test("a missing file is a FileError naming the path")
    func missingFile() throws {
        try withScratchDirectory { root in
            do throws(FileError) {
                _ = try LineReader(path: "\(root)/nope.jsonl")
                Issue.record("opened a missing file")
            } catch {
                #expect(error.path == "\(root)/nope.jsonl")
                #expect(error.operation == "open")
            }
        }
    }

    @Test("CRLF: the reader keeps the \\r, and the decoder reads the line as JSON whitespace ends it")
    func crlfDecodes() throws {
        let event = Sample.note("Windows 记事本保存", at: "2024-05-12T10:00:00+08:00")
        let line = Array(EventEncoder.line(event).dropLast()) + [0x0D]
        let (decoded, problems) = line.withUnsafeBufferPointer {
            EventDecoder(replica: Sample.replica, catalog: nil).decode($0)
        }
        #expect(problems.isEmpty, "\(problems)")
        #expect(decoded == event)

        try withScratchDirectory { root in
            let path = "\(root)/crlf.jsonl"
            try Data("一\r\n二\r\n".utf8).write(to: URL(fileURLWithPath: path))
            let lines = try readAll(path, chunkSize: 3)
            #expect(lines.map(\.bytes) == [Array("一\r".utf8), Array("二\r".utf8)])
        }
    }

    @Test("a journal saved with CRLF line ends loads like the same journal with LF")
    func crlfJournalLoads() throws {
        try withStore { fixture in
            let events = [Sample.listing(1), Sample.note("走访", at: "2024-05-12T10:00:00+08:00", sequence: 2),
                          Sample.tick("N01", .met, at: "2024-05-12T11:00:00+08:00", sequence: 3)]
            try fixture.writeJournal("lap-1", events: events)
            let lf = fixture.store.load()
            let crlf = events.map { Sample.line($0) + "\r\n" }.joined()
            try fixture.writeJournal("lap-1", crlf)
            let load = fixture.store.load()
            #expect(load.diagnostics.isEmpty, "\(load.diagnostics.map { $0.rendered(.en) })")
            #expect(load.state.eventCount == 3)
            #expect(load.state.enterprises == lf.state.enterprises)
        }
    }
}
