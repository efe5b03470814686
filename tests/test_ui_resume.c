/* test_ui_resume.c: the desktop's resume (issue 10 item 1, issue 11 item 1). A real headless
 * `worksim run` of first-bugfix is killed (SIGKILL) at an exact event (WORKSIM_TEST_STOP_AFTER:
 * the engine stops itself after storing it, the test sees it stopped and kills it; nothing is
 * timed); then the window's shell opens on a real sqlite file (software renderer, synthetic
 * SDL events): its home offers the interrupted run first ("Resume 'Your first bug fix', ...
 * left") with the focus on Resume; Enter carries the run on in the desktop with its chat and
 * clock rebuilt, Ctrl+Q twice finishes it, and the database holds that one run, finished
 * once and resumed once. Start over closes the run as incomplete and begins the scenario anew.
 * A desktop run (`worksim play` on SDL's offscreen driver) killed the same way resumes too.
 * `worksim resume` without --actions opens the desktop on the run (its --snapshot saves it and
 * finishes the run, which only the window does). */
#define _GNU_SOURCE
#include "ui_view_kit.h"

#include "core/catalog.h"
#include "core/run_resume.h"
#include "store/store.h"
#include "ui/ui_shell.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

enum { W = 1280, H = 800 };

#define SOLUTION KIT_SCENARIOS "/first-bugfix/solution/actions.lua"
#define LEARNER "dana"

typedef struct Session {
    Kit k;
    char *db;
    Store *st;
    Catalog *cat;
    UiShell *shell;
    int started, resumed, abandoned;
} Session;

/* A fresh folder for the case's database, state (saved workspaces) and sandboxes; this
 * process and the killed engine share it through the environment. */
static char *case_dir(const char *name)
{
    chmod(testlib_temp_dir(), 0711);   /* as root each sandbox runs as its own uid */
    char *dir = xasprintf("%s/%s", testlib_temp_dir(), name);
    char *tmp = xasprintf("%s/tmp", dir), *state = xasprintf("%s/state", dir);
    mkdir(dir, 0711);
    mkdir(tmp, 0711);
    setenv("TMPDIR", tmp, 1);
    setenv("XDG_STATE_HOME", state, 1);
    free(tmp);
    free(state);
    return dir;
}

/* `worksim run first-bugfix` by LEARNER into db with the reference solution (desktop: `worksim
 * play first-bugfix` in a window of SDL's offscreen driver), killed right after the event
 * stop_after is stored. True when it stopped there and was killed. */
static bool killed_run(const char *db, const char *stop_after, bool desktop)
{
    char *db_arg = xasprintf("--db=%s", db);
    pid_t pid = fork();
    if (pid == 0) {
        int null = open("/dev/null", O_RDWR);
        for (int fd = 0; fd <= 2; fd++) dup2(null, fd);
        setenv("WORKSIM_TEST_STOP_AFTER", stop_after, 1);
        setenv("SDL_VIDEODRIVER", "offscreen", 1);
        setenv("XDG_CONFIG_HOME", testlib_temp_dir(), 1);   /* no settings file of the machine's */
        if (desktop) execl(WORKSIM_BINARY, WORKSIM_BINARY, db_arg, "play", "first-bugfix", "--learner", LEARNER, (char *)NULL);
        else execl(WORKSIM_BINARY, WORKSIM_BINARY, db_arg, "run", "first-bugfix", "--learner", LEARNER, "--actions",
                   SOLUTION, (char *)NULL);
        _exit(127);
    }
    free(db_arg);
    int status = 0;
    bool stopped = pid > 0 && waitpid(pid, &status, WUNTRACED) == pid && WIFSTOPPED(status);
    if (pid > 0) kill(pid, SIGKILL);
    if (pid > 0) waitpid(pid, &status, 0);
    return stopped;
}

/* ---- the window's hooks, as cmd_play's ---- */

static Scenario *load(const char *id, char **err)
{
    char *dir = xasprintf("%s/%s", KIT_SCENARIOS, id);
    Scenario *sc = scenario_load(dir, err);
    free(dir);
    return sc;
}

static RunOptions options(Session *s, const char *learner)
{
    return (RunOptions){.learner = learner, .mode = "play", .store = s->st, .loop = s->k.loop,
                        .sandbox = {.backend = SANDBOX_NS}, .hooks = scenario_run_hooks()};
}

static Run *start_run(void *ud, const char *scenario, const char *learner, char **err)
{
    Session *s = ud;
    Scenario *sc = load(scenario, err);
    if (!sc) return NULL;
    RunOptions ro = options(s, learner);
    Run *run = run_start(sc, &ro);
    loop_run_until_idle(s->k.loop, NULL);
    s->started++;
    return run;
}

static Run *resume_run(void *ud, int64_t run_id, char **err)
{
    Session *s = ud;
    RunInterrupted info;
    if (!run_interrupted_by_id(s->st, run_id, &info)) return NULL;
    Scenario *sc = load(info.scenario_id, err);
    run_interrupted_clear(&info);
    RunOptions ro = options(s, LEARNER);
    Run *run = sc ? run_resume(sc, run_id, &ro, err) : NULL;
    loop_run_until_idle(s->k.loop, NULL);
    s->resumed += run != NULL;
    return run;
}

static bool abandon_run(void *ud, int64_t run_id, char **err)
{
    Session *s = ud;
    s->abandoned++;
    return run_abandon(load("first-bugfix", err), s->st, run_id, err);
}

static void end_run(void *ud, Run *run)
{
    Session *s = ud;
    while (!run_is_finished(run) && loop_run_once(s->k.loop, 1000)) {}
    run_free(run);
}

static void shell_render(void *self, UiDraw *d, SDL_Rect area) { ui_shell_render(self, d->r, area.w, area.h); }
static bool shell_event(void *self, const SDL_Event *ev, SDL_Rect area)
{
    (void)area;
    return ui_shell_handle_event(self, ev);
}
static void shell_free(void *self) { ui_shell_free(self); }

/* A run killed at stop_after, then the window's shell on its database. */
static bool session_open(Session *s, const char *name, const char *stop_after, bool desktop)
{
    memset(s, 0, sizeof *s);
    char *dir = case_dir(name);
    s->db = xasprintf("%s/w.db", dir);
    free(dir);
    if (!killed_run(s->db, stop_after, desktop) || !kit_canvas(&s->k, W, H)) return false;
    s->k.loop = loop_new(true);
    char *err = NULL;
    s->st = store_open(s->db, &err);
    free(err);
    s->cat = catalog_load((const char *const[]){KIT_SCENARIOS, NULL});
    if (!s->st) return false;
    UiShellOptions so = {.catalog = s->cat, .store = s->st, .learner = LEARNER,
                         .hooks = {.ud = s, .start_run = start_run, .end_run = end_run, .resume_run = resume_run,
                                   .abandon_run = abandon_run}};
    s->shell = ui_shell_new(&s->k.fonts, &so);
    kit_show(&s->k, (UiView){.title = "shell", .self = s->shell, .render = shell_render, .handle_event = shell_event,
                             .free = shell_free});
    kit_render(&s->k);
    return true;
}

static void session_close(Session *s)
{
    Run *run = s->shell ? ui_shell_run(s->shell) : NULL;
    if (run && !run_is_finished(run)) run_finish(run, "the test ends");
    while (run && !run_is_finished(run) && loop_run_once(s->k.loop, 1000)) {}
    kit_close(&s->k);
    catalog_free(s->cat);
    store_close(s->st);
    free(s->db);
}

static char *sql(Session *s, const char *q) { return testlib_sql_text(s->db, q); }

static void test_home_resumes_the_interrupted_run_in_the_desktop(void)
{
    Session s;
    REQUIRE(session_open(&s, "resume", "task_status:3", false));   /* killed after a submit */
    char *events_before = sql(&s, "SELECT COUNT(*) FROM events");
    /* The home offers it first, the focus on Resume. */
    CHECK_INT_EQ(ui_shell_interrupted_run(s.shell), 1);
    UiHome *home = ui_shell_home(s.shell);
    CHECK(ui_home_focus(home) == UI_HOME_FOCUS_RESUME);
    CHECK(ui_home_resume_button(home, false).w > 0);
    CHECK(ui_home_resume_button(home, true).w > 0);
    CHECK(kit_snapshot(&s.k, "home-resume.png"));
    UiHomeResume card = {"first-bugfix", "Your first bug fix", 130, 45 * 60 - 130};
    char *label = ui_home_resume_label(&card);
    CHECK_STR_EQ(label, "Resume \xe2\x80\x98Your first bug fix\xe2\x80\x99, 42:50 left");
    free(label);

    /* Enter: the run goes on in the desktop, as it was. */
    kit_key(&s.k, SDLK_RETURN);
    Run *run = ui_shell_run(s.shell);
    REQUIRE(run != NULL);
    CHECK_INT_EQ(s.resumed, 1);
    CHECK_INT_EQ(s.started, 0);
    CHECK_INT_EQ(run_id(run), 1);
    CHECK(!run_is_finished(run));
    CHECK(run_elapsed(run) > 0);                       /* the clock goes on where it stopped */
    int n_messages = 0;
    run_messages(run, &n_messages);
    CHECK(n_messages > 0);                              /* the chat rebuilt from the log */
    CHECK(ui_shell_desktop(s.shell) != NULL);
    kit_render(&s.k);
    CHECK(kit_snapshot(&s.k, "desktop-resumed.png"));

    /* Ctrl+Q twice finishes it; Home comes back without a resume card. */
    kit_key_mod(&s.k, SDLK_q, KMOD_LCTRL);
    kit_key_mod(&s.k, SDLK_q, KMOD_LCTRL);
    while (!run_is_finished(run) && loop_run_once(s.k.loop, 1000)) {}
    CHECK(run_is_finished(run));
    kit_render(&s.k);
    kit_key_mod(&s.k, SDLK_h, KMOD_LCTRL);
    CHECK(ui_shell_run(s.shell) == NULL);
    CHECK_INT_EQ(ui_shell_interrupted_run(s.shell), 0);
    CHECK(ui_home_resume_button(ui_shell_home(s.shell), false).w == 0);

    /* Stored once: one run, finished once, resumed once, the killed part of its log kept. */
    char *runs = sql(&s, "SELECT COUNT(*) FROM runs");
    char *finishes = sql(&s, "SELECT COUNT(*) FROM events WHERE kind = 'finish'");
    char *resumed = sql(&s, "SELECT COUNT(*) FROM events WHERE kind = 'resumed'");
    char *outcome = sql(&s, "SELECT outcome FROM runs WHERE id = 1");
    char *events_after = sql(&s, "SELECT COUNT(*) FROM events");
    CHECK_STR_EQ(runs, "1");
    CHECK_STR_EQ(finishes, "1");
    CHECK_STR_EQ(resumed, "1");
    CHECK(outcome && (strcmp(outcome, "passed") == 0 || strcmp(outcome, "failed") == 0));
    CHECK(atoi(events_after) > atoi(events_before));
    free(runs);
    free(finishes);
    free(resumed);
    free(outcome);
    free(events_after);
    free(events_before);
    session_close(&s);
}

static void test_start_over_closes_the_run_and_begins_anew(void)
{
    Session s;
    REQUIRE(session_open(&s, "over", "task_status:3", false));
    CHECK_INT_EQ(ui_shell_interrupted_run(s.shell), 1);
    kit_key(&s.k, SDLK_RIGHT);   /* Resume -> Start over */
    kit_render(&s.k);
    kit_key(&s.k, SDLK_RETURN);
    CHECK_INT_EQ(s.abandoned, 1);
    CHECK_INT_EQ(s.started, 1);
    CHECK_INT_EQ(s.resumed, 0);
    Run *run = ui_shell_run(s.shell);
    REQUIRE(run != NULL);
    CHECK_INT_EQ(run_id(run), 2);
    char *old = sql(&s, "SELECT outcome FROM runs WHERE id = 1");
    CHECK_STR_EQ(old, "incomplete");
    free(old);
    session_close(&s);
}

/* A desktop run killed just after its start resumes in the desktop too, and is stored once. */
static void test_a_killed_desktop_run_resumes(void)
{
    Session s;
    REQUIRE(session_open(&s, "desktop", "base_recorded", true));
    CHECK_INT_EQ(ui_shell_interrupted_run(s.shell), 1);
    kit_key(&s.k, SDLK_RETURN);
    Run *run = ui_shell_run(s.shell);
    REQUIRE(run != NULL);
    CHECK_INT_EQ(run_id(run), 1);
    kit_render(&s.k);
    kit_key_mod(&s.k, SDLK_q, KMOD_LCTRL);
    kit_key_mod(&s.k, SDLK_q, KMOD_LCTRL);
    while (!run_is_finished(run) && loop_run_once(s.k.loop, 1000)) {}
    CHECK(run_is_finished(run));
    char *rows = sql(&s, "SELECT COUNT(*) || ' ' || mode || ' ' || (outcome IS NOT NULL) FROM runs");
    char *finishes = sql(&s, "SELECT COUNT(*) FROM events WHERE kind = 'finish'");
    CHECK_STR_EQ(rows, "1 play 1");
    CHECK_STR_EQ(finishes, "1");
    free(rows);
    free(finishes);
    session_close(&s);
}

/* `worksim resume` (no --actions) carries the run on in the desktop, not headlessly. */
static void test_resume_command_opens_the_desktop(void)
{
    Session s;
    REQUIRE(session_open(&s, "command", "task_status:3", false));
    char *db_arg = xasprintf("--db=%s", s.db), *png = xasprintf("%s/resumed.png", testlib_temp_dir());
    const char *env[] = {"SDL_VIDEODRIVER=dummy", NULL};
    char *out = NULL, *err = NULL;
    int rc = testlib_run_worksim((const char *[]){db_arg, "resume", "1", "--snapshot", png, "--snapshot-after", "0.1", NULL},
                                 env, &out, &err);
    CHECK(rc == 0 || rc == 1);   /* graded as it stood: passed or failed */
    struct stat st;
    CHECK(stat(png, &st) == 0 && st.st_size > 10000);   /* the desktop, drawn */
    char *runs = sql(&s, "SELECT COUNT(*) || ' ' || mode || ' ' || (outcome IS NOT NULL) FROM runs");
    char *resumed = sql(&s, "SELECT COUNT(*) FROM events WHERE kind = 'resumed'");
    char *reason = sql(&s, "SELECT data FROM events WHERE kind = 'finishing'");
    CHECK_STR_EQ(runs, "1 run 1");                      /* the same run, finished */
    CHECK_STR_EQ(resumed, "1");
    CHECK_CONTAINS(reason, "the desktop snapshot was taken");   /* the window finished it */
    CHECK_CONTAINS(out, "score");                        /* and its result is printed as play prints it */
    if (rc != 0 && rc != 1) fprintf(stderr, "%s\n", err);
    free(runs);
    free(resumed);
    free(reason);
    free(out);
    free(err);
    free(png);
    free(db_arg);
    session_close(&s);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_home_resumes_the_interrupted_run_in_the_desktop),
        TEST_CASE(test_start_over_closes_the_run_and_begins_anew),
        TEST_CASE(test_a_killed_desktop_run_resumes),
        TEST_CASE(test_resume_command_opens_the_desktop),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
