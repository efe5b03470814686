/* scenario_state.c: capturing and restoring the data a scenario keeps in the locals of
 * scenario.lua (scenario_state.h). One walk serves both: it visits every upvalue reachable from
 * the scenario's functions in a fixed order, names it by its path, and either encodes its value
 * or, when restoring, sets it from the saved one. */
#include "scenario/scenario_state.h"

#include "scenario/scenario.h"
#include "base/util.h"

#include <lauxlib.h>
#include <lua.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STATE_MAX_DEPTH 16   /* nesting of one stored value */
#define STATE_MAX_WALK 24    /* functions and module tables followed from one root */
#define STATE_MAX_OPEN 16    /* tables open while encoding (a cycle check) */

/* ---- encoding one value ------------------------------------------------------------------ */

typedef struct Pair {
    char *sort_key;              /* the printed key, for a stable order */
    cJSON *pair;                 /* [key, value] */
} Pair;

static int pair_cmp(const void *a, const void *b)
{
    return strcmp(((const Pair *)a)->sort_key, ((const Pair *)b)->sort_key);
}

static cJSON *encode_value(lua_State *L, int idx, int depth, const void **open, int n_open);

static cJSON *tagged(const char *tag, const char *text)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, tag, text);
    return o;
}

/* A table of data as {"t": [[k, v], ...]} sorted by key; NULL when any part is not data. */
static cJSON *encode_table(lua_State *L, int idx, int depth, const void **open, int n_open)
{
    const void *self = lua_topointer(L, idx);
    if (depth >= STATE_MAX_DEPTH || n_open >= STATE_MAX_OPEN) return NULL;
    for (int i = 0; i < n_open; i++)
        if (open[i] == self) return NULL;   /* a cycle */
    if (lua_getmetatable(L, idx)) {
        lua_pop(L, 1);
        return NULL;
    }
    open[n_open] = self;
    Pair *pairs = NULL;
    size_t n = 0, cap = 0;
    bool ok = true;
    luaL_checkstack(L, 4, "scenario state");
    lua_pushnil(L);
    while (ok && lua_next(L, idx)) {
        cJSON *k = encode_value(L, -2, depth + 1, open, n_open + 1);
        cJSON *v = k ? encode_value(L, -1, depth + 1, open, n_open + 1) : NULL;
        lua_pop(L, 1);
        if (!k || !v) {
            cJSON_Delete(k);
            cJSON_Delete(v);
            ok = false;
            break;
        }
        if (n == cap) pairs = xrealloc(pairs, (cap = cap ? cap * 2 : 8) * sizeof *pairs);
        pairs[n].sort_key = cJSON_PrintUnformatted(k);
        pairs[n].pair = cJSON_CreateArray();
        cJSON_AddItemToArray(pairs[n].pair, k);
        cJSON_AddItemToArray(pairs[n].pair, v);
        n++;
    }
    if (!ok) lua_pop(L, 1);   /* the key lua_next left */
    cJSON *out = NULL;
    if (ok) {
        if (n) qsort(pairs, n, sizeof *pairs, pair_cmp);
        cJSON *list = cJSON_CreateArray();
        for (size_t i = 0; i < n; i++) {
            cJSON_AddItemToArray(list, pairs[i].pair);
            pairs[i].pair = NULL;
        }
        out = cJSON_CreateObject();
        cJSON_AddItemToObject(out, "t", list);
    }
    for (size_t i = 0; i < n; i++) {
        free(pairs[i].sort_key);
        cJSON_Delete(pairs[i].pair);
    }
    free(pairs);
    return out;
}

/* The value at idx as JSON, or NULL when it is not data (a function, userdata, a thread, a
 * table with a metatable, a cycle, too deep, a string with a NUL byte). */
static cJSON *encode_value(lua_State *L, int idx, int depth, const void **open, int n_open)
{
    idx = lua_absindex(L, idx);
    char buf[48];
    switch (lua_type(L, idx)) {
    case LUA_TNIL:
        return cJSON_CreateNull();
    case LUA_TBOOLEAN:
        return cJSON_CreateBool(lua_toboolean(L, idx));
    case LUA_TNUMBER:
        if (lua_isinteger(L, idx)) {
            lua_Integer v = lua_tointeger(L, idx);
            if (v > -((lua_Integer)1 << 53) && v < ((lua_Integer)1 << 53)) return cJSON_CreateNumber((double)v);
            snprintf(buf, sizeof buf, "%lld", (long long)v);
            return tagged("i", buf);
        }
        snprintf(buf, sizeof buf, "%.17g", (double)lua_tonumber(L, idx));
        return tagged("f", buf);
    case LUA_TSTRING: {
        size_t len = 0;
        const char *s = lua_tolstring(L, idx, &len);
        return strlen(s) == len ? cJSON_CreateString(s) : NULL;
    }
    case LUA_TTABLE:
        return encode_table(L, idx, depth, open, n_open);
    default:
        return NULL;
    }
}

/* ---- decoding one value ------------------------------------------------------------------ */

/* Pushes the Lua value v encodes; false (nothing pushed) when v is malformed. */
static bool decode_value(lua_State *L, const cJSON *v, int depth)
{
    luaL_checkstack(L, 4, "scenario state");
    if (!v || depth >= STATE_MAX_DEPTH) return false;
    if (cJSON_IsNull(v)) lua_pushnil(L);
    else if (cJSON_IsBool(v)) lua_pushboolean(L, cJSON_IsTrue(v));
    else if (cJSON_IsNumber(v)) lua_pushinteger(L, (lua_Integer)v->valuedouble);
    else if (cJSON_IsString(v)) lua_pushstring(L, v->valuestring);
    else if (cJSON_IsObject(v)) {
        const cJSON *i = cJSON_GetObjectItemCaseSensitive(v, "i");
        const cJSON *f = cJSON_GetObjectItemCaseSensitive(v, "f");
        const cJSON *t = cJSON_GetObjectItemCaseSensitive(v, "t");
        if (cJSON_IsString(i)) lua_pushinteger(L, (lua_Integer)strtoll(i->valuestring, NULL, 10));
        else if (cJSON_IsString(f)) lua_pushnumber(L, strtod(f->valuestring, NULL));
        else if (cJSON_IsArray(t)) {
            lua_createtable(L, 0, cJSON_GetArraySize(t));
            for (const cJSON *p = t->child; p; p = p->next) {
                if (cJSON_GetArraySize(p) != 2 || !decode_value(L, cJSON_GetArrayItem(p, 0), depth + 1)) {
                    lua_pop(L, 1);
                    return false;
                }
                bool bad_key = lua_isnil(L, -1) || (lua_type(L, -1) == LUA_TNUMBER && lua_tonumber(L, -1) != lua_tonumber(L, -1));
                if (bad_key || !decode_value(L, cJSON_GetArrayItem(p, 1), depth + 1)) {
                    lua_pop(L, 2);
                    return false;
                }
                lua_rawset(L, -3);
            }
        } else return false;
    } else return false;
    return true;
}

/* ---- the walk ---------------------------------------------------------------------------- */

typedef struct Walk {
    lua_State *L;
    Scenario *sc;
    const ScenarioStateRoot *extra;
    int n_extra;
    int seen;                    /* stack index of a table: upvalue ids and tables visited */
    cJSON *capture;              /* capture: key -> encoded value */
    const cJSON *restore;        /* restore: key -> value to put back */
    int restored;
    char *err;
} Walk;

/* true the first time p is seen in this walk. */
static bool first_visit(Walk *w, const void *p)
{
    lua_State *L = w->L;
    lua_pushlightuserdata(L, (void *)p);
    bool seen = lua_rawget(L, w->seen) != LUA_TNIL;
    lua_pop(L, 1);
    if (seen) return false;
    lua_pushlightuserdata(L, (void *)p);
    lua_pushboolean(L, 1);
    lua_rawset(L, w->seen);
    return true;
}

static void walk_function(Walk *w, int fidx, const char *path, int level);
static void walk_table(Walk *w, int tidx, const char *path, int level);

/* Follows the value at idx (a function or a table of functions) under path. */
static void walk_into(Walk *w, int idx, const char *path, int level)
{
    if (lua_type(w->L, idx) == LUA_TFUNCTION) walk_function(w, idx, path, level);
    else if (lua_type(w->L, idx) == LUA_TTABLE) walk_table(w, idx, path, level);
}

/* The upvalue i of the function at fidx, whose value is on top: stored or put back. */
static void visit_upvalue(Walk *w, int fidx, int i, const char *key)
{
    lua_State *L = w->L;
    const void *open[STATE_MAX_OPEN];
    cJSON *enc = encode_value(L, -1, 0, open, 0);
    if (!enc) return;
    if (w->capture) {
        cJSON_AddItemToObject(w->capture, key, enc);
        return;
    }
    cJSON_Delete(enc);
    const cJSON *saved = cJSON_GetObjectItemCaseSensitive(w->restore, key);
    if (!saved || w->err) return;
    if (!decode_value(L, saved, 0)) {
        w->err = xasprintf("the saved value of '%s' is malformed", key);
        return;
    }
    lua_setupvalue(L, fidx, i);
    w->restored++;
}

static void walk_function(Walk *w, int fidx, const char *path, int level)
{
    lua_State *L = w->L;
    fidx = lua_absindex(L, fidx);
    if (level > STATE_MAX_WALK || lua_iscfunction(L, fidx) || !first_visit(w, lua_topointer(L, fidx))) return;
    luaL_checkstack(L, 8, "scenario state");
    for (int i = 1;; i++) {
        const char *name = lua_getupvalue(L, fidx, i);
        if (!name) break;
        const void *id = lua_upvalueid(L, fidx, i);
        if (!*name || strcmp(name, "_ENV") == 0 || !first_visit(w, id)) {
            lua_pop(L, 1);
            continue;
        }
        char *key = xasprintf("%s.%s", path, name);
        if (lua_type(L, -1) == LUA_TFUNCTION) walk_function(w, -1, key, level + 1);
        else {
            visit_upvalue(w, fidx, i, key);
            if (lua_type(L, -1) == LUA_TTABLE) walk_table(w, -1, key, level + 1);   /* a module's functions */
        }
        lua_pop(L, 1);
        free(key);
    }
}

typedef struct Field {
    char *sort_key;
    bool integer;
    lua_Integer n;
} Field;

static int field_cmp(const void *a, const void *b)
{
    return strcmp(((const Field *)a)->sort_key, ((const Field *)b)->sort_key);
}

/* Follows the functions and tables in the table at tidx (string and integer keys), in key order. */
static void walk_table(Walk *w, int tidx, const char *path, int level)
{
    lua_State *L = w->L;
    tidx = lua_absindex(L, tidx);
    if (level > STATE_MAX_WALK || !first_visit(w, lua_topointer(L, tidx))) return;
    luaL_checkstack(L, 6, "scenario state");
    Field *fields = NULL;
    size_t n = 0, cap = 0;
    lua_pushnil(L);
    while (lua_next(L, tidx)) {
        int vt = lua_type(L, -1), kt = lua_type(L, -2);
        if ((vt == LUA_TFUNCTION || vt == LUA_TTABLE) && (kt == LUA_TSTRING || lua_isinteger(L, -2))) {
            if (n == cap) fields = xrealloc(fields, (cap = cap ? cap * 2 : 8) * sizeof *fields);
            fields[n].integer = kt != LUA_TSTRING;
            fields[n].n = fields[n].integer ? lua_tointeger(L, -2) : 0;
            fields[n].sort_key = fields[n].integer ? xasprintf("[%020lld]", (long long)fields[n].n)
                                                   : xstrdup(lua_tostring(L, -2));
            n++;
        }
        lua_pop(L, 1);
    }
    if (n) qsort(fields, n, sizeof *fields, field_cmp);
    for (size_t i = 0; i < n; i++) {
        if (fields[i].integer) lua_rawgeti(L, tidx, fields[i].n);
        else lua_getfield(L, tidx, fields[i].sort_key);
        char *key = fields[i].integer ? xasprintf("%s[%lld]", path, (long long)fields[i].n)
                                      : xasprintf("%s.%s", path, fields[i].sort_key);
        walk_into(w, -1, key, level + 1);
        lua_pop(L, 1);
        free(key);
        free(fields[i].sort_key);
    }
    free(fields);
}

/* Walks the scenario's roots in their fixed order, then the extra ones (a lua_CFunction run
 * under lua_pcall: the Lua heap is capped, and an allocation that fails must not abort). */
static int walk_scenario(lua_State *L)
{
    Walk *w = lua_touserdata(L, 1);
    Scenario *sc = w->sc;
    const ScenarioStateRoot *extra = w->extra;
    int n_extra = w->n_extra;
    w->L = L;
    luaL_checkstack(L, 8, "scenario state");
    lua_newtable(L);
    w->seen = lua_gettop(L);
    for (int h = 0; h < HOOK_COUNT; h++) {
        if (sc->hook_refs[h] == LUA_NOREF || sc->hook_refs[h] == LUA_REFNIL) continue;
        lua_rawgeti(L, LUA_REGISTRYINDEX, sc->hook_refs[h]);
        walk_into(w, -1, scenario_hook_name((ScenarioHook)h), 0);
        lua_pop(L, 1);
    }
    for (int r = 0; r < sc->n_rubric; r++) {
        if (sc->rubric[r].scripted_ref == LUA_NOREF || sc->rubric[r].scripted_ref == LUA_REFNIL) continue;
        char *path = xasprintf("rubric.%s", sc->rubric[r].id);
        lua_rawgeti(L, LUA_REGISTRYINDEX, sc->rubric[r].scripted_ref);
        walk_into(w, -1, path, 0);
        lua_pop(L, 1);
        free(path);
    }
    if (sc->scripted_ref != LUA_NOREF && sc->scripted_ref != LUA_REFNIL) {
        lua_rawgeti(L, LUA_REGISTRYINDEX, sc->scripted_ref);
        walk_into(w, -1, "scripted", 0);
        lua_pop(L, 1);
    }
    for (int i = 0; i < n_extra; i++) {
        if (extra[i].ref == LUA_NOREF || extra[i].ref == LUA_REFNIL) continue;
        lua_rawgeti(L, LUA_REGISTRYINDEX, extra[i].ref);
        walk_into(w, -1, extra[i].path, 0);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);   /* seen */
    return 0;
}

/* Runs the walk protected; false + w->err when Lua raised (out of memory, say). */
static bool walk(Scenario *sc, const ScenarioStateRoot *extra, int n_extra, Walk *w)
{
    lua_State *L = sc->L;
    w->sc = sc;
    w->extra = extra;
    w->n_extra = n_extra;
    int top = lua_gettop(L);
    lua_pushcfunction(L, walk_scenario);
    lua_pushlightuserdata(L, w);
    bool ok = lua_pcall(L, 1, 0, 0) == LUA_OK;
    if (!ok && !w->err) w->err = xasprintf("%s", lua_tostring(L, -1) ? lua_tostring(L, -1) : "error");
    lua_settop(L, top);
    return ok;
}

cJSON *scenario_state_capture(Scenario *sc, const ScenarioStateRoot *extra, int n_extra)
{
    Walk w = {.capture = cJSON_CreateObject()};
    if (sc && sc->L) walk(sc, extra, n_extra, &w);
    free(w.err);   /* what was captured before an error stands; the rest is not state */
    return w.capture;
}

bool scenario_state_restore(Scenario *sc, const ScenarioStateRoot *extra, int n_extra, const cJSON *saved,
                            int *restored, char **err)
{
    Walk w = {.restore = saved};
    if (sc && sc->L && cJSON_IsObject(saved)) walk(sc, extra, n_extra, &w);
    if (restored) *restored = w.restored;
    if (w.err) {
        *err = w.err;
        return false;
    }
    return true;
}

cJSON *scenario_state_changes(const cJSON *before, const cJSON *now)
{
    cJSON *changed = NULL;
    for (const cJSON *v = now ? now->child : NULL; v; v = v->next) {
        const cJSON *old = before ? cJSON_GetObjectItemCaseSensitive(before, v->string) : NULL;
        if (old && cJSON_Compare(old, v, true)) continue;
        if (!changed) changed = cJSON_CreateObject();
        cJSON_AddItemToObject(changed, v->string, cJSON_Duplicate(v, true));
    }
    return changed;
}
