#if canImport(Glibc)
import Glibc
#endif

/// Streams a file's lines through a fixed buffer (1 MiB, grown only for a longer line), so loading a
/// journal costs memory for the state it builds, not for the file.
final class LineReader {
    let path: String
    private let fd: Int32
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var atEOF = false
    /// The file offset of `buffer[0]`.
    private var bufferOffset = 0
    private(set) var lineNumber = 0
    private(set) var bytesRead = 0

    init(path: String, chunkSize: Int = 1 << 18) throws(FileError) {
        self.path = path
        fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw FileError(path: path, operation: "open") }
        buffer = [UInt8](repeating: 0, count: chunkSize)
        #if os(Linux)
        posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_SEQUENTIAL))
        #endif
    }

    deinit { close(fd) }

    struct Line {
        let number: Int
        /// Byte offset of the line's first byte in the file.
        let offset: Int
        /// False for a last line without its newline (a torn write).
        let terminated: Bool
    }

    /// Hands the next line (without its newline) to `body`; nil at the end of the file.
    func next<T>(_ body: (UnsafeBufferPointer<UInt8>, Line) -> T) throws(FileError) -> T? {
        while true {
            let found: Int? = buffer.withUnsafeBufferPointer { pointer in
                guard end > start, let base = pointer.baseAddress else { return nil }
                guard let hit = memchr(base + start, Int32(UInt8(ascii: "\n")), end - start) else { return nil }
                return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            }
            if let newline = found {
                lineNumber += 1
                let line = Line(number: lineNumber, offset: bufferOffset + start, terminated: true)
                let lineStart = start
                start = newline + 1
                return buffer.withUnsafeBufferPointer { pointer in
                    body(UnsafeBufferPointer(rebasing: pointer[lineStart..<newline]), line)
                }
            }
            if atEOF {
                guard end > start else { return nil }
                lineNumber += 1
                let line = Line(number: lineNumber, offset: bufferOffset + start, terminated: false)
                let lineStart = start, lineEnd = end
                start = end
                return buffer.withUnsafeBufferPointer { pointer in
                    body(UnsafeBufferPointer(rebasing: pointer[lineStart..<lineEnd]), line)
                }
            }
            try refill()
        }
    }

    private func refill() throws(FileError) {
        if start > 0 {
            // Move the partial line to the front.
            let remaining = end - start
            buffer.withUnsafeMutableBufferPointer { pointer in
                if remaining > 0 { memmove(pointer.baseAddress!, pointer.baseAddress! + start, remaining) }
            }
            bufferOffset += start
            end = remaining
            start = 0
        }
        if end == buffer.count {
            buffer.append(contentsOf: [UInt8](repeating: 0, count: buffer.count))
        }
        while true {
            let count = buffer.withUnsafeMutableBufferPointer { pointer in
                read(fd, pointer.baseAddress! + end, pointer.count - end)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, operation: "read")
            }
            if count == 0 { atEOF = true }
            end += count
            bytesRead += count
            return
        }
    }
}
