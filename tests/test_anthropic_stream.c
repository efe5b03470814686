/* test_anthropic_stream.c: Messages stream assembly from the literal reference streams:
 * text, tool input from fragments, usage in both forms, stop reasons, the error event, cut
 * streams, malformed data, unknown event/block types, thinking and whitespace-padded JSON. */
#include "testlib.h"

#include "llm/anthropic_stream.h"
#include "base/util.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "reference_streams.h"


static Buf live;        /* text seen through the live callback */
static int live_calls;

static void on_text(void *ud, int index, const char *text, size_t len)
{
    buf_append(&live, text, len);
    live_calls++;
}

static AnthropicStream *run_stream(const char *bytes, size_t len, size_t chunk)
{
    buf_free(&live);
    live_calls = 0;
    AnthropicStream *s = anthropic_stream_new(on_text, NULL);
    for (size_t at = 0; at < len; at += chunk)
        anthropic_stream_feed(s, bytes + at, at + chunk <= len ? chunk : len - at);
    anthropic_stream_finish(s);
    return s;
}

static AnthropicStream *run_all(const char *bytes) { return run_stream(bytes, strlen(bytes), strlen(bytes) + 1); }

static void test_anthropic_stream_text_stream_assembles(void)
{
    AnthropicStream *s = run_all(TEXT_STREAM);
    REQUIRE(anthropic_stream_state(s) == ANTHROPIC_STREAM_DONE);
    const AnthropicMessage *m = anthropic_stream_message(s);
    CHECK_STR_EQ(m->id, "msg_017VX1VDFNbm2uGebyvLmHwv");
    CHECK_STR_EQ(m->model, "claude-sonnet-4-6");
    CHECK_STR_EQ(m->stop_reason, "end_turn");
    CHECK(m->stop_sequence == NULL);
    REQUIRE(m->n_blocks == 1);
    CHECK(m->blocks[0].type == ANTHROPIC_BLOCK_TEXT);
    static const char want[] = "With elegant syntax and indentation true,\nPython turns complex problems into something you can do.";
    CHECK_STR_EQ(m->blocks[0].text, want);
    CHECK_STR_EQ(live.data, want);
    CHECK_INT_EQ(live_calls, 2);
    CHECK_INT_EQ(m->usage.input_tokens, 17);
    CHECK_INT_EQ(m->usage.output_tokens, 37);      /* the cumulative count from message_delta */
    CHECK_INT_EQ(m->usage.cache_creation_input_tokens, 0);
    CHECK_INT_EQ(m->usage.cache_read_input_tokens, 0);
    CHECK(m->usage.has_cache_breakdown);
    CHECK_INT_EQ(anthropic_stream_events(s), 8);
    char *text = anthropic_message_text(m);
    CHECK_STR_EQ(text, want);
    free(text);
    anthropic_stream_free(s);
}

static void check_tool_message(const AnthropicMessage *m)
{
    CHECK_STR_EQ(m->id, "msg_014p7gG3wDgGV9EUtLvnow3U");
    CHECK_STR_EQ(m->stop_reason, "tool_use");
    REQUIRE(m->n_blocks == 2);
    CHECK_STR_EQ(m->blocks[0].text, "Okay, let's check the weather for San Francisco, CA:");
    const AnthropicBlock *t = anthropic_message_find_tool_use(m, "get_weather");
    REQUIRE(t == &m->blocks[1]);
    CHECK_STR_EQ(t->id, "toolu_01T1x1fJ34qAmk2tNTrN7Up6");
    REQUIRE(cJSON_IsObject(t->input));
    CHECK_INT_EQ(cJSON_GetArraySize(t->input), 2);
    CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(t->input, "location")), "San Francisco, CA");
    CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(t->input, "unit")), "fahrenheit");
    CHECK_INT_EQ(m->usage.input_tokens, 472);      /* from message_start */
    CHECK_INT_EQ(m->usage.output_tokens, 89);      /* the short usage form of message_delta */
    CHECK(!m->usage.has_cache_breakdown);
}

static void test_anthropic_stream_tool_stream_assembles_input_from_fragments(void)
{
    AnthropicStream *s = run_all(TOOL_STREAM);
    REQUIRE(anthropic_stream_state(s) == ANTHROPIC_STREAM_DONE);
    check_tool_message(anthropic_stream_message(s));
    CHECK_INT_EQ(live_calls, 13);
    anthropic_stream_free(s);
}

static void test_anthropic_stream_any_chunk_size_gives_the_same_message(void)
{
    size_t len = strlen(TOOL_STREAM);
    for (size_t chunk = 1; chunk <= 64; chunk++) {
        AnthropicStream *s = run_stream(TOOL_STREAM, len, chunk);
        REQUIRE(anthropic_stream_state(s) == ANTHROPIC_STREAM_DONE);
        check_tool_message(anthropic_stream_message(s));
        anthropic_stream_free(s);
        if (testlib_failures_in_case()) {
            testlib_fail(__FILE__, __LINE__, "chunk size %zu", chunk);
            return;
        }
    }
}

static void test_anthropic_stream_taken_message_outlives_stream(void)
{
    AnthropicStream *s = run_all(TOOL_STREAM);
    AnthropicMessage *m = anthropic_stream_take_message(s);
    anthropic_stream_free(s);
    check_tool_message(m);
    cJSON *content = anthropic_message_content_json(m);
    char *json = cJSON_PrintUnformatted(content);
    CHECK_STR_EQ(json, "[{\"type\":\"text\",\"text\":\"Okay, let's check the weather for San Francisco, CA:\"},"
                       "{\"type\":\"tool_use\",\"id\":\"toolu_01T1x1fJ34qAmk2tNTrN7Up6\",\"name\":\"get_weather\","
                       "\"input\":{\"location\":\"San Francisco, CA\",\"unit\":\"fahrenheit\"}}]");
    free(json);
    cJSON_Delete(content);
    anthropic_message_free(m);
}

#define EV(name, json) "event: " name "\ndata: " json "\n\n"
#define START EV("message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"m\",\"content\":[],\"stop_reason\":null,\"usage\":{\"input_tokens\":5,\"output_tokens\":1}}}")
#define STOP EV("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\",\"stop_sequence\":null},\"usage\":{\"output_tokens\":3}}") \
             EV("message_stop", "{\"type\":\"message_stop\"}")

static void test_anthropic_stream_tool_without_fragments_gets_empty_input(void)
{
    AnthropicStream *s = run_all(START
        EV("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"tool_use\",\"id\":\"toolu_9\",\"name\":\"view_diff\",\"input\":{}}}")
        EV("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}")
        STOP);
    REQUIRE(anthropic_stream_state(s) == ANTHROPIC_STREAM_DONE);
    const AnthropicBlock *t = anthropic_message_find_tool_use(anthropic_stream_message(s), NULL);
    REQUIRE(t != NULL);
    CHECK_STR_EQ(t->name, "view_diff");
    CHECK(cJSON_IsObject(t->input) && cJSON_GetArraySize(t->input) == 0);
    anthropic_stream_free(s);
}

static void test_anthropic_stream_error_event_is_terminal(void)
{
    AnthropicStream *s = run_all(START
        EV("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}")
        EV("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Hel\"}}")
        "event: error\ndata: {\"type\": \"error\", \"error\": {\"type\": \"overloaded_error\", \"message\": \"Overloaded\"}}\n\n"
        EV("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"lo\"}}")
        STOP);
    CHECK(anthropic_stream_state(s) == ANTHROPIC_STREAM_FAILED);
    CHECK(anthropic_stream_error_kind(s) == ANTHROPIC_STREAM_API_ERROR);
    CHECK_STR_EQ(anthropic_stream_error_type(s), "overloaded_error");
    CHECK_CONTAINS(anthropic_stream_error(s), "Overloaded");
    CHECK_STR_EQ(anthropic_stream_message(s)->blocks[0].text, "Hel");   /* nothing after the error */
    CHECK_STR_EQ(live.data, "Hel");
    anthropic_stream_free(s);
}

static void test_anthropic_stream_cut_anywhere_before_message_stop_fails(void)
{
    const char *stop = strstr(TEXT_STREAM, "event: message_stop");
    REQUIRE(stop != NULL);
    size_t limit = (size_t)(stop - TEXT_STREAM) + strlen("event: message_stop\ndata: {\"type\":\"message_stop\"}\n");
    for (size_t len = 0; len <= limit; len++) {
        AnthropicStream *s = run_stream(TEXT_STREAM, len, 97);
        if (anthropic_stream_state(s) != ANTHROPIC_STREAM_FAILED || anthropic_stream_error_kind(s) != ANTHROPIC_STREAM_CUT) {
            testlib_fail(__FILE__, __LINE__, "cut at %zu did not fail as cut", len);
            anthropic_stream_free(s);
            return;
        }
        anthropic_stream_free(s);
    }
    /* Mid-block: the partial text and input usage survive for accounting. */
    const char *mid = strstr(TEXT_STREAM, "event: content_block_stop");
    AnthropicStream *s = run_stream(TEXT_STREAM, (size_t)(mid - TEXT_STREAM), 1000);
    CHECK_CONTAINS(anthropic_stream_error(s), "stream cut");
    CHECK_INT_EQ(anthropic_stream_message(s)->usage.input_tokens, 17);
    CHECK_CONTAINS(anthropic_stream_message(s)->blocks[0].text, "Python turns");
    anthropic_stream_free(s);
    /* The whole stream (one byte more than limit: the blank line) is done. */
    s = run_stream(TEXT_STREAM, limit + 1, 97);
    CHECK(anthropic_stream_state(s) == ANTHROPIC_STREAM_DONE);
    anthropic_stream_free(s);
}

static void test_anthropic_stream_malformed_json_fails(void)
{
    AnthropicStream *s = run_all(START "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\n\n" STOP);
    CHECK(anthropic_stream_state(s) == ANTHROPIC_STREAM_FAILED);
    CHECK(anthropic_stream_error_kind(s) == ANTHROPIC_STREAM_MALFORMED);
    CHECK_CONTAINS(anthropic_stream_error(s), "malformed JSON");
    CHECK(anthropic_stream_error_type(s) == NULL);
    anthropic_stream_free(s);
}

static void test_anthropic_stream_bad_tool_input_fails(void)
{
    AnthropicStream *s = run_all(START
        EV("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"tool_use\",\"id\":\"t\",\"name\":\"x\",\"input\":{}}}")
        EV("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"a\\\": \"}}")
        EV("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}")
        STOP);
    CHECK(anthropic_stream_error_kind(s) == ANTHROPIC_STREAM_MALFORMED);
    CHECK_CONTAINS(anthropic_stream_error(s), "not valid JSON");
    anthropic_stream_free(s);
}

static void test_anthropic_stream_unknown_types_and_thinking_are_tolerated(void)
{
    AnthropicStream *s = run_all(START
        EV("future_event", "this is not even JSON")
        EV("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"thinking\",\"thinking\":\"\"}}")
        EV("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"thinking_delta\",\"thinking\":\"Let me think\"}}")
        EV("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"signature_delta\",\"signature\":\"EqQB\"}}")
        EV("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}")
        EV("content_block_start", "{\"type\":\"content_block_start\",\"index\":1,\"content_block\":{\"type\":\"hologram\",\"depth\":3}}")
        EV("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"hologram_delta\",\"x\":1}}")
        EV("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":1}")
        EV("content_block_start", "{\"type\":\"content_block_start\",\"index\":2,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}")
        EV("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":2,\"delta\":{\"type\":\"citations_delta\",\"citation\":{}}}")
        EV("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":2,\"delta\":{\"type\":\"text_delta\",\"text\":\"Answer\"}}")
        EV("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":2}")
        EV("ping", "{\"type\": \"ping\"}")
        STOP);
    REQUIRE(anthropic_stream_state(s) == ANTHROPIC_STREAM_DONE);
    const AnthropicMessage *m = anthropic_stream_message(s);
    REQUIRE(m->n_blocks == 3);
    CHECK(m->blocks[0].type == ANTHROPIC_BLOCK_THINKING);
    CHECK_STR_EQ(m->blocks[0].text, "Let me think");
    CHECK_STR_EQ(m->blocks[0].signature, "EqQB");
    CHECK(m->blocks[1].type == ANTHROPIC_BLOCK_OTHER);
    CHECK_STR_EQ(m->blocks[1].type_name, "hologram");
    CHECK_STR_EQ(m->blocks[2].text, "Answer");
    CHECK_STR_EQ(live.data, "Answer");             /* thinking is not shown live */
    char *text = anthropic_message_text(m);
    CHECK_STR_EQ(text, "Answer");
    free(text);
    /* Echoing the content back keeps the thinking signature and the unknown block verbatim. */
    cJSON *content = anthropic_message_content_json(m);
    char *json = cJSON_PrintUnformatted(content);
    CHECK_CONTAINS(json, "{\"type\":\"thinking\",\"thinking\":\"Let me think\",\"signature\":\"EqQB\"}");
    CHECK_CONTAINS(json, "{\"type\":\"hologram\",\"depth\":3}");
    free(json);
    cJSON_Delete(content);
    anthropic_stream_free(s);
}

/* Padding captured from real streams, CRLF endings, and one JSON object split over two data lines. */
static void test_anthropic_stream_whitespace_padded_json_parses(void)
{
    AnthropicStream *s = run_all(
        "event: message_start\r\n"
        "data: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_p\",\"model\":\"claude-haiku-4-5\",\"usage\":{\"input_tokens\":3,\"cache_creation_input_tokens\":100,"
        "\"cache_read_input_tokens\":50,\"cache_creation\":{\"ephemeral_5m_input_tokens\":60,\"ephemeral_1h_input_tokens\":40},\"output_tokens\":1,\"inference_geo\":\"global\"}}   }\r\n\r\n"
        "event: content_block_start\r\ndata:   {  \"type\" : \"content_block_start\" ,\r\ndata:\t\"index\" : 0 , \"content_block\" : { \"type\" : \"text\" , \"text\" : \"\" } }  \r\n\r\n"
        "event: content_block_delta\r\ndata: { \"type\":\"content_block_delta\", \"index\":0, \"delta\": {\"type\":\"text_delta\", \"text\":\"ok\"} }\r\n\r\n"
        "event: content_block_stop\r\ndata: {\"type\":\"content_block_stop\",\"index\":0}\r\n\r\n"
        "event: message_delta\r\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"stop_sequence\",\"stop_sequence\":\"END\"},"
        "\"usage\":{\"input_tokens\":3,\"cache_creation_input_tokens\":100,\"cache_read_input_tokens\":50,\"output_tokens\":9}}\r\n\r\n"
        "event: message_stop\r\ndata: {\"type\":\"message_stop\"}\r\n\r\n");
    REQUIRE(anthropic_stream_state(s) == ANTHROPIC_STREAM_DONE);
    const AnthropicMessage *m = anthropic_stream_message(s);
    CHECK_STR_EQ(m->blocks[0].text, "ok");
    CHECK_STR_EQ(m->stop_reason, "stop_sequence");
    CHECK_STR_EQ(m->stop_sequence, "END");
    CHECK_INT_EQ(m->usage.cache_creation_input_tokens, 100);
    CHECK_INT_EQ(m->usage.cache_write_5m, 60);
    CHECK_INT_EQ(m->usage.cache_write_1h, 40);
    CHECK_INT_EQ(m->usage.cache_read_input_tokens, 50);
    CHECK_INT_EQ(m->usage.output_tokens, 9);
    anthropic_stream_free(s);
}

static void test_anthropic_stream_events_without_event_line_use_data_type(void)
{
    AnthropicStream *s = run_all(
        "data: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_n\",\"usage\":{\"input_tokens\":1,\"output_tokens\":1}}}\n\n"
        "data: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"a\"}}\n\n"
        "data: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"b\"}}\n\n"
        "data: {\"type\":\"message_stop\"}\n\n");
    CHECK(anthropic_stream_state(s) == ANTHROPIC_STREAM_DONE);
    CHECK_STR_EQ(anthropic_stream_message(s)->blocks[0].text, "ab");
    anthropic_stream_free(s);
}

static void test_anthropic_stream_non_streaming_body_parses(void)
{
    /* Reference §2, the replayed body. */
    static const char body[] =
        "{\"model\":\"claude-sonnet-4-6\",\"id\":\"msg_01QCj5VkxPS3NQUtrt5Npjcr\",\"type\":\"message\",\"role\":\"assistant\","
        "\"content\":[{\"type\":\"text\",\"text\":\"Quantum computing uses ...\"}],\"stop_reason\":\"end_turn\",\"stop_sequence\":null,"
        "\"usage\":{\"input_tokens\":15,\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":0,\"cache_creation\":"
        "{\"ephemeral_5m_input_tokens\":0,\"ephemeral_1h_input_tokens\":0},\"output_tokens\":35,\"service_tier\":\"standard\",\"inference_geo\":\"global\"}}";
    char *err = NULL;
    AnthropicMessage *m = anthropic_message_from_json(body, strlen(body), &err);
    REQUIRE(m != NULL);
    CHECK_STR_EQ(m->blocks[0].text, "Quantum computing uses ...");
    CHECK_STR_EQ(m->stop_reason, "end_turn");
    CHECK_INT_EQ(m->usage.input_tokens, 15);
    CHECK_INT_EQ(m->usage.output_tokens, 35);
    anthropic_message_free(m);
    CHECK(anthropic_message_from_json("{\"type\":\"error\"}", 16, &err) == NULL);
    CHECK_CONTAINS(err, "not a message");
    free(err);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_anthropic_stream_text_stream_assembles),
        TEST_CASE(test_anthropic_stream_tool_stream_assembles_input_from_fragments),
        TEST_CASE(test_anthropic_stream_any_chunk_size_gives_the_same_message),
        TEST_CASE(test_anthropic_stream_taken_message_outlives_stream),
        TEST_CASE(test_anthropic_stream_tool_without_fragments_gets_empty_input),
        TEST_CASE(test_anthropic_stream_error_event_is_terminal),
        TEST_CASE(test_anthropic_stream_cut_anywhere_before_message_stop_fails),
        TEST_CASE(test_anthropic_stream_malformed_json_fails),
        TEST_CASE(test_anthropic_stream_bad_tool_input_fails),
        TEST_CASE(test_anthropic_stream_unknown_types_and_thinking_are_tolerated),
        TEST_CASE(test_anthropic_stream_whitespace_padded_json_parses),
        TEST_CASE(test_anthropic_stream_events_without_event_line_use_data_type),
        TEST_CASE(test_anthropic_stream_non_streaming_body_parses),
    };
    int rc = testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
    buf_free(&live);
    return rc;
}
