/* lua_sandbox_internal.h: state shared by the sandbox's files (not a public contract).
 * Every lua_State made by luasandbox_new carries a Sandbox as its allocator userdata, so
 * any thread of the state (coroutines included) reaches its caps, budget and folders. */
#ifndef WORKSIM_LUA_SANDBOX_INTERNAL_H
#define WORKSIM_LUA_SANDBOX_INTERNAL_H

#include "scenario/lua_sandbox.h"

#include <lua.h>

typedef enum SandboxLimit { SANDBOX_LIMIT_NONE, SANDBOX_LIMIT_BUDGET, SANDBOX_LIMIT_MEMORY } SandboxLimit;

typedef struct Sandbox {
    size_t used, limit;        /* bytes held by Lua; cap (0 = none) */
    bool enforce;              /* the cap applies only while script code runs */
    bool armed;                /* the state exists: free this struct when its last block goes */
    bool budget_on;            /* a budgeted entry is active */
    long budget_left;          /* instructions left for the active entry */
    SandboxLimit running_limit;/* the limit the running entry hit (pcall wrappers re-raise) */
    SandboxLimit last_limit;   /* the limit the last finished entry hit (luasandbox_hit_limit) */
    char *scenario_dir, *lib_dir;
} Sandbox;

#define SANDBOX_BUDGET_MESSAGE "instruction budget exceeded (a loop that never ends?)"

Sandbox *luasandbox_get(lua_State *L);          /* the Sandbox of any thread of a sandbox state */
int luasandbox_open_env(lua_State *L);          /* lua_CFunction: installs the safe globals */

#endif
