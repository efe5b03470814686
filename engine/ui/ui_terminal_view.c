/* ui_terminal_view.c: the Terminal app of the desktop. It attaches a UiTerm to the run's
 * learner shell on first render: the shell's display bytes are fed to the widget, the
 * widget's keyboard bytes are written to the shell, and the shell's PTY follows the grid
 * whenever the area's size changes. Shell output is coalesced: what arrives between two frames
 * is fed to the widget once, when the frame is drawn (so a flood costs one parse per frame and
 * libvterm drops what scrolls away unseen: ui_term_flood.c), at once while the Terminal is
 * not on screen (programs' queries get their replies), or when FEED_AT_MOST bytes wait (the
 * PTY itself is drained meanwhile by the session's reading thread, core/shell_session.c, so
 * the shell goes on writing while a frame is drawn and presented). The
 * shell's prompt asks for a frame at once (ui_frame_pace.h). Mouse events go to the widget
 * with the area, for selecting text (copied with Ctrl+Shift+C). The run records the commands
 * typed here like any other. */
#include "ui/ui_terminal_view.h"

#include "ui/ui_redraw.h"

#include "ui/ui_term.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>

enum { FEED_AT_MOST = 1 << 20 };

typedef struct TerminalView {
    Run *run;
    const UiFonts *fonts;
    UiTerm *term;
    bool attempted;      /* run_attach_terminal was called: free must detach */
    bool attached;
    char *error;         /* why the shell could not be attached; shown instead of the grid */
    bool focused;
    char *pending;       /* shell output not fed to the widget yet */
    size_t pending_len, pending_cap;
} TerminalView;

static void feed_pending(TerminalView *v)
{
    if (v->pending_len) ui_term_feed(v->term, v->pending, v->pending_len);
    v->pending_len = 0;
}

static void on_shell_output(void *ud, const char *bytes, size_t n)
{
    ui_redraw_stream(n);
    TerminalView *v = ud;
    if (shell_session_drawing_prompt(run_shell(v->run))) ui_redraw_prompt();   /* the command is over: show it now */
    if (v->pending_len + n > v->pending_cap) {
        v->pending_cap = v->pending_len + n > 2 * v->pending_cap ? v->pending_len + n : 2 * v->pending_cap;
        v->pending = xrealloc(v->pending, v->pending_cap);
    }
    memcpy(v->pending + v->pending_len, bytes, n);
    v->pending_len += n;
    if (!v->focused || v->pending_len >= FEED_AT_MOST) feed_pending(v);   /* off screen: no frame comes */
}

static void on_keyboard_bytes(void *ud, const char *bytes, size_t n)
{
    TerminalView *v = ud;
    ShellSession *sh = v->attached ? run_shell(v->run) : NULL;
    if (sh) shell_session_write(sh, bytes, n);
}

static void attach(TerminalView *v, int rows, int cols)
{
    char *err = NULL;
    v->attempted = true;
    ui_term_resize(v->term, rows, cols);
    if (run_attach_terminal(v->run, rows, cols, on_shell_output, v, &err)) {
        v->attached = true;
    } else {
        v->error = err ? err : xstrdup("the terminal could not be opened");
        run_detach_terminal(v->run);
    }
}

static void view_render(void *self, UiDraw *d, SDL_Rect area)
{
    TerminalView *v = self;
    int rows, cols;
    ui_term_fit(v->fonts, area, &rows, &cols);
    if (!v->attached && !v->error) attach(v, rows, cols);
    if (v->error) {
        ui_fill(d, area, UI_TERM_BG);
        ui_text_wrapped(d, v->fonts->mono, area.x + UI_TERM_PAD, area.y + UI_TERM_PAD, area.w - 2 * UI_TERM_PAD,
                        area.y + area.h, UI_TERM_FG, v->error);
        return;
    }
    feed_pending(v);   /* at the size the output was written for */
    int old_rows, old_cols;
    ui_term_size(v->term, &old_rows, &old_cols);
    if (rows != old_rows || cols != old_cols) {
        ui_term_resize(v->term, rows, cols);
        ShellSession *sh = run_shell(v->run);
        if (sh) shell_session_resize(sh, rows, cols);
    }
    ui_term_render(v->term, d, area);
}

static bool view_handle_event(void *self, const SDL_Event *ev, SDL_Rect area)
{
    TerminalView *v = self;
    if (!v->attached) return false;
    /* Mouse buttons and motion select text: the widget maps them to cells of the grid it
     * draws into the same area. */
    if (ev->type == SDL_MOUSEBUTTONDOWN || ev->type == SDL_MOUSEBUTTONUP || ev->type == SDL_MOUSEMOTION)
        return ui_term_handle_mouse(v->term, ev, area, v->fonts);
    return ui_term_handle_event(v->term, ev);
}

static void view_focus(void *self, bool focused)
{
    TerminalView *v = self;
    v->focused = focused;
    ui_term_set_focused(v->term, focused);
    /* Shown again after a failure: try once more at the next render. */
    if (focused && v->error && !v->attached) {
        free(v->error);
        v->error = NULL;
    }
}

static void view_free(void *self)
{
    TerminalView *v = self;
    if (!v) return;
    if (v->attempted) run_detach_terminal(v->run);
    ui_term_free(v->term);
    free(v->pending);
    free(v->error);
    free(v);
}

UiView ui_terminal_view_new(Run *run, const UiFonts *fonts)
{
    TerminalView *v = xcalloc(1, sizeof *v);
    v->run = run;
    v->fonts = fonts;
    v->term = ui_term_new(24, 80);
    ui_term_set_writer(v->term, on_keyboard_bytes, v);
    return (UiView){
        .title = "Terminal",
        .self = v,
        .render = view_render,
        .handle_event = view_handle_event,
        .badge = NULL,
        .focus = view_focus,
        .free = view_free,
    };
}

UiTerm *ui_terminal_view_term(const UiView *view)
{
    TerminalView *v = view->self;
    feed_pending(v);   /* what the shell wrote so far, as the next frame would show it */
    return v->term;
}
