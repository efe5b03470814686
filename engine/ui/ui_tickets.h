/* ui_tickets.h: the desktop's Tickets app, a small Jira: the learner's tasks on the left with
 * their status, the selected ticket on the right (text, checks of the last submission, hints
 * received) with "Submit for review" (run_learner_submit) and "Ask for a hint"
 * (run_learner_hint). Tasks not assigned yet are not listed. From the keyboard: Tab walks the
 * list, the hint and the submit button (a ring shows the focus), Up/Down pick a ticket,
 * Enter or Space press the focused button, PageUp/PageDown scroll the ticket. */
#ifndef WORKSIM_UI_TICKETS_H
#define WORKSIM_UI_TICKETS_H

#include "ui/ui.h"

/* The Tickets view of run (borrowed; must outlive the view). Its badge counts listed tasks
 * that are new or changed status since the view last showed them (while focused). */
UiView ui_tickets_view_new(Run *run);

typedef enum UiTicketButton { UI_TICKET_SUBMIT, UI_TICKET_HINT } UiTicketButton;

/* Where the keyboard is in the view (Tab order). */
typedef enum UiTicketFocus { UI_TICKET_FOCUS_LIST, UI_TICKET_FOCUS_HINT, UI_TICKET_FOCUS_SUBMIT, UI_TICKET_FOCUS_COUNT } UiTicketFocus;
UiTicketFocus ui_tickets_key_focus(const UiView *view);

/* Where task task_index is listed when the view is drawn in area; an empty rect when the
 * task is not listed (not assigned yet). For tests and the shell. */
SDL_Rect ui_tickets_row_rect(const Run *run, SDL_Rect area, int task_index);
/* Where the selected ticket's buttons are when the view is drawn in area. */
SDL_Rect ui_tickets_button_rect(SDL_Rect area, UiTicketButton button);

#endif
