/* ui_term.h: a terminal emulator widget for the desktop, on libvterm. It keeps a cell grid
 * and a scrollback of lines that scrolled off the top, turns SDL key and text events into the
 * bytes a terminal sends (honouring the application cursor mode the program asked for), and
 * draws the grid with the monospace font. The learner selects text with the mouse and copies it
 * with Ctrl+Shift+C. It knows nothing of shells or runs: display bytes come in through
 * ui_term_feed, keyboard bytes go out through the writer. */
#ifndef WORKSIM_UI_TERM_H
#define WORKSIM_UI_TERM_H

#include <stdbool.h>
#include <stddef.h>

#include "ui/ui.h"

typedef struct UiTerm UiTerm;

/* Bytes the terminal sends to the program: keystrokes and replies to terminal queries. */
typedef void (*UiTermWriteFn)(void *ud, const char *bytes, size_t n);

enum {
    UI_TERM_SCROLLBACK = 2000,   /* lines kept above the screen */
    UI_TERM_PAD = 4              /* pixels between the area's edge and the grid */
};

UiTerm *ui_term_new(int rows, int cols);   /* rows, cols >= 1 (smaller values are raised) */
void ui_term_free(UiTerm *t);              /* NULL-safe; drops its glyph atlas */

/* Display bytes from the program (UTF-8, escape sequences). */
void ui_term_feed(UiTerm *t, const char *bytes, size_t n);
/* Where keyboard bytes go; NULL drops them. */
void ui_term_set_writer(UiTerm *t, UiTermWriteFn write, void *ud);

/* SDL_TEXTINPUT (typed text), SDL_KEYDOWN (Enter, Backspace, Tab, Esc, arrows, Home/End,
 * PgUp/PgDn, Insert/Delete, F1-F12, Ctrl+letter as its control character; Ctrl+Shift+C copies
 * the selection), SDL_MOUSEWHEEL and Shift+PgUp/PgDn/Home/End (scroll the scrollback). Returns
 * true when the event was used. Any key sent to the program scrolls back to the bottom. Mouse
 * buttons and motion need the area: see ui_term_handle_mouse. */
bool ui_term_handle_event(UiTerm *t, const SDL_Event *ev);

/* ---- selection and copy ----
 * Left press + drag selects cells from the press to the pointer, row after row (as xterm);
 * a double-click selects a word (letters, digits and -_./~@%+=#?&: run together), a triple
 * click the row, and dragging on from either grows it by words or rows. The selection stays
 * after the release until the next press; it follows its text as output scrolls it into the
 * scrollback and is cleared when output rewrites a selected cell, when its first line leaves
 * the scrollback, and on resize. Nothing is copied until Ctrl+Shift+C. */
extern const SDL_Color UI_TERM_SEL_BG;   /* background of selected cells (their text keeps its colour) */

/* SDL_MOUSEBUTTONDOWN/UP (left button) and SDL_MOUSEMOTION in window pixels, for a grid drawn
 * by ui_term_render into area with fonts->mono. Returns true when the event was used (a press
 * in area, motion or release of a drag). Motion without the left button held ends a drag
 * whose release happened elsewhere. */
bool ui_term_handle_mouse(UiTerm *t, const SDL_Event *ev, SDL_Rect area, const UiFonts *fonts);
/* Selects from (row0, col0) to (row1, col1) inclusive, in display cells as currently scrolled
 * (clamped to the grid), as a drag between them would. */
void ui_term_select(UiTerm *t, int row0, int col0, int row1, int col1);
void ui_term_select_clear(UiTerm *t);
bool ui_term_has_selection(const UiTerm *t);
/* The selected text: each row without its trailing blanks, rows joined by \n (also a long line
 * libvterm wrapped: 0.1.4 does not tell which rows continue). NULL when nothing is selected.
 * Caller frees. */
char *ui_term_selection_text(UiTerm *t);
/* Puts the selected text on the clipboard (SDL_SetClipboardText: needs SDL's video subsystem).
 * Returns false when nothing is selected or SDL refused. */
bool ui_term_copy(UiTerm *t);

/* Types utf8 as one paste: wrapped in bracketed-paste marks when the program asked for them
 * (so a shell does not run pasted lines one by one), newlines sent as Enter. Ctrl+Shift+V and
 * Shift+Insert paste the clipboard through this. */
void ui_term_paste(UiTerm *t, const char *utf8);

/* Changes the grid; the content is kept (rows taken from or given back to the scrollback). */
void ui_term_resize(UiTerm *t, int rows, int cols);
void ui_term_size(const UiTerm *t, int *rows, int *cols);

/* Scrolls the view lines up (positive, into the scrollback) or down; clamped. */
void ui_term_scroll(UiTerm *t, int lines);
int ui_term_scroll_offset(const UiTerm *t);     /* lines above the bottom; 0 = live screen */
int ui_term_scrollback_lines(const UiTerm *t);  /* lines held in the scrollback */

/* Whether the cursor is drawn as a solid block (focused) or an outline. Default: focused. */
void ui_term_set_focused(UiTerm *t, bool focused);

/* Draws the grid (as currently scrolled) into area, clipped to it, in a few draw calls: glyphs
 * are cached in one atlas texture of d->r; drawing with another renderer or font starts it anew. */
void ui_term_render(UiTerm *t, UiDraw *d, SDL_Rect area);
/* The grid (at least 1 x 1) that ui_term_render fits into area with fonts->mono. */
void ui_term_fit(const UiFonts *fonts, SDL_Rect area, int *rows, int *cols);

/* The rows on view (as scrolled) as UTF-8 text, each without trailing blanks, joined with \n;
 * blank rows at the bottom are left out. Caller frees. */
char *ui_term_screen_text(UiTerm *t);

#endif
