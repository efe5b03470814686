/* run_resume.h: carrying on a run whose engine was killed (DESIGN §8), for the CLI
 * (`worksim resume`, `worksim play`) and the desktop's home screen. A run is interrupted when
 * it is open in the database and the process that wrote it is gone; its state is rebuilt from
 * its event log and its sandbox reopened on the workspace saved under the state folder
 * (run_state.c), with the run clock where it stopped. Runs left too long, or that the learner
 * gives up, close as `incomplete` at their last event's time with the score they had. */
#ifndef WORKSIM_RUN_RESUME_H
#define WORKSIM_RUN_RESUME_H

#include "core/run.h"

/* Runs interrupted longer than this close as incomplete at the next start: $WORKSIM_RESUME_MAX_HOURS
 * (a positive number of hours), else this many. */
#define RUN_RESUME_MAX_HOURS_DEFAULT 168.0
double run_resume_max_age_seconds(void);

typedef struct RunInterrupted {
    int64_t id;
    char *scenario_id, *scenario_title, *learner, *mode;   /* title and learner may be NULL */
    double last_event_at;      /* wall clock, seconds since the epoch */
    double elapsed;            /* the run clock when it stopped */
} RunInterrupted;

/* Runs of this stored mode can be resumed (play, run); the others keep no resume folder. */
bool run_resume_mode_allowed(const char *mode);
/* The newest resumable run of learner (NULL: anyone's): open, its engine gone, mode play or
 * run, not older than run_resume_max_age_seconds. true and *out (free with
 * run_interrupted_clear) when there is one; false when none or on a database error. */
bool run_find_interrupted(Store *st, const char *learner, RunInterrupted *out);
/* The same for one run by id (any mode, any age): false when it is not an interrupted run. */
bool run_interrupted_by_id(Store *st, int64_t run_id, RunInterrupted *out);
void run_interrupted_clear(RunInterrupted *r);

/* Resumes run_id of sc (taken over; freed by run_free, or here on failure) on opts->loop with
 * opts->store. NULL and *err (caller frees) when it cannot be resumed: not open, still owned
 * by a live engine, another scenario or scenario version, killed before its start completed,
 * or its workspace was not saved; nothing changes then. Otherwise the run goes on as if never
 * stopped: a submit cut short is checked (and reviewed) again, a run killed while finishing
 * finishes, a time limit that passed ends it; the returned run may be finishing or finished. */
Run *run_resume(Scenario *sc, int64_t run_id, const RunOptions *opts, char **err);

/* Closes run_id (open, its engine gone) as incomplete, reason "abandoned", at its last
 * event's time, with the score its log shows (checks of its last submits, awards, penalties,
 * hints; no judge is asked); its saved workspace is removed. sc (taken; may be NULL when the
 * scenario is gone: then the score is 0 of 0) is the run's scenario. false + *err on failure. */
bool run_abandon(Scenario *sc, Store *st, int64_t run_id, char **err);

/* Workspace saves so far (run_state.c) and the seconds they took in all, for figures. */
void run_checkpoint_stats(const Run *run, int *saves, double *seconds);

#endif
