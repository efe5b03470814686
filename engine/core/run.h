/* run.h: one learner's run of one scenario: the state machine of DESIGN §3.
 * A Run owns its sandbox, the learner's shell, the scenario's Lua state (through the
 * scenario host) and its score sheet. Every state change is an event appended to the store
 * before observers (CLI, desktop) see it. Learner actions enter through run_learner_*;
 * their effects complete asynchronously on the loop (commands, checks, reviews, hooks). */
#ifndef WORKSIM_RUN_H
#define WORKSIM_RUN_H

#include <stdbool.h>
#include <stdint.h>

#include "core/events.h"
#include "base/loop.h"
#include "core/run_hooks.h"
#include "core/run_review.h"
#include "core/score.h"
#include "core/shell_session.h"
#include "llm/colleague.h"
#include "sandbox/sandbox.h"
#include "scenario/scenario.h"
#include "store/store.h"

typedef struct Run Run;

typedef enum TaskStatus { TASK_UNASSIGNED, TASK_ASSIGNED, TASK_SUBMITTED, TASK_IN_REVIEW, TASK_DONE } TaskStatus;

typedef struct CheckResult {
    bool ran, passed;
    int exit_code;
    char *feedback;            /* the FAIL: lines (prefix removed), joined by newlines; may be NULL */
    char *output;              /* capped output */
    char *tree;                /* fingerprint of the workspace it ran on (check_reuse.h); may be NULL */
    bool timed_out;
} CheckResult;

/* run_check_now's answer: res (NULL on error) is only valid during the call; reused: the
 * check did not run, a result this run holds for the same tree stood (check_reuse.h). */
typedef void (*CheckNowFn)(void *ud, const CheckResult *res, bool reused, const char *error);

/* The run's records as colleague backends see them too (llm/colleague.h). */
typedef TranscriptMessage RunMessage;
typedef TranscriptCommand RunCommand;

/* A task's submits, for judges asking "before or after the learner submitted?": counts of
 * chat messages and learner commands made before each submit order them exactly, even when
 * the clock did not move in between. A blank submit, made before the learner had sent a
 * message or run a command (to see what the checks ask for), hands nothing in: it counts in
 * count and sets last_*, but the first_* are those of the first submit that is not blank. A
 * blank submit comes before any input, so blanks all precede the first real submit: there is
 * one exactly when count > blank (task_submits_has_first). */
typedef struct TaskSubmits {
    int count;                            /* learner submits so far */
    int blank;                            /* how many of them were blank */
    double first_t, last_t;               /* run clock at the first (count > blank) and the last (count > 0) */
    int first_messages, last_messages;    /* chat messages before the first / the last submit */
    int first_commands, last_commands;    /* learner commands before the first / the last */
} TaskSubmits;

/* Whether a submit that is not blank was made (the first_* fields are set). */
static inline bool task_submits_has_first(const TaskSubmits *sub) { return sub->count > sub->blank; }

/* Observers see every event after it is stored: kind and a JSON object text. */
typedef void (*RunEventFn)(void *ud, Run *run, const char *kind, const char *data_json);

typedef struct RunOptions {
    const char *learner;       /* default "learner" */
    const char *mode;          /* stored mode: "play", "run", "grade", "demo" (store_mode_valid); "verify" runs have no store */
    Store *store;              /* may be NULL (verify without a database) */
    Loop *loop;                /* required; virtual clock for headless */
    SandboxConfig sandbox;     /* workspace_src is taken from the scenario */
    ColleagueBackend *colleagues;   /* NULL: scripted; owned by the caller */
    const RunHooks *hooks;     /* required: the scenario's scripts (host/scenario_host.h:
                                  scenario_run_hooks()); without them the run ends as an error */
    RunEventFn on_event;
    void *event_ud;
    /* Called after run_atomic_end committed a transaction of events (crash tests stop there:
     * an event inside one is not stored until then). May be NULL; gets event_ud. */
    void (*on_commit)(void *ud, Run *run);
} RunOptions;

/* Loads nothing: takes ownership of sc (freed by run_free). Starts the run: records it, opens
 * the sandbox, assigns tasks, calls on_start. Always returns a Run; if the sandbox could not
 * start, the run is already finished with outcome infra_error. */
Run *run_start(Scenario *sc, const RunOptions *opts);
void run_free(Run *run);       /* closes sandbox and shell; NULL-safe */

/* The longest chat message a learner can send (bytes): longer ones are refused with a clear
 * error, so no learner input can exhaust a hook's memory and void the run. */
#define RUN_MESSAGE_MAX_BYTES 16384

/* Learner actions. false + *err (caller frees) when the action is impossible as asked
 * (unknown task or cast member, run finished, a message over RUN_MESSAGE_MAX_BYTES); such an
 * action changes nothing. */
bool run_learner_sh(Run *run, const char *line, double timeout, char **err);
bool run_learner_say(Run *run, const char *who, const char *text, char **err);
bool run_learner_post(Run *run, const char *channel, const char *text, char **err);
bool run_learner_hint(Run *run, const char *task, char **err);
bool run_learner_submit(Run *run, const char *task, char **err);
/* Ends the run (grading happens asynchronously; run_is_finished tells when done). */
void run_finish(Run *run, const char *reason);

bool run_is_finished(const Run *run);
const ScoreSheet *run_score(const Run *run);     /* valid once finished */
const char *run_end_reason(const Run *run);
const char *run_error(const Run *run);           /* infrastructure or scenario error line, or NULL */
bool run_failed_by_scenario(const Run *run);     /* the error was the scenario's (exit 2), not infra */
int64_t run_id(const Run *run);

/* Accessors for colleague backends, the scenario host and frontends. */
const Scenario *run_scenario(const Run *run);
Loop *run_loop(Run *run);
Sandbox *run_sandbox(Run *run);
/* Runs check `check` of task `task` now, as a submit would (a fresh check sandbox, /base,
 * protect), for a hook that must know its verdict (run:check): nothing is submitted or
 * scored. The result is the check's memo: a later run of the check (submit, final pass,
 * run:check) on the same tree reuses it, as this one reuses an earlier result for the same
 * tree. false and *err (caller frees) for an unknown task or check or no sandbox; else done
 * is called from the loop exactly once. */
bool run_check_now(Run *run, const char *task, const char *check, CheckNowFn done, void *ud, char **err);
ShellSession *run_shell(Run *run);               /* NULL until first used */
/* The desktop terminal: opens the learner's shell (the same one `sh` actions type into) if it
 * is not open yet, sized rows x cols, and routes its display bytes to on_output from now on
 * (NULL detaches). Returns the shell, or NULL + *err when the sandbox is not running. */
ShellSession *run_attach_terminal(Run *run, int rows, int cols, ShellOutputFn on_output, void *ud, char **err);
void run_detach_terminal(Run *run);
/* A second observer besides RunOptions.on_event, for a frontend created after the run
 * started (the desktop); NULL removes it. Sees each event after it is stored. */
void run_set_listener(Run *run, RunEventFn fn, void *ud);             /* display bytes are dropped again; the shell stays */
const char *run_learner(const Run *run);
/* The run's base (DESIGN §3, "Checks see the truth"), recorded by the engine when on_start has
 * returned, before the learner acts; never read back from the workspace. run_base_commit: the
 * workspace's HEAD commit then (hex), NULL when it was not a git repository or not recorded yet.
 * run_base_dir: host path of the engine's read-only snapshot of the workspace then (.git
 * included; read it without following links), NULL before it is recorded or on a backend
 * without one. Both stay valid until run_free. */
const char *run_base_commit(const Run *run);
const char *run_base_dir(const Run *run);
double run_elapsed(Run *run);
TaskStatus run_task_status(const Run *run, int task_index);
const CheckResult *run_task_checks(const Run *run, int task_index);   /* n = task's n_checks */
const TaskSubmits *run_task_submits(const Run *run, int task_index);
const RunMessage *run_messages(const Run *run, int *n);
const RunCommand *run_commands(const Run *run, int *n);

/* What the learner's shell really executed (core/shell_execs.h, event kinds `command` and
 * `execs`): per command, and in batches outside any command. */
typedef struct RunExecList {
    const char *json;          /* JSON array text of the exec objects, or NULL for none */
    int dropped;               /* execs past the cap, counted only */
    bool traced;               /* commands: the list is complete (the trace covered it all) */
    bool lost;                 /* batches: the trace was broken when they were handed out */
    int after_command;         /* batches: commands logged before them (0: none) */
} RunExecList;
/* The execs of command i (0-based, as run_commands); never NULL for a valid i. */
const RunExecList *run_command_execs(const Run *run, int i);
/* The batches outside commands, oldest first. */
const RunExecList *run_background_execs(const Run *run, int *n);
/* Every review decision so far, oldest first (verdicts and reviewers away). */
const RunReview *run_reviews(const Run *run, int *n);
const char *task_status_name(TaskStatus status);

/* Used by the scenario host (run:...) and backends; each records its event. */
bool run_say(Run *run, const char *who, const char *text, char **err);       /* colleague DMs learner */
bool run_post(Run *run, const char *channel, const char *who, const char *text, char **err);
bool run_assign(Run *run, const char *task, char **err);
bool run_complete(Run *run, const char *task, char **err);
bool run_adjust(Run *run, bool award, const char *id, double points, const char *why, char **err);
/* The scenario's offline answers, through its RunHooks (for the scripted colleague backend):
 * a `scripted` rule's reply to who (results: the reply, or empty when no rule matched), and
 * a rubric item's scripted judge fn(run) (results: points, why). */
void run_scripted_reply(Run *run, const char *who, const char *text, const char *channel,
                        RunHookDoneFn done, void *ud);
void run_call_script_ref(Run *run, int ref, const char *what, RunHookDoneFn done, void *ud);
/* A hook's run:ask: the colleague backend answers through done. */
void run_ask(Run *run, const char *who, const char *prompt, ColleagueReplyFn done, void *ud);
char *run_take_hint(Run *run, const char *task, char **err);               /* caller frees; NULL + err when none left */
void run_note_script_error(Run *run, const char *message);                  /* ends the run: scenario fault */
void run_log_event(Run *run, const char *kind, const char *data_json);      /* append + notify */
/* Events that belong together are stored as one transaction: a learner's input (a message, a
 * command, a submit) with the first step of the hook it calls, and each step of a script with
 * the scenario_state it changed. A kill in between would otherwise resume with the input or
 * the script's messages but without their effect on the script's state (DESIGN §8).
 * run_atomic_begin returns whether it opened one (not without a store, nor inside another);
 * run_atomic_end commits it (a failed commit is a failed record: the run ends as infra_error). */
bool run_atomic_begin(Run *run);
void run_atomic_end(Run *run, bool opened);
bool run_atomic_open(const Run *run);   /* inside such a transaction now */
/* Logs a typed event (core/events.h): run_log_message(run, &(EvMessage){.from = ..., .text = ...}). */
void run_log(Run *run, EventKind kind, const void *fields);
#define RUN_LOG_WRAPPER(NAME, lower, Struct) \
    static inline void run_log_##lower(Run *run, const Struct *e) { run_log(run, EV_##NAME, e); }
WORKSIM_EVENT_KINDS(RUN_LOG_WRAPPER)
#undef RUN_LOG_WRAPPER
/* The narrow view of this run the core hands to colleague backends (llm/colleague.h). */
ColleagueContext *run_colleague_context(Run *run);
/* The run behind a context the core made (in the core's backend callbacks). */
Run *run_of_colleague_context(ColleagueContext *cx);
/* One LLM API call: stored in llm_calls (when the run has a store) and logged as "llm_call". */
void run_record_llm_call(Run *run, const StoreLlmCall *call);
double run_cost_usd(const Run *run);             /* sum of the recorded calls' cost */

#endif
