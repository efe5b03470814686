/* test_ui_text_cache.c: the fonts' text cache (ui_text_cache.h) and the opaque fills of
 * ui_draw.c change how the desktop draws, never what: the home drawn from a cold cache, from
 * a warm one and with no cache at all is the same to the pixel (read back with
 * SDL_RenderReadPixels from the software renderer), and a warm frame renders no text anew; an
 * opaque ui_fill in blend mode equals SDL's blended fill, and a bordered rounded rectangle
 * (which skips the border's band under an opaque fill) equals its border's shape with the
 * fill's shape drawn over it; the dimmed page kept beneath an open detail equals the page
 * drawn anew. A new text size (Ctrl+= in the
 * window's shell) starts a new, empty cache whose frame equals an uncached one at that size;
 * a device reset and another renderer drop the entries; the bounds on entries and bytes evict
 * the least recently drawn first. */
#define _GNU_SOURCE
#include "ui_view_kit.h"

#include "core/catalog.h"
#include "ui/ui_home.h"
#include "ui/ui_shell.h"
#include "ui/ui_text_cache.h"

enum { W = 1280, H = 800 };

/* The renderer's pixels (ARGB8888, W x H), read back; caller frees. */
static Uint32 *read_pixels(SDL_Renderer *r)
{
    Uint32 *px = xcalloc((size_t)W * H, sizeof *px);
    if (SDL_RenderReadPixels(r, NULL, SDL_PIXELFORMAT_ARGB8888, px, W * (int)sizeof *px) != 0) {
        fprintf(stderr, "  SDL_RenderReadPixels: %s\n", SDL_GetError());
        free(px);
        return NULL;
    }
    return px;
}

/* How many pixels differ (W * H when one is missing). */
static long differing(const Uint32 *a, const Uint32 *b)
{
    if (!a || !b) return (long)W * H;
    long n = 0;
    for (long i = 0; i < (long)W * H; i++) n += a[i] != b[i];
    return n;
}

static UiTextCacheStats stats_of(const UiFonts *f)
{
    UiTextCacheStats s = {0};
    if (f->texts) ui_text_cache_stats(f->texts, &s);
    return s;
}

static UiHome *home_of(Kit *k, Catalog *cat)
{
    UiHome *home = ui_home_new(&k->fonts, cat);
    const char *names[] = {"ana", "bo"};
    ui_home_set_learners(home, "ana", names, 2);
    UiHomeResume resume = {"first-bugfix", "Your first bug fix", 130, 45 * 60 - 130};
    ui_home_set_resume(home, &resume);
    return home;
}

static void test_cached_frames_equal_uncached_ones_to_the_pixel(void)
{
    Kit k;
    REQUIRE(kit_canvas(&k, W, H));
    Catalog *cat = catalog_load((const char *const[]){KIT_SCENARIOS, NULL});
    REQUIRE(cat && cat->n > 0);
    UiHome *home = home_of(&k, cat);
    REQUIRE(k.fonts.texts != NULL);

    ui_home_render(home, k.r, W, H);   /* cold: every text rendered and kept */
    Uint32 *cold = read_pixels(k.r);
    UiTextCacheStats first = stats_of(&k.fonts);
    CHECK(first.misses > 20);          /* the heading, cards, chips, tracks, skills */
    CHECK_INT_EQ(first.entries, (int)first.misses);

    ui_home_render(home, k.r, W, H);   /* warm: nothing rendered anew */
    Uint32 *warm = read_pixels(k.r);
    UiTextCacheStats second = stats_of(&k.fonts);
    CHECK(second.misses == first.misses);
    CHECK(second.hits >= first.misses);

    UiTextCache *texts = k.fonts.texts;
    k.fonts.texts = NULL;              /* every text through SDL_ttf, as before the cache */
    ui_home_render(home, k.r, W, H);
    Uint32 *uncached = read_pixels(k.r);
    k.fonts.texts = texts;

    CHECK(differing(cold, uncached) == 0);
    CHECK(differing(warm, uncached) == 0);
    /* Not a blank page: the drawing has text and bars of several colours. */
    int colours = 0;
    for (long i = 1; uncached && i < (long)W * H && colours < 10; i++) colours += uncached[i] != uncached[i - 1];
    CHECK(colours >= 10);
    free(cold);
    free(warm);
    free(uncached);
    ui_home_free(home);
    catalog_free(cat);
    kit_close(&k);
}

static void test_an_opaque_fill_equals_the_blended_one(void)
{
    Kit k;
    REQUIRE(kit_canvas(&k, W, H));
    UiDraw d = kit_draw(&k);
    SDL_Color colours[] = {UI_PANEL, UI_ACCENT, {0x12, 0x34, 0x56, 0xff}};
    for (size_t i = 0; i < sizeof colours / sizeof colours[0]; i++) {
        SDL_Color c = colours[i];
        /* A backdrop with translucent paint, so blending would show through if it differed. */
        SDL_SetRenderDrawBlendMode(k.r, SDL_BLENDMODE_NONE);
        SDL_SetRenderDrawColor(k.r, 0x40, 0x80, 0xc0, 0xff);
        SDL_RenderClear(k.r);
        SDL_SetRenderDrawBlendMode(k.r, SDL_BLENDMODE_BLEND);
        SDL_SetRenderDrawColor(k.r, 0xff, 0x00, 0x00, 0x60);
        SDL_RenderFillRect(k.r, &(SDL_Rect){0, 0, W / 2, H});
        Uint32 *backdrop = read_pixels(k.r);
        SDL_SetRenderDrawColor(k.r, c.r, c.g, c.b, c.a);
        SDL_RenderFillRect(k.r, &(SDL_Rect){100, 100, 900, 500});
        SDL_RenderDrawRect(k.r, &(SDL_Rect){50, 50, 1000, 600});
        Uint32 *blended = read_pixels(k.r);

        SDL_Texture *t = SDL_CreateTexture(k.r, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STATIC, W, H);
        REQUIRE(t != NULL);
        SDL_UpdateTexture(t, NULL, backdrop, W * (int)sizeof *backdrop);
        SDL_RenderCopy(k.r, t, NULL, NULL);
        SDL_DestroyTexture(t);
        SDL_SetRenderDrawBlendMode(k.r, SDL_BLENDMODE_BLEND);   /* as the views draw */
        ui_fill(&d, (SDL_Rect){100, 100, 900, 500}, c);
        ui_frame(&d, (SDL_Rect){50, 50, 1000, 600}, c);
        Uint32 *copied = read_pixels(k.r);
        SDL_BlendMode mode = SDL_BLENDMODE_NONE;
        SDL_GetRenderDrawBlendMode(k.r, &mode);
        CHECK(mode == SDL_BLENDMODE_BLEND);   /* restored */
        CHECK(differing(blended, copied) == 0);
        CHECK(differing(backdrop, copied) > 0);
        free(backdrop);
        free(blended);
        free(copied);
    }
    kit_close(&k);
}

/* The backdrop every bordered case starts from: a colour with a translucent stripe over it. */
static void paint_backdrop(Kit *k)
{
    SDL_SetRenderDrawBlendMode(k->r, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(k->r, 0x40, 0x80, 0xc0, 0xff);
    SDL_RenderClear(k->r);
    SDL_SetRenderDrawBlendMode(k->r, SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(k->r, 0xff, 0x00, 0x00, 0x60);
    SDL_RenderFillRect(k->r, &(SDL_Rect){0, 0, W / 2, H});
}

static void test_a_bordered_shape_equals_border_then_fill(void)
{
    Kit k;
    REQUIRE(kit_canvas(&k, W, H));
    UiDraw d = kit_draw(&k);
    SDL_Color translucent = {0xff, 0xff, 0xff, 0x80};
    struct { SDL_Rect r; int radius; SDL_Color fill; } cases[] = {
        {{100, 100, 300, 120}, 8, UI_PANEL}, {{600, 80, 41, 300}, 6, UI_SELECTED},
        {{620, 420, 3, 3}, 4, UI_PANEL}, {{100, 400, 200, 10}, 30, UI_ACCENT},
        {{350, 500, 180, 90}, 1, UI_PANEL}, {{800, 500, 220, 140}, 0, UI_PANEL},
        {{900, 100, 250, 200}, 12, translucent},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        SDL_Rect r = cases[i].r;
        paint_backdrop(&k);
        ui_fill_round(&d, r, cases[i].radius, UI_BORDER);
        ui_fill_round(&d, (SDL_Rect){r.x + 1, r.y + 1, r.w - 2, r.h - 2}, cases[i].radius - 1, cases[i].fill);
        Uint32 *layered = read_pixels(k.r);
        paint_backdrop(&k);
        Uint32 *backdrop = read_pixels(k.r);
        ui_fill_round_bordered(&d, r, cases[i].radius, cases[i].fill, UI_BORDER);
        Uint32 *bordered = read_pixels(k.r);
        CHECK(differing(layered, bordered) == 0);
        CHECK(differing(backdrop, bordered) > 0);
        free(layered);
        free(backdrop);
        free(bordered);
    }
    kit_close(&k);
}

/* The dimmed page kept beneath an open detail: the frame that draws it, the frames that copy
 * it (the mouse moving over the inert page too) and a frame that draws all of it anew are the
 * same; a notice set while the detail is open shows through, as it does when drawn anew. */
static void test_a_kept_backdrop_equals_the_page_drawn_anew(void)
{
    Kit k;
    REQUIRE(kit_canvas(&k, W, H));
    Catalog *cat = catalog_load((const char *const[]){KIT_SCENARIOS, NULL});
    REQUIRE(cat && cat->n > 0);
    UiHome *home = home_of(&k, cat);
    ui_home_render(home, k.r, W, H);
    Uint32 *page = read_pixels(k.r);
    SDL_Rect card = ui_home_card_rect(home, 0);
    SDL_Event click = {.button = {.type = SDL_MOUSEBUTTONDOWN, .button = SDL_BUTTON_LEFT, .x = card.x + 20, .y = card.y + 20}};
    ui_home_handle_event(home, &click);
    REQUIRE(ui_home_detail_open(home));
    ui_home_render(home, k.r, W, H);
    Uint32 *painted = read_pixels(k.r);
    ui_home_render(home, k.r, W, H);
    Uint32 *copied = read_pixels(k.r);
    SDL_Event motion = {.motion = {.type = SDL_MOUSEMOTION, .x = card.x + 4, .y = card.y + 4}};
    ui_home_handle_event(home, &motion);
    ui_home_render(home, k.r, W, H);
    Uint32 *hovered = read_pixels(k.r);
    ui_home_keep_backdrop(home, false);
    ui_home_render(home, k.r, W, H);
    Uint32 *anew = read_pixels(k.r);
    CHECK(differing(page, anew) > (long)W * H / 2);   /* the detail is up, the page dimmed */
    CHECK(differing(painted, anew) == 0);
    CHECK(differing(copied, anew) == 0);
    CHECK(differing(hovered, anew) == 0);

    ui_home_keep_backdrop(home, true);
    ui_home_render(home, k.r, W, H);
    ui_home_set_notice(home, "Could not start: the sandbox is missing");
    ui_home_render(home, k.r, W, H);
    Uint32 *noticed = read_pixels(k.r);
    ui_home_keep_backdrop(home, false);
    ui_home_render(home, k.r, W, H);
    Uint32 *noticed_anew = read_pixels(k.r);
    CHECK(differing(noticed, copied) > 0);
    CHECK(differing(noticed, noticed_anew) == 0);
    free(page);
    free(painted);
    free(copied);
    free(hovered);
    free(anew);
    free(noticed);
    free(noticed_anew);
    ui_home_free(home);
    catalog_free(cat);
    kit_close(&k);
}

static void test_a_new_text_size_starts_an_empty_cache(void)
{
    Kit k;
    REQUIRE(kit_canvas(&k, W, H));
    UiFonts fonts;
    char *err = NULL;
    REQUIRE(ui_fonts_open(&fonts, &err));
    Catalog *cat = catalog_load((const char *const[]){KIT_SCENARIOS, NULL});
    char *settings = xasprintf("%s/text-cache/worksim/settings", testlib_temp_dir());
    UiShellOptions so = {.catalog = cat, .learner = "dana", .settings_path = settings, .display_scale = 1.0,
                         .hooks = {.start_run = kit_no_run, .end_run = kit_end_run}};
    UiShell *shell = ui_shell_new(&fonts, &so);
    ui_shell_render(shell, k.r, W, H);
    ui_shell_render(shell, k.r, W, H);
    UiTextCacheStats before = stats_of(&fonts);
    CHECK(before.entries > 20);
    CHECK(before.hits > 0);

    SDL_Event key = {.key = {.type = SDL_KEYDOWN, .keysym = {.sym = SDLK_EQUALS, .mod = KMOD_LCTRL}}};
    ui_shell_handle_event(shell, &key);
    CHECK(fonts.scale > 1.05);
    UiTextCacheStats fresh = stats_of(&fonts);
    CHECK_INT_EQ(fresh.entries, 0);    /* the new fonts' cache: nothing of the old size */
    CHECK(fresh.hits == 0 && fresh.misses == 0);
    ui_shell_render(shell, k.r, W, H);
    UiTextCacheStats after = stats_of(&fonts);
    CHECK(after.misses > 20);          /* every text rendered at the new size */
    Uint32 *cached = read_pixels(k.r);
    UiTextCache *texts = fonts.texts;
    fonts.texts = NULL;
    ui_shell_render(shell, k.r, W, H);
    Uint32 *uncached = read_pixels(k.r);
    fonts.texts = texts;
    CHECK(differing(cached, uncached) == 0);

    /* The renderer lost its textures (SDL_RENDER_DEVICE_RESET): the texts are drawn anew. */
    SDL_Event reset = {.type = SDL_RENDER_DEVICE_RESET};
    ui_shell_handle_event(shell, &reset);
    CHECK_INT_EQ(stats_of(&fonts).entries, 0);
    ui_shell_render(shell, k.r, W, H);
    CHECK(stats_of(&fonts).entries > 20);
    free(cached);
    free(uncached);
    ui_shell_free(shell);
    ui_fonts_close(&fonts);
    catalog_free(cat);
    free(settings);
    kit_close(&k);
}

static void test_the_bounds_evict_the_least_recently_drawn(void)
{
    Kit k;
    REQUIRE(kit_canvas(&k, W, H));
    UiTextCache *cache = ui_text_cache_new(4, 1 << 20);
    SDL_Color c = UI_TEXT;
    int w = 0, h = 0;
    char text[16];
    for (int i = 0; i < 10; i++) {
        snprintf(text, sizeof text, "label %d", i);
        CHECK(ui_text_cache_texture(cache, k.r, k.fonts.ui, c, text, &w, &h) != NULL);
        CHECK(w > 0 && h > 0);
        if (i >= 3) CHECK(ui_text_cache_texture(cache, k.r, k.fonts.ui, c, "label 0", &w, &h) != NULL);   /* kept drawn */
    }
    UiTextCacheStats s;
    ui_text_cache_stats(cache, &s);
    CHECK_INT_EQ(s.entries, 4);
    CHECK(s.evictions == 6);
    long misses = s.misses;
    CHECK(ui_text_cache_texture(cache, k.r, k.fonts.ui, c, "label 0", &w, &h) != NULL);   /* the recent one stayed */
    CHECK(ui_text_cache_texture(cache, k.r, k.fonts.ui, c, "label 9", &w, &h) != NULL);
    ui_text_cache_stats(cache, &s);
    CHECK(s.misses == misses);
    CHECK(ui_text_cache_texture(cache, k.r, k.fonts.ui, c, "label 1", &w, &h) != NULL);   /* evicted long ago */
    ui_text_cache_stats(cache, &s);
    CHECK(s.misses == misses + 1);
    /* The same string in another colour, font or style is another entry. */
    CHECK(ui_text_cache_texture(cache, k.r, k.fonts.ui, UI_ACCENT, "label 1", &w, &h) != NULL);
    CHECK(ui_text_cache_texture(cache, k.r, k.fonts.ui_bold, c, "label 1", &w, &h) != NULL);
    TTF_SetFontStyle(k.fonts.ui, TTF_STYLE_UNDERLINE);
    CHECK(ui_text_cache_texture(cache, k.r, k.fonts.ui, c, "label 1", &w, &h) != NULL);
    TTF_SetFontStyle(k.fonts.ui, TTF_STYLE_NORMAL);
    ui_text_cache_stats(cache, &s);
    CHECK(s.misses == misses + 4);
    CHECK(s.bytes > 0);

    /* A byte budget smaller than two labels keeps one. */
    CHECK(ui_text_cache_texture(cache, k.r, k.fonts.ui, c, "label 1", &w, &h) != NULL);
    ui_text_cache_clear(cache);
    ui_text_cache_stats(cache, &s);
    CHECK_INT_EQ(s.entries, 0);
    CHECK(s.bytes == 0);
    ui_text_cache_free(cache);
    cache = ui_text_cache_new(100, (size_t)w * h * 4 + 16);
    ui_text_cache_texture(cache, k.r, k.fonts.ui, c, "label 1", &w, &h);
    ui_text_cache_texture(cache, k.r, k.fonts.ui, c, "label 2", &w, &h);
    ui_text_cache_stats(cache, &s);
    CHECK_INT_EQ(s.entries, 1);

    /* Another renderer: the entries are forgotten (their renderer frees them) and made anew. */
    SDL_Surface *other_surface = SDL_CreateRGBSurfaceWithFormat(0, 200, 100, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *other = SDL_CreateSoftwareRenderer(other_surface);
    REQUIRE(other != NULL);
    long before = s.misses;
    CHECK(ui_text_cache_texture(cache, other, k.fonts.ui, c, "label 2", &w, &h) != NULL);
    ui_text_cache_stats(cache, &s);
    CHECK(s.misses == before + 1);
    CHECK_INT_EQ(s.entries, 1);
    ui_text_cache_free(cache);
    SDL_DestroyRenderer(other);
    SDL_FreeSurface(other_surface);
    kit_close(&k);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_cached_frames_equal_uncached_ones_to_the_pixel),
        TEST_CASE(test_an_opaque_fill_equals_the_blended_one),
        TEST_CASE(test_a_bordered_shape_equals_border_then_fill),
        TEST_CASE(test_a_kept_backdrop_equals_the_page_drawn_anew),
        TEST_CASE(test_a_new_text_size_starts_an_empty_cache),
        TEST_CASE(test_the_bounds_evict_the_least_recently_drawn),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
