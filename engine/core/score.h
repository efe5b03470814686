/* score.h: the score sheet of a run (DESIGN §7): one line per check, rubric item, award,
 * penalty and hint, each saying why; totals clamped to [0, max] where max is the sum of check
 * and rubric points; per-skill totals; and the outcome. Pure data, no I/O: easy to re-grade. */
#ifndef WORKSIM_SCORE_H
#define WORKSIM_SCORE_H

#include <stdbool.h>

typedef enum ScoreKind { SCORE_CHECK, SCORE_RUBRIC, SCORE_AWARD, SCORE_PENALTY, SCORE_HINT } ScoreKind;

typedef struct ScoreLine {
    ScoreKind kind;
    char *item_id, *task, *label, *skill, *feedback;   /* task, skill, feedback may be NULL */
    double points;      /* earned; negative for penalties and hints */
    double max;         /* possible (0 for awards, penalties and hints) */
    bool passed;
} ScoreLine;

typedef struct ScoreSkill {
    char *skill;
    double points, max;
} ScoreSkill;

typedef struct ScoreSheet {
    ScoreLine *lines;
    int n_lines;
    double score, max, percent;
    const char *outcome;      /* "passed" | "failed" | "incomplete" | "infra_error"; static string */
    ScoreSkill *skills;
    int n_skills;
} ScoreSheet;

const char *score_kind_name(ScoreKind kind);   /* "check", "rubric", ... */

/* Appends a line; strings are copied. */
void score_sheet_add(ScoreSheet *sheet, ScoreKind kind, const char *item_id, const char *task,
                     const char *label, const char *skill, double points, double max, bool passed,
                     const char *feedback);
/* Computes totals, skills and the outcome. pass is the scenario's pass percent;
 * approvals_missing: a gate is closed, so the run never passes whatever its score: a task that
 * names a reviewer was not approved (the review gate, DESIGN §7), or a check the scenario marks
 * `required` failed. end_reason is "finished", "time_limit", "abandoned" or an
 * infrastructure error (infra true). A run that ran out of time or was abandoned is
 * "incomplete" unless it already passed. */
void score_sheet_finalize(ScoreSheet *sheet, double pass, bool approvals_missing, const char *end_reason, bool infra);
void score_sheet_clear(ScoreSheet *sheet);   /* frees the lines and skills; the sheet is reusable */

/* One breakdown line as the JSON object of DESIGN §9 (`run --json`, `report --format json`):
 * kind, id, task (null when none), label, points, max, passed, feedback (null when none). */
struct cJSON;
struct cJSON *score_line_json(const char *kind, const char *id, const char *task, const char *label, double points,
                              double max, bool passed, const char *feedback);

#endif
