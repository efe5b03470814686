/* test_actions.c: the action-script parser (DESIGN §4): `expect` is read and validated (each
 * bad part named by its path), non-finite numbers are refused, and an expectation is judged
 * against an outcome and a percent with a reason when it is not met. */
#include "testlib.h"

#include "headless/actions.h"
#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Writes lua as a script file in the test's temp dir and loads it; *err gets the error. */
static ActionScript *load_text(const char *name, const char *lua, char **err)
{
    char *path = xasprintf("%s/%s", testlib_temp_dir(), name);
    char *werr = NULL;
    if (!util_write_file(path, lua, strlen(lua), &werr)) {
        testlib_fail(__FILE__, __LINE__, "cannot write %s: %s", path, werr);
        free(werr);
        free(path);
        return NULL;
    }
    *err = NULL;
    ActionScript *script = actions_load(path, err);
    free(path);
    return script;
}

static void test_actions_expect_is_read_with_every_part(void)
{
    char *err = NULL;
    ActionScript *s = load_text("full.lua",
                                "return { expect = { outcome = 'failed', min_percent = 10, max_percent = 60 },\n"
                                "  { submit = 'fix' }, { finish = true } }\n", &err);
    REQUIRE(s);
    CHECK_INT_EQ(s->n, 2);
    CHECK(s->expect.present);
    CHECK_STR_EQ(s->expect.outcome, "failed");
    CHECK(s->expect.has_min && s->expect.min_percent == 10);
    CHECK(s->expect.has_max && s->expect.max_percent == 60);
    actions_free(s);

    s = load_text("none.lua", "return { { finish = true } }\n", &err);
    REQUIRE(s);
    CHECK(!s->expect.present);
    actions_free(s);
}

/* Each bad script fails to load with one line naming the path of the bad part. */
static void test_actions_bad_expect_and_non_finite_numbers_are_named(void)
{
    static const struct {
        const char *lua, *needle;
    } cases[] = {
        {"return { expect = { outcom = 'failed' }, { finish = true } }", "expect: unknown key 'outcom'"},
        {"return { expect = { outcome = 'won' } }", "expect.outcome: expected \"passed\", \"failed\" or \"incomplete\""},
        {"return { expect = { outcome = 'infra_error' } }", "expect.outcome"},
        {"return { expect = { max_percent = 0/0 } }", "expect.max_percent: expected a number of percent from 0 to 100"},
        {"return { expect = { min_percent = math.huge } }", "expect.min_percent"},
        {"return { expect = { min_percent = '90' } }", "expect.min_percent"},
        {"return { expect = { max_percent = 101 } }", "expect.max_percent"},
        {"return { expect = { min_percent = 80, max_percent = 20 } }", "expect.min_percent: is above max_percent"},
        {"return { expect = {} }", "expect: empty"},
        {"return { expect = 'failed' }", "expect: expected a table"},
        {"return { expct = { outcome = 'failed' } }", "unknown key 'expct'"},
        {"return { { wait = 0/0 } }", "[1].wait: expected a finite number"},
        {"return { { wait = -math.huge } }", "[1].wait"},
        {"return { { sh = 'ls', timeout = math.huge } }", "[1].timeout"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *err = NULL;
        ActionScript *s = load_text("bad.lua", cases[i].lua, &err);
        CHECK(!s);
        CHECK_CONTAINS(err, cases[i].needle);
        CHECK_CONTAINS(err, "bad.lua");
        if (err) CHECK(!strchr(err, '\n'));
        actions_free(s);
        free(err);
    }
}

static void test_actions_expect_met_says_why_not(void)
{
    ActionExpect at_most = {.present = true, .has_max = true, .max_percent = 60};
    char *why = NULL;
    CHECK(actions_expect_met(&at_most, "failed", 60, &why));
    CHECK(!actions_expect_met(&at_most, "failed", 80, &why));
    CHECK_STR_EQ(why, "scored 80 %, expected at most 60 %");
    free(why);

    ActionExpect failed = {.present = true, .outcome = "failed"};
    why = NULL;
    CHECK(actions_expect_met(&failed, "failed", 90, &why));
    CHECK(!actions_expect_met(&failed, "passed", 100, &why));
    CHECK_STR_EQ(why, "outcome passed (100 %), expected outcome failed");
    free(why);

    ActionExpect full = {.present = true, .has_min = true, .min_percent = 100, .has_max = true, .max_percent = 100};
    why = NULL;
    CHECK(!actions_expect_met(&full, "passed", 80, &why));
    CHECK_STR_EQ(why, "scored 80 %, expected 100 %");
    free(why);

    ActionExpect none = {0};
    CHECK(actions_expect_met(&none, "failed", 0, &why));
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_actions_expect_is_read_with_every_part),
        TEST_CASE(test_actions_bad_expect_and_non_finite_numbers_are_named),
        TEST_CASE(test_actions_expect_met_says_why_not),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
