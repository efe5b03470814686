/* regrade_judge.c: the colleague backend of a regrade run (regrade.h): replies, asks and
 * reviews go to the real backend; a rubric item the old run graded gets the old line's points
 * and feedback, marked as carried (the core still clamps them to the item's current max). */
#include "headless/regrade.h"

#include "base/util.h"

#include <stdlib.h>
#include <string.h>

typedef struct CarriedJudge {
    ColleagueBackend *inner;
    ColleagueBackend *owned_inner;  /* the scripted default, when no inner was given */
    int64_t old_run;
    RegradeCarriedLine *lines;      /* copies */
    int n_lines;
    const char **carried;           /* item ids graded from lines */
    int n_carried;
} CarriedJudge;

static CarriedJudge *judge_of(ColleagueBackend *b) { return b->impl; }

static void judge_reply(ColleagueBackend *b, ColleagueContext *cx, const char *who, const char *channel,
                        const char *text, ColleagueReplyFn done, void *ud)
{
    ColleagueBackend *in = judge_of(b)->inner;
    in->reply(in, cx, who, channel, text, done, ud);
}

static void judge_ask(ColleagueBackend *b, ColleagueContext *cx, const char *who, const char *prompt,
                      ColleagueReplyFn done, void *ud)
{
    ColleagueBackend *in = judge_of(b)->inner;
    in->ask(in, cx, who, prompt, done, ud);
}

static void judge_review(ColleagueBackend *b, ColleagueContext *cx, const char *who, const char *task_id,
                         ColleagueReviewFn done, void *ud)
{
    ColleagueBackend *in = judge_of(b)->inner;
    in->review(in, cx, who, task_id, done, ud);
}

static void judge_grade(ColleagueBackend *b, ColleagueContext *cx, int rubric_index, ColleagueGradeFn done, void *ud)
{
    CarriedJudge *j = judge_of(b);
    const char *id = cx->scenario->rubric[rubric_index].id;
    for (int i = 0; i < j->n_lines; i++) {
        if (strcmp(j->lines[i].id, id) != 0) continue;
        j->carried = xrealloc(j->carried, (size_t)(j->n_carried + 1) * sizeof *j->carried);
        j->carried[j->n_carried++] = j->lines[i].id;
        char *why = xasprintf("carried over from run %lld (a regrade cannot replay the conversation its judge "
                              "reads): %s", (long long)j->old_run, j->lines[i].feedback ? j->lines[i].feedback : "");
        done(cx, ud, j->lines[i].points, why, NULL);
        free(why);
        return;
    }
    j->inner->grade(j->inner, cx, rubric_index, done, ud);
}

static void judge_free(ColleagueBackend *b)
{
    if (!b) return;
    CarriedJudge *j = judge_of(b);
    for (int i = 0; i < j->n_lines; i++) {
        free((char *)j->lines[i].id);
        free((char *)j->lines[i].feedback);
    }
    free(j->lines);
    free(j->carried);
    if (j->owned_inner) j->owned_inner->free(j->owned_inner);
    free(j);
    free(b);
}

ColleagueBackend *regrade_judge_new(ColleagueBackend *inner, int64_t old_run, const RegradeCarriedLine *lines, int n)
{
    CarriedJudge *j = xcalloc(1, sizeof *j);
    j->owned_inner = inner ? NULL : colleague_scripted_new();
    j->inner = inner ? inner : j->owned_inner;
    j->old_run = old_run;
    j->lines = xcalloc((size_t)n + 1, sizeof *j->lines);
    for (int i = 0; i < n; i++)
        j->lines[i] = (RegradeCarriedLine){xstrdup(lines[i].id), lines[i].points,
                                           lines[i].feedback ? xstrdup(lines[i].feedback) : NULL};
    j->n_lines = n;
    ColleagueBackend *b = xcalloc(1, sizeof *b);
    *b = (ColleagueBackend){.name = j->inner->name, .impl = j, .reply = judge_reply, .ask = judge_ask,
                            .review = judge_review, .grade = judge_grade, .free = judge_free};
    return b;
}

const char *const *regrade_judge_carried(ColleagueBackend *judge, int *n)
{
    CarriedJudge *j = judge_of(judge);
    *n = j->n_carried;
    return j->carried;
}
