/* run_snapshot.c: every graded run keeps its final workspace (DESIGN §8), taken when the
 * run finishes: the learner's shell and processes are gone, the final checks have not run
 * yet (they see it through throwaway overlays, so it stays as the learner left it). The
 * archive goes into the database (store_snapshot_put), or the reason there is none: over the
 * cap, a copy out of the sandbox that failed, no sandbox. Demo and regrade runs keep
 * none. A failure to store it never changes the run's outcome: only re-grading needs it. */
#include "core/run_internal.h"

#include "base/util.h"
#include "core/workspace_snapshot.h"

#include <stdio.h>
#include <stdlib.h>

void run_snapshot_store(Run *run)
{
    if (!run->store || run->id <= 0 || !run->keep_snapshot) return;
    WorkspaceSnapshot snap = {0};
    char *why = NULL;
    bool taken = run->sb ? workspace_snapshot_take(run->sb, 0, &snap, &why)
                         : (why = xstrdup("the run's sandbox never opened"), false);
    StoreSnapshot row = {.taken_at = util_wall_seconds()};
    if (taken) {
        row.format = WORKSPACE_SNAPSHOT_FORMAT;
        row.sha256 = snap.sha256;
        row.data = snap.data;
        row.len = snap.len;
    } else {
        row.missing = why;
    }
    if (!store_snapshot_put(run->store, run->id, &row))
        fprintf(stderr, "worksim: run %lld: the final workspace snapshot could not be stored (it cannot be "
                        "re-graded): %s\n", (long long)run->id, store_errmsg(run->store));
    workspace_snapshot_clear(&snap);
    free(why);
}
