/* report_tabular.c: the text table (one line per run, for a terminal) and CSV (one row per
 * breakdown line, RFC 4180, for spreadsheets and LMS imports). Stored text reaches neither raw:
 * terminal escapes and control bytes are stripped (text_safe.h), and a CSV cell that a
 * spreadsheet would run as a formula (= + - @, tab, CR first) starts with a quote mark. */
#include "report/report.h"

#include "base/text_safe.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One text cell padded to width columns (by characters, not bytes). */
static void text_cell(Buf *b, const char *s, int width)
{
    char *safe = text_terminal(s && *s ? s : "-", TEXT_ONE_LINE);
    int chars = 0;
    for (const char *p = safe; *p; p++) chars += ((unsigned char)*p & 0xC0) != 0x80;
    buf_puts(b, safe);
    for (; chars < width; chars++) buf_puts(b, " ");
    buf_puts(b, " ");
    free(safe);
}

/* The NOTES column: what the instructor's side says about the run, "" when nothing. */
static void text_notes(Buf *b, const ReportRun *r)
{
    const StoreRunRow *w = &r->row;
    const char *sep = "";
    if (w->regrade_of > 0) {
        buf_printf(b, "regrade of run %lld", (long long)w->regrade_of);
        sep = "; ";
    }
    if (w->imported && w->import_flag) {
        char *flag = text_terminal(w->import_flag, TEXT_ONE_LINE);
        buf_printf(b, "%sFLAGGED: %s", sep, flag);
        free(flag);
    } else if (w->imported) {
        buf_printf(b, "%simported, verified", sep);
    }
}

void report_emit_text(const Report *rep, Buf *b)
{
    buf_printf(b, "%-6s %-20s %-14s %-18s %-7s %-11s %9s %7s %8s %5s %9s %-16s %s\n", "RUN", "ENDED", "LEARNER",
               "SCENARIO", "MODE", "OUTCOME", "SCORE", "PERCENT", "TIME", "HINTS", "LLM COST", "REGRADED", "NOTES");
    for (int i = 0; i < rep->n; i++) {
        const ReportRun *r = &rep->runs[i];
        ReportFields f;
        report_run_fields(r, &f);
        buf_printf(b, "%-6lld ", (long long)r->row.id);
        text_cell(b, report_field(&f, "ended")->text, 20);
        text_cell(b, r->row.learner, 14);
        text_cell(b, r->row.scenario_id, 18);
        text_cell(b, r->row.mode, 7);
        text_cell(b, r->row.outcome, 11);
        char score[48], secs[32], regraded[64] = "-";
        snprintf(score, sizeof score, "%g/%g", r->row.score, r->row.max);
        snprintf(secs, sizeof secs, "%.0fs", r->row.active_seconds);
        if (r->regrade)   /* the instructor's verdict beside the stored one: "* 40/90 44%" */
            snprintf(regraded, sizeof regraded, "%s%g/%g %.0f%%", r->regrade->row.score != r->row.score ? "* " : "",
                     r->regrade->row.score, r->regrade->row.max, r->regrade->row.percent);
        buf_printf(b, "%9s %6.0f%% %8s %5d %9.4f ", score, r->row.percent, secs, report_hints_used(r), r->cost);
        text_cell(b, regraded, 16);
        text_notes(b, r);
        while (b->len && b->data[b->len - 1] == ' ') b->len--;
        buf_puts(b, "\n");
    }
}

/* RFC 4180: quote every field, double inner quotes. Text from the database (untrusted) is
 * made terminal-safe and neutralised against formulas; numbers are written as they are. */
static void csv_field(Buf *b, const char *s, bool untrusted, bool last)
{
    char *safe = untrusted ? text_terminal(s, TEXT_KEEP_LINES) : NULL;
    const char *v = safe ? safe : s ? s : "";
    buf_puts(b, "\"");
    if (untrusted && *v && strchr("=+-@\t\r", *v)) buf_puts(b, "'");
    for (const char *p = v; *p; p++) {
        if (*p == '"') buf_puts(b, "\"\"");
        else buf_append(b, p, 1);
    }
    buf_puts(b, last ? "\"\r\n" : "\",");
    free(safe);
}

static const char *const CSV_LINE_COLUMNS[] = {"line_kind", "line_id",  "line_task",   "line_label",   "line_skill",
                                               "line_points", "line_max", "line_passed", "line_feedback"};
enum { CSV_N_LINE = sizeof CSV_LINE_COLUMNS / sizeof CSV_LINE_COLUMNS[0] };

static void csv_run_fields(Buf *b, const ReportFields *f)
{
    for (int c = 0; c < REPORT_N_FIELDS; c++) csv_field(b, f->f[c].text, !f->f[c].is_number, false);
}

void report_emit_csv(const Report *rep, Buf *b)
{
    ReportRun none = {0};
    ReportFields names;   /* the names do not depend on the run */
    report_run_fields(&none, &names);
    for (int c = 0; c < REPORT_N_FIELDS; c++) csv_field(b, names.f[c].name, false, false);
    for (int c = 0; c < CSV_N_LINE; c++) csv_field(b, CSV_LINE_COLUMNS[c], false, c == CSV_N_LINE - 1);
    for (int i = 0; i < rep->n; i++) {
        const ReportRun *r = &rep->runs[i];
        ReportFields f;
        report_run_fields(r, &f);
        if (r->n_lines == 0) {   /* a run that ended before grading still has its row */
            csv_run_fields(b, &f);
            for (int c = 0; c < CSV_N_LINE; c++) csv_field(b, "", false, c == CSV_N_LINE - 1);
        }
        for (int k = 0; k < r->n_lines; k++) {
            const StoreResultLine *l = &r->lines[k];
            char pts[32], max[32];
            snprintf(pts, sizeof pts, "%g", l->points);
            snprintf(max, sizeof max, "%g", l->max);
            csv_run_fields(b, &f);
            const char *cells[CSV_N_LINE] = {l->kind, l->item_id, l->task, l->label, l->skill,
                                             pts,     max,        l->passed ? "true" : "false", l->feedback};
            for (int c = 0; c < CSV_N_LINE; c++)
                csv_field(b, cells[c], c != 5 && c != 6 && c != 7, c == CSV_N_LINE - 1);
        }
    }
}
