/* workspace_diff.h: the learner's work as a reviewer sees it: every change in the workspace
 * since the base commit the engine recorded when the run started (committed or not, tracked
 * or not), read by one hardened git script in the sandbox and parsed into a model of files,
 * hunks and lines. The Review app draws this model and the Claude colleagues' view_diff
 * reads its text form, so the learner and the reviewer see the same change.
 * Git's output is untrusted: it is parsed as text and every string is sanitised
 * (utf8_sanitize). The learner's git config, attributes, hooks and markers are not used. */
#ifndef WORKSIM_WORKSPACE_DIFF_H
#define WORKSIM_WORKSPACE_DIFF_H

#include <stdbool.h>
#include <stddef.h>

#include "base/loop.h"
#include "sandbox/sandbox.h"

typedef enum DiffFileStatus { DIFF_MODIFIED, DIFF_ADDED, DIFF_DELETED, DIFF_RENAMED } DiffFileStatus;
typedef enum DiffLineKind { DIFF_CONTEXT, DIFF_ADD, DIFF_DEL, DIFF_NOTE } DiffLineKind;

typedef struct DiffLine {
    DiffLineKind kind;
    int old_no, new_no;        /* line numbers in the base and the workspace (0: none) */
    char *text;                /* without its marker; DIFF_NOTE: e.g. "No newline at end of file" */
} DiffLine;

typedef struct DiffHunk {
    int old_start, old_count, new_start, new_count;
    char *header;              /* the whole "@@ -a,b +c,d @@ context" line */
    DiffLine *lines;
    int n_lines;
} DiffHunk;

typedef struct DiffFile {
    char *old_path, *new_path; /* equal unless renamed; the base side of an added file is new_path */
    DiffFileStatus status;
    bool binary;               /* content not shown */
    bool untracked;            /* not added to the learner's git yet */
    bool not_shown;            /* a new file too large, special or one of too many to read */
    int adds, dels;
    DiffHunk *hunks;
    int n_hunks;
} DiffFile;

typedef struct WorkspaceDiff {
    bool not_git;              /* nothing to compare with: no base commit and no snapshot of the start */
    bool snapshot;             /* no git at the start: compared with the engine's snapshot then (no commits) */
    char *error;               /* why the diff could not be read (e.g. the base commit is gone), or NULL */
    char *base;                /* the base commit, abbreviated */
    char *branch;              /* the learner's branch, or HEAD's abbreviated commit */
    char **commits;            /* "abbrev subject" of the learner's commits since the base, newest first */
    int n_commits;
    DiffFile *files;
    int n_files;
    int adds, dels;
    bool truncated;            /* more changes than were read: the model is partial */
} WorkspaceDiff;

/* The shell script that prints what workspace_diff_parse reads, for the workspace at the
 * current directory. base_commit: the engine's record (hex object name) or NULL when the run
 * started without git (then the snapshot at /base, when the exec sees one, is the base);
 * anything but hex is treated as NULL. Caller frees. */
char *workspace_diff_script(const char *base_commit);
/* Parses the script's output (len bytes; output_truncated when the sandbox kept less than it
 * printed). Never NULL; caller frees with workspace_diff_free. */
WorkspaceDiff *workspace_diff_parse(const char *output, size_t len, bool output_truncated);
void workspace_diff_free(WorkspaceDiff *diff);   /* NULL-safe */

/* diff (owned by the callee) or NULL and error (the sandbox or the read failed). */
typedef void (*WorkspaceDiffDone)(void *ud, WorkspaceDiff *diff, const char *error);
/* Reads the diff of sb's workspace against base_commit on loop; done runs exactly once, from
 * the loop (also when the exec could not start). Never blocks. */
void workspace_diff_read(Sandbox *sb, Loop *loop, const char *base_commit, WorkspaceDiffDone done, void *ud);
/* The same, to completion on a private loop (CLI and tests). Never NULL; caller frees. */
WorkspaceDiff *workspace_diff_read_wait(Sandbox *sb, const char *base_commit);

/* The model as a unified diff (git's layout, one "diff --git" block per file, status lines
 * "new file", "deleted file", "rename from/to", "untracked", "Binary files differ"), cut
 * after max_bytes with a note. What a colleague's view_diff returns. Caller frees. */
char *workspace_diff_text(const WorkspaceDiff *diff, size_t max_bytes);
const char *diff_file_status_name(DiffFileStatus status);   /* "modified", "added", ... (static) */

#endif
