/* scenario_catalog.h: every scenario on the scenario path, loaded once, as plain metadata (id,
 * title, level, skills, task titles, ...) that lists, tracks, progress and the desktop's home
 * read without keeping a Lua state per scenario. The first folder of an id on the path wins (as scenario_resolve
 * does); a folder whose scenario.lua does not load is kept as an error line, never dropped. */
#ifndef WORKSIM_SCENARIO_CATALOG_H
#define WORKSIM_SCENARIO_CATALOG_H

#include <stdbool.h>

typedef struct ScenarioInfo {
    char *id, *dir, *title;
    char *summary, *family, *level, *role;   /* may be NULL */
    char **skills;
    int n_skills;
    char **tasks;                            /* task titles: what the scenario sets the learner to do */
    int n_tasks;
    double minutes, time_limit, pass;        /* as in Scenario */
} ScenarioInfo;

typedef struct ScenarioCatalogError {
    char *dir;                               /* the scenario folder */
    char *error;                             /* one line naming the file and the field */
} ScenarioCatalogError;

typedef struct ScenarioCatalog {
    ScenarioInfo *entries;                   /* sorted by id */
    int n;
    ScenarioCatalogError *errors;
    int n_errors;
} ScenarioCatalog;

/* Every scenario folder (DIR/ID/scenario.lua) on search_path (NULL-terminated), first
 * occurrence of each id wins, sorted by id within each path folder; *n gets the count. Caller
 * frees each string and the array. */
char **scenario_catalog_dirs(const char *const *search_path, int *n);

/* Loads every scenario of scenario_catalog_dirs(search_path). Never NULL. */
ScenarioCatalog *scenario_catalog_load(const char *const *search_path);
void scenario_catalog_free(ScenarioCatalog *cat);     /* NULL-safe */

const ScenarioInfo *scenario_catalog_find(const ScenarioCatalog *cat, const char *id);   /* NULL if unknown */
/* The load error of the folder named id when its scenario.lua did not load, else NULL. */
const char *scenario_catalog_load_error(const ScenarioCatalog *cat, const char *id);
bool scenario_info_has_skill(const ScenarioInfo *e, const char *skill);
/* True when some scenario of the catalog lists skill. */
bool scenario_catalog_trains_skill(const ScenarioCatalog *cat, const char *skill);

/* A level's place in the progression: intro 0, junior 1, mid 2; -1 for NULL or unknown. */
int scenario_level_rank(const char *level);

#endif
