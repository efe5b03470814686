/* shell_session.h: the learner's one persistent shell, on a PTY inside the sandbox.
 * The headless `sh` action and the desktop terminal both use it, so `cd` and variables
 * persist as in a real terminal. The engine learns each command line and its exit status
 * through shell-integration escape sequences (OSC 633, as VS Code's terminal uses) that carry
 * a per-run nonce: sequences with a wrong or missing nonce, e.g. printed by the learner,
 * are shown as ordinary output and never reported as commands. */
#ifndef WORKSIM_SHELL_SESSION_H
#define WORKSIM_SHELL_SESSION_H

#include <stdbool.h>
#include <stddef.h>

#include "base/loop.h"
#include "sandbox/sandbox.h"

#include <cjson/cJSON.h>

typedef struct ShellSession ShellSession;

typedef struct ShellCommandReport {
    const char *line;          /* the command line as the shell ran it */
    int exit_code;             /* $? after it; 130 after an interrupt */
    const char *output;        /* what it printed (integration sequences removed), capped */
    size_t output_len;
    size_t output_total;       /* bytes printed, including those not kept */
    bool timed_out;            /* interrupted by shell_session_type_command's timeout */
    double seconds;            /* wall time on the real clock */
    const cJSON *execs;        /* the programs it executed (core/shell_execs.h), NULL if none seen */
    int execs_dropped;         /* execs past the cap, counted but not listed */
    bool traced;               /* the exec trace covered the whole command: execs is complete */
} ShellCommandReport;

/* Called for every command the shell finished, whether typed by the learner at the desktop
 * or sent by shell_session_type_command. */
typedef void (*ShellCommandFn)(void *ud, const ShellCommandReport *report);
/* Display bytes for a terminal view (our integration sequences removed). May be NULL. */
typedef void (*ShellOutputFn)(void *ud, const char *bytes, size_t n);

/* Execs caught outside any command (a background job after the prompt came back, or before
 * the shell went away): called before the next command's report and by
 * shell_session_flush_execs. lost: the trace broke meanwhile (more may have run). */
typedef void (*ShellExecsFn)(void *ud, const cJSON *execs, int dropped, bool lost);

ShellSession *shell_session_open(Sandbox *sb, Loop *loop, int rows, int cols,
                                 ShellCommandFn on_command, ShellOutputFn on_output, void *ud,
                                 char **err);
/* Types line + Enter once the shell is at a prompt. While the command runs, the session
 * counts as busy in the loop (loop_run_until_idle waits for it). After timeout seconds it
 * sends Ctrl-C; if the shell still does not come back it is restarted and the report says
 * timed_out. A line with newlines or tabs is sent as a bracketed paste and runs as one
 * multi-line command. A timeout <= 0 means none. If no prompt appears within 30 s the shell is
 * restarted and the command reported timed_out (exit 124) without having run. Returns false if
 * a typed command is already running (one at a time) or the line holds other control
 * characters, which readline would act on rather than type. */
bool shell_session_type_command(ShellSession *s, const char *line, double timeout);
void shell_session_write(ShellSession *s, const char *bytes, size_t n);   /* raw keystrokes */
void shell_session_resize(ShellSession *s, int rows, int cols);
bool shell_session_busy(ShellSession *s);
/* True inside the ShellOutputFn when the bytes it is given are among the first display bytes
 * (1 KiB) after the shell's prompt marker and before the next command starts: the prompt being
 * drawn and the line typed at it (the command before it, if any, is over and all its output
 * was given). A terminal view shows them at once, even amid a flood; the output of a job left
 * running in the background counts as output again past that KiB. */
bool shell_session_drawing_prompt(const ShellSession *s);
/* Sets the receiver of execs outside commands (NULL: they are dropped). */
void shell_session_on_execs(ShellSession *s, ShellExecsFn fn);
/* Hands every exec still held to the ShellExecsFn (e.g. before the run ends). */
void shell_session_flush_execs(ShellSession *s);
void shell_session_close(ShellSession *s);   /* kills the shell; NULL-safe */

#endif
