/* anthropic_client.h: an asynchronous Anthropic Messages API client on the engine loop.
 * libcurl multi with the socket API: curl's sockets and timers become loop fd watches and
 * real-clock deadlines, so nothing blocks the thread that owns the core. Each call streams
 * (SSE), shows text live through on_text, and ends in exactly one on_done (unless
 * cancelled). Retries follow the official SDKs: x-should-retry first, else 408/409/429/5xx
 * and connection failures, waiting retry-after-ms / retry-after / capped jittered backoff;
 * a call whose 2xx response has started is never retried. */
#ifndef WORKSIM_ANTHROPIC_CLIENT_H
#define WORKSIM_ANTHROPIC_CLIENT_H

#include <stdbool.h>
#include <stdint.h>

#include "llm/anthropic_price.h"
#include "llm/anthropic_request.h"
#include "llm/anthropic_stream.h"

typedef struct Loop Loop;
typedef struct AnthropicClient AnthropicClient;

#define ANTHROPIC_DEFAULT_BASE_URL "https://api.anthropic.com"
#define ANTHROPIC_API_VERSION "2023-06-01"

typedef struct AnthropicClientConfig {
    const char *api_key;              /* NULL: $ANTHROPIC_API_KEY (no header if neither) */
    const char *base_url;             /* NULL: $ANTHROPIC_BASE_URL, else the default; a trailing / is fine */
    int max_retries;                  /* retries after the first attempt (default 2) */
    double connect_timeout;           /* seconds to establish a connection (default 10) */
    double idle_timeout;              /* seconds without a received byte before giving up (default 120) */
    double total_timeout;             /* seconds for one attempt, 0 = none (default 600) */
} AnthropicClientConfig;

typedef enum AnthropicErrorKind {
    ANTHROPIC_OK = 0,
    ANTHROPIC_ERR_HTTP,               /* non-2xx answer: http_status, error_type from the body */
    ANTHROPIC_ERR_API,                /* an `error` event inside a 200 stream */
    ANTHROPIC_ERR_STREAM,             /* stream cut before message_stop, or malformed */
    ANTHROPIC_ERR_CONNECT,            /* no connection, or it broke before a response */
    ANTHROPIC_ERR_TIMEOUT,            /* connect, idle or total timeout */
    ANTHROPIC_ERR_REQUEST,            /* the request could not be built (never sent) */
} AnthropicErrorKind;

typedef struct AnthropicResult {
    AnthropicErrorKind kind;
    const char *error;                /* one human line, e.g. "the API key was rejected (HTTP 401)"; NULL when ok */
    int http_status;                  /* of the last attempt; 0 if none arrived */
    const char *error_type;           /* API error.type ("overloaded_error"…), or NULL */
    bool retryable;                   /* transient: asking again later may work (shown as "away, retrying") */
    const char *request_id;           /* request-id header of the last attempt, or NULL */
    int attempts;                     /* 1 + retries taken */
    double latency;                   /* seconds from send to done, all attempts and waits included */
    double first_text_latency;        /* seconds from send to the first text delta, or -1 */
    AnthropicUsage usage;             /* final counts; partial when a stream broke */
    double cost_usd;                  /* from usage and the price table */
    bool cost_known;                  /* false: model not in the price table (cost_usd is 0) */
    AnthropicMessage *message;        /* when ok; freed after on_done unless the callee takes it
                                         (copy the pointer and set result->message = NULL) */
} AnthropicResult;

typedef void (*AnthropicDeltaFn)(void *ud, int block_index, const char *text, size_t len);
typedef void (*AnthropicDoneFn)(void *ud, AnthropicResult *result);

/* Fills in the defaults above (no key or URL: the environment is read at client_new). */
AnthropicClientConfig anthropic_client_config_default(void);
/* A client on loop; cfg NULL means defaults. Initialises libcurl once per process. Free with _free. */
AnthropicClient *anthropic_client_new(Loop *loop, const AnthropicClientConfig *cfg);
/* Aborts every call in flight without calling its on_done. Not from inside a callback. */
void anthropic_client_free(AnthropicClient *c);
const char *anthropic_client_base_url(const AnthropicClient *c);   /* normalised, no trailing slash */

/* Starts a streaming call; returns its id (> 0). An invalid request still returns an id and
 * reports ANTHROPIC_ERR_REQUEST through on_done from the loop, never re-entrantly.
 * on_text may be NULL. Callbacks run on the loop thread. */
uint64_t anthropic_client_send(AnthropicClient *c, const AnthropicRequest *req,
                               AnthropicDeltaFn on_text, AnthropicDoneFn on_done, void *ud);
/* Stops a call: no further callbacks. Safe from inside callbacks; unknown ids are ignored. */
void anthropic_client_cancel(AnthropicClient *c, uint64_t id);
int anthropic_client_active(const AnthropicClient *c);            /* calls not yet done */

/* Seconds to wait before retry number retries_taken+1: retry-after-ms, else retry-after
 * (seconds or HTTP-date, honoured from 0 to 60 s, larger clamped to 60), else
 * min(0.5 * 2^retries_taken, 8) * (1 - 0.25 * random01). Header values may be NULL. */
double anthropic_retry_delay(int retries_taken, const char *retry_after_ms, const char *retry_after, double random01);
/* Whether a failed attempt is retried by policy (ignoring the retry budget): status 0 means
 * a connection error or timeout before any response. */
bool anthropic_should_retry(int http_status, const char *x_should_retry);

#endif
