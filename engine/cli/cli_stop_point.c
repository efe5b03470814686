/* cli_stop_point.c: a deterministic point to kill the engine at, for crash tests (tests/
 * test_resume.c, tests/soak/). With WORKSIM_TEST_STOP_AFTER=KIND[:N] set, the engine stops itself
 * (SIGSTOP) right after the Nth (default 1st) event of KIND (`*`: of any kind) is stored and shown; the test
 * sees it stopped (waitpid WUNTRACED) and kills it with SIGKILL at exactly that point, with
 * no sleeping or polling. An event stored inside a transaction (run_atomic_begin) is stored
 * only once it commits, so the stop waits for that commit. Unset, the observer is passed
 * through untouched. */
#define _GNU_SOURCE
#include "cli/cli.h"

#include <signal.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static struct {
    RunEventFn inner;
    void *inner_ud;
    char kind[64];
    long left;
    bool at_commit;              /* counted inside a transaction: stop once it is committed */
} stop_point;

static void stop_observer(void *ud, Run *run, const char *kind, const char *data_json)
{
    (void)ud;
    if (stop_point.inner) stop_point.inner(stop_point.inner_ud, run, kind, data_json);
    bool counted = strcmp(stop_point.kind, "*") == 0 || strcmp(kind, stop_point.kind) == 0;
    if (stop_point.left > 0 && counted && --stop_point.left == 0) {
        if (run_atomic_open(run)) stop_point.at_commit = true;
        else raise(SIGSTOP);
    }
}

static void stop_on_commit(void *ud, Run *run)
{
    (void)ud;
    (void)run;
    if (stop_point.at_commit) {
        stop_point.at_commit = false;
        raise(SIGSTOP);
    }
}

void cli_stop_point_install(RunOptions *ro)
{
    RunEventFn *fn = &ro->on_event;
    void **ud = &ro->event_ud;
    const char *spec = getenv("WORKSIM_TEST_STOP_AFTER");
    if (!spec || !*spec) return;
    const char *colon = strchr(spec, ':');
    size_t len = colon ? (size_t)(colon - spec) : strlen(spec);
    if (len == 0 || len >= sizeof stop_point.kind) return;
    memcpy(stop_point.kind, spec, len);
    stop_point.kind[len] = '\0';
    stop_point.left = colon ? strtol(colon + 1, NULL, 10) : 1;
    stop_point.inner = *fn;
    stop_point.inner_ud = *ud;
    *fn = stop_observer;
    *ud = NULL;
    ro->on_commit = stop_on_commit;
}
