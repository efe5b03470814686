/* progress.c: a learner's program (see progress.h): per-scenario records and mastery from the
 * counted runs, each track step's state, and the recommendation. The recommendation trains
 * the weakest practised skill with a scenario the learner may start (in no track, or unlocked
 * in one), not yet passed if any is left, at the level where the learner is expected to earn
 * about PROGRESS_TARGET_SUCCESS of the skill's points (hard enough to learn from, not so hard
 * that it only frustrates); a learner with no runs yet starts the first track. */
#define _GNU_SOURCE
#include "core/progress.h"

#include "base/util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define PROGRESS_TARGET_SUCCESS 0.7

const char *step_state_name(StepState s)
{
    return s == STEP_PASSED ? "passed" : s == STEP_UNLOCKED ? "unlocked" : "locked";
}

/* ---- records ---- */

static ScenarioRecord *record_for(Progress *p, const char *scenario)
{
    for (int i = 0; i < p->n_records; i++)
        if (strcmp(p->records[i].scenario, scenario) == 0) return &p->records[i];
    p->records = xrealloc(p->records, (size_t)(p->n_records + 1) * sizeof *p->records);
    p->records[p->n_records] = (ScenarioRecord){.scenario = xstrdup(scenario)};
    return &p->records[p->n_records++];
}

static bool add_record(void *ud, const StoreRunRow *run)
{
    Progress *p = ud;
    if (!mastery_run_counts(run) || !run->scenario_id) return true;
    ScenarioRecord *r = record_for(p, run->scenario_id);
    r->attempts++;
    if (strcmp(run->outcome, "passed") == 0) r->passed = true;
    if (run->percent > r->best_percent) r->best_percent = run->percent;
    if (run->ended_at > r->last_at) r->last_at = run->ended_at;
    return true;
}

static int record_cmp(const void *a, const void *b)
{
    return strcmp(((const ScenarioRecord *)a)->scenario, ((const ScenarioRecord *)b)->scenario);
}

const ScenarioRecord *progress_record(const Progress *p, const char *scenario)
{
    for (int i = 0; p && scenario && i < p->n_records; i++)
        if (strcmp(p->records[i].scenario, scenario) == 0) return &p->records[i];
    return NULL;
}

static bool passed(const Progress *p, const char *scenario)
{
    const ScenarioRecord *r = progress_record(p, scenario);
    return r && r->passed;
}

static double skill_mastery(const Progress *p, const char *skill, bool *practised)
{
    const SkillMastery *m = learner_mastery_find(&p->mastery, skill);
    if (practised) *practised = m != NULL;
    return m ? m->mastery : 0;
}

/* ---- tracks ---- */

static void step_status(const Progress *p, const TrackStep *step, StepStatus *out)
{
    if (passed(p, step->scenario)) {
        out->state = STEP_PASSED;
        return;
    }
    Buf why = {0};
    for (int i = 0; i < step->n_after; i++)
        if (!passed(p, step->after[i])) buf_printf(&why, "%s%s passed", why.len ? "; " : "needs ", step->after[i]);
    for (int i = 0; i < step->n_skills; i++) {
        bool practised = false;
        double m = skill_mastery(p, step->skills[i].skill, &practised);
        if (m >= step->skills[i].mastery) continue;
        if (practised) buf_printf(&why, "%s%s %.2f (now %.2f)", why.len ? "; " : "needs ", step->skills[i].skill,
                                  step->skills[i].mastery, m);
        else buf_printf(&why, "%s%s %.2f (not practised yet)", why.len ? "; " : "needs ", step->skills[i].skill,
                        step->skills[i].mastery);
    }
    out->state = why.len ? STEP_LOCKED : STEP_UNLOCKED;
    out->locked_why = why.len ? buf_steal(&why) : NULL;
    buf_free(&why);
}

static void track_status(const Progress *p, const Track *t, TrackStatus *out)
{
    out->track = t;
    out->steps = xcalloc((size_t)t->n_steps + 1, sizeof *out->steps);
    out->next = -1;
    for (int i = 0; i < t->n_steps; i++) {
        step_status(p, &t->steps[i], &out->steps[i]);
        if (out->steps[i].state == STEP_PASSED) out->done++;
        else if (out->steps[i].state == STEP_UNLOCKED && out->next < 0) out->next = i;
    }
}

/* ---- recommendation ---- */

/* May the learner start scenario now: in no track, or unlocked or passed in at least one. */
static bool available(const Progress *p, const char *scenario)
{
    bool listed = false;
    for (int i = 0; i < p->n_tracks; i++) {
        int at = track_step_index(p->tracks[i].track, scenario);
        if (at < 0) continue;
        listed = true;
        if (p->tracks[i].steps[at].state != STEP_LOCKED) return true;
    }
    return !listed;
}

static bool is_track_next(const Progress *p, const char *scenario)
{
    for (int i = 0; i < p->n_tracks; i++)
        if (p->tracks[i].next >= 0 && strcmp(p->tracks[i].track->steps[p->tracks[i].next].scenario, scenario) == 0)
            return true;
    return false;
}

/* How far a scenario's level is from where the learner (at mastery m) learns best. */
static double level_distance(double m, const char *level)
{
    if (m < 1e-6) m = 1e-6;
    if (m > 1 - 1e-6) m = 1 - 1e-6;
    double theta = log(m / (1 - m));
    return fabs(mastery_from_theta(theta - mastery_level_difficulty(level)) - PROGRESS_TARGET_SUCCESS);
}

/* The best scenario of the catalog training skill for a learner at mastery m, or NULL.
 * Prefers (in order) not passed when unpassed_only, the level nearest the target, a track's
 * next step, fewer attempts, then the id. */
static const ScenarioInfo *best_for_skill(const Progress *p, const ScenarioCatalog *cat, const char *skill,
                                          double m, bool unpassed_only)
{
    const ScenarioInfo *best = NULL;
    double best_dist = 0;
    int best_attempts = 0;
    bool best_next = false;
    for (int i = 0; i < cat->n; i++) {
        const ScenarioInfo *e = &cat->entries[i];
        if (!scenario_info_has_skill(e, skill) || !available(p, e->id)) continue;
        if (unpassed_only && passed(p, e->id)) continue;
        double dist = level_distance(m, e->level);
        bool next = is_track_next(p, e->id);
        const ScenarioRecord *r = progress_record(p, e->id);
        int attempts = r ? r->attempts : 0;
        bool better = !best || dist < best_dist - 1e-9 ||
                      (fabs(dist - best_dist) <= 1e-9 && (next > best_next || (next == best_next && attempts < best_attempts)));
        if (better) {
            best = e;
            best_dist = dist;
            best_next = next;
            best_attempts = attempts;
        }
    }
    return best;
}

static int mastery_order_cmp(const void *a, const void *b)
{
    const SkillMastery *x = *(const SkillMastery *const *)a, *y = *(const SkillMastery *const *)b;
    if (x->mastery != y->mastery) return x->mastery < y->mastery ? -1 : 1;
    return strcmp(x->skill, y->skill);
}

/* A scenario that trains skill is locked: the first prerequisite of such a step the learner
 * can start now (not passed, available), with the locked scenario in *unlocks. */
static const char *unlocking_step(const Progress *p, const ScenarioCatalog *cat, const char *skill, const char **unlocks)
{
    for (int i = 0; i < cat->n; i++) {
        const ScenarioInfo *e = &cat->entries[i];
        if (!scenario_info_has_skill(e, skill) || passed(p, e->id) || available(p, e->id)) continue;
        for (int t = 0; t < p->n_tracks; t++) {
            int at = track_step_index(p->tracks[t].track, e->id);
            if (at < 0) continue;
            const TrackStep *step = &p->tracks[t].track->steps[at];
            for (int k = 0; k < step->n_after; k++) {
                if (passed(p, step->after[k]) || !available(p, step->after[k])) continue;
                *unlocks = e->id;
                return step->after[k];
            }
        }
    }
    return NULL;
}

static void recommend(Progress *p, const char *scenario, char *why)
{
    p->next_scenario = xstrdup(scenario);
    p->next_why = why;
}

static bool recommend_for_weakest_skill(Progress *p, const ScenarioCatalog *cat)
{
    int n = p->mastery.n_skills;
    if (n == 0) return false;
    const SkillMastery **order = xcalloc((size_t)n, sizeof *order);
    for (int i = 0; i < n; i++) order[i] = &p->mastery.skills[i];
    qsort(order, (size_t)n, sizeof *order, mastery_order_cmp);
    for (int pass = 0; pass < 2 && !p->next_scenario; pass++) {
        for (int i = 0; i < n && !p->next_scenario; i++) {
            const char *skill = order[i]->skill, *rank = i == 0 ? "your weakest skill" : "the weakest skill you can train now";
            double m = order[i]->mastery;
            const ScenarioInfo *e = best_for_skill(p, cat, skill, m, pass == 0);
            const char *unlocks = NULL, *first = !e && pass == 0 ? unlocking_step(p, cat, skill, &unlocks) : NULL;
            if (e && pass == 0)
                recommend(p, e->id, xasprintf("%s is %s at %.2f; %s trains it at your level (%s)", skill, rank, m,
                                              e->id, e->level ? e->level : "no level"));
            else if (e)
                recommend(p, e->id, xasprintf("%s is %s at %.2f and you passed every scenario that trains it; "
                                              "%s again at your level (%s)", skill, rank, m, e->id,
                                              e->level ? e->level : "no level"));
            else if (first)
                recommend(p, first, xasprintf("%s is %s at %.2f; %s trains it and unlocks once you pass %s", skill,
                                              rank, m, unlocks, first));
        }
    }
    free(order);
    return p->next_scenario != NULL;
}

static void recommend_first_steps(Progress *p, const ScenarioCatalog *cat)
{
    for (int i = 0; i < p->n_tracks; i++) {
        const TrackStatus *ts = &p->tracks[i];
        if (ts->next < 0) continue;
        recommend(p, ts->track->steps[ts->next].scenario, xasprintf("step %d of %d of the track '%s'%s", ts->next + 1, ts->track->n_steps,
                                ts->track->title, ts->done == 0 ? ": a good place to start" : ""));
        return;
    }
    const ScenarioInfo *easiest = NULL;
    for (int i = 0; cat && i < cat->n; i++) {
        const ScenarioInfo *e = &cat->entries[i];
        if (passed(p, e->id) || !available(p, e->id)) continue;
        int rank = scenario_level_rank(e->level);
        if (!easiest || (rank >= 0 && (scenario_level_rank(easiest->level) < 0 || rank < scenario_level_rank(easiest->level))))
            easiest = e;
    }
    if (easiest)
        recommend(p, easiest->id, xasprintf("an %s scenario you have not passed yet",
                                            easiest->level ? easiest->level : "unlevelled"));
}

/* ---- entry points ---- */

static const char *catalog_level_of(void *ud, const char *scenario_id)
{
    const ScenarioInfo *e = scenario_catalog_find(ud, scenario_id);
    return e ? e->level : NULL;
}

Progress *progress_compute(Store *st, const char *learner, const ScenarioCatalog *cat,
                           const TrackSet *tracks, char **err)
{
    *err = NULL;
    Progress *p = xcalloc(1, sizeof *p);
    p->learner = xstrdup(learner);
    StoreRunFilter filter = {.learner = learner, .exclude_demo = true};
    if (st && learner && !store_runs_foreach(st, &filter, add_record, p)) {
        *err = xasprintf("cannot read the runs: %s", store_errmsg(st));
        progress_free(p);
        return NULL;
    }
    if (p->n_records > 1) qsort(p->records, (size_t)p->n_records, sizeof *p->records, record_cmp);
    if (!mastery_compute(st, learner, catalog_level_of, (void *)cat, &p->mastery, err)) {
        progress_free(p);
        return NULL;
    }
    p->n_tracks = tracks ? tracks->n : 0;
    p->tracks = xcalloc((size_t)p->n_tracks + 1, sizeof *p->tracks);
    for (int i = 0; i < p->n_tracks; i++) track_status(p, tracks->tracks[i], &p->tracks[i]);
    if (!cat || !recommend_for_weakest_skill(p, cat)) recommend_first_steps(p, cat);
    return p;
}

void progress_free(Progress *p)
{
    if (!p) return;
    free(p->learner);
    learner_mastery_clear(&p->mastery);
    for (int i = 0; i < p->n_records; i++) free(p->records[i].scenario);
    free(p->records);
    for (int i = 0; i < p->n_tracks; i++) {
        for (int k = 0; k < p->tracks[i].track->n_steps; k++) free(p->tracks[i].steps[k].locked_why);
        free(p->tracks[i].steps);
    }
    free(p->tracks);
    free(p->next_scenario);
    free(p->next_why);
    free(p);
}

static bool note_learner(void *ud, const StoreRunRow *run)
{
    char **latest = ud;
    if (mastery_run_counts(run) && run->learner) {
        free(*latest);
        *latest = xstrdup(run->learner);
    }
    return true;
}

char *progress_latest_learner(Store *st)
{
    char *latest = NULL;
    StoreRunFilter filter = {.exclude_demo = true};
    if (st) store_runs_foreach(st, &filter, note_learner, &latest);
    return latest;
}

const char *progress_next_in_track(const Progress *p, const char *scenario)
{
    for (int t = 0; p && scenario && t < p->n_tracks; t++) {
        const TrackStatus *ts = &p->tracks[t];
        int at = track_step_index(ts->track, scenario), n = ts->track->n_steps;
        for (int k = 1; at >= 0 && k < n; k++) {
            int s = (at + k) % n;
            if (ts->steps[s].state == STEP_UNLOCKED) return ts->track->steps[s].scenario;
        }
    }
    return NULL;
}
