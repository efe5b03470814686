/* report_html_data.c: every run of the dashboard as one JSON block inside
 * <script type="application/json" id="worksim-data">, which the page's script renders only when
 * a run is opened (a page of 4000 runs stays a few MB and opens at once). The encoding, also
 * stated on the page and in docs/report-html.md:
 *   {"format": "worksim-dashboard-1", "transcript_budget": bytes per run,
 *    "fields": [the 26 report field names, report_fields.c], "text_fields": [their indexes whose
 *    values are strings], "strings": [every distinct string once],
 *    "items": [[kind, item_id, task, label, skill, max], ...]   (breakdown lines without the
 *    run's result; strings by number, -1 for none),
 *    "runs": [[the 26 field values (strings by number, -1 or null for none), [[item, points,
 *    passed 0|1, feedback string number (only when there is feedback)], ...], transcript text,
 *    lines left out, the latest regrade's breakdown lines (as the run's) or null], ...]}
 * JSON strings escape < > & and U+2028/U+2029 too, so no stored text can close the script
 * element or be read as markup; control characters other than tab and newline become U+FFFD,
 * as in the page's HTML text. */
#include "report/report_html.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void html_json_string(Buf *b, const char *s)
{
    buf_puts(b, "\"");
    const char *run = s;   /* bytes not yet copied */
    while (s && *s) {
        const unsigned char *u = (const unsigned char *)s;
        char esc[16] = "";
        size_t skip = 1;
        if (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xA8 || u[2] == 0xA9)) {
            snprintf(esc, sizeof esc, "\\u%04x", u[2] == 0xA8 ? 0x2028 : 0x2029);
            skip = 3;
        } else if (u[0] == '"' || u[0] == '\\') {
            snprintf(esc, sizeof esc, "\\%c", u[0]);
        } else if (u[0] == '\n' || u[0] == '\t') {
            snprintf(esc, sizeof esc, "\\%c", u[0] == '\n' ? 'n' : 't');
        } else if (u[0] < 0x20) {
            snprintf(esc, sizeof esc, "\\ufffd");   /* as report_xml_text shows it: the grid and the data agree */
        } else if (u[0] == '<' || u[0] == '>' || u[0] == '&') {
            snprintf(esc, sizeof esc, "\\u%04x", u[0]);
        }
        if (!esc[0]) {
            s++;
            continue;
        }
        buf_append(b, run, (size_t)(s - run));
        buf_puts(b, esc);
        s += skip;
        run = s;
    }
    if (run) buf_append(b, run, (size_t)(s - run));
    buf_puts(b, "\"");
}

typedef struct DataWriter {
    HtmlIntern strings;
    HtmlIntern item_keys;
    Buf items;               /* the "items" entries, comma-separated */
    Buf runs;
} DataWriter;

static int string_number(DataWriter *w, const char *s) { return s ? html_intern(&w->strings, s) : -1; }

static int item_number(DataWriter *w, const StoreResultLine *l)
{
    char *key = xasprintf("%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%.17g", l->kind, l->item_id, l->task ? l->task : "\x1e",
                          l->label ? l->label : "\x1e", l->skill ? l->skill : "\x1e", l->max);
    int before = w->item_keys.n;
    int n = html_intern(&w->item_keys, key);
    free(key);
    if (w->item_keys.n > before)
        buf_printf(&w->items, "%s[%d,%d,%d,%d,%d,%.15g]", n ? "," : "", string_number(w, l->kind),
                   string_number(w, l->item_id), string_number(w, l->task), string_number(w, l->label),
                   string_number(w, l->skill), l->max);
    return n;
}

static void put_number(Buf *b, double v)
{
    if (isfinite(v)) buf_printf(b, "%.15g", v);
    else buf_puts(b, "null");
}

/* A run's breakdown: [[item, points, passed, feedback?], ...]. */
static void write_lines(DataWriter *w, const ReportRun *r)
{
    Buf *b = &w->runs;
    buf_puts(b, "[");
    for (int k = 0; k < r->n_lines; k++) {
        const StoreResultLine *l = &r->lines[k];
        buf_printf(b, "%s[%d,", k ? "," : "", item_number(w, l));
        put_number(b, l->points);
        buf_printf(b, ",%d", l->passed ? 1 : 0);
        if (l->feedback && *l->feedback) buf_printf(b, ",%d", string_number(w, l->feedback));
        buf_puts(b, "]");
    }
    buf_puts(b, "]");
}

static void write_run(DataWriter *w, const ReportRun *r, bool first)
{
    ReportFields f;
    report_run_fields(r, &f);
    Buf *b = &w->runs;
    buf_puts(b, first ? "\n[" : ",\n[");
    for (int i = 0; i < REPORT_N_FIELDS; i++) {
        if (i) buf_puts(b, ",");
        if (f.f[i].is_number) put_number(b, f.f[i].number);   /* NaN (none): null */
        else buf_printf(b, "%d", f.f[i].is_null ? -1 : string_number(w, f.f[i].text));
    }
    buf_puts(b, ",");
    write_lines(w, r);
    buf_puts(b, ",");
    html_json_string(b, r->timeline ? r->timeline->text : "");
    buf_printf(b, ",%d,", r->timeline ? r->timeline->omitted : 0);
    if (r->regrade) write_lines(w, r->regrade);
    else buf_puts(b, "null");
    buf_puts(b, "]");
}

void html_data_block(Buf *b, const Report *rep)
{
    DataWriter w = {0};
    for (int i = 0; i < rep->n; i++) write_run(&w, &rep->runs[i], i == 0);
    ReportRun none = {0};
    ReportFields names;
    report_run_fields(&none, &names);
    buf_printf(b, "<script type=\"application/json\" id=\"worksim-data\">{\"format\":\"worksim-dashboard-1\","
                  "\"transcript_budget\":%zu,\"fields\":[", report_transcript_budget(rep->n));
    for (int i = 0; i < REPORT_N_FIELDS; i++) {
        if (i) buf_puts(b, ",");
        html_json_string(b, names.f[i].name);
    }
    buf_puts(b, "],\"text_fields\":[");
    for (int i = 0, n = 0; i < REPORT_N_FIELDS; i++)
        if (!names.f[i].is_number) buf_printf(b, "%s%d", n++ ? "," : "", i);
    buf_puts(b, "],\n\"strings\":[");
    for (int i = 0; i < w.strings.n; i++) {
        if (i) buf_puts(b, i % 16 ? "," : ",\n");
        html_json_string(b, w.strings.strings[i]);
    }
    buf_puts(b, "],\n\"items\":[");
    buf_append(b, w.items.data ? w.items.data : "", w.items.len);
    buf_puts(b, "],\n\"runs\":[");
    buf_append(b, w.runs.data ? w.runs.data : "", w.runs.len);
    buf_puts(b, "]}</script>\n");
    html_intern_free(&w.strings), html_intern_free(&w.item_keys);
    buf_free(&w.items), buf_free(&w.runs);
}
