/* track.h: learning tracks (DESIGN §3 "Tracks", contract): tracks/<id>.lua in a folder of the
 * scenario path returns { api = 1, id, title, summary, audience, steps = { { scenario, after,
 * skills }, ... } }. The file runs in the same allow-listed Lua sandbox as scenario.lua (no
 * require). Validation is strict: unknown keys, a scenario id not in the catalog, an `after`
 * that is not an earlier step (which also rules out cycles), a duplicate step, a skill no
 * scenario trains, a mastery outside 0..1 are one-line errors naming file, field and what was
 * expected ("tracks/ops.lua: steps[3].after[1]: 'disk-full' is not an earlier step"). */
#ifndef WORKSIM_TRACK_H
#define WORKSIM_TRACK_H

#include "scenario/scenario_catalog.h"

typedef struct TrackSkillGate {
    char *skill;
    double mastery;                          /* 0..1: the step unlocks once mastery reaches it */
} TrackSkillGate;

typedef struct TrackStep {
    char *scenario;                          /* a scenario id */
    char **after;                            /* scenario ids of earlier steps that must be passed */
    int n_after;
    TrackSkillGate *skills;                  /* sorted by skill */
    int n_skills;
} TrackStep;

typedef struct Track {
    char *file;                              /* absolute path of tracks/<id>.lua */
    char *id, *title, *summary, *audience;
    TrackStep *steps;
    int n_steps;
} Track;

/* Loads and validates one track file. With a catalog, scenario ids, `after` and skill names
 * are checked against it; cat may be NULL (only the shape is checked). NULL and *err (one
 * line, caller frees) on any problem. */
Track *track_load(const char *file, const ScenarioCatalog *cat, char **err);
void track_free(Track *t);                   /* NULL-safe */

/* Index of the step of scenario id, or -1. */
int track_step_index(const Track *t, const char *scenario);

/* Every track on the path: tracks/<id>.lua in each folder of search_path (NULL-terminated),
 * first occurrence of each id wins; tracks sorted by id. A file that does not load is kept as
 * an error line (file, field, expectation), so callers can report it. */
typedef struct TrackSet {
    Track **tracks;
    int n;
    char **errors;
    int n_errors;
} TrackSet;

TrackSet *track_set_load(const char *const *search_path, const ScenarioCatalog *cat);   /* never NULL */
void track_set_free(TrackSet *set);          /* NULL-safe */
const Track *track_set_find(const TrackSet *set, const char *id);   /* NULL if unknown */

#endif
