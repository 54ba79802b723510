import AnxinCore
#if canImport(Glibc)
import Glibc
#endif

/// Appends events to this replica's journal: O_APPEND, one write per event line, fsync before the append
/// is reported done. Never rewrites the journal to add to it.
public final class JournalWriter {
    public let path: String
    private var fd: Int32

    /// Opens (creating) the journal; refuses when it ends with a torn line, which an append would damage.
    public init(path: String) throws(StoreError) {
        self.path = path
        let existed = POSIXFile.exists(path)
        fd = Glibc.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        if fd < 0 { throw .file(FileError(path: path, operation: "open")) }
        if let size = POSIXFile.size(path), size > 0 {
            let reader = Glibc.open(path, O_RDONLY | O_CLOEXEC)
            if reader < 0 {
                let failure = FileError(path: path, operation: "open")
                Glibc.close(fd)
                throw .file(failure)
            }
            var last: UInt8 = 0
            let count = pread(reader, &last, 1, off_t(size - 1))
            Glibc.close(reader)
            if count == 1 && last != UInt8(ascii: "\n") {
                Glibc.close(fd)
                throw .refused(Catalog.tornTailBlocksWriting(path))
            }
        }
        if !existed {
            // A new file's directory entry must be durable too.
            do { try POSIXFile.syncDirectory(AtomicFile.parent(of: path)) } catch { throw .file(error) }
        }
    }

    /// Set after a failure that may have left bytes on disk the store cannot vouch for: nothing more is appended
    /// through this writer (the user reopens, and the load says what is there).
    private var broken: FileError?

    /// Appends each event as one write, then fsyncs once; returns only when the lines are on disk.
    /// A failed write is cut back off the file, so a later append never lands on half a line; a failed fsync
    /// leaves the outcome unknown, so the writer refuses further appends rather than retry and pretend.
    public func append(_ events: [Event]) throws(StoreError) {
        if let broken { throw .file(broken) }
        let start = lseek(fd, 0, SEEK_END)
        do {
            for event in events {
                try POSIXFile.write(all: EventEncoder.line(event), to: fd, path: path)
            }
        } catch {
            if start < 0 || ftruncate(fd, start) != 0 || fsync(fd) != 0 { broken = error }
            throw .file(error)
        }
        do {
            try POSIXFile.sync(fd, path: path)
        } catch {
            broken = error
            throw .file(error)
        }
    }

    public func close() {
        if fd >= 0 { Glibc.close(fd) }
        fd = -1
    }

    deinit { close() }
}

/// Why the store could not do what was asked.
public enum StoreError: Error, Sendable {
    /// A rule refused the action, or the store is not in a state to take it.
    case refused(Message)
    case file(FileError)
    case locked(Message)
    /// The configuration or journal has errors (listed).
    case invalid([Diagnostic])

    public var message: Message {
        switch self {
        case let .refused(message), let .locked(message): message
        case let .file(error): error.message
        case let .invalid(diagnostics):
            Message(zh: diagnostics.map { $0.rendered(.zh) }.joined(separator: "\n"),
                    en: diagnostics.map { $0.rendered(.en) }.joined(separator: "\n"))
        }
    }
}
