/* cli_program.c: what `worksim tracks` and `worksim progress` share: the catalog and the
 * tracks of the scenario path (an invalid track is a usage error, exit 2, naming file and
 * field), the learner to show, the database opened only if it exists (no database means no
 * runs yet, never an error), and the progress computed from them. */
#define _GNU_SOURCE
#include "cli/cli_program.h"

#include "base/util.h"

#include <cjson/cJSON.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The name runs get when no --learner is given (run.c). */
#define CLI_DEFAULT_LEARNER "learner"

static bool cli_program_load(CliContext *ctx, const char *command, CliProgram *pr, int *rc)
{
    memset(pr, 0, sizeof *pr);
    const char *const *path = (const char *const *)ctx->scenario_path;
    pr->catalog = scenario_catalog_load(path);
    pr->tracks = track_set_load(path, pr->catalog);
    for (int i = 0; i < pr->tracks->n_errors; i++) fprintf(stderr, "worksim %s: %s\n", command, pr->tracks->errors[i]);
    if (pr->tracks->n_errors > 0) {
        *rc = EXIT_USAGE;
        cli_program_close(pr);
        return false;
    }
    return true;
}

static bool cli_program_open_progress(CliContext *ctx, const char *command, const char *learner, CliProgram *pr, int *rc)
{
    char *path = ctx->db_path ? xstrdup(ctx->db_path) : store_default_path();
    char *err = NULL;
    StoreOpenFailure why = STORE_OPEN_ERROR;
    Store *st = path ? store_open_checked(path, true, &why, &err) : NULL;
    if (!st && why != STORE_OPEN_MISSING && path) {
        fprintf(stderr, "worksim %s: cannot open the database: %s\n", command, err ? err : path);
        *rc = why == STORE_OPEN_NOT_OURS ? EXIT_USAGE : EXIT_INFRA;
        free(err);
        free(path);
        return false;
    }
    free(err);
    free(path);
    char *latest = learner ? NULL : progress_latest_learner(st);
    const char *who = learner ? learner : latest ? latest : CLI_DEFAULT_LEARNER;
    pr->progress = progress_compute(st, who, pr->catalog, pr->tracks, &err);
    free(latest);
    store_close(st);
    if (!pr->progress) {
        fprintf(stderr, "worksim %s: %s\n", command, err ? err : "cannot compute the progress");
        free(err);
        *rc = EXIT_INFRA;
        return false;
    }
    return true;
}

void cli_program_close(CliProgram *pr)
{
    progress_free(pr->progress);
    track_set_free(pr->tracks);
    scenario_catalog_free(pr->catalog);
    memset(pr, 0, sizeof *pr);
}

static bool cli_program_parse_args(const char *command, const char *help, int argc, char **argv, CliProgramArgs *a, int *rc)
{
    memset(a, 0, sizeof *a);
    for (int i = 0; i < argc; i++) {
        const char *o = argv[i];
        if (strcmp(o, "--json") == 0) {
            a->json = true;
        } else if (strcmp(o, "--help") == 0 || strcmp(o, "-h") == 0) {
            fputs(help, stdout);
            *rc = EXIT_OK;
            return false;
        } else if (strcmp(o, "--learner") == 0 || strncmp(o, "--learner=", 10) == 0) {
            const char *value = o[9] == '=' ? o + 10 : i + 1 < argc ? argv[++i] : NULL;
            const char *problem = value ? store_learner_name_problem(value) : "needs a value";
            if (problem) {
                cli_usage_error(command, "--learner: %s", problem);
                *rc = EXIT_USAGE;
                return false;
            }
            a->learner = value;
        } else {
            cli_usage_error(command, "unexpected argument '%s'", o);
            *rc = EXIT_USAGE;
            return false;
        }
    }
    return true;
}

bool cli_program_begin(CliContext *ctx, const char *command, const char *help, int argc, char **argv,
                       CliProgressNeed need, CliProgramArgs *a, CliProgram *pr, int *rc)
{
    memset(pr, 0, sizeof *pr);
    if (!cli_program_parse_args(command, help, argc, argv, a, rc) || !cli_program_load(ctx, command, pr, rc))
        return false;
    if ((need == CLI_PROGRESS_ALWAYS || a->learner) && !cli_program_open_progress(ctx, command, a->learner, pr, rc)) {
        cli_program_close(pr);
        return false;
    }
    return true;
}

bool cli_check_tracks(CliContext *ctx)
{
    const char *const *path = (const char *const *)ctx->scenario_path;
    ScenarioCatalog *cat = scenario_catalog_load(path);
    TrackSet *set = track_set_load(path, cat);
    for (int i = 0; i < set->n; i++)
        printf("ok   track %s: %d step%s\n", set->tracks[i]->id, set->tracks[i]->n_steps,
               set->tracks[i]->n_steps == 1 ? "" : "s");
    for (int i = 0; i < set->n_errors; i++) printf("FAIL track %s\n", set->errors[i]);
    bool ok = set->n_errors == 0;
    track_set_free(set);
    scenario_catalog_free(cat);
    return ok;
}

void cli_program_print_json(cJSON *o)
{
    char *text = cli_json_text(o);
    printf("%s\n", text);
    free(text);
    cJSON_Delete(o);
}

double cli_program_round(double x)
{
    return (double)(long long)(x * 10000 + (x >= 0 ? 0.5 : -0.5)) / 10000;
}
