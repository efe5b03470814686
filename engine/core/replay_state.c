/* replay_state.c: folds a stored run's events into what its desktop showed at a time t
 * (replay_state.h). Each event is parsed with its typed schema; one that does not parse is
 * skipped (the replay shows what it can, as `worksim replay` prints what it can). */
#include "core/replay_state.h"

#include "base/util.h"

#include <cjson/cJSON.h>

#include <stdlib.h>
#include <string.h>

void replay_log_add(ReplayLog *log, double t, const char *kind, const char *data_json)
{
    log->events = xrealloc(log->events, (size_t)(log->n + 1) * sizeof *log->events);
    log->events[log->n++] = (ReplayEvent){t, event_kind_from_name(kind), xstrdup(data_json ? data_json : "{}")};
}

static bool add_stored_event(void *ud, int64_t seq, double t_run, const char *kind, const char *data_json)
{
    (void)seq;
    replay_log_add(ud, t_run, kind, data_json);
    return true;
}

bool replay_log_load(ReplayLog *log, Store *st, int64_t run_id, char **err)
{
    if (!store_events_foreach(st, run_id, add_stored_event, log)) {
        *err = xasprintf("run %lld: %s", (long long)run_id, store_errmsg(st));
        return false;
    }
    if (log->n == 0) {
        *err = xasprintf("no run %lld in the database", (long long)run_id);
        return false;
    }
    return true;
}

void replay_log_clear(ReplayLog *log)
{
    for (int i = 0; i < log->n; i++) free(log->events[i].data_json);
    free(log->events);
    memset(log, 0, sizeof *log);
}

double replay_log_duration(const ReplayLog *log)
{
    double end = 0;
    for (int i = 0; i < log->n; i++)
        if (log->events[i].t > end) end = log->events[i].t;
    return end;
}

int replay_log_count_until(const ReplayLog *log, double t)
{
    int n = 0;
    while (n < log->n && log->events[n].t <= t) n++;
    return n;
}

bool replay_event_shown(EventKind kind)
{
    switch (kind) {
    case EV_MESSAGE: case EV_COMMAND: case EV_TASK_STATUS: case EV_CHECK: case EV_REVIEW: case EV_HINT:
    case EV_FINISH:
        return true;
    default:
        return false;
    }
}

int replay_log_step(const ReplayLog *log, int from, int dir)
{
    for (int i = from + (dir > 0 ? 1 : -1); i >= 0 && i < log->n; i += dir > 0 ? 1 : -1)
        if (replay_event_shown(log->events[i].kind)) return i;
    return -1;
}

/* ---- the fold ---------------------------------------------------------------------------- */

static ReplayTask *task_entry(ReplayState *s, const char *id)
{
    for (int i = 0; i < s->n_tasks; i++)
        if (strcmp(s->tasks[i].id, id) == 0) return &s->tasks[i];
    s->tasks = xrealloc(s->tasks, (size_t)(s->n_tasks + 1) * sizeof *s->tasks);
    ReplayTask *task = &s->tasks[s->n_tasks++];
    *task = (ReplayTask){.id = xstrdup(id), .status = xstrdup("unassigned")};
    return task;
}

const ReplayTask *replay_state_task(const ReplayState *s, const char *id)
{
    for (int i = 0; i < s->n_tasks; i++)
        if (strcmp(s->tasks[i].id, id) == 0) return &s->tasks[i];
    return NULL;
}

static void apply_message(ReplayState *s, const EvMessage *e, double t)
{
    s->messages = xrealloc(s->messages, (size_t)(s->n_messages + 1) * sizeof *s->messages);
    s->messages[s->n_messages++] = (ReplayMessage){xstrdup(e->from), xstrdup(e->to), xstrdup(e->channel),
                                                   xstrdup(e->text), t};
}

static void apply_task_status(ReplayState *s, const EvTaskStatus *e, double t)
{
    ReplayTask *task = task_entry(s, e->task);
    free(task->status);
    free(task->why);
    task->status = xstrdup(e->status);
    task->why = xstrdup(e->why);
    task->t = t;
    if (strcmp(e->status, "submitted") == 0) task->submits++;
}

static void apply_check(ReplayState *s, const EvCheck *e)
{
    ReplayTask *task = task_entry(s, e->task);
    ReplayCheck *c = NULL;
    for (int i = 0; i < task->n_checks && !c; i++)
        if (strcmp(task->checks[i].id, e->check) == 0) c = &task->checks[i];
    if (!c) {
        task->checks = xrealloc(task->checks, (size_t)(task->n_checks + 1) * sizeof *task->checks);
        c = &task->checks[task->n_checks++];
        *c = (ReplayCheck){.id = xstrdup(e->check)};
    }
    free(c->feedback);
    c->passed = e->passed;
    c->feedback = xstrdup(e->feedback);
}

static void append_terminal(ReplayState *s, const char *text)
{
    size_t n = strlen(text);
    s->terminal = xrealloc(s->terminal, s->terminal_len + n + 1);
    memcpy(s->terminal + s->terminal_len, text, n + 1);
    s->terminal_len += n;
}

/* "$ line", then the output as captured, ending with a newline. */
static void apply_command(ReplayState *s, const EvCommand *e)
{
    append_terminal(s, "$ ");
    append_terminal(s, e->line);
    append_terminal(s, "\n");
    append_terminal(s, e->output);
    if (e->output[0] && e->output[strlen(e->output) - 1] != '\n') append_terminal(s, "\n");
    s->n_commands++;
}

static char *json_string(const cJSON *obj, const char *name)
{
    return xstrdup(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(obj, name)));
}

static void apply_review(ReplayState *s, const EvReview *e, double t)
{
    int n = cJSON_GetArraySize(e->comments);
    ReplayReviewComment *comments = xcalloc((size_t)n + 1, sizeof *comments);
    for (int i = 0; i < n; i++) {
        const cJSON *c = cJSON_GetArrayItem(e->comments, i);
        const cJSON *line = cJSON_GetObjectItemCaseSensitive(c, "line");
        comments[i] = (ReplayReviewComment){json_string(c, "path"), json_string(c, "kind"), json_string(c, "text"),
                                            cJSON_IsNumber(line) ? (int)line->valuedouble : 0};
    }
    s->reviews = xrealloc(s->reviews, (size_t)(s->n_reviews + 1) * sizeof *s->reviews);
    s->reviews[s->n_reviews++] = (ReplayReview){xstrdup(e->task), xstrdup(e->reviewer), e->approved,
                                                xstrdup(e->summary), comments, n, t};
}

static void apply_finish(ReplayState *s, const EvFinish *e)
{
    free(s->outcome);
    s->finished = true;
    s->outcome = xstrdup(e->outcome);
    s->score = e->score;
    s->max = e->max;
    s->percent = e->percent;
}

/* The parsed fields of one kind, as one blob large enough for any. */
typedef union ReplayAnyEvent {
#define REPLAY_UNION_MEMBER(NAME, lower, Struct) Struct lower;
    WORKSIM_EVENT_KINDS(REPLAY_UNION_MEMBER)
#undef REPLAY_UNION_MEMBER
} ReplayAnyEvent;

static void apply_event(ReplayState *s, const ReplayEvent *ev)
{
    if (!replay_event_shown(ev->kind)) return;
    ReplayAnyEvent f;
    memset(&f, 0, sizeof f);
    cJSON *doc = NULL;
    if (!event_from_json(ev->kind, ev->data_json, &f, &doc, NULL)) return;
    switch (ev->kind) {
    case EV_MESSAGE: apply_message(s, &f.message, ev->t); break;
    case EV_TASK_STATUS: apply_task_status(s, &f.task_status, ev->t); break;
    case EV_CHECK: apply_check(s, &f.check); break;
    case EV_COMMAND: apply_command(s, &f.command); break;
    case EV_REVIEW: apply_review(s, &f.review, ev->t); break;
    case EV_HINT: s->n_hints++; break;
    case EV_FINISH: apply_finish(s, &f.finish); break;
    default: break;
    }
    cJSON_Delete(doc);
}

void replay_state_clear(ReplayState *s)
{
    for (int i = 0; i < s->n_messages; i++) {
        free(s->messages[i].from);
        free(s->messages[i].to);
        free(s->messages[i].channel);
        free(s->messages[i].text);
    }
    for (int i = 0; i < s->n_tasks; i++) {
        ReplayTask *task = &s->tasks[i];
        for (int c = 0; c < task->n_checks; c++) {
            free(task->checks[c].id);
            free(task->checks[c].feedback);
        }
        free(task->checks);
        free(task->id);
        free(task->status);
        free(task->why);
    }
    for (int i = 0; i < s->n_reviews; i++) {
        ReplayReview *r = &s->reviews[i];
        for (int c = 0; c < r->n_comments; c++) {
            free(r->comments[c].path);
            free(r->comments[c].kind);
            free(r->comments[c].text);
        }
        free(r->comments);
        free(r->task);
        free(r->reviewer);
        free(r->summary);
    }
    free(s->messages);
    free(s->tasks);
    free(s->reviews);
    free(s->terminal);
    free(s->outcome);
    memset(s, 0, sizeof *s);
}

void replay_state_seek_events(ReplayState *s, const ReplayLog *log, int n)
{
    if (n < 0) n = 0;
    if (n > log->n) n = log->n;
    if (n < s->applied) replay_state_clear(s);
    if (!s->terminal) append_terminal(s, "");
    for (; s->applied < n; s->applied++) apply_event(s, &log->events[s->applied]);
    s->t = n > 0 ? log->events[n - 1].t : 0;
}

void replay_state_seek(ReplayState *s, const ReplayLog *log, double t)
{
    replay_state_seek_events(s, log, replay_log_count_until(log, t));
    s->t = t < 0 ? 0 : t;
}
