/* ui_term_internal.h: what the terminal widget's files (ui_term.c: screen, scrollback,
 * keyboard; ui_term_select.c: the mouse selection; ui_term_draw.c: drawing; ui_term_atlas.c:
 * the glyph atlas and quad batches; ui_term_flood.c: floods of plain lines)
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

enum { WHEEL_LINES = 3, GLYPH_CACHE_MAX = 4096, TERM_ATLAS_SIZE = 1024 };
enum { CSI_ARGS_KEPT = 16 };   /* a CSI with more arguments is dropped (libvterm 0.1.4 overflows) */

/* One cell as shown, with its colours already resolved to RGB. ch 0 is blank. */
typedef struct TermCell {
    uint32_t ch;
    SDL_Color fg, bg;
    uint8_t flags;
} TermCell;

typedef struct SbLine {
    int n;                 /* cells kept (trailing blanks dropped) */
    int cap;               /* cells the buffer holds: kept when the line is dropped, for the next */
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
    bool drawn;            /* the font has it: its pixels are at src in the atlas */
    SDL_Rect src;
} Glyph;

/* The glyphs of one face, white, in one texture of one renderer (ui_term_atlas.c). */
typedef struct GlyphAtlas {
    SDL_Renderer *r;
    TTF_Font *font;
    int font_h;
    SDL_Texture *tex;
    int shelf_x, shelf_y, shelf_h;   /* where the next glyph goes */
    Glyph *glyphs;                   /* hash table by key */
    size_t cap, n;
} GlyphAtlas;

/* Quads drawn by one SDL_RenderGeometry call; kept between frames. */
typedef struct QuadBatch {
    SDL_Vertex *verts;
    int *idx;
    int n, cap;                      /* quads */
} QuadBatch;

struct UiTerm {
    VTerm *vt;
    VTermScreen *screen;
    VTermState *state;
    int rows, cols;
    UiTermWriteFn write;
    void *write_ud;

    SbLine sb[UI_TERM_SCROLLBACK];   /* ring: oldest at sb_start */
    TermCell *sb_row;                /* a row being pushed, before its trailing blanks go */
    int sb_row_cap;
    int sb_start, sb_count;
    int scroll;                      /* lines above the bottom on view */
    long sb_total;                   /* absolute line number of the screen's top row: lines
                                        pushed minus lines popped, ever */
    VTerm *rows_vt;                  /* one row: turns a flood's coloured lines into scrollback
                                        rows (ui_term_flood.c); NULL until one comes */
    int sb_mute;                     /* lines libvterm pushes that are dropped, not kept */

    bool cursor_visible, focused, altscreen;
    uint8_t esc_state;               /* where the fed bytes stand in an escape sequence (ui_term_flood.c) */
    int csi_seps;                    /* argument separators of the CSI being read */

    /* The selection, inclusive and ordered (start <= end), valid when sel_active. A drag
     * grows it from the anchor (one cell, or the word or line double/triple-clicked). */
    bool sel_active, sel_dragging;
    SelMode sel_mode;
    SelPos sel_start, sel_end, anchor_lo, anchor_hi;

    /* Drawing (ui_term_draw.c), kept between frames: the cells on view and their text
     * colour, the atlas, and a frame's quads: backgrounds, glyphs, under- and strike lines. */
    TermCell *view_cells;
    SDL_Color *view_fg;
    size_t view_cap;
    GlyphAtlas atlas;
    QuadBatch bg_quads, glyph_quads, line_quads;
};

#define GLYPH_BOLD (1u << 31)   /* a glyph cache key: bold face */

bool term_pos_before(SelPos a, SelPos b);
TermCell term_abs_cell(UiTerm *t, long line, int col);
long term_display_line(const UiTerm *t, int row);
/* ui_term_atlas.c. Where glyph ch (bold: of the bold face) is in t->atlas, drawn there when new
 * (a full atlas first draws t->glyph_quads, then starts over); false when the font has none. */
bool term_atlas_glyph(UiTerm *t, UiDraw *d, uint32_t ch, bool bold, SDL_Rect *src);
void term_atlas_free(GlyphAtlas *a);
/* Queues dst in colour c, textured by src of a tex_w x tex_h texture unless src is NULL. */
void term_batch_quad(QuadBatch *b, SDL_Rect dst, SDL_Color c, const SDL_Rect *src, int tex_w, int tex_h);
void term_batch_draw(QuadBatch *b, SDL_Renderer *r, SDL_Texture *tex);   /* and empties it */
void term_batch_free(QuadBatch *b);
/* Frees what drawing keeps: the atlas, the batches, the cells on view. */
void term_draw_free(UiTerm *t);
void term_cell_size(const UiFonts *fonts, int *cw, int *ch);
bool term_is_selected(const UiTerm *t, long line, int col);
/* Feeds bytes to libvterm; floods of plain or coloured lines take a shortcut (ui_term_flood.c). */
void term_feed(UiTerm *t, const char *bytes, size_t n);
/* The scrollback (ui_term.c): a row of cols cells pushed as libvterm would push it; all rows
 * dropped (the selection with them). */
void term_sb_push(UiTerm *t, int cols, const VTermScreenCell *cells);
void term_sb_clear(UiTerm *t);
/* Pushes a row of len (<= cols) printable ASCII characters in pen, the rest of the row blank
 * in pen, as libvterm would push it (a flood's lines: ui_term_flood.c). */
void term_sb_push_ascii(UiTerm *t, TermCell pen, const char *ascii, int len);
TermCell term_cell_from_vterm(const UiTerm *t, const VTermScreenCell *vc);

#endif
