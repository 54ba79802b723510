import CPrefetch

/// An array's buffer starts with a 32-byte header (the object's 16, then count and capacity), then its elements.
private let arrayHeaderBytes = 32

/// Asks the processor to fetch the start of an array's buffer (its header and first `count` elements), given
/// where the array is stored: an array's one word is its buffer's address, read here without retaining the
/// buffer.
func prefetchBuffer<Element>(ofArrayAt address: UnsafeRawPointer, first count: Int, of type: Element.Type) {
    guard let buffer = anxin_load_pointer(address) else { return }
    anxin_prefetch_write(buffer)
    let lines = (arrayHeaderBytes + count * MemoryLayout<Element>.stride + 63) / 64
    var line = 1
    while line < lines {
        anxin_prefetch(buffer + 64 * line)
        line += 1
    }
}
