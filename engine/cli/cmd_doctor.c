/* cmd_doctor.c: `worksim doctor` checks what this machine needs and says how to fix each
 * gap: the sandbox (bubblewrap, user namespaces), the tools scenarios use inside it, KVM for
 * the VM sandbox, a display and fonts for the desktop, the API key, the database, the catalog.
 * Every line is ok, info, warn or FAIL; any FAIL gives exit 3. */
#define _GNU_SOURCE
#include "cli/cli.h"

#include "ui/ui_window.h"

#include "sandbox/sandbox.h"
#include "base/install_path.h"
#include "base/util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char DOCTOR_HELP[] =
    "usage: worksim doctor\n"
    "Checks the sandbox, the tools scenarios need, KVM, display, fonts, the API key, the database\n"
    "and the scenario catalog, and prints the command that fixes each problem. Exit 3 if any FAILs.\n";

static int failures;

static void report(const char *level, const char *what, const char *fix, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    printf("%-5s %-11s ", level, what);
    vprintf(fmt, ap);
    printf("\n");
    if (fix) printf("      fix: %s\n", fix);
    va_end(ap);
    if (strcmp(level, "FAIL") == 0) failures++;
}

/* As root each sandbox runs as a uid of its own, which must traverse $TMPDIR to reach its
 * folder there: the first folder on the way that others cannot enter (e.g. a 0700 one), or
 * NULL. Caller frees. */
static char *tmpdir_blocker(void)
{
    const char *tmp = getenv("TMPDIR");
    if (geteuid() != 0 || !tmp || !*tmp) return NULL;
    char *real = realpath(tmp, NULL);
    if (!real) return NULL;
    char *blocker = NULL;
    for (char *p = real + 1; !blocker; p++) {
        if (*p != '/' && *p != '\0') continue;
        char saved = *p;
        *p = '\0';
        struct stat st;
        if (stat(real, &st) == 0 && S_ISDIR(st.st_mode) && !(st.st_mode & S_IXOTH)) blocker = xstrdup(real);
        *p = saved;
        if (!saved) break;
    }
    free(real);
    return blocker;
}

/* What killed engines left (ns_leftovers.c); counted before the sandbox check sweeps them. */
static void check_leftovers(void)
{
    char *first = NULL;
    int n = sandbox_leftovers(false, &first);
    if (n > 0)
        report("info", "leftovers", NULL, "%d sandbox folder%s of worksim processes that are gone (e.g. %s): "
               "removed now, as every start does", n, n == 1 ? "" : "s", first);
    else report("ok", "leftovers", NULL, "no sandbox folders or mounts of dead worksim processes");
    free(first);
}

static void check_sandbox(void)
{
    if (access("/usr/bin/bwrap", X_OK) != 0) {
        report("FAIL", "sandbox", "sudo apt-get install bubblewrap", "bubblewrap (/usr/bin/bwrap) is not installed");
        return;
    }
    double t0 = util_monotonic_seconds();
    char *err = NULL;
    SandboxConfig cfg = {.backend = SANDBOX_NS};
    Sandbox *sb = sandbox_open(&cfg, &err);
    if (!sb) {
        char *blocker = tmpdir_blocker();
        char *fix = blocker ? xasprintf("chmod o+x %s (or export TMPDIR=/tmp)", blocker) : NULL;
        if (blocker)
            report("FAIL", "sandbox", fix, "the sandbox's own user cannot enter %s on the way to TMPDIR=%s (mode "
                   "without o+x): %s", blocker, getenv("TMPDIR"), err ? err : "unknown error");
        else
            report("FAIL", "sandbox", "sudo sysctl -w kernel.unprivileged_userns_clone=1 user.max_user_namespaces=10000",
                   "bubblewrap cannot create a sandbox: %s", err ? err : "unknown error");
        free(fix);
        free(blocker);
        free(err);
        return;
    }
    SandboxExecRequest req = {.command = "python3 -c 'import pytest' && git --version >/dev/null && echo tools-ok"};
    SandboxExecResult *r = sandbox_exec_wait(sb, &req);
    double ms = (util_monotonic_seconds() - t0) * 1000;
    if (r->error) {
        report("FAIL", "sandbox", NULL, "a command could not run in the sandbox: %s", r->error);
    } else {
        report("ok", "sandbox", NULL, "bubblewrap sandbox works (open + first command: %.0f ms)", ms);
        char *cg = NULL;
        bool capped = sandbox_ns_aggregate_cap(&cg);
        report(capped ? "ok" : "info", "memory cap", NULL, capped ? "one memory and task cap per sandbox (%s)"
               : "no cap per sandbox, each process only has RLIMIT_AS: %s", cg);
        free(cg);
        if (r->output && strstr(r->output, "tools-ok"))
            report("ok", "tools", NULL, "python3, pytest and git are available inside the sandbox");
        else
            report("FAIL", "tools", "sudo apt-get install python3 python3-pytest git",
                   "the scenarios need python3, pytest and git in /usr");
    }
    sandbox_exec_result_free(r);
    sandbox_close(sb);
}

/* Which backend `--sandbox auto` picks and why; probes KVM once (cached) when it could work. */
static void check_kvm(void)
{
    SandboxVmStatus st = sandbox_vm_status();
    if (st.state == SANDBOX_VM_NO_IMAGE) {
        /* An installed worksim ships the script beside its guest agent. */
        char *script = install_path_relative("libexec/worksim/build-guest.sh");
        report("info", "vm", script ? script : "scripts/build-guest.sh", "auto uses ns: %s", st.why);
        free(script);
    } else if (st.state == SANDBOX_VM_NO_QEMU) {
        report("info", "vm", "sudo apt-get install qemu-system-x86", "auto uses ns: %s", st.why);
    } else if (st.state == SANDBOX_VM_FAST) {
        report("ok", "vm", NULL, "auto uses vm (%s)", st.why);
    } else if (access("/dev/kvm", F_OK) == 0 && access("/dev/kvm", R_OK | W_OK) != 0) {
        report("warn", "vm", "sudo usermod -aG kvm $USER (then log in again)",
               "auto uses ns: /dev/kvm exists but is not accessible; --sandbox vm runs under TCG (~3 s start)");
    } else {
        report("info", "vm", NULL, "auto uses ns: %s; --sandbox vm works under TCG emulation (~3 s start)", st.why);
    }
    free(st.why);
}

static void check_desktop(void)
{
    char *video = NULL;
    if (ui_window_available(&video))
        report("ok", "display", NULL, "worksim play can open its desktop window (SDL video driver %s)", video);
    else
        report("info", "display", "run it in a desktop session; without a screen: xvfb-run -a worksim play, or worksim play --watch",
               "%s: worksim play cannot open its window", video);
    free(video);
    if (access("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", R_OK) == 0)
        report("ok", "fonts", NULL, "DejaVu fonts found");
    else
        report("warn", "fonts", "sudo apt-get install fonts-dejavu-core", "DejaVu fonts are missing (the desktop needs them)");
}

static void check_llm(void)
{
    const char *key = getenv("ANTHROPIC_API_KEY");
    if (key && *key) report("ok", "colleagues", NULL, "ANTHROPIC_API_KEY is set");
    else report("info", "colleagues", "export ANTHROPIC_API_KEY=... to let Claude play the colleagues",
                "no ANTHROPIC_API_KEY: colleagues use the scenarios' scripted replies");
}

static void check_store(CliContext *ctx)
{
    char *path = ctx->db_path ? xstrdup(ctx->db_path) : store_default_path();
    char *err = NULL;
    Store *st = store_open(path, &err);
    if (st) report("ok", "database", NULL, "%s (schema version %d)", path, store_schema_version(st));
    else report("FAIL", "database", "set WORKSIM_DB=/a/writable/file.db or pass --db PATH", "%s", err ? err : path);
    store_close(st);
    free(err);
    free(path);
}

static void check_catalog(CliContext *ctx)
{
    int n = 0, bad = 0;
    char **dirs = cli_all_scenario_dirs(ctx, &n);
    for (int i = 0; i < n; i++) {
        char *err = NULL;
        Scenario *sc = scenario_load(dirs[i], &err);
        if (!sc) {
            report("FAIL", "scenario", NULL, "%s", err);
            bad++;
        }
        scenario_free(sc);
        free(err);
        free(dirs[i]);
    }
    free(dirs);
    if (n == 0) report("FAIL", "scenarios", "pass --scenarios DIR or set WORKSIM_SCENARIOS", "no scenarios on the scenario path");
    else if (!bad) report("ok", "scenarios", NULL, "%d scenarios load", n);
}

int cmd_doctor(CliContext *ctx, int argc, char **argv)
{
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(DOCTOR_HELP, stdout);
            return EXIT_OK;
        }
        cli_usage_error("doctor", "unexpected argument '%s'", argv[i]);
        return EXIT_USAGE;
    }
    failures = 0;
    check_leftovers();
    check_sandbox();
    check_kvm();
    check_desktop();
    check_llm();
    check_store(ctx);
    check_catalog(ctx);
    return failures ? EXIT_INFRA : EXIT_OK;
}
