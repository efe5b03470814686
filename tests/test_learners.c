/* test_learners.c: `worksim learners` and `report --cohort` as an instructor uses them
 * (DESIGN §9, issue 13): cohorts select runs (repeatable), a rename keeps the uid, a merge
 * moves runs and cohorts and leaves the old uid as an alias, and refused changes exit 2 and
 * change nothing. Runs are written through the real store; the real binary reads them. */
#define _GNU_SOURCE
#include "testlib.h"

#include "store/store.h"
#include "base/util.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* worksim --db=db ARGS; exit code, output captured (caller frees). */
static int worksim_on(const char *db, const char *const *args, char **out, char **err)
{
    const char *argv[16];
    char *dbarg = xasprintf("--db=%s", db);
    int n = 0;
    argv[n++] = dbarg;
    for (; *args && n < 15; args++) argv[n++] = *args;
    argv[n] = NULL;
    int rc = testlib_run_worksim(argv, NULL, out, err);
    free(dbarg);
    return rc;
}

/* A finished run of learner in scenario; false when the store refused it. */
static bool stored_run(Store *st, const char *learner, const char *scenario, double percent)
{
    StoreRunInfo info = {.scenario_id = scenario, .learner = learner, .mode = "run", .sandbox = "ns", .llm = "scripted"};
    int64_t id = store_run_begin(st, &info);
    StoreRunOutcome o = {percent >= 70 ? "passed" : "failed", percent, 100, percent, "finished"};
    return id > 0 && store_run_finish(st, id, &o, NULL, 0);
}

/* Runs selected by report --format json with args after it; -exit code when none. */
static int reported_runs(const char *db, const char *const *filters)
{
    const char *args[12] = {"report", "--format", "json"};
    int n = 3;
    for (; *filters && n < 11; filters++) args[n++] = *filters;
    args[n] = NULL;
    char *out = NULL, *err = NULL;
    int rc = worksim_on(db, args, &out, &err);
    cJSON *arr = rc == 0 ? cJSON_Parse(out) : NULL;
    int runs = rc == 0 ? (arr ? cJSON_GetArraySize(arr) : -100) : -rc;
    cJSON_Delete(arr);
    free(out), free(err);
    return runs;
}

/* The learners list as JSON (caller deletes). */
static cJSON *learners_json(const char *db)
{
    char *out = NULL, *err = NULL;
    int rc = worksim_on(db, (const char *[]){"learners", "list", "--json", NULL}, &out, &err);
    cJSON *arr = rc == 0 ? cJSON_Parse(out) : NULL;
    free(out), free(err);
    return arr;
}

static const cJSON *learner_named(const cJSON *arr, const char *name)
{
    const cJSON *l;
    cJSON_ArrayForEach(l, arr) if (strcmp(cJSON_GetStringValue(cJSON_GetObjectItem(l, "name")), name) == 0) return l;
    return NULL;
}

static char *cohort_fixture(void)
{
    static int made;
    char *db = xasprintf("%s/learners-%d.db", testlib_temp_dir(), ++made);
    Store *st = store_open(db, NULL);
    if (!st) return db;
    CHECK(stored_run(st, "ana", "first-bugfix", 100));
    CHECK(stored_run(st, "ana", "log-detective", 40));
    CHECK(stored_run(st, "bob", "first-bugfix", 80));
    CHECK(stored_run(st, "cem", "first-bugfix", 20));
    CHECK(stored_run(st, "bobby", "first-bugfix", 90));
    store_close(st);
    return db;
}

static void test_cohorts_select_runs_in_reports(void)
{
    char *db = cohort_fixture();
    char *out = NULL, *err = NULL;
    CHECK_INT_EQ(worksim_on(db, (const char *[]){"learners", "cohort", "spring", "ana", "bob", NULL}, &out, &err), 0);
    free(out), free(err);
    CHECK_INT_EQ(worksim_on(db, (const char *[]){"learners", "cohort", "autumn", "cem", "dana", NULL}, &out, &err), 0);
    free(out), free(err);
    CHECK_INT_EQ(reported_runs(db, (const char *[]){"--cohort", "spring", NULL}), 3);
    CHECK_INT_EQ(reported_runs(db, (const char *[]){"--cohort", "autumn", NULL}), 1);
    CHECK_INT_EQ(reported_runs(db, (const char *[]){"--cohort", "spring", "--cohort", "autumn", NULL}), 4);
    CHECK_INT_EQ(reported_runs(db, (const char *[]){"--cohort", "spring", "--scenario", "log-detective", NULL}), 1);
    CHECK_INT_EQ(reported_runs(db, (const char *[]){"--cohort", "nobody", NULL}), -1);   /* empty: exit 1 */

    cJSON *arr = learners_json(db);
    REQUIRE(arr);
    CHECK_INT_EQ(cJSON_GetArraySize(arr), 5);     /* dana was created by the cohort */
    const cJSON *ana = learner_named(arr, "ana"), *dana = learner_named(arr, "dana");
    REQUIRE(ana && dana);
    CHECK_INT_EQ(cJSON_GetObjectItem(ana, "runs")->valuedouble, 2);
    CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetArrayItem(cJSON_GetObjectItem(ana, "cohorts"), 0)), "spring");
    CHECK_INT_EQ(cJSON_GetObjectItem(dana, "runs")->valuedouble, 0);
    cJSON_Delete(arr);
    free(db);
}

static void test_rename_keeps_the_uid_and_merge_moves_everything(void)
{
    char *db = cohort_fixture();
    char *out = NULL, *err = NULL;
    CHECK_INT_EQ(worksim_on(db, (const char *[]){"learners", "cohort", "spring", "bobby", NULL}, &out, &err), 0);
    free(out), free(err);
    cJSON *before = learners_json(db);
    REQUIRE(before);
    char *ana_uid = xstrdup(cJSON_GetStringValue(cJSON_GetObjectItem(learner_named(before, "ana"), "uid")));
    char *bobby_uid = xstrdup(cJSON_GetStringValue(cJSON_GetObjectItem(learner_named(before, "bobby"), "uid")));
    cJSON_Delete(before);

    CHECK_INT_EQ(worksim_on(db, (const char *[]){"learners", "rename", "ana", "Ana Lima", NULL}, &out, &err), 0);
    free(out), free(err);
    CHECK_INT_EQ(worksim_on(db, (const char *[]){"learners", "merge", "bobby", "bob", NULL}, &out, &err), 0);
    free(out), free(err);

    cJSON *after = learners_json(db);
    REQUIRE(after);
    CHECK_INT_EQ(cJSON_GetArraySize(after), 3);
    CHECK(learner_named(after, "ana") == NULL);
    CHECK(learner_named(after, "bobby") == NULL);
    const cJSON *renamed = learner_named(after, "Ana Lima"), *bob = learner_named(after, "bob");
    REQUIRE(renamed && bob);
    CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(renamed, "uid")), ana_uid);
    CHECK_INT_EQ(cJSON_GetObjectItem(bob, "runs")->valuedouble, 2);
    CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetArrayItem(cJSON_GetObjectItem(bob, "cohorts"), 0)), "spring");
    CHECK_INT_EQ(reported_runs(db, (const char *[]){"--learner", "bob", NULL}), 2);
    CHECK_INT_EQ(reported_runs(db, (const char *[]){"--learner", "Ana Lima", NULL}), 2);

    /* The merged learner's uid now finds bob (an import of bobby's runs lands there). */
    Store *st = store_open(db, NULL);
    REQUIRE(st);
    char *bob_uid = xstrdup(cJSON_GetStringValue(cJSON_GetObjectItem(bob, "uid")));
    int64_t bob_id = store_learner_by_uid(st, bob_uid);
    CHECK(bob_id > 0);
    CHECK_INT_EQ(store_learner_by_uid(st, bobby_uid), bob_id);
    CHECK_INT_EQ(store_learner_by_uid(st, "no-such-uid"), 0);
    store_close(st);
    cJSON_Delete(after);
    free(bob_uid), free(ana_uid), free(bobby_uid), free(db);
}

static void expect_refused(const char *db, const char *const *args, const char *needle)
{
    char *out = NULL, *err = NULL;
    CHECK_INT_EQ(worksim_on(db, args, &out, &err), 2);
    CHECK_CONTAINS(err, needle);
    free(out), free(err);
}

static void test_refused_changes_exit_2_and_change_nothing(void)
{
    char *db = cohort_fixture();
    cJSON *before = learners_json(db);
    REQUIRE(before);
    char *before_text = cJSON_PrintUnformatted(before);
    expect_refused(db, (const char *[]){"learners", "rename", "nobody", "x", NULL}, "no learner is called");
    expect_refused(db, (const char *[]){"learners", "rename", "ana", "bob", NULL}, "merge");
    expect_refused(db, (const char *[]){"learners", "rename", "ana", "bad\x1b[2Jname", NULL}, "control characters");
    expect_refused(db, (const char *[]){"learners", "merge", "ana", "ana", NULL}, "into itself");
    expect_refused(db, (const char *[]){"learners", "merge", "ana", "nobody", NULL}, "nobody");
    expect_refused(db, (const char *[]){"learners", "cohort", "spring", NULL}, "at least one learner");
    expect_refused(db, (const char *[]){"learners", "cohort", "spring", "ok", "bad\x07", NULL}, "control characters");
    expect_refused(db, (const char *[]){"learners", "frob", NULL}, "unknown operation");
    cJSON *after = learners_json(db);
    REQUIRE(after);
    char *after_text = cJSON_PrintUnformatted(after);
    CHECK_STR_EQ(after_text, before_text);
    free(before_text), free(after_text);
    cJSON_Delete(before), cJSON_Delete(after);
    free(db);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_cohorts_select_runs_in_reports),
        TEST_CASE(test_rename_keeps_the_uid_and_merge_moves_everything),
        TEST_CASE(test_refused_changes_exit_2_and_change_nothing),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
