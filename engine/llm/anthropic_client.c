/* anthropic_client.c: the Messages API client behind anthropic_client.h.
 * One CURLM per client driven through the socket API: curl asks for fd interest and a
 * timeout, the loop calls back, we run curl_multi_socket_action and collect finished
 * transfers. Every entry into user code (on_text, on_done) happens with `depth` raised, so
 * a cancel from a callback only marks the call and the reaper frees it afterwards; sends
 * and retries always start from a loop deadline, never from inside curl. The idle timeout
 * is ours (a real-clock deadline re-armed lazily from the last byte seen), not curl's
 * whole-second low-speed check. */
#define _GNU_SOURCE
#include "llm/anthropic_client.h"

#include "base/loop.h"
#include "base/util.h"

#include <cjson/cJSON.h>
#include <curl/curl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#define MAX_ERROR_BODY (64 * 1024)         /* of a non-2xx body kept for its message */
#define MAX_JSON_BODY (32 * 1024 * 1024)   /* of a non-streaming 2xx body */

typedef enum AttemptEnd { END_CURL, END_IDLE } AttemptEnd;

typedef struct Call {
    AnthropicClient *client;
    struct Call *next;
    uint64_t id;
    char *model;
    char *body;
    char *request_error;           /* the request could not be built */
    AnthropicDeltaFn on_text;
    AnthropicDoneFn on_done;
    void *ud;
    /* per attempt */
    CURL *easy;
    struct curl_slist *headers;
    AnthropicStream *stream;
    Buf raw;                       /* non-2xx body, or a non-streaming 2xx body */
    int http_status;
    bool started;                  /* final 2xx headers arrived: no more retries */
    bool json_body;                /* 2xx answered with application/json instead of SSE */
    bool raw_overflow;
    char *request_id, *retry_after, *retry_after_ms, *should_retry;
    char errbuf[CURL_ERROR_SIZE];
    double last_activity;
    uint64_t idle_timer;
    /* across attempts */
    int attempts;
    double t_start;
    double first_text;
    uint64_t start_timer;          /* first attempt, retry wait, or early failure report */
    bool cancelled;
    bool done;
} Call;

struct AnthropicClient {
    Loop *loop;
    CURLM *multi;
    AnthropicClientConfig cfg;
    char *base_url;
    char *url;
    char *api_key;
    uint64_t curl_timer;
    Call *calls;
    uint64_t next_id;
    int depth;                     /* > 0 while curl or user callbacks may be on the stack */
    int *fds;                      /* sockets we watch for curl */
    int n_fds, cap_fds;
    uint64_t rng;
};

static bool curl_ready;

static void process_transfers(AnthropicClient *c);
static void start_attempt(Call *call);
static void finish_attempt(Call *call, AttemptEnd end, CURLcode rc);

/* ---- policy (pure functions, unit-tested) ---- */

bool anthropic_should_retry(int http_status, const char *x_should_retry)
{
    if (x_should_retry) {
        if (strcasecmp(x_should_retry, "true") == 0) return true;
        if (strcasecmp(x_should_retry, "false") == 0) return false;
    }
    if (http_status == 0) return true;                 /* connection error or timeout */
    return http_status == 408 || http_status == 409 || http_status == 429 || http_status >= 500;
}

/* Parses a non-negative decimal number filling the whole string; false otherwise. */
static bool parse_seconds(const char *s, double *out)
{
    if (!s) return false;
    char *end;
    double v = strtod(s, &end);
    while (*end == ' ' || *end == '\t') end++;
    if (end == s || *end || !isfinite(v) || v < 0) return false;
    *out = v;
    return true;
}

double anthropic_retry_delay(int retries_taken, const char *retry_after_ms, const char *retry_after, double random01)
{
    double v;
    if (parse_seconds(retry_after_ms, &v)) return fmin(v / 1000.0, 60.0);
    if (parse_seconds(retry_after, &v)) return fmin(v, 60.0);
    if (retry_after) {
        time_t when = curl_getdate(retry_after, NULL);
        if (when != -1) {
            double d = difftime(when, time(NULL));
            if (d >= 0) return fmin(d, 60.0);
        }
    }
    if (retries_taken < 0) retries_taken = 0;
    double base = fmin(0.5 * pow(2.0, retries_taken > 30 ? 30 : retries_taken), 8.0);
    if (random01 < 0) random01 = 0;
    if (random01 > 1) random01 = 1;
    return base * (1.0 - 0.25 * random01);
}

static double client_random(AnthropicClient *c)
{
    c->rng ^= c->rng << 13;        /* xorshift64: jitter only, not security */
    c->rng ^= c->rng >> 7;
    c->rng ^= c->rng << 17;
    return (double)(c->rng >> 11) / (double)(1ULL << 53);
}

/* ---- configuration ---- */

AnthropicClientConfig anthropic_client_config_default(void)
{
    AnthropicClientConfig cfg = {0};
    cfg.max_retries = 2;
    cfg.connect_timeout = 10;
    cfg.idle_timeout = 120;
    cfg.total_timeout = 600;
    return cfg;
}

static char *normalise_base_url(const char *url)
{
    if (!url || !*url) url = ANTHROPIC_DEFAULT_BASE_URL;
    size_t n = strlen(url);
    while (n > 0 && url[n - 1] == '/') n--;
    return xstrndup(url, n);
}

/* ---- curl <-> loop glue ---- */

static void track_fd(AnthropicClient *c, int fd, bool add)
{
    for (int i = 0; i < c->n_fds; i++) {
        if (c->fds[i] == fd) {
            if (!add) c->fds[i] = c->fds[--c->n_fds];
            return;
        }
    }
    if (!add) return;
    if (c->n_fds == c->cap_fds) {
        c->cap_fds = c->cap_fds ? c->cap_fds * 2 : 8;
        c->fds = xrealloc(c->fds, (size_t)c->cap_fds * sizeof *c->fds);
    }
    c->fds[c->n_fds++] = fd;
}

static void reap_cancelled(AnthropicClient *c);

static void on_socket_ready(void *ud, int fd, int ready)
{
    AnthropicClient *c = ud;
    int flags = 0;
    if (ready & LOOP_READ) flags |= CURL_CSELECT_IN;
    if (ready & LOOP_WRITE) flags |= CURL_CSELECT_OUT;
    int running;
    c->depth++;
    curl_multi_socket_action(c->multi, fd, flags, &running);
    process_transfers(c);
    c->depth--;
    reap_cancelled(c);
}

static int socket_cb(CURL *easy, curl_socket_t fd, int what, void *userp, void *socketp)
{
    AnthropicClient *c = userp;
    if (what == CURL_POLL_REMOVE || what == CURL_POLL_NONE) {
        loop_unwatch_fd(c->loop, fd);
        track_fd(c, fd, false);
        return 0;
    }
    int interest = (what & CURL_POLL_IN ? LOOP_READ : 0) | (what & CURL_POLL_OUT ? LOOP_WRITE : 0);
    loop_watch_fd(c->loop, fd, interest, on_socket_ready, c);
    track_fd(c, fd, true);
    return 0;
}

static void on_curl_timer(void *ud)
{
    AnthropicClient *c = ud;
    c->curl_timer = 0;
    int running;
    c->depth++;
    curl_multi_socket_action(c->multi, CURL_SOCKET_TIMEOUT, 0, &running);
    process_transfers(c);
    c->depth--;
    reap_cancelled(c);
}

static int timer_cb(CURLM *multi, long timeout_ms, void *userp)
{
    AnthropicClient *c = userp;
    if (c->curl_timer) loop_cancel(c->loop, c->curl_timer);
    c->curl_timer = 0;
    if (timeout_ms >= 0) c->curl_timer = loop_add_deadline(c->loop, (double)timeout_ms / 1000.0, on_curl_timer, c);
    return 0;
}

/* ---- client ---- */

AnthropicClient *anthropic_client_new(Loop *loop, const AnthropicClientConfig *cfg)
{
    if (!curl_ready) {             /* the engine is single-threaded: a flag suffices */
        curl_global_init(CURL_GLOBAL_DEFAULT);
        curl_ready = true;
    }
    AnthropicClient *c = xcalloc(1, sizeof *c);
    c->loop = loop;
    c->cfg = cfg ? *cfg : anthropic_client_config_default();
    if (c->cfg.max_retries < 0) c->cfg.max_retries = 0;
    const char *key = c->cfg.api_key ? c->cfg.api_key : getenv("ANTHROPIC_API_KEY");
    c->api_key = key && *key ? xstrdup(key) : NULL;
    c->cfg.api_key = NULL;
    c->base_url = normalise_base_url(c->cfg.base_url ? c->cfg.base_url : getenv("ANTHROPIC_BASE_URL"));
    c->cfg.base_url = NULL;
    c->url = xasprintf("%s/v1/messages", c->base_url);
    c->next_id = 1;
    c->rng = (uint64_t)(util_monotonic_seconds() * 1e9) ^ ((uint64_t)getpid() << 32) ^ (uint64_t)(uintptr_t)c;
    if (!c->rng) c->rng = 0x9E3779B97F4A7C15ULL;
    c->multi = curl_multi_init();
    curl_multi_setopt(c->multi, CURLMOPT_SOCKETFUNCTION, socket_cb);
    curl_multi_setopt(c->multi, CURLMOPT_SOCKETDATA, c);
    curl_multi_setopt(c->multi, CURLMOPT_TIMERFUNCTION, timer_cb);
    curl_multi_setopt(c->multi, CURLMOPT_TIMERDATA, c);
    return c;
}

const char *anthropic_client_base_url(const AnthropicClient *c) { return c->base_url; }

int anthropic_client_active(const AnthropicClient *c)
{
    int n = 0;
    for (const Call *k = c->calls; k; k = k->next)
        if (!k->done && !k->cancelled) n++;
    return n;
}

static void reset_attempt(Call *call)
{
    AnthropicClient *c = call->client;
    if (call->easy) {
        curl_multi_remove_handle(c->multi, call->easy);
        curl_easy_cleanup(call->easy);
        call->easy = NULL;
    }
    curl_slist_free_all(call->headers);
    call->headers = NULL;
    if (call->idle_timer) loop_cancel(c->loop, call->idle_timer);
    call->idle_timer = 0;
    anthropic_stream_free(call->stream);
    call->stream = NULL;
    buf_free(&call->raw);
    free(call->request_id);
    free(call->retry_after);
    free(call->retry_after_ms);
    free(call->should_retry);
    call->request_id = call->retry_after = call->retry_after_ms = call->should_retry = NULL;
    call->http_status = 0;
    call->started = call->json_body = call->raw_overflow = false;
    call->errbuf[0] = '\0';
}

/* Unlinks and frees a call; its curl handle and timers go with it. */
static void call_free(Call *call)
{
    AnthropicClient *c = call->client;
    for (Call **p = &c->calls; *p; p = &(*p)->next) {
        if (*p == call) {
            *p = call->next;
            break;
        }
    }
    reset_attempt(call);
    if (call->start_timer) loop_cancel(c->loop, call->start_timer);
    free(call->model);
    free(call->body);
    free(call->request_error);
    free(call);
}

static void reap_cancelled(AnthropicClient *c)
{
    if (c->depth > 0) return;
    Call *k = c->calls;
    while (k) {
        Call *next = k->next;
        if (k->cancelled) call_free(k);
        k = next;
    }
}

void anthropic_client_free(AnthropicClient *c)
{
    if (!c) return;
    while (c->calls) call_free(c->calls);
    curl_multi_cleanup(c->multi);
    for (int i = 0; i < c->n_fds; i++) loop_unwatch_fd(c->loop, c->fds[i]);
    if (c->curl_timer) loop_cancel(c->loop, c->curl_timer);
    free(c->fds);
    free(c->base_url);
    free(c->url);
    free(c->api_key);
    free(c);
}

static Call *find_call(AnthropicClient *c, uint64_t id)
{
    for (Call *k = c->calls; k; k = k->next)
        if (k->id == id) return k;
    return NULL;
}

void anthropic_client_cancel(AnthropicClient *c, uint64_t id)
{
    Call *call = find_call(c, id);
    if (!call || call->cancelled) return;
    call->cancelled = true;
    reap_cancelled(c);             /* at once unless a callback is on the stack */
}

/* ---- outcome ---- */

static bool error_type_is_permanent(const char *type)
{
    static const char *const permanent[] = {
        "invalid_request_error", "authentication_error", "permission_error",
        "not_found_error", "request_too_large", "billing_error",
    };
    for (size_t i = 0; type && i < sizeof permanent / sizeof permanent[0]; i++)
        if (strcmp(type, permanent[i]) == 0) return true;
    return false;
}

/* Calls on_done once with the final outcome, then frees the call. */
static void deliver(Call *call, AnthropicResult *r)
{
    AnthropicClient *c = call->client;
    double now = util_monotonic_seconds();
    r->attempts = call->attempts;
    r->latency = call->t_start > 0 ? now - call->t_start : 0;
    r->first_text_latency = call->first_text >= 0 ? call->first_text : -1;
    r->http_status = call->http_status;
    r->request_id = call->request_id;
    if (call->stream && !r->message) r->usage = anthropic_stream_message(call->stream)->usage;
    if (r->message) r->usage = r->message->usage;
    const char *model = r->message && r->message->model ? r->message->model : call->model;
    r->cost_usd = anthropic_usage_cost(model, &r->usage, &r->cost_known);
    call->done = true;
    if (!call->cancelled && call->on_done) {
        c->depth++;
        call->on_done(call->ud, r);
        c->depth--;
    }
    anthropic_message_free(r->message);
    r->message = NULL;
    call->cancelled = true;        /* reaped below or by the outer handler */
    reap_cancelled(c);
}

static void fail(Call *call, AnthropicErrorKind kind, const char *type, bool retryable, const char *msg)
{
    AnthropicResult r = {0};
    r.kind = kind;
    r.error = msg;
    r.error_type = type;
    r.retryable = retryable;
    deliver(call, &r);
}

static void on_start_timer(void *ud)
{
    Call *call = ud;
    call->start_timer = 0;
    if (call->cancelled) return;
    if (call->request_error) {
        fail(call, ANTHROPIC_ERR_REQUEST, NULL, false, call->request_error);
        return;
    }
    start_attempt(call);
}

/* Retries if policy and budget allow; returns false when the caller must report. */
static bool maybe_retry(Call *call, bool policy_says_retry)
{
    AnthropicClient *c = call->client;
    if (!policy_says_retry || call->started || call->attempts > c->cfg.max_retries) return false;
    double delay = anthropic_retry_delay(call->attempts - 1, call->retry_after_ms, call->retry_after, client_random(c));
    call->start_timer = loop_add_deadline(c->loop, delay, on_start_timer, call);
    return true;
}

/* Builds the one-line error of a non-2xx answer from its JSON error body when present. */
static void report_http_error(Call *call)
{
    const char *type = NULL, *message = NULL;
    cJSON *j = call->raw.len ? cJSON_ParseWithLength(call->raw.data, call->raw.len) : NULL;
    const cJSON *e = cJSON_GetObjectItemCaseSensitive(j, "error");
    if (cJSON_IsObject(e)) {
        type = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "type"));
        message = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "message"));
    }
    int st = call->http_status;
    char *line;
    if (st == 401 && !call->client->api_key)
        line = xasprintf("no API key was sent: set ANTHROPIC_API_KEY (HTTP %d)", st);
    else if (st == 401 || st == 403)
        line = xasprintf("the API key was rejected (HTTP %d)%s%s", st, message ? ": " : "", message ? message : "");
    else if (type || message)
        line = xasprintf("HTTP %d %s: %s", st, type ? type : "error", message ? message : "");
    else
        line = xasprintf("HTTP %d from %s", st, call->client->url);
    if (call->attempts > 1) {
        char *more = xasprintf("%s (after %d attempts)", line, call->attempts);
        free(line);
        line = more;
    }
    char *type_copy = xstrdup(type);
    cJSON_Delete(j);
    fail(call, ANTHROPIC_ERR_HTTP, type_copy, anthropic_should_retry(st, call->should_retry), line);
    free(type_copy);
    free(line);
}

static void report_stream_outcome(Call *call)
{
    AnthropicStream *s = call->stream;
    if (anthropic_stream_finish(s) == ANTHROPIC_STREAM_DONE) {
        AnthropicResult r = {0};
        r.message = anthropic_stream_take_message(s);
        deliver(call, &r);
        return;
    }
    const char *type = anthropic_stream_error_type(s);
    if (anthropic_stream_error_kind(s) == ANTHROPIC_STREAM_API_ERROR)
        fail(call, ANTHROPIC_ERR_API, type, !error_type_is_permanent(type), anthropic_stream_error(s));
    else
        fail(call, ANTHROPIC_ERR_STREAM, NULL, true, anthropic_stream_error(s));
}

static void report_json_body(Call *call)
{
    char *err = NULL;
    AnthropicMessage *m = call->raw_overflow ? NULL : anthropic_message_from_json(call->raw.data, call->raw.len, &err);
    if (!m) {
        char *line = xasprintf("bad response body: %s", err ? err : "too large");
        fail(call, ANTHROPIC_ERR_STREAM, NULL, true, line);
        free(line);
        free(err);
        return;
    }
    AnthropicResult r = {0};
    r.message = m;
    deliver(call, &r);
}

static void finish_attempt(Call *call, AttemptEnd end, CURLcode rc)
{
    AnthropicClient *c = call->client;
    if (call->easy) {
        curl_multi_remove_handle(c->multi, call->easy);
        curl_easy_cleanup(call->easy);
        call->easy = NULL;
    }
    if (call->idle_timer) loop_cancel(c->loop, call->idle_timer);
    call->idle_timer = 0;
    if (call->cancelled) return;

    bool stream_failed = call->stream && anthropic_stream_state(call->stream) == ANTHROPIC_STREAM_FAILED;
    if (end == END_CURL && rc == CURLE_OK) {
        if (call->http_status >= 200 && call->http_status < 300) {
            if (call->json_body) report_json_body(call);
            else report_stream_outcome(call);
        } else if (!maybe_retry(call, anthropic_should_retry(call->http_status, call->should_retry))) {
            report_http_error(call);
        }
        return;
    }
    if (end == END_CURL && rc == CURLE_WRITE_ERROR && stream_failed) {   /* we stopped a failed stream */
        report_stream_outcome(call);
        return;
    }
    bool timeout = end == END_IDLE || rc == CURLE_OPERATION_TIMEDOUT;
    if (!call->started && maybe_retry(call, true)) return;
    char *line;
    if (end == END_IDLE)
        line = xasprintf("no data from %s for %.1f s (idle timeout)", c->base_url, c->cfg.idle_timeout);
    else
        line = xasprintf("%s: %s", c->base_url, call->errbuf[0] ? call->errbuf : curl_easy_strerror(rc));
    if (call->attempts > 1) {
        char *more = xasprintf("%s (after %d attempts)", line, call->attempts);
        free(line);
        line = more;
    }
    if (!timeout && call->started && call->stream && !call->json_body) {
        /* The connection broke inside a 2xx stream: that is a cut stream. */
        if (anthropic_stream_finish(call->stream) == ANTHROPIC_STREAM_DONE) {
            report_stream_outcome(call);
        } else {
            char *cut = xasprintf("%s (%s)", anthropic_stream_error(call->stream), line);
            fail(call, ANTHROPIC_ERR_STREAM, NULL, true, cut);
            free(cut);
        }
    } else {
        fail(call, timeout ? ANTHROPIC_ERR_TIMEOUT : ANTHROPIC_ERR_CONNECT, NULL, true, line);
    }
    free(line);
}

static void process_transfers(AnthropicClient *c)
{
    CURLMsg *msg;
    int left;
    while ((msg = curl_multi_info_read(c->multi, &left))) {
        if (msg->msg != CURLMSG_DONE) continue;
        CURL *easy = msg->easy_handle;
        CURLcode rc = msg->data.result;
        char *priv = NULL;
        curl_easy_getinfo(easy, CURLINFO_PRIVATE, &priv);
        if (priv) finish_attempt((Call *)priv, END_CURL, rc);
    }
}

/* ---- per-attempt callbacks ---- */

static void on_idle_check(void *ud)
{
    Call *call = ud;
    AnthropicClient *c = call->client;
    call->idle_timer = 0;
    double quiet = util_monotonic_seconds() - call->last_activity;
    if (quiet + 0.001 < c->cfg.idle_timeout) {
        call->idle_timer = loop_add_deadline(c->loop, c->cfg.idle_timeout - quiet, on_idle_check, call);
        return;
    }
    c->depth++;
    finish_attempt(call, END_IDLE, CURLE_OK);
    c->depth--;
    reap_cancelled(c);
}

static char *header_value(const char *line, size_t len, const char *name)
{
    size_t n = strlen(name);
    if (len <= n || strncasecmp(line, name, n) != 0 || line[n] != ':') return NULL;
    const char *v = line + n + 1;
    const char *end = line + len;
    while (v < end && (*v == ' ' || *v == '\t')) v++;
    while (end > v && (end[-1] == '\r' || end[-1] == '\n' || end[-1] == ' ' || end[-1] == '\t')) end--;
    return xstrndup(v, (size_t)(end - v));
}

static void keep_header(char **slot, char *value)
{
    if (!value) return;
    free(*slot);
    *slot = value;
}

static size_t header_cb(char *data, size_t size, size_t nmemb, void *ud)
{
    Call *call = ud;
    size_t len = size * nmemb;
    call->last_activity = util_monotonic_seconds();
    if (len >= 5 && strncmp(data, "HTTP/", 5) == 0) {       /* a new response (after 1xx too) */
        free(call->request_id);
        free(call->retry_after);
        free(call->retry_after_ms);
        free(call->should_retry);
        call->request_id = call->retry_after = call->retry_after_ms = call->should_retry = NULL;
        call->json_body = false;
        return len;
    }
    if (len <= 2 && (data[0] == '\r' || data[0] == '\n')) {    /* end of this response's headers */
        long status = 0;
        curl_easy_getinfo(call->easy, CURLINFO_RESPONSE_CODE, &status);
        call->http_status = (int)status;
        if (status >= 200 && status < 300) call->started = true;
        return len;
    }
    keep_header(&call->request_id, header_value(data, len, "request-id"));
    keep_header(&call->retry_after, header_value(data, len, "retry-after"));
    keep_header(&call->retry_after_ms, header_value(data, len, "retry-after-ms"));
    keep_header(&call->should_retry, header_value(data, len, "x-should-retry"));
    char *ct = header_value(data, len, "content-type");
    if (ct) {
        call->json_body = strncasecmp(ct, "application/json", 16) == 0;
        free(ct);
    }
    return len;
}

static size_t write_cb(char *data, size_t size, size_t nmemb, void *ud)
{
    Call *call = ud;
    size_t len = size * nmemb;
    call->last_activity = util_monotonic_seconds();
    if (call->cancelled) return 0;
    if (call->http_status >= 200 && call->http_status < 300 && !call->json_body) {
        if (!anthropic_stream_feed(call->stream, data, len)) return 0;   /* terminal: stop reading */
        return len;
    }
    bool ok_status = call->http_status >= 200 && call->http_status < 300;
    size_t cap = ok_status ? MAX_JSON_BODY : MAX_ERROR_BODY;
    if (call->raw.len + len <= cap) buf_append(&call->raw, data, len);
    else call->raw_overflow = true;
    return len;
}

static void on_stream_text(void *ud, int index, const char *text, size_t len)
{
    Call *call = ud;
    if (call->cancelled) return;
    if (call->first_text < 0) call->first_text = util_monotonic_seconds() - call->t_start;
    if (call->on_text) {
        call->client->depth++;
        call->on_text(call->ud, index, text, len);
        call->client->depth--;
    }
}

static void start_attempt(Call *call)
{
    AnthropicClient *c = call->client;
    reset_attempt(call);
    call->attempts++;
    call->stream = anthropic_stream_new(on_stream_text, call);
    call->last_activity = util_monotonic_seconds();

    struct curl_slist *h = NULL;
    if (c->api_key) {
        char *line = xasprintf("x-api-key: %s", c->api_key);
        h = curl_slist_append(h, line);
        free(line);
    }
    h = curl_slist_append(h, "anthropic-version: " ANTHROPIC_API_VERSION);
    h = curl_slist_append(h, "content-type: application/json");
    h = curl_slist_append(h, "accept: text/event-stream, application/json");
    h = curl_slist_append(h, "Expect:");
    char retry_line[48];
    snprintf(retry_line, sizeof retry_line, "x-stainless-retry-count: %d", call->attempts - 1);
    h = curl_slist_append(h, retry_line);
    call->headers = h;

    CURL *e = curl_easy_init();
    call->easy = e;
    curl_easy_setopt(e, CURLOPT_URL, c->url);
    curl_easy_setopt(e, CURLOPT_POST, 1L);
    curl_easy_setopt(e, CURLOPT_POSTFIELDS, call->body);
    curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)strlen(call->body));
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, h);
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(e, CURLOPT_USERAGENT, "worksim/" WORKSIM_VERSION);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, (long)(c->cfg.connect_timeout * 1000));
    if (c->cfg.total_timeout > 0) curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, (long)(c->cfg.total_timeout * 1000));
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, header_cb);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, call);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, write_cb);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, call);
    curl_easy_setopt(e, CURLOPT_PRIVATE, call);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, call->errbuf);
    if (c->cfg.idle_timeout > 0)
        call->idle_timer = loop_add_deadline(c->loop, c->cfg.idle_timeout, on_idle_check, call);
    curl_multi_add_handle(c->multi, e);
}

uint64_t anthropic_client_send(AnthropicClient *c, const AnthropicRequest *req,
                               AnthropicDeltaFn on_text, AnthropicDoneFn on_done, void *ud)
{
    Call *call = xcalloc(1, sizeof *call);
    call->client = c;
    call->id = c->next_id++;
    call->model = xstrdup(req ? req->model : NULL);
    call->on_text = on_text;
    call->on_done = on_done;
    call->ud = ud;
    call->first_text = -1;
    call->t_start = util_monotonic_seconds();
    char *err = NULL;
    call->body = req ? anthropic_request_to_json(req, true, &err) : NULL;
    if (!call->body) call->request_error = err ? err : xstrdup("no request");
    call->next = c->calls;
    c->calls = call;
    call->start_timer = loop_add_deadline(c->loop, 0, on_start_timer, call);
    return call->id;
}
