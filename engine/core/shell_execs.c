/* shell_execs.c: the engine's side of the exec trace (see shell_execs.h). */
#define _GNU_SOURCE
#include "core/shell_execs.h"

#include "sandbox/exec_trace.h"
#include "sandbox/trace/exec_trace_wire.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>

typedef struct HeldExec {
    double t;
    cJSON *obj;
} HeldExec;

struct ShellExecs {
    ExecTrace *trace;         /* the current shell's reader, NULL when not traced */
    int fd;
    bool shell_seen;          /* the shell's own /bin/bash exec went by */
    HeldExec *held;
    int n_held, cap_held;
    int overflow;             /* caught while HELD_MAX were held: counted, not kept; they are */
    double overflow_from;     /* newer than every held one, caught from this time on */
};

/* Execs held at once; past it, only counted (a loop of a million execs stays small). Enough
 * for a command's SHELL_EXECS_CAP while execs caught before it still wait. */
enum { HELD_MAX = 4 * SHELL_EXECS_CAP };

ShellExecs *shell_execs_new(void)
{
    ShellExecs *x = xcalloc(1, sizeof *x);
    x->fd = -1;
    return x;
}

void shell_execs_free(ShellExecs *x)
{
    if (!x) return;
    exec_trace_free(x->trace);
    for (int i = 0; i < x->n_held; i++) cJSON_Delete(x->held[i].obj);
    free(x->held);
    free(x);
}

void shell_execs_restart(ShellExecs *x, int trace_fd)
{
    exec_trace_free(x->trace);
    x->trace = trace_fd >= 0 ? exec_trace_new() : NULL;
    x->fd = trace_fd;
    x->shell_seen = false;
}

static cJSON *exec_json(const ExecTraceRecord *r)
{
    cJSON *o = cJSON_CreateObject();
    if (r->path) cJSON_AddStringToObject(o, "path", r->path);
    if (r->real && (!r->path || strcmp(r->real, r->path) != 0)) cJSON_AddStringToObject(o, "real", r->real);
    cJSON *argv = cJSON_AddArrayToObject(o, "argv");
    for (int i = 0; i < r->n_argv; i++) cJSON_AddItemToArray(argv, cJSON_CreateString(r->argv[i]));
    if (r->argc > r->n_argv) cJSON_AddNumberToObject(o, "argc", (double)r->argc);
    if (r->cwd) cJSON_AddStringToObject(o, "cwd", r->cwd);
    cJSON_AddNumberToObject(o, "pid", r->pid);
    if (r->ppid > 0) cJSON_AddNumberToObject(o, "ppid", r->ppid);
    if (r->flags & EXEC_TRACE_UNREADABLE) cJSON_AddTrueToObject(o, "unreadable");
    if (r->flags & EXEC_TRACE_NOT_EXECUTABLE) cJSON_AddTrueToObject(o, "failed");
    if (r->flags & EXEC_TRACE_ARGS_CUT) cJSON_AddTrueToObject(o, "args_cut");
    return o;
}

static void on_record(void *ud, const ExecTraceRecord *r)
{
    ShellExecs *x = ud;
    if (!x->shell_seen) {
        /* bwrap's command (setsid, then our bash): the shell starting, not the learner. */
        if (r->n_argv > 0 && strcmp(r->argv[0], "/bin/bash") == 0) x->shell_seen = true;
        return;
    }
    if (x->n_held >= HELD_MAX) {
        if (x->overflow++ == 0) x->overflow_from = r->time;
        return;
    }
    if (x->n_held == x->cap_held) {
        x->cap_held = x->cap_held ? 2 * x->cap_held : 64;
        x->held = xrealloc(x->held, (size_t)x->cap_held * sizeof *x->held);
    }
    x->held[x->n_held++] = (HeldExec){r->time, exec_json(r)};
}

void shell_execs_read(ShellExecs *x)
{
    if (x->trace && x->fd >= 0) exec_trace_read(x->trace, x->fd, on_record, x);
}

bool shell_execs_active(const ShellExecs *x)
{
    return x->trace && exec_trace_state(x->trace) == EXEC_TRACE_ACTIVE;
}

bool shell_execs_whole(const ShellExecs *x) { return x->trace && exec_trace_whole(x->trace); }

bool shell_execs_ended(const ShellExecs *x) { return !x->trace || exec_trace_ended(x->trace); }

const char *shell_execs_why(const ShellExecs *x)
{
    if (!x->trace) return "this sandbox does not trace execs";
    if (exec_trace_state(x->trace) == EXEC_TRACE_WAITING) return "the tracer has not started";
    return exec_trace_lost_why(x->trace);
}

cJSON *shell_execs_take(ShellExecs *x, double t, int *dropped)
{
    /* Only the first overflowed exec's time is known: a taker from that time on counts them all. */
    *dropped = 0;
    if (x->overflow && (t <= 0 || x->overflow_from <= t)) {
        *dropped = x->overflow;
        x->overflow = 0;
    }
    cJSON *arr = NULL;
    int kept = 0;
    int w = 0;
    for (int i = 0; i < x->n_held; i++) {
        if (t > 0 && x->held[i].t > t) {
            x->held[w++] = x->held[i];
            continue;
        }
        if (!arr) arr = cJSON_CreateArray();
        if (kept < SHELL_EXECS_CAP) {
            cJSON_AddItemToArray(arr, x->held[i].obj);
            kept++;
        } else {
            cJSON_Delete(x->held[i].obj);
            (*dropped)++;
        }
    }
    x->n_held = w;
    return arr;
}
