/* cli.h: the command-line front end (DESIGN §9, contract). cli_main parses global options,
 * dispatches to one cmd_* function per subcommand and maps outcomes to exit codes. */
#ifndef WORKSIM_CLI_H
#define WORKSIM_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "core/run.h"
#include "store/store.h"

enum { EXIT_OK = 0, EXIT_BELOW = 1, EXIT_USAGE = 2, EXIT_INFRA = 3 };

/* Global options, shared by every subcommand. */
typedef struct CliContext {
    const char *db_path;          /* --db, else NULL (store_default_path) */
    char **scenario_path;         /* NULL-terminated search path: --scenarios, WORKSIM_SCENARIOS, built-ins */
} CliContext;

int cli_main(int argc, char **argv);

/* Options of `run` and `play` (cli_run_args.c). */
typedef struct RunArgs {
    const char *scenario;
    const char *actions;
    const char *learner;
    const char *llm;
    const char *model;
    SandboxBackend sandbox;
    bool json, verbose;
    bool watch;                 /* play: the reference solution headlessly, not the desktop */
    const char *snapshot;       /* play: save the desktop as a PNG, then end the run */
    double snapshot_after;
    bool has_min;
    double min_score;
    bool abandon;               /* resume: close the run as incomplete instead */
    bool list;                  /* resume: list the interrupted runs */
} RunArgs;
/* Parses run/play options; returns -1 to go on, else an exit code (help printed, usage error). */
int cli_parse_run_args(const char *cmd, const char *help, int argc, char **argv, RunArgs *a);
/* The colleague backend for --llm (auto: claude when ANTHROPIC_API_KEY is set); NULL means
 * the scripted default. The model is --model, else $WORKSIM_MODEL, else COLLEAGUE_DEFAULT_MODEL.
 * false + *rc on failure (message printed). */
bool cli_choose_colleagues(const RunArgs *a, ColleagueBackend **out, int *rc);
/* What a run needs besides its scenario: the colleague backend and the database. */
typedef struct CliRunDeps {
    ColleagueBackend *colleagues;   /* NULL: scripted */
    Store *store;
} CliRunDeps;
/* Chooses the colleagues and opens the store (closing runs abandoned by dead processes); on
 * failure prints why, frees sc and returns false with *rc set. */
bool cli_run_deps_open(CliContext *ctx, const RunArgs *a, Scenario *sc, CliRunDeps *deps, int *rc);
/* Frees run, then the colleagues (their client lives on the loop), the loop and the store. */
void cli_run_deps_close(CliRunDeps *deps, Run *run, Loop *loop);
/* Prints a finished run's result (breakdown, or JSON with --json) and returns the exit code,
 * 1 when below --min-score. An action script's expect (may be NULL) is shown with whether the
 * run met it, never graded: the JSON gets "expect": {..., "met"} only when the script has one. */
struct ActionExpect;
int cli_report_finished_run(Run *run, const RunArgs *a, const struct ActionExpect *expect);
/* Plays sc (taken) with script headlessly, prints the result; returns the exit code (cmd_run.c). */
struct ActionScript;
int cli_run_script(CliContext *ctx, const RunArgs *a, Scenario *sc, struct ActionScript *script, const char *mode,
                   bool transcript_on_stdout);

/* The desktop (cmd_play.c): on the home (scenario NULL, resume_run_id 0: the default scenario
 * highlighted), straight into a run of scenario, or on the interrupted run resume_run_id
 * carried on (`worksim resume`). Returns the exit code of the last run (3: no display). */
int cli_play_desktop(CliContext *ctx, const RunArgs *a, const char *scenario, int64_t resume_run_id);

/* Crash tests: wraps a run observer so the engine stops itself at $WORKSIM_TEST_STOP_AFTER
 * (cli_stop_point.c); leaves it as is when that is unset. */
void cli_stop_point_install(RunOptions *ro);


/* Subcommands: argv holds only the subcommand's own arguments (argv[0] is its first). */
int cmd_run(CliContext *ctx, int argc, char **argv);
int cmd_play(CliContext *ctx, int argc, char **argv);
int cmd_verify(CliContext *ctx, int argc, char **argv);
int cmd_check(CliContext *ctx, int argc, char **argv);
int cmd_list(CliContext *ctx, int argc, char **argv);
int cmd_new(CliContext *ctx, int argc, char **argv);
int cmd_report(CliContext *ctx, int argc, char **argv);
int cmd_replay(CliContext *ctx, int argc, char **argv);
int cmd_doctor(CliContext *ctx, int argc, char **argv);
int cmd_tracks(CliContext *ctx, int argc, char **argv);      /* cmd_tracks.c */
int cmd_progress(CliContext *ctx, int argc, char **argv);    /* cmd_progress.c */
int cmd_learners(CliContext *ctx, int argc, char **argv);
int cmd_grade(CliContext *ctx, int argc, char **argv);
int cmd_regrade(CliContext *ctx, int argc, char **argv);   /* cmd_regrade.c */
int cmd_sandbox(int argc, char **argv);
int cmd_resume(CliContext *ctx, int argc, char **argv);
int cmd_sync(CliContext *ctx, int argc, char **argv);        /* cmd_sync.c */
int cmd_pack(CliContext *ctx, int argc, char **argv);        /* cmd_pack.c */
int cmd_install(CliContext *ctx, int argc, char **argv);     /* cmd_install.c */

int cmd_export(CliContext *ctx, int argc, char **argv);      /* cmd_export.c */
int cmd_import(CliContext *ctx, int argc, char **argv);      /* cmd_import.c */

/* Interrupted runs (cli_interrupted.c). Closes the runs of dead engines that are past
 * run_resume_max_age_seconds or were never attempts (demo, grade) as incomplete; returns how
 * many. Called by every command that starts or resumes a run. */
int cli_close_stale_runs(CliContext *ctx, Store *st);
/* "run 12, 'Your first bug fix', 32:10 left" (terminal-safe; caller frees). */
struct RunInterrupted;
char *cli_describe_interrupted(CliContext *ctx, const struct RunInterrupted *r);

/* Shared helpers (cli_common.c). */
/* Opens --db (or the default database); on failure prints one line, sets *rc (2 for a
 * missing file when must_exist or another application's file, else 3) and returns NULL. */
Store *cli_open_store(CliContext *ctx, bool must_exist, int *rc);
Scenario *cli_load_scenario(CliContext *ctx, const char *arg, char **dir_out);   /* prints errors */
/* Every scenario folder on the search path, first occurrence of each id wins; caller frees
 * each string and the array. */
char **cli_all_scenario_dirs(CliContext *ctx, int *n);
bool cli_parse_sandbox(const char *value, SandboxBackend *out);
/* A scenario id as `worksim new` creates them: lowercase letters, digits, '-'; 1-64 bytes (cmd_new.c). */
bool cli_scenario_id_ok(const char *id);
bool cli_parse_number(const char *value, double *out);
/* A UTC date: YYYY-MM-DD, or YYYY-MM-DDTHH:MM[:SS][Z], as seconds since the epoch. With
 * end_of_day a bare date means the end of that day (the start of the next). false when it
 * is not one of those. */
bool cli_parse_date(const char *text, bool end_of_day, double *out);
void cli_usage_error(const char *command, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Result printing (cli_result.c). */
void cli_print_breakdown(Run *run);                          /* human table on stdout */
char *cli_result_json(Run *run);                             /* the `run --json` object; caller frees */
struct cJSON *cli_result_object(Run *run);                   /* the same as a cJSON tree; caller deletes */
char *cli_json_text(const struct cJSON *o);                  /* compact JSON, valid UTF-8; caller frees */
/* A RunEventFn printing a readable transcript on the FILE passed as ud. */
void cli_print_event(void *ud, Run *run, const char *kind, const char *data_json);
/* The same, for an event read back from the store at run-clock time t. */
void cli_print_event_at(FILE *f, double t, const char *kind, const char *data_json);
int cli_exit_code_for(Run *run);                             /* 0, 2 (scenario fault) or 3 (infra) */

#endif
