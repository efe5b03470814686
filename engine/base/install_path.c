/* install_path.c: PREFIX/<relative> of the running binary (see install_path.h). */
#define _GNU_SOURCE
#include "base/install_path.h"

#include "base/util.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

char *install_path_relative(const char *relative)
{
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return NULL;
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (!slash) return NULL;
    *slash = '\0';                                  /* exe = PREFIX/bin */
    slash = strrchr(exe, '/');
    if (!slash || strcmp(slash, "/bin") != 0) return NULL;
    *slash = '\0';                                  /* exe = PREFIX */
    char *path = xasprintf("%s/%s", exe, relative);
    struct stat st;
    if (stat(path, &st) != 0) {
        free(path);
        return NULL;
    }
    return path;
}
