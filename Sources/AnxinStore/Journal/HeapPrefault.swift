import CHeap
#if canImport(Glibc)
import Glibc
#endif

/// Makes the memory the fold is about to grow into present before it gets there, from the decoding thread.
///
/// The folded state of a large journal is hundreds of megabytes allocated by the folding thread, whose first
/// write to each new page stopped it for the kernel to find and clear the page (a tenth of its time on a
/// province-sized store). The folding thread's allocations come from the top of the process's heap, which
/// grows by moving the program break: the decoding thread, which has time to spare, asks the kernel to make
/// the pages between what it prepared before and the current break present (`MADV_POPULATE_WRITE`: the pages
/// are made ready as a write would, with nothing written to them, so it is safe whatever the heap holds).
/// The heap is asked to grow in steps of `pad` and not to give memory back below twice that, so the break
/// stays a little ahead of the fold; at most `pad` bytes beyond what the state uses are ever made present.
///
/// Linux with glibc only (elsewhere, and on kernels before 5.14, which do not know the request, it does
/// nothing). Used by one decoding thread at a time.
final class HeapPrefault: @unchecked Sendable {
    static let pad = 16 << 20
    private static let pageSize = 4096
    private var preparedEnd: UInt = 0
    private var enabled = false

    init() {
        #if os(Linux) && canImport(Glibc)
        guard anxin_heap_grow_in_steps(Int32(HeapPrefault.pad)) == 1, let current = sbrk(0) else { return }
        preparedEnd = HeapPrefault.pageStart(UInt(bitPattern: current)) + UInt(HeapPrefault.pageSize)
        enabled = true
        #endif
    }

    private static func pageStart(_ address: UInt) -> UInt { address & ~UInt(pageSize - 1) }

    /// Prepares the pages up to the current break (a few megabytes at a time; called between chunks).
    func advance() {
        #if os(Linux) && canImport(Glibc)
        guard enabled, let current = sbrk(0) else { return }
        let end = HeapPrefault.pageStart(UInt(bitPattern: current))
        guard end > preparedEnd else { return }
        let length = min(Int(end - preparedEnd), 4 << 20)
        // MADV_POPULATE_WRITE is 23 (Linux 5.14); an older kernel answers EINVAL: stop asking.
        if madvise(UnsafeMutableRawPointer(bitPattern: preparedEnd), length, 23) != 0 && errno == EINVAL {
            enabled = false
            return
        }
        preparedEnd += UInt(length)
        #endif
    }
}
