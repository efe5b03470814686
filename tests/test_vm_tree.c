/* test_vm_tree.c: the host side of a tree streamed out of a VM guest (sandbox/vm/vm_tree.c),
 * fed hostile tar streams such as a subverted guest could send, without booting one: names
 * that leave the folder, a link planted to redirect a later entry, hard links, special files,
 * more bytes or entries than the workspace may hold. Nothing may appear outside the folder;
 * folders, files (mode and bytes) and links (as links) come through. */
#define _GNU_SOURCE
#include "testlib.h"

#include "base/util.h"
#include "sandbox/vm/vm.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* One entry of a crafted stream. */
typedef struct Entry {
    const char *name;
    mode_t type;            /* AE_IFREG, AE_IFDIR, AE_IFLNK, AE_IFIFO, AE_IFCHR */
    const char *data;       /* file bytes, or the link target */
    size_t size;            /* file size when data is NULL (zeros) */
    const char *hardlink;   /* makes the entry a hard link to this name */
} Entry;

static la_ssize_t to_buf(struct archive *a, void *ud, const void *data, size_t n)
{
    (void)a;
    buf_append(ud, data, n);
    return (la_ssize_t)n;
}

static Buf tar_of(const Entry *entries, size_t n)
{
    Buf b = {0};
    struct archive *w = archive_write_new();
    archive_write_set_format_pax_restricted(w);
    archive_write_add_filter_none(w);
    archive_write_open(w, &b, NULL, to_buf, NULL);
    for (size_t i = 0; i < n; i++) {
        const Entry *x = &entries[i];
        struct archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, x->name);
        archive_entry_set_filetype(e, x->type);
        archive_entry_set_perm(e, x->type == AE_IFDIR ? 0755 : 0640);
        size_t size = x->type == AE_IFREG && !x->hardlink ? (x->data ? strlen(x->data) : x->size) : 0;
        archive_entry_set_size(e, (la_int64_t)size);
        if (x->type == AE_IFLNK) archive_entry_set_symlink(e, x->data);
        if (x->hardlink) archive_entry_set_hardlink(e, x->hardlink);
        archive_write_header(w, e);
        if (size && x->data) archive_write_data(w, x->data, size);
        for (size_t left = x->data ? 0 : size; left > 0;) {
            static const char zeros[65536];
            size_t k = left < sizeof zeros ? left : sizeof zeros;
            archive_write_data(w, zeros, k);
            left -= k;
        }
        archive_entry_free(e);
    }
    archive_write_close(w);
    archive_write_free(w);
    return b;
}

/* A fresh empty destination inside a fresh folder (whose other entries show escapes). */
static char *fresh_dest(const char *name)
{
    char *outer = xasprintf("%s/%s", testlib_temp_dir(), name);
    mkdir(outer, 0700);
    char *dest = xasprintf("%s/dest", outer);
    mkdir(dest, 0700);
    free(outer);
    return dest;
}

static bool unpack(const Entry *entries, size_t n, int disk_mb, int files, const char *dest, char **err)
{
    Buf tar = tar_of(entries, n);
    SandboxLimits limits = {.disk_mb = disk_mb, .files = files};
    sandbox_limits_apply_defaults(&limits);
    bool ok = vm_tree_unpack(tar.data, tar.len, &limits, dest, err);
    buf_free(&tar);
    return ok;
}

static bool exists_at(const char *dir, const char *rel)
{
    char *p = xasprintf("%s/%s", dir, rel);
    struct stat st;
    bool ok = lstat(p, &st) == 0;
    free(p);
    return ok;
}

static void test_vm_tree_keeps_folders_files_and_links(void)
{
    char *dest = fresh_dest("good");
    const Entry entries[] = {
        {"./", AE_IFDIR, NULL, 0, NULL},
        {"./sub/", AE_IFDIR, NULL, 0, NULL},
        {"./sub/a.txt", AE_IFREG, "alpha\n", 0, NULL},
        {"./sub/hosts", AE_IFLNK, "/etc/hosts", 0, NULL},
        {"./pipe", AE_IFIFO, NULL, 0, NULL},
        {"./tty", AE_IFCHR, NULL, 0, NULL},
        {"./big", AE_IFREG, NULL, 3 << 20, NULL},
    };
    char *err = NULL;
    CHECK(unpack(entries, sizeof entries / sizeof *entries, 0, 0, dest, &err));
    if (err) fprintf(stderr, "unpack: %s\n", err);
    char *a = xasprintf("%s/sub/a.txt", dest), *link = xasprintf("%s/sub/hosts", dest), *big = xasprintf("%s/big", dest);
    char *text = util_read_file(a, NULL, NULL);
    CHECK_STR_EQ(text, "alpha\n");
    struct stat st;
    CHECK(stat(a, &st) == 0 && (st.st_mode & 0777) == 0640);
    CHECK(lstat(link, &st) == 0 && S_ISLNK(st.st_mode));   /* a link, never followed */
    char target[64] = "";
    CHECK(readlink(link, target, sizeof target - 1) == 10 && strcmp(target, "/etc/hosts") == 0);
    CHECK(stat(big, &st) == 0 && st.st_size == 3 << 20);
    CHECK(!exists_at(dest, "pipe"));                        /* special files are skipped */
    CHECK(!exists_at(dest, "tty"));
    free(text), free(a), free(link), free(big), free(err), free(dest);
}

static void test_vm_tree_refuses_names_and_links_that_leave(void)
{
    struct Case {
        const char *what;
        Entry entries[3];
        size_t n;
        const char *want;
    } cases[] = {
        {"dotdot", {{"../outside", AE_IFREG, "x", 0, NULL}}, 1, "leaves the folder"},
        {"inner-dotdot", {{"sub/../../outside", AE_IFREG, "x", 0, NULL}}, 1, "leaves the folder"},
        {"absolute", {{"/outside", AE_IFREG, "x", 0, NULL}}, 1, "leaves the folder"},
        /* a link planted first, then an entry through it */
        {"through-link", {{"door", AE_IFLNK, "..", 0, NULL}, {"door/outside", AE_IFREG, "x", 0, NULL}}, 2,
         "a link on the way"},
        {"hard-link", {{"f", AE_IFREG, "x", 0, NULL}, {"outside", AE_IFREG, NULL, 0, "/etc/passwd"}}, 2, "a hard link"},
        /* a file where a folder stands and the other way round */
        {"replace", {{"d", AE_IFDIR, NULL, 0, NULL}, {"d", AE_IFREG, "x", 0, NULL}}, 2, "File exists"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *dest = fresh_dest(cases[i].what);
        char *err = NULL;
        bool ok = unpack(cases[i].entries, cases[i].n, 0, 0, dest, &err);
        if (ok) testlib_fail(__FILE__, __LINE__, "%s: unpacked", cases[i].what);
        CHECK_CONTAINS(err, cases[i].want);
        char *outer = xasprintf("%s/..", dest);
        CHECK(!exists_at(outer, "outside"));
        free(outer), free(err), free(dest);
    }
}

static void test_vm_tree_caps_bytes_and_entries(void)
{
    char *dest = fresh_dest("bytes");
    const Entry big[] = {{"a", AE_IFREG, NULL, 700 << 10, NULL}, {"b", AE_IFREG, NULL, 700 << 10, NULL}};
    char *err = NULL;
    CHECK(!unpack(big, 2, 1, 0, dest, &err));   /* 1 MB may be held */
    CHECK_CONTAINS(err, "over the workspace's size limit");
    free(err), free(dest);
    err = NULL;

    dest = fresh_dest("entries");
    enum { N = 40 };
    Entry many[N];
    char names[N][16];
    for (int i = 0; i < N; i++) {
        snprintf(names[i], sizeof names[i], "f%d", i);
        many[i] = (Entry){names[i], AE_IFREG, "x", 0, NULL};
    }
    CHECK(!unpack(many, N, 0, 10, dest, &err));   /* 10 files (+16 of slack) */
    CHECK_CONTAINS(err, "over the workspace's file limit");
    free(err), free(dest);

    /* levels past 64 are skipped, as the ns copy skips them, not failed */
    dest = fresh_dest("deep");
    Buf path = {0};
    Entry deep[70];
    char *names_deep[70];
    for (int i = 0; i < 70; i++) {
        buf_printf(&path, "%sd", i ? "/" : "");
        names_deep[i] = xstrdup(path.data);
        deep[i] = (Entry){names_deep[i], AE_IFDIR, NULL, 0, NULL};
    }
    err = NULL;
    CHECK(unpack(deep, 70, 0, 0, dest, &err));
    char *level64 = xasprintf("%s/%s", dest, names_deep[63]), *level65 = xasprintf("%s/%s", dest, names_deep[64]);
    struct stat st;
    CHECK(stat(level64, &st) == 0);
    CHECK(stat(level65, &st) != 0 && errno == ENOENT);
    for (int i = 0; i < 70; i++) free(names_deep[i]);
    buf_free(&path);
    free(level64), free(level65), free(err), free(dest);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_vm_tree_keeps_folders_files_and_links),
        TEST_CASE(test_vm_tree_refuses_names_and_links_that_leave),
        TEST_CASE(test_vm_tree_caps_bytes_and_entries),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof *cases);
}
