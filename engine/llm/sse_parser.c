/* sse_parser.c: the SSE decoder behind sse_parser.h.
 * Whole lines found inside one chunk are processed in place without copying; only a line
 * split across chunks is carried in a buffer. A CR that ends one chunk leaves a flag so a
 * LF opening the next chunk is not read as an extra blank line. */
#include "llm/sse_parser.h"

#include "base/util.h"

#include <stdlib.h>
#include <string.h>

struct SseParser {
    SseEventFn fn;
    void *ud;
    size_t max_size;
    Buf line;            /* the start of a line split across chunks */
    Buf data;            /* data lines of the event being built, each followed by '\n' */
    Buf event;           /* the event: field of the event being built */
    bool skip_lf;        /* the previous chunk ended in CR: a leading LF belongs to it */
    bool seen_first;     /* past the first line (where a UTF-8 BOM is dropped) */
    bool failed;
    char *error;
    size_t n_events;
};

static void buf_clear(Buf *b)
{
    b->len = 0;
    if (b->data) b->data[0] = '\0';
}

static void parser_fail(SseParser *p, char *msg)
{
    if (!p->failed) {
        p->failed = true;
        p->error = msg;
    } else {
        free(msg);
    }
}

SseParser *sse_parser_new(size_t max_size, SseEventFn fn, void *ud)
{
    SseParser *p = xcalloc(1, sizeof *p);
    p->fn = fn;
    p->ud = ud;
    p->max_size = max_size ? max_size : SSE_DEFAULT_MAX_SIZE;
    return p;
}

void sse_parser_free(SseParser *p)
{
    if (!p) return;
    buf_free(&p->line);
    buf_free(&p->data);
    buf_free(&p->event);
    free(p->error);
    free(p);
}

static void dispatch_event(SseParser *p)
{
    if (p->data.len == 0) {          /* no data lines: nothing to dispatch (spec) */
        buf_clear(&p->event);
        return;
    }
    p->data.len--;                   /* drop the '\n' after the last data line */
    p->data.data[p->data.len] = '\0';
    const char *name = p->event.len ? p->event.data : "message";
    p->n_events++;
    bool go_on = p->fn ? p->fn(p->ud, name, p->data.data, p->data.len) : true;
    buf_clear(&p->data);
    buf_clear(&p->event);
    if (!go_on) parser_fail(p, xstrdup("stopped by the event handler"));
}

static bool field_is(const char *s, size_t n, const char *name)
{
    size_t k = strlen(name);
    return n == k && memcmp(s, name, k) == 0;
}

static void process_line(SseParser *p, const char *s, size_t n)
{
    if (!p->seen_first) {
        p->seen_first = true;
        if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
            s += 3;
            n -= 3;
        }
    }
    if (n == 0) {
        dispatch_event(p);
        return;
    }
    if (s[0] == ':') return;         /* comment */
    const char *colon = memchr(s, ':', n);
    size_t name_len = colon ? (size_t)(colon - s) : n;
    const char *value = colon ? colon + 1 : s + n;
    size_t value_len = colon ? n - name_len - 1 : 0;
    if (value_len > 0 && value[0] == ' ') {
        value++;
        value_len--;
    }
    if (field_is(s, name_len, "data")) {
        if (p->data.len + value_len + 1 > p->max_size) {
            parser_fail(p, xasprintf("SSE event data longer than %zu bytes", p->max_size));
            return;
        }
        buf_append(&p->data, value, value_len);
        buf_append(&p->data, "\n", 1);
    } else if (field_is(s, name_len, "event")) {
        buf_clear(&p->event);
        buf_append(&p->event, value, value_len);
    }
    /* id, retry and unknown fields are ignored: nothing here reconnects. */
}

/* Offset of the first CR or LF in s[0..n), or n. */
static size_t find_eol(const char *s, size_t n)
{
    const char *lf = memchr(s, '\n', n);
    size_t lim = lf ? (size_t)(lf - s) : n;
    const char *cr = memchr(s, '\r', lim);
    return cr ? (size_t)(cr - s) : lim;
}

bool sse_parser_feed(SseParser *p, const char *bytes, size_t len)
{
    if (p->failed) return false;
    size_t i = 0;
    if (p->skip_lf && len > 0) {
        if (bytes[0] == '\n') i = 1;
        p->skip_lf = false;
    }
    while (i < len && !p->failed) {
        const char *start = bytes + i;
        size_t avail = len - i;
        size_t k = find_eol(start, avail);
        if (p->line.len + k > p->max_size) {
            parser_fail(p, xasprintf("SSE line longer than %zu bytes", p->max_size));
            break;
        }
        if (k == avail) {            /* no line end in this chunk: carry the rest */
            buf_append(&p->line, start, avail);
            break;
        }
        if (p->line.len) {
            buf_append(&p->line, start, k);
            process_line(p, p->line.data, p->line.len);
            buf_clear(&p->line);
        } else {
            process_line(p, start, k);
        }
        i += k + 1;
        if (start[k] == '\r') {
            if (i < len) {
                if (bytes[i] == '\n') i++;
            } else {
                p->skip_lf = true;
            }
        }
    }
    return !p->failed;
}

bool sse_parser_finish(SseParser *p)
{
    if (p->failed) return false;
    bool clean = p->line.len == 0 && p->data.len == 0 && p->event.len == 0;
    buf_clear(&p->line);
    buf_clear(&p->data);
    buf_clear(&p->event);
    return clean;
}

const char *sse_parser_error(const SseParser *p) { return p->error; }

size_t sse_parser_events(const SseParser *p) { return p->n_events; }
