/* anthropic_stream.c: Messages API stream assembly (see anthropic_stream.h).
 * Event data is always parsed with cJSON, never string-matched (real streams pad JSON with
 * whitespace). Text and tool-input fragments accumulate in per-block buffers kept beside the
 * public blocks, so the public text pointer is current after every delta. */
#include "llm/anthropic_stream.h"

#include "llm/sse_parser.h"
#include "base/util.h"

#include <cjson/cJSON.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

struct AnthropicStream {
    SseParser *sse;
    AnthropicTextFn on_text;
    void *ud;
    AnthropicMessage *msg;
    Buf *texts;                   /* per block: text or thinking */
    Buf *partials;                /* per block: input_json_delta fragments */
    size_t cap_blocks;
    AnthropicStreamState state;
    AnthropicStreamError error_kind;
    char *error;
    char *error_type;
    size_t n_events;
};

/* ---- small cJSON accessors ---- */

static const char *json_str(const cJSON *obj, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

static bool json_long(const cJSON *obj, const char *key, long *out)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!cJSON_IsNumber(v)) return false;
    *out = (long)v->valuedouble;
    return true;
}

static void set_str(char **dst, const char *src)
{
    free(*dst);
    *dst = xstrdup(src);
}

/* Updates every count present in a usage object; absent fields keep their value, since
 * message_delta usage is cumulative and may carry only output_tokens. */
static void usage_update(AnthropicUsage *u, const cJSON *usage)
{
    if (!cJSON_IsObject(usage)) return;
    json_long(usage, "input_tokens", &u->input_tokens);
    json_long(usage, "output_tokens", &u->output_tokens);
    json_long(usage, "cache_creation_input_tokens", &u->cache_creation_input_tokens);
    json_long(usage, "cache_read_input_tokens", &u->cache_read_input_tokens);
    const cJSON *cc = cJSON_GetObjectItemCaseSensitive(usage, "cache_creation");
    if (cJSON_IsObject(cc)) {
        bool a = json_long(cc, "ephemeral_5m_input_tokens", &u->cache_write_5m);
        bool b = json_long(cc, "ephemeral_1h_input_tokens", &u->cache_write_1h);
        if (a || b) u->has_cache_breakdown = true;
    }
}

/* ---- message ---- */

static void block_clear(AnthropicBlock *b)
{
    free(b->type_name);
    free(b->text);
    free(b->id);
    free(b->name);
    free(b->signature);
    cJSON_Delete(b->input);
    cJSON_Delete(b->raw);
}

void anthropic_message_free(AnthropicMessage *m)
{
    if (!m) return;
    for (size_t i = 0; i < m->n_blocks; i++) block_clear(&m->blocks[i]);
    free(m->blocks);
    free(m->id);
    free(m->model);
    free(m->stop_reason);
    free(m->stop_sequence);
    free(m);
}

static AnthropicBlockType block_type_of(const char *type)
{
    if (!type) return ANTHROPIC_BLOCK_OTHER;
    if (strcmp(type, "text") == 0) return ANTHROPIC_BLOCK_TEXT;
    if (strcmp(type, "tool_use") == 0) return ANTHROPIC_BLOCK_TOOL_USE;
    if (strcmp(type, "thinking") == 0) return ANTHROPIC_BLOCK_THINKING;
    return ANTHROPIC_BLOCK_OTHER;
}

char *anthropic_message_text(const AnthropicMessage *m)
{
    Buf b = {0};
    for (size_t i = 0; m && i < m->n_blocks; i++)
        if (m->blocks[i].type == ANTHROPIC_BLOCK_TEXT && m->blocks[i].text) buf_puts(&b, m->blocks[i].text);
    return buf_steal(&b);
}

const AnthropicBlock *anthropic_message_find_tool_use(const AnthropicMessage *m, const char *name)
{
    for (size_t i = 0; m && i < m->n_blocks; i++) {
        const AnthropicBlock *b = &m->blocks[i];
        if (b->type == ANTHROPIC_BLOCK_TOOL_USE && (!name || (b->name && strcmp(b->name, name) == 0))) return b;
    }
    return NULL;
}

cJSON *anthropic_message_content_json(const AnthropicMessage *m)
{
    cJSON *arr = cJSON_CreateArray();
    for (size_t i = 0; m && i < m->n_blocks; i++) {
        const AnthropicBlock *b = &m->blocks[i];
        cJSON *o = NULL;
        switch (b->type) {
        case ANTHROPIC_BLOCK_TEXT:
            o = cJSON_CreateObject();
            cJSON_AddStringToObject(o, "type", "text");
            cJSON_AddStringToObject(o, "text", b->text ? b->text : "");
            break;
        case ANTHROPIC_BLOCK_TOOL_USE:
            o = cJSON_CreateObject();
            cJSON_AddStringToObject(o, "type", "tool_use");
            cJSON_AddStringToObject(o, "id", b->id ? b->id : "");
            cJSON_AddStringToObject(o, "name", b->name ? b->name : "");
            cJSON_AddItemToObject(o, "input", b->input ? cJSON_Duplicate(b->input, true) : cJSON_CreateObject());
            break;
        case ANTHROPIC_BLOCK_THINKING:
            o = cJSON_CreateObject();
            cJSON_AddStringToObject(o, "type", "thinking");
            cJSON_AddStringToObject(o, "thinking", b->text ? b->text : "");
            if (b->signature) cJSON_AddStringToObject(o, "signature", b->signature);
            break;
        case ANTHROPIC_BLOCK_OTHER:
            if (b->raw) o = cJSON_Duplicate(b->raw, true);
            break;
        }
        if (o) cJSON_AddItemToArray(arr, o);
    }
    return arr;
}

/* ---- stream ---- */

static void stream_fail(AnthropicStream *s, AnthropicStreamError kind, const char *type, char *msg)
{
    if (s->state == ANTHROPIC_STREAM_FAILED) {
        free(msg);
        return;
    }
    s->state = ANTHROPIC_STREAM_FAILED;
    s->error_kind = kind;
    s->error = msg;
    s->error_type = xstrdup(type);
}

static bool on_sse_event(void *ud, const char *event, const char *data, size_t len)
{
    return anthropic_stream_handle_event(ud, event, data, len);
}

AnthropicStream *anthropic_stream_new(AnthropicTextFn on_text, void *ud)
{
    AnthropicStream *s = xcalloc(1, sizeof *s);
    s->sse = sse_parser_new(0, on_sse_event, s);
    s->on_text = on_text;
    s->ud = ud;
    s->msg = xcalloc(1, sizeof *s->msg);
    return s;
}

static void free_block_bufs(AnthropicStream *s)
{
    for (size_t i = 0; i < s->cap_blocks; i++) {
        buf_free(&s->texts[i]);
        buf_free(&s->partials[i]);
    }
    free(s->texts);
    free(s->partials);
    s->texts = s->partials = NULL;
    s->cap_blocks = 0;
}

void anthropic_stream_free(AnthropicStream *s)
{
    if (!s) return;
    sse_parser_free(s->sse);
    /* Block text pointers alias the Bufs: detach before freeing the message. */
    for (size_t i = 0; i < s->msg->n_blocks; i++) s->msg->blocks[i].text = NULL;
    anthropic_message_free(s->msg);
    free_block_bufs(s);
    free(s->error);
    free(s->error_type);
    free(s);
}

/* The block at wire index `index`, growing the array (with placeholders) as needed. */
static AnthropicBlock *block_at(AnthropicStream *s, long index, bool create)
{
    if (index < 0 || index > 100000) return NULL;
    size_t i = (size_t)index;
    if (i < s->msg->n_blocks) return &s->msg->blocks[i];
    if (!create) return NULL;
    if (i >= s->cap_blocks) {
        size_t cap = s->cap_blocks ? s->cap_blocks : 4;
        while (cap <= i) cap *= 2;
        s->msg->blocks = xrealloc(s->msg->blocks, cap * sizeof *s->msg->blocks);
        s->texts = xrealloc(s->texts, cap * sizeof *s->texts);
        s->partials = xrealloc(s->partials, cap * sizeof *s->partials);
        memset(s->texts + s->cap_blocks, 0, (cap - s->cap_blocks) * sizeof *s->texts);
        memset(s->partials + s->cap_blocks, 0, (cap - s->cap_blocks) * sizeof *s->partials);
        s->cap_blocks = cap;
    }
    while (s->msg->n_blocks <= i) {
        size_t k = s->msg->n_blocks++;
        AnthropicBlock *b = &s->msg->blocks[k];
        memset(b, 0, sizeof *b);
        b->type = ANTHROPIC_BLOCK_OTHER;
        b->type_name = xstrdup("");
        buf_append(&s->texts[k], "", 0);
        b->text = s->texts[k].data;
    }
    return &s->msg->blocks[i];
}

static void handle_block_start(AnthropicStream *s, const cJSON *j)
{
    long index = -1;
    json_long(j, "index", &index);
    const cJSON *cb = cJSON_GetObjectItemCaseSensitive(j, "content_block");
    AnthropicBlock *b = block_at(s, index, true);
    if (!b || !cJSON_IsObject(cb)) return;
    size_t k = (size_t)index;
    const char *type = json_str(cb, "type");
    b->type = block_type_of(type);
    set_str(&b->type_name, type ? type : "");
    const char *initial = b->type == ANTHROPIC_BLOCK_TEXT ? json_str(cb, "text")
                        : b->type == ANTHROPIC_BLOCK_THINKING ? json_str(cb, "thinking") : NULL;
    if (initial) buf_puts(&s->texts[k], initial);
    b->text = s->texts[k].data;
    if (b->type == ANTHROPIC_BLOCK_TOOL_USE) {
        set_str(&b->id, json_str(cb, "id"));
        set_str(&b->name, json_str(cb, "name"));
    } else if (b->type == ANTHROPIC_BLOCK_THINKING) {
        set_str(&b->signature, json_str(cb, "signature"));
    } else if (b->type == ANTHROPIC_BLOCK_OTHER) {
        cJSON_Delete(b->raw);
        b->raw = cJSON_Duplicate(cb, true);
    }
}

static void handle_block_delta(AnthropicStream *s, const cJSON *j)
{
    long index = -1;
    json_long(j, "index", &index);
    AnthropicBlock *b = block_at(s, index, false);
    const cJSON *d = cJSON_GetObjectItemCaseSensitive(j, "delta");
    if (!b || !cJSON_IsObject(d)) return;
    size_t k = (size_t)index;
    const char *type = json_str(d, "type");
    if (!type) return;
    const char *piece;
    if (strcmp(type, "text_delta") == 0 && (piece = json_str(d, "text"))) {
        size_t n = strlen(piece);
        buf_append(&s->texts[k], piece, n);
        b->text = s->texts[k].data;
        if (s->on_text && b->type == ANTHROPIC_BLOCK_TEXT) s->on_text(s->ud, (int)index, piece, n);
    } else if (strcmp(type, "input_json_delta") == 0 && (piece = json_str(d, "partial_json"))) {
        buf_puts(&s->partials[k], piece);
    } else if (strcmp(type, "thinking_delta") == 0 && (piece = json_str(d, "thinking"))) {
        buf_puts(&s->texts[k], piece);
        b->text = s->texts[k].data;
    } else if (strcmp(type, "signature_delta") == 0 && (piece = json_str(d, "signature"))) {
        char *sig = xasprintf("%s%s", b->signature ? b->signature : "", piece);
        free(b->signature);
        b->signature = sig;
    }
    /* citations_delta and unknown delta types are ignored. */
}

static bool only_space(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!isspace((unsigned char)s[i])) return false;
    return true;
}

static void handle_block_stop(AnthropicStream *s, const cJSON *j)
{
    long index = -1;
    json_long(j, "index", &index);
    AnthropicBlock *b = block_at(s, index, false);
    if (!b || b->type != ANTHROPIC_BLOCK_TOOL_USE) return;
    Buf *p = &s->partials[index];
    cJSON *input;
    if (p->len == 0 || only_space(p->data, p->len)) {
        input = cJSON_CreateObject();
    } else {
        input = cJSON_ParseWithLength(p->data, p->len);
        if (!input) {
            stream_fail(s, ANTHROPIC_STREAM_MALFORMED, NULL,
                        xasprintf("tool_use block %ld (%s): input is not valid JSON", index, b->name ? b->name : "?"));
            return;
        }
    }
    cJSON_Delete(b->input);
    b->input = input;
    buf_free(p);
}

static void handle_message_delta(AnthropicStream *s, const cJSON *j)
{
    const cJSON *d = cJSON_GetObjectItemCaseSensitive(j, "delta");
    if (cJSON_IsObject(d)) {
        const cJSON *sr = cJSON_GetObjectItemCaseSensitive(d, "stop_reason");
        if (cJSON_IsString(sr)) set_str(&s->msg->stop_reason, sr->valuestring);
        const cJSON *ss = cJSON_GetObjectItemCaseSensitive(d, "stop_sequence");
        if (cJSON_IsString(ss)) set_str(&s->msg->stop_sequence, ss->valuestring);
        else if (cJSON_IsNull(ss)) set_str(&s->msg->stop_sequence, NULL);
    }
    usage_update(&s->msg->usage, cJSON_GetObjectItemCaseSensitive(j, "usage"));
}

static void handle_error_event(AnthropicStream *s, const cJSON *j)
{
    const cJSON *e = cJSON_GetObjectItemCaseSensitive(j, "error");
    const char *type = cJSON_IsObject(e) ? json_str(e, "type") : NULL;
    const char *message = cJSON_IsObject(e) ? json_str(e, "message") : NULL;
    stream_fail(s, ANTHROPIC_STREAM_API_ERROR, type ? type : "api_error",
                xasprintf("%s: %s", type ? type : "api_error", message ? message : "error event in stream"));
}

static bool known_event(const char *name)
{
    static const char *const names[] = {
        "message_start", "content_block_start", "content_block_delta", "content_block_stop",
        "message_delta", "message_stop", "error", "message",
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(name, names[i]) == 0) return true;
    return false;
}

bool anthropic_stream_handle_event(AnthropicStream *s, const char *event, const char *data, size_t len)
{
    s->n_events++;
    if (s->state != ANTHROPIC_STREAM_RUNNING) return s->state != ANTHROPIC_STREAM_FAILED;
    if (!known_event(event)) return true;        /* ping and future event types */
    cJSON *j = cJSON_ParseWithLength(data, len);
    if (!cJSON_IsObject(j)) {
        cJSON_Delete(j);
        stream_fail(s, ANTHROPIC_STREAM_MALFORMED, NULL, xasprintf("malformed JSON in a \"%s\" event", event));
        return false;
    }
    /* An event without an `event:` line is named by its data's type. */
    const char *type = strcmp(event, "message") == 0 ? json_str(j, "type") : event;
    if (!type) type = "";
    if (strcmp(type, "message_start") == 0) {
        const cJSON *m = cJSON_GetObjectItemCaseSensitive(j, "message");
        if (cJSON_IsObject(m)) {
            set_str(&s->msg->id, json_str(m, "id"));
            set_str(&s->msg->model, json_str(m, "model"));
            usage_update(&s->msg->usage, cJSON_GetObjectItemCaseSensitive(m, "usage"));
        }
    } else if (strcmp(type, "content_block_start") == 0) {
        handle_block_start(s, j);
    } else if (strcmp(type, "content_block_delta") == 0) {
        handle_block_delta(s, j);
    } else if (strcmp(type, "content_block_stop") == 0) {
        handle_block_stop(s, j);
    } else if (strcmp(type, "message_delta") == 0) {
        handle_message_delta(s, j);
    } else if (strcmp(type, "message_stop") == 0) {
        s->state = ANTHROPIC_STREAM_DONE;
    } else if (strcmp(type, "error") == 0) {
        handle_error_event(s, j);
    }
    cJSON_Delete(j);
    return s->state != ANTHROPIC_STREAM_FAILED;
}

bool anthropic_stream_feed(AnthropicStream *s, const char *bytes, size_t len)
{
    if (s->state == ANTHROPIC_STREAM_FAILED) return false;
    if (!sse_parser_feed(s->sse, bytes, len) && s->state != ANTHROPIC_STREAM_FAILED)
        stream_fail(s, ANTHROPIC_STREAM_MALFORMED, NULL, xstrdup(sse_parser_error(s->sse)));
    return s->state != ANTHROPIC_STREAM_FAILED;
}

AnthropicStreamState anthropic_stream_finish(AnthropicStream *s)
{
    if (s->state == ANTHROPIC_STREAM_RUNNING) {
        sse_parser_finish(s->sse);
        if (s->state == ANTHROPIC_STREAM_RUNNING)
            stream_fail(s, ANTHROPIC_STREAM_CUT, NULL,
                        xstrdup(s->n_events ? "stream cut: the connection closed before message_stop"
                                            : "stream cut: the response ended before any event"));
    }
    return s->state;
}

AnthropicStreamState anthropic_stream_state(const AnthropicStream *s) { return s->state; }
AnthropicStreamError anthropic_stream_error_kind(const AnthropicStream *s) { return s->error_kind; }
const char *anthropic_stream_error(const AnthropicStream *s) { return s->error; }
const char *anthropic_stream_error_type(const AnthropicStream *s) { return s->error_type; }
size_t anthropic_stream_events(const AnthropicStream *s) { return s->n_events; }
const AnthropicMessage *anthropic_stream_message(const AnthropicStream *s) { return s->msg; }

AnthropicMessage *anthropic_stream_take_message(AnthropicStream *s)
{
    AnthropicMessage *m = s->msg;
    for (size_t i = 0; i < m->n_blocks; i++) {
        m->blocks[i].text = buf_steal(&s->texts[i]);
        if (m->blocks[i].type == ANTHROPIC_BLOCK_TOOL_USE && !m->blocks[i].input)
            m->blocks[i].input = cJSON_CreateObject();   /* block never stopped: empty input */
    }
    free_block_bufs(s);
    s->msg = xcalloc(1, sizeof *s->msg);
    return m;
}

/* ---- non-streaming body ---- */

AnthropicMessage *anthropic_message_from_json(const char *json, size_t len, char **err)
{
    cJSON *j = cJSON_ParseWithLength(json, len);
    const char *type = json_str(j, "type");
    if (!cJSON_IsObject(j) || !type || strcmp(type, "message") != 0) {
        if (err) *err = xstrdup(j ? "response is not a message object" : "response is not valid JSON");
        cJSON_Delete(j);
        return NULL;
    }
    AnthropicMessage *m = xcalloc(1, sizeof *m);
    m->id = xstrdup(json_str(j, "id"));
    m->model = xstrdup(json_str(j, "model"));
    m->stop_reason = xstrdup(json_str(j, "stop_reason"));
    m->stop_sequence = xstrdup(json_str(j, "stop_sequence"));
    usage_update(&m->usage, cJSON_GetObjectItemCaseSensitive(j, "usage"));
    const cJSON *content = cJSON_GetObjectItemCaseSensitive(j, "content");
    int n = cJSON_IsArray(content) ? cJSON_GetArraySize(content) : 0;
    m->blocks = xcalloc((size_t)(n > 0 ? n : 1), sizeof *m->blocks);
    const cJSON *cb;
    cJSON_ArrayForEach(cb, content) {
        if (!cJSON_IsObject(cb)) continue;
        AnthropicBlock *b = &m->blocks[m->n_blocks++];
        const char *bt = json_str(cb, "type");
        b->type = block_type_of(bt);
        b->type_name = xstrdup(bt ? bt : "");
        const char *text = b->type == ANTHROPIC_BLOCK_TEXT ? json_str(cb, "text")
                         : b->type == ANTHROPIC_BLOCK_THINKING ? json_str(cb, "thinking") : NULL;
        b->text = xstrdup(text ? text : "");
        if (b->type == ANTHROPIC_BLOCK_TOOL_USE) {
            b->id = xstrdup(json_str(cb, "id"));
            b->name = xstrdup(json_str(cb, "name"));
            const cJSON *in = cJSON_GetObjectItemCaseSensitive(cb, "input");
            b->input = cJSON_IsObject(in) ? cJSON_Duplicate(in, true) : cJSON_CreateObject();
        } else if (b->type == ANTHROPIC_BLOCK_THINKING) {
            b->signature = xstrdup(json_str(cb, "signature"));
        } else if (b->type == ANTHROPIC_BLOCK_OTHER) {
            b->raw = cJSON_Duplicate(cb, true);
        }
    }
    cJSON_Delete(j);
    return m;
}
