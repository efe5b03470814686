/* check_reuse.h: when a check need not run again (issue: the final pass re-ran every check
 * even when the workspace was byte-identical to the one checked at the last submit; a
 * colleague's "is it green?" ran the same pipeline as the green check just after it).
 * Every submit's check sandbox, and a hook's run:check, fingerprints the workspace copy it was
 * given, before any learner code runs (the ns backend on the host as it makes the copy, else a
 * script printing it first); the final pass fingerprints the frozen final workspace once, the
 * same way. A check's earlier result in this run (its memo: the latest one taken with a
 * fingerprint) stands in for another run of it only when the two fingerprints match: the same
 * names, types, modes, link targets and bytes, .git included. On ns the copy is fingerprinted
 * before the check would start (sandbox.h: request.reuse), so a reused check starts no
 * process. The check and the scenario are those of the same run, so they cannot differ. */
#ifndef WORKSIM_CHECK_REUSE_H
#define WORKSIM_CHECK_REUSE_H

#include "sandbox/sandbox.h"

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

/* Makes req (a check) carry a fingerprint of its workspace copy along with command, and
 * returns the command to run (caller frees): on a backend that fingerprints copies itself
 * (sandbox_fingerprints_checks: ns, in-process, no extra processes) command as it is and
 * req->fingerprint set; else the fingerprint script, then command. */
char *check_reuse_request(const Sandbox *sb, SandboxExecRequest *req, const char *command);

/* The fingerprint a result of such a request carries (caller frees; NULL: none): the
 * backend's when req->fingerprint was set (the output is then never read for one, so a
 * check cannot print its own), else the script's line, removed from the output. */
char *check_reuse_result_tree(bool backend_tree, SandboxExecResult *r);

/* May a result recorded for the workspace `earlier` (NULL: none) stand for `final`? */
bool check_reuse_allowed(const char *earlier, bool earlier_timed_out, const char *final);

#endif
