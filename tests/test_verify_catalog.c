/* test_verify_catalog.c: `worksim verify` over the catalog (DESIGN §4): for a scenario, its
 * reference solution and alternatives pass, every script meets its expect, and the submit-only
 * and talk-only learners fail. CMake runs it once per scenario (`test_verify_catalog ID`), so
 * no single test holds the whole catalog's ~1,200 runs and ctest can interleave them with the
 * slow VM suites; with no argument it verifies every scenario in one go. `make test` runs it
 * with WORKSIM_CATALOG_BINARY, a build without the sanitizers: under ASan a catalog run costs
 * 22-40 % more CPU (first-bugfix 2.89 against 2.37 CPU-s, data-question 1.13 against 0.78), and
 * the catalog is about half of the suite's CPU. */
#include "testlib.h"

#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *g_scenario;   /* NULL: the whole catalog */

static void test_verify_catalog_passes(void)
{
    char *out = NULL, *err = NULL;
    const char *all[] = {"verify", NULL};
    const char *one[] = {"verify", g_scenario, NULL};
    /* WORKSIM_CATALOG_BINARY: `make test` points it at its build of the same tree without the
     * sanitizers (the catalog judges scenarios; the engine's memory is the other tests' job) */
    const char *binary = getenv("WORKSIM_CATALOG_BINARY");
    int rc = testlib_run_worksim_at(binary && *binary ? binary : WORKSIM_BINARY, g_scenario ? one : all, NULL, &out,
                                    &err);
    printf("%s", out ? out : "");
    if (err && *err) fprintf(stderr, "%s", err);
    CHECK_INT_EQ(rc, 0);
    CHECK(out && !strstr(out, "FAIL"));
    char *want = xasprintf("ok   %s:", g_scenario ? g_scenario : "first-bugfix");
    CHECK_CONTAINS(out, want);
    CHECK_CONTAINS(out, "talk-only");
    free(want);
    free(out);
    free(err);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {TEST_CASE(test_verify_catalog_passes)};
    g_scenario = argc > 1 ? argv[1] : NULL;
    return testlib_main(1, argv, cases, sizeof cases / sizeof cases[0]);
}
