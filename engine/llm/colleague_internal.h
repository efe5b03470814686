/* colleague_internal.h: what the claude colleague backend's files share: the call kinds,
 * a conversation owned as C data (turns of blocks, same-role turns merged) that maps onto
 * AnthropicRequest, the prompt builders (colleague_prompt.c) and the engine-executed tools
 * (colleague_tools.c). Not a public interface: the core sees only colleague.h. Everything
 * reads the run through a ColleagueContext, so it can be tested against a fake one. */
#ifndef WORKSIM_COLLEAGUE_INTERNAL_H
#define WORKSIM_COLLEAGUE_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "llm/anthropic_request.h"
#include "llm/colleague.h"

typedef enum ColleagueCallKind { COLLEAGUE_REPLY, COLLEAGUE_ASK, COLLEAGUE_REVIEW, COLLEAGUE_GRADE } ColleagueCallKind;

typedef struct ColleagueBlock {
    AnthropicContentType type;
    char *text, *id, *name, *json;     /* as in AnthropicContent; owned */
    bool is_error;
} ColleagueBlock;

typedef struct ColleagueTurn {
    AnthropicRole role;
    ColleagueBlock *blocks;
    size_t n;
} ColleagueTurn;

typedef struct ColleagueConvo {
    ColleagueTurn *turns;
    size_t n;
    AnthropicTurn *view;               /* borrowed view for a request (rebuilt by _view) */
    AnthropicContent *view_content;
} ColleagueConvo;

/* Appends a block (strings copied); a block of the last turn's role joins that turn. */
void colleague_convo_add(ColleagueConvo *c, AnthropicRole role, const ColleagueBlock *block);
void colleague_convo_add_text(ColleagueConvo *c, AnthropicRole role, const char *text);   /* "" is skipped */
/* Borrowed AnthropicTurn array valid until the next change of c; *n receives the count. */
const AnthropicTurn *colleague_convo_view(ColleagueConvo *c, size_t *n);
void colleague_convo_free(ColleagueConvo *c);                  /* NULL-safe; c may be reused */

/* Text with &, < and > escaped, so learner text can never close or open a tag. Caller frees. */
char *colleague_escape(const char *text);
/* Whether text mentions @id as a whole word. */
bool colleague_mentions(const char *text, const char *id);
/* Display name's first word ("Marco" for "Marco Rossi"), else the id. Caller frees. */
char *colleague_first_name(const Scenario *sc, const char *who);

/* The cached system prefix for cast member who: frame, persona, knows, colleagues. Caller frees. */
char *colleague_prompt_stable(const Scenario *sc, const char *who);
/* The uncached system suffix: task state, recent commands, what to do now. Caller frees. */
char *colleague_prompt_state(ColleagueContext *cx, const char *who, ColleagueCallKind kind, const char *channel,
                             const char *task_id, int rubric_index);
/* who's conversation from the context's messages (learner text wrapped as <learner_message>). */
void colleague_prompt_conversation(ColleagueConvo *c, ColleagueContext *cx, const char *who);
/* The whole run (the context's messages and commands) as a <transcript> (messages and commands, escaped) for a judge. Caller frees. */
char *colleague_prompt_transcript(ColleagueContext *cx);

/* The tool definitions for a call kind (static; the last one gets the cache marker). */
const AnthropicTool *colleague_tools_for(ColleagueCallKind kind, size_t *n);
/* A tool finished: result is taken over (caller of the callback frees it). */
typedef void (*ColleagueToolDone)(void *ud, int slot, char *result, bool is_error);
/* Runs an engine tool (read_file, list_files, view_diff, recent_activity, give_hint) for who;
 * done is called exactly once, possibly before this returns, possibly later from the loop.
 * An async done may come while the run is being freed: it must only store the result. */
void colleague_tool_run(ColleagueContext *cx, const char *who, const char *name, const cJSON *input,
                        ColleagueToolDone done, void *ud, int slot);
/* Records a "tool_call" event through cx: who, name, input, a short result, is_error, and
 * extra fields (may be NULL, taken over and merged in, e.g. raw and clamped points). */
void colleague_tool_log(ColleagueContext *cx, const char *who, const char *name, const cJSON *input,
                        const char *result, bool is_error, cJSON *extra);

#endif
