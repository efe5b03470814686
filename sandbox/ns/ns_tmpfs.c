/* ns_tmpfs.c: the /tmp and /dev/shm of one sandboxed run, capped in bytes and in inodes.
 * bwrap's own --tmpfs takes only --size, so an unprivileged engine can cap bytes but not the
 * number of files, and every file costs host kernel memory. When worksim runs as root it
 * mounts the two tmpfs itself (like the workspace, ns_sandbox.c), with nr_inodes, and bwrap
 * binds them in; they live exactly as long as the run (an exec, a check or a shell) and
 * vanish with it, so nothing is shared between runs. Unprivileged, nothing is mounted and
 * ns_args falls back to bwrap's --size --tmpfs. */
#define _GNU_SOURCE
#include "ns.h"

#include "util/util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

static bool mount_one(const NsSandbox *sb, const char *dir, const char *name, long long bytes)
{
    char *point = xasprintf("%s/%s", dir, name);
    bool ok = mkdir(point, 0700) == 0;
    if (ok) {
        char *opts = xasprintf("size=%lld,nr_inodes=%d,mode=0755,uid=%u,gid=%u", bytes, sb->limits.files,
                               (unsigned)sb->host_uid, (unsigned)sb->host_gid);
        ok = mount("worksim-tmp", point, "tmpfs", MS_NOSUID | MS_NODEV, opts) == 0;
        free(opts);
    }
    free(point);
    return ok;
}

char *ns_tmpfs_create(NsSandbox *sb)
{
    if (!sb->drop_uid) return NULL;
    char *dir = xasprintf("%s/run-%u", sb->dir, ++sb->serial);
    /* Traversable for the sandbox uid, which binds the two mounts from here. */
    if (mkdir(dir, 0711) != 0 || chmod(dir, 0711) != 0) {
        free(dir);
        return NULL;
    }
    if (!mount_one(sb, dir, "tmp", NS_TMP_BYTES) || !mount_one(sb, dir, "shm", NS_SHM_BYTES)) {
        ns_tmpfs_remove(dir);
        return NULL;
    }
    return dir;
}

void ns_tmpfs_remove(char *dir)
{
    if (!dir) return;
    static const char *const names[] = {"tmp", "shm"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        char *point = xasprintf("%s/%s", dir, names[i]);
        umount2(point, MNT_DETACH);   /* the run is over: its files go with the tmpfs */
        rmdir(point);
        free(point);
    }
    rmdir(dir);
    free(dir);
}
