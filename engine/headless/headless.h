/* headless.h: drives a run from an action script on the virtual clock (DESIGN §2, §4).
 * Each action is applied, then the loop runs until nothing real is outstanding (commands,
 * checks, reviews); `wait` moves the virtual clock, firing hook timers and the time limit. */
#ifndef WORKSIM_HEADLESS_H
#define WORKSIM_HEADLESS_H

#include "core/run.h"
#include "headless/actions.h"

typedef struct HeadlessOptions {
    const char *learner;
    const char *mode;                 /* "run", "demo" (play --watch) or "verify" (never stored) */
    Store *store;                     /* may be NULL */
    SandboxConfig sandbox;
    ColleagueBackend *colleagues;     /* NULL: scripted */
    RunEventFn on_event;
    void *event_ud;
} HeadlessOptions;

/* Runs sc (taken over) with script to the end and returns the finished run; the caller frees
 * it with run_free and then *loop_out with loop_free. An action the run refuses (e.g. the run
 * already ended) is logged and skipped. */
Run *headless_run(Scenario *sc, const ActionScript *script, const HeadlessOptions *opts, Loop **loop_out);

#endif
