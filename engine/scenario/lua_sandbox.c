/* lua_sandbox.c: the sandboxed Lua state's limits and entry points (see lua_sandbox.h).
 * A counting allocator enforces the memory cap while script code runs; a count hook set on
 * each thread we enter charges an instruction budget; luasandbox_pcall and luasandbox_resume
 * are the only ways into script code and turn failures into "message\ntraceback" strings.
 * The environment itself (allow-list, load, require) lives in lua_sandbox_env.c. */
#include "scenario/lua_sandbox_internal.h"

#include "base/util.h"

#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#define HOOK_STEP 1000       /* instructions between two budget charges */
#define RESUME_COST 100      /* charged per yield: work done since the last hook is not counted */

Sandbox *luasandbox_get(lua_State *L)
{
    void *ud = NULL;
    lua_getallocf(L, &ud);
    return ud;
}

/* Frees the Sandbox itself once lua_close has released the state's last block. */
static void sandbox_destroy(Sandbox *sb)
{
    free(sb->scenario_dir);
    free(sb->lib_dir);
    free(sb);
}

static void *sandbox_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    Sandbox *sb = ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        sb->used -= old;
        if (sb->used == 0 && sb->armed) sandbox_destroy(sb);
        return NULL;
    }
    if (sb->enforce && sb->limit && nsize > old && nsize - old > sb->limit - (sb->used < sb->limit ? sb->used : sb->limit))
        return NULL;
    void *p = realloc(ptr, nsize);
    if (!p) return NULL;
    sb->used = sb->used - old + nsize;
    return p;
}

lua_State *luasandbox_new(const char *scenario_dir, const char *lib_dir, size_t memory_limit)
{
    Sandbox *sb = xcalloc(1, sizeof *sb);
    sb->limit = memory_limit;
    sb->scenario_dir = xstrdup(scenario_dir);
    sb->lib_dir = xstrdup(lib_dir);
    lua_State *L = lua_newstate(sandbox_alloc, sb);
    if (!L) {
        sandbox_destroy(sb);
        return NULL;
    }
    sb->armed = true;
    lua_pushcfunction(L, luasandbox_open_env);
    if (lua_pcall(L, 0, 0, 0) != LUA_OK) {
        lua_close(L);   /* frees sb through the allocator */
        return NULL;
    }
    return L;
}

/* Count hook: charges HOOK_STEP instructions; raises once the budget is gone. */
static void sandbox_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    Sandbox *sb = luasandbox_get(L);
    if (!sb->budget_on) return;
    sb->budget_left -= HOOK_STEP;
    if (sb->budget_left >= 0) return;
    sb->running_limit = SANDBOX_LIMIT_BUDGET;
    lua_Debug d;
    if (lua_getstack(L, 0, &d) && lua_getinfo(L, "Sl", &d) && d.currentline > 0)
        lua_pushfstring(L, "%s:%d: " SANDBOX_BUDGET_MESSAGE, d.short_src, d.currentline);
    else
        lua_pushliteral(L, SANDBOX_BUDGET_MESSAGE);
    lua_error(L);
}

/* Message handler: the error as a string plus a traceback, computed without the memory cap. */
static int sandbox_msgh(lua_State *L)
{
    Sandbox *sb = luasandbox_get(L);
    bool enforce = sb->enforce;
    sb->enforce = false;
    const char *msg = lua_tostring(L, 1);
    if (!msg) {
        if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)
            msg = lua_tostring(L, -1);
        else
            msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
    }
    luaL_traceback(L, L, msg, 1);
    sb->enforce = enforce;
    return 1;
}

/* The C string for the error object on top of L (not popped); memory errors get a clear text. */
static char *sandbox_error_text(lua_State *L, Sandbox *sb)
{
    const char *msg = lua_tostring(L, -1);
    if (!msg) msg = "(error object is not a string)";
    if (sb->last_limit == SANDBOX_LIMIT_MEMORY) {
        const char *rest = strncmp(msg, "not enough memory", 17) == 0 ? msg + 17 : "";
        return xasprintf("memory limit exceeded (a scenario may use %zu MiB)%s",
                         sb->limit / (1024u * 1024u), rest);
    }
    return xstrdup(msg);
}

/* Bookkeeping around one entry into script code. Entries may nest (a C function called by
 * script code may run another hook); each has its own budget and the outer one is restored. */
typedef struct Entry {
    bool budget_on, enforce;
    long budget_left;
    SandboxLimit running_limit;
} Entry;

static void entry_begin(Sandbox *sb, Entry *e, long budget)
{
    e->budget_on = sb->budget_on;
    e->budget_left = sb->budget_left;
    e->enforce = sb->enforce;
    e->running_limit = sb->running_limit;
    sb->budget_on = true;
    sb->budget_left = budget;
    sb->enforce = true;
    sb->running_limit = SANDBOX_LIMIT_NONE;
}

/* Restores the outer entry and records this one's outcome; returns the budget left here. */
static long entry_end(Sandbox *sb, const Entry *e, int status)
{
    long left = sb->budget_left;
    if (status == LUA_ERRMEM) sb->running_limit = SANDBOX_LIMIT_MEMORY;
    sb->last_limit = (status == LUA_OK || status == LUA_YIELD) ? SANDBOX_LIMIT_NONE : sb->running_limit;
    sb->budget_on = e->budget_on;
    sb->budget_left = e->budget_left;
    sb->enforce = e->enforce;
    sb->running_limit = e->running_limit;
    return left;
}

bool luasandbox_load_file(lua_State *L, const char *path, char **err)
{
    Sandbox *sb = luasandbox_get(L);
    bool enforce = sb->enforce;
    sb->enforce = true;
    int status = luaL_loadfilex(L, path, "t");
    sb->enforce = enforce;
    sb->last_limit = status == LUA_ERRMEM ? SANDBOX_LIMIT_MEMORY : SANDBOX_LIMIT_NONE;
    if (status == LUA_OK) {
        if (err) *err = NULL;
        return true;
    }
    if (err) *err = sandbox_error_text(L, sb);
    lua_pop(L, 1);
    return false;
}

bool luasandbox_pcall(lua_State *L, int nargs, int nresults, long budget, char **err)
{
    Sandbox *sb = luasandbox_get(L);
    int base = lua_gettop(L) - nargs;   /* the function's index */
    lua_pushcfunction(L, sandbox_msgh);
    lua_insert(L, base);
    lua_Hook old_hook = lua_gethook(L);
    int old_mask = lua_gethookmask(L), old_count = lua_gethookcount(L);
    Entry e;
    entry_begin(sb, &e, budget);
    lua_sethook(L, sandbox_hook, LUA_MASKCOUNT, HOOK_STEP);
    int status = lua_pcall(L, nargs, nresults, base);
    lua_sethook(L, old_hook, old_mask, old_count);
    entry_end(sb, &e, status);
    lua_remove(L, base);
    if (status == LUA_OK) {
        if (err) *err = NULL;
        return true;
    }
    if (err) *err = sandbox_error_text(L, sb);
    lua_pop(L, 1);
    return false;
}

int luasandbox_resume(lua_State *co, lua_State *from, int nargs, int *nres, long *budget_left, char **err)
{
    Sandbox *sb = luasandbox_get(co);
    int n = 0;
    if (nres) *nres = 0;
    if (*budget_left < 0) {
        sb->last_limit = SANDBOX_LIMIT_BUDGET;
        if (err) *err = xstrdup(SANDBOX_BUDGET_MESSAGE);
        return LUA_ERRRUN;
    }
    Entry e;
    entry_begin(sb, &e, *budget_left);
    lua_sethook(co, sandbox_hook, LUA_MASKCOUNT, HOOK_STEP);
    int status = lua_resume(co, from, nargs, &n);
    lua_sethook(co, NULL, 0, 0);
    long left = entry_end(sb, &e, status);
    if (status == LUA_YIELD) left -= RESUME_COST;
    *budget_left = left;
    if (status == LUA_OK || status == LUA_YIELD) {
        if (nres) *nres = n;
        if (err) *err = NULL;
        return status;
    }
    if (err) {
        char *msg = sandbox_error_text(co, sb);
        if (status == LUA_ERRMEM) {
            *err = msg;
        } else {
            lua_State *T = from ? from : co;
            luaL_traceback(T, co, msg, 0);
            *err = xstrdup(lua_tostring(T, -1));
            lua_pop(T, 1);
            free(msg);
        }
    }
    return status;
}

bool luasandbox_hit_limit(lua_State *L)
{
    return luasandbox_get(L)->last_limit != SANDBOX_LIMIT_NONE;
}
