/* ns_cgroup.c: the per-sandbox cgroup, best effort. RLIMIT_AS caps one process; a cgroup caps
 * the whole sandbox: memory (limits.memory_mb, no swap) and tasks (limits.processes) summed
 * over the shell, every exec and every check. The group is created below the engine's own
 * cgroup, in a pure cgroup v2 hierarchy (memory.max, memory.swap.max, pids.max) when that one
 * offers both controllers, else in the v1 memory and pids hierarchies (memory.limit_in_bytes
 * and memory.memsw.limit_in_bytes, pids.max). Every forked child joins before it execs bwrap
 * (ns_spawn.c), so nothing of the sandbox ever runs outside. Close kills whatever is left in
 * it and removes it; groups of engines that died without closing are removed by the next
 * engine. When nothing is writable (unprivileged without delegation, v2 with processes in
 * our own group, no controllers) nothing changes and ns_cgroup_check says why. */
#define _GNU_SOURCE
#include "sandbox/ns/ns.h"

#include "base/util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

enum { NS_CG_MEMORY, NS_CG_PIDS, NS_CG_N };

struct NsCgroup {
    char *dir[NS_CG_N];      /* group folders (v2: one folder, in dir[NS_CG_MEMORY]) */
    int procs_fd[NS_CG_N];   /* the file children write "0" to to join (join_file); -1 if none */
    int v2_fd;               /* v2: the group folder, for clone3(CLONE_INTO_CGROUP); else -1 */
};

/* Where this process's own groups are, found once per process. */
typedef struct NsCgBase {
    bool v2;
    char *parent[NS_CG_N];   /* the engine's own group folder per controller (v2: [MEMORY]) */
    char *why;               /* set when no memory cap is possible */
} NsCgBase;

static NsCgBase base;
static pthread_once_t base_once = PTHREAD_ONCE_INIT;
static unsigned group_counter;

/* True when the comma- or space-separated list contains word. */
static bool has_word(const char *list, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = list; p && (p = strstr(p, word)) != NULL; p += n) {
        bool start = p == list || p[-1] == ',' || p[-1] == ' ';
        bool end = p[n] == '\0' || p[n] == ',' || p[n] == ' ' || p[n] == '\n';
        if (start && end) return true;
    }
    return false;
}

static char *read_small(const char *path)
{
    return util_read_file(path, NULL, NULL);
}

static bool write_text(const char *dir, const char *file, const char *text)
{
    char *path = xasprintf("%s/%s", dir, file);
    int fd = open(path, O_WRONLY | O_CLOEXEC);
    free(path);
    if (fd < 0) return false;
    bool ok = write(fd, text, strlen(text)) == (ssize_t)strlen(text);
    int e = errno;
    close(fd);
    errno = e;
    return ok;
}

static bool file_exists(const char *dir, const char *file)
{
    char *path = xasprintf("%s/%s", dir, file);
    bool ok = access(path, F_OK) == 0;
    free(path);
    return ok;
}

/* The folder of our group in the hierarchy mounted at mnt (whose root is mnt_root), or NULL
 * when our group lies outside what that mount shows. */
static char *group_dir(const char *mnt, const char *mnt_root, const char *path)
{
    size_t rl = strcmp(mnt_root, "/") == 0 ? 0 : strlen(mnt_root);
    if (rl && (strncmp(path, mnt_root, rl) != 0 || (path[rl] != '/' && path[rl] != '\0'))) return NULL;
    const char *rest = path + rl;
    char *dir = xasprintf("%s%s", mnt, strcmp(rest, "/") == 0 ? "" : rest);
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        free(dir);
        return NULL;
    }
    return dir;
}

/* Our cgroup path for a v1 controller (or the v2 one when controller is NULL), or NULL. */
static char *own_path(const char *cgroup_file, const char *controller)
{
    char *copy = xstrdup(cgroup_file);
    char *found = NULL;
    char *save = NULL;
    for (char *line = strtok_r(copy, "\n", &save); line && !found; line = strtok_r(NULL, "\n", &save)) {
        char *c1 = strchr(line, ':');
        char *c2 = c1 ? strchr(c1 + 1, ':') : NULL;
        if (!c2) continue;
        *c2 = '\0';
        bool v2_line = c1 == line + 1 && line[0] == '0' && c2 == c1 + 1;   /* "0::/path" */
        if (controller ? has_word(c1 + 1, controller) : v2_line) found = xstrdup(c2 + 1);
    }
    free(copy);
    return found;
}

/* Fills base: v2 when our v2 group can hand memory and pids to sub-groups, else v1. */
static void find_base(void)
{
    char *mounts = read_small("/proc/self/mountinfo");
    char *cgroups = read_small("/proc/self/cgroup");
    char *v2_dir = NULL, *v1_dir[NS_CG_N] = {NULL, NULL};
    static const char *const names[NS_CG_N] = {"memory", "pids"};
    char *copy = mounts ? xstrdup(mounts) : NULL;
    char *save = NULL;
    for (char *line = copy ? strtok_r(copy, "\n", &save) : NULL; line && cgroups; line = strtok_r(NULL, "\n", &save)) {
        char root[512], point[512], type[64], super[512];
        const char *dash = strstr(line, " - ");
        if (!dash || sscanf(line, "%*s %*s %*s %511s %511s", root, point) != 2 ||
            sscanf(dash + 3, "%63s %*s %511s", type, super) != 2)
            continue;
        if (strcmp(type, "cgroup2") == 0 && !v2_dir) {
            char *path = own_path(cgroups, NULL);
            if (path) v2_dir = group_dir(point, root, path);
            free(path);
        } else if (strcmp(type, "cgroup") == 0) {
            for (int c = 0; c < NS_CG_N; c++) {
                if (v1_dir[c] || !has_word(super, names[c])) continue;
                char *path = own_path(cgroups, names[c]);
                if (path) v1_dir[c] = group_dir(point, root, path);
                free(path);
            }
        }
    }
    free(copy);

    char *v2_why = NULL;
    if (v2_dir) {
        char *ctl = xasprintf("%s/cgroup.controllers", v2_dir);
        char *have = read_small(ctl);
        free(ctl);
        if (!have || !has_word(have, "memory") || !has_word(have, "pids")) {
            v2_why = xasprintf("cgroup v2 at %s offers no memory and pids controllers", v2_dir);
        } else {
            char *sub = xasprintf("%s/cgroup.subtree_control", v2_dir);
            char *on = read_small(sub);
            free(sub);
            if (!(on && has_word(on, "memory") && has_word(on, "pids")) &&
                !write_text(v2_dir, "cgroup.subtree_control", "+memory +pids"))
                v2_why = xasprintf("cannot enable memory and pids below %s (%s)", v2_dir,
                                   errno == EBUSY ? "the group holds processes" : strerror(errno));
            free(on);
        }
        free(have);
        if (!v2_why) {
            base.v2 = true;
            base.parent[NS_CG_MEMORY] = v2_dir;
            v2_dir = NULL;
        }
    }
    if (!base.v2 && v1_dir[NS_CG_MEMORY] && access(v1_dir[NS_CG_MEMORY], W_OK) == 0) {
        base.parent[NS_CG_MEMORY] = v1_dir[NS_CG_MEMORY];
        v1_dir[NS_CG_MEMORY] = NULL;
        if (v1_dir[NS_CG_PIDS] && access(v1_dir[NS_CG_PIDS], W_OK) == 0) {
            base.parent[NS_CG_PIDS] = v1_dir[NS_CG_PIDS];
            v1_dir[NS_CG_PIDS] = NULL;
        }
    }
    if (!base.parent[NS_CG_MEMORY]) {
        char *v1_why = v1_dir[NS_CG_MEMORY] ? xasprintf("%s is not writable", v1_dir[NS_CG_MEMORY]) : NULL;
        if (v2_why && v1_why) base.why = xasprintf("%s; %s", v2_why, v1_why);
        else if (v2_why || v1_why) base.why = xstrdup(v2_why ? v2_why : v1_why);
        else if (!cgroups) base.why = xstrdup("/proc/self/cgroup is unreadable");
        else base.why = xstrdup("no cgroup hierarchy with a memory controller is mounted for us");
        free(v1_why);
    }
    free(v2_why);
    free(v2_dir);
    for (int c = 0; c < NS_CG_N; c++) free(v1_dir[c]);
    free(mounts);
    free(cgroups);
}

/* Kills every process in the group folder and removes it; waits, bounded, for the members to
 * be gone (normally there are none: close has reaped every bwrap, and with it every
 * namespace). true when the folder is gone. */
static bool remove_group(const char *dir)
{
    if (file_exists(dir, "cgroup.kill")) write_text(dir, "cgroup.kill", "1");
    double end = util_monotonic_seconds() + 5;
    for (;;) {
        if (rmdir(dir) == 0 || errno == ENOENT) return true;
        if (errno != EBUSY || util_monotonic_seconds() > end) return false;
        char *procs_path = xasprintf("%s/cgroup.procs", dir);
        char *procs = read_small(procs_path);
        free(procs_path);
        for (char *p = procs; p && *p;) {
            char *next = NULL;
            long pid = strtol(p, &next, 10);
            if (next == p) break;
            if (pid > 1) kill((pid_t)pid, SIGKILL);
            p = next;
        }
        free(procs);
        struct timespec ts = {0, 1000 * 1000};   /* a killed task leaves the group on exit */
        nanosleep(&ts, NULL);
    }
}

/* Removes groups left by engines that died without closing their sandboxes. */
static void sweep_stale(const char *parent)
{
    DIR *d = opendir(parent);
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL) {
        int pid = 0;
        unsigned n = 0;
        if (sscanf(e->d_name, "worksim-%d-%u", &pid, &n) != 2 || pid <= 0 || pid == (int)getpid()) continue;
        if (kill(pid, 0) == 0 || errno != ESRCH) continue;   /* its engine still runs */
        char *dir = xasprintf("%s/%s", parent, e->d_name);
        remove_group(dir);
        free(dir);
    }
    if (d) closedir(d);
}


void ns_cgroup_destroy(NsCgroup *cg)
{
    if (!cg) return;
    if (cg->v2_fd >= 0) close(cg->v2_fd);
    for (int c = 0; c < NS_CG_N; c++) {
        if (cg->procs_fd[c] >= 0) close(cg->procs_fd[c]);
        if (cg->dir[c]) remove_group(cg->dir[c]);
        free(cg->dir[c]);
    }
    free(cg);
}

/* The file a forked child writes "0" to. Moving a whole process through cgroup.procs takes
 * the global threadgroup lock, whose write side waits for an RCU grace period: measured here
 * 14-16 ms per exec. v1's "tasks" moves just the calling thread, which the kernel does
 * without that lock; our child is single-threaded, so that is the whole process. v2 has no
 * such file across domains: there the child is created inside the group instead
 * (clone3 CLONE_INTO_CGROUP, ns_spawn.c), and cgroup.procs is only the fallback. */
static const char *join_file(void)
{
    return base.v2 ? "cgroup.procs" : "tasks";
}

/* Creates one group below parent with the given limit files; NULL on failure. */
static char *make_group(const char *parent, const char *name, const char *const (*settings)[2], int *procs_fd,
                        char **why)
{
    char *dir = xasprintf("%s/%s", parent, name);
    if (mkdir(dir, 0755) != 0) {
        *why = xasprintf("mkdir %s: %s", dir, strerror(errno));
        free(dir);
        return NULL;
    }
    for (int i = 0; settings[i][0]; i++) {
        bool optional = settings[i][0][0] == '?';
        const char *file = settings[i][0] + (optional ? 1 : 0);
        if (optional && !file_exists(dir, file)) continue;
        if (!write_text(dir, file, settings[i][1])) {
            *why = xasprintf("%s/%s: %s", dir, file, strerror(errno));
            rmdir(dir);
            free(dir);
            return NULL;
        }
    }
    char *procs = xasprintf("%s/%s", dir, join_file());
    *procs_fd = open(procs, O_WRONLY | O_CLOEXEC);
    free(procs);
    if (*procs_fd < 0) {
        *why = xasprintf("%s/%s: %s", dir, join_file(), strerror(errno));
        rmdir(dir);
        free(dir);
        return NULL;
    }
    return dir;
}

NsCgroup *ns_cgroup_create(const SandboxLimits *lim, char **why)
{
    pthread_once(&base_once, find_base);
    if (!base.parent[NS_CG_MEMORY]) {
        if (why) *why = xstrdup(base.why);
        return NULL;
    }
    for (int c = 0; c < NS_CG_N; c++)     /* a few entries: cheap enough for every open */
        if (base.parent[c]) sweep_stale(base.parent[c]);
    char *name = xasprintf("worksim-%d-%u", (int)getpid(), __atomic_fetch_add(&group_counter, 1, __ATOMIC_RELAXED));
    char mem[32], pids[32];
    snprintf(mem, sizeof mem, "%lld", (long long)lim->memory_mb * 1024 * 1024);
    snprintf(pids, sizeof pids, "%d", lim->processes);
    /* A leading '?' marks files that may be missing (no swap accounting). */
    const char *const v2[][2] = {{"memory.max", mem}, {"?memory.swap.max", "0"}, {"pids.max", pids}, {NULL, NULL}};
    const char *const v1_mem[][2] = {{"memory.limit_in_bytes", mem}, {"?memory.memsw.limit_in_bytes", mem}, {NULL, NULL}};
    const char *const v1_pids[][2] = {{"pids.max", pids}, {NULL, NULL}};
    NsCgroup *cg = xcalloc(1, sizeof *cg);
    cg->procs_fd[NS_CG_MEMORY] = cg->procs_fd[NS_CG_PIDS] = cg->v2_fd = -1;
    char *e = NULL;
    cg->dir[NS_CG_MEMORY] = make_group(base.parent[NS_CG_MEMORY], name, base.v2 ? v2 : v1_mem,
                                       &cg->procs_fd[NS_CG_MEMORY], &e);
    if (cg->dir[NS_CG_MEMORY] && base.parent[NS_CG_PIDS]) {
        /* v1 pids is a bonus: RLIMIT_NPROC still counts the sandbox uid's processes. */
        char *pe = NULL;
        cg->dir[NS_CG_PIDS] = make_group(base.parent[NS_CG_PIDS], name, v1_pids, &cg->procs_fd[NS_CG_PIDS], &pe);
        free(pe);
    }
    free(name);
    if (cg->dir[NS_CG_MEMORY] && base.v2)
        cg->v2_fd = open(cg->dir[NS_CG_MEMORY], O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (!cg->dir[NS_CG_MEMORY]) {
        ns_cgroup_destroy(cg);
        if (why) *why = e;
        else free(e);
        return NULL;
    }
    return cg;
}

bool ns_cgroup_join(const NsCgroup *cg)
{
    for (int c = 0; cg && c < NS_CG_N; c++)
        if (cg->procs_fd[c] >= 0 && write(cg->procs_fd[c], "0", 1) != 1) return false;
    return true;
}

int ns_cgroup_clone_fd(const NsCgroup *cg)
{
    return cg ? cg->v2_fd : -1;
}

const char *ns_cgroup_dir(const NsCgroup *cg)
{
    return cg ? cg->dir[NS_CG_MEMORY] : NULL;
}

bool ns_cgroup_check(char **detail)
{
    SandboxLimits lim = {0};
    sandbox_limits_apply_defaults(&lim);
    char *why = NULL;
    NsCgroup *cg = ns_cgroup_create(&lim, &why);
    if (!cg) {
        *detail = why ? why : xstrdup("unknown reason");
        return false;
    }
    *detail = xasprintf("cgroup %s: %s, below %s", base.v2 ? "v2" : "v1",
                        base.v2 || cg->dir[NS_CG_PIDS] ? "memory and tasks" : "memory only", base.parent[NS_CG_MEMORY]);
    ns_cgroup_destroy(cg);
    return true;
}
