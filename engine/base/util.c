/* util.c: allocation, buffer, file and clock helpers (see util.h).
 * Out-of-memory aborts: the engine cannot do anything useful without memory. */
#define _GNU_SOURCE
#include "base/util.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static void die_oom(void)
{
    fputs("worksim: out of memory\n", stderr);
    abort();
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) die_oom();
    return p;
}

void *xcalloc(size_t count, size_t n)
{
    void *p = calloc(count ? count : 1, n ? n : 1);
    if (!p) die_oom();
    return p;
}

void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) die_oom();
    return q;
}

char *xstrdup(const char *s)
{
    if (!s) return NULL;
    return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
    size_t len = strnlen(s, n);
    char *p = xmalloc(len + 1);
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *xvasprintf(const char *fmt, va_list ap)
{
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    if (n < 0) die_oom();
    char *p = xmalloc((size_t)n + 1);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    return p;
}

char *xasprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *p = xvasprintf(fmt, ap);
    va_end(ap);
    return p;
}

static void buf_reserve(Buf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap) return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra + 1) cap *= 2;
    b->data = xrealloc(b->data, cap);
    b->cap = cap;
}

void buf_append(Buf *b, const void *data, size_t n)
{
    buf_reserve(b, n);
    if (n) memcpy(b->data + b->len, data, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void buf_puts(Buf *b, const char *s) { buf_append(b, s, strlen(s)); }

void buf_put_shell_quoted(Buf *b, const char *word)
{
    buf_puts(b, "'");
    for (const char *p = word; *p; p++) {
        if (*p == '\'') buf_puts(b, "'\\''");
        else buf_append(b, p, 1);
    }
    buf_puts(b, "'");
}

void buf_printf(Buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = xvasprintf(fmt, ap);
    va_end(ap);
    buf_puts(b, s);
    free(s);
}

char *buf_steal(Buf *b)
{
    char *s = b->data ? b->data : xstrdup("");
    b->data = NULL;
    b->len = b->cap = 0;
    return s;
}

void buf_free(Buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

bool util_is_regular_file(const char *path, char **err)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);   /* a FIFO must not wait for a writer */
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
        if (err) *err = xasprintf("%s: %s", path, strerror(errno));
        if (fd >= 0) close(fd);
        return false;
    }
    close(fd);
    if (S_ISREG(st.st_mode)) return true;
    const char *what = S_ISFIFO(st.st_mode) ? "a fifo" : S_ISDIR(st.st_mode) ? "a folder" : S_ISSOCK(st.st_mode) ? "a socket"
                     : S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? "a device" : "a special file";
    if (err) *err = xasprintf("%s: not a regular file (%s)", path, what);
    return false;
}

char *util_read_file(const char *path, size_t *len_out, char **err)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);   /* never blocks on a FIFO */
    if (fd < 0) {
        if (err) *err = xasprintf("%s: %s", path, strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        if (err) *err = xasprintf("%s: not a regular file", path);
        close(fd);
        return NULL;
    }
    Buf b = {0};
    char chunk[65536];
    for (;;) {
        ssize_t n = read(fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            if (err) *err = xasprintf("%s: %s", path, strerror(errno));
            close(fd);
            buf_free(&b);
            return NULL;
        }
        if (n == 0) break;
        buf_append(&b, chunk, (size_t)n);
    }
    close(fd);
    if (len_out) *len_out = b.len;
    return buf_steal(&b);
}

bool util_write_file(const char *path, const char *data, size_t len, char **err)
{
    char *tmp = xasprintf("%s.tmp.%ld", path, (long)getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    bool ok = fd >= 0;
    size_t off = 0;
    while (ok && off < len) {
        ssize_t n = write(fd, data + off, len - off);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) ok = false;
        else off += (size_t)n;
    }
    if (fd >= 0 && close(fd) != 0) ok = false;
    if (ok && rename(tmp, path) != 0) ok = false;
    if (!ok) {
        if (err) *err = xasprintf("%s: %s", path, strerror(errno));
        unlink(tmp);
    }
    free(tmp);
    return ok;
}

double util_monotonic_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

double util_wall_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int remove_entry(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
    (void)st;
    (void)ftw;
    if (type == FTW_DP) return rmdir(path) == 0 || errno == ENOENT ? 0 : -1;
    return unlink(path) == 0 || errno == ENOENT ? 0 : -1;
}

static int open_up_dir(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
    (void)ftw;
    if ((type == FTW_D || type == FTW_DNR) && (st->st_mode & 0700) != 0700) chmod(path, 0700);
    return 0;
}

bool util_remove_tree(const char *path)
{
    /* Sandboxed code may have left directories unreadable: open them up, then delete
     * depth-first. FTW_PHYS never follows a symlink planted in the tree. */
    nftw(path, open_up_dir, 32, FTW_PHYS | FTW_MOUNT);
    return nftw(path, remove_entry, 32, FTW_DEPTH | FTW_PHYS | FTW_MOUNT) == 0;
}

char *util_make_temp_dir(const char *prefix, char **err)
{
    const char *base = getenv("TMPDIR");
    if (!base || !*base) base = "/tmp";
    char *templ = xasprintf("%s/%s-XXXXXX", base, prefix);
    if (!mkdtemp(templ)) {
        if (err) *err = xasprintf("%s: %s", templ, strerror(errno));
        free(templ);
        return NULL;
    }
    return templ;
}
