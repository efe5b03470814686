/* lua_json.c: converts values between the scenario's Lua state and cJSON, the form in which
 * hook arguments and results cross into the engine. Tables become arrays when their keys are
 * 1..n, objects otherwise; functions, userdata and deep nesting become null. */
#include "scenario/lua_json.h"

#include <lauxlib.h>
#include <stdbool.h>
#include <lua.h>

#define LUA_JSON_MAX_DEPTH 16

void lua_json_push(lua_State *L, const cJSON *v)
{
    luaL_checkstack(L, 4, "lua_json_push");
    if (!v || cJSON_IsNull(v)) lua_pushnil(L);
    else if (cJSON_IsBool(v)) lua_pushboolean(L, cJSON_IsTrue(v));
    else if (cJSON_IsNumber(v)) {
        double d = v->valuedouble;
        if (d == (double)(lua_Integer)d) lua_pushinteger(L, (lua_Integer)d);
        else lua_pushnumber(L, d);
    } else if (cJSON_IsString(v)) lua_pushstring(L, v->valuestring);
    else if (cJSON_IsArray(v)) {
        lua_createtable(L, cJSON_GetArraySize(v), 0);
        int i = 1;
        for (const cJSON *e = v->child; e; e = e->next) {
            lua_json_push(L, e);
            lua_rawseti(L, -2, i++);
        }
    } else if (cJSON_IsObject(v)) {
        lua_createtable(L, 0, 4);
        for (const cJSON *e = v->child; e; e = e->next) {
            lua_json_push(L, e);
            lua_setfield(L, -2, e->string);
        }
    } else lua_pushnil(L);
}

static bool is_sequence(lua_State *L, int idx, lua_Integer *n_out)
{
    lua_Integer n = (lua_Integer)lua_rawlen(L, idx);
    lua_Integer count = 0;
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        count++;
        lua_pop(L, 1);
    }
    *n_out = n;
    return count == n;
}

static cJSON *to_json(lua_State *L, int idx, int depth)
{
    idx = lua_absindex(L, idx);
    switch (lua_type(L, idx)) {
    case LUA_TBOOLEAN: return cJSON_CreateBool(lua_toboolean(L, idx));
    case LUA_TNUMBER: return cJSON_CreateNumber(lua_tonumber(L, idx));
    case LUA_TSTRING: return cJSON_CreateString(lua_tostring(L, idx));
    case LUA_TTABLE: {
        if (depth >= LUA_JSON_MAX_DEPTH) return cJSON_CreateNull();
        luaL_checkstack(L, 4, "lua_json_from");
        lua_Integer n;
        if (is_sequence(L, idx, &n) && n > 0) {
            cJSON *arr = cJSON_CreateArray();
            for (lua_Integer i = 1; i <= n; i++) {
                lua_rawgeti(L, idx, i);
                cJSON_AddItemToArray(arr, to_json(L, -1, depth + 1));
                lua_pop(L, 1);
            }
            return arr;
        }
        cJSON *obj = cJSON_CreateObject();
        lua_pushnil(L);
        while (lua_next(L, idx)) {
            if (lua_type(L, -2) == LUA_TSTRING) {
                cJSON_AddItemToObject(obj, lua_tostring(L, -2), to_json(L, -1, depth + 1));
            }
            lua_pop(L, 1);
        }
        return obj;
    }
    default: return cJSON_CreateNull();
    }
}

cJSON *lua_json_from(lua_State *L, int idx) { return to_json(L, idx, 0); }

cJSON *lua_json_from_range(lua_State *L, int first, int n)
{
    cJSON *arr = cJSON_CreateArray();
    for (int i = 0; i < n; i++) cJSON_AddItemToArray(arr, to_json(L, first + i, 0));
    return arr;
}
