/* run_internal.h: what the files of the run (run.c, run_flow.c, run_chat.c, run_checks.c,
 * run_finish.c) share and nothing else includes: the Run struct and the helpers one job hands
 * to another. The public interface is run.h. */
#ifndef WORKSIM_RUN_INTERNAL_H
#define WORKSIM_RUN_INTERNAL_H

#include "core/run.h"

#include <cjson/cJSON.h>

#define RUN_CAPTURE_LIMIT 8192   /* bytes of command/check output kept in the run's memory and log */
#define RUN_COLLEAGUE_CHAIN 3    /* colleague turns one learner message may set off by @mentions */

/* Where a reviewed task's review stands: only APPROVED lets the run pass (DESIGN §7). */
typedef enum ReviewState { REVIEW_NONE, REVIEW_PENDING, REVIEW_APPROVED, REVIEW_CHANGES, REVIEW_UNREACHABLE } ReviewState;

typedef struct TaskState {
    TaskStatus status;
    bool submitted_ever;
    TaskSubmits submits;
    int hints_used;
    CheckResult *checks;
    CheckResult *memo;     /* per check: its latest result taken with a fingerprint in this run, from
                              a submit or a hook's run:check; stands for any later run of the check
                              on the same tree (check_reuse.h) */
    ReviewState review;
    char *review_note;     /* the reviewer's last summary line, or why the review could not happen */
} TaskState;

typedef struct Adjustment {
    bool award;
    char *id, *why;
    double points;
} Adjustment;

typedef struct HintUse {
    char *task;
    double cost;
    int number;
} HintUse;

typedef struct ProtectedChange {
    int ti;                /* the task whose `protect` covers path */
    char *path;            /* workspace-relative, as the audit named it */
} ProtectedChange;

typedef struct RubricGrade {
    bool graded;
    double points;
    char *why;
} RubricGrade;

struct Run {
    Scenario *sc;
    const RunHooks *hooks;
    void *host;            /* the hooks' state (RunHooks.attach) */
    Store *store;
    Loop *loop;
    Sandbox *sb;
    SandboxConfig sandbox_cfg;
    ShellSession *shell;
    ShellOutputFn terminal_fn;  /* the desktop terminal, when one is attached */
    void *terminal_ud;
    ColleagueBackend *colleagues;
    ColleagueContext colleague_cx;   /* what the backend sees of this run (run_colleague.c) */
    ColleagueBackend *owned_colleagues;
    RunEventFn on_event;
    void *event_ud;
    void (*on_commit)(void *ud, Run *run);
    RunEventFn listener;        /* a frontend's second observer (the desktop) */
    void *listener_ud;
    int64_t id;
    char *learner;
    char *base_commit;          /* HEAD when on_start returned (hex), or NULL */
    bool base_recorded;         /* the sandbox holds the base that checks see at /base */
    char *final_tree;           /* fingerprint of the frozen final workspace (check_reuse.h), or NULL */
    bool keep_snapshot;         /* store the final workspace for re-grading (not demo, not regrade) */
    bool resumable;             /* its mode can be resumed (play, run): keeps a resume folder */
    ProtectedChange *protected_changes;   /* found by the finish-time audit */
    int n_protected_changes;
    double started;

    TaskState *tasks;
    RunMessage *messages;
    int n_messages;
    RunCommand *commands;
    int n_commands;
    RunExecList *command_execs;   /* parallel to commands (run_execs.c) */
    RunExecList *background_execs;
    int n_background_execs;
    Adjustment *adjustments;
    int n_adjustments;
    HintUse *hints;
    int n_hints;
    RubricGrade *grades;
    RunReviewLog reviews;
    int colleague_chain;   /* colleague-to-colleague turns since the last learner message */
    int n_inputs;          /* the learner's messages, commands and submits so far (hook_done's input) */
    int n_submits;         /* the learner's submits so far, of every task */
    double cost_usd;

    uint64_t time_limit_timer;
    bool finishing, finished;
    bool freeing;          /* run_free is tearing down: late callbacks change nothing */
    char *end_reason;
    char *error;
    bool script_error;
    bool infra;
    bool reviewer_away;    /* a reviewed task's last review was lost to an outage: infra_error */
    bool record_failed;    /* an event or the results could not be stored: infra_error, never "passed" */
    uint64_t record_timer; /* ends the run soon after the first failed write */
    ScoreSheet sheet;

    /* run_state.c: the run's folder on disk, for resuming (DESIGN §8) */
    char *state_dir;             /* NULL: not saved (no store, or the folder could not be made) */
    uint64_t checkpoint_deadline;
    bool checkpoint_failed;      /* a save failed once (said on stderr); later ones are retried */
    unsigned long saved_changes; /* sandbox_change_count when the workspace was last saved */
    int checkpoints;             /* workspace saves so far, and their time in all (for figures) */
    double checkpoint_seconds;
};

/* run.c: small helpers and the log */
int run_task_index(const Run *run, const char *id);                  /* -1 if unknown */
bool run_fail(char **err, const char *fmt, const char *arg);          /* sets *err, returns false */
char *run_capped_copy(const char *s, size_t len);                     /* at most RUN_CAPTURE_LIMIT bytes */
void run_note_record_failure(Run *run, const char *what);            /* a store write failed: infra_error */
void run_add_message(Run *run, const char *from, const char *to, const char *channel, const char *text);

/* run_flow.c: task status */
void run_set_status(Run *run, int ti, TaskStatus status, const char *why);

/* run_checks.c: a task's checks, each in a fresh sandbox; done is called when all are recorded */
typedef void (*ChecksDoneFn)(Run *run, int ti);
void run_checks_start(Run *run, int ti, ChecksDoneFn done);
int run_failing_checks(const Run *run, int ti);
void run_check_result_clear(CheckResult *res);
void run_set_review(Run *run, int ti, ReviewState state, const char *note);
/* Opens the paragraph the core appends to a reviewer's summary when it holds an approval back
 * (checks still fail); run_set_review keeps that paragraph as the note, not the summary. */
#define REVIEW_HELD_OPENING "(Not approved yet: "

/* run_state.c: the run's folder on disk */
char *run_state_root(void);                          /* $XDG_STATE_HOME/worksim/runs; caller frees; may be NULL */
/* run_snapshot.c: stores the frozen final workspace as the run's snapshot (or why there is
 * none), once the learner's processes are gone and before the final checks. */
void run_snapshot_store(Run *run);
char *run_state_dir_for(Store *store, int64_t run_id);   /* caller frees; NULL without a home folder */
void run_state_open(Run *run);                       /* makes the folder (the run has its id) */
void run_state_save_base(Run *run);                  /* base and workspace, once the base is recorded */
void run_state_checkpoint(Run *run);                 /* saves the workspace now */
void run_state_before_event(Run *run, const char *kind);
void run_state_after_event(Run *run, const char *kind);
void run_state_remove(Run *run);                     /* the run finished: its folder goes */

/* run.c: a Run with its state allocated and nothing started (run_start, run_resume) */
Run *run_new(Scenario *sc, const RunOptions *opts);
/* Opens the run's sandbox; when it cannot start, the run ends at once as infra_error (false). */
bool run_open_sandbox(Run *run, const SandboxConfig *cfg);
/* run_commands.c: a learner command with its execs, a batch of execs outside commands, and
 * freeing both lists. */
void run_push_command(Run *run, const EvCommand *e, double t);
void run_push_background_execs(Run *run, const EvExecs *e);
void run_free_commands(Run *run);
void run_push_message(Run *run, const char *from, const char *to, const char *channel, const char *text, double t);

/* run_flow.c: a submit the engine was killed in the middle of (checks or review) goes on */
void run_continue_submit(Run *run, int ti);

/* run_rebuild.c: applies one stored event to the run's state, logging nothing; false + *err
 * when the event does not parse. */
/* A learner's input whose hook (on_message, on_command, on_submit) did not complete before the
 * engine stopped: a resume runs the hook for it again (its coroutine died with the engine). */
typedef struct PendingInput {
    int input;                   /* its number (Run.n_inputs when it came) */
    ScenarioHook hook;
    char *json;                  /* its event as logged */
} PendingInput;

typedef struct RunRebuild {
    bool base_recorded, finishing, finished;
    char *finishing_reason;
    char *start_hash;
    char *away_error;            /* the last colleague_away's error */
    char *backend;               /* the sandbox backend it last ran on ("ns", "vm"), or NULL */
    cJSON *scenario_state;       /* the scenario's locals as last logged (scenario_state events merged) */
    struct PendingInput *pending;   /* inputs whose hook had not completed (no hook_done), in order */
    int n_pending;
    double last_t;
    int n_events;
} RunRebuild;
bool run_rebuild_event(Run *run, RunRebuild *rb, double t, const char *kind, const char *data_json, char **err);
void run_rebuild_clear(RunRebuild *rb);

/* run_finish.c */
void run_finish_complete(Run *run);                 /* builds, stores and logs the score sheet */
void run_on_time_limit(void *ud);                   /* the loop's timer for time_limit */

/* Fills run->colleague_cx (run_colleague.c). */
void run_colleague_context_init(Run *run);
/* Calls a scenario hook through the run's RunHooks (run_hooks.h). */
void run_call_hook(Run *run, ScenarioHook hook, cJSON *args, RunHookDoneFn done, void *ud);
bool run_has_hook(const Run *run, ScenarioHook hook);   /* the scenario defines it */
/* Records a learner's submit of task ti at run clock t (TaskSubmits in run.h), before the
 * submit is counted in n_inputs; the live run and the rebuild from the log both use it. */
void run_record_submit(Run *run, int ti, double t);

/* A learner's input calls its hook through these: input is its number (Run.n_inputs), and a
 * hook_done event with it is logged when the hook completes, so that a resume can run the
 * hooks again that a kill cut short (run_rerun_input). The command event is stored on its own
 * before (its effect on the workspace cannot be undone); a message's and a submit's event go in
 * one transaction with the hook's first step. */
void run_call_on_command(Run *run, const char *command_json, int input);
void run_call_on_message(Run *run, const char *who, const char *channel, const char *text, int input);
void run_call_on_submit(Run *run, const char *task, int input);
/* Logs hook_done for input (when the scenario has hook). */
void run_note_hook_done(Run *run, ScenarioHook hook, int input);
/* Resume: runs the hook of an input whose hook_done is missing. */
void run_rerun_input(Run *run, const PendingInput *p);


#endif
