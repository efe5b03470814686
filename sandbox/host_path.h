/* host_path.h: opening paths on the host beneath a folder whose contents sandboxed code
 * controls (an ns workspace, a tree streamed out of a VM guest). Shared by the backends. */
#ifndef WORKSIM_SANDBOX_HOST_PATH_H
#define WORKSIM_SANDBOX_HOST_PATH_H

#include <sys/types.h>

/* openat(root, rel, flags, mode) resolved beneath root without following any link:
 * openat2(RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS), or a per-component
 * O_NOFOLLOW walk refusing ".." where openat2 is missing. O_CLOEXEC is added. The fd, or -1
 * with errno (ELOOP: a link on the way; EXDEV: the path leaves root). */
int host_open_beneath(int root, const char *rel, int flags, mode_t mode);

#endif
