/* lrs_client.h: a blocking client for a Learning Record Store's statements resource (xAPI
 * 1.0.3, DESIGN §8; facts in shared/reference/xapi-junit.md): POSTs a JSON array of statements
 * to ENDPOINT/statements with the version header and basic auth, retrying 5xx answers,
 * timeouts and connection failures with exponential backoff. It says what the LRS answered;
 * what that means for an outbox is the caller's business. */
#ifndef WORKSIM_LRS_CLIENT_H
#define WORKSIM_LRS_CLIENT_H

#include <stdbool.h>

#define LRS_XAPI_VERSION "1.0.3"

typedef struct LrsConfig {
    const char *endpoint;        /* the LRS's xAPI base URL, e.g. https://lrs.example.org/data/xAPI */
    const char *auth;            /* "user:password" for basic auth, or NULL */
    double timeout;              /* seconds for one attempt, connection included */
    int attempts;                /* tries for a batch that meets 5xx, timeouts or no connection (>= 1) */
    double backoff;              /* seconds before the first retry; doubled for each next one, at most 30 */
} LrsConfig;

typedef enum LrsAnswer {
    LRS_STORED,                  /* 2xx: the LRS has every statement of the batch */
    LRS_CONFLICT,                /* 409: it already stores a statement with an id of the batch */
    LRS_REFUSED,                 /* any other answer (400 invalid, 401/403 credentials...): not retried */
    LRS_UNREACHABLE,             /* 5xx, timeouts or no connection on every attempt */
} LrsAnswer;

typedef struct LrsReply {
    LrsAnswer answer;
    int http_status;             /* of the last attempt; 0 when none answered */
    int attempts;
    char error[300];             /* one line saying what went wrong ("" when stored) */
} LrsReply;

/* Told before each retry: the attempt that failed (from 1), the wait and why. */
typedef void (*LrsRetryFn)(void *ud, int attempt, double wait, const char *why);

/* POSTs json_array (a JSON array of statements) to cfg->endpoint + "/statements". Blocks for
 * at most attempts x timeout plus the backoff waits. */
LrsReply lrs_post_statements(const LrsConfig *cfg, const char *json_array, LrsRetryFn on_retry, void *ud);

#endif
