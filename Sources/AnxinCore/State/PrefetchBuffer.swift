import CPrefetch

/// Asks the processor to fetch the start of an array's buffer (its header and first elements: `lines` cache
/// lines), given where the array is stored: an array's one word is its buffer's address, read here without
/// retaining the buffer.
func prefetchBuffer(ofArrayAt address: UnsafeRawPointer, lines: Int = 2) {
    guard let buffer = anxin_load_pointer(address) else { return }
    anxin_prefetch_write(buffer)
    var line = 1
    while line < lines {
        anxin_prefetch(buffer + 64 * line)
        line += 1
    }
}
