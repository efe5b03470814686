/* headless.h: drives a run from an action script on the virtual clock (DESIGN §2, §4).
 * Each action is applied, then the loop runs until nothing real is outstanding (commands,
 * checks, reviews). The virtual clock models the learner's time, so time limits, deadlines
 * and "before / after" rules behave as in the desktop: `say`, `post` and `sh` first cost the
 * time to type their text at HEADLESS_TYPING_CHARS_PER_SECOND; an `sh` command then costs
 * its own measured (real) duration; `wait` costs its seconds; hint, submit and finish are
 * clicks and cost nothing. Each move of the clock fires hook timers and the time limit. */
#ifndef WORKSIM_HEADLESS_H
#define WORKSIM_HEADLESS_H

#include "core/run.h"
#include "headless/actions.h"

/* A human typing pace: 5 characters a second is about 60 words a minute (5 characters a word). */
#define HEADLESS_TYPING_CHARS_PER_SECOND 5.0

/* Seconds a learner takes to type text (UTF-8 characters, not bytes, at the pace above). */
double headless_typing_seconds(const char *text);

typedef struct HeadlessOptions {
    /* How the run starts (mode "run", "demo" for play --watch, "grade" or "verify"); its loop
     * and hooks are headless_run's own (a virtual clock, the scenario host): leave them NULL. */
    RunOptions run;
    /* Called once on_start has returned and the base is recorded, before the first action
     * (`grade` loads a submission into the workspace here); it may end the run (run_finish). */
    void (*before_actions)(void *ud, Run *run);
    void *before_ud;
} HeadlessOptions;

/* Runs sc (taken over) with script to the end and returns the finished run; the caller frees
 * it with run_free and then *loop_out with loop_free. An action the run refuses (e.g. the run
 * already ended) is logged and skipped. */
Run *headless_run(Scenario *sc, const ActionScript *script, const HeadlessOptions *opts, Loop **loop_out);

/* Applies one move (index: 0-based position in its script), logging it as an `action` event
 * first, and runs the loop until it has settled. */
void headless_apply_action(Run *run, Loop *loop, const Action *a, int index);
/* Applies script's moves from first on, then finishes the run and waits until it has. */
void headless_play_from(Run *run, Loop *loop, const ActionScript *script, int first);

/* `worksim resume --actions` (headless_resume.c): resumes run_id (run_resume.h) on a new
 * virtual loop and plays the moves of script its log does not show as applied: each move is
 * logged (`action`) before it is applied, so a logged move whose effect (command, message,
 * hint, submit, finishing, refusal) is also logged is skipped, one without it runs again, and
 * a `wait` cut short waits only what was left of it. NULL + *err when the run cannot be
 * resumed (run_resume); else as headless_run. *skipped (may be NULL): moves skipped. */
Run *headless_resume(Scenario *sc, int64_t run_id, const ActionScript *script, const HeadlessOptions *opts,
                     Loop **loop_out, int *skipped, char **err);

#endif
