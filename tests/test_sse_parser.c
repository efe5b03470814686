/* test_sse_parser.c: the SSE decoder: literal Anthropic streams split at every byte boundary,
 * CRLF and lone-CR line endings, comments, field rules, and the bound on line length. */
#include "testlib.h"

#include "llm/sse_parser.h"
#include "util/util.h"

#include <stdlib.h>
#include <string.h>

/* Reference §3.1, byte for byte. */
static const char TEXT_STREAM[] =
    "event: message_start\n"
    "data: {\"type\":\"message_start\",\"message\":{\"model\":\"claude-sonnet-4-6\",\"id\":\"msg_017VX1VDFNbm2uGebyvLmHwv\",\"type\":\"message\",\"role\":\"assistant\",\"content\":[],\"stop_reason\":null,\"stop_sequence\":null,\"usage\":{\"input_tokens\":17,\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":0,\"cache_creation\":{\"ephemeral_5m_input_tokens\":0,\"ephemeral_1h_input_tokens\":0},\"output_tokens\":2,\"service_tier\":\"standard\",\"inference_geo\":\"global\"}}}\n"
    "\n"
    "event: content_block_start\n"
    "data: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n"
    "\n"
    "event: ping\n"
    "data: {\"type\": \"ping\"}\n"
    "\n"
    "event: content_block_delta\n"
    "data: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"With elegant syntax and indentation true,\"}}\n"
    "\n"
    "event: content_block_delta\n"
    "data: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"\\nPython turns complex problems into something you can do.\"}}\n"
    "\n"
    "event: content_block_stop\n"
    "data: {\"type\":\"content_block_stop\",\"index\":0}\n"
    "\n"
    "event: message_delta\n"
    "data: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\",\"stop_sequence\":null},\"usage\":{\"input_tokens\":17,\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":0,\"output_tokens\":37}}\n"
    "\n"
    "event: message_stop\n"
    "data: {\"type\":\"message_stop\"}\n"
    "\n";

/* Reference §3.2, byte for byte. */
static const char TOOL_STREAM[] =
    "event: message_start\n"
    "data: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_014p7gG3wDgGV9EUtLvnow3U\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-opus-4-1-20250805\",\"stop_sequence\":null,\"usage\":{\"input_tokens\":472,\"output_tokens\":2},\"content\":[],\"stop_reason\":null}}\n"
    "\n"
    "event: content_block_start\n"
    "data: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n"
    "\n"
    "event: ping\n"
    "data: {\"type\": \"ping\"}\n"
    "\n"
    "event: content_block_delta\n"
    "data: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Okay\"}}\n"
    "\n"
    "event: content_block_delta\n"
    "data: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\",\"}}\n"
    "\n"
    "event: content_block_delta\n"
    "data: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\" let\"}}\n"
    "\n"
    "event: content_block_delta\n"
    "data: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"'s\"}}\n"
    "\n"
    "event: content_block_delta\n"
    "data: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\" check\"}}\n"
    "\n"
    "event: content_block_delta\n"
    "data: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\" the\"}}\n"
    "\n"
    "event: content_block_delta\n"
    "data: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\" weather\"}}\n"
    "\n"
    "event: content_block_delta\n"
    "data: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\" for\"}}\n"
    "\n"
    "event: content_block_delta\n"
    "data: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\" San\"}}\n"
    "\n"
    "event: content_block_delta\n"
    "data: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\" Francisco\"}}\n"
    "\n"
    "event: content_block_delta\n"
    "data: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\",\"}}\n"
    "\n"
    "event: content_block_delta\n"
    "data: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\" CA\"}}\n"
    "\n"
    "event: content_block_delta\n"
    "data: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\":\"}}\n"
    "\n"
    "event: content_block_stop\n"
    "data: {\"type\":\"content_block_stop\",\"index\":0}\n"
    "\n"
    "event: content_block_start\n"
    "data: {\"type\":\"content_block_start\",\"index\":1,\"content_block\":{\"type\":\"tool_use\",\"id\":\"toolu_01T1x1fJ34qAmk2tNTrN7Up6\",\"name\":\"get_weather\",\"input\":{}}}\n"
    "\n"
    "event: content_block_delta\n"
    "data: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"\"}}\n"
    "\n"
    "event: content_block_delta\n"
    "data: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"location\\\":\"}}\n"
    "\n"
    "event: content_block_delta\n"
    "data: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\" \\\"San\"}}\n"
    "\n"
    "event: content_block_delta\n"
    "data: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\" Francisc\"}}\n"
    "\n"
    "event: content_block_delta\n"
    "data: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"o,\"}}\n"
    "\n"
    "event: content_block_delta\n"
    "data: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\" CA\\\"\"}}\n"
    "\n"
    "event: content_block_delta\n"
    "data: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\", \"}}\n"
    "\n"
    "event: content_block_delta\n"
    "data: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"\\\"unit\\\": \\\"fah\"}}\n"
    "\n"
    "event: content_block_delta\n"
    "data: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"renheit\\\"}\"}}\n"
    "\n"
    "event: content_block_stop\n"
    "data: {\"type\":\"content_block_stop\",\"index\":1}\n"
    "\n"
    "event: message_delta\n"
    "data: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"tool_use\",\"stop_sequence\":null},\"usage\":{\"output_tokens\":89}}\n"
    "\n"
    "event: message_stop\n"
    "data: {\"type\":\"message_stop\"}\n"
    "\n";

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
