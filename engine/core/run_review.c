/* run_review.c: the run's review records (run_review.h): deep copies of each verdict, so
 * backends may free theirs as soon as the callback returns. */
#include "core/run_review.h"

#include "base/util.h"

#include <stdlib.h>

void run_review_log_add(RunReviewLog *log, int task, const char *reviewer, const ReviewVerdict *verdict, double t)
{
    log->items = xrealloc(log->items, (size_t)(log->n + 1) * sizeof *log->items);
    RunReview *r = &log->items[log->n++];
    *r = (RunReview){.task = task, .reviewer = xstrdup(reviewer ? reviewer : "reviewer"), .away = !verdict, .t = t};
    if (!verdict) return;
    r->approved = verdict->approved;
    r->summary = xstrdup(verdict->summary);
    r->comments = xcalloc((size_t)verdict->n_comments + 1, sizeof *r->comments);
    for (int i = 0; i < verdict->n_comments; i++) {
        const ReviewComment *c = &verdict->comments[i];
        r->comments[r->n_comments++] = (RunReviewComment){
            .path = xstrdup(c->path), .line = c->line > 0 ? c->line : 0,
            .kind = xstrdup(c->kind ? c->kind : "actionable"), .text = xstrdup(c->text ? c->text : "")};
    }
}

void run_review_log_free(RunReviewLog *log)
{
    for (int i = 0; i < log->n; i++) {
        RunReview *r = &log->items[i];
        for (int c = 0; c < r->n_comments; c++) {
            free(r->comments[c].path);
            free(r->comments[c].kind);
            free(r->comments[c].text);
        }
        free(r->comments);
        free(r->reviewer);
        free(r->summary);
    }
    free(log->items);
    log->items = NULL;
    log->n = 0;
}
