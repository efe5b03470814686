/* cmd_pack.c: `worksim pack DIR... --out FILE` (DESIGN §9, issue 13): the scenario folders an
 * author hands to a cohort as one file (scenario_pack.h): each folder must load as a scenario;
 * the manifest gives its id, title and folder version; only files and folders go in (a link,
 * a device or a fifo in a scenario folder is refused, VCS folders are left out), owners
 * numeric 0. The archive is written beside FILE and renamed over it when complete. */
#define _GNU_SOURCE
#include "cli/cli.h"

#include "cli/scenario_pack.h"
#include "scenario/scenario.h"
#include "base/util.h"

#include <archive.h>
#include <archive_entry.h>
#include <cjson/cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char PACK_HELP[] =
    "usage: worksim pack DIR... --out FILE\n"
    "Writes the scenario folders DIR... into one scenario pack (a tar.zst with a manifest of\n"
    "their ids, titles and folder versions) that 'worksim install FILE' installs for a learner.\n"
    "Each DIR must load as a scenario; links, devices and fifos in it are refused; .git folders\n"
    "are left out. exit: 0 written; 2 bad usage or a folder that cannot be packed; 3 cannot write\n";

typedef struct PackWriter {
    struct archive *a;
    const char *out;
    char *error;                 /* first failure, one line */
    bool bad_folder;             /* the failure is the folder's (a link, a device): exit 2 */
} PackWriter;

static bool pack_fail(PackWriter *w, char *msg)
{
    if (!w->error) w->error = msg;
    else free(msg);
    return false;
}

static bool pack_header(PackWriter *w, const char *name, mode_t type, mode_t perm, int64_t size, time_t mtime)
{
    struct archive_entry *e = archive_entry_new();
    archive_entry_set_pathname(e, name);
    archive_entry_set_filetype(e, (unsigned)type);
    archive_entry_set_perm(e, perm);
    archive_entry_set_size(e, size);
    archive_entry_set_mtime(e, mtime, 0);
    bool ok = archive_write_header(w->a, e) == ARCHIVE_OK;
    archive_entry_free(e);
    return ok ? true : pack_fail(w, xasprintf("%s: %s", w->out, archive_error_string(w->a)));
}

static bool pack_bytes(PackWriter *w, const char *name, const char *data, size_t len)
{
    return pack_header(w, name, AE_IFREG, 0644, (int64_t)len, time(NULL)) &&
           (len == 0 || archive_write_data(w->a, data, len) == (la_ssize_t)len ||
            pack_fail(w, xasprintf("%s: %s", w->out, archive_error_string(w->a))));
}

static bool pack_file(PackWriter *w, const char *path, const char *name, const struct stat *sb)
{
    size_t len = 0;
    char *err = NULL;
    char *data = util_read_file(path, &len, &err);
    if (!data) return pack_fail(w, err);
    bool ok = pack_header(w, name, AE_IFREG, sb->st_mode & 0111 ? 0755 : 0644, (int64_t)len, sb->st_mtime) &&
              (len == 0 || archive_write_data(w->a, data, len) == (la_ssize_t)len ||
               pack_fail(w, xasprintf("%s: %s", w->out, archive_error_string(w->a))));
    free(data);
    return ok;
}

/* dir/rel into the archive as name/rel, folders before what they hold, in name order. */
static bool pack_tree(PackWriter *w, const char *dir, const char *name)
{
    struct dirent **list = NULL;
    int n = scandir(dir, &list, NULL, alphasort);
    if (n < 0) return pack_fail(w, xasprintf("%s: cannot read the folder: %s", dir, strerror(errno)));
    bool ok = true;
    for (int i = 0; i < n; i++) {
        const char *base = list[i]->d_name;
        if (ok && strcmp(base, ".") != 0 && strcmp(base, "..") != 0 && strcmp(base, ".git") != 0) {
            char *path = xasprintf("%s/%s", dir, base), *child = xasprintf("%s/%s", name, base);
            struct stat sb;
            if (lstat(path, &sb) != 0) ok = pack_fail(w, xasprintf("%s: %s", path, strerror(errno)));
            else if (S_ISDIR(sb.st_mode))
                ok = pack_header(w, child, AE_IFDIR, 0755, 0, sb.st_mtime) && pack_tree(w, path, child);
            else if (S_ISREG(sb.st_mode)) ok = pack_file(w, path, child, &sb);
            else {
                w->bad_folder = true;
                ok = pack_fail(w, xasprintf("%s: not a file or a folder (a link, device or fifo): packs carry "
                                            "only files and folders", path));
            }
            free(path), free(child);
        }
        free(list[i]);
    }
    free(list);
    return ok;
}

typedef struct PackScenario {
    char *dir, *id, *title, *version;
} PackScenario;

/* Loads each folder and finds its version; false (message printed) on the first problem. */
static bool pack_scenarios(char **dirs, int n, PackScenario *out)
{
    for (int i = 0; i < n; i++) {
        char *err = NULL;
        Scenario *sc = scenario_load(dirs[i], &err);
        char *version = sc ? scenario_folder_version(dirs[i], &err) : NULL;
        if (!version) {
            fprintf(stderr, "worksim pack: %s\n", err ? err : dirs[i]);
            free(err);
            scenario_free(sc);
            return false;
        }
        out[i] = (PackScenario){xstrdup(sc->dir), xstrdup(sc->id), xstrdup(sc->title), version};
        scenario_free(sc);
        for (int k = 0; k < i; k++)
            if (strcmp(out[k].id, out[i].id) == 0) {
                fprintf(stderr, "worksim pack: %s and %s are both scenario '%s'\n", out[k].dir, out[i].dir, out[i].id);
                return false;
            }
        if (!cli_scenario_id_ok(out[i].id)) {
            fprintf(stderr, "worksim pack: %s: id '%s' is not lowercase letters, digits and '-'\n", out[i].dir,
                    out[i].id);
            return false;
        }
    }
    return true;
}

static char *manifest_json(const PackScenario *s, int n)
{
    cJSON *m = cJSON_CreateObject();
    cJSON_AddStringToObject(m, "format", PACK_FORMAT);
    cJSON_AddNumberToObject(m, "format_version", PACK_FORMAT_VERSION);
    cJSON_AddNumberToObject(m, "worksim_api", PACK_WORKSIM_API);
    cJSON_AddStringToObject(m, "worksim_version", WORKSIM_VERSION);
    cJSON *list = cJSON_AddArrayToObject(m, "scenarios");
    for (int i = 0; i < n; i++) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "id", s[i].id);
        cJSON_AddStringToObject(o, "title", s[i].title);
        cJSON_AddStringToObject(o, "version", s[i].version);
        cJSON_AddItemToArray(list, o);
    }
    char *text = cJSON_Print(m);
    cJSON_Delete(m);
    return text;
}

/* Writes the pack; the exit code. */
static int pack_write(const char *out, const PackScenario *s, int n)
{
    char *tmp = xasprintf("%s.partial", out);
    PackWriter w = {.a = archive_write_new(), .out = out};
    archive_write_set_format_pax_restricted(w.a);
    archive_write_add_filter_zstd(w.a);
    bool ok = archive_write_open_filename(w.a, tmp) == ARCHIVE_OK ||
              pack_fail(&w, xasprintf("%s: %s", tmp, archive_error_string(w.a)));
    char *manifest = manifest_json(s, n);
    ok = ok && pack_bytes(&w, PACK_MANIFEST, manifest, strlen(manifest));
    free(manifest);
    for (int i = 0; ok && i < n; i++)
        ok = pack_header(&w, s[i].id, AE_IFDIR, 0755, 0, time(NULL)) && pack_tree(&w, s[i].dir, s[i].id);
    if (archive_write_close(w.a) != ARCHIVE_OK && ok) ok = pack_fail(&w, xasprintf("%s: %s", tmp, archive_error_string(w.a)));
    archive_write_free(w.a);
    if (ok && rename(tmp, out) != 0) ok = pack_fail(&w, xasprintf("%s: %s", out, strerror(errno)));
    if (!ok) {
        fprintf(stderr, "worksim pack: %s\n", w.error ? w.error : "cannot write the pack");
        unlink(tmp);
    }
    free(w.error);
    free(tmp);
    return ok ? EXIT_OK : w.bad_folder ? EXIT_USAGE : EXIT_INFRA;
}

int cmd_pack(CliContext *ctx, int argc, char **argv)
{
    (void)ctx;
    const char *out = NULL;
    char **dirs = xcalloc((size_t)argc + 1, sizeof *dirs);
    int n = 0;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(PACK_HELP, stdout);
            free(dirs);
            return EXIT_OK;
        }
        if (strcmp(argv[i], "--out") == 0 && i + 1 < argc) out = argv[++i];
        else if (argv[i][0] == '-') {
            cli_usage_error("pack", "unexpected option '%s'", argv[i]);
            free(dirs);
            return EXIT_USAGE;
        } else dirs[n++] = argv[i];
    }
    if (!out || n == 0) {
        cli_usage_error("pack", "expected scenario folders and --out FILE");
        free(dirs);
        return EXIT_USAGE;
    }
    PackScenario *s = xcalloc((size_t)n, sizeof *s);
    int rc = EXIT_USAGE;
    if (pack_scenarios(dirs, n, s)) {
        rc = pack_write(out, s, n);
        for (int i = 0; rc == EXIT_OK && i < n; i++) printf("packed %s (%s)\n", s[i].id, s[i].version);
    }
    for (int i = 0; i < n; i++) free(s[i].dir), free(s[i].id), free(s[i].title), free(s[i].version);
    free(s);
    free(dirs);
    return rc;
}
