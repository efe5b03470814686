/* ui_markdown.c: measures and draws markdown as shaped plain text (ui_markdown.h). */
#include "ui/ui_markdown.h"

#include "base/util.h"

#include <stdlib.h>
#include <string.h>

static const SDL_Color CODE_BG = {0xf1, 0xf3, 0xf6, 0xff};

static int wrapped(UiDraw *d, TTF_Font *f, int x, int y, int w, SDL_Color c, const char *text, bool draw)
{
    return draw ? ui_text_wrapped(d, f, x, y, w, 0, c, text) : ui_text_height(f, w, text);
}

/* Removes the "**" strong markers from s in place; true when they wrapped the whole line. */
static bool strip_strong(char *s)
{
    size_t n = strlen(s);
    bool whole = n > 4 && strncmp(s, "**", 2) == 0 && strstr(s + 2, "**") == s + n - 2;
    char *w = s;
    for (const char *r = s; *r;) {
        if (r[0] == '*' && r[1] == '*') {
            r += 2;
            continue;
        }
        *w++ = *r++;
    }
    *w = 0;
    return whole;
}

static bool is_bullet(const char *s) { return (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' '; }

int ui_markdown(UiDraw *d, int x, int y, int w, SDL_Color c, const char *md, bool draw)
{
    const UiFonts *fonts = d->fonts;
    if (!md || w <= 0) return 0;
    char *line = xmalloc(strlen(md) + 1);
    int h = 0;
    bool code = false;
    for (const char *p = md; *p;) {
        size_t n = strcspn(p, "\n");
        memcpy(line, p, n);
        line[n] = 0;
        if (n > 0 && line[n - 1] == '\r') line[n - 1] = 0;
        p += n + (p[n] ? 1 : 0);

        char *s = line;
        int indent = 0;
        while (*s == ' ') s++, indent++;
        if (strncmp(s, "```", 3) == 0) {
            code = !code;
            if (draw) ui_fill(d, (SDL_Rect){x, y + h, w, 6}, CODE_BG);
            h += code ? 6 : 10;   /* a closing fence leaves a gap under the block */
            continue;
        }
        if (code) {
            int lh = ui_text_height(fonts->mono, w - 16, line);
            if (draw) {
                ui_fill(d, (SDL_Rect){x, y + h, w, lh}, CODE_BG);
                ui_text_wrapped(d, fonts->mono, x + 8, y + h, w - 16, 0, UI_TEXT, line);
            }
            h += lh;
        } else if (!*s) {
            h += fonts->ui_h / 2;
        } else if (*s == '#') {
            char *text = s;
            while (*text == '#') text++;
            while (*text == ' ') text++;
            strip_strong(text);
            if (h > 0) h += 6;
            h += wrapped(d, fonts->ui_bold, x, y + h, w, c, text, draw) + 2;
        } else if (is_bullet(s)) {
            char *text = s + 2;
            TTF_Font *f = strip_strong(text) ? fonts->ui_bold : fonts->ui;
            int bx = x + (indent > 6 ? 3 : indent / 2) * 16;
            if (draw) ui_text(d, fonts->ui, bx + 2, y + h, c, "\xe2\x80\xa2");
            h += wrapped(d, f, bx + 16, y + h, w - (bx - x) - 16, c, text, draw);
        } else {
            TTF_Font *f = strip_strong(line) ? fonts->ui_bold : fonts->ui;
            h += wrapped(d, f, x, y + h, w, c, line, draw);
        }
    }
    free(line);
    return h;
}
