/* cmd_verify.c: `worksim check` (the scenario and its action scripts load and validate) and
 * `worksim verify` (DESIGN §4: the reference solution, and every other solution/NAME.lua, pass
 * every check and reach `pass`; a learner who only submits fails at least one check and the run,
 * and so does one who says everything the reference says and runs none of its commands).
 * One line per scenario; no database is touched. */
#define _GNU_SOURCE
#include "cli/cli.h"

#include "cli/child_pool.h"
#include "cli/cli_program.h"
#include "core/events.h"
#include "headless/headless.h"
#include "sandbox/sandbox.h"
#include "base/util.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char CHECK_HELP[] =
    "usage: worksim check [SCENARIO...]\n"
    "Loads each scenario (default: every scenario on the scenario path) and its solution scripts,\n"
    "validating them against the scenario format. Without SCENARIO it also validates every track\n"
    "(tracks/<id>.lua on the scenario path). Prints one line per scenario and track; exit 2 if any is bad.\n";

static const char VERIFY_HELP[] =
    "usage: worksim verify [SCENARIO...] [--jobs N] [--draft]\n"
    "Runs each scenario (default: all) headlessly with scripted colleagues, every script of it in a\n"
    "process of its own, N at a time (default: twice the number of CPUs, at most 8):\n"
    "  solution/actions.lua          must pass every check and reach the scenario's pass mark;\n"
    "  solution/NAME.lua             without expect: an alternative solution, must score 100 %;\n"
    "                                with expect = {...}: a mistake or gaming attempt, must meet it;\n"
    "  a learner who only submits    must fail at least one check and must not pass;\n"
    "  a talk-only learner           (the reference's messages, waits, hints and submits, none of\n"
    "                                its commands) must too: the score must credit acts, not words.\n"
    "A scenario must ship at least 2 alternatives and 3 scripts with expect: verify fails when it\n"
    "does not (--draft: only a warning, while a new scenario is written; --strict is the default\n"
    "and still accepted). One line per scenario, then one line per failing\n"
    "script saying why. Without SCENARIO every track (tracks/<id>.lua) is validated too, one line each.\n"
    "exit: 0 ok; 1 a script failed; 2 a scenario, script or track does not load.\n";

static int compare_solution_paths(const void *a, const void *b)
{
    const char *pa = *(char *const *)a, *pb = *(char *const *)b;
    bool ra = strstr(pa, "/actions.lua") != NULL, rb = strstr(pb, "/actions.lua") != NULL;
    if (ra != rb) return ra ? -1 : 1;
    return strcmp(pa, pb);
}

/* Sorted list of solution/NAME.lua paths, actions.lua first. */
static char **solution_scripts(const char *dir, int *n_out)
{
    char *sol = xasprintf("%s/solution", dir);
    char **paths = NULL;
    int n = 0;
    DIR *d = opendir(sol);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (len < 5 || strcmp(e->d_name + len - 4, ".lua") != 0 || e->d_name[0] == '.') continue;
        paths = xrealloc(paths, (size_t)(n + 1) * sizeof *paths);
        paths[n++] = xasprintf("%s/%s", sol, e->d_name);
    }
    if (d) closedir(d);
    qsort(paths, (size_t)n, sizeof *paths, compare_solution_paths);
    free(sol);
    *n_out = n;
    return paths;
}

static void free_list(char **list, int n)
{
    for (int i = 0; i < n; i++) free(list[i]);
    free(list);
}

/* Dirs named on the command line, or all; NULL-safe on errors (printed). */
static char **target_dirs(CliContext *ctx, int argc, char **argv, int *n, bool *bad)
{
    if (argc == 0) return cli_all_scenario_dirs(ctx, n);
    char **dirs = xcalloc((size_t)argc, sizeof *dirs);
    *n = 0;
    for (int i = 0; i < argc; i++) {
        char *err = NULL;
        char *dir = scenario_resolve(argv[i], (const char *const *)ctx->scenario_path, &err);
        if (!dir) {
            printf("FAIL %s: %s\n", argv[i], err ? err : "not found");
            free(err);
            *bad = true;
            continue;
        }
        dirs[(*n)++] = dir;
    }
    return dirs;
}

static bool parse_list_args(const char *cmd, const char *help, int argc, char **argv, int *rc)
{
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(help, stdout);
            *rc = EXIT_OK;
            return false;
        }
        if (argv[i][0] == '-') {
            cli_usage_error(cmd, "unknown option '%s'", argv[i]);
            *rc = EXIT_USAGE;
            return false;
        }
    }
    return true;
}

/* Loads dir's scenario and its scripts; prints a FAIL line and returns false on problems. */
static bool check_one(const char *dir, int *n_scripts)
{
    char *err = NULL;
    Scenario *sc = scenario_load(dir, &err);
    if (!sc) {
        printf("FAIL %s: %s\n", dir, err);
        free(err);
        return false;
    }
    int n = 0;
    char **scripts = solution_scripts(dir, &n);
    bool ok = true;
    if (n == 0) {
        printf("FAIL %s: %s/solution/actions.lua: missing (every scenario needs a reference solution)\n", sc->id, dir);
        ok = false;
    }
    for (int i = 0; ok && i < n; i++) {
        ActionScript *script = actions_load(scripts[i], &err);
        if (!script || !actions_check_references(script, sc, &err)) {
            printf("FAIL %s: %s\n", sc->id, err);
            free(err);
            ok = false;
        }
        actions_free(script);
    }
    if (ok) {
        int checks = 0;
        for (int t = 0; t < sc->n_tasks; t++) checks += sc->tasks[t].n_checks;
        printf("ok   %s: %d task%s, %d check%s, %d rubric item%s, %g points, %d solution script%s\n", sc->id,
               sc->n_tasks, sc->n_tasks == 1 ? "" : "s", checks, checks == 1 ? "" : "s", sc->n_rubric,
               sc->n_rubric == 1 ? "" : "s", scenario_max_points(sc), n, n == 1 ? "" : "s");
    }
    *n_scripts = n;
    free_list(scripts, n);
    scenario_free(sc);
    return ok;
}

int cmd_check(CliContext *ctx, int argc, char **argv)
{
    int rc = EXIT_OK;
    if (!parse_list_args("check", CHECK_HELP, argc, argv, &rc)) return rc;
    bool bad = false;
    int n = 0;
    char **dirs = target_dirs(ctx, argc, argv, &n, &bad);
    if (n == 0 && !bad) {
        printf("FAIL no scenarios found on the scenario path\n");
        bad = true;
    }
    for (int i = 0; i < n; i++) {
        int scripts = 0;
        if (!check_one(dirs[i], &scripts)) bad = true;
    }
    free_list(dirs, n);
    if (argc == 0 && !cli_check_tracks(ctx)) bad = true;
    return bad ? EXIT_USAGE : EXIT_OK;
}

/* ---- verify ------------------------------------------------------------------------- */

/* DESIGN §4: a shippable scenario has at least this many alternatives (scripts without
 * expect besides actions.lua) and mistake or gaming scripts (scripts with expect). The whole
 * catalog meets the rule, so it is a failure; --draft makes it a warning for a scenario being
 * written. */
#define VERIFY_MIN_ALTERNATIVES 2
#define VERIFY_MIN_EXPECTING 3
#define VERIFY_SCRIPT_RULE_IS_ERROR true

/* The built-in learners come last in a scenario's trials: submit-only, then talk-only (only
 * when the reference runs a command: without one it would be the reference itself). */
typedef enum TrialRole { ROLE_REFERENCE, ROLE_ALTERNATIVE, ROLE_EXPECTING, ROLE_SUBMIT_ONLY, ROLE_TALK_ONLY } TrialRole;

/* One script of one scenario, run in a child process. */
typedef struct Trial {
    int scenario;              /* index into Verify.scenarios */
    TrialRole role;
    char *name;                /* "actions.lua", "submit-only learner", "talk-only learner" */
    ActionScript *script;      /* NULL for the submit-only learner (built in the child) */
    char *problem;             /* why the script failed verify, or NULL */
    char *summary;             /* "alt.lua 100%" when it did not */
    char *warning;             /* something the author should look at that fails nothing */
    bool bad_input;            /* problem is the script's own error (exit 2) */
    double seconds;            /* its run's real duration */
} Trial;

typedef struct ScenarioVerify {
    char *dir, *id;
    double pass;
    char *fatal;               /* the scenario itself is bad: no trials */
    int first, n;              /* its trials */
    int n_done;
    char *rule;                /* the alternatives/mistakes rule unmet: what is missing */
} ScenarioVerify;

typedef struct Verify {
    ScenarioVerify *scenarios;
    int n_scenarios, next_to_print;
    Trial *trials;
    int n_trials;
    int *job_trial;            /* job index -> trial index */
    bool strict;
    bool draft;                 /* --draft: the script rule only warns */
    int rc;
} Verify;

static Trial *add_trial(Verify *v, int scenario, TrialRole role, const char *name)
{
    v->trials = xrealloc(v->trials, (size_t)(v->n_trials + 1) * sizeof *v->trials);
    Trial *t = &v->trials[v->n_trials++];
    *t = (Trial){.scenario = scenario, .role = role, .name = xstrdup(name)};
    v->scenarios[scenario].n++;
    return t;
}

/* Loads the scenario at dir and its scripts into trials; problems found here (the scenario or
 * a script does not load, a script names an unknown task) need no run. */
static void plan_scenario(Verify *v, const char *dir)
{
    int si = v->n_scenarios++;
    v->scenarios = xrealloc(v->scenarios, (size_t)v->n_scenarios * sizeof *v->scenarios);
    ScenarioVerify *s = &v->scenarios[si];
    *s = (ScenarioVerify){.dir = xstrdup(dir), .first = v->n_trials};
    char *err = NULL;
    Scenario *sc = scenario_load(dir, &err);
    if (!sc) {
        s->id = xstrdup(dir);
        s->fatal = err;
        return;
    }
    s->id = xstrdup(sc->id);
    s->pass = sc->pass;
    int n_scripts = 0, alternatives = 0, expecting = 0;
    char **paths = solution_scripts(dir, &n_scripts);
    if (n_scripts == 0 || strcmp(strrchr(paths[0], '/'), "/actions.lua") != 0)
        s->fatal = xasprintf("%s/solution/actions.lua: missing (every scenario needs a reference solution)", dir);
    for (int i = 0; !s->fatal && i < n_scripts; i++) {
        ActionScript *script = actions_load(paths[i], &err);
        if (script && !actions_check_references(script, sc, &err)) {
            actions_free(script);
            script = NULL;
        }
        TrialRole role = i == 0 ? ROLE_REFERENCE : script && script->expect.present ? ROLE_EXPECTING : ROLE_ALTERNATIVE;
        if (role == ROLE_REFERENCE && script && script->expect.present) {
            err = xasprintf("%s: expect: the reference solution must pass; move a script with expect to another "
                            "file in solution/", paths[i]);
            actions_free(script);
            script = NULL;
        }
        Trial *t = add_trial(v, si, role, strrchr(paths[i], '/') + 1);
        t->script = script;
        if (!script) {
            t->problem = err;
            t->bad_input = true;
            s->n_done++;
        }
        alternatives += script && role == ROLE_ALTERNATIVE;
        expecting += script && role == ROLE_EXPECTING;
    }
    if (!s->fatal) add_trial(v, si, ROLE_SUBMIT_ONLY, "submit-only learner");
    ActionScript *talk = s->fatal || !v->trials[s->first].script ? NULL : actions_talk_only(v->trials[s->first].script);
    if (talk) add_trial(v, si, ROLE_TALK_ONLY, "talk-only learner")->script = talk;
    if (!s->fatal && (alternatives < VERIFY_MIN_ALTERNATIVES || expecting < VERIFY_MIN_EXPECTING))
        s->rule = xasprintf("%d alternative solution%s (needs %d) and %d mistake or gaming script%s with expect "
                            "(needs %d) in solution/",
                            alternatives, alternatives == 1 ? "" : "s", VERIFY_MIN_ALTERNATIVES, expecting,
                            expecting == 1 ? "" : "s", VERIFY_MIN_EXPECTING);
    free_list(paths, n_scripts);
    scenario_free(sc);
}

/* What a trial's event stream tells verify about the script itself. */
typedef struct {
    char *refused;       /* the first action the run refused */
    char *timed_out;     /* the first command the shell had to interrupt */
    int action;          /* the action being played */
} TrialNotes;

/* Records the first action the run refused, except those refused because the run had ended
 * (a script expecting "incomplete" may well act after its time ran out), and the first command
 * that ran into its timeout: in a solution script that is nearly always an author's slip (an
 * unclosed quote leaves the shell waiting), the rest of the script ran without it, and it
 * costs verify the whole timeout. */
static void note_trial_event(void *ud, Run *run, const char *kind, const char *data_json)
{
    (void)run;
    TrialNotes *notes = ud;
    EventKind k = event_kind_from_name(kind);
    cJSON *doc = NULL;
    if (k == EV_ACTION) {
        EvAction e;
        if (ev_action_parse(data_json, &e, &doc, NULL)) notes->action = (int)e.action;
    } else if (k == EV_COMMAND && !notes->timed_out) {
        EvCommand e;
        if (ev_command_parse(data_json, &e, &doc, NULL) && e.timed_out)
            notes->timed_out = xasprintf("action %d: the command did not finish in %.0f s and was interrupted "
                                         "(an unclosed quote, or a command waiting for input?)",
                                         notes->action, e.seconds);
    } else if (k == EV_ACTION_REFUSED && !notes->refused) {
        EvActionRefused e;
        if (ev_action_refused_parse(data_json, &e, &doc, NULL) && strncmp(e.why, "the run has ended", 17) != 0)
            notes->refused = xasprintf("action %d (%s) was refused: %s", (int)e.action, e.kind, e.why);
    }
    cJSON_Delete(doc);
}

/* In the child: runs one trial headlessly and returns its facts as JSON. */
static char *run_trial(void *ud, int job)
{
    Verify *v = ud;
    const Trial *t = &v->trials[v->job_trial[job]];
    double t0 = util_monotonic_seconds();
    cJSON *o = cJSON_CreateObject();
    char *err = NULL;
    Scenario *sc = scenario_load(v->scenarios[t->scenario].dir, &err);
    if (!sc) {
        cJSON_AddStringToObject(o, "error", err);
        free(err);
    } else {
        ActionScript *owned = t->script ? NULL : actions_submit_only(sc);
        TrialNotes notes = {0};
        HeadlessOptions ho = {
            .run = {.mode = "verify", .learner = "verify", .on_event = note_trial_event, .event_ud = &notes}};
        Loop *loop = NULL;
        Run *run = headless_run(sc, t->script ? t->script : owned, &ho, &loop);
        const ScoreSheet *s = run_score(run);
        bool all = true, any_failed = false;
        for (int i = 0; i < s->n_lines; i++) {
            if (s->lines[i].kind != SCORE_CHECK) continue;
            all = all && s->lines[i].passed;
            any_failed = any_failed || !s->lines[i].passed;
        }
        cJSON_AddBoolToObject(o, "all_checks_passed", all);
        cJSON_AddBoolToObject(o, "any_check_failed", any_failed);
        cJSON_AddNumberToObject(o, "percent", s->percent);
        cJSON_AddStringToObject(o, "outcome", s->outcome);
        if (!run_is_finished(run)) cJSON_AddStringToObject(o, "error", "the run could not finish (a hook is still waiting)");
        else if (run_error(run)) cJSON_AddStringToObject(o, "error", run_error(run));
        if (notes.refused) cJSON_AddStringToObject(o, "refused", notes.refused);
        if (notes.timed_out) cJSON_AddStringToObject(o, "timed_out", notes.timed_out);
        free(notes.refused);
        free(notes.timed_out);
        run_free(run);
        loop_free(loop);
        actions_free(owned);
    }
    cJSON_AddNumberToObject(o, "seconds", util_monotonic_seconds() - t0);
    char *text = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    return text;
}

/* A percent as people read it: whole numbers without decimals, others with one; "80 %" in
 * sentences, "80%" in the compact summary. */
static char *percent_text(double p, bool spaced)
{
    const char *sign = spaced ? " %" : "%";
    return p == (double)(long)p ? xasprintf("%.0f%s", p, sign) : xasprintf("%.1f%s", p, sign);
}

/* The verdict on one finished trial: its problem, or its summary. */
static void judge(Trial *t, double pass, const cJSON *o)
{
    const char *error = cJSON_GetStringValue(cJSON_GetObjectItem(o, "error"));
    const char *refused = cJSON_GetStringValue(cJSON_GetObjectItem(o, "refused"));
    const char *outcome = cJSON_GetStringValue(cJSON_GetObjectItem(o, "outcome"));
    double percent = cJSON_GetNumberValue(cJSON_GetObjectItem(o, "percent"));
    bool all = cJSON_IsTrue(cJSON_GetObjectItem(o, "all_checks_passed"));
    bool any_failed = cJSON_IsTrue(cJSON_GetObjectItem(o, "any_check_failed"));
    t->seconds = cJSON_GetNumberValue(cJSON_GetObjectItem(o, "seconds"));
    const char *timed_out = cJSON_GetStringValue(cJSON_GetObjectItem(o, "timed_out"));
    if (timed_out) t->warning = xstrdup(timed_out);
    if (!outcome) outcome = "unknown";
    char *shown = percent_text(percent, true);
    if (error) t->problem = xasprintf("the run ended in an error: %s", error);
    /* a talker may act before the command that would open its task or colleague: refused, rightly */
    else if (refused && t->role != ROLE_TALK_ONLY) t->problem = xstrdup(refused);
    else if (t->role == ROLE_REFERENCE && (!all || percent + 1e-9 < pass || strcmp(outcome, "passed") != 0))
        t->problem = xasprintf("scored %s (%s; pass at %g %%)%s", shown, outcome, pass,
                               all ? "" : ", not every check passed");
    else if (t->role == ROLE_ALTERNATIVE && (percent + 1e-9 < 100 || strcmp(outcome, "passed") != 0))
        t->problem = xasprintf("scored %s (%s), expected 100 %% (an alternative solution without expect must "
                               "score full marks)", shown, outcome);
    else if (t->role == ROLE_EXPECTING) actions_expect_met(&t->script->expect, outcome, percent, &t->problem);
    else if (t->role == ROLE_SUBMIT_ONLY && !any_failed)
        t->problem = xstrdup("passes every check; the checks test nothing");
    else if (t->role == ROLE_SUBMIT_ONLY && strcmp(outcome, "passed") == 0)
        t->problem = xasprintf("a learner who only submits passes (%s): the checks that fail are worth too little", shown);
    else if (t->role == ROLE_TALK_ONLY && !any_failed)
        t->problem = xstrdup("a learner who says what the reference says and runs none of its commands passes every "
                             "check; the checks test words, not work");
    else if (t->role == ROLE_TALK_ONLY && strcmp(outcome, "passed") == 0)
        t->problem = xasprintf("a learner who says what the reference says and runs none of its commands passes "
                               "(%s): the score credits words over acts", shown);
    free(shown);
    shown = percent_text(percent, false);
    if (t->role == ROLE_SUBMIT_ONLY) t->summary = xasprintf("submit-only %s (%s)", shown, outcome);
    else if (t->role == ROLE_TALK_ONLY) t->summary = xasprintf("talk-only %s (%s)", shown, outcome);
    else if (t->role == ROLE_EXPECTING) t->summary = xasprintf("%s %s (%s)", t->name, shown, outcome);
    else t->summary = xasprintf("%s %s", t->name, shown);
    free(shown);
}

/* Prints a finished scenario: its line, then one line per failing script, then the rule. */
static void print_scenario(Verify *v, ScenarioVerify *s)
{
    if (s->fatal) {
        printf("FAIL %s: %s\n", s->id, s->fatal);
        if (v->rc < EXIT_USAGE) v->rc = EXIT_USAGE;
        return;
    }
    int failed = 0;
    double seconds = 0;
    Buf line = {0}, builtin = {0};
    for (int i = s->first; i < s->first + s->n; i++) {
        Trial *t = &v->trials[i];
        failed += t->problem != NULL;
        seconds += t->seconds;
        bool is_builtin = t->role == ROLE_SUBMIT_ONLY || t->role == ROLE_TALK_ONLY;
        Buf *b = is_builtin ? &builtin : &line;
        if (t->summary) buf_printf(b, "%s%s", b->len ? ", " : "", t->summary);
    }
    if (failed == 0) {
        printf("ok   %s: %s; %s [%.1f s]\n", s->id, line.data, builtin.data, seconds);
    } else {
        printf("FAIL %s: %d of %d script%s failed verify [%.1f s]\n", s->id, failed, s->n, s->n == 1 ? "" : "s", seconds);
        for (int i = s->first; i < s->first + s->n; i++) {
            const Trial *t = &v->trials[i];
            if (!t->problem) continue;
            /* an error loading the script already names its file: shown inside the scenario */
            size_t dir_len = strlen(s->dir);
            bool in_dir = t->bad_input && strncmp(t->problem, s->dir, dir_len) == 0 && t->problem[dir_len] == '/';
            if (t->bad_input) printf("     %s\n", in_dir ? t->problem + dir_len + 1 : t->problem);
            else printf("     solution/%s: %s\n", t->name, t->problem);
            int code = t->bad_input ? EXIT_USAGE : EXIT_BELOW;
            if (code > v->rc) v->rc = code;
        }
    }
    for (int i = s->first; i < s->first + s->n; i++)
        if (v->trials[i].warning) printf("warn %s: solution/%s: %s\n", s->id, v->trials[i].name, v->trials[i].warning);
    if (s->rule) {
        bool error = !v->draft && (v->strict || VERIFY_SCRIPT_RULE_IS_ERROR);
        printf("%s %s: %s\n", error ? "FAIL" : "warn", s->id, s->rule);
        if (error && v->rc < EXIT_BELOW) v->rc = EXIT_BELOW;
    }
    buf_free(&line);
    buf_free(&builtin);
}

static void print_finished_scenarios(Verify *v)
{
    while (v->next_to_print < v->n_scenarios) {
        ScenarioVerify *s = &v->scenarios[v->next_to_print];
        if (!s->fatal && s->n_done < s->n) break;
        print_scenario(v, s);
        v->next_to_print++;
    }
    fflush(stdout);
}

/* In the parent as each trial's child ends. */
static void trial_done(void *ud, int job, const char *result, const char *failure)
{
    Verify *v = ud;
    Trial *t = &v->trials[v->job_trial[job]];
    cJSON *o = result ? cJSON_Parse(result) : NULL;
    if (o) judge(t, v->scenarios[t->scenario].pass, o);
    else t->problem = xasprintf("the run gave no result: %s", failure ? failure : "unreadable");
    cJSON_Delete(o);
    v->scenarios[t->scenario].n_done++;
    print_finished_scenarios(v);
}

static void verify_free(Verify *v)
{
    for (int i = 0; i < v->n_trials; i++) {
        free(v->trials[i].name);
        actions_free(v->trials[i].script);
        free(v->trials[i].problem);
        free(v->trials[i].summary);
        free(v->trials[i].warning);
    }
    for (int i = 0; i < v->n_scenarios; i++) {
        free(v->scenarios[i].dir);
        free(v->scenarios[i].id);
        free(v->scenarios[i].fatal);
        free(v->scenarios[i].rule);
    }
    free(v->trials);
    free(v->scenarios);
    free(v->job_trial);
}

/* Twice the CPUs (at most 8): a run spends much of its time waiting on its sandbox and
 * shell, so two per core keep the cores busy (measured: 9 runs took 51 s 2 at a time and
 * 34 s 4 at a time on 2 cores). */
static int default_jobs(void)
{
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    return cpus < 1 ? 2 : cpus > 4 ? 8 : 2 * (int)cpus;
}

/* Parses verify's options into v and *jobs; the rest (scenarios) are moved to the front of
 * argv, their count in *n_args. false + *rc on --help or a usage error. */
static bool parse_verify_args(int argc, char **argv, Verify *v, int *jobs, int *n_args, int *rc)
{
    *n_args = 0;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--draft") == 0) {
            v->draft = true;
            continue;
        }
        if (strcmp(argv[i], "--strict") == 0) {
            v->strict = true;
        } else if (strcmp(argv[i], "--jobs") == 0 || strcmp(argv[i], "-j") == 0) {
            char *end = NULL;
            long n = i + 1 < argc ? strtol(argv[i + 1], &end, 10) : 0;
            if (!end || *end || n < 1 || n > 64) {
                cli_usage_error("verify", "%s needs a number of jobs from 1 to 64", argv[i]);
                *rc = EXIT_USAGE;
                return false;
            }
            *jobs = (int)n;
            i++;
        } else if (argv[i][0] == '-') {
            if (!parse_list_args("verify", VERIFY_HELP, 1, &argv[i], rc)) return false;
        } else {
            argv[(*n_args)++] = argv[i];
        }
    }
    return true;
}

int cmd_verify(CliContext *ctx, int argc, char **argv)
{
    int rc = EXIT_OK, jobs = default_jobs(), n_args = 0;
    Verify v = {0};
    if (!parse_verify_args(argc, argv, &v, &jobs, &n_args, &rc)) return rc;
    double t0 = util_monotonic_seconds();
    bool bad = false;
    int n = 0;
    char **dirs = target_dirs(ctx, n_args, argv, &n, &bad);
    if (n == 0 && !bad) printf("FAIL no scenarios found on the scenario path\n");
    for (int i = 0; i < n; i++) plan_scenario(&v, dirs[i]);
    free_list(dirs, n);
    int n_jobs = 0;
    v.job_trial = xcalloc((size_t)v.n_trials + 1, sizeof *v.job_trial);
    for (int i = 0; i < v.n_trials; i++)
        if (!v.trials[i].problem) v.job_trial[n_jobs++] = i;
    print_finished_scenarios(&v);
    if (n_jobs > 0) free(sandbox_prepare(SANDBOX_AUTO));   /* once here, not in every trial's child; a failure
                                                             shows in each trial's own error */
    child_pool_run(n_jobs, jobs, run_trial, trial_done, &v);
    print_finished_scenarios(&v);
    if (n_args == 0 && !cli_check_tracks(ctx)) bad = true;
    fprintf(stderr, "verify: %d scenario%s, %d run%s, %d at a time, in %.1f s\n", v.n_scenarios,
            v.n_scenarios == 1 ? "" : "s", n_jobs, n_jobs == 1 ? "" : "s", jobs, util_monotonic_seconds() - t0);
    rc = bad || n == 0 ? EXIT_USAGE : v.rc;
    verify_free(&v);
    return rc;
}
