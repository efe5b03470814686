/* scenario_catalog.c: the scenarios on the scenario path as plain metadata (see scenario_catalog.h). Each
 * scenario.lua is loaded and validated once by scenario_load, its metadata copied, and its Lua
 * state closed at once, so a catalog costs a few strings per scenario. */
#define _GNU_SOURCE
#include "scenario/scenario_catalog.h"

#include "scenario/scenario.h"
#include "base/util.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Names of the subfolders of dir holding a scenario.lua, sorted; *n gets the count. */
static char **scenario_names_in(const char *dir, int *n)
{
    *n = 0;
    DIR *d = opendir(dir);
    if (!d) return NULL;
    char **found = NULL;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        char *file = xasprintf("%s/%s/scenario.lua", dir, e->d_name);
        struct stat st;
        if (stat(file, &st) == 0 && S_ISREG(st.st_mode)) {
            found = xrealloc(found, (size_t)(*n + 1) * sizeof *found);
            found[(*n)++] = xstrdup(e->d_name);
        }
        free(file);
    }
    closedir(d);
    if (*n) qsort(found, (size_t)*n, sizeof *found, compare_strings);
    return found;
}

char **scenario_catalog_dirs(const char *const *search_path, int *n_out)
{
    char **dirs = NULL, **names = NULL;
    int n = 0;
    for (const char *const *p = search_path; p && *p; p++) {
        int n_found = 0;
        char **found = scenario_names_in(*p, &n_found);
        for (int i = 0; i < n_found; i++) {
            bool seen = false;
            for (int j = 0; j < n && !seen; j++) seen = strcmp(names[j], found[i]) == 0;
            if (seen) {
                free(found[i]);
                continue;
            }
            dirs = xrealloc(dirs, (size_t)(n + 1) * sizeof *dirs);
            names = xrealloc(names, (size_t)(n + 1) * sizeof *names);
            dirs[n] = xasprintf("%s/%s", *p, found[i]);
            names[n++] = found[i];
        }
        free(found);
    }
    for (int i = 0; i < n; i++) free(names[i]);
    free(names);
    *n_out = n;
    return dirs;
}

static char **copy_list(char *const *list, int n)
{
    char **out = xcalloc((size_t)n + 1, sizeof *out);
    for (int i = 0; i < n; i++) out[i] = xstrdup(list[i]);
    return out;
}

static void entry_from_scenario(ScenarioInfo *e, const Scenario *sc)
{
    e->id = xstrdup(sc->id);
    e->dir = xstrdup(sc->dir);
    e->title = xstrdup(sc->title);
    e->summary = xstrdup(sc->summary);
    e->family = xstrdup(sc->family);
    e->level = xstrdup(sc->level);
    e->role = xstrdup(sc->role);
    e->skills = copy_list(sc->skills, sc->n_skills);
    e->n_skills = sc->n_skills;
    e->tasks = xcalloc((size_t)sc->n_tasks + 1, sizeof *e->tasks);
    for (int i = 0; i < sc->n_tasks; i++) e->tasks[e->n_tasks++] = xstrdup(sc->tasks[i].title);
    e->minutes = sc->minutes;
    e->time_limit = sc->time_limit;
    e->pass = sc->pass;
}

static int compare_entries(const void *a, const void *b)
{
    return strcmp(((const ScenarioInfo *)a)->id, ((const ScenarioInfo *)b)->id);
}

ScenarioCatalog *scenario_catalog_load(const char *const *search_path)
{
    ScenarioCatalog *cat = xcalloc(1, sizeof *cat);
    int n = 0;
    char **dirs = scenario_catalog_dirs(search_path, &n);
    cat->entries = xcalloc((size_t)n + 1, sizeof *cat->entries);
    for (int i = 0; i < n; i++) {
        char *err = NULL;
        Scenario *sc = scenario_load(dirs[i], &err);
        if (sc && !scenario_catalog_find(cat, sc->id)) {
            entry_from_scenario(&cat->entries[cat->n++], sc);
        } else if (!sc) {
            cat->errors = xrealloc(cat->errors, (size_t)(cat->n_errors + 1) * sizeof *cat->errors);
            cat->errors[cat->n_errors++] = (ScenarioCatalogError){.dir = xstrdup(dirs[i]), .error = err};
            err = NULL;
        }
        /* loaded, but a folder earlier on the path already declared the same id: first wins */
        free(err);
        scenario_free(sc);
        free(dirs[i]);
    }
    free(dirs);
    if (cat->n > 1) qsort(cat->entries, (size_t)cat->n, sizeof *cat->entries, compare_entries);
    return cat;
}

void scenario_catalog_free(ScenarioCatalog *cat)
{
    if (!cat) return;
    for (int i = 0; i < cat->n; i++) {
        ScenarioInfo *e = &cat->entries[i];
        free(e->id);
        free(e->dir);
        free(e->title);
        free(e->summary);
        free(e->family);
        free(e->level);
        free(e->role);
        for (int k = 0; k < e->n_skills; k++) free(e->skills[k]);
        free(e->skills);
        for (int k = 0; k < e->n_tasks; k++) free(e->tasks[k]);
        free(e->tasks);
    }
    free(cat->entries);
    for (int i = 0; i < cat->n_errors; i++) {
        free(cat->errors[i].dir);
        free(cat->errors[i].error);
    }
    free(cat->errors);
    free(cat);
}

const ScenarioInfo *scenario_catalog_find(const ScenarioCatalog *cat, const char *id)
{
    for (int i = 0; cat && id && i < cat->n; i++)
        if (strcmp(cat->entries[i].id, id) == 0) return &cat->entries[i];
    return NULL;
}

const char *scenario_catalog_load_error(const ScenarioCatalog *cat, const char *id)
{
    for (int i = 0; cat && id && i < cat->n_errors; i++) {
        const char *slash = strrchr(cat->errors[i].dir, '/');
        if (strcmp(slash ? slash + 1 : cat->errors[i].dir, id) == 0) return cat->errors[i].error;
    }
    return NULL;
}

bool scenario_info_has_skill(const ScenarioInfo *e, const char *skill)
{
    for (int k = 0; e && skill && k < e->n_skills; k++)
        if (strcmp(e->skills[k], skill) == 0) return true;
    return false;
}

bool scenario_catalog_trains_skill(const ScenarioCatalog *cat, const char *skill)
{
    for (int i = 0; cat && i < cat->n; i++)
        if (scenario_info_has_skill(&cat->entries[i], skill)) return true;
    return false;
}

int scenario_level_rank(const char *level)
{
    static const char *const LEVELS[] = {"intro", "junior", "mid"};
    for (int i = 0; level && i < 3; i++)
        if (strcmp(level, LEVELS[i]) == 0) return i;
    return -1;
}
