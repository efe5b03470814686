/* cli_program.h: shared loading for `worksim tracks` and `worksim progress` (cli_program.c). */
#ifndef WORKSIM_CLI_PROGRAM_H
#define WORKSIM_CLI_PROGRAM_H

#include "cli/cli.h"
#include "core/progress.h"

typedef struct CliProgram {
    ScenarioCatalog *catalog;
    TrackSet *tracks;
    Progress *progress;              /* NULL until cli_program_open_progress */
} CliProgram;

/* Loads the catalog and the tracks of the scenario path; an invalid track prints its line and
 * gives false with *rc = 2. */
bool cli_program_load(CliContext *ctx, const char *command, CliProgram *pr, int *rc);
/* Computes the progress of learner (NULL: the learner of the latest counted run, else the
 * default learner) from the database, which need not exist. false + *rc (printed) on a
 * database that is not ours (2) or cannot be read (3). */
bool cli_program_open_progress(CliContext *ctx, const char *command, const char *learner, CliProgram *pr, int *rc);
void cli_program_close(CliProgram *pr);
typedef struct CliProgramArgs {
    bool json;
    const char *learner;             /* --learner, a valid learner name, or NULL */
} CliProgramArgs;
/* Parses [--json] [--learner NAME] [--help]; false with *rc on --help (0) or bad usage (2). */
bool cli_program_parse_args(const char *command, const char *help, int argc, char **argv, CliProgramArgs *a, int *rc);
/* `check` and `verify` without SCENARIO arguments: one line per track on the path ("ok   track
 * ID: N steps" or "FAIL track FILE: FIELD: expectation"); false when any is invalid. */
bool cli_check_tracks(CliContext *ctx);
double cli_program_round(double x);
struct cJSON;
void cli_program_print_json(struct cJSON *o);   /* compact, one line on stdout; deletes o */  /* to 4 decimals, for JSON */

#endif
