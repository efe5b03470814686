/* ui_list.h: the pieces the list-and-detail apps (chat, tickets) share: the left list column
 * (title, section labels, rows with an avatar, a subtitle, a status pill or an unread count),
 * avatars, pills, one-line text cut with an ellipsis, and the error line a refused learner
 * action leaves in a panel. Layout constants are here so each app and its
 * tests compute the same row rectangles. */
#ifndef WORKSIM_UI_LIST_H
#define WORKSIM_UI_LIST_H

#include "ui/ui.h"

enum {
    UI_LIST_TITLE_H = 60,     /* the column's title band (the detail's header has the same height) */
    UI_LIST_SECTION_H = 30,   /* a section label ("Channels") */
    UI_LIST_ROW_H = 34,       /* a one-line row */
    UI_LIST_ROW2_H = 50,      /* a row with a subtitle */
    UI_ERROR_LINE_H = 30,
};

typedef struct UiListRow {
    const char *title;
    const char *subtitle;     /* second line, dimmed; NULL: one-line row */
    const char *avatar;       /* a name whose initials go in a round avatar; NULL: none */
    const char *avatar_seed;  /* picks the avatar's colour (an id); NULL: avatar */
    const char *pill;         /* a status pill at the right; NULL: none */
    SDL_Color pill_bg, pill_fg;
    int unread;               /* > 0: a count at the right and a bold title */
    bool marked;              /* a small accent dot before the title (changed since last opened) */
    bool dim;                 /* greyed out (not actionable yet) */
} UiListRow;

/* The column's background, right border and title (cut to fit). */
void ui_list_column(UiDraw *d, SDL_Rect column, const char *title);
void ui_list_section(UiDraw *d, SDL_Rect r, const char *label);
void ui_list_row(UiDraw *d, SDL_Rect r, const UiListRow *row, bool selected);

/* A round avatar of diameter size with the initials of name, coloured by seed. */
void ui_avatar(UiDraw *d, int x, int y, int size, const char *name, const char *seed);
/* A pill in the small font with top-left (x, y); returns its width. */
int ui_pill(UiDraw *d, int x, int y, const char *text, SDL_Color bg, SDL_Color fg);
int ui_pill_width(UiDraw *d, const char *text);
int ui_pill_height(UiDraw *d);
/* One line of text cut with "…" to fit width w; returns the width drawn. */
int ui_text_fit(UiDraw *d, TTF_Font *f, int x, int y, int w, SDL_Color c, const char *utf8);
/* A refused action's message: a tinted band with a red bar, one line cut to fit. */
void ui_error_line(UiDraw *d, SDL_Rect r, const char *text);
/* A note (status, hint): a tinted box with a bar in fg at its left and the text wrapped in
 * width w at (x, y); returns its height and draws only when draw is set. */
int ui_note(UiDraw *d, int x, int y, int w, const char *text, SDL_Color tint, SDL_Color fg, bool draw);

/* Background tints for status pills and notes. */
extern const SDL_Color UI_TINT_ACCENT, UI_TINT_OK, UI_TINT_FAIL, UI_TINT_WARN, UI_TINT_GREY, UI_TINT_REVIEW,
    UI_REVIEW;

#endif
