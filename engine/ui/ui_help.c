/* ui_help.c: the keyboard help overlay (ui_help.h). The table below is the one list of the
 * window's shortcuts; the views implement them (ui_home.c, ui_desktop.c, ui_chat.c,
 * ui_tickets.c, ui_review.c, ui_score.c, ui_shell.c). */
#include "ui/ui_help.h"

#include "ui/ui_list.h"
#include "base/util.h"

typedef struct HelpLine {
    const char *keys, *what;   /* keys NULL: a section heading in what */
} HelpLine;

static const HelpLine LINES[] = {
    {NULL, "Everywhere"},
    {"F1, Ctrl+/", "show or hide this help"},
    {"Ctrl+= / Ctrl+-", "larger / smaller text (remembered)"},
    {"Ctrl+0", "default text size"},
    {NULL, "Home"},
    {"Tab, Shift+Tab", "next / previous control"},
    {"Arrows, Home, End", "move between cards, between a track's steps"},
    {"Enter, Space", "open the card, press the ringed button"},
    {"Ctrl+F, /", "search"},
    {"Backspace", "on a filter: back to all"},
    {"Esc", "close, clear the search"},
    {"Ctrl+H", "History: your past runs"},
    {NULL, "History"},
    {"Up, Down, PgUp, PgDn", "another run"},
    {"Enter", "open its breakdown; again: replay it"},
    {"R", "replay the run"},
    {"Esc", "back (from a breakdown: to the list)"},
    {NULL, "Replay (read-only)"},
    {"Space", "play / pause"},
    {"1, 4, 6 or +, -", "speed 1x, 4x, 16x; faster / slower"},
    {"Left, Right", "previous / next event"},
    {"Home, End", "start / end of the run"},
    {"Ctrl+1 ... Ctrl+4", "Chat, Terminal, Tickets, Reviews"},
    {"Esc", "close the replay"},
    {NULL, "Desktop"},
    {"Ctrl+1 ... Ctrl+5", "Chat, Tickets, Terminal, Review, Results"},
    {"Ctrl+Q twice", "finish the run"},
    {"Ctrl+R, Ctrl+H", "after the run: try again, home"},
    {"Ctrl+N", "after the run: the next step of its track"},
    {NULL, "Chat"},
    {"Enter, Shift+Enter", "send, new line"},
    {"Alt+Up, Alt+Down", "previous / next conversation"},
    {"Up", "in an empty box: edit your last message"},
    {NULL, "Tickets"},
    {"Tab", "ticket list, Ask for a hint, Submit"},
    {"Up, Down", "in the list: another ticket"},
    {"Enter, Space", "press the ringed button"},
    {NULL, "Code review, Results"},
    {"Tab", "review: Conversation / Files changed"},
    {"PageUp, PageDown", "scroll (also in Chat and Tickets)"},
    {NULL, "Terminal"},
    {"every key", "goes to the shell (Tab completes)"},
};

enum { N_LINES = sizeof LINES / sizeof LINES[0] };

char *ui_help_text(void)
{
    Buf b = {0};
    for (int i = 0; i < N_LINES; i++) {
        if (LINES[i].keys) buf_printf(&b, "%s: %s\n", LINES[i].keys, LINES[i].what);
        else buf_printf(&b, "[%s]\n", LINES[i].what);
    }
    return buf_steal(&b);
}

void ui_help_draw(UiDraw *d, int width, int height)
{
    const UiFonts *f = d->fonts;
    ui_fill(d, (SDL_Rect){0, 0, width, height}, (SDL_Color){0x11, 0x18, 0x27, 0xa0});
    int pad = 28, key_w = 0, what_w = 0;
    for (int i = 0; i < N_LINES; i++) {
        if (!LINES[i].keys) continue;
        int kw = ui_text_width(f->ui_bold, LINES[i].keys), ww = ui_text_width(f->ui, LINES[i].what);
        if (kw > key_w) key_w = kw;
        if (ww > what_w) what_w = ww;
    }
    /* Two columns, or three when two would not fit the window's height; each column starts
     * at a section boundary near its share of the lines. */
    int col_w = key_w + 20 + what_w, line_h = f->ui_h + 4, cols = 2;
    int start[4] = {0}, rows = 0, w = 0, h = 0;
    for (;;) {
        rows = 0;
        for (int c = 1; c <= cols; c++) {
            int at = c == cols ? N_LINES : N_LINES * c / cols;
            while (at < N_LINES && LINES[at].keys) at++;
            start[c] = at;
            if (start[c] - start[c - 1] > rows) rows = start[c] - start[c - 1];
        }
        w = cols * col_w + (cols + 1) * pad;
        h = pad + f->ui_h + 16 + rows * line_h + pad;
        if (h <= height - 20 || cols == 3) break;
        cols = 3;
    }
    if (w > width - 20) {   /* narrow window: the descriptions are cut to fit */
        w = width - 20;
        col_w = (w - (cols + 1) * pad) / cols;
    }
    SDL_Rect box = {(width - w) / 2, (height - h) / 2, w, h};
    if (box.y < 10) box.y = 10;
    ui_fill_round_bordered(d, box, 10, UI_PANEL, UI_BORDER);
    ui_text(d, f->ui_bold, box.x + pad, box.y + pad - 6, UI_TEXT, "Keyboard shortcuts");
    const char *close = "Esc or F1 closes";
    ui_text(d, f->small, box.x + box.w - pad - ui_text_width(f->small, close), box.y + pad - 4, UI_TEXT_DIM, close);
    for (int c = 0; c < cols; c++) {
        for (int i = start[c]; i < start[c + 1]; i++) {
            int x = box.x + pad + c * (col_w + pad);
            int y = box.y + pad + f->ui_h + 16 + (i - start[c]) * line_h;
            if (!LINES[i].keys) {
                ui_text(d, f->small, x, y + 4, UI_ACCENT, LINES[i].what);
                continue;
            }
            ui_text(d, f->ui_bold, x, y, UI_TEXT, LINES[i].keys);
            ui_text_fit(d, f->ui, x + key_w + 20, y, col_w - key_w - 20, UI_TEXT_DIM, LINES[i].what);
        }
    }
}
