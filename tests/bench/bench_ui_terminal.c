/* bench_ui_terminal.c: terminal throughput through the desktop (issue 11: >= 10 MB/s). The real
 * window of `worksim play first-bugfix` (ui_window.h, SDL's dummy driver unless SDL_VIDEODRIVER
 * says otherwise, ns sandbox) shows its Terminal; `seq 1 300000` (1.9 MB of output) is typed
 * as a learner would, and the window's loop turns until a drawn frame shows the shell's prompt
 * under the last number: no sleeping, the terminal's own screen says when. Prints, as medians
 * of RUNS runs in one window: MB/s (wall clock, from Enter to that frame); the engine's CPU
 * seconds for it (getrusage: this process, the window's loop and renderer); the frames drawn
 * meanwhile and the longest time between two of them (issue 11: frames go on during a flood);
 * how long after the shell's last output the prompt's frame was done (the prompt must not
 * wait for more). After each run the same seq runs on a bare PTY read by a tight loop (no
 * sandbox, no terminal, no window): the most any terminal could get on this machine at that
 * moment. On a loaded machine the wall clock mostly measures the wait for a core (seq, bash and
 * the engine share them): the ratio to that bare PTY and the MB per engine CPU second are the
 * figures that move less with the load. SDL_VIDEODRIVER=offscreen measures the GL renderer on
 * llvmpipe; SDL_VIDEODRIVER=x11 with DISPLAY set (e.g. under `xvfb-run -a`) the X11 path a
 * learner's desktop takes. BENCH_PNG=prefix saves the last run's window as prefix-flood.png
 * (its first frame showing the flood) and prefix-prompt.png (the prompt after it).
 * BENCH_STYLED=1 floods coloured lines instead, as `grep --color` or a test runner prints them:
 * `seq 1 300000 | sed` wrapping each number in ESC[32m ... ESC[0m (4.7 MB), on the bare PTY
 * too (through sh -c): a flood the terminal cannot take as plain text. */
#define _GNU_SOURCE
#include "ui_window_kit.h"

#include "ui/ui_redraw.h"

#include <SDL_image.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

enum { RUNS = 5, COUNT = 300000 };

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double cpu_seconds(void)
{
    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    return (double)u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + (double)u.ru_stime.tv_sec + u.ru_stime.tv_usec / 1e6;
}

/* Bytes seq 1 n prints: digits and a newline per number. */
static double seq_bytes(long n)
{
    double bytes = 0;
    for (long from = 1, digits = 1; from <= n; from *= 10, digits++) {
        long to = from * 10 - 1 < n ? from * 10 - 1 : n;
        bytes += (double)(to - from + 1) * (double)(digits + 1);
    }
    return bytes;
}

/* The coloured flood's command (BENCH_STYLED) for seq 1 count. */
static void styled_cmd(char *cmd, size_t size, int count)
{
    snprintf(cmd, size, "seq 1 %d | sed 's/^/\\x1b[32m/;s/$/\\x1b[0m/'", count);
}

/* Seconds seq 1 count (styled: its coloured flood) takes on a bare PTY drained by a blocking
 * read loop; < 0 on failure. */
static double bare_pty_seconds(int count, bool styled)
{
    int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0) {
        if (master >= 0) close(master);
        return -1;
    }
    const char *slave_name = ptsname(master);
    double t0 = util_monotonic_seconds();
    pid_t pid = slave_name ? fork() : -1;
    if (pid == 0) {
        setsid();
        int slave = open(slave_name, O_RDWR);
        if (slave < 0) _exit(127);
        dup2(slave, 0);
        dup2(slave, 1);
        dup2(slave, 2);
        if (slave > 2) close(slave);
        close(master);
        char n[16], cmd[160];
        snprintf(n, sizeof n, "%d", count);
        styled_cmd(cmd, sizeof cmd, count);
        if (styled)
            execlp("sh", "sh", "-c", cmd, (char *)NULL);
        else
            execlp("seq", "seq", "1", n, (char *)NULL);
        _exit(127);
    }
    char buf[65536];
    while (pid > 0 && read(master, buf, sizeof buf) > 0) {}   /* until EIO: seq exited */
    close(master);
    int status = 0;
    if (pid < 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) return -1;
    return util_monotonic_seconds() - t0;
}

/* Draws the window's screen again (as its last frame showed it) and saves it as prefix-name.png
 * before anything is presented. */
static void save_png(WindowKit *k, const char *prefix, const char *name)
{
    SDL_Window *win = NULL;
    for (Uint32 id = 1; id < 16 && !win; id++) win = SDL_GetWindowFromID(id);
    SDL_Renderer *r = win ? SDL_GetRenderer(win) : NULL;
    int w = 0, h = 0;
    if (!r || SDL_GetRendererOutputSize(r, &w, &h) != 0) return;
    ui_shell_render(ui_window_shell(k->w), r, w, h);
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    char *path = xasprintf("%s-%s.png", prefix, name);
    if (s && SDL_RenderReadPixels(r, NULL, SDL_PIXELFORMAT_ARGB8888, s->pixels, s->pitch) == 0 && IMG_SavePNG(s, path) == 0)
        fprintf(stderr, "bench_ui_terminal: saved %s\n", path);
    free(path);
    SDL_FreeSurface(s);
}

typedef struct Flood {
    const char *png;         /* BENCH_PNG's prefix, or NULL */
    bool flood_saved;
    const char *last;        /* the flood's last line */
    double prev_frame;       /* monotonic seconds when the latest frame was done */
    double max_gap;          /* the longest time between two frames */
} Flood;

/* After each frame: notes the time since the one before, saves the screenshots asked for,
 * and says whether it shows the prompt after f->last (wkit_turn_until's condition). */
static bool prompt_after_flood(WindowKit *k, void *ud)
{
    Flood *f = ud;
    double now = util_monotonic_seconds();
    if (now - f->prev_frame > f->max_gap) f->max_gap = now - f->prev_frame;
    f->prev_frame = now;
    if (wkit_prompt_after(k, (void *)f->last)) {
        if (f->png) save_png(k, f->png, "prompt");
        return true;
    }
    if (f->png && !f->flood_saved) {
        char *above, *last;
        wkit_last_lines(k, &above, &last);
        f->flood_saved = last[0] >= '1' && last[0] <= '9' && above[0] >= '1' && above[0] <= '9';
        if (f->flood_saved) save_png(k, f->png, "flood");
        free(above);
        free(last);
    }
    return false;
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof v[0], cmp_double);
    return v[n / 2];
}

int main(void)
{
    WindowKit k;
    if (!wkit_open(&k, "first-bugfix") || !wkit_terminal_ready(&k)) {
        fprintf(stderr, "bench_ui_terminal: the desktop's terminal did not come up\n");
        return 1;
    }
    bool styled = getenv("BENCH_STYLED") && *getenv("BENCH_STYLED") && strcmp(getenv("BENCH_STYLED"), "0") != 0;
    double rate[RUNS], bare[RUNS], ratio[RUNS], cpu[RUNS], frames[RUNS], gap[RUNS], prompt_ms[RUNS];
    int ok = 0;
    for (int i = 0; i < RUNS; i++) {
        /* Each run ends on another number, so the screen of the run before never matches. */
        char cmd[160], last[16];
        if (styled)
            styled_cmd(cmd, sizeof cmd, COUNT + i);
        else
            snprintf(cmd, sizeof cmd, "seq 1 %d", COUNT + i);
        snprintf(last, sizeof last, "%d", COUNT + i);
        double mb = (seq_bytes(COUNT + i) + (styled ? 9.0 * (COUNT + i) : 0)) / 1e6;   /* ESC[32m, ESC[0m */
        wkit_type(cmd);
        double t0 = util_monotonic_seconds(), c0 = cpu_seconds();
        long f0 = ui_window_frames(k.w);
        wkit_key(SDLK_RETURN, KMOD_NONE);
        Flood f = {.png = i == RUNS - 1 ? getenv("BENCH_PNG") : NULL, .last = last, .prev_frame = t0};
        if (!wkit_turn_until(&k, prompt_after_flood, &f, 120)) {
            fprintf(stderr, "bench_ui_terminal: no prompt after %s (run %d)\n", cmd, i);
            break;
        }
        rate[i] = mb / (util_monotonic_seconds() - t0);
        prompt_ms[i] = (double)(SDL_GetTicks() - ui_redraw_last_stream());
        cpu[i] = cpu_seconds() - c0;
        frames[i] = (double)(ui_window_frames(k.w) - f0);
        gap[i] = f.max_gap * 1000;
        double bare_s = bare_pty_seconds(COUNT + i, styled);
        if (bare_s <= 0) {
            fprintf(stderr, "bench_ui_terminal: seq on a bare PTY failed (run %d)\n", i);
            break;
        }
        bare[i] = mb / bare_s;
        ratio[i] = rate[i] / bare[i];
        ok++;
        if (getenv("BENCH_VERBOSE"))
            fprintf(stderr, "  run %d: %.1f MB/s (bare PTY %.1f), CPU %.2f s, %.0f frames, longest gap %.0f ms, prompt %.0f ms after the output\n",
                    i, rate[i], bare[i], cpu[i], frames[i], gap[i], prompt_ms[i]);
    }
    wkit_close(&k);
    if (ok < RUNS) return 1;
    double lo = rate[0], hi = rate[0];
    for (int i = 1; i < RUNS; i++) {
        lo = rate[i] < lo ? rate[i] : lo;
        hi = rate[i] > hi ? rate[i] : hi;
    }
    double load[1] = {0};
    getloadavg(load, 1);
    double mb = (seq_bytes(COUNT) + (styled ? 9.0 * COUNT : 0)) / 1e6, cpu_s = median(cpu, RUNS);
    const char *driver = getenv("SDL_VIDEODRIVER");
    printf("ui.terminal (%s) %sseq 1 %d (%.2f MB) to the prompt on screen: median %.1f MB/s wall (min %.1f, max %.1f), "
           "bare PTY %.1f MB/s (ratio %.2f), engine CPU %.2f s (%.1f MB per CPU second), %.0f frames, longest gap "
           "between frames %.0f ms, prompt drawn %.0f ms after the last output; load %.1f (goal >= 10 MB/s)\n",
           driver ? driver : "dummy", styled ? "coloured " : "", COUNT, mb, median(rate, RUNS), lo, hi, median(bare, RUNS), median(ratio, RUNS), cpu_s,
           mb / cpu_s, median(frames, RUNS), median(gap, RUNS), median(prompt_ms, RUNS), load[0]);
    return 0;
}
