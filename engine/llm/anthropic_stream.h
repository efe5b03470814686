/* anthropic_stream.h: assembles an Anthropic Messages API event stream into one message.
 * Feed it the raw SSE bytes of a `"stream": true` response; it tracks message_start, the
 * content blocks (text, tool_use with input_json_delta fragments parsed at block stop,
 * thinking), message_delta (stop reason, cumulative usage) and message_stop, and turns the
 * mid-stream `error` event, malformed JSON or a stream cut before message_stop into a
 * terminal error. Unknown event and block types and pings are ignored (forward compatible). */
#ifndef WORKSIM_ANTHROPIC_STREAM_H
#define WORKSIM_ANTHROPIC_STREAM_H

#include <stdbool.h>
#include <stddef.h>

typedef struct cJSON cJSON;
typedef struct AnthropicStream AnthropicStream;

typedef enum AnthropicBlockType {
    ANTHROPIC_BLOCK_TEXT,
    ANTHROPIC_BLOCK_TOOL_USE,
    ANTHROPIC_BLOCK_THINKING,
    ANTHROPIC_BLOCK_OTHER,        /* any other type (redacted_thinking, server_tool_use…): kept raw */
} AnthropicBlockType;

typedef struct AnthropicBlock {
    AnthropicBlockType type;
    char *type_name;              /* the wire type, e.g. "text", "redacted_thinking" */
    char *text;                   /* text: the text; thinking: the thinking (never NULL) */
    char *id;                     /* tool_use: "toolu_…" */
    char *name;                   /* tool_use: the tool name */
    cJSON *input;                 /* tool_use: parsed input object ({} without fragments) */
    char *signature;              /* thinking: the signature, or NULL */
    cJSON *raw;                   /* OTHER: the content_block as received */
} AnthropicBlock;

/* Token counts. input_tokens is the uncached remainder; the prompt size is input +
 * cache_creation + cache_read. cache_write_5m/1h are the cache_creation breakdown when the
 * API sent one (has_cache_breakdown). */
typedef struct AnthropicUsage {
    long input_tokens;
    long output_tokens;
    long cache_creation_input_tokens;
    long cache_read_input_tokens;
    long cache_write_5m;
    long cache_write_1h;
    bool has_cache_breakdown;
} AnthropicUsage;

typedef struct AnthropicMessage {
    char *id;                     /* "msg_…", or NULL */
    char *model;                  /* the model id echoed by the API, or NULL */
    char *stop_reason;            /* end_turn, tool_use, max_tokens…; NULL if never sent */
    char *stop_sequence;          /* the matched stop sequence, or NULL */
    AnthropicBlock *blocks;       /* content[] in index order */
    size_t n_blocks;
    AnthropicUsage usage;
} AnthropicMessage;

typedef enum AnthropicStreamState {
    ANTHROPIC_STREAM_RUNNING,
    ANTHROPIC_STREAM_DONE,        /* message_stop received */
    ANTHROPIC_STREAM_FAILED,
} AnthropicStreamState;

typedef enum AnthropicStreamError {
    ANTHROPIC_STREAM_OK,
    ANTHROPIC_STREAM_API_ERROR,   /* an `error` event: see anthropic_stream_error_type */
    ANTHROPIC_STREAM_MALFORMED,   /* bad JSON, bad tool input, oversized SSE line */
    ANTHROPIC_STREAM_CUT,         /* input ended before message_stop */
} AnthropicStreamError;

/* Called for each text_delta as it arrives (live display); text is not NUL-terminated. */
typedef void (*AnthropicTextFn)(void *ud, int block_index, const char *text, size_t len);

AnthropicStream *anthropic_stream_new(AnthropicTextFn on_text, void *ud);   /* free with anthropic_stream_free */
void anthropic_stream_free(AnthropicStream *s);                             /* NULL is a no-op */
bool anthropic_stream_feed(AnthropicStream *s, const char *bytes, size_t len); /* raw SSE bytes; false once failed */
/* One already-framed SSE event (name, data); false once failed. Used by feed. */
bool anthropic_stream_handle_event(AnthropicStream *s, const char *event, const char *data, size_t len);
/* End of input: DONE stays DONE; RUNNING becomes FAILED with ANTHROPIC_STREAM_CUT. */
AnthropicStreamState anthropic_stream_finish(AnthropicStream *s);
AnthropicStreamState anthropic_stream_state(const AnthropicStream *s);
AnthropicStreamError anthropic_stream_error_kind(const AnthropicStream *s);
const char *anthropic_stream_error(const AnthropicStream *s);        /* message, or NULL; owned by s */
const char *anthropic_stream_error_type(const AnthropicStream *s);   /* API error.type ("overloaded_error"), or NULL */
size_t anthropic_stream_events(const AnthropicStream *s);            /* SSE events seen (pings included) */
/* The message so far (complete when DONE; partial usage on failure); owned by s. */
const AnthropicMessage *anthropic_stream_message(const AnthropicStream *s);
AnthropicMessage *anthropic_stream_take_message(AnthropicStream *s); /* caller frees; s keeps an empty one */

/* Parses a non-streaming Messages response body; NULL and *err (caller frees) on failure. */
AnthropicMessage *anthropic_message_from_json(const char *json, size_t len, char **err);
void anthropic_message_free(AnthropicMessage *m);                    /* NULL is a no-op */
char *anthropic_message_text(const AnthropicMessage *m);             /* all text blocks joined; caller frees */
const AnthropicBlock *anthropic_message_find_tool_use(const AnthropicMessage *m, const char *name); /* first by name (NULL: any) */
/* The content[] array to send back unchanged as the next assistant turn; caller deletes. */
cJSON *anthropic_message_content_json(const AnthropicMessage *m);

#endif
