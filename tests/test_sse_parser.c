/* test_sse_parser.c: the SSE decoder: literal Anthropic streams split at every byte boundary,
 * CRLF and lone-CR line endings, comments, field rules, and the bound on line length. */
#include "testlib.h"

#include "llm/sse_parser.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>

#include "reference_streams.h"


/* Collects events as "name\x1f" "data\x1e" so whole runs compare as one string. */
static bool collect(void *ud, const char *event, const char *data, size_t len)
{
    Buf *b = ud;
    buf_puts(b, event);
    buf_append(b, "\x1f", 1);
    buf_append(b, data, len);
    buf_append(b, "\x1e", 1);
    CHECK(data[len] == '\0');
    return true;
}

/* Parses `in` fed in pieces cut at the given offsets; returns the collected events. */
static char *parse_cut(const char *in, size_t len, const size_t *cuts, size_t n_cuts, bool *ok)
{
    Buf out = {0};
    SseParser *p = sse_parser_new(0, collect, &out);
    size_t at = 0;
    bool good = true;
    for (size_t i = 0; i <= n_cuts; i++) {
        size_t end = i < n_cuts ? cuts[i] : len;
        good = sse_parser_feed(p, in + at, end - at) && good;
        at = end;
    }
    good = sse_parser_finish(p) && good;
    sse_parser_free(p);
    if (ok) *ok = good;
    return buf_steal(&out);
}

static char *parse_whole(const char *in, bool *ok) { return parse_cut(in, strlen(in), NULL, 0, ok); }

static size_t count_char(const char *s, char c)
{
    size_t n = 0;
    for (; *s; s++) n += *s == c;
    return n;
}

static void test_sse_parser_literal_text_stream_yields_its_events(void)
{
    bool ok;
    char *got = parse_whole(TEXT_STREAM, &ok);
    CHECK(ok);
    CHECK_INT_EQ(count_char(got, '\x1e'), 8);
    static const char first[] = "message_start\x1f" "{\"type\":\"message_start\",";
    CHECK(strncmp(got, first, strlen(first)) == 0);
    CHECK_CONTAINS(got, "\x1eping\x1f{\"type\": \"ping\"}\x1e");
    CHECK_CONTAINS(got, "\\nPython turns complex problems");
    CHECK_CONTAINS(got, "\x1emessage_stop\x1f{\"type\":\"message_stop\"}\x1e");
    free(got);
}

static void every_boundary_matches(const char *stream)
{
    size_t len = strlen(stream);
    char *want = parse_whole(stream, NULL);
    for (size_t cut = 0; cut <= len; cut++) {
        bool ok;
        char *got = parse_cut(stream, len, &cut, 1, &ok);
        if (!ok || strcmp(got, want) != 0) {
            testlib_fail(__FILE__, __LINE__, "split at byte %zu differs", cut);
            free(got);
            break;
        }
        free(got);
    }
    /* And one byte at a time. */
    size_t *cuts = xmalloc(len * sizeof *cuts);
    for (size_t i = 0; i < len; i++) cuts[i] = i;
    char *got = parse_cut(stream, len, cuts, len, NULL);
    CHECK_STR_EQ(got, want);
    free(got);
    free(cuts);
    free(want);
}

static void test_sse_parser_text_stream_split_at_every_byte(void) { every_boundary_matches(TEXT_STREAM); }

static void test_sse_parser_tool_stream_split_at_every_byte(void)
{
    char *want = parse_whole(TOOL_STREAM, NULL);
    CHECK_INT_EQ(count_char(want, '\x1e'), 30);
    free(want);
    every_boundary_matches(TOOL_STREAM);
}

/* Rewrites every LF of s as `eol`. */
static char *with_line_ends(const char *s, const char *eol)
{
    Buf b = {0};
    for (; *s; s++) {
        if (*s == '\n') buf_puts(&b, eol);
        else buf_append(&b, s, 1);
    }
    return buf_steal(&b);
}

static void test_sse_parser_crlf_and_lone_cr_match_lf(void)
{
    char *want = parse_whole(TEXT_STREAM, NULL);
    char *crlf = with_line_ends(TEXT_STREAM, "\r\n");
    char *cr = with_line_ends(TEXT_STREAM, "\r");
    char *got = parse_whole(crlf, NULL);
    CHECK_STR_EQ(got, want);
    free(got);
    got = parse_whole(cr, NULL);
    CHECK_STR_EQ(got, want);
    free(got);
    /* A CRLF split between its CR and its LF must not count as two line ends. */
    every_boundary_matches(crlf);
    every_boundary_matches(cr);
    free(crlf);
    free(cr);
    free(want);
}

static void test_sse_parser_comments_are_skipped(void)
{
    char *got = parse_whole(": keep-alive\n:\nevent: a\n: in the middle\ndata: 1\n\n", NULL);
    CHECK_STR_EQ(got, "a\x1f" "1\x1e");
    free(got);
}

static void test_sse_parser_data_lines_join_with_newline(void)
{
    char *got = parse_whole("data: one\ndata:two\ndata:  three\ndata\n\n", NULL);
    CHECK_STR_EQ(got, "message\x1f" "one\ntwo\n three\n\x1e");
    free(got);
}

static void test_sse_parser_event_without_data_is_not_dispatched(void)
{
    char *got = parse_whole("event: lonely\n\nevent: x\ndata:\n\n", NULL);
    /* The first has no data line; the second has an empty one and is dispatched. */
    CHECK_STR_EQ(got, "x\x1f\x1e");
    free(got);
}

static void test_sse_parser_unknown_fields_and_bom_are_ignored(void)
{
    char *got = parse_whole("\xEF\xBB\xBF" "event: e\nid: 7\nretry: 10\nfoo: bar\ndata: d\n\n", NULL);
    CHECK_STR_EQ(got, "e\x1f" "d\x1e");
    free(got);
}

static void test_sse_parser_finish_drops_half_event(void)
{
    bool ok = true;
    char *got = parse_whole("data: whole\n\nevent: message_stop\ndata: {\"type\":", &ok);
    CHECK(!ok);
    CHECK_STR_EQ(got, "message\x1f" "whole\x1e");
    free(got);
}

static void test_sse_parser_oversized_line_is_an_error(void)
{
    Buf out = {0};
    SseParser *p = sse_parser_new(1024, collect, &out);
    char chunk[100];
    memset(chunk, 'a', sizeof chunk);
    REQUIRE(sse_parser_feed(p, "data: ", 6));
    bool ok = true;
    int fed = 0;
    while (ok && fed < 100) {
        ok = sse_parser_feed(p, chunk, sizeof chunk);
        fed++;
    }
    CHECK(!ok);
    CHECK(fed <= 11);                 /* stopped at the limit, not after buffering it all */
    CHECK_CONTAINS(sse_parser_error(p), "longer than 1024 bytes");
    CHECK(!sse_parser_feed(p, "\n\n", 2));   /* stays failed */
    CHECK_INT_EQ(out.len, 0);
    sse_parser_free(p);
    buf_free(&out);
}

static void test_sse_parser_default_limit_is_4_mib(void)
{
    SseParser *p = sse_parser_new(0, collect, NULL);
    size_t n = SSE_DEFAULT_MAX_SIZE;
    char *big = xmalloc(n + 1);
    memset(big, 'x', n + 1);
    CHECK(sse_parser_feed(p, big, n));        /* exactly the limit is still fine */
    CHECK(!sse_parser_feed(p, big, 1));
    free(big);
    sse_parser_free(p);
}

static void test_sse_parser_many_data_lines_are_bounded_too(void)
{
    SseParser *p = sse_parser_new(64, collect, NULL);
    bool ok = true;
    for (int i = 0; i < 20 && ok; i++) ok = sse_parser_feed(p, "data: 0123456789\n", 17);
    CHECK(!ok);
    CHECK_CONTAINS(sse_parser_error(p), "event data longer than 64 bytes");
    sse_parser_free(p);
}

static bool stop_after_first(void *ud, const char *event, const char *data, size_t len)
{
    (*(int *)ud)++;
    return false;
}

static void test_sse_parser_handler_can_stop_parsing(void)
{
    int calls = 0;
    SseParser *p = sse_parser_new(0, stop_after_first, &calls);
    CHECK(!sse_parser_feed(p, TEXT_STREAM, strlen(TEXT_STREAM)));
    CHECK_INT_EQ(calls, 1);
    CHECK_INT_EQ(sse_parser_events(p), 1);
    CHECK_CONTAINS(sse_parser_error(p), "stopped");
    sse_parser_free(p);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_sse_parser_literal_text_stream_yields_its_events),
        TEST_CASE(test_sse_parser_text_stream_split_at_every_byte),
        TEST_CASE(test_sse_parser_tool_stream_split_at_every_byte),
        TEST_CASE(test_sse_parser_crlf_and_lone_cr_match_lf),
        TEST_CASE(test_sse_parser_comments_are_skipped),
        TEST_CASE(test_sse_parser_data_lines_join_with_newline),
        TEST_CASE(test_sse_parser_event_without_data_is_not_dispatched),
        TEST_CASE(test_sse_parser_unknown_fields_and_bom_are_ignored),
        TEST_CASE(test_sse_parser_finish_drops_half_event),
        TEST_CASE(test_sse_parser_oversized_line_is_an_error),
        TEST_CASE(test_sse_parser_default_limit_is_4_mib),
        TEST_CASE(test_sse_parser_many_data_lines_are_bounded_too),
        TEST_CASE(test_sse_parser_handler_can_stop_parsing),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
