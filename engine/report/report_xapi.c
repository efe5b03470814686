/* report_xapi.c: runs as xAPI 1.0.3 statements for a Learning Record Store: the learner as
 * an Agent account, verb passed / failed (or terminated for incomplete and infra_error
 * runs), the scenario as a simulation Activity, the scaled score, success, completion and
 * ISO 8601 duration; the breakdown and run id ride in worksim extensions. No statement id
 * is set: the LRS assigns one. The account's homePage (an IRL by the spec) is
 * $WORKSIM_XAPI_HOMEPAGE, e.g. the LMS's address, else a reserved never-resolving URL. */
#include "report/report.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define XAPI_VERBS "http://adlnet.gov/expapi/verbs/"
#define WORKSIM_IRI "urn:worksim:"

static cJSON *lang_map(const char *text)
{
    cJSON *m = cJSON_CreateObject();
    cJSON_AddStringToObject(m, "en-US", text ? text : "");
    return m;
}

static cJSON *actor(const ReportRun *r)
{
    cJSON *a = cJSON_CreateObject();
    const char *name = r->row.learner ? r->row.learner : "learner";
    cJSON_AddStringToObject(a, "objectType", "Agent");
    cJSON_AddStringToObject(a, "name", name);
    cJSON *acct = cJSON_AddObjectToObject(a, "account");
    const char *home = getenv("WORKSIM_XAPI_HOMEPAGE");
    cJSON_AddStringToObject(acct, "homePage", home && *home ? home : "https://worksim.invalid/learners");
    cJSON_AddStringToObject(acct, "name", name);
    return a;
}

static cJSON *verb(const char *outcome)
{
    const char *word = strcmp(outcome, "passed") == 0 ? "passed" : strcmp(outcome, "failed") == 0 ? "failed" : "terminated";
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

static cJSON *result(const ReportRun *r)
{
    cJSON *res = cJSON_CreateObject();
    cJSON *score = cJSON_AddObjectToObject(res, "score");
    double scaled = r->row.percent / 100.0;
    cJSON_AddNumberToObject(score, "scaled", scaled < 0 ? 0 : scaled > 1 ? 1 : scaled);
    cJSON_AddNumberToObject(score, "raw", r->row.score);
    cJSON_AddNumberToObject(score, "min", 0);
    cJSON_AddNumberToObject(score, "max", r->row.max);
    cJSON_AddBoolToObject(res, "success", strcmp(r->row.outcome, "passed") == 0);
    cJSON_AddBoolToObject(res, "completion", strcmp(r->row.outcome, "passed") == 0 || strcmp(r->row.outcome, "failed") == 0);
    double secs = r->row.ended_at - r->row.started_at;
    char duration[48];
    snprintf(duration, sizeof duration, "PT%.2fS", secs > 0 ? secs : 0);
    cJSON_AddStringToObject(res, "duration", duration);
    cJSON *ext = cJSON_AddObjectToObject(res, "extensions");
    cJSON_AddStringToObject(ext, WORKSIM_IRI "outcome", r->row.outcome);
    cJSON_AddItemToObject(ext, WORKSIM_IRI "breakdown", breakdown(r));
    return res;
}

void report_emit_xapi(const Report *rep, Buf *b)
{
    cJSON *arr = cJSON_CreateArray();
    for (int i = 0; i < rep->n; i++) {
        const ReportRun *r = &rep->runs[i];
        cJSON *st = cJSON_CreateObject();
        cJSON_AddItemToObject(st, "actor", actor(r));
        cJSON_AddItemToObject(st, "verb", verb(r->row.outcome));
        cJSON_AddItemToObject(st, "object", activity(r));
        cJSON_AddItemToObject(st, "result", result(r));
        cJSON *ctx = cJSON_AddObjectToObject(st, "context");
        cJSON_AddStringToObject(ctx, "platform", "worksim");
        cJSON *ext = cJSON_AddObjectToObject(ctx, "extensions");
        cJSON_AddNumberToObject(ext, WORKSIM_IRI "run-id", (double)r->row.id);
        if (r->row.scenario_hash) cJSON_AddStringToObject(ext, WORKSIM_IRI "scenario-hash", r->row.scenario_hash);
        cJSON_AddNumberToObject(ext, WORKSIM_IRI "llm-cost-usd", r->cost);
        char date[32];
        report_format_date(r->row.ended_at, date, sizeof date);
        cJSON_AddStringToObject(st, "timestamp", date);
        cJSON_AddItemToArray(arr, st);
    }
    char *text = cJSON_Print(arr);
    buf_printf(b, "%s\n", text);
    free(text);
    cJSON_Delete(arr);
}
