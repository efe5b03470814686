/* actions.h: action scripts (DESIGN §4, contract): a learner's moves as data, for headless
 * runs, tests and reference solutions. The file is Lua returning a list; it runs in the same
 * sandboxed environment as scenarios and every error names the file and the entry. */
#ifndef WORKSIM_ACTIONS_H
#define WORKSIM_ACTIONS_H

#include <stdbool.h>

#include "scenario/scenario.h"

typedef enum ActionKind { ACTION_SH, ACTION_SAY, ACTION_POST, ACTION_WAIT, ACTION_HINT, ACTION_SUBMIT, ACTION_FINISH } ActionKind;

typedef struct Action {
    ActionKind kind;
    char *target;      /* sh: command; say: cast id; post: channel; hint/submit: task id */
    char *text;        /* say/post text */
    double seconds;    /* wait: seconds; sh: timeout (0 = default) */
} Action;

/* The verdict a fair grader must reach for this learner (DESIGN §4): a known mistake or a
 * gaming attempt says what it should get. Unset parts are not checked. */
typedef struct ActionExpect {
    bool present;              /* the script carries `expect = {...}` */
    char *outcome;             /* "passed", "failed", "incomplete" or NULL */
    bool has_min, has_max;
    double min_percent, max_percent;
} ActionExpect;

typedef struct ActionScript {
    char *file;
    Action *actions;
    int n;
    ActionExpect expect;
} ActionScript;

/* Loads and validates the shape of an action script; NULL and a one-line *err on failure. */
ActionScript *actions_load(const char *path, char **err);
/* Checks every reference (task, cast member, channel) against the scenario; false + *err. */
bool actions_check_references(const ActionScript *script, const Scenario *sc, char **err);
/* A script that only submits every task, in order, then finishes (verify's do-nothing learner). */
ActionScript *actions_submit_only(const Scenario *sc);
/* The talker: every action of script but its commands (what it says and posts, its waits,
 * hints, submits and finish, in order), or NULL when script runs no command (verify's
 * talk-only learner: the reference's words without its acts). */
ActionScript *actions_talk_only(const ActionScript *script);
void actions_free(ActionScript *script);
/* Whether a finished run's outcome and percent meet e; when not, *why (caller frees) says how,
 * e.g. "scored 80 %, expected at least 90 %". An absent expectation is always met. */
bool actions_expect_met(const ActionExpect *e, const char *outcome, double percent, char **why);
/* e as a readable phrase, e.g. "outcome failed, at most 60 %" (caller frees). */
char *actions_expect_describe(const ActionExpect *e);
const char *action_kind_name(ActionKind kind);

#endif
