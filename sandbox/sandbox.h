/* sandbox.h: the one interface to the isolated machine a learner works in (DESIGN §5).
 * A Sandbox owns a private copy of the scenario workspace and runs commands against it:
 * one-shot execs (hooks' run:sh, checks) and the learner's interactive PTY shell. Backends
 * (ns = bubblewrap today, vm = QEMU later) sit behind this header; callers never see which.
 * Results come only from exit status and capped pipes; the host never follows a symlink
 * or special file found in the workspace. */
#ifndef WORKSIM_SANDBOX_H
#define WORKSIM_SANDBOX_H

#include <stdbool.h>
#include <stddef.h>

#include "base/loop.h"

typedef struct Sandbox Sandbox;
typedef struct SandboxShell SandboxShell;

typedef enum SandboxBackend { SANDBOX_AUTO = 0, SANDBOX_NS, SANDBOX_VM } SandboxBackend;

typedef struct SandboxLimits {
    int memory_mb;          /* address space per process (RLIMIT_AS); default 1024 */
    int processes;          /* processes of the sandbox user (RLIMIT_NPROC); default 256 */
    int cpu_seconds;        /* CPU time per process (RLIMIT_CPU); default 120 */
    int file_mb;            /* largest file a process may write (RLIMIT_FSIZE); default 64 */
    int open_files;         /* RLIMIT_NOFILE; default 256 */
    size_t output_bytes;    /* captured output per exec; more is counted, not kept; default 256 KiB */
    double wall_seconds;    /* default wall-clock limit per exec; default 60 */
    int disk_mb;            /* workspace bytes in all (ns as root: a capped tmpfs); default 256 */
    int files;              /* workspace files and folders in all (same); default 10000 */
} SandboxLimits;

typedef struct SandboxConfig {
    SandboxBackend backend;     /* AUTO picks ns unless a fast VM is known to work */
    const char *workspace_src;  /* folder copied into the sandbox as /workspace; NULL = empty */
    const char *checks_src;     /* folder copied in at open and seen read-only at /checks by
                                   check execs only (never the learner's shell); NULL = none */
    const char *checks_shared_src; /* with checks_src: a folder copied in as /checks/_shared, the
                                   helpers every scenario's checks may use (scenarios/lib/checks);
                                   checks_src must not hold a _shared of its own; NULL = none */
    SandboxLimits limits;       /* zero fields take the defaults above */
    bool workspace_links;       /* copy workspace_src's symlinks as links (never followed); a
                                   resumed run's saved workspace keeps the learner's links */
    const char *base_src;       /* resume: a saved base (sandbox_save_tree) becomes the run's
                                   /base at open, as if sandbox_record_base had run; NULL = none */
} SandboxConfig;

/* Creates the sandbox and its private workspace copy. NULL and *err (caller frees) when the
 * backend cannot start: callers treat that as infrastructure failure, never a learner's fault. */
Sandbox *sandbox_open(const SandboxConfig *cfg, char **err);
/* Does now, in this process, the work every process's first sandbox_open does once: sweeps
 * what dead engines left, and on ns finds the cgroup hierarchy, builds the syscall filter,
 * copies the namespace init and proves bubblewrap starts (a `true` in a sandbox). A process
 * that forks workers which each open sandboxes (verify, grade) calls it before forking: the
 * workers inherit the outcome instead of each paying for it again. NULL when the sandbox
 * starts, else why not (caller frees; nothing is kept, each later sandbox_open tries again).
 * The vm backend is not tried (NULL): a warm-up would boot a VM that each open boots anyway. */
char *sandbox_prepare(SandboxBackend backend);
/* Kills every process the sandbox started (shells and execs), removes its files. NULL-safe, idempotent. */
void sandbox_close(Sandbox *sb);
const char *sandbox_backend_name(const Sandbox *sb);     /* "ns" or "vm" */

typedef struct SandboxExecRequest {
    const char *command;        /* run by /bin/bash -c inside, cwd /workspace; "" runs nothing
                                   (exit 0, no output; ns starts no process for it) */
    bool as_root;               /* uid 0 inside the sandbox (never host root) */
    bool check;                 /* a check: workspace seen through a throwaway overlay, so the
                                   check can write but changes vanish; learner shell unaffected.
                                   Checks also see /base and /checks (read-only) and HOME=/tmp */
    double timeout;             /* seconds; 0 = limits.wall_seconds (a check: times sandbox_check_time_scale) */
    const char *stdin_data;     /* optional bytes fed to stdin, then EOF */
    size_t stdin_len;
    bool fingerprint;           /* a check only, on a backend where sandbox_fingerprints_checks:
                                   result->tree is the fingerprint of the check's copy of the
                                   workspace, taken before anything ran in it */
    char *const *protect;       /* a check: protected paths (DESIGN §3), relative, validated */
    int n_protect;
    const char *command_if_protected_same; /* a check with protect, optional: run instead of
                                   command when the backend proves, on the check's own copy
                                   before anything ran in it, that every protected path is
                                   exactly the base's (ns); so a command that only differs by
                                   putting them back or auditing them skips that work */
    bool (*reuse)(void *ud, const char *tree); /* with fingerprint, optional: asked once the
                                   copy is fingerprinted (before anything ran in it); true: the
                                   command is not run (no process), result->reused is set, exit
                                   0, no output. A backend that does not fingerprint checks
                                   itself never asks (the command always runs there) */
    void *reuse_ud;
} SandboxExecRequest;

typedef struct SandboxExecResult {
    int exit_code;              /* 0..255; 128+N when killed by signal N */
    bool timed_out;             /* killed at the wall-clock limit */
    char *output;               /* stdout and stderr interleaved, at most limits.output_bytes */
    size_t output_len;
    size_t output_total;        /* bytes produced, including those not kept */
    double seconds;             /* wall time */
    char *error;                /* non-NULL: the sandbox itself failed (infrastructure) */
    char *tree;                 /* request.fingerprint: 64 hex digits, NULL when any part of the
                                   tree could not be read (then nothing may be reused) */
    bool reused;                /* request.reuse said yes for tree: nothing ran */
    bool resent;                /* vm: a check the VM never answered was sent once more, and
                                   this is the second attempt's result */
} SandboxExecResult;

typedef void (*SandboxExecDone)(void *ud, SandboxExecResult *result);  /* result freed after return */

/* True when the backend fingerprints a check's workspace copy itself (request.fingerprint),
 * on the host, as it makes the copy (ns); else (vm) the caller's command must print it. */
bool sandbox_fingerprints_checks(const Sandbox *sb);

/* How many times its timeout a check (request.check) is given on this sandbox: 1, except in
 * a VM under TCG emulation, where the same work runs several times slower (vm.h). */
double sandbox_check_time_scale(const Sandbox *sb);

/* Starts a command; done is called from the loop exactly once (also on failure to start,
 * with result->error set). Returns false only on misuse (closed sandbox), with *err. */
bool sandbox_exec_start(Sandbox *sb, Loop *loop, const SandboxExecRequest *req,
                        SandboxExecDone done, void *ud, char **err);
/* Counts what may have changed the workspace from the host's side: each exec that is not a
 * check (at its start and at its end) and each sandbox_write_file. A saved copy of the
 * workspace is still current while the count stays the same, unless the learner's shell ran
 * something meanwhile (its commands are the caller's to track). */
unsigned long sandbox_change_count(const Sandbox *sb);
/* Convenience for the CLI and tests: runs one command to completion on a private loop.
 * Caller frees the result with sandbox_exec_result_free. */
SandboxExecResult *sandbox_exec_wait(Sandbox *sb, const SandboxExecRequest *req);
void sandbox_exec_result_free(SandboxExecResult *r);

/* Interactive shell: bash -i on a PTY inside the sandbox, as the learner. env_extra is a
 * NULL-terminated list of "NAME=value" strings set in the shell (e.g. shell-integration
 * settings); the host environment never reaches it. Returns NULL and *err on failure. */
SandboxShell *sandbox_shell_open(Sandbox *sb, int rows, int cols, const char *const *env_extra,
                                 const char *rcfile_text, char **err);
int sandbox_shell_fd(SandboxShell *sh);               /* PTY master: read output, write keys; non-blocking */
/* Read end (non-blocking) of the shell's exec trace: one record per program the shell's process
 * tree executed, written inside the sandbox before it ran (read with sandbox/exec_trace.h).
 * -1 when this backend or sandbox cannot trace (then nothing is known about execs). */
int sandbox_shell_trace_fd(SandboxShell *sh);
void sandbox_shell_resize(SandboxShell *sh, int rows, int cols);
bool sandbox_shell_alive(SandboxShell *sh);           /* false once the shell process has exited */
void sandbox_shell_interrupt(SandboxShell *sh);       /* Ctrl-C to the foreground job */
void sandbox_shell_close(SandboxShell *sh);           /* kills the shell and its processes; NULL-safe */

/* The run's base (DESIGN §3, "Checks see the truth"): records the workspace as it stands now
 * (the engine calls it once, when on_start has returned) as an engine-private copy, links
 * kept as links, that every later check exec sees read-only at /base. The learner's shell
 * never sees it. Calling it again replaces the copy. false and *err (infrastructure) on failure. */
bool sandbox_record_base(Sandbox *sb, char **err);
/* Host path of that copy, or NULL before sandbox_record_base: read it only with the
 * link-refusing readers (it holds what the scenario put there, links included). */
const char *sandbox_base_dir(const Sandbox *sb);

/* Saves the workspace (or the recorded base) as a complete host copy at dest, links kept as
 * links and never followed, replacing what dest held in one atomic step: a crash leaves either
 * the old copy or the new one, never a half-written tree (a leftover dest.tmp-* is scrap). The
 * copy belongs to the engine and is what a resumed run reopens (DESIGN §8). On vm the tree is
 * streamed out of the guest (a tar, capped by limits.disk_mb and .files, unpacked without
 * following links). false and *err on failure. */
typedef enum SandboxTree { SANDBOX_TREE_WORKSPACE, SANDBOX_TREE_BASE } SandboxTree;
bool sandbox_save_tree(Sandbox *sb, SandboxTree which, const char *dest, char **err);

/* A new empty private folder (caller removes and frees) for a host copy of the workspace that
 * lives a moment (the snapshot of a graded run): on tmpfs when the workspace is small (ns),
 * else under $TMPDIR. NULL and *err on failure. */
char *sandbox_scratch_dir(Sandbox *sb, char **err);

/* Folders and mounts that sandboxes of engines that are gone left under $TMPDIR (a killed
 * engine cannot clean up): counts them and, with remove, unmounts and deletes them. A live
 * engine's are never touched (its pid is in the folder's name). *first (may be NULL; caller
 * frees) names one of them. sandbox_open sweeps once per process. */
int sandbox_leftovers(bool remove, char **first);

/* Host-side file access to the workspace, refusing symlinks, devices, FIFOs and paths that
 * leave the workspace. rel is relative to /workspace. Reads more than max bytes fail. */
char *sandbox_read_file(Sandbox *sb, const char *rel, size_t max, size_t *len_out, char **err);
bool sandbox_write_file(Sandbox *sb, const char *rel, const char *data, size_t len, char **err);

/* Fills zero fields of *limits with the defaults. */
void sandbox_limits_apply_defaults(SandboxLimits *limits);

/* For `worksim doctor`: whether ns sandboxes get an aggregate memory and process cap (a cgroup)
 * on this machine; *detail (caller frees) says where, or why not. */
bool sandbox_ns_aggregate_cap(char **detail);

/* For `worksim doctor`: what the vm backend lacks here, or how fast it would run. */
typedef enum SandboxVmState {
    SANDBOX_VM_NO_IMAGE,   /* no guest image built (scripts/build-guest.sh) */
    SANDBOX_VM_NO_QEMU,    /* qemu-system-x86_64 is not installed */
    SANDBOX_VM_FAST,       /* KVM boots the guest fast: `--sandbox auto` picks vm */
    SANDBOX_VM_EMULATED,   /* only TCG emulation (~3 s per start): auto picks ns */
} SandboxVmState;
typedef struct SandboxVmStatus {
    SandboxVmState state;
    char *why;   /* the reason, in words (caller frees) */
} SandboxVmStatus;
/* Probes KVM once (a short boot, its outcome cached) when it was never probed and could work. */
SandboxVmStatus sandbox_vm_status(void);

#endif
