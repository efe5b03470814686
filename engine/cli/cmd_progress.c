/* cmd_progress.c: `worksim progress [--learner NAME] [--json]` (DESIGN §9, issue 11): the
 * learner's skill mastery as bars with the trend of the latest run, each track's status and
 * the scenario recommended next with the reason. Without --learner it shows the learner of the
 * latest counted run; an empty or missing database shows a new learner (no skills, the first
 * step to take). The numbers come from core/progress.h, the same ones the desktop shows. */
#define _GNU_SOURCE
#include "cli/cli_program.h"

#include "base/text_safe.h"
#include "base/util.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char PROGRESS_HELP[] =
    "usage: worksim progress [--learner NAME] [--json]\n"
    "Shows a learner's skill mastery (0..1, from their graded runs; demo and infra_error runs never\n"
    "count; docs/mastery.md has the formula) with the change made by the latest run of each skill,\n"
    "the status of every track and the scenario to do next, and why.\n"
    "  --learner NAME   whose progress (default: the learner of the latest counted run)\n"
    "  --json           one object: {learner, skills: {skill: {mastery, runs, trend}}, tracks: [{id,\n"
    "                   done, steps, next}], next: {scenario, why} or null}\n"
    "exit: 0 ok; 2 bad usage or an invalid track file; 3 the database cannot be read.\n";

#define BAR_CELLS 20

static void print_bar(Buf *b, double mastery)
{
    int filled = (int)lround(mastery * BAR_CELLS);
    for (int i = 0; i < BAR_CELLS; i++) buf_puts(b, i < filled ? "\u2588" : "\u2591");
}

static void print_trend(Buf *b, double delta)
{
    if (fabs(delta) < 0.005) buf_puts(b, "  = 0.00");
    else buf_printf(b, " %s %+.2f", delta > 0 ? "\u25b2" : "\u25bc", delta);
}

static void print_text(const Progress *p)
{
    text_fprintf_terminal(stdout, "Progress of %s: %d counted run%s\n", p->learner, p->mastery.runs_counted,
                          p->mastery.runs_counted == 1 ? "" : "s");
    if (p->mastery.n_skills == 0) {
        printf("\nNo skills measured yet: finish a scenario (play or run) to see them here.\n");
    } else {
        printf("\n%-22s %-*s %8s %5s\n", "SKILL", BAR_CELLS + 7, "MASTERY", "TREND", "RUNS");
        for (int i = 0; i < p->mastery.n_skills; i++) {
            const SkillMastery *m = &p->mastery.skills[i];
            Buf line = {0};
            buf_printf(&line, "%-22s ", m->skill);
            print_bar(&line, m->mastery);
            buf_printf(&line, " %5.2f ", m->mastery);
            print_trend(&line, m->mastery - m->before_last);
            buf_printf(&line, " %5d\n", m->runs);
            text_fprintf_terminal(stdout, "%s", line.data);
            buf_free(&line);
        }
    }
    if (p->n_tracks > 0) printf("\n%-22s %-32s %7s  %s\n", "TRACK", "TITLE", "PASSED", "NEXT");
    for (int i = 0; i < p->n_tracks; i++) {
        const TrackStatus *ts = &p->tracks[i];
        char done[32];
        snprintf(done, sizeof done, "%d/%d", ts->done, ts->track->n_steps);
        const char *next = ts->next >= 0 ? ts->track->steps[ts->next].scenario
                           : ts->done == ts->track->n_steps ? "(finished)" : "(all open steps locked)";
        text_fprintf_terminal(stdout, "%-22s %-32.32s %7s  %s\n", ts->track->id, ts->track->title, done, next);
    }
    if (p->next_scenario) text_fprintf_terminal(stdout, "\nNext: %s (%s)\n", p->next_scenario, p->next_why);
    else printf("\nNext: nothing to recommend (no scenarios on the scenario path)\n");
}

static cJSON *progress_json(const Progress *p)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "learner", p->learner);
    cJSON *skills = cJSON_AddObjectToObject(o, "skills");
    for (int i = 0; i < p->mastery.n_skills; i++) {
        const SkillMastery *m = &p->mastery.skills[i];
        cJSON *so = cJSON_AddObjectToObject(skills, m->skill);
        cJSON_AddNumberToObject(so, "mastery", cli_program_round(m->mastery));
        cJSON_AddNumberToObject(so, "runs", m->runs);
        cJSON_AddNumberToObject(so, "trend", cli_program_round(m->mastery - m->before_last));
    }
    cJSON *tracks = cJSON_AddArrayToObject(o, "tracks");
    for (int i = 0; i < p->n_tracks; i++) {
        const TrackStatus *ts = &p->tracks[i];
        cJSON *to = cJSON_CreateObject();
        cJSON_AddStringToObject(to, "id", ts->track->id);
        cJSON_AddNumberToObject(to, "done", ts->done);
        cJSON_AddNumberToObject(to, "steps", ts->track->n_steps);
        if (ts->next >= 0) cJSON_AddStringToObject(to, "next", ts->track->steps[ts->next].scenario);
        else cJSON_AddNullToObject(to, "next");
        cJSON_AddItemToArray(tracks, to);
    }
    if (p->next_scenario) {
        cJSON *next = cJSON_AddObjectToObject(o, "next");
        cJSON_AddStringToObject(next, "scenario", p->next_scenario);
        cJSON_AddStringToObject(next, "why", p->next_why);
    } else {
        cJSON_AddNullToObject(o, "next");
    }
    return o;
}

int cmd_progress(CliContext *ctx, int argc, char **argv)
{
    int rc = EXIT_OK;
    CliProgramArgs a;
    CliProgram pr;
    if (!cli_program_begin(ctx, "progress", PROGRESS_HELP, argc, argv, CLI_PROGRESS_ALWAYS, &a, &pr, &rc)) return rc;
    if (a.json) {
        cli_program_print_json(progress_json(pr.progress));
    } else {
        print_text(pr.progress);
    }
    cli_program_close(&pr);
    return EXIT_OK;
}
