/* vm_tree.c: sandbox_save_tree on vm. The workspace (and the base) live in the guest's tmpfs,
 * so the tree is streamed out as a tar: one root exec of GNU tar (the host's /usr, read-only
 * in the guest) whose output is capped not by limits.output_bytes but by what the guest's
 * tmpfs can hold (limits.disk_mb of file bytes plus headers). The host reads the stream with
 * libarchive and recreates only folders, regular files and links (as links, never followed)
 * in the folder it is given: every entry is made with O_EXCL in a parent opened beneath that
 * folder without following a link (host_open_beneath), because the guest is untrusted.
 * FIFOs, sockets and devices are skipped as ns_copy_tree skips them, levels deeper than
 * VM_TREE_DEPTH too; hard links, names leaving the folder and anything past a cap fail. */
#define _GNU_SOURCE
#include "sandbox/vm/vm.h"

#include "sandbox/host_path.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum {
    VM_TREE_DEPTH = 64,              /* as deep as the copies of ns_copy.c and agent_copy.c go */
    VM_TREE_ENTRY_BYTES = 6 * 1024,  /* tar headers and padding per entry, long names included */
    VM_TREE_TIMEOUT_S = 120,
};

/* Hard links become files of their own (a learner's `ln` must not fail the save); stderr stays
 * out of the stream. Exit 1 is "a file changed while it was read" (a background job writing). */
#define VM_TREE_TAR " --hard-dereference --numeric-owner -cf - . 2>/dev/null"
static const char tar_workspace[] = "exec tar -C " "/workspace" VM_TREE_TAR;
/* The base is seen only by check jobs; exit 3 when none was recorded. */
static const char tar_base[] = "test -d /base || exit 3; exec tar -C /base" VM_TREE_TAR;

size_t vm_tree_stream_cap(const SandboxLimits *limits)
{
    return ((size_t)limits->disk_mb << 20) + ((size_t)limits->files + 16) * VM_TREE_ENTRY_BYTES;
}

/* ---- unpacking an untrusted tar stream ---- */

typedef struct Unpack {
    int root;                   /* the destination folder */
    size_t bytes, max_bytes;    /* file bytes written, and their cap */
    long entries, max_entries;
    char *err;
} Unpack;

static bool unpack_fail(Unpack *u, const char *name, const char *what)
{
    if (!u->err) u->err = xasprintf("the tree from the VM: %.200s: %s", name ? name : "(no name)", what);
    return false;
}

/* The entry's name without "./" prefixes and trailing slashes (caller frees); NULL when it is
 * the root itself. *depth counts its components; *bad is set when it leaves the folder. */
static char *clean_name(const char *raw, int *depth, bool *bad)
{
    while (raw[0] == '.' && raw[1] == '/') {
        raw += 2;
        while (*raw == '/') raw++;
    }
    char *name = xstrdup(raw);
    size_t n = strlen(name);
    while (n && name[n - 1] == '/') name[--n] = '\0';
    if (!*name || strcmp(name, ".") == 0) {
        free(name);
        return NULL;
    }
    *bad = name[0] == '/';
    *depth = 0;
    for (const char *p = name; !*bad && *p;) {
        size_t len = strcspn(p, "/");
        if (len == 0 || (len == 1 && p[0] == '.') || (len == 2 && p[0] == '.' && p[1] == '.')) *bad = true;
        (*depth)++;
        p += len;
        if (*p) p++;
    }
    return name;
}

static bool write_all(int fd, const char *p, size_t n)
{
    while (n) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return false;
        p += w;
        n -= (size_t)w;
    }
    return true;
}

/* A regular file's data, written to a new file leaf in parent. */
static bool unpack_file(Unpack *u, struct archive *a, struct archive_entry *e, int parent, const char *leaf,
                        const char *name)
{
    int fd = openat(parent, leaf, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) return unpack_fail(u, name, strerror(errno));
    bool ok = true;
    const void *block;
    size_t size;
    la_int64_t offset, written = 0;
    int rc;
    while (ok && (rc = archive_read_data_block(a, &block, &size, &offset)) == ARCHIVE_OK) {
        if ((u->bytes += size) > u->max_bytes) ok = unpack_fail(u, name, "over the workspace's size limit");
        else if (offset != written) ok = unpack_fail(u, name, "a sparse file (tar in the guest writes none)");
        else if (!write_all(fd, block, size)) ok = unpack_fail(u, name, strerror(errno));
        written += (la_int64_t)size;
    }
    if (ok && rc != ARCHIVE_EOF) ok = unpack_fail(u, name, archive_error_string(a));
    if (ok) {
        fchmod(fd, archive_entry_perm(e) & 0777);
        struct timespec t[2] = {{0, UTIME_OMIT}, {archive_entry_mtime(e), archive_entry_mtime_nsec(e)}};
        futimens(fd, t);
    }
    close(fd);
    return ok;
}

static bool unpack_dir(Unpack *u, struct archive_entry *e, int parent, const char *leaf, const char *name)
{
    if (mkdirat(parent, leaf, 0700) != 0 && errno != EEXIST) return unpack_fail(u, name, strerror(errno));
    int fd = openat(parent, leaf, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return unpack_fail(u, name, errno == ENOTDIR || errno == ELOOP ? "not a folder" : strerror(errno));
    fchmod(fd, (archive_entry_perm(e) & 0777) | 0700);   /* the engine must still write into it */
    close(fd);
    return true;
}

static bool unpack_entry(Unpack *u, struct archive *a, struct archive_entry *e)
{
    const char *raw = archive_entry_pathname(e);
    int depth = 0;
    bool bad = false;
    char *name = raw ? clean_name(raw, &depth, &bad) : NULL;
    if (!raw) return unpack_fail(u, NULL, "an entry without a name");
    if (!name) return true;   /* the folder itself */
    bool ok = true;
    mode_t type = archive_entry_filetype(e);
    if (bad) {
        ok = unpack_fail(u, name, "leaves the folder");
    } else if (archive_entry_hardlink(e)) {
        ok = unpack_fail(u, name, "a hard link");
    } else if (++u->entries > u->max_entries) {
        ok = unpack_fail(u, name, "over the workspace's file limit");
    } else if (depth <= VM_TREE_DEPTH && (type == AE_IFREG || type == AE_IFDIR || type == AE_IFLNK)) {
        char *slash = strrchr(name, '/');
        const char *leaf = slash ? slash + 1 : name;
        if (slash) *slash = '\0';
        int parent = slash ? host_open_beneath(u->root, name, O_PATH | O_DIRECTORY, 0) : dup(u->root);
        if (slash) *slash = '/';
        if (parent < 0) {
            ok = unpack_fail(u, name, errno == ELOOP ? "a link on the way" : errno == EXDEV ? "leaves the folder"
                                                                                             : strerror(errno));
        } else if (type == AE_IFDIR) {
            ok = unpack_dir(u, e, parent, leaf, name);
        } else if (type == AE_IFREG) {
            ok = unpack_file(u, a, e, parent, leaf, name);
        } else {
            const char *target = archive_entry_symlink(e);
            if (!target || !*target || strlen(target) >= PATH_MAX) ok = unpack_fail(u, name, "a link without a target");
            else if (symlinkat(target, parent, leaf) != 0) ok = unpack_fail(u, name, strerror(errno));
        }
        if (parent >= 0) close(parent);
    }   /* FIFOs, sockets, devices and levels past the depth: skipped */
    free(name);
    return ok;
}

bool vm_tree_unpack(const void *tar, size_t len, const SandboxLimits *limits, const char *dir, char **err)
{
    Unpack u = {.max_bytes = (size_t)limits->disk_mb << 20, .max_entries = (long)limits->files + 16};
    u.root = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (u.root < 0) {
        *err = xasprintf("%s: %s", dir, strerror(errno));
        return false;
    }
    struct archive *a = archive_read_new();
    archive_read_support_format_tar(a);   /* no compression filter: the stream is plain tar */
    bool ok = archive_read_open_memory(a, tar, len) == ARCHIVE_OK;
    if (!ok) unpack_fail(&u, NULL, archive_error_string(a));
    while (ok) {
        struct archive_entry *e;
        int rc = archive_read_next_header(a, &e);
        if (rc == ARCHIVE_EOF) break;
        if (rc < ARCHIVE_WARN) ok = unpack_fail(&u, NULL, archive_error_string(a));
        else ok = unpack_entry(&u, a, e);
    }
    archive_read_free(a);
    close(u.root);
    if (!ok) *err = u.err ? u.err : xstrdup("the tree from the VM cannot be read");
    else free(u.err);
    return ok;
}

/* ---- streaming it out of the guest ---- */

typedef struct TarWait {
    bool done;
    SandboxExecResult result;   /* owns output and error */
} TarWait;

static void on_tar_done(void *ud, SandboxExecResult *r)
{
    TarWait *w = ud;
    w->result = *r;
    r->output = NULL;
    r->error = NULL;
    w->done = true;
}

/* Why the tar exec's result cannot be unpacked, or NULL (caller frees). */
static char *tar_failure(const SandboxExecResult *r, size_t cap)
{
    if (r->error) return xasprintf("the VM could not stream the tree out: %s", r->error);
    if (r->exit_code == 3) return xstrdup("no base was recorded");
    if (r->output_total > r->output_len)
        return xasprintf("the tree the VM streamed is over the %zu MB it may hold", cap >> 20);
    if (r->timed_out || (r->exit_code != 0 && r->exit_code != 1))
        return xasprintf("tar in the VM failed (exit %d%s)", r->exit_code, r->timed_out ? ", timed out" : "");
    return NULL;
}

bool vm_save_tree(VmSandbox *sb, bool base, const char *dir, char **err)
{
    SandboxExecRequest req = {.command = base ? tar_base : tar_workspace, .as_root = true, .check = base,
                              .timeout = VM_TREE_TIMEOUT_S};
    size_t cap = vm_tree_stream_cap(&sb->limits);
    TarWait w = {0};
    Loop *loop = loop_new(false);
    bool ok = vm_exec_start_capped(sb, loop, &req, cap, on_tar_done, &w, err);
    while (ok && !w.done && loop_run_once(loop, -1)) {}
    loop_free(loop);
    char *why = !ok ? NULL : !w.done ? xstrdup("the VM never finished streaming the tree") : tar_failure(&w.result, cap);
    if (why) {
        *err = why;
        ok = false;
    }
    if (ok) ok = vm_tree_unpack(w.result.output, w.result.output_len, &sb->limits, dir, err);
    free(w.result.output);
    free(w.result.error);
    return ok;
}
