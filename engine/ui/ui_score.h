/* ui_score.h: the end-of-run screen: the outcome, the score, what to do next ("Next in
 * track" when the scenario is a step of a track with a step to go, "Try again", "Home": Tab
 * or Left/Right move between them, Enter activates), every line of the breakdown with its
 * reason, per-skill totals, the cost of Claude's calls and how to see the run again later
 * (worksim report, worksim replay). Shown once run_is_finished; reads run_score. */
#ifndef WORKSIM_UI_SCORE_H
#define WORKSIM_UI_SCORE_H

#include "ui/ui.h"

/* The results app for run (not owned; must outlive the view). Before the run has finished
 * it says that grading is still going on. */
UiView ui_score_view_new(Run *run);

typedef enum UiScoreAction { UI_SCORE_NONE, UI_SCORE_NEXT, UI_SCORE_RETRY, UI_SCORE_HOME, UI_SCORE_ACTIONS } UiScoreAction;
/* The track step that comes next ("Next in track: title"; NULL: no such button). */
void ui_score_set_next(void *self, const char *title);
/* What the learner chose (once). */
UiScoreAction ui_score_take_action(void *self);
/* Where a button was last drawn (w 0: not shown), and the focused one. */
SDL_Rect ui_score_button(void *self, UiScoreAction which);
UiScoreAction ui_score_focused(void *self);

/* For tests: the text of every laid-out line of the last frame, one per line, in order
 * (visible_only: only those inside the view's area). Caller frees. */
char *ui_score_text(void *self, bool visible_only);
int ui_score_scroll(void *self);     /* the scroll offset in pixels */

#endif
