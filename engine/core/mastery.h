/* mastery.h: a learner's per-skill mastery in 0..1, computed from the stored runs (issue 11).
 * Elo-style: an ability theta per skill (logit scale) starts at MASTERY_THETA_START; each
 * counted run with breakdown lines tagged with the skill scores x = points/max of those lines
 * and moves theta by K * (x - E), where E = sigmoid(theta - d) is the score expected at the
 * scenario's level (d: intro -1, junior 0, mid +1). Mastery = sigmoid(theta), the share of a
 * skill's points expected on a junior-level scenario. A constant K makes the estimate track
 * recent runs (older evidence fades geometrically), and a result above what the level
 * predicts moves it further on a harder scenario. docs/mastery.md has the why.
 * Counted runs: mode play, run or grade (never demo), ended, outcome not infra_error. */
#ifndef WORKSIM_MASTERY_H
#define WORKSIM_MASTERY_H

#include <stdbool.h>

#include "store/store.h"

#define MASTERY_THETA_START (-1.0)   /* mastery 0.27 before any evidence */
#define MASTERY_K 1.5                /* step size in logits per run */

typedef struct SkillMastery {
    char *skill;
    double mastery;                  /* 0..1 */
    double before_last;              /* mastery before the latest run that trained it */
    int runs;                        /* counted runs with lines tagged with the skill */
    double last_at;                  /* wall clock (epoch seconds) of that latest run */
} SkillMastery;

typedef struct LearnerMastery {
    SkillMastery *skills;            /* sorted by skill name; only skills with runs > 0 */
    int n_skills;
    int runs_counted;                /* counted runs of the learner (with or without skills) */
} LearnerMastery;

/* The difficulty of a scenario level on the logit scale (NULL or unknown: junior). */
double mastery_level_difficulty(const char *level);
/* One update: theta after a run at level scoring x (0..1, clamped). */
double mastery_theta_update(double theta, double x, const char *level);
double mastery_from_theta(double theta);    /* sigmoid */

/* Whether a stored run counts for progress (mode not demo, ended, outcome set and not
 * infra_error). */
bool mastery_run_counts(const StoreRunRow *run);

/* The level of a scenario id (NULL when unknown): how mastery weighs a run. */
typedef const char *(*MasteryLevelFn)(void *ud, const char *scenario_id);

/* Computes learner's mastery from st in run order. false and *err (caller frees) on a
 * database error; an unknown learner or an empty database gives zero skills, true. Free
 * with learner_mastery_clear. */
bool mastery_compute(Store *st, const char *learner, MasteryLevelFn level_of, void *ud,
                     LearnerMastery *out, char **err);
void learner_mastery_clear(LearnerMastery *m);   /* frees the contents; NULL-safe */
/* The entry of skill, or NULL when the learner has no counted run training it. */
const SkillMastery *learner_mastery_find(const LearnerMastery *m, const char *skill);

#endif
