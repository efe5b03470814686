/* check_truth.c: the bash text a check sandbox runs before a check's own command, and the
 * protected-path audit (check_truth.h). Both run inside the check sandbox, on its throwaway
 * copy of the workspace, so a link the learner planted can only point at the sandbox's own
 * files, never the host's. Paths come from validated scenarios (scenario_protect_path_ok)
 * and are single-quoted anyway. */
#include "core/check_truth.h"

#include "scenario/scenario.h"
#include "base/util.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* __worksim_parents REL: makes every parent of /workspace/REL a real folder (a link or file
 * there is replaced) and queues what the learner left at REL for removal. __worksim_remove
 * removes everything queued (a read-only tree too) with one rm. __worksim_copy PARENT REL...
 * copies the base's RELs that exist, all in the folder PARENT, back with one cp (links kept
 * as links). So the restore costs two or three processes, not two per protected path. Runs
 * in a subshell: nothing leaks into the check. */
static const char RESTORE_FNS[] =
    "__worksim_gone=()\n"
    "__worksim_parents() {\n"
    "  local rel=$1 cur=/workspace i\n"
    "  local IFS=/\n"
    "  set -f\n"
    "  local parts=($rel)\n"
    "  for ((i = 0; i < ${#parts[@]} - 1; i++)); do\n"
    "    cur=$cur/${parts[i]}\n"
    "    if [ -L \"$cur\" ] || [ ! -d \"$cur\" ]; then rm -rf -- \"$cur\" 2>/dev/null; mkdir -- \"$cur\" || return 1;\n"
    "    elif [ ! -w \"$cur\" ] || [ ! -x \"$cur\" ]; then chmod u+rwx -- \"$cur\" || return 1; fi\n"
    "  done\n"
    "  cur=/workspace/$rel\n"
    "  if [ -e \"$cur\" ] || [ -L \"$cur\" ]; then __worksim_gone+=(\"$cur\"); fi\n"
    "}\n"
    "__worksim_remove() {\n"
    "  [ ${#__worksim_gone[@]} -eq 0 ] && return 0\n"
    "  rm -rf -- \"${__worksim_gone[@]}\" 2>/dev/null ||\n"
    "    { chmod -R u+rwX -- \"${__worksim_gone[@]}\" 2>/dev/null; rm -rf -- \"${__worksim_gone[@]}\"; }\n"
    "}\n"
    "__worksim_copy() {\n"
    "  local parent=$1 rel from=()\n"
    "  shift\n"
    "  for rel; do\n"
    "    if [ -e \"/base/$rel\" ] || [ -L \"/base/$rel\" ]; then from+=(\"/base/$rel\"); fi\n"
    "  done\n"
    "  [ ${#from[@]} -eq 0 ] || cp -a -- \"${from[@]}\" \"/workspace/$parent\"\n"
    "}\n";

/* Length of path's parent folder part ("a/b" of "a/b/c", 0 for "c"). */
static size_t parent_len(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? (size_t)(slash - path) : 0;
}

static bool same_parent(const char *a, const char *b)
{
    size_t n = parent_len(a);
    return n == parent_len(b) && strncmp(a, b, n) == 0;
}

/* One __worksim_copy line per parent folder, shallower folders first: a protected folder is
 * back in place before the protected paths inside it are copied into it. */
static void put_copy_lines(Buf *b, char *const *protect, int n_protect)
{
    size_t longest = 0;
    for (int i = 0; i < n_protect; i++)
        if (parent_len(protect[i]) > longest) longest = parent_len(protect[i]);
    for (size_t len = 0; len <= longest; len++) {
        for (int i = 0; i < n_protect; i++) {
            if (parent_len(protect[i]) != len) continue;
            bool seen = false;
            for (int j = 0; j < i && !seen; j++) seen = same_parent(protect[i], protect[j]);
            if (seen) continue;
            char *parent = xstrndup(protect[i], len);
            buf_puts(b, "__worksim_copy ");
            buf_put_shell_quoted(b, parent);
            free(parent);
            for (int j = i; j < n_protect; j++) {
                if (!same_parent(protect[i], protect[j])) continue;
                buf_puts(b, " ");
                buf_put_shell_quoted(b, protect[j]);
            }
            buf_puts(b, " || exit 1\n");
        }
    }
}

char *check_truth_command(const char *base_commit, char *const *protect, int n_protect, const char *command)
{
    Buf b = {0};
    /* git honours refs/replace/ by default: a learner's `git replace BASE FAKE` would make
     * every read of the base commit in the check's copy show FAKE. */
    buf_puts(&b, "export GIT_NO_REPLACE_OBJECTS=1\n");
    if (base_commit) {
        buf_puts(&b, "export WORKSIM_BASE_COMMIT=");
        buf_put_shell_quoted(&b, base_commit);
        buf_puts(&b, "\n");
    } else {
        buf_puts(&b, "unset WORKSIM_BASE_COMMIT\n");
    }
    if (n_protect > 0) {
        buf_puts(&b, "(\n");
        buf_puts(&b, RESTORE_FNS);
        for (int i = 0; i < n_protect; i++) {
            buf_puts(&b, "__worksim_parents ");
            buf_put_shell_quoted(&b, protect[i]);
            buf_puts(&b, " || exit 1\n");
        }
        buf_puts(&b, "__worksim_remove || exit 1\n");
        put_copy_lines(&b, protect, n_protect);
        buf_puts(&b, ") >/dev/null 2>&1 || { echo 'FAIL: the protected files could not be put back as they were; "
                     "the check cannot run'; exit 1; }\n");
    }
    buf_puts(&b, command);
    return buf_steal(&b);
}

#define TEXT_OF(x) #x
#define NUMBER_TEXT(x) TEXT_OF(x)
#define AUDIT_MAX_TEXT NUMBER_TEXT(CHECK_TRUTH_AUDIT_MAX)

/* audit P prints each changed path under P, but not what lies below a path it already named
 * (a folder the learner swapped for a link is one change, not one per file). */
/* same REL: /base/REL and /workspace/REL have the same type and content (links: the same
 * target text; folders: both folders; files: the same bytes; both absent). */
static const char AUDIT_FNS[] =
    "same() {\n"
    "  local a=/base/$1 b=/workspace/$1\n"
    "  if [ -L \"$a\" ] || [ -L \"$b\" ]; then\n"
    "    [ -L \"$a\" ] && [ -L \"$b\" ] && [ \"$(readlink -- \"$a\")\" = \"$(readlink -- \"$b\")\" ]; return\n"
    "  fi\n"
    "  if [ -d \"$a\" ] || [ -d \"$b\" ]; then [ -d \"$a\" ] && [ -d \"$b\" ]; return; fi\n"
    "  if [ -e \"$a\" ] || [ -e \"$b\" ]; then [ -f \"$a\" ] && [ -f \"$b\" ] && cmp -s -- \"$a\" \"$b\"; return; fi\n"
    "  return 0\n"
    "}\n"
    "audit() {\n"
    "  local n=0 f last=\n"
    "  { (cd /base && find -P \"$1\" -print0 2>/dev/null); (cd /workspace && find -P \"$1\" -print0 2>/dev/null);\n"
    "    printf '%s\\0' \"$1\"; } | sort -zu | while IFS= read -r -d '' f; do\n"
    "    [ -n \"$last\" ] && [ \"${f#\"$last\"/}\" != \"$f\" ] && continue\n"
    "    same \"$f\" && continue\n"
    "    printf '%s\\0' \"$f\"; last=$f\n"
    "    n=$((n + 1)); [ $n -lt " AUDIT_MAX_TEXT " ] || break\n"
    "  done\n"
    "}\n";

char *check_truth_audit_script(char *const *protect, int n_protect)
{
    Buf b = {0};
    buf_puts(&b, "export LC_ALL=C\ncd /workspace || exit 0\n");
    buf_puts(&b, AUDIT_FNS);
    for (int i = 0; i < n_protect; i++) {
        buf_puts(&b, "audit ");
        buf_put_shell_quoted(&b, protect[i]);
        buf_puts(&b, "\n");
    }
    buf_puts(&b, "exit 0\n");
    return buf_steal(&b);
}

/* path is p or below p, with no '.', '..' or empty parts of its own. */
static bool is_under(const char *path, const char *p)
{
    size_t n = strlen(p);
    if (strncmp(path, p, n) != 0) return false;
    if (path[n] == '\0') return true;
    return path[n] == '/' && scenario_protect_path_ok(path + n + 1);
}

void check_truth_audit_parse(const char *output, size_t len, char *const *protect, int n_protect,
                             CheckTruthChangedFn fn, void *ud)
{
    size_t start = 0;
    while (start < len) {
        const char *end = memchr(output + start, '\0', len - start);
        if (!end) break;   /* a cut-off last entry */
        const char *path = output + start;
        for (int i = 0; i < n_protect; i++) {
            if (is_under(path, protect[i])) {
                fn(ud, path);
                break;
            }
        }
        start = (size_t)(end - output) + 1;
    }
}
