/* anthropic_request.c: builds the Messages API body from an AnthropicRequest with cJSON.
 * Validation here catches what the engine controls (missing fields, bad embedded JSON,
 * too many cache markers, misplaced tool blocks) before a network round trip; pairing of
 * tool_use ids with tool_result ids is left to the caller and the API. */
#include "llm/anthropic_request.h"

#include "base/util.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

/* Model families that reject temperature/top_p/top_k with 400 (reference §1: Opus 4.7,
 * 4.8, 5 and Fable). Sonnet 5 and Mythos 5 are listed on the safe side (unverified):
 * omitting a sampling parameter only means the default is used. */
static const char *const NO_SAMPLING_PREFIXES[] = {
    "claude-opus-4-7", "claude-opus-4-8", "claude-opus-5", "claude-fable",
    "claude-sonnet-5", "claude-mythos",
};

static bool has_prefix_word(const char *s, const char *prefix)
{
    size_t n = strlen(prefix);
    return strncmp(s, prefix, n) == 0 && (s[n] == '\0' || s[n] == '-');
}

bool anthropic_model_accepts_sampling_params(const char *model)
{
    if (!model) return true;
    for (size_t i = 0; i < sizeof NO_SAMPLING_PREFIXES / sizeof NO_SAMPLING_PREFIXES[0]; i++)
        if (has_prefix_word(model, NO_SAMPLING_PREFIXES[i])) return false;
    return true;
}

static cJSON *ephemeral(void)
{
    cJSON *cc = cJSON_CreateObject();
    cJSON_AddStringToObject(cc, "type", "ephemeral");
    return cc;
}

static cJSON *parse_object(const char *json, const char *what, char **err)
{
    cJSON *o = cJSON_Parse(json);
    if (!cJSON_IsObject(o)) {
        cJSON_Delete(o);
        *err = xasprintf("%s is not a JSON object", what);
        return NULL;
    }
    return o;
}

static cJSON *text_block(const char *text, bool cache)
{
    cJSON *b = cJSON_CreateObject();
    cJSON_AddStringToObject(b, "type", "text");
    cJSON_AddStringToObject(b, "text", text ? text : "");
    if (cache) cJSON_AddItemToObject(b, "cache_control", ephemeral());
    return b;
}

static cJSON *content_block(const AnthropicContent *c, AnthropicRole role, char **err)
{
    cJSON *b = NULL;
    switch (c->type) {
    case ANTHROPIC_CONTENT_TEXT:
        return text_block(c->text, c->cache);
    case ANTHROPIC_CONTENT_TOOL_USE: {
        if (role != ANTHROPIC_ROLE_ASSISTANT || !c->id || !c->name) {
            *err = xstrdup("a tool_use block needs an id and a name and belongs to an assistant turn");
            return NULL;
        }
        cJSON *input = c->json ? parse_object(c->json, "tool_use input", err) : cJSON_CreateObject();
        if (!input) return NULL;
        b = cJSON_CreateObject();
        cJSON_AddStringToObject(b, "type", "tool_use");
        cJSON_AddStringToObject(b, "id", c->id);
        cJSON_AddStringToObject(b, "name", c->name);
        cJSON_AddItemToObject(b, "input", input);
        break;
    }
    case ANTHROPIC_CONTENT_TOOL_RESULT:
        if (role != ANTHROPIC_ROLE_USER || !c->id) {
            *err = xstrdup("a tool_result block needs the tool_use id and belongs to a user turn");
            return NULL;
        }
        b = cJSON_CreateObject();
        cJSON_AddStringToObject(b, "type", "tool_result");
        cJSON_AddStringToObject(b, "tool_use_id", c->id);
        if (c->text) cJSON_AddStringToObject(b, "content", c->text);
        if (c->is_error) cJSON_AddBoolToObject(b, "is_error", true);
        break;
    case ANTHROPIC_CONTENT_RAW:
        b = c->json ? parse_object(c->json, "a raw content block", err) : NULL;
        if (!b) {
            if (!*err) *err = xstrdup("a raw content block needs its JSON");
            return NULL;
        }
        cJSON_DeleteItemFromObjectCaseSensitive(b, "cache_control");
        break;
    }
    if (b && c->cache) cJSON_AddItemToObject(b, "cache_control", ephemeral());
    return b;
}

static bool add_messages(cJSON *body, const AnthropicRequest *req, int *markers, char **err)
{
    cJSON *messages = cJSON_AddArrayToObject(body, "messages");
    for (size_t i = 0; i < req->n_turns; i++) {
        const AnthropicTurn *t = &req->turns[i];
        if (t->n_content == 0) {
            *err = xasprintf("turn %zu has no content", i);
            return false;
        }
        cJSON *m = cJSON_CreateObject();
        cJSON_AddItemToArray(messages, m);
        cJSON_AddStringToObject(m, "role", t->role == ANTHROPIC_ROLE_ASSISTANT ? "assistant" : "user");
        cJSON *content = cJSON_AddArrayToObject(m, "content");
        for (size_t k = 0; k < t->n_content; k++) {
            cJSON *b = content_block(&t->content[k], t->role, err);
            if (!b) return false;
            if (t->content[k].cache) (*markers)++;
            cJSON_AddItemToArray(content, b);
        }
    }
    return true;
}

static bool add_tools(cJSON *body, const AnthropicRequest *req, int *markers, char **err)
{
    if (req->n_tools > 0) {
        cJSON *tools = cJSON_AddArrayToObject(body, "tools");
        for (size_t i = 0; i < req->n_tools; i++) {
            const AnthropicTool *t = &req->tools[i];
            if (!t->name || !*t->name) {
                *err = xasprintf("tool %zu has no name", i);
                return false;
            }
            cJSON *schema = t->input_schema ? parse_object(t->input_schema, "a tool input_schema", err)
                                            : parse_object("{\"type\":\"object\"}", "", err);
            if (!schema) return false;
            cJSON *o = cJSON_CreateObject();
            cJSON_AddItemToArray(tools, o);
            cJSON_AddStringToObject(o, "name", t->name);
            if (t->description) cJSON_AddStringToObject(o, "description", t->description);
            cJSON_AddItemToObject(o, "input_schema", schema);
            if (i + 1 == req->n_tools) {          /* caches the whole tool list */
                cJSON_AddItemToObject(o, "cache_control", ephemeral());
                (*markers)++;
            }
        }
    }
    if (req->tool_choice != ANTHROPIC_TOOL_CHOICE_DEFAULT) {
        static const char *const names[] = {"", "auto", "any", "tool", "none"};
        cJSON *tc = cJSON_AddObjectToObject(body, "tool_choice");
        cJSON_AddStringToObject(tc, "type", names[req->tool_choice]);
        if (req->tool_choice == ANTHROPIC_TOOL_CHOICE_TOOL) {
            if (!req->tool_choice_name) {
                *err = xstrdup("tool_choice \"tool\" needs tool_choice_name");
                return false;
            }
            cJSON_AddStringToObject(tc, "name", req->tool_choice_name);
        }
        if (req->disable_parallel_tool_use && req->tool_choice != ANTHROPIC_TOOL_CHOICE_NONE)
            cJSON_AddBoolToObject(tc, "disable_parallel_tool_use", true);
    }
    return true;
}

char *anthropic_request_to_json(const AnthropicRequest *req, bool stream, char **err)
{
    char *e = NULL;
    if (!req->model || !*req->model) e = xstrdup("the request has no model");
    else if (req->max_tokens <= 0) e = xstrdup("max_tokens must be positive");
    else if (req->n_turns == 0 || !req->turns) e = xstrdup("the request has no messages");
    if (e) {
        if (err) *err = e; else free(e);
        return NULL;
    }
    int markers = 0;
    cJSON *body = cJSON_CreateObject();
    cJSON_AddStringToObject(body, "model", req->model);
    cJSON_AddNumberToObject(body, "max_tokens", req->max_tokens);
    if (req->system_stable || req->system_dynamic) {
        cJSON *sys = cJSON_AddArrayToObject(body, "system");
        if (req->system_stable) {
            cJSON_AddItemToArray(sys, text_block(req->system_stable, true));
            markers++;
        }
        if (req->system_dynamic) cJSON_AddItemToArray(sys, text_block(req->system_dynamic, false));
    }
    bool ok = add_messages(body, req, &markers, &e) && add_tools(body, req, &markers, &e);
    if (ok && markers > ANTHROPIC_MAX_CACHE_MARKERS) {
        e = xasprintf("%d cache_control markers (the API allows %d)", markers, ANTHROPIC_MAX_CACHE_MARKERS);
        ok = false;
    }
    if (ok && anthropic_model_accepts_sampling_params(req->model)) {
        if (req->has_temperature) cJSON_AddNumberToObject(body, "temperature", req->temperature);
        if (req->has_top_p) cJSON_AddNumberToObject(body, "top_p", req->top_p);
        if (req->top_k > 0) cJSON_AddNumberToObject(body, "top_k", req->top_k);
    }
    if (ok && req->n_stop_sequences > 0) {
        cJSON *stops = cJSON_AddArrayToObject(body, "stop_sequences");
        for (size_t i = 0; i < req->n_stop_sequences; i++)
            cJSON_AddItemToArray(stops, cJSON_CreateString(req->stop_sequences[i] ? req->stop_sequences[i] : ""));
    }
    char *json = NULL;
    if (ok) {
        cJSON_AddBoolToObject(body, "stream", stream);
        char *printed = cJSON_PrintUnformatted(body);
        json = xstrdup(printed);            /* hand back util-allocated memory */
        cJSON_free(printed);
    } else if (err) {
        *err = e;
        e = NULL;
    }
    free(e);
    cJSON_Delete(body);
    return json;
}
