/* ns_tmpfs.c: the /tmp of one sandboxed run, capped in bytes and in inodes. bwrap's own
 * --tmpfs takes only --size, so an unprivileged engine can cap bytes but not the number of
 * files, and every file costs host kernel memory. When worksim runs as root it mounts that
 * tmpfs itself (like the workspace, ns_sandbox.c), with nr_inodes, and bwrap binds it in; it
 * lives exactly as long as the run (an exec, a check or a shell) and vanishes with it, so
 * nothing is shared between runs. Unprivileged, nothing is mounted and ns_args falls back to
 * bwrap's --size --tmpfs. /dev/shm stays bwrap's (64 MiB; its inodes are charged to the
 * sandbox's memory cgroup where there is one): every extra bind costs bwrap a parse of the
 * whole mount table, measured ~0.4 ms per run. */
#define _GNU_SOURCE
#include "sandbox/ns/ns.h"

#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

char *ns_tmpfs_create(NsSandbox *sb)
{
    if (!sb->drop_uid) return NULL;
    char *dir = xasprintf("%s/run-%u", sb->dir, ++sb->serial);
    char *point = xasprintf("%s/tmp", dir);
    /* dir traversable for the sandbox uid, which binds dir/tmp from here. */
    bool ok = mkdir(dir, 0711) == 0 && chmod(dir, 0711) == 0 && mkdir(point, 0700) == 0;
    if (ok) {
        char *opts = xasprintf("size=%lld,nr_inodes=%d,mode=0755,uid=%u,gid=%u", NS_TMP_BYTES, sb->limits.files,
                               (unsigned)sb->host_uid, (unsigned)sb->host_gid);
        ok = mount("worksim-tmp", point, "tmpfs", MS_NOSUID | MS_NODEV, opts) == 0;
        free(opts);
    }
    free(point);
    if (!ok) {
        ns_tmpfs_remove(dir);
        return NULL;
    }
    return dir;
}

void ns_tmpfs_remove(char *dir)
{
    if (!dir) return;
    char *point = xasprintf("%s/tmp", dir);
    umount2(point, MNT_DETACH);   /* the run is over: its files go with the tmpfs */
    rmdir(point);
    free(point);
    rmdir(dir);
    free(dir);
}
