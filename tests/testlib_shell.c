/* testlib_shell.c: shell commands for the tests (testlib.h): their output and status, and
 * Learning Locker's xAPI validator (npm xapi-validation) run over a file of statements. */
#define _GNU_SOURCE
#include "testlib.h"

#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>

int testlib_sh(const char *cmd, char **out)
{
    FILE *p = popen(cmd, "r");
    if (!p) return -1;
    Buf b = {0};
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, p)) > 0) buf_append(&b, chunk, n);
    int status = pclose(p);
    if (out) *out = buf_steal(&b);
    else buf_free(&b);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

char *testlib_xapi_warnings(const char *file)
{
    char *probe = xasprintf("NODE_PATH='%s/node_modules' node -e \"require('xapi-validation')\" 2>/dev/null", WORKSIM_NPM_DIR);
    int have = testlib_sh(probe, NULL);
    free(probe);
    if (have != 0) return NULL;
    char *cmd = xasprintf("NODE_PATH='%s/node_modules' node -e \""
                          "const v = require('xapi-validation').default;"
                          "const all = JSON.parse(require('fs').readFileSync('%s', 'utf8'));"
                          "for (const s of all) { const w = v(s); if (w.length) console.log(JSON.stringify(w)); }\" 2>&1",
                          WORKSIM_NPM_DIR, file);
    char *out = NULL;
    int rc = testlib_sh(cmd, &out);
    free(cmd);
    if (rc != 0 && out && !*out) {
        free(out);
        out = xstrdup("node failed");
    }
    return out;
}
