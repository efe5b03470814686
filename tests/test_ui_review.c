/* test_ui_review.c: the Code review app on real runs (bubblewrap sandbox, virtual clock),
 * drawn into a software renderer: the diff follows the learner's commands, a workspace
 * without git says so, and review decisions reach the thread both from forwarded run events
 * and, without them, from task status changes and the reviewer's messages. One frame of each
 * tab is saved as a PNG in the test folder (and in $WORKSIM_UI_SHOTS when set). */
#define _GNU_SOURCE
#include "ui_view_kit.h"

#include "ui/ui_review.h"

#define FIX_LINE "discounted = amount * (1 - percent / Decimal(100))"
#define FIX_SED "sed -i 's|discounted = amount - percent$|" FIX_LINE "|' shop/pricing.py"

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

/* The whole surface to draw on and the scenario in dir started as Alex Doe, its events
 * forwarded through fwd unless NULL; the run is still going. */
static bool start(Kit *k, const char *dir, Forward *fwd)
{
    RunOptions ro = {.learner = "Alex Doe", .mode = "run", .on_event = fwd ? forward_event : NULL, .event_ud = fwd};
    return kit_canvas(k, KIT_W, KIT_H) && kit_start(k, dir, ro) && !run_is_finished(k->run);
}

static bool sh(Kit *k, const char *line)
{
    char *err = NULL;
    bool ok = run_learner_sh(k->run, line, 60, &err);
    if (!ok) fprintf(stderr, "  sh %s: %s\n", line, err);
    free(err);
    kit_idle(k);
    return ok;
}

static bool submit(Kit *k, const char *task)
{
    char *err = NULL;
    bool ok = run_learner_submit(k->run, task, &err);
    if (!ok) fprintf(stderr, "  submit %s: %s\n", task, err);
    free(err);
    return ok;
}

static void test_review_diff_follows_learner_commands_and_reviews_reach_thread(void)
{
    Kit k;
    REQUIRE(start(&k, KIT_SCENARIOS "/first-bugfix", NULL));
    kit_show(&k, ui_review_view_new(k.run));
    CHECK_STR_EQ(k.view.title, "Code review");

    /* Focus reads the diff in the background: nothing changed yet. */
    k.view.focus(k.view.self, true);
    CHECK(ui_review_loading(k.view.self));
    kit_idle(&k);
    kit_render(&k);
    CHECK(!ui_review_loading(k.view.self));
    CHECK_STR_EQ(ui_review_state(k.view.self), "no changes");
    char *diff = ui_review_diff_text(k.view.self);
    CHECK_STR_EQ(diff, "");
    free(diff);

    /* A command edits a file: the next frame notices the command and re-reads the diff. */
    REQUIRE(sh(&k, FIX_SED));
    kit_render(&k);
    CHECK(ui_review_loading(k.view.self));
    kit_idle(&k);
    kit_render(&k);
    CHECK_STR_EQ(ui_review_state(k.view.self), "changes");
    diff = ui_review_diff_text(k.view.self);
    CHECK_CONTAINS(diff, "+    " FIX_LINE "\n");
    CHECK_CONTAINS(diff, "-    discounted = amount - percent\n");
    CHECK_CONTAINS(diff, "+++ b/shop/pricing.py");
    free(diff);
    /* A new file the learner did not add to git shows up too. */
    REQUIRE(sh(&k, "printf 'scratch notes\\n' > NOTES.txt"));
    kit_idle(&k);
    kit_render(&k);
    kit_idle(&k);
    kit_render(&k);
    diff = ui_review_diff_text(k.view.self);
    CHECK_CONTAINS(diff, "+scratch notes");
    free(diff);
    CHECK(kit_snapshot(&k, "review-files.png"));

    /* Submitted before committing: checks fail, the reviewer requests changes. Events are not
     * forwarded here, so the view derives the decision from the task and Marco's message. */
    REQUIRE(sh(&k, "rm NOTES.txt"));
    REQUIRE(submit(&k, "fix"));
    kit_render(&k);
    kit_idle(&k);
    kit_render(&k);
    CHECK_INT_EQ(ui_review_decision_count(k.view.self), 1);
    char *thread = ui_review_thread_text(k.view.self);
    CHECK_CONTAINS(thread, "Marco Rossi requested changes on SHOP-142");
    CHECK_CONTAINS(thread, "commit");
    free(thread);
    CHECK_INT_EQ(k.view.badge(k.view.self), 0);   /* seen: the view is in front */

    /* In the background: commit, resubmit; the approval shows as a badge until focused. */
    k.view.focus(k.view.self, false);
    REQUIRE(sh(&k, "git add shop/pricing.py && git commit -q -m 'Apply coupon discount as a percentage (SHOP-142)'"));
    REQUIRE(submit(&k, "fix"));
    CHECK_INT_EQ(k.view.badge(k.view.self), 0);
    kit_idle(&k);
    CHECK_INT_EQ(k.view.badge(k.view.self), 1);
    k.view.focus(k.view.self, true);
    CHECK_INT_EQ(k.view.badge(k.view.self), 0);
    kit_idle(&k);
    kit_render(&k);
    thread = ui_review_thread_text(k.view.self);
    CHECK_CONTAINS(thread, "Marco Rossi approved on SHOP-142");
    free(thread);
    /* The page still compares with the starting point: the committed fix stays visible. */
    diff = ui_review_diff_text(k.view.self);
    CHECK_CONTAINS(diff, "+    " FIX_LINE "\n");
    CHECK(!strstr(diff, "NOTES.txt"));
    free(diff);
    CHECK(kit_snapshot(&k, "review-conversation.png"));

    kit_close(&k);
}

static void test_review_says_when_workspace_is_not_git(void)
{
    Kit k;
    REQUIRE(start(&k, KIT_FIXTURES "/colleagues", NULL));
    kit_show(&k, ui_review_view_new(k.run));
    k.view.focus(k.view.self, true);
    kit_idle(&k);
    kit_render(&k);
    CHECK_STR_EQ(ui_review_state(k.view.self), "not a git repository");
    kit_close(&k);
}

static void test_review_forwarded_events_give_decisions_with_comments(void)
{
    Kit k;
    Forward fwd = {0};
    REQUIRE(start(&k, KIT_FIXTURES "/colleagues", &fwd));
    kit_show(&k, ui_review_view_new(k.run));
    fwd.view = k.view.self;
    k.view.focus(k.view.self, true);
    kit_idle(&k);

    /* A real review through the run's event stream: exactly one decision, not two. */
    REQUIRE(sh(&k, "echo yes > done.txt"));
    REQUIRE(submit(&k, "t1"));
    kit_render(&k);
    kit_idle(&k);
    kit_render(&k);
    CHECK_INT_EQ(ui_review_decision_count(k.view.self), 1);
    char *thread = ui_review_thread_text(k.view.self);
    CHECK_CONTAINS(thread, "Ana Lima approved on Create done.txt: Looks good to me. Approved.");
    free(thread);

    /* A reviewer's line comments (as a claude reviewer logs them) and a reviewer away. */
    ui_review_note_event(k.view.self, "review",
                         "{\"task\":\"t1\",\"reviewer\":\"ana\",\"approved\":false,"
                         "\"summary\":\"Close, but two things before this can go in.\","
                         "\"comments\":[{\"path\":\"done.txt\",\"line\":1,\"kind\":\"essential\","
                         "\"text\":\"The file must say exactly yes, without trailing spaces.\"},"
                         "{\"path\":\"notes.txt\",\"line\":2,\"kind\":\"celebratory\","
                         "\"text\":\"Nice find in the notes.\"}]}");
    ui_review_note_event(k.view.self, "colleague_away", "{\"who\":\"ana\",\"error\":\"HTTP 529\"}");
    ui_review_show_files(k.view.self, false);
    kit_render(&k);
    CHECK_INT_EQ(ui_review_decision_count(k.view.self), 2);   /* the task is done: away is moot */
    thread = ui_review_thread_text(k.view.self);
    CHECK_CONTAINS(thread, "Ana Lima requested changes on Create done.txt: Close, but two things");
    CHECK_CONTAINS(thread, "[essential] done.txt:1 The file must say exactly yes");
    CHECK_CONTAINS(thread, "[celebratory] notes.txt:2 Nice find");
    free(thread);
    CHECK(kit_snapshot(&k, "review-comments.png"));

    /* Scrolling the conversation: the wheel moves it when it is longer than the window. */
    for (int i = 0; i < 6; i++)
        ui_review_note_event(k.view.self, "review",
                             "{\"task\":\"t1\",\"reviewer\":\"ana\",\"approved\":true,\"summary\":\"Again fine.\"}");
    kit_render(&k);
    CHECK_INT_EQ(ui_review_scroll(k.view.self), 0);
    CHECK(kit_wheel(&k, 500, 400, -2));
    kit_render(&k);
    CHECK(ui_review_scroll(k.view.self) > 0);

    fwd.view = NULL;   /* the view goes first; the run's last events go nowhere */
    kit_close(&k);
}

/* A repository without gitrepo's base marker compares with its root commit; deleted, binary
 * and long-lined files, odd bytes and a long path are shown, not interpreted. */
static void test_review_diff_of_plain_repo_with_odd_files(void)
{
    Kit k;
    REQUIRE(start(&k, KIT_FIXTURES "/colleagues", NULL));
    REQUIRE(sh(&k, "git init -q . && git add -A && git -c user.name=A -c user.email=a@b commit -qm init"));
    kit_show(&k, ui_review_view_new(k.run));
    k.view.focus(k.view.self, true);
    kit_idle(&k);
    kit_render(&k);
    CHECK_STR_EQ(ui_review_state(k.view.self), "no changes");
    REQUIRE(sh(&k,
               "git rm -q notes.txt && mkdir -p src/a/very/deeply/nested/folder/structure/that/goes/on/and/on && "
               "printf 'x = \"%0300d\"\\n\\tindented\\033[31m red?\\n' 0 > "
               "src/a/very/deeply/nested/folder/structure/that/goes/on/and/on/module_with_a_long_name.py && "
               "printf 'PNG\\000\\001binary' > blob.bin && git add -A"));
    kit_render(&k);
    kit_idle(&k);
    kit_render(&k);
    char *diff = ui_review_diff_text(k.view.self);
    CHECK_CONTAINS(diff, "deleted file mode");
    CHECK_CONTAINS(diff, "Binary files");
    CHECK_CONTAINS(diff, "module_with_a_long_name.py");
    free(diff);
    CHECK(kit_snapshot(&k, "review-odd-files.png"));
    /* Shift-free horizontal wheel scrolls the code sideways without moving the page. */
    CHECK(kit_wheel_xy(&k, 500, 400, 5, 0));
    kit_render(&k);
    CHECK_INT_EQ(ui_review_scroll(k.view.self), 0);
    CHECK(kit_snapshot(&k, "review-odd-files-hscroll.png"));
    kit_close(&k);
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
