/* report_format.c: picks the emitter for a --format name and holds what the emitters share:
 * ISO dates and XML/HTML escaping. */
#define _GNU_SOURCE
#include "report/report.h"

#include <string.h>
#include <time.h>

const char REPORT_FORMATS[] = "text, csv, json, junit, html or xapi";

ReportEmitFn report_emitter(const char *format)
{
    static const struct { const char *name; ReportEmitFn fn; } table[] = {
        {"text", report_emit_text}, {"csv", report_emit_csv},   {"json", report_emit_json},
        {"junit", report_emit_junit}, {"html", report_emit_html}, {"xapi", report_emit_xapi},
    };
    for (size_t i = 0; format && i < sizeof table / sizeof table[0]; i++)
        if (strcmp(format, table[i].name) == 0) return table[i].fn;
    return NULL;
}

void report_format_date(double t, char *out, size_t n)
{
    time_t secs = (time_t)t;
    struct tm tm;
    gmtime_r(&secs, &tm);
    strftime(out, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

void report_xml_text(Buf *b, const char *s)
{
    for (const char *p = s ? s : ""; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == '&') buf_puts(b, "&amp;");
        else if (c == '<') buf_puts(b, "&lt;");
        else if (c == '>') buf_puts(b, "&gt;");
        else if (c == '"') buf_puts(b, "&quot;");
        else if (c < 0x20 && c != '\n' && c != '\t') buf_puts(b, "?");   /* not allowed in XML 1.0 */
        else buf_append(b, p, 1);
    }
}

