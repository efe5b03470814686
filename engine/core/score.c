/* score.c: builds score sheets and computes totals, skill aggregates and outcomes (score.h). */
#include "core/score.h"

#include "base/util.h"

#include <cjson/cJSON.h>

#include <stdlib.h>
#include <string.h>

const char *score_kind_name(ScoreKind kind)
{
    switch (kind) {
    case SCORE_CHECK: return "check";
    case SCORE_RUBRIC: return "rubric";
    case SCORE_AWARD: return "award";
    case SCORE_PENALTY: return "penalty";
    case SCORE_HINT: return "hint";
    }
    return "?";
}

void score_sheet_add(ScoreSheet *sheet, ScoreKind kind, const char *item_id, const char *task,
                     const char *label, const char *skill, double points, double max, bool passed,
                     const char *feedback)
{
    sheet->lines = xrealloc(sheet->lines, (size_t)(sheet->n_lines + 1) * sizeof *sheet->lines);
    sheet->lines[sheet->n_lines++] = (ScoreLine){
        .kind = kind, .item_id = xstrdup(item_id ? item_id : ""), .task = xstrdup(task),
        .label = xstrdup(label ? label : (item_id ? item_id : "")), .skill = xstrdup(skill),
        .feedback = xstrdup(feedback), .points = points, .max = max, .passed = passed,
    };
}

static ScoreSkill *skill_entry(ScoreSheet *sheet, const char *skill)
{
    for (int i = 0; i < sheet->n_skills; i++)
        if (strcmp(sheet->skills[i].skill, skill) == 0) return &sheet->skills[i];
    sheet->skills = xrealloc(sheet->skills, (size_t)(sheet->n_skills + 1) * sizeof *sheet->skills);
    sheet->skills[sheet->n_skills] = (ScoreSkill){xstrdup(skill), 0, 0};
    return &sheet->skills[sheet->n_skills++];
}

void score_sheet_finalize(ScoreSheet *sheet, double pass, bool approvals_missing, const char *end_reason, bool infra)
{
    double earned = 0, max = 0;
    for (int i = 0; i < sheet->n_lines; i++) {
        ScoreLine *l = &sheet->lines[i];
        earned += l->points;
        max += l->max;
        if (l->skill && (l->kind == SCORE_CHECK || l->kind == SCORE_RUBRIC)) {
            ScoreSkill *s = skill_entry(sheet, l->skill);
            s->points += l->points;
            s->max += l->max;
        }
    }
    if (earned < 0) earned = 0;
    if (earned > max) earned = max;
    sheet->score = earned;
    sheet->max = max;
    sheet->percent = max > 0 ? 100.0 * earned / max : 0;
    bool reached = max > 0 && sheet->percent + 1e-9 >= pass;
    bool abandoned = end_reason && strcmp(end_reason, "abandoned") == 0;   /* never finished: never passed */
    if (infra) sheet->outcome = "infra_error";
    else if (reached && !approvals_missing && !abandoned) sheet->outcome = "passed";
    else if (abandoned || (end_reason && strcmp(end_reason, "time_limit") == 0)) sheet->outcome = "incomplete";
    else sheet->outcome = "failed";
}

void score_sheet_clear(ScoreSheet *sheet)
{
    for (int i = 0; i < sheet->n_lines; i++) {
        ScoreLine *l = &sheet->lines[i];
        free(l->item_id);
        free(l->task);
        free(l->label);
        free(l->skill);
        free(l->feedback);
    }
    for (int i = 0; i < sheet->n_skills; i++) free(sheet->skills[i].skill);
    free(sheet->lines);
    free(sheet->skills);
    memset(sheet, 0, sizeof *sheet);
}

struct cJSON *score_line_json(const char *kind, const char *id, const char *task, const char *label, double points,
                              double max, bool passed, const char *feedback)
{
    cJSON *j = cJSON_CreateObject();
    cJSON_AddStringToObject(j, "kind", kind);
    cJSON_AddStringToObject(j, "id", id);
    if (task) cJSON_AddStringToObject(j, "task", task);
    else cJSON_AddNullToObject(j, "task");
    cJSON_AddStringToObject(j, "label", label ? label : "");
    cJSON_AddNumberToObject(j, "points", points);
    cJSON_AddNumberToObject(j, "max", max);
    cJSON_AddBoolToObject(j, "passed", passed);
    if (feedback) cJSON_AddStringToObject(j, "feedback", feedback);
    else cJSON_AddNullToObject(j, "feedback");
    return j;
}
