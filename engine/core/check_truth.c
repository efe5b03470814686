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

/* git in a check reads the learner's repository, whose .git the learner wrote: left alone, its
 * state makes git show a check something other than what is committed. The environment turns
 * off what is not in a config file: replace refs (`git replace` shows a good commit or a fixed
 * blob in place of the real one), info/grafts (a commit's parents rewritten, so a bad commit
 * drops out of `base..HEAD`), the system config and attributes, and, for every repository a
 * check touches, hooks, fsmonitor, the untracked cache, commit-graph files (parents again),
 * notes shown by `git log`, colour (escapes hide `^+` lines from a diff parser), the mailmap
 * `git log` applies (a committed .mailmap shows a commit as someone else's; `%aN`, shortlog and
 * blame still read the tree's .mailmap, as they were asked to) and automatic gc;
 * safe.directory lets git read the copy whoever owns it. A check's own `-c` still wins.
 * Config files can name drivers git then runs (diff.X.textconv, diff.external, filter.X.smudge
 * for `git archive`, merge drivers) under names no override can know, and keys that change the
 * output a check parses (format.pretty, log.*, diff.noprefix, core.worktree, include.path...):
 * __worksim_git_truth rewrites, in the throwaway copy only, the config of every repository
 * within three folders of /workspace (bare ones of any name too, and wherever a gitfile there
 * points) and the learner's ~/.gitconfig (read by a replay of their commands) to the keys that
 * only describe the repository, the learner's identity, remotes, branches and aliases (a check
 * never calls an alias; a replay may), removes info/grafts and makes info/attributes, which
 * outranks every .gitattributes, name an undefined diff driver for every path (`*.py -diff` or
 * `binary`, committed or not, turns a diff into "Binary files differ"). On the real workspace
 * (check_truth_env_command) the tree's .gitattributes still counts: git 2.40's GIT_ATTR_SOURCE
 * would turn it off without writing a file, the sandboxes' git is 2.39. */
static const char GIT_TRUTH_ENV[] =
    "export GIT_NO_REPLACE_OBJECTS=1 GIT_GRAFT_FILE=/dev/null/no-grafts GIT_CONFIG_NOSYSTEM=1 GIT_ATTR_NOSYSTEM=1 \\\n"
    "  GIT_CONFIG_COUNT=13 GIT_CONFIG_KEY_0=safe.directory GIT_CONFIG_VALUE_0='*' \\\n"
    "  GIT_CONFIG_KEY_1=core.hooksPath GIT_CONFIG_VALUE_1=/dev/null GIT_CONFIG_KEY_2=core.fsmonitor GIT_CONFIG_VALUE_2=false \\\n"
    "  GIT_CONFIG_KEY_3=core.untrackedCache GIT_CONFIG_VALUE_3=false GIT_CONFIG_KEY_4=core.commitGraph GIT_CONFIG_VALUE_4=false \\\n"
    "  GIT_CONFIG_KEY_5=core.attributesFile GIT_CONFIG_VALUE_5=/dev/null \\\n"
    "  GIT_CONFIG_KEY_6=core.notesRef GIT_CONFIG_VALUE_6=refs/notes/worksim-none GIT_CONFIG_KEY_7=color.ui GIT_CONFIG_VALUE_7=false \\\n"
    "  GIT_CONFIG_KEY_8=gc.auto GIT_CONFIG_VALUE_8=0 GIT_CONFIG_KEY_9=maintenance.auto GIT_CONFIG_VALUE_9=false \\\n"
    "  GIT_CONFIG_KEY_10=log.mailmap GIT_CONFIG_VALUE_10=false GIT_CONFIG_KEY_11=mailmap.file GIT_CONFIG_VALUE_11=/dev/null \\\n"
    "  GIT_CONFIG_KEY_12=mailmap.blob GIT_CONFIG_VALUE_12=\n";

static const char GIT_TRUTH_CONFIG[] =
    "(\n"
    /* __worksim_git_keep FILE: FILE keeps only the listed keys (written back quoted, as git
     * reads them; a key without a value stays one); includes are not followed, so dropped. The
     * list goes through a file in the check's own /tmp: a guest has no /dev/fd for <(...), and
     * a config git cannot read fails the check rather than leave an empty one */
    "__worksim_git_keep() {\n"
    "  local f=$1 e k v s n u out=\n"
    "  [ -e \"$f\" ] || [ -L \"$f\" ] || return 0\n"
    "  git config --file \"$f\" --no-includes -z --list > \"$t\" || return 1\n"
    "  while IFS= read -r -d '' e; do\n"
    "    k=${e%%$'\\n'*}\n"
    "    case ${k,,} in\n"
    "      core.repositoryformatversion|core.bare|core.filemode|core.symlinks|core.ignorecase|core.precomposeunicode|\\\n"
    "      core.logallrefupdates|extensions.objectformat|extensions.refstorage|user.name|user.email|author.name|\\\n"
    "      author.email|committer.name|committer.email|init.defaultbranch|alias.*|remote.*.url|remote.*.pushurl|\\\n"
    "      remote.*.fetch|remote.*.push|remote.*.mirror|remote.*.tagopt|remote.*.prune|branch.*.remote|\\\n"
    "      branch.*.merge|branch.*.rebase|branch.*.pushremote|branch.*.description) ;;\n"
    "      *) continue ;;\n"
    "    esac\n"
    "    s=${k%%.*} n=${k##*.} u=${k#\"$s\"}; u=${u%.\"$n\"}; u=${u#.}\n"
    "    if [ -n \"$u\" ]; then u=${u//\\\\/\\\\\\\\}; out+=\"[$s \\\"${u//\\\"/\\\\\\\"}\\\"]\"$'\\n'; else out+=\"[$s]\"$'\\n'; fi\n"
    "    if [ \"$e\" = \"$k\" ]; then out+=$'\\t'\"$n\"$'\\n'; continue; fi\n"
    "    v=${e#*$'\\n'} v=${v//\\\\/\\\\\\\\} v=${v//\\\"/\\\\\\\"} v=${v//$'\\n'/\\\\n} v=${v//$'\\t'/\\\\t}\n"
    "    out+=$'\\t'\"$n = \\\"$v\\\"\"$'\\n'\n"
    "  done < \"$t\"\n"
    "  if [ -f \"$f\" ] && [ ! -L \"$f\" ] && printf '%s' \"$out\" 2>/dev/null > \"$f\"; then return 0; fi\n"
    "  rm -rf -- \"$f\" && printf '%s' \"$out\" > \"$f\"\n"
    "}\n"
    "command -v git >/dev/null || exit 0\n"
    "t=/tmp/.worksim-git-config.$$\n"
    /* the repositories: every folder within three levels of /workspace (none through a linked
     * folder) named *.git, or holding HEAD, objects/ and refs/ (a bare remote of any name, such
     * as .origin), and the git dirs every gitfile among them names (a gitdir and its commondir,
     * wherever they are: a linked worktree's or a submodule's, or a .git moved below the walk
     * and left as a gitfile pointing at it), found by globs (no process). A repository deeper
     * than that, with no gitfile within reach, is one no check reads: checks read the
     * scenario's repositories, none of them that deep */
    "shopt -s nullglob dotglob\n"
    "ds=()\n"
    "__worksim_gitfile() {\n"
    "  local g c\n"
    "  read -r g < \"$1\" && [ \"${g#gitdir: }\" != \"$g\" ] || return 0\n"
    "  g=${g#gitdir: }; [ \"${g#/}\" != \"$g\" ] || g=${1%/*}/$g; ds+=(\"$g\")\n"
    "  if [ -f \"$g/commondir\" ] && read -r c < \"$g/commondir\"; then [ \"${c#/}\" != \"$c\" ] || c=$g/$c; ds+=(\"$c\"); fi\n"
    "}\n"
    "for d in /workspace/{,*/,*/*/}{*.git,*/HEAD}; do\n"
    "  r=${d#/workspace/} c=/workspace\n"
    "  while [ \"${r#*/}\" != \"$r\" ]; do c=$c/${r%%/*} r=${r#*/}; [ ! -L \"$c\" ] || continue 2; done\n"
    "  if [ \"$r\" = HEAD ]; then d=${d%/HEAD}; [ \"${d%.git}\" = \"$d\" ] && [ -d \"$d/objects\" ] && [ -d \"$d/refs\" ] || continue; fi\n"
    "  if [ -f \"$d\" ]; then __worksim_gitfile \"$d\"; else ds+=(\"$d\"); fi\n"
    "done\n"
    /* each repository's info/attributes (read before any .gitattributes) names a diff driver
     * no config defines for every path: a committed `*.py -diff`, `binary` or a macro of them
     * turns a diff into "Binary files differ" otherwise, and a driver named in the tree could
     * reach a textconv a check's own -c defines; git still finds binary content by itself */
    "for d in \"${ds[@]}\"; do\n"
    "  [ -d \"$d\" ] && [ -f \"$d/HEAD\" ] || continue\n"
    "  [ -w \"$d\" ] || chmod u+rwx -- \"$d\" || exit 1\n"
    "  __worksim_git_keep \"$d/config\" || exit 1\n"
    "  i=$d/info\n"
    "  if [ -L \"$i\" ] || { [ -e \"$i\" ] && [ ! -d \"$i\" ]; }; then rm -rf -- \"$i\" || exit 1; fi\n"
    "  [ -d \"$i\" ] || mkdir -- \"$i\" || exit 1\n"
    "  [ -w \"$i\" ] && [ -x \"$i\" ] || chmod u+rwx -- \"$i\" || exit 1\n"
    "  [ ! -e \"$i/grafts\" ] && [ ! -L \"$i/grafts\" ] || rm -rf -- \"$i/grafts\" || exit 1\n"
    "  x=$i/attributes\n"   /* a file is written over (the copy shares no inode), anything else replaced */
    "  [ ! -L \"$x\" ] && { [ ! -e \"$x\" ] || [ -f \"$x\" ]; } || rm -rf -- \"$x\" || exit 1\n"
    "  printf '* diff=worksim-none\\n' > \"$x\" || exit 1\n"
    "done\n"
    "for g in /workspace/.gitconfig /workspace/.config/git/config; do __worksim_git_keep \"$g\" || rm -f -- \"$g\" || exit 1; done\n"
    "[ ! -e \"$t\" ] || rm -f -- \"$t\"\n"
    ") >/dev/null 2>&1 || { echo 'FAIL: the git repository could not be prepared for the check (can git read its .git/config?); the check cannot run'; exit 1; }\n";

/* git reads a loose or packed object by its name without hashing its content again, so a learner
 * who writes another commit's (or blob's) bytes into the file named by theirs shows every git
 * command the other content under the old name: a "wip" commit reads "Fix the total", the base's
 * blob reads as the final file and base..HEAD shows no change. rev-list --verify-objects hashes
 * every object the history between the base and HEAD (and each branch) reads: the base commit,
 * the commits after it, their trees and blobs; one git process, a few milliseconds on a
 * scenario's repository. Only a mismatch fails the check: history git cannot walk at all (the
 * learner started a new repository, HEAD has no commit yet) is the check's own to judge. */
static const char GIT_TRUTH_OBJECTS[] =
    "( cd /workspace && command -v git >/dev/null || exit 0\n"
    "  git rev-list --objects --verify-objects --branches HEAD \"$WORKSIM_BASE_COMMIT^!\" >/dev/null 2>&1 ||\n"
    "    ! git rev-list --objects --branches HEAD \"$WORKSIM_BASE_COMMIT^!\" >/dev/null 2>&1 ) ||\n"
    "  { echo 'FAIL: an object in the git history does not hold what its name says (an object file written by hand?); "
    "the check cannot trust the history'; exit 1; }\n";

/* The environment part alone changes no file: for commands on the real workspace. */
static char *with_git_truth(const char *command, bool rewrite_config)
{
    Buf b = {0};
    buf_puts(&b, GIT_TRUTH_ENV);
    if (rewrite_config) buf_puts(&b, GIT_TRUTH_CONFIG);
    buf_puts(&b, command);
    return buf_steal(&b);
}

char *check_truth_copy_command(const char *command) { return with_git_truth(command, true); }

char *check_truth_env_command(const char *command) { return with_git_truth(command, false); }

char *check_truth_command(const char *base_commit, char *const *protect, int n_protect, const char *command)
{
    Buf b = {0};
    buf_puts(&b, GIT_TRUTH_ENV);
    buf_puts(&b, GIT_TRUTH_CONFIG);
    if (base_commit) {
        buf_puts(&b, "export WORKSIM_BASE_COMMIT=");
        buf_put_shell_quoted(&b, base_commit);
        buf_puts(&b, "\n");
        buf_puts(&b, GIT_TRUTH_OBJECTS);
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
