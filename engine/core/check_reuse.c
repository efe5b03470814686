/* check_reuse.c: how a check's workspace gets fingerprinted and the rule for reusing a
 * check's result (check_reuse.h). The ns backend hashes the check's private copy on the host
 * before the sandbox starts (sandbox/ns/ns_fingerprint.c); elsewhere the script below runs in
 * the check sandbox on its private copy before the check. Either way whatever is hashed is
 * exactly what the check then reads. Sizes of folders and times are left out: they differ
 * between copies of the same tree. */
#include "core/check_reuse.h"

#include "base/util.h"

#include <stdlib.h>
#include <string.h>

#define FINGERPRINT_HEX 64

static const char FINGERPRINT_SCRIPT[] =
    "(set -o pipefail; export LC_ALL=C; cd /workspace || exit 1\n"
    " __worksim_tree=$({ find . -print0 | sort -z | xargs -0r stat --printf '%F|%a|%n\\0' -- &&\n"
    "   find . -type l -print0 | sort -z | xargs -0r readlink -z -- &&\n"
    "   find . -type f -print0 | sort -z | xargs -0r sha256sum -z --; } 2>/dev/null | sha256sum) || exit 1\n"
    " printf '" CHECK_REUSE_MARKER " %.64s\\n' \"$__worksim_tree\")\n";

const char *check_reuse_fingerprint_script(void) { return FINGERPRINT_SCRIPT; }

static bool is_hex(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!strchr("0123456789abcdef", s[i]) || s[i] == '\0') return false;
    return true;
}

char *check_reuse_take_fingerprint(char *output, size_t *len)
{
    size_t mlen = strlen(CHECK_REUSE_MARKER);
    size_t line = mlen + 1 + FINGERPRINT_HEX + 1;
    if (!output || *len < line || memcmp(output, CHECK_REUSE_MARKER, mlen) != 0 || output[mlen] != ' ' ||
        !is_hex(output + mlen + 1, FINGERPRINT_HEX) || output[line - 1] != '\n')
        return NULL;
    char *hex = xstrndup(output + mlen + 1, FINGERPRINT_HEX);
    memmove(output, output + line, *len - line);
    *len -= line;
    output[*len] = '\0';
    return hex;
}

char *check_reuse_request(const Sandbox *sb, SandboxExecRequest *req, const char *command)
{
    if (sandbox_fingerprints_checks(sb)) {
        req->fingerprint = true;
        return xstrdup(command);
    }
    return xasprintf("%s%s", FINGERPRINT_SCRIPT, command);
}

char *check_reuse_result_tree(bool backend_tree, SandboxExecResult *r)
{
    if (backend_tree) return r->tree ? xstrdup(r->tree) : NULL;
    return check_reuse_take_fingerprint(r->output, &r->output_len);
}

bool check_reuse_allowed(const char *earlier, bool earlier_timed_out, const char *final)
{
    /* a timeout says as much about the machine's load as about the work: run it again */
    return earlier && final && !earlier_timed_out && strcmp(earlier, final) == 0;
}
