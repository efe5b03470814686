/* ui_chat.h: the desktop's Chat app, a small Slack: the scenario's channels and one direct
 * conversation per cast member on the left (with unread counts), the selected conversation's
 * messages on the right, and an input box that sends the learner's text through
 * run_learner_say (DM) or run_learner_post (channel). The box is a text field with a caret
 * (arrows, Ctrl+arrows by word, Home/End, Delete), Shift+Enter for a new line (it grows up
 * to 5 lines, then scrolls), Up in an empty box to recall the learner's last message there,
 * Alt+Up/Down to the previous/next conversation, and a 4000-byte cap with a note when reached. */
#ifndef WORKSIM_UI_CHAT_H
#define WORKSIM_UI_CHAT_H

#include "ui/ui.h"

/* The Chat view of run (borrowed; must outlive the view). Its badge counts colleague
 * messages not seen yet: a conversation is seen while it is selected and the view focused. */
UiView ui_chat_view_new(Run *run);

/* Where conversation index is listed when the view is drawn in area: channels first (in
 * scenario order), then one DM per cast member (in sc->cast order). For tests and the shell. */
SDL_Rect ui_chat_row_rect(const Scenario *sc, SDL_Rect area, int index);

/* Where the input box is drawn in area now (it grows with the lines typed). For tests. */
SDL_Rect ui_chat_input_rect(const UiView *chat, SDL_Rect area);

/* Selects the direct conversation with cast member cast_id (the desktop's People list);
 * false when there is none. */
bool ui_chat_open_dm(UiView *chat, const char *cast_id);

#endif
