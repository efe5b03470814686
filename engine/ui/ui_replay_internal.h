/* ui_replay_internal.h: the replay screen's state, shared by its files only: ui_replay.c
 * (clock, seeking, keys, the bar, tabs and timeline) and ui_replay_panes.c (the chat,
 * terminal, tickets and reviews panes drawn from the folded state). */
#ifndef WORKSIM_UI_REPLAY_INTERNAL_H
#define WORKSIM_UI_REPLAY_INTERNAL_H

#include "ui/ui_replay.h"
#include "ui/ui_scroll.h"
#include "ui/ui_term.h"
#include "base/util.h"

enum { REPLAY_TABS_H = 44, REPLAY_TIMELINE_H = 72, REPLAY_SPEEDS = 3 };

struct UiReplay {
    const UiFonts *fonts;
    ReplayLog log;
    Scenario *sc;                  /* may be NULL */
    char *title;
    ReplayState state;             /* the log folded up to the replay clock */
    double duration;
    bool playing;
    int speed;
    UiReplayPane pane;
    bool follow;                   /* the pane follows the latest event until one is picked */
    UiTerm *term;                  /* the terminal pane's grid, fed the transcript */
    size_t term_fed;               /* bytes of state.terminal fed to it */
    UiScroll scroll[UI_REPLAY_PANES];
    int mouse_x, mouse_y;
    bool scrubbing;                /* the button went down on the timeline */
    bool close;
    SDL_Rect close_button, tabs[UI_REPLAY_PANES], pane_area, timeline, play_button, speed_buttons[REPLAY_SPEEDS];
    Buf pane_text;                 /* what the pane drew last frame, as text (tests) */
    int *message_h, n_message_h;   /* each chat message's laid-out height (the log's messages never change) */
    int message_w;                 /* the width they were measured at */
    const TTF_Font *message_font;  /* and the text font (Ctrl+= opens another) */
};

/* ui_replay_panes.c: draws rp->pane into area and records its text in rp->pane_text. */
void replay_draw_pane(UiReplay *rp, UiDraw *d, SDL_Rect area);
/* A cast member's name (the id without a scenario), a task's title. */
const char *replay_person(const UiReplay *rp, const char *id);
const char *replay_task_title(const UiReplay *rp, const char *id);
/* "m:ss" of seconds. */
void replay_format_clock(char *out, size_t n, double seconds);

#endif
