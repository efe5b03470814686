/* ns_leftovers.c: what sandboxes of dead engines left behind. A sandbox's private folder is
 * $TMPDIR/worksim-sb-PID-XXXXXX (PID: the engine that made it) and, as root, holds 1-4 tmpfs
 * mounts (the workspace, each live exec's /tmp); each engine also keeps one
 * $TMPDIR/worksim-init-PID-XXXXXX (its copy of worksim-ns-init); a vm sandbox's run folder
 * (sockets, kernel, the initrd with the workspace) is $TMPDIR/worksim-vm-PID-XXXXXX, its QEMU
 * gone with the engine (parent-death signal). An engine killed with SIGKILL removes
 * neither; the next engine to open a sandbox does, once the PID in the name is no longer
 * running (as ns_cgroup.c does for cgroups). A live engine's folder is never touched. A reused
 * pid only delays the sweep until that process ends. Small check and base copies live on
 * tmpfs as /dev/shm/worksim-shm-PID-XXXXXX (ns_scratch_dir) and are swept the same way. */
#define _GNU_SOURCE
#include "sandbox/ns/ns.h"

#include "base/util.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <unistd.h>

/* A sandbox's folder, the engine's one copy of worksim-ns-init (ns_init_copy.c), a VM's folder. */
static const char *const leftover_prefixes[] = {"worksim-sb-", "worksim-init-", "worksim-vm-", NS_SCRATCH_PREFIX};

/* The engine pid in a folder's name, or 0 when the name is not one of ours. */
static long folder_pid(const char *name)
{
    const char *p = NULL;
    for (size_t i = 0; !p && i < sizeof leftover_prefixes / sizeof leftover_prefixes[0]; i++)
        if (strncmp(name, leftover_prefixes[i], strlen(leftover_prefixes[i])) == 0) p = name + strlen(leftover_prefixes[i]);
    if (!p) return 0;
    char *end = NULL;
    long pid = strtol(p, &end, 10);
    if (end == p || *end != '-' || strlen(end + 1) != 6 || pid <= 0) return 0;
    return pid;
}

static bool engine_gone(long pid)
{
    return pid != (long)getpid() && kill((pid_t)pid, 0) != 0 && errno == ESRCH;
}

/* mountinfo escapes space, tab, newline and backslash as \ooo. */
static char *unescape_mount_path(const char *s, size_t n)
{
    char *out = xmalloc(n + 1);
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\\' && i + 3 < n && s[i + 1] >= '0' && s[i + 1] <= '7') {
            out[o++] = (char)(((s[i + 1] - '0') << 6) | ((s[i + 2] - '0') << 3) | (s[i + 3] - '0'));
            i += 3;
        } else {
            out[o++] = s[i];
        }
    }
    out[o] = '\0';
    return out;
}

static int by_length_desc(const void *a, const void *b)
{
    size_t la = strlen(*(char *const *)a), lb = strlen(*(char *const *)b);
    return la < lb ? 1 : la > lb ? -1 : 0;
}

/* Mount points at or below dir, deepest first; *n of them. Caller frees each and the array. */
static char **mounts_below(const char *dir, int *n)
{
    *n = 0;
    char *info = util_read_file("/proc/self/mountinfo", NULL, NULL);
    char **list = NULL;
    size_t dlen = strlen(dir);
    for (char *line = info, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = '\0';
        /* Fields: id parent major:minor root mount-point ... */
        const char *p = line;
        for (int field = 0; field < 4 && p; field++) {
            p = strchr(p, ' ');
            if (p) p++;
        }
        if (!p) continue;
        const char *end = strchr(p, ' ');
        char *point = unescape_mount_path(p, end ? (size_t)(end - p) : strlen(p));
        if (strncmp(point, dir, dlen) == 0 && (point[dlen] == '\0' || point[dlen] == '/')) {
            list = xrealloc(list, (size_t)(*n + 1) * sizeof *list);
            list[(*n)++] = point;
        } else {
            free(point);
        }
    }
    free(info);
    if (*n > 1) qsort(list, (size_t)*n, sizeof *list, by_length_desc);
    return list;
}

void ns_unmount_below(const char *dir)
{
    int n = 0;
    char **points = mounts_below(dir, &n);
    for (int i = 0; i < n; i++) {
        umount2(points[i], MNT_DETACH);   /* the learner files in it go with the tmpfs */
        free(points[i]);
    }
    free(points);
}

/* The leftovers of dead engines in folder tmp (scratch: only ns_scratch_dir's copies). */
static int leftovers_in(const char *tmp, bool scratch, bool remove, char **first)
{
    DIR *d = opendir(tmp);
    if (!d) return 0;
    int count = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (scratch && strncmp(e->d_name, NS_SCRATCH_PREFIX, strlen(NS_SCRATCH_PREFIX)) != 0) continue;
        long pid = folder_pid(e->d_name);
        if (!pid || !engine_gone(pid)) continue;
        char *dir = xasprintf("%s/%s", tmp, e->d_name);
        if (first && !*first) *first = xstrdup(dir);
        count++;
        if (remove) {
            ns_unmount_below(dir);
            util_remove_tree(dir);
        }
        free(dir);
    }
    closedir(d);
    return count;
}

int ns_leftovers(bool remove, char **first)
{
    const char *tmp = getenv("TMPDIR");
    if (!tmp || !*tmp) tmp = "/tmp";
    /* Small check and base copies of dead engines (on tmpfs, ns_scratch_dir) are swept too;
     * only the sandbox folders count (a copy belonged to one of them). */
    if (remove) leftovers_in(NS_SCRATCH_SHM, true, true, NULL);
    return leftovers_in(tmp, false, remove, first);
}
