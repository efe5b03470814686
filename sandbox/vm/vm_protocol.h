/* vm_protocol.h: the framed protocol between the host (sandbox/vm) and the guest agent
 * (sandbox/guest), spoken over one virtio-serial port ("org.worksim.ctl", 0600 root in the
 * guest). Shared by both sides; header-only, no engine dependencies.
 *
 * Frame: u32 len (little endian; counts the bytes after itself, 5..VM_MAX_FRAME), u8 type,
 * u32 id, body. Integers in bodies are little endian. id names an exec, a shell or a file
 * request, chosen by the host (0 for whole-VM messages). Bodies per type:
 *   G>H READY      text: agent version              (once, when the agent serves; a host that
 *                  put a saved base in the initrd, /base-in, accepts only its own build's)
 *   H>G LIMITS     u32 nproc, cpu_s, fsize_mb, nofile, as_mb   (before any exec; id 0)
 *   H>G EXEC       u8 flags (1 root, 2 check), u32 timeout_ms, u32 cap, u32 cmd_len, cmd, stdin...
 *   G>H OUTPUT     bytes of stdout+stderr (at most cap in total per exec)
 *   G>H EXITED     i32 exit code (128+N on signal N), u8 timed_out, u64 bytes produced
 *   G>H ERROR      text: the exec or shell could not start (no EXITED follows)
 *   H>G SIGNAL     u32 signal number, sent to every process of the exec or shell
 *   H>G PTY_OPEN   u16 rows, u16 cols, u32 rc_len, rcfile text, then NUL-ended NAME=value
 *   H>G/G>H PTY_DATA  raw terminal bytes (keys in, output out)
 *   H>G PTY_RESIZE u16 rows, u16 cols
 *   G>H PTY_EXIT   i32 exit status: the shell and all its processes are gone
 *   H>G PTY_CLOSE  (empty) kill the shell
 *   H>G FILE_GET   u32 max, path relative to /workspace
 *   H>G FILE_PUT   u32 path_len, path, data
 *   G>H FILE_REPLY i32 errno (0 = ok), data (FILE_GET) or nothing
 *   H>G BASE       (empty) copy /workspace as the base that check jobs see at /base;
 *                  FILE_REPLY answers (errno only)
 *   H>G SHUTDOWN   (empty) power off
 *   G>H TRACE      bytes of the shell's exec trace (sandbox/trace/exec_trace_wire.h lines, cut
 *                  anywhere), id = the shell: written by the shell's init before each exec ran;
 *                  a shell's TRACE frames come before the PTY_DATA read after them and before
 *                  its PTY_EXIT
 *   G>H ALIVE      (empty, id 0) sent each quiet second for a few seconds after any other
 *                  frame: its write notifies QEMU of the port's queue again, should the
 *                  notification of an earlier frame have been lost (the host ignores it)
 * Everything from the guest is untrusted: the host checks lengths, ids and caps. */
#ifndef WORKSIM_VM_PROTOCOL_H
#define WORKSIM_VM_PROTOCOL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define VM_PORT_NAME "org.worksim.ctl"
#define VM_AGENT_VERSION "worksim-agent 4"
#define VM_MAX_FRAME (8u * 1024 * 1024)   /* largest len field accepted by either side */
#define VM_HEADER 9u                      /* u32 len + u8 type + u32 id */
#define VM_FILE_MAX (4u * 1024 * 1024)    /* largest file moved by FILE_GET / FILE_PUT */

enum VmMsgType {
    VM_READY = 1, VM_LIMITS, VM_EXEC, VM_OUTPUT, VM_EXITED, VM_ERROR, VM_SIGNAL,
    VM_PTY_OPEN, VM_PTY_DATA, VM_PTY_RESIZE, VM_PTY_EXIT, VM_PTY_CLOSE,
    VM_FILE_GET, VM_FILE_PUT, VM_FILE_REPLY, VM_SHUTDOWN, VM_BASE, VM_TRACE, VM_ALIVE
};

enum { VM_EXEC_ROOT = 1, VM_EXEC_CHECK = 2 };

/* Stores v little endian at p. */
static inline void vm_put_u32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)v;
    p[1] = (unsigned char)(v >> 8);
    p[2] = (unsigned char)(v >> 16);
    p[3] = (unsigned char)(v >> 24);
}

/* Reads a little-endian u32 at p. */
static inline uint32_t vm_get_u32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static inline void vm_put_u16(unsigned char *p, uint16_t v)
{
    p[0] = (unsigned char)v;
    p[1] = (unsigned char)(v >> 8);
}

static inline uint16_t vm_get_u16(const unsigned char *p) { return (uint16_t)(p[0] | p[1] << 8); }

static inline void vm_put_u64(unsigned char *p, uint64_t v)
{
    vm_put_u32(p, (uint32_t)v);
    vm_put_u32(p + 4, (uint32_t)(v >> 32));
}

static inline uint64_t vm_get_u64(const unsigned char *p)
{
    return (uint64_t)vm_get_u32(p) | (uint64_t)vm_get_u32(p + 4) << 32;
}

/* Writes the 9-byte frame header for a body of body_len bytes into hdr. */
static inline void vm_frame_header(unsigned char *hdr, unsigned type, uint32_t id, size_t body_len)
{
    vm_put_u32(hdr, (uint32_t)(body_len + 5));
    hdr[4] = (unsigned char)type;
    vm_put_u32(hdr + 5, id);
}

#endif
