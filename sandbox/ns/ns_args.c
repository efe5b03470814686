/* ns_args.c: the bubblewrap option list for one sandboxed process (DESIGN §5, reference
 * sandbox.md part 2a). The list travels in a sealed memfd through `--args FD`, so
 * /proc/1/cmdline inside shows no host paths; only the command itself stays on argv. */
#define _GNU_SOURCE
#include "sandbox/ns/ns.h"

#include "base/util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

void ns_args_add(NsArgs *a, const char *s)
{
    if (a->n == a->cap) {
        a->cap = a->cap ? a->cap * 2 : 64;
        a->v = xrealloc(a->v, (size_t)a->cap * sizeof *a->v);
    }
    a->v[a->n++] = xstrdup(s);
}

void ns_args_free(NsArgs *a)
{
    for (int i = 0; i < a->n; i++) free(a->v[i]);
    free(a->v);
    a->v = NULL;
    a->n = a->cap = 0;
}

static void add2(NsArgs *a, const char *x, const char *y)
{
    ns_args_add(a, x);
    ns_args_add(a, y);
}

static void add3(NsArgs *a, const char *x, const char *y, const char *z)
{
    ns_args_add(a, x);
    ns_args_add(a, y);
    ns_args_add(a, z);
}

/* Adds --setenv for a "NAME=value" string; silently skips malformed entries. */
static void add_env_pair(NsArgs *a, const char *pair)
{
    const char *eq = strchr(pair, '=');
    if (!eq || eq == pair) return;
    char *name = xstrndup(pair, (size_t)(eq - pair));
    add3(a, "--setenv", name, eq + 1);
    free(name);
}

void ns_args_build(NsArgs *a, const NsSandbox *sb, const NsRunSpec *spec)
{
    char num[32];
    /* Namespaces and identity. */
    ns_args_add(a, "--unshare-all");
    ns_args_add(a, "--unshare-user");
    ns_args_add(a, "--disable-userns");
    add2(a, "--hostname", "sandbox");
    add2(a, "--uid", spec->as_root ? "0" : "1000");
    add2(a, "--gid", spec->as_root ? "0" : "1000");
    ns_args_add(a, "--die-with-parent");
    ns_args_add(a, "--new-session");
    /* Our own non-dumpable init replaces bwrap's reaper (ns_init.c; ns_spawn adds it to argv). */
    if (sb->has_init) ns_args_add(a, "--as-pid-1");

    /* File system: read-only system folders, fresh /proc, /dev, /tmp, a minimal /etc. */
    add3(a, "--ro-bind", "/usr", "/usr");
    add3(a, "--symlink", "usr/bin", "/bin");
    add3(a, "--symlink", "usr/sbin", "/sbin");
    add3(a, "--symlink", "usr/lib", "/lib");
    add3(a, "--symlink", "usr/lib64", "/lib64");
    add2(a, "--proc", "/proc");
    /* tmpfs pages are host RAM outside RLIMIT_AS: cap /tmp and /dev/shm, freeze the rest
     * of /dev (device nodes still work on a read-only mount). */
    add2(a, "--dev", "/dev");
    snprintf(num, sizeof num, "%lld", NS_SHM_BYTES);
    add2(a, "--size", num);
    add2(a, "--tmpfs", "/dev/shm");
    add2(a, "--remount-ro", "/dev");
    if (spec->tmpfs_dir) {         /* prepared by the host, also capped in inodes (ns_tmpfs.c) */
        char *tmp = xasprintf("%s/tmp", spec->tmpfs_dir);
        add3(a, "--bind", tmp, "/tmp");
        free(tmp);
    } else {
        snprintf(num, sizeof num, "%lld", NS_TMP_BYTES);
        add2(a, "--size", num);
        add2(a, "--tmpfs", "/tmp");
    }
    /* The sandbox's own etc (passwd, group and empty mount points) in one bind: every bind
     * makes bwrap parse the whole mount table, so fewer binds start faster. */
    add3(a, "--ro-bind", sb->etc, "/etc");
    /* Debian's /usr/bin/awk, editor, ... are symlinks through /etc/alternatives. */
    add3(a, "--ro-bind-try", "/etc/alternatives", "/etc/alternatives");
    if (spec->rcfile_host) add3(a, "--ro-bind", spec->rcfile_host, "/etc/worksim/bashrc");
    add3(a, "--bind", spec->workspace, "/workspace");
    if (spec->base) add3(a, "--ro-bind", spec->base, "/base");
    if (spec->checks) add3(a, "--ro-bind", spec->checks, "/checks");
    add2(a, "--remount-ro", "/");      /* the root tmpfs (/, /etc) becomes read-only */
    add2(a, "--chdir", "/workspace");

    /* Environment: nothing from the host. */
    ns_args_add(a, "--clearenv");
    add3(a, "--setenv", "PATH", "/usr/bin:/bin");
    add3(a, "--setenv", "HOME", spec->home ? spec->home : "/workspace");
    add3(a, "--setenv", "USER", spec->as_root ? "root" : "learner");
    add3(a, "--setenv", "LOGNAME", spec->as_root ? "root" : "learner");
    add3(a, "--setenv", "LANG", "C.UTF-8");
    add3(a, "--setenv", "TERM", spec->term ? spec->term : "dumb");
    for (const char *const *e = spec->env_extra; e && *e; e++) add_env_pair(a, *e);

    snprintf(num, sizeof num, "%d", spec->seccomp_fd);
    add2(a, "--seccomp", num);
    if (spec->status_fd >= 0) {
        snprintf(num, sizeof num, "%d", spec->status_fd);
        add2(a, "--json-status-fd", num);
    }
}

int ns_args_memfd(const NsArgs *a)
{
    int fd = memfd_create("worksim-bwrap-args", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    if (fd < 0) return -1;
    Buf b = {0};
    for (int i = 0; i < a->n; i++) buf_append(&b, a->v[i], strlen(a->v[i]) + 1);
    size_t off = 0;
    while (off < b.len) {
        ssize_t w = write(fd, b.data + off, b.len - off);
        if (w < 0) {
            if (errno == EINTR) continue;
            int e = errno;
            buf_free(&b);
            close(fd);
            errno = e;
            return -1;
        }
        off += (size_t)w;
    }
    buf_free(&b);
    fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL);
    if (lseek(fd, 0, SEEK_SET) < 0) {
        int e = errno;
        close(fd);
        errno = e;
        return -1;
    }
    return fd;
}
