/* regrade.h: grading a stored run again with the current version of its scenario (DESIGN §7,
 * §9 `worksim regrade`; `worksim import` re-grades what it imports). The run's final workspace
 * snapshot (core/workspace_snapshot.h) is loaded into a new run of mode `regrade` in place of
 * the scenario's workspace, as `worksim grade` loads a submission; every task is submitted in
 * order (checks, reviews) and the run finishes (final checks, the rubric, on_finish). What the
 * snapshot cannot hold comes from the old run's event log: its hints (charged at the current
 * version's cost) and the awards and penalties its session earned before it finished, unless
 * the regrade earned the same ones again. Rubric items the old run graded are carried over
 * unchanged, marked as carried: their judges read the conversation and its timing, which a
 * regrade cannot replay; items new in this version are judged on the regrade run alone.
 * The old run is never changed: the regrade is a run of its own pointing at it (regrade_of),
 * which never counts as an attempt in progress, reports or exports. */
#ifndef WORKSIM_REGRADE_H
#define WORKSIM_REGRADE_H

#include <stdbool.h>
#include <stdint.h>

#include "core/run.h"
#include "llm/colleague.h"
#include "sandbox/sandbox.h"
#include "store/store.h"

typedef struct RegradeOptions {
    Store *store;                   /* holds the run; the regrade run is stored there too */
    const char *scenario_dir;       /* the run's scenario as it is now (its folder's version grades) */
    SandboxBackend backend;
    ColleagueBackend *colleagues;   /* NULL: scripted (reviews, judges of new rubric items) */
    RunEventFn on_event;            /* optional observer of the regrade run's events */
    void *event_ud;
} RegradeOptions;

typedef struct RegradeScore {
    char *outcome;                  /* passed | failed | incomplete | infra_error */
    double score, max, percent;
    char *version;                  /* scenario_folder_version of what graded it; may be NULL */
} RegradeScore;

/* One breakdown line whose result differs between the old run and the regrade. */
typedef struct RegradeChange {
    char *kind, *id, *task;         /* task may be NULL */
    char *label;
    bool in_old, in_new;            /* false: the line exists only on the other side */
    double old_points, new_points;
    bool old_passed, new_passed;
    char *feedback;                 /* the regrade's feedback, or NULL */
} RegradeChange;

typedef struct RegradeResult {
    int64_t run_id;                 /* the run graded again */
    int64_t new_run_id;             /* the regrade run; 0 when none was started */
    char *scenario_id, *learner;    /* learner may be NULL */
    RegradeScore old_score, new_score;
    RegradeChange *changes;
    int n_changes;
    char **carried;                 /* rubric item ids carried over from the old run */
    int n_carried;
    char *error;                    /* one line: why it could not be regraded, or NULL */
    bool infra;                     /* the error is the machine's (sandbox, database), not the run's */
} RegradeResult;

/* Grades run_id again (see above). true with *out filled (free with regrade_result_clear),
 * the new result stored as run out->new_run_id (out->error and out->infra are set too when it
 * ended as infra_error); false with out->error: no such run, not finished, a demo or regrade
 * run, no snapshot (with the reason stored at the time), another scenario's folder, or a
 * failure (out->infra). Either way clear *out. */
bool regrade_run(const RegradeOptions *opts, int64_t run_id, RegradeResult *out);
void regrade_result_clear(RegradeResult *r);

/* The rubric judge of a regrade (regrade_judge.c): a backend that answers like inner (NULL:
 * scripted) but grades each rubric item old_run has a line for with that line's points,
 * marked as carried. Free with its free function after run_free. */
typedef struct RegradeCarriedLine {
    const char *id;
    double points;
    const char *feedback;
} RegradeCarriedLine;
ColleagueBackend *regrade_judge_new(ColleagueBackend *inner, int64_t old_run, const RegradeCarriedLine *lines, int n);
/* Rubric item ids the judge graded from carried lines so far (borrowed; valid until freed). */
const char *const *regrade_judge_carried(ColleagueBackend *judge, int *n);

#endif
