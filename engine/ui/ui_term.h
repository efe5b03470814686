/* ui_term.h: a terminal emulator widget for the desktop, on libvterm. It keeps a cell grid
 * and a scrollback of lines that scrolled off the top, turns SDL key and text events into the
 * bytes a terminal sends (honouring the application cursor mode the program asked for), and
 * draws the grid with the monospace font. It knows nothing of shells or runs: display bytes
 * come in through ui_term_feed, keyboard bytes go out through the writer. */
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
void ui_term_free(UiTerm *t);              /* NULL-safe; drops its glyph textures */

/* Display bytes from the program (UTF-8, escape sequences). */
void ui_term_feed(UiTerm *t, const char *bytes, size_t n);
/* Where keyboard bytes go; NULL drops them. */
void ui_term_set_writer(UiTerm *t, UiTermWriteFn write, void *ud);

/* SDL_TEXTINPUT (typed text), SDL_KEYDOWN (Enter, Backspace, Tab, Esc, arrows, Home/End,
 * PgUp/PgDn, Insert/Delete, F1-F12, Ctrl+letter as its control character), SDL_MOUSEWHEEL and
 * Shift+PgUp/PgDn/Home/End (scroll the scrollback). Returns true when the event was used.
 * Any key sent to the program scrolls back to the bottom. */
bool ui_term_handle_event(UiTerm *t, const SDL_Event *ev);

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

/* Draws the grid (as currently scrolled) into area, clipped to it. Glyphs are cached as
 * textures of d->r; drawing with another renderer drops the cache first. */
void ui_term_render(UiTerm *t, UiDraw *d, SDL_Rect area);
/* The grid (at least 1 x 1) that ui_term_render fits into area with fonts->mono. */
void ui_term_fit(const UiFonts *fonts, SDL_Rect area, int *rows, int *cols);

/* The rows on view (as scrolled) as UTF-8 text, each without trailing blanks, joined with \n;
 * blank rows at the bottom are left out. Caller frees. */
char *ui_term_screen_text(UiTerm *t);

#endif
