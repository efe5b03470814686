/* scenario_path.c: finds a scenario folder from a CLI argument (see scenario.h).
 * An argument that names a folder holding scenario.lua wins; otherwise it is an id looked up
 * as ID/scenario.lua on the scenario path: --scenarios folders, WORKSIM_SCENARIOS entries,
 * then the source tree's, the user's (installed packs) and the installed scenarios folders. */
#define _GNU_SOURCE
#include "scenario/scenario.h"

#include "base/util.h"
#include "base/install_path.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool has_scenario_file(const char *dir)
{
    char *file = xasprintf("%s/scenario.lua", dir);
    struct stat st;
    bool ok = stat(file, &st) == 0 && S_ISREG(st.st_mode);
    free(file);
    return ok;
}

static char *absolute(const char *path)
{
    char real[PATH_MAX];
    return realpath(path, real) ? xstrdup(real) : NULL;
}

static bool looks_like_path(const char *arg)
{
    return strchr(arg, '/') || strcmp(arg, ".") == 0 || strcmp(arg, "..") == 0;
}

char *scenario_resolve(const char *arg, const char *const *search_path, char **err)
{
    *err = NULL;
    if (!arg || !*arg) {
        *err = xstrdup("no scenario given");
        return NULL;
    }
    if (is_dir(arg) && has_scenario_file(arg)) {
        char *dir = absolute(arg);
        if (dir) return dir;
    }
    size_t len = strlen(arg);
    if (len >= 12 && strcmp(arg + len - 12, "scenario.lua") == 0 && (len == 12 || arg[len - 13] == '/')) {
        char *dir = len == 12 ? xstrdup(".") : xstrndup(arg, len - 13);
        char *out = *dir && has_scenario_file(dir) ? absolute(dir) : NULL;
        free(dir);
        if (out) return out;
    }
    if (looks_like_path(arg)) {
        *err = is_dir(arg) ? xasprintf("%s: not a scenario folder (no scenario.lua in it)", arg)
                           : xasprintf("%s: no such scenario folder", arg);
        return NULL;
    }
    Buf looked = {0};
    for (const char *const *p = search_path; p && *p; p++) {
        char *candidate = xasprintf("%s/%s", *p, arg);
        char *out = has_scenario_file(candidate) ? absolute(candidate) : NULL;
        free(candidate);
        if (out) {
            buf_free(&looked);
            return out;
        }
        buf_printf(&looked, "%s%s", looked.len ? ", " : "", *p);
    }
    *err = looked.len ? xasprintf("scenario '%s' not found (looked in %s)", arg, looked.data)
                      : xasprintf("scenario '%s' not found (the scenario path is empty)", arg);
    buf_free(&looked);
    return NULL;
}

static void path_add(char ***list, int *n, int *cap, const char *dir)
{
    if (*n + 2 > *cap) {
        *cap = *cap ? *cap * 2 : 8;
        *list = xrealloc(*list, (size_t)*cap * sizeof **list);
    }
    (*list)[(*n)++] = xstrdup(dir);
    (*list)[*n] = NULL;
}

char *scenario_user_dir(void)
{
    const char *xdg = getenv("XDG_DATA_HOME");   /* a relative one is invalid (XDG spec) */
    if (xdg && xdg[0] == '/') return xasprintf("%s/worksim/scenarios", xdg);
    const char *home = getenv("HOME");
    return home && *home ? xasprintf("%s/.local/share/worksim/scenarios", home) : NULL;
}

char **scenario_search_path_default(const char *const *extra, int *n)
{
    char **list = NULL;
    int count = 0, cap = 0;
    for (const char *const *p = extra; p && *p; p++)
        if (**p) path_add(&list, &count, &cap, *p);
    const char *env = getenv("WORKSIM_SCENARIOS");
    if (env) {
        char *copy = xstrdup(env), *save = NULL;
        for (char *tok = strtok_r(copy, ":", &save); tok; tok = strtok_r(NULL, ":", &save))
            path_add(&list, &count, &cap, tok);
        free(copy);
    }
    if (*WORKSIM_SOURCE_DIR) path_add(&list, &count, &cap, WORKSIM_SOURCE_DIR "/scenarios");
    char *user = scenario_user_dir();
    if (user) path_add(&list, &count, &cap, user);
    free(user);
    char *relocated = install_path_relative("share/worksim/scenarios");
    if (relocated && strcmp(relocated, WORKSIM_DATA_DIR "/scenarios") != 0)
        path_add(&list, &count, &cap, relocated);
    free(relocated);
    path_add(&list, &count, &cap, WORKSIM_DATA_DIR "/scenarios");
    if (n) *n = count;
    return list;
}

void scenario_search_path_free(char **path)
{
    for (char **p = path; p && *p; p++) free(*p);
    free(path);
}
