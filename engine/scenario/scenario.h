/* scenario.h: a loaded, validated scenario (DESIGN §3, contract).
 * scenario_load runs scenario.lua in a fresh allow-listed Lua state and checks the returned
 * table against the contract; every error names the file and the path of the bad field
 * ("tasks[1].checks[2].points: expected number, got string"). The Lua state stays alive
 * inside the Scenario because hooks, scripted replies and rubric functions live there:
 * each run loads the scenario afresh, so top-level locals are per-run state. */
#ifndef WORKSIM_SCENARIO_H
#define WORKSIM_SCENARIO_H

#include <stdbool.h>

typedef struct lua_State lua_State;

typedef struct ScenarioCheck {
    char *id, *label, *run, *skill;   /* skill may be NULL */
    double points;
    double timeout;                    /* seconds; 0 = sandbox default */
    bool required;                     /* `required = true`: the run cannot pass while it fails */
} ScenarioCheck;

typedef struct ScenarioTask {
    char *id, *title, *from, *ticket;  /* from: cast id (may be NULL); ticket: markdown (may be NULL) */
    char *review;                      /* reviewer cast id or NULL */
    ScenarioCheck *checks;
    int n_checks;
    char **hints;
    int n_hints;
    double hint_cost;                  /* default 5 */
    bool assign_at_start;              /* `assign = "start"` (default) or "manual" (hooks call run:assign) */
    char **protect;                    /* workspace-relative paths the checks get as in the base,
                                          trailing '/' removed ("tests", "pyproject.toml") */
    int n_protect;
} ScenarioTask;

typedef struct ScenarioCast {
    char *id, *name, *role, *persona, *knows;   /* persona/knows may be NULL */
    bool reviewer;
} ScenarioCast;

typedef struct ScenarioRubric {
    char *id, *label, *judge, *skill, *criteria;   /* judge: cast id; skill/criteria may be NULL */
    double points;
    int scripted_ref;                  /* Lua registry ref of the scripted function, or LUA_NOREF */
} ScenarioRubric;

/* Hooks the scenario may define; index into Scenario.hook_refs. */
typedef enum ScenarioHook {
    HOOK_ON_START, HOOK_ON_MESSAGE, HOOK_ON_COMMAND, HOOK_ON_SUBMIT,
    HOOK_ON_REVIEW, HOOK_ON_FINISH, HOOK_ON_RESUME, HOOK_COUNT
} ScenarioHook;

/* The hook's field name in scenario.lua ("on_start"); NULL past HOOK_COUNT. */
const char *scenario_hook_name(ScenarioHook hook);

typedef struct Scenario {
    char *dir;                         /* folder holding scenario.lua (absolute) */
    char *file;                        /* path of scenario.lua, for messages */
    char *hash;                        /* hex digest of scenario.lua's bytes */
    char *id, *title, *summary, *role, *level, *family;   /* family/role/level may be NULL */
    char **skills;
    int n_skills;
    double minutes, time_limit, pass;  /* time_limit seconds (0 = none); pass percent, default 70 */
    char *workspace;                   /* absolute path of the workspace folder, or NULL */
    char *checks_dir;                  /* absolute path of the optional checks/ folder, or NULL */
    char *checks_shared_dir;           /* with checks_dir: scenarios/lib/checks if it exists (seen by
                                          checks at /checks/_shared), or NULL */
    char **needs;
    int n_needs;
    ScenarioCast *cast;
    int n_cast;
    char **channels;
    int n_channels;
    ScenarioTask *tasks;
    int n_tasks;
    ScenarioRubric *rubric;
    int n_rubric;
    int hook_refs[HOOK_COUNT];         /* Lua registry refs, or LUA_NOREF when absent */
    int scripted_ref;                  /* registry ref of the `scripted` table, or LUA_NOREF */
    lua_State *L;                      /* the scenario's own state; owned */
} Scenario;

/* Loads and validates DIR/scenario.lua. NULL and *err (one line, caller frees) on any problem. */
Scenario *scenario_load(const char *dir, char **err);
void scenario_free(Scenario *sc);      /* closes the Lua state; NULL-safe */

/* The version of the scenario folder dir: "fnv1a64:" + 16 hex digits over every file, folder
 * and symlink in it except the top-level solution/ and .git folders (scenario_version.c).
 * Caller frees; NULL and *err (one line) when a part of the folder cannot be read. */
char *scenario_folder_version(const char *dir, char **err);

const ScenarioTask *scenario_find_task(const Scenario *sc, const char *id);   /* NULL if unknown */
bool scenario_has_hook(const Scenario *sc, ScenarioHook hook);                /* scenario.lua defines it */
/* A task's `protect` entry is acceptable: non-empty, relative, no '.', '..' or empty parts
 * (one trailing '/' allowed), no control characters, at most 1024 bytes. */
bool scenario_protect_path_ok(const char *path);
const ScenarioCast *scenario_find_cast(const Scenario *sc, const char *id);   /* NULL if unknown */
double scenario_max_points(const Scenario *sc);   /* sum of check and rubric points */

/* Resolves a SCENARIO argument: a folder path containing scenario.lua (or the path of a
 * scenario.lua), or an id searched on search_path (NULL-terminated, may be NULL; see
 * scenario_search_path_default). Returns the absolute folder; caller frees. */
char *scenario_resolve(const char *arg, const char *const *search_path, char **err);

/* The default scenario path, NULL-terminated: extra (NULL-terminated, may be NULL: the
 * --scenarios folders), then the WORKSIM_SCENARIOS entries (colon-separated, empty ones
 * skipped), then WORKSIM_SOURCE_DIR/scenarios (development builds only), the user's
 * scenario_user_dir() (where `worksim install` puts packs), the share/worksim/scenarios beside
 * the running binary when the install was moved (install_path.h), and
 * WORKSIM_DATA_DIR/scenarios. *n (may be NULL) gets the count. Free with scenario_search_path_free. */
char **scenario_search_path_default(const char *const *extra, int *n);
/* $XDG_DATA_HOME/worksim/scenarios (an absolute XDG_DATA_HOME only), else
 * ~/.local/share/worksim/scenarios; NULL when no home is known. Caller frees. */
char *scenario_user_dir(void);
void scenario_search_path_free(char **path);   /* NULL-safe */

#endif
