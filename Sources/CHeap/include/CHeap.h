// glibc's heap tuning, which Swift cannot reach by itself (malloc.h is not part of the Glibc module).
// `HeapPrefault` uses it to keep the heap's top a few megabytes ahead of the fold.
#ifndef ANXIN_CHEAP_H
#define ANXIN_CHEAP_H

#if defined(__linux__)
#include <features.h>   // defines __GLIBC__ on glibc
#endif

#if defined(__GLIBC__)
#include <malloc.h>

/// Grow the heap's top in steps of `pad` bytes and give memory back only beyond twice that. 1 when set.
static inline int anxin_heap_grow_in_steps(int pad) {
    return mallopt(M_TOP_PAD, pad) == 1 && mallopt(M_TRIM_THRESHOLD, 2 * pad) == 1;
}

/// Back to glibc's default steps (128 KiB each). Its adaptive threshold for serving large blocks from mmap,
/// turned off by the first `mallopt`, stays off: blocks of 128 KiB and more are mmapped, as before it adapts.
static inline void anxin_heap_default_steps(void) {
    mallopt(M_TOP_PAD, 128 * 1024);
    mallopt(M_TRIM_THRESHOLD, 128 * 1024);
}
#else
static inline int anxin_heap_grow_in_steps(int pad) {
    (void)pad;
    return 0;
}

static inline void anxin_heap_default_steps(void) {}
#endif

#endif
