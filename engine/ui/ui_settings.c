/* ui_settings.c: reading and writing the desktop's settings file (ui_settings.h). */
#define _GNU_SOURCE
#include "ui/ui_settings.h"

#include "base/util.h"

#include <errno.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const UiSettings DEFAULTS = {.font_scale = 1.0};

char *ui_settings_path(void)
{
    const char *xdg = getenv("XDG_CONFIG_HOME");   /* a relative one is invalid (XDG spec) */
    if (xdg && xdg[0] == '/') return xasprintf("%s/worksim/settings", xdg);
    const char *home = getenv("HOME");
    if (!home || !*home) {
        const struct passwd *pw = getpwuid(getuid());
        home = pw && pw->pw_dir && *pw->pw_dir ? pw->pw_dir : NULL;
    }
    return home ? xasprintf("%s/.config/worksim/settings", home) : NULL;
}

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t') s++;
    size_t n = strlen(s);
    while (n && strchr(" \t\r\n", s[n - 1])) s[--n] = 0;
    return s;
}

/* One "key = value" line into s; NULL when it is fine, else why not (static). */
static const char *parse_line(UiSettings *s, char *line)
{
    char *hash = strchr(line, '#');
    if (hash) *hash = 0;
    char *text = trim(line);
    if (!*text) return NULL;
    char *eq = strchr(text, '=');
    if (!eq) return "expected key = value";
    *eq = 0;
    char *key = trim(text), *value = trim(eq + 1);
    if (strcmp(key, "font_scale") != 0) return "unknown key (known: font_scale)";
    char *end = NULL;
    errno = 0;
    double v = strtod(value, &end);
    if (errno || end == value || *end || !(v >= UI_FONT_SCALE_MIN && v <= UI_FONT_SCALE_MAX))
        return "font_scale must be a number from 0.8 to 1.6";
    s->font_scale = v;
    return NULL;
}

void ui_settings_load(UiSettings *s, const char *path, char **warning)
{
    *s = DEFAULTS;
    if (!path) return;
    FILE *f = fopen(path, "r");
    if (!f) {
        if (errno != ENOENT && warning) *warning = xasprintf("cannot read %s (%s); using the default settings", path, strerror(errno));
        return;
    }
    char line[512];
    int n = 0;
    UiSettings read = DEFAULTS;
    while (fgets(line, sizeof line, f)) {
        n++;
        const char *why = strlen(line) == sizeof line - 1 && line[sizeof line - 2] != '\n' ? "line too long"
                                                                                             : parse_line(&read, line);
        if (why) {
            if (warning) *warning = xasprintf("%s line %d: %s; using the default settings", path, n, why);
            fclose(f);
            return;
        }
    }
    fclose(f);
    *s = read;
}

/* mkdir -p of path's folder (mode 0700 for new ones). */
static bool make_parent(const char *path, char **err)
{
    char *dir = xstrdup(path);
    for (char *p = dir + 1; *p; p++) {
        if (*p != '/') continue;
        *p = 0;
        bool ok = mkdir(dir, 0700) == 0 || errno == EEXIST;
        if (!ok && err) *err = xasprintf("cannot create %s: %s", dir, strerror(errno));
        *p = '/';
        if (!ok) {
            free(dir);
            return false;
        }
    }
    free(dir);
    return true;
}

bool ui_settings_save(const UiSettings *s, const char *path, char **err)
{
    if (!path) {
        if (err) *err = xstrdup("no place for the settings file (neither XDG_CONFIG_HOME nor HOME is set)");
        return false;
    }
    if (!make_parent(path, err)) return false;
    char *text = xasprintf("# worksim desktop settings (written by worksim; see `worksim play --help`)\n"
                           "font_scale = %.2f\n", s->font_scale);
    bool ok = util_write_file(path, text, strlen(text), err);
    free(text);
    return ok;
}
