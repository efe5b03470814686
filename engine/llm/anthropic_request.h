/* anthropic_request.h: a Messages API request as plain C data, and its JSON body.
 * All strings are borrowed: the body is built (and validated) at once, so the caller may
 * free its data right after. Prompt caching follows the stable-prefix rule: the last tool
 * and the stable system block carry cache_control; callers may mark message blocks too,
 * and more than 4 markers is refused. Sampling parameters are dropped for models that
 * reject them (anthropic_model_accepts_sampling_params). */
#ifndef WORKSIM_ANTHROPIC_REQUEST_H
#define WORKSIM_ANTHROPIC_REQUEST_H

#include <stdbool.h>
#include <stddef.h>

typedef struct cJSON cJSON;

typedef enum AnthropicRole { ANTHROPIC_ROLE_USER, ANTHROPIC_ROLE_ASSISTANT } AnthropicRole;

typedef enum AnthropicContentType {
    ANTHROPIC_CONTENT_TEXT,
    ANTHROPIC_CONTENT_TOOL_USE,       /* echo of an assistant tool call */
    ANTHROPIC_CONTENT_TOOL_RESULT,    /* the engine's answer to a tool call */
    ANTHROPIC_CONTENT_RAW,            /* any block given as JSON text (thinking, redacted_thinking…) */
} AnthropicContentType;

typedef struct AnthropicContent {
    AnthropicContentType type;
    const char *text;                 /* TEXT: the text; TOOL_RESULT: the result text (may be NULL) */
    const char *id;                   /* TOOL_USE: its id; TOOL_RESULT: the tool_use_id answered */
    const char *name;                 /* TOOL_USE: the tool name */
    const char *json;                 /* TOOL_USE: input object (NULL: {}); RAW: the whole block */
    bool is_error;                    /* TOOL_RESULT: the tool failed */
    bool cache;                       /* put a cache_control marker on this block */
} AnthropicContent;

typedef struct AnthropicTurn {
    AnthropicRole role;
    const AnthropicContent *content;
    size_t n_content;
} AnthropicTurn;

typedef struct AnthropicTool {
    const char *name;                 /* ^[a-zA-Z0-9_-]{1,64}$ */
    const char *description;
    const char *input_schema;         /* JSON Schema object as JSON text; NULL: {"type":"object"} */
} AnthropicTool;

typedef enum AnthropicToolChoice {
    ANTHROPIC_TOOL_CHOICE_DEFAULT,    /* not sent (the API default is auto) */
    ANTHROPIC_TOOL_CHOICE_AUTO,
    ANTHROPIC_TOOL_CHOICE_ANY,
    ANTHROPIC_TOOL_CHOICE_TOOL,       /* the tool named tool_choice_name */
    ANTHROPIC_TOOL_CHOICE_NONE,
} AnthropicToolChoice;

typedef struct AnthropicRequest {
    const char *model;                /* required, e.g. "claude-sonnet-4-6" */
    int max_tokens;                   /* required, > 0 */
    const char *system_stable;        /* cached system prefix (frame, persona, knowledge), or NULL */
    const char *system_dynamic;       /* uncached system suffix (task state), or NULL */
    const AnthropicTurn *turns;       /* required, at least one */
    size_t n_turns;
    const AnthropicTool *tools;
    size_t n_tools;
    AnthropicToolChoice tool_choice;
    const char *tool_choice_name;     /* for ANTHROPIC_TOOL_CHOICE_TOOL */
    bool disable_parallel_tool_use;
    bool has_temperature;             /* sampling parameters are sent only when set and accepted */
    double temperature;
    bool has_top_p;
    double top_p;
    int top_k;                        /* 0: not sent */
    const char *const *stop_sequences;
    size_t n_stop_sequences;
} AnthropicRequest;

#define ANTHROPIC_MAX_CACHE_MARKERS 4

/* False for models that answer 400 to temperature/top_p/top_k (Opus 4.7/4.8, the 5 family, Fable). */
bool anthropic_model_accepts_sampling_params(const char *model);
/* The JSON body with "stream": stream; NULL and *err (caller frees) if req is invalid. Caller frees. */
char *anthropic_request_to_json(const AnthropicRequest *req, bool stream, char **err);

#endif
