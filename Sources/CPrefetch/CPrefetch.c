// Everything is in include/CPrefetch.h (static inline: each call compiles to one instruction).
