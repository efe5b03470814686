"""Runs the hidden isolation tests (test_isolation.py) against the shopcfg package in FOLDER, the
way production calls the code and the way the suite does: first as plain Python in a child with
no pytest module loaded (a fix that copies the defaults only under pytest still leaks there),
then under pytest in this process. One python start for both (the child is a fork).
Usage: python3 -I /checks/isolation.py FOLDER. Exit 0 when both pass; otherwise prints one line
`plain N` (N of the tests failed without pytest) or `pytest` (they failed under pytest) and exits 1."""
import os
import sys

CHECKS = os.path.dirname(os.path.abspath(__file__))


def plain_failures(folder):
    """How many isolation tests fail when called as plain functions, without pytest."""
    sys.path[:0] = [folder, CHECKS]
    import test_isolation
    failed = 0
    for name in sorted(n for n in dir(test_isolation) if n.startswith("test_")):
        try:
            getattr(test_isolation, name)()
        except BaseException:   # an assertion, or code that breaks outside the test runner
            failed += 1
    return failed


def main(folder):
    folder = os.path.abspath(folder)
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            n = plain_failures(folder)
        except BaseException:
            n = 5
        os._exit(100 + n)
    code = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
    if code != 100:
        print("plain %d" % max(code - 100, 1))
        return 1
    os.chdir("/tmp")
    sys.path[:0] = [folder]
    import pytest
    with open(os.devnull, "w") as quiet:
        out, sys.stdout = sys.stdout, quiet
        try:
            code = pytest.main(["-q", "-p", "no:cacheprovider", "--rootdir=/tmp", os.path.join(CHECKS, "test_isolation.py")])
        finally:
            sys.stdout = out
    if code != 0:
        print("pytest")
        return 1
    return 0


sys.exit(main(sys.argv[1]))
