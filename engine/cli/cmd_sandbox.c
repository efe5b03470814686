/* cmd_sandbox.c: `worksim sandbox shell|exec [--backend vm|ns] [-- CMD...]` (DESIGN §9).
 * shell: an interactive bash in a fresh, empty sandbox on the user's terminal (raw mode,
 * restored on exit, window size forwarded). exec: runs CMD in a fresh sandbox, prints its
 * output and exits with its status. Exit 2 for bad usage, 3 when the sandbox itself fails. */
#define _GNU_SOURCE
#include "cli/cli.h"

#include "sandbox/sandbox.h"
#include "base/util.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>


static const char usage[] =
    "usage: worksim sandbox shell [--backend vm|ns]\n"
    "       worksim sandbox exec [--backend vm|ns] [--] CMD...\n"
    "\n"
    "  shell   interactive bash in a fresh, empty sandbox on this terminal\n"
    "  exec    run CMD in a fresh sandbox (one word: a bash command line; several words:\n"
    "          run as given), print its output and exit with its exit status\n"
    "  --backend ns   bubblewrap namespaces (default unless fast KVM was probed)\n"
    "  --backend vm   QEMU microvm with the guest agent (scripts/build-guest.sh builds its image;\n"
    "                 TCG emulation where hardware KVM is missing or unusable: ~3 s to start)\n";

/* The kernel's limit on one argument (MAX_ARG_STRLEN: 32 pages): the command line reaches
 * bash inside as one `-c` argument, so a longer one could never start. */
#define SANDBOX_CMD_MAX_BYTES (32 * 4096 - 1)

/* CMD... as the one bash command line exec runs (caller frees). */
static char *exec_command_line(int n, char **words)
{
    Buf cmd = {0};
    if (n == 1) {
        buf_puts(&cmd, words[0]);
    } else {
        for (int i = 0; i < n; i++) {
            if (i) buf_puts(&cmd, " ");
            buf_put_shell_quoted(&cmd, words[i]);
        }
    }
    return buf_steal(&cmd);
}

static int sandbox_cmd_exec(Sandbox *sb, const char *command)
{
    SandboxExecRequest req = {.command = command};
    SandboxExecResult *r = sandbox_exec_wait(sb, &req);
    if (r->output_len) fwrite(r->output, 1, r->output_len, stdout);
    fflush(stdout);
    int rc;
    if (r->error) {
        fprintf(stderr, "worksim: sandbox: %s\n", r->error);
        rc = EXIT_INFRA;
    } else {
        if (r->output_total > r->output_len)
            fprintf(stderr, "worksim: output truncated: %zu of %zu bytes shown\n", r->output_len, r->output_total);
        if (r->timed_out) fprintf(stderr, "worksim: command killed after %.0f s (time limit)\n", r->seconds);
        rc = r->exit_code;
    }
    sandbox_exec_result_free(r);
    return rc;
}

static int signal_pipe[2] = {-1, -1};

static void on_signal(int sig)
{
    unsigned char c = (unsigned char)sig;
    int saved = errno;
    ssize_t w = write(signal_pipe[1], &c, 1);
    (void)w;
    errno = saved;
}

/* Writes all of data to a non-blocking fd, waiting for room when it is full. */
static bool write_all(int fd, const char *data, size_t len)
{
    while (len > 0) {
        ssize_t w = write(fd, data, len);
        if (w > 0) {
            data += w;
            len -= (size_t)w;
        } else if (w < 0 && (errno == EAGAIN || errno == EINTR)) {
            struct pollfd p = {fd, POLLOUT, 0};
            poll(&p, 1, 1000);
        } else {
            return false;
        }
    }
    return true;
}

static void terminal_size(int *rows, int *cols)
{
    struct winsize ws;
    *rows = 24;
    *cols = 80;
    if (ioctl(STDIN_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row && ws.ws_col) {
        *rows = ws.ws_row;
        *cols = ws.ws_col;
    }
}

/* Copies between the terminal and the shell's pty until the shell ends or a signal asks to stop.
 * The exec trace is read and dropped: unread, it would stall the shell's execs (ns) or hold
 * back the end of its output (vm). */
static void sandbox_cmd_relay(SandboxShell *sh)
{
    int master = sandbox_shell_fd(sh), trace = sandbox_shell_trace_fd(sh);
    bool stdin_open = true;
    char buf[8192];
    for (;;) {
        struct pollfd p[4] = {{master, POLLIN, 0}, {signal_pipe[0], POLLIN, 0},
                              {stdin_open ? STDIN_FILENO : -1, POLLIN, 0}, {trace, POLLIN, 0}};
        if (poll(p, 4, -1) < 0) {
            if (errno == EINTR) continue;
            return;
        }
        if (p[3].revents) {
            ssize_t n = read(trace, buf, sizeof buf);
            if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) trace = -1;   /* ended */
        }
        if (p[1].revents & POLLIN) {
            unsigned char sig;
            while (read(signal_pipe[0], &sig, 1) == 1) {
                if (sig == SIGWINCH) {
                    int rows, cols;
                    terminal_size(&rows, &cols);
                    sandbox_shell_resize(sh, rows, cols);
                } else {
                    return;    /* SIGTERM, SIGHUP: leave, the caller cleans up */
                }
            }
        }
        if (p[0].revents) {
            ssize_t n = read(master, buf, sizeof buf);
            if (n > 0) {
                if (!write_all(STDOUT_FILENO, buf, (size_t)n)) return;
            } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
                return;    /* EIO: the shell and everything on its pty are gone */
            }
        }
        if (stdin_open && p[2].revents) {
            ssize_t n = read(STDIN_FILENO, buf, sizeof buf);
            if (n > 0) {
                if (!write_all(master, buf, (size_t)n)) return;
            } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
                stdin_open = false;
                write_all(master, "\x04", 1);   /* end of input: ^D to the shell */
            }
        }
    }
}

static int sandbox_cmd_shell(Sandbox *sb)
{
    int rows, cols;
    terminal_size(&rows, &cols);
    char *err = NULL;
    SandboxShell *sh = sandbox_shell_open(sb, rows, cols, NULL, NULL, &err);
    if (!sh) {
        fprintf(stderr, "worksim: sandbox shell: %s\n", err ? err : "cannot start");
        free(err);
        return EXIT_INFRA;
    }
    if (pipe(signal_pipe) != 0) {
        sandbox_shell_close(sh);
        fprintf(stderr, "worksim: pipe: %s\n", strerror(errno));
        return EXIT_INFRA;
    }
    for (int i = 0; i < 2; i++) {
        fcntl(signal_pipe[i], F_SETFL, O_NONBLOCK);
        fcntl(signal_pipe[i], F_SETFD, FD_CLOEXEC);
    }
    struct sigaction sa, old_winch, old_term, old_hup;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGWINCH, &sa, &old_winch);
    sigaction(SIGTERM, &sa, &old_term);
    sigaction(SIGHUP, &sa, &old_hup);

    struct termios saved;
    bool raw = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (raw) {
        struct termios t = saved;
        cfmakeraw(&t);
        tcsetattr(STDIN_FILENO, TCSANOW, &t);
    }
    sandbox_cmd_relay(sh);
    if (raw) tcsetattr(STDIN_FILENO, TCSANOW, &saved);

    sigaction(SIGWINCH, &old_winch, NULL);
    sigaction(SIGTERM, &old_term, NULL);
    sigaction(SIGHUP, &old_hup, NULL);
    sandbox_shell_close(sh);
    close(signal_pipe[0]);
    close(signal_pipe[1]);
    signal_pipe[0] = signal_pipe[1] = -1;
    return EXIT_OK;
}

int cmd_sandbox(int argc, char **argv)
{
    if (argc < 1 || strcmp(argv[0], "--help") == 0 || strcmp(argv[0], "-h") == 0) {
        fputs(usage, argc < 1 ? stderr : stdout);
        return argc < 1 ? EXIT_USAGE : EXIT_OK;
    }
    const char *mode = argv[0];
    bool shell = strcmp(mode, "shell") == 0;
    if (!shell && strcmp(mode, "exec") != 0) {
        fprintf(stderr, "worksim sandbox: unknown mode '%s': expected shell or exec\n", mode);
        return EXIT_USAGE;
    }
    SandboxConfig cfg = {.backend = SANDBOX_AUTO};
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(usage, stdout);
            return EXIT_OK;
        }
        if (strcmp(a, "--backend") == 0 || strncmp(a, "--backend=", 10) == 0) {
            const char *v = a[9] == '=' ? a + 10 : (i + 1 < argc ? argv[++i] : NULL);
            if (!v) {
                fprintf(stderr, "worksim sandbox: --backend needs a value: vm or ns\n");
                return EXIT_USAGE;
            }
            if (strcmp(v, "ns") == 0) cfg.backend = SANDBOX_NS;
            else if (strcmp(v, "vm") == 0) cfg.backend = SANDBOX_VM;
            else {
                fprintf(stderr, "worksim sandbox: --backend %s: expected vm or ns\n", v);
                return EXIT_USAGE;
            }
            continue;
        }
        if (a[0] == '-') {
            fprintf(stderr, "worksim sandbox: unknown option '%s' (see worksim sandbox --help)\n", a);
            return EXIT_USAGE;
        }
        break;   /* the command starts here */
    }
    int n_cmd = argc - i;
    if (shell && n_cmd > 0) {
        fprintf(stderr, "worksim sandbox shell: takes no command (use worksim sandbox exec -- CMD)\n");
        return EXIT_USAGE;
    }
    if (!shell && n_cmd == 0) {
        fprintf(stderr, "worksim sandbox exec: missing command: worksim sandbox exec [--] CMD...\n");
        return EXIT_USAGE;
    }
    char *command = shell ? NULL : exec_command_line(n_cmd, argv + i);
    if (command && strlen(command) > SANDBOX_CMD_MAX_BYTES) {
        fprintf(stderr, "worksim sandbox exec: the command is %zu bytes, over the kernel's limit of %d for one "
                        "argument: put it in a script file and run that\n", strlen(command), SANDBOX_CMD_MAX_BYTES);
        free(command);
        return EXIT_USAGE;
    }
    char *err = NULL;
    Sandbox *sb = sandbox_open(&cfg, &err);
    if (!sb) {
        fprintf(stderr, "worksim: sandbox: %s\n", err ? err : "cannot start");
        free(err);
        free(command);
        return EXIT_INFRA;
    }
    int rc = shell ? sandbox_cmd_shell(sb) : sandbox_cmd_exec(sb, command);
    sandbox_close(sb);
    free(command);
    return rc;
}
