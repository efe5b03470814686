/* test_verify_catalog.c: `worksim verify` over the whole catalog (DESIGN §4): for every
 * scenario the reference solution and alternatives pass, and a submit-only learner fails. */
#include "testlib.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void test_verify_catalog_passes(void)
{
    char *out = NULL, *err = NULL;
    int rc = testlib_run_worksim((const char *[]){"verify", NULL}, NULL, &out, &err);
    printf("%s", out ? out : "");
    if (err && *err) fprintf(stderr, "%s", err);
    CHECK_INT_EQ(rc, 0);
    CHECK(!strstr(out, "FAIL"));
    CHECK_CONTAINS(out, "ok   first-bugfix");
    free(out);
    free(err);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {TEST_CASE(test_verify_catalog_passes)};
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
