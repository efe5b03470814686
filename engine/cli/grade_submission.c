/* grade_submission.c: one learner's submitted workspace for `worksim grade`: the checks made
 * on the host before a run is started for it (a folder, a git repository when the scenario's
 * workspace is one, only files, folders and links, within the sandbox's size limits), and its
 * loading into the run's sandbox in place of the scenario's workspace. The host only lists
 * and archives the folder (never following a link); the archive is unpacked inside the
 * sandbox, as the learner, under the sandbox's limits. */
#define _GNU_SOURCE
#include "cli/grade_submission.h"

#include "base/util.h"
#include "core/workspace_snapshot.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

typedef struct WalkTotals {
    long long bytes;
    long files;
    int depth;
} WalkTotals;

/* Why the tree under path (relative name rel, for messages) cannot be a workspace, or NULL. */
static char *walk_problem(const char *path, const char *rel, WalkTotals *t)
{
    if (++t->depth > GRADE_MAX_DEPTH) return xasprintf("%s: folders nested deeper than %d", rel, GRADE_MAX_DEPTH);
    DIR *d = opendir(path);
    if (!d) return xasprintf("%s: cannot read the folder: %s", rel, strerror(errno));
    char *problem = NULL;
    struct dirent *e;
    while (!problem && (e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        char *child = xasprintf("%s/%s", path, e->d_name);
        char *child_rel = *rel ? xasprintf("%s/%s", rel, e->d_name) : xstrdup(e->d_name);
        struct stat sb;
        if (lstat(child, &sb) != 0) problem = xasprintf("%s: %s", child_rel, strerror(errno));
        else if (++t->files > GRADE_MAX_FILES)
            problem = xasprintf("more than %d files and folders (the sandbox's limit)", GRADE_MAX_FILES);
        else if (S_ISREG(sb.st_mode)) {
            t->bytes += sb.st_size;
            if (sb.st_size > (off_t)GRADE_MAX_FILE_MB * 1024 * 1024)
                problem = xasprintf("%s: %lld MB, over the sandbox's %d MB per file", child_rel,
                                    (long long)(sb.st_size >> 20), GRADE_MAX_FILE_MB);
            else if (t->bytes > (long long)GRADE_MAX_TOTAL_MB * 1024 * 1024)
                problem = xasprintf("more than %d MB in all (the sandbox's workspace limit)", GRADE_MAX_TOTAL_MB);
        } else if (S_ISDIR(sb.st_mode)) {
            problem = walk_problem(child, child_rel, t);
        } else if (!S_ISLNK(sb.st_mode)) {
            problem = xasprintf("%s: not a file, folder or link (devices, pipes and sockets are refused)", child_rel);
        }
        free(child);
        free(child_rel);
    }
    closedir(d);
    t->depth--;
    return problem;
}

char *grade_submission_problem(const char *dir, bool needs_git)
{
    struct stat sb;
    if (lstat(dir, &sb) != 0) return xasprintf("cannot read it: %s", strerror(errno));
    if (!S_ISDIR(sb.st_mode)) return xstrdup("not a folder (each submission is a folder holding the learner's workspace)");
    if (needs_git) {
        char *git = xasprintf("%s/.git", dir);
        bool has_git = lstat(git, &sb) == 0 && S_ISDIR(sb.st_mode);
        free(git);
        if (!has_git) return xstrdup("not a git repository (the scenario's workspace is one; submit the whole folder with .git)");
    }
    WalkTotals t = {0};
    return walk_problem(dir, "", &t);
}

/* The folder as a tar archive (links kept as links, numeric owners); NULL + *err. */
static char *tar_of(const char *dir, size_t *len, char **err)
{
    int pipefd[2];
    if (pipe2(pipefd, O_CLOEXEC) != 0) {
        *err = xasprintf("cannot archive the submission: %s", strerror(errno));
        return NULL;
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, pipefd[1], STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&fa, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    char *const argv[] = {"tar", "--numeric-owner", "-C", (char *)dir, "-cf", "-", ".", NULL};
    pid_t pid;
    int rc = posix_spawnp(&pid, "tar", &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(pipefd[1]);
    if (rc != 0) {
        close(pipefd[0]);
        *err = xasprintf("cannot run tar to archive the submission: %s", strerror(rc));
        return NULL;
    }
    Buf b = {0};
    char chunk[65536];
    ssize_t n;
    while ((n = read(pipefd[0], chunk, sizeof chunk)) > 0 || (n < 0 && errno == EINTR))
        if (n > 0) buf_append(&b, chunk, (size_t)n);
    close(pipefd[0]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        buf_free(&b);
        *err = xstrdup("tar could not archive the submission (unreadable files?)");
        return NULL;
    }
    *len = b.len;
    return buf_steal(&b);
}

bool grade_submission_load(Sandbox *sb, const char *dir, char **err)
{
    size_t len = 0;
    char *archive = tar_of(dir, &len, err);
    if (!archive) return false;
    bool ok = workspace_snapshot_load_tar(sb, archive, len, err);
    free(archive);
    return ok;
}
