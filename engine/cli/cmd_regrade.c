/* cmd_regrade.c: `worksim regrade RUN_ID... | --scenario ID [--json]` (DESIGN §9): grades
 * stored runs again from their final workspace snapshots with the current version of their
 * scenario (headless/regrade.h), keeping old and new side by side: each regrade is stored as
 * a run of mode regrade pointing at the old run, which stays as it was. One run that cannot
 * be regraded (no snapshot, no such run) is one line on stderr; the others still are. */
#define _GNU_SOURCE
#include "cli/cli.h"

#include "base/text_safe.h"
#include "base/util.h"
#include "headless/regrade.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char REGRADE_HELP[] =
    "usage: worksim regrade RUN_ID... | --scenario ID [--json] [--sandbox auto|vm|ns]\n"
    "Grades stored runs again with the current version of their scenario, from the final\n"
    "workspace each run stored: every task submitted in order, the checks, the reviews (the\n"
    "scripted rule: approved when every check passes) and on_finish. The old run's hints, and\n"
    "the awards and penalties its session earned, count again; its rubric lines are carried\n"
    "over unchanged and marked as carried (their judges read the conversation, which a regrade\n"
    "cannot replay). The new result is stored as a run of mode regrade linked to the old one,\n"
    "which is kept; regrade runs never count as attempts in progress or reports.\n"
    "  --scenario ID    every finished run of scenario ID (not demo or regrade runs)\n"
    "  --json           [{\"run_id\", \"scenario\", \"learner\", \"old\": {\"outcome\", \"score\", \"max\",\n"
    "                   \"percent\", \"version\"}, \"new\": {... + \"run_id\"}, \"changes\": [{\"kind\", \"id\",\n"
    "                   \"task\", \"label\", \"old\", \"new\", \"feedback\"}], \"carried\": [rubric ids]}];\n"
    "                   a run that could not be regraded is {\"run_id\", \"error\"}\n"
    "exit: 0 every run regraded; 2 bad usage or a run that cannot be regraded (no snapshot, no\n"
    "such run, its scenario not found); 3 infrastructure error (a sandbox, the database)\n";

typedef struct RegradeArgs {
    int64_t *ids;
    int n_ids;
    const char *scenario;
    bool json;
    SandboxBackend sandbox;
} RegradeArgs;

static bool parse_run_id(const char *text, int64_t *out)
{
    char *end = NULL;
    long long v = strtoll(text, &end, 10);
    if (!*text || !end || *end || v <= 0) return false;
    *out = v;
    return true;
}

/* -1 to go on, else the exit code. */
static int parse_regrade_args(int argc, char **argv, RegradeArgs *a)
{
    a->ids = xcalloc((size_t)argc + 1, sizeof *a->ids);
    for (int i = 0; i < argc; i++) {
        const char *o = argv[i];
        if (strcmp(o, "--help") == 0 || strcmp(o, "-h") == 0) {
            fputs(REGRADE_HELP, stdout);
            return EXIT_OK;
        } else if (strcmp(o, "--json") == 0) {
            a->json = true;
        } else if (strcmp(o, "--scenario") == 0 || strcmp(o, "--sandbox") == 0) {
            if (i + 1 >= argc) {
                cli_usage_error("regrade", "%s needs a value", o);
                return EXIT_USAGE;
            }
            const char *v = argv[++i];
            if (o[2] == 's' && o[3] == 'c') {
                a->scenario = v;
            } else if (!cli_parse_sandbox(v, &a->sandbox)) {
                cli_usage_error("regrade", "--sandbox: expected auto, vm or ns, got '%s'", v);
                return EXIT_USAGE;
            }
        } else if (!parse_run_id(o, &a->ids[a->n_ids])) {
            cli_usage_error("regrade", "expected a run id (a positive whole number) or an option, got '%s'", o);
            return EXIT_USAGE;
        } else {
            a->n_ids++;
        }
    }
    if ((a->n_ids > 0) == (a->scenario != NULL)) {
        cli_usage_error("regrade", "%s", a->scenario ? "RUN_ID and --scenario: pick one" : "missing RUN_ID or --scenario ID");
        return EXIT_USAGE;
    }
    return -1;
}

/* ---- which runs ---- */

static bool on_scenario_run(void *ud, const StoreRunRow *r)
{
    RegradeArgs *a = ud;
    if (r->ended_at <= 0 || !r->outcome) return true;   /* still open */
    a->ids = xrealloc(a->ids, (size_t)(a->n_ids + 1) * sizeof *a->ids);
    a->ids[a->n_ids++] = r->id;
    return true;
}

static bool on_run_scenario(void *ud, const StoreRunRow *r)
{
    *(char **)ud = xstrdup(r->scenario_id);
    return false;
}

/* ---- output ---- */

static cJSON *score_json(const RegradeScore *s)
{
    cJSON *o = cJSON_CreateObject();
    if (s->outcome) cJSON_AddStringToObject(o, "outcome", s->outcome);
    else cJSON_AddNullToObject(o, "outcome");
    cJSON_AddNumberToObject(o, "score", s->score);
    cJSON_AddNumberToObject(o, "max", s->max);
    cJSON_AddNumberToObject(o, "percent", s->percent);
    if (s->version) cJSON_AddStringToObject(o, "version", s->version);
    else cJSON_AddNullToObject(o, "version");
    return o;
}

static void add_points_or_null(cJSON *o, const char *name, bool present, double points)
{
    if (present) cJSON_AddNumberToObject(o, name, points);
    else cJSON_AddNullToObject(o, name);
}

static cJSON *result_json(const RegradeResult *r, bool done)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "run_id", (double)r->run_id);
    if (!done) {
        cJSON_AddStringToObject(o, "error", r->error ? r->error : "not regraded");
        return o;
    }
    cJSON_AddStringToObject(o, "scenario", r->scenario_id);
    if (r->learner) cJSON_AddStringToObject(o, "learner", r->learner);
    else cJSON_AddNullToObject(o, "learner");
    cJSON_AddItemToObject(o, "old", score_json(&r->old_score));
    cJSON *now = score_json(&r->new_score);
    cJSON_AddNumberToObject(now, "run_id", (double)r->new_run_id);
    cJSON_AddItemToObject(o, "new", now);
    cJSON *changes = cJSON_AddArrayToObject(o, "changes");
    for (int i = 0; i < r->n_changes; i++) {
        const RegradeChange *c = &r->changes[i];
        cJSON *l = cJSON_CreateObject();
        cJSON_AddStringToObject(l, "kind", c->kind);
        cJSON_AddStringToObject(l, "id", c->id);
        if (c->task) cJSON_AddStringToObject(l, "task", c->task);
        else cJSON_AddNullToObject(l, "task");
        cJSON_AddStringToObject(l, "label", c->label);
        add_points_or_null(l, "old", c->in_old, c->old_points);
        add_points_or_null(l, "new", c->in_new, c->new_points);
        if (c->feedback) cJSON_AddStringToObject(l, "feedback", c->feedback);
        else cJSON_AddNullToObject(l, "feedback");
        cJSON_AddItemToArray(changes, l);
    }
    cJSON *carried = cJSON_AddArrayToObject(o, "carried");
    for (int i = 0; i < r->n_carried; i++) cJSON_AddItemToArray(carried, cJSON_CreateString(r->carried[i]));
    if (r->error) cJSON_AddStringToObject(o, "error", r->error);
    return o;
}

static void print_points(const char *prefix, bool present, double points)
{
    if (present) printf("%s%g", prefix, points);
    else printf("%s(none)", prefix);
}

static void print_result(const RegradeResult *r)
{
    const RegradeScore *o = &r->old_score, *n = &r->new_score;
    text_fprintf_terminal(stdout, "run %lld (%s, %s): %s %g/%g (%.0f%%) -> %s %g/%g (%.0f%%), stored as run %lld\n",
                          (long long)r->run_id, r->scenario_id, r->learner ? r->learner : "?", o->outcome ? o->outcome : "?",
                          o->score, o->max, o->percent, n->outcome, n->score, n->max, n->percent, (long long)r->new_run_id);
    text_fprintf_terminal(stdout, "  version %s -> %s\n", o->version ? o->version : "(unknown)", n->version ? n->version : "(unknown)");
    if (r->n_changes == 0) printf("  no line changed\n");
    for (int i = 0; i < r->n_changes; i++) {
        const RegradeChange *c = &r->changes[i];
        text_fprintf_terminal(stdout, "  %s %s%s%s:", c->kind, c->task ? c->task : "", c->task ? "/" : "", c->id);
        print_points(" ", c->in_old, c->old_points);
        print_points(" -> ", c->in_new, c->new_points);
        if (c->feedback && c->in_new && !c->new_passed) text_fprintf_terminal(stdout, " (%.160s)", c->feedback);
        printf("\n");
    }
    for (int i = 0; i < r->n_carried; i++)
        text_fprintf_terminal(stdout, "  rubric %s: carried over from run %lld (its judge reads the conversation, "
                                      "which a regrade cannot replay)\n", r->carried[i], (long long)r->run_id);
    if (r->error) text_fprintf_terminal(stdout, "  %s\n", r->error);
}

/* ---- running ---- */

/* The scenario folder of run_id's scenario on the search path; NULL + *result set. */
static char *scenario_dir_of(CliContext *ctx, Store *st, int64_t run_id, RegradeResult *result)
{
    char *scenario = NULL;
    StoreRunFilter one = {.run_id = run_id};
    if (!store_runs_foreach(st, &one, on_run_scenario, &scenario)) {
        result->error = xasprintf("run %lld: %s", (long long)run_id, store_errmsg(st));
        result->infra = true;
        return NULL;
    }
    if (!scenario) {
        result->error = xasprintf("run %lld: no such run", (long long)run_id);
        return NULL;
    }
    char *err = NULL;
    char *dir = scenario_resolve(scenario, (const char *const *)ctx->scenario_path, &err);
    if (!dir) result->error = xasprintf("run %lld: scenario '%s': %s", (long long)run_id, scenario, err ? err : "not found");
    free(err);
    free(scenario);
    return dir;
}

static int regrade_one(CliContext *ctx, Store *st, const RegradeArgs *a, int64_t run_id, cJSON *json_out)
{
    RegradeResult r = {.run_id = run_id};
    bool done = false;
    char *dir = scenario_dir_of(ctx, st, run_id, &r);
    if (dir) {
        RegradeOptions opts = {.store = st, .scenario_dir = dir, .backend = a->sandbox};
        done = regrade_run(&opts, run_id, &r);
    }
    if (json_out) cJSON_AddItemToArray(json_out, result_json(&r, done));
    if (done && !a->json) print_result(&r);
    if (!done) text_fprintf_terminal(stderr, "worksim regrade: %s\n", r.error ? r.error : "not regraded");
    int rc = r.infra ? EXIT_INFRA : !done ? EXIT_USAGE : EXIT_OK;
    regrade_result_clear(&r);
    free(dir);
    return rc;
}

int cmd_regrade(CliContext *ctx, int argc, char **argv)
{
    RegradeArgs a = {0};
    int rc = parse_regrade_args(argc, argv, &a);
    if (rc >= 0) {
        free(a.ids);
        return rc;
    }
    Store *st = cli_open_store(ctx, true, &rc);
    if (!st) {
        free(a.ids);
        return rc;
    }
    rc = EXIT_OK;
    if (a.scenario) {
        StoreRunFilter filter = {.scenario_id = a.scenario, .exclude_demo = true};
        if (!store_runs_foreach(st, &filter, on_scenario_run, &a)) {
            fprintf(stderr, "worksim regrade: %s\n", store_errmsg(st));
            rc = EXIT_INFRA;
        } else if (a.n_ids == 0) {
            text_fprintf_terminal(stderr, "worksim regrade: no finished run of scenario '%s' is stored\n", a.scenario);
            rc = EXIT_USAGE;
        }
    }
    cJSON *json = a.json ? cJSON_CreateArray() : NULL;
    for (int i = 0; i < a.n_ids; i++) {
        int one = regrade_one(ctx, st, &a, a.ids[i], json);
        if (one > rc) rc = one;
    }
    if (json) {
        char *text = cli_json_text(json);
        printf("%s\n", text);
        free(text);
        cJSON_Delete(json);
    }
    store_close(st);
    free(a.ids);
    return rc;
}
