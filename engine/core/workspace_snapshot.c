/* workspace_snapshot.c: the final workspace as a tar.zst (workspace_snapshot.h), with
 * libarchive. The sandbox's workspace is first saved as a host copy (sandbox_save_tree, links
 * kept as links); that copy is archived without following any link, owners set to 0 and
 * names made relative. Reading one back keeps only files, folders and links whose paths stay
 * inside, and the result is unpacked in the sandbox, never on the host. */
#define _GNU_SOURCE
#include "core/workspace_snapshot.h"

#include "base/util.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void workspace_snapshot_sha256(const void *data, size_t len, char out[65])
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    if (!EVP_Digest(data, len, digest, &n, EVP_sha256(), NULL)) n = 0;
    for (unsigned int i = 0; i < n && i < 32; i++) snprintf(out + 2 * i, 3, "%02x", digest[i]);
    out[2 * (n < 32 ? n : 32)] = '\0';
}

void workspace_snapshot_clear(WorkspaceSnapshot *snap)
{
    free(snap->data);
    memset(snap, 0, sizeof *snap);
}

/* ---- writing an archive into memory, refusing to grow past a cap ---- */

typedef struct CappedBuf {
    Buf buf;
    size_t max;
    bool over;
} CappedBuf;

static la_ssize_t capped_write(struct archive *a, void *ud, const void *data, size_t n)
{
    CappedBuf *cb = ud;
    if (cb->buf.len + n > cb->max) {
        cb->over = true;
        archive_set_error(a, ENOSPC, "over the size cap");
        return -1;
    }
    buf_append(&cb->buf, data, n);
    return (la_ssize_t)n;
}

static struct archive *memory_writer(CappedBuf *cb, bool zstd)
{
    struct archive *w = archive_write_new();
    archive_write_set_format_pax_restricted(w);
    if (zstd) archive_write_add_filter_zstd(w);
    else archive_write_add_filter_none(w);
    archive_write_set_bytes_in_last_block(w, 1);
    if (archive_write_open(w, cb, NULL, capped_write, NULL) != ARCHIVE_OK) {
        archive_write_free(w);
        return NULL;
    }
    return w;
}

static bool kept_type(mode_t type) { return type == AE_IFREG || type == AE_IFDIR || type == AE_IFLNK; }

/* Copies the current entry's data from r to w. */
static bool copy_data(struct archive *r, struct archive *w, size_t *bytes)
{
    const void *block;
    size_t size;
    la_int64_t offset;
    int rc;
    while ((rc = archive_read_data_block(r, &block, &size, &offset)) == ARCHIVE_OK) {
        if (archive_write_data(w, block, size) < 0) return false;
        if (bytes) *bytes += size;
    }
    return rc == ARCHIVE_EOF;
}

/* ---- taking one ---- */

/* The entry's name relative to root ("shop/x.py"), or NULL for root itself. */
static const char *relative_name(const char *path, const char *root)
{
    size_t n = strlen(root);
    if (strncmp(path, root, n) != 0) return NULL;
    path += n;
    while (*path == '/') path++;
    return *path ? path : NULL;
}

bool workspace_snapshot_of_folder(const char *dir, size_t max_bytes, WorkspaceSnapshot *out, char **why)
{
    memset(out, 0, sizeof *out);
    double t0 = util_monotonic_seconds();
    if (max_bytes == 0) max_bytes = (size_t)WORKSPACE_SNAPSHOT_MAX_MB * 1024 * 1024;
    CappedBuf cb = {.max = max_bytes};
    struct archive *w = memory_writer(&cb, true);
    struct archive *disk = archive_read_disk_new();
    archive_read_disk_set_symlink_physical(disk);
    archive_read_disk_set_behavior(disk, ARCHIVE_READDISK_NO_XATTR | ARCHIVE_READDISK_NO_ACL |
                                             ARCHIVE_READDISK_NO_FFLAGS | ARCHIVE_READDISK_NO_TRAVERSE_MOUNTS);
    bool ok = w && archive_read_disk_open(disk, dir) == ARCHIVE_OK;
    struct archive_entry *e = archive_entry_new();
    while (ok) {
        archive_entry_clear(e);
        int rc = archive_read_next_header2(disk, e);
        if (rc == ARCHIVE_EOF) break;
        if (rc < ARCHIVE_WARN) {
            ok = false;
            break;
        }
        archive_read_disk_descend(disk);
        const char *rel = relative_name(archive_entry_pathname(e), dir);
        if (!rel || !kept_type(archive_entry_filetype(e))) continue;
        char *name = xstrdup(rel);
        archive_entry_set_pathname(e, name);
        free(name);
        archive_entry_set_uid(e, 0);
        archive_entry_set_gid(e, 0);
        archive_entry_set_uname(e, NULL);
        archive_entry_set_gname(e, NULL);
        archive_entry_set_nlink(e, 1);
        ok = archive_write_header(w, e) == ARCHIVE_OK;
        if (ok && archive_entry_filetype(e) == AE_IFREG) ok = copy_data(disk, w, &out->raw_bytes);
    }
    if (!ok && !cb.over) {
        const char *msg = archive_error_string(w && archive_errno(w) ? w : disk);
        *why = xasprintf("cannot archive the workspace: %s", msg ? msg : "unknown error");
    }
    archive_entry_free(e);
    archive_read_free(disk);
    if (w && archive_write_close(w) != ARCHIVE_OK && ok) {
        ok = false;
        if (!cb.over) *why = xasprintf("cannot archive the workspace: %s", archive_error_string(w));
    }
    archive_write_free(w);
    if (cb.over) {
        *why = xasprintf("the final workspace is over the %zu MB snapshot cap (%zu MB of files archived before "
                         "the cap was reached): no snapshot was stored",
                         max_bytes >> 20, out->raw_bytes >> 20);
        ok = false;
    }
    if (!ok) {
        buf_free(&cb.buf);
        memset(out, 0, sizeof *out);
        return false;
    }
    out->len = cb.buf.len;
    out->data = (unsigned char *)buf_steal(&cb.buf);
    workspace_snapshot_sha256(out->data, out->len, out->sha256);
    out->seconds = util_monotonic_seconds() - t0;
    return true;
}

bool workspace_snapshot_take(Sandbox *sb, size_t max_bytes, WorkspaceSnapshot *out, char **why)
{
    memset(out, 0, sizeof *out);
    double t0 = util_monotonic_seconds();
    char *err = NULL;
    char *tmp = sandbox_scratch_dir(sb, &err);
    if (!tmp) {
        *why = xasprintf("cannot make a folder for the snapshot: %s", err ? err : "unknown error");
        free(err);
        return false;
    }
    char *copy = xasprintf("%s/workspace", tmp);
    bool ok = sandbox_save_tree(sb, SANDBOX_TREE_WORKSPACE, copy, &err);
    if (!ok) *why = xasprintf("cannot copy the final workspace out of the sandbox: %s", err ? err : "unknown error");
    else ok = workspace_snapshot_of_folder(copy, max_bytes, out, why);
    if (ok) out->seconds = util_monotonic_seconds() - t0;
    util_remove_tree(tmp);
    free(err);
    free(copy);
    free(tmp);
    return ok;
}

/* ---- reading one back ---- */

/* A name that stays inside the folder it is unpacked in. */
static bool inside_name(const char *name)
{
    if (!name || !*name || name[0] == '/') return false;
    for (const char *p = name; *p;) {
        const char *slash = strchr(p, '/');
        size_t n = slash ? (size_t)(slash - p) : strlen(p);
        if (n == 2 && p[0] == '.' && p[1] == '.') return false;
        p += n;
        while (*p == '/') p++;
    }
    return true;
}

char *workspace_snapshot_plain_tar(const void *data, size_t len, size_t *tar_len, char **err)
{
    struct archive *r = archive_read_new();
    archive_read_support_filter_zstd(r);
    archive_read_support_format_tar(r);
    /* a plain tar is at most the files' bytes plus headers: the sandbox's workspace limit caps both */
    CappedBuf cb = {.max = (size_t)1 << 30};
    struct archive *w = memory_writer(&cb, false);
    bool ok = w && archive_read_open_memory(r, data, len) == ARCHIVE_OK;
    if (!ok) *err = xasprintf("the snapshot is not a tar.zst archive: %s", archive_error_string(r));
    struct archive_entry *e;
    while (ok) {
        int rc = archive_read_next_header(r, &e);
        if (rc == ARCHIVE_EOF) break;
        if (rc < ARCHIVE_WARN) {
            *err = xasprintf("the snapshot cannot be read: %s", archive_error_string(r));
            ok = false;
        } else if (!kept_type(archive_entry_filetype(e)) || archive_entry_hardlink(e) ||
                   !inside_name(archive_entry_pathname(e))) {
            *err = xasprintf("the snapshot holds an entry that is not a file, folder or link inside the workspace: %.200s",
                             archive_entry_pathname(e) ? archive_entry_pathname(e) : "(no name)");
            ok = false;
        } else if (archive_write_header(w, e) != ARCHIVE_OK ||
                   (archive_entry_filetype(e) == AE_IFREG && !copy_data(r, w, NULL))) {
            *err = xasprintf("the snapshot cannot be unpacked: %s",
                             archive_errno(w) ? archive_error_string(w) : archive_error_string(r));
            ok = false;
        }
    }
    archive_read_free(r);
    if (w && archive_write_close(w) != ARCHIVE_OK && ok) {
        *err = xasprintf("the snapshot cannot be unpacked: %s", archive_error_string(w));
        ok = false;
    }
    archive_write_free(w);
    if (!ok) {
        buf_free(&cb.buf);
        return NULL;
    }
    *tar_len = cb.buf.len;
    return buf_steal(&cb.buf);
}

bool workspace_snapshot_load_tar(Sandbox *sb, const char *tar, size_t len, char **err)
{
    /* In /workspace, as the learner: the scenario's files go, the archive's come. */
    SandboxExecRequest req = {
        .command = "find . -mindepth 1 -delete && tar -xf - 2>&1",
        .timeout = 120,
        .stdin_data = tar,
        .stdin_len = len,
    };
    SandboxExecResult *r = sandbox_exec_wait(sb, &req);
    bool ok = !r->error && r->exit_code == 0;
    if (!ok) {
        const char *why = r->error ? r->error : r->output && *r->output ? r->output : "unknown error";
        *err = xasprintf("the workspace could not be unpacked in the sandbox (exit %d): %.300s", r->exit_code, why);
    }
    sandbox_exec_result_free(r);
    return ok;
}
