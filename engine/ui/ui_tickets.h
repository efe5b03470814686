/* ui_tickets.h: the desktop's Tickets app, a small Jira: the learner's tasks on the left with
 * their status, the selected ticket on the right (text, checks of the last submission, hints
 * received) with "Submit for review" (run_learner_submit) and "Ask for a hint"
 * (run_learner_hint). Tasks not assigned yet are not listed. */
#ifndef WORKSIM_UI_TICKETS_H
#define WORKSIM_UI_TICKETS_H

#include "ui/ui.h"

/* The Tickets view of run (borrowed; must outlive the view). Its badge counts listed tasks
 * that are new or changed status since the view last showed them (while focused). */
UiView ui_tickets_view_new(Run *run);

typedef enum UiTicketButton { UI_TICKET_SUBMIT, UI_TICKET_HINT } UiTicketButton;

/* Where task task_index is listed when the view is drawn in area; an empty rect when the
 * task is not listed (not assigned yet). For tests and the shell. */
SDL_Rect ui_tickets_row_rect(const Run *run, SDL_Rect area, int task_index);
/* Where the selected ticket's buttons are when the view is drawn in area. */
SDL_Rect ui_tickets_button_rect(SDL_Rect area, UiTicketButton button);

#endif
