/* agent.h: internals of the guest agent (PID 1 of the VM sandbox), shared by its files only.
 * agent.c boots the guest and serves the control port; agent_spawn.c starts execs and shells,
 * each in fresh pid and mount namespaces so every process of one dies with it;
 * the learner's shell gets the exec tracer in its init (sandbox/trace/exec_tracer.c);
 * agent_harden.c: seccomp and capabilities of job processes; agent_files.c moves workspace
 * files without following links; agent_copy.c copies and removes trees. Static binary, libc only. */
#ifndef WORKSIM_AGENT_H
#define WORKSIM_AGENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define AGENT_UID 1000
#define AGENT_WS "/workspace"
/* Root-only (0700) tmpfs of the agent: the recorded base and the scenario's checks folder,
 * bound read-only into check jobs at /base and /checks, never into other jobs. */
#define AGENT_PRIVATE "/run/worksim"
#define AGENT_BASE AGENT_PRIVATE "/base"
#define AGENT_CHECKS AGENT_PRIVATE "/checks"

typedef struct AgentLimits {
    uint32_t nproc, cpu_s, fsize_mb, nofile, as_mb;
    uint32_t tmp_files;         /* inodes of a job's /tmp: the sandbox's file cap, as on ns */
} AgentLimits;

typedef struct AgentSpawn {
    const char *command;        /* bash -c text (exec) or NULL (interactive shell) */
    bool as_root;
    bool check;                 /* run on a throwaway copy of /workspace */
    int fd_in, fd_out;          /* become 0 and 1+2 (shell: both the pty slave) */
    const char *rcfile;         /* shell only: path of the rc file, or NULL */
    char *const *env_extra;     /* shell only: NAME=value list, NULL-terminated */
    int trace_fd;               /* -1, or the write end the job's init records every exec of
                                 * the command's tree to (sandbox/trace/exec_tracer.c) */
} AgentSpawn;

extern AgentLimits agent_limits;
extern char agent_port_path[320];   /* /dev/vportNpM of the control port, hidden from jobs */

/* Writes a line to the kernel console (diagnostics only). */
void agent_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Starts the job in new pid+mount namespaces; returns the host-side pid of its init, or -1. */
pid_t agent_spawn(const AgentSpawn *sp);
/* Last step before exec in a job: root jobs lose system-wide capabilities, every job gets
 * no_new_privs and the seccomp filter. 0, or -1 with errno. */
int agent_harden(bool as_root);
/* Copies the tree under src into the existing dir dst (dirs, files, links as links; mode,
 * owner and times kept; special files and levels deeper than 64 skipped); 0 or -1. */
int agent_copy_tree(const char *src, const char *dst);
/* Copies src (/workspace, or a resumed run's saved base) to AGENT_BASE, replacing an earlier
 * copy; 0 or an errno. */
int agent_record_base(const char *src);
/* Removes a tree without following links. */
void agent_remove_tree(const char *path);
/* Reads rel beneath /workspace (regular file, no links, at most max bytes): malloc'd data
 * and *len, or NULL with errno. */
char *agent_file_get(const char *rel, size_t max, size_t *len);
/* Creates or replaces rel beneath /workspace (parents must exist, no links); 0 or errno. */
int agent_file_put(const char *rel, const unsigned char *data, size_t len);

#endif
