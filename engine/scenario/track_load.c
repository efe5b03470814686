/* track_load.c: runs one tracks/<id>.lua in the scenario sandbox and turns the table it
 * returns into a Track, checking it against the contract on the way (see track.h). Only raw
 * table accesses after the file ran, so no metamethod of the track's code runs during the
 * check; the first problem becomes one line "FILE: FIELD: what was expected". */
#define _GNU_SOURCE
#include "scenario/track.h"

#include "scenario/lua_sandbox.h"
#include "base/util.h"

#include <lauxlib.h>
#include <lua.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TRACK_MEMORY_LIMIT (8u * 1024u * 1024u)

static const char *const TRACK_KEYS[] = {"api", "id", "title", "summary", "audience", "steps", NULL};
static const char *const STEP_KEYS[] = {"scenario", "after", "skills", NULL};

typedef struct TrackCheck {
    lua_State *L;
    const char *file;
    const ScenarioCatalog *cat;
    char *err;
} TrackCheck;

static bool fail(TrackCheck *c, const char *field, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static bool fail(TrackCheck *c, const char *field, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = xvasprintf(fmt, ap);
    va_end(ap);
    c->err = field ? xasprintf("%s: %s: %s", c->file, field, msg) : xasprintf("%s: %s", c->file, msg);
    for (char *p = c->err; *p; p++)
        if (*p == '\n' || *p == '\r' || *p == '\t') *p = ' ';
    free(msg);
    return false;
}

static const char *type_name(lua_State *L, int idx)
{
    return lua_typename(L, lua_type(L, idx));
}

static bool key_known(const char *key, const char *const *keys)
{
    for (; *keys; keys++)
        if (strcmp(key, *keys) == 0) return true;
    return false;
}

/* Every key of the table at t is a string among keys. */
static bool only_known_keys(TrackCheck *c, int t, const char *const *keys, const char *where)
{
    lua_State *L = c->L;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING || !key_known(lua_tostring(L, -1), keys)) {
            Buf expected = {0};
            for (const char *const *k = keys; *k; k++) buf_printf(&expected, "%s%s", k == keys ? "" : ", ", *k);
            const char *shown = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "(not a name)";
            fail(c, where, "unknown key '%s' (expected one of %s)", shown, expected.data);
            buf_free(&expected);
            lua_pop(L, 1);
            return false;
        }
    }
    return true;
}

/* A required non-empty string field of the table at t; copied into *out. */
static bool string_field(TrackCheck *c, int t, const char *key, const char *field, char **out)
{
    lua_State *L = c->L;
    lua_pushstring(L, key);
    int type = lua_rawget(L, t);
    bool ok = type == LUA_TSTRING && lua_rawlen(L, -1) > 0;
    if (ok) *out = xstrdup(lua_tostring(L, -1));
    else if (type == LUA_TNIL) fail(c, field, "missing (expected a non-empty string)");
    else fail(c, field, "expected a non-empty string, got %s", type == LUA_TSTRING ? "\"\"" : type_name(L, -1));
    lua_pop(L, 1);
    return ok;
}

static bool check_header(TrackCheck *c, int t, Track *track)
{
    lua_State *L = c->L;
    if (!only_known_keys(c, t, TRACK_KEYS, NULL)) return false;
    lua_pushstring(L, "api");
    int type = lua_rawget(L, t);
    bool api_ok = type == LUA_TNUMBER && lua_tonumber(L, -1) == 1;
    lua_pop(L, 1);
    if (!api_ok) return fail(c, "api", "expected 1 (the track format version)");
    if (!string_field(c, t, "id", "id", &track->id)) return false;
    const char *base = strrchr(c->file, '/');
    base = base ? base + 1 : c->file;
    size_t n = strlen(track->id);
    if (strncmp(base, track->id, n) != 0 || strcmp(base + n, ".lua") != 0)
        return fail(c, "id", "'%s' does not match the file name (expected '%.*s')", track->id,
                    (int)(strlen(base) > 4 ? strlen(base) - 4 : strlen(base)), base);
    return string_field(c, t, "title", "title", &track->title) &&
           string_field(c, t, "summary", "summary", &track->summary) &&
           string_field(c, t, "audience", "audience", &track->audience);
}

/* The length of the array at t, or -1 (error set) when it has other keys or holes. */
static int array_length(TrackCheck *c, int t, const char *field)
{
    lua_State *L = c->L;
    int len = (int)lua_rawlen(L, t), count = 0;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        count++;
    }
    if (count != len) {
        fail(c, field, "expected a list (keys 1..n, no holes)");
        return -1;
    }
    return len;
}

/* The optional table field key of the table at t: pushes it and returns its absolute index;
 * 0 when absent, -1 (error set) when it is not a table; nothing is pushed then. */
static int optional_table(TrackCheck *c, int t, const char *key, const char *field, const char *expected)
{
    lua_State *L = c->L;
    lua_pushstring(L, key);
    int type = lua_rawget(L, t);
    if (type == LUA_TTABLE) return lua_gettop(L);
    lua_pop(L, 1);
    if (type == LUA_TNIL) return 0;
    fail(c, field, "expected %s, got %s", expected, lua_typename(L, type));
    return -1;
}

static bool check_after(TrackCheck *c, int s, Track *track, int step)
{
    lua_State *L = c->L;
    TrackStep *st = &track->steps[step];
    char field[64];
    snprintf(field, sizeof field, "steps[%d].after", step + 1);
    int a = optional_table(c, s, "after", field, "a list of scenario ids");
    if (a <= 0) return a == 0;
    int n = array_length(c, a, field);
    if (n < 0) {
        lua_pop(L, 1);
        return false;
    }
    st->after = xcalloc((size_t)n + 1, sizeof *st->after);
    bool ok = true;
    for (int i = 0; i < n && ok; i++) {
        snprintf(field, sizeof field, "steps[%d].after[%d]", step + 1, i + 1);
        lua_rawgeti(L, a, i + 1);
        const char *id = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
        int at = track_step_index(track, id);
        if (!id) ok = fail(c, field, "expected a scenario id, got %s", type_name(L, -1));
        else if (strcmp(id, st->scenario) == 0) ok = fail(c, field, "'%s' is this step's own scenario (a cycle)", id);
        else if (at < 0 || at > step) ok = fail(c, field, "'%s' is not an earlier step of this track%s", id,
                                                at < 0 ? "" : " (a prerequisite must come before the step it unlocks)");
        else st->after[st->n_after++] = xstrdup(id);
        lua_pop(L, 1);
    }
    lua_settop(L, a - 1);
    return ok;
}

static int gate_cmp(const void *a, const void *b)
{
    return strcmp(((const TrackSkillGate *)a)->skill, ((const TrackSkillGate *)b)->skill);
}

static bool check_skills(TrackCheck *c, int s, TrackStep *st, int step)
{
    lua_State *L = c->L;
    char field[160];
    snprintf(field, sizeof field, "steps[%d].skills", step + 1);
    int g = optional_table(c, s, "skills", field, "a table { skill = mastery 0..1 }");
    if (g <= 0) return g == 0;
    lua_pushnil(L);
    while (lua_next(L, g)) {
        if (lua_type(L, -2) != LUA_TSTRING) {
            lua_pop(L, 3);
            return fail(c, field, "expected skill names as keys { git = 0.6 }");
        }
        const char *skill = lua_tostring(L, -2);
        snprintf(field, sizeof field, "steps[%d].skills.%.100s", step + 1, skill);
        double m = lua_type(L, -1) == LUA_TNUMBER ? lua_tonumber(L, -1) : NAN;
        bool ok = false;
        if (lua_type(L, -1) != LUA_TNUMBER) fail(c, field, "expected a mastery between 0 and 1, got %s", type_name(L, -1));
        else if (!(m >= 0 && m <= 1)) fail(c, field, "mastery %g is outside 0..1", m);
        else if (c->cat && !scenario_catalog_trains_skill(c->cat, skill))
            fail(c, field, "no scenario on the scenario path trains the skill '%s'", skill);
        else ok = true;
        if (!ok) {
            lua_pop(L, 3);
            return false;
        }
        st->skills = xrealloc(st->skills, (size_t)(st->n_skills + 1) * sizeof *st->skills);
        st->skills[st->n_skills++] = (TrackSkillGate){.skill = xstrdup(skill), .mastery = m};
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    if (st->n_skills > 1) qsort(st->skills, (size_t)st->n_skills, sizeof *st->skills, gate_cmp);
    return true;
}

static bool check_step(TrackCheck *c, int s, Track *track, int step)
{
    lua_State *L = c->L;
    char field[64];
    snprintf(field, sizeof field, "steps[%d]", step + 1);
    if (lua_type(L, s) != LUA_TTABLE) return fail(c, field, "expected a table { scenario = ID, ... }, got %s", type_name(L, s));
    if (!only_known_keys(c, s, STEP_KEYS, field)) return false;
    TrackStep *st = &track->steps[step];
    snprintf(field, sizeof field, "steps[%d].scenario", step + 1);
    char *id = NULL;
    if (!string_field(c, s, "scenario", field, &id)) return false;
    int dup = track_step_index(track, id);
    if (dup >= 0) {
        fail(c, field, "'%s' is already step %d (a scenario appears once per track)", id, dup + 1);
        free(id);
        return false;
    }
    if (c->cat && !scenario_catalog_find(c->cat, id)) {
        const char *broken = scenario_catalog_load_error(c->cat, id);
        if (broken) fail(c, field, "scenario '%s' does not load (%s)", id, broken);
        else fail(c, field, "unknown scenario '%s' (not on the scenario path; see 'worksim list')", id);
        free(id);
        return false;
    }
    st->scenario = id;
    track->n_steps = step + 1;
    return check_after(c, s, track, step) && check_skills(c, s, st, step);
}

static bool check_steps(TrackCheck *c, int t, Track *track)
{
    lua_State *L = c->L;
    lua_pushstring(L, "steps");
    int type = lua_rawget(L, t);
    if (type != LUA_TTABLE) {
        lua_pop(L, 1);
        return fail(c, "steps", type == LUA_TNIL ? "missing (expected a list of steps)" : "expected a list of steps, got %s",
                    lua_typename(L, type));
    }
    int steps = lua_gettop(L);
    int n = array_length(c, steps, "steps");
    if (n == 0) fail(c, "steps", "expected at least one step");
    if (n <= 0) {
        lua_pop(L, 1);
        return false;
    }
    track->steps = xcalloc((size_t)n + 1, sizeof *track->steps);
    bool ok = true;
    for (int i = 0; i < n && ok; i++) {
        lua_rawgeti(L, steps, i + 1);
        ok = check_step(c, lua_gettop(L), track, i);
        lua_settop(L, steps);
    }
    lua_settop(L, steps - 1);
    return ok;
}

/* Runs the file; leaves its result on the stack. */
static bool run_track_file(TrackCheck *c)
{
    char *lerr = NULL;
    if (!luasandbox_load_file(c->L, c->file, &lerr) ||
        !luasandbox_pcall(c->L, 0, 1, LUASANDBOX_DEFAULT_BUDGET, &lerr)) {
        char *tb = lerr ? strstr(lerr, "\nstack traceback:") : NULL;
        if (tb) *tb = '\0';
        if (lerr && strstr(lerr, c->file)) {   /* "FILE:LINE: message" already names the file */
            for (char *p = lerr; *p; p++)
                if (*p == '\n' || *p == '\r' || *p == '\t') *p = ' ';
            c->err = lerr;
            return false;
        }
        fail(c, NULL, "%s", lerr ? lerr : "cannot run the file");
        free(lerr);
        return false;
    }
    if (lua_type(c->L, -1) != LUA_TTABLE)
        return fail(c, NULL, "expected the file to return a table { api = 1, id = ..., steps = {...} }, got %s",
                    type_name(c->L, -1));
    return true;
}

Track *track_load(const char *file, const ScenarioCatalog *cat, char **err)
{
    *err = NULL;
    Track *track = xcalloc(1, sizeof *track);
    track->file = xstrdup(file);
    char *dir = xstrdup(file);
    char *slash = strrchr(dir, '/');
    if (slash) *slash = '\0';
    TrackCheck c = {.L = luasandbox_new(slash ? dir : ".", NULL, TRACK_MEMORY_LIMIT), .file = file, .cat = cat};
    free(dir);
    bool ok = c.L ? run_track_file(&c) : fail(&c, NULL, "cannot create the Lua state");
    if (ok) {
        int t = lua_gettop(c.L);
        ok = check_header(&c, t, track) && check_steps(&c, t, track);
    }
    if (c.L) lua_close(c.L);
    if (ok) return track;
    *err = c.err ? c.err : xasprintf("%s: invalid track", file);
    track_free(track);
    return NULL;
}

void track_free(Track *t)
{
    if (!t) return;
    for (int i = 0; i < t->n_steps; i++) {
        TrackStep *st = &t->steps[i];
        free(st->scenario);
        for (int k = 0; k < st->n_after; k++) free(st->after[k]);
        free(st->after);
        for (int k = 0; k < st->n_skills; k++) free(st->skills[k].skill);
        free(st->skills);
    }
    free(t->steps);
    free(t->file);
    free(t->id);
    free(t->title);
    free(t->summary);
    free(t->audience);
    free(t);
}

int track_step_index(const Track *t, const char *scenario)
{
    for (int i = 0; t && scenario && i < t->n_steps; i++)
        if (t->steps[i].scenario && strcmp(t->steps[i].scenario, scenario) == 0) return i;
    return -1;
}
