/* testlib_pty.c: reading what a sandbox's learner shell writes to its pseudo-terminal, for
 * the sandbox and escape tests (testlib.h). */
#include "testlib.h"

#include "base/util.h"

#include <errno.h>
#include <poll.h>
#include <string.h>
#include <unistd.h>

char *testlib_read_until(int fd, const char *needle, double timeout)
{
    Buf b = {0};
    buf_puts(&b, "");
    double end = util_monotonic_seconds() + timeout;
    while (!strstr(b.data, needle)) {
        double left = end - util_monotonic_seconds();
        if (left <= 0) break;
        struct pollfd p = {fd, POLLIN, 0};
        if (poll(&p, 1, (int)(left * 1000) + 1) <= 0) continue;
        char chunk[4096];
        ssize_t n = read(fd, chunk, sizeof chunk);
        if (n > 0) buf_append(&b, chunk, (size_t)n);
        else if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) break;
    }
    return buf_steal(&b);
}
