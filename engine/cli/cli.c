/* cli.c: global options and dispatch of worksim subcommands (DESIGN §9, contract). */
#define _GNU_SOURCE
#include "cli/cli.h"

#include "base/util.h"
#include "scenario/scenario.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char USAGE[] =
    "usage: worksim [play] [SCENARIO] [--learner NAME] [--sandbox auto|vm|ns] [--llm auto|claude|scripted] [--model ID]\n"
    "       worksim run SCENARIO --actions FILE [--learner NAME] [--json] [--min-score N]\n"
    "       worksim verify [SCENARIO...]       worksim check [SCENARIO...]       worksim list [--json]\n"
    "       worksim sandbox shell|exec [--backend vm|ns] [-- CMD...]\n"
    "       worksim report [--learner NAME]... [--scenario ID]... [--cohort NAME]... [--since DATE] [--until DATE]\n"
    "                      [--include-demo] [--format text|csv|json|junit|html|xapi] [--out FILE]\n"
    "       worksim replay RUN_ID              worksim doctor                     worksim new ID\n"
    "       worksim progress [--learner NAME] [--json]     worksim tracks [--json] [--learner NAME]\n"
    "       worksim grade SCENARIO --submissions DIR [--jobs N] [--cohort NAME] [--json] [--format junit|csv] [--out FILE]\n"
    "       worksim regrade RUN_ID... | --scenario ID [--json]\n"
    "       worksim learners [list | rename OLD NEW | merge FROM INTO | cohort NAME LEARNER...]\n"
    "       worksim export [--learner NAME]... [--since DATE] [--include-demo] --out FILE\n"
    "       worksim import FILE...\n"
    "       worksim resume [RUN_ID] [--learner NAME] [--actions FILE] [--json] | --abandon [RUN_ID] | --list\n"
    "       worksim sync --lrs URL [--batch N]  (sends pending xAPI statements; credentials from WORKSIM_LRS_AUTH)\n"
    "       worksim pack DIR... --out FILE     worksim install FILE [--force]   (scenario packs)\n"
    "global: --db PATH, --scenarios DIR (also WORKSIM_SCENARIOS, colon-separated), --help, --version\n"
    "exit: 0 ok; 1 below --min-score or verify failed; 2 bad usage or bad input; 3 infrastructure error\n"
    "Run 'worksim COMMAND --help' for a command's options.\n";

typedef struct Command {
    const char *name;
    int (*fn)(CliContext *ctx, int argc, char **argv);
} Command;

static int run_sandbox_cmd(CliContext *ctx, int argc, char **argv)
{
    (void)ctx;
    return cmd_sandbox(argc, argv);
}

static const Command COMMANDS[] = {
    {"play", cmd_play}, {"run", cmd_run}, {"verify", cmd_verify}, {"check", cmd_check},
    {"list", cmd_list}, {"sandbox", run_sandbox_cmd}, {"new", cmd_new}, {"doctor", cmd_doctor},
    {"report", cmd_report}, {"replay", cmd_replay}, {"tracks", cmd_tracks}, {"progress", cmd_progress},
    {"learners", cmd_learners}, {"grade", cmd_grade}, {"regrade", cmd_regrade},
    {"resume", cmd_resume}, {"sync", cmd_sync}, {"export", cmd_export}, {"import", cmd_import},
    {"pack", cmd_pack}, {"install", cmd_install},
};

/* Edit distance with adjacent swaps (optimal string alignment), for names up to 31 bytes. */
static int typo_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 31 || lb > 31) return 99;
    int d[32][32];
    for (size_t i = 0; i <= la; i++) d[i][0] = (int)i;
    for (size_t j = 0; j <= lb; j++) d[0][j] = (int)j;
    for (size_t i = 1; i <= la; i++)
        for (size_t j = 1; j <= lb; j++) {
            int best = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
            if (d[i - 1][j] + 1 < best) best = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < best) best = d[i][j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < best)
                best = d[i - 2][j - 2] + 1;
            d[i][j] = best;
        }
    return d[la][lb];
}

/* The command a mistyped first word most likely meant (`lsit` -> list), or NULL when it is no
 * near miss of any (then it is a scenario for play). */
static const char *command_near(const char *word)
{
    const char *best = NULL;
    int best_d = 3;
    for (size_t c = 0; c < sizeof COMMANDS / sizeof COMMANDS[0]; c++) {
        int limit = strlen(COMMANDS[c].name) <= 4 ? 1 : 2;
        int dist = typo_distance(word, COMMANDS[c].name);
        if (dist <= limit && dist < best_d) best = COMMANDS[c].name, best_d = dist;
    }
    return best;
}

/* True when arg names a scenario on the path or a folder (what play would open). */
static bool names_a_scenario(const CliContext *ctx, const char *arg)
{
    char *err = NULL;
    char *dir = scenario_resolve(arg, (const char *const *)ctx->scenario_path, &err);
    bool found = dir != NULL;
    free(err);
    free(dir);
    return found;
}

static void path_add(char ***path, int *n, const char *dir)
{
    *path = xrealloc(*path, (size_t)(*n + 2) * sizeof **path);
    (*path)[(*n)++] = xstrdup(dir);
    (*path)[*n] = NULL;
}

static void path_add_list(char ***path, int *n, const char *list)
{
    char *copy = xstrdup(list), *save = NULL;
    for (char *part = strtok_r(copy, ":", &save); part; part = strtok_r(NULL, ":", &save))
        if (*part) path_add(path, n, part);
    free(copy);
}

int cli_main(int argc, char **argv)
{
    CliContext ctx = {0};
    char **rest = xcalloc((size_t)argc + 1, sizeof *rest);
    char **extra_dirs = NULL;
    int n_rest = 0, n_extra = 0;
    bool help = false, after_dashes = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (after_dashes) {
            rest[n_rest++] = argv[i];
        } else if (strcmp(a, "--") == 0) {
            after_dashes = true;
            rest[n_rest++] = argv[i];
        } else if (strcmp(a, "--version") == 0) {
            printf("worksim %s\n", WORKSIM_VERSION);
            free(rest);
            return EXIT_OK;
        } else if (strcmp(a, "--db") == 0 || strcmp(a, "--scenarios") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "worksim: %s needs a value\n", a);
                free(rest);
                return EXIT_USAGE;
            }
            if (a[2] == 'd') ctx.db_path = argv[++i];
            else path_add_list(&extra_dirs, &n_extra, argv[++i]);
        } else if (strncmp(a, "--db=", 5) == 0) {
            ctx.db_path = a + 5;
        } else if (strncmp(a, "--scenarios=", 12) == 0) {
            path_add_list(&extra_dirs, &n_extra, a + 12);
        } else {
            if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) help = true;
            rest[n_rest++] = argv[i];
        }
    }
    ctx.scenario_path = scenario_search_path_default((const char *const *)extra_dirs, NULL);

    int rc = EXIT_USAGE;
    const Command *cmd = NULL;
    int first = 0;
    if (n_rest > 0) {
        for (size_t c = 0; c < sizeof COMMANDS / sizeof COMMANDS[0]; c++)
            if (strcmp(rest[0], COMMANDS[c].name) == 0) cmd = &COMMANDS[c];
        if (cmd) first = 1;
    }
    if (!cmd && help) {
        fputs(USAGE, stdout);
        rc = EXIT_OK;
    } else if (!cmd && n_rest > 0 && rest[0][0] == '-' && strcmp(rest[0], "--learner") != 0 &&
               strcmp(rest[0], "--sandbox") != 0 && strcmp(rest[0], "--llm") != 0 && strcmp(rest[0], "--model") != 0) {
        fprintf(stderr, "worksim: unknown option '%s'\n%s", rest[0], USAGE);
    } else if (!cmd && n_rest > 0 && command_near(rest[0]) && !names_a_scenario(&ctx, rest[0])) {
        fprintf(stderr, "worksim: '%s' is neither a command nor a scenario; did you mean `worksim %s`?\n", rest[0],
                command_near(rest[0]));
    } else {
        if (!cmd) cmd = &COMMANDS[0];   /* worksim [SCENARIO] means play */
        rc = cmd->fn(&ctx, n_rest - first, rest + first);
    }
    for (int i = 0; i < n_extra; i++) free(extra_dirs[i]);
    free(extra_dirs);
    scenario_search_path_free(ctx.scenario_path);
    free(rest);
    return rc;
}
