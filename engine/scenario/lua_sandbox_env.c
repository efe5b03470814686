/* lua_sandbox_env.c: the allow-listed global environment of a sandbox state (DESIGN §3).
 * Copies only safe functions out of the standard libraries into a fresh globals table, and
 * adds sandbox versions of print (stderr), load (text only), pcall/xpcall (cannot swallow a
 * budget or memory-cap error), setmetatable (no __gc: finalizers would escape the budget) and
 * require (scenario folder, then scenarios/lib). */
#define _GNU_SOURCE
#include "scenario/lua_sandbox_internal.h"

#include <lauxlib.h>
#include <limits.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char cache_key = 'c';    /* registry key (its address) of require's private cache */
static const char loading_key = 'l';  /* cache sentinel while a module's chunk runs */

static int sb_print(lua_State *L)
{
    int n = lua_gettop(L);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    luaL_addstring(&b, "scenario: ");
    for (int i = 1; i <= n; i++) {
        luaL_tolstring(L, i, NULL);
        luaL_addvalue(&b);
        if (i < n) luaL_addchar(&b, '\t');
    }
    luaL_addchar(&b, '\n');
    luaL_pushresult(&b);
    size_t len;
    const char *s = lua_tolstring(L, -1, &len);
    fwrite(s, 1, len, stderr);
    fflush(stderr);
    return 0;
}

/* setmetatable without __gc: a finalizer would run outside any budget (GC, lua_close). */
static int sb_setmetatable(lua_State *L)
{
    int t = lua_type(L, 2);
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_argexpected(L, t == LUA_TNIL || t == LUA_TTABLE, 2, "nil or table");
    if (t == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL) return luaL_error(L, "setmetatable: __gc metamethods are not allowed in scenarios");
        lua_pop(L, 1);
    }
    if (luaL_getmetafield(L, 1, "__metatable") != LUA_TNIL) return luaL_error(L, "cannot change a protected metatable");
    lua_settop(L, 2);
    lua_setmetatable(L, 1);
    return 1;
}

/* Continuation shared by pcall and xpcall: limit errors are re-raised, never returned. */
static int sb_finish_pcall(lua_State *L, int status, lua_KContext extra)
{
    if (status != LUA_OK && status != LUA_YIELD) {
        Sandbox *sb = luasandbox_get(L);
        if (status == LUA_ERRMEM) sb->running_limit = SANDBOX_LIMIT_MEMORY;
        if (sb->running_limit != SANDBOX_LIMIT_NONE) return lua_error(L);
        lua_pushboolean(L, 0);
        lua_pushvalue(L, -2);
        return 2;
    }
    return lua_gettop(L) - (int)extra;
}

static int sb_pcall(lua_State *L)
{
    luaL_checkany(L, 1);
    lua_pushboolean(L, 1);
    lua_insert(L, 1);
    int status = lua_pcallk(L, lua_gettop(L) - 2, LUA_MULTRET, 0, 0, sb_finish_pcall);
    return sb_finish_pcall(L, status, 0);
}

static int sb_xpcall(lua_State *L)
{
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushboolean(L, 1);
    lua_pushvalue(L, 1);
    lua_rotate(L, 3, 2);
    int status = lua_pcallk(L, n - 2, LUA_MULTRET, 2, 2, sb_finish_pcall);
    return sb_finish_pcall(L, status, 2);
}

/* load(chunk [, chunkname]): text only, always in the sandbox environment. */
static int sb_load(lua_State *L)
{
    size_t len;
    const char *s;
    const char *name;
    if (lua_type(L, 1) == LUA_TSTRING) {
        s = lua_tolstring(L, 1, &len);
        name = luaL_optstring(L, 2, s);
    } else {
        luaL_checktype(L, 1, LUA_TFUNCTION);
        name = luaL_optstring(L, 2, "=(load)");
        lua_newtable(L);
        int pieces = lua_gettop(L);
        for (int i = 1;; i++) {
            lua_pushvalue(L, 1);
            lua_call(L, 0, 1);
            if (lua_isnil(L, -1) || (lua_type(L, -1) == LUA_TSTRING && lua_rawlen(L, -1) == 0)) {
                lua_pop(L, 1);
                break;
            }
            if (lua_type(L, -1) != LUA_TSTRING) return luaL_error(L, "reader function must return a string");
            lua_rawseti(L, pieces, i);
        }
        luaL_Buffer b;
        luaL_buffinit(L, &b);
        for (lua_Integer i = 1; lua_rawgeti(L, pieces, i) != LUA_TNIL; i++) luaL_addvalue(&b);
        lua_pop(L, 1);
        luaL_pushresult(&b);
        s = lua_tolstring(L, -1, &len);
    }
    int status = luaL_loadbufferx(L, s, len, name, "t");
    if (status == LUA_OK) return 1;   /* first upvalue = the registry's globals = sandbox env */
    if (status == LUA_ERRMEM) {
        luasandbox_get(L)->running_limit = SANDBOX_LIMIT_MEMORY;
        return lua_error(L);
    }
    lua_pushnil(L);
    lua_insert(L, -2);
    return 2;
}

static bool module_name_ok(const char *name)
{
    size_t n = strlen(name);
    if (n == 0 || n > 200 || strstr(name, "..")) return false;
    for (size_t i = 0; i < n; i++) {
        char c = name[i];
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '.' || c == '-'))
            return false;
    }
    return true;
}

/* Writes DIR/REL into out if it is a regular file whose real path stays inside DIR. */
static bool module_find_in(const char *dir, const char *rel, char out[PATH_MAX])
{
    char real_dir[PATH_MAX], candidate[PATH_MAX];
    if (!dir || !realpath(dir, real_dir)) return false;
    if (snprintf(candidate, PATH_MAX, "%s/%s", real_dir, rel) >= PATH_MAX) return false;
    if (!realpath(candidate, out)) return false;
    size_t n = strlen(real_dir);
    if (strncmp(out, real_dir, n) != 0 || out[n] != '/') return false;
    struct stat st;
    return stat(out, &st) == 0 && S_ISREG(st.st_mode);
}

/* require(name): NAME.lua (dots as slashes) from the scenario folder, then scenarios/lib. */
static int sb_require(lua_State *L)
{
    const char *name = luaL_checkstring(L, 1);
    if (!module_name_ok(name))
        return luaL_error(L, "require '%s': invalid module name (letters, digits, '_', '-' and '.' only, no '..')", name);
    lua_settop(L, 1);
    lua_rawgetp(L, LUA_REGISTRYINDEX, &cache_key);   /* 2: cache */
    lua_getfield(L, 2, name);
    if (lua_touserdata(L, -1) == &loading_key) return luaL_error(L, "require '%s': circular require", name);
    if (!lua_isnil(L, -1)) return 1;
    lua_pop(L, 1);

    Sandbox *sb = luasandbox_get(L);
    char rel[PATH_MAX], path[PATH_MAX];
    snprintf(rel, sizeof rel, "%s.lua", name);
    for (char *p = rel; *p && strcmp(p, ".lua") != 0; p++)
        if (*p == '.') *p = '/';
    if (!module_find_in(sb->scenario_dir, rel, path) && !module_find_in(sb->lib_dir, rel, path)) {
        return luaL_error(L, "require '%s': not found in the scenario folder%s", name,
                          sb->lib_dir ? " or scenarios/lib" : "");
    }
    int status = luaL_loadfilex(L, path, "t");
    if (status != LUA_OK) {
        if (status == LUA_ERRMEM) sb->running_limit = SANDBOX_LIMIT_MEMORY;
        return lua_error(L);
    }
    lua_pushlightuserdata(L, (void *)&loading_key);
    lua_setfield(L, 2, name);
    lua_pushstring(L, name);
    lua_pushstring(L, path);
    status = lua_pcall(L, 2, 1, 0);
    if (status != LUA_OK) {
        if (status == LUA_ERRMEM) sb->running_limit = SANDBOX_LIMIT_MEMORY;
        lua_pushnil(L);
        lua_setfield(L, 2, name);
        return lua_error(L);
    }
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        lua_pushboolean(L, 1);
    }
    lua_pushvalue(L, -1);
    lua_setfield(L, 2, name);
    return 1;
}

/* Copies t[names...] (t at index src) into the table at index dst. */
static void copy_fields(lua_State *L, int src, int dst, const char *const *names)
{
    for (; *names; names++) {
        lua_getfield(L, src, *names);
        lua_setfield(L, dst, *names);
    }
}

/* Pushes a shallow copy of the table at index src without the listed keys. */
static void copy_table_except(lua_State *L, int src, const char *except)
{
    lua_newtable(L);
    lua_pushnil(L);
    while (lua_next(L, src)) {
        if (lua_type(L, -2) == LUA_TSTRING && except && strcmp(lua_tostring(L, -2), except) == 0) {
            lua_pop(L, 1);
            continue;
        }
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, -4);
    }
}

int luasandbox_open_env(lua_State *L)
{
    static const char *const base_names[] = {
        "assert", "error", "ipairs", "pairs", "next", "select", "tonumber", "tostring", "type",
        "rawequal", "rawget", "rawset", "rawlen", "getmetatable", "_VERSION", NULL};
    static const char *const os_names[] = {"time", "clock", "date", "difftime", NULL};
    static const luaL_Reg own[] = {
        {"print", sb_print}, {"setmetatable", sb_setmetatable}, {"pcall", sb_pcall}, {"xpcall", sb_xpcall},
        {"load", sb_load}, {"require", sb_require}, {NULL, NULL}};

    luaL_requiref(L, "_G", luaopen_base, 0);                  /* 1 */
    luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 0);      /* 2 */
    luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 0);       /* 3 */
    luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 0);       /* 4 */
    luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 0);       /* 5 */
    luaL_requiref(L, LUA_OSLIBNAME, luaopen_os, 0);           /* 6 */

    lua_newtable(L);                                          /* 7: the sandbox globals */
    int env = lua_gettop(L);
    copy_fields(L, 1, env, base_names);
    luaL_setfuncs(L, own, 0);
    lua_pushvalue(L, env);
    lua_setfield(L, env, "_G");

    copy_table_except(L, 2, "dump");
    /* strings index the sandbox copy, so ("").dump stays nil as well */
    lua_pushliteral(L, "");
    if (lua_getmetatable(L, -1)) {
        lua_pushvalue(L, -3);
        lua_setfield(L, -2, "__index");
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    lua_setfield(L, env, "string");
    copy_table_except(L, 3, NULL);
    lua_setfield(L, env, "table");
    copy_table_except(L, 4, NULL);
    lua_setfield(L, env, "math");
    copy_table_except(L, 5, NULL);
    lua_setfield(L, env, "utf8");
    lua_newtable(L);
    copy_fields(L, 6, lua_gettop(L), os_names);
    lua_setfield(L, env, "os");

    lua_pushvalue(L, env);
    lua_rawseti(L, LUA_REGISTRYINDEX, LUA_RIDX_GLOBALS);
    lua_newtable(L);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &cache_key);
    lua_pushnil(L);                                           /* drop the full libraries */
    lua_setfield(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
    lua_settop(L, 0);
    return 0;
}
