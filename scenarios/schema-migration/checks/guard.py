"""Runs the shop's migrate.py on the learner's migrations without letting their code see the checks.

    python3 -I /checks/guard.py ROOT/migrate.py --db DB up|down

A .py migration is the learner's own Python, run by the runner inside a check. Before any of it
runs, this installs an audit hook (one cannot be removed) that refuses reading or listing
anything under /checks (the grader's rules and hidden data), /base and /workspace (the check
copies from there first), /proc (another process's memory or root), opening a directory (its
descriptor would reach /checks by a relative path), starting programs, ctypes and sqlite
extensions. A migration never needs any of it; a refused one fails with a PermissionError.
"""
import os
import sys

REFUSED_ROOTS = ("/checks", "/base", "/workspace", "/proc")
REFUSED_EVENTS = ("subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork",
                  "os.forkpty", "os.startfile", "pty.spawn", "sqlite3.enable_load_extension",
                  "sqlite3.load_extension", "os.chroot", "sys.remote_exec")
PATH_EVENTS = ("open", "os.listdir", "os.scandir", "os.chdir", "shutil.copyfile", "shutil.copytree",
               "sqlite3.connect", "os.symlink", "os.link", "os.rename")


def refused_path(path):
    if isinstance(path, int):
        return None
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    if path is None or isinstance(path, str) is False:
        return None
    if path == ":memory:" or path.startswith("file:"):
        path = path[5:].split("?", 1)[0] if path.startswith("file:") else path
        if path == ":memory:" or not path:
            return None
    real = os.path.realpath(path)
    for root in REFUSED_ROOTS:
        if real == root or real.startswith(root + "/"):
            return "%s is off limits for a migration" % path
    if os.path.isdir(real):
        return "a migration opens files, not the directory %s" % path
    return None


def hook(event, args):
    if event.startswith("ctypes.") or event in REFUSED_EVENTS:
        raise PermissionError("a migration may not use %s while it is checked" % event)
    if event in ("os.listdir", "os.scandir"):
        target = args[0] if args else "."
        if isinstance(target, int):
            raise PermissionError("a migration may not list a directory by descriptor")
        real = os.path.realpath(os.fsdecode(target) if isinstance(target, bytes) else (target or "."))
        if any(real == r or real.startswith(r + "/") for r in REFUSED_ROOTS):
            raise PermissionError("%s is off limits for a migration" % target)
        return
    if event in PATH_EVENTS and args:
        if event == "os.chdir":
            target = args[0]
            real = os.path.realpath(target) if isinstance(target, (str, bytes)) else None
            if real is None or any(real == r or real.startswith(r + "/") for r in REFUSED_ROOTS):
                raise PermissionError("a migration may not change into %s" % (target,))
            return
        for path in args[:2] if event in ("shutil.copyfile", "shutil.copytree", "os.symlink", "os.link", "os.rename") else args[:1]:
            why = refused_path(path)
            if why:
                raise PermissionError(why)


def main():
    runner = sys.argv[1]
    sys.path[:] = [p for p in sys.path if not p.startswith("/checks")]
    sys.argv = sys.argv[1:]
    import runpy  # noqa: E402  (before the hook: the runner's own imports are the standard library)
    import sqlite3  # noqa: F401,E402
    import importlib.util  # noqa: F401,E402
    sys.addaudithook(hook)
    runpy.run_path(runner, run_name="__main__")


if __name__ == "__main__":
    main()
