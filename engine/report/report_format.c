/* report_format.c: picks the emitter for a --format name and holds what the emitters share:
 * ISO dates, XML/HTML escaping and what counts as a graded attempt. */
#define _GNU_SOURCE
#include "report/report.h"

#include "util/text_safe.h"

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
    if (!s) return;
    const char *end = s + strlen(s);
    while (s < end) {
        uint32_t cp = text_next_char(&s, end, NULL);
        if (cp == '&') buf_puts(b, "&amp;");
        else if (cp == '<') buf_puts(b, "&lt;");
        else if (cp == '>') buf_puts(b, "&gt;");
        else if (cp == '"') buf_puts(b, "&quot;");
        else if ((cp < 0x20 && cp != '\n' && cp != '\t') || cp == 0xFFFE || cp == 0xFFFF)
            text_append_char(b, TEXT_REPLACEMENT);   /* not allowed in XML 1.0 */
        else text_append_char(b, cp);
    }
}

bool report_outcome_is_verdict(const char *outcome)
{
    return outcome && (strcmp(outcome, "passed") == 0 || strcmp(outcome, "failed") == 0);
}
