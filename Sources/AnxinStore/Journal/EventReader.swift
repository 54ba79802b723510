import AnxinCore
#if canImport(Glibc)
import Glibc
#endif

/// Reads events back from the places `LoadOptions.indexLocations` remembered (a timeline on demand).
public enum EventReader {
    public static func read(_ locations: [EventLocation], files: [String], catalog: CriteriaCatalog) -> [Event] {
        var events: [Event] = []
        var descriptors: [Int32: Int32] = [:]
        defer { for fd in descriptors.values { close(fd) } }
        var buffer: [UInt8] = []
        for location in locations {
            guard files.indices.contains(Int(location.file)) else { continue }
            let path = files[Int(location.file)]
            let fd: Int32
            if let open = descriptors[location.file] { fd = open } else {
                fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
                guard fd >= 0 else { continue }
                descriptors[location.file] = fd
            }
            buffer = [UInt8](repeating: 0, count: Int(location.length))
            let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(location.offset)) }
            guard count == Int(location.length) else { continue }
            let name = path.split(separator: "/").last.map(String.init) ?? path
            let decoder = EventDecoder(replica: String(name.dropLast(".jsonl".count)), catalog: catalog)
            if let event = buffer.withUnsafeBufferPointer({ decoder.decode($0).0 }) { events.append(event) }
        }
        return events
    }
}
