/* report_tabular.c: the text table (one line per run) and CSV (one row per breakdown line,
 * RFC 4180, for spreadsheets and LMS imports). */
#include "report/report.h"

#include <stdio.h>

void report_emit_text(const Report *rep, Buf *b)
{
    buf_printf(b, "%-6s %-20s %-14s %-18s %-11s %9s %7s %9s\n", "RUN", "ENDED", "LEARNER", "SCENARIO", "OUTCOME",
               "SCORE", "PERCENT", "LLM COST");
    for (int i = 0; i < rep->n; i++) {
        const ReportRun *r = &rep->runs[i];
        char date[32];
        report_format_date(r->row.ended_at, date, sizeof date);
        char score[32];
        snprintf(score, sizeof score, "%g/%g", r->row.score, r->row.max);
        buf_printf(b, "%-6lld %-20s %-14s %-18s %-11s %9s %6.0f%% %9.4f\n", (long long)r->row.id, date,
                   r->row.learner ? r->row.learner : "-", r->row.scenario_id, r->row.outcome, score, r->row.percent,
                   r->cost);
    }
    if (rep->n == 0) buf_puts(b, "(no finished runs match)\n");
}

/* RFC 4180: quote every field, double inner quotes. */
static void csv_field(Buf *b, const char *s, bool last)
{
    buf_puts(b, "\"");
    for (const char *p = s ? s : ""; *p; p++) {
        if (*p == '"') buf_puts(b, "\"\"");
        else buf_append(b, p, 1);
    }
    buf_puts(b, last ? "\"\r\n" : "\",");
}

void report_emit_csv(const Report *rep, Buf *b)
{
    const char *head[] = {"run_id", "ended", "learner", "scenario", "outcome", "run_percent", "kind", "id",
                          "task", "label", "skill", "points", "max", "passed", "feedback"};
    for (int i = 0; i < 15; i++) csv_field(b, head[i], i == 14);
    for (int i = 0; i < rep->n; i++) {
        const ReportRun *r = &rep->runs[i];
        char id[32], date[32], pct[32], pts[32], max[32];
        snprintf(id, sizeof id, "%lld", (long long)r->row.id);
        report_format_date(r->row.ended_at, date, sizeof date);
        snprintf(pct, sizeof pct, "%.2f", r->row.percent);
        for (int k = 0; k < r->n_lines; k++) {
            const StoreResultLine *l = &r->lines[k];
            snprintf(pts, sizeof pts, "%g", l->points);
            snprintf(max, sizeof max, "%g", l->max);
            const char *row[] = {id, date, r->row.learner, r->row.scenario_id, r->row.outcome, pct, l->kind,
                                 l->item_id, l->task, l->label, l->skill, pts, max, l->passed ? "true" : "false",
                                 l->feedback};
            for (int c = 0; c < 15; c++) csv_field(b, row[c], c == 14);
        }
    }
}

