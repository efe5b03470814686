/* exchange_export.c: `worksim export` (issue 13 item 4): the selected finished runs of a
 * database as one bundle. Layout: per run runs/N/run.json (the run row, its identity and its
 * results), runs/N/events.jsonl (one event a line, data as the exact text stored, with its
 * hash) and, when the run kept one, runs/N/snapshot.tar.zst; last manifest.json, with the
 * SHA-256 of every other entry. A run imported from elsewhere keeps its first identity, so it
 * never arrives twice. */
#define _GNU_SOURCE
#include "core/exchange.h"

#include "base/util.h"
#include "core/exchange_bundle.h"
#include "core/workspace_snapshot.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct ExportRun {
    int64_t id;
    cJSON *row;                  /* run.json without results */
    char *learner_uid, *learner_name;
} ExportRun;

typedef struct ExportWalk {
    ExportRun *runs;
    int n, cap;
    bool include_demo;
} ExportWalk;

static void add_text(cJSON *o, const char *key, const char *value)
{
    if (value) cJSON_AddStringToObject(o, key, value);
    else cJSON_AddNullToObject(o, key);
}

/* A number written with 17 significant digits, so it reads back as the very same double (cJSON
 * prints 15 when they come close enough, which would break the hashes over the clocks). */
static void add_number(cJSON *o, const char *key, double value)
{
    char text[40];
    snprintf(text, sizeof text, "%.17g", isfinite(value) ? value : 0.0);
    cJSON_AddRawToObject(o, key, text);
}

static bool export_collect(void *ud, const StoreRunRow *r)
{
    ExportWalk *w = ud;
    if (!r->outcome || r->ended_at <= 0) return true;          /* still open: nothing to grade yet */
    if (strcmp(r->mode, "regrade") == 0) return true;           /* a re-grade is no attempt */
    if (!w->include_demo && strcmp(r->mode, "demo") == 0) return true;
    if (!r->learner_uid) return true;                            /* no learner: nobody's attempt */
    if (w->n == w->cap) {
        w->cap = w->cap ? w->cap * 2 : 16;
        w->runs = xrealloc(w->runs, (size_t)w->cap * sizeof *w->runs);
    }
    cJSON *o = cJSON_CreateObject();
    add_text(o, "learner_uid", r->learner_uid);
    add_text(o, "scenario_id", r->scenario_id);
    add_text(o, "scenario_title", r->scenario_title);
    add_text(o, "scenario_hash", r->scenario_hash);
    add_text(o, "scenario_version", r->scenario_version);
    add_text(o, "mode", r->mode);
    add_text(o, "sandbox", r->sandbox);
    add_text(o, "llm", r->llm);
    add_number(o, "started_at", r->started_at);
    add_number(o, "ended_at", r->ended_at);
    add_text(o, "outcome", r->outcome);
    add_number(o, "score", r->score);
    add_number(o, "max", r->max);
    add_number(o, "percent", r->percent);
    add_text(o, "reason", r->reason);
    w->runs[w->n++] = (ExportRun){r->id, o, xstrdup(r->learner_uid), xstrdup(r->learner ? r->learner : "")};
    return true;
}

static bool export_result(void *ud, const StoreResultLine *l)
{
    cJSON *line = cJSON_CreateObject();
    add_text(line, "kind", l->kind);
    add_text(line, "id", l->item_id);
    add_text(line, "task", l->task);
    add_text(line, "label", l->label);
    add_text(line, "skill", l->skill);
    add_number(line, "points", l->points);
    add_number(line, "max", l->max);
    cJSON_AddBoolToObject(line, "passed", l->passed);
    add_text(line, "feedback", l->feedback);
    cJSON_AddItemToArray(ud, line);
    return true;
}

static bool export_event(void *ud, const StoreEventRow *ev)
{
    cJSON *o = cJSON_CreateObject();
    add_number(o, "seq", (double)ev->seq);
    add_number(o, "t_run", ev->t_run);
    add_number(o, "t_wall", ev->t_wall);
    add_text(o, "kind", ev->kind);
    add_text(o, "data", ev->data);
    add_text(o, "hash", ev->hash);
    char *line = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    buf_puts(ud, line);
    buf_puts(ud, "\n");
    free(line);
    return true;
}

/* Adds an entry and records its SHA-256 in files (the manifest's, checked by the import: the
 * outer zstd has no checksum of its own). */
static bool export_entry(BundleWriter *bw, cJSON *files, const char *name, const void *data, size_t len, char **err)
{
    char sha[65];
    workspace_snapshot_sha256(data, len, sha);
    cJSON_AddStringToObject(files, name, sha);
    return bundle_writer_add(bw, name, data, len, err);
}

static bool export_json_entry(BundleWriter *bw, cJSON *files, const char *name, const cJSON *o, char **err)
{
    char *text = cJSON_PrintUnformatted(o);
    bool ok = files ? export_entry(bw, files, name, text, strlen(text), err) : bundle_writer_add(bw, name, text, strlen(text), err);
    free(text);
    return ok;
}

/* Writes runs/N/run.json, runs/N/events.jsonl and runs/N/snapshot.FORMAT of one run (counted
 * in *snapshots); false + *err. */
static bool export_one(Store *st, BundleWriter *bw, cJSON *files, ExportRun *r, int *snapshots, char **err)
{
    char *source_db = NULL;
    int64_t source_run = 0;
    if (!store_run_origin(st, r->id, &source_db, &source_run)) {
        *err = xstrdup(store_errmsg(st));
        return false;
    }
    cJSON_AddStringToObject(r->row, "source_db", source_db);
    add_number(r->row, "source_run", (double)source_run);
    free(source_db);
    cJSON *results = cJSON_AddArrayToObject(r->row, "results");
    Buf events = {0};
    bool ok = store_results_foreach(st, r->id, export_result, results) &&
              store_event_rows_foreach(st, r->id, export_event, &events);
    if (!ok) *err = xstrdup(store_errmsg(st));
    StoreSnapshot snap;
    int has_snapshot = ok ? store_snapshot_get(st, r->id, &snap) : 0;
    if (has_snapshot < 0) {
        *err = xstrdup(store_errmsg(st));
        ok = false;
    }
    /* The archive travels only under a format name that is a safe entry name. */
    bool snapshot_data = has_snapshot > 0 && snap.data && snap.format && strspn(snap.format, "abcdefghijklmnopqrstuvwxyz.") ==
                         strlen(snap.format) && snap.format[0] != '.';
    if (has_snapshot > 0) {
        cJSON *s = cJSON_AddObjectToObject(r->row, "snapshot");
        add_text(s, "format", snapshot_data ? snap.format : NULL);
        add_text(s, "sha256", snapshot_data ? snap.sha256 : NULL);
        add_text(s, "missing", snapshot_data ? NULL : snap.missing ? snap.missing : "no archive was kept");
        add_number(s, "taken_at", snap.taken_at);
    } else {
        cJSON_AddNullToObject(r->row, "snapshot");
    }
    char *name = xasprintf("runs/%lld/run.json", (long long)r->id);
    ok = ok && export_json_entry(bw, files, name, r->row, err);
    free(name);
    name = xasprintf("runs/%lld/events.jsonl", (long long)r->id);
    ok = ok && export_entry(bw, files, name, events.data ? events.data : "", events.len, err);
    free(name);
    if (ok && snapshot_data) {
        name = xasprintf("runs/%lld/snapshot.%s", (long long)r->id, snap.format);
        ok = export_entry(bw, files, name, snap.data, snap.len, err);
        free(name);
        *snapshots += 1;
    }
    if (has_snapshot > 0) store_snapshot_clear(&snap);
    buf_free(&events);
    return ok;
}

/* The manifest: format, versions, the database, the time and the learners of the runs. */
static cJSON *export_manifest(Store *st, const ExportWalk *w, int *n_learners, char **err)
{
    char *db_id = store_database_id(st);
    if (!db_id) {
        *err = xstrdup(store_errmsg(st));
        return NULL;
    }
    cJSON *m = cJSON_CreateObject();
    cJSON_AddStringToObject(m, "format", EXCHANGE_FORMAT);
    add_number(m, "format_version", EXCHANGE_FORMAT_VERSION);
    cJSON_AddStringToObject(m, "worksim_version", WORKSIM_VERSION);
    cJSON_AddStringToObject(m, "database_id", db_id);
    add_number(m, "exported_at", util_wall_seconds());
    free(db_id);
    cJSON *learners = cJSON_AddArrayToObject(m, "learners");
    cJSON *runs = cJSON_AddArrayToObject(m, "runs");
    *n_learners = 0;
    for (int i = 0; i < w->n; i++) {
        cJSON_AddItemToArray(runs, cJSON_CreateNumber((double)w->runs[i].id));
        bool seen = false;
        for (int j = 0; j < i && !seen; j++) seen = strcmp(w->runs[j].learner_uid, w->runs[i].learner_uid) == 0;
        if (seen) continue;
        cJSON *l = cJSON_CreateObject();
        cJSON_AddStringToObject(l, "uid", w->runs[i].learner_uid);
        cJSON_AddStringToObject(l, "name", w->runs[i].learner_name);
        cJSON_AddItemToArray(learners, l);
        (*n_learners)++;
    }
    return m;
}

bool exchange_export(Store *st, const char *path, const ExportOptions *o, ExportSummary *sum, char **err)
{
    memset(sum, 0, sizeof *sum);
    *err = NULL;
    StoreRunFilter filter = {
        .learners = o->learners,
        .n_learners = o->n_learners,
        .since = o->since,
        .exclude_demo = !o->include_demo,
    };
    ExportWalk w = {.include_demo = o->include_demo};
    bool ok = store_runs_foreach(st, &filter, export_collect, &w);
    if (!ok) *err = xstrdup(store_errmsg(st));
    cJSON *manifest = ok && w.n > 0 ? export_manifest(st, &w, &sum->learners, err) : NULL;
    BundleWriter *bw = manifest ? bundle_writer_open(path, err) : NULL;
    cJSON *files = manifest ? cJSON_AddObjectToObject(manifest, "files") : NULL;
    ok = bw != NULL;
    for (int i = 0; ok && i < w.n; i++) ok = export_one(st, bw, files, &w.runs[i], &sum->snapshots, err);
    ok = ok && export_json_entry(bw, NULL, "manifest.json", manifest, err);   /* last: it holds the digests */
    if (ok) {
        ok = bundle_writer_commit(bw, err);
        struct stat sb;
        if (ok && stat(path, &sb) == 0) sum->bytes = (size_t)sb.st_size;
    } else {
        bundle_writer_abort(bw);
    }
    if (ok) sum->runs = w.n;
    cJSON_Delete(manifest);
    for (int i = 0; i < w.n; i++) {
        cJSON_Delete(w.runs[i].row);
        free(w.runs[i].learner_uid);
        free(w.runs[i].learner_name);
    }
    free(w.runs);
    return ok;
}
