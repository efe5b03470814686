/* ui_scroll.c: offset, wheel, clamping and scrollbar of a scrolling pane (ui_scroll.h), and
 * clipping drawing to a pane. */
#include "ui/ui_scroll.h"

static int max_offset(const UiScroll *s) { return s->content_h > s->view_h ? s->content_h - s->view_h : 0; }

static void clamp(UiScroll *s)
{
    int max = max_offset(s);
    if (s->stick_bottom || s->offset > max) s->offset = max;
    if (s->offset < 0) s->offset = 0;
}

void ui_scroll_extent(UiScroll *s, int content_h, int view_h)
{
    s->content_h = content_h > 0 ? content_h : 0;
    s->view_h = view_h > 0 ? view_h : 0;
    clamp(s);
}

void ui_scroll_by(UiScroll *s, int dy)
{
    s->stick_bottom = false;
    s->offset += dy;
    clamp(s);
    s->stick_bottom = s->offset >= max_offset(s);
}

bool ui_scroll_wheel(UiScroll *s, const SDL_Event *ev, SDL_Rect pane)
{
    if (ev->type != SDL_MOUSEWHEEL || !ui_hit(pane, ev->wheel.mouseX, ev->wheel.mouseY)) return false;
    int y = ev->wheel.direction == SDL_MOUSEWHEEL_FLIPPED ? -ev->wheel.y : ev->wheel.y;
    ui_scroll_by(s, -y * UI_SCROLL_STEP);
    return true;
}

void ui_scroll_to_end(UiScroll *s)
{
    s->stick_bottom = true;
    clamp(s);
}

void ui_scroll_to_top(UiScroll *s)
{
    s->stick_bottom = false;
    s->offset = 0;
}

void ui_scroll_bar(UiDraw *d, const UiScroll *s, SDL_Rect pane)
{
    if (s->content_h <= s->view_h || s->view_h <= 0) return;
    int track = pane.h - 8;
    int thumb = track * s->view_h / s->content_h;
    if (thumb < 24) thumb = 24;
    int y = pane.y + 4 + (track - thumb) * s->offset / max_offset(s);
    ui_fill_round(d, (SDL_Rect){pane.x + pane.w - 8, y, 5, thumb}, 2, UI_BORDER);
}

UiClip ui_clip_push(UiDraw *d, SDL_Rect pane)
{
    UiClip saved = {{0, 0, 0, 0}, SDL_RenderIsClipEnabled(d->r) == SDL_TRUE};
    SDL_Rect clip = pane;
    if (saved.enabled) {
        SDL_RenderGetClipRect(d->r, &saved.rect);
        if (!SDL_IntersectRect(&saved.rect, &pane, &clip)) clip = (SDL_Rect){pane.x, pane.y, 0, 0};
    }
    SDL_RenderSetClipRect(d->r, &clip);
    return saved;
}

void ui_clip_pop(UiDraw *d, UiClip saved) { SDL_RenderSetClipRect(d->r, saved.enabled ? &saved.rect : NULL); }
