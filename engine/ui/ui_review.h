/* ui_review.h: the desktop's Code review app, a small pull-request page for the learner's
 * work: "Files changed" (the workspace's diff against the scenario's starting commit, read
 * asynchronously in the sandbox) and "Conversation" (the learner's commits and each
 * reviewer's decisions and comments). The view never blocks: the diff is re-read in the
 * background when the view gets focus and after each learner command. */
#ifndef WORKSIM_UI_REVIEW_H
#define WORKSIM_UI_REVIEW_H

#include "ui/ui.h"

/* The review app for run (not owned; must outlive the view). */
UiView ui_review_view_new(Run *run);

/* The desktop forwards every run event here (RunOptions.on_event) so review decisions arrive
 * with their comments exactly as logged ("review", "colleague_away"). Without it the view
 * derives decisions from task status changes and the reviewer's messages. */
void ui_review_note_event(void *self, const char *kind, const char *data_json);

/* For tests and the desktop shell. */
char *ui_review_diff_text(void *self);       /* the last diff read (git's text); caller frees */
char *ui_review_thread_text(void *self);     /* the review thread as plain text; caller frees */
bool ui_review_loading(void *self);          /* a diff read is in flight or queued */
/* "loading", "error", "not a git repository", "no changes" or "changes" (static). */
const char *ui_review_state(void *self);
int ui_review_decision_count(void *self);    /* review decisions known so far */
void ui_review_show_files(void *self, bool files);   /* picks the tab: files changed / conversation */
int ui_review_scroll(void *self);            /* the current tab's scroll offset in pixels */

#endif
