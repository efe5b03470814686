/* cli_run_args.c: the options `worksim run` and `worksim play` share (scenario, learner,
 * sandbox, colleagues, model) and the choice of colleague backend they imply. */
#define _GNU_SOURCE
#include "cli/cli.h"

#include "util/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool need_value(const char *cmd, int *i, int argc, char **argv, const char **out)
{
    if (*i + 1 >= argc) {
        cli_usage_error(cmd, "%s needs a value", argv[*i]);
        return false;
    }
    *out = argv[++*i];
    return true;
}

int cli_parse_run_args(const char *cmd, const char *help, int argc, char **argv, RunArgs *a)
{
    for (int i = 0; i < argc; i++) {
        const char *o = argv[i];
        const char *v = NULL;
        if (strcmp(o, "--help") == 0 || strcmp(o, "-h") == 0) {
            fputs(help, stdout);
            return EXIT_OK;
        } else if (strcmp(o, "--actions") == 0 && strcmp(cmd, "run") == 0) {
            if (!need_value(cmd, &i, argc, argv, &a->actions)) return EXIT_USAGE;
        } else if (strcmp(o, "--learner") == 0) {
            if (!need_value(cmd, &i, argc, argv, &a->learner)) return EXIT_USAGE;
        } else if (strcmp(o, "--model") == 0) {
            if (!need_value(cmd, &i, argc, argv, &a->model)) return EXIT_USAGE;
        } else if (strcmp(o, "--llm") == 0) {
            if (!need_value(cmd, &i, argc, argv, &a->llm)) return EXIT_USAGE;
            if (strcmp(a->llm, "auto") != 0 && strcmp(a->llm, "claude") != 0 && strcmp(a->llm, "scripted") != 0) {
                cli_usage_error(cmd, "--llm: expected auto, claude or scripted, got '%s'", a->llm);
                return EXIT_USAGE;
            }
        } else if (strcmp(o, "--sandbox") == 0) {
            if (!need_value(cmd, &i, argc, argv, &v)) return EXIT_USAGE;
            if (!cli_parse_sandbox(v, &a->sandbox)) {
                cli_usage_error(cmd, "--sandbox: expected auto, vm or ns, got '%s'", v);
                return EXIT_USAGE;
            }
        } else if (strcmp(o, "--min-score") == 0 && strcmp(cmd, "run") == 0) {
            if (!need_value(cmd, &i, argc, argv, &v)) return EXIT_USAGE;
            if (!cli_parse_number(v, &a->min_score) || a->min_score < 0 || a->min_score > 100) {
                cli_usage_error(cmd, "--min-score: expected a percent from 0 to 100, got '%s'", v);
                return EXIT_USAGE;
            }
            a->has_min = true;
        } else if (strcmp(o, "--json") == 0 && strcmp(cmd, "run") == 0) {
            a->json = true;
        } else if (strcmp(o, "--verbose") == 0 || strcmp(o, "-v") == 0) {
            a->verbose = true;
        } else if (strcmp(o, "--watch") == 0 && strcmp(cmd, "play") == 0) {
            a->watch = true;
        } else if (strcmp(o, "--snapshot") == 0 && strcmp(cmd, "play") == 0) {
            if (!need_value(cmd, &i, argc, argv, &a->snapshot)) return EXIT_USAGE;
        } else if (strcmp(o, "--snapshot-after") == 0 && strcmp(cmd, "play") == 0) {
            if (!need_value(cmd, &i, argc, argv, &v)) return EXIT_USAGE;
            if (!cli_parse_number(v, &a->snapshot_after) || a->snapshot_after < 0 || a->snapshot_after > 3600) {
                cli_usage_error(cmd, "--snapshot-after: expected seconds from 0 to 3600, got '%s'", v);
                return EXIT_USAGE;
            }
        } else if (o[0] == '-' && o[1]) {
            cli_usage_error(cmd, "unknown option '%s'", o);
            return EXIT_USAGE;
        } else if (!a->scenario) {
            a->scenario = o;
        } else {
            cli_usage_error(cmd, "unexpected argument '%s'", o);
            return EXIT_USAGE;
        }
    }
    return -1;
}

bool cli_choose_colleagues(const RunArgs *a, ColleagueBackend **out, int *rc)
{
    *out = NULL;
    const char *llm = a->llm ? a->llm : "auto";
    const char *key = getenv("ANTHROPIC_API_KEY");
    bool claude = strcmp(llm, "claude") == 0 || (strcmp(llm, "auto") == 0 && key && *key);
    if (!claude) return true;
    const char *model = a->model;
    if (!model || !*model) model = getenv("WORKSIM_MODEL");
    if (!model || !*model) model = COLLEAGUE_DEFAULT_MODEL;
    char *err = NULL;
    *out = colleague_claude_new(NULL, model, &err);
    if (!*out) {
        fprintf(stderr, "worksim: --llm claude: %s\n", err ? err : "the claude backend could not start");
        free(err);
        *rc = EXIT_USAGE;
        return false;
    }
    return true;
}
