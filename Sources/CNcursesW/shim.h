/* The wide-character ncurses API for Swift 6: the defines must come before any include (SwiftPM drops the
   -D flags of ncursesw.pc), and globals such as stdscr are wrapped in functions (Swift 6 rejects them as
   not concurrency-safe). */
#define _XOPEN_SOURCE 700
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <string.h>
#include <stdio.h>
#include <ncursesw/ncurses.h>

static inline WINDOW *anx_stdscr(void) { return stdscr; }
static inline int anx_LINES(void) { return LINES; }
static inline int anx_COLS(void) { return COLS; }
static inline int anx_COLORS(void) { return COLORS; }
static inline attr_t anx_A_NORMAL(void) { return A_NORMAL; }
static inline attr_t anx_A_BOLD(void) { return A_BOLD; }
static inline attr_t anx_A_REVERSE(void) { return A_REVERSE; }
static inline attr_t anx_A_DIM(void) { return A_DIM; }
static inline attr_t anx_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline int anx_KEY_F(int n) { return KEY_F(n); }
static inline mmask_t anx_BUTTON1_CLICKED(void) { return BUTTON1_CLICKED; }
static inline mmask_t anx_BUTTON1_PRESSED(void) { return BUTTON1_PRESSED; }
static inline mmask_t anx_BUTTON4_PRESSED(void) { return BUTTON4_PRESSED; }
static inline mmask_t anx_BUTTON5_PRESSED(void) { return BUTTON5_PRESSED; }
static inline mmask_t anx_ALL_MOUSE_EVENTS(void) { return ALL_MOUSE_EVENTS; }
static inline int anx_COLOR_PAIR(int n) { return COLOR_PAIR(n); }

/* Writes one cell: a grapheme's wide characters with attributes and a colour pair. */
static inline int anx_put_cell(WINDOW *win, int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(win, y, x, &cell);
}

/* newterm on the standard streams: unlike initscr it returns NULL for an unusable TERM instead of exiting. */
static inline SCREEN *anx_newterm(void) { return newterm(NULL, stdout, stdin); }
static inline int anx_codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0 || strcmp(codeset, "UTF8") == 0);
}
