/* scenario_state.h: the per-run state a scenario keeps in the top-level locals of scenario.lua
 * (DESIGN §3: "locals at the top of the file are per-run state"), captured as data so that a
 * resumed run goes on with the flags, counters and lists the killed one had built up.
 *
 * The state is every upvalue reachable from the scenario's functions (its hooks, rubric
 * functions and the functions in its `scripted` table, then the functions and module tables
 * those reach) that holds plain data: nil, booleans, numbers, strings, and tables of those
 * without metatables or cycles. Each is named by the path it was first reached by
 * ("on_message.stamp_penalized", "rubric.shared.shares"), which is the same for every load of
 * the same scenario.lua: keys and tables are walked in sorted order. Functions, `_ENV` and
 * tables holding functions are not state (they are walked into instead).
 *
 * Values are encoded faithfully in JSON: integers as numbers, floats as {"f": "%.17g"}, big
 * integers as {"i": "..."}, tables as {"t": [[key, value], ...]} sorted by key. */
#ifndef WORKSIM_SCENARIO_STATE_H
#define WORKSIM_SCENARIO_STATE_H

#include <stdbool.h>

#include <cjson/cJSON.h>

typedef struct Scenario Scenario;

/* A function or table in the scenario's Lua state (a registry ref) that holds per-run state
 * beside the scenario's own roots: the host's scripted-rule matcher. */
typedef struct ScenarioStateRoot {
    int ref;
    const char *path;
} ScenarioStateRoot;

/* The scenario's state now: a new JSON object, key -> encoded value. Caller deletes. The extra
 * roots (n_extra may be 0) are walked after the scenario's own. */
cJSON *scenario_state_capture(Scenario *sc, const ScenarioStateRoot *extra, int n_extra);

/* Puts the values of saved (an object as scenario_state_capture returns, or a subset) back
 * into the scenario's locals. Keys this load does not have are skipped; *restored (may be
 * NULL) gets how many were put back. false + *err (one line, caller frees) when a value is
 * malformed; the values before it are put back. */
bool scenario_state_restore(Scenario *sc, const ScenarioStateRoot *extra, int n_extra, const cJSON *saved,
                            int *restored, char **err);

/* The keys of now whose value differs from (or is missing in) before, as a new object of
 * copies; NULL when nothing changed. before may be NULL (everything in now changed). */
cJSON *scenario_state_changes(const cJSON *before, const cJSON *now);

#endif
