/* cmd_sync.c: `worksim sync --lrs URL` (DESIGN §9, issue 13): sends every finished attempt
 * (demos aside) and every regrade of one that gave a verdict (a statement of its own, pointing at
 * the attempt's) to a Learning Record Store as an xAPI statement, exactly once per LRS. The
 * statements of runs not yet queued for that LRS go into the database's outbox
 * (report_xapi_statement: ids stable per run), then the pending ones are POSTed in batches. A batch the LRS refuses for one
 * of its statements (400 invalid, 409 an id it already has) is sent again one statement at a
 * time, so a 409 marks exactly the statements already there as delivered. 5xx answers, timeouts
 * and failed connections are retried with backoff (lrs_client.c); when they persist, sync stops
 * and everything not delivered stays pending for the next sync. */
#define _GNU_SOURCE
#include "cli/cli.h"

#include "llm/lrs_client.h"
#include "report/report.h"
#include "base/text_safe.h"
#include "base/util.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char SYNC_HELP[] =
    "usage: worksim sync --lrs URL [--batch N]\n"
    "Sends the xAPI statement of every finished run (demos aside; an instructor's regrade is a\n"
    "statement of its own, pointing at the attempt's) to the Learning Record Store whose xAPI\n"
    "endpoint is URL (statements are POSTed to URL/statements), each exactly once per LRS: the\n"
    "database keeps an outbox, and a statement the LRS already has\n"
    "(409) counts as delivered. Run it again at any time: it sends only what that LRS lacks.\n"
    "  --batch N    statements per request (default 50)\n"
    "environment:\n"
    "  WORKSIM_LRS_AUTH      user:password for HTTP basic auth (the LRS client's key and secret)\n"
    "  WORKSIM_LRS_ATTEMPTS  tries per request on 5xx, timeouts or no connection (default 5)\n"
    "  WORKSIM_LRS_TIMEOUT   seconds per try (default 30)\n"
    "  WORKSIM_LRS_BACKOFF   seconds before the first retry, doubled each time (default 1)\n"
    "  WORKSIM_XAPI_HOMEPAGE the learner accounts' homePage (e.g. your LMS's URL)\n"
    "exit: 0 every statement delivered; 2 bad usage, no such database, or the LRS refused\n"
    "statements or the credentials (they stay pending); 3 the LRS could not be reached after\n"
    "the retries (what was not delivered stays pending) or a database error\n";

enum { SYNC_DEFAULT_BATCH = 50, SYNC_MAX_BATCH = 1000, SYNC_LOAD_CHUNK = 500 };

/* What stopped a sync early. */
typedef enum SyncStop { SYNC_GO_ON, SYNC_UNREACHABLE, SYNC_REFUSED, SYNC_DB_ERROR } SyncStop;

typedef struct Sync {
    Store *st;
    const char *lrs;
    LrsConfig cfg;
    char **ids, **texts;         /* the pending statements, in run order */
    int n, cap;
    int sent, already;
} Sync;

static bool env_number(const char *name, double min, double *out)
{
    const char *v = getenv(name);
    if (!v || !*v) return true;
    double d;
    if (!cli_parse_number(v, &d) || d < min) {
        cli_usage_error("sync", "%s: expected a number of at least %g, got '%s'", name, min, v);
        return false;
    }
    *out = d;
    return true;
}

/* The LRS endpoint without trailing slashes or "/statements"; NULL (message printed) if it is
 * no http(s) URL. Caller frees. */
static char *sync_endpoint(const char *url)
{
    if (strncmp(url, "http://", 7) != 0 && strncmp(url, "https://", 8) != 0) {
        cli_usage_error("sync", "--lrs: expected an http:// or https:// URL, got '%s'", url);
        return NULL;
    }
    char *e = xstrdup(url);
    size_t len = strlen(e);
    while (len > 0 && e[len - 1] == '/') e[--len] = '\0';
    if (len > 11 && strcmp(e + len - 11, "/statements") == 0) e[len -= 11] = '\0';
    while (len > 0 && e[len - 1] == '/') e[--len] = '\0';
    return e;
}

/* -1 to go on, else an exit code. */
static int parse_sync_args(int argc, char **argv, const char **url, int *batch)
{
    for (int i = 0; i < argc; i++) {
        const char *o = argv[i];
        if (strcmp(o, "--help") == 0 || strcmp(o, "-h") == 0) {
            fputs(SYNC_HELP, stdout);
            return EXIT_OK;
        }
        if (strcmp(o, "--lrs") != 0 && strcmp(o, "--batch") != 0) {
            cli_usage_error("sync", "unexpected argument '%s'", o);
            return EXIT_USAGE;
        }
        if (i + 1 >= argc) {
            cli_usage_error("sync", "%s needs a value", o);
            return EXIT_USAGE;
        }
        const char *v = argv[++i];
        double d;
        if (strcmp(o, "--lrs") == 0) *url = v;
        else if (cli_parse_number(v, &d) && d >= 1 && d <= SYNC_MAX_BATCH && d == (int)d) *batch = (int)d;
        else {
            cli_usage_error("sync", "--batch: expected a whole number from 1 to %d, got '%s'", SYNC_MAX_BATCH, v);
            return EXIT_USAGE;
        }
    }
    if (!*url) {
        cli_usage_error("sync", "--lrs URL is required");
        return EXIT_USAGE;
    }
    return -1;
}

/* Queues the statements of the runs in ids[0..n) for the LRS. */
static bool queue_runs(Store *st, const char *lrs, const int64_t *ids, int n)
{
    StoreRunFilter filter = {.run_ids = ids, .n_run_ids = n};   /* regrades included: ids left demos out */
    Report rep;
    if (!report_load(&rep, st, &filter)) return false;
    StoreOutboxItem *items = xcalloc((size_t)(rep.n ? rep.n : 1), sizeof *items);
    char **texts = xcalloc((size_t)(rep.n ? rep.n : 1), sizeof *texts);
    cJSON **statements = xcalloc((size_t)(rep.n ? rep.n : 1), sizeof *statements);
    for (int i = 0; i < rep.n; i++) {
        statements[i] = report_xapi_statement(&rep, &rep.runs[i]);
        texts[i] = cJSON_PrintUnformatted(statements[i]);
        items[i] = (StoreOutboxItem){rep.runs[i].row.id, cJSON_GetStringValue(cJSON_GetObjectItem(statements[i], "id")),
                                     texts[i]};
    }
    bool ok = store_outbox_add(st, lrs, items, rep.n);
    for (int i = 0; i < rep.n; i++) {
        free(texts[i]);
        cJSON_Delete(statements[i]);
    }
    free(statements), free(texts), free(items);
    report_free(&rep);
    return ok;
}

/* Queues what is missing for the LRS; the count in *queued. */
static bool queue_missing(Store *st, const char *lrs, int *queued)
{
    int64_t *ids = NULL;
    int n = 0;
    if (!store_outbox_missing_runs(st, lrs, &ids, &n)) return false;
    bool ok = true;
    for (int from = 0; ok && from < n; from += SYNC_LOAD_CHUNK)
        ok = queue_runs(st, lrs, ids + from, n - from < SYNC_LOAD_CHUNK ? n - from : SYNC_LOAD_CHUNK);
    free(ids);
    *queued = ok ? n : 0;
    return ok;
}

static bool collect_pending(void *ud, const StoreOutboxRow *row)
{
    Sync *s = ud;
    if (s->n == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 64;
        s->ids = xrealloc(s->ids, (size_t)s->cap * sizeof *s->ids);
        s->texts = xrealloc(s->texts, (size_t)s->cap * sizeof *s->texts);
    }
    s->ids[s->n] = xstrdup(row->statement_id);
    s->texts[s->n++] = xstrdup(row->statement);
    return true;
}

static void announce_retry(void *ud, int attempt, double wait, const char *why)
{
    const Sync *s = ud;
    text_fprintf_terminal(stderr, "worksim sync: %s; retrying in %g s (attempt %d of %d)\n", why, wait, attempt + 1,
                          s->cfg.attempts);
}

static SyncStop mark(Sync *s, int from, int n, const char *state, const LrsReply *r)
{
    bool ok = store_outbox_mark(s->st, s->lrs, (const char *const *)s->ids + from, n, state, r->http_status,
                                state ? NULL : r->error);
    if (!ok) fprintf(stderr, "worksim sync: %s\n", store_errmsg(s->st));
    return ok ? SYNC_GO_ON : SYNC_DB_ERROR;
}

/* Sends the pending statements from..from+n as one request and records the answer. */
static SyncStop send_batch(Sync *s, int from, int n)
{
    Buf body = {0};
    buf_puts(&body, "[");
    for (int i = 0; i < n; i++) buf_printf(&body, "%s%s", i ? "," : "", s->texts[from + i]);
    buf_puts(&body, "]");
    LrsReply r = lrs_post_statements(&s->cfg, body.data, announce_retry, s);
    buf_free(&body);
    bool statement_specific = r.answer == LRS_CONFLICT || (r.answer == LRS_REFUSED && r.http_status == 400);
    if (n > 1 && statement_specific) {   /* find out which ones, one by one */
        SyncStop stop = SYNC_GO_ON;
        for (int i = 0; i < n && stop == SYNC_GO_ON; i++) stop = send_batch(s, from + i, 1);
        return stop;
    }
    switch (r.answer) {
    case LRS_STORED:
        s->sent += n;
        return mark(s, from, n, "sent", &r);
    case LRS_CONFLICT:
        s->already += n;
        return mark(s, from, n, "already_there", &r);
    case LRS_REFUSED:
        text_fprintf_terminal(stderr, "worksim sync: statement %s refused: %s\n", s->ids[from], r.error);
        if (mark(s, from, n, NULL, &r) != SYNC_GO_ON) return SYNC_DB_ERROR;
        return statement_specific ? SYNC_GO_ON : SYNC_REFUSED;   /* 401, 403, 404...: every request would be */
    case LRS_UNREACHABLE:
        break;
    }
    text_fprintf_terminal(stderr, "worksim sync: giving up after %d attempt%s: %s\n", r.attempts,
                          r.attempts == 1 ? "" : "s", r.error);
    return mark(s, from, n, NULL, &r) == SYNC_GO_ON ? SYNC_UNREACHABLE : SYNC_DB_ERROR;
}

static SyncStop send_pending(Sync *s, int batch)
{
    int batches = (s->n + batch - 1) / batch;
    SyncStop stop = SYNC_GO_ON;
    for (int b = 0; b < batches && stop == SYNC_GO_ON; b++) {
        int from = b * batch, n = s->n - from < batch ? s->n - from : batch;
        int before = s->sent + s->already;
        stop = send_batch(s, from, n);
        fprintf(stderr, "worksim sync: batch %d of %d: %d of %d statement%s delivered\n", b + 1, batches,
                s->sent + s->already - before, n, n == 1 ? "" : "s");
    }
    return stop;
}

static int sync_exit_code(SyncStop stop, int failed)
{
    switch (stop) {
    case SYNC_GO_ON: return failed ? EXIT_USAGE : EXIT_OK;   /* the LRS refused some statements */
    case SYNC_REFUSED: return EXIT_USAGE;
    case SYNC_UNREACHABLE:
    case SYNC_DB_ERROR: break;
    }
    return EXIT_INFRA;
}

int cmd_sync(CliContext *ctx, int argc, char **argv)
{
    const char *url = NULL;
    int batch = SYNC_DEFAULT_BATCH;
    int rc = parse_sync_args(argc, argv, &url, &batch);
    if (rc >= 0) return rc;
    Sync s = {.cfg = {.auth = getenv("WORKSIM_LRS_AUTH"), .timeout = 30, .attempts = 5, .backoff = 1}};
    double attempts = s.cfg.attempts;
    if (!env_number("WORKSIM_LRS_ATTEMPTS", 1, &attempts) || !env_number("WORKSIM_LRS_TIMEOUT", 0.001, &s.cfg.timeout) ||
        !env_number("WORKSIM_LRS_BACKOFF", 0, &s.cfg.backoff))
        return EXIT_USAGE;
    s.cfg.attempts = (int)attempts;
    if (s.cfg.auth && *s.cfg.auth && !strchr(s.cfg.auth, ':')) {
        cli_usage_error("sync", "WORKSIM_LRS_AUTH: expected user:password");
        return EXIT_USAGE;
    }
    char *endpoint = sync_endpoint(url);
    if (!endpoint) return EXIT_USAGE;
    s.lrs = s.cfg.endpoint = endpoint;
    s.st = cli_open_store(ctx, true, &rc);
    SyncStop stop = SYNC_DB_ERROR;
    int queued = 0;
    if (s.st && queue_missing(s.st, s.lrs, &queued) && store_outbox_foreach(s.st, s.lrs, true, collect_pending, &s)) {
        text_fprintf_terminal(stderr, "worksim sync: %d new statement%s queued; sending %d pending to %s\n", queued,
                              queued == 1 ? "" : "s", s.n, s.lrs);
        stop = send_pending(&s, batch);
        int failed = s.n - s.sent - s.already;
        printf("%d sent, %d already there, %d failed%s\n", s.sent, s.already, failed,
               failed ? " (kept pending for the next sync)" : "");
        rc = sync_exit_code(stop, failed);
    } else if (s.st) {
        fprintf(stderr, "worksim sync: %s\n", store_errmsg(s.st));
        rc = EXIT_INFRA;
    }
    for (int i = 0; i < s.n; i++) free(s.ids[i]), free(s.texts[i]);
    free(s.ids), free(s.texts);
    store_close(s.st);
    free(endpoint);
    return rc;
}
