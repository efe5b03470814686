/* ui_list.c: the list column and the small decorations the list-and-detail apps share
 * (ui_list.h): rows, section labels, avatars, pills, text cut with an ellipsis and the error
 * line of a refused action. */
#include "ui/ui_list.h"

#include "base/utf8.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>

const SDL_Color UI_TINT_ACCENT = {0xe0, 0xe9, 0xff, 0xff};
const SDL_Color UI_TINT_OK = {0xdc, 0xfc, 0xe7, 0xff};
const SDL_Color UI_TINT_FAIL = {0xfe, 0xe2, 0xe2, 0xff};
const SDL_Color UI_TINT_WARN = {0xfe, 0xf3, 0xc7, 0xff};
const SDL_Color UI_TINT_GREY = {0xe5, 0xe7, 0xeb, 0xff};
const SDL_Color UI_TINT_REVIEW = {0xed, 0xe9, 0xfe, 0xff};
const SDL_Color UI_REVIEW = {0x6d, 0x28, 0xd9, 0xff};

static const SDL_Color HOVER = {0xe8, 0xeb, 0xf0, 0xff};
static const SDL_Color AVATAR_COLOURS[] = {
    {0x25, 0x63, 0xeb, 0xff}, {0x05, 0x96, 0x69, 0xff}, {0xc0, 0x26, 0xd3, 0xff},
    {0xea, 0x58, 0x0c, 0xff}, {0x08, 0x91, 0xb2, 0xff}, {0xdb, 0x27, 0x77, 0xff},
    {0x65, 0xa3, 0x0d, 0xff}, {0x7c, 0x3a, 0xed, 0xff},
};
void ui_avatar(UiDraw *d, int x, int y, int size, const char *name, const char *seed)
{
    name = name && *name ? name : "?";
    seed = seed ? seed : name;
    SDL_Rect r = {x, y, size, size};
    bool channel = name[0] == '#';
    unsigned h = 5381;
    for (const char *p = seed; *p; p++) h = h * 33 + (unsigned char)*p;
    SDL_Color bg = channel ? UI_TINT_GREY : AVATAR_COLOURS[h % (sizeof AVATAR_COLOURS / sizeof AVATAR_COLOURS[0])];
    ui_fill_round(d, r, channel ? size / 4 : size / 2, bg);
    /* Initials: the first character of the first and the last word. */
    char initials[12] = {0};
    size_t n = channel ? 1 : utf8_char_len(name);
    memcpy(initials, name, n);
    const char *last = strrchr(name, ' ');
    if (!channel && last && last[1]) {
        size_t m = utf8_char_len(last + 1);
        memcpy(initials + n, last + 1, m);
        initials[n + m] = 0;
    }
    for (char *p = initials; *p; p++)
        if (*p >= 'a' && *p <= 'z') *p = (char)(*p - 'a' + 'A');
    TTF_Font *f = size >= 28 ? d->fonts->ui_bold : d->fonts->small;
    if (ui_text_width(f, initials) > size - 4) initials[n] = 0;
    int fh = TTF_FontHeight(f);
    ui_text(d, f, x + (size - ui_text_width(f, initials)) / 2, y + (size - fh) / 2,
            channel ? UI_TEXT_DIM : UI_ACCENT_TEXT, initials);
}

int ui_pill_height(UiDraw *d) { return d->fonts->small_h + 4; }

int ui_pill_width(UiDraw *d, const char *text) { return ui_text_width(d->fonts->small, text) + 16; }

int ui_pill(UiDraw *d, int x, int y, const char *text, SDL_Color bg, SDL_Color fg)
{
    int w = ui_pill_width(d, text), h = ui_pill_height(d);
    ui_fill_round(d, (SDL_Rect){x, y, w, h}, h / 2, bg);
    ui_text(d, d->fonts->small, x + 8, y + 2, fg, text);
    return w;
}

int ui_text_fit(UiDraw *d, TTF_Font *f, int x, int y, int w, SDL_Color c, const char *utf8)
{
    if (!utf8 || !*utf8 || w <= 0) return 0;
    int full = ui_text_width(f, utf8);
    if (full <= w) {
        ui_text(d, f, x, y, c, utf8);
        return full;
    }
    /* The longest character prefix that fits with the ellipsis after it. */
    size_t len = strlen(utf8);
    char *buf = xmalloc(len + 4);
    size_t best = 0;
    for (size_t i = 0; i < len;) {
        size_t next = i + utf8_char_len(utf8 + i);
        memcpy(buf, utf8, next);
        memcpy(buf + next, "\xe2\x80\xa6", 4);
        if (ui_text_width(f, buf) > w) break;
        best = next;
        i = next;
    }
    memcpy(buf, utf8, best);
    memcpy(buf + best, "\xe2\x80\xa6", 4);
    ui_text(d, f, x, y, c, buf);
    int used = ui_text_width(f, buf);
    free(buf);
    return used;
}

void ui_list_column(UiDraw *d, SDL_Rect column, const char *title)
{
    ui_fill(d, column, UI_BG);
    ui_fill(d, (SDL_Rect){column.x + column.w - 1, column.y, 1, column.h}, UI_BORDER);
    ui_fill(d, (SDL_Rect){column.x, column.y + UI_LIST_TITLE_H - 1, column.w - 1, 1}, UI_BORDER);
    ui_text_fit(d, d->fonts->ui_bold, column.x + 20, column.y + (UI_LIST_TITLE_H - d->fonts->ui_h) / 2,
                column.w - 40, UI_TEXT, title);
}

void ui_list_section(UiDraw *d, SDL_Rect r, const char *label)
{
    ui_text_fit(d, d->fonts->small, r.x + 20, r.y + r.h - d->fonts->small_h - 6, r.w - 40, UI_TEXT_DIM, label);
}

void ui_list_row(UiDraw *d, SDL_Rect r, const UiListRow *row, bool selected)
{
    SDL_Rect band = {r.x + 8, r.y + 2, r.w - 17, r.h - 4};
    if (selected) ui_fill_round(d, band, 6, UI_SELECTED);
    else if (!row->dim && ui_hit(band, d->mouse_x, d->mouse_y)) ui_fill_round(d, band, 6, HOVER);
    if (row->marked) ui_fill_round(d, (SDL_Rect){r.x + 13, r.y + r.h / 2 - 3, 6, 6}, 3, UI_ACCENT);

    int x = r.x + (row->avatar ? 20 : 26), right = r.x + r.w - 20;
    if (row->avatar) {
        int size = row->subtitle ? 32 : 22;
        ui_avatar(d, x, r.y + (r.h - size) / 2, size, row->avatar, row->avatar_seed);
        x += size + 10;
    }
    /* Right side: the unread count or the status pill. */
    int pill_h = ui_pill_height(d);
    if (row->unread > 0) {
        char count[16];
        SDL_snprintf(count, sizeof count, "%d", row->unread > 99 ? 99 : row->unread);
        int w = ui_pill_width(d, count);
        if (w < pill_h) w = pill_h;
        right -= w;
        ui_fill_round(d, (SDL_Rect){right, r.y + (r.h - pill_h) / 2, w, pill_h}, pill_h / 2, UI_ACCENT);
        ui_text(d, d->fonts->small, right + (w - ui_text_width(d->fonts->small, count)) / 2,
                r.y + (r.h - pill_h) / 2 + 2, UI_ACCENT_TEXT, count);
        right -= 8;
    } else if (row->pill) {
        int w = ui_pill_width(d, row->pill);
        right -= w;
        int py = row->subtitle ? r.y + 7 + (d->fonts->ui_h - pill_h) / 2 : r.y + (r.h - pill_h) / 2;
        ui_pill(d, right, py, row->pill, row->pill_bg, row->pill_fg);
        right -= 8;
    }
    SDL_Color fg = row->dim ? UI_TEXT_DIM : UI_TEXT;
    TTF_Font *tf = row->unread > 0 || row->marked ? d->fonts->ui_bold : d->fonts->ui;
    if (row->subtitle) {
        int ty = r.y + (r.h - d->fonts->ui_h - d->fonts->small_h - 1) / 2;
        ui_text_fit(d, tf, x, ty, right - x, fg, row->title);
        int sub_right = row->pill && row->unread <= 0 ? r.x + r.w - 20 : right;
        ui_text_fit(d, d->fonts->small, x, ty + d->fonts->ui_h + 1, sub_right - x, UI_TEXT_DIM, row->subtitle);
    } else {
        ui_text_fit(d, tf, x, r.y + (r.h - d->fonts->ui_h) / 2, right - x, fg, row->title);
    }
}

static void note_box(UiDraw *d, SDL_Rect r, SDL_Color tint, SDL_Color bar)
{
    ui_fill_round(d, r, 6, tint);
    ui_fill(d, (SDL_Rect){r.x, r.y + 3, 3, r.h - 6}, bar);
}

void ui_error_line(UiDraw *d, SDL_Rect r, const char *text)
{
    note_box(d, r, UI_TINT_FAIL, UI_FAIL);
    /* The core's messages start in lower case ("the run has ended"): a sentence here. */
    char *line = SDL_strdup(text ? text : "");
    if (line && line[0] >= 'a' && line[0] <= 'z') line[0] = (char)(line[0] - 'a' + 'A');
    ui_text_fit(d, d->fonts->ui, r.x + 12, r.y + (r.h - d->fonts->ui_h) / 2, r.w - 20, UI_FAIL, line);
    SDL_free(line);
}

int ui_note(UiDraw *d, int x, int y, int w, const char *text, SDL_Color tint, SDL_Color fg, bool draw)
{
    int th = ui_text_height(d->fonts->ui, w - 26, text);
    int h = th + 16;
    if (draw) {
        note_box(d, (SDL_Rect){x, y, w, h}, tint, fg);
        ui_text_wrapped(d, d->fonts->ui, x + 14, y + 8, w - 26, 0, UI_TEXT, text);
    }
    return h;
}
