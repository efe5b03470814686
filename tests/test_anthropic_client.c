/* test_anthropic_client.c: the Messages API client on the loop against tests/fake_anthropic.py
 * on loopback: streaming, tool use, every retry rule (counted through the server's request
 * log), rejected keys, cut/erroring/malformed/stalled streams, cancel, gzip JSON; plus the
 * pure parts: request body, sampling-parameter rule, retry delay formula, prices. */
#define _GNU_SOURCE
#include "testlib.h"

#include "fake_anthropic.h"

#include "base/loop.h"
#include "llm/anthropic_client.h"
#include "base/util.h"

#include <cjson/cJSON.h>
#include <curl/curl.h>
#include <fcntl.h>
#include <math.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* ---- the fake server ---- */

static int server_port;

static bool server_start(void)
{
    bool ok = fake_anthropic_start(true, "sk-test-fake");   /* trailing slash on purpose */
    server_port = fake_anthropic_port();
    return ok;
}

/* Blocking helper request to the server's control endpoints (test side only). */
static char *server_call(const char *method, const char *path) { return fake_anthropic_call(method, path, NULL); }

static void server_reset(void) { free(server_call("POST", "/_reset")); }

/* The request log; caller deletes. */
static cJSON *server_requests(void) { return fake_anthropic_requests(); }

static int server_request_count(void)
{
    cJSON *log = server_requests();
    int n = cJSON_GetArraySize(log);
    cJSON_Delete(log);
    return n;
}

/* Checks that every logged request passed the server's validation. */
static void check_requests_valid(cJSON *log)
{
    cJSON *r;
    cJSON_ArrayForEach(r, log) {
        cJSON *problems = cJSON_GetObjectItem(r, "problems");
        if (cJSON_GetArraySize(problems) > 0) {
            char *p = cJSON_PrintUnformatted(problems);
            testlib_fail(__FILE__, __LINE__, "server found problems: %s", p);
            free(p);
        }
    }
}

/* ---- driving one call ---- */

typedef struct Outcome {
    bool done;
    int done_calls;
    AnthropicErrorKind kind;
    char *error;
    char *error_type;
    char *request_id;
    int http_status;
    bool retryable;
    int attempts;
    double latency;
    double first_text_latency;
    AnthropicUsage usage;
    double cost;
    bool cost_known;
    AnthropicMessage *message;
    Buf live;
    int text_calls;
    AnthropicClient *client;       /* for cancel-from-callback */
    uint64_t id;
    bool cancel_on_text;
} Outcome;

static void outcome_free(Outcome *o)
{
    free(o->error);
    free(o->error_type);
    free(o->request_id);
    anthropic_message_free(o->message);
    buf_free(&o->live);
    memset(o, 0, sizeof *o);
}

static void on_text(void *ud, int index, const char *text, size_t len)
{
    Outcome *o = ud;
    buf_append(&o->live, text, len);
    o->text_calls++;
    if (o->cancel_on_text) anthropic_client_cancel(o->client, o->id);
}

static void on_done(void *ud, AnthropicResult *r)
{
    Outcome *o = ud;
    o->done = true;
    o->done_calls++;
    o->kind = r->kind;
    o->error = xstrdup(r->error);
    o->error_type = xstrdup(r->error_type);
    o->request_id = xstrdup(r->request_id);
    o->http_status = r->http_status;
    o->retryable = r->retryable;
    o->attempts = r->attempts;
    o->latency = r->latency;
    o->first_text_latency = r->first_text_latency;
    o->usage = r->usage;
    o->cost = r->cost_usd;
    o->cost_known = r->cost_known;
    o->message = r->message;       /* taken */
    r->message = NULL;
}

static const AnthropicContent HELLO = {.type = ANTHROPIC_CONTENT_TEXT, .text = "Can you look at my diff?"};
static const AnthropicTurn ONE_TURN = {ANTHROPIC_ROLE_USER, &HELLO, 1};
static const AnthropicTool WEATHER = {
    "get_weather", "Get the current weather in a given location",
    "{\"type\":\"object\",\"properties\":{\"location\":{\"type\":\"string\"}},\"required\":[\"location\"]}"};

static AnthropicRequest simple_request(const char *model)
{
    AnthropicRequest req = {0};
    req.model = model;
    req.max_tokens = 256;
    req.system_stable = "You are Marco, a senior engineer. Stay in character.";
    req.system_dynamic = "Task state: the learner has not pushed yet.";
    req.turns = &ONE_TURN;
    req.n_turns = 1;
    return req;
}

/* Runs the loop until every outcome is done (or a generous guard expires). */
static void drive(Loop *loop, Outcome *const *outs, int n, double guard)
{
    double t0 = util_monotonic_seconds();
    for (;;) {
        bool all = true;
        for (int i = 0; i < n; i++) all = all && outs[i]->done;
        if (all || util_monotonic_seconds() - t0 > guard) break;
        loop_run_once(loop, 100);
    }
}

/* Sends one request through a fresh loop and client; returns the server's request count. */
static int run_one(const AnthropicRequest *req, const AnthropicClientConfig *cfg, Outcome *o)
{
    server_reset();
    Loop *loop = loop_new(true);
    AnthropicClient *c = anthropic_client_new(loop, cfg);
    o->client = c;
    o->id = anthropic_client_send(c, req, on_text, on_done, o);
    CHECK(!o->done);                                   /* never re-entrant */
    Outcome *outs[] = {o};
    drive(loop, outs, 1, 20);
    CHECK(o->done);
    CHECK_INT_EQ(o->done_calls, 1);
    CHECK_INT_EQ(anthropic_client_active(c), 0);
    CHECK_INT_EQ(loop_busy_count(loop), 0);            /* done means no fd or deadline left behind */
    anthropic_client_free(c);
    CHECK_INT_EQ(loop_busy_count(loop), 0);
    loop_free(loop);
    return server_request_count();
}

static int run_model(const char *model, const AnthropicClientConfig *cfg, Outcome *o)
{
    AnthropicRequest req = simple_request(model);
    return run_one(&req, cfg, o);
}

#define REQUIRE_SERVER() REQUIRE(server_start())

static const char POEM[] = "With elegant syntax and indentation true,\nPython turns complex problems into something you can do.";

/* ---- network cases ---- */

static void test_anthropic_client_streams_text_with_usage_cost_and_headers(void)
{
    REQUIRE_SERVER();
    Outcome o = {0};
    CHECK_INT_EQ(run_model("fake-text", NULL, &o), 1);
    CHECK_INT_EQ(o.kind, ANTHROPIC_OK);
    CHECK(o.error == NULL);
    REQUIRE(o.message != NULL);
    char *text = anthropic_message_text(o.message);
    CHECK_STR_EQ(text, POEM);
    free(text);
    CHECK_STR_EQ(o.live.data, POEM);
    CHECK_INT_EQ(o.text_calls, 2);
    CHECK_STR_EQ(o.message->stop_reason, "end_turn");
    CHECK_INT_EQ(o.http_status, 200);
    CHECK_STR_EQ(o.request_id, "req_fake_stream");
    CHECK_INT_EQ(o.attempts, 1);
    CHECK_INT_EQ(o.usage.input_tokens, 17);
    CHECK_INT_EQ(o.usage.output_tokens, 37);
    CHECK(o.cost_known);                               /* priced as the echoed claude-sonnet-4-6 */
    CHECK(fabs(o.cost - (17 * 3.0 + 37 * 15.0) / 1e6) < 1e-12);
    CHECK(o.first_text_latency >= 0 && o.first_text_latency <= o.latency);

    cJSON *log = server_requests();
    check_requests_valid(log);
    cJSON *r = cJSON_GetArrayItem(log, 0);
    cJSON *body = cJSON_GetObjectItem(r, "body");
    CHECK(cJSON_IsTrue(cJSON_GetObjectItem(body, "stream")));
    CHECK_INT_EQ(cJSON_GetObjectItem(body, "max_tokens")->valueint, 256);
    cJSON *sys = cJSON_GetObjectItem(body, "system");
    CHECK_INT_EQ(cJSON_GetArraySize(sys), 2);
    CHECK(cJSON_GetObjectItem(cJSON_GetArrayItem(sys, 0), "cache_control") != NULL);   /* the stable prefix */
    CHECK(cJSON_GetObjectItem(cJSON_GetArrayItem(sys, 1), "cache_control") == NULL);
    CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(r, "retry_count")), "0");
    CHECK_CONTAINS(cJSON_GetStringValue(cJSON_GetObjectItem(r, "accept_encoding")), "gzip");
    cJSON_Delete(log);
    outcome_free(&o);
}

static void test_anthropic_client_assembles_tool_use(void)
{
    REQUIRE_SERVER();
    AnthropicRequest req = simple_request("fake-tool");
    req.tools = &WEATHER;
    req.n_tools = 1;
    req.tool_choice = ANTHROPIC_TOOL_CHOICE_ANY;
    Outcome o = {0};
    CHECK_INT_EQ(run_one(&req, NULL, &o), 1);
    REQUIRE(o.kind == ANTHROPIC_OK && o.message);
    const AnthropicBlock *t = anthropic_message_find_tool_use(o.message, "get_weather");
    REQUIRE(t != NULL);
    CHECK_STR_EQ(t->id, "toolu_01T1x1fJ34qAmk2tNTrN7Up6");
    CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(t->input, "location")), "San Francisco, CA");
    CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(t->input, "unit")), "fahrenheit");
    CHECK_STR_EQ(o.message->stop_reason, "tool_use");
    CHECK_INT_EQ(o.usage.output_tokens, 89);
    CHECK(o.cost_known);                               /* the echoed claude-opus-4-1-20250805: legacy prices */
    CHECK(fabs(o.cost - (472 * 15.0 + 89 * 75.0) / 1e6) < 1e-12);
    cJSON *log = server_requests();
    check_requests_valid(log);
    cJSON *body = cJSON_GetObjectItem(cJSON_GetArrayItem(log, 0), "body");
    cJSON *tools = cJSON_GetObjectItem(body, "tools");
    CHECK(cJSON_GetObjectItem(cJSON_GetArrayItem(tools, 0), "cache_control") != NULL);
    CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(cJSON_GetObjectItem(body, "tool_choice"), "type")), "any");
    cJSON_Delete(log);
    outcome_free(&o);
}

static void test_anthropic_client_retries_429_honouring_retry_after(void)
{
    REQUIRE_SERVER();
    Outcome o = {0};
    CHECK_INT_EQ(run_model("fake-429-then-ok", NULL, &o), 2);
    CHECK_INT_EQ(o.kind, ANTHROPIC_OK);
    CHECK_INT_EQ(o.attempts, 2);
    /* retry-after: 0 was obeyed: the default backoff would have waited at least 0.375 s. */
    cJSON *log = server_requests();
    check_requests_valid(log);
    double gap = cJSON_GetObjectItem(cJSON_GetArrayItem(log, 1), "time")->valuedouble -
                 cJSON_GetObjectItem(cJSON_GetArrayItem(log, 0), "time")->valuedouble;
    CHECK(gap < 0.3);
    CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(cJSON_GetArrayItem(log, 1), "retry_count")), "1");
    cJSON_Delete(log);
    outcome_free(&o);
}

static void test_anthropic_client_retries_529_with_backoff(void)
{
    REQUIRE_SERVER();
    Outcome o = {0};
    CHECK_INT_EQ(run_model("fake-529-then-ok", NULL, &o), 2);
    CHECK_INT_EQ(o.kind, ANTHROPIC_OK);
    CHECK_INT_EQ(o.attempts, 2);
    /* No retry-after: the first backoff is 0.5 s minus up to 25 % jitter. */
    cJSON *log = server_requests();
    double gap = cJSON_GetObjectItem(cJSON_GetArrayItem(log, 1), "time")->valuedouble -
                 cJSON_GetObjectItem(cJSON_GetArrayItem(log, 0), "time")->valuedouble;
    CHECK(gap >= 0.37);
    CHECK(o.latency >= 0.375);
    cJSON_Delete(log);
    outcome_free(&o);
}

static void test_anthropic_client_gives_up_after_retries_on_500(void)
{
    REQUIRE_SERVER();
    Outcome o = {0};
    CHECK_INT_EQ(run_model("fake-500-always", NULL, &o), 3);     /* 1 + max_retries (2) */
    CHECK_INT_EQ(o.kind, ANTHROPIC_ERR_HTTP);
    CHECK_INT_EQ(o.http_status, 500);
    CHECK_STR_EQ(o.error_type, "api_error");
    CHECK(o.retryable);
    CHECK_INT_EQ(o.attempts, 3);
    CHECK_CONTAINS(o.error, "Internal server error");
    CHECK_CONTAINS(o.error, "after 3 attempts");
    CHECK_STR_EQ(o.request_id, "req_fake_500");
    outcome_free(&o);
}

static void test_anthropic_client_max_retries_is_configurable(void)
{
    REQUIRE_SERVER();
    AnthropicClientConfig cfg = anthropic_client_config_default();
    Outcome o = {0};
    cfg.max_retries = 0;
    CHECK_INT_EQ(run_model("fake-500-always", &cfg, &o), 1);
    CHECK_INT_EQ(o.kind, ANTHROPIC_ERR_HTTP);
    outcome_free(&o);
    cfg.max_retries = 4;
    CHECK_INT_EQ(run_model("fake-500-always", &cfg, &o), 5);
    CHECK_INT_EQ(o.attempts, 5);
    outcome_free(&o);
}

static void test_anthropic_client_rejected_key_is_not_retried(void)
{
    REQUIRE_SERVER();
    Outcome o = {0};
    CHECK_INT_EQ(run_model("fake-401", NULL, &o), 1);
    CHECK_INT_EQ(o.kind, ANTHROPIC_ERR_HTTP);
    CHECK_INT_EQ(o.http_status, 401);
    CHECK_STR_EQ(o.error_type, "authentication_error");
    CHECK(!o.retryable);
    CHECK_CONTAINS(o.error, "the API key was rejected (HTTP 401)");
    outcome_free(&o);
}

static void test_anthropic_client_missing_key_is_named(void)
{
    REQUIRE_SERVER();
    char *saved = xstrdup(getenv("ANTHROPIC_API_KEY"));
    unsetenv("ANTHROPIC_API_KEY");
    Outcome o = {0};
    CHECK_INT_EQ(run_model("fake-text", NULL, &o), 1);
    setenv("ANTHROPIC_API_KEY", saved, 1);
    free(saved);
    CHECK_INT_EQ(o.http_status, 401);
    CHECK(!o.retryable);
    CHECK_CONTAINS(o.error, "no API key was sent: set ANTHROPIC_API_KEY (HTTP 401)");
    outcome_free(&o);
}

static void test_anthropic_client_plain_400_is_not_retried(void)
{
    REQUIRE_SERVER();
    Outcome o = {0};
    CHECK_INT_EQ(run_model("fake-400", NULL, &o), 1);
    CHECK_INT_EQ(o.http_status, 400);
    CHECK_STR_EQ(o.error_type, "invalid_request_error");
    CHECK(!o.retryable);
    CHECK_CONTAINS(o.error, "roles must alternate");
    outcome_free(&o);
}

static void test_anthropic_client_x_should_retry_wins_over_status(void)
{
    REQUIRE_SERVER();
    Outcome o = {0};
    CHECK_INT_EQ(run_model("fake-should-retry-400", NULL, &o), 2);   /* 400 retried: header said true */
    CHECK_INT_EQ(o.kind, ANTHROPIC_OK);
    outcome_free(&o);
    CHECK_INT_EQ(run_model("fake-503-no-retry", NULL, &o), 1);       /* 503 not retried: header said false */
    CHECK_INT_EQ(o.http_status, 503);
    CHECK(!o.retryable);
    outcome_free(&o);
}

static void test_anthropic_client_connection_drop_is_retried(void)
{
    REQUIRE_SERVER();
    Outcome o = {0};
    CHECK_INT_EQ(run_model("fake-drop-then-ok", NULL, &o), 2);
    CHECK_INT_EQ(o.kind, ANTHROPIC_OK);
    CHECK_INT_EQ(o.attempts, 2);
    outcome_free(&o);
}

static void test_anthropic_client_cut_stream_fails_without_retry(void)
{
    REQUIRE_SERVER();
    Outcome o = {0};
    CHECK_INT_EQ(run_model("fake-cut", NULL, &o), 1);
    CHECK_INT_EQ(o.kind, ANTHROPIC_ERR_STREAM);
    CHECK_CONTAINS(o.error, "stream cut");
    CHECK(o.retryable);
    CHECK(o.message == NULL);
    CHECK_STR_EQ(o.live.data, "With elegant syntax and indentation true,");   /* shown before the cut */
    CHECK_INT_EQ(o.usage.input_tokens, 17);                                   /* partial usage kept */
    outcome_free(&o);
}

static void test_anthropic_client_error_event_ends_the_call(void)
{
    REQUIRE_SERVER();
    Outcome o = {0};
    CHECK_INT_EQ(run_model("fake-error-event", NULL, &o), 1);
    CHECK_INT_EQ(o.kind, ANTHROPIC_ERR_API);
    CHECK_INT_EQ(o.http_status, 200);
    CHECK_STR_EQ(o.error_type, "overloaded_error");
    CHECK_CONTAINS(o.error, "Overloaded");
    CHECK(o.retryable);
    CHECK_STR_EQ(o.live.data, "With");
    outcome_free(&o);
}

static void test_anthropic_client_malformed_event_fails(void)
{
    REQUIRE_SERVER();
    Outcome o = {0};
    CHECK_INT_EQ(run_model("fake-malformed", NULL, &o), 1);
    CHECK_INT_EQ(o.kind, ANTHROPIC_ERR_STREAM);
    CHECK_CONTAINS(o.error, "malformed JSON");
    outcome_free(&o);
}

static void test_anthropic_client_stall_hits_idle_timeout(void)
{
    REQUIRE_SERVER();
    AnthropicClientConfig cfg = anthropic_client_config_default();
    cfg.idle_timeout = 1.0;
    Outcome o = {0};
    CHECK_INT_EQ(run_model("fake-stall", &cfg, &o), 1);   /* a started 200 stream is not retried */
    CHECK_INT_EQ(o.kind, ANTHROPIC_ERR_TIMEOUT);
    CHECK_CONTAINS(o.error, "idle timeout");
    CHECK(o.retryable);
    CHECK(o.latency >= 1.0);
    CHECK(o.latency < 3.0);
    outcome_free(&o);
}

static void test_anthropic_client_unreachable_server_is_a_connect_error(void)
{
    REQUIRE_SERVER();
    /* A port that was just free: nothing listens there. */
    int s = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t alen = sizeof a;
    REQUIRE(bind(s, (struct sockaddr *)&a, sizeof a) == 0 && getsockname(s, (struct sockaddr *)&a, &alen) == 0);
    close(s);
    char *url = xasprintf("http://127.0.0.1:%d", ntohs(a.sin_port));
    AnthropicClientConfig cfg = anthropic_client_config_default();
    cfg.base_url = url;
    cfg.max_retries = 1;
    Outcome o = {0};
    run_model("fake-text", &cfg, &o);
    CHECK_INT_EQ(o.kind, ANTHROPIC_ERR_CONNECT);
    CHECK_INT_EQ(o.attempts, 2);                       /* connection errors are retried */
    CHECK_INT_EQ(o.http_status, 0);
    CHECK(o.retryable);
    CHECK(o.latency >= 0.375);                         /* after one backoff */
    outcome_free(&o);
    free(url);
}

static void test_anthropic_client_decodes_gzip_json_body(void)
{
    REQUIRE_SERVER();
    Outcome o = {0};
    CHECK_INT_EQ(run_model("fake-json-gzip", NULL, &o), 1);
    REQUIRE(o.kind == ANTHROPIC_OK && o.message);
    CHECK_STR_EQ(o.message->blocks[0].text, "Quantum computing uses ...");
    CHECK_INT_EQ(o.usage.output_tokens, 35);
    CHECK_STR_EQ(o.request_id, "req_fake_json");
    outcome_free(&o);
}

static void test_anthropic_client_invalid_request_is_reported_from_the_loop(void)
{
    REQUIRE_SERVER();
    AnthropicRequest req = simple_request(NULL);
    Outcome o = {0};
    CHECK_INT_EQ(run_one(&req, NULL, &o), 0);
    CHECK_INT_EQ(o.kind, ANTHROPIC_ERR_REQUEST);
    CHECK_CONTAINS(o.error, "no model");
    CHECK(!o.retryable);
    outcome_free(&o);
}

static void test_anthropic_client_tool_round_trip_request_is_accepted(void)
{
    REQUIRE_SERVER();
    const AnthropicContent asked[] = {
        {.type = ANTHROPIC_CONTENT_TEXT, .text = "Let me look."},
        {.type = ANTHROPIC_CONTENT_TOOL_USE, .id = "toolu_1", .name = "get_weather", .json = "{\"location\":\"Paris\"}"},
    };
    const AnthropicContent answered[] = {
        {.type = ANTHROPIC_CONTENT_TOOL_RESULT, .id = "toolu_1", .text = "15 degrees"},
        {.type = ANTHROPIC_CONTENT_TEXT, .text = "thanks", .cache = true},
    };
    const AnthropicTurn turns[] = {
        {ANTHROPIC_ROLE_USER, &HELLO, 1},
        {ANTHROPIC_ROLE_ASSISTANT, asked, 2},
        {ANTHROPIC_ROLE_USER, answered, 2},
    };
    AnthropicRequest req = simple_request("fake-text");
    req.turns = turns;
    req.n_turns = 3;
    req.tools = &WEATHER;
    req.n_tools = 1;
    Outcome o = {0};
    CHECK_INT_EQ(run_one(&req, NULL, &o), 1);
    CHECK_INT_EQ(o.kind, ANTHROPIC_OK);
    cJSON *log = server_requests();
    check_requests_valid(log);
    cJSON_Delete(log);
    outcome_free(&o);

    /* The fake enforces the pairing rule: a result for an unknown id is a 400, not retried. */
    const AnthropicContent wrong[] = {{.type = ANTHROPIC_CONTENT_TOOL_RESULT, .id = "toolu_2", .text = "?"}};
    const AnthropicTurn bad_turns[] = {turns[0], turns[1], {ANTHROPIC_ROLE_USER, wrong, 1}};
    req.turns = bad_turns;
    CHECK_INT_EQ(run_one(&req, NULL, &o), 1);
    CHECK_INT_EQ(o.http_status, 400);
    CHECK_CONTAINS(o.error, "unexpected tool_use_id");
    outcome_free(&o);
}

static void test_anthropic_client_runs_calls_concurrently(void)
{
    REQUIRE_SERVER();
    server_reset();
    Loop *loop = loop_new(true);
    AnthropicClient *c = anthropic_client_new(loop, NULL);
    const char *models[] = {"fake-text", "fake-tool", "fake-429-then-ok", "fake-error-event"};
    Outcome o[4] = {{0}};
    Outcome *outs[4];
    for (int i = 0; i < 4; i++) {
        AnthropicRequest req = simple_request(models[i]);
        outs[i] = &o[i];
        anthropic_client_send(c, &req, on_text, on_done, &o[i]);
    }
    CHECK_INT_EQ(anthropic_client_active(c), 4);
    drive(loop, outs, 4, 20);
    CHECK_INT_EQ(o[0].kind, ANTHROPIC_OK);
    CHECK_INT_EQ(o[1].kind, ANTHROPIC_OK);
    CHECK_INT_EQ(o[2].kind, ANTHROPIC_OK);
    CHECK_INT_EQ(o[3].kind, ANTHROPIC_ERR_API);
    CHECK_STR_EQ(o[0].live.data, POEM);
    CHECK_INT_EQ(server_request_count(), 5);
    anthropic_client_free(c);
    loop_free(loop);
    for (int i = 0; i < 4; i++) outcome_free(&o[i]);
}

static void test_anthropic_client_cancel_silences_a_call(void)
{
    REQUIRE_SERVER();
    server_reset();
    Loop *loop = loop_new(true);
    AnthropicClient *c = anthropic_client_new(loop, NULL);
    AnthropicRequest req = simple_request("fake-text");
    Outcome before = {0}, during = {0}, other = {0};
    uint64_t id = anthropic_client_send(c, &req, on_text, on_done, &before);
    anthropic_client_cancel(c, id);                    /* before it even started */
    during.client = c;
    during.cancel_on_text = true;
    during.id = anthropic_client_send(c, &req, on_text, on_done, &during);
    Outcome *outs[] = {&other};
    anthropic_client_send(c, &req, on_text, on_done, &other);
    drive(loop, outs, 1, 20);
    loop_run_until_idle(loop, NULL);
    CHECK(!before.done);
    CHECK_INT_EQ(before.text_calls, 0);
    CHECK(!during.done);
    CHECK_INT_EQ(during.text_calls, 1);                /* nothing after the cancel */
    CHECK(other.done);
    CHECK_INT_EQ(anthropic_client_active(c), 0);
    anthropic_client_cancel(c, 12345);                 /* unknown ids are ignored */
    anthropic_client_free(c);
    loop_free(loop);
    outcome_free(&before);
    outcome_free(&during);
    outcome_free(&other);
}

typedef struct Chain {
    AnthropicClient *client;
    Outcome first, second;
} Chain;

static void on_first_done(void *ud, AnthropicResult *r)
{
    Chain *ch = ud;
    on_done(&ch->first, r);
    /* The usual tool round trip: answer from inside on_done with a follow-up call. */
    AnthropicRequest req = simple_request("fake-text");
    anthropic_client_send(ch->client, &req, on_text, on_done, &ch->second);
}

static void test_anthropic_client_send_from_on_done_chains_calls(void)
{
    REQUIRE_SERVER();
    server_reset();
    Loop *loop = loop_new(true);
    Chain ch = {0};
    ch.client = anthropic_client_new(loop, NULL);
    AnthropicRequest req = simple_request("fake-tool");
    anthropic_client_send(ch.client, &req, NULL, on_first_done, &ch);     /* on_text is optional */
    Outcome *outs[] = {&ch.second};
    drive(loop, outs, 1, 20);
    CHECK_INT_EQ(ch.first.kind, ANTHROPIC_OK);
    CHECK_INT_EQ(ch.second.kind, ANTHROPIC_OK);
    CHECK_STR_EQ(ch.second.live.data, POEM);
    CHECK_INT_EQ(server_request_count(), 2);
    CHECK_INT_EQ(loop_busy_count(loop), 0);
    anthropic_client_free(ch.client);
    loop_free(loop);
    outcome_free(&ch.first);
    outcome_free(&ch.second);
}

/* ---- pure parts ---- */

static void test_anthropic_client_retry_delay_formula(void)
{
    CHECK(anthropic_retry_delay(0, NULL, NULL, 0.0) == 0.5);
    CHECK(anthropic_retry_delay(0, NULL, NULL, 1.0) == 0.375);
    CHECK(anthropic_retry_delay(1, NULL, NULL, 0.0) == 1.0);
    CHECK(anthropic_retry_delay(2, NULL, NULL, 0.0) == 2.0);
    CHECK(anthropic_retry_delay(4, NULL, NULL, 0.0) == 8.0);
    CHECK(anthropic_retry_delay(9, NULL, NULL, 0.0) == 8.0);          /* capped */
    CHECK(anthropic_retry_delay(9, NULL, NULL, 0.5) == 7.0);
    double d = anthropic_retry_delay(1, NULL, NULL, 0.3);
    CHECK(d >= 0.75 && d <= 1.0);
    CHECK(anthropic_retry_delay(3, "250", "7", 0.0) == 0.25);         /* retry-after-ms first */
    CHECK(anthropic_retry_delay(3, NULL, "7", 0.0) == 7.0);
    CHECK(anthropic_retry_delay(3, NULL, "1.5", 0.0) == 1.5);
    CHECK(anthropic_retry_delay(3, NULL, "0", 0.0) == 0.0);           /* honoured, not backoff */
    CHECK(anthropic_retry_delay(0, NULL, "3600", 0.0) == 60.0);       /* clamped */
    CHECK(anthropic_retry_delay(0, "bogus", "soon", 0.0) == 0.5);     /* unparsable: backoff */
    CHECK(anthropic_retry_delay(0, NULL, "-3", 0.0) == 0.5);
    CHECK(anthropic_retry_delay(0, NULL, "Wed, 21 Oct 2015 07:28:00 GMT", 0.0) == 0.5);   /* past date */
    char date[64];
    time_t soon = time(NULL) + 30;
    strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S GMT", gmtime(&soon));
    d = anthropic_retry_delay(0, NULL, date, 0.0);
    CHECK(d >= 28 && d <= 30);
}

static void test_anthropic_client_retry_policy(void)
{
    CHECK(anthropic_should_retry(408, NULL));
    CHECK(anthropic_should_retry(409, NULL));
    CHECK(anthropic_should_retry(429, NULL));
    CHECK(anthropic_should_retry(500, NULL));
    CHECK(anthropic_should_retry(529, NULL));
    CHECK(anthropic_should_retry(0, NULL));                /* connection error / timeout */
    CHECK(!anthropic_should_retry(400, NULL));
    CHECK(!anthropic_should_retry(401, NULL));
    CHECK(!anthropic_should_retry(403, NULL));
    CHECK(!anthropic_should_retry(404, NULL));
    CHECK(anthropic_should_retry(400, "true"));
    CHECK(!anthropic_should_retry(529, "false"));
    CHECK(!anthropic_should_retry(429, "FALSE"));
    CHECK(anthropic_should_retry(429, "maybe"));           /* unknown value: fall through */
}

static void test_anthropic_client_sampling_params_only_where_accepted(void)
{
    CHECK(!anthropic_model_accepts_sampling_params("claude-opus-4-7"));
    CHECK(!anthropic_model_accepts_sampling_params("claude-opus-4-8"));
    CHECK(!anthropic_model_accepts_sampling_params("claude-opus-5"));
    CHECK(!anthropic_model_accepts_sampling_params("claude-fable-5-1"));
    CHECK(anthropic_model_accepts_sampling_params("claude-opus-4-6"));
    CHECK(anthropic_model_accepts_sampling_params("claude-opus-4-5-20251101"));
    CHECK(anthropic_model_accepts_sampling_params("claude-sonnet-4-6"));
    CHECK(anthropic_model_accepts_sampling_params("claude-haiku-4-5"));
    CHECK(anthropic_model_accepts_sampling_params("claude-opus-4-70"));   /* a word boundary, not a prefix */
    AnthropicRequest req = simple_request("claude-opus-4-7");
    req.has_temperature = true;
    req.temperature = 0.2;
    req.top_k = 5;
    char *json = anthropic_request_to_json(&req, true, NULL);
    REQUIRE(json != NULL);
    CHECK(strstr(json, "temperature") == NULL);
    CHECK(strstr(json, "top_k") == NULL);
    free(json);
    req.model = "claude-sonnet-4-6";
    json = anthropic_request_to_json(&req, false, NULL);
    CHECK_CONTAINS(json, "\"temperature\":0.2");
    CHECK_CONTAINS(json, "\"top_k\":5");
    CHECK_CONTAINS(json, "\"stream\":false");
    free(json);
}

static void test_anthropic_client_request_validation(void)
{
    char *err = NULL;
    AnthropicRequest req = simple_request("claude-haiku-4-5");
    req.max_tokens = 0;
    CHECK(anthropic_request_to_json(&req, true, &err) == NULL);
    CHECK_CONTAINS(err, "max_tokens");
    free(err);
    /* Five cache markers: stable system + last tool + three blocks. */
    const AnthropicContent marked[] = {
        {.type = ANTHROPIC_CONTENT_TEXT, .text = "a", .cache = true},
        {.type = ANTHROPIC_CONTENT_TEXT, .text = "b", .cache = true},
        {.type = ANTHROPIC_CONTENT_TEXT, .text = "c", .cache = true},
    };
    const AnthropicTurn turn = {ANTHROPIC_ROLE_USER, marked, 3};
    req = simple_request("claude-haiku-4-5");
    req.turns = &turn;
    req.tools = &WEATHER;
    req.n_tools = 1;
    err = NULL;
    CHECK(anthropic_request_to_json(&req, true, &err) == NULL);
    CHECK_CONTAINS(err, "5 cache_control markers");
    free(err);
    const AnthropicContent bad_input = {.type = ANTHROPIC_CONTENT_TOOL_USE, .id = "t", .name = "n", .json = "[1,"};
    const AnthropicTurn bad = {ANTHROPIC_ROLE_ASSISTANT, &bad_input, 1};
    req = simple_request("claude-haiku-4-5");
    req.turns = &bad;
    err = NULL;
    CHECK(anthropic_request_to_json(&req, true, &err) == NULL);
    CHECK_CONTAINS(err, "tool_use input is not a JSON object");
    free(err);
    /* tool_choice "tool" and a raw block pass through. */
    const AnthropicContent raw = {.type = ANTHROPIC_CONTENT_RAW, .json = "{\"type\":\"redacted_thinking\",\"data\":\"xyz\"}"};
    const AnthropicTurn raw_turn = {ANTHROPIC_ROLE_ASSISTANT, &raw, 1};
    const AnthropicTurn two[] = {ONE_TURN, raw_turn};
    req = simple_request("claude-haiku-4-5");
    req.turns = two;
    req.n_turns = 2;
    req.tools = &WEATHER;
    req.n_tools = 1;
    req.tool_choice = ANTHROPIC_TOOL_CHOICE_TOOL;
    req.tool_choice_name = "get_weather";
    req.disable_parallel_tool_use = true;
    char *json = anthropic_request_to_json(&req, true, NULL);
    CHECK_CONTAINS(json, "{\"type\":\"redacted_thinking\",\"data\":\"xyz\"}");
    CHECK_CONTAINS(json, "\"tool_choice\":{\"type\":\"tool\",\"name\":\"get_weather\",\"disable_parallel_tool_use\":true}");
    free(json);
}

static void test_anthropic_client_cost_uses_the_price_table(void)
{
    AnthropicUsage u = {.input_tokens = 1000000, .output_tokens = 1000000};
    bool known = false;
    CHECK(fabs(anthropic_usage_cost("claude-opus-4-5-20251101", &u, &known) - 30.0) < 1e-9);
    CHECK(known);
    CHECK(fabs(anthropic_usage_cost("claude-haiku-4-5", &u, NULL) - 6.0) < 1e-9);
    CHECK(fabs(anthropic_usage_cost("claude-opus-4-1", &u, NULL) - 90.0) < 1e-9);
    /* Cache: without a breakdown all writes are 5-minute writes (1.25x); reads are 0.1x. */
    AnthropicUsage c = {.cache_creation_input_tokens = 1000000, .cache_read_input_tokens = 1000000};
    CHECK(fabs(anthropic_usage_cost("claude-sonnet-4-6", &c, NULL) - (3.75 + 0.3)) < 1e-9);
    c.has_cache_breakdown = true;
    c.cache_write_5m = 0;
    c.cache_write_1h = 1000000;
    CHECK(fabs(anthropic_usage_cost("claude-sonnet-4-6", &c, NULL) - (6.0 + 0.3)) < 1e-9);
    CHECK(anthropic_usage_cost("claude-opus-4-9", &u, &known) == 0.0);   /* unknown: 0, flagged */
    CHECK(!known);
    CHECK(anthropic_price_find("claude-opus-4-6")->input == 5.0);
    CHECK(anthropic_price_find("claude-sonnet-4-6-20990101") != NULL);
    CHECK(anthropic_price_find("fake-text") == NULL);
}

static void test_anthropic_client_base_url_from_config_or_environment(void)
{
    Loop *loop = loop_new(true);
    AnthropicClientConfig cfg = anthropic_client_config_default();
    cfg.base_url = "http://localhost:8080///";
    AnthropicClient *c = anthropic_client_new(loop, &cfg);
    CHECK_STR_EQ(anthropic_client_base_url(c), "http://localhost:8080");
    anthropic_client_free(c);
    char *saved = xstrdup(getenv("ANTHROPIC_BASE_URL"));
    unsetenv("ANTHROPIC_BASE_URL");
    c = anthropic_client_new(loop, NULL);
    CHECK_STR_EQ(anthropic_client_base_url(c), "https://api.anthropic.com");
    anthropic_client_free(c);
    if (saved) setenv("ANTHROPIC_BASE_URL", saved, 1);
    free(saved);
    loop_free(loop);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_anthropic_client_retry_delay_formula),
        TEST_CASE(test_anthropic_client_retry_policy),
        TEST_CASE(test_anthropic_client_sampling_params_only_where_accepted),
        TEST_CASE(test_anthropic_client_request_validation),
        TEST_CASE(test_anthropic_client_cost_uses_the_price_table),
        TEST_CASE(test_anthropic_client_base_url_from_config_or_environment),
        TEST_CASE(test_anthropic_client_streams_text_with_usage_cost_and_headers),
        TEST_CASE(test_anthropic_client_assembles_tool_use),
        TEST_CASE(test_anthropic_client_retries_429_honouring_retry_after),
        TEST_CASE(test_anthropic_client_retries_529_with_backoff),
        TEST_CASE(test_anthropic_client_gives_up_after_retries_on_500),
        TEST_CASE(test_anthropic_client_max_retries_is_configurable),
        TEST_CASE(test_anthropic_client_rejected_key_is_not_retried),
        TEST_CASE(test_anthropic_client_missing_key_is_named),
        TEST_CASE(test_anthropic_client_plain_400_is_not_retried),
        TEST_CASE(test_anthropic_client_x_should_retry_wins_over_status),
        TEST_CASE(test_anthropic_client_connection_drop_is_retried),
        TEST_CASE(test_anthropic_client_cut_stream_fails_without_retry),
        TEST_CASE(test_anthropic_client_error_event_ends_the_call),
        TEST_CASE(test_anthropic_client_malformed_event_fails),
        TEST_CASE(test_anthropic_client_stall_hits_idle_timeout),
        TEST_CASE(test_anthropic_client_unreachable_server_is_a_connect_error),
        TEST_CASE(test_anthropic_client_decodes_gzip_json_body),
        TEST_CASE(test_anthropic_client_invalid_request_is_reported_from_the_loop),
        TEST_CASE(test_anthropic_client_tool_round_trip_request_is_accepted),
        TEST_CASE(test_anthropic_client_runs_calls_concurrently),
        TEST_CASE(test_anthropic_client_cancel_silences_a_call),
        TEST_CASE(test_anthropic_client_send_from_on_done_chains_calls),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
