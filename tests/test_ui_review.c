/* test_ui_review.c: the Code review app on real runs (bubblewrap sandbox, virtual clock),
 * drawn into a software renderer: the diff follows the learner's commands, a workspace
 * without git is compared with its snapshot of the start, the review decisions the run keeps (verdicts with line comments from
 * a claude reviewer on the fake server, a reviewer away) are drawn, and a claude colleague's
 * view_diff shows the same files as the app. One frame of each tab is saved as a PNG in the
 * test folder (and in $WORKSIM_UI_SHOTS when set). */
#define _GNU_SOURCE
#include "ui_view_kit.h"

#include "fake_anthropic.h"

#include "core/workspace_diff.h"
#include "llm/colleague.h"
#include "ui/ui_review.h"

#include <cjson/cJSON.h>

#define FIX_LINE "discounted = amount * (1 - percent / Decimal(100))"
#define FIX_SED "sed -i 's|discounted = amount - percent$|" FIX_LINE "|' shop/pricing.py"

/* The whole surface to draw on and the scenario in dir started as Alex Doe; with claude,
 * the colleagues are the claude backend against the fake server. The run is still going. */
static bool start(Kit *k, const char *dir, bool claude)
{
    if (!kit_canvas(k, KIT_W, KIT_H)) return false;
    RunOptions ro = {.learner = "Alex Doe", .mode = "run"};
    if (claude) {
        char *err = NULL;
        if (!fake_anthropic_start(false, "test") || !(k->colleagues = colleague_claude_new(NULL, "claude-sonnet-4-6", &err))) {
            fprintf(stderr, "  claude backend: %s\n", err ? err : "the fake server did not start");
            free(err);
            return false;
        }
        ro.colleagues = k->colleagues;
    }
    return kit_start(k, dir, ro) && !run_is_finished(k->run);
}

/* Resets the fake server and queues what the "model" answers. */
static void server_script(const char *spec)
{
    free(fake_anthropic_call("POST", "/_reset", NULL));
    free(fake_anthropic_call("POST", "/_script", spec));
}

/* The Review app's diff in its text form ("" before the first read). Caller frees. */
static char *diff_text(Kit *k)
{
    const WorkspaceDiff *d = ui_review_diff(k->view.self);
    return d ? workspace_diff_text(d, 1 << 20) : xstrdup("");
}

static int review_count(Kit *k)
{
    int n = 0;
    run_reviews(k->run, &n);
    return n;
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
    REQUIRE(start(&k, KIT_SCENARIOS "/first-bugfix", false));
    kit_show(&k, ui_review_view_new(k.run));
    CHECK_STR_EQ(k.view.title, "Code review");

    /* Focus reads the diff in the background: nothing changed yet. */
    k.view.focus(k.view.self, true);
    CHECK(ui_review_loading(k.view.self));
    kit_idle(&k);
    kit_render(&k);
    CHECK(!ui_review_loading(k.view.self));
    CHECK_STR_EQ(ui_review_state(k.view.self), "no changes");
    char *diff = diff_text(&k);
    CHECK_STR_EQ(diff, "");
    free(diff);

    /* A command edits a file: the next frame notices the command and re-reads the diff. */
    REQUIRE(sh(&k, FIX_SED));
    kit_render(&k);
    CHECK(ui_review_loading(k.view.self));
    kit_idle(&k);
    kit_render(&k);
    CHECK_STR_EQ(ui_review_state(k.view.self), "changes");
    diff = diff_text(&k);
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
    diff = diff_text(&k);
    CHECK_CONTAINS(diff, "+scratch notes");
    free(diff);
    CHECK(kit_snapshot(&k, "review-files.png"));

    /* Submitted before committing: checks fail, the reviewer requests changes. */
    REQUIRE(sh(&k, "rm NOTES.txt"));
    REQUIRE(submit(&k, "fix"));
    kit_render(&k);
    kit_idle(&k);
    kit_render(&k);
    CHECK_INT_EQ(review_count(&k), 1);
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
    diff = diff_text(&k);
    CHECK_CONTAINS(diff, "+    " FIX_LINE "\n");
    CHECK(!strstr(diff, "NOTES.txt"));
    free(diff);
    CHECK(kit_snapshot(&k, "review-conversation.png"));

    kit_close(&k);
}

/* A workspace that was no git repository at the start is compared with the engine's snapshot
 * of it: no commits, but every file the learner added, changed or removed. */
static void test_review_compares_a_workspace_without_git_with_its_start(void)
{
    Kit k;
    REQUIRE(start(&k, KIT_FIXTURES "/colleagues", false));
    kit_show(&k, ui_review_view_new(k.run));
    k.view.focus(k.view.self, true);
    kit_idle(&k);
    kit_render(&k);
    CHECK_STR_EQ(ui_review_state(k.view.self), "no changes");
    REQUIRE(sh(&k, "echo yes > done.txt && rm notes.txt"));
    kit_render(&k);
    kit_idle(&k);
    kit_render(&k);
    CHECK_STR_EQ(ui_review_state(k.view.self), "changes");
    const WorkspaceDiff *d = ui_review_diff(k.view.self);
    REQUIRE(d);
    CHECK(d->snapshot);
    char *diff = diff_text(&k);
    CHECK_CONTAINS(diff, "diff --git a/done.txt b/done.txt\nnew file\n");
    CHECK_CONTAINS(diff, "diff --git a/notes.txt b/notes.txt\ndeleted file\n");
    free(diff);
    kit_close(&k);
}

#define REVIEW_WITH_COMMENTS \
    "{\"tool_use\":[{\"name\":\"review_decision\",\"input\":{\"approved\":false," \
    "\"summary\":\"Close, but two things before this can go in.\\nSee the comments.\"," \
    "\"comments\":[{\"path\":\"done.txt\",\"line\":1,\"kind\":\"essential\"," \
    "\"text\":\"The file must say exactly yes, without trailing spaces.\"}," \
    "{\"path\":\"notes.txt\",\"line\":2,\"kind\":\"celebratory\",\"text\":\"Nice find in the notes.\"}," \
    "{\"path\":\"notes.txt\",\"line\":3,\"kind\":\"actionable\",\"text\":\"A third remark.\"}," \
    "{\"path\":\"notes.txt\",\"line\":4,\"kind\":\"actionable\",\"text\":\"A fourth remark.\"}]}}]}"

/* The run keeps each decision (a claude reviewer's line comments, a reviewer away during an
 * outage, an approval); the view draws exactly those, in order. */
static void test_review_draws_the_decisions_the_run_keeps(void)
{
    Kit k;
    REQUIRE(start(&k, KIT_FIXTURES "/colleagues", true));
    server_script("{\"queue\":[" REVIEW_WITH_COMMENTS ",{\"status\":500},{\"status\":500},{\"status\":500}],\"auto\":true}");
    kit_show(&k, ui_review_view_new(k.run));
    k.view.focus(k.view.self, true);
    kit_idle(&k);

    REQUIRE(sh(&k, "echo 'yes ' > done.txt"));
    REQUIRE(submit(&k, "t1"));
    kit_idle(&k);
    REQUIRE(submit(&k, "t1"));   /* the API is down now: the reviewer is away */
    kit_idle(&k);
    REQUIRE(sh(&k, "echo yes > done.txt"));
    REQUIRE(submit(&k, "t1"));   /* auto: the canned approval */
    kit_idle(&k);
    ui_review_show_files(k.view.self, false);
    kit_render(&k);
    CHECK_INT_EQ(review_count(&k), 3);
    char *thread = ui_review_thread_text(k.view.self);
    CHECK_CONTAINS(thread, "Ana Lima requested changes on Create done.txt: Close, but two things");
    CHECK_CONTAINS(thread, "  [essential] done.txt:1 The file must say exactly yes");
    CHECK_CONTAINS(thread, "  [celebratory] notes.txt:2 Nice find");
    CHECK_CONTAINS(thread, "Ana Lima could not review on Create done.txt");
    CHECK_CONTAINS(thread, "Ana Lima approved on Create done.txt: Looks good to me");
    const char *changes = strstr(thread, "requested changes"), *away = strstr(thread, "could not review");
    const char *approved = strstr(thread, " approved on");
    CHECK(changes && away && approved && changes < away && away < approved);
    free(thread);
    CHECK(kit_snapshot(&k, "review-comments.png"));

    /* Scrolling the conversation: the wheel moves it when it is longer than the window. */
    CHECK_INT_EQ(ui_review_scroll(k.view.self), 0);
    CHECK(kit_wheel(&k, 500, 400, -2));
    kit_render(&k);
    CHECK(ui_review_scroll(k.view.self) > 0);
    kit_close(&k);
}

/* The text of the tool_result a request carried back to the model, or NULL. Caller frees. */
static char *tool_result_text(cJSON *body)
{
    cJSON *m, *blk;
    cJSON_ArrayForEach(m, cJSON_GetObjectItem(body, "messages")) {
        cJSON_ArrayForEach(blk, cJSON_GetObjectItem(m, "content")) {
            if (!cJSON_IsObject(blk) || strcmp(cJSON_GetStringValue(cJSON_GetObjectItem(blk, "type")) ?: "", "tool_result") != 0) continue;
            cJSON *c = cJSON_GetObjectItem(blk, "content");
            if (cJSON_IsString(c)) return xstrdup(c->valuestring);
            cJSON *first = cJSON_GetArrayItem(c, 0);
            const char *t = cJSON_GetStringValue(cJSON_GetObjectItem(first, "text"));
            if (t) return xstrdup(t);
        }
    }
    return NULL;
}

/* A claude colleague's view_diff and the learner's Review app read one model: the same
 * files, the same text, committed, uncommitted and untracked changes alike. */
static void test_view_diff_shows_what_the_review_app_shows(void)
{
    Kit k;
    REQUIRE(start(&k, KIT_SCENARIOS "/first-bugfix", true));
    kit_show(&k, ui_review_view_new(k.run));
    REQUIRE(sh(&k, FIX_SED " && git commit -qam 'Fix coupon' && printf 'todo\\n' > NOTES.txt && git mv README.md README.txt"));
    k.view.focus(k.view.self, true);
    kit_idle(&k);
    const WorkspaceDiff *d = ui_review_diff(k.view.self);
    REQUIRE(d && d->n_files == 3);

    server_script("{\"queue\":[{\"tool_use\":[{\"name\":\"view_diff\",\"input\":{}}]},{\"text\":\"Seen it.\"}],\"auto\":true}");
    char *err = NULL;
    REQUIRE(run_learner_say(k.run, "marco", "could you look at my diff?", &err));
    kit_idle(&k);
    cJSON *log = fake_anthropic_requests();
    REQUIRE(cJSON_GetArraySize(log) >= 2);
    char *result = tool_result_text(cJSON_GetObjectItem(cJSON_GetArrayItem(log, 1), "body"));
    REQUIRE(result);
    char *text = workspace_diff_text(d, 1 << 20);
    CHECK_CONTAINS(result, text);
    for (int i = 0; i < d->n_files; i++) {
        char *head = xasprintf("diff --git a/%s b/%s\n", d->files[i].old_path, d->files[i].new_path);
        CHECK_CONTAINS(result, head);
        free(head);
    }
    CHECK_CONTAINS(result, "rename from README.md");
    CHECK_CONTAINS(result, "+    " FIX_LINE);
    CHECK_CONTAINS(result, "untracked: not added to git yet");
    free(text);
    free(result);
    cJSON_Delete(log);
    kit_close(&k);
}

/* Deleted, binary and long-lined files, odd bytes and a long path are shown, not interpreted. */
static void test_review_diff_with_odd_files(void)
{
    Kit k;
    REQUIRE(start(&k, KIT_SCENARIOS "/first-bugfix", false));
    kit_show(&k, ui_review_view_new(k.run));
    k.view.focus(k.view.self, true);
    kit_idle(&k);
    kit_render(&k);
    CHECK_STR_EQ(ui_review_state(k.view.self), "no changes");
    REQUIRE(sh(&k,
               "git rm -q README.md && mkdir -p src/a/very/deeply/nested/folder/structure/that/goes/on/and/on && "
               "printf 'x = \"%0300d\"\\n\\tindented\\033[31m red?\\n' 0 > "
               "src/a/very/deeply/nested/folder/structure/that/goes/on/and/on/module_with_a_long_name.py && "
               "printf 'PNG\\000\\001binary' > blob.bin && git add -A"));
    kit_render(&k);
    kit_idle(&k);
    kit_render(&k);
    char *diff = diff_text(&k);
    CHECK_CONTAINS(diff, "deleted file\n");
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
        TEST_CASE(test_review_compares_a_workspace_without_git_with_its_start),
        TEST_CASE(test_review_draws_the_decisions_the_run_keeps),
        TEST_CASE(test_view_diff_shows_what_the_review_app_shows),
        TEST_CASE(test_review_diff_with_odd_files),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
