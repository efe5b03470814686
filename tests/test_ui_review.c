/* test_ui_review.c: the Code review app on real runs (bubblewrap sandbox, virtual clock),
 * drawn into a software renderer: the diff follows the learner's commands, a workspace
 * without git says so, and review decisions reach the thread both from forwarded run events
 * and, without them, from task status changes and the reviewer's messages. One frame of each
 * tab is saved as a PNG in the test folder (and in $WORKSIM_UI_SHOTS when set). */
#define _GNU_SOURCE
#include "testlib.h"

#include "ui/ui_fonts.h"
#include "ui/ui_review.h"
#include "util/util.h"

#include <SDL_image.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SCENARIOS WORKSIM_TESTS_DIR "/../scenarios"
#define FIXTURES WORKSIM_TESTS_DIR "/fixtures/runs"
#define FIX_LINE "discounted = amount * (1 - percent / Decimal(100))"
#define FIX_SED "sed -i 's|discounted = amount - percent$|" FIX_LINE "|' shop/pricing.py"

typedef struct Gfx {
    SDL_Surface *surface;
    SDL_Renderer *r;
    UiFonts fonts;
} Gfx;

static bool gfx_open(Gfx *g)
{
    memset(g, 0, sizeof *g);
    if (SDL_Init(0) != 0) return false;
    g->surface = SDL_CreateRGBSurfaceWithFormat(0, 1000, 700, 32, SDL_PIXELFORMAT_ARGB8888);
    g->r = g->surface ? SDL_CreateSoftwareRenderer(g->surface) : NULL;
    char *err = NULL;
    bool ok = g->r && ui_fonts_open(&g->fonts, &err);
    if (err) fprintf(stderr, "  fonts: %s\n", err);
    free(err);
    return ok;
}

static void gfx_close(Gfx *g)
{
    ui_fonts_close(&g->fonts);
    if (g->r) SDL_DestroyRenderer(g->r);
    SDL_FreeSurface(g->surface);
    TTF_Quit();
    SDL_Quit();
}

static void frame(Gfx *g, UiView *view)
{
    UiDraw d = {g->r, &g->fonts, -1, -1};
    SDL_SetRenderDrawColor(g->r, 0, 0, 0, 255);
    SDL_RenderClear(g->r);
    view->render(view->self, &d, (SDL_Rect){0, 0, 1000, 700});
    SDL_RenderPresent(g->r);
}

static void save_png(Gfx *g, const char *name)
{
    char *path = xasprintf("%s/%s", testlib_temp_dir(), name);
    CHECK(IMG_SavePNG(g->surface, path) == 0);
    free(path);
    const char *shots = getenv("WORKSIM_UI_SHOTS");
    if (shots && *shots) {
        path = xasprintf("%s/%s", shots, name);
        IMG_SavePNG(g->surface, path);
        fprintf(stderr, "  saved %s\n", path);
        free(path);
    }
}

/* The view an on_event forwarder feeds (NULL: events are not forwarded). */
typedef struct Forward {
    void *view;
} Forward;

static void forward_event(void *ud, Run *run, const char *kind, const char *json)
{
    (void)run;
    Forward *f = ud;
    if (f->view) ui_review_note_event(f->view, kind, json);
}

static Run *start(const char *dir, Loop **loop, Forward *fwd)
{
    char *err = NULL;
    Scenario *sc = scenario_load(dir, &err);
    if (!sc) fprintf(stderr, "  load %s: %s\n", dir, err);
    free(err);
    if (!sc) return NULL;
    *loop = loop_new(true);
    RunOptions ro = {.learner = "Alex Doe", .mode = "run", .loop = *loop,
                     .on_event = fwd ? forward_event : NULL, .event_ud = fwd};
    Run *run = run_start(sc, &ro);
    loop_run_until_idle(*loop, NULL);
    return run;
}

static bool sh(Run *run, Loop *loop, const char *line)
{
    char *err = NULL;
    bool ok = run_learner_sh(run, line, 60, &err);
    if (!ok) fprintf(stderr, "  sh %s: %s\n", line, err);
    free(err);
    loop_run_until_idle(loop, NULL);
    return ok;
}

static bool submit(Run *run, const char *task)
{
    char *err = NULL;
    bool ok = run_learner_submit(run, task, &err);
    if (!ok) fprintf(stderr, "  submit %s: %s\n", task, err);
    free(err);
    return ok;
}

static void test_review_diff_follows_learner_commands_and_reviews_reach_thread(void)
{
    Gfx g;
    REQUIRE(gfx_open(&g));
    Loop *loop = NULL;
    Run *run = start(SCENARIOS "/first-bugfix", &loop, NULL);
    REQUIRE(run && !run_is_finished(run));
    UiView view = ui_review_view_new(run);
    CHECK_STR_EQ(view.title, "Code review");

    /* Focus reads the diff in the background: nothing changed yet. */
    view.focus(view.self, true);
    CHECK(ui_review_loading(view.self));
    loop_run_until_idle(loop, NULL);
    frame(&g, &view);
    CHECK(!ui_review_loading(view.self));
    CHECK_STR_EQ(ui_review_state(view.self), "no changes");
    char *diff = ui_review_diff_text(view.self);
    CHECK_STR_EQ(diff, "");
    free(diff);

    /* A command edits a file: the next frame notices the command and re-reads the diff. */
    REQUIRE(sh(run, loop, FIX_SED));
    frame(&g, &view);
    CHECK(ui_review_loading(view.self));
    loop_run_until_idle(loop, NULL);
    frame(&g, &view);
    CHECK_STR_EQ(ui_review_state(view.self), "changes");
    diff = ui_review_diff_text(view.self);
    CHECK_CONTAINS(diff, "+    " FIX_LINE "\n");
    CHECK_CONTAINS(diff, "-    discounted = amount - percent\n");
    CHECK_CONTAINS(diff, "+++ b/shop/pricing.py");
    free(diff);
    /* A new file the learner did not add to git shows up too. */
    REQUIRE(sh(run, loop, "printf 'scratch notes\\n' > NOTES.txt"));
    loop_run_until_idle(loop, NULL);
    frame(&g, &view);
    loop_run_until_idle(loop, NULL);
    frame(&g, &view);
    diff = ui_review_diff_text(view.self);
    CHECK_CONTAINS(diff, "+scratch notes");
    free(diff);
    save_png(&g, "review-files.png");

    /* Submitted before committing: checks fail, the reviewer requests changes. Events are not
     * forwarded here, so the view derives the decision from the task and Marco's message. */
    REQUIRE(sh(run, loop, "rm NOTES.txt"));
    REQUIRE(submit(run, "fix"));
    frame(&g, &view);
    loop_run_until_idle(loop, NULL);
    frame(&g, &view);
    CHECK_INT_EQ(ui_review_decision_count(view.self), 1);
    char *thread = ui_review_thread_text(view.self);
    CHECK_CONTAINS(thread, "Marco Rossi requested changes on SHOP-142");
    CHECK_CONTAINS(thread, "commit");
    free(thread);
    CHECK_INT_EQ(view.badge(view.self), 0);   /* seen: the view is in front */

    /* In the background: commit, resubmit; the approval shows as a badge until focused. */
    view.focus(view.self, false);
    REQUIRE(sh(run, loop, "git add shop/pricing.py && git commit -q -m 'Apply coupon discount as a percentage (SHOP-142)'"));
    REQUIRE(submit(run, "fix"));
    CHECK_INT_EQ(view.badge(view.self), 0);
    loop_run_until_idle(loop, NULL);
    CHECK_INT_EQ(view.badge(view.self), 1);
    view.focus(view.self, true);
    CHECK_INT_EQ(view.badge(view.self), 0);
    loop_run_until_idle(loop, NULL);
    frame(&g, &view);
    thread = ui_review_thread_text(view.self);
    CHECK_CONTAINS(thread, "Marco Rossi approved on SHOP-142");
    free(thread);
    /* The page still compares with the starting point: the committed fix stays visible. */
    diff = ui_review_diff_text(view.self);
    CHECK_CONTAINS(diff, "+    " FIX_LINE "\n");
    CHECK(!strstr(diff, "NOTES.txt"));
    free(diff);
    save_png(&g, "review-conversation.png");

    view.free(view.self);
    run_free(run);
    loop_free(loop);
    gfx_close(&g);
}

static void test_review_says_when_workspace_is_not_git(void)
{
    Gfx g;
    REQUIRE(gfx_open(&g));
    Loop *loop = NULL;
    Run *run = start(FIXTURES "/colleagues", &loop, NULL);
    REQUIRE(run && !run_is_finished(run));
    UiView view = ui_review_view_new(run);
    view.focus(view.self, true);
    loop_run_until_idle(loop, NULL);
    frame(&g, &view);
    CHECK_STR_EQ(ui_review_state(view.self), "not a git repository");
    view.free(view.self);
    run_free(run);
    loop_free(loop);
    gfx_close(&g);
}

static void test_review_forwarded_events_give_decisions_with_comments(void)
{
    Gfx g;
    REQUIRE(gfx_open(&g));
    Loop *loop = NULL;
    Forward fwd = {0};
    Run *run = start(FIXTURES "/colleagues", &loop, &fwd);
    REQUIRE(run && !run_is_finished(run));
    UiView view = ui_review_view_new(run);
    fwd.view = view.self;
    view.focus(view.self, true);
    loop_run_until_idle(loop, NULL);

    /* A real review through the run's event stream: exactly one decision, not two. */
    REQUIRE(sh(run, loop, "echo yes > done.txt"));
    REQUIRE(submit(run, "t1"));
    frame(&g, &view);
    loop_run_until_idle(loop, NULL);
    frame(&g, &view);
    CHECK_INT_EQ(ui_review_decision_count(view.self), 1);
    char *thread = ui_review_thread_text(view.self);
    CHECK_CONTAINS(thread, "Ana Lima approved on Create done.txt: Looks good to me. Approved.");
    free(thread);

    /* A reviewer's line comments (as a claude reviewer logs them) and a reviewer away. */
    ui_review_note_event(view.self, "review",
                         "{\"task\":\"t1\",\"reviewer\":\"ana\",\"approved\":false,"
                         "\"summary\":\"Close, but two things before this can go in.\","
                         "\"comments\":[{\"path\":\"done.txt\",\"line\":1,\"kind\":\"essential\","
                         "\"text\":\"The file must say exactly yes, without trailing spaces.\"},"
                         "{\"path\":\"notes.txt\",\"line\":2,\"kind\":\"celebratory\","
                         "\"text\":\"Nice find in the notes.\"}]}");
    ui_review_note_event(view.self, "colleague_away", "{\"who\":\"ana\",\"error\":\"HTTP 529\"}");
    ui_review_show_files(view.self, false);
    frame(&g, &view);
    CHECK_INT_EQ(ui_review_decision_count(view.self), 2);   /* the task is done: away is moot */
    thread = ui_review_thread_text(view.self);
    CHECK_CONTAINS(thread, "Ana Lima requested changes on Create done.txt: Close, but two things");
    CHECK_CONTAINS(thread, "[essential] done.txt:1 The file must say exactly yes");
    CHECK_CONTAINS(thread, "[celebratory] notes.txt:2 Nice find");
    free(thread);
    save_png(&g, "review-comments.png");

    /* Scrolling the conversation: the wheel moves it when it is longer than the window. */
    for (int i = 0; i < 6; i++)
        ui_review_note_event(view.self, "review",
                             "{\"task\":\"t1\",\"reviewer\":\"ana\",\"approved\":true,\"summary\":\"Again fine.\"}");
    frame(&g, &view);
    CHECK_INT_EQ(ui_review_scroll(view.self), 0);
    SDL_Event ev = {0};
    ev.type = SDL_MOUSEWHEEL;
    ev.wheel.y = -2;
    ev.wheel.mouseX = 500;
    ev.wheel.mouseY = 400;
    CHECK(view.handle_event(view.self, &ev, (SDL_Rect){0, 0, 1000, 700}));
    frame(&g, &view);
    CHECK(ui_review_scroll(view.self) > 0);

    view.free(view.self);
    fwd.view = NULL;
    run_free(run);
    loop_free(loop);
    gfx_close(&g);
}

/* A repository without gitrepo's base marker compares with its root commit; deleted, binary
 * and long-lined files, odd bytes and a long path are shown, not interpreted. */
static void test_review_diff_of_plain_repo_with_odd_files(void)
{
    Gfx g;
    REQUIRE(gfx_open(&g));
    Loop *loop = NULL;
    Run *run = start(FIXTURES "/colleagues", &loop, NULL);
    REQUIRE(run && !run_is_finished(run));
    REQUIRE(sh(run, loop, "git init -q . && git add -A && git -c user.name=A -c user.email=a@b commit -qm init"));
    UiView view = ui_review_view_new(run);
    view.focus(view.self, true);
    loop_run_until_idle(loop, NULL);
    frame(&g, &view);
    CHECK_STR_EQ(ui_review_state(view.self), "no changes");
    REQUIRE(sh(run, loop,
               "git rm -q notes.txt && mkdir -p src/a/very/deeply/nested/folder/structure/that/goes/on/and/on && "
               "printf 'x = \"%0300d\"\\n\\tindented\\033[31m red?\\n' 0 > "
               "src/a/very/deeply/nested/folder/structure/that/goes/on/and/on/module_with_a_long_name.py && "
               "printf 'PNG\\000\\001binary' > blob.bin && git add -A"));
    frame(&g, &view);
    loop_run_until_idle(loop, NULL);
    frame(&g, &view);
    char *diff = ui_review_diff_text(view.self);
    CHECK_CONTAINS(diff, "deleted file mode");
    CHECK_CONTAINS(diff, "Binary files");
    CHECK_CONTAINS(diff, "module_with_a_long_name.py");
    free(diff);
    save_png(&g, "review-odd-files.png");
    /* Shift-free horizontal wheel scrolls the code sideways without moving the page. */
    SDL_Event ev = {0};
    ev.type = SDL_MOUSEWHEEL;
    ev.wheel.x = 5;
    ev.wheel.mouseX = 500;
    ev.wheel.mouseY = 400;
    CHECK(view.handle_event(view.self, &ev, (SDL_Rect){0, 0, 1000, 700}));
    frame(&g, &view);
    CHECK_INT_EQ(ui_review_scroll(view.self), 0);
    save_png(&g, "review-odd-files-hscroll.png");
    view.free(view.self);
    run_free(run);
    loop_free(loop);
    gfx_close(&g);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_review_diff_follows_learner_commands_and_reviews_reach_thread),
        TEST_CASE(test_review_says_when_workspace_is_not_git),
        TEST_CASE(test_review_forwarded_events_give_decisions_with_comments),
        TEST_CASE(test_review_diff_of_plain_repo_with_odd_files),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
