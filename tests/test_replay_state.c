/* test_replay_state.c: the replay's fold (engine/core/replay_state.h) on a hand-written log
 * and on one read back from a real database: seeking to several times shows exactly the
 * messages, task states, check results, terminal text and reviews logged by then; seeking
 * back forgets what came later; stepping skips events the replay does not show. */
#include "core/replay_state.h"
#include "testlib.h"
#include "base/util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static void add(ReplayLog *log, double t, EventKind kind, const void *fields)
{
    char *json = event_to_json(kind, fields);
    replay_log_add(log, t, event_kind_name(kind), json);
    free(json);
}

/* A short run: a ticket, a colleague's message, two commands, a submit with one failing and
 * one passing check, a review asking for changes, a fix, an approval, the end. */
static void sample_log(ReplayLog *log)
{
    add(log, 0, EV_START, &(EvStart){"first-bugfix", "h", "ana", "scripted"});
    add(log, 0.5, EV_TASK_STATUS, &(EvTaskStatus){"fix", "assigned", NULL});
    add(log, 1, EV_MESSAGE, &(EvMessage){"priya", "learner", NULL, "Hi! The total is wrong.", });
    add(log, 10, EV_COMMAND, &(EvCommand){"git status", 0, "On branch main\nnothing to commit", 30, false, 0.1, NULL, NAN, false});
    add(log, 12, EV_LLM_CALL, &(EvLlmCall){"priya", "m", 1, 1, 0, 0, 0.01, 10, NULL, 200, NULL});
    add(log, 20, EV_COMMAND, &(EvCommand){"pytest -q", 1, "1 failed\n", 9, false, 2, NULL, NAN, false});
    add(log, 30, EV_MESSAGE, &(EvMessage){"learner", "priya", NULL, "Fixed, submitting", });
    add(log, 31, EV_TASK_STATUS, &(EvTaskStatus){"fix", "submitted", NULL});
    add(log, 32, EV_CHECK, &(EvCheck){.task = "fix", .check = "tests", .passed = false, .exit = 1,
                                      .feedback = "test_total fails", .output = "", .final = false});
    add(log, 32, EV_CHECK, &(EvCheck){.task = "fix", .check = "lint", .passed = true, .exit = 0, .output = ""});
    cJSON *comments = cJSON_Parse("[{\"path\":\"cart.py\",\"line\":7,\"kind\":\"essential\",\"text\":\"off by one\"}]");
    add(log, 40, EV_REVIEW, &(EvReview){.task = "fix", .reviewer = "sam", .approved = false,
                                        .summary = "One thing to fix", .comments = comments});
    add(log, 40, EV_TASK_STATUS, &(EvTaskStatus){"fix", "assigned", "changes requested"});
    add(log, 50, EV_CHECK, &(EvCheck){.task = "fix", .check = "tests", .passed = true, .exit = 0, .output = ""});
    cJSON *none = cJSON_CreateArray();
    add(log, 60, EV_REVIEW, &(EvReview){.task = "fix", .reviewer = "sam", .approved = true, .comments = none});
    add(log, 60, EV_TASK_STATUS, &(EvTaskStatus){"fix", "done", NULL});
    add(log, 61, EV_FINISH, &(EvFinish){"passed", 90, 100, 90, "finished", NULL});
    cJSON_Delete(comments);
    cJSON_Delete(none);
}

static void test_seek_shows_what_was_logged_by_then(void)
{
    ReplayLog log = {0};
    sample_log(&log);
    CHECK(fabs(replay_log_duration(&log) - 61) < 1e-9);
    ReplayState s = {0};

    replay_state_seek(&s, &log, 0);
    CHECK_INT_EQ(s.n_messages, 0);
    CHECK_INT_EQ(s.n_tasks, 0);
    CHECK_STR_EQ(s.terminal, "");

    replay_state_seek(&s, &log, 15);
    CHECK_INT_EQ(s.n_messages, 1);
    CHECK_STR_EQ(s.messages[0].from, "priya");
    CHECK_STR_EQ(replay_state_task(&s, "fix")->status, "assigned");
    CHECK_STR_EQ(s.terminal, "$ git status\nOn branch main\nnothing to commit\n");
    CHECK_INT_EQ(s.n_commands, 1);
    CHECK(fabs(s.t - 15) < 1e-9);

    replay_state_seek(&s, &log, 35);
    CHECK_INT_EQ(s.n_messages, 2);
    CHECK_STR_EQ(s.terminal, "$ git status\nOn branch main\nnothing to commit\n$ pytest -q\n1 failed\n");
    const ReplayTask *fix = replay_state_task(&s, "fix");
    REQUIRE(fix);
    CHECK_STR_EQ(fix->status, "submitted");
    CHECK_INT_EQ(fix->submits, 1);
    REQUIRE(fix->n_checks == 2);
    CHECK(!fix->checks[0].passed);
    CHECK_STR_EQ(fix->checks[0].feedback, "test_total fails");
    CHECK(fix->checks[1].passed);
    CHECK_INT_EQ(s.n_reviews, 0);
    CHECK(!s.finished);

    replay_state_seek(&s, &log, 45);
    fix = replay_state_task(&s, "fix");
    CHECK_STR_EQ(fix->status, "assigned");
    CHECK_STR_EQ(fix->why, "changes requested");
    REQUIRE(s.n_reviews == 1);
    CHECK(!s.reviews[0].approved);
    REQUIRE(s.reviews[0].n_comments == 1);
    CHECK_STR_EQ(s.reviews[0].comments[0].path, "cart.py");
    CHECK_INT_EQ(s.reviews[0].comments[0].line, 7);
    CHECK_STR_EQ(s.reviews[0].comments[0].text, "off by one");

    replay_state_seek(&s, &log, 1000);
    CHECK_STR_EQ(replay_state_task(&s, "fix")->status, "done");
    CHECK(replay_state_task(&s, "fix")->checks[0].passed);
    CHECK_INT_EQ(s.n_reviews, 2);
    CHECK(s.reviews[1].approved);
    CHECK(s.finished);
    CHECK_STR_EQ(s.outcome, "passed");
    CHECK(fabs(s.percent - 90) < 1e-9);

    /* Back to the start of the review: what came later is gone again. */
    replay_state_seek(&s, &log, 40);
    CHECK_INT_EQ(s.n_reviews, 1);
    CHECK_STR_EQ(replay_state_task(&s, "fix")->status, "assigned");
    CHECK(!s.finished);
    CHECK_INT_EQ(s.applied, replay_log_count_until(&log, 40));

    replay_state_clear(&s);
    replay_log_clear(&log);
}

static void test_steps_skip_events_not_shown(void)
{
    ReplayLog log = {0};
    sample_log(&log);
    /* Index 3 is the first command, 4 the llm_call nobody sees, 5 the second command. */
    CHECK_INT_EQ(replay_log_step(&log, 3, +1), 5);
    CHECK_INT_EQ(replay_log_step(&log, 5, -1), 3);
    CHECK_INT_EQ(replay_log_step(&log, 0, -1), -1);
    CHECK_INT_EQ(replay_log_step(&log, log.n - 1, +1), -1);
    ReplayState s = {0};
    replay_state_seek_events(&s, &log, 6);
    CHECK_INT_EQ(s.n_commands, 2);
    CHECK(fabs(s.t - 20) < 1e-9);
    replay_state_seek_events(&s, &log, 4);
    CHECK_INT_EQ(s.n_commands, 1);
    replay_state_clear(&s);
    replay_log_clear(&log);
}

static void test_log_read_back_from_a_database(void)
{
    char *path = xasprintf("%s/replay.db", testlib_temp_dir());
    char *err = NULL;
    Store *st = store_open(path, &err);
    REQUIRE(st);
    int64_t id = store_run_begin(st, &(StoreRunInfo){.scenario_id = "first-bugfix", .learner = "ana"});
    REQUIRE(id > 0);
    ReplayLog written = {0};
    sample_log(&written);
    for (int i = 0; i < written.n; i++)
        REQUIRE(store_event_append(st, id, written.events[i].t, event_kind_name(written.events[i].kind),
                                   written.events[i].data_json));
    ReplayLog log = {0};
    REQUIRE(replay_log_load(&log, st, id, &err));
    CHECK_INT_EQ(log.n, written.n);
    ReplayState s = {0};
    replay_state_seek(&s, &log, 35);
    CHECK_INT_EQ(s.n_messages, 2);
    CHECK_CONTAINS(s.terminal, "$ pytest -q\n1 failed\n");
    replay_state_clear(&s);

    ReplayLog none = {0};
    CHECK(!replay_log_load(&none, st, id + 1, &err));
    CHECK_CONTAINS(err, "no run");
    free(err);
    replay_log_clear(&none);
    replay_log_clear(&log);
    replay_log_clear(&written);
    store_close(st);
    free(path);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_seek_shows_what_was_logged_by_then),
        TEST_CASE(test_steps_skip_events_not_shown),
        TEST_CASE(test_log_read_back_from_a_database),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
