/* ui_fonts.c: finds and opens the desktop's fonts (DejaVu, Debian's fonts-dejavu-core) and
 * measures the line heights and the monospace cell every view lays out with.
 * WORKSIM_FONT_DIR overrides the folder. Two optional faces: DejaVu Sans Oblique
 * (fonts-dejavu-extra; else SDL_ttf slants the regular face) and Noto Color Emoji
 * (fonts-noto-color-emoji, WORKSIM_EMOJI_FONT overrides its path), a CBDT bitmap font that
 * SDL_ttf opens only at its one strike size, 109 px: markdown scales its glyphs to the line. */
#define _GNU_SOURCE
#include "ui/ui_fonts.h"

#include "ui/ui_hidpi.h"
#include "ui/ui_settings.h"
#include "ui/ui_text_cache.h"
#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *const FONT_DIRS[] = {
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/local/share/fonts/dejavu",
};

static const char *const EMOJI_FONTS[] = {
    "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf",
    "/usr/share/fonts/noto/NotoColorEmoji.ttf",
    "/usr/local/share/fonts/NotoColorEmoji.ttf",
};
enum { EMOJI_STRIKE_PX = 109 };

/* The colour emoji font, or NULL (emoji then come from the text fonts or stay shortcodes). */
static TTF_Font *open_emoji(void)
{
    const char *env = getenv("WORKSIM_EMOJI_FONT");
    if (env) return *env ? TTF_OpenFont(env, EMOJI_STRIKE_PX) : NULL;   /* "" turns emoji off */
    for (size_t i = 0; i < sizeof EMOJI_FONTS / sizeof EMOJI_FONTS[0]; i++)
        if (access(EMOJI_FONTS[i], R_OK) == 0) return TTF_OpenFont(EMOJI_FONTS[i], EMOJI_STRIKE_PX);
    return NULL;
}

static char *find_font_dir(void)
{
    const char *env = getenv("WORKSIM_FONT_DIR");
    if (env && *env) return xstrdup(env);
    for (size_t i = 0; i < sizeof FONT_DIRS / sizeof FONT_DIRS[0]; i++) {
        char *probe = xasprintf("%s/DejaVuSans.ttf", FONT_DIRS[i]);
        bool ok = access(probe, R_OK) == 0;
        free(probe);
        if (ok) return xstrdup(FONT_DIRS[i]);
    }
    return NULL;
}

static TTF_Font *open_one(const char *dir, const char *file, int px, char **err)
{
    char *path = xasprintf("%s/%s", dir, file);
    TTF_Font *f = TTF_OpenFont(path, px);
    if (!f && err && !*err) *err = xasprintf("cannot open the font %s: %s", path, TTF_GetError());
    free(path);
    return f;
}

/* DejaVu Sans Oblique, else the regular face slanted by SDL_ttf (never NULL once ui opened). */
static TTF_Font *open_italic(const char *dir, int px)
{
    TTF_Font *f = open_one(dir, "DejaVuSans-Oblique.ttf", px, NULL);
    if (f) return f;
    f = open_one(dir, "DejaVuSans.ttf", px, NULL);
    if (f) TTF_SetFontStyle(f, TTF_STYLE_ITALIC);
    return f;
}

bool ui_fonts_open(UiFonts *fonts, char **err) { return ui_fonts_open_scaled(fonts, 1.0, err); }

bool ui_fonts_open_scaled(UiFonts *fonts, double scale, char **err)
{
    memset(fonts, 0, sizeof *fonts);
    if (!(scale >= UI_FONT_SCALE_MIN)) scale = UI_FONT_SCALE_MIN;
    if (scale > UI_FONT_SCALE_MAX * UI_DISPLAY_SCALE_MAX) scale = UI_FONT_SCALE_MAX * UI_DISPLAY_SCALE_MAX;
    fonts->scale = scale;
    if (!TTF_WasInit() && TTF_Init() != 0) {
        if (err) *err = xasprintf("cannot start SDL_ttf: %s", TTF_GetError());
        return false;
    }
    char *dir = find_font_dir();
    if (!dir) {
        if (err) *err = xstrdup("no DejaVu fonts found (install them: apt-get install fonts-dejavu-core, "
                                "or set WORKSIM_FONT_DIR)");
        return false;
    }
    char *first_err = NULL;
    fonts->ui = open_one(dir, "DejaVuSans.ttf", (int)(15 * scale + 0.5), &first_err);
    fonts->ui_bold = open_one(dir, "DejaVuSans-Bold.ttf", (int)(15 * scale + 0.5), &first_err);
    fonts->small = open_one(dir, "DejaVuSans.ttf", (int)(12 * scale + 0.5), &first_err);
    fonts->mono = open_one(dir, "DejaVuSansMono.ttf", (int)(14 * scale + 0.5), &first_err);
    fonts->title = open_one(dir, "DejaVuSans-Bold.ttf", (int)(34 * scale + 0.5), &first_err);
    fonts->italic = open_italic(dir, (int)(15 * scale + 0.5));
    fonts->emoji = open_emoji();
    free(dir);
    if (first_err) {
        if (err) *err = first_err;
        else free(first_err);
        ui_fonts_close(fonts);
        return false;
    }
    fonts->ui_h = TTF_FontLineSkip(fonts->ui);
    fonts->small_h = TTF_FontLineSkip(fonts->small);
    fonts->mono_h = TTF_FontLineSkip(fonts->mono);
    fonts->title_h = TTF_FontLineSkip(fonts->title);
    int adv = 0;
    if (TTF_GlyphMetrics32(fonts->mono, 'M', NULL, NULL, NULL, NULL, &adv) != 0 || adv <= 0) adv = 8;
    fonts->mono_w = adv;
    fonts->texts = ui_text_cache_new(UI_TEXT_CACHE_ENTRIES, UI_TEXT_CACHE_BYTES);
    return true;
}

void ui_fonts_close(UiFonts *fonts)
{
    ui_text_cache_free(fonts->texts);   /* before the fonts its entries are keyed by */
    fonts->texts = NULL;
    TTF_Font **all[] = {&fonts->ui, &fonts->ui_bold, &fonts->small, &fonts->mono, &fonts->title, &fonts->italic, &fonts->emoji};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
        if (*all[i]) TTF_CloseFont(*all[i]);
        *all[i] = NULL;
    }
}
