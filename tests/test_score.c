/* test_score.c: score sheet totals, clamping, skills and outcomes (DESIGN §7). */
#include "testlib.h"

#include "core/score.h"

#include <string.h>

static void test_score_sums_partial_credit_and_subtracts_hints(void)
{
    ScoreSheet s = {0};
    score_sheet_add(&s, SCORE_CHECK, "tests", "fix", "Tests pass", "testing", 40, 40, true, NULL);
    score_sheet_add(&s, SCORE_CHECK, "commit", "fix", "Committed", "git", 0, 20, false, "no commit");
    score_sheet_add(&s, SCORE_RUBRIC, "comms", NULL, "Told the manager", "communication", 10, 20, false, "late");
    score_sheet_add(&s, SCORE_HINT, "hint-1", "fix", "Hint 1", NULL, -5, 0, false, NULL);
    score_sheet_finalize(&s, 70, false, "finished", false);
    CHECK(s.score == 45);
    CHECK(s.max == 80);
    CHECK(s.percent > 56.2 && s.percent < 56.3);
    CHECK_STR_EQ(s.outcome, "failed");
    score_sheet_clear(&s);
}

static void test_score_awards_cannot_pass_max_and_penalties_cannot_go_below_zero(void)
{
    ScoreSheet s = {0};
    score_sheet_add(&s, SCORE_CHECK, "a", "t", "A", NULL, 10, 10, true, NULL);
    score_sheet_add(&s, SCORE_AWARD, "bonus", NULL, "bonus", NULL, 50, 0, true, NULL);
    score_sheet_finalize(&s, 70, false, "finished", false);
    CHECK(s.score == 10);
    CHECK(s.percent == 100);
    CHECK_STR_EQ(s.outcome, "passed");
    score_sheet_clear(&s);

    score_sheet_add(&s, SCORE_CHECK, "a", "t", "A", NULL, 0, 10, false, NULL);
    score_sheet_add(&s, SCORE_PENALTY, "leak", NULL, "leak", NULL, -30, 0, false, NULL);
    score_sheet_finalize(&s, 70, false, "finished", false);
    CHECK(s.score == 0);
    score_sheet_clear(&s);
}

static void test_score_skills_aggregate_checks_and_rubric(void)
{
    ScoreSheet s = {0};
    score_sheet_add(&s, SCORE_CHECK, "a", "t", "A", "git", 5, 10, false, NULL);
    score_sheet_add(&s, SCORE_CHECK, "b", "t", "B", "git", 10, 10, true, NULL);
    score_sheet_add(&s, SCORE_RUBRIC, "c", NULL, "C", "communication", 3, 5, false, NULL);
    score_sheet_add(&s, SCORE_AWARD, "d", NULL, "D", "git", 4, 0, true, NULL);
    score_sheet_finalize(&s, 70, false, "finished", false);
    REQUIRE(s.n_skills == 2);
    CHECK_STR_EQ(s.skills[0].skill, "git");
    CHECK(s.skills[0].points == 15 && s.skills[0].max == 20);
    CHECK_STR_EQ(s.skills[1].skill, "communication");
    CHECK(s.skills[1].points == 3 && s.skills[1].max == 5);
    score_sheet_clear(&s);
}

static void test_score_outcomes_for_time_out_and_infrastructure(void)
{
    ScoreSheet s = {0};
    score_sheet_add(&s, SCORE_CHECK, "a", "t", "A", NULL, 0, 10, false, NULL);
    score_sheet_finalize(&s, 70, false, "time_limit", false);
    CHECK_STR_EQ(s.outcome, "incomplete");
    score_sheet_finalize(&s, 70, false, "abandoned", false);
    CHECK_STR_EQ(s.outcome, "incomplete");
    score_sheet_finalize(&s, 70, false, "finished", true);
    CHECK_STR_EQ(s.outcome, "infra_error");
    score_sheet_clear(&s);
    score_sheet_add(&s, SCORE_CHECK, "a", "t", "A", NULL, 10, 10, true, NULL);
    score_sheet_finalize(&s, 70, false, "time_limit", false);
    CHECK_STR_EQ(s.outcome, "passed");
    score_sheet_clear(&s);
}

static void test_score_pass_threshold_is_inclusive(void)
{
    ScoreSheet s = {0};
    score_sheet_add(&s, SCORE_CHECK, "a", "t", "A", NULL, 7, 10, false, NULL);
    score_sheet_finalize(&s, 70, false, "finished", false);
    CHECK_STR_EQ(s.outcome, "passed");
    score_sheet_finalize(&s, 71, false, "finished", false);
    CHECK_STR_EQ(s.outcome, "failed");
    score_sheet_clear(&s);
}

static void test_score_review_gate_keeps_a_full_score_from_passing(void)
{
    ScoreSheet s = {0};
    score_sheet_add(&s, SCORE_CHECK, "a", "t", "A", NULL, 10, 10, true, NULL);
    score_sheet_finalize(&s, 70, true, "finished", false);
    CHECK_STR_EQ(s.outcome, "failed");
    CHECK(s.percent == 100);
    score_sheet_finalize(&s, 70, true, "time_limit", false);
    CHECK_STR_EQ(s.outcome, "incomplete");
    score_sheet_finalize(&s, 70, true, "finished", true);
    CHECK_STR_EQ(s.outcome, "infra_error");
    score_sheet_clear(&s);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_score_sums_partial_credit_and_subtracts_hints),
        TEST_CASE(test_score_awards_cannot_pass_max_and_penalties_cannot_go_below_zero),
        TEST_CASE(test_score_skills_aggregate_checks_and_rubric),
        TEST_CASE(test_score_outcomes_for_time_out_and_infrastructure),
        TEST_CASE(test_score_pass_threshold_is_inclusive),
        TEST_CASE(test_score_review_gate_keeps_a_full_score_from_passing),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
