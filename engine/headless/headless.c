/* headless.c: applies an action script to a run on the virtual clock (headless.h). */
#include "headless/headless.h"

#include "base/util.h"
#include "host/scenario_host.h"

#include <stdlib.h>

#define HEADLESS_SH_TIMEOUT 120.0

static void log_refused(Run *run, int index, const Action *a, const char *why)
{
    run_log_action_refused(run, &(EvActionRefused){.action = index + 1, .kind = action_kind_name(a->kind), .why = why});
}

double headless_typing_seconds(const char *text)
{
    size_t chars = 0;
    for (const unsigned char *p = (const unsigned char *)(text ? text : ""); *p; p++)
        if ((*p & 0xC0) != 0x80) chars++;   /* count lead bytes only */
    return (double)chars / HEADLESS_TYPING_CHARS_PER_SECOND;
}

/* Runs the command typed into the learner's shell until it is done, then moves the virtual
 * clock by the real time it took. */
static bool run_sh_timed(Run *run, Loop *loop, const Action *a, char **err)
{
    if (!run_learner_sh(run, a->target, a->seconds > 0 ? a->seconds : HEADLESS_SH_TIMEOUT, err)) return false;
    double t0 = util_monotonic_seconds();
    loop_run_until_idle(loop, NULL);
    if (!run_is_finished(run)) loop_advance(loop, util_monotonic_seconds() - t0);
    return true;
}

void headless_apply_action(Run *run, Loop *loop, const Action *a, int index)
{
    char *err = NULL;
    bool ok = true;
    run_log_action(run, &(EvAction){.action = index + 1, .kind = action_kind_name(a->kind)});
    const char *typed = a->kind == ACTION_SH ? a->target : a->kind == ACTION_SAY || a->kind == ACTION_POST ? a->text : NULL;
    if (typed) {
        loop_advance(loop, headless_typing_seconds(typed));
        loop_run_until_idle(loop, NULL);
        if (run_is_finished(run)) return;   /* the time limit struck while the learner typed */
    }
    switch (a->kind) {
    case ACTION_SH: ok = run_sh_timed(run, loop, a, &err); break;
    case ACTION_SAY: ok = run_learner_say(run, a->target, a->text, &err); break;
    case ACTION_POST: ok = run_learner_post(run, a->target, a->text, &err); break;
    case ACTION_HINT: ok = run_learner_hint(run, a->target, &err); break;
    case ACTION_SUBMIT: ok = run_learner_submit(run, a->target, &err); break;
    case ACTION_WAIT: loop_advance(loop, a->seconds); break;
    case ACTION_FINISH: run_finish(run, "finished"); break;
    }
    if (!ok) log_refused(run, index, a, err ? err : "refused");
    free(err);
    loop_run_until_idle(loop, NULL);
}

Run *headless_run(Scenario *sc, const ActionScript *script, const HeadlessOptions *opts, Loop **loop_out)
{
    Loop *loop = loop_new(true);
    RunOptions ro = opts->run;
    ro.loop = loop;
    ro.hooks = scenario_run_hooks();
    Run *run = run_start(sc, &ro);
    loop_run_until_idle(loop, NULL);
    if (opts->before_actions && !run_is_finished(run)) {
        opts->before_actions(opts->before_ud, run);
        loop_run_until_idle(loop, NULL);
    }
    headless_play_from(run, loop, script, 0);
    *loop_out = loop;
    return run;
}

void headless_play_from(Run *run, Loop *loop, const ActionScript *script, int first)
{
    for (int i = first; script && i < script->n && !run_is_finished(run); i++) {
        headless_apply_action(run, loop, &script->actions[i], i);
    }
    if (!run_is_finished(run)) {
        run_finish(run, "finished");
        loop_run_until_idle(loop, NULL);
    }
    /* A finishing run waits only on real work; if something still holds it, say so. */
    while (!run_is_finished(run) && loop_run_once(loop, 1000)) {}
}
