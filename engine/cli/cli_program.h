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

typedef struct CliProgramArgs {
    bool json;
    const char *learner;             /* --learner, a valid learner name, or NULL */
} CliProgramArgs;

/* When a command needs the learner's progress. */
typedef enum CliProgressNeed {
    CLI_PROGRESS_ALWAYS,             /* progress: --learner, else the latest counted run's learner */
    CLI_PROGRESS_WITH_LEARNER,       /* tracks: only when --learner is given */
} CliProgressNeed;

/* The start of `tracks` and `progress`: parses [--json] [--learner NAME] [--help], loads the
 * catalog and the tracks of the scenario path and, as need says, computes the learner's
 * progress from the database (which need not exist). false + *rc on --help (0), bad usage or
 * an invalid track (2, its line printed), a database that is not ours (2) or cannot be read
 * (3); pr is then closed. */
bool cli_program_begin(CliContext *ctx, const char *command, const char *help, int argc, char **argv,
                       CliProgressNeed need, CliProgramArgs *a, CliProgram *pr, int *rc);
void cli_program_close(CliProgram *pr);
/* `check` and `verify` without SCENARIO arguments: one line per track on the path ("ok   track
 * ID: N steps" or "FAIL track FILE: FIELD: expectation"); false when any is invalid. */
bool cli_check_tracks(CliContext *ctx);
double cli_program_round(double x);
struct cJSON;
void cli_program_print_json(struct cJSON *o);   /* compact, one line on stdout; deletes o */  /* to 4 decimals, for JSON */

#endif
