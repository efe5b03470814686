/* cmd_install.c: `worksim install FILE [--force]` (DESIGN §9, issue 13): unpacks a scenario
 * pack (scenario_pack.h) into the user's scenario folder (scenario_user_dir(), on the scenario
 * path). The archive is untrusted: its first entry must be the manifest; every other entry must
 * be a plain file or folder whose relative path (no '/' start, no '.' or '..' parts) lies in a
 * folder the manifest names; links, hard links, devices and fifos are refused, and so is a pack
 * over the size limits. Everything is unpacked into a fresh folder beside the destination,
 * each scenario must load with its id and match its folder version, and only then are the
 * folders renamed into place: a refused pack installs nothing. A scenario already installed
 * at another version is replaced only with --force. */
#define _GNU_SOURCE
#include "cli/cli.h"

#include "cli/scenario_pack.h"
#include "scenario/scenario.h"
#include "base/util.h"

#include <archive.h>
#include <archive_entry.h>
#include <cjson/cJSON.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char INSTALL_HELP[] =
    "usage: worksim install FILE [--force]\n"
    "Installs the scenarios of a pack made by 'worksim pack' into $XDG_DATA_HOME/worksim/scenarios\n"
    "(~/.local/share/worksim/scenarios), where worksim finds them by id. The pack is checked\n"
    "first (only files and folders of the scenarios its manifest names, every folder matching its\n"
    "version); a refused pack installs nothing. A scenario installed at another version is\n"
    "replaced only with --force. exit: 0 installed; 2 bad usage or a refused pack; 3 cannot write\n";

typedef struct PackEntry {
    char *id, *version;
} PackEntry;

typedef struct Install {
    char *stage;                 /* the fresh folder everything is unpacked into */
    PackEntry *scenarios;
    int n;
    char *error;                 /* why the pack is refused, one line */
    bool io_error;               /* the failure is this machine's (exit 3), not the pack's */
} Install;

static bool refuse(Install *in, char *msg)
{
    if (!in->error) in->error = msg;
    else free(msg);
    return false;
}

static bool parse_manifest(Install *in, const char *text)
{
    cJSON *m = cJSON_Parse(text);
    const cJSON *list = cJSON_GetObjectItem(m, "scenarios"), *api = cJSON_GetObjectItem(m, "worksim_api");
    bool ok = m && strcmp(cJSON_GetStringValue(cJSON_GetObjectItem(m, "format")) ?: "", PACK_FORMAT) == 0 &&
              cJSON_IsArray(list) && cJSON_GetArraySize(list) > 0 && cJSON_IsNumber(api);
    if (!ok) {
        cJSON_Delete(m);
        return refuse(in, xasprintf(PACK_MANIFEST " is not a worksim pack manifest"));
    }
    if (cJSON_GetNumberValue(api) > PACK_WORKSIM_API) {
        cJSON_Delete(m);
        return refuse(in, xasprintf("the pack needs worksim API level %g; this worksim has %d: upgrade worksim",
                                    cJSON_GetNumberValue(api), PACK_WORKSIM_API));
    }
    in->n = cJSON_GetArraySize(list);
    in->scenarios = xcalloc((size_t)in->n, sizeof *in->scenarios);
    for (int i = 0; ok && i < in->n; i++) {
        const cJSON *s = cJSON_GetArrayItem(list, i);
        const char *id = cJSON_GetStringValue(cJSON_GetObjectItem(s, "id"));
        const char *version = cJSON_GetStringValue(cJSON_GetObjectItem(s, "version"));
        if (!id || !version || !cli_scenario_id_ok(id) || strchr(version, '/'))
            ok = refuse(in, xasprintf(PACK_MANIFEST ": scenario %d needs an id (lowercase letters, digits, '-') "
                                      "and a version", i + 1));
        for (int k = 0; ok && k < i; k++)
            if (strcmp(in->scenarios[k].id, id) == 0) ok = refuse(in, xasprintf(PACK_MANIFEST ": '%s' twice", id));
        if (ok) in->scenarios[i] = (PackEntry){xstrdup(id), xstrdup(version)};
    }
    cJSON_Delete(m);
    return ok;
}

/* The manifest's folder that name lies in, when name is a safe relative path: no leading '/',
 * no empty, '.' or '..' part (one trailing '/' allowed). NULL otherwise. */
static const PackEntry *entry_folder(const Install *in, const char *name)
{
    size_t len = strlen(name);
    if (len == 0 || name[0] == '/') return NULL;
    char *copy = xstrdup(name);
    if (copy[len - 1] == '/') copy[len - 1] = '\0';
    bool safe = *copy != '\0';
    char *save = NULL;
    int parts = 0;
    for (char *p = copy; safe && *p; p++) safe = !(p[0] == '/' && p[1] == '/');
    for (char *part = strtok_r(copy, "/", &save); safe && part; part = strtok_r(NULL, "/", &save), parts++)
        safe = strcmp(part, ".") != 0 && strcmp(part, "..") != 0;
    const PackEntry *found = NULL;
    if (safe)
        for (int i = 0; i < in->n && !found; i++)
            if (strcmp(copy, in->scenarios[i].id) == 0) found = &in->scenarios[i];   /* strtok cut at the first '/' */
    free(copy);
    return found;
}

/* Creates stage/name's folders as needed (never through a link: the stage holds none). */
static bool make_dirs(Install *in, const char *path)
{
    char *p = xstrdup(path);
    bool ok = true;
    for (char *s = p + strlen(in->stage) + 1; ok && (s = strchr(s, '/')) != NULL; s++) {
        *s = '\0';
        if (mkdir(p, 0755) != 0 && errno != EEXIST) ok = false;
        *s = '/';
    }
    if (ok && mkdir(p, 0755) != 0 && errno != EEXIST) ok = false;
    if (!ok) {
        in->io_error = true;
        refuse(in, xasprintf("%s: %s", p, strerror(errno)));
    }
    free(p);
    return ok;
}

static bool unpack_file(Install *in, struct archive *a, struct archive_entry *e, const char *path)
{
    char *parent = xstrdup(path);
    *strrchr(parent, '/') = '\0';
    bool ok = make_dirs(in, parent);
    free(parent);
    if (!ok) return false;
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, archive_entry_perm(e) & 0111 ? 0755 : 0644);
    if (fd < 0) {
        bool exists = errno == EEXIST;
        in->io_error = !exists;
        return refuse(in, exists ? xasprintf("%s: twice in the pack", archive_entry_pathname(e))
                                 : xasprintf("%s: %s", path, strerror(errno)));
    }
    char buf[65536];
    la_ssize_t n;
    while (ok && (n = archive_read_data(a, buf, sizeof buf)) != 0) {
        if (n < 0) ok = refuse(in, xasprintf("the pack cannot be read: %s", archive_error_string(a)));
        else if (write(fd, buf, (size_t)n) != n) {
            in->io_error = true;
            ok = refuse(in, xasprintf("%s: %s", path, strerror(errno)));
        }
    }
    if (close(fd) != 0 && ok) {
        in->io_error = true;
        ok = refuse(in, xasprintf("%s: %s", path, strerror(errno)));
    }
    return ok;
}

/* Reads the whole pack into in->stage, checking every entry. */
static bool unpack(Install *in, const char *file)
{
    struct archive *a = archive_read_new();
    archive_read_support_filter_zstd(a);
    archive_read_support_format_tar(a);
    bool ok = archive_read_open_filename(a, file, 65536) == ARCHIVE_OK ||
              refuse(in, xasprintf("%s: not a scenario pack: %s", file, archive_error_string(a)));
    struct archive_entry *e;
    int64_t bytes = 0;
    for (int count = 0; ok; count++) {
        int rc = archive_read_next_header(a, &e);
        if (rc == ARCHIVE_EOF) {
            if (count == 0) ok = refuse(in, xasprintf("%s: an empty archive", file));
            break;
        }
        if (rc != ARCHIVE_OK) {
            ok = refuse(in, xasprintf("%s: not a scenario pack: %s", file, archive_error_string(a)));
            break;
        }
        const char *name = archive_entry_pathname(e) ? archive_entry_pathname(e) : "";
        mode_t type = archive_entry_filetype(e);
        bytes += archive_entry_size(e) > 0 ? archive_entry_size(e) : 0;
        if (count == 0) {   /* the manifest comes first */
            if (strcmp(name, PACK_MANIFEST) != 0 || type != AE_IFREG || archive_entry_size(e) > PACK_MAX_MANIFEST) {
                ok = refuse(in, xasprintf("%s: not a scenario pack (its first entry is not " PACK_MANIFEST ")", file));
                break;
            }
            char *text = xcalloc((size_t)archive_entry_size(e) + 1, 1);
            la_ssize_t n = archive_read_data(a, text, (size_t)archive_entry_size(e));
            ok = (n == archive_entry_size(e) || refuse(in, xasprintf("%s: the manifest cannot be read", file))) &&
                 parse_manifest(in, text);
            free(text);
            continue;
        }
        if (count > PACK_MAX_ENTRIES || bytes > PACK_MAX_BYTES) {
            ok = refuse(in, xasprintf("%s: over the limits of a pack (%d entries, %lld MB)", file, PACK_MAX_ENTRIES,
                                      PACK_MAX_BYTES >> 20));
        } else if (archive_entry_hardlink(e) || archive_entry_symlink(e) || (type != AE_IFREG && type != AE_IFDIR)) {
            ok = refuse(in, xasprintf("%s: '%s' is a link, a device or a fifo: packs carry only files and folders",
                                      file, name));
        } else if (!entry_folder(in, name)) {
            ok = refuse(in, xasprintf("%s: '%s' lies outside the scenario folders the manifest names", file, name));
        } else {
            char *path = xasprintf("%s/%s", in->stage, name);
            size_t len = strlen(path);
            if (path[len - 1] == '/') path[len - 1] = '\0';
            ok = type == AE_IFDIR ? make_dirs(in, path) : unpack_file(in, a, e, path);
            free(path);
        }
    }
    archive_read_free(a);
    return ok;
}

/* Every scenario unpacked loads with its id and matches its version. */
static bool check_unpacked(Install *in)
{
    for (int i = 0; i < in->n; i++) {
        const PackEntry *s = &in->scenarios[i];
        char *dir = xasprintf("%s/%s", in->stage, s->id), *err = NULL;
        Scenario *sc = scenario_load(dir, &err);
        char *version = sc ? scenario_folder_version(dir, &err) : NULL;
        bool ok = true;
        if (!sc) ok = refuse(in, xasprintf("scenario '%s' in the pack does not load: %s", s->id, err ? err : "?"));
        else if (strcmp(sc->id, s->id) != 0)
            ok = refuse(in, xasprintf("folder '%s' in the pack holds scenario '%s'", s->id, sc->id));
        else if (!version) ok = refuse(in, xasprintf("%s", err ? err : "cannot hash"));
        else if (strcmp(version, s->version) != 0)
            ok = refuse(in, xasprintf("scenario '%s' does not match its version (folder hash %s, the manifest says "
                                      "%s): the pack was altered or damaged",
                                      s->id, version, s->version));
        free(version), free(err), free(dir);
        scenario_free(sc);
        if (!ok) return false;
    }
    return true;
}

/* Moves the unpacked scenarios into root: all checks first, then the renames. */
static bool put_in_place(Install *in, const char *root, bool force)
{
    bool *same = xcalloc((size_t)in->n, sizeof *same);
    bool ok = true;
    for (int i = 0; ok && i < in->n; i++) {
        char *dest = xasprintf("%s/%s", root, in->scenarios[i].id);
        struct stat sb;
        if (lstat(dest, &sb) == 0) {
            char *err = NULL, *have = scenario_folder_version(dest, &err);
            same[i] = have && strcmp(have, in->scenarios[i].version) == 0;
            if (!same[i] && !force)
                ok = refuse(in, xasprintf("%s is installed at another version (%s; the pack has %s): "
                                          "--force replaces it",
                                          dest, have ? have : "unreadable", in->scenarios[i].version));
            free(have), free(err);
        }
        free(dest);
    }
    for (int i = 0; ok && i < in->n; i++) {
        const char *id = in->scenarios[i].id;
        char *dest = xasprintf("%s/%s", root, id), *src = xasprintf("%s/%s", in->stage, id);
        char *old = xasprintf("%s/.replaced-%s", in->stage, id);
        if (same[i]) {
            printf("%s is already installed (%s)\n", id, in->scenarios[i].version);
        } else if (access(dest, F_OK) == 0 && rename(dest, old) != 0) {
            in->io_error = true;
            ok = refuse(in, xasprintf("%s: %s", dest, strerror(errno)));
        } else if (rename(src, dest) != 0) {
            in->io_error = true;
            ok = refuse(in, xasprintf("%s: %s", dest, strerror(errno)));
        } else {
            printf("installed %s (%s) into %s\n", id, in->scenarios[i].version, dest);
        }
        free(dest), free(src), free(old);
    }
    free(same);
    return ok;
}

int cmd_install(CliContext *ctx, int argc, char **argv)
{
    (void)ctx;
    const char *file = NULL;
    bool force = false;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(INSTALL_HELP, stdout);
            return EXIT_OK;
        }
        if (strcmp(argv[i], "--force") == 0) force = true;
        else if (argv[i][0] != '-' && !file) file = argv[i];
        else {
            cli_usage_error("install", "unexpected argument '%s'", argv[i]);
            return EXIT_USAGE;
        }
    }
    if (!file) {
        cli_usage_error("install", "expected a pack FILE");
        return EXIT_USAGE;
    }
    char *root = scenario_user_dir();
    if (!root) {
        fprintf(stderr, "worksim install: no home folder: set XDG_DATA_HOME or HOME\n");
        return EXIT_INFRA;
    }
    Install in = {0};
    char *parent = xasprintf("%s/.install-XXXXXX", root);
    bool ok = true;
    for (char *s = parent + 1; ok && (s = strchr(s, '/')) != NULL; s++) {   /* root's folders */
        *s = '\0';
        ok = mkdir(parent, 0755) == 0 || errno == EEXIST;
        *s = '/';
    }
    in.stage = ok ? mkdtemp(parent) : NULL;
    if (!in.stage) {
        fprintf(stderr, "worksim install: cannot create a folder in %s: %s\n", root, strerror(errno));
        free(parent), free(root);
        return EXIT_INFRA;
    }
    ok = unpack(&in, file) && check_unpacked(&in) && put_in_place(&in, root, force);
    if (!ok) fprintf(stderr, "worksim install: %s; nothing was installed\n", in.error ? in.error : "refused");
    util_remove_tree(in.stage);
    int rc = ok ? EXIT_OK : in.io_error ? EXIT_INFRA : EXIT_USAGE;
    for (int i = 0; i < in.n; i++) free(in.scenarios[i].id), free(in.scenarios[i].version);
    free(in.scenarios), free(in.error), free(parent), free(root);
    return rc;
}
