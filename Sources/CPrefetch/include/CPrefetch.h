// A hint to the processor that memory will soon be used (GCC/Clang's __builtin_prefetch), which Swift cannot
// say by itself. The fold uses it to fetch the next event's roster slot and record while judging this one.
#ifndef ANXIN_CPREFETCH_H
#define ANXIN_CPREFETCH_H

/// Fetch for reading.
static inline void anxin_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

/// Fetch for writing (the line arrives ready to be changed: reference counts, fields the fold sets).
static inline void anxin_prefetch_write(const void *address) {
    __builtin_prefetch(address, 1, 3);
}

/// The word stored at an address, read as a pointer without the language taking ownership of it.
static inline const void *anxin_load_pointer(const void *address) {
    return *(const void *const *)address;
}

#endif
