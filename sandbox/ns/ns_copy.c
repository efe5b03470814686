/* ns_copy.c: copies a directory tree on the host without ever following a link: every step
 * is an openat relative to an already-open directory with O_NOFOLLOW, and every opened file
 * is re-checked with fstat, so a symlink, FIFO or device planted (or swapped in) by sandboxed
 * code is skipped, never read through. Used for the workspace copy and check scratch copies.
 * A copy that replaces an earlier one (the run's saved workspace, ns_save_tree) hard-links
 * the earlier copy's files whose bytes, mode and owner are exactly the source's: creating
 * and deleting every inode again on each save was most of a run's engine CPU. */
#define _GNU_SOURCE
#include "sandbox/ns/ns.h"

#include "base/util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct CopyCtx {
    bool keep_links;
    int reused;             /* files linked from it instead of written again */
    bool chown_to;
    uid_t uid;
    gid_t gid;
    int skipped;
    char *err;
} CopyCtx;

static bool fail(CopyCtx *c, const char *what, const char *name)
{
    if (!c->err) c->err = xasprintf("copying workspace: %s %s: %s", what, name, strerror(errno));
    return false;
}

static bool copy_bytes(int in, int out)
{
    for (;;) {
        ssize_t n = copy_file_range(in, NULL, out, NULL, 1 << 20, 0);
        if (n == 0) return true;
        if (n > 0) continue;
        if (errno == EINTR) continue;
        if (errno != EXDEV && errno != EINVAL && errno != ENOSYS && errno != EOPNOTSUPP) return false;
        break;
    }
    char buf[65536];
    for (;;) {
        ssize_t n = read(in, buf, sizeof buf);
        if (n == 0) return true;
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        for (ssize_t off = 0; off < n;) {
            ssize_t w = write(out, buf + off, (size_t)(n - off));
            if (w < 0) {
                if (errno == EINTR) continue;
                return false;
            }
            off += w;
        }
    }
}

/* Links name from the earlier copy odir into ddir when it holds the same file; false when
 * it does not (then the caller copies). */
static bool link_unchanged(CopyCtx *c, int in, const struct stat *st, int odir, int ddir, const char *name)
{
    if (odir < 0) return false;
    int old = openat(odir, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (old < 0) return false;
    bool same = ns_file_same(in, st, old, c->chown_to ? c->uid : geteuid(), c->chown_to ? c->gid : getegid());
    close(old);
    if (!same || linkat(odir, name, ddir, name, 0) != 0) return false;
    c->reused++;
    return true;
}

static bool copy_file(CopyCtx *c, int sdir, int ddir, int odir, const char *name)
{
    int in = openat(sdir, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (in < 0) {
        if (errno == ELOOP) { c->skipped++; return true; } /* swapped for a symlink */
        return fail(c, "open", name);
    }
    struct stat st;
    if (fstat(in, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(in);
        c->skipped++;
        return true;
    }
    if (link_unchanged(c, in, &st, odir, ddir, name)) {
        close(in);
        return true;
    }
    int out = openat(ddir, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, st.st_mode & 0777);
    if (out < 0) {
        close(in);
        return fail(c, "create", name);
    }
    bool ok = copy_bytes(in, out);
    if (ok && c->chown_to && fchown(out, c->uid, c->gid) != 0) ok = false;
    if (ok) fchmod(out, st.st_mode & 0777);
    if (!ok) fail(c, "write", name);
    close(in);
    close(out);
    return ok;
}

static bool copy_link(CopyCtx *c, int sdir, int ddir, const char *name)
{
    char target[PATH_MAX];
    ssize_t n = readlinkat(sdir, name, target, sizeof target - 1);
    if (n < 0) return fail(c, "readlink", name);
    target[n] = '\0';
    if (symlinkat(target, ddir, name) != 0) return fail(c, "symlink", name);
    if (c->chown_to && fchownat(ddir, name, c->uid, c->gid, AT_SYMLINK_NOFOLLOW) != 0)
        return fail(c, "chown", name);
    return true;
}

/* odir: the same folder in the earlier copy, or -1. */
static bool copy_dir(CopyCtx *c, int sdir, int ddir, int odir, int depth)
{
    if (depth > NS_COPY_MAX_DEPTH) {   /* skipped, not failed: a learner's deep tree must not */
        c->skipped++;               /* turn their checks into infrastructure errors */
        return true;
    }
    int lfd = dup(sdir);
    DIR *d = lfd >= 0 ? fdopendir(lfd) : NULL;
    if (!d) {
        if (lfd >= 0) close(lfd);
        return fail(c, "list", ".");
    }
    bool ok = true;
    struct dirent *e;
    while (ok && (e = readdir(d)) != NULL) {
        const char *name = e->d_name;
        if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0) continue;
        struct stat st;
        if (fstatat(sdir, name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
            ok = fail(c, "stat", name);
            break;
        }
        if (S_ISREG(st.st_mode)) {
            ok = copy_file(c, sdir, ddir, odir, name);
        } else if (S_ISDIR(st.st_mode)) {
            if (mkdirat(ddir, name, 0700) != 0) {
                ok = fail(c, "mkdir", name);
                break;
            }
            int s2 = openat(sdir, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            int d2 = openat(ddir, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            int o2 = odir >= 0 ? openat(odir, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC) : -1;
            if (s2 < 0 && errno == ELOOP) {
                c->skipped++;
            } else if (s2 < 0 || d2 < 0) {
                ok = fail(c, "open dir", name);
            } else {
                ok = copy_dir(c, s2, d2, o2, depth + 1);
                if (ok && c->chown_to && fchown(d2, c->uid, c->gid) != 0) ok = fail(c, "chown", name);
                if (ok) fchmod(d2, (st.st_mode & 0777) | 0700);
            }
            if (s2 >= 0) close(s2);
            if (d2 >= 0) close(d2);
            if (o2 >= 0) close(o2);
        } else if (S_ISLNK(st.st_mode) && c->keep_links) {
            ok = copy_link(c, sdir, ddir, name);
        } else {
            c->skipped++;
        }
    }
    closedir(d);
    return ok;
}

bool ns_copy_tree(const char *src, const char *dst, bool keep_links, bool chown_to, uid_t uid,
                  gid_t gid, int *skipped, char **err)
{
    return ns_copy_tree_reusing(src, dst, NULL, keep_links, chown_to, uid, gid, skipped, NULL, err);
}

bool ns_copy_tree_reusing(const char *src, const char *dst, const char *earlier, bool keep_links, bool chown_to,
                          uid_t uid, gid_t gid, int *skipped, int *reused, char **err)
{
    CopyCtx c = {.keep_links = keep_links, .chown_to = chown_to, .uid = uid, .gid = gid};
    int s = open(src, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (s < 0) {
        *err = xasprintf("workspace %s: %s", src, strerror(errno));
        return false;
    }
    int d = open(dst, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (d < 0) {
        *err = xasprintf("%s: %s", dst, strerror(errno));
        close(s);
        return false;
    }
    int o = earlier ? open(earlier, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC) : -1;
    bool ok = copy_dir(&c, s, d, o, 0);
    close(s);
    close(d);
    if (o >= 0) close(o);
    if (skipped) *skipped = c.skipped;
    if (reused) *reused = c.reused;
    if (!ok) {
        *err = c.err ? c.err : xstrdup("copying workspace failed");
    } else {
        free(c.err);
    }
    return ok;
}

static long long tree_bytes_at(int dir, long long limit, long long total, int depth)
{
    int lfd = dup(dir);
    DIR *d = lfd >= 0 ? fdopendir(lfd) : NULL;
    if (!d) {
        if (lfd >= 0) close(lfd);
        return -1;
    }
    struct dirent *e;
    while (total >= 0 && total <= limit && (e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        struct stat st;
        if (fstatat(dir, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) continue;
        if (S_ISREG(st.st_mode)) {
            total += st.st_size;
        } else if (S_ISDIR(st.st_mode) && depth < NS_COPY_MAX_DEPTH) {
            int sub = openat(dir, e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (sub >= 0) {
                total = tree_bytes_at(sub, limit, total, depth + 1);
                close(sub);
            }
        }
    }
    closedir(d);
    return total;
}

long long ns_tree_bytes(const char *src, long long limit)
{
    int s = open(src, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (s < 0) return -1;
    long long total = tree_bytes_at(s, limit, 0, 0);
    close(s);
    return total;
}
