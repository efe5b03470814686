/* test_ui_term.c: the desktop's terminal widget (engine/ui/ui_term.c) and Terminal app
 * (ui_terminal_view.c): what fed bytes put on the screen, which bytes keys send, the
 * scrollback, resizing, selecting text with the mouse and copying it, pixels drawn by a
 * software renderer, and one end-to-end case typing a command into a real run's shell (and
 * selecting its output) through SDL events. No window is needed; the clipboard test starts
 * SDL's dummy video driver, which keeps the clipboard in memory. */
#define _GNU_SOURCE
#include "ui_view_kit.h"

#include "ui/ui_term.h"
#include "ui/ui_terminal_view.h"

/* ---- helpers ---------------------------------------------------------------------------- */

static void feed(UiTerm *t, const char *s) { ui_term_feed(t, s, strlen(s)); }

static void check_text(UiTerm *t, const char *want, const char *file, int line)
{
    char *got = ui_term_screen_text(t);
    if (strcmp(got, want) != 0) testlib_fail(file, line, "screen text: \"%s\" != \"%s\"", got, want);
    free(got);
}
#define CHECK_SCREEN(t, want) check_text((t), (want), __FILE__, __LINE__)

static void capture(void *ud, const char *b, size_t n) { buf_append(ud, b, n); }

/* The bytes one event sends (writer output), as a fresh string; caller frees. */
static char *bytes_of(UiTerm *t, const SDL_Event *ev)
{
    Buf out = {0};
    ui_term_set_writer(t, capture, &out);
    ui_term_handle_event(t, ev);
    ui_term_set_writer(t, NULL, NULL);
    return buf_steal(&out);
}

static SDL_Event key_event(SDL_Keycode sym, Uint16 mod)
{
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_KEYDOWN;
    ev.key.state = SDL_PRESSED;
    ev.key.keysym.sym = sym;
    ev.key.keysym.scancode = SDL_GetScancodeFromKey(sym);
    ev.key.keysym.mod = mod;
    return ev;
}

static SDL_Event text_event(const char *utf8)
{
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_TEXTINPUT;
    snprintf(ev.text.text, sizeof ev.text.text, "%s", utf8);
    return ev;
}

static void check_key(UiTerm *t, SDL_Event ev, const char *want, const char *file, int line)
{
    char *got = bytes_of(t, &ev);
    if (strcmp(got, want) != 0) {
        Buf esc = {0};
        for (const unsigned char *p = (const unsigned char *)got; *p; p++) buf_printf(&esc, "\\x%02x", *p);
        testlib_fail(file, line, "key bytes: \"%s\"", esc.data ? esc.data : "");
        buf_free(&esc);
    }
    free(got);
}
#define CHECK_KEY(t, ev, want) check_key((t), (ev), (want), __FILE__, __LINE__)

/* How many pixels of cell (row, col) differ from colour bg. */
static int cell_pixels_not(Kit *k, SDL_Rect area, int row, int col, SDL_Color bg)
{
    SDL_Rect cell = {area.x + UI_TERM_PAD + col * k->fonts.mono_w, area.y + UI_TERM_PAD + row * k->fonts.mono_h,
                     k->fonts.mono_w, k->fonts.mono_h};
    return cell.w * cell.h - kit_count(k, cell, bg);
}

/* Pixel events at the centre of cell (row, col) of a grid drawn into area. */
static int cell_x(const UiFonts *f, SDL_Rect area, int col) { return area.x + UI_TERM_PAD + col * f->mono_w + f->mono_w / 2; }
static int cell_y(const UiFonts *f, SDL_Rect area, int row) { return area.y + UI_TERM_PAD + row * f->mono_h + f->mono_h / 2; }

static SDL_Event button_event(Uint32 type, int x, int y, Uint8 clicks)
{
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = type;
    ev.button.button = SDL_BUTTON_LEFT;
    ev.button.state = type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
    ev.button.clicks = clicks;
    ev.button.x = x;
    ev.button.y = y;
    return ev;
}

static SDL_Event motion_event(int x, int y, Uint32 buttons)
{
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_MOUSEMOTION;
    ev.motion.state = buttons;
    ev.motion.x = x;
    ev.motion.y = y;
    return ev;
}

/* A press at cell (r0, c0), motion through the middle to (r1, c1) and the release there, sent
 * to the widget (view NULL) or through the view with its area. */
static void drag_cells(UiTerm *t, Kit *k, bool via_view, SDL_Rect area, int r0, int c0, int r1, int c1)
{
    SDL_Event evs[4] = {
        button_event(SDL_MOUSEBUTTONDOWN, cell_x(&k->fonts, area, c0), cell_y(&k->fonts, area, r0), 1),
        motion_event(cell_x(&k->fonts, area, (c0 + c1) / 2), cell_y(&k->fonts, area, (r0 + r1) / 2), SDL_BUTTON_LMASK),
        motion_event(cell_x(&k->fonts, area, c1), cell_y(&k->fonts, area, r1), SDL_BUTTON_LMASK),
        button_event(SDL_MOUSEBUTTONUP, cell_x(&k->fonts, area, c1), cell_y(&k->fonts, area, r1), 1),
    };
    for (int i = 0; i < 4; i++) {
        bool used = via_view ? kit_send(k, &evs[i]) : ui_term_handle_mouse(t, &evs[i], area, &k->fonts);
        CHECK(used);
    }
}

/* A click (press and release) with SDL's click count at cell (row, col). */
static void click_cell(UiTerm *t, Kit *k, SDL_Rect area, int row, int col, Uint8 clicks)
{
    SDL_Event down = button_event(SDL_MOUSEBUTTONDOWN, cell_x(&k->fonts, area, col), cell_y(&k->fonts, area, row), clicks);
    SDL_Event up = button_event(SDL_MOUSEBUTTONUP, down.button.x, down.button.y, clicks);
    CHECK(ui_term_handle_mouse(t, &down, area, &k->fonts));
    CHECK(ui_term_handle_mouse(t, &up, area, &k->fonts));
}

static void check_selection(UiTerm *t, const char *want, const char *file, int line)
{
    char *got = ui_term_selection_text(t);
    if (!want && got) testlib_fail(file, line, "selection: \"%s\", expected none", got);
    else if (want && !got) testlib_fail(file, line, "no selection, expected \"%s\"", want);
    else if (want && strcmp(got, want) != 0) testlib_fail(file, line, "selection: \"%s\" != \"%s\"", got, want);
    free(got);
}
#define CHECK_SELECTION(t, want) check_selection((t), (want), __FILE__, __LINE__)

/* ---- screen contents -------------------------------------------------------------------- */

static void test_term_plain_text_and_crlf(void)
{
    UiTerm *t = ui_term_new(5, 20);
    CHECK_SCREEN(t, "");
    feed(t, "hello\r\nworld   ");
    CHECK_SCREEN(t, "hello\nworld");
    feed(t, "\r\n\r\nthird");
    CHECK_SCREEN(t, "hello\nworld\n\nthird");
    ui_term_free(t);
}

static void test_term_colours_do_not_reach_the_text(void)
{
    UiTerm *t = ui_term_new(3, 40);
    feed(t, "\x1b[31mred\x1b[0m \x1b[1;38;5;208mbold256\x1b[0m \x1b[38;2;1;2;3;48;2;200;100;0mrgb\x1b[m end");
    CHECK_SCREEN(t, "red bold256 rgb end");
    ui_term_free(t);
}

static void test_term_cursor_movement_and_clear(void)
{
    UiTerm *t = ui_term_new(4, 20);
    feed(t, "abcdef\x1b[1;3HX\x1b[3;5Hy");
    CHECK_SCREEN(t, "abXdef\n\n    y");
    feed(t, "\x1b[2A\x1b[2DZ");   /* up 2, left 2 from after the y */
    CHECK_SCREEN(t, "abXZef\n\n    y");
    feed(t, "\x1b[2J\x1b[Hnew");
    CHECK_SCREEN(t, "new");
    feed(t, "\r\x1b[K");           /* erase the line */
    CHECK_SCREEN(t, "");
    ui_term_free(t);
}

static void test_term_utf8_even_split_across_feeds(void)
{
    UiTerm *t = ui_term_new(3, 20);
    feed(t, "caf\xc3\xa9 \xe2\x86\x92 ok");
    CHECK_SCREEN(t, "café → ok");
    feed(t, "\r\n\xe2\x86");            /* the arrow in two pieces */
    feed(t, "\x92!");
    CHECK_SCREEN(t, "café → ok\n→!");
    /* A double-width character takes two cells and is one character of text. */
    feed(t, "\r\na\xe4\xb8\xad" "b");
    CHECK_SCREEN(t, "café → ok\n→!\na\xe4\xb8\xad" "b");
    ui_term_free(t);
}

static void test_term_long_line_wraps(void)
{
    UiTerm *t = ui_term_new(4, 10);
    feed(t, "0123456789abcde");
    CHECK_SCREEN(t, "0123456789\nabcde");
    ui_term_free(t);
}

/* ---- keyboard --------------------------------------------------------------------------- */

static void test_term_keys_send_terminal_bytes(void)
{
    UiTerm *t = ui_term_new(5, 20);
    CHECK_KEY(t, key_event(SDLK_RETURN, KMOD_NONE), "\r");
    CHECK_KEY(t, key_event(SDLK_c, KMOD_LCTRL), "\x03");
    CHECK_KEY(t, key_event(SDLK_d, KMOD_RCTRL), "\x04");
    CHECK_KEY(t, key_event(SDLK_BACKSPACE, KMOD_NONE), "\x7f");
    CHECK_KEY(t, key_event(SDLK_TAB, KMOD_NONE), "\t");
    CHECK_KEY(t, key_event(SDLK_ESCAPE, KMOD_NONE), "\x1b");
    CHECK_KEY(t, key_event(SDLK_DELETE, KMOD_NONE), "\x1b[3~");
    CHECK_KEY(t, key_event(SDLK_UP, KMOD_NONE), "\x1b[A");
    CHECK_KEY(t, key_event(SDLK_LEFT, KMOD_NONE), "\x1b[D");
    CHECK_KEY(t, key_event(SDLK_HOME, KMOD_NONE), "\x1b[H");
    /* A printable key alone sends nothing: its text arrives as SDL_TEXTINPUT. */
    CHECK_KEY(t, key_event(SDLK_a, KMOD_NONE), "");
    CHECK_KEY(t, text_event("ls -l"), "ls -l");
    CHECK_KEY(t, text_event("\xc3\xa9"), "\xc3\xa9");
    /* The program asks for application cursor keys (DECCKM), as readline and vim do. */
    feed(t, "\x1b[?1h");
    CHECK_KEY(t, key_event(SDLK_UP, KMOD_NONE), "\x1bOA");
    CHECK_KEY(t, key_event(SDLK_RIGHT, KMOD_NONE), "\x1bOC");
    feed(t, "\x1b[?1l");
    CHECK_KEY(t, key_event(SDLK_DOWN, KMOD_NONE), "\x1b[B");
    ui_term_free(t);
}

static void test_term_paste_is_bracketed_when_asked(void)
{
    UiTerm *t = ui_term_new(5, 20);
    Buf out = {0};
    ui_term_set_writer(t, capture, &out);
    ui_term_paste(t, "a\nb\r\n\xc3\xa9");
    CHECK_STR_EQ(out.data, "a\rb\r\xc3\xa9");
    out.len = 0;
    feed(t, "\x1b[?2004h");   /* bash's readline turns bracketed paste on */
    ui_term_paste(t, "x\ny");
    CHECK_STR_EQ(out.data, "\x1b[200~x\ry\x1b[201~");
    ui_term_free(t);
    buf_free(&out);
}

static void test_term_queries_are_answered_through_the_writer(void)
{
    UiTerm *t = ui_term_new(5, 20);
    Buf out = {0};
    ui_term_set_writer(t, capture, &out);
    feed(t, "ab\x1b[6n");   /* cursor position report */
    CHECK_STR_EQ(out.data, "\x1b[1;3R");
    ui_term_free(t);
    buf_free(&out);
}

/* ---- scrollback and resize -------------------------------------------------------------- */

static void test_term_scrollback_keeps_lines_scrolled_off(void)
{
    UiTerm *t = ui_term_new(3, 20);
    for (int i = 1; i <= 10; i++) {
        char line[16];
        snprintf(line, sizeof line, "%sl%d", i > 1 ? "\r\n" : "", i);
        feed(t, line);
    }
    CHECK_SCREEN(t, "l8\nl9\nl10");
    CHECK_INT_EQ(ui_term_scrollback_lines(t), 7);
    /* Shift+PgUp scrolls a page (rows - 1) back. */
    SDL_Event up = key_event(SDLK_PAGEUP, KMOD_LSHIFT);
    CHECK_KEY(t, up, "");
    CHECK_INT_EQ(ui_term_scroll_offset(t), 2);
    CHECK_SCREEN(t, "l6\nl7\nl8");
    /* The wheel scrolls 3 lines a notch, never past the oldest line. */
    SDL_Event wheel;
    memset(&wheel, 0, sizeof wheel);
    wheel.type = SDL_MOUSEWHEEL;
    wheel.wheel.y = 5;
    CHECK(ui_term_handle_event(t, &wheel));
    CHECK_INT_EQ(ui_term_scroll_offset(t), 7);
    CHECK_SCREEN(t, "l1\nl2\nl3");
    /* Output while scrolled back does not move what the reader sees. */
    feed(t, "\r\nl11");
    CHECK_SCREEN(t, "l1\nl2\nl3");
    /* Typing returns to the live screen. */
    CHECK_KEY(t, text_event("x"), "x");
    CHECK_INT_EQ(ui_term_scroll_offset(t), 0);
    CHECK_SCREEN(t, "l9\nl10\nl11");
    ui_term_free(t);
}

static void test_term_scrollback_is_bounded(void)
{
    UiTerm *t = ui_term_new(2, 10);
    for (int i = 0; i < UI_TERM_SCROLLBACK + 500; i++) feed(t, "line\r\n");
    CHECK_INT_EQ(ui_term_scrollback_lines(t), UI_TERM_SCROLLBACK);
    ui_term_free(t);
}

static void test_term_resize_keeps_content(void)
{
    UiTerm *t = ui_term_new(4, 20);
    feed(t, "one\r\ntwo\r\nthree\r\nfour");
    ui_term_resize(t, 8, 40);
    int rows = 0, cols = 0;
    ui_term_size(t, &rows, &cols);
    CHECK_INT_EQ(rows, 8);
    CHECK_INT_EQ(cols, 40);
    CHECK_SCREEN(t, "one\ntwo\nthree\nfour");
    feed(t, "\r\nfive");
    CHECK_SCREEN(t, "one\ntwo\nthree\nfour\nfive");
    /* Fewer rows: the top lines go to the scrollback and come back when it grows again. */
    ui_term_resize(t, 2, 40);
    CHECK_SCREEN(t, "four\nfive");
    ui_term_resize(t, 5, 40);
    CHECK_SCREEN(t, "one\ntwo\nthree\nfour\nfive");
    ui_term_free(t);
}

static void test_term_alternate_screen_restores_the_main_one(void)
{
    UiTerm *t = ui_term_new(3, 20);
    feed(t, "main");
    feed(t, "\x1b[?1049h\x1b[H");   /* a full-screen program starts (vim, less) */
    CHECK_SCREEN(t, "");
    feed(t, "1\r\n2\r\n3\r\n4\r\n5");
    CHECK_SCREEN(t, "3\n4\n5");
    CHECK_INT_EQ(ui_term_scrollback_lines(t), 0);   /* its scrolling is not history */
    feed(t, "\x1b[?1049l");
    CHECK_SCREEN(t, "main");
    ui_term_free(t);
}

/* ---- selection and copy ----------------------------------------------------------------- */

static void test_term_drag_selects_across_rows(void)
{
    Kit k;
    REQUIRE(kit_canvas(&k, 8, 8));   /* the fonts, for the cell size */
    SDL_Rect area = {30, 20, 2 * UI_TERM_PAD + 30 * k.fonts.mono_w, 2 * UI_TERM_PAD + 5 * k.fonts.mono_h};
    UiTerm *t = ui_term_new(5, 30);
    feed(t, "first line here\r\nsecond line there\r\na\xe4\xb8\xad" "b");
    CHECK_SELECTION(t, NULL);
    /* From "line" on row 0 to the end of "second" on row 1: the rest of row 0 (its trailing
     * blanks dropped), a newline, the start of row 1. */
    drag_cells(t, &k, false, area, 0, 6, 1, 5);
    CHECK(ui_term_has_selection(t));
    CHECK_SELECTION(t, "line here\nsecond");
    /* Dragging backwards selects the same cells. */
    drag_cells(t, &k, false, area, 1, 5, 0, 6);
    CHECK_SELECTION(t, "line here\nsecond");
    /* Motion after the release (button up) changes nothing. */
    SDL_Event move = motion_event(cell_x(&k.fonts, area, 20), cell_y(&k.fonts, area, 2), 0);
    CHECK(!ui_term_handle_mouse(t, &move, area, &k.fonts));
    CHECK_SELECTION(t, "line here\nsecond");
    /* Starting on the right half of a double-width character takes the whole character. */
    drag_cells(t, &k, false, area, 2, 2, 2, 3);
    CHECK_SELECTION(t, "\xe4\xb8\xad" "b");
    /* The selection is kept only until the next click; a click alone selects nothing. */
    click_cell(t, &k, area, 0, 2, 1);
    CHECK(!ui_term_has_selection(t));
    CHECK_SELECTION(t, NULL);
    /* Beyond the grid's edge the nearest cell is taken; a press outside the area is not ours. */
    SDL_Event down = button_event(SDL_MOUSEBUTTONDOWN, cell_x(&k.fonts, area, 0), cell_y(&k.fonts, area, 1), 1);
    SDL_Event far = motion_event(area.x + area.w + 50, cell_y(&k.fonts, area, 1), SDL_BUTTON_LMASK);
    SDL_Event up = button_event(SDL_MOUSEBUTTONUP, far.motion.x, far.motion.y, 1);
    CHECK(ui_term_handle_mouse(t, &down, area, &k.fonts));
    CHECK(ui_term_handle_mouse(t, &far, area, &k.fonts));
    CHECK(ui_term_handle_mouse(t, &up, area, &k.fonts));
    CHECK_SELECTION(t, "second line there");
    SDL_Event outside = button_event(SDL_MOUSEBUTTONDOWN, area.x - 5, area.y + 5, 1);
    CHECK(!ui_term_handle_mouse(t, &outside, area, &k.fonts));
    CHECK_SELECTION(t, "second line there");
    /* Programmatic selection, in display cells; blank rows in between stay empty lines. */
    ui_term_select(t, 0, 0, 4, 29);
    CHECK_SELECTION(t, "first line here\nsecond line there\na\xe4\xb8\xad" "b\n\n");
    ui_term_select_clear(t);
    CHECK_SELECTION(t, NULL);
    ui_term_free(t);
    kit_close(&k);
}

static void test_term_double_click_selects_a_word(void)
{
    Kit k;
    REQUIRE(kit_canvas(&k, 8, 8));
    SDL_Rect area = {0, 0, 2 * UI_TERM_PAD + 40 * k.fonts.mono_w, 2 * UI_TERM_PAD + 3 * k.fonts.mono_h};
    UiTerm *t = ui_term_new(3, 40);
    feed(t, "cc: src/main.c:12: bad (thing)");
    /* SDL counts the clicks: the second press of a double-click says 2. */
    click_cell(t, &k, area, 0, 8, 1);
    click_cell(t, &k, area, 0, 8, 2);
    CHECK_SELECTION(t, "src/main.c:12:");
    click_cell(t, &k, area, 0, 21, 2);   /* inside "bad" */
    CHECK_SELECTION(t, "bad");
    click_cell(t, &k, area, 0, 26, 2);   /* "thing", not its brackets */
    CHECK_SELECTION(t, "thing");
    click_cell(t, &k, area, 0, 35, 2);   /* a blank selects nothing */
    CHECK_SELECTION(t, NULL);
    /* Dragging on after a double-click grows the selection word by word. */
    SDL_Event down = button_event(SDL_MOUSEBUTTONDOWN, cell_x(&k.fonts, area, 21), cell_y(&k.fonts, area, 0), 2);
    SDL_Event move = motion_event(cell_x(&k.fonts, area, 27), cell_y(&k.fonts, area, 0), SDL_BUTTON_LMASK);
    SDL_Event up = button_event(SDL_MOUSEBUTTONUP, move.motion.x, move.motion.y, 2);
    CHECK(ui_term_handle_mouse(t, &down, area, &k.fonts));
    CHECK(ui_term_handle_mouse(t, &move, area, &k.fonts));
    CHECK(ui_term_handle_mouse(t, &up, area, &k.fonts));
    CHECK_SELECTION(t, "bad (thing");
    /* A triple click takes the row. */
    click_cell(t, &k, area, 0, 1, 3);
    CHECK_SELECTION(t, "cc: src/main.c:12: bad (thing)");
    ui_term_free(t);
    kit_close(&k);
}

static void test_term_selection_is_drawn(void)
{
    Kit k;
    REQUIRE(kit_canvas(&k, 400, 120));
    UiDraw d = kit_draw(&k);
    SDL_Rect area = {10, 10, 380, 100};
    int rows, cols;
    ui_term_fit(&k.fonts, area, &rows, &cols);
    UiTerm *t = ui_term_new(rows, cols);
    feed(t, "make: *** [all] Error 2\r\nnext line\r\n$ ");
    drag_cells(t, &k, false, area, 0, 6, 1, 3);
    CHECK_SELECTION(t, "*** [all] Error 2\nnext");
    ui_term_render(t, &d, area);
    SDL_RenderPresent(k.r);
    REQUIRE(kit_snapshot(&k, "term-selection.png"));
    /* A selected blank cell (past the text of row 0) is all selection colour; a selected glyph
     * cell mostly so, its text drawn over it; cells before or after the selection have none. */
    CHECK_INT_EQ(cell_pixels_not(&k, area, 0, cols - 2, UI_TERM_SEL_BG), 0);
    int glyph_bg = k.fonts.mono_w * k.fonts.mono_h - cell_pixels_not(&k, area, 0, 10, UI_TERM_SEL_BG);
    CHECK(glyph_bg > k.fonts.mono_w * k.fonts.mono_h / 2);
    CHECK(cell_pixels_not(&k, area, 0, 10, UI_TERM_SEL_BG) > 0);   /* the "[" */
    CHECK(cell_pixels_not(&k, area, 1, 3, UI_TERM_SEL_BG) < k.fonts.mono_w * k.fonts.mono_h / 2);   /* the "t" */
    SDL_Rect before = {area.x + UI_TERM_PAD, area.y + UI_TERM_PAD, 6 * k.fonts.mono_w, k.fonts.mono_h};
    SDL_Rect after = {area.x + UI_TERM_PAD + 4 * k.fonts.mono_w, area.y + UI_TERM_PAD + k.fonts.mono_h, 5 * k.fonts.mono_w,
                      k.fonts.mono_h};
    CHECK_INT_EQ(kit_count(&k, before, UI_TERM_SEL_BG), 0);
    CHECK_INT_EQ(kit_count(&k, after, UI_TERM_SEL_BG), 0);
    /* The next click clears it, and with it the colour. */
    click_cell(t, &k, area, 2, 0, 1);
    ui_term_render(t, &d, area);
    CHECK_INT_EQ(kit_count(&k, area, UI_TERM_SEL_BG), 0);
    ui_term_free(t);
    kit_close(&k);
}

static void test_term_ctrl_shift_c_copies_and_ctrl_c_interrupts(void)
{
    /* SDL keeps the clipboard in its video device: the dummy driver stores it in memory. */
    SDL_setenv("SDL_VIDEODRIVER", "dummy", 1);
    REQUIRE(SDL_Init(SDL_INIT_VIDEO) == 0);
    UiTerm *t = ui_term_new(4, 30);
    feed(t, "$ cat x\r\ncat: x: No such file   \r\n$ ");
    REQUIRE(SDL_SetClipboardText("before") == 0);
    /* Nothing selected: Ctrl+Shift+C neither copies nor reaches the shell. */
    CHECK_KEY(t, key_event(SDLK_c, KMOD_LCTRL | KMOD_LSHIFT), "");
    char *clip = SDL_GetClipboardText();
    CHECK_STR_EQ(clip, "before");
    SDL_free(clip);
    ui_term_select(t, 0, 2, 1, 29);
    /* Ctrl+C alone is still the interrupt, and copies nothing. */
    CHECK_KEY(t, key_event(SDLK_c, KMOD_LCTRL), "\x03");
    clip = SDL_GetClipboardText();
    CHECK_STR_EQ(clip, "before");
    SDL_free(clip);
    CHECK(ui_term_has_selection(t));
    /* Ctrl+Shift+C (either side's keys) copies, trailing blanks dropped, and sends nothing. */
    CHECK_KEY(t, key_event(SDLK_c, KMOD_RCTRL | KMOD_LSHIFT), "");
    clip = SDL_GetClipboardText();
    CHECK_STR_EQ(clip, "cat x\ncat: x: No such file");
    SDL_free(clip);
    CHECK(ui_term_has_selection(t));   /* copying keeps the selection */
    ui_term_free(t);
    SDL_Quit();
}

static void test_term_selection_follows_scrolling(void)
{
    Kit k;
    REQUIRE(kit_canvas(&k, 300, 120));
    UiDraw d = kit_draw(&k);
    UiTerm *t = ui_term_new(3, 20);
    SDL_Rect area = {5, 5, 2 * UI_TERM_PAD + 20 * k.fonts.mono_w, 2 * UI_TERM_PAD + 3 * k.fonts.mono_h};
    for (int i = 1; i <= 10; i++) {
        char line[16];
        snprintf(line, sizeof line, "%sl%d", i > 1 ? "\r\n" : "", i);
        feed(t, line);
    }
    /* In the scrollback: the view scrolled to the top shows l1..l3. */
    ui_term_scroll(t, 100);
    CHECK_SCREEN(t, "l1\nl2\nl3");
    drag_cells(t, &k, false, area, 0, 0, 1, 1);
    CHECK_SELECTION(t, "l1\nl2");
    /* Scrolling the view does not move the selection off its text. */
    ui_term_scroll(t, -1);
    CHECK_SCREEN(t, "l2\nl3\nl4");
    CHECK_SELECTION(t, "l1\nl2");
    ui_term_render(t, &d, area);
    int cell_area = k.fonts.mono_w * k.fonts.mono_h;
    CHECK(cell_pixels_not(&k, area, 0, 1, UI_TERM_SEL_BG) < cell_area / 2);   /* "2" of l2, selected */
    CHECK_INT_EQ(cell_pixels_not(&k, area, 0, 5, UI_TERM_SEL_BG), cell_area);   /* after the selection's end */
    CHECK_INT_EQ(cell_pixels_not(&k, area, 1, 0, UI_TERM_SEL_BG), cell_area);   /* l3 */

    /* On the live screen, then output scrolls the selected lines into the scrollback. */
    ui_term_scroll(t, -100);
    CHECK_SCREEN(t, "l8\nl9\nl10");
    drag_cells(t, &k, false, area, 1, 0, 2, 2);
    CHECK_SELECTION(t, "l9\nl10");
    feed(t, "\r\nl11\r\nl12");
    CHECK_SCREEN(t, "l10\nl11\nl12");
    CHECK_SELECTION(t, "l9\nl10");
    ui_term_scroll(t, 1);   /* l9 l10 l11: the highlight is on l9 and l10, not on l11 */
    ui_term_render(t, &d, area);
    CHECK_INT_EQ(cell_pixels_not(&k, area, 0, 10, UI_TERM_SEL_BG), 0);   /* l9's row, to its end */
    CHECK(cell_pixels_not(&k, area, 1, 2, UI_TERM_SEL_BG) < cell_area / 2);   /* the "0" of l10 */
    CHECK_INT_EQ(cell_pixels_not(&k, area, 1, 5, UI_TERM_SEL_BG), cell_area);   /* after the end */
    CHECK_INT_EQ(cell_pixels_not(&k, area, 2, 10, UI_TERM_SEL_BG), cell_area);
    ui_term_scroll(t, -1);

    /* Output that rewrites a selected cell clears the selection. */
    drag_cells(t, &k, false, area, 1, 0, 2, 1);
    CHECK_SELECTION(t, "l11\nl1");
    feed(t, "\r\x1b[K");   /* erases l12 */
    CHECK_SELECTION(t, NULL);
    /* Output elsewhere does not. */
    drag_cells(t, &k, false, area, 0, 0, 0, 2);
    CHECK_SELECTION(t, "l10");
    feed(t, "more");
    CHECK_SELECTION(t, "l10");
    /* A scroll region at the top (rows 1-2) pushes l10 into the scrollback: the selection
     * follows it. The row below the region stays put, so a selection there is cleared rather
     * than left on other text. */
    CHECK_SCREEN(t, "l10\nl11\nmore");
    feed(t, "\x1b[1;2r\x1b[2;1H\n");
    CHECK_SCREEN(t, "l11\n\nmore");
    CHECK_SELECTION(t, "l10");
    drag_cells(t, &k, false, area, 2, 0, 2, 3);
    CHECK_SELECTION(t, "more");
    feed(t, "\n");
    CHECK_SCREEN(t, "\n\nmore");
    CHECK_SELECTION(t, NULL);
    feed(t, "\x1b[r\x1b[3;5H");

    /* A selection whose line leaves the scrollback is gone. */
    ui_term_select(t, 0, 0, 0, 5);
    CHECK(ui_term_has_selection(t));
    for (int i = 0; i < UI_TERM_SCROLLBACK + 5; i++) feed(t, "\r\nx");
    CHECK_SELECTION(t, NULL);
    ui_term_free(t);
    kit_close(&k);
}

/* ---- drawing ---------------------------------------------------------------------------- */

static void test_term_fit_matches_the_font_cell(void)
{
    Kit k;
    REQUIRE(kit_canvas(&k, 8, 8));
    int rows = 0, cols = 0;
    SDL_Rect area = {10, 10, 2 * UI_TERM_PAD + 80 * k.fonts.mono_w + 3, 2 * UI_TERM_PAD + 24 * k.fonts.mono_h + 1};
    ui_term_fit(&k.fonts, area, &rows, &cols);
    CHECK_INT_EQ(rows, 24);
    CHECK_INT_EQ(cols, 80);
    ui_term_fit(&k.fonts, (SDL_Rect){0, 0, 1, 1}, &rows, &cols);
    CHECK(rows == 1 && cols == 1);
    kit_close(&k);
}

static void test_term_render_draws_glyphs_colours_and_cursor(void)
{
    Kit k;
    REQUIRE(kit_canvas(&k, 400, 200));
    UiDraw d = kit_draw(&k);
    SDL_Rect area = {20, 10, 360, 180};
    int rows, cols;
    ui_term_fit(&k.fonts, area, &rows, &cols);
    UiTerm *t = ui_term_new(rows, cols);
    /* Row 0: a glyph; row 1: two cells on a red background; the cursor ends at row 2, col 3. */
    feed(t, "X\r\n\x1b[41m  \x1b[0m\r\nab\xe2\x86\x92");
    SDL_SetRenderDrawColor(k.r, 0, 255, 0, 255);   /* something that is not the terminal's */
    SDL_RenderClear(k.r);
    ui_term_render(t, &d, area);
    SDL_RenderPresent(k.r);
    CHECK(cell_pixels_not(&k, area, 0, 0, UI_TERM_BG) > 0);    /* the X */
    CHECK_INT_EQ(cell_pixels_not(&k, area, 0, 5, UI_TERM_BG), 0);   /* an empty cell */
    CHECK_INT_EQ(cell_pixels_not(&k, area, 4, 10, UI_TERM_BG), 0);
    CHECK(cell_pixels_not(&k, area, 2, 2, UI_TERM_BG) > 0);    /* the arrow */
    /* The red background fills its cells edge to edge. */
    SDL_Color red = kit_pixel(&k, area.x + UI_TERM_PAD + 1, area.y + UI_TERM_PAD + k.fonts.mono_h + 1);
    CHECK(red.r > 150 && red.g < 60 && red.b < 60);
    CHECK_INT_EQ(cell_pixels_not(&k, area, 1, 1, red), 0);
    /* The cursor is a solid block of the text colour where the next character goes. */
    CHECK(kit_is(kit_pixel(&k, area.x + UI_TERM_PAD + 3 * k.fonts.mono_w + 1, area.y + UI_TERM_PAD + 2 * k.fonts.mono_h + 1), UI_TERM_FG));
    /* Nothing is drawn outside the area. */
    CHECK(kit_is(kit_pixel(&k, 5, 5), (SDL_Color){0, 255, 0, 255}));
    CHECK(kit_is(kit_pixel(&k, area.x + area.w + 2, area.y + 5), (SDL_Color){0, 255, 0, 255}));
    /* Drawn again (from the glyph cache) the result is the same. */
    int before = cell_pixels_not(&k, area, 0, 0, UI_TERM_BG);
    ui_term_render(t, &d, area);
    CHECK_INT_EQ(cell_pixels_not(&k, area, 0, 0, UI_TERM_BG), before);
    /* Hiding the cursor (DECTCEM) leaves its cell empty. */
    feed(t, "\x1b[?25l");
    ui_term_render(t, &d, area);
    CHECK_INT_EQ(cell_pixels_not(&k, area, 2, 3, UI_TERM_BG), 0);
    ui_term_free(t);
    kit_close(&k);
}

/* ---- end to end ------------------------------------------------------------------------- */

static bool has_line(const char *text, const char *line)
{
    size_t n = strlen(line);
    for (const char *p = text; (p = strstr(p, line)) != NULL; p += n)
        if ((p == text || p[-1] == '\n') && (p[n] == '\n' || p[n] == 0)) return true;
    return false;
}

static bool typed_command_done(Run *run, const char *line)
{
    int n = 0;
    const RunCommand *cmds = run_commands(run, &n);
    for (int i = 0; i < n; i++)
        if (strcmp(cmds[i].line, line) == 0 && cmds[i].exit_code == 0) return true;
    return false;
}

/* The screen's text once it has a line equal to line (NULL: any text at all) or the deadline
 * has passed, running the loop meanwhile; caller frees. */
static char *screen_when(Kit *k, UiTerm *term, const char *line, double deadline)
{
    for (;;) {
        ui_terminal_view_term(&k->view);   /* output waits for the next frame: feed it now */
        char *text = ui_term_screen_text(term);
        if ((line ? has_line(text, line) : *text != 0) || util_monotonic_seconds() > deadline) return text;
        free(text);
        loop_run_once(k->loop, 100);
    }
}

static void test_terminal_view_types_into_the_runs_shell(void)
{
    Kit k;
    REQUIRE(kit_canvas(&k, 640, 400));
    REQUIRE(kit_start(&k, KIT_FIXTURES "/timeout", (RunOptions){0}));
    REQUIRE(!run_is_finished(k.run));

    kit_show(&k, ui_terminal_view_new(k.run, &k.fonts));
    CHECK_STR_EQ(k.view.title, "Terminal");
    CHECK(k.view.badge == NULL);
    UiDraw d = kit_draw(&k);
    k.view.focus(k.view.self, true);
    k.view.render(k.view.self, &d, k.area);   /* attaches, sized to the area */
    CHECK(run_shell(k.run) != NULL);
    UiTerm *term = ui_terminal_view_term(&k.view);
    int rows, cols, want_rows, want_cols;
    ui_term_size(term, &rows, &cols);
    ui_term_fit(&k.fonts, k.area, &want_rows, &want_cols);
    CHECK(rows == want_rows && cols == want_cols);

    double deadline = util_monotonic_seconds() + 60;
    /* Wait for the prompt, then type as a learner would. */
    char *text = screen_when(&k, term, NULL, deadline);
    CHECK(*text);
    free(text);
    CHECK(kit_type(&k, "echo hi-from-desktop"));
    CHECK(kit_key(&k, SDLK_RETURN));
    while (!typed_command_done(k.run, "echo hi-from-desktop") && util_monotonic_seconds() < deadline)
        loop_run_once(k.loop, 100);
    CHECK(typed_command_done(k.run, "echo hi-from-desktop"));
    text = screen_when(&k, term, "hi-from-desktop", deadline);
    if (!has_line(text, "hi-from-desktop")) testlib_fail(__FILE__, __LINE__, "screen: \"%s\"", text);
    /* The learner selects that output line with the mouse: the view hands the events and its
     * area to the widget, which finds the cells under the pointer. */
    int out_row = -1, row = 0;
    for (const char *p = text; *p; row++) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        if (len == strlen("hi-from-desktop") && strncmp(p, "hi-from-desktop", len) == 0) out_row = row;
        if (!nl) break;
        p = nl + 1;
    }
    free(text);
    REQUIRE(out_row >= 0);
    drag_cells(term, &k, true, k.area, out_row, 3, out_row, 14);
    CHECK_SELECTION(term, "from-desktop");

    /* A smaller area resizes the grid (and the shell's PTY with it). */
    SDL_Rect small = {0, 0, 320, 200};
    k.view.render(k.view.self, &d, small);
    ui_term_size(term, &rows, &cols);
    ui_term_fit(&k.fonts, small, &want_rows, &want_cols);
    CHECK(rows == want_rows && cols == want_cols);

    kit_close(&k);   /* the view detaches first: output from then on is dropped by the run */
}

static void test_terminal_view_shows_why_it_cannot_attach(void)
{
    Kit k;
    REQUIRE(kit_canvas(&k, 320, 120));
    REQUIRE(kit_start(&k, KIT_FIXTURES "/timeout", (RunOptions){0}));
    kit_finish(&k);
    REQUIRE(run_is_finished(k.run));

    kit_show(&k, ui_terminal_view_new(k.run, &k.fonts));
    UiDraw d = kit_draw(&k);
    k.view.render(k.view.self, &d, k.area);
    CHECK(run_shell(k.run) == NULL);
    /* The error line is drawn (text pixels on the terminal background)... */
    SDL_Rect line = {0, 0, 200, k.fonts.mono_h + UI_TERM_PAD};
    CHECK(line.w * line.h - kit_count(&k, line, UI_TERM_BG) > 0);
    /* ...and keys go nowhere. */
    CHECK(!kit_type(&k, "ls"));
    kit_close(&k);
}

/* Everything a terminal holds as text: the screen, then the scrollback page by page from the
 * oldest line (caller frees). */
static char *all_text(UiTerm *t)
{
    Buf out = {0};
    int rows, cols;
    ui_term_size(t, &rows, &cols);
    for (int back = ui_term_scrollback_lines(t); back > 0; back -= rows) {
        ui_term_scroll(t, back - ui_term_scroll_offset(t));
        char *page = ui_term_screen_text(t);
        buf_append(&out, page, strlen(page));
        buf_append(&out, "\n--\n", 4);
        free(page);
    }
    ui_term_scroll(t, -ui_term_scroll_offset(t));
    char *screen = ui_term_screen_text(t);
    buf_append(&out, screen, strlen(screen));
    free(screen);
    return buf_steal(&out);
}

/* Whether a and b draw the same pixels at every scroll position (a screen apart, and the
 * oldest lines): the cells' colours and attributes, not only their text. */
static bool draw_alike(Kit *k, UiTerm *a, UiTerm *b)
{
    UiDraw d = kit_draw(k);
    SDL_Rect area = {0, 0, k->surface->w, k->surface->h};
    size_t size = (size_t)k->surface->pitch * (size_t)k->surface->h;
    unsigned char *drawn = xmalloc(size);
    int rows, cols;
    ui_term_size(a, &rows, &cols);
    bool alike = true;
    for (int back = ui_term_scrollback_lines(a); alike; back = back > rows ? back - rows : 0) {
        ui_term_scroll(a, back - ui_term_scroll_offset(a));
        ui_term_scroll(b, back - ui_term_scroll_offset(b));
        ui_term_render(a, &d, area);
        SDL_RenderPresent(k->r);
        memcpy(drawn, k->surface->pixels, size);
        ui_term_render(b, &d, area);
        SDL_RenderPresent(k->r);
        alike = memcmp(drawn, k->surface->pixels, size) == 0;
        if (back == 0) break;
    }
    ui_term_scroll(a, -ui_term_scroll_offset(a));
    ui_term_scroll(b, -ui_term_scroll_offset(b));
    free(drawn);
    return alike;
}

/* A flood fed at once (the desktop feeds a frame's worth: ui_term_flood.c takes a shortcut)
 * leaves the screen, the scrollback, the cursor and the pen as the same bytes fed a few lines
 * at a time (no shortcut): ASCII lines (some wrapping, some empty) after a colour, a title and
 * a CSI cut between two feeds; UTF-8 lines; lines ending in a bare LF; coloured lines (SGR
 * and erase-in-line sequences on every line, as `grep --color` or a test runner prints: 16,
 * 256 and RGB colours, backgrounds, reverse, resets, and a pen left set across many lines);
 * coloured lines whose last screenfuls are plain (the pen the coloured ones left carries into
 * them); coloured lines some of which wrap, with a wide character (the pen painting the rows
 * they scroll in). Both draw alike too. */
static void test_term_flood_at_once_equals_line_by_line(void)
{
    static const char *const kinds[] = {"ascii", "utf8", "bare-lf", "styled", "styled-then-plain", "styled-wrapping"};
    static const char START[] = "\x1b[32mgreen, \x1b]0;a title\x07\x1b[1";   /* ends inside a CSI */
    Kit k;
    REQUIRE(kit_canvas(&k, 700, 420));
    for (int kind = 0; kind < 6; kind++) {
        Buf flood = {0};
        buf_append(&flood, "mbold\r\n", 7);
        for (int i = 0; i < 6000; i++) {
            char line[300];
            static const char *const pens[] = {"\x1b[32m", "\x1b[1;31m", "\x1b[38;5;208m", "\x1b[48;2;10;60;90m",
                                               "\x1b[7m", "\x1b[0m", "\x1b[m", "\x1b[4;9;44m"};
            const char *pen = pens[(i / 3) % 8];
            bool styled = kind == 3 || kind == 5 || (kind == 4 && i <= 3045);   /* 3045: the pen stays underlined, struck, on blue */
            int n = kind == 5 && i % 13 == 0 ? snprintf(line, sizeof line, "%s%0*d \xe4\xb8\xad\r\n", pen, 150 + i % 7, i)   /* wraps, wide */
                    : styled && i % 5 == 0 ? snprintf(line, sizeof line, "%s%d\x1b[K\r\n", pen, i)   /* the pen stays set */
                    : styled ? snprintf(line, sizeof line, "%s%d\x1b[0m ok \x1b[33;41mwarn\x1b[39;49m%s\r\n", pen, i,
                                        i % 11 == 0 ? "\x1b[0K" : "")
                    : kind == 1 ? snprintf(line, sizeof line, "r\xc3\xa9sum\xc3\xa9 %d\r\n", i)
                    : i % 97 == 0 ? snprintf(line, sizeof line, "%0*d\r\n", 170, i)     /* wraps at 80 */
                    : i % 89 == 0 ? snprintf(line, sizeof line, "\r\n")
                                  : snprintf(line, sizeof line, kind == 2 && i % 7 == 0 ? "%d\n" : "%d\r\n", i);
            REQUIRE(n > 0 && n < (int)sizeof line);
            buf_append(&flood, line, (size_t)n);
        }
        buf_append(&flood, "last, unfinished\x1b[0m$ ", 22);
        UiTerm *at_once = ui_term_new(24, 80), *by_lines = ui_term_new(24, 80);
        feed(at_once, "before\r\nthe flood");
        feed(by_lines, "before\r\nthe flood");
        feed(at_once, START);
        feed(by_lines, START);
        ui_term_feed(at_once, flood.data, flood.len);
        for (size_t at = 0; at < flood.len;) {   /* ~50 lines per feed: below the shortcut's bar */
            size_t end = at;
            for (int lines = 0; end < flood.len && lines < 50; end++) lines += flood.data[end] == '\n';
            ui_term_feed(by_lines, flood.data + at, end - at);
            at = end;
        }
        CHECK_INT_EQ(ui_term_scrollback_lines(at_once), ui_term_scrollback_lines(by_lines));
        char *a = all_text(at_once), *b = all_text(by_lines);
        if (strcmp(a, b) != 0) testlib_fail(__FILE__, __LINE__, "%s flood: the terminals differ", kinds[kind]);
        free(a);
        free(b);
        if (!draw_alike(&k, at_once, by_lines)) testlib_fail(__FILE__, __LINE__, "%s flood: drawn differently", kinds[kind]);
        feed(at_once, "X");   /* cursor and pen where the full feed left them */
        feed(by_lines, "X");
        a = ui_term_screen_text(at_once);
        b = ui_term_screen_text(by_lines);
        CHECK_STR_EQ(a, b);
        free(a);
        free(b);
        ui_term_free(at_once);
        ui_term_free(by_lines);
        buf_free(&flood);
    }
    kit_close(&k);
}

/* A CSI with more arguments than libvterm 0.1.4 has room for (it wrote them past its array,
 * and the heap after it) is dropped; the text after it and the next sequences work, in one feed
 * or split anywhere. */
static void test_term_csi_with_too_many_arguments_is_dropped(void)
{
    Buf hostile = {0};
    buf_append(&hostile, "a\x1b[", 3);
    for (int i = 0; i < 3000; i++) buf_append(&hostile, "1;", 2);
    buf_append(&hostile, "31mb\x1b[", 6);
    for (int i = 0; i < 20; i++) buf_append(&hostile, "0:", 2);
    buf_append(&hostile, "\x1b[1mc\r\nd", 8);   /* ESC ends the second one and begins a sequence */
    for (size_t split = 0; split <= hostile.len; split += split < 40 ? 1 : 997) {
        UiTerm *t = ui_term_new(4, 20);
        ui_term_feed(t, hostile.data, split);
        ui_term_feed(t, hostile.data + split, hostile.len - split);
        char *text = ui_term_screen_text(t);
        CHECK_STR_EQ(text, "abc\nd");
        free(text);
        int rows, cols;
        ui_term_size(t, &rows, &cols);
        CHECK_INT_EQ(rows, 4);
        CHECK_INT_EQ(cols, 20);
        ui_term_free(t);
    }
    buf_free(&hostile);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_term_plain_text_and_crlf),
        TEST_CASE(test_term_colours_do_not_reach_the_text),
        TEST_CASE(test_term_cursor_movement_and_clear),
        TEST_CASE(test_term_utf8_even_split_across_feeds),
        TEST_CASE(test_term_long_line_wraps),
        TEST_CASE(test_term_keys_send_terminal_bytes),
        TEST_CASE(test_term_paste_is_bracketed_when_asked),
        TEST_CASE(test_term_queries_are_answered_through_the_writer),
        TEST_CASE(test_term_scrollback_keeps_lines_scrolled_off),
        TEST_CASE(test_term_scrollback_is_bounded),
        TEST_CASE(test_term_flood_at_once_equals_line_by_line),
        TEST_CASE(test_term_csi_with_too_many_arguments_is_dropped),
        TEST_CASE(test_term_resize_keeps_content),
        TEST_CASE(test_term_alternate_screen_restores_the_main_one),
        TEST_CASE(test_term_fit_matches_the_font_cell),
        TEST_CASE(test_term_render_draws_glyphs_colours_and_cursor),
        TEST_CASE(test_term_drag_selects_across_rows),
        TEST_CASE(test_term_double_click_selects_a_word),
        TEST_CASE(test_term_selection_is_drawn),
        TEST_CASE(test_term_ctrl_shift_c_copies_and_ctrl_c_interrupts),
        TEST_CASE(test_term_selection_follows_scrolling),
        TEST_CASE(test_terminal_view_types_into_the_runs_shell),
        TEST_CASE(test_terminal_view_shows_why_it_cannot_attach),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
