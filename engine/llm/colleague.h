/* colleague.h: the interface every colleague backend implements (DESIGN §6).
 * The core asks a backend to reply to the learner, answer a hook's run:ask, review a
 * submitted task, or grade one rubric item; each answer comes back through a callback from
 * the loop, so a streaming network backend (claude) and the offline one (scripted) plug in
 * alike. A backend reads run state only through the accessors in core/run.h. A NULL error
 * means success; a non-NULL error is an outage ("Marco is away"), never a learner's fault. */
#ifndef WORKSIM_COLLEAGUE_H
#define WORKSIM_COLLEAGUE_H

#include <stdbool.h>

typedef struct Run Run;
typedef struct Loop Loop;
typedef struct ColleagueBackend ColleagueBackend;

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

typedef void (*ColleagueReplyFn)(Run *run, void *ud, const char *text, const char *error);
typedef void (*ColleagueReviewFn)(Run *run, void *ud, const ReviewVerdict *verdict, const char *error);
/* points are clamped by the core to [0, item max] whatever the backend says. */
typedef void (*ColleagueGradeFn)(Run *run, void *ud, double points, const char *why, const char *error);

struct ColleagueBackend {
    const char *name;          /* "scripted" or "claude" */
    void *impl;
    /* The learner wrote text to cast member who: in a DM (channel NULL) or in channel. */
    void (*reply)(ColleagueBackend *b, Run *run, const char *who, const char *channel,
                  const char *text, ColleagueReplyFn done, void *ud);
    /* A hook's run:ask(who, prompt). */
    void (*ask)(ColleagueBackend *b, Run *run, const char *who, const char *prompt,
                ColleagueReplyFn done, void *ud);
    /* Reviewer who decides on task_id after its checks ran (results via run accessors). */
    void (*review)(ColleagueBackend *b, Run *run, const char *who, const char *task_id,
                   ColleagueReviewFn done, void *ud);
    /* Grades rubric item rubric_index of the scenario at the end of the run. */
    void (*grade)(ColleagueBackend *b, Run *run, int rubric_index, ColleagueGradeFn done, void *ud);
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
