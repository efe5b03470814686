/* test_mastery.c: per-skill mastery (core/mastery.c) computed from runs stored in a real
 * sqlite file through the store's own writers: a hand-computed value for one run, a better run
 * raising mastery, demo and infra_error runs changing nothing, recent runs weighing more, a
 * harder level moving further, points and max summed over the lines of a skill. */
#define _POSIX_C_SOURCE 200809L
#include "testlib.h"

#include "core/mastery.h"
#include "store/store.h"
#include "base/util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static Store *fresh_store(const char *name)
{
    char *path = xasprintf("%s/%s.db", testlib_temp_dir(), name);
    char *err = NULL;
    Store *st = store_open(path, &err);
    if (!st) fprintf(stderr, "store_open: %s\n", err ? err : "?");
    free(err);
    free(path);
    return st;
}

/* Scenario ids of the fixtures say their level: "intro-x", "junior-x", "mid-x". */
static const char *level_from_id(void *ud, const char *scenario_id)
{
    (void)ud;
    static const char *const LEVELS[] = {"intro", "junior", "mid"};
    for (int i = 0; i < 3; i++)
        if (strncmp(scenario_id, LEVELS[i], strlen(LEVELS[i])) == 0) return LEVELS[i];
    return NULL;
}

/* Stores one finished run of learner with a git line scoring git_points of 10 and an untagged
 * line (never counted), with the given mode and outcome. */
static void store_run(Store *st, const char *learner, const char *scenario, const char *mode, const char *outcome,
                      double git_points)
{
    StoreRunInfo info = {.scenario_id = scenario, .scenario_title = scenario, .learner = learner, .mode = mode,
                         .sandbox = "ns", .llm = "scripted"};
    int64_t id = store_run_begin(st, &info);
    REQUIRE(id > 0);
    StoreResultLine lines[] = {
        {.kind = "check", .item_id = "g", .label = "git", .skill = "git", .points = git_points, .max = 10,
         .passed = git_points >= 10},
        {.kind = "rubric", .item_id = "u", .label = "untagged", .points = 0, .max = 50},
        {.kind = "hint", .item_id = "h", .label = "hint", .skill = "git", .points = -5, .max = 0},
    };
    double percent = git_points / 60 * 100;
    StoreRunOutcome out = {.outcome = outcome, .score = git_points, .max = 60, .percent = percent, .reason = "finished"};
    REQUIRE(store_run_finish(st, id, &out, lines, 3));
}

static double git_mastery(Store *st, const char *learner, int *runs)
{
    LearnerMastery m;
    char *err = NULL;
    if (!mastery_compute(st, learner, level_from_id, NULL, &m, &err)) {
        testlib_fail(__FILE__, __LINE__, "mastery_compute: %s", err ? err : "?");
        free(err);
        return -1;
    }
    const SkillMastery *g = learner_mastery_find(&m, "git");
    double value = g ? g->mastery : -1;
    if (runs) *runs = g ? g->runs : 0;
    learner_mastery_clear(&m);
    return value;
}

static void test_mastery_one_junior_run_matches_hand_computed_value(void)
{
    Store *st = fresh_store("hand");
    REQUIRE(st);
    store_run(st, "ana", "junior-a", "run", "passed", 10);
    /* theta = -1 + 1.5 * (1 - sigmoid(-1)) = 0.0965888; mastery = sigmoid(theta) = 0.524128 */
    int runs = 0;
    double m = git_mastery(st, "ana", &runs);
    CHECK(fabs(m - 0.524128) < 1e-5);
    CHECK_INT_EQ(runs, 1);
    /* then half the points on a mid scenario: theta += 1.5 * (0.5 - sigmoid(theta - 1)) */
    store_run(st, "ana", "mid-b", "play", "failed", 5);
    double theta = 0.0965888 + 1.5 * (0.5 - 1 / (1 + exp(-(0.0965888 - 1))));
    CHECK(fabs(git_mastery(st, "ana", &runs) - 1 / (1 + exp(-theta))) < 1e-5);
    CHECK_INT_EQ(runs, 2);
    store_close(st);
}

static void test_mastery_better_run_raises_mastery(void)
{
    Store *st = fresh_store("better");
    REQUIRE(st);
    store_run(st, "ben", "junior-a", "run", "failed", 4);
    store_run(st, "cleo", "junior-a", "run", "failed", 4);
    double before = git_mastery(st, "ben", NULL);
    store_run(st, "ben", "junior-a", "run", "passed", 9);
    store_run(st, "cleo", "junior-a", "run", "failed", 1);
    double better = git_mastery(st, "ben", NULL), worse = git_mastery(st, "cleo", NULL);
    CHECK(better > before);
    CHECK(worse < before);
    CHECK(better > worse);
    store_close(st);
}

static void test_mastery_demo_and_infra_error_runs_change_nothing(void)
{
    Store *st = fresh_store("demo");
    REQUIRE(st);
    store_run(st, "dan", "junior-a", "run", "failed", 3);
    int runs = 0;
    double before = git_mastery(st, "dan", &runs);
    store_run(st, "dan", "junior-a", "demo", "passed", 10);
    store_run(st, "dan", "mid-a", "play", "infra_error", 10);
    int runs_after = 0;
    CHECK(git_mastery(st, "dan", &runs_after) == before);
    CHECK_INT_EQ(runs_after, runs);
    /* the same run in a mode that counts does move it */
    store_run(st, "dan", "junior-a", "grade", "passed", 10);
    CHECK(git_mastery(st, "dan", NULL) > before);
    store_close(st);
}

static void test_mastery_recent_runs_weigh_more(void)
{
    Store *st = fresh_store("recent");
    REQUIRE(st);
    store_run(st, "improving", "junior-a", "run", "failed", 2);
    store_run(st, "improving", "junior-a", "run", "passed", 9);
    store_run(st, "slipping", "junior-a", "run", "passed", 9);
    store_run(st, "slipping", "junior-a", "run", "failed", 2);
    double improving = git_mastery(st, "improving", NULL), slipping = git_mastery(st, "slipping", NULL);
    CHECK(improving > slipping);
    /* the latest run sets the trend sign */
    LearnerMastery m;
    char *err = NULL;
    REQUIRE(mastery_compute(st, "slipping", level_from_id, NULL, &m, &err));
    REQUIRE(m.n_skills == 1);
    CHECK(m.skills[0].mastery < m.skills[0].before_last);
    learner_mastery_clear(&m);
    store_close(st);
}

static void test_mastery_harder_level_moves_further(void)
{
    Store *st = fresh_store("level");
    REQUIRE(st);
    store_run(st, "easy", "intro-a", "run", "passed", 8);
    store_run(st, "hard", "mid-a", "run", "passed", 8);
    CHECK(git_mastery(st, "hard", NULL) > git_mastery(st, "easy", NULL));
    /* failing an easy scenario costs more than failing a hard one */
    store_run(st, "easy2", "intro-a", "run", "failed", 0);
    store_run(st, "hard2", "mid-a", "run", "failed", 0);
    CHECK(git_mastery(st, "easy2", NULL) < git_mastery(st, "hard2", NULL));
    store_close(st);
}

static void test_mastery_sums_points_and_max_over_a_skills_lines(void)
{
    Store *st = fresh_store("sum");
    REQUIRE(st);
    StoreRunInfo info = {.scenario_id = "junior-a", .learner = "eve", .mode = "run"};
    int64_t id = store_run_begin(st, &info);
    REQUIRE(id > 0);
    StoreResultLine lines[] = {
        {.kind = "check", .item_id = "a", .label = "a", .skill = "sql", .points = 30, .max = 30, .passed = true},
        {.kind = "rubric", .item_id = "b", .label = "b", .skill = "sql", .points = 0, .max = 10},
        {.kind = "check", .item_id = "c", .label = "c", .skill = "shell", .points = 0, .max = 20},
    };
    StoreRunOutcome out = {.outcome = "failed", .score = 30, .max = 60, .percent = 50};
    REQUIRE(store_run_finish(st, id, &out, lines, 3));
    LearnerMastery m;
    char *err = NULL;
    REQUIRE(mastery_compute(st, "eve", level_from_id, NULL, &m, &err));
    REQUIRE(m.n_skills == 2);
    CHECK_STR_EQ(m.skills[0].skill, "shell");   /* sorted by name */
    CHECK_STR_EQ(m.skills[1].skill, "sql");
    CHECK(fabs(m.skills[1].mastery - mastery_from_theta(mastery_theta_update(MASTERY_THETA_START, 0.75, "junior"))) < 1e-12);
    CHECK(fabs(m.skills[0].mastery - mastery_from_theta(mastery_theta_update(MASTERY_THETA_START, 0, "junior"))) < 1e-12);
    CHECK_INT_EQ(m.runs_counted, 1);
    learner_mastery_clear(&m);
    store_close(st);
}

static void test_mastery_unknown_learner_and_open_runs_give_nothing(void)
{
    Store *st = fresh_store("empty");
    REQUIRE(st);
    LearnerMastery m;
    char *err = NULL;
    REQUIRE(mastery_compute(st, "nobody", level_from_id, NULL, &m, &err));
    CHECK_INT_EQ(m.n_skills, 0);
    CHECK_INT_EQ(m.runs_counted, 0);
    learner_mastery_clear(&m);
    StoreRunInfo info = {.scenario_id = "junior-a", .learner = "fay", .mode = "play"};
    REQUIRE(store_run_begin(st, &info) > 0);   /* still open: no outcome, never counted */
    REQUIRE(mastery_compute(st, "fay", level_from_id, NULL, &m, &err));
    CHECK_INT_EQ(m.runs_counted, 0);
    learner_mastery_clear(&m);
    store_close(st);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_mastery_one_junior_run_matches_hand_computed_value),
        TEST_CASE(test_mastery_better_run_raises_mastery),
        TEST_CASE(test_mastery_demo_and_infra_error_runs_change_nothing),
        TEST_CASE(test_mastery_recent_runs_weigh_more),
        TEST_CASE(test_mastery_harder_level_moves_further),
        TEST_CASE(test_mastery_sums_points_and_max_over_a_skills_lines),
        TEST_CASE(test_mastery_unknown_learner_and_open_runs_give_nothing),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
