/* run_resume.c: resuming and abandoning interrupted runs (run_resume.h). The state comes
 * from the event log (run_rebuild.c), the workspace and base from the run's folder on disk
 * (run_state.c); the sandbox is a new one on copies of those. */
#define _GNU_SOURCE
#include "core/run_resume.h"

#include "core/run_internal.h"
#include "base/util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

double run_resume_max_age_seconds(void)
{
    const char *v = getenv("WORKSIM_RESUME_MAX_HOURS");
    char *end = NULL;
    double hours = v && *v ? strtod(v, &end) : NAN;
    if (!(hours > 0) || !isfinite(hours) || (end && *end)) hours = RUN_RESUME_MAX_HOURS_DEFAULT;
    return hours * 3600.0;
}

void run_interrupted_clear(RunInterrupted *r)
{
    free(r->scenario_id);
    free(r->scenario_title);
    free(r->learner);
    free(r->mode);
    memset(r, 0, sizeof *r);
}

typedef struct FindCtx {
    int64_t want_id;            /* 0: the newest resumable one */
    RunInterrupted *out;
    bool found;
} FindCtx;

bool run_resume_mode_allowed(const char *mode)
{
    return mode && (strcmp(mode, "play") == 0 || strcmp(mode, "run") == 0);
}

static bool on_interrupted(void *ud, const StoreInterruptedRun *r)
{
    FindCtx *ctx = ud;
    if (ctx->want_id ? r->id != ctx->want_id
                     : !run_resume_mode_allowed(r->mode) || util_wall_seconds() - r->last_event_at > run_resume_max_age_seconds())
        return true;
    *ctx->out = (RunInterrupted){r->id, xstrdup(r->scenario_id), xstrdup(r->scenario_title), xstrdup(r->learner),
                                 xstrdup(r->mode), r->last_event_at, r->last_t_run};
    ctx->found = true;
    return false;
}

static bool find_run(Store *st, const char *learner, int64_t id, RunInterrupted *out)
{
    FindCtx ctx = {id, out, false};
    memset(out, 0, sizeof *out);
    return store_interrupted_runs_foreach(st, learner, on_interrupted, &ctx) && ctx.found;
}

bool run_find_interrupted(Store *st, const char *learner, RunInterrupted *out)
{
    return find_run(st, learner, 0, out);
}

bool run_interrupted_by_id(Store *st, int64_t run_id, RunInterrupted *out)
{
    return run_id > 0 && find_run(st, NULL, run_id, out);
}

typedef struct RebuildCtx {
    Run *run;
    RunRebuild *rb;
    char *err;
} RebuildCtx;

static bool on_stored_event(void *ud, int64_t seq, double t, const char *kind, const char *data_json)
{
    (void)seq;
    RebuildCtx *ctx = ud;
    return run_rebuild_event(ctx->run, ctx->rb, t, kind, data_json, &ctx->err);
}

/* Rebuilds run's state from its log; false + *err when an event cannot be read. */
static bool rebuild(Run *run, RunRebuild *rb, char **err)
{
    RebuildCtx ctx = {run, rb, NULL};
    bool ok = store_events_foreach(run->store, run->id, on_stored_event, &ctx) && !ctx.err;
    if (!ok)
        *err = ctx.err ? xasprintf("run %lld: its log cannot be read back: %s", (long long)run->id, ctx.err)
                       : xasprintf("run %lld: %s", (long long)run->id, store_errmsg(run->store));
    else free(ctx.err);
    return ok;
}

static bool is_folder(const char *dir, const char *name)
{
    char *path = xasprintf("%s/%s", dir, name);
    struct stat st;
    bool ok = lstat(path, &st) == 0 && S_ISDIR(st.st_mode);
    free(path);
    return ok;
}

/* Why run (rebuilt into rb) cannot go on from its saved state, or NULL. Caller frees. */
static char *resume_obstacle(Run *run, const RunRebuild *rb, const char *state_dir)
{
    long long id = (long long)run->id;
    if (rb->finished) return xasprintf("run %lld has already finished", id);
    if (!rb->base_recorded)
        return xasprintf("run %lld was stopped before its start had completed: there is nothing to resume "
                         "(close it with `worksim resume --abandon %lld`)", id, id);
    if (rb->start_hash && strcmp(rb->start_hash, run->sc->hash) != 0)
        return xasprintf("run %lld was started with another version of scenario '%s' (its scenario.lua changed)",
                         id, run->sc->id);
    if (!state_dir || !is_folder(state_dir, "workspace") || !is_folder(state_dir, "base"))
        return xasprintf("run %lld: its workspace was not saved under %s (saving it failed, or the folder was removed)",
                         id, state_dir ? state_dir : "the state folder");
    return NULL;
}

/* Reopens the sandbox on the saved workspace and base, on the backend the run last ran on
 * unless the caller chose one (a vm run keeps its VM); false when it cannot start (the run
 * then ends as an infrastructure error, as a start would). */
static bool reopen_sandbox(Run *run, const RunRebuild *rb)
{
    char *ws = xasprintf("%s/workspace", run->state_dir);
    char *base = xasprintf("%s/base", run->state_dir);
    SandboxConfig cfg = run->sandbox_cfg;
    if (cfg.backend == SANDBOX_AUTO && rb->backend)
        cfg.backend = strcmp(rb->backend, "vm") == 0 ? SANDBOX_VM : SANDBOX_NS;
    cfg.workspace_src = ws;
    cfg.workspace_links = true;
    cfg.base_src = base;
    bool ok = run_open_sandbox(run, &cfg);
    free(ws);
    free(base);
    return ok;
}

void run_rerun_input(Run *run, const PendingInput *p)
{
    cJSON *doc = NULL;
    char *err = NULL;
    if (p->hook == HOOK_ON_COMMAND) {
        run_call_on_command(run, p->json, p->input);
    } else if (p->hook == HOOK_ON_MESSAGE) {
        EvMessage m;
        if (ev_message_parse(p->json, &m, &doc, &err)) run_call_on_message(run, m.to, m.channel, m.text, p->input);
    } else if (p->hook == HOOK_ON_SUBMIT) {
        EvTaskStatus s;
        if (ev_task_status_parse(p->json, &s, &doc, &err)) run_call_on_submit(run, s.task, p->input);
    }
    cJSON_Delete(doc);
    free(err);   /* the log was read back already: a parse cannot fail here */
}

/* What was in flight when the engine stopped goes on. */
static void carry_on(Run *run, const RunRebuild *rb)
{
    if (rb->finishing) {
        run_finish(run, rb->finishing_reason);   /* the final checks start over on the saved workspace */
        return;
    }
    if (run->sc->time_limit > 0) {
        double left = run->sc->time_limit - rb->last_t;
        if (left <= 0) {
            run_finish(run, "time_limit");
            return;
        }
        run->time_limit_timer = loop_add_timer(run->loop, left, run_on_time_limit, run);
    }
    for (int ti = 0; ti < run->sc->n_tasks && !run->finishing; ti++) run_continue_submit(run, ti);
}

Run *run_resume(Scenario *sc, int64_t run_id, const RunOptions *opts, char **err)
{
    RunInterrupted info;
    if (!opts->store || !find_run(opts->store, NULL, run_id, &info)) {
        *err = xasprintf("run %lld is not an interrupted run (it has finished, does not exist, or its engine "
                         "still runs)", (long long)run_id);
        scenario_free(sc);
        return NULL;
    }
    if (strcmp(info.scenario_id, sc->id) != 0) {
        *err = xasprintf("run %lld is a run of scenario '%s', not '%s'", (long long)run_id, info.scenario_id, sc->id);
        run_interrupted_clear(&info);
        scenario_free(sc);
        return NULL;
    }
    RunOptions ro = *opts;
    ro.learner = info.learner;
    Run *run = run_new(sc, &ro);
    run->id = run_id;
    RunRebuild rb = {0};
    char *state_dir = run_state_dir_for(run->store, run_id);
    char *why = NULL;
    if (!rebuild(run, &rb, &why)) {
    } else if ((why = resume_obstacle(run, &rb, state_dir)) != NULL) {
    } else if (!store_run_reopen(run->store, run_id)) {
        why = xstrdup(store_errmsg(run->store));
    }
    if (why) {
        *err = why;
        free(state_dir);
        run_rebuild_clear(&rb);
        run_interrupted_clear(&info);
        run->id = 0;         /* nothing of the stored run changes */
        run->store = NULL;
        run_free(run);
        return NULL;
    }
    run->state_dir = state_dir;
    run->started = loop_now(run->loop) - rb.last_t;   /* the run clock goes on where it stopped */
    run->base_recorded = true;
    if (reopen_sandbox(run, &rb)) {
        run->host = run->hooks->attach(run, sc);
        char *state_err = NULL;
        if (rb.scenario_state && !run->hooks->restore_state(run->host, rb.scenario_state, &state_err)) {
            run_note_script_error(run, state_err);   /* the run cannot go on as it was: it ends here */
            free(state_err);
            run_rebuild_clear(&rb);
            run_interrupted_clear(&info);
            return run;
        }
        double after = fmax(0, util_wall_seconds() - info.last_event_at);
        run_log_resumed(run, &(EvResumed){.backend = sandbox_backend_name(run->sb), .after_seconds = after});
        /* Scripts suspended in run:wait or run:ask died with the engine: on_resume restarts
         * what should go on (a timeline of interruptions), from the state put back above. */
        if (!rb.finishing) {
            cJSON *info_arg = cJSON_CreateObject();
            cJSON_AddNumberToObject(info_arg, "after_seconds", after);
            cJSON *args = cJSON_CreateArray();
            cJSON_AddItemToArray(args, info_arg);
            run_call_hook(run, HOOK_ON_RESUME, args, NULL, NULL);
        }
        /* Hooks the kill cut short (waiting in run:sh or run:ask) run again for their input. */
        for (int i = 0; i < rb.n_pending && !rb.finishing && !run->finishing; i++) run_rerun_input(run, &rb.pending[i]);
        if (!run->finishing) carry_on(run, &rb);
    }
    run_rebuild_clear(&rb);
    run_interrupted_clear(&info);
    return run;
}

/* A run whose scenario is gone: closed with what the store alone knows. */
static bool abandon_without_scenario(Store *st, const RunInterrupted *info, char **err)
{
    StoreRunOutcome out = {"incomplete", 0, 0, 0, "abandoned (its scenario is no longer on the scenario path)"};
    if (!store_run_finish(st, info->id, &out, NULL, 0) || !store_run_set_ended_at(st, info->id, info->last_event_at)) {
        *err = xstrdup(store_errmsg(st));
        return false;
    }
    char *dir = run_state_dir_for(st, info->id);
    if (dir) util_remove_tree(dir);
    free(dir);
    return true;
}

bool run_abandon(Scenario *sc, Store *st, int64_t run_id, char **err)
{
    RunInterrupted info;
    if (!find_run(st, NULL, run_id, &info)) {
        *err = xasprintf("run %lld is not an interrupted run (it has finished, does not exist, or its engine "
                         "still runs)", (long long)run_id);
        scenario_free(sc);
        return false;
    }
    if (!sc) {
        bool ok = abandon_without_scenario(st, &info, err);
        run_interrupted_clear(&info);
        return ok;
    }
    Loop *loop = loop_new(true);
    Run *run = run_new(sc, &(RunOptions){.learner = info.learner, .store = st, .loop = loop});
    run->id = run_id;
    RunRebuild rb = {0};
    bool ok = rebuild(run, &rb, err);
    if (ok) {
        run->started = loop_now(loop) - rb.last_t;
        run->state_dir = run_state_dir_for(st, run_id);   /* removed once the run is closed */
        run->finishing = true;
        run->end_reason = xstrdup("abandoned");
        run_finish_complete(run);
        ok = !run->record_failed && store_run_set_ended_at(st, run_id, info.last_event_at);
        if (!ok) *err = xstrdup(run->error ? run->error : store_errmsg(st));
    }
    run_rebuild_clear(&rb);
    run_interrupted_clear(&info);
    run_free(run);
    loop_free(loop);
    return ok;
}
