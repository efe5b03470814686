/* scenario_load.c: loads DIR/scenario.lua in a fresh sandbox state, validates the returned
 * table (scenario_validate.c) and copies it into the Scenario structs (see scenario.h).
 * Functions (hooks, rubric scripted graders) and the scripted table stay in the Lua state as
 * registry refs. Every failure becomes one line naming the file. The hash is FNV-1a 64. */
#define _GNU_SOURCE
#include "scenario/scenario_internal.h"

#include "scenario/lua_sandbox.h"
#include "base/util.h"

#include <lauxlib.h>
#include <limits.h>
#include <lua.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *const HOOK_FIELDS[HOOK_COUNT] = {
    "on_start", "on_message", "on_command", "on_submit", "on_review", "on_finish", "on_resume"};

const char *scenario_hook_name(ScenarioHook hook)
{
    return hook >= 0 && hook < HOOK_COUNT ? HOOK_FIELDS[hook] : NULL;
}

bool scenario_has_hook(const Scenario *sc, ScenarioHook hook)
{
    return sc && hook >= 0 && hook < HOOK_COUNT && sc->hook_refs[hook] != LUA_NOREF && sc->hook_refs[hook] != LUA_REFNIL;
}

/* ---- one-line errors ---- */

static void flatten(char *s)
{
    for (; *s; s++)
        if (*s == '\n' || *s == '\r' || *s == '\t') *s = ' ';
}

/* Turns "message\nstack traceback:\n\t..." from a failed top-level run into one line that
 * starts with FILE:LINE (taken from the traceback when the message lacks the file). */
static char *runtime_error_line(const char *file, const char *err)
{
    const char *tb = strstr(err, "\nstack traceback:");
    char *msg = xstrndup(err, tb ? (size_t)(tb - err) : strlen(err));
    char *out;
    if (strstr(msg, file)) {
        out = msg;
    } else {
        const char *at = tb ? strstr(tb, file) : NULL;
        long line = 0;
        if (at && at[strlen(file)] == ':') line = strtol(at + strlen(file) + 1, NULL, 10);
        out = line > 0 ? xasprintf("%s:%ld: %s", file, line, msg) : xasprintf("%s: %s", file, msg);
        free(msg);
    }
    flatten(out);
    return out;
}

/* ---- extraction (the table is already validated) ---- */

static int raw_get(lua_State *L, int t, const char *key)
{
    lua_pushstring(L, key);
    return lua_rawget(L, t);
}

static char *get_str(lua_State *L, int t, const char *key)
{
    char *s = raw_get(L, t, key) == LUA_TSTRING ? xstrdup(lua_tostring(L, -1)) : NULL;
    lua_pop(L, 1);
    return s;
}

static double get_num(lua_State *L, int t, const char *key, double dflt)
{
    double x = raw_get(L, t, key) == LUA_TNUMBER ? lua_tonumber(L, -1) : dflt;
    lua_pop(L, 1);
    return x;
}

static int get_ref(lua_State *L, int t, const char *key, int type)
{
    if (raw_get(L, t, key) != type) {
        lua_pop(L, 1);
        return LUA_NOREF;
    }
    return luaL_ref(L, LUA_REGISTRYINDEX);
}

static char **get_str_list(lua_State *L, int t, const char *key, int *n)
{
    *n = 0;
    if (raw_get(L, t, key) != LUA_TTABLE) {
        lua_pop(L, 1);
        return NULL;
    }
    int len = (int)lua_rawlen(L, -1);
    char **out = xcalloc((size_t)len + 1, sizeof *out);
    for (int i = 0; i < len; i++) {
        lua_rawgeti(L, -1, i + 1);
        out[i] = xstrdup(lua_tostring(L, -1));
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    *n = len;
    return out;
}

static int cast_cmp(const void *a, const void *b)
{
    return strcmp(((const ScenarioCast *)a)->id, ((const ScenarioCast *)b)->id);
}

static void extract_cast(Scenario *sc, lua_State *L, int t)
{
    if (raw_get(L, t, "cast") != LUA_TTABLE) {
        lua_pop(L, 1);
        return;
    }
    int cast = lua_gettop(L);
    int n = 0;
    lua_pushnil(L);
    while (lua_next(L, cast)) {
        lua_pop(L, 1);
        n++;
    }
    sc->cast = xcalloc((size_t)n + 1, sizeof *sc->cast);
    lua_pushnil(L);
    while (lua_next(L, cast)) {
        int m = lua_gettop(L);
        ScenarioCast *c = &sc->cast[sc->n_cast++];
        c->id = xstrdup(lua_tostring(L, -2));
        c->name = get_str(L, m, "name");
        c->role = get_str(L, m, "role");
        c->persona = get_str(L, m, "persona");
        c->knows = get_str(L, m, "knows");
        c->reviewer = raw_get(L, m, "reviewer") == LUA_TBOOLEAN && lua_toboolean(L, -1);
        lua_pop(L, 2);
    }
    lua_pop(L, 1);
    qsort(sc->cast, (size_t)sc->n_cast, sizeof *sc->cast, cast_cmp);   /* stable order for UIs */
}

bool scenario_protect_path_ok(const char *path)
{
    size_t len = path ? strlen(path) : 0;
    if (len == 0 || len > 1024 || path[0] == '/') return false;
    if (path[len - 1] == '/') len--;
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)path[i] < 0x20 || path[i] == 0x7f) return false;
    for (size_t start = 0; start <= len;) {
        size_t end = start;
        while (end < len && path[end] != '/') end++;
        size_t n = end - start;
        if (n == 0 || (n == 1 && path[start] == '.') || (n == 2 && path[start] == '.' && path[start + 1] == '.'))
            return false;
        start = end + 1;
    }
    return true;
}

static void extract_task(ScenarioTask *task, lua_State *L, int t)
{
    task->id = get_str(L, t, "id");
    task->title = get_str(L, t, "title");
    task->from = get_str(L, t, "from");
    task->ticket = get_str(L, t, "ticket");
    task->review = get_str(L, t, "review");
    task->hints = get_str_list(L, t, "hints", &task->n_hints);
    task->hint_cost = get_num(L, t, "hint_cost", 5);
    task->protect = get_str_list(L, t, "protect", &task->n_protect);
    for (int i = 0; i < task->n_protect; i++) {
        size_t n = strlen(task->protect[i]);
        if (n > 1 && task->protect[i][n - 1] == '/') task->protect[i][n - 1] = '\0';
    }
    char *assign = get_str(L, t, "assign");
    task->assign_at_start = !assign || strcmp(assign, "manual") != 0;
    free(assign);
    if (raw_get(L, t, "checks") == LUA_TTABLE) {
        int n = (int)lua_rawlen(L, -1);
        task->checks = xcalloc((size_t)n + 1, sizeof *task->checks);
        for (int i = 0; i < n; i++) {
            lua_rawgeti(L, -1, i + 1);
            int c = lua_gettop(L);
            ScenarioCheck *ck = &task->checks[task->n_checks++];
            ck->id = get_str(L, c, "id");
            ck->label = get_str(L, c, "label");
            if (!ck->label) ck->label = xstrdup(ck->id);
            ck->run = get_str(L, c, "run");
            ck->skill = get_str(L, c, "skill");
            ck->points = get_num(L, c, "points", 0);
            ck->timeout = get_num(L, c, "timeout", 0);
            ck->required = raw_get(L, c, "required") == LUA_TBOOLEAN && lua_toboolean(L, -1);
            lua_pop(L, 1);
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
}

static void extract_rubric(Scenario *sc, lua_State *L, int t)
{
    if (raw_get(L, t, "rubric") != LUA_TTABLE) {
        lua_pop(L, 1);
        return;
    }
    int n = (int)lua_rawlen(L, -1);
    sc->rubric = xcalloc((size_t)n + 1, sizeof *sc->rubric);
    for (int i = 0; i < n; i++) {
        lua_rawgeti(L, -1, i + 1);
        int r = lua_gettop(L);
        ScenarioRubric *item = &sc->rubric[sc->n_rubric++];
        item->id = get_str(L, r, "id");
        item->label = get_str(L, r, "label");
        if (!item->label) item->label = xstrdup(item->id);
        item->judge = get_str(L, r, "judge");
        item->skill = get_str(L, r, "skill");
        item->criteria = get_str(L, r, "criteria");
        item->points = get_num(L, r, "points", 0);
        item->scripted_ref = get_ref(L, r, "scripted", LUA_TFUNCTION);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

/* Absolute path of the scenario's folder rel (workspace, checks) when it exists, else NULL. */
static char *inner_folder_path(const char *dir, const char *rel)
{
    char *full = xasprintf("%s/%s", dir, rel);
    char real[PATH_MAX];
    struct stat st;
    char *out = NULL;
    if (stat(full, &st) == 0 && S_ISDIR(st.st_mode) && realpath(full, real)) out = xstrdup(real);
    free(full);
    return out;
}

static void extract(Scenario *sc, lua_State *L, int t)
{
    sc->id = get_str(L, t, "id");
    sc->title = get_str(L, t, "title");
    sc->summary = get_str(L, t, "summary");
    sc->role = get_str(L, t, "role");
    sc->level = get_str(L, t, "level");
    sc->family = get_str(L, t, "family");
    sc->skills = get_str_list(L, t, "skills", &sc->n_skills);
    sc->needs = get_str_list(L, t, "needs", &sc->n_needs);
    sc->channels = get_str_list(L, t, "channels", &sc->n_channels);
    sc->minutes = get_num(L, t, "minutes", 0);
    sc->time_limit = get_num(L, t, "time_limit", 0);
    sc->pass = get_num(L, t, "pass", 70);
    char *ws = get_str(L, t, "workspace");
    sc->workspace = inner_folder_path(sc->dir, ws ? ws : "workspace");
    free(ws);
    sc->checks_dir = inner_folder_path(sc->dir, "checks");
    extract_cast(sc, L, t);
    raw_get(L, t, "tasks");
    int n = (int)lua_rawlen(L, -1);
    sc->tasks = xcalloc((size_t)n + 1, sizeof *sc->tasks);
    for (int i = 0; i < n; i++) {
        lua_rawgeti(L, -1, i + 1);
        extract_task(&sc->tasks[sc->n_tasks++], L, lua_gettop(L));
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    extract_rubric(sc, L, t);
    for (int h = 0; h < HOOK_COUNT; h++) sc->hook_refs[h] = get_ref(L, t, HOOK_FIELDS[h], LUA_TFUNCTION);
    sc->scripted_ref = get_ref(L, t, "scripted", LUA_TTABLE);
}

/* ---- entry points ---- */

static Scenario *scenario_new(void)
{
    Scenario *sc = xcalloc(1, sizeof *sc);
    for (int h = 0; h < HOOK_COUNT; h++) sc->hook_refs[h] = LUA_NOREF;
    sc->scripted_ref = LUA_NOREF;
    return sc;
}

/* Runs scenario.lua and leaves its result on the stack; false and *err (one line) on failure. */
static bool scenario_run_file(Scenario *sc, char **err)
{
    char *lerr = NULL;
    if (!luasandbox_load_file(sc->L, sc->file, &lerr)) {
        flatten(lerr);
        *err = strstr(lerr, sc->file) ? lerr : xasprintf("%s: %s", sc->file, lerr);
        if (*err != lerr) free(lerr);
        return false;
    }
    if (!luasandbox_pcall(sc->L, 0, 1, LUASANDBOX_DEFAULT_BUDGET, &lerr)) {
        *err = runtime_error_line(sc->file, lerr);
        free(lerr);
        return false;
    }
    return true;
}

Scenario *scenario_load(const char *dir, char **err)
{
    *err = NULL;
    char real[PATH_MAX];
    if (!dir || !realpath(dir, real)) {
        *err = xasprintf("%s/scenario.lua: scenario folder not found", dir ? dir : "(null)");
        return NULL;
    }
    Scenario *sc = scenario_new();
    sc->dir = xstrdup(real);
    sc->file = xasprintf("%s/scenario.lua", real);
    char *ferr = NULL;
    size_t len = 0;
    char *bytes = util_read_file(sc->file, &len, &ferr);
    if (!bytes) {
        if (ferr && strncmp(ferr, sc->file, strlen(sc->file)) == 0) *err = xstrdup(ferr);
        else *err = xasprintf("%s: cannot read: %s", sc->file, ferr ? ferr : "error");
        flatten(*err);
        free(ferr);
        scenario_free(sc);
        return NULL;
    }
    sc->hash = scenario_hash_bytes(bytes, len);
    free(bytes);

    /* scenarios/lib: the lib folder next to the scenario folder */
    const char *slash = strrchr(real, '/');
    char *lib_dir = xasprintf("%.*s/lib", (int)(slash ? slash - real : 0), real);
    sc->L = luasandbox_new(sc->dir, lib_dir, LUASANDBOX_DEFAULT_MEMORY);
    sc->checks_shared_dir = inner_folder_path(lib_dir, "checks");   /* kept only with a checks/ */
    free(lib_dir);
    if (!sc->L) {
        *err = xasprintf("%s: cannot create the Lua state", sc->file);
        scenario_free(sc);
        return NULL;
    }
    if (!scenario_run_file(sc, err) || !scenario_validate(sc->L, -1, sc->file, sc->dir, err)) {
        scenario_free(sc);
        return NULL;
    }
    extract(sc, sc->L, lua_gettop(sc->L));
    lua_settop(sc->L, 0);
    if (!sc->checks_dir) {
        free(sc->checks_shared_dir);
        sc->checks_shared_dir = NULL;
    } else if (sc->checks_shared_dir) {   /* scenarios/lib/checks: every scenario's checks see it as /checks/_shared */
        char *own = xasprintf("%s/_shared", sc->checks_dir);
        bool taken = access(own, F_OK) == 0;
        free(own);
        if (taken) {
            *err = xasprintf("%s/_shared: the name is reserved for scenarios/lib/checks (rename the folder)",
                             sc->checks_dir);
            scenario_free(sc);
            return NULL;
        }
    }
    return sc;
}

static void free_list(char **list, int n)
{
    for (int i = 0; i < n; i++) free(list[i]);
    free(list);
}

void scenario_free(Scenario *sc)
{
    if (!sc) return;
    if (sc->L) lua_close(sc->L);
    free(sc->dir);
    free(sc->file);
    free(sc->hash);
    free(sc->id);
    free(sc->title);
    free(sc->summary);
    free(sc->role);
    free(sc->level);
    free(sc->family);
    free(sc->workspace);
    free(sc->checks_dir);
    free(sc->checks_shared_dir);
    free_list(sc->skills, sc->n_skills);
    free_list(sc->needs, sc->n_needs);
    free_list(sc->channels, sc->n_channels);
    for (int i = 0; i < sc->n_cast; i++) {
        ScenarioCast *c = &sc->cast[i];
        free(c->id);
        free(c->name);
        free(c->role);
        free(c->persona);
        free(c->knows);
    }
    free(sc->cast);
    for (int i = 0; i < sc->n_tasks; i++) {
        ScenarioTask *t = &sc->tasks[i];
        free(t->id);
        free(t->title);
        free(t->from);
        free(t->ticket);
        free(t->review);
        free_list(t->hints, t->n_hints);
        free_list(t->protect, t->n_protect);
        for (int j = 0; j < t->n_checks; j++) {
            free(t->checks[j].id);
            free(t->checks[j].label);
            free(t->checks[j].run);
            free(t->checks[j].skill);
        }
        free(t->checks);
    }
    free(sc->tasks);
    for (int i = 0; i < sc->n_rubric; i++) {
        ScenarioRubric *r = &sc->rubric[i];
        free(r->id);
        free(r->label);
        free(r->judge);
        free(r->skill);
        free(r->criteria);
    }
    free(sc->rubric);
    free(sc);
}

const ScenarioTask *scenario_find_task(const Scenario *sc, const char *id)
{
    for (int i = 0; sc && id && i < sc->n_tasks; i++)
        if (strcmp(sc->tasks[i].id, id) == 0) return &sc->tasks[i];
    return NULL;
}

const ScenarioCast *scenario_find_cast(const Scenario *sc, const char *id)
{
    for (int i = 0; sc && id && i < sc->n_cast; i++)
        if (strcmp(sc->cast[i].id, id) == 0) return &sc->cast[i];
    return NULL;
}

double scenario_max_points(const Scenario *sc)
{
    double total = 0;
    for (int i = 0; sc && i < sc->n_tasks; i++)
        for (int j = 0; j < sc->tasks[i].n_checks; j++) total += sc->tasks[i].checks[j].points;
    for (int i = 0; sc && i < sc->n_rubric; i++) total += sc->rubric[i].points;
    return total;
}
