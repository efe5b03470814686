/* test_shell_integration.c: the OSC 633 parser (split sequences, terminators, nonce checks,
 * E unescaping, bounded buffering) and the nonce and rcfile generators. Pure: no shell runs
 * here except one bash syntax check of the generated rcfile. */
#define _GNU_SOURCE
#include "testlib.h"

#include "core/shell_integration.h"
#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NONCE "0123456789abcdef0123456789abcdef"

/* Everything the parser produced, flattened: display bytes verbatim, events as "<A>", "<C>",
 * "<D:n>", "<E:line>". Display slices are concatenated, so splitting must not change the text. */
typedef struct Collect {
    Buf text;
    int events;
} Collect;

static bool collect_item(void *ud, const ShellItem *item)
{
    Collect *c = ud;
    switch (item->kind) {
    case SHELL_ITEM_DISPLAY: buf_append(&c->text, item->data, item->len); return true;
    case SHELL_ITEM_PROMPT: buf_puts(&c->text, "<A>"); break;
    case SHELL_ITEM_COMMAND_START: buf_puts(&c->text, "<C>"); break;
    case SHELL_ITEM_COMMAND_DONE: buf_printf(&c->text, "<D:%d>", item->exit_code); break;
    case SHELL_ITEM_COMMAND_LINE:
        CHECK_INT_EQ(strlen(item->data), item->len);
        buf_puts(&c->text, "<E:");
        buf_append(&c->text, item->data, item->len);
        buf_puts(&c->text, ">");
        break;
    }
    c->events++;
    return true;
}

/* Feeds input in pieces cut at the given positions (ascending), returns the flattened result. */
static char *parse_split(const char *input, size_t n, const size_t *cuts, size_t n_cuts, int *events)
{
    ShellIntegration *si = shell_integration_new(NONCE);
    Collect c = {{0}, 0};
    size_t at = 0;
    for (size_t k = 0; k <= n_cuts; k++) {
        size_t end = k < n_cuts ? cuts[k] : n;
        shell_integration_feed(si, input + at, end - at, collect_item, &c);
        at = end;
    }
    shell_integration_flush(si, collect_item, &c);
    shell_integration_free(si);
    if (events) *events = c.events;
    if (!c.text.data) buf_puts(&c.text, "");
    return buf_steal(&c.text);
}

static char *parse_whole(const char *input, int *events)
{
    return parse_split(input, strlen(input), NULL, 0, events);
}

static const char SESSION[] =
    "learner@sandbox:~$ echo hi\r\n"
    "\x1b]633;C;" NONCE "\a"
    "hi\r\n"
    "\x1b]633;E;echo hi;" NONCE "\a"
    "\x1b]633;D;0;" NONCE "\x1b\\"
    "\x1b]633;A;" NONCE "\a"
    "learner@sandbox:~$ ";

static const char SESSION_FLAT[] =
    "learner@sandbox:~$ echo hi\r\n<C>hi\r\n<E:echo hi><D:0><A>learner@sandbox:~$ ";

static void test_shell_whole_stream_yields_events_and_display(void)
{
    int events = 0;
    char *out = parse_whole(SESSION, &events);
    CHECK_STR_EQ(out, SESSION_FLAT);
    CHECK_INT_EQ(events, 4);
    free(out);
}

static void test_shell_sequences_split_at_every_byte_boundary(void)
{
    size_t n = strlen(SESSION);
    for (size_t cut = 1; cut < n; cut++) {
        char *out = parse_split(SESSION, n, &cut, 1, NULL);
        if (strcmp(out, SESSION_FLAT) != 0) testlib_fail(__FILE__, __LINE__, "cut at %zu: \"%s\"", cut, out);
        free(out);
    }
    /* Two cuts, and one byte at a time. */
    for (size_t a = 1; a < n; a += 3) {
        for (size_t b = a + 1; b < n; b += 2) {
            size_t cuts[2] = {a, b};
            char *out = parse_split(SESSION, n, cuts, 2, NULL);
            if (strcmp(out, SESSION_FLAT) != 0) testlib_fail(__FILE__, __LINE__, "cuts %zu,%zu: \"%s\"", a, b, out);
            free(out);
        }
    }
    size_t *every = xmalloc(n * sizeof *every);
    for (size_t k = 0; k + 1 < n; k++) every[k] = k + 1;
    char *out = parse_split(SESSION, n, every, n - 1, NULL);
    CHECK_STR_EQ(out, SESSION_FLAT);
    free(out);
    free(every);
}

static void test_shell_bel_and_st_terminators_both_work(void)
{
    char *out = parse_whole("\x1b]633;A;" NONCE "\a" "\x1b]633;A;" NONCE "\x1b\\" "x", NULL);
    CHECK_STR_EQ(out, "<A><A>x");
    free(out);
    out = parse_whole("\x1b]633;D;" NONCE "\x1b\\", NULL);
    CHECK_STR_EQ(out, "<D:-1>");
    free(out);
}

static void test_shell_wrong_or_missing_nonce_is_display_only(void)
{
    const char *forged[] = {
        "\x1b]633;D;0;deadbeef\a",
        "\x1b]633;D;0\a",
        "\x1b]633;A\a",
        "\x1b]633;C;\a",
        "\x1b]633;E;rm -rf /;" NONCE "x\a",
        "\x1b]633;E;rm -rf /;0123456789abcdef0123456789abcdeF\x1b\\",
        "\x1b]633;D;0;" NONCE ";junk\a",
    };
    for (size_t k = 0; k < sizeof forged / sizeof forged[0]; k++) {
        int events = -1;
        Buf in = {0};
        buf_printf(&in, "before %s after", forged[k]);
        char *out = parse_whole(in.data, &events);
        CHECK_INT_EQ(events, 0);
        CHECK_STR_EQ(out, in.data);
        free(out);
        buf_free(&in);
    }
}

static void test_shell_other_escape_sequences_pass_through(void)
{
    const char *text = "\x1b[1;31mred\x1b[0m \x1b]0;title\a \x1b]63;x\a \x1b]6334;y\a \x1b\x1b]633;A;" NONCE "\a"
                       "\x1b]633;Q;" NONCE "\a" "end\x1b";
    char *out = parse_whole(text, NULL);
    /* The unknown kind Q with our nonce is ours: dropped silently. The trailing ESC is flushed. */
    CHECK_STR_EQ(out, "\x1b[1;31mred\x1b[0m \x1b]0;title\a \x1b]63;x\a \x1b]6334;y\a \x1b<A>end\x1b");
    free(out);
}

static void test_shell_esc_inside_sequence_aborts_it(void)
{
    /* A learner's unterminated OSC followed by the shell's real sequence: the real one still counts. */
    char *out = parse_whole("\x1b]633;D;0;dead\x1b]633;D;7;" NONCE "\a!", NULL);
    CHECK_STR_EQ(out, "\x1b]633;D;0;dead<D:7>!");
    free(out);
}

static void test_shell_command_line_is_unescaped(void)
{
    char *out = parse_whole("\x1b]633;E;printf '%s\\\\n' a\\x3bb\\x0aecho \\x1b\\x7f;" NONCE "\a", NULL);
    CHECK_STR_EQ(out, "<E:printf '%s\\n' a;b\necho \x1b\x7f>");
    free(out);
    out = parse_whole("\x1b]633;E;;" NONCE "\a", NULL);
    CHECK_STR_EQ(out, "<E:>");
    free(out);

    size_t len = 0;
    char *s = shell_integration_unescape("a\\\\x41\\x41\\x4\\q\\", 16, &len);
    CHECK_STR_EQ(s, "a\\x41A\\x4\\q\\");
    CHECK_INT_EQ(len, strlen(s));
    free(s);
}

static void test_shell_exit_codes_parse(void)
{
    char *out = parse_whole("\x1b]633;D;130;" NONCE "\a\x1b]633;D;1x;" NONCE "\a\x1b]633;D;1234;" NONCE "\a"
                            "\x1b]633;D;;" NONCE "\a",
                            NULL);
    /* Malformed statuses with our nonce are dropped, never shown or reported. */
    CHECK_STR_EQ(out, "<D:130>");
    free(out);
}

static bool count_display(void *ud, const ShellItem *item)
{
    size_t *n = ud;
    if (item->kind == SHELL_ITEM_DISPLAY) *n += item->len;
    else testlib_fail(__FILE__, __LINE__, "unexpected event %d", (int)item->kind);
    return true;
}

static void test_shell_oversized_unterminated_osc_is_bounded(void)
{
    ShellIntegration *si = shell_integration_new(NONCE);
    size_t shown = 0;
    const char *head = "\x1b]633;E;";
    shell_integration_feed(si, head, strlen(head), count_display, &shown);
    char chunk[4096];
    memset(chunk, 'x', sizeof chunk);
    size_t fed = strlen(head);
    for (int k = 0; k < 1000; k++) {   /* 4 MB of an endless sequence */
        shell_integration_feed(si, chunk, sizeof chunk, count_display, &shown);
        fed += sizeof chunk;
        CHECK(shell_integration_buffered(si) <= SHELL_INTEGRATION_MAX_SEQUENCE);
    }
    /* Nothing is lost: every byte reached the display except what is still held back. */
    CHECK_INT_EQ(shown + shell_integration_buffered(si), fed);
    CHECK(shown > 0);
    shell_integration_free(si);

    /* After giving up, a real sequence is recognised again. */
    Buf in = {0};
    buf_puts(&in, "\x1b]633;E;");
    for (int k = 0; k < SHELL_INTEGRATION_MAX_SEQUENCE; k++) buf_puts(&in, "y");
    buf_puts(&in, ";" NONCE "\a\x1b]633;A;" NONCE "\a");
    int events = 0;
    char *out = parse_whole(in.data, &events);
    CHECK_INT_EQ(events, 1);
    CHECK(strlen(out) > 3 && strcmp(out + strlen(out) - 3, "<A>") == 0);
    free(out);
    buf_free(&in);
}

static void test_shell_longest_escaped_line_fits(void)
{
    /* The rcfile cuts lines to MAX_LINE chars; escaped control chars take 4 bytes each. */
    Buf in = {0};
    buf_puts(&in, "\x1b]633;E;");
    for (int k = 0; k < SHELL_INTEGRATION_MAX_LINE; k++) buf_puts(&in, "\\x01");
    buf_puts(&in, ";" NONCE "\x1b\\");
    int events = 0;
    char *out = parse_whole(in.data, &events);
    CHECK_INT_EQ(events, 1);
    CHECK_INT_EQ(strlen(out), SHELL_INTEGRATION_MAX_LINE + 4);
    free(out);
    buf_free(&in);
}

static bool stop_after_first(void *ud, const ShellItem *item)
{
    int *n = ud;
    (*n)++;
    return item->kind == SHELL_ITEM_DISPLAY;
}

static void test_shell_callback_can_stop_feeding(void)
{
    ShellIntegration *si = shell_integration_new(NONCE);
    int n = 0;
    CHECK(!shell_integration_feed(si, SESSION, strlen(SESSION), stop_after_first, &n));
    CHECK_INT_EQ(n, 2);   /* the echoed line, then C stops it */
    shell_integration_free(si);
}

static void test_shell_nonce_is_random_hex(void)
{
    char a[SHELL_INTEGRATION_NONCE_LEN + 1], b[SHELL_INTEGRATION_NONCE_LEN + 1];
    REQUIRE(shell_integration_make_nonce(a));
    REQUIRE(shell_integration_make_nonce(b));
    CHECK_INT_EQ(strlen(a), SHELL_INTEGRATION_NONCE_LEN);
    CHECK(strspn(a, "0123456789abcdef") == SHELL_INTEGRATION_NONCE_LEN);
    CHECK(strcmp(a, b) != 0);
}

static void test_shell_rcfile_carries_nonce_and_parses(void)
{
    CHECK(shell_integration_rcfile(NULL) == NULL);
    CHECK(shell_integration_rcfile("abc") == NULL);
    CHECK(shell_integration_rcfile("0123456789abcdeg") == NULL);
    CHECK(shell_integration_rcfile("0123456789abcdef'; rm -rf / #") == NULL);
    char *rc = shell_integration_rcfile(NONCE);
    REQUIRE(rc);
    CHECK_CONTAINS(rc, "readonly __worksim_nonce='" NONCE "'");
    CHECK_CONTAINS(rc, "PS0='\\e]633;C;${EPOCHREALTIME};" NONCE "\\a'");
    CHECK_CONTAINS(rc, "HISTFILE=/tmp/.bash_history");
    CHECK_CONTAINS(rc, "PAGER=cat GIT_PAGER=cat");
    CHECK(!strstr(rc, "export __worksim_nonce"));
    CHECK(!strstr(rc, "MAXLINE"));

    /* bash -n accepts it. */
    char path[512];
    snprintf(path, sizeof path, "%s/rcfile.bash", testlib_temp_dir());
    char *err = NULL;
    REQUIRE(util_write_file(path, rc, strlen(rc), &err));
    char cmd[600];
    snprintf(cmd, sizeof cmd, "bash -n '%s'", path);
    CHECK_INT_EQ(system(cmd), 0);
    free(rc);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_shell_whole_stream_yields_events_and_display),
        TEST_CASE(test_shell_sequences_split_at_every_byte_boundary),
        TEST_CASE(test_shell_bel_and_st_terminators_both_work),
        TEST_CASE(test_shell_wrong_or_missing_nonce_is_display_only),
        TEST_CASE(test_shell_other_escape_sequences_pass_through),
        TEST_CASE(test_shell_esc_inside_sequence_aborts_it),
        TEST_CASE(test_shell_command_line_is_unescaped),
        TEST_CASE(test_shell_exit_codes_parse),
        TEST_CASE(test_shell_oversized_unterminated_osc_is_bounded),
        TEST_CASE(test_shell_longest_escaped_line_fits),
        TEST_CASE(test_shell_callback_can_stop_feeding),
        TEST_CASE(test_shell_nonce_is_random_hex),
        TEST_CASE(test_shell_rcfile_carries_nonce_and_parses),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
