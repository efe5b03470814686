/* run_chat.c: the conversation: learner messages to colleagues and channels, colleague replies
 * with their @mention chains, hooks' run:ask, and the learner's shell whose commands it records. */
#define _GNU_SOURCE
#include "core/run_internal.h"

#include "core/check_truth.h"
#include "core/verdict_policy.h"
#include "base/util.h"

#include <cjson/cJSON.h>
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- colleague and hook messages --------------------------------------------------- */

bool run_say(Run *run, const char *who, const char *text, char **err)
{
    if (!scenario_find_cast(run->sc, who)) return run_fail(err, "unknown cast member '%s'", who);
    run_add_message(run, who, "learner", NULL, text);
    return true;
}

static bool channel_known(const Run *run, const char *channel)
{
    for (int i = 0; i < run->sc->n_channels; i++)
        if (strcmp(run->sc->channels[i], channel) == 0) return true;
    return false;
}

bool run_post(Run *run, const char *channel, const char *who, const char *text, char **err)
{
    if (!channel_known(run, channel)) return run_fail(err, "unknown channel '%s'", channel);
    if (!scenario_find_cast(run->sc, who)) return run_fail(err, "unknown cast member '%s'", who);
    run_add_message(run, who, NULL, channel, text);
    return true;
}

/* ---- colleague replies --------------------------------------------------------------- */

typedef struct ReplyCtx {
    char *who, *channel;
} ReplyCtx;

static void ask_colleague(Run *run, const char *who, const char *channel, const char *text);

/* text has "@word" (ASCII case ignored) standing as a word of its own: not inside an address
 * (mail@lead.example) and not the start of a longer word (@leadership). */
static bool has_mention(const char *text, const char *word, size_t len)
{
    for (const char *at = strchr(text, '@'); at && len; at = strchr(at + 1, '@')) {
        if (at > text && (isalnum((unsigned char)at[-1]) || at[-1] == '_' || at[-1] == '.')) continue;
        if (strncasecmp(at + 1, word, len) != 0) continue;
        unsigned char next = (unsigned char)at[1 + len];
        if (!(isalnum(next) || next == '_' || next == '-')) return true;
    }
    return false;
}

/* A message mentions a cast member as @id or @FirstName, in any case ("@Sofia", "@dana"). */
static bool mentions(const char *text, const ScenarioCast *member)
{
    if (has_mention(text, member->id, strlen(member->id))) return true;
    const char *name = member->name ? member->name : "";
    return has_mention(text, name, strcspn(name, " "));
}

/* A colleague's channel reply that @mentions other cast members brings them in, up to
 * RUN_COLLEAGUE_CHAIN turns per learner message so two colleagues cannot loop. */
static void chain_mentions(Run *run, const char *from, const char *channel, const char *text)
{
    for (int i = 0; i < run->sc->n_cast && !run->finishing; i++) {
        const char *id = run->sc->cast[i].id;
        if (strcmp(id, from) == 0 || !mentions(text, &run->sc->cast[i])) continue;
        if (run->colleague_chain >= RUN_COLLEAGUE_CHAIN) {
            run_log_colleague_chain_capped(run, &(EvColleagueChainCapped){.from = from, .to = id, .cap = RUN_COLLEAGUE_CHAIN});
            return;
        }
        run->colleague_chain++;
        ask_colleague(run, id, channel, text);
    }
}

static void on_colleague_reply(ColleagueContext *cx, void *ud, const char *text, const char *error)
{
    Run *run = run_of_colleague_context(cx);
    ReplyCtx *ctx = ud;
    if (error) {
        run_log_colleague_away(run, &(EvColleagueAway){.who = ctx->who, .error = error});
    } else if (text && *text && !run->finished) {
        if (ctx->channel) run_add_message(run, ctx->who, NULL, ctx->channel, text);
        else run_add_message(run, ctx->who, "learner", NULL, text);
        if (ctx->channel) chain_mentions(run, ctx->who, ctx->channel, text);
    }
    free(ctx->who);
    free(ctx->channel);
    free(ctx);
}

static void ask_colleague(Run *run, const char *who, const char *channel, const char *text)
{
    ReplyCtx *ctx = xcalloc(1, sizeof *ctx);
    ctx->who = xstrdup(who);
    ctx->channel = xstrdup(channel);
    run->colleagues->reply(run->colleagues, &run->colleague_cx, who, channel, text, on_colleague_reply, ctx);
}

void run_ask(Run *run, const char *who, const char *prompt, ColleagueReplyFn done, void *ud)
{
    run_log_ask(run, &(EvAsk){.who = who, .prompt = prompt});
    run->colleagues->ask(run->colleagues, &run->colleague_cx, who, prompt, done, ud);
}

typedef struct MessageCtx {
    char *who, *channel, *text;
    int input;
} MessageCtx;

/* on_message returned: unless it returned true, the addressed colleagues answer. */
static void after_on_message(Run *run, void *ud, const cJSON *results)
{
    MessageCtx *m = ud;
    run_note_hook_done(run, HOOK_ON_MESSAGE, m->input);
    const cJSON *first = results ? cJSON_GetArrayItem(results, 0) : NULL;
    bool handled = !results || cJSON_IsTrue(first);
    if (!handled && !run->finishing) {
        if (m->who) {
            ask_colleague(run, m->who, NULL, m->text);
        } else {
            /* In a channel, each cast member mentioned (@id or @FirstName) answers there. */
            for (int i = 0; i < run->sc->n_cast; i++)
                if (mentions(m->text, &run->sc->cast[i])) ask_colleague(run, run->sc->cast[i].id, m->channel, m->text);
        }
    }
    free(m->who);
    free(m->channel);
    free(m->text);
    free(m);
}

static bool learner_message(Run *run, const char *who, const char *channel, const char *text, char **err)
{
    if (run->finishing) return run_fail(err, "the run has ended%s", "");
    size_t len = strlen(text);
    if (len > RUN_MESSAGE_MAX_BYTES) {
        if (err) *err = xasprintf("the message is too long (%zu bytes; a chat message holds at most %d): "
                                  "put long text in a file in the workspace and say where it is",
                                  len, RUN_MESSAGE_MAX_BYTES);
        return false;
    }
    run->colleague_chain = 0;
    int input = ++run->n_inputs;
    bool tx = run_atomic_begin(run);
    run_add_message(run, "learner", who, channel, text);
    run_call_on_message(run, who, channel, text, input);
    run_atomic_end(run, tx);
    return true;
}

void run_call_on_message(Run *run, const char *who, const char *channel, const char *text, int input)
{
    MessageCtx *m = xcalloc(1, sizeof *m);
    m->who = xstrdup(who);
    m->channel = xstrdup(channel);
    m->text = xstrdup(text);
    m->input = input;
    cJSON *msg = cJSON_CreateObject();
    if (who) cJSON_AddStringToObject(msg, "to", who);
    if (channel) cJSON_AddStringToObject(msg, "channel", channel);
    cJSON_AddStringToObject(msg, "text", text);
    cJSON *args = cJSON_CreateArray();
    cJSON_AddItemToArray(args, msg);
    run_call_hook(run, HOOK_ON_MESSAGE, args, after_on_message, m);
}

bool run_learner_say(Run *run, const char *who, const char *text, char **err)
{
    if (!scenario_find_cast(run->sc, who)) return run_fail(err, "unknown cast member '%s'", who);
    return learner_message(run, who, NULL, text, err);
}

bool run_learner_post(Run *run, const char *channel, const char *text, char **err)
{
    if (!channel_known(run, channel)) return run_fail(err, "unknown channel '%s'", channel);
    return learner_message(run, NULL, channel, text, err);
}

bool run_learner_hint(Run *run, const char *task, char **err)
{
    if (run->finishing) return run_fail(err, "the run has ended%s", "");
    int ti = run_task_index(run, task);
    if (ti < 0) return run_fail(err, "unknown task '%s'", task);
    char *why = NULL;
    char *text = run_take_hint(run, task, &why);
    const char *from = run->sc->tasks[ti].from;
    if (text && from) run_add_message(run, from, "learner", NULL, text);
    free(text);
    free(why);   /* no hint left is a fact of the run (logged by the absence), not an error */
    return true;
}

/* ---- the learner's shell ------------------------------------------------------------- */

static void on_shell_command(void *ud, const ShellCommandReport *r)
{
    Run *run = ud;
    char *out = run_capped_copy(r->output, r->output_len);
    EvCommand ev = {.line = r->line, .exit = r->exit_code, .output = out, .output_total = (double)r->output_total,
                    .timed_out = r->timed_out, .seconds = r->seconds, .execs = r->execs,
                    .execs_dropped = r->execs_dropped > 0 ? r->execs_dropped : NAN, .traced = r->traced};
    run_push_command(run, &ev, run_elapsed(run));
    char *json = ev_command_json(&ev);
    free(out);
    int input = ++run->n_inputs;
    run_log_event(run, event_kind_name(EV_COMMAND), json);
    if (!run->finishing) run_call_on_command(run, json, input);
    free(json);
}

/* Execs outside any command: logged as they are handed out, before the next command. */
static void on_shell_execs(void *ud, const cJSON *execs, int dropped, bool lost)
{
    Run *run = ud;
    EvExecs ev = {.execs = execs, .dropped = dropped > 0 ? dropped : NAN, .lost = lost,
                  .after_command = run->n_commands};
    run_push_background_execs(run, &ev);
    char *json = ev_execs_json(&ev);
    run_log_event(run, event_kind_name(EV_EXECS), json);
    free(json);
}

static void after_on_command(Run *run, void *ud, const cJSON *results)
{
    (void)results;
    run_note_hook_done(run, HOOK_ON_COMMAND, (int)(intptr_t)ud);
}

void run_call_on_command(Run *run, const char *command_json, int input)
{
    if (!run_has_hook(run, HOOK_ON_COMMAND)) return;
    bool tx = run_atomic_begin(run);
    cJSON *args = cJSON_CreateArray();
    cJSON_AddItemToArray(args, cJSON_Parse(command_json));   /* on_command's argument: the event as logged */
    run_call_hook(run, HOOK_ON_COMMAND, args, after_on_command, (void *)(intptr_t)input);
    run_atomic_end(run, tx);
}

static void on_shell_output(void *ud, const char *bytes, size_t n)
{
    Run *run = ud;
    if (run->terminal_fn) run->terminal_fn(run->terminal_ud, bytes, n);
}

static bool ensure_shell_sized(Run *run, int rows, int cols, char **err)
{
    if (run->shell) return true;
    if (!run->sb || run->finishing) return run_fail(err, "the sandbox is not running%s", "");
    run->shell = shell_session_open(run->sb, run->loop, rows, cols, on_shell_command, on_shell_output, run, err);
    shell_session_on_execs(run->shell, on_shell_execs);
    return run->shell != NULL;
}

static bool ensure_shell(Run *run, char **err) { return ensure_shell_sized(run, 24, 80, err); }

ShellSession *run_attach_terminal(Run *run, int rows, int cols, ShellOutputFn on_output, void *ud, char **err)
{
    run->terminal_fn = on_output;
    run->terminal_ud = ud;
    bool fresh = !run->shell;
    if (!ensure_shell_sized(run, rows, cols, err)) return NULL;
    if (!fresh) shell_session_resize(run->shell, rows, cols);
    return run->shell;
}

void run_set_listener(Run *run, RunEventFn fn, void *ud)
{
    run->listener = fn;
    run->listener_ud = ud;
}

void run_detach_terminal(Run *run)
{
    run->terminal_fn = NULL;
    run->terminal_ud = NULL;
}

bool run_learner_sh(Run *run, const char *line, double timeout, char **err)
{
    if (run->finishing) return run_fail(err, "the run has ended%s", "");
    if (!ensure_shell(run, err)) return false;
    if (!shell_session_type_command(run->shell, line, timeout > 0 ? timeout : 120))
        return run_fail(err, shell_session_busy(run->shell) ? "the shell is still running the previous command%s"
                                                        : "the line holds control characters a terminal cannot type%s", "");
    return true;
}
