/* report_json.c: runs as one JSON array: each run's fields (report_fields.c) and its breakdown
 * in the `run --json` line shape. */
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
        ReportFields f;
        report_run_fields(r, &f);
        for (int c = 0; c < REPORT_N_FIELDS; c++) {
            if (f.f[c].is_number) cJSON_AddNumberToObject(o, f.f[c].name, f.f[c].number);
            else cJSON_AddStringToObject(o, f.f[c].name, f.f[c].text);
        }
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
