/* test_shell_session.c: the learner's persistent shell in a real bubblewrap sandbox: state
 * persists between commands, exit statuses and output are reported once per command, forged
 * integration sequences are ignored, timeouts interrupt (or restart) and the shell recovers.
 * Everything is driven by loop_run_until_idle; no sleeps. */
#define _GNU_SOURCE
#include "testlib.h"

#include "base/loop.h"
#include "core/shell_session.h"
#include "sandbox/sandbox.h"
#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

enum { MAX_REPORTS = 16 };

/* REQUIRE for cases holding a fixture: fails, then jumps to the case's cleanup label. */
#define REQUIRE_OUT(cond) \
    do { if (!(cond)) { testlib_fail(__FILE__, __LINE__, "REQUIRE(%s)", #cond); goto out; } } while (0)

typedef struct Seen {
    int n;
    char *line[MAX_REPORTS];
    int exit_code[MAX_REPORTS];
    bool timed_out[MAX_REPORTS];
    char *output[MAX_REPORTS];
    size_t output_total[MAX_REPORTS];
    Buf display;
    Buf prompt;                 /* the display bytes given as the prompt being drawn */
    ShellSession *s;            /* for callbacks that type the next command */
    const char *chain;          /* typed from on_command after the first report */
} Seen;

static void on_command(void *ud, const ShellCommandReport *r)
{
    Seen *seen = ud;
    CHECK(r->output_len <= 64 * 1024);
    CHECK(r->output_total >= r->output_len);
    CHECK(r->seconds >= 0);
    if (seen->n >= MAX_REPORTS) return;
    seen->line[seen->n] = xstrdup(r->line);
    seen->exit_code[seen->n] = r->exit_code;
    seen->timed_out[seen->n] = r->timed_out;
    seen->output[seen->n] = xstrndup(r->output, r->output_len);
    seen->output_total[seen->n] = r->output_total;
    seen->n++;
    if (seen->chain) {
        const char *next = seen->chain;
        seen->chain = NULL;
        CHECK(shell_session_type_command(seen->s, next, 20));
    }
}

static void on_output(void *ud, const char *bytes, size_t n)
{
    Seen *seen = ud;
    if (seen->display.len < 1024 * 1024) buf_append(&seen->display, bytes, n);
    if (seen->s && shell_session_drawing_prompt(seen->s) && seen->prompt.len < 1024 * 1024) buf_append(&seen->prompt, bytes, n);
}

static void seen_free(Seen *seen)
{
    for (int i = 0; i < seen->n; i++) {
        free(seen->line[i]);
        free(seen->output[i]);
    }
    buf_free(&seen->display);
    buf_free(&seen->prompt);
    memset(seen, 0, sizeof *seen);
}

typedef struct Fixture {
    Loop *loop;
    Sandbox *sb;
    ShellSession *s;
    Seen seen;
} Fixture;

/* A sandbox over a fresh workspace holding sub/ and hello.txt, and a session on it. */
static bool fixture_open(Fixture *f)
{
    static int serial;
    memset(f, 0, sizeof *f);
    char *ws = xasprintf("%s/ws-%d", testlib_temp_dir(), ++serial);
    char *sub = xasprintf("%s/sub", ws);
    char *file = xasprintf("%s/hello.txt", ws);
    char *err = NULL;
    bool ok = mkdir(ws, 0755) == 0 && mkdir(sub, 0755) == 0 && util_write_file(file, "hi\n", 3, &err);
    if (ok) {
        SandboxConfig cfg = {.backend = SANDBOX_AUTO, .workspace_src = ws};
        f->sb = sandbox_open(&cfg, &err);
        if (!f->sb) testlib_fail(__FILE__, __LINE__, "sandbox_open: %s", err ? err : "?");
    }
    if (f->sb) {
        f->loop = loop_new(true);
        f->s = shell_session_open(f->sb, f->loop, 24, 80, on_command, on_output, &f->seen, &err);
        if (!f->s) testlib_fail(__FILE__, __LINE__, "shell_session_open: %s", err ? err : "?");
        f->seen.s = f->s;
    }
    free(err);
    free(ws);
    free(sub);
    free(file);
    return f->s != NULL;
}

static void fixture_close(Fixture *f)
{
    shell_session_close(f->s);
    sandbox_close(f->sb);
    loop_free(f->loop);
    seen_free(&f->seen);
}

/* Types line and runs the loop until the session is idle again. */
static void run(Fixture *f, const char *line, double timeout)
{
    CHECK(shell_session_type_command(f->s, line, timeout));
    CHECK(shell_session_busy(f->s));
    loop_run_until_idle(f->loop, NULL);
    CHECK(!shell_session_busy(f->s));
}

static void test_shell_cd_persists_between_commands(void)
{
    Fixture f;
    if (!fixture_open(&f)) goto out;
    run(&f, "cd sub", 20);
    run(&f, "pwd", 20);
    REQUIRE_OUT(f.seen.n == 2);
    CHECK_STR_EQ(f.seen.line[0], "cd sub");
    CHECK_INT_EQ(f.seen.exit_code[0], 0);
    CHECK_STR_EQ(f.seen.line[1], "pwd");
    CHECK_STR_EQ(f.seen.output[1], "/workspace/sub\n");
    CHECK(!f.seen.timed_out[1]);
out:
    fixture_close(&f);
}

static void test_shell_exit_statuses_are_reported(void)
{
    Fixture f;
    if (!fixture_open(&f)) goto out;
    run(&f, "false", 20);
    run(&f, "true", 20);
    run(&f, "(exit 42)", 20);
    REQUIRE_OUT(f.seen.n == 3);
    CHECK_STR_EQ(f.seen.line[0], "false");
    CHECK_INT_EQ(f.seen.exit_code[0], 1);
    CHECK_STR_EQ(f.seen.line[1], "true");
    CHECK_INT_EQ(f.seen.exit_code[1], 0);
    CHECK_INT_EQ(f.seen.exit_code[2], 42);
out:
    fixture_close(&f);
}

static void test_shell_output_is_captured(void)
{
    Fixture f;
    if (!fixture_open(&f)) goto out;
    run(&f, "echo hello", 20);
    run(&f, "cat hello.txt; echo 'semi;colon \\ back' >&2", 20);
    REQUIRE_OUT(f.seen.n == 2);
    CHECK_STR_EQ(f.seen.output[0], "hello\n");
    CHECK_INT_EQ(f.seen.output_total[0], strlen("hello\r\n"));
    CHECK_STR_EQ(f.seen.line[1], "cat hello.txt; echo 'semi;colon \\ back' >&2");
    CHECK_STR_EQ(f.seen.output[1], "hi\nsemi;colon \\ back\n");
    /* The terminal view saw the prompt and the output, but none of our sequences. */
    CHECK_CONTAINS(f.seen.display.data, "learner@sandbox:");
    CHECK_CONTAINS(f.seen.display.data, "hello");
    CHECK(!strstr(f.seen.display.data, "\x1b]633;"));
    /* The line was typed once readline was ready: echoed once, not twice. */
    const char *first = strstr(f.seen.display.data, "echo hello");
    CHECK(first && !strstr(first + 1, "echo hello"));
out:
    fixture_close(&f);
}

/* The terminal view is told which display bytes are the prompt (it draws them at once, even
 * amid a flood): the prompt before the command and the one after it (the next line is typed
 * as soon as its first byte shows), never the command's output. */
static void test_shell_prompt_is_told_from_output(void)
{
    Fixture f;
    if (!fixture_open(&f)) goto out;
    run(&f, "seq 1 3000", 20);
    run(&f, "true", 20);   /* the session is idle at seq's D: its prompt is read with the next */
    REQUIRE_OUT(f.seen.n == 2);
    REQUIRE_OUT(f.seen.prompt.data);
    const char *first = strstr(f.seen.prompt.data, "learner@sandbox:");
    CHECK(first && strstr(first + 1, "learner@sandbox:"));   /* before seq and after it */
    CHECK(!strstr(f.seen.prompt.data, "\n3000"));
    CHECK(!strstr(f.seen.prompt.data, "2999"));
    CHECK(f.seen.prompt.len < 2048);
    CHECK_CONTAINS(f.seen.display.data, "2999\r\n3000\r\n");
out:
    fixture_close(&f);
}

/* A flood's display bytes come through the PTY's reading thread byte-exact and in order
 * (its buffer wraps many times: 690 KB through 1 MiB, taken in 16 KiB pieces while the thread
 * goes on reading), and the prompt after it. */
static void test_shell_flood_reaches_the_display_in_order(void)
{
    Fixture f;
    Buf want = {0};
    if (!fixture_open(&f)) goto out;
    for (int i = 1; i <= 100000; i++) buf_printf(&want, "%d\r\n", i);
    run(&f, "seq 1 100000", 30);
    REQUIRE_OUT(f.seen.n == 1);
    REQUIRE_OUT(f.seen.display.data);
    const char *at = strstr(f.seen.display.data, "seq 1 100000\r\n");
    REQUIRE_OUT(at);
    at = strstr(at, "1\r\n2\r\n3\r\n");   /* after readline's own sequences */
    REQUIRE_OUT(at);
    CHECK(strncmp(at, want.data, want.len) == 0);
    CHECK_INT_EQ(f.seen.output_total[0], want.len);
    run(&f, "true", 20);   /* seq's prompt is read with the next command */
    const char *prompt = strstr(at + want.len, "learner@sandbox:");
    CHECK(prompt && prompt - (at + want.len) < 32);   /* next: the prompt (after its colours) */
out:
    buf_free(&want);
    fixture_close(&f);
}

static void test_shell_large_output_is_capped_but_counted(void)
{
    Fixture f;
    if (!fixture_open(&f)) goto out;
    run(&f, "head -c 200000 /dev/zero | tr '\\0' x; echo", 30);
    REQUIRE_OUT(f.seen.n == 1);
    CHECK_INT_EQ(strlen(f.seen.output[0]), 64 * 1024);
    CHECK(f.seen.output_total[0] >= 200000);
    CHECK_INT_EQ(f.seen.exit_code[0], 0);
out:
    fixture_close(&f);
}

static void test_shell_forged_sequence_does_not_report(void)
{
    Fixture f;
    if (!fixture_open(&f)) goto out;
    run(&f, "printf '\\e]633;D;0;deadbeef\\a\\e]633;C;deadbeef\\a'; false", 20);
    run(&f, "printf '\\e]633;E;rm -rf /\\a\\e]633;A\\a\\e]633;D;0\\e\\\\'", 20);
    REQUIRE_OUT(f.seen.n == 2);
    CHECK_INT_EQ(f.seen.exit_code[0], 1);
    CHECK_STR_EQ(f.seen.line[0], "printf '\\e]633;D;0;deadbeef\\a\\e]633;C;deadbeef\\a'; false");
    CHECK_INT_EQ(f.seen.exit_code[1], 0);
    CHECK_CONTAINS(f.seen.line[1], "printf");
    /* The forged sequences were shown as ordinary output. */
    CHECK_CONTAINS(f.seen.output[0], "\x1b]633;D;0;deadbeef\a");
    CHECK_CONTAINS(f.seen.display.data, "\x1b]633;E;rm -rf /\a");
out:
    fixture_close(&f);
}

static void test_shell_timeout_interrupts_and_next_command_works(void)
{
    Fixture f;
    if (!fixture_open(&f)) goto out;
    run(&f, "cd sub", 20);
    double t0 = util_monotonic_seconds();
    run(&f, "sleep 1000", 1);
    CHECK(util_monotonic_seconds() - t0 < 3.0);   /* Ctrl-C worked: no grace period, no restart */
    run(&f, "pwd", 20);
    REQUIRE_OUT(f.seen.n == 3);
    CHECK_STR_EQ(f.seen.line[1], "sleep 1000");
    CHECK(f.seen.timed_out[1]);
    CHECK_INT_EQ(f.seen.exit_code[1], 130);
    CHECK(!f.seen.timed_out[2]);
    CHECK_STR_EQ(f.seen.output[2], "/workspace/sub\n");   /* same shell: cwd kept */
out:
    fixture_close(&f);
}

static void test_shell_unstoppable_command_restarts_the_shell(void)
{
    Fixture f;
    if (!fixture_open(&f)) goto out;
    run(&f, "cd sub", 20);
    run(&f, "bash -c \"trap '' INT; sleep 1000\"", 1);   /* ignores Ctrl-C: restart after grace */
    run(&f, "pwd", 20);
    REQUIRE_OUT(f.seen.n == 3);
    CHECK(f.seen.timed_out[1]);
    CHECK_INT_EQ(f.seen.exit_code[1], 124);
    CHECK_STR_EQ(f.seen.line[1], "bash -c \"trap '' INT; sleep 1000\"");
    CHECK_INT_EQ(f.seen.exit_code[2], 0);
    CHECK_STR_EQ(f.seen.output[2], "/workspace\n");   /* a fresh shell */
    CHECK_CONTAINS(f.seen.display.data, "restarted");
out:
    fixture_close(&f);
}

static void test_shell_empty_line_reports_nothing(void)
{
    Fixture f;
    if (!fixture_open(&f)) goto out;
    run(&f, "", 20);
    run(&f, "   ", 20);
    CHECK_INT_EQ(f.seen.n, 0);
    run(&f, "true", 20);
    run(&f, "", 20);
    REQUIRE_OUT(f.seen.n == 1);
    CHECK_STR_EQ(f.seen.line[0], "true");
out:
    fixture_close(&f);
}

static void test_shell_exit_reports_and_reopens(void)
{
    Fixture f;
    if (!fixture_open(&f)) goto out;
    run(&f, "cd sub", 20);
    run(&f, "exit 3", 20);
    run(&f, "pwd", 20);
    REQUIRE_OUT(f.seen.n == 3);
    CHECK_STR_EQ(f.seen.line[1], "exit 3");
    CHECK_INT_EQ(f.seen.exit_code[1], 255);
    CHECK(!f.seen.timed_out[1]);
    CHECK_STR_EQ(f.seen.output[2], "/workspace\n");
out:
    fixture_close(&f);
}

static void test_shell_busy_rules_and_bad_lines(void)
{
    Fixture f;
    if (!fixture_open(&f)) goto out;
    CHECK(!shell_session_busy(f.s));
    CHECK(!shell_session_type_command(f.s, "echo a\x01", 20));   /* Ctrl-A is an editing key, not text */
    CHECK(!shell_session_type_command(f.s, "echo \x1b[A", 20));
    CHECK(shell_session_type_command(f.s, "echo one", 20));
    CHECK(!shell_session_type_command(f.s, "echo two", 20));   /* one at a time */
    loop_run_until_idle(f.loop, NULL);
    REQUIRE_OUT(f.seen.n == 1);
    CHECK_STR_EQ(f.seen.output[0], "one\n");
out:
    fixture_close(&f);
}

static void test_shell_multi_line_command_runs_as_one_paste(void)
{
    Fixture f;
    if (!fixture_open(&f)) goto out;
    run(&f, "x=1\nif [ $x = 1 ]; then\n\techo tab-ok\nfi\necho after", 20);
    run(&f, "echo $x", 20);
    REQUIRE_OUT(f.seen.n == 2);
    CHECK_STR_EQ(f.seen.line[0], "x=1\nif [ $x = 1 ]; then\n\techo tab-ok\nfi\necho after");
    CHECK_CONTAINS(f.seen.output[0], "tab-ok\nafter\n");
    CHECK_INT_EQ(f.seen.exit_code[0], 0);
    CHECK_STR_EQ(f.seen.output[1], "1\n");
out:
    fixture_close(&f);
}

static void test_shell_next_command_can_be_typed_from_the_report(void)
{
    Fixture f;
    if (!fixture_open(&f)) goto out;
    f.seen.chain = "echo second";
    run(&f, "echo first", 20);
    loop_run_until_idle(f.loop, NULL);   /* the chained command made the session busy again */
    REQUIRE_OUT(f.seen.n == 2);
    CHECK_STR_EQ(f.seen.output[0], "first\n");
    CHECK_STR_EQ(f.seen.output[1], "second\n");
out:
    fixture_close(&f);
}

static void test_shell_keystrokes_from_the_desktop_are_reported(void)
{
    Fixture f;
    if (!fixture_open(&f)) goto out;
    run(&f, "true", 20);   /* the shell is up */
    shell_session_write(f.s, "echo typed\r", 11);
    /* Desktop keystrokes do not make the loop busy: wait for the report by polling. */
    for (int k = 0; k < 200 && f.seen.n < 2; k++) loop_run_once(f.loop, 100);
    REQUIRE_OUT(f.seen.n == 2);
    CHECK_STR_EQ(f.seen.line[1], "echo typed");
    CHECK_STR_EQ(f.seen.output[1], "typed\n");
out:
    fixture_close(&f);
}

static void on_command_close(void *ud, const ShellCommandReport *r)
{
    Fixture *f = ud;
    f->seen.n++;
    shell_session_close(f->s);
    f->s = NULL;
}

static void test_shell_close_from_a_callback_is_safe(void)
{
    Fixture f;
    if (!fixture_open(&f)) goto out;
    shell_session_close(f.s);
    char *err = NULL;
    f.s = shell_session_open(f.sb, f.loop, 24, 80, on_command_close, NULL, &f, &err);
    REQUIRE_OUT(f.s);
    CHECK(shell_session_type_command(f.s, "echo bye", 20));
    loop_run_until_idle(f.loop, NULL);
    CHECK_INT_EQ(f.seen.n, 1);
    CHECK(f.s == NULL);
    CHECK_INT_EQ(loop_busy_count(f.loop), 0);
out:
    fixture_close(&f);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_shell_cd_persists_between_commands),
        TEST_CASE(test_shell_exit_statuses_are_reported),
        TEST_CASE(test_shell_output_is_captured),
        TEST_CASE(test_shell_prompt_is_told_from_output),
        TEST_CASE(test_shell_flood_reaches_the_display_in_order),
        TEST_CASE(test_shell_large_output_is_capped_but_counted),
        TEST_CASE(test_shell_forged_sequence_does_not_report),
        TEST_CASE(test_shell_timeout_interrupts_and_next_command_works),
        TEST_CASE(test_shell_unstoppable_command_restarts_the_shell),
        TEST_CASE(test_shell_empty_line_reports_nothing),
        TEST_CASE(test_shell_exit_reports_and_reopens),
        TEST_CASE(test_shell_busy_rules_and_bad_lines),
        TEST_CASE(test_shell_multi_line_command_runs_as_one_paste),
        TEST_CASE(test_shell_next_command_can_be_typed_from_the_report),
        TEST_CASE(test_shell_keystrokes_from_the_desktop_are_reported),
        TEST_CASE(test_shell_close_from_a_callback_is_safe),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
