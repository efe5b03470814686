/* ui_desktop.h: the learner's simulated desktop for one run, independent of any window:
 * a top bar (scenario, run clock, Finish), a taskbar of apps (Chat, Tickets, Terminal,
 * Review, and Results once the run has ended) with unread badges, and the selected app.
 * It renders into any SDL_Renderer (a window, or a software surface in tests) and takes
 * SDL events; ui_window.c puts it in a real window on the real clock. */
#ifndef WORKSIM_UI_DESKTOP_H
#define WORKSIM_UI_DESKTOP_H

#include "ui/ui.h"

typedef struct UiDesktop UiDesktop;

typedef enum UiApp { UI_APP_CHAT, UI_APP_TICKETS, UI_APP_TERMINAL, UI_APP_REVIEW, UI_APP_RESULTS, UI_APP_COUNT } UiApp;

/* What the learner asked once the run has ended: "Try again" (Ctrl+R) and "Home" (Ctrl+H)
 * replace Finish in the top bar; Results offers them too, with "Next in track" (Ctrl+N)
 * when ui_desktop_set_next named a next step. */
typedef enum UiDesktopAction { UI_DESKTOP_NONE, UI_DESKTOP_RETRY, UI_DESKTOP_HOME, UI_DESKTOP_NEXT } UiDesktopAction;
/* The track step to offer after the finished run (its title; NULL: none). */
void ui_desktop_set_next(UiDesktop *desk, const char *title);
UiDesktopAction ui_desktop_take_action(UiDesktop *desk);   /* once */
SDL_Rect ui_desktop_after_button(const UiDesktop *desk, UiDesktopAction which);   /* where it was last drawn */

/* fonts must outlive the desktop; run too (free the desktop first). */
UiDesktop *ui_desktop_new(Run *run, const UiFonts *fonts);
void ui_desktop_free(UiDesktop *desk);

void ui_desktop_render(UiDesktop *desk, SDL_Renderer *r, int width, int height);
/* Mouse, keys and text; returns true when something may look different now. */
bool ui_desktop_handle_event(UiDesktop *desk, const SDL_Event *ev);

UiApp ui_desktop_app(const UiDesktop *desk);
void ui_desktop_show(UiDesktop *desk, UiApp app);
int ui_desktop_badge(UiDesktop *desk, UiApp app);
/* Where the taskbar entry and the Finish button were last drawn (for tests and tooltips). */
SDL_Rect ui_desktop_app_button(const UiDesktop *desk, UiApp app);
SDL_Rect ui_desktop_finish_button(const UiDesktop *desk);
SDL_Rect ui_desktop_main_area(const UiDesktop *desk);   /* where the selected app is drawn */
/* The latest colleague message pops up in a corner for a few seconds unless Chat is shown;
 * a click on it opens Chat. */
bool ui_desktop_toast_visible(const UiDesktop *desk);
SDL_Rect ui_desktop_toast(const UiDesktop *desk);
/* An app's view (NULL for Results before the run ended); for tests. */
const UiView *ui_desktop_view(const UiDesktop *desk, UiApp app);
/* The People row of cast member cast_index (scenario order); a click opens the DM with them. */
SDL_Rect ui_desktop_person(const UiDesktop *desk, int cast_index);

#endif
