/* cli_stop_point.c: a deterministic point to kill the engine at, for crash tests (tests/
 * test_resume.c, tests/soak/). With WORKSIM_TEST_STOP_AFTER=KIND[:N] set, the engine stops itself
 * (SIGSTOP) right after the Nth (default 1st) event of KIND (`*`: of any kind) is stored and shown; the test
 * sees it stopped (waitpid WUNTRACED) and kills it with SIGKILL at exactly that point, with
 * no sleeping or polling. Unset, the observer is passed through untouched. */
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
} stop_point;

static void stop_observer(void *ud, Run *run, const char *kind, const char *data_json)
{
    (void)ud;
    if (stop_point.inner) stop_point.inner(stop_point.inner_ud, run, kind, data_json);
    bool counted = strcmp(stop_point.kind, "*") == 0 || strcmp(kind, stop_point.kind) == 0;
    if (stop_point.left > 0 && counted && --stop_point.left == 0) raise(SIGSTOP);
}

void cli_stop_point_wrap(RunEventFn *fn, void **ud)
{
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
}
