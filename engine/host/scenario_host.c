/* scenario_host.c: runs scenario code for a run (scenario_host.h). Each call into script code
 * is a Call: a fresh coroutine with its own instruction budget. Methods of the `run` object
 * that must wait (sh, ask, wait) start the work on the loop and yield; the completion
 * callback pushes the results and resumes the coroutine. A Call finds itself through the
 * coroutine's extra space. Script errors end the run through run_note_script_error. */
#define _GNU_SOURCE
#include "host/scenario_host.h"

#include "core/check_truth.h"
#include "core/run.h"
#include "scenario/lua_json.h"
#include "scenario/lua_sandbox.h"
#include "host/scenario_facts.h"
#include "scenario/scripted_rules.h"
#include "scenario/scenario_state.h"
#include "base/util.h"

#include <lauxlib.h>
#include <lua.h>
#include <stdlib.h>
#include <string.h>

#define RUN_METATABLE "worksim.run"
#define HOST_READ_MAX (1024 * 1024)

typedef struct Call Call;

struct ScenarioHost {
    Run *run;
    Scenario *sc;
    lua_State *L;
    int run_ref;          /* the `run` userdata */
    int matcher_ref;      /* this run's scripted-rule matcher (scripted_rules.h) */
    Call *calls;          /* calls started and not yet finished */
    int pending;          /* calls waiting on the engine */
    cJSON *state;         /* the scripts' per-run state as last logged (scenario_state.h) */
};

struct Call {
    ScenarioHost *host;   /* NULL once the host is gone (the call is abandoned) */
    lua_State *co;
    int co_ref;
    long budget;
    HostDoneFn done;
    void *ud;
    char *what;
    bool waiting;
    uint64_t timer;
    bool asking;          /* inside run_ask: an answer now is returned, not resumed into */
    bool answered;        /* run_ask answered at once (a scripted colleague) */
    char *answer, *answer_error;
    Call *next;
};

static Call **call_slot(lua_State *co) { return (Call **)lua_getextraspace(co); }

static void call_unlink(ScenarioHost *host, Call *call)
{
    for (Call **p = &host->calls; *p; p = &(*p)->next) {
        if (*p == call) {
            *p = call->next;
            return;
        }
    }
}

static void call_free(Call *call)
{
    if (call->host) {
        call_unlink(call->host, call);
        luaL_unref(call->host->L, LUA_REGISTRYINDEX, call->co_ref);
    }
    free(call->what);
    free(call);
}

static cJSON *capture_state(ScenarioHost *host)
{
    ScenarioStateRoot matcher = {host->matcher_ref, "matcher"};
    return scenario_state_capture(host->sc, &matcher, 1);
}

/* After each step of Lua: the per-run state that changed goes to the log, so a resume can put
 * it back (DESIGN §8). */
static void log_state_changes(ScenarioHost *host)
{
    if (run_is_finished(host->run)) return;
    cJSON *now = capture_state(host);
    cJSON *changed = scenario_state_changes(host->state, now);
    if (changed) run_log_scenario_state(host->run, &(EvScenarioState){.values = changed});
    cJSON_Delete(changed);
    cJSON_Delete(host->state);
    host->state = now;
}

/* One step of call: resumes it with nargs values already on its coroutine stack, logs the state
 * it changed, and when it ends, completes it. */
static void call_step(Call *call, int nargs)
{
    ScenarioHost *host = call->host;
    Run *run = host->run;
    int nres = 0;
    char *err = NULL;
    call->waiting = false;
    int status = luasandbox_resume(call->co, host->L, nargs, &nres, &call->budget, &err);
    log_state_changes(host);
    if (status == LUA_YIELD) {
        /* A run method started engine work and will resume us; anything else yielded is misuse. */
        if (!call->waiting) {
            char *msg = xasprintf("%s: %s: yielded outside run:sh/run:check/run:ask/run:wait", host->sc->file, call->what);
            lua_settop(call->co, 0);
            run_note_script_error(run, msg);
            free(msg);
            if (call->done) call->done(run, call->ud, NULL);
            call_free(call);
            return;
        }
        host->pending++;
        return;
    }
    if (status != LUA_OK) {
        char *msg = xasprintf("%s: %s: %s", host->sc->file, call->what, err ? err : "error");
        free(err);
        run_note_script_error(run, msg);
        free(msg);
        if (call->done) call->done(run, call->ud, NULL);
        call_free(call);
        return;
    }
    cJSON *results = lua_json_from_range(call->co, lua_gettop(call->co) - nres + 1, nres);
    lua_settop(call->co, 0);
    HostDoneFn done = call->done;
    void *ud = call->ud;
    call_free(call);
    if (done) done(run, ud, results);
    cJSON_Delete(results);
}

/* A step, what it changed and (when the call ends) what its caller does with the result, such
 * as the hook_done of a learner's input, are stored as one transaction (run_atomic_begin). */
static void call_resume(Call *call, int nargs)
{
    Run *run = call->host->run;
    bool tx = run_atomic_begin(run);
    call_step(call, nargs);
    run_atomic_end(run, tx);
}

/* New call for the function on top of host->L's stack; `run` is pushed as its first argument. */
static Call *call_new(ScenarioHost *host, const char *what, HostDoneFn done, void *ud)
{
    Call *call = xcalloc(1, sizeof *call);
    call->host = host;
    call->budget = LUASANDBOX_DEFAULT_BUDGET;
    call->done = done;
    call->ud = ud;
    call->what = xstrdup(what);
    call->co = lua_newthread(host->L);
    call->co_ref = luaL_ref(host->L, LUA_REGISTRYINDEX);
    *call_slot(call->co) = call;
    call->next = host->calls;
    host->calls = call;
    lua_xmove(host->L, call->co, 1);   /* the function */
    lua_rawgeti(call->co, LUA_REGISTRYINDEX, host->run_ref);
    return call;
}

/* Starts a call of the function on top of host->L with run and then args (taken over). */
static void call_start(ScenarioHost *host, const char *what, cJSON *args, HostDoneFn done, void *ud)
{
    Call *call = call_new(host, what, done, ud);
    int nargs = 1;
    for (const cJSON *a = args ? args->child : NULL; a; a = a->next) {
        lua_json_push(call->co, a);
        nargs++;
    }
    cJSON_Delete(args);
    call_resume(call, nargs);
}

/* ---- the run object ------------------------------------------------------------------ */

Run *scenario_host_check_run(lua_State *L, int idx)
{
    Run **p = luaL_checkudata(L, idx, RUN_METATABLE);
    return *p;
}

static Run *check_run(lua_State *L) { return scenario_host_check_run(L, 1); }

/* The Call the current coroutine belongs to; raises when used outside a hook. */
static Call *current_call(lua_State *L, const char *method)
{
    Call *call = lua_isyieldable(L) ? *call_slot(L) : NULL;
    if (!call) luaL_error(L, "run:%s can only be used inside a hook", method);
    return call;
}

static int raise_err(lua_State *L, char *err)
{
    lua_pushstring(L, err ? err : "error");
    free(err);
    return lua_error(L);
}

static int return_nil_msg(lua_State *L, char *err)
{
    lua_pushnil(L);
    lua_pushstring(L, err ? err : "error");
    free(err);
    return 2;
}

static int l_say(lua_State *L)
{
    Run *run = check_run(L);
    char *err = NULL;
    if (!run_say(run, luaL_checkstring(L, 2), luaL_checkstring(L, 3), &err)) return raise_err(L, err);
    return 0;
}

static int l_post(lua_State *L)
{
    Run *run = check_run(L);
    char *err = NULL;
    if (!run_post(run, luaL_checkstring(L, 2), luaL_checkstring(L, 3), luaL_checkstring(L, 4), &err))
        return raise_err(L, err);
    return 0;
}

static int l_assign(lua_State *L)
{
    Run *run = check_run(L);
    char *err = NULL;
    if (!run_assign(run, luaL_checkstring(L, 2), &err)) return raise_err(L, err);
    return 0;
}

static int l_complete(lua_State *L)
{
    Run *run = check_run(L);
    char *err = NULL;
    if (!run_complete(run, luaL_checkstring(L, 2), &err)) return raise_err(L, err);
    return 0;
}

static int task_index_or_raise(lua_State *L, Run *run, const char *task)
{
    const Scenario *sc = run_scenario(run);
    for (int i = 0; i < sc->n_tasks; i++)
        if (strcmp(sc->tasks[i].id, task) == 0) return i;
    return luaL_error(L, "unknown task '%s'", task);
}

static int l_done(lua_State *L)
{
    Run *run = check_run(L);
    int ti = task_index_or_raise(L, run, luaL_checkstring(L, 2));
    lua_pushboolean(L, run_task_status(run, ti) == TASK_DONE);
    return 1;
}

static int adjust(lua_State *L, bool award)
{
    Run *run = check_run(L);
    char *err = NULL;
    if (!run_adjust(run, award, luaL_checkstring(L, 2), luaL_checknumber(L, 3), luaL_optstring(L, 4, NULL), &err))
        return raise_err(L, err);
    return 0;
}

static int l_award(lua_State *L) { return adjust(L, true); }
static int l_penalize(lua_State *L) { return adjust(L, false); }

static int l_hint(lua_State *L)
{
    Run *run = check_run(L);
    const char *task = luaL_checkstring(L, 2);
    task_index_or_raise(L, run, task);
    char *err = NULL;
    char *text = run_take_hint(run, task, &err);
    if (!text) return return_nil_msg(L, err);
    lua_pushstring(L, text);
    free(text);
    return 1;
}

static int l_finish(lua_State *L)
{
    Run *run = check_run(L);
    run_finish(run, luaL_optstring(L, 2, "finished by the scenario"));
    return 0;
}

static int l_read(lua_State *L)
{
    Run *run = check_run(L);
    const char *path = luaL_checkstring(L, 2);
    if (!run_sandbox(run)) return return_nil_msg(L, xstrdup("the sandbox is not running"));
    char *err = NULL;
    size_t len = 0;
    char *data = sandbox_read_file(run_sandbox(run), path, HOST_READ_MAX, &len, &err);
    if (!data) return return_nil_msg(L, err);
    lua_pushlstring(L, data, len);
    free(data);
    return 1;
}

static int l_write(lua_State *L)
{
    Run *run = check_run(L);
    const char *path = luaL_checkstring(L, 2);
    size_t len = 0;
    const char *text = luaL_checklstring(L, 3, &len);
    if (!run_sandbox(run)) return return_nil_msg(L, xstrdup("the sandbox is not running"));
    char *err = NULL;
    if (!sandbox_write_file(run_sandbox(run), path, text, len, &err)) return return_nil_msg(L, err);
    lua_pushboolean(L, 1);
    return 1;
}

/* A call's engine work is done: its coroutine, to push the results on and resume; NULL when
 * the host is gone (the call is freed). */
static lua_State *call_back(Call *call)
{
    if (!call->host) {
        call_free(call);
        return NULL;
    }
    call->host->pending--;
    return call->co;
}

static void on_sh_done(void *ud, SandboxExecResult *r)
{
    Call *call = ud;
    lua_State *co = call_back(call);
    if (!co) return;
    if (r->error) {
        lua_pushnil(co);
        lua_pushstring(co, r->error);
        call_resume(call, 2);
        return;
    }
    lua_pushboolean(co, r->exit_code == 0);
    lua_pushlstring(co, r->output ? r->output : "", r->output_len);
    lua_pushinteger(co, r->exit_code);
    call_resume(call, 3);
}

static int l_sh(lua_State *L)
{
    Run *run = check_run(L);
    const char *cmd = luaL_checkstring(L, 2);
    SandboxExecRequest req = {.command = cmd};
    if (!lua_isnoneornil(L, 3)) {
        luaL_checktype(L, 3, LUA_TTABLE);
        lua_getfield(L, 3, "as");
        const char *as = lua_tostring(L, -1);
        if (as && strcmp(as, "root") != 0 && strcmp(as, "learner") != 0)
            return luaL_error(L, "run:sh: as must be \"root\" or \"learner\", got \"%s\"", as);
        req.as_root = as && strcmp(as, "root") == 0;
        lua_getfield(L, 3, "timeout");
        req.timeout = lua_isnumber(L, -1) ? lua_tonumber(L, -1) : 0;
        /* copy: on a throwaway copy of the workspace at /workspace, with a /tmp of its own, as a
         * check sees it; its writes vanish. A replay of the learner's commands on a changed copy
         * (scenarios/lib/evidence.lua) cannot reach the real workspace through any path. */
        lua_getfield(L, 3, "copy");
        req.check = lua_toboolean(L, -1);
        lua_pop(L, 3);
    }
    Call *call = current_call(L, "sh");
    if (!run_sandbox(run)) return return_nil_msg(L, xstrdup("the sandbox is not running"));
    char *err = NULL;
    run_log_hook_sh(run, &(EvHookSh){.command = cmd, .as_root = req.as_root});
    /* the copy's git tells the truth as a check's does: a replay's own git (the scenario's
     * vary or prepare) runs none of the learner's hooks or drivers; on the real workspace the
     * environment alone does what it can without writing (replace refs, grafts, hooks) */
    char *copy_cmd = req.check ? check_truth_copy_command(cmd) : check_truth_env_command(cmd);
    req.command = copy_cmd;
    bool started = sandbox_exec_start(run_sandbox(run), run_loop(run), &req, on_sh_done, call, &err);
    free(copy_cmd);
    if (!started) return return_nil_msg(L, err);
    call->waiting = true;
    return lua_yield(L, 0);
}

static void on_check_done(void *ud, const CheckResult *res, bool reused, const char *error)
{
    Call *call = ud;
    lua_State *co = call_back(call);
    if (!co) return;
    if (!res) {
        lua_pushnil(co);
        lua_pushstring(co, error ? error : "the check could not run");
        call_resume(call, 2);
        return;
    }
    lua_createtable(co, 0, 5);
    lua_pushboolean(co, res->passed);
    lua_setfield(co, -2, "passed");
    lua_pushinteger(co, res->exit_code);
    lua_setfield(co, -2, "exit");
    lua_pushstring(co, res->output ? res->output : "");
    lua_setfield(co, -2, "output");
    lua_pushstring(co, res->feedback ? res->feedback : "");
    lua_setfield(co, -2, "feedback");
    lua_pushboolean(co, res->timed_out);
    lua_setfield(co, -2, "timed_out");
    lua_pushboolean(co, reused);
    lua_setfield(co, -2, "reused");
    call_resume(call, 1);
}

/* run:check(task, check): the check's verdict on the workspace as it is now (run_check_now). */
static int l_check(lua_State *L)
{
    Run *run = check_run(L);
    const char *task = luaL_checkstring(L, 2);
    const char *check = luaL_checkstring(L, 3);
    Call *call = current_call(L, "check");
    if (!run_sandbox(run)) return return_nil_msg(L, xstrdup("the sandbox is not running"));
    char *err = NULL;
    char *what = xasprintf("check %s/%s", task, check);
    run_log_hook_sh(run, &(EvHookSh){.command = what});
    free(what);
    if (!run_check_now(run, task, check, on_check_done, call, &err)) {
        char *msg = xasprintf("run:check: %s", err ? err : "cannot run");
        free(err);
        return raise_err(L, msg);
    }
    call->waiting = true;
    return lua_yield(L, 0);
}

static void on_wait_done(void *ud)
{
    Call *call = ud;
    call->timer = 0;
    call->host->pending--;
    lua_pushboolean(call->co, 1);
    call_resume(call, 1);
}

static int l_wait(lua_State *L)
{
    Run *run = check_run(L);
    double seconds = luaL_checknumber(L, 2);
    if (seconds < 0) return luaL_error(L, "run:wait: seconds must not be negative");
    Call *call = current_call(L, "wait");
    call->waiting = true;
    call->timer = loop_add_timer(run_loop(run), seconds, on_wait_done, call);
    return lua_yield(L, 0);
}

static void on_ask_done(ColleagueContext *cx, void *ud, const char *text, const char *error)
{
    (void)cx;
    Call *call = ud;
    if (call->asking) {
        /* The coroutine is still running l_ask: resuming it now would re-enter it. */
        call->answered = true;
        call->answer = error ? NULL : xstrdup(text ? text : "");
        call->answer_error = error ? xstrdup(error) : NULL;
        return;
    }
    if (!call->host) {
        call_free(call);
        return;
    }
    call->host->pending--;
    if (error) {
        lua_pushnil(call->co);
        lua_pushstring(call->co, error);
        call_resume(call, 2);
    } else {
        lua_pushstring(call->co, text ? text : "");
        call_resume(call, 1);
    }
}

static int l_ask(lua_State *L)
{
    Run *run = check_run(L);
    const char *who = luaL_checkstring(L, 2);
    const char *prompt = luaL_checkstring(L, 3);
    if (!scenario_find_cast(run_scenario(run), who)) return luaL_error(L, "unknown cast member '%s'", who);
    Call *call = current_call(L, "ask");
    call->asking = true;
    run_ask(run, who, prompt, on_ask_done, call);
    call->asking = false;
    if (call->answered) {
        call->answered = false;
        int n = 1;
        if (call->answer_error) {
            lua_pushnil(L);
            lua_pushstring(L, call->answer_error);
            n = 2;
        } else {
            lua_pushstring(L, call->answer);
        }
        free(call->answer);
        free(call->answer_error);
        call->answer = call->answer_error = NULL;
        return n;
    }
    call->waiting = true;
    return lua_yield(L, 0);
}

static int l_messages(lua_State *L)
{
    Run *run = check_run(L);
    int n = 0;
    const RunMessage *m = run_messages(run, &n);
    lua_createtable(L, n, 0);
    for (int i = 0; i < n; i++) {
        lua_createtable(L, 0, 5);
        lua_pushstring(L, m[i].from);
        lua_setfield(L, -2, "from");
        if (m[i].to) {
            lua_pushstring(L, m[i].to);
            lua_setfield(L, -2, "to");
        }
        if (m[i].channel) {
            lua_pushstring(L, m[i].channel);
            lua_setfield(L, -2, "channel");
        }
        lua_pushstring(L, m[i].text);
        lua_setfield(L, -2, "text");
        lua_pushnumber(L, m[i].t);
        lua_setfield(L, -2, "time");
        lua_rawseti(L, -2, i + 1);
    }
    return 1;
}

/* Pushes the exec objects of l (JSON text) as a Lua array; each gets `real` (= path unless the
 * log says otherwise) and, when command > 0 or background, those fields too. Returns how many. */
static int push_execs(lua_State *L, const RunExecList *l, int command, bool background)
{
    cJSON *arr = l && l->json ? cJSON_Parse(l->json) : NULL;
    int n = cJSON_GetArraySize(arr);
    lua_createtable(L, n, 0);
    for (int i = 0; i < n; i++) {
        cJSON *e = cJSON_GetArrayItem(arr, i);
        lua_json_push(L, e);
        if (!cJSON_GetObjectItem(e, "real") && cJSON_IsString(cJSON_GetObjectItem(e, "path"))) {
            lua_pushstring(L, cJSON_GetObjectItem(e, "path")->valuestring);
            lua_setfield(L, -2, "real");
        }
        if (command > 0 || background) {
            lua_pushinteger(L, command);
            lua_setfield(L, -2, "command");
        }
        if (background) {
            lua_pushboolean(L, 1);
            lua_setfield(L, -2, "background");
        }
        lua_rawseti(L, -2, i + 1);
    }
    cJSON_Delete(arr);
    return n;
}

/* run:execs(): every exec of the learner's shell in order, each with `command` (the index in
 * run:commands() it ran in, or the latest one before it with `background = true`, 0 if none). */
static int l_execs(lua_State *L)
{
    Run *run = check_run(L);
    int n_cmd = 0, n_bg = 0, k = 0;
    run_commands(run, &n_cmd);
    const RunExecList *bg = run_background_execs(run, &n_bg);
    lua_newtable(L);
    int b = 0;
    for (int i = 0; i <= n_cmd; i++) {
        if (i > 0) {
            int n = push_execs(L, run_command_execs(run, i - 1), i, false);
            for (int j = 1; j <= n; j++) {
                lua_rawgeti(L, -1, j);
                lua_rawseti(L, -3, ++k);
            }
            lua_pop(L, 1);
        }
        for (; b < n_bg && bg[b].after_command <= i; b++) {
            int n = push_execs(L, &bg[b], bg[b].after_command, true);
            for (int j = 1; j <= n; j++) {
                lua_rawgeti(L, -1, j);
                lua_rawseti(L, -3, ++k);
            }
            lua_pop(L, 1);
        }
    }
    return 1;
}

static int l_commands(lua_State *L)
{
    Run *run = check_run(L);
    int n = 0;
    const RunCommand *c = run_commands(run, &n);
    lua_createtable(L, n, 0);
    for (int i = 0; i < n; i++) {
        lua_createtable(L, 0, 7);
        const RunExecList *x = run_command_execs(run, i);
        push_execs(L, x, 0, false);
        lua_setfield(L, -2, "execs");
        lua_pushboolean(L, x && x->traced);
        lua_setfield(L, -2, "traced");
        if (x && x->dropped > 0) {
            lua_pushinteger(L, x->dropped);
            lua_setfield(L, -2, "execs_dropped");
        }
        lua_pushstring(L, c[i].line);
        lua_setfield(L, -2, "line");
        lua_pushinteger(L, c[i].exit_code);
        lua_setfield(L, -2, "exit");
        lua_pushstring(L, c[i].output);
        lua_setfield(L, -2, "output");
        lua_pushnumber(L, c[i].t);
        lua_setfield(L, -2, "time");
        lua_rawseti(L, -2, i + 1);
    }
    return 1;
}

static int l_status(lua_State *L)
{
    Run *run = check_run(L);
    int ti = task_index_or_raise(L, run, luaL_checkstring(L, 2));
    lua_pushstring(L, task_status_name(run_task_status(run, ti)));
    return 1;
}

static const luaL_Reg RUN_METHODS[] = {
    {"say", l_say}, {"post", l_post}, {"assign", l_assign}, {"sh", l_sh}, {"check", l_check}, {"read", l_read},
    {"write", l_write}, {"wait", l_wait}, {"ask", l_ask}, {"award", l_award},
    {"penalize", l_penalize}, {"hint", l_hint}, {"done", l_done}, {"complete", l_complete},
    {"finish", l_finish}, {"messages", l_messages}, {"commands", l_commands}, {"execs", l_execs}, {"status", l_status},
    {NULL, NULL},
};

static int l_index(lua_State *L)
{
    Run *run = check_run(L);
    const char *key = luaL_checkstring(L, 2);
    if (strcmp(key, "learner") == 0) {
        lua_pushstring(L, run_learner(run));
        return 1;
    }
    if (strcmp(key, "elapsed") == 0) {
        lua_pushnumber(L, run_elapsed(run));
        return 1;
    }
    if (strcmp(key, "base_commit") == 0) {   /* nil until on_start returned, and without git */
        lua_pushstring(L, run_base_commit(run));
        return 1;
    }
    lua_pushvalue(L, 2);
    lua_rawget(L, lua_upvalueindex(1));
    if (lua_isnil(L, -1)) return luaL_error(L, "run has no field or method '%s'", key);
    return 1;
}

static int l_newindex(lua_State *L) { return luaL_error(L, "the run object is read-only"); }

static int l_tostring(lua_State *L)
{
    Run *run = check_run(L);
    lua_pushfstring(L, "run(%s)", run_scenario(run)->id);
    return 1;
}

ScenarioHost *scenario_host_new(Run *run, Scenario *sc)
{
    ScenarioHost *host = xcalloc(1, sizeof *host);
    host->run = run;
    host->sc = sc;
    host->L = sc->L;
    lua_State *L = host->L;
    *call_slot(L) = NULL;

    Run **ud = lua_newuserdatauv(L, sizeof *ud, 0);
    *ud = run;
    luaL_newmetatable(L, RUN_METATABLE);
    luaL_newlib(L, RUN_METHODS);
    scenario_facts_register(L);
    lua_pushcclosure(L, l_index, 1);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, l_newindex);
    lua_setfield(L, -2, "__newindex");
    lua_pushcfunction(L, l_tostring);
    lua_setfield(L, -2, "__tostring");
    lua_pushliteral(L, "locked");
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    host->run_ref = luaL_ref(L, LUA_REGISTRYINDEX);

    host->matcher_ref = scripted_rules_push_matcher(L) ? luaL_ref(L, LUA_REGISTRYINDEX) : LUA_NOREF;
    host->state = capture_state(host);
    return host;
}

bool scenario_host_restore_state(ScenarioHost *host, const cJSON *saved, char **err)
{
    ScenarioStateRoot matcher = {host->matcher_ref, "matcher"};
    char *why = NULL;
    bool ok = scenario_state_restore(host->sc, &matcher, 1, saved, NULL, &why);
    cJSON_Delete(host->state);
    host->state = capture_state(host);   /* later changes are logged against what was put back */
    if (!ok) {
        *err = xasprintf("%s: its saved per-run state cannot be put back: %s", host->sc->file, why);
        free(why);
    }
    return ok;
}

void scenario_host_free(ScenarioHost *host)
{
    if (!host) return;
    Call *call = host->calls;
    while (call) {
        Call *next = call->next;
        if (call->timer) loop_cancel(run_loop(host->run), call->timer);
        if (call->waiting && !call->timer) {
            /* Engine work still holds this call: it frees it when its callback comes. */
            luaL_unref(host->L, LUA_REGISTRYINDEX, call->co_ref);
            call->host = NULL;
        } else {
            call->host = NULL;
            free(call->what);
            free(call);
        }
        call = next;
    }
    cJSON_Delete(host->state);
    free(host);
}

int scenario_host_pending(ScenarioHost *host) { return host ? host->pending : 0; }


void scenario_host_call_hook(ScenarioHost *host, ScenarioHook hook, cJSON *args, HostDoneFn done, void *ud)
{
    int ref = host ? host->sc->hook_refs[hook] : LUA_NOREF;
    if (ref == LUA_NOREF || ref == LUA_REFNIL) {
        cJSON_Delete(args);
        cJSON *empty = cJSON_CreateArray();
        if (done) done(host ? host->run : NULL, ud, empty);
        cJSON_Delete(empty);
        return;
    }
    lua_rawgeti(host->L, LUA_REGISTRYINDEX, ref);
    call_start(host, scenario_hook_name(hook), args, done, ud);
}

void scenario_host_call_ref(ScenarioHost *host, int ref, const char *what, cJSON *args, HostDoneFn done, void *ud)
{
    lua_rawgeti(host->L, LUA_REGISTRYINDEX, ref);
    call_start(host, what, args, done, ud);
}

void scenario_host_scripted_reply(ScenarioHost *host, const char *who, const char *text, const char *channel,
                                  HostDoneFn done, void *ud)
{
    lua_State *L = host->L;
    if (host->matcher_ref == LUA_NOREF || host->sc->scripted_ref == LUA_NOREF) {
        cJSON *empty = cJSON_CreateArray();
        done(host->run, ud, empty);
        cJSON_Delete(empty);
        return;
    }
    lua_rawgeti(L, LUA_REGISTRYINDEX, host->matcher_ref);
    char *what = xasprintf("scripted.%s", who);
    Call *call = call_new(host, what, done, ud);
    free(what);
    lua_State *co = call->co;
    lua_rawgeti(co, LUA_REGISTRYINDEX, host->sc->scripted_ref);
    lua_getfield(co, -1, who);
    lua_remove(co, -2);
    lua_pushstring(co, text);
    if (channel) lua_pushstring(co, channel);
    else lua_pushnil(co);
    lua_pushstring(co, who);
    call_resume(call, 5);
}

/* ---- the RunHooks table the core calls (core/run_hooks.h) ------------------------------------ */

static void *hooks_attach(Run *run, Scenario *sc) { return scenario_host_new(run, sc); }
static void hooks_detach(void *host) { scenario_host_free(host); }

static void hooks_call_hook(void *host, ScenarioHook hook, cJSON *args, RunHookDoneFn done, void *ud)
{
    scenario_host_call_hook(host, hook, args, done, ud);
}

static void hooks_call_ref(void *host, int ref, const char *what, cJSON *args, RunHookDoneFn done, void *ud)
{
    scenario_host_call_ref(host, ref, what, args, done, ud);
}

static void hooks_scripted_reply(void *host, const char *who, const char *text, const char *channel,
                                 RunHookDoneFn done, void *ud)
{
    scenario_host_scripted_reply(host, who, text, channel, done, ud);
}

static bool hooks_restore_state(void *host, const cJSON *saved, char **err)
{
    return scenario_host_restore_state(host, saved, err);
}

static const RunHooks SCENARIO_RUN_HOOKS = {
    .attach = hooks_attach,
    .detach = hooks_detach,
    .call_hook = hooks_call_hook,
    .call_ref = hooks_call_ref,
    .scripted_reply = hooks_scripted_reply,
    .restore_state = hooks_restore_state,
};

const RunHooks *scenario_run_hooks(void) { return &SCENARIO_RUN_HOOKS; }
