/* check_reuse.h: when a check need not run again (issue: the final pass re-ran every check
 * even when the workspace was byte-identical to the one checked at the last submit).
 * Every check sandbox first prints a fingerprint of the workspace copy it was given, before
 * any learner code runs; the final pass fingerprints the frozen final workspace once. A
 * check's earlier result stands in for the final run only when the two fingerprints match:
 * the same names, types, modes, link targets and bytes, .git included. The check and the
 * scenario are those of the same run, so they cannot differ. */
#ifndef WORKSIM_CHECK_REUSE_H
#define WORKSIM_CHECK_REUSE_H

#include <stdbool.h>
#include <stddef.h>

/* The line a fingerprint is printed on: CHECK_REUSE_MARKER, a space, 64 hex digits, '\n'. */
#define CHECK_REUSE_MARKER "WORKSIM-TREE"

/* bash text that prints the fingerprint line of /workspace, or nothing when any part of the
 * tree cannot be read (then nothing is reused). Changes nothing and leaks no variable. Static. */
const char *check_reuse_fingerprint_script(void);

/* When output starts with a fingerprint line, removes it from output (updating *len) and
 * returns the 64 hex digits (caller frees); else NULL and output unchanged. */
char *check_reuse_take_fingerprint(char *output, size_t *len);

/* May a result recorded for the workspace `earlier` (NULL: none) stand for `final`? */
bool check_reuse_allowed(const char *earlier, bool earlier_timed_out, const char *final);

#endif
