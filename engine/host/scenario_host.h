/* scenario_host.h: the Lua side of a run. Binds the `run` object of DESIGN §3 into the
 * scenario's state and calls hooks, scripted replies and rubric functions as coroutines:
 * run:sh, run:ask and run:wait yield to the engine and resume when their result is in, so
 * a hook reads top to bottom while the loop stays live. Values cross as cJSON arrays. */
#ifndef WORKSIM_SCENARIO_HOST_H
#define WORKSIM_SCENARIO_HOST_H

#include <cjson/cJSON.h>
#include <stdbool.h>

#include "core/run_hooks.h"
#include "scenario/scenario.h"

typedef struct Run Run;
typedef struct ScenarioHost ScenarioHost;
typedef struct lua_State lua_State;

/* Called once a call into script code finished (see RunHookDoneFn in core/run_hooks.h). */
typedef RunHookDoneFn HostDoneFn;

/* The host as the core sees it: pass it as RunOptions.hooks to run_start. */
const RunHooks *scenario_run_hooks(void);

ScenarioHost *scenario_host_new(Run *run, Scenario *sc);   /* installs the run object; caller frees */
void scenario_host_free(ScenarioHost *host);                /* abandons calls still waiting */

/* Calls hook with args (a JSON array, taken over; converted to Lua values after `run`).
 * A missing hook completes at once with an empty result. done may be NULL. */
void scenario_host_call_hook(ScenarioHost *host, ScenarioHook hook, cJSON *args, HostDoneFn done, void *ud);
/* Calls the function held in registry ref (a rubric's scripted function): fn(run, args...). */
void scenario_host_call_ref(ScenarioHost *host, int ref, const char *what, cJSON *args,
                            HostDoneFn done, void *ud);
/* Offline reply of cast member who to text from the scenario's `scripted` rules: results
 * holds the reply string, or is empty when no rule matched. */
/* A resumed run: puts the scripts' per-run state (scenario_state events merged) back. */
bool scenario_host_restore_state(ScenarioHost *host, const cJSON *saved, char **err);
void scenario_host_scripted_reply(ScenarioHost *host, const char *who, const char *text,
                                  const char *channel, HostDoneFn done, void *ud);
/* The Run behind the `run` argument at idx; raises when it is not the run object. For the
 * files binding further run methods (scenario_facts.c). */
Run *scenario_host_check_run(lua_State *L, int idx);
/* Number of script calls still waiting on the engine (sh, ask, wait). */
int scenario_host_pending(ScenarioHost *host);

#endif
