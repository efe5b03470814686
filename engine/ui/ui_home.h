/* ui_home.h: the desktop's home (`worksim play` without a scenario): the learner's
 * interrupted run first, as a card to resume it or start over (when there is one); the
 * catalog as cards (title, family, level, minutes, skills, the learner's best score, attempts
 * and a new or passed mark), filters by family, level and skill and a text search; beside
 * them the learner's tracks (each step locked, unlocked or passed, the next one highlighted)
 * and skill mastery with its trend; a learner picker (known learners and a new one) and a
 * scenario's detail (summary, role, time limit, what it trains, its place in a track) from
 * which the learner starts it. Everything is reachable from the keyboard: Tab and Shift+Tab
 * move the focus (learner, search, family, level, skill, cards, tracks, the resume card),
 * arrows move between cards and between track steps, Enter or Space activate, Esc closes,
 * Ctrl+F or / goes to the search; the focused control wears an accent ring. Like the desktop it draws into any renderer and
 * takes SDL events; what the learner chose is taken with ui_home_take_action. */
#ifndef WORKSIM_UI_HOME_H
#define WORKSIM_UI_HOME_H

#include "core/catalog.h"
#include "ui/ui.h"

typedef struct UiHome UiHome;

typedef enum UiHomeFocus {
    UI_HOME_FOCUS_LEARNER, UI_HOME_FOCUS_SEARCH, UI_HOME_FOCUS_FAMILY, UI_HOME_FOCUS_LEVEL, UI_HOME_FOCUS_SKILL,
    UI_HOME_FOCUS_CARDS, UI_HOME_FOCUS_TRACKS, UI_HOME_FOCUS_RESUME, UI_HOME_FOCUS_COUNT
} UiHomeFocus;

typedef enum UiHomeAction {
    UI_HOME_NONE,
    UI_HOME_START,            /* start the scenario named by the action's text */
    UI_HOME_LEARNER,          /* the learner named by the text was picked (or created) */
    UI_HOME_RESUME,           /* carry on the interrupted run of ui_home_set_resume */
    UI_HOME_START_OVER,       /* close that run as incomplete and start its scenario anew */
    UI_HOME_HISTORY,          /* show the past runs of the learner named by the text (Ctrl+H, History) */
} UiHomeAction;

/* The learner's interrupted run, as the resume card shows it. */
typedef struct UiHomeResume {
    const char *scenario_id, *title;   /* title may be NULL */
    double elapsed;                    /* the run clock when it stopped, seconds */
    double time_left;                  /* seconds left of its time limit; < 0: no limit */
} UiHomeResume;

/* fonts must outlive the home. cat is borrowed (ui_home_set_catalog replaces it). */
UiHome *ui_home_new(const UiFonts *fonts, const Catalog *cat);
void ui_home_free(UiHome *home);

/* A new catalog (e.g. after a run or another learner): filters and search are kept, the
 * selected scenario too when it is still shown. */
void ui_home_set_catalog(UiHome *home, const Catalog *cat);
/* The learner whose standing the cards show, and the learners the picker offers. */
void ui_home_set_learners(UiHome *home, const char *current, const char *const *names, int n);
const char *ui_home_learner(const UiHome *home);
/* Selects (and scrolls to) the card of scenario id, if it is shown. */
void ui_home_select(UiHome *home, const char *scenario_id);

/* The interrupted run the home offers first (copied; the focus moves to its Resume button),
 * or NULL: none. */
void ui_home_set_resume(UiHome *home, const UiHomeResume *resume);
/* "Resume 'Your first bug fix', 32:10 left" (caller frees). */
char *ui_home_resume_label(const UiHomeResume *resume);

/* A line shown under the heading in the error colour (why a run could not start); NULL: none. */
void ui_home_set_notice(UiHome *home, const char *text);

void ui_home_render(UiHome *home, SDL_Renderer *r, int width, int height);
/* The renderer was reset (SDL_RENDER_DEVICE_RESET, SDL_RENDER_TARGETS_RESET): the textures the
 * home keeps are dropped without being freed and drawn anew. */
void ui_home_forget_textures(UiHome *home);
/* Whether the dimmed page beneath an open detail or picker is drawn once and kept (the
 * default) or drawn in every frame (the same pixels, more work: for tests and benchmarks). */
void ui_home_keep_backdrop(UiHome *home, bool keep);
/* Returns true when something may look different now. */
bool ui_home_handle_event(UiHome *home, const SDL_Event *ev);
/* The learner's last choice (once); *arg (scenario id or learner name) stays valid until the
 * next event. */
UiHomeAction ui_home_take_action(UiHome *home, const char **arg);

/* State for tests: the catalog indexes of the cards shown (filter order), the selected
 * card's catalog index (-1 none), the focus, whether the detail or the picker is open, and
 * where things were last drawn. */
const int *ui_home_visible(const UiHome *home, int *n);
int ui_home_selected(const UiHome *home);
UiHomeFocus ui_home_focus(const UiHome *home);
bool ui_home_detail_open(const UiHome *home);
bool ui_home_picker_open(const UiHome *home);
const char *ui_home_facet(const UiHome *home, CatalogFacet facet);   /* the chosen value, NULL: all */
SDL_Rect ui_home_control_rect(const UiHome *home, UiHomeFocus control);   /* the learner button, search, chips */
SDL_Rect ui_home_card_rect(const UiHome *home, int visible_index);
SDL_Rect ui_home_start_button(const UiHome *home);   /* the detail's Start */
bool ui_home_start_enabled(const UiHome *home);      /* false: the detail is a locked track step's */
const char *ui_home_detail_scenario(const UiHome *home);   /* the open detail's scenario id, NULL */
/* The tracks: the focused step (track and step index) and where a step's chip was drawn. */
void ui_home_track_focus(const UiHome *home, int *track, int *step);
SDL_Rect ui_home_step_rect(const UiHome *home, int track, int step);
SDL_Rect ui_home_resume_button(const UiHome *home, bool start_over);   /* w 0: no card */
SDL_Rect ui_home_history_button(const UiHome *home); /* the top bar's History */

#endif
