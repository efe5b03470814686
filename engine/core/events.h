/* events.h: the typed schema of the run's event log (DESIGN §2: the log is the source of truth).
 * Every event kind and its fields is listed here once. Producers build an event's JSON with
 * the kind's typed builder (ev_message_json(&(EvMessage){...})); listeners turn the stored kind
 * name into an EventKind and parse the JSON back into the same struct (ev_message_parse).
 * docs/events.md describes the same kinds for authors of tools that read the database; a test
 * keeps the two in step.
 *
 * Field types: STR (const char *, NULL = absent), NUM (double), BOOL (bool), JSON (a borrowed
 * const cJSON * object or array, NULL = absent). REQ fields are always written and required
 * when parsing; OPT fields are written only when present (a STR or JSON that is not NULL, a
 * BOOL that is true, a NUM that is not NaN) and default to NULL / false / NaN when parsing. */
#ifndef WORKSIM_EVENTS_H
#define WORKSIM_EVENTS_H

#include <stdbool.h>
#include <stddef.h>

#include <cjson/cJSON.h>

/* F(TYPE, field, REQ|OPT) per field, in the order they are written. */
#define EV_FIELDS_START(F) F(STR, scenario, REQ) F(STR, hash, REQ) F(STR, learner, REQ) F(STR, colleagues, REQ)
#define EV_FIELDS_SANDBOX(F) F(STR, backend, REQ)
#define EV_FIELDS_BASE_RECORDED(F) F(STR, commit, OPT)
#define EV_FIELDS_MESSAGE(F) F(STR, from, REQ) F(STR, to, OPT) F(STR, channel, OPT) F(STR, text, REQ)
#define EV_FIELDS_TASK_STATUS(F) F(STR, task, REQ) F(STR, status, REQ) F(STR, why, OPT)
#define EV_FIELDS_COMMAND(F) F(STR, line, REQ) F(NUM, exit, REQ) F(STR, output, REQ) \
    F(NUM, output_total, REQ) F(BOOL, timed_out, OPT) F(NUM, seconds, REQ) \
    F(JSON, execs, OPT) F(NUM, execs_dropped, OPT) F(BOOL, traced, OPT)
#define EV_FIELDS_EXECS(F) F(JSON, execs, OPT) F(NUM, dropped, OPT) F(BOOL, lost, OPT) F(NUM, after_command, REQ)
#define EV_FIELDS_CHECK(F) F(STR, task, REQ) F(STR, check, REQ) F(BOOL, passed, REQ) F(NUM, exit, REQ) \
    F(STR, feedback, OPT) F(STR, output, REQ) F(BOOL, final, REQ) F(STR, error, OPT) F(BOOL, reused, OPT) \
    F(STR, tree, OPT)
#define EV_FIELDS_HINT(F) F(STR, task, REQ) F(NUM, number, REQ) F(NUM, cost, REQ) F(STR, text, REQ)
#define EV_FIELDS_AWARD(F) F(STR, id, REQ) F(NUM, points, REQ) F(STR, why, OPT)
#define EV_FIELDS_PENALTY(F) EV_FIELDS_AWARD(F)
#define EV_FIELDS_SCRIPT_ERROR(F) F(STR, error, REQ)
#define EV_FIELDS_COLLEAGUE_CHAIN_CAPPED(F) F(STR, from, REQ) F(STR, to, REQ) F(NUM, cap, REQ)
#define EV_FIELDS_COLLEAGUE_AWAY(F) F(STR, who, REQ) F(STR, error, REQ)
#define EV_FIELDS_ASK(F) F(STR, who, REQ) F(STR, prompt, REQ)
#define EV_FIELDS_REVIEW(F) F(STR, task, REQ) F(STR, reviewer, REQ) F(BOOL, approved, REQ) \
    F(STR, summary, OPT) F(JSON, comments, REQ) F(BOOL, held, OPT)
#define EV_FIELDS_SUBMIT_REFUSED(F) F(STR, task, REQ) F(STR, why, REQ)
#define EV_FIELDS_FINISHING(F) F(STR, reason, REQ)
#define EV_FIELDS_FINISH(F) F(STR, outcome, REQ) F(NUM, score, REQ) F(NUM, max, REQ) F(NUM, percent, REQ) \
    F(STR, reason, REQ) F(STR, error, OPT)
#define EV_FIELDS_GRADE(F) F(STR, rubric, REQ) F(NUM, points, REQ) F(NUM, max, REQ) F(STR, why, OPT) \
    F(NUM, raw_points, OPT)
#define EV_FIELDS_HOOK_SH(F) F(STR, command, REQ) F(BOOL, as_root, OPT)
#define EV_FIELDS_TOOL_CALL(F) F(STR, who, REQ) F(STR, name, REQ) F(JSON, input, REQ) F(STR, result, REQ) \
    F(BOOL, is_error, OPT) F(JSON, detail, OPT)
#define EV_FIELDS_LLM_CALL(F) F(STR, who, REQ) F(STR, model, REQ) F(NUM, input_tokens, REQ) \
    F(NUM, output_tokens, REQ) F(NUM, cache_read_tokens, REQ) F(NUM, cache_write_tokens, REQ) \
    F(NUM, cost_usd, REQ) F(NUM, latency_ms, REQ) F(STR, request_id, OPT) F(NUM, http_status, REQ) \
    F(STR, error, OPT)
#define EV_FIELDS_PROTECTED_CHANGED(F) F(STR, task, REQ) F(STR, path, REQ)
#define EV_FIELDS_PROTECT_AUDIT_FAILED(F) F(STR, error, REQ)
#define EV_FIELDS_ACTION_REFUSED(F) F(NUM, action, REQ) F(STR, kind, REQ) F(STR, why, REQ)
#define EV_FIELDS_ACTION(F) F(NUM, action, REQ) F(STR, kind, REQ)
#define EV_FIELDS_RESUMED(F) F(STR, backend, REQ) F(NUM, after_seconds, REQ)
#define EV_FIELDS_SCENARIO_STATE(F) F(JSON, values, REQ)
#define EV_FIELDS_HOOK_DONE(F) F(STR, hook, REQ) F(NUM, input, REQ)

/* X(ENUM_SUFFIX, stored_name, StructName) for every kind. */
#define WORKSIM_EVENT_KINDS(X) \
    X(START, start, EvStart) \
    X(SANDBOX, sandbox, EvSandbox) \
    X(BASE_RECORDED, base_recorded, EvBaseRecorded) \
    X(MESSAGE, message, EvMessage) \
    X(TASK_STATUS, task_status, EvTaskStatus) \
    X(COMMAND, command, EvCommand) \
    X(EXECS, execs, EvExecs) \
    X(CHECK, check, EvCheck) \
    X(HINT, hint, EvHint) \
    X(AWARD, award, EvAward) \
    X(PENALTY, penalty, EvPenalty) \
    X(SCRIPT_ERROR, script_error, EvScriptError) \
    X(COLLEAGUE_CHAIN_CAPPED, colleague_chain_capped, EvColleagueChainCapped) \
    X(COLLEAGUE_AWAY, colleague_away, EvColleagueAway) \
    X(ASK, ask, EvAsk) \
    X(REVIEW, review, EvReview) \
    X(SUBMIT_REFUSED, submit_refused, EvSubmitRefused) \
    X(FINISHING, finishing, EvFinishing) \
    X(FINISH, finish, EvFinish) \
    X(GRADE, grade, EvGrade) \
    X(HOOK_SH, hook_sh, EvHookSh) \
    X(TOOL_CALL, tool_call, EvToolCall) \
    X(LLM_CALL, llm_call, EvLlmCall) \
    X(PROTECTED_CHANGED, protected_changed, EvProtectedChanged) \
    X(PROTECT_AUDIT_FAILED, protect_audit_failed, EvProtectAuditFailed) \
    X(ACTION_REFUSED, action_refused, EvActionRefused) \
    X(ACTION, action, EvAction) \
    X(RESUMED, resumed, EvResumed) \
    X(SCENARIO_STATE, scenario_state, EvScenarioState) \
    X(HOOK_DONE, hook_done, EvHookDone)

typedef enum EventKind {
    EV_UNKNOWN = 0,
#define EV_ENUM(NAME, lower, Struct) EV_##NAME,
    WORKSIM_EVENT_KINDS(EV_ENUM)
#undef EV_ENUM
    EV_KIND_COUNT
} EventKind;

#define EV_CTYPE_STR const char *
#define EV_CTYPE_NUM double
#define EV_CTYPE_BOOL bool
#define EV_CTYPE_JSON const cJSON *
#define EV_MEMBER(TYPE, field, req) EV_CTYPE_##TYPE field;
#define EV_STRUCT(NAME, lower, Struct) typedef struct Struct { EV_FIELDS_##NAME(EV_MEMBER) } Struct;
WORKSIM_EVENT_KINDS(EV_STRUCT)
#undef EV_STRUCT
#undef EV_MEMBER

EventKind event_kind_from_name(const char *name);   /* EV_UNKNOWN for NULL or an unlisted name */
const char *event_kind_name(EventKind kind);        /* NULL for EV_UNKNOWN */

/* The schema itself, for documentation and tests: field i (0-based) of kind; false past the end. */
typedef enum EventFieldType { EVF_STR, EVF_NUM, EVF_BOOL, EVF_JSON } EventFieldType;
typedef struct EventFieldInfo {
    const char *name;
    EventFieldType type;
    bool required;
    size_t offset;             /* in the kind's struct */
} EventFieldInfo;
bool event_field_info(EventKind kind, size_t i, EventFieldInfo *out);
size_t event_struct_size(EventKind kind);

/* The JSON object text of an event of `kind` whose fields are *fields (the kind's struct).
 * Caller frees. A REQ string that is NULL is written as "". */
char *event_to_json(EventKind kind, const void *fields);

/* Parses data_json into *fields (the kind's struct). Strings and JSON fields point into *doc,
 * which the caller deletes (cJSON_Delete) when done with *fields. false + *err (caller frees)
 * when the text is not an object or a REQ field is missing or of the wrong type. */
bool event_from_json(EventKind kind, const char *data_json, void *fields, cJSON **doc, char **err);

/* Typed wrappers: ev_message_json(&(EvMessage){...}), ev_message_parse(json, &msg, &doc, &err). */
#define EV_WRAPPERS(NAME, lower, Struct) \
    static inline char *ev_##lower##_json(const Struct *e) { return event_to_json(EV_##NAME, e); } \
    static inline bool ev_##lower##_parse(const char *json, Struct *e, cJSON **doc, char **err) \
    { return event_from_json(EV_##NAME, json, e, doc, err); }
WORKSIM_EVENT_KINDS(EV_WRAPPERS)
#undef EV_WRAPPERS

#endif
