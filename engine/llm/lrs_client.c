/* lrs_client.c: POSTing xAPI statements to a Learning Record Store with libcurl (lrs_client.h).
 * One easy handle per attempt; a 5xx, a timeout or a failed connection is retried after
 * backoff, 1x, 2x, 4x... (capped at 30 s); any other answer ends the call. An error line
 * carries the start of the LRS's answer, made printable. */
#define _GNU_SOURCE
#include "llm/lrs_client.h"

#include "base/text_safe.h"
#include "base/util.h"

#include <curl/curl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { LRS_BODY_KEEP = 64 * 1024, LRS_ERROR_BODY_CHARS = 160 };
#define LRS_BACKOFF_MAX 30.0

static size_t keep_body(char *data, size_t size, size_t nmemb, void *ud)
{
    Buf *b = ud;
    size_t n = size * nmemb;
    if (b->len < LRS_BODY_KEEP) buf_append(b, data, n < LRS_BODY_KEEP - b->len ? n : LRS_BODY_KEEP - b->len);
    return n;
}

static void sleep_seconds(double secs)
{
    struct timespec ts = {(time_t)secs, (long)((secs - floor(secs)) * 1e9)};
    while (nanosleep(&ts, &ts) != 0) {}
}

/* "HTTP 400: <the start of body, one printable line>" into out. */
static void http_error(char *out, size_t n, long status, const char *body)
{
    char *line = text_terminal(body, TEXT_ONE_LINE);
    size_t len = strlen(line);
    if (len > LRS_ERROR_BODY_CHARS) {   /* cut at a character boundary */
        len = LRS_ERROR_BODY_CHARS;
        while (len > 0 && ((unsigned char)line[len] & 0xC0) == 0x80) len--;
    }
    snprintf(out, n, "the LRS answered HTTP %ld%s%.*s", status, len ? ": " : "", (int)len, line);
    free(line);
}

/* One POST; true when an answer arrived (*status set, body kept), else error says why. */
static bool post_once(const LrsConfig *cfg, const char *url, const char *json, struct curl_slist *headers,
                      long *status, Buf *body, bool *timed_out, char *error, size_t error_n)
{
    CURL *e = curl_easy_init();
    if (!e) {
        snprintf(error, error_n, "cannot start an HTTP client (libcurl)");
        return false;
    }
    char curl_error[CURL_ERROR_SIZE] = "";
    curl_easy_setopt(e, CURLOPT_URL, url);
    curl_easy_setopt(e, CURLOPT_POST, 1L);
    curl_easy_setopt(e, CURLOPT_POSTFIELDS, json);
    curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)strlen(json));
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, headers);
    if (cfg->auth && *cfg->auth) {
        curl_easy_setopt(e, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
        curl_easy_setopt(e, CURLOPT_USERPWD, cfg->auth);
    }
    long timeout_ms = (long)(cfg->timeout * 1000.0);
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, timeout_ms > 0 ? timeout_ms : 1L);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, keep_body);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, body);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, curl_error);
    CURLcode rc = curl_easy_perform(e);
    bool answered = rc == CURLE_OK;
    if (answered) {
        curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, status);
    } else {
        *timed_out = rc == CURLE_OPERATION_TIMEDOUT;
        if (*timed_out) snprintf(error, error_n, "no answer within %g s", cfg->timeout);
        else snprintf(error, error_n, "%s", *curl_error ? curl_error : curl_easy_strerror(rc));
    }
    curl_easy_cleanup(e);
    return answered;
}

LrsReply lrs_post_statements(const LrsConfig *cfg, const char *json_array, LrsRetryFn on_retry, void *ud)
{
    LrsReply reply = {.answer = LRS_UNREACHABLE};
    char *url = xasprintf("%s/statements", cfg->endpoint);
    struct curl_slist *headers = NULL;
    headers = curl_slist_append(headers, "X-Experience-API-Version: " LRS_XAPI_VERSION);
    headers = curl_slist_append(headers, "Content-Type: application/json");
    headers = curl_slist_append(headers, "Expect:");   /* no 100-continue round trip */
    int attempts = cfg->attempts > 0 ? cfg->attempts : 1;
    double wait = cfg->backoff > 0 ? cfg->backoff : 0;
    for (int attempt = 1; attempt <= attempts; attempt++) {
        long status = 0;
        bool timed_out = false;
        Buf body = {0};
        reply.attempts = attempt;
        bool answered = post_once(cfg, url, json_array, headers, &status, &body, &timed_out, reply.error,
                                  sizeof reply.error);
        reply.http_status = answered ? (int)status : 0;
        if (answered) {
            if (status >= 200 && status < 300) {
                reply.answer = LRS_STORED;
                reply.error[0] = '\0';
            } else {
                http_error(reply.error, sizeof reply.error, status, body.data ? body.data : "");
                reply.answer = status == 409 ? LRS_CONFLICT : status >= 500 ? LRS_UNREACHABLE : LRS_REFUSED;
            }
        }
        buf_free(&body);
        if (reply.answer != LRS_UNREACHABLE || attempt == attempts) break;
        if (on_retry) on_retry(ud, attempt, wait, reply.error);
        sleep_seconds(wait);
        wait = wait * 2 > LRS_BACKOFF_MAX ? LRS_BACKOFF_MAX : wait * 2;
    }
    curl_slist_free_all(headers);
    free(url);
    return reply;
}
