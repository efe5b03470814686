/* ns_tree_same.c: is an earlier host copy of a tree (ns_copy.c) still exactly the tree? Compared
 * by bytes, never by times or sizes alone, and without following a link: the same names, the
 * same kinds, the same link targets, the same file bytes, modes and owners. The run's saved
 * workspace (ns_save_tree) is rewritten only when this says no: most saves come after events
 * that changed nothing in the workspace, and a full copy costs an inode per file and folder. */
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

/* Reads exactly len bytes at off; false at EOF or on error. */
static bool read_at(int fd, char *buf, size_t len, off_t off)
{
    while (len > 0) {
        ssize_t n = pread(fd, buf, len, off);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        buf += n;
        len -= (size_t)n;
        off += n;
    }
    return true;
}

bool ns_file_same(int in, const struct stat *st, int old, uid_t uid, gid_t gid)
{
    struct stat ost;
    if (fstat(old, &ost) != 0 || !S_ISREG(ost.st_mode) || ost.st_size != st->st_size ||
        (ost.st_mode & 07777) != (st->st_mode & 0777) || ost.st_uid != uid || ost.st_gid != gid)
        return false;
    char a[16384], b[16384];
    for (off_t off = 0; off < st->st_size;) {
        size_t n = st->st_size - off < (off_t)sizeof a ? (size_t)(st->st_size - off) : sizeof a;
        if (!read_at(in, a, n, off) || !read_at(old, b, n, off) || memcmp(a, b, n) != 0) return false;
        off += (off_t)n;
    }
    char extra;   /* grown since the stat: a copy would hold more */
    return pread(in, &extra, 1, st->st_size) == 0;
}

static int open_dir_at(int dir, const char *name)
{
    return openat(dir, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
}

static bool same_link(int sdir, int odir, const char *name)
{
    char a[PATH_MAX], b[PATH_MAX];
    ssize_t na = readlinkat(sdir, name, a, sizeof a);
    ssize_t nb = readlinkat(odir, name, b, sizeof b);
    return na >= 0 && na == nb && memcmp(a, b, (size_t)na) == 0;
}

static bool same_regular(int sdir, int odir, const char *name, uid_t uid, gid_t gid)
{
    int in = openat(sdir, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    int old = openat(odir, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    struct stat st;
    bool same = in >= 0 && old >= 0 && fstat(in, &st) == 0 && S_ISREG(st.st_mode) &&
                ns_file_same(in, &st, old, uid, gid);
    if (in >= 0) close(in);
    if (old >= 0) close(old);
    return same;
}

static long entries_in(int dir)
{
    int lfd = dup(dir);
    DIR *d = lfd >= 0 ? fdopendir(lfd) : NULL;
    if (!d) {
        if (lfd >= 0) close(lfd);
        return -1;
    }
    long n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) n++;
    closedir(d);
    return n;
}

static bool same_dir(int sdir, int odir, bool keep_links, uid_t uid, gid_t gid, int depth);

/* name in sdir (st: its lstat) against name in odir, as a copy of it would be. */
static bool same_entry(int sdir, int odir, const char *name, const struct stat *st, bool keep_links, uid_t uid,
                       gid_t gid, int depth)
{
    struct stat ost;
    if (fstatat(odir, name, &ost, AT_SYMLINK_NOFOLLOW) != 0 || (st->st_mode & S_IFMT) != (ost.st_mode & S_IFMT))
        return false;
    if (S_ISREG(st->st_mode)) return same_regular(sdir, odir, name, uid, gid);
    if (S_ISLNK(st->st_mode)) return same_link(sdir, odir, name) && ost.st_uid == uid && ost.st_gid == gid;
    /* a copied folder gets the source's mode plus u+rwx and the copy's owner */
    int s2 = open_dir_at(sdir, name), o2 = open_dir_at(odir, name);
    bool same = s2 >= 0 && o2 >= 0 && (ost.st_mode & 07777) == ((st->st_mode & 0777) | 0700) &&
                ost.st_uid == uid && ost.st_gid == gid && same_dir(s2, o2, keep_links, uid, gid, depth + 1);
    if (s2 >= 0) close(s2);
    if (o2 >= 0) close(o2);
    return same;
}

static bool same_dir(int sdir, int odir, bool keep_links, uid_t uid, gid_t gid, int depth)
{
    if (depth > NS_COPY_MAX_DEPTH) return entries_in(odir) == 0;
    int lfd = dup(sdir);
    DIR *d = lfd >= 0 ? fdopendir(lfd) : NULL;
    if (!d) {
        if (lfd >= 0) close(lfd);
        return false;
    }
    bool same = true;
    long copied = 0;   /* entries a copy would hold */
    struct dirent *e;
    while (same && (e = readdir(d)) != NULL) {
        const char *name = e->d_name;
        if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0) continue;
        struct stat st;
        if (fstatat(sdir, name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
            same = false;
            break;
        }
        bool kept = S_ISREG(st.st_mode) || S_ISDIR(st.st_mode) || (S_ISLNK(st.st_mode) && keep_links);
        if (!kept) continue;
        copied++;
        same = same_entry(sdir, odir, name, &st, keep_links, uid, gid, depth);
    }
    closedir(d);
    return same && entries_in(odir) == copied;
}

bool ns_tree_same(const char *src, const char *copy, bool keep_links, uid_t uid, gid_t gid)
{
    int s = open(src, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    int o = open(copy, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    bool same = s >= 0 && o >= 0 && same_dir(s, o, keep_links, uid, gid, 0);
    if (s >= 0) close(s);
    if (o >= 0) close(o);
    return same;
}

/* rel (a validated relative path) in the trees at fds a and b: every parent a real folder in
 * both (never a link) that its owner may write and enter, and what lies at rel the same in
 * both (both absent, or the same kind, link target, bytes, modes, owners and, for a folder,
 * everything below it). */
static bool same_path(int a, int b, const char *rel, uid_t uid, gid_t gid)
{
    char *path = xstrdup(rel);
    int da = dup(a), db = dup(b);
    bool same = da >= 0 && db >= 0;
    char *name = path;
    for (char *slash; same && (slash = strchr(name, '/')) != NULL; name = slash + 1) {
        *slash = '\0';
        int na = open_dir_at(da, name), nb = open_dir_at(db, name);
        struct stat sa;
        same = na >= 0 && nb >= 0 && fstat(na, &sa) == 0 && (sa.st_mode & S_IRWXU) == S_IRWXU;
        close(da);
        close(db);
        da = na;
        db = nb;
    }
    if (same) {
        struct stat st, ost;
        bool in_a = fstatat(da, name, &st, AT_SYMLINK_NOFOLLOW) == 0;
        bool gone_a = !in_a && errno == ENOENT;
        bool in_b = fstatat(db, name, &ost, AT_SYMLINK_NOFOLLOW) == 0;
        bool gone_b = !in_b && errno == ENOENT;
        if (!in_a || !in_b) same = gone_a && gone_b;
        else same = (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode) || S_ISLNK(st.st_mode)) &&
                    same_entry(da, db, name, &st, true, uid, gid, 0);
    }
    if (da >= 0) close(da);
    if (db >= 0) close(db);
    free(path);
    return same;
}

bool ns_paths_same(const char *tree, const char *base, char *const *paths, int n, uid_t uid, gid_t gid)
{
    int t = open(tree, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    int b = open(base, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    bool same = t >= 0 && b >= 0;
    for (int i = 0; same && i < n; i++) same = paths[i] && *paths[i] && same_path(t, b, paths[i], uid, gid);
    if (t >= 0) close(t);
    if (b >= 0) close(b);
    return same;
}
