/* ui_shell.h: what the window of `worksim play` shows: the home (ui_home.h) or the desktop
 * of one run (ui_desktop.h), and the way between them: a card's Start begins a run, the
 * home's resume card carries on the learner's interrupted run (or closes it and starts
 * over), the desktop's "Home" after the run comes back to the home (the card's standing
 * refreshed from the store), "Try again" begins the same scenario anew, "Next in track" the
 * track's next step, and the learner picker switches
 * whose standing is shown and who plays next. Runs are begun and ended by the caller's hooks
 * (the CLI owns the sandbox, colleague and database options). On both, F1 or Ctrl+/ shows
 * the keyboard help (ui_help.h) and Ctrl+= / Ctrl+- / Ctrl+0 change the text size, saved in
 * the settings file (ui_settings.h). Like the desktop it draws into any renderer, so tests
 * drive it without a display. */
#ifndef WORKSIM_UI_SHELL_H
#define WORKSIM_UI_SHELL_H

#include "core/catalog.h"
#include "ui/ui_desktop.h"
#include "ui/ui_history.h"
#include "ui/ui_home.h"
#include "ui/ui_replay.h"

typedef struct UiShellHooks {
    void *ud;
    /* Begins a run of scenario_id for learner; NULL + *err (one line, caller frees) when it cannot. */
    Run *(*start_run)(void *ud, const char *scenario_id, const char *learner, char **err);
    /* The learner left run after it had finished: report it, free it. */
    void (*end_run)(void *ud, Run *run);
    /* Carries on the interrupted run run_id (core/run_resume.h); NULL + *err (one line, caller
     * frees) when it cannot. NULL: the home offers no resume card. */
    Run *(*resume_run)(void *ud, int64_t run_id, char **err);
    /* Closes the interrupted run run_id as incomplete (run_abandon); false + *err. */
    bool (*abandon_run)(void *ud, int64_t run_id, char **err);
} UiShellHooks;

typedef struct UiShellOptions {
    Catalog *catalog;          /* borrowed; its standing is reloaded from store */
    Store *store;              /* the runs' database (standing, learners); may be NULL */
    const char *learner;       /* who plays; NULL: the learner of the latest counted run, else "learner" */
    const char *highlight;     /* the card selected at first (a scenario id); may be NULL */
    UiShellHooks hooks;
    const char *settings_path; /* where a new text size is saved; NULL: not saved */
    double display_scale;      /* the fonts are the remembered text size times this (ui_hidpi.h); 0: 1 */
    int64_t replay_run_id;     /* > 0: open on the replay of this stored run (`worksim replay RUN_ID --desktop`) */
    double replay_at;          /* ... at this run-clock time */
} UiShellOptions;

typedef struct UiShell UiShell;

/* fonts must outlive the shell; the shell reopens them at another size (Ctrl+=), keeping
 * the struct where it is. Starts on the home. */
UiShell *ui_shell_new(UiFonts *fonts, const UiShellOptions *opts);
/* Ends the current run (finishing it first if needed; the caller pumps its loop until then:
 * see ui_shell_run) and frees the shell. */
void ui_shell_free(UiShell *shell);

/* Begins scenario_id at once (as a card's Start would); false + *err when it cannot. */
bool ui_shell_start(UiShell *shell, const char *scenario_id, char **err);
/* Carries on the learner's interrupted run the home offers (as its Resume would); false +
 * *err when there is none or it cannot resume. */
bool ui_shell_resume(UiShell *shell, char **err);
/* Carries on the interrupted run run_id (`worksim resume RUN_ID` opens the window so); false
 * + *err when it cannot. */
bool ui_shell_resume_run(UiShell *shell, int64_t run_id, char **err);
/* The interrupted run the home offers (0: none). */
int64_t ui_shell_interrupted_run(const UiShell *shell);

void ui_shell_render(UiShell *shell, SDL_Renderer *r, int width, int height);
/* Routes ev to the home or the desktop and follows what the learner chose there. */
bool ui_shell_handle_event(UiShell *shell, const SDL_Event *ev);

/* The home's History (Ctrl+H) shows the learner's past runs (ui_history.h); its Replay opens
 * the run's replay (ui_replay.h), whose Close goes back to the history (to the home when the
 * replay was opened by replay_run_id). The replay's clock follows the real one between frames. */
bool ui_shell_open_history(UiShell *shell);
bool ui_shell_open_replay(UiShell *shell, int64_t run_id, char **err);
bool ui_shell_animating(const UiShell *shell);  /* a replay is playing: the window draws frames on */

Run *ui_shell_run(UiShell *shell);              /* the run on screen; NULL on the home */
UiHome *ui_shell_home(UiShell *shell);          /* for tests */
UiDesktop *ui_shell_desktop(UiShell *shell);    /* NULL on the home */
UiHistory *ui_shell_history(UiShell *shell);    /* NULL unless the history is on screen */
UiReplay *ui_shell_replay(UiShell *shell);      /* NULL unless a replay is on screen */
const char *ui_shell_learner(const UiShell *shell);
const char *ui_shell_error(const UiShell *shell);   /* why the last start failed; NULL */
bool ui_shell_help_shown(const UiShell *shell);

#endif
