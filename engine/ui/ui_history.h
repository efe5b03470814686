/* ui_history.h: the learner's past runs, from the home (issue 11, History): one row per
 * finished run, newest first (date, scenario title, mode, outcome, score %). Opening a run
 * shows its breakdown with the results view a live run ends on (ui_score.h, on the run read
 * back from the database: core/run_stored.h), and a "Replay" button that asks for the run to
 * be watched again (ui_replay.h). Keyboard: Up/Down (PageUp/PageDown, Home/End) pick a run,
 * Enter opens it, Enter or R on an open run replays it, Esc closes it and then goes back.
 * Like the home it draws into any renderer and takes SDL events. */
#ifndef WORKSIM_UI_HISTORY_H
#define WORKSIM_UI_HISTORY_H

#include "core/catalog.h"
#include "ui/ui.h"

typedef struct UiHistory UiHistory;

typedef enum UiHistoryAction {
    UI_HISTORY_NONE,
    UI_HISTORY_BACK,          /* back to the home */
    UI_HISTORY_REPLAY,        /* watch the run ui_history_take_action names */
    UI_HISTORY_RETRY,         /* start that run's scenario anew (the breakdown's Try again) */
} UiHistoryAction;

/* learner's finished runs in st (borrowed, like fonts and cat, which gives the scenarios
 * the breakdown needs); an empty list when there are none or the database cannot be read. */
UiHistory *ui_history_new(const UiFonts *fonts, Store *st, const Catalog *cat, const char *learner);
void ui_history_free(UiHistory *h);

void ui_history_render(UiHistory *h, SDL_Renderer *r, int width, int height);
bool ui_history_handle_event(UiHistory *h, const SDL_Event *ev);   /* true: something may look different */
/* The last choice (once); *run_id is the run to replay, *scenario_id (valid until the next
 * event; may be NULL) the scenario to try again. The breakdown's Home goes back. */
UiHistoryAction ui_history_take_action(UiHistory *h, int64_t *run_id, const char **scenario_id);

/* For tests: the runs listed, newest first, and what the screen shows. */
int ui_history_count(const UiHistory *h);
int64_t ui_history_run_id(const UiHistory *h, int index);
char *ui_history_row_text(const UiHistory *h, int index);   /* "date · title · mode · outcome · N %"; caller frees */
int ui_history_selected(const UiHistory *h);
/* Opens the selected run's breakdown (as Enter does); false + the reason on screen when it
 * cannot be read back (ui_history_error). */
bool ui_history_open(UiHistory *h);
bool ui_history_is_open(const UiHistory *h);
const UiView *ui_history_results(const UiHistory *h);   /* the open run's results view, or NULL */
const char *ui_history_error(const UiHistory *h);       /* why the last open failed, or NULL */
SDL_Rect ui_history_row_rect(const UiHistory *h, int index);   /* where it was last drawn */
SDL_Rect ui_history_replay_button(const UiHistory *h);
SDL_Rect ui_history_back_button(const UiHistory *h);

#endif
