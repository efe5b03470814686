/* test_pack.c: scenario packs (`worksim pack`, `worksim install`, the origin in `worksim
 * list`; issue 13 item 7): two scaffolded scenarios packed and installed into a temporary
 * XDG_DATA_HOME are found by id, listed as from a pack and one of them verifies there;
 * installing again changes nothing; another version is refused without --force; hostile
 * archives (path traversal, absolute paths, links, hard links, devices, fifos, entries outside
 * the manifest's folders, no manifest first) and a pack whose file was altered after packing
 * install nothing. The hostile archives are written here with libarchive, as an attacker would. */
#define _GNU_SOURCE
#include "testlib.h"

#include "base/util.h"

#include <archive.h>
#include <archive_entry.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *tmp(void) { return testlib_temp_dir(); }

/* worksim ARGS with XDG_DATA_HOME=<tmp>/data; the exit code, stdout and stderr (caller frees). */
static int worksim(const char *const *args, char **out, char **err)
{
    char *xdg = xasprintf("XDG_DATA_HOME=%s/data", tmp());
    const char *env[] = {xdg, NULL};
    int rc = testlib_run_worksim(args, env, out, err);
    free(xdg);
    return rc;
}

static int worksim_quiet(const char *const *args)
{
    char *out = NULL, *err = NULL;
    int rc = worksim(args, &out, &err);
    if (rc != 0) printf("  worksim %s: exit %d: %s%s", args[0], rc, out, err);
    free(out), free(err);
    return rc;
}

static bool exists(const char *fmt, const char *a)
{
    char *path = xasprintf(fmt, tmp(), a);
    struct stat sb;
    bool yes = lstat(path, &sb) == 0;
    free(path);
    return yes;
}

/* Entries of the installed scenarios folder besides . and .. (leftover staging folders included). */
static int installed_entries(void)
{
    char *dir = xasprintf("%s/data/worksim/scenarios", tmp());
    DIR *d = opendir(dir);
    int n = 0;
    for (struct dirent *e; d && (e = readdir(d)) != NULL;) n += strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
    if (d) closedir(d);
    free(dir);
    return n;
}

static void make_scenarios(void)
{
    static bool made;
    if (made) return;
    char *src = xasprintf("%s/src", tmp());
    mkdir(src, 0755);
    const char *ids[] = {"pack-alpha", "pack-beta"};
    for (int i = 0; i < 2; i++)
        if (worksim_quiet((const char *[]){"new", ids[i], "--dir", src, NULL}) != 0)
            testlib_fail(__FILE__, __LINE__, "worksim new %s failed", ids[i]);
    free(src);
    made = true;
}

static char *pack_both(const char *name)
{
    make_scenarios();
    char *out = xasprintf("%s/%s", tmp(), name);
    char *a = xasprintf("%s/src/pack-alpha", tmp()), *b = xasprintf("%s/src/pack-beta", tmp());
    if (worksim_quiet((const char *[]){"pack", a, b, "--out", out, NULL}) != 0)
        testlib_fail(__FILE__, __LINE__, "worksim pack failed");
    free(a), free(b);
    return out;
}

static void remove_installed(void)
{
    char *dir = xasprintf("%s/data", tmp());
    util_remove_tree(dir);
    free(dir);
}

static void test_pack_installs_lists_and_verifies(void)
{
    remove_installed();
    char *pack = pack_both("both.tar.zst");
    char *out = NULL, *err = NULL;
    CHECK_INT_EQ(worksim((const char *[]){"install", pack, NULL}, &out, &err), 0);
    CHECK_CONTAINS(out, "installed pack-alpha (fnv1a64:");
    CHECK_CONTAINS(out, "installed pack-beta (fnv1a64:");
    free(out), free(err);
    CHECK(exists("%s/data/worksim/scenarios/%s/scenario.lua", "pack-alpha"));
    CHECK(exists("%s/data/worksim/scenarios/%s/solution/actions.lua", "pack-beta"));
    CHECK_INT_EQ(installed_entries(), 2);   /* no staging folder left */

    CHECK_INT_EQ(worksim((const char *[]){"list", NULL}, &out, &err), 0);
    CHECK_CONTAINS(out, "pack-alpha           pack ");
    CHECK_CONTAINS(out, "first-bugfix         project ");
    free(out), free(err);
    CHECK_INT_EQ(worksim((const char *[]){"verify", "--draft", "pack-beta", NULL}, &out, &err), 0);
    CHECK_CONTAINS(out, "pack-beta");
    free(out), free(err);

    /* The same pack again: nothing changes. */
    CHECK_INT_EQ(worksim((const char *[]){"install", pack, NULL}, &out, &err), 0);
    CHECK_CONTAINS(out, "pack-alpha is already installed");
    free(out), free(err);

    /* Another version of pack-alpha: refused, then --force replaces it. */
    char *lua = xasprintf("%s/src/pack-alpha/scenario.lua", tmp());
    FILE *f = fopen(lua, "a");
    REQUIRE(f);
    fputs("-- a second edition\n", f);
    fclose(f);
    char *pack2 = pack_both("edited.tar.zst");
    CHECK_INT_EQ(worksim((const char *[]){"install", pack2, NULL}, &out, &err), 2);
    CHECK_CONTAINS(err, "installed at another version");
    free(out), free(err);
    char *installed = xasprintf("%s/data/worksim/scenarios/pack-alpha/scenario.lua", tmp());
    char *text = util_read_file(installed, NULL, NULL);
    CHECK(text && !strstr(text, "a second edition"));
    free(text);
    CHECK_INT_EQ(worksim((const char *[]){"install", pack2, "--force", NULL}, &out, &err), 0);
    free(out), free(err);
    text = util_read_file(installed, NULL, NULL);
    CHECK(text && strstr(text, "a second edition"));
    free(text);
    CHECK_INT_EQ(installed_entries(), 2);

    /* A link in a scenario folder: pack refuses it (exit 2) and writes nothing. */
    char *link = xasprintf("%s/src/pack-beta/workspace/passwd", tmp());
    REQUIRE(symlink("/etc/passwd", link) == 0);
    char *linked = xasprintf("%s/src/pack-beta", tmp()), *refused = xasprintf("%s/linked.tar.zst", tmp());
    CHECK_INT_EQ(worksim((const char *[]){"pack", linked, "--out", refused, NULL}, &out, &err), 2);
    CHECK_CONTAINS(err, "packs carry only files and folders");
    CHECK(access(refused, F_OK) != 0);
    free(out), free(err);
    unlink(link);
    free(link), free(linked), free(refused);
    free(installed), free(lua), free(pack2), free(pack);
}

typedef struct HostileEntry {
    const char *name;
    mode_t type;                 /* AE_IFREG, AE_IFDIR, AE_IFLNK, AE_IFCHR, AE_IFIFO */
    const char *data;            /* file content, or a link's target */
    bool hardlink;
} HostileEntry;

#define GOOD_MANIFEST \
    "{\"format\": \"worksim-pack\", \"format_version\": 1, \"worksim_api\": 1," \
    " \"scenarios\": [{\"id\": \"pack-alpha\", \"version\": \"fnv1a64:0\"}]}"

static void write_archive(const char *path, const HostileEntry *entries, int n)
{
    struct archive *a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    archive_write_add_filter_zstd(a);
    archive_write_open_filename(a, path);
    for (int i = 0; i < n; i++) {
        const HostileEntry *h = &entries[i];
        struct archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, h->name);
        archive_entry_set_perm(e, 0644);
        if (h->hardlink) {
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_hardlink(e, h->data);
        } else {
            archive_entry_set_filetype(e, (unsigned)h->type);
            if (h->type == AE_IFLNK) archive_entry_set_symlink(e, h->data);
            if (h->type == AE_IFREG) archive_entry_set_size(e, (la_int64_t)strlen(h->data));
        }
        archive_write_header(a, e);
        if (h->type == AE_IFREG && !h->hardlink) archive_write_data(a, h->data, strlen(h->data));
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
}

static void test_install_refuses_hostile_archives(void)
{
    remove_installed();
    char *abs_name = xasprintf("%s/abs-evil", tmp());
    const HostileEntry manifest = {"worksim-pack.json", AE_IFREG, GOOD_MANIFEST, false};
    const HostileEntry folder = {"pack-alpha/", AE_IFDIR, "", false};
    const HostileEntry lua = {"pack-alpha/scenario.lua", AE_IFREG, "return {}", false};
    const HostileEntry hostile[] = {
        {"../evil", AE_IFREG, "x", false},
        {abs_name, AE_IFREG, "x", false},
        {"pack-alpha/../../evil", AE_IFREG, "x", false},
        {"pack-alpha/./../evil", AE_IFREG, "x", false},
        {"pack-alpha/link", AE_IFLNK, "/etc", false},
        {"pack-alpha/hard", AE_IFREG, "pack-alpha/scenario.lua", true},
        {"pack-alpha/tty", AE_IFCHR, "", false},
        {"pack-alpha/fifo", AE_IFIFO, "", false},
        {"other/x", AE_IFREG, "x", false},
        {"pack-alphabet/x", AE_IFREG, "x", false},
    };
    char *file = xasprintf("%s/hostile.tar.zst", tmp());
    for (size_t i = 0; i < sizeof hostile / sizeof hostile[0]; i++) {
        HostileEntry entries[] = {manifest, folder, lua, hostile[i]};
        write_archive(file, entries, 4);
        char *out = NULL, *err = NULL;
        int rc = worksim((const char *[]){"install", file, NULL}, &out, &err);
        if (rc != 2) printf("  entry '%s': exit %d: %s\n", hostile[i].name, rc, err);
        CHECK_INT_EQ(rc, 2);
        CHECK_CONTAINS(err, "nothing was installed");
        CHECK(err && (strstr(err, "outside the scenario folders") || strstr(err, "packs carry only files and folders")));
        free(out), free(err);
        CHECK(!exists("%s/%s", "evil") && !exists("%s/%s", "abs-evil") && !exists("%s/data/%s", "evil"));
        CHECK(!exists("%s/data/worksim/scenarios/%s", "pack-alpha"));
        CHECK_INT_EQ(installed_entries(), 0);
    }
    /* No manifest first: the manifest after a file, or none at all. */
    HostileEntry late[] = {lua, manifest};
    write_archive(file, late, 2);
    CHECK_INT_EQ(worksim_quiet((const char *[]){"install", file, NULL}) == 2, 1);
    write_archive(file, &lua, 1);
    CHECK_INT_EQ(worksim_quiet((const char *[]){"install", file, NULL}) == 2, 1);
    CHECK_INT_EQ(installed_entries(), 0);
    free(file), free(abs_name);
}

/* The pack with text appended to the file named victim. */
static void tamper(const char *from, const char *to, const char *victim)
{
    struct archive *r = archive_read_new(), *w = archive_write_new();
    archive_read_support_filter_zstd(r);
    archive_read_support_format_tar(r);
    archive_read_open_filename(r, from, 65536);
    archive_write_set_format_pax_restricted(w);
    archive_write_add_filter_zstd(w);
    archive_write_open_filename(w, to);
    struct archive_entry *e;
    while (archive_read_next_header(r, &e) == ARCHIVE_OK) {
        Buf data = {0};
        char chunk[8192];
        la_ssize_t n;
        while ((n = archive_read_data(r, chunk, sizeof chunk)) > 0) buf_append(&data, chunk, (size_t)n);
        if (strcmp(archive_entry_pathname(e), victim) == 0) buf_puts(&data, "\n-- one line more\n");
        archive_entry_set_size(e, (la_int64_t)data.len);
        archive_write_header(w, e);
        if (data.len) archive_write_data(w, data.data, data.len);
        buf_free(&data);
    }
    archive_read_free(r);
    archive_write_close(w);
    archive_write_free(w);
}

static void test_install_refuses_a_tampered_pack(void)
{
    remove_installed();
    char *pack = pack_both("clean.tar.zst");
    char *bad = xasprintf("%s/tampered.tar.zst", tmp());
    tamper(pack, bad, "pack-beta/workspace/README.md");
    char *out = NULL, *err = NULL;
    CHECK_INT_EQ(worksim((const char *[]){"install", bad, NULL}, &out, &err), 2);
    CHECK_CONTAINS(err, "scenario 'pack-beta' does not match its version");
    free(out), free(err);
    CHECK_INT_EQ(installed_entries(), 0);   /* pack-alpha was fine, yet nothing is installed */
    free(bad), free(pack);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_pack_installs_lists_and_verifies),
        TEST_CASE(test_install_refuses_hostile_archives),
        TEST_CASE(test_install_refuses_a_tampered_pack),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
