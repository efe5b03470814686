/* sse_parser.h: incremental Server-Sent-Events decoder (WHATWG framing) for LLM streams.
 * Bytes go in as they arrive, split at any boundary; whole events come out through a
 * callback. LF, CRLF and lone CR end lines; ':' lines are comments; data lines are joined
 * with '\n'. Memory is bounded: a line (or one event's data) longer than the limit is an
 * error, never unbounded growth. */
#ifndef WORKSIM_SSE_PARSER_H
#define WORKSIM_SSE_PARSER_H

#include <stdbool.h>
#include <stddef.h>

#define SSE_DEFAULT_MAX_SIZE ((size_t)4 << 20)   /* 4 MiB per line and per event's data */

typedef struct SseParser SseParser;

/* One dispatched event: event is the `event:` field or "message" when absent; data is
 * NUL-terminated (data_len excludes the NUL). Both are valid only during the call.
 * Return false to stop: the parser then fails with "stopped by the event handler". */
typedef bool (*SseEventFn)(void *ud, const char *event, const char *data, size_t data_len);

SseParser *sse_parser_new(size_t max_size, SseEventFn fn, void *ud); /* max_size 0: default; free with sse_parser_free */
void sse_parser_free(SseParser *p);                                   /* NULL is a no-op */
bool sse_parser_feed(SseParser *p, const char *bytes, size_t len);    /* false once the parser has failed */
bool sse_parser_finish(SseParser *p);   /* end of input: drops a half-received event; false if one was pending or failed */
const char *sse_parser_error(const SseParser *p);                     /* why it failed, or NULL; owned by p */
size_t sse_parser_events(const SseParser *p);                         /* events dispatched so far */

#endif
