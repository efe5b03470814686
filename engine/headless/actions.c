/* actions.c: loading and validating action scripts (actions.h). The script is untrusted Lua
 * run in the scenario sandbox with an instruction budget; the returned list is copied into C
 * structs at once, so the Lua state does not outlive loading. */
#include "headless/actions.h"

#include "scenario/lua_sandbox.h"
#include "util/util.h"

#include <lauxlib.h>
#include <lua.h>
#include <libgen.h>
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
        break;
    case ACTION_WAIT:
        lua_getfield(L, t, "wait");
        if (!lua_isnumber(L, -1) || lua_tonumber(L, -1) < 0) {
            lua_pop(L, 1);
            return field_error(err, file, index, "wait", "expected a number of seconds >= 0");
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
        if (a->kind != ACTION_SH || !lua_isnumber(L, -1) || lua_tonumber(L, -1) <= 0) {
            lua_pop(L, 1);
            return field_error(err, file, index, "timeout", "only sh takes a timeout, a number of seconds > 0");
        }
        a->seconds = lua_tonumber(L, -1);
    }
    lua_pop(L, 1);
    return true;
}

ActionScript *actions_load(const char *path, char **err)
{
    char *dir_copy = xstrdup(path);
    lua_State *L = luasandbox_new(dirname(dir_copy), NULL, LUASANDBOX_DEFAULT_MEMORY);
    free(dir_copy);
    if (!L) {
        *err = xasprintf("%s: cannot create a Lua state", path);
        return NULL;
    }
    char *lerr = NULL;
    if (!luasandbox_load_file(L, path, &lerr) || !luasandbox_pcall(L, 0, 1, LUASANDBOX_DEFAULT_BUDGET, &lerr)) {
        char *nl = lerr ? strchr(lerr, '\n') : NULL;
        if (nl) *nl = '\0';
        *err = strstr(lerr ? lerr : "", path) ? xstrdup(lerr) : xasprintf("%s: %s", path, lerr ? lerr : "error");
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
