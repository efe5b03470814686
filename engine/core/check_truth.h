/* check_truth.h: what a check is told about the truth before its own command runs (DESIGN §3,
 * "Checks see the truth"), as bash text for the check sandbox, the same on every backend:
 * WORKSIM_BASE_COMMIT exported, git kept from what the learner's .git says beyond its objects,
 * refs, identity, remotes and branches (replace refs, grafts, hooks, drivers, attributes,
 * mailmap, output-changing config: check_truth.c), the history from the base to HEAD checked to
 * hold what its object names say, and the task's protected paths put back as they are in /base
 * (removed when the base had none). Also the finish-time audit that names the protected paths
 * the learner changed: a script that runs no learner code, and the parser of its output. */
#ifndef WORKSIM_CHECK_TRUTH_H
#define WORKSIM_CHECK_TRUTH_H

#include <stddef.h>

/* A hook's run:sh with copy (a throwaway copy of the workspace, as a check sees it: the replay
 * of the learner's commands in scenarios/lib/evidence.lua): command after the same git
 * protections a check gets (the environment, the copy's git config kept to what describes
 * the repository, no grafts or info/attributes), without the base or the protected paths.
 * Caller frees. */
char *check_truth_copy_command(const char *command);

/* A hook's run:sh on the real workspace: command after the environment part only (replace
 * refs, grafts, hooks, fsmonitor, notes, colour off by GIT_* variables), which writes no file:
 * a colleague's `git log` sees what is committed, and a hook's git run as root runs none of
 * the learner's hooks. Caller frees. */
char *check_truth_env_command(const char *command);

/* The full command of one check: the prelude, then command. base_commit may be NULL (no git
 * base: the variable is unset). Caller frees. */
char *check_truth_command(const char *base_commit, char *const *protect, int n_protect, const char *command);

/* A script for a check sandbox that prints, NUL-terminated, each path under the given
 * protected paths whose type or content differs between /base and /workspace (at most
 * CHECK_TRUTH_AUDIT_MAX per protected path). Caller frees. */
#define CHECK_TRUTH_AUDIT_MAX 50
char *check_truth_audit_script(char *const *protect, int n_protect);

/* Calls fn for each path in the audit output (len bytes) that is one of protect or lies
 * below one; anything else (which the script never prints) is ignored. */
typedef void (*CheckTruthChangedFn)(void *ud, const char *path);
void check_truth_audit_parse(const char *output, size_t len, char *const *protect, int n_protect,
                             CheckTruthChangedFn fn, void *ud);

#endif
