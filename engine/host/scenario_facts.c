/* scenario_facts.c: binds the fact methods of the `run` object (scenario_facts.h).
 * run:task(id) -> { id, status, submits, blank_submits, first_submit, last_submit, passed,
 * checks }, where a submit is { time, messages, commands } (how much of the chat and the
 * command list came before it; first_submit is the first that was not blank, run.h) and
 * checks maps each check id to its last result { ran, passed, points, max, feedback }.
 * Read-only: a judge looks, it never changes the run. */
#include "host/scenario_facts.h"

#include "core/run.h"
#include "host/scenario_host.h"

#include <lauxlib.h>
#include <lua.h>
#include <string.h>

static void push_submit(lua_State *L, double t, int messages, int commands)
{
    lua_createtable(L, 0, 3);
    lua_pushnumber(L, t);
    lua_setfield(L, -2, "time");
    lua_pushinteger(L, messages);
    lua_setfield(L, -2, "messages");
    lua_pushinteger(L, commands);
    lua_setfield(L, -2, "commands");
}

/* Pushes { [check id] = { ran, passed, points, max, feedback } }; returns whether all passed. */
static bool push_checks(lua_State *L, const ScenarioTask *t, const CheckResult *results)
{
    bool all = t->n_checks > 0;
    lua_createtable(L, 0, t->n_checks);
    for (int i = 0; i < t->n_checks; i++) {
        const CheckResult *r = &results[i];
        bool passed = r->ran && r->passed;
        all = all && passed;
        lua_createtable(L, 0, 6);
        lua_pushstring(L, t->checks[i].label ? t->checks[i].label : t->checks[i].id);
        lua_setfield(L, -2, "label");
        lua_pushboolean(L, r->ran);
        lua_setfield(L, -2, "ran");
        lua_pushboolean(L, passed);
        lua_setfield(L, -2, "passed");
        lua_pushnumber(L, passed ? t->checks[i].points : 0);
        lua_setfield(L, -2, "points");
        lua_pushnumber(L, t->checks[i].points);
        lua_setfield(L, -2, "max");
        if (r->feedback) {
            lua_pushstring(L, r->feedback);
            lua_setfield(L, -2, "feedback");
        }
        lua_setfield(L, -2, t->checks[i].id);
    }
    return all;
}

static int l_task(lua_State *L)
{
    Run *run = scenario_host_check_run(L, 1);
    const char *id = luaL_checkstring(L, 2);
    const Scenario *sc = run_scenario(run);
    int ti = 0;
    while (ti < sc->n_tasks && strcmp(sc->tasks[ti].id, id) != 0) ti++;
    if (ti == sc->n_tasks) return luaL_error(L, "unknown task '%s'", id);
    const TaskSubmits *sub = run_task_submits(run, ti);

    lua_createtable(L, 0, 8);
    lua_pushstring(L, id);
    lua_setfield(L, -2, "id");
    lua_pushstring(L, task_status_name(run_task_status(run, ti)));
    lua_setfield(L, -2, "status");
    lua_pushinteger(L, sub->count);
    lua_setfield(L, -2, "submits");
    lua_pushinteger(L, sub->blank);
    lua_setfield(L, -2, "blank_submits");
    if (task_submits_has_first(sub)) {
        push_submit(L, sub->first_t, sub->first_messages, sub->first_commands);
        lua_setfield(L, -2, "first_submit");
    }
    if (sub->count > 0) {
        push_submit(L, sub->last_t, sub->last_messages, sub->last_commands);
        lua_setfield(L, -2, "last_submit");
    }
    bool passed = push_checks(L, &sc->tasks[ti], run_task_checks(run, ti));
    lua_setfield(L, -2, "checks");
    lua_pushboolean(L, passed);
    lua_setfield(L, -2, "passed");
    return 1;
}

static const luaL_Reg FACT_METHODS[] = {
    {"task", l_task},
    {NULL, NULL},
};

void scenario_facts_register(lua_State *L) { luaL_setfuncs(L, FACT_METHODS, 0); }
