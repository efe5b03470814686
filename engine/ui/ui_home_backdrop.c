/* ui_home_backdrop.c: what the home shows beneath its page-wide overlays. With the detail or
 * the learner picker open the page is modal background: it takes no input and cannot change,
 * so it is drawn once, dimmed, into a texture (the backdrop) that the next frames copy; a frame
 * then costs the overlay alone instead of the page plus a blended fill of the whole screen.
 * The backdrop is drawn anew for a new size, renderer or text size and after anything that
 * changes the page (home_backdrop_stale), and let go when the overlay closes. Where the
 * renderer cannot draw into a texture, or when told not to keep it (ui_home_keep_backdrop:
 * the tests and the benchmark compare), every frame draws the page and the dim. */
#include "ui/ui_home_internal.h"

static const SDL_Color DIM = {0x11, 0x18, 0x27, 0x80};

/* The page and the side column; with an overlay up, without hover (the page is inert). */
static void draw_page(UiHome *home, UiDraw *d, bool overlay)
{
    UiDraw page = *d;
    if (overlay) page.mouse_x = page.mouse_y = -1;
    home_draw_page(home, &page);
    home_draw_side(home, &page);
    if (overlay) ui_fill(&page, (SDL_Rect){0, 0, home->width, home->height}, DIM);
}

static bool backdrop_fits(const UiHome *home, SDL_Renderer *r)
{
    return home->backdrop && !home->backdrop_stale && home->backdrop_r == r && home->backdrop_w == home->width &&
           home->backdrop_h == home->height && home->backdrop_texts == (const void *)home->fonts->texts;
}

/* Draws the backdrop anew into its texture (made or remade as needed); false: the renderer
 * cannot draw into one. */
static bool paint_backdrop(UiHome *home, UiDraw *d)
{
    SDL_Renderer *r = d->r;
    if (home->backdrop && (home->backdrop_r != r || home->backdrop_w != home->width || home->backdrop_h != home->height))
        home_backdrop_release(home, r);
    if (!home->backdrop) {
        home->backdrop = SDL_CreateTexture(r, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET, home->width, home->height);
        if (!home->backdrop) return false;
        home->backdrop_r = r;
        home->backdrop_w = home->width;
        home->backdrop_h = home->height;
        SDL_SetTextureBlendMode(home->backdrop, SDL_BLENDMODE_NONE);
    }
    SDL_Texture *screen = SDL_GetRenderTarget(r);
    if (SDL_SetRenderTarget(r, home->backdrop) != 0) {
        home_backdrop_release(home, r);
        return false;
    }
    draw_page(home, d, true);
    SDL_SetRenderTarget(r, screen);
    home->backdrop_texts = home->fonts->texts;
    home->backdrop_stale = false;
    return true;
}

void home_draw_backdrop(UiHome *home, UiDraw *d)
{
    bool overlay = home->detail || home->picker;
    if (!overlay) {
        home_backdrop_release(home, d->r);
        draw_page(home, d, false);
        return;
    }
    if (home->draw_page_always || (!backdrop_fits(home, d->r) && !paint_backdrop(home, d))) {
        draw_page(home, d, true);
        return;
    }
    SDL_RenderCopy(d->r, home->backdrop, NULL, NULL);
}

void home_backdrop_stale(UiHome *home) { home->backdrop_stale = true; }

void ui_home_keep_backdrop(UiHome *home, bool keep)
{
    home->draw_page_always = !keep;
    home->backdrop_stale = true;
}

void home_backdrop_release(UiHome *home, SDL_Renderer *r)
{
    /* a texture of another renderer is that renderer's to free (it may be gone already) */
    if (home->backdrop && home->backdrop_r == r) SDL_DestroyTexture(home->backdrop);
    home->backdrop = NULL;
    home->backdrop_r = NULL;
}
