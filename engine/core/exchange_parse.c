/* exchange_parse.c: reads an export file (exchange_bundle.c) back into runs for the import,
 * refusing the whole file at the first field that is missing, of the wrong type or out of
 * range, so the import never writes half of a damaged or forged file. */
#define _GNU_SOURCE
#include "core/exchange_parse.h"

#include "base/util.h"
#include "core/workspace_snapshot.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Parse failures carry their message here; the first one wins. */
typedef struct ParseCtx {
    const char *path;
    char *err;
} ParseCtx;

static bool parse_fail(ParseCtx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static bool parse_fail(ParseCtx *c, const char *fmt, ...)
{
    if (c->err) return false;
    va_list ap;
    va_start(ap, fmt);
    char *msg = xvasprintf(fmt, ap);
    va_end(ap);
    c->err = xasprintf("%s: not a valid worksim export: %s", c->path, msg);
    free(msg);
    return false;
}

/* The string at key: NULL when absent or null; a failure when of another type or required. */
static const char *field_text(ParseCtx *c, const cJSON *o, const char *where, const char *key, bool required)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    if (cJSON_IsString(v)) return v->valuestring;
    if ((!v || cJSON_IsNull(v)) && !required) return NULL;
    parse_fail(c, "%s: \"%s\" must be %s", where, key, required ? "a string" : "a string or null");
    return NULL;
}

static double field_number(ParseCtx *c, const cJSON *o, const char *where, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    if (cJSON_IsNumber(v) && isfinite(v->valuedouble)) return v->valuedouble;
    parse_fail(c, "%s: \"%s\" must be a number", where, key);
    return 0;
}

static bool is_one_of(const char *s, const char *const *set)
{
    for (; s && *set; set++)
        if (strcmp(s, *set) == 0) return true;
    return false;
}

static cJSON *parse_json_entry(ParseCtx *c, const Bundle *b, const char *name, int type)
{
    const BundleEntry *e = bundle_find(b, name);
    if (!e) {
        parse_fail(c, "%s is missing", name);
        return NULL;
    }
    cJSON *o = cJSON_ParseWithLength(e->data, e->len);
    if (!o || (o->type & 0xff) != type) {
        cJSON_Delete(o);
        parse_fail(c, "%s is not a JSON %s", name, type == cJSON_Array ? "array" : "object");
        return NULL;
    }
    return o;
}

/* ---- one run ---- */

static void parse_results(ParseCtx *c, ParsedRun *r, const char *where)
{
    static const char *const kinds[] = {"check", "rubric", "award", "penalty", "hint", NULL};
    const cJSON *results = cJSON_GetObjectItemCaseSensitive(r->row, "results");
    if (!cJSON_IsArray(results)) {
        parse_fail(c, "%s: \"results\" must be an array", where);
        return;
    }
    r->lines = xcalloc((size_t)cJSON_GetArraySize(results) + 1, sizeof *r->lines);
    const cJSON *l;
    cJSON_ArrayForEach(l, results)
    {
        StoreResultLine *line = &r->lines[r->n_lines++];
        line->kind = field_text(c, l, where, "kind", true);
        line->item_id = field_text(c, l, where, "id", true);
        line->task = field_text(c, l, where, "task", false);
        line->label = field_text(c, l, where, "label", true);
        line->skill = field_text(c, l, where, "skill", false);
        line->points = field_number(c, l, where, "points");
        line->max = field_number(c, l, where, "max");
        line->passed = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(l, "passed"));
        line->feedback = field_text(c, l, where, "feedback", false);
        if (!c->err && !is_one_of(line->kind, kinds)) parse_fail(c, "%s: a result of unknown kind \"%s\"", where, line->kind);
    }
}

static void parse_event_line(ParseCtx *c, ParsedRun *r, const char *line, size_t len, const char *where)
{
    cJSON *o = cJSON_ParseWithLength(line, len);
    if (!cJSON_IsObject(o)) {
        cJSON_Delete(o);
        parse_fail(c, "%s: line %d is not a JSON object", where, r->n_events + 1);
        return;
    }
    cJSON_AddItemToArray(r->event_lines, o);
    StoreEventRow *ev = &r->events[r->n_events++];
    double seq = field_number(c, o, where, "seq");
    ev->seq = (int64_t)seq;
    ev->t_run = field_number(c, o, where, "t_run");
    ev->t_wall = field_number(c, o, where, "t_wall");
    ev->kind = field_text(c, o, where, "kind", true);
    ev->data = field_text(c, o, where, "data", true);
    ev->data_len = ev->data ? strlen(ev->data) : 0;
    ev->hash = field_text(c, o, where, "hash", false);
    if (c->err) return;
    if (seq < 1 || seq > 9007199254740992.0 || (double)ev->seq != seq)
        parse_fail(c, "%s: line %d: \"seq\" must be a positive integer", where, r->n_events);
    else if (!*ev->kind)
        parse_fail(c, "%s: line %d: an event needs a kind", where, r->n_events);
    else if (ev->hash && strlen(ev->hash) != 64)
        parse_fail(c, "%s: line %d: \"hash\" must be 64 hex digits", where, r->n_events);
    else {
        cJSON *data = cJSON_ParseWithLength(ev->data, ev->data_len);
        if (!cJSON_IsObject(data)) parse_fail(c, "%s: line %d: \"data\" is not a JSON object", where, r->n_events);
        cJSON_Delete(data);
    }
}

static void parse_events(ParseCtx *c, const Bundle *b, ParsedRun *r, const char *dir)
{
    char *name = xasprintf("%s/events.jsonl", dir);
    const BundleEntry *e = bundle_find(b, name);
    if (!e) {
        parse_fail(c, "%s is missing", name);
        free(name);
        return;
    }
    size_t lines = 0;
    for (size_t i = 0; i < e->len; i++) lines += e->data[i] == '\n';
    r->events = xcalloc(lines + 1, sizeof *r->events);
    r->event_lines = cJSON_CreateArray();
    for (const char *p = e->data, *end = e->data + e->len; p < end && !c->err;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) {
            parse_fail(c, "%s: the last line is cut off (truncated?)", name);
            break;
        }
        parse_event_line(c, r, p, (size_t)(nl - p), name);
        p = nl + 1;
    }
    free(name);
}

static void parse_snapshot(ParseCtx *c, const Bundle *b, ParsedRun *r, const char *dir, const char *where)
{
    const cJSON *snap = cJSON_GetObjectItemCaseSensitive(r->row, "snapshot");
    if (!snap || cJSON_IsNull(snap)) return;
    if (!cJSON_IsObject(snap)) {
        parse_fail(c, "%s: \"snapshot\" must be an object or null", where);
        return;
    }
    r->snapshot_format = field_text(c, snap, where, "format", false);
    r->snapshot_sha256 = field_text(c, snap, where, "sha256", false);
    r->snapshot_missing = field_text(c, snap, where, "missing", false);
    const cJSON *taken = cJSON_GetObjectItemCaseSensitive(snap, "taken_at");
    r->snapshot_taken_at = cJSON_IsNumber(taken) && isfinite(taken->valuedouble) ? taken->valuedouble : 0;
    if (c->err || !r->snapshot_format) return;
    if (strspn(r->snapshot_format, "abcdefghijklmnopqrstuvwxyz.") != strlen(r->snapshot_format)) {
        parse_fail(c, "%s: snapshot format \"%.40s\" is not a plain name", where, r->snapshot_format);
        return;
    }
    char *name = xasprintf("%s/snapshot.%s", dir, r->snapshot_format);
    r->snapshot = bundle_find(b, name);
    if (!r->snapshot) parse_fail(c, "%s is missing", name);
    free(name);
}

static void parse_run(ParseCtx *c, const Bundle *b, const cJSON *manifest, ParsedRun *r, long long id)
{
    static const char *const outcomes[] = {"passed", "failed", "incomplete", "infra_error", NULL};
    static const char *const modes[] = {"play", "run", "grade", "demo", NULL};
    char *dir = xasprintf("runs/%lld", id);
    char *where = xasprintf("%s/run.json", dir);
    r->row = parse_json_entry(c, b, where, cJSON_Object);
    if (r->row) {
        StoreImportedRun *i = &r->info;
        r->learner_uid = field_text(c, r->row, where, "learner_uid", true);
        i->scenario_id = field_text(c, r->row, where, "scenario_id", true);
        i->scenario_title = field_text(c, r->row, where, "scenario_title", false);
        i->scenario_hash = field_text(c, r->row, where, "scenario_hash", false);
        i->scenario_version = field_text(c, r->row, where, "scenario_version", false);
        i->mode = field_text(c, r->row, where, "mode", true);
        i->sandbox = field_text(c, r->row, where, "sandbox", false);
        i->llm = field_text(c, r->row, where, "llm", false);
        i->started_at = field_number(c, r->row, where, "started_at");
        i->ended_at = field_number(c, r->row, where, "ended_at");
        i->outcome = field_text(c, r->row, where, "outcome", true);
        i->score = field_number(c, r->row, where, "score");
        i->max = field_number(c, r->row, where, "max");
        i->percent = field_number(c, r->row, where, "percent");
        i->reason = field_text(c, r->row, where, "reason", false);
        i->source_db = field_text(c, r->row, where, "source_db", true);
        i->source_run = (int64_t)field_number(c, r->row, where, "source_run");
        if (!c->err && !is_one_of(i->outcome, outcomes)) parse_fail(c, "%s: unknown outcome \"%s\"", where, i->outcome);
        if (!c->err && !is_one_of(i->mode, modes)) parse_fail(c, "%s: unknown mode \"%s\"", where, i->mode);
        if (!c->err && (!*i->source_db || i->source_run < 1)) parse_fail(c, "%s: no source database or run id", where);
        const cJSON *l;
        cJSON_ArrayForEach(l, cJSON_GetObjectItemCaseSensitive(manifest, "learners"))
        {
            if (r->learner_uid && cJSON_IsString(cJSON_GetObjectItemCaseSensitive(l, "uid")) &&
                strcmp(cJSON_GetObjectItemCaseSensitive(l, "uid")->valuestring, r->learner_uid) == 0)
                r->learner_name = field_text(c, l, "manifest.json", "name", true);
        }
        if (!c->err && !r->learner_name) parse_fail(c, "%s: its learner is not in the manifest", where);
    }
    if (!c->err) parse_results(c, r, where);
    if (!c->err) parse_events(c, b, r, dir);
    if (!c->err) parse_snapshot(c, b, r, dir, where);
    free(where);
    free(dir);
}

/* ---- the file ---- */

/* Every entry but the manifest is listed in its "files" with its SHA-256, and matches it:
 * damage inside the archive (which zstd alone would not notice) refuses the file. */
static void check_digests(ParseCtx *c, const ParsedExport *px)
{
    const cJSON *files = cJSON_GetObjectItemCaseSensitive(px->manifest, "files");
    if (!cJSON_IsObject(files)) {
        parse_fail(c, "manifest.json: \"files\" must be an object");
        return;
    }
    for (size_t i = 0; i < px->bundle.n; i++) {
        const BundleEntry *e = &px->bundle.entries[i];
        if (strcmp(e->name, "manifest.json") == 0) continue;
        const char *want = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(files, e->name));
        char sha[65];
        workspace_snapshot_sha256(e->data, e->len, sha);
        if (!want || strcmp(want, sha) != 0) {
            free(c->err);
            c->err = xasprintf("%s: corrupt: %s %s", c->path, e->name,
                               want ? "does not match its checksum" : "is not listed in the manifest");
            return;
        }
    }
    if (cJSON_GetArraySize(files) != (int)px->bundle.n - 1)
        parse_fail(c, "manifest.json: lists files the archive does not hold (truncated?)");
}

static void parse_manifest(ParseCtx *c, ParsedExport *px)
{
    px->manifest = parse_json_entry(c, &px->bundle, "manifest.json", cJSON_Object);
    if (!px->manifest) return;
    const char *format = field_text(c, px->manifest, "manifest.json", "format", true);
    if (c->err) return;
    if (strcmp(format, EXCHANGE_FORMAT) != 0) {
        parse_fail(c, "manifest.json: format \"%s\", expected \"%s\"", format, EXCHANGE_FORMAT);
        return;
    }
    double version = field_number(c, px->manifest, "manifest.json", "format_version");
    if (!c->err && version > EXCHANGE_FORMAT_VERSION) {
        free(c->err);
        c->err = xasprintf("%s: written by a newer worksim (export format %g, this one reads %d): upgrade worksim",
                           c->path, version, EXCHANGE_FORMAT_VERSION);
        return;
    }
    px->database_id = field_text(c, px->manifest, "manifest.json", "database_id", true);
    const cJSON *learners = cJSON_GetObjectItemCaseSensitive(px->manifest, "learners");
    const cJSON *runs = cJSON_GetObjectItemCaseSensitive(px->manifest, "runs");
    if (!c->err && (!cJSON_IsArray(learners) || !cJSON_IsArray(runs)))
        parse_fail(c, "manifest.json: \"learners\" and \"runs\" must be arrays");
    if (!c->err) check_digests(c, px);
}

bool exchange_parse(const char *path, ParsedExport *out, char **err)
{
    memset(out, 0, sizeof *out);
    if (!bundle_read(path, &out->bundle, err)) return false;
    ParseCtx c = {.path = path};
    parse_manifest(&c, out);
    const cJSON *runs = out->manifest ? cJSON_GetObjectItemCaseSensitive(out->manifest, "runs") : NULL;
    if (!c.err) out->runs = xcalloc((size_t)cJSON_GetArraySize(runs) + 1, sizeof *out->runs);
    const cJSON *id;
    cJSON_ArrayForEach(id, runs)
    {
        if (c.err) break;
        if (!cJSON_IsNumber(id) || id->valuedouble < 1 || id->valuedouble != (double)(long long)id->valuedouble) {
            parse_fail(&c, "manifest.json: \"runs\" must list run ids");
            break;
        }
        parse_run(&c, &out->bundle, out->manifest, &out->runs[out->n_runs++], (long long)id->valuedouble);
    }
    if (c.err) {
        *err = c.err;
        exchange_parse_free(out);
        return false;
    }
    return true;
}

void exchange_parse_free(ParsedExport *px)
{
    for (int i = 0; i < px->n_runs; i++) {
        cJSON_Delete(px->runs[i].row);
        cJSON_Delete(px->runs[i].event_lines);
        free(px->runs[i].lines);
        free(px->runs[i].events);
    }
    free(px->runs);
    cJSON_Delete(px->manifest);
    bundle_free(&px->bundle);
    memset(px, 0, sizeof *px);
}
