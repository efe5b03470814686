/* cmd_list.c: `worksim list [--json]`: the scenarios on the scenario path with their metadata
 * (id, title, family, level, minutes, skills) and where each came from: "pack" (installed by
 * `worksim install` into the user's scenario folder), "project" (this checkout's or the
 * installed worksim's scenarios) or "path" (--scenarios or WORKSIM_SCENARIOS). A scenario that fails to load is listed with
 * its error, so an author sees it instead of it silently vanishing. */
#include "cli/cli.h"

#include "base/install_path.h"
#include "base/util.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char LIST_HELP[] =
    "usage: worksim list [--json]\n"
    "Lists the scenarios on the scenario path: id, origin, family, level, minutes, skills and title.\n"
    "origin: pack (installed by 'worksim install'), project (worksim's own) or path (--scenarios,\n"
    "WORKSIM_SCENARIOS).\n"
    "  --json   one JSON array of objects {id, title, summary, family, level, minutes, skills, path, origin}\n";

static bool under(const char *dir, const char *root)
{
    size_t n = root ? strlen(root) : 0;
    return n && strncmp(dir, root, n) == 0 && dir[n] == '/';
}

/* Where the scenario folder dir came from (see the file comment). */
static const char *origin_of(const char *dir, const char *user_dir)
{
    if (under(dir, user_dir)) return "pack";
    if ((*WORKSIM_SOURCE_DIR && under(dir, WORKSIM_SOURCE_DIR "/scenarios")) || under(dir, WORKSIM_DATA_DIR "/scenarios"))
        return "project";
    const char *base = strrchr(dir, '/');
    char *parent = base ? xstrndup(dir, (size_t)(base - dir)) : NULL;
    char *relocated = install_path_relative("share/worksim/scenarios");
    bool installed = parent && relocated && strcmp(parent, relocated) == 0;
    free(parent), free(relocated);
    return installed ? "project" : "path";
}

static cJSON *string_array(char **items, int n)
{
    cJSON *a = cJSON_CreateArray();
    for (int i = 0; i < n; i++) cJSON_AddItemToArray(a, cJSON_CreateString(items[i]));
    return a;
}

/* The skills as one column of at most SKILLS_WIDTH bytes: as many as fit, then "+N" for the
 * rest, so the titles stay aligned (`list --json` has them all). */
enum { SKILLS_WIDTH = 36 };
static void skills_column(Buf *b, char *const *skills, int n)
{
    for (int k = 0; k < n; k++) {
        char more[16];
        int rest = n - k - 1;
        snprintf(more, sizeof more, rest ? ",+%d" : "", rest);
        size_t need = b->len + (k ? 1 : 0) + strlen(skills[k]) + strlen(more);
        if (need > SKILLS_WIDTH) {
            buf_printf(b, "%s+%d", k ? "," : "", n - k);
            return;
        }
        buf_printf(b, "%s%s", k ? "," : "", skills[k]);
    }
}

int cmd_list(CliContext *ctx, int argc, char **argv)
{
    bool json = false;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--json") == 0) json = true;
        else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(LIST_HELP, stdout);
            return EXIT_OK;
        } else {
            cli_usage_error("list", "unexpected argument '%s'", argv[i]);
            return EXIT_USAGE;
        }
    }
    int n = 0;
    char **dirs = cli_all_scenario_dirs(ctx, &n);
    cJSON *all = cJSON_CreateArray();
    char *user_dir = scenario_user_dir();
    if (!json)
        printf("%-20s %-8s %-12s %-7s %5s  %-36s %s\n", "ID", "ORIGIN", "FAMILY", "LEVEL", "MIN", "SKILLS", "TITLE");
    for (int i = 0; i < n; i++) {
        char *err = NULL;
        Scenario *sc = scenario_load(dirs[i], &err);
        if (!sc) {
            if (json) {
                cJSON *o = cJSON_CreateObject();
                cJSON_AddStringToObject(o, "path", dirs[i]);
                cJSON_AddStringToObject(o, "error", err);
                cJSON_AddItemToArray(all, o);
            } else {
                printf("%-20s (does not load: %s)\n", strrchr(dirs[i], '/') + 1, err);
            }
            free(err);
            free(dirs[i]);
            continue;
        }
        if (json) {
            cJSON *o = cJSON_CreateObject();
            cJSON_AddStringToObject(o, "id", sc->id);
            cJSON_AddStringToObject(o, "title", sc->title);
            if (sc->summary) cJSON_AddStringToObject(o, "summary", sc->summary);
            if (sc->family) cJSON_AddStringToObject(o, "family", sc->family);
            if (sc->level) cJSON_AddStringToObject(o, "level", sc->level);
            cJSON_AddNumberToObject(o, "minutes", sc->minutes);
            cJSON_AddItemToObject(o, "skills", string_array(sc->skills, sc->n_skills));
            cJSON_AddStringToObject(o, "path", sc->dir);
            cJSON_AddStringToObject(o, "origin", origin_of(dirs[i], user_dir));
            cJSON_AddItemToArray(all, o);
        } else {
            Buf skills = {0};
            skills_column(&skills, sc->skills, sc->n_skills);
            printf("%-20s %-8s %-12s %-7s %5g  %-36s %s\n", sc->id, origin_of(dirs[i], user_dir),
                   sc->family ? sc->family : "-",
                   sc->level ? sc->level : "-", sc->minutes, skills.data ? skills.data : "-", sc->title);
            buf_free(&skills);
        }
        scenario_free(sc);
        free(dirs[i]);
    }
    free(dirs);
    free(user_dir);
    if (json) {
        char *text = cJSON_PrintUnformatted(all);
        printf("%s\n", text);
        free(text);
    }
    cJSON_Delete(all);
    return EXIT_OK;
}
