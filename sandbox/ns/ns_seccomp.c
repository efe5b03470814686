/* ns_seccomp.c: the syscall filter loaded by bwrap (`--seccomp FD`) before the command runs.
 * Generated once per process with libseccomp, exported as BPF and cached; each spawn gets a
 * fresh memfd copy. Allow by default; deny the kernel attack surface listed in
 * reference/sandbox.md (ptrace, keyrings, bpf, io_uring, mounts, new user namespaces, ...). */
#define _GNU_SOURCE
#include "sandbox/ns/ns.h"

#include "base/util.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <seccomp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

static char *cached_bpf;
static size_t cached_len;

/* Syscalls refused with EPERM. Names unknown to this libseccomp are skipped. */
static const char *const denied_eperm[] = {
    "ptrace", "process_vm_readv", "process_vm_writev",
    "keyctl", "add_key", "request_key",
    "bpf", "perf_event_open", "userfaultfd",
    "io_uring_setup", "io_uring_enter", "io_uring_register",
    "mount", "umount", "umount2", "pivot_root", "fsopen", "fsconfig", "fsmount", "fspick",
    "move_mount", "open_tree", "mount_setattr",
    "unshare", "setns",
    "init_module", "finit_module", "delete_module", "kexec_load", "kexec_file_load",
    "syslog", "open_by_handle_at", "name_to_handle_at",
    "acct", "swapon", "swapoff", "reboot", "quotactl", "lookup_dcookie", "vhangup",
};

static bool rule(scmp_filter_ctx ctx, uint32_t action, const char *name, unsigned n_args,
                 const struct scmp_arg_cmp *args, char **err)
{
    int nr = seccomp_syscall_resolve_name(name);
    if (nr == __NR_SCMP_ERROR) return true; /* not on this architecture/libseccomp */
    int rc = seccomp_rule_add_array(ctx, action, nr, n_args, args);
    if (rc < 0) {
        *err = xasprintf("seccomp rule for %s: %s", name, strerror(-rc));
        return false;
    }
    return true;
}

/* Builds the filter and exports its BPF into cached_bpf. */
static bool build_filter(char **err)
{
    scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
    if (!ctx) {
        *err = xstrdup("seccomp_init failed");
        return false;
    }
    /* Foreign-architecture syscalls (int 0x80, x32) hit the default bad-arch action: kill. */
    bool ok = true;
    for (size_t i = 0; ok && i < sizeof denied_eperm / sizeof *denied_eperm; i++)
        ok = rule(ctx, SCMP_ACT_ERRNO(EPERM), denied_eperm[i], 0, NULL, err);
    /* clone3 passes flags in memory BPF cannot inspect: ENOSYS makes libc fall back to clone. */
    if (ok) ok = rule(ctx, SCMP_ACT_ERRNO(ENOSYS), "clone3", 0, NULL, err);
    if (ok) {
        struct scmp_arg_cmp c = SCMP_A0(SCMP_CMP_MASKED_EQ, CLONE_NEWUSER, CLONE_NEWUSER);
        ok = rule(ctx, SCMP_ACT_ERRNO(EPERM), "clone", 1, &c, err);
    }
    /* ioctl's request is an unsigned int: compare the low 32 bits only, so setting high
     * bits cannot slip TIOCSTI past the filter. */
    if (ok) {
        struct scmp_arg_cmp c = SCMP_A1(SCMP_CMP_MASKED_EQ, 0xffffffffu, TIOCSTI);
        ok = rule(ctx, SCMP_ACT_ERRNO(EPERM), "ioctl", 1, &c, err);
    }
    if (ok) {
        struct scmp_arg_cmp c = SCMP_A1(SCMP_CMP_MASKED_EQ, 0xffffffffu, TIOCLINUX);
        ok = rule(ctx, SCMP_ACT_ERRNO(EPERM), "ioctl", 1, &c, err);
    }
    if (ok) {
        int fd = memfd_create("worksim-seccomp-export", MFD_CLOEXEC);
        int rc = fd < 0 ? -errno : seccomp_export_bpf(ctx, fd);
        if (rc < 0) {
            *err = xasprintf("seccomp export: %s", strerror(-rc));
            ok = false;
        } else {
            off_t len = lseek(fd, 0, SEEK_END);
            char *data = len > 0 ? xmalloc((size_t)len) : NULL;
            ok = len > 0 && pread(fd, data, (size_t)len, 0) == (ssize_t)len;
            if (ok) {
                cached_bpf = data;
                cached_len = (size_t)len;
            } else {
                free(data);
                *err = xstrdup("seccomp export: short read");
            }
        }
        if (fd >= 0) close(fd);
    }
    seccomp_release(ctx);
    return ok;
}

int ns_seccomp_memfd(char **err)
{
    if (!cached_bpf && !build_filter(err)) return -1;
    int fd = memfd_create("worksim-seccomp", MFD_CLOEXEC);
    if (fd < 0) {
        *err = xasprintf("memfd_create: %s", strerror(errno));
        return -1;
    }
    if (write(fd, cached_bpf, cached_len) != (ssize_t)cached_len || lseek(fd, 0, SEEK_SET) != 0) {
        *err = xasprintf("seccomp memfd: %s", strerror(errno));
        close(fd);
        return -1;
    }
    return fd;
}
