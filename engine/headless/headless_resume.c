/* headless_resume.c: `worksim resume --actions`: which moves of the action script the log
 * shows as applied, and playing the rest on the resumed run (headless.h). */
#include "headless/headless.h"

#include "core/run_resume.h"
#include "host/scenario_host.h"
#include "base/util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Where the log says the script stood: the last move begun, and whether its effect is in. */
typedef struct ResumePoint {
    int last;                  /* 1-based number of the last `action` logged; 0: none */
    ActionKind kind;
    double started_t;          /* its run clock */
    bool done;                 /* its effect (or its refusal) is logged */
    double last_t;             /* the run clock of the last event */
} ResumePoint;

static bool kind_from_name(const char *name, ActionKind *out)
{
    static const ActionKind all[] = {ACTION_SH, ACTION_SAY, ACTION_POST, ACTION_WAIT, ACTION_HINT, ACTION_SUBMIT,
                                     ACTION_FINISH};
    for (size_t i = 0; name && i < sizeof all / sizeof all[0]; i++) {
        if (strcmp(action_kind_name(all[i]), name) == 0) {
            *out = all[i];
            return true;
        }
    }
    return false;
}

/* Whether an event of kind (fields parsed into doc) is the effect of a move of kind k. */
static bool is_effect(ActionKind k, EventKind kind, const cJSON *doc)
{
    const char *from = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(doc, "from"));
    const char *status = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(doc, "status"));
    switch (k) {
    case ACTION_SH: return kind == EV_COMMAND;
    case ACTION_SAY:
    case ACTION_POST: return kind == EV_MESSAGE && from && strcmp(from, "learner") == 0;
    case ACTION_HINT: return kind == EV_HINT;
    case ACTION_SUBMIT:
        return kind == EV_SUBMIT_REFUSED || (kind == EV_TASK_STATUS && status && strcmp(status, "submitted") == 0);
    case ACTION_FINISH: return kind == EV_FINISHING;
    case ACTION_WAIT: return false;
    }
    return false;
}

static bool on_event(void *ud, int64_t seq, double t, const char *kind_name, const char *data_json)
{
    (void)seq;
    ResumePoint *p = ud;
    p->last_t = t;
    EventKind kind = event_kind_from_name(kind_name);
    if (kind != EV_ACTION && kind != EV_ACTION_REFUSED && (p->done || !p->last)) return true;
    cJSON *doc = cJSON_Parse(data_json ? data_json : "");
    const cJSON *number = cJSON_GetObjectItemCaseSensitive(doc, "action");
    int n = cJSON_IsNumber(number) ? (int)number->valuedouble : 0;
    ActionKind k;
    if (kind == EV_ACTION && n > 0 && kind_from_name(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(doc, "kind")), &k)) {
        *p = (ResumePoint){n, k, t, false, t};
    } else if (kind == EV_ACTION_REFUSED) {
        if (n == p->last) p->done = true;
    } else if (p->last && is_effect(p->kind, kind, doc)) {
        p->done = true;
    }
    cJSON_Delete(doc);
    return true;
}

Run *headless_resume(Scenario *sc, int64_t run_id, const ActionScript *script, const HeadlessOptions *opts,
                     Loop **loop_out, int *skipped, char **err)
{
    ResumePoint p = {0};
    if (opts->run.store && !store_events_foreach(opts->run.store, run_id, on_event, &p)) {
        *err = xasprintf("run %lld: %s", (long long)run_id, store_errmsg(opts->run.store));
        scenario_free(sc);
        return NULL;
    }
    Loop *loop = loop_new(true);
    RunOptions ro = opts->run;
    ro.loop = loop;
    ro.hooks = scenario_run_hooks();
    Run *run = run_resume(sc, run_id, &ro, err);
    if (!run) {
        loop_free(loop);
        return NULL;
    }
    loop_run_until_idle(loop, NULL);
    /* A move begun but without its effect in the log runs again; a wait waits what was left. */
    int first = p.last;
    if (p.last && !p.done && p.kind != ACTION_WAIT) first = p.last - 1;
    if (p.last && p.kind == ACTION_WAIT && script && p.last <= script->n && !run_is_finished(run)) {
        double left = p.started_t + script->actions[p.last - 1].seconds - p.last_t;
        if (left > 0) {
            loop_advance(loop, left);
            loop_run_until_idle(loop, NULL);
        }
    }
    if (skipped) *skipped = first;
    headless_play_from(run, loop, script, first);
    *loop_out = loop;
    return run;
}
