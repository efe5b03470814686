/* ui_window.h: `worksim play` in a real window: the home and the desktop of ui_shell.h on
 * the real clock, with the running scenario's loop pumped between frames (nothing blocks the
 * window). */
#ifndef WORKSIM_UI_WINDOW_H
#define WORKSIM_UI_WINDOW_H

#include "ui/ui_shell.h"

typedef struct UiWindowOptions {
    int width, height;             /* 0: 1280 x 800 */
    /* Set both to save the window as a PNG once the run clock reaches snapshot_after seconds
     * and then close the run (for docs and for looking at the desktop without a screen); on
     * the home, the first frame is saved. */
    const char *snapshot_png;
    double snapshot_after;
    /* > 0 (and no scenario given): open on this interrupted run, carried on as the home's
     * Resume does (UiShellHooks.resume_run). */
    int64_t resume_run_id;
} UiWindowOptions;

typedef struct UiWindow UiWindow;

/* Whether SDL can open a window here: true + *what = the video driver's name, or false +
 * *what = why not (one line). Caller frees *what. Leaves SDL shut down. */
bool ui_window_available(char **what);

/* Opens the window on the home, or on a run of scenario when it is set (it must start, else
 * false + *err), and shows it until the learner closes the window; closing during a run
 * finishes it (graded as it stands) and waits for its grading. Returns false + *err (one
 * line, caller frees) when no window can open (no display). */
bool ui_window_play(const UiShellOptions *shell, const char *scenario, const UiWindowOptions *opts, char **err);

/* ui_window_play in steps, for benchmarks and tests that push SDL events between turns:
 * open (NULL + *err as above), turn until it returns false, close. */
UiWindow *ui_window_open(const UiShellOptions *shell, const char *scenario, const UiWindowOptions *opts, char **err);
/* One turn: sleeps until input, the run loop's I/O or timers, or the next time something on
 * screen changes by itself; handles the input; draws a frame when something changed (at most
 * one per 33 ms). False once the window was closed and its run has finished. */
bool ui_window_turn(UiWindow *w);
void ui_window_close(UiWindow *w);   /* NULL-safe */
UiShell *ui_window_shell(UiWindow *w);
long ui_window_frames(const UiWindow *w);   /* frames drawn so far */

#endif
