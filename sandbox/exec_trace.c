/* exec_trace.c: parses the exec trace's lines (sandbox/trace/exec_trace_wire.h) into records
 * for the engine (see exec_trace.h). A line longer than the tracer could ever write, a record
 * that does not parse or bytes after the tracer's "L" make the trace lost: a stream that is
 * not exactly what the tracer writes is never taken as evidence. */
#define _GNU_SOURCE
#include "sandbox/exec_trace.h"

#include "sandbox/trace/exec_trace_wire.h"
#include "base/util.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct ExecTrace {
    ExecTraceState state;
    char *why;
    bool ended;
    bool whole;               /* ended at a clean end of stream while active */
    Buf pending;              /* an incomplete line */
};

ExecTrace *exec_trace_new(void) { return xcalloc(1, sizeof(ExecTrace)); }

void exec_trace_free(ExecTrace *t)
{
    if (!t) return;
    free(t->why);
    buf_free(&t->pending);
    free(t);
}

ExecTraceState exec_trace_state(const ExecTrace *t) { return t ? t->state : EXEC_TRACE_WAITING; }
const char *exec_trace_lost_why(const ExecTrace *t) { return t ? t->why : NULL; }
bool exec_trace_ended(const ExecTrace *t) { return t && t->ended; }
bool exec_trace_whole(const ExecTrace *t) { return t && (t->state == EXEC_TRACE_ACTIVE || t->whole); }

static void lose(ExecTrace *t, const char *why)
{
    if (t->state == EXEC_TRACE_LOST) return;
    t->state = EXEC_TRACE_LOST;
    free(t->why);
    t->why = xstrdup(why);
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

/* Decodes field f in place; false when its escapes are malformed. "-" becomes NULL. */
static bool decode(char *f, char **out)
{
    if (strcmp(f, "-") == 0) {
        *out = NULL;
        return true;
    }
    char *w = f;
    for (char *r = f; *r; r++) {
        if (*r != '\\') {
            *w++ = *r;
            continue;
        }
        if (r[1] != 'x' || hex_value(r[2]) < 0 || hex_value(r[3]) < 0) return false;
        *w++ = (char)(hex_value(r[2]) * 16 + hex_value(r[3]));
        r += 3;
    }
    *w = '\0';
    *out = f;   /* an embedded \x00 ends the string early: "" stays "" */
    return true;
}

static bool parse_int(const char *s, long lo, long hi, long *out)
{
    char *end = NULL;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || !end || *end || end == s || v < lo || v > hi) return false;
    *out = v;
    return true;
}

/* One complete line (without its newline), modified in place. */
static void take_line(ExecTrace *t, char *line, ExecTraceFn fn, void *ud)
{
    if (t->state == EXEC_TRACE_LOST) return;
    char *fields[9 + EXEC_TRACE_MAX_ARGS];
    int n = 0;
    for (char *save = NULL, *f = strtok_r(line, " ", &save); f; f = strtok_r(NULL, " ", &save)) {
        if (n == (int)(sizeof fields / sizeof *fields)) {
            lose(t, "an exec record with too many fields");
            return;
        }
        fields[n++] = f;
    }
    if (n >= 1 && strcmp(fields[0], "T") == 0 && t->state == EXEC_TRACE_WAITING) {
        t->state = EXEC_TRACE_ACTIVE;
        return;
    }
    if (n >= 1 && strcmp(fields[0], "L") == 0) {
        char *why = NULL;
        lose(t, n >= 2 && decode(fields[1], &why) && why ? why : "the tracer stopped");
        return;
    }
    long pid, ppid, flags, argc;
    char *cwd, *path, *real, *end = NULL;
    double time = n >= 5 ? strtod(fields[4], &end) : 0;
    if (t->state != EXEC_TRACE_ACTIVE || n < 9 || strcmp(fields[0], "X") != 0 ||
        !parse_int(fields[1], 0, 1L << 30, &pid) || !parse_int(fields[2], 0, 1L << 30, &ppid) ||
        !parse_int(fields[3], 0, 7, &flags) || !end || *end || !(time > 0) || !decode(fields[5], &cwd) ||
        !decode(fields[6], &path) || !decode(fields[7], &real) ||
        !parse_int(fields[8], 0, EXEC_TRACE_COUNT_ARGS, &argc) ||
        n - 9 != (argc < EXEC_TRACE_MAX_ARGS ? argc : EXEC_TRACE_MAX_ARGS)) {
        lose(t, "a malformed exec record");
        return;
    }
    const char *argv[EXEC_TRACE_MAX_ARGS];
    for (int i = 9; i < n; i++) {
        char *a = NULL;
        if (!decode(fields[i], &a) || !a) {
            lose(t, "a malformed exec argument");
            return;
        }
        argv[i - 9] = a;
    }
    ExecTraceRecord rec = {(int)pid, (int)ppid, (int)flags, time, cwd, path, real, argc, n - 9, argv};
    fn(ud, &rec);
}

void exec_trace_feed(ExecTrace *t, const char *data, size_t n, ExecTraceFn fn, void *ud)
{
    while (n > 0) {
        const char *nl = memchr(data, '\n', n);
        size_t part = nl ? (size_t)(nl - data) : n;
        if (t->pending.len + part > (size_t)EXEC_TRACE_MAX_LINE) {
            lose(t, "an exec record longer than the tracer writes");
            buf_free(&t->pending);
        } else if (t->state != EXEC_TRACE_LOST) {
            buf_append(&t->pending, data, part);
        }
        if (!nl) return;
        if (t->pending.len) take_line(t, t->pending.data, fn, ud);
        else if (t->state != EXEC_TRACE_LOST) lose(t, "an empty exec record");
        buf_free(&t->pending);
        data = nl + 1;
        n -= part + 1;
    }
}

void exec_trace_read(ExecTrace *t, int fd, ExecTraceFn fn, void *ud)
{
    char chunk[16384];
    while (!t->ended) {
        ssize_t n = read(fd, chunk, sizeof chunk);
        if (n > 0) {
            exec_trace_feed(t, chunk, (size_t)n, fn, ud);
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            return;
        } else {
            t->whole = n == 0 && t->state == EXEC_TRACE_ACTIVE && t->pending.len == 0;
            lose(t, n == 0 ? "the trace ended" : "the trace could not be read");
            t->ended = true;
            return;
        }
    }
}
