/* ui_terminal_view.h: the desktop's Terminal app: a UiTerm attached to the run's learner
 * shell (the same shell `sh` actions type into), sized to the view's area. */
#ifndef WORKSIM_UI_TERMINAL_VIEW_H
#define WORKSIM_UI_TERMINAL_VIEW_H

#include "ui/ui.h"
#include "ui/ui_term.h"

/* The view attaches to the run's shell when it is first rendered (it needs the grid size) and
 * shows the error line in its area if that fails (e.g. the run has ended; focusing the view
 * again retries). Its free detaches from the run, so free the view before the run; fonts
 * must outlive the view. */
UiView ui_terminal_view_new(Run *run, const UiFonts *fonts);
/* The view's terminal widget (for tests and copy/paste); view must be one made above. */
UiTerm *ui_terminal_view_term(const UiView *view);

#endif
