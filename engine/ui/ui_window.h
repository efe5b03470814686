/* ui_window.h: `worksim play` in a real window: the desktop of ui_desktop.h on the real
 * clock, with the core's loop pumped between frames (nothing blocks the window). */
#ifndef WORKSIM_UI_WINDOW_H
#define WORKSIM_UI_WINDOW_H

#include "core/run.h"

typedef struct UiWindowOptions {
    int width, height;             /* 0: 1280 x 800 */
    /* Set both to save the window as a PNG once the run clock reaches snapshot_after seconds
     * and then close the run (for docs and for looking at the desktop without a screen). */
    const char *snapshot_png;
    double snapshot_after;
} UiWindowOptions;

/* Whether SDL can open a window here: true + *what = the video driver's name, or false +
 * *what = why not (one line). Caller frees *what. Leaves SDL shut down. */
bool ui_window_available(char **what);

/* Shows run until the learner closes the window; closing an unfinished run finishes it (it
 * is graded as it stands) and waits for its grading. Returns false + *err (one line, caller
 * frees) when no window can open (no display), with the run untouched. */
bool ui_window_play(Run *run, const UiWindowOptions *opts, char **err);

#endif
