/* shell_session.c: the learner's persistent bash on a sandbox PTY (see shell_session.h).
 * A reading thread (base/fd_pump.h) keeps draining the PTY into a bounded buffer, so the shell
 * goes on writing while the loop's thread is away (a desktop presenting a frame); the loop's
 * thread takes the bytes when the pump says so, in order, and does all the rest. Keys are
 * written to the PTY from the loop's thread. The output runs through the shell_integration parser: display bytes go to on_output,
 * nonce-carrying events drive a small state machine (prompt, command running, done) and
 * each C..D pair becomes one ShellCommandReport. Typed commands make the PTY watch a
 * foreground one until their D arrives, so loop_run_until_idle waits for them. Callbacks may
 * call back into the session (even close it): freeing is deferred until they return. */
#define _GNU_SOURCE
#include "core/shell_session.h"

#include "core/shell_execs.h"
#include "core/shell_integration.h"
#include "base/fd_pump.h"
#include "base/util.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

enum {
    OUTPUT_KEEP = 64 * 1024,   /* bytes of a command's output kept for its report */
    READS_PER_WAKE = 16,       /* fairness: at most this many 16 KiB takes per readiness */
    /* The pump's buffer: a tenth of a second of a 10 MB/s flood, the longest a frame keeps
     * the loop's thread away; past it the shell waits, as on an unread PTY. */
    PUMP_BYTES = 1 << 20,
    PROMPT_BYTES = 1024        /* display bytes after A that count as the prompt being drawn */
};
static const double GRACE_SECONDS = 3.0;         /* after Ctrl-C, before the shell is replaced */
static const double PROMPT_WAIT_SECONDS = 30.0;  /* for a prompt before a typed line can be sent */
static const double SETTLE_SECONDS = 0.25;       /* for readline to draw the prompt after A */
static const int EXIT_SHELL_DIED = 255;          /* the shell ended (or never started) mid-command */
static const int EXIT_RESTARTED = 124;           /* timed out and Ctrl-C did not bring the prompt back */
/* A marker's shell clock this far from ours is not trusted to place execs (the learner's
 * shell writes the markers): its command counts as untraced. */
static const double MARKER_SKEW_SECONDS = 600.0;

typedef enum TypedState { TYPED_NONE, TYPED_WAITING, TYPED_SENT } TypedState;
typedef enum DeadlinePhase { DL_NONE, DL_PROMPT, DL_SETTLE, DL_RUN, DL_GRACE } DeadlinePhase;

struct ShellSession {
    Sandbox *sb;
    Loop *loop;
    int rows, cols;
    ShellCommandFn on_command;
    ShellOutputFn on_output;
    void *ud;
    char nonce[SHELL_INTEGRATION_NONCE_LEN + 1];
    char *rcfile;

    SandboxShell *sh;          /* NULL while there is no live shell */
    int fd;                    /* its PTY master, -1 without a shell */
    FdPump *pump;              /* reads fd; NULL without a shell */
    ShellIntegration *si;
    ShellIntegration *retired; /* a parser stopped inside its own callback, freed later */
    bool prompt_seen;          /* this shell has shown a prompt (A) at least once */
    bool at_prompt;            /* A seen, and neither C nor an Enter keystroke since */
    bool prompt_drawn;         /* display bytes followed that A: readline is reading keys */
    size_t prompt_shown;       /* display bytes since the last A, counted up to PROMPT_BYTES
                                  (PROMPT_BYTES from C on: a command's output) */
    bool in_command;           /* C seen, D not yet */
    Buf out;                   /* output since C, at most OUTPUT_KEEP bytes */
    size_t out_total;
    double started;            /* monotonic seconds at C */
    double started_wall;       /* the shell's wall clock at C (0: it sent none) */
    bool started_traced;       /* the exec trace was active (or had ended whole) when C was seen */
    ShellExecs *execs;         /* the exec trace (one per session; restarted with each shell) */
    int trace_fd;              /* the current shell's trace fd, watched; -1 without */
    ShellExecsFn on_execs;
    char *line;                /* E's line for the running command */
    Buf wbuf;                  /* keystrokes not yet written to the PTY */

    TypedState typed;
    char *typed_line;
    double typed_timeout;
    double typed_sent_at;
    bool typed_timed_out;      /* its timeout fired and Ctrl-C was sent */
    uint64_t deadline;
    DeadlinePhase phase;

    int defer_fd;              /* eventfd that reports a typed command that could not start */
    char *defer_msg;

    int depth;                 /* > 0 while inside one of our loop callbacks */
    bool closed;
};

static void on_fd(void *ud, int fd, int ready);
static void on_pumped(void *ud, int fd, int ready);
static void on_trace_fd(void *ud, int fd, int ready);

/* The pump's output is always watched, the PTY only while keys wait to be written. A typed
 * command keeps them in the foreground (loop_run_until_idle waits for it). */
static void update_watch(ShellSession *s)
{
    if (s->fd < 0) return;
    int background = s->typed == TYPED_NONE ? LOOP_BACKGROUND : 0;
    loop_watch_fd(s->loop, fd_pump_notify_fd(s->pump), LOOP_READ | background, on_pumped, s);
    if (s->wbuf.len) loop_watch_fd(s->loop, s->fd, LOOP_WRITE | background, on_fd, s);
    else loop_unwatch_fd(s->loop, s->fd);
}

static void cancel_deadline(ShellSession *s)
{
    if (s->deadline) loop_cancel(s->loop, s->deadline);
    s->deadline = 0;
    s->phase = DL_NONE;
}

static void on_deadline(void *ud);

static void arm_deadline(ShellSession *s, DeadlinePhase phase, double seconds)
{
    cancel_deadline(s);
    s->phase = phase;
    s->deadline = loop_add_deadline(s->loop, seconds, on_deadline, s);
}

static void show(ShellSession *s, const char *text)
{
    if (s->on_output) s->on_output(s->ud, text, strlen(text));
}

/* Forgets the current command's collected state. */
static void reset_command(ShellSession *s)
{
    s->in_command = false;
    buf_free(&s->out);
    s->out_total = 0;
    free(s->line);
    s->line = NULL;
}

static void finish_typed(ShellSession *s)
{
    cancel_deadline(s);
    s->typed = TYPED_NONE;
    free(s->typed_line);
    s->typed_line = NULL;
    s->typed_timed_out = false;
    update_watch(s);
}

/* Hands the held execs caught at or before t (0: all) to on_execs, as "no command". */
static void give_background(ShellSession *s, double t)
{
    int dropped = 0;
    cJSON *a = shell_execs_take(s->execs, t, &dropped);
    if ((a || dropped) && s->on_execs && !s->closed)
        s->on_execs(s->ud, a, dropped, !shell_execs_active(s->execs));
    cJSON_Delete(a);
}

/* Hands a report to on_command. Takes the collected output and line first, so the callback
 * may type the next command (or close the session) freely. execs (taken over) are the ones the
 * command ran; traced says the list is complete. */
static void report(ShellSession *s, const char *line, int exit_code, bool timed_out, double started,
                   cJSON *execs, int execs_dropped, bool traced)
{
    char *out = buf_steal(&s->out);
    size_t total = s->out_total;
    char *own_line = s->line;
    s->line = NULL;
    s->out_total = 0;
    s->in_command = false;
    /* A terminal's "\r\n" reads as "\n" in reports. */
    size_t w = 0;
    for (size_t r = 0; out[r]; r++)
        if (!(out[r] == '\r' && out[r + 1] == '\n')) out[w++] = out[r];
    out[w] = '\0';
    ShellCommandReport rep = {line ? line : "", exit_code, out, w, total, timed_out,
                              util_monotonic_seconds() - started, execs, execs_dropped, traced};
    if (s->on_command && !s->closed) s->on_command(s->ud, &rep);
    cJSON_Delete(execs);
    free(out);
    free(own_line);
}

static void send_typed(ShellSession *s)
{
    /* A line with newlines or tabs goes in as a bracketed paste, as a terminal pastes it:
     * readline inserts it literally and Enter runs it as one (multi-line) command. */
    bool paste = strpbrk(s->typed_line, "\n\t") != NULL;
    if (paste) buf_puts(&s->wbuf, "\x1b[200~");
    buf_puts(&s->wbuf, s->typed_line);
    if (paste) buf_puts(&s->wbuf, "\x1b[201~");
    buf_puts(&s->wbuf, "\r");
    s->typed = TYPED_SENT;
    s->typed_sent_at = util_monotonic_seconds();
    s->at_prompt = false;
    cancel_deadline(s);
    if (s->typed_timeout > 0) arm_deadline(s, DL_RUN, s->typed_timeout);
    /* Written from the loop (LOOP_WRITE), never from inside a parser callback. */
    update_watch(s);
}

/* Sends the waiting typed line once readline is ready for it. Bytes sent between A and the
 * prompt's drawing would reach the tty before readline takes it raw and be echoed twice. */
static void try_send(ShellSession *s)
{
    if (s->typed != TYPED_WAITING || !s->at_prompt || s->in_command) return;
    if (s->prompt_drawn) send_typed(s);
    else if (s->phase != DL_SETTLE) arm_deadline(s, DL_SETTLE, SETTLE_SECONDS);
}

/* At D (shell clock done_wall): the execs caught since C are the command's; those before C
 * ran at the prompt (background) and go out first. Without trustworthy clocks on both markers
 * every held exec is the command's, but the list does not count as complete. */
static cJSON *take_command_execs(ShellSession *s, double done_wall, int *dropped, bool *traced)
{
    shell_execs_read(s->execs);
    double start = s->in_command ? s->started_wall : 0, now = util_wall_seconds();
    /* done_wall < 0: the shell ended inside the command (no D; the shell's clock, a VM's own,
     * is not the engine's): every exec held since C is the command's. */
    bool to_end = done_wall < 0;
    if (to_end) done_wall = start;
    bool clocks = start > 0 && done_wall >= start && now - start < MARKER_SKEW_SECONDS &&
                  start - now < MARKER_SKEW_SECONDS && done_wall - now < MARKER_SKEW_SECONDS;
    if (clocks) give_background(s, start - 0.0000005);
    /* A shell that ended inside the command (exit, exec, kill $$) has no D; its trace may have
     * ended cleanly after it, which loses nothing (shell_execs_whole). */
    bool whole = s->sh ? shell_execs_active(s->execs) : shell_execs_whole(s->execs);
    *traced = clocks && s->started_traced && whole;
    return shell_execs_take(s->execs, clocks && !to_end ? done_wall : 0, dropped);
}

static bool on_item(void *ud, const ShellItem *item)
{
    ShellSession *s = ud;
    switch (item->kind) {
    case SHELL_ITEM_DISPLAY:
        if (s->on_output) s->on_output(s->ud, item->data, item->len);
        if (s->closed) return false;
        if (s->prompt_shown < PROMPT_BYTES) s->prompt_shown += item->len;
        if (s->at_prompt && !s->prompt_drawn) {
            s->prompt_drawn = true;
            try_send(s);
        }
        if (s->in_command) {
            if (s->out.len < OUTPUT_KEEP) {
                size_t keep = OUTPUT_KEEP - s->out.len;
                buf_append(&s->out, item->data, item->len < keep ? item->len : keep);
            }
            s->out_total += item->len;
        }
        break;
    case SHELL_ITEM_PROMPT:
        s->prompt_seen = true;
        s->at_prompt = true;
        s->prompt_drawn = false;
        s->prompt_shown = 0;
        try_send(s);
        break;
    case SHELL_ITEM_COMMAND_START:
        /* A multi-line line shows PS0 before each of its commands: one report for them all. */
        s->prompt_shown = PROMPT_BYTES;
        if (!s->in_command) {
            reset_command(s);
            s->in_command = true;
            s->started = util_monotonic_seconds();
            s->started_wall = item->time;
            shell_execs_read(s->execs);
            /* Active, or already ended cleanly: a quick `...; exit` can be over, trace and
             * all, before its C is read from the PTY; the trace then holds every exec. */
            s->started_traced = shell_execs_whole(s->execs);
        }
        s->at_prompt = false;
        break;
    case SHELL_ITEM_COMMAND_LINE:
        free(s->line);
        s->line = xstrndup(item->data, item->len);
        break;
    case SHELL_ITEM_COMMAND_DONE: {
        bool typed = s->typed == TYPED_SENT;
        /* A typed line that timed out is reported even if it never started (e.g. stuck at PS2). */
        bool has_report = s->in_command || (typed && s->typed_timed_out);
        bool timed_out = typed && s->typed_timed_out;
        char *fallback = NULL;
        if (typed) {
            fallback = s->typed_line;
            s->typed_line = NULL;
        }
        double started = s->in_command ? s->started : s->typed_sent_at;
        if (typed) finish_typed(s);
        if (has_report) {
            /* What was typed is what the learner ran; E (the shell's last history entry)
             * names only the last command of a multi-line paste. */
            const char *line = fallback ? fallback : s->line;
            int dropped = 0;
            bool traced = false;
            cJSON *execs = take_command_execs(s, item->time, &dropped, &traced);
            report(s, line, item->exit_code < 0 ? 0 : item->exit_code, timed_out, started, execs, dropped, traced);
        } else {
            reset_command(s);
        }
        free(fallback);
        break;
    }
    }
    return !s->closed;
}

/* Starts a shell and watches it; false with *err when the sandbox cannot. */
static bool start_shell(ShellSession *s, char **err)
{
    SandboxShell *sh = sandbox_shell_open(s->sb, s->rows, s->cols, NULL, s->rcfile, err);
    if (!sh) return false;
    FdPump *pump = fd_pump_start(sandbox_shell_fd(sh), PUMP_BYTES);
    if (!pump) {
        if (err) *err = xasprintf("cannot read the shell's terminal: %s", strerror(errno));
        sandbox_shell_close(sh);
        return false;
    }
    s->sh = sh;
    s->fd = sandbox_shell_fd(sh);
    s->pump = pump;
    s->trace_fd = sandbox_shell_trace_fd(sh);
    shell_execs_restart(s->execs, s->trace_fd);
    if (s->trace_fd >= 0) loop_watch_fd(s->loop, s->trace_fd, LOOP_READ | LOOP_BACKGROUND, on_trace_fd, s);
    s->si = shell_integration_new(s->nonce);
    s->prompt_seen = false;
    s->at_prompt = false;
    s->prompt_drawn = false;
    reset_command(s);
    buf_free(&s->wbuf);
    update_watch(s);
    return true;
}

/* Kills the shell (if any); the collected command state is kept for a final report. */
static void stop_shell(ShellSession *s)
{
    if (s->fd >= 0) {
        loop_unwatch_fd(s->loop, s->fd);
        loop_unwatch_fd(s->loop, fd_pump_notify_fd(s->pump));
    }
    fd_pump_stop(s->pump);   /* before the PTY closes: its thread reads it */
    s->pump = NULL;
    if (s->trace_fd >= 0) {
        shell_execs_read(s->execs);   /* what it caught stays held for the reports */
        loop_unwatch_fd(s->loop, s->trace_fd);
    }
    s->trace_fd = -1;
    sandbox_shell_close(s->sh);
    s->sh = NULL;
    s->fd = -1;
    if (s->depth > 0) {
        shell_integration_free(s->retired);
        s->retired = s->si;   /* we may be inside shell_integration_feed on it */
    } else {
        shell_integration_free(s->si);
    }
    s->si = NULL;
    s->at_prompt = false;
    buf_free(&s->wbuf);
}

static void start_shell_or_say(ShellSession *s)
{
    char *err = NULL;
    if (!start_shell(s, &err)) {
        char *msg = xasprintf("\r\n[worksim: could not start a new shell: %s]\r\n", err ? err : "unknown error");
        show(s, msg);
        free(msg);
    }
    free(err);
}

/* The running typed command (or the learner's own) ends without a D: report it with
 * exit_code, then clear the typed state. ended_itself: the shell ended inside the command
 * (`...; exit`): every exec it ran was traced before it ran, so after the last read of the trace
 * (stop_shell) the command's list is as complete as the trace; a command the engine killed
 * (timeout) is never complete. An `exit` must not make a command untraced: checks give an
 * untraced command the benefit of the doubt. */
static void report_unfinished(ShellSession *s, int exit_code, bool timed_out, bool ended_itself)
{
    bool typed = s->typed != TYPED_NONE;
    if (!typed && !s->in_command) {
        reset_command(s);
        return;
    }
    char *fallback = typed ? s->typed_line : NULL;
    s->typed_line = NULL;
    double started = s->in_command ? s->started : (s->typed == TYPED_SENT ? s->typed_sent_at : util_monotonic_seconds());
    if (typed) finish_typed(s);
    int dropped = 0;
    bool traced = false;
    cJSON *execs = ended_itself && s->in_command && !timed_out
                       ? take_command_execs(s, -1, &dropped, &traced)
                       : shell_execs_take(s->execs, 0, &dropped);
    report(s, s->line ? s->line : fallback, exit_code, timed_out, started, execs, dropped, traced);
    free(fallback);
}

/* EOF or EIO on the PTY: the shell is gone. Reports what was running and starts a fresh shell,
 * unless this one never reached a prompt (then the next command or keystroke retries). */
static void shell_died(ShellSession *s)
{
    shell_integration_flush(s->si, on_item, s);
    if (s->closed) return;
    bool was_healthy = s->prompt_seen;
    stop_shell(s);
    show(s, was_healthy ? "\r\n[worksim: the shell exited; starting a new one]\r\n"
                        : "\r\n[worksim: the shell exited before its first prompt]\r\n");
    report_unfinished(s, EXIT_SHELL_DIED, s->typed_timed_out, true);
    /* on_command may already have started one (by typing the next command). */
    if (was_healthy && !s->sh && !s->closed) start_shell_or_say(s);
}

static void restart_for_timeout(ShellSession *s)
{
    if (s->si) shell_integration_flush(s->si, on_item, s);
    if (s->closed) return;
    stop_shell(s);
    /* Leave a full-screen program's alternate screen, reset colours, show the cursor. */
    show(s, "\x1b[?1049l\x1b[0m\x1b[?25h\r\n[worksim: the command did not stop; the shell was restarted]\r\n");
    report_unfinished(s, EXIT_RESTARTED, true, false);
    if (!s->sh && !s->closed) start_shell_or_say(s);
}

static void destroy(ShellSession *s)
{
    if (s->defer_fd >= 0) {
        loop_unwatch_fd(s->loop, s->defer_fd);
        close(s->defer_fd);
    }
    buf_free(&s->out);
    buf_free(&s->wbuf);
    free(s->line);
    free(s->typed_line);
    free(s->defer_msg);
    free(s->rcfile);
    shell_execs_free(s->execs);
    shell_integration_free(s->si);
    shell_integration_free(s->retired);
    free(s);
}

/* Leaves a callback; frees the session if it was closed inside. False if it is gone. */
static bool leave(ShellSession *s)
{
    if (--s->depth > 0) return !s->closed;
    shell_integration_free(s->retired);
    s->retired = NULL;
    if (s->closed) {
        destroy(s);
        return false;
    }
    return !s->closed;
}

static void flush_writes(ShellSession *s)
{
    while (s->fd >= 0 && s->wbuf.len > 0) {
        ssize_t n = write(s->fd, s->wbuf.data, s->wbuf.len);
        if (n > 0) {
            memmove(s->wbuf.data, s->wbuf.data + n, s->wbuf.len - (size_t)n);
            s->wbuf.len -= (size_t)n;
            s->wbuf.data[s->wbuf.len] = '\0';
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else {
            if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) buf_free(&s->wbuf);  /* dying: the read side reports it */
            break;
        }
    }
    update_watch(s);
}

/* What the pump read: parsed in order, a chunk at a time (a callback may stop this shell and
 * its pump: the chunk is ours). */
static void read_shell(ShellSession *s)
{
    SandboxShell *sh = s->sh;
    char chunk[16384];
    for (int k = 0; k < READS_PER_WAKE && s->sh == sh && !s->closed; k++) {
        bool ended = false;
        size_t n = fd_pump_take(s->pump, chunk, sizeof chunk, &ended);
        if (n == 0) {
            if (ended) shell_died(s);   /* EOF, or EIO: the slave side closed */
            return;
        }
        if (!shell_integration_feed(s->si, chunk, n, on_item, s)) return;
    }
}

/* The PTY has room for the keys waiting (or hung up: the write fails and the pump tells). */
static void on_fd(void *ud, int fd, int ready)
{
    (void)ready;
    ShellSession *s = ud;
    if (fd != s->fd) return;   /* a stale readiness for an fd we no longer own */
    s->depth++;
    flush_writes(s);
    leave(s);
}

static void on_pumped(void *ud, int fd, int ready)
{
    (void)ready;
    ShellSession *s = ud;
    if (!s->pump || fd != fd_pump_notify_fd(s->pump)) return;   /* stale */
    s->depth++;
    read_shell(s);
    /* Lines typed from a parser callback are written here, outside it. */
    if (!s->closed && s->wbuf.len) flush_writes(s);
    leave(s);
}

static void on_trace_fd(void *ud, int fd, int ready)
{
    (void)ready;
    ShellSession *s = ud;
    if (fd != s->trace_fd) return;
    shell_execs_read(s->execs);
    /* At end of stream the fd stays readable: stop watching it (the PTY reports the death).
     * A lost trace is still drained, or the tracer would block the learner's execs. */
    if (shell_execs_ended(s->execs)) loop_unwatch_fd(s->loop, fd);
}

static void on_deadline(void *ud)
{
    ShellSession *s = ud;
    DeadlinePhase phase = s->phase;
    s->deadline = 0;
    s->phase = DL_NONE;
    s->depth++;
    switch (phase) {
    case DL_SETTLE:   /* a prompt that draws nothing (PS1='' and TERM=dumb) */
        s->prompt_drawn = true;
        try_send(s);
        break;
    case DL_PROMPT:   /* no prompt to type at: treat it as hung */
        s->typed_timed_out = true;
        restart_for_timeout(s);
        break;
    case DL_RUN:
        s->typed_timed_out = true;
        sandbox_shell_interrupt(s->sh);
        arm_deadline(s, DL_GRACE, GRACE_SECONDS);
        break;
    case DL_GRACE:
        restart_for_timeout(s);
        break;
    case DL_NONE:
        break;
    }
    if (!s->closed && s->wbuf.len) flush_writes(s);
    leave(s);
}

static void on_defer(void *ud, int fd, int ready)
{
    ShellSession *s = ud;
    loop_unwatch_fd(s->loop, fd);
    close(fd);
    s->defer_fd = -1;
    s->depth++;
    buf_puts(&s->out, s->defer_msg ? s->defer_msg : "");
    s->out_total = s->out.len;
    free(s->defer_msg);
    s->defer_msg = NULL;
    report_unfinished(s, EXIT_SHELL_DIED, false, false);
    leave(s);
}

ShellSession *shell_session_open(Sandbox *sb, Loop *loop, int rows, int cols,
                                 ShellCommandFn on_command, ShellOutputFn on_output, void *ud,
                                 char **err)
{
    ShellSession *s = xcalloc(1, sizeof *s);
    s->sb = sb;
    s->loop = loop;
    s->rows = rows;
    s->cols = cols;
    s->on_command = on_command;
    s->on_output = on_output;
    s->prompt_shown = PROMPT_BYTES;
    s->ud = ud;
    s->fd = -1;
    s->trace_fd = -1;
    s->defer_fd = -1;
    s->execs = shell_execs_new();
    if (!shell_integration_make_nonce(s->nonce)) {
        if (err) *err = xasprintf("getrandom: %s", strerror(errno));
        free(s);
        return NULL;
    }
    s->rcfile = shell_integration_rcfile(s->nonce);
    char *why = NULL;
    if (!start_shell(s, &why)) {
        if (err) *err = why ? why : xstrdup("the sandbox could not start a shell");
        else free(why);
        destroy(s);
        return NULL;
    }
    return s;
}

bool shell_session_type_command(ShellSession *s, const char *line, double timeout)
{
    if (!s || s->closed || s->typed != TYPED_NONE || s->defer_fd >= 0 || !line) return false;
    for (const unsigned char *p = (const unsigned char *)line; *p; p++)
        if ((*p < 0x20 && *p != '\n' && *p != '\t') || *p == 0x7f)
            return false;   /* readline would act on them, not type them */
    s->typed_line = xstrdup(line);
    s->typed_timeout = timeout;
    s->typed_timed_out = false;
    s->typed = TYPED_WAITING;
    if (!s->sh) {
        char *err = NULL;
        if (!start_shell(s, &err)) {
            /* Reported from the loop, as any other outcome, so callers see one code path. */
            s->defer_msg = xasprintf("worksim: could not start the shell: %s", err ? err : "unknown error");
            free(err);
            s->defer_fd = eventfd(1, EFD_CLOEXEC | EFD_NONBLOCK);
            if (s->defer_fd >= 0) {
                loop_watch_fd(s->loop, s->defer_fd, LOOP_READ, on_defer, s);
            } else {
                free(s->defer_msg);
                s->defer_msg = NULL;
                free(s->typed_line);
                s->typed_line = NULL;
                s->typed = TYPED_NONE;
                return false;
            }
            return true;
        }
    }
    arm_deadline(s, DL_PROMPT, PROMPT_WAIT_SECONDS);
    try_send(s);
    flush_writes(s);   /* also moves the watch to the foreground */
    return true;
}

void shell_session_write(ShellSession *s, const char *bytes, size_t n)
{
    if (!s || s->closed || n == 0) return;
    if (!s->sh) {
        char *err = NULL;
        if (!start_shell(s, &err)) {
            free(err);
            return;
        }
    }
    /* Enter (or Ctrl-C) at the prompt: the shell is busy until its next prompt. */
    if (memchr(bytes, '\r', n) || memchr(bytes, '\n', n) || memchr(bytes, 0x03, n)) s->at_prompt = false;
    buf_append(&s->wbuf, bytes, n);
    flush_writes(s);
}

void shell_session_resize(ShellSession *s, int rows, int cols)
{
    if (!s || s->closed) return;
    s->rows = rows;
    s->cols = cols;
    sandbox_shell_resize(s->sh, rows, cols);
}

bool shell_session_busy(ShellSession *s)
{
    return s && !s->closed && (s->typed != TYPED_NONE || s->defer_fd >= 0);
}

bool shell_session_drawing_prompt(const ShellSession *s)
{
    return s && !s->closed && s->prompt_shown < PROMPT_BYTES;
}

void shell_session_on_execs(ShellSession *s, ShellExecsFn fn)
{
    if (s) s->on_execs = fn;
}

void shell_session_flush_execs(ShellSession *s)
{
    if (!s || s->closed) return;
    shell_execs_read(s->execs);
    s->depth++;
    give_background(s, 0);
    leave(s);
}

void shell_session_close(ShellSession *s)
{
    if (!s || s->closed) return;
    s->closed = true;
    cancel_deadline(s);
    stop_shell(s);
    if (s->defer_fd >= 0) {
        loop_unwatch_fd(s->loop, s->defer_fd);
        close(s->defer_fd);
        s->defer_fd = -1;
    }
    if (s->depth == 0) destroy(s);
}
