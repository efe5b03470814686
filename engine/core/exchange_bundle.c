/* exchange_bundle.c: writing and reading the export file, a tar (pax) with zstd, through
 * libarchive. The writer goes to a temporary file in the target's folder and renames it into
 * place only once it is complete and synced; the reader takes nothing but plain regular
 * files with safe relative names, so a hostile archive is refused before anything is used. */
#define _GNU_SOURCE
#include "core/exchange_bundle.h"

#include "base/util.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* ---- writing ---- */

struct BundleWriter {
    struct archive *ar;
    char *path, *tmp;
    int fd;
};

static char *bundle_archive_error(struct archive *ar, const char *what, const char *path)
{
    const char *msg = ar ? archive_error_string(ar) : NULL;
    return xasprintf("%s: %s: %s", path, what, msg ? msg : "unknown error");
}

BundleWriter *bundle_writer_open(const char *path, char **err)
{
    BundleWriter *w = xcalloc(1, sizeof *w);
    w->path = xstrdup(path);
    const char *slash = strrchr(path, '/');
    w->tmp = slash ? xasprintf("%.*s/.%s.tmp-XXXXXX", (int)(slash - path), path, slash + 1)
                   : xasprintf(".%s.tmp-XXXXXX", path);
    w->fd = mkostemp(w->tmp, O_CLOEXEC);
    if (w->fd < 0) {
        *err = xasprintf("%s: cannot create a file next to it: %s", path, strerror(errno));
        free(w->tmp);
        w->tmp = NULL;
        bundle_writer_abort(w);
        return NULL;
    }
    mode_t mask = umask(0);                           /* mkostemp's 0600, made what a new file gets */
    umask(mask);
    if (fchmod(w->fd, 0666 & ~mask) != 0) {
        *err = xasprintf("%s: cannot set the file's mode: %s", path, strerror(errno));
        bundle_writer_abort(w);
        return NULL;
    }
    w->ar = archive_write_new();
    if (!w->ar || archive_write_set_format_pax_restricted(w->ar) != ARCHIVE_OK ||
        archive_write_add_filter_zstd(w->ar) != ARCHIVE_OK || archive_write_open_fd(w->ar, w->fd) != ARCHIVE_OK) {
        *err = bundle_archive_error(w->ar, "cannot start the archive", path);
        bundle_writer_abort(w);
        return NULL;
    }
    return w;
}

bool bundle_writer_add(BundleWriter *w, const char *name, const void *data, size_t len, char **err)
{
    struct archive_entry *e = archive_entry_new();
    archive_entry_set_pathname(e, name);
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    archive_entry_set_size(e, (la_int64_t)len);
    archive_entry_set_mtime(e, time(NULL), 0);
    bool ok = archive_write_header(w->ar, e) == ARCHIVE_OK &&
              (len == 0 || archive_write_data(w->ar, data, len) == (la_ssize_t)len);
    archive_entry_free(e);
    if (!ok) *err = bundle_archive_error(w->ar, "cannot write the archive", w->path);
    return ok;
}

bool bundle_writer_commit(BundleWriter *w, char **err)
{
    bool ok = archive_write_close(w->ar) == ARCHIVE_OK;
    if (!ok) *err = bundle_archive_error(w->ar, "cannot finish the archive", w->path);
    archive_write_free(w->ar);
    w->ar = NULL;
    if (ok && (fsync(w->fd) != 0 || close(w->fd) != 0)) {
        *err = xasprintf("%s: cannot write the file: %s", w->path, strerror(errno));
        ok = false;
    }
    if (ok) w->fd = -1;
    if (ok && rename(w->tmp, w->path) != 0) {
        *err = xasprintf("%s: cannot put the file in place: %s", w->path, strerror(errno));
        ok = false;
    }
    if (ok) {
        free(w->tmp);
        w->tmp = NULL;
    }
    bundle_writer_abort(w);
    return ok;
}

void bundle_writer_abort(BundleWriter *w)
{
    if (!w) return;
    if (w->ar) archive_write_free(w->ar);
    if (w->fd >= 0) close(w->fd);
    if (w->tmp) unlink(w->tmp);
    free(w->tmp);
    free(w->path);
    free(w);
}

/* ---- reading ---- */

/* Why name is not a safe entry name, or NULL: relative, no empty, "." or ".." component,
 * only letters, digits, '.', '_', '-' and '/'. */
static const char *bundle_name_problem(const char *name)
{
    if (!name || !*name) return "an entry without a name";
    if (name[0] == '/') return "an absolute path";
    if (strlen(name) > 255) return "a name over 255 bytes";
    for (const char *p = name; *p; p++) {
        char c = *p;
        bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                     c == '_' || c == '-' || c == '/';
        if (!plain) return "a name with characters other than letters, digits, '.', '_', '-' and '/'";
    }
    for (const char *seg = name; *seg;) {
        size_t len = strcspn(seg, "/");
        if (len == 0 || (len == 1 && seg[0] == '.') || (len == 2 && seg[0] == '.' && seg[1] == '.'))
            return "a path with an empty, '.' or '..' part (path traversal)";
        seg += len;
        if (*seg == '/') seg++;
    }
    return NULL;
}

/* Why the entry is refused (its kind), or NULL for a regular file. Folders are skipped by
 * the caller. */
static const char *bundle_kind_problem(struct archive_entry *e)
{
    if (archive_entry_hardlink(e)) return "a hard link";
    switch (archive_entry_filetype(e)) {
    case AE_IFREG: return NULL;
    case AE_IFLNK: return "a symbolic link";
    case AE_IFCHR: case AE_IFBLK: return "a device";
    case AE_IFIFO: return "a pipe";
    case AE_IFSOCK: return "a socket";
    default: return "not a regular file";
    }
}

static bool bundle_fail(char **err, char *msg)
{
    *err = msg;
    return false;
}

static bool bundle_read_entries(struct archive *ar, const char *path, Bundle *out, char **err)
{
    size_t cap = 0, total = 0;
    for (;;) {
        struct archive_entry *e;
        int rc = archive_read_next_header(ar, &e);
        if (rc == ARCHIVE_EOF) break;
        if (rc != ARCHIVE_OK) return bundle_fail(err, bundle_archive_error(ar, "corrupt or truncated", path));
        const char *name = archive_entry_pathname(e);
        if (archive_entry_filetype(e) == AE_IFDIR && !archive_entry_hardlink(e)) {
            const char *problem = bundle_name_problem(name);
            if (problem) return bundle_fail(err, xasprintf("%s: refused: %s (%.80s)", path, problem, name ? name : ""));
            continue;
        }
        const char *problem = bundle_kind_problem(e);
        if (!problem) problem = bundle_name_problem(name);
        if (problem) return bundle_fail(err, xasprintf("%s: refused: %s (%.80s)", path, problem, name ? name : ""));
        if (out->n >= BUNDLE_MAX_ENTRIES)
            return bundle_fail(err, xasprintf("%s: refused: more than %d entries", path, BUNDLE_MAX_ENTRIES));
        la_int64_t size = archive_entry_size_is_set(e) ? archive_entry_size(e) : -1;
        if (size < 0 || (uint64_t)size + total > (uint64_t)BUNDLE_MAX_TOTAL_MB << 20)
            return bundle_fail(err, xasprintf("%s: refused: over %d MB unpacked", path, BUNDLE_MAX_TOTAL_MB));
        if (bundle_find(out, name)) return bundle_fail(err, xasprintf("%s: refused: entry %s appears twice", path, name));
        if (out->n == cap) {
            cap = cap ? cap * 2 : 16;
            out->entries = xrealloc(out->entries, cap * sizeof *out->entries);
        }
        BundleEntry *be = &out->entries[out->n++];
        be->name = xstrdup(name);
        be->len = (size_t)size;
        be->data = xmalloc(be->len + 1);
        size_t got = 0;
        while (got < be->len) {
            la_ssize_t n = archive_read_data(ar, be->data + got, be->len - got);
            if (n <= 0) return bundle_fail(err, bundle_archive_error(ar, "corrupt or truncated", path));
            got += (size_t)n;
        }
        be->data[be->len] = '\0';
        total += be->len;
    }
    if (out->n == 0) return bundle_fail(err, xasprintf("%s: not a worksim export (no files in it)", path));
    return true;
}

bool bundle_read(const char *path, Bundle *out, char **err)
{
    memset(out, 0, sizeof *out);
    char *why = NULL;
    if (!util_is_regular_file(path, &why)) {
        *err = why ? why : xasprintf("%s: cannot read it", path);
        return false;
    }
    struct archive *ar = archive_read_new();
    archive_read_support_filter_zstd(ar);
    archive_read_support_format_tar(ar);
    bool ok;
    if (archive_read_open_filename(ar, path, 65536) != ARCHIVE_OK) {
        const char *msg = archive_error_string(ar);
        *err = xasprintf("%s: not a worksim export, or corrupt or truncated (%s)", path, msg ? msg : "not a tar with zstd");
        ok = false;
    } else {
        ok = bundle_read_entries(ar, path, out, err);
    }
    archive_read_free(ar);
    if (!ok) bundle_free(out);
    return ok;
}

const BundleEntry *bundle_find(const Bundle *b, const char *name)
{
    for (size_t i = 0; i < b->n; i++)
        if (strcmp(b->entries[i].name, name) == 0) return &b->entries[i];
    return NULL;
}

void bundle_free(Bundle *b)
{
    for (size_t i = 0; i < b->n; i++) {
        free(b->entries[i].name);
        free(b->entries[i].data);
    }
    free(b->entries);
    memset(b, 0, sizeof *b);
}
