/* cmd_tracks.c: `worksim tracks [--json] [--learner NAME]`: the tracks on the scenario path
 * (DESIGN §3 Tracks) with their steps in order, each step's level, prerequisites and skill
 * gates; with --learner, each step's state for that learner (passed, unlocked, or locked and
 * why). An invalid track file is an error (exit 2) naming the file and the field. */
#define _GNU_SOURCE
#include "cli/cli_program.h"

#include "base/text_safe.h"
#include "base/util.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char TRACKS_HELP[] =
    "usage: worksim tracks [--json] [--learner NAME]\n"
    "Lists the tracks (tracks/<id>.lua in a folder of the scenario path) with their steps in order:\n"
    "scenario, level, title, the scenarios that must be passed first (after) and the skill mastery\n"
    "a step needs (skills). A step unlocks when both are met.\n"
    "  --learner NAME   also each step's state for that learner: passed, unlocked, or locked and why\n"
    "  --json           one JSON array: [{id, title, summary, audience, file, steps: [{scenario, title,\n"
    "                   level, after: [...], skills: {skill: mastery}}]}]; with --learner each track\n"
    "                   also has learner, done and next (scenario id or null), each step state\n"
    "                   (locked|unlocked|passed) and, when locked, why\n"
    "exit: 0 ok; 2 bad usage or an invalid track file (one line naming the file and the field).\n";

/* "after a, b; needs git >= 0.60" (empty when the step has no requirement). */
static void step_requirements(Buf *b, const TrackStep *s)
{
    for (int k = 0; k < s->n_after; k++) buf_printf(b, "%s%s", k ? ", " : "after ", s->after[k]);
    if (s->n_after && s->n_skills) buf_puts(b, "; ");
    for (int k = 0; k < s->n_skills; k++)
        buf_printf(b, "%s%s >= %.2f", k ? ", " : "needs ", s->skills[k].skill, s->skills[k].mastery);
}

static void print_track_text(const ScenarioCatalog *cat, const Track *t, const TrackStatus *ts)
{
    if (ts) text_fprintf_terminal(stdout, "%s  %s  (%d of %d passed)\n", t->id, t->title, ts->done, t->n_steps);
    else text_fprintf_terminal(stdout, "%s  %s  (%d steps)\n", t->id, t->title, t->n_steps);
    text_fprintf_terminal(stdout, "  %s\n  for: %s\n", t->summary, t->audience);
    for (int i = 0; i < t->n_steps; i++) {
        const TrackStep *s = &t->steps[i];
        const ScenarioInfo *e = scenario_catalog_find(cat, s->scenario);
        Buf req = {0};
        step_requirements(&req, s);
        const char *mark = !ts ? " " : ts->next == i ? ">" : ts->steps[i].state == STEP_PASSED ? "+" : " ";
        Buf state = {0};
        if (ts && ts->steps[i].state == STEP_LOCKED) buf_printf(&state, "  [locked: %s]", ts->steps[i].locked_why);
        else if (ts) buf_printf(&state, "  [%s]", step_state_name(ts->steps[i].state));
        text_fprintf_terminal(stdout, " %s%2d. %-18s %-7s %s%s%s%s\n", mark, i + 1, s->scenario,
                              e && e->level ? e->level : "-", e ? e->title : "", req.len ? "  (" : "",
                              req.len ? req.data : "", req.len ? ")" : "");
        if (state.len) text_fprintf_terminal(stdout, "       %s\n", state.data + 2);
        buf_free(&req);
        buf_free(&state);
    }
}

static cJSON *track_json(const ScenarioCatalog *cat, const Track *t, const TrackStatus *ts, const char *learner)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "id", t->id);
    cJSON_AddStringToObject(o, "title", t->title);
    cJSON_AddStringToObject(o, "summary", t->summary);
    cJSON_AddStringToObject(o, "audience", t->audience);
    cJSON_AddStringToObject(o, "file", t->file);
    if (ts) {
        cJSON_AddStringToObject(o, "learner", learner);
        cJSON_AddNumberToObject(o, "done", ts->done);
        if (ts->next >= 0) cJSON_AddStringToObject(o, "next", t->steps[ts->next].scenario);
        else cJSON_AddNullToObject(o, "next");
    }
    cJSON *steps = cJSON_AddArrayToObject(o, "steps");
    for (int i = 0; i < t->n_steps; i++) {
        const TrackStep *s = &t->steps[i];
        const ScenarioInfo *e = scenario_catalog_find(cat, s->scenario);
        cJSON *so = cJSON_CreateObject();
        cJSON_AddStringToObject(so, "scenario", s->scenario);
        if (e) cJSON_AddStringToObject(so, "title", e->title);
        if (e && e->level) cJSON_AddStringToObject(so, "level", e->level);
        cJSON *after = cJSON_AddArrayToObject(so, "after");
        for (int k = 0; k < s->n_after; k++) cJSON_AddItemToArray(after, cJSON_CreateString(s->after[k]));
        cJSON *skills = cJSON_AddObjectToObject(so, "skills");
        for (int k = 0; k < s->n_skills; k++) cJSON_AddNumberToObject(skills, s->skills[k].skill, s->skills[k].mastery);
        if (ts) {
            cJSON_AddStringToObject(so, "state", step_state_name(ts->steps[i].state));
            if (ts->steps[i].locked_why) cJSON_AddStringToObject(so, "why", ts->steps[i].locked_why);
        }
        cJSON_AddItemToArray(steps, so);
    }
    return o;
}

int cmd_tracks(CliContext *ctx, int argc, char **argv)
{
    int rc = EXIT_OK;
    CliProgramArgs a;
    CliProgram pr;
    if (!cli_program_begin(ctx, "tracks", TRACKS_HELP, argc, argv, CLI_PROGRESS_WITH_LEARNER, &a, &pr, &rc)) return rc;
    const Progress *p = pr.progress;
    if (a.json) {
        cJSON *all = cJSON_CreateArray();
        for (int i = 0; i < pr.tracks->n; i++)
            cJSON_AddItemToArray(all, track_json(pr.catalog, pr.tracks->tracks[i], p ? &p->tracks[i] : NULL,
                                                 p ? p->learner : NULL));
        cli_program_print_json(all);
    } else if (pr.tracks->n == 0) {
        printf("No tracks on the scenario path (a track is tracks/<id>.lua in a scenario folder; see scenarios/README.md).\n");
    } else {
        if (p) text_fprintf_terminal(stdout, "Tracks of %s (+ passed, > next)\n\n", p->learner);
        for (int i = 0; i < pr.tracks->n; i++) {
            if (i) printf("\n");
            print_track_text(pr.catalog, pr.tracks->tracks[i], p ? &p->tracks[i] : NULL);
        }
    }
    cli_program_close(&pr);
    return EXIT_OK;
}
