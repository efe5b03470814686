/* report_format.c: picks the emitter for a --format name and holds what the emitters share:
 * ISO dates, XML/HTML escaping and what counts as a graded attempt. */
#define _GNU_SOURCE
#include "report/report.h"

#include "base/text_safe.h"
#include "base/utf8.h"

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
    while (*s) {
        uint32_t cp = utf8_decode(&s);   /* invalid bytes: U+FFFD */
        const char *entity = cp == '&' ? "&amp;" : cp == '<' ? "&lt;" : cp == '>' ? "&gt;" : cp == '"' ? "&quot;" : NULL;
        if (entity) {
            buf_puts(b, entity);
            continue;
        }
        if ((cp < 0x20 && cp != '\n' && cp != '\t') || cp == 0xFFFE || cp == 0xFFFF)
            cp = TEXT_REPLACEMENT;   /* not allowed in XML 1.0 */
        char out[4];
        buf_append(b, out, utf8_encode(cp, out));
    }
}

bool report_outcome_is_verdict(const char *outcome)
{
    return outcome && (strcmp(outcome, "passed") == 0 || strcmp(outcome, "failed") == 0);
}
