/* sandbox.c: the backend-neutral side of sandbox.h: limit defaults, backend choice (auto
 * takes vm only when a cached probe showed fast hardware KVM), and forwarding to the ns or
 * vm backend. Also the blocking convenience sandbox_exec_wait, which runs an exec on a
 * private loop, and the atomic swap of a tree a backend saved to the host (sandbox_save_tree). */
#define _GNU_SOURCE
#include "sandbox/sandbox.h"

#include "sandbox/ns/ns.h"
#include "sandbox/vm/vm.h"
#include "base/util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct Sandbox {
    SandboxBackend backend;     /* resolved: SANDBOX_NS or SANDBOX_VM */
    NsSandbox *ns;
    VmSandbox *vm;
    unsigned long changes;      /* sandbox_change_count */
};

struct SandboxShell {
    NsShell *ns;
    VmShell *vm;
};

void sandbox_limits_apply_defaults(SandboxLimits *limits)
{
    if (limits->memory_mb <= 0) limits->memory_mb = 1024;
    if (limits->processes <= 0) limits->processes = 256;
    if (limits->cpu_seconds <= 0) limits->cpu_seconds = 120;
    if (limits->file_mb <= 0) limits->file_mb = 64;
    if (limits->open_files <= 0) limits->open_files = 256;
    if (limits->output_bytes == 0) limits->output_bytes = 256 * 1024;
    if (limits->wall_seconds <= 0) limits->wall_seconds = 60;
    if (limits->disk_mb <= 0) limits->disk_mb = 256;
    if (limits->files <= 0) limits->files = 10000;
}

/* Once per process, whichever backend: what killed engines left. */
static void sweep_leftovers_once(void)
{
    static bool swept;
    if (!__atomic_exchange_n(&swept, true, __ATOMIC_RELAXED)) ns_leftovers(true, NULL);
}

/* True when backend (AUTO resolved as sandbox_open does) is the vm one. */
static bool backend_is_vm(SandboxBackend backend)
{
    if (backend != SANDBOX_AUTO) return backend == SANDBOX_VM;
    char *why = NULL;
    bool vm = vm_kvm_cached_ok(&why);
    free(why);
    return vm;
}

char *sandbox_prepare(SandboxBackend backend)
{
    sweep_leftovers_once();
    if (backend_is_vm(backend)) return NULL;
    /* An empty ns sandbox, opened and closed: its open does the once-per-process work. */
    SandboxConfig cfg = {.backend = SANDBOX_NS};
    char *err = NULL;
    Sandbox *sb = sandbox_open(&cfg, &err);
    if (sb) {
        sandbox_close(sb);
        free(err);
        return NULL;
    }
    return err ? err : xstrdup("unknown error");
}

Sandbox *sandbox_open(const SandboxConfig *cfg, char **err)
{
    SandboxConfig defaults = {0};
    if (!cfg) cfg = &defaults;
    sweep_leftovers_once();
    bool vm = backend_is_vm(cfg->backend);
    if (vm) {
        VmSandbox *v = vm_sandbox_open(cfg, err);
        if (!v) return NULL;
        Sandbox *sb = xcalloc(1, sizeof *sb);
        sb->backend = SANDBOX_VM;
        sb->vm = v;
        return sb;
    }
    NsSandbox *ns = ns_sandbox_open(cfg, err);
    if (!ns) return NULL;
    Sandbox *sb = xcalloc(1, sizeof *sb);
    sb->backend = SANDBOX_NS;
    sb->ns = ns;
    return sb;
}

void sandbox_close(Sandbox *sb)
{
    if (!sb) return;
    if (sb->vm) vm_sandbox_close(sb->vm);
    else ns_sandbox_close(sb->ns);
    free(sb);
}

const char *sandbox_backend_name(const Sandbox *sb)
{
    return sb && sb->backend == SANDBOX_VM ? "vm" : "ns";
}

/* An exec that may change the workspace: counted when it starts and when it ends. */
typedef struct ChangingExec {
    Sandbox *sb;
    SandboxExecDone done;
    void *ud;
} ChangingExec;

static void on_changing_exec_done(void *ud, SandboxExecResult *r)
{
    ChangingExec *c = ud;
    c->sb->changes++;
    c->done(c->ud, r);
    free(c);
}

bool sandbox_exec_start(Sandbox *sb, Loop *loop, const SandboxExecRequest *req,
                        SandboxExecDone done, void *ud, char **err)
{
    if (!sb) {
        if (err) *err = xstrdup("no sandbox");
        return false;
    }
    ChangingExec *c = NULL;
    if (req && !req->check && done) {   /* a check sees a throwaway copy: it changes nothing */
        c = xmalloc(sizeof *c);
        *c = (ChangingExec){sb, done, ud};
        sb->changes++;
        done = on_changing_exec_done;
        ud = c;
    }
    bool ok = sb->vm ? vm_exec_start(sb->vm, loop, req, done, ud, err) : ns_exec_start(sb->ns, loop, req, done, ud, err);
    if (!ok) free(c);
    return ok;
}

unsigned long sandbox_change_count(const Sandbox *sb) { return sb ? sb->changes : 0; }

typedef struct WaitState {
    SandboxExecResult *result;
} WaitState;

static void on_wait_done(void *ud, SandboxExecResult *r)
{
    WaitState *w = ud;
    w->result = xcalloc(1, sizeof *w->result);
    *w->result = *r;
    r->output = NULL;     /* ownership moves to the waiter */
    r->error = NULL;
    r->tree = NULL;
}

SandboxExecResult *sandbox_exec_wait(Sandbox *sb, const SandboxExecRequest *req)
{
    WaitState w = {NULL};
    char *err = NULL;
    Loop *loop = loop_new(false);
    if (!sandbox_exec_start(sb, loop, req, on_wait_done, &w, &err)) {
        loop_free(loop);
        SandboxExecResult *r = xcalloc(1, sizeof *r);
        r->exit_code = -1;
        r->output = xstrdup("");
        r->error = err ? err : xstrdup("cannot start the command");
        return r;
    }
    while (!w.result && loop_run_once(loop, -1)) {}
    loop_free(loop);
    if (!w.result) {   /* cannot happen: the loop always has the exec's fds or deadline */
        w.result = xcalloc(1, sizeof *w.result);
        w.result->exit_code = -1;
        w.result->output = xstrdup("");
        w.result->error = xstrdup("the sandbox exec never completed");
    }
    return w.result;
}

bool sandbox_fingerprints_checks(const Sandbox *sb) { return sb && !sb->vm; }

double sandbox_check_time_scale(const Sandbox *sb) { return sb && sb->vm ? vm_check_time_scale(sb->vm) : 1.0; }

void sandbox_exec_result_free(SandboxExecResult *r)
{
    if (!r) return;
    free(r->output);
    free(r->error);
    free(r->tree);
    free(r);
}

SandboxShell *sandbox_shell_open(Sandbox *sb, int rows, int cols, const char *const *env_extra,
                                 const char *rcfile_text, char **err)
{
    if (!sb) {
        *err = xstrdup("no sandbox");
        return NULL;
    }
    if (sb->vm) {
        VmShell *vm = vm_shell_open(sb->vm, rows, cols, env_extra, rcfile_text, err);
        if (!vm) return NULL;
        SandboxShell *sh = xcalloc(1, sizeof *sh);
        sh->vm = vm;
        return sh;
    }
    NsShell *ns = ns_shell_open(sb->ns, rows, cols, env_extra, rcfile_text, err);
    if (!ns) return NULL;
    SandboxShell *sh = xcalloc(1, sizeof *sh);
    sh->ns = ns;
    return sh;
}

int sandbox_shell_fd(SandboxShell *sh)
{
    if (!sh) return -1;
    return sh->vm ? vm_shell_fd(sh->vm) : ns_shell_fd(sh->ns);
}

int sandbox_shell_trace_fd(SandboxShell *sh)
{
    if (!sh) return -1;
    return sh->vm ? vm_shell_trace_fd(sh->vm) : ns_shell_trace_fd(sh->ns);
}

void sandbox_shell_resize(SandboxShell *sh, int rows, int cols)
{
    if (sh && sh->vm) vm_shell_resize(sh->vm, rows, cols);
    else if (sh) ns_shell_resize(sh->ns, rows, cols);
}

bool sandbox_shell_alive(SandboxShell *sh)
{
    if (!sh) return false;
    return sh->vm ? vm_shell_alive(sh->vm) : ns_shell_alive(sh->ns);
}

void sandbox_shell_interrupt(SandboxShell *sh)
{
    if (sh && sh->vm) vm_shell_interrupt(sh->vm);
    else if (sh) ns_shell_interrupt(sh->ns);
}

void sandbox_shell_close(SandboxShell *sh)
{
    if (!sh) return;
    if (sh->vm) vm_shell_close(sh->vm);
    else ns_shell_close(sh->ns);
    free(sh);
}

bool sandbox_record_base(Sandbox *sb, char **err)
{
    if (!sb || (sb->ns && sb->ns->closed)) {
        *err = xstrdup("the sandbox is closed");
        return false;
    }
    if (sb->vm) return vm_record_base(sb->vm, err);
    return ns_record_base(sb->ns, err);
}

const char *sandbox_base_dir(const Sandbox *sb)
{
    if (!sb) return NULL;
    return sb->vm ? sb->vm->base : sb->ns->base;
}

/* Puts the finished copy tmp in dest's place: renameat2(RENAME_EXCHANGE) or, the first time,
 * a rename, so readers see the old tree or the new one, never a half. tmp then holds the old. */
static bool swap_in_tree(const char *tmp, const char *dest, char **err)
{
    if (renameat2(AT_FDCWD, tmp, AT_FDCWD, dest, RENAME_EXCHANGE) == 0) return true;
    if (errno == ENOENT && rename(tmp, dest) == 0) return true;
    *err = xasprintf("%s: %s", dest, strerror(errno));
    return false;
}

bool sandbox_save_tree(Sandbox *sb, SandboxTree which, const char *dest, char **err)
{
    if (!sb || (sb->ns && sb->ns->closed)) {
        *err = xstrdup("the sandbox is closed");
        return false;
    }
    bool base = which == SANDBOX_TREE_BASE;
    /* ns: dest is ours alone (the run's state folder) and only ever replaced whole: when it
     * still is the tree, nothing needs writing; else its unchanged files are shared with the
     * new copy (a full copy cost an inode per file and folder on every save). */
    struct stat st;
    bool earlier = sb->ns && lstat(dest, &st) == 0 && S_ISDIR(st.st_mode);
    if (earlier && ns_saved_tree_current(sb->ns, base, dest)) return true;
    char *tmp = xasprintf("%s.tmp-%ld", dest, (long)getpid());
    util_remove_tree(tmp);   /* scrap of an earlier save this pid never finished */
    bool ok = mkdir(tmp, 0700) == 0;
    if (!ok) *err = xasprintf("%s: %s", tmp, strerror(errno));
    ok = ok && (sb->vm ? vm_save_tree(sb->vm, base, tmp, err)
                       : ns_save_tree(sb->ns, base, tmp, earlier ? dest : NULL, err));
    ok = ok && swap_in_tree(tmp, dest, err);
    util_remove_tree(tmp);   /* the old copy, or what a failed save left */
    free(tmp);
    return ok;
}

char *sandbox_scratch_dir(Sandbox *sb, char **err)
{
    char *dir = sb && sb->ns && !sb->ns->closed ? ns_scratch_dir(sb->ns, sb->ns->ws, "scratch") : NULL;
    return dir ? dir : util_make_temp_dir("worksim-snapshot", err);
}

int sandbox_leftovers(bool remove, char **first) { return ns_leftovers(remove, first); }

char *sandbox_read_file(Sandbox *sb, const char *rel, size_t max, size_t *len_out, char **err)
{
    if (!sb || (sb->ns && sb->ns->closed)) {
        *err = xstrdup("the sandbox is closed");
        return NULL;
    }
    if (sb->vm) return vm_read_file(sb->vm, rel, max, len_out, err);
    return ns_read_file(sb->ns, rel, max, len_out, err);
}

bool sandbox_write_file(Sandbox *sb, const char *rel, const char *data, size_t len, char **err)
{
    if (!sb || (sb->ns && sb->ns->closed)) {
        *err = xstrdup("the sandbox is closed");
        return false;
    }
    sb->changes++;
    if (sb->vm) return vm_write_file(sb->vm, rel, data, len, err);
    return ns_write_file(sb->ns, rel, data, len, err);
}

bool sandbox_ns_aggregate_cap(char **detail) { return ns_cgroup_check(detail); }

SandboxVmStatus sandbox_vm_status(void)
{
    SandboxVmStatus st = {SANDBOX_VM_NO_IMAGE, NULL};
    char *image = vm_image_dir(&st.why);
    if (!image) {
        if (!st.why) st.why = xstrdup("no guest image");
        return st;
    }
    free(image);
    if (!vm_qemu_path()) {
        st.state = SANDBOX_VM_NO_QEMU;
        st.why = xstrdup("QEMU is not installed");
        return st;
    }
    bool fast = vm_kvm_cached_ok(&st.why);
    bool pvm = access("/sys/module/kvm_pvm", F_OK) == 0;
    if (!fast && !pvm && access("/dev/kvm", R_OK | W_OK) == 0 && st.why && strstr(st.why, "not probed")) {
        free(st.why);
        st.why = NULL;
        fast = vm_kvm_probe(&st.why);
    }
    if (!st.why) st.why = xstrdup(fast ? "KVM" : "no KVM");
    st.state = fast ? SANDBOX_VM_FAST : SANDBOX_VM_EMULATED;
    return st;
}
