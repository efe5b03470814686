/* shell_execs.h: the learner shell's exec trace on the engine side: reads the sandbox's trace
 * fd (sandbox/exec_trace.h), keeps each exec as the JSON object the event log stores, and
 * hands them out by time, so shell_session can give each command the execs caught between its
 * C and D markers (both carry the shell's wall clock, as the trace does) and the rest to
 * "no command" batches. Capped per batch: a `make -j` cannot bloat the log.
 *
 * One exec, as logged: {"path": "/usr/bin/git", "argv": ["git", "show"], "cwd": "/workspace",
 * "pid": 12, "ppid": 3} plus, when they apply, "real" (path with links resolved, if it differs),
 * "argc" (when more arguments were run than kept), "unreadable": true (the caller's memory could
 * not be read: path/argv/cwd may be missing), "failed": true (path was no executable file, so
 * the exec failed), "args_cut": true (an argument was cut to 256 bytes). */
#ifndef WORKSIM_SHELL_EXECS_H
#define WORKSIM_SHELL_EXECS_H

#include <stdbool.h>

#include <cjson/cJSON.h>

enum { SHELL_EXECS_CAP = 200 };   /* execs listed per command or batch; the rest are counted */

typedef struct ShellExecs ShellExecs;

ShellExecs *shell_execs_new(void);
void shell_execs_free(ShellExecs *x);   /* NULL-safe */
/* A new shell starts: its trace is read from trace_fd (-1: this shell is not traced). Execs
 * still held from the previous shell stay until taken. The shell's own start (everything up to
 * and including the first exec of /bin/bash) is not kept. */
void shell_execs_restart(ShellExecs *x, int trace_fd);
/* Reads what the trace fd holds now. */
void shell_execs_read(ShellExecs *x);
/* True while the current shell's trace is known complete (its tracer runs and said nothing
 * went wrong). */
bool shell_execs_active(const ShellExecs *x);
/* True while active, or when the stream ended cleanly after being active (exec_trace_whole):
 * what a shell that ended by itself ran is all held. */
bool shell_execs_whole(const ShellExecs *x);
/* True once the current shell's trace stream ended (stop watching its fd). */
bool shell_execs_ended(const ShellExecs *x);
/* Why the current shell's trace is not active ("not traced", the tracer's reason, ...). */
const char *shell_execs_why(const ShellExecs *x);
/* Takes the held execs caught at or before time t (all of them when t is 0) in catch order, as
 * a new JSON array of at most SHELL_EXECS_CAP (the rest counted in *dropped); NULL if none. */
cJSON *shell_execs_take(ShellExecs *x, double t, int *dropped);

#endif
