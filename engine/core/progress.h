/* progress.h: a learner's program (issue 11): skill mastery, each track's steps as locked,
 * unlocked or passed (DESIGN §3 Tracks), per-scenario attempts and best score, and the one
 * scenario recommended next with a reason. `worksim progress`, `worksim tracks --learner` and
 * the desktop's home all read this one computation; nothing here prints. */
#ifndef WORKSIM_PROGRESS_H
#define WORKSIM_PROGRESS_H

#include <stdbool.h>

#include "core/mastery.h"
#include "scenario/scenario_catalog.h"
#include "scenario/track.h"
#include "store/store.h"

typedef enum StepState { STEP_LOCKED, STEP_UNLOCKED, STEP_PASSED } StepState;

typedef struct StepStatus {
    StepState state;
    char *locked_why;                /* STEP_LOCKED: "needs first-bugfix passed; git 0.42 < 0.60" */
} StepStatus;

typedef struct TrackStatus {
    const Track *track;              /* borrowed from the TrackSet given to progress_compute */
    StepStatus *steps;               /* one per track step */
    int done;                        /* steps passed */
    int next;                        /* index of the first unlocked step not passed, or -1 */
} TrackStatus;

/* The learner's record on one scenario (counted runs only). */
typedef struct ScenarioRecord {
    char *scenario;
    int attempts;
    bool passed;                     /* some counted run passed */
    double best_percent;
    double last_at;                  /* wall clock of the latest attempt */
} ScenarioRecord;

typedef struct Progress {
    char *learner;
    LearnerMastery mastery;
    ScenarioRecord *records;         /* sorted by scenario id; only attempted scenarios */
    int n_records;
    TrackStatus *tracks;             /* in the TrackSet's order */
    int n_tracks;
    char *next_scenario;             /* recommended next; NULL when the catalog is empty */
    char *next_why;                  /* one sentence */
} Progress;

/* Computes learner's progress from st (which may be NULL: a learner with no runs) against cat
 * and tracks (either may be NULL). NULL and *err (caller frees) on a database error. */
Progress *progress_compute(Store *st, const char *learner, const ScenarioCatalog *cat,
                           const TrackSet *tracks, char **err);
void progress_free(Progress *p);     /* NULL-safe */

const ScenarioRecord *progress_record(const Progress *p, const char *scenario);   /* NULL if never attempted */
const char *step_state_name(StepState s);   /* "locked", "unlocked", "passed" */

/* "Next in track" after a run of scenario: in the first track holding scenario as a step
 * that has one, the first unlocked step not passed, looking from the step after scenario's
 * onwards (then from the track's start), never scenario itself. NULL when no track has one;
 * the id belongs to p's tracks. */
const char *progress_next_in_track(const Progress *p, const char *scenario);

/* The learner whose progress a bare `worksim progress` shows: the learner of the latest counted
 * run in st, else NULL. Caller frees. */
char *progress_latest_learner(Store *st);

#endif
