/* ui_replay.h: a stored run watched again in the desktop (issue 11, DESIGN §9 `worksim replay
 * RUN_ID --desktop`), read-only: its chat, terminal output, tickets (task status and check
 * results) and reviews re-enacted from the event log (core/replay_state.h) at 1x, 4x or 16x
 * speed, with a timeline to scrub. Nothing typed reaches a sandbox and nothing is stored.
 * Time is virtual: the window hands real seconds to ui_replay_advance, tests hand any.
 * Keyboard: Space plays or pauses, 1 / 4 / 6 pick 1x / 4x / 16x (+ and - step the speed),
 * Left / Right step to the previous / next event shown, Home / End go to the start / end,
 * Ctrl+1..4 or Tab pick the pane (Chat, Terminal, Tickets, Reviews; until then the pane
 * follows the latest event), Esc closes. A click or drag on the timeline seeks. */
#ifndef WORKSIM_UI_REPLAY_H
#define WORKSIM_UI_REPLAY_H

#include "core/catalog.h"
#include "core/replay_state.h"
#include "ui/ui.h"

typedef struct UiReplay UiReplay;

typedef enum UiReplayPane { UI_REPLAY_CHAT, UI_REPLAY_TERMINAL, UI_REPLAY_TICKETS, UI_REPLAY_REVIEWS, UI_REPLAY_PANES } UiReplayPane;

/* The replay of log (its events are taken over; *log is left empty) titled title. sc (taken
 * over; may be NULL) names the cast and the tasks; without it their ids are shown. Starts
 * paused at the beginning at 1x. fonts must outlive it. */
UiReplay *ui_replay_new(const UiFonts *fonts, ReplayLog *log, Scenario *sc, const char *title);
void ui_replay_free(UiReplay *rp);
/* The replay of stored run run_id of st, titled with its scenario and learner; cat (may be
 * NULL) gives the scenario for names. NULL + *err (caller frees) when its log cannot be read. */
UiReplay *ui_replay_open(const UiFonts *fonts, Store *st, const Catalog *cat, int64_t run_id, char **err);

/* Moves the replay clock by real_seconds times the speed while playing; stops at the end.
 * Returns true when the state shown changed. */
bool ui_replay_advance(UiReplay *rp, double real_seconds);
void ui_replay_seek(UiReplay *rp, double t);
void ui_replay_set_playing(UiReplay *rp, bool playing);
void ui_replay_set_speed(UiReplay *rp, int speed);   /* 1, 4 or 16 */
void ui_replay_show(UiReplay *rp, UiReplayPane pane);

void ui_replay_render(UiReplay *rp, SDL_Renderer *r, int width, int height);
bool ui_replay_handle_event(UiReplay *rp, const SDL_Event *ev);   /* true: something may look different */
bool ui_replay_take_close(UiReplay *rp);   /* Esc or Close was pressed (once) */

/* State for tests and the window. */
bool ui_replay_playing(const UiReplay *rp);
int ui_replay_speed(const UiReplay *rp);
double ui_replay_time(const UiReplay *rp);
double ui_replay_duration(const UiReplay *rp);
UiReplayPane ui_replay_pane(const UiReplay *rp);
const ReplayState *ui_replay_state(const UiReplay *rp);
/* What the current pane showed in the last frame, as text (chat: "Name: text" per message;
 * terminal: the grid's rows; tickets and reviews: their lines). Caller frees. */
char *ui_replay_pane_text(UiReplay *rp);
SDL_Rect ui_replay_timeline(const UiReplay *rp);    /* the scrubbable track, as last drawn */
SDL_Rect ui_replay_tab(const UiReplay *rp, UiReplayPane pane);

#endif
