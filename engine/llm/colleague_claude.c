/* colleague_claude.c: the `claude` colleague backend (colleague.h, DESIGN §6) over the
 * streaming Messages API client. Each reply/ask/review/grade is one call object running a
 * tool loop: send → on tool_use run every tool (some async) → send the paired tool_results →
 * … at most COLLEAGUE_MAX_ROUNDS requests. Verdicts and grades exist only as forced
 * review_decision / grade tool calls, never parsed from prose. Every API call is recorded
 * (through the ColleagueContext); when the client gives up, the colleague is "away", never a fault. */
#define _GNU_SOURCE
#include "llm/colleague.h"

#include "llm/anthropic_client.h"
#include "llm/colleague_internal.h"
#include "base/util.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#define COLLEAGUE_MAX_ROUNDS 6
#define CHAT_MAX_TOKENS 1024
#define DECISION_MAX_TOKENS 2048

typedef struct ClaudeCall ClaudeCall;

typedef struct ClaudeBackend {
    ColleagueBackend base;
    Loop *loop;
    AnthropicClient *client;
    char *model;
    ClaudeCall *calls;                 /* live calls, for free */
} ClaudeBackend;

typedef struct ToolSlot {
    char *id, *name;
    cJSON *input;
    char *result;
    bool is_error;
} ToolSlot;

struct ClaudeCall {
    ClaudeBackend *cb;
    ClaudeCall *next;
    ColleagueContext *cx;
    ColleagueCallKind kind;
    char *who, *channel, *task_id, *prompt;
    int rubric_index;
    ColleagueReplyFn reply_done;
    ColleagueReviewFn review_done;
    ColleagueGradeFn grade_done;
    void *ud;
    char *stable, *state;
    ColleagueConvo convo;
    int round;
    uint64_t api_id, timer;
    ToolSlot *slots;
    int n_slots, pending;
    void (*after_tools)(ClaudeCall *call);
    Buf text;
};

/* ---- call bookkeeping -------------------------------------------------------------------- */

static void slots_clear(ClaudeCall *call)
{
    for (int i = 0; i < call->n_slots; i++) {
        free(call->slots[i].id);
        free(call->slots[i].name);
        cJSON_Delete(call->slots[i].input);
        free(call->slots[i].result);
    }
    free(call->slots);
    call->slots = NULL;
    call->n_slots = 0;
}

static void call_free(ClaudeCall *call)
{
    ClaudeCall **p = &call->cb->calls;
    while (*p && *p != call) p = &(*p)->next;
    if (*p) *p = call->next;
    if (call->timer) loop_cancel(call->cb->loop, call->timer);
    slots_clear(call);
    colleague_convo_free(&call->convo);
    free(call->who);
    free(call->channel);
    free(call->task_id);
    free(call->prompt);
    free(call->stable);
    free(call->state);
    buf_free(&call->text);
    free(call);
}

static ClaudeCall *call_new(ClaudeBackend *cb, ColleagueContext *cx, ColleagueCallKind kind, const char *who)
{
    if (cb->client && cb->loop != cx->loop && anthropic_client_active(cb->client) == 0) {
        anthropic_client_free(cb->client);
        cb->client = NULL;
    }
    if (!cb->client) {
        cb->loop = cx->loop;
        cb->client = anthropic_client_new(cb->loop, NULL);
    }
    ClaudeCall *call = xcalloc(1, sizeof *call);
    call->cb = cb;
    call->cx = cx;
    call->kind = kind;
    call->who = xstrdup(who);
    call->next = cb->calls;
    cb->calls = call;
    return call;
}

/* The one-line outage message: "Marco is away (the API is overloaded; retried 2 times)". */
static char *away_message(const ClaudeCall *call, const AnthropicResult *r)
{
    char *name = colleague_first_name(call->cx->scenario, call->who);
    const char *why = r->error ? r->error : "no answer";
    if (r->error_type && strcmp(r->error_type, "overloaded_error") == 0) why = "the API is overloaded";
    else if (r->kind == ANTHROPIC_ERR_TIMEOUT) why = "the API did not answer in time";
    else if (r->kind == ANTHROPIC_ERR_CONNECT) why = "the API could not be reached";
    char *out = r->attempts > 1 ? xasprintf("%s is away (%s; retried %d times)", name, why, r->attempts - 1)
                                : xasprintf("%s is away (%s)", name, why);
    free(name);
    return out;
}

/* Ends the call with an answer or an error; exactly one callback, then the call is freed. */
static void call_finish_text(ClaudeCall *call, const char *text, const char *error)
{
    call->reply_done(call->cx, call->ud, error ? NULL : text, error);
    call_free(call);
}

static void call_fail(ClaudeCall *call, const char *error)
{
    switch (call->kind) {
    case COLLEAGUE_REVIEW: call->review_done(call->cx, call->ud, NULL, error); break;
    case COLLEAGUE_GRADE: call->grade_done(call->cx, call->ud, 0, NULL, error); break;
    default: call->reply_done(call->cx, call->ud, NULL, error); break;
    }
    call_free(call);
}

/* ---- sending ---------------------------------------------------------------------------- */

static void on_api_done(void *ud, AnthropicResult *r);

static void call_send(ClaudeCall *call)
{
    size_t n_turns = 0, n_tools = 0;
    const AnthropicTurn *turns = colleague_convo_view(&call->convo, &n_turns);
    AnthropicRequest req = {
        .model = call->cb->model,
        .max_tokens = call->kind == COLLEAGUE_REVIEW || call->kind == COLLEAGUE_GRADE ? DECISION_MAX_TOKENS : CHAT_MAX_TOKENS,
        .system_stable = call->stable,
        .system_dynamic = call->state,
        .turns = turns,
        .n_turns = n_turns,
        .tools = colleague_tools_for(call->kind, &n_tools),
    };
    req.n_tools = n_tools;
    if (call->kind == COLLEAGUE_REVIEW) {
        req.tool_choice = ANTHROPIC_TOOL_CHOICE_TOOL;
        req.tool_choice_name = "review_decision";
    } else if (call->kind == COLLEAGUE_GRADE) {
        req.tool_choice = ANTHROPIC_TOOL_CHOICE_TOOL;
        req.tool_choice_name = "grade";
    } else if (call->round == COLLEAGUE_MAX_ROUNDS - 1) {
        req.tool_choice = ANTHROPIC_TOOL_CHOICE_NONE;   /* the last round must answer in words */
    }
    call->round++;
    call->api_id = anthropic_client_send(call->cb->client, &req, NULL, on_api_done, call);
}

static void record_call(ClaudeCall *call, const AnthropicResult *r)
{
    ColleagueLlmCall rec = {
        .who = call->who ? call->who : "judge",
        .model = call->cb->model,
        .input_tokens = r->usage.input_tokens,
        .output_tokens = r->usage.output_tokens,
        .cache_read_tokens = r->usage.cache_read_input_tokens,
        .cache_write_tokens = r->usage.cache_creation_input_tokens,
        .cost_usd = r->cost_usd,
        .latency_ms = r->latency * 1000.0,
        .request_id = r->request_id,
        .http_status = r->http_status,
        .error = r->kind == ANTHROPIC_OK ? NULL : (r->error ? r->error : "error"),
    };
    call->cx->record_llm_call(call->cx, &rec);
}

/* ---- tools ------------------------------------------------------------------------------- */

static void on_continue(void *ud)
{
    ClaudeCall *call = ud;
    call->timer = 0;
    call->after_tools(call);
}

static void on_tool_done(void *ud, int slot, char *result, bool is_error)
{
    ClaudeCall *call = ud;
    call->slots[slot].result = result;
    call->slots[slot].is_error = is_error;
    /* Never continue from inside a tool: an async result may arrive while the run is freed. */
    if (--call->pending == 0) call->timer = loop_add_deadline(call->cb->loop, 0, on_continue, call);
}

static void run_slots(ClaudeCall *call, void (*after)(ClaudeCall *))
{
    call->after_tools = after;
    call->pending = call->n_slots + 1;
    for (int i = 0; i < call->n_slots; i++)
        colleague_tool_run(call->cx, call->who, call->slots[i].name, call->slots[i].input, on_tool_done, call, i);
    if (--call->pending == 0) call->timer = loop_add_deadline(call->cb->loop, 0, on_continue, call);
}

/* After the tools of a round: log them, answer each tool_use by id, send again. */
static void after_round_tools(ClaudeCall *call)
{
    for (int i = 0; i < call->n_slots; i++) {
        ToolSlot *s = &call->slots[i];
        colleague_tool_log(call->cx, call->who, s->name, s->input, s->result, s->is_error, NULL);
        ColleagueBlock b = {.type = ANTHROPIC_CONTENT_TOOL_RESULT, .id = s->id,
                            .text = s->result ? s->result : (char *)"", .is_error = s->is_error};
        colleague_convo_add(&call->convo, ANTHROPIC_ROLE_USER, &b);
    }
    slots_clear(call);
    call_send(call);
}

/* ---- verdicts ------------------------------------------------------------------------------ */

/* The verdict is reported as the model gave it: the core holds an approval while checks fail
 * and clamps grades, the same for every backend (core/verdict_policy.h). */

static void finish_review(ClaudeCall *call, const AnthropicBlock *tool)
{
    const cJSON *approved = cJSON_GetObjectItemCaseSensitive(tool->input, "approved");
    const cJSON *summary = cJSON_GetObjectItemCaseSensitive(tool->input, "summary");
    if (!cJSON_IsBool(approved)) {
        colleague_tool_log(call->cx, call->who, tool->name, tool->input, "no approved: boolean", true, NULL);
        call_fail(call, "the reviewer gave no decision");
        return;
    }
    ReviewVerdict v = {.approved = cJSON_IsTrue(approved)};
    v.summary = cJSON_IsString(summary) ? summary->valuestring : (v.approved ? "Approved." : "Changes requested.");
    const cJSON *comments = cJSON_GetObjectItemCaseSensitive(tool->input, "comments");
    int n = cJSON_IsArray(comments) ? cJSON_GetArraySize(comments) : 0;
    ReviewComment *cs = xcalloc((size_t)n + 1, sizeof *cs);
    const cJSON *c;
    const cJSON *list = cJSON_IsArray(comments) ? comments : NULL;
    int k = 0;
    cJSON_ArrayForEach(c, list) {
        const cJSON *path = cJSON_GetObjectItemCaseSensitive(c, "path");
        const cJSON *line = cJSON_GetObjectItemCaseSensitive(c, "line");
        const cJSON *kind = cJSON_GetObjectItemCaseSensitive(c, "kind");
        const cJSON *ctext = cJSON_GetObjectItemCaseSensitive(c, "text");
        if (!cJSON_IsString(ctext)) continue;
        const char *kname = cJSON_IsString(kind) ? kind->valuestring : "";
        if (strcmp(kname, "essential") != 0 && strcmp(kname, "celebratory") != 0) kname = "actionable";
        cs[k++] = (ReviewComment){cJSON_IsString(path) ? path->valuestring : NULL,
                                  cJSON_IsNumber(line) ? (int)line->valuedouble : 0, kname, ctext->valuestring};
    }
    v.comments = cs;
    v.n_comments = k;
    colleague_tool_log(call->cx, call->who, tool->name, tool->input, v.approved ? "approved" : "changes requested",
                       false, NULL);
    call->review_done(call->cx, call->ud, &v, NULL);
    free(cs);
    call_free(call);
}

/* Whether a quote occurs in the run's messages or commands (graders must quote, not invent). */
static bool evidence_found(ColleagueContext *cx, const char *quote)
{
    if (!quote || strlen(quote) < 3) return false;
    int n = 0;
    const TranscriptMessage *m = cx->messages(cx, &n);
    for (int i = 0; i < n; i++)
        if (strstr(m[i].text, quote)) return true;
    const TranscriptCommand *c = cx->commands(cx, &n);
    for (int i = 0; i < n; i++)
        if (strstr(c[i].line, quote) || (c[i].output && strstr(c[i].output, quote))) return true;
    return false;
}

static void finish_grade(ClaudeCall *call, const AnthropicBlock *tool)
{
    const ScenarioRubric *item = &call->cx->scenario->rubric[call->rubric_index];
    const cJSON *points = cJSON_GetObjectItemCaseSensitive(tool->input, "points");
    const cJSON *evidence = cJSON_GetObjectItemCaseSensitive(tool->input, "evidence");
    const cJSON *why = cJSON_GetObjectItemCaseSensitive(tool->input, "why");
    if (!cJSON_IsNumber(points)) {
        colleague_tool_log(call->cx, call->who, tool->name, tool->input, "no points: number", true, NULL);
        call_fail(call, "the judge gave no grade");
        return;
    }
    double proposed = points->valuedouble;
    const char *ev = cJSON_IsString(evidence) ? evidence->valuestring : NULL;
    cJSON *extra = cJSON_CreateObject();
    cJSON_AddStringToObject(extra, "rubric", item->id);
    cJSON_AddNumberToObject(extra, "proposed_points", proposed);
    cJSON_AddNumberToObject(extra, "max", item->points);
    cJSON_AddBoolToObject(extra, "evidence_found", evidence_found(call->cx, ev));
    char *result = xasprintf("%g points proposed (the item is worth %g)", proposed, item->points);
    colleague_tool_log(call->cx, call->who, tool->name, tool->input, result, false, extra);
    free(result);
    char *text = ev && *ev ? xasprintf("%s (evidence: \"%s\")", cJSON_IsString(why) ? why->valuestring : "", ev)
                           : xstrdup(cJSON_IsString(why) ? why->valuestring : "");
    call->grade_done(call->cx, call->ud, proposed, text, NULL);
    free(text);
    call_free(call);
}

/* ---- one answer from the API ---------------------------------------------------------------- */

static void on_api_done(void *ud, AnthropicResult *r)
{
    ClaudeCall *call = ud;
    call->api_id = 0;
    record_call(call, r);
    if (r->kind != ANTHROPIC_OK || !r->message) {
        char *msg = away_message(call, r);
        call_fail(call, msg);
        free(msg);
        return;
    }
    const AnthropicMessage *m = r->message;
    const char *decision = call->kind == COLLEAGUE_REVIEW ? "review_decision" : call->kind == COLLEAGUE_GRADE ? "grade" : NULL;
    const AnthropicBlock *verdict = decision ? anthropic_message_find_tool_use(m, decision) : NULL;
    if (verdict) {
        if (call->kind == COLLEAGUE_REVIEW) finish_review(call, verdict);
        else finish_grade(call, verdict);
        return;
    }
    /* Echo the assistant turn and collect its tool calls. */
    for (size_t i = 0; i < m->n_blocks; i++) {
        const AnthropicBlock *b = &m->blocks[i];
        if (b->type == ANTHROPIC_BLOCK_TEXT) {
            if (b->text && *b->text) {
                colleague_convo_add_text(&call->convo, ANTHROPIC_ROLE_ASSISTANT, b->text);
                if (call->text.len) buf_puts(&call->text, "\n");
                buf_puts(&call->text, b->text);
            }
        } else if (b->type == ANTHROPIC_BLOCK_TOOL_USE) {
            char *json = cJSON_PrintUnformatted(b->input);
            ColleagueBlock cb = {.type = ANTHROPIC_CONTENT_TOOL_USE, .id = b->id, .name = b->name, .json = json};
            colleague_convo_add(&call->convo, ANTHROPIC_ROLE_ASSISTANT, &cb);
            free(json);
            call->slots = xrealloc(call->slots, (size_t)(call->n_slots + 1) * sizeof *call->slots);
            call->slots[call->n_slots++] = (ToolSlot){xstrdup(b->id), xstrdup(b->name),
                                                      b->input ? cJSON_Duplicate(b->input, true) : cJSON_CreateObject(), NULL, false};
        } else {
            cJSON *raw = b->raw ? cJSON_Duplicate(b->raw, true) : NULL;
            if (b->type == ANTHROPIC_BLOCK_THINKING) {
                raw = cJSON_CreateObject();
                cJSON_AddStringToObject(raw, "type", "thinking");
                cJSON_AddStringToObject(raw, "thinking", b->text ? b->text : "");
                if (b->signature) cJSON_AddStringToObject(raw, "signature", b->signature);
            }
            if (raw) {
                char *json = cJSON_PrintUnformatted(raw);
                ColleagueBlock cb = {.type = ANTHROPIC_CONTENT_RAW, .json = json};
                colleague_convo_add(&call->convo, ANTHROPIC_ROLE_ASSISTANT, &cb);
                free(json);
                cJSON_Delete(raw);
            }
        }
    }
    bool wants_tools = call->n_slots > 0 && m->stop_reason && strcmp(m->stop_reason, "tool_use") == 0;
    if (wants_tools && call->round < COLLEAGUE_MAX_ROUNDS) {
        run_slots(call, after_round_tools);
        return;
    }
    slots_clear(call);
    if (call->kind == COLLEAGUE_REVIEW) {
        call_fail(call, "the reviewer gave no decision");
    } else if (call->kind == COLLEAGUE_GRADE) {
        call_fail(call, "the judge gave no grade");
    } else if (call->text.len == 0) {
        char *name = colleague_first_name(call->cx->scenario, call->who);
        char *msg = xasprintf("%s gave no answer", name);
        call_fail(call, msg);
        free(msg);
        free(name);
    } else {
        char *text = xstrdup(call->text.data);
        call_finish_text(call, text, NULL);
        free(text);
    }
}

/* ---- the backend interface --------------------------------------------------------------- */

static void start_chat(ClaudeCall *call)
{
    const Scenario *sc = call->cx->scenario;
    call->stable = colleague_prompt_stable(sc, call->who);
    call->state = colleague_prompt_state(call->cx, call->who, call->kind, call->channel, NULL, 0);
    colleague_prompt_conversation(&call->convo, call->cx, call->who);
    if (call->kind == COLLEAGUE_ASK) {
        char *esc = colleague_escape(call->prompt);
        char *t = xasprintf("<workplace_event>%s</workplace_event>", esc);
        colleague_convo_add_text(&call->convo, ANTHROPIC_ROLE_USER, t);
        free(t);
        free(esc);
    }
    if (call->convo.n == 0 || call->convo.turns[call->convo.n - 1].role != ANTHROPIC_ROLE_USER)
        colleague_convo_add_text(&call->convo, ANTHROPIC_ROLE_USER, "<workplace_event>(no new message)</workplace_event>");
    call_send(call);
}

static void claude_reply(ColleagueBackend *b, ColleagueContext *cx, const char *who, const char *channel,
                         const char *text, ColleagueReplyFn done, void *ud)
{
    (void)text;   /* already in run_messages(), which the conversation is built from */
    ClaudeCall *call = call_new(b->impl, cx, COLLEAGUE_REPLY, who);
    call->channel = xstrdup(channel);
    call->reply_done = done;
    call->ud = ud;
    start_chat(call);
}

static void claude_ask(ColleagueBackend *b, ColleagueContext *cx, const char *who, const char *prompt,
                       ColleagueReplyFn done, void *ud)
{
    ClaudeCall *call = call_new(b->impl, cx, COLLEAGUE_ASK, who);
    call->prompt = xstrdup(prompt);
    call->reply_done = done;
    call->ud = ud;
    start_chat(call);
}

/* The review request: check results plus the learner's commits and diff since the start. */
static void after_review_context(ClaudeCall *call)
{
    const Scenario *sc = call->cx->scenario;
    Buf b = {0};
    buf_printf(&b, "<review_request task=\"%s\">\nCheck results:\n", call->task_id);
    for (int ti = 0; ti < sc->n_tasks; ti++) {
        const ScenarioTask *t = &sc->tasks[ti];
        if (strcmp(t->id, call->task_id) != 0) continue;
        for (int ci = 0; ci < t->n_checks; ci++) {
            ColleagueCheck r = call->cx->task_check(call->cx, ti, ci);
            char *fb = colleague_escape(r.feedback);
            buf_printf(&b, "- %s (%s): %s%s%s\n", t->checks[ci].id, t->checks[ci].label ? t->checks[ci].label : "",
                       r.passed ? "passed" : "failed", r.feedback ? ": " : "", fb);
            free(fb);
        }
    }
    char *ctx = colleague_escape(call->n_slots ? call->slots[0].result : "");
    buf_printf(&b, "The learner's commits and changes since the task started:\n<diff>\n%s\n</diff>\n</review_request>", ctx);
    free(ctx);
    slots_clear(call);
    colleague_convo_add_text(&call->convo, ANTHROPIC_ROLE_USER, b.data);
    buf_free(&b);
    call_send(call);
}

static void claude_review(ColleagueBackend *b, ColleagueContext *cx, const char *who, const char *task_id,
                          ColleagueReviewFn done, void *ud)
{
    ClaudeCall *call = call_new(b->impl, cx, COLLEAGUE_REVIEW, who);
    call->task_id = xstrdup(task_id);
    call->review_done = done;
    call->ud = ud;
    call->stable = colleague_prompt_stable(cx->scenario, who);
    call->state = colleague_prompt_state(cx, who, COLLEAGUE_REVIEW, NULL, task_id, 0);
    colleague_prompt_conversation(&call->convo, cx, who);
    call->slots = xcalloc(1, sizeof *call->slots);
    call->slots[0] = (ToolSlot){xstrdup("context"), xstrdup("review_context"), cJSON_CreateObject(), NULL, false};
    call->n_slots = 1;
    run_slots(call, after_review_context);
}

static void claude_grade(ColleagueBackend *b, ColleagueContext *cx, int ri, ColleagueGradeFn done, void *ud)
{
    const ScenarioRubric *item = &cx->scenario->rubric[ri];
    ClaudeCall *call = call_new(b->impl, cx, COLLEAGUE_GRADE, item->judge);
    call->rubric_index = ri;
    call->grade_done = done;
    call->ud = ud;
    call->stable = colleague_prompt_stable(cx->scenario, item->judge);
    call->state = colleague_prompt_state(cx, item->judge, COLLEAGUE_GRADE, NULL, NULL, ri);
    char *transcript = colleague_prompt_transcript(cx);
    char *t = xasprintf("%s\nGrade rubric item %s now with the grade tool.", transcript, item->id);
    colleague_convo_add_text(&call->convo, ANTHROPIC_ROLE_USER, t);
    free(t);
    free(transcript);
    call_send(call);
}

static void claude_free(ColleagueBackend *b)
{
    ClaudeBackend *cb = b->impl;
    anthropic_client_free(cb->client);      /* aborts calls in flight without callbacks */
    while (cb->calls) call_free(cb->calls);
    free(cb->model);
    free(cb);
}

ColleagueBackend *colleague_claude_new(Loop *loop, const char *model, char **err)
{
    const char *key = getenv("ANTHROPIC_API_KEY");
    const char *base = getenv("ANTHROPIC_BASE_URL");
    if ((!key || !*key) && (!base || !*base)) {
        if (err) *err = xstrdup("ANTHROPIC_API_KEY is not set (or set ANTHROPIC_BASE_URL to a local server speaking the Messages API)");
        return NULL;
    }
    ClaudeBackend *cb = xcalloc(1, sizeof *cb);
    cb->base.name = "claude";
    cb->base.impl = cb;
    cb->base.reply = claude_reply;
    cb->base.ask = claude_ask;
    cb->base.review = claude_review;
    cb->base.grade = claude_grade;
    cb->base.free = claude_free;
    cb->model = xstrdup(model && *model ? model : COLLEAGUE_DEFAULT_MODEL);
    cb->loop = loop;
    if (loop) cb->client = anthropic_client_new(loop, NULL);
    return &cb->base;
}
