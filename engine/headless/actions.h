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

typedef struct ActionScript {
    char *file;
    Action *actions;
    int n;
} ActionScript;

/* Loads and validates the shape of an action script; NULL and a one-line *err on failure. */
ActionScript *actions_load(const char *path, char **err);
/* Checks every reference (task, cast member, channel) against the scenario; false + *err. */
bool actions_check_references(const ActionScript *script, const Scenario *sc, char **err);
/* A script that only submits every task, in order, then finishes (verify's do-nothing learner). */
ActionScript *actions_submit_only(const Scenario *sc);
void actions_free(ActionScript *script);
const char *action_kind_name(ActionKind kind);

#endif
