/* ui_home_resume.c: the card the home shows first when the learner has an interrupted run
 * (issue 10, DESIGN §8): "Resume 'Your first bug fix', 32:10 left" with Resume (carry it
 * on in the desktop, its chat, tickets and clock rebuilt) and Start over (close it as
 * incomplete and begin the scenario anew). It takes the focus when it appears; Left and
 * Right switch its buttons, Enter activates. The window does the resuming
 * (UI_HOME_RESUME / UI_HOME_START_OVER). */
#include "ui/ui_home_internal.h"

#include "ui/ui_list.h"
#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void clock_text(char *out, size_t n, double seconds)
{
    if (seconds < 0) seconds = 0;
    int s = (int)seconds;
    if (s >= 3600) snprintf(out, n, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    else snprintf(out, n, "%d:%02d", s / 60, s % 60);
}

char *ui_home_resume_label(const UiHomeResume *r)
{
    char clock[32];
    clock_text(clock, sizeof clock, r->time_left >= 0 ? r->time_left : r->elapsed);
    return xasprintf("Resume \xe2\x80\x98%s\xe2\x80\x99, %s %s", r->title ? r->title : r->scenario_id, clock,
                     r->time_left >= 0 ? "left" : "in");
}

void ui_home_set_resume(UiHome *home, const UiHomeResume *r)
{
    home_backdrop_stale(home);
    bool was = home->has_resume;
    free(home->resume_scenario);
    free(home->resume_title);
    home->resume_scenario = home->resume_title = NULL;
    home->has_resume = r != NULL;
    home->resume_buttons[0] = home->resume_buttons[1] = home->resume_box = (SDL_Rect){0, 0, 0, 0};
    if (r) {
        home->resume_scenario = xstrdup(r->scenario_id);
        home->resume_title = xstrdup(r->title);
        home->resume_elapsed = r->elapsed;
        home->resume_left = r->time_left;
    }
    if (r && !was) {   /* offered first: Enter resumes */
        home->focus = UI_HOME_FOCUS_RESUME;
        home->resume_focus = 0;
    } else if (!r && home->focus == UI_HOME_FOCUS_RESUME) {
        home->focus = UI_HOME_FOCUS_CARDS;
    }
}

SDL_Rect ui_home_resume_button(const UiHome *home, bool start_over)
{
    return home->has_resume ? home->resume_buttons[start_over ? 1 : 0] : (SDL_Rect){0, 0, 0, 0};
}

static void choose(UiHome *home, int button)
{
    free(home->action_arg);
    home->action_arg = xstrdup(home->resume_scenario);
    home->action = button == 0 ? UI_HOME_RESUME : UI_HOME_START_OVER;
}

bool home_resume_key(UiHome *home, SDL_Keycode k)
{
    if (!home->has_resume) return false;
    switch (k) {
    case SDLK_LEFT: case SDLK_RIGHT:
        home->resume_focus = !home->resume_focus;
        return true;
    case SDLK_RETURN: case SDLK_KP_ENTER: case SDLK_SPACE:
        choose(home, home->resume_focus);
        return true;
    default:
        return false;
    }
}

bool home_resume_click(UiHome *home, int x, int y)
{
    for (int b = 0; home->has_resume && b < 2; b++) {
        if (!ui_hit(home->resume_buttons[b], x, y)) continue;
        home->focus = UI_HOME_FOCUS_RESUME;
        home->resume_focus = b;
        choose(home, b);
        return true;
    }
    return false;
}

int home_draw_resume(UiHome *home, UiDraw *d, int y)
{
    if (!home->has_resume) return 0;
    const UiFonts *f = home->fonts;
    SDL_Rect box = {HOME_PAD, y, home->width - 2 * HOME_PAD, HOME_RESUME_H};
    home->resume_box = box;
    ui_fill_round_bordered(d, box, 8, UI_TINT_ACCENT, UI_ACCENT);
    ui_fill(d, (SDL_Rect){box.x, box.y + 8, 4, box.h - 16}, UI_ACCENT);
    const char *resume = "Resume", *over = "Start over";
    int rw = ui_text_width(f->ui, resume) + 40, ow = ui_text_width(f->ui, over) + 32, bh = 36;
    home->resume_buttons[0] = (SDL_Rect){box.x + box.w - 16 - rw, box.y + (box.h - bh) / 2, rw, bh};
    home->resume_buttons[1] = (SDL_Rect){home->resume_buttons[0].x - 10 - ow, home->resume_buttons[0].y, ow, bh};
    UiHomeResume r = {home->resume_scenario, home->resume_title, home->resume_elapsed, home->resume_left};
    char *line = ui_home_resume_label(&r);
    int text_w = home->resume_buttons[1].x - 16 - (box.x + 20);
    int ty = box.y + (box.h - f->ui_h - 2 - f->small_h) / 2;
    ui_text_fit(d, f->ui_bold, box.x + 20, ty, text_w, UI_TEXT, line);
    ui_text_fit(d, f->small, box.x + 20, ty + f->ui_h + 2, text_w, UI_TEXT_DIM,
                "Your last run was interrupted: carry it on where it stopped, or close it as incomplete and begin anew.");
    free(line);
    ui_button(d, home->resume_buttons[0], resume, true, true);
    ui_button(d, home->resume_buttons[1], over, false, true);
    if (home->focus == UI_HOME_FOCUS_RESUME && !home->detail && !home->picker)
        ui_focus_ring(d, home->resume_buttons[home->resume_focus]);
    return HOME_RESUME_H + 16;
}
