/* report.h: finished runs as an instructor reads them (DESIGN §8): the runs and their
 * breakdown lines gathered from the store by `worksim report`, and one emitter per output
 * format (text, csv, json, junit, html, xapi), each writing the whole document into a Buf. */
#ifndef WORKSIM_REPORT_H
#define WORKSIM_REPORT_H

#include "store/store.h"
#include "util/util.h"

typedef struct ReportRun {
    StoreRunRow row;         /* strings owned below */
    char *strings[8];
    StoreResultLine *lines;
    int n_lines;
    double cost;
    int64_t calls;
} ReportRun;

typedef struct Report {
    Store *st;
    ReportRun *runs;
    int n;
} Report;

typedef void (*ReportEmitFn)(const Report *rep, Buf *out);

/* The emitter for a --format name, or NULL when unknown. */
ReportEmitFn report_emitter(const char *format);
extern const char REPORT_FORMATS[];             /* "text, csv, json, junit, html or xapi" */

/* Shared by the emitters (report_format.c). */
void report_format_date(double t, char *out, size_t n);   /* ISO 8601 UTC */
void report_xml_text(Buf *b, const char *s);               /* escaped for XML/HTML text and attributes */

void report_emit_text(const Report *rep, Buf *b);
void report_emit_csv(const Report *rep, Buf *b);
void report_emit_json(const Report *rep, Buf *b);
void report_emit_junit(const Report *rep, Buf *b);
void report_emit_html(const Report *rep, Buf *b);
void report_emit_xapi(const Report *rep, Buf *b);

#endif
