/* colleague.h: the interface every colleague backend implements (DESIGN §6), and the narrow
 * ColleagueContext through which a backend sees the run (DESIGN §10).
 * The core asks a backend to reply to the learner, answer a hook's run:ask, review a
 * submitted task, or grade one rubric item; each answer comes back through a callback from
 * the loop, so a streaming network backend (claude) and the offline one (scripted) plug in
 * alike. A backend never includes the core: it reads the transcript, task states, check
 * results and the workspace, takes hints and records what it did only through the context
 * the core hands it. A NULL error means success; a non-NULL error is an outage ("Marco is
 * away"), never a learner's fault. The core alone applies the approval and grade rules
 * (core/verdict_policy.h) to what a backend reports. */
#ifndef WORKSIM_COLLEAGUE_H
#define WORKSIM_COLLEAGUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/loop.h"
#include "scenario/scenario.h"

typedef struct ColleagueBackend ColleagueBackend;
typedef struct ColleagueContext ColleagueContext;
typedef struct cJSON cJSON;

/* ---- what a colleague sees of the run (the core's records, read-only) ---------------------- */

typedef struct TranscriptMessage {
    char *from;                /* "learner" or a cast id */
    char *to;                  /* cast id or "learner" for DMs; NULL in channels */
    char *channel;             /* "#team" or NULL for DMs */
    char *text;
    double t;                  /* run clock */
} TranscriptMessage;

typedef struct TranscriptCommand {
    char *line;
    int exit_code;
    char *output;              /* capped */
    double t;
} TranscriptCommand;

/* A check's last result. */
typedef struct ColleagueCheck {
    bool ran, passed;
    const char *feedback;      /* the FAIL: lines, joined by newlines; may be NULL */
} ColleagueCheck;

/* One LLM API call, as the core stores it (llm_calls) and logs it ("llm_call"). */
typedef struct ColleagueLlmCall {
    const char *who;             /* cast member or "judge" */
    const char *model;
    int64_t input_tokens, output_tokens, cache_read_tokens, cache_write_tokens;
    double cost_usd;
    double latency_ms;
    const char *request_id;
    int http_status;
    const char *error;           /* NULL on success */
} ColleagueLlmCall;

/* One tool a colleague used, for the "tool_call" event. */
typedef struct ColleagueToolUse {
    const char *who, *name;
    const cJSON *input;          /* may be NULL */
    const char *result;          /* already shortened */
    bool is_error;
    const cJSON *detail;         /* extra fields merged into the event, or NULL */
} ColleagueToolUse;

/* An asynchronous text result: text is taken over (the callee frees it). */
typedef void (*ColleagueTextFn)(void *ud, char *text, bool is_error);
/* A call into the scenario's scripts finished: results is a JSON array of its return values
 * (valid during the call), or NULL when the script raised. */
typedef void (*ColleagueScriptFn)(void *ud, const cJSON *results);

/* The run as a backend may use it. The core fills one per run; tests fill a fake. Every
 * asynchronous entry calls done exactly once, possibly before it returns. */
struct ColleagueContext {
    void *owner;                                  /* the core's; opaque to backends */
    const Scenario *scenario;
    Loop *loop;
    double (*elapsed)(ColleagueContext *cx);     /* run clock, seconds */
    const TranscriptMessage *(*messages)(ColleagueContext *cx, int *n);
    const TranscriptCommand *(*commands)(ColleagueContext *cx, int *n);
    const char *(*task_status)(ColleagueContext *cx, int task_index);     /* "assigned", "done", ... */
    ColleagueCheck (*task_check)(ColleagueContext *cx, int task_index, int check_index);
    /* The workspace: a file (relative path; NULL + *err when unreadable), the file list and
     * the learner's diff since the run's base as the model reads it (with_commits: the
     * learner's commits first), both asynchronous. */
    char *(*read_file)(ColleagueContext *cx, const char *path, size_t max, size_t *len, char **err);
    void (*list_files)(ColleagueContext *cx, ColleagueTextFn done, void *ud);
    void (*read_diff)(ColleagueContext *cx, bool with_commits, ColleagueTextFn done, void *ud);
    /* The task's next hint, charged to the learner; NULL + *err when none is left. Caller frees. */
    char *(*take_hint)(ColleagueContext *cx, const char *task, char **err);
    void (*record_llm_call)(ColleagueContext *cx, const ColleagueLlmCall *call);
    void (*log_tool_use)(ColleagueContext *cx, const ColleagueToolUse *use);
    /* The scenario's offline answers (the scripted backend): the `scripted` rule matcher's
     * reply to who (results: the reply, or empty), and a rubric item's scripted judge at
     * registry ref (results: points, why). */
    void (*scripted_reply)(ColleagueContext *cx, const char *who, const char *text, const char *channel,
                           ColleagueScriptFn done, void *ud);
    void (*call_script)(ColleagueContext *cx, int ref, const char *what, ColleagueScriptFn done, void *ud);
};

typedef struct ReviewComment {
    const char *path;
    int line;
    const char *kind;          /* essential | actionable | celebratory */
    const char *text;
} ReviewComment;

typedef struct ReviewVerdict {
    bool approved;
    const char *summary;       /* what the reviewer says to the learner */
    const ReviewComment *comments;
    int n_comments;
} ReviewVerdict;

typedef void (*ColleagueReplyFn)(ColleagueContext *cx, void *ud, const char *text, const char *error);
typedef void (*ColleagueReviewFn)(ColleagueContext *cx, void *ud, const ReviewVerdict *verdict, const char *error);
/* points are clamped by the core to [0, item max] whatever the backend says. */
typedef void (*ColleagueGradeFn)(ColleagueContext *cx, void *ud, double points, const char *why, const char *error);

struct ColleagueBackend {
    const char *name;          /* "scripted" or "claude" */
    void *impl;
    /* The learner wrote text to cast member who: in a DM (channel NULL) or in channel. */
    void (*reply)(ColleagueBackend *b, ColleagueContext *cx, const char *who, const char *channel,
                  const char *text, ColleagueReplyFn done, void *ud);
    /* A hook's run:ask(who, prompt). */
    void (*ask)(ColleagueBackend *b, ColleagueContext *cx, const char *who, const char *prompt,
                ColleagueReplyFn done, void *ud);
    /* Reviewer who decides on task_id after its checks ran (results via cx->task_check). */
    void (*review)(ColleagueBackend *b, ColleagueContext *cx, const char *who, const char *task_id,
                   ColleagueReviewFn done, void *ud);
    /* Grades rubric item rubric_index of the scenario at the end of the run. */
    void (*grade)(ColleagueBackend *b, ColleagueContext *cx, int rubric_index, ColleagueGradeFn done, void *ud);
    void (*free)(ColleagueBackend *b);
};

/* The offline backend: the scenario's `scripted` table, scripted rubric functions, and the
 * rule "approve when every check passed, else request changes quoting the FAIL: lines". */
ColleagueBackend *colleague_scripted_new(void);

/* The model the claude backend uses unless --model / WORKSIM_MODEL say otherwise. */
#define COLLEAGUE_DEFAULT_MODEL "claude-sonnet-4-6"

/* The claude backend (colleague_claude.c): Claude plays the cast over the Messages API at
 * $ANTHROPIC_BASE_URL with $ANTHROPIC_API_KEY. loop may be NULL: the client is then made on
 * the first run's loop. NULL and *err when neither a key nor a base URL is set. Free it
 * after run_free and before loop_free. */
ColleagueBackend *colleague_claude_new(Loop *loop, const char *model, char **err);

#endif
