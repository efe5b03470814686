/* agent_copy.c: tree copy and removal inside the guest, done by the agent itself (spawning
 * cp/find/rm costs ~50 ms each under TCG). Copies directories, regular files and symlinks
 * (as links, never followed) with mode, owner and times; FIFOs, sockets and devices are
 * skipped, as are levels deeper than AGENT_COPY_DEPTH (a learner's deep tree must not fail a
 * check). Used to fill /workspace at boot, for each check's throwaway copy and for the base
 * (recorded from /workspace, or a resumed run's saved one from the initrd). */
#define _GNU_SOURCE
#include "sandbox/guest/agent.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { AGENT_COPY_DEPTH = 64 };

static int copy_file(int sdir, int ddir, const char *name, const struct stat *st)
{
    int in = openat(sdir, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (in < 0) return errno == EACCES ? 0 : -1;
    int out = openat(ddir, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    int rc = out < 0 ? -1 : 0;
    char buf[65536];
    while (rc == 0) {
        ssize_t n = read(in, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            rc = n < 0 ? -1 : 0;
            break;
        }
        for (ssize_t off = 0; off < n && rc == 0;) {
            ssize_t w = write(out, buf + off, (size_t)(n - off));
            if (w < 0 && errno == EINTR) continue;
            if (w <= 0) rc = -1;
            else off += w;
        }
    }
    if (out >= 0) {
        fchown(out, st->st_uid, st->st_gid);
        fchmod(out, st->st_mode & 07777);
        struct timespec t[2] = {st->st_atim, st->st_mtim};
        futimens(out, t);
        close(out);
    }
    close(in);
    return rc;
}

static int copy_dir(int sdir, int ddir, int depth)
{
    if (depth > AGENT_COPY_DEPTH) return 0;
    int lfd = dup(sdir);
    DIR *d = lfd >= 0 ? fdopendir(lfd) : NULL;
    if (!d) {
        if (lfd >= 0) close(lfd);
        return -1;
    }
    int rc = 0;
    struct dirent *e;
    while (rc == 0 && (e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        struct stat st;
        if (fstatat(sdir, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) continue;
        if (S_ISREG(st.st_mode)) {
            rc = copy_file(sdir, ddir, e->d_name, &st);
        } else if (S_ISLNK(st.st_mode)) {
            char target[4096];
            ssize_t n = readlinkat(sdir, e->d_name, target, sizeof target - 1);
            if (n < 0) continue;
            target[n] = 0;
            if (symlinkat(target, ddir, e->d_name) == 0)
                fchownat(ddir, e->d_name, st.st_uid, st.st_gid, AT_SYMLINK_NOFOLLOW);
        } else if (S_ISDIR(st.st_mode)) {
            if (mkdirat(ddir, e->d_name, 0700) != 0) {
                rc = -1;
                break;
            }
            int s2 = openat(sdir, e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            int d2 = openat(ddir, e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (s2 >= 0 && d2 >= 0) rc = copy_dir(s2, d2, depth + 1);
            if (d2 >= 0) {
                fchown(d2, st.st_uid, st.st_gid);
                fchmod(d2, st.st_mode & 07777);
                struct timespec t[2] = {st.st_atim, st.st_mtim};
                futimens(d2, t);
                close(d2);
            }
            if (s2 >= 0) close(s2);
        }   /* FIFOs, sockets, devices: skipped */
    }
    closedir(d);
    return rc;
}

int agent_copy_tree(const char *src, const char *dst)
{
    int s = open(src, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    int d = open(dst, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    int rc = s >= 0 && d >= 0 ? copy_dir(s, d, 0) : -1;
    if (s >= 0) close(s);
    if (d >= 0) close(d);
    return rc;
}

static void remove_in(int dir)
{
    int lfd = dup(dir);
    DIR *d = lfd >= 0 ? fdopendir(lfd) : NULL;
    if (!d) {
        if (lfd >= 0) close(lfd);
        return;
    }
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        if (unlinkat(dir, e->d_name, 0) == 0) continue;
        int sub = openat(dir, e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (sub >= 0) {
            remove_in(sub);
            close(sub);
        }
        unlinkat(dir, e->d_name, AT_REMOVEDIR);
    }
    closedir(d);
}

void agent_remove_tree(const char *path)
{
    int fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd >= 0) {
        remove_in(fd);
        close(fd);
    }
    rmdir(path);
}

int agent_record_base(const char *src)
{
    agent_remove_tree(AGENT_BASE);
    if (mkdir(AGENT_BASE, 0755) < 0) return errno;
    if (agent_copy_tree(src, AGENT_BASE) != 0) return errno ? errno : EIO;
    mkdir("/base", 0755);   /* the mount point check jobs bind it on */
    return 0;
}
