/* catalog.c: the scenario catalog the home shows (catalog.h): loading each scenario's
 * metadata, the learner's standing from the store, facets and the filter. */
#define _GNU_SOURCE
#include "core/catalog.h"

#include "base/util.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The home's order: by level (unknown levels last), then title. */
static int level_order(const char *level)
{
    int r = scenario_level_rank(level);
    return r < 0 ? 1000 : r;
}

static int entry_order(const void *a, const void *b)
{
    const CatalogEntry *x = a, *y = b;
    int d = level_order(x->level) - level_order(y->level);
    if (d) return d;
    d = strcasecmp(x->title, y->title);
    return d ? d : strcmp(x->id, y->id);
}

Catalog *catalog_load(const char *const *search_path)
{
    Catalog *cat = xcalloc(1, sizeof *cat);
    cat->scenarios = scenario_catalog_load(search_path);
    cat->entries = xcalloc((size_t)cat->scenarios->n + 1, sizeof *cat->entries);
    for (int i = 0; i < cat->scenarios->n; i++) {
        const ScenarioInfo *s = &cat->scenarios->entries[i];
        cat->entries[cat->n++] = (CatalogEntry){
            .id = s->id, .dir = s->dir, .title = s->title, .summary = s->summary, .role = s->role,
            .family = s->family, .level = s->level, .skills = s->skills, .n_skills = s->n_skills,
            .tasks = s->tasks, .n_tasks = s->n_tasks, .minutes = s->minutes, .time_limit = s->time_limit,
        };
    }
    qsort(cat->entries, (size_t)cat->n, sizeof *cat->entries, entry_order);
    cat->tracks = track_set_load(search_path, cat->scenarios);
    return cat;
}

void catalog_free(Catalog *cat)
{
    if (!cat) return;
    progress_free(cat->progress);
    track_set_free(cat->tracks);
    scenario_catalog_free(cat->scenarios);
    free(cat->entries);
    free(cat);
}

int catalog_find(const Catalog *cat, const char *id)
{
    for (int i = 0; id && i < cat->n; i++)
        if (strcmp(cat->entries[i].id, id) == 0) return i;
    return -1;
}

bool catalog_load_progress(Catalog *cat, Store *st, const char *learner, char **err)
{
    char *why = NULL;
    Progress *p = progress_compute(st, learner, cat->scenarios, cat->tracks, &why);
    if (!p) {
        if (err) *err = why;
        else free(why);
        return false;
    }
    progress_free(cat->progress);
    cat->progress = p;
    for (int i = 0; i < cat->n; i++) {
        CatalogEntry *e = &cat->entries[i];
        const ScenarioRecord *r = progress_record(p, e->id);
        e->attempts = r ? r->attempts : 0;
        e->best_percent = r ? r->best_percent : 0;
        e->passed = r && r->passed;
    }
    return true;
}

static void add_unique(const char ***values, int *n, const char *v)
{
    if (!v || !*v) return;
    for (int i = 0; i < *n; i++)
        if (strcmp((*values)[i], v) == 0) return;
    *values = xrealloc(*values, (size_t)(*n + 2) * sizeof **values);
    (*values)[(*n)++] = v;
    (*values)[*n] = NULL;
}

static int string_order(const void *a, const void *b) { return strcasecmp(*(char *const *)a, *(char *const *)b); }

const char **catalog_facet_values(const Catalog *cat, CatalogFacet facet, int *n)
{
    const char **values = xcalloc(1, sizeof *values);
    *n = 0;
    for (int i = 0; i < cat->n; i++) {
        const CatalogEntry *e = &cat->entries[i];
        if (facet == CATALOG_FAMILY) add_unique(&values, n, e->family);
        else if (facet == CATALOG_LEVEL) add_unique(&values, n, e->level);
        else
            for (int k = 0; k < e->n_skills; k++) add_unique(&values, n, e->skills[k]);
    }
    if (facet != CATALOG_LEVEL) qsort(values, (size_t)*n, sizeof *values, string_order);   /* levels keep level order */
    return values;
}

static bool contains_ci(const char *hay, const char *needle) { return hay && strcasestr(hay, needle) != NULL; }

static bool text_matches(const CatalogEntry *e, const char *text)
{
    if (contains_ci(e->id, text) || contains_ci(e->title, text) || contains_ci(e->summary, text) ||
        contains_ci(e->family, text) || contains_ci(e->level, text))
        return true;
    for (int k = 0; k < e->n_skills; k++)
        if (contains_ci(e->skills[k], text)) return true;
    return false;
}

static bool same_or_any(const char *want, const char *have) { return !want || !*want || (have && strcmp(want, have) == 0); }

bool catalog_entry_matches(const CatalogEntry *e, const CatalogFilter *f)
{
    if (!f) return true;
    if (!same_or_any(f->family, e->family) || !same_or_any(f->level, e->level)) return false;
    if (f->skill && *f->skill) {
        bool has = false;
        for (int k = 0; k < e->n_skills && !has; k++) has = strcmp(e->skills[k], f->skill) == 0;
        if (!has) return false;
    }
    return !f->text || !*f->text || text_matches(e, f->text);
}
