/* ui_shell.c: switches the window between the home and a run's desktop (ui_shell.h),
 * refreshing the home's cards and the learner's interrupted run from the store when the
 * learner comes back or switches. */
#include "ui/ui_shell.h"

#include "core/run_resume.h"

#include "ui/ui_fonts.h"
#include "ui/ui_help.h"
#include "ui/ui_hidpi.h"
#include "ui/ui_settings.h"
#include "ui/ui_text_cache.h"
#include "base/util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct UiShell {
    UiFonts *fonts;
    UiFonts retired;           /* the fonts before a resize, closed at the next frame (views
                                  may hold them until they draw again) */
    bool help;                 /* the keyboard help is shown */
    UiShellOptions opts;
    char *learner;
    UiHome *home;
    UiDesktop *desk;           /* NULL on the home */
    UiHistory *history;        /* the learner's past runs, over the home; NULL when closed */
    UiReplay *replay;          /* a run watched again, over the history or the home; NULL when closed */
    uint32_t replay_ticks;     /* SDL ticks of the replay's last frame (0: none yet) */
    Run *run;
    char *scenario;            /* of the run on screen, for Try again */
    char *error;
    RunInterrupted interrupted;   /* the learner's, offered on the home (id 0: none) */
    bool next_offered;         /* the finished run's Next in track was looked up */
    char *next_scenario;       /* and is this scenario (NULL: none) */
};

typedef struct Learners {
    char **names;
    int n;
} Learners;

static bool note_learner(void *ud, const StoreLearnerRow *row)
{
    Learners *l = ud;
    l->names = xrealloc(l->names, (size_t)(l->n + 1) * sizeof *l->names);
    l->names[l->n++] = xstrdup(row->name);
    return true;
}

/* Looks up the learner's interrupted run and offers it on the home (when runs can resume). */
static void refresh_interrupted(UiShell *shell)
{
    run_interrupted_clear(&shell->interrupted);
    shell->interrupted = (RunInterrupted){0};
    if (!shell->opts.store || !shell->opts.hooks.resume_run ||
        !run_find_interrupted(shell->opts.store, shell->learner, &shell->interrupted)) {
        ui_home_set_resume(shell->home, NULL);
        return;
    }
    const RunInterrupted *r = &shell->interrupted;
    int i = catalog_find(shell->opts.catalog, r->scenario_id);
    double limit = i >= 0 ? shell->opts.catalog->entries[i].time_limit : 0;
    UiHomeResume card = {r->scenario_id, r->scenario_title, r->elapsed, limit > 0 ? fmax(0, limit - r->elapsed) : -1};
    ui_home_set_resume(shell->home, &card);
}

/* Reloads the cards' standing and the picker's learners (the current one always listed). */
static void refresh_home(UiShell *shell)
{
    Learners l = {0};
    if (shell->opts.store) {
        char *err = NULL;
        if (!catalog_load_progress(shell->opts.catalog, shell->opts.store, shell->learner, &err)) {
            fprintf(stderr, "worksim: %s\n", err ? err : "cannot read the learner's runs");
            free(err);
        }
        store_learners_foreach(shell->opts.store, note_learner, &l);
    }
    bool listed = false;
    for (int i = 0; i < l.n; i++) listed = listed || strcmp(l.names[i], shell->learner) == 0;
    if (!listed) {   /* a new learner without runs yet: first */
        l.names = xrealloc(l.names, (size_t)(l.n + 1) * sizeof *l.names);
        memmove(l.names + 1, l.names, (size_t)l.n * sizeof *l.names);
        l.names[0] = xstrdup(shell->learner);
        l.n++;
    }
    ui_home_set_catalog(shell->home, shell->opts.catalog);
    ui_home_set_learners(shell->home, shell->learner, (const char *const *)l.names, l.n);
    for (int i = 0; i < l.n; i++) free(l.names[i]);
    free(l.names);
    refresh_interrupted(shell);
}

UiShell *ui_shell_new(UiFonts *fonts, const UiShellOptions *opts)
{
    UiShell *shell = xcalloc(1, sizeof *shell);
    shell->fonts = fonts;
    shell->opts = *opts;
    shell->learner = xstrdup(opts->learner);
    if (!shell->learner && opts->store) shell->learner = progress_latest_learner(opts->store);
    if (!shell->learner) shell->learner = xstrdup("learner");
    shell->home = ui_home_new(fonts, opts->catalog);
    refresh_home(shell);
    if (opts->highlight) ui_home_select(shell->home, opts->highlight);
    if (opts->replay_run_id > 0 && ui_shell_open_replay(shell, opts->replay_run_id, NULL))
        ui_replay_seek(shell->replay, opts->replay_at);
    return shell;
}

/* Leaves the finished run on screen: the caller's hook reports and frees it. */
static void leave_run(UiShell *shell)
{
    if (!shell->run) return;
    ui_desktop_free(shell->desk);
    shell->desk = NULL;
    shell->opts.hooks.end_run(shell->opts.hooks.ud, shell->run);
    shell->run = NULL;
}

void ui_shell_free(UiShell *shell)
{
    if (!shell) return;
    if (shell->run && run_is_finished(shell->run)) leave_run(shell);
    else if (shell->run) ui_desktop_free(shell->desk);   /* the caller finishes and ends it */
    ui_replay_free(shell->replay);
    ui_history_free(shell->history);
    ui_home_free(shell->home);
    ui_fonts_close(&shell->retired);
    free(shell->learner);
    free(shell->scenario);
    free(shell->next_scenario);
    free(shell->error);
    run_interrupted_clear(&shell->interrupted);
    free(shell);
}

/* Puts run (begun or resumed; NULL: it could not, why says why) on screen. */
static bool show_run(UiShell *shell, Run *run, const char *scenario_id, char *why, char **err)
{
    free(shell->error);
    shell->error = NULL;
    if (!run) {
        shell->error = why ? why : xstrdup("the run could not start");
        if (err) *err = xstrdup(shell->error);
        return false;
    }
    char *id = xstrdup(scenario_id);
    free(shell->scenario);
    shell->scenario = id;
    shell->run = run;
    shell->desk = ui_desktop_new(run, shell->fonts);
    shell->next_offered = false;
    return true;
}

/* Once the run has finished (and is stored): the track step to offer after it, from the
 * learner's progress with this run counted. */
static void offer_next(UiShell *shell)
{
    if (shell->next_offered || !shell->run || !run_is_finished(shell->run)) return;
    shell->next_offered = true;
    free(shell->next_scenario);
    shell->next_scenario = NULL;
    Catalog *cat = shell->opts.catalog;
    if (shell->opts.store && !catalog_load_progress(cat, shell->opts.store, shell->learner, NULL)) return;
    int i = catalog_find(cat, progress_next_in_track(cat->progress, shell->scenario));
    if (i < 0) return;
    shell->next_scenario = xstrdup(cat->entries[i].id);
    ui_desktop_set_next(shell->desk, cat->entries[i].title);
}

bool ui_shell_start(UiShell *shell, const char *scenario_id, char **err)
{
    char *why = NULL;
    Run *run = shell->opts.hooks.start_run(shell->opts.hooks.ud, scenario_id, shell->learner, &why);
    return show_run(shell, run, scenario_id, why, err);
}

bool ui_shell_resume_run(UiShell *shell, int64_t run_id, char **err)
{
    if (!shell->opts.hooks.resume_run) {
        if (err) *err = xstrdup("runs cannot be resumed here");
        return false;
    }
    char *why = NULL;
    Run *run = shell->opts.hooks.resume_run(shell->opts.hooks.ud, run_id, &why);
    bool ok = show_run(shell, run, run ? run_scenario(run)->id : NULL, why, err);
    if (!ok) refresh_interrupted(shell);   /* it may have closed meanwhile */
    return ok;
}

bool ui_shell_resume(UiShell *shell, char **err)
{
    if (!shell->interrupted.id) {
        if (err) *err = xstrdup("no interrupted run to resume");
        return false;
    }
    return ui_shell_resume_run(shell, shell->interrupted.id, err);
}

/* Start over: the interrupted run closes as incomplete, its scenario begins anew. */
static void start_over(UiShell *shell)
{
    char *why = NULL, *scenario = xstrdup(shell->interrupted.scenario_id);
    if (shell->opts.hooks.abandon_run && !shell->opts.hooks.abandon_run(shell->opts.hooks.ud, shell->interrupted.id, &why)) {
        free(shell->error);
        shell->error = why;
    } else {
        refresh_interrupted(shell);
        ui_shell_start(shell, scenario, NULL);
    }
    free(scenario);
}

static void go_home(UiShell *shell)
{
    leave_run(shell);
    refresh_home(shell);
    ui_home_select(shell->home, shell->scenario);
}

bool ui_shell_open_history(UiShell *shell)
{
    ui_history_free(shell->history);
    shell->history = ui_history_new(shell->fonts, shell->opts.store, shell->opts.catalog, shell->learner);
    return true;
}

bool ui_shell_open_replay(UiShell *shell, int64_t run_id, char **err)
{
    char *why = NULL;
    UiReplay *rp = shell->opts.store ? ui_replay_open(shell->fonts, shell->opts.store, shell->opts.catalog, run_id, &why)
                                     : NULL;
    free(shell->error);
    shell->error = NULL;
    if (!rp) {
        shell->error = why ? why : xstrdup("no database to replay from");
        if (err) *err = xstrdup(shell->error);
        return false;
    }
    ui_replay_free(shell->replay);
    shell->replay = rp;
    shell->replay_ticks = 0;
    return true;
}

bool ui_shell_animating(const UiShell *shell) { return shell->replay && ui_replay_playing(shell->replay); }

/* The history and the replay over the home: Back, Replay and Close. True when one is up. */
static bool follow_history(UiShell *shell)
{
    if (shell->replay) {
        if (ui_replay_take_close(shell->replay)) {
            ui_replay_free(shell->replay);
            shell->replay = NULL;
        }
        return true;
    }
    if (!shell->history) return false;
    int64_t run_id = 0;
    const char *scenario = NULL;
    UiHistoryAction a = ui_history_take_action(shell->history, &run_id, &scenario);
    if (a == UI_HISTORY_REPLAY) {
        ui_shell_open_replay(shell, run_id, NULL);
    } else if (a == UI_HISTORY_BACK || a == UI_HISTORY_RETRY) {
        char *id = xstrdup(scenario);
        ui_history_free(shell->history);
        shell->history = NULL;
        refresh_home(shell);
        if (a == UI_HISTORY_RETRY && id) ui_shell_start(shell, id, NULL);   /* on failure the home says why */
        free(id);
    }
    return true;
}

/* Follows what the learner chose on the home or the desktop's chrome. */
static void follow_actions(UiShell *shell)
{
    if (follow_history(shell)) return;
    if (shell->desk) {
        UiDesktopAction a = ui_desktop_take_action(shell->desk);
        if (a == UI_DESKTOP_HOME) go_home(shell);
        else if (a == UI_DESKTOP_RETRY || (a == UI_DESKTOP_NEXT && shell->next_scenario)) {
            char *id = xstrdup(a == UI_DESKTOP_NEXT ? shell->next_scenario : shell->scenario);
            leave_run(shell);
            if (!ui_shell_start(shell, id, NULL)) go_home(shell);
            free(id);
        }
        return;
    }
    const char *arg = NULL;
    UiHomeAction a = ui_home_take_action(shell->home, &arg);
    if (a == UI_HOME_LEARNER) {
        free(shell->learner);
        shell->learner = xstrdup(arg);
        refresh_home(shell);
    } else if (a == UI_HOME_HISTORY) {
        ui_shell_open_history(shell);
    } else if (a == UI_HOME_START) {
        char *id = xstrdup(arg);
        ui_shell_start(shell, id, NULL);
        free(id);
    } else if (a == UI_HOME_RESUME) {
        ui_shell_resume(shell, NULL);
    } else if (a == UI_HOME_START_OVER) {
        start_over(shell);
    }
}

void ui_shell_render(UiShell *shell, SDL_Renderer *r, int width, int height)
{
    ui_fonts_close(&shell->retired);
    if (shell->replay) {
        uint32_t now = SDL_GetTicks();
        if (shell->replay_ticks) ui_replay_advance(shell->replay, (now - shell->replay_ticks) / 1000.0);
        shell->replay_ticks = now ? now : 1;
        ui_replay_render(shell->replay, r, width, height);
    } else if (shell->history) {
        ui_history_render(shell->history, r, width, height);
    } else if (shell->desk) {
        offer_next(shell);
        ui_desktop_render(shell->desk, r, width, height);
    } else {
        ui_home_set_notice(shell->home, shell->error);
        ui_home_render(shell->home, r, width, height);
    }
    if (shell->help) {
        UiDraw d = {r, shell->fonts, -1, -1};
        ui_help_draw(&d, width, height);
    }
}

/* The remembered text size: the fonts' scale without the display's. */
static double text_size(const UiShell *shell)
{
    double display = shell->opts.display_scale >= 1 ? shell->opts.display_scale : 1;
    return round(shell->fonts->scale / display * 100) / 100;
}

/* Reopens the fonts at text size scale (times the display scale) and saves it; the old ones
 * live until the next frame. */
static void rescale(UiShell *shell, double scale)
{
    if (scale < UI_FONT_SCALE_MIN) scale = UI_FONT_SCALE_MIN;
    if (scale > UI_FONT_SCALE_MAX) scale = UI_FONT_SCALE_MAX;
    if (fabs(scale - text_size(shell)) < 0.001) return;
    UiFonts fresh;
    char *err = NULL;
    if (!ui_fonts_open_scaled(&fresh, ui_effective_font_scale(scale, shell->opts.display_scale), &err)) {
        fprintf(stderr, "worksim: %s\n", err);
        free(err);
        return;
    }
    ui_fonts_close(&shell->retired);
    shell->retired = *shell->fonts;
    *shell->fonts = fresh;
    UiSettings settings = {.font_scale = scale};
    if (shell->opts.settings_path && !ui_settings_save(&settings, shell->opts.settings_path, &err)) {
        fprintf(stderr, "worksim: %s\n", err);
        free(err);
    }
}

/* The window's own keys: help and text size. True when ev was one of them. */
static bool shell_key(UiShell *shell, const SDL_Event *ev)
{
    if (ev->type == SDL_TEXTINPUT) {   /* the text of Ctrl+/ and Ctrl+= is no typing */
        const char *t = ev->text.text;
        return (SDL_GetModState() & KMOD_CTRL) && t[0] && !t[1] && strchr("/=+-0", t[0]);
    }
    if (ev->type != SDL_KEYDOWN) return false;
    SDL_Keycode k = ev->key.keysym.sym;
    bool ctrl = (ev->key.keysym.mod & KMOD_CTRL) != 0;
    if (k == SDLK_F1 || (ctrl && k == SDLK_SLASH) || (shell->help && k == SDLK_ESCAPE)) {
        shell->help = !shell->help && k != SDLK_ESCAPE;
        return true;
    }
    double step = 0.1, scale = text_size(shell);
    if (ctrl && (k == SDLK_EQUALS || k == SDLK_PLUS || k == SDLK_KP_PLUS)) rescale(shell, scale + step);
    else if (ctrl && (k == SDLK_MINUS || k == SDLK_KP_MINUS)) rescale(shell, scale - step);
    else if (ctrl && (k == SDLK_0 || k == SDLK_KP_0)) rescale(shell, 1.0);
    else return shell->help;   /* while the help is up, other keys do nothing */
    return true;
}

bool ui_shell_handle_event(UiShell *shell, const SDL_Event *ev)
{
    if (ev->type == SDL_RENDER_DEVICE_RESET) {   /* the renderer's textures are gone: draw the texts anew */
        ui_text_cache_clear(shell->fonts->texts);
        ui_text_cache_clear(shell->retired.texts);
    }
    if (ev->type == SDL_RENDER_DEVICE_RESET || ev->type == SDL_RENDER_TARGETS_RESET) ui_home_forget_textures(shell->home);
    if (shell_key(shell, ev)) return true;
    if (shell->help && ev->type == SDL_MOUSEBUTTONDOWN) {
        shell->help = false;
        return true;
    }
    bool used = shell->replay    ? ui_replay_handle_event(shell->replay, ev)
                : shell->history ? ui_history_handle_event(shell->history, ev)
                : shell->desk    ? ui_desktop_handle_event(shell->desk, ev)
                                 : ui_home_handle_event(shell->home, ev);
    follow_actions(shell);
    return used;
}

Run *ui_shell_run(UiShell *shell) { return shell->run; }
UiHome *ui_shell_home(UiShell *shell) { return shell->home; }
UiDesktop *ui_shell_desktop(UiShell *shell) { return shell->desk; }
UiHistory *ui_shell_history(UiShell *shell) { return shell->history; }
UiReplay *ui_shell_replay(UiShell *shell) { return shell->replay; }
const char *ui_shell_learner(const UiShell *shell) { return shell->learner; }
const char *ui_shell_error(const UiShell *shell) { return shell->error; }
bool ui_shell_help_shown(const UiShell *shell) { return shell->help; }
int64_t ui_shell_interrupted_run(const UiShell *shell) { return shell->interrupted.id; }
