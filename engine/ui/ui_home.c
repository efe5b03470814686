/* ui_home.c: the home's state (ui_home.h): the catalog it shows, the filter and search that
 * choose the visible cards, the selection and keyboard focus, the learner picker's and the
 * detail's keys and clicks, and the action handed to the window. Drawing is in
 * ui_home_draw.c and ui_home_overlay.c; the tracks and the resume card have their own files
 * (ui_home_tracks.c, ui_home_resume.c). */
#include "ui/ui_home_internal.h"

#include "base/util.h"

#include <stdlib.h>
#include <string.h>

enum { SEARCH_MAX = 200 };

static void facets_load(UiHome *home)
{
    for (int f = 0; f < HOME_FACETS; f++) {
        free(home->facet_values[f]);
        home->facet_values[f] = catalog_facet_values(home->cat, (CatalogFacet)f, &home->n_facet[f]);
        /* A chosen value the new catalog no longer has falls back to all. */
        bool known = false;
        for (int i = 0; home->facet_pick[f] && i < home->n_facet[f]; i++)
            known = known || strcmp(home->facet_values[f][i], home->facet_pick[f]) == 0;
        if (!known) {
            free(home->facet_pick[f]);
            home->facet_pick[f] = NULL;
        }
    }
}

/* Recomputes the visible cards; the selection stays when still visible, else the first. */
static void refilter(UiHome *home)
{
    CatalogFilter f = {home->facet_pick[CATALOG_FAMILY], home->facet_pick[CATALOG_LEVEL],
                       home->facet_pick[CATALOG_SKILL], home->search.text};
    free(home->visible);
    home->visible = xcalloc((size_t)home->cat->n + 1, sizeof *home->visible);
    home->n_visible = 0;
    bool selected_visible = false;
    for (int i = 0; i < home->cat->n; i++) {
        if (!catalog_entry_matches(&home->cat->entries[i], &f)) continue;
        home->visible[home->n_visible++] = i;
        selected_visible = selected_visible || i == home->selected;
    }
    if (!selected_visible) home->selected = home->n_visible ? home->visible[0] : -1;
    free(home->cards);
    home->cards = xcalloc((size_t)home->n_visible + 1, sizeof *home->cards);
    home->scroll = 0;
    home->reveal_selected = true;
}

UiHome *ui_home_new(const UiFonts *fonts, const Catalog *cat)
{
    UiHome *home = xcalloc(1, sizeof *home);
    home->fonts = fonts;
    home->cat = cat;
    home->selected = -1;
    home->detail_track = home->detail_step = -1;
    home->step_at = -1;
    home->focus = UI_HOME_FOCUS_CARDS;
    home->learner = xstrdup("learner");
    ui_textfield_init(&home->search, SEARCH_MAX, false, 1);
    ui_textfield_init(&home->new_learner, STORE_LEARNER_NAME_MAX, false, 1);
    facets_load(home);
    refilter(home);
    return home;
}

static void free_learners(UiHome *home)
{
    for (int i = 0; i < home->n_learners; i++) free(home->learners[i]);
    free(home->learners);
    free(home->picker_rows);
    home->learners = NULL;
    home->picker_rows = NULL;
    home->n_learners = 0;
}

void ui_home_free(UiHome *home)
{
    if (!home) return;
    for (int f = 0; f < HOME_FACETS; f++) {
        free(home->facet_values[f]);
        free(home->facet_pick[f]);
    }
    free_learners(home);
    free(home->learner);
    free(home->visible);
    free(home->cards);
    free(home->action_arg);
    free(home->notice);
    free(home->resume_scenario);
    free(home->resume_title);
    free(home->step_rects);
    ui_textfield_free(&home->search);
    ui_textfield_free(&home->new_learner);
    home_backdrop_release(home, home->backdrop_r);   /* the home goes before its renderer */
    free(home);
}

void ui_home_set_catalog(UiHome *home, const Catalog *cat)
{
    home_backdrop_stale(home);
    const char *keep = home->selected >= 0 && home->selected < home->cat->n ? home->cat->entries[home->selected].id : NULL;
    char *id = xstrdup(keep);
    home->cat = cat;
    home->selected = catalog_find(cat, id);
    free(id);
    home->detail = false;   /* its entry and track step may be gone */
    home->step_at = -1;
    facets_load(home);
    refilter(home);
}

void ui_home_set_learners(UiHome *home, const char *current, const char *const *names, int n)
{
    home_backdrop_stale(home);
    free_learners(home);
    free(home->learner);
    home->learner = xstrdup(current ? current : "learner");
    home->learners = xcalloc((size_t)n + 1, sizeof *home->learners);
    for (int i = 0; i < n; i++) home->learners[home->n_learners++] = xstrdup(names[i]);
    home->picker_rows = xcalloc((size_t)n + 1, sizeof *home->picker_rows);
}

const char *ui_home_learner(const UiHome *home) { return home->learner; }

void ui_home_set_notice(UiHome *home, const char *text)
{
    if (text == home->notice || (text && home->notice && strcmp(text, home->notice) == 0)) return;
    home_backdrop_stale(home);
    free(home->notice);
    home->notice = xstrdup(text);
}

void ui_home_select(UiHome *home, const char *scenario_id)
{
    home_backdrop_stale(home);
    int i = catalog_find(home->cat, scenario_id);
    for (int v = 0; i >= 0 && v < home->n_visible; v++)
        if (home->visible[v] == i) {
            home->selected = i;
            home->reveal_selected = true;
        }
}

UiHomeAction ui_home_take_action(UiHome *home, const char **arg)
{
    UiHomeAction a = home->action;
    home->action = UI_HOME_NONE;
    if (arg) *arg = home->action_arg;
    return a;
}

static void act(UiHome *home, UiHomeAction a, const char *arg)
{
    free(home->action_arg);
    home->action_arg = xstrdup(arg);
    home->action = a;
}

/* ---- state for tests ---- */

const int *ui_home_visible(const UiHome *home, int *n)
{
    *n = home->n_visible;
    return home->visible;
}
int ui_home_selected(const UiHome *home) { return home->selected; }
UiHomeFocus ui_home_focus(const UiHome *home) { return home->focus; }
bool ui_home_detail_open(const UiHome *home) { return home->detail; }
bool ui_home_picker_open(const UiHome *home) { return home->picker; }
const char *ui_home_facet(const UiHome *home, CatalogFacet facet) { return home->facet_pick[facet]; }
SDL_Rect ui_home_start_button(const UiHome *home) { return home->detail_buttons[0]; }
bool ui_home_start_enabled(const UiHome *home) { return home->detail && !home_detail_locked(home); }
const char *ui_home_detail_scenario(const UiHome *home)
{
    return home->detail ? home->cat->entries[home->detail_entry].id : NULL;
}
SDL_Rect ui_home_history_button(const UiHome *home) { return home->history_button; }

SDL_Rect ui_home_control_rect(const UiHome *home, UiHomeFocus control)
{
    return control < UI_HOME_FOCUS_CARDS ? home->controls[control] : home->grid;
}

SDL_Rect ui_home_card_rect(const UiHome *home, int visible_index)
{
    if (visible_index < 0 || visible_index >= home->n_visible) return (SDL_Rect){0, 0, 0, 0};
    return home->cards[visible_index];
}

/* ---- changes ---- */

/* Moves facet f's choice by step through all, then each value, wrapping. */
static void facet_step(UiHome *home, int f, int step)
{
    int n = home->n_facet[f], at = -1;   /* -1: all */
    for (int i = 0; home->facet_pick[f] && i < n; i++)
        if (strcmp(home->facet_values[f][i], home->facet_pick[f]) == 0) at = i;
    at = (at + 1 + step + (n + 1)) % (n + 1) - 1;
    free(home->facet_pick[f]);
    home->facet_pick[f] = at >= 0 ? xstrdup(home->facet_values[f][at]) : NULL;
    refilter(home);
}

static void facet_clear(UiHome *home, int f)
{
    free(home->facet_pick[f]);
    home->facet_pick[f] = NULL;
    refilter(home);
}

static int selected_position(const UiHome *home)
{
    for (int v = 0; v < home->n_visible; v++)
        if (home->visible[v] == home->selected) return v;
    return -1;
}

static void move_selection(UiHome *home, int delta)
{
    if (!home->n_visible) return;
    int v = selected_position(home);
    v = v < 0 ? 0 : v + delta;
    if (v < 0) v = 0;
    if (v >= home->n_visible) v = home->n_visible - 1;
    home->selected = home->visible[v];
    home->reveal_selected = true;
}

void home_open_detail(UiHome *home, int i, int track, int step)
{
    if (i < 0 || i >= home->cat->n) return;
    home->detail = true;
    home->detail_entry = i;
    home->detail_track = track;
    home->detail_step = step;
    home->detail_focus = home_detail_locked(home) ? 1 : 0;   /* a locked step cannot start */
}

static void open_detail(UiHome *home) { home_open_detail(home, home->selected, -1, -1); }

/* Whether control can take the focus now: the tracks need a track, the resume card a run. */
static bool focusable(const UiHome *home, UiHomeFocus control)
{
    if (control == UI_HOME_FOCUS_TRACKS) return home_tracks_focusable(home);
    if (control == UI_HOME_FOCUS_RESUME) return home->has_resume;
    return true;
}

static void move_focus(UiHome *home, int step)
{
    UiHomeFocus f = home->focus;
    do f = (UiHomeFocus)((f + step + UI_HOME_FOCUS_COUNT) % UI_HOME_FOCUS_COUNT);
    while (!focusable(home, f));
    home->focus = f;
    if (f == UI_HOME_FOCUS_TRACKS) home_tracks_enter(home);
}

static void open_picker(UiHome *home)
{
    home->picker = true;
    home->picker_error = NULL;
    home->picker_row = 0;
    for (int i = 0; i < home->n_learners; i++)
        if (strcmp(home->learners[i], home->learner) == 0) home->picker_row = i;
}

/* Picks the picker's row: a known learner, or the typed new one when it is a valid name. */
static void pick_learner(UiHome *home)
{
    const char *name = home->picker_row < home->n_learners ? home->learners[home->picker_row] : home->new_learner.text;
    const char *problem = store_learner_name_problem(name);
    if (problem) {
        home->picker_error = problem;
        return;
    }
    act(home, UI_HOME_LEARNER, name);
    free(home->learner);
    home->learner = xstrdup(name);
    home->picker = false;
    ui_textfield_clear(&home->new_learner);
}

/* ---- keys ---- */

static bool detail_key(UiHome *home, SDL_Keycode k)
{
    switch (k) {
    case SDLK_ESCAPE:
        home->detail = false;
        return true;
    case SDLK_TAB: case SDLK_LEFT: case SDLK_RIGHT:
        home->detail_focus = home_detail_locked(home) ? 1 : !home->detail_focus;
        return true;
    case SDLK_RETURN: case SDLK_KP_ENTER: case SDLK_SPACE:
        if (home->detail_focus == 0 && !home_detail_locked(home))
            act(home, UI_HOME_START, home->cat->entries[home->detail_entry].id);
        home->detail = false;
        return true;
    default:
        return false;
    }
}

static bool picker_key(UiHome *home, const SDL_KeyboardEvent *key)
{
    SDL_Keycode k = key->keysym.sym;
    if (k == SDLK_ESCAPE) {
        home->picker = false;
        return true;
    }
    if (k == SDLK_UP || k == SDLK_DOWN || k == SDLK_TAB) {
        int step = k == SDLK_UP || (k == SDLK_TAB && (key->keysym.mod & KMOD_SHIFT)) ? -1 : 1;
        home->picker_row = (home->picker_row + step + home->n_learners + 1) % (home->n_learners + 1);
        home->picker_error = NULL;
        return true;
    }
    if (k == SDLK_RETURN || k == SDLK_KP_ENTER || (k == SDLK_SPACE && home->picker_row < home->n_learners)) {
        pick_learner(home);
        return true;
    }
    if (home->picker_row == home->n_learners) {
        home->picker_error = NULL;
        return ui_textfield_key(&home->new_learner, key, home->fonts->ui);
    }
    return false;
}

static bool cards_key(UiHome *home, SDL_Keycode k)
{
    int cols = home->cols > 0 ? home->cols : 1;
    switch (k) {
    case SDLK_LEFT: move_selection(home, -1); return true;
    case SDLK_RIGHT: move_selection(home, 1); return true;
    case SDLK_UP: move_selection(home, -cols); return true;
    case SDLK_DOWN: move_selection(home, cols); return true;
    case SDLK_PAGEUP: move_selection(home, -2 * cols); return true;
    case SDLK_PAGEDOWN: move_selection(home, 2 * cols); return true;
    case SDLK_HOME: move_selection(home, -home->n_visible); return true;
    case SDLK_END: move_selection(home, home->n_visible); return true;
    case SDLK_RETURN: case SDLK_KP_ENTER: case SDLK_SPACE: open_detail(home); return true;
    default: return false;
    }
}

static bool control_key(UiHome *home, const SDL_KeyboardEvent *key)
{
    SDL_Keycode k = key->keysym.sym;
    bool activate = k == SDLK_RETURN || k == SDLK_KP_ENTER || k == SDLK_SPACE;
    switch (home->focus) {
    case UI_HOME_FOCUS_LEARNER:
        if (activate || k == SDLK_DOWN) open_picker(home);
        return activate || k == SDLK_DOWN;
    case UI_HOME_FOCUS_SEARCH:
        if (k == SDLK_ESCAPE && home->search.len) {
            ui_textfield_clear(&home->search);
            refilter(home);
            return true;
        }
        if (k == SDLK_RETURN || k == SDLK_KP_ENTER || k == SDLK_DOWN) {
            home->focus = UI_HOME_FOCUS_CARDS;
            return true;
        }
        if (ui_textfield_key(&home->search, key, home->fonts->ui)) {
            refilter(home);
            return true;
        }
        return false;
    case UI_HOME_FOCUS_FAMILY: case UI_HOME_FOCUS_LEVEL: case UI_HOME_FOCUS_SKILL: {
        int f = home->focus - UI_HOME_FOCUS_FAMILY;
        if (activate || k == SDLK_RIGHT || k == SDLK_DOWN) facet_step(home, f, 1);
        else if (k == SDLK_LEFT || k == SDLK_UP) facet_step(home, f, -1);
        else if (k == SDLK_BACKSPACE || k == SDLK_DELETE) facet_clear(home, f);
        else return false;
        return true;
    }
    case UI_HOME_FOCUS_TRACKS:
        return home_tracks_key(home, k);
    case UI_HOME_FOCUS_RESUME:
        return home_resume_key(home, k);
    default:
        return cards_key(home, k);
    }
}

static bool home_key(UiHome *home, const SDL_KeyboardEvent *key)
{
    SDL_Keycode k = key->keysym.sym;
    if (home->picker) return picker_key(home, key);
    if (home->detail) return detail_key(home, k);
    if (k == SDLK_TAB) {
        move_focus(home, (key->keysym.mod & KMOD_SHIFT) ? -1 : 1);
        return true;
    }
    if (k == SDLK_h && (key->keysym.mod & KMOD_CTRL)) {
        act(home, UI_HOME_HISTORY, home->learner);
        return true;
    }
    if (k == SDLK_f && (key->keysym.mod & KMOD_CTRL)) {
        home->focus = UI_HOME_FOCUS_SEARCH;
        return true;
    }
    return control_key(home, key);
}

static bool home_text(UiHome *home, const char *text)
{
    if (home->picker) {
        home->picker_row = home->n_learners;   /* typing names a new learner */
        home->picker_error = NULL;
        ui_textfield_insert(&home->new_learner, text);
        return true;
    }
    if (home->detail) return false;
    if (home->focus != UI_HOME_FOCUS_SEARCH) {
        if (strcmp(text, "/") != 0) return false;
        home->focus = UI_HOME_FOCUS_SEARCH;   /* "/" jumps to the search, as in many catalogs */
        return true;
    }
    ui_textfield_insert(&home->search, text);
    refilter(home);
    return true;
}

/* ---- mouse ---- */

static bool detail_click(UiHome *home, int x, int y)
{
    bool start = ui_hit(home->detail_buttons[0], x, y) && !home_detail_locked(home);
    if (start) act(home, UI_HOME_START, home->cat->entries[home->detail_entry].id);
    if (start || ui_hit(home->detail_buttons[1], x, y) || !ui_hit(home->detail_box, x, y)) home->detail = false;
    return true;
}

static bool picker_click(UiHome *home, int x, int y)
{
    for (int i = 0; i <= home->n_learners; i++) {
        if (!ui_hit(home->picker_rows[i], x, y)) continue;
        home->picker_row = i;
        if (i < home->n_learners) pick_learner(home);
        return true;
    }
    if (!ui_hit(home->picker_box, x, y)) home->picker = false;
    return true;
}

static bool home_click(UiHome *home, int x, int y)
{
    if (home->picker) return picker_click(home, x, y);
    if (home->detail) return detail_click(home, x, y);
    if (home_resume_click(home, x, y) || home_tracks_click(home, x, y)) return true;
    if (ui_hit(home->history_button, x, y)) {
        act(home, UI_HOME_HISTORY, home->learner);
        return true;
    }
    for (int c = 0; c < UI_HOME_FOCUS_CARDS; c++) {
        if (!ui_hit(home->controls[c], x, y)) continue;
        home->focus = (UiHomeFocus)c;
        if (c == UI_HOME_FOCUS_LEARNER) open_picker(home);
        else if (c >= UI_HOME_FOCUS_FAMILY) facet_step(home, c - UI_HOME_FOCUS_FAMILY, 1);
        return true;
    }
    for (int v = 0; v < home->n_visible && ui_hit(home->grid, x, y); v++) {
        if (!ui_hit(home->cards[v], x, y)) continue;
        home->focus = UI_HOME_FOCUS_CARDS;
        home->selected = home->visible[v];
        open_detail(home);
        return true;
    }
    return false;
}

bool ui_home_handle_event(UiHome *home, const SDL_Event *ev)
{
    switch (ev->type) {
    case SDL_MOUSEMOTION:
        home->mouse_x = ev->motion.x;
        home->mouse_y = ev->motion.y;
        return true;
    case SDL_MOUSEBUTTONDOWN:
        home->mouse_x = ev->button.x;
        home->mouse_y = ev->button.y;
        return ev->button.button == SDL_BUTTON_LEFT && home_click(home, ev->button.x, ev->button.y);
    case SDL_MOUSEWHEEL:
        if (home->detail || home->picker) return false;
        if (home_side_wheel(home, ev->wheel.y * 60)) return true;
        home->scroll -= ev->wheel.y * 60;
        return true;
    case SDL_KEYDOWN:
        return home_key(home, &ev->key);
    case SDL_TEXTINPUT:
        return home_text(home, ev->text.text);
    default:
        return false;
    }
}

void ui_home_forget_textures(UiHome *home)
{
    home->backdrop = NULL;   /* the reset renderer's to free, and its pixels are gone */
    home->backdrop_r = NULL;
}

void ui_home_render(UiHome *home, SDL_Renderer *r, int width, int height)
{
    UiDraw d = {r, home->fonts, home->mouse_x, home->mouse_y};
    home->width = width;
    home->height = height;
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
    home_draw_backdrop(home, &d);
    if (home->detail) home_draw_detail(home, &d);
    if (home->picker) home_draw_picker(home, &d);
}
