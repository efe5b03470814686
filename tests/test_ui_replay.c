/* test_ui_replay.c: the desktop's history and replay (ui_history.h, ui_replay.h) on a real
 * stored run: first-bugfix's reference solution is run headlessly by the worksim binary into
 * a temporary database, then watched again on a software renderer at 16x on virtual time
 * (no sleeps): the chat and terminal show what the run logged by each moment, scrubbing and
 * stepping seek both ways, the tickets and reviews follow, nothing typed is recorded, and the
 * chat and terminal at the end match the run as the engine rebuilds it (what resume uses).
 * The history lists the learner's finished runs newest first and opens a run's breakdown
 * with the results view, from whose Replay the shell opens the replay. PNGs of the replay
 * and the history are left in the test's temp folder (and $WORKSIM_UI_SHOTS). */
#include "ui_view_kit.h"

#include "core/catalog.h"
#include "core/run_stored.h"
#include "ui/ui_history.h"
#include "ui/ui_replay.h"
#include "ui/ui_score.h"
#include "ui/ui_shell.h"

#include <math.h>

#define SHOT_W 1280
#define SHOT_H 800

static char *db_path;
static int64_t reference_run;

/* first-bugfix's reference solution, stored once for every case; false when it did not pass. */
static bool stored_reference(void)
{
    if (reference_run) return true;
    db_path = xasprintf("%s/replay.db", testlib_temp_dir());
    const char *args[] = {"--db", db_path, "run", "first-bugfix", "--actions",
                          KIT_SCENARIOS "/first-bugfix/solution/actions.lua", "--learner", "ana", NULL};
    char *out = NULL, *err = NULL;
    int rc = testlib_run_worksim(args, NULL, &out, &err);
    if (rc != 0) fprintf(stderr, "  worksim run: exit %d\n%s\n%s\n", rc, out, err);
    free(out);
    free(err);
    reference_run = rc == 0 ? 1 : 0;
    return rc == 0;
}

static Catalog *scenario_catalog(void)
{
    const char *path[] = {KIT_SCENARIOS, NULL};
    return catalog_load(path);
}

/* What each case works on: a canvas with the desktop's fonts, the database holding the
 * reference run, and the project's scenarios. */
typedef struct Fixture {
    Kit k;
    Store *st;
    Catalog *cat;
} Fixture;

static bool fixture_open(Fixture *f)
{
    memset(f, 0, sizeof *f);
    if (!stored_reference() || !kit_canvas(&f->k, SHOT_W, SHOT_H)) return false;
    char *err = NULL;
    f->st = store_open(db_path, &err);
    if (!f->st) fprintf(stderr, "  store_open: %s\n", err);
    free(err);
    f->cat = scenario_catalog();
    return f->st != NULL;
}

static void fixture_close(Fixture *f)
{
    catalog_free(f->cat);
    store_close(f->st);
    kit_close(&f->k);
}

static void send(UiReplay *rp, SDL_Event ev) { ui_replay_handle_event(rp, &ev); }

static void press(UiReplay *rp, SDL_Keycode sym, Uint16 mod)
{
    SDL_Event ev = {0};
    ev.type = SDL_KEYDOWN;
    ev.key.keysym.sym = sym;
    ev.key.keysym.mod = mod;
    send(rp, ev);
}

static void click_at(UiReplay *rp, int x, int y)
{
    SDL_Event ev = {0};
    ev.type = SDL_MOUSEBUTTONDOWN;
    ev.button.button = SDL_BUTTON_LEFT;
    ev.button.x = x;
    ev.button.y = y;
    send(rp, ev);
    ev.type = SDL_MOUSEBUTTONUP;
    send(rp, ev);
}

/* The pane's text after drawing a frame. Caller frees. */
static char *shown(Kit *k, UiReplay *rp, UiReplayPane pane)
{
    press(rp, SDLK_1 + pane, KMOD_LCTRL);
    ui_replay_render(rp, k->r, SHOT_W, SHOT_H);
    return ui_replay_pane_text(rp);
}

/* The run-clock time of the n-th (0-based) event of kind in the stored run. */
static double event_time(const ReplayLog *log, EventKind kind, int n)
{
    for (int i = 0; i < log->n; i++)
        if (log->events[i].kind == kind && n-- == 0) return log->events[i].t;
    return -1;
}

static void test_replay_at_16x_scrubs_and_steps(void)
{
    Fixture f;
    REQUIRE(fixture_open(&f));
    Store *st = f.st;
    Catalog *cat = f.cat;
    char *err = NULL;
    ReplayLog log = {0};
    REQUIRE(replay_log_load(&log, st, reference_run, &err));
    double first_cmd = event_time(&log, EV_COMMAND, 0), second_cmd = event_time(&log, EV_COMMAND, 1);
    double review = event_time(&log, EV_REVIEW, 0), end = replay_log_duration(&log);
    REQUIRE(first_cmd >= 0 && second_cmd > first_cmd && review > second_cmd && end >= review);
    int64_t events_before = store_event_count(st, reference_run);

    UiReplay *rp = ui_replay_open(&f.k.fonts, st, cat, reference_run, &err);
    REQUIRE(rp);
    CHECK(fabs(ui_replay_duration(rp) - end) < 1e-9);
    CHECK(!ui_replay_playing(rp));
    CHECK_INT_EQ(ui_replay_speed(rp), 1);

    /* At the start: the ticket is assigned and Priya has written; no command yet. */
    char *chat = shown(&f.k, rp, UI_REPLAY_CHAT);
    CHECK_CONTAINS(chat, "Priya Shah: New task for you: SHOP-142");
    free(chat);
    CHECK_INT_EQ(ui_replay_state(rp)->n_commands, 0);

    /* 16x, play: one real second is 16 run seconds. */
    press(rp, SDLK_6, KMOD_NONE);
    press(rp, SDLK_SPACE, KMOD_NONE);
    CHECK_INT_EQ(ui_replay_speed(rp), 16);
    CHECK(ui_replay_playing(rp));
    double real = (first_cmd + second_cmd) / 2 / 16;
    CHECK(ui_replay_advance(rp, real));
    CHECK(fabs(ui_replay_time(rp) - real * 16) < 1e-6);
    char *term = shown(&f.k, rp, UI_REPLAY_TERMINAL);
    CHECK_CONTAINS(term, "$ python3 -m pytest -q");
    CHECK_CONTAINS(term, "1 failed");
    CHECK(!strstr(term, "$ grep -n 'def apply_discount'"));
    free(term);
    CHECK_INT_EQ(ui_replay_state(rp)->n_commands, 1);

    /* Played to the end: it stops there, the run's outcome shows. */
    ui_replay_advance(rp, end);   /* far more than needed */
    CHECK(!ui_replay_playing(rp));
    CHECK(fabs(ui_replay_time(rp) - end) < 1e-9);
    char *tickets = shown(&f.k, rp, UI_REPLAY_TICKETS);
    CHECK_CONTAINS(tickets, ": done");
    CHECK_CONTAINS(tickets, "run ended: passed, 100 %");
    free(tickets);
    char *reviews = shown(&f.k, rp, UI_REPLAY_REVIEWS);
    CHECK_CONTAINS(reviews, "Marco");
    CHECK_CONTAINS(reviews, "approved");
    free(reviews);

    /* Scrub back: a click on the timeline between the first two commands. */
    SDL_Rect tl = ui_replay_timeline(rp);
    REQUIRE(tl.w > 0);
    double frac = (first_cmd + second_cmd) / 2 / end;
    click_at(rp, tl.x + (int)(frac * tl.w), tl.y + tl.h / 2);
    CHECK(fabs(ui_replay_time(rp) - frac * end) < end / tl.w * 2);
    CHECK_INT_EQ(ui_replay_state(rp)->n_commands, 1);
    CHECK_INT_EQ(ui_replay_state(rp)->n_reviews, 0);
    tickets = shown(&f.k, rp, UI_REPLAY_TICKETS);
    CHECK(!strstr(tickets, ": done"));
    CHECK(!strstr(tickets, "run ended"));
    free(tickets);

    /* Right steps to the next event shown, Left back before it; Home and End. */
    int commands = ui_replay_state(rp)->n_commands;
    double t0 = ui_replay_time(rp);
    press(rp, SDLK_RIGHT, KMOD_NONE);
    CHECK(ui_replay_time(rp) > t0);
    for (int i = 0; i < 20 && ui_replay_state(rp)->n_commands == commands; i++) press(rp, SDLK_RIGHT, KMOD_NONE);
    CHECK(fabs(ui_replay_time(rp) - second_cmd) < 1e-9);
    CHECK_INT_EQ(ui_replay_state(rp)->n_commands, commands + 1);
    press(rp, SDLK_LEFT, KMOD_NONE);
    CHECK(ui_replay_time(rp) < second_cmd);
    CHECK_INT_EQ(ui_replay_state(rp)->n_commands, commands);
    term = shown(&f.k, rp, UI_REPLAY_TERMINAL);   /* the grid forgot the command it had shown */
    CHECK(!strstr(term, "$ grep -n"));
    free(term);
    press(rp, SDLK_END, KMOD_NONE);
    CHECK(ui_replay_state(rp)->finished);
    press(rp, SDLK_HOME, KMOD_NONE);
    CHECK(ui_replay_time(rp) == 0);
    CHECK_INT_EQ(ui_replay_state(rp)->n_commands, 0);
    press(rp, SDLK_MINUS, KMOD_NONE);
    CHECK_INT_EQ(ui_replay_speed(rp), 4);

    /* Read-only: typing goes nowhere and nothing is recorded. */
    SDL_Event text = {0};
    text.type = SDL_TEXTINPUT;
    SDL_strlcpy(text.text.text, "rm -rf /", sizeof text.text.text);
    CHECK(!ui_replay_handle_event(rp, &text));
    CHECK_INT_EQ(store_event_count(st, reference_run), events_before);

    /* A frame a learner would look at: the chat just after the review, at 16x, paused. */
    press(rp, SDLK_6, KMOD_NONE);
    ui_replay_seek(rp, review);
    ui_replay_show(rp, UI_REPLAY_CHAT);
    ui_replay_render(rp, f.k.r, SHOT_W, SHOT_H);
    CHECK(kit_snapshot(&f.k, "replay-chat.png"));
    ui_replay_show(rp, UI_REPLAY_TERMINAL);
    ui_replay_seek(rp, end);
    ui_replay_render(rp, f.k.r, SHOT_W, SHOT_H);
    CHECK(kit_snapshot(&f.k, "replay-terminal-end.png"));

    ui_replay_free(rp);
    replay_log_clear(&log);
    fixture_close(&f);
}

/* The replay's chat and terminal at the end are the live run's, as the engine rebuilds it. */
static void test_replay_matches_the_run(void)
{
    Fixture f;
    REQUIRE(fixture_open(&f));
    Store *st = f.st;
    char *err = NULL;
    Scenario *sc = scenario_load(KIT_SCENARIOS "/first-bugfix", &err);
    REQUIRE(sc);
    Loop *loop = loop_new(true);
    Run *run = run_load_stored(sc, st, loop, reference_run, &err);
    REQUIRE(run);
    UiReplay *rp = ui_replay_open(&f.k.fonts, st, NULL, reference_run, &err);
    REQUIRE(rp);
    press(rp, SDLK_END, KMOD_NONE);
    const ReplayState *s = ui_replay_state(rp);
    int n = 0;
    const RunMessage *ms = run_messages(run, &n);
    CHECK_INT_EQ(s->n_messages, n);
    for (int i = 0; i < n && i < s->n_messages; i++) {
        CHECK_STR_EQ(s->messages[i].from, ms[i].from);
        CHECK_STR_EQ(s->messages[i].text, ms[i].text);
    }
    const RunCommand *cs = run_commands(run, &n);
    CHECK_INT_EQ(s->n_commands, n);
    for (int i = 0; i < n; i++) {
        char *line = xasprintf("$ %s\n%s", cs[i].line, cs[i].output);
        CHECK_CONTAINS(s->terminal, line);
        free(line);
    }
    char *chat = shown(&f.k, rp, UI_REPLAY_CHAT);   /* without the scenario: cast ids */
    CHECK_CONTAINS(chat, "priya: ");
    free(chat);
    ui_replay_free(rp);
    run_free(run);
    loop_free(loop);
    fixture_close(&f);
}

/* A finished run of another scenario for ana, stored by hand after the reference (newest). */
static int64_t store_other_run(Store *st, const char *learner)
{
    int64_t id = store_run_begin(st, &(StoreRunInfo){.scenario_id = "retired-scenario", .scenario_title = "A retired scenario",
                                                     .learner = learner, .mode = "play"});
    char *json = ev_start_json(&(EvStart){"retired-scenario", "h", learner, "scripted"});
    store_event_append(st, id, 0, "start", json);
    free(json);
    StoreResultLine line = {"check", "merged", NULL, "Merged", "git", 0, 10, false, "not merged"};
    store_run_finish(st, id, &(StoreRunOutcome){"failed", 0, 10, 0, "finished"}, &line, 1);
    return id;
}

static void key_history(UiHistory *h, SDL_Keycode sym)
{
    SDL_Event ev = {0};
    ev.type = SDL_KEYDOWN;
    ev.key.keysym.sym = sym;
    ui_history_handle_event(h, &ev);
}

static void test_history_lists_opens_and_asks_for_replay(void)
{
    Fixture f;
    REQUIRE(fixture_open(&f));
    Store *st = f.st;
    static int64_t other = 0;
    if (!other) {
        other = store_other_run(st, "ana");
        store_other_run(st, "bo");   /* not ana's: not listed */
    }
    Catalog *cat = f.cat;
    UiHistory *h = ui_history_new(&f.k.fonts, st, cat, "ana");
    REQUIRE(ui_history_count(h) == 2);
    CHECK_INT_EQ(ui_history_run_id(h, 0), other);          /* newest first */
    CHECK_INT_EQ(ui_history_run_id(h, 1), reference_run);
    char *row = ui_history_row_text(h, 1);
    CHECK_CONTAINS(row, "Your first bug fix \xc2\xb7 run \xc2\xb7 passed \xc2\xb7 100 %");
    free(row);
    ui_history_render(h, f.k.r, SHOT_W, SHOT_H);
    CHECK(ui_history_row_rect(h, 1).h > 0);

    /* A scenario no longer installed: its breakdown cannot open, said on screen. */
    key_history(h, SDLK_RETURN);
    CHECK(!ui_history_is_open(h));
    CHECK_CONTAINS(ui_history_error(h), "retired-scenario");

    /* Down, Enter: the reference run's breakdown in the results view. */
    key_history(h, SDLK_DOWN);
    CHECK_INT_EQ(ui_history_selected(h), 1);
    key_history(h, SDLK_RETURN);
    REQUIRE(ui_history_is_open(h));
    ui_history_render(h, f.k.r, SHOT_W, SHOT_H);
    char *results = ui_score_text(ui_history_results(h)->self, false);
    CHECK_CONTAINS(results, "Kept Priya informed");
    CHECK_CONTAINS(results, "100");
    free(results);
    CHECK(ui_history_replay_button(h).w > 0);
    CHECK(kit_snapshot(&f.k, "history-breakdown.png"));

    int64_t asked = 0;
    CHECK(ui_history_take_action(h, &asked, NULL) == UI_HISTORY_NONE);
    key_history(h, SDLK_r);
    CHECK(ui_history_take_action(h, &asked, NULL) == UI_HISTORY_REPLAY);
    CHECK_INT_EQ(asked, reference_run);
    /* The breakdown's Try again asks for the run's scenario anew. */
    SDL_Rect retry = ui_score_button(ui_history_results(h)->self, UI_SCORE_RETRY);
    REQUIRE(retry.w > 0);
    SDL_Event click = {0};
    click.type = SDL_MOUSEBUTTONDOWN;
    click.button.button = SDL_BUTTON_LEFT;
    click.button.x = retry.x + retry.w / 2;
    click.button.y = retry.y + retry.h / 2;
    ui_history_handle_event(h, &click);
    click.type = SDL_MOUSEBUTTONUP;
    ui_history_handle_event(h, &click);
    const char *again = NULL;
    CHECK(ui_history_take_action(h, &asked, &again) == UI_HISTORY_RETRY);
    CHECK_STR_EQ(again, "first-bugfix");

    key_history(h, SDLK_ESCAPE);
    CHECK(!ui_history_is_open(h));
    CHECK(ui_history_take_action(h, &asked, NULL) == UI_HISTORY_NONE);
    key_history(h, SDLK_ESCAPE);
    CHECK(ui_history_take_action(h, &asked, NULL) == UI_HISTORY_BACK);
    ui_history_free(h);
    fixture_close(&f);
}

static void shell_key(UiShell *shell, SDL_Keycode sym, Uint16 mod)
{
    SDL_Event ev = {0};
    ev.type = SDL_KEYDOWN;
    ev.key.keysym.sym = sym;
    ev.key.keysym.mod = mod;
    ui_shell_handle_event(shell, &ev);
}

/* Home, Ctrl+H, the run, Replay, Esc, Esc: back on the home. */
static void test_shell_from_home_to_replay_and_back(void)
{
    Fixture f;
    REQUIRE(fixture_open(&f));
    Store *st = f.st;
    Catalog *cat = f.cat;
    UiShellOptions so = {.catalog = cat, .store = st, .learner = "ana", .hooks = {.start_run = kit_no_run, .end_run = kit_end_run}};
    UiShell *shell = ui_shell_new(&f.k.fonts, &so);
    ui_shell_render(shell, f.k.r, SHOT_W, SHOT_H);
    CHECK(ui_home_history_button(ui_shell_home(shell)).w > 0);
    shell_key(shell, SDLK_h, KMOD_LCTRL);
    UiHistory *h = ui_shell_history(shell);
    REQUIRE(h);
    for (int i = 0; i < ui_history_count(h) && ui_history_run_id(h, ui_history_selected(h)) != reference_run; i++)
        shell_key(shell, SDLK_DOWN, KMOD_NONE);
    shell_key(shell, SDLK_RETURN, KMOD_NONE);
    CHECK(ui_history_is_open(h));
    shell_key(shell, SDLK_RETURN, KMOD_NONE);
    REQUIRE(ui_shell_replay(shell));
    ui_shell_render(shell, f.k.r, SHOT_W, SHOT_H);
    CHECK(!ui_replay_playing(ui_shell_replay(shell)));
    CHECK(!ui_shell_animating(shell));
    shell_key(shell, SDLK_SPACE, KMOD_NONE);
    CHECK(ui_shell_animating(shell));
    shell_key(shell, SDLK_ESCAPE, KMOD_NONE);
    CHECK(!ui_shell_replay(shell));
    CHECK(ui_shell_history(shell) == h);
    shell_key(shell, SDLK_ESCAPE, KMOD_NONE);   /* closes the breakdown */
    shell_key(shell, SDLK_ESCAPE, KMOD_NONE);   /* back home */
    CHECK(!ui_shell_history(shell));
    ui_shell_render(shell, f.k.r, SHOT_W, SHOT_H);
    CHECK(kit_snapshot(&f.k, "home-with-history.png"));
    ui_shell_free(shell);
    fixture_close(&f);
}

/* `worksim replay RUN_ID --desktop` opens the replay in a window (offscreen here) and saves
 * its first frame at --at; --at without --desktop is a usage error. */
static void test_cli_replay_desktop(void)
{
    REQUIRE(stored_reference());
    char *png = xasprintf("%s/cli-replay.png", testlib_temp_dir());
    char *out = NULL, *err = NULL;
    const char *args[] = {"--db", db_path, "replay", "1", "--desktop", "--at", "60", "--snapshot", png, NULL};
    /* SDL's dummy driver, as test_cli's play snapshot: the offscreen one loads Mesa through EGL,
     * whose allocations LeakSanitizer reports once the library is unloaded (not ours) */
    const char *env[] = {"SDL_VIDEODRIVER=dummy", NULL};
    CHECK_INT_EQ(testlib_run_worksim(args, env, &out, &err), 0);
    CHECK(util_is_regular_file(png, NULL));
    free(out);
    free(err);
    const char *bad[] = {"--db", db_path, "replay", "1", "--at", "60", NULL};
    CHECK_INT_EQ(testlib_run_worksim(bad, env, &out, &err), 2);
    CHECK_CONTAINS(err, "--desktop");
    free(out);
    free(err);
    free(png);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_replay_at_16x_scrubs_and_steps),
        TEST_CASE(test_replay_matches_the_run),
        TEST_CASE(test_history_lists_opens_and_asks_for_replay),
        TEST_CASE(test_shell_from_home_to_replay_and_back),
        TEST_CASE(test_cli_replay_desktop),
    };
    int rc = testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
    free(db_path);
    return rc;
}
