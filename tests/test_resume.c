/* test_resume.c: nothing lost (issue 10, DESIGN §8). A real headless `worksim run` (a child
 * process) is killed with SIGKILL at chosen points — right after its start, after a submit,
 * while its final checks run — and `worksim resume --actions` must end it with the outcome
 * and score the same run gets without the kill, with its log intact (one finish), its saved
 * workspace removed and nothing of the killed engine left under $TMPDIR (folders, tmpfs
 * mounts). The kill point is exact, never timed: WORKSIM_TEST_STOP_AFTER makes the child stop
 * itself after storing the event, the test sees it stopped (waitpid WUNTRACED) and kills it.
 * Also: abandoning (explicitly and by age) closes a run as incomplete with its score and its
 * last event's time. */
#define _GNU_SOURCE
#include "testlib.h"

#include "base/util.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define SOLUTION WORKSIM_SOURCE_DIR "/scenarios/first-bugfix/solution/actions.lua"

/* One isolated world per case: its database, state folder and TMPDIR. */
typedef struct World {
    char *db_arg;          /* --db=PATH */
    char *db;
    char *env_tmp, *env_state, *env_hours;
    char *tmp, *state;
} World;

static World world_new(const char *name)
{
    World w = {0};
    /* Traversable: as root each sandbox runs as its own uid, which must reach $TMPDIR. */
    chmod(testlib_temp_dir(), 0711);
    char *dir = xasprintf("%s/%s", testlib_temp_dir(), name);
    mkdir(dir, 0711);
    w.db = xasprintf("%s/w.db", dir);
    w.db_arg = xasprintf("--db=%s", w.db);
    w.tmp = xasprintf("%s/tmp", dir);
    w.state = xasprintf("%s/state", dir);
    mkdir(w.tmp, 0711);
    w.env_tmp = xasprintf("TMPDIR=%s", w.tmp);
    w.env_state = xasprintf("XDG_STATE_HOME=%s", w.state);
    w.env_hours = xstrdup("WORKSIM_RESUME_MAX_HOURS=1");
    free(dir);
    return w;
}

static void world_free(World *w)
{
    free(w->db_arg);
    free(w->db);
    free(w->env_tmp);
    free(w->env_state);
    free(w->env_hours);
    free(w->tmp);
    free(w->state);
}

/* Entries of dir whose name contains needle (everything when NULL). */
static int count_entries(const char *dir, const char *needle)
{
    DIR *d = opendir(dir);
    int n = 0;
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL)
        if (e->d_name[0] != '.' && (!needle || strstr(e->d_name, needle))) n++;
    if (d) closedir(d);
    return n;
}

/* Mounts whose mount point lies under dir. */
static int count_mounts(const char *dir)
{
    char *info = util_read_file("/proc/self/mountinfo", NULL, NULL);
    int n = 0;
    for (const char *p = info; p && (p = strstr(p, dir)) != NULL; p += strlen(dir)) n++;
    free(info);
    return n;
}

/* Starts `worksim run first-bugfix` with the solution, stopping after event stop_spec, and
 * kills it there. Returns the killed pid, or 0 when it never stopped. */
static pid_t run_and_kill(const World *w, const char *stop_spec)
{
    pid_t pid = fork();
    if (pid == 0) {
        int devnull = open("/dev/null", O_RDWR);
        dup2(devnull, 0);
        dup2(devnull, 1);
        dup2(devnull, 2);
        setenv("WORKSIM_TEST_STOP_AFTER", stop_spec, 1);
        putenv(w->env_tmp);
        putenv(w->env_state);
        execl(WORKSIM_BINARY, WORKSIM_BINARY, w->db_arg, "run", "first-bugfix", "--actions", SOLUTION, "--json",
              (char *)NULL);
        _exit(127);
    }
    int status = 0;
    if (waitpid(pid, &status, WUNTRACED) != pid || !WIFSTOPPED(status)) return 0;
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
    return pid;
}

static cJSON *run_json(const World *w, const char *const *args, int *rc)
{
    char *out = NULL, *err = NULL;
    const char *env[] = {w->env_tmp, w->env_state, w->env_hours, NULL};
    *rc = testlib_run_worksim(args, env, &out, &err);
    cJSON *o = cJSON_Parse(out);
    if (!o) testlib_fail(__FILE__, __LINE__, "no JSON (exit %d): %s %s", *rc, out, err);
    free(out);
    free(err);
    return o;
}

static const char *str_of(const cJSON *o, const char *k) { return cJSON_GetStringValue(cJSON_GetObjectItem(o, k)); }
static double num_of(const cJSON *o, const char *k) { return cJSON_GetNumberValue(cJSON_GetObjectItem(o, k)); }

/* The uninterrupted run's result, computed once. */
static cJSON *reference(void)
{
    static cJSON *ref;
    if (ref) return ref;
    World w = world_new("reference");
    int rc = 0;
    ref = run_json(&w, (const char *[]){w.db_arg, "run", "first-bugfix", "--actions", SOLUTION, "--json", NULL}, &rc);
    CHECK_INT_EQ(rc, 0);
    world_free(&w);
    return ref;
}

static char *sql(const World *w, const char *q) { return testlib_sql_text(w->db, q); }

static void kill_and_resume(const char *name, const char *stop_spec)
{
    cJSON *ref = reference();
    REQUIRE(ref);
    World w = world_new(name);
    pid_t pid = run_and_kill(&w, stop_spec);
    REQUIRE(pid > 0);
    char tag[32];
    snprintf(tag, sizeof tag, "-%d-", (int)pid);
    CHECK(count_entries(w.tmp, tag) > 0);              /* the killed engine left its sandbox */
    char *events_before = sql(&w, "SELECT COUNT(*) FROM events");
    int rc = 0;
    double t0 = util_monotonic_seconds();
    cJSON *got = run_json(&w, (const char *[]){w.db_arg, "resume", "--actions", SOLUTION, "--json", NULL}, &rc);
    double took = util_monotonic_seconds() - t0;
    CHECK_INT_EQ(rc, 0);
    REQUIRE(got);
    CHECK_STR_EQ(str_of(got, "outcome"), str_of(ref, "outcome"));
    CHECK(num_of(got, "score") == num_of(ref, "score"));
    CHECK(num_of(got, "max") == num_of(ref, "max"));
    CHECK_INT_EQ((long long)num_of(got, "run_id"), 1);
    /* One run, one finish, the killed part of the log kept, the resume recorded. */
    char *runs = sql(&w, "SELECT COUNT(*) FROM runs");
    char *finishes = sql(&w, "SELECT COUNT(*) FROM events WHERE kind = 'finish'");
    char *resumed = sql(&w, "SELECT COUNT(*) FROM events WHERE kind = 'resumed'");
    CHECK_STR_EQ(runs, "1");
    CHECK_STR_EQ(finishes, "1");
    CHECK_STR_EQ(resumed, "1");
    char *after = sql(&w, "SELECT COUNT(*) FROM events");
    CHECK(atoi(after) > atoi(events_before));
    /* Nothing left: no folder or mount of the killed engine, no saved workspace. */
    CHECK_INT_EQ(count_entries(w.tmp, NULL), 0);
    CHECK_INT_EQ(count_mounts(w.tmp), 0);
    char *runs_dir = xasprintf("%s/worksim/runs", w.state);
    DIR *d = opendir(runs_dir);
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        char *db_dir = xasprintf("%s/%s", runs_dir, e->d_name);
        CHECK_INT_EQ(count_entries(db_dir, NULL), 0);
        free(db_dir);
    }
    if (d) closedir(d);
    printf("  killed after %s: %s events before, %s after, resume to the end %.2f s\n", stop_spec, events_before,
           after, took);
    free(runs_dir);
    free(runs);
    free(finishes);
    free(resumed);
    free(after);
    free(events_before);
    cJSON_Delete(got);
    world_free(&w);
}

static void test_kill_after_start(void) { kill_and_resume("start", "base_recorded"); }
static void test_kill_after_submit(void) { kill_and_resume("submit", "task_status:3"); }
static void test_kill_during_final_checks(void) { kill_and_resume("final", "finishing"); }

/* Abandoning: explicitly, then by age; the run keeps the score its log shows and ends at its
 * last event's time, never at the time of the command that closed it. */
static void test_abandon(void)
{
    World w = world_new("abandon");
    REQUIRE(run_and_kill(&w, "review") > 0);   /* submitted, checked and approved */
    char *last = sql(&w, "SELECT MAX(t_wall) FROM events");
    char *out = NULL, *err = NULL;
    const char *env[] = {w.env_tmp, w.env_state, w.env_hours, NULL};
    int rc = testlib_run_worksim((const char *[]){w.db_arg, "resume", "--abandon", NULL}, env, &out, &err);
    CHECK_INT_EQ(rc, 0);
    char *outcome = sql(&w, "SELECT outcome || ' ' || score || '/' || max FROM runs WHERE id = 1");
    char *ended = sql(&w, "SELECT ended_at FROM runs WHERE id = 1");
    CHECK_CONTAINS(outcome, "incomplete ");
    CHECK(strstr(outcome, " 0.0/") == NULL);           /* the checks it had passed count */
    CHECK(strstr(outcome, "/0.0") == NULL);
    CHECK(atof(ended) == atof(last));
    free(out);
    free(err);
    rc = testlib_run_worksim((const char *[]){w.db_arg, "resume", NULL}, env, &out, &err);
    CHECK_INT_EQ(rc, 2);                               /* nothing left to resume */
    free(out);
    free(err);

    /* By age: a run interrupted longer than WORKSIM_RESUME_MAX_HOURS closes at the next start. */
    REQUIRE(run_and_kill(&w, "task_status:3") > 0);
    char *last2 = sql(&w, "SELECT MAX(t_wall) FROM events WHERE run_id = 2");
    const char *env_old[] = {w.env_tmp, w.env_state, "WORKSIM_RESUME_MAX_HOURS=0.000001", NULL};
    rc = testlib_run_worksim((const char *[]){w.db_arg, "resume", "--list", NULL}, env_old, &out, &err);
    CHECK_INT_EQ(rc, 0);
    char *outcome2 = sql(&w, "SELECT outcome FROM runs WHERE id = 2");
    char *ended2 = sql(&w, "SELECT ended_at FROM runs WHERE id = 2");
    CHECK_STR_EQ(outcome2, "incomplete");
    CHECK(atof(ended2) == atof(last2));
    free(out);
    free(err);
    free(last);
    free(last2);
    free(outcome);
    free(outcome2);
    free(ended);
    free(ended2);
    world_free(&w);
}

/* DESIGN §9: play tells the learner about their interrupted run, and how to carry it on. */
static void test_play_mentions_the_interrupted_run(void)
{
    World w = world_new("play");
    REQUIRE(run_and_kill(&w, "task_status:3") > 0);
    char *png = xasprintf("%s/desk.png", w.tmp);
    char *out = NULL, *err = NULL;
    const char *env[] = {w.env_tmp, w.env_state, w.env_hours, "SDL_VIDEODRIVER=dummy", NULL};
    testlib_run_worksim((const char *[]){w.db_arg, "play", "first-bugfix", "--snapshot", png, NULL}, env, &out, &err);
    CHECK_CONTAINS(err, "you have an interrupted run (run 1, 'Your first bug fix'");
    CHECK_CONTAINS(err, "`worksim resume 1` carries it on");
    free(out);
    free(err);
    /* once it is closed, play has nothing to say about it */
    testlib_run_worksim((const char *[]){w.db_arg, "resume", "--abandon", "1", NULL}, env, &out, &err);
    free(out);
    free(err);
    testlib_run_worksim((const char *[]){w.db_arg, "play", "first-bugfix", "--snapshot", png, NULL}, env, &out, &err);
    CHECK(err && !strstr(err, "interrupted run"));
    free(out);
    free(err);
    free(png);
    world_free(&w);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_kill_after_start),
        TEST_CASE(test_kill_after_submit),
        TEST_CASE(test_kill_during_final_checks),
        TEST_CASE(test_abandon),
        TEST_CASE(test_play_mentions_the_interrupted_run),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
