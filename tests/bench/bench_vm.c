/* bench_vm.c: the vm sandbox against the ns one, side by side: sandbox_open (the VM boots in
 * the background) and open to the first command done (boot to agent ready; median of
 * BOOTS), exec and check round trips of `true` (median of 20), PTY echo latency (one key
 * to its echo, median of 20), and memory per VM (RSS of qemu + virtiofsd). Needs the guest
 * image (scripts/build-guest.sh); says so and exits 0 without it. Goals (issue 3): TCG boot
 * <= 3 s, KVM <= 300 ms, exec round trip <= 20 ms. */
#define _GNU_SOURCE
#include "testlib.h"

#include "sandbox/sandbox.h"
#include "base/util.h"

#include <dirent.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define BOOTS 10
#define ROUNDS 20

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, compare_doubles);
    return v[n / 2];
}

/* Sum of VmRSS (kB) of processes whose comm starts with prefix and that run as a uid of this
 * process's VMs (see sandbox/vm/vm_sandbox.c) or, unprivileged, as us. */
static long rss_kb(const char *prefix)
{
    long total = 0;
    unsigned long base = 0x60000000ul + ((unsigned long)getpid() % (1ul << 22)) * 64;
    DIR *d = opendir("/proc");
    struct dirent *e;
    while (d && (e = readdir(d))) {
        if (e->d_name[0] < '0' || e->d_name[0] > '9') continue;
        char path[300], line[256];
        snprintf(path, sizeof path, "/proc/%s/status", e->d_name);
        FILE *f = fopen(path, "re");
        bool match = false, mine = false;
        long rss = 0;
        while (f && fgets(line, sizeof line, f)) {
            if (strncmp(line, "Name:", 5) == 0) match = strncmp(line + 6, prefix, strlen(prefix)) == 0;
            if (strncmp(line, "Uid:", 4) == 0) {
                unsigned long uid = strtoul(line + 4, NULL, 10);
                mine = geteuid() == 0 ? uid >= base && uid < base + 64 : uid == (unsigned long)getuid();
            }
            if (strncmp(line, "VmRSS:", 6) == 0) rss = strtol(line + 6, NULL, 10);
        }
        if (f) fclose(f);
        if (match && mine) total += rss;
    }
    if (d) closedir(d);
    return total;
}

typedef struct Figures {
    double open_s, first_s, exec_ms, check_ms, echo_ms;
    long qemu_kb, fs_kb;
} Figures;

static bool measure(SandboxBackend backend, int opens, Figures *fig)
{
    double t[BOOTS > ROUNDS ? BOOTS : ROUNDS], first_t[BOOTS];
    Sandbox *sb = NULL;
    for (int i = 0; i < opens; i++) {
        SandboxConfig cfg = {.backend = backend};
        char *err = NULL;
        double t0 = util_monotonic_seconds();
        Sandbox *s = sandbox_open(&cfg, &err);
        t[i] = util_monotonic_seconds() - t0;
        if (!s) {
            fprintf(stderr, "bench_vm: open: %s\n", err ? err : "?");
            free(err);
            return false;
        }
        SandboxExecRequest first = {.command = "true"};
        SandboxExecResult *r = sandbox_exec_wait(s, &first);   /* waits for the boot */
        first_t[i] = util_monotonic_seconds() - t0;
        bool failed = r->error != NULL;
        if (failed) fprintf(stderr, "bench_vm: first exec: %s\n", r->error);
        sandbox_exec_result_free(r);
        if (failed) {
            sandbox_close(s);
            return false;
        }
        if (i + 1 < opens) sandbox_close(s);
        else sb = s;
    }
    fig->open_s = median(t, opens);
    fig->first_s = median(first_t, opens);
    for (int i = 0; i < ROUNDS; i++) {
        SandboxExecRequest req = {.command = "true"};
        double t0 = util_monotonic_seconds();
        SandboxExecResult *r = sandbox_exec_wait(sb, &req);
        t[i] = (util_monotonic_seconds() - t0) * 1000;
        sandbox_exec_result_free(r);
    }
    fig->exec_ms = median(t, ROUNDS);
    for (int i = 0; i < ROUNDS; i++) {   /* a check: throwaway copy of the workspace first */
        SandboxExecRequest req = {.command = "true", .check = true};
        double t0 = util_monotonic_seconds();
        SandboxExecResult *r = sandbox_exec_wait(sb, &req);
        t[i] = (util_monotonic_seconds() - t0) * 1000;
        sandbox_exec_result_free(r);
    }
    fig->check_ms = median(t, ROUNDS);
    char *err = NULL;
    SandboxShell *sh = sandbox_shell_open(sb, 24, 80, NULL, "PS1='$ '\n", &err);
    free(err);
    int fd = sandbox_shell_fd(sh);
    char buf[4096];
    double end = util_monotonic_seconds() + 20;   /* wait for the first prompt */
    Buf seen = {0};
    while (sh && !(seen.data && strstr(seen.data, "$ ")) && util_monotonic_seconds() < end) {
        struct pollfd p = {fd, POLLIN, 0};
        if (poll(&p, 1, 100) > 0) {
            ssize_t n = read(fd, buf, sizeof buf);
            if (n > 0) buf_append(&seen, buf, (size_t)n);
        }
    }
    buf_free(&seen);
    int got = 0;
    for (int i = 0; sh && i < ROUNDS; i++) {
        char key = (char)('a' + i % 26);
        double t0 = util_monotonic_seconds();
        if (write(fd, &key, 1) != 1) break;
        bool echoed = false;
        while (!echoed && util_monotonic_seconds() - t0 < 5) {
            struct pollfd p = {fd, POLLIN, 0};
            if (poll(&p, 1, 100) <= 0) continue;
            ssize_t n = read(fd, buf, sizeof buf);
            for (ssize_t k = 0; k < n; k++) echoed |= buf[k] == key;
        }
        if (echoed) t[got++] = (util_monotonic_seconds() - t0) * 1000;
    }
    fig->echo_ms = got ? median(t, got) : -1;
    fig->qemu_kb = rss_kb("qemu-system");
    fig->fs_kb = rss_kb("virtiofsd");
    sandbox_shell_close(sh);
    sandbox_close(sb);
    return true;
}

int main(void)
{
    Figures vm = {0}, ns = {0};
    if (!measure(SANDBOX_NS, BOOTS, &ns)) return 1;
    if (!measure(SANDBOX_VM, BOOTS, &vm)) {
        printf("vm: not measured (see above; scripts/build-guest.sh builds the guest image)\n");
        return 0;
    }
    printf("| figure | ns | vm |\n|---|---|---|\n");
    printf("| sandbox_open returns (median of %d) | %.1f ms | %.0f ms |\n", BOOTS, ns.open_s * 1000, vm.open_s * 1000);
    printf("| open to first command done, i.e. boot to agent ready (median of %d) | %.1f ms | %.0f ms |\n", BOOTS,
           ns.first_s * 1000, vm.first_s * 1000);
    printf("| exec round trip of true (median of %d) | %.1f ms | %.1f ms |\n", ROUNDS, ns.exec_ms, vm.exec_ms);
    printf("| check round trip of true, empty workspace (median of %d) | %.1f ms | %.1f ms |\n", ROUNDS, ns.check_ms,
           vm.check_ms);
    printf("| PTY key echo (median of %d) | %.2f ms | %.2f ms |\n", ROUNDS, ns.echo_ms, vm.echo_ms);
    printf("| memory per sandbox (RSS) | - | qemu %ld MB + virtiofsd %ld MB |\n", vm.qemu_kb / 1024, vm.fs_kb / 1024);
    return 0;
}
