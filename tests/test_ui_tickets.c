/* test_ui_tickets.c: the Tickets view on real runs (tests/fixtures/runs, ns sandbox, scripted
 * reviewer, virtual clock) drawn by a software renderer: the list and its badge, tasks hidden
 * until assigned, "Submit for review" running the checks (failed feedback shown, then done),
 * "Ask for a hint" delivering hints that cost points in the score sheet, and the error line
 * of an action the run refuses. */
#include "ui_view_kit.h"

#include "ui/ui_list.h"
#include "ui/ui_tickets.h"

static SDL_Rect detail(Kit *k) { return (SDL_Rect){k->area.x + 310, k->area.y, k->area.w - 310, k->area.h}; }

static bool row_selected(Kit *k, int ti)
{
    SDL_Rect r = ui_tickets_row_rect(k->run, k->area, ti);
    return kit_is(kit_pixel(k, r.x + 12, r.y + 8), UI_SELECTED);
}

/* A button's fill just inside its border: accent (primary, enabled), border grey (disabled). */
static SDL_Color button_fill(Kit *k, UiTicketButton b)
{
    SDL_Rect r = ui_tickets_button_rect(k->area, b);
    return kit_pixel(k, r.x + 3, r.y + 3);
}

static const ScoreLine *hint_line(const Run *run, const char *id)
{
    const ScoreSheet *s = run_score(run);
    for (int i = 0; i < s->n_lines; i++)
        if (s->lines[i].kind == SCORE_HINT && strcmp(s->lines[i].item_id, id) == 0) return &s->lines[i];
    return NULL;
}

static void test_tickets_lists_assigned_task_with_badge(void)
{
    Kit k;
    REQUIRE(kit_open(&k, "colleagues", ui_tickets_view_new));
    CHECK_INT_EQ(k.view.badge(k.view.self), 1);   /* t1 newly assigned */
    k.view.focus(k.view.self, true);
    CHECK_INT_EQ(k.view.badge(k.view.self), 0);
    kit_render(&k);
    SDL_Rect row = ui_tickets_row_rect(k.run, k.area, 0);
    CHECK(row.w > 0 && row.h > 0);
    CHECK(row_selected(&k, 0));
    CHECK(kit_is(button_fill(&k, UI_TICKET_SUBMIT), UI_ACCENT));
    CHECK(kit_is(button_fill(&k, UI_TICKET_HINT), UI_PANEL));
    CHECK(kit_count(&k, detail(&k), UI_FAIL) == 0);   /* no checks ran yet */
    CHECK(kit_snapshot(&k, "tickets-new.png"));
    kit_close(&k);
}

static void test_tickets_hide_unassigned_until_assigned(void)
{
    Kit k;
    REQUIRE(kit_open_focused(&k, "hooks", ui_tickets_view_new));
    kit_render(&k);
    SDL_Rect later = ui_tickets_row_rect(k.run, k.area, 1);
    CHECK(later.w == 0);   /* "later" is assigned by a hook after run:wait(60) */
    k.view.focus(k.view.self, false);
    loop_advance(k.loop, 61);
    kit_idle(&k);
    CHECK(run_task_status(k.run, 1) == TASK_ASSIGNED);
    CHECK_INT_EQ(k.view.badge(k.view.self), 1);
    k.view.focus(k.view.self, true);
    CHECK_INT_EQ(k.view.badge(k.view.self), 0);
    kit_render(&k);
    later = ui_tickets_row_rect(k.run, k.area, 1);
    REQUIRE(later.w > 0);
    /* Not opened yet: the row carries the accent dot. */
    CHECK(kit_count(&k, (SDL_Rect){later.x + 8, later.y, 12, later.h}, UI_ACCENT) > 4);
    CHECK(kit_click(&k, later));
    kit_render(&k);
    CHECK(row_selected(&k, 1));
    CHECK(!row_selected(&k, 0));
    CHECK_INT_EQ(kit_count(&k, (SDL_Rect){later.x + 8, later.y, 12, later.h}, UI_ACCENT), 0);
    /* No hints in that task: the hint button is disabled. */
    CHECK(kit_is(button_fill(&k, UI_TICKET_HINT), UI_BORDER));
    kit_close(&k);
}

static void test_tickets_submit_shows_failed_checks_then_done(void)
{
    Kit k;
    REQUIRE(kit_open_focused(&k, "colleagues", ui_tickets_view_new));
    kit_render(&k);
    CHECK(kit_click(&k, ui_tickets_button_rect(k.area, UI_TICKET_SUBMIT)));
    CHECK(run_task_status(k.run, 0) == TASK_SUBMITTED);
    kit_render(&k);
    CHECK(kit_is(button_fill(&k, UI_TICKET_SUBMIT), UI_BORDER));   /* no double submit */
    CHECK(kit_count(&k, detail(&k), UI_WARN) > 10);                /* the "checks are running" note */

    /* Checks and review finish while another app is in front. */
    k.view.focus(k.view.self, false);
    kit_idle(&k);
    CHECK(run_task_status(k.run, 0) == TASK_ASSIGNED);
    const CheckResult *cr = run_task_checks(k.run, 0);
    CHECK(cr[0].ran && !cr[0].passed);
    CHECK_CONTAINS(cr[0].feedback, "done.txt must contain yes");
    CHECK_INT_EQ(k.view.badge(k.view.self), 1);
    k.view.focus(k.view.self, true);
    CHECK_INT_EQ(k.view.badge(k.view.self), 0);
    kit_render(&k);
    CHECK(kit_count(&k, detail(&k), UI_FAIL) > 150);   /* the red mark and the feedback */
    CHECK(kit_is(button_fill(&k, UI_TICKET_SUBMIT), UI_ACCENT));
    CHECK(kit_snapshot(&k, "tickets-failed.png"));

    char *err = NULL;
    CHECK(run_learner_sh(k.run, "echo yes > done.txt", 30, &err));
    free(err);
    kit_idle(&k);
    CHECK(kit_click(&k, ui_tickets_button_rect(k.area, UI_TICKET_SUBMIT)));
    kit_idle(&k);
    CHECK(run_task_status(k.run, 0) == TASK_DONE);
    kit_render(&k);
    CHECK_INT_EQ(kit_count(&k, detail(&k), UI_FAIL), 0);
    CHECK(kit_count(&k, detail(&k), UI_OK) > 150);   /* the green mark, the pill, the note */
    CHECK(kit_is(button_fill(&k, UI_TICKET_SUBMIT), UI_BORDER));
    CHECK(kit_is(button_fill(&k, UI_TICKET_HINT), UI_BORDER));
    CHECK(kit_snapshot(&k, "tickets-done.png"));
    kit_close(&k);
}

/* Without the mouse: Tab walks list, hint, submit (a ring shows where), Enter presses. */
static void test_tickets_keyboard_reaches_hint_and_submit(void)
{
    Kit k;
    REQUIRE(kit_open_focused(&k, "hooks", ui_tickets_view_new));
    kit_render(&k);
    CHECK(ui_tickets_key_focus(&k.view) == UI_TICKET_FOCUS_LIST);
    SDL_Rect submit = ui_tickets_button_rect(k.area, UI_TICKET_SUBMIT);
    SDL_Rect ring = {submit.x - 3, submit.y - 3, submit.w + 6, 1};
    CHECK(kit_count(&k, ring, UI_ACCENT) < submit.w / 2);   /* no ring before a key */
    kit_key(&k, SDLK_TAB);
    CHECK(ui_tickets_key_focus(&k.view) == UI_TICKET_FOCUS_HINT);
    kit_key(&k, SDLK_RETURN);   /* Ask for a hint */
    CHECK_INT_EQ(kit_messages(&k, "lead", "learner", NULL, "Use touch."), 1);
    kit_key(&k, SDLK_TAB);
    CHECK(ui_tickets_key_focus(&k.view) == UI_TICKET_FOCUS_SUBMIT);
    kit_render(&k);
    CHECK(kit_count(&k, ring, UI_ACCENT) > submit.w / 2);   /* the ring over Submit */
    kit_key(&k, SDLK_SPACE);
    CHECK(run_task_status(k.run, 0) == TASK_SUBMITTED);
    kit_key_mod(&k, SDLK_TAB, KMOD_LSHIFT);
    kit_key_mod(&k, SDLK_TAB, KMOD_LSHIFT);
    CHECK(ui_tickets_key_focus(&k.view) == UI_TICKET_FOCUS_LIST);
    kit_close(&k);
}

static void test_tickets_hints_are_shown_and_cost_points(void)
{
    Kit k;
    REQUIRE(kit_open_focused(&k, "hooks", ui_tickets_view_new));
    kit_render(&k);
    CHECK_INT_EQ(kit_count(&k, detail(&k), UI_WARN), 0);
    CHECK(kit_click(&k, ui_tickets_button_rect(k.area, UI_TICKET_HINT)));
    CHECK_INT_EQ(kit_messages(&k, "lead", "learner", NULL, "Use touch."), 1);
    kit_render(&k);
    int one = kit_count(&k, detail(&k), UI_WARN);
    CHECK(one > 10);   /* the hint's note */
    CHECK(kit_is(button_fill(&k, UI_TICKET_HINT), UI_PANEL));
    CHECK(kit_click(&k, ui_tickets_button_rect(k.area, UI_TICKET_HINT)));
    CHECK_INT_EQ(kit_messages(&k, "lead", "learner", NULL, "Use echo yes > done.txt."), 1);
    kit_render(&k);
    CHECK(kit_count(&k, detail(&k), UI_WARN) > one);
    CHECK(kit_is(button_fill(&k, UI_TICKET_HINT), UI_BORDER));   /* none left */
    CHECK(kit_snapshot(&k, "tickets-hints.png"));
    /* A click on the disabled button asks for nothing. */
    int n_before = 0, n_after = 0;
    run_messages(k.run, &n_before);
    CHECK(kit_click(&k, ui_tickets_button_rect(k.area, UI_TICKET_HINT)));
    run_messages(k.run, &n_after);
    CHECK_INT_EQ(n_after, n_before);

    kit_finish(&k);
    const ScoreLine *h1 = hint_line(k.run, "hint-1"), *h2 = hint_line(k.run, "hint-2");
    REQUIRE(h1 && h2);
    CHECK_STR_EQ(h1->task, "t1");
    CHECK(h1->points == -3 && h2->points == -3);
    kit_close(&k);
}

static void test_tickets_refused_action_shows_error_line(void)
{
    Kit k;
    REQUIRE(kit_open_focused(&k, "colleagues", ui_tickets_view_new));
    kit_render(&k);
    /* A submission's checks are in flight, so finishing waits for them: the run refuses
     * learner actions while the hint button is still live. */
    CHECK(kit_click(&k, ui_tickets_button_rect(k.area, UI_TICKET_SUBMIT)));
    run_finish(k.run, "finished");
    REQUIRE(!run_is_finished(k.run));
    CHECK(kit_click(&k, ui_tickets_button_rect(k.area, UI_TICKET_HINT)));
    CHECK_INT_EQ(kit_messages(&k, "ana", "learner", NULL, "Use echo."), 0);
    kit_render(&k);
    CHECK(kit_count(&k, detail(&k), UI_FAIL) > 30);   /* "the run has ended" */
    CHECK(kit_snapshot(&k, "tickets-refused.png"));
    /* Once finished, both buttons are disabled. */
    kit_wait_finished(&k);
    kit_render(&k);
    CHECK(kit_is(button_fill(&k, UI_TICKET_SUBMIT), UI_BORDER));
    CHECK(kit_is(button_fill(&k, UI_TICKET_HINT), UI_BORDER));
    kit_close(&k);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_tickets_lists_assigned_task_with_badge),
        TEST_CASE(test_tickets_hide_unassigned_until_assigned),
        TEST_CASE(test_tickets_submit_shows_failed_checks_then_done),
        TEST_CASE(test_tickets_hints_are_shown_and_cost_points),
        TEST_CASE(test_tickets_keyboard_reaches_hint_and_submit),
        TEST_CASE(test_tickets_refused_action_shows_error_line),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
