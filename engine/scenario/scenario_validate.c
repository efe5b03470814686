/* scenario_validate.c: checks a scenario table against the DESIGN §3 contract.
 * Walks the table with raw accesses only (no script code runs), keeping the path of the field
 * being checked ("tasks[1].checks[2].points") so the first problem becomes one precise line:
 * unknown keys (with a did-you-mean), wrong types, missing required fields, out-of-range values,
 * duplicate ids and references to cast members that do not exist. */
#define _GNU_SOURCE
#include "scenario/scenario_internal.h"
#include "scenario/scripted_rules.h"

#include "base/util.h"

#include <limits.h>
#include <lua.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct V {
    lua_State *L;
    const char *file, *dir;
    char path[1024];
    size_t plen;
    char *err;
    int cast;        /* absolute index of the cast table, or 0 if the scenario has none */
} V;

static const char *const TOP_KEYS[] = {
    "api", "id", "title", "summary", "role", "level", "family", "skills", "minutes", "time_limit",
    "pass", "workspace", "needs", "cast", "channels", "tasks", "rubric", "scripted",
    "on_start", "on_message", "on_command", "on_submit", "on_review", "on_finish", "on_resume", NULL};
static const char *const CAST_KEYS[] = {"name", "role", "persona", "knows", "reviewer", NULL};
static const char *const TASK_KEYS[] = {
    "id", "title", "from", "ticket", "checks", "hints", "hint_cost", "review", "assign", "protect", NULL};
static const char *const CHECK_KEYS[] = {"id", "label", "points", "run", "skill", "timeout", "required", NULL};
static const char *const RUBRIC_KEYS[] = {
    "id", "label", "points", "judge", "skill", "criteria", "scripted", NULL};
static const char *const RULE_KEYS[] = {"match", "pattern", "when", "once", "reply", NULL};

/* ---- messages and paths ---- */

static bool fail(V *v, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static bool fail(V *v, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = xvasprintf(fmt, ap);
    va_end(ap);
    for (char *p = msg; *p; p++)
        if (*p == '\n' || *p == '\r') *p = ' ';
    if (v->plen) v->err = xasprintf("%s: %s: %s", v->file, v->path, msg);
    else v->err = xasprintf("%s: %s", v->file, msg);
    free(msg);
    return false;
}

static bool is_identifier(const char *s)
{
    if (!*s || (*s >= '0' && *s <= '9')) return false;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || *s == '_'))
            return false;
    return true;
}

static void path_append(V *v, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void path_append(V *v, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(v->path + v->plen, sizeof v->path - v->plen, fmt, ap);
    va_end(ap);
    if (n > 0) v->plen += (size_t)n;
    if (v->plen >= sizeof v->path) v->plen = sizeof v->path - 1;
}

/* Extends the path by a field name; returns the previous length for path_restore. */
static size_t path_key(V *v, const char *key)
{
    size_t old = v->plen;
    if (!is_identifier(key)) path_append(v, "[\"%s\"]", key);
    else if (v->plen) path_append(v, ".%s", key);
    else path_append(v, "%s", key);
    return old;
}

static size_t path_index(V *v, long i)
{
    size_t old = v->plen;
    path_append(v, "[%ld]", i);
    return old;
}

static void path_restore(V *v, size_t len)
{
    v->plen = len;
    v->path[len] = '\0';
}

/* ---- did you mean ---- */

static size_t edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 63 || lb > 63) return 64;
    size_t row[64];
    for (size_t j = 0; j <= lb; j++) row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j];
            size_t best = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < best) best = up + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

static const char *closest_key(const char *key, const char *const *allowed)
{
    size_t limit = strlen(key) <= 3 ? 1 : 2;
    const char *best = NULL;
    size_t best_d = limit + 1;
    for (; *allowed; allowed++) {
        size_t d = edit_distance(key, *allowed);
        if (d < best_d) {
            best_d = d;
            best = *allowed;
        }
    }
    return best;
}

static bool in_list(const char *s, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(s, *list) == 0) return true;
    return false;
}

/* ---- shapes ---- */

static const char *type_of(lua_State *L, int idx) { return lua_typename(L, lua_type(L, idx)); }

/* Pushes t[key] without metamethods: scenario code must not run during validation. */
static int raw_get(lua_State *L, int t, const char *key)
{
    lua_pushstring(L, key);
    return lua_rawget(L, t);
}

/* Every key of the table at t must be a string from allowed. */
static bool check_keys(V *v, int t, const char *const *allowed)
{
    lua_State *L = v->L;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        if (lua_type(L, -2) != LUA_TSTRING) {
            if (lua_type(L, -2) == LUA_TNUMBER)
                return fail(v, "unexpected list item [%g] (expected named fields)", lua_tonumber(L, -2));
            return fail(v, "unexpected %s key (expected named fields)", type_of(L, -2));
        }
        const char *k = lua_tostring(L, -2);
        if (!in_list(k, allowed)) {
            const char *near = closest_key(k, allowed);
            path_key(v, k);
            if (near) return fail(v, "unknown key (did you mean '%s'?)", near);
            return fail(v, "unknown key");
        }
        lua_pop(L, 1);
    }
    return true;
}

/* The table at t must be a list: keys exactly 1..n. */
static bool check_list(V *v, int t)
{
    lua_State *L = v->L;
    lua_Integer n = (lua_Integer)lua_rawlen(L, t), count = 0;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        count++;
        if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 1 || lua_tointeger(L, -1) > n) {
            if (lua_type(L, -1) == LUA_TSTRING)
                return fail(v, "expected a list, found key '%s'", lua_tostring(L, -1));
            if (lua_type(L, -1) == LUA_TNUMBER)
                return fail(v, "expected a list, found key [%g]", lua_tonumber(L, -1));
            return fail(v, "expected a list, found a %s key", type_of(L, -1));
        }
    }
    if (count != n) return fail(v, "expected a list without holes");
    return true;
}

/* Pushes t[key] (raw access). Fails, leaving nothing pushed, if the field is missing but
 * required or present with another type; want names the expected type in the message. */
static bool get_field(V *v, int t, const char *key, int type, const char *want, bool required)
{
    lua_State *L = v->L;
    int ty = raw_get(L, t, key);
    if (ty == LUA_TNIL) {
        if (!required) return true;
        lua_pop(L, 1);
        return fail(v, "missing required field '%s'", key);
    }
    if (ty != type) {
        const char *got = type_of(L, -1);
        lua_pop(L, 1);
        path_key(v, key);
        return fail(v, "expected %s, got %s", want ? want : lua_typename(L, type), got);
    }
    return true;
}

/* A string field; *out (may be NULL) gets the value, valid while t is alive, or NULL. */
static bool opt_string(V *v, int t, const char *key, bool required, const char **out)
{
    if (out) *out = NULL;
    if (!get_field(v, t, key, LUA_TSTRING, NULL, required)) return false;
    if (out) *out = lua_tostring(v->L, -1);
    lua_pop(v->L, 1);
    return true;
}

/* A number field within [min, max]. */
static bool opt_number(V *v, int t, const char *key, bool required, double min, double max)
{
    if (!get_field(v, t, key, LUA_TNUMBER, NULL, required)) return false;
    if (lua_isnil(v->L, -1)) {
        lua_pop(v->L, 1);
        return true;
    }
    double x = lua_tonumber(v->L, -1);
    lua_pop(v->L, 1);
    if (x != x || x < min || x > max) {
        path_key(v, key);
        if (max >= 1e300) return fail(v, "expected a number >= %g, got %g", min, x);
        return fail(v, "expected a number from %g to %g, got %g", min, max, x);
    }
    return true;
}

static bool opt_type(V *v, int t, const char *key, int type)
{
    if (!get_field(v, t, key, type, NULL, false)) return false;
    lua_pop(v->L, 1);
    return true;
}

/* A list of strings; optional. */
static bool opt_string_list(V *v, int t, const char *key)
{
    lua_State *L = v->L;
    if (!get_field(v, t, key, LUA_TTABLE, "a list of strings", false)) return false;
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        return true;
    }
    int list = lua_gettop(L);
    size_t old = path_key(v, key);
    if (!check_list(v, list)) return false;
    for (lua_Integer i = 1; lua_rawgeti(L, list, i) != LUA_TNIL; i++) {
        if (lua_type(L, -1) != LUA_TSTRING) {
            path_index(v, (long)i);
            return fail(v, "expected string, got %s", type_of(L, -1));
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 2);
    path_restore(v, old);
    return true;
}

/* A field naming a cast member: must be a key of the cast table. */
static bool opt_cast_ref(V *v, int t, const char *key, bool required)
{
    const char *id;
    if (!opt_string(v, t, key, required, &id)) return false;
    if (!id) return true;
    bool known = false;
    if (v->cast) {
        raw_get(v->L, t, key);   /* keeps id alive while we look it up */
        lua_pushvalue(v->L, -1);
        known = lua_rawget(v->L, v->cast) != LUA_TNIL;
        lua_pop(v->L, 2);
    }
    if (known) return true;
    path_key(v, key);
    return fail(v, "unknown cast member '%s'", id);
}

/* Marks id as seen in the table at `seen`; fails on a repeat. */
static bool check_unique(V *v, int seen, const char *id, const char *what)
{
    lua_State *L = v->L;
    if (lua_getfield(L, seen, id) != LUA_TNIL) return fail(v, "duplicate %s '%s'", what, id);
    lua_pop(L, 1);
    lua_pushboolean(L, 1);
    lua_setfield(L, seen, id);
    return true;
}

/* Pushes the element i of the list at `list`, which must be a table. */
static bool list_table_item(V *v, int list, lua_Integer i)
{
    if (lua_rawgeti(v->L, list, i) != LUA_TTABLE) {
        path_index(v, (long)i);
        return fail(v, "expected table, got %s", type_of(v->L, -1));
    }
    return true;
}

/* ---- parts of a scenario ---- */

/* The folder rel of the scenario folder exists (unless optional) and does not lead outside it. */
static bool folder_stays_inside(V *v, const char *rel, bool required)
{
    char *full = xasprintf("%s/%s", v->dir, rel);
    char real[PATH_MAX], real_dir[PATH_MAX];
    struct stat st;
    bool exists = lstat(full, &st) == 0;
    bool ok = stat(full, &st) == 0 && S_ISDIR(st.st_mode);
    bool escapes = ok && realpath(full, real) && realpath(v->dir, real_dir) &&
                   (strncmp(real, real_dir, strlen(real_dir)) != 0 || real[strlen(real_dir)] != '/');
    free(full);
    if (!exists && !required) return true;
    if (!ok) return fail(v, required ? "folder '%s' not found in the scenario folder"
                                     : "'%s' in the scenario folder must be a folder", rel);
    if (escapes) return fail(v, "'%s' leads outside the scenario folder (a symlink?)", rel);
    return true;
}

static bool validate_top_scalars(V *v, int t)
{
    lua_State *L = v->L;
    raw_get(L, t, "api");
    if (lua_isnil(L, -1)) return fail(v, "missing required field 'api'");
    if (lua_type(L, -1) != LUA_TNUMBER || lua_tonumber(L, -1) != 1) {
        path_key(v, "api");
        if (lua_type(L, -1) == LUA_TNUMBER) return fail(v, "expected 1, got %g", lua_tonumber(L, -1));
        return fail(v, "expected 1, got %s", type_of(L, -1));
    }
    lua_pop(L, 1);

    const char *id, *level, *ws;
    if (!opt_string(v, t, "id", true, &id)) return false;
    if (!*id || strspn(id, "abcdefghijklmnopqrstuvwxyz0123456789-") != strlen(id)) {
        path_key(v, "id");
        return fail(v, "expected lowercase letters, digits and '-' (like \"first-bugfix\"), got '%s'", id);
    }
    if (!opt_string(v, t, "title", true, NULL) || !opt_string(v, t, "summary", false, NULL) ||
        !opt_string(v, t, "role", false, NULL) || !opt_string(v, t, "family", false, NULL) ||
        !opt_string(v, t, "level", false, &level))
        return false;
    if (level && strcmp(level, "intro") != 0 && strcmp(level, "junior") != 0 && strcmp(level, "mid") != 0) {
        path_key(v, "level");
        return fail(v, "expected intro, junior or mid, got '%s'", level);
    }
    if (!opt_string_list(v, t, "skills") || !opt_string_list(v, t, "needs") ||
        !opt_number(v, t, "minutes", false, 0, 1e308) || !opt_number(v, t, "time_limit", false, 0, 1e308) ||
        !opt_number(v, t, "pass", false, 0, 100) || !opt_string(v, t, "workspace", false, &ws))
        return false;
    if (ws) {
        bool inside = *ws && ws[0] != '/';
        for (const char *p = ws; inside && (p = strstr(p, "..")); p += 2)
            if ((p == ws || p[-1] == '/') && (p[2] == '\0' || p[2] == '/')) inside = false;
        path_key(v, "workspace");
        if (!inside) return fail(v, "expected a folder inside the scenario folder, got '%s'", ws);
        if (!folder_stays_inside(v, ws, true)) return false;
        path_restore(v, 0);
    }
    /* The optional checks/ folder (bound at /checks in check sandboxes) must be a folder of
     * the scenario's own, not a link to files elsewhere on the author's machine. */
    path_key(v, "checks");
    if (!folder_stays_inside(v, "checks", false)) return false;
    path_restore(v, 0);
    for (int h = 0; h < HOOK_COUNT; h++)
        if (!opt_type(v, t, scenario_hook_name((ScenarioHook)h), LUA_TFUNCTION)) return false;
    return true;
}

/* Pushes the cast table (or nothing if absent) and records it in v->cast. */
static bool validate_cast(V *v, int t)
{
    lua_State *L = v->L;
    if (!get_field(v, t, "cast", LUA_TTABLE, NULL, false)) return false;
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        return true;
    }
    int cast = lua_gettop(L);
    size_t old = path_key(v, "cast");
    lua_pushnil(L);
    while (lua_next(L, cast)) {
        if (lua_type(L, -2) != LUA_TSTRING || lua_rawlen(L, -2) == 0)
            return fail(v, "expected cast ids (non-empty strings) as keys, got a %s key", type_of(L, -2));
        size_t member_path = path_key(v, lua_tostring(L, -2));
        int m = lua_gettop(L);
        if (lua_type(L, m) != LUA_TTABLE) return fail(v, "expected table, got %s", type_of(L, m));
        if (!check_keys(v, m, CAST_KEYS) || !opt_string(v, m, "name", true, NULL) ||
            !opt_string(v, m, "role", false, NULL) || !opt_string(v, m, "persona", false, NULL) ||
            !opt_string(v, m, "knows", false, NULL) || !opt_type(v, m, "reviewer", LUA_TBOOLEAN))
            return false;
        path_restore(v, member_path);
        lua_pop(L, 1);
    }
    path_restore(v, old);
    v->cast = cast;
    return true;
}

static bool validate_channels(V *v, int t)
{
    lua_State *L = v->L;
    if (!opt_string_list(v, t, "channels")) return false;
    raw_get(L, t, "channels");
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        return true;
    }
    int list = lua_gettop(L);
    lua_newtable(L);
    int seen = lua_gettop(L);
    for (lua_Integer i = 1; lua_rawgeti(L, list, i) != LUA_TNIL; i++) {
        const char *name = lua_tostring(L, -1);
        size_t old = path_key(v, "channels");
        path_index(v, (long)i);
        if (name[0] != '#' || name[1] == '\0' || strchr(name, ' '))
            return fail(v, "expected a channel name like \"#team\", got '%s'", name);
        if (!check_unique(v, seen, name, "channel")) return false;
        path_restore(v, old);
        lua_pop(L, 1);
    }
    lua_pop(L, 3);
    return true;
}

static bool validate_check(V *v, int c, int seen)
{
    const char *id;
    if (!check_keys(v, c, CHECK_KEYS) || !opt_string(v, c, "id", true, &id)) return false;
    size_t old = path_key(v, "id");
    if (!check_unique(v, seen, id, "check id")) return false;
    path_restore(v, old);
    return opt_string(v, c, "label", false, NULL) && opt_number(v, c, "points", true, 0, 1e308) &&
           opt_string(v, c, "run", true, NULL) && opt_string(v, c, "skill", false, NULL) &&
           opt_number(v, c, "timeout", false, 0, 1e308) && opt_type(v, c, "required", LUA_TBOOLEAN);
}

/* protect = { "tests/", "pyproject.toml" }: workspace-relative paths the checks get as they
 * were in the base (scenario_protect_path_ok says which are acceptable). */
static bool validate_protect(V *v, int task)
{
    lua_State *L = v->L;
    if (!opt_string_list(v, task, "protect")) return false;
    if (raw_get(L, task, "protect") != LUA_TTABLE) {
        lua_pop(L, 1);
        return true;
    }
    int list = lua_gettop(L);
    size_t old = path_key(v, "protect");
    for (lua_Integer i = 1; lua_rawgeti(L, list, i) != LUA_TNIL; i++) {
        const char *p = lua_tostring(L, -1);
        if (!scenario_protect_path_ok(p)) {
            path_index(v, (long)i);
            return fail(v, "expected a path inside the workspace (relative, no '..', '.' or empty parts), got '%s'", p);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 2);
    path_restore(v, old);
    return true;
}

static bool validate_task(V *v, int task, int seen_tasks)
{
    lua_State *L = v->L;
    const char *id, *assign;
    if (!check_keys(v, task, TASK_KEYS) || !opt_string(v, task, "id", true, &id)) return false;
    size_t old = path_key(v, "id");
    if (!*id) return fail(v, "expected a non-empty task id");
    if (!check_unique(v, seen_tasks, id, "task id")) return false;
    path_restore(v, old);
    if (!opt_string(v, task, "title", true, NULL) || !opt_cast_ref(v, task, "from", false) ||
        !opt_string(v, task, "ticket", false, NULL) || !opt_string_list(v, task, "hints") ||
        !opt_number(v, task, "hint_cost", false, 0, 1e308) || !opt_cast_ref(v, task, "review", false) ||
        !opt_string(v, task, "assign", false, &assign))
        return false;
    if (assign && strcmp(assign, "start") != 0 && strcmp(assign, "manual") != 0) {
        path_key(v, "assign");
        return fail(v, "expected \"start\" or \"manual\", got '%s'", assign);
    }
    if (!validate_protect(v, task)) return false;
    if (!get_field(v, task, "checks", LUA_TTABLE, "a list of checks", false)) return false;
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        return true;
    }
    int checks = lua_gettop(L);
    old = path_key(v, "checks");
    if (!check_list(v, checks)) return false;
    lua_newtable(L);
    int seen = lua_gettop(L);
    for (lua_Integer i = 1; i <= (lua_Integer)lua_rawlen(L, checks); i++) {
        if (!list_table_item(v, checks, i)) return false;
        size_t item = path_index(v, (long)i);
        if (!validate_check(v, lua_gettop(L), seen)) return false;
        path_restore(v, item);
        lua_pop(L, 1);
    }
    lua_pop(L, 2);
    path_restore(v, old);
    return true;
}

static bool validate_tasks(V *v, int t)
{
    lua_State *L = v->L;
    if (!get_field(v, t, "tasks", LUA_TTABLE, "a list of tasks", true)) return false;
    int tasks = lua_gettop(L);
    size_t old = path_key(v, "tasks");
    if (!check_list(v, tasks)) return false;
    if (lua_rawlen(L, tasks) == 0) return fail(v, "expected at least one task");
    lua_newtable(L);
    int seen = lua_gettop(L);
    for (lua_Integer i = 1; i <= (lua_Integer)lua_rawlen(L, tasks); i++) {
        if (!list_table_item(v, tasks, i)) return false;
        size_t item = path_index(v, (long)i);
        if (!validate_task(v, lua_gettop(L), seen)) return false;
        path_restore(v, item);
        lua_pop(L, 1);
    }
    lua_pop(L, 2);
    path_restore(v, old);
    return true;
}

static bool validate_rubric(V *v, int t)
{
    lua_State *L = v->L;
    if (!get_field(v, t, "rubric", LUA_TTABLE, "a list of rubric items", false)) return false;
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        return true;
    }
    int rubric = lua_gettop(L);
    size_t old = path_key(v, "rubric");
    if (!check_list(v, rubric)) return false;
    lua_newtable(L);
    int seen = lua_gettop(L);
    for (lua_Integer i = 1; i <= (lua_Integer)lua_rawlen(L, rubric); i++) {
        if (!list_table_item(v, rubric, i)) return false;
        int r = lua_gettop(L);
        size_t item = path_index(v, (long)i);
        const char *id;
        if (!check_keys(v, r, RUBRIC_KEYS) || !opt_string(v, r, "id", true, &id)) return false;
        size_t idp = path_key(v, "id");
        if (!check_unique(v, seen, id, "rubric id")) return false;
        path_restore(v, idp);
        if (!opt_string(v, r, "label", false, NULL) || !opt_number(v, r, "points", true, 0, 1e308) ||
            !opt_cast_ref(v, r, "judge", true) || !opt_string(v, r, "skill", false, NULL) ||
            !opt_string(v, r, "criteria", false, NULL) || !opt_type(v, r, "scripted", LUA_TFUNCTION))
            return false;
        path_restore(v, item);
        lua_pop(L, 1);
    }
    lua_pop(L, 2);
    path_restore(v, old);
    return true;
}

/* rule.match: a non-empty text or a non-empty list of them. */
static bool validate_rule_match(V *v, int r)
{
    lua_State *L = v->L;
    int ty = raw_get(L, r, "match");
    size_t old = path_key(v, "match");
    bool ok = true;
    if (ty == LUA_TSTRING) {
        if (lua_rawlen(L, -1) == 0) ok = fail(v, "expected a non-empty text");
    } else if (ty == LUA_TTABLE) {
        int list = lua_gettop(L);
        lua_Integer n = (lua_Integer)lua_rawlen(L, list);
        if (!check_list(v, list)) return false;
        if (n == 0) ok = fail(v, "expected at least one text");
        for (lua_Integer i = 1; ok && i <= n; i++) {
            lua_rawgeti(L, list, i);
            if (lua_type(L, -1) != LUA_TSTRING || lua_rawlen(L, -1) == 0) {
                path_index(v, (long)i);
                ok = fail(v, "expected a non-empty text, got %s", lua_type(L, -1) == LUA_TSTRING ? "\"\"" : type_of(L, -1));
            }
            lua_pop(L, 1);
        }
    } else if (ty != LUA_TNIL) {
        ok = fail(v, "expected a text or a list of texts, got %s", type_of(L, -1));
    }
    lua_pop(L, 1);
    if (ok) path_restore(v, old);
    return ok;
}

/* One rule: { match, pattern, when, once, reply }. *answers_all is set when the rule has no
 * condition and a fixed reply, i.e. no rule after it can ever answer. */
static bool validate_rule(V *v, int r, bool *answers_all)
{
    lua_State *L = v->L;
    const char *pattern, *why;
    if (!check_keys(v, r, RULE_KEYS) || !validate_rule_match(v, r) || !opt_string(v, r, "pattern", false, &pattern) ||
        !opt_type(v, r, "when", LUA_TFUNCTION) || !opt_type(v, r, "once", LUA_TBOOLEAN))
        return false;
    if (pattern && !scripted_rules_pattern_ok(pattern, &why)) {
        path_key(v, "pattern");
        return fail(v, "malformed Lua pattern '%s': %s", pattern, why);
    }
    raw_get(L, r, "reply");
    int ty = lua_type(L, -1);
    lua_pop(L, 1);
    if (ty == LUA_TNIL) return fail(v, "missing required field 'reply'");
    if (ty != LUA_TSTRING && ty != LUA_TFUNCTION) {
        path_key(v, "reply");
        return fail(v, "expected string or function, got %s", lua_typename(L, ty));
    }
    bool conditional = false;
    static const char *const CONDITIONS[] = {"match", "pattern", "when", "once"};
    for (size_t i = 0; i < sizeof CONDITIONS / sizeof CONDITIONS[0]; i++) {
        int cty = raw_get(L, r, CONDITIONS[i]);
        conditional = conditional || (cty != LUA_TNIL && !(cty == LUA_TBOOLEAN && !lua_toboolean(L, -1)));
        lua_pop(L, 1);
    }
    *answers_all = !conditional && ty == LUA_TSTRING;
    return true;
}

/* scripted = { castid = { {match=, pattern=, when=, once=, reply=}, ..., {reply=} } } */
static bool validate_scripted(V *v, int t)
{
    lua_State *L = v->L;
    if (!get_field(v, t, "scripted", LUA_TTABLE, NULL, false)) return false;
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        return true;
    }
    int scripted = lua_gettop(L);
    size_t old = path_key(v, "scripted");
    lua_pushnil(L);
    while (lua_next(L, scripted)) {
        if (lua_type(L, -2) != LUA_TSTRING)
            return fail(v, "expected cast ids as keys, got a %s key", type_of(L, -2));
        const char *who = lua_tostring(L, -2);
        size_t member = path_key(v, who);
        lua_pushvalue(L, -2);
        if (!v->cast || lua_rawget(L, v->cast) == LUA_TNIL) return fail(v, "unknown cast member '%s'", who);
        lua_pop(L, 1);
        int rules = lua_gettop(L);
        if (lua_type(L, rules) != LUA_TTABLE) return fail(v, "expected a list of replies, got %s", type_of(L, rules));
        if (!check_list(v, rules)) return false;
        lua_Integer n = (lua_Integer)lua_rawlen(L, rules);
        for (lua_Integer i = 1; i <= n; i++) {
            if (!list_table_item(v, rules, i)) return false;
            size_t item = path_index(v, (long)i);
            bool answers_all = false;
            if (!validate_rule(v, lua_gettop(L), &answers_all)) return false;
            if (answers_all && i < n)
                return fail(v, "answers every message, so the rules after it never answer (give it 'match', "
                               "'pattern' or 'when', or make it the last rule)");
            path_restore(v, item);
            lua_pop(L, 1);
        }
        path_restore(v, member);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    path_restore(v, old);
    return true;
}

bool scenario_validate(lua_State *L, int idx, const char *file, const char *dir, char **err)
{
    V v = {.L = L, .file = file, .dir = dir};
    int top = lua_gettop(L);
    int t = lua_absindex(L, idx);
    bool ok = false;
    if (lua_type(L, t) != LUA_TTABLE) {
        fail(&v, "scenario.lua must return a table, got %s", type_of(L, t));
    } else {
        ok = check_keys(&v, t, TOP_KEYS) && validate_top_scalars(&v, t) && validate_cast(&v, t) &&
             validate_channels(&v, t) && validate_tasks(&v, t) && validate_rubric(&v, t) &&
             validate_scripted(&v, t);
    }
    lua_settop(L, top);
    if (ok) {
        *err = NULL;
        return true;
    }
    *err = v.err;
    return false;
}
