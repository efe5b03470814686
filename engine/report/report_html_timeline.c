/* report_html_timeline.c: what the HTML dashboard reads from each run's typed event log
 * (core/events.h): the transcript as short text lines (chat, commands, checks, task moves,
 * hints, reviews, awards and penalties, errors, the finish) and the time per task (run clock from
 * a task's first `assigned` to its last `done`, or to the run's last event). Transcripts are
 * abbreviated to keep a cohort's page small: one line per event, long texts cut, command output
 * left out, and no more than report_transcript_budget() bytes per run; the lines past the
 * budget are only counted, and the page points to `worksim replay RUN_ID` for them. Stored text
 * is untrusted: it reaches the lines as valid UTF-8 without control bytes or escapes. */
#include "report/report.h"

#include "core/events.h"
#include "base/text_safe.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { LINE_TEXT_MAX = 160 };   /* bytes of one stored text shown on a transcript line */

size_t report_transcript_budget(int n_runs)
{
    size_t share = n_runs > 0 ? REPORT_TRANSCRIPT_BUDGET / (size_t)n_runs : REPORT_TRANSCRIPT_MAX;
    return share < REPORT_TRANSCRIPT_MIN ? REPORT_TRANSCRIPT_MIN : share > REPORT_TRANSCRIPT_MAX ? REPORT_TRANSCRIPT_MAX : share;
}

void report_timeline_free(ReportTimeline *t)
{
    if (!t) return;
    free(t->text);
    for (int i = 0; i < t->n_tasks; i++) free(t->tasks[i].task);
    free(t->tasks);
    free(t);
}

/* One task's clock while the log is read. */
typedef struct TaskClock {
    char *task;
    double assigned, done;    /* NaN until seen */
} TaskClock;

typedef struct TimelineReader {
    Buf text;
    size_t budget;
    int omitted;
    TaskClock *tasks;
    int n_tasks;
    double last_t;
} TimelineReader;

/* Stored text for one line: valid UTF-8, no controls or escapes, line breaks as spaces, at
 * most LINE_TEXT_MAX bytes (cut on a character boundary, marked with an ellipsis). */
static void put_text(Buf *b, const char *s)
{
    char *flat = xstrdup(s ? s : "");
    for (char *p = flat; *p; p++)
        if (*p == '\n' || *p == '\t') *p = ' ';
    char *safe = text_terminal(flat, TEXT_ONE_LINE);
    free(flat);
    size_t len = strlen(safe);
    if (len > LINE_TEXT_MAX) {
        len = LINE_TEXT_MAX;
        while (len > 0 && ((unsigned char)safe[len] & 0xC0) == 0x80) len--;   /* a character's start */
        buf_append(b, safe, len);
        buf_puts(b, "\xE2\x80\xA6");
    } else {
        buf_append(b, safe, len);
    }
    free(safe);
}

/* Literal parts and stored texts in turn: parts[0], texts[0], parts[1], texts[1], ... up to a
 * NULL part; each text goes through put_text. put_parts(b, (const char *[]){"", " to ", ": ",
 * NULL}, from, to, text) writes "FROM to TO: TEXT". */
static void put_parts(Buf *b, const char *const *parts, ...)
{
    va_list ap;
    va_start(ap, parts);
    for (int i = 0; parts[i]; i++) {
        buf_puts(b, parts[i]);
        if (!parts[i + 1]) break;
        put_text(b, va_arg(ap, const char *));
    }
    va_end(ap);
}

static TaskClock *task_clock(TimelineReader *tr, const char *task)
{
    for (int i = 0; i < tr->n_tasks; i++)
        if (strcmp(tr->tasks[i].task, task) == 0) return &tr->tasks[i];
    tr->tasks = xrealloc(tr->tasks, (size_t)(tr->n_tasks + 1) * sizeof *tr->tasks);
    tr->tasks[tr->n_tasks] = (TaskClock){xstrdup(task), NAN, NAN};
    return &tr->tasks[tr->n_tasks++];
}

static void note_task_status(TimelineReader *tr, double t, const EvTaskStatus *e)
{
    TaskClock *c = task_clock(tr, e->task);
    if (strcmp(e->status, "assigned") == 0 && isnan(c->assigned)) c->assigned = t;
    if (strcmp(e->status, "done") == 0) c->done = t;
}

/* The line for one event into line (without the time stamp); false for events a transcript
 * does not show (start, sandbox, LLM calls, tool calls, grades, hooks, ...). */
static bool describe_event(TimelineReader *tr, double t, const char *kind, const char *data_json, Buf *line)
{
    cJSON *doc = NULL;
    bool shown = true;
    EventKind k = event_kind_from_name(kind);
    union {
        EvMessage message; EvCommand command; EvCheck check; EvTaskStatus task_status; EvHint hint;
        EvReview review; EvAward award; EvScriptError script_error; EvColleagueAway away;
        EvSubmitRefused refused; EvFinish finish; EvResumed resumed;
    } e;
    if (k == EV_UNKNOWN || !event_from_json(k, data_json, &e, &doc, NULL)) return false;
    switch (k) {
    case EV_MESSAGE:
        /* channels are stored with their '#' ("#billing"); older logs may lack it */
        put_parts(line, (const char *[]){"", !e.message.channel ? " to " : e.message.channel[0] == '#' ? " in " : " in #",
                                         ": ", "", NULL}, e.message.from,
                  e.message.channel ? e.message.channel : e.message.to ? e.message.to : "?", e.message.text);
        break;
    case EV_COMMAND:
        buf_puts(line, "$ ");
        put_text(line, e.command.line);
        buf_printf(line, "  (exit %d%s)", (int)e.command.exit, e.command.timed_out ? ", timed out" : "");
        break;
    case EV_CHECK:
        put_parts(line, (const char *[]){e.check.final ? "final check " : "check ", "/",
                                         e.check.passed ? ": passed" : ": failed", NULL},
                  e.check.task, e.check.check);
        break;
    case EV_TASK_STATUS:
        note_task_status(tr, t, &e.task_status);
        put_parts(line, (const char *[]){"task ", ": ", "", NULL}, e.task_status.task, e.task_status.status);
        break;
    case EV_HINT:
        buf_puts(line, "hint for ");
        put_text(line, e.hint.task);
        buf_printf(line, " (costs %g points)", e.hint.cost);
        break;
    case EV_REVIEW:
        put_parts(line, (const char *[]){"", e.review.approved ? " approved " : " asked for changes on ", "", NULL},
                  e.review.reviewer, e.review.task);
        break;
    case EV_AWARD:
    case EV_PENALTY:
        buf_printf(line, "%s ", kind);
        put_text(line, e.award.id);
        buf_printf(line, ": %+g", e.award.points);
        break;
    case EV_SCRIPT_ERROR:
        buf_puts(line, "scenario error: ");
        put_text(line, e.script_error.error);
        break;
    case EV_COLLEAGUE_AWAY:
        put_parts(line, (const char *[]){"", " is away: ", "", NULL}, e.away.who, e.away.error);
        break;
    case EV_SUBMIT_REFUSED:
        put_parts(line, (const char *[]){"submit of ", " refused: ", "", NULL}, e.refused.task, e.refused.why);
        break;
    case EV_FINISH:
        buf_puts(line, "finished: ");
        put_text(line, e.finish.outcome);
        buf_printf(line, ", %g / %g", e.finish.score, e.finish.max);
        break;
    case EV_RESUMED:
        buf_printf(line, "resumed after %.0f s stopped", e.resumed.after_seconds);
        break;
    default:
        shown = false;
    }
    cJSON_Delete(doc);
    return shown;
}

static bool read_event(void *ud, int64_t seq, double t_run, const char *kind, const char *data_json)
{
    (void)seq;
    TimelineReader *tr = ud;
    if (t_run > tr->last_t) tr->last_t = t_run;
    Buf line = {0};
    if (describe_event(tr, t_run, kind, data_json, &line)) {
        char stamp[24];
        int secs = t_run > 0 ? (int)t_run : 0;
        snprintf(stamp, sizeof stamp, "%02d:%02d ", secs / 60, secs % 60);
        size_t need = strlen(stamp) + line.len + 1;
        if (tr->omitted == 0 && tr->text.len + need <= tr->budget) {
            if (tr->text.len) buf_puts(&tr->text, "\n");
            buf_puts(&tr->text, stamp);
            buf_append(&tr->text, line.data, line.len);
        } else {
            tr->omitted++;   /* once one line is left out, the rest are too: no gaps */
        }
    }
    buf_free(&line);
    return true;
}

static ReportTimeline *timeline_of(TimelineReader *tr)
{
    ReportTimeline *t = xcalloc(1, sizeof *t);
    t->text = buf_steal(&tr->text);
    t->omitted = tr->omitted;
    t->tasks = xcalloc((size_t)(tr->n_tasks ? tr->n_tasks : 1), sizeof *t->tasks);
    for (int i = 0; i < tr->n_tasks; i++) {
        TaskClock *c = &tr->tasks[i];
        if (isnan(c->assigned)) {
            free(c->task);
            continue;
        }
        double end = isnan(c->done) || c->done < c->assigned ? tr->last_t : c->done;
        t->tasks[t->n_tasks++] = (ReportTaskTime){c->task, end - c->assigned};
    }
    free(tr->tasks);
    return t;
}

bool report_load_timelines(Report *rep, Store *st)
{
    size_t budget = report_transcript_budget(rep->n);
    for (int i = 0; i < rep->n; i++) {
        TimelineReader tr = {.budget = budget};
        bool ok = store_events_foreach(st, rep->runs[i].row.id, read_event, &tr);
        report_timeline_free(rep->runs[i].timeline);
        rep->runs[i].timeline = timeline_of(&tr);
        if (!ok) return false;
    }
    return true;
}
