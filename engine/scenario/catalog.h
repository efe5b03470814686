/* catalog.h: every scenario on the scenario path, loaded once, as plain metadata (id, title,
 * level, skills, ...) that lists, tracks, progress and the desktop's home read without keeping a
 * Lua state per scenario. The first folder of an id on the path wins (as scenario_resolve
 * does); a folder whose scenario.lua does not load is kept as an error line, never dropped. */
#ifndef WORKSIM_CATALOG_H
#define WORKSIM_CATALOG_H

#include <stdbool.h>

typedef struct CatalogEntry {
    char *id, *dir, *title;
    char *summary, *family, *level, *role;   /* may be NULL */
    char **skills;
    int n_skills;
    double minutes, time_limit, pass;        /* as in Scenario */
} CatalogEntry;

typedef struct CatalogError {
    char *dir;                               /* the scenario folder */
    char *error;                             /* one line naming the file and the field */
} CatalogError;

typedef struct ScenarioCatalog {
    CatalogEntry *entries;                   /* sorted by id */
    int n;
    CatalogError *errors;
    int n_errors;
} ScenarioCatalog;

/* Every scenario folder (DIR/ID/scenario.lua) on search_path (NULL-terminated), first
 * occurrence of each id wins, sorted by id within each path folder; *n gets the count. Caller
 * frees each string and the array. */
char **catalog_scenario_dirs(const char *const *search_path, int *n);

/* Loads every scenario of catalog_scenario_dirs(search_path). Never NULL. */
ScenarioCatalog *catalog_load(const char *const *search_path);
void catalog_free(ScenarioCatalog *cat);     /* NULL-safe */

const CatalogEntry *catalog_find(const ScenarioCatalog *cat, const char *id);   /* NULL if unknown */
bool catalog_entry_has_skill(const CatalogEntry *e, const char *skill);
/* True when some scenario of the catalog lists skill. */
bool catalog_trains_skill(const ScenarioCatalog *cat, const char *skill);

/* A level's place in the progression: intro 0, junior 1, mid 2; -1 for NULL or unknown. */
int scenario_level_rank(const char *level);

#endif
