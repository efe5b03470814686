/* report_json.c: runs as one JSON array: each run's fields (report_fields.c; null where a run
 * has no value), its breakdown in the `run --json` line shape and, when the instructor regraded
 * it, the regrade's breakdown as regraded_breakdown (else null). */
#include "report/report.h"

#include "core/score.h"

#include <cjson/cJSON.h>
#include <stdlib.h>

static cJSON *breakdown_json(const ReportRun *r)
{
    cJSON *lines = cJSON_CreateArray();
    for (int k = 0; k < r->n_lines; k++) {
        const StoreResultLine *l = &r->lines[k];
        cJSON_AddItemToArray(lines, score_line_json(l->kind, l->item_id, l->task, l->label, l->points, l->max,
                                                    l->passed, l->feedback));
    }
    return lines;
}

void report_emit_json(const Report *rep, Buf *b)
{
    cJSON *arr = cJSON_CreateArray();
    for (int i = 0; i < rep->n; i++) {
        const ReportRun *r = &rep->runs[i];
        cJSON *o = cJSON_CreateObject();
        ReportFields f;
        report_run_fields(r, &f);
        for (int c = 0; c < REPORT_N_FIELDS; c++) {
            if (f.f[c].is_null) cJSON_AddNullToObject(o, f.f[c].name);
            else if (f.f[c].is_number) cJSON_AddNumberToObject(o, f.f[c].name, f.f[c].number);
            else cJSON_AddStringToObject(o, f.f[c].name, f.f[c].text);
        }
        cJSON_AddItemToObject(o, "breakdown", breakdown_json(r));
        cJSON_AddItemToObject(o, "regraded_breakdown", r->regrade ? breakdown_json(r->regrade) : cJSON_CreateNull());
        cJSON_AddItemToArray(arr, o);
    }
    char *text = cJSON_PrintUnformatted(arr);
    buf_printf(b, "%s\n", text);
    free(text);
    cJSON_Delete(arr);
}
