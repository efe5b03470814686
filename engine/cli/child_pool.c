/* child_pool.c: forked jobs with their results read back over a pipe (child_pool.h). A job's
 * text is read while the child runs (so a long result cannot block it on a full pipe); the
 * child ends with _exit, so the parent's unflushed stdio is never written twice. */
#define _GNU_SOURCE
#include "cli/child_pool.h"

#include "base/util.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct Slot {
    pid_t pid;
    int fd;            /* read end of the job's pipe; -1 once at EOF */
    int index;
    Buf text;
} Slot;

static void write_all(int fd, const char *s, size_t len)
{
    while (len > 0) {
        ssize_t w = write(fd, s, len);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return;
        s += w;
        len -= (size_t)w;
    }
}

/* Forks job index into slot; false (with failure reported through done) if it cannot. */
static bool start_job(Slot *slot, int index, ChildJobFn job, ChildDoneFn done, void *ud)
{
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) {
        done(ud, index, NULL, "cannot create a pipe for the job");
        return false;
    }
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        done(ud, index, NULL, "cannot fork a process for the job");
        return false;
    }
    if (pid == 0) {
        close(fds[0]);
        char *text = job(ud, index);
        write_all(fds[1], text ? text : "", text ? strlen(text) : 0);
        free(text);
        _exit(0);
    }
    close(fds[1]);
    *slot = (Slot){.pid = pid, .fd = fds[0], .index = index};
    return true;
}

/* Reads what slot's child has written; at EOF reaps it and reports the job. */
static void drain(Slot *slot, ChildDoneFn done, void *ud)
{
    char chunk[4096];
    ssize_t r = read(slot->fd, chunk, sizeof chunk);
    if (r < 0 && (errno == EINTR || errno == EAGAIN)) return;
    if (r > 0) {
        buf_append(&slot->text, chunk, (size_t)r);
        return;
    }
    close(slot->fd);
    slot->fd = -1;
    int status = 0;
    while (waitpid(slot->pid, &status, 0) < 0 && errno == EINTR) {}
    char *failure = NULL;
    if (WIFSIGNALED(status)) failure = xasprintf("the job's process died of signal %d (%s)", WTERMSIG(status), strsignal(WTERMSIG(status)));
    else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) failure = xasprintf("the job's process exited with %d", WEXITSTATUS(status));
    char *text = buf_steal(&slot->text);
    done(ud, slot->index, failure ? NULL : text, failure);
    free(text);
    free(failure);
    slot->pid = 0;
}

void child_pool_run(int n, int parallel, ChildJobFn job, ChildDoneFn done, void *ud)
{
    if (parallel < 1) parallel = 1;
    Slot *slots = xcalloc((size_t)parallel, sizeof *slots);
    struct pollfd *pfds = xcalloc((size_t)parallel, sizeof *pfds);
    int next = 0, running = 0;
    while (next < n || running > 0) {
        for (int s = 0; s < parallel && next < n; s++) {
            if (slots[s].pid != 0) continue;
            if (start_job(&slots[s], next, job, done, ud)) running++;
            next++;
        }
        int np = 0;
        for (int s = 0; s < parallel; s++) {
            if (slots[s].pid == 0) continue;
            pfds[np++] = (struct pollfd){.fd = slots[s].fd, .events = POLLIN};
        }
        if (np == 0) continue;
        if (poll(pfds, (nfds_t)np, -1) < 0 && errno != EINTR) break;
        for (int s = 0, p = 0; s < parallel; s++) {
            if (slots[s].pid == 0) continue;
            if (pfds[p++].revents) {
                drain(&slots[s], done, ud);
                if (slots[s].pid == 0) running--;
            }
        }
    }
    free(pfds);
    free(slots);
}
