/* ui_review.h: the desktop's Code review app, a small pull-request page for the learner's
 * work: "Files changed" (the core's workspace diff against the run's base commit, read
 * asynchronously in the sandbox) and "Conversation" (the learner's commits and the review
 * decisions the run keeps). The view never blocks: the diff is re-read in the background
 * when the view gets focus and after each learner command. */
#ifndef WORKSIM_UI_REVIEW_H
#define WORKSIM_UI_REVIEW_H

#include "ui/ui.h"

/* The review app for run (not owned; must outlive the view). */
UiView ui_review_view_new(Run *run);

/* For tests and the desktop shell. */
typedef struct WorkspaceDiff WorkspaceDiff;
const WorkspaceDiff *ui_review_diff(void *self);   /* the last diff read (owned by the view), or NULL */
char *ui_review_thread_text(void *self);     /* the review thread as plain text; caller frees */
bool ui_review_loading(void *self);          /* a diff read is in flight or queued */
/* "loading", "error", "not a git repository", "no changes" or "changes" (static). */
const char *ui_review_state(void *self);
void ui_review_show_files(void *self, bool files);   /* picks the tab: files changed / conversation */
int ui_review_scroll(void *self);            /* the current tab's scroll offset in pixels */

#endif
