/* test_forgery.c: scenario-level forgery probes (issue 8 item 6, DESIGN §3 "Checks see the
 * truth"). Each probe is a learner who tries to make first-bugfix's checks pass WITHOUT fixing
 * the bug (apply_discount still subtracts the percent value), then commits with a good subject,
 * submits, reports to Priya and finishes, like a learner who believes the trick worked. A
 * probe is BLOCKED when the run is not "passed" and the check that the bug is fixed failed; the
 * comment above each names the mechanism that stops it. The git_* probes fix the bug but leave
 * what one check exists to catch (a debug print, a "wip" subject) and hide it from git through
 * their .git: BLOCKED when that check still fails. Checks the trick did fool are printed
 * (informational: each is worth less than the pass mark can spare).
 *
 * On the vm backend without KVM (TCG emulation: a probe is a whole first-bugfix run at a quarter
 * of the speed, ~160 s of a busy CI machine), the reference and two probes run: edited and
 * deleted tests (judged against the read-only /base the backend provides) and tampered base refs
 * (the base commit the engine passes in). The others are played on the vm backend at the
 * sandbox level by test_sandbox_vm (/base and /checks) and test_escape_vm (planted markers,
 * PATH, PYTHONPATH, sitecustomize/.pth/usercustomize and LD_PRELOAD shadowing, git state, forged
 * objects), and in full on ns here; checks/verify.py and the check prelude are the same code on
 * both backends. WORKSIM_FORGERY_ALL=1 (or KVM) runs every probe on vm.
 *
 * Usage: test_forgery [ns|vm] [probe-filter]; vm exits 77 (skipped) when it cannot start. */
#define _GNU_SOURCE
#include "testlib.h"
#include "testlib_script.h"

#include "headless/headless.h"
#include "base/util.h"
#include "sandbox/vm/vm.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SCENARIO WORKSIM_SOURCE_DIR "/scenarios/first-bugfix"

static SandboxBackend g_backend = SANDBOX_NS;
static const char *g_name = "ns";

/* What every probe does after its trick: the moves of a learner who thinks they are done. */
#define COMMIT "git add -A && git commit -qm 'Apply coupon discount as a percentage (SHOP-142)'"
static const char *const AFTER[] = {
    COMMIT,
    NULL,
};

/* The real fix (the reference solution's sed). */
#define FIX "sed -i 's|discounted = amount - percent$|discounted = amount * (1 - percent / Decimal(100))|' shop/pricing.py"

/* The base's test file, weakened to expect the buggy result. */
#define WEAKEN_TEST "sed -i 's/Decimal(\"200.00\")/Decimal(\"230.00\")/g; s/Decimal(\"107.10\")/Decimal(\"0\")/g' tests/test_pricing.py"

/* A Python snippet that makes shop.pricing.apply_discount right at import time. */
#define PATCH_PY "import shop.pricing as p\\nfrom decimal import Decimal\\np.apply_discount = lambda a, q: (a * (1 - q / Decimal(100))).quantize(Decimal(\\\"0.01\\\"))\\n"

typedef struct Probe {
    const char *name;
    const char *steps[8];      /* learner shell lines, before AFTER */
    const char *fooled_check;  /* NULL: the bug stays and the run must not pass. Else the learner
                                  fixes the bug but leaves what this check exists to catch, and
                                  hides it from git: BLOCKED when this check fails */
} Probe;

static const Probe PROBES[] = {
    /* The old marker: a base commit written into the learner's own .git. Stopped by: the base
     * comes from the engine (WORKSIM_BASE_COMMIT, recorded when on_start returned); nothing
     * reads .git/worksim-base any more. */
    {"planted_base_marker",
     {WEAKEN_TEST, COMMIT, "git rev-parse HEAD > .git/worksim-base", NULL}, NULL},
    /* conftest.py (tests/ and the root) patching the code under test. Stopped by: the checks
     * run the base's tests from a clean folder with --noconftest, and unseen cases in
     * /checks/verify.py call the learner's code directly. */
    {"conftest_monkeypatch",
     {"printf 'import pytest\\n" PATCH_PY "' > tests/conftest.py && cp tests/conftest.py conftest.py", NULL}, NULL},
    /* sitecustomize/usercustomize modules and .pth files (workspace, user site under the
     * learner's HOME). Stopped by: checks get HOME=/tmp (a fresh one) and verify.py runs
     * python3 -I (no user site, no PYTHON* variables, no script folder on sys.path). */
    {"sitecustomize_and_pth",
     {"printf '" PATCH_PY "' > sitecustomize.py && cp sitecustomize.py usercustomize.py && cp sitecustomize.py shop/sitecustomize.py",
      "d=$(python3 -m site --user-site) && mkdir -p \"$d\" && printf 'import sitecustomize\\n' > \"$d/zz_fix.pth\" && cp \"$d/zz_fix.pth\" .",
      NULL}, NULL},
    /* Deselecting the failing test in the test configuration. Stopped by: pyproject.toml is
     * protected (restored from /base before each check, named in the breakdown), and the
     * checks build their own folder from the base's tests and config (a new pytest.ini or
     * setup.cfg is not in it). */
    {"deselect_in_test_config",
     {"printf '\\n[tool.pytest.ini_options]\\naddopts = \"-k not twenty and not order_total\"\\n' >> pyproject.toml",
      "printf '[pytest]\\naddopts = -k \"not twenty and not order_total\"\\n' > pytest.ini && cp pytest.ini tox.ini", NULL}, NULL},
    /* Editing the tests: the writable one to expect the bug, the protected ones deleted.
     * Stopped by: protect restores the protected files; the original tests come from the base
     * commit, not the learner's tree. */
    {"edited_and_deleted_tests",
     {WEAKEN_TEST, "git rm -q tests/test_tax.py tests/test_coupons.py", NULL}, NULL},
    /* python3, pytest and git shadowed in the workspace: scripts on a PATH the learner sets, an
     * alias and a function in .bashrc/.profile, BASH_ENV. Stopped by: a check's environment is
     * the engine's (PATH=/usr/bin:/bin, no BASH_ENV), bash runs it with --norc. */
    {"path_and_alias_shadowing",
     {"mkdir -p bin && for t in python3 pytest git; do printf '#!/bin/sh\\necho 1 passed\\nexit 0\\n' > bin/$t; "
      "chmod +x bin/$t; cp bin/$t ./$t; done",
      "printf 'export PATH=/workspace/bin:/workspace:$PATH\\nalias python3=/workspace/bin/python3\\n"
      "python3() { echo 1 passed; }\\nexport BASH_ENV=/workspace/.bashrc\\n' > .bashrc && cp .bashrc .profile",
      "export PATH=/workspace/bin:$PATH BASH_ENV=/workspace/.bashrc", NULL}, NULL},
    /* The base moved: tags and branches rewritten, refs edited, the base commit replaced by a
     * commit with weakened tests (git replace). Stopped by: WORKSIM_BASE_COMMIT is a hash, not
     * a ref; GIT_NO_REPLACE_OBJECTS=1 in every check; the unseen cases still fail the code. */
    {"tampered_base_refs",
     {WEAKEN_TEST, COMMIT, "fake=$(git rev-parse HEAD) && base=$(git rev-list --max-parents=0 HEAD | tail -n 1)",
      "git tag -f base \"$fake\" && git tag -f v1.4.2 \"$fake\" && git branch -f origin-main \"$fake\"",
      "git replace -f \"$(git rev-parse HEAD~1)\" \"$fake\"",
      "git update-ref refs/worksim/base \"$fake\" && git rev-parse HEAD > .git/ORIG_HEAD", NULL}, NULL},
    /* The fix committed with a debug print in it, hidden from the scope check's `git diff` by a
     * textconv driver named in .git/info/attributes. Stopped by: the check's copy keeps no diff
     * drivers in its git config and no info/attributes (check_truth.c). */
    {"git_textconv_hides_debug_print",
     {FIX, "sed -i 's/^    discounted = /    print(\"DEBUG\", amount, percent)\\n    discounted = /' shop/pricing.py",
      "echo '*.py diff=plain' > .git/info/attributes && git config diff.plain.textconv 'grep -v DEBUG'", NULL},
     "scope"},
    /* A first commit "wip" with the fix, then a comment-only second one with a good subject,
     * and info/grafts making the second one's parent the base: the message check's base..HEAD
     * no longer holds "wip". Stopped by: grafts are off in checks (GIT_GRAFT_FILE, and the copy's
     * info/grafts removed). */
    {"git_grafts_hide_wip_commit",
     {FIX, "git commit -qam wip && base=$(git rev-parse HEAD~1)",
      "echo '# SHOP-142: a percentage of the amount' >> shop/pricing.py",
      "git commit -qam 'Apply coupon discount as a percentage (SHOP-142)' && echo \"$(git rev-parse HEAD) $base\" > .git/info/grafts",
      NULL},
     "message"},
    /* The fix committed with a debug print, hidden from the scope check's `git diff` by `*.py
     * -diff` in shop/.gitattributes, itself kept out of `git status` by info/exclude. Stopped by:
     * the check copy's info/attributes names an undefined diff driver for every path, and it
     * outranks every .gitattributes (check_truth.c). */
    {"git_attributes_hide_debug_print",
     {FIX, "sed -i 's/^    discounted = /    print(\"DEBUG\", amount, percent)\\n    discounted = /' shop/pricing.py",
      "echo '*.py -diff' > shop/.gitattributes && echo shop/.gitattributes >> .git/info/exclude", NULL},
     "scope"},
    /* The fix committed as "wip", then that commit's object file overwritten with the bytes of
     * a commit of the same tree with a good subject: every git command reads the good subject
     * under the wip commit's name. Stopped by: each check first hashes the objects between the
     * base and HEAD (rev-list --verify-objects) and fails when one does not match its name. */
    {"git_swapped_object_hides_wip",
     {FIX, "git commit -qam wip && w=$(git rev-parse HEAD) && git checkout -q -b side HEAD~1 && " FIX,
      "git commit -qam 'Apply coupon discount as a percentage (SHOP-142)' && g=$(git rev-parse HEAD) && git checkout -q - && "
      "git branch -qD side && f=.git/objects/${w:0:2}/${w:2} && chmod u+w $f && cp -f .git/objects/${g:0:2}/${g:2} $f",
      NULL},
     "message"},
};

static const char *check_feedback(const ScoreSheet *s, const char *id, bool *passed)
{
    for (int i = 0; i < s->n_lines; i++) {
        if (strcmp(s->lines[i].item_id, id) == 0) {
            *passed = s->lines[i].passed;
            return s->lines[i].feedback;
        }
    }
    *passed = false;
    return NULL;
}

static void run_probe(const Probe *p)
{
    char *err = NULL;
    Scenario *sc = scenario_load(SCENARIO, &err);
    if (!sc) testlib_fail(__FILE__, __LINE__, "load first-bugfix: %s", err ? err : "?");
    free(err);
    if (!sc) return;
    int n_steps = 0;
    while (p->steps[n_steps]) n_steps++;
    int n = n_steps + 1 + 3;
    Action *acts = xcalloc((size_t)n, sizeof *acts);
    int k = 0;
    acts[k++] = (Action){.kind = ACTION_SAY, .target = xstrdup("priya"), .text = xstrdup("Hi Priya, taking SHOP-142 now.")};
    for (int i = 0; i < n_steps; i++) acts[k++] = (Action){.kind = ACTION_SH, .target = xstrdup(p->steps[i])};
    for (int i = 0; AFTER[i]; i++) acts[k++] = (Action){.kind = ACTION_SH, .target = xstrdup(AFTER[i])};
    acts[k++] = (Action){.kind = ACTION_SUBMIT, .target = xstrdup("fix")};
    acts[k++] = (Action){.kind = ACTION_SAY, .target = xstrdup("priya"),
                         .text = xstrdup("SHOP-142 is fixed and committed: the discount is now a percentage of the amount. It's with Marco for review.")};
    ActionScript script = {.file = (char *)"(test_forgery)", .actions = acts, .n = k};
    HeadlessOptions ho = {.run = {.sandbox = {.backend = g_backend}}};
    Loop *loop = NULL;
    double t0 = util_monotonic_seconds();
    Run *run = headless_run(sc, &script, &ho, &loop);
    const ScoreSheet *s = run_score(run);
    bool fixed = false;
    const char *why = check_feedback(s, p->fooled_check ? p->fooled_check : "tests", &fixed);
    bool blocked = run_is_finished(run) && !run_error(run) && !fixed &&
                   (p->fooled_check || strcmp(s->outcome, "passed") != 0);
    Buf fooled = {0};
    for (int i = 0; i < s->n_lines; i++)
        if (s->lines[i].kind == SCORE_CHECK && s->lines[i].passed) buf_printf(&fooled, " %s", s->lines[i].item_id);
    /* a run that ended in an error proves nothing either way: not "FORGED" */
    printf("  PROBE %-26s %s on %s: %s %.0f%%, %s-check %s (%.60s); checks passed:%s [%.1f s]\n", p->name,
           run_error(run) ? "RUN ERROR" : blocked ? "BLOCKED" : "FORGED", g_name, s->outcome ? s->outcome : "?", s->percent,
           p->fooled_check ? p->fooled_check : "fixed", fixed ? "PASSED" : "failed",
           why ? why : "", fooled.len ? fooled.data : " none", util_monotonic_seconds() - t0);
    if (run_error(run)) testlib_fail(__FILE__, __LINE__, "%s: run error: %s", p->name, run_error(run));
    else if (!blocked && p->fooled_check)
        testlib_fail(__FILE__, __LINE__, "%s: the trick hid from the %s check what it exists to catch", p->name, p->fooled_check);
    else if (!blocked)
        testlib_fail(__FILE__, __LINE__, "%s: the trick made first-bugfix pass without the fix", p->name);
    buf_free(&fooled);
    run_free(run);
    loop_free(loop);
    for (int i = 0; i < k; i++) {
        free(acts[i].target);
        free(acts[i].text);
    }
    free(acts);
}

#define PROBE_CASE(name, i) \
    static void test_forgery_##name(void) { run_probe(&PROBES[i]); }
PROBE_CASE(planted_base_marker, 0)
PROBE_CASE(conftest_monkeypatch, 1)
PROBE_CASE(sitecustomize_and_pth, 2)
PROBE_CASE(deselect_in_test_config, 3)
PROBE_CASE(edited_and_deleted_tests, 4)
PROBE_CASE(path_and_alias_shadowing, 5)
PROBE_CASE(tampered_base_refs, 6)
PROBE_CASE(git_textconv_hides_debug_print, 7)
PROBE_CASE(git_grafts_hide_wip_commit, 8)
PROBE_CASE(git_attributes_hide_debug_print, 9)
PROBE_CASE(git_swapped_object_hides_wip, 10)

/* Without any trick the reference solution still passes on this backend: the probes fail
 * because of the tricks, not because the scenario cannot pass here. */
static void test_forgery_reference_solution_passes(void)
{
    char *err = NULL;
    Scenario *sc = scenario_load(SCENARIO, &err);
    if (!sc) testlib_fail(__FILE__, __LINE__, "load: %s", err ? err : "?");
    free(err);
    ActionScript *script = sc ? testlib_script_load(SCENARIO "/solution/actions.lua") : NULL;
    if (!script) {
        scenario_free(sc);
        return;
    }
    HeadlessOptions ho = {.run = {.sandbox = {.backend = g_backend}}};
    Loop *loop = NULL;
    Run *run = headless_run(sc, script, &ho, &loop);
    const ScoreSheet *sheet = run_score(run);
    CHECK_STR_EQ(sheet->outcome, "passed");
    /* A failure says which lines lost points (a CI log then shows the cause, e.g. a timeout). */
    for (int i = 0; strcmp(sheet->outcome ? sheet->outcome : "", "passed") != 0 && i < sheet->n_lines; i++)
        if (sheet->lines[i].points < sheet->lines[i].max)
            fprintf(stderr, "    lost: %s %.0f/%.0f %.200s\n", sheet->lines[i].item_id, sheet->lines[i].points,
                    sheet->lines[i].max, sheet->lines[i].feedback ? sheet->lines[i].feedback : "");
    if (run_error(run)) fprintf(stderr, "    run error: %s\n", run_error(run));
    run_free(run);
    loop_free(loop);
    actions_free(script);
}

int main(int argc, char **argv)
{
    if (argc > 1 && (strcmp(argv[1], "ns") == 0 || strcmp(argv[1], "vm") == 0)) {
        if (strcmp(argv[1], "vm") == 0) g_backend = SANDBOX_VM, g_name = "vm";
        argv[1] = argv[0];
        argv++;
        argc--;
    }
    if (g_backend == SANDBOX_VM) {
        SandboxConfig cfg = {.backend = SANDBOX_VM};
        char *err = NULL;
        Sandbox *probe = sandbox_open(&cfg, &err);
        SandboxExecRequest req = {.command = "true"};
        SandboxExecResult *r = probe ? sandbox_exec_wait(probe, &req) : NULL;
        bool ok = r && !r->error;
        if (!ok) {
            printf("SKIP test_forgery vm: the vm backend cannot start here: %s\n", err ? err : r ? r->error : "?");
            sandbox_exec_result_free(r);
            sandbox_close(probe);
            free(err);
            return 77;
        }
        sandbox_exec_result_free(r);
        sandbox_close(probe);
    }
    /* kept under TCG (see the top of the file) */
    static const char *const BACKEND_STOPS[] = {"reference_solution_passes", "edited_and_deleted_tests",
                                                "tampered_base_refs"};
    static const TestCase cases[] = {
        TEST_CASE(test_forgery_reference_solution_passes),
        TEST_CASE(test_forgery_planted_base_marker), TEST_CASE(test_forgery_conftest_monkeypatch),
        TEST_CASE(test_forgery_sitecustomize_and_pth), TEST_CASE(test_forgery_deselect_in_test_config),
        TEST_CASE(test_forgery_edited_and_deleted_tests), TEST_CASE(test_forgery_path_and_alias_shadowing),
        TEST_CASE(test_forgery_tampered_base_refs), TEST_CASE(test_forgery_git_textconv_hides_debug_print),
        TEST_CASE(test_forgery_git_grafts_hide_wip_commit),
        TEST_CASE(test_forgery_git_attributes_hide_debug_print), TEST_CASE(test_forgery_git_swapped_object_hides_wip),
    };
    size_t n_cases = sizeof cases / sizeof *cases;
    TestCase run_cases[sizeof cases / sizeof *cases];
    size_t n_run = 0;
    char *why = NULL;
    bool all = g_backend != SANDBOX_VM || vm_kvm_cached_ok(&why) || getenv("WORKSIM_FORGERY_ALL");
    for (size_t i = 0; i < n_cases; i++) {
        bool keep = all;
        for (size_t j = 0; !keep && j < sizeof BACKEND_STOPS / sizeof *BACKEND_STOPS; j++)
            keep = strcmp(cases[i].name + strlen("test_forgery_"), BACKEND_STOPS[j]) == 0;
        if (keep) run_cases[n_run++] = cases[i];
    }
    printf("forgery probes against first-bugfix on the %s backend", g_name);
    if (n_run < n_cases)
        printf(" (TCG: %zu of %zu, see the top of tests/test_forgery.c; WORKSIM_FORGERY_ALL=1 runs all): %s", n_run, n_cases,
               why ? why : "");
    printf("\n");
    free(why);
    return testlib_main(argc, argv, run_cases, n_run);
}
