/* ns_files.c: the host reading and writing files of a live workspace (run:read, run:write,
 * colleague tools). Sandboxed code controls that tree, so every open resolves beneath the
 * workspace without following any link (host_open_beneath), never blocks on a FIFO, and only
 * regular files are accepted, read with a size cap. */
#define _GNU_SOURCE
#include "sandbox/ns/ns.h"

#include "base/util.h"
#include "sandbox/host_path.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Opens rel beneath the workspace without following any link; -1 with *err. */
static int open_beneath(NsSandbox *sb, const char *rel, int flags, mode_t mode, char **err)
{
    if (!rel || !*rel || rel[0] == '/') {
        *err = xasprintf("%s: expected a path relative to the workspace", rel ? rel : "(null)");
        return -1;
    }
    int root = open(sb->ws, O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (root < 0) {
        *err = xasprintf("workspace: %s", strerror(errno));
        return -1;
    }
    int fd = host_open_beneath(root, rel, flags | O_NOCTTY | O_NONBLOCK, mode);
    int e = errno;
    close(root);
    if (fd < 0) {
        if (e == ELOOP) *err = xasprintf("%s: refusing to follow a symbolic link", rel);
        else if (e == EXDEV) *err = xasprintf("%s: path leaves the workspace", rel);
        else *err = xasprintf("%s: %s", rel, strerror(e));
        return -1;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        *err = xasprintf("%s: not a regular file", rel);
        close(fd);
        return -1;
    }
    /* Reads and writes block normally from here on (a regular file never blocks anyway). */
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return fd;
}

char *ns_read_file(NsSandbox *sb, const char *rel, size_t max, size_t *len_out, char **err)
{
    int fd = open_beneath(sb, rel, O_RDONLY, 0, err);
    if (fd < 0) return NULL;
    struct stat st;
    if (fstat(fd, &st) == 0 && (size_t)st.st_size > max) {
        *err = xasprintf("%s: larger than %zu bytes", rel, max);
        close(fd);
        return NULL;
    }
    Buf b = {0};
    char chunk[16384];
    for (;;) {
        ssize_t n = read(fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            *err = xasprintf("%s: %s", rel, strerror(errno));
            buf_free(&b);
            close(fd);
            return NULL;
        }
        if (n == 0) break;
        if (b.len + (size_t)n > max) {   /* grew while we read */
            *err = xasprintf("%s: larger than %zu bytes", rel, max);
            buf_free(&b);
            close(fd);
            return NULL;
        }
        buf_append(&b, chunk, (size_t)n);
    }
    close(fd);
    if (len_out) *len_out = b.len;
    return buf_steal(&b);
}

bool ns_write_file(NsSandbox *sb, const char *rel, const char *data, size_t len, char **err)
{
    int fd = open_beneath(sb, rel, O_WRONLY | O_CREAT, 0644, err);
    if (fd < 0) return false;
    bool ok = ftruncate(fd, 0) == 0;
    for (size_t off = 0; ok && off < len;) {
        ssize_t w = write(fd, data + off, len - off);
        if (w < 0 && errno == EINTR) continue;
        if (w < 0) ok = false;
        else off += (size_t)w;
    }
    if (ok && sb->drop_uid && fchown(fd, sb->host_uid, sb->host_gid) != 0) ok = false;
    if (!ok) *err = xasprintf("%s: %s", rel, strerror(errno));
    close(fd);
    return ok;
}
