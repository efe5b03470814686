/* replay_state.h: what a stored run looked like at run-clock time t, for watching it again
 * (DESIGN §9 `worksim replay`, issue 11). The run's event log is read once into a ReplayLog;
 * a ReplayState folds the log's events up to t into what the desktop showed then: the chat
 * messages, each task's status and last check results, the terminal transcript ("$ line"
 * and the command's output) and the review decisions, plus the outcome once the run ended.
 * Pure: no SDL, no sandbox, nothing is stored; every event is read through its typed schema
 * (core/events.h). Seeking forward folds only the new events; seeking back folds afresh. */
#ifndef WORKSIM_REPLAY_STATE_H
#define WORKSIM_REPLAY_STATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/events.h"
#include "store/store.h"

typedef struct ReplayEvent {
    double t;                  /* run clock, seconds */
    EventKind kind;            /* EV_UNKNOWN for a kind this engine does not know */
    char *data_json;
} ReplayEvent;

typedef struct ReplayLog {
    ReplayEvent *events;       /* in log order */
    int n;
} ReplayLog;

/* Appends one event (copied). */
void replay_log_add(ReplayLog *log, double t, const char *kind, const char *data_json);
/* Reads run_id's events from st. false + *err (caller frees) on a database error or when the
 * run has no events. */
bool replay_log_load(ReplayLog *log, Store *st, int64_t run_id, char **err);
void replay_log_clear(ReplayLog *log);
double replay_log_duration(const ReplayLog *log);   /* the last event's time; 0 when empty */
/* How many leading events happened at or before t. */
int replay_log_count_until(const ReplayLog *log, double t);
/* Whether an event of kind changes what the replay shows (a message, a command, a task's
 * status, a check, a review, a hint, the end): the events the arrows step between. */
bool replay_event_shown(EventKind kind);
/* The index of the next (dir > 0) or previous (dir < 0) shown event after / before index
 * from; -1 when there is none. */
int replay_log_step(const ReplayLog *log, int from, int dir);

typedef struct ReplayMessage {
    char *from, *to, *channel, *text;   /* to, channel may be NULL */
    double t;
} ReplayMessage;

typedef struct ReplayCheck {
    char *id;
    bool passed;
    char *feedback;            /* may be NULL */
} ReplayCheck;

typedef struct ReplayTask {
    char *id;
    char *status;              /* a task_status_name: "assigned", "submitted", "in_review", "done" */
    char *why;                 /* may be NULL */
    double t;                  /* when the status last changed */
    int submits;
    ReplayCheck *checks;       /* the last result of each check, in the order first seen */
    int n_checks;
} ReplayTask;

typedef struct ReplayReviewComment {
    char *path, *kind, *text;  /* path, kind may be NULL */
    int line;                  /* 0: none */
} ReplayReviewComment;

typedef struct ReplayReview {
    char *task, *reviewer;
    bool approved;
    char *summary;             /* may be NULL */
    ReplayReviewComment *comments;
    int n_comments;
    double t;
} ReplayReview;

typedef struct ReplayState {
    double t;                  /* the time last sought */
    int applied;               /* events folded: the log's first `applied` */
    ReplayMessage *messages;
    int n_messages;
    ReplayTask *tasks;         /* in the order they were first assigned */
    int n_tasks;
    ReplayReview *reviews;
    int n_reviews;
    char *terminal;            /* the transcript, NUL-terminated ("" when no command yet) */
    size_t terminal_len;
    int n_commands;
    int n_hints;
    bool finished;             /* the finish event has been folded */
    char *outcome;             /* once finished */
    double score, max, percent;
} ReplayState;

/* Folds every event of log at or before t (events after it are not seen, even when the
 * clock went back). */
void replay_state_seek(ReplayState *s, const ReplayLog *log, double t);
/* Folds exactly the log's first n events (clamped); s->t becomes the last one's time. */
void replay_state_seek_events(ReplayState *s, const ReplayLog *log, int n);
void replay_state_clear(ReplayState *s);   /* frees; s is an empty state after */

const ReplayTask *replay_state_task(const ReplayState *s, const char *id);   /* NULL when not seen yet */

#endif
