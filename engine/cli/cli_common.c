/* cli_common.c: helpers shared by the subcommands: opening the store, finding and loading
 * scenarios on the search path, and parsing option values. Errors are printed here as one
 * line each, so commands only map them to exit codes. */
#define _GNU_SOURCE
#include "cli/cli.h"

#include "scenario/scenario_catalog.h"
#include "base/util.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

void cli_usage_error(const char *command, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "worksim %s: ", command);
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, " (see 'worksim %s --help')\n", command);
    va_end(ap);
}

Store *cli_open_store(CliContext *ctx, bool must_exist, int *rc)
{
    char *path = ctx->db_path ? xstrdup(ctx->db_path) : store_default_path();
    char *err = NULL;
    StoreOpenFailure why = STORE_OPEN_ERROR;
    Store *st = store_open_checked(path, must_exist, &why, &err);
    if (!st) fprintf(stderr, "worksim: cannot open the database: %s\n", err ? err : path ? path : "no path");
    /* Another application's file or a mistyped path is the user's input; damage is not. */
    *rc = why == STORE_OPEN_MISSING || why == STORE_OPEN_NOT_OURS ? EXIT_USAGE : EXIT_INFRA;
    free(err);
    free(path);
    return st;
}

Scenario *cli_load_scenario(CliContext *ctx, const char *arg, char **dir_out)
{
    char *err = NULL;
    char *dir = scenario_resolve(arg, (const char *const *)ctx->scenario_path, &err);
    if (!dir) {
        fprintf(stderr, "worksim: %s\n", err ? err : "scenario not found");
        free(err);
        return NULL;
    }
    Scenario *sc = scenario_load(dir, &err);
    if (!sc) {
        fprintf(stderr, "worksim: %s\n", err ? err : "cannot load the scenario");
        free(err);
        free(dir);
        return NULL;
    }
    if (dir_out) *dir_out = dir;
    else free(dir);
    return sc;
}

char **cli_all_scenario_dirs(CliContext *ctx, int *n_out)
{
    return scenario_catalog_dirs((const char *const *)ctx->scenario_path, n_out);
}

bool cli_parse_sandbox(const char *value, SandboxBackend *out)
{
    if (strcmp(value, "auto") == 0) *out = SANDBOX_AUTO;
    else if (strcmp(value, "ns") == 0) *out = SANDBOX_NS;
    else if (strcmp(value, "vm") == 0) *out = SANDBOX_VM;
    else return false;
    return true;
}

bool cli_parse_number(const char *value, double *out)
{
    char *end = NULL;
    double d = strtod(value, &end);
    if (!value[0] || !end || *end || !isfinite(d)) return false;   /* nan and inf are no numbers here */
    *out = d;
    return true;
}

bool cli_parse_date(const char *text, bool end_of_day, double *out)
{
    struct tm tm = {0};
    const char *rest = strptime(text, "%Y-%m-%d", &tm);
    if (!rest) return false;
    bool date_only = *rest == '\0';
    if (!date_only) {
        const char *t = strptime(rest, "T%H:%M", &tm);
        if (t && *t == ':') t = strptime(t, ":%S", &tm);
        if (t && *t == 'Z') t++;
        if (!t || *t) return false;
    }
    time_t secs = timegm(&tm);
    if (secs == (time_t)-1) return false;
    *out = (double)secs + (date_only && end_of_day ? 86400.0 : 0.0);
    return true;
}
