/* vm_image.c: the guest image on the host side: where scripts/build-guest.sh left it, the
 * per-run initrd (the cached base followed by a newc cpio of the workspace as /ws-in, which
 * the agent moves onto a capped tmpfs: directories and regular files, owned by the learner,
 * links only when asked (a resumed run's); special files are skipped; a saved base as
 * /base-in), and the
 * cached KVM probe that lets `auto` choose the VM only where hardware KVM boots it fast. */
#define _GNU_SOURCE
#include "sandbox/vm/vm.h"

#include "base/install_path.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

enum { VM_KVM_FAST_MS = 1000 };   /* "fast": hardware KVM boots the agent within ~1 s */

static char *cache_root(void)
{
    const char *x = getenv("XDG_CACHE_HOME");
    if (x && *x) return xasprintf("%s/worksim/guest", x);
    const char *home = getenv("HOME");
    return xasprintf("%s/.cache/worksim/guest", home && *home ? home : "/tmp");
}

char *vm_image_dir(char **err)
{
    const char *env = getenv("WORKSIM_GUEST_DIR");
    char *dir = env && *env ? xstrdup(env) : NULL;
    if (!dir) {
        char *root = cache_root();
        dir = xasprintf("%s/image", root);
        free(root);
    }
    char *k = xasprintf("%s/vmlinuz", dir), *i = xasprintf("%s/initrd.gz", dir);
    bool ok = access(k, R_OK) == 0 && access(i, R_OK) == 0;
    free(k);
    free(i);
    if (!ok) {
        char *script = install_path_relative("libexec/worksim/build-guest.sh");
        *err = xasprintf("the VM guest image is not built (%s): run %s", dir, script ? script : "scripts/build-guest.sh");
        free(script);
        free(dir);
        return NULL;
    }
    return dir;
}

/* ---------------------------------------------------------------- cpio (newc) */

static void cpio_entry(Buf *b, const char *name, unsigned mode, size_t size, long mtime, unsigned ino)
{
    size_t namesize = strlen(name) + 1;
    buf_printf(b, "070701%08X%08X%08X%08X%08X%08lX%08zX%08X%08X%08X%08X%08zX%08X", ino, mode, 1000u,
               1000u, 1u, (unsigned long)mtime, size, 0u, 0u, 0u, 0u, namesize, 0u);
    buf_append(b, name, namesize);
    while (b->len % 4) buf_append(b, "", 1);
}

/* Appends the tree under host as name: folders and regular files, links too with keep_links
 * (as links: the target is the entry's data); FIFOs, devices and sockets skipped. */
static bool cpio_tree(Buf *b, const char *host, const char *name, bool keep_links, unsigned *ino, size_t *bytes,
                      char **err)
{
    DIR *d = opendir(host);
    if (!d) {
        *err = xasprintf("%s: %s", host, strerror(errno));
        return false;
    }
    bool ok = true;
    struct dirent *e;
    while (ok && (e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        char *hp = xasprintf("%s/%s", host, e->d_name);
        char *np = xasprintf("%s/%s", name, e->d_name);
        struct stat st;
        if (lstat(hp, &st) == 0 && S_ISDIR(st.st_mode)) {
            cpio_entry(b, np, S_IFDIR | (st.st_mode & 0777) | 0700, 0, (long)st.st_mtime, ++*ino);
            ok = cpio_tree(b, hp, np, keep_links, ino, bytes, err);
        } else if (lstat(hp, &st) == 0 && S_ISREG(st.st_mode)) {
            int fd = open(hp, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
            struct stat fst;
            if (fd < 0 || fstat(fd, &fst) != 0 || !S_ISREG(fst.st_mode)) {
                *err = xasprintf("%s: %s", hp, fd < 0 ? strerror(errno) : "changed while copying");
                ok = false;
            } else if ((*bytes += (size_t)fst.st_size) > (size_t)256 << 20) {
                *err = xasprintf("the workspace is too large for the VM sandbox (over 256 MiB)");
                ok = false;
            } else {
                cpio_entry(b, np, S_IFREG | (fst.st_mode & 0777), (size_t)fst.st_size, (long)fst.st_mtime, ++*ino);
                size_t start = b->len, want = (size_t)fst.st_size;
                char chunk[65536];
                while (b->len - start < want) {
                    ssize_t n = read(fd, chunk, want - (b->len - start) < sizeof chunk ? want - (b->len - start) : sizeof chunk);
                    if (n <= 0) break;
                    buf_append(b, chunk, (size_t)n);
                }
                while (b->len - start < want) buf_append(b, "", 1);   /* shrank: pad */
                while (b->len % 4) buf_append(b, "", 1);
            }
            if (fd >= 0) close(fd);
        } else if (keep_links && S_ISLNK(st.st_mode)) {
            char target[PATH_MAX];
            ssize_t n = readlink(hp, target, sizeof target);
            if (n > 0 && (size_t)n < sizeof target) {
                cpio_entry(b, np, S_IFLNK | 0777, (size_t)n, (long)st.st_mtime, ++*ino);
                buf_append(b, target, (size_t)n);
                while (b->len % 4) buf_append(b, "", 1);
            }
        }   /* FIFOs, devices, sockets (and links unless kept): skipped */
        free(hp);
        free(np);
    }
    closedir(d);
    return ok;
}

bool vm_image_write_initrd(const char *base, const VmInitrdTrees *trees, const char *out, char **err)
{
    size_t blen = 0;
    char *bdata = util_read_file(base, &blen, err);
    if (!bdata) return false;
    Buf b = {0};
    buf_append(&b, bdata, blen);
    free(bdata);
    while (b.len % 4) buf_append(&b, "", 1);
    unsigned ino = 1;
    size_t bytes = 0;
    cpio_entry(&b, "ws-in", S_IFDIR | 0755, 0, 0, ino);
    bool ok = !trees->workspace || cpio_tree(&b, trees->workspace, "ws-in", trees->workspace_links, &ino, &bytes, err);
    if (ok && trees->checks) {
        cpio_entry(&b, "checks-in", S_IFDIR | 0755, 0, 0, ++ino);
        ok = cpio_tree(&b, trees->checks, "checks-in", false, &ino, &bytes, err);
        if (ok && trees->checks_shared) {
            cpio_entry(&b, "checks-in/_shared", S_IFDIR | 0755, 0, 0, ++ino);
            ok = cpio_tree(&b, trees->checks_shared, "checks-in/_shared", false, &ino, &bytes, err);
        }
    }
    if (ok && trees->base) {   /* a resumed run's saved base: links are part of what checks compare */
        cpio_entry(&b, "base-in", S_IFDIR | 0755, 0, 0, ++ino);
        ok = cpio_tree(&b, trees->base, "base-in", true, &ino, &bytes, err);
    }
    if (ok) {
        cpio_entry(&b, "TRAILER!!!", 0, 0, 0, 0);
        ok = util_write_file(out, b.data, b.len, err);
    }
    buf_free(&b);
    return ok;
}

/* ---------------------------------------------------------------- KVM probe */

/* Cache file for this kernel image and QEMU binary: probe-<kernel>-<qemu size+mtime>. */
static char *probe_path(void)
{
    char *root = cache_root();
    char *kv_path = xasprintf("%s/image/kernel-version", root);
    char *kv = util_read_file(kv_path, NULL, NULL);
    if (kv) kv[strcspn(kv, "\n")] = 0;
    struct stat q;
    const char *qemu = vm_qemu_path();
    long qkey = qemu && stat(qemu, &q) == 0 ? (long)q.st_size ^ (long)q.st_mtime : 0;
    char *p = xasprintf("%s/kvm-probe-%s-%lx", root, kv ? kv : "none", qkey);
    free(root);
    free(kv_path);
    free(kv);
    return p;
}

bool vm_kvm_cached_ok(char **why)
{
    if (access("/dev/kvm", R_OK | W_OK) != 0) {
        *why = xstrdup("no usable /dev/kvm: the VM would need TCG emulation (~3 s per start)");
        return false;
    }
    char *p = probe_path();
    char *text = util_read_file(p, NULL, NULL);
    free(p);
    if (!text) {
        *why = xstrdup(access("/sys/module/kvm_pvm", F_OK) == 0
                           ? "/dev/kvm is the paravirtual kvm_pvm, which stock kernels hang on; no KVM probe cached"
                           : "/dev/kvm is present but not probed yet (worksim doctor probes it)");
        return false;
    }
    text[strcspn(text, "\n")] = 0;
    bool ok = strncmp(text, "ok ", 3) == 0;
    *why = xasprintf("cached KVM probe: %s", text);
    free(text);
    return ok;
}

bool vm_kvm_probe(char **why)
{
    if (access("/dev/kvm", R_OK | W_OK) != 0) return vm_kvm_cached_ok(why);
    char *e = NULL;
    SandboxConfig cfg = {0};
    double t0 = util_monotonic_seconds();
    struct stat kst;
    VmSandbox *sb = NULL;
    if (geteuid() == 0 && stat("/dev/kvm", &kst) == 0 && !(kst.st_mode & 060))   /* QEMU never runs as root */
        e = xstrdup("/dev/kvm is mode 0600 root, so the VM's unprivileged uid cannot open it");
    else
        sb = vm_sandbox_boot(&cfg, true, 3.0, 1, true, &e);
    double ms = (util_monotonic_seconds() - t0) * 1000;
    char *line;
    bool ok = sb && ms <= VM_KVM_FAST_MS;
    if (ok) line = xasprintf("ok KVM booted the agent in %.0f ms", ms);
    else if (sb) line = xasprintf("slow KVM booted the agent in %.0f ms (over %d ms)", ms, VM_KVM_FAST_MS);
    else line = xasprintf("fail KVM did not boot the agent: %s", e ? e : "?");
    vm_sandbox_close(sb);
    free(e);
    if (!strstr(line, "guest image is not built")) {
        char *p = probe_path();
        char *nl = xasprintf("%s\n", line);
        util_write_file(p, nl, strlen(nl), NULL);
        free(nl);
        free(p);
    }
    *why = xasprintf("KVM probe: %s", line);
    free(line);
    return ok;
}
