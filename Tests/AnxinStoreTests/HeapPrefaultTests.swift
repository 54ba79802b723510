import Foundation
@testable import AnxinStore
import Testing

/// Preparing the heap from another thread must never change what the heap holds (it only makes pages present).
@Suite("Heap prefault")
struct HeapPrefaultTests {
    /// On the main thread, whose allocations come from the heap `HeapPrefault` prepares (as the fold's do).
    @MainActor
    @Test("values allocated on the main thread while another thread prepares the heap keep exactly what was written")
    func contentsUnchanged() {
        let prefault = HeapPrefault()
        defer { prefault.finish() }
        let running = Flag()
        let helper = Thread {
            while running.isSet { prefault.advance() }
        }
        helper.start()
        var blocks: [[UInt64]] = []
        for index in 0..<2_000 {
            // Sizes from a few words to a few pages, each filled with a pattern of its own.
            let count = 8 + (index * 37) % 3_000
            blocks.append((0..<count).map { UInt64(index) &* 0x9E37_79B9 &+ UInt64($0) })
            if index % 3 == 0 { blocks[index / 2] = [] }   // frees too, so that the heap's top moves both ways
        }
        running.clear()
        for (index, block) in blocks.enumerated() where !block.isEmpty {
            #expect(block == (0..<block.count).map { UInt64(index) &* 0x9E37_79B9 &+ UInt64($0) }, "block \(index)")
        }
    }
}

/// A flag one thread clears and another reads.
private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = true
    var isSet: Bool { lock.withLock { value } }
    func clear() { lock.withLock { value = false } }
}
