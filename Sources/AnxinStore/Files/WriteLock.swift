import AnxinCore
#if canImport(Glibc)
import Glibc
#endif

/// One writer per data directory: an exclusive `flock` on `.local/lock` (a file never renamed).
/// The holder writes its pid into the file so that a refused second writer can say who holds it.
public final class WriteLock {
    public let path: String
    private var fd: Int32

    public enum Failure: Error, Sendable {
        case heldByAnother(pid: String)
        case system(FileError)

        public var message: Message {
            switch self {
            case let .heldByAnother(pid): Catalog.storeLocked(pid: pid)
            case let .system(error): error.message
            }
        }
    }

    /// Takes the lock without waiting; throws `heldByAnother` when another process has it.
    public init(path: String) throws(Failure) {
        self.path = path
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        if fd < 0 { throw .system(FileError(path: path, operation: "open")) }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            var holder = [UInt8](repeating: 0, count: 32)
            let count = holder.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, 32, 0) }
            close(fd)
            if code == EWOULDBLOCK {
                let pid = count > 0 ? String(decoding: holder[0..<count], as: UTF8.self).withoutWhitespace : "?"
                throw .heldByAnother(pid: pid)
            }
            throw .system(FileError(path: path, operation: "flock", code: code))
        }
        // Write the pid first, then cut what is left of an older one: a refused writer never reads an empty file.
        let pid = Array("\(getpid())\n".utf8)
        _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress!, $0.count, 0) }
        _ = ftruncate(fd, off_t(pid.count))
    }

    public func release() {
        guard fd >= 0 else { return }
        _ = ftruncate(fd, 0)
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }
}

extension String {
    var withoutWhitespace: String {
        String(self.filter { !$0.isWhitespace })
    }
}
