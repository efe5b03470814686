/* testlib_sandbox.c: opening the tests' namespace sandboxes (testlib_sandbox.h). */
#include "testlib_sandbox.h"

#include "testlib.h"

#include <stdlib.h>

Sandbox *testlib_ns_sandbox(const char *src, const SandboxLimits *limits)
{
    SandboxConfig cfg = {.backend = SANDBOX_NS, .workspace_src = src};
    if (limits) cfg.limits = *limits;
    char *err = NULL;
    Sandbox *sb = sandbox_open(&cfg, &err);
    if (!sb) testlib_fail(__FILE__, __LINE__, "sandbox_open: %s", err ? err : "?");
    free(err);
    return sb;
}
