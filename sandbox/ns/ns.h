/* ns.h: internals of the ns (bubblewrap) sandbox backend, shared by its files only.
 * The public contract is sandbox/sandbox.h; sandbox.c forwards to the ns_* functions here.
 * One concern per file: ns_sandbox.c (lifecycle, host uid, process tracking), ns_args.c
 * (bwrap argv), ns_seccomp.c (BPF filter), ns_spawn.c (child set-up and exec), ns_init.c
 * (worksim-ns-init, a program of its own: the sandbox's non-dumpable pid 1), ns_init_copy.c
 * (puts it into each sandbox), ns_cgroup.c
 * (per-sandbox cgroup), ns_tmpfs.c (per-run capped /tmp),
 * ns_exec.c (async capped exec), ns_shell.c (PTY shell), ns_copy.c / ns_files.c (host-side
 * workspace access that never follows symlinks). */
#ifndef WORKSIM_SANDBOX_NS_H
#define WORKSIM_SANDBOX_NS_H

#include "sandbox/sandbox.h"
#include "base/util.h"

#include <stdbool.h>
#include <stddef.h>
#include <sys/stat.h>
#include <sys/types.h>

typedef struct NsSandbox NsSandbox;
typedef struct NsExec NsExec;
typedef struct NsShell NsShell;
typedef struct NsCgroup NsCgroup;

/* ---- ns_sandbox.c: lifecycle ---- */

struct NsSandbox {
    char *dir;              /* engine-private root: /tmp/worksim-sb-XXXXXX (0711) */
    char *ws;               /* dir/ws: the learner's workspace, bound at /workspace */
    char *base;             /* the workspace as recorded by ns_record_base (ns_scratch_dir), bound
                               read-only at /base in checks; NULL until then */
    bool ws_mounted;        /* ws is a capped tmpfs of its own (root only) */
    char *checks;           /* dir/checks: copy of SandboxConfig.checks_src, bound read-only at
                               /checks in checks; NULL when the scenario has none */
    char *etc;              /* dir/etc: generated passwd and group, bound read-only as /etc */
    bool has_init;          /* etc/worksim/init is a copy of worksim-ns-init: bwrap --as-pid-1 */
    SandboxLimits limits;
    bool drop_uid;          /* worksim runs as root: children switch to host_uid first */
    uid_t host_uid;         /* host uid the sandbox runs as (dedicated when root, else ours) */
    gid_t host_gid;
    unsigned serial;        /* counter for per-exec scratch names */
    NsExec **execs;         /* in-flight execs (owned by the exec; removed on completion) */
    int n_execs, cap_execs;
    NsShell **shells;       /* open shells */
    int n_shells, cap_shells;
    bool closed;
    bool needs_sweep;       /* a bwrap was killed before its namespace init: sweep the uid */
    NsCgroup *cg;           /* the sandbox's cgroup (aggregate memory and tasks), or NULL */
    char *cg_why;           /* why there is none */
};

/* Creates the private dirs and workspace copy; NULL and *err on failure (infrastructure). */
NsSandbox *ns_sandbox_open(const SandboxConfig *cfg, char **err);
/* Kills and reaps every process, calls pending exec callbacks with an error, removes files. */
void ns_sandbox_close(NsSandbox *sb);
/* Where small scratch copies live: NS_SCRATCH_SHM/NS_SCRATCH_PREFIX<engine pid>-XXXXXX. */
#define NS_SCRATCH_SHM "/dev/shm"
#define NS_SCRATCH_PREFIX "worksim-shm-"
/* A new empty private (0700) folder for a copy of the tree src (what: "check", "base"): on
 * tmpfs when src is small, else below dir; NULL with errno. Caller removes and frees it. */
char *ns_scratch_dir(NsSandbox *sb, const char *src, const char *what);
/* Copies the workspace to a fresh base folder (ns_scratch_dir; links kept as links, never
 * followed); see sandbox.h. */
bool ns_record_base(NsSandbox *sb, char **err);
/* Registers / forgets an in-flight exec or open shell so close can kill it. */
void ns_sandbox_track_exec(NsSandbox *sb, NsExec *ex);
void ns_sandbox_untrack_exec(NsSandbox *sb, NsExec *ex);
void ns_sandbox_track_shell(NsSandbox *sb, NsShell *sh);
void ns_sandbox_untrack_shell(NsSandbox *sb, NsShell *sh);
/* Kills a bwrap run and reaps it (blocking; quick after SIGKILL). When the pid of its
 * namespace init (inner, from --json-status-fd) is known that dies first, so bwrap only exits
 * once the whole pid namespace is gone; else bwrap is killed and --die-with-parent takes the
 * namespace down shortly after (*fallback, if not NULL, is then set). Returns the wait status, or -1 when it was already reaped. */
int ns_kill_and_reap(pid_t pid, pid_t inner, bool *fallback);
/* SIGKILLs the namespace init inner if it is still the child of bwrap outer; false if not. */
bool ns_kill_inner(pid_t outer, pid_t inner);
/* Reads what bwrap wrote to its --json-status-fd (non-blocking) into *acc; returns the host
 * pid of the namespace init ("child-pid") once seen, else 0. */
pid_t ns_status_child_pid(int status_fd, Buf *acc);

/* Copies the workspace or the base, links kept as links, into the existing empty folder dir
 * (sandbox_save_tree swaps it in); false and *err. earlier (NULL: none) is the save dir
 * replaces, a host-only tree never changed in place: its files equal to the source's are
 * hard-linked, not written again. */
bool ns_save_tree(NsSandbox *sb, bool base, const char *dir, const char *earlier, char **err);
/* True when saved (an earlier ns_save_tree) is still exactly the workspace or the base, byte
 * for byte: then it need not be saved again. */
bool ns_saved_tree_current(NsSandbox *sb, bool base, const char *saved);

/* ---- ns_leftovers.c: folders and mounts of dead engines (sandbox_leftovers) ---- */

int ns_leftovers(bool remove, char **first);
/* Detaches every mount at or below dir, deepest first (what a sandbox mounted there). */
void ns_unmount_below(const char *dir);

/* ---- ns_args.c: bwrap argument list ---- */

typedef struct NsArgs {
    char **v;
    int n, cap;
} NsArgs;

typedef struct NsRunSpec {
    const char *workspace;      /* host dir bound rw at /workspace */
    bool as_root;               /* --uid 0 --gid 0 inside the namespace */
    const char *term;           /* TERM value */
    const char *rcfile_host;    /* optional: host file bound ro at /etc/worksim/bashrc */
    const char *const *env_extra; /* optional NAME=value list added with --setenv */
    int seccomp_fd;             /* fd number as the child will see it */
    int status_fd;              /* --json-status-fd number in the child, or -1 */
    const char *home;           /* HOME inside; NULL = /workspace. Checks get a fresh /tmp so the
                                   learner's dotfiles (~/.local python hooks, .gitconfig, ...) stay out */
    const char *base;           /* optional: host dir bound read-only at /base (checks only) */
    const char *checks;         /* optional: host dir bound read-only at /checks (checks only) */
    const char *tmpfs_dir;      /* optional: ns_tmpfs_create's folder, whose tmp is bound at /tmp;
                                   NULL = bwrap's own --size --tmpfs */
} NsRunSpec;

#define NS_TMP_BYTES 268435456LL    /* /tmp: 256 MiB */
#define NS_SHM_BYTES 67108864LL     /* /dev/shm: 64 MiB */

void ns_args_add(NsArgs *a, const char *s);
void ns_args_free(NsArgs *a);
/* Appends the full option set (mounts, namespaces, env, seccomp) for one bwrap run. */
void ns_args_build(NsArgs *a, const NsSandbox *sb, const NsRunSpec *spec);
/* Writes the args NUL-separated into a new sealed memfd; returns it or -1 (errno set). */
int ns_args_memfd(const NsArgs *a);

/* ---- ns_seccomp.c ---- */

/* Returns a new memfd (offset 0) holding the BPF filter, or -1 with *err. */
int ns_seccomp_memfd(char **err);

/* ---- ns_spawn.c: child process set-up ---- */

typedef struct NsSpawn {
    int fd_in, fd_out, fd_err;  /* become 0, 1, 2 in the child */
    int args_fd;                /* becomes 3: --args */
    int seccomp_fd;             /* becomes 4: --seccomp */
    int status_fd;              /* becomes 5 (or -1): --json-status-fd */
    int trace_fd;               /* becomes 7 (or -1): the exec trace's write end, for the
                                   namespace init alone (ignored without it) */
    const char *const *tail;    /* command after the options: "--", argv..., NULL */
    bool new_session;           /* setsid() in the child (always true today) */
} NsSpawn;

enum { NS_FD_ARGS = 3, NS_FD_SECCOMP = 4, NS_FD_STATUS = 5, NS_FD_PARENT = 6, NS_FD_TRACE = 7 };

/* Where the sandbox's own init (worksim-ns-init, sandbox/ns/ns_init.c) is bound inside. */
#define NS_INIT_INSIDE "/etc/worksim/init"


/* Forks and execs bwrap with rlimits, death signal, setsid, the host uid switch and an
 * empty environment. Returns the pid, or -1 with *err (the child never returns). */
pid_t ns_spawn_bwrap(const NsSandbox *sb, const NsSpawn *sp, char **err);
/* Path of the bwrap binary, or NULL when it is not installed. */
const char *ns_bwrap_path(void);
/* Host path of worksim-ns-init ($WORKSIM_NS_INIT, the build tree, then the install's libexec
 * folder), or NULL: then bwrap's own (dumpable) reaper is pid 1 of the sandbox. Each sandbox
 * copies it into its etc folder (ns_sandbox.c), which saves bwrap a bind per run. */
const char *ns_init_path(void);

/* ---- ns_init_copy.c ---- */

/* Puts worksim-ns-init at ETC/worksim/init (a hard link to one copy per engine process, else a
 * copy); false when there is none: then bwrap's reaper stays pid 1. */
bool ns_init_place(const char *etc);

/* ---- ns_cgroup.c: per-sandbox cgroup (best effort) ---- */

/* Creates a group capping memory (limits.memory_mb, no swap) and tasks (limits.processes) for
 * one sandbox; NULL and *why (caller frees) when this machine offers none we may write. */
NsCgroup *ns_cgroup_create(const SandboxLimits *lim, char **why);
/* Child only (async-signal-safe): moves the calling process into the group. */
bool ns_cgroup_join(const NsCgroup *cg);
/* v2 only: the group's folder fd for clone3(CLONE_INTO_CGROUP), which needs no join; else -1. */
int ns_cgroup_clone_fd(const NsCgroup *cg);
/* Kills whatever is still in the group and removes it. NULL-safe. */
void ns_cgroup_destroy(NsCgroup *cg);
/* The group's folder (the memory one under v1), or NULL. */
const char *ns_cgroup_dir(const NsCgroup *cg);
/* For `worksim doctor` and tests: whether sandboxes get an aggregate cap here; *detail says
 * where, or why not. Creates and removes one trial group. */
bool ns_cgroup_check(char **detail);

/* ---- ns_tmpfs.c: per-run /tmp capped in bytes and inodes (root only) ---- */

/* Mounts it below a new folder of the sandbox and returns that, or NULL (unprivileged or
 * failed: then bwrap's --size --tmpfs is used). */
char *ns_tmpfs_create(NsSandbox *sb);
/* Unmounts and removes what ns_tmpfs_create made and frees dir; NULL-safe. */
void ns_tmpfs_remove(char *dir);

/* ---- ns_copy.c: tree copies without following links ---- */

/* Copies the regular files and directories of src into the existing empty dir dst
 * (symlinks and special files are skipped and counted in *skipped). Files end up owned by
 * uid/gid when chown_to is true. With keep_links, symlinks are recreated as symlinks
 * (never followed). false and *err on failure. */
bool ns_copy_tree(const char *src, const char *dst, bool keep_links, bool chown_to, uid_t uid,
                  gid_t gid, int *skipped, char **err);
/* The same, where earlier (NULL: none) is a copy made before: a file of it whose bytes, mode
 * and owner equal the source's at the same path is hard-linked into dst instead of written
 * again (counted in *reused). earlier must be a private, host-only tree that nothing changes
 * in place: dst then shares those files with it. */
bool ns_copy_tree_reusing(const char *src, const char *dst, const char *earlier, bool keep_links, bool chown_to,
                          uid_t uid, gid_t gid, int *skipped, int *reused, char **err);

/* Folders deeper than this below a copied tree's top are copied empty. */
#define NS_COPY_MAX_DEPTH 64

/* ---- ns_tree_same.c: is a copy still the tree? ---- */

/* True when the open regular file old holds exactly in's bytes (st: in's stat) with in's
 * permission bits and the owner uid/gid: what a copy of in would be. */
bool ns_file_same(int in, const struct stat *st, int old, uid_t uid, gid_t gid);
/* True when copy is exactly what ns_copy_tree(src, copy, keep_links, ...) would make now with
 * files owned by uid/gid: the same entries, kinds, link targets, bytes, modes and owners. */
bool ns_tree_same(const char *src, const char *copy, bool keep_links, uid_t uid, gid_t gid);
/* True when each of paths (relative, validated) is the same in tree as in base, a copy of the
 * same kind (ns_copy_tree, links kept, owned by uid/gid): both absent, or the same kind, link
 * target, bytes, modes and everything below; and each parent is a real folder in both (never a
 * link) with u+rwx. Then putting base's paths back into tree would change nothing. */
bool ns_paths_same(const char *tree, const char *base, char *const *paths, int n, uid_t uid, gid_t gid);

/* ---- ns_fingerprint.c ---- */

/* SHA-256 (64 hex digits) of the tree at dir: names, kinds, permission bits, file bytes and
 * link targets, links never followed. NULL when any part cannot be read. */
char *ns_tree_fingerprint(const char *dir);

/* Bytes in the regular files under src (links never followed), counting stops once past
 * limit; -1 when src cannot be read. */
long long ns_tree_bytes(const char *src, long long limit);

/* ---- ns_files.c ---- */

char *ns_read_file(NsSandbox *sb, const char *rel, size_t max, size_t *len_out, char **err);
bool ns_write_file(NsSandbox *sb, const char *rel, const char *data, size_t len, char **err);

/* ---- ns_exec.c ---- */

bool ns_exec_start(NsSandbox *sb, Loop *loop, const SandboxExecRequest *req, SandboxExecDone done,
                   void *ud, char **err);
/* Kills the exec's process, reaps it and delivers its callback with error set. */
void ns_exec_abort(NsExec *ex, const char *why);

/* ---- ns_shell.c ---- */

NsShell *ns_shell_open(NsSandbox *sb, int rows, int cols, const char *const *env_extra,
                       const char *rcfile_text, char **err);
int ns_shell_fd(NsShell *sh);
/* Read end of the shell's exec trace (sandbox/trace/exec_trace_wire.h), or -1 without one. */
int ns_shell_trace_fd(NsShell *sh);
void ns_shell_resize(NsShell *sh, int rows, int cols);
bool ns_shell_alive(NsShell *sh);
void ns_shell_interrupt(NsShell *sh);
void ns_shell_close(NsShell *sh);
/* Kills the shell process but leaves the object for its owner to close (used by sandbox close). */
void ns_shell_kill(NsShell *sh);

#endif
