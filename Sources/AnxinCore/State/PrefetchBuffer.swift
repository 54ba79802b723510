import CPrefetch

/// Asks the processor to fetch the start of an array's buffer (its header and first elements), given where the
/// array is stored: an array's one word is its buffer's address, read here without retaining the buffer.
func prefetchBuffer(ofArrayAt address: UnsafeRawPointer) {
    guard let buffer = anxin_load_pointer(address) else { return }
    anxin_prefetch_write(buffer)
    anxin_prefetch(buffer + 64)
}
