/* exchange_import.c: `worksim import` (issue 13 item 4): merges one export file into the
 * instructor's database. First, outside any transaction: each run not already here has its
 * hash chain verified and its checks re-graded from its snapshot (sandboxes take time; the
 * database stays free for other writers meanwhile). Then one transaction writes every new
 * run with what was found; a run already here (same source database and run id) is skipped,
 * so importing a file twice adds nothing. A run is flagged when its chain is broken, it has
 * no snapshot to re-grade from, the re-grade fails, or its stored score differs from the
 * re-grade. Learners are matched by their stable uid, then by the aliases merges left. */
#define _GNU_SOURCE
#include "core/exchange.h"

#include "base/util.h"
#include "core/exchange_parse.h"
#include "core/workspace_snapshot.h"

#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* Scores within this are the same (both sides are sums of a few decimal points). */
#define IMPORT_SCORE_TOLERANCE 1e-6

static void add_reason(Buf *flag, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void add_reason(Buf *flag, const char *fmt, ...)
{
    if (flag->len) buf_puts(flag, "; ");
    va_list ap;
    va_start(ap, fmt);
    char *msg = xvasprintf(fmt, ap);
    va_end(ap);
    buf_puts(flag, msg);
    free(msg);
}

/* What is wrong with a new run before any re-grade: its chain, a missing snapshot. */
static void import_verify_chain(ParsedRun *r, ImportRunReport *rep, Buf *reasons)
{
    StoreChainWalk walk;
    store_chain_walk_init(&walk);
    for (int i = 0; i < r->n_events && store_chain_walk_step(&walk, &r->events[i]); i++) {}
    StoreChainStatus chain = store_chain_walk_status(&walk);
    rep->chain = xstrdup(store_chain_status_name(chain));
    if (chain == STORE_CHAIN_BROKEN) add_reason(reasons, "event chain broken: %s", walk.why);
    if (!r->snapshot) {
        add_reason(reasons, "no workspace snapshot to re-grade from%s%s", r->snapshot_missing ? ": " : "",
                   r->snapshot_missing ? r->snapshot_missing : "");
        return;
    }
    char sha[65];
    workspace_snapshot_sha256(r->snapshot->data, r->snapshot->len, sha);
    if (!r->snapshot_sha256 || strcmp(sha, r->snapshot_sha256) != 0)
        add_reason(reasons, "the workspace snapshot does not match its recorded SHA-256");
}

/* Stores the run's snapshot as it came (its digest computed here), or why it has none. */
static bool import_snapshot(Store *st, int64_t run_id, const ParsedRun *r)
{
    if (!r->snapshot && !r->snapshot_missing) return true;
    char sha[65];
    StoreSnapshot snap = {.taken_at = r->snapshot_taken_at};
    if (r->snapshot) {
        workspace_snapshot_sha256(r->snapshot->data, r->snapshot->len, sha);
        snap.format = (char *)r->snapshot_format;
        snap.sha256 = sha;
        snap.data = (unsigned char *)r->snapshot->data;
        snap.len = r->snapshot->len;
    } else {
        snap.missing = (char *)r->snapshot_missing;
    }
    return store_snapshot_put(st, run_id, &snap);
}

/* Re-grades one committed run and records the verdict (flag = the earlier reasons plus what
 * the re-grade found). false only on a database error. */
static bool import_regrade(Store *st, const ImportOptions *o, ParsedRun *r, ImportRunReport *rep, const char *reasons)
{
    Buf flag = {0};
    if (*reasons) buf_puts(&flag, reasons);
    if (!o->regrade) {
        add_reason(&flag, "not re-graded (no re-grader here)");
    } else {
        char *why = NULL;
        rep->regraded = o->regrade(o->regrade_ud, st, rep->run_id, r->info.scenario_id, &rep->regraded_score, &why);
        if (!rep->regraded)
            add_reason(&flag, "re-grade failed: %s", why ? why : "unknown error");
        else if (fabs(rep->regraded_score - r->info.score) > IMPORT_SCORE_TOLERANCE)
            add_reason(&flag, "stored score %g differs from the re-grade %g", r->info.score, rep->regraded_score);
        free(why);
    }
    free(rep->flag);
    rep->flag = flag.len ? buf_steal(&flag) : NULL;
    buf_free(&flag);
    return store_run_import_update(st, rep->run_id, rep->regraded, rep->regraded_score, rep->flag);
}

/* Writes one verified run; its new id, 0 when it turned out to be here already, -1 on error. */
static int64_t import_write(Store *st, const char *path, ParsedRun *r, ImportRunReport *rep)
{
    int64_t here = store_run_imported_as(st, r->info.source_db, r->info.source_run);
    if (here != 0) return here < 0 ? -1 : 0;
    StoreImportedRun info = r->info;
    info.learner_id = store_learner_adopt(st, r->learner_uid, r->learner_name);
    if (info.learner_id < 0) return -1;
    info.file = path;
    info.chain = rep->chain;
    info.regraded = rep->regraded;
    info.regraded_score = rep->regraded_score;
    info.flag = rep->flag;
    int64_t run_id = store_run_insert_imported(st, &info, r->lines, r->n_lines);
    for (int i = 0; run_id > 0 && i < r->n_events; i++)
        if (!store_event_insert_verbatim(st, run_id, &r->events[i])) run_id = -1;
    if (run_id > 0 && !import_snapshot(st, run_id, r)) run_id = -1;
    return run_id;
}

/* Whether the run is already in st: imported before, or recorded here in the first place. */
static int run_already_here(Store *st, const char *own_db, const ParsedRun *r)
{
    if (strcmp(r->info.source_db, own_db) == 0) return 1;
    int64_t here = store_run_imported_as(st, r->info.source_db, r->info.source_run);
    return here < 0 ? -1 : here > 0;
}

/* Until its re-grade is recorded, a run with a snapshot is flagged as not re-graded: an
 * import cut short never leaves a run that looks verified. */
#define IMPORT_PENDING "not re-graded yet (the import was interrupted)"

bool exchange_import(Store *st, const char *path, const ImportOptions *o, ImportSummary *sum, char **err)
{
    memset(sum, 0, sizeof *sum);
    *err = NULL;
    ParsedExport px;
    if (!exchange_parse(path, &px, err)) return false;
    char *own_db = store_database_id(st);
    bool ok = own_db != NULL;
    sum->runs = xcalloc((size_t)px.n_runs + 1, sizeof *sum->runs);
    sum->n_runs = px.n_runs;
    char **reasons = xcalloc((size_t)px.n_runs + 1, sizeof *reasons);
    for (int i = 0; ok && i < px.n_runs; i++) {
        ParsedRun *r = &px.runs[i];
        ImportRunReport *rep = &sum->runs[i];
        rep->source_run = r->info.source_run;
        rep->learner = xstrdup(r->learner_name);
        rep->scenario_id = xstrdup(r->info.scenario_id);
        rep->claimed_score = r->info.score;
        int here = run_already_here(st, own_db, r);
        if (here < 0) ok = false;
        if (here) {
            rep->status = IMPORT_RUN_DUPLICATE;
            continue;
        }
        Buf why = {0};
        import_verify_chain(r, rep, &why);
        reasons[i] = xstrdup(why.data ? why.data : "");   /* what the re-grade adds to */
        if (r->snapshot) add_reason(&why, IMPORT_PENDING);
        rep->flag = why.len ? buf_steal(&why) : NULL;
        buf_free(&why);
    }
    ok = ok && store_transaction_begin(st);
    for (int i = 0; ok && i < px.n_runs; i++) {
        ImportRunReport *rep = &sum->runs[i];
        if (rep->status == IMPORT_RUN_DUPLICATE) continue;
        int64_t id = import_write(st, path, &px.runs[i], rep);
        if (id < 0) ok = false;
        else if (id == 0) rep->status = IMPORT_RUN_DUPLICATE;   /* the same run twice in the file */
        else rep->run_id = id;
    }
    if (ok) ok = store_transaction_commit(st);
    else store_transaction_rollback(st);
    bool committed = ok;
    /* Committed: now each new run with a snapshot is graded again, one at a time. */
    for (int i = 0; ok && i < px.n_runs; i++)
        if (sum->runs[i].status == IMPORT_RUN_ADDED && px.runs[i].snapshot)
            ok = import_regrade(st, o, &px.runs[i], &sum->runs[i], reasons[i]);
    if (!ok) {
        *err = xasprintf("%s: %s: %s", path,
                         committed ? "imported, but the re-grades could not be recorded" : "nothing imported",
                         store_errmsg(st));
        import_summary_free(sum);
        sum->database_failed = true;
    }
    for (int i = 0; ok && i < sum->n_runs; i++) {
        if (sum->runs[i].status == IMPORT_RUN_DUPLICATE) sum->duplicates++;
        else sum->added++;
        if (sum->runs[i].status == IMPORT_RUN_ADDED && sum->runs[i].flag) sum->flagged++;
    }
    for (int i = 0; i < px.n_runs; i++) free(reasons[i]);
    free(reasons);
    free(own_db);
    exchange_parse_free(&px);
    return ok;
}

void import_summary_free(ImportSummary *sum)
{
    for (int i = 0; i < sum->n_runs; i++) {
        free(sum->runs[i].learner);
        free(sum->runs[i].scenario_id);
        free(sum->runs[i].chain);
        free(sum->runs[i].flag);
    }
    free(sum->runs);
    memset(sum, 0, sizeof *sum);
}
