/* scripted_colleagues.c: the offline colleague backend (colleague.h). Replies come from the
 * scenario's `scripted` rules, rubric items from their `scripted` functions, and a reviewer
 * approves exactly when every check of the task passed, otherwise requests changes quoting
 * the failed checks' FAIL: lines. Deterministic: the same moves give the same run. */
#include "llm/colleague.h"

#include "core/run.h"
#include "host/scenario_host.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>

typedef struct ReplyWait {
    ColleagueReplyFn done;
    void *ud;
} ReplyWait;

static void on_scripted_text(Run *run, void *ud, const cJSON *results)
{
    ReplyWait *w = ud;
    const cJSON *first = results ? cJSON_GetArrayItem(results, 0) : NULL;
    const char *text = cJSON_IsString(first) ? first->valuestring : NULL;
    w->done(run, w->ud, text, NULL);
    free(w);
}

static void scripted_reply(ColleagueBackend *b, Run *run, const char *who, const char *channel,
                           const char *text, ColleagueReplyFn done, void *ud)
{
    (void)b;
    ReplyWait *w = xcalloc(1, sizeof *w);
    *w = (ReplyWait){done, ud};
    scenario_host_scripted_reply(run_host(run), who, text, channel, on_scripted_text, w);
}

static void scripted_ask(ColleagueBackend *b, Run *run, const char *who, const char *prompt,
                         ColleagueReplyFn done, void *ud)
{
    scripted_reply(b, run, who, NULL, prompt, done, ud);
}

static void scripted_review(ColleagueBackend *b, Run *run, const char *who, const char *task_id,
                            ColleagueReviewFn done, void *ud)
{
    (void)b;
    (void)who;
    const Scenario *sc = run_scenario(run);
    int ti = 0;
    while (ti < sc->n_tasks && strcmp(sc->tasks[ti].id, task_id) != 0) ti++;
    const ScenarioTask *t = &sc->tasks[ti];
    const CheckResult *results = run_task_checks(run, ti);
    Buf summary = {0};
    bool approved = true;
    for (int i = 0; i < t->n_checks; i++) {
        if (results[i].passed) continue;
        if (approved) buf_puts(&summary, "Changes requested:");
        approved = false;
        buf_printf(&summary, "\n- %s", t->checks[i].label ? t->checks[i].label : t->checks[i].id);
        if (results[i].feedback) buf_printf(&summary, ": %s", results[i].feedback);
    }
    if (approved) buf_puts(&summary, "Looks good to me. Approved.");
    ReviewVerdict v = {.approved = approved, .summary = summary.data};
    done(run, ud, &v, NULL);
    buf_free(&summary);
}

typedef struct GradeWait {
    ColleagueGradeFn done;
    void *ud;
} GradeWait;

static void on_scripted_grade(Run *run, void *ud, const cJSON *results)
{
    GradeWait *w = ud;
    if (!results) {
        w->done(run, w->ud, 0, "the scenario's scripted judge raised an error", NULL);
    } else {
        const cJSON *points = cJSON_GetArrayItem(results, 0);
        const cJSON *why = cJSON_GetArrayItem(results, 1);
        w->done(run, w->ud, cJSON_IsNumber(points) ? points->valuedouble : 0,
                cJSON_IsString(why) ? why->valuestring : NULL, NULL);
    }
    free(w);
}

static void scripted_grade(ColleagueBackend *b, Run *run, int ri, ColleagueGradeFn done, void *ud)
{
    (void)b;
    const ScenarioRubric *item = &run_scenario(run)->rubric[ri];
    if (item->scripted_ref < 0) {
        done(run, ud, 0, "no offline judge for this item (it needs a colleague backend that can judge)", NULL);
        return;
    }
    GradeWait *w = xcalloc(1, sizeof *w);
    *w = (GradeWait){done, ud};
    char *what = xasprintf("rubric[%s].scripted", item->id);
    scenario_host_call_ref(run_host(run), item->scripted_ref, what, cJSON_CreateArray(), on_scripted_grade, w);
    free(what);
}

static void scripted_free(ColleagueBackend *b) { free(b); }

ColleagueBackend *colleague_scripted_new(void)
{
    ColleagueBackend *b = xcalloc(1, sizeof *b);
    b->name = "scripted";
    b->reply = scripted_reply;
    b->ask = scripted_ask;
    b->review = scripted_review;
    b->grade = scripted_grade;
    b->free = scripted_free;
    return b;
}
