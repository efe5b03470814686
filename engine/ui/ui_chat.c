/* ui_chat.c: the Chat app (ui_chat.h). Conversations are the scenario's channels and one DM
 * per cast member; the run's messages are sorted into them on each frame (only the new ones
 * are looked at), counting colleague messages not yet seen. The view keeps no copy of the
 * messages: it draws run_messages, caching only each message's wrapped text height. The
 * input box is a ui_textfield (caret, word moves, Shift+Enter line breaks) that grows up to
 * INPUT_LINES lines; Up in an empty box recalls the learner's last message here. */
#define _GNU_SOURCE
#include "ui/ui_chat.h"

#include "ui/ui_list.h"
#include "ui/ui_markdown.h"
#include "ui/ui_redraw.h"
#include "ui/ui_scroll.h"
#include "ui/ui_textfield.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>

#define LIST_W 248
#define HEADER_H UI_LIST_TITLE_H
#define INPUT_H 44
#define AVATAR 36
#define INPUT_MAX 4000          /* bytes of one message being typed */
#define INPUT_LINES 5           /* lines the input box grows to before it scrolls */
#define TYPING_MS 30000         /* how long "typing…" may show without a reply */
#define GROUP_SECONDS 120.0     /* a sender's messages closer than this share one header */

typedef struct Conv {
    const char *channel;          /* "#team", or NULL for a DM */
    const ScenarioCast *cast;     /* the DM's colleague, or NULL */
    int n_messages;               /* all messages */
    int total, seen;              /* colleague messages counted and seen */
    Uint32 typing_since;          /* ticks when the learner last wrote here awaiting a reply; 0: none */
    const char *typing_who;       /* who is expected to answer */
} Conv;

typedef struct Chat {
    Run *run;
    Conv *convs;
    int n_convs;
    int selected;                 /* -1: no conversation at all */
    bool chosen;                  /* shown or picked once: no more automatic choice */
    bool focused;
    int scanned;                  /* messages already sorted into conversations */
    int *conv_idx;                /* per scanned message: its conversation, or -1 */
    UiScroll scroll;
    int *heights;                 /* wrapped text height per message at heights_w; -1: unknown */
    int heights_n, heights_w;
    UiTextField input;            /* the message being typed */
    TTF_Font *font;               /* the input's font, from the last frame (for Up/Down, clicks) */
    int line_h;                   /* its line height */
    SDL_Rect input_box, input_inner;   /* where the box and its text were last drawn */
    char *error;                  /* the last refused send */
} Chat;

typedef struct ChatLayout {
    SDL_Rect list, header, body, status, input;
} ChatLayout;

/* extra_h: what the input box has grown by (lines past the first). */
static ChatLayout chat_layout(SDL_Rect a, int extra_h)
{
    ChatLayout L;
    int lw = a.w / 3 < LIST_W ? a.w / 3 : LIST_W;
    L.list = (SDL_Rect){a.x, a.y, lw, a.h};
    int x = a.x + lw, w = a.w - lw;
    L.header = (SDL_Rect){x, a.y, w, HEADER_H};
    L.input = (SDL_Rect){x + 20, a.y + a.h - 18 - INPUT_H - extra_h, w - 40, INPUT_H + extra_h};
    L.status = (SDL_Rect){x + 20, L.input.y - 4 - UI_ERROR_LINE_H, w - 40, UI_ERROR_LINE_H};
    L.body = (SDL_Rect){x, a.y + HEADER_H, w, L.status.y - (a.y + HEADER_H)};
    return L;
}

SDL_Rect ui_chat_row_rect(const Scenario *sc, SDL_Rect area, int index)
{
    SDL_Rect list = chat_layout(area, 0).list;
    int y = list.y + UI_LIST_TITLE_H + 4;
    if (sc->n_channels > 0) {
        y += UI_LIST_SECTION_H;
        if (index < sc->n_channels) return (SDL_Rect){list.x, y + index * UI_LIST_ROW_H, list.w, UI_LIST_ROW_H};
        y += sc->n_channels * UI_LIST_ROW_H + 6;
    }
    y += UI_LIST_SECTION_H;
    return (SDL_Rect){list.x, y + (index - sc->n_channels) * UI_LIST_ROW2_H, list.w, UI_LIST_ROW2_H};
}

/* ---- sorting messages into conversations ----------------------------------------------- */

static bool is_learner(const char *who) { return who && strcmp(who, "learner") == 0; }

static int conv_of(const Chat *c, const RunMessage *m)
{
    const char *peer = NULL;
    if (!m->channel) peer = is_learner(m->from) ? m->to : is_learner(m->to) ? m->from : NULL;
    for (int i = 0; i < c->n_convs; i++) {
        const Conv *cv = &c->convs[i];
        if (m->channel ? cv->channel && strcmp(cv->channel, m->channel) == 0
                       : cv->cast && peer && strcmp(cv->cast->id, peer) == 0)
            return i;
    }
    return -1;
}

static const char *display_name(const Chat *c, const char *who)
{
    if (is_learner(who)) return "You";
    const ScenarioCast *cast = scenario_find_cast(run_scenario(c->run), who);
    return cast ? cast->name : who;
}

/* The first DM that has messages, else the first conversation. */
static void pick_initial(Chat *c)
{
    c->selected = c->n_convs > 0 ? 0 : -1;
    for (int i = 0; i < c->n_convs; i++)
        if (c->convs[i].cast && c->convs[i].n_messages > 0) {
            c->selected = i;
            return;
        }
}

static void sync(Chat *c)
{
    int n = 0;
    const RunMessage *ms = run_messages(c->run, &n);
    if (c->scanned < n) c->conv_idx = xrealloc(c->conv_idx, (size_t)n * sizeof *c->conv_idx);
    for (; c->scanned < n; c->scanned++) {
        const RunMessage *m = &ms[c->scanned];
        int ci = c->conv_idx[c->scanned] = conv_of(c, m);
        if (ci < 0) continue;
        Conv *cv = &c->convs[ci];
        cv->n_messages++;
        if (!is_learner(m->from)) {
            cv->total++;
            cv->typing_since = 0;
        }
    }
    if (!c->chosen) pick_initial(c);
    Uint32 now = SDL_GetTicks();
    for (int i = 0; i < c->n_convs; i++) {
        Conv *cv = &c->convs[i];
        if (cv->typing_since && (now - cv->typing_since > TYPING_MS || run_is_finished(c->run))) cv->typing_since = 0;
        if (cv->typing_since) ui_redraw_in(TYPING_MS + 1 - (now - cv->typing_since));   /* "typing..." goes then */
    }
    if (c->focused && c->selected >= 0) c->convs[c->selected].seen = c->convs[c->selected].total;
}

/* ---- drawing ----------------------------------------------------------------------------- */

static void render_list(Chat *c, UiDraw *d, ChatLayout *L, SDL_Rect area)
{
    const Scenario *sc = run_scenario(c->run);
    ui_list_column(d, L->list, sc->title);
    UiClip clip = ui_clip_push(d, (SDL_Rect){L->list.x, L->list.y + UI_LIST_TITLE_H, L->list.w - 1,
                                             L->list.h - UI_LIST_TITLE_H});
    for (int i = 0; i < c->n_convs; i++) {
        const Conv *cv = &c->convs[i];
        SDL_Rect r = ui_chat_row_rect(sc, area, i);
        if (i == 0 || (cv->cast && !c->convs[i - 1].cast)) {
            SDL_Rect sec = {r.x, r.y - UI_LIST_SECTION_H, r.w, UI_LIST_SECTION_H};
            ui_list_section(d, sec, cv->channel ? "CHANNELS" : "DIRECT MESSAGES");
        }
        UiListRow row = {
            .title = cv->channel ? cv->channel : cv->cast->name,
            .subtitle = cv->cast ? (cv->cast->role ? cv->cast->role : "") : NULL,
            .avatar = cv->channel ? "#" : cv->cast->name,
            .avatar_seed = cv->cast ? cv->cast->id : NULL,
            .unread = cv->total - cv->seen,
        };
        ui_list_row(d, r, &row, i == c->selected);
    }
    ui_clip_pop(d, clip);
}

static void render_header(Chat *c, UiDraw *d, const Conv *cv, SDL_Rect h)
{
    char sub[64];
    if (cv->channel) SDL_snprintf(sub, sizeof sub, "%d members", run_scenario(c->run)->n_cast + 1);
    const char *title = cv->channel ? cv->channel : cv->cast->name;
    const char *subtitle = cv->channel ? sub : cv->cast->role;
    int ty = h.y + (h.h - d->fonts->ui_h - d->fonts->small_h) / 2;
    ui_text_fit(d, d->fonts->ui_bold, h.x + 24, ty, h.w - 48, UI_TEXT, title);
    ui_text_fit(d, d->fonts->small, h.x + 24, ty + d->fonts->ui_h, h.w - 48, UI_TEXT_DIM, subtitle);
    ui_fill(d, (SDL_Rect){h.x, h.y + h.h - 1, h.w, 1}, UI_BORDER);
}

static void format_clock(char out[16], double seconds)
{
    long s = seconds > 0 ? (long)seconds : 0;
    SDL_snprintf(out, 16, "%02ld:%02ld", s / 60, s % 60);
}

/* The wrapped text height of message i, cached per text width. */
static int text_height(Chat *c, UiDraw *d, const RunMessage *ms, int n, int i, int w)
{
    if (c->heights_w != w || c->heights_n < n) {
        int from = c->heights_w != w ? 0 : c->heights_n;
        c->heights = xrealloc(c->heights, (size_t)(n > 0 ? n : 1) * sizeof *c->heights);
        for (int k = from; k < n; k++) c->heights[k] = -1;
        c->heights_n = n;
        c->heights_w = w;
    }
    if (c->heights[i] < 0) {
        int h = ui_markdown(d, 0, 0, w, UI_TEXT, ms[i].text, false);
        c->heights[i] = h > d->fonts->ui_h ? h : d->fonts->ui_h;
    }
    return c->heights[i];
}

static const int INTRO_H = 44 + 24;

static void render_intro(UiDraw *d, const Conv *cv, int x, int y, int w)
{
    const char *name = cv->channel ? cv->channel : cv->cast->name;
    ui_avatar(d, x, y, 44, cv->channel ? "#" : name, cv->cast ? cv->cast->id : NULL);
    ui_text_fit(d, d->fonts->ui_bold, x + 56, y + 2, w - 56, UI_TEXT, name);
    char *line = cv->channel ? xasprintf("This is the start of %s, the team's shared channel.", cv->channel)
                             : xasprintf("This is the start of your conversation with %s.", name);
    ui_text_fit(d, d->fonts->small, x + 56, y + 6 + d->fonts->ui_h, w - 56, UI_TEXT_DIM, line);
    free(line);
}

static void render_messages(Chat *c, UiDraw *d, const Conv *cv, SDL_Rect body)
{
    int n_all = 0;
    const RunMessage *ms = run_messages(c->run, &n_all);
    int n = c->scanned;   /* sync ran this frame: these messages have their conversation */
    int text_x = body.x + 24 + AVATAR + 12, text_w = body.w - (text_x - body.x) - 28;
    int sel = (int)(cv - c->convs);

    /* Pass 1: heights (a group head carries the avatar, name and time). */
    int total = 20 + INTRO_H, prev = -1;
    for (int i = 0; i < n; i++) {
        if (c->conv_idx[i] != sel) continue;
        bool grouped = prev >= 0 && strcmp(ms[prev].from, ms[i].from) == 0 && ms[i].t - ms[prev].t < GROUP_SECONDS;
        total += (grouped ? 4 : 14 + d->fonts->ui_h + 2) + text_height(c, d, ms, n, i, text_w);
        prev = i;
    }
    total += 16;
    ui_scroll_extent(&c->scroll, total, body.h);
    int y = body.y - c->scroll.offset + (total < body.h ? body.h - total : 0);

    /* Pass 2: draw what intersects the pane. */
    UiClip clip = ui_clip_push(d, body);
    y += 20;
    render_intro(d, cv, body.x + 24, y, body.w - 48);
    y += INTRO_H;
    prev = -1;
    for (int i = 0; i < n; i++) {
        if (c->conv_idx[i] != sel) continue;
        const RunMessage *m = &ms[i];
        bool grouped = prev >= 0 && strcmp(ms[prev].from, m->from) == 0 && m->t - ms[prev].t < GROUP_SECONDS;
        int th = text_height(c, d, ms, n, i, text_w);
        int head = grouped ? 4 : 14 + d->fonts->ui_h + 2;
        prev = i;
        if (y + head + th < body.y || y > body.y + body.h) {
            y += head + th;
            continue;
        }
        if (!grouped) {
            const char *name = display_name(c, m->from);
            ui_avatar(d, body.x + 24, y + 14, AVATAR, is_learner(m->from) ? run_learner(c->run) : name, m->from);
            int nw = ui_text_fit(d, d->fonts->ui_bold, text_x, y + 12, text_w - 60, UI_TEXT, name);
            char clock[16];
            format_clock(clock, m->t);
            ui_text(d, d->fonts->small, text_x + nw + 8, y + 12 + d->fonts->ui_h - d->fonts->small_h - 1,
                    UI_TEXT_DIM, clock);
        }
        ui_markdown(d, text_x, y + head, text_w, UI_TEXT, m->text, true);
        y += head + th;
    }
    ui_scroll_bar(d, &c->scroll, body);
    ui_clip_pop(d, clip);
}

static int input_extra_h(const Chat *c) { return (ui_textfield_visible_lines(&c->input) - 1) * c->line_h; }

static void render_input(Chat *c, UiDraw *d, const Conv *cv, SDL_Rect box)
{
    bool ended = run_is_finished(c->run);
    c->font = d->fonts->ui;
    c->line_h = d->fonts->ui_h;
    c->input_box = box;
    ui_fill_round_bordered(d, box, 8, ended ? UI_BG : UI_PANEL, c->input.len ? UI_ACCENT : UI_BORDER);
    int pad = (INPUT_H - d->fonts->ui_h) / 2;
    SDL_Rect inner = {box.x + 14, box.y + pad, box.w - 28, box.h - 2 * pad};
    c->input_inner = inner;
    if (c->input.len == 0) {
        char *ph = ended ? xstrdup("The run has ended")
                         : xasprintf("Message %s", cv->channel ? cv->channel : cv->cast->name);
        ui_text_fit(d, d->fonts->ui, inner.x, inner.y, inner.w, UI_TEXT_DIM, ph);
        free(ph);
        if (!ended && c->focused) ui_fill(d, (SDL_Rect){inner.x - 1, inner.y + 1, 2, d->fonts->ui_h - 2}, UI_ACCENT);
        c->input.caret_px = 0;
        return;
    }
    ui_textfield_draw(&c->input, d, d->fonts->ui, d->fonts->ui_h, inner, UI_TEXT, c->focused);
}

static bool at_limit(const Chat *c) { return c->input.clipped || c->input.len >= c->input.cap; }

static void render_status(Chat *c, UiDraw *d, const Conv *cv, SDL_Rect r)
{
    if (c->error) {
        ui_error_line(d, r, c->error);
    } else if (at_limit(c)) {
        ui_fill_round(d, r, 6, UI_TINT_WARN);
        ui_fill(d, (SDL_Rect){r.x, r.y + 3, 3, r.h - 6}, UI_WARN);
        char line[96];
        SDL_snprintf(line, sizeof line, "Message limit reached (%d bytes): send it in parts", INPUT_MAX);
        ui_text_fit(d, d->fonts->ui, r.x + 12, r.y + (r.h - d->fonts->ui_h) / 2, r.w - 20, UI_TEXT, line);
    } else if (cv->typing_since && cv->typing_who) {
        char *line = xasprintf("%s is typing\xe2\x80\xa6", cv->typing_who);
        ui_text_fit(d, d->fonts->small, r.x + 2, r.y + r.h - d->fonts->small_h - 2, r.w, UI_TEXT_DIM, line);
        free(line);
    }
}

static void chat_render(void *self, UiDraw *d, SDL_Rect area)
{
    Chat *c = self;
    sync(c);
    c->line_h = d->fonts->ui_h;
    ChatLayout L = chat_layout(area, input_extra_h(c));
    render_list(c, d, &L, area);
    SDL_Rect right = {L.header.x, area.y, L.header.w, area.h};
    ui_fill(d, right, UI_PANEL);
    if (c->selected < 0) {
        ui_text(d, d->fonts->ui, right.x + 24, right.y + 24, UI_TEXT_DIM, "No conversations in this scenario.");
        return;
    }
    const Conv *cv = &c->convs[c->selected];
    render_header(c, d, cv, L.header);
    render_messages(c, d, cv, L.body);
    render_status(c, d, cv, L.status);
    render_input(c, d, cv, L.input);
}

/* ---- input ------------------------------------------------------------------------------- */

static void set_error(Chat *c, const char *text)
{
    free(c->error);
    c->error = xstrdup(text);
}

/* Who will probably answer: the DM's colleague, or the first @mentioned one in a channel. */
static const char *expected_replier(const Chat *c, const Conv *cv)
{
    if (cv->cast) return cv->cast->name;
    const Scenario *sc = run_scenario(c->run);
    for (int i = 0; i < sc->n_cast; i++) {
        char *at = xasprintf("@%s", sc->cast[i].id);
        bool hit = strstr(c->input.text, at) != NULL;
        free(at);
        if (hit) return sc->cast[i].name;
    }
    return NULL;
}

/* Sends the box's text without the blank lines and spaces around it (all blank: nothing). */
static void send_input(Chat *c)
{
    const char *t = c->input.text;
    size_t a = strspn(t, " \n"), b = c->input.len;
    while (b > a && (t[b - 1] == ' ' || t[b - 1] == '\n')) b--;
    if (c->selected < 0 || a == b) return;
    Conv *cv = &c->convs[c->selected];
    const char *replier = expected_replier(c, cv);
    char *text = xstrndup(t + a, b - a), *err = NULL;
    bool ok = cv->channel ? run_learner_post(c->run, cv->channel, text, &err)
                          : run_learner_say(c->run, cv->cast->id, text, &err);
    free(text);
    if (!ok) {
        set_error(c, err ? err : "the message was not sent");
        free(err);
        return;
    }
    free(c->error);
    c->error = NULL;
    ui_textfield_clear(&c->input);
    /* Typing shows until a colleague's message arrives here (sync clears it). */
    cv->typing_who = replier;
    cv->typing_since = replier ? (SDL_GetTicks() ? SDL_GetTicks() : 1) : 0;
    ui_scroll_to_end(&c->scroll);
    sync(c);
}

static void select_conv(Chat *c, int i)
{
    if (i != c->selected) {
        free(c->error);
        c->error = NULL;
    }
    c->selected = i;
    c->chosen = true;
    ui_scroll_to_end(&c->scroll);
    sync(c);
}

SDL_Rect ui_chat_input_rect(const UiView *chat, SDL_Rect area)
{
    const Chat *c = chat->self;
    return chat_layout(area, input_extra_h(c)).input;
}

bool ui_chat_open_dm(UiView *chat, const char *cast_id)
{
    Chat *c = chat->self;
    const Scenario *sc = run_scenario(c->run);
    for (int i = 0; i < sc->n_cast; i++) {
        if (strcmp(sc->cast[i].id, cast_id) != 0) continue;
        select_conv(c, sc->n_channels + i);
        return true;
    }
    return false;
}

/* Up in an empty box: the learner's last message in this conversation, to edit and resend. */
static bool recall_last(Chat *c)
{
    int n = 0;
    const RunMessage *ms = run_messages(c->run, &n);
    for (int i = c->scanned - 1; i >= 0 && c->selected >= 0; i--) {
        if (c->conv_idx[i] != c->selected || !is_learner(ms[i].from)) continue;
        ui_textfield_set(&c->input, ms[i].text);
        return true;
    }
    return false;
}

static bool chat_key(Chat *c, const SDL_KeyboardEvent *k, SDL_Rect area)
{
    SDL_Keycode sym = k->keysym.sym;
    if ((sym == SDLK_UP || sym == SDLK_DOWN) && (k->keysym.mod & KMOD_ALT)) {   /* Alt+Up/Down: the conversation */
        int next = c->selected + (sym == SDLK_UP ? -1 : 1);
        if (next >= 0 && next < c->n_convs) select_conv(c, next);
        return true;
    }
    if (sym == SDLK_UP && c->input.len == 0 && !(k->keysym.mod & (KMOD_CTRL | KMOD_SHIFT | KMOD_ALT)))
        return recall_last(c);
    if ((sym == SDLK_UP || sym == SDLK_DOWN) && !c->font) return false;   /* not drawn yet: nothing to measure */
    if (ui_textfield_key(&c->input, k, c->font)) return true;
    SDL_Rect body = chat_layout(area, input_extra_h(c)).body;
    switch (sym) {
    case SDLK_RETURN:
    case SDLK_KP_ENTER: send_input(c); return true;
    case SDLK_PAGEUP: ui_scroll_by(&c->scroll, -(body.h - 40)); return true;
    case SDLK_PAGEDOWN: ui_scroll_by(&c->scroll, body.h - 40); return true;
    default: return false;
    }
}

static bool chat_event(void *self, const SDL_Event *ev, SDL_Rect area)
{
    Chat *c = self;
    sync(c);
    switch (ev->type) {
    case SDL_TEXTINPUT: ui_textfield_insert(&c->input, ev->text.text); return true;
    case SDL_KEYDOWN: return chat_key(c, &ev->key, area);
    case SDL_MOUSEWHEEL: return ui_scroll_wheel(&c->scroll, ev, chat_layout(area, input_extra_h(c)).body);
    case SDL_MOUSEBUTTONDOWN:
        if (ev->button.button != SDL_BUTTON_LEFT || !ui_hit(area, ev->button.x, ev->button.y)) return false;
        if (c->font && c->input.len && ui_hit(c->input_box, ev->button.x, ev->button.y)) {
            ui_textfield_click(&c->input, c->font, c->line_h, c->input_inner, ev->button.x, ev->button.y);
            return true;
        }
        for (int i = 0; i < c->n_convs; i++)
            if (ui_hit(ui_chat_row_rect(run_scenario(c->run), area, i), ev->button.x, ev->button.y)) select_conv(c, i);
        return true;
    default: return false;
    }
}

static int chat_badge(void *self)
{
    Chat *c = self;
    sync(c);
    int unread = 0;
    for (int i = 0; i < c->n_convs; i++) unread += c->convs[i].total - c->convs[i].seen;
    return unread;
}

static void chat_focus(void *self, bool focused)
{
    Chat *c = self;
    sync(c);   /* the automatic choice first, so what the learner sees stays put */
    c->focused = focused;
    if (focused) c->chosen = true;
    sync(c);
}

static void chat_free(void *self)
{
    Chat *c = self;
    if (!c) return;
    free(c->convs);
    free(c->heights);
    free(c->conv_idx);
    free(c->error);
    ui_textfield_free(&c->input);
    free(c);
}

UiView ui_chat_view_new(Run *run)
{
    Chat *c = xcalloc(1, sizeof *c);
    c->run = run;
    const Scenario *sc = run_scenario(run);
    c->n_convs = sc->n_channels + sc->n_cast;
    c->convs = xcalloc((size_t)c->n_convs + 1, sizeof *c->convs);
    for (int i = 0; i < sc->n_channels; i++) c->convs[i].channel = sc->channels[i];
    for (int i = 0; i < sc->n_cast; i++) c->convs[sc->n_channels + i].cast = &sc->cast[i];
    c->scroll.stick_bottom = true;
    ui_textfield_init(&c->input, INPUT_MAX, true, INPUT_LINES);
    c->line_h = 18;   /* until the first frame tells */
    sync(c);
    return (UiView){.title = "Chat", .self = c, .render = chat_render, .handle_event = chat_event,
                    .badge = chat_badge, .focus = chat_focus, .free = chat_free};
}
