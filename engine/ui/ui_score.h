/* ui_score.h: the end-of-run screen: the outcome, the score and every line of the breakdown
 * with its reason, per-skill totals, the cost of Claude's calls and how to see the run again
 * later (worksim report, worksim replay). Shown once run_is_finished; reads run_score. */
#ifndef WORKSIM_UI_SCORE_H
#define WORKSIM_UI_SCORE_H

#include "ui/ui.h"

/* The results app for run (not owned; must outlive the view). Before the run has finished
 * it says that grading is still going on. */
UiView ui_score_view_new(Run *run);

/* For tests: the text of every laid-out line of the last frame, one per line, in order
 * (visible_only: only those inside the view's area). Caller frees. */
char *ui_score_text(void *self, bool visible_only);
int ui_score_scroll(void *self);     /* the scroll offset in pixels */

#endif
