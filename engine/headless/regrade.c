/* regrade.c: one stored run graded again (regrade.h): the old run's row, breakdown, snapshot
 * and session events are read, a `regrade` run of the current scenario version is played on
 * the snapshot with every task submitted, and the two breakdowns are compared line by line. */
#define _GNU_SOURCE
#include "headless/regrade.h"

#include "base/util.h"
#include "core/workspace_snapshot.h"
#include "headless/headless.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One breakdown line of either side, owned. */
typedef struct Line {
    char *kind, *id, *task, *label, *feedback;
    double points;
    bool passed;
} Line;

typedef struct Lines {
    Line *v;
    int n;
} Lines;

static void lines_add(Lines *ls, const char *kind, const char *id, const char *task, const char *label,
                      const char *feedback, double points, bool passed)
{
    ls->v = xrealloc(ls->v, (size_t)(ls->n + 1) * sizeof *ls->v);
    ls->v[ls->n++] = (Line){xstrdup(kind), xstrdup(id), task ? xstrdup(task) : NULL, xstrdup(label),
                            feedback ? xstrdup(feedback) : NULL, points, passed};
}

static void lines_free(Lines *ls)
{
    for (int i = 0; i < ls->n; i++) {
        free(ls->v[i].kind);
        free(ls->v[i].id);
        free(ls->v[i].task);
        free(ls->v[i].label);
        free(ls->v[i].feedback);
    }
    free(ls->v);
    memset(ls, 0, sizeof *ls);
}

static bool same_line(const Line *a, const Line *b)
{
    return strcmp(a->kind, b->kind) == 0 && strcmp(a->id, b->id) == 0 &&
           ((!a->task && !b->task) || (a->task && b->task && strcmp(a->task, b->task) == 0));
}

/* ---- the old run ---- */

typedef struct OldRun {
    bool found;
    char *mode;
    bool open;
} OldRun;

typedef struct OldRead {
    RegradeResult *out;
    OldRun *old;
} OldRead;

static bool on_old_row(void *ud, const StoreRunRow *r)
{
    OldRead *rd = ud;
    RegradeResult *out = rd->out;
    rd->old->found = true;
    rd->old->mode = xstrdup(r->mode);
    rd->old->open = r->ended_at <= 0 || !r->outcome;
    out->scenario_id = xstrdup(r->scenario_id);
    out->learner = r->learner ? xstrdup(r->learner) : NULL;
    out->old_score = (RegradeScore){r->outcome ? xstrdup(r->outcome) : NULL, r->score, r->max, r->percent,
                                    r->scenario_version ? xstrdup(r->scenario_version) : NULL};
    return false;
}

static bool on_old_line(void *ud, const StoreResultLine *l)
{
    lines_add(ud, l->kind, l->item_id, l->task, l->label, l->feedback, l->points, l->passed);
    return true;
}

/* What the old run's session earned that its snapshot cannot show: hints and adjustments
 * logged before it started finishing. */
typedef struct Session {
    Lines earned;                   /* kind "hint" (id = task), "award", "penalty" */
    bool finishing;
} Session;

static bool on_old_event(void *ud, int64_t seq, double t, const char *kind, const char *data_json)
{
    (void)seq;
    (void)t;
    Session *s = ud;
    if (strcmp(kind, "finishing") == 0) s->finishing = true;
    bool hint = strcmp(kind, "hint") == 0, award = strcmp(kind, "award") == 0, penalty = strcmp(kind, "penalty") == 0;
    if (s->finishing || !(hint || award || penalty)) return !s->finishing;
    cJSON *o = cJSON_Parse(data_json);
    const char *id = cJSON_GetStringValue(cJSON_GetObjectItem(o, hint ? "task" : "id"));
    const char *why = cJSON_GetStringValue(cJSON_GetObjectItem(o, "why"));
    double points = cJSON_GetNumberValue(cJSON_GetObjectItem(o, hint ? "cost" : "points"));
    if (id) lines_add(&s->earned, kind, id, NULL, id, why, points == points ? points : 0, award);
    cJSON_Delete(o);
    return true;
}

/* ---- the regrade run ---- */

typedef struct Regrading {
    const char *tar;
    size_t tar_len;
    char *load_error;
    Session *session;
    Lines given;                    /* awards and penalties the regrade run earned itself */
    bool carried_session;
    RunEventFn on_event;
    void *event_ud;
} Regrading;

static void load_snapshot(void *ud, Run *run)
{
    Regrading *g = ud;
    if (!workspace_snapshot_load_tar(run_sandbox(run), g->tar, g->tar_len, &g->load_error))
        run_finish(run, "the workspace snapshot could not be loaded");
}

static bool already_given(const Regrading *g, const Line *l)
{
    for (int i = 0; i < g->given.n; i++)
        if (same_line(&g->given.v[i], l)) return true;
    return false;
}

/* When the regrade run starts finishing: the old session's hints, and its awards and
 * penalties this run did not earn again. */
static void carry_session(Run *run, Regrading *g)
{
    g->carried_session = true;
    for (int i = 0; i < g->session->earned.n; i++) {
        const Line *l = &g->session->earned.v[i];
        char *err = NULL;
        if (strcmp(l->kind, "hint") == 0) {
            free(run_take_hint(run, l->id, &err));
        } else if (!already_given(g, l)) {
            char *why = xasprintf("carried over from the regraded run: %s", l->feedback ? l->feedback : l->id);
            run_adjust(run, strcmp(l->kind, "award") == 0, l->id, l->points, why, &err);
            free(why);
        }
        free(err);
    }
}

static void observe(void *ud, Run *run, const char *kind, const char *data_json)
{
    Regrading *g = ud;
    if (g->on_event) g->on_event(g->event_ud, run, kind, data_json);
    if (g->carried_session) return;
    if (strcmp(kind, "award") == 0 || strcmp(kind, "penalty") == 0) {
        cJSON *o = cJSON_Parse(data_json);
        const char *id = cJSON_GetStringValue(cJSON_GetObjectItem(o, "id"));
        if (id) lines_add(&g->given, kind, id, NULL, id, NULL, 0, false);
        cJSON_Delete(o);
    } else if (strcmp(kind, "finishing") == 0 && !g->load_error) {
        carry_session(run, g);
    }
}

/* ---- comparing ---- */

static const Line *find_line(const Lines *ls, const Line *l)
{
    for (int i = 0; i < ls->n; i++)
        if (same_line(&ls->v[i], l)) return &ls->v[i];
    return NULL;
}

static void add_change(RegradeResult *out, const Line *old, const Line *now)
{
    const Line *any = now ? now : old;
    out->changes = xrealloc(out->changes, (size_t)(out->n_changes + 1) * sizeof *out->changes);
    out->changes[out->n_changes++] = (RegradeChange){
        xstrdup(any->kind), xstrdup(any->id), any->task ? xstrdup(any->task) : NULL, xstrdup(any->label),
        old != NULL, now != NULL, old ? old->points : 0, now ? now->points : 0, old && old->passed,
        now && now->passed, now && now->feedback ? xstrdup(now->feedback) : NULL,
    };
}

static void compare(RegradeResult *out, const Lines *old, const Lines *now)
{
    for (int i = 0; i < now->n; i++) {
        const Line *o = find_line(old, &now->v[i]);
        if (!o || o->points != now->v[i].points || o->passed != now->v[i].passed) add_change(out, o, &now->v[i]);
    }
    for (int i = 0; i < old->n; i++)
        if (!find_line(now, &old->v[i])) add_change(out, &old->v[i], NULL);
}

static void take_new_result(RegradeResult *out, Run *run, const char *version, Lines *now)
{
    const ScoreSheet *s = run_score(run);
    out->new_score = (RegradeScore){xstrdup(s->outcome), s->score, s->max, s->percent, version ? xstrdup(version) : NULL};
    for (int i = 0; i < s->n_lines; i++) {
        const ScoreLine *l = &s->lines[i];
        lines_add(now, score_kind_name(l->kind), l->item_id, l->task, l->label, l->feedback, l->points, l->passed);
    }
}

/* ---- one regrade ---- */

static bool fail(RegradeResult *out, bool infra, char *error)
{
    free(out->error);
    out->error = error;
    out->infra = infra;
    return false;
}

/* Why the stored run cannot be regraded (caller frees), or NULL. */
static char *refusal(int64_t run_id, const OldRun *old, Store *st, bool *infra)
{
    if (!old->found) return xasprintf("run %lld: no such run", (long long)run_id);
    if (old->open) return xasprintf("run %lld: has not finished (resume or abandon it first)", (long long)run_id);
    if (strcmp(old->mode, "demo") == 0) return xasprintf("run %lld: a demo run is never graded", (long long)run_id);
    if (strcmp(old->mode, "regrade") == 0) {
        int64_t of = store_run_regrade_of(st, run_id);
        *infra = of < 0;
        return of < 0 ? xasprintf("run %lld: %s", (long long)run_id, store_errmsg(st))
                      : xasprintf("run %lld: is itself a regrade of run %lld: regrade that one", (long long)run_id,
                                  (long long)of);
    }
    return NULL;
}

/* The snapshot as a plain tar, checked against its digest; NULL + *error. */
static char *snapshot_tar(Store *st, int64_t run_id, size_t *len, char **error, bool *infra)
{
    StoreSnapshot snap;
    int found = store_snapshot_get(st, run_id, &snap);
    char *tar = NULL, *err = NULL;
    char digest[65] = "";
    if (found > 0 && snap.data) workspace_snapshot_sha256(snap.data, snap.len, digest);
    if (found < 0) {
        *infra = true;
        *error = xasprintf("run %lld: %s", (long long)run_id, store_errmsg(st));
    } else if (found == 0) {
        *error = xasprintf("run %lld: no workspace snapshot stored (runs graded before snapshots were kept, and demo "
                           "runs, have none)", (long long)run_id);
    } else if (!snap.data) {
        *error = xasprintf("run %lld: no workspace snapshot: %s", (long long)run_id, snap.missing);
    } else if (!snap.format || strcmp(snap.format, WORKSPACE_SNAPSHOT_FORMAT) != 0 || !snap.sha256 ||
               strcmp(snap.sha256, digest) != 0) {
        *error = xasprintf("run %lld: the workspace snapshot is damaged (its format or SHA-256 does not match)",
                           (long long)run_id);
    } else if (!(tar = workspace_snapshot_plain_tar(snap.data, snap.len, len, &err))) {
        *error = xasprintf("run %lld: %s", (long long)run_id, err);
    }
    free(err);
    if (found > 0) store_snapshot_clear(&snap);
    return tar;
}

/* Plays the regrade run on the snapshot; false + out->error when it could not finish. */
static bool play_regrade(const RegradeOptions *opts, Scenario *sc, const char *version, Regrading *g,
                         const Lines *old_lines, RegradeResult *out)
{
    RegradeCarriedLine *carried = xcalloc((size_t)old_lines->n + 1, sizeof *carried);
    int n_carried = 0;
    for (int i = 0; i < old_lines->n; i++)
        if (strcmp(old_lines->v[i].kind, "rubric") == 0)
            carried[n_carried++] = (RegradeCarriedLine){old_lines->v[i].id, old_lines->v[i].points, old_lines->v[i].feedback};
    ColleagueBackend *judge = regrade_judge_new(opts->colleagues, out->run_id, carried, n_carried);
    free(carried);
    ActionScript *script = actions_submit_only(sc);
    HeadlessOptions ho = {
        .run = {.learner = out->learner, .mode = "regrade", .store = opts->store, .sandbox = {.backend = opts->backend},
                .colleagues = judge, .on_event = observe, .event_ud = g},
        .before_actions = load_snapshot, .before_ud = g,
    };
    Loop *loop = NULL;
    Run *run = headless_run(sc, script, &ho, &loop);
    out->new_run_id = run_id(run);
    bool ok = true;
    if (out->new_run_id > 0 && !store_run_set_regrade_of(opts->store, out->new_run_id, out->run_id))
        ok = fail(out, true, xasprintf("run %lld: %s", (long long)out->run_id, store_errmsg(opts->store)));
    else if (g->load_error)
        ok = fail(out, true, xasprintf("run %lld: %s", (long long)out->run_id, g->load_error));
    else if (!run_is_finished(run))
        ok = fail(out, true, xasprintf("run %lld: the regrade run could not finish", (long long)out->run_id));
    if (ok) {
        Lines now = {0};
        take_new_result(out, run, version, &now);
        compare(out, old_lines, &now);
        lines_free(&now);
        int n = 0;
        const char *const *ids = regrade_judge_carried(judge, &n);
        out->carried = xcalloc((size_t)n + 1, sizeof *out->carried);
        for (int i = 0; i < n; i++) out->carried[out->n_carried++] = xstrdup(ids[i]);
        if (strcmp(out->new_score.outcome, "infra_error") == 0) {
            const char *why = run_error(run);
            out->error = xasprintf("run %lld: the regrade ended as infra_error: %s", (long long)out->run_id,
                                   why ? why : "unknown error");
            out->infra = true;
        }
    }
    run_free(run);
    judge->free(judge);
    loop_free(loop);
    actions_free(script);
    return ok;
}

bool regrade_run(const RegradeOptions *opts, int64_t run_id, RegradeResult *out)
{
    memset(out, 0, sizeof *out);
    out->run_id = run_id;
    OldRun old = {0};
    OldRead rd = {out, &old};
    StoreRunFilter one = {.run_id = run_id};
    if (run_id <= 0 || !store_runs_foreach(opts->store, &one, on_old_row, &rd)) {
        bool db = run_id > 0;
        return fail(out, db, db ? xasprintf("run %lld: %s", (long long)run_id, store_errmsg(opts->store))
                                : xasprintf("run %lld: no such run", (long long)run_id));
    }
    bool infra = false;
    char *why = refusal(run_id, &old, opts->store, &infra);
    free(old.mode);
    if (why) return fail(out, infra, why);

    size_t tar_len = 0;
    char *tar = snapshot_tar(opts->store, run_id, &tar_len, &why, &infra);
    if (!tar) return fail(out, infra, why);
    char *err = NULL;
    Scenario *sc = scenario_load(opts->scenario_dir, &err);
    Lines old_lines = {0};
    Session session = {0};
    bool ok = false;
    if (!sc) {
        fail(out, false, xasprintf("run %lld: %s", (long long)run_id, err ? err : "cannot load the scenario"));
    } else if (strcmp(sc->id, out->scenario_id) != 0) {
        fail(out, false, xasprintf("run %lld: ran scenario '%s', not '%s'", (long long)run_id, out->scenario_id, sc->id));
        scenario_free(sc);
    } else if (!store_results_foreach(opts->store, run_id, on_old_line, &old_lines) ||
               !store_events_foreach(opts->store, run_id, on_old_event, &session)) {
        fail(out, true, xasprintf("run %lld: %s", (long long)run_id, store_errmsg(opts->store)));
        scenario_free(sc);
    } else {
        char *version = scenario_folder_version(opts->scenario_dir, NULL);
        Regrading g = {.tar = tar, .tar_len = tar_len, .session = &session, .on_event = opts->on_event,
                       .event_ud = opts->event_ud};
        ok = play_regrade(opts, sc, version, &g, &old_lines, out);   /* takes sc */
        free(g.load_error);
        lines_free(&g.given);
        free(version);
    }
    lines_free(&old_lines);
    lines_free(&session.earned);
    free(err);
    free(tar);
    return ok;
}

static void score_clear(RegradeScore *s)
{
    free(s->outcome);
    free(s->version);
}

void regrade_result_clear(RegradeResult *r)
{
    free(r->scenario_id);
    free(r->learner);
    score_clear(&r->old_score);
    score_clear(&r->new_score);
    for (int i = 0; i < r->n_changes; i++) {
        RegradeChange *c = &r->changes[i];
        free(c->kind);
        free(c->id);
        free(c->task);
        free(c->label);
        free(c->feedback);
    }
    free(r->changes);
    for (int i = 0; i < r->n_carried; i++) free(r->carried[i]);
    free(r->carried);
    free(r->error);
    memset(r, 0, sizeof *r);
}
