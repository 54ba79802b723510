import AnxinTestSupport
@testable import AnxinStore
import Testing

@Suite("Bytes memo (texts a journal file repeats)")
struct BytesMemoTests {
    @Test("property: the value handed back is always the one made from these very bytes, whatever was remembered before")
    func valuesMatchTheirBytes() {
        var generator = SeededGenerator(seed: 0x3E30)
        // Few slots on purpose: texts keep evicting each other. Bytes that differ only in the middle, only in
        // length, or only past the sixteenth byte, and the empty text.
        var memo = BytesMemo<[UInt8]>(capacity: 8)
        let pieces: [[UInt8]] = [[], [0x41], Array("市安委办".utf8), Array("清苑区".utf8), Array("ABCDEFGH".utf8),
                                 Array("ABCDEFGHI".utf8), Array("ABCDEFGHIJKLMNOP".utf8), Array("ABCDEFGHIJKLMNOPQ".utf8),
                                 Array("ABCDEFGHJJKLMNOPQ".utf8), Array("白沟·白洋淀温泉城".utf8), [0, 0, 0], [0, 0, 0, 0]]
        var made = 0
        for round in 0..<20_000 {
            var bytes = pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            if round % 4 == 0 {   // a random text, up to 40 bytes
                bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            } else if round % 4 == 1, !bytes.isEmpty {   // one byte changed
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] ^= 0x20
            }
            let value = bytes.withUnsafeBufferPointer { buffer in
                memo.value(buffer) { made += 1; return Array($0) }
            }
            #expect(value == bytes, "round \(round)")
        }
        #expect(made < 20_000, "repeated texts are remembered")
    }
}
