/* report_json.c: runs as one JSON array, each with its breakdown and LLM cost. */
#include "report/report.h"

#include "core/score.h"

#include <cjson/cJSON.h>
#include <stdlib.h>

void report_emit_json(const Report *rep, Buf *b)
{
    cJSON *arr = cJSON_CreateArray();
    for (int i = 0; i < rep->n; i++) {
        const ReportRun *r = &rep->runs[i];
        cJSON *o = cJSON_CreateObject();
        char date[32];
        report_format_date(r->row.ended_at, date, sizeof date);
        cJSON_AddNumberToObject(o, "run_id", (double)r->row.id);
        cJSON_AddStringToObject(o, "ended", date);
        cJSON_AddStringToObject(o, "scenario", r->row.scenario_id);
        cJSON_AddStringToObject(o, "learner", r->row.learner ? r->row.learner : "");
        cJSON_AddStringToObject(o, "outcome", r->row.outcome);
        cJSON_AddNumberToObject(o, "score", r->row.score);
        cJSON_AddNumberToObject(o, "max", r->row.max);
        cJSON_AddNumberToObject(o, "percent", r->row.percent);
        cJSON_AddNumberToObject(o, "cost_usd", r->cost);
        cJSON_AddNumberToObject(o, "llm_calls", (double)r->calls);
        cJSON *lines = cJSON_AddArrayToObject(o, "breakdown");
        for (int k = 0; k < r->n_lines; k++) {
            const StoreResultLine *l = &r->lines[k];
            cJSON *j = score_line_json(l->kind, l->item_id, l->task, l->label, l->points, l->max, l->passed,
                                       l->feedback);
            cJSON_AddItemToArray(lines, j);
        }
        cJSON_AddItemToArray(arr, o);
    }
    char *text = cJSON_PrintUnformatted(arr);
    buf_printf(b, "%s\n", text);
    free(text);
    cJSON_Delete(arr);
}

