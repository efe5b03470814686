/* ns_init_copy.c: gets worksim-ns-init (ns_init.c) into each sandbox. It must be inside the
 * sandbox's etc folder, which bwrap binds as /etc in one go: a bind of its own would cost bwrap
 * a parse of the whole mount table on every run (~0.4 ms), and the engine reads the original,
 * so it may sit where the sandbox uid could not reach it (a build tree in a private home). */
#define _GNU_SOURCE
#include "sandbox/ns/ns.h"

#include "base/util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Copies src to a new file dst (mode 0755); false (and no dst) on failure. */
static bool copy_executable(const char *src, const char *dst)
{
    int in = open(src, O_RDONLY | O_CLOEXEC);
    int out = in >= 0 ? open(dst, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0755) : -1;
    bool ok = out >= 0;
    while (ok) {
        ssize_t n = copy_file_range(in, NULL, out, NULL, 1 << 20, 0);
        if (n == 0) break;
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {   /* e.g. EXDEV on old kernels: plain copy */
            char buf[65536];
            ssize_t r;
            while (ok && (r = read(in, buf, sizeof buf)) > 0) ok = write(out, buf, (size_t)r) == r;
            ok = ok && r == 0;
            break;
        }
    }
    ok = ok && fchmod(out, 0755) == 0;
    if (in >= 0) close(in);
    if (out >= 0 && close(out) != 0) ok = false;
    if (!ok && out >= 0) unlink(dst);
    return ok;
}

/* One copy of worksim-ns-init per engine process, in the temp folder next to the sandbox
 * folders, so that each sandbox only hard-links it into its etc (copying 0.8 MB took ~0.9 ms
 * per open; a link costs nothing measurable, and a bind of its own costs bwrap ~0.4 ms per
 * run). Removed at exit; copies left by engines that died are removed by the next one. */
static char *init_copy;
static pid_t init_copy_owner;
static pthread_once_t init_copy_once = PTHREAD_ONCE_INIT;

static void remove_init_copy_at(const char *dir)
{
    char *file = xasprintf("%s/init", dir);
    unlink(file);
    rmdir(dir);
    free(file);
}

static void remove_init_copy(void)
{
    if (!init_copy || getpid() != init_copy_owner) return;   /* a forked child's exit() */
    char *dir = xstrdup(init_copy);
    *strrchr(dir, '/') = '\0';
    remove_init_copy_at(dir);
    free(dir);
}

static void make_init_copy(void)
{
    const char *src = ns_init_path();
    const char *base = getenv("TMPDIR");
    if (!base || !*base) base = "/tmp";
    if (!src) return;
    DIR *d = opendir(base);
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL) {
        int pid = 0;
        if (sscanf(e->d_name, "worksim-init-%d-", &pid) != 1 || pid <= 0 || kill(pid, 0) == 0 || errno != ESRCH) continue;
        char *stale = xasprintf("%s/%s", base, e->d_name);
        remove_init_copy_at(stale);
        free(stale);
    }
    if (d) closedir(d);
    char prefix[64];
    snprintf(prefix, sizeof prefix, "worksim-init-%d", (int)getpid());
    char *dir = util_make_temp_dir(prefix, NULL);
    if (!dir) return;
    chmod(dir, 0711);
    char *dst = xasprintf("%s/init", dir);
    if (copy_executable(src, dst)) {
        init_copy = dst;
        init_copy_owner = getpid();
        atexit(remove_init_copy);
    } else {
        free(dst);
        rmdir(dir);
    }
    free(dir);
}

bool ns_init_place(const char *etc)
{
    pthread_once(&init_copy_once, make_init_copy);
    const char *src = ns_init_path();
    if (!src) return false;
    char *dst = xasprintf("%s/worksim/init", etc);
    bool ok = (init_copy && link(init_copy, dst) == 0) || copy_executable(src, dst);
    free(dst);
    return ok;
}
