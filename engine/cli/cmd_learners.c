/* cmd_learners.c: `worksim learners [list | rename OLD NEW | merge FROM INTO | cohort NAME
 * LEARNER...]` (DESIGN §9): an instructor's view of who is in the database. A learner keeps
 * their uid across renames and merges, so exports and xAPI statements stay theirs. */
#define _GNU_SOURCE
#include "cli/cli.h"

#include "base/text_safe.h"
#include "base/util.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char LEARNERS_HELP[] =
    "usage: worksim learners [list] [--json]\n"
    "       worksim learners rename OLD NEW\n"
    "       worksim learners merge FROM INTO\n"
    "       worksim learners cohort NAME LEARNER...\n"
    "  list     every learner: name, runs (demos aside), cohorts and the stable id (uid) that\n"
    "           exports and xAPI statements use; --json prints an array of\n"
    "           {\"name\", \"uid\", \"runs\", \"cohorts\": [...]}\n"
    "  rename   gives a learner a new name; their uid and runs stay\n"
    "  merge    makes two records of one person one: FROM's runs and cohorts move to INTO and\n"
    "           FROM is removed (its uid stays known, so an import of FROM's runs lands on INTO)\n"
    "  cohort   puts learners (created when new) into cohort NAME (created when new);\n"
    "           'worksim report --cohort NAME' then selects their runs\n"
    "exit: 0 ok; 2 bad usage or no such learner; 3 a database error\n";

typedef struct ListState {
    bool json;
    cJSON *array;
} ListState;

static bool list_one(void *ud, const StoreLearnerRow *l)
{
    ListState *s = ud;
    if (!s->json) {
        text_fprintf_terminal(stdout, "%-24s %5lld runs  %-20s %s\n", l->name, (long long)l->runs,
                              *l->cohorts ? l->cohorts : "-", l->uid ? l->uid : "");
        return true;
    }
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "name", l->name);
    if (l->uid) cJSON_AddStringToObject(o, "uid", l->uid);
    else cJSON_AddNullToObject(o, "uid");
    cJSON_AddNumberToObject(o, "runs", (double)l->runs);
    cJSON *cohorts = cJSON_AddArrayToObject(o, "cohorts");
    char *names = xstrdup(l->cohorts), *save = NULL;
    for (char *c = strtok_r(names, ",", &save); c; c = strtok_r(NULL, ",", &save))
        cJSON_AddItemToArray(cohorts, cJSON_CreateString(c));
    free(names);
    cJSON_AddItemToArray(s->array, o);
    return true;
}

static int learners_list(Store *st, bool json)
{
    ListState s = {.json = json, .array = json ? cJSON_CreateArray() : NULL};
    int rc = EXIT_OK;
    if (!store_learners_foreach(st, list_one, &s)) {
        fprintf(stderr, "worksim learners: %s\n", store_errmsg(st));
        rc = EXIT_INFRA;
    } else if (json) {
        char *text = cli_json_text(s.array);
        puts(text);
        free(text);
    }
    cJSON_Delete(s.array);
    return rc;
}

static int learner_result_code(Store *st, StoreLearnerResult r)
{
    if (r == STORE_LEARNER_OK) return EXIT_OK;
    text_fprintf_terminal(stderr, "worksim learners: %s\n", store_errmsg(st));
    return r == STORE_LEARNER_DB_ERROR ? EXIT_INFRA : EXIT_USAGE;
}

/* Why op with n words (op included) is not a valid change, or NULL. */
static const char *learners_usage_problem(const char *op, int n, bool json)
{
    if (strcmp(op, "rename") != 0 && strcmp(op, "merge") != 0 && strcmp(op, "cohort") != 0)
        return "unknown operation (expected list, rename, merge or cohort)";
    if (json) return "--json goes with list only";
    if (strcmp(op, "cohort") == 0) return n >= 3 ? NULL : "expected a cohort name and at least one learner";
    return n == 3 ? NULL : "expected two names";
}

/* Applies the change args[0] names (checked by learners_usage_problem). */
static int learners_change(Store *st, int argc, char **argv)
{
    const char *op = argv[0];
    StoreLearnerResult r;
    if (strcmp(op, "rename") == 0) {
        r = store_learner_rename(st, argv[1], argv[2]);
        if (r == STORE_LEARNER_OK) text_fprintf_terminal(stdout, "renamed %s to %s\n", argv[1], argv[2]);
    } else if (strcmp(op, "merge") == 0) {
        r = store_learner_merge(st, argv[1], argv[2]);
        if (r == STORE_LEARNER_OK) text_fprintf_terminal(stdout, "merged %s into %s\n", argv[1], argv[2]);
    } else {
        r = store_cohort_add(st, argv[1], (const char *const *)argv + 2, argc - 2);
        if (r == STORE_LEARNER_OK) text_fprintf_terminal(stdout, "cohort %s: added %d learner%s\n", argv[1], argc - 2,
                                                         argc == 3 ? "" : "s");
    }
    return learner_result_code(st, r);
}

int cmd_learners(CliContext *ctx, int argc, char **argv)
{
    bool json = false;
    int n = 0;
    char **args = xcalloc((size_t)argc + 1, sizeof *args);
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(LEARNERS_HELP, stdout);
            free(args);
            return EXIT_OK;
        }
        if (strcmp(argv[i], "--json") == 0) json = true;
        else args[n++] = argv[i];
    }
    bool list = n == 0 || (n == 1 && strcmp(args[0], "list") == 0);
    const char *problem = list ? NULL : learners_usage_problem(args[0], n, json);
    if (problem) {
        cli_usage_error("learners", "%s: %s", args[0], problem);
        free(args);
        return EXIT_USAGE;
    }
    int rc = EXIT_OK;
    Store *st = cli_open_store(ctx, list, &rc);
    if (st) {
        rc = list ? learners_list(st, json) : learners_change(st, n, args);
        store_close(st);
    }
    free(args);
    return rc;
}
