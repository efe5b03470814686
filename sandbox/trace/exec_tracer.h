/* exec_tracer.h: records every execve/execveat of a process tree through a seccomp user
 * notification listener (sandbox/trace/exec_tracer.c). Compiled into the two sandbox inits
 * (worksim-ns-init and the guest agent's job init), which are static, libc-only programs:
 * no engine code here. The record format is sandbox/trace/exec_trace_wire.h.
 *
 * Use: exec_tracer_install() in the init before it forks the learner's command (the filter is
 * inherited by every descendant and only one listener may exist per filter tree, so the
 * learner cannot install a second one); then poll the listener and call exec_tracer_serve()
 * whenever it is readable. Each exec waits until its record is written. */
#ifndef WORKSIM_SANDBOX_EXEC_TRACER_H
#define WORKSIM_SANDBOX_EXEC_TRACER_H

#include <stdbool.h>

/* Loads the filter into the calling process (no_new_privs is set first) and returns the
 * listener fd (close-on-exec), or -1 with errno. Writes "T 1" to out_fd on success. */
int exec_tracer_install(int out_fd);
/* Handles one notification: reads the caller's program and arguments, writes its record to
 * out_fd and lets the exec continue. Returns false when the listener is broken or out_fd
 * cannot be written; the tracer then wrote its "L" line if it could and the caller should
 * stop serving (every exec after that fails with ENOSYS once the listener is closed). */
bool exec_tracer_serve(int listener, int out_fd);
/* The serving loop's step when poll reported revents for *listener (>= 0): serves one
 * notification; when the listener or out_fd broke, says so, closes it and sets *listener to
 * -1 (execs then fail with ENOSYS rather than run unrecorded). */
void exec_tracer_ready(int *listener, int out_fd, short revents);
/* Writes "L why" to out_fd (best effort). */
void exec_tracer_lost(int out_fd, const char *why);

#endif
