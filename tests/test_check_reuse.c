/* test_check_reuse.c: a check's result is reused only for a byte-identical workspace
 * (check_reuse.h). The fingerprint on real ns check sandboxes (what changes it, what does
 * not), its parsing, the sandbox's reuse question (sandbox.h: request.reuse), and whole runs
 * through the worksim binary on a real database: first-bugfix's reference solution's final
 * checks are all reused and still pass; a learner who breaks the fix after the submit gets
 * every check run again and does not pass; ci-pipeline's colleagues run the green check
 * (run:check) and the submit of the same tree reuses it, of a changed tree runs it again. */
#define _GNU_SOURCE
#include "testlib.h"
#include "testlib_sandbox.h"

#include "core/check_reuse.h"
#include "sandbox/sandbox.h"
#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>


/* ---- parsing ------------------------------------------------------------------------- */

static void test_take_fingerprint_strips_the_line(void)
{
    char hex[65];
    memset(hex, 'a', 64);
    hex[64] = '\0';
    char *text = xasprintf(CHECK_REUSE_MARKER " %s\nFAIL: nope\n", hex);
    size_t len = strlen(text);
    char *tree = check_reuse_take_fingerprint(text, &len);
    CHECK_STR_EQ(tree, hex);
    CHECK_STR_EQ(text, "FAIL: nope\n");
    CHECK_INT_EQ((int)len, (int)strlen("FAIL: nope\n"));
    free(tree);
    free(text);
}

static void test_take_fingerprint_refuses_other_text(void)
{
    const char *const bad[] = {
        "FAIL: " CHECK_REUSE_MARKER " aaaa\n",                                          /* not first */
        CHECK_REUSE_MARKER " 0123\n",                                                   /* short */
        CHECK_REUSE_MARKER " AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n", /* not lower hex */
        CHECK_REUSE_MARKER " aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",  /* no newline */
        "",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char *copy = xstrdup(bad[i]);
        size_t len = strlen(copy);
        char *tree = check_reuse_take_fingerprint(copy, &len);
        if (tree) testlib_fail(__FILE__, __LINE__, "took a fingerprint from \"%s\"", bad[i]);
        CHECK_STR_EQ(copy, bad[i]);
        free(tree);
        free(copy);
    }
}

static void test_reuse_rule(void)
{
    CHECK(check_reuse_allowed("ab", false, "ab"));
    CHECK(!check_reuse_allowed("ab", false, "ac"));
    CHECK(!check_reuse_allowed("ab", true, "ab"));
    CHECK(!check_reuse_allowed(NULL, false, "ab"));
    CHECK(!check_reuse_allowed("ab", false, NULL));
}

/* ---- the fingerprint in real check sandboxes ----------------------------------------- */

static Sandbox *open_workspace(void)
{
    char *src = xasprintf("%s/ws-%d", testlib_temp_dir(), rand());
    mkdir(src, 0755);
    char *sub = xasprintf("%s/pkg", src);
    mkdir(sub, 0755);
    char *file = xasprintf("%s/code.py", sub);
    FILE *f = fopen(file, "w");
    if (f) {
        fputs("def answer():\n    return 42\n", f);
        fclose(f);
    }
    Sandbox *sb = testlib_ns_sandbox(src, NULL);
    free(file);
    free(sub);
    free(src);
    return sb;
}

/* Which way fingerprint() takes it: the ns backend's own, on the host as it makes the check's
 * copy (request.fingerprint), or the script a check sandbox runs (the vm backend's way). */
static bool backend_tree;

/* The fingerprint of the workspace as it stands, as a check would get it; NULL if none. */
static char *fingerprint(Sandbox *sb)
{
    SandboxExecRequest req = {.check = true};
    char *command = backend_tree ? check_reuse_request(sb, &req, "") : xstrdup(check_reuse_fingerprint_script());
    if (backend_tree && !req.fingerprint) testlib_fail(__FILE__, __LINE__, "ns does not fingerprint copies itself");
    req.command = command;
    SandboxExecResult *r = sandbox_exec_wait(sb, &req);
    free(command);
    char *tree = r && !r->error ? check_reuse_result_tree(backend_tree, r) : NULL;
    if (r && r->output_len) testlib_fail(__FILE__, __LINE__, "the fingerprint printed more: %s", r->output);
    sandbox_exec_result_free(r);
    return tree;
}

/* Runs a learner's command (not a check: it changes the workspace). */
static void learner(Sandbox *sb, const char *command)
{
    SandboxExecRequest req = {.command = command};
    SandboxExecResult *r = sandbox_exec_wait(sb, &req);
    if (!r || r->error || r->exit_code != 0)
        testlib_fail(__FILE__, __LINE__, "'%s' failed: %s", command, r && r->output ? r->output : "?");
    sandbox_exec_result_free(r);
}

static void fingerprint_follows_content_not_copies(void)
{
    Sandbox *sb = open_workspace();
    if (!sb) return;
    char *first = fingerprint(sb);
    char *again = fingerprint(sb);   /* another fresh copy of the same tree */
    REQUIRE(first != NULL);
    CHECK_STR_EQ(again, first);
    /* an edit undone, a file re-written with the same bytes: the same tree */
    learner(sb, "cp pkg/code.py /tmp/keep && echo '# debug' >> pkg/code.py && sleep 1 && cp /tmp/keep pkg/code.py");
    char *restored = fingerprint(sb);
    CHECK_STR_EQ(restored, first);
    /* each of these changes what a check could read: a new tree every time */
    static const char *const changes[] = {
        "sed -i 's/42/43/' pkg/code.py",
        "chmod +x pkg/code.py",
        "touch pkg/empty",
        "ln -s code.py pkg/link",
        "ln -sf empty pkg/link",
        "mkdir -p .git/objects && echo x > .git/objects/ab",
        "mv pkg/empty 'pkg/new\nline'",
    };
    char *previous = xstrdup(first);
    for (size_t i = 0; i < sizeof changes / sizeof *changes; i++) {
        learner(sb, changes[i]);
        char *now = fingerprint(sb);
        if (!now || strcmp(now, previous) == 0)
            testlib_fail(__FILE__, __LINE__, "after '%s' the fingerprint is %s", changes[i], now ? "unchanged" : "missing");
        free(previous);
        previous = now ? now : xstrdup("");
    }
    free(previous);
    /* a file the check cannot read: the script cannot hash it, so no fingerprint and nothing
     * would be reused; the host, as root, reads it: its bytes still count */
    learner(sb, "chmod 000 pkg/code.py");
    char *unreadable = fingerprint(sb);
    if (!backend_tree || geteuid() != 0) {
        CHECK(unreadable == NULL);
    } else {
        REQUIRE(unreadable != NULL);
        learner(sb, "chmod 600 pkg/code.py && sed -i 's/43/44/' pkg/code.py && chmod 000 pkg/code.py");
        char *edited = fingerprint(sb);
        CHECK(edited != NULL && strcmp(edited, unreadable) != 0);
        free(edited);
    }
    free(unreadable);
    free(restored);
    free(again);
    free(first);
    sandbox_close(sb);
}

static void test_fingerprint_follows_content_not_copies(void)
{
    backend_tree = false;
    fingerprint_follows_content_not_copies();
}

static void test_backend_fingerprint_follows_content_not_copies(void)
{
    backend_tree = true;
    fingerprint_follows_content_not_copies();
}

/* ---- the sandbox's reuse question ---------------------------------------------------- */

typedef struct ReuseAsk {
    int asked;
    bool answer;
    char *tree;
} ReuseAsk;

static bool answer_reuse(void *ud, const char *tree)
{
    ReuseAsk *ask = ud;
    ask->asked++;
    free(ask->tree);
    ask->tree = xstrdup(tree);
    return ask->answer;
}

/* A check whose copy's tree the caller says it holds a result for runs nothing: no output, exit
 * 0, reused, and the fingerprint is the one it was asked about; told no, it runs. */
static void test_reuse_answer_decides_whether_the_check_runs(void)
{
    Sandbox *sb = open_workspace();
    if (!sb) return;
    for (int yes = 1; yes >= 0; yes--) {
        ReuseAsk ask = {.answer = yes};
        SandboxExecRequest req = {.check = true, .reuse = answer_reuse, .reuse_ud = &ask};
        char *command = check_reuse_request(sb, &req, "echo ran; exit 3");
        REQUIRE(req.fingerprint);
        req.command = command;
        SandboxExecResult *r = sandbox_exec_wait(sb, &req);
        REQUIRE(r != NULL && r->error == NULL);
        CHECK_INT_EQ(ask.asked, 1);
        CHECK(r->tree != NULL && ask.tree != NULL && strcmp(r->tree, ask.tree) == 0);
        CHECK(r->reused == (yes == 1));
        CHECK_INT_EQ(r->exit_code, yes ? 0 : 3);
        CHECK_STR_EQ(r->output, yes ? "" : "ran\n");
        sandbox_exec_result_free(r);
        free(command);
        free(ask.tree);
    }
    sandbox_close(sb);
}

/* ---- whole runs ---------------------------------------------------------------------- */

/* Runs a scenario's reference solution (solution/actions.lua) with extra learner lines
 * spliced in just before its first `marker` action; returns the database file (caller frees). */
static char *run_spliced(const char *scenario, const char *marker, const char *name, const char *extra_lua)
{
    char *solution = xasprintf("%s/scenarios/%s/solution/actions.lua", WORKSIM_SOURCE_DIR, scenario);
    size_t len = 0;
    char *text = util_read_file(solution, &len, NULL);
    char *at = text ? strstr(text, marker) : NULL;
    if (!at) testlib_fail(__FILE__, __LINE__, "%s has no %s to splice before", solution, marker);
    char *script = xasprintf("%s/%s.lua", testlib_temp_dir(), name);
    FILE *f = fopen(script, "w");
    if (f && at) fprintf(f, "%.*s%s\n  %s", (int)(at - text), text, extra_lua, at);
    if (f) fclose(f);
    free(text);
    free(solution);
    char *db = xasprintf("%s/%s.db", testlib_temp_dir(), name);
    char *db_arg = xasprintf("--db=%s", db);
    char *out = NULL, *err = NULL;
    testlib_run_worksim((const char *[]){db_arg, "run", scenario, "--actions", script, "--json", "--sandbox", "ns", NULL},
                        NULL, &out, &err);
    free(out);
    free(err);
    free(db_arg);
    free(script);
    return db;
}

/* first-bugfix's reference solution with extra learner lines just before its {finish = true}. */
static char *run_solution_with(const char *name, const char *extra_lua)
{
    return run_spliced("first-bugfix", "{ finish = true }", name, extra_lua);
}

static int sql_int(const char *db, const char *sql)
{
    char *text = testlib_sql_text(db, sql);
    int n = atoi(text);
    free(text);
    return n;
}

/* The run in db passed (or not, as want says); frees db. */
static void check_outcome_and_free(char *db, bool want_passed)
{
    char *outcome = testlib_sql_text(db, "SELECT outcome FROM runs");
    if ((strcmp(outcome, "passed") == 0) != want_passed)
        testlib_fail(__FILE__, __LINE__, "%s: outcome %s", db, outcome);
    free(outcome);
    free(db);
}

#define FINAL_CHECKS "FROM events WHERE kind = 'check' AND json_extract(data, '$.final') = 1"

static void test_unchanged_workspace_reuses_every_final_check(void)
{
    char *db = run_solution_with("reference", "");
    int final = sql_int(db, "SELECT count(*) " FINAL_CHECKS);
    CHECK(final >= 5);
    CHECK_INT_EQ(sql_int(db, "SELECT count(*) " FINAL_CHECKS " AND json_extract(data, '$.reused') = 1"), final);
    CHECK_INT_EQ(sql_int(db, "SELECT count(*) " FINAL_CHECKS " AND json_extract(data, '$.passed') = 1"), final);
    check_outcome_and_free(db, true);
}

static void test_breaking_the_fix_after_submit_runs_checks_again(void)
{
    char *db = run_solution_with(
        "broken-after-submit",
        "  { sh = [[sed -i 's|discounted = amount \\* (1 - percent / Decimal(100))$|discounted = amount - percent|' "
        "shop/pricing.py && git commit -qam 'Tidy pricing']] },\n");
    CHECK(sql_int(db, "SELECT count(*) " FINAL_CHECKS) >= 5);
    CHECK_INT_EQ(sql_int(db, "SELECT count(*) " FINAL_CHECKS " AND json_extract(data, '$.reused') = 1"), 0);
    CHECK_INT_EQ(sql_int(db, "SELECT count(*) " FINAL_CHECKS " AND json_extract(data, '$.check') = 'tests' "
                             "AND json_extract(data, '$.passed') = 1"), 0);
    check_outcome_and_free(db, false);
}

#define SUBMIT_CHECKS "FROM events WHERE kind = 'check' AND json_extract(data, '$.final') = 0"

/* ci-pipeline's reference solution with learner lines spliced in just before its submit, after
 * the messages on which the colleagues ran the green check; returns the database file. */
static char *run_ci_with(const char *name, const char *extra_lua)
{
    return run_spliced("ci-pipeline", "{ submit = \"fix-pipeline\" }", name, extra_lua);
}

static void test_colleagues_check_stands_for_the_submit_of_the_same_tree(void)
{
    char *db = run_ci_with("ci-reference", "");
    CHECK(sql_int(db, "SELECT count(*) FROM events WHERE kind = 'hook_sh' AND "
                      "json_extract(data, '$.command') = 'check fix-pipeline/green'") >= 1);
    CHECK_INT_EQ(sql_int(db, "SELECT count(*) " SUBMIT_CHECKS " AND json_extract(data, '$.check') = 'green' "
                             "AND json_extract(data, '$.reused') = 1 AND json_extract(data, '$.passed') = 1"), 1);
    check_outcome_and_free(db, true);
}

static void test_tree_changed_after_colleagues_check_runs_it_again(void)
{
    char *db = run_ci_with("ci-broken-before-submit",
                           "  { sh = [[sed -i 's/python3 -m pytest -q/python -m pytest -q/' .ci/pipeline.yml && "
                           "git commit -qam 'ci: python']] },\n");
    CHECK_INT_EQ(sql_int(db, "SELECT count(*) " SUBMIT_CHECKS " AND json_extract(data, '$.check') = 'green'"), 1);
    CHECK_INT_EQ(sql_int(db, "SELECT count(*) " SUBMIT_CHECKS " AND json_extract(data, '$.check') = 'green' "
                             "AND (json_extract(data, '$.reused') = 1 OR json_extract(data, '$.passed') = 1)"), 0);
    check_outcome_and_free(db, false);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_take_fingerprint_strips_the_line),
        TEST_CASE(test_take_fingerprint_refuses_other_text),
        TEST_CASE(test_reuse_rule),
        TEST_CASE(test_fingerprint_follows_content_not_copies),
        TEST_CASE(test_backend_fingerprint_follows_content_not_copies),
        TEST_CASE(test_reuse_answer_decides_whether_the_check_runs),
        TEST_CASE(test_unchanged_workspace_reuses_every_final_check),
        TEST_CASE(test_breaking_the_fix_after_submit_runs_checks_again),
        TEST_CASE(test_colleagues_check_stands_for_the_submit_of_the_same_tree),
        TEST_CASE(test_tree_changed_after_colleagues_check_runs_it_again),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof *cases);
}
