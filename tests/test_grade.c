/* test_grade.c: `worksim grade` on real submission folders (DESIGN §9, issue 13): a correct
 * and a wrong git workspace of the truth fixture are graded in real sandboxes with --jobs 2
 * and stored as grade-mode runs with the scenario version; a plain file, a folder without
 * .git and one with a 70 MB file are listed as failed without stopping the others (exit 2);
 * --cohort files the graded learners; --format junit reports the graded runs; a machine whose
 * sandbox cannot start grades nothing and says so (exit 3). */
#define _GNU_SOURCE
#include "testlib.h"

#include "base/util.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define TRUTH WORKSIM_TESTS_DIR "/fixtures/runs/truth"

static int sh(const char *cmd)
{
    int status = system(cmd);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* DIR/NAME: the truth workspace as a git repository; fixed: total.sh adds (committed). */
static void git_submission(const char *dir, const char *name, bool fixed)
{
    char *cmd = xasprintf("set -e; cp -r '%s/workspace' '%s/%s'; cd '%s/%s'; git init -q -b main .; git add -A;"
                          " git -c user.name=L -c user.email=l@example.com commit -qm start;%s",
                          TRUTH, dir, name, dir, name,
                          fixed ? " sed -i 's/\\$1 - \\$2/$1 + $2/' total.sh;"
                                  " git -c user.name=L -c user.email=l@example.com commit -qam fix" : "");
    CHECK_INT_EQ(sh(cmd), 0);
    free(cmd);
}

static const cJSON *by_submission(const cJSON *list, const char *suffix)
{
    const cJSON *item;
    cJSON_ArrayForEach(item, list) {
        const char *path = cJSON_GetStringValue(cJSON_GetObjectItem(item, "submission"));
        size_t n = path ? strlen(path) : 0, k = strlen(suffix);
        if (n >= k && strcmp(path + n - k, suffix) == 0) return item;
    }
    return NULL;
}

static const char *error_of(const cJSON *failed, const char *suffix)
{
    return cJSON_GetStringValue(cJSON_GetObjectItem(by_submission(failed, suffix), "error"));
}

static void test_grade_grades_good_and_wrong_work_and_lists_broken_submissions(void)
{
    char *dir = xasprintf("%s/submissions", testlib_temp_dir());
    char *db = xasprintf("%s/grade.db", testlib_temp_dir());
    char *mk = xasprintf("mkdir -p '%s' && echo hi > '%s/carl' && cp -r '%s/workspace' '%s/dan'", dir, dir, TRUTH, dir);
    REQUIRE(sh(mk) == 0);
    free(mk);
    git_submission(dir, "ana", true);
    git_submission(dir, "bob", false);
    git_submission(dir, "eve", true);
    char *big = xasprintf("truncate -s 70M '%s/eve/big.bin'", dir);
    REQUIRE(sh(big) == 0);
    free(big);

    char *dbarg = xasprintf("--db=%s", db);
    char *out = NULL, *err = NULL;
    int rc = testlib_run_worksim((const char *[]){dbarg, "grade", TRUTH, "--submissions", dir, "--jobs", "2",
                                                  "--cohort", "spring", "--json", NULL}, NULL, &out, &err);
    CHECK_INT_EQ(rc, 2);                         /* broken submissions are bad input */
    cJSON *o = cJSON_Parse(out);
    REQUIRE(o);
    CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(o, "scenario")), "truth");
    CHECK(cJSON_GetStringValue(cJSON_GetObjectItem(o, "version")) != NULL);
    const cJSON *graded = cJSON_GetObjectItem(o, "graded"), *failed = cJSON_GetObjectItem(o, "failed");
    CHECK_INT_EQ(cJSON_GetArraySize(graded), 2);
    CHECK_INT_EQ(cJSON_GetArraySize(failed), 3);
    if (cJSON_GetArraySize(failed) != 3) fprintf(stderr, "  grade said: %s\n  stderr: %s\n", out, err);
    const cJSON *ana = by_submission(graded, "/ana"), *bob = by_submission(graded, "/bob");
    REQUIRE(ana && bob);
    CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(ana, "outcome")), "passed");
    CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(ana, "learner")), "ana");
    CHECK_INT_EQ(cJSON_GetNumberValue(cJSON_GetObjectItem(ana, "score")), 20);   /* tests + hidden; no base commit */
    CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(bob, "outcome")), "failed");
    CHECK_INT_EQ(cJSON_GetNumberValue(cJSON_GetObjectItem(bob, "score")), 0);
    CHECK(cJSON_IsArray(cJSON_GetObjectItem(ana, "breakdown")));
    CHECK_CONTAINS(error_of(failed, "/carl"), "not a folder");
    CHECK_CONTAINS(error_of(failed, "/dan"), "not a git repository");
    CHECK_CONTAINS(error_of(failed, "/eve"), "70 MB");
    CHECK_CONTAINS(err, "[5/5]");                 /* progress on stderr */

    char *sql = xasprintf("SELECT count(*) FROM runs WHERE mode = 'grade' AND scenario_version IS NOT NULL"
                          " AND learner_id IN (SELECT id FROM learners WHERE name IN ('ana', 'bob'))");
    char *n = testlib_sql_text(db, sql);
    CHECK_STR_EQ(n, "2");
    free(n), free(sql);
    n = testlib_sql_text(db, "SELECT group_concat(name) FROM (SELECT l.name FROM cohort_members m JOIN learners l"
                             " ON l.id = m.learner_id JOIN cohorts c ON c.id = m.cohort_id WHERE c.name = 'spring'"
                             " ORDER BY l.name)");
    CHECK_STR_EQ(n, "ana,bob");
    free(n);
    cJSON_Delete(o);
    free(out), free(err);

    /* The same graded runs as JUnit: one suite per graded submission. */
    rc = testlib_run_worksim((const char *[]){dbarg, "grade", TRUTH, "--submissions", dir, "--format", "junit", NULL},
                             NULL, &out, &err);
    CHECK_INT_EQ(rc, 2);
    CHECK_CONTAINS(out, "<testsuites");
    int suites = 0;
    for (const char *p = out ? strstr(out, "<testsuite ") : NULL; p; p = strstr(p + 1, "<testsuite ")) suites++;
    CHECK_INT_EQ(suites, 2);
    free(out), free(err);
    free(dbarg), free(db), free(dir);
}

/* The sandbox is proved once before any submission is graded: where it cannot start, every
 * submission is listed as not graded for that reason, nothing is stored, exit 3. */
static void test_grade_without_a_sandbox_grades_nothing_and_exits_3(void)
{
    char *dir = xasprintf("%s/nosandbox", testlib_temp_dir());
    char *db = xasprintf("%s/nosandbox.db", testlib_temp_dir());
    char *mk = xasprintf("mkdir -p '%s'", dir);
    REQUIRE(sh(mk) == 0);
    free(mk);
    git_submission(dir, "ana", true);
    git_submission(dir, "bob", false);
    char *dbarg = xasprintf("--db=%s", db);
    char *out = NULL, *err = NULL;
    int rc = testlib_run_worksim((const char *[]){dbarg, "grade", TRUTH, "--submissions", dir, "--jobs", "2", "--json", NULL},
                                 (const char *[]){"TMPDIR=/nonexistent/worksim-test", NULL}, &out, &err);
    CHECK_INT_EQ(rc, 3);
    cJSON *o = cJSON_Parse(out);
    REQUIRE(o);
    const cJSON *failed = cJSON_GetObjectItem(o, "failed");
    CHECK_INT_EQ(cJSON_GetArraySize(cJSON_GetObjectItem(o, "graded")), 0);
    CHECK_INT_EQ(cJSON_GetArraySize(failed), 2);
    CHECK_CONTAINS(error_of(failed, "/ana"), "the sandbox could not start");
    CHECK_CONTAINS(error_of(failed, "/bob"), "the sandbox could not start");
    CHECK_CONTAINS(err, "nothing was graded");
    if (access(db, F_OK) == 0) {   /* no infra_error run per learner */
        char *n = testlib_sql_text(db, "SELECT count(*) FROM runs");
        CHECK_STR_EQ(n, "0");
        free(n);
    }
    cJSON_Delete(o);
    free(out), free(err), free(dbarg), free(db), free(dir);
}

static void test_grade_usage_errors_exit_2(void)
{
    char *out = NULL, *err = NULL;
    CHECK_INT_EQ(testlib_run_worksim((const char *[]){"grade", TRUTH, NULL}, NULL, &out, &err), 2);
    CHECK_CONTAINS(err, "--submissions");
    free(out), free(err);
    CHECK_INT_EQ(testlib_run_worksim((const char *[]){"grade", TRUTH, "--submissions", "/nonexistent", NULL}, NULL,
                                     &out, &err), 2);
    CHECK_CONTAINS(err, "cannot read");
    free(out), free(err);
    CHECK_INT_EQ(testlib_run_worksim((const char *[]){"grade", TRUTH, "--submissions", "/tmp", "--jobs", "0", NULL},
                                     NULL, &out, &err), 2);
    CHECK_CONTAINS(err, "--jobs");
    free(out), free(err);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_grade_grades_good_and_wrong_work_and_lists_broken_submissions),
        TEST_CASE(test_grade_without_a_sandbox_grades_nothing_and_exits_3),
        TEST_CASE(test_grade_usage_errors_exit_2),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
