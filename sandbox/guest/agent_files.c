/* agent_files.c: FILE_GET and FILE_PUT inside the guest. Paths resolve beneath /workspace
 * with openat2(RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS); only regular
 * files are read (O_NONBLOCK, so a FIFO never blocks the agent) and written files belong
 * to the learner. */
#define _GNU_SOURCE
#include "sandbox/guest/agent.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

static int open_beneath(const char *rel, int flags, mode_t mode)
{
    if (!rel || !*rel || rel[0] == '/') {
        errno = EINVAL;
        return -1;
    }
    int root = open(AGENT_WS, O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (root < 0) return -1;
    struct open_how how;
    memset(&how, 0, sizeof how);
    how.flags = (uint64_t)(flags | O_CLOEXEC | O_NOFOLLOW);
    how.mode = (flags & O_CREAT) ? mode : 0;
    how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS;
    int fd = (int)syscall(SYS_openat2, root, rel, &how, sizeof how);
    int e = errno;
    close(root);
    errno = e;
    return fd;
}

char *agent_file_get(const char *rel, size_t max, size_t *len)
{
    int fd = open_beneath(rel, O_RDONLY | O_NONBLOCK, 0);
    if (fd < 0) return NULL;
    struct stat st;
    if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        errno = EINVAL;
        return NULL;
    }
    if ((size_t)st.st_size > max) {
        close(fd);
        errno = EFBIG;
        return NULL;
    }
    char *data = malloc((size_t)st.st_size + 1);
    size_t got = 0;
    while (data && got <= max) {
        ssize_t n = read(fd, data + got, (size_t)st.st_size + 1 - got);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        got += (size_t)n;
        if (got == (size_t)st.st_size + 1) break;   /* grew while reading */
    }
    close(fd);
    if (!data || got > (size_t)st.st_size) {
        free(data);
        errno = EFBIG;
        return NULL;
    }
    *len = got;
    return data;
}

int agent_file_put(const char *rel, const unsigned char *data, size_t len)
{
    int fd = open_beneath(rel, O_WRONLY | O_CREAT | O_NONBLOCK, 0644);
    if (fd < 0) return errno;
    struct stat st;
    if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return EINVAL;
    }
    if (ftruncate(fd, 0) < 0 || fchown(fd, AGENT_UID, AGENT_UID) < 0) {
        int e = errno;
        close(fd);
        return e;
    }
    size_t off = 0;
    while (off < len) {
        ssize_t n = write(fd, data + off, len - off);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            int e = n < 0 ? errno : EIO;
            close(fd);
            return e;
        }
        off += (size_t)n;
    }
    close(fd);
    return 0;
}
