/* test_ui_chat.c: the Chat view on real runs (tests/fixtures/runs, ns sandbox, scripted
 * colleagues, virtual clock) drawn by a software renderer: the initial conversation, clicks
 * selecting conversations (and their highlight), typing and sending to a DM and a channel,
 * scripted replies, unread badges, UTF-8 editing, a refused send's error line, scrolling
 * that sticks to the newest message, and the input box as a text field: caret moves by
 * character and word, insertion and deletion at the caret, the caret's pixel column and the
 * box's sideways scroll, Shift+Enter line breaks, recalling the last message, the length cap. */
#include "ui_view_kit.h"

#include "ui/ui_chat.h"
#include "ui/ui_list.h"

static int conv_index(const Run *run, const char *name)
{
    const Scenario *sc = run_scenario(run);
    for (int i = 0; i < sc->n_channels; i++)
        if (strcmp(sc->channels[i], name) == 0) return i;
    for (int i = 0; i < sc->n_cast; i++)
        if (strcmp(sc->cast[i].id, name) == 0) return sc->n_channels + i;
    return -1;
}

static SDL_Rect row_of(Kit *k, const char *name) { return ui_chat_row_rect(run_scenario(k->run), k->area, conv_index(k->run, name)); }

/* The row's selection band (inside its left margin, clear of avatar and text). */
static bool row_selected(Kit *k, const char *name)
{
    SDL_Rect r = row_of(k, name);
    return kit_is(kit_pixel(k, r.x + 12, r.y + r.h / 2 - 8), UI_SELECTED);
}

/* The unread count pill sits at the row's right end. */
static int unread_pixels(Kit *k, const char *name)
{
    SDL_Rect r = row_of(k, name);
    return kit_count(k, (SDL_Rect){r.x + r.w - 60, r.y, 50, r.h}, UI_ACCENT);
}

/* The strip just above the input box, where "typing…" and the error line go. */
static SDL_Rect status_strip(Kit *k) { return (SDL_Rect){k->area.x + 270, k->area.y + k->area.h - 94, 400, 26}; }

static SDL_Rect right_panel(Kit *k) { return (SDL_Rect){k->area.x + 260, k->area.y, k->area.w - 260, k->area.h}; }

static void test_chat_starts_on_first_dm_with_messages_and_counts_unread(void)
{
    Kit k;
    REQUIRE(kit_open(&k, "hooks", ui_chat_view_new));
    /* Lead's "New task" note and on_start's two DMs, pal's "welcome" in #team: none seen yet. */
    CHECK_INT_EQ(k.view.badge(k.view.self), 4);
    k.view.focus(k.view.self, true);
    kit_render(&k);
    CHECK(row_selected(&k, "lead"));
    CHECK(!row_selected(&k, "#team"));
    CHECK_INT_EQ(k.view.badge(k.view.self), 1);   /* lead's DM is shown; #team still unread */
    CHECK(unread_pixels(&k, "#team") > 20);
    CHECK_INT_EQ(unread_pixels(&k, "lead"), 0);

    CHECK(kit_click(&k, row_of(&k, "#team")));
    kit_render(&k);
    CHECK(row_selected(&k, "#team"));
    CHECK(!row_selected(&k, "lead"));
    CHECK_INT_EQ(k.view.badge(k.view.self), 0);

    /* The hook's run:wait(60) ends: lead writes again while #team is shown. */
    loop_advance(k.loop, 61);
    kit_idle(&k);
    CHECK_INT_EQ(kit_messages(&k, "lead", "learner", NULL, "after wait"), 1);
    kit_render(&k);
    CHECK_INT_EQ(k.view.badge(k.view.self), 1);
    CHECK(unread_pixels(&k, "lead") > 20);

    /* Hidden (another app in front): messages are not seen even in the selected conversation. */
    k.view.focus(k.view.self, false);
    char *err = NULL;
    CHECK(run_post(k.run, "#team", "pal", "lunch?", &err));
    CHECK_INT_EQ(k.view.badge(k.view.self), 2);
    k.view.focus(k.view.self, true);
    CHECK_INT_EQ(k.view.badge(k.view.self), 1);
    kit_close(&k);
}

static void test_chat_dm_sends_on_enter_and_shows_scripted_reply(void)
{
    Kit k;
    REQUIRE(kit_open_focused(&k, "colleagues", ui_chat_view_new));
    kit_render(&k);
    CHECK(row_selected(&k, "ana"));   /* the DM with Ana's "New task" note */
    CHECK(kit_click(&k, row_of(&k, "#team")));
    kit_render(&k);
    CHECK(row_selected(&k, "#team"));
    CHECK(!row_selected(&k, "ana"));

    CHECK(kit_click(&k, row_of(&k, "ana")));
    kit_render(&k);
    CHECK(row_selected(&k, "ana"));
    CHECK(kit_type(&k, "hel"));
    CHECK(kit_type(&k, "lo"));
    CHECK(kit_key(&k, SDLK_RETURN));
    CHECK_INT_EQ(kit_messages(&k, "learner", "ana", NULL, NULL), 1);
    CHECK_INT_EQ(kit_messages(&k, "learner", "ana", NULL, "hello"), 1);
    kit_idle(&k);
    CHECK_INT_EQ(kit_messages(&k, "ana", "learner", NULL, "@bo what do you think?"), 1);
    CHECK_INT_EQ(k.view.badge(k.view.self), 0);   /* the reply arrived in the conversation shown */

    /* Enter on an empty box sends nothing. */
    int n_before = 0, n_after = 0;
    run_messages(k.run, &n_before);
    CHECK(kit_key(&k, SDLK_RETURN));
    CHECK(kit_type(&k, "   "));
    CHECK(kit_key(&k, SDLK_RETURN));
    run_messages(k.run, &n_after);
    CHECK_INT_EQ(n_after, n_before);

    kit_render(&k);
    /* The learner's and Ana's messages are drawn on the right (text pixels on white). */
    CHECK(kit_count(&k, right_panel(&k), UI_TEXT) > 100);
    CHECK(kit_snapshot(&k, "chat-dm.png"));
    kit_close(&k);
}

static void test_chat_typing_shows_until_the_reply(void)
{
    Kit k;
    REQUIRE(kit_open_focused(&k, "hooks", ui_chat_view_new));
    CHECK(kit_click(&k, row_of(&k, "lead")));
    kit_render(&k);
    int blank = status_strip(&k).w * status_strip(&k).h;
    CHECK_INT_EQ(kit_count(&k, status_strip(&k), UI_PANEL), blank);
    /* The fixture's on_message keeps this one for itself: no automatic reply. */
    CHECK(kit_type(&k, "tell me the secret"));
    CHECK(kit_key(&k, SDLK_RETURN));
    kit_idle(&k);
    kit_render(&k);
    CHECK(kit_count(&k, status_strip(&k), UI_PANEL) < blank);   /* "Lea Lead is typing…" */
    char *err = NULL;
    CHECK(run_say(k.run, "lead", "the secret is patience", &err));
    kit_render(&k);
    CHECK_INT_EQ(kit_count(&k, status_strip(&k), UI_PANEL), blank);
    kit_close(&k);
}

static void test_chat_channel_post_and_mention_reply(void)
{
    Kit k;
    REQUIRE(kit_open_focused(&k, "colleagues", ui_chat_view_new));
    CHECK(kit_click(&k, row_of(&k, "#team")));
    int ana_dms = kit_messages(&k, "ana", "learner", NULL, NULL);
    CHECK(kit_type(&k, "@ana status: done.txt is next"));
    CHECK(kit_key(&k, SDLK_KP_ENTER));
    CHECK_INT_EQ(kit_messages(&k, "learner", NULL, "#team", "@ana status"), 1);
    kit_idle(&k);
    CHECK(kit_messages(&k, "ana", NULL, "#team", NULL) >= 1);
    CHECK_INT_EQ(kit_messages(&k, "ana", "learner", NULL, NULL), ana_dms);   /* answered in the channel */
    CHECK_INT_EQ(k.view.badge(k.view.self), 0);
    /* A long colleague message and an arriving DM for the picture. */
    char *err = NULL;
    loop_advance(k.loop, 75);
    CHECK(run_post(k.run, "#team", "bo",
                   "Heads-up: the nightly build is red again. It looks like the flaky integration test in "
                   "the payments module; I've pinged the owners and will keep an eye on it.\n"
                   "- rerun before merging\n- don't skip tests locally",
                   &err));
    CHECK(run_say(k.run, "bo", "got a minute later?", &err));
    kit_render(&k);
    CHECK_INT_EQ(k.view.badge(k.view.self), 1);
    CHECK(unread_pixels(&k, "bo") > 20);
    CHECK(kit_snapshot(&k, "chat-channel.png"));
    kit_close(&k);
}

static void test_chat_editing_is_utf8_aware(void)
{
    Kit k;
    REQUIRE(kit_open_focused(&k, "colleagues", ui_chat_view_new));
    CHECK(kit_click(&k, row_of(&k, "bo")));
    CHECK(kit_type(&k, "h\xc3\xa9"));          /* hé */
    CHECK(kit_type(&k, "\xe6\x97\xa5\xe6\x9c\xac"));   /* 日本 */
    CHECK(kit_type(&k, "\xf0\x9f\x99\x82"));   /* 🙂 */
    CHECK(kit_key(&k, SDLK_BACKSPACE));         /* 🙂 (4 bytes) */
    CHECK(kit_key(&k, SDLK_BACKSPACE));         /* 本 (3 bytes) */
    CHECK(kit_key(&k, SDLK_RETURN));
    CHECK_INT_EQ(kit_messages(&k, "learner", "bo", NULL, NULL), 1);
    int n = 0;
    const RunMessage *ms = run_messages(k.run, &n);
    int last = n - 1;
    while (last >= 0 && strcmp(ms[last].from, "learner") != 0) last--;
    REQUIRE(last >= 0);
    CHECK_STR_EQ(ms[last].text, "h\xc3\xa9\xe6\x97\xa5");
    /* Backspace on an empty box and untrusted control text change nothing and crash nothing. */
    CHECK(kit_key(&k, SDLK_BACKSPACE));
    CHECK(kit_type(&k, "\x1b[31m<b>x</b>"));
    CHECK(kit_key(&k, SDLK_RETURN));
    CHECK_INT_EQ(kit_messages(&k, "learner", "bo", NULL, "\x1b[31m<b>x</b>"), 1);
    kit_idle(&k);
    kit_render(&k);
    kit_close(&k);
}

static void test_chat_refused_send_shows_error_line(void)
{
    Kit k;
    REQUIRE(kit_open_focused(&k, "colleagues", ui_chat_view_new));
    CHECK(kit_click(&k, row_of(&k, "ana")));
    kit_render(&k);
    CHECK_INT_EQ(kit_count(&k, right_panel(&k), UI_FAIL), 0);
    run_finish(k.run, "finished");   /* finishing: the run refuses learner actions */
    CHECK(kit_type(&k, "too late?"));
    CHECK(kit_key(&k, SDLK_RETURN));
    CHECK_INT_EQ(kit_messages(&k, "learner", NULL, NULL, NULL), 0);
    kit_render(&k);
    CHECK(kit_count(&k, right_panel(&k), UI_FAIL) > 30);   /* the error line's bar and text */
    CHECK(kit_snapshot(&k, "chat-refused.png"));
    /* Picking another conversation clears it. */
    CHECK(kit_click(&k, row_of(&k, "bo")));
    kit_render(&k);
    CHECK_INT_EQ(kit_count(&k, right_panel(&k), UI_FAIL), 0);
    kit_close(&k);
}

static void test_chat_wheel_scrolls_and_sticks_to_newest(void)
{
    Kit k;
    REQUIRE(kit_open_focused(&k, "colleagues", ui_chat_view_new));
    char *err = NULL;
    for (int i = 0; i < 20; i++) {
        char text[64];
        snprintf(text, sizeof text, "status line number %d of a long conversation", i);
        CHECK(run_say(k.run, "bo", text, &err));
        loop_advance(k.loop, 150);   /* far apart: every message gets its own header */
    }
    CHECK(kit_click(&k, row_of(&k, "bo")));
    SDL_Rect body = {k.area.x + 260, k.area.y + 70, k.area.w - 270, k.area.h - 200};
    int wx = body.x + body.w / 2, wy = body.y + body.h / 2;
    kit_render(&k);
    Uint32 *bottom = kit_copy(&k, body);

    CHECK(kit_wheel(&k, wx, wy, 3));   /* up: older messages */
    kit_render(&k);
    Uint32 *up = kit_copy(&k, body);
    size_t bytes = (size_t)body.w * (size_t)body.h * 4;
    CHECK(memcmp(bottom, up, bytes) != 0);
    /* A wheel outside the message pane (on the list) does not scroll it. */
    SDL_Rect first = row_of(&k, "#team");
    CHECK(!kit_wheel(&k, first.x + 20, first.y + 5, 3));

    /* Scrolled up: a new message does not move what the learner is reading. */
    CHECK(run_say(k.run, "bo", "a newer message", &err));
    kit_render(&k);
    Uint32 *held = kit_copy(&k, body);
    CHECK(memcmp(up, held, bytes) == 0);

    /* Back at the bottom it sticks again: the newest message pushes the view. */
    CHECK(kit_wheel(&k, wx, wy, -100));
    kit_render(&k);
    Uint32 *end1 = kit_copy(&k, body);
    CHECK(run_say(k.run, "bo", "and the newest one", &err));
    kit_render(&k);
    Uint32 *end2 = kit_copy(&k, body);
    CHECK(memcmp(end1, end2, bytes) != 0);
    CHECK(kit_snapshot(&k, "chat-scrolled.png"));
    free(bottom);
    free(up);
    free(held);
    free(end1);
    free(end2);
    kit_close(&k);
}

/* ---- the input box as a text field ----------------------------------------------------- */

/* The text of the learner's newest message (NULL: none). */
static const char *last_learner_text(Kit *k)
{
    int n = 0;
    const RunMessage *ms = run_messages(k->run, &n);
    for (int i = n - 1; i >= 0; i--)
        if (strcmp(ms[i].from, "learner") == 0) return ms[i].text;
    return NULL;
}

/* Types s in pieces of at most 30 bytes cut on character boundaries (as SDL delivers text). */
static void type_long(Kit *k, const char *s)
{
    while (*s) {
        size_t n = strlen(s) < 30 ? strlen(s) : 30;
        while (n > 0 && s[n] && ((unsigned char)s[n] & 0xc0) == 0x80) n--;
        char piece[32];
        memcpy(piece, s, n);
        piece[n] = 0;
        kit_type(k, piece);
        s += n;
    }
}

/* The leftmost column of caret pixels (UI_ACCENT inside the input box, clear of its accent
 * border), after drawing a frame; -1: no caret drawn. */
static int caret_x(Kit *k)
{
    kit_render(k);
    SDL_Rect box = ui_chat_input_rect(&k->view, k->area);
    for (int x = box.x + 5; x < box.x + box.w - 5; x++)
        for (int y = box.y + 5; y < box.y + box.h - 5; y++)
            if (kit_is(kit_pixel(k, x, y), UI_ACCENT)) return x;
    return -1;
}

static int text_w(Kit *k, const char *s) { return ui_text_width(k->fonts.ui, s); }

#define HELLO "h\xc3\xa9llo w\xc3\xb6rld"   /* héllo wörld */

static void test_chat_input_caret_moves_and_inserts(void)
{
    Kit k;
    REQUIRE(kit_open_focused(&k, "colleagues", ui_chat_view_new));
    CHECK(kit_click(&k, row_of(&k, "bo")));
    CHECK(kit_type(&k, HELLO));
    int end_x = caret_x(&k);
    CHECK(kit_key(&k, SDLK_HOME));
    int home_x = caret_x(&k);
    CHECK(home_x >= 0);
    CHECK_INT_EQ(end_x - home_x, text_w(&k, HELLO));   /* the caret sits after the measured text */
    CHECK(kit_key(&k, SDLK_RIGHT));
    CHECK(kit_key(&k, SDLK_RIGHT));                    /* past "h" and the two bytes of "é" */
    CHECK_INT_EQ(caret_x(&k) - home_x, text_w(&k, "h\xc3\xa9"));
    CHECK(kit_type(&k, "X"));
    CHECK_INT_EQ(caret_x(&k) - home_x, text_w(&k, "h\xc3\xa9X"));
    CHECK(kit_snapshot(&k, "chat-input-caret.png"));
    CHECK(kit_key(&k, SDLK_RETURN));
    CHECK_STR_EQ(last_learner_text(&k), "h\xc3\xa9Xllo w\xc3\xb6rld");

    /* Left and Right stop at the ends; End goes back to the end. */
    CHECK(kit_type(&k, "ab"));
    for (int i = 0; i < 5; i++) CHECK(kit_key(&k, SDLK_LEFT));
    CHECK(kit_type(&k, "<"));
    CHECK(kit_key(&k, SDLK_END));
    for (int i = 0; i < 3; i++) CHECK(kit_key(&k, SDLK_RIGHT));
    CHECK(kit_type(&k, ">"));
    CHECK(kit_key(&k, SDLK_RETURN));
    CHECK_STR_EQ(last_learner_text(&k), "<ab>");

    /* A click in the text puts the caret at the nearest character boundary. */
    CHECK(kit_type(&k, HELLO));
    home_x = caret_x(&k) - text_w(&k, HELLO);
    SDL_Rect box = ui_chat_input_rect(&k.view, k.area);
    CHECK(kit_click(&k, (SDL_Rect){home_x + text_w(&k, "h\xc3\xa9") + 1, box.y + box.h / 2, 1, 1}));
    CHECK(kit_type(&k, "Y"));
    CHECK(kit_key(&k, SDLK_RETURN));
    CHECK_STR_EQ(last_learner_text(&k), "h\xc3\xa9Yllo w\xc3\xb6rld");
    kit_close(&k);
}

static void test_chat_input_word_jumps(void)
{
    Kit k;
    REQUIRE(kit_open_focused(&k, "colleagues", ui_chat_view_new));
    CHECK(kit_click(&k, row_of(&k, "bo")));
    CHECK(kit_type(&k, HELLO "  "));
    CHECK(kit_key_mod(&k, SDLK_LEFT, KMOD_LCTRL));    /* over the spaces to the start of "wörld" */
    CHECK(kit_type(&k, "X"));
    CHECK(kit_key_mod(&k, SDLK_LEFT, KMOD_LCTRL));    /* start of "Xwörld" */
    CHECK(kit_key_mod(&k, SDLK_LEFT, KMOD_LCTRL));    /* start of "héllo" */
    CHECK(kit_key_mod(&k, SDLK_LEFT, KMOD_LCTRL));    /* stays at 0 */
    CHECK(kit_type(&k, "A"));
    CHECK(kit_key_mod(&k, SDLK_RIGHT, KMOD_RCTRL));   /* end of "Ahéllo" */
    CHECK(kit_type(&k, "B"));
    CHECK(kit_key_mod(&k, SDLK_RIGHT, KMOD_LCTRL));   /* end of "Xwörld" */
    CHECK(kit_type(&k, "C"));
    CHECK(kit_key(&k, SDLK_RETURN));
    CHECK_STR_EQ(last_learner_text(&k), "Ah\xc3\xa9lloB Xw\xc3\xb6rldC");   /* trailing spaces trimmed */

    /* Ctrl+Backspace deletes the word before the caret. */
    CHECK(kit_type(&k, "keep this drop"));
    CHECK(kit_key_mod(&k, SDLK_BACKSPACE, KMOD_LCTRL));
    CHECK(kit_key(&k, SDLK_RETURN));
    CHECK_STR_EQ(last_learner_text(&k), "keep this");
    kit_close(&k);
}

static void test_chat_input_delete_and_backspace_at_caret(void)
{
    Kit k;
    REQUIRE(kit_open_focused(&k, "colleagues", ui_chat_view_new));
    CHECK(kit_click(&k, row_of(&k, "bo")));
    /* "é日🙂x": Delete at the start removes whole characters of 2, 3 and 4 bytes. */
    CHECK(kit_type(&k, "\xc3\xa9\xe6\x97\xa5\xf0\x9f\x99\x82x"));
    CHECK(kit_key(&k, SDLK_HOME));
    CHECK(kit_key(&k, SDLK_DELETE));
    CHECK(kit_key(&k, SDLK_RIGHT));     /* past 日 */
    CHECK(kit_key(&k, SDLK_DELETE));    /* 🙂 */
    CHECK(kit_key(&k, SDLK_END));
    CHECK(kit_key(&k, SDLK_DELETE));    /* at the end: nothing */
    CHECK(kit_key(&k, SDLK_RETURN));
    CHECK_STR_EQ(last_learner_text(&k), "\xe6\x97\xa5x");

    /* Backspace before "b" in "a日b" removes 日 whole, not its last byte. */
    CHECK(kit_type(&k, "a\xe6\x97\xa5" "b"));
    CHECK(kit_key(&k, SDLK_LEFT));
    CHECK(kit_key(&k, SDLK_BACKSPACE));
    CHECK(kit_type(&k, "-"));
    CHECK(kit_key(&k, SDLK_HOME));
    CHECK(kit_key(&k, SDLK_BACKSPACE));   /* at the start: nothing */
    CHECK(kit_key(&k, SDLK_RETURN));
    CHECK_STR_EQ(last_learner_text(&k), "a-b");
    kit_close(&k);
}

static void test_chat_input_scrolls_sideways_to_the_caret(void)
{
    Kit k;
    REQUIRE(kit_open_focused(&k, "colleagues", ui_chat_view_new));
    CHECK(kit_click(&k, row_of(&k, "bo")));
    SDL_Rect box = ui_chat_input_rect(&k.view, k.area);
    char line[301];
    for (int i = 0; i < 300; i++) line[i] = (char)('a' + i % 26);
    line[300] = 0;
    CHECK(text_w(&k, line) > 2 * box.w);
    type_long(&k, line);
    int end_x = caret_x(&k);   /* at the end, scrolled: near the right edge, inside the box */
    CHECK(end_x > box.x + box.w / 2);
    CHECK(end_x < box.x + box.w - 10);
    CHECK(kit_key(&k, SDLK_HOME));
    int home_x = caret_x(&k);  /* back at the start, the start shows again */
    CHECK(home_x > box.x && home_x < box.x + 20);
    CHECK(kit_count(&k, box, UI_TEXT) > 50);
    CHECK(kit_key(&k, SDLK_END));
    CHECK_INT_EQ(caret_x(&k), end_x);
    /* Typing in the middle keeps the caret where it is drawn moving right by the glyph. */
    for (int i = 0; i < 150; i++) CHECK(kit_key(&k, SDLK_LEFT));
    int mid_x = caret_x(&k);
    CHECK(mid_x > box.x && mid_x < box.x + box.w - 10);
    CHECK(kit_type(&k, "W"));
    int after_x = caret_x(&k);
    CHECK(after_x > mid_x && after_x < box.x + box.w - 10);
    CHECK(kit_key(&k, SDLK_RETURN));
    const char *sent = last_learner_text(&k);
    REQUIRE(sent != NULL);
    CHECK_INT_EQ((int)strlen(sent), 301);
    CHECK(sent[150] == 'W' && sent[149] == line[149] && sent[151] == line[150]);
    kit_close(&k);
}

static void test_chat_input_shift_enter_makes_lines(void)
{
    Kit k;
    REQUIRE(kit_open_focused(&k, "colleagues", ui_chat_view_new));
    CHECK(kit_click(&k, row_of(&k, "ana")));
    SDL_Rect one = ui_chat_input_rect(&k.view, k.area);
    CHECK(kit_type(&k, "line one"));
    CHECK(kit_key_mod(&k, SDLK_RETURN, KMOD_LSHIFT));
    CHECK(kit_type(&k, "line two"));
    CHECK_INT_EQ(kit_messages(&k, "learner", NULL, NULL, NULL), 0);   /* nothing sent yet */
    kit_render(&k);
    SDL_Rect two = ui_chat_input_rect(&k.view, k.area);
    CHECK_INT_EQ(two.h - one.h, k.fonts.ui_h);   /* the box grew by a line, upwards */
    CHECK_INT_EQ(two.y + two.h, one.y + one.h);
    /* Up moves to the first line, at the nearest column (both lines are 8 characters wide
     * give or take a pixel or two): insert there. */
    int x2 = caret_x(&k);
    CHECK(kit_key(&k, SDLK_UP));
    CHECK(abs(caret_x(&k) - x2) <= 3);
    CHECK(kit_type(&k, "!"));
    CHECK(kit_key(&k, SDLK_DOWN));
    CHECK(kit_key(&k, SDLK_END));
    CHECK(kit_snapshot(&k, "chat-input-lines.png"));
    CHECK(kit_key(&k, SDLK_RETURN));
    CHECK_INT_EQ(kit_messages(&k, "learner", "ana", NULL, NULL), 1);
    CHECK_STR_EQ(last_learner_text(&k), "line one!\nline two");
    CHECK_INT_EQ(ui_chat_input_rect(&k.view, k.area).h, one.h);   /* empty again: one line */

    /* Eight lines: the box stops growing at five and shows the caret's line. */
    for (int i = 0; i < 8; i++) {
        char t[16];
        snprintf(t, sizeof t, "row %d", i);
        CHECK(kit_type(&k, t));
        if (i < 7) CHECK(kit_key_mod(&k, SDLK_RETURN, KMOD_RSHIFT));
    }
    kit_render(&k);
    SDL_Rect five = ui_chat_input_rect(&k.view, k.area);
    CHECK_INT_EQ(five.h - one.h, 4 * k.fonts.ui_h);
    int last_line_caret = caret_x(&k);
    CHECK(last_line_caret > five.x);
    kit_render(&k);
    CHECK(kit_snapshot(&k, "chat-input-five-lines.png"));
    CHECK(kit_key(&k, SDLK_RETURN));
    CHECK_STR_EQ(last_learner_text(&k), "row 0\nrow 1\nrow 2\nrow 3\nrow 4\nrow 5\nrow 6\nrow 7");

    /* A pasted-style multi-line piece keeps its breaks (CRLF becomes LF). */
    CHECK(kit_type(&k, "a\r\nb\rc"));
    CHECK(kit_key(&k, SDLK_RETURN));
    CHECK_STR_EQ(last_learner_text(&k), "a\nb\nc");
    kit_close(&k);
}

static void test_chat_input_up_recalls_last_message(void)
{
    Kit k;
    REQUIRE(kit_open_focused(&k, "colleagues", ui_chat_view_new));
    CHECK(kit_click(&k, row_of(&k, "bo")));
    CHECK(!kit_key(&k, SDLK_UP));        /* nothing sent here yet: nothing to recall */
    CHECK(kit_type(&k, "first try"));
    CHECK(kit_key(&k, SDLK_RETURN));
    CHECK(kit_key(&k, SDLK_UP));
    CHECK(kit_key_mod(&k, SDLK_BACKSPACE, KMOD_LCTRL));
    CHECK(kit_type(&k, "attempt"));
    CHECK(!kit_key(&k, SDLK_UP));        /* not empty: no recall over the draft */
    CHECK(kit_key(&k, SDLK_RETURN));
    CHECK_STR_EQ(last_learner_text(&k), "first attempt");
    /* Another conversation recalls its own message only. */
    CHECK(kit_click(&k, row_of(&k, "#team")));
    CHECK(!kit_key(&k, SDLK_UP));
    CHECK(kit_key(&k, SDLK_RETURN));
    CHECK_INT_EQ(kit_messages(&k, "learner", NULL, NULL, NULL), 2);
    kit_close(&k);
}

static void test_chat_input_length_cap_shows_a_note(void)
{
    Kit k;
    REQUIRE(kit_open_focused(&k, "colleagues", ui_chat_view_new));
    CHECK(kit_click(&k, row_of(&k, "bo")));
    kit_render(&k);
    CHECK_INT_EQ(kit_count(&k, status_strip(&k), UI_WARN), 0);
    char *big = xmalloc(4000);
    memset(big, 'x', 3999);
    big[3999] = 0;
    type_long(&k, big);
    kit_render(&k);
    CHECK_INT_EQ(kit_count(&k, status_strip(&k), UI_WARN), 0);   /* 3999 bytes: still room */
    CHECK(kit_type(&k, "\xc3\xa9"));   /* é needs 2 bytes: refused whole, not split */
    kit_render(&k);
    CHECK(kit_count(&k, status_strip(&k), UI_WARN) > 20);        /* the note's bar */
    CHECK(kit_snapshot(&k, "chat-input-limit.png"));
    CHECK(kit_key(&k, SDLK_BACKSPACE));   /* room again: the note goes */
    kit_render(&k);
    CHECK_INT_EQ(kit_count(&k, status_strip(&k), UI_WARN), 0);
    CHECK(kit_type(&k, "yzw"));           /* y and z fit (4000 bytes), w does not */
    CHECK(kit_key(&k, SDLK_RETURN));
    const char *sent = last_learner_text(&k);
    REQUIRE(sent != NULL);
    CHECK_INT_EQ((int)strlen(sent), 4000);
    CHECK(sent[3998] == 'y' && sent[3999] == 'z');
    kit_render(&k);
    CHECK_INT_EQ(kit_count(&k, status_strip(&k), UI_WARN), 0);   /* sent: empty box, no note */
    free(big);
    kit_close(&k);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_chat_starts_on_first_dm_with_messages_and_counts_unread),
        TEST_CASE(test_chat_dm_sends_on_enter_and_shows_scripted_reply),
        TEST_CASE(test_chat_typing_shows_until_the_reply),
        TEST_CASE(test_chat_channel_post_and_mention_reply),
        TEST_CASE(test_chat_editing_is_utf8_aware),
        TEST_CASE(test_chat_refused_send_shows_error_line),
        TEST_CASE(test_chat_wheel_scrolls_and_sticks_to_newest),
        TEST_CASE(test_chat_input_caret_moves_and_inserts),
        TEST_CASE(test_chat_input_word_jumps),
        TEST_CASE(test_chat_input_delete_and_backspace_at_caret),
        TEST_CASE(test_chat_input_scrolls_sideways_to_the_caret),
        TEST_CASE(test_chat_input_shift_enter_makes_lines),
        TEST_CASE(test_chat_input_up_recalls_last_message),
        TEST_CASE(test_chat_input_length_cap_shows_a_note),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
