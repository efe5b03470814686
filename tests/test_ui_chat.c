/* test_ui_chat.c: the Chat view on real runs (tests/fixtures/runs, ns sandbox, scripted
 * colleagues, virtual clock) drawn by a software renderer: the initial conversation, clicks
 * selecting conversations (and their highlight), typing and sending to a DM and a channel,
 * scripted replies, unread badges, UTF-8 editing, a refused send's error line, and scrolling
 * that sticks to the newest message. */
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
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
