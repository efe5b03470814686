/* mastery.c: per-skill mastery from the stored runs (formula in mastery.h, reasons in
 * docs/mastery.md). Reads the learner's runs in id order (the order they started), keeps the
 * counted ones, sums each skill's points and max over the breakdown lines tagged with it, and
 * applies one Elo update per run and skill. Nothing is stored: the runs are the truth, so a
 * regrade or a new formula needs no migration. */
#define _GNU_SOURCE
#include "core/mastery.h"

#include "base/util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

double mastery_level_difficulty(const char *level)
{
    if (level && strcmp(level, "intro") == 0) return -1.0;
    if (level && strcmp(level, "mid") == 0) return 1.0;
    return 0.0;
}

double mastery_from_theta(double theta)
{
    return 1.0 / (1.0 + exp(-theta));
}

double mastery_theta_update(double theta, double x, const char *level)
{
    if (!(x >= 0)) x = 0;   /* NaN too */
    if (x > 1) x = 1;
    double expected = mastery_from_theta(theta - mastery_level_difficulty(level));
    return theta + MASTERY_K * (x - expected);
}

bool mastery_run_counts(const StoreRunRow *run)
{
    return run && run->mode && strcmp(run->mode, "demo") != 0 && strcmp(run->mode, "regrade") != 0 &&
           run->ended_at > 0 && run->outcome && strcmp(run->outcome, "infra_error") != 0;
}

/* One skill's running state while the runs are replayed. */
typedef struct SkillState {
    char *skill;
    double theta, theta_before_last, last_at;
    int runs;
    double points, max;      /* of the run being read */
} SkillState;

typedef struct MasteryPass {
    Store *st;
    MasteryLevelFn level_of;
    void *ud;
    SkillState *skills;
    int n_skills;
    int runs_counted;
    bool failed;
} MasteryPass;

static SkillState *skill_state(MasteryPass *m, const char *skill)
{
    for (int i = 0; i < m->n_skills; i++)
        if (strcmp(m->skills[i].skill, skill) == 0) return &m->skills[i];
    m->skills = xrealloc(m->skills, (size_t)(m->n_skills + 1) * sizeof *m->skills);
    m->skills[m->n_skills] = (SkillState){.skill = xstrdup(skill), .theta = MASTERY_THETA_START,
                                          .theta_before_last = MASTERY_THETA_START};
    return &m->skills[m->n_skills++];
}

static bool add_line(void *ud, const StoreResultLine *line)
{
    MasteryPass *m = ud;
    if (!line->skill || !*line->skill || line->max <= 0) return true;   /* awards, penalties, hints */
    SkillState *s = skill_state(m, line->skill);
    s->points += line->points;
    s->max += line->max;
    return true;
}

static bool add_run(void *ud, const StoreRunRow *run)
{
    MasteryPass *m = ud;
    if (!mastery_run_counts(run)) return true;
    m->runs_counted++;
    for (int i = 0; i < m->n_skills; i++) m->skills[i].points = m->skills[i].max = 0;
    if (!store_results_foreach(m->st, run->id, add_line, m)) {
        m->failed = true;
        return false;
    }
    const char *level = m->level_of ? m->level_of(m->ud, run->scenario_id) : NULL;
    for (int i = 0; i < m->n_skills; i++) {
        SkillState *s = &m->skills[i];
        if (s->max <= 0) continue;
        s->theta_before_last = s->theta;
        s->theta = mastery_theta_update(s->theta, s->points / s->max, level);
        s->runs++;
        s->last_at = run->ended_at;
    }
    return true;
}

static int skill_cmp(const void *a, const void *b)
{
    return strcmp(((const SkillMastery *)a)->skill, ((const SkillMastery *)b)->skill);
}

bool mastery_compute(Store *st, const char *learner, MasteryLevelFn level_of, void *ud,
                     LearnerMastery *out, char **err)
{
    memset(out, 0, sizeof *out);
    *err = NULL;
    MasteryPass m = {.st = st, .level_of = level_of, .ud = ud};
    StoreRunFilter filter = {.learner = learner, .exclude_demo = true};
    bool ok = !learner || !st || store_runs_foreach(st, &filter, add_run, &m);
    if (!ok || m.failed) *err = xasprintf("cannot read the runs: %s", store_errmsg(st));
    out->skills = xcalloc((size_t)m.n_skills + 1, sizeof *out->skills);
    for (int i = 0; i < m.n_skills; i++) {
        SkillState *s = &m.skills[i];
        out->skills[out->n_skills++] = (SkillMastery){
            .skill = s->skill, .mastery = mastery_from_theta(s->theta),
            .before_last = mastery_from_theta(s->theta_before_last), .runs = s->runs, .last_at = s->last_at};
    }
    free(m.skills);
    if (out->n_skills > 1) qsort(out->skills, (size_t)out->n_skills, sizeof *out->skills, skill_cmp);
    out->runs_counted = m.runs_counted;
    if (*err) {
        learner_mastery_clear(out);
        return false;
    }
    return true;
}

void learner_mastery_clear(LearnerMastery *m)
{
    if (!m) return;
    for (int i = 0; i < m->n_skills; i++) free(m->skills[i].skill);
    free(m->skills);
    memset(m, 0, sizeof *m);
}

const SkillMastery *learner_mastery_find(const LearnerMastery *m, const char *skill)
{
    for (int i = 0; m && skill && i < m->n_skills; i++)
        if (strcmp(m->skills[i].skill, skill) == 0) return &m->skills[i];
    return NULL;
}
