"""judge.sh's stable mode: the suite passes in file order, in CI orders that failed before the fix,
and with the polluting test right before its victim (python3 /checks/stable.py, in /workspace).

Five pytest runs in a row, stopping at the first that fails. A fresh interpreter importing pytest
costs more than this suite, so pytest is imported once, here (from the system: nothing of the
learner's is on sys.path yet), and each run is a fork of this process that becomes
`python3 -m pytest -q -p no:cacheprovider ARGS 2>&1` in /workspace. The learner's code runs only in
the children; a run's verdict is its exit status (from waitpid), its output goes to a file only it
writes, as it did with a process per run. Each run also records the order the tests ran in: a suite
that passes only because a hook of the learner's reorders or drops tests does not pass. The fork and
the interpreter-like exit are forked.py's, shared with the other scenarios' checks at /checks/_shared."""
import importlib
import os
import random
import sys
import tempfile

import pytest

sys.path.append("/checks/_shared")
import forked  # noqa: E402

SWISS_FIRST = ["tests/test_export.py::test_export_swiss_shop_in_francs", "tests/test_checkout.py", "tests/test_settings.py"]
# (pytest arguments, the seed the project's conftest.py shuffles with or None for the order
# collected, what a failure means)
RUNS = [
    (["--no-shuffle"], None, b"the suite fails even in file order: %s"),
    (["-x", "--seed", "4029"], 4029, b"with --seed 4029 the suite still fails: %s"),
    (["-x", "--seed", "3"], 3, b"with --seed 3 the suite still fails: %s"),
    (["-x", "--seed", "20"], 20, b"with --seed 20 the suite still fails: %s"),
    (["--no-shuffle"] + SWISS_FIRST, None, b"run right after the Swiss export test, %s still fails: the order dependence is still there"),
]
REORDERED = 86   # a child's exit code: the suite passed, but not in the order it was asked for
REORDERED_WHY = (b"with pytest %s, the tests did not run in the order asked for (%s ran where %s should have): something in "
                 b"the tests' setup, such as a pytest_collection_modifyitems hook in a conftest.py, reorders or drops "
                 b"them, which hides the order dependence instead of fixing it")


class OrderRecorder:
    """A plugin for each run: the tests in the order collected, in the order they ran, and the
    ones that failed (whatever exit status a hook of the learner's makes pytest return)."""

    def __init__(self):
        self.collected, self.ran, self.failed = [], [], []

    def pytest_itemcollected(self, item):
        self.collected.append(item.nodeid)

    def pytest_runtest_logstart(self, nodeid, location):
        self.ran.append(nodeid)

    def pytest_runtest_logreport(self, report):
        if report.failed:
            self.failed.append(report.nodeid)

    def expected(self, seed):
        """The order the project's conftest.py (protected: as in the setup) gives the tests."""
        order = list(self.collected)
        if seed is not None:
            random.Random(seed).shuffle(order)
        return order


def child(args, seed, out_path):
    """Becomes `python3 -m pytest -q -p no:cacheprovider ARGS 2>&1` here, exiting with REORDERED when
    the suite passed in another order than conftest.py's; never returns."""
    def pytest_in_order():
        out = os.open(out_path, os.O_WRONLY)
        os.dup2(out, 1)
        os.dup2(out, 2)
        sys.path[0] = os.getcwd()   # where -m puts the folder it starts in (this script's folder was there)
        importlib.invalidate_caches()
        sys.argv = [os.path.join(os.path.dirname(pytest.__file__), "__main__.py"), "-q", "-p", "no:cacheprovider"] + args
        recorder = OrderRecorder()
        code = pytest.main(sys.argv[1:], plugins=[recorder])
        if recorder.failed:
            code = code or 1
        if code == 0 and recorder.ran != recorder.expected(seed):
            expected = recorder.expected(seed)
            at = next((i for i, (a, b) in enumerate(zip(recorder.ran, expected)) if a != b), min(len(recorder.ran), len(expected)))
            ran = recorder.ran[at] if at < len(recorder.ran) else "nothing"
            want = expected[at] if at < len(expected) else "nothing"
            sys.stdout.write("ORDER\t%s\t%s\n" % (ran, want))
            sys.stdout.flush()
            code = REORDERED
        return code
    forked.become_child(pytest_in_order)


def first_failure(out):
    """The node id of the first FAILED line (judge.sh's sed), or nothing."""
    for line in out.split(b"\n"):
        if line.startswith(b"FAILED "):
            return line[len(b"FAILED "):].split(b" ")[0]
    return b""


def main():
    for args, seed, why in RUNS:
        out_path = tempfile.mkstemp()[1]
        pid = os.fork()
        if pid == 0:
            child(args, seed, out_path)
        code = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
        if code != 0:
            with open(out_path, "rb") as f:
                out = f.read()
            if code == REORDERED:
                ran, want = [l for l in out.split(b"\n") if l.startswith(b"ORDER\t")][-1].split(b"\t")[1:3]
                line = REORDERED_WHY % (b" ".join(a.encode() for a in args), ran, want)
            else:
                line = why % first_failure(out)
            sys.stdout.buffer.write(b"FAIL: " + line + b"\n")
            sys.exit(1)
    sys.exit(0)

main()
