/* workspace_snapshot.h: a run's final workspace as one archive (DESIGN §8: "a snapshot of the
 * final workspace, so it can be re-graded later"): a tar with zstd ("tar.zst"), .git
 * included, only files, folders and links (never followed), numeric owners 0. Taken on the
 * host from the sandbox's saved copy; put back into a sandbox as a plain tar unpacked inside,
 * as the learner, like a submission of `worksim grade`. */
#ifndef WORKSIM_WORKSPACE_SNAPSHOT_H
#define WORKSIM_WORKSPACE_SNAPSHOT_H

#include <stdbool.h>
#include <stddef.h>

#include "sandbox/sandbox.h"

#define WORKSPACE_SNAPSHOT_FORMAT "tar.zst"
/* The largest archive stored, the same as one submission file of `worksim grade`. */
#define WORKSPACE_SNAPSHOT_MAX_MB 64

typedef struct WorkspaceSnapshot {
    unsigned char *data;         /* the tar.zst; NULL when none could be taken */
    size_t len;
    char sha256[65];             /* hex digest of data */
    size_t raw_bytes;            /* bytes of the files archived, before compression */
    double seconds;              /* time taken */
} WorkspaceSnapshot;

/* Archives the sandbox's workspace (either backend: sandbox_save_tree copies it to the host
 * first). false with *why (caller frees) when there is none: an archive over max_bytes (0:
 * WORKSPACE_SNAPSHOT_MAX_MB), or a failure. */
bool workspace_snapshot_take(Sandbox *sb, size_t max_bytes, WorkspaceSnapshot *out, char **why);
/* The same for a folder on the host (links kept, never followed). */
bool workspace_snapshot_of_folder(const char *dir, size_t max_bytes, WorkspaceSnapshot *out, char **why);
void workspace_snapshot_clear(WorkspaceSnapshot *snap);

/* Hex SHA-256 of data into out. */
void workspace_snapshot_sha256(const void *data, size_t len, char out[65]);

/* The archive as a plain tar (caller frees) holding only files, folders and links with
 * relative paths that stay inside; NULL + *err when it cannot be read or holds anything else. */
char *workspace_snapshot_plain_tar(const void *data, size_t len, size_t *tar_len, char **err);

/* Replaces the sandbox's /workspace with a plain tar's contents, unpacked inside as the
 * learner under the sandbox's limits. false + *err (caller frees). */
bool workspace_snapshot_load_tar(Sandbox *sb, const char *tar, size_t len, char **err);

#endif
