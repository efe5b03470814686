/* ui_home_internal.h: the home's state, shared by its files only: ui_home.c (state, filter,
 * focus and events), ui_home_draw.c (the page and its cards), ui_home_overlay.c (the
 * scenario's detail and the learner picker), ui_home_side.c (the column beside the cards and
 * its list of sections), ui_home_tracks.c (the tracks and skills sections) and
 * ui_home_resume.c (the interrupted run's card). */
#ifndef WORKSIM_UI_HOME_INTERNAL_H
#define WORKSIM_UI_HOME_INTERNAL_H

#include "ui/ui_home.h"
#include "ui/ui_textfield.h"

enum {
    HOME_PAD = 28, HOME_CARD_W = 292, HOME_CARD_H = 184, HOME_GAP = 16, HOME_CONTROL_H = 36,
    HOME_SEARCH_W = 300, HOME_DETAIL_W = 640, HOME_PICKER_W = 300, HOME_PICKER_ROW_H = 36,
    HOME_SIDE_MIN_W = 300, HOME_SIDE_MAX_W = 400, HOME_STEP_CHIP = 30, HOME_RESUME_H = 64,
};

#define HOME_FACETS 3   /* family, level, skill (CatalogFacet order) */

struct UiHome {
    const UiFonts *fonts;
    const Catalog *cat;
    char *learner;
    char **learners;
    int n_learners;
    const char **facet_values[HOME_FACETS];
    int n_facet[HOME_FACETS];
    char *facet_pick[HOME_FACETS];   /* the chosen value (a copy), NULL: all */
    UiTextField search;
    int *visible, n_visible;         /* catalog indexes passing the filter, in catalog order */
    int selected;                    /* catalog index of the selected card, -1: none */
    UiHomeFocus focus;
    bool detail;                     /* a scenario's detail is open */
    int detail_entry;                /* its catalog index */
    int detail_track, detail_step;   /* opened from this track step (-1: from a card) */
    int detail_focus;                /* 0 Start, 1 Back */
    bool picker;                     /* the learner picker is open */
    int picker_row;                  /* a learner, or n_learners: the new learner's field */
    UiTextField new_learner;
    const char *picker_error;        /* why the typed name cannot be a learner (static) */
    int scroll, content_h, cols;
    bool reveal_selected;            /* the next frame scrolls the selected card into view */
    int mouse_x, mouse_y;
    /* The tracks (cat->progress->tracks): the focused step; reveal_step: the next frame
     * scrolls the side column to it (its top and bottom, in the column's content, are noted
     * while drawing). */
    int track_at, step_at;
    bool reveal_step;
    int step_top, step_bottom;
    /* The interrupted run offered first (ui_home_set_resume). */
    bool has_resume;
    char *resume_scenario, *resume_title;
    double resume_elapsed, resume_left;
    int resume_focus;                /* 0 Resume, 1 Start over */
    /* The side column: its scroll and content height. */
    int side_scroll, side_content_h;
    /* Where things were last drawn. */
    int width, height;
    SDL_Rect controls[UI_HOME_FOCUS_CARDS], grid;
    SDL_Rect history_button;         /* the top bar's entry to the learner's past runs */
    SDL_Rect *cards;                 /* one per visible card */
    SDL_Rect detail_box, detail_buttons[2];
    SDL_Rect picker_box, *picker_rows;   /* n_learners + 1 rows */
    SDL_Rect side;                   /* the side column (w 0: not shown) */
    SDL_Rect *step_rects;            /* every track's steps, track after track (home_step_slot) */
    int n_step_rects;
    SDL_Rect resume_box, resume_buttons[2];   /* w 0: no card */
    UiHomeAction action;
    char *action_arg;
    char *notice;                    /* an error line under the heading; NULL: none */
    /* The dimmed page beneath an open overlay (ui_home_backdrop.c), the renderer it belongs
     * to, the size and text cache it was drawn with, and whether the page changed since. */
    SDL_Texture *backdrop;
    SDL_Renderer *backdrop_r;
    int backdrop_w, backdrop_h;
    const void *backdrop_texts;
    bool backdrop_stale;
    bool draw_page_always;           /* ui_home_keep_backdrop(false): no backdrop kept */
};

/* ui_home_backdrop.c: the page, or with an overlay open the dimmed page (drawn once, copied
 * after); stale: the page changed; release: let the texture go (freed if it is r's). */
void home_draw_backdrop(UiHome *home, UiDraw *d);
void home_backdrop_stale(UiHome *home);
void home_backdrop_release(UiHome *home, SDL_Renderer *r);

/* ui_home_draw.c */
void home_draw_page(UiHome *home, UiDraw *d);
/* The grid's layout for the current width: columns and every visible card's rect (scrolled). */
void home_layout(UiHome *home);
/* ui_home_overlay.c */
void home_draw_detail(UiHome *home, UiDraw *d);
void home_draw_picker(UiHome *home, UiDraw *d);
/* "Family: all", "Level: junior" */
char *home_facet_label(const UiHome *home, int facet);
/* Opens the detail of catalog entry i, from track step (track, step) or from a card (-1). */
void home_open_detail(UiHome *home, int i, int track, int step);
/* The page's section between the heading and the cards: the resume card (ui_home_resume.c).
 * Draws it at y when there is one and returns the height used (0 when none). */
int home_draw_resume(UiHome *home, UiDraw *d, int y);
bool home_resume_key(UiHome *home, SDL_Keycode k);
bool home_resume_click(UiHome *home, int x, int y);
/* The side column (ui_home_side.c): its sections drawn into home->side, scrolled. */
void home_draw_side(UiHome *home, UiDraw *d);
int home_side_width(const UiHome *home);       /* 0: the window is too narrow for it */
int home_grid_right(const UiHome *home);       /* where the cards and the controls row end */
bool home_side_wheel(UiHome *home, int dy);   /* true when the mouse is over the column */
bool home_side_shows(const UiHome *home, int y, int h);   /* rows outside are measured, not drawn */
/* The tracks and skills sections (ui_home_tracks.c): each draws at y in width w (or only
 * measures, when d is NULL) and returns its height. */
int home_tracks_section(UiHome *home, UiDraw *d, int x, int y, int w);
int home_skills_section(UiHome *home, UiDraw *d, int x, int y, int w);
bool home_tracks_key(UiHome *home, SDL_Keycode k);
bool home_tracks_click(UiHome *home, int x, int y);
/* Whether there are tracks to focus; puts the focus on the first track's next step. */
bool home_tracks_focusable(const UiHome *home);
void home_tracks_enter(UiHome *home);
/* The slot of (track, step) in step_rects, or -1. */
int home_step_slot(const UiHome *home, int track, int step);
/* The detail's line about its track step ("Step 4 of 13 in ...: locked, needs ..."); NULL
 * when it was opened from a card. Caller frees. */
char *home_detail_track_text(const UiHome *home);
bool home_detail_locked(const UiHome *home);

#endif
