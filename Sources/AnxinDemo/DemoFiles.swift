import AnxinStore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The data directory being written.
struct DemoDirectory {
    let path: String

    var eventsPath: String { "\(path)/events" }
    var campaignPath: String { "\(path)/campaign.yaml" }
    var criteriaPath: String { "\(path)/criteria.yaml" }
    var gitignorePath: String { "\(path)/.gitignore" }

    /// Creates the directories (with parents) and removes journals of an earlier run.
    func prepare() throws(FileError) {
        try DemoDirectory.makeDirectories(path)
        try DemoDirectory.makeDirectories(eventsPath)
        for name in DemoDirectory.list(eventsPath) where name.hasSuffix(".jsonl") {
            if unlink("\(eventsPath)/\(name)") != 0 { throw FileError(path: "\(eventsPath)/\(name)", operation: "unlink") }
        }
    }

    func syncDirectories() throws(FileError) {
        try DemoDirectory.syncDirectory(eventsPath)
        try DemoDirectory.syncDirectory(path)
    }

    static func makeDirectories(_ path: String) throws(FileError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            prefix += part
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST { throw FileError(path: prefix, operation: "mkdir") }
            prefix += "/"
        }
    }

    static func syncDirectory(_ path: String) throws(FileError) {
        let fd = open(path, O_RDONLY | O_DIRECTORY)
        if fd < 0 { throw FileError(path: path, operation: "open") }
        defer { close(fd) }
        if fsync(fd) != 0 { throw FileError(path: path, operation: "fsync") }
    }

    /// Names in a directory (not sorted; callers only filter).
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
        return names
    }
}

/// Every replica's journal open for writing: lines gather in a buffer per file and go out in 4 MiB chunks;
/// `finish` writes the rest and fsyncs each file once.
final class JournalFiles {
    private let paths: [String]
    private var descriptors: [Int32] = []
    private var buffers: [[UInt8]]
    private var failure: FileError?
    private let chunk = 4 << 20

    init(paths: [String]) throws(FileError) {
        self.paths = paths
        buffers = paths.map { _ in [] }
        for path in paths {
            let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            if fd < 0 {
                let error = FileError(path: path, operation: "open")
                descriptors.forEach { _ = close($0) }
                throw error
            }
            descriptors.append(fd)
        }
    }

    func append(_ file: Int, _ line: [UInt8]) {
        buffers[file].append(contentsOf: line)
        if buffers[file].count >= chunk { flush(file) }
    }

    private func flush(_ file: Int) {
        defer { buffers[file].removeAll(keepingCapacity: true) }
        guard failure == nil else { return }
        let fd = descriptors[file]
        var written = 0
        buffers[file].withUnsafeBytes { bytes in
            while written < bytes.count {
                let result = write(fd, bytes.baseAddress! + written, bytes.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = FileError(path: paths[file], operation: "write")
                    return
                }
                written += result
            }
        }
    }

    /// Writes what is buffered, fsyncs and closes every file; the first failure is thrown.
    func finish() throws(FileError) {
        for file in paths.indices {
            flush(file)
            if failure == nil && fsync(descriptors[file]) != 0 {
                failure = FileError(path: paths[file], operation: "fsync")
            }
            close(descriptors[file])
        }
        descriptors = []
        if let failure { throw failure }
    }

    deinit { descriptors.forEach { _ = close($0) } }
}
