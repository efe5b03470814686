/* ui_home_internal.h: the home's state, shared by its files only: ui_home.c (state, filter,
 * focus and events), ui_home_draw.c (the page and its cards) and ui_home_overlay.c (the
 * scenario's detail and the learner picker). */
#ifndef WORKSIM_UI_HOME_INTERNAL_H
#define WORKSIM_UI_HOME_INTERNAL_H

#include "ui/ui_home.h"
#include "ui/ui_textfield.h"

enum {
    HOME_TOP_H = 48, HOME_PAD = 28, HOME_CARD_W = 292, HOME_CARD_H = 184, HOME_GAP = 16, HOME_CONTROL_H = 36,
    HOME_SEARCH_W = 300, HOME_DETAIL_W = 640, HOME_PICKER_W = 300, HOME_PICKER_ROW_H = 36,
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
    bool detail;                     /* the selected card's detail is open */
    int detail_focus;                /* 0 Start, 1 Back */
    bool picker;                     /* the learner picker is open */
    int picker_row;                  /* a learner, or n_learners: the new learner's field */
    UiTextField new_learner;
    const char *picker_error;        /* why the typed name cannot be a learner (static) */
    int scroll, content_h, cols;
    bool reveal_selected;            /* the next frame scrolls the selected card into view */
    int mouse_x, mouse_y;
    /* Where things were last drawn. */
    int width, height;
    SDL_Rect controls[UI_HOME_FOCUS_CARDS], grid;
    SDL_Rect *cards;                 /* one per visible card */
    SDL_Rect detail_box, detail_buttons[2];
    SDL_Rect picker_box, *picker_rows;   /* n_learners + 1 rows */
    UiHomeAction action;
    char *action_arg;
    char *notice;                    /* an error line under the heading; NULL: none */
};

/* ui_home_draw.c */
void home_draw_page(UiHome *home, UiDraw *d);
/* The grid's layout for the current width: columns and every visible card's rect (scrolled). */
void home_layout(UiHome *home);
/* ui_home_overlay.c */
void home_draw_detail(UiHome *home, UiDraw *d);
void home_draw_picker(UiHome *home, UiDraw *d);
/* "Family: all", "Level: junior" */
char *home_facet_label(const UiHome *home, int facet);

#endif
