/* ui_desktop.c: lays out the simulated desktop (top bar, taskbar, the selected app), routes
 * SDL events to the app under the pointer or with the keyboard focus, keeps the badges and
 * switches to the Results app once the run has ended. The apps themselves live in
 * ui_chat.c, ui_tickets.c, ui_terminal_view.c, ui_review.c and ui_score.c. */
#include "ui/ui_desktop.h"

#include "core/events.h"
#include "ui/ui_chat.h"
#include "ui/ui_hidpi.h"
#include "ui/ui_redraw.h"
#include "ui/ui_review.h"
#include "ui/ui_score.h"
#include "ui/ui_screen_bar.h"
#include "ui/ui_terminal_view.h"
#include "ui/ui_tickets.h"
#include "base/util.h"

#include <cjson/cJSON.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

enum { SIDE_W = 212, APP_ROW_H = 40, FINISH_CONFIRM_MS = 4000, TOAST_MS = 6000, TOAST_W = 360,
       WARN_SECONDS = 300 /* the clock shows seconds, in amber, from this many left */ };

/* DejaVu Sans Bold has these glyphs: hash, trigram (a list), prompt, arrows, star. */
static const char *const APP_ICONS[UI_APP_COUNT] = {"#", "\u2630", ">_", "\u21c4", "\u2605"};

struct UiDesktop {
    Run *run;
    const UiFonts *fonts;
    UiView views[UI_APP_COUNT];
    bool has_view[UI_APP_COUNT];
    UiApp current;
    bool results_shown;            /* switched to Results once, when the run ended */
    uint32_t finish_armed_at;      /* SDL ticks of the first Finish click; 0 = not armed */
    int mouse_x, mouse_y;
    SDL_Rect app_buttons[UI_APP_COUNT], finish_button, main_area, toast_rect;
    SDL_Rect retry_button, home_button;   /* once the run has ended */
    UiDesktopAction action;
    bool has_next;                 /* Results offers Next in track (Ctrl+N) */
    SDL_Rect *people;              /* one row per cast member in the sidebar (click: DM) */
    bool dragging;                 /* a button went down in the app: it gets the drag until release */
    /* The latest colleague message, shown in a corner while Chat is not on screen. */
    char *toast_from, *toast_text;
    uint32_t toast_at;
};

static const char *cast_name(const Scenario *sc, const char *id)
{
    for (int i = 0; i < sc->n_cast; i++)
        if (strcmp(sc->cast[i].id, id) == 0) return sc->cast[i].name;
    return id;
}

/* A colleague's message becomes the toast: "Priya Shah in #team" and its first line. */
static void note_message(UiDesktop *desk, const char *data_json)
{
    EvMessage m;
    cJSON *doc = NULL;
    if (!ev_message_parse(data_json, &m, &doc, NULL)) return;
    const char *from = m.from, *text = m.text, *channel = m.channel;
    if (strcmp(from, "learner") != 0) {
        free(desk->toast_from);
        free(desk->toast_text);
        const char *name = cast_name(run_scenario(desk->run), from);
        desk->toast_from = channel ? xasprintf("%s in %s", name, channel) : xstrdup(name);
        desk->toast_text = xstrndup(text, strcspn(text, "\n"));
        desk->toast_at = SDL_GetTicks();
        if (!desk->toast_at) desk->toast_at = 1;
    }
    cJSON_Delete(doc);
}

/* Every run event redraws; messages also raise a toast. */
static void on_run_event(void *ud, Run *run, const char *kind, const char *data_json)
{
    (void)run;
    UiDesktop *desk = ud;
    ui_redraw_request();
    if (event_kind_from_name(kind) == EV_MESSAGE) note_message(desk, data_json);
}

UiDesktop *ui_desktop_new(Run *run, const UiFonts *fonts)
{
    UiDesktop *desk = xcalloc(1, sizeof *desk);
    desk->run = run;
    desk->fonts = fonts;
    desk->views[UI_APP_CHAT] = ui_chat_view_new(run);
    desk->views[UI_APP_TICKETS] = ui_tickets_view_new(run);
    desk->views[UI_APP_TERMINAL] = ui_terminal_view_new(run, fonts);
    desk->views[UI_APP_REVIEW] = ui_review_view_new(run);
    for (int i = 0; i < UI_APP_RESULTS; i++) desk->has_view[i] = true;
    run_set_listener(run, on_run_event, desk);
    desk->current = UI_APP_TICKETS;   /* the learner starts by reading the ticket */
    if (desk->views[desk->current].focus) desk->views[desk->current].focus(desk->views[desk->current].self, true);
    return desk;
}

void ui_desktop_free(UiDesktop *desk)
{
    if (!desk) return;
    run_set_listener(desk->run, NULL, NULL);
    free(desk->toast_from);
    free(desk->toast_text);
    free(desk->people);
    for (int i = 0; i < UI_APP_COUNT; i++)
        if (desk->has_view[i] && desk->views[i].free) desk->views[i].free(desk->views[i].self);
    free(desk);
}

UiApp ui_desktop_app(const UiDesktop *desk) { return desk->current; }

UiDesktopAction ui_desktop_take_action(UiDesktop *desk)
{
    static const UiDesktopAction FROM_RESULTS[UI_SCORE_ACTIONS] = {
        [UI_SCORE_NEXT] = UI_DESKTOP_NEXT, [UI_SCORE_RETRY] = UI_DESKTOP_RETRY, [UI_SCORE_HOME] = UI_DESKTOP_HOME};
    UiDesktopAction a = desk->action;
    if (a == UI_DESKTOP_NONE && desk->has_view[UI_APP_RESULTS])
        a = FROM_RESULTS[ui_score_take_action(desk->views[UI_APP_RESULTS].self)];
    desk->action = UI_DESKTOP_NONE;
    return a;
}

SDL_Rect ui_desktop_after_button(const UiDesktop *desk, UiDesktopAction which)
{
    return which == UI_DESKTOP_RETRY ? desk->retry_button : which == UI_DESKTOP_HOME ? desk->home_button : (SDL_Rect){0};
}
SDL_Rect ui_desktop_app_button(const UiDesktop *desk, UiApp app) { return desk->app_buttons[app]; }
SDL_Rect ui_desktop_finish_button(const UiDesktop *desk) { return desk->finish_button; }
SDL_Rect ui_desktop_main_area(const UiDesktop *desk) { return desk->main_area; }
SDL_Rect ui_desktop_toast(const UiDesktop *desk) { return desk->toast_rect; }

const UiView *ui_desktop_view(const UiDesktop *desk, UiApp app)
{
    return app < UI_APP_COUNT && desk->has_view[app] ? &desk->views[app] : NULL;
}

SDL_Rect ui_desktop_person(const UiDesktop *desk, int cast_index)
{
    const Scenario *sc = run_scenario(desk->run);
    if (!desk->people || cast_index < 0 || cast_index >= sc->n_cast) return (SDL_Rect){0, 0, 0, 0};
    return desk->people[cast_index];
}

static void ensure_results(UiDesktop *desk)
{
    if (desk->has_view[UI_APP_RESULTS] || !run_is_finished(desk->run)) return;
    desk->views[UI_APP_RESULTS] = ui_score_view_new(desk->run);
    desk->has_view[UI_APP_RESULTS] = true;
}

void ui_desktop_set_next(UiDesktop *desk, const char *title)
{
    ensure_results(desk);
    desk->has_next = title && desk->has_view[UI_APP_RESULTS];
    if (desk->has_view[UI_APP_RESULTS]) ui_score_set_next(desk->views[UI_APP_RESULTS].self, title);
}

void ui_desktop_show(UiDesktop *desk, UiApp app)
{
    if (app >= UI_APP_COUNT) return;
    ensure_results(desk);
    if (!desk->has_view[app] || app == desk->current) return;
    UiView *old = &desk->views[desk->current], *neu = &desk->views[app];
    desk->dragging = false;
    if (old->focus) old->focus(old->self, false);
    desk->current = app;
    if (neu->focus) neu->focus(neu->self, true);
}

int ui_desktop_badge(UiDesktop *desk, UiApp app)
{
    if (app >= UI_APP_COUNT || !desk->has_view[app] || !desk->views[app].badge) return 0;
    return desk->views[app].badge(desk->views[app].self);
}

/* ---- drawing ---------------------------------------------------------------------------- */

/* "M:SS" of seconds (cut to whole seconds). */
static void format_clock(char *out, size_t n, double seconds)
{
    if (seconds < 0) seconds = 0;
    int s = (int)seconds;
    snprintf(out, n, "%d:%02d", s / 60, s % 60);
}

/* Milliseconds until a clock showing `shown` (seconds, cut to steps of `step`) shows another
 * value while it counts down (or up), rounded up so the frame lands after the change. */
static uint32_t ms_until_step(double shown, double step, bool down)
{
    double into = fmod(shown, step);
    double left = down ? (into > 0 ? into : step) : step - into;
    return (uint32_t)ceil(left * 1000) + 1;
}

/* The top bar's clock: whole minutes ("31 min left of 45"), seconds only in the last five
 * minutes, so the desktop redraws for it once a minute (ui_redraw.h) and every second only
 * then. Its colour turns amber for those five minutes. */
static void format_run_clock(const UiDesktop *desk, char *out, size_t n, SDL_Color *colour)
{
    const Scenario *sc = run_scenario(desk->run);
    double elapsed = run_elapsed(desk->run);
    if (run_is_finished(desk->run)) {
        snprintf(out, n, "run ended");
        *colour = UI_BAR_DIM;
        return;
    }
    if (sc->time_limit <= 0) {
        snprintf(out, n, "%d min elapsed", (int)(elapsed / 60));
        ui_redraw_in(ms_until_step(elapsed, 60, false));
        return;
    }
    double left = sc->time_limit - elapsed, limit_min = ceil(sc->time_limit / 60.0);
    if (left < WARN_SECONDS) {
        char shown[16];
        format_clock(shown, sizeof shown, left);
        snprintf(out, n, "%s left of %.0f min", shown, limit_min);
        *colour = (SDL_Color){0xfb, 0xbf, 0x24, 0xff};
        if (left > 0) ui_redraw_in(ms_until_step(left, 1, true));
        return;
    }
    snprintf(out, n, "%.0f min left of %.0f", ceil(left / 60), limit_min);
    uint32_t next = ms_until_step(left, 60, true), to_warning = (uint32_t)ceil((left - WARN_SECONDS) * 1000) + 1;
    ui_redraw_in(next < to_warning ? next : to_warning);
}

/* Finish run while the run goes on; Try again and Home once it has ended. Returns the left
 * edge of what it drew. */
static int draw_run_buttons(UiDesktop *desk, UiDraw *d, int width)
{
    const UiFonts *f = desk->fonts;
    desk->finish_button = desk->retry_button = desk->home_button = (SDL_Rect){0, 0, 0, 0};
    if (run_is_finished(desk->run)) {
        const char *home = "Home  ^H", *retry = "Try again  ^R";
        desk->home_button = ui_screen_bar_button_rect(f, width - ui_scaled(f, 12), ui_text_width(f->ui, home));
        desk->retry_button = ui_screen_bar_button_rect(f, desk->home_button.x - ui_scaled(f, 8), ui_text_width(f->ui, retry));
        ui_button(d, desk->home_button, home, true, true);
        ui_button(d, desk->retry_button, retry, false, true);
        return desk->retry_button.x;
    }
    uint32_t armed_for = desk->finish_armed_at ? SDL_GetTicks() - desk->finish_armed_at : FINISH_CONFIRM_MS;
    bool armed = armed_for < FINISH_CONFIRM_MS;
    if (armed) ui_redraw_in(FINISH_CONFIRM_MS - armed_for);   /* the label goes back then */
    const char *label = armed ? "Again to finish (^Q)" : "Finish run  ^Q";
    desk->finish_button = ui_screen_bar_button_rect(f, width - ui_scaled(f, 12), ui_text_width(f->ui, label));
    ui_button(d, desk->finish_button, label, true, true);
    return desk->finish_button.x;
}

static void draw_top_bar(UiDesktop *desk, UiDraw *d, int width)
{
    const UiFonts *f = desk->fonts;
    const Scenario *sc = run_scenario(desk->run);
    int bar_h = ui_screen_bar_title(d, width, sc->title, UI_BAR_TEXT);

    /* Right: clock, learner, Finish. */
    char clock[64];
    SDL_Color clock_c = UI_BAR_TEXT;
    format_run_clock(desk, clock, sizeof clock, &clock_c);
    int left_edge = draw_run_buttons(desk, d, width);
    char who[128];
    snprintf(who, sizeof who, "%s", run_learner(desk->run));
    int ww = ui_text_width(f->small, who);
    int rx = left_edge - ui_scaled(f, 16) - ww;
    ui_text(d, f->small, rx, (bar_h - f->small_h) / 2, UI_BAR_DIM, who);
    int cw = ui_text_width(f->ui, clock);
    ui_text(d, f->ui, rx - ui_scaled(f, 24) - cw, (bar_h - f->ui_h) / 2, clock_c, clock);
}

static void draw_badge(UiDraw *d, const UiFonts *f, int right, int cy, int count)
{
    char n[16];
    snprintf(n, sizeof n, "%d", count > 99 ? 99 : count);
    int h = ui_scaled(f, 20), w = ui_text_width(f->small, n) + ui_scaled(f, 12);
    if (w < h) w = h;
    SDL_Rect b = {right - w, cy - h / 2, w, h};
    ui_fill(d, b, UI_FAIL);
    ui_text(d, f->small, b.x + (w - ui_text_width(f->small, n)) / 2, cy - f->small_h / 2, UI_ACCENT_TEXT, n);
}

static void draw_sidebar(UiDesktop *desk, UiDraw *d, int height)
{
    const UiFonts *f = desk->fonts;
    SDL_Color light = UI_BAR_TEXT, dim = UI_BAR_DIM;
    int top = ui_screen_bar_height(f), side_w = ui_scaled(f, SIDE_W), row_h = ui_scaled(f, APP_ROW_H);
    int inset = ui_scaled(f, 8), edge = ui_scaled(f, 16);
    ui_fill(d, (SDL_Rect){0, top, side_w, height - top}, UI_SIDEBAR);
    int y = top + ui_scaled(f, 14);
    ui_text(d, f->small, edge, y, dim, "APPS");
    y += f->small_h + 6;
    for (int i = 0; i < UI_APP_COUNT; i++) {
        desk->app_buttons[i] = (SDL_Rect){0, 0, 0, 0};
        if (!desk->has_view[i]) continue;
        SDL_Rect row = {inset, y, side_w - 2 * inset, row_h};
        desk->app_buttons[i] = row;
        bool sel = (int)desk->current == i;
        if (sel) ui_fill(d, row, UI_ACCENT);
        else if (ui_hit(row, desk->mouse_x, desk->mouse_y)) ui_fill(d, row, (SDL_Color){0x37, 0x3d, 0x4a, 0xff});
        SDL_Color fg = sel ? UI_ACCENT_TEXT : light;
        ui_text(d, f->ui_bold, row.x + ui_scaled(f, 12), row.y + (row_h - f->ui_h) / 2, sel ? fg : dim, APP_ICONS[i]);
        char label[64];
        snprintf(label, sizeof label, "%s", desk->views[i].title);
        ui_text(d, f->ui, row.x + ui_scaled(f, 44), row.y + (row_h - f->ui_h) / 2, fg, label);
        char key[8];
        snprintf(key, sizeof key, "^%d", i + 1);
        int badge = ui_desktop_badge(desk, (UiApp)i);
        if (badge > 0) draw_badge(d, f, row.x + row.w - inset, row.y + row_h / 2, badge);
        else ui_text(d, f->small, row.x + row.w - inset - ui_text_width(f->small, key), row.y + (row_h - f->small_h) / 2,
                     sel ? fg : (SDL_Color){0x6b, 0x72, 0x80, 0xff}, key);
        y += row_h + 4;
    }
    y += 18;
    const Scenario *sc = run_scenario(desk->run);
    ui_text(d, f->small, edge, y, dim, "PEOPLE");
    y += f->small_h + 8;
    if (!desk->people) desk->people = xcalloc((size_t)sc->n_cast + 1, sizeof *desk->people);
    for (int i = 0; i < sc->n_cast; i++) desk->people[i] = (SDL_Rect){0, 0, 0, 0};
    for (int i = 0; i < sc->n_cast && y + 2 * f->ui_h < height; i++) {
        SDL_Rect row = {inset, y - 4, side_w - 2 * inset, f->ui_h + f->small_h + 8};
        desk->people[i] = row;
        if (ui_hit(row, desk->mouse_x, desk->mouse_y)) ui_fill(d, row, (SDL_Color){0x37, 0x3d, 0x4a, 0xff});
        int dot = ui_scaled(f, 8), text_x = ui_scaled(f, 36);
        ui_fill(d, (SDL_Rect){ui_scaled(f, 18), y + f->ui_h / 2 - dot / 2, dot, dot}, UI_OK);
        ui_text(d, f->ui, text_x, y, light, sc->cast[i].name);
        y += f->ui_h;
        ui_text(d, f->small, text_x, y, dim, sc->cast[i].role);
        y += f->small_h + 10;
    }
}

bool ui_desktop_toast_visible(const UiDesktop *desk)
{
    return desk->toast_at && desk->current != UI_APP_CHAT && SDL_GetTicks() - desk->toast_at < TOAST_MS;
}

/* Bottom right, over the app: who wrote and the first line, cut to fit; a click opens Chat. */
static void draw_toast(UiDesktop *desk, UiDraw *d, int width, int height)
{
    desk->toast_rect = (SDL_Rect){0, 0, 0, 0};
    if (!ui_desktop_toast_visible(desk)) return;
    ui_redraw_in(TOAST_MS - (SDL_GetTicks() - desk->toast_at));   /* it goes then */
    const UiFonts *f = desk->fonts;
    int pad = 14, w = TOAST_W, text_w = w - 2 * pad;
    int body_h = ui_text_height(f->ui, text_w, desk->toast_text);
    if (body_h > 3 * f->ui_h) body_h = 3 * f->ui_h;
    SDL_Rect box = {width - w - 20, height - (body_h + f->ui_h + 2 * pad + 6) - 20, w, body_h + f->ui_h + 2 * pad + 6};
    desk->toast_rect = box;
    ui_fill(d, (SDL_Rect){box.x + 2, box.y + 3, box.w, box.h}, (SDL_Color){0, 0, 0, 0x30});
    ui_fill(d, box, UI_PANEL);
    ui_frame(d, box, UI_BORDER);
    ui_fill(d, (SDL_Rect){box.x, box.y, 4, box.h}, UI_ACCENT);
    ui_text(d, f->ui_bold, box.x + pad, box.y + pad, UI_TEXT, desk->toast_from);
    ui_text_wrapped(d, f->ui, box.x + pad, box.y + pad + f->ui_h + 6, text_w, box.y + box.h - pad + 2, UI_TEXT_DIM,
                    desk->toast_text);
}

void ui_desktop_render(UiDesktop *desk, SDL_Renderer *r, int width, int height)
{
    if (run_is_finished(desk->run) && !desk->results_shown) {
        desk->results_shown = true;
        ui_desktop_show(desk, UI_APP_RESULTS);
    }
    UiDraw d = {r, desk->fonts, desk->mouse_x, desk->mouse_y};
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
    ui_fill(&d, (SDL_Rect){0, 0, width, height}, UI_BG);
    draw_top_bar(desk, &d, width);
    draw_sidebar(desk, &d, height);
    int top = ui_screen_bar_height(desk->fonts), side_w = ui_scaled(desk->fonts, SIDE_W);
    desk->main_area = (SDL_Rect){side_w, top, width - side_w, height - top};
    UiView *v = &desk->views[desk->current];
    SDL_RenderSetClipRect(r, &desk->main_area);
    v->render(v->self, &d, desk->main_area);
    SDL_RenderSetClipRect(r, NULL);
    draw_toast(desk, &d, width, height);
}

/* ---- events ----------------------------------------------------------------------------- */

/* Finish needs a second press within FINISH_CONFIRM_MS (click or Ctrl+Q). */
static void press_finish(UiDesktop *desk)
{
    uint32_t now = SDL_GetTicks();
    if (desk->finish_armed_at && now - desk->finish_armed_at < FINISH_CONFIRM_MS) {
        desk->finish_armed_at = 0;
        run_finish(desk->run, "the learner finished the run");
    } else {
        desk->finish_armed_at = now ? now : 1;
    }
}

/* The desktop's own shortcuts: Ctrl+digit switches apps, Ctrl+Q finishes (twice), and once
 * the run has ended Ctrl+R tries again and Ctrl+H goes home. */
static bool chrome_key(UiDesktop *desk, const SDL_KeyboardEvent *key)
{
    SDL_Keycode k = key->keysym.sym;
    if (!(key->keysym.mod & KMOD_CTRL)) return false;
    if (k >= SDLK_1 && k < SDLK_1 + UI_APP_COUNT) {
        ui_desktop_show(desk, (UiApp)(k - SDLK_1));
        return true;
    }
    bool ended = run_is_finished(desk->run);
    if (k == SDLK_q && !ended) press_finish(desk);
    else if (k == SDLK_r && ended) desk->action = UI_DESKTOP_RETRY;
    else if (k == SDLK_h && ended) desk->action = UI_DESKTOP_HOME;
    else if (k == SDLK_n && ended && desk->has_next) desk->action = UI_DESKTOP_NEXT;
    else return false;
    return true;
}

static bool click_chrome(UiDesktop *desk, int x, int y)
{
    if (ui_desktop_toast_visible(desk) && ui_hit(desk->toast_rect, x, y)) {
        desk->toast_at = 0;
        ui_desktop_show(desk, UI_APP_CHAT);
        return true;
    }
    for (int i = 0; i < UI_APP_COUNT; i++) {
        if (desk->has_view[i] && ui_hit(desk->app_buttons[i], x, y)) {
            ui_desktop_show(desk, (UiApp)i);
            return true;
        }
    }
    const Scenario *sc = run_scenario(desk->run);
    for (int i = 0; desk->people && i < sc->n_cast; i++) {
        if (!ui_hit(desk->people[i], x, y)) continue;
        ui_desktop_show(desk, UI_APP_CHAT);
        ui_chat_open_dm(&desk->views[UI_APP_CHAT], sc->cast[i].id);
        return true;
    }
    if (ui_hit(desk->finish_button, x, y) && !run_is_finished(desk->run)) {
        press_finish(desk);
        return true;
    }
    if (run_is_finished(desk->run) && ui_hit(desk->retry_button, x, y)) desk->action = UI_DESKTOP_RETRY;
    else if (run_is_finished(desk->run) && ui_hit(desk->home_button, x, y)) desk->action = UI_DESKTOP_HOME;
    else return false;
    return true;
}

bool ui_desktop_handle_event(UiDesktop *desk, const SDL_Event *ev)
{
    ensure_results(desk);
    UiView *v = &desk->views[desk->current];
    switch (ev->type) {
    case SDL_MOUSEMOTION:
        desk->mouse_x = ev->motion.x;
        desk->mouse_y = ev->motion.y;
        if (desk->dragging || ui_hit(desk->main_area, ev->motion.x, ev->motion.y))
            v->handle_event(v->self, ev, desk->main_area);
        return true;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
        desk->mouse_x = ev->button.x;
        desk->mouse_y = ev->button.y;
        if (ev->type == SDL_MOUSEBUTTONDOWN && ui_desktop_toast_visible(desk) && ui_hit(desk->toast_rect, ev->button.x, ev->button.y))
            return click_chrome(desk, ev->button.x, ev->button.y);
        if (ev->type == SDL_MOUSEBUTTONUP && desk->dragging) {   /* released anywhere: the app ends its drag */
            desk->dragging = false;
            return v->handle_event(v->self, ev, desk->main_area);
        }
        if (ui_hit(desk->main_area, ev->button.x, ev->button.y)) {
            desk->dragging = ev->type == SDL_MOUSEBUTTONDOWN;
            return v->handle_event(v->self, ev, desk->main_area);
        }
        return ev->type == SDL_MOUSEBUTTONDOWN && ev->button.button == SDL_BUTTON_LEFT &&
               click_chrome(desk, ev->button.x, ev->button.y);
    case SDL_MOUSEWHEEL:
        if (ui_hit(desk->main_area, desk->mouse_x, desk->mouse_y)) return v->handle_event(v->self, ev, desk->main_area);
        return false;
    case SDL_KEYDOWN:
        if (chrome_key(desk, &ev->key)) return true;
        return v->handle_event(v->self, ev, desk->main_area);
    case SDL_TEXTINPUT:
        /* Ctrl+digit also arrives as text on some platforms: the switch above used it. */
        if ((SDL_GetModState() & KMOD_CTRL) && strchr("12345qrhnQRHN", ev->text.text[0]) && !ev->text.text[1])
            return false;
        return v->handle_event(v->self, ev, desk->main_area);
    default:
        return v->handle_event(v->self, ev, desk->main_area);
    }
}
