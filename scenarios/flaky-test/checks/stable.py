"""judge.sh's stable mode: the suite passes in file order, in CI orders that failed before the fix,
and with the polluting test right before its victim (python3 /checks/stable.py, in /workspace).

Five pytest runs in a row, stopping at the first that fails. A fresh interpreter importing pytest
costs more than this suite, so pytest is imported once, here (from the system: nothing of the
learner's is on sys.path yet), and each run is a fork of this process that becomes
`python3 -m pytest -q -p no:cacheprovider ARGS 2>&1` in /workspace. The learner's code runs only in
the children; a run's verdict is its exit status (from waitpid), its output goes to a file only it
writes, as it did with a process per run. (feature-flag's verify.py forks its pytest runs the same
way: a scenario's checks folder is mounted alone at /checks, so the two cannot share a module.)"""
import atexit
import importlib
import os
import sys
import tempfile
import threading
import traceback

import pytest

SWISS_FIRST = ["tests/test_export.py::test_export_swiss_shop_in_francs", "tests/test_checkout.py", "tests/test_settings.py"]
RUNS = [
    (["--no-shuffle"], b"the suite fails even in file order: %s"),
    (["-x", "--seed", "4029"], b"with --seed 4029 the suite still fails: %s"),
    (["-x", "--seed", "3"], b"with --seed 3 the suite still fails: %s"),
    (["-x", "--seed", "20"], b"with --seed 20 the suite still fails: %s"),
    (["--no-shuffle"] + SWISS_FIRST, b"run right after the Swiss export test, %s still fails: the order dependence is still there"),
]


def child(args, out_path):
    """Becomes `python3 -m pytest -q -p no:cacheprovider ARGS 2>&1` here; never returns."""
    code = 1
    try:
        out = os.open(out_path, os.O_WRONLY)
        os.dup2(out, 1)
        os.dup2(out, 2)
        sys.path[0] = os.getcwd()   # where -m puts the folder it starts in (this script's folder was there)
        importlib.invalidate_caches()
        sys.argv = [os.path.join(os.path.dirname(pytest.__file__), "__main__.py"), "-q", "-p", "no:cacheprovider"] + args
        code = pytest.console_main()
    except SystemExit as e:
        code = 0 if e.code is None else e.code if isinstance(e.code, int) else 1
    except BaseException:
        traceback.print_exc()
    try:   # the rest of an interpreter's exit: other threads, atexit handlers, buffers
        threading._shutdown()
        atexit._run_exitfuncs()
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(code & 0xFF)


def first_failure(out):
    """The node id of the first FAILED line (judge.sh's sed), or nothing."""
    for line in out.split(b"\n"):
        if line.startswith(b"FAILED "):
            return line[len(b"FAILED "):].split(b" ")[0]
    return b""


def main():
    for args, why in RUNS:
        out_path = tempfile.mkstemp()[1]
        pid = os.fork()
        if pid == 0:
            child(args, out_path)
        code = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
        if code != 0:
            with open(out_path, "rb") as f:
                failed = first_failure(f.read())
            sys.stdout.buffer.write(b"FAIL: " + why % failed + b"\n")
            sys.exit(1)
    sys.exit(0)


main()
