#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files anxin hands out (documents, letters, exported templates): written whole to a temporary file, synced,
/// then put in place, so a crash never leaves half a letter. An existing file is never replaced unless asked.
public enum OutputFile {
    public enum Failure: Error, Sendable, Equatable {
        /// The file exists and replacing was not asked for.
        case exists(String)
        case file(FileError)
    }

    public static func exists(_ path: String) -> Bool { POSIXFile.exists(path) }
    public static func isDirectory(_ path: String) -> Bool { POSIXFile.isDirectory(path) }

    /// Writes `bytes` to `path`. Without `replacing`, the new file is put in place with `link`, which fails
    /// when the name is taken, so even a file created meanwhile by someone else is never overwritten.
    public static func write(_ bytes: [UInt8], to path: String, replacing: Bool) throws(Failure) {
        if replacing {
            do { try AtomicFile.write(bytes, to: path) } catch { throw .file(error) }
            return
        }
        if POSIXFile.exists(path) { throw .exists(path) }
        let temporary: String
        do { temporary = try AtomicFile.writeTemporary(bytes, beside: path) } catch { throw .file(error) }
        if link(temporary, path) != 0 {
            let code = errno
            unlink(temporary)
            if code == EEXIST { throw .exists(path) }
            // A file system without hard links: the existence check above has to do.
            guard code == EPERM || code == ENOTSUP || code == EOPNOTSUPP || code == ENOSYS else {
                throw .file(FileError(path: path, operation: "link", code: code))
            }
            do { try AtomicFile.write(bytes, to: path) } catch { throw .file(error) }
            return
        }
        unlink(temporary)
        do { try POSIXFile.syncDirectory(AtomicFile.parent(of: path)) } catch { throw .file(error) }
    }

    /// Makes a directory (and its missing parents), each made durable in its parent.
    public static func makeDirectories(_ path: String) throws(FileError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            prefix += part
            if !POSIXFile.isDirectory(prefix) { try POSIXFile.makeDirectory(prefix) }
            prefix += "/"
        }
    }
}
