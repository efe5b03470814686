/* exec_trace.h: the engine's reader of a shell's exec trace (what the learner's shell really
 * executed, recorded inside the sandbox by sandbox/trace/exec_tracer.c before each program
 * ran; line format in sandbox/trace/exec_trace_wire.h). Incremental: feed it whatever the
 * trace fd (sandbox_shell_trace_fd) holds and it calls back once per complete record. */
#ifndef WORKSIM_SANDBOX_EXEC_TRACE_H
#define WORKSIM_SANDBOX_EXEC_TRACE_H

#include <stdbool.h>
#include <stddef.h>

typedef enum ExecTraceState {
    EXEC_TRACE_WAITING = 0,   /* nothing read yet: not (yet) known to be tracing */
    EXEC_TRACE_ACTIVE,        /* the tracer said it runs, and has not stopped */
    EXEC_TRACE_LOST           /* it stopped, the stream ended or was malformed: execs may be missing */
} ExecTraceState;

typedef struct ExecTraceRecord {
    int pid, ppid;            /* in the sandbox's pid namespace; ppid 0 = unknown */
    int flags;                /* EXEC_TRACE_UNREADABLE | EXEC_TRACE_NOT_EXECUTABLE | EXEC_TRACE_ARGS_CUT */
    double time;              /* wall clock (seconds since the epoch) when the exec was caught */
    const char *cwd;          /* NULL when unreadable */
    const char *path;         /* absolute, cleaned; NULL when unreadable */
    const char *real;         /* symlinks resolved; NULL when that failed */
    long argc;                /* the exec's argument count (may exceed n_argv) */
    int n_argv;               /* arguments kept (at most EXEC_TRACE_MAX_ARGS) */
    const char *const *argv;
} ExecTraceRecord;

/* Called for each record; the record's strings live only during the call. */
typedef void (*ExecTraceFn)(void *ud, const ExecTraceRecord *rec);

typedef struct ExecTrace ExecTrace;

ExecTrace *exec_trace_new(void);
void exec_trace_free(ExecTrace *t);   /* NULL-safe */
/* Reads everything fd (non-blocking) holds now and reports the complete records. At end of
 * stream an active trace becomes lost. */
void exec_trace_read(ExecTrace *t, int fd, ExecTraceFn fn, void *ud);
/* Parses bytes already read (tests, and exec_trace_read itself). */
void exec_trace_feed(ExecTrace *t, const char *data, size_t n, ExecTraceFn fn, void *ud);
ExecTraceState exec_trace_state(const ExecTrace *t);
/* True once the stream ended (the fd stays readable at its end: stop watching it). */
bool exec_trace_ended(const ExecTrace *t);
/* True while active, and after a stream that was active ended cleanly (no partial line, no
 * "L"): every exec caught up to the end is in it. Each record is written before its exec runs
 * and a tracer that is gone answers no exec (execve fails), so a clean end loses nothing. */
bool exec_trace_whole(const ExecTrace *t);
/* Why it was lost (the tracer's own words or the reader's), or NULL. */
const char *exec_trace_lost_why(const ExecTrace *t);

#endif
