/* ui.h: what every part of the SDL desktop shares: fonts, the colour theme, drawing helpers
 * and the view interface the desktop's apps (chat, tickets, terminal, review, score) implement.
 * Only engine/ui includes SDL; the core never does. Views read the Run through run.h and send
 * the learner's actions through run_learner_*; they keep no copy of the run's state. */
#ifndef WORKSIM_UI_H
#define WORKSIM_UI_H

#include <SDL.h>
#include <SDL_ttf.h>
#include <stdbool.h>

#include "core/run.h"

typedef struct UiFonts {
    TTF_Font *ui;        /* DejaVu Sans 15 px: body text */
    TTF_Font *ui_bold;   /* DejaVu Sans Bold 15 px: names, titles */
    TTF_Font *small;     /* DejaVu Sans 12 px: timestamps, badges, hints */
    TTF_Font *mono;      /* DejaVu Sans Mono 14 px: terminal, diffs, command output */
    TTF_Font *title;     /* DejaVu Sans Bold 34 px: large headings (the run's outcome and score) */
    TTF_Font *italic;    /* DejaVu Sans Oblique 15 px, or DejaVu Sans slanted by SDL_ttf */
    TTF_Font *emoji;     /* Noto Color Emoji at its one bitmap size (scaled when drawn); NULL if absent */
    int ui_h, small_h, title_h;   /* line heights (TTF_FontLineSkip) */
    int mono_w, mono_h;  /* monospace cell size */
    double scale;        /* the sizes above are this times the defaults (ui_settings.h) */
    struct UiTextCache *texts;   /* texts drawn with these fonts, as textures (ui_text_cache.h);
                                    NULL: drawn anew each time */
} UiFonts;

/* The palette (light desk, dark terminal). */
extern const SDL_Color UI_BG, UI_PANEL, UI_SIDEBAR, UI_BORDER, UI_TEXT, UI_TEXT_DIM, UI_ACCENT,
    UI_ACCENT_TEXT, UI_OK, UI_FAIL, UI_WARN, UI_SELECTED, UI_TERM_BG, UI_TERM_FG;

/* Drawing context handed to views each frame. */
typedef struct UiDraw {
    SDL_Renderer *r;
    const UiFonts *fonts;
    int mouse_x, mouse_y;
} UiDraw;

/* Drawing helpers (ui_draw.c). Text is UTF-8; untrusted text is drawn as text, never
 * interpreted. Each returns the height it used. */
void ui_fill(UiDraw *d, SDL_Rect r, SDL_Color c);
void ui_frame(UiDraw *d, SDL_Rect r, SDL_Color c);
/* A rectangle with rounded corners and anti-aliased edges (radius is clamped to half the
 * smaller side: a pill or a circle), and one with a 1 px border in border around fill. */
void ui_fill_round(UiDraw *d, SDL_Rect r, int radius, SDL_Color c);
void ui_fill_round_bordered(UiDraw *d, SDL_Rect r, int radius, SDL_Color fill, SDL_Color border);
/* c at opacity alpha/255 over white (an opaque colour, for tinted backgrounds). */
SDL_Color ui_tint(SDL_Color c, int alpha);
int ui_text(UiDraw *d, TTF_Font *f, int x, int y, SDL_Color c, const char *utf8);
/* The text stretched into the rectangle, smoothly (a bitmap emoji font at a line's height). */
void ui_text_in(UiDraw *d, TTF_Font *f, SDL_Rect into, SDL_Color c, const char *utf8);
/* Word-wraps utf8 into width w (hard newlines kept, over-long words broken); draws lines
 * from y while they fit above max_y (max_y <= 0: no limit); returns the height of all lines. */
int ui_text_wrapped(UiDraw *d, TTF_Font *f, int x, int y, int w, int max_y, SDL_Color c, const char *utf8);
int ui_text_height(TTF_Font *f, int w, const char *utf8);   /* what ui_text_wrapped would use */
int ui_text_width(TTF_Font *f, const char *utf8);
/* A push button; returns true when (x,y) is inside it (for hit testing with the same rect). */
void ui_button(UiDraw *d, SDL_Rect r, const char *label, bool primary, bool enabled);
bool ui_hit(SDL_Rect r, int x, int y);
/* The keyboard focus: a 2 px accent ring just outside r. */
void ui_focus_ring(UiDraw *d, SDL_Rect r);

/* One app of the desktop. self is the app's own state. */
typedef struct UiView {
    const char *title;                                     /* taskbar label */
    void *self;
    void (*render)(void *self, UiDraw *d, SDL_Rect area);
    /* Returns true when the event was used (key, text input, click, wheel in area). */
    bool (*handle_event)(void *self, const SDL_Event *ev, SDL_Rect area);
    int (*badge)(void *self);                              /* unread items for the taskbar; may be NULL */
    void (*focus)(void *self, bool focused);               /* shown / hidden; may be NULL */
    void (*free)(void *self);
} UiView;

#endif
