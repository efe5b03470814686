/* testlib_proc.c: the host's processes as the sandbox tests look for them (/proc): who runs
 * a marked command line, which uid owns what, what a process has in its /proc folder. */
#define _GNU_SOURCE
#include "testlib.h"

#include "base/util.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

void testlib_each_process(bool (*fn)(void *ud, const TestProcess *p), void *ud)
{
    DIR *d = opendir("/proc");
    struct dirent *e;
    bool go_on = true;
    while (go_on && d && (e = readdir(d)) != NULL) {
        if (e->d_name[0] < '0' || e->d_name[0] > '9') continue;
        char path[300];
        struct stat st;
        snprintf(path, sizeof path, "/proc/%s", e->d_name);
        if (stat(path, &st) != 0) continue;   /* gone meanwhile */
        snprintf(path, sizeof path, "/proc/%s/cmdline", e->d_name);
        size_t len = 0;
        char *cl = util_read_file(path, &len, NULL);
        for (size_t i = 0; cl && i + 1 < len; i++)
            if (cl[i] == '\0') cl[i] = ' ';
        TestProcess p = {atol(e->d_name), cl ? cl : "", st.st_uid};
        go_on = fn(ud, &p);
        free(cl);
    }
    if (d) closedir(d);
}

char *testlib_proc_file(long pid, const char *name)
{
    char path[300];
    snprintf(path, sizeof path, "/proc/%ld/%s", pid, name);
    return util_read_file(path, NULL, NULL);
}
