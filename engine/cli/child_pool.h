/* child_pool.h: runs independent jobs in forked child processes, a few at a time, so slow
 * work that mostly waits (sandboxes, commands) overlaps on a small machine. Each job runs in
 * its own child and hands back one text (its result); the parent hears of each as it ends.
 * The caller must not have threads running when it calls child_pool_run. */
#ifndef WORKSIM_CHILD_POOL_H
#define WORKSIM_CHILD_POOL_H

/* Runs in the child: returns the job's result text (malloc'd; may be NULL for ""). */
typedef char *(*ChildJobFn)(void *ud, int index);
/* Runs in the parent as job index ends: result is its text, or NULL with failure saying why
 * the child gave none (crashed, killed). */
typedef void (*ChildDoneFn)(void *ud, int index, const char *result, const char *failure);

/* Runs jobs 0..n-1, starting them in order, at most parallel (>= 1) at once; returns when
 * every job has ended and done was called for each. */
void child_pool_run(int n, int parallel, ChildJobFn job, ChildDoneFn done, void *ud);

#endif
