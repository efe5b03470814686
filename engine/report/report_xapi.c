/* report_xapi.c: runs as xAPI 1.0.3 statements for a Learning Record Store, one per run.
 * - id: a UUID v5 of the database id and the run id, so sending a run again is the same
 *   statement (an LRS answers 409, nothing duplicates); context.registration likewise per run.
 * - actor: the display name plus an account whose name is the learner's stable id (a rename
 *   keeps it) and whose homePage is $WORKSIM_XAPI_HOMEPAGE (e.g. the LMS's address), else a
 *   reserved never-resolving URL.
 * - verb: passed or failed for a graded attempt, with the score; terminated, without a score,
 *   for incomplete and infra_error runs (they are not failures, and an empty 0/0 score is
 *   forbidden by the spec).
 * - result.duration: the learner's time in the run (first to last event on the run clock).
 * - the report fields (report_fields.c) ride in context extensions (a field without a value
 *   is left out), the breakdown in result extensions.
 * - a regrade is a statement of its own. A statement is immutable: an LRS keeps the first one it
 *   gets under an id and answers 409 to the same id again, so a new verdict under the old id
 *   would never arrive. The regrade run's statement has its own id (from its own run id), the
 *   registration of the run it regraded (one attempt, graded twice), context.statement naming
 *   that run's statement, the attempt's learner time as duration, and its own fields (mode
 *   regrade, regrade_of). So the run's statement never changes when it is regraded, and leaves
 *   the regraded_* fields (REPORT_FIRST_REGRADED on) to the regrade's statement, which
 *   report_emit_xapi writes right after it. */
#include "report/report.h"

#include "base/uuid.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define XAPI_VERBS "http://adlnet.gov/expapi/verbs/"
#define WORKSIM_IRI "urn:worksim:"
/* The namespace of worksim's name-based UUIDs (fixed forever: ids derive from it). */
#define WORKSIM_UUID_NAMESPACE "49a5f540-16de-4295-96fc-ee52a504521f"

static cJSON *lang_map(const char *text)
{
    cJSON *m = cJSON_CreateObject();
    cJSON_AddStringToObject(m, "en-US", text ? text : "");
    return m;
}

static void add_uuid(cJSON *o, const char *key, const Report *rep, const char *what, int64_t run_id)
{
    char *name = xasprintf("%s/%s/%lld", rep->database_id ? rep->database_id : "", what, (long long)run_id);
    char id[UUID_TEXT_LEN + 1];
    if (uuid_v5(WORKSIM_UUID_NAMESPACE, name, id)) cJSON_AddStringToObject(o, key, id);
    free(name);
}

static cJSON *actor(const Report *rep, const ReportRun *r)
{
    cJSON *a = cJSON_CreateObject();
    cJSON_AddStringToObject(a, "objectType", "Agent");
    cJSON_AddStringToObject(a, "name", r->row.learner ? r->row.learner : "anonymous");
    cJSON *acct = cJSON_AddObjectToObject(a, "account");
    const char *home = getenv("WORKSIM_XAPI_HOMEPAGE");
    cJSON_AddStringToObject(acct, "homePage", home && *home ? home : "https://worksim.invalid/learners");
    if (r->row.learner_uid) {
        cJSON_AddStringToObject(acct, "name", r->row.learner_uid);
    } else {   /* a run without a learner: one anonymous account per database */
        char *anon = xasprintf("anonymous-%s", rep->database_id ? rep->database_id : "");
        cJSON_AddStringToObject(acct, "name", anon);
        free(anon);
    }
    return a;
}

static cJSON *verb(const char *outcome)
{
    const char *word = report_outcome_is_verdict(outcome) ? outcome : "terminated";
    cJSON *v = cJSON_CreateObject();
    char id[96];
    snprintf(id, sizeof id, "%s%s", XAPI_VERBS, word);
    cJSON_AddStringToObject(v, "id", id);
    cJSON_AddItemToObject(v, "display", lang_map(word));
    return v;
}

static cJSON *activity(const ReportRun *r)
{
    cJSON *o = cJSON_CreateObject();
    char *id = xasprintf(WORKSIM_IRI "scenario:%s", r->row.scenario_id);
    cJSON_AddStringToObject(o, "objectType", "Activity");
    cJSON_AddStringToObject(o, "id", id);
    free(id);
    cJSON *def = cJSON_AddObjectToObject(o, "definition");
    cJSON_AddItemToObject(def, "name", lang_map(r->row.scenario_title ? r->row.scenario_title : r->row.scenario_id));
    cJSON_AddStringToObject(def, "type", "http://adlnet.gov/expapi/activities/simulation");
    return o;
}

static cJSON *breakdown(const ReportRun *r)
{
    cJSON *arr = cJSON_CreateArray();
    for (int k = 0; k < r->n_lines; k++) {
        const StoreResultLine *l = &r->lines[k];
        cJSON *j = cJSON_CreateObject();
        cJSON_AddStringToObject(j, "kind", l->kind);
        cJSON_AddStringToObject(j, "id", l->item_id);
        cJSON_AddStringToObject(j, "label", l->label ? l->label : "");
        cJSON_AddNumberToObject(j, "points", l->points);
        cJSON_AddNumberToObject(j, "max", l->max);
        cJSON_AddBoolToObject(j, "passed", l->passed);
        cJSON_AddItemToArray(arr, j);
    }
    return arr;
}

/* ISO 8601 duration of secs, e.g. PT1H2M3.5S. */
static void iso_duration(double secs, char *out, size_t n)
{
    if (!(secs > 0)) secs = 0;
    long whole = (long)secs;
    double frac = secs - (double)whole;
    long h = whole / 3600, m = whole / 60 % 60;
    double s = (double)(whole % 60) + frac;
    int len = snprintf(out, n, "PT");
    if (h) len += snprintf(out + len, n - (size_t)len, "%ldH", h);
    if (m) len += snprintf(out + len, n - (size_t)len, "%ldM", m);
    snprintf(out + len, n - (size_t)len, "%.2fS", s);
}

/* with_duration: the run is an attempt (a regrade's run clock is grading time, not the
 * learner's: its statement has no duration, the attempt's statement has it). */
static cJSON *result(const ReportRun *r, bool with_duration)
{
    cJSON *res = cJSON_CreateObject();
    bool verdict = report_outcome_is_verdict(r->row.outcome);
    if (verdict && r->row.max > 0) {
        cJSON *score = cJSON_AddObjectToObject(res, "score");
        double scaled = r->row.percent / 100.0;
        double raw = r->row.score < 0 ? 0 : r->row.score > r->row.max ? r->row.max : r->row.score;
        cJSON_AddNumberToObject(score, "scaled", scaled < 0 ? 0 : scaled > 1 ? 1 : scaled);
        cJSON_AddNumberToObject(score, "raw", raw);
        cJSON_AddNumberToObject(score, "min", 0);
        cJSON_AddNumberToObject(score, "max", r->row.max);
    }
    if (verdict) cJSON_AddBoolToObject(res, "success", strcmp(r->row.outcome, "passed") == 0);
    cJSON_AddBoolToObject(res, "completion", verdict);
    if (with_duration) {
        char duration[64];
        iso_duration(r->row.active_seconds, duration, sizeof duration);
        cJSON_AddStringToObject(res, "duration", duration);
    }
    cJSON *ext = cJSON_AddObjectToObject(res, "extensions");
    cJSON_AddItemToObject(ext, WORKSIM_IRI "breakdown", breakdown(r));
    return res;
}

/* attempt: the run whose registration this is (the run itself, or the run a regrade regraded). */
static cJSON *context(const Report *rep, const ReportRun *r, int64_t attempt)
{
    cJSON *ctx = cJSON_CreateObject();
    add_uuid(ctx, "registration", rep, "run", attempt);
    cJSON_AddStringToObject(ctx, "platform", "worksim");
    if (attempt != r->row.id) {   /* a regrade: the statement it grades again */
        cJSON *ref = cJSON_AddObjectToObject(ctx, "statement");
        cJSON_AddStringToObject(ref, "objectType", "StatementRef");
        add_uuid(ref, "id", rep, "statement", attempt);
    }
    cJSON *ext = cJSON_AddObjectToObject(ctx, "extensions");
    ReportFields f;
    report_run_fields(r, &f);
    for (int c = 0; c < REPORT_FIRST_REGRADED; c++) {
        if (f.f[c].is_null) continue;
        char *key = xasprintf(WORKSIM_IRI "%s", f.f[c].name);
        if (f.f[c].is_number) cJSON_AddNumberToObject(ext, key, f.f[c].number);
        else cJSON_AddStringToObject(ext, key, f.f[c].text);
        free(key);
    }
    return ctx;
}

/* The statement of r; attempt: the run whose registration it shares (r's own, or the run r regrades). */
static cJSON *statement(const Report *rep, const ReportRun *r, int64_t attempt)
{
    cJSON *st = cJSON_CreateObject();
    add_uuid(st, "id", rep, "statement", r->row.id);
    cJSON_AddItemToObject(st, "actor", actor(rep, r));
    cJSON_AddItemToObject(st, "verb", verb(r->row.outcome));
    cJSON_AddItemToObject(st, "object", activity(r));
    cJSON_AddItemToObject(st, "result", result(r, attempt == r->row.id));
    cJSON_AddItemToObject(st, "context", context(rep, r, attempt));
    char date[32];
    report_format_date(r->row.ended_at, date, sizeof date);
    cJSON_AddStringToObject(st, "timestamp", date);
    return st;
}

cJSON *report_xapi_statement(const Report *rep, const ReportRun *r)
{
    return statement(rep, r, r->row.regrade_of > 0 ? r->row.regrade_of : r->row.id);
}

cJSON *report_xapi_regrade_statement(const Report *rep, const ReportRun *r)
{
    return r->regrade ? statement(rep, r->regrade, r->row.id) : NULL;
}

/* Whether the report holds the run itself (with --include-demo a regrade run is a row too);
 * the runs are in id order. */
static bool report_has_run(const Report *rep, int64_t id)
{
    int lo = 0, hi = rep->n;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (rep->runs[mid].row.id < id) lo = mid + 1;
        else hi = mid;
    }
    return lo < rep->n && rep->runs[lo].row.id == id;
}

void report_emit_xapi(const Report *rep, Buf *b)
{
    cJSON *arr = cJSON_CreateArray();
    for (int i = 0; i < rep->n; i++) {
        const ReportRun *r = &rep->runs[i];
        cJSON_AddItemToArray(arr, report_xapi_statement(rep, r));
        if (r->regrade && !report_has_run(rep, r->regrade->row.id))
            cJSON_AddItemToArray(arr, report_xapi_regrade_statement(rep, r));
    }
    char *text = cJSON_Print(arr);
    buf_printf(b, "%s\n", text);
    free(text);
    cJSON_Delete(arr);
}
