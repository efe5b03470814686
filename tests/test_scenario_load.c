/* test_scenario_load.c: scenario loading and the Lua sandbox under it.
 * Every folder in fixtures/bad must fail with a one-line error naming its file and holding
 * its expected.txt; fixtures/good/minimal must load with the right fields; the sandbox must
 * deny io/os.execute/dofile/bytecode, stop endless loops in pcall and resume, cap memory and
 * keep require inside the scenario folder and the lib folder. */
#define _GNU_SOURCE
#include "testlib.h"

#include "scenario/lua_sandbox.h"
#include "scenario/scenario.h"
#include "base/util.h"

#include <dirent.h>
#include <lauxlib.h>
#include <limits.h>
#include <lua.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define FIXTURES WORKSIM_TESTS_DIR "/fixtures"

/* Writes text to dir/name, creating dir (one level) first. */
static void write_file(const char *dir, const char *name, const char *text)
{
    mkdir(dir, 0755);
    char *path = xasprintf("%s/%s", dir, name);
    char *err = NULL;
    if (!util_write_file(path, text, strlen(text), &err)) testlib_fail(__FILE__, __LINE__, "write %s: %s", path, err);
    free(err);
    free(path);
}

/* A fresh scenario folder under the temp dir holding scenario.lua = text; caller frees. */
static char *temp_scenario(const char *name, const char *text)
{
    char *root = xasprintf("%s/scn", testlib_temp_dir());
    mkdir(root, 0755);
    char *dir = xasprintf("%s/%s", root, name);
    write_file(dir, "scenario.lua", text);
    free(root);
    return dir;
}

/* Loads a scenario made of text and returns the error (NULL if it loaded); caller frees. */
static char *load_error(const char *name, const char *text)
{
    char *dir = temp_scenario(name, text);
    char *err = NULL;
    Scenario *sc = scenario_load(dir, &err);
    scenario_free(sc);
    free(dir);
    return err;
}

/* A bare sandbox state; runs code and returns the error or NULL. */
static char *sandbox_run(lua_State *L, const char *code, long budget)
{
    char *err = NULL;
    if (luaL_loadbufferx(L, code, strlen(code), "=test", "t") != LUA_OK) {
        err = xstrdup(lua_tostring(L, -1));
        lua_pop(L, 1);
        return err;
    }
    luasandbox_pcall(L, 0, 0, budget, &err);
    return err;
}

static void test_scenario_bad_fixtures_fail_with_one_line_errors(void)
{
    DIR *d = opendir(FIXTURES "/bad");
    REQUIRE(d);
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        char *dir = xasprintf("%s/bad/%s", FIXTURES, e->d_name);
        char *exp_path = xasprintf("%s/expected.txt", dir);
        char *ferr = NULL;
        char *expected = util_read_file(exp_path, NULL, &ferr);
        if (!expected) {
            testlib_fail(__FILE__, __LINE__, "%s: %s", exp_path, ferr);
        } else {
            expected[strcspn(expected, "\n")] = '\0';
            char real[PATH_MAX];
            REQUIRE(realpath(dir, real));
            char *file = xasprintf("%s/scenario.lua", real);
            char *err = NULL;
            Scenario *sc = scenario_load(dir, &err);
            if (sc || !err) {
                testlib_fail(__FILE__, __LINE__, "%s loaded but should fail", e->d_name);
            } else {
                if (!strstr(err, expected)) testlib_fail(__FILE__, __LINE__, "%s: \"%s\" lacks \"%s\"", e->d_name, err, expected);
                if (strncmp(err, file, strlen(file)) != 0)
                    testlib_fail(__FILE__, __LINE__, "%s: \"%s\" does not start with the file", e->d_name, err);
                if (strchr(err, '\n')) testlib_fail(__FILE__, __LINE__, "%s: error has a newline: \"%s\"", e->d_name, err);
            }
            scenario_free(sc);
            free(err);
            free(file);
        }
        free(expected);
        free(ferr);
        free(exp_path);
        free(dir);
        n++;
    }
    closedir(d);
    CHECK(n >= 12);
}

static void test_scenario_good_minimal_loads_with_its_fields(void)
{
    char *err = NULL;
    Scenario *sc = scenario_load(FIXTURES "/good/minimal", &err);
    if (!sc) testlib_fail(__FILE__, __LINE__, "load: %s", err);
    REQUIRE(sc);
    char real[PATH_MAX];
    REQUIRE(realpath(FIXTURES "/good/minimal", real));
    CHECK_STR_EQ(sc->dir, real);
    CHECK_CONTAINS(sc->file, "/good/minimal/scenario.lua");
    CHECK_STR_EQ(sc->id, "minimal");
    CHECK_STR_EQ(sc->title, "Fix the greeting");
    CHECK_STR_EQ(sc->level, "intro");
    CHECK_STR_EQ(sc->family, "software");
    CHECK_STR_EQ(sc->role, "Intern");
    CHECK_INT_EQ(sc->n_skills, 2);
    CHECK_STR_EQ(sc->skills[1], "communication");
    CHECK_INT_EQ(sc->n_needs, 1);
    CHECK(sc->minutes == 5 && sc->time_limit == 600 && sc->pass == 70);
    CHECK_CONTAINS(sc->workspace, "/good/minimal/workspace");
    CHECK_INT_EQ(sc->n_channels, 1);
    CHECK_STR_EQ(sc->channels[0], "#team");
    REQUIRE(sc->n_cast == 2);
    CHECK_STR_EQ(sc->cast[0].id, "marco");   /* sorted by id */
    CHECK(sc->cast[0].reviewer);
    CHECK(!sc->cast[1].reviewer);
    const ScenarioCast *priya = scenario_find_cast(sc, "priya");
    REQUIRE(priya);
    CHECK_STR_EQ(priya->name, "Priya Shah");
    CHECK(priya->knows == NULL);
    CHECK(scenario_find_cast(sc, "bob") == NULL);
    REQUIRE(sc->n_tasks == 2);
    const ScenarioTask *fix = scenario_find_task(sc, "fix");
    REQUIRE(fix);
    CHECK_STR_EQ(fix->from, "priya");           /* from a required module in the folder */
    CHECK_STR_EQ(fix->ticket, "Please: fix greeting.txt");   /* from the lib module */
    CHECK_STR_EQ(fix->review, "marco");
    CHECK(fix->assign_at_start);
    CHECK(fix->hint_cost == 2);
    CHECK_INT_EQ(fix->n_hints, 1);
    REQUIRE(fix->n_checks == 2);
    CHECK_STR_EQ(fix->checks[0].skill, "shell");
    CHECK(fix->checks[0].timeout == 5);
    CHECK_STR_EQ(fix->checks[1].label, "one-line");   /* label defaults to the id */
    const ScenarioTask *report = scenario_find_task(sc, "report");
    REQUIRE(report);
    CHECK(!report->assign_at_start);
    CHECK(report->hint_cost == 5);
    CHECK(report->n_checks == 0 && report->review == NULL);
    REQUIRE(sc->n_rubric == 1);
    CHECK_STR_EQ(sc->rubric[0].judge, "priya");
    CHECK(sc->rubric[0].scripted_ref != LUA_NOREF);
    CHECK(scenario_max_points(sc) == 60);
    CHECK(sc->hook_refs[HOOK_ON_START] != LUA_NOREF);
    CHECK(sc->hook_refs[HOOK_ON_FINISH] != LUA_NOREF);
    CHECK(sc->hook_refs[HOOK_ON_MESSAGE] == LUA_NOREF);
    CHECK(sc->scripted_ref != LUA_NOREF);
    CHECK_INT_EQ(strlen(sc->hash), 16);

    /* Hooks run through luasandbox_resume and see the file's top-level locals. */
    lua_State *co = lua_newthread(sc->L);
    lua_rawgeti(co, LUA_REGISTRYINDEX, sc->hook_refs[HOOK_ON_START]);
    long budget = LUASANDBOX_DEFAULT_BUDGET;
    int nres = 0;
    char *rerr = NULL;
    CHECK_INT_EQ(luasandbox_resume(co, sc->L, 0, &nres, &budget, &rerr), LUA_OK);
    lua_settop(co, 0);
    lua_rawgeti(co, LUA_REGISTRYINDEX, sc->hook_refs[HOOK_ON_FINISH]);
    CHECK_INT_EQ(luasandbox_resume(co, sc->L, 0, &nres, &budget, &rerr), LUA_OK);
    CHECK_INT_EQ(nres, 1);
    CHECK(lua_toboolean(co, -1));
    lua_pop(sc->L, 1);
    free(rerr);
    scenario_free(sc);
    free(err);
}

static void test_scenario_hash_is_fnv1a64_of_the_file(void)
{
    char *dir = temp_scenario("hash", "return { api = 1, id = \"h\", title = \"H\", tasks = { { id = \"t\", title = \"T\" } } }\n");
    char *err = NULL;
    Scenario *sc = scenario_load(dir, &err);
    REQUIRE(sc);
    char *path = xasprintf("%s/scenario.lua", dir);
    size_t len = 0;
    char *bytes = util_read_file(path, &len, NULL);
    unsigned long long h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)bytes[i]) * 0x100000001b3ull;
    char want[17];
    snprintf(want, sizeof want, "%016llx", h);
    CHECK_STR_EQ(sc->hash, want);
    free(bytes);
    free(path);
    scenario_free(sc);
    free(dir);
}

static char *folder_version(const char *dir)
{
    char *err = NULL;
    char *v = scenario_folder_version(dir, &err);
    if (!v) testlib_fail(__FILE__, __LINE__, "version of %s: %s", dir, err);
    free(err);
    return v ? v : xstrdup("");
}

static void test_scenario_folder_version_covers_all_but_solution(void)
{
    char *dir = temp_scenario("version", "return { api = 1, id = \"v\", title = \"V\", tasks = { { id = \"t\", title = \"T\" } } }\n");
    char *ws = xasprintf("%s/workspace", dir);
    char *sol = xasprintf("%s/solution", dir);
    write_file(ws, "app.py", "print(1)\n");
    write_file(sol, "actions.lua", "return {}\n");
    char *v1 = folder_version(dir);
    CHECK(strncmp(v1, "fnv1a64:", 8) == 0 && strlen(v1) == 8 + 16);
    char *again = folder_version(dir);
    CHECK_STR_EQ(again, v1);

    write_file(sol, "actions.lua", "return { { sh = 'ls' } }\n");      /* solution/ is not the version */
    write_file(sol, "alt.lua", "return {}\n");
    char *v_sol = folder_version(dir);
    CHECK_STR_EQ(v_sol, v1);

    write_file(ws, "app.py", "print(2)\n");                            /* the workspace is */
    char *v_ws = folder_version(dir);
    CHECK(strcmp(v_ws, v1) != 0);

    char *app = xasprintf("%s/app.py", ws);
    CHECK(chmod(app, 0755) == 0);                                       /* so is the executable bit */
    char *v_x = folder_version(dir);
    CHECK(strcmp(v_x, v_ws) != 0);

    /* Moving bytes between a path and its content gives another version (framed entries). */
    char *checks = xasprintf("%s/checks", dir);
    write_file(checks, "ab", "c");
    char *v_ab = folder_version(dir);
    char *ab = xasprintf("%s/ab", checks);
    unlink(ab);
    write_file(checks, "a", "bc");
    char *v_a = folder_version(dir);
    CHECK(strcmp(v_ab, v_a) != 0);

    char *missing = xasprintf("%s/nope", dir);
    char *err = NULL;
    CHECK(scenario_folder_version(missing, &err) == NULL);
    CHECK(err != NULL && strstr(err, missing) != NULL);
    free(err);
    free(missing);
    free(ab);
    free(v_ab);
    free(v_a);
    free(checks);
    free(app);
    free(v_x);
    free(v_ws);
    free(v_sol);
    free(again);
    free(v1);
    free(ws);
    free(sol);
    free(dir);
}

static void test_scenario_validation_names_paths(void)
{
    static const struct { const char *text, *want; } cases[] = {
        {"return { api = 1, id = 'x', titel = 'X', tasks = {} }", ": titel: unknown key (did you mean 'title'?)"},
        {"return { api = 1, id = 'x', title = 'X', tasks = { { id = 't', title = 'T', checks = { { id = 'c', points = 1 } } } } }",
         ": tasks[1].checks[1]: missing required field 'run'"},
        {"return { api = 1, id = 'x', title = 'X', pass = 150, tasks = { { id = 't', title = 'T' } } }",
         ": pass: expected a number from 0 to 100, got 150"},
        {"return { api = 1, id = 'x', title = 'X', skills = { 'a', 3 }, tasks = { { id = 't', title = 'T' } } }",
         ": skills[2]: expected string, got number"},
        {"return { api = 1, id = 'x', title = 'X', channels = { 'team' }, tasks = { { id = 't', title = 'T' } } }",
         ": channels[1]: expected a channel name like \"#team\", got 'team'"},
        {"return { api = 1, id = 'x', title = 'X', tasks = { { id = 't', title = 'T', checks = { { id = 'c', points = 1, run = 'true' }, { id = 'c', points = 1, run = 'true' } } } } }",
         ": tasks[1].checks[2].id: duplicate check id 'c'"},
        {"return { api = 1, id = 'x', title = 'X', tasks = { { id = 't', title = 'T', assign = 'later' } } }",
         ": tasks[1].assign: expected \"start\" or \"manual\", got 'later'"},
        {"return { api = 1, id = 'x', title = 'X', tasks = { tasks = 1 } }", ": tasks: expected a list, found key 'tasks'"},
        {"return { api = 1, id = 'x', title = 'X', cast = { bob = { role = 'r' } }, tasks = { { id = 't', title = 'T' } } }",
         ": cast.bob: missing required field 'name'"},
        {"return { api = 1, id = 'x', title = 'X', cast = { bob = { name = 'B' } }, tasks = { { id = 't', title = 'T' } }, scripted = { eve = { { reply = 'hi' } } } }",
         ": scripted.eve: unknown cast member 'eve'"},
        {"return { api = 1, id = 'x', title = 'X', cast = { bob = { name = 'B' } }, tasks = { { id = 't', title = 'T' } }, scripted = { bob = { { match = 'x', reply = 3 } } } }",
         ": scripted.bob[1].reply: expected string or function, got number"},
        {"return { api = 1, id = 'x', title = 'X', cast = { bob = { name = 'B' } }, tasks = { { id = 't', title = 'T' } }, scripted = { bob = { { match = {}, reply = 'a' } } } }",
         ": scripted.bob[1].match: expected at least one text"},
        {"return { api = 1, id = 'x', title = 'X', cast = { bob = { name = 'B' } }, tasks = { { id = 't', title = 'T' } }, scripted = { bob = { { match = { 'a', 3 }, reply = 'a' } } } }",
         ": scripted.bob[1].match[2]: expected a non-empty text, got number"},
        {"return { api = 1, id = 'x', title = 'X', cast = { bob = { name = 'B' } }, tasks = { { id = 't', title = 'T' } }, scripted = { bob = { { match = '', reply = 'a' } } } }",
         ": scripted.bob[1].match: expected a non-empty text"},
        {"return { api = 1, id = 'x', title = 'X', cast = { bob = { name = 'B' } }, tasks = { { id = 't', title = 'T' } }, scripted = { bob = { { pattern = '[a', reply = 'a' } } } }",
         ": scripted.bob[1].pattern: malformed Lua pattern '[a': missing ']'"},
        {"return { api = 1, id = 'x', title = 'X', cast = { bob = { name = 'B' } }, tasks = { { id = 't', title = 'T' } }, scripted = { bob = { { pattern = 'a%', reply = 'a' } } } }",
         ": scripted.bob[1].pattern: malformed Lua pattern 'a%': ends with '%'"},
        {"return { api = 1, id = 'x', title = 'X', cast = { bob = { name = 'B' } }, tasks = { { id = 't', title = 'T' } }, scripted = { bob = { { pattern = '(a', reply = 'a' } } } }",
         ": scripted.bob[1].pattern: malformed Lua pattern '(a': a '(' is never closed"},
        {"return { api = 1, id = 'x', title = 'X', cast = { bob = { name = 'B' } }, tasks = { { id = 't', title = 'T' } }, scripted = { bob = { { when = 'x', reply = 'a' } } } }",
         ": scripted.bob[1].when: expected function, got string"},
        {"return { api = 1, id = 'x', title = 'X', cast = { bob = { name = 'B' } }, tasks = { { id = 't', title = 'T' } }, scripted = { bob = { { match = 'a', once = 1, reply = 'a' } } } }",
         ": scripted.bob[1].once: expected boolean, got number"},
        {"return { api = 1, id = 'x', title = 'X', cast = { bob = { name = 'B' } }, tasks = { { id = 't', title = 'T' } }, scripted = { bob = { { match = 'a', reply = 'a', hen = 1 } } } }",
         ": scripted.bob[1].hen: unknown key (did you mean 'when'?)"},
        {"return { api = 1, id = 'x', title = 'X', cast = { bob = { name = 'B' } }, tasks = { { id = 't', title = 'T' } }, scripted = { bob = { { reply = 'a' }, { match = 'x', reply = 'b' } } } }",
         ": scripted.bob[1]: answers every message, so the rules after it never answer"},
        {"return { api = 1, id = 'x', title = 'X', workspace = '../..', tasks = { { id = 't', title = 'T' } } }",
         ": workspace: expected a folder inside the scenario folder, got '../..'"},
        {"return { api = '1', id = 'x', title = 'X', tasks = { { id = 't', title = 'T' } } }", ": api: expected 1, got string"},
        {"return { api = 1, id = 'x', title = 'X', tasks = { { id = 't', title = 'T', protect = { 'tests/', '/etc/passwd' } } } }",
         ": tasks[1].protect[2]: expected a path inside the workspace (relative, no '..', '.' or empty parts), got '/etc/passwd'"},
        {"return { api = 1, id = 'x', title = 'X', tasks = { { id = 't', title = 'T', protect = { 'tests/../../x' } } } }",
         ": tasks[1].protect[1]: expected a path inside the workspace"},
        {"return { api = 1, id = 'x', title = 'X', tasks = { { id = 't', title = 'T', protect = { 'a//b' } } } }",
         ": tasks[1].protect[1]: expected a path inside the workspace"},
        {"return { api = 1, id = 'x', title = 'X', tasks = { { id = 't', title = 'T', protect = { '' } } } }",
         ": tasks[1].protect[1]: expected a path inside the workspace"},
        {"return { api = 1, id = 'x', title = 'X', tasks = { { id = 't', title = 'T', protect = 'tests' } } }",
         ": tasks[1].protect: expected a list of strings, got string"},
        {"error({}) return {}", "(error object is a table value)"},
        {"local t = setmetatable({}, { __index = function() while true do end end }) return t", ": missing required field 'api'"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char name[32];
        snprintf(name, sizeof name, "v%zu", i);
        char *err = load_error(name, cases[i].text);
        if (!err) testlib_fail(__FILE__, __LINE__, "case %zu loaded", i);
        else if (!strstr(err, cases[i].want)) testlib_fail(__FILE__, __LINE__, "case %zu: \"%s\" lacks \"%s\"", i, err, cases[i].want);
        else CHECK(!strchr(err, '\n'));
        free(err);
    }
}

/* Rules that may not answer (once, when, a reply function) can come before others. */
static void test_scenario_scripted_rules_that_may_pass_load(void)
{
    static const char *const cases[] = {
        "return { api = 1, id = 'x', title = 'X', cast = { bob = { name = 'B' } }, tasks = { { id = 't', title = 'T' } }, scripted = { bob = { { once = true, reply = 'hi' }, { reply = 'b' } } } }",
        "return { api = 1, id = 'x', title = 'X', cast = { bob = { name = 'B' } }, tasks = { { id = 't', title = 'T' } }, scripted = { bob = { { when = function() return false end, reply = 'a' }, { reply = 'b' } } } }",
        "return { api = 1, id = 'x', title = 'X', cast = { bob = { name = 'B' } }, tasks = { { id = 't', title = 'T' } }, scripted = { bob = { { reply = function() return nil end }, { reply = 'b' } } } }",
        "return { api = 1, id = 'x', title = 'X', cast = { bob = { name = 'B' } }, tasks = { { id = 't', title = 'T' } }, scripted = { bob = { { match = { 'a', 'b c' }, pattern = '%f[%w]x%W(%d+)%1', once = false, reply = 'a' }, { reply = 'b' } } } }",
        "return { api = 1, id = 'x', title = 'X', cast = { bob = { name = 'B' } }, tasks = { { id = 't', title = 'T' } }, scripted = { bob = { { pattern = '[]%]]%b()', reply = 'a' } } } }",
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char name[32];
        snprintf(name, sizeof name, "ok%zu", i);
        char *err = load_error(name, cases[i]);
        if (err) testlib_fail(__FILE__, __LINE__, "case %zu: %s", i, err);
        free(err);
    }
}

static void test_scenario_workspace_symlink_cannot_leave_the_folder(void)
{
    char *dir = temp_scenario("ws-link", "return { api = 1, id = 'x', title = 'X', workspace = 'ws', tasks = { { id = 't', title = 'T' } } }");
    char *link = xasprintf("%s/ws", dir);
    CHECK(symlink("/etc", link) == 0);
    char *err = NULL;
    Scenario *sc = scenario_load(dir, &err);
    CHECK(sc == NULL);
    CHECK_CONTAINS(err, ": workspace: 'ws' leads outside the scenario folder");
    scenario_free(sc);
    free(err);
    free(link);
    free(dir);
}

/* checks/ is the scenario's own folder (bound at /checks in check sandboxes): a file of that
 * name or a link leading elsewhere is refused; a real folder and `protect` load. */
static void test_scenario_checks_folder_and_protect(void)
{
    const char *text = "return { api = 1, id = 'x', title = 'X', tasks = { { id = 't', title = 'T', protect = { 'tests/', 'pyproject.toml' } } } }";
    char *dir = temp_scenario("checks-link", text);
    char *link = xasprintf("%s/checks", dir);
    CHECK(symlink("/etc", link) == 0);
    char *err = NULL;
    Scenario *sc = scenario_load(dir, &err);
    CHECK(sc == NULL);
    CHECK_CONTAINS(err, ": checks: 'checks' leads outside the scenario folder");
    free(err);
    err = NULL;
    CHECK(unlink(link) == 0);
    write_file(dir, "checks", "");   /* a file, not a folder */
    sc = scenario_load(dir, &err);
    CHECK(sc == NULL);
    CHECK_CONTAINS(err, "'checks' in the scenario folder must be a folder");
    free(err);
    err = NULL;
    CHECK(unlink(link) == 0);
    write_file(link, "verify.sh", "exit 0\n");
    sc = scenario_load(dir, &err);
    REQUIRE(sc);
    CHECK(sc->checks_dir && strstr(sc->checks_dir, "/checks-link/checks"));
    REQUIRE(sc->tasks[0].n_protect == 2);
    CHECK_STR_EQ(sc->tasks[0].protect[0], "tests");       /* the trailing '/' is dropped */
    CHECK_STR_EQ(sc->tasks[0].protect[1], "pyproject.toml");
    CHECK(sc->checks_shared_dir == NULL);   /* no scenarios/lib/checks beside it */
    scenario_free(sc);
    /* scenarios/lib/checks: the checks' shared helpers (/checks/_shared); the name is reserved */
    char *lib = xasprintf("%s/scn/lib", testlib_temp_dir()), *shared = xasprintf("%s/checks", lib);
    mkdir(lib, 0755);
    write_file(shared, "forked.py", "\n");
    sc = scenario_load(dir, &err);
    REQUIRE(sc);
    CHECK(sc->checks_shared_dir && strstr(sc->checks_shared_dir, "/scn/lib/checks"));
    scenario_free(sc);
    char *own = xasprintf("%s/_shared", link);
    mkdir(own, 0755);
    sc = scenario_load(dir, &err);
    CHECK(sc == NULL);
    CHECK_CONTAINS(err, "checks/_shared: the name is reserved for scenarios/lib/checks");
    free(err);
    err = NULL;
    rmdir(own);
    char *py = xasprintf("%s/forked.py", shared);
    unlink(py);
    rmdir(shared);
    rmdir(lib);
    free(py), free(own), free(shared), free(lib);
    free(link);
    free(dir);
}

static void test_scenario_sandbox_denies_io_os_and_dofile(void)
{
    lua_State *L = luasandbox_new(NULL, NULL, LUASANDBOX_DEFAULT_MEMORY);
    REQUIRE(L);
    char *err = sandbox_run(L,
        "assert(io == nil and dofile == nil and loadfile == nil and debug == nil and package == nil)\n"
        "assert(coroutine == nil and collectgarbage == nil and string.dump == nil and (''):len() == 0)\n"
        "assert(os.execute == nil and os.getenv == nil and os.remove == nil and os.rename == nil and os.exit == nil)\n"
        "assert(type(os.time()) == 'number' and type(os.clock()) == 'number' and os.date and os.difftime)\n"
        "assert(string.format and table.concat and math.floor and utf8.char and print and select and rawlen)\n"
        "assert(_G.pairs == pairs)\n"
        "assert(getmetatable('').__index.dump == nil)\n"
        "assert(not pcall(setmetatable, {}, { __gc = function() while true do end end }))\n"
        "local p = setmetatable({}, { __metatable = 'locked' })\n"
        "assert(getmetatable(p) == 'locked' and not pcall(setmetatable, p, {}))\n"
        "assert(getmetatable(setmetatable({}, { __index = { a = 1 } })).__index.a == 1)\n",
        LUASANDBOX_DEFAULT_BUDGET);
    CHECK(err == NULL);
    if (err) testlib_fail(__FILE__, __LINE__, "%s", err);
    free(err);
    err = sandbox_run(L, "os.execute('true')", LUASANDBOX_DEFAULT_BUDGET);
    CHECK_CONTAINS(err, "attempt to call a nil value (field 'execute')");
    CHECK_CONTAINS(err, "\nstack traceback:");
    CHECK(!luasandbox_hit_limit(L));
    free(err);
    err = sandbox_run(L, "dofile('/etc/passwd')", LUASANDBOX_DEFAULT_BUDGET);
    CHECK_CONTAINS(err, "global 'dofile'");
    free(err);
    lua_close(L);
}

static void test_scenario_sandbox_load_refuses_bytecode(void)
{
    lua_State *L = luasandbox_new(NULL, NULL, LUASANDBOX_DEFAULT_MEMORY);
    REQUIRE(L);
    char *err = sandbox_run(L,
        "local f, msg = load('\\27Lua\\84\\0\\25\\147\\13\\10\\26\\10')\n"
        "assert(f == nil and msg:find('binary chunk'), msg)\n"
        "f, msg = load('\\27Lua', 'x', 'b')\n"
        "assert(f == nil and msg:find('binary chunk'), msg)\n"
        "local g = assert(load('return io, os.time ~= nil, pairs ~= nil'))\n"
        "local a, b, c = g() assert(a == nil and b and c)\n"
        "local parts, i = { 'return ', '4', '2' }, 0\n"
        "assert(load(function() i = i + 1 return parts[i] end)() == 42)\n"
        "assert(load('syntax error here') == nil)\n",
        LUASANDBOX_DEFAULT_BUDGET);
    CHECK(err == NULL);
    if (err) testlib_fail(__FILE__, __LINE__, "%s", err);
    free(err);
    lua_close(L);
}

static void test_scenario_budget_stops_endless_loop_in_pcall(void)
{
    lua_State *L = luasandbox_new(NULL, NULL, LUASANDBOX_DEFAULT_MEMORY);
    REQUIRE(L);
    double t0 = util_monotonic_seconds();
    char *err = sandbox_run(L, "while true do end", 2000000);
    CHECK_CONTAINS(err, "instruction budget exceeded (a loop that never ends?)");
    CHECK(luasandbox_hit_limit(L));
    free(err);
    /* A script's own pcall cannot swallow the budget error. */
    err = sandbox_run(L, "while true do pcall(function() while true do end end) end", 2000000);
    CHECK_CONTAINS(err, "instruction budget exceeded");
    CHECK(luasandbox_hit_limit(L));
    free(err);
    err = sandbox_run(L, "while true do xpcall(function() while true do end end, function(m) return m end) end", 2000000);
    CHECK_CONTAINS(err, "instruction budget exceeded");
    free(err);
    CHECK(util_monotonic_seconds() - t0 < 20);
    /* Ordinary errors still are caught, and the state is usable after a limit. */
    err = sandbox_run(L, "local ok, m = pcall(error, 'x') assert(not ok and m == 'x')", 2000000);
    CHECK(err == NULL);
    CHECK(!luasandbox_hit_limit(L));
    free(err);
    lua_close(L);
}

static int yield_fn(lua_State *L) { return lua_yield(L, 0); }

static void test_scenario_budget_stops_endless_loop_in_resume(void)
{
    lua_State *L = luasandbox_new(NULL, NULL, LUASANDBOX_DEFAULT_MEMORY);
    REQUIRE(L);
    /* A plain endless loop inside one resume. */
    lua_State *co = lua_newthread(L);
    REQUIRE(luaL_loadbufferx(co, "while true do end", 17, "=loop", "t") == LUA_OK);
    long budget = 1000000;
    int nres = 0;
    char *err = NULL;
    int st = luasandbox_resume(co, L, 0, &nres, &budget, &err);
    CHECK(st != LUA_OK && st != LUA_YIELD);
    CHECK_CONTAINS(err, "instruction budget exceeded");
    CHECK_CONTAINS(err, "stack traceback:");
    CHECK(luasandbox_hit_limit(L));
    CHECK(budget < 0);
    free(err);
    lua_pop(L, 1);

    /* Work split over many resumes is charged across them. */
    lua_pushcfunction(L, yield_fn);
    lua_setglobal(L, "y");
    co = lua_newthread(L);
    const char *code = "while true do for i = 1, 5000 do end y() end";
    REQUIRE(luaL_loadbufferx(co, code, strlen(code), "=yields", "t") == LUA_OK);
    budget = 1000000;
    long before = budget;
    int resumes = 0;
    err = NULL;
    while ((st = luasandbox_resume(co, L, 0, &nres, &budget, &err)) == LUA_YIELD) {
        CHECK(budget < before);
        before = budget;
        if (++resumes > 10000) break;
    }
    CHECK(resumes > 10 && resumes < 1000);
    CHECK_CONTAINS(err, "instruction budget exceeded");
    CHECK(luasandbox_hit_limit(L));
    free(err);
    lua_pop(L, 1);

    /* Yielding without doing work still runs out (each resume costs something). */
    co = lua_newthread(L);
    code = "while true do y() end";
    REQUIRE(luaL_loadbufferx(co, code, strlen(code), "=spin", "t") == LUA_OK);
    budget = 100000;
    resumes = 0;
    err = NULL;
    while ((st = luasandbox_resume(co, L, 0, &nres, &budget, &err)) == LUA_YIELD)
        if (++resumes > 100000) break;
    CHECK(resumes <= 100000);
    CHECK_CONTAINS(err, "instruction budget exceeded");
    free(err);
    lua_pop(L, 1);
    lua_close(L);
}

static void test_scenario_memory_cap_stops_growth(void)
{
    lua_State *L = luasandbox_new(NULL, NULL, 8u * 1024u * 1024u);
    REQUIRE(L);
    char *err = sandbox_run(L, "local s = string.rep('x', 64 * 1024 * 1024)", LUASANDBOX_DEFAULT_BUDGET);
    CHECK_CONTAINS(err, "memory limit exceeded");
    CHECK(luasandbox_hit_limit(L));
    free(err);
    err = sandbox_run(L, "local t = {} while true do t[#t + 1] = ('x'):rep(1000) .. #t end", LUASANDBOX_DEFAULT_BUDGET);
    CHECK_CONTAINS(err, "memory limit exceeded");
    CHECK(luasandbox_hit_limit(L));
    free(err);
    err = sandbox_run(L, "local ok = pcall(string.rep, 'x', 64 * 1024 * 1024) error('caught?')", LUASANDBOX_DEFAULT_BUDGET);
    CHECK_CONTAINS(err, "memory limit exceeded");
    free(err);
    err = sandbox_run(L, "local s = ('x'):rep(1000) assert(#s == 1000)", LUASANDBOX_DEFAULT_BUDGET);
    CHECK(err == NULL);
    free(err);
    lua_close(L);
}

static void test_scenario_require_stays_in_folder_and_lib(void)
{
    char *root = xasprintf("%s/req", testlib_temp_dir());
    char *scen = xasprintf("%s/scen", root);
    char *sub = xasprintf("%s/util", scen);
    char *lib = xasprintf("%s/lib", root);
    mkdir(root, 0755);
    write_file(scen, "local_mod.lua", "return { n = 1 }");
    write_file(sub, "strings.lua", "local name = ... return { name = name }");
    write_file(lib, "shared.lua", "return { n = 2 }");
    write_file(lib, "local_mod.lua", "return { n = 99 }");   /* the folder wins over lib */
    write_file(lib, "loops.lua", "return require 'loops'");
    write_file(lib, "nothing.lua", "x = 1");
    write_file(root, "secret.lua", "return 'outside'");
    char *link = xasprintf("%s/escape.lua", scen);
    char *target = xasprintf("%s/secret.lua", root);
    CHECK(symlink(target, link) == 0);
    lua_State *L = luasandbox_new(scen, lib, LUASANDBOX_DEFAULT_MEMORY);
    REQUIRE(L);
    char *err = sandbox_run(L,
        "assert(require('local_mod').n == 1)\n"
        "assert(require('local_mod') == require('local_mod'))\n"
        "assert(require('shared').n == 2)\n"
        "assert(require('util.strings').name == 'util.strings')\n"
        "assert(require('nothing') == true)\n"
        "local ok, m = pcall(require, '../secret') assert(not ok and m:find(\"invalid module name\"), m)\n"
        "ok, m = pcall(require, 'escape') assert(not ok and m:find('not found in the scenario folder or scenarios/lib'), m)\n"
        "ok, m = pcall(require, 'nope') assert(not ok and m:find(\"require 'nope': not found\"), m)\n"
        "ok, m = pcall(require, '/etc/passwd') assert(not ok and m:find('invalid'), m)\n"
        "ok, m = pcall(require, 'loops') assert(not ok and m:find('circular'), m)\n",
        LUASANDBOX_DEFAULT_BUDGET);
    CHECK(err == NULL);
    if (err) testlib_fail(__FILE__, __LINE__, "%s", err);
    free(err);
    lua_close(L);
    free(link);
    free(target);
    free(root);
    free(scen);
    free(sub);
    free(lib);
}

static void test_scenario_resolve_finds_paths_and_ids(void)
{
    char *root = xasprintf("%s/path", testlib_temp_dir());
    mkdir(root, 0755);
    char *a = xasprintf("%s/a", root), *b = xasprintf("%s/b", root);
    mkdir(a, 0755);
    mkdir(b, 0755);
    char *s1 = xasprintf("%s/demo", b);
    write_file(s1, "scenario.lua", "return {}");
    char real[PATH_MAX];
    REQUIRE(realpath(s1, real));
    const char *path[] = {a, b, NULL};
    char *err = NULL;
    char *got = scenario_resolve("demo", path, &err);
    CHECK_STR_EQ(got, real);
    free(got);
    got = scenario_resolve(s1, NULL, &err);
    CHECK_STR_EQ(got, real);
    free(got);
    char *file = xasprintf("%s/scenario.lua", s1);
    got = scenario_resolve(file, NULL, &err);
    CHECK_STR_EQ(got, real);
    free(got);
    free(file);
    got = scenario_resolve("missing", path, &err);
    CHECK(got == NULL);
    CHECK_CONTAINS(err, "scenario 'missing' not found");
    CHECK_CONTAINS(err, a);
    free(err);
    got = scenario_resolve(a, path, &err);
    CHECK(got == NULL);
    CHECK_CONTAINS(err, "not a scenario folder");
    free(err);
    free(s1);
    free(a);
    free(b);
    free(root);
}

static void test_scenario_search_path_default_order(void)
{
    setenv("WORKSIM_SCENARIOS", "/env/one::/env/two", 1);
    setenv("XDG_DATA_HOME", "/xdg/data", 1);   /* installed packs */
    const char *extra[] = {"/cli/dir", NULL};
    int n = 0;
    char **p = scenario_search_path_default(extra, &n);
    REQUIRE(n == 6);
    CHECK_STR_EQ(p[0], "/cli/dir");
    CHECK_STR_EQ(p[1], "/env/one");
    CHECK_STR_EQ(p[2], "/env/two");
    CHECK_STR_EQ(p[3], WORKSIM_SOURCE_DIR "/scenarios");
    CHECK_STR_EQ(p[4], "/xdg/data/worksim/scenarios");
    CHECK_STR_EQ(p[5], WORKSIM_DATA_DIR "/scenarios");
    CHECK(p[6] == NULL);
    scenario_search_path_free(p);
    unsetenv("WORKSIM_SCENARIOS");
    unsetenv("XDG_DATA_HOME");
    p = scenario_search_path_default(NULL, &n);
    CHECK_INT_EQ(n, getenv("HOME") ? 3 : 2);
    scenario_search_path_free(p);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_scenario_bad_fixtures_fail_with_one_line_errors),
        TEST_CASE(test_scenario_good_minimal_loads_with_its_fields),
        TEST_CASE(test_scenario_hash_is_fnv1a64_of_the_file),
        TEST_CASE(test_scenario_validation_names_paths),
        TEST_CASE(test_scenario_folder_version_covers_all_but_solution),
        TEST_CASE(test_scenario_scripted_rules_that_may_pass_load),
        TEST_CASE(test_scenario_workspace_symlink_cannot_leave_the_folder),
        TEST_CASE(test_scenario_checks_folder_and_protect),
        TEST_CASE(test_scenario_sandbox_denies_io_os_and_dofile),
        TEST_CASE(test_scenario_sandbox_load_refuses_bytecode),
        TEST_CASE(test_scenario_budget_stops_endless_loop_in_pcall),
        TEST_CASE(test_scenario_budget_stops_endless_loop_in_resume),
        TEST_CASE(test_scenario_memory_cap_stops_growth),
        TEST_CASE(test_scenario_require_stays_in_folder_and_lib),
        TEST_CASE(test_scenario_resolve_finds_paths_and_ids),
        TEST_CASE(test_scenario_search_path_default_order),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
