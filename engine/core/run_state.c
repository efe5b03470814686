/* run_state.c: the run's folder on disk (DESIGN §8), so a run killed at any moment can be
 * resumed: $XDG_STATE_HOME/worksim/runs/<database id>/<run id>/ (else ~/.local/state/...)
 * holds base/ (the workspace when on_start returned, what checks see at /base) and
 * workspace/ (the learner's workspace as of the last event boundary). Run ids count per
 * database, so the database's own id keeps two databases' runs apart. The learner's live
 * workspace stays in the sandbox (a capped tmpfs as root); it is copied here, atomically,
 * before each learner command and each finishing is logged (so a logged move's effect is
 * always on disk) and after every other burst of events in which a hook's exec or file write
 * may have changed it (sandbox_change_count). The folder goes when the run has finished. */
#define _GNU_SOURCE
#include "core/run_internal.h"
#include "core/run_resume.h"

#include "base/util.h"

#include <errno.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

char *run_state_root(void)
{
    const char *xdg = getenv("XDG_STATE_HOME");   /* a relative one is invalid (XDG spec) */
    if (xdg && xdg[0] == '/') return xasprintf("%s/worksim/runs", xdg);
    const char *home = getenv("HOME");
    if (!home || !*home) {
        const struct passwd *pw = getpwuid(getuid());
        home = pw && pw->pw_dir && *pw->pw_dir ? pw->pw_dir : NULL;
    }
    return home ? xasprintf("%s/.local/state/worksim/runs", home) : NULL;
}

char *run_state_dir_for(Store *store, int64_t run_id)
{
    char *root = run_state_root();
    char *db = store ? store_database_id(store) : NULL;
    char *dir = root && db ? xasprintf("%s/%s/%lld", root, db, (long long)run_id) : NULL;
    free(root);
    free(db);
    return dir;
}

/* mkdir -p, new folders private (the learner's work is theirs). */
static bool make_folders(const char *path)
{
    char *p = xstrdup(path);
    bool ok = true;
    for (char *s = p + 1; ok; s++) {
        if (*s != '/' && *s != '\0') continue;
        char saved = *s;
        *s = '\0';
        ok = mkdir(p, 0700) == 0 || errno == EEXIST;
        *s = saved;
        if (!saved) break;
    }
    free(p);
    return ok;
}

static void note_save_failure(Run *run, const char *what, const char *err)
{
    if (!run->checkpoint_failed)
        fprintf(stderr, "worksim: the run's %s could not be saved for resuming: %s\n", what, err ? err : "unknown error");
    run->checkpoint_failed = true;
}

static bool save_tree(Run *run, SandboxTree which, const char *name)
{
    char *dest = xasprintf("%s/%s", run->state_dir, name);
    char *err = NULL;
    unsigned long changes = sandbox_change_count(run->sb);   /* what happens during the save is not in it */
    bool ok = sandbox_save_tree(run->sb, which, dest, &err);
    if (ok && which == SANDBOX_TREE_WORKSPACE) run->saved_changes = changes;
    if (!ok) note_save_failure(run, name, err);
    free(err);
    free(dest);
    return ok;
}

void run_state_open(Run *run)
{
    /* A grade or demo run is never resumed: saving its workspace after each burst of events
     * would only cost copies (a full tree on disk per graded submission). */
    if (!run->store || run->id <= 0 || !run->resumable) return;
    run->state_dir = run_state_dir_for(run->store, run->id);
    if (!run->state_dir || !make_folders(run->state_dir)) {
        note_save_failure(run, "folder", run->state_dir ? strerror(errno) : "no home folder");
        free(run->state_dir);
        run->state_dir = NULL;
    }
}

void run_state_save_base(Run *run)
{
    if (run->state_dir && run->sb && save_tree(run, SANDBOX_TREE_BASE, "base"))
        save_tree(run, SANDBOX_TREE_WORKSPACE, "workspace");
}

void run_state_checkpoint(Run *run)
{
    if (run->checkpoint_deadline) loop_cancel(run->loop, run->checkpoint_deadline);
    run->checkpoint_deadline = 0;
    if (!run->state_dir || !run->sb || !run->base_recorded || run->finished || run->freeing) return;
    double t0 = util_monotonic_seconds();
    save_tree(run, SANDBOX_TREE_WORKSPACE, "workspace");
    run->checkpoint_seconds += util_monotonic_seconds() - t0;
    run->checkpoints++;
}

/* After a burst of events: saved again only when a hook's exec or file write may have changed
 * the workspace since the last save (chat, checks and reviews change nothing; a save on vm
 * costs a round trip to the guest). */
static void on_checkpoint_due(void *ud)
{
    Run *run = ud;
    run->checkpoint_deadline = 0;
    if (run->sb && sandbox_change_count(run->sb) != run->saved_changes) run_state_checkpoint(run);
}

void run_state_before_event(Run *run, const char *kind)
{
    if (!run->state_dir || run->finished) return;
    /* A learner command's effect and the workspace the final checks grade must be on disk
     * before the log says they happened. */
    if (strcmp(kind, "command") == 0 || strcmp(kind, "finishing") == 0) run_state_checkpoint(run);
}

void run_state_after_event(Run *run, const char *kind)
{
    if (!run->state_dir) return;
    if (strcmp(kind, "finish") == 0) {
        run_state_remove(run);
        return;
    }
    if (!run->checkpoint_deadline && run->base_recorded && !run->finishing && !run->freeing)
        run->checkpoint_deadline = loop_add_deadline(run->loop, 0, on_checkpoint_due, run);
}

void run_state_remove(Run *run)
{
    if (run->checkpoint_deadline) loop_cancel(run->loop, run->checkpoint_deadline);
    run->checkpoint_deadline = 0;
    if (run->state_dir) {
        util_remove_tree(run->state_dir);
        char *parent = xstrdup(run->state_dir);
        char *slash = strrchr(parent, '/');
        if (slash) *slash = '\0';
        rmdir(parent);   /* the database's folder, when this was its last run */
        free(parent);
    }
    free(run->state_dir);
    run->state_dir = NULL;
}

void run_checkpoint_stats(const Run *run, int *saves, double *seconds)
{
    *saves = run->checkpoints;
    *seconds = run->checkpoint_seconds;
}
