/* testlib_sandbox.h: the sandboxes the tests open: a namespace sandbox over a workspace folder,
 * failing the test (not returning NULL) when it cannot be opened. */
#ifndef WORKSIM_TESTLIB_SANDBOX_H
#define WORKSIM_TESTLIB_SANDBOX_H

#include "sandbox/sandbox.h"

/* An ns sandbox whose /workspace starts as a copy of src (NULL: empty), with limits (NULL:
 * the defaults). Close with sandbox_close. */
Sandbox *testlib_ns_sandbox(const char *src, const SandboxLimits *limits);

#endif
