#if canImport(Glibc)
import Glibc
#endif

/// Replaces a file so that a crash leaves either the old or the new content, never a mix:
/// temp file in the same directory, write, fsync, rename, fsync the directory.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(FileError) {
        let directory = parent(of: path)
        let temporary = try writeTemporary(bytes, beside: path)
        if rename(temporary, path) != 0 {
            let failure = FileError(path: path, operation: "rename")
            unlink(temporary)
            throw failure
        }
        try POSIXFile.syncDirectory(directory)
    }

    /// Writes the bytes to a new temporary file beside `path` and makes them durable (fsync); returns its name.
    /// The caller then puts it in place (rename, or link when the name must not be taken). An open that fails is
    /// reported under `path`: the temporary name would only puzzle.
    static func writeTemporary(_ bytes: [UInt8], beside path: String) throws(FileError) -> String {
        let temporary = "\(path).tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 { throw FileError(path: path, operation: "open") }
        do {
            try POSIXFile.write(all: bytes, to: fd, path: temporary)
            try POSIXFile.sync(fd, path: temporary)
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        close(fd)
        return temporary
    }

    public static func write(_ text: String, to path: String) throws(FileError) {
        try write(Array(text.utf8), to: path)
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
