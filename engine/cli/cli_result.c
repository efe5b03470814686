/* cli_result.c: how a finished run is shown on the command line: the human breakdown, the
 * `run --json` object of DESIGN §9 (contract), a readable live transcript, and exit codes. */
#define _GNU_SOURCE
#include "cli/cli.h"

#include "util/text_safe.h"
#include "util/util.h"

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

char *cli_result_json(Run *run)
{
    cJSON *o = cli_result_object(run);
    char *text = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    return text;
}

static const char *str_field(const cJSON *o, const char *name)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, name);
    return cJSON_IsString(v) ? v->valuestring : NULL;
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

void cli_print_event_at(FILE *f, double t, const char *kind, const char *data_json)
{
    cJSON *o = cJSON_Parse(data_json);
    if (!o) return;
    char stamp[16];
    snprintf(stamp, sizeof stamp, "%02d:%02d", (int)(t / 60), (int)t % 60);
    if (strcmp(kind, "message") == 0) {
        const char *channel = str_field(o, "channel");
        const char *to = str_field(o, "to");
        text_fprintf_terminal(f, "[%s] %s -> %s:\n", stamp, str_field(o, "from"), channel ? channel : to);
        print_indented(f, str_field(o, "text"), 40);
    } else if (strcmp(kind, "command") == 0) {
        const cJSON *exit_code = cJSON_GetObjectItem(o, "exit");
        const char *line = str_field(o, "line");
        char *shown = plain_text(line ? line : "", line ? strlen(line) : 0);
        text_fprintf_terminal(f, "[%s] $ %s   (exit %d)\n", stamp, shown, (int)cJSON_GetNumberValue(exit_code));
        free(shown);
        print_indented(f, str_field(o, "output"), 12);
    } else if (strcmp(kind, "check") == 0) {
        text_fprintf_terminal(f, "[%s] check %s/%s: %s\n", stamp, str_field(o, "task"), str_field(o, "check"),
                cJSON_IsTrue(cJSON_GetObjectItem(o, "passed")) ? "passed" : "failed");
        if (str_field(o, "feedback")) print_indented(f, str_field(o, "feedback"), 6);
    } else if (strcmp(kind, "task_status") == 0) {
        text_fprintf_terminal(f, "[%s] task %s is %s%s%s\n", stamp, str_field(o, "task"), str_field(o, "status"),
                str_field(o, "why") ? ": " : "", str_field(o, "why") ? str_field(o, "why") : "");
    } else if (strcmp(kind, "hint") == 0) {
        text_fprintf_terminal(f, "[%s] hint for %s (costs %g points)\n", stamp, str_field(o, "task"),
                cJSON_GetNumberValue(cJSON_GetObjectItem(o, "cost")));
    } else if (strcmp(kind, "tool_call") == 0) {
        text_fprintf_terminal(f, "[%s] %s used %s: %s\n", stamp, str_field(o, "who"), str_field(o, "name"), str_field(o, "result"));
    } else if (strcmp(kind, "colleague_away") == 0) {
        text_fprintf_terminal(f, "[%s] %s is away: %s\n", stamp, str_field(o, "who"), str_field(o, "error"));
    } else if (strcmp(kind, "script_error") == 0) {
        text_fprintf_terminal(f, "[%s] scenario error: %s\n", stamp, str_field(o, "error"));
    } else if (strcmp(kind, "action_refused") == 0) {
        text_fprintf_terminal(f, "[%s] action %d (%s) refused: %s\n", stamp, (int)cJSON_GetNumberValue(cJSON_GetObjectItem(o, "action")),
                str_field(o, "kind"), str_field(o, "why"));
    } else if (strcmp(kind, "award") == 0 || strcmp(kind, "penalty") == 0) {
        text_fprintf_terminal(f, "[%s] %s %s: %g (%s)\n", stamp, kind, str_field(o, "id"),
                cJSON_GetNumberValue(cJSON_GetObjectItem(o, "points")), str_field(o, "why") ? str_field(o, "why") : "");
    }
    fflush(f);
    cJSON_Delete(o);
}
