#if canImport(Glibc)
import Glibc
#endif

/// GB18030 (which contains GBK and GB2312: what Chinese Excel writes for "CSV (逗号分隔)") to and from UTF-8,
/// through the C library's iconv. Foundation on Linux does not carry this encoding.
public enum GB18030 {
    public enum Failure: Error, Equatable, Sendable {
        /// The first byte iconv could not convert.
        case invalidBytes(offset: Int)
        /// This system's iconv has no GB18030 converter (glibc has; some minimal systems do not).
        case unavailable
    }

    public static func decode(_ bytes: [UInt8]) throws(Failure) -> [UInt8] {
        try convert(bytes, from: "GB18030", to: "UTF-8")
    }

    /// Every Unicode character has a GB18030 form, so encoding valid UTF-8 does not fail.
    public static func encode(_ utf8: [UInt8]) throws(Failure) -> [UInt8] {
        try convert(utf8, from: "UTF-8", to: "GB18030")
    }

    private static func convert(_ input: [UInt8], from source: String, to target: String) throws(Failure) -> [UInt8] {
        guard let descriptor = iconv_open(target, source), Int(bitPattern: descriptor) != -1 else {
            throw .unavailable
        }
        defer { iconv_close(descriptor) }
        var output = [UInt8](repeating: 0, count: max(16, input.count * 2 + 16))
        var failedAt: Int?
        var produced = 0
        var copy = input
        copy.withUnsafeMutableBufferPointer { inputBuffer in
            var inPointer = inputBuffer.baseAddress.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) }
            var inLeft = inputBuffer.count
            while inLeft > 0 {
                let result: Int = output.withUnsafeMutableBufferPointer { outputBuffer in
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outputBuffer.baseAddress! + produced)
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = outputBuffer.count - produced
                    let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                    produced = outputBuffer.count - outLeft
                    return result
                }
                if result != -1 { break }
                if errno == E2BIG {
                    output.append(contentsOf: [UInt8](repeating: 0, count: output.count))
                    continue
                }
                // EILSEQ (a byte sequence that is not GB18030) or EINVAL (cut short at the end).
                failedAt = inputBuffer.count - inLeft
                break
            }
        }
        if let failedAt { throw .invalidBytes(offset: failedAt) }
        output.removeSubrange(produced...)
        return output
    }
}
