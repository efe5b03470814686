/* colleague_scripted.c: the offline colleague backend (colleague.h). Replies come from the
 * scenario's `scripted` rules, rubric items from their `scripted` functions (both reached
 * through the ColleagueContext, which hands them to the scenario's scripts), and a reviewer
 * approves exactly when every check of the task passed, otherwise requests changes quoting
 * the failed checks' FAIL: lines. Deterministic: the same moves give the same run. */
#include "llm/colleague.h"

#include "base/util.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

typedef struct ScriptedWait {
    ColleagueContext *cx;
    ColleagueReplyFn reply_done;
    ColleagueGradeFn grade_done;
    void *ud;
} ScriptedWait;

static ScriptedWait *scripted_wait(ColleagueContext *cx, void *ud)
{
    ScriptedWait *w = xcalloc(1, sizeof *w);
    w->cx = cx;
    w->ud = ud;
    return w;
}

static void on_scripted_text(void *ud, const cJSON *results)
{
    ScriptedWait *w = ud;
    const cJSON *first = results ? cJSON_GetArrayItem(results, 0) : NULL;
    const char *text = cJSON_IsString(first) ? first->valuestring : NULL;
    w->reply_done(w->cx, w->ud, text, NULL);
    free(w);
}

static void scripted_reply(ColleagueBackend *b, ColleagueContext *cx, const char *who, const char *channel,
                           const char *text, ColleagueReplyFn done, void *ud)
{
    (void)b;
    ScriptedWait *w = scripted_wait(cx, ud);
    w->reply_done = done;
    cx->scripted_reply(cx, who, text, channel, on_scripted_text, w);
}

static void scripted_ask(ColleagueBackend *b, ColleagueContext *cx, const char *who, const char *prompt,
                         ColleagueReplyFn done, void *ud)
{
    scripted_reply(b, cx, who, NULL, prompt, done, ud);
}

static void scripted_review(ColleagueBackend *b, ColleagueContext *cx, const char *who, const char *task_id,
                            ColleagueReviewFn done, void *ud)
{
    (void)b;
    (void)who;
    const Scenario *sc = cx->scenario;
    int ti = 0;
    while (ti < sc->n_tasks && strcmp(sc->tasks[ti].id, task_id) != 0) ti++;
    const ScenarioTask *t = &sc->tasks[ti];
    Buf summary = {0};
    bool approved = true;
    for (int i = 0; i < t->n_checks; i++) {
        ColleagueCheck r = cx->task_check(cx, ti, i);
        if (r.passed) continue;
        if (approved) buf_puts(&summary, "Changes requested:");
        approved = false;
        buf_printf(&summary, "\n- %s", t->checks[i].label ? t->checks[i].label : t->checks[i].id);
        if (r.feedback) buf_printf(&summary, ": %s", r.feedback);
    }
    if (approved) buf_puts(&summary, "Looks good to me. Approved.");
    ReviewVerdict v = {.approved = approved, .summary = summary.data};
    done(cx, ud, &v, NULL);
    buf_free(&summary);
}

static void on_scripted_grade(void *ud, const cJSON *results)
{
    ScriptedWait *w = ud;
    if (!results) {
        w->grade_done(w->cx, w->ud, 0, "the scenario's scripted judge raised an error", NULL);
    } else {
        const cJSON *points = cJSON_GetArrayItem(results, 0);
        const cJSON *why = cJSON_GetArrayItem(results, 1);
        w->grade_done(w->cx, w->ud, cJSON_IsNumber(points) ? points->valuedouble : 0,
                      cJSON_IsString(why) ? why->valuestring : NULL, NULL);
    }
    free(w);
}

static void scripted_grade(ColleagueBackend *b, ColleagueContext *cx, int ri, ColleagueGradeFn done, void *ud)
{
    (void)b;
    const ScenarioRubric *item = &cx->scenario->rubric[ri];
    if (item->scripted_ref < 0) {
        done(cx, ud, 0, "no offline judge for this item (it needs a colleague backend that can judge)", NULL);
        return;
    }
    ScriptedWait *w = scripted_wait(cx, ud);
    w->grade_done = done;
    char *what = xasprintf("rubric[%s].scripted", item->id);
    cx->call_script(cx, item->scripted_ref, what, on_scripted_grade, w);
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
