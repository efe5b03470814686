/* lua_sandbox.h: untrusted scenario code gets a Lua state it cannot escape (DESIGN §3).
 * An allow-listed global environment (no io, os.execute, dofile, loadfile, bytecode load,
 * debug, package, string.dump, collectgarbage tricks), a require limited to the scenario
 * folder and scenarios/lib, a memory cap through the allocator, and an instruction budget
 * enforced by a count hook for every entry into script code. */
#ifndef WORKSIM_LUA_SANDBOX_H
#define WORKSIM_LUA_SANDBOX_H

#include <stdbool.h>
#include <stddef.h>

typedef struct lua_State lua_State;

/* Default budgets: instructions per hook call (across its coroutine resumes) and bytes of Lua heap. */
#define LUASANDBOX_DEFAULT_BUDGET 50000000L
#define LUASANDBOX_DEFAULT_MEMORY (64u * 1024u * 1024u)

/* New state with the safe environment installed as the globals. require searches
 * scenario_dir first, then lib_dir (may be NULL); module names are [A-Za-z0-9_.-]+ with no "..".
 * NULL on allocation failure. Close with lua_close. */
lua_State *luasandbox_new(const char *scenario_dir, const char *lib_dir, size_t memory_limit);

/* Loads a text chunk (never bytecode) from a file into the safe environment and pushes the
 * function; false and *err ("file:line: message") on failure. */
bool luasandbox_load_file(lua_State *L, const char *path, char **err);

/* Protected call of the function below nargs arguments on the stack with an instruction budget;
 * on error *err gets "message" plus a traceback line ("stack traceback: ...") joined by '\n',
 * and the stack is left as before the function was pushed. Results are left on the stack. */
bool luasandbox_pcall(lua_State *L, int nargs, int nresults, long budget, char **err);

/* Resumes coroutine co (created by the caller with lua_newthread) with nargs arguments already
 * on co's stack, charging instructions against *budget_left (decremented by what was used).
 * Returns LUA_OK (finished), LUA_YIELD (yielded; *nres values on co's stack) or an error code
 * with *err set (message + traceback). Exceeding the budget is an error:
 * "instruction budget exceeded (a loop that never ends?)". */
int luasandbox_resume(lua_State *co, lua_State *from, int nargs, int *nres, long *budget_left, char **err);

/* True if the last error on this state came from the budget or the memory cap. */
bool luasandbox_hit_limit(lua_State *L);

#endif
