"""Runs the hidden isolation tests (test_isolation.py) against the shopcfg package in FOLDER, the
way production calls the code and the way the suite does: first as plain Python in a child with
no pytest module loaded (a fix that copies the defaults only under pytest still leaks there),
then under pytest in this process. One python start for both (the child is a fork).
Usage: python3 -I /checks/isolation.py FOLDER. Exit 0 when both pass; otherwise prints one line
`plain N` (N of the tests failed without pytest) or `pytest` (they failed under pytest) and exits 1."""
import os
import sys
import types

CHECKS = os.path.dirname(os.path.abspath(__file__))


# Where the plain run says its calls come from: a service module, not a test. A fix that copies the
# defaults only for callers that look like tests (a "test" in a file, function or module name up the
# stack, in sys.argv) leaks in production, and so it does here.
SERVICE_FILE = "/srv/shop/app/requests.py"


def plain_failures(folder):
    """How many isolation tests fail when called as plain functions, without pytest, from code
    that looks like the service's (a module, file and functions with no "test" in their names)."""
    sys.path[:0] = [folder]
    sys.argv = ["/srv/shop/app/serve.py"]
    with open(os.path.join(CHECKS, "test_isolation.py"), encoding="utf-8") as f:
        source = f.read().replace("def test_", "def request_")
    service = types.ModuleType("shop_requests")
    service.__file__ = SERVICE_FILE
    sys.modules["shop_requests"] = service
    exec(compile(source, SERVICE_FILE, "exec"), service.__dict__)
    failed = 0
    for name in sorted(n for n in vars(service) if n.startswith("request_")):
        try:
            getattr(service, name)()
        except BaseException:   # an assertion, or code that breaks outside the test runner
            failed += 1
    return failed


def serve(folder):
    """The plain run, called from a function named like the service's."""
    return plain_failures(folder)


def main(folder):
    folder = os.path.abspath(folder)
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            n = serve(folder)
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
