# kernel.py: escape probes against the kernel surface, run inside the sandbox by
# tests/test_escape.c (python3 - < kernel.py). Each call is made for real through libc's
# syscall(); a refusal (EPERM, EACCES, ENOSYS) prints BLOCKED, anything else means the call
# reached the kernel's implementation and prints LEAK. x86_64 syscall numbers.
import ctypes, errno, os, platform, struct

libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
REFUSED = (errno.EPERM, errno.EACCES, errno.ENOSYS)


def report(name, rc, err, extra=""):
    if rc < 0 and err in REFUSED:
        print("PROBE %s BLOCKED %s" % (name, errno.errorcode.get(err, err)))
    else:
        print("PROBE %s LEAK rc=%d errno=%s %s" % (name, rc, errno.errorcode.get(err, err), extra))


def call(name, nr, *args):
    ctypes.set_errno(0)
    rc = libc.syscall(ctypes.c_long(nr), *[ctypes.c_long(a) if isinstance(a, int) else a for a in args])
    report(name, rc, ctypes.get_errno())
    return rc


if platform.machine() != "x86_64":
    print("PROBE arch SKIP %s" % platform.machine())
    raise SystemExit(0)

cstr = ctypes.c_char_p
# Keys: a real, valid request on the session keyring.
call("keyctl", 250, 0, -3, 0)                                    # KEYCTL_GET_KEYRING_ID
call("add_key", 248, cstr(b"user"), cstr(b"escape"), cstr(b"v"), 1, -3)
call("request_key", 249, cstr(b"user"), cstr(b"escape"), 0, 0)
# bpf: BPF_PROG_LOAD of a two-instruction socket filter (mov r0,0; exit).
insns = (ctypes.c_uint64 * 2)(0x00000000000000b7, 0x0000000000000095)
lic = ctypes.create_string_buffer(b"GPL")
attr = ctypes.create_string_buffer(struct.pack("IIQQIIQI", 1, 2, ctypes.addressof(insns),
                                               ctypes.addressof(lic), 0, 0, 0, 0) + b"\0" * 64)
call("bpf", 321, 5, attr, 120)
# perf_event_open: software cpu-clock counter on ourselves.
pattr = ctypes.create_string_buffer(struct.pack("IIQ", 1, 112, 0) + b"\0" * 96)
call("perf_event_open", 298, pattr, 0, -1, -1, 0)
params = ctypes.create_string_buffer(120)
call("io_uring_setup", 425, 4, params)
call("userfaultfd", 323, 0)
call("init_module", 175, 0, 0, cstr(b""))
call("finit_module", 313, 0, cstr(b""), 0)
call("delete_module", 176, cstr(b"loop"), 0)
call("kexec_load", 246, 0, 0, 0, 0)
call("syslog", 103, 3, ctypes.create_string_buffer(256), 256)    # SYSLOG_ACTION_READ_ALL
handle = ctypes.create_string_buffer(128)
struct.pack_into("I", handle, 0, 64)
call("name_to_handle_at", 303, -100, cstr(b"/usr"), handle, ctypes.byref(ctypes.c_int()), 0)
call("open_by_handle_at", 304, -100, handle, 0)
call("mount_syscall", 165, cstr(b"none"), cstr(b"/tmp"), cstr(b"tmpfs"), 0, 0)
call("umount2", 166, cstr(b"/workspace"), 2)                      # MNT_DETACH
call("pivot_root", 155, cstr(b"/tmp"), cstr(b"/tmp"))
call("chroot", 161, cstr(b"/tmp"))
call("fsopen", 430, cstr(b"tmpfs"), 0)
call("open_tree", 428, -100, cstr(b"/usr"), 1)                    # OPEN_TREE_CLONE
call("unshare_user", 272, 0x10000000)                             # CLONE_NEWUSER
call("unshare_mount", 272, 0x00020000)                            # CLONE_NEWNS
call("unshare_net", 272, 0x40000000)                              # CLONE_NEWNET
call("setns", 308, os.open("/proc/self/ns/net", os.O_RDONLY), 0)
call("reboot", 169, 0xfee1dead, 672274793, 0x4321FEDC, 0)        # LINUX_REBOOT_CMD_POWER_OFF
call("swapon", 167, cstr(b"/workspace/swap"), 0)
call("iopl", 172, 3)
call("acct", 163, cstr(b"/workspace/acct"))
