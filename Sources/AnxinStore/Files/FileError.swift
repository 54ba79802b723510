import AnxinCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed system call on a file, with the path and the system's reason; never retried and hidden.
public struct FileError: Error, Sendable, Equatable {
    public let path: String
    public let operation: String
    public let code: Int32

    public init(path: String, operation: String, code: Int32 = errno) {
        self.path = path
        self.operation = operation
        self.code = code
    }

    public var reason: String { String(cString: strerror(code)) }

    public var message: Message {
        Message(zh: "\(operation) \(path) 失败：\(reason)", en: "\(operation) \(path) failed: \(reason)")
    }
}

/// Thin POSIX helpers; the write path needs fsync and O_APPEND, which Foundation does not expose.
enum POSIXFile {
    static func write(all bytes: [UInt8], to fd: Int32, path: String) throws(FileError) {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                Glibc.write(fd, buffer.baseAddress! + written, buffer.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, operation: "write")
            }
            written += result
        }
    }

    static func sync(_ fd: Int32, path: String) throws(FileError) {
        if fsync(fd) != 0 { throw FileError(path: path, operation: "fsync") }
    }

    /// fsync of a file written by another program (git).
    static func syncFile(_ path: String) throws(FileError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw FileError(path: path, operation: "open") }
        defer { close(fd) }
        try sync(fd, path: path)
    }

    /// fsync of a directory makes a rename or a new file in it durable.
    static func syncDirectory(_ path: String) throws(FileError) {
        let fd = open(path, O_RDONLY | O_DIRECTORY)
        if fd < 0 { throw FileError(path: path, operation: "open") }
        defer { close(fd) }
        try sync(fd, path: path)
    }

    static func readAll(_ path: String) throws(FileError) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        if fd < 0 { throw FileError(path: path, operation: "open") }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, operation: "read")
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Makes a directory and makes its entry durable (fsync of the parent), so a first event written into a
    /// new `events/` cannot vanish with it after a power cut.
    static func makeDirectory(_ path: String) throws(FileError) {
        if isDirectory(path) { return }
        if mkdir(path, 0o755) != 0 {
            if errno == EEXIST { return }
            throw FileError(path: path, operation: "mkdir")
        }
        try syncDirectory(AtomicFile.parent(of: path))
    }

    static func size(_ path: String) -> Int? {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : nil
    }

    /// Names in a directory, sorted.
    static func list(_ path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }
}
