/* test_ui_score.c: the end-of-run screen on real finished runs (first-bugfix played by its
 * reference solution and by a learner who only asks a hint and submits; bubblewrap sandbox,
 * virtual clock, scripted colleagues), drawn into a software renderer: every breakdown line
 * is laid out, scrolling changes what is visible, grading-in-progress and the cost line show.
 * Frames are saved as PNGs in the test folder (and in $WORKSIM_UI_SHOTS when set). */
#define _GNU_SOURCE
#include "ui_view_kit.h"

#include "headless/headless.h"
#include "ui/ui_score.h"

/* The wheel in the middle of the page. */
static bool wheel(Kit *k, int notches) { return kit_wheel(k, k->area.x + k->area.w / 2, k->area.y + k->area.h / 2, notches); }

/* Plays first-bugfix headlessly with script (NULL: the reference solution), stored in a
 * database in the test folder so the run has an id, and shows the finished run's score
 * view on k's canvas. Close k before freeing p (the run uses the store). */
typedef struct Played {
    Store *store;
    ActionScript *script;
} Played;

static bool play(Kit *k, Played *p, const Action *acts, int n)
{
    memset(p, 0, sizeof *p);
    if (!kit_canvas(k, KIT_W, KIT_H)) return false;
    char *err = NULL;
    char *db = xasprintf("%s/score-%d.db", testlib_temp_dir(), n);
    p->store = store_open(db, &err);
    free(db);
    Scenario *sc = p->store ? scenario_load(KIT_SCENARIOS "/first-bugfix", &err) : NULL;
    if (sc && !acts) {
        p->script = actions_load(KIT_SCENARIOS "/first-bugfix/solution/actions.lua", &err);
    } else if (sc) {
        p->script = xcalloc(1, sizeof *p->script);
        p->script->file = xstrdup("(test)");
        p->script->actions = xcalloc((size_t)n + 1, sizeof *p->script->actions);
        for (int i = 0; i < n; i++) {
            p->script->actions[i] = acts[i];
            p->script->actions[i].target = xstrdup(acts[i].target);
            p->script->actions[i].text = xstrdup(acts[i].text);
        }
        p->script->n = n;
    }
    if (!sc || !p->script) {
        fprintf(stderr, "  setup: %s\n", err ? err : "?");
        free(err);
        scenario_free(sc);
        return false;
    }
    HeadlessOptions ho = {.run = {.learner = "Alex Doe", .store = p->store}};
    k->run = headless_run(sc, p->script, &ho, &k->loop);
    if (!k->run) return false;
    kit_show(k, ui_score_view_new(k->run));
    return run_is_finished(k->run);
}

static void played_free(Played *p)
{
    actions_free(p->script);
    store_close(p->store);
}

/* Every check and rubric line of the sheet appears as "Check: label points / max", and every
 * skill as "skill points / max", whatever the scenario's current breakdown is. */
static void check_lines_and_skills_shown(const ScoreSheet *s, const char *all)
{
    for (int i = 0; i < s->n_lines; i++) {
        const ScoreLine *l = &s->lines[i];
        if (l->kind != SCORE_CHECK && l->kind != SCORE_RUBRIC) continue;
        char *want = xasprintf("%s: %s %g / %g", l->kind == SCORE_CHECK ? "Check" : "Rubric", l->label, l->points, l->max);
        CHECK_CONTAINS(all, want);
        free(want);
    }
    for (int i = 0; i < s->n_skills; i++) {
        char *want = xasprintf("%s %g / %g", s->skills[i].skill, s->skills[i].points, s->skills[i].max);
        CHECK_CONTAINS(all, want);
        free(want);
    }
}

static void test_score_solution_shows_every_line_and_scrolls(void)
{
    Kit k;
    Played p;
    REQUIRE(play(&k, &p, NULL, 0));
    const ScoreSheet *s = run_score(k.run);
    CHECK_STR_EQ(s->outcome, "passed");
    kit_render(&k);
    CHECK(kit_snapshot(&k, "score-passed.png"));

    char *all = ui_score_text(k.view.self, false);
    CHECK_CONTAINS(all, "Passed\n");
    char *total = xasprintf("%.0f / %.0f points", s->score, s->max);
    CHECK_CONTAINS(all, total);
    free(total);
    CHECK_CONTAINS(all, "You finished the run.");
    for (int i = 0; i < s->n_lines; i++) CHECK_CONTAINS(all, s->lines[i].label);
    check_lines_and_skills_shown(s, all);
    CHECK_CONTAINS(all, "told Priya");   /* the rubric's reason */
    char *later = xasprintf("worksim replay %lld", (long long)run_id(k.run));
    CHECK(run_id(k.run) > 0);
    CHECK_CONTAINS(all, later);
    CHECK(!strstr(all, "cost"));    /* scripted colleagues cost nothing */
    free(all);

    /* The page is longer than the window: the end is below it until the wheel moves it. */
    char *top = ui_score_text(k.view.self, true);
    CHECK_CONTAINS(top, "Passed\n");
    CHECK(!strstr(top, later));
    CHECK_INT_EQ(ui_score_scroll(k.view.self), 0);
    CHECK(wheel(&k, 3) == true);                 /* up at the top: stays */
    CHECK_INT_EQ(ui_score_scroll(k.view.self), 0);
    for (int i = 0; i < 40; i++) wheel(&k, -1);
    kit_render(&k);
    CHECK(ui_score_scroll(k.view.self) > 0);
    char *bottom = ui_score_text(k.view.self, true);
    CHECK_CONTAINS(bottom, later);
    CHECK(!strstr(bottom, "Passed\n"));
    CHECK(kit_snapshot(&k, "score-passed-end.png"));
    free(top);
    free(bottom);
    free(later);

    kit_close(&k);
    played_free(&p);
}

static void test_score_failed_run_shows_feedback_and_hint_cost(void)
{
    Kit k;
    Action acts[] = {{.kind = ACTION_HINT, .target = "fix"}, {.kind = ACTION_SUBMIT, .target = "fix"},
                     {.kind = ACTION_FINISH}};
    Played p;
    REQUIRE(play(&k, &p, acts, 3));
    const ScoreSheet *s = run_score(k.run);
    CHECK_STR_EQ(s->outcome, "failed");
    kit_render(&k);
    CHECK(kit_snapshot(&k, "score-failed.png"));
    char *all = ui_score_text(k.view.self, false);
    CHECK_CONTAINS(all, "Failed\n");
    CHECK_CONTAINS(all, "Hint: Hint 1 for fix \xe2\x88\x92" "5");
    check_lines_and_skills_shown(s, all);
    int failed_with_feedback = 0;            /* some check failed and its FAIL: line is shown */
    for (int i = 0; i < s->n_lines; i++)
        failed_with_feedback += s->lines[i].kind == SCORE_CHECK && !s->lines[i].passed && s->lines[i].feedback;
    CHECK(failed_with_feedback > 0);
    for (int i = 0; i < s->n_lines; i++) {
        CHECK_CONTAINS(all, s->lines[i].label);
        if (s->lines[i].feedback && *s->lines[i].feedback && !strchr(s->lines[i].feedback, '\n'))
            CHECK_CONTAINS(all, s->lines[i].feedback);
    }
    free(all);
    kit_close(&k);
    played_free(&p);
}

static void test_score_waits_for_grading_then_shows_cost(void)
{
    Kit k;
    REQUIRE(kit_canvas(&k, KIT_W, KIT_H));
    REQUIRE(kit_start(&k, KIT_FIXTURES "/colleagues", (RunOptions){.learner = "Alex Doe", .mode = "run"}));
    kit_show(&k, ui_score_view_new(k.run));
    kit_render(&k);
    char *text = ui_score_text(k.view.self, true);
    CHECK_CONTAINS(text, "Grading your work");
    free(text);

    StoreLlmCall call = {.who = "ana", .model = "claude-test", .input_tokens = 1000, .cost_usd = 0.0123};
    run_record_llm_call(k.run, &call);
    run_finish(k.run, "time_limit");
    kit_idle(&k);
    REQUIRE(run_is_finished(k.run));
    kit_render(&k);
    text = ui_score_text(k.view.self, false);
    CHECK_CONTAINS(text, "Incomplete\n");
    CHECK_CONTAINS(text, "time limit");
    CHECK_CONTAINS(text, "$0.0123");
    CHECK_CONTAINS(text, "not saved");     /* no database: no run id to look up */
    free(text);
    CHECK(kit_snapshot(&k, "score-incomplete.png"));
    kit_close(&k);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_score_solution_shows_every_line_and_scrolls),
        TEST_CASE(test_score_failed_run_shows_feedback_and_hint_cost),
        TEST_CASE(test_score_waits_for_grading_then_shows_cost),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
