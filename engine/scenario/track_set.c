/* track_set.c: finds every tracks/<id>.lua on the scenario path and loads each once (see
 * track.h). As with scenarios, the first folder on the path that holds an id wins, so a
 * scenario pack's track can stand in for the project's own; a file that fails to load is kept
 * as its error line instead of vanishing. */
#define _GNU_SOURCE
#include "scenario/track.h"

#include "base/util.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* File names "<id>.lua" in dir/tracks, sorted. */
static char **track_files_in(const char *dir, int *n)
{
    *n = 0;
    char *tracks = xasprintf("%s/tracks", dir);
    DIR *d = opendir(tracks);
    char **names = NULL;
    struct dirent *e;
    while (d && (e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (e->d_name[0] == '.' || len <= 4 || strcmp(e->d_name + len - 4, ".lua") != 0) continue;
        char *file = xasprintf("%s/%s", tracks, e->d_name);
        struct stat st;
        if (stat(file, &st) == 0 && S_ISREG(st.st_mode)) {
            names = xrealloc(names, (size_t)(*n + 1) * sizeof *names);
            names[(*n)++] = xstrdup(e->d_name);
        }
        free(file);
    }
    if (d) closedir(d);
    free(tracks);
    if (*n) qsort(names, (size_t)*n, sizeof *names, compare_strings);
    return names;
}

static int compare_tracks(const void *a, const void *b)
{
    return strcmp((*(Track *const *)a)->id, (*(Track *const *)b)->id);
}

TrackSet *track_set_load(const char *const *search_path, const ScenarioCatalog *cat)
{
    TrackSet *set = xcalloc(1, sizeof *set);
    char **seen = NULL;
    int n_seen = 0;
    for (const char *const *p = search_path; p && *p; p++) {
        int n = 0;
        char **names = track_files_in(*p, &n);
        for (int i = 0; i < n; i++) {
            bool dup = false;
            for (int j = 0; j < n_seen && !dup; j++) dup = strcmp(seen[j], names[i]) == 0;
            if (dup) {
                free(names[i]);
                continue;
            }
            seen = xrealloc(seen, (size_t)(n_seen + 1) * sizeof *seen);
            seen[n_seen++] = names[i];
            char *file = xasprintf("%s/tracks/%s", *p, names[i]);
            char *err = NULL;
            Track *t = track_load(file, cat, &err);
            if (t) {
                set->tracks = xrealloc(set->tracks, (size_t)(set->n + 1) * sizeof *set->tracks);
                set->tracks[set->n++] = t;
            } else {
                set->errors = xrealloc(set->errors, (size_t)(set->n_errors + 1) * sizeof *set->errors);
                set->errors[set->n_errors++] = err;
            }
            free(file);
        }
        free(names);
    }
    for (int j = 0; j < n_seen; j++) free(seen[j]);
    free(seen);
    if (set->n > 1) qsort(set->tracks, (size_t)set->n, sizeof *set->tracks, compare_tracks);
    return set;
}

void track_set_free(TrackSet *set)
{
    if (!set) return;
    for (int i = 0; i < set->n; i++) track_free(set->tracks[i]);
    free(set->tracks);
    for (int i = 0; i < set->n_errors; i++) free(set->errors[i]);
    free(set->errors);
    free(set);
}

const Track *track_set_find(const TrackSet *set, const char *id)
{
    for (int i = 0; set && id && i < set->n; i++)
        if (strcmp(set->tracks[i]->id, id) == 0) return set->tracks[i];
    return NULL;
}
