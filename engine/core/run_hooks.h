/* run_hooks.h: the table through which the core calls a scenario's scripts (DESIGN §10).
 * The scenario host (engine/host, above the core) implements it; the core only ever calls
 * these entries, so it never includes the host. Every call completes through done from the
 * loop (hooks run as coroutines): results is a JSON array of the script's return values
 * (owned by the host, valid during the call), or NULL when the script raised (the run has
 * then already been ended through run_note_script_error). done may be NULL. */
#ifndef WORKSIM_RUN_HOOKS_H
#define WORKSIM_RUN_HOOKS_H

#include <cjson/cJSON.h>

#include "scenario/scenario.h"

typedef struct Run Run;

typedef void (*RunHookDoneFn)(Run *run, void *ud, const cJSON *results);

typedef struct RunHooks {
    /* Binds run into sc's scripts (the `run` object); returns the host's state, which the
     * other entries get back as host. Called once the sandbox is open. */
    void *(*attach)(Run *run, Scenario *sc);
    /* Abandons calls still waiting; host may be NULL. Called from run_free. */
    void (*detach)(void *host);
    /* Calls hook with args (a JSON array, taken over). A missing hook completes at once with
     * an empty result. */
    void (*call_hook)(void *host, ScenarioHook hook, cJSON *args, RunHookDoneFn done, void *ud);
    /* Calls the function held in registry ref (a rubric item's scripted judge). */
    void (*call_ref)(void *host, int ref, const char *what, cJSON *args, RunHookDoneFn done, void *ud);
    /* The offline reply of cast member who to text, from the scenario's `scripted` rules:
     * results holds the reply string, or is empty when no rule matched. */
    void (*scripted_reply)(void *host, const char *who, const char *text, const char *channel,
                           RunHookDoneFn done, void *ud);
    /* A resumed run: puts the scripts' per-run state (the scenario_state events merged, a JSON
     * object) back as the killed run had it. false + *err (caller frees) when it cannot. */
    bool (*restore_state)(void *host, const cJSON *saved, char **err);
} RunHooks;

#endif
