/* store_owner.c: names the process that writes a run ("boot_id:pid:starttime") and tells
 * whether that process still runs, so closing abandoned runs never closes a live run of a
 * parallel worksim process. The start time guards against pid reuse, the boot id against
 * reboots; without /proc it falls back to kill(pid, 0). */
#define _POSIX_C_SOURCE 200809L
#include "store/store_internal.h"

#include "base/util.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

/* The boot id without its dashes, or "-" when unknown. Caller frees. */
static char *store_owner_boot_id(void)
{
    char *text = util_read_file("/proc/sys/kernel/random/boot_id", NULL, NULL);
    if (!text) return xstrdup("-");
    Buf b = {0};
    for (const char *p = text; *p; p++)
        if ((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f')) buf_append(&b, p, 1);
    free(text);
    if (b.len == 0) buf_puts(&b, "-");
    return buf_steal(&b);
}

/* Field 22 of /proc/PID/stat (start time in clock ticks after boot); 0 when unknown. */
static unsigned long long store_owner_start_time(long pid)
{
    char path[64];
    snprintf(path, sizeof path, "/proc/%ld/stat", pid);
    char *text = util_read_file(path, NULL, NULL);
    if (!text) return 0;
    unsigned long long start = 0;
    const char *p = strrchr(text, ')');      /* the command name may hold spaces and ')' */
    if (p) {
        p++;
        /* After ")" come fields 3, 4, ...: skip 19 of them to reach field 22. */
        for (int field = 3; field < 22 && p; field++) {
            p = strchr(p + 1, ' ');
        }
        if (p) start = strtoull(p + 1, NULL, 10);
    }
    free(text);
    return start;
}

char *store_owner_self(void)
{
    char *boot = store_owner_boot_id();
    long pid = (long)getpid();
    char *owner = xasprintf("%s:%ld:%llu", boot, pid, store_owner_start_time(pid));
    free(boot);
    return owner;
}

bool store_owner_alive(const char *owner)
{
    if (!owner) return false;
    char boot[80];
    long pid = 0;
    unsigned long long start = 0;
    if (sscanf(owner, "%79[^:]:%ld:%llu", boot, &pid, &start) != 3 || pid <= 0) return false;
    char *my_boot = store_owner_boot_id();
    bool same_boot = strcmp(boot, my_boot) == 0;
    bool boot_known = strcmp(my_boot, "-") != 0 && strcmp(boot, "-") != 0;
    free(my_boot);
    if (boot_known && !same_boot) return false;          /* the machine rebooted since */
    if (kill((pid_t)pid, 0) != 0 && errno == ESRCH) return false;
    if (start == 0) return true;                         /* no /proc when it was recorded */
    unsigned long long now_start = store_owner_start_time(pid);
    return now_start == 0 || now_start == start;         /* a different start: pid reused */
}
