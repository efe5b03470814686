/* ui_settings.h: the desktop's remembered settings, one "key = value" per line ('#' starts
 * a comment) in $XDG_CONFIG_HOME/worksim/settings (else ~/.config/worksim/settings):
 *   font_scale = 1.2      text size, 0.8 to 1.6 (Ctrl+= / Ctrl+- / Ctrl+0 in the desktop)
 * A file that does not parse gives the defaults and one warning line; unknown keys are a
 * parse error too (a typo should not silently do nothing). */
#ifndef WORKSIM_UI_SETTINGS_H
#define WORKSIM_UI_SETTINGS_H

#include <stdbool.h>

#define UI_FONT_SCALE_MIN 0.8
#define UI_FONT_SCALE_MAX 1.6

typedef struct UiSettings {
    double font_scale;   /* 1 = the default sizes */
} UiSettings;

/* The settings file's path (caller frees); NULL when neither XDG_CONFIG_HOME (absolute) nor
 * a home folder is known. */
char *ui_settings_path(void);
/* Reads path into *s; the defaults when the file is missing (no warning) or does not parse
 * (*warning gets one line naming the file, the line and why; caller frees). */
void ui_settings_load(UiSettings *s, const char *path, char **warning);
/* Writes s to path (creating the folder); false + *err (one line, caller frees) on failure. */
bool ui_settings_save(const UiSettings *s, const char *path, char **err);

#endif
