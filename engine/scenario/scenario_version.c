/* scenario_version.c: the version of a scenario folder (DESIGN §8), stored with each run so a
 * run can be re-graded later knowing which scenario it ran. The digest covers everything that
 * can change how a run goes or is graded: every file, folder and symlink under the folder
 * (scenario.lua, workspace/, checks/, anything the scenario reads), in byte order of the
 * relative path, each framed as type, path, size and bytes (symlinks by their target, the
 * executable bit as its own type). Left out: the top-level solution/ folder (action scripts
 * only verify reads; editing them changes no run) and VCS metadata folders (.git). The hash
 * is FNV-1a 64 (a version tag, not a security boundary), written "fnv1a64:" + 16 hex digits. */
#define _GNU_SOURCE
#include "scenario/scenario_internal.h"

#include "base/util.h"

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct Fnv {
    uint64_t h;
} Fnv;

static void fnv_init(Fnv *f) { f->h = 0xcbf29ce484222325ull; }

static void fnv_update(Fnv *f, const void *data, size_t len)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < len; i++) {
        f->h ^= p[i];
        f->h *= 0x100000001b3ull;
    }
}

char *scenario_hash_bytes(const void *data, size_t len)
{
    Fnv f;
    fnv_init(&f);
    fnv_update(&f, data, len);
    return xasprintf("%016llx", (unsigned long long)f.h);
}

/* Folder entries below the scenario's top level that never enter the version. */
static bool version_skips(const char *rel, bool top)
{
    const char *base = strrchr(rel, '/');
    base = base ? base + 1 : rel;
    if (strcmp(base, ".git") == 0) return true;
    return top && strcmp(rel, "solution") == 0;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The sorted entry names of dir (caller frees each and the array); NULL + *err on failure. */
static char **sorted_entries(const char *dir, int *n_out, char **err)
{
    DIR *d = opendir(dir);
    if (!d) {
        *err = xasprintf("%s: cannot read the folder: %s", dir, strerror(errno));
        return NULL;
    }
    char **names = NULL;
    int n = 0;
    const struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        names = xrealloc(names, (size_t)(n + 1) * sizeof *names);
        names[n++] = xstrdup(e->d_name);
    }
    closedir(d);
    if (n > 1) qsort(names, (size_t)n, sizeof *names, compare_names);
    *n_out = n;
    return names ? names : xcalloc(1, sizeof *names);
}

/* One entry: a type letter, the relative path, then the size and bytes of its content. */
static void digest_frame(Fnv *f, char type, const char *rel, const void *data, size_t len)
{
    uint64_t size = len;
    fnv_update(f, &type, 1);
    fnv_update(f, rel, strlen(rel) + 1);
    fnv_update(f, &size, sizeof size);
    fnv_update(f, data, len);
}

static bool digest_tree(Fnv *f, const char *root, const char *rel, char **err)
{
    char *dir = *rel ? xasprintf("%s/%s", root, rel) : xstrdup(root);
    int n = 0;
    char **names = sorted_entries(dir, &n, err);
    free(dir);
    if (!names) return false;
    bool ok = true;
    for (int i = 0; i < n && ok; i++) {
        char *child = *rel ? xasprintf("%s/%s", rel, names[i]) : xstrdup(names[i]);
        char *path = xasprintf("%s/%s", root, child);
        struct stat sb;
        if (version_skips(child, !*rel)) {
            /* not part of the version */
        } else if (lstat(path, &sb) != 0) {
            *err = xasprintf("%s: %s", path, strerror(errno));
            ok = false;
        } else if (S_ISDIR(sb.st_mode)) {
            digest_frame(f, 'd', child, NULL, 0);
            ok = digest_tree(f, root, child, err);
        } else if (S_ISLNK(sb.st_mode)) {
            char target[4096];
            ssize_t len = readlink(path, target, sizeof target);
            if (len < 0) {
                *err = xasprintf("%s: %s", path, strerror(errno));
                ok = false;
            } else {
                digest_frame(f, 'l', child, target, (size_t)len);
            }
        } else if (S_ISREG(sb.st_mode)) {
            size_t len = 0;
            char *data = util_read_file(path, &len, err);
            if (!data) ok = false;
            else digest_frame(f, (sb.st_mode & 0111) ? 'x' : 'f', child, data, len);
            free(data);
        }
        free(path);
        free(child);
    }
    for (int i = 0; i < n; i++) free(names[i]);
    free(names);
    return ok;
}

char *scenario_folder_version(const char *dir, char **err)
{
    Fnv f;
    fnv_init(&f);
    char *local = NULL;
    if (!digest_tree(&f, dir, "", err ? err : &local)) {
        free(local);
        return NULL;
    }
    return xasprintf("fnv1a64:%016llx", (unsigned long long)f.h);
}
