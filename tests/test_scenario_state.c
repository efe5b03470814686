/* test_scenario_state.c: the per-run state a scenario keeps in the locals of scenario.lua
 * (scenario_state.h) is captured as data and put back into a fresh load of the same file, as
 * `worksim resume` does: flags, counters, floats vs integers, lists of records, tables with
 * sparse integer keys and locals reached only through helper functions and module tables come
 * back exactly; functions, cyclic tables and tables with metatables are not state; a malformed
 * saved value is an error naming the local. */
#define _GNU_SOURCE
#include "testlib.h"

#include "scenario/scenario.h"
#include "scenario/scenario_state.h"
#include "base/util.h"

#include <lauxlib.h>
#include <lua.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char SCENARIO[] =
    "local seen = 0\n"
    "local ratio = 1.0\n"
    "local flagged = false\n"
    "local said = {}\n"
    "local sparse = {}\n"
    "local last = nil\n"
    "local WORDS = { 'rude', 'lazy' }\n"
    "local cyclic = {} ; cyclic.self = cyclic\n"
    "local shaped = setmetatable and setmetatable({}, {}) or nil\n"
    "local helper = { tally = 0 }\n"
    "local function note(text)\n"
    "  said[#said + 1] = { text = text, words = #WORDS, at = seen }\n"
    "  sparse[seen * 10] = text\n"
    "end\n"
    "local function bump() helper.tally = helper.tally + 1 end\n"
    "return {\n"
    "  api = 1, id = 'stateful', title = 'State', summary = 'Keeps state.', minutes = 1,\n"
    "  cast = { ana = { name = 'Ana', role = 'Lead' } },\n"
    "  tasks = { { id = 't', title = 'T', checks = { { id = 'c', points = 10, run = 'true' } } } },\n"
    "  rubric = { { id = 'told', label = 'Told', points = 10, judge = 'ana',\n"
    "    scripted = function(run) return math.min(10, seen * 3), table.concat((function()\n"
    "      local out = {} for _, s in ipairs(said) do out[#out + 1] = s.text end return out end)(), ',') end } },\n"
    "  on_message = function(run, msg)\n"
    "    seen = seen + 1\n"
    "    ratio = ratio / 2\n"
    "    if msg.text:find('urgent') then flagged = true end\n"
    "    last = msg.text\n"
    "    note(msg.text)\n"
    "    bump()\n"
    "  end,\n"
    "  on_finish = function(run) return seen, ratio, flagged, last, sparse[20], helper.tally, #said, said[2] and said[2].at end,\n"
    "}\n";

static Scenario *load_stateful(void)
{
    char *dir = xasprintf("%s/stateful", testlib_temp_dir());
    mkdir(dir, 0755);
    char *file = xasprintf("%s/scenario.lua", dir);
    char *err = NULL;
    if (!util_write_file(file, SCENARIO, strlen(SCENARIO), &err)) testlib_fail(__FILE__, __LINE__, "write: %s", err);
    Scenario *sc = scenario_load(dir, &err);
    if (!sc) testlib_fail(__FILE__, __LINE__, "load: %s", err);
    free(err);
    free(file);
    free(dir);
    return sc;
}

/* Calls the scenario's on_message with a message of text (run = nil). */
static void send(Scenario *sc, const char *text)
{
    lua_State *L = sc->L;
    lua_rawgeti(L, LUA_REGISTRYINDEX, sc->hook_refs[HOOK_ON_MESSAGE]);
    lua_pushnil(L);
    lua_newtable(L);
    lua_pushstring(L, text);
    lua_setfield(L, -2, "text");
    if (lua_pcall(L, 2, 0, 0) != LUA_OK) testlib_fail(__FILE__, __LINE__, "on_message: %s", lua_tostring(L, -1));
}

/* What on_finish returns, printed as one line. */
static char *finish_values(Scenario *sc)
{
    lua_State *L = sc->L;
    int top = lua_gettop(L);
    lua_rawgeti(L, LUA_REGISTRYINDEX, sc->hook_refs[HOOK_ON_FINISH]);
    lua_pushnil(L);
    if (lua_pcall(L, 1, LUA_MULTRET, 0) != LUA_OK) testlib_fail(__FILE__, __LINE__, "on_finish: %s", lua_tostring(L, -1));
    char *line = xstrdup("");
    for (int i = top + 1; i <= lua_gettop(L); i++) {
        char *next = xasprintf("%s%s%s", line, i > top + 1 ? " " : "", luaL_tolstring(L, i, NULL));
        lua_pop(L, 1);
        free(line);
        line = next;
    }
    lua_settop(L, top);
    return line;
}

static void test_state_round_trips_into_a_fresh_load(void)
{
    Scenario *a = load_stateful();
    cJSON *initial = scenario_state_capture(a, NULL, 0);
    send(a, "hello");
    send(a, "this is urgent");
    send(a, "third");
    char *want = finish_values(a);
    CHECK_STR_EQ(want, "3 0.125 true third this is urgent 3 3 2");
    cJSON *now = scenario_state_capture(a, NULL, 0);
    cJSON *changed = scenario_state_changes(initial, now);
    REQUIRE(changed);
    /* Only what changed: the constant word list and the cyclic table are not in it. */
    CHECK(cJSON_GetObjectItem(changed, "on_message.seen") != NULL);
    CHECK(cJSON_GetObjectItem(changed, "on_message.note.said") != NULL);
    CHECK(cJSON_GetObjectItem(changed, "on_message.bump.helper") != NULL);
    CHECK(cJSON_GetObjectItem(changed, "on_message.note.WORDS") == NULL);
    CHECK(cJSON_GetObjectItem(now, "on_message.note.WORDS") != NULL);
    for (const cJSON *v = now->child; v; v = v->next) {
        CHECK(strstr(v->string, "cyclic") == NULL);
        CHECK(strstr(v->string, "shaped") == NULL);
        CHECK(strstr(v->string, "note.note") == NULL);   /* functions are walked, not stored */
    }
    /* A fresh load of the same file gets the values back through the saved changes alone. */
    Scenario *b = load_stateful();
    char *fresh = finish_values(b);
    CHECK_STR_EQ(fresh, "0 1.0 false nil nil 0 0 nil");
    int restored = 0;
    char *err = NULL;
    char *text = cJSON_PrintUnformatted(changed);   /* through the log's text, as a resume reads it */
    cJSON *saved = cJSON_Parse(text);
    CHECK(scenario_state_restore(b, NULL, 0, saved, &restored, &err));
    CHECK(restored >= 6);
    char *got = finish_values(b);
    CHECK_STR_EQ(got, want);
    /* It goes on from there, as the killed run would have. */
    send(a, "fourth");
    send(b, "fourth");
    char *wa = finish_values(a), *wb = finish_values(b);
    CHECK_STR_EQ(wb, wa);
    cJSON *ca = scenario_state_capture(a, NULL, 0), *cb = scenario_state_capture(b, NULL, 0);
    CHECK(cJSON_Compare(ca, cb, true));
    free(wa);
    free(wb);
    cJSON_Delete(ca);
    cJSON_Delete(cb);
    free(text);
    free(got);
    free(fresh);
    free(want);
    cJSON_Delete(saved);
    cJSON_Delete(initial);
    cJSON_Delete(now);
    cJSON_Delete(changed);
    scenario_free(a);
    scenario_free(b);
}

static void test_state_keeps_integers_floats_and_odd_keys_apart(void)
{
    Scenario *a = load_stateful();
    send(a, "x");
    send(a, "y");
    cJSON *now = scenario_state_capture(a, NULL, 0);
    char *ratio = cJSON_PrintUnformatted(cJSON_GetObjectItem(now, "on_message.ratio"));
    CHECK_STR_EQ(ratio, "{\"f\":\"0.25\"}");
    char *seen = cJSON_PrintUnformatted(cJSON_GetObjectItem(now, "on_message.seen"));
    CHECK_STR_EQ(seen, "2");
    /* sparse[10], sparse[20]: integer keys, not a list and not strings */
    char *sparse = cJSON_PrintUnformatted(cJSON_GetObjectItem(now, "on_message.note.sparse"));
    CHECK_STR_EQ(sparse, "{\"t\":[[10,\"x\"],[20,\"y\"]]}");
    free(ratio);
    free(seen);
    free(sparse);
    cJSON_Delete(now);
    scenario_free(a);
}

static void test_state_malformed_value_is_an_error_naming_it(void)
{
    Scenario *a = load_stateful();
    cJSON *bad = cJSON_Parse("{\"on_message.seen\": 4, \"on_message.note.said\": {\"t\": [[1]]}, \"nope.x\": 1}");
    int restored = 0;
    char *err = NULL;
    CHECK(!scenario_state_restore(a, NULL, 0, bad, &restored, &err));
    CHECK_CONTAINS(err, "on_message.note.said");
    CHECK_INT_EQ(restored, 1);   /* seen came before it; the unknown key is skipped */
    char *v = finish_values(a);
    CHECK(strncmp(v, "4 ", 2) == 0);
    free(v);
    free(err);
    cJSON_Delete(bad);
    scenario_free(a);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_state_round_trips_into_a_fresh_load),
        TEST_CASE(test_state_keeps_integers_floats_and_odd_keys_apart),
        TEST_CASE(test_state_malformed_value_is_an_error_naming_it),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
