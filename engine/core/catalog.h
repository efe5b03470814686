/* catalog.h: the scenarios a learner can choose from, as the desktop's home shows them:
 * each scenario's metadata (title, family, level, minutes, skills, summary, role, time
 * limit, the tasks it sets; from scenario_catalog.h) in the home's order, the learner's
 * standing in it (attempts, best percent, passed; from progress.h, so the home and
 * `worksim progress` count the same runs), plus the filter the home applies (family, level,
 * skill and a text search). Below the UI: no SDL here. */
#ifndef WORKSIM_CATALOG_H
#define WORKSIM_CATALOG_H

#include "core/progress.h"
#include "scenario/scenario_catalog.h"
#include "scenario/track.h"
#include "store/store.h"

#include <stdbool.h>

/* Strings belong to the catalog's ScenarioCatalog. */
typedef struct CatalogEntry {
    const char *id, *dir, *title;
    const char *summary, *role, *family, *level;   /* may be NULL */
    char *const *skills;
    int n_skills;
    char *const *tasks;           /* task titles: what the scenario sets the learner to do */
    int n_tasks;
    double minutes, time_limit;   /* time_limit in seconds, 0 = none */
    /* The learner's standing (catalog_load_progress); zero when never attempted. */
    int attempts;
    double best_percent;
    bool passed;
} CatalogEntry;

typedef struct Catalog {
    CatalogEntry *entries;        /* by level (intro, junior, mid, others), then title */
    int n;
    ScenarioCatalog *scenarios;   /* owned: the metadata the entries point into */
    TrackSet *tracks;             /* owned: the tracks on the same path (scenario/track.h) */
    Progress *progress;           /* the learner's, after catalog_load_progress; may be NULL */
} Catalog;

/* Every scenario on search_path (NULL-terminated; those that do not load are left out) and
 * every track there; never NULL. */
Catalog *catalog_load(const char *const *search_path);
void catalog_free(Catalog *cat);   /* NULL-safe */
int catalog_find(const Catalog *cat, const char *id);   /* index, or -1 */

/* Replaces every entry's standing (and cat->progress, with the tracks' step states) with
 * learner's from st; false and
 * *err (caller frees; may be NULL) on a database error. */
bool catalog_load_progress(Catalog *cat, Store *st, const char *learner, char **err);

/* The distinct families or skills of the catalog in alphabetical order, or its levels in
 * level order; *n gets the count. The strings belong to the catalog; free only the array. */
typedef enum CatalogFacet { CATALOG_FAMILY, CATALOG_LEVEL, CATALOG_SKILL } CatalogFacet;
const char **catalog_facet_values(const Catalog *cat, CatalogFacet facet, int *n);

/* What the home filters by; NULL or "" matches anything. text matches, case-insensitively,
 * a substring of the id, title, summary, family, level or a skill. */
typedef struct CatalogFilter {
    const char *family, *level, *skill, *text;
} CatalogFilter;
bool catalog_entry_matches(const CatalogEntry *e, const CatalogFilter *f);

#endif
