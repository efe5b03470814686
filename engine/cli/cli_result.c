/* cli_result.c: how a finished run is shown on the command line: the human breakdown, the
 * `run --json` object of DESIGN §9 (contract), a readable live transcript, and exit codes. */
#define _GNU_SOURCE
#include "cli/cli.h"

#include "core/events.h"
#include "base/text_safe.h"
#include "base/util.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cli_exit_code_for(Run *run)
{
    if (run_failed_by_scenario(run)) return EXIT_USAGE;
    if (strcmp(run_score(run)->outcome, "infra_error") == 0) return EXIT_INFRA;
    return EXIT_OK;
}

void cli_print_breakdown(Run *run)
{
    const ScoreSheet *s = run_score(run);
    const Scenario *sc = run_scenario(run);
    text_fprintf_terminal(stdout, "\n%s: %s (learner %s, run %lld)\n", sc->id, sc->title, run_learner(run), (long long)run_id(run));
    for (int i = 0; i < s->n_lines; i++) {
        const ScoreLine *l = &s->lines[i];
        char *id = l->task ? xasprintf("%s/%s", l->task, l->item_id) : xstrdup(l->item_id);
        char points[48];
        if (l->kind == SCORE_CHECK || l->kind == SCORE_RUBRIC) snprintf(points, sizeof points, "%g/%g", l->points, l->max);
        else snprintf(points, sizeof points, "%+g", l->points);
        const char *mark = l->kind == SCORE_CHECK || l->kind == SCORE_RUBRIC ? (l->passed ? "ok  " : "MISS") : "    ";
        text_fprintf_terminal(stdout, "  %s %-7s %-24s %-40s %8s\n", mark, score_kind_name(l->kind), id, l->label, points);
        if (l->feedback && *l->feedback) {
            char *fb = xstrdup(l->feedback);
            char *save = NULL;
            for (char *line = strtok_r(fb, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
                text_fprintf_terminal(stdout, "         %s\n", line);
            free(fb);
        }
        free(id);
    }
    if (s->n_skills) {
        text_fprintf_terminal(stdout, "  skills:");
        for (int i = 0; i < s->n_skills; i++)
            text_fprintf_terminal(stdout, " %s %g/%g%s", s->skills[i].skill, s->skills[i].points, s->skills[i].max, i + 1 < s->n_skills ? "," : "");
        text_fprintf_terminal(stdout, "\n");
    }
    text_fprintf_terminal(stdout, "  score %g/%g (%.0f%%), pass at %g%%: %s", s->score, s->max, s->percent, sc->pass, s->outcome);
    if (run_end_reason(run)) text_fprintf_terminal(stdout, " (%s)", run_end_reason(run));
    text_fprintf_terminal(stdout, "\n");
    if (run_cost_usd(run) > 0) text_fprintf_terminal(stdout, "  LLM cost: $%.4f (estimate from list prices)\n", run_cost_usd(run));
    if (run_error(run)) text_fprintf_terminal(stdout, "  error: %s\n", run_error(run));
}

cJSON *cli_result_object(Run *run)
{
    const ScoreSheet *s = run_score(run);
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "run_id", (double)run_id(run));
    cJSON_AddStringToObject(o, "scenario", run_scenario(run)->id);
    cJSON_AddStringToObject(o, "learner", run_learner(run));
    cJSON_AddStringToObject(o, "outcome", s->outcome);
    cJSON_AddNumberToObject(o, "score", s->score);
    cJSON_AddNumberToObject(o, "max", s->max);
    cJSON_AddNumberToObject(o, "percent", s->percent);
    cJSON *lines = cJSON_AddArrayToObject(o, "breakdown");
    for (int i = 0; i < s->n_lines; i++) {
        const ScoreLine *l = &s->lines[i];
        cJSON *j = score_line_json(score_kind_name(l->kind), l->item_id, l->task, l->label, l->points, l->max,
                                   l->passed, l->feedback);
        cJSON_AddItemToArray(lines, j);
    }
    cJSON *skills = cJSON_AddObjectToObject(o, "skills");
    for (int i = 0; i < s->n_skills; i++) {
        cJSON *k = cJSON_CreateObject();
        cJSON_AddNumberToObject(k, "points", s->skills[i].points);
        cJSON_AddNumberToObject(k, "max", s->skills[i].max);
        cJSON_AddItemToObject(skills, s->skills[i].skill, k);
    }
    cJSON_AddNumberToObject(o, "cost_usd", run_cost_usd(run));
    if (run_end_reason(run)) cJSON_AddStringToObject(o, "reason", run_end_reason(run));
    if (run_error(run)) cJSON_AddStringToObject(o, "error", run_error(run));
    return o;
}

char *cli_json_text(const cJSON *o)
{
    char *text = cJSON_PrintUnformatted(o);
    /* cJSON copies string bytes as they are: a learner name or feedback that is not UTF-8
     * would make invalid JSON. Invalid bytes can only sit inside strings, so repairing the
     * whole text keeps it one valid document. */
    char *valid = text_utf8(text);
    free(text);
    return valid;
}

char *cli_result_json(Run *run)
{
    cJSON *o = cli_result_object(run);
    char *text = cli_json_text(o);
    cJSON_Delete(o);
    return text;
}

/* Learner-controlled text (command output, messages) may hold terminal escapes: a transcript
 * shows it as plain text (text_safe.h), so nothing a learner prints can recolour, retitle or
 * write to the clipboard of the instructor's terminal. */
static char *plain_text(const char *s, size_t len)
{
    char *line = xstrndup(s, len);
    char *safe = text_terminal(line, TEXT_ONE_LINE);
    free(line);
    return safe;
}

static void print_indented(FILE *f, const char *text, int max_lines)
{
    int lines = 0;
    const char *p = text;
    while (p && *p && lines < max_lines) {
        const char *end = strchr(p, '\n');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        char *line = plain_text(p, len);
        fprintf(f, "      %s\n", line);
        free(line);
        lines++;
        p = end ? end + 1 : NULL;
    }
    if (p && *p) fprintf(f, "      ...\n");
}

void cli_print_event(void *ud, Run *run, const char *kind, const char *data_json)
{
    cli_print_event_at(ud, run_elapsed(run), kind, data_json);
}

/* Parses data_json as the event kind's struct into ev (a local of that type), else returns. */
#define PARSE_OR_RETURN(lower, ev) \
    do { if (!ev_##lower##_parse(data_json, &(ev), &doc, NULL)) return; } while (0)

void cli_print_event_at(FILE *f, double t, const char *kind, const char *data_json)
{
    cJSON *doc = NULL;
    char stamp[16];
    snprintf(stamp, sizeof stamp, "%02d:%02d", (int)(t / 60), (int)t % 60);
    switch (event_kind_from_name(kind)) {
    case EV_MESSAGE: {
        EvMessage e;
        PARSE_OR_RETURN(message, e);
        text_fprintf_terminal(f, "[%s] %s -> %s:\n", stamp, e.from, e.channel ? e.channel : e.to);
        print_indented(f, e.text, 40);
        break;
    }
    case EV_COMMAND: {
        EvCommand e;
        PARSE_OR_RETURN(command, e);
        char *shown = plain_text(e.line, strlen(e.line));
        text_fprintf_terminal(f, "[%s] $ %s   (exit %d)\n", stamp, shown, (int)e.exit);
        free(shown);
        print_indented(f, e.output, 12);
        break;
    }
    case EV_CHECK: {
        EvCheck e;
        PARSE_OR_RETURN(check, e);
        text_fprintf_terminal(f, "[%s] check %s/%s: %s%s\n", stamp, e.task, e.check, e.passed ? "passed" : "failed",
                e.reused ? " (unchanged since the last run: reused)" : "");
        if (e.feedback) print_indented(f, e.feedback, 6);
        break;
    }
    case EV_TASK_STATUS: {
        EvTaskStatus e;
        PARSE_OR_RETURN(task_status, e);
        text_fprintf_terminal(f, "[%s] task %s is %s%s%s\n", stamp, e.task, e.status, e.why ? ": " : "", e.why ? e.why : "");
        break;
    }
    case EV_HINT: {
        EvHint e;
        PARSE_OR_RETURN(hint, e);
        text_fprintf_terminal(f, "[%s] hint for %s (costs %g points)\n", stamp, e.task, e.cost);
        break;
    }
    case EV_TOOL_CALL: {
        EvToolCall e;
        PARSE_OR_RETURN(tool_call, e);
        text_fprintf_terminal(f, "[%s] %s used %s: %s\n", stamp, e.who, e.name, e.result);
        break;
    }
    case EV_COLLEAGUE_AWAY: {
        EvColleagueAway e;
        PARSE_OR_RETURN(colleague_away, e);
        text_fprintf_terminal(f, "[%s] %s is away: %s\n", stamp, e.who, e.error);
        break;
    }
    case EV_SCRIPT_ERROR: {
        EvScriptError e;
        PARSE_OR_RETURN(script_error, e);
        text_fprintf_terminal(f, "[%s] scenario error: %s\n", stamp, e.error);
        break;
    }
    case EV_ACTION_REFUSED: {
        EvActionRefused e;
        PARSE_OR_RETURN(action_refused, e);
        text_fprintf_terminal(f, "[%s] action %d (%s) refused: %s\n", stamp, (int)e.action, e.kind, e.why);
        break;
    }
    case EV_RESUMED: {
        EvResumed e;
        PARSE_OR_RETURN(resumed, e);
        text_fprintf_terminal(f, "[%s] resumed after %.0f s stopped (sandbox %s)\n", stamp, e.after_seconds, e.backend);
        break;
    }
    case EV_AWARD:
    case EV_PENALTY: {
        EvAward e;   /* a penalty has the same fields */
        PARSE_OR_RETURN(award, e);
        text_fprintf_terminal(f, "[%s] %s %s: %g (%s)\n", stamp, kind, e.id, e.points, e.why ? e.why : "");
        break;
    }
    default:
        return;
    }
    fflush(f);
    cJSON_Delete(doc);
}
