/* actions.c: loading and validating action scripts (actions.h). The script is untrusted Lua
 * run in the scenario sandbox with an instruction budget; the returned list is copied into C
 * structs at once, so the Lua state does not outlive loading. */
#include "headless/actions.h"

#include "core/run.h"

#include "scenario/lua_sandbox.h"
#include "base/util.h"

#include <lauxlib.h>
#include <lua.h>
#include <libgen.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const KIND_NAMES[] = {"sh", "say", "post", "wait", "hint", "submit", "finish"};

const char *action_kind_name(ActionKind kind) { return KIND_NAMES[kind]; }

void actions_free(ActionScript *script)
{
    if (!script) return;
    for (int i = 0; i < script->n; i++) {
        free(script->actions[i].target);
        free(script->actions[i].text);
    }
    free(script->actions);
    free(script->expect.outcome);
    free(script->file);
    free(script);
}

static bool field_error(char **err, const char *file, int index, const char *field, const char *what)
{
    *err = xasprintf("%s: [%d]%s%s: %s", file, index, field ? "." : "", field ? field : "", what);
    return false;
}

static bool get_string(lua_State *L, int t, const char *file, int index, const char *field, char **out, char **err)
{
    int type = lua_getfield(L, t, field);
    if (type != LUA_TSTRING) {
        char *what = xasprintf("expected string, got %s", lua_typename(L, type));
        field_error(err, file, index, field, what);
        free(what);
        lua_pop(L, 1);
        return false;
    }
    *out = xstrdup(lua_tostring(L, -1));
    lua_pop(L, 1);
    return true;
}

/* Converts entry `index` (a table at stack top) into *a. */
static bool parse_action(lua_State *L, const char *file, int index, Action *a, char **err)
{
    int t = lua_gettop(L);
    if (!lua_istable(L, t)) return field_error(err, file, index, NULL, "expected a table such as { sh = \"ls\" }");
    int verb = -1;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        const char *key = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
        bool known = false;
        for (int k = 0; key && k < 7; k++) {
            if (strcmp(key, KIND_NAMES[k]) == 0) {
                if (verb >= 0) {
                    lua_pop(L, 2);
                    return field_error(err, file, index, NULL, "more than one action in one entry");
                }
                verb = k;
                known = true;
            }
        }
        if (key && (strcmp(key, "text") == 0 || strcmp(key, "timeout") == 0)) known = true;
        if (!known) {
            char *what = key ? xasprintf("unknown key '%s'", key) : xstrdup("unexpected non-string key");
            lua_pop(L, 2);
            field_error(err, file, index, NULL, what);
            free(what);
            return false;
        }
        lua_pop(L, 1);
    }
    if (verb < 0) return field_error(err, file, index, NULL, "no action (expected one of sh, say, post, wait, hint, submit, finish)");
    a->kind = (ActionKind)verb;
    switch (a->kind) {
    case ACTION_SH:
    case ACTION_HINT:
    case ACTION_SUBMIT:
        if (!get_string(L, t, file, index, KIND_NAMES[verb], &a->target, err)) return false;
        break;
    case ACTION_SAY:
    case ACTION_POST:
        if (!get_string(L, t, file, index, KIND_NAMES[verb], &a->target, err)) return false;
        if (!get_string(L, t, file, index, "text", &a->text, err)) return false;
        if (strlen(a->text) > RUN_MESSAGE_MAX_BYTES) {
            char *what = xasprintf("a chat message holds at most %d bytes, this one has %zu", RUN_MESSAGE_MAX_BYTES,
                                   strlen(a->text));
            field_error(err, file, index, "text", what);
            free(what);
            return false;
        }
        break;
    case ACTION_WAIT:
        lua_getfield(L, t, "wait");
        if (!lua_isnumber(L, -1) || !isfinite(lua_tonumber(L, -1)) || lua_tonumber(L, -1) < 0) {
            lua_pop(L, 1);
            return field_error(err, file, index, "wait", "expected a finite number of seconds >= 0");
        }
        a->seconds = lua_tonumber(L, -1);
        lua_pop(L, 1);
        break;
    case ACTION_FINISH:
        break;
    }
    if (a->kind != ACTION_SAY && a->kind != ACTION_POST) {
        lua_getfield(L, t, "text");
        bool has_text = !lua_isnil(L, -1);
        lua_pop(L, 1);
        if (has_text) return field_error(err, file, index, "text", "only say and post take text");
    }
    lua_getfield(L, t, "timeout");
    if (!lua_isnil(L, -1)) {
        if (a->kind != ACTION_SH || !lua_isnumber(L, -1) || !isfinite(lua_tonumber(L, -1)) || lua_tonumber(L, -1) <= 0) {
            lua_pop(L, 1);
            return field_error(err, file, index, "timeout", "only sh takes a timeout, a finite number of seconds > 0");
        }
        a->seconds = lua_tonumber(L, -1);
    }
    lua_pop(L, 1);
    return true;
}

static const char *const EXPECT_OUTCOMES[] = {"passed", "failed", "incomplete"};

static bool expect_error(char **err, const char *file, const char *field, const char *what)
{
    *err = xasprintf("%s: expect%s%s: %s", file, field ? "." : "", field ? field : "", what);
    return false;
}

/* A percent bound of expect (table at t): a finite number in [0, 100], or absent. */
static bool get_percent(lua_State *L, int t, const char *file, const char *field, bool *has, double *out, char **err)
{
    int type = lua_getfield(L, t, field);
    double v = type == LUA_TNUMBER ? lua_tonumber(L, -1) : 0;
    lua_pop(L, 1);
    if (type == LUA_TNIL) return true;
    if (type != LUA_TNUMBER || !isfinite(v) || v < 0 || v > 100)
        return expect_error(err, file, field, "expected a number of percent from 0 to 100");
    *has = true;
    *out = v;
    return true;
}

/* Converts the `expect` table (at stack top) into *e. */
static bool parse_expect(lua_State *L, const char *file, ActionExpect *e, char **err)
{
    int t = lua_gettop(L);
    if (!lua_istable(L, t))
        return expect_error(err, file, NULL, "expected a table such as { outcome = \"failed\", max_percent = 60 }");
    lua_pushnil(L);
    while (lua_next(L, t)) {
        const char *key = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
        if (!key || (strcmp(key, "outcome") != 0 && strcmp(key, "min_percent") != 0 && strcmp(key, "max_percent") != 0)) {
            char *what = key ? xasprintf("unknown key '%s' (expected outcome, min_percent, max_percent)", key)
                             : xstrdup("unexpected non-string key");
            lua_pop(L, 2);
            expect_error(err, file, NULL, what);
            free(what);
            return false;
        }
        lua_pop(L, 1);
    }
    e->present = true;
    int type = lua_getfield(L, t, "outcome");
    if (type != LUA_TNIL) {
        const char *v = type == LUA_TSTRING ? lua_tostring(L, -1) : "";
        for (int i = 0; i < 3 && !e->outcome; i++)
            if (strcmp(v, EXPECT_OUTCOMES[i]) == 0) e->outcome = xstrdup(v);
    }
    lua_pop(L, 1);
    if (type != LUA_TNIL && !e->outcome)
        return expect_error(err, file, "outcome", "expected \"passed\", \"failed\" or \"incomplete\"");
    if (!get_percent(L, t, file, "min_percent", &e->has_min, &e->min_percent, err)) return false;
    if (!get_percent(L, t, file, "max_percent", &e->has_max, &e->max_percent, err)) return false;
    if (!e->outcome && !e->has_min && !e->has_max)
        return expect_error(err, file, NULL, "empty: expected at least one of outcome, min_percent, max_percent");
    if (e->has_min && e->has_max && e->min_percent > e->max_percent)
        return expect_error(err, file, "min_percent", "is above max_percent");
    return true;
}

/* The keys of the returned table besides the list: only `expect`; parsed into script. */
static bool parse_top_level(lua_State *L, ActionScript *script, int n, char **err)
{
    int t = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, t)) {
        bool listed = lua_isinteger(L, -2) && lua_tointeger(L, -2) >= 1 && lua_tointeger(L, -2) <= n;
        const char *key = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
        if (key && strcmp(key, "expect") == 0) {
            bool ok = parse_expect(L, script->file, &script->expect, err);
            lua_pop(L, 1);
            if (!ok) {
                lua_pop(L, 1);
                return false;
            }
            continue;
        }
        if (!listed) {
            *err = key ? xasprintf("%s: unknown key '%s' (a script is a list of actions and may carry expect)", script->file, key)
                       : xasprintf("%s: unexpected key beside the list of actions (is there a gap in the list?)", script->file);
            lua_pop(L, 2);
            return false;
        }
        lua_pop(L, 1);
    }
    return true;
}

static void append_bound(Buf *b, const char *label, double percent)
{
    buf_printf(b, "%s%s%g %%", b->len ? ", " : "", label, percent);
}

char *actions_expect_describe(const ActionExpect *e)
{
    Buf b = {0};
    if (e->outcome) buf_printf(&b, "outcome %s", e->outcome);
    if (e->has_min && e->has_max && e->min_percent == e->max_percent) append_bound(&b, "", e->min_percent);
    else {
        if (e->has_min) append_bound(&b, "at least ", e->min_percent);
        if (e->has_max) append_bound(&b, "at most ", e->max_percent);
    }
    return b.len ? buf_steal(&b) : xstrdup("nothing");
}

bool actions_expect_met(const ActionExpect *e, const char *outcome, double percent, char **why)
{
    if (!e->present) return true;
    const double slack = 1e-9;
    bool outcome_ok = !e->outcome || strcmp(e->outcome, outcome) == 0;
    bool percent_ok = (!e->has_min || percent + slack >= e->min_percent) && (!e->has_max || percent - slack <= e->max_percent);
    if (outcome_ok && percent_ok) return true;
    char *wanted = actions_expect_describe(e);
    if (!outcome_ok) *why = xasprintf("outcome %s (%.0f %%), expected %s", outcome, percent, wanted);
    else *why = xasprintf("scored %.0f %%, expected %s", percent, wanted);
    free(wanted);
    return false;
}

/* A Lua error as one line naming path in full: Lua shortens long chunk names to
 * "...tail/NAME.lua:3: msg", and errors raised without a position name no file at all. */
static char *lua_error_naming(const char *path, const char *lerr)
{
    const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    char *at = xasprintf("%s:", base);
    const char *hit = strstr(lerr, at);
    const char *colon = strchr(lerr, ':');
    char *msg;
    if (strstr(lerr, path)) msg = xstrdup(lerr);
    else if (hit && colon && hit + strlen(base) == colon) msg = xasprintf("%s%s", path, colon);
    else msg = xasprintf("%s: %s", path, lerr);
    free(at);
    return msg;
}

/* A script in a scenario's solution/ folder (SCENARIOS/ID/solution/x.lua) may require the
 * shared modules of SCENARIOS/lib, as scenario.lua can: the stage helpers its parts/ use.
 * Any other script (a learner's own file) gets its own folder only (NULL). A lib folder that
 * does not exist finds nothing (require then says so). */
static char *solution_lib_dir(const char *path)
{
    char *copy = xstrdup(path);
    char *slash = strrchr(copy, '/');
    char *lib = NULL;
    if (slash) {
        *slash = '\0';
        char *folder = strrchr(copy, '/');
        if (folder && strcmp(folder + 1, "solution") == 0) {
            *folder = '\0';
            char *scenario = strrchr(copy, '/');
            if (scenario) {
                *scenario = '\0';
                lib = xasprintf("%s/lib", *copy ? copy : "/");
            } else {
                lib = xstrdup("lib");
            }
        }
    }
    free(copy);
    return lib;
}

ActionScript *actions_load(const char *path, char **err)
{
    /* A FIFO, device or folder would block or confuse the Lua loader: refused at once. */
    if (!util_is_regular_file(path, err)) return NULL;
    char *dir_copy = xstrdup(path);
    char *lib_dir = solution_lib_dir(dir_copy);
    lua_State *L = luasandbox_new(dirname(dir_copy), lib_dir, LUASANDBOX_DEFAULT_MEMORY);
    free(lib_dir);
    free(dir_copy);
    if (!L) {
        *err = xasprintf("%s: cannot create a Lua state", path);
        return NULL;
    }
    char *lerr = NULL;
    if (!luasandbox_load_file(L, path, &lerr) || !luasandbox_pcall(L, 0, 1, LUASANDBOX_DEFAULT_BUDGET, &lerr)) {
        char *nl = lerr ? strchr(lerr, '\n') : NULL;
        if (nl) *nl = '\0';
        *err = lua_error_naming(path, lerr ? lerr : "error");
        free(lerr);
        lua_close(L);
        return NULL;
    }
    if (!lua_istable(L, -1)) {
        *err = xasprintf("%s: expected the file to return a list of actions, got %s", path, luaL_typename(L, -1));
        lua_close(L);
        return NULL;
    }
    ActionScript *script = xcalloc(1, sizeof *script);
    script->file = xstrdup(path);
    int n = (int)lua_rawlen(L, -1);
    if (!parse_top_level(L, script, n, err)) {
        lua_close(L);
        actions_free(script);
        return NULL;
    }
    script->actions = xcalloc((size_t)n + 1, sizeof *script->actions);
    for (int i = 1; i <= n; i++) {
        lua_rawgeti(L, -1, i);
        if (!parse_action(L, path, i, &script->actions[script->n], err)) {
            script->n++;
            lua_close(L);
            actions_free(script);
            return NULL;
        }
        script->n++;
        lua_pop(L, 1);
    }
    lua_close(L);
    return script;
}

bool actions_check_references(const ActionScript *script, const Scenario *sc, char **err)
{
    for (int i = 0; i < script->n; i++) {
        const Action *a = &script->actions[i];
        const char *problem = NULL;
        if ((a->kind == ACTION_HINT || a->kind == ACTION_SUBMIT) && !scenario_find_task(sc, a->target))
            problem = "unknown task";
        if (a->kind == ACTION_SAY && !scenario_find_cast(sc, a->target)) problem = "unknown cast member";
        if (a->kind == ACTION_POST) {
            bool found = false;
            for (int c = 0; c < sc->n_channels; c++) found = found || strcmp(sc->channels[c], a->target) == 0;
            if (!found) problem = "unknown channel";
        }
        if (problem) {
            *err = xasprintf("%s: [%d].%s: %s '%s' in scenario '%s'", script->file, i + 1,
                             action_kind_name(a->kind), problem, a->target, sc->id);
            return false;
        }
    }
    return true;
}

ActionScript *actions_submit_only(const Scenario *sc)
{
    ActionScript *script = xcalloc(1, sizeof *script);
    script->file = xstrdup("(submit-only learner)");
    script->actions = xcalloc((size_t)sc->n_tasks + 1, sizeof *script->actions);
    for (int i = 0; i < sc->n_tasks; i++)
        script->actions[script->n++] = (Action){.kind = ACTION_SUBMIT, .target = xstrdup(sc->tasks[i].id)};
    script->actions[script->n++] = (Action){.kind = ACTION_FINISH};
    return script;
}

ActionScript *actions_talk_only(const ActionScript *script)
{
    int kept = 0;
    for (int i = 0; i < script->n; i++) kept += script->actions[i].kind != ACTION_SH;
    if (kept == script->n) return NULL;
    ActionScript *talk = xcalloc(1, sizeof *talk);
    talk->file = xasprintf("%s (talk only)", script->file);
    talk->actions = xcalloc((size_t)kept + 1, sizeof *talk->actions);
    for (int i = 0; i < script->n; i++) {
        const Action *a = &script->actions[i];
        if (a->kind == ACTION_SH) continue;
        talk->actions[talk->n++] = (Action){.kind = a->kind,
                                            .target = a->target ? xstrdup(a->target) : NULL,
                                            .text = a->text ? xstrdup(a->text) : NULL,
                                            .seconds = a->seconds};
    }
    return talk;
}
