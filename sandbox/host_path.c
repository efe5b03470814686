/* host_path.c: host_open_beneath (host_path.h). Sandboxed code may have planted a link
 * anywhere in the tree, so no component of the path is ever followed. */
#define _GNU_SOURCE
#include "sandbox/host_path.h"

#include "base/util.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

/* Fallback walk: opens each directory component with O_NOFOLLOW, refusing "..". */
static int open_walk(int root, const char *rel, int flags, mode_t mode)
{
    char *copy = xstrdup(rel);
    int dir = dup(root);
    char *save = NULL;
    char *part = strtok_r(copy, "/", &save);
    int fd = -1;
    while (part && dir >= 0) {
        char *next = strtok_r(NULL, "/", &save);
        if (strcmp(part, "..") == 0) {
            errno = EXDEV;
            break;
        }
        if (strcmp(part, ".") == 0) {
            part = next;
            continue;
        }
        if (!next) {
            fd = openat(dir, part, flags | O_NOFOLLOW, mode);
            break;
        }
        int sub = openat(dir, part, O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        close(dir);
        dir = sub;
        part = next;
    }
    int e = errno;
    if (dir >= 0) close(dir);
    free(copy);
    errno = e;
    return fd;
}

int host_open_beneath(int root, const char *rel, int flags, mode_t mode)
{
    struct open_how how;
    memset(&how, 0, sizeof how);
    how.flags = (uint64_t)(flags | O_CLOEXEC);
    how.mode = (flags & O_CREAT) ? mode : 0;
    how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS;
    int fd = (int)syscall(SYS_openat2, root, rel, &how, sizeof how);
    if (fd < 0 && errno == ENOSYS) fd = open_walk(root, rel, flags | O_CLOEXEC, mode);
    return fd;
}
