/* exchange_bundle.h: the file `worksim export` writes and `worksim import` reads (issue 13
 * item 4): a tar with zstd (libarchive) of named entries held in memory. Written atomically
 * (a temporary file in the same folder, renamed over the target once complete: an error
 * leaves nothing); read defensively: only regular files with plain relative names (letters,
 * digits, '.', '_', '-', '/'; no "..", no absolute path), no links, devices or other kinds,
 * within size limits, or the whole file is refused with one line. */
#ifndef WORKSIM_EXCHANGE_BUNDLE_H
#define WORKSIM_EXCHANGE_BUNDLE_H

#include <stdbool.h>
#include <stddef.h>

/* Limits of what a bundle may hold when read. */
#define BUNDLE_MAX_ENTRIES 200000
#define BUNDLE_MAX_TOTAL_MB 2048

typedef struct BundleWriter BundleWriter;

/* Starts writing path (through a temporary file next to it). NULL + *err (caller frees). */
BundleWriter *bundle_writer_open(const char *path, char **err);
/* Adds one regular file entry. false + *err (the writer is still to be aborted). */
bool bundle_writer_add(BundleWriter *w, const char *name, const void *data, size_t len, char **err);
/* Finishes the archive, syncs it and renames it into place; frees w. false + *err (nothing
 * left behind). */
bool bundle_writer_commit(BundleWriter *w, char **err);
/* Drops the temporary file; frees w. NULL-safe. */
void bundle_writer_abort(BundleWriter *w);

typedef struct BundleEntry {
    char *name;
    char *data;                  /* NUL-terminated (not counted in len) */
    size_t len;
} BundleEntry;

typedef struct Bundle {
    BundleEntry *entries;
    size_t n;
} Bundle;

/* Reads every entry of path into memory. false + *err ("PATH: ...", one line) when the file
 * cannot be read, is not a tar with zstd, is truncated or corrupt, or holds an entry that is
 * not a plain regular file with a safe name. */
bool bundle_read(const char *path, Bundle *out, char **err);
const BundleEntry *bundle_find(const Bundle *b, const char *name);   /* NULL when absent */
void bundle_free(Bundle *b);

#endif
