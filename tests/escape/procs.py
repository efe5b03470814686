# procs.py: process-boundary probes inside the sandbox (tests/test_escape.c runs
# `python3 - HOSTPID < procs.py`). A sibling process is started and attacked with ptrace,
# process_vm_readv, and pid 1's memory is read through /proc/1/mem; the host test process (HOSTPID, a pid from outside)
# and every pid visible are signalled. Prints "PROBE name BLOCKED|LEAK detail".
import ctypes, errno, os, signal, subprocess, sys

libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
host_pid = int(sys.argv[1])


def out(name, blocked, detail=""):
    print("PROBE %s %s %s" % (name, "BLOCKED" if blocked else "LEAK", detail), flush=True)


sib = subprocess.Popen(["/bin/sleep", "30"])
ctypes.set_errno(0)
rc = libc.syscall(ctypes.c_long(101), ctypes.c_long(16), ctypes.c_long(sib.pid), None, None)  # PTRACE_ATTACH
out("ptrace_attach_sibling", rc < 0, "rc=%d %s" % (rc, os.strerror(ctypes.get_errno())))
if rc == 0:
    libc.syscall(ctypes.c_long(101), ctypes.c_long(17), ctypes.c_long(sib.pid), None, None)  # DETACH


class iovec(ctypes.Structure):
    _fields_ = [("base", ctypes.c_void_p), ("len", ctypes.c_size_t)]


buf = ctypes.create_string_buffer(64)
local = iovec(ctypes.addressof(buf), 64)
# Read the sibling's stack area address from its maps, then try to read it.
addr = 0
try:
    with open("/proc/%d/maps" % sib.pid) as f:
        for line in f:
            if "[stack]" in line:
                addr = int(line.split("-")[0], 16)
except OSError:
    pass
remote = iovec(addr or 0x400000, 64)
ctypes.set_errno(0)
rc = libc.syscall(ctypes.c_long(310), ctypes.c_long(sib.pid), ctypes.byref(local), ctypes.c_long(1),
                  ctypes.byref(remote), ctypes.c_long(1), ctypes.c_long(0))
err = ctypes.get_errno()
out("process_vm_readv", rc < 0 and err in (errno.EPERM, errno.EACCES, errno.ENOSYS), "rc=%d %s" % (rc, os.strerror(err)))
# The sandbox's init (bwrap's reaper, or the vm guest agent) is not the learner's process:
# its memory must stay closed. (A sibling's memory is the learner's own and is not probed.)
try:
    with open("/proc/1/maps") as f:
        start = int(f.readline().split("-")[0], 16)
    with open("/proc/1/mem", "rb") as f:
        f.seek(start)
        data = f.read(16)
    out("proc_init_mem", False, "read %d bytes of pid 1's memory" % len(data))
except Exception as e:
    out("proc_init_mem", True, str(e))
sib.kill()
sib.wait()

# The host's pid from outside: either absent here or some unrelated sandbox process.
try:
    os.kill(host_pid, 0)
    with open("/proc/%d/cmdline" % host_pid, "rb") as f:
        cl = f.read().replace(b"\0", b" ").decode(errors="replace")
    out("host_pid_signal", "test_escape" not in cl, "pid %d exists here as %r" % (host_pid, cl))
except OSError as e:
    out("host_pid_signal", True, str(e))
