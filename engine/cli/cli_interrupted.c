/* cli_interrupted.c: interrupted runs as the command line meets them (DESIGN §8): each start
 * closes the runs left too long (or that were never attempts: demo and grade runs) as
 * `incomplete`, at their last event's time with the score they had, and `play` tells the
 * learner about the run they can resume. Runs a live engine is writing are never touched. */
#define _GNU_SOURCE
#include "cli/cli.h"

#include "core/run_resume.h"
#include "base/text_safe.h"
#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct StaleList {
    int64_t *ids;
    char **scenarios;
    int n;
} StaleList;

static bool collect_stale(void *ud, const StoreInterruptedRun *r)
{
    StaleList *l = ud;
    bool attempt = r->mode && (strcmp(r->mode, "play") == 0 || strcmp(r->mode, "run") == 0);
    if (attempt && util_wall_seconds() - r->last_event_at <= run_resume_max_age_seconds()) return true;
    l->ids = xrealloc(l->ids, (size_t)(l->n + 1) * sizeof *l->ids);
    l->scenarios = xrealloc(l->scenarios, (size_t)(l->n + 1) * sizeof *l->scenarios);
    l->ids[l->n] = r->id;
    l->scenarios[l->n++] = xstrdup(r->scenario_id);
    return true;
}

/* The scenario of an old run, or NULL (quietly) when it is no longer on the path. */
static Scenario *load_quietly(CliContext *ctx, const char *id)
{
    char *err = NULL;
    char *dir = id ? scenario_resolve(id, (const char *const *)ctx->scenario_path, &err) : NULL;
    Scenario *sc = dir ? scenario_load(dir, &err) : NULL;
    free(err);
    free(dir);
    return sc;
}

int cli_close_stale_runs(CliContext *ctx, Store *st)
{
    StaleList l = {0};
    store_interrupted_runs_foreach(st, NULL, collect_stale, &l);
    int closed = 0;
    for (int i = 0; i < l.n; i++) {
        char *err = NULL;
        if (run_abandon(load_quietly(ctx, l.scenarios[i]), st, l.ids[i], &err)) closed++;
        else fprintf(stderr, "worksim: closing interrupted run %lld: %s\n", (long long)l.ids[i], err);
        free(err);
        free(l.scenarios[i]);
    }
    free(l.ids);
    free(l.scenarios);
    return closed;
}

char *cli_describe_interrupted(CliContext *ctx, const RunInterrupted *r)
{
    Scenario *sc = load_quietly(ctx, r->scenario_id);
    Buf b = {0};
    buf_printf(&b, "run %lld, '%s'", (long long)r->id, r->scenario_title ? r->scenario_title : r->scenario_id);
    if (sc && sc->time_limit > 0) {
        double left = sc->time_limit - r->elapsed;
        if (left < 0) left = 0;
        buf_printf(&b, ", %d:%02d left", (int)(left / 60), (int)left % 60);
    } else {
        buf_printf(&b, ", %d:%02d in", (int)(r->elapsed / 60), (int)r->elapsed % 60);
    }
    scenario_free(sc);
    char *text = buf_steal(&b);
    char *safe = text_terminal(text, TEXT_ONE_LINE);
    free(text);
    return safe;
}
