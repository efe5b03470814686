/* run_review.h: review decisions as records the core keeps (run_reviews in run.h): who
 * decided on which task, approved or not, what they said and each line comment, or that
 * the review could not happen (the reviewer was away). Views draw these; nothing derives
 * them from events or messages. */
#ifndef WORKSIM_RUN_REVIEW_H
#define WORKSIM_RUN_REVIEW_H

#include <stdbool.h>

#include "llm/colleague.h"

typedef struct RunReviewComment {
    char *path;                /* may be NULL */
    int line;                  /* 0: none */
    char *kind;                /* essential | actionable | celebratory */
    char *text;
} RunReviewComment;

typedef struct RunReview {
    int task;                  /* index into the scenario's tasks */
    char *reviewer;            /* cast id */
    bool approved;
    bool away;                 /* the review could not happen (an outage, never the learner's fault) */
    char *summary;             /* what the reviewer told the learner; NULL when away or silent */
    RunReviewComment *comments;
    int n_comments;
    double t;                  /* run clock */
} RunReview;

typedef struct RunReviewLog {
    RunReview *items;
    int n;
} RunReviewLog;

/* Appends reviewer's verdict on task (copied), or an away record when verdict is NULL. */
void run_review_log_add(RunReviewLog *log, int task, const char *reviewer, const ReviewVerdict *verdict, double t);
void run_review_log_free(RunReviewLog *log);     /* frees the records; log is empty after */

#endif
