/* ns_sandbox.c: life of one ns sandbox: its private folder (workspace copy, generated
 * passwd/group), the host uid it runs as, and the processes it started. When worksim runs as
 * root every sandbox gets its own unprivileged host uid (never root: bwrap as root with
 * --uid 1000 would map host root to the learner), which also lets close sweep up any process
 * of that uid. Other users run bwrap as themselves through the user-namespace mapping. */
#define _GNU_SOURCE
#include "sandbox/ns/ns.h"

#include "base/util.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

/* Host uids for sandboxes of a root worksim: base + pid * 64 + slot, unique per process. */
enum { NS_UID_BASE = 0x50000000, NS_UID_SLOTS = 64 };

static unsigned uid_counter;
static bool probe_ok;   /* the first sandbox of the process proved bwrap can start */

bool ns_kill_inner(pid_t outer, pid_t inner)
{
    if (inner <= 1) return false;
    /* The pidfd pins one process; its parent being our bwrap proves it is the namespace
     * init and not a later process that reused the pid. */
    int pfd = (int)syscall(SYS_pidfd_open, inner, 0);
    if (pfd < 0) return false;
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%d/status", (int)inner);
    FILE *f = fopen(path, "re");
    long ppid = -1;
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, "PPid:", 5) == 0) ppid = strtol(line + 5, NULL, 10);
    if (f) fclose(f);
    bool ok = ppid == (long)outer && syscall(SYS_pidfd_send_signal, pfd, SIGKILL, NULL, 0) == 0;
    close(pfd);
    return ok;
}

int ns_kill_and_reap(pid_t pid, pid_t inner, bool *fallback)
{
    if (pid <= 0) return -1;
    if (!ns_kill_inner(pid, inner)) {  /* else bwrap exits once its namespace init is reaped */
        if (fallback) *fallback = true;
        kill(-pid, SIGKILL);
        kill(pid, SIGKILL);
    }
    int st;
    for (;;) {
        pid_t r = waitpid(pid, &st, 0);
        if (r == pid) return st;
        if (r < 0 && errno == EINTR) continue;
        return -1;
    }
}

pid_t ns_status_child_pid(int status_fd, Buf *acc)
{
    char chunk[512];
    ssize_t n;
    while (status_fd >= 0 && acc->len < 8192 && (n = read(status_fd, chunk, sizeof chunk)) > 0)
        buf_append(acc, chunk, (size_t)n);
    const char *p = acc->data ? strstr(acc->data, "\"child-pid\"") : NULL;
    if (!p) return 0;
    p = strchr(p, ':');
    long v = p ? strtol(p + 1, NULL, 10) : 0;
    return v > 1 ? (pid_t)v : 0;
}

/* Kills every process running as the sandbox's host uid (root worksim only). Needed only
 * when a bwrap died before its namespace init (its namespace is then torn down
 * asynchronously); a bwrap that exited by itself or after its init has no survivors. */
static void sweep_uid(NsSandbox *sb)
{
    if (!sb->drop_uid || !sb->needs_sweep) return;
    pid_t pid = fork();
    if (pid == 0) {
        if (setgroups(0, NULL) == 0 && setresgid(sb->host_gid, sb->host_gid, sb->host_gid) == 0 &&
            setresuid(sb->host_uid, sb->host_uid, sb->host_uid) == 0)
            kill(-1, SIGKILL);   /* as that uid, -1 reaches exactly its own processes */
        _exit(0);
    }
    if (pid > 0) {
        while (waitpid(pid, NULL, 0) < 0 && errno == EINTR) {}
    }
}

static bool write_private(const char *path, const char *text, char **err)
{
    if (!util_write_file(path, text, strlen(text), err)) return false;
    chmod(path, 0644);
    return true;
}

static void on_probe_done(void *ud, SandboxExecResult *r)
{
    char **out = ud;
    if (r->error) *out = xstrdup(r->error);
    else if (r->exit_code != 0) *out = xasprintf("sandbox self-test exited %d", r->exit_code);
}

/* Runs `true` once per process to turn "cannot create namespaces" into a clear error (a
 * parent's sandbox_prepare runs it once for all the workers it forks). */
static bool probe(NsSandbox *sb, char **err)
{
    if (probe_ok) return true;
    Loop *loop = loop_new(false);
    char *failure = NULL;
    SandboxExecRequest req = {.command = "true", .timeout = 10};
    if (!ns_exec_start(sb, loop, &req, on_probe_done, &failure, err)) {
        loop_free(loop);
        return false;
    }
    while (sb->n_execs > 0 && loop_run_once(loop, -1)) {}
    loop_free(loop);
    if (failure) {
        *err = xasprintf("cannot start the ns sandbox (bubblewrap): %s", failure);
        free(failure);
        return false;
    }
    probe_ok = true;
    return true;
}

/* As root, the learner's workspace is a tmpfs of its own capped in bytes and in files, so a
 * learner can fill neither the host disk nor its inode table (RLIMIT_FSIZE caps only one file).
 * Unprivileged, mounting is not possible and only the per-file limit applies. */
static bool mount_capped_workspace(NsSandbox *sb)
{
    if (!sb->drop_uid) return false;
    char *opts = xasprintf("size=%dm,nr_inodes=%d,mode=0700,uid=%u,gid=%u", sb->limits.disk_mb,
                           sb->limits.files, (unsigned)sb->host_uid, (unsigned)sb->host_gid);
    bool ok = mount("worksim-workspace", sb->ws, "tmpfs", MS_NOSUID | MS_NODEV, opts) == 0;
    free(opts);
    return ok;
}

/* Trees up to this size get their copy (a check's workspace, the base) on tmpfs (/dev/shm):
 * creating a git repository's folders and files there is ~15x cheaper than on the virtual
 * disk (ext4 searches its inode tables for each new inode), and the copy lives only as long
 * as the check or the sandbox. Larger ones go to the sandbox's folder, so a learner cannot
 * fill RAM. The name carries the engine's pid, so a killed engine's copies are swept
 * (ns_leftovers.c). */
#define NS_SCRATCH_TMPFS_MAX (64LL * 1024 * 1024)

char *ns_scratch_dir(NsSandbox *sb, const char *src, const char *what)
{
    long long bytes = ns_tree_bytes(src, NS_SCRATCH_TMPFS_MAX);
    if (bytes >= 0 && bytes <= NS_SCRATCH_TMPFS_MAX && access(NS_SCRATCH_SHM, W_OK | X_OK) == 0) {
        char *dir = xasprintf(NS_SCRATCH_SHM "/" NS_SCRATCH_PREFIX "%ld-XXXXXX", (long)getpid());
        if (mkdtemp(dir)) return dir;
        free(dir);
    }
    char *dir = xasprintf("%s/%s-%u", sb->dir, what, ++sb->serial);
    if (mkdir(dir, 0700) != 0) {
        free(dir);
        return NULL;
    }
    return dir;
}

/* Copies the checks' shared helpers (src) into the sandbox's checks copy as _shared. */
static bool copy_checks_shared(NsSandbox *sb, const char *src, char **err)
{
    char *dst = xasprintf("%s/_shared", sb->checks);
    bool ok = mkdir(dst, 0700) == 0 && (!sb->drop_uid || chown(dst, sb->host_uid, sb->host_gid) == 0);
    if (!ok) *err = xasprintf("%s: %s", dst, errno == EEXIST ? "the checks folder has a _shared of its own" : strerror(errno));
    ok = ok && ns_copy_tree(src, dst, false, sb->drop_uid, sb->host_uid, sb->host_gid, NULL, err);
    free(dst);
    return ok;
}

/* Makes a copy of src (links kept as links) the sandbox's base, seen read-only at /base. */
static bool copy_base(NsSandbox *sb, const char *src, char **err)
{
    /* A fresh folder each time: a half-written earlier copy never mixes into the new one. */
    char *base = ns_scratch_dir(sb, src, "base");
    if (!base) {
        *err = xasprintf("cannot create a folder for the base: %s", strerror(errno));
        return false;
    }
    if (sb->drop_uid && chown(base, sb->host_uid, sb->host_gid) != 0) {
        *err = xasprintf("%s: %s", base, strerror(errno));
        util_remove_tree(base);
        free(base);
        return false;
    }
    /* Owned by the sandbox uid like the workspace, so git inside a check (which refuses
     * repositories of other owners) reads /base; the read-only bind keeps it unchanged. */
    if (!ns_copy_tree(src, base, true, sb->drop_uid, sb->host_uid, sb->host_gid, NULL, err)) {
        util_remove_tree(base);
        free(base);
        return false;
    }
    if (sb->base) util_remove_tree(sb->base);
    free(sb->base);
    sb->base = base;
    return true;
}

NsSandbox *ns_sandbox_open(const SandboxConfig *cfg, char **err)
{
    if (!ns_bwrap_path()) {
        *err = xstrdup("the ns sandbox needs bubblewrap, which is not installed (apt-get install bubblewrap)");
        return NULL;
    }
    NsSandbox *sb = xcalloc(1, sizeof *sb);
    sb->limits = cfg->limits;
    sandbox_limits_apply_defaults(&sb->limits);
    sb->drop_uid = geteuid() == 0;
    if (sb->drop_uid) {
        unsigned slot = __atomic_fetch_add(&uid_counter, 1, __ATOMIC_RELAXED) % NS_UID_SLOTS;
        sb->host_uid = (uid_t)(NS_UID_BASE + ((unsigned)getpid() % (1u << 22)) * NS_UID_SLOTS + slot);
        sb->host_gid = (gid_t)sb->host_uid;
    } else {
        sb->host_uid = getuid();
        sb->host_gid = getgid();
    }
    char *e = NULL;
    char *prefix = xasprintf("worksim-sb-%ld", (long)getpid());   /* the owner, for the sweep (ns_leftovers.c) */
    sb->dir = util_make_temp_dir(prefix, &e);
    free(prefix);
    if (!sb->dir) goto fail;
    /* Traversable (not listable) so the sandbox uid can reach its own ws and etc. */
    chmod(sb->dir, 0711);
    sb->ws = xasprintf("%s/ws", sb->dir);
    sb->etc = xasprintf("%s/etc", sb->dir);
    if (mkdir(sb->ws, 0700) != 0 || mkdir(sb->etc, 0755) != 0) {
        e = xasprintf("%s: %s", sb->dir, strerror(errno));
        goto fail;
    }
    sb->ws_mounted = mount_capped_workspace(sb);
    sb->cg = ns_cgroup_create(&sb->limits, &sb->cg_why);
    if (sb->drop_uid && chown(sb->ws, sb->host_uid, sb->host_gid) != 0) {
        e = xasprintf("chown %s: %s", sb->ws, strerror(errno));
        goto fail;
    }
    char *passwd = xasprintf("%s/passwd", sb->etc);
    char *group = xasprintf("%s/group", sb->etc);
    bool ok = write_private(passwd,
                            "root:x:0:0:root:/workspace:/bin/bash\n"
                            "learner:x:1000:1000:Learner:/workspace:/bin/bash\n"
                            "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n", &e) &&
              write_private(group, "root:x:0:\nlearner:x:1000:\nnogroup:x:65534:\n", &e);
    free(passwd);
    free(group);
    if (!ok) goto fail;
    /* etc is bound read-only as /etc (one bind, ns_args.c): the mount points of what is bound
     * on top of it must exist beforehand. */
    char *alt = xasprintf("%s/alternatives", sb->etc);
    char *wdir = xasprintf("%s/worksim", sb->etc);
    char *rc = xasprintf("%s/worksim/bashrc", sb->etc);
    ok = mkdir(alt, 0755) == 0 && mkdir(wdir, 0755) == 0 && write_private(rc, "", &e);
    if (!ok && !e) e = xasprintf("%s: %s", sb->etc, strerror(errno));
    free(alt);
    free(wdir);
    free(rc);
    if (!ok) goto fail;
    sb->has_init = ns_init_place(sb->etc);
    if (cfg->workspace_src && !ns_copy_tree(cfg->workspace_src, sb->ws, cfg->workspace_links, sb->drop_uid,
                                            sb->host_uid, sb->host_gid, NULL, &e))
        goto fail;
    if (cfg->base_src && !copy_base(sb, cfg->base_src, &e)) goto fail;
    if (cfg->checks_src) {
        sb->checks = xasprintf("%s/checks", sb->dir);
        if (mkdir(sb->checks, 0700) != 0 || (sb->drop_uid && chown(sb->checks, sb->host_uid, sb->host_gid) != 0)) {
            e = xasprintf("%s: %s", sb->checks, strerror(errno));
            goto fail;
        }
        if (!ns_copy_tree(cfg->checks_src, sb->checks, false, sb->drop_uid, sb->host_uid, sb->host_gid, NULL, &e))
            goto fail;
        if (cfg->checks_shared_src && !copy_checks_shared(sb, cfg->checks_shared_src, &e)) goto fail;
    }
    if (!probe(sb, &e)) goto fail;
    return sb;

fail:
    *err = e ? e : xstrdup("cannot create the sandbox");
    ns_sandbox_close(sb);
    return NULL;
}

bool ns_record_base(NsSandbox *sb, char **err) { return copy_base(sb, sb->ws, err); }

bool ns_saved_tree_current(NsSandbox *sb, bool base, const char *saved)
{
    const char *src = base ? sb->base : sb->ws;
    return src && ns_tree_same(src, saved, true, geteuid(), getegid());
}

bool ns_save_tree(NsSandbox *sb, bool base, const char *dir, const char *earlier, char **err)
{
    const char *src = base ? sb->base : sb->ws;
    if (!src) {
        *err = xstrdup(base ? "no base was recorded" : "the sandbox has no workspace");
        return false;
    }
    return ns_copy_tree_reusing(src, dir, earlier, true, false, 0, 0, NULL, NULL, err);
}

void ns_sandbox_close(NsSandbox *sb)
{
    if (!sb) return;
    sb->closed = true;
    while (sb->n_execs > 0) ns_exec_abort(sb->execs[sb->n_execs - 1], "the sandbox was closed before the command finished");
    while (sb->n_shells > 0) ns_shell_kill(sb->shells[sb->n_shells - 1]);
    sweep_uid(sb);
    ns_cgroup_destroy(sb->cg);     /* empty by now unless something escaped the namespaces */
    sb->cg = NULL;
    free(sb->cg_why);
    if (sb->ws_mounted) umount2(sb->ws, MNT_DETACH);   /* its files go with the tmpfs */
    if (sb->base) util_remove_tree(sb->base);          /* on /dev/shm, not below dir, when small */
    if (sb->dir) util_remove_tree(sb->dir);
    free(sb->execs);
    free(sb->shells);
    free(sb->dir);
    free(sb->ws);
    free(sb->base);
    free(sb->checks);
    free(sb->etc);
    free(sb);
}

void ns_sandbox_track_exec(NsSandbox *sb, NsExec *ex)
{
    if (sb->n_execs == sb->cap_execs) {
        sb->cap_execs = sb->cap_execs ? sb->cap_execs * 2 : 4;
        sb->execs = xrealloc(sb->execs, (size_t)sb->cap_execs * sizeof *sb->execs);
    }
    sb->execs[sb->n_execs++] = ex;
}

void ns_sandbox_untrack_exec(NsSandbox *sb, NsExec *ex)
{
    for (int i = 0; i < sb->n_execs; i++) {
        if (sb->execs[i] == ex) {
            sb->execs[i] = sb->execs[--sb->n_execs];
            return;
        }
    }
}

void ns_sandbox_track_shell(NsSandbox *sb, NsShell *sh)
{
    if (sb->n_shells == sb->cap_shells) {
        sb->cap_shells = sb->cap_shells ? sb->cap_shells * 2 : 2;
        sb->shells = xrealloc(sb->shells, (size_t)sb->cap_shells * sizeof *sb->shells);
    }
    sb->shells[sb->n_shells++] = sh;
}

void ns_sandbox_untrack_shell(NsSandbox *sb, NsShell *sh)
{
    for (int i = 0; i < sb->n_shells; i++) {
        if (sb->shells[i] == sh) {
            sb->shells[i] = sb->shells[--sb->n_shells];
            return;
        }
    }
}
