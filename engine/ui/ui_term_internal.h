/* ui_term_internal.h: what the terminal widget's files (ui_term.c: screen, scrollback,
 * keyboard; ui_term_select.c: the mouse selection; ui_term_draw.c: glyph cache and drawing)
 * share and nothing else includes: the cell model, the UiTerm struct and a few helpers. */
#ifndef WORKSIM_UI_TERM_INTERNAL_H
#define WORKSIM_UI_TERM_INTERNAL_H

#include "ui/ui_term.h"

#include <stdint.h>
#include <vterm.h>

enum {
    CELL_BOLD = 1 << 0,
    CELL_UNDERLINE = 1 << 1,
    CELL_REVERSE = 1 << 2,
    CELL_STRIKE = 1 << 3,
    CELL_DEFAULT_FG = 1 << 4,
    CELL_DEFAULT_BG = 1 << 5,
    CELL_WIDE = 1 << 6,     /* a double-width character; the next cell continues it */
    CELL_CONT = 1 << 7      /* the right half of a double-width character */
};

enum { WHEEL_LINES = 3, GLYPH_CACHE_MAX = 4096 };

/* One cell as shown, with its colours already resolved to RGB. ch 0 is blank. */
typedef struct TermCell {
    uint32_t ch;
    SDL_Color fg, bg;
    uint8_t flags;
} TermCell;

typedef struct SbLine {
    int n;                 /* cells kept (trailing blanks dropped) */
    TermCell *cells;
} SbLine;

/* A cell of the whole history: line is absolute (see sb_total), col 0..cols-1. */
typedef struct SelPos {
    long line;
    int col;
} SelPos;

typedef enum { SEL_CELLS, SEL_WORDS, SEL_LINES } SelMode;

typedef struct Glyph {
    uint32_t key;          /* codepoint | bold bit; 0 = free slot */
    SDL_Texture *tex;
    int w, h;
} Glyph;

struct UiTerm {
    VTerm *vt;
    VTermScreen *screen;
    VTermState *state;
    int rows, cols;
    UiTermWriteFn write;
    void *write_ud;

    SbLine sb[UI_TERM_SCROLLBACK];   /* ring: oldest at sb_start */
    int sb_start, sb_count;
    int scroll;                      /* lines above the bottom on view */
    long sb_total;                   /* absolute line number of the screen's top row: lines
                                        pushed minus lines popped, ever */

    bool cursor_visible, focused, altscreen;
    uint8_t esc_state;               /* where the fed bytes stand in an escape sequence (ui_term_flood.c) */

    /* The selection, inclusive and ordered (start <= end), valid when sel_active. A drag
     * grows it from the anchor (one cell, or the word or line double/triple-clicked). */
    bool sel_active, sel_dragging;
    SelMode sel_mode;
    SelPos sel_start, sel_end, anchor_lo, anchor_hi;

    SDL_Renderer *glyph_r;           /* the renderer the cached textures belong to */
    Glyph *glyphs;
    size_t glyph_cap, glyph_n;
};

#define GLYPH_BOLD (1u << 31)   /* a glyph cache key: bold face */

bool term_pos_before(SelPos a, SelPos b);
TermCell term_abs_cell(UiTerm *t, long line, int col);
long term_display_line(const UiTerm *t, int row);
void term_glyphs_clear(UiTerm *t);
void term_cell_size(const UiFonts *fonts, int *cw, int *ch);
bool term_is_selected(const UiTerm *t, long line, int col);
/* Feeds bytes to libvterm; floods of plain lines take a shortcut (ui_term_flood.c). */
void term_feed(UiTerm *t, const char *bytes, size_t n);
/* The scrollback (ui_term.c): a row of cols cells pushed as libvterm would push it; all rows
 * dropped (the selection with them). */
void term_sb_push(UiTerm *t, int cols, const VTermScreenCell *cells);
void term_sb_clear(UiTerm *t);

#endif
