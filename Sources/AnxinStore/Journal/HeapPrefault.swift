import CHeap
#if canImport(Glibc)
import Glibc
#endif

/// Makes the memory the fold is about to grow into present before it gets there, from the decoding thread.
///
/// The folded state of a large journal is hundreds of megabytes allocated by the folding thread, whose first
/// write to each new page stopped it for the kernel to find and clear the page (a tenth of its time on a
/// province-sized store). The fold runs on the main thread, whose allocations come from glibc's main arena at
/// the top of the process's heap, which grows by moving the program break: the decoding thread, which has
/// time to spare, asks the kernel to make the pages between what it prepared before and the current break
/// present (`MADV_POPULATE_WRITE`: the pages are made ready as a write would, with nothing written to them,
/// so it is safe whatever the heap holds; a break that moved back meanwhile only makes the request fail).
/// While a load runs, the heap grows in steps of `pad` and gives memory back only beyond twice that, so the
/// break stays a little ahead of the fold: up to about twice `pad` of free heap may stay present. `finish`
/// puts glibc's steps back (see `anxin_heap_default_steps` for what stays changed).
///
/// Linux with glibc only; elsewhere, and where the kernel refuses the request (before 5.14, or in a sandbox),
/// it does nothing. `advance` is used by one decoding thread at a time. (`sbrk(0)` reads glibc's record of
/// the break, which the folding thread's allocations move: a word read, at worst a step behind.)
final class HeapPrefault: @unchecked Sendable {
    static let pad = 16 << 20
    private var preparedEnd: UInt = 0
    private var enabled = false

    init() {
        #if os(Linux) && canImport(Glibc)
        guard anxin_heap_grow_in_steps(Int32(HeapPrefault.pad)) == 1, let current = sbrk(0) else { return }
        preparedEnd = HeapPrefault.pageStart(UInt(bitPattern: current)) + UInt(HeapPrefault.pageSize)
        enabled = true
        #endif
    }

    /// The system's page size (4 KiB here; 16 or 64 KiB on some ARM kernels).
    private static let pageSize: Int = {
        #if os(Linux) && canImport(Glibc)
        return max(Int(sysconf(Int32(_SC_PAGESIZE))), 4096)
        #else
        return 4096
        #endif
    }()

    private static func pageStart(_ address: UInt) -> UInt { address & ~UInt(pageSize - 1) }

    /// Glibc's own steps again (the load is over).
    func finish() {
        anxin_heap_default_steps()
    }

    /// Prepares the pages up to the current break (a few megabytes at a time; called between chunks).
    func advance() {
        #if os(Linux) && canImport(Glibc)
        guard enabled, let current = sbrk(0) else { return }
        let end = HeapPrefault.pageStart(UInt(bitPattern: current))
        guard end > preparedEnd else { return }
        let length = min(Int(end - preparedEnd), 4 << 20)
        // MADV_POPULATE_WRITE is 23 (Linux 5.14). A refusal (an older kernel, a sandbox) stops the asking: the
        // fold then makes its pages present itself, as it always could.
        if madvise(UnsafeMutableRawPointer(bitPattern: preparedEnd), length, 23) != 0 {
            enabled = false
            return
        }
        preparedEnd += UInt(length)
        #endif
    }
}
